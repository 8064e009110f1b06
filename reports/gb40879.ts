/**
 * Where GB 40879-2021's energy-efficiency grades apply, per design, and the
 * report section that says so next to the PUE figures (summary.md, report.html).
 *
 * Rule: GB 40879-2021 (数据中心能效限定值及能效等级, mandatory national standard,
 *   published 2021-10-11, in force 2022-11-01) applies to new and rebuilt/expanded
 *   data-center buildings or modules "采用独立配电、空气冷却、电动空调" (independent power
 *   distribution, air cooling, electrically driven air conditioning); not to edge data
 *   centers (<= 100 standard racks); "采用其他非电空调设备的数据中心可以参照本文件执行"
 *   (non-electric air conditioning: by reference). So, by the design's rack type
 *   (summary.json designs[i].sizing.rackType):
 *     air        -> applies (every air design in dctwin is cooled by room air from an
 *                   electric chilled-water plant)
 *     liquid-pod -> outside (full-liquid hall: not air cooling)
 *     hybrid     -> outside (racks partly liquid-cooled: not air cooling)
 *     absent     -> unknown (a summary.json from before rackType was recorded)
 *   With node groups in their own rack types (sizing.groupRacks), their types decide: one type as above,
 *   several (e.g. liquid PoDs and air racks in one hall) -> hybrid.
 * Grades: the standard has 3 grades (grade 1 best, grade 3 = the limit value) by the
 *   electric-energy ratio (PUE). The thresholds quoted widely (grade 1 <= 1.20,
 *   grade 2 <= 1.30, grade 3 <= 1.50) could NOT be verified against the standard's
 *   text, so no grade is printed (verified 2026-12: scope text and grade count only).
 * Sources: scope text as published on gbstd.com
 *   (https://www.gbstd.com/en-us/view/6010130012000000.html, "Scope"); grade count and
 *   "3 级能效为数据中心能效限定值" from the standard's summary quoted in
 *   /work/shared/reference/costs-accelerators-resilience-policy.md (section 4a, tag P for
 *   the scope; the thresholds are tagged U there).
 */
import type { DesignSummary, Summary } from '../sim/types/summary.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';
import type { ReportSection } from './section.js';

export type Gb40879Scope = 'applies' | 'fullLiquid' | 'hybrid' | 'unknown';

/** Whether GB 40879-2021's grades apply to `design`, judged by its rack type (node groups in mixed rack types: a hybrid hall). */
export function gb40879Scope(design: DesignSummary): Gb40879Scope {
  const types = new Set(design.sizing?.groupRacks?.map((g) => g.rackType) ?? []);
  const rackType = types.size > 1 ? 'hybrid' : types.size === 1 ? [...types][0] : design.sizing?.rackType;
  switch (rackType) {
    case 'air':
      return 'applies';
    case 'liquid-pod':
      return 'fullLiquid';
    case 'hybrid':
      return 'hybrid';
    default:
      return 'unknown';
  }
}

/** The scope section in `lang`: one row (in scope or not, and why) and the notes; none without designs. */
export function gb40879Section(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection | undefined {
  const ds = summary.designs;
  if (ds.length === 0) return undefined;
  const m = messages(lang).gb40879;
  const scopes = ds.map(gb40879Scope);
  const inside = ds.filter((_, i) => scopes[i] === 'applies').map((d) => d.id);
  const outside = ds.filter((_, i) => scopes[i] === 'fullLiquid' || scopes[i] === 'hybrid').map((d) => d.id);
  const notes = [m.scope];
  if (inside.length) notes.push(m.inside(inside.join(', ')));
  if (outside.length) notes.push(m.outside(outside.join(', ')));
  notes.push(m.noGrade);
  return {
    id: 'gb40879',
    title: m.title,
    header: ['', ...ds.map((d) => d.id)],
    rows: [{ label: m.rowLabel, key: 'sizing.rackType', cells: ds.map((d, i) => ({ text: m[scopes[i]], design: d.id })) }],
    notes,
  };
}
