/**
 * Read models for the console's Drafts pages: a search, and one draft's whole story (prompt, data
 * sources, text with findings, tier reasons, reviews with diffs, send attempts, audit rows with a
 * per-row chain check). Read-only.
 */
import { and, asc, desc, eq, gte, ilike, lte, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type postgres from 'postgres';
import type { Deps } from '../deps.js';
import { accounts, drafts, reviews, sends, DRAFT_STATUSES } from '../db/schema.js';
import { hashEntry } from '../audit/canonical.js';
import type { Finding } from '../detect/types.js';

export const DraftSearch = z.object({
  account: z.string().trim().max(200).optional(),
  to: z.string().trim().max(320).optional(),
  template: z.string().trim().max(200).optional(),
  status: z.enum(DRAFT_STATUSES).optional().catch(undefined),
  tier: z.enum(['blocked', 'high', 'low']).optional().catch(undefined),
  finding: z.string().trim().max(40).optional(),
  from: z.string().trim().max(40).optional(),
  until: z.string().trim().max(40).optional(),
});
export type DraftSearch = z.infer<typeof DraftSearch>;

export interface DraftListItem {
  id: string;
  createdAt: string;
  account: string;
  accountId: string;
  toEmail: string;
  subject: string;
  templateId: string;
  status: string;
  tier: string;
  findings: number;
}

const date = (s: string | undefined) => {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
};
const like = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

export async function searchDrafts(deps: Pick<Deps, 'db'>, q: DraftSearch, limit = 100): Promise<DraftListItem[]> {
  const conds: SQL[] = [];
  if (q.account) conds.push(sql`(${drafts.accountId} = ${q.account} or ${ilike(accounts.name, like(q.account))})`);
  if (q.to) conds.push(ilike(drafts.toEmail, like(q.to)));
  if (q.template) conds.push(eq(drafts.templateId, q.template));
  if (q.status) conds.push(eq(drafts.status, q.status));
  if (q.tier) conds.push(eq(drafts.tier, q.tier));
  if (q.finding) conds.push(sql`${drafts.findings} @> ${JSON.stringify([{ kind: q.finding }])}::jsonb`);
  const from = date(q.from);
  const until = date(q.until);
  if (from) conds.push(gte(drafts.createdAt, from));
  if (until) conds.push(lte(drafts.createdAt, until));
  const rows = await deps.db
    .select({
      id: drafts.id,
      createdAt: drafts.createdAt,
      account: accounts.name,
      accountId: drafts.accountId,
      toEmail: drafts.toEmail,
      subject: drafts.subject,
      templateId: drafts.templateId,
      status: drafts.status,
      tier: drafts.tier,
      findings: sql<number>`jsonb_array_length(${drafts.findings})::int`,
    })
    .from(drafts)
    .innerJoin(accounts, eq(accounts.id, drafts.accountId))
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(drafts.createdAt), desc(drafts.id))
    .limit(limit);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export interface StoryAuditRow {
  id: number;
  seq: number | null;
  at: string;
  actor: unknown;
  action: string;
  subject: string;
  data: unknown;
  hash: string | null;
  /** sealed and verified | sealed but its content or link does not verify | not sealed yet */
  chain: 'ok' | 'broken' | 'unsealed';
}

export interface DraftStory {
  draft: {
    id: string;
    externalId: string;
    source: string;
    client: string | null;
    account: { id: string; name: string; ownerSlackId: string | null };
    toEmail: string;
    toName: string | null;
    fromMailbox: string;
    subject: string;
    body: string;
    finalSubject: string | null;
    finalBody: string | null;
    workflow: string;
    templateId: string;
    prompt: string | null;
    dataSources: string[];
    agentRunId: string | null;
    status: string;
    tier: string;
    sampled: boolean;
    sampleRate: number | null;
    twoPerson: boolean;
    tierReasons: string[];
    findings: Finding[];
    policyVersion: number;
    version: number;
    holdReason: string | null;
    createdAt: string;
    decidedAt: string | null;
    decidedBy: string | null;
    sentAt: string | null;
  };
  reviews: Array<{ id: number; draftVersion: number; reviewer: string; decision: string; reasonCategory: string | null; reasonText: string | null; diff: string | null; secondsToDecide: number | null; fastApproval: boolean; createdAt: string }>;
  sends: Array<{ attempt: number; transport: string; messageId: string; status: string; error: string | null; startedAt: string; finishedAt: string | null }>;
  audit: StoryAuditRow[];
  chain: { checked: number; ok: number; broken: number; unsealed: number };
}

/** The audit rows of one subject, each checked: its hash recomputed and its link to seq − 1. */
export async function checkedAuditRows(sql: postgres.Sql, subject: string): Promise<StoryAuditRow[]> {
  const rows = await sql`
    select a.id, a.seq, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, a.actor, a.action, a.subject, a.data,
           a.prev_hash, a.hash, p.hash as before_hash
      from audit_log a left join audit_log p on p.seq = a.seq - 1
     where a.subject = ${subject}
     order by a.seq nulls last, a.id
     limit 1000`;
  return rows.map((r) => {
    const seq = r.seq === null ? null : Number(r.seq);
    let chain: StoryAuditRow['chain'] = 'unsealed';
    if (seq !== null) {
      const expectedPrev = seq === 1 ? '0'.repeat(64) : (r.before_hash as string | null);
      const h = hashEntry(r.prev_hash as string, { seq, id: Number(r.id), at: r.at as string, actor: r.actor, action: r.action as string, subject: r.subject as string, data: r.data });
      chain = h === r.hash && r.prev_hash === expectedPrev ? 'ok' : 'broken';
    }
    return { id: Number(r.id), seq, at: r.at as string, actor: r.actor, action: r.action as string, subject: r.subject as string, data: r.data, hash: r.hash as string | null, chain };
  });
}

const UUID = z.uuid();

export async function getDraftStory(deps: Pick<Deps, 'db' | 'sql'>, id: string): Promise<DraftStory | null> {
  if (!UUID.safeParse(id).success) return null;
  const [row] = await deps.db
    .select({ d: drafts, a: { id: accounts.id, name: accounts.name, ownerSlackId: accounts.ownerSlackId } })
    .from(drafts)
    .innerJoin(accounts, eq(accounts.id, drafts.accountId))
    .where(eq(drafts.id, id));
  if (!row) return null;
  const { d, a } = row;
  const [revs, snd, audit] = await Promise.all([
    deps.db.select().from(reviews).where(eq(reviews.draftId, id)).orderBy(asc(reviews.id)),
    deps.db.select().from(sends).where(eq(sends.draftId, id)).orderBy(asc(sends.attempt)),
    checkedAuditRows(deps.sql, `draft:${id}`),
  ]);
  const iso = (x: Date | null) => (x ? x.toISOString() : null);
  return {
    draft: {
      id: d.id,
      externalId: d.externalId,
      source: d.source,
      client: d.client,
      account: a,
      toEmail: d.toEmail,
      toName: d.toName,
      fromMailbox: d.fromMailbox,
      subject: d.subject,
      body: d.body,
      finalSubject: d.finalSubject,
      finalBody: d.finalBody,
      workflow: d.workflow,
      templateId: d.templateId,
      prompt: d.prompt,
      dataSources: d.dataSources,
      agentRunId: d.agentRunId,
      status: d.status,
      tier: d.tier,
      sampled: d.sampled,
      sampleRate: d.sampleRate,
      twoPerson: d.twoPerson,
      tierReasons: d.tierReasons,
      findings: d.findings,
      policyVersion: d.policyVersion,
      version: d.version,
      holdReason: d.holdReason,
      createdAt: d.createdAt.toISOString(),
      decidedAt: iso(d.decidedAt),
      decidedBy: d.decidedBy,
      sentAt: iso(d.sentAt),
    },
    reviews: revs.map((r) => ({
      id: r.id, draftVersion: r.draftVersion, reviewer: r.reviewer, decision: r.decision, reasonCategory: r.reasonCategory, reasonText: r.reasonText,
      diff: r.diff, secondsToDecide: r.secondsToDecide, fastApproval: r.fastApproval, createdAt: r.createdAt.toISOString(),
    })),
    sends: snd.map((s) => ({ attempt: s.attempt, transport: s.transport, messageId: s.messageId, status: s.status, error: s.error, startedAt: s.startedAt.toISOString(), finishedAt: iso(s.finishedAt) })),
    audit,
    chain: {
      checked: audit.length,
      ok: audit.filter((r) => r.chain === 'ok').length,
      broken: audit.filter((r) => r.chain === 'broken').length,
      unsealed: audit.filter((r) => r.chain === 'unsealed').length,
    },
  };
}
