/**
 * The decision sections of a run, in report order: where the load should go (several sites), TCO by line, payback,
 * spread, capacity, money defaults. One list for summary.md and report.html, so the two reports cannot drift apart
 * (each renders them through section.ts).
 */
import type { Summary } from '../sim/types/summary.js';
import { assumptionsSection } from './assumptionsSection.js';
import { capacitySection } from './capacitySection.js';
import { paybackSection } from './paybackSection.js';
import type { ReportSection } from './section.js';
import { siteSection } from './siteSection.js';
import { spreadSection } from './spreadSection.js';
import { tcoSection } from './tcoSection.js';

export function decisionSections(summary: Summary): ReportSection[] {
  return [siteSection(summary), tcoSection(summary), paybackSection(summary), spreadSection(summary), capacitySection(summary), assumptionsSection(summary)]
    .filter((s): s is ReportSection => s !== undefined);
}
