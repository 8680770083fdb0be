/**
 * What the AGENT is told about its own draft (intake result, batch results, MCP tools, GET draft).
 * The reply to the agent is a channel out of the gate, so it must not be an oracle (promise 8):
 *
 * - `sensitive_field` findings are collapsed into ONE finding with no field, no offsets and no
 *   excerpt: the agent learns that its draft carries CRM data it may not send, never which part of
 *   its text matched, which value, or how many (a draft listing many amounts must not learn, one
 *   request at a time, which of them is another account's contract value). Reviewers still get
 *   every finding with its highlight: the stored row is untouched.
 * - Finding messages (which may quote the CRM or name another account and its flags) are dropped.
 * - Reasons are rebuilt from the agent view: the policy's account-level reasons without the
 *   account's value or opportunity name, and one line per finding kind from the agent's own text.
 * Pure.
 */
import type { Finding } from '../detect/types.js';
import type { TierReason } from '../policy/tier.js';

export interface AgentFinding {
  kind: string;
  severity: 'critical' | 'warn' | 'info';
  field: string | null;
  start: number;
  end: number;
  excerpt: string;
}

const RANK = { critical: 2, warn: 1, info: 0 } as const;

export function agentFindings(findings: ReadonlyArray<Pick<Finding, 'kind' | 'severity' | 'field' | 'start' | 'end' | 'excerpt'>>): AgentFinding[] {
  const out: AgentFinding[] = [];
  let sensitive: AgentFinding | null = null;
  for (const f of findings) {
    if (f.kind === 'sensitive_field') {
      if (sensitive === null || RANK[f.severity] > RANK[sensitive.severity]) {
        sensitive = { kind: 'sensitive_field', severity: f.severity, field: null, start: 0, end: 0, excerpt: '' };
      }
      continue;
    }
    out.push({ kind: f.kind, severity: f.severity, field: f.field, start: f.start, end: f.end, excerpt: f.excerpt });
  }
  return sensitive === null ? out : [sensitive, ...out];
}

const WHERE: Record<string, string> = { subject: ' in the subject', to: ' in the recipient address' };

/**
 * Reasons for the agent: the tier's non-finding reasons in their agent wording (no account value,
 * no opportunity name: `TierReason.agentText`), plus one line per finding kind of the agent view.
 * A stored draft's sentences are read back with `readReason` (policy/tier.ts).
 */
export function agentReasons(why: readonly TierReason[], findings: ReadonlyArray<Pick<Finding, 'kind' | 'severity' | 'field' | 'start' | 'end' | 'excerpt'>>): string[] {
  const out = why.filter((r) => r.code !== 'finding').map((r) => r.agentText);
  const seen = new Set<string>();
  for (const f of agentFindings(findings)) {
    if (f.severity === 'info' || seen.has(f.kind)) continue;
    seen.add(f.kind);
    if (f.kind === 'sensitive_field') {
      out.push(`${f.severity} finding: the draft contains CRM data that may not leave the company (a reviewer sees where)`);
    } else {
      out.push(`${f.severity} finding, ${f.kind.replace(/_/g, ' ')}${f.field === null ? ' in the body' : WHERE[f.field] ?? ''}: "${f.excerpt}"`);
    }
  }
  return out;
}
