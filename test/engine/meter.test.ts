import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MeterBank } from '../../sim/engine/meter.js';

const HOUR_S = 3600; // written out here so the oracle does not share the code's constant

/** A power schedule: at each change time the channel powers switch to new values. */
interface Change {
  atS: number;
  powersW: number[];
}

/**
 * Oracle: integrates a step function by overlap with each hour window,
 * energy[h][c] = sum over segments of powerW * |[t0, t1) ∩ [h*3600, (h+1)*3600)|,
 * with everything after the last window added to the last one.
 */
function oracle(changes: Change[], endS: number, hours: number, channels: number): { total: number[]; hourly: number[][] } {
  const total = Array<number>(channels).fill(0);
  const hourly = [...Array(hours)].map(() => Array<number>(channels).fill(0));
  let powers = Array<number>(channels).fill(0);
  let t0 = 0;
  const segments: Array<[number, number, number[]]> = [];
  for (const ch of changes) {
    segments.push([t0, ch.atS, powers]);
    t0 = ch.atS;
    powers = ch.powersW;
  }
  segments.push([t0, endS, powers]);
  for (const [a, b, p] of segments) {
    for (let h = 0; h < hours; h++) {
      const lo = Math.max(a, h * HOUR_S);
      const hi = h === hours - 1 ? b : Math.min(b, (h + 1) * HOUR_S);
      if (hi > lo) for (let c = 0; c < channels; c++) hourly[h][c] += p[c] * (hi - lo);
    }
    for (let c = 0; c < channels; c++) total[c] += p[c] * (b - a);
  }
  return { total, hourly };
}

function replay(changes: Change[], endS: number, hours: number, channels: number): MeterBank {
  const bank = new MeterBank([...Array(channels).keys()].map((c) => `ch${c}`), 0, hours);
  for (const ch of changes) {
    bank.advance(ch.atS);
    ch.powersW.forEach((p, c) => (bank.powerW[c] = p));
  }
  bank.advance(endS);
  return bank;
}

const relClose = (a: number, b: number, rel: number) => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b), 1);

describe('MeterBank', () => {
  it('integrates a hand-computed piecewise-constant schedule exactly, splitting an interval across hours', () => {
    const bank = new MeterBank(['it', 'cooling'], 0, 3);
    bank.powerW[0] = 1000;
    bank.powerW[1] = 200;
    bank.advance(1800); // it: 1000 W * 1800 s = 1.8e6 J in hour 0; cooling 200 * 1800 = 3.6e5 J
    bank.powerW[0] = 2000;
    bank.advance(9000); // 2000 W over [1800, 9000): hour0 1800 s, hour1 3600 s, hour2 1800 s
    bank.powerW[1] = 0;
    bank.advance(12_600); // past the last bucket: goes to hour 2 (1800 + 3600 = 5400 s at 2000 W)
    // it: hour0 = 1.8e6 + 2000*1800 = 5.4e6; hour1 = 2000*3600 = 7.2e6; hour2 = 2000*(1800 + 3600) = 1.08e7
    // cooling: hour0 = 200*3600 = 7.2e5; hour1 = 7.2e5; hour2 = 200*1800 = 3.6e5
    expect(Array.from(bank.hourlyEnergyJ)).toEqual([5.4e6, 7.2e5, 7.2e6, 7.2e5, 1.08e7, 3.6e5]);
    expect(Array.from(bank.energyJ)).toEqual([5.4e6 + 7.2e6 + 1.08e7, 7.2e5 + 7.2e5 + 3.6e5]);
  });

  it('is exact for integer powers and times (every product and sum is an exact double)', () => {
    const changeArb = fc.record({ dtS: fc.integer({ min: 0, max: 5000 }), powersW: fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 3, maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 30 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 6 }), (steps, tailS, hours) => {
        let t = 0;
        const changes = steps.map((s) => ({ atS: (t += s.dtS), powersW: s.powersW }));
        const endS = t + tailS;
        const bank = replay(changes, endS, hours, 3);
        const want = oracle(changes, endS, hours, 3);
        expect(Array.from(bank.energyJ)).toEqual(want.total);
        expect(Array.from(bank.hourlyEnergyJ)).toEqual(want.hourly.flat());
      }),
    );
  });

  it('hourly buckets add up to the totals (1e-12 relative) for arbitrary real times and powers', () => {
    const changeArb = fc.record({
      dtS: fc.double({ min: 0, max: 10_000, noNaN: true }),
      powersW: fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 2, maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(changeArb, { maxLength: 40 }), fc.integer({ min: 1, max: 10 }), (steps, hours) => {
        let t = 0;
        const changes = steps.map((s) => ({ atS: (t += s.dtS), powersW: s.powersW }));
        const bank = replay(changes, t, hours, 2);
        const want = oracle(changes, t, hours, 2);
        for (let c = 0; c < 2; c++) {
          let sum = 0;
          for (let h = 0; h < hours; h++) sum += bank.hourlyEnergyJ[h * 2 + c];
          expect(relClose(sum, bank.energyJ[c], 1e-12)).toBe(true);
          expect(relClose(bank.energyJ[c], want.total[c], 1e-12)).toBe(true);
        }
      }),
    );
  });

  it('buckets relative to a non-zero start time, and terminates for any start', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 50 }), (startS, hours) => {
        const bank = new MeterBank(['x'], startS, hours);
        bank.powerW[0] = 1;
        bank.advance(startS + hours * 3600); // 1 W over every bucket: ~3600 J each
        for (let h = 0; h < hours; h++) expect(relClose(bank.hourlyEnergyJ[h], 3600, 1e-6)).toBe(true);
        expect(relClose(bank.energyJ[0], hours * 3600, 1e-6)).toBe(true);
      }),
    );
  });

  it('throws RangeError when advanced backwards, and accepts a zero-length advance', () => {
    const bank = new MeterBank(['x'], 100, 1);
    bank.powerW[0] = 5;
    bank.advance(100);
    expect(bank.energyJ[0]).toBe(0);
    bank.advance(110);
    expect(() => bank.advance(109)).toThrow(RangeError);
    expect(() => bank.advance(Number.NaN)).toThrow(RangeError);
    expect(bank.energyJ[0]).toBe(50);
  });
});
