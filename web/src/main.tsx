// Haven's web workspace: sign in, choose one's own password when given a one-time one, then
// the registry. Every call goes to the HTTP API; nothing is inline, for a strict CSP.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as api from './api';
import './style.css';

function problemText(error: unknown): string {
  const p = error as api.Problem;
  if (p && typeof p.status === 'number') {
    return (p.field ? p.field + ': ' : '') + (p.detail || p.title);
  }
  return 'Haven cannot be reached. Check the connection and try again.';
}

function SignIn(props: { onSignedIn: (s: api.Session) => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      props.onSignedIn(await api.signIn(name, password));
    } catch (err) {
      setError(problemText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form class="card" onSubmit={submit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to Haven</h1>
      <label for="name">User name</label>
      <input id="name" autocomplete="username" value={name}
        onInput={(e) => setName((e.target as HTMLInputElement).value)} required />
      <label for="password">Password</label>
      <input id="password" type="password" autocomplete="current-password" value={password}
        onInput={(e) => setPassword((e.target as HTMLInputElement).value)} required />
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit" disabled={busy}>Sign in</button>
    </form>
  );
}

function ChangePassword(props: { onChanged: () => void }) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState('');
  async function submit(e: Event) {
    e.preventDefault();
    setError('');
    try {
      await api.changePassword(current, next);
      props.onChanged();
    } catch (err) {
      setError(problemText(err));
    }
  }
  return (
    <form class="card" onSubmit={submit} aria-labelledby="password-title">
      <h1 id="password-title">Choose your own password</h1>
      <p>The password you were given works once. Choose one of at least 12 characters.</p>
      <label for="current">One-time password</label>
      <input id="current" type="password" autocomplete="current-password" value={current}
        onInput={(e) => setCurrent((e.target as HTMLInputElement).value)} required />
      <label for="new">New password</label>
      <input id="new" type="password" autocomplete="new-password" value={next}
        onInput={(e) => setNext((e.target as HTMLInputElement).value)} required />
      {error && <p class="error" role="alert">{error}</p>}
      <button type="submit">Save</button>
    </form>
  );
}

function Registry() {
  const [q, setQ] = useState('');
  const [persons, setPersons] = useState<Array<Record<string, unknown>>>([]);
  const [error, setError] = useState('');
  useEffect(() => {
    let current = true;
    api.findPersons(q).then(
      (page) => current && (setPersons(page.persons), setError('')),
      (err) => current && setError(problemText(err)),
    );
    return () => {
      current = false;
    };
  }, [q]);
  return (
    <section aria-labelledby="registry-title">
      <h2 id="registry-title">Registry</h2>
      <label for="search">Search by name, in any script</label>
      <input id="search" type="search" value={q}
        onInput={(e) => setQ((e.target as HTMLInputElement).value)} />
      {error && <p class="error" role="alert">{error}</p>}
      <ul class="persons">
        {persons.map((p) => (
          <li key={String(p.person_id)}>
            <span class="id">{String(p.person_id)}</span>{' '}
            {[p.given_name, p.family_name].filter(Boolean).join(' ')}{' '}
            {p.name_original ? <span lang="und">{String(p.name_original)}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function App() {
  const [session, setSession] = useState<api.Session | null | undefined>(undefined);
  useEffect(() => {
    api.currentSession().then(setSession);
  }, []);
  if (session === undefined) return <p>Loading…</p>;
  if (session === null) return <SignIn onSignedIn={setSession} />;
  if (session.must_change_password) {
    return <ChangePassword onChanged={() => setSession({ ...session, must_change_password: false })} />;
  }
  return (
    <main>
      <header>
        <strong>Haven</strong>
        <span class="who">
          {session.user} · {session.role} · {session.agency}
        </span>
        <button onClick={() => api.signOut().then(() => setSession(null))}>Sign out</button>
      </header>
      <Registry />
    </main>
  );
}

render(<App />, document.getElementById('app')!);
