/**
 * `dctwin climate FILE`: what a weather file says about a site. Monthly mean and maximum dry and
 * wet bulb, hours above thresholds, hours of free cooling for a supply temperature and approach,
 * and (with --design) design conditions computed from the file's own hours, the design point of each
 * `site.designBasis` with the free-cooling margin at it, and the site's air pressure.
 * The weather reader, the models and the unit parser are imported inside the action (start-up).
 */
import { Command } from 'commander';
import { helpExamples } from '../helpExamples.js';
import { resolve } from 'node:path';
import { InputError } from '../../errors.js';
import type { DesignConditions, DesignWeather } from '../../models/climate/designConditions.js';
import type { ClimateSummary, FreeCooling, PeriodSummary } from '../../models/climate/summary.js';
import type { Weather } from '../../models/climate/weather.js';
import type { parseQuantity, QuantityUnit } from '../../scenario/fields.js';
import { printable } from '../../printable.js';
import { checkInputFile, WEATHER_FILE } from '../../inputFile.js';
import type { Io } from '../io.js';
import { num, textTable } from '../table.js';

/**
 * Approach when --approach is not given: median open wet tower 5 K to the wet bulb, dry cooler
 * 10 K to the dry bulb (Energies 2023, 16(9), 3661, doi:10.3390/en16093661, via
 * reference/metrics-parameters-tco.md section 2.3).
 */
export const DEFAULT_APPROACH_K = { wetbulb: 5, drybulb: 10 } as const;

interface ClimateOptions {
  json?: boolean;
  supply?: string;
  approach?: string;
  basis?: string;
  aboveDrybulb?: string;
  aboveWetbulb?: string;
  design?: boolean;
}

/** fields.ts's parseQuantity, passed in because the action loads it on use. */
type ParseQuantity = typeof parseQuantity;

function flagQuantity(parse: ParseQuantity, flag: string, text: string, unit: QuantityUnit): number {
  const value = parse(text.trim(), unit);
  if (typeof value === 'string') throw new InputError(`${flag}: ${value}`);
  return value;
}

function flagList(parse: ParseQuantity, flag: string, text: string | undefined): number[] {
  if (text === undefined) return [];
  return text.split(',').map((part) => flagQuantity(parse, flag, part, 'degC'));
}

function freeCoolingOf(parse: ParseQuantity, opts: ClimateOptions): FreeCooling | undefined {
  if (opts.basis !== undefined && opts.basis !== 'wetbulb' && opts.basis !== 'drybulb') {
    throw new InputError(`--basis: expected wetbulb or drybulb, got '${opts.basis}'`);
  }
  if (opts.supply === undefined) {
    if (opts.approach !== undefined) throw new InputError(`--approach: expected --supply too (free cooling needs a supply temperature), got --approach alone`);
    if (opts.basis !== undefined) throw new InputError(`--basis: expected --supply too (free cooling needs a supply temperature), got --basis alone`);
    return undefined;
  }
  const basis = (opts.basis ?? 'wetbulb') as FreeCooling['basis'];
  return {
    supplyC: flagQuantity(parse, '--supply', opts.supply, 'degC'),
    approachK: opts.approach === undefined ? DEFAULT_APPROACH_K[basis] : flagQuantity(parse, '--approach', opts.approach, 'K'),
    basis,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function row(label: string, p: PeriodSummary, free: boolean): string[] {
  return [
    label, num(p.meanDryBulbC, 1), num(p.minDryBulbC, 1), num(p.maxDryBulbC, 1), num(p.meanWetBulbC, 1), num(p.maxWetBulbC, 1),
    ...p.hoursAboveDryBulb.map((h) => num(h)), ...p.hoursAboveWetBulb.map((h) => num(h)),
    ...(free ? [num(p.freeCoolingHours ?? 0)] : []),
  ];
}

type Calendar = Pick<Weather, 'month' | 'day' | 'hourOfDay'>;

/** `Jul 29 14:00` (start of the hour). */
function when(hourOfYear: number, calendar: Calendar): string {
  const hour = String(calendar.hourOfDay[hourOfYear]).padStart(2, '0');
  return `${MONTHS[calendar.month[hourOfYear] - 1]} ${calendar.day[hourOfYear]} ${hour}:00`;
}

function stationLine(s: ClimateSummary): string {
  const st = s.station;
  const place = [st.name, st.region, st.country].filter((x) => x !== undefined && x !== '' && x !== '-').join(', ');
  const wmo = st.wmo ? `, WMO ${st.wmo}` : '';
  const zone = `UTC${st.timeZoneH >= 0 ? '+' : ''}${st.timeZoneH}`;
  return `${place} (${st.source}${wmo}): ${st.latitude} deg lat, ${st.longitude} deg lon, ${st.elevationM} m, ${zone}`;
}

function designLines(d: DesignConditions, w: Calendar, points: DesignWeather[], pressurePa: number, fc?: FreeCooling): string {
  const cooling = [d.cooling04, d.cooling1, d.cooling2].map(
    (c) => `  cooling ${num(c.exceedance * 100, 1)} %: dry bulb ${num(c.dryBulbC, 1)} degC, mean coincident wet bulb ${num(c.meanCoincidentWetBulbC, 1)} degC`,
  );
  const evaporation = [d.evaporation04, d.evaporation1, d.evaporation2].map(
    (e) => `  evaporation ${num(e.exceedance * 100, 1)} %: wet bulb ${num(e.wetBulbC, 1)} degC, mean coincident dry bulb ${num(e.meanCoincidentDryBulbC, 1)} degC`,
  );
  return [
    `Design conditions from ${d.basis}:`,
    ...cooling,
    ...evaporation,
    `  hottest hour: dry bulb ${num(d.maxDryBulb.tempC, 1)} degC (${when(d.maxDryBulb.hourOfYear, w)}); highest wet bulb ${num(d.maxWetBulb.tempC, 1)} degC (${when(d.maxWetBulb.hourOfYear, w)})`,
    `Design points a plant can be sized at (scenario site.designBasis; dry equipment at the dry bulb, towers at the wet bulb):`,
    ...points.map((p) => `  ${p.basis}: dry bulb ${num(p.dryBulbC, 1)} degC (${p.hoursAboveDryBulb} h above), wet bulb ${num(p.wetBulbC, 1)} degC (${p.hoursAboveWetBulb} h above)` +
      (fc === undefined ? '' : `; ${marginText(p, fc)}`)),
    `  air at the site: ${num(pressurePa / 1000, 1)} kPa (standard atmosphere at the elevation), density ${num(pressurePa / 101_325, 3)} of sea level`,
  ].join('\n') + '\n';
}

/** Leaving water at the design point (outdoor + approach) against the supply: the margin free cooling has at design. */
function marginText(p: DesignWeather, fc: FreeCooling): string {
  const leavingC = (fc.basis === 'wetbulb' ? p.wetBulbC : p.dryBulbC) + fc.approachK;
  const marginK = fc.supplyC - leavingC;
  return `leaving ${num(leavingC, 1)} degC, ${num(Math.abs(marginK), 1)} K ${marginK >= 0 ? 'below' : 'above'} the ${num(fc.supplyC, 1)} degC supply`;
}

function tableOf(s: ClimateSummary): string {
  const free = s.freeCooling !== undefined;
  const header = [
    'month', 'mean DB C', 'min DB C', 'max DB C', 'mean WB C', 'max WB C',
    ...s.aboveDryBulbC.map((t) => `h DB>${num(t, 1)}`), ...s.aboveWetBulbC.map((t) => `h WB>${num(t, 1)}`),
    ...(free ? ['free h'] : []),
  ];
  const rows = s.months.map((m) => row(MONTHS[m.month - 1], m, free));
  rows.push(row('year', s.year, free));
  let text = textTable(header, rows);
  if (s.freeCooling !== undefined) {
    const fc = s.freeCooling;
    const outdoor = fc.basis === 'wetbulb' ? 'wet bulb' : 'dry bulb';
    text += `free h: hours with ${outdoor} + ${num(fc.approachK, 1)} K approach <= ${num(fc.supplyC, 1)} degC supply\n`;
  }
  return text;
}

export function climateCommand(io: Io): Command {
  return new Command('climate')
    .description('summarize a weather file (.epw or .mos): monthly temperatures, hours above thresholds, free-cooling hours, design conditions')
    .addHelpText('after', helpExamples(['dctwin climate scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw --supply 32degC --approach 6K --basis drybulb', 'dctwin climate scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw --design']))
    .argument('<file>', 'weather file (EnergyPlus .epw or Modelica .mos)')
    .option('--json', 'print the summary as JSON (SI units, degC) instead of the table')
    .option('--supply <temp>', "supply temperature to reach by free cooling, e.g. '32 degC'")
    .option('--approach <diff>', `approach of the heat rejection to the outdoor air, e.g. '6 K' (default ${DEFAULT_APPROACH_K.wetbulb} K wetbulb, ${DEFAULT_APPROACH_K.drybulb} K drybulb)`)
    .option('--basis <basis>', 'outdoor temperature the approach refers to: wetbulb (towers) or drybulb (dry coolers); default wetbulb')
    .option('--above-drybulb <temps>', "count hours with dry bulb above each, e.g. '30degC,35degC'")
    .option('--above-wetbulb <temps>', "count hours with wet bulb above each, e.g. '24degC,28degC'")
    .option('--design', 'also show design conditions (0.4/1/2 % cooling and evaporation, hottest hour) from the file, the design point of each site.designBasis and, with --supply, its margin')
    .action(async (file: string, opts: ClimateOptions) => {
      checkInputFile(resolve(io.cwd, file), file, WEATHER_FILE); // a FIFO, a device, 2 GiB: refused before loading
      const [{ parseQuantity: parse }, { loadWeather }, { climateSummary }, { designConditions, designPointOf, DESIGN_BASES }, { standardPressurePa }] = await Promise.all([
        import('../../scenario/fields.js'),
        import('../../models/climate/weather.js'),
        import('../../models/climate/summary.js'),
        import('../../models/climate/designConditions.js'),
        import('../../models/climate/psychrometrics.js'),
      ]);
      const freeCooling = freeCoolingOf(parse, opts);
      const options = {
        aboveDryBulbC: flagList(parse, '--above-drybulb', opts.aboveDrybulb),
        aboveWetBulbC: flagList(parse, '--above-wetbulb', opts.aboveWetbulb),
        ...(freeCooling !== undefined ? { freeCooling } : {}),
      };
      const weather = loadWeather({ kind: 'file', path: resolve(io.cwd, file), displayPath: file });
      const summary = climateSummary(weather, options);
      const design = opts.design ? designConditions(weather) : undefined;
      const points = design === undefined ? [] : DESIGN_BASES.filter((b) => design.station !== undefined || !b.startsWith('station-')).map((b) => designPointOf(design, b));
      const pressurePa = standardPressurePa(weather.station.elevationM);
      for (const note of weather.notes) io.stderr(`warning: ${printable(`${file}: ${note}`)}\n`);
      if (opts.json) {
        const designJson = design !== undefined ? { design: { ...design, designPoints: points, pressurePa } } : {};
        io.stdout(`${JSON.stringify({ ...summary, sourcePath: file, ...designJson }, null, 2)}\n`);
        return;
      }
      let text = `${printable(stationLine(summary))}\n\n${tableOf(summary)}`;
      if (design !== undefined) text += `\n${designLines(design, weather, points, pressurePa, freeCooling)}`;
      io.stdout(text);
    });
}
