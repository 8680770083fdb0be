/** A fake of Slack's Web API on loopback: records every call, answers chat.postMessage like Slack. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, string>;
}

export interface FakeSlack {
  url: string;
  calls: SlackCall[];
  close(): Promise<void>;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  let ts = 1_700_000_000;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      const type = req.headers['content-type'] ?? '';
      const args: Record<string, string> = type.includes('json') ? JSON.parse(body || '{}') : Object.fromEntries(new URLSearchParams(body));
      calls.push({ method, args });
      res.setHeader('content-type', 'application/json');
      if (method === 'chat.postMessage') res.end(JSON.stringify({ ok: true, channel: args.channel, ts: `${ts++}.000100` }));
      else res.end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/`, calls, close: () => new Promise((r) => server.close(() => r())) };
}
