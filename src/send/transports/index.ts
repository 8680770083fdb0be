/** The configured transport (SEND_TRANSPORT). Tests and benchmarks pass their own to the worker. */
import type { Config } from '../../config.js';
import type { Transport } from './types.js';
import { createOutboxTransport } from './outbox.js';
import { createSmtpTransport } from './smtp.js';
import { createWebhookTransport } from './webhook.js';

export * from './types.js';

export function createTransport(config: Config): Transport {
  switch (config.SEND_TRANSPORT) {
    case 'smtp':
      return createSmtpTransport({ defaultUrl: config.SMTP_URL, mailboxes: config.SMTP_MAILBOXES, requireTls: config.SMTP_REQUIRE_TLS });
    case 'webhook':
      return createWebhookTransport({ url: config.WEBHOOK_URL!, secret: config.WEBHOOK_SECRET! });
    default:
      return createOutboxTransport(config.OUTBOX_DIR);
  }
}
