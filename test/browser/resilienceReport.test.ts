/**
 * A report with resilience figures (test/fixtures/run/resilienceRun.ts: one design rides through the scripted
 * what-if, the other trips) in a real Chromium with every network request blocked: no console or page errors,
 * the "Failures, redundancy and ride-through" section with its table (cells holding the summary.json values) and
 * the scripted-episode chart upgraded to an interactive view with marks inside it.
 * Screenshot: test/browser/screenshots/report-resilience.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRunReport } from './offlinePage.js';
import { kpiCellsOf, summaryValue } from '../reports/kpiCells.js';
import { resilienceRun } from '../fixtures/run/resilienceRun.js';

const VIEWPORT = { width: 1100, height: 900 };

const run = resilienceRun(3);
let page: Page;
let problems: string[];
let networkRequests: string[];
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ page, problems, networkRequests, close } = await openRunReport(run, { name: 'resilience', viewport: VIEWPORT, section: '#resilience' }));
});

afterAll(async () => {
  await close?.();
});

describe('a report with resilience figures in Chromium', () => {
  it('loads with no console errors or warnings, no page errors and no network request', () => {
    expect(problems).toEqual([]);
    expect(networkRequests).toEqual([]);
  });

  it('shows the scripted-episode chart, interactive with marks, inside the resilience section', async () => {
    const charts = await page.$$eval('#resilience figure.chart', (figures) =>
      figures.map((f) => ({ name: f.getAttribute('data-chart'), interactive: f.classList.contains('interactive'), marks: f.querySelectorAll('svg g.role-mark > *').length })),
    );
    expect(charts.map((c) => c.name)).toEqual(['resilience-timeline']);
    expect(charts[0].interactive).toBe(true);
    expect(charts[0].marks).toBeGreaterThan(0);
  });

  it('shows the section table with the summary.json values', async () => {
    const cells = kpiCellsOf(await page.$eval('#resilience table.kpi', (t) => t.outerHTML));
    expect(cells.length).toBeGreaterThanOrEqual(15 * run.summary.designs.length - 4);
    for (const cell of cells) expect(cell.value, `${cell.design} ${cell.key}`).toBe(summaryValue(run.summary, cell.design, cell.key));
  });
});
