import { describe, expect, it } from 'vitest';
import { parseSuiteArgs } from '../../sim/bench/suiteArgs.js';
import { SUITE_DEFAULTS } from '../../sim/bench/suite.js';

describe('bench table flags', () => {
  it('no flags: the text table with the defaults (1,000 Monte Carlo samples, a year of gpu-fifo-v1, peers on)', () => {
    expect(parseSuiteArgs([])).toEqual({ format: 'text', ...SUITE_DEFAULTS });
    expect(SUITE_DEFAULTS.mcSamples).toBe(1000);
    expect(SUITE_DEFAULTS.mcRuns).toBe(3);
  });

  it('reads every flag; --mc-samples 0 skips Monte Carlo', () => {
    const args = parseSuiteArgs(['--json', '--runs', '5', '--startup-runs', '21', '--mc-samples', '0', '--mc-runs', '1', '--days', '30', '--no-peers']);
    expect(args).toEqual({ format: 'json', runs: 5, startupRuns: 21, mcSamples: 0, mcRuns: 1, days: 30, peers: false });
    expect(parseSuiteArgs(['--markdown']).format).toBe('markdown');
  });

  it('a bad value or an unknown flag is one line naming the flag', () => {
    expect(() => parseSuiteArgs(['--runs', '0'])).toThrow("--runs: expected a whole number of at least 1, got '0'");
    expect(() => parseSuiteArgs(['--days'])).toThrow("--days: expected a whole number of at least 1, got ''");
    expect(() => parseSuiteArgs(['--mc-samples', '1.5'])).toThrow("--mc-samples: expected a whole number of at least 0, got '1.5'");
    expect(() => parseSuiteArgs(['--peers'])).toThrow('--peers: expected one of --json, --markdown, --runs, --startup-runs, --mc-samples, --mc-runs, --days, --no-peers, got an unknown flag');
  });
});
