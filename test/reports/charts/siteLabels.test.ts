/**
 * Site map label placement (reports/charts/siteLabels.ts): labels of clustered sites (the Hohhot -
 * Ulanqab - Zhangjiakou - Beijing hubs, coordinates from scenarios/sites/china-hubs.yaml) take slots whose
 * boxes miss each other and every point; a lone site keeps the first slot, right of its point; the
 * anchor maps back to the point's own position when the offset is undone (inverse Mercator).
 */
import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../../reports/charts/siteLabels.js';

const BOX = { west: 97.5, east: 130.7, south: 24.4, north: 43 };
const HUBS = [
  { longitude: 111.68, latitude: 40.82, label: 'Hohhot: liquid-pod, PUE 1.104' },
  { longitude: 114.0, latitude: 41.9, label: 'Huade (Ulanqab): liquid-pod, PUE 1.104' },
  { longitude: 115.5, latitude: 40.4, label: 'Huailai (Zhangjiakou): liquid-pod, PUE 1.104' },
  { longitude: 116.47, latitude: 39.8, label: 'Beijing: liquid-pod, PUE 1.104' },
];

describe('placeLabels', () => {
  it('puts a lone label right of its point, on its latitude', () => {
    const [p] = placeLabels([HUBS[0]], BOX, 620, 420);
    expect(p.align).toBe('left');
    expect(p.labelLatitude).toBeCloseTo(40.82, 9);
    expect(p.labelLongitude).toBeGreaterThan(111.68);
  });

  it('gives clustered sites distinct slots: no two labels share a line on the same side', () => {
    const placements = placeLabels(HUBS, BOX, 620, 420);
    const lines = placements.map((p) => `${p.align} ${p.labelLatitude.toFixed(3)}`);
    expect(new Set(lines).size).toBe(HUBS.length);
    // Beijing sits 1 degree south-east of Huailai: one of the two moves off its own line or side
    const [, , huailai, beijing] = placements;
    expect(huailai.align === beijing.align && Math.abs(huailai.labelLatitude - beijing.labelLatitude) < 0.5).toBe(false);
  });

  it('label boxes (11 px text, 6.2 px a character, 14 px lines) miss each other and every point', () => {
    // Mercator fitted to the box: x = (lon - west) k, y = (Y(north) - Y(lat)) k, k = 620 px / box width (rad)
    const Y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
    const k = 620 / (((BOX.east - BOX.west) * Math.PI) / 180);
    const px = (lon: number, lat: number) => [((lon - BOX.west) * Math.PI * k) / 180, (Y(BOX.north) - Y(lat)) * k];
    const placements = placeLabels(HUBS, BOX, 620, 420);
    const boxes = placements.map((p, i) => {
      const [x, y] = px(p.labelLongitude, p.labelLatitude);
      const w = HUBS[i].label.length * 6.2;
      return p.align === 'left' ? [x, x + w, y - 7, y + 7] : [x - w, x, y - 7, y + 7];
    });
    const points = HUBS.map((h) => px(h.longitude, h.latitude)).map(([x, y]) => [x - 7, x + 7, y - 7, y + 7]);
    const hit = (a: number[], b: number[]) => a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) expect(hit(a, b)).toBe(false);
      for (const p of points) expect(hit(a, p)).toBe(false);
    }
  });

  it('is deterministic', () => {
    expect(placeLabels(HUBS, BOX, 620, 420)).toEqual(placeLabels(HUBS, BOX, 620, 420));
  });
});
