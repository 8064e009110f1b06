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

  constructor(channels: readonly string[], startS: number, hours: number) {
    this.channels = channels;
    this.powerW = new Float64Array(channels.length);
    this.energyJ = new Float64Array(channels.length);
    this.hourlyEnergyJ = new Float64Array(channels.length * hours);
    this.lastS = startS;
    this.startS = startS;
  }

  /** Integrates the current powers from the last advance up to nowS (nowS >= last). */
  advance(nowS: number): void {
    let fromS = this.lastS;
    if (nowS < fromS) throw new RangeError(`meter advanced backwards: ${nowS} s < ${fromS} s`);
    const n = this.channels.length;
    const maxHour = this.hourlyEnergyJ.length / n - 1;
    while (fromS < nowS) {
      const hour = Math.floor((fromS - this.startS) / SECONDS_PER_HOUR);
      const bucket = Math.min(hour, maxHour);
      const hourEndS = this.startS + (hour + 1) * SECONDS_PER_HOUR;
      const toS = hourEndS < nowS && hour < maxHour ? hourEndS : nowS;
      const dtS = toS - fromS;
      const base = bucket * n;
      for (let c = 0; c < n; c++) {
        const e = this.powerW[c] * dtS;
        this.energyJ[c] += e;
        this.hourlyEnergyJ[base + c] += e;
      }
      fromS = toS;
    }
    this.lastS = nowS;
  }
}
