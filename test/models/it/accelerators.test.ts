/**
 * The accelerator catalogue's derived records (sim/models/it/accelerators.ts): known values with their
 * origin, properties every record must have, and the README table generated from the records.
 * Regenerate the README table after changing a record: PRINT_ACCELERATOR_TABLE=1 npx vitest run test/models/it/accelerators.test.ts
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ACCELERATOR_IDS, ACCELERATORS, BASEBOARD_HOST_PER_SLOT_W, DEFAULT_IDLE_SHARE, acceleratorById, type AcceleratorRecord,
} from '../../../sim/models/it/accelerators.js';
import { DGX_H100_GPUS, DGX_H100_PEAK_POWER_W } from '../../../sim/models/it/nodePower.js';

const byId = (id: string) => acceleratorById(id)!;
/** MLPerf Inference v4.1 Llama-2-70B Offline system tokens/s, read from the mlperf_log_summary.txt files. */
const MLPERF_SYSTEM_TOKENS_PER_S = { h100: 24524.9, h200: 31302.7, mi300x: 23514.8, b200: 11264.4 };

describe('known values', () => {
  it('h100-sxm is the default node: 8 GPUs, 2.0 kW idle (assumption), 10.2 kW peak (DGX H100 datasheet), wall input', () => {
    const h100 = byId('h100-sxm');
    expect(h100.boardPowerW).toBe(700); // NVIDIA H100 datasheet: SXM up to 700 W
    expect(h100.gpusPerNode).toBe(DGX_H100_GPUS);
    expect(h100.node).toEqual({ idlePowerW: 2000, peakPowerW: DGX_H100_PEAK_POWER_W, includes: 'wall-input' });
    expect(DGX_H100_PEAK_POWER_W).toBe(10_200);
    expect(h100.memoryBytes).toBe(80e9);
  });

  it('h100-sxm speeds are exactly 1 for every class (the reference)', () => {
    expect(byId('h100-sxm').speed).toEqual({ training: 1, inference: 1, batch: 1 });
  });

  it('MI300X board 750 W (MLPerf v4.1 AMD system "MI300X-NPS1-SPX-192GB-750W"), 192 GB', () => {
    expect(byId('mi300x').boardPowerW).toBe(750);
    expect(byId('mi300x').memoryBytes).toBe(192e9);
  });

  it('B200 node 14.3 kW (DGX B200 User Guide), board 1,000 W', () => {
    expect(byId('b200').node.peakPowerW).toBe(14_300);
    expect(byId('b200').boardPowerW).toBe(1000);
  });

  it('inference speeds are the MLPerf tokens/s per accelerator ratios (to 1e-9)', () => {
    const h100 = MLPERF_SYSTEM_TOKENS_PER_S.h100 / 8; // 3,065.6 tokens/s per H100
    expect(byId('h100-sxm').inferenceTokensPerSecond).toBeCloseTo(3065.6125, 9);
    expect(byId('h200-sxm').speed.inference).toBeCloseTo(MLPERF_SYSTEM_TOKENS_PER_S.h200 / 8 / h100, 9); // 1.276
    expect(byId('mi300x').speed.inference).toBeCloseTo(MLPERF_SYSTEM_TOKENS_PER_S.mi300x / 8 / h100, 9); // 0.959
    expect(byId('b200').speed.inference).toBeCloseTo(MLPERF_SYSTEM_TOKENS_PER_S.b200 / 1 / h100, 9); // 3.674 (preview, FP4)
    expect(byId('h200-sxm').speed.inference).toBeCloseTo(1.2764, 4);
    expect(byId('mi300x').speed.inference).toBeCloseTo(0.9588, 4);
  });

  it('training speeds are dense 16-bit TFLOPS ratios: MI300X 1307.4 / 989.5, B200 2250 / 989.5', () => {
    expect(byId('mi300x').speed.training).toBeCloseTo(1307.4 / 989.5, 12);
    expect(byId('b200').speed.training).toBeCloseTo(2250 / 989.5, 12);
    expect(byId('h200-sxm').speed.training).toBe(1);
  });

  it('derived nodes: baseboard host share (10,200 - 8 x 700) / 8 = 575 W; MI300X 8 x (750 + 575) = 10.6 kW; idle 2/10.2 of peak', () => {
    expect(BASEBOARD_HOST_PER_SLOT_W).toBe(575);
    expect(byId('mi300x').node.peakPowerW).toBe(10_600);
    expect(DEFAULT_IDLE_SHARE).toBeCloseTo(2000 / 10_200, 15);
    expect(byId('mi300x').node.idlePowerW).toBeCloseTo(10_600 * 2000 / 10_200, 9);
    expect(byId('l20').node.peakPowerW).toBe(8 * (275 + 250)); // PCIe card server: 250 W host per slot
  });

  it('the issue-15 records are all present; unknown ids are undefined', () => {
    for (const id of ['h100-sxm', 'h200-sxm', 'b200', 'mi300x', 'gaudi3', 'ascend-910b', 'mtt-s4000', 'l20']) expect(ACCELERATOR_IDS).toContain(id);
    expect(acceleratorById('h100')).toBeUndefined();
  });
});

describe('every record', () => {
  const NUMERIC_SOURCES = ['boardPowerW', 'memoryBytes', 'nodePeak', 'nodeIdle', 'speed.training', 'speed.inference', 'speed.batch'];
  it.each(ACCELERATORS.map((a) => [a.id, a] as const))('%s: idle < peak, speeds > 0, finite, positive sizes', (_, a) => {
    expect(a.node.idlePowerW).toBeGreaterThan(0);
    expect(a.node.idlePowerW).toBeLessThan(a.node.peakPowerW);
    expect(a.node.peakPowerW).toBeGreaterThan(a.gpusPerNode * a.boardPowerW); // the boards fit in the node
    for (const s of Object.values(a.speed)) expect(Number.isFinite(s) && s > 0).toBe(true);
    expect(Number.isInteger(a.gpusPerNode) && a.gpusPerNode > 0).toBe(true);
    expect(a.memoryBytes).toBeGreaterThan(1e9);
  });

  it.each(ACCELERATORS.map((a) => [a.id, a] as const))('%s: every numeric field has a source with a value and a provenance', (_, a) => {
    const keys = [...NUMERIC_SOURCES, ...(a.inferenceTokensPerSecond === undefined ? [] : ['inferenceTokensPerSecond'])];
    expect(Object.keys(a.sources).sort()).toEqual(keys.sort());
    for (const f of Object.values(a.sources)) {
      expect(f.value.length).toBeGreaterThan(0);
      expect(f.source.length).toBeGreaterThan(10);
      expect(['cited', 'assumption']).toContain(f.provenance);
    }
  });

  it('ids are unique and kebab-case, and acceleratorById finds each', () => {
    expect(new Set(ACCELERATOR_IDS).size).toBe(ACCELERATOR_IDS.length);
    for (const id of ACCELERATOR_IDS) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(acceleratorById(id)!.id).toBe(id);
    }
  });

  it('idle is an assumption for every record (no published idle figure was found)', () => {
    for (const a of ACCELERATORS) expect(a.sources.nodeIdle.provenance).toBe('assumption');
  });
});

/** One README table row per record (README.md, "Accelerator catalogue"). */
function acceleratorTableRow(a: AcceleratorRecord): string {
  const kW = (w: number) => `${+(w / 1000).toFixed(2)}`;
  const s = (x: number) => `${+x.toFixed(3)}`;
  const short: Record<string, string> = { boardPowerW: 'board', memoryBytes: 'memory', nodePeak: 'node peak', 'speed.inference': 'inference speed' };
  const cited = Object.entries(a.sources).filter(([k, f]) => f.provenance === 'cited' && k in short).map(([k]) => short[k]);
  const provenance = cited.length ? `cited: ${cited.join(', ')}; rest assumption` : 'all assumption';
  return `| \`${a.id}\` | ${a.vendor} ${a.name} | ${a.boardPowerW} | ${a.memoryBytes / 1e9} GB | ${kW(a.node.idlePowerW)} / ${kW(a.node.peakPowerW)} kW (${a.node.includes}) | ` +
    `${s(a.speed.training)} / ${s(a.speed.inference)} / ${s(a.speed.batch)} | ${provenance} |`;
}

describe('README', () => {
  const table = ['| id | vendor / name | board W | memory | node idle / peak | speed train / infer / batch | provenance |',
    '|---|---|---|---|---|---|---|', ...ACCELERATORS.map(acceleratorTableRow)].join('\n');
  it('the "Accelerator catalogue" table matches the records', () => {
    if (process.env.PRINT_ACCELERATOR_TABLE) console.log(table);
    expect(readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')).toContain(table);
  });
});
