/** Seeding for guard simulations: many drafts at once, the way intake stores them (lifecycle.receiveDraft). */
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/client.js';
import { importAccounts } from '../../src/accounts/import.js';
import { receiveDraft, type DraftRow } from '../../src/drafts/lifecycle.js';
import { makeAccount, makeDraft, testActor } from './fixtures.js';
import type { Account } from '../../src/detect/types.js';

export async function seedAccount(db: Db, over: Partial<Account> = {}): Promise<Account> {
  const account = makeAccount(over);
  await importAccounts(db, { accounts: [account], actor: testActor, source: 'test' });
  return account;
}

export interface BulkDraft {
  templateId: string;
  workflow?: string;
  mailbox?: string;
  status: 'pending_review' | 'approved';
  tier?: 'high' | 'low';
  sampled?: boolean;
}

export async function seedDrafts(db: Db, account: Account, specs: BulkDraft[]): Promise<DraftRow[]> {
  return db.transaction(async (tx) => {
    const out: DraftRow[] = [];
    for (const s of specs) {
      const input = makeDraft(account, { template_id: s.templateId, workflow: s.workflow ?? 'intro', from: s.mailbox ?? 'sdr@seller.example' });
      out.push(
        await receiveDraft(
          tx,
          {
            id: randomUUID(),
            source: 'test',
            externalId: input.external_id,
            requestHash: createHash('sha256').update(input.external_id).digest('hex'),
            accountId: account.id,
            toEmail: input.to.email,
            toName: input.to.name ?? null,
            fromMailbox: input.from,
            subject: input.subject,
            body: input.body,
            workflow: input.workflow,
            templateId: input.template_id,
            tier: s.tier ?? (s.status === 'approved' ? 'low' : 'high'),
            sampled: s.sampled ?? false,
            policyVersion: 1,
          },
          s.status,
          testActor,
        ),
      );
    }
    return out;
  });
}
