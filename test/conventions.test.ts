/**
 * The project's conventions, checked (see /work/shared/conventions.md, "Tests").
 * Each rule collects every violation as `path: what is wrong` and fails with
 * the full list, so one run tells every author what to fix in which file.
 * Rules: (1) model doc blocks and mirrored tests, (2) import direction,
 * (3) conversion factors only in sim/units.ts, (4) file length, (5) the
 * README folder map names only folders that exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_EXT = /\.(ts|mts|cts|js|mjs|cjs)$/;
const MAX_LINES = 250; // hard limit checked here; conventions.md aims at about 200
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

  it('(2) imports follow the layering: models, engine and reports stay in their lanes', () => {
    const problems: string[] = [];
    const reportsMayUse = (t: string) => /^sim\/metrics\/[^/]*Types\.ts$/.test(t) || t === 'sim/units.ts' || t === 'sim/errors.ts';
    for (const path of [...sourceFiles('sim'), ...sourceFiles('reports')]) {
      for (const spec of importSpecifiers(read(path))) {
        const target = resolveImport(path, spec);
        if (target === null) continue;
        const bad = (why: string) => problems.push(`${path}: imports ${spec} (${target}): ${why}`);
        if (path.startsWith('sim/models/') && /^sim\/(engine|scenario|cli)\//.test(target)) {
          bad('sim/models may not import sim/engine, sim/scenario or sim/cli');
        }
        if (path.startsWith('sim/engine/') && target.startsWith('sim/') && !target.startsWith('sim/engine/') && target !== 'sim/units.ts') {
          bad('sim/engine imports nothing from sim/ except sim/engine and sim/units.ts');
        }
        if (target.startsWith('reports/') && !path.startsWith('sim/cli/') && !path.startsWith('reports/')) {
          bad('only sim/cli may import from reports/');
        }
        if (path.startsWith('reports/') && target.startsWith('sim/') && !reportsMayUse(target)) {
          bad('reports/ may import from sim/ only sim/metrics/*Types.ts, sim/units.ts and sim/errors.ts');
        }
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

  it(`(4) every source file under sim/ and reports/ has fewer than ${MAX_LINES} lines`, () => {
    const lengths = [...sourceFiles('sim'), ...sourceFiles('reports')].map((path) => ({ path, lines: lineCount(read(path)) }));
    const tooLong = lengths.filter((f) => f.lines >= MAX_LINES).map((f) => `${f.path}: ${f.lines} lines (limit ${MAX_LINES})`);
    const warn = lengths
      .filter((f) => f.lines > WARN_LINES && f.lines < MAX_LINES)
      .map((f) => `${f.path}: ${f.lines} lines`);
    const message = `files breaking rule (4); also over the ~${WARN_LINES}-line target (warning only): ${warn.join('; ') || 'none'}`;
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
