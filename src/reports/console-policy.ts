/** Read models for the console's Policy page: the version history and two versions' text. */
import { desc, eq, inArray } from 'drizzle-orm';
import type { Deps } from '../deps.js';
import { policies } from '../db/schema.js';
import { describeActor, type Actor } from '../audit/actor.js';

export interface PolicyVersionRow {
  version: number;
  active: boolean;
  appliedBy: string;
  appliedAt: string;
  comment: string;
}

export async function listPolicyVersions(deps: Pick<Deps, 'db'>, limit = 100): Promise<PolicyVersionRow[]> {
  const rows = await deps.db
    .select({ version: policies.version, active: policies.active, appliedBy: policies.appliedBy, appliedAt: policies.appliedAt, comment: policies.comment })
    .from(policies)
    .orderBy(desc(policies.version))
    .limit(limit);
  return rows.map((r) => ({ ...r, appliedBy: describeActor(r.appliedBy as Actor), appliedAt: r.appliedAt.toISOString() }));
}

export async function policyTexts(deps: Pick<Deps, 'db'>, versions: number[]): Promise<Map<number, string>> {
  const ok = versions.filter((v) => Number.isInteger(v) && v > 0);
  if (!ok.length) return new Map();
  const rows = await deps.db.select({ version: policies.version, yaml: policies.yaml }).from(policies).where(inArray(policies.version, ok));
  return new Map(rows.map((r) => [r.version, r.yaml]));
}

export async function policyText(deps: Pick<Deps, 'db'>, version: number): Promise<string | null> {
  const [r] = await deps.db.select({ yaml: policies.yaml }).from(policies).where(eq(policies.version, version));
  return r?.yaml ?? null;
}
