/** `npm run demo` end to end (smaller book): comes up, runs the loop, answers /readyz, verifies the audit chain. */
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../src/cli/commands/demo.js';
import { DEMO_FAST_REVIEWER } from '../../src/cli/demo/review.js';

describe('demo', () => {
  it('comes up on its own services and answers /readyz', async () => {
    const lines: string[] = [];
    let ready: unknown;
    let reviewers = '';
    let fastOne = '';
    await runDemo(
      {
        exit: true,
        port: '0',
        accounts: '400',
        onReady: async (url) => {
          ready = await (await fetch(`${url}/readyz`)).json();
          // Signed in as the demo owner: the Reviewers page and the rubber stamp's decisions.
          const link = lines.map((l) => /^\s+(https?:\/\/\S+\/console\/signin\?token=\S+)$/.exec(l)?.[1]).find(Boolean) ?? '';
          const token = new URL(link).searchParams.get('token') ?? '';
          const signin = await fetch(`${url}/console/signin`, { method: 'POST', body: new URLSearchParams({ token }), redirect: 'manual' });
          const cookie = (signin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
          reviewers = await (await fetch(`${url}/console/reviewers`, { headers: { cookie } })).text();
          fastOne = await (await fetch(`${url}/console/reviewers/${DEMO_FAST_REVIEWER}`, { headers: { cookie } })).text();
        },
      },
      (l) => lines.push(l),
    );
    expect(ready).toEqual({ ok: true, postgres: true, redis: true });
    const text = lines.join('\n');
    expect(text).toMatch(/imported 400 accounts/);
    // A Dynamics export imported as it came: recognized, and the owner is told how it was read.
    expect(text).toMatch(/imported 3 more from a Dynamics 365 export as it came[^\n]*\n\s+read as a Microsoft Dynamics 365 account export \(preset dynamics\), recognized from its header/);
    expect(text).toMatch(/audit chain OK/);
    // The owner's "why was this flagged / why not?" in the demo: rules explain, fired rules and a reading let through.
    expect(text).toMatch(/explain: +tone\.scarcity +tone\/warn +body \d+-\d+ +"Only two onboarding slots are left this quarter"/);
    expect(text).toMatch(/explain: +claim\.model +unverified_claim[^\n]*\n[^\n]*explain: +read at 0\.\d+, let through: sourced to the prospect/);
    // The boundary: a wrong-recipient draft blocked, a probing agent paused.
    expect(text).toMatch(/addressed to ceo@\S+ \(.*do-not-contact\) → blocked/);
    expect(text).toMatch(/guard: paused client:demo-prober-\d+/);
    // Review timing is real (cards presented, decisions timed by the verbs): one rubber stamp.
    expect(text).toMatch(/review: [1-9]\d* approval\(s\) flagged fast/);
    const fastOf = (reviewer: string) => {
      const tr = reviewers.split('<tr>').find((r) => r.includes(`>${reviewer}</a>`)) ?? '';
      return Number(/<span class="[^"]*">(\d+) \(/.exec(tr)?.[1] ?? NaN);
    };
    expect(fastOf(DEMO_FAST_REVIEWER)).toBeGreaterThan(0);
    const others = [...reviewers.matchAll(/href="\/console\/reviewers\/([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)).filter((r) => r !== DEMO_FAST_REVIEWER);
    expect(others.length).toBeGreaterThan(0);
    for (const r of others) expect(fastOf(r), r).toBe(0);
    expect(fastOne).toContain('badge warn">fast</span>');
  }, 300_000);
});
