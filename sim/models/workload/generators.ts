/**
 * Synthetic workloads: Poisson batch/training jobs, and a diurnal utilization profile
 * for inference fleets. Randomness comes only from the caller's named streams.
 *
 * Equation:
 *   Poisson jobs: interArrivalS ~ Exp(mean 1 / ratePerS), submitS_k = submitS_{k-1} + interArrivalS_k
 *     durationS ~ Exp(meanS)  or  LogNormal(mu = ln(medianS), sigma = sqrt(2 ln(meanS / medianS)))
 *     (so that median = e^mu and mean = e^(mu + sigma^2 / 2)); gpus ~ categorical(sizes)
 *     jobClass ~ categorical(classShares) (JOB_CLASSES order) when given, else training (0)
 *     lognormal by Box-Muller: z = sqrt(-2 ln(1 - u1)) * cos(2 pi u2)
 *   Diurnal: utilization(t) = mean + amplitude * cos(2 pi (hourOfDay(t_mid) - peakHour) / 24),
 *     t_mid the middle of each step; clamped to 0-1.
 *   Offered load (Little's law): offeredGpus = ratePerS * meanS * sum(gpus * weights) / sum(weights),
 *     the GPUs the jobs would keep busy on average if none waited.
 * Assumptions: draw order per job is fixed (duration, size when there is more than one size, class when
 *   classShares are given with more than one, next inter-arrival; the first inter-arrival is drawn at creation), so giving all three roles ONE
 *   stream reproduces the gpu-fifo-v1 benchmark's order ia1, dur1, ia2, dur2, ...
 *   Time 0 is local midnight of the simulated year's first day.
 * Validity: ratePerS > 0; meanS >= medianS > 0; weights >= 0 with a positive sum; 0 <= mean +- amplitude
 *   (outside 0-1 the profile is clamped).
 * References: Box & Muller, Ann. Math. Statist. 29(2), 1958 (normal deviates);
 *   AcmeTrace data/cluster_summary.csv (Hu et al., NSDI 2024), row Philly (Jeon et al., ATC 2019):
 *   med_run_time_gpu 874 s, avg_run_time_gpu 18,006 s, med_gpu_num 1, avg_gpu_num 1.928
 *   -> PHILLY_DURATION and PHILLY_SIZES below; SOURCES.md of scenarios/traces: Alibaba 2017 hourly
 *   CPU profile range 0.33-0.70, mean 0.50 -> DIURNAL_DEFAULTS.
 * Validated by: test/models/workload/generators.test.ts (sample means vs the distributions)
 * @example const src = poissonJobs({ ratePerS: 0.1, sizes: { gpus: [1], weights: [1] },
 *   duration: { kind: 'exponential', meanS: 900 }, utilization: 1 }, streamsFromOne(mulberry32(42)))
 */
import { SECONDS_PER_DAY, SECONDS_PER_HOUR } from '../../units.js';
import type { JobRecord, JobSource } from './job.js';
import type { UtilizationSource, UtilizationStep } from './profile.js';

export type DurationDistribution =
  | { kind: 'exponential'; meanS: number }
  | { kind: 'lognormal'; medianS: number; meanS: number };

export interface SizeDistribution {
  gpus: readonly number[];
  weights: readonly number[];
}

export interface PoissonParams {
  ratePerS: number;
  sizes: SizeDistribution;
  duration: DurationDistribution;
  utilization: number;
  /** Shares of the job classes in JOB_CLASSES order (training, inference, batch), summing to 1; absent: every job is training. */
  classShares?: readonly number[];
}

/** Uniform [0, 1) streams by role; pass one stream three times to share it. */
export interface GeneratorStreams {
  arrivals: () => number;
  durations: () => number;
  sizes: () => number;
}

export const streamsFromOne = (u: () => number): GeneratorStreams => ({ arrivals: u, durations: u, sizes: u });

/** AcmeTrace cluster_summary.csv, Philly: median 874 s, mean 18,006 s GPU-job run time. */
export const PHILLY_DURATION: DurationDistribution = { kind: 'lognormal', medianS: 874, meanS: 18_006 };
/**
 * Sizes with Philly's median (1 GPU) and mean (1.928 GPUs, AcmeTrace cluster_summary.csv);
 * the split over 2/4/8 is our choice (mean of these weights 1.92), not from the source.
 */
export const PHILLY_SIZES: SizeDistribution = { gpus: [1, 2, 4, 8], weights: [0.7, 0.13, 0.1, 0.07] };
/** Alibaba 2017 hourly profile (SOURCES.md): mean 0.50, range 0.33-0.70; peak hour assumed 14 h. */
export const DIURNAL_DEFAULTS = { meanUtilization: 0.5, amplitude: 0.185, peakHour: 14, stepS: 900 } as const;

/** Mean busy GPUs the Poisson jobs ask for (Little's law, see the equation above); above the cluster's GPUs the queue grows without bound. */
export function offeredGpus(p: PoissonParams): number {
  const totalWeight = p.sizes.weights.reduce((a, b) => a + b, 0);
  const meanGpus = p.sizes.gpus.reduce((acc, g, i) => acc + g * p.sizes.weights[i], 0) / totalWeight;
  return p.ratePerS * p.duration.meanS * meanGpus;
}

/** A duration sampler for the distribution (draws from u). */
export function durationSampler(d: DurationDistribution, u: () => number): () => number {
  if (d.kind === 'exponential') {
    const meanS = d.meanS;
    if (!(meanS > 0)) throw new RangeError(`exponential duration: mean must be > 0, got ${meanS}`);
    return () => -meanS * Math.log(1 - u());
  }
  if (!(d.medianS > 0 && d.meanS >= d.medianS)) {
    throw new RangeError(`lognormal duration: need mean (${d.meanS}) >= median (${d.medianS}) > 0`);
  }
  const mu = Math.log(d.medianS);
  const sigma = Math.sqrt(2 * Math.log(d.meanS / d.medianS));
  return () => {
    const z = Math.sqrt(-2 * Math.log(1 - u())) * Math.cos(2 * Math.PI * u());
    return Math.exp(mu + sigma * z);
  };
}

/** A sampler of GPU counts; draws nothing when there is a single size. */
export function sizeSampler(s: SizeDistribution, u: () => number): () => number {
  const n = s.gpus.length;
  const total = s.weights.reduce((a, b) => a + b, 0);
  if (n === 0 || s.weights.length !== n || !(total > 0) || s.weights.some((w) => !(w >= 0))) {
    throw new RangeError('size distribution: need as many weights >= 0 as sizes, with a positive sum');
  }
  if (n === 1) {
    const g = s.gpus[0];
    return () => g;
  }
  const cumulative = new Float64Array(n);
  let acc = 0;
  for (let i = 0; i < n; i++) cumulative[i] = acc += s.weights[i] / total;
  const gpus = Int32Array.from(s.gpus);
  return () => {
    const x = u();
    let i = 0;
    while (i < n - 1 && x >= cumulative[i]) i++;
    return gpus[i];
  };
}

/** Poisson arrivals of batch jobs (see the equation above), pulled lazily and endlessly. */
export function poissonJobs(p: PoissonParams, streams: GeneratorStreams): JobSource {
  if (!(p.ratePerS > 0)) throw new RangeError(`Poisson jobs: rate must be > 0, got ${p.ratePerS}`);
  const meanGapS = 1 / p.ratePerS;
  const arrivals = streams.arrivals;
  const duration = durationSampler(p.duration, streams.durations);
  const size = sizeSampler(p.sizes, streams.sizes);
  const utilization = p.utilization;
  // Classes drawn like sizes (from the sizes stream, after the size); none given: no draw, so older scenarios keep their jobs.
  const jobClass = p.classShares === undefined ? () => 0 : sizeSampler({ gpus: p.classShares.map((_, k) => k), weights: p.classShares }, streams.sizes);
  // Clock state in a typed array, not in `let`s: a double reassigned in a closure is boxed anew
  // on every write (one allocation per job); a Float64Array element is written in place.
  const clock = new Float64Array(2); // [0] submit time of the last job, [1] gap to the next, s
  clock[1] = -meanGapS * Math.log(1 - arrivals());
  return {
    skippedLines: 0,
    ignoredRows: 0,
    next(out: JobRecord): boolean {
      const tS = (clock[0] += clock[1]);
      out.submitS = tS;
      out.durationS = duration();
      out.gpus = size();
      out.jobClass = jobClass();
      out.utilization = utilization;
      clock[1] = -meanGapS * Math.log(1 - arrivals());
      return true;
    },
  };
}

export interface DiurnalParams {
  meanUtilization: number;
  amplitude: number;
  /** Hour of day (0-24) of the peak. */
  peakHour: number;
  stepS: number;
}

/** Sinusoidal day profile of cluster utilization, one step every stepS, endless. */
export function diurnalProfile(p: DiurnalParams): UtilizationSource {
  if (!(p.stepS > 0)) throw new RangeError(`diurnal profile: step must be > 0 s, got ${p.stepS}`);
  let k = 0;
  return {
    skippedLines: 0,
    next(out: UtilizationStep): boolean {
      out.startS = k * p.stepS;
      const hourOfDay = (((k + 0.5) * p.stepS) % SECONDS_PER_DAY) / SECONDS_PER_HOUR;
      const u = p.meanUtilization + p.amplitude * Math.cos((2 * Math.PI * (hourOfDay - p.peakHour)) / 24);
      out.utilization = u < 0 ? 0 : u > 1 ? 1 : u;
      k++;
      return true;
    },
  };
}
