/**
 * The ASHRAE station design conditions an EPW file carries in its DESIGN CONDITIONS header line: the long-term
 * (20-30 years of observations) cooling and evaporation conditions at 0.4/1/2 % and the n-year return-period
 * maximum dry bulbs, which a typical-year file's own hours understate.
 *
 * Equation: none (read). Fields after the `Cooling` label (ASHRAE 2009 and 2021 formats alike): hottest month,
 *   daily range, then 0.4/1/2 % dry bulb each with its mean coincident wet bulb, then 0.4/1/2 % wet bulb each with
 *   its mean coincident dry bulb. The `Extremes` section ends in the n-year return-period minimum and maximum dry
 *   bulbs for n = 5, 10, 20, 50 (the last 8 fields, min/max pairs), in both formats.
 * Assumptions: a line without both sections, or with a non-number where a value belongs, carries no design
 *   conditions (undefined); dctwin never guesses them.
 * Validity: EPW files from EnergyPlus / climate.onebuilding.org (ASHRAE 2009 or 2021 handbook values).
 * References: ASHRAE Handbook Fundamentals 2017 ch. 14 (annual cooling, evaporation and extreme design conditions,
 *   n-year return period values); EnergyPlus Auxiliary Programs, "EnergyPlus Weather File (EPW) Data Dictionary",
 *   DESIGN CONDITIONS header; the shipped files' headers (Hangzhou 2009: 0.4 % 36.1 degC / MCWB 26.8 degC).
 * Validated by: test/models/climate/stationDesign.test.ts (Hangzhou 2009 and Oslo 2021 headers read field by field)
 * @example parseStationDesign(lines[1])?.cooling[0].dryBulbC // => 36.1 for the Hangzhou file
 */

export interface StationCooling {
  /** Annual fraction of hours at or above: 0.004, 0.01, 0.02. */
  exceedance: number;
  dryBulbC: number;
  meanCoincidentWetBulbC: number;
}

export interface StationEvaporation {
  exceedance: number;
  wetBulbC: number;
  meanCoincidentDryBulbC: number;
}

export interface StationDesignConditions {
  /** What the header names as its source, e.g. 'Climate Design Data 2009 ASHRAE Handbook'. */
  source: string;
  cooling: [StationCooling, StationCooling, StationCooling];
  evaporation: [StationEvaporation, StationEvaporation, StationEvaporation];
  /** n-year return-period maximum dry bulb, degC, for n = 5, 10, 20, 50. */
  returnPeriodMaxDryBulbC: { 5: number; 10: number; 20: number; 50: number };
}

const EXCEEDANCES = [0.004, 0.01, 0.02] as const;

/** The DESIGN CONDITIONS header line's ASHRAE values, or undefined when it has none. */
export function parseStationDesign(line: string): StationDesignConditions | undefined {
  const fields = line.split(',').map((f) => f.trim());
  if (fields[0]?.toUpperCase() !== 'DESIGN CONDITIONS') return undefined;
  const cooling = fields.indexOf('Cooling');
  const extremes = fields.indexOf('Extremes');
  if (cooling < 0 || extremes < cooling) return undefined;
  const c = fields.slice(cooling + 1, cooling + 15).map(Number);
  const tail = fields.slice(extremes + 1).filter((f) => f !== '').map(Number);
  const n = tail.slice(-8);
  if (c.length < 14 || n.length < 8 || [...c, ...n].some((v) => !Number.isFinite(v))) return undefined;
  return {
    source: fields[2] ?? '',
    cooling: [0, 1, 2].map((i) => ({ exceedance: EXCEEDANCES[i], dryBulbC: c[2 + 2 * i], meanCoincidentWetBulbC: c[3 + 2 * i] })) as StationDesignConditions['cooling'],
    evaporation: [0, 1, 2].map((i) => ({ exceedance: EXCEEDANCES[i], wetBulbC: c[8 + 2 * i], meanCoincidentDryBulbC: c[9 + 2 * i] })) as StationDesignConditions['evaporation'],
    returnPeriodMaxDryBulbC: { 5: n[1], 10: n[3], 20: n[5], 50: n[7] },
  };
}
