import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { PigpioDriver } from '../src/drivers/pigpio-driver.js';

/** Mimics the pigpio npm module closely enough to drive the HC-SR04 timing logic on any machine. */
function fakePigpio(echoTicks: () => [number, number] | null) {
  const calls: string[] = [];
  const pins = new Map<number, FakeGpio>();
  class FakeGpio extends EventEmitter {
    static INPUT = 0;
    static OUTPUT = 1;
    constructor(
      readonly pin: number,
      readonly options: { mode: number; alert?: boolean },
    ) {
      super();
      pins.set(pin, this);
      calls.push(`new ${pin} mode=${options.mode} alert=${options.alert === true}`);
    }
    servoWrite(width: number) {
      calls.push(`servo ${this.pin} ${width}`);
      return this;
    }
    digitalWrite(level: number) {
      calls.push(`write ${this.pin} ${level}`);
      return this;
    }
    trigger(length: number, level: number) {
      calls.push(`trigger ${this.pin} ${length}us level=${level}`);
      const ticks = echoTicks();
      const echo = pins.get(24);
      if (ticks && echo) {
        setImmediate(() => {
          echo.emit('alert', 1, ticks[0]);
          echo.emit('alert', 0, ticks[1]);
        });
      }
      return this;
    }
    disableAlert() {
      calls.push(`disableAlert ${this.pin}`);
      return this;
    }
  }
  const module = {
    Gpio: FakeGpio,
    initialize: () => calls.push('initialize'),
    terminate: () => calls.push('terminate'),
  };
  return { calls, load: async () => ({ default: module }) };
}

const pins = { servoGpio: 18, triggerGpio: 23, echoGpio: 24 };

describe('pigpio driver (fake pigpio module)', () => {
  it('sets up the pins, writes servo pulses and releases everything on close', async () => {
    const fake = fakePigpio(() => null);
    const driver = await PigpioDriver.open(pins, fake.load);
    driver.setServoPulseWidth(2000);
    await driver.close();
    assert.deepEqual(fake.calls, [
      'initialize',
      'new 18 mode=1 alert=false',
      'new 23 mode=1 alert=false',
      'new 24 mode=0 alert=true',
      'write 23 0',
      'servo 18 2000',
      'disableAlert 24',
      'servo 18 0',
      'terminate',
    ]);
  });

  it('turns the echo pulse width into centimetres (us / 2 / 29.1), across a tick wrap-around', async () => {
    let ticks: [number, number] = [1_000, 1_000 + 2_910];
    const fake = fakePigpio(() => ticks);
    const driver = await PigpioDriver.open(pins, fake.load);
    assert.equal(await driver.measureDistanceCm(), 50);
    assert.ok(fake.calls.includes('trigger 23 10us level=1'));

    ticks = [0xffff_ff00, 0x0000_04d6]; // 0x100 + 0x4d6 = 1494 us across the 32-bit wrap
    assert.equal(await driver.measureDistanceCm(), 25.7);
  });

  it('reports nothing in range when no echo comes back or it is beyond 4 m', async () => {
    let ticks: [number, number] | null = null;
    const driver = await PigpioDriver.open(pins, fakePigpio(() => ticks).load);
    assert.equal(await driver.measureDistanceCm(), null);
    ticks = [0, 38_000];
    assert.equal(await driver.measureDistanceCm(), null);
  });

  it('explains what to install when pigpio cannot be loaded', async () => {
    const missing = async () => {
      throw new Error("Cannot find package 'pigpio'");
    };
    await assert.rejects(PigpioDriver.open(pins, missing), /sudo apt install pigpio/);
  });
});
