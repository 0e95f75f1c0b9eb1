// Likely duplicate registrations for a supervisor: each pair with its score and why, and a
// button that joins the later registration to the earlier one (person.merged). The person
// page of a merged registration offers to undo it (person.unmerged).
import { useState } from 'preact/hooks';
import * as api from '../api';
import { t, countryName, formatDate } from '../i18n';
import { Status, problemText, useLoad } from '../ui/widgets';

function Who(props: { p: api.Json }) {
  const p = props.p;
  return (
    <span>
      <a href={'#/person/' + encodeURIComponent(p.person_id)}><span class="id">{p.person_id}</span></a>{' '}
      <span dir="auto">{[p.given_name, p.family_name].filter(Boolean).join(' ') || p.name_original}</span>
      <span class="muted">
        {' '}
        {(p.nationalities ?? []).map(countryName).join(', ')}
        {p.birth_date ? ' · ' + formatDate(p.birth_date) : ''}
      </span>
    </span>
  );
}

export function Duplicates() {
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const loaded = useLoad(() => api.get('/api/v1/duplicates', { limit: 100 }), String(version));
  const pairs: api.Json[] = loaded.data?.pairs ?? [];
  const merge = async (pair: api.Json) => {
    setError('');
    try {
      await api.record({ type: 'person.merged', occurred_at: api.now(), person_id: pair.right.person_id,
        into: pair.left.person_id });
      setNotice(t('merged_notice', { id: pair.right.person_id, into: pair.left.person_id }));
      setVersion(version + 1);
    } catch (err) {
      setError(problemText(err));
    }
  };
  return (
    <section aria-labelledby="duplicates-title">
      <h1 id="duplicates-title">{t('duplicates')}</h1>
      <p class="muted">{t('duplicates_help')}</p>
      {notice && <p role="status" class="notice">{notice}</p>}
      {error && <p role="alert" class="error">{error}</p>}
      <Status loaded={loaded} />
      {loaded.data && pairs.length === 0 && <p>{t('no_duplicates')}</p>}
      <ul class="duplicates">
        {pairs.map((pair) => (
          <li key={pair.left.person_id + '|' + pair.right.person_id}>
            <Who p={pair.left} /> · <Who p={pair.right} />{' '}
            <span class={'badge ' + (pair.decision === 'match' ? 'breach' : 'due')}>
              {t(pair.decision === 'match' ? 'likely_same' : 'to_review')} {pair.score.toFixed(2)}
            </span>
            <p class="muted" dir="ltr">{pair.explanation}</p>
            <button type="button" class="secondary" onClick={() => merge(pair)}>
              {t('merge_into', { id: pair.right.person_id, into: pair.left.person_id })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
