/** A server-sent event as the console receives it from GET /clubs/{clubId}/live. */
export interface HeardEvent {
  type: string;
  data: Record<string, unknown>;
}

/** Listens to a club's live stream from Node (as the console does: fetch with the Authorization header). */
export async function listenLive(
  url: string,
  clubId: string,
  accessToken: string,
): Promise<{ status: number; heard: HeardEvent[]; ended: Promise<boolean>; close(): void }> {
  const abort = new AbortController();
  const response = await fetch(`${url}/api/v1/clubs/${clubId}/live`, { headers: { Authorization: `Bearer ${accessToken}` }, signal: abort.signal });
  const heard: HeardEvent[] = [];
  /** True once the server ended the stream; false when it broke (or was closed here). */
  let ended: Promise<boolean> = Promise.resolve(false);
  if (response.ok && response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const read = async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop() ?? '';
        for (const block of blocks) {
          const type = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
          const data = /^data: (.*)$/m.exec(block)?.[1];
          heard.push({ type, data: data ? (JSON.parse(data) as Record<string, unknown>) : {} });
        }
      }
    };
    ended = read().then(
      () => true,
      () => false,
    );
  } else {
    await response.body?.cancel();
  }
  return { status: response.status, heard, ended, close: () => abort.abort() };
}
