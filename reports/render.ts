/**
 * Vega-Lite spec -> SVG text, headless: vega-lite's `compile` to a Vega spec,
 * then a Vega View with the 'none' renderer and `toSVG()`. Neither needs a
 * browser or a canvas. vega and vega-lite are imported on first use only (they
 * take a few hundred ms to load, which `dctwin --help` should not pay).
 */
import type { TopLevelSpec } from 'vega-lite';

type VegaModule = typeof import('vega');
type VegaLiteModule = typeof import('vega-lite');

let libraries: Promise<[VegaModule, VegaLiteModule]> | undefined;

/** vega and vega-lite, loaded once. */
export function loadVega(): Promise<[VegaModule, VegaLiteModule]> {
  libraries ??= Promise.all([import('vega'), import('vega-lite')]);
  return libraries;
}

export interface RenderOptions {
  /** Receives compiler and runtime warnings (a well-made spec has none); default: ignored. */
  onWarning?: (message: string) => void;
}

/** Renders one spec to a standalone `<svg>` element (its title and description included). */
export async function renderSvg(spec: TopLevelSpec, options: RenderOptions = {}): Promise<string> {
  const [vega, vegaLite] = await loadVega();
  const onWarning = options.onWarning ?? (() => undefined);
  const logger = vega.logger(vega.Warn, undefined, (_method, _level, args) => onWarning(args.map(String).join(' ')));
  const compiled = vegaLite.compile(spec, { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger, logLevel: vega.Warn });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
