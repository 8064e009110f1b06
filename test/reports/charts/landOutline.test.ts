/**
 * The site map's land outline: Sutherland-Hodgman clipping on hand-checked rings, every point of the cut
 * outline inside its box, rings closed, no step across the antimeridian, and the TopoJSON read back by
 * Vega's own loader (the path the report renders through). Properties with fast-check: any box's outline
 * stays inside it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipRing, landOutline, type LonLatBox } from '../../../reports/charts/landOutline.js';
import { loadVega } from '../../../reports/render.js';

const CHINA: LonLatBox = { west: 95, east: 130, south: 18, north: 48 };

const inside = (box: LonLatBox) => (p: number[]) => p[0] >= box.west - 1e-9 && p[0] <= box.east + 1e-9 && p[1] >= box.south - 1e-9 && p[1] <= box.north + 1e-9;

describe('clipRing', () => {
  it('cuts a square half outside the box at the box edge (hand-checked)', () => {
    const square = [[-5, 0], [5, 0], [5, 10], [-5, 10], [-5, 0]] as [number, number][];
    expect(clipRing(square, { west: 0, east: 20, south: -20, north: 20 })).toEqual([[0, 0], [5, 0], [5, 10], [0, 10], [0, 0]]);
  });

  it('returns the box itself for a ring around it, in the ring winding, and nothing for a ring outside', () => {
    const around = [[-10, -10], [10, -10], [10, 10], [-10, 10], [-10, -10]] as [number, number][];
    // the same counter-clockwise cycle as the ring, starting where the last clip edge put its first point
    expect(clipRing(around, { west: -1, east: 1, south: -1, north: 1 })).toEqual([[-1, 1], [-1, -1], [1, -1], [1, 1], [-1, 1]]);
    expect(clipRing(around, { west: 20, east: 30, south: 0, north: 5 })).toBeUndefined();
  });
});

describe('landOutline', () => {
  const topology = landOutline(CHINA);

  it('keeps only land inside the box, in closed rings, in a few kilobytes', () => {
    expect(topology.arcs.length).toBeGreaterThan(0);
    for (const ring of topology.arcs) {
      expect(ring.every(inside(CHINA))).toBe(true);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
    }
    expect(JSON.stringify(topology).length).toBeLessThan(8_000);
  });

  it('unwraps rings across the antimeridian (Chukotka) instead of drawing a line over the map', () => {
    const box = { west: 160, east: 200, south: 55, north: 75 };
    const arcs = landOutline(box).arcs;
    expect(arcs.length).toBeGreaterThan(0);
    for (const ring of arcs) {
      expect(ring.every(inside(box))).toBe(true);
      for (let i = 1; i < ring.length; i++) expect(Math.abs(ring[i][0] - ring[i - 1][0])).toBeLessThan(180);
    }
  });

  it("reads back through Vega's topojson format as one feature per polygon", async () => {
    const [vega] = await loadVega();
    const features = vega.read(topology as unknown as string, { type: 'topojson', feature: 'land' }) as { geometry: { type: string } }[];
    expect(features).toHaveLength(topology.objects.land.geometries.length);
    expect(features.every((f) => f.geometry.type === 'Polygon')).toBe(true);
  });

  it('property: any box holds its outline', () => {
    const box = fc.record({ west: fc.integer({ min: -180, max: 150 }), south: fc.integer({ min: -55, max: 60 }), w: fc.integer({ min: 2, max: 60 }), h: fc.integer({ min: 2, max: 25 }) });
    fc.assert(
      fc.property(box, ({ west, south, w, h }) => {
        const b = { west, east: west + w, south, north: south + h };
        return landOutline(b).arcs.every((ring) => ring.every(inside(b)) && ring.length >= 4);
      }),
      { numRuns: 40 },
    );
  });
});
