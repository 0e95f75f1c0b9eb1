// Statistics of a reference period, as they may be published: the indicators, each with the
// paragraph of resolution 66/172 it informs, and one table at a time after disclosure
// control — a withheld cell shows its flag, never a count — with its downloads for
// statistical offices (SDMX) and humanitarian partners (HXL).
import { useState } from 'preact/hooks';
import * as api from '../api';
import { t, formatNumber, formatPercent } from '../i18n';
import { Citations, Field, Status, useLoad } from '../ui/widgets';

// More cells than this are left to the downloads: a page of tens of thousands of rows helps
// no one read a table.
const maxRows = 500;

const downloads: Array<[string, string]> = [
  ['sdmx-csv', 'SDMX-CSV'],
  ['sdmx-ml', 'SDMX-ML'],
  ['sdmx-json', 'SDMX-JSON'],
  ['hxl', 'HXL'],
  ['csv', 'CSV'],
  ['xlsx', 'XLSX'],
];

// "A/RES/66/172 op.4(a), op.4(c)" → the two citation ids, each a click from its words.
export function citationIds(paragraph: string): string[] {
  const parts = paragraph.split(',').map((p) => p.trim()).filter(Boolean);
  const instrument = parts[0]?.includes(' ') ? parts[0].slice(0, parts[0].lastIndexOf(' ')) : '';
  return parts.map((p) => (p.includes(' ') || !instrument ? p : instrument + ' ' + p));
}

function indicatorValue(i: api.Json): string {
  if (i.value === null || i.value === undefined) return '—';
  if (i.unit === 'share') return formatPercent(i.value);
  if (i.unit === 'days' || i.unit === 'hours') return formatNumber(Math.round(i.value * 10) / 10);
  return formatNumber(i.value);
}

function PeriodPicker(props: { year: number; part: string; onChange: (year: number, part: string) => void }) {
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i);
  const parts = ['', 'Q1', 'Q2', 'Q3', 'Q4', ...Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'))];
  return (
    <div class="filters" role="group" aria-label={t('stats_period')}>
      <Field id="stats-year" label={t('stats_year')}>
        <select id="stats-year" value={props.year}
          onChange={(e) => props.onChange(Number((e.target as HTMLSelectElement).value), props.part)}>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </Field>
      <Field id="stats-part" label={t('stats_part')}>
        <select id="stats-part" value={props.part}
          onChange={(e) => props.onChange(props.year, (e.target as HTMLSelectElement).value)}>
          {parts.map((p) => (
            <option key={p} value={p}>
              {p === '' ? t('stats_whole_year') : p.startsWith('Q') ? p : t('stats_month', { month: p })}
            </option>
          ))}
        </select>
      </Field>
    </div>
  );
}

function Indicators(props: { period: string }) {
  const loaded = useLoad(() => api.get('/api/v1/stats/indicators', { period: props.period }), props.period);
  const indicators: api.Json[] = loaded.data?.indicators ?? [];
  return (
    <>
      <h2 id="indicators-title">{t('stats_indicators')}</h2>
      <Status loaded={loaded} />
      {loaded.data && (
        <table aria-labelledby="indicators-title">
          <thead>
            <tr>
              <th scope="col">{t('stats_indicator')}</th>
              <th scope="col">{t('stats_value')}</th>
              <th scope="col">{t('stats_base')}</th>
              <th scope="col">{t('cites')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.id} data-indicator={i.id}>
                <th scope="row">{i.name}</th>
                <td class="num">{indicatorValue(i)}</td>
                <td class="num">{i.unit === 'persons' ? '' : formatNumber(i.base)}</td>
                <td><Citations cites={citationIds(i.paragraph)} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function flagTitle(status: string): string {
  return status === 'C' ? t('stats_flag_c') : t('stats_flag_d');
}

function TableView(props: { name: string; period: string }) {
  const key = props.name + '|' + props.period;
  const loaded = useLoad(() => api.get('/api/v1/stats/tables/' + encodeURIComponent(props.name), { period: props.period }), key);
  if (!loaded.data) return <Status loaded={loaded} />;
  const table = loaded.data;
  const dimensions: api.Json[] = table.dimensions;
  const cells: api.Json[] = table.cells;
  const label = (d: api.Json, code: string) => {
    if (code === d.total) return t('stats_total');
    const at = d.codes.indexOf(code);
    return at >= 0 ? d.labels[at] : code;
  };
  const withheld = cells.filter((c) => c.status !== 'F').length;
  const base = '/api/v1/stats/tables/' + encodeURIComponent(props.name) + '?period=' + encodeURIComponent(props.period);
  return (
    <>
      <p class="downloads">
        {t('stats_download')}{' '}
        {downloads.map(([format, name]) => (
          <a key={format} href={base + '&format=' + format} download>{name}</a>
        ))}
      </p>
      <p class="muted">{t('stats_withheld', { count: withheld, total: cells.length })}</p>
      <dl class="legend">
        <dt><abbr class="flag">C</abbr></dt><dd>{t('stats_flag_c')}</dd>
        <dt><abbr class="flag">D</abbr></dt><dd>{t('stats_flag_d')}</dd>
      </dl>
      <table class="stats-table">
        <caption>{table.name} · {props.period}</caption>
        <thead>
          <tr>
            {dimensions.map((d) => <th scope="col" key={d.id}>{d.name}</th>)}
            <th scope="col">{t('stats_count')}</th>
          </tr>
        </thead>
        <tbody>
          {cells.slice(0, maxRows).map((c, i) => (
            <tr key={i} class={c.codes.includes('_T') ? 'margin' : undefined}>
              {dimensions.map((d, j) => <td key={d.id}>{label(d, c.codes[j])}</td>)}
              <td class="num">
                {c.status === 'F'
                  ? formatNumber(c.value)
                  : <abbr class="flag" data-status={c.status} title={flagTitle(c.status)}>{c.status}</abbr>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {cells.length > maxRows && <p class="muted">{t('stats_more_rows', { shown: maxRows, total: cells.length })}</p>}
    </>
  );
}

export function Statistics() {
  const [year, setYear] = useState(new Date().getUTCFullYear());
  const [part, setPart] = useState('');
  const [table, setTable] = useState('');
  const period = part ? year + '-' + part : String(year);
  const tables = useLoad(() => api.get('/api/v1/stats/tables'), 'tables');
  const list: api.Json[] = tables.data?.tables ?? [];
  const chosen = list.find((x) => x.name === table);
  return (
    <section aria-labelledby="stats-title">
      <h1 id="stats-title">{t('statistics')}</h1>
      <p class="muted">{t('stats_intro')}</p>
      <PeriodPicker year={year} part={part} onChange={(y, p) => (setYear(y), setPart(p))} />
      <Indicators period={period} />
      <h2>{t('stats_tables')}</h2>
      <Status loaded={tables} />
      <Field id="stats-table" label={t('stats_table')}>
        <select id="stats-table" value={table} onChange={(e) => setTable((e.target as HTMLSelectElement).value)}>
          <option value="">{t('choose')}</option>
          {list.map((x) => <option key={x.name} value={x.name}>{x.description}</option>)}
        </select>
      </Field>
      {chosen && <p>{t('cites')} <Citations cites={citationIds(chosen.paragraph)} /></p>}
      {table && <TableView name={table} period={period} />}
    </section>
  );
}
