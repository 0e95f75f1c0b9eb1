// The registry: find a person as you type (any script; case and accents ignored), narrow by
// nationality, status or detention; and register a new person, warned of possible duplicates.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import { t, valueLabel, countryName, countryCodes, languageCodeList, fieldLabel, fieldHelp, formatDate, formatPercent } from '../i18n';
import { CodePicker, CountrySelect, Field, Status, describedBy, problemText, useLoad } from '../ui/widgets';
import { eventSchemas, newId } from '../ui/event_form';

function personName(p: api.Json): string {
  return [p.given_name, p.family_name].filter(Boolean).join(' ');
}

export function PersonRow(props: { p: api.Json; children?: ComponentChildren }) {
  const p = props.p;
  return (
    <li>
      <a href={'#/person/' + encodeURIComponent(p.person_id)}>
        <span class="id">{p.person_id}</span> <span dir="auto">{personName(p)}</span>
      </a>{' '}
      {p.name_original && p.name_original !== personName(p) && <span dir="auto" lang="und">{p.name_original}</span>}
      <span class="muted">
        {' '}
        {(p.nationalities ?? []).map(countryName).join(', ')}
        {p.birth_date ? ' · ' + formatDate(p.birth_date) : ''}
        {p.in_detention ? ' · ' + t('in_detention') : ''}
        {p.merged_into ? ' · ' + t('merged_into', { id: p.merged_into }) : ''}
      </span>
      {props.children}
    </li>
  );
}

const statuses = ['regular', 'irregular', 'asylum_seeker', 'refugee', 'subsidiary_protection',
  'temporary_protection', 'stateless', 'trafficking_permit', 'pending', 'unknown'];

export function Registry() {
  const [filters, setFilters] = useState<api.PersonFilters>({});
  const [query, setQuery] = useState<api.PersonFilters>({});
  // Search as one types, but not on every keystroke of a fast typist.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(filters), 150);
    return () => clearTimeout(timer);
  }, [JSON.stringify(filters)]);
  const loaded = useLoad(() => api.findPersons(query), JSON.stringify(query));
  const set = (patch: Partial<api.PersonFilters>) => setFilters({ ...filters, ...patch });
  return (
    <section aria-labelledby="registry-title">
      <h1 id="registry-title">{t('registry')}</h1>
      <p><a class="button" href="#/register">{t('register_person')}</a></p>
      <div class="filters" role="search">
        <Field id="search" label={t('search_label')}>
          <input id="search" type="search" dir="auto" value={filters.q ?? ''}
            onInput={(e) => set({ q: (e.target as HTMLInputElement).value })} />
        </Field>
        <Field id="filter-nationality" label={fieldLabel('nationalities')}>
          <CountrySelect id="filter-nationality" codes={countryCodes()} value={filters.nationality ?? ''}
            onChange={(v) => set({ nationality: v })} />
        </Field>
        <Field id="filter-status" label={fieldLabel('migration_status')}>
          <select id="filter-status" value={filters.status ?? ''}
            onChange={(e) => set({ status: (e.target as HTMLSelectElement).value })}>
            <option value="">{t('any')}</option>
            {statuses.map((s) => (
              <option key={s} value={s}>{valueLabel('migration_status', s)}</option>
            ))}
          </select>
        </Field>
        <div class="field check">
          <input id="filter-detained" type="checkbox" checked={filters.detained === true}
            onChange={(e) => set({ detained: (e.target as HTMLInputElement).checked || undefined })} />
          <label for="filter-detained">{t('in_detention_now')}</label>
        </div>
      </div>
      <Status loaded={loaded} />
      {loaded.data && (
        <>
          <p class="muted" aria-live="polite">{t('shown', { n: loaded.data.persons.length })}</p>
          <ul class="persons">
            {loaded.data.persons.map((p) => <PersonRow key={p.person_id} p={p} />)}
          </ul>
        </>
      )}
    </section>
  );
}


interface Draft {
  person_id: string;
  given_name: string;
  family_name: string;
  name_original: string;
  sex: string;
  birth_date: string;
  birth_date_estimated: boolean;
  nationalities: string[];
  languages: string[];
  migration_status: string;
  country: string;
  place: string;
  vulnerabilities: string[];
}

// Persons already registered who may be the draft's, as the record-linkage engine finds
// them from its names, birth date, sex and nationalities: shown while typing.
function useDuplicates(draft: Draft): api.Json[] {
  const [found, setFound] = useState<api.Json[]>([]);
  const named = [draft.given_name, draft.family_name, draft.name_original].some((s) => s.trim().length >= 2);
  const params = {
    given_name: draft.given_name.trim(), family_name: draft.family_name.trim(), name_original: draft.name_original.trim(),
    birth_date: /^\d{4}(-\d{2}(-\d{2})?)?$/.test(draft.birth_date) ? draft.birth_date : '',
    sex: draft.sex, nationalities: draft.nationalities.join(','),
  };
  const key = JSON.stringify(params);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      try {
        const answer = named ? await api.possibleDuplicates(params) : { possible_duplicates: [] };
        if (current) setFound(answer.possible_duplicates);
      } catch {
        // A failed check is not a reason to stop registering.
      }
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);
  return named ? found : [];
}

// Registered persons who may be the same as another, each with how likely and why.
export function DuplicateList(props: { found: api.Json[] }) {
  return (
    <ul class="persons">
      {props.found.map((d) => (
        <PersonRow key={d.person_id} p={{ person_id: d.person_id, ...d.person }}>
          <div class="muted">{t('likelihood')} {formatPercent(d.probability)} · <span dir="ltr">{d.explanation}</span></div>
        </PersonRow>
      ))}
    </ul>
  );
}

// What each registration made here found, by the new person's id, for their page.
const registrationFindings = new Map<string, api.Recorded>();

// On a person's page just after their registration: who they may already be, and the
// tracing requests that may seek them.
export function RegistrationNotice(props: { personId: string }) {
  const found = registrationFindings.get(props.personId);
  const duplicates = (found?.possible_duplicates ?? []).filter((d) => d.registered_person_id === props.personId);
  const requests = (found?.tracing_matches ?? []).filter((r) => r.registered_person_id === props.personId);
  if (!duplicates.length && !requests.length) return null;
  return (
    <div class="warning" role="status">
      {duplicates.length > 0 && <p><strong>{t('registered_duplicates')}</strong></p>}
      {duplicates.length > 0 && <DuplicateList found={duplicates} />}
      {requests.length > 0 && <p><strong>{t('sought_by_requests')}</strong></p>}
      {requests.length > 0 && (
        <ul>
          {requests.map((r) => (
            <li key={r.request_id}>
              <a href={'#/tracing/' + encodeURIComponent(r.request_id)}>{r.request_id}</a>{' '}
              <span class="muted">{t('likelihood')} {formatPercent(r.probability)} · <span dir="ltr">{r.explanation}</span></span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function Register() {
  const [draft, setDraft] = useState<Draft>({
    person_id: newId('P-'), given_name: '', family_name: '', name_original: '', sex: '',
    birth_date: '', birth_date_estimated: false, nationalities: [], languages: [],
    migration_status: '', country: '', place: '', vulnerabilities: [],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState('');
  const [vulnerabilityCodes, setVulnerabilityCodes] = useState<string[]>([]);
  const duplicates = useDuplicates(draft);
  useEffect(() => {
    eventSchemas().then((all) => setVulnerabilityCodes(all.get('person.registered')?.properties?.vulnerabilities?.items?.enum ?? []));
  }, []);
  const set = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });
  async function submit(e: Event) {
    e.preventDefault();
    setErrors({});
    setGeneral('');
    if (![draft.given_name, draft.family_name, draft.name_original].some((n) => n.trim())) {
      setErrors({ given_name: t('give_a_name') });
      document.getElementById('r-given_name')?.focus();
      return;
    }
    const event: api.Json = { type: 'person.registered', occurred_at: api.now(), person_id: draft.person_id };
    for (const k of ['given_name', 'family_name', 'name_original', 'sex', 'birth_date', 'migration_status'] as const) {
      if (draft[k].trim()) event[k] = draft[k].trim();
    }
    if (draft.birth_date && draft.birth_date_estimated) event.birth_date_estimated = true;
    if (draft.nationalities.length) event.nationalities = draft.nationalities;
    if (draft.languages.length) event.languages = draft.languages;
    if (draft.vulnerabilities.length) event.vulnerabilities = draft.vulnerabilities;
    if (draft.country || draft.place) {
      event.location = {};
      if (draft.country) event.location.country = draft.country;
      if (draft.place) event.location.place = draft.place;
    }
    try {
      registrationFindings.set(draft.person_id, await api.record(event));
      location.hash = '#/person/' + encodeURIComponent(draft.person_id);
    } catch (err) {
      setErrors(api.fieldErrors(err));
      setGeneral(problemText(err));
    }
  }
  const text = (name: 'person_id' | 'given_name' | 'family_name' | 'name_original' | 'place', path = name as string) => {
    const id = 'r-' + name;
    return (
      <Field id={id} label={fieldLabel(path)} help={fieldHelp(path)} error={errors[path]}>
        <input id={id} dir="auto" value={draft[name]} maxLength={200} required={name === 'person_id'}
          aria-describedby={describedBy(id, fieldHelp(path), errors[path])} aria-invalid={errors[path] ? true : undefined}
          onInput={(e) => set({ [name]: (e.target as HTMLInputElement).value })} />
      </Field>
    );
  };
  return (
    <form class="register" onSubmit={submit} aria-labelledby="register-title">
      <h1 id="register-title">{t('register_person')}</h1>
      {text('given_name')}
      {text('family_name')}
      {text('name_original')}
      {duplicates.length > 0 && (
        <div class="warning" role="status">
          <strong>{t('possible_duplicates')}</strong>
          <DuplicateList found={duplicates} />
        </div>
      )}
      <Field id="r-sex" label={fieldLabel('sex')} error={errors.sex}>
        <select id="r-sex" value={draft.sex} onChange={(e) => set({ sex: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('choose')}</option>
          {['F', 'M', 'X', 'U'].map((s) => <option key={s} value={s}>{valueLabel('sex', s)}</option>)}
        </select>
      </Field>
      <Field id="r-birth" label={fieldLabel('birth_date')} help={t('birth_date_help')} error={errors.birth_date}>
        <input id="r-birth" value={draft.birth_date} inputMode="numeric" pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"
          aria-describedby={describedBy('r-birth', 'help', errors.birth_date)} aria-invalid={errors.birth_date ? true : undefined}
          onInput={(e) => set({ birth_date: (e.target as HTMLInputElement).value })} />
      </Field>
      <div class="field check">
        <input id="r-estimated" type="checkbox" checked={draft.birth_date_estimated}
          onChange={(e) => set({ birth_date_estimated: (e.target as HTMLInputElement).checked })} />
        <label for="r-estimated">{fieldLabel('birth_date_estimated')}</label>
      </div>
      <Field id="r-nationalities" label={fieldLabel('nationalities')} error={errors.nationalities}>
        <CodePicker id="r-nationalities" kind="country" codes={countryCodes()} value={draft.nationalities}
          onChange={(v) => set({ nationalities: v })} invalid={!!errors.nationalities} />
      </Field>
      <Field id="r-languages" label={fieldLabel('languages')} error={errors.languages}>
        <CodePicker id="r-languages" kind="language" codes={languageCodeList()} value={draft.languages}
          onChange={(v) => set({ languages: v })} invalid={!!errors.languages} />
      </Field>
      <Field id="r-status" label={fieldLabel('migration_status')} error={errors.migration_status}>
        <select id="r-status" value={draft.migration_status} onChange={(e) => set({ migration_status: (e.target as HTMLSelectElement).value })}>
          <option value="">{t('choose')}</option>
          {statuses.map((s) => <option key={s} value={s}>{valueLabel('migration_status', s)}</option>)}
        </select>
      </Field>
      <Field id="r-country" label={fieldLabel('location.country')} error={errors['location.country']}>
        <CountrySelect id="r-country" codes={countryCodes().filter((c) => c !== 'XXA')} value={draft.country}
          onChange={(v) => set({ country: v })} />
      </Field>
      {text('place', 'location.place')}
      <fieldset>
        <legend>{fieldLabel('vulnerabilities')}</legend>
        {vulnerabilityCodes.map((code) => (
          <label key={code} class="check">
            <input type="checkbox" checked={draft.vulnerabilities.includes(code)}
              onChange={(e) => set({ vulnerabilities: (e.target as HTMLInputElement).checked
                ? [...draft.vulnerabilities, code] : draft.vulnerabilities.filter((c) => c !== code) })} />
            {valueLabel('vulnerabilities', code)}
          </label>
        ))}
      </fieldset>
      {text('person_id')}
      {general && <p class="error" role="alert">{general}</p>}
      <div class="actions">
        <button type="submit">{t('register')}</button>
      </div>
    </form>
  );
}
