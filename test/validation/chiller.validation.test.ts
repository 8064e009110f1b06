/**
 * Chiller:Electric:EIR with the ASHRAE 90.1 Path A air-cooled curve set (sim/models/cooling/curves.ts,
 * ASHRAE_901_PATH_A_AIR_COOLED) against ASHRAE 90.1-2016 Table 6.8.1-3: the IPLV that chillerPower gives at the
 * AHRI 550/590 part-load points versus the Path A minimum IPLV for air-cooled chillers >= 150 tons, 0.857 kW/ton
 * (14.0 EER). Data: test/validation/data/ashrae-90.1-2016-chiller-minimums.csv (source in its header).
 *
 * What is independent: the set's full-load COP (2.96) was set from the same table's full-load minimum, so the
 * full-load row is a calibration and is not compared. The IPLV is held out: it depends only on the shape of the
 * part-load and temperature curves (D. Lord, January 2010, as shipped in openstudio-standards), which predate the
 * 90.1-2016 table, and no dctwin parameter was fitted to it.
 * Method: AHRI 550/590 IPLV = 0.01 A + 0.42 B + 0.45 C + 0.12 D, with A-D the COP at 100/75/50/25 % load, 44 degF
 * (6.67 degC) leaving chilled water and 95/80/65/55 degF (35/26.67/18.33/12.78 degC) entering air.
 * Tolerance: 3 % of the kW/ton value. The published number is a floor that compliant chillers meet or beat, and the
 * set stands for a chiller that just meets the code; 3 % covers both of the table's size classes (0.857 and 0.876
 * kW/ton differ by 2.2 %), which use the same curves in openstudio-standards. It still rejects a wrong curve shape:
 * the two water-cooled sets' IPLV / full-load ratios (1.19 and 1.23, against 1.38 here) would miss by 12-16 %.
 * Known differences: measured (this code, 2025), IPLV 0.861 kW/ton, 0.5 % worse than the >= 150 ton floor and 1.7 %
 * better than the < 150 ton floor: a chiller at the full-load minimum with these curves would narrowly fail Path A
 * IPLV above 150 tons. The reference is a code minimum, not a measured or rated chiller.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { chillerModifiers, chillerPower } from '../../sim/models/cooling/chiller.js';
import { ASHRAE_901_PATH_A_AIR_COOLED as curves } from '../../sim/models/cooling/curves.js';

interface Row { quantity: string; minTons: string; maxTons: string; kWPerTon: string; role: string }
const rows: Row[] = parse(readFileSync(new URL('./data/ashrae-90.1-2016-chiller-minimums.csv', import.meta.url), 'utf8'), { columns: true, comment: '#', skip_empty_lines: true });
const minimumKWPerTon = Number(rows.find((r) => r.quantity === 'iplv' && r.role === 'compared')?.kWPerTon);
/** Cooling of one ton of refrigeration, W (12,000 Btu/h at 3.412142 Btu/h per W). */
const TON_W = 12_000 / 3.412142;
const TOLERANCE = 0.03;

/** COP (delivered load / compressor and condenser-fan power) at one AHRI part-load point. */
function copAt(partLoadRatio: number, enteringAirC: number): number {
  const ratedCapacityW = 1e6;
  const out = chillerPower({ curves, ratedCapacityW, ratedCop: curves.referenceCop }, {
    loadW: partLoadRatio * ratedCapacityW * chillerModifiers(curves, 6.67, enteringAirC).capFT,
    chilledWaterSupplyC: 6.67, condenserEnteringC: enteringAirC,
  });
  return out.deliveredLoadW / out.powerW;
}

describe('ASHRAE 90.1 Path A air-cooled chiller: IPLV vs the 90.1-2016 Table 6.8.1-3 minimum', () => {
  it(`IPLV within ${TOLERANCE * 100} % of the Path A minimum for >= 150 tons, ${minimumKWPerTon} kW/ton`, () => {
    expect(minimumKWPerTon).toBe(0.857);
    const iplvCop = 0.01 * copAt(1, 35) + 0.42 * copAt(0.75, 26.67) + 0.45 * copAt(0.5, 18.33) + 0.12 * copAt(0.25, 12.78);
    const iplvKWPerTon = TON_W / 1000 / iplvCop;
    console.info(`90.1 Path A air-cooled: dctwin IPLV ${iplvKWPerTon.toFixed(4)} kW/ton vs minimum ${minimumKWPerTon}`);
    expect(Math.abs(iplvKWPerTon / minimumKWPerTon - 1)).toBeLessThanOrEqual(TOLERANCE);
  });
});
