/**
 * The only file with unit conversion factors. Inside dctwin numbers are SI
 * (W, J, s, kg, m3, Pa) with temperatures in degC and differences in K;
 * kWh, MWh, hours and percent appear only at the edges (load and output).
 */

export const SECONDS_PER_HOUR = 3600;
export const SECONDS_PER_DAY = 86_400;
export const HOURS_PER_YEAR = 8760;
export const SECONDS_PER_YEAR = HOURS_PER_YEAR * SECONDS_PER_HOUR;
export const JOULES_PER_KWH = 3.6e6;
export const KELVIN_AT_ZERO_C = 273.15;
export const WATTS_PER_KW = 1000;
export const LITRES_PER_M3 = 1000;

export const kelvinFromC = (tempC: number): number => tempC + KELVIN_AT_ZERO_C;
export const cFromKelvin = (tempK: number): number => tempK - KELVIN_AT_ZERO_C;
export const kWhFromJ = (energyJ: number): number => energyJ / JOULES_PER_KWH;
export const jFromKWh = (energyKWh: number): number => energyKWh * JOULES_PER_KWH;
export const mWhFromJ = (energyJ: number): number => energyJ / (JOULES_PER_KWH * 1000);
export const whFromKWh = (energyKWh: number): number => energyKWh * 1000;
export const kWFromW = (powerW: number): number => powerW / WATTS_PER_KW;
export const wFromKW = (powerKW: number): number => powerKW * WATTS_PER_KW;
export const hoursFromS = (timeS: number): number => timeS / SECONDS_PER_HOUR;
export const sFromHours = (timeH: number): number => timeH * SECONDS_PER_HOUR;
export const litresFromM3 = (volumeM3: number): number => volumeM3 * LITRES_PER_M3;

/** The unit as a column-name suffix: `CNY/kWh` -> `CNY_per_kWh`, `m^3` -> `m3`, `%` -> `pct`. */
export const unitSuffix = (unit: string): string => unit.replace(/\//g, '_per_').replace(/\^/g, '').replace(/%/g, 'pct');
