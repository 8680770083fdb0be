/**
 * A real SMTP server on loopback (smtp-server) that records every accepted message. It can refuse
 * transiently (451) or permanently (550) for the next N messages. `onReceived` runs when the
 * message is in hand and BEFORE the 250 answer (awaited: the SIGKILL test kills the worker there,
 * so the message is delivered and the worker can never learn it). A client dying mid-transaction
 * is recorded in `socketErrors`, never thrown.
 */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

export interface ReceivedMessage {
  messageId: string | null;
  draftId: string | null;
  to: string[];
  raw: string;
  at: number;
}

export interface TestSmtp {
  url: string;
  messages: ReceivedMessage[];
  /** Socket errors from clients that went away mid-transaction (a killed worker). */
  socketErrors: Error[];
  /** Refuse the next `count` messages with 451 (transient) or 550 (permanent). */
  failNext(kind: 'transient' | 'permanent', count?: number): void;
  onReceived?: (m: ReceivedMessage) => unknown;
  close(): Promise<void>;
}

export async function startTestSmtp(): Promise<TestSmtp> {
  let fail: { kind: 'transient' | 'permanent'; count: number } | null = null;
  const t: TestSmtp = {
    url: '',
    messages: [],
    socketErrors: [],
    failNext(kind, count = 1) {
      fail = { kind, count };
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        if (fail && fail.count > 0) {
          fail.count--;
          const err = Object.assign(new Error(fail.kind === 'transient' ? 'try again later' : 'mailbox unavailable'), { responseCode: fail.kind === 'transient' ? 451 : 550 });
          return callback(err);
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const m: ReceivedMessage = {
          messageId: /^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? null,
          draftId: /^X-Draftgate-Draft-Id:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? null,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
          at: Date.now(),
        };
        t.messages.push(m);
        void Promise.resolve(t.onReceived?.(m)).finally(() => callback());
      });
    },
  });
  // A client that dies inside a transaction (the fault suite SIGKILLs the worker mid-DATA) makes
  // smtp-server emit 'error' on the server; without a listener that is an uncaught ECONNRESET in
  // the test process. Keep them: a test may assert on them, none should crash the run.
  server.on('error', (err: Error) => t.socketErrors.push(err));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address()).port;
  t.url = `smtp://127.0.0.1:${port}`;
  return t;
}
