/**
 * Bundles the CLI with esbuild after `tsc` has built dist/, so `dctwin --version`
 * and `dctwin validate` start within a quarter of a second:
 *
 *   dist/sim/cli/bin.js        entry: commander, the command definitions, main (static imports only)
 *   dist/sim/cli/chunks/*.js   chunks each command's action imports on use (esbuild code splitting)
 *   dist/sim/cli/chunks/worker.js   the Monte Carlo worker (samplePool.ts finds `./worker.js` beside its chunk)
 *   dist/sim/cli/chunks/sitesWorker.js   the several-site worker (siteRuns.ts)
 *
 * Why: unbundled, Node reads ~1,500 files at start-up (zod, yaml and mathjs's 1,262 ESM files); mathjs's
 * main entry alone takes 0.6-1 s to import. Bundled, the ESM `import { unit } from 'mathjs'` is tree-shaken
 * to the unit parser's dependencies. Measured on this repo (2 cores, load average ~2): validate 1.0 s
 * unbundled -> 0.25 s bundled; a file-URL import of mathjs's unit dependencies without bundling: 0.6-0.8 s.
 *
 * External (loaded from node_modules at run time): piscina (spawns its own worker file), @resvg/resvg-js
 * (native addon), vega/vega-lite/vega-embed (only the report path, read as files by reports/bundles.ts).
 * CommonJS dependencies bundled into ESM need a real `require` for Node built-ins: the banner makes one.
 *
 * Run: `node dist/sim/cli/bundle.js` (the `build`, `prepare` and `bench` scripts do, after tsc).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { linkLocalBin } from './localBin.js';
import { packageRoot } from './packageRoot.js';

const EXTERNAL = ['piscina', '@resvg/resvg-js', 'vega', 'vega-lite', 'vega-embed', 'playwright-core'];
const REQUIRE_BANNER = "import { createRequire as __dctwinCreateRequire } from 'node:module'; const require = __dctwinCreateRequire(import.meta.url);";
/**
 * zod's `z.locales` namespace (error messages in ~40 languages, 357 KB of the 734 KB zod adds) is
 * unused: zod's English messages come from locales/en.js, imported directly by its schemas. An empty
 * module in its place keeps it out of the bundle (less to parse at every start).
 */
const withoutZodLocales: Plugin = {
  name: 'without-zod-locales',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'empty' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/** Folder of the chunks, relative to dist/sim/cli/. */
export const CHUNK_DIR = 'chunks';

/** Builds the bundle of the CLI from `<root>/sim` into `outdir` (default `<root>/dist/sim/cli/`); returns the files written. */
export async function bundleCli(root: string = packageRoot(), outdir: string = join(root, 'dist', 'sim', 'cli')): Promise<string[]> {
  rmSync(join(outdir, CHUNK_DIR), { recursive: true, force: true });
  const common: BuildOptions = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    mainFields: ['module', 'main'],
    external: EXTERNAL,
    banner: { js: REQUIRE_BANNER },
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [withoutZodLocales],
  };
  const cli = await build({
    ...common,
    entryPoints: ['sim/cli/bin.ts'],
    splitting: true,
    outdir,
    entryNames: '[name]',
    chunkNames: `${CHUNK_DIR}/[name]-[hash]`,
  });
  const worker = await build({ ...common, entryPoints: ['sim/studies/montecarlo/worker.ts'], outfile: join(outdir, CHUNK_DIR, 'worker.js') });
  // siteRuns.ts finds `./sitesWorker.js` beside its chunk, as samplePool.ts finds `./worker.js`.
  const sites = await build({ ...common, entryPoints: ['sim/studies/sites/sitesWorker.ts'], outfile: join(outdir, CHUNK_DIR, 'sitesWorker.js') });
  return [worker, sites].reduce((files, b) => [...files, ...Object.keys(b.metafile?.outputs ?? {})], Object.keys(cli.metafile?.outputs ?? {})).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await bundleCli();
  process.stderr.write(`bundled the CLI: ${files.length} files (dist/sim/cli/bin.js, ${CHUNK_DIR}/)\n`);
  if (linkLocalBin(packageRoot()) === 'foreign') process.stderr.write('node_modules/.bin/dctwin is not our link: left as it is\n');
}
