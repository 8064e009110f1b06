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
  /** Prefix of the SVG's element ids (gradients, clip paths); default `chart-`. Give each SVG of a page its own. */
  idPrefix?: string;
}

/**
 * Renames the SVG's ids (and their `url(#...)`/`href="#..."` references) to
 * `<prefix><n>` in order of appearance. Vega numbers gradients and clip paths
 * with process-wide counters, so without this the same spec would render to
 * different bytes, and two SVGs on one page could share an id.
 */
export function normalizeSvgIds(svg: string, prefix: string): string {
  const ids = new Map<string, string>();
  for (const [, id] of svg.matchAll(/\bid="([^"]+)"/g)) if (!ids.has(id)) ids.set(id, `${prefix}${ids.size}`);
  if (ids.size === 0) return svg;
  return svg.replace(/(\bid="|url\(#|href="#)([^")]+)/g, (whole, lead: string, id: string) => {
    const renamed = ids.get(id);
    return renamed === undefined ? whole : `${lead}${renamed}`;
  });
}

/** Renders one spec to a standalone `<svg>` element (its title and description included). */
export async function renderSvg(spec: TopLevelSpec, options: RenderOptions = {}): Promise<string> {
  const [vega, vegaLite] = await loadVega();
  const onWarning = options.onWarning ?? (() => undefined);
  const logger = vega.logger(vega.Warn, undefined, (_method, _level, args) => onWarning(args.map(String).join(' ')));
  // a copy: Vega tags data rows with symbols, and the caller's spec stays as it was
  const compiled = vegaLite.compile(structuredClone(spec), { logger }).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none', logger, logLevel: vega.Warn });
  try {
    return normalizeSvgIds(await view.toSVG(), options.idPrefix ?? 'chart-');
  } finally {
    view.finalize();
  }
}
