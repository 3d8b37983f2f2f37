/**
 * How text becomes search terms, for the full-text index and for queries alike (the compiler
 * builds the index with these functions and the app searches with them, so both always agree).
 *
 * Terms are lower-cased ASCII-folded words; identifiers such as `pg_is_in_recovery`,
 * `maximum_lag_on_failover` or `kafka-consumer-groups` stay whole (as well as split into their
 * parts) so an exact knob name finds its paragraph. Common English words are dropped, and a light
 * English stemmer folds inflections ("disappeared" → "disappear", "retries" → "retry",
 * "partitions" → "partition") so natural-language queries meet the prose they describe.
 */

/** Words, keeping `_`, `.` and `-` inside identifiers (`pg_is_in_recovery`, `max.poll.interval.ms`). */
const WORD = /[a-z0-9]+(?:[._'’-][a-z0-9]+)*/g;

const STOP_WORDS = new Set(
  (
    'a an and are as at be been being but by can could did do does doing for from had has have having he her his how i if in into is it ' +
    'its i\'m im me my of on or our she so than that the their them then there these they this those to too was we were what when where ' +
    'which while who why will with would you your after before up down out over under again very just all any each also no not only own same'
  ).split(' '),
);

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/** A light English stemmer: strips the common inflectional suffixes, never below three letters. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2);
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3) w = w.slice(0, -1);
  for (const suffix of ['ingly', 'edly', 'ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3 && /[aeiouy]/.test(w.slice(0, -suffix.length))) {
      w = w.slice(0, -suffix.length);
      // "stopped" → "stopp" → "stop"; "failed" → "fail"; "cached" → "cach" → "cache"
      if (/([bdgklmnprt])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
      else if (/(at|bl|iz|ch|ir|ur|us|v|c)$/.test(w) || /[^aeiou][aeiou][bcdfgkmnptvz]$/.test(w) && w.length <= 4) w = `${w}e`;
      break;
    }
  }
  if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  return w;
}

/** A normalised term, or null for a stop word or a lone character. */
export function termOf(word: string): string | null {
  const w = fold(word).replace(/’/g, "'");
  if (w.length < 2 || STOP_WORDS.has(w)) return null;
  return stem(w);
}

/** Splits folded text into words with their positions (positions index into the folded text, which keeps length for ASCII). */
export function wordsOf(text: string): { word: string; start: number; end: number }[] {
  const folded = fold(text);
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** The terms of a text: each word, and for compound identifiers their parts as well. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const { word } of wordsOf(text)) {
    out.push(word);
    if (/[._'-]/.test(word)) for (const part of word.split(/[._'-]+/)) if (part) out.push(part);
  }
  return out;
}

/** Query words: like tokenize, but a compound identifier is searched whole only (its parts would flood the results). */
export function tokenizeQuery(text: string): string[] {
  return wordsOf(text).map((w) => w.word);
}
