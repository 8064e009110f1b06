/**
 * Chiller:Electric:EIR against its published coefficient sets at the AHRI 550/590 rating points.
 * Data: test/validation/data/chiller-curve-points.csv, written by chiller-curve-points.py (an independent
 * evaluation of the EnergyPlus / openstudio-standards coefficients, EnergyPlus-style clamping at the box).
 * Tolerance: 1e-6 relative on capFT, eirFT and COP: both sides evaluate the same published polynomials, so
 * any larger difference is an implementation error (wrong coefficient, wrong clamping, wrong cycling).
 * Known differences: the York YT set is 1.0103 (capFT) and 1.0090 (eirFT) at its own reference point, so its
 * full-load COP there is 5.906, 0.9 % below the nominal 5.96 (EnergyPlus accepts curves within 10 % of 1).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chillerModifiers, chillerPower } from '../../sim/models/cooling/chiller.js';
import { CHILLER_CURVE_SETS, type ChillerType } from '../../sim/models/cooling/curves.js';

const rows = readFileSync(new URL('./data/chiller-curve-points.csv', import.meta.url), 'utf8')
  .split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#')).slice(1)
  .map((l) => {
    const [type, chw, cond, plr, capFT, eirFT, cop] = l.split(',');
    return { type: type as ChillerType, chw: +chw, cond: +cond, plr: +plr, capFT: +capFT, eirFT: +eirFT, cop: +cop };
  });

describe('chiller curves vs published coefficients at AHRI 550/590 points', () => {
  it('reads all twelve points', () => expect(rows).toHaveLength(12));

  it.each(rows)('$type at $cond degC condenser, PLR $plr', (r) => {
    const curves = CHILLER_CURVE_SETS[r.type];
    const mod = chillerModifiers(curves, r.chw, r.cond);
    expect(mod.capFT).toBeCloseTo(r.capFT, 5);
    expect(mod.eirFT).toBeCloseTo(r.eirFT, 5);
    const ratedCapacityW = 1e6;
    const out = chillerPower({ curves, ratedCapacityW, ratedCop: curves.referenceCop }, {
      loadW: r.plr * ratedCapacityW * mod.capFT, chilledWaterSupplyC: r.chw, condenserEnteringC: r.cond,
    });
    expect(Math.abs(out.deliveredLoadW / out.powerW / r.cop - 1)).toBeLessThan(1e-6);
  });

  it('full-load COP at the reference point is the published reference COP within 1 %', () => {
    for (const curves of Object.values(CHILLER_CURVE_SETS)) {
      const out = chillerPower({ curves, ratedCapacityW: 1e6, ratedCop: curves.referenceCop }, {
        loadW: 1e6 * chillerModifiers(curves, curves.referenceChilledWaterC, curves.referenceCondenserC).capFT,
        chilledWaterSupplyC: curves.referenceChilledWaterC, condenserEnteringC: curves.referenceCondenserC,
      });
      expect(Math.abs(out.deliveredLoadW / out.powerW / curves.referenceCop - 1)).toBeLessThan(0.01);
    }
  });

  it('IPLV of the York YT set from the AHRI weights (0.01, 0.42, 0.45, 0.12) beats its full-load COP', () => {
    // AHRI 550/590: IPLV = 0.01 A + 0.42 B + 0.45 C + 0.12 D (COP at 100/75/50/25 %)
    // = 0.01 * 5.906 + 0.42 * 7.0886 + 0.45 * 7.9052 + 0.12 * 5.6699 = 7.274 (a typical vane centrifugal ratio of
    // IPLV to full-load COP, 1.23)
    const york = rows.filter((r) => r.type === 'water-cooled-centrifugal').map((r) => r.cop);
    const iplv = 0.01 * york[0] + 0.42 * york[1] + 0.45 * york[2] + 0.12 * york[3];
    expect(iplv).toBeCloseTo(7.274, 2);
    expect(iplv).toBeGreaterThan(york[0]);
  });
});
