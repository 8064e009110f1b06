import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseQuantity } from '../../sim/scenario/fields.js';
import { loadScenario, parseScenarioText, validateText } from '../../sim/scenario/load.js';
import { normalize } from '../../sim/scenario/normalize.js';
import type { ScenarioParsed } from '../../sim/scenario/schema.js';
import { JOULES_PER_KWH } from '../../sim/units.js';
import { errorLines, plantSchema, standInScenarioSchema } from './standIn.js';
import { inputErrorLines } from '../studies/sweep/inputErrorLines.js';

const MINIMAL = 'test/fixtures/scenarios/minimal.yaml';
const linesOf = inputErrorLines;

describe('loadScenario', () => {
  it('loads the minimal scenario with SI site values and its source', () => {
    const { scenario, warnings } = loadScenario(MINIMAL);
    expect(warnings).toEqual([]);
    expect(scenario.name).toBe('minimal');
    expect(scenario.seed).toBe(7);
    expect(scenario.file).toBe(MINIMAL);
    expect(scenario.dir).toBe(resolve('test/fixtures/scenarios'));
    expect(scenario.site.gridCarbonKgPerJ).toBeCloseTo(0.5703 / JOULES_PER_KWH, 20); // 0.5703 kg/kWh in kg/J
    expect(scenario.site.controlStepS).toBe(900); // 15 min
    expect(scenario.site.years).toBe(1); // default
    expect(scenario.designs.map((d) => d.id)).toEqual(['liquid-pod']);
  });

  it('names a missing file and a folder as the user wrote them', () => {
    expect(linesOf(() => loadScenario('/nowhere/x.yaml', { shownAs: 'x.yaml' }))).toEqual([
      'x.yaml: expected an existing scenario file (YAML or JSON), got no such file',
    ]);
    expect(linesOf(() => loadScenario('test/fixtures'))).toEqual([
      'test/fixtures: expected an existing scenario file (YAML or JSON), got a folder',
    ]);
  });

  it('resolves relative paths against the scenario folder, not the working directory', () => {
    const { value } = validateText(standInScenarioSchema, readFileSync(MINIMAL, 'utf8'), MINIMAL);
    expect(value.site.weather).toBe(resolve('scenarios/weather/CHN_Zhejiang.Hangzhou.584570_CSWD.epw'));
  });
});

describe('problems from --set', () => {
  it('say (from --set) instead of a line and come after the file ones', () => {
    expect(errorLines('test/fixtures/bad/unknown-key.yaml', standInScenarioSchema, ['site.years=0', 'site.gridLimit=10 MW'])).toEqual([
      "test/fixtures/bad/unknown-key.yaml:7: site: unknown field 'contrlStep' (did you mean 'controlStep'?)",
      'test/fixtures/bad/unknown-key.yaml: site.years: expected a whole number between 1 and 30, got 0 (from --set)',
    ]);
  });

  it('an override can fix the file, and a key it creates is its own problem', () => {
    expect(errorLines('test/fixtures/bad/wrong-unit.yaml', standInScenarioSchema, ['site.gridCarbon=0.6 kg/kWh'])).toEqual([]);
    expect(errorLines(MINIMAL, standInScenarioSchema, ['site.gridLimt.value=1'])).toEqual([
      "test/fixtures/scenarios/minimal.yaml: site: unknown field 'gridLimt' (did you mean 'gridLimit'?) (from --set)",
    ]);
  });

  it('a problem under a map an override created is from --set', () => {
    expect(errorLines('test/fixtures/bad/degc-difference.yaml', plantSchema, ['rejection.dryCooler.fanPower=1 kW'])).toEqual([
      "test/fixtures/bad/degc-difference.yaml:2: approach: expected a temperature difference in K (a difference of 6 degC is '6 K'; degC converts to absolute kelvin), got '6 degC'",
      "test/fixtures/bad/degc-difference.yaml: rejection.dryCooler: missing required field 'approach' (from --set)",
    ]);
  });
});

describe('YAML', () => {
  it('reports every syntax error with its line', () => {
    expect(linesOf(() => parseScenarioText('a: 1\na: 2\nb: [1\n', 'x.yaml'))).toEqual([
      'x.yaml:2: invalid YAML: Map keys must be unique',
      'x.yaml:4: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('refuses an alias bomb instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefg'[i]}`).join(', ')}]`)].join('\n');
    const lines = linesOf(() => parseScenarioText(bomb, 'bomb.yaml'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bomb\.yaml: invalid YAML: .*alias/i);
  });
});

describe('warnings', () => {
  it('come from normalize with the line of their field', () => {
    const file = 'test/fixtures/bad/warnings.yaml';
    const { value, warningsAt } = validateText(standInScenarioSchema, readFileSync(file, 'utf8'), file);
    const { warnings } = normalize(value as unknown as ScenarioParsed, { file, dir: '.' });
    expect(warningsAt(warnings)).toEqual([
      `${file}:6: site.gridCarbon: 1.2 kg/kWh is above coal power's 0.91 kg/kWh (IPCC AR5 WGIII Table A.III.2); is the unit g/kWh?`,
      `${file}:7: site.controlStep: 420 s does not divide an hour; hourly weather is then split unevenly (use 1, 5, 10, 15, 30 or 60 min)`,
    ]);
  });
});

describe('mathjs parses units only', () => {
  it('rejects expressions and function calls as bad quantities', () => {
    for (const text of ["import('fs')", '1 kW + eval(2)', 'evaluate("1+1") kW', '2 kW * 3', 'f(x) = x']) {
      const result = parseQuantity(text, 'W');
      expect(result).toBe(`expected a power with a unit like '105 kW', got '${text}'`);
    }
  });

  it('no scenario file calls mathjs evaluate, parse or compile', () => {
    for (const f of readdirSync('sim/scenario', { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(`sim/scenario/${f}`, 'utf8');
      expect(source, f).not.toMatch(/import\s*\{[^}]*\b(evaluate|parse|compile|create|import)\b[^}]*\}\s*from\s*'mathjs'/);
    }
  });
});
