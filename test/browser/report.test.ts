/**
 * report.html in a real Chromium, opened from disk with every network request
 * blocked and recorded: no console or page errors, every chart upgraded to an
 * interactive view with marks, the KPI table equal to summary.json, and the
 * answer on the first screen. Screenshots go to test/browser/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { openOffline } from './offlinePage.js';
import { kpiCellsOf, summaryValue } from '../reports/kpiCells.js';
import { buildReportForBrowserTest, type BrowserTestReport } from './buildReport.js';
import { displayedValue } from './displayedValue.js';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };

let browser: Browser;
let page: Page;
let report: BrowserTestReport;
let problems: string[];
let networkRequests: string[];

beforeAll(async () => {
  report = await buildReportForBrowserTest();
  ({ browser, page, problems, networkRequests } = await openOffline(report.reportPath, VIEWPORT));
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, 'report-first-screen.png') });
  await page.screenshot({ path: join(SCREENSHOTS, 'report-full.png'), fullPage: true });
});

afterAll(async () => {
  await browser?.close();
  if (report) await rm(dirname(dirname(report.reportPath)), { recursive: true, force: true });
});

describe('report.html in Chromium', () => {
  it('loads with no console errors or warnings, no page errors and no network request', () => {
    expect(problems).toEqual([]);
    expect(networkRequests).toEqual([]);
  });

  it('shows every chart as an interactive SVG or canvas with marks', async () => {
    const charts = await page.$$eval('figure.chart', (figures) =>
      figures.map((f) => ({
        name: f.getAttribute('data-chart'),
        interactive: f.classList.contains('interactive'),
        marks: f.querySelectorAll('svg g.role-mark > *, canvas').length,
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(7);
    for (const chart of charts) {
      expect(chart.interactive, `${chart.name}`).toBe(true);
      expect(chart.marks, `${chart.name}`).toBeGreaterThan(0);
    }
  });

  it('shows KPI values equal to summary.json, in the cells and in their text', async () => {
    const cells = kpiCellsOf(await page.$eval('table.kpi', (t) => t.outerHTML));
    expect(cells.length).toBeGreaterThanOrEqual(8 * report.summary.designs.length);
    for (const cell of cells) {
      const expected = summaryValue(report.summary, cell.design, cell.key);
      expect(cell.value, `${cell.design} ${cell.key}`).toBe(expected);
      const shown = displayedValue(cell.key, cell.text);
      expect(Math.abs(shown.value - expected!), `${cell.design} ${cell.key}: "${cell.text}"`).toBeLessThanOrEqual(shown.halfStep * (1 + 1e-9));
    }
  });

  it('answers "which design" on the first screen: the cheapest by summary.json', async () => {
    const answer = page.locator('h1#answer');
    const box = (await answer.boundingBox())!;
    expect(box.y + box.height).toBeLessThan(VIEWPORT.height / 3);
    const cheapest = [...report.summary.designs].sort((a, b) => (a.tco?.total ?? a.metrics.pue) - (b.tco?.total ?? b.metrics.pue))[0];
    expect(await answer.getAttribute('data-winner')).toBe(cheapest.id);
    expect(await answer.innerText()).toContain(cheapest.id);
    const table = (await page.locator('table.kpi').first().boundingBox())!;
    expect(table.y).toBeLessThan(VIEWPORT.height);
  });
});
