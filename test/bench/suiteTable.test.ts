import { describe, expect, it } from 'vitest';
import type { Figure } from '../../sim/bench/figure.js';
import type { BenchReport } from '../../sim/bench/suite.js';
import { suiteMarkdown, suiteText, tally } from '../../sim/bench/suiteTable.js';

const figure = (id: string, verdict: Figure['verdict'], note?: string): Figure => ({
  id, label: `label ${id}`, measured: '0.100 s', target: '<= 0.250 s', verdict, ...(note ? { note } : {}), data: {},
});

const report: BenchReport = {
  dctwin: '0.1.0',
  startedAt: '2025-01-02T03:04:05.000Z',
  machine: { cpuModel: 'Test CPU', cores: 2, memoryBytes: 8 * 2 ** 30, node: '20.0.0', os: 'Linux 6', loadAtStart: [0.1, 0.2, 0.3], loadAtEnd: [1, 2, 3] },
  bundled: true,
  options: { runs: 3, startupRuns: 11, mcSamples: 1000, mcRuns: 3, days: 365, peers: true },
  figures: [figure('a', 'pass', 'median of 3'), figure('b', 'fail'), figure('c', 'skipped', 'x | y absent')],
};

describe('bench table', () => {
  it('text: title, machine with both load averages, one row per figure, notes as numbered footnotes, the tally', () => {
    const text = suiteText(report);
    expect(text).toContain('dctwin 0.1.0 performance, 2025-01-02 03:04 UTC, CLI bundled');
    expect(text).toContain('Machine: Test CPU, 2 cores, 8.0 GiB, Node 20.0.0, Linux 6; load average (1/5/15 min) 0.10 / 0.20 / 0.30 at start, 1.00 / 2.00 / 3.00 at end');
    expect(text).toMatch(/label a \[1\] +0\.100 s +<= 0\.250 s +pass/);
    expect(text).toMatch(/label b +0\.100 s +<= 0\.250 s +fail/);
    expect(text).toMatch(/label c \[2\] .* skipped/);
    expect(text).toContain('[1] median of 3\n[2] x | y absent\n');
    expect(text.trimEnd().endsWith('1 pass, 1 fail, 1 skipped')).toBe(true);
  });

  it('markdown: a header, one row per figure with pipes escaped, then the machine', () => {
    const md = suiteMarkdown(report).split('\n');
    expect(md[0]).toBe('| figure | measured | target | result | how |');
    expect(md.filter((l) => l.startsWith('| label'))).toHaveLength(3);
    expect(md).toContain('| label c | 0.100 s | <= 0.250 s | skipped | x \\| y absent |');
    expect(md.find((l) => l.includes('Test CPU'))).toContain('CLI bundled');
  });

  it('tally names only the verdicts present', () => {
    expect(tally([figure('a', 'pass'), figure('b', 'pass'), figure('c', 'info')])).toBe('2 pass, 1 info');
  });
});
