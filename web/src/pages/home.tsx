// Each role's home. A caseworker's queue: what is owed on their cases, the most urgent first.
// A supervisor's or detention monitor's dashboard: open alerts by rule, who is held where and
// for how long, children in detention, and consular rights given on time, week by week.
import * as api from '../api';
import { t, valueLabel, formatDate, formatNumber } from '../i18n';
import { BarTable, Citations, Status, When, useLoad } from '../ui/widgets';
import { AlertList } from './person';

// What a queue item asks for: a rule's name, a tracing request's lead (with a link to the
// request), or the plan action as the caseworker wrote it.
function queueTitle(item: api.Json) {
  if (item.kind === 'alert') return valueLabel('rule', item.ref);
  if (!item.kind.startsWith('tracing_')) return item.what;
  const link = <a href={'#/tracing/' + encodeURIComponent(item.ref)}>{item.ref}</a>;
  return <>{t(item.kind === 'tracing_sought' ? 'tracing_lead_sought' : 'tracing_lead_requester')} {link}</>;
}

export function Queue(props: { user: string }) {
  const queue = useLoad(() => api.get('/api/v1/queue', { caseworker: props.user }), props.user);
  const cases = useLoad(() => api.get('/api/v1/cases', { caseworker: props.user, limit: 50 }), props.user);
  const items: api.Json[] = queue.data?.items ?? [];
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">{t('my_queue')}</h1>
      <Status loaded={queue} />
      {queue.data && items.length === 0 && <p class="muted">{t('queue_empty')}</p>}
      <ol class="queue">
        {items.map((item, i) => (
          <li key={i} class={'alert-' + item.status}>
            <span class={'badge ' + item.status}>{valueLabel('alert_status', item.status)}</span>{' '}
            <strong>{queueTitle(item)}</strong>
            {' · '}
            <a href={'#/person/' + encodeURIComponent(item.person_id)}>{item.person_id}</a>
            {item.case_id && <> · <a href={'#/case/' + encodeURIComponent(item.case_id)}>{item.case_id}</a></>}
            <div class="muted">{item.kind === 'alert' && item.what + ' · '}{t('due')} <When at={item.due_at} relative /></div>
            {item.cites?.length > 0 && <div>{t('cites')} <Citations cites={item.cites} /></div>}
          </li>
        ))}
      </ol>
      <h2>{t('my_cases')}</h2>
      <Status loaded={cases} />
      <ul class="cases">
        {(cases.data?.cases ?? []).map((c: api.Json) => (
          <li key={c.case_id}>
            <a href={'#/case/' + encodeURIComponent(c.case_id)}>{c.case_id}</a> ·{' '}
            <a href={'#/person/' + encodeURIComponent(c.person_id)}>{c.person_id}</a> ·{' '}
            {valueLabel('case_status', c.status)}
            {c.computed_risk && <> · <span class={'badge risk-' + c.computed_risk.level}>{valueLabel('risk', c.computed_risk.level)}</span></>}
            {c.next_action_due && <span class="muted"> · {t('next_action')} {formatDate(c.next_action_due)}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

const lengths = ['under_2_days', '2_to_7_days', '8_to_30_days', '31_to_90_days', 'over_90_days'];

export function Dashboard(props: { role: string }) {
  const loaded = useLoad(() => api.get('/api/v1/dashboard'), 'dashboard');
  const alerts = useLoad(
    () => (props.role === 'detention_monitor' ? Promise.resolve([]) : api.get<api.Json[]>('/api/v1/alerts')),
    props.role,
  );
  if (!loaded.data) return <Status loaded={loaded} />;
  const d = loaded.data;
  return (
    <section aria-labelledby="dash-title" class="dashboard">
      <h1 id="dash-title">{t('dashboard')}</h1>
      <p class="muted">{t('as_of')} <When at={d.as_of} /> · {t('profile')} {d.profile}</p>
      <div class="tiles">
        <div class="tile"><span class="big">{formatNumber(d.detention.held_now)}</span>{t('held_now')}</div>
        <div class="tile"><span class="big">{formatNumber(d.detention.children.length)}</span>{t('children_held')}</div>
        <div class="tile"><span class="big">{formatNumber(d.alerts.reduce((n: number, a: api.Json) => n + a.breach, 0))}</span>{t('deadlines_missed')}</div>
      </div>
      <h2>{t('alerts_by_rule')}</h2>
      <table>
        <caption class="visually-hidden">{t('alerts_by_rule')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rule')}</th>
            <th scope="col">{valueLabel('alert_status', 'due')}</th>
            <th scope="col">{valueLabel('alert_status', 'overdue')}</th>
            <th scope="col">{valueLabel('alert_status', 'breach')}</th>
            <th scope="col">{t('cites')}</th>
          </tr>
        </thead>
        <tbody>
          {d.alerts.map((a: api.Json) => (
            <tr key={a.rule}>
              <th scope="row">{valueLabel('rule', a.rule)}</th>
              <td>{formatNumber(a.due)}</td>
              <td>{formatNumber(a.overdue)}</td>
              <td>{formatNumber(a.breach)}</td>
              <td><Citations cites={a.cites ?? []} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <BarTable caption={t('held_by_facility', { max: d.detention.max_days })}
        head={[t('facility'), t('held'), t('children'), t('over_maximum')]}
        rows={d.detention.by_facility.map((f: api.Json) => ({ label: f.facility, values: [f.held, f.children, f.over_max] }))} />
      <BarTable caption={t('held_by_length')} head={[t('length'), t('held')]}
        rows={lengths.map((l) => ({
          label: valueLabel('length', l),
          values: [d.detention.by_facility.reduce((n: number, f: api.Json) => n + (f.lengths?.[l] ?? 0), 0)],
        }))} />
      <h2>{t('children_in_detention')}</h2>
      {d.detention.children.length === 0 ? <p class="muted">{t('none')}</p> : (
        <ul>
          {d.detention.children.map((c: api.Json) => (
            <li key={c.person_id}>
              <a href={'#/person/' + encodeURIComponent(c.person_id)}>{c.person_id}</a> · {c.facility} ·{' '}
              {t('days_held', { days: c.days })}
            </li>
          ))}
        </ul>
      )}
      <BarTable caption={t('consular_on_time', { hours: d.consular.rights_hours })}
        head={[t('week_of'), t('on_time'), t('late'), t('not_given')]}
        rows={d.consular.weeks.map((w: api.Json) => ({ label: formatDate(w.week_start), values: [w.on_time, w.late, w.not_given] }))} />
      {props.role !== 'detention_monitor' && (
        <>
          <h2>{t('open_alerts')}</h2>
          <Status loaded={alerts} />
          {alerts.data && <AlertList alerts={alerts.data.filter((a: api.Json) => !a.closed_at).slice(0, 20)} showPerson />}
        </>
      )}
    </section>
  );
}
