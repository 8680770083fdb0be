/**
 * The MCP connector Cowork uses (Streamable HTTP at /mcp, stateless: one server per request).
 *
 * Contract: the same Bearer tokens and scopes as REST (the /mcp route authenticates first; each
 * tool checks its scope and audits a denial). Tools call the same verbs as REST with the same zod
 * schemas; an AppError becomes a tool result with isError and the REST message (plus field
 * errors), never a protocol error, so the agent can read it and correct itself.
 */
import type { Context } from 'hono';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { Deps } from '../deps.js';
import { isAppError } from '../lib/errors.js';
import { assertScope, tokenActor, type AuthToken } from '../tokens/auth.js';
import { DraftIn, MAX_BATCH, submitDraft, submitDrafts } from '../drafts/intake.js';
import { afterCommit } from '../effects.js';
import { getDraftStatus } from '../drafts/get.js';
import { FeedbackQuery, getReviewFeedback } from '../review/feedback.js';
import { getAccountContext } from '../accounts/context.js';

const ok = (value: unknown): CallToolResult => ({ content: [{ type: 'text', text: JSON.stringify(value) }], structuredContent: value as Record<string, unknown> });

async function run(deps: Deps, fn: () => Promise<unknown>): Promise<CallToolResult> {
  try {
    return ok(await fn());
  } catch (e) {
    if (isAppError(e)) {
      const body = { status: e.status, code: e.code, message: e.message, ...(e.extra.errors ? { errors: e.extra.errors } : {}) };
      return { isError: true, content: [{ type: 'text', text: JSON.stringify(body) }] };
    }
    deps.log.error({ err: e }, 'mcp tool failed');
    return { isError: true, content: [{ type: 'text', text: JSON.stringify({ status: 500, code: 'INTERNAL', message: 'internal error' }) }] };
  }
}

const WHAT_HAPPENS =
  'Every draft is scanned (leaked CRM data such as contract values, discounts or private notes; other accounts named by mistake; personal data; secrets; unverified claims; tone; placeholders; links) and tiered. ' +
  "The recipient must be at one of the account's domains (an address at another account's domain is blocked; an unknown domain goes to a reviewer) and `from` must be one of our sending mailboxes. " +
  'blocked: never sent (fix and resubmit under a new external_id). high: waits for a human reviewer in Slack (high-value, strategic or named-opportunity accounts, warning findings, new templates). ' +
  'low: auto-approved and sent through a rate-limited queue, except a random sample that is reviewed first. Sending is never immediate; poll get_draft_status.';

export function createMcpServer(deps: Deps, token: AuthToken, c: Context): McpServer {
  const server = new McpServer({ name: 'draftgate', version: '1.0.0' }, { capabilities: { tools: {} } });
  const actor = tokenActor(token, 'mcp');
  const ctx = { actor, source: token.name, workflows: token.workflows };

  server.registerTool(
    'submit_outreach_draft',
    {
      title: 'Submit one outreach draft for review and sending',
      description: `Submit one email draft to a prospect. ${WHAT_HAPPENS} Resubmitting the same external_id with the same content returns the original result; with different content it is refused. Returns {id, status, tier, sampled, reasons, findings}.`,
      inputSchema: DraftIn,
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    async (args) =>
      run(deps, async () => {
        await assertScope(deps, c, token, 'drafts:write');
        const r = await submitDraft(deps, ctx, args);
        await afterCommit(deps, r.effects);
        return r.draft;
      }),
  );

  server.registerTool(
    'submit_outreach_drafts',
    {
      title: 'Submit up to 1,000 outreach drafts at once',
      description: `Submit a batch of up to ${MAX_BATCH} drafts (same fields as submit_outreach_draft). Each item is handled on its own: valid items are stored even if others are invalid; the result lists one outcome per item in input order. ${WHAT_HAPPENS}`,
      inputSchema: { drafts: z.array(z.record(z.string(), z.unknown())).min(1).max(MAX_BATCH).describe('drafts, each shaped like submit_outreach_draft input') },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: true },
    },
    async (args) =>
      run(deps, async () => {
        await assertScope(deps, c, token, 'drafts:write');
        const { results, effects } = await submitDrafts(deps, ctx, args.drafts.map((input) => ({ input })));
        await afterCommit(deps, effects);
        const created = results.filter((x) => x.ok && x.created).length;
        const failed = results.filter((x) => !x.ok).length;
        return { created, replayed: results.length - created - failed, failed, results };
      }),
  );

  server.registerTool(
    'get_account_context',
    {
      title: 'Read an account as your workflow may see it',
      description: 'The account fields your workflow is allowed to use when writing (e.g. name, domain, segment, verified facts). Sensitive CRM fields (contract value, discount, renewal date, deal risk and private notes) are never returned; do not guess or mention them. Only cite facts returned here.',
      inputSchema: { account_id: z.string().min(1).max(200), workflow: z.string().min(1).max(100) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) =>
      run(deps, async () => {
        await assertScope(deps, c, token, 'accounts:read');
        return getAccountContext(deps, { accountId: args.account_id, workflow: args.workflow, allowedWorkflows: token.workflows });
      }),
  );

  server.registerTool(
    'get_draft_status',
    {
      title: 'What became of a submitted draft',
      description: 'Status (received, blocked, pending_review, approved, rejected, expired, queued, sending, sent, failed, held, cancelled), tier, the reviewer decision and when it was sent.',
      inputSchema: { id: z.string().min(1).max(100).describe('draft id returned at submission') },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) =>
      run(deps, async () => {
        await assertScope(deps, c, token, 'drafts:read');
        return getDraftStatus(deps, { id: args.id, source: token.scopes.includes('admin') ? null : token.name });
      }),
  );

  server.registerTool(
    'get_review_feedback',
    {
      title: 'What reviewers decided about your drafts',
      description:
        'Call this BEFORE drafting your next batch. Returns what human reviewers decided about your own recent drafts, most recent first: ' +
        'decision (approve, edit, reject), reason category (e.g. factual_error, tone, wrong_person), the reviewer\'s note and, for edits, the line diff of what they changed, ' +
        'plus a summary of approvals, edits and rejections by reason. Learn from the edits and rejections: avoid the claims, phrasing and mistakes reviewers removed. ' +
        'Only your own drafts in your workflows; CRM values are withheld ("[withheld]").',
      inputSchema: FeedbackQuery.shape,
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) =>
      run(deps, async () => {
        await assertScope(deps, c, token, 'drafts:read');
        return getReviewFeedback(deps, { client: token.name, workflows: token.workflows, query: args });
      }),
  );
  return server;
}
