/**
 * A report of several sites (test/fixtures/sites: real runs at Hohhot, Guiyang, Shanghai, Qingyang excluded)
 * in a real Chromium with every network request blocked: no console or page errors, the three site charts
 * upgraded to interactive views inside "Where should this load go?", the map with its land and one point
 * per site (its TopoJSON parsed in the browser too), and the wide ranking table scrolling inside its box
 * instead of widening the page. Screenshot: test/browser/screenshots/report-sites.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { openOffline } from './offlinePage.js';
import { runOutputFiles } from '../../reports/write.js';
import { SIMULATED_SITES, sitesRun } from '../fixtures/sites/sitesSummary.js';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const VIEWPORT = { width: 1000, height: 900 };

let browser: Browser;
let page: Page;
let dir: string;
let problems: string[];
let networkRequests: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dctwin-browser-sites-'));
  const files = await runOutputFiles(sitesRun(3), { html: true });
  await writeFile(join(dir, 'report.html'), files.get('report.html')!);
  ({ browser, page, problems, networkRequests } = await openOffline(join(dir, 'report.html'), VIEWPORT));
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.locator('#sites').screenshot({ path: join(SCREENSHOTS, 'report-sites.png') });
});

afterAll(async () => {
  await browser?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('a report of several sites in Chromium', () => {
  it('loads with no console errors or warnings, no page errors and no network request', () => {
    expect(problems).toEqual([]);
    expect(networkRequests).toEqual([]);
  });

  it('shows the three site charts, interactive, inside the site section', async () => {
    const charts = await page.$$eval('#sites figure.chart', (figures) =>
      figures.map((f) => ({ name: f.getAttribute('data-chart'), interactive: f.classList.contains('interactive'), marks: f.querySelectorAll('svg g.role-mark > *').length })),
    );
    expect(charts.map((c) => c.name)).toEqual(['site-ranking', 'site-pue-wue', 'site-map']);
    for (const chart of charts) {
      expect(chart.interactive, `${chart.name}`).toBe(true);
      expect(chart.marks, `${chart.name}`).toBeGreaterThan(0);
    }
  });

  it('draws the land and one point per site on the map', async () => {
    const map = await page.$eval('#chart-site-map', (f) => ({
      land: [...f.querySelectorAll('g.mark-shape.role-mark path')].filter((p) => (p.getAttribute('d') ?? '').length > 20).length,
      points: f.querySelectorAll('g.mark-symbol.role-mark.sites_marks > path').length,
    }));
    expect(map.land).toBeGreaterThan(0);
    expect(map.points).toBe(SIMULATED_SITES.length + 1);
  });

  it('keeps the ranking table inside the page (it scrolls in its box)', async () => {
    const widths = await page.evaluate("({ page: document.documentElement.scrollWidth, viewport: window.innerWidth, box: document.querySelector('#sites .table-scroll').getBoundingClientRect().right })");
    const { page: pageWidth, viewport, box } = widths as { page: number; viewport: number; box: number };
    expect(pageWidth).toBeLessThanOrEqual(viewport);
    expect(box).toBeLessThanOrEqual(viewport);
  });
});
