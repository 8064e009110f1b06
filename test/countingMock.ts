/**
 * For vi.mock factories: the module as it is, with one exported function
 * wrapped to count its calls in `counter.count`.
 *   const calls = vi.hoisted(() => ({ count: 0 }));
 *   vi.mock('../../sim/simulate.js', async (original) =>
 *     (await import('../countingMock.js')).countCalls(await original<Record<string, unknown>>(), 'simulate', calls));
 */
export function countCalls<M extends object>(actual: M, name: keyof M & string, counter: { count: number }): M {
  const fn = actual[name] as unknown as (...args: unknown[]) => unknown;
  return { ...actual, [name]: (...args: unknown[]) => (counter.count++, fn(...args)) };
}
