/**
 * Scopes: what a pause, a recall, a monitor or a cap window covers. One pure parser and printer,
 * used by the fence, the pauses, the Slack command and the monitors, so a scope is written one way
 * everywhere (mailbox addresses lowercased).
 *
 *   all | template:ID | workflow:ID | mailbox:ADDRESS | account:ID | client:NAME   (ID: no whitespace)
 *
 * `client:NAME` is an agent: every token of that name (the client, see tokens/) — the guard pauses
 * it when its drafts keep hitting sensitive CRM data (a probing agent).
 */

export const SCOPE_KINDS = ['template', 'workflow', 'mailbox', 'account', 'client'] as const;
export type ScopeKind = (typeof SCOPE_KINDS)[number];

export type Scope = { kind: 'all' } | { kind: ScopeKind; id: string };

export const SCOPE_HELP = 'scope must be all, template:ID, workflow:ID, mailbox:ADDRESS, account:ID or client:NAME';

const SHAPE = /^(all|(template|workflow|mailbox|account|client):\S+)$/;

/** Parse a scope (surrounding whitespace ignored); null when it is not one. */
export function parseScope(text: string): Scope | null {
  const s = text.trim();
  if (!SHAPE.test(s)) return null;
  if (s === 'all') return { kind: 'all' };
  const i = s.indexOf(':');
  const kind = s.slice(0, i) as ScopeKind;
  const id = s.slice(i + 1);
  return { kind, id: kind === 'mailbox' ? id.toLowerCase() : id };
}

export function printScope(s: Scope): string {
  return s.kind === 'all' ? 'all' : `${s.kind}:${s.kind === 'mailbox' ? s.id.toLowerCase() : s.id}`;
}

/** The canonical text of a scope, or null when `text` is not one. */
export function normalizeScope(text: string): string | null {
  const s = parseScope(text);
  return s ? printScope(s) : null;
}

export interface ScopedDraft {
  templateId: string;
  workflow: string;
  mailbox: string;
  accountId: string;
  /** The submitting client (token name); drafts from before clients were recorded have none. */
  client?: string | null | undefined;
}

/** Every scope that covers a draft: a pause of any of them stops its send. */
export function scopesCovering(d: ScopedDraft): string[] {
  const client = d.client ? [printScope({ kind: 'client', id: d.client })] : [];
  return [
    printScope({ kind: 'all' }),
    printScope({ kind: 'template', id: d.templateId }),
    printScope({ kind: 'workflow', id: d.workflow }),
    printScope({ kind: 'mailbox', id: d.mailbox }),
    printScope({ kind: 'account', id: d.accountId }),
    ...client,
  ];
}
