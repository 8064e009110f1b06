/**
 * `dctwin run [FILE]`: simulate a scenario, print the comparison, write the output folder.
 * Options are declared here; the work is imported inside the action, so `dctwin --version`
 * and `--help` do not load the simulator.
 */
import { Command } from 'commander';
import { basename, resolve } from 'node:path';
import type { Io } from '../io.js';
import { collect, parsePositiveInt, parseSeed } from '../options.js';
import { defaultScenarioPath } from '../packageRoot.js';

export function runCommand(io: Io): Command {
  return new Command('run')
    .description('simulate a scenario (default: the bundled Hangzhou scenario) and write its reports')
    .argument('[file]', 'scenario file (YAML or JSON)')
    .option('-o, --out <dir>', 'output folder (default: out/<scenario name>/)')
    .option('--json', 'print summary.json to stdout instead of the table')
    .option('--seed <n>', 'random seed (overrides the scenario)', parseSeed)
    .option('--set <path=value>', 'override a scenario field, e.g. designs[0].racks.count=40 (repeatable)', collect, [])
    .option('--no-report', 'skip report.html (faster)')
    .option('--png', 'also write every chart as PNG')
    .option('--samples <n>', "Monte Carlo over the scenario's uncertainty: block: p10/p50/p90 of every KPI", (t) => parsePositiveInt('--samples', t, 1_000_000))
    .option('--threads <n>', 'threads simulating --samples, this one included (default: all cores)', (t) => parsePositiveInt('--threads', t, 1024))
    .action(async (file: string | undefined, opts: { out?: string; json?: boolean; seed?: number; set: string[]; report: boolean; png?: boolean; samples?: number; threads?: number }) => {
      const [{ runScenario }, { runTable }, { decisionTable }, { monteCarloTable }, { progressBar }] = await Promise.all([
        import('../runScenario.js'),
        import('../runTable.js'),
        import('../decisionTable.js'),
        import('../../montecarlo/monteCarloTable.js'),
        import('../../montecarlo/progressBar.js'),
      ]);
      const scenarioFile = file ? resolve(io.cwd, file) : defaultScenarioPath();
      const shownFile = file ?? 'scenarios/default.yaml';
      const progress = opts.samples !== undefined && io.isTTY && process.stderr.isTTY ? progressBar() : undefined;
      const run = await runScenario({
        file: scenarioFile,
        shownFile,
        overrides: opts.set,
        seed: opts.seed,
        outDir: opts.out === undefined ? undefined : resolve(io.cwd, opts.out),
        cwd: io.cwd,
        html: opts.report,
        png: Boolean(opts.png),
        monteCarlo: opts.samples === undefined ? undefined : { samples: opts.samples, threads: opts.threads, onProgress: progress?.update },
      }).finally(() => progress?.stop());
      for (const w of run.warnings) io.stderr(`warning: ${w}\n`);
      const mc = run.summary.monteCarlo;
      const mcTable = mc ? monteCarloTable(mc, run.summary.designs[0].tco?.currency) : '';
      if (opts.json) io.stdout(`${JSON.stringify(run.summary, null, 2)}\n`);
      else io.stdout(`${runTable(run.summary)}${decisionTable(run.summary)}${mcTable}\nWrote ${run.outDir}/ (${run.files.map((f) => basename(f)).join(', ')})\n`);
    });
}
