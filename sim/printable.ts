/**
 * Text from input files made safe for a terminal. Messages quote what a file holds (a trace field,
 * a station name, a YAML value); a raw ESC byte there could recolour, move the cursor or retitle the
 * terminal, and a bidirectional override could make the line read differently from its bytes
 * ("Trojan Source", CVE-2021-42574). So every line dctwin prints on stderr, and every table cell that
 * comes from a file, passes through `printable`.
 */

/**
 * C0 controls (tab and line breaks too: a message is one line), DEL, C1 controls, the bidirectional
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and marks (U+200E, U+200F, U+061C),
 * and the line and paragraph separators (U+2028, U+2029).
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for a control character below U+0100, `\u{202e}` above. */
function escape(ch: string): string {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** `text` with every control or bidi-control character written as an escape: `a\x1b[31mb` for `a<ESC>[31mb`. */
export function printable(text: string): string {
  UNPRINTABLE.lastIndex = 0;
  return UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE, escape) : text;
}
