/**
 * Owner-only console actions whose verb does not authorize by itself (held release/cancel, policy
 * apply): anyone else is refused with FORBIDDEN and one `<action>_denied` audit row in its own
 * transaction, and nothing else is written. Resume is authorized by its verb (resumeFromAlert).
 */
import type { Deps } from '../deps.js';
import { appendAudit } from '../audit/append.js';
import { AppError } from '../lib/errors.js';
import { getActivePolicy } from '../policy-store/store.js';
import { consoleActor } from './sessions.js';

export async function requireOwner(deps: Pick<Deps, 'db'>, slackUserId: string, action: string, subject: string): Promise<void> {
  const { policy } = await getActivePolicy(deps.db, { fresh: true });
  if (policy.owners.includes(slackUserId)) return;
  await appendAudit(deps.db, { actor: consoleActor(slackUserId), action: `${action}_denied`, subject, data: { user: slackUserId, via: 'console', allowed: policy.owners } });
  throw new AppError('FORBIDDEN', `Only the policy owners may do this (${action}); nothing was changed.`);
}
