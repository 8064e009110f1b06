import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../reports/markdown.js';
import { answerOf } from '../../reports/answer.js';
import { kpiRows } from '../../reports/kpi.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';

const summary = fakeRun(365).summary;
const md = summaryMarkdown(summary);
const tableRows = (section: string) => {
  const start = md.indexOf(section) + section.length;
  const end = md.indexOf('\n## ', start);
  return md.slice(start, end < 0 ? undefined : end).split('\n').filter((l) => l.startsWith('| ')).slice(2).map((l) => l.replace(/ \|$/, ''));
};

describe('summary.md', () => {
  it('opens with the same answer as report.html', () => {
    const answer = answerOf(summary);
    expect(md.split('\n')[2]).toBe(`**${answer.headline}** ${answer.why}`);
  });

  it('has one KPI row per indicator with a column per design', () => {
    const rows = tableRows('## Key figures');
    expect(rows.length).toBeGreaterThanOrEqual(kpiRows(summary).length);
    expect(rows[0]).toMatch(/^\| PUE \(annual, energy-based\) \| [\d.]+ \(PUE2\) \| [\d.]+ \(PUE2\)$/);
  });

  it('lists energy by component that adds up to the facility total', () => {
    const rows = tableRows('## Energy by component');
    const mwh = (cell: string) => Number(cell.replace(/\*|,/g, '').split(' ')[0]);
    summary.designs.forEach((d, i) => {
      const parts = rows.slice(0, -1).map((r) => r.split(' | ')[i + 1]).filter((c) => c !== '–').map(mwh);
      const total = mwh(rows[rows.length - 1].split(' | ')[i + 1]);
      expect(total).toBeCloseTo(d.metrics.facilityEnergyKWh / 1000, 1);
      // each part is rounded to 0.1 MWh: the sum may be off by half a step per part
      expect(Math.abs(parts.reduce((a, b) => a + b, 0) - total)).toBeLessThanOrEqual(0.05 * parts.length + 1e-9);
    });
  });

  it('ranges monthly PUE over simulated months only (null months from summary.json are skipped)', () => {
    const short = JSON.parse(JSON.stringify(fakeRun(2).summary));
    expect(short.designs[0].metrics.monthlyPue[5]).toBeNull();
    const jan = short.designs[0].metrics.monthlyPue[0].toFixed(3);
    expect(summaryMarkdown(short)).toContain(`| Monthly PUE, lowest to highest | ${jan} to ${jan} |`);
  });

  it('escapes pipes in names so the tables keep their shape', () => {
    const s = structuredClone(summary);
    s.designs[0].id = 'air|chw';
    expect(summaryMarkdown(s)).toContain('| Indicator | air\\|chw | liquid-pod |');
  });
});
