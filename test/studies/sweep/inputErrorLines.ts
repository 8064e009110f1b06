/** The lines of the InputError that `f` throws ([] when it throws none); other errors propagate. */
import { InputError } from '../../../sim/errors.js';

export function inputErrorLines(f: () => unknown): string[] {
  try {
    f();
  } catch (err) {
    if (err instanceof InputError) return err.lines;
    throw err;
  }
  return [];
}
