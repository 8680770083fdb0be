/**
 * An owner-written detection rule added through the policy file fires at intake (REST), with the
 * policy version that holds it; disabling a built-in through the policy takes effect the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { applyPolicy } from '../../src/policy-store/store.js';
import { testActor } from '../helpers/fixtures.js';
import { readFileSync } from 'node:fs';

const SHIPPED = readFileSync(new URL('../../src/policy/default-policy.yaml', import.meta.url), 'utf8');

let e: IntakeEnv;
beforeAll(async () => {
  e = await setupIntake();
});
afterAll(async () => e?.close());

const POLICY = `${SHIPPED}
rules:
  - id: owner.competitor-pricing
    kind: tone
    severity: critical
    phrases: ["cheaper than Globex"]
    message: 'compares our price with a named competitor: "{match}"'
    examples:
      fire: ["We are cheaper than Globex."]
      pass: ["We are cheaper to run than spreadsheets."]
disable: [tone.exclamations]
`;

describe('owner rules at intake', () => {
  it('a rule from the applied policy fires on POST /v1/drafts and blocks; a disabled built-in stays quiet', async () => {
    const before = await e.post('/v1/drafts', e.draft({ external_id: 'own-0', body: 'Hi there, we are cheaper than Globex!!' }));
    const b0 = (await before.json()) as { findings: Array<{ kind: string; excerpt: string }> };
    expect(b0.findings.map((f) => f.excerpt)).toEqual(['!!']);

    const applied = await applyPolicy(e.deps.db, { yaml: POLICY, comment: 'owner rule: competitor pricing', actor: testActor });
    const secret = await e.token(['drafts:write', 'drafts:read']);
    const res = await e.post('/v1/drafts', e.draft({ external_id: 'own-1', body: 'Hi there, we are cheaper than Globex!!' }), {}, secret);
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; tier: string; status: string; findings: Array<{ kind: string; severity: string; excerpt: string }> };
    expect(body.findings).toEqual([expect.objectContaining({ kind: 'tone', severity: 'critical', excerpt: 'cheaper than Globex' })]);
    expect(body.tier).toBe('blocked');
    expect(body.status).toBe('blocked');
    const rows = await e.deps.sql`select policy_version from drafts where id = ${body.id}`;
    expect(rows[0]!.policy_version).toBe(applied.version);
  });
});
