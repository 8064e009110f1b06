/**
 * "Failures, redundancy and ride-through" for summary.md and report.html, when the scenario has a `resilience:`
 * block (summary.json designs[i].resilience): the figures of resilienceRows.ts, one column per design (the
 * terminal prints the same cells), led by how each design comes through the scripted what-if (resilienceEpisode.ts:
 * minutes from the event to the allowable and shutdown limits, and IT load lost before them, from the timeline) and by the spread of
 * availability over the horizon; notes define ride-through, the limits (from the summary), the histories,
 * availability, the Uptime tier and the expected costs. It carries the episode chart (resilience-timeline).
 */
import { episodeWords } from './resilienceEvents.js';
import type { DesignSummary, Summary } from '../sim/types/summary.js';
import type { DesignResilience } from '../sim/types/resilience.js';
import { formatNumber, formatPercent } from './format.js';
import { episodeOutcome, firstLoadDrop } from './resilienceEpisode.js';
import { formatAvailability, hasResilience, resilienceRows } from './resilienceRows.js';
import type { ReportSection } from './section.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

type Words = ReturnType<typeof messages>['resilience'];
type WithResilience = DesignSummary & { resilience: DesignResilience };

/** One sentence per design that throttles or trips in the scripted what-if, after one for all that ride through it. */
export function scriptedLead(designs: readonly DesignSummary[], lang: Lang = DEFAULT_LANG): string[] {
  const w = messages(lang).resilience.lead;
  const ds = designs.filter((d): d is WithResilience => d.resilience?.scripted !== undefined);
  if (ds.length === 0) return [];
  const label = episodeWords(ds[0].resilience.scripted!.timeline.events, lang);
  const minutes = (m: number) => w.minutes(formatNumber(m, 1));
  const clean = ds.filter((d) => {
    const s = d.resilience.scripted!;
    return s.unmetCoolingKWh === 0 && s.minutesAboveAllowable === 0 && s.shutdowns === 0;
  });
  const out = clean.length ? [w.ridesThrough(w.list(clean.map((d) => d.id)), label)] : [];
  for (const d of ds.filter((x) => !clean.includes(x))) {
    const s = d.resilience.scripted!;
    const { allowable, shutdown } = episodeOutcome(d.resilience);
    const unmet = formatNumber(s.unmetCoolingKWh, 1);
    const gpuHours = formatNumber(s.gpuHoursLost);
    // Load lost before any loop reaches a limit (nodes stopped or shed with the failed units) is said after.
    const drop = firstLoadDrop(d.resilience);
    const early = drop && (allowable === undefined || drop.minutes < allowable.minutes)
      ? (drop.minutes === 0 ? w.loadDropAtEvent(formatPercent(drop.load)) : w.loadDrop(formatPercent(drop.load), minutes(drop.minutes))) : '';
    if (s.shutdowns > 0 && allowable && shutdown) out.push(w.trips(d.id, w.loops[allowable.loop], minutes(allowable.minutes), minutes(shutdown.minutes), gpuHours) + early);
    else if (s.shutdowns > 0) out.push(w.tripsLater(d.id, formatNumber(s.shutdowns), gpuHours) + early);
    else if (allowable) out.push(w.throttles(d.id, w.loops[allowable.loop], minutes(allowable.minutes), formatNumber(s.minutesAboveAllowable), unmet) + early);
    else out.push(w.unmetOnly(d.id, unmet) + early);
  }
  return out;
}

/** "Over N years ..., availability ranges from low (id) to high (id)." */
function availabilityLead(ds: WithResilience[], w: Words): string {
  const years = formatNumber(ds[0].resilience.horizonYears);
  const sorted = [...ds].sort((a, b) => a.resilience.availability - b.resilience.availability);
  const [low, high] = [sorted[0], sorted[sorted.length - 1]];
  return ds.length === 1
    ? w.lead.availabilityOne(years, formatAvailability(low.resilience.availability), low.id)
    : w.lead.availability(years, formatAvailability(low.resilience.availability), low.id, formatAvailability(high.resilience.availability), high.id);
}

/** The loops' limits in words, from the first design's summary (the scenario's limits; a liquid loop's only where one exists). */
function limitsText(ds: WithResilience[], w: Words): string {
  const c = (v: number) => `${formatNumber(v, 1)} °C`;
  const l = ds[0].resilience.limits;
  const liquid = ds.find((d) => d.resilience.limits.throttleCoolantC !== null)?.resilience.limits;
  return w.limits(w.limitPair(c(l.throttleInletC), c(l.shutdownInletC)),
    liquid ? w.limitPair(c(liquid.throttleCoolantC!), c(liquid.shutdownCoolantC!)) : '');
}

export function resilienceSection(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection | undefined {
  if (!hasResilience(summary.designs)) return undefined;
  const w = messages(lang).resilience;
  const ds = summary.designs.filter((d): d is WithResilience => d.resilience !== undefined);
  return {
    id: 'resilience',
    title: w.title,
    header: [w.header, ...summary.designs.map((d) => d.id)],
    rows: resilienceRows(summary.designs, lang).map((r) => ({
      label: r.label,
      key: r.key,
      strong: r.heading,
      // A heading row spans nothing: empty cells keep the table rectangular.
      cells: r.heading ? summary.designs.map(() => ({ text: '' })) : r.cells,
    })),
    lead: [...scriptedLead(summary.designs, lang), availabilityLead(ds, w)],
    notes: w.notes(limitsText(ds, w)),
    charts: ds.some((d) => d.resilience.scripted) ? ['resilience-timeline'] : undefined,
    wide: true,
  };
}
