/**
 * Exact energy integration for piecewise-constant power.
 *
 * Equation: energyJ += powerW * (t - tLastS) before each change of power.
 * Between two events every draw is constant, so this is exact: there is no
 * time step. A meter bank holds many channels (one per component) and also
 * accumulates energy per hourly bucket, splitting an interval that crosses
 * an hour boundary so hourly sums add up exactly to the total.
 */
import { SECONDS_PER_HOUR } from '../units.js';

export class MeterBank {
  readonly channels: readonly string[];
  /** Current power per channel, W. */
  readonly powerW: Float64Array;
  /** Total energy per channel, J. */
  readonly energyJ: Float64Array;
  /** Energy per hourly bucket, row-major [hour * channels + channel], J. */
  readonly hourlyEnergyJ: Float64Array;
  private lastS: number;
  private readonly startS: number;
  private readonly hours: number;

  constructor(channels: readonly string[], startS: number, hours: number) {
    this.channels = channels;
    this.powerW = new Float64Array(channels.length);
    this.energyJ = new Float64Array(channels.length);
    this.hourlyEnergyJ = new Float64Array(channels.length * hours);
    this.lastS = startS;
    this.startS = startS;
    this.hours = hours;
  }

  /**
   * Integrates the current powers from the last advance up to nowS (nowS >= last).
   * Bucket h holds [startS + h * 3600, startS + (h + 1) * 3600); time past the
   * last bucket is added to the last bucket (and always to the totals).
   */
  advance(nowS: number): void {
    let fromS = this.lastS;
    if (!(nowS >= fromS)) throw new RangeError(`meter advanced backwards: ${nowS} s < ${fromS} s`);
    const n = this.channels.length;
    const maxHour = this.hours - 1;
    const powerW = this.powerW;
    const energyJ = this.energyJ;
    const hourlyJ = this.hourlyEnergyJ;
    // The hour index is computed once and then counted, so rounding at a boundary
    // (startS + 3600 * h is not exact for every startS) cannot stall the loop.
    let hour = Math.floor((fromS - this.startS) / SECONDS_PER_HOUR);
    while (fromS < nowS) {
      const hourEndS = this.startS + (hour + 1) * SECONDS_PER_HOUR;
      if (hourEndS <= fromS) {
        hour++;
        continue;
      }
      const toS = hour < maxHour && hourEndS < nowS ? hourEndS : nowS;
      const dtS = toS - fromS;
      const base = (hour < maxHour ? hour : maxHour) * n;
      for (let c = 0; c < n; c++) {
        const e = powerW[c] * dtS;
        energyJ[c] += e;
        hourlyJ[base + c] += e;
      }
      fromS = toS;
      hour++;
    }
    this.lastS = nowS;
  }
}
