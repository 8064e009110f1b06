/**
 * Prints one plain closing line, `tests: N passed, N failed, N skipped`, after
 * vitest's own summary, so CI logs can be read by tools that do not know vitest.
 *
 * "failed" counts failed tests, and also every failure that is not a test's own:
 * a test file that could not be collected or imported, a failed beforeAll/afterAll
 * hook (its suite's errors; vitest skips that suite's tests), and each unhandled
 * error. A run with any of them is never reported as "0 failed".
 */
import type { Reporter, TestModule } from 'vitest/node';

/** The parts of vitest's reported tasks that the count reads (so a test can pass plain objects). */
export interface CountableSuite {
  errors(): readonly unknown[];
  children: {
    allTests(): Iterable<{ result(): { state: string } }>;
    allSuites(): Iterable<{ errors(): readonly unknown[] }>;
  };
}

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Failures that are not a test's own: files, hooks, unhandled errors (included in `failed`). */
  outsideTests: number;
}

export function countResults(modules: readonly CountableSuite[], unhandledErrors: readonly unknown[] = []): RunCounts {
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0, outsideTests: unhandledErrors.length };
  for (const m of modules) {
    if (m.errors().length > 0) counts.outsideTests++;
    for (const s of m.children.allSuites()) if (s.errors().length > 0) counts.outsideTests++;
    for (const t of m.children.allTests()) {
      const state = t.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') counts.failed++;
      else counts.skipped++;
    }
  }
  counts.failed += counts.outsideTests;
  return counts;
}

export const closingLine = (c: RunCounts): string => `tests: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;

export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown> = []): void {
    const counts = countResults(testModules, unhandledErrors);
    const outside = counts.outsideTests > 0 ? `\n(${counts.outsideTests} of the failures are test files, hooks or unhandled errors, not single tests)` : '';
    process.stdout.write(`${outside}\n${closingLine(counts)}\n`);
  }
}
