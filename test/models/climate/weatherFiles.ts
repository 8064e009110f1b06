/** Shared by the climate tests: paths of the shipped weather files and a writer of edited EPW copies. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const WEATHER_DIR = join(root, 'scenarios/weather');
export const HANGZHOU_EPW = join(WEATHER_DIR, 'CHN_Zhejiang.Hangzhou.584570_CSWD.epw');
export const SHENZHEN_MOS = join(WEATHER_DIR, 'CHN_Guangdong.Shenzhen.594930_SWERA.mos');

/** The Hangzhou file's lines (LF), read once. */
export const hangzhouLines = (): string[] => readFileSync(HANGZHOU_EPW, 'utf8').split(/\r?\n/);

/** Sets 0-based field `column` of 1-based `line` to `value`. */
export function setField(lines: string[], line: number, column: number, value: string): void {
  const fields = lines[line - 1].split(',');
  fields[column] = value;
  lines[line - 1] = fields.join(',');
}

/** Writes `lines` as `name` in a fresh temporary folder and returns its path. */
export function writeTemp(name: string, lines: string[]): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dctwin-weather-')), name);
  writeFileSync(path, lines.join('\n'));
  return path;
}
