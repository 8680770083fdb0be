/**
 * Outbox transport (the demo's default): writes one RFC 5322 .eml file per draft into OUTBOX_DIR,
 * named by draft id and created exclusively, so a second call for one draft fails (permanent)
 * instead of writing a second message. A folder it cannot make or write is transient.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { TransportError, type OutgoingMessage, type Transport } from './types.js';

export async function renderEml(msg: OutgoingMessage): Promise<Buffer> {
  const t = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const info = await t.sendMail(mailOptions(msg));
  return info.message as Buffer;
}

export function mailOptions(msg: OutgoingMessage) {
  return {
    from: msg.from,
    to: msg.to.name ? { name: msg.to.name, address: msg.to.email } : msg.to.email,
    subject: msg.subject,
    text: msg.body,
    messageId: msg.messageId,
    headers: { 'X-Draftgate-Draft-Id': msg.draftId },
  };
}

export function createOutboxTransport(dir: string): Transport {
  let made = false;
  return {
    name: 'outbox',
    async send(msg) {
      if (!made) {
        // Nothing was written if the folder cannot be made: safe to retry (transient), never "unknown".
        await mkdir(dir, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
          throw new TransportError('transient', `outbox folder not writable: ${e.code ?? 'error'}`);
        });
        made = true;
      }
      const file = join(dir, `${msg.draftId}.eml`);
      try {
        await writeFile(file, await renderEml(msg), { flag: 'wx' });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new TransportError('permanent', `outbox already holds ${file}`);
        throw new TransportError('transient', `outbox write failed: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      return { providerResponse: file };
    },
  };
}
