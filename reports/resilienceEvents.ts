/**
 * The scripted episode's events in the report's language ('1 chiller, 1 CDU pump out for 6 h'), from
 * summary.json's designs[i].resilience.scripted.timeline.events (the core's `label` is English only).
 */
import type { ResilienceTimeline } from '../sim/types/resilience.js';
import { formatNumber } from './format.js';
import { DEFAULT_LANG, messages, type Lang } from './i18n/lang.js';

export function episodeWords(events: ResilienceTimeline['events'], lang: Lang = DEFAULT_LANG): string {
  const w = messages(lang).resilience;
  const parts = events.map((e) => w.episodeUnits(e.units, w.classNames[e.componentClass] ?? e.componentClass));
  const hours = Math.max(0, ...events.map((e) => e.forS)) / 3600;
  return w.episode(w.lead.list(parts), formatNumber(hours, Number.isInteger(hours) ? 0 : 1));
}
