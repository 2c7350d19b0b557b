import type { GateConfig } from '../config.js';
import type { GateDriver } from './gate-driver.js';
import { PigpioDriver } from './pigpio-driver.js';
import { SimulatedDriver } from './simulated-driver.js';

export async function createDriver(config: GateConfig): Promise<GateDriver> {
  if (config.driver === 'simulated') return new SimulatedDriver();
  return PigpioDriver.open({
    servoGpio: config.servo.gpio,
    triggerGpio: config.sensor.triggerGpio,
    echoGpio: config.sensor.echoGpio,
  });
}
