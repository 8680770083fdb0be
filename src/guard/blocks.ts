/**
 * Pure Block Kit builders for guard alerts (no I/O). Buttons carry the pause id and scope in
 * their value; action ids use the `dgg:` prefix so they never collide with review buttons
 * (`dg:<verb>:<draftId>:<version>`). Agent-written text (reject reasons) is escaped.
 */
import { clip, escapeMrkdwn } from '../slack/mrkdwn.js';
import type { Trip } from './monitors.js';

export const GUARD_ACTIONS = { resume: 'dgg:resume', recall: 'dgg:recall' } as const;
export type GuardAction = keyof typeof GUARD_ACTIONS;

export interface GuardButtonValue {
  pauseId: string;
  scope: string;
}

export function encodeGuardValue(v: GuardButtonValue): string {
  return JSON.stringify({ p: v.pauseId, s: v.scope });
}

export function parseGuardValue(value: string | undefined): GuardButtonValue | null {
  if (!value) return null;
  try {
    const o = JSON.parse(value) as { p?: unknown; s?: unknown };
    return typeof o.p === 'string' && typeof o.s === 'string' ? { pauseId: o.p, scope: o.s } : null;
  } catch {
    return null;
  }
}

export function parseGuardActionId(id: string): GuardAction | null {
  if (id === GUARD_ACTIONS.resume) return 'resume';
  if (id === GUARD_ACTIONS.recall) return 'recall';
  return null;
}

type Block = Record<string, unknown>;

export function alertText(trip: Trip): string {
  return `Paused ${trip.scope}: ${trip.reason}`;
}

export function buildAlertBlocks(trip: Trip, pauseId: string, opts: { unsentAutoApproved: number; ownerIds: string[] }): Block[] {
  const ev = trip.evidence;
  const value = encodeGuardValue({ pauseId, scope: trip.scope });
  const blocks: Block[] = [
    { type: 'header', text: { type: 'plain_text', text: clip(`Sending paused: ${trip.scope}`, 150) } },
    { type: 'section', text: { type: 'mrkdwn', text: clip(`*${escapeMrkdwn(trip.monitor)} monitor tripped.* ${escapeMrkdwn(trip.reason)}`, 3000) } },
  ];
  const recent = (ev.last_rejected as Array<{ draft_id: string; decision: string; reason_category: string | null; reason_text: string | null }> | undefined) ?? [];
  if (recent.length) {
    const lines = recent.map((r) => `• ${r.decision} \`${r.draft_id.slice(0, 8)}\` ${escapeMrkdwn(r.reason_category ?? '')}${r.reason_text ? ` — ${escapeMrkdwn(clip(r.reason_text, 200))}` : ''}`);
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: clip(`*Last rejected drafts*\n${lines.join('\n')}`, 3000) } });
  }
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: clip(`${opts.unsentAutoApproved} auto-approved draft(s) of this scope not yet sent. Resume: ${opts.ownerIds.length ? opts.ownerIds.map((u) => `<@${u}>`).join(', ') : 'policy owners'} only.`, 2000) }],
  });
  blocks.push({
    type: 'actions',
    elements: [
      { type: 'button', action_id: GUARD_ACTIONS.recall, text: { type: 'plain_text', text: 'Recall unsent auto-approved' }, style: 'danger', value },
      { type: 'button', action_id: GUARD_ACTIONS.resume, text: { type: 'plain_text', text: 'Resume sending' }, style: 'primary', value },
    ],
  });
  return blocks;
}
