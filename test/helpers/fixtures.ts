/** Builders and seeding for accounts and drafts, used across integration tests (one place: drafts are stored through lifecycle.receiveDraft, as intake does). */
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
import { receiveDraft, type DraftRow, type NewDraftRow } from '../../src/drafts/lifecycle.js';

export const testActor = { type: 'system', component: 'test' } as const;

type SeedStatus = 'blocked' | 'pending_review' | 'approved';

/** The row intake would store for `input` (no scan, no tiering: the tier is given or follows the status). */
function draftRow(account: Account, input: DraftInput, status: SeedStatus, opts: { tier?: 'blocked' | 'high' | 'low' | undefined; sampled?: boolean | undefined }): Omit<NewDraftRow, 'status'> {
  return {
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
    sampled: opts.sampled ?? false,
    policyVersion: 1,
  };
}

/** Store an account (import, as the book does). */
export async function seedAccount(db: Db, over: Partial<Account> = {}): Promise<Account> {
  const account = makeAccount(over);
  await importAccounts(db, { accounts: [account], actor: testActor, source: 'test' });
  return account;
}

/** Store an account and a draft in the given initial state, the way intake would. */
export async function seedDraft(
  db: Db,
  opts: { account?: Account; status?: SeedStatus; draft?: Partial<DraftInput>; tier?: 'blocked' | 'high' | 'low' } = {},
): Promise<{ account: Account; draft: DraftRow }> {
  const account = opts.account ?? makeAccount();
  await importAccounts(db, { accounts: [account], actor: testActor, source: 'test' });
  const status = opts.status ?? 'pending_review';
  const draft = await db.transaction((tx) => receiveDraft(tx, draftRow(account, makeDraft(account, opts.draft), status, { tier: opts.tier }), status, testActor));
  return { account, draft };
}

/** One draft of a bulk seed (guard simulations): template, workflow, mailbox, status, tier. */
export interface BulkDraft {
  templateId: string;
  workflow?: string;
  mailbox?: string;
  status: 'pending_review' | 'approved';
  tier?: 'high' | 'low';
  sampled?: boolean;
}

/** Many drafts of one (already stored) account in one transaction, the way intake stores them. */
export async function seedDrafts(db: Db, account: Account, specs: BulkDraft[]): Promise<DraftRow[]> {
  return db.transaction(async (tx) => {
    const out: DraftRow[] = [];
    for (const s of specs) {
      const input = makeDraft(account, { template_id: s.templateId, workflow: s.workflow ?? 'intro', from: s.mailbox ?? 'sdr@seller.example' });
      out.push(await receiveDraft(tx, draftRow(account, input, s.status, { tier: s.tier, sampled: s.sampled }), s.status, testActor));
    }
    return out;
  });
}
