/**
 * Scores the scanner on labelled drafts through the same public path as `draftgate scan`:
 * `buildBook` over the book, `scanDraft(draft, account, book, policy)`, then `tierDraft` with no
 * suppressions and a template history past probation (probation is a property of a
 * deployment's history, not of a draft, so it is outside the labels).
 *
 * Per kind K: recall = drafts expecting K where a finding of kind K appears / drafts expecting
 * K; precision = drafts expecting K where K appears / drafts where K appears (null when the
 * scanner never reports K). `clean_false_alarm_rate` = share of clean drafts with any warn or
 * critical finding. `tier_accuracy` = share of drafts whose tier equals the expected tier.
 */
import { buildBook } from '../../src/detect/book.js';
import { scanDraft } from '../../src/detect/scan.js';
import type { Finding } from '../../src/detect/types.js';
import { tierDraft } from '../../src/policy/tier.js';
import { newTemplateHistory } from '../../src/policy/sampling.js';
import type { EvalBook } from './book.js';
import { EVAL_KINDS, type EvalKind, type LabelledDraft } from './generate.js';

export interface ScoredDraft {
  item: LabelledDraft;
  findings: Finding[];
  found: Set<string>;
  tier: string;
}

export interface Scores {
  drafts: number;
  recall: Record<string, number | null>;
  precision: Record<string, number | null>;
  recall_min: number;
  clean_false_alarm_rate: number;
  tier_accuracy: number;
  /** Expected tier → actual tier counts, for reading tier errors. */
  tier_confusion: Record<string, Record<string, number>>;
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

const TIERS = ['low', 'high', 'blocked'] as const;

export function scanAll(items: readonly LabelledDraft[], evalBook: EvalBook): ScoredDraft[] {
  const policy = evalBook.policy;
  const book = buildBook(evalBook.accounts.map((a) => a.account), { sensitiveFields: policy.sensitive_fields });
  const template = { ...newTemplateHistory(), seen: policy.high_tier.new_template_probation };
  return items.map((item) => {
    const account = book.get(item.draft.account_id);
    if (account === undefined) throw new Error(`unknown account ${item.draft.account_id}`);
    const findings = scanDraft(item.draft, account, book, policy);
    const decision = tierDraft(
      { draftId: item.id, draft: item.draft, account, findings, policyVersion: 1, suppressed: false, template },
      policy,
    );
    return { item, findings, found: new Set(findings.map((f) => f.kind as string)), tier: decision.tier };
  });
}

export function score(scored: readonly ScoredDraft[]): Scores {
  const recall: Record<string, number | null> = {};
  const precision: Record<string, number | null> = {};
  for (const k of EVAL_KINDS) {
    let expected = 0;
    let hit = 0;
    let flagged = 0;
    for (const s of scored) {
      const exp = s.item.expected.kinds.includes(k);
      const got = s.found.has(k);
      if (exp) expected++;
      if (got) flagged++;
      if (exp && got) hit++;
    }
    recall[k] = expected === 0 ? null : round3(hit / expected);
    precision[k] = flagged === 0 ? null : round3(hit / flagged);
  }
  const clean = scored.filter((s) => s.item.expected.kinds.length === 0);
  const alarms = clean.filter((s) => s.findings.some((f) => f.severity === 'warn' || f.severity === 'critical')).length;
  const tierOk = scored.filter((s) => s.tier === s.item.expected.tier).length;
  // Every cell, zeros included, so the keys of bench/results.json stay the same run to run.
  const confusion: Record<string, Record<string, number>> = {};
  for (const expected of TIERS) confusion[expected] = Object.fromEntries(TIERS.map((t) => [t, 0]));
  for (const s of scored) {
    const row = confusion[s.item.expected.tier] as Record<string, number>;
    row[s.tier] = (row[s.tier] ?? 0) + 1;
  }
  const recalls = Object.values(recall).filter((x): x is number => x !== null);
  return {
    drafts: scored.length,
    recall,
    precision,
    recall_min: recalls.length === 0 ? 0 : Math.min(...recalls),
    clean_false_alarm_rate: round3(alarms / Math.max(1, clean.length)),
    tier_accuracy: round3(tierOk / Math.max(1, scored.length)),
    tier_confusion: confusion,
  };
}

function clip(s: string, n = 160): string {
  const one = s.replace(/\n/g, ' ⏎ ').replace(/[\u200b-\u200f\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u00ad]/g, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
  return one.length > n ? `${one.slice(0, n)}…` : one;
}

/**
 * A miss report for rule writers (TRAIN drafts only): per kind, how many were missed, the
 * families missed most, and a few missed examples; then the clean drafts that raised alarms.
 */
export function missReport(scored: readonly ScoredDraft[], perKind = 4): string {
  const lines: string[] = [];
  for (const k of EVAL_KINDS) {
    const missed = scored.filter((s) => s.item.expected.kinds.includes(k) && !s.found.has(k));
    const total = scored.filter((s) => s.item.expected.kinds.includes(k)).length;
    lines.push(`\n## ${k}: missed ${missed.length} of ${total}`);
    const byFamily = new Map<string, number>();
    for (const s of missed) {
      for (const inj of s.item.injected) if (inj.kind === k) byFamily.set(inj.family, (byFamily.get(inj.family) ?? 0) + 1);
    }
    const fams = [...byFamily].sort((a, b) => b[1] - a[1]).slice(0, 6);
    if (fams.length > 0) lines.push(`   most missed families: ${fams.map(([f, n]) => `${f} (${n})`).join(', ')}`);
    // Spread the examples over families.
    const seen = new Set<string>();
    const examples: Array<{ id: string; family: string; text: string; where: string }> = [];
    for (const s of missed) {
      const inj = s.item.injected.find((i) => i.kind === (k as EvalKind));
      if (inj === undefined || seen.has(inj.family)) continue;
      seen.add(inj.family);
      examples.push({ id: s.item.id, family: inj.family, text: inj.text, where: inj.where });
      if (examples.length >= perKind) break;
    }
    for (const e of examples) lines.push(`   - ${e.id} [${e.family}, ${e.where}] ${clip(e.text)}`);
  }
  const alarms = scored.filter((s) => s.item.expected.kinds.length === 0 && s.findings.some((f) => f.severity !== 'info'));
  lines.push(`\n## clean drafts with a warn/critical finding: ${alarms.length}`);
  const byKind = new Map<string, number>();
  for (const s of alarms) for (const f of s.findings) if (f.severity !== 'info') byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
  if (byKind.size > 0) lines.push(`   by kind: ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const s of alarms.slice(0, 8)) {
    const f = s.findings.find((x) => x.severity !== 'info') as Finding;
    lines.push(`   - ${s.item.id} ${f.kind}/${f.severity}: "${clip(f.excerpt, 80)}" (traps: ${s.item.traps.join(', ')})`);
  }
  return lines.join('\n');
}
