/**
 * The land outline behind the site map, cut to a longitude/latitude box so the
 * report embeds a few kilobytes instead of the whole world. Source: Natural
 * Earth 1:110m land (public domain), as TopoJSON in the npm package
 * world-atlas (land-110m.json), read from node_modules when a report is built:
 * no network. Land only, no country borders (so no disputed boundary is drawn).
 *
 * Steps: decode the TopoJSON arcs (quantized: x = x_prev + dx, then
 * lon = x * scale[0] + translate[0], likewise lat; a negative arc index ~i is
 * arc i reversed), join each ring, unwrap it across the antimeridian (add
 * +-360 degrees so no step exceeds 180: Natural Earth cuts Chukotka and Fiji
 * there), clip it to the box and to the box shifted by +-360 (Sutherland-Hodgman
 * against the box's four edges, which keeps each ring's winding, so d3-geo's
 * spherical fill stays inside), round to 0.01 degree (about 1 km, below the
 * 1:110m outline's own accuracy) and write a TopoJSON with one plain
 * (unquantized) arc per ring, which Vega reads with format type 'topojson'.
 * Not drawn: Antarctica (its ring encloses the pole, which planar clipping
 * cannot cut; no site map reaches it).
 * References: TopoJSON Format Specification 1.0 (sections 2.1.3 arcs,
 * 2.1.4 transforms); Sutherland & Hodgman (1974), Comm. ACM 17(1) 32-42.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A box in degrees: west/east longitudes, south/north latitudes. */
export interface LonLatBox {
  west: number;
  east: number;
  south: number;
  north: number;
}

type Point = [number, number];
type Ring = Point[];

interface Topology {
  type: 'Topology';
  transform?: { scale: Point; translate: Point };
  objects: Record<string, { type: 'GeometryCollection'; geometries: Geometry[] }>;
  arcs: number[][][];
}
type Geometry = { type: 'Polygon'; arcs: number[][] } | { type: 'MultiPolygon'; arcs: number[][][] };

/** The package file, resolved beside this module like reports/bundles.ts does for the vega bundles. */
export const LAND_FILE = 'world-atlas/land-110m.json';

let world: Topology | undefined;
const landTopology = (): Topology => (world ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve(LAND_FILE), 'utf8')) as Topology);

/** Every arc of the topology in degrees. */
function decodeArcs(topology: Topology): Ring[] {
  const t = topology.transform;
  return topology.arcs.map((arc) => {
    if (!t) return arc.map(([x, y]) => [x, y] as Point);
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]] as Point;
    });
  });
}

/** A ring from its arc indices (each arc after the first shares its first point with the previous arc's last). */
function joinRing(indices: number[], arcs: Ring[]): Ring {
  const ring: Ring = [];
  for (const index of indices) {
    const arc = index >= 0 ? arcs[index] : [...arcs[~index]].reverse();
    ring.push(...(ring.length ? arc.slice(1) : arc));
  }
  return ring;
}

/** The ring with longitudes shifted by multiples of 360 so consecutive points are less than 180 apart. */
function unwrap(ring: Ring): Ring {
  const out: Ring = [];
  for (const [lon, lat] of ring) {
    const previous = out.length ? out[out.length - 1][0] : lon;
    out.push([lon + 360 * Math.round((previous - lon) / 360), lat]);
  }
  return out;
}

/** Keeps the part of a closed ring inside one half-plane (`inside`), cutting edges at `cut`. */
function clipEdge(ring: Ring, inside: (p: Point) => boolean, cut: (a: Point, b: Point) => Point): Ring {
  const out: Ring = [];
  for (let i = 0; i < ring.length; i++) {
    const current = ring[i];
    const previous = ring[(i + ring.length - 1) % ring.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(cut(previous, current));
      out.push(current);
    } else if (inside(previous)) out.push(cut(previous, current));
  }
  return out;
}

const atLon = (lon: number) => (a: Point, b: Point): Point => [lon, a[1] + ((b[1] - a[1]) * (lon - a[0])) / (b[0] - a[0])];
const atLat = (lat: number) => (a: Point, b: Point): Point => [a[0] + ((b[0] - a[0]) * (lat - a[1])) / (b[1] - a[1]), lat];

/** The ring clipped to the box, rounded and closed; undefined when nothing (or a sliver) is left. */
export function clipRing(ring: Ring, box: LonLatBox): Ring | undefined {
  let r = ring.slice(0, -1); // the closing point again at the end: dropped, put back below
  r = clipEdge(r, (p) => p[0] >= box.west, atLon(box.west));
  r = clipEdge(r, (p) => p[0] <= box.east, atLon(box.east));
  r = clipEdge(r, (p) => p[1] >= box.south, atLat(box.south));
  r = clipEdge(r, (p) => p[1] <= box.north, atLat(box.north));
  const rounded = r.map(([x, y]) => [Math.round(x * 100) / 100 + 0, Math.round(y * 100) / 100 + 0] as Point);
  const kept = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
  if (kept.length < 3) return undefined;
  return [...kept, kept[0]];
}

/** Natural Earth 1:110m land inside `box`, as a TopoJSON topology with one object, `land`. */
export function landOutline(box: LonLatBox): Topology {
  const source = landTopology();
  const arcs = decodeArcs(source);
  const outArcs: Ring[] = [];
  const geometries: Geometry[] = [];
  for (const geometry of source.objects.land.geometries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.arcs] : geometry.arcs;
    for (const polygon of polygons) {
      const rings = polygon.map((ring) => unwrap(joinRing(ring, arcs)));
      const outer = rings[0];
      if (Math.abs(outer[outer.length - 1][0] - outer[0][0]) > 180) continue; // encloses a pole (Antarctica)
      for (const shiftDeg of [0, -360, 360]) {
        // the box moved by shiftDeg meets the ring where the ring moved back by it lies in the box
        const shifted = { ...box, west: box.west - shiftDeg, east: box.east - shiftDeg };
        const [clippedOuter, ...holes] = rings.map((ring) => clipRing(ring, shifted)?.map(([x, y]) => [x + shiftDeg, y] as Point));
        if (!clippedOuter) continue;
        const kept = [clippedOuter, ...holes.filter((h): h is Ring => h !== undefined)];
        geometries.push({ type: 'Polygon', arcs: kept.map((ring) => [outArcs.push(ring) - 1]) });
      }
    }
  }
  return { type: 'Topology', objects: { land: { type: 'GeometryCollection', geometries } }, arcs: outArcs };
}
