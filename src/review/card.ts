/** Row → card data, and updating a posted card after a decision (shared by the Slack and CLI adapters). */
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { accounts, drafts } from '../db/schema.js';
import type { DraftRow } from '../drafts/lifecycle.js';
import { buildDecidedBlocks, type CardAccount, type CardDraft, type Decision } from './blocks.js';
import { finalText } from './decide.js';

export function toCardDraft(d: DraftRow): CardDraft {
  const text = finalText(d);
  // Findings point into the ORIGINAL text; after an edit they no longer line up, so they are dropped.
  const findings = d.finalBody !== null && d.finalBody !== d.body ? [] : d.findings;
  return {
    id: d.id, version: d.version, tier: d.tier, sampled: d.sampled, twoPerson: d.twoPerson, tierReasons: d.tierReasons, findings,
    toEmail: d.toEmail, toName: d.toName, fromMailbox: d.fromMailbox, workflow: d.workflow, templateId: d.templateId, subject: text.subject, body: text.body,
  };
}

export function toCardAccount(a: typeof accounts.$inferSelect): CardAccount {
  return { name: a.name, valueUsd: a.valueUsd, strategic: a.strategic, namedOpportunity: a.namedOpportunity };
}

export async function loadCard(deps: Pick<Deps, 'db'>, draftId: string): Promise<{ draft: DraftRow; card: CardDraft; account: CardAccount } | null> {
  const [row] = await deps.db.select({ d: drafts, a: accounts }).from(drafts).innerJoin(accounts, eq(accounts.id, drafts.accountId)).where(eq(drafts.id, draftId));
  if (!row) return null;
  return { draft: row.d, card: toCardDraft(row.d), account: toCardAccount(row.a) };
}

/** Replace the posted review message with the decided card (outcome, who, when, no buttons). Best effort. */
export async function refreshReviewCard(deps: Pick<Deps, 'db' | 'slack' | 'log'>, draftId: string, decision: Decision): Promise<void> {
  if (!deps.slack) return;
  const c = await loadCard(deps, draftId);
  if (!c?.draft.slackChannel || !c.draft.slackTs) return;
  try {
    await deps.slack.chat.update({ channel: c.draft.slackChannel, ts: c.draft.slackTs, text: `Draft ${decision.outcome}${decision.by ? ` by <@${decision.by}>` : ''}`, blocks: buildDecidedBlocks(c.card, c.account, decision) as never });
  } catch (err) {
    deps.log.warn({ err, draftId }, 'could not update the review card');
  }
}
