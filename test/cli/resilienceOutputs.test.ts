/**
 * The resilience figures in every output a planner reads, end to end through main(argv, io) on a light scenario
 * with a resilience: block (test/fixtures/resilience/light.yaml: an N+1 liquid PoD and N air-cooled racks, a
 * chiller out for 2 h from the hottest hour): summary.json's designs[i].resilience appears in the terminal block,
 * in summary.md's and report.html's section and the TCO's lostWorkOpex / repairsOpex lines named in words (report.html cells carry the raw summary.json value at their key),
 * with the episode chart in the section and resilience-timeline.vl.json beside it; --lang zh-CN prints the same
 * numbers; a scenario without the block prints and writes none of it. Expected texts are formatted here from
 * summary.json, independently of reports/format.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../sim/cli/main.js';
import type { Summary } from '../../sim/types/summary.js';
import type { DesignResilience } from '../../sim/types/resilience.js';
import { messages } from '../../reports/i18n/lang.js';
import { kpiCellsOf, summaryValue } from '../reports/kpiCells.js';
import { fakeIo } from './fakeIo.js';

const FIXTURE = 'test/fixtures/resilience/light.yaml';
let tmp = '';
const runs: Record<string, { code: number; stdout: string; dir: string }> = {};

async function run(name: string, ...args: string[]) {
  const io = fakeIo();
  const dir = join(tmp, name);
  const code = await main([...args, '--out', dir], io);
  runs[name] = { code, stdout: io.out(), dir };
}
const file = (name: string, f: string) => readFileSync(join(runs[name].dir, f), 'utf8');

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'dctwin-resilience-test-'));
  await run('en', 'run', FIXTURE);
  await run('zh', 'run', FIXTURE, '--lang', 'zh-CN');
  await run('none', 'run', 'test/fixtures/sweep/light.yaml');
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const n = (v: number, d = 0) => v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
/** Texts of a few figures per design, in the order the table shows them (horizon first, then the what-if). */
const expected = (r: DesignResilience) => ({
  availability: `${(r.availability * 100).toFixed(3)} %`,
  gpuHoursLost: n(r.gpuHoursLost),
  unmet: n(r.unmetCoolingKWh, 1),
  scriptedUnmet: n(r.scripted!.unmetCoolingKWh, 1),
  scriptedGpuHours: n(r.scripted!.gpuHoursLost),
  p10: n(r.monteCarlo!.gpuHoursLost.p10),
  p90: n(r.monteCarlo!.gpuHoursLost.p90),
});

describe('a run with a resilience: block', () => {
  const summary = (): Summary => JSON.parse(file('en', 'summary.json')) as Summary;
  const resilience = () => summary().designs.map((d) => d.resilience!);
  const l = messages('en').resilience.labels;

  it('has figures for both designs: the N+1 design rides through the what-if, the N design trips', () => {
    expect(runs.en.code).toBe(0);
    const [pod, air] = resilience();
    expect(pod.scripted!.shutdowns).toBe(0);
    expect(air.scripted!.shutdowns).toBeGreaterThan(0);
    expect(air.limits.throttleCoolantC).toBeNull();
    expect(pod.limits.throttleCoolantC).not.toBeNull();
  });

  it('prints the block in the terminal: a row per figure with the summary.json values, then the lead', () => {
    const lines = runs.en.stdout.split('\n');
    expect(lines.some((x) => x.startsWith(messages('en').resilience.terminalTitle))).toBe(true);
    const cells = (label: string, nth = 0) => lines.filter((x) => x.trim().startsWith(label))[nth].trim().slice(label.length).trim().split(/\s{2,}/);
    const [pod, air] = resilience().map(expected);
    expect(cells(l.availability)).toEqual([pod.availability, air.availability]);
    expect(cells(l.gpuHoursLost)).toEqual([pod.gpuHoursLost, air.gpuHoursLost]);
    expect(cells(l.unmetCooling)).toEqual([pod.unmet, air.unmet]);
    expect(cells(l.unmetCooling, 1)).toEqual([pod.scriptedUnmet, air.scriptedUnmet]);
    expect(cells(l.gpuHoursLost, 1)).toEqual([pod.scriptedGpuHours, air.scriptedGpuHours]);
    expect(cells(l.gpuHoursLostPercentile('p10'))).toEqual([pod.p10, air.p10]);
    expect(cells(l.gpuHoursLostPercentile('p90'))).toEqual([pod.p90, air.p90]);
    expect(runs.en.stdout).toMatch(/liquid-pod[^.\n]*no unmet heat/);
    expect(runs.en.stdout).toMatch(/air-cooled-n: [^\n]*trip[^\n]*GPU-hours lost/);
  });

  it('writes the section in summary.md with the same texts', () => {
    const md = file('en', 'summary.md');
    expect(md).toContain(`## ${messages('en').resilience.title}`);
    const [pod, air] = resilience().map(expected);
    expect(md).toContain(`| ${l.availability} | ${pod.availability} | ${air.availability} |`);
    expect(md).toContain(`| ${l.gpuHoursLostPercentile('p90')} | ${pod.p90} | ${air.p90} |`);
    // The TCO section names the two opex lines the failures add (their words and summary.json keys).
    expect(md).toContain('| Lost work (failures) (lostWorkOpex), present value |');
    expect(md).toContain('| Repairs (failures) (repairsOpex), present value |');
    expect(file('zh', 'summary.md')).toContain('故障损失的算力 (lostWorkOpex)');
  });

  it('shows the section in report.html, its cells carrying the summary.json values, the episode chart in it', () => {
    const html = file('en', 'report.html');
    const section = html.slice(html.indexOf('<section id="resilience">'), html.indexOf('</section>', html.indexOf('<section id="resilience">')));
    expect(section.length).toBeGreaterThan(0);
    const cells = kpiCellsOf(section);
    expect(cells.length).toBeGreaterThanOrEqual(2 * 15);
    for (const c of cells) expect(c.value, `${c.design} ${c.key}`).toBe(summaryValue(summary(), c.design, c.key));
    expect(section).toContain('id="chart-resilience-timeline"');
    expect(section).toContain('<svg');
    const spec = JSON.parse(file('en', 'resilience-timeline.vl.json'));
    expect(JSON.stringify(spec)).toContain('"liquid-pod"');
    expect(JSON.stringify(spec)).toContain('"air-cooled-n"');
  });

  it('prints the same numbers in zh-CN (terminal, summary.md), in Chinese words', () => {
    expect(runs.zh.code).toBe(0);
    expect(file('zh', 'summary.json')).toBe(file('en', 'summary.json'));
    const zh = messages('zh-CN').resilience;
    const [pod, air] = resilience().map(expected);
    expect(file('zh', 'summary.md')).toContain(`## ${zh.title}`);
    expect(file('zh', 'summary.md')).toContain(`| ${zh.labels.availability} | ${pod.availability} | ${air.availability} |`);
    expect(runs.zh.stdout).toContain(zh.terminalTitle);
    expect(runs.zh.stdout).toContain(`${zh.labels.gpuHoursLostPercentile('p90')}`);
    expect(file('zh', 'summary.md')).toContain(`| ${zh.labels.gpuHoursLostPercentile('p90')} | ${pod.p90} | ${air.p90} |`);
  });

  it('prints and writes none of it for a scenario without the block', () => {
    expect(runs.none.code).toBe(0);
    expect(runs.none.stdout).not.toContain(messages('en').resilience.terminalTitle);
    expect(readdirSync(runs.none.dir)).not.toContain('resilience-timeline.vl.json');
    expect(file('none', 'summary.md')).not.toContain(messages('en').resilience.title);
    expect(file('none', 'report.html')).not.toContain('id="resilience"');
  });
});
