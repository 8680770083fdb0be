ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_seq_unique";--> statement-breakpoint
DROP INDEX "audit_at_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seq_uq" ON "audit_log" USING btree ("seq") WHERE "audit_log"."seq" is not null;--> statement-breakpoint
CREATE INDEX "audit_at_idx" ON "audit_log" USING brin ("at");