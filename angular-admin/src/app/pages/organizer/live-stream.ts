import { DestroyRef, inject, Signal, signal } from '@angular/core';
import { SessionService } from '../../core/auth/session.service';

/** One server-sent event of `GET /clubs/{clubId}/live`. */
export interface LiveMessage {
  type: 'ready' | 'attendance' | 'gate' | 'ping' | string;
  data: { matchId?: string; gateId?: string };
}

/** `connecting` until the first `ready`, then `on`, or `off` after the stream dropped (until it is back). */
export type LiveState = 'connecting' | 'on' | 'off';

const RETRY_MS = [1000, 2000, 5000, 10_000, 15_000];

/** Splits a chunk of `text/event-stream` into complete events; what is left waits for the next chunk. */
export function parseEvents(buffer: string): { events: LiveMessage[]; rest: string } {
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  const events: LiveMessage[] = [];
  for (const block of blocks) {
    let type = 'message';
    let data = '';
    for (const line of block.split('\n')) {
      if (line.startsWith('event:')) type = line.slice(6).trim();
      else if (line.startsWith('data:')) data += line.slice(5).trim();
    }
    try {
      events.push({ type, data: data ? (JSON.parse(data) as LiveMessage['data']) : {} });
    } catch {
      // A malformed event is skipped: the screen's slow poll covers anything it would have said.
    }
  }
  return { events, rest };
}

/**
 * The club's live events, read with fetch rather than EventSource: EventSource cannot send the Authorization
 * header, and the access token must stay in memory (never in a URL that logs and history keep). Reconnects
 * with a growing delay, refreshing the session on 401; the state says `off` meanwhile so the screen polls.
 * Call from an injection context: the stream closes with the component.
 */
export function liveStream(clubId: () => string | null | undefined, onEvent: (message: LiveMessage) => void): Signal<LiveState> {
  const session = inject(SessionService);
  const state = signal<LiveState>('connecting');
  const abort = new AbortController();
  inject(DestroyRef).onDestroy(() => abort.abort());

  const readOnce = async (id: string): Promise<void> => {
    const response = await fetch(`/api/v1/clubs/${id}/live`, {
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${session.token() ?? ''}` },
      signal: abort.signal,
    });
    if (response.status === 401) {
      await session.refresh();
      return;
    }
    if (!response.ok || !response.body) return;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const parsed = parseEvents(buffer + value);
      buffer = parsed.rest;
      for (const event of parsed.events) {
        if (event.type === 'ready') state.set('on');
        onEvent(event);
      }
    }
  };

  const run = async () => {
    for (let attempt = 0; !abort.signal.aborted; attempt++) {
      const id = clubId();
      const started = Date.now();
      if (id) await readOnce(id).catch(() => undefined);
      state.set('off');
      // A stream that stayed up a while starts the delays over.
      if (Date.now() - started > 60_000) attempt = 0;
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]));
    }
  };
  void run();
  return state.asReadonly();
}

/** Calls `work` at most once per `ms`: a burst of scans at the turnstiles reloads the numbers once, then once more. */
export function coalesce(work: () => void, ms = 1000): () => void {
  let last = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  return () => {
    if (pending) return;
    const wait = Math.max(0, last + ms - Date.now());
    pending = setTimeout(() => {
      pending = undefined;
      last = Date.now();
      work();
    }, wait);
  };
}
