/**
 * withTimeout over a real loopback socket: an answer that arrived while the event loop was busy
 * wins over a timer that came due in the same stall (a burst of scans once made the rate
 * limiter answer 503 with Redis perfectly well); an answer that never comes still times out.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withTimeout } from '../../../src/lib/timeout.js';

// The answering side runs in another process, as Redis does: its answer lands in the socket's
// buffer while this process is busy.
const ECHO = "require('net').createServer((s) => s.on('data', (d) => d.toString() === 'ping' && s.write('pong'))).listen(0, '127.0.0.1', function () { console.log(this.address().port); });";
let child: ChildProcess;
let port = 0;
beforeAll(async () => {
  child = spawn(process.execPath, ['-e', ECHO], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((r) => child.stdout!.once('data', (d: Buffer) => r(Number(d.toString().trim()))));
});
afterAll(() => {
  child.kill();
});

async function ask(message: string): Promise<{ socket: Socket; answer: Promise<string> }> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const answer = new Promise<string>((r) => socket.once('data', (d) => r(d.toString())));
  socket.write(message);
  return { socket, answer };
}

function busy(ms: number): void {
  const end = Date.now() + ms;
  while (Date.now() < end) { /* a synchronous burst */ }
}

describe('withTimeout', () => {
  it('an answer that came during a stall longer than the bound is not a timeout', async () => {
    const { socket, answer } = await ask('ping');
    const bounded = withTimeout(answer, 50, () => new Error('timed out'));
    busy(300); // the answer arrives meanwhile; the 50 ms timer is overdue when the loop resumes
    await expect(bounded).resolves.toBe('pong');
    socket.destroy();
  });

  it('an answer that never comes times out', async () => {
    const { socket, answer } = await ask('hush');
    await expect(withTimeout(answer, 50, () => new Error('timed out'))).rejects.toThrow('timed out');
    socket.destroy();
  });
});
