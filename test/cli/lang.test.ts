/**
 * `--lang`: `dctwin report OUTDIR --lang zh-CN` rebuilds a folder's report in Simplified Chinese (and back in
 * English), the data files untouched; a language dctwin does not have is a bad flag (exit 2, what was expected).
 * The terminal tables in Chinese hold the same numbers as the English ones.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import { writeRunOutputs } from '../../reports/write.js';
import { runTable } from '../../sim/cli/runTable.js';
import { decisionTable } from '../../sim/cli/decisionTable.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import { fakeIo } from './fakeIo.js';

const root = await mkdtemp(join(tmpdir(), 'dctwin-lang-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const numbers = (text: string) => [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)].map((m) => m[0]);

describe('--lang', () => {
  it('dctwin report OUTDIR --lang zh-CN rebuilds the report in Chinese, the data byte for byte', async () => {
    await writeRunOutputs(join(root, 'run'), fakeRun(5), { html: false });
    const summaryBefore = await readFile(join(root, 'run', 'summary.json'), 'utf8');
    const io = fakeIo(root);
    expect(await main(['report', 'run', '--lang', 'zh-CN'], io)).toBe(0);
    expect(io.err()).toBe('');
    expect(io.out()).toMatch(/^已重建 report\.html、summary\.md 和图表规格：run 中共 \d+ 个文件\n$/);
    const html = await readFile(join(root, 'run', 'report.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('各设计方案关键指标');
    expect(await readFile(join(root, 'run', 'summary.md'), 'utf8')).toContain('## 关键指标');
    expect(await readFile(join(root, 'run', 'summary.json'), 'utf8')).toBe(summaryBefore);
    const back = fakeIo(root);
    expect(await main(['report', 'run', '--lang', 'en'], back)).toBe(0);
    expect(await readFile(join(root, 'run', 'report.html'), 'utf8')).toContain('<html lang="en">');
  }, 120_000);

  it('refuses a language it does not have: exit 2, naming what it takes', async () => {
    for (const argv of [['report', 'run', '--lang', 'fr'], ['run', '--lang', 'zh_CN', '--no-report']]) {
      const io = fakeIo(root);
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).toBe(`error: --lang: expected one of en, zh-CN, got '${argv[3 - (argv[0] === 'run' ? 1 : 0)]}'\n`);
    }
  });

  it('prints the terminal tables in Chinese with the same numbers', () => {
    const { summary } = fakeRun(30);
    for (const table of [runTable, decisionTable]) {
      const english = table(summary);
      const chinese = table(summary, 'zh-CN');
      expect(chinese).toMatch(/\p{Script=Han}/u);
      expect(numbers(chinese).filter((n) => numbers(english).includes(n)).length).toBe(numbers(chinese).length);
      expect([...numbers(english)].sort()).toEqual([...numbers(chinese)].sort());
    }
    expect(runTable(summary, 'zh-CN')).toContain('电能利用效率 PUE（年度）');
  });
});
