// A person's page: who they are, their vulnerabilities, the detention clock and consular
// countdown, every alert with the provisions it enforces, the timeline, and forms to record
// what happens next.
import { useEffect, useState } from 'preact/hooks';
import * as api from '../api';
import {
  t, eventTitle, valueLabel, fieldLabel, countryName, languageName, formatDate, formatNumber,
  formatRelative, formatList, uiLanguages,
} from '../i18n';
import { Citations, Status, When, problemText, useLoad } from '../ui/widgets';
import { EventForm, EventPicker, eventSchemas } from '../ui/event_form';
import { ConsularStatement } from './consular';
import { Screening } from './screening';
import { RegistrationNotice } from './registry';

// Events that concern a person (those with a person_id field), for the picker.
function usePersonEventTypes(): string[] {
  const [types, setTypes] = useState<string[]>([]);
  useEffect(() => {
    eventSchemas().then((all) =>
      setTypes([...all.entries()].filter(([, s]) => s.properties?.person_id).map(([type]) => type)
        .filter((type) => type !== 'person.registered' && type !== 'screening.recorded')),
    );
  }, []);
  return types;
}

function hoursBetween(from: string, to: number): number {
  return Math.max(0, (to - new Date(from).getTime()) / 3_600_000);
}

export function DetentionClock(props: { person: api.Json; alerts: api.Json[] }) {
  const clock = props.person.detention_clock;
  const episode = (props.person.detention_episodes ?? []).find((e: api.Json) => e.open);
  if (!clock && !episode) return null;
  const since: string = clock?.held_since ?? episode.started_at;
  const held = hoursBetween(since, Date.now());
  const days = held / 24;
  const maxDays: number | undefined = clock?.max_days;
  const consularDue: string | undefined = clock?.consular_rights_due ??
    props.alerts.find((a) => a.rule.startsWith('consular.') && !a.closed_at)?.due_at;
  const given = clock?.consular_rights_given_at ?? props.person.consular?.rights_informed?.[0]?.at;
  return (
    <section class="clock" aria-labelledby="clock-title">
      <h2 id="clock-title">{t('detention_clock')}</h2>
      <p>
        {t('held_at', { facility: clock?.facility ?? episode.facility ?? '' })}{' '}
        <When at={since} /> — <strong>{t('days_held', { days: Math.floor(days) })}</strong>
      </p>
      {maxDays !== undefined && (
        <div class="meter-row">
          <label for="held-meter">{t('against_maximum', { max: maxDays })}</label>
          <meter id="held-meter" min={0} max={maxDays} low={maxDays * 0.5} high={maxDays * 0.8}
            optimum={0} value={Math.min(days, maxDays)}>{formatNumber(Math.floor(days))}</meter>
        </div>
      )}
      {clock?.next_review_due && (
        <p>{t('next_review')} <When at={clock.next_review_due} relative /></p>
      )}
      {given ? (
        <p class="ok">{t('consular_given')} <When at={given} /></p>
      ) : consularDue ? (
        <p class={new Date(consularDue).getTime() < Date.now() ? 'late' : 'due'}>
          {t('consular_due')} <When at={consularDue} /> — <strong>{formatRelative(consularDue)}</strong>
        </p>
      ) : null}
    </section>
  );
}

export function AlertList(props: { alerts: api.Json[]; showPerson?: boolean }) {
  if (props.alerts.length === 0) return <p class="muted">{t('no_alerts')}</p>;
  return (
    <ul class="alerts">
      {props.alerts.map((a) => (
        <li key={a.rule + a.subject} class={'alert-' + a.status}>
          <span class={'badge ' + a.status}>{valueLabel('alert_status', a.status)}</span>{' '}
          <strong>{valueLabel('rule', a.rule)}</strong>
          {props.showPerson && <> · <a href={'#/person/' + encodeURIComponent(a.person_id)}>{a.person_id}</a></>}
          <div class="muted">
            {a.detail} · {t('due')} <When at={a.due_at} relative={!a.closed_at} />
          </div>
          <div>{t('cites')} <Citations cites={a.cites ?? []} /></div>
        </li>
      ))}
    </ul>
  );
}

function Identity(props: { person: api.Json }) {
  const p = props.person;
  const rows: Array<[string, preact.ComponentChildren]> = [
    [fieldLabel('name_original'), p.name_original ? <span dir="auto" lang="und">{p.name_original}</span> : null],
    [fieldLabel('sex'), p.sex ? valueLabel('sex', p.sex) : null],
    [fieldLabel('birth_date'), p.birth_date ? formatDate(p.birth_date) + (p.birth_date_estimated || p.age?.estimated ? ' (' + t('estimated') + ')' : '') : null],
    [t('age'), p.age?.years !== undefined ? formatNumber(p.age.years) + (p.age.child ? ' · ' + t('child') : '') : null],
    [fieldLabel('nationalities'), formatList((p.nationalities ?? []).map(countryName))],
    [fieldLabel('languages'), formatList((p.languages ?? []).map(languageName))],
    [fieldLabel('migration_status'), p.migration_status ? valueLabel('migration_status', p.migration_status) : null],
    [fieldLabel('location'), p.location ? formatList([p.location.place, p.location.country && countryName(p.location.country)].filter(Boolean)) : null],
  ];
  return (
    <dl class="facts">
      {rows.filter(([, v]) => v !== null && v !== '' && v !== undefined).map(([k, v]) => (
        <div key={k}><dt>{k}</dt><dd>{v}</dd></div>
      ))}
    </dl>
  );
}

// Each vulnerability with the events that gave it (assessments, screenings, registration).
function Vulnerabilities(props: { person: api.Json; timeline: api.Json[] }) {
  const codes: string[] = props.person.vulnerabilities ?? [];
  if (codes.length === 0) return null;
  // The events that found it, each with its reason where it gave one (a screening's finding).
  function reasons(code: string): Array<{ e: api.Json; why?: string }> {
    return props.timeline.flatMap((e) => {
      const finding = (e.findings ?? []).find((f: api.Json) => f.code === code);
      if (finding) return [{ e, why: finding.reason }];
      if ((e.vulnerabilities ?? []).includes(code)) return [{ e, why: e.reason ?? e.notes }];
      return [];
    });
  }
  return (
    <section aria-labelledby="vuln-title">
      <h2 id="vuln-title">{fieldLabel('vulnerabilities')}</h2>
      <ul>
        {codes.map((code) => (
          <li key={code}>
            <strong>{valueLabel('vulnerabilities', code)}</strong>
            {reasons(code).map(({ e, why }) => (
              <div key={e.id} class="muted">{eventTitle(e.type)}, {formatDate(e.occurred_at)}{why ? ': ' + why : ''}</div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

const hidden = new Set(['type', 'id', 'person_id', 'occurred_at', 'recorded_at', 'actor', 'voided']);

// A value as the reader would say it: codes named, yes and no in words.
function spoken(key: string, v: unknown): string {
  if (typeof v === 'boolean') return v ? t('yes') : t('no');
  if (Array.isArray(v)) return v.map((x) => spoken(key, x)).join(', ');
  const text = String(v);
  if (key === 'language' || key === 'languages') return languageName(text);
  if (key === 'nationalities' || key === 'nationality' || key === 'consulate') return countryName(text);
  return valueLabel(key, text);
}

function summary(event: api.Json): string {
  return Object.entries(event)
    .filter(([k, v]) => !hidden.has(k) && v !== null && v !== '' &&
      (typeof v !== 'object' || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x !== 'object'))))
    .slice(0, 5)
    .map(([k, v]) => fieldLabel(k) + ': ' + spoken(k, v))
    .join(' · ');
}

function Timeline(props: { events: api.Json[] }) {
  return (
    <ol class="timeline" reversed>
      {[...props.events].reverse().map((e) => (
        <li key={e.id} class={e.voided ? 'voided' : ''}>
          <When at={e.occurred_at} /> — <strong>{eventTitle(e.type)}</strong>
          <div class="muted" dir="auto">{summary(e)}</div>
        </li>
      ))}
    </ol>
  );
}

function Returns(props: { id: string }) {
  const loaded = useLoad(() => api.get('/api/v1/returns/' + encodeURIComponent(props.id)), props.id);
  const returns: api.Json[] = loaded.data?.returns ?? [];
  if (returns.length === 0) return null;
  return (
    <section aria-labelledby="returns-title">
      <h2 id="returns-title">{t('returns')}</h2>
      <ul>
        {returns.map((r) => (
          <li key={r.return_id}>
            <strong>{t('return_to', { country: countryName(r.destination ?? '') })}</strong>
            {' · '}{t('planned')} {formatDate(r.planned_at)}
            {r.completed_at && <> · {t('completed')} {formatDate(r.completed_at)}</>}
            <div class={r.ready ? 'ok' : 'late'}>{r.ready ? t('ready_to_return') : t('not_ready_to_return')}</div>
            <ul>
              {(r.assessments ?? []).map((a: api.Json) => (
                <li key={a.kind}>
                  {valueLabel('assessment', a.kind)}: {valueLabel('assessment_status', a.status)}
                  {a.done_by && <> ({formatDate(a.done_by)})</>} <Citations cites={a.cites ?? []} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function PersonPage(props: { id: string; canRecord: boolean }) {
  const loaded = useLoad(() => api.get(api.personPath(props.id)), props.id);
  const types = usePersonEventTypes();
  const [type, setType] = useState('');
  const [statement, setStatement] = useState(false);
  const [notice, setNotice] = useState('');
  if (!loaded.data) return <Status loaded={loaded} />;
  const { person, timeline, alerts } = loaded.data as { person: api.Json; timeline: api.Json[]; alerts: api.Json[] };
  const open = alerts.filter((a) => !a.closed_at);
  const name = [person.given_name, person.family_name].filter(Boolean).join(' ') || person.name_original || person.person_id;
  const detained = person.in_detention;
  const spoken = (person.languages ?? []).find((l: string) => uiLanguages.some((u) => u.code === l));
  const unmerge = async (p: api.Json) => {
    try {
      await api.record({ type: 'person.unmerged', occurred_at: api.now(), person_id: p.person_id, into: p.merged_into });
      setNotice(t('unmerged_notice', { id: p.person_id }));
      loaded.reload();
    } catch (err) {
      setNotice(problemText(err));
    }
  };
  return (
    <article class="person">
      <h1 dir="auto">{name} <span class="id">{person.person_id}</span></h1>
      {person.merged_into && (
        <p id="merged-into">
          <a href={'#/person/' + encodeURIComponent(person.merged_into)}>{t('merged_into_note', { id: person.merged_into })}</a>{' '}
          {props.canRecord && (
            <button type="button" class="secondary" onClick={() => unmerge(person)}>{t('unmerge')}</button>
          )}
        </p>
      )}
      {detained && <p class="badge breach">{t('in_detention')}</p>}
      <RegistrationNotice personId={person.person_id} />
      <Identity person={person} />
      <Vulnerabilities person={person} timeline={timeline} />
      <DetentionClock person={person} alerts={alerts} />
      {detained && (
        <p>
          <button type="button" class="secondary" aria-expanded={statement} onClick={() => setStatement(!statement)}>
            {t('consular_statement')}
          </button>
        </p>
      )}
      {statement && <ConsularStatement initial={spoken ?? 'en'} />}
      <section aria-labelledby="alerts-title">
        <h2 id="alerts-title">{t('open_alerts')}</h2>
        <AlertList alerts={open} />
      </section>
      {props.canRecord && (
        <section aria-labelledby="record-title" class="record">
          <h2 id="record-title">{t('record_event')}</h2>
          {notice && <p class="ok" role="status">{notice}</p>}
          <EventPicker id="event-type" types={types} value={type} onChange={(v) => (setType(v), setNotice(''))} />
          {type && (
            <EventForm type={type} fixed={{ person_id: person.person_id }}
              onCancel={() => setType('')}
              onRecorded={() => {
                setNotice(t('recorded', { what: eventTitle(type) }));
                setType('');
                loaded.reload();
              }} />
          )}
        </section>
      )}
      {props.canRecord && <Screening personId={person.person_id} onRecorded={loaded.reload} />}
      <p class="links">
        <a href={'#/cases?person=' + encodeURIComponent(person.person_id)}>{t('cases')}</a>
        <a href={'#/referrals?person=' + encodeURIComponent(person.person_id)}>{t('referrals')}</a>
      </p>
      <Returns id={person.person_id} />
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('timeline')}</h2>
        <Timeline events={timeline} />
      </section>
    </article>
  );
}
