CREATE TABLE "accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"domain" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"value_usd" double precision DEFAULT 0 NOT NULL,
	"segment" text DEFAULT '' NOT NULL,
	"strategic" boolean DEFAULT false NOT NULL,
	"named_opportunity" text,
	"owner_slack_id" text,
	"owner_email" text,
	"do_not_contact" boolean DEFAULT false NOT NULL,
	"sensitive" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"facts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"custom" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"scope" text NOT NULL,
	"pause_id" uuid,
	"dedupe_key" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"slack_channel" text,
	"slack_ts" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alerts_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"secret_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"scopes" text[] NOT NULL,
	"workflows" text[] DEFAULT '{}'::text[] NOT NULL,
	"rate_per_minute" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"last_used_at" timestamp (3) with time zone,
	CONSTRAINT "api_tokens_secret_hash_unique" UNIQUE("secret_hash")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"seq" bigint,
	"at" timestamp (3) with time zone DEFAULT clock_timestamp() NOT NULL,
	"actor" jsonb NOT NULL,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"prev_hash" text,
	"hash" text,
	CONSTRAINT "audit_log_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "drafts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"external_id" text NOT NULL,
	"idempotency_key" text,
	"request_hash" text NOT NULL,
	"account_id" text NOT NULL,
	"to_email" text NOT NULL,
	"to_name" text,
	"from_mailbox" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"workflow" text NOT NULL,
	"template_id" text NOT NULL,
	"prompt" text,
	"data_sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"agent_run_id" text,
	"status" text NOT NULL,
	"tier" text NOT NULL,
	"sampled" boolean DEFAULT false NOT NULL,
	"sample_rate" real,
	"two_person" boolean DEFAULT false NOT NULL,
	"tier_reasons" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"policy_version" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"final_subject" text,
	"final_body" text,
	"slack_channel" text,
	"slack_ts" text,
	"posted_at" timestamp (3) with time zone,
	"decided_at" timestamp (3) with time zone,
	"decided_by" text,
	"sent_at" timestamp (3) with time zone,
	"hold_reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drafts_status_ck" CHECK (status in ('received','blocked','pending_review','approved','rejected','expired','queued','sending','sent','failed','held','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "inbound_seen" (
	"key" text PRIMARY KEY NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "monitor_state" (
	"monitor" text NOT NULL,
	"scope" text NOT NULL,
	"state" jsonb NOT NULL,
	"tripped_at" timestamp (3) with time zone,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pauses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"actor" jsonb NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"in_flight_at_pause" integer DEFAULT 0 NOT NULL,
	"held_at_pause" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp (3) with time zone,
	"ended_by" jsonb
);
--> statement-breakpoint
CREATE TABLE "policies" (
	"version" serial PRIMARY KEY NOT NULL,
	"document" jsonb NOT NULL,
	"yaml" text NOT NULL,
	"applied_by" jsonb NOT NULL,
	"applied_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"draft_id" uuid NOT NULL,
	"draft_version" integer NOT NULL,
	"reviewer" text NOT NULL,
	"decision" text NOT NULL,
	"reason_category" text,
	"reason_text" text,
	"diff" text,
	"seconds_to_decide" real,
	"fast_approval" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sends" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"draft_id" uuid NOT NULL,
	"attempt" integer NOT NULL,
	"transport" text NOT NULL,
	"message_id" text NOT NULL,
	"status" text NOT NULL,
	"error" text,
	"provider_response" text,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "suppressions" (
	"value" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "templates" (
	"template_id" text PRIMARY KEY NOT NULL,
	"workflow" text NOT NULL,
	"seen" integer DEFAULT 0 NOT NULL,
	"state" text DEFAULT 'normal' NOT NULL,
	"recent_sampled" text[] DEFAULT '{}'::text[] NOT NULL,
	"clean_run" integer DEFAULT 0 NOT NULL,
	"first_seen_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_pause_id_pauses_id_fk" FOREIGN KEY ("pause_id") REFERENCES "public"."pauses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drafts" ADD CONSTRAINT "drafts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sends" ADD CONSTRAINT "sends_draft_id_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."drafts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_domain_idx" ON "accounts" USING btree ("domain");--> statement-breakpoint
CREATE INDEX "accounts_owner_idx" ON "accounts" USING btree ("owner_slack_id");--> statement-breakpoint
CREATE INDEX "audit_unsealed_idx" ON "audit_log" USING btree ("id") WHERE "audit_log"."hash" is null;--> statement-breakpoint
CREATE INDEX "audit_subject_idx" ON "audit_log" USING btree ("subject");--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_source_external_uq" ON "drafts" USING btree ("source","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drafts_source_idem_uq" ON "drafts" USING btree ("source","idempotency_key") WHERE "drafts"."idempotency_key" is not null;--> statement-breakpoint
CREATE INDEX "drafts_status_idx" ON "drafts" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "drafts_account_idx" ON "drafts" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "drafts_template_idx" ON "drafts" USING btree ("template_id","created_at");--> statement-breakpoint
CREATE INDEX "drafts_created_idx" ON "drafts" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "monitor_state_pk" ON "monitor_state" USING btree ("monitor","scope");--> statement-breakpoint
CREATE UNIQUE INDEX "pauses_active_scope_uq" ON "pauses" USING btree ("scope") WHERE "pauses"."ended_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "policies_one_active_uq" ON "policies" USING btree ("active") WHERE "policies"."active";--> statement-breakpoint
CREATE INDEX "reviews_draft_idx" ON "reviews" USING btree ("draft_id","draft_version");--> statement-breakpoint
CREATE UNIQUE INDEX "reviews_one_vote_uq" ON "reviews" USING btree ("draft_id","draft_version","reviewer");--> statement-breakpoint
CREATE INDEX "reviews_created_idx" ON "reviews" USING btree ("created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "sends_attempt_uq" ON "sends" USING btree ("draft_id","attempt");--> statement-breakpoint
CREATE UNIQUE INDEX "sends_one_live_uq" ON "sends" USING btree ("draft_id") WHERE "sends"."status" in ('started','sent','unknown');--> statement-breakpoint
CREATE INDEX "sends_finished_idx" ON "sends" USING btree ("finished_at");