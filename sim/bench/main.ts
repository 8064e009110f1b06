/**
 * `npm run bench [-- flags]`: the performance table (suite.ts; flags in suiteArgs.ts).
 *
 * Engine benchmark: `npm run bench -- gpu-fifo-v1 [--days D] [--seed S] [--repeat N] [--json] [--peers]`.
 * --repeat N runs dctwin N times and keeps the fastest (wall) run; peers run once.
 * Prints the counts, the energy, the wall time and model events per second of
 * dctwin's run, checks them against the published reference when one exists, and
 * with --peers runs SimPy and SimGrid on the same model in the same run and prints the ratios.
 */
import { runGpuFifo, type GpuFifoResult } from './gpuFifo.js';
import { runSimGrid, runSimPy, type PeerResult } from './peers.js';
import { checkReference } from './reference.js';
import { packageRoot } from '../cli/packageRoot.js';
import { runSuite } from './suite.js';
import { parseSuiteArgs, SUITE_USAGE } from './suiteArgs.js';
import { suiteMarkdown, suiteText } from './suiteTable.js';

export { REFERENCE, checkReference } from './reference.js';

/** The table: every figure, its target and pass/fail; progress on stderr; exit 1 when a figure fails. */
function suiteMain(argv: string[]): number {
  let args;
  try {
    args = parseSuiteArgs(argv);
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\n${SUITE_USAGE}\n`);
    return 2;
  }
  const { format, ...options } = args;
  const report = runSuite({
    root: packageRoot(),
    ...options,
    onFigure: (f) => process.stderr.write(`bench: ${f.label}: ${f.measured} (${f.verdict})\n`),
  });
  if (format === 'json') process.stdout.write(`${JSON.stringify(report)}\n`);
  else process.stdout.write(format === 'markdown' ? suiteMarkdown(report) : suiteText(report));
  return report.figures.some((f) => f.verdict === 'fail') ? 1 : 0;
}

function main(argv: string[]): number {
  if (argv.length === 0 || argv[0].startsWith('--')) return suiteMain(argv);
  return gpuFifoMain(argv);
}

function gpuFifoMain(argv: string[]): number {
  const model = argv[0];
  const flag = (name: string) => argv.includes(name);
  const value = (name: string, fallback: number) => {
    const i = argv.indexOf(name);
    const v = i >= 0 ? Number(argv[i + 1]) : fallback;
    if (!(v > 0)) throw new Error(`${name}: expected a positive number, got '${argv[i + 1]}'`);
    return v;
  };
  if (model !== 'gpu-fifo-v1') {
    process.stderr.write(`error: model: expected gpu-fifo-v1, got '${model ?? ''}'\n${SUITE_USAGE}\n`);
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
