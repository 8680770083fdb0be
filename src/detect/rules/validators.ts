/**
 * Validators that cut false positives (Presidio's idea): a match counts only when its checksum
 * or shape holds. Each returns the length of the accepted prefix of the match (IBANs may be
 * followed by a word the pattern swallowed), or -1 to reject.
 */
import type { Rule } from './schema.js';

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

/** Issuer ranges (IIN) and lengths of the major networks. */
const NETWORKS: Array<{ re: RegExp; lengths: number[] }> = [
  { re: /^4/, lengths: [13, 16, 19] }, // Visa
  { re: /^(?:5[1-5]|2(?:2[2-9][1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720))/, lengths: [16] }, // Mastercard
  { re: /^3[47]/, lengths: [15] }, // Amex
  { re: /^(?:6011|64[4-9]|65|622(?:12[6-9]|1[3-9]\d|[2-8]\d\d|9[01]\d|92[0-5]))/, lengths: [16, 17, 18, 19] }, // Discover
  { re: /^35(?:2[89]|[3-8]\d)/, lengths: [16, 17, 18, 19] }, // JCB
  { re: /^(?:30[0-5]|3095|36|3[89])/, lengths: [14, 15, 16, 17, 18, 19] }, // Diners
  { re: /^(?:5[06-9]|6\d)/, lengths: [12, 13, 14, 15, 16, 17, 18, 19] }, // Maestro
  { re: /^62/, lengths: [16, 17, 18, 19] }, // UnionPay
  { re: /^220[0-4]/, lengths: [16, 17, 18, 19] }, // Mir
  { re: /^(?:60|65|81|82|508)/, lengths: [16] }, // RuPay
];

/** Cards are written unbroken, in groups of four (last group 1–4 shorter), or 4-6-5 / 4-6-4. */
function cardGrouping(raw: string): boolean {
  const groups = raw.split(/[ .-]/).map((g) => g.length);
  if (groups.length === 1) return true;
  const shape = groups.join('-');
  if (shape === '4-6-5' || shape === '4-6-4') return true;
  return groups.every((g, i) => (i < groups.length - 1 ? g === 4 : g >= 1 && g <= 4));
}

export function cardValid(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19 || !cardGrouping(raw.trim())) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  if (!NETWORKS.some((n) => n.re.test(digits) && n.lengths.includes(digits.length))) return false;
  return luhnValid(digits);
}

export const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21, CR: 22,
  CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27, GB: 22, GE: 22,
  GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30,
  KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24, ME: 22, MK: 19, MR: 27, MT: 31,
  MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, SA: 24, SC: 31, SE: 24,
  SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
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

/** Accepted length of an IBAN at the start of `raw` (spaces allowed between groups), or -1. */
function ibanPrefix(raw: string, text: string, at: number): number {
  const cc = raw.slice(0, 2).toUpperCase();
  const len = IBAN_LENGTH[cc];
  if (len === undefined) return -1;
  let chars = '';
  let i = 0;
  let end = 0;
  while (i < raw.length && chars.length < len) {
    const c = raw[i] as string;
    if (/[a-z0-9]/i.test(c)) {
      chars += c;
      end = i + 1;
    } else if (c !== ' ') break;
    i++;
  }
  if (chars.length !== len || /[a-z0-9]/i.test(text[at + end] ?? '')) return -1;
  return ibanValid(chars) ? end : -1;
}

/** SSA rules: no area 000, 666 or 900–999, no group 00, no serial 0000, no advertised samples. */
export function ssnValid(area: string, group: string, serial: string): boolean {
  const a = Number(area);
  if (`${area}${group}${serial}` === '078051120' || `${area}${group}${serial}` === '219099999') return false;
  if (/^(\d)\1{8}$/.test(`${area}${group}${serial}`)) return false;
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

export function shannonEntropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

export function runValidator(
  name: NonNullable<Rule['validator']>, match: string, minEntropy: number, text: string, at: number,
): number {
  switch (name) {
    case 'luhn': {
      const d = match.replace(/\D/g, '');
      return d.length >= 12 && d.length <= 19 && luhnValid(d) ? match.length : -1;
    }
    case 'card':
      return cardValid(match) ? match.length : -1;
    case 'mod97':
      return ibanPrefix(match, text, at);
    case 'ssn': {
      const d = match.replace(/\D/g, '');
      if (d.length !== 9) return -1;
      return ssnValid(d.slice(0, 3), d.slice(3, 5), d.slice(5)) ? match.length : -1;
    }
    case 'entropy':
      return shannonEntropy(match) >= minEntropy ? match.length : -1;
    case 'not-example-secret':
      return /example|xxxx|\*{3}|<|your[_-]?|placeholder|redacted|changeme|dummy/i.test(match) ? -1 : match.length;
    default:
      return -1;
  }
}
