/**
 * "Did you mean ...?" for unknown keys and bad enum values: the closest known
 * word by Levenshtein distance, and the zod-schema walk that finds which keys
 * an object at a given path knows.
 */
import type { z } from 'zod';

/** Edit distance (insertions, deletions, substitutions) between `a` and `b`. */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The known word closest to `word`, if it is close enough to be a typo: at
 * most a third of the word's letters (at least 2) differ, ignoring case; else
 * a known word that it starts (`liquid` for `liquid-pod`) or that starts it.
 * Ties go to the first candidate, so the answer is deterministic.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = levenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (bestDistance <= limit) return best;
  if (lower.length < 3) return undefined;
  return candidates.find((c) => c.length >= 3 && (c.toLowerCase().startsWith(lower) || lower.startsWith(c.toLowerCase())));
}

/** ` (did you mean 'x'?)` or the empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const hint = closest(word, candidates);
  return hint === undefined || hint === word ? '' : ` (did you mean '${hint}'?)`;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** Strips wrappers (optional, default, pipe, lazy, ...) and splits unions into their options. */
function unwrap(schema: z.core.$ZodType, depth = 0): z.core.$ZodType[] {
  if (depth > 50) return [];
  const def = defOf(schema);
  const next = (s: unknown) => unwrap(s as z.core.$ZodType, depth + 1);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return next(def.innerType);
    case 'pipe':
      // the input side says which keys a file may write (`.transform()` is a pipe into a transform)
      return next(def.in);
    case 'lazy':
      return next((def.getter as () => unknown)());
    case 'union':
      return (def.options as unknown[]).flatMap(next);
    case 'intersection':
      return [...next(def.left), ...next(def.right)];
    default:
      return [schema];
  }
}

/** The schemas that describe the value at `path` (several when a union is crossed). */
export function schemasAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType[] {
  let current = unwrap(schema);
  for (const segment of path) {
    current = current.flatMap((s) => {
      const def = defOf(s);
      if (def.type === 'object') {
        const shape = def.shape as Record<string, z.core.$ZodType>;
        return typeof segment === 'string' && Object.hasOwn(shape, segment) ? unwrap(shape[segment]) : [];
      }
      if (def.type === 'array') return typeof segment === 'number' ? unwrap(def.element as z.core.$ZodType) : [];
      if (def.type === 'record') return unwrap(def.valueType as z.core.$ZodType);
      if (def.type === 'tuple') {
        const items = def.items as z.core.$ZodType[];
        return typeof segment === 'number' && segment < items.length ? unwrap(items[segment]) : [];
      }
      return [];
    });
  }
  return current;
}

/** The keys an object at `path` accepts, in schema order, without repeats. */
export function knownKeys(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const keys = new Set<string>();
  for (const s of schemasAt(schema, path)) {
    const def = defOf(s);
    if (def.type === 'object') for (const key of Object.keys(def.shape as object)) keys.add(key);
  }
  return [...keys];
}
