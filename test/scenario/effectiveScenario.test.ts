/** The effective scenario text (file + --set) written to scenario.yaml (issue 10, item 12). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { effectiveScenarioText, overridesComment } from '../../sim/scenario/effectiveScenario.js';
import { applyOverrides } from '../../sim/scenario/overrides.js';

const FILE = 'scenarios/default.yaml';
const TEXT = readFileSync(FILE, 'utf8');

/** What the loader simulates: the file's data with the overrides applied. */
const simulated = (text: string, overrides: string[]) => applyOverrides(parse(text, { merge: true }), overrides).data;
const body = (text: string) => text.slice(text.indexOf('\n') + 1);

describe('effectiveScenarioText', () => {
  it('returns the file byte for byte without overrides', () => {
    expect(effectiveScenarioText(TEXT, [], FILE)).toBe(TEXT);
  });

  it('replaces a value the file has in place, keeping every other byte, under a comment naming the overrides', () => {
    const overrides = ['designs[id=air-cooled].racks.nodesPerRack=3', 'site.gridCarbon=0.6 kg/kWh'];
    const text = effectiveScenarioText(TEXT, overrides, FILE);
    expect(text.split('\n')[0]).toBe(
      '# dctwin: effective scenario = scenarios/default.yaml with --set designs[id=air-cooled].racks.nodesPerRack=3 --set site.gridCarbon=0.6 kg/kWh',
    );
    expect(body(text)).toBe(TEXT.replace('gridCarbon: 0.5703 kg/kWh', 'gridCarbon: 0.6 kg/kWh').replace(/(- id: air-cooled[\s\S]*?nodesPerRack: )\d+/, '$13'));
    expect(parse(text, { merge: true })).toEqual(simulated(TEXT, overrides));
  });

  it('adds a key the file lacks, keeping the comments', () => {
    const overrides = ['designs[0].racks.count=40', 'site.years=2'];
    const text = effectiveScenarioText(TEXT, overrides, FILE);
    expect(parse(text, { merge: true })).toEqual(simulated(TEXT, overrides));
    expect(text).toContain('# China Standard Weather Data (CMA + Tsinghua), typical year; see weather/SOURCES.md');
  });

  it('shows what was simulated even through an alias or a merge key', () => {
    const text = 'base: &b { price: 1 }\na: *b\nc: { <<: *b, own: 2 }\n';
    for (const overrides of [['a.price=5'], ['c.price=7'], ['a=3', 'base.price=4']]) {
      expect(parse(effectiveScenarioText(text, overrides, 'x.yaml'), { merge: true })).toEqual(simulated(text, overrides));
    }
  });

  it('replaces a whole map by a flow value and keeps a value set later inside it', () => {
    const overrides = ['site.weather={ synthetic: { meanTemp: 20 degC } }', 'site.weather.synthetic.meanTemp=21 degC'];
    const text = effectiveScenarioText(TEXT, overrides, FILE);
    expect(parse(text, { merge: true })).toEqual(simulated(TEXT, overrides));
  });

  it('names each override once on the comment line, a newline shown as \\n', () => {
    expect(overridesComment('a.yaml', ['x=1', 'y=a\nb'])).toBe('# dctwin: effective scenario = a.yaml with --set x=1 --set y=a\\nb\n');
  });
});
