// The HTTP API, as the workspace calls it: a cookie session with its CSRF token, and
// problem+json errors turned into messages that name their field.

export interface Problem {
  status: number;
  title: string;
  detail: string;
  field?: string;
}

export interface Session {
  user: string;
  role: string;
  agency: string;
  must_change_password: boolean;
  csrf_token?: string;
}

let csrf = '';

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  const res = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const text = await res.text();
  const data = text ? JSON.parse(text) : {};
  if (!res.ok) {
    const problem: Problem = {
      status: res.status,
      title: data.title ?? res.statusText,
      detail: data.detail ?? '',
      field: data.field,
    };
    throw problem;
  }
  return data as T;
}

export async function signIn(name: string, password: string): Promise<Session> {
  const session = await call<Session>('POST', '/api/v1/session', { name, password });
  csrf = session.csrf_token ?? '';
  return session;
}

export async function currentSession(): Promise<Session | null> {
  try {
    const session = await call<Session>('GET', '/api/v1/session');
    csrf = session.csrf_token ?? csrf;
    return session;
  } catch {
    return null;
  }
}

export async function signOut(): Promise<void> {
  await call('DELETE', '/api/v1/session');
  csrf = '';
}

export async function changePassword(current: string, next: string): Promise<void> {
  await call('POST', '/api/v1/account/password', { current_password: current, password: next });
}

export interface PersonPage {
  persons: Array<Record<string, unknown>>;
  next_cursor?: string;
}

export function findPersons(q: string): Promise<PersonPage> {
  return call<PersonPage>('GET', '/api/v1/persons?limit=20&q=' + encodeURIComponent(q));
}
