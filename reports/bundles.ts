/**
 * The browser bundles of vega, vega-lite and vega-embed, read from
 * node_modules when a report is written and inlined into report.html so the
 * page needs no network. Their package `exports` hide `build/*.min.js`, so each
 * is found beside the package's resolved entry file (which lives in `build/`).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BUNDLES = [
  { pkg: 'vega', file: 'vega.min.js' },
  { pkg: 'vega-lite', file: 'vega-lite.min.js' },
  { pkg: 'vega-embed', file: 'vega-embed.min.js' },
];

let cached: Promise<string[]> | undefined;

/** The three minified bundles, in load order (vega, vega-lite, vega-embed); read once per process. */
export function vegaBundles(): Promise<string[]> {
  const require = createRequire(import.meta.url);
  cached ??= Promise.all(BUNDLES.map(({ pkg, file }) => readFile(join(dirname(require.resolve(pkg)), file), 'utf8')));
  return cached;
}

/** JavaScript made safe to sit inside a `<script>` element: no early `</script>` (`<\/` means `</` in strings and regexes). */
export const scriptSafe = (code: string): string => code.replace(/<\/(script)/gi, '<\\/$1');
