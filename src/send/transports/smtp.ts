/**
 * SMTP transport (nodemailer). Credentials come from configuration only: SMTP_MAILBOXES maps a
 * sending mailbox to its smtp:// URL, SMTP_URL is the fallback; nothing from the agent's draft
 * selects a server or a credential. STARTTLS is required unless SMTP_REQUIRE_TLS=false.
 * Classification (by SMTP reply code and nodemailer's error code, never by message text):
 *   4xx reply, or no connection made (ECONNECTION, command CONN) → transient;
 *   5xx reply → permanent; anything else (socket dropped, timeout after DATA) → unknown.
 */
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport/index.js';
import { TransportError, type Transport } from './types.js';
import { mailOptions } from './outbox.js';

export interface SmtpOptions {
  defaultUrl?: string;
  mailboxes?: Record<string, string>;
  requireTls: boolean;
}

export function classifySmtpError(e: unknown): TransportError {
  const err = e as { responseCode?: number; code?: string; command?: string; response?: string };
  const reply = err.response;
  if (typeof err.responseCode === 'number') {
    if (err.responseCode >= 400 && err.responseCode < 500) return new TransportError('transient', `smtp ${err.responseCode}`, reply);
    if (err.responseCode >= 500) return new TransportError('permanent', `smtp ${err.responseCode}`, reply);
  }
  if (err.code === 'ECONNECTION' || err.command === 'CONN' || err.code === 'EDNS') return new TransportError('transient', `smtp connection failed (${err.code ?? 'CONN'})`);
  if (err.code === 'EENVELOPE') return new TransportError('permanent', 'smtp envelope rejected', reply);
  return new TransportError('unknown', `smtp outcome unknown (${err.code ?? 'error'})`, reply);
}

export function createSmtpTransport(o: SmtpOptions): Transport {
  const pools = new Map<string, Transporter<SMTPTransport.SentMessageInfo>>();
  const forMailbox = (from: string) => {
    const url = o.mailboxes?.[from.toLowerCase()] ?? o.mailboxes?.[from] ?? o.defaultUrl;
    if (!url) throw new TransportError('permanent', `no SMTP credentials configured for mailbox ${from}`);
    let t = pools.get(url);
    if (!t) {
      t = nodemailer.createTransport({ url, requireTLS: o.requireTls, pool: true, maxConnections: 5, connectionTimeout: 10_000, socketTimeout: 60_000 } as SMTPTransport.Options);
      pools.set(url, t);
    }
    return t;
  };
  return {
    name: 'smtp',
    async send(msg) {
      const t = forMailbox(msg.from);
      try {
        const info = await t.sendMail(mailOptions(msg));
        if (info.rejected?.length) throw Object.assign(new Error('rejected'), { responseCode: 550, response: info.response });
        return { providerResponse: info.response };
      } catch (e) {
        if (e instanceof TransportError) throw e;
        throw classifySmtpError(e);
      }
    },
    async close() {
      for (const t of pools.values()) t.close();
      pools.clear();
    },
  };
}
