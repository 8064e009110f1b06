/** Flags of the bench table (`npm run bench -- [flags]`); a bad flag is one line naming it. */
import { SUITE_DEFAULTS, type SuiteOptions } from './suite.js';

/** The suite's options a flag can set, and the output format. */
export interface SuiteArgs extends Omit<SuiteOptions, 'root' | 'onFigure'> {
  format: 'text' | 'json' | 'markdown';
}

export const SUITE_USAGE =
  'usage: bench [--json | --markdown] [--runs N] [--startup-runs N] [--mc-samples N (0 skips)] [--mc-runs N] [--days D] [--no-peers]\n' +
  '       bench gpu-fifo-v1 [--days D] [--seed S] [--repeat N] [--json] [--peers]';

const NUMBER_FLAGS = { '--runs': 'runs', '--startup-runs': 'startupRuns', '--mc-samples': 'mcSamples', '--mc-runs': 'mcRuns', '--days': 'days' } as const;

/** Parses the flags; throws an Error whose message is `FLAG: expected ..., got ...`. */
export function parseSuiteArgs(argv: readonly string[]): SuiteArgs {
  const args: SuiteArgs = { format: 'text', ...SUITE_DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--json' || flag === '--markdown') args.format = flag === '--json' ? 'json' : 'markdown';
    else if (flag === '--no-peers') args.peers = false;
    else if (flag in NUMBER_FLAGS) {
      const text = argv[++i] ?? '';
      const v = Number(text);
      const min = flag === '--mc-samples' ? 0 : 1;
      if (!/^\d+$/.test(text) || v < min) throw new Error(`${flag}: expected a whole number of at least ${min}, got '${text}'`);
      args[NUMBER_FLAGS[flag as keyof typeof NUMBER_FLAGS]] = v;
    } else throw new Error(`${flag}: expected one of --json, --markdown, --runs, --startup-runs, --mc-samples, --mc-runs, --days, --no-peers, got an unknown flag`);
  }
  return args;
}
