/**
 * "Where should this load go?" (issue 14 item 3) in summary.md and report.html: the opening sentence names
 * the best site x design and how many pairs fail their PUE limit, the table lists every site x design in
 * siteRanking order with the right pass/fail, excluded sites carry their reason, report.html shows the
 * three site charts inside the section (once), and without sites nothing of it appears. Fixture: real runs
 * of the default scenario at three site records (test/fixtures/sites; Guiyang with an assumed 1.2 limit).
 */
import { describe, expect, it } from 'vitest';
import { buildCharts } from '../../reports/charts/index.js';
import { decisionSections } from '../../reports/decisionSections.js';
import { reportHtml, type RenderedChart } from '../../reports/html.js';
import { summaryMarkdown } from '../../reports/markdown.js';
import { siteSection } from '../../reports/siteSection.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';
import { EXCLUSION_REASON, sitesRun, sitesSummary } from '../fixtures/sites/sitesSummary.js';

const summary = sitesSummary();
const section = siteSection(summary)!;

describe('the site section', () => {
  it('opens with the best pair by TCO and the pairs above their limit', () => {
    expect(section.lead).toEqual([
      'Hohhot × liquid-pod is the best of 6 site × design pairs, with the lowest total cost of ownership, CNY 118.14 M over 5 years (present value); ' +
        "1 pair of 6 is above the site's PUE limit (Guiyang (Gui'an) × air-cooled: 1.211 > 1.200).",
    ]);
  });

  it('lists every site x design in ranking order with its pass/fail', () => {
    const rows = section.rows.map((r) => [r.label, r.cells[0].text, r.cells[2].text, r.cells[6].text]);
    expect(rows).toEqual([
      ['1', 'Hohhot', 'liquid-pod', 'pass'],
      ['2', "Guiyang (Gui'an)", 'liquid-pod', 'pass'],
      ['3', 'Shanghai', 'liquid-pod', 'pass'],
      ['4', 'Hohhot', 'air-cooled', 'pass'],
      ['5', "Guiyang (Gui'an)", 'air-cooled', 'FAIL'],
      ['6', 'Shanghai', 'air-cooled', 'pass'],
    ]);
    const fail = section.rows[4].cells;
    expect(fail[5].text).toBe('1.200 [2]');
    expect(fail[9].value).toBe(summary.siteRanking![4].surchargeTotal);
    expect(fail[9].value).toBeGreaterThan(0);
  });

  it('names the excluded site with its reason and cites each limit source once', () => {
    expect(section.notes).toContain(`Excluded: Qingyang (Xifengzhen) (cn-qingyang): ${EXCLUSION_REASON}.`);
    expect(section.notes.filter((n) => n.startsWith('['))).toHaveLength(3);
    expect(section.notes).toContain('[2] assumption');
  });

  it('says the ranking is by PUE when the sites price in different currencies', () => {
    const mixed = siteSection(sitesSummary({ currencies: ['CNY', 'USD', 'CNY'] }))!;
    expect(mixed.lead![0]).toContain('the lowest annual PUE, 1.104 (the sites price in different currencies (CNY, USD), so totals are not compared)');
    expect(mixed.header[4]).toBe('TCO (site currency)');
  });

  it('and when some pair has no TCO, shown as a dash', () => {
    const noTco = sitesSummary();
    noTco.siteRanking![5].tcoTotal = null;
    const s = siteSection(noTco)!;
    expect(s.lead![0]).toContain('(some pairs have no TCO, so totals are not compared)');
    expect(s.rows[5].cells[3].text).toBe('–');
  });
});

describe('in summary.md and report.html', () => {
  it('summary.md holds the section after the key figures, before the TCO by line', () => {
    const md = summaryMarkdown(summary);
    expect(md.indexOf('## Key figures')).toBeLessThan(md.indexOf('## Where should this load go?'));
    expect(md.indexOf('## Where should this load go?')).toBeLessThan(md.indexOf('## Total cost of ownership by line'));
    expect(md).toContain("| 5 | Guiyang (Gui'an) | west | air-cooled | CNY 121.75 M | 1.211 | 1.200 [2] | FAIL |");
  });

  it('report.html shows the table in a scrolling box and the three charts inside the section, once each', () => {
    const run = sitesRun(3);
    const charts: RenderedChart[] = buildCharts(run).map((c) => ({ ...c, svg: `<svg><title>${c.title}</title></svg>` }));
    const html = reportHtml(run, charts, []);
    const start = html.indexOf('<section id="sites">');
    const sectionHtml = html.slice(start, html.indexOf('</section>', start));
    expect(sectionHtml).toContain('<div class="table-scroll"><table class="kpi">');
    for (const name of ['site-ranking', 'site-pue-wue', 'site-map']) {
      expect(sectionHtml).toContain(`<figure class="chart" id="chart-${name}"`);
      expect(html.split(`id="chart-${name}"`)).toHaveLength(2);
      expect(html).toContain(`<a href="#chart-${name}">`);
    }
  });

  it('without sites (or with one simulated site) there is no site section', () => {
    const run = fakeRun(3);
    expect(decisionSections(run.summary).map((s) => s.id)).not.toContain('sites');
    const one = sitesSummary();
    one.sites = one.sites!.slice(0, 1);
    expect(siteSection(one)).toBeUndefined();
    const md = summaryMarkdown(run.summary);
    expect(md).not.toContain('Where should this load go?');
    expect(summaryMarkdown({ ...run.summary, sites: one.sites, siteRanking: one.siteRanking })).toBe(md);
  });
});
