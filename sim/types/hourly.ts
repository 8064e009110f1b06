/**
 * Hour-by-hour results of one run, in SI (mean power over each hour in W).
 * Written to hourly.csv and hourly.parquet (in kW) and read back by `dctwin report`.
 */

/** Which of the four PUE groups a meter belongs to. */
export type ComponentCategory = 'it' | 'cooling' | 'power' | 'misc';

export interface HourlyDesign {
  id: string;
  /** Mean IT power per hour, W. */
  itPowerW: Float64Array;
  /** Mean facility power per hour, W (sum of all components). */
  facilityPowerW: Float64Array;
  /** Mean power per hour of every meter, IT included, W; keys in a stable order. */
  componentPowerW: Record<string, Float64Array>;
  /** Category of each key of componentPowerW. */
  componentCategory: Record<string, ComponentCategory>;
  /** Water use per hour, L. */
  waterL: Float64Array;
  /** 1 in hours where a chiller ran, else 0. */
  chillerOn: Uint8Array;
}

export interface HourlyTable {
  hours: number;
  /** UTC offset of the local standard time of month, day and hourOfDay, h (the EPW header's time zone). */
  timeZoneH: number;
  /** 1-12, day of month 1-31, hour of day 0-23 (start of the hour, local standard time). */
  month: Uint8Array;
  day: Uint8Array;
  hourOfDay: Uint8Array;
  dryBulbC: Float64Array;
  wetBulbC: Float64Array;
  designs: HourlyDesign[];
}
