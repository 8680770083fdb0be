/**
 * A fake of Slack's Web API on loopback (point SLACK_API_URL at `url`). Records every call,
 * checks Block Kit limits like Slack does (invalid_blocks), can answer 429 with Retry-After or a
 * platform error for the next call(s) of a method, and can enforce one chat.postMessage per
 * second per channel (as Slack does), answering 429 when exceeded and counting violations.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCall {
  method: string;
  args: Record<string, unknown>;
  at: number;
}

type Failure = { status: 429; retryAfter: number } | { error: string };

export interface FakeSlack {
  url: string;
  calls: FakeCall[];
  /** Blocks that broke Block Kit limits (the call was answered invalid_blocks). */
  blockErrors: string[];
  /** chat.postMessage calls refused because the channel had posted less than a second before. */
  rateViolations: number;
  callsOf(method: string): FakeCall[];
  failNext(method: string, failure: Failure, times?: number): void;
  enforcePerChannelRate(on: boolean, intervalMs?: number): void;
  /** Added latency per call (ms). */
  latencyMs: number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((res, rej) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => res(Buffer.concat(chunks).toString('utf8')));
    req.on('error', rej);
  });
}

function parseArgs(raw: string, type: string | undefined): Record<string, unknown> {
  let args: Record<string, unknown>;
  if ((type ?? '').includes('json')) args = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  else args = Object.fromEntries(new URLSearchParams(raw));
  for (const k of ['blocks', 'view', 'attachments']) {
    if (typeof args[k] === 'string') {
      try {
        args[k] = JSON.parse(args[k] as string);
      } catch {
        /* leave as is */
      }
    }
  }
  return args;
}

/** Block Kit limits (https://api.slack.com/reference/block-kit). Returns problems found. */
export function checkBlocks(blocks: unknown, maxBlocks: number): string[] {
  const errs: string[] = [];
  if (!Array.isArray(blocks)) return ['blocks is not an array'];
  if (blocks.length > maxBlocks) errs.push(`${blocks.length} blocks > ${maxBlocks}`);
  const text = (o: unknown, max: number, where: string) => {
    const t = (o as { text?: unknown } | undefined)?.text;
    if (typeof t === 'string' && t.length > max) errs.push(`${where} text ${t.length} > ${max}`);
    if (typeof t === 'string' && t.length === 0) errs.push(`${where} text empty`);
  };
  blocks.forEach((b: Record<string, unknown>, i) => {
    const w = `blocks[${i}] ${String(b.type)}`;
    if (b.type === 'section') {
      if (b.text) text(b.text, 3000, w);
      const fields = b.fields as unknown[] | undefined;
      if (fields) {
        if (fields.length > 10) errs.push(`${w} has ${fields.length} fields > 10`);
        fields.forEach((f) => text(f, 2000, `${w} field`));
      }
    } else if (b.type === 'header') text(b.text, 150, w);
    else if (b.type === 'context') {
      const els = b.elements as unknown[];
      if (els.length > 10) errs.push(`${w} has ${els.length} elements > 10`);
      els.forEach((e) => text(e, 3000, `${w} element`));
    } else if (b.type === 'actions') {
      const els = b.elements as Array<Record<string, unknown>>;
      if (els.length > 25) errs.push(`${w} has ${els.length} elements > 25`);
      for (const e of els) {
        if (e.type === 'button') text(e.text, 75, `${w} button`);
        if (typeof e.action_id === 'string' && e.action_id.length > 255) errs.push(`${w} action_id > 255`);
        if (typeof e.value === 'string' && e.value.length > 2000) errs.push(`${w} value > 2000`);
      }
    }
    if (typeof b.block_id === 'string' && b.block_id.length > 255) errs.push(`${w} block_id > 255`);
  });
  return errs;
}

export async function startFakeSlack(opts: { enforceRate?: boolean; latencyMs?: number } = {}): Promise<FakeSlack> {
  const calls: FakeCall[] = [];
  const failures = new Map<string, Failure[]>();
  const lastPost = new Map<string, number>();
  let enforce = opts.enforceRate ?? false;
  let interval = 1000;
  let seq = 0;
  const fake: FakeSlack = {
    url: '',
    calls,
    blockErrors: [],
    rateViolations: 0,
    latencyMs: opts.latencyMs ?? 0,
    callsOf: (m) => calls.filter((c) => c.method === m),
    failNext: (method, failure, times = 1) => failures.set(method, [...(failures.get(method) ?? []), ...Array.from({ length: times }, () => failure)]),
    enforcePerChannelRate: (on, ms = 1000) => {
      enforce = on;
      interval = ms;
    },
    close: async () => {},
  };
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
    const args = parseArgs(raw, req.headers['content-type']);
    const now = Date.now();
    calls.push({ method, args, at: now });
    if (fake.latencyMs) await new Promise((r) => setTimeout(r, fake.latencyMs));
    const send = (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    const f = failures.get(method)?.shift();
    if (f) {
      if ('status' in f) return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(f.retryAfter) });
      return send(200, { ok: false, error: f.error });
    }
    const blockProblems = (blocks: unknown, max: number) => {
      const p = checkBlocks(blocks, max);
      if (p.length) fake.blockErrors.push(...p);
      return p;
    };
    switch (method) {
      case 'auth.test':
        return send(200, { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0TEST' });
      case 'conversations.open': {
        const user = String(args.users ?? '');
        return send(200, { ok: true, channel: { id: `D${user.replace(/^U/, '')}` } });
      }
      case 'chat.postMessage': {
        const ch = String(args.channel ?? '');
        if (!ch) return send(200, { ok: false, error: 'channel_not_found' });
        if (args.blocks !== undefined && blockProblems(args.blocks, 50).length) return send(200, { ok: false, error: 'invalid_blocks' });
        if (enforce) {
          const last = lastPost.get(ch);
          if (last !== undefined && now - last < interval) {
            fake.rateViolations++;
            return send(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
          }
          lastPost.set(ch, now);
        }
        return send(200, { ok: true, channel: ch, ts: `${Math.floor(now / 1000)}.${String(++seq).padStart(6, '0')}` });
      }
      case 'chat.update':
        if (args.blocks !== undefined && blockProblems(args.blocks, 50).length) return send(200, { ok: false, error: 'invalid_blocks' });
        return send(200, { ok: true, channel: args.channel, ts: args.ts });
      case 'chat.postEphemeral':
        return send(200, { ok: true, message_ts: `${Math.floor(now / 1000)}.000001` });
      case 'views.open':
      case 'views.push':
      case 'views.update':
      case 'views.publish': {
        const view = args.view as { blocks?: unknown } | undefined;
        if (view && blockProblems(view.blocks, 100).length) return send(200, { ok: false, error: 'invalid_blocks' });
        return send(200, { ok: true, view: { id: `V${++seq}` } });
      }
      default:
        return send(200, { ok: true });
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/`;
  fake.close = () => new Promise((r) => server.close(() => r()));
  return fake;
}
