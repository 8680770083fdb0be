/**
 * The book's file formats → Account[] (DESIGN §5 Accounts CSV, or JSON; docs/accounts-import.md).
 * Pure apart from parsing text: no I/O. Every row is checked; the result is either every account
 * (with a report of what became of every column) or every error with its line number (CSV: the
 * physical line the record starts on; JSON: the item's 1-based position).
 *
 * Books come as CRMs export them: booleans as true/false, yes/no, y/n, 1/0, TRUE or empty; a
 * `named_opportunity` that is a boolean or the opportunity's name (false is never "open"); more
 * domains in `domains` (`|`, `;` or `,`-separated, or a JSON array); the export's own column names
 * mapped by a mapping file or a preset (mapping.ts). A column that is none of ours is kept as a
 * custom field and REPORTED — never dropped silently, and sensitive only when the policy or the
 * mapping says so (a name that looks sensitive is reported as a suspect).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import type { Account } from '../detect/types.js';
import { cleanHost } from '../detect/recipient-domain.js';
import { normalizeColumn, presetsForHeader, PRESETS, TARGET_FIELDS, type ColumnMapping, type ColumnTarget, type TargetField } from './mapping.js';
import { SLACK_USER_RE } from '../lib/slack-ids.js';

export const ACCOUNT_CSV_HEADER = [
  'id', 'name', 'domain', 'aliases', 'value_usd', 'segment', 'strategic', 'named_opportunity',
  'owner_slack_id', 'owner_email', 'do_not_contact', 'contract_value', 'discount_pct', 'renewal_date',
  'deal_risk_notes', 'private_notes', 'facts',
] as const;

/** The sensitive fields every book has; a policy may mark more (custom columns). */
export const BUILTIN_SENSITIVE = ['contract_value', 'discount_pct', 'renewal_date', 'deal_risk_notes', 'private_notes'] as const;

export interface RowError {
  line: number;
  id: string | null;
  reason: string;
}
/** What became of every column of the file (a column of a JSON item: its key). */
export interface ColumnReport {
  /** Columns read into the book's fields: `{column, field}`, in file order. */
  mapped: Array<{ column: string; field: string }>;
  /** Columns that are none of ours, kept as custom fields (the agent may be scoped to read them). */
  custom: string[];
  /** Columns kept as custom fields and treated as sensitive (policy `sensitive_fields` or mapping `sensitive`). */
  sensitive: string[];
  /** Columns the mapping drops on purpose (`ignore`). */
  ignored: string[];
  /** Custom columns whose names suggest CRM-private data: add them to `sensitive_fields` or map them. */
  suspect: string[];
  /**
   * The preset the file was read with because its header was recognized (no mapping given and
   * the header lacks our required columns): `{ name, description }`.
   */
  preset?: { name: string; description: string; alike?: string[] } | undefined;
}
export type ParseResult = { ok: true; accounts: Account[]; columns: ColumnReport } | { ok: false; errors: RowError[] };

export interface ParseOptions {
  /** Custom columns the policy marks sensitive (policy `sensitive_fields`). */
  sensitiveFields?: string[] | undefined;
  /** The export's column names → ours (`--map`, `--preset`). */
  mapping?: ColumnMapping | null | undefined;
}

/** What "open opportunity" is recorded as when the export says only yes/true. */
export const UNNAMED_OPPORTUNITY = '(name not given)';

// Also the words of exports written in another language: ja/nein, oui/non, sí/no, sim/não, tak/nie.
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '1.0', 't', 'on', 'x', 'checked', '✓', '✔', 'ja', 'j', 'wahr', 'oui', 'vrai', 'sí', 'si', 'sim', 'verdadero', 'verdadeiro', 'tak', 'waar', 'vero']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '0.0', 'f', 'off', 'unchecked', '', 'nein', 'falsch', 'non', 'faux', 'não', 'nao', 'falso', 'nie', 'nee', 'onwaar']);
const NO_OPPORTUNITY = new Set([...FALSE_WORDS, 'none', 'n/a', 'na', '-', '—', 'null', 'nil']);

/** A CRM boolean: true/false, yes/no, y/n, 1/0 in any case, empty = false; null when it is none of those. */
export function parseCrmBoolean(v: unknown): boolean | null {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : null;
  const s = String(v).trim().toLowerCase();
  if (TRUE_WORDS.has(s)) return true;
  if (FALSE_WORDS.has(s)) return false;
  return null;
}

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/i;

const boolish = z
  .union([z.boolean(), z.string(), z.number(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const b = parseCrmBoolean(v);
    if (b !== null) return b;
    ctx.addIssue({ code: 'custom', message: `expected a boolean (true/false, yes/no, y/n, 1/0 or empty), got "${String(v)}"` });
    return z.NEVER;
  });

/**
 * Do-not-contact as contact-preference fields write it: Dynamics' "Do not allow Emails" holds
 * `Do Not Allow` / `Allow`; opt-out fields hold `Opted Out` / `Opted In`. Any other word as
 * `boolish` reads it (an unreadable flag is an error, never a guess).
 */
const CONTACT_BLOCKED = new Set(['do not allow', "don't allow", 'not allowed', 'opted out', 'opt out', 'opted-out', 'unsubscribed', 'blocked']);
const CONTACT_ALLOWED = new Set(['allow', 'allowed', 'opted in', 'opt in', 'opted-in', 'subscribed']);
function parseContactFlag(v: unknown): boolean | null {
  const word = typeof v === 'string' ? v.trim().toLowerCase().replace(/\s+/g, ' ') : null;
  if (word !== null && CONTACT_BLOCKED.has(word)) return true;
  if (word !== null && CONTACT_ALLOWED.has(word)) return false;
  return parseCrmBoolean(v);
}
const contactFlag = z
  .union([z.boolean(), z.string(), z.number(), z.null()])
  .optional()
  .transform((v, ctx) => {
    const b = parseContactFlag(v);
    if (b !== null) return b;
    ctx.addIssue({ code: 'custom', message: `expected a boolean (true/false, yes/no, y/n, 1/0, Do Not Allow/Allow, Opted Out/Opted In, or empty), got "${String(v)}"` });
    return z.NEVER;
  });

/** A boolean or the opportunity's name: false/no/0/empty/none → no opportunity; true/yes/1 → open, name not given. */
const opportunity = z
  .union([z.boolean(), z.string(), z.number(), z.null()])
  .optional()
  .transform((v) => {
    if (v === undefined || v === null || v === false || v === 0) return null;
    if (v === true || v === 1) return UNNAMED_OPPORTUNITY;
    const s = String(v).trim();
    if (NO_OPPORTUNITY.has(s.toLowerCase())) return null;
    if (TRUE_WORDS.has(s.toLowerCase())) return UNNAMED_OPPORTUNITY;
    return s;
  });

/** Hostnames from `a.com|b.com`, `a.com; b.com`, `https://www.a.com/`, or a JSON array. */
const domainList = z
  .union([z.array(z.string()), z.string(), z.null()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === null) return [];
    const parts = (Array.isArray(v) ? v : v.split(/[|;,\s]+/)).map((x) => cleanHost(x)).filter(Boolean);
    const bad = parts.filter((d) => !DOMAIN_RE.test(d));
    if (bad.length) {
      ctx.addIssue({ code: 'custom', message: `not a hostname like acme.com: ${bad.map((b) => `"${b}"`).join(', ')}` });
      return z.NEVER;
    }
    return [...new Set(parts)];
  });

/**
 * The digits of an amount as a locale wrote them, in JavaScript's form: "48,000.50" (English),
 * "48.000,50" and "48 000,50" (most of Europe: a comma before the last one or two digits is the
 * decimal mark), "48'000.50" (Swiss), "1.250.000" and "47.300" (dots between groups of three:
 * thousands; money is not written to three decimals). Anything else is left for Number() to refuse.
 */
function amountDigits(t: string): string {
  const s = t.replace(/[\s\u00a0\u202f']/g, '');
  if (/^\d{1,3}(?:\.\d{3})*,\d{1,2}$/.test(s) || /^\d+,\d{1,2}$/.test(s)) return s.replace(/\./g, '').replace(',', '.');
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return s.replace(/\./g, '');
  return s.replace(/,/g, '');
}

/**
 * "$48,000", "48000", "48000.50", "USD 48,000", "48k", "1.2M", "48.000,00 €", "EUR 48 000", 48000 →
 * a number; rejects words. A currency sign or code ($, €, £, USD, EUR, GBP) is dropped: the amount
 * is read as written, not converted.
 */
const money = (what: string) =>
  z
    .union([z.number(), z.string()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      let n: number;
      if (typeof v === 'number') n = v;
      else {
        const t = v.replace(/^\s*(?:usd|us\$|eur|gbp|\$|€|£)\s*/i, '').replace(/\s*(?:usd|eur|gbp|€|£|\$)\s*$/i, '').trim();
        const scaled = /^(\d+(?:[.,]\d+)?)\s*([km])$/i.exec(t);
        n = scaled ? Number(scaled[1]!.replace(',', '.')) * (scaled[2]!.toLowerCase() === 'k' ? 1e3 : 1e6) : t === '' ? NaN : Number(amountDigits(t));
      }
      if (!Number.isFinite(n) || n < 0) {
        ctx.addIssue({ code: 'custom', message: `${what} must be a non-negative number, got "${v}"` });
        return z.NEVER;
      }
      return n;
    });

const isoDate = z
  .union([z.string(), z.date()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim();
    // ISO, with or without a time ("2027-03-31T00:00:00Z" from an API export: the day as written);
    // day first with dots ("31.03.2027", Germany to Russia) or with a day past 12 ("31/03/2027").
    // Other forms ("03/31/2027", "Mar 31 2027") as JavaScript reads them: month first.
    const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    const slashed = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
    const dayFirst = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s) ?? (slashed !== null && Number(slashed[1]) > 12 ? slashed : null);
    const m = iso ? [iso[1], iso[2], iso[3]] : dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : null;
    const d = m ? new Date(Date.UTC(Number(m[0]), Number(m[1]) - 1, Number(m[2]))) : new Date(`${s} UTC`);
    if (Number.isNaN(d.getTime()) || (m && (d.getUTCDate() !== Number(m[2]) || d.getUTCMonth() !== Number(m[1]) - 1))) {
      ctx.addIssue({ code: 'custom', message: `renewal_date must be a date (YYYY-MM-DD, DD.MM.YYYY or an ISO timestamp), got "${s}"` });
      return z.NEVER;
    }
    return d.toISOString().slice(0, 10);
  });

const list = z
  .union([z.array(z.string()), z.string()])
  .optional()
  .transform((v) => (v === undefined ? [] : (Array.isArray(v) ? v : v.split('|')).map((x) => x.trim()).filter(Boolean)));

const optText = z
  .union([z.string(), z.number()])
  .optional()
  .nullable()
  .transform((v) => (v === undefined || v === null || String(v).trim() === '' ? null : String(v).trim()));

export const AccountRow = z.object({
  id: z.union([z.string(), z.number()]).transform((v) => String(v).trim()).pipe(z.string().min(1, 'id is required').max(200)),
  name: z.string().trim().min(1, 'name is required').max(300),
  domain: domainList,
  domains: domainList,
  aliases: list,
  value_usd: money('value_usd').transform((v) => v ?? 0),
  segment: optText.transform((v) => v ?? ''),
  strategic: boolish,
  named_opportunity: opportunity,
  owner_slack_id: optText.refine((v) => v === null || SLACK_USER_RE.test(v), 'owner_slack_id must be a Slack user id like U012ABCDEF'),
  owner_email: optText.refine((v) => v === null || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), 'owner_email must be an email address'),
  do_not_contact: contactFlag,
  contract_value: money('contract_value'),
  discount_pct: z
    .union([z.number(), z.string()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      // "22%", "22 percent", "12,5 %" (a decimal comma).
      const n = typeof v === 'number' ? v : Number(v.replace(/%|percent/gi, '').trim().replace(/^(\d+),(\d+)$/, '$1.$2'));
      if (!Number.isFinite(n) || n < 0 || n > 100) {
        ctx.addIssue({ code: 'custom', message: `discount_pct must be a number from 0 to 100, got "${v}"` });
        return z.NEVER;
      }
      return n;
    }),
  renewal_date: isoDate,
  deal_risk_notes: optText,
  private_notes: optText,
  facts: list,
}).transform((r, ctx) => {
  // The first domain is THE domain; every other one (from either column) is one of `domains`.
  const all = [...new Set([...r.domain, ...r.domains])];
  if (all.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['domain'], message: 'domain is required (a hostname like acme.com)' });
    return z.NEVER;
  }
  return { ...r, domain: all[0] as string, domains: all.slice(1) };
});
export type AccountRow = z.input<typeof AccountRow>;

/** Column-name words that suggest CRM-private data (a suspect custom column, reported). */
const SUSPECT = /\b(revenue|amount|arr|mrr|acv|tcv|price|pricing|contract|discount|renewal|risk|notes?|private|confidential|internal|budget|margin|spend|churn|health)\b/i;

const LIST_FIELDS = new Set<TargetField>(['domain', 'domains', 'aliases', 'facts']);
const BOOL_FIELDS = new Set<TargetField>(['strategic', 'do_not_contact']);
const BY_NORMALIZED = new Map<string, TargetField>(TARGET_FIELDS.map((f) => [normalizeColumn(f), f]));

interface Plan {
  column: string;
  target: ColumnTarget;
}

/** Where each column goes: the mapping first, then our own names (any case, `_` or space), else custom. */
function planColumns(columns: string[], opts: ParseOptions): Plan[] {
  const sensitive = new Set((opts.sensitiveFields ?? []).map(normalizeColumn));
  return columns.map((column) => {
    const key = normalizeColumn(column);
    const mapped = opts.mapping?.columns.get(key);
    if (mapped !== undefined) return { column, target: mapped === 'custom' && sensitive.has(key) ? 'sensitive' : mapped };
    const own = BY_NORMALIZED.get(key);
    if (own !== undefined) return { column, target: own };
    return { column, target: sensitive.has(key) ? 'sensitive' : 'custom' };
  });
}

function reportColumns(plans: Plan[]): ColumnReport {
  const r: ColumnReport = { mapped: [], custom: [], sensitive: [], ignored: [], suspect: [] };
  for (const { column, target } of plans) {
    if (target === 'ignore') r.ignored.push(column);
    else if (target === 'sensitive') r.sensitive.push(column);
    else if (target === 'custom') {
      r.custom.push(column);
      if (SUSPECT.test(column.replace(/[_-]+/g, ' '))) r.suspect.push(column);
    } else r.mapped.push({ column, field: target });
  }
  return r;
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * One row of the file → the record AccountRow checks. Several columns onto one field: lists join,
 * booleans OR (each must be a boolean), other fields take the first non-empty. `owner` becomes
 * owner_email (an address), owner_slack_id (a Slack id) or the custom field owner_name.
 */
function canonicalRow(raw: Record<string, unknown>, plans: Plan[]): { rec: Record<string, unknown>; custom: Record<string, unknown>; sensitive: Set<string> } {
  const rec: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  const sensitive = new Set<string>();
  const lists = new Map<string, string[]>();
  for (const { column, target } of plans) {
    const v = raw[column];
    if (target === 'ignore') continue;
    if (target === 'custom' || target === 'sensitive') {
      if (blank(v)) continue;
      custom[column.trim()] = v;
      if (target === 'sensitive') sensitive.add(column.trim());
      continue;
    }
    if (blank(v)) continue;
    if (LIST_FIELDS.has(target)) {
      // Text keeps its own separators: any of `| ; ,` or space for domains, `|` for aliases and facts.
      const list = lists.get(target) ?? [];
      if (Array.isArray(v)) list.push(...v.map((x) => String(x)));
      else list.push(...String(v).split(target === 'domain' || target === 'domains' ? /[|;,\s]+/ : '|'));
      lists.set(target, list);
      continue;
    }
    if (BOOL_FIELDS.has(target)) {
      const b = target === 'do_not_contact' ? parseContactFlag(v) : parseCrmBoolean(v);
      // A value that is no boolean is passed on as is: AccountRow reports it with the others.
      if (b === null) rec[target] = v;
      else if (typeof rec[target] !== 'string') rec[target] = rec[target] === true || b;
      continue;
    }
    if (target === 'owner') {
      const s = String(v).trim();
      const field = /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(s) ? 'owner_email' : SLACK_USER_RE.test(s) ? 'owner_slack_id' : null;
      if (field === null) custom.owner_name ??= s;
      else rec[field] ??= s;
      continue;
    }
    if (rec[target] === undefined) rec[target] = v;
  }
  for (const [field, values] of lists) rec[field] = values;
  return { rec, custom, sensitive };
}

function toAccount(raw: Record<string, unknown>, plans: Plan[]): { ok: true; account: Account } | { ok: false; reason: string } {
  const row = canonicalRow(raw, plans);
  const res = AccountRow.safeParse(row.rec);
  if (!res.success) {
    return { ok: false, reason: res.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ') };
  }
  const r = res.data;
  const sensitive: Record<string, string> = {};
  const put = (k: string, v: unknown) => {
    if (v !== undefined && v !== null && String(v) !== '') sensitive[k] = String(v);
  };
  put('contract_value', r.contract_value);
  put('discount_pct', r.discount_pct);
  put('renewal_date', r.renewal_date);
  put('deal_risk_notes', r.deal_risk_notes);
  put('private_notes', r.private_notes);
  const custom: Record<string, string> = {};
  for (const [k, v] of Object.entries(row.custom)) {
    if (typeof v === 'object') return { ok: false, reason: `${k}: custom fields must be text or numbers` };
    if (row.sensitive.has(k)) sensitive[k] = String(v).trim();
    else custom[k] = String(v).trim();
  }
  return {
    ok: true,
    account: {
      id: r.id,
      name: r.name,
      domain: r.domain,
      domains: r.domains,
      aliases: r.aliases,
      valueUsd: r.value_usd,
      segment: r.segment,
      strategic: r.strategic,
      namedOpportunity: r.named_opportunity,
      ownerSlackId: r.owner_slack_id,
      ownerEmail: r.owner_email,
      doNotContact: r.do_not_contact,
      sensitive,
      facts: r.facts,
      custom,
    },
  };
}

function collect(items: Array<{ line: number; raw: Record<string, unknown> }>, planOf: (raw: Record<string, unknown>) => Plan[]): { accounts: Account[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const accounts: Account[] = [];
  const seen = new Map<string, number>();
  for (const { line, raw } of items) {
    const plans = planOf(raw);
    const idCol = plans.find((p) => p.target === 'id')?.column;
    const rawId = idCol === undefined ? undefined : raw[idCol];
    const id = rawId === undefined || rawId === null ? null : String(rawId).trim() || null;
    const res = toAccount(raw, plans);
    if (!res.ok) {
      errors.push({ line, id, reason: res.reason });
      continue;
    }
    const prev = seen.get(res.account.id);
    if (prev !== undefined) {
      errors.push({ line, id, reason: `duplicate id "${res.account.id}" (first on line ${prev})` });
      continue;
    }
    seen.set(res.account.id, line);
    accounts.push(res.account);
  }
  return { accounts, errors };
}

/**
 * A header without our required columns, read as a CRM's export when one preset reads it best
 * (with no mapping given): the options to parse it with and the preset, or what to tell the owner.
 */
function recognize(columns: string[], opts: ParseOptions): { opts: ParseOptions; preset?: ColumnReport['preset']; hint: string } {
  const none = { opts, hint: `; map your column names with --map FILE, or read a CRM's export with --preset (${PRESETS.join(', ')}; docs/accounts-import.md)` };
  if (opts.mapping != null || missingRequired(planColumns(columns, opts)).length === 0) return none;
  const found = presetsForHeader(columns, (mapping) => missingRequired(planColumns(columns, { ...opts, mapping })).length === 0);
  const best = found[0];
  if (best === undefined) return none;
  const tied = found.filter((f) => f.named === best.named);
  // Presets that read every column alike ("id,name,website") are one reading, whichever is named.
  const reading = (mapping: ColumnMapping): string => planColumns(columns, { ...opts, mapping }).map((p) => p.target).join('\n');
  if (tied.some((f) => reading(f.mapping) !== reading(best.mapping))) {
    return { opts, hint: `; it reads as a ${tied.map((f) => f.name).join(' or a ')} export: choose with --preset (or --map FILE)` };
  }
  const preset = { name: best.name, description: best.mapping.description ?? best.name, ...(tied.length > 1 ? { alike: tied.map((f) => f.name) } : {}) };
  return { opts: { ...opts, mapping: best.mapping }, preset, hint: '' };
}

function missingRequired(plans: Plan[]): string[] {
  const has = (f: string) => plans.some((p) => p.target === f);
  return [has('id') ? null : 'id', has('name') ? null : 'name', has('domain') || has('domains') ? null : 'domain'].filter((x): x is string => x !== null);
}

/** The export's delimiter from its header line: `,` unless the header has none but `;` or a tab. */
function sniffDelimiter(text: string): string {
  const first = (text.split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  if (first.includes(',')) return ',';
  const semi = first.split(';').length;
  const tab = first.split('\t').length;
  return tab > semi ? '\t' : semi > 1 ? ';' : ',';
}

export function parseAccountsCsv(text: string, opts: ParseOptions = {}): ParseResult {
  const body = text.replace(/^\uFEFF/, '');
  let records: Array<{ record: Record<string, string>; info: { lines: number; raw?: string } }>;
  let header: string[] = [];
  try {
    records = parseCsv(body, {
      // Excel in many locales writes `;`; some CRMs export tab-separated files.
      delimiter: sniffDelimiter(body),
      columns: (h: string[]) => {
        header = h.map((c) => c.trim());
        return header;
      },
      info: true,
      raw: true,
      skip_empty_lines: true,
      relax_column_count: false,
      trim: false,
    }) as typeof records;
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return { ok: false, errors: [{ line: err.lines ?? 1, id: null, reason: `malformed CSV: ${err.message}` }] };
  }
  const dup = header.find((c, i) => header.indexOf(c) !== i);
  if (dup) return { ok: false, errors: [{ line: 1, id: null, reason: `header names column "${dup}" twice` }] };
  const read = recognize(header, opts);
  const plans = planColumns(header, read.opts);
  const missing = missingRequired(plans);
  if (missing.length) {
    return { ok: false, errors: [{ line: 1, id: null, reason: `header is missing required column(s): ${missing.join(', ')} (expected ${ACCOUNT_CSV_HEADER.join(',')})${read.hint}` }] };
  }
  const items = records.map(({ record, info }) => {
    // info.lines is the line the record ends on; a quoted field may span several lines.
    const span = (info.raw ?? '').replace(/\r?\n$/, '').split('\n').length - 1;
    return { line: info.lines - span, raw: record as Record<string, unknown> };
  });
  const { accounts, errors } = collect(items, () => plans);
  return errors.length ? { ok: false, errors } : { ok: true, accounts, columns: { ...reportColumns(plans), ...(read.preset ? { preset: read.preset } : {}) } };
}

export function parseAccountsJson(text: string, opts: ParseOptions = {}): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ line: 1, id: null, reason: `malformed JSON: ${(e as Error).message}` }] };
  }
  const arr = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { accounts?: unknown }).accounts) ? (data as { accounts: unknown[] }).accounts : null;
  if (!arr) return { ok: false, errors: [{ line: 1, id: null, reason: 'expected a JSON array of accounts or {"accounts": [...]}' }] };
  const items = arr.map((raw, i) =>
    raw && typeof raw === 'object' && !Array.isArray(raw) ? { line: i + 1, raw: raw as Record<string, unknown> } : { line: i + 1, raw: { id: null, __bad: true } as Record<string, unknown> },
  );
  // Items may differ in their keys: plan each distinct key once, report the union; the union is
  // what a CRM's preset is recognized by.
  const keys = new Set<string>();
  for (const { raw } of items) for (const k of Object.keys(raw)) if (k !== '__bad') keys.add(k);
  const read = recognize([...keys], opts);
  const planned = new Map<string, Plan>();
  const planOf = (raw: Record<string, unknown>): Plan[] =>
    Object.keys(raw).map((k) => {
      let p = planned.get(k);
      if (p === undefined) {
        p = planColumns([k], read.opts)[0] as Plan;
        planned.set(k, p);
      }
      return p;
    });
  const { accounts, errors } = collect(items, planOf);
  if (errors.length === 0 && arr.length > 0 && missingRequired([...planned.values()]).length > 0) {
    return { ok: false, errors: [{ line: 1, id: null, reason: `items lack required field(s): ${missingRequired([...planned.values()]).join(', ')}${read.hint}` }] };
  }
  return errors.length ? { ok: false, errors } : { ok: true, accounts, columns: { ...reportColumns([...planned.values()]), ...(read.preset ? { preset: read.preset } : {}) } };
}

/** Pick the parser by file name or content type. */
export function parseAccounts(text: string, format: 'csv' | 'json', opts: ParseOptions = {}): ParseResult {
  return format === 'json' ? parseAccountsJson(text, opts) : parseAccountsCsv(text, opts);
}

/** One line per kind of column for a person reading the import's output; empty when all are ours. */
export function describeColumns(c: ColumnReport): string[] {
  const out: string[] = [];
  if (c.preset) {
    const how = c.preset.alike ? `with preset ${c.preset.name} (presets ${c.preset.alike.join(', ')} read its columns alike)` : `as a ${c.preset.description} (preset ${c.preset.name})`;
    out.push(`read ${how}, recognized from its header; choose another reading with --preset or --map`);
  }
  if (c.custom.length) out.push(`kept as custom fields (not sensitive; the agent may be scoped to read them): ${c.custom.join(', ')}`);
  if (c.suspect.length) out.push(`these custom columns look like private CRM data; add them to the policy's sensitive_fields or map them: ${c.suspect.join(', ')}`);
  if (c.sensitive.length) out.push(`kept as sensitive custom fields: ${c.sensitive.join(', ')}`);
  if (c.ignored.length) out.push(`ignored by the mapping: ${c.ignored.join(', ')}`);
  return out;
}
