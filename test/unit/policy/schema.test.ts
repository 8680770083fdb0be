import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, formatPolicyErrors, parsePolicy } from '../../../src/policy/schema.js';

describe('parsePolicy', () => {
  it('the shipped default policy is valid and matches the built-in defaults where it does not add examples', () => {
    const text = readFileSync(new URL('../../../src/policy/default-policy.yaml', import.meta.url), 'utf8');
    const r = parsePolicy(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const d = defaultPolicy();
    for (const key of ['high_tier', 'block', 'sampling', 'limits', 'anomaly', 'sensitive_fields'] as const) {
      expect(r.policy[key]).toEqual(d[key]);
    }
  });

  it('every key has a default', () => {
    const r = parsePolicy('');
    expect(r.ok && r.policy.high_tier.account_value_usd).toBe(50000);
    expect(defaultPolicy().sampling.tighten_after).toEqual({ rejections: 2, of_last: 5 });
  });

  it('names the key path and line of each error', () => {
    const r = parsePolicy([
      'owners: [U0OWNER1]',
      'sampling:',
      '  base_rate: 2',
      '  tighten_afterr: 3',
      'high_tier:',
      '  account_value_usd: lots',
    ].join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'sampling.base_rate', line: 3, message: expect.stringMatching(/<=1/) },
      { path: 'sampling.tighten_afterr', line: 4, message: 'unknown key "tighten_afterr"' },
      { path: 'high_tier.account_value_usd', line: 6, message: expect.stringMatching(/number/) },
    ]);
    expect(formatPolicyErrors(r.errors)).toContain('line 3: sampling.base_rate:');
  });

  it('refuses sensitive fields in a workflow scope', () => {
    const r = parsePolicy('workflows:\n  intro:\n    fields: [name, domain, contract_value]\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'workflows.intro.fields[2]', line: 3, message: expect.stringContaining('"contract_value" is a sensitive field') },
    ]);
  });

  it('reports YAML syntax errors with their line', () => {
    const r = parsePolicy('owners: [U1,\nblock: {');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]?.path).toBe('(yaml)');
    expect(r.errors[0]?.line).toBeGreaterThanOrEqual(1);
  });

  it('checks cross-field rules', () => {
    const r = parsePolicy('sampling:\n  base_rate: 0.1\n  floor_rate: 0.3\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ path: 'sampling.floor_rate', line: 3 });
  });

  it('normalizes link domains', () => {
    const r = parsePolicy('links:\n  allow_domains: ["https://www.Calendly.com/x"]\n');
    expect(r.ok && r.policy.links.allow_domains).toEqual(['calendly.com']);
  });

  it('takes a name under any public suffix as a link domain, and rejects other wildcards with the line', () => {
    const r = parsePolicy('links:\n  allow_domains: [calendly.com, "Ourco.*"]\n');
    expect(r.ok && r.policy.links.allow_domains).toEqual(['calendly.com', 'ourco.*']);
    for (const bad of ['"*.ourco.com"', '"our co.*"', '"ourco.*.com"']) {
      const b = parsePolicy(`links:\n  allow_domains:\n    - ${bad}\n`);
      expect(b.ok, bad).toBe(false);
      if (b.ok) continue;
      expect(b.errors[0]).toMatchObject({ path: 'links.allow_domains[0]', line: 3 });
      expect(b.errors[0]?.message).toMatch(/ourco\.\*/);
    }
  });

  it('takes a name under any public suffix as one of our own domains too, with the same errors', () => {
    const r = parsePolicy('sender:\n  own_domains: [ourco.com, "ourco.*"]\n');
    expect(r.ok && r.policy.sender.own_domains).toEqual(['ourco.com', 'ourco.*']);
    const b = parsePolicy('sender:\n  own_domains:\n    - "*.ourco.com"\n');
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.errors[0]).toMatchObject({ path: 'sender.own_domains[0]', line: 3 });
  });
});
