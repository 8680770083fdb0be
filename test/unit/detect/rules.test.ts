import { describe, expect, it } from 'vitest';
import { BUILTIN_PACKS, BUILTIN_RULES } from '../../../src/detect/packs/index.js';
import { formatExampleFailures, runRuleExamples } from '../../../src/detect/rules/examples.js';

describe('built-in rule packs', () => {
  it('every rule has examples that fire and examples that pass', () => {
    for (const r of BUILTIN_RULES) {
      expect(r.examples.fire.length, r.id).toBeGreaterThan(0);
      expect(r.examples.pass.length, r.id).toBeGreaterThan(0);
    }
    expect(BUILTIN_PACKS.map((p) => p.pack)).toEqual(['core', 'secrets', 'pii', 'internal', 'claims', 'tone', 'placeholders']);
  });

  // About 5,800 examples, each scanned in a draft: 25-30 s beside the rest of the suite on 2 cores.
  it('every example of every built-in rule holds', () => {
    const report = runRuleExamples();
    expect(formatExampleFailures(report.failures)).toBe('');
    expect(report.examples).toBeGreaterThan(300);
  }, 180_000);
});

describe('compiled once per policy version', () => {
  it('reuses the compiled rule set for the same policy and for copies with the same rules', async () => {
    const { rulesForPolicy } = await import('../../../src/detect/rules/compile.js');
    const { defaultPolicy } = await import('../../../src/policy/schema.js');
    const p = defaultPolicy();
    const a = rulesForPolicy(p);
    expect(rulesForPolicy(p)).toBe(a);
    const copy: typeof p = { ...p, sender: { ...p.sender, company: 'Other' } };
    expect(rulesForPolicy(copy)).toBe(a);
    const disabled = rulesForPolicy({ ...p, disable: ['tone.exclamations'] });
    expect(disabled).not.toBe(a);
    expect(disabled.byId.has('tone.exclamations')).toBe(false);
    expect(rulesForPolicy({ ...p, severity: { 'tone.guarantee': 'critical' } }).byId.get('tone.guarantee')?.severity).toBe('critical');
  });
});
