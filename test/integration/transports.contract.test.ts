/**
 * One contract, every transport (smtp, outbox, webhook): the same cases run against each, through
 * a real receiver on loopback (smtp-server, a folder, an HTTP server). The worker relies on exactly
 * this: resolve = accepted once; TransportError 'transient' = refused, nothing delivered, safe to
 * retry; 'permanent' = refused for good. (Unknown outcomes are exercised by send-crash.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';
import { createSmtpTransport } from '../../src/send/transports/smtp.js';
import { createOutboxTransport } from '../../src/send/transports/outbox.js';
import { createWebhookTransport, signWebhook } from '../../src/send/transports/webhook.js';
import { messageIdFor, TransportError, type OutgoingMessage, type Transport } from '../../src/send/transports/types.js';

interface Delivered {
  draftId: string;
  messageId: string;
  /** The message as the receiver got it (raw MIME or JSON text). */
  raw: string;
}

interface Harness {
  transport: Transport;
  delivered(): Promise<Delivered[]>;
  /** Make the receiver refuse the next message, transiently or for good. */
  refuseNext(kind: 'transient' | 'permanent'): Promise<void>;
  close(): Promise<void>;
}

async function smtpHarness(): Promise<Harness> {
  const smtp: TestSmtp = await startTestSmtp();
  return {
    transport: createSmtpTransport({ defaultUrl: smtp.url, requireTls: false }),
    delivered: async () => smtp.messages.map((m) => ({ draftId: m.draftId ?? '', messageId: m.messageId ?? '', raw: m.raw })),
    refuseNext: async (kind) => smtp.failNext(kind, 1),
    close: () => smtp.close(),
  };
}

async function outboxHarness(): Promise<Harness> {
  const root = await mkdtemp(join(tmpdir(), 'dg-outbox-'));
  const dir = join(root, 'out');
  let refusing: 'transient' | 'permanent' | null = null;
  const inner = createOutboxTransport(dir);
  return {
    transport: {
      name: inner.name,
      async send(msg) {
        // The outbox's own failure modes: a folder it cannot write (transient), a file already there (permanent).
        if (refusing === 'transient') {
          refusing = null;
          return createOutboxTransport(join(root, 'not-a-dir', 'out')).send(msg);
        }
        if (refusing === 'permanent') {
          // The draft's file is already there (another process wrote it): refused for good.
          refusing = null;
          const elsewhere = createOutboxTransport(join(root, 'taken'));
          await elsewhere.send(msg);
          return elsewhere.send(msg);
        }
        return inner.send(msg);
      },
    },
    delivered: async () => {
      const files = await readdir(dir).catch(() => [] as string[]);
      return Promise.all(files.map(async (f) => {
        const raw = await readFile(join(dir, f), 'utf8');
        return { draftId: /^X-Draftgate-Draft-Id:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '', messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? '', raw };
      }));
    },
    refuseNext: async (kind) => {
      refusing = kind;
      if (kind === 'transient') await writeFile(join(root, 'not-a-dir'), 'a file where a folder should be');
    },
    close: () => rm(root, { recursive: true, force: true }),
  };
}

async function webhookHarness(): Promise<Harness> {
  const secret = 'contract-secret';
  const got: Delivered[] = [];
  let refusing: number | null = null;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const ts = Number(req.headers['x-draftgate-timestamp']);
      if (req.headers['x-draftgate-signature'] !== signWebhook(secret, ts, body)) return void res.writeHead(401).end('bad signature');
      if (refusing !== null) {
        const status = refusing;
        refusing = null;
        return void res.writeHead(status).end('refused');
      }
      const j = JSON.parse(body) as { draft_id: string; message_id: string };
      got.push({ draftId: j.draft_id, messageId: j.message_id, raw: body });
      res.writeHead(202).end('queued');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  return {
    transport: createWebhookTransport({ url: `http://127.0.0.1:${port}/send`, secret }),
    delivered: async () => got,
    refuseNext: async (kind) => {
      refusing = kind === 'transient' ? 503 : 422;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const message = (over: Partial<OutgoingMessage> = {}): OutgoingMessage => {
  const draftId = randomUUID();
  return {
    draftId,
    messageId: messageIdFor(draftId, 'sdr@draftgate.test'),
    from: 'sdr@draftgate.test',
    to: { email: 'pat@prospect.test', name: 'Pat Prospect' },
    subject: 'Contract subject line',
    body: 'Hello Pat,\n\nA plain body that every transport carries as is.\n',
    ...over,
  };
};

const HARNESSES: Record<string, () => Promise<Harness>> = { smtp: smtpHarness, outbox: outboxHarness, webhook: webhookHarness };

describe.each(Object.keys(HARNESSES))('transport contract: %s', (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await HARNESSES[name]!();
  });
  afterAll(async () => {
    await h.transport.close?.();
    await h.close();
  });

  it('accepted: resolves, and the receiver got the message once with its draft id, Message-ID, subject and body', async () => {
    const msg = message();
    await expect(h.transport.send(msg)).resolves.toBeTypeOf('object');
    const mine = (await h.delivered()).filter((d) => d.draftId === msg.draftId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.messageId).toBe(msg.messageId);
    expect(mine[0]!.raw).toContain(msg.subject);
    expect(mine[0]!.raw).toContain('A plain body that every transport carries as is.');
  });

  it('transient refusal: TransportError transient, nothing delivered', async () => {
    const msg = message();
    await h.refuseNext('transient');
    const err = await h.transport.send(msg).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as TransportError).kind).toBe('transient');
    expect((await h.delivered()).filter((d) => d.draftId === msg.draftId)).toHaveLength(0);
  });

  it('permanent refusal: TransportError permanent, nothing (new) delivered', async () => {
    const msg = message();
    await h.refuseNext('permanent');
    const err = await h.transport.send(msg).then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(TransportError);
    expect((err as TransportError).kind).toBe('permanent');
    expect((await h.delivered()).filter((d) => d.draftId === msg.draftId)).toHaveLength(0);
  });

  it('after a transient refusal the same message can be sent, and is delivered once', async () => {
    const msg = message();
    await h.refuseNext('transient');
    await h.transport.send(msg).catch(() => {});
    await h.transport.send(msg);
    expect((await h.delivered()).filter((d) => d.draftId === msg.draftId)).toHaveLength(1);
  });
});
