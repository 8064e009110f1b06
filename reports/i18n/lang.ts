/**
 * The report languages and their message catalogues. A `Lang` is passed
 * explicitly from the CLI (`--lang`) through WriteOptions to every report
 * builder; there is no module-level "current language". English is the
 * default, and its output is byte-identical to the output before languages.
 * Numbers are formatted by ../format.ts outside the catalogue and handed to its
 * message functions as text, so both languages print the same digits.
 */
import { en, type Messages } from './en.js';
import { zhCN } from './zhCN.js';

export const LANGS = ['en', 'zh-CN'] as const;

export type Lang = (typeof LANGS)[number];

export type { Messages };

export const DEFAULT_LANG: Lang = 'en';

const CATALOGUES: Record<Lang, Messages> = { en, 'zh-CN': zhCN };

export const isLang = (text: string): text is Lang => (LANGS as readonly string[]).includes(text);

/** The catalogue of `lang`. */
export const messages = (lang: Lang = DEFAULT_LANG): Messages => CATALOGUES[lang];
