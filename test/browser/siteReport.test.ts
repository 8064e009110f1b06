/**
 * A report of several sites (test/fixtures/sites: real runs at Hohhot, Guiyang, Shanghai, Qingyang excluded)
 * in a real Chromium with every network request blocked: no console or page errors, the three site charts
 * upgraded to interactive views inside "Where should this load go?", the map with its land and one point
 * per site (its TopoJSON parsed in the browser too), and the wide ranking table scrolling inside its box
 * instead of widening the page. Screenshot: test/browser/screenshots/report-sites.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openRunReport } from './offlinePage.js';
import { SIMULATED_SITES, sitesRun } from '../fixtures/sites/sitesSummary.js';

const VIEWPORT = { width: 1000, height: 900 };

let page: Page;
let problems: string[];
let networkRequests: string[];
let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ page, problems, networkRequests, close } = await openRunReport(sitesRun(3), { name: 'sites', viewport: VIEWPORT, section: '#sites' }));
});

afterAll(async () => {
  await close?.();
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
