/**
 * How a sweep axis becomes a column of the tidy sweep table: named by the
 * swept path, numbers as numbers, and a unit that every value carries moved
 * from the values into the column name (`_<unit>`, `/` written `_per_`):
 *
 *   approach=4 K,8 K           ->  `...dryCooler.approach_K`   4, 8
 *   workload.nodes.count=80,160 ->  `workload.nodes.count`     80, 160
 *   ratedPower=100 kW,0.1 MW   ->  text as typed (two units: converting would hide what was typed)
 *   site.weather=a.epw,b.epw   ->  text as typed
 *
 * A path that names a fixed column (`currency`) gets `_swept` so no two columns share a name.
 */
import type { SweepAxis, SweepColumnKind } from '../../types/sweep.js';
import { unitSuffix } from '../../units.js';

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const NUMBER_WITH_UNIT = /^([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*([A-Za-z%][A-Za-z0-9%/^]*)$/;


/** The unit every value carries, '' when every value is a plain number, undefined when neither. */
function commonUnit(values: readonly string[]): string | undefined {
  if (values.every((v) => NUMBER.test(v) && Number.isFinite(Number(v)))) return '';
  const units = values.map((v) => NUMBER_WITH_UNIT.exec(v)?.[2]);
  const [first] = units;
  return first !== undefined && units.every((u) => u === first) && values.every((v) => Number.isFinite(Number(NUMBER_WITH_UNIT.exec(v)![1]))) ? first : undefined;
}

/** The grid's record of an axis: its column name and the unit stripped from its values. */
export function sweepAxis(path: string, printedPath: string, values: readonly string[], fixedColumns: ReadonlySet<string>): SweepAxis {
  const unit = commonUnit(values);
  const name = unit ? `${printedPath}_${unitSuffix(unit)}` : printedPath;
  return { path, column: fixedColumns.has(name) ? `${name}_swept` : name, unit: unit || null, values: [...values] };
}

export const axisKind = (axis: SweepAxis): SweepColumnKind => (commonUnit(axis.values) === undefined ? 'string' : 'number');

/** The cell of a value (its number, unit stripped, on a numeric axis; else its text as typed), kind judged once. */
export function axisCell(axis: SweepAxis): (text: string) => string | number {
  if (axisKind(axis) === 'string') return (text) => text;
  return (text) => Number(axis.unit === null ? text : NUMBER_WITH_UNIT.exec(text)![1]);
}
