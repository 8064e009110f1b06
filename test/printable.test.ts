/** sim/printable.ts: no raw control or bidi-control character reaches the terminal. */
import { describe, expect, it } from 'vitest';
import { printable } from '../sim/printable.js';

describe('printable', () => {
  it('leaves ordinary text, non-ASCII letters and symbols as they are', () => {
    expect(printable("line 3: got 'nœud-1' at 27 °C — ok")).toBe("line 3: got 'nœud-1' at 27 °C — ok");
  });

  it('escapes C0 controls (tab and line breaks too), DEL and C1 controls as \\xNN', () => {
    expect(printable('a\x1b[31mb')).toBe('a\\x1b[31mb');
    expect(printable('a\tb\nc\rd\x00e\x7ff\x9bg')).toBe('a\\x09b\\x0ac\\x0dd\\x00e\\x7ff\\x9bg');
  });

  it('escapes bidirectional overrides, isolates and marks as \\u{...}', () => {
    expect(printable('abc\u202Edef\u2066g\u2069\u200F')).toBe('abc\\u{202e}def\\u{2066}g\\u{2069}\\u{200f}');
  });

  it('is the same on repeated calls (no regex state carried over)', () => {
    expect([printable('\x1b'), printable('\x1b'), printable('x')]).toEqual(['\\x1b', '\\x1b', 'x']);
  });
});
