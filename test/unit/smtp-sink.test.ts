/**
 * The suite's SMTP sink must survive a client that dies inside a transaction: the fault suite
 * SIGKILLs a worker mid-DATA, and an unlistened 'error' from smtp-server once failed a whole CI
 * run with an uncaught ECONNRESET even though every test passed.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../helpers/smtp.js';

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp.close();
});

function lines(sock: ReturnType<typeof connect>) {
  let buf = '';
  const waiting: Array<{ code: string; resolve: (l: string) => void }> = [];
  sock.on('data', (d) => {
    buf += d.toString('utf8');
    let i;
    while ((i = buf.indexOf('\r\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 2);
      const w = waiting[0];
      if (w && line.startsWith(w.code + ' ')) {
        waiting.shift();
        w.resolve(line);
      }
    }
  });
  return (code: string) => new Promise<string>((resolve) => waiting.push({ code, resolve }));
}

describe('test SMTP sink', () => {
  it('records a connection reset inside a transaction instead of throwing it', async () => {
    const { port, hostname } = new URL(smtp.url);
    const sock = connect(Number(port), hostname);
    const expect_ = lines(sock);
    await expect_('220');
    sock.write('EHLO worker\r\n');
    await expect_('250');
    sock.write('MAIL FROM:<rep@ours.test>\r\n');
    await expect_('250');
    sock.write('RCPT TO:<ana@prospect.test>\r\n');
    await expect_('250');
    sock.write('DATA\r\n');
    await expect_('354');
    // The whole message arrives; the worker is killed before the 250 (as in the fault suite).
    let release = () => {};
    smtp.onReceived = () => new Promise<void>((r) => (release = r));
    sock.write('Subject: a message\r\n\r\nand then the worker dies\r\n.\r\n');
    while (smtp.messages.length === 0) await new Promise((r) => setTimeout(r, 10));
    sock.resetAndDestroy(); // RST, like a SIGKILLed peer
    await new Promise((r) => setTimeout(r, 50));
    release(); // the 250 goes to a dead socket
    const deadline = Date.now() + 5_000;
    while (smtp.socketErrors.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(smtp.socketErrors.map((e) => (e as NodeJS.ErrnoException).code)).toContain('ECONNRESET');
    expect(smtp.messages).toHaveLength(1);
  });
});
