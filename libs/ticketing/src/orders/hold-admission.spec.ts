import type { AppConfig } from '@guichet/common';
import { HoldAdmission, Overloaded } from './hold-admission';

const admission = (poolSize: number) => new HoldAdmission({ DATABASE_POOL_SIZE: poolSize } as AppConfig);

/** A hold that lasts until the test lets it finish. */
function pendingHold() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { work: () => done, finish };
}

describe('HoldAdmission', () => {
  afterEach(() => jest.useRealTimers());

  it('runs at most pool − 2 holds at once and starts the queued ones in arrival order', async () => {
    const gate = admission(4);
    const started: number[] = [];
    const holds = [0, 1, 2, 3].map(() => pendingHold());
    const runs = holds.map((hold, index) => gate.run(async () => (started.push(index), hold.work())));
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    holds[1].finish();
    await runs[1];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    holds[0].finish();
    holds[2].finish();
    holds[3].finish();
    await Promise.all(runs);
    expect(started).toEqual([0, 1, 2, 3]);
  });

  it('answers Overloaded with a Retry-After at once when the queue is full, and after 2 s of waiting', async () => {
    jest.useFakeTimers();
    const gate = admission(3);
    const running = pendingHold();
    const first = gate.run(running.work);
    const queued = Array.from({ length: 256 }, () => gate.run(() => Promise.resolve(undefined)));
    const refusedAtOnce = await gate.run(() => Promise.resolve('ran')).catch((error: unknown) => error);
    expect(refusedAtOnce).toBeInstanceOf(Overloaded);
    expect((refusedAtOnce as Overloaded).status).toBe(503);
    expect((refusedAtOnce as Overloaded).retryAfterSeconds).toBe(5);
    jest.advanceTimersByTime(2000);
    const waited = await Promise.allSettled(queued);
    expect(waited.every((result) => result.status === 'rejected' && result.reason instanceof Overloaded)).toBe(true);
    running.finish();
    await first;
    // The slot is free again: the next buyer is served at once.
    await expect(gate.run(() => Promise.resolve('ran'))).resolves.toBe('ran');
  });
});
