/**
 * Validators that cut false positives (Presidio's idea): a match counts only when its checksum
 * or shape holds. Each returns the length of the accepted prefix of the match (IBANs may be
 * followed by a word the pattern swallowed), or -1 to reject.
 */
import type { Rule } from './schema.js';

type ValidatorName = NonNullable<Rule['validator']>;

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

/**
 * The label a number is given just before it ("your order number is", "Invoice #", "ref:"):
 * a reference of another kind, unless a card word is near ("order number 4539… with the card
 * ending…" still fires). Presidio's context words, turned down rather than up.
 */
const OTHER_NUMBER_LABEL = /\b(?:order|invoice|reference|ref|ticket|tracking|case|booking|confirmation|po|purchase order|shipment|consignment|waybill|serial|quote|quotation|rma|transaction|receipt)(?: (?:no\.?|nr\.?|number|num|id|code|reference))?(?: (?:is|was|will be|reads))?[ :#.]*$/i;
const CARD_WORDS = /\b(?:card|cards|visa|mastercard|master card|amex|american express|maestro|unionpay|discover|diners|jcb|cvv|cvc|cvc2|expir\w*|exp|valid thru|cardholder)\b/i;

/** A number labelled as an order, invoice, ticket or other reference just before it, with no card word near. */
export function isLabelledReference(text: string, at: number, len: number): boolean {
  if (!OTHER_NUMBER_LABEL.test(text.slice(Math.max(0, at - 40), at))) return false;
  return !CARD_WORDS.test(text.slice(Math.max(0, at - 80), Math.min(text.length, at + len + 80)));
}

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

/**
 * IBANs that banks' and payment providers' documentation print as the example (the IBAN registry's
 * specimen for each country, Wikipedia's, the SEPA sandbox numbers of Stripe and its peers). Like
 * the published test cards they count as samples only with an example or test context near
 * ("the standard example IBAN", "el IBAN de ejemplo", "in sandbox"); given as someone's account
 * they still fire.
 */
export const PUBLISHED_EXAMPLE_IBANS: ReadonlySet<string> = new Set([
  'DE89370400440532013000', 'GB82WEST12345698765432', 'GB29NWBK60161331926819', 'GB33BUKB20201555555555',
  'ES9121000418450200051332', 'FR1420041010050500013M02606', 'NL91ABNA0417164300', 'NL39RABO0300065264',
  'IT60X0542811101000000123456', 'BE68539007547034', 'BE62510007547061', 'AT611904300234573201',
  'CH9300762011623852957', 'IE29AIBK93115212345678', 'PT50000201231234567890154', 'PL61109010140000071219812874',
  'SE4550000000058398257466', 'DK5000400440116243', 'FI2112345600000785', 'NO9386011117947',
  'LU280019400644750000', 'GR1601101250000000012300695', 'CZ6508000000192000145399', 'HU42117730161111101800000000',
]);

const EXAMPLE_IBAN_CONTEXT = /(?<![\p{L}])(?:examples?|sample|samples|test(?:ing|s)?|test[ -]?mode|sandbox|dummy|fake|fictitious|fictional|specimen|docs?|documentation|ejemplo|ejemplos|prueba|pruebas|beispiel|beispiel-iban|muster|exemple|esempio|voorbeeld|exemplo|przykład\p{L}*|örnek)(?![\p{L}])/iu;

/** A published example IBAN with an example or test context within 160 characters of it in `text`. */
export function isExampleIban(iban: string, text: string, at: number, len: number): boolean {
  if (!PUBLISHED_EXAMPLE_IBANS.has(iban.toUpperCase())) return false;
  return EXAMPLE_IBAN_CONTEXT.test(text.slice(Math.max(0, at - 160), Math.min(text.length, at + len + 160)));
}

/** Accepted length of an IBAN at the start of `raw` (spaces allowed between groups), or -1; `checksum` false reads only its country's length. */
function ibanPrefix(raw: string, text: string, at: number, checksum = true): number {
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
  return (!checksum || ibanValid(chars)) && !isExampleIban(chars, text, at, end) ? end : -1;
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

/** A real calendar date (full year, month 1–12, day within the month). */
function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= ([31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number);
}

/** n mod 97 of a long digit string (no BigInt needed). */
function mod97(digits: string): number {
  let rem = 0;
  for (let i = 0; i < digits.length; i++) rem = (rem * 10 + (digits.charCodeAt(i) - 48)) % 97;
  return rem;
}

/**
 * French NIR (numéro de sécurité sociale / INSEE): sex 1–4, 7, 8; YY; month 01–12 (20–42 and 50–99
 * when unknown at registration); department (2A / 2B for Corsica, counted as 19 / 18 in the key);
 * commune; order; key = 97 − (first 13 digits mod 97).
 */
export function frNirValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/[\s.-]/g, '');
  const m = /^([1-478]\d{4})(\d{2}|2[AB])(\d{6})(\d{2})$/.exec(s);
  if (m === null) return false;
  const month = Number(s.slice(3, 5));
  if (!((month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50)) return false;
  const dept = m[2] === '2A' ? '19' : m[2] === '2B' ? '18' : (m[2] as string);
  const body = `${m[1]}${dept}${m[3]}`;
  if (oneDigitRepeated(body)) return false;
  return 97 - mod97(body) === Number(m[4]);
}

/**
 * German tax identification number (Steuer-ID, IdNr): 11 digits, first not 0; in the first ten
 * exactly one digit occurs twice or three times (never three in a row), every other at most once;
 * the last is the ISO 7064 MOD 11,10 check digit.
 */
export function deSteuerIdValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const counts = new Map<string, number>();
  for (const c of digits.slice(0, 10)) counts.set(c, (counts.get(c) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || (repeated[0] as number) > 3 || /(\d)\1\1/.test(digits.slice(0, 10))) return false;
  let product = 10;
  for (let i = 0; i < 10; i++) {
    let sum = (digits.charCodeAt(i) - 48 + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === digits.charCodeAt(10) - 48;
}

/**
 * German pension insurance number (Sozialversicherungs- / Rentenversicherungsnummer): area 2 digits,
 * birth date DDMMYY (day + 50 / month + 20 variants allowed), the birth name's initial, serial 2 digits,
 * check digit: the letter as its two-digit alphabet position, weights 2,1,2,5,7,1,2,1,2,1,2,1, the
 * digit sums of the products added, mod 10.
 */
export function deSvnrValid(raw: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})(\d{2})([A-Z])(\d{2})(\d)$/.exec(raw.toUpperCase().replace(/[\s./-]/g, ''));
  if (m === null) return false;
  const day = Number(m[2]) % 50;
  if (day < 1 || day > 31 || Number(m[3]) % 20 < 1 || Number(m[3]) % 20 > 12 || Number(m[3]) > 32) return false;
  const pos = String((m[5] as string).charCodeAt(0) - 64).padStart(2, '0');
  const digits = `${m[1]}${m[2]}${m[3]}${m[4]}${pos}${m[6]}`;
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = (digits.charCodeAt(i) - 48) * (weights[i] as number);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(m[7]);
}

const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
/** Digit or letter → 0–25 (digits 0–9, letters A–Z). */
const alnumIndex = (c: string): number => (c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 65);

/**
 * Italian codice fiscale: 6 letters (surname, name), YY, month letter, day (women + 40), cadastral
 * code (letter + 3 digits), check letter; digits of the date and code may be replaced by the
 * omocodia letters LMNPQRSTUV. Check: odd positions through the odd table, even positions at their
 * value, sum mod 26.
 */
export function itCodiceFiscaleValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/\s/g, '');
  if (!/^[A-Z]{6}[\dLMNP-V]{2}[ABCDEHLMPRST][\dLMNP-V]{2}[A-Z][\dLMNP-V]{3}[A-Z]$/.test(s)) return false;
  const undo = (t: string): number => Number([...t].map((c) => (c <= '9' ? c : String('LMNPQRSTUV'.indexOf(c)))).join(''));
  const day = undo(s.slice(9, 11));
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const v = alnumIndex(s[i] as string);
    sum += i % 2 === 0 ? (CF_ODD[v] as number) : v;
  }
  return String.fromCharCode(65 + (sum % 26)) === s[15];
}

/**
 * Polish PESEL: YYMMDD (month + 80 / 0 / 20 / 40 / 60 for the 1800s … 2200s), serial, check digit
 * = (10 − Σ weights 1,3,7,9,1,3,7,9,1,3 mod 10) mod 10; the date must exist.
 */
export function plPeselValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const mm = Number(digits.slice(2, 4));
  const century = [1900, 2000, 2100, 2200, 1800][Math.floor(mm / 20)];
  if (century === undefined) return false;
  if (!realDate(century + Number(digits.slice(0, 2)), mm % 20, Number(digits.slice(4, 6)))) return false;
  return (10 - (weightedSum(digits, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === digits.charCodeAt(10) - 48;
}

/**
 * Belgian national register number (rijksregisternummer / numéro de registre national, INSZ/NISS):
 * YY.MM.DD-SSS.CC; CC = 97 − (first nine digits mod 97), or with a 2 in front for births from 2000.
 * Month 0 (date unknown) and the BIS-number months (+20, +40) are allowed; serial not 000 or 999.
 */
export function beNrnValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const mm = Number(digits.slice(2, 4)) % 20;
  const dd = Number(digits.slice(4, 6));
  const serial = digits.slice(6, 9);
  if (Number(digits.slice(2, 4)) > 52 || mm > 12 || dd > 31 || serial === '000' || serial === '999') return false;
  const check = Number(digits.slice(9));
  return 97 - mod97(digits.slice(0, 9)) === check || 97 - mod97(`2${digits.slice(0, 9)}`) === check;
}

/**
 * Danish CPR number: DDMMYY-SSSS. The mod-11 check was dropped in 2007, so only the date is checked,
 * with the century read from the first serial digit (0–3: 1900s; 4, 9: 2000s up to 36; 5–8: 2000s up
 * to 57, else 1800s).
 */
export function dkCprValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const yy = Number(digits.slice(4, 6));
  const s = digits.charCodeAt(6) - 48;
  const century = s <= 3 ? 1900 : s === 4 || s === 9 ? (yy <= 36 ? 2000 : 1900) : yy <= 57 ? 2000 : 1800;
  return realDate(century + yy, Number(digits.slice(2, 4)), Number(digits.slice(0, 2)));
}

/**
 * Norwegian fødselsnummer / D-number: DDMMYY (day + 40 for a D-number, month + 40 for an H-number),
 * individual number, two mod-11 check digits (weights 3,7,6,1,8,9,4,5,2 then 5,4,3,2,7,6,5,4,3,2).
 */
export function noFnrValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const day = Number(digits.slice(0, 2)) % 40;
  const month = Number(digits.slice(2, 4)) % 40;
  if (Number(digits.slice(0, 2)) > 71 || Number(digits.slice(2, 4)) > 52 || !realDate(2000, month, day)) return false;
  const check = (w: readonly number[]): number => {
    const c = 11 - (weightedSum(digits, w) % 11);
    return c === 11 ? 0 : c;
  };
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === digits.charCodeAt(9) - 48
    && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === digits.charCodeAt(10) - 48;
}

/**
 * Finnish personal identity code (henkilötunnus, HETU): DDMMYY, century sign (+ 1800s; - Y X W V U
 * 1900s; A B C D E F 2000s), individual number 002–999, check character = DDMMYYNNN mod 31 in
 * 0123456789ABCDEFHJKLMNPRSTUVWXY.
 */
export function fiHetuValid(raw: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(raw.toUpperCase().trim());
  if (m === null) return false;
  const sign = m[4] as string;
  const century = sign === '+' ? 1800 : '-UVWXY'.includes(sign) ? 1900 : 2000;
  if (!realDate(century + Number(m[3]), Number(m[2]), Number(m[1])) || Number(m[5]) < 2) return false;
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'[Number(`${m[1]}${m[2]}${m[3]}${m[5]}`) % 31] === m[6];
}

/**
 * Portuguese NIF (número de contribuinte) of a person: 9 digits starting 1, 2 or 3 (45: non-resident
 * person); company numbers (5, 6, 9…) are public and printed on every invoice, so they are not
 * accepted. Check digit = 11 − Σ weights 9..2 mod 11, 10 and 11 giving 0.
 */
export function ptNifValid(digits: string): boolean {
  if (!/^(?:[123]\d|45)\d{7}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const c = 11 - (weightedSum(digits, [9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return (c >= 10 ? 0 : c) === digits.charCodeAt(8) - 48;
}

/** Swiss AHV / AVS number: 756, 9 digits, an EAN-13 check digit. */
export function chAhvValid(digits: string): boolean {
  if (!/^756\d{10}$/.test(digits)) return false;
  const sum = weightedSum(digits, [1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]);
  return (10 - (sum % 10)) % 10 === digits.charCodeAt(12) - 48;
}

/**
 * Chinese resident identity card number: 6-digit area (first digit 1–8), birth date YYYYMMDD,
 * sequence, ISO 7064 MOD 11-2 check character (X for 10).
 */
export function cnRicValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[1-8]\d{16}[\dX]$/.test(s)) return false;
  const year = Number(s.slice(6, 10));
  if (year < 1900 || year > 2099 || !realDate(year, Number(s.slice(10, 12)), Number(s.slice(12, 14)))) return false;
  const sum = weightedSum(s, [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]);
  return '10X98765432'[sum % 11] === s[17];
}

/**
 * South Korean resident registration number: YYMMDD-SNNNNNN, S the sex / century digit (1–8; 9, 0
 * for the 1800s). The check digit is not verified: numbers issued since October 2020 no longer carry one.
 */
export function krRrnValid(digits: string): boolean {
  if (!/^\d{13}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const s = digits.charCodeAt(6) - 48;
  const century = s === 9 || s === 0 ? 1800 : s <= 2 || s === 5 || s === 6 ? 1900 : 2000;
  return realDate(century + Number(digits.slice(0, 2)), Number(digits.slice(2, 4)), Number(digits.slice(4, 6)));
}

/**
 * Japanese individual number (My Number): 12 digits; check = 11 − Σ Pn·Qn mod 11 (0 when the
 * remainder is 0 or 1), Pn the n-th digit from the right before the check, Qn = n + 1 (n ≤ 6) or n − 5.
 */
export function jpMyNumberValid(digits: string): boolean {
  if (!/^\d{12}$/.test(digits) || oneDigitRepeated(digits)) return false;
  let sum = 0;
  for (let n = 1; n <= 11; n++) sum += (digits.charCodeAt(11 - n) - 48) * (n <= 6 ? n + 1 : n - 5);
  const r = sum % 11;
  return (r <= 1 ? 0 : 11 - r) === digits.charCodeAt(11) - 48;
}

const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';
/**
 * Taiwanese national identification number (and the 2021 resident certificate): a letter (10–35 in
 * the ABCDEFGHJKLMNPQRSTUVXYWZIO order), 1 / 2 (8 / 9 for residents), 8 digits; the letter's tens
 * digit ×1 + units ×9 + the digits × 8,7,6,5,4,3,2,1,1 ≡ 0 (mod 10).
 */
export function twIdValid(raw: string): boolean {
  const s = raw.toUpperCase();
  if (!/^[A-Z][1289]\d{8}$/.test(s)) return false;
  const code = TW_LETTERS.indexOf(s[0] as string) + 10;
  const sum = Math.floor(code / 10) + (code % 10) * 9 + weightedSum(s.slice(1), [8, 7, 6, 5, 4, 3, 2, 1, 1]);
  return sum % 10 === 0;
}

/**
 * Hong Kong identity card number: 1–2 letters, 6 digits, check (0–9 or A); one-letter numbers count
 * a leading space as 36. Weights 9..2 over the 8 characters (letters A=10 … Z=35); check = 11 − sum
 * mod 11, 10 written A.
 */
export function hkIdValid(raw: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(raw.toUpperCase().replace(/\s/g, ''));
  if (m === null) return false;
  const letters = m[1] as string;
  const first = letters.length === 2 ? letters.charCodeAt(0) - 55 : 36;
  const second = letters.charCodeAt(letters.length - 1) - 55;
  const sum = 9 * first + 8 * second + weightedSum(m[2] as string, [7, 6, 5, 4, 3, 2]);
  const c = (11 - (sum % 11)) % 11;
  return (c === 10 ? 'A' : String(c)) === m[3];
}

/** Israeli identity number (Teudat Zehut): up to 9 digits (zero-padded), Luhn. */
export function ilTzValid(digits: string): boolean {
  if (!/^\d{5,9}$/.test(digits)) return false;
  const nine = digits.padStart(9, '0');
  return !oneDigitRepeated(nine) && Number(nine) > 0 && luhnValid(nine);
}

/**
 * Turkish identity number (T.C. Kimlik No): 11 digits, first not 0; d10 = (7·(d1+d3+d5+d7+d9) −
 * (d2+d4+d6+d8)) mod 10; d11 = (d1 + … + d10) mod 10.
 */
export function trTcknValid(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const d = [...digits].map(Number);
  const odd = (d[0] as number) + (d[2] as number) + (d[4] as number) + (d[6] as number) + (d[8] as number);
  const even = (d[1] as number) + (d[3] as number) + (d[5] as number) + (d[7] as number);
  if ((((7 * odd - even) % 10) + 10) % 10 !== d[9]) return false;
  return d.slice(0, 10).reduce((a, b) => a + b, 0) % 10 === d[10];
}

/** South African identity number: YYMMDD (a real date), 4-digit sequence, citizenship 0–2, a digit, Luhn. */
export function zaIdValid(digits: string): boolean {
  if (!/^\d{6}\d{4}[012]\d{2}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const yy = Number(digits.slice(0, 2));
  if (!realDate(2000 + yy, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)))
    && !realDate(1900 + yy, Number(digits.slice(2, 4)), Number(digits.slice(4, 6)))) return false;
  return luhnValid(digits);
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMN&OPQRSTUVWXYZ';
/**
 * Mexican CURP: 4 letters, birth date YYMMDD, sex (H, M, X), state (2 letters), 3 consonants, a
 * homoclave character, a check digit = (10 − Σ value·(18 − i) mod 10) mod 10 over the first 17
 * (values in 0–9 A–N & O–Z order, Ñ as &).
 */
export function mxCurpValid(raw: string): boolean {
  const s = raw.toUpperCase().replace(/Ñ/g, '&');
  if (!/^[A-Z&]{4}\d{6}[HMX][A-Z]{2}[A-Z&]{3}[0-9A-Z]\d$/.test(s)) return false;
  if (!realDate(2000, Number(s.slice(6, 8)), Number(s.slice(8, 10)))) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(s[i] as string) * (18 - i);
  return (10 - (sum % 10)) % 10 === s.charCodeAt(17) - 48;
}

/**
 * Argentine CUIL / CUIT of a person: prefix 20, 23, 24 or 27, DNI 8 digits, check = 11 − Σ weights
 * 5,4,3,2,7,6,5,4,3,2 mod 11 (11 → 0, 10 never issued). Company CUITs (30, 33, 34) are public and
 * on every invoice, so not accepted.
 */
export function arCuitValid(digits: string): boolean {
  if (!/^2[0347]\d{9}$/.test(digits) || oneDigitRepeated(digits.slice(2, 10))) return false;
  const c = 11 - (weightedSum(digits, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11);
  return c !== 10 && (c === 11 ? 0 : c) === digits.charCodeAt(10) - 48;
}

/**
 * Chilean RUT / RUN of a person: a body below 50.000.000 (company RUTs start higher) and a check
 * character: 11 − Σ body digits × 2,3,4,5,6,7 (cycling from the right) mod 11, 11 → 0, 10 → K.
 */
export function clRutValid(raw: string): boolean {
  const m = /^(\d{1,2}(?:\.?\d{3}){2})-?([\dK])$/.exec(raw.toUpperCase().replace(/\s/g, ''));
  if (m === null) return false;
  const body = (m[1] as string).replace(/\./g, '');
  if (Number(body) >= 50_000_000 || Number(body) < 100_000 || oneDigitRepeated(body)) return false;
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (body.charCodeAt(body.length - 1 - i) - 48) * (2 + (i % 6));
  const c = 11 - (sum % 11);
  return (c === 11 ? '0' : c === 10 ? 'K' : String(c)) === m[2];
}

/**
 * Irish PPS number: 7 digits, a check letter, optionally a second letter (A, B, H; W on old numbers);
 * Σ digits × 8..2 + second letter's position × 9, mod 23, indexes WABCDEFGHIJKLMNOPQRSTUV.
 */
export function iePpsnValid(raw: string): boolean {
  const m = /^(\d{7})([A-W])([ABHW]?)$/.exec(raw.toUpperCase().replace(/\s/g, ''));
  if (m === null || oneDigitRepeated(m[1] as string)) return false;
  const second = m[3] === '' || m[3] === 'W' ? 0 : (m[3] as string).charCodeAt(0) - 64;
  const sum = weightedSum(m[1] as string, [8, 7, 6, 5, 4, 3, 2]) + second * 9;
  return 'WABCDEFGHIJKLMNOPQRSTUV'[sum % 23] === m[2];
}

/**
 * Czech / Slovak birth number (rodné číslo): YYMMDD/SSSC, 10 digits (from 1954), month + 50 for
 * women (+ 20 / + 70 from 2004), the whole number divisible by 11 (or, before 1986, first nine mod 11
 * = 10 with a final 0).
 */
export function czRcValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const yy = Number(digits.slice(0, 2));
  const year = yy >= 54 ? 1900 + yy : 2000 + yy;
  let mm = Number(digits.slice(2, 4));
  if (mm > 70) mm -= 70;
  else if (mm > 50) mm -= 50;
  else if (mm > 20) mm -= 20;
  if (!realDate(year, mm, Number(digits.slice(4, 6)))) return false;
  const rem = Number(digits.slice(0, 9)) % 11;
  if (rem === 10) return year < 1986 && digits[9] === '0';
  return Number(digits) % 11 === 0;
}

/** National-id checks that read the digits alone (separators dropped), by validator name. */
const DIGIT_CHECKS: Readonly<Partial<Record<ValidatorName, (digits: string) => boolean>>> = {
  'ca-sin': sinValid,
  'nhs': nhsValid,
  'aadhaar': aadhaarValid,
  'bsn': bsnValid,
  'au-tfn': auTfnValid,
  'br-cpf': brCpfValid,
  'de-steuer-id': deSteuerIdValid,
  'pl-pesel': plPeselValid,
  'be-nrn': beNrnValid,
  'dk-cpr': dkCprValid,
  'no-fnr': noFnrValid,
  'pt-nif': ptNifValid,
  'ch-ahv': chAhvValid,
  'kr-rrn': krRrnValid,
  'jp-my-number': jpMyNumberValid,
  'il-tz': ilTzValid,
  'tr-tckn': trTcknValid,
  'za-id': zaIdValid,
  'ar-cuit': arCuitValid,
  'cz-rc': czRcValid,
  'ro-cnp': roCnpValid,
};

/** National-id checks that read the match as written (letters and separators count), by validator name. */
const TEXT_CHECKS: Readonly<Partial<Record<ValidatorName, (match: string) => boolean>>> = {
  'es-dni': esDniValid,
  'sg-nric': sgNricValid,
  'se-pnr': sePnrValid,
  'fr-nir': frNirValid,
  'de-svnr': deSvnrValid,
  'it-codice-fiscale': itCodiceFiscaleValid,
  'fi-hetu': fiHetuValid,
  'tw-id': twIdValid,
  'hk-hkid': hkIdValid,
  'mx-curp': mxCurpValid,
  'cl-rut': clRutValid,
  'ie-ppsn': iePpsnValid,
  'cn-ric': (m) => cnRicValid(m.replace(/\s/g, '')),
};

/**
 * Romanian personal numeric code (CNP): sex / century 1–9, YYMMDD (a real date), county 01–52, serial,
 * check = Σ weights 2,7,9,1,4,6,3,5,8,2,7,9 mod 11 (10 → 1).
 */
export function roCnpValid(digits: string): boolean {
  if (!/^[1-9]\d{12}$/.test(digits) || oneDigitRepeated(digits)) return false;
  const s = digits.charCodeAt(0) - 48;
  const century = s <= 2 ? 1900 : s <= 4 ? 1800 : s <= 6 ? 2000 : 1900;
  if (!realDate(century + Number(digits.slice(1, 3)), Number(digits.slice(3, 5)), Number(digits.slice(5, 7)))) return false;
  const county = Number(digits.slice(7, 9));
  if (county < 1 || (county > 52 && county !== 70)) return false;
  const r = weightedSum(digits, [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]) % 11;
  return (r === 10 ? 1 : r) === digits.charCodeAt(12) - 48;
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

/**
 * A documentation stand-in, not a credential: most of the token is one masking character repeated
 * ("sk_test_XXXXXXXXXXXXXXXXXXXXXXXX", "ghp_****************", "xoxb-xxxxxxxxxx"). An issued token
 * never holds a run of eight of them.
 */
export function standInSecret(match: string): boolean {
  const runs = match.match(/([xX*#•])\1{7,}/g);
  if (runs === null) return false;
  const masked = runs.reduce((n, r) => n + r.length, 0);
  return masked * 2 >= match.replace(/^[^_:=-]{0,12}[_:=-]/, '').length;
}

export function runValidator(
  name: ValidatorName, match: string, minEntropy: number, text: string, at: number,
): number {
  const onDigits = DIGIT_CHECKS[name];
  if (onDigits !== undefined) return onDigits(match.replace(/\D/g, '')) ? match.length : -1;
  const onText = TEXT_CHECKS[name];
  if (onText !== undefined) return onText(match) ? match.length : -1;
  switch (name) {
    case 'luhn': {
      const d = match.replace(/\D/g, '');
      return d.length >= 12 && d.length <= 19 && luhnValid(d) ? match.length : -1;
    }
    case 'card': {
      // The pattern reads digit groups greedily: an expiry written after the number with a space
      // ("4425081268726881 11/26") lends its month to the match. Then, and only then, the number
      // is read without that last group (dropping groups freely would find a 12-digit Maestro
      // prefix passing Luhn in one long reference number out of ten).
      const card = (m: string): number => (cardValid(m) && !isSampleTestCard(m.replace(/\D/g, ''), text, at, m.length) && !isLabelledReference(text, at, m.length) ? m.length : -1);
      const whole = card(match);
      if (whole >= 0 || text.charCodeAt(at + match.length) !== 47 /* "/" */) return whole;
      const month = /[ .-]\d{1,2}$/.exec(match);
      return month === null ? -1 : card(match.slice(0, month.index));
    }
    case 'mod97':
      return ibanPrefix(match, text, at);
    case 'iban-format':
      // The country's IBAN length, check digits not read: for an IBAN given as an account.
      return ibanPrefix(match, text, at, false);
    case 'ssn': {
      const d = match.replace(/\D/g, '');
      if (d.length !== 9) return -1;
      return ssnValid(d.slice(0, 3), d.slice(3, 5), d.slice(5)) ? match.length : -1;
    }
    case 'entropy': {
      // Hex draws from 16 symbols, so a random hex token scores lower than a base-62 one of the same
      // length (32 random hex characters average about 3.6 bits, often under 3.5): its bar is 3.0.
      const bar = match.length >= 24 && /^[0-9a-f]+$/i.test(match) ? Math.min(minEntropy, 3.0) : minEntropy;
      return shannonEntropy(match) >= bar ? match.length : -1;
    }
    case 'not-example-secret':
      return /example|xxxx|\*{3}|<|your[_-]?|placeholder|redacted|changeme|dummy/i.test(match) ? -1 : match.length;
    default:
      return -1;
  }
}
