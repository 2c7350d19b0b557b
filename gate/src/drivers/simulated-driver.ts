import type { GateDriver } from './gate-driver.js';

export type DistanceSource = () => number | null;

/**
 * Stands in for the servo and the HC-SR04 on machines without GPIO (development, tests).
 * Distances come from a queue of scripted readings first, then from a steady source.
 */
export class SimulatedDriver implements GateDriver {
  readonly kind = 'simulated';
  readonly pulses: number[] = [];
  private readonly queued: Array<number | null> = [];
  private source: DistanceSource = () => null;

  setServoPulseWidth(microseconds: number): void {
    this.pulses.push(microseconds);
  }

  async measureDistanceCm(): Promise<number | null> {
    if (this.queued.length > 0) return this.queued.shift() ?? null;
    return this.source();
  }

  /** Readings returned once each, in order, before the steady source is used again. */
  queueReadings(...readings: Array<number | null>): void {
    this.queued.push(...readings);
  }

  /** What the sensor reports from now on: a fixed distance, null (nothing in range) or a function. */
  setDistance(distance: number | null | DistanceSource): void {
    this.source = typeof distance === 'function' ? distance : () => distance;
  }

  get lastPulse(): number | undefined {
    return this.pulses.at(-1);
  }

  async close(): Promise<void> {}
}
