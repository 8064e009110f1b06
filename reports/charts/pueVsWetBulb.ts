/**
 * Hourly PUE against outdoor wet-bulb temperature: the plant's response to
 * weather. Hours are counted on a 0.5 K x 0.005 grid (size = hours) so a year
 * stays a few hundred marks per design; a line joins the hour-weighted mean
 * PUE of each 1 K wet-bulb band.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { HourlyTable } from '../../sim/types/hourly.js';
import { roundSignificant } from '../format.js';
import { CHART_CONFIG, CHART_HEIGHT, CHART_WIDTH, VEGA_LITE_SCHEMA, designColorEncoding } from './theme.js';
import { DEFAULT_LANG, messages, type Lang } from '../i18n/lang.js';

const WET_BULB_STEP_K = 0.5;
const PUE_STEP = 0.005;
const MEAN_BAND_K = 1;

interface Cell {
  design: string;
  wetBulbC: number;
  pue: number;
  hours: number;
}

/** Hour counts on the (wet bulb, PUE) grid and band means, per design, in a stable order. */
function gridded(table: HourlyTable) {
  const cells: Cell[] = [];
  const means: { design: string; wetBulbC: number; pue: number }[] = [];
  for (const design of table.designs) {
    const grid = new Map<string, Cell>();
    const bands = new Map<number, { sum: number; n: number }>();
    for (let h = 0; h < table.hours; h++) {
      const itW = design.itPowerW[h];
      if (!(itW > 0)) continue;
      const pue = design.facilityPowerW[h] / itW;
      const wetBulbC = table.wetBulbC[h];
      const x = Math.round(wetBulbC / WET_BULB_STEP_K) * WET_BULB_STEP_K + 0; // + 0: never -0 in the data
      const y = roundSignificant(Math.round(pue / PUE_STEP) * PUE_STEP, 6);
      const key = `${x}|${y}`;
      const cell = grid.get(key) ?? { design: design.id, wetBulbC: x, pue: y, hours: 0 };
      cell.hours += 1;
      grid.set(key, cell);
      const band = Math.floor(wetBulbC / MEAN_BAND_K) * MEAN_BAND_K + MEAN_BAND_K / 2;
      const b = bands.get(band) ?? { sum: 0, n: 0 };
      b.sum += pue;
      b.n += 1;
      bands.set(band, b);
    }
    cells.push(...[...grid.values()].sort((a, b) => a.wetBulbC - b.wetBulbC || a.pue - b.pue));
    for (const [band, b] of [...bands.entries()].sort(([a], [c]) => a - c)) {
      means.push({ design: design.id, wetBulbC: band, pue: roundSignificant(b.sum / b.n, 5) });
    }
  }
  return { cells, means };
}

export function pueVsWetBulbChart(table: HourlyTable, lang: Lang = DEFAULT_LANG): TopLevelSpec {
  const c = messages(lang).charts;
  const ids = table.designs.map((d) => d.id);
  const { cells, means } = gridded(table);
  const x = { field: 'wetBulbC', type: 'quantitative' as const, title: c.pueVsWetBulb.x };
  const y = { field: 'pue', type: 'quantitative' as const, title: c.pueVsWetBulb.y, scale: { zero: false } };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: {
      text: c.pueVsWetBulb.title,
      subtitle: c.pueVsWetBulb.subtitle,
    },
    description: c.pueVsWetBulb.description(ids.join(', ')),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    layer: [
      {
        data: { values: cells },
        mark: { type: 'circle', opacity: 0.35, tooltip: true, aria: false },
        encoding: {
          x,
          y,
          color: designColorEncoding(ids, c.design),
          size: { field: 'hours', type: 'quantitative', title: c.hours, scale: { range: [4, 120] } },
          tooltip: [
            { field: 'design', type: 'nominal', title: c.design },
            { field: 'wetBulbC', type: 'quantitative', title: c.pueVsWetBulb.wetBulbTip, format: '.1f' },
            { field: 'pue', type: 'quantitative', title: c.pueAxis, format: '.3f' },
            { field: 'hours', type: 'quantitative', title: c.hours },
          ],
        },
      },
      {
        data: { values: means },
        mark: { type: 'line', strokeWidth: 2.5 },
        encoding: { x, y, color: designColorEncoding(ids, c.design) },
      },
    ],
    config: CHART_CONFIG,
  };
}
