/**
 * Postgres schema (DESIGN §4). Data only: no business rules here.
 * Migrations are generated from this file by `npm run db:generate` (drizzle-kit) into migrations/.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Finding } from '../detect/types.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

export const DRAFT_STATUSES = [
  'received',
  'blocked',
  'pending_review',
  'approved',
  'rejected',
  'expired',
  'queued',
  'sending',
  'sent',
  'failed',
  'held',
  'cancelled',
] as const;
export type DraftStatus = (typeof DRAFT_STATUSES)[number];

export const accounts = pgTable(
  'accounts',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    domain: text('domain').notNull(),
    /** More domains of the same company (lower-cased, no leading @); subdomains of any count. */
    domains: text('domains').array().notNull().default(sql`'{}'::text[]`),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    valueUsd: doublePrecision('value_usd').notNull().default(0),
    segment: text('segment').notNull().default(''),
    strategic: boolean('strategic').notNull().default(false),
    namedOpportunity: text('named_opportunity'),
    ownerSlackId: text('owner_slack_id'),
    ownerEmail: text('owner_email'),
    doNotContact: boolean('do_not_contact').notNull().default(false),
    sensitive: jsonb('sensitive').$type<Record<string, string>>().notNull().default({}),
    facts: jsonb('facts').$type<string[]>().notNull().default([]),
    custom: jsonb('custom').$type<Record<string, string>>().notNull().default({}),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('accounts_domain_idx').on(t.domain), index('accounts_owner_idx').on(t.ownerSlackId)],
);

export const apiTokens = pgTable('api_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The client's name; tokens of one name are one client (idempotency survives rotation). */
  name: text('name').notNull(),
  /** sha256 hex of the secret; the secret itself is shown once and never stored. */
  secretHash: text('secret_hash').notNull().unique(),
  /** First characters of the secret, to recognise a token in lists. */
  prefix: text('prefix').notNull(),
  scopes: text('scopes').array().notNull(),
  /** Workflows this token may act for; empty = any. */
  workflows: text('workflows').array().notNull().default(sql`'{}'::text[]`),
  ratePerMinute: integer('rate_per_minute'),
  createdAt: ts('created_at').notNull().defaultNow(),
  revokedAt: ts('revoked_at'),
  lastUsedAt: ts('last_used_at'),
});

export const drafts = pgTable(
  'drafts',
  {
    id: uuid('id').primaryKey(),
    /** Who submitted: api token id, or 'cli' / 'demo'. Scopes idempotency keys and external ids. */
    source: text('source').notNull(),
    externalId: text('external_id').notNull(),
    idempotencyKey: text('idempotency_key'),
    /** sha256 of the canonical request body, to tell a retry from a different body under one key. */
    requestHash: text('request_hash').notNull(),
    accountId: text('account_id')
      .notNull()
      .references(() => accounts.id),
    toEmail: text('to_email').notNull(),
    toName: text('to_name'),
    fromMailbox: text('from_mailbox').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    workflow: text('workflow').notNull(),
    templateId: text('template_id').notNull(),
    prompt: text('prompt'),
    dataSources: text('data_sources').array().notNull().default(sql`'{}'::text[]`),
    agentRunId: text('agent_run_id'),
    status: text('status').$type<DraftStatus>().notNull(),
    tier: text('tier').$type<'blocked' | 'high' | 'low'>().notNull(),
    sampled: boolean('sampled').notNull().default(false),
    sampleRate: real('sample_rate'),
    twoPerson: boolean('two_person').notNull().default(false),
    tierReasons: jsonb('tier_reasons').$type<string[]>().notNull().default([]),
    findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
    policyVersion: integer('policy_version').notNull(),
    /** Bumped on every edit; an approval names the version it approves. */
    version: integer('version').notNull().default(1),
    finalSubject: text('final_subject'),
    finalBody: text('final_body'),
    slackChannel: text('slack_channel'),
    slackTs: text('slack_ts'),
    postedAt: ts('posted_at'),
    decidedAt: ts('decided_at'),
    decidedBy: text('decided_by'),
    sentAt: ts('sent_at'),
    holdReason: text('hold_reason'),
    /** The client (token name, or 'cli'/'demo') that submitted; idempotency is per client. */
    client: text('client'),
    /** Review ladder (policy review.remind/escalate/expire_after_hours): when each step ran. */
    remindedAt: ts('reminded_at'),
    escalatedAt: ts('escalated_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('drafts_source_external_uq').on(t.source, t.externalId),
    uniqueIndex('drafts_source_idem_uq').on(t.source, t.idempotencyKey).where(sql`${t.idempotencyKey} is not null`),
    index('drafts_status_idx').on(t.status, t.createdAt),
    index('drafts_account_idx').on(t.accountId),
    index('drafts_template_idx').on(t.templateId, t.createdAt),
    index('drafts_created_idx').on(t.createdAt),
    check(
      'drafts_status_ck',
      sql.raw(`status in (${DRAFT_STATUSES.map((s) => `'${s}'`).join(',')})`),
    ),
  ],
);

export const reviews = pgTable(
  'reviews',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => drafts.id),
    draftVersion: integer('draft_version').notNull(),
    reviewer: text('reviewer').notNull(),
    decision: text('decision').$type<'approve' | 'edit' | 'reject'>().notNull(),
    reasonCategory: text('reason_category'),
    reasonText: text('reason_text'),
    diff: text('diff'),
    secondsToDecide: real('seconds_to_decide'),
    fastApproval: boolean('fast_approval').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('reviews_draft_idx').on(t.draftId, t.draftVersion),
    uniqueIndex('reviews_one_vote_uq').on(t.draftId, t.draftVersion, t.reviewer),
    index('reviews_created_idx').on(t.createdAt),
  ],
);

export const sends = pgTable(
  'sends',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => drafts.id),
    attempt: integer('attempt').notNull(),
    transport: text('transport').notNull(),
    messageId: text('message_id').notNull(),
    /** started: the transport call may be under way; the outcome is unknown until it is set. */
    status: text('status').$type<'started' | 'sent' | 'failed' | 'unknown'>().notNull(),
    error: text('error'),
    providerResponse: text('provider_response'),
    startedAt: ts('started_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
    /** The live worker's lease on this attempt, renewed while it works; a stale lease is a dead worker's. */
    leaseUntil: ts('lease_until'),
    /** Fencing token of the claim: the outcome write must present it. */
    leaseToken: text('lease_token'),
  },
  (t) => [
    uniqueIndex('sends_attempt_uq').on(t.draftId, t.attempt),
    // Promise 2: at most one call in flight or succeeded per draft.
    uniqueIndex('sends_one_live_uq').on(t.draftId).where(sql`${t.status} in ('started','sent','unknown')`),
    index('sends_finished_idx').on(t.finishedAt),
  ],
);

export const pauses = pgTable(
  'pauses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** all | template:ID | workflow:ID | mailbox:ADDR | account:ID */
    scope: text('scope').notNull(),
    reason: text('reason').notNull().default(''),
    source: text('source').$type<'slash_command' | 'api' | 'anomaly' | 'delivery_event' | 'cli'>().notNull(),
    actor: jsonb('actor').notNull(),
    evidence: jsonb('evidence').notNull().default({}),
    inFlightAtPause: integer('in_flight_at_pause').notNull().default(0),
    heldAtPause: integer('held_at_pause').notNull().default(0),
    startedAt: ts('started_at').notNull().defaultNow(),
    endedAt: ts('ended_at'),
    endedBy: jsonb('ended_by'),
  },
  (t) => [uniqueIndex('pauses_active_scope_uq').on(t.scope).where(sql`${t.endedAt} is null`)],
);

export const suppressions = pgTable('suppressions', {
  /** Lower-cased address (a@b.com) or domain (b.com). */
  value: text('value').primaryKey(),
  kind: text('kind').$type<'address' | 'domain'>().notNull(),
  reason: text('reason').$type<'unsubscribe' | 'bounce' | 'complaint' | 'manual'>().notNull(),
  source: text('source').notNull().default('manual'),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const policies = pgTable(
  'policies',
  {
    version: serial('version').primaryKey(),
    document: jsonb('document').notNull(),
    yaml: text('yaml').notNull(),
    appliedBy: jsonb('applied_by').notNull(),
    appliedAt: ts('applied_at').notNull().defaultNow(),
    comment: text('comment').notNull().default(''),
    active: boolean('active').notNull().default(false),
  },
  (t) => [uniqueIndex('policies_one_active_uq').on(t.active).where(sql`${t.active}`)],
);

/** Per-template sampling state (ISO 2859-1 switching) and probation counter. */
export const templates = pgTable('templates', {
  templateId: text('template_id').primaryKey(),
  workflow: text('workflow').notNull(),
  seen: integer('seen').notNull().default(0),
  state: text('state').$type<'normal' | 'tightened' | 'reduced'>().notNull().default('normal'),
  recentSampled: text('recent_sampled').array().notNull().default(sql`'{}'::text[]`),
  cleanRun: integer('clean_run').notNull().default(0),
  firstSeenAt: ts('first_seen_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Monitor state for the guard: one row per (monitor, scope). */
export const monitorState = pgTable(
  'monitor_state',
  {
    monitor: text('monitor').notNull(),
    scope: text('scope').notNull(),
    state: jsonb('state').notNull(),
    trippedAt: ts('tripped_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('monitor_state_pk').on(t.monitor, t.scope)],
);

/** Alerts posted to people; one per trip, so a storm of reviews makes one message. */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').notNull(),
    scope: text('scope').notNull(),
    pauseId: uuid('pause_id').references(() => pauses.id),
    dedupeKey: text('dedupe_key').notNull().unique(),
    payload: jsonb('payload').notNull().default({}),
    slackChannel: text('slack_channel'),
    slackTs: text('slack_ts'),
    /** Outbox: written with the event that raised it; the worker posts it and sets postedAt. */
    postedAt: ts('posted_at'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('alerts_unposted_idx').on(t.nextAttemptAt).where(sql`${t.postedAt} is null`)],
);

/** Book imports: a snapshot of every account row an import changed, for `import rollback`. */
export const accountImports = pgTable(
  'account_imports',
  {
    id: serial('id').primaryKey(),
    actor: jsonb('actor').notNull(),
    status: text('status').$type<'applied' | 'staged' | 'rolled_back' | 'discarded'>().notNull(),
    /** added / changed / removed / unchanged counts, do-not-contact and strategic flips. */
    summary: jsonb('summary').notNull().default({}),
    /** The rows as they were before the import (null entry: the account did not exist). */
    before: jsonb('before').notNull().default([]),
    /** The incoming rows (kept for staged imports, applied on confirm). */
    incoming: jsonb('incoming').notNull().default([]),
    stagedReason: text('staged_reason'),
    createdAt: ts('created_at').notNull().defaultNow(),
    appliedAt: ts('applied_at'),
    rolledBackAt: ts('rolled_back_at'),
  },
  (t) => [index('account_imports_created_idx').on(t.createdAt)],
);

/** One-time console sign-in links (single use, short-lived, bound to a Slack user id). */
export const consoleLinks = pgTable('console_links', {
  /** sha256 hex of the link's secret. */
  tokenHash: text('token_hash').primaryKey(),
  slackUserId: text('slack_user_id').notNull(),
  createdAt: ts('created_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  usedAt: ts('used_at'),
});

/** Console sessions: a row per sign-in; the cookie holds the secret, the row its sha256. */
export const consoleSessions = pgTable(
  'console_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    secretHash: text('secret_hash').notNull().unique(),
    slackUserId: text('slack_user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('console_sessions_user_idx').on(t.slackUserId)],
);

/** Heads of the audit chain recorded by the sealer (also written outside the database). */
export const auditAnchors = pgTable('audit_anchors', {
  id: serial('id').primaryKey(),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
  at: ts('at').notNull().defaultNow(),
  sinks: text('sinks').array().notNull().default(sql`'{}'::text[]`),
});

/** Inbound deliveries already processed (Slack retries, webhook redeliveries). */
export const inboundSeen = pgTable('inbound_seen', {
  key: text('key').primaryKey(),
  at: ts('at').notNull().defaultNow(),
});

/**
 * Append-only audit trail. Rows are inserted unsealed (seq/prev_hash/hash null) by any writer,
 * without locks; the sealer assigns seq in one ordered pass and links each row to the previous
 * hash. A trigger refuses DELETE and every UPDATE except that one sealing write.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    seq: bigint('seq', { mode: 'number' }),
    at: ts('at').notNull().default(sql`clock_timestamp()`),
    actor: jsonb('actor').notNull(),
    action: text('action').notNull(),
    subject: text('subject').notNull(),
    data: jsonb('data').notNull().default({}),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    // Unique among sealed rows only: an unsealed row (seq null) adds no entry, so an append —
    // every state change writes one — maintains one index less; the sealer's write adds it.
    uniqueIndex('audit_log_seq_uq').on(t.seq).where(sql`${t.seq} is not null`),
    index('audit_unsealed_idx').on(t.id).where(sql`${t.hash} is null`),
    index('audit_subject_idx').on(t.subject),
    // Time ranges only (`at >= since`); rows arrive in time order, so a BRIN index answers them
    // and costs an append next to nothing, where a btree took one more insert per audit row.
    index('audit_at_idx').using('brin', t.at),
  ],
);
