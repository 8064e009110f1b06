/**
 * mathjs's unit parser, for the scenario's quantity fields (fields.ts) and the
 * transformer's apparent power (schema/power.ts). mathjs only *parses units*
 * here: no expression is evaluated, so a scenario file can never execute code.
 */
import {
  addScalar, BigNumber, Complex, config, createPow, createUnitClass, createUnitFunction, divideScalar, Fraction,
  fraction as mathFraction, isNumeric, multiplyScalar, number, subtractScalar, typed, type Unit as MathUnit,
} from 'mathjs';
import { createRequire } from 'node:module';

/** Values mathjs exports (lib/esm/entry/mainAny.js) that its type declarations leave out. */
declare module 'mathjs' {
  const addScalar: unknown, subtractScalar: unknown, multiplyScalar: unknown, divideScalar: unknown, config: unknown;
  const BigNumber: unknown, Complex: unknown;
  const createUnitClass: (dependencies: Record<string, unknown>) => unknown;
  const createPow: (dependencies: Record<string, unknown>) => unknown;
  const createUnitFunction: (dependencies: Record<string, unknown>) => (text: string) => MathUnit;
}

type AnyFunction = (...args: unknown[]) => unknown;
type Deferred = 'abs' | 'equal' | 'fix' | 'format' | 'round' | 'identity' | 'inv' | 'matrix' | 'multiply';
let deferred: Record<Deferred, AnyFunction> | undefined;
/** mathjs's own `name` (its default instance, loaded on the first call: never, when units are only parsed and converted). */
const later = (name: Deferred): AnyFunction => (...args) => {
  deferred ??= createRequire(import.meta.url)('mathjs') as Record<Deferred, AnyFunction>;
  return deferred[name](...args);
};

/**
 * mathjs's `unit(text)`, built exactly as mathjs's default instance builds it (lib/esm/entry/
 * pureFunctionsAny.generated.js, `Unit`, `pow` and `unit`) from the same exported functions and
 * factories, except that the functions parsing and converting never call are the default instance's
 * own, loaded on their first call: abs, equal, fix, format and round (Unit uses them to compare,
 * simplify and print), and identity, inv, matrix and multiply (pow uses them for matrix powers only).
 * Parsing and conversion are mathjs's, unchanged. Why: the CLI bundle (sim/cli/bundle.ts) tree-shakes
 * mathjs to what this needs, and creating those typed functions (and the matrix machinery behind them)
 * was most of mathjs's start-up; measured on `dctwin validate`, bundled, busy 2-core machine:
 * 0.31 -> 0.27 s median (the first five), then 0.27 -> 0.24 s (pow's matrix functions). (Measured too: a
 * `create({ unitDependencies })` instance, slower; a file-URL import of mathjs's lib/esm, not bundleable.)
 * No `create`, `evaluate` or `parse` is imported: a scenario can never run an expression.
 */
export const mathUnit = createUnitFunction({
  typed,
  Unit: createUnitClass({
    BigNumber, Complex, Fraction, abs: later('abs'), addScalar, config, divideScalar, equal: later('equal'), fix: later('fix'),
    format: later('format'), isNumeric, multiplyScalar, number, round: later('round'), subtractScalar,
    pow: createPow({
      Complex, config, fraction: mathFraction, number, typed,
      identity: later('identity'), inv: later('inv'), matrix: later('matrix'), multiply: later('multiply'),
    }),
  }),
});
