/**
 * The decision sections of a run, in report order: where the load should go (several sites), TCO by line, payback,
 * spread, capacity, the XPU pool's node groups (one per design with several), failures and ride-through (a resilience: block), money defaults. One list for summary.md and report.html, so the two reports cannot drift apart
 * (each renders them through section.ts).
 */
import type { Summary } from '../sim/types/summary.js';
import { DEFAULT_LANG, type Lang } from './i18n/lang.js';
import { assumptionsSection } from './assumptionsSection.js';
import { capacitySection } from './capacitySection.js';
import { paybackSection } from './paybackSection.js';
import { poolSections } from './poolSection.js';
import { resilienceSection } from './resilienceSection.js';
import type { ReportSection } from './section.js';
import { siteSection } from './siteSection.js';
import { spreadSection } from './spreadSection.js';
import { tcoSection } from './tcoSection.js';

/** The sections in `lang`; a section added here takes the language too (its words go in i18n/enSections.ts and zhCNSections.ts). */
export function decisionSections(summary: Summary, lang: Lang = DEFAULT_LANG): ReportSection[] {
  return [siteSection(summary, lang), tcoSection(summary, lang), paybackSection(summary, lang), spreadSection(summary, lang), capacitySection(summary, lang),
    ...poolSections(summary, lang), resilienceSection(summary, lang), assumptionsSection(summary, lang)]
    .filter((s): s is ReportSection => s !== undefined);
}
