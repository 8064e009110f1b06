/**
 * A report.html opened from disk in Debian's Chromium (never a browser download) with every network
 * request blocked and recorded, console and page errors collected, and every chart waited for until
 * vega-embed has upgraded it to an interactive view; openRunReport writes a run's report first. Shared by the
 * browser tests.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { runOutputFiles } from '../../reports/write.js';
import type { ReportRun } from '../../reports/run.js';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');

export interface OfflinePage {
  browser: Browser;
  page: Page;
  /** Console errors and warnings, and page errors, as they happened. */
  problems: string[];
  /** Every non-file URL the page asked for (each was aborted). */
  networkRequests: string[];
}

// The flags Chromium needs as root in a container, without its background connections (refused by this network).
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export async function openOffline(reportPath: string, viewport: { width: number; height: number }): Promise<OfflinePage> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport });
  const problems: string[] = [];
  const networkRequests: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    networkRequests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(reportPath).href, { waitUntil: 'load' });
  // a string, because the project's tsconfig has no DOM types
  const allInteractive = "document.querySelectorAll('figure.chart').length === document.querySelectorAll('figure.chart.interactive').length";
  await page.waitForFunction(allInteractive, null, { timeout: 60_000 });
  return { browser, page, problems, networkRequests };
}

/**
 * A run's report.html written to a fresh temporary folder and opened offline (openOffline), with a screenshot
 * of one section into test/browser/screenshots/; close() shuts the browser and removes the folder.
 */
export async function openRunReport(run: ReportRun, o: { name: string; viewport: { width: number; height: number }; section: string }):
  Promise<OfflinePage & { close(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `dctwin-browser-${o.name}-`));
  const files = await runOutputFiles(run, { html: true });
  await writeFile(join(dir, 'report.html'), files.get('report.html')!);
  const opened = await openOffline(join(dir, 'report.html'), o.viewport);
  await mkdir(SCREENSHOTS, { recursive: true });
  await opened.page.locator(o.section).screenshot({ path: join(SCREENSHOTS, `report-${o.name}.png`) });
  return { ...opened, close: async () => { await opened.browser.close(); await rm(dir, { recursive: true, force: true }); } };
}
