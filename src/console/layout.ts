/**
 * The console's page shell and small rendering helpers. Everything is rendered with hono's `html`
 * tagged template, which escapes every interpolated string: agent-written text (subject, body,
 * names, prompt) is only ever interpolated, never passed through `raw`. No inline script or style
 * attribute anywhere (the CSP forbids both); behaviour lives in /console/static/console.js.
 */
import { html } from 'hono/html';
import type { ConsoleRole } from '../reports/console-overview.js';

export type Html = ReturnType<typeof html>;

export interface PageContext {
  user: string;
  role: ConsoleRole;
  csrf: string;
}

const NAV: Array<{ href: string; label: string; key: string; roles: ConsoleRole[] }> = [
  { href: '/console', label: 'Overview', key: 'overview', roles: ['owner', 'approver', 'viewer'] },
  { href: '/console/templates', label: 'Templates', key: 'templates', roles: ['owner'] },
  { href: '/console/reviewers', label: 'Reviewers', key: 'reviewers', roles: ['owner', 'approver'] },
  { href: '/console/drafts', label: 'Drafts', key: 'drafts', roles: ['owner'] },
  { href: '/console/policy', label: 'Policy', key: 'policy', roles: ['owner'] },
  { href: '/console/book', label: 'Book', key: 'book', roles: ['owner'] },
  { href: '/console/audit', label: 'Audit', key: 'audit', roles: ['owner'] },
];

export function canSee(role: ConsoleRole, key: string): boolean {
  return NAV.find((n) => n.key === key)?.roles.includes(role) ?? false;
}

export function layout(title: string, active: string, ctx: PageContext | null, body: Html, opts: { scripts?: string[]; flash?: { kind: 'ok' | 'error'; text: string } | null } = {}): Html {
  const scripts = ['/console/static/console.js', ...(opts.scripts ?? [])];
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${ctx ? html`<meta name="csrf-token" content="${ctx.csrf}">` : ''}
<title>${title} · draftgate console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/console/static/console.css">
${opts.scripts?.some((s) => s.includes('uplot')) ? html`<link rel="stylesheet" href="/console/static/uplot.min.css">` : ''}
${scripts.map((s) => html`<script src="${s}" defer></script>`)}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
  <span class="brand">draftgate</span>
  ${ctx
    ? html`<nav aria-label="Console">
        <ul>${NAV.filter((n) => n.roles.includes(ctx.role)).map(
          (n) => html`<li><a href="${n.href}"${n.key === active ? html` aria-current="page"` : ''}>${n.label}</a></li>`,
        )}</ul>
      </nav>
      <form method="post" action="/console/signout" class="signout">
        <input type="hidden" name="_csrf" value="${ctx.csrf}">
        <span class="who">${ctx.user} · ${ctx.role}</span>
        <button type="submit">Sign out everywhere</button>
      </form>`
    : ''}
</header>
<main id="main">
${opts.flash ? html`<p class="flash ${opts.flash.kind}" role="${opts.flash.kind === 'error' ? 'alert' : 'status'}">${opts.flash.text}</p>` : ''}
<h1>${title}</h1>
${body}
</main>
</body>
</html>`;
}

export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

export const fmtTime = (iso: string | null | undefined) => (iso ? iso.replace('T', ' ').replace(/\.\d{3}Z$/, 'Z') : '—');

export function fmtAge(seconds: number | null): string {
  if (seconds === null) return '—';
  if (seconds < 90) return `${seconds} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172_800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86_400).toFixed(1)} d`;
}

export const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;

/** A table; `head` are column labels, rows already rendered cells. */
export function table(caption: string, head: string[], rows: Html[][], empty = 'Nothing here.'): Html {
  if (!rows.length) return html`<p class="empty">${caption}: ${empty}</p>`;
  return html`<div class="scroll"><table>
<caption>${caption}</caption>
<thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${rows.map((r) => html`<tr>${r.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
</table></div>`;
}

export function qs(params: Record<string, string | number | undefined | null>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}
