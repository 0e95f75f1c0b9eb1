// The audit log for auditors: who read and wrote what, when, from where and why, page by page.
import { useState } from 'preact/hooks';
import * as api from '../api';
import { t } from '../i18n';
import { Field, Status, When, useLoad } from '../ui/widgets';

export function Audit() {
  const [user, setUser] = useState('');
  const [target, setTarget] = useState('');
  const [after, setAfter] = useState<number[]>([0]);
  const from = after[after.length - 1];
  const loaded = useLoad(() => api.get('/api/v1/audit', { user, target, after: from || undefined, limit: 50 }),
    [user, target, from].join('|'));
  const entries: api.Json[] = loaded.data?.entries ?? [];
  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">{t('audit_log')}</h1>
      <div class="filters" role="search">
        <Field id="audit-user" label={t('user_name')}>
          <input id="audit-user" value={user} onChange={(e) => (setUser((e.target as HTMLInputElement).value), setAfter([0]))} />
        </Field>
        <Field id="audit-target" label={t('audit_target')}>
          <input id="audit-target" value={target} onChange={(e) => (setTarget((e.target as HTMLInputElement).value), setAfter([0]))} />
        </Field>
      </div>
      <Status loaded={loaded} />
      <table>
        <caption class="visually-hidden">{t('audit_log')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th><th scope="col">{t('audit_when')}</th><th scope="col">{t('user_name')}</th>
            <th scope="col">{t('audit_action')}</th><th scope="col">{t('audit_target')}</th><th scope="col">{t('status')}</th>
            <th scope="col">{t('audit_purpose')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <td>{e.seq}</td><td><When at={e.at} /></td><td>{e.user}</td><td>{e.action}</td>
              <td dir="ltr">{e.target} {e.detail && <span class="muted">{e.detail}</span>}</td><td>{e.status}</td><td dir="auto">{e.purpose}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions">
        {after.length > 1 && <button type="button" class="secondary" onClick={() => setAfter(after.slice(0, -1))}>{t('previous')}</button>}
        {loaded.data?.next_after && entries.length === 50 && (
          <button type="button" onClick={() => setAfter([...after, loaded.data.next_after])}>{t('next')}</button>
        )}
      </div>
    </section>
  );
}
