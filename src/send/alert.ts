/** One alert per held draft (deduped in the alerts table), posted to Slack when configured. */
import { eq } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { alerts } from '../db/schema.js';
import { postAlert } from '../review/slack/client.js';

export async function raiseHeldAlert(deps: Deps, draft: { id: string; toEmail: string; templateId: string }, reason: string): Promise<void> {
  const [row] = await deps.db
    .insert(alerts)
    .values({ kind: 'send.held', scope: `draft:${draft.id}`, dedupeKey: `send.held:${draft.id}`, payload: { draft_id: draft.id, reason } })
    .onConflictDoNothing()
    .returning();
  if (!row) return;
  const text = `:warning: Draft ${draft.id} to ${draft.toEmail} (template ${draft.templateId}) is *held*: ${reason}. It may already have been delivered, so it will not be sent again unless someone checks and releases it (\`draftgate held release ${draft.id}\`) or cancels it.`;
  const posted = await postAlert(deps, { text }).catch(() => null);
  if (posted) await deps.db.update(alerts).set({ slackChannel: posted.channel, slackTs: posted.ts }).where(eq(alerts.id, row.id));
}
