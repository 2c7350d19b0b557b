import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Backoff } from '../src/server/backoff.js';
import { Reachability } from '../src/server/reachability.js';

describe('backoff', () => {
  it('doubles from the minimum up to the cap, and starts over after reset', () => {
    const backoff = new Backoff({ minMs: 100, maxMs: 1000, jitter: 0 });
    assert.deepEqual([1, 2, 3, 4, 5, 6].map(() => backoff.next()), [100, 200, 400, 800, 1000, 1000]);
    backoff.reset();
    assert.equal(backoff.next(), 100);
  });

  it('spreads each delay by the jitter fraction without exceeding the cap', () => {
    const low = new Backoff({ minMs: 100, maxMs: 1000, jitter: 0.5, random: () => 0 });
    const high = new Backoff({ minMs: 100, maxMs: 1000, jitter: 0.5, random: () => 1 });
    assert.deepEqual([low.next(), low.next()], [50, 100]);
    assert.deepEqual([high.next(), high.next(), high.next(), high.next(), high.next()], [150, 300, 600, 1000, 1000]);
  });
});

describe('reachability', () => {
  it('skips the server for retryMs after each failure', () => {
    let now = 0;
    const reachability = new Reachability(1000, () => now);
    assert.equal(reachability.shouldTryServer(), true);
    reachability.markDown();
    now = 999;
    assert.equal(reachability.shouldTryServer(), false);
    now = 1000;
    assert.equal(reachability.shouldTryServer(), true);
    reachability.markDown();
    now = 1500;
    assert.equal(reachability.shouldTryServer(), false, 'a new failure restarts the wait');
    reachability.markUp();
    assert.equal(reachability.shouldTryServer(), true);
  });
});
