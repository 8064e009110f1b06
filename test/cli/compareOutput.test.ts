/** compare's default folder name: file-safe scenario names, shortened when long. */
import { describe, expect, it } from 'vitest';
import { defaultCompareDir } from '../../sim/cli/compareOutput.js';

describe('defaultCompareDir', () => {
  it('joins the scenario names, file-safe, each once', () => {
    expect(defaultCompareDir('/w', ['hangzhou-default', 'phoenix procurement'])).toBe('/w/out/compare-hangzhou-default-phoenix-procurement');
    expect(defaultCompareDir('/w', ['light', 'light'])).toBe('/w/out/compare-light');
    expect(defaultCompareDir('/w', ['test/fixtures/a.yaml', '../b'])).toBe('/w/out/compare-test-fixtures-a.yaml-b');
  });

  it('cuts many or long names to the first and a count', () => {
    const names = Array.from({ length: 12 }, (_, i) => `site-number-${i}`);
    expect(defaultCompareDir('/w', names)).toBe('/w/out/compare-site-number-0-and-11-more');
  });
});
