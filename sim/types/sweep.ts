/**
 * sweep.json's contract (`dctwin sweep`, `dctwin merge`): the grid that was
 * run, the shard it covers, its typed columns, and tidy rows, one per case x
 * design, keyed by column name. sweep.csv (and any other table writer) is
 * built from this alone; reports read it without reaching into the sweep code.
 */

/** A cell of a sweep row: exact number, text, or null (missing, no costs). */
export type SweepCell = string | number | null;

/** One row per case and design, keyed by column name (`case`, axis columns, `design`, KPIs). */
export type SweepRow = Record<string, SweepCell>;

export type SweepColumnKind = 'integer' | 'number' | 'string';

export interface SweepColumn {
  /** Name with its unit after an underscore where it has one (`wue_L_per_kWh`, `...approach_K`). */
  name: string;
  kind: SweepColumnKind;
}

export interface SweepAxis {
  /** The path as typed after `--set` (`designs[0].racks.count`). */
  path: string;
  /** The column holding this axis in sweep.csv: the path as messages print it, plus `_<unit>` when every value carries the same unit. */
  column: string;
  /** The unit stripped from every value (`K` for `4 K,8 K`), or null when the values are plain numbers or text. */
  unit: string | null;
  /** Each value's text, trimmed, as typed. */
  values: string[];
}

export interface GridDefinition {
  /** The scenario's name (of case 1). */
  scenario: string;
  /** The scenario file as the user typed it (informative; not part of the hash). */
  file: string;
  /** SHA-256 of the scenario file's bytes. */
  scenarioSha256: string;
  /** `--seed`, or null when each case uses its scenario's seed. */
  seed: number | null;
  /** The program that ran it, e.g. `dctwin 0.1.0`: shards of different versions do not merge. */
  generator: string;
  axes: SweepAxis[];
  cases: number;
  /** SHA-256 of everything above that decides the results (not `file` nor `scenario`). */
  hash: string;
  /** Case 1's workload has several node groups (XPU pool): the table has the pool columns (sweep/poolKpis.ts). Absent otherwise. */
  pool?: true;
}

export interface SweepTable {
  grid: GridDefinition;
  /** The shard these rows cover; absent for a complete sweep. */
  shard?: { index: number; count: number };
  /** Every column, in output order; a function of the grid alone, so shards and their merge agree. */
  columns: SweepColumn[];
  /** Rows in ascending case order, designs in scenario order within a case. */
  rows: SweepRow[];
}
