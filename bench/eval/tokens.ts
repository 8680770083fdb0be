/**
 * Shapes of secrets and personal data for the evaluation set: random bodies of the right
 * alphabet and length per provider, card numbers that pass (or deliberately fail) Luhn, SSNs
 * inside (or outside) the SSA rules, IBANs with correct (or broken) mod-97 check digits.
 * Written from the providers' public formats, not from any detector's regexes.
 */
import { ALNUM, B64, B64URL, DIGITS, HEX, LOWER, Rng, UPPER } from './rng.js';

// ------------------------------------------------------------------ Luhn and cards

export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(num: string): boolean {
  const d = num.replace(/\D/g, '');
  return d.length > 1 && luhnCheckDigit(d.slice(0, -1)) === Number(d[d.length - 1]);
}

export interface CardNetwork {
  name: string;
  prefixes: readonly string[];
  lengths: readonly number[];
}

export const CARD_NETWORKS: readonly CardNetwork[] = [
  { name: 'Visa', prefixes: ['4'], lengths: [16, 16, 16, 13, 19] },
  { name: 'Mastercard', prefixes: ['51', '52', '53', '54', '55', '2221', '2300', '2500', '2720'], lengths: [16] },
  { name: 'American Express', prefixes: ['34', '37'], lengths: [15] },
  { name: 'Discover', prefixes: ['6011', '65', '644', '649'], lengths: [16, 19] },
  { name: 'JCB', prefixes: ['3528', '3530', '3566', '3589'], lengths: [16] },
  { name: 'Maestro', prefixes: ['5018', '5020', '5038', '6304', '6759', '6761'], lengths: [16, 18, 19] },
  { name: 'UnionPay', prefixes: ['62', '6212', '6282'], lengths: [16, 17, 18, 19] },
  { name: 'Diners Club', prefixes: ['36', '300', '305'], lengths: [14] },
];

/** Digits of a card number; `valid` false gives one whose Luhn check fails. */
export function cardDigits(r: Rng, net: CardNetwork, valid = true): string {
  const prefix = r.pick(net.prefixes);
  const len = r.pick(net.lengths);
  const payload = prefix + r.digits(len - prefix.length - 1);
  const check = luhnCheckDigit(payload);
  return payload + String(valid ? check : (check + 1 + r.int(9)) % 10);
}

/** How people write a card number: groups of four with spaces or dashes, Amex 4-6-5, or solid. */
export function formatCard(r: Rng, digits: string): string {
  const style = r.weighted([[4, 'space'], [3, 'dash'], [2, 'solid'], [1, 'dot']] as const);
  if (style === 'solid') return digits;
  const sep = style === 'space' ? ' ' : style === 'dash' ? '-' : '.';
  let groups: string[];
  if (digits.length === 15) groups = [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)];
  else if (digits.length === 14) groups = [digits.slice(0, 4), digits.slice(4, 10), digits.slice(10)];
  else groups = digits.match(/.{1,4}/g) ?? [digits];
  return groups.join(sep);
}

// ------------------------------------------------------------------ SSN

/** A US SSN inside the SSA rules (area 001-899 except 666, group 01-99, serial 0001-9999). */
export function ssnParts(r: Rng, valid = true): [string, string, string] {
  if (!valid) {
    const bad = r.pick(['000', '666', '9', 'g', 's'] as const);
    if (bad === '000' || bad === '666') return [bad, pad(r.range(1, 99), 2), pad(r.range(1, 9999), 4)];
    if (bad === '9') return [String(r.range(900, 999)), pad(r.range(1, 99), 2), pad(r.range(1, 9999), 4)];
    if (bad === 'g') return [pad(r.range(1, 665), 3), '00', pad(r.range(1, 9999), 4)];
    return [pad(r.range(1, 665), 3), pad(r.range(1, 99), 2), '0000'];
  }
  let area = r.range(1, 899);
  if (area === 666) area = 667;
  return [pad(area, 3), pad(r.range(1, 99), 2), pad(r.range(1, 9999), 4)];
}

export function formatSsn(r: Rng, p: [string, string, string]): string {
  const sep = r.weighted([[5, '-'], [2, ' '], [1, '.'], [2, '']] as const);
  return p.join(sep);
}

function pad(n: number, w: number): string {
  return String(n).padStart(w, '0');
}

// ------------------------------------------------------------------ IBAN

const IBAN_BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.digits(18),
  GB: (r) => r.chars(UPPER, 4) + r.digits(14),
  NL: (r) => r.chars(UPPER, 4) + r.digits(10),
  FR: (r) => r.digits(23),
  ES: (r) => r.digits(20),
  CH: (r) => r.digits(17),
  BE: (r) => r.digits(12),
  IE: (r) => r.chars(UPPER, 4) + r.digits(14),
  IT: (r) => r.chars(UPPER, 1) + r.digits(22),
  AT: (r) => r.digits(16),
};

function mod97(s: string): number {
  let rem = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rem = (rem * 10 + Number(d)) % 97;
  }
  return rem;
}

export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s/g, '').toUpperCase();
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

export function iban(r: Rng, valid = true): string {
  const cc = r.pick(Object.keys(IBAN_BBAN));
  const bban = (IBAN_BBAN[cc] as (r: Rng) => string)(r);
  const check = 98 - mod97(`${bban}${cc}00`);
  // Check digits run 02..98; a broken one is shifted by 1..95 (mod 97) so it never equals the right one.
  const cd = valid ? check : 2 + ((check - 2 + 1 + r.int(95)) % 97);
  const raw = `${cc}${pad(cd, 2)}${bban}`;
  return r.chance(0.6) ? (raw.match(/.{1,4}/g) ?? [raw]).join(' ') : raw;
}

// ------------------------------------------------------------------ secrets

export interface SecretShape {
  /** Provider, for the miss report. */
  provider: string;
  /** The credential as it would be pasted. */
  text: string;
  /** True when the credential is itself an http(s) URL to a host outside the allowlist. */
  isLink?: boolean;
}

const guid = (r: Rng): string =>
  `${r.chars(HEX, 8)}-${r.chars(HEX, 4)}-4${r.chars(HEX, 3)}-${r.pick(['8', '9', 'a', 'b'])}${r.chars(HEX, 3)}-${r.chars(HEX, 12)}`;

const b64url = (s: string): string => Buffer.from(s).toString('base64url');

const PASSWORDS = [
  'Winter2024!', 'Spring#2025', 'P@ssw0rd123', 'Relay!Lane42', 'Qwerty!2026', 'Summer2025$', 'hunter2hunter2',
  'Tr0ub4dor&3', 'Welcome1!', 'Acme#Admin9', 'ch4ngeMe!', 'Sales2026!!', 'Dashboard#77', 'N0rthw1nd!',
];
const USERS = ['jdoe', 'admin', 'svc_reporting', 'sam.ortiz', 'demo_user', 'api-bot', 'rmorales', 'trial-admin', 'root', 'kchen'];

export function randomPassword(r: Rng): string {
  return r.chance(0.5) ? r.pick(PASSWORDS) : `${r.pick(['Blue', 'Tiger', 'Maple', 'Orbit', 'Falcon'])}${r.range(10, 99)}${r.pick(['!', '#', '$', '%', '&'])}${r.chars(LOWER, 3)}`;
}

export const SECRET_MAKERS: ReadonlyArray<(r: Rng) => SecretShape> = [
  (r) => ({ provider: 'aws access key id', text: `AKIA${r.chars(UPPER + '234567', 16)}` }),
  (r) => ({ provider: 'aws key pair', text: `aws_access_key_id = ${r.pick(['AKIA', 'ASIA'])}${r.chars(UPPER + '234567', 16)}\naws_secret_access_key = ${r.chars(ALNUM + '/+', 40)}` }),
  (r) => ({ provider: 'aws secret key', text: `AWS_SECRET_ACCESS_KEY=${r.chars(ALNUM + '/+', 40)}` }),
  (r) => ({ provider: 'github pat', text: `ghp_${r.chars(ALNUM, 36)}` }),
  (r) => ({ provider: 'github oauth', text: `${r.pick(['gho_', 'ghu_', 'ghs_', 'ghr_'])}${r.chars(ALNUM, 36)}` }),
  (r) => ({ provider: 'github fine-grained pat', text: `github_pat_${r.chars(ALNUM, 22)}_${r.chars(ALNUM, 59)}` }),
  (r) => ({ provider: 'gitlab pat', text: `glpat-${r.chars(ALNUM + '-_', 20)}` }),
  (r) => ({ provider: 'slack bot token', text: `xoxb-${r.digits(11)}-${r.digits(13)}-${r.chars(ALNUM, 24)}` }),
  (r) => ({ provider: 'slack user token', text: `xoxp-${r.digits(11)}-${r.digits(11)}-${r.digits(13)}-${r.chars(HEX, 32)}` }),
  (r) => ({ provider: 'slack app token', text: `xapp-1-A${r.chars(UPPER + DIGITS, 10)}-${r.digits(13)}-${r.chars(HEX, 64)}` }),
  (r) => ({
    provider: 'slack webhook',
    text: `https://hooks.slack.com/services/T${r.chars(UPPER + DIGITS, 8)}/B${r.chars(UPPER + DIGITS, 10)}/${r.chars(ALNUM, 24)}`,
    isLink: true,
  }),
  (r) => ({
    provider: 'teams webhook',
    text: `https://${r.pick(['contoso', 'relaylane', 'acmecorp', 'northwind'])}.webhook.office.com/webhookb2/${guid(r)}@${guid(r)}/IncomingWebhook/${r.chars(HEX, 32)}/${guid(r)}`,
    isLink: true,
  }),
  (r) => ({
    provider: 'discord webhook',
    text: `https://${r.pick(['discord.com', 'discordapp.com'])}/api/webhooks/${r.digits(18)}/${r.chars(B64URL, 68)}`,
    isLink: true,
  }),
  (r) => ({ provider: 'stripe secret key', text: `sk_live_${r.chars(ALNUM, r.pick([24, 34, 99]))}` }),
  (r) => ({ provider: 'stripe restricted key', text: `rk_live_${r.chars(ALNUM, r.pick([24, 34, 99]))}` }),
  (r) => ({ provider: 'sendgrid', text: `SG.${r.chars(B64URL, 22)}.${r.chars(B64URL, 43)}` }),
  (r) => ({ provider: 'twilio api key', text: `SK${r.chars(HEX, 32)}` }),
  (r) => ({ provider: 'twilio auth token', text: `TWILIO_AUTH_TOKEN=${r.chars(HEX, 32)}` }),
  (r) => ({ provider: 'openai', text: `sk-${r.chars(ALNUM, 20)}T3BlbkFJ${r.chars(ALNUM, 20)}` }),
  (r) => ({ provider: 'openai project key', text: `sk-proj-${r.chars(B64URL, 48)}${r.chars(ALNUM, 48)}` }),
  (r) => ({ provider: 'anthropic', text: `sk-ant-api03-${r.chars(B64URL, 93)}AA` }),
  (r) => ({ provider: 'google api key', text: `AIza${r.chars(ALNUM + '-_', 35)}` }),
  (r) => ({ provider: 'gcp service account', text: `"private_key_id": "${r.chars(HEX, 40)}", "client_email": "svc-${r.chars(LOWER, 6)}@relay-prod.iam.gserviceaccount.com"` }),
  (r) => ({ provider: 'mailgun', text: `key-${r.chars(HEX, 32)}` }),
  (r) => ({ provider: 'mailchimp', text: `${r.chars(HEX, 32)}-us${r.range(1, 21)}` }),
  (r) => ({ provider: 'npm', text: `npm_${r.chars(ALNUM, 36)}` }),
  (r) => ({ provider: 'pypi', text: `pypi-AgEIcHlwaS5vcmc${r.chars(B64URL, 60)}` }),
  (r) => ({ provider: 'shopify', text: `${r.pick(['shpat_', 'shpca_', 'shppa_', 'shpss_'])}${r.chars(HEX, 32)}` }),
  (r) => ({ provider: 'square', text: `${r.pick(['sq0atp-', 'sq0csp-', 'EAAA'])}${r.chars(B64URL, 43)}` }),
  (r) => ({ provider: 'hubspot private app', text: `pat-${r.pick(['na1', 'eu1'])}-${guid(r)}` }),
  (r) => ({ provider: 'datadog', text: `DD_API_KEY=${r.chars(HEX, 32)}` }),
  (r) => ({ provider: 'heroku', text: `HEROKU_API_KEY=${guid(r)}` }),
  (r) => ({ provider: 'azure storage', text: `DefaultEndpointsProtocol=https;AccountName=relay${r.chars(LOWER, 5)};AccountKey=${r.chars(B64, 86)}==;EndpointSuffix=core.windows.net` }),
  (r) => ({ provider: 'jwt', text: `${b64url(JSON.stringify({ alg: r.pick(['HS256', 'RS256']), typ: 'JWT' }))}.${b64url(JSON.stringify({ sub: r.digits(8), name: 'Sam Ortiz', iat: 1760000000 + r.int(9_000_000) }))}.${r.chars(B64URL, 43)}` }),
  (r) => ({
    provider: 'private key',
    text: `-----BEGIN ${r.pick(['RSA PRIVATE KEY', 'PRIVATE KEY', 'OPENSSH PRIVATE KEY', 'EC PRIVATE KEY'])}-----\n${Array.from({ length: r.range(3, 6) }, () => r.chars(B64, 64)).join('\n')}\n-----END PRIVATE KEY-----`,
  }),
  (r) => ({ provider: 'postgres url', text: `postgres://${r.pick(USERS)}:${r.chars(ALNUM, 14)}@${r.pick(['db.internal.relaylane.io', '10.0.4.17', 'prod-replica.c9xk2.us-east-1.rds.amazonaws.com'])}:5432/${r.pick(['crm', 'prod', 'analytics'])}` }),
  (r) => ({ provider: 'mysql url', text: `mysql://${r.pick(USERS)}:${randomPassword(r).replace(/[#@/]/g, '')}@${r.pick(['mysql.relaylane.internal', '172.16.2.9'])}:3306/${r.pick(['billing', 'leads'])}` }),
  (r) => ({ provider: 'mongodb url', text: `mongodb+srv://${r.pick(USERS)}:${r.chars(ALNUM, 16)}@cluster0.${r.chars(LOWER + DIGITS, 5)}.mongodb.net/${r.pick(['app', 'events'])}?retryWrites=true` }),
  (r) => ({ provider: 'redis url', text: `redis://default:${r.chars(ALNUM, 24)}@${r.pick(['cache.relaylane.io', 'redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com'])}:6379` }),
  (r) => ({ provider: 'atlassian', text: `ATATT3xFfGF0${r.chars(B64URL, 180)}=${r.chars(HEX.toUpperCase(), 8)}` }),
  (r) => ({ provider: 'linear', text: `lin_api_${r.chars(ALNUM, 40)}` }),
  (r) => ({ provider: 'notion', text: `secret_${r.chars(ALNUM, 43)}` }),
  (r) => ({ provider: 'digitalocean', text: `dop_v1_${r.chars(HEX, 64)}` }),
  (r) => ({ provider: 'huggingface', text: `hf_${r.chars(ALNUM, 34)}` }),
  (r) => ({ provider: 'postman', text: `PMAK-${r.chars(HEX, 24)}-${r.chars(HEX, 34)}` }),
  (r) => ({ provider: 'doppler', text: `dp.pt.${r.chars(ALNUM, 43)}` }),
  (r) => ({ provider: 'telegram bot', text: `${r.digits(10)}:AA${r.chars(B64URL, 33)}` }),
  (r) => ({ provider: 'basic auth url', text: `https://${r.pick(USERS)}:${randomPassword(r).replace(/[#@/?]/g, '')}@staging.relaylane.io/admin`, isLink: true }),
];
