/**
 * `dctwin sweep FILE --set path=v1,v2,... [--set ...] [--shard k/n]`: runs
 * the grid of cases (all, or one shard of it) and writes sweep.csv and
 * sweep.json into the output folder, all or nothing. `dctwin merge` joins
 * shard folders into exactly the unsharded result. The sweep code and the
 * writers (../sweepOutput.ts) are imported inside the action (start-up).
 */
import { Command } from 'commander';
import { resolve } from 'node:path';
import type { Io } from '../io.js';
import { collect, parseSeed } from '../options.js';
import { num } from '../table.js';
import { VERSION } from '../version.js';

export function sweepCommand(io: Io): Command {
  return new Command('sweep')
    .description('run a grid of cases (--set path=v1,v2,... per axis), one row per case in sweep.csv and sweep.json')
    .argument('<file>', 'scenario file (YAML or JSON)')
    .option('--set <path=v1,v2,...>', 'an axis of the grid, e.g. designs[0].racks.count=20,40 (repeatable; cases are the product in flag order)', collect, [])
    .option('--shard <k/n>', 'run only shard k of n (case i belongs to shard ((i-1) mod n)+1); join shards with dctwin merge')
    .option('-o, --out <dir>', 'output folder (default: out/<scenario>-sweep/ or out/<scenario>-sweep-shard-k-of-n/)')
    .option('--json', 'print sweep.json to stdout instead of the table')
    .option('--seed <n>', 'random seed for every case (overrides the scenario)', parseSeed)
    .action(async (file: string, opts: { set: string[]; shard?: string; out?: string; json?: boolean; seed?: number }) => {
      const [{ runSweep }, { parseShard }, { sweepJson }, { defaultSweepDir, sweepTable, writeSweep }] = await Promise.all([
        import('../../sweep/runSweep.js'),
        import('../../sweep/shard.js'),
        import('../../sweep/files.js'),
        import('../sweepOutput.js'),
      ]);
      const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
      const startMs = performance.now();
      const { table, warnings } = runSweep({
        file: resolve(io.cwd, file),
        shownAs: file,
        flags: opts.set,
        seed: opts.seed,
        shard,
        generator: `dctwin ${VERSION}`,
        // On a terminal, a one-line counter on stderr (stdout stays the result).
        onCase: io.isTTY ? (done, total) => io.stderr(`\rcase ${done} of ${total}${done === total ? '\r\x1b[K' : ''}`) : undefined,
      });
      const elapsedS = (performance.now() - startMs) / 1000;
      const outDir = opts.out === undefined ? defaultSweepDir(io.cwd, table.grid.scenario, shard) : resolve(io.cwd, opts.out);
      const files = await writeSweep(outDir, table);
      for (const w of warnings) io.stderr(`warning: ${w}\n`);
      if (opts.json) {
        io.stdout(sweepJson(table));
        return;
      }
      const n = table.rows.length;
      const of = shard ? `shard ${shard.index}/${shard.count}: ${n} of ${table.grid.cases} cases` : `${n} cases`;
      io.stdout(
        `${table.grid.scenario} sweep, ${of} in ${num(elapsedS, 1)} s (${num(n / Math.max(elapsedS, 1e-9), 2)} cases/s)\n\n` +
          `${sweepTable(table)}\nWrote ${outDir}/ (${files.join(', ')})\n`,
      );
    });
}
