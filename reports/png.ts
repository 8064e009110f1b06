/**
 * SVG -> PNG with @resvg/resvg-js, which is an OPTIONAL dependency (a native
 * module): it is imported only when `--png` is asked for, and its absence is an
 * InputError the user can act on, raised before anything is written.
 */
import { InputError } from '../sim/errors.js';

export type PngRenderer = (svg: string) => Buffer;

/** Pixels per SVG unit: 2 gives sharp images on high-density screens and in slides. */
const PNG_SCALE = 2;

const RESVG = '@resvg/resvg-js';

interface ResvgModule {
  Resvg: new (svg: string, options: object) => { render(): { asPng(): Buffer } };
}

/** Loads the PNG renderer or throws InputError('PNG output needs @resvg/resvg-js ...'). */
export async function loadPngRenderer(): Promise<PngRenderer> {
  let resvg: ResvgModule;
  try {
    resvg = (await import(RESVG)) as ResvgModule;
  } catch {
    throw new InputError(`--png: PNG output needs ${RESVG}: expected it installed (npm install ${RESVG}), got it missing; run without --png`);
  }
  return (svg) =>
    new resvg.Resvg(svg, { fitTo: { mode: 'zoom', value: PNG_SCALE }, background: 'white', font: { loadSystemFonts: true } })
      .render()
      .asPng();
}
