/**
 * Demo scene "policy": the demo runs under a policy that names its people, so every rule can be
 * satisfied (issue 11, item 8): an owner (who may resume and override), an approver group of two
 * sales leads (the second approver of two-person drafts), and the demo's sending mailbox with its
 * rep (our own domain follows from it). Applied as a new version through applyPolicy (audited);
 * `policyWarnings` must find nothing to say about it.
 */
import { parseDocument } from 'yaml';
import type { Deps } from '../../deps.js';
import { systemActor } from '../../audit/actor.js';
import { applyPolicy, readPolicyFile } from '../../policy-store/store.js';
import { policyWarnings, formatPolicyWarnings } from '../../policy/warnings.js';

/** The RevOps owner of the demo (the console scene signs this user in). */
export const DEMO_OWNER = 'U0DEMOOWNER';
export const DEMO_LEADS = ['U0LEAD0001', 'U0LEAD0002'] as const;
export const DEMO_MAILBOX = { address: 'sdr@seller.example', owner: 'U0REP0001' } as const;

export async function policyScene(deps: Deps, out: (line: string) => void): Promise<{ version: number }> {
  const doc = parseDocument(await readPolicyFile());
  doc.set('owners', [DEMO_OWNER]);
  doc.setIn(['review', 'approver_groups'], { sales_leads: [...DEMO_LEADS] });
  doc.set('mailboxes', [{ ...DEMO_MAILBOX }]);
  doc.setIn(['sender', 'company'], 'Seller Example');
  const p = await applyPolicy(deps.db, { yaml: String(doc), comment: 'demo: owner, two sales leads as approvers, the demo mailbox and its rep', actor: systemActor('demo') });
  const warnings = policyWarnings(p.policy);
  out(`policy: version ${p.version} names owner ${DEMO_OWNER}, approvers ${DEMO_LEADS.join(' and ')}, mailbox ${DEMO_MAILBOX.address} (rep ${DEMO_MAILBOX.owner}); ${warnings.length ? `${warnings.length} warning(s):\n${formatPolicyWarnings(warnings)}` : 'no rule that nobody can satisfy'}`);
  return { version: p.version };
}
