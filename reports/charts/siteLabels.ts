/**
 * Where each site's label goes on the site map, so that labels of nearby
 * sites (Hohhot, Ulanqab, Zhangjiakou and Beijing lie within 5 degrees) do not
 * overprint each other or the points. Greedy and deterministic: sites from
 * north to south (then west to east) each take the first free slot of a fixed
 * list (right of the point, left, then one and two lines up or down), else the
 * first slot inside the map. A slot is free when its box misses every point
 * and every label placed before.
 *
 * Equations (Mercator fitted to the map box, which has the chart's aspect, so
 * one scale serves both axes): x = (lon - west) * k, y = (Y(north) - Y(lat)) * k,
 * Y(lat) = ln(tan(pi/4 + lat/2)), k = width / (east - west) (radians). The
 * label's anchor goes back to longitude/latitude through the inverse, so the
 * chart places it with the same projection as the points.
 * Assumption: text 11 px Helvetica, about 6.2 px per character (a little wide,
 * so estimated boxes err on the side of more room). A slot must also fit the map
 * by Vega's own headless estimate, 0.8 x font size per character
 * (vega-scenegraph textMetrics.estimateWidth), which the static SVG's layout
 * uses: a label past the map's edge by that estimate would shift the map in it.
 * A CJK character (zh-CN labels) is about a full em, 11 px: 1.8 characters here.
 */
import type { LonLatBox } from './landOutline.js';

export interface LabelPlacement {
  labelLongitude: number;
  labelLatitude: number;
  /** Text alignment at the anchor: 'left' puts the text right of the point. */
  align: 'left' | 'right';
}

const CHAR_WIDTH_PX = 6.2;
const VEGA_ESTIMATE_CHAR_WIDTH_PX = 0.8 * 11;
const LINE_PX = 14;
const GAP_PX = 9;
const POINT_HALF_PX = 7;
const SLOTS: [1 | -1, number][] = [[1, 0], [-1, 0], [1, -1], [1, 1], [-1, -1], [-1, 1], [1, -2], [1, 2], [-1, -2], [-1, 2]];

const FULL_WIDTH_CHARS = 1.8;
const RAD = Math.PI / 180;

/** The label's width in Latin characters for our own estimate: CJK ideographs and full-width punctuation count 1.8. */
const visualLength = (label: string): number => [...label].reduce((n, c) => n + (/[\u2E80-\uFFEF]/.test(c) ? FULL_WIDTH_CHARS : 1), 0);
const mercatorY = (latDeg: number): number => Math.log(Math.tan(Math.PI / 4 + (latDeg * RAD) / 2));
const latFromMercatorY = (y: number): number => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

interface Rect { x0: number; x1: number; y0: number; y1: number }
const overlaps = (a: Rect, b: Rect): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** One placement per site, in the order given. */
export function placeLabels(sites: { longitude: number; latitude: number; label: string }[], box: LonLatBox, widthPx: number, heightPx: number): LabelPlacement[] {
  const k = widthPx / ((box.east - box.west) * RAD);
  const top = mercatorY(box.north);
  const project = (lon: number, lat: number): [number, number] => [(lon - box.west) * RAD * k, (top - mercatorY(lat)) * k];
  const points = sites.map((s) => project(s.longitude, s.latitude));
  const taken: Rect[] = points.map(([x, y]) => ({ x0: x - POINT_HALF_PX, x1: x + POINT_HALF_PX, y0: y - POINT_HALF_PX, y1: y + POINT_HALF_PX }));
  const order = sites.map((_, i) => i).sort((a, b) => sites[b].latitude - sites[a].latitude || sites[a].longitude - sites[b].longitude);
  const placements: LabelPlacement[] = new Array(sites.length);
  for (const i of order) {
    const [x, y] = points[i];
    const rectOf = ([side, line]: [1 | -1, number], vegaEstimate = false): Rect => {
      // Vega's estimate counts UTF-16 code units, all alike
      const widthOfText = vegaEstimate ? sites[i].label.length * VEGA_ESTIMATE_CHAR_WIDTH_PX : visualLength(sites[i].label) * CHAR_WIDTH_PX;
      const anchorX = x + side * GAP_PX;
      const anchorY = y + line * LINE_PX;
      const [x0, x1] = side === 1 ? [anchorX, anchorX + widthOfText] : [anchorX - widthOfText, anchorX];
      return { x0, x1, y0: anchorY - LINE_PX / 2, y1: anchorY + LINE_PX / 2 };
    };
    const inside = (slot: [1 | -1, number]) => {
      const r = rectOf(slot, true);
      return r.x0 >= 0 && r.x1 <= widthPx && r.y0 >= 0 && r.y1 <= heightPx;
    };
    const slot = SLOTS.find((s) => inside(s) && !taken.some((t) => overlaps(t, rectOf(s)))) ?? SLOTS.find(inside) ?? SLOTS[0];
    taken.push(rectOf(slot));
    const [side, line] = slot;
    placements[i] = {
      labelLongitude: box.west + (x + side * GAP_PX) / k / RAD,
      labelLatitude: latFromMercatorY(top - (y + line * LINE_PX) / k),
      align: side === 1 ? 'left' : 'right',
    };
  }
  return placements;
}
