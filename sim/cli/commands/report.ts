/**
 * `dctwin report OUTDIR [--png] [--lang en|zh-CN]`: rebuilds report.html, summary.md and the
 * chart specs of an earlier run from its summary.json and hourly.parquet (or
 * hourly.csv when there is no Parquet file), without simulating again, in the
 * language asked for (a report can be rebuilt in another); or, for a sweep folder
 * (sweep.json, no summary.json), its report.html and sweep.csv. Input files stay
 * byte for byte; the folder is rewritten all-or-nothing.
 */
import { Command } from 'commander';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Io } from '../io.js';
import { checkOutputTarget } from '../../../reports/outputTarget.js';
import type { Lang } from '../../../reports/i18n/lang.js';
import { parseLang } from '../options.js';

/** `a`, `a and b`, `a, b and c`: the files a rebuild wrote, as a sentence. */

export function reportCommand(io: Io): Command {
  return new Command('report')
    .description('rebuild report.html, summary.md and the chart specs of an output folder without re-simulating')
    .argument('<outdir>', 'output folder of an earlier run (with summary.json, and hourly.parquet or hourly.csv) or sweep (with sweep.json)')
    .option('--png', 'also write a PNG per chart (needs @resvg/resvg-js)', false)
    .option('--lang <lang>', 'language of report.html, summary.md and the charts: en (default) or zh-CN (Simplified Chinese)', parseLang)
    .action(async (outDirArg: string, options: { png: boolean; lang?: Lang }) => {
      const outDir = resolve(io.cwd, outDirArg);
      checkOutputTarget({ path: outDir, shown: outDirArg, kind: 'folder' }); // rewritten in place: only a folder dctwin wrote
      if (!existsSync(join(outDir, 'summary.json')) && existsSync(join(outDir, 'sweep.json'))) {
        const { rebuildSweepReport } = await import('../sweepOutput.js');
        const written = await rebuildSweepReport(outDir, outDirArg, options.lang);
        const { messages } = await import('../../../reports/i18n/lang.js');
        io.stdout(`${messages(options.lang).studies.sweep.terminal.rebuilt(written.filter((f) => f !== 'sweep.json'), outDirArg)}\n`);
        return;
      }
      const { rebuildReport } = await import('../../../reports/read.js'); // loaded on use: start-up stays fast
      const { messages } = await import('../../../reports/i18n/lang.js');
      const files = await rebuildReport(outDir, { html: true, png: options.png, lang: options.lang });
      io.stdout(`${messages(options.lang).terminal.run.rebuilt(String(files.length), outDirArg)}\n`);
    });
}
