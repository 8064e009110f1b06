/**
 * The "XPU pool: node groups" section (reports/poolSection.ts over poolRows.ts) on hand-made summaries: none for
 * a one-group workload; one per design with groups, a row per group with the summary's figures in output units
 * (fractions as %, seconds as h, kWh as MWh, kWh as Wh per 1,000 tokens), `—` where a figure is null and for the
 * waits of a group that started no job; the policy and effective compute lead it; zh-CN has the same digits.
 */
import { describe, expect, it } from 'vitest';
import { poolSections } from '../../reports/poolSection.js';
import { sectionMarkdown } from '../../reports/section.js';
import type { PoolGroupSummary } from '../../sim/types/summary.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';

const b200: PoolGroupSummary = {
  id: 'b200', accelerator: 'b200', nodes: 2, gpus: 16, started: 1234, completed: 1200, meanWaitS: 5400, p95WaitS: 36_000,
  allocation: 0.5, busyFraction: 0.4, gpuHours: 70_080, energyKWh: 123_456, energyPerGpuHourKWh: 1.7616,
  facilityEnergyPerGpuHourKWh: 2.1139, energyPerJobKWh: 102.88, energyPer1kTokensKWh: 0.0000512, workHours: 1234.5, energyPerWorkHourKWh: 1.6789,
};
const idle: PoolGroupSummary = {
  ...b200, id: 'l20', accelerator: null, started: 0, completed: 0, meanWaitS: 0, p95WaitS: 0, allocation: 0, busyFraction: 0,
  gpuHours: 0, energyKWh: 5000, energyPerGpuHourKWh: null, facilityEnergyPerGpuHourKWh: null, energyPerJobKWh: null, energyPer1kTokensKWh: null, workHours: 0, energyPerWorkHourKWh: null,
};

function summary(groups: PoolGroupSummary[] | undefined) {
  const s = fakeRun(2).summary;
  s.designs = s.designs.map((d) => ({ ...d, jobs: { ...d.jobs, policy: 'siloed' as const, effectiveCompute: 0.3779, groups } }));
  return s;
}

describe('the XPU pool section', () => {
  it('is absent for a one-group workload', () => {
    expect(poolSections(fakeRun(2).summary)).toEqual([]);
  });

  it('has one section per design, a row per group in output units, — where there is no figure', () => {
    const sections = poolSections(summary([b200, idle]));
    expect(sections.map((s) => s.id)).toEqual(summary([b200]).designs.map((d) => `pool-${d.id}`));
    const [row, idleRow] = sections[0].rows;
    expect(row.cells.map((c) => c.text)).toEqual(['b200', '2 / 16', '50.0 %', '40.0 %', '1,234', '1.5', '10.0', '123.5', '1.762', '2.114', '1.679', '102.9', '0.051']);
    expect(idleRow.cells.map((c) => c.text)).toEqual(['unnamed', '2 / 16', '0.0 %', '0.0 %', '0', '—', '—', '5.0', '—', '—', '—', '—', '—']);
    expect(row.cells[2].value).toBe(0.5);
    expect(sections[0].lead![0]).toBe('Policy siloed: each job runs only on the group of its own accelerator type; jobs naming none are split by capacity. ' +
      'Effective compute 37.8 %: the useful work delivered divided by the installed capacity, both in reference-accelerator hours for the jobs\' class mix.');
    expect(sections[0].charts).toEqual(['pool-groups']);
    expect(sections[1].charts).toBeUndefined();
  });

  it('writes the same digits in zh-CN, in Chinese words', () => {
    const en = poolSections(summary([b200, idle]))[0];
    const zh = poolSections(summary([b200, idle]), 'zh-CN')[0];
    expect(zh.rows.map((r) => r.cells.slice(1).map((c) => c.text))).toEqual(en.rows.map((r) => r.cells.slice(1).map((c) => c.text)));
    const md = sectionMarkdown(zh);
    expect(md).toContain('## XPU 资源池：节点组');
    expect(md).toContain('有效算力 37.8 %');
    expect(md).toContain('分池独占（siloed）');
  });
});
