/**
 * Benchmark model "gpu-fifo-v1" (spec: the docstring of the shared simpy_bench.py):
 * 100 one-GPU servers (2,000 W idle, 10,000 W busy), Poisson arrivals 0.1 /s,
 * exponential durations of mean 900 s, one FIFO queue, one mulberry32 stream
 * (seed 42) drawn in the order ia1, dur1, ia2, dur2, ...; energy integrated
 * piecewise-constant at every start and finish.
 *
 * Built from the project's own parts, not a special-purpose loop: Env (engine),
 * mulberry32 (random.ts), and startWorkload (Poisson generator + Scheduler +
 * ClusterPower) exactly as a scenario run uses them. A workload with one server
 * per "node" of one GPU and a linear node power model is the spec's farm.
 */
import { Env } from '../engine/env.js';
import { mulberry32, RandomStreams } from '../engine/random.js';
import { startWorkload, type WorkloadParams } from '../simulation/workloadProcess.js';
import { SECONDS_PER_DAY } from '../units.js';

export interface GpuFifoOptions {
  days: number;
  seed: number;
}

export interface GpuFifoResult {
  model: 'gpu-fifo-v1';
  days: number;
  seed: number;
  arrivals: number;
  completions: number;
  waited: number;
  modelEvents: number;
  energyJ: number;
  meanWaitS: number;
  wallS: number;
  /** CPU time of this process during the run (user + system), s: robust on a shared machine. */
  cpuS: number;
  modelEventsPerS: number;
}

/** Every named stream is the same mulberry32 generator: the spec has ONE stream for all draws. */
class SingleStream extends RandomStreams {
  private readonly shared: () => number;
  constructor(seed: number) {
    super(seed);
    this.shared = mulberry32(seed);
  }
  override stream(): () => number {
    return this.shared;
  }
}

export const GPU_FIFO_PARAMS: WorkloadParams = {
  groups: [{
    id: 'nodes',
    count: 100, // N = 100 servers
    gpusPerNode: 1, // one job per server
    power: { idlePowerW: 2000, peakPowerW: 10_000, shape: { kind: 'linear' } },
    powerDownIdle: false,
    powerOnDelayS: 0,
    memoryBytes: 0,
    speed: [1, 1, 1],
  }],
  jobs: {
    kind: 'poisson',
    poisson: {
      ratePerS: 0.1,
      sizes: { gpus: [1], weights: [1] },
      duration: { kind: 'exponential', meanS: 900 },
      utilization: 1,
    },
  },
  scheduler: 'first-fit',
  policy: 'pooled',
  maxWaitS: 3600,
};

export function runGpuFifo(options: GpuFifoOptions): GpuFifoResult {
  const endS = options.days * SECONDS_PER_DAY;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const env = new Env(0);
  // energyJ += powerW * (nowS - lastS) at every change: the spec's piecewise-constant integration.
  // Kept in a Float64Array (a `let` double in a closure is boxed anew on every write).
  const meter = new Float64Array(3); // [0] energyJ, [1] lastS, [2] powerW
  const run = startWorkload(env, GPU_FIFO_PARAMS, new SingleStream(options.seed), { startS: 0, endS }, (nowS) => {
    meter[0] += meter[2] * (nowS - meter[1]);
    meter[1] = nowS;
    meter[2] = run.computePowerW();
  });
  meter[2] = run.computePowerW();
  env.run({ untilS: endS });
  const energyJ = meter[0] + meter[2] * (endS - meter[1]);
  const wallS = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuS = (cpu.user + cpu.system) / 1e6;
  const s = run.stats();
  const modelEvents = s.submitted + s.completed;
  return {
    model: 'gpu-fifo-v1', days: options.days, seed: options.seed,
    arrivals: s.submitted, completions: s.completed, waited: s.waited, modelEvents, energyJ,
    meanWaitS: s.meanWaitS, wallS, cpuS, modelEventsPerS: modelEvents / wallS,
  };
}
