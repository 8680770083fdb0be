/**
 * The RevOps console in real headless Chromium, against the real app on a loopback port, the
 * suite's Postgres and Redis. Drafts come in through the real REST intake (findings and tiers are
 * the scanner's), reviews through the review verbs, a held draft through the lifecycle.
 * Screenshots of every page land in test/browser/screenshots/ (git-ignored).
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { setupIntake, type IntakeEnv } from '../helpers/http.js';
import { seedDraft, testActor, makeAccount } from '../helpers/fixtures.js';
import { launchBrowser, openPage, screenshot, type Watched } from '../helpers/browser.js';
import { startHttpServer, type RunningServer } from '../../src/http/server.js';
import { applyPolicy, getActivePolicy, readPolicyFile } from '../../src/policy-store/store.js';
import { createSignInLink } from '../../src/console/sessions.js';
import { accounts, auditLog, consoleSessions, drafts, pauses, sends } from '../../src/db/schema.js';
import { claimForSend, holdDraft, queueDraft } from '../../src/drafts/lifecycle.js';
import { approveReview } from '../../src/review/approve-review.js';
import { rejectReview } from '../../src/review/reject-review.js';
import { sealAudit } from '../../src/audit/seal.js';
import { sendKeys } from '../../src/send/fence/fence.js';
import { SIGNING_SECRET, signedInit, slashBody } from '../helpers/slack-requests.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';

// The few DOM names used inside page.evaluate (the project compiles without the DOM lib).
declare const document: { querySelector(s: string): { content: string; textContent: string | null } | null };
declare const window: Record<string, unknown>;

const OWNER = 'U0REVOPS1';
const VIEWER = 'U0VIEWER1';
const REP = 'U0OWNER01'; // the account owner of the fixtures' accounts: an approver in the console

let env: IntakeEnv;
let slack: FakeSlack;
let server: RunningServer;
let browser: Browser;
let owner: Watched;
let heldId: string;
let hostileId: string;
let sentId: string;
let okId: string;

async function signIn(w: Watched, user: string): Promise<void> {
  const link = await createSignInLink(env.deps, user);
  await w.page.goto(`${server.url}/console/signin?token=${encodeURIComponent(link.token)}`);
  await w.page.getByRole('button', { name: 'Sign in' }).click();
  await w.page.waitForURL(`${server.url}/console`);
}

async function csrfPost(w: Watched, path: string, form: Record<string, string>, withToken = true): Promise<number> {
  return w.page.evaluate(
    async ({ path, form, withToken }) => {
      const body = new URLSearchParams(form);
      if (withToken) body.set('_csrf', document.querySelector('meta[name="csrf-token"]')!.content);
      const r = await fetch(path, { method: 'POST', body, redirect: 'manual' });
      return r.status;
    },
    { path, form, withToken },
  );
}

beforeAll(async () => {
  // Slack configured, its Web API faked on loopback (Bolt calls auth.test once).
  slack = await startFakeSlack();
  env = await setupIntake({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.url });
  const { deps } = env;
  const yaml = (await readPolicyFile()).replace('owners: []', `owners: [${OWNER}]`);
  await applyPolicy(deps.db, { yaml, comment: 'console test owners', actor: testActor });

  // Real intake: an ordinary draft, a draft leaking a contract value, and a hostile one.
  const tok = env.secret;
  const ok = await env.post('/v1/drafts', env.draft({ external_id: 'ok-1', prompt: 'Write a friendly intro about reporting.', data_sources: ['crm:accounts', 'web:acme-analytics.com'] }), {}, tok);
  expect(ok.status).toBeLessThan(300);
  okId = ((await ok.json()) as { id: string }).id;
  const leak = await env.post('/v1/drafts', env.draft({ external_id: 'leak-1', body: 'Hi Jane,\n\nYour contract value of $48,250 renews soon; we can keep the 17% discount.\n\nBest,\nSam' }), {}, tok);
  expect(leak.status).toBeLessThan(300);
  const hostile = await env.post(
    '/v1/drafts',
    env.draft({
      external_id: 'hostile-1',
      to: { email: 'jane@acme-analytics.com', name: '<svg onload="window.__pwned=3">Jane' },
      subject: '"><script>window.__pwned=1</script> quick idea',
      body: 'Hi <b>Jane</b>,\n<script>window.__pwned=2;alert("xss")</script>\n<img src=x onerror="window.__pwned=4;alert(4)">\n<a href="javascript:window.__pwned=5">open</a>\n</pre><iframe src="javascript:alert(6)"></iframe>\nBest,\nSam',
      prompt: '</pre><script>window.__pwned=7</script>',
    }),
    {},
    tok,
  );
  expect(hostile.status).toBeLessThan(300);
  hostileId = ((await hostile.json()) as { id: string }).id;

  // Reviews: the account owner approves fast and rejects one (the Reviewers page has data).
  const more = [] as string[];
  for (let i = 0; i < 3; i++) {
    const { draft } = await seedDraft(deps.db, { account: env.account, status: 'pending_review', draft: { template_id: 'tpl-1', workflow: 'intro' } });
    more.push(draft.id);
  }
  await approveReview(deps, { draftId: more[0]!, version: 1, reviewer: REP, actor: { type: 'rep', slackUserId: REP } });
  await approveReview(deps, { draftId: more[1]!, version: 1, reviewer: REP, actor: { type: 'rep', slackUserId: REP } });
  await rejectReview(deps, { draftId: more[2]!, version: 1, reviewer: REP, actor: { type: 'rep', slackUserId: REP }, reasonCategory: 'factual_error' as never, reasonText: 'wrong product name' });
  sentId = more[0]!;

  // A held draft: the send outcome is unknown.
  const { draft: h } = await seedDraft(deps.db, { account: makeAccount({ id: 'ACC-H' }), status: 'approved', draft: { template_id: 'tpl-2' } });
  await queueDraft(deps.db, h.id, testActor);
  await claimForSend(deps.db, h.id, testActor);
  await deps.db.insert(sends).values({ draftId: h.id, attempt: 1, transport: 'outbox', messageId: `<${randomUUID()}@test>`, status: 'unknown' });
  await holdDraft(deps.db, h.id, testActor, 'worker died mid-call');
  heldId = h.id;
  await sealAudit(deps.sql);

  server = await startHttpServer(env.app, { host: '127.0.0.1', port: 0 });
  browser = await launchBrowser();
  owner = await openPage(browser);
}, 90_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await server?.close(2000);
  await env?.close();
  await slack?.close();
});

describe('console sign-in', () => {
  it('/outreach-console answers privately with a one-time link; it signs in once; reuse and expiry are refused', async () => {
    const body = slashBody({ command: '/outreach-console', text: '', user: OWNER });
    const res = await env.app.request('/slack/events', signedInit(body, 'application/x-www-form-urlencoded'));
    expect(res.status).toBe(200);
    const ack = (await res.json()) as { response_type: string; text: string };
    expect(ack.response_type).toBe('ephemeral');
    const m = /<(https?:\/\/[^|>]+\/console\/signin\?token=([^|>]+))\|/.exec(ack.text);
    expect(m).not.toBeNull();
    const link = { token: decodeURIComponent(m![2]!) };
    const p = owner.page;
    await p.goto(`${server.url}/console`);
    expect(await p.textContent('main')).toContain('/outreach-console');
    await screenshot(p, 'signed-out');

    await p.goto(`${server.url}/console/signin?token=${encodeURIComponent(link.token)}`);
    await screenshot(p, 'signin');
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.waitForURL(`${server.url}/console`);
    expect(await p.textContent('h1')).toBe('Overview');
    const cookies = await owner.context.cookies();
    const c = cookies.find((x) => x.name === 'dg_console')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');

    // Reuse from another browser: refused.
    const other = await openPage(browser);
    await other.page.goto(`${server.url}/console/signin?token=${encodeURIComponent(link.token)}`);
    const [resp] = await Promise.all([other.page.waitForResponse((r) => r.url().endsWith('/console/signin') && r.request().method() === 'POST'), other.page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(resp.status()).toBe(401);
    expect(await other.page.textContent('main')).toMatch(/already used or has expired/);

    const expired = await createSignInLink({ ...env.deps, now: () => new Date(Date.now() - 11 * 60_000) }, OWNER);
    await other.page.goto(`${server.url}/console/signin?token=${encodeURIComponent(expired.token)}`);
    const [resp2] = await Promise.all([other.page.waitForResponse((r) => r.url().endsWith('/console/signin') && r.request().method() === 'POST'), other.page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(resp2.status()).toBe(401);
    await other.context.close();
    const refused = await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'console.link_refused'));
    expect(refused.map((r) => (r.data as { why: string }).why).sort()).toEqual(['expired', 'used']);
  });
});

describe('overview', () => {
  it('shows the queue, held drafts and caps, and updates itself without a reload', async () => {
    const p = owner.page;
    await p.goto(`${server.url}/console`);
    const main = (await p.textContent('main'))!;
    expect(main).toContain('Waiting for review');
    expect(main).toContain(heldId.slice(0, 8));
    expect(main).toContain('worker died mid-call');
    expect(main).toMatch(/org/);
    await screenshot(p, 'overview');

    // A new pending draft appears through the poll, with no navigation.
    const before = Number(await p.textContent('[data-testid="review-waiting"]'));
    await seedDraft(env.deps.db, { account: env.account, status: 'pending_review' });
    await p.waitForFunction((n) => Number(document.querySelector('[data-testid="review-waiting"]')?.textContent) === n, before + 1, { timeout: 20_000 });
    await p.setViewportSize({ width: 390, height: 844 });
    await screenshot(p, 'overview-phone');
    await p.setViewportSize({ width: 1280, height: 900 });
  });

  it('pause and resume from the console reach the fence (pause row, Redis flag) through the verbs', async () => {
    const p = owner.page;
    await p.goto(`${server.url}/console`);
    await p.getByLabel('Scope').fill('template:tpl-1');
    await p.getByLabel('Reason').fill('checking a complaint');
    await p.getByRole('button', { name: 'Pause', exact: true }).click();
    await p.waitForURL(/ok=paused/);
    expect(await p.textContent('main')).toContain('template:tpl-1');
    const [row] = await env.deps.db.select().from(pauses).where(and(eq(pauses.scope, 'template:tpl-1'), isNull(pauses.endedAt)));
    expect(row?.actor).toEqual({ type: 'rep', slackUserId: OWNER });
    const k = sendKeys(env.deps.prefix);
    expect(await env.deps.redis.hget(k.flags, 'template:tpl-1')).toBe(row!.id);
    await screenshot(p, 'overview-paused');

    await p.getByRole('button', { name: 'Resume template:tpl-1' }).click();
    await p.waitForURL(/ok=resumed/);
    const [ended] = await env.deps.db.select().from(pauses).where(eq(pauses.id, row!.id));
    expect(ended?.endedAt).not.toBeNull();
    expect(ended?.endedBy).toEqual({ type: 'rep', slackUserId: OWNER });
    expect(await env.deps.redis.hget(k.flags, 'template:tpl-1')).toBeNull();
  });

  it('a POST without the CSRF token is refused and writes nothing', async () => {
    const n = (await env.deps.db.select().from(pauses)).length;
    expect(await csrfPost(owner, '/console/pauses', { scope: 'all', reason: 'csrf probe' }, false)).toBe(403);
    expect(await csrfPost(owner, '/console/held/' + heldId + '/cancel', {}, false)).toBe(403);
    expect((await env.deps.db.select().from(pauses)).length).toBe(n);
    const [h] = await env.deps.db.select({ status: drafts.status }).from(drafts).where(eq(drafts.id, heldId));
    expect(h?.status).toBe('held');
  });

  it("a non-owner sees no Resume button; a forged resume is refused, audited, and the pause stays", async () => {
    const viewer = await openPage(browser);
    await signIn(viewer, VIEWER);
    await viewer.page.getByLabel('Scope').fill('all');
    await viewer.page.getByLabel('Reason').fill('viewer pulls the brake');
    await viewer.page.getByRole('button', { name: 'Pause', exact: true }).click();
    await viewer.page.waitForURL(/ok=paused/);
    expect(await viewer.page.getByRole('button', { name: /^Resume/ }).count()).toBe(0);
    expect(await viewer.page.getByRole('link', { name: 'Policy' }).count()).toBe(0);
    await screenshot(viewer.page, 'overview-viewer');
    const [p] = await env.deps.db.select().from(pauses).where(and(eq(pauses.scope, 'all'), isNull(pauses.endedAt)));
    expect(await csrfPost(viewer, '/console/pauses/resume', { scope: 'all', pause_id: p!.id })).toBe(403);
    expect(await csrfPost(viewer, `/console/held/${heldId}/release`, {})).toBe(403);
    expect(await csrfPost(viewer, '/console/policy/apply', { yaml: 'owners: []', comment: 'take over' })).toBe(403);
    expect(await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'policy.apply_denied'))).toHaveLength(1);
    const [still] = await env.deps.db.select().from(pauses).where(eq(pauses.id, p!.id));
    expect(still?.endedAt).toBeNull();
    const denied = await env.deps.db.select().from(auditLog).where(eq(auditLog.subject, 'pause:all'));
    expect(denied.some((r) => r.action === 'pause.resume_denied' && (r.actor as { slackUserId: string }).slackUserId === VIEWER)).toBe(true);
    const heldDenied = await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'held.release_denied'));
    expect(heldDenied).toHaveLength(1);
    // Owner-only pages are refused to a viewer.
    const r = await viewer.page.goto(`${server.url}/console/policy`);
    expect(r?.status()).toBe(403);

    // Sign-out ends every session of the user.
    await viewer.page.goto(`${server.url}/console`);
    await viewer.page.getByRole('button', { name: 'Sign out everywhere' }).click();
    const live = await env.deps.db.select().from(consoleSessions).where(and(eq(consoleSessions.slackUserId, VIEWER), isNull(consoleSessions.revokedAt)));
    expect(live).toHaveLength(0);
    await viewer.context.close();

    // The owner resumes the viewer's pause from the console.
    await owner.page.goto(`${server.url}/console`);
    await owner.page.getByRole('button', { name: 'Resume all' }).click();
    await owner.page.waitForURL(/ok=resumed/);
  });

  it('held drafts: the owner cancels one from the console (lifecycle + audit)', async () => {
    const p = owner.page;
    await p.goto(`${server.url}/console`);
    await p.getByRole('button', { name: new RegExp(`^Cancel draft ${heldId.slice(0, 8)}`) }).click();
    await p.waitForURL(/ok=cancelled/);
    const [h] = await env.deps.db.select({ status: drafts.status }).from(drafts).where(eq(drafts.id, heldId));
    expect(h?.status).toBe('cancelled');
    const rows = await env.deps.db.select().from(auditLog).where(and(eq(auditLog.subject, `draft:${heldId}`), eq(auditLog.action, 'draft.cancelled')));
    expect(rows[0]?.actor).toEqual({ type: 'rep', slackUserId: OWNER });
  });
});

describe('drafts', () => {
  it('hostile draft HTML/JS is shown as text and never executes', async () => {
    const p = owner.page;
    for (const path of ['/console/drafts', `/console/drafts/${hostileId}`, '/console']) {
      await p.goto(`${server.url}${path}`);
      await p.waitForLoadState('load');
      expect(await p.evaluate(() => window.__pwned)).toBeUndefined();
    }
    await p.goto(`${server.url}/console/drafts/${hostileId}`);
    expect(await p.textContent('[data-testid="body"]')).toContain('<script>window.__pwned=2;alert("xss")</script>');
    expect(await p.textContent('[data-testid="subject"]')).toContain('"><script>window.__pwned=1</script>');
    expect(await p.textContent('[data-testid="prompt"]')).toContain('</pre><script>window.__pwned=7</script>');
    expect(await p.locator('main script, main img, main iframe, main svg, a[href^="javascript:"]').count()).toBe(0);
    // Clicking around the text does nothing either.
    await p.locator('[data-testid="body"]').click();
    await p.waitForTimeout(200);
    expect(await p.evaluate(() => window.__pwned)).toBeUndefined();
    expect(owner.dialogs).toEqual([]);
    await screenshot(p, 'draft-hostile');
  });

  it('search finds drafts; the story page tells how an email happened, with findings highlighted and a chain check', async () => {
    const p = owner.page;
    await p.goto(`${server.url}/console/drafts`);
    await p.getByLabel('Finding').selectOption('sensitive_field');
    await p.getByRole('button', { name: 'Search' }).click();
    await p.waitForURL(/finding=sensitive_field/);
    const rows = p.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    await screenshot(p, 'drafts');
    await rows.first().locator('a').first().click();
    await p.waitForURL(/\/console\/drafts\/[0-9a-f-]{36}$/);
    expect(await p.locator('mark.sev-critical').count()).toBeGreaterThan(0);
    expect(await p.textContent('main')).toMatch(/blocked|high/);
    await screenshot(p, 'draft-leak');

    await sealAudit(env.deps.sql);
    await p.goto(`${server.url}/console/drafts/${sentId}`);
    expect(await p.textContent('main')).toContain(`approve by ${REP}`);
    expect(await p.textContent('[data-testid="chain-check"]')).toMatch(/(\d+) of \1 row\(s\) verify/);
    await screenshot(p, 'draft-story');
    const exported = (await p.evaluate(async (id) => (await fetch(`/console/drafts/${id}/export.json`)).json(), sentId)) as { draft: { id: string }; reviews: Array<{ reviewer: string }> };
    expect(exported.draft.id).toBe(sentId);
    expect(exported.reviews[0]?.reviewer).toBe(REP);
  });
});

describe('policy', () => {
  it('a backtest lists the drafts whose tier would change, each linked to its story', async () => {
    const p = owner.page;
    await p.goto(`${server.url}/console/policy`);
    const editor = p.getByLabel('Candidate policy (YAML)');
    const text = await editor.inputValue();
    // No probation and a very high account-value bar: the clean intro draft leaves the high tier.
    await editor.fill(text.replace('account_value_usd: 50000', 'account_value_usd: 100000000').replace('new_template_probation: 20', 'new_template_probation: 0'));
    await p.getByRole('button', { name: 'Backtest' }).click();
    await p.waitForURL(/\/console\/policy\/backtest/);
    const link = p.locator(`[data-testid="changed-draft"][href="/console/drafts/${okId}"]`);
    expect(await link.count()).toBe(1);
    const row = await link.locator('xpath=ancestor::tr').textContent();
    expect(row).toContain(env.account.id);
    expect(row).toMatch(/high → low/);
    await screenshot(p, 'policy-backtest-changed');
    await link.click();
    await p.waitForURL(`${server.url}/console/drafts/${okId}`);
  });

  it('edit → validate as you type → backtest → apply changes the active version (owners)', async () => {
    const before = await getActivePolicy(env.deps.db, { fresh: true });
    const p = owner.page;
    await p.goto(`${server.url}/console/policy`);
    await screenshot(p, 'policy');
    const editor = p.getByLabel('Candidate policy (YAML)');
    const text = await editor.inputValue();
    await editor.fill(text.replace('base_rate: 0.2', 'base_rate: lots'));
    await p.waitForFunction(() => /line \d+/.test(document.querySelector('#validation')?.textContent ?? ''), undefined, { timeout: 15_000 });
    expect(await p.textContent('#validation')).toMatch(/sampling\.base_rate/);
    await editor.fill(text.replace('base_rate: 0.2', 'base_rate: 0.1'));
    await p.waitForFunction(() => /valid/i.test(document.querySelector('#validation')?.textContent ?? '') && !/line/.test(document.querySelector('#validation')?.textContent ?? ''), undefined, { timeout: 15_000 });
    await p.getByRole('button', { name: 'Backtest' }).click();
    await p.waitForURL(/\/console\/policy\/backtest/);
    expect(await p.textContent('main')).toMatch(/Backtest over \d+ drafts/);
    await screenshot(p, 'policy-backtest');
    await p.getByLabel('Comment (required)').fill('halve sampling after a clean month');
    await p.getByRole('button', { name: 'Apply this policy' }).click();
    await p.waitForURL(/ok=applied/);
    const after = await getActivePolicy(env.deps.db, { fresh: true });
    expect(after.version).toBe(before.version + 1);
    expect(after.policy.sampling.base_rate).toBe(0.1);
    expect(after.comment).toBe('halve sampling after a clean month');
    const [audit] = await env.deps.db.select().from(auditLog).where(eq(auditLog.subject, `policy:${after.version}`));
    expect(audit?.actor).toEqual({ type: 'rep', slackUserId: OWNER });
    await p.goto(`${server.url}/console/policy?a=${before.version}&b=${after.version}`);
    expect(await p.textContent('[data-testid="diff"]')).toContain('+  base_rate: 0.1');
    await p.getByRole('link', { name: "Load this week's suggestions" }).click();
    expect(await p.textContent('main')).toMatch(/no suggestion this week|Open as candidate/);
  });
});

describe('book', () => {
  const ZOHO = 'Record Id,Account Owner,Account Name,Account Type,Website,Email Opt Out,Phone,Billing City\n';
  async function upload(w: Watched, name: string, text: string | Buffer): Promise<void> {
    await w.page.goto(`${server.url}/console/book`);
    await w.page.setInputFiles('#book-file', { name, mimeType: 'text/csv', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text) });
    await w.page.getByRole('button', { name: 'Import' }).click();
    await w.page.waitForSelector('[data-testid="upload-result"]');
  }
  const dnc = async (id: string) => (await env.deps.db.select({ v: accounts.doNotContact }).from(accounts).where(eq(accounts.id, id)))[0]?.v;

  it('the owner imports a CRM export as it came, sees how it was read, and a bad file imports nothing with every bad row listed', async () => {
    const p = owner.page;
    const before = (await env.deps.db.select().from(accounts)).length;
    // Windows-1252 bytes, as Excel on Windows saves "CSV".
    await upload(owner, 'Accounts_2026_12_04.csv', Buffer.from(`${ZOHO}zcrm_1001,Sam Rivera,Société Zylker,Customer,www.zylker-console.example,false,555,Lyon\nzcrm_1002,Sam Rivera,Initrode Console,Prospect,initrode-console.example,true,,\n`, 'latin1'));
    const result = await p.textContent('[data-testid="upload-result"]');
    expect(result).toMatch(/read as a Zoho CRM accounts export \(preset zoho\), recognized from its header/);
    expect(result).toMatch(/not UTF-8: read as windows-1252/);
    expect(await p.textContent('main')).toMatch(/Import \d+ applied: 2 account\(s\) added, 0 updated/);
    expect((await env.deps.db.select({ name: accounts.name }).from(accounts).where(eq(accounts.id, 'zcrm_1001')))[0]?.name).toBe('Société Zylker');
    expect(await dnc('zcrm_1002')).toBe(true);
    expect(await p.textContent('[data-testid="book-figures"]')).toMatch(new RegExp(`${before + 2}\\s*accounts`));
    await screenshot(p, 'book');

    await upload(owner, 'bad.csv', `${ZOHO}zcrm_1003,Sam,Bad One,Customer,bad-one.example,maybe,,\nzcrm_1004,Sam,No Site,Customer,,false,,\n`);
    expect(await p.textContent('main')).toMatch(/2 row\(s\) refused; nothing was imported/);
    const refused = await p.textContent('[data-testid="upload-result"] tbody');
    expect(refused).toMatch(/zcrm_1003.*do_not_contact.*maybe/s);
    expect(refused).toMatch(/zcrm_1004.*domain is required/s);
    expect((await env.deps.db.select().from(accounts)).length).toBe(before + 2);
  });

  it('an import that lifts a do-not-contact flag waits for an owner; applied from its page, then rolled back, each audited as the console user', async () => {
    const p = owner.page;
    await upload(owner, 'lift.csv', `${ZOHO}zcrm_1002,Sam Rivera,Initrode Console,Prospect,initrode-console.example,false,,\n`);
    expect(await p.textContent('main')).toMatch(/Import (\d+) is staged, not applied: .*do-not-contact/);
    expect(await dnc('zcrm_1002')).toBe(true);
    const id = Number(/Import (\d+) is staged/.exec((await p.textContent('main')) ?? '')![1]);
    await p.getByRole('link', { name: String(id), exact: true }).click();
    await p.waitForURL(new RegExp(`/console/book/imports/${id}$`));
    expect(await p.textContent('main')).toMatch(/Do-not-contact lifted: zcrm_1002/);
    expect(await p.textContent('main')).toMatch(/doNotContact.*true → false/s);
    await screenshot(p, 'book-import-staged');
    await p.getByTestId(`import-apply-${id}`).click();
    await p.waitForURL(/ok=import_apply/);
    expect(await dnc('zcrm_1002')).toBe(false);
    await p.getByTestId(`import-rollback-${id}`).click();
    await p.waitForURL(/ok=import_rollback/);
    expect(await dnc('zcrm_1002')).toBe(true);
    const rows = await env.deps.db.select().from(auditLog).where(eq(auditLog.subject, `import:${id}`));
    expect(rows.map((r) => r.action).sort()).toEqual(['accounts.import_confirmed', 'accounts.import_rolled_back', 'accounts.import_staged']);
    expect(rows.every((r) => (r.actor as { slackUserId?: string }).slackUserId === OWNER)).toBe(true);
  });

  it('a viewer sees no Book page; forged imports and import actions are refused, audited, and change nothing', async () => {
    const viewer = await openPage(browser);
    await signIn(viewer, VIEWER);
    expect(await viewer.page.getByRole('link', { name: 'Book' }).count()).toBe(0);
    expect((await viewer.page.goto(`${server.url}/console/book`))?.status()).toBe(403);
    await viewer.page.goto(`${server.url}/console`);
    const before = (await env.deps.db.select().from(accounts)).length;
    expect(await csrfPost(viewer, '/console/book/import', { preset: 'zoho' })).toBe(403);
    const [last] = await env.deps.db.select({ id: auditLog.subject }).from(auditLog).where(eq(auditLog.action, 'accounts.import_rolled_back'));
    const id = last!.id.replace('import:', '');
    expect(await csrfPost(viewer, `/console/book/imports/${id}/apply`, {})).toBe(403);
    expect((await env.deps.db.select().from(accounts)).length).toBe(before);
    const denied = await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'accounts.import_denied'));
    expect(denied.map((r) => (r.actor as { slackUserId: string }).slackUserId)).toEqual([VIEWER]);
    expect(await env.deps.db.select().from(auditLog).where(eq(auditLog.action, 'accounts.import_apply_denied'))).toHaveLength(1);
    await viewer.context.close();
  });
});

describe('reports', () => {
  it('templates, reviewers and audit pages render real data', async () => {
    const p = owner.page;
    await p.goto(`${server.url}/console/templates`);
    expect(await p.textContent('main')).toContain('tpl-1');
    await screenshot(p, 'templates');
    await p.goto(`${server.url}/console/templates/tpl-1`);
    await p.waitForSelector('.chart canvas', { timeout: 20_000 });
    await screenshot(p, 'template-chart');

    await p.goto(`${server.url}/console/reviewers`);
    expect(await p.textContent('main')).toContain(REP);
    await screenshot(p, 'reviewers');
    await p.getByRole('link', { name: REP }).first().click();
    await p.waitForURL(new RegExp(`/console/reviewers/${REP}`));
    expect(await p.locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    await screenshot(p, 'reviewer');

    await sealAudit(env.deps.sql);
    await p.goto(`${server.url}/console/audit`);
    expect(await p.textContent('[data-testid="verify"]')).toMatch(/verifies/);
    await p.getByLabel('Action').fill('pause.');
    await p.getByRole('button', { name: 'Filter' }).click();
    expect(await p.textContent('tbody')).toContain('pause.started');
    await screenshot(p, 'audit');
    const jsonl = await p.evaluate(async () => (await fetch('/console/audit/export?format=jsonl&action=pause.')).text());
    expect(jsonl.trim().split('\n').every((l) => JSON.parse(l).action.startsWith('pause.'))).toBe(true);
    expect(owner.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });
});
