/**
 * Every weather file shipped in scenarios/weather loads through the app's reader and holds a
 * plausible typical year, and SOURCES.md names each one with the SHA-256 of the shipped bytes.
 * Ranges are physical bounds (surface records: about -90 to 57 degC; pressure at 0-5000 m), not fits.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWeather } from '../../../sim/models/climate/weather.js';
import { WEATHER_DIR } from './weatherFiles.js';

/** The East Data West Compute hub and eastern-city files issue 14 ships (CSWD, WMO id in the name).
 *  Zhangbei is not shipped: six hours of RH 111-113 % fall outside the EPW range (SOURCES.md). */
const HUB_FILES = [
  'CHN_Nei.Mongol.Hohhot.534630_CSWD.epw', 'CHN_Nei.Mongol.Huade.533910_CSWD.epw',
  'CHN_Guizhou.Guiyang.578160_CSWD.epw', 'CHN_Ningxia.Hui.Yinchuan.536140_CSWD.epw',
  'CHN_Gansu.Xifengzhen.539230_CSWD.epw', 'CHN_Gansu.Lanzhou.528890_CSWD.epw',
  'CHN_Hebei.Huailai.544050_CSWD.epw',
  'CHN_Guangdong.Shaoguan.590820_CSWD.epw', 'CHN_Chongqing.Chongqing.Shapingba.575160_CSWD.epw',
  'CHN_Anhui.Hefei.583210_CSWD.epw', 'CHN_Shanghai.Shanghai.583620_CSWD.epw',
  'CHN_Beijing.Beijing.545110_CSWD.epw', 'CHN_Sichuan.Chengdu.562940_CSWD.epw',
];

const shipped = readdirSync(WEATHER_DIR).filter((f) => f.endsWith('.epw') || f.endsWith('.mos')).sort();
const sources = readFileSync(join(WEATHER_DIR, 'SOURCES.md'), 'utf8');

function range(values: Float64Array): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  return [lo, hi];
}

describe('shipped weather files (unit test of the shipped data)', () => {
  it('ships every hub and eastern-city CSWD file', () => {
    for (const file of HUB_FILES) expect(shipped).toContain(file);
  });

  it.each(shipped)('%s is listed in SOURCES.md with the SHA-256 of its bytes', (file) => {
    const sha = createHash('sha256').update(readFileSync(join(WEATHER_DIR, file))).digest('hex');
    expect(sources).toContain(file);
    expect(sources).toContain(sha);
  });

  it.each(shipped)('%s loads as 8760 hours in plausible ranges', (file) => {
    const w = loadWeather({ kind: 'file', path: join(WEATHER_DIR, file) });
    expect(w.hours).toBe(8760);
    expect(w.dryBulbC.length).toBe(8760);
    const [tMin, tMax] = range(w.dryBulbC);
    expect(tMin).toBeGreaterThan(-60);
    expect(tMax).toBeLessThan(50);
    expect(tMax - tMin).toBeGreaterThan(15);
    const [rhMin, rhMax] = range(w.relativeHumidity);
    expect(rhMin).toBeGreaterThanOrEqual(0);
    expect(rhMax).toBeLessThanOrEqual(1);
    const [pMin, pMax] = range(w.pressurePa);
    expect(pMin).toBeGreaterThan(50_000);
    expect(pMax).toBeLessThan(110_000);
    const [wbMin, wbMax] = range(w.wetBulbC);
    expect(wbMax).toBeLessThanOrEqual(tMax + 1e-9);
    expect(wbMin).toBeGreaterThan(-60);
    expect(Math.abs(w.station.latitude)).toBeLessThanOrEqual(90);
    expect(Math.abs(w.station.longitude)).toBeLessThanOrEqual(180);
  });
});
