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

/** Σ weight·digit over the leading digits (as many as there are weights). */
function weightedSum(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits.charCodeAt(i) - 48) * (weights[i] as number);
  return sum;
}

/** One digit repeated ("000000000", "11111111111"): never an issued number. */
const oneDigitRepeated = (digits: string): boolean => /^(\d)\1+$/.test(digits);

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

/**
 * Card numbers the payment providers publish for their sandboxes (Stripe, Braintree, Adyen test
 * cards, gitleaks-style sample allowlist). They count as samples only with a test context nearby
 * ("sandbox", "test card", "any CVC"): a draft that gives one as a customer's card still fires.
 */
export const PUBLISHED_TEST_CARDS: ReadonlySet<string> = new Set([
  // Stripe
  '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210',
  '5105105105105100', '378282246310005', '371449635398431', '6011111111111117', '6011000990139424',
  '6011981111111113', '3056930009020004', '36227206271667', '6555900000604105', '3566002020360505',
  '6200000000000005', '6200000000000047', '4000002500003155', '4000002760003184', '4000000000003220',
  '4000000000009995', '4000000000000002', '4000000000000077', '4000000000000341', '4000000000000069',
  '4000000000000127', '4000000000000119', '4000003800000446',
  // Braintree
  '4111111111111111', '4005519200000004', '4009348888881881', '4012000033330026', '4012000077777777',
  '4012888888881881', '4217651111111119', '4500600000000061', '3530111333300000', '6304000000000000',
  '2223000048400011', '38520000023237', '30569309025904', '4000111111111115',
  // Adyen
  '4111111145551142', '4988438843884305', '4166676667666746', '4646464646464644', '5555444433331111',
  '2222400070000005', '370000000000002', '6011601160116611', '3600666633336666', '3569990010095841',
  '6250946000000016', '4917610000000000', '5101180000000007', '4035501000000008',
]);

const TEST_CARD_CONTEXT = /\b(?:sandbox|test(?:ing|s)?|test[ -]?mode|simulat\w*|any (?:future |valid )?(?:expiry|expiration|exp(?:iry)? date|date|cvc|cvv|cvc2|zip|postcode)|dummy|sample|fake|stripe|adyen|braintree|docs?|documentation)\b/;

/** A published sandbox card with a test context within 160 characters of it in `text`. */
export function isSampleTestCard(digits: string, text: string, at: number, len: number): boolean {
  if (!PUBLISHED_TEST_CARDS.has(digits)) return false;
  return TEST_CARD_CONTEXT.test(text.slice(Math.max(0, at - 160), Math.min(text.length, at + len + 160)));
}

export function cardValid(raw: string): boolean {
  const digits = raw.replace(/\D/g, '');
  if (digits.length < 12 || digits.length > 19 || !cardGrouping(raw.trim())) return false;
  if (oneDigitRepeated(digits)) return false;
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
  if (oneDigitRepeated(`${area}${group}${serial}`)) return false;
  return a !== 0 && a !== 666 && a < 900 && group !== '00' && serial !== '0000';
}

/** Canadian Social Insurance Number: 9 digits, Luhn; 0 and 8 are not issued as first digit. */
export function sinValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^[08]/.test(digits) || oneDigitRepeated(digits)) return false;
  return luhnValid(digits);
}

/** UK NHS number: 10 digits, weights 10..2 on the first nine, check = 11 - sum mod 11 (10 invalid). */
export function nhsValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || oneDigitRepeated(digits)) return false;
  let check = 11 - (weightedSum(digits, [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  if (check === 11) check = 0;
  return check !== 10 && check === digits.charCodeAt(9) - 48;
}

const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let c = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(digits.length - 1 - i) - 48;
    c = (VERHOEFF_D[c] as number[])[(VERHOEFF_P[i % 8] as number[])[d] as number] as number;
  }
  return c === 0;
}

/** Indian Aadhaar: 12 digits, first digit 2–9, Verhoeff check digit. */
export function aadhaarValid(digits: string): boolean {
  return /^[2-9]\d{11}$/.test(digits) && !oneDigitRepeated(digits) && verhoeffValid(digits);
}

/** Dutch BSN: 9 digits (8 with a leading zero dropped), 11-proef: 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function bsnValid(raw: string): boolean {
  const digits = raw.length === 8 ? `0${raw}` : raw;
  if (!/^\d{9}$/.test(digits) || oneDigitRepeated(digits)) return false;
  return (weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) - (digits.charCodeAt(8) - 48)) % 11 === 0;
}

/** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter): the letter is the number mod 23. */
export function esDniValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/[\s.-]/g, '');
  const m = /^([XYZ]|\d)(\d{7})([A-Z])$/.exec(s);
  if (m === null) return false;
  const lead = m[1] as string;
  const num = Number(`${lead === 'X' ? '0' : lead === 'Y' ? '1' : lead === 'Z' ? '2' : lead}${m[2]}`);
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[num % 23] === m[3];
}

/**
 * Australian Tax File Number: 9 digits, weights 1,4,3,7,5,8,6,9,10, sum ≡ 0 (mod 11). Older 8-digit
 * TFNs: the first eight of those weights (python-stdnum) or 1,4,3,7,5,8,6,10 (the ATO's 8-digit
 * scheme, 10,7,8,4,6,3,5,1 negated mod 11); either passes.
 */
export function auTfnValid(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const weighted = (w: readonly number[]): number => weightedSum(digits, w) % 11;
  if (digits.length === 9) return weighted([1, 4, 3, 7, 5, 8, 6, 9, 10]) === 0;
  return weighted([1, 4, 3, 7, 5, 8, 6, 9]) === 0 || weighted([1, 4, 3, 7, 5, 8, 6, 10]) === 0;
}

/** Brazilian CPF: 11 digits, two mod-11 check digits (weights 10..2 then 11..2); all-same digits rejected. */
export function brCpfValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || oneDigitRepeated(digits)) return false;
  // Weights n+1 … 2 over the first n digits.
  const check = (n: number): number => {
    const r = (weightedSum(digits, Array.from({ length: n }, (_, i) => n + 1 - i)) * 10) % 11;
    return r === 10 ? 0 : r;
  };
  return check(9) === digits.charCodeAt(9) - 48 && check(10) === digits.charCodeAt(10) - 48;
}

/**
 * Singapore NRIC / FIN: prefix S/T (citizens, PRs), F/G (FIN), M (FIN from 2022), 7 digits, check
 * letter. Weights 2,7,6,5,4,3,2; add 4 for T/G, 3 for M; the remainder mod 11 indexes the table.
 */
export function sgNricValid(raw: string): boolean {
  const m = /^([STFGM])(\d{7})([A-Z])$/.exec(raw.toUpperCase().replace(/[\s-]/g, ''));
  if (m === null) return false;
  const [, prefix, num, letter] = m as unknown as [string, string, string, string];
  let sum = weightedSum(num, [2, 7, 6, 5, 4, 3, 2]);
  if (prefix === 'T' || prefix === 'G') sum += 4;
  if (prefix === 'M') sum += 3;
  const table = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : prefix === 'M' ? 'XWUTRQPNJLK' : 'XWUTRQPNMLK';
  return table[sum % 11] === letter;
}

/**
 * Swedish personnummer / samordningsnummer: YYMMDD-NNNC (10 digits) or YYYYMMDD-NNNC (12), with - or +
 * (or nothing) before the last four; Luhn over the 10-digit form, a real month, day 1–31 (61–91 for
 * a samordningsnummer).
 */
export function sePnrValid(raw: string): boolean {
  const m = /^(?:(?:18|19|20)(\d{6})|(\d{6}))[-+]?(\d{4})$/.exec(raw.replace(/\s/g, ''));
  if (m === null) return false;
  const ten = `${m[1] ?? m[2]}${m[3]}`;
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) return false;
  return !oneDigitRepeated(ten) && luhnValid(ten);
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
      return cardValid(match) && !isSampleTestCard(match.replace(/\D/g, ''), text, at, match.length) ? match.length : -1;
    case 'ca-sin':
      return sinValid(match.replace(/\D/g, '')) ? match.length : -1;
    case 'nhs':
      return nhsValid(match.replace(/\D/g, '')) ? match.length : -1;
    case 'aadhaar':
      return aadhaarValid(match.replace(/\D/g, '')) ? match.length : -1;
    case 'bsn':
      return bsnValid(match.replace(/\D/g, '')) ? match.length : -1;
    case 'es-dni':
      return esDniValid(match) ? match.length : -1;
    case 'au-tfn':
      return auTfnValid(match.replace(/\D/g, '')) ? match.length : -1;
    case 'br-cpf':
      return brCpfValid(match.replace(/\D/g, '')) ? match.length : -1;
    case 'sg-nric':
      return sgNricValid(match) ? match.length : -1;
    case 'se-pnr':
      return sePnrValid(match) ? match.length : -1;
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
