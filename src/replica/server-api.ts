// The app's side of the county server's HTTP contract (README, "HTTP contract"): login,
// logout, the session and the coordinator's account routes. The server is the app's own
// origin; tests point it elsewhere. A failed request is a ServerError with the server's
// reason code, or 'offline' / 'no_server' when no county server answered. 502, 503 and 504
// count as 'offline' too: the server is stopping or its database is unavailable (503
// storage_unavailable, shutting_down), or the proxy in front finds no server; like no
// connection, they mean "try again later", not a fault to report.
export type Role = 'coordinator' | 'caseworker';
export type Login = { county: string; name: string; password: string; totp?: string };
export type LoginAnswer = { token: string; role: Role; expiresAt: string };
export type ServerAccount = { id: string; name: string; role: Role; disabled: boolean; totp: boolean };

export class ServerError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    /** The rest of the refusal's body: which record and fields a 403 names, the problems of a 400. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

let base = '';

const TRY_LATER = new Set([502, 503, 504]);

// A county server that has not begun to answer in this time, plus the time the request's body
// needs at a slow 25 KB/s (a first upload of a county is about 8 MB), has hung: the request ends
// as 'offline', so the sync's lock is freed and the next attempt starts afresh instead of waiting
// for ever. Reading an answer that has begun has no limit: a large one may arrive slowly.
let timeoutMs = 60_000;
const SLOW_BYTES_PER_MS = 25;

/** Where the server is: '' (this origin) in the app; a test's server otherwise. */
export function setServerBase(url: string): void {
  base = url;
}

/** How long a request may take; tests shorten it. */
export function setRequestTimeout(ms: number): void {
  timeoutMs = ms;
}

/** One request to the county server; the body is sent as JSON, the answer read as JSON. */
export async function serverRequest<T>(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const hung = new AbortController();
  const timer = setTimeout(() => hung.abort(), timeoutMs + (body?.length ?? 0) / SLOW_BYTES_PER_MS);
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, { method, headers, body, signal: hung.signal });
  } catch {
    throw new ServerError('offline', 0, 'offline');
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 204) return null as T;
  if (TRY_LATER.has(response.status)) {
    await response.body?.cancel();
    throw new ServerError('offline', response.status, 'offline');
  }
  const isJson = (response.headers.get('content-type') ?? '').includes('application/json');
  // Static hosting answers /api with the app's HTML or a bare 404: there is no county server.
  if (!isJson) throw new ServerError('no_server', response.status, 'no_server');
  let answer: unknown;
  try {
    answer = await response.json();
  } catch {
    // The answer broke off: the connection dropped while it arrived.
    throw new ServerError('offline', 0, 'offline');
  }
  if (!response.ok) {
    const { error, message, ...details } = answer as { error?: string; message?: string };
    throw new ServerError(error ?? 'unknown', response.status, message ?? '', details);
  }
  return answer as T;
}

export const serverApi = {
  login: (login: Login) => serverRequest<LoginAnswer>('POST', '/api/login', { body: login }),
  logout: (token: string) => serverRequest<null>('POST', '/api/logout', { token }),
  session: (token: string) => serverRequest<{ county: string; name: string; role: Role; expiresAt: string; totp: boolean }>('GET', '/api/session', { token }),
  changePassword: (token: string, change: { current: string; password: string }) => serverRequest<null>('POST', '/api/account/password', { token, body: change }),
  startTotp: (token: string) => serverRequest<{ secret: string; uri: string }>('POST', '/api/account/totp', { token }),
  confirmTotp: (token: string, code: string) => serverRequest<null>('POST', '/api/account/totp/confirm', { token, body: { code } }),
  county: (token: string) => serverRequest<{ requireTotp: boolean }>('GET', '/api/county', { token }),
  setCounty: (token: string, settings: { requireTotp: boolean }) => serverRequest<{ requireTotp: boolean }>('PATCH', '/api/county', { token, body: settings }),
  accounts: (token: string) => serverRequest<{ accounts: ServerAccount[] }>('GET', '/api/accounts', { token }).then((r) => r.accounts),
  addAccount: (token: string, account: { name: string; role: Role; password: string }) => serverRequest<ServerAccount>('POST', '/api/accounts', { token, body: account }),
  changeAccount: (token: string, id: string, change: { disabled?: boolean; role?: Role; password?: string }) =>
    serverRequest<ServerAccount>('PATCH', `/api/accounts/${id}`, { token, body: change }),
};

export type RevisionProbe = { status: 'moved'; revision: number; tag: string | null } | { status: 'same' } | { status: 'expired' } | { status: 'failed' };

/**
 * Asks the county's revision (GET /api/sync/revision) with the tag of the last answer, so an
 * unchanged county costs an empty 304. Never throws: polling is best effort, the timer sync stays.
 */
export async function probeRevision(token: string, tag: string | null): Promise<RevisionProbe> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (tag) headers['if-none-match'] = tag;
  const hung = new AbortController();
  const timer = setTimeout(() => hung.abort(), timeoutMs);
  try {
    const response = await fetch(`${base}/api/sync/revision`, { headers, signal: hung.signal, cache: 'no-store' });
    if (response.status === 304) return { status: 'same' };
    if (response.status === 401) return { status: 'expired' };
    if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return { status: 'failed' };
    const body = (await response.json()) as { revision?: unknown };
    return typeof body.revision === 'number' ? { status: 'moved', revision: body.revision, tag: response.headers.get('etag') } : { status: 'failed' };
  } catch {
    return { status: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}
