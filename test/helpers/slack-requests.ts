/** Signed Slack requests with Slack's documented payload shapes, for driving /slack/events. */
import { signSlackBody } from '../../src/slack/receiver.js';

export const SIGNING_SECRET = 'test-signing-secret-0123456789';
export const TEAM = 'T0TEST';

export interface SignedOpts {
  secret?: string;
  timestamp?: number;
  retryNum?: number;
  signature?: string;
}

export function signedInit(body: string, contentType: string, o: SignedOpts = {}): RequestInit {
  const ts = o.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': o.signature ?? signSlackBody(o.secret ?? SIGNING_SECRET, ts, body),
  };
  if (o.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(o.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  return { method: 'POST', headers, body };
}

export const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

export function blockActionBody(o: { user: string; actionId: string; team?: string; channel?: string; ts?: string }): string {
  const payload = {
    type: 'block_actions',
    team: { id: o.team ?? TEAM, domain: 'acme' },
    user: { id: o.user, username: o.user.toLowerCase(), name: o.user.toLowerCase(), team_id: o.team ?? TEAM },
    api_app_id: 'A0TEST',
    token: 'legacy',
    container: { type: 'message', message_ts: o.ts ?? '1700000000.000100', channel_id: o.channel ?? 'D0OWNER01', is_ephemeral: false },
    trigger_id: '123.456.abc',
    channel: { id: o.channel ?? 'D0OWNER01', name: 'directmessage' },
    message: { type: 'message', ts: o.ts ?? '1700000000.000100', text: 'Review needed', user: 'UBOT' },
    response_url: 'http://127.0.0.1:9/response',
    actions: [{ type: 'button', action_id: o.actionId, block_id: 'dg:actions', value: o.actionId, text: { type: 'plain_text', text: 'Approve' }, action_ts: '1700000001.000200' }],
  };
  return form({ payload: JSON.stringify(payload) });
}

export function viewSubmissionBody(o: { user: string; callbackId: string; meta: unknown; values: Record<string, Record<string, unknown>>; team?: string }): string {
  const payload = {
    type: 'view_submission',
    team: { id: o.team ?? TEAM, domain: 'acme' },
    user: { id: o.user, username: o.user.toLowerCase(), name: o.user.toLowerCase(), team_id: o.team ?? TEAM },
    api_app_id: 'A0TEST',
    token: 'legacy',
    trigger_id: '123.456.def',
    view: {
      id: 'V0TEST',
      team_id: o.team ?? TEAM,
      type: 'modal',
      callback_id: o.callbackId,
      private_metadata: JSON.stringify(o.meta),
      state: { values: o.values },
      hash: 'h',
      title: { type: 'plain_text', text: 'x' },
      blocks: [],
    },
    response_urls: [],
  };
  return form({ payload: JSON.stringify(payload) });
}

export function slashBody(o: { command: string; text: string; user: string; team?: string }): string {
  return form({
    token: 'legacy', team_id: o.team ?? TEAM, team_domain: 'acme', channel_id: 'C0GENERAL', channel_name: 'general', user_id: o.user, user_name: o.user.toLowerCase(),
    command: o.command, text: o.text, api_app_id: 'A0TEST', response_url: 'http://127.0.0.1:9/commands/1', trigger_id: '123.456.ghi',
  });
}

export function eventBody(o: { eventId: string; event: Record<string, unknown>; team?: string }): string {
  return JSON.stringify({ token: 'legacy', team_id: o.team ?? TEAM, api_app_id: 'A0TEST', event: o.event, type: 'event_callback', event_id: o.eventId, event_time: Math.floor(Date.now() / 1000) });
}
