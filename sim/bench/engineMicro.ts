/**
 * Engine micro-benchmark (not a test): events per second through `Env` with
 * trivial handlers, for profiling heap/env internals.
 *   npx tsx sim/bench/engineMicro.ts            # all cases
 *   node --cpu-prof --import tsx sim/bench/engineMicro.ts hold100
 * Cases: `holdN` keeps N events pending, each handler schedules one more after
 * an exponential delay (the classic "hold model" of event-list studies);
 * `gpuFifo` is the gpu-fifo-v1 model's event pattern (~100 pending) with
 * power metering, a quick stand-in for the full benchmark.
 * Measured 2026-11 (Node 20.20, this 2-core machine, CPU time, medians of 4 runs):
 *   case       before (4-array heap)  after (time+slot keys, pooled fields, lazy root)
 *   hold10     11.2 M/s               13.6 M/s
 *   hold100     7.2 M/s                9.2 M/s
 *   hold10000   4.4 M/s                5.5 M/s
 *   gpuFifo     6.4 M/s                7.1 M/s
 * Then (same machine, load average 3-5 on 2 cores): branch-free choice of the smaller child and
 * a front register for an event earlier than all pending ones:
 *   case       before   after
 *   hold10     12.8     12.9 M/s
 *   hold100     9.4     10.4 M/s
 *   hold10000   5.6      6.9 M/s
 *   gpuFifo     7.3      8.5 M/s
 */
import { Env } from '../engine/env.js';
import { exponential, mulberry32 } from '../engine/random.js';

type Case = (events: number) => number;

function hold(pendingCount: number): Case {
  return (events) => {
    const env = new Env();
    const u = mulberry32(42);
    let left = events;
    const kind = env.on('hold', () => {
      if (--left > 0) env.after(exponential(u, 100), kind, 0);
    });
    for (let i = 0; i < pendingCount; i++) env.after(exponential(u, 100), kind, i);
    env.run({ untilS: Infinity });
    return env.processed;
  };
}

const gpuFifo: Case = (events) => {
  const env = new Env();
  const u = mulberry32(42);
  const servers = 100;
  let busy = 0;
  let queued = 0;
  let powerW = servers * 2000;
  let energyJ = 0;
  let lastS = 0;
  const meter = (nowS: number, dBusy: number) => {
    energyJ += powerW * (nowS - lastS);
    lastS = nowS;
    busy += dBusy;
    powerW = servers * 2000 + busy * 8000;
  };
  const finish = env.on('finish', (nowS) => {
    meter(nowS, -1);
    if (queued > 0) {
      queued--;
      meter(nowS, 1);
      env.after(exponential(u, 900), finish, 0);
    }
  });
  const arrive = env.on('arrive', (nowS) => {
    const durationS = exponential(u, 900);
    if (busy < servers) {
      meter(nowS, 1);
      env.after(durationS, finish, 0);
    } else queued++;
    env.after(exponential(u, 10), arrive, 0);
  });
  env.at(0, arrive, 0);
  env.run({ untilS: events / 0.2 }); // 0.2 events/s: 0.1 arrivals + 0.1 completions
  if (!(energyJ > 0)) throw new Error('no energy');
  return env.processed;
};

const CASES: Record<string, Case> = { hold10: hold(10), hold100: hold(100), hold10000: hold(10_000), gpuFifo };

const selected = process.argv.slice(2).filter((a) => a in CASES);
const events = 5_000_000;
for (const name of selected.length ? selected : Object.keys(CASES)) {
  CASES[name](200_000); // warm up
  let best = 0;
  for (let rep = 0; rep < 5; rep++) {
    // CPU time, not wall time: on a shared machine the wall clock also counts other processes.
    const t0 = process.cpuUsage();
    const n = CASES[name](events);
    const used = process.cpuUsage(t0);
    best = Math.max(best, n / ((used.user + used.system) / 1e6));
  }
  console.log(`${name.padEnd(10)} ${(best / 1e6).toFixed(2)} M events/s per CPU second (best of 5, ${events / 1e6} M events)`);
}
