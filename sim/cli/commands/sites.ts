/**
 * `dctwin sites FILE --site <id> [--site <id>…]`: the scenario's workload and designs at FILE's site (or
 * every site of its `sites:`) and at each site record named, simulated on worker threads and ranked
 * (runSites.ts); the same outputs as `dctwin run` on a scenario with `sites:`. The work is imported
 * inside the action, so `--help` does not load the simulator.
 */
import { Command } from 'commander';
import { basename, resolve } from 'node:path';
import { helpExamples } from '../helpExamples.js';
import { printable } from '../../printable.js';
import { checkInputFile, SCENARIO_FILE } from '../../inputFile.js';
import { InputError } from '../../errors.js';
import type { Io } from '../io.js';
import { collect, parseLang, parsePositiveInt, parseSeed } from '../options.js';
import type { Lang } from '../../../reports/i18n/lang.js';
import { checkOutputTarget } from '../../../reports/outputTarget.js';

export function sitesCommand(io: Io): Command {
  return new Command('sites')
    .description("simulate a scenario's workload and designs at several sites (its own and site records) and rank site x design")
    .addHelpText('after', helpExamples(['dctwin sites scenarios/default.yaml --site cn-hohhot --no-report']))
    .argument('<file>', 'scenario file (YAML or JSON): its site, or its sites: list, comes first')
    .option('--site <id>', 'a site record id of scenarios/sites/china-hubs.yaml to add, e.g. cn-hohhot (repeatable)', collect, [])
    .option('-o, --out <dir>', 'output folder (default: out/<scenario name>/)')
    .option('--threads <n>', 'threads simulating the sites, this one included (default: all cores)', (t) => parsePositiveInt('--threads', t, 1024))
    .option('--json', 'print summary.json to stdout instead of the tables')
    .option('--seed <n>', 'random seed (overrides the scenario)', parseSeed)
    .option('--set <path=value>', 'override a scenario field, e.g. workload.nodes.count=320 (repeatable)', collect, [])
    .option('--no-report', 'skip report.html (faster)')
    .option('--lang <lang>', 'language of report.html, summary.md, the charts and the tables: en (default) or zh-CN (Simplified Chinese)', parseLang)
    .option('--allow-large', 'run past the work limits (nodes, jobs, control steps x designs x sites) that catch typos')
    .action(async (file: string, opts: { site: string[]; out?: string; threads?: number; json?: boolean; seed?: number; set: string[]; report: boolean; allowLarge?: boolean; lang?: Lang }) => {
      if (opts.out !== undefined) checkOutputTarget({ path: resolve(io.cwd, opts.out), shown: opts.out, kind: 'folder' }); // before loading
      checkInputFile(resolve(io.cwd, file), file, SCENARIO_FILE);
      const [{ runScenario }, { runTable, wroteLine }, { decisionTable }, { siteRankingTable }, { readSiteTable, SITE_TABLE_PATH }, { didYouMean }, { listsSites }, { readScenarioText }] = await Promise.all([
        import('../runScenario.js'),
        import('../runTable.js'),
        import('../decisionTable.js'),
        import('../siteRankingTable.js'),
        import('../../scenario/siteRecords.js'),
        import('../../scenario/didYouMean.js'),
        import('../../scenario/loadSites.js'),
        import('../../scenario/load.js'),
      ]);
      const path = resolve(io.cwd, file);
      if (opts.site.length === 0 && !listsSites(readScenarioText(path, file), opts.set, file)) {
        throw new InputError(`--site: expected at least one site record id to add to ${file}'s one site (e.g. --site cn-hohhot), got none`);
      }
      const ids = readSiteTable().sites.map((s) => s.id);
      for (const id of opts.site) {
        if (!ids.includes(id)) throw new InputError(`--site: expected a site record id of ${SITE_TABLE_PATH}${didYouMean(id, ids)}, got '${id}'`);
      }
      const run = await runScenario({
        file: path,
        shownFile: file,
        overrides: opts.set,
        seed: opts.seed,
        outDir: opts.out === undefined ? undefined : resolve(io.cwd, opts.out),
        cwd: io.cwd,
        html: opts.report,
        png: false,
        lang: opts.lang,
        allowLarge: opts.allowLarge,
        addedSites: opts.site,
        threads: opts.threads,
      });
      for (const w of run.warnings) io.stderr(`warning: ${printable(w)}\n`);
      if (opts.json) io.stdout(`${JSON.stringify(run.summary, null, 2)}\n`);
      else io.stdout(`${runTable(run.summary, opts.lang)}${decisionTable(run.summary, opts.lang)}${siteRankingTable(run.summary, opts.lang)}\n${wroteLine(run.outDir, run.files.map((f) => basename(f)).join(', '), opts.lang)}\n`);
    });
}
