// A vulnerability screening, asked question by question from the installation's forms
// (GET /api/v1/screening-forms); Haven works out what the answers mean (the findings) from
// the form itself when the screening is recorded.
import { useState } from 'preact/hooks';
import * as api from '../api';
import { t, valueLabel } from '../i18n';
import { Field, Status, problemText, useLoad } from '../ui/widgets';

interface Question {
  id: string;
  text: string;
  type: 'yes_no' | 'number' | 'choice';
  choices?: string[];
  min?: number;
  max?: number;
  required?: boolean;
}

type Answers = Record<string, boolean | number | string>;

function Ask(props: { q: Question; value: Answers[string] | undefined; error?: string; set: (v: Answers[string] | undefined) => void }) {
  const { q } = props;
  const id = 'q-' + q.id;
  const label = q.text + (q.required ? ' *' : '');
  if (q.type === 'yes_no') {
    return (
      <fieldset class={props.error ? 'invalid' : ''}>
        <legend>{label}</legend>
        {[true, false].map((v) => (
          <label key={String(v)} class="check">
            <input type="radio" name={id} checked={props.value === v} required={q.required}
              onChange={() => props.set(v)} />
            {v ? t('yes') : t('no')}
          </label>
        ))}
        {props.error && <small class="error" role="alert">{props.error}</small>}
      </fieldset>
    );
  }
  if (q.type === 'choice') {
    return (
      <Field id={id} label={label} error={props.error}>
        <select id={id} value={String(props.value ?? '')} required={q.required}
          onChange={(e) => props.set((e.target as HTMLSelectElement).value || undefined)}>
          <option value="">{t('choose')}</option>
          {(q.choices ?? []).map((c) => <option key={c} value={c}>{valueLabel('answer', c)}</option>)}
        </select>
      </Field>
    );
  }
  return (
    <Field id={id} label={label} error={props.error}>
      <input id={id} type="number" min={q.min} max={q.max} value={props.value === undefined ? '' : String(props.value)}
        required={q.required}
        onInput={(e) => {
          const text = (e.target as HTMLInputElement).value;
          props.set(text === '' ? undefined : Number(text));
        }} />
    </Field>
  );
}

function Questionnaire(props: { form: string; personId: string; onRecorded: () => void }) {
  const loaded = useLoad(() => api.get('/api/v1/screening-forms/' + encodeURIComponent(props.form)), props.form);
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState('');
  if (!loaded.data) return <Status loaded={loaded} />;
  const form = loaded.data;
  async function submit(e: Event) {
    e.preventDefault();
    setErrors({});
    setGeneral('');
    try {
      await api.record({
        type: 'screening.recorded', occurred_at: api.now(),
        person_id: props.personId, form: form.form, version: form.version, answers,
      });
      props.onRecorded();
    } catch (err) {
      // The server names an answer's field answers.QUESTION.
      const byQuestion: Record<string, string> = {};
      for (const [field, message] of Object.entries(api.fieldErrors(err))) {
        byQuestion[field.replace(/^answers\./, '')] = message;
      }
      setErrors(byQuestion);
      setGeneral(problemText(err));
    }
  }
  return (
    <form class="event-form" onSubmit={submit} aria-label={form.title}>
      <h3>{form.title}</h3>
      <p class="help">{form.source}</p>
      {(form.questions as Question[]).map((q) => (
        <Ask key={q.id} q={q} value={answers[q.id]} error={errors[q.id]}
          set={(v) => setAnswers((before) => {
            const next = { ...before };
            if (v === undefined) delete next[q.id];
            else next[q.id] = v;
            return next;
          })} />
      ))}
      {general && <p class="error" role="alert">{general}</p>}
      <div class="actions"><button type="submit">{t('record')}</button></div>
    </form>
  );
}

export function Screening(props: { personId: string; onRecorded: () => void }) {
  const forms = useLoad(() => api.get('/api/v1/screening-forms'), 'forms');
  const [form, setForm] = useState('');
  const [notice, setNotice] = useState('');
  return (
    <section class="record" aria-labelledby="screening-title">
      <h2 id="screening-title">{t('screening')}</h2>
      {notice && <p class="ok" role="status">{notice}</p>}
      <Status loaded={forms} />
      <Field id="screening-form" label={t('screening_form')}>
        <select id="screening-form" value={form} onChange={(e) => (setForm((e.target as HTMLSelectElement).value), setNotice(''))}>
          <option value="">{t('choose')}</option>
          {(forms.data?.forms ?? []).map((f: api.Json) => <option key={f.form} value={f.form}>{f.title}</option>)}
        </select>
      </Field>
      {form && (
        <Questionnaire key={form} form={form} personId={props.personId}
          onRecorded={() => (setNotice(t('screening_recorded')), setForm(''), props.onRecorded())} />
      )}
    </section>
  );
}
