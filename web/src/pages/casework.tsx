// Casework: cases and their plans, referrals and their consent, incidents and their justice
// track, tracing requests with the registered persons who may be the one sought.
import { useState } from 'preact/hooks';
import * as api from '../api';
import { t, eventTitle, valueLabel, countryName, formatDate, formatPercent } from '../i18n';
import { Field, Status, When, useLoad, problemText } from '../ui/widgets';
import { EventForm, EventPicker } from '../ui/event_form';

function RecordHere(props: { types: string[]; fixed: Record<string, unknown>; onRecorded: () => void; id: string }) {
  const [type, setType] = useState('');
  const [notice, setNotice] = useState('');
  return (
    <section class="record" aria-labelledby={props.id + '-title'}>
      <h2 id={props.id + '-title'}>{t('record_event')}</h2>
      {notice && <p class="ok" role="status">{notice}</p>}
      <EventPicker id={props.id} types={props.types} value={type} onChange={(v) => (setType(v), setNotice(''))} />
      {type && (
        <EventForm type={type} fixed={props.fixed} onCancel={() => setType('')}
          onRecorded={() => (setNotice(t('recorded', { what: eventTitle(type) })), setType(''), props.onRecorded())} />
      )}
    </section>
  );
}

// "victim.no_assistance overdue" (an alert rule and its status) or a vulnerability code.
function riskReason(reason: string): string {
  const [code, status] = reason.split(' ');
  if (code.includes('.')) return valueLabel('rule', code) + (status ? ' (' + valueLabel('alert_status', status) + ')' : '');
  return valueLabel('vulnerabilities', code);
}

function personLink(id: string) {
  return <a href={'#/person/' + encodeURIComponent(id)}>{id}</a>;
}

export function Cases(props: { params: URLSearchParams }) {
  const [status, setStatus] = useState('');
  const person = props.params.get('person') ?? '';
  const loaded = useLoad(() => api.get('/api/v1/cases', { status, person, limit: 100 }), status + person);
  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title">{t('cases')}{person && ' · ' + person}</h1>
      <Field id="case-status" label={t('status')}>
        <select id="case-status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
          <option value="">{t('any')}</option>
          {['open', 'active', 'closure_requested', 'closed'].map((s) => <option key={s} value={s}>{valueLabel('case_status', s)}</option>)}
        </select>
      </Field>
      <Status loaded={loaded} />
      <table>
        <caption class="visually-hidden">{t('cases')}</caption>
        <thead><tr><th scope="col">{t('case')}</th><th scope="col">{t('person')}</th><th scope="col">{t('status')}</th><th scope="col">{t('risk')}</th><th scope="col">{t('caseworker')}</th><th scope="col">{t('next_action')}</th></tr></thead>
        <tbody>
          {(loaded.data?.cases ?? []).map((c: api.Json) => (
            <tr key={c.case_id}>
              <th scope="row"><a href={'#/case/' + encodeURIComponent(c.case_id)}>{c.case_id}</a></th>
              <td>{personLink(c.person_id)}</td>
              <td>{valueLabel('case_status', c.status)}</td>
              <td>{c.computed_risk && <span class={'badge risk-' + c.computed_risk.level}>{valueLabel('risk', c.computed_risk.level)}</span>}</td>
              <td>{c.caseworker ?? t('unassigned')}</td>
              <td>{formatDate(c.next_action_due)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const caseEvents = ['case.assigned', 'case.activated', 'case.risk_set', 'case.action_planned', 'case.action_updated',
  'case.note_added', 'case.closure_requested', 'case.closure_approved', 'case.closed', 'case.reopened'];

// The open tracing requests the case's person may answer or made, as the caseworker's queue
// lists them: found by the record-linkage engine without anyone asking.
function TracingLeads(props: { caseId: string; caseworker: string }) {
  const queue = useLoad(() => api.get('/api/v1/queue', { caseworker: props.caseworker }), props.caseId);
  const leads = (queue.data?.items ?? []).filter((item: api.Json) => item.case_id === props.caseId && item.kind.startsWith('tracing_'));
  if (!leads.length) return null;
  return (
    <section aria-labelledby="leads-title">
      <h2 id="leads-title">{t('tracing')}</h2>
      <ul>
        {leads.map((item: api.Json) => (
          <li key={item.kind + item.ref}>
            {t(item.kind === 'tracing_sought' ? 'tracing_lead_sought' : 'tracing_lead_requester')}{' '}
            <a href={'#/tracing/' + encodeURIComponent(item.ref)}>{item.ref}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CasePage(props: { id: string }) {
  const loaded = useLoad(() => api.get('/api/v1/cases/' + encodeURIComponent(props.id)), props.id);
  if (!loaded.data) return <Status loaded={loaded} />;
  const c = loaded.data;
  return (
    <article>
      <h1>{t('case')} <span class="id">{c.case_id}</span></h1>
      <dl class="facts">
        <div><dt>{t('person')}</dt><dd>{personLink(c.person_id)}</dd></div>
        <div><dt>{t('status')}</dt><dd>{valueLabel('case_status', c.status)}</dd></div>
        <div><dt>{t('caseworker')}</dt><dd>{c.caseworker ?? t('unassigned')}</dd></div>
        <div><dt>{t('risk')}</dt><dd>{c.computed_risk && valueLabel('risk', c.computed_risk.level)}{c.computed_risk?.reasons?.length ? ': ' + c.computed_risk.reasons.map(riskReason).join(', ') : ''}</dd></div>
        {c.opened && <div><dt>{t('opened')}</dt><dd><When at={c.opened.at} /> {c.opened.reason}</dd></div>}
      </dl>
      <h2>{t('plan')}</h2>
      {(c.plan ?? []).length === 0 ? <p class="muted">{t('none')}</p> : (
        <ul>
          {c.plan.map((a: api.Json) => (
            <li key={a.action_id}><strong dir="auto">{a.action}</strong> · {valueLabel('action_status', a.status)} · {t('due')} {formatDate(a.due)}</li>
          ))}
        </ul>
      )}
      {c.caseworker && c.status !== 'closed' && <TracingLeads caseId={c.case_id} caseworker={c.caseworker} />}
      <h2>{t('notes')}</h2>
      <ul>{(c.notes ?? []).map((n: api.Json, i: number) => <li key={i}><When at={n.at} /> · {n.by}: <span dir="auto">{n.note}</span></li>)}</ul>
      <RecordHere id="case-event" types={caseEvents} fixed={{ case_id: c.case_id }} onRecorded={loaded.reload} />
    </article>
  );
}

export function Referrals(props: { params: URLSearchParams; canRecord: boolean }) {
  const [status, setStatus] = useState(props.params.get('status') ?? '');
  const person = props.params.get('person') ?? '';
  const loaded = useLoad(() => api.get('/api/v1/referrals', { status, person, limit: 100 }), status + person);
  return (
    <section aria-labelledby="referrals-title">
      <h1 id="referrals-title">{t('referrals')}{person && ' · ' + person}</h1>
      <Field id="referral-status" label={t('status')}>
        <select id="referral-status" value={status} onChange={(e) => setStatus((e.target as HTMLSelectElement).value)}>
          <option value="">{t('any')}</option>
          {['made', 'accepted', 'declined', 'completed', 'withdrawn'].map((s) => <option key={s} value={s}>{valueLabel('referral_status', s)}</option>)}
        </select>
      </Field>
      <Status loaded={loaded} />
      <table>
        <caption class="visually-hidden">{t('referrals')}</caption>
        <thead><tr><th scope="col">{t('referral')}</th><th scope="col">{t('person')}</th><th scope="col">{t('service')}</th><th scope="col">{t('provider')}</th><th scope="col">{t('status')}</th><th scope="col">{t('consent')}</th></tr></thead>
        <tbody>
          {(loaded.data?.referrals ?? []).map((r: api.Json) => (
            <tr key={r.referral_id}>
              <th scope="row">{r.referral_id}</th>
              <td>{personLink(r.person_id)}</td>
              <td>{valueLabel('service', r.service)}</td>
              <td>{r.provider}</td>
              <td>{valueLabel('referral_status', r.status)}</td>
              <td>{r.consent_given_at ? <When at={r.consent_given_at} /> : t('no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.canRecord && (
        <RecordHere id="referral-event" types={['referral.made', 'referral.accepted', 'referral.declined', 'referral.completed', 'referral.consent_withdrawn']}
          fixed={person ? { person_id: person } : {}} onRecorded={loaded.reload} />
      )}
    </section>
  );
}

export function Incidents() {
  const [stage, setStage] = useState('');
  const loaded = useLoad(() => api.get('/api/v1/incidents', { stage, limit: 100 }), stage);
  return (
    <section aria-labelledby="incidents-title">
      <h1 id="incidents-title">{t('incidents')}</h1>
      <Field id="incident-stage" label={t('stage')}>
        <select id="incident-stage" value={stage} onChange={(e) => setStage((e.target as HTMLSelectElement).value)}>
          <option value="">{t('any')}</option>
          {['reported', 'investigation', 'prosecution', 'conviction', 'closed'].map((s) => <option key={s} value={s}>{valueLabel('stage', s)}</option>)}
        </select>
      </Field>
      <Status loaded={loaded} />
      <ul class="incidents">
        {(loaded.data?.incidents ?? []).map((i: api.Json) => (
          <li key={i.incident_id}>
            <strong>{valueLabel('category', i.category)}</strong> · {valueLabel('stage', i.stage)} · <span class="id">{i.incident_id}</span>
            <div class="muted">{i.location?.place} {i.location?.country && countryName(i.location.country)} · <When at={i.reported_at} /></div>
            <div dir="auto">{i.description}</div>
            <div>{(i.victims ?? []).map((v: string) => <span key={v}>{personLink(v)} </span>)}</div>
          </li>
        ))}
      </ul>
      <RecordHere id="incident-event" types={['incident.reported', 'incident.progressed']} fixed={{}} onRecorded={loaded.reload} />
    </section>
  );
}

export function Tracing() {
  const loaded = useLoad(() => api.get('/api/v1/tracing-requests', { limit: 100 }), 'tracing');
  return (
    <section aria-labelledby="tracing-title">
      <h1 id="tracing-title">{t('tracing')}</h1>
      <Status loaded={loaded} />
      <ul>
        {(loaded.data?.tracing_requests ?? []).map((r: api.Json) => (
          <li key={r.request_id}>
            <a href={'#/tracing/' + encodeURIComponent(r.request_id)}>{r.request_id}</a> ·{' '}
            <span dir="auto">{[r.sought?.given_name, r.sought?.family_name].filter(Boolean).join(' ')}</span> ·{' '}
            {valueLabel('tracing_status', r.status)} · <span dir="auto">{r.requester}</span>
          </li>
        ))}
      </ul>
      <RecordHere id="tracing-event" types={['tracing.requested', 'family.linked', 'family.reunified']} fixed={{}} onRecorded={loaded.reload} />
    </section>
  );
}

// A tracing request and the persons who may be the one sought: confirm or reject each.
export function TracingRequest(props: { id: string; user: string }) {
  const request = useLoad(() => api.get('/api/v1/tracing-requests/' + encodeURIComponent(props.id)), props.id);
  const candidates = useLoad(() => api.get('/api/v1/tracing-candidates/' + encodeURIComponent(props.id)), props.id);
  const [error, setError] = useState('');
  async function decide(personId: string, confirmed: boolean) {
    setError('');
    const event: api.Json = {
      type: confirmed ? 'tracing.match_confirmed' : 'tracing.match_rejected',
      occurred_at: api.now(),
      request_id: props.id, person_id: personId, by: props.user,
    };
    if (!confirmed) event.reason = t('not_the_person_sought');
    try {
      await api.record(event);
      request.reload();
      candidates.reload();
    } catch (err) {
      setError(problemText(err));
    }
  }
  if (!request.data) return <Status loaded={request} />;
  const r = request.data;
  return (
    <article>
      <h1>{t('tracing_request')} <span class="id">{r.request_id}</span></h1>
      <dl class="facts">
        <div><dt>{t('sought')}</dt><dd dir="auto">{[r.sought?.given_name, r.sought?.family_name].filter(Boolean).join(' ')} {r.sought?.name_original}</dd></div>
        <div><dt>{t('requester')}</dt><dd dir="auto">{r.requester}</dd></div>
        <div><dt>{t('status')}</dt><dd>{valueLabel('tracing_status', r.status)}</dd></div>
      </dl>
      <h2>{t('candidates')}</h2>
      {error && <p class="error" role="alert">{error}</p>}
      <Status loaded={candidates} />
      <ul class="candidates">
        {(candidates.data?.candidates ?? []).map((c: api.Json) => (
          <li key={c.person_id}>
            {personLink(c.person_id)} <span dir="auto">{[c.person?.given_name, c.person?.family_name].filter(Boolean).join(' ')}</span>
            {c.level && <>{' · '}{t('likelihood')} {formatPercent(c.probability)}</>}
            {c.explanation && <div class="muted" dir="ltr">{c.explanation}</div>}
            {c.decision ? <strong>{valueLabel('decision', c.decision)}</strong> : (
              <span class="actions">
                <button type="button" onClick={() => decide(c.person_id, true)}>{t('confirm_match')}</button>
                <button type="button" class="secondary" onClick={() => decide(c.person_id, false)}>{t('reject_match')}</button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {(candidates.data?.mutual_requests ?? []).length > 0 && (
        <section aria-labelledby="mutual-title">
          <h2 id="mutual-title">{t('mutual_requests')}</h2>
          <ul class="candidates">
            {candidates.data.mutual_requests.map((m: api.Json) => (
              <li key={m.request_id + m.relation}>
                <a href={'#/tracing/' + encodeURIComponent(m.request_id)}>{m.request_id}</a>{' '}
                {t(m.relation === 'seeks_requester' ? 'relation_seeks_requester' : 'relation_made_by_sought')}
                {' · '}<span dir="auto">{m.requester}</span>
                {' · '}{t('likelihood')} {formatPercent(m.probability)}
                <div class="muted" dir="ltr">{m.explanation}</div>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
