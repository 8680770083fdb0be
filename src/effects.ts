/**
 * The after-commit runner. Verbs (intake, review decisions, recall) return `Effect[]`; the adapter
 * that called the verb (REST route, MCP tool, Slack listener, CLI command) passes them here once
 * the verb's transaction has committed. It sits above drafts/, review/ and send/ so none of them
 * has to import the others' queues.
 *
 * Never throws: a failure here leaves the drafts safe in Postgres (approved/queued drafts without a
 * job are re-enqueued by the send reconciler); it is logged.
 * Never blocks an answer on Redis: after EFFECTS_WAIT_MS the caller gets control back and the
 * effects finish in the background (their Redis commands wait for a reconnect; shutdown drains
 * them through deps.work). A request answers in bounded time while Redis is down.
 */
import type { Deps } from './deps.js';
import type { Effect } from './drafts/effects.js';
import { addSendJobs, enqueueSend, enqueueSends, removeSendJob, sendJob } from './send/queue.js';
import { enqueueReviewPosts } from './review/queue.js';

export type { Effect } from './drafts/effects.js';

/** How long an answer waits for its effects when Redis is not connected (connected: up to 10 s). */
export const EFFECTS_WAIT_MS = 1000;

export async function afterCommit(deps: Pick<Deps, 'db' | 'queues' | 'log'> & Partial<Pick<Deps, 'work' | 'redis'>>, effects: readonly Effect[]): Promise<void> {
  if (!effects.length) return;
  const run = runEffects(deps, effects).catch((err: unknown) => deps.log.warn({ err }, 'after-commit effects failed; the reconcilers will repair'));
  deps.work?.track(run);
  const waitMs = deps.redis && deps.redis.status !== 'ready' ? EFFECTS_WAIT_MS : 10 * EFFECTS_WAIT_MS;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([run, new Promise<void>((r) => (timer = setTimeout(r, waitMs)))]);
  clearTimeout(timer);
}

async function runEffects(deps: Pick<Deps, 'db' | 'queues' | 'log'>, effects: readonly Effect[]): Promise<void> {
  for (const e of effects) {
    if (e.kind !== 'drop_send') continue;
    // A parked or waiting job would only lose its claim later; an active one cannot be removed and will.
    await removeSendJob(deps, e.draftId).catch((err) => deps.log.warn({ err, draftId: e.draftId }, 'send job not removed (active?); its claim will fail'));
  }
  const posts = effects.filter((e) => e.kind === 'post_review').map((e) => e.draftId);
  if (posts.length) await enqueueReviewPosts(deps, posts).catch((err) => deps.log.warn({ err, drafts: posts.length }, 'review post enqueue failed'));

  const queued = effects.filter((e): e is Extract<Effect, { kind: 'add_send_job' }> => e.kind === 'add_send_job').map((e) => e.draft);
  if (queued.length === 1) {
    const job = sendJob(queued[0]!);
    await deps.queues.send.add(job.name, job.data, job.opts).catch((err) => deps.log.warn({ err, draftId: job.data.draftId }, 'enqueue failed; the reconciler will retry'));
  } else if (queued.length) {
    await addSendJobs(deps, queued).catch((err) => deps.log.warn({ err, drafts: queued.length }, 'enqueue failed; the reconciler will retry'));
  }

  const sends = effects.filter((e): e is Extract<Effect, { kind: 'send' }> => e.kind === 'send');
  if (sends.length > 1) {
    // Batches (intake): one guarded UPDATE + one addBulk per actor instead of a transaction and an add per draft.
    const byActor = new Map<string, Extract<Effect, { kind: 'send' }>[]>();
    for (const e of sends) byActor.set(JSON.stringify(e.actor), [...(byActor.get(JSON.stringify(e.actor)) ?? []), e]);
    for (const group of byActor.values()) {
      await enqueueSends(deps, group.map((e) => e.draftId), group[0]!.actor).catch((err) => deps.log.warn({ err, drafts: group.length }, 'enqueue failed; the reconciler will retry'));
    }
    return;
  }
  for (const e of sends) {
    await enqueueSend(deps, e.draftId, e.actor).catch((err) => deps.log.warn({ err, draftId: e.draftId }, 'enqueue failed; the reconciler will retry'));
  }
}
