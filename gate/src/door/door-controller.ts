import { EventEmitter } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import type { GateDriver } from '../drivers/gate-driver.js';
import { errorMessage, type Logger } from '../logger.js';

/**
 * closed  - servo at the closed pulse, sensor idle.
 * open    - servo commanded open; watching for the people the open scans let in.
 * closing - decided to close; the servo only moves (or stays) closed while nobody is in
 *           the way, and the door counts as closed once the servo had time to travel.
 */
export type DoorState = 'closed' | 'open' | 'closing';

export interface DoorStatus {
  doorState: DoorState;
  /** Last distance read, in cm; null when nothing echoed back or the sensor is idle. */
  sensorCm: number | null;
}

export type DoorEvents = {
  status: [DoorStatus];
  passed: [{ scanId: string }];
  closed: [{ scanId: string }];
};

export interface DoorSettings {
  closedUs: number;
  openUs: number;
  travelMs: number;
  thresholdCm: number;
  pollMs: number;
  closeDelayMs: number;
  openTimeoutMs: number;
}

type CloseReason = 'passage' | 'timeout' | 'shutdown';

interface Cycle {
  /** Scans whose holder has not been seen passing yet, oldest first. */
  waiting: string[];
  /** Every scan that opened this cycle; each gets a `closed` at the end. */
  scans: string[];
  /** Close anyway at this time if someone is still waiting. */
  deadline: number;
  /** Set once everybody waited for has passed: close at this time. */
  closeAt: number | null;
  reason: CloseReason;
}

// HC-SR04 readings drop out now and then while someone stands in front of it, so
// "gone" needs consecutive clear readings; "present" counts at once (safer).
const CLEAR_READINGS_TO_LEAVE = 2;
const SHUTDOWN_WAIT_MS = 10_000;

export class DoorController extends EventEmitter<DoorEvents> {
  private state: DoorState = 'closed';
  private sensorCm: number | null = null;
  private someoneInWay = false;
  private clearStreak = 0;
  private cycle: Cycle | undefined;
  /** While closing: when the servo was last commanded closed (undefined = servo held open). */
  private servoClosedAt: number | undefined;
  private blockedLogged = false;
  private loop: Promise<void> | undefined;
  /** stop() was called: no new openings. */
  private shuttingDown = false;
  /** The door is closed (or gave up waiting) and the sensor loop must end. */
  private stopped = false;

  constructor(
    private readonly driver: GateDriver,
    private readonly settings: DoorSettings,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  /** Puts the servo in a known position at boot. */
  start(): void {
    this.driver.setServoPulseWidth(this.settings.closedUs);
    this.log.info('door closed (startup)', { driver: this.driver.kind });
  }

  status(): DoorStatus {
    return { doorState: this.state, sensorCm: this.sensorCm };
  }

  /**
   * Lets one more person in. While a cycle is running this extends it (new deadline,
   * one more passage to wait for) instead of starting a second one.
   */
  open(scanId: string, holdMs = this.settings.openTimeoutMs): void {
    if (this.shuttingDown) {
      this.log.warn('door is shutting down, open ignored', { scanId });
      return;
    }
    const deadline = this.now() + holdMs;
    if (this.cycle) {
      this.cycle.waiting.push(scanId);
      this.cycle.scans.push(scanId);
      this.cycle.deadline = Math.max(this.cycle.deadline, deadline);
      this.cycle.closeAt = null;
      this.log.info('door already open, cycle extended', { scanId, holdMs, waiting: this.cycle.waiting.length });
    } else {
      this.cycle = { waiting: [scanId], scans: [scanId], deadline, closeAt: null, reason: 'passage' };
      this.log.info('door opening', { scanId, holdMs });
    }
    this.holdServoOpen();
    this.setState('open');
    this.ensureLoop();
  }

  /** Closes the door the normal way (never onto someone), waiting a bounded time, then stops watching. */
  async stop(): Promise<void> {
    this.shuttingDown = true;
    if (this.state !== 'closed') {
      this.log.info('shutting down: closing the door first');
      if (this.state === 'open') this.beginClosing('shutdown');
      await this.waitUntilClosed(SHUTDOWN_WAIT_MS);
    }
    this.stopped = true;
    await this.loop;
  }

  private waitUntilClosed(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.off('status', onStatus);
        resolve();
      };
      const onStatus = (status: DoorStatus): void => {
        if (status.doorState === 'closed') done();
      };
      const timer = setTimeout(done, timeoutMs);
      this.on('status', onStatus);
    });
  }

  private ensureLoop(): void {
    if (this.loop) return;
    this.loop = this.watch().finally(() => {
      this.loop = undefined;
      // An open() may land between the loop's last check and this callback.
      if (this.isActive()) this.ensureLoop();
    });
  }

  private async watch(): Promise<void> {
    try {
      while (this.isActive()) {
        const reading = await this.readSensor();
        if (this.stopped) return;
        this.step(reading, this.now());
        if (this.isActive()) await delay(this.settings.pollMs);
      }
    } catch (error) {
      this.log.error('door watch failed', { error: errorMessage(error), doorState: this.state });
      // Pace the restart done by ensureLoop so a persistent fault cannot spin.
      await delay(this.settings.pollMs);
    }
  }

  private isActive(): boolean {
    return this.state !== 'closed' && !this.stopped;
  }

  private async readSensor(): Promise<number | null> {
    try {
      return await this.driver.measureDistanceCm();
    } catch (error) {
      // A dead sensor must not keep the stadium open forever, so a failed read counts as clear.
      this.log.warn('distance sensor read failed', { error: errorMessage(error) });
      return null;
    }
  }

  private step(reading: number | null, now: number): void {
    const cycle = this.cycle;
    if (!cycle) return;
    this.sensorCm = reading;
    this.trackPresence(reading, cycle, now);

    if (this.state === 'open') {
      if (cycle.waiting.length === 0 && cycle.closeAt !== null && now >= cycle.closeAt) {
        this.beginClosing('passage');
      } else if (cycle.waiting.length > 0 && now >= cycle.deadline) {
        this.beginClosing('timeout');
      }
    }
    if (this.state === 'closing') this.driveClosing(cycle, now);
  }

  private trackPresence(reading: number | null, cycle: Cycle, now: number): void {
    const present = reading !== null && reading < this.settings.thresholdCm;
    this.clearStreak = present ? 0 : this.clearStreak + 1;
    if (present && !this.someoneInWay) {
      this.someoneInWay = true;
      this.log.info(`person detected at ${reading} cm`);
      this.emitStatus();
    } else if (!present && this.someoneInWay && this.clearStreak >= CLEAR_READINGS_TO_LEAVE) {
      this.someoneInWay = false;
      this.emitStatus();
      this.onPassage(cycle, now);
    }
  }

  private onPassage(cycle: Cycle, now: number): void {
    const scanId = cycle.waiting.shift();
    if (scanId === undefined) {
      this.log.warn('passage without a pending scan (tailgating?)');
    } else {
      this.log.info('person passed', { scanId });
      this.emit('passed', { scanId });
    }
    // Only consulted once nobody is waiting any more; a later passage pushes it back.
    cycle.closeAt = now + this.settings.closeDelayMs;
  }

  private beginClosing(reason: CloseReason): void {
    if (!this.cycle) return;
    this.cycle.reason = reason;
    this.log.info('door closing', { reason, notPassed: this.cycle.waiting.length });
    this.setState('closing');
  }

  private driveClosing(cycle: Cycle, now: number): void {
    if (this.someoneInWay) {
      if (!this.blockedLogged) {
        this.blockedLogged = true;
        this.log.warn('someone in the way, waiting to close', { sensorCm: this.sensorCm });
      }
      if (this.servoClosedAt !== undefined) this.holdServoOpen();
      return;
    }
    this.blockedLogged = false;
    if (this.servoClosedAt === undefined) {
      this.driver.setServoPulseWidth(this.settings.closedUs);
      this.servoClosedAt = now;
      return;
    }
    if (now - this.servoClosedAt >= this.settings.travelMs) this.finishCycle(cycle);
  }

  private finishCycle(cycle: Cycle): void {
    this.cycle = undefined;
    this.servoClosedAt = undefined;
    this.sensorCm = null;
    const message =
      cycle.reason === 'passage'
        ? 'door closed after passage'
        : cycle.reason === 'timeout'
          ? 'door closed after timeout'
          : 'door closed for shutdown';
    this.log.info(message, { scans: cycle.scans.length, notPassed: cycle.waiting.length });
    this.setState('closed');
    for (const scanId of cycle.scans) this.emit('closed', { scanId });
  }

  private holdServoOpen(): void {
    this.driver.setServoPulseWidth(this.settings.openUs);
    this.servoClosedAt = undefined;
  }

  private setState(next: DoorState): void {
    if (next === this.state) return;
    this.state = next;
    this.emitStatus();
  }

  private emitStatus(): void {
    this.emit('status', this.status());
  }
}
