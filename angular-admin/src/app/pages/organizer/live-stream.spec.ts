import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalesce, parseEvents } from './live-stream';

describe('parseEvents', () => {
  it('reads complete events and keeps a partial one for the next chunk', () => {
    const first = parseEvents('event: ready\nid: 1\ndata: {}\n\nevent: attendance\ndata: {"matchId":"m1"}\n\nevent: gate\nda');
    expect(first.events).toEqual([
      { type: 'ready', data: {} },
      { type: 'attendance', data: { matchId: 'm1' } },
    ]);
    const second = parseEvents(`${first.rest}ta: {"gateId":"g1"}\r\n\r\n`);
    expect(second.events).toEqual([{ type: 'gate', data: { gateId: 'g1' } }]);
    expect(second.rest).toBe('');
  });

  it('skips an event whose data is not JSON', () => {
    expect(parseEvents('event: gate\ndata: {oops\n\nevent: ping\ndata: {}\n\n').events).toEqual([{ type: 'ping', data: {} }]);
  });
});

describe('coalesce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs a burst once at once and once more after a second, not once per call', () => {
    const work = vi.fn();
    const reload = coalesce(work, 1000);
    reload();
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 50; i++) reload();
    vi.advanceTimersByTime(999);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(2);
  });
});
