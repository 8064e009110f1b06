/**
 * The project's conventions, checked (see /work/shared/conventions.md, "Tests").
 * Each rule collects every violation as `path: what is wrong` and fails with
 * the full list, so one run tells every author what to fix in which file.
 * Rules: (1) model doc blocks and mirrored tests, (2) the import direction of
 * the layout, (3) conversion factors only in sim/units.ts, (4) file length,
 * (5) the README folder map names only folders that exist, (6) every model is
 * used by a validation test or a shipped scenario, (7) every numeric field of
 * Scenario ends in a unit or is listed as dimensionless.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_EXT = /\.(ts|mts|cts|js|mjs|cjs)$/;
const MAX_LINES = 220; // hard limit checked here: conventions.md's "about 200", with a little slack
const WARN_LINES = 200;

/** Repo-relative posix paths of the source files under `dir`, sorted (deterministic messages). */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string) => {
    if (!existsSync(abs)) return;
    for (const name of readdirSync(abs).sort()) {
      const child = join(abs, name);
      if (statSync(child).isDirectory()) walk(child);
      else if (SOURCE_EXT.test(name) && !name.endsWith('.d.ts')) out.push(relative(ROOT, child).split('\\').join('/'));
    }
  };
  walk(join(ROOT, dir));
  return out;
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Blanks block comments and whole-line // comments (not `//` inside strings such as URLs), keeping line numbers. */
const stripComments = (text: string) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, '')).replace(/^\s*\/\/.*$/gm, '');

/** Every module specifier a file imports or re-exports, including `import type` and dynamic import(). */
function importSpecifiers(text: string): string[] {
  const code = stripComments(text);
  const specs: string[] = [];
  const patterns = [
    /^\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/gm, // import x from '…'; export { y } from '…'
    /^\s*import\s*['"]([^'"]+)['"]/gm, // import '…' (side effect)
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, // import('…')
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) specs.push(m[1]);
  return specs;
}

/** The specifiers of value imports only: `import type` / `export type` lines do not run the target's code. */
function valueImportSpecifiers(text: string): string[] {
  const withoutTypeImports = stripComments(text).replace(/^\s*(?:import|export)\s+type\b[^;]*?\bfrom\s*['"][^'"]+['"]/gm, '');
  return importSpecifiers(withoutTypeImports);
}

/** Repo-relative target of a relative specifier, with `.js` mapped back to the `.ts` source; null for packages. */
function resolveImport(fromPath: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = posix.normalize(posix.join(posix.dirname(fromPath), spec));
  return target.replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts');
}

// ---------------------------------------------------------------- rule (1)
const DOC_SECTIONS = ['Equation', 'Assumptions', 'Validity', 'References', 'Validated by'];
const NOT_A_MODEL = new Set(['curves.ts', 'index.ts']);

/** True when a file exports only types (interfaces, type aliases): nothing to document as a model. */
function isTypeOnly(text: string): boolean {
  const code = stripComments(text);
  const valueExport = /^\s*export\s+(?:default\b|(?:declare\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|enum|abstract)\b)/m;
  const valueReexport = /^\s*export\s+(?:\*|\{)/m; // `export type { … }` does not match
  return !valueExport.test(code) && !valueReexport.test(code);
}

/** Problems of one model file: missing doc sections, paths named under "Validated by" that do not exist. */
function modelDocProblems(path: string, text: string, mirroredTest: string): string[] {
  const blocks = [...text.matchAll(/\/\*\*[\s\S]*?\*\//g)].map((m) => m[0]);
  // A heading may carry a parenthetical over several lines before its colon: "Equation (x = …,\n * y = …):".
  const hasSection = (block: string, s: string) => new RegExp(`^\\s*\\*\\s*${s}\\b[^:]{0,300}?:`, 'm').test(block);
  const best = blocks.sort((a, b) => DOC_SECTIONS.filter((s) => hasSection(b, s)).length - DOC_SECTIONS.filter((s) => hasSection(a, s)).length)[0];
  if (!best) return [`${path}: no TSDoc block (/** … */) with the sections ${DOC_SECTIONS.join(', ')}`];
  const missing = DOC_SECTIONS.filter((s) => !hasSection(best, s));
  const problems = missing.length ? [`${path}: TSDoc block lacks the section(s) ${missing.map((s) => `"${s}:"`).join(', ')}`] : [];
  const validated = /^\s*\*\s*Validated by\b[^:\n]*:([\s\S]*?)(?=^\s*\*\s*(?:@\w+|[A-Z][\w ]*:)|\*\/)/m.exec(best)?.[1] ?? '';
  for (const named of validated.match(/\btest\/[\w./-]+\.(?:ts|csv)\b/g) ?? []) {
    if (named !== mirroredTest && !existsSync(join(ROOT, named))) problems.push(`${path}: "Validated by" names ${named}, which does not exist`);
  }
  return problems;
}

// ---------------------------------------------------------------- rule (2)
/**
 * The parts of the layout, bottom up (README.md's folder map names each). A part may import
 * itself, the parts in `uses` and the single files in `files`; nothing else. The flow:
 *   cli, bench -> reports, studies -> simulate (+ simulation/), metrics, tco -> scenario -> engine, models -> edge
 * with types/ (the Summary and hourly contracts) readable from every part above models.
 */
interface Part { name: string; match: (path: string) => boolean; uses: string[]; files?: string[] }
const EDGE = ['sim/units.ts', 'sim/errors.ts', 'sim/inputFile.ts', 'sim/printable.ts'];
const PARTS: Part[] = [
  // Conversion factors, error classes, bounded file reading, printable text: leaves every part may use.
  { name: 'edge', match: (p) => EDGE.includes(p), uses: [] },
  { name: 'types', match: (p) => p.startsWith('sim/types/'), uses: [] },
  { name: 'engine', match: (p) => p.startsWith('sim/engine/'), uses: [], files: ['sim/units.ts'] },
  { name: 'models', match: (p) => p.startsWith('sim/models/'), uses: ['edge'] },
  // schema/costs.ts reads tco's parameter types and tariff parsing; tco never reads scenario.
  { name: 'scenario', match: (p) => p.startsWith('sim/scenario/'), uses: ['edge', 'models', 'tco'] },
  { name: 'tco', match: (p) => p.startsWith('sim/tco/'), uses: ['edge', 'types'] },
  // The composition root and its helpers: the only code that wires models to the engine.
  { name: 'simulation', match: (p) => p === 'sim/simulate.ts' || p.startsWith('sim/simulation/'), uses: ['edge', 'types', 'engine', 'models', 'scenario'] },
  // metrics reads a run through its types (trace.ts) and the pool its arrays come from, never simulate.ts.
  { name: 'metrics', match: (p) => p.startsWith('sim/metrics/'), uses: ['edge', 'types'], files: ['sim/simulation/trace.ts', 'sim/simulation/arrayPool.ts'] },
  // Studies drive the simulation; they read inputs through the model loaders but never a meter or a model's physics.
  {
    name: 'studies', match: (p) => p.startsWith('sim/studies/'), uses: ['edge', 'types', 'scenario', 'simulation', 'metrics', 'tco'],
    files: ['sim/engine/random.ts', 'sim/models/climate/weather.ts', 'sim/models/workload/job.ts', 'sim/models/workload/profile.ts',
      'sim/models/workload/trace.ts', 'sim/models/workload/generators.ts', 'sim/models/workload/traceExtent.ts',
      'sim/models/workload/nodeGroup.ts'],
  },
  { name: 'index', match: (p) => p === 'sim/index.ts', uses: ['edge', 'types', 'scenario', 'simulation', 'metrics', 'studies'] },
  { name: 'reports', match: (p) => p.startsWith('reports/'), uses: ['types'], files: ['sim/units.ts', 'sim/errors.ts'] },
  { name: 'cli', match: (p) => p.startsWith('sim/cli/'), uses: ['edge', 'types', 'engine', 'models', 'scenario', 'tco', 'simulation', 'metrics', 'studies', 'index', 'reports'] },
  { name: 'bench', match: (p) => p.startsWith('sim/bench/'), uses: ['edge', 'types', 'engine', 'models', 'scenario', 'tco', 'simulation', 'metrics', 'studies', 'index', 'cli'] },
];
const partOf = (path: string): Part | undefined => PARTS.find((p) => p.match(path));

/** Why `path` may not import `target` (both repo-relative), or undefined when it may. */
function importProblem(path: string, target: string): string | undefined {
  const from = partOf(path);
  const to = partOf(target);
  if (from === undefined || to === undefined || from === to || from.uses.includes(to.name) || from.files?.includes(target)) return undefined;
  const files = from.files?.length ? ` and the files ${from.files.join(', ')}` : '';
  return `${from.name} may import only ${[from.name, ...from.uses].join(', ')}${files}, not ${to.name}`;
}

// ---------------------------------------------------------------- rule (4)
/** Files allowed over MAX_LINES, each with why it is not split yet. */
const LONG_FILES: Record<string, string> = {
};

// ---------------------------------------------------------------- rule (6)
/**
 * "Used by a shipped scenario" is read statically: the model is reached through value imports from
 * sim/scenario/load.ts, sim/simulate.ts or sim/studies/evaluate.ts (simulate plus the failure histories a
 * `resilience:` block adds), the path every shipped scenario runs through. (A model wired
 * in but selected by no shipped scenario passes; a coverage run of the golden tests would catch it.)
 */
const MODEL_USE_EXCEPTIONS: Record<string, string> = {
  'sim/models/climate/summary.ts': 'monthly statistics of a weather file for `dctwin climate`, an input report; no run uses it',
  'sim/models/workload/traceExtent.ts': "counts a trace's jobs for the work estimate before a run (sim/studies/workEstimate.ts); never simulates",
};

/** Repo-relative files reached from `start` through value imports (type-only imports run no code). */
function valueImportClosure(start: string): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const path = stack.pop()!;
    if (seen.has(path) || !existsSync(join(ROOT, path))) continue;
    seen.add(path);
    for (const spec of valueImportSpecifiers(read(path))) {
      const target = resolveImport(path, spec);
      if (target !== null) stack.push(target);
    }
  }
  return seen;
}

// ---------------------------------------------------------------- rule (7)
/** Unit suffixes of conventions.md's Units table, plus area, length, apparent power and the cost model's periods. */
const UNIT_SUFFIXES = ['S', 'W', 'J', 'C', 'K', 'Pa', 'L', 'Kg', 'M', 'M2', 'M3', 'VA', 'Years', 'Month', 'Bytes'];
// After a lowercase letter, a digit or the T of `deltaT` (`facilityDeltaTK`: a temperature difference in K).
const UNIT_SUFFIX = new RegExp(`(?:^|[a-z0-9]|T)(?:${UNIT_SUFFIXES.join('|')})$`);
/** Money is in the scenario currency, declared once (conventions.md): `*Price*` and `*Cost*` names. */
const MONEY = /(?:^price|Price|^cost|Cost)/;
/** Ratios and multipliers named for what they are (conventions.md: `efficiency`, `partLoadRatio`). */
const RATIO_WORD = /(?:^fraction|Fraction|^efficiency|Efficiency|Factor|^scale|Scale|Cop|Share|Ratio)$/;
/** Numeric Scenario field names without a unit, by name wherever they appear, each with why. */
const DIMENSIONLESS: Record<string, string> = {
  seed: 'random seed, an identifier',
  count: 'a count (nodes)', gpusPerNode: 'a count', nodesPerRack: 'a count', units: 'a count (transformers)', modules: 'a count (UPS modules)',
  dutyCells: 'a count (tower cells)', dutyUnits: 'a count (dry coolers)', replayCacheRows: 'a count (trace rows kept)', gpus: 'a count (job sizes)',
  years: 'a count of years: the name is the unit',
  hottestDayOfYear: 'a calendar position, day 1-365', hottestHour: 'a calendar position, hour of day 0-23', peakHour: 'a calendar position, hour of day 0-23',
  relativeHumidity: '0-1', utilization: '0-1', meanUtilization: '0-1', amplitude: 'of utilization, 0-1', minSpeed: 'fan speed ratio, 0-1',
  minLoading: 'of the fan flow curve, 0-1', maxLoading: 'of the fan flow curve, 0-1', effectiveness: 'of an adiabatic pad, 0-1',
  evaporativeEffectiveness: 'of a direct evaporative cooler, 0-1', maxRelativeHumidity: 'relative humidity, 0-1',
  exponent: 'node power curve shape', r: 'node power curve shape (SPECpower fit)', weights: 'relative weights of the job sizes',
  coefficients: 'of a polynomial in fractions', powerLaw: 'exponents and coefficients of fan power in flow fraction',
  noLoad: 'UPS loss coefficient, a fraction of rating', proportional: 'UPS loss coefficient, a fraction of rating', squareLaw: 'UPS loss coefficient, a fraction of rating',
  cyclesOfConcentration: 'a ratio of concentrations', fanPowerPerHeat: 'W of fan per W of heat rejected',
  jobClass: 'an index into JOB_CLASSES (training, inference, batch)', classShares: 'shares of the job classes, 0-1, summing to 1', speed: 'work per second relative to the reference accelerator, per job class',
  tokensPerSecondPerGpu: 'tokens per second per accelerator: the name is the unit', memoryUnitBytes: 'bytes per unit of a trace column: the name is the unit',
  escalation: 'per year, the cost model period', discountRate: 'per year, the cost model period',
  samples: 'a count (failure histories)', utilityFeeds: 'a count (utility feeds)',
};
const unitOk = (name: string) => UNIT_SUFFIX.test(name) || MONEY.test(name) || RATIO_WORD.test(name) || name in DIMENSIONLESS;

/** Dotted paths (`[]` for array elements) of the number-typed leaves of the Scenario type, read with the TypeScript checker. */
function numericScenarioFields(): string[] {
  const file = join(ROOT, 'sim/scenario/schema.ts');
  const program = ts.createProgram([file], {
    strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true, noEmit: true, types: ['node'],
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const scenario = checker.getExportsOfModule(moduleSymbol).find((s) => s.name === 'Scenario')!;
  const out = new Set<string>();
  const open = new Set<ts.Type>();
  const walk = (t: ts.Type, path: string): void => {
    if (t.isUnion()) return t.types.forEach((m) => walk(m, path));
    if (t.flags & ts.TypeFlags.NumberLike) return void out.add(path);
    if (!(t.flags & (ts.TypeFlags.Object | ts.TypeFlags.Intersection)) || t.getCallSignatures().length || open.has(t)) return;
    if (checker.isArrayType(t) || checker.isTupleType(t)) return checker.getTypeArguments(t as ts.TypeReference).forEach((a) => walk(a, `${path}[]`));
    open.add(t);
    for (const p of checker.getPropertiesOfType(t)) walk(checker.getTypeOfSymbol(p), path ? `${path}.${p.name}` : p.name);
    open.delete(t);
  };
  walk(checker.getDeclaredTypeOfSymbol(scenario), '');
  return [...out].sort();
}

describe('conventions', () => {
  it('(1) every model file has its TSDoc sections and a test at the mirrored path', () => {
    const problems: string[] = [];
    for (const path of sourceFiles('sim/models')) {
      const text = read(path);
      if (NOT_A_MODEL.has(posix.basename(path)) || isTypeOnly(text)) continue;
      const testPath = path.replace(/^sim\//, 'test/').replace(/\.ts$/, '.test.ts');
      problems.push(...modelDocProblems(path, text, testPath));
      if (!existsSync(join(ROOT, testPath))) problems.push(`${path}: no test file at ${testPath}`);
    }
    expect(problems, 'model files breaking rule (1)').toEqual([]);
  });

  it('(2) imports follow the layout: each part imports only the parts below it', () => {
    const problems: string[] = [];
    for (const path of [...sourceFiles('sim'), ...sourceFiles('reports')]) {
      const from = partOf(path);
      if (from === undefined) {
        problems.push(`${path}: belongs to no part of the layout (add it to PARTS here and to README.md's folder map)`);
        continue;
      }
      for (const spec of importSpecifiers(read(path))) {
        const target = resolveImport(path, spec);
        if (target === null) continue;
        const why = importProblem(path, target);
        if (why) problems.push(`${path}: imports ${spec} (${target}): ${why}`);
      }
    }
    expect(problems, 'imports breaking rule (2)').toEqual([]);
  });

  it('(3) conversion factors 3.6e6, 3600000 and 273.15 appear in code only in sim/units.ts', () => {
    // Comments are ignored: a doc block may explain a conversion; code must call sim/units.ts.
    const factor = /(?<![\w.])(3\.6e\+?6|3_?600_?000|273\.15)(?![\w])/gi;
    const problems: string[] = [];
    for (const path of [...sourceFiles('sim'), ...sourceFiles('reports')]) {
      if (path === 'sim/units.ts') continue;
      stripComments(read(path))
        .split('\n')
        .forEach((line, i) => {
          for (const m of line.matchAll(factor)) problems.push(`${path}:${i + 1}: literal ${m[1]}: use the constants of sim/units.ts`);
        });
    }
    expect(problems, 'files breaking rule (3)').toEqual([]);
  });

  it(`(4) every source file under sim/ and reports/ has at most ${MAX_LINES} lines (about ${WARN_LINES}), or is listed with a reason`, () => {
    const lengths = [...sourceFiles('sim'), ...sourceFiles('reports')].map((path) => ({ path, lines: lineCount(read(path)) }));
    const tooLong = lengths
      .filter((f) => f.lines > MAX_LINES && !(f.path in LONG_FILES))
      .map((f) => `${f.path}: ${f.lines} lines (limit ${MAX_LINES}; split it, or list it in LONG_FILES with a reason)`);
    const stale = Object.keys(LONG_FILES).filter((p) => !lengths.some((f) => f.path === p && f.lines > MAX_LINES));
    const warn = lengths.filter((f) => f.lines > WARN_LINES && f.lines <= MAX_LINES).map((f) => `${f.path}: ${f.lines} lines`);
    const message = `files breaking rule (4); over the ~${WARN_LINES}-line target (warning only): ${warn.join('; ') || 'none'}; ` +
      `LONG_FILES entries no longer needed: ${stale.join(', ') || 'none'}`;
    expect(tooLong, message).toEqual([]);
  });

  it('(5) the README folder map lists only folders that exist', (ctx) => {
    const readme = existsSync(join(ROOT, 'README.md')) ? read('README.md') : '';
    const map = /^#+\s*Folder map\s*\n+```[^\n]*\n([\s\S]*?)```/im.exec(readme)?.[1];
    if (!map) return ctx.skip();
    const problems: string[] = [];
    const stack: Array<{ indent: number; name: string }> = [];
    for (const line of map.split('\n')) {
      const m = /^( *)([\w.@-]+)\/(?:\s|$)/.exec(line);
      if (!m) continue;
      const indent = m[1].length;
      while (stack.length && stack[stack.length - 1].indent >= indent) stack.pop();
      stack.push({ indent, name: m[2] });
      const folder = stack.map((s) => s.name).join('/');
      const abs = join(ROOT, folder);
      if (!existsSync(abs) || !statSync(abs).isDirectory()) problems.push(`README.md folder map: ${folder}/ does not exist`);
    }
    expect(problems, 'README folder map entries breaking rule (5)').toEqual([]);
  });

  it('(6) every model is used by a validation test or a shipped scenario, or is listed with a reason', () => {
    const validated = new Set(
      sourceFiles('test/validation')
        .filter((p) => p.endsWith('.validation.test.ts'))
        .flatMap((p) => importSpecifiers(read(p)).map((spec) => resolveImport(p, spec)))
        .filter((t): t is string => t !== null),
    );
    const shipped = new Set([...valueImportClosure('sim/scenario/load.ts'), ...valueImportClosure('sim/simulate.ts'), ...valueImportClosure('sim/studies/evaluate.ts')]);
    const problems: string[] = [];
    for (const path of sourceFiles('sim/models')) {
      if (NOT_A_MODEL.has(posix.basename(path)) || isTypeOnly(read(path))) continue;
      const used = validated.has(path) || shipped.has(path);
      if (!used && !(path in MODEL_USE_EXCEPTIONS)) {
        problems.push(`${path}: imported by no test/validation/*.validation.test.ts and not reached from sim/scenario/load.ts, sim/simulate.ts or sim/studies/evaluate.ts (what every shipped scenario runs)`);
      }
      if (used && path in MODEL_USE_EXCEPTIONS) problems.push(`${path}: is used now; remove it from MODEL_USE_EXCEPTIONS`);
    }
    expect(problems, 'models breaking rule (6)').toEqual([]);
  });

  it('(7) every numeric field of Scenario ends in a unit suffix, names money or is listed as dimensionless', () => {
    const fields = numericScenarioFields();
    expect(fields.length, 'the Scenario type was read (sim/scenario/schema.ts)').toBeGreaterThan(50);
    const problems = fields
      .filter((path) => !unitOk(path.replace(/\[\]/g, '').split('.').pop()!))
      .map((path) => `Scenario.${path}: a number without a unit suffix (${UNIT_SUFFIXES.join(', ')}); rename it or add it to DIMENSIONLESS with a reason`);
    const names = new Set(fields.map((p) => p.replace(/\[\]/g, '').split('.').pop()!));
    const stale = Object.keys(DIMENSIONLESS).filter((n) => !names.has(n)).map((n) => `DIMENSIONLESS.${n}: no numeric Scenario field has this name; remove it`);
    expect([...problems, ...stale], 'Scenario fields breaking rule (7)').toEqual([]);
  });
});

// The checker itself, on synthetic files, so that a rule passing means something.
describe('conventions checker', () => {
  it('finds static, re-exported, type-only, side-effect and dynamic imports, not commented ones', () => {
    const text = [
      "import { a } from './a.js';",
      "import type {\n  B,\n  C,\n} from '../engine/b.js';",
      "export { d } from './d.js';",
      "import './side.js';",
      "const e = await import('../../reports/e.js');",
      "// import { f } from './f.js';",
      "/* import g from './g.js'; */",
      "import psychrolib from 'psychrolib';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a.js', '../engine/b.js', './d.js', 'psychrolib', './side.js', '../../reports/e.js']);
    expect(resolveImport('sim/models/it/psu.ts', '../../engine/env.js')).toBe('sim/engine/env.ts');
    expect(resolveImport('sim/models/it/psu.ts', 'zod')).toBeNull();
  });

  it('places every file in a part and refuses imports against the layout', () => {
    expect(importProblem('sim/metrics/summary.ts', 'sim/simulate.ts')).toMatch(/^metrics may import only/);
    expect(importProblem('sim/metrics/summary.ts', 'sim/simulation/designRun.ts')).toBeDefined();
    expect(importProblem('sim/metrics/summary.ts', 'sim/simulation/trace.ts')).toBeUndefined();
    expect(importProblem('sim/studies/montecarlo/x.ts', 'sim/cli/table.ts')).toBeDefined();
    expect(importProblem('sim/simulate.ts', 'sim/studies/evaluate.ts')).toBeDefined();
    expect(importProblem('sim/models/it/psu.ts', 'sim/engine/env.ts')).toBeDefined();
    expect(importProblem('sim/models/it/psu.ts', 'sim/units.ts')).toBeUndefined();
    expect(importProblem('sim/studies/x.ts', 'sim/models/cooling/chiller.ts')).toBeDefined();
    expect(importProblem('sim/cli/main.ts', 'reports/write.ts')).toBeUndefined();
    expect(importProblem('sim/tco/tco.ts', 'reports/write.ts')).toBeDefined();
    expect(partOf('sim/newThing.ts')).toBeUndefined();
  });

  it('tells unit-suffixed, money, ratio and listed names from unitless ones', () => {
    for (const ok of ['facilityDeltaTK', 'controlStepS', 'elevationM', 'densityWPerM2', 'gridCarbonKgPerJ', 'waterPricePerM3', 'sizingFactor', 'ratedCop', 'seed']) expect(unitOk(ok), ok).toBe(true);
    for (const bad of ['rate', 'capacity', 'supplyAir', 'tempc', 'horizon']) expect(unitOk(bad), bad).toBe(false);
  });

  it('tells type-only files from files with runtime exports', () => {
    expect(isTypeOnly('export interface A { x: number }\nexport type B = A;\nexport type { C } from "./c.js";')).toBe(true);
    expect(isTypeOnly('export interface A { x: number }\nexport const f = () => 1;')).toBe(false);
    expect(isTypeOnly('export { f } from "./f.js";')).toBe(false);
    expect(isTypeOnly('/**\n * export const x = 1\n */\nexport type T = number;')).toBe(true);
  });

  it('reports each missing doc section and a "Validated by" path that does not exist', () => {
    const doc = (sections: string) => `/**\n * Title.\n${sections}\n */\nexport const f = 1;`;
    const full = doc(' * Equation (x = a,\n *   y = b):\n *   y = x\n * Assumptions: none.\n * Validity: all x.\n * References: a book, eq. 1.\n * Validated by: test/units.test.ts');
    expect(modelDocProblems('m.ts', full, 'test/m.test.ts')).toEqual([]);
    const partial = doc(' * Equation: y = x\n * Validated by: test/nowhere.test.ts and test/m.test.ts');
    expect(modelDocProblems('m.ts', partial, 'test/m.test.ts')).toEqual([
      'm.ts: TSDoc block lacks the section(s) "Assumptions:", "Validity:", "References:"',
      'm.ts: "Validated by" names test/nowhere.test.ts, which does not exist',
    ]);
    expect(modelDocProblems('m.ts', 'export const f = 1;', 'x')).toHaveLength(1);
  });
});
