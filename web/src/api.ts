// The HTTP API, as the workspace calls it: a cookie session with its CSRF token, and
// problem+json errors turned into messages that name their field.

export interface ProblemItem {
  field?: string;
  message?: string;
  code?: string;
  index?: number;
}

export interface Problem {
  status: number;
  title: string;
  detail: string;
  field?: string;
  errors?: ProblemItem[];
}

export interface Session {
  user: string;
  role: string;
  agency: string;
  must_change_password: boolean;
  csrf_token?: string;
}

let csrf = '';

// A refusal's messages by the field each names (problem+json `errors`, else `field`), for
// forms to show each on its field.
export function fieldErrors(error: unknown): Record<string, string> {
  const p = error as Problem;
  const byField: Record<string, string> = {};
  for (const item of p?.errors ?? []) {
    if (item.field) byField[item.field] = item.message ?? p.detail;
  }
  if (p?.field && !byField[p.field]) byField[p.field] = p.detail;
  return byField;
}

// Now, as the API takes a time (RFC 3339, UTC, whole seconds).
export function now(): string {
  return new Date().toISOString().slice(0, 19) + 'Z';
}

export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
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
      errors: data.errors,
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

// Records come back as the API writes them; pages read the fields they show.
export type Json = any;

export interface PersonPage {
  persons: Json[];
  next_cursor?: string | null;
}

export interface PersonFilters {
  q?: string;
  nationality?: string;
  status?: string;
  detained?: boolean;
  cursor?: string;
}

function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== false)
    .map(([k, v]) => k + '=' + encodeURIComponent(String(v)));
  return parts.length ? '?' + parts.join('&') : '';
}

export function get<T = Json>(path: string, params: Record<string, string | number | boolean | undefined | null> = {}): Promise<T> {
  return call<T>('GET', path + query(params));
}

export function findPersons(filters: PersonFilters, limit = 25): Promise<PersonPage> {
  return get<PersonPage>('/api/v1/persons', { limit, ...filters });
}

export interface Recorded {
  event_ids: string[];
  recorded: number;
  // For each person the batch registered: who may already be on record, and the open
  // tracing requests that may seek them.
  possible_duplicates?: Json[];
  tracing_matches?: Json[];
}

export interface DraftPerson {
  given_name?: string;
  family_name?: string;
  name_original?: string;
  birth_date?: string;
  sex?: string;
  nationalities?: string;
}

// Registered persons who may be the one being registered (the record-linkage engine).
export function possibleDuplicates(draft: DraftPerson, limit = 5): Promise<{ possible_duplicates: Json[] }> {
  return get('/api/v1/persons/possible-duplicates', { ...draft, limit });
}

// Records one event or several at once (all or none).
export function record(events: Json | Json[]): Promise<Recorded> {
  return call<Recorded>('POST', '/api/v1/events', events);
}

export function personPath(id: string): string {
  return '/api/v1/persons/' + encodeURIComponent(id);
}
