/** The two pieces of hardware the door needs; everything above this seam is hardware-free. */
export interface GateDriver {
  readonly kind: 'simulated' | 'pigpio';
  /** Servo pulse width in microseconds (SG90: 500..2500). */
  setServoPulseWidth(microseconds: number): void;
  /** Distance to the nearest obstacle in cm, or null when nothing echoes back within range. */
  measureDistanceCm(): Promise<number | null>;
  close(): Promise<void>;
}
