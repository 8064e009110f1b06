/**
 * Where the sites are: a Mercator map of the sites' latitude and longitude
 * (summary.json sites[i], the weather station's) over Natural Earth 1:110m
 * land, with no online tiles: the land inside the map is embedded in the spec
 * (landOutline.ts). One point per site, coloured by its best design's annual
 * PUE against the site's limit (excluded sites grey crosses), labelled with the
 * site's name, that design and its PUE (placed clear of each other: siteLabels.ts).
 * Words in `lang` (i18n/enSites.ts `map`, `status`); status colours by key.
 *
 * The map box: the sites' extent plus a margin of max(2 degrees, 15 % of the
 * span), at least 8 degrees wide, then widened in longitude or in Mercator
 * y = ln(tan(pi/4 + lat/2)) (latitude within +-80 degrees) to the chart's
 * aspect ratio, so the projection, fitted to the box's corners, fills the
 * chart; land is cut to a larger box (landBox) and clipped to the chart.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { SiteSummary, Summary } from '../../sim/types/summary.js';
import { formatRatio } from '../format.js';
import { landOutline, type LonLatBox } from './landOutline.js';
import { placeLabels } from './siteLabels.js';
import { bestRowPerSite, limitStatus, siteRows, type LimitStatus } from './siteData.js';
import { FAIL_COLOR } from './siteRanking.js';
import { CHART_CONFIG, VEGA_LITE_SCHEMA } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

export const SITE_MAP_TITLE = messages().sites.map.title;

const MAP_WIDTH = 620;
const MAP_HEIGHT = 420;
const MAX_LAT = 80;

const mercatorY = (latDeg: number): number => Math.log(Math.tan(Math.PI / 4 + (latDeg * Math.PI) / 360));
const latFromMercatorY = (y: number): number => ((2 * Math.atan(Math.exp(y)) - Math.PI / 2) * 180) / Math.PI;
const clampLat = (lat: number): number => Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));

/** The box the map shows: the sites plus a margin, at the chart's aspect ratio (Mercator). */
export function mapBox(sites: { latitude: number; longitude: number }[], width = MAP_WIDTH, height = MAP_HEIGHT): LonLatBox {
  const lons = sites.map((s) => s.longitude);
  const lats = sites.map((s) => s.latitude);
  const pad = (span: number) => Math.max(2, 0.15 * span);
  let west = Math.min(...lons) - pad(Math.max(...lons) - Math.min(...lons));
  let east = Math.max(...lons) + pad(Math.max(...lons) - Math.min(...lons));
  if (east - west < 8) [west, east] = [(west + east) / 2 - 4, (west + east) / 2 + 4];
  const latPad = pad(Math.max(...lats) - Math.min(...lats));
  let south = clampLat(Math.min(...lats) - latPad);
  let north = clampLat(Math.max(...lats) + latPad);
  const widthRad = ((east - west) * Math.PI) / 180;
  const heightY = mercatorY(north) - mercatorY(south);
  if (widthRad / heightY < width / height) {
    const grow = ((heightY * width) / height - widthRad) * (90 / Math.PI); // degrees on each side
    [west, east] = [west - grow, east + grow];
  } else {
    const grow = ((widthRad * height) / width - heightY) / 2;
    [south, north] = [clampLat(latFromMercatorY(mercatorY(south) - grow)), clampLat(latFromMercatorY(mercatorY(north) + grow))];
  }
  return { west, east, south, north };
}

/**
 * The box land is cut to: the map's box plus a quarter of its span on each side. d3-geo draws the cut
 * edges along parallels as great-circle arcs, which bow poleward; the extra keeps them outside the view.
 */
function landBox(box: LonLatBox): LonLatBox {
  const lon = Math.max(3, 0.25 * (box.east - box.west));
  const lat = Math.max(3, 0.25 * (box.north - box.south));
  return { west: box.west - lon, east: box.east + lon, south: clampLat(box.south - lat), north: clampLat(box.north + lat) };
}

type Status = LimitStatus | 'excluded';
const STATUS_COLORS: [Status, string, string][] = [
  ['within', '#009E73', 'circle'],
  ['above', FAIL_COLOR, 'circle'],
  ['none', '#777777', 'circle'],
  ['excluded', '#999999', 'cross'],
];

function siteLabels(summary: Summary, sites: SiteSummary[], box: LonLatBox, lang: Lang) {
  const { map: m, status: words } = messages(lang).sites;
  const best = new Map(bestRowPerSite(siteRows(summary)).map((r) => [r.site, r]));
  const labels = sites.map((s) => {
    const row = best.get(s.id);
    const status: Status = s.excluded !== undefined || !row ? 'excluded' : limitStatus(row.pass);
    const text = row ? m.label(s.name, row.design, formatRatio(row.pue)) : m.excludedLabel(s.name);
    return { site: s.name, longitude: s.longitude, latitude: s.latitude, status: words[status], label: text };
  });
  const placements = placeLabels(labels, box, MAP_WIDTH, MAP_HEIGHT);
  return labels.map((l, i) => ({ ...l, ...placements[i] }));
}

export function siteMapChart(summary: Summary, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const { map: m, status: words } = messages(lang).sites;
  const sites = summary.sites ?? [];
  const box = mapBox(sites);
  const values = siteLabels(summary, sites, box, lang);
  const domain = STATUS_COLORS.map((s) => words[s[0]]);
  const corners = [[box.west, box.south], [box.east, box.south], [box.east, box.north], [box.west, box.north]];
  const position = {
    longitude: { field: 'longitude', type: 'quantitative' as const },
    latitude: { field: 'latitude', type: 'quantitative' as const },
  };
  // each label at its own anchor (siteLabels.ts), one layer per text alignment
  const label = (align: 'left' | 'right') => ({
    transform: [{ filter: `datum.align === '${align}'` }],
    mark: { type: 'text' as const, align, fontSize: 11, baseline: 'middle' as const },
    encoding: {
      longitude: { field: 'labelLongitude', type: 'quantitative' as const },
      latitude: { field: 'labelLatitude', type: 'quantitative' as const },
      text: { field: 'label', type: 'nominal' as const },
    },
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: m.title, subtitle: m.subtitle },
    description: m.description(String(sites.length), values.map((v) => v.label).join('; ')),
    width: MAP_WIDTH,
    height: MAP_HEIGHT,
    projection: {
      type: 'mercator',
      fit: { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: corners }, properties: {} },
      clipExtent: [[0, 0], [MAP_WIDTH, MAP_HEIGHT]],
    },
    layer: [
      {
        data: { values: landOutline(landBox(box)), format: { type: 'topojson', feature: 'land' } },
        mark: { type: 'geoshape', fill: '#ececec', stroke: '#b5b5b5', strokeWidth: 0.6, clip: true },
      },
      {
        name: 'sites',
        data: { values },
        mark: { type: 'point', filled: true, size: 130, opacity: 1, tooltip: true },
        encoding: {
          ...position,
          color: { field: 'status', type: 'nominal', title: m.legend, scale: { domain, range: STATUS_COLORS.map((s) => s[1]) }, legend: { orient: 'bottom', columns: 2, labelLimit: 220 } },
          shape: { field: 'status', type: 'nominal', title: m.legend, scale: { domain, range: STATUS_COLORS.map((s) => s[2]) } },
          tooltip: [{ field: 'label', type: 'nominal', title: m.site }, { field: 'status', type: 'nominal', title: m.againstLimit }],
        },
      },
      { data: { values }, ...label('left') },
      { data: { values }, ...label('right') },
    ],
    config: CHART_CONFIG,
  };
}
