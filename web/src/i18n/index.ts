// The workspace in the six UN languages. English is built in; the others are fetched when
// chosen, so the first page stays small. Dates, numbers, countries and languages are named by
// the browser (Intl) in the chosen language; codes stay underneath.
import { en, type UiMessages } from './ui/en';
import englishVocabulary from './vocabulary/en';
import type { Vocabulary } from './vocabulary/types';
import { countries, languages as languageCodes } from '../generated/codes';

export type Lang = 'ar' | 'zh' | 'en' | 'fr' | 'ru' | 'es';

// In the order of the UN's own language menus, each named in itself.
export const uiLanguages: ReadonlyArray<{ code: Lang; name: string; dir: 'ltr' | 'rtl' }> = [
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'zh', name: '中文', dir: 'ltr' },
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'fr', name: 'Français', dir: 'ltr' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
];

const loaders: Record<Lang, () => Promise<[UiMessages, Vocabulary]>> = {
  en: async () => [en, englishVocabulary],
  ar: async () => Promise.all([import('./ui/ar').then((m) => m.default), import('./vocabulary/ar').then((m) => m.default)]),
  zh: async () => Promise.all([import('./ui/zh').then((m) => m.default), import('./vocabulary/zh').then((m) => m.default)]),
  fr: async () => Promise.all([import('./ui/fr').then((m) => m.default), import('./vocabulary/fr').then((m) => m.default)]),
  ru: async () => Promise.all([import('./ui/ru').then((m) => m.default), import('./vocabulary/ru').then((m) => m.default)]),
  es: async () => Promise.all([import('./ui/es').then((m) => m.default), import('./vocabulary/es').then((m) => m.default)]),
};

let lang: Lang = 'en';
let ui: UiMessages = en;
let vocabulary: Vocabulary = englishVocabulary;

export function currentLanguage(): Lang {
  return lang;
}

export function isLang(code: string | null): code is Lang {
  return uiLanguages.some((l) => l.code === code);
}

// Loads a language and lays the page out in its direction; remembered for the next visit.
export async function setLanguage(next: Lang): Promise<void> {
  [ui, vocabulary] = await loaders[next]();
  lang = next;
  const dir = uiLanguages.find((l) => l.code === next)!.dir;
  document.documentElement.lang = next;
  document.documentElement.dir = dir;
  try {
    localStorage.setItem('haven.language', next);
  } catch {
    // Private windows may refuse storage: the choice then lasts for this visit only.
  }
}

export function savedLanguage(): Lang {
  try {
    const saved = localStorage.getItem('haven.language');
    if (isLang(saved)) return saved;
  } catch {
    // As above.
  }
  const browser = navigator.language.slice(0, 2);
  return isLang(browser) ? browser : 'en';
}

export type MessageKey = keyof UiMessages;

// A message with {name} placeholders filled in.
export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  let text: string = ui[key] ?? en[key];
  if (vars) {
    for (const [name, value] of Object.entries(vars)) {
      text = text.split('{' + name + '}').join(typeof value === 'number' ? formatNumber(value) : value);
    }
  }
  return text;
}

export function eventTitle(type: string): string {
  return vocabulary.events[type] ?? englishVocabulary.events[type] ?? type;
}

export function fieldLabel(path: string): string {
  return vocabulary.fields[path] ?? englishVocabulary.fields[path] ?? path.split('.').pop()!;
}

export function fieldHelp(path: string): string {
  return vocabulary.help[path] ?? englishVocabulary.help[path] ?? '';
}

// A coded value (sex F, service medical, …) in words; the code itself if none is known.
export function valueLabel(path: string, value: string): string {
  const key = path + '.' + value;
  const own = ('v:' + key) as MessageKey;
  if (own in en) return t(own);
  const known = vocabulary.values[key] ?? englishVocabulary.values[key];
  if (known) return known;
  // An unknown code reads better without its underscores; free text is left as written.
  return /^[a-z0-9_]+$/.test(value) ? value.split('_').join(' ') : value;
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(lang).format(n);
}

// "Sudan, Eritrea" with the locale's own separator (Arabic writes "،").
export function formatList(items: string[]): string {
  return new Intl.ListFormat(lang, { style: 'narrow', type: 'unit' }).format(items);
}

export function formatPercent(share: number): string {
  return new Intl.NumberFormat(lang, { style: 'percent' }).format(share);
}

// Dates as the reader's locale writes them, in the time zone the event was recorded in
// when the text carries one (a detention in Tapachula is shown at Tapachula's time).
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(when);
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  // A bare year or year-month (an estimated birth date) is shown as written.
  if (/^\d{4}(-\d{2})?$/.test(iso)) return iso;
  const when = new Date(iso.length === 10 ? iso + 'T12:00:00Z' : iso);
  if (Number.isNaN(when.getTime())) return iso;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(when);
}

// "in 5 hours", "3 days ago", in the chosen language.
export function formatRelative(iso: string, now = Date.now()): string {
  const ms = new Date(iso).getTime() - now;
  const hours = ms / 3_600_000;
  const format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (Math.abs(hours) < 48) return format.format(Math.round(hours), 'hour');
  return format.format(Math.round(hours / 24), 'day');
}

const alpha2 = new Map(countries.map(([a3, a2]) => [a3, a2]));
const countryEnglish = new Map(countries.map(([a3, , name]) => [a3, name]));
const languageEnglish = new Map(languageCodes.map(([code, name]) => [code, name]));

function displayName(type: 'region' | 'language', code: string): string | undefined {
  try {
    const name = new Intl.DisplayNames([lang], { type, fallback: 'none' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

export function countryName(alpha3: string): string {
  if (alpha3 === 'XXA') return t('stateless');
  const a2 = alpha2.get(alpha3);
  return (a2 && displayName('region', a2)) ?? countryEnglish.get(alpha3) ?? alpha3;
}

export function languageName(code: string): string {
  return displayName('language', code) ?? languageEnglish.get(code) ?? code;
}

export function countryCodes(): string[] {
  return countries.map(([a3]) => a3);
}

export function languageCodeList(): string[] {
  return languageCodes.map(([code]) => code);
}
