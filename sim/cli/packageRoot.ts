/**
 * The folder of dctwin's package.json, found by walking up from this file, so
 * the bundled scenarios resolve the same from sources (tsx, vitest) and from
 * the build (dist/), whatever the working directory.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'scenarios'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the dctwin package root');
    dir = up;
  }
  cached = dir;
  return dir;
}

export const defaultScenarioPath = (): string => join(packageRoot(), 'scenarios', 'default.yaml');
