/**
 * A scenario with several sites (`sites:`, or `dctwin sites FILE --site id…`) -> one validated
 * single-site Scenario per site, or one ScenarioError listing every problem of every site at once:
 *
 *   text --parsedYaml, --set, (--site ids added)--> plain data
 *        --expandSites (siteEntries.ts)--> one single-site scenario per entry
 *        --site record, inherited costs, scenarioSchema, currency check, normalize--> Scenario per site
 *
 * Problems are reported where the file writes the value (`FILE:LINE: sites[2].weather: ...`). A
 * problem every site shares (a design's field) is reported once; one only some sites have, outside
 * their own entries (a design's capex priced in another site's currency), names them: `(at sites[2] cn-hohhot)`.
 */
import { dirname, resolve } from 'node:path';
import { Document } from 'yaml';
import { ScenarioError, locate } from '../errors.js';
import { withBaseDir } from './filePath.js';
import { describeIssues, type Problem } from './messages.js';
import { currencyProblems, normalize } from './normalize.js';
import { applyOverrides, formatPath } from './overrides.js';
import { scenarioSchema, type Scenario } from './schema.js';
import { locator, notAMapOfFields, parsedYaml, prepareScenario, sortByLine, type Located } from './load.js';
import type { SiteRecordCostsSource } from './siteRecordCosts.js';
import { addSites, expandSites, problemInFile, type EntryOrigin, type Region } from './siteEntries.js';

export interface SiteScenario {
  index: number;
  id: string;
  region: Region | null;
  /** Why it is not simulated (workload.latency), else undefined. */
  excluded?: string;
  scenario: Scenario;
  /** The effective single-site scenario as YAML (its output folder's scenario.yaml). */
  scenarioText: string;
  /** Prices taken from the site record's province row (siteRecordMoney.ts), with their sources. */
  priceSources: SiteRecordCostsSource[];
}

export interface SitesLoad {
  sites: SiteScenario[];
  /** `FILE:LINE: path: ...` lines, without the `warning: ` prefix. */
  warnings: string[];
  /** The whole scenario as run, as YAML: the file itself without --set or --site, else its effective data. */
  scenarioText: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether `text` (with the overrides) lists several sites, without validating it. */
export function listsSites(text: string, overrides: readonly string[], shownAs: string): boolean {
  const { data } = applyOverrides(parsedYaml(text, shownAs).raw, overrides);
  return isRecord(data) && 'sites' in data;
}

/**
 * Validates every site of `text` read as `file`; undefined when it has no `sites:` and no `addedSites`
 * (a one-site scenario: parseScenarioText reads it).
 */
export function parseSitesText(text: string, file: string, overrides: readonly string[] = [], shownAs = file, addedSites: readonly string[] = []): SitesLoad | undefined {
  const { doc, lineCounter, raw } = parsedYaml(text, shownAs);
  const notAMap = notAMapOfFields(raw, doc, text);
  if (notAMap !== undefined) throw new ScenarioError(`${locate(shownAs, 1)}expected a map of scenario fields (name: ..., site: ...), got ${notAMap}`);
  const { data, setPaths } = applyOverrides(raw, overrides);
  if (!isRecord(data) || (!('sites' in data) && addedSites.length === 0)) return undefined;
  const origins: EntryOrigin[] | undefined = addedSites.length > 0 ? addSites(data, addedSites) : undefined;
  const { entries, problems: listProblems } = expandSites(data, origins);
  const where = locator(doc, lineCounter, setPaths, shownAs);
  const located = (p: Problem, origin: EntryOrigin = 'sites'): Located =>
    origin === 'flag' ? { line: Infinity, text: `${shownAs}: ${p.text} (from --site)` } : where(p);
  const errors: Located[] = listProblems.map((p) => located(p, origins?.[Number(p.path[1])]));
  if (entries.length > 0 && entries.every((e) => e.excluded !== undefined)) {
    const latency = (data.workload as Record<string, unknown> | undefined)?.latency;
    errors.push(where({ path: ['workload', 'latency'], text: `workload.latency: expected a latency class at least one of the ${entries.length} sites can serve, got '${String(latency)}', which excludes them all` }));
  }
  const found: { text: string; origin: EntryOrigin; path: Problem['path']; site: number; warning: boolean }[] = [];
  const sites: SiteScenario[] = [];
  const dir = dirname(resolve(file));
  for (const entry of entries) {
    const d = structuredClone(entry.data);
    const filled = prepareScenario(d);
    const original = (p: Problem) => !filled.some((f) => f.every((s, i) => String(s) === String(p.path[i])));
    const result = withBaseDir(dir, () => {
      const parsed = scenarioSchema.safeParse(d);
      const issues = [...(parsed.success ? [] : describeIssues(parsed.error.issues, scenarioSchema, d)), ...currencyProblems(d)].filter(original);
      // An unknown record id is the one mistake: the fields it would have filled (name, weather, gridCarbon) are not missing too.
      const badRecord = issues.find((p) => p.path[0] === 'site' && p.path[1] === 'record');
      for (const p of badRecord ? [badRecord] : issues) found.push({ ...problemInFile(p, entry.filePath), origin: entry.origin, site: entry.index, warning: false });
      return parsed;
    });
    if (!result.success || found.some((f) => f.site === entry.index)) continue;
    const { scenario, warnings } = normalize(result.data, { file, dir });
    for (const w of warnings) found.push({ ...problemInFile(w, entry.filePath), origin: entry.origin, site: entry.index, warning: true });
    const header = `# dctwin: effective scenario = ${formatPath(['sites', entry.index])} (${entry.id}) of ${shownAs}\n`;
    sites.push({ index: entry.index, id: entry.id, region: entry.region, excluded: entry.excluded, priceSources: entry.priceSources, scenario, scenarioText: header + new Document(entry.data).toString({ lineWidth: 0 }) });
  }
  const ofSites = (warning: boolean) => shared(found.filter((f) => f.warning === warning), entries.length, (i) => entries.find((e) => e.index === i)?.id ?? '');
  errors.push(...ofSites(false).map((p) => located(p, p.origin)));
  if (errors.length > 0) throw new ScenarioError(sortByLine(errors));
  const changed = overrides.length > 0 || addedSites.length > 0;
  const flags = [...overrides.map((o) => `--set ${o}`), ...addedSites.map((s) => `--site ${s}`)].join(' ');
  const scenarioText = changed ? `# dctwin: effective scenario = ${shownAs} with ${flags}\n${new Document(data).toString({ lineWidth: 0 })}` : text;
  return { sites, warnings: [...doc.warnings.map((w) => `${locate(shownAs, w.linePos?.[0].line)}${w.message.split('\n')[0]}`), ...sortByLine(ofSites(true).map((p) => where(p)))], scenarioText };
}

/**
 * Problems of several sites, once each: a text every site found is kept once; one that only some sites
 * found, outside their own `sites[i]` entry, is kept per site with `(at sites[i] id)`.
 */
function shared<P extends { text: string; path: Problem['path']; site: number; origin: EntryOrigin }>(found: P[], siteCount: number, idOf: (i: number) => string): P[] {
  const bySite = new Map<string, Set<number>>();
  for (const f of found) bySite.set(f.text, (bySite.get(f.text) ?? new Set()).add(f.site));
  const seen = new Set<string>();
  const out: P[] = [];
  for (const f of found) {
    const own = f.path[0] === 'sites' || (f.origin === 'site' && f.path[0] === 'site') || (bySite.get(f.text)?.size ?? 0) === siteCount;
    const text = own ? f.text : `${f.text} (at sites[${f.site}] ${idOf(f.site)})`;
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ ...f, text });
  }
  return out;
}
