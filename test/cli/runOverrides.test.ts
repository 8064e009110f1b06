/**
 * `dctwin run --set`: the output folder shows what was simulated (issue 10,
 * item 12): scenario.yaml is the file with the overrides applied, summary.json
 * lists them (`overrides`, after `weather`), and report.html and summary.md
 * name them at the top; `dctwin report OUTDIR` keeps showing them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../sim/cli/main.js';
import { fakeIo } from './fakeIo.js';

const FILE = 'test/fixtures/scenarios/minimal.yaml';
const SET = ['workload.nodes.count=30', 'designs[id=liquid-pod].racks.ratedPower=90 kW'];
const tmp = mkdtempSync(join(tmpdir(), 'dctwin-run-overrides-'));
const withSet = join(tmp, 'with-set');
const plain = join(tmp, 'plain');
const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

beforeAll(async () => {
  expect(await main(['run', FILE, ...SET.flatMap((s) => ['--set', s]), '-o', withSet], fakeIo())).toBe(0);
  expect(await main(['run', FILE, '-o', plain, '--no-report'], fakeIo())).toBe(0);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dctwin run --set: the outputs show the simulated scenario', () => {
  it('scenario.yaml holds the overridden values, under a comment naming the overrides', () => {
    const text = read(withSet, 'scenario.yaml');
    expect(text.split('\n')[0]).toBe(`# dctwin: effective scenario = ${FILE} with --set ${SET[0]} --set ${SET[1]}`);
    const scenario = parse(text);
    expect(scenario.workload.nodes.count).toBe(30);
    expect(scenario.designs[0].racks.ratedPower).toBe('90 kW');
    // Everything else is the file's own text.
    const file = readFileSync(FILE, 'utf8');
    expect(text.slice(text.indexOf('\n') + 1)).toBe(file.replace('count: 40', 'count: 30').replace('ratedPower: 105 kW', 'ratedPower: 90 kW'));
  });

  it('summary.json lists the overrides right after weather; [] without any, and scenario.yaml is the file', () => {
    const summary = JSON.parse(read(withSet, 'summary.json'));
    expect(summary.overrides).toEqual(SET);
    expect(Object.keys(summary).slice(0, 4)).toEqual(['scenario', 'seed', 'weather', 'overrides']);
    expect(JSON.parse(read(plain, 'summary.json')).overrides).toEqual([]);
    expect(read(plain, 'scenario.yaml')).toBe(readFileSync(FILE, 'utf8'));
    expect(read(plain, 'summary.md')).not.toContain('Overrides');
  });

  it('report.html names the overrides in its header and shows the effective scenario', () => {
    const html = read(withSet, 'report.html');
    const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'));
    expect(header).toContain('<p class="kicker" id="overrides">with <code>--set workload.nodes.count=30</code> <code>--set designs[id=liquid-pod].racks.ratedPower=90 kW</code></p>');
    expect(html).toContain('<h3>Scenario (the file with the --set overrides applied)</h3>');
    expect(html).toContain('ratedPower: 90 kW');
    expect(read(withSet, 'summary.md')).toContain(`\nOverrides: \`--set ${SET[0]}\`, \`--set ${SET[1]}\`\n`);
  });

  it('dctwin report OUTDIR rebuilds the report with the overrides still shown', async () => {
    const io = fakeIo();
    expect(await main(['report', withSet], io)).toBe(0);
    expect(read(withSet, 'report.html')).toContain('id="overrides">with <code>--set workload.nodes.count=30</code>');
    expect(read(withSet, 'summary.md')).toContain(`Overrides: \`--set ${SET[0]}\``);
    expect(parse(read(withSet, 'scenario.yaml')).workload.nodes.count).toBe(30);
  });
});
