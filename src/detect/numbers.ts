/**
 * Numbers and dates as people write them, reduced to canonical values so a sensitive value is
 * found whatever its formatting: $48,000 / 48k / USD 48,000 / 48 thousand / 48.000 / 48 000,
 * 22% / 22 percent, 2025-03-31 / 03/31/2025 / 31.03.2025 / March 31st, 2025 / 31 Mar.
 *
 * Input is folded lower-case text (normalize.ts), so digits are ASCII already.
 * Ambiguous spellings yield every reading (48.000 → 48000 and 48; 03/04/2025 → March 4 and
 * April 3): the caller looks each reading up, so ambiguity can only add recall.
 */

export interface NumberMention {
  start: number;
  end: number;
  /** Every plausible value of the mention. */
  values: number[];
  currency: boolean;
  percent: boolean;
  /** A multiplier word or letter was attached (48k, 48 thousand). */
  scaled: boolean;
  /** Count of digits written. */
  digits: number;
}

/** Body of a number at a digit (sticky): digits with separators, then optional scale, percent, currency. */
const NUMBER_BODY_RE =
  /(\d{1,3}(?:(?:,|\.|'| )\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d+)?)(?:\s?(k|thousand|m|mm|mn|million|bn|billion)(?![\w]))?(?:[\s-]?(%|percent(?![\w])|per cent(?![\w])|pct(?![\w])))?(?:\s?(usd|dollars|eur|euros?|gbp)(?![\w]))?(?![\w]|[.,]\d)/y;
const CURRENCY_BEFORE_RE = /(?:^|[^\w])((?:us\$|usd|\$|€|eur|£|gbp)\s?)$/;

const DIGIT_RE = /\d/g;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** True when "$", "€", "£" or "usd "/"eur "/"gbp " (maybe without the space) ends right before i. */
function currencyBefore(s: string, i: number): boolean {
  const b = s.charCodeAt(i - 1);
  if (b === 36 || b === 0x20ac || b === 0xa3) return true;
  const end = b === 32 ? i - 1 : i;
  const w = s.slice(Math.max(0, end - 3), end);
  return w === 'usd' || w === 'eur' || w === 'gbp';
}

/** True when the two units after a digit run may extend it (separator, suffix, currency). */
function continuesNumber(c1: number, c2: number): boolean {
  if (c1 === 44 || c1 === 46 || c1 === 39 || c1 === 37) return true; // , . ' %
  if (c1 === 45) return c2 === 112; // "17-percent", "17-pct"
  if (c1 >= 97 && c1 <= 122) return true; // k, m, bn, usd... or a word: let the regex decide
  if (c1 === 32 || c1 === 0xa0) {
    // "48 000", "48 thousand", "22 %", "22 percent", "48 usd", "48 dollars", "48 eur", "48 gbp", "48 mm", "48 bn"
    return isDigit(c2) || c2 === 37 || c2 === 107 || c2 === 116 || c2 === 109 || c2 === 98 || c2 === 112 ||
      c2 === 117 || c2 === 100 || c2 === 101 || c2 === 103;
  }
  return false;
}

/** Units that may not directly precede a number (it would be part of a word, a date, a version). */
function blocksNumber(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 ||
    c === 46 || c === 44 || c === 39 || c === 47 || c === 45 || (c >= 128 && c !== 0x20ac && c !== 0xa3);
}

const SCALE: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, bn: 1e9, billion: 1e9,
};

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Every reading of a digit string with separators. */
export function readNumber(raw: string): number[] {
  if (/^\d+$/.test(raw)) return [Number(raw)];
  const s = raw.replace(/[' ]/g, '');
  const out = new Set<number>();
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) out.add(Number(s.replace(/,/g, '')));
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) out.add(Number(s.replace(/\./g, '').replace(',', '.')));
  if (/^\d+\.\d+$/.test(s)) out.add(Number(s));
  if (/^\d+,\d+$/.test(s)) out.add(Number(s.replace(',', '.')));
  if (/^\d+$/.test(s)) out.add(Number(s));
  if (out.size === 0 && /^\d{1,3}( \d{3})+$/.test(raw)) out.add(Number(s));
  return [...out].filter((v) => Number.isFinite(v)).map(round2);
}

export function findNumbers(lower: string): NumberMention[] {
  const found: NumberMention[] = [];
  const n = lower.length;
  let i = 0;
  while (i < n) {
    // Jump to the next digit with the regex engine (a JS loop per unit costs more).
    DIGIT_RE.lastIndex = i;
    const next = DIGIT_RE.exec(lower);
    if (next === null) break;
    i = next.index;
    if (i > 0 && blocksNumber(lower.charCodeAt(i - 1))) {
      while (i < n && (isDigit(lower.charCodeAt(i)) || blocksNumber(lower.charCodeAt(i)))) i++;
      continue;
    }
    // Fast path: a plain integer followed by something that cannot continue a number
    // ("30-minute", "25 seats", "(2)"): no regex needed.
    let j = i;
    while (j < n && isDigit(lower.charCodeAt(j))) j++;
    const c1 = j < n ? lower.charCodeAt(j) : 32;
    const c2 = j + 1 < n ? lower.charCodeAt(j + 1) : 32;
    if (!continuesNumber(c1, c2) && !currencyBefore(lower, i)) {
      found.push({ start: i, end: j, values: [Number(lower.slice(i, j))], currency: false, percent: false, scaled: false, digits: j - i });
      i = j;
      continue;
    }
    NUMBER_BODY_RE.lastIndex = i;
    const m = NUMBER_BODY_RE.exec(lower);
    if (m === null) {
      while (i < n && isDigit(lower.charCodeAt(i))) i++;
      continue;
    }
    const before = lower.charCodeAt(i - 1);
    // Only "$", "€", "£" or a space (after usd/eur/gbp) can end a currency prefix.
    const prefix = before === 36 || before === 0x20ac || before === 0xa3 || before === 32
      ? CURRENCY_BEFORE_RE.exec(lower.slice(Math.max(0, i - 5), i))
      : null;
    const start = prefix === null ? i : i - (prefix[1] as string).length;
    const raw = m[1] as string;
    const scaleWord = m[2];
    const scale = scaleWord !== undefined ? (SCALE[scaleWord] ?? 1) : 1;
    let end = i + m[0].length;
    while (end > i && /\s/.test(lower[end - 1] as string)) end--;
    found.push({
      start,
      end,
      values: readNumber(raw).map((v) => round2(v * scale)),
      currency: prefix !== null || m[4] !== undefined,
      percent: m[3] !== undefined,
      scaled: scale !== 1,
      digits: raw.replace(/\D/g, '').length,
    });
    i = Math.max(end, i + 1);
  }
  return found;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "seventeen percent", "twenty-two per cent", "twelve and a half percent", "fifteen-percent": a percent written in words. */
const WORD_PERCENT_RE = new RegExp(
  String.raw`(?<![\p{L}-])(?:(${Object.keys(TENS).join('|')})(?:[\s-]+(${Object.keys(UNITS).slice(0, 9).join('|')}))?|(${Object.keys(UNITS).join('|')}))(\s+and\s+a\s+half)?[\s-]+(?:percent|per\s+cent|%)(?![\p{L}])`,
  'gu',
);

/**
 * Percentages written in words (1 to 99, maybe "and a half"), as style guides have writers spell
 * small numbers: "we can keep your seventeen percent discount" says the CRM's 17 as surely as "17%".
 */
export function findWordPercents(lower: string): NumberMention[] {
  if (!lower.includes('percent') && !lower.includes('per cent') && !lower.includes('%')) return [];
  const out: NumberMention[] = [];
  for (const m of lower.matchAll(WORD_PERCENT_RE)) {
    const base = m[1] !== undefined ? (TENS[m[1]] as number) + (m[2] !== undefined ? (UNITS[m[2]] as number) : 0) : (UNITS[m[3] as string] as number);
    const value = m[4] !== undefined ? base + 0.5 : base;
    out.push({ start: m.index, end: m.index + m[0].length, values: [value], currency: false, percent: true, scaled: false, digits: 0 });
  }
  return out;
}

/** Canonical key of a numeric value: rounded to cents (a number, so lookups allocate nothing). */
export function numberKey(v: number): number {
  return round2(v);
}

export interface DateMention {
  start: number;
  end: number;
  /** Candidate dates as `YYYY-MM-DD`, or `--MM-DD` when no year was written. */
  keys: string[];
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6,
  june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10,
  october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const ORD = '(?:st|nd|rd|th)?';

const ISO_RE = /(?<![\w.])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\w]|[.,]\d)/g;
const NUMERIC_RE = /(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[.,/-]\d)/g;
const SLASH_SHORT_RE = /(?<![\w./-])(\d{1,2})\/(\d{1,2})(?![\w]|[./-]\d)/g;
const MONTH_DAY_RE = new RegExp(`(?<![\\w])${MONTH}\\.?\\s+(\\d{1,2})${ORD}(?:,?\\s+(\\d{4}))?(?![\\w])`, 'g');
const DAY_MONTH_RE = new RegExp(`(?<![\\w])(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+(\\d{4}))?(?![\\w])`, 'g');

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dateKey(y: number | null, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y === null ? '-' : String(y)}-${pad(m)}-${pad(d)}`;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

export function findDates(lower: string): DateMention[] {
  const found: DateMention[] = [];
  const push = (start: number, end: number, keys: Array<string | null>): void => {
    const ok = [...new Set(keys.filter((k): k is string => k !== null))];
    if (ok.length > 0) found.push({ start, end, keys: ok });
  };
  if (!/\d/.test(lower)) return found;
  for (const m of lower.matchAll(ISO_RE)) {
    push(m.index, m.index + m[0].length, [dateKey(Number(m[1]), Number(m[2]), Number(m[3]))]);
  }
  for (const m of lower.matchAll(NUMERIC_RE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const y = fullYear(m[4] as string);
    push(m.index, m.index + m[0].length, [dateKey(y, a, b), dateKey(y, b, a)]);
  }
  for (const m of lower.matchAll(SLASH_SHORT_RE)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    push(m.index, m.index + m[0].length, [dateKey(null, a, b), dateKey(null, b, a)]);
  }
  for (const m of lower.matchAll(MONTH_DAY_RE)) {
    const mon = MONTHS[m[1] as string] ?? 0;
    const y = m[3] !== undefined ? Number(m[3]) : null;
    push(m.index, m.index + m[0].length, [dateKey(y, mon, Number(m[2]))]);
  }
  for (const m of lower.matchAll(DAY_MONTH_RE)) {
    const mon = MONTHS[m[2] as string] ?? 0;
    const y = m[3] !== undefined ? Number(m[3]) : null;
    const lead = m[0].startsWith('the') ? 0 : 0;
    push(m.index + lead, m.index + m[0].length, [dateKey(y, mon, Number(m[1]))]);
  }
  return found;
}

/** Parses a stored sensitive value as a date (ISO first, then the spoken forms). */
export function parseDateValue(value: string): string | null {
  const v = value.trim().toLowerCase();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:t.*)?$/.exec(v);
  if (iso !== null) return dateKey(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dates = findDates(v);
  const only = dates.length === 1 ? dates[0] : undefined;
  if (only !== undefined && only.start === 0 && only.end === v.length && only.keys.length === 1) {
    const k = only.keys[0] as string;
    return k.startsWith('-') ? null : k;
  }
  return null;
}

/** Parses a stored sensitive value as a number ("48000", "$48,000", "22%", "0.22"). */
export function parseNumberValue(value: string): { value: number; percent: boolean } | null {
  if (/^\d+$/.test(value)) return { value: Number(value), percent: false };
  const v = value.trim().toLowerCase();
  const m = /^(?:us\$|usd|\$|€|eur|£|gbp)?\s?([\d.,' ]+?)\s?(k|m|%)?$/.exec(v);
  if (m === null) return null;
  const readings = readNumber((m[1] as string).trim());
  const first = readings[0];
  if (first === undefined) return null;
  const scale = m[2] === 'k' ? 1e3 : m[2] === 'm' ? 1e6 : 1;
  return { value: round2(first * scale), percent: m[2] === '%' };
}
