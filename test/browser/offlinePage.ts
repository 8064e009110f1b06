/**
 * A report.html opened from disk in Debian's Chromium (never a browser download) with every network
 * request blocked and recorded, console and page errors collected, and every chart waited for until
 * vega-embed has upgraded it to an interactive view. Shared by the browser tests.
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

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
