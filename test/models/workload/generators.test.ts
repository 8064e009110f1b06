import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../sim/engine/random.js';
import { diurnalProfile, durationSampler, offeredGpus, poissonJobs, sizeSampler, streamsFromOne, PHILLY_SIZES } from '../../../sim/models/workload/generators.js';
import { newJobRecord } from '../../../sim/models/workload/job.js';

const N = 40_000;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sample = (f: () => number) => Array.from({ length: N }, f);

describe('generators', () => {
  it('one shared stream is drawn in the order ia1, dur1, ia2, dur2 (gpu-fifo-v1 spec)', () => {
    const u = mulberry32(42);
    const [u1, u2, u3] = [u(), u(), u()];
    const src = poissonJobs({ ratePerS: 0.1, sizes: { gpus: [1], weights: [1] }, duration: { kind: 'exponential', meanS: 900 }, utilization: 1 },
      streamsFromOne(mulberry32(42)));
    const j = newJobRecord();
    src.next(j);
    expect(j.submitS).toBe(-10 * Math.log(1 - u1)); // ia1 = -mean ln(1 - u), spec formula
    expect(j.durationS).toBe(-900 * Math.log(1 - u2));
    src.next(j);
    expect(j.submitS).toBe(-10 * Math.log(1 - u1) + -10 * Math.log(1 - u3));
  });

  it('Poisson arrivals: mean gap 1 / rate; exponential durations: their mean (3 standard errors)', () => {
    const src = poissonJobs({ ratePerS: 0.5, sizes: PHILLY_SIZES, duration: { kind: 'exponential', meanS: 300 }, utilization: 1 },
      { arrivals: mulberry32(1), durations: mulberry32(2), sizes: mulberry32(3) });
    const j = newJobRecord();
    const durations: number[] = [];
    for (let i = 0; i < N; i++) { src.next(j); durations.push(j.durationS); }
    expect(j.submitS / N).toBeCloseTo(2, 0); // exponential: sd/mean = 1/sqrt(N) = 0.5 %
    expect(Math.abs(j.submitS / N / 2 - 1)).toBeLessThan(3 / Math.sqrt(N));
    expect(Math.abs(mean(durations) / 300 - 1)).toBeLessThan(3 / Math.sqrt(N));
  });

  it('Poisson classes: drawn after the size with the given weights; without classes every job is training and the draws are unchanged', () => {
    const base = { ratePerS: 0.5, sizes: PHILLY_SIZES, duration: { kind: 'exponential' as const, meanS: 300 }, utilization: 1 };
    const streams = () => ({ arrivals: mulberry32(1), durations: mulberry32(2), sizes: mulberry32(3) });
    const plain = poissonJobs(base, streams()), mixed = poissonJobs({ ...base, classShares: [0.5, 0.4, 0.1] }, streams());
    const a = newJobRecord(), b = newJobRecord();
    const counts = [0, 0, 0];
    let firstSize = 0;
    for (let i = 0; i < N; i++) {
      plain.next(a); mixed.next(b);
      expect(a.jobClass).toBe(0);
      expect(b.submitS).toBe(a.submitS); // classes share the sizes stream: arrivals and durations are untouched
      expect(b.durationS).toBe(a.durationS);
      if (i === 0) firstSize = b.gpus;
      counts[b.jobClass]++;
    }
    expect(firstSize).toBe(poissonJobs(base, streams()).next(a) && a.gpus); // the first size is drawn before the first class
    // binomial: 3 standard errors of each share, sqrt(p (1 - p) / N) <= 0.0025
    [0.5, 0.4, 0.1].forEach((p, k) => expect(Math.abs(counts[k] / N - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / N)));
  });

  it('lognormal durations have the asked median and (log-)mean', () => {
    // median 874 s, mean 18006 s (Philly, AcmeTrace): mu = ln 874, sigma^2 = 2 ln(18006 / 874) = 6.0506
    const xs = sample(durationSampler({ kind: 'lognormal', medianS: 874, meanS: 18_006 }, mulberry32(7))).sort((a, b) => a - b);
    const median = xs[N / 2];
    const sigma = Math.sqrt(2 * Math.log(18_006 / 874));
    // standard error of the sample median of ln x: sigma * sqrt(pi / 2) / sqrt(N) = 0.0154
    expect(Math.abs(Math.log(median / 874))).toBeLessThan(3 * sigma * Math.sqrt(Math.PI / 2 / N));
    const logs = xs.map(Math.log);
    const sd = Math.sqrt(mean(logs.map((l) => (l - Math.log(874)) ** 2)));
    expect(Math.abs(sd / sigma - 1)).toBeLessThan(0.02);
  });

  it('sizes follow their weights; a single size draws no random number', () => {
    const u = mulberry32(9);
    const draws = sample(sizeSampler(PHILLY_SIZES, u));
    const share = (g: number) => draws.filter((d) => d === g).length / N;
    expect(Math.abs(share(1) - 0.7)).toBeLessThan(0.01);
    expect(Math.abs(share(8) - 0.07)).toBeLessThan(0.005);
    expect(Math.abs(mean(draws) - 1.92)).toBeLessThan(0.05); // Philly mean 1.928 GPUs
    const counted = { n: 0 };
    const one = sizeSampler({ gpus: [4], weights: [1] }, () => { counted.n++; return 0.5; });
    expect([one(), one()]).toEqual([4, 4]);
    expect(counted.n).toBe(0);
  });

  it('diurnal profile peaks at peakHour and bottoms 12 h later', () => {
    const src = diurnalProfile({ meanUtilization: 0.5, amplitude: 0.2, peakHour: 14.5, stepS: 3600 });
    const s = { startS: 0, utilization: 0 };
    const us: number[] = [];
    for (let h = 0; h < 48; h++) { src.next(s); us.push(s.utilization); }
    expect(s.startS).toBe(47 * 3600);
    expect(us[14]).toBeCloseTo(0.7, 12); // step 14 h-15 h, middle 14.5 h = peak
    expect(us[2]).toBeCloseTo(0.3, 12); // middle 2.5 h = trough
    expect(us[38]).toBeCloseTo(0.7, 12); // next day
  });

  it('rejects impossible parameters', () => {
    expect(() => durationSampler({ kind: 'lognormal', medianS: 100, meanS: 50 }, Math.random)).toThrow(RangeError);
    expect(() => sizeSampler({ gpus: [1, 2], weights: [0, 0] }, Math.random)).toThrow(RangeError);
  });

  it('offers rate x mean duration x mean GPUs per job (Little\'s law)', () => {
    // scenarios/scale-1m-jobs.yaml: 0.0317098 /s x 180,060 s x 1.92 GPUs = 10,962 GPUs (the file's comment: 10,960)
    const scale = offeredGpus({ ratePerS: 0.0317098, sizes: PHILLY_SIZES, duration: { kind: 'lognormal', medianS: 8740, meanS: 180_060 }, utilization: 0.8 });
    expect(scale).toBeCloseTo(0.0317098 * 180_060 * 1.92, 6);
    // one 2-GPU job an hour, each running an hour: 1/3600 /s x 3600 s x 2 GPUs = 2 GPUs busy
    expect(offeredGpus({ ratePerS: 1 / 3600, sizes: { gpus: [2], weights: [5] }, duration: { kind: 'exponential', meanS: 3600 }, utilization: 1 })).toBeCloseTo(2, 12);
  });
});
