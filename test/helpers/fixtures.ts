/** Small builders for accounts and drafts used across integration tests. */
import { randomUUID } from 'node:crypto';
import type { Account, DraftInput } from '../../src/detect/types.js';

export function makeAccount(over: Partial<Account> = {}): Account {
  const id = over.id ?? `ACC-${randomUUID().slice(0, 8)}`;
  return {
    id,
    name: `Company ${id}`,
    domain: `${id.toLowerCase().replace(/[^a-z0-9]/g, '')}.example.com`,
    aliases: [],
    valueUsd: 10_000,
    segment: 'mid-market',
    strategic: false,
    namedOpportunity: null,
    ownerSlackId: 'U0OWNER01',
    ownerEmail: 'owner@seller.example',
    doNotContact: false,
    sensitive: {},
    facts: [],
    custom: {},
    ...over,
  };
}

export function makeDraft(account: Account, over: Partial<DraftInput> = {}): DraftInput {
  return {
    external_id: `ext-${randomUUID()}`,
    account_id: account.id,
    to: { email: `jane@${account.domain}`, name: 'Jane Doe' },
    from: 'sdr@seller.example',
    subject: `Quick idea for ${account.name}`,
    body: `Hi Jane,\n\nI'd love to show you how teams like ${account.name} cut reporting time. Would a 20-minute call next week work?\n\nBest,\nSam`,
    workflow: 'expansion',
    template_id: 'tpl-expansion-1',
    ...over,
  };
}

import { createHash } from 'node:crypto';
import type { Db } from '../../src/db/client.js';
import { importAccounts } from '../../src/accounts/import.js';
import { receiveDraft, type DraftRow } from '../../src/drafts/lifecycle.js';

export const testActor = { type: 'system', component: 'test' } as const;

/** Store an account and a draft in the given initial state, the way intake would. */
export async function seedDraft(
  db: Db,
  opts: { account?: Account; status?: 'blocked' | 'pending_review' | 'approved'; draft?: Partial<DraftInput>; tier?: 'blocked' | 'high' | 'low' } = {},
): Promise<{ account: Account; draft: DraftRow }> {
  const account = opts.account ?? makeAccount();
  await importAccounts(db, { accounts: [account], actor: testActor, source: 'test' });
  const input = makeDraft(account, opts.draft);
  const status = opts.status ?? 'pending_review';
  const draft = await db.transaction((tx) =>
    receiveDraft(
      tx,
      {
        id: randomUUID(),
        source: 'test',
        externalId: input.external_id,
        requestHash: createHash('sha256').update(JSON.stringify(input)).digest('hex'),
        accountId: account.id,
        toEmail: input.to.email,
        toName: input.to.name ?? null,
        fromMailbox: input.from,
        subject: input.subject,
        body: input.body,
        workflow: input.workflow,
        templateId: input.template_id,
        tier: opts.tier ?? (status === 'blocked' ? 'blocked' : status === 'approved' ? 'low' : 'high'),
        policyVersion: 1,
      },
      status,
      testActor,
    ),
  );
  return { account, draft };
}
