// Small pieces every page uses: loading data, showing a problem, a citation whose words are a
// click away, pickers of countries and languages by their names, labelled fields.
import type { ComponentChildren } from 'preact';
import { useEffect, useState, useCallback } from 'preact/hooks';
import * as api from '../api';
import { t, countryName, languageName, formatDateTime, formatRelative } from '../i18n';

export function problemText(error: unknown): string {
  const p = error as api.Problem;
  if (p && typeof p.status === 'number') {
    if (p.status === 403) return t('forbidden');
    return (p.field ? p.field + ': ' : '') + (p.detail || p.title);
  }
  return t('unreachable');
}

export interface Loaded<T> {
  data?: T;
  error?: string;
  reload: () => void;
}

// Loads data when `key` changes; an answer that arrives after a newer request is dropped.
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: string }>({});
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setState({ data }),
      (err) => current && setState({ error: problemText(err) }),
    );
    return () => {
      current = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

export function Status(props: { loaded: Loaded<unknown> }) {
  if (props.loaded.error) return <p class="error" role="alert">{props.loaded.error}</p>;
  if (props.loaded.data === undefined) return <p class="muted" aria-live="polite">{t('loading')}</p>;
  return null;
}

// A provision's citation; pressing it shows what the provision says (law/provisions/{id}).
export function Citation(props: { id: string }) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string>('');
  async function toggle() {
    if (!open && !text) {
      try {
        const provision = await api.get('/api/v1/law/provisions/' + encodeURIComponent(props.id));
        setText([provision.instrument_title, provision.summary ?? provision.text].filter(Boolean).join(' — '));
      } catch (err) {
        setText(problemText(err));
      }
    }
    setOpen(!open);
  }
  return (
    <span class="citation">
      <button type="button" class="link" aria-expanded={open} onClick={toggle}>
        {props.id}
      </button>
      {open && <span class="provision" role="note">{text || t('loading')}</span>}
    </span>
  );
}

export function Citations(props: { cites: string[] }) {
  return (
    <span class="cites">
      {props.cites.map((c) => (
        <Citation key={c} id={c} />
      ))}
    </span>
  );
}

export function When(props: { at?: string | null; relative?: boolean }) {
  if (!props.at) return null;
  return (
    <time dateTime={props.at} title={props.at}>
      {formatDateTime(props.at)}
      {props.relative ? ' (' + formatRelative(props.at) + ')' : ''}
    </time>
  );
}

export function Field(props: { id: string; label: string; help?: string; error?: string; children: ComponentChildren }) {
  return (
    <div class={'field' + (props.error ? ' invalid' : '')}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.help && <small id={props.id + '-help'} class="help">{props.help}</small>}
      {props.error && (
        <small id={props.id + '-error'} class="error" role="alert">
          {props.error}
        </small>
      )}
    </div>
  );
}

export function describedBy(id: string, help?: string, error?: string): string | undefined {
  const ids = [help ? id + '-help' : '', error ? id + '-error' : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

type CodeKind = 'country' | 'language';

function nameOf(kind: CodeKind, code: string): string {
  return kind === 'country' ? countryName(code) : languageName(code);
}

// Choose one or more codes by typing their names in the reader's language (the browser's
// own suggestion list); the codes are what is stored.
export function CodePicker(props: {
  id: string;
  kind: CodeKind;
  codes: string[];
  value: string[];
  onChange: (codes: string[]) => void;
  describedBy?: string;
  invalid?: boolean;
}) {
  const [typed, setTyped] = useState('');
  const options = props.codes.map((code) => ({ code, label: nameOf(props.kind, code) + ' (' + code + ')' }));
  function pick(text: string) {
    setTyped(text);
    const exact = options.find((o) => o.label === text) ??
      options.find((o) => o.code === text.trim()) ??
      options.find((o) => nameOf(props.kind, o.code).toLowerCase() === text.trim().toLowerCase());
    if (exact && !props.value.includes(exact.code)) {
      props.onChange([...props.value, exact.code]);
      setTyped('');
    }
  }
  return (
    <div class="picker">
      <ul class="chips" aria-live="polite">
        {props.value.map((code) => (
          <li key={code}>
            {nameOf(props.kind, code)}
            <button type="button" class="chip-remove"
              aria-label={t('remove', { name: nameOf(props.kind, code) })}
              onClick={() => props.onChange(props.value.filter((c) => c !== code))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input id={props.id} list={props.id + '-list'} value={typed} autocomplete="off"
        aria-describedby={props.describedBy} aria-invalid={props.invalid || undefined}
        placeholder={t('type_to_choose')}
        onInput={(e) => pick((e.target as HTMLInputElement).value)}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), pick(typed))} />
      <datalist id={props.id + '-list'}>
        {options.map((o) => (
          <option key={o.code} value={o.label} />
        ))}
      </datalist>
    </div>
  );
}

// One country (or language), from a list sorted by its names in the reader's language.
export function CountrySelect(props: { id: string; codes: string[]; value: string; required?: boolean;
  onChange: (code: string) => void; describedBy?: string; invalid?: boolean; kind?: CodeKind }) {
  const kind = props.kind ?? 'country';
  const names = new Map(props.codes.map((c) => [c, nameOf(kind, c)]));
  const sorted = [...props.codes].sort((a, b) => names.get(a)!.localeCompare(names.get(b)!));
  return (
    <select id={props.id} value={props.value} required={props.required}
      aria-describedby={props.describedBy} aria-invalid={props.invalid || undefined}
      onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
      <option value="">{t('choose')}</option>
      {sorted.map((code) => (
        <option key={code} value={code}>
          {names.get(code)}
        </option>
      ))}
    </select>
  );
}

// A bar chart that is also a table: screen readers read the numbers, everyone sees the bars.
export function BarTable(props: { caption: string; head: string[]; rows: Array<{ label: ComponentChildren; values: number[] }> }) {
  const max = Math.max(1, ...props.rows.flatMap((r) => r.values));
  return (
    <table class="bars">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.head.map((h) => (
            <th scope="col" key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row, i) => (
          <tr key={i}>
            <th scope="row">{row.label}</th>
            {row.values.map((v, j) => (
              <td key={j}>
                <span class={'bar bar-' + j} style={{ inlineSize: (100 * v) / max + '%' }} aria-hidden="true" />
                <span class="num">{v.toLocaleString()}</span>
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
