import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median } from '../../sim/bench/timing.js';
import { RSS_FILE_ENV } from '../../sim/bench/rssHook.js';
import { atLeast, atMost } from '../../sim/bench/targets.js';

describe('median', () => {
  it('middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow(RangeError);
  });

  it('lies between the smallest and the largest, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (xs) => {
        const m = median(xs);
        expect(m).toBeGreaterThanOrEqual(Math.min(...xs));
        expect(m).toBeLessThanOrEqual(Math.max(...xs));
        expect(median([...xs].reverse())).toBe(m);
      }),
    );
  });
});

describe('targets', () => {
  it('a figure that is not a number fails (a failed run never passes)', () => {
    expect(atMost(0.2, 0.25)).toBe('pass');
    expect(atMost(0.25, 0.25)).toBe('pass');
    expect(atMost(0.3, 0.25)).toBe('fail');
    expect(atMost(NaN, 0.25)).toBe('fail');
    expect(atLeast(NaN, 1)).toBe('fail');
    expect(atLeast(1.6, 1.6)).toBe('pass');
  });
});

describe('rssHook', () => {
  it('writes the peak resident set of the process it is loaded into, in bytes, on exit', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dctwin-rss-test-')), 'rss.txt');
    // Allocate ~64 MiB that stays live until exit, so the peak is at least that.
    const script = 'globalThis.keep = Buffer.alloc(64 * 2 ** 20, 1);';
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--import', './sim/bench/rssHook.ts', '-e', script], {
      env: { ...process.env, [RSS_FILE_ENV]: file },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const bytes = Number(readFileSync(file, 'utf8'));
    expect(bytes).toBeGreaterThan(64 * 2 ** 20);
    expect(bytes).toBeLessThan(4 * 2 ** 30);
  });
});
