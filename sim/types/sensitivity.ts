/**
 * summary.json's monteCarlo.sensitivity: which uncertain inputs decide the
 * comparison of the two leading designs (sim/studies/montecarlo/sensitivity.ts).
 */

/** One uncertain input's effect on the TCO difference of the two leading designs. */
export interface InputSensitivity {
  path: string;
  /** Unit of p10 / p50 / p90 as written in the scenario. */
  unit: string;
  /** The input's own p10 / p50 / p90 (quantiles of its distribution). */
  p10: number;
  p50: number;
  p90: number;
  /** TCO difference (runner-up minus leader) with this input at its p10, every other input at its p50. */
  differenceAtP10: number;
  /** Same with this input at its p90. */
  differenceAtP90: number;
  /** |differenceAtP90 - differenceAtP10|: the tornado bar's length. */
  swing: number;
  /** Paths of the same shared draw that moved with this one (common random numbers: one bar for the draw). */
  sharedWith?: string[];
  /** Spearman rank correlation of the input's drawn values with the TCO difference over the samples; null when either is constant. */
  rankCorrelation: number | null;
  /** True when the input at its p10 or at its p90 gives the difference another sign than at p50 (it changes which design is cheaper). */
  changesAnswer: boolean;
}

export interface MonteCarloSensitivity {
  /** The two designs with the lowest p50 of tco.total, lowest first. */
  leader: string;
  runnerUp: string;
  /** The difference: tco.total of runnerUp minus leader's (present value, scenario currency; > 0: the leader is cheaper). */
  kpi: 'tco.total';
  /** The difference with every input at its p50 (the tornado's centre line). */
  differenceAtP50: number;
  /** How the difference at p10 / p90 was evaluated: re-costed on the base run's physics, or re-simulated. */
  evaluation: 'recosted' | 'resimulated';
  /** Every uncertain input, by swing, largest first (ties by path). */
  inputs: InputSensitivity[];
  /** The (up to) two inputs that decide the answer: the two largest tornado swings. */
  deciding: string[];
  decidedBy: 'tornado swing';
}
