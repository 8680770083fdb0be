import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/policy/schema.js';
// @ts-expect-error plain JS without types
import { distIsCurrent } from '../../../src/cli/dist-state.mjs';

const shippedText = (): string => readFileSync(new URL('../../../src/policy/default-policy.yaml', import.meta.url), 'utf8');

describe('pre-parsed shipped policy (npm run build writes it as JSON)', () => {
  it('a JSON round trip of the parsed shipped policy is the parsed policy, exactly', () => {
    const parsed = parsePolicy(shippedText());
    if (!parsed.ok) throw new Error('the shipped policy does not parse');
    expect(JSON.parse(JSON.stringify(parsed.policy))).toStrictEqual(parsed.policy);
  });

  // What the compiled CLI runs, when a current build is there to check (dist-state.mjs).
  it.runIf((distIsCurrent as () => boolean)())('the compiled build holds the shipped text and what the sources parse it to', async () => {
    const dist = new URL('../../../dist/policy/parsed-default.js', import.meta.url).href;
    const { PARSED_DEFAULT_POLICY } = (await import(dist)) as { PARSED_DEFAULT_POLICY: { text: string; policy: string } };
    const parsed = parsePolicy(shippedText());
    if (!parsed.ok) throw new Error('the shipped policy does not parse');
    expect(PARSED_DEFAULT_POLICY.text).toBe(shippedText());
    expect(JSON.parse(PARSED_DEFAULT_POLICY.policy)).toStrictEqual(parsed.policy);
  });
});
