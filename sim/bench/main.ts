/**
 * Engine benchmark: `npm run bench -- gpu-fifo-v1 [--days D] [--seed S] [--repeat N] [--json] [--peers]`.
 * --repeat N runs dctwin N times and keeps the fastest (wall) run; peers run once.
 * Prints the counts, the energy, the wall time and model events per second of
 * dctwin's run, checks them against the published reference when one exists, and
 * with --peers runs SimPy and SimGrid on the same model in the same run and prints the ratios.
 */
import { runGpuFifo, type GpuFifoResult } from './gpuFifo.js';
import { runSimGrid, runSimPy, type PeerResult } from './peers.js';

/** Reference results of the shared bench README (SimPy 3.0.11 and SimGrid 3.32 agree), seed 42. */
export const REFERENCE: Record<number, { arrivals: number; completions: number; waited: number; energyJ: number }> = {
  365: { arrivals: 3_150_318, completions: 3_150_223, waited: 656_118, energyJ: 28968257299212.27 },
  30: { arrivals: 259_561, completions: 259_456, waited: 55_473, energyJ: 2385930976630.0054 },
};

/** 'ok' when counts match exactly and energy within 1e-12 relative; a reason otherwise; '' when no reference. */
export function checkReference(r: GpuFifoResult): string {
  const ref = r.seed === 42 ? REFERENCE[r.days] : undefined;
  if (!ref) return '';
  if (r.arrivals !== ref.arrivals || r.completions !== ref.completions || r.waited !== ref.waited) return 'counts differ from the reference';
  const rel = Math.abs(r.energyJ / ref.energyJ - 1);
  return rel <= 1e-12 ? 'ok' : `energy differs by ${rel.toExponential(2)} relative`;
}

function main(argv: string[]): number {
  const model = argv[0];
  const flag = (name: string) => argv.includes(name);
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    const v = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!(v > 0)) throw new Error(`${name}: expected a positive number, got '${argv[i + 1]}'`);
    return v;
  };
  if (model !== 'gpu-fifo-v1') {
    process.stderr.write(`error: model: expected gpu-fifo-v1, got '${model ?? ''}'\nusage: bench gpu-fifo-v1 [--days D] [--seed S] [--repeat N] [--json] [--peers]\n`);
    return 2;
  }
  const days = value('--days', 365);
  const seed = value('--seed', 42);
  let r = runGpuFifo({ days, seed });
  for (let i = 1; i < value('--repeat', 1); i++) {
    const again = runGpuFifo({ days, seed });
    if (again.wallS < r.wallS) r = again;
  }
  const check = checkReference(r);
  const peers: PeerResult[] = flag('--peers') ? [runSimPy(days, seed), runSimGrid(days, seed)] : [];
  if (flag('--json')) {
    const out: Record<string, unknown> = { ...r, reference: check || null };
    for (const p of peers) {
      out[p.peer] = p.result ?? { unavailable: p.why };
      if (p.result) out[`ratioVs${p.peer === 'simpy' ? 'SimPy' : 'SimGrid'}`] = r.modelEventsPerS / p.result.modelEventsPerS;
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return check === '' || check === 'ok' ? 0 : 1;
  }
  const f = (n: number) => Math.round(n).toLocaleString('en-US');
  const lines = [
    `dctwin gpu-fifo-v1  seed=${seed} days=${days}  (Node ${process.versions.node})`,
    `arrivals=${r.arrivals} completions=${r.completions} waited=${r.waited} mean wait=${r.meanWaitS.toFixed(3)} s`,
    `energy_J=${r.energyJ}  (${(r.energyJ / 3.6e9).toFixed(6)} MWh)${check ? `  reference: ${check}` : ''}`,
    `model events=${r.modelEvents}  wall=${r.wallS.toFixed(3)} s (cpu ${r.cpuS.toFixed(3)} s)  model events/s=${f(r.modelEventsPerS)}` +
      `  (per cpu s ${f(r.modelEvents / r.cpuS)})`,
  ];
  for (const p of peers) {
    if (!p.result) lines.push(`${p.peer}: not run (${p.why})`);
    else {
      const same = p.result.arrivals === r.arrivals && p.result.completions === r.completions && p.result.waited === r.waited;
      lines.push(`${p.peer}: events/s=${f(p.result.modelEventsPerS)} wall=${p.result.wallS.toFixed(3)} s  counts ${same ? 'equal' : 'DIFFER'}  ` +
        `energy rel diff ${Math.abs(p.result.energyJ / r.energyJ - 1).toExponential(1)}  -> dctwin is ${(r.modelEventsPerS / p.result.modelEventsPerS).toFixed(1)}x`);
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return check === '' || check === 'ok' ? 0 : 1;
}

// Run only as a program, not when a test imports REFERENCE/checkReference.
if (process.argv[1] && /bench[\\/]main\.[jt]s$/.test(process.argv[1])) process.exitCode = main(process.argv.slice(2));
