import { errorMessage } from '../logger.js';
import type { GateDriver } from './gate-driver.js';

/** The slice of the pigpio npm API this driver uses (typed here so type-checking never needs pigpio installed). */
interface PigpioGpio {
  servoWrite(pulseWidth: number): unknown;
  digitalWrite(level: number): unknown;
  trigger(pulseLength: number, level: number): unknown;
  on(event: 'alert', listener: (level: number, tick: number) => void): unknown;
  disableAlert(): unknown;
}

interface PigpioModule {
  initialize(): void;
  terminate(): void;
  Gpio: { new (gpio: number, options: { mode: number; alert?: boolean }): PigpioGpio; INPUT: number; OUTPUT: number };
}

export interface PigpioPins {
  servoGpio: number;
  triggerGpio: number;
  echoGpio: number;
}

// Sound covers 1 cm in ~29.1 µs; the echo pulse covers the way there and back.
const MICROSECONDS_PER_CM = 29.1;
// Past ~4 m the HC-SR04 reports garbage, and with no obstacle it holds echo high ~38 ms.
const MAX_RANGE_CM = 400;
const ECHO_TIMEOUT_MS = 60;
const TRIGGER_PULSE_US = 10;

/** Drives an SG90 servo and an HC-SR04 through the pigpio C library (Raspberry Pi only, needs root). */
export class PigpioDriver implements GateDriver {
  readonly kind = 'pigpio';
  private echoStartTick: number | undefined;
  private pendingEcho: ((echoMicroseconds: number) => void) | undefined;

  private constructor(
    private readonly pigpio: PigpioModule,
    private readonly servo: PigpioGpio,
    private readonly trigger: PigpioGpio,
    private readonly echo: PigpioGpio,
  ) {
    echo.on('alert', (level, tick) => this.onEchoEdge(level, tick));
  }

  /**
   * Loads pigpio lazily so simulated mode (and any x86 machine, where the optional
   * dependency is absent) never touches it. Must run before the process installs its
   * own signal handlers: initializing the C library replaces them.
   */
  static async open(pins: PigpioPins, importPigpio: () => Promise<unknown> = importPigpioPackage): Promise<PigpioDriver> {
    const pigpio = await loadPigpio(importPigpio);
    pigpio.initialize();
    const { Gpio } = pigpio;
    const servo = new Gpio(pins.servoGpio, { mode: Gpio.OUTPUT });
    const trigger = new Gpio(pins.triggerGpio, { mode: Gpio.OUTPUT });
    const echo = new Gpio(pins.echoGpio, { mode: Gpio.INPUT, alert: true });
    trigger.digitalWrite(0);
    return new PigpioDriver(pigpio, servo, trigger, echo);
  }

  setServoPulseWidth(microseconds: number): void {
    this.servo.servoWrite(microseconds);
  }

  measureDistanceCm(): Promise<number | null> {
    if (this.pendingEcho) return Promise.reject(new Error('a distance measurement is already running'));
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pendingEcho = undefined;
        resolve(null);
      }, ECHO_TIMEOUT_MS);
      this.pendingEcho = (echoMicroseconds) => {
        clearTimeout(timer);
        this.pendingEcho = undefined;
        const cm = echoMicroseconds / 2 / MICROSECONDS_PER_CM;
        resolve(cm > MAX_RANGE_CM ? null : Math.round(cm * 10) / 10);
      };
      this.echoStartTick = undefined;
      this.trigger.trigger(TRIGGER_PULSE_US, 1);
    });
  }

  async close(): Promise<void> {
    this.echo.disableAlert();
    // Pulse width 0 stops the servo signal so the SG90 does not buzz while idle.
    this.servo.servoWrite(0);
    this.pigpio.terminate();
  }

  private onEchoEdge(level: number, tick: number): void {
    if (level === 1) {
      this.echoStartTick = tick;
      return;
    }
    if (this.echoStartTick === undefined || !this.pendingEcho) return;
    // Ticks are unsigned 32-bit microseconds that wrap every ~72 minutes.
    this.pendingEcho((tick - this.echoStartTick) >>> 0);
  }
}

function importPigpioPackage(): Promise<unknown> {
  // A variable specifier keeps TypeScript from resolving the optional package at build time.
  const specifier = 'pigpio';
  return import(specifier);
}

async function loadPigpio(importPigpio: () => Promise<unknown>): Promise<PigpioModule> {
  let loaded: unknown;
  try {
    loaded = await importPigpio();
  } catch (error) {
    throw new Error(
      `GATE_DRIVER=pigpio but the pigpio package could not be loaded (${errorMessage(error)}); ` +
        'install the pigpio C library (sudo apt install pigpio) then run npm ci on the Raspberry Pi',
    );
  }
  // pigpio is CommonJS: its exports may sit on the namespace or under default.
  const candidate = isRecord(loaded) && isPigpioModule(loaded.default) ? loaded.default : loaded;
  if (!isPigpioModule(candidate)) throw new Error('the pigpio package does not export initialize/terminate/Gpio');
  return candidate;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPigpioModule(value: unknown): value is PigpioModule {
  return (
    isRecord(value) &&
    typeof value.initialize === 'function' &&
    typeof value.terminate === 'function' &&
    typeof value.Gpio === 'function'
  );
}
