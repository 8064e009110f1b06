/** Option parsers shared by commands; a bad value is an InputError naming the flag. */
import { InputError } from '../errors.js';
import { isLang, LANGS, type Lang } from '../../reports/i18n/lang.js';

export function parseSeed(text: string): number {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(v) || v > 0xffffffff) {
    throw new InputError(`--seed: expected a whole number from 0 to 4294967295, got '${text}'`);
  }
  return v;
}

export function parsePositiveInt(flag: string, text: string, max = 10_000_000): number {
  const v = Number(text);
  if (!/^\d+$/.test(text.trim()) || v < 1 || v > max) {
    throw new InputError(`${flag}: expected a whole number from 1 to ${max}, got '${text}'`);
  }
  return v;
}

/** `--lang`: a report language (reports/i18n/lang.ts). */
export function parseLang(text: string): Lang {
  if (!isLang(text)) throw new InputError(`--lang: expected one of ${LANGS.join(', ')}, got '${text}'`);
  return text;
}

/** Commander collector for repeatable options (`--set a=1 --set b=2`). */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
