/**
 * One interface for every way mail leaves. A transport either resolves (accepted: the provider
 * took the message), or throws TransportError saying what is known:
 *   transient — refused before acceptance (4xx, connection refused): safe to retry later;
 *   permanent — refused for good (5xx, bad address): the draft fails with the reason kept;
 *   unknown   — the call may or may not have delivered (timeout mid-DATA): the draft is held.
 * Any other thrown error is treated as unknown (never as safe to retry).
 */
export interface OutgoingMessage {
  draftId: string;
  /** Derived from the draft id (messageIdFor) so a downstream duplicate is detectable. */
  messageId: string;
  from: string;
  to: { email: string; name: string | null };
  subject: string;
  body: string;
}

export interface TransportResult {
  providerResponse?: string;
}

export interface Transport {
  readonly name: 'smtp' | 'webhook' | 'outbox' | string;
  send(msg: OutgoingMessage): Promise<TransportResult>;
  close?(): Promise<void>;
}

export type TransportErrorKind = 'transient' | 'permanent' | 'unknown';

export class TransportError extends Error {
  constructor(
    readonly kind: TransportErrorKind,
    message: string,
    readonly providerResponse?: string,
  ) {
    super(message);
    this.name = 'TransportError';
  }
}

export function messageIdFor(draftId: string, from: string): string {
  const domain = from.split('@')[1]?.toLowerCase() || 'draftgate.local';
  return `<${draftId}.draftgate@${domain}>`;
}
