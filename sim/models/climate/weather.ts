/**
 * One year of hourly weather, whatever its source (EPW file, Modelica .mos file, synthetic climate),
 * and `loadWeather`, which picks the reader.
 *
 * Equation: none here; hour i of every array is the interval [i, i + 1) h after 1 Jan 00:00
 *   local standard time; wet bulb, humidity ratio and enthalpy come from psychrometrics.ts.
 * Assumptions: a typical year of 365 days (8760 hours), treated as cyclic when a gap touches
 *   1 Jan 00:00 or 31 Dec 24:00; values are constant within each hour.
 * Validity: files with 8760 hourly rows (8784 with a leap day, which is dropped).
 * References: EnergyPlus Auxiliary Programs, "Weather Converter Program", EPW data dictionary;
 *   Modelica Buildings Library, BoundaryConditions.WeatherData.ReaderTMY3 (.mos format).
 * Validated by: test/models/climate/weather.test.ts, test/models/climate/epw.test.ts
 * @example loadWeather({ kind: 'file', path: '/abs/scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw' }).station.name // => 'Hangzhou'
 */
import type { StationDesignConditions } from './stationDesign.js';
import { extname } from 'node:path';
import { InputError, locate } from '../../errors.js';
import { readEpw } from './epw.js';
import { readMos } from './mos.js';
import { syntheticWeather, type SyntheticClimate } from './synthetic.js';

export interface Station {
  name: string;
  /** State or province as the file names it (EPW LOCATION field 3). */
  region?: string;
  country: string;
  source: string;
  latitude: number;
  longitude: number;
  timeZoneH: number;
  elevationM: number;
  /** WMO station number, when the source has one. */
  wmo?: string;
  /** The ASHRAE station design conditions of an EPW header (stationDesign.ts), when it has them. */
  ashraeDesign?: StationDesignConditions;
}

export interface Weather {
  station: Station;
  sourcePath: string;
  /** Number of hourly intervals: 8760. */
  hours: number;
  month: Uint8Array;
  day: Uint8Array;
  /** 0-23, the START of the interval (EPW hour 1 is hourOfDay 0). */
  hourOfDay: Uint8Array;
  dryBulbC: Float64Array;
  dewPointC: Float64Array;
  /** 0-1. */
  relativeHumidity: Float64Array;
  pressurePa: Float64Array;
  wetBulbC: Float64Array;
  /** kg water per kg dry air. */
  humidityRatio: Float64Array;
  /** J per kg dry air, 0 at 0 degC dry air (ASHRAE convention). */
  enthalpyJPerKg: Float64Array;
  /** What the reader did to the data, e.g. "filled 3 missing dry-bulb values by interpolation". */
  notes: string[];
}

/** Where the weather comes from. `displayPath` (optional) is the path to show in messages. */
export type WeatherSpec =
  | { kind: 'file'; path: string; displayPath?: string }
  | ({ kind: 'synthetic' } & SyntheticClimate);

/** Loads a year of weather: a file by its extension (.epw, .mos), or a synthetic climate. */
export function loadWeather(spec: WeatherSpec): Weather {
  if (spec.kind === 'synthetic') {
    const { kind: _kind, ...climate } = spec;
    return syntheticWeather(climate);
  }
  const shown = spec.displayPath ?? spec.path;
  const extension = extname(spec.path).toLowerCase();
  if (extension === '.epw') return readEpw(spec.path, shown);
  if (extension === '.mos') return readMos(spec.path, shown);
  throw new InputError(
    `${locate(shown)}weather file: expected an EnergyPlus .epw or a Modelica .mos file, got '${extension || 'no extension'}'`,
  );
}
