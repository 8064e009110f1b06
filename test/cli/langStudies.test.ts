/**
 * `--lang zh-CN` on `dctwin sweep`, `merge`, `report SWEEPDIR` and `compare`, end to end: the Chinese
 * sweep merged from shards (and rebuilt by `dctwin report`) is the unsharded Chinese report.html byte for
 * byte; the data files (sweep.csv/.json/.parquet, compare.json/.csv/.parquet) are the English run's bytes;
 * report.html is `<html lang="zh-CN">` and the terminal tables are in Chinese. Fixtures: the light
 * scenarios of test/fixtures/sweep (Hangzhou and Oslo weather).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const LIGHT = resolve('test/fixtures/sweep/light.yaml');
const OSLO = resolve('test/fixtures/sweep/light-oslo.yaml');
const GRID = ['--set', 'workload.nodes.count=8,16'];
const cwd = mkdtempSync(join(tmpdir(), 'dctwin-lang-'));

async function dctwin(...args: string[]) {
  const io = fakeIo(cwd);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}
const bytes = (dir: string, name: string) => readFileSync(join(cwd, dir, name));
const outs = new Map<string, string>();
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

beforeAll(async () => {
  const runs: [string, string[]][] = [
    ['en', ['sweep', LIGHT, ...GRID, '--out', 'en']],
    ['zh', ['sweep', LIGHT, ...GRID, '--out', 'zh', '--lang', 'zh-CN']],
    ['s1', ['sweep', LIGHT, ...GRID, '--shard', '1/2', '--out', 's1', '--lang', 'zh-CN']],
    ['s2', ['sweep', LIGHT, ...GRID, '--shard', '2/2', '--out', 's2', '--lang', 'zh-CN']],
    ['merged', ['merge', 's2', 's1', '--out', 'merged', '--lang', 'zh-CN']],
    ['compare-en', ['compare', LIGHT, OSLO, '--out', 'compare-en']],
    ['compare-zh', ['compare', LIGHT, OSLO, '--out', 'compare-zh', '--lang', 'zh-CN']],
  ];
  for (const [name, args] of runs) {
    const r = await dctwin(...args);
    expect(r.code, `${name}: ${r.err}`).toBe(0);
    outs.set(name, r.out);
  }
}, 600_000);

describe('dctwin sweep and merge --lang zh-CN', () => {
  it('merged shards give the unsharded Chinese report.html and the English data files, byte for byte', () => {
    expect(bytes('merged', 'report.html').equals(bytes('zh', 'report.html'))).toBe(true);
    for (const name of ['sweep.csv', 'sweep.json', 'sweep.parquet']) {
      expect(bytes('zh', name).equals(bytes('en', name)), name).toBe(true);
      expect(bytes('merged', name).equals(bytes('en', name)), name).toBe(true);
    }
    expect(bytes('zh', 'report.html').toString()).toContain('<html lang="zh-CN">');
    expect(bytes('en', 'report.html').toString()).toContain('<html lang="en">');
  });

  it('prints Chinese tables', () => {
    expect(outs.get('zh')).toMatch(/^light 参数扫描，2 个算例/);
    expect(outs.get('merged')).toMatch(/^light 参数扫描：2 个分片，2 个算例/);
    expect(outs.get('zh')).toContain('已写入');
  });

  it('dctwin report rebuilds an English sweep folder in Chinese, as the Chinese sweep wrote it', async () => {
    cpSync(join(cwd, 'en'), join(cwd, 'rebuilt'), { recursive: true });
    const r = await dctwin('report', 'rebuilt', '--lang', 'zh-CN');
    expect(r.code, r.err).toBe(0);
    expect(bytes('rebuilt', 'report.html').equals(bytes('zh', 'report.html'))).toBe(true);
    expect(r.out).toContain('已根据 sweep.json');
  }, 120_000);
});

describe('dctwin compare --lang zh-CN', () => {
  it('writes the English data files byte for byte and a Chinese compare.md and report.html', () => {
    for (const name of ['compare.json', 'compare.csv', 'compare.parquet']) expect(bytes('compare-zh', name).equals(bytes('compare-en', name)), name).toBe(true);
    expect(bytes('compare-zh', 'report.html').toString()).toContain('<html lang="zh-CN">');
    expect(bytes('compare-zh', 'compare.md').toString()).toContain('# 场景对比：light, light-oslo');
    expect(outs.get('compare-zh')).toMatch(/\n电能利用效率 PUE（年度） +1\.\d{3}/);
    expect(outs.get('compare-en')).toMatch(/\nPUE \(annual\) +1\.\d{3}/);
  });
});
