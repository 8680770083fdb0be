/**
 * Plain data shared by the pure core (detect/, policy/) and the I/O shell.
 * Nothing here imports I/O; these are the contracts of DESIGN §5.
 */

/** A draft as the agent submits it (REST body, MCP tool input, JSONL line). */
export interface DraftInput {
  external_id: string;
  account_id: string;
  to: { email: string; name?: string | undefined };
  from: string;
  subject: string;
  body: string;
  workflow: string;
  template_id: string;
  prompt?: string | undefined;
  data_sources?: string[] | undefined;
  agent_run_id?: string | undefined;
}

/** The account as the pure core sees it (one row of the book). */
export interface Account {
  id: string;
  name: string;
  domain: string;
  /** More domains of the same company (lower-case hostnames); recipients at their subdomains count too. */
  domains?: string[] | undefined;
  aliases: string[];
  valueUsd: number;
  segment: string;
  strategic: boolean;
  /** Name of the named opportunity, or null when there is none. */
  namedOpportunity: string | null;
  ownerSlackId: string | null;
  ownerEmail: string | null;
  doNotContact: boolean;
  /**
   * Sensitive CRM fields: contract_value, discount_pct, renewal_date, deal_risk_notes,
   * private_notes and any custom field the policy marks sensitive. Values are raw strings as
   * imported (numbers as their decimal text, dates ISO `YYYY-MM-DD` where parseable).
   */
  sensitive: Record<string, string>;
  /** Verified facts the agent may cite. */
  facts: string[];
  /** Extra CSV columns not named by DESIGN §5 and not marked sensitive. */
  custom: Record<string, string>;
}

export type Severity = 'critical' | 'warn' | 'info';

export type FindingKind =
  | 'sensitive_field'
  | 'other_account'
  | 'pii'
  | 'secret'
  | 'unverified_claim'
  | 'tone'
  | 'recipient_mismatch'
  | 'placeholder'
  | 'internal_marker'
  | 'link'
  | 'hidden_text';

export interface Finding {
  kind: FindingKind;
  severity: Severity;
  /** `"subject"` when the offsets point into the subject; null for the body. */
  field: string | null;
  /** UTF-16 offsets into body (or subject when field === "subject"). */
  start: number;
  end: number;
  excerpt: string;
  /** One sentence a rep understands: what was found and why it matters. */
  message?: string | undefined;
  /** Id of the detection rule that produced it (built-in or the owner's); not in the contract. */
  rule?: string | undefined;
}

export type Tier = 'blocked' | 'high' | 'low';

export interface ScanResult {
  external_id: string;
  tier: Tier;
  sampled: boolean;
  reasons: string[];
  findings: Array<Omit<Finding, 'message' | 'rule'>>;
}
