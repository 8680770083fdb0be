import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/cli/commands/rules.js';
import { DEFAULT_POLICY_PATH } from '../../src/cli/scan.js';
import { BUILTIN_PACKS } from '../../src/detect/packs/index.js';
import { parsePolicy } from '../../src/policy/schema.js';

describe('docs/rules.md', () => {
  it('lists every built-in pack and rule as `draftgate rules list --markdown` prints them', () => {
    const doc = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
    const listed = doc.slice(doc.indexOf('### `core`'));
    const parsed = parsePolicy(readFileSync(DEFAULT_POLICY_PATH, 'utf8'));
    if (!parsed.ok) throw new Error('the shipped policy does not parse');
    const expected = rulesMarkdown([...BUILTIN_PACKS, { pack: 'policy', rules: parsed.policy.rules }], parsed.policy);
    // Regenerate with: draftgate rules list --markdown (replace from "### `core`" to the end).
    expect(listed).toBe(expected);
  });
});
