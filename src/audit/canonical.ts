/**
 * Canonical JSON (sorted keys, no whitespace) and the chain hash. What must stay true: the
 * sealer and the verifier compute exactly the same bytes from a row read back from Postgres.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) return 'null';
    return JSON.stringify(value ?? null);
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export interface ChainEntry {
  seq: number;
  id: number;
  /** ISO-8601 UTC with milliseconds, as Postgres formats it (to_char), never session-dependent. */
  at: string;
  actor: unknown;
  action: string;
  subject: string;
  data: unknown;
}

export function hashEntry(prevHash: string, e: ChainEntry): string {
  const body = canonicalJson({ seq: e.seq, id: e.id, at: e.at, actor: e.actor, action: e.action, subject: e.subject, data: e.data });
  return createHash('sha256').update(prevHash).update('\n').update(body).digest('hex');
}
