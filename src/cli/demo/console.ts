/**
 * Demo scene "console": makes the RevOps console's pages meaningful and hands the owner a way in.
 * - The demo policy gets one owner (DEMO_OWNER) when it has none: a new policy version applied
 *   through applyPolicy (audited), so the console's owner actions are permitted for that user.
 * - One held draft: a queued draft is claimed and held as if its worker died mid-call (the
 *   outcome unknown), through the lifecycle in one transaction, so the Overview shows Release and
 *   Cancel. Marked as simulated in its hold reason. Skipped when no queued draft is left.
 * - A one-time sign-in link for the owner, on the demo's own URL.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { parseDocument } from 'yaml';
import type { Deps } from '../../deps.js';
import { drafts, sends } from '../../db/schema.js';
import { systemActor } from '../../audit/actor.js';
import { applyPolicy, getActivePolicy, readPolicyFile } from '../../policy-store/store.js';
import { claimForSend, holdDraft } from '../../drafts/lifecycle.js';
import { createSignInLink } from '../../console/sessions.js';

export const DEMO_OWNER = 'U0DEMOOWNER';

export async function consoleScene(deps: Deps, out: (line: string) => void, url: string): Promise<{ owner: string; link: string; held: string | null }> {
  const actor = systemActor('demo');
  const active = await getActivePolicy(deps.db, { fresh: true });
  let owner = active.policy.owners[0];
  if (!owner) {
    const doc = parseDocument(active.yaml || (await readPolicyFile()));
    doc.set('owners', [DEMO_OWNER]);
    const p = await applyPolicy(deps.db, { yaml: String(doc), comment: `demo: ${DEMO_OWNER} is the RevOps owner who signs in to the console`, actor });
    owner = DEMO_OWNER;
    out(`console: policy version ${p.version} names ${DEMO_OWNER} as the owner`);
  }

  let held: string | null = null;
  const queued = await deps.db.select({ id: drafts.id }).from(drafts).where(eq(drafts.status, 'queued')).orderBy(asc(drafts.createdAt)).limit(5);
  for (const { id } of queued) {
    held = await deps.db
      .transaction(async (tx) => {
        const claim = await claimForSend(tx, id, actor);
        if (!claim.ok) return null;
        const [{ n }] = (await tx.select({ n: sql<number>`coalesce(max(${sends.attempt}), 0)::int` }).from(sends).where(eq(sends.draftId, id))) as [{ n: number }];
        await tx.insert(sends).values({ draftId: id, attempt: n + 1, transport: deps.config.SEND_TRANSPORT, messageId: `<${randomUUID()}@demo.draftgate>`, status: 'unknown', error: 'demo: simulated worker crash mid-call' });
        const h = await holdDraft(tx, id, actor, 'demo: simulated worker crash mid-call; was it delivered?');
        if (!h.ok) throw new Error('hold lost');
        return id;
      })
      .catch(() => null);
    if (held) break;
  }
  if (held) out(`console: draft ${held} is held (simulated crash mid-send) — Release or Cancel it on the Overview`);

  const link = await createSignInLink({ ...deps, config: { ...deps.config, PUBLIC_URL: url } }, owner);
  return { owner, link: link.url, held };
}
