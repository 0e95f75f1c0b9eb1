// A form for any event of Haven's vocabulary, drawn from the API's own OpenAPI description of
// it: the same required fields, lengths, bounds and coded values the server checks. What the
// browser cannot check, the server does, and its answer is shown on the field it names.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import {
  t, eventTitle, fieldLabel, fieldHelp, valueLabel, countryCodes, languageCodeList, currentLanguage,
} from '../i18n';
import { CodePicker, CountrySelect, Field, describedBy, problemText } from './widgets';

interface Schema {
  type?: string;
  description?: string;
  enum?: string[];
  format?: string;
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

let schemas: Promise<Map<string, Schema>> | undefined;

// Event type → its schema, read once from /api/v1/openapi.json.
export function eventSchemas(): Promise<Map<string, Schema>> {
  schemas ??= api.get('/api/v1/openapi.json').then((doc) => {
    const out = new Map<string, Schema>();
    for (const [name, schema] of Object.entries<Schema>(doc.components.schemas)) {
      const type = schema.properties?.type?.enum?.[0];
      if (name.endsWith('Event') && type) out.set(type, schema);
    }
    return out;
  });
  return schemas;
}

// Now, as the value of a datetime-local input (the reader's own clock).
function localNow(): string {
  const now = new Date();
  now.setSeconds(0, 0);
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

// A datetime-local value as RFC 3339 with the reader's offset, as the API requires.
function withOffset(local: string): string {
  const when = new Date(local);
  const minutes = -when.getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, '0');
  return local + ':00' + sign + pad(minutes / 60) + ':' + pad(minutes % 60);
}

type Values = Record<string, unknown>;

function isCountry(s: Schema | undefined) {
  return s?.pattern === '^[A-Z]{3}$';
}

function isLanguage(s: Schema | undefined) {
  return s?.pattern === '^[a-z]{2,3}$';
}

// Reads the form's values into the event the API takes: empty fields are left out.
function toEvent(type: string, schema: Schema, values: Values): api.Json {
  const event: api.Json = { type };
  function put(props: Record<string, Schema>, prefix: string, into: api.Json) {
    for (const [name, s] of Object.entries(props)) {
      const path = prefix + name;
      if (s.type === 'object' && s.properties) {
        const inner: api.Json = {};
        put(s.properties, path + '.', inner);
        if (Object.keys(inner).length) into[name] = inner;
        continue;
      }
      const v = values[path];
      if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) continue;
      if (s.format === 'date-time') into[name] = withOffset(String(v));
      else if (s.type === 'number' || s.type === 'integer') into[name] = Number(v);
      else if (s.type === 'array' && typeof v === 'string') {
        into[name] = s.items?.type === 'object' ? JSON.parse(v) : v.split('\n').map((x) => x.trim()).filter(Boolean);
      } else if (s.type === 'object' && typeof v === 'string') into[name] = JSON.parse(v);
      else into[name] = v;
    }
  }
  put(schema.properties ?? {}, '', event);
  return event;
}

export interface Providers {
  providers: api.Json[];
}

function Input(props: {
  path: string;
  schema: Schema;
  required: boolean;
  values: Values;
  set: (path: string, v: unknown) => void;
  errors: Record<string, string>;
  providers?: api.Json[];
}) {
  const { path, schema: s, values, set } = props;
  const id = 'f-' + path.replace(/\./g, '-');
  const label = fieldLabel(path) + (props.required ? ' *' : '');
  // The API's own words for a time speak of RFC 3339; the form takes the reader's clock.
  const listed = isCountry(s) || isLanguage(s) || isCountry(s.items) || isLanguage(s.items);
  const help = s.format === 'date-time' ? t('when_help') : listed ? '' : fieldHelp(path);
  const error = props.errors[path];
  const aria = describedBy(id, help, error);
  const invalid = error ? true : undefined;
  const value = values[path];
  if (s.type === 'object' && s.properties) {
    return (
      <fieldset>
        <legend>{fieldLabel(path)}</legend>
        {Object.entries(s.properties).map(([name, inner]) => (
          <Input key={name} {...props} path={path + '.' + name} schema={inner}
            required={(s.required ?? []).includes(name)} />
        ))}
      </fieldset>
    );
  }
  if (s.type === 'boolean') {
    return (
      <div class={'field check' + (error ? ' invalid' : '')}>
        <input id={id} type="checkbox" checked={value === true} aria-describedby={aria}
          onChange={(e) => set(path, (e.target as HTMLInputElement).checked)} />
        <label for={id}>{fieldLabel(path)}</label>
        {help && <small id={id + '-help'} class="help">{help}</small>}
        {error && <small id={id + '-error'} class="error" role="alert">{error}</small>}
      </div>
    );
  }
  if (s.type === 'array' && s.items?.enum) {
    const chosen = (value as string[] | undefined) ?? [];
    return (
      <fieldset class={error ? 'invalid' : ''} aria-describedby={aria}>
        <legend>{label}</legend>
        {s.items.enum.map((code) => (
          <label key={code} class="check">
            <input type="checkbox" checked={chosen.includes(code)}
              onChange={(e) => set(path, (e.target as HTMLInputElement).checked
                ? [...chosen, code] : chosen.filter((c) => c !== code))} />
            {valueLabel(path, code)}
          </label>
        ))}
        {help && <small id={id + '-help'} class="help">{help}</small>}
        {error && <small id={id + '-error'} class="error" role="alert">{error}</small>}
      </fieldset>
    );
  }
  let control;
  if (s.type === 'array' && (isCountry(s.items) || isLanguage(s.items))) {
    control = (
      <CodePicker id={id} kind={isCountry(s.items) ? 'country' : 'language'}
        codes={isCountry(s.items) ? countryCodes() : languageCodeList()}
        value={(value as string[] | undefined) ?? []} onChange={(v) => set(path, v)}
        describedBy={aria} invalid={invalid} />
    );
  } else if (isCountry(s) || isLanguage(s)) {
    control = (
      <CountrySelect id={id} kind={isCountry(s) ? 'country' : 'language'}
        codes={isCountry(s) ? countryCodes() : languageCodeList()} value={String(value ?? '')}
        required={props.required} onChange={(v) => set(path, v)} describedBy={aria} invalid={invalid} />
    );
  } else if (s.enum) {
    control = (
      <select id={id} value={String(value ?? '')} required={props.required} aria-describedby={aria}
        aria-invalid={invalid} onChange={(e) => set(path, (e.target as HTMLSelectElement).value)}>
        <option value="">{t('choose')}</option>
        {s.enum.map((code) => (
          <option key={code} value={code}>{valueLabel(path, code)}</option>
        ))}
      </select>
    );
  } else if (path === 'provider_id' && props.providers?.length !== 0) {
    // The directory is a list to choose from (saying so while it loads); the provider's name
    // goes with its id, as the directory has it.
    const choose = (id: string) => {
      set(path, id);
      const name = props.providers?.find((p) => p.provider_id === id)?.name;
      if (name && !values.provider) set('provider', name);
    };
    control = (
      <select id={id} value={String(value ?? '')} required={props.required} aria-describedby={aria}
        aria-invalid={invalid} disabled={props.providers === undefined}
        onChange={(e) => choose((e.target as HTMLSelectElement).value)}>
        <option value="">{props.providers === undefined ? t('loading') : t('choose')}</option>
        {(props.providers ?? []).map((p) => (
          <option key={p.provider_id} value={p.provider_id}>
            {p.name} — {(p.services ?? []).map((x: string) => valueLabel('service', x)).join(', ')}
          </option>
        ))}
      </select>
    );
  } else if (s.type === 'array' || s.type === 'object' || (s.maxLength ?? 0) > 200) {
    control = (
      <textarea id={id} value={String(value ?? '')} required={props.required} aria-describedby={aria}
        aria-invalid={invalid} maxLength={s.maxLength}
        onInput={(e) => set(path, (e.target as HTMLTextAreaElement).value)} />
    );
  } else {
    const kind = s.format === 'date-time' ? 'datetime-local' : s.type === 'number' || s.type === 'integer' ? 'number' : 'text';
    control = (
      <input id={id} type={kind} value={String(value ?? '')} required={props.required}
        aria-describedby={aria} aria-invalid={invalid} maxLength={s.maxLength} min={s.minimum}
        max={s.maximum} step={s.type === 'integer' ? 1 : s.type === 'number' ? 'any' : undefined}
        dir={kind === 'text' ? 'auto' : undefined}
        onInput={(e) => set(path, (e.target as HTMLInputElement).value)} />
    );
  }
  return <Field id={id} label={label} help={help} error={error}>{control}</Field>;
}

// Events that create something name it with an id the desk chooses: one is suggested.
const newIds: Record<string, [string, string]> = {
  'referral.made': ['referral_id', 'R-'],
  'case.opened': ['case_id', 'C-'],
  'incident.reported': ['incident_id', 'INC-'],
  'tracing.requested': ['request_id', 'TR-'],
};

export function newId(prefix: string): string {
  const day = new Date().toISOString().slice(0, 10).replace(/-/g, '');
  const random = Array.from(crypto.getRandomValues(new Uint8Array(3)), (b) => b.toString(16).padStart(2, '0')).join('');
  return prefix + day + '-' + random.toUpperCase();
}

function initialValues(type: string): Values {
  const values: Values = { occurred_at: localNow() };
  const made = newIds[type];
  if (made) values[made[0]] = newId(made[1]);
  return values;
}

// The form for one event type; `fixed` fields (the person, the case) are set by the page.
export function EventForm(props: {
  type: string;
  fixed: Values;
  onRecorded: () => void;
  onCancel?: () => void;
}) {
  const [schema, setSchema] = useState<Schema | undefined>();
  const [providers, setProviders] = useState<api.Json[] | undefined>();
  const [values, setValues] = useState<Values>(initialValues(props.type));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    eventSchemas().then((all) => setSchema(all.get(props.type)), (err) => setGeneral(problemText(err)));
    setValues(initialValues(props.type));
    setErrors({});
    setGeneral('');
  }, [props.type]);
  useEffect(() => {
    if (schema?.properties?.provider_id) {
      api.get<Providers>('/api/v1/providers').then((p) => setProviders(p.providers), () => setProviders([]));
    }
  }, [schema]);
  if (!schema) return general ? <p class="error" role="alert">{general}</p> : <p class="muted">{t('loading')}</p>;
  // Functional updates, so that two fields set by one choice both keep their values.
  const set = (path: string, v: unknown) => setValues((before) => ({ ...before, [path]: v }));
  async function submit(e: Event) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setGeneral('');
    try {
      const event = { ...toEvent(props.type, schema!, values), ...props.fixed };
      await api.record(event);
      props.onRecorded();
    } catch (err) {
      const byField = api.fieldErrors(err);
      const shown = Object.keys(byField).some((f) => fieldShown(schema!, f, props.fixed));
      setErrors(byField);
      if (!shown) setGeneral(problemText(err));
    } finally {
      setBusy(false);
    }
  }
  const fields = Object.entries(schema.properties ?? {}).filter(
    ([name]) => name !== 'type' && name !== 'id' && !(name in props.fixed),
  );
  const title = eventTitle(props.type);
  return (
    <form class="event-form" onSubmit={submit} aria-label={title} noValidate={false}>
      <h3>{title}</h3>
      {/* The API describes each event in English only. */}
      {schema.description && currentLanguage() === 'en' && <p class="help">{schema.description}</p>}
      {fields.map(([name, s]) => (
        <Input key={props.type + name} path={name} schema={s} required={(schema.required ?? []).includes(name)}
          values={values} set={set} errors={errors} providers={providers} />
      ))}
      {general && <p class="error" role="alert">{general}</p>}
      <div class="actions">
        <button type="submit" disabled={busy}>{t('record')}</button>
        {props.onCancel && <button type="button" class="secondary" onClick={props.onCancel}>{t('cancel')}</button>}
      </div>
    </form>
  );
}

function fieldShown(schema: Schema, path: string, fixed: Values): boolean {
  const top = path.split('.')[0];
  return top in (schema.properties ?? {}) && !(top in fixed) && top !== 'type';
}

// Choose which event to record, by its title in the reader's language.
export function EventPicker(props: { types: string[]; value: string; onChange: (type: string) => void; id: string }) {
  return (
    <Field id={props.id} label={t('what_happened')}>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t('choose')}</option>
        {props.types.map((type) => (
          <option key={type} value={type}>{eventTitle(type)}</option>
        ))}
      </select>
    </Field>
  );
}
