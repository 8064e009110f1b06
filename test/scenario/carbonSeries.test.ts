// The hourly grid-carbon CSV (site.gridCarbonHourly): the two header forms, units, Feb 29 of a leap year
// dropped, and every bad row refused with the file and line, alone and through a scenario (exit 2 on validate).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseCarbonSeries, readCarbonSeries } from '../../sim/scenario/carbonSeries.js';
import { parseScenarioText } from '../../sim/scenario/load.js';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from '../cli/fakeIo.js';
import { JOULES_PER_KWH } from '../../sim/units.js';

const tmp = mkdtempSync(join(tmpdir(), 'dctwin-carbon-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `hour,carbon_kg_per_kWh` rows 0..n-1, value of hour h = f(h). */
const hourCsv = (n: number, f: (h: number) => string | number = (h) => (h % 24) / 100) =>
  ['hour,carbon_kg_per_kWh', ...Array.from({ length: n }, (_, h) => `${h},${f(h)}`)].join('\n') + '\n';
/** `timestamp,carbon_g_per_kWh` rows from Jan 1 00:00 of `year`, n hours. */
const stampCsv = (year: number, n: number) =>
  ['timestamp,carbon_g_per_kWh', ...Array.from({ length: n }, (_, h) => `${new Date(Date.UTC(year, 0, 1) + h * 3.6e6).toISOString().slice(0, 16)},${h % 1000}`)].join('\r\n');
const kgPerKWh = (r: ReturnType<typeof parseCarbonSeries>) => ('kgPerJ' in r ? r.kgPerJ.map((v) => v * JOULES_PER_KWH) : r.problem);
const problem = (r: ReturnType<typeof parseCarbonSeries>) => ('problem' in r ? r.problem : 'no problem');

describe('parseCarbonSeries', () => {
  it('reads 8760 hourly rows in kg/kWh, in order, converted to kg/J', () => {
    const series = kgPerKWh(parseCarbonSeries(hourCsv(8760), 'c.csv')) as number[];
    expect(series).toHaveLength(8760);
    expect(series[0]).toBeCloseTo(0, 12);
    expect(series[13]).toBeCloseTo(0.13, 12); // hour 13 of day 1: 13 / 100
    expect(series[8759]).toBeCloseTo(0.23, 12);
  });

  it('reads timestamps and g/kWh (Electricity Maps unit); a leap year has 8784 rows and its Feb 29 is dropped', () => {
    const plain = kgPerKWh(parseCarbonSeries(stampCsv(2023, 8760), 'c.csv')) as number[];
    expect(plain[1416]).toBeCloseTo(0.416, 12); // value (h mod 1000) g/kWh
    const leap = kgPerKWh(parseCarbonSeries(stampCsv(2024, 8784), 'c.csv')) as number[];
    expect(leap).toHaveLength(8760);
    expect(leap[1415]).toBeCloseTo(0.415, 12); // Feb 28 23:00
    expect(leap[1416]).toBeCloseTo(0.44, 12); // Mar 1 00:00 is row 1440 of the file (Feb 29's 24 rows dropped)
    // hour-indexed 8784 rows: the same 24 rows (hours 1416-1439) are dropped
    expect((kgPerKWh(parseCarbonSeries(hourCsv(8784, (h) => (h % 1000) / 1000), 'c.csv')) as number[])[1416]).toBeCloseTo(0.44, 12);
  });

  it('property: any 8760 values from 0 to 5 kg/kWh come back in order (x 1/3.6e6 kg/J)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 5, noNaN: true }), { minLength: 8760, maxLength: 8760 }), (values) => {
      const series = kgPerKWh(parseCarbonSeries(hourCsv(8760, (h) => values[h]), 'c.csv')) as number[];
      series.forEach((v, h) => expect(v).toBeCloseTo(values[h], 12));
    }), { numRuns: 20 });
  });

  it('refuses a bad value, naming the file, the line, the column, what was expected and what was found', () => {
    const text = hourCsv(8760).replace('\n12,0.12\n', '\n12,n/a\n');
    expect(problem(parseCarbonSeries(text, 'c.csv'))).toBe("c.csv:14: carbon_kg_per_kWh: expected a number from 0 to 5, got 'n/a'");
    expect(problem(parseCarbonSeries(hourCsv(8760, (h) => (h === 3 ? -0.1 : 0.5)), 'c.csv'))).toBe("c.csv:5: carbon_kg_per_kWh: expected a number from 0 to 5, got '-0.1'");
    expect(problem(parseCarbonSeries(hourCsv(8760, (h) => (h === 3 ? 570 : 0.5)), 'c.csv'))).toMatch(/^c\.csv:5: .*got '570'$/);
  });

  it('refuses a wrong row count, hours out of order, a gap in timestamps and an unknown header', () => {
    expect(problem(parseCarbonSeries(hourCsv(8759), 'c.csv'))).toBe('c.csv:8760: expected 8760 hourly rows (8784 in a leap year), got 8759');
    expect(problem(parseCarbonSeries(hourCsv(8785), 'c.csv'))).toBe('c.csv:8786: expected 8760 hourly rows (8784 in a leap year), got more');
    expect(problem(parseCarbonSeries(stampCsv(2023, 8784), 'c.csv'))).toBe('c.csv:8785: expected 8760 hourly rows for 2023, got 8784');
    expect(problem(parseCarbonSeries(hourCsv(8760).replace('\n5,', '\n6,'), 'c.csv'))).toBe("c.csv:7: hour: expected 5 (hours in order from 0), got '6'");
    expect(problem(parseCarbonSeries(stampCsv(2023, 8760).replace('2023-01-01T02:00', '2023-01-01T03:00'), 'c.csv')))
      .toBe("c.csv:4: timestamp: expected 2023-01-01T02:00 (consecutive hours), got '2023-01-01T03:00'");
    expect(problem(parseCarbonSeries('time,co2\n0,1\n', 'c.csv'))).toMatch(/^c\.csv:1: header: expected a first column hour or timestamp and a column carbon_kg_per_kWh or carbon_g_per_kWh, got 'time,co2'$/);
    expect(problem(parseCarbonSeries('', 'c.csv'))).toMatch(/^c\.csv:1: header: .*got an empty file$/);
  });
});

describe('site.gridCarbonHourly in a scenario', () => {
  const MINIMAL = 'test/fixtures/scenarios/minimal.yaml';
  const text = readFileSync(MINIMAL, 'utf8');
  const good = join(tmp, 'good.csv');
  const bad = join(tmp, 'bad.csv');
  writeFileSync(good, hourCsv(8760, () => 0.5));
  writeFileSync(bad, hourCsv(8760, (h) => (h === 100 ? 'x' : 0.5)));
  const withHourly = (path: string) => text.replace(/ {2}gridCarbon: .*\n/, `  gridCarbonHourly: ${path}\n  greenShare: 25 %\n`);

  it('parses into the site: the series (kg/J), its mean as gridCarbonKgPerJ, and the green share', () => {
    const site = parseScenarioText(withHourly(good), MINIMAL).scenario.site;
    expect(site.gridCarbonHourly?.kgPerJ).toHaveLength(8760);
    expect(site.gridCarbonKgPerJ * JOULES_PER_KWH).toBeCloseTo(0.5, 12);
    expect(site.greenShare).toBe(0.25);
    expect(readCarbonSeries(good)).toBe(readCarbonSeries(good)); // the last file read is kept (Monte Carlo re-parses)
  });

  it('with both, uses the series and warns that gridCarbon is unused; refuses neither', () => {
    const both = parseScenarioText(text, MINIMAL, [`site.gridCarbonHourly=${good}`]);
    expect(both.scenario.site.gridCarbonHourly?.kgPerJ).toHaveLength(8760);
    expect(both.warnings).toEqual([
      "test/fixtures/scenarios/minimal.yaml:12: site.gridCarbon: 0.5703 kg/kWh is not used: site.gridCarbonHourly gives every hour's factor (mean 0.5 kg/kWh)",
    ]);
    const neither = text.replace(/ {2}gridCarbon: .*\n/, '');
    expect(() => parseScenarioText(neither, MINIMAL)).toThrow(/minimal\.yaml:8: site\.gridCarbon: expected gridCarbon \(or gridCarbonHourly\), got neither/);
    // reported with the site's other problems, and not beside a gridCarbon that is itself wrong
    const withOthers = () => parseScenarioText(neither.replace(/ {2}controlStep: .*\n/, '  controlStep: 2 h\n'), MINIMAL);
    expect(withOthers).toThrow(/site\.gridCarbon: expected gridCarbon \(or gridCarbonHourly\), got neither\n.*site\.controlStep: /);
    const wrong = () => parseScenarioText(text.replace(/ {2}gridCarbon: .*\n/, '  gridCarbon: 0.5 kg\n'), MINIMAL);
    expect(wrong).toThrow(/^[^\n]*site\.gridCarbon: expected [^\n]*, got '0\.5 kg'$/);
  });

  it('warns when the series\' mean is above coal power (a g/kWh file headed kg/kWh)', () => {
    const high = join(tmp, 'high.csv');
    writeFileSync(high, hourCsv(8760, () => 1.2));
    expect(parseScenarioText(withHourly(high), MINIMAL).warnings).toEqual([
      "test/fixtures/scenarios/minimal.yaml:12: site.gridCarbonHourly: its mean 1.2 kg/kWh is above coal power's 0.91 kg/kWh (IPCC AR5 WGIII Table A.III.2); is the unit g/kWh?",
    ]);
  });

  it('refuses a missing file and one over 4 MiB by its size, before reading it', () => {
    const big = join(tmp, 'big.csv');
    writeFileSync(big, Buffer.alloc(4 * 1024 * 1024 + 1, 0x30));
    expect(() => parseScenarioText(withHourly(big), MINIMAL)).toThrow(/site\.gridCarbonHourly: expected a CSV of hourly grid carbon of at most 4 MiB, got '.*big\.csv', a file of 4 MiB \(4194305 bytes\)/);
    expect(() => parseScenarioText(withHourly('no-such.csv'), MINIMAL)).toThrow(/site\.gridCarbonHourly: expected an existing CSV of hourly grid carbon, got 'no-such\.csv'/);
  });

  it('dctwin validate exits 2 naming the scenario line and the CSV line of a bad row', async () => {
    const scenario = join(tmp, 'hourly.yaml');
    writeFileSync(scenario, withHourly(bad).replace('../../../scenarios/', `${process.cwd()}/scenarios/`));
    const io = fakeIo();
    expect(await main(['validate', scenario], io)).toBe(2);
    expect(io.err()).toMatch(/^error: .*hourly\.yaml:12: site\.gridCarbonHourly: expected a number from 0 to 5 at .*bad\.csv:102 \(carbon_kg_per_kWh\), got 'x'\n$/);
  });
});
