import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { openProfile, type ProfileParams } from '../../../sim/models/workload/profile.js';

const params = (extra: Partial<ProfileParams> = {}): ProfileParams => ({
  path: resolve('test/fixtures/traces/profile.csv'), column: 'load', stepS: 3600, repeat: false, scale: 1, skipBadLines: false, ...extra,
});

function steps(p: ProfileParams, max = 100): [number, number][] {
  const src = openProfile(p);
  const out: [number, number][] = [];
  const s = { startS: 0, utilization: 0 };
  while (out.length < max && src.next(s)) out.push([s.startS, s.utilization]);
  src.close();
  return out;
}

describe('openProfile', () => {
  it('a value out of 0-1 is an error with file:line and column', () => {
    expect(() => steps(params())).toThrow("test/fixtures/traces/profile.csv:4: column 'load': expected a utilization 0-1 after scaling by 1, got '1.5'");
  });

  it('skipBadLines keeps the previous value for a skipped row and counts it', () => {
    const src = openProfile(params({ skipBadLines: true }));
    const s = { startS: 0, utilization: 0 };
    const got: number[] = [];
    while (src.next(s)) got.push(s.utilization);
    expect(got).toEqual([0.5, 0.25, 0.25, 0.75]);
    expect(src.skippedLines).toBe(1);
  });

  it('scale converts and repeat wraps with consecutive steps', () => {
    // scale 0.5: 0.25, 0.125, 0.75, 0.375; second pass starts at 4 steps = 14400 s
    expect(steps(params({ scale: 0.5, repeat: true, stepS: 900 }), 6)).toEqual([
      [0, 0.25], [900, 0.125], [1800, 0.75], [2700, 0.375], [3600, 0.25], [4500, 0.125],
    ]);
  });

  it('reads the shipped Alibaba hourly profile: 8904 hours, first value 0.38094', () => {
    const all = steps(params({ path: resolve('scenarios/traces/Alibaba_CPU_Data_Hourly_1.csv'), column: 'cpu_load' }), 10_000);
    expect(all.length).toBe(8904); // SOURCES.md: 8904 rows
    expect(all[0]).toEqual([0, 0.3809444444444444]); // first data row of the file
    expect(all[1][0]).toBe(3600);
    const mean = all.reduce((a, [, u]) => a + u, 0) / all.length;
    expect(mean).toBeCloseTo(0.5, 1); // SOURCES.md: mean 0.50
  });

  it('names a missing column', () => {
    expect(() => steps(params({ column: 'cpu' }))).toThrow("profile.csv:1: column: expected a column named 'cpu' in the header, got ',load'");
  });
});
