import { describe, expect, it } from 'vitest';
import { arraySource, newJobRecord } from '../../../sim/models/workload/job.js';

describe('arraySource', () => {
  it('hands out jobs in order into the caller record, then reports the end', () => {
    const src = arraySource([{ submitS: 0, durationS: 60, gpus: 1, utilization: 1 }, { submitS: 5, durationS: 1, gpus: 8, utilization: 0.5 }]);
    const r = newJobRecord();
    expect(src.next(r)).toBe(true);
    expect(src.next(r)).toBe(true);
    expect(r).toEqual({ submitS: 5, durationS: 1, gpus: 8, utilization: 0.5, groupMask: 0, jobClass: 0, memoryBytes: 0 });
    expect(src.next(r)).toBe(false);
  });
  it('refuses an unsorted list', () => {
    expect(() => arraySource([{ submitS: 5, durationS: 1, gpus: 1, utilization: 1 }, { submitS: 1, durationS: 1, gpus: 1, utilization: 1 }])).toThrow(RangeError);
  });
});
