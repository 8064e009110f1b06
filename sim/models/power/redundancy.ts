/**
 * Installed units of a redundant group (UPS modules, transformers) and the load
 * fraction each carries.
 *
 * Equation:
 *   needed = max(1, ceil(designLoadW / unitRatingW))
 *   installed = needed (N), needed + 1 (N+1), 2 * needed (2N)
 *   loadFraction = loadW / (installed * unitRatingW)        (all installed units share the load)
 * Assumptions: units share load equally (parallel modules, or both sides of a 2N system each carrying half);
 *   no unit is switched off at light load (no "Xtra VFI"-style module shedding).
 * Validity: designLoadW >= 0, unitRatingW > 0.
 * References: Schneider Electric WP108 (each side of a 2N system at <= 50 % load; field surveys "20-40 % of
 *   their 2N capacity"); Uptime Institute Tier Standard: Topology (N, N+1 components, 2N distribution paths).
 * Validated by: test/models/power/redundancy.test.ts (hand-computed counts)
 * @example installedUnits(1_200_000, 500_000, 'N+1') // => 4
 */

export type Redundancy = 'N' | 'N+1' | '2N';

export function installedUnits(designLoadW: number, unitRatingW: number, redundancy: Redundancy): number {
  if (!(unitRatingW > 0)) throw new RangeError(`redundancy: unitRatingW must be > 0, got ${unitRatingW}`);
  if (!(designLoadW >= 0)) throw new RangeError(`redundancy: designLoadW must be >= 0, got ${designLoadW}`);
  // 1e-9 guards against a design load that is an exact multiple of the rating plus rounding noise.
  const needed = Math.max(1, Math.ceil(designLoadW / unitRatingW - 1e-9));
  if (redundancy === 'N') return needed;
  if (redundancy === 'N+1') return needed + 1;
  return 2 * needed;
}
