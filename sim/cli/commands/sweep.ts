/**
 * `dctwin sweep FILE --set path=v1,v2,... [--set ...] [--shard k/n] [--lang en|zh-CN]`: runs
 * the grid of cases (all, or one shard of it) and writes sweep.csv and
 * sweep.json into the output folder, all or nothing. `dctwin merge` joins
 * shard folders into exactly the unsharded result. The sweep code and the
 * writers (../sweepOutput.ts) are imported inside the action (start-up).
 */
import { Command } from 'commander';
import { helpExamples } from '../helpExamples.js';
import { resolve } from 'node:path';
import { printable } from '../../printable.js';
import type { Io } from '../io.js';
import { collect, parseLang, parseSeed } from '../options.js';
import { messages, type Lang } from '../../../reports/i18n/lang.js';
import { num } from '../table.js';
import { VERSION } from '../version.js';
import { checkOutputTarget } from '../../../reports/outputTarget.js';

export function sweepCommand(io: Io): Command {
  return new Command('sweep')
    .description('run a grid of cases (--set path=v1,v2,... per axis): a tidy row per case and design in sweep.csv and sweep.json, charts in report.html')
    .addHelpText('after', helpExamples(['dctwin sweep scenarios/default.yaml --set workload.nodes.count=80,160', 'dctwin sweep scenarios/default.yaml --set workload.nodes.count=80,160 --shard 1/2 --out out/shard-1']))
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('--set <path=v1,v2,...>', 'an axis of the grid, e.g. workload.nodes.count=80,160 (repeatable; cases are the product in flag order)', collect, [])
    .option('--shard <k/n>', 'run only shard k of n (case i belongs to shard ((i-1) mod n)+1); join shards with dctwin merge')
    .option('-o, --out <dir>', 'output folder (default: out/<scenario>-sweep/ or out/<scenario>-sweep-shard-k-of-n/)')
    .option('--json', 'print sweep.json to stdout instead of the table')
    .option('--seed <n>', 'random seed for every case (overrides the scenario)', parseSeed)
    .option('--allow-large', 'run past the work limits (nodes, jobs, control steps x designs x cases) that catch typos')
    .option('--lang <lang>', 'language of report.html and the table: en (default) or zh-CN (Simplified Chinese)', parseLang)
    .action(async (file: string, opts: { set: string[]; shard?: string; out?: string; json?: boolean; seed?: number; allowLarge?: boolean; lang?: Lang }) => {
      if (opts.out !== undefined) checkOutputTarget({ path: resolve(io.cwd, opts.out), shown: opts.out, kind: 'folder' }); // before any case
      const [{ runSweep }, { parseShard }, { sweepJson }, { caseCountOf, defaultSweepDir, sweepTextTable, writeSweep }] = await Promise.all([
        import('../../studies/sweep/runSweep.js'),
        import('../../studies/sweep/shard.js'),
        import('../../studies/sweep/files.js'),
        import('../sweepOutput.js'),
      ]);
      const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
      const defaultDir = (scenario: string) => defaultSweepDir(io.cwd, scenario, shard);
      const startMs = performance.now();
      const { table, warnings } = runSweep({
        file: resolve(io.cwd, file),
        shownAs: file,
        flags: opts.set,
        seed: opts.seed,
        allowLarge: opts.allowLarge,
        shard,
        generator: `dctwin ${VERSION}`,
        // On a terminal, a one-line counter on stderr (stdout stays the result).
        onCase: io.isTTY ? (done, total) => io.stderr(`\rcase ${done} of ${total}${done === total ? '\r\x1b[K' : ''}`) : undefined,
        // The default folder is known once the scenario is read: checked before the first case.
        onGrid: opts.out !== undefined ? undefined : (grid) => checkOutputTarget({ path: defaultDir(grid.scenario), shown: defaultDir(grid.scenario), kind: 'folder' }),
      });
      const elapsedS = (performance.now() - startMs) / 1000;
      const outDir = opts.out === undefined ? defaultDir(table.grid.scenario) : resolve(io.cwd, opts.out);
      const files = await writeSweep(outDir, table, opts.lang);
      for (const w of warnings) io.stderr(`warning: ${printable(w)}\n`);
      if (opts.json) {
        io.stdout(sweepJson(table));
        return;
      }
      const n = caseCountOf(table);
      const m = messages(opts.lang).studies.sweep.terminal;
      const of = shard ? m.shardOf(String(shard.index), String(shard.count), String(n), String(table.grid.cases)) : m.cases(String(n));
      io.stdout(
        `${m.headline(table.grid.scenario, of, num(elapsedS, 1), num(n / Math.max(elapsedS, 1e-9), 2))}\n\n` +
          `${sweepTextTable(table, opts.lang)}\n${m.wrote(outDir, files.join(', '))}\n`,
      );
    });
}
