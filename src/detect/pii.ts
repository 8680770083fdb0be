/**
 * pii and secret: shapes precise enough to block on. Checksums keep precision high: cards must
 * pass Luhn and carry a real network prefix, IBANs must have their country's length and pass
 * mod-97, SSNs must have a valid area/group/serial. Secrets are provider-specific prefixes
 * (AWS, GitHub, Slack, Stripe, Google, AI providers), JWTs, private key blocks and
 * `password: …` assignments.
 */
import { addFinding, type FieldText, type ScanContext } from './context.js';
import { TRIGGER } from './triggers.js';

const CARD_RE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;
const CARD_PREFIX = /^(?:4|5[1-5]|2[2-7]|3[47]|6011|64[4-9]|65|35|30[0-5]|36|38|62)/;

/** Cards are written unbroken, in groups of four (last group shorter), or 4-6-5 / 4-6-4. */
function cardGrouping(raw: string): boolean {
  const groups = raw.split(/[ -]/).map((g) => g.length);
  if (groups.length === 1) return true;
  const shape = groups.join('-');
  if (shape === '4-6-5' || shape === '4-6-4') return true;
  return groups.every((g, i) => (i < groups.length - 1 ? g === 4 : g >= 3 && g <= 4));
}

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let dbl = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (dbl) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    dbl = !dbl;
  }
  return sum % 10 === 0;
}

const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SE: 24,
  SI: 19, SK: 24, SM: 27, TN: 24, TR: 26, UA: 29, VG: 24, XK: 20,
};

export function ibanValid(iban: string): boolean {
  const s = iban.toUpperCase();
  if (IBAN_LENGTH[s.slice(0, 2)] !== s.length) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const code = ch.charCodeAt(0);
    const val = code >= 65 ? String(code - 55) : ch;
    for (const d of val) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

const IBAN_START_RE = /(?<![a-z0-9])([a-z]{2})(\d{2})/g;
const SSN_RE = /(?<![\w-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\w-])/g;
const SSN_CONTEXT_RE = /\b(?:ssn|social security(?: number| no\.?| #)?)\D{0,12}(\d{9})(?!\d)/g;
const NINO_RE = /(?<![a-z0-9])([a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([a-d])(?![a-z0-9])/g;
const NINO_BAD_PREFIX = new Set(['bg', 'gb', 'nk', 'kn', 'tn', 'nt', 'zz']);

export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

/**
 * Every identifier here needs at least 6 digits in a run (one space or dash allowed between
 * them): cards 13+, SSN 9, IBAN 8+, NINO 6. Most drafts have none and skip every regex below.
 */
const SIX_DIGITS_RE = /\d(?:[ -]?\d){5}/;

export function detectPii(ctx: ScanContext, f: FieldText): void {
  const { lower } = f.text;
  if (!SIX_DIGITS_RE.test(lower)) return;
  for (const m of lower.matchAll(CARD_RE)) {
    const digits = m[0].replace(/\D/g, '');
    if (!cardGrouping(m[0])) continue;
    if (digits.length < 13 || digits.length > 19 || !CARD_PREFIX.test(digits) || !luhnValid(digits)) continue;
    addFinding(ctx, f, 'pii', 'critical', m.index, m.index + m[0].length,
      `payment card number ending ${digits.slice(-4)} (passes the Luhn check)`);
  }
  for (const m of lower.matchAll(IBAN_START_RE)) {
    const cc = (m[1] as string).toUpperCase();
    const len = IBAN_LENGTH[cc];
    if (len === undefined) continue;
    let chars = '';
    let i = m.index;
    let end = i;
    while (i < lower.length && chars.length < len) {
      const c = lower[i] as string;
      if (/[a-z0-9]/.test(c)) {
        chars += c;
        end = i + 1;
      } else if (c !== ' ' || !/[a-z0-9]/.test(lower[i + 1] ?? '')) break;
      i++;
    }
    if (chars.length !== len || /[a-z0-9]/.test(lower[end] ?? '')) continue;
    if (!ibanValid(chars)) continue;
    addFinding(ctx, f, 'pii', 'critical', m.index, end, `bank account number (IBAN, ${cc}, passes mod-97)`);
  }
  for (const m of lower.matchAll(SSN_RE)) {
    if (!ssnValid(m[1] as string, m[3] as string, m[4] as string)) continue;
    addFinding(ctx, f, 'pii', 'critical', m.index, m.index + m[0].length, 'US Social Security number');
  }
  for (const m of lower.matchAll(SSN_CONTEXT_RE)) {
    const d = m[1] as string;
    if (!ssnValid(d.slice(0, 3), d.slice(3, 5), d.slice(5))) continue;
    const start = m.index + m[0].length - d.length;
    addFinding(ctx, f, 'pii', 'critical', start, start + d.length, 'US Social Security number');
  }
  for (const m of lower.matchAll(NINO_RE)) {
    const prefix = (m[1] as string) + '';
    if (NINO_BAD_PREFIX.has(prefix) || !/\d/.test(m[0])) continue;
    addFinding(ctx, f, 'pii', 'critical', m.index, m.index + m[0].length, 'UK National Insurance number');
  }
}

const SECRET_RULES: Array<[RegExp, string]> = [
  [/\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, 'AWS access key'],
  [/\baws_?secret_?access_?key\s*[:=]\s*["']?[A-Za-z0-9/+=]{40}/gi, 'AWS secret key'],
  [/\bgh[pousr]_[A-Za-z0-9]{36,}\b/g, 'GitHub token'],
  [/\bgithub_pat_[A-Za-z0-9_]{22,}/g, 'GitHub token'],
  [/\bxox[abposr]-[A-Za-z0-9-]{10,}/g, 'Slack token'],
  [/\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}/g, 'Stripe key'],
  [/\bAIza[0-9A-Za-z_-]{35}/g, 'Google API key'],
  [/-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g, 'private key block'],
  [/\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, 'JSON web token'],
  [/\bsk-(?:ant-|proj-)?[A-Za-z0-9_-]{32,}/g, 'AI provider API key'],
  [/\b(?:password|passwd|passcode|pwd|api[_ -]?key|secret[_ ]key|access[_ ]token|auth[_ ]token)\s*[:=]\s*(?![<*[(]|x{3,}|\.{3})[^\s,;]{4,}/gi, 'password or key assignment'],
];

export function detectSecrets(ctx: ScanContext, f: FieldText): void {
  if ((f.triggers & TRIGGER.secret) === 0) return;
  const { folded } = f.text;
  const seen: Array<[number, number]> = [];
  for (const [re, what] of SECRET_RULES) {
    for (const m of folded.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (seen.some(([s, e]) => start < e && end > s)) continue;
      seen.push([start, end]);
      addFinding(ctx, f, 'secret', 'critical', start, end, `${what} in the text: never send credentials`);
    }
  }
}
