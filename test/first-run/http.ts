/** Small fetch helpers for specs that talk to a spawned process over real HTTP. */
export async function json<T>(url: string, init: RequestInit & { token?: string; body?: string } = {}): Promise<{ status: number; body: T }> {
  const headers: Record<string, string> = { accept: 'application/json', ...(init.headers as Record<string, string>) };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { ...init, headers, redirect: 'manual' });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
}

export async function login(base: string, loginName: string, password: string): Promise<string> {
  const { status, body } = await json<{ accessToken: string }>(`${base}/api/v1/auth/login`, {
    method: 'POST',
    body: JSON.stringify({ login: loginName, password }),
  });
  if (status !== 200) throw new Error(`login ${loginName}: ${status}`);
  return body.accessToken;
}

/** Polls `probe` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
