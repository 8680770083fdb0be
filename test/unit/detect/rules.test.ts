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

  it('every example of every built-in rule holds', () => {
    const report = runRuleExamples();
    expect(formatExampleFailures(report.failures)).toBe('');
    expect(report.examples).toBeGreaterThan(300);
  });
});
