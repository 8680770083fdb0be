/**
 * `draftgate review list|show|approve|edit|reject`: the Slack review loop without Slack, acting as
 * a named reviewer (`--as U…`). Same verbs as the Slack buttons (approveReview, editReview,
 * rejectReview), same authorization, audit and effects; the actor is the CLI user, the reviewer
 * the Slack id given. When Slack is configured the posted card is updated too.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Deps } from '../../deps.js';
import { cliActor, draftIdArg, fail, printAppError, withDeps } from '../context.js';
import type { ReviewResult } from '../../review/decide.js';
import { REJECT_CATEGORIES, type RejectCategory } from '../../review/reject-categories.js';
import { AppError } from '../../lib/errors.js';

/** The review verbs, loaded when a review command runs (never for --help or other commands). */
async function verbs() {
  const [approve, edit, reject, pending, card, decide, effects] = await Promise.all([
    import('../../review/approve-review.js'),
    import('../../review/edit-review.js'),
    import('../../review/reject-review.js'),
    import('../../review/list-pending.js'),
    import('../../review/card.js'),
    import('../../review/decide.js'),
    import('../../effects.js'),
  ]);
  return { ...approve, ...edit, ...reject, ...pending, ...card, finalText: decide.finalText, afterCommit: effects.afterCommit };
}

type Out = (line: string) => void;
const stdout: Out = (l) => process.stdout.write(`${l}\n`);

export async function reviewList(deps: Pick<Deps, 'db'>, o: { as?: string; limit?: number }, out: Out = stdout): Promise<number> {
  const { listPendingReviews, finalText } = await verbs();
  const limit = o.limit ?? 100;
  // One more than asked: if it comes back, the list was cut and the operator is told so.
  const fetched = await listPendingReviews(deps, { ...(o.as ? { reviewer: o.as } : {}), limit: limit + 1 });
  const rows = fetched.slice(0, limit);
  if (!rows.length) out(o.as ? `no pending reviews for ${o.as}` : 'no pending reviews');
  for (const { draft: d, account: a } of rows) {
    out(`${d.id}  v${d.version}  ${d.tier}${d.sampled ? '/sampled' : ''}${d.twoPerson ? '/2p' : ''}  ${a.name}  ${d.toEmail}  ${d.templateId}  "${finalText(d).subject}"  findings:${d.findings.length}`);
  }
  if (fetched.length > limit) out(`… showing the oldest ${limit}; more are pending (raise --limit, at most 1000)`);
  return rows.length;
}

export async function reviewShow(deps: Pick<Deps, 'db'>, draftId: string, out: Out = stdout): Promise<void> {
  const { loadCard } = await verbs();
  const c = await loadCard(deps, draftId);
  if (!c) throw new AppError('NOT_FOUND', `draft ${draftId} not found`);
  const d = c.draft;
  out(`draft ${d.id}  version ${d.version}  status ${d.status}  tier ${d.tier}${d.sampled ? ' (sampled)' : ''}${d.twoPerson ? '  two approvers needed' : ''}`);
  out(`account ${c.account.name}  $${Math.round(c.account.valueUsd).toLocaleString('en-US')}${c.account.strategic ? '  strategic' : ''}${c.account.namedOpportunity ? `  opportunity: ${c.account.namedOpportunity}` : ''}`);
  out(`to ${d.toName ? `${d.toName} <${d.toEmail}>` : d.toEmail}  from ${d.fromMailbox}  workflow ${d.workflow}  template ${d.templateId}`);
  for (const r of d.tierReasons) out(`why: ${r}`);
  for (const f of c.card.findings) out(`finding: ${f.severity} ${f.kind} ${f.field ?? 'body'}[${f.start}..${f.end}] "${f.excerpt}"`);
  if (d.decidedBy) out(`decided by ${d.decidedBy} at ${d.decidedAt?.toISOString()}`);
  out('');
  out(`Subject: ${c.card.subject}`);
  out('');
  out(c.card.body);
}

async function versionOf(deps: Pick<Deps, 'db'>, draftId: string, given?: string): Promise<number> {
  if (given !== undefined) return Number(given);
  const { loadCard } = await verbs();
  const c = await loadCard(deps, draftId);
  if (!c) throw new AppError('NOT_FOUND', `draft ${draftId} not found`);
  return c.draft.version;
}

/** Print the outcome and run the same after-commit work as the Slack adapter. */
async function finish(deps: Deps, reviewer: string, r: ReviewResult, out: Out): Promise<ReviewResult> {
  if (!r.ok) {
    out(r.message.replace(/<@([A-Z0-9]+)>/g, '$1'));
    return r;
  }
  const { afterCommit, refreshReviewCard } = await verbs();
  await afterCommit(deps, r.effects);
  await refreshReviewCard(deps, r.draft.id, { outcome: r.decision, by: reviewer, at: deps.now(), reason: r.review.reasonCategory ?? undefined, fast: r.fastApproval });
  out(`${r.decision}: draft ${r.draft.id} (version ${r.draft.version}) by ${reviewer}${r.fastApproval ? ' — fast approval' : ''}${r.decision === 'first_approval' ? ' — a second approver is needed' : ''}`);
  return r;
}

export async function reviewApprove(deps: Deps, o: { id: string; as: string; version?: string }, out: Out = stdout): Promise<ReviewResult> {
  const version = await versionOf(deps, o.id, o.version);
  const { approveReview } = await verbs();
  return finish(deps, o.as, await approveReview(deps, { draftId: o.id, version, reviewer: o.as, actor: cliActor() }), out);
}

export async function reviewEdit(deps: Deps, o: { id: string; as: string; version?: string; subject?: string; body?: string; bodyFile?: string }, out: Out = stdout): Promise<ReviewResult> {
  const { loadCard, editReview } = await verbs();
  const c = await loadCard(deps, o.id);
  if (!c) throw new AppError('NOT_FOUND', `draft ${o.id} not found`);
  const version = o.version !== undefined ? Number(o.version) : c.draft.version;
  let body = o.body ?? c.card.body;
  if (o.bodyFile) {
    try {
      body = readFileSync(o.bodyFile, 'utf8');
    } catch (e) {
      fail(`cannot read ${o.bodyFile} (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
  }
  return finish(deps, o.as, await editReview(deps, { draftId: o.id, version, reviewer: o.as, actor: cliActor(), subject: o.subject ?? c.card.subject, body }), out);
}

export async function reviewReject(deps: Deps, o: { id: string; as: string; version?: string; reasonCategory: string; reason?: string }, out: Out = stdout): Promise<ReviewResult> {
  const version = await versionOf(deps, o.id, o.version);
  const { rejectReview } = await verbs();
  return finish(deps, o.as, await rejectReview(deps, { draftId: o.id, version, reviewer: o.as, actor: cliActor(), reasonCategory: o.reasonCategory as RejectCategory, reasonText: o.reason ?? '' }), out);
}

const run = (fn: (deps: Deps) => Promise<unknown>) => async () => {
  try {
    await withDeps(fn);
  } catch (e) {
    printAppError(e);
  }
};

export function registerReviewCommands(program: Command): void {
  const review = program.command('review').description('review drafts without Slack, through the same code path as the Slack buttons');
  review
    .command('list')
    .description('pending reviews, oldest first')
    .option('--as <slackUserId>', 'only drafts this reviewer may decide')
    .option('--limit <n>', 'at most n', '100')
    .action((o: { as?: string; limit: string }) => {
      const limit = Number(o.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) fail(`--limit must be a whole number from 1 to 1000 (got "${o.limit}")`);
      return run((deps) => reviewList(deps, { ...(o.as ? { as: o.as } : {}), limit }))();
    });
  review
    .command('show <id>')
    .description('the draft exactly as it will be sent, with tier reasons and findings')
    .action((id: string) => ((did: string) => run((deps) => reviewShow(deps, did))())(draftIdArg(id)));
  review
    .command('approve <id>')
    .requiredOption('--as <slackUserId>', 'the reviewer (Slack user id)')
    .option('--draft-version <n>', 'the version you read (default: the current one)')
    .action((id: string, o: { as: string; draftVersion?: string }) => ((did: string) => run((deps) => reviewApprove(deps, { id: did, as: o.as, ...(o.draftVersion ? { version: o.draftVersion } : {}) }))())(draftIdArg(id)));
  review
    .command('edit <id>')
    .description('approve with your final text (scanned again; a critical finding refuses it)')
    .requiredOption('--as <slackUserId>', 'the reviewer (Slack user id)')
    .option('--subject <text>', 'final subject (default: unchanged)')
    .option('--body <text>', 'final body (default: unchanged)')
    .option('--body-file <path>', 'read the final body from a file')
    .option('--draft-version <n>', 'the version you read (default: the current one)')
    .action((id: string, o: { as: string; subject?: string; body?: string; bodyFile?: string; draftVersion?: string }) =>
      ((did: string) => run((deps) => reviewEdit(deps, { id: did, as: o.as, ...(o.subject !== undefined ? { subject: o.subject } : {}), ...(o.body !== undefined ? { body: o.body } : {}), ...(o.bodyFile ? { bodyFile: o.bodyFile } : {}), ...(o.draftVersion ? { version: o.draftVersion } : {}) }))())(draftIdArg(id)),
    );
  review
    .command('reject <id>')
    .requiredOption('--as <slackUserId>', 'the reviewer (Slack user id)')
    .requiredOption('--reason-category <category>', REJECT_CATEGORIES.join(' | '))
    .option('--reason <text>', 'what was wrong')
    .option('--draft-version <n>', 'the version you read (default: the current one)')
    .action((id: string, o: { as: string; reasonCategory: string; reason?: string; draftVersion?: string }) =>
      ((did: string) => run((deps) => reviewReject(deps, { id: did, as: o.as, reasonCategory: o.reasonCategory, ...(o.reason ? { reason: o.reason } : {}), ...(o.draftVersion ? { version: o.draftVersion } : {}) }))())(draftIdArg(id)),
    );
}
