import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import type { Account } from '../../../src/detect/types.js';
import { BOOK_ACCOUNTS, SENSITIVE_FIELDS, testPolicy } from '../../fixtures/detect/book.js';
import { CLEAN, FINDINGS, PUBLIC_PRICE_CASE, type CorpusCase } from '../../fixtures/detect/corpus.js';
import { makeAccount } from '../../fixtures/detect/book.js';

const book = buildBook(BOOK_ACCOUNTS, { sensitiveFields: SENSITIVE_FIELDS });
const policy = testPolicy();

function scanCase(c: CorpusCase) {
  const account = book.get(c.account) as Account;
  return scanDraft(
    {
      subject: c.subject ?? 'Following up',
      body: c.body,
      to: { email: `dana@${account.domain}`, name: c.toName ?? 'Dana Reyes' },
      from: 'sam@ourco.com',
      prompt: c.prompt,
    },
    account,
    book,
    policy,
  );
}

describe('clean corpus: no false alarms', () => {
  it.each(CLEAN.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(scanCase(c).map((f) => `${f.kind}: ${f.excerpt}`)).toEqual([]);
  });
});

describe('golden corpus: kinds, excerpts and offsets', () => {
  it.each(FINDINGS.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const findings = scanCase(c);
    expect(findings.map((f) => ({ kind: f.kind, excerpt: f.excerpt, field: f.field }))).toEqual(
      c.expect.map((e) => ({ kind: e.kind, excerpt: e.excerpt, field: e.field ?? null })),
    );
    const cursor = { subject: 0, body: 0 };
    for (const f of findings) {
      const source = f.field === 'subject' ? (c.subject ?? 'Following up') : c.body;
      const key = f.field === 'subject' ? 'subject' : 'body';
      expect(source.slice(f.start, f.end)).toBe(f.excerpt);
      expect(f.start).toBe(source.indexOf(f.excerpt, cursor[key]));
      cursor[key] = f.start;
      expect(f.message).toMatch(/\S/);
    }
  });
});

describe('public prices', () => {
  it('quoting our list price never counts, even when the target pays exactly that', () => {
    const customer = makeAccount({ id: 'ourco-customer', name: 'Contoso', domain: 'contoso.com', sensitive: { contract_value: '12000' } });
    const b = buildBook([...BOOK_ACCOUNTS, customer], { sensitiveFields: SENSITIVE_FIELDS });
    const draft = { subject: 'Hi', body: PUBLIC_PRICE_CASE.body, to: { email: 'a@contoso.com', name: 'Dana' }, from: 'sam@ourco.com' };
    expect(scanDraft(draft, customer, b, policy)).toEqual([]);
    const noPrices = { ...policy, sender: { ...policy.sender, public_prices_usd: [] } };
    expect(scanDraft(draft, customer, b, noPrices).map((f) => f.excerpt)).toEqual(['$12,000']);
  });
});
