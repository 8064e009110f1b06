/**
 * `dctwin compare A.yaml B.yaml ... [--out DIR] [--no-report] [--json] [--lang en|zh-CN]`:
 * evaluates whole scenarios (e.g. the same designs in two sites), prints
 * every design of every scenario side by side as columns `scenario/design`
 * with the difference to the first column, and writes an output folder like
 * `run` (../compareOutput.ts; default `out/compare-<a>-<b>/`). All files are
 * validated, and the output folder checked, before any is simulated. The
 * loader, the simulator and the writers are imported inside the action
 * (start-up). --lang words the table, compare.md and report.html; the data
 * files (compare.json, .csv, .parquet) are the same in every language.
 */
import { Command } from 'commander';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { InputError } from '../../errors.js';
import type { Scenario } from '../../scenario/schema.js';
import { printable } from '../../printable.js';
import type { Io } from '../io.js';
import { helpExamples } from '../helpExamples.js';
import { parseLang, parseSeed } from '../options.js';
import { messages, type Lang } from '../../../reports/i18n/lang.js';
import { num } from '../table.js';
import { compareColumns, compareRows, compareTable, labels } from '../compareColumns.js';
import { checkOutputTarget, isWithin, realTarget } from '../../../reports/outputTarget.js';

export type { CompareColumn } from '../compareColumns.js';
export { compareColumns, compareTable } from '../compareColumns.js';

interface Options { out?: string; report: boolean; json?: boolean; seed?: number; allowLarge?: boolean; lang?: Lang }

export function compareCommand(io: Io): Command {
  return new Command('compare')
    .description('evaluate whole scenarios (e.g. one design in several sites), print their designs side by side and write compare.json, .csv, .md and report.html')
    .addHelpText('after', helpExamples(['dctwin compare scenarios/default.yaml scenarios/procurement.yaml --out out/hangzhou-vs-phoenix']))
    .argument('<files...>', 'scenario files (YAML or JSON)')
    .option('-o, --out <dir>', 'output folder (default: out/compare-<scenario>-<scenario>.../)')
    .option('--no-report', 'skip report.html (faster)')
    .option('--json', 'print the columns as JSON (compare.json) instead of the table')
    .option('--seed <n>', 'random seed for every scenario (overrides each file)', parseSeed)
    .option('--allow-large', 'run past the work limits (nodes, jobs, control steps x designs) that catch typos')
    .option('--lang <lang>', 'language of the table, compare.md and report.html: en (default) or zh-CN (Simplified Chinese)', parseLang)
    .action(async (files: string[], opts: Options) => {
      if (opts.out !== undefined) checkOutputTarget({ path: resolve(io.cwd, opts.out), shown: opts.out, kind: 'folder' }); // before loading
      const [{ parseScenarioText, readScenarioText }, { evaluate }, { checkWork }, { dataSources }, { defaultCompareDir, writeCompare }] = await Promise.all([
        import('../../scenario/load.js'),
        import('../../studies/evaluate.js'),
        import('../../studies/workEstimate.js'),
        import('../runScenario.js'),
        import('../compareOutput.js'),
      ]);
      const loaded: { scenario: Scenario; warnings: string[]; text: string }[] = [];
      const problems: string[] = [];
      for (const file of files) {
        try {
          const text = readScenarioText(resolve(io.cwd, file), file);
          const one = parseScenarioText(text, resolve(io.cwd, file), [], file);
          checkWork(one.scenario, file, { allowLarge: opts.allowLarge }); // every file within the limits before any runs
          loaded.push({ ...one, text });
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          problems.push(...err.lines);
        }
      }
      if (problems.length > 0) throw new InputError(problems);
      const names = labels(files, loaded.map((l) => l.scenario));
      const outDir = opts.out === undefined ? defaultCompareDir(io.cwd, names) : resolve(io.cwd, opts.out);
      if (opts.out === undefined) checkOutputTarget({ path: outDir, shown: outDir, kind: 'folder' }); // known now; still before simulating
      const inside = files.find((f) => isWithin(realpathSync(resolve(io.cwd, f)), realTarget(outDir))); // e.g. DIR/scenario.yaml with --out DIR
      if (inside !== undefined) throw new InputError(`${opts.out ?? outDir}: output folder: expected a path apart from the input files, got a folder holding the input file '${inside}'`);
      const warnings = new Set(loaded.flatMap((l) => l.warnings));
      const summaries = loaded.map(({ scenario }) => {
        const { summary, result } = evaluate(scenario, { seed: opts.seed });
        for (const w of result.warnings) warnings.add(w);
        return summary;
      });
      const columns = compareColumns(files, summaries, names);
      const scenarios = summaries.map((s, i) => ({ file: files[i], scenario: s.scenario, weather: s.weather, seed: s.seed, simulatedHours: s.simulatedHours }));
      const json = `${JSON.stringify({ scenarios, columns }, null, 2)}\n`;
      const report = {
        table: compareRows(columns, opts.lang),
        columns,
        scenarios: scenarios.map((s, i) => ({ ...s, label: names[i], scenarioText: loaded[i].text, sources: dataSources(loaded[i].scenario) })),
      };
      const written = await writeCompare(outDir, { json, columns, report, html: opts.report, lang: opts.lang });
      for (const w of warnings) io.stderr(`warning: ${printable(w)}\n`);
      if (opts.json) {
        io.stdout(json);
        return;
      }
      const m = messages(opts.lang).studies.compare;
      const heads = summaries.map((s, i) => `${m.head(names[i], files[i], printable(s.weather), num(s.simulatedHours), String(s.seed))}\n`);
      io.stdout(`${heads.join('')}\n${compareTable(columns, opts.lang)}\n${m.wrote(outDir, written.join(', '))}\n`);
    });
}
