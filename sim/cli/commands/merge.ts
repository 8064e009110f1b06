/**
 * `dctwin merge DIR... [--out DIR]`: joins the shard folders of one sweep
 * (each holding sweep.json) into the complete sweep.csv and sweep.json, byte
 * for byte what the unsharded sweep writes. Missing or repeated shards, or
 * shards of different grids, are input errors listing every problem.
 * The sweep code is imported inside the action (start-up).
 */
import { Command } from 'commander';
import { statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../../errors.js';
import { printable } from '../../printable.js';
import type { Io } from '../io.js';
import type { ShardInput } from '../../studies/sweep/merge.js';
import { checkApart, checkOutputTarget } from '../../../reports/outputTarget.js';
import { messages, type Lang } from '../../../reports/i18n/lang.js';
import { parseLang } from '../options.js';

/** The folder of a shard given as a folder or as its sweep.json, and how to show it. */
const shardFolder = (path: string, given: string) => (statSync(path).isDirectory() ? { path, shown: given } : { path: dirname(path), shown: dirname(given) });

type SweepFiles = typeof import('../../studies/sweep/files.js');

/** Reads DIR/sweep.json (or the file itself when given one). */
async function readShard({ SWEEP_FILES, readSweepJson }: SweepFiles, cwd: string, given: string): Promise<ShardInput> {
  const path = resolve(cwd, given);
  let isDir = false;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch {
    throw new InputError(`${given}: expected a shard folder written by dctwin sweep --shard, got no such file or folder`);
  }
  const file = isDir ? join(path, SWEEP_FILES.json) : path;
  const shown = isDir ? join(given, SWEEP_FILES.json) : given;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError(`${shown}: expected the ${SWEEP_FILES.json} of a dctwin sweep shard, got no such file`);
  }
  return { shown, table: readSweepJson(text, shown) };
}

export function mergeCommand(io: Io): Command {
  return new Command('merge')
    .description('join the shard folders of one sweep (dctwin sweep --shard k/n) into the complete sweep.csv and sweep.json')
    .argument('<dirs...>', 'shard output folders (or their sweep.json files), in any order')
    .option('-o, --out <dir>', 'output folder (default: out/<scenario>-sweep/)')
    .option('--json', 'print the merged sweep.json to stdout instead of the table')
    .option('--lang <lang>', 'language of report.html and the table: en (default) or zh-CN (Simplified Chinese)', parseLang)
    .action(async (dirs: string[], opts: { out?: string; json?: boolean; lang?: Lang }) => {
      if (opts.out !== undefined) checkOutputTarget({ path: resolve(io.cwd, opts.out), shown: opts.out, kind: 'folder' }); // before reading
      const [files, { mergeShards }, { caseCountOf, defaultSweepDir, sweepTextTable, writeSweep }] = await Promise.all([
        import('../../studies/sweep/files.js'),
        import('../../studies/sweep/merge.js'),
        import('../sweepOutput.js'),
      ]);
      const inputs: ShardInput[] = [];
      const problems: string[] = [];
      for (const dir of dirs) {
        try {
          inputs.push(await readShard(files, io.cwd, dir));
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
          problems.push(...err.lines);
        }
      }
      if (problems.length > 0) throw new InputError(problems);
      const table = mergeShards(inputs);
      const outDir = opts.out === undefined ? defaultSweepDir(io.cwd, table.grid.scenario) : resolve(io.cwd, opts.out);
      // Never onto, into or around a shard folder: that would replace or change an input.
      const target = { path: outDir, shown: opts.out ?? outDir, kind: 'folder' } as const;
      checkOutputTarget(target);
      checkApart(target, dirs.map((d) => shardFolder(resolve(io.cwd, d), d)));
      const written = await writeSweep(outDir, table, opts.lang);
      if (opts.json) io.stdout(files.sweepJson(table));
      else {
        const m = messages(opts.lang).studies.sweep.terminal;
        io.stdout(`${m.merged(printable(table.grid.scenario), String(inputs.length), String(caseCountOf(table)))}\n\n${sweepTextTable(table, opts.lang)}\n${m.wrote(outDir, written.join(', '))}\n`);
      }
    });
}
