/**
 * Webhook transport for engagement platforms: POST JSON to WEBHOOK_URL.
 * Headers: `x-draftgate-timestamp` (unix seconds), `x-draftgate-signature: v1=<hex hmac-sha256 of
 * "<timestamp>.<body>" with WEBHOOK_SECRET>`, `idempotency-key: <draft id>`.
 * 2xx → accepted; 408/429/5xx → transient (the receiver dedupes on the idempotency key);
 * other 4xx → permanent; connection refused → transient; any other network failure → unknown.
 */
import { createHmac } from 'node:crypto';
import { TransportError, type Transport } from './types.js';

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function createWebhookTransport(o: { url: string; secret: string; timeoutMs?: number }): Transport {
  return {
    name: 'webhook',
    async send(msg) {
      const body = JSON.stringify({ draft_id: msg.draftId, message_id: msg.messageId, from: msg.from, to: msg.to, subject: msg.subject, body: msg.body });
      const ts = Math.floor(Date.now() / 1000);
      let res: Response;
      try {
        res = await fetch(o.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-draftgate-timestamp': String(ts), 'x-draftgate-signature': signWebhook(o.secret, ts, body), 'idempotency-key': msg.draftId },
          body,
          signal: AbortSignal.timeout(o.timeoutMs ?? 30_000),
        });
      } catch (e) {
        const code = (e as { cause?: { code?: string } }).cause?.code;
        if (code === 'ECONNREFUSED') throw new TransportError('transient', 'webhook connection refused');
        throw new TransportError('unknown', `webhook outcome unknown (${code ?? 'network error'})`);
      }
      const text = (await res.text().catch(() => '')).slice(0, 500);
      if (res.ok) return { providerResponse: `${res.status} ${text}`.trim() };
      if (res.status === 408 || res.status === 429 || res.status >= 500) throw new TransportError('transient', `webhook ${res.status}`, text);
      throw new TransportError('permanent', `webhook ${res.status}`, text);
    },
  };
}
