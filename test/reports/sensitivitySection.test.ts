/** The report's "What decides the answer" section (reports/sensitivitySection.ts) on the fake run's sensitivity. */
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../reports/html.js';
import { summaryMarkdown } from '../../reports/markdown.js';
import { decidingText, sensitivityHtml, sensitivityMarkdown } from '../../reports/sensitivitySection.js';
import { fakeRun } from '../fixtures/run/fakeRun.js';

const { summary } = fakeRun(10, { studies: true });
const s = summary.monteCarlo!.sensitivity!;

describe('sensitivity section', () => {
  it('names the two deciding inputs with their swing and rank correlation, and how they were chosen', () => {
    const text = decidingText(s, 'CNY', 300);
    expect(text).toContain('The two inputs that decide the answer are designs[0].costs.energy.flat (swing ');
    expect(text).toContain('rank correlation -0.97) and designs[0].costs.discountRate');
    expect(text).toContain('Deciding = the largest tornado swings');
    expect(text).toContain(`Between its p10 and p90 alone, designs[0].costs.energy.flat can make ${s.runnerUp} the cheaper design.`);
  });

  it('puts the section in summary.md (one table row per input) and in report.html, deciding rows marked', () => {
    const md = sensitivityMarkdown(summary);
    expect(md).toContain('## What decides the answer');
    expect(md.split('\n').filter((l) => l.startsWith('| designs['))).toHaveLength(2);
    expect(summaryMarkdown(summary)).toContain(md);
    const html = sensitivityHtml(summary, escapeHtml);
    expect(html).toContain('data-deciding="designs[0].costs.energy.flat designs[0].costs.discountRate"');
    expect(html.match(/class="winner"/g)).toHaveLength(2);
  });

  it('is empty without a Monte Carlo sensitivity', () => {
    const plain = fakeRun(10).summary;
    expect(sensitivityMarkdown(plain)).toBe('');
    expect(sensitivityHtml(plain, escapeHtml)).toBe('');
  });
});
