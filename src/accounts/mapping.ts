/**
 * Column mappings: an export's own column names → the book's fields (docs/accounts-import.md).
 *
 * A mapping file (YAML) and the shipped presets (`presets/<name>.yaml`) share one format:
 *
 *   columns:
 *     "Account ID": id
 *     "Website": domain
 *     "Other Domains": domains
 *     "Account Owner": owner        # an email → owner_email, a Slack id → owner_slack_id, else kept as owner_name
 *     "Industry": custom            # kept as a custom field under its own name (reported)
 *     "Billing Street": ignore      # dropped on purpose (reported as ignored)
 *     "Risk Memo": sensitive        # kept as a custom field that is always treated as sensitive
 *
 * Several columns may map to one field: list fields (domains, aliases, facts) take them all,
 * booleans are true when any column is (a do-not-contact flag in any of them counts), and other
 * fields take the first non-empty column in the file's order of the mapping. Column names match
 * case-insensitively, ignoring spaces, `_` and `-`.
 */
import { readFileSync } from 'node:fs';
import { yaml } from '../lib/yaml.js';
import { z } from 'zod';

/** The book's fields a column may map onto (DESIGN §5 header, plus `domains` and `owner`). */
export const TARGET_FIELDS = [
  'id', 'name', 'domain', 'domains', 'aliases', 'value_usd', 'segment', 'strategic', 'named_opportunity',
  'owner', 'owner_slack_id', 'owner_email', 'do_not_contact', 'contract_value', 'discount_pct', 'renewal_date',
  'deal_risk_notes', 'private_notes', 'facts',
] as const;
export type TargetField = (typeof TARGET_FIELDS)[number];
export type ColumnTarget = TargetField | 'custom' | 'sensitive' | 'ignore';

export const PRESETS = ['salesforce', 'hubspot', 'dynamics', 'zoho', 'pipedrive'] as const;
export type PresetName = (typeof PRESETS)[number];

export interface ColumnMapping {
  /** Normalized source column name → target, in the order the mapping lists them. */
  columns: Map<string, ColumnTarget>;
  /** Where the mapping came from, for messages (`preset salesforce`, `mapping.yaml`). */
  source: string;
  /** The file's `description` (a preset's: "HubSpot standard company export"). */
  description?: string | undefined;
}

const Target = z.enum([...TARGET_FIELDS, 'custom', 'sensitive', 'ignore'] as [string, ...string[]]);
const MappingFile = z.strictObject({
  description: z.string().optional(),
  columns: z.record(z.string().min(1), Target),
});

/** `Account Name`, `account_name`, `ACCOUNT-NAME` → `account name`. */
export function normalizeColumn(name: string): string {
  return name.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s_-]+/g, ' ');
}

export type MappingResult = { ok: true; mapping: ColumnMapping } | { ok: false; error: string };

/** Parse a mapping file's text; an unknown target or key is an error naming it. */
export function parseMapping(text: string, source: string): MappingResult {
  let data: unknown;
  try {
    data = yaml().parse(text);
  } catch (e) {
    return { ok: false, error: `${source}: not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
  const res = MappingFile.safeParse(data ?? {});
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    const hint = issue.code === 'invalid_value' ? ` (one of: ${[...TARGET_FIELDS, 'custom', 'sensitive', 'ignore'].join(', ')})` : '';
    return { ok: false, error: `${source}: ${where}: ${issue.message}${hint}` };
  }
  const columns = new Map<string, ColumnTarget>();
  for (const [col, target] of Object.entries(res.data.columns)) {
    const key = normalizeColumn(col);
    if (columns.has(key)) return { ok: false, error: `${source}: column "${col}" is mapped twice` };
    columns.set(key, target as ColumnTarget);
  }
  return { ok: true, mapping: { columns, source, description: res.data.description } };
}

/** A later mapping's columns override an earlier one's (a `--map` file over a `--preset`). */
export function mergeMappings(...mappings: ColumnMapping[]): ColumnMapping {
  const columns = new Map<string, ColumnTarget>();
  for (const m of mappings) for (const [k, v] of m.columns) columns.set(k, v);
  return { columns, source: mappings.map((m) => m.source).join(' + ') };
}

const presets = new Map<string, MappingResult>();

/** The shipped preset for a CRM's standard account export (read once per process). */
export function loadPreset(name: string): MappingResult {
  if (!(PRESETS as readonly string[]).includes(name)) {
    return { ok: false, error: `unknown preset "${name}" (one of: ${PRESETS.join(', ')})` };
  }
  let p = presets.get(name);
  if (p === undefined) {
    p = parseMapping(readFileSync(new URL(`./presets/${name}.yaml`, import.meta.url), 'utf8'), `preset ${name}`);
    presets.set(name, p);
  }
  return p;
}

/**
 * The presets that read a header (an export given without `--preset` or `--map`), best first:
 * each preset that finds the book's required fields in it (`covers`), by how many of the
 * header's columns it names. Ties are left to the caller: two presets reading a header equally
 * well is no recognition.
 */
export function presetsForHeader(columns: readonly string[], covers: (mapping: ColumnMapping) => boolean): Array<{ name: PresetName; mapping: ColumnMapping; named: number }> {
  const keys = columns.map(normalizeColumn);
  const out: Array<{ name: PresetName; mapping: ColumnMapping; named: number }> = [];
  for (const name of PRESETS) {
    const p = loadPreset(name);
    if (!p.ok || !covers(p.mapping)) continue;
    out.push({ name, mapping: p.mapping, named: keys.filter((k) => p.mapping.columns.has(k)).length });
  }
  return out.sort((a, b) => b.named - a.named);
}

/** A mapping from `--preset` and/or `--map FILE` (text already read), merged; null when neither. */
export function resolveMapping(opts: { preset?: string | undefined; mapText?: string | undefined; mapSource?: string | undefined }): MappingResult | null {
  const parts: ColumnMapping[] = [];
  if (opts.preset !== undefined) {
    const p = loadPreset(opts.preset);
    if (!p.ok) return p;
    parts.push(p.mapping);
  }
  if (opts.mapText !== undefined) {
    const m = parseMapping(opts.mapText, opts.mapSource ?? 'mapping');
    if (!m.ok) return m;
    parts.push(m.mapping);
  }
  if (parts.length === 0) return null;
  return { ok: true, mapping: mergeMappings(...parts) };
}
