/**
 * Site records: a cited table of sites (scenarios/sites/china-hubs.yaml) that a scenario's `site:`
 * may name by id (`site: cn-hohhot` or `site: { record: cn-hohhot, ... }`). The record fills the
 * site's name, weather, gridCarbon and pueLimit; fields written in the scenario win.
 * The table is plain YAML data read with the size cap of a scenario file (never executed); every
 * figure names one of the table's `sources:` or the word `assumption`. Its `tariffs:` section (prices by
 * province, siteTariffs.ts) is read by siteRecordCosts.ts; a site's gridCarbon is not filled when the
 * scenario gives an hourly series (gridCarbonHourly).
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { readInputText, SCENARIO_FILE } from '../inputFile.js';
import { tariffSourceIssues, tariffsSchema } from './siteTariffs.js';

/** Where the shipped table sits, relative to the package root. */
export const SITE_TABLE_PATH = 'scenarios/sites/china-hubs.yaml';

const cited = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: z.string().min(1) });

const siteRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  province: z.string().min(1),
  role: z.string().min(1),
  /** East Data, West Compute side: `east` (near eastern users) or `west` (a western resource hub); workload.latency reads it. */
  region: z.enum(['east', 'west']),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  weather: z.string().min(1),
  gridCarbon: cited(z.string().regex(/^[0-9.]+ kg\/kWh$/)),
  pueLimit: cited(z.number().gt(1).max(3)).extend({ year: z.number().int().min(2000).max(2100) }),
  currency: z.string().regex(/^[A-Z]{3}$/),
});
export type SiteRecord = z.output<typeof siteRecordSchema>;

export const siteTableSchema = z
  .strictObject({
    sources: z.record(z.string(), z.string().min(1)),
    sites: z.array(siteRecordSchema).min(1).max(1000),
    tariffs: tariffsSchema.optional(), // prices by province (siteTariffs.ts)
  })
  .superRefine((table, ctx) => {
    for (const issue of tariffSourceIssues(table.tariffs ?? {}, table.sources)) ctx.addIssue({ code: 'custom', ...issue });
    const ids = new Set<string>();
    table.sites.forEach((s, i) => {
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sites', i, 'id'], message: `duplicate id '${s.id}'` });
      ids.add(s.id);
      for (const field of ['gridCarbon', 'pueLimit'] as const) {
        const source = s[field].source;
        if (source !== 'assumption' && !(source in table.sources)) {
          ctx.addIssue({ code: 'custom', path: ['sites', i, field, 'source'], message: `expected a key of sources: or 'assumption', got '${source}'` });
        }
      }
    });
  });
export type SiteTable = z.output<typeof siteTableSchema>;

/** The shipped table's absolute path: the nearest folder above this module that holds it (source, dist or bundle). */
export function shippedSiteTablePath(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 6; up++, dir = dirname(dir)) {
    const candidate = join(dir, SITE_TABLE_PATH);
    if (existsSync(candidate)) return candidate;
  }
  throw new InputError(`site records: ${SITE_TABLE_PATH} not found above ${fileURLToPath(import.meta.url)}`);
}

/** Reads and checks a site table (a few kB; read again by each parse rather than kept in module state). */
export function readSiteTable(path = shippedSiteTablePath()): SiteTable {
  const result = siteTableSchema.safeParse(parse(readInputText(path, path, SCENARIO_FILE)));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new InputError(`${path}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** A record's weather path made absolute (it is written relative to the table file). */
export function recordWeatherPath(record: SiteRecord, tablePath = shippedSiteTablePath()): string {
  return isAbsolute(record.weather) ? record.weather : resolve(dirname(tablePath), record.weather);
}

/** The text a summary quotes for a record's PUE limit: the source's words and the year. */
export function pueLimitSource(record: SiteRecord, table: SiteTable): string {
  const s = record.pueLimit.source;
  return `${s === 'assumption' ? 'assumption' : table.sources[s]} [${record.id}, ${record.pueLimit.year}]`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Fills a scenario's `site:` from the record it names (plain data, before validation). An unknown id
 * is left in place for the schema to report with close matches. Returns no filled paths: a problem in
 * a filled field is reported at `site`.
 * @example applySiteRecord({ site: 'cn-hohhot' }) // site becomes { record: 'cn-hohhot', name: 'Hohhot', weather: '/abs/...', gridCarbon: '0.6849 kg/kWh', pueLimit: {...} }
 */
export function applySiteRecord(data: unknown): [] {
  if (!isRecord(data)) return [];
  if (typeof data.site === 'string') data.site = { record: data.site };
  const site = data.site;
  if (!isRecord(site) || typeof site.record !== 'string') return [];
  const path = shippedSiteTablePath(); // found once: the table and its relative weather paths
  const table = readSiteTable(path);
  const record = table.sites.find((s) => s.id === site.record);
  if (record === undefined) return [];
  site.name ??= record.name;
  site.weather ??= recordWeatherPath(record, path);
  if (site.gridCarbonHourly === undefined) site.gridCarbon ??= record.gridCarbon.value; // an hourly series replaces the factor
  site.pueLimit ??= { value: record.pueLimit.value, source: pueLimitSource(record, table) };
  return [];
}
