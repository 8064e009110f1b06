/**
 * What "the same numbers in both languages" means, shared by the zh-CN tests: the number tokens of a text
 * (1,234.5 counts as one) with how often each occurs, and the English ones the Chinese text lacks.
 */

/** Number tokens with how often each occurs. */
export function numberCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/g)) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** English numbers missing from the Chinese text (or fewer there), as `token: en x, zh y`. */
export function missing(english: string, chinese: string): string[] {
  const zh = numberCounts(chinese);
  return [...numberCounts(english)].filter(([t, n]) => (zh.get(t) ?? 0) < n).map(([t, n]) => `${t}: en ${n}, zh ${zh.get(t) ?? 0}`);
}

/** report.html without what is not words: inline scripts (bundles, chart specs), styles, the charts' SVG drawing, character references. */
export const pageText = (html: string): string =>
  html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<style\b[\s\S]*?<\/style>/g, '').replace(/<svg\b[\s\S]*?<\/svg>/g, '')
    .replace(/&#\d+;/g, "'"); // an escaped apostrophe (&#39;) is not a number
