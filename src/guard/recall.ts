/**
 * recallScope: after an anomaly, every not-yet-sent AUTO-approved draft of a scope (decided_by is
 * null, status approved or queued) goes back to pending_review and is posted for review.
 * Human-approved drafts are left alone (a person already read them). One transaction; each move
 * is lifecycle.recallDraft (guarded UPDATE + draft.recalled audit), plus one scope.recalled row.
 * A draft the send worker claims at the same instant loses the guarded UPDATE on one side: it is
 * either recalled or sending, never both. Returns the after-commit effects for the adapter to run
 * (afterCommit): drop each draft's send job (jobId = draftId, so a later approval can enqueue it
 * afresh), then post it for review.
 */
import { and, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { drafts } from '../db/schema.js';
import { Actor } from '../audit/actor.js';
import { appendAudit } from '../audit/append.js';
import { parseInput } from '../lib/errors.js';
import { recallDraft } from '../drafts/lifecycle.js';
import type { Effect } from '../drafts/effects.js';
import { PauseScope, scopeCondition } from './pauses.js';

export const RecallInput = z.object({
  scope: PauseScope,
  actor: Actor,
  reason: z.string().trim().min(1, 'a reason is required').max(2000),
});
export type RecallInput = z.input<typeof RecallInput>;

export interface RecallResult {
  scope: string;
  recalled: string[];
  /** Drafts that moved on (claimed for sending, decided) between the read and the guarded write. */
  lostRaces: number;
  effects: Effect[];
}

export async function recallScope(deps: Pick<Deps, 'db'>, input: RecallInput): Promise<RecallResult> {
  const { scope, actor, reason } = parseInput(RecallInput, input, 'recall request');
  const result = await deps.db.transaction(async (tx) => {
    const rows = await tx
      .select({ id: drafts.id })
      .from(drafts)
      .where(and(inArray(drafts.status, ['approved', 'queued']), isNull(drafts.decidedBy), scopeCondition(scope)))
      .orderBy(drafts.createdAt);
    const recalled: string[] = [];
    let lostRaces = 0;
    for (const r of rows) {
      const moved = await recallDraft(tx, r.id, actor, reason);
      if (moved.ok) recalled.push(r.id);
      else lostRaces++;
    }
    await appendAudit(tx, { actor, action: 'scope.recalled', subject: `pause:${scope}`, data: { scope, reason, recalled: recalled.length, lost_races: lostRaces } });
    const effects: Effect[] = [...recalled.map((id) => ({ kind: 'drop_send', draftId: id }) as const), ...recalled.map((id) => ({ kind: 'post_review', draftId: id }) as const)];
    return { scope, recalled, lostRaces, effects };
  });
  return result;
}
