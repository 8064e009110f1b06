import { describe, expect, it } from 'vitest';
import { ReplayCache } from '../../../sim/models/workload/replayCache.js';
import { newJobRecord } from '../../../sim/models/workload/job.js';

describe('ReplayCache', () => {
  it('returns rows as added, through growth', () => {
    const c = new ReplayCache(5000);
    for (let i = 0; i < 3000; i++) c.add(i * 2, { submitS: -1, durationS: i, gpus: 1 + (i % 8), utilization: (i % 10) / 10 });
    const out = newJobRecord();
    expect(c.read(2999, out)).toBe(5998);
    expect(out).toMatchObject({ durationS: 2999, gpus: 1 + (2999 % 8), utilization: 0.9 });
    expect(c.overflowed).toBe(false);
  });
  it('gives up (and frees its rows) past maxRows', () => {
    const c = new ReplayCache(2);
    const job = { submitS: 0, durationS: 1, gpus: 1, utilization: 1 };
    c.add(0, job); c.add(1, job);
    expect(c.overflowed).toBe(false);
    c.add(2, job);
    expect(c.overflowed).toBe(true);
  });
});
