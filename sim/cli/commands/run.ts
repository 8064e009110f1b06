/**
 * `dctwin run [FILE]`: simulate a scenario, print the comparison, write the output folder.
 * Options are declared here; the work is imported inside the action, so `dctwin --version`
 * and `--help` do not load the simulator.
 */
import { Command } from 'commander';
import { helpExamples } from '../helpExamples.js';
import { basename, resolve } from 'node:path';
import { printable } from '../../printable.js';
import { checkInputFile, SCENARIO_FILE } from '../../inputFile.js';
import type { Io } from '../io.js';
import { collect, parseLang, parsePositiveInt, parseSeed } from '../options.js';
import type { Lang } from '../../../reports/i18n/lang.js';
import { defaultScenarioPath } from '../packageRoot.js';
import { checkOutputTarget } from '../../../reports/outputTarget.js';

export function runCommand(io: Io): Command {
  return new Command('run')
    .description('simulate a scenario (default: the bundled Hangzhou scenario) and write its reports')
    .addHelpText('after', helpExamples(['dctwin run', 'dctwin run scenarios/default.yaml --set workload.nodes.count=320 --out out/320-nodes', "dctwin run scenarios/default.yaml --set 'designs[id=air-cooled].cooling.air.supplyAir=27 degC' --no-report", 'dctwin run --json --no-report']))
    .argument('[file]', 'scenario file (YAML or JSON)')
    .option('-o, --out <dir>', 'output folder (default: out/<scenario name>/)')
    .option('--json', 'print summary.json to stdout instead of the table')
    .option('--seed <n>', 'random seed (overrides the scenario)', parseSeed)
    .option('--set <path=value>', 'override a scenario field, e.g. workload.nodes.count=320 (repeatable)', collect, [])
    .option('--no-report', 'skip report.html (faster)')
    .option('--png', 'also write every chart as PNG')
    .option('--lang <lang>', 'language of report.html, summary.md and the table: en (default) or zh-CN (Simplified Chinese)', parseLang)
    .option('--samples <n>', "Monte Carlo over the scenario's uncertainty: block: p10/p50/p90 of every KPI", (t) => parsePositiveInt('--samples', t, 1_000_000))
    .option('--threads <n>', 'threads simulating --samples or the sites of sites:, this one included (default: all cores)', (t) => parsePositiveInt('--threads', t, 1024))
    .option('--allow-large', 'run past the work limits (nodes, jobs, control steps x designs x samples) that catch typos')
    .action(async (file: string | undefined, opts: { out?: string; json?: boolean; seed?: number; set: string[]; report: boolean; png?: boolean; samples?: number; threads?: number; allowLarge?: boolean; lang?: Lang }) => {
      if (opts.out !== undefined) checkOutputTarget({ path: resolve(io.cwd, opts.out), shown: opts.out, kind: 'folder' }); // before loading
      if (file !== undefined) checkInputFile(resolve(io.cwd, file), file, SCENARIO_FILE); // a FIFO, a device: refused before loading
      const [{ runScenario }, { runTable, wroteLine }, { decisionTable }, { monteCarloTable }, { progressBar }, { siteRankingTable }] = await Promise.all([
        import('../runScenario.js'),
        import('../runTable.js'),
        import('../decisionTable.js'),
        import('../monteCarloTable.js'),
        import('../progressBar.js'),
        import('../siteRankingTable.js'),
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
        lang: opts.lang,
        allowLarge: opts.allowLarge,
        monteCarlo: opts.samples === undefined ? undefined : { samples: opts.samples, threads: opts.threads, onProgress: progress?.update },
        threads: opts.threads,
      }).finally(() => progress?.stop());
      for (const w of run.warnings) io.stderr(`warning: ${printable(w)}\n`);
      const mc = run.summary.monteCarlo;
      const mcTable = mc ? monteCarloTable(mc, run.summary.designs[0].tco?.currency, opts.lang) : '';
      const wrote = wroteLine(run.outDir, run.files.map((f) => basename(f)).join(', '), opts.lang);
      if (opts.json) io.stdout(`${JSON.stringify(run.summary, null, 2)}\n`);
      else io.stdout(`${runTable(run.summary, opts.lang)}${decisionTable(run.summary, opts.lang)}${mcTable}${siteRankingTable(run.summary, opts.lang)}\n${wrote}\n`);
    });
}
