/**
 * The XPU pool's per-group results in every output a planner reads, end to end through main(argv, io) on a
 * small two-group fixture (test/fixtures/pool/two-groups.yaml): each group's figures of summary.json appear in
 * the terminal table, in summary.md's and report.html's "XPU pool: node groups" section (report.html cells carry
 * the raw summary.json value), with the policy and the effective compute; --lang zh-CN prints the same numbers;
 * a sweep over the policy adds the pool columns to sweep.csv; a one-group run prints no pool table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import type { PoolGroupSummary, Summary } from '../../sim/types/summary.js';
import { fakeIo } from './fakeIo.js';

const FIXTURE = 'test/fixtures/pool/two-groups.yaml';
let tmp = '';
const runs: Record<string, { code: number; stdout: string; dir: string }> = {};

async function run(name: string, ...args: string[]) {
  const io = fakeIo();
  const dir = join(tmp, name);
  const code = await main([...args, '--out', dir], io);
  runs[name] = { code, stdout: io.out(), dir };
}
const file = (name: string, f: string) => readFileSync(join(runs[name].dir, f), 'utf8');

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dctwin-pool-test-'));
  await run('en', 'run', FIXTURE, '--set', 'workload.policy=siloed');
  await run('zh', 'run', FIXTURE, '--set', 'workload.policy=siloed', '--lang', 'zh-CN');
  await run('one', 'run', 'test/fixtures/sweep/light.yaml', '--no-report');
  await run('sweep', 'sweep', FIXTURE, '--set', 'workload.policy=siloed,pooled');
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The texts a group's row shows, in column order, from its summary.json record (units as the README lists them). */
function expectedCells(g: PoolGroupSummary): string[] {
  const n = (v: number, d: number) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  const or = (v: number | null, f: (x: number) => string) => (v === null ? '—' : f(v));
  return [
    `${g.nodes} / ${g.gpus}`, `${n(g.allocation * 100, 1)} %`, `${n(g.busyFraction * 100, 1)} %`, n(g.started, 0),
    ...(g.started > 0 ? [n(g.meanWaitS / 3600, 1), n(g.p95WaitS / 3600, 1)] : ['—', '—']), n(g.energyKWh / 1000, 1),
    or(g.energyPerGpuHourKWh, (v) => n(v, 3)), or(g.facilityEnergyPerGpuHourKWh, (v) => n(v, 3)), or(g.energyPerWorkHourKWh, (v) => n(v, 3)),
    or(g.energyPerJobKWh, (v) => n(v, 1)), or(g.energyPer1kTokensKWh, (v) => n(v * 1000, 3)),
  ];
}

describe('a run of a two-group XPU pool', () => {
  const summary = (): Summary => JSON.parse(file('en', 'summary.json')) as Summary;
  const groups = () => summary().designs[0].jobs.groups!;

  it('has two groups with work on both, and the policy asked for', () => {
    expect(runs.en.code).toBe(0);
    expect(groups().map((g) => g.id)).toEqual(['b200', 'l20']);
    for (const g of groups()) expect(g.started).toBeGreaterThan(0);
    expect(summary().designs[0].jobs.policy).toBe('siloed');
  });

  it('prints a row per group in the terminal, then effective compute and policy', () => {
    const lines = runs.en.stdout.split('\n');
    expect(lines).toContain('XPU pool, liquid-pod: node groups');
    for (const g of groups()) {
      const row = lines.find((l) => l.startsWith(`${g.id} `))!;
      expect(row.trim().split(/\s{2,}/)).toEqual([g.id, g.accelerator, ...expectedCells(g)]);
    }
    const e = summary().designs[0].jobs.effectiveCompute!;
    expect(runs.en.stdout).toContain(`effective compute ${(e * 100).toFixed(1)} % (policy siloed)`);
  });

  it('writes the same row per group in summary.md, with both definitions', () => {
    const md = file('en', 'summary.md');
    expect(md).toContain('## XPU pool: node groups (liquid-pod)');
    for (const g of groups()) expect(md).toContain(`| ${[g.id, g.accelerator, ...expectedCells(g)].join(' | ')} |`);
    expect(md).toMatch(/Policy siloed: each job runs only on the group of its own accelerator type/);
    expect(md).toMatch(/useful work delivered divided by the installed capacity, both in reference-accelerator hours/);
    expect(md).toMatch(/IT energy of the group's nodes .* divided by the GPU-hours allocated to jobs/);
  });

  it('shows the section in report.html, cells carrying the raw summary.json values, and the pool chart', () => {
    const html = file('en', 'report.html');
    expect(html).toContain('<section id="pool-liquid-pod">');
    expect(html).toContain('id="chart-pool-groups"');
    for (const g of groups()) {
      for (const v of [g.allocation, g.busyFraction, g.started, g.meanWaitS, g.energyKWh, g.energyPerGpuHourKWh!, g.facilityEnergyPerGpuHourKWh!]) {
        expect(html).toContain(`data-design="liquid-pod" data-key="jobs.groups.${g.id}" data-value="${String(v)}"`);
      }
      for (const text of expectedCells(g)) expect(html).toContain(`>${text}</td>`);
    }
    expect(JSON.parse(file('en', 'pool-groups.vl.json')).data.values).toHaveLength(2);
  });

  it('prints the same numbers in zh-CN (terminal, summary.md), in Chinese words', () => {
    expect(runs.zh.code).toBe(0);
    const md = file('zh', 'summary.md');
    expect(md).toContain('XPU 资源池：节点组');
    expect(md).toContain('有效算力');
    for (const g of groups()) {
      expect(md).toContain(`| ${[g.id, g.accelerator, ...expectedCells(g)].join(' | ')} |`);
      const row = runs.zh.stdout.split('\n').find((l) => l.startsWith(`${g.id} `))!;
      expect(row.trim().split(/\s{2,}/)).toEqual([g.id, g.accelerator, ...expectedCells(g)]);
    }
    expect(runs.zh.stdout).toContain(`有效算力 ${(summary().designs[0].jobs.effectiveCompute! * 100).toFixed(1)} %`);
    expect(file('zh', 'summary.json')).toBe(file('en', 'summary.json'));
  });

  it('prints no pool table for a one-group workload', () => {
    expect(runs.one.code).toBe(0);
    expect(runs.one.stdout).not.toContain('XPU pool');
    expect(runs.one.stdout).not.toContain('effective compute');
  });

  it('adds effective compute and waits to a sweep over the policy', () => {
    expect(runs.sweep.code).toBe(0);
    const [head, ...rows] = file('sweep', 'sweep.csv').trim().split('\n').map((l) => l.split(','));
    expect(head.slice(-3)).toEqual(['effectiveCompute_fraction', 'meanWait_h', 'p95Wait_h']);
    const e = head.indexOf('effectiveCompute_fraction');
    expect(rows.map((r) => r[head.indexOf('workload.policy')])).toEqual(['siloed', 'pooled']);
    // Case 1 is the siloed run above: the same effective compute (sweep.csv keeps 7 significant digits).
    expect(Number(rows[0][e])).toBeCloseTo(summary().designs[0].jobs.effectiveCompute!, 6);
    expect(file('sweep', 'report.html')).toContain('effectiveCompute_fraction');
    expect(runs.sweep.stdout).toContain('Eff. compute');
  });
});
