/**
 * Every trace shipped in scenarios/traces is named in SOURCES.md with its size and the SHA-256 of its
 * bytes (the files are byte-for-byte copies; a re-export or line-ending change would alter the hash), and the
 * gpuspec33 variant holds the gpu_spec counts SOURCES.md states (counted with Python's csv module when shipped).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const TRACES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../scenarios/traces');
const shipped = readdirSync(TRACES_DIR).filter((f) => f.endsWith('.csv')).sort();
const sources = readFileSync(join(TRACES_DIR, 'SOURCES.md'), 'utf8');

describe('shipped traces (unit test of the shipped data)', () => {
  it('ships the gpuspec33 variant of the Alibaba 2023 pod list', () => {
    expect(shipped).toContain('openb_pod_list_gpuspec33.csv');
  });

  it.each(shipped)('%s is listed in SOURCES.md with its size and the SHA-256 of its bytes', (file) => {
    const bytes = readFileSync(join(TRACES_DIR, file));
    const row = sources.split('\n').find((line) => line.startsWith(`| ${file} `));
    expect(row, `a SOURCES.md table row for ${file}`).toBeDefined();
    expect(row).toContain(createHash('sha256').update(bytes).digest('hex'));
    expect(row).toContain(`| ${bytes.length} |`);
  });

  it('openb_pod_list_gpuspec33.csv: 7064 GPU rows, gpu_spec counts as in SOURCES.md', () => {
    const [header, ...lines] = readFileSync(join(TRACES_DIR, 'openb_pod_list_gpuspec33.csv'), 'utf8').trim().split('\n');
    const columns = header.split(',');
    const gpus = columns.indexOf('num_gpu');
    const spec = columns.indexOf('gpu_spec');
    const counts = new Map<string, number>();
    for (const line of lines) {
      const cells = line.split(','); // no quoted cells in this file: gpu_spec alternatives are joined by '|'
      if (Number(cells[gpus]) > 0) counts.set(cells[spec], (counts.get(cells[spec]) ?? 0) + 1);
    }
    expect(lines.length).toBe(8152);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(7064);
    expect(Object.fromEntries([...counts].filter(([, n]) => n >= 86))).toEqual({
      '': 4676, T4: 1291, G2: 331, P100: 279, 'V100M16|V100M32': 141, 'P100|V100M16|V100M32': 103, G3: 86,
    });
  });
});
