import type { DoorController, DoorStatus } from '../door/door-controller.js';
import type { Logger } from '../logger.js';
import type { SimulatedDriver } from './simulated-driver.js';

const ARRIVES_AFTER_MS = 1_000;
const STAYS_IN_FRONT_MS = 1_500;
const DISTANCE_CM = 42;

/**
 * For `npm start` without hardware: every time the door opens, a simulated person
 * steps in front of the sensor a second later and walks through, so the whole
 * open -> detect -> close cycle can be watched in the log.
 */
export function simulatePassages(door: DoorController, driver: SimulatedDriver, log: Logger): () => void {
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, action: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      action();
    }, ms);
    timers.add(timer);
  };
  let previous = door.status().doorState;
  const onStatus = (status: DoorStatus): void => {
    const justOpened = status.doorState === 'open' && previous !== 'open';
    previous = status.doorState;
    if (!justOpened) return;
    later(ARRIVES_AFTER_MS, () => {
      log.info('simulation: a person steps in front of the sensor', { cm: DISTANCE_CM });
      driver.setDistance(DISTANCE_CM);
      later(STAYS_IN_FRONT_MS, () => {
        log.info('simulation: the person has walked through');
        driver.setDistance(null);
      });
    });
  };
  door.on('status', onStatus);
  return () => {
    door.off('status', onStatus);
    for (const timer of timers) clearTimeout(timer);
  };
}
