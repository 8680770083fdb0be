/** `npm run demo` end to end (smaller book): comes up, runs the loop, answers /readyz, verifies the audit chain. */
import { describe, expect, it } from 'vitest';
import { runDemo } from '../../src/cli/commands/demo.js';

describe('demo', () => {
  it('comes up on its own services and answers /readyz', async () => {
    const lines: string[] = [];
    let ready: unknown;
    await runDemo(
      {
        exit: true,
        port: '0',
        accounts: '400',
        onReady: async (url) => {
          ready = await (await fetch(`${url}/readyz`)).json();
        },
      },
      (l) => lines.push(l),
    );
    expect(ready).toEqual({ ok: true, postgres: true, redis: true });
    const text = lines.join('\n');
    expect(text).toMatch(/imported 400 accounts/);
    expect(text).toMatch(/audit chain OK/);
    // The boundary: a wrong-recipient draft blocked, a probing agent paused.
    expect(text).toMatch(/addressed to ceo@\S+ \(.*do-not-contact\) → blocked/);
    expect(text).toMatch(/guard: paused client:demo-prober-\d+/);
  }, 300_000);
});
