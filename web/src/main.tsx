// Haven's web workspace: sign in, choose one's own password when given a one-time one, then a
// home for one's role and the pages of casework, in any of the six UN languages. Every call
// goes to the HTTP API; nothing is inline, for a strict CSP. Pages are addressed by the part
// of the address after #, so the server serves one page and the back button works.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as api from './api';
import { t, uiLanguages, setLanguage, savedLanguage, currentLanguage, isLang, valueLabel, type Lang } from './i18n';
import { problemText } from './ui/widgets';
import { Dashboard, Queue } from './pages/home';
import { PersonPage } from './pages/person';
import { Register, Registry } from './pages/registry';
import { CasePage, Cases, Incidents, Referrals, Tracing, TracingRequest } from './pages/casework';
import { Audit } from './pages/audit';
import { Duplicates } from './pages/duplicates';
import { Statistics } from './pages/statistics';
import './style.css';

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
    <main id="main">
      <form class="card" onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('sign_in_title')}</h1>
        <label for="name">{t('user_name')}</label>
        <input id="name" autocomplete="username" value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)} required />
        <label for="password">{t('password')}</label>
        <input id="password" type="password" autocomplete="current-password" value={password}
          onInput={(e) => setPassword((e.target as HTMLInputElement).value)} required />
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit" disabled={busy}>{t('sign_in')}</button>
      </form>
    </main>
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
    <main id="main">
      <form class="card" onSubmit={submit} aria-labelledby="password-title">
        <h1 id="password-title">{t('choose_password')}</h1>
        <p>{t('choose_password_help')}</p>
        <label for="current">{t('one_time_password')}</label>
        <input id="current" type="password" autocomplete="current-password" value={current}
          onInput={(e) => setCurrent((e.target as HTMLInputElement).value)} required />
        <label for="new">{t('new_password')}</label>
        <input id="new" type="password" autocomplete="new-password" value={next}
          onInput={(e) => setNext((e.target as HTMLInputElement).value)} required />
        {error && <p class="error" role="alert">{error}</p>}
        <button type="submit">{t('save')}</button>
      </form>
    </main>
  );
}

function LanguageSwitch(props: { onChange: (lang: Lang) => void }) {
  return (
    <div class="language">
      <label for="ui-language">{t('language')}</label>
      <select id="ui-language" value={currentLanguage()}
        onChange={(e) => {
          const code = (e.target as HTMLSelectElement).value;
          if (isLang(code)) props.onChange(code);
        }}>
        {uiLanguages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>{l.name}</option>
        ))}
      </select>
    </div>
  );
}

function useHash(): string {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const changed = () => {
      setHash(location.hash);
      // A new page: reading starts at its top, and focus with it for keyboard users.
      window.scrollTo(0, 0);
      document.getElementById('main')?.focus();
    };
    addEventListener('hashchange', changed);
    return () => removeEventListener('hashchange', changed);
  }, []);
  return hash;
}

const casework = new Set(['admin', 'supervisor', 'caseworker']);
const overseers = new Set(['admin', 'supervisor', 'detention_monitor']);
// Those the permission table lets read the statistics routes (aggregates over everyone).
const statisticsReaders = new Set(['admin', 'supervisor', 'statistician']);

function Page(props: { session: api.Session; hash: string }) {
  const [path, search] = props.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search ?? '');
  const parts = (path || '/').split('/').filter(Boolean).map(decodeURIComponent);
  const role = props.session.role;
  const canRecord = casework.has(role);
  switch (parts[0]) {
    case 'registry': return <Registry />;
    case 'register': return <Register />;
    case 'person': return <PersonPage id={parts[1]} canRecord={canRecord} />;
    case 'cases': return <Cases params={params} />;
    case 'case': return <CasePage id={parts[1]} />;
    case 'referrals': return <Referrals params={params} canRecord={canRecord} />;
    case 'incidents': return <Incidents />;
    case 'tracing': return parts[1] ? <TracingRequest id={parts[1]} user={props.session.user} /> : <Tracing />;
    case 'queue': return <Queue user={props.session.user} />;
    case 'dashboard': return <Dashboard role={role} />;
    case 'audit': return <Audit />;
    case 'duplicates': return <Duplicates />;
    case 'statistics': return <Statistics />;
    default:
      if (role === 'caseworker') return <Queue user={props.session.user} />;
      if (overseers.has(role)) return <Dashboard role={role} />;
      if (role === 'service_provider') return <Referrals params={params} canRecord={canRecord} />;
      if (role === 'auditor') return <Audit />;
      if (role === 'consular_officer') return <Registry />;
      if (role === 'statistician') return <Statistics />;
      return <p>{t('no_home')}</p>;
  }
}

function Navigation(props: { role: string; hash: string }) {
  const links: Array<[string, string, boolean]> = [
    ['#/queue', t('my_queue'), props.role === 'caseworker'],
    ['#/dashboard', t('dashboard'), overseers.has(props.role)],
    ['#/registry', t('registry'), casework.has(props.role) || props.role === 'detention_monitor' || props.role === 'consular_officer'],
    ['#/register', t('register_person'), casework.has(props.role)],
    ['#/cases', t('cases'), casework.has(props.role)],
    ['#/referrals', t('referrals'), casework.has(props.role) || props.role === 'service_provider'],
    ['#/incidents', t('incidents'), casework.has(props.role)],
    ['#/tracing', t('tracing'), casework.has(props.role)],
    ['#/duplicates', t('duplicates'), props.role === 'supervisor' || props.role === 'admin'],
    ['#/statistics', t('statistics'), statisticsReaders.has(props.role)],
    ['#/audit', t('audit_log'), props.role === 'auditor' || props.role === 'admin'],
  ];
  return (
    <nav aria-label={t('navigation')}>
      <ul>
        {links.filter(([, , shown]) => shown).map(([href, label]) => (
          <li key={href}>
            <a href={href} aria-current={props.hash.startsWith(href) ? 'page' : undefined}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function App() {
  const [session, setSession] = useState<api.Session | null | undefined>(undefined);
  const [lang, setLang] = useState<Lang | undefined>(undefined);
  const hash = useHash();
  useEffect(() => {
    setLanguage(savedLanguage()).then(() => setLang(currentLanguage()));
    api.currentSession().then(setSession);
  }, []);
  const changeLanguage = (next: Lang) => setLanguage(next).then(() => setLang(next));
  if (session === undefined || lang === undefined) return <p>…</p>;
  if (session === null) {
    return (
      <div>
        <LanguageSwitch onChange={changeLanguage} />
        <SignIn onSignedIn={setSession} />
      </div>
    );
  }
  if (session.must_change_password) {
    return <ChangePassword onChanged={() => setSession({ ...session, must_change_password: false })} />;
  }
  return (
    <div>
      <a class="skip" href="#main" onClick={(e) => (e.preventDefault(), document.getElementById('main')?.focus())}>{t('skip_to_content')}</a>
      <header>
        <strong class="brand">Haven</strong>
        <Navigation role={session.role} hash={hash} />
        <span class="who">
          {session.user} · {valueLabel('role', session.role)} · {session.agency}
        </span>
        <LanguageSwitch onChange={changeLanguage} />
        <button type="button" onClick={() => api.signOut().then(() => setSession(null))}>{t('sign_out')}</button>
      </header>
      <main id="main" tabIndex={-1}>
        <Page session={session} hash={hash} />
      </main>
    </div>
  );
}

render(<App />, document.getElementById('app')!);
