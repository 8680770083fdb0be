import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  buildDecidedBlocks, buildEditModal, buildFullDraftModal, buildHomeView, buildReviewBlocks, encodeActionId, escapeMrkdwn, findingInContext,
  LIMITS, parseActionId, splitText, type CardAccount, type CardDraft,
} from '../../../src/review/blocks.js';

const ID = '3f2a9c1e-4b5d-4e6f-8a7b-9c0d1e2f3a4b';
const draft = (over: Partial<CardDraft> = {}): CardDraft => ({
  id: ID, version: 1, tier: 'high', sampled: false, twoPerson: false, tierReasons: ['account value $120,000 ≥ $50,000 review threshold'], findings: [],
  toEmail: 'jane@acme.example', toName: 'Jane', fromMailbox: 'sdr@seller.example', workflow: 'intro', templateId: 'tpl-1', subject: 'Hi', body: 'Hello Jane', ...over,
});
const acct: CardAccount = { name: 'Acme', valueUsd: 120000, strategic: false, namedOpportunity: null };

/** Every text object in a block tree, with its type. */
function texts(x: unknown, out: Array<{ type: string; text: string }> = []): Array<{ type: string; text: string }> {
  if (Array.isArray(x)) x.forEach((y) => texts(y, out));
  else if (x && typeof x === 'object') {
    const o = x as Record<string, unknown>;
    if ((o.type === 'mrkdwn' || o.type === 'plain_text') && typeof o.text === 'string') out.push({ type: o.type, text: o.text });
    Object.values(o).forEach((v) => texts(v, out));
  }
  return out;
}

describe('escapeMrkdwn', () => {
  it.each([
    ['<!channel>', '&lt;!channel&gt;'],
    ['<@U123>', '&lt;@U123&gt;'],
    ['<http://x|y>', '&lt;http://x|y&gt;'],
    ['a & b', 'a &amp; b'],
    ['&lt;', '&amp;lt;'],
  ])('%s shows literally', (input, want) => expect(escapeMrkdwn(input)).toBe(want));
  it('formatting characters cannot pair up', () => {
    const e = escapeMrkdwn('*bold* _it_ ~s~ `c`');
    expect(e).not.toMatch(/\*[^\u200b]/);
    expect(e.replace(/\u200b/g, '')).toBe('*bold* _it_ ~s~ `c`');
  });
  it('never leaves a raw < or > (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>]/.test(escapeMrkdwn(s))));
  });
});

describe('action ids', () => {
  it('round-trip', () => {
    for (const action of ['approve', 'edit', 'reject', 'view'] as const) {
      const ref = { action, draftId: ID, version: 7 };
      expect(parseActionId(encodeActionId(ref))).toEqual(ref);
      expect(encodeActionId(ref).length).toBeLessThanOrEqual(LIMITS.actionId);
    }
  });
  it.each(['', 'dg:approve', 'dg:approve:not-a-uuid:1', `dg:nuke:${ID}:1`, `dg:approve:${ID}:0`, `dg:approve:${ID}:1:extra`, `xx:approve:${ID}:1`])('rejects %j', (s) => expect(parseActionId(s)).toBeNull());
});

describe('review card', () => {
  it('mention injection in subject, body, names and findings is never live', () => {
    const evil = 'Hey <!channel> <@U123> <http://evil.example|click> *now* & more';
    const d = draft({ subject: evil, body: `Body ${evil}`, toName: evil, tierReasons: [evil], findings: [{ kind: 'link', severity: 'warn', field: null, start: 5, end: 9 + evil.length, excerpt: evil }] });
    const blocks = buildReviewBlocks(d, { ...acct, name: evil, namedOpportunity: evil });
    for (const t of texts(blocks)) {
      if (t.type === 'mrkdwn') {
        expect(t.text).not.toContain('<!channel>');
        expect(t.text).not.toContain('<@U123>');
        expect(t.text).not.toContain('<http://evil');
      }
    }
    // The exact text that will be sent is shown verbatim in plain_text.
    expect(texts(blocks).some((t) => t.type === 'plain_text' && t.text === `Body ${evil}`)).toBe(true);
  });

  it('highlights a finding in context', () => {
    const body = 'Hi Jane, your contract is $187,450 a year, so let us talk.';
    const s = findingInContext({ kind: 'sensitive_field', severity: 'critical', field: null, start: 26, end: 34, excerpt: '$187,450' }, 'S', body);
    expect(s).toContain('*$187,450*');
    expect(s).toContain('your contract is ');
  });

  it('long bodies stay within limits and offer the full draft', () => {
    const body = Array.from({ length: 4000 }, (_, i) => `Sentence number ${i} of a very long draft.`).join(i18n());
    const findings = Array.from({ length: 200 }, (_, i) => ({ kind: 'tone', severity: 'warn' as const, field: null, start: i * 40, end: i * 40 + 8, excerpt: 'Sentence' }));
    const d = draft({ body, findings });
    const blocks = buildReviewBlocks(d, acct);
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.messageBlocks);
    for (const t of texts(blocks)) expect(t.text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(JSON.stringify(blocks)).toContain('View full draft');
    const modal = buildFullDraftModal(d, acct) as { blocks: unknown[] };
    expect(modal.blocks.length).toBeLessThanOrEqual(LIMITS.modalBlocks);
    const home = buildHomeView(Array.from({ length: 60 }, () => ({ draft: d, account: acct, postedAt: new Date() })), 'U1') as { blocks: unknown[] };
    expect(home.blocks.length).toBeLessThanOrEqual(LIMITS.modalBlocks);
  });

  it('splitText keeps every character, each chunk ≤ max (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 20000 }), fc.integer({ min: 10, max: 3000 }), (s, max) => {
      const parts = splitText(s, max);
      return parts.every((p) => p.length <= max) && parts.join('').replace(/\n/g, '') === s.replace(/\n/g, '');
    }));
  });

  it('Approve on a strategic account asks for confirmation', () => {
    const plain = JSON.stringify(buildReviewBlocks(draft(), acct));
    const strategic = JSON.stringify(buildReviewBlocks(draft(), { ...acct, strategic: true }));
    expect(plain).not.toContain('"confirm"');
    expect(strategic).toContain('"confirm"');
  });

  it('the decided card has no buttons and names who and when', () => {
    const b = buildDecidedBlocks(draft(), acct, { outcome: 'approved', by: 'U0REP', at: new Date('2025-01-02T03:04:05Z') });
    expect(JSON.stringify(b)).not.toContain('"actions"');
    expect(JSON.stringify(b)).toContain('<@U0REP>');
  });

  it('edit modal is bounded by the input limit', () => {
    const m = buildEditModal(draft({ body: 'x'.repeat(5000) }), { draftId: ID, version: 1 }) as { submit?: unknown };
    expect(m.submit).toBeUndefined();
  });
});

function i18n() {
  return ' ';
}

describe('a finding about the recipient address (field "to")', () => {
  it('shows the recipient domain and the reviewer-side message, never a slice of the body', () => {
    const s = findingInContext(
      { kind: 'recipient_mismatch', severity: 'critical', field: 'to', start: 4, end: 14, excerpt: 'globex.com', message: 'recipient ceo@globex.com is at globex.com, a domain of Globex (do-not-contact)' },
      'Subject line',
      'Hi Jane, this body must not be quoted for an address finding.',
    );
    expect(s).toContain('*recipient_mismatch* (critical, recipient): *globex.com*');
    expect(s).toContain('Globex (do-not-contact)');
    expect(s).not.toContain('this body');
  });
});
