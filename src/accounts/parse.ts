/**
 * The book's file formats → Account[] (DESIGN §5 Accounts CSV, or JSON). Pure apart from parsing
 * text: no I/O. Every row is checked; the result is either every account or every error with its
 * line number (CSV: the physical line the record starts on; JSON: the item's 1-based position).
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import type { Account } from '../detect/types.js';

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
export type ParseResult = { ok: true; accounts: Account[] } | { ok: false; errors: RowError[] };

const DOMAIN_RE = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const boolish = z
  .union([z.boolean(), z.string()])
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return false;
    if (typeof v === 'boolean') return v;
    const s = v.trim().toLowerCase();
    if (['true', 'yes', 'y', '1', 't'].includes(s)) return true;
    if (['false', 'no', 'n', '0', 'f'].includes(s)) return false;
    ctx.addIssue({ code: 'custom', message: `expected true/false, got "${v}"` });
    return z.NEVER;
  });

/** "$48,000", "48000", "48000.50", 48000 → "48000" / "48000.5"; rejects words. */
const money = (what: string) =>
  z
    .union([z.number(), z.string()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const n = typeof v === 'number' ? v : Number(v.replace(/^\s*(usd|\$)\s*/i, '').replace(/,/g, '').trim());
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
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : new Date(`${s} UTC`);
    if (Number.isNaN(d.getTime()) || (m && d.getUTCDate() !== Number(m[3]))) {
      ctx.addIssue({ code: 'custom', message: `renewal_date must be a date (YYYY-MM-DD), got "${s}"` });
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
  domain: z
    .string()
    .trim()
    .toLowerCase()
    .transform((d) => d.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, ''))
    .refine((d) => DOMAIN_RE.test(d), 'domain must be a hostname like acme.com'),
  aliases: list,
  value_usd: money('value_usd').transform((v) => v ?? 0),
  segment: optText.transform((v) => v ?? ''),
  strategic: boolish,
  named_opportunity: optText,
  owner_slack_id: optText.refine((v) => v === null || /^[UW][A-Z0-9]{2,}$/.test(v), 'owner_slack_id must be a Slack user id like U012ABCDEF'),
  owner_email: optText.refine((v) => v === null || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), 'owner_email must be an email address'),
  do_not_contact: boolish,
  contract_value: money('contract_value'),
  discount_pct: z
    .union([z.number(), z.string()])
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const n = typeof v === 'number' ? v : Number(v.replace(/%|percent/gi, '').trim());
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
});
export type AccountRow = z.input<typeof AccountRow>;

const KNOWN = new Set<string>(ACCOUNT_CSV_HEADER);

function toAccount(raw: Record<string, unknown>, sensitiveExtra: Set<string>): { ok: true; account: Account } | { ok: false; reason: string } {
  const res = AccountRow.safeParse(raw);
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
  for (const [k, v] of Object.entries(raw)) {
    if (KNOWN.has(k) || v === undefined || v === null || String(v).trim() === '') continue;
    if (typeof v === 'object') return { ok: false, reason: `${k}: custom fields must be text or numbers` };
    if (sensitiveExtra.has(k)) sensitive[k] = String(v).trim();
    else custom[k] = String(v).trim();
  }
  return {
    ok: true,
    account: {
      id: r.id,
      name: r.name,
      domain: r.domain,
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

function collect(items: Array<{ line: number; raw: Record<string, unknown> }>, sensitiveExtra: Set<string>): ParseResult {
  const errors: RowError[] = [];
  const accounts: Account[] = [];
  const seen = new Map<string, number>();
  for (const { line, raw } of items) {
    const id = raw.id === undefined || raw.id === null ? null : String(raw.id).trim() || null;
    const res = toAccount(raw, sensitiveExtra);
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
  return errors.length ? { ok: false, errors } : { ok: true, accounts };
}

export function parseAccountsCsv(text: string, opts: { sensitiveFields?: string[] } = {}): ParseResult {
  const extra = new Set((opts.sensitiveFields ?? []).filter((f) => !KNOWN.has(f)));
  let records: Array<{ record: Record<string, string>; info: { lines: number; raw?: string } }>;
  let header: string[] = [];
  try {
    records = parseCsv(text.replace(/^\uFEFF/, ''), {
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
  const missing = ['id', 'name', 'domain'].filter((c) => !header.includes(c));
  if (missing.length) {
    return { ok: false, errors: [{ line: 1, id: null, reason: `header is missing required column(s): ${missing.join(', ')} (expected ${ACCOUNT_CSV_HEADER.join(',')})` }] };
  }
  const dup = header.find((c, i) => header.indexOf(c) !== i);
  if (dup) return { ok: false, errors: [{ line: 1, id: null, reason: `header names column "${dup}" twice` }] };
  const items = records.map(({ record, info }) => {
    // info.lines is the line the record ends on; a quoted field may span several lines.
    const span = (info.raw ?? '').replace(/\r?\n$/, '').split('\n').length - 1;
    return { line: info.lines - span, raw: record as Record<string, unknown> };
  });
  return collect(items, extra);
}

export function parseAccountsJson(text: string, opts: { sensitiveFields?: string[] } = {}): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [{ line: 1, id: null, reason: `malformed JSON: ${(e as Error).message}` }] };
  }
  const arr = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { accounts?: unknown }).accounts) ? (data as { accounts: unknown[] }).accounts : null;
  if (!arr) return { ok: false, errors: [{ line: 1, id: null, reason: 'expected a JSON array of accounts or {"accounts": [...]}' }] };
  const extra = new Set((opts.sensitiveFields ?? []).filter((f) => !KNOWN.has(f)));
  const items = arr.map((raw, i) =>
    raw && typeof raw === 'object' && !Array.isArray(raw) ? { line: i + 1, raw: raw as Record<string, unknown> } : { line: i + 1, raw: { id: null, __bad: true } as Record<string, unknown> },
  );
  return collect(items, extra);
}

/** Pick the parser by file name or content type. */
export function parseAccounts(text: string, format: 'csv' | 'json', opts: { sensitiveFields?: string[] } = {}): ParseResult {
  return format === 'json' ? parseAccountsJson(text, opts) : parseAccountsCsv(text, opts);
}
