/**
 * The RevOps console at /console: server-rendered pages on the app's Hono instance.
 *
 * Contract
 * - GET  /console/signin?token=…  a page with one "Sign in" button (link previewers that GET the
 *   link cannot burn it); POST /console/signin redeems the one-time link, sets the session cookie
 *   (httpOnly, SameSite=Strict, Path=/console, Secure unless served from loopback) → 303 /console.
 *   A used, expired or unknown link → 401 page, nothing but a `console.link_refused` audit row.
 * - Every other route needs a live session (GET → 401 page with how to get a link; POST → 401).
 * - Every POST carries the session's CSRF token (`_csrf` form field or `x-csrf-token` header) and,
 *   when the browser sends Origin, a same-origin Origin; otherwise 403 and nothing is written.
 * - Actions call one verb each with the console user as actor ({type:'rep', slackUserId}):
 *   pause → pauseScope (anyone), resume → resumeFromAlert (workflow owner + policy owners; anyone
 *   else refused and audited by the verb), held release/cancel → releaseHeld/cancelHeld and policy
 *   apply → applyPolicy (owners; others refused and audited, see authorize.ts).
 * - Errors render once, here: an HTML page with the AppError's status and message (JSON for the
 *   fetch endpoints). Every response carries a strict CSP (no inline script or style), nosniff,
 *   no-referrer (the sign-in token is in a URL), frame-ancestors 'none' and Cache-Control no-store.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { html } from 'hono/html';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import type { Deps } from '../deps.js';
import { AppError } from '../lib/errors.js';
import { getConsoleRole, getOverview, type ConsoleRole } from '../reports/console-overview.js';
import { DraftSearch, getDraftStory, searchDrafts } from '../reports/console-drafts.js';
import { pauseScope } from '../guard/pauses.js';
import { resumeFromAlert } from '../guard/resume-from-alert.js';
import { cancelHeld, releaseHeld } from '../send/held.js';
import { consoleActor, endSessions, getSession, redeemSignInLink, SESSION_TTL_MS, type ConsoleSession } from './sessions.js';
import { requireOwner } from './authorize.js';
import { canSee, layout, type Html, type PageContext } from './layout.js';
import { overviewLive, overviewPage } from './pages/overview.js';
import { draftStoryPage, draftsPage } from './pages/drafts.js';
import { registerConsoleOwnerRoutes } from './owner-routes.js';

export const COOKIE = 'dg_console';

export type ConsoleEnv = { Variables: { requestId: string; session: ConsoleSession; role: ConsoleRole; page: PageContext } };

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const OK_MESSAGES: Record<string, string> = {
  paused: 'Paused. No send in that scope will start until it is resumed.',
  already_paused: 'That scope was already paused.',
  resumed: 'Resumed. Parked sends go through the caps again.',
  released: 'Released: the draft is queued to send again.',
  cancelled: 'Cancelled: the draft will not be sent.',
  applied: 'Policy applied: it is the active version now.',
  import_apply: 'Staged import applied: the book is updated.',
  import_discard: 'Staged import discarded: nothing changed.',
  import_rollback: 'Import rolled back: the accounts it changed are as they were, and the ones it added are gone.',
};

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function render(c: Context, page: Html, status = 200): Promise<Response> {
  return c.html(await page, status as 200);
}

/** Read a urlencoded/multipart form, bounded by MAX_BODY_BYTES; strings only. */
export async function readForm(c: Context, maxBytes: number): Promise<Record<string, string>> {
  const len = Number(c.req.header('content-length') ?? 0);
  if (len > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE', `request body is larger than ${maxBytes} bytes`);
  const body = await c.req.parseBody();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') out[k] = v;
  return out;
}

export function flashFrom(c: Context): { kind: 'ok' | 'error'; text: string } | null {
  const ok = c.req.query('ok');
  const text = ok ? OK_MESSAGES[ok] : undefined;
  const what = (c.req.query('what') ?? '').slice(0, 120);
  return text ? { kind: 'ok', text: `${text}${what ? ` (${what})` : ''}` } : null;
}

function errorPage(c: Context, status: number, title: string, message: string, ctx: PageContext | null): Promise<Response> {
  return render(c, layout(title, '', ctx, html`<p class="flash error" role="alert">${message}</p><p><a href="/console">Back to the overview</a></p>`), status);
}

export function registerConsoleRoutes(app: Hono<any>, deps: Deps): void {
  const con = new Hono<ConsoleEnv>();
  const require = createRequire(import.meta.url);
  const assets: Record<string, { file: string; type: string }> = {
    'console.css': { file: new URL('./static/console.css', import.meta.url).pathname, type: 'text/css; charset=utf-8' },
    'console.js': { file: new URL('./static/console.js', import.meta.url).pathname, type: 'text/javascript; charset=utf-8' },
    'chart.js': { file: new URL('./static/chart.js', import.meta.url).pathname, type: 'text/javascript; charset=utf-8' },
    'policy.js': { file: new URL('./static/policy.js', import.meta.url).pathname, type: 'text/javascript; charset=utf-8' },
    'uplot.min.js': { file: require.resolve('uplot/dist/uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
    'uplot.min.css': { file: require.resolve('uplot/dist/uPlot.min.css'), type: 'text/css; charset=utf-8' },
  };
  const cache = new Map<string, string>();

  con.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', CSP);
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'no-referrer');
    c.header('x-frame-options', 'DENY');
    if (!c.req.path.startsWith('/console/static/')) c.header('cache-control', 'no-store');
  });

  con.onError((err, c) => {
    const ctx = (c.get('page') as PageContext | undefined) ?? null;
    if (err instanceof AppError) {
      if (c.req.header('accept')?.includes('application/json')) return c.json({ code: err.code, detail: err.message, errors: err.extra.errors ?? [] }, err.status as 400);
      const detail = err.extra.errors?.length ? `${err.message}: ${err.extra.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}` : err.message;
      return errorPage(c, err.status, err.status === 403 ? 'Not permitted' : err.status === 401 ? 'Sign in' : 'Could not do that', detail, ctx);
    }
    deps.log.error({ err, requestId: c.get('requestId') }, 'console error');
    return errorPage(c, 500, 'Something went wrong', `Internal error (request ${c.get('requestId')}).`, ctx);
  });

  con.get('/static/:name', (c) => {
    const a = assets[c.req.param('name')];
    if (!a) throw new AppError('NOT_FOUND', 'no such asset');
    let body = cache.get(a.file);
    if (body === undefined) {
      body = readFileSync(a.file, 'utf8');
      cache.set(a.file, body);
    }
    c.header('content-type', a.type);
    c.header('cache-control', 'public, max-age=300');
    return c.body(body);
  });

  con.get('/signin', (c) => {
    const token = c.req.query('token') ?? '';
    return render(
      c,
      layout(
        'Sign in',
        '',
        null,
        html`<form method="post" action="/console/signin" class="card">
<input type="hidden" name="token" value="${token}">
<p>This one-time link signs you in to the draftgate console with your Slack identity. It works once and expires after a few minutes.</p>
<button type="submit" id="signin">Sign in</button>
</form>`,
      ),
    );
  });

  con.post('/signin', async (c) => {
    const form = await readForm(c, 16_384);
    const origin = c.req.header('origin');
    if (origin && origin !== 'null' && new URL(origin).host !== new URL(c.req.url).host) throw new AppError('FORBIDDEN', 'cross-site sign-in refused');
    const { secret } = await redeemSignInLink(deps, form.token ?? '');
    setCookie(c, COOKIE, secret, {
      path: '/console',
      httpOnly: true,
      sameSite: 'Strict',
      secure: !isLoopback(new URL(c.req.url).hostname),
      maxAge: Math.floor(SESSION_TTL_MS / 1000),
    });
    return c.redirect('/console', 303);
  });

  const requireSession: MiddlewareHandler<ConsoleEnv> = async (c, next) => {
    const secret = getCookie(c, COOKIE);
    const session = secret ? await getSession(deps, secret) : null;
    if (!session) {
      if (c.req.method === 'GET' && !c.req.header('accept')?.includes('application/json')) {
        return errorPage(c, 401, 'Sign in', 'You are not signed in (or your session ended). Type /outreach-console in Slack for a one-time sign-in link.', null);
      }
      throw new AppError('UNAUTHORIZED', 'not signed in');
    }
    const role = await getConsoleRole(deps, session.slackUserId);
    c.set('session', session);
    c.set('role', role);
    c.set('page', { user: session.slackUserId, role, csrf: session.csrfToken });
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      const origin = c.req.header('origin');
      if (origin && origin !== 'null' && new URL(origin).host !== new URL(c.req.url).host) throw new AppError('FORBIDDEN', 'cross-site request refused');
      let token = c.req.header('x-csrf-token');
      if (!token) {
        const type = c.req.header('content-type') ?? '';
        if (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')) {
          // parseBody caches the body on the request, so handlers can read it again.
          token = (await readForm(c, deps.config.MAX_BODY_BYTES))._csrf;
        }
      }
      if (!token || !safeEqual(token, session.csrfToken)) throw new AppError('FORBIDDEN', 'missing or invalid CSRF token; reload the page and try again');
    }
    await next();
  };
  con.use('*', requireSession);

  const gate = (key: string): MiddlewareHandler<ConsoleEnv> => async (c, next) => {
    if (!canSee(c.get('role'), key)) throw new AppError('FORBIDDEN', 'This page is for the policy owners.');
    await next();
  };

  con.post('/signout', async (c) => {
    await endSessions(deps, c.get('session').slackUserId);
    deleteCookie(c, COOKIE, { path: '/console' });
    return render(c, layout('Signed out', '', null, html`<p role="status">You are signed out on every device. Type /outreach-console in Slack to sign in again.</p>`));
  });

  // ---- Overview ------------------------------------------------------------------------------
  con.get('/', async (c) => {
    const s = c.get('session');
    const o = await getOverview(deps, { slackUserId: s.slackUserId, role: c.get('role') });
    return render(c, overviewPage(o, c.get('page'), flashFrom(c)));
  });
  con.get('/overview/live', async (c) => {
    const s = c.get('session');
    const o = await getOverview(deps, { slackUserId: s.slackUserId, role: c.get('role') });
    return render(c, overviewLive(o, c.get('page')));
  });
  con.get('/overview.json', async (c) => {
    const s = c.get('session');
    return c.json(await getOverview(deps, { slackUserId: s.slackUserId, role: c.get('role') }));
  });

  con.post('/pauses', async (c) => {
    const form = await readForm(c, deps.config.MAX_BODY_BYTES);
    const user = c.get('session').slackUserId;
    const r = await pauseScope(deps, { scope: form.scope ?? 'all', reason: form.reason ?? '', source: 'api', actor: consoleActor(user), evidence: { via: 'console' } });
    return c.redirect(`/console?ok=${r.alreadyPaused ? 'already_paused' : 'paused'}&what=${encodeURIComponent(r.pause.scope)}`, 303);
  });

  con.post('/pauses/resume', async (c) => {
    const form = await readForm(c, deps.config.MAX_BODY_BYTES);
    const r = await resumeFromAlert(deps, { scope: form.scope ?? '', pauseId: form.pause_id ?? '', userId: c.get('session').slackUserId });
    return c.redirect(`/console?ok=resumed&what=${encodeURIComponent(`${r.pause.scope}, ${r.released} released`)}`, 303);
  });

  con.post('/held/:id/:verb{release|cancel}', async (c) => {
    const id = c.req.param('id');
    const verb = c.req.param('verb');
    const user = c.get('session').slackUserId;
    await requireOwner(deps, user, verb === 'release' ? 'held.release' : 'held.cancel', `draft:${id}`);
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError('NOT_FOUND', `no draft ${id}`);
    if (verb === 'release') await releaseHeld(deps, { draftId: id, actor: consoleActor(user), reason: 'released from the console after checking delivery' });
    else await cancelHeld(deps, { draftId: id, actor: consoleActor(user), reason: 'cancelled from the console' });
    return c.redirect(`/console?ok=${verb === 'release' ? 'released' : 'cancelled'}&what=${id.slice(0, 8)}`, 303);
  });

  // ---- Drafts --------------------------------------------------------------------------------
  con.get('/drafts', gate('drafts'), async (c) => {
    const q = DraftSearch.parse(Object.fromEntries(Object.entries(c.req.query()).filter(([, v]) => v !== '')));
    return render(c, draftsPage(await searchDrafts(deps, q), q, c.get('page')));
  });
  con.get('/drafts/:id/export.json', gate('drafts'), async (c) => {
    const s = await getDraftStory(deps, c.req.param('id'));
    if (!s) throw new AppError('NOT_FOUND', 'no such draft');
    c.header('content-disposition', `attachment; filename="draft-${s.draft.id}.json"`);
    return c.json(s);
  });
  con.get('/drafts/:id', gate('drafts'), async (c) => {
    const s = await getDraftStory(deps, c.req.param('id'));
    if (!s) throw new AppError('NOT_FOUND', 'no such draft');
    return render(c, draftStoryPage(s, c.get('page')));
  });

  registerConsoleOwnerRoutes(con, deps, { gate, render, readForm, flashFrom });

  app.route('/console', con);
}
