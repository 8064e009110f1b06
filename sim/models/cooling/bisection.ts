/**
 * The root search of the fan-speed and series-split solvers: plain bisection of a non-increasing
 * function, computed with a few function calls instead of one per halving.
 *
 * Equation (the result, f non-increasing on [lo, hi]):
 *   repeat `iterations` times: mid = 0.5 * (lo + hi); if f(mid) > 0 then lo = mid else hi = mid
 *   return hi
 * How it is computed: a bracket [a, b] with f(a) > 0 >= f(b) at interior points, found by secant steps
 *   kept inside the bracket (bisecting it when a step leaves it, as Dekker's method does), tells the
 *   outcome of every midpoint outside (a, b) without calling f (mid <= a: f(mid) >= f(a) > 0; mid >= b:
 *   f(mid) <= f(b) <= 0); midpoints inside it are evaluated as plain bisection would. So the halvings, and the returned number, are
 *   those of plain bisection: typically 8-10 calls of f instead of `iterations`.
 * Assumptions: f is non-increasing as computed in floating point. Where rounding makes it wobble (within
 *   a few ulps of its value near the root) a midpoint that lands in that band may be decided the other
 *   way than plain bisection would: the result then differs by one final halving (< 1e-9 of the span at
 *   30 iterations), far below any model's accuracy; runs stay deterministic.
 * Validity: lo <= hi, iterations >= 0; f finite on [lo, hi].
 * References: Press et al., Numerical Recipes 3rd ed. (2007), section 9.1 (bisection), 9.2 (secant) and
 *   9.3 (Brent's safeguarding); Dekker (1969), "Finding a zero by means of successive linear interpolation".
 * Validated by: test/models/cooling/bisection.test.ts (identical to plain bisection on random monotone
 *   functions, property test; call counts)
 * @example bisectDecreasing((x) => 2 - x * x, 0, 2, 30) // => 1.4142135619, the same as 30 plain halvings
 */

/** The bracket search stops once the bracket is this fraction of the span (below the last halving's width). */
const BRACKET_FRACTION = 2 ** -40;
const MAX_BRACKET_STEPS = 40;

/**
 * Where a search reads the point to evaluate and writes its value: the per-step searches (fan speed, series
 * split) pass numbers through a typed array, not as arguments and return values, because V8 allocates a heap
 * number for every double crossing a call it does not inline (5-6 MB per simulated year, measured). Each search
 * owns its register (in the caller's workspace, newSearchRegister), so a search nested inside another's
 * evaluation (a tower inside a series split) has its own and cannot disturb the outer one.
 */
export type SearchRegister = Float64Array;
/** Slots of a SearchRegister: the point, f there, and f there straightened (see bisectDecreasing). */
export const SEARCH_X = 0;
export const SEARCH_F = 1;
export const SEARCH_STRAIGHT = 2;
export const newSearchRegister = (): SearchRegister => new Float64Array(3);

/**
 * bisectDecreasing with `evaluate(context, register)` as the search's function, which sets register[SEARCH_F] = f(x)
 * and register[SEARCH_STRAIGHT] = straighten(f(x)) for x = register[SEARCH_X]; `sLo`, `sHi` are straighten(f(lo))
 * and straighten(f(hi)). The same halvings and result as bisectDecreasing, allocating nothing.
 */
export function bisectDecreasingIn<C>(evaluate: (context: C, register: SearchRegister) => void, context: C, register: SearchRegister, lo: number, hi: number, iterations: number, sLo: number, sHi: number): number {
  // Every x <= a has f(x) > 0 and every x >= b has f(x) <= 0, known from calls of f at interior points only:
  // f may jump at the ends (a unit with no heat), where plain bisection never looks.
  let a = lo;
  let b = hi;
  const tol = BRACKET_FRACTION * (hi - lo);
  // Secant through the last two points, kept inside the bracket and at least tol / 4 from its ends (so that a
  // secant creeping up on the root from one side also closes the other); the bracket's middle when it leaves.
  let x0 = lo;
  let f0 = sLo;
  let x1 = hi;
  let f1 = sHi;
  for (let i = 0; i < MAX_BRACKET_STEPS && b - a > tol; i++) {
    let x = x1 - (f1 * (x1 - x0)) / (f1 - f0);
    if (!(x >= a && x <= b)) x = 0.5 * (a + b);
    x = Math.min(Math.max(x, a + 0.25 * tol), b - 0.25 * tol);
    register[SEARCH_X] = x;
    evaluate(context, register);
    if (register[SEARCH_F] > 0) a = x;
    else b = x;
    x0 = x1;
    f0 = f1;
    x1 = x;
    f1 = register[SEARCH_STRAIGHT];
  }
  for (let i = 0; i < iterations; i++) {
    const mid = 0.5 * (lo + hi);
    if (mid <= a) lo = mid;
    else if (mid >= b) hi = mid;
    else {
      register[SEARCH_X] = mid;
      evaluate(context, register);
      if (register[SEARCH_F] > 0) lo = a = mid;
      else hi = b = mid;
    }
  }
  return hi;
}

/**
 * `fLo`, `fHi`: f(lo) and f(hi) when the caller has them already. `straighten` maps values of f to values that
 * vary more linearly with x (same sign of zero crossing, e.g. 1/value for a value like 1/x): it only steers the
 * secant's guesses (fewer calls), never a decision.
 */
export function bisectDecreasing(f: (x: number) => number, lo: number, hi: number, iterations: number,
  fLo = f(lo), fHi = f(hi), straighten: (value: number) => number = (v) => v): number {
  const evaluate = (_: undefined, register: SearchRegister): void => {
    const fx = f(register[SEARCH_X]);
    register[SEARCH_F] = fx;
    register[SEARCH_STRAIGHT] = straighten(fx);
  };
  return bisectDecreasingIn(evaluate, undefined, newSearchRegister(), lo, hi, iterations, straighten(fLo), straighten(fHi));
}
