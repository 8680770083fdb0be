import { describe, expect, it } from 'vitest';
import { normalizeScope, parseScope, printScope, scopesCovering } from '../../../src/policy/scope.js';

describe('scope', () => {
  it.each([
    ['all', 'all'],
    ['  all ', 'all'],
    ['template:tpl-1', 'template:tpl-1'],
    ['workflow:intro', 'workflow:intro'],
    ['mailbox:SDR@Acme.IO', 'mailbox:sdr@acme.io'],
    ['account:ACC-1', 'account:ACC-1'],
  ])('%j prints as %j', (text, printed) => {
    expect(normalizeScope(text)).toBe(printed);
    expect(normalizeScope(printed)).toBe(printed);
  });

  it.each(['', 'everything', 'template:', 'template: x', 'draft:1', 'domain:acme.io', 'ALL', 'mailbox'])('%j is not a scope', (text) => {
    expect(parseScope(text)).toBeNull();
  });

  it('an id keeps everything after the first colon', () => {
    expect(parseScope('template:a:b')).toEqual({ kind: 'template', id: 'a:b' });
    expect(printScope({ kind: 'template', id: 'a:b' })).toBe('template:a:b');
  });

  it('every scope covering a draft, mailbox lowercased', () => {
    expect(scopesCovering({ templateId: 't', workflow: 'w', mailbox: 'A@B.io', accountId: 'ACC' })).toEqual(['all', 'template:t', 'workflow:w', 'mailbox:a@b.io', 'account:ACC']);
  });
});
