import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { monteCarloScenarioText, projectMonteCarlo, writeMonteCarloScenario } from '../../sim/bench/monteCarloScenario.js';
import { loadScenario } from '../../sim/scenario/load.js';
import { isMoneyOnly } from '../../sim/tco/uncertainty.js';

describe('Monte Carlo bench scenario', () => {
  it('is the default scenario plus the uncertainty block, and validates with the shipped weather and trace', () => {
    const defaultText = readFileSync('scenarios/default.yaml', 'utf8');
    const scenario = writeMonteCarloScenario(process.cwd());
    try {
      const text = readFileSync(scenario.file, 'utf8');
      expect(text.startsWith(defaultText.replace(/\n*$/, '\n'))).toBe(true);
      const { scenario: mc } = loadScenario(scenario.file);
      const { scenario: plain } = loadScenario('scenarios/default.yaml');
      const paths = Object.keys(mc.uncertainty ?? {}).sort();
      expect(paths).toEqual([
        'designs[0].cooling.liquid.rejection.dryCooler.approach',
        'designs[0].costs.escalation',
        'designs[1].cooling.air.chilledWaterSupply',
      ]);
      // Physics paths: every sample re-simulates the year, which is what the bench times.
      expect(paths.filter((p) => !isMoneyOnly(p))).toHaveLength(2);
      // Apart from the uncertainty block and the folder it sits in, the same scenario as the default.
      const bare = (s: object, dir: string) => JSON.stringify({ ...s, uncertainty: undefined, file: undefined }).split(dir).join('<dir>');
      expect(bare(mc, dirname(scenario.file))).toBe(bare(plain, resolve('scenarios')));
    } finally {
      scenario.dispose();
    }
  });

  it('appends the block after one newline, whatever the default ends with', () => {
    expect(monteCarloScenarioText('a: 1\n\n\n', 'b: 2\n')).toMatch(/^a: 1\n\n# --- appended .*\nb: 2\n$/);
    expect(monteCarloScenarioText('a: 1', 'b: 2\n')).toMatch(/^a: 1\n\n# --- appended .*\nb: 2\n$/);
  });
});

describe('projectMonteCarlo', () => {
  it('extrapolates along the line through two runs (fixed costs not charged per sample)', () => {
    // 2 samples in 3 s, 10 in 7 s: 0.5 s per sample; 1,000 samples = 7 + 990 x 0.5 = 502 s
    const p = projectMonteCarlo({ samples: 2, wallS: 3 }, { samples: 10, wallS: 7 }, 1000);
    expect(p).toEqual({ samples: 10, perSampleS: 0.5, projectedS: 502, target: 1000 });
  });

  it('a run at the target is the measurement itself', () => {
    expect(projectMonteCarlo({ samples: 0, wallS: 1.4 }, { samples: 1000, wallS: 150 }, 1000).projectedS).toBe(150);
  });

  it('never projects less than the larger run, nor a negative cost per sample', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (n, extra, t1, t2) => {
        const p = projectMonteCarlo({ samples: n, wallS: t1 }, { samples: n + extra, wallS: t2 }, 1000);
        expect(p.perSampleS).toBeGreaterThanOrEqual(0);
        if (n + extra <= 1000) expect(p.projectedS).toBeGreaterThanOrEqual(t2);
      }),
    );
  });

  it('refuses two runs that are not increasing in samples', () => {
    expect(() => projectMonteCarlo({ samples: 5, wallS: 1 }, { samples: 5, wallS: 2 }, 1000)).toThrow(RangeError);
  });
});

describe('pairedSpeedups', () => {
  it("divides each one-thread run by the two-thread run after it; none when a run failed or counts differ", async () => {
    const { pairedSpeedups } = await import('../../sim/bench/monteCarloFigures.js');
    const t = (wallsS: number[], error?: string) => ({ wallsS, medianS: wallsS[0] ?? 0, error });
    // A slow moment (53.5 s and 28.9 s) falls on one pair: the pairs stay near 1.85 while the ratio of medians is 1.74.
    const pairs = pairedSpeedups(t([47.3, 53.5, 47.8]), t([27.5, 28.9, 25.8]))!;
    expect(pairs.map((x) => Number(x.toFixed(3)))).toEqual([1.72, 1.851, 1.853]);
    expect(pairedSpeedups(t([48]), t([26], 'exit 1'))).toBeUndefined();
    expect(pairedSpeedups(t([48, 47]), t([26]))).toBeUndefined();
  });
});
