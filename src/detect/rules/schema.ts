/**
 * The detection rule format (DESIGN §5 "Detection rules"): built-in packs and the owner's rules
 * share it. A rule is data — never code — checked by zod:
 *
 *   id, kind, severity, scope, phrases (literal, word-bounded, case- and Unicode-folded) and/or
 *   patterns (regex sources) with keyword prefilters, exceptions, context words, a validator,
 *   `about: prospect` + `facts` for claims, a message template and examples {fire, pass}.
 *
 * What must stay true: a rule with `patterns` and `keywords` can only match where one of its
 * keywords occurs in the folded lower-case text (the keyword pass decides which regexes run);
 * `draftgate rules test` and the unit suite check every example against that too.
 * `detector` names a built-in code detector (greeting, links, ...): only built-in packs use it.
 */
import { z } from 'zod';
import { yaml } from '../../lib/yaml.js';
import { compileRuleRegex, nestedRepetition } from './regex.js';

export const FINDING_KINDS = [
  'sensitive_field', 'other_account', 'pii', 'secret', 'unverified_claim', 'tone',
  'recipient_mismatch', 'placeholder', 'internal_marker', 'link', 'hidden_text',
] as const;

/** Kinds of text a rule may be told not to fire in (`not_in`): two kinds of paragraph, a slot the sentence names, a plan's owner label, a fenced code block, a plain-text table's row, a paragraph said to the person the mail introduces, an action list's item, a heading in capitals. */
export const PARAGRAPH_KINDS = ['workflow', 'recap', 'mention', 'plan', 'code', 'table', 'introduction', 'actions', 'heading'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export const RULE_SCOPES = ['subject', 'body', 'greeting', 'signoff'] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export const DETECTORS = [
  'greeting', 'links', 'shouting', 'prompt-copy', 'hidden-text', 'hidden-html', 'sensitive-values', 'other-accounts', 'addressed-note', 'foreign-line',
  'note-paraphrase', 'tone-model', 'internal-model', 'claim-model',
] as const;

export const VALIDATORS = [
  'luhn', 'card', 'mod97', 'iban-format', 'ssn', 'entropy', 'not-example-secret', 'ca-sin', 'nhs', 'aadhaar', 'bsn', 'es-dni',
  'au-tfn', 'br-cpf', 'sg-nric', 'se-pnr', 'fr-nir', 'de-steuer-id', 'de-svnr', 'it-codice-fiscale', 'pl-pesel',
  'be-nrn', 'dk-cpr', 'no-fnr', 'fi-hetu', 'pt-nif', 'ch-ahv', 'cn-ric', 'kr-rrn', 'jp-my-number', 'tw-id', 'hk-hkid',
  'il-tz', 'tr-tckn', 'za-id', 'mx-curp', 'ar-cuit', 'cl-rut', 'ie-ppsn', 'cz-rc', 'ro-cnp',
] as const;

/** A sentence to run the rule on: plain text (the body), or with the draft context it needs. */
export const RuleExample = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    /** Put the text in the subject instead of the body. */
    field: z.enum(['subject', 'body']).default('body'),
    /** `to.name` of the draft (default "Dana Reyes"). */
    to_name: z.string().optional(),
    /** Verified facts of the example prospect (default none). */
    facts: z.array(z.string()).optional(),
    /** The agent's prompt, for prompt-copy rules. */
    prompt: z.string().optional(),
    /** The body under a subject example (default a short neutral note), for readings of both fields. */
    body: z.string().min(1).optional(),
  }),
]);
export type RuleExample = z.infer<typeof RuleExample>;

const regexSource = z.string().min(1).superRefine((src, ctx) => {
  try {
    compileRuleRegex(src);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: `not a valid regular expression: ${(e as Error).message}` });
    return;
  }
  // A pattern that can take minutes on one sentence would stall every scan: refused here, with
  // the rest of the policy, before any draft meets it.
  const nested = nestedRepetition(src);
  if (nested !== null) {
    ctx.addIssue({
      code: 'custom',
      message: `${nested} repeats a part that ends in a long repetition the next round may start with: on text that almost matches it can take exponential time. Bound the outer repetition ({0,10}) or end each round on a character the repeated part cannot match (e.g. (?:\\w+\\s)+ instead of (?:\\w+\\s?)+)`,
    });
  }
});

export const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'ids are lower-case words joined by . _ or -, e.g. tone.deadline-pressure'),
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(['critical', 'warn', 'info']),
  /** Where the rule looks: subject, body, the greeting line, the sign-off. Default subject + body. */
  scope: z.array(z.enum(RULE_SCOPES)).min(1).default(['subject', 'body']),
  description: z.string().optional(),
  /** Literal phrases, matched on word boundaries in folded lower-case text. */
  phrases: z.array(z.string().min(2)).default([]),
  /**
   * Regex sources (JavaScript syntax), matched on folded lower-case text unless case_sensitive.
   * An entry may carry its own keywords (`{regex, keywords}`): it then runs only near those,
   * not near the rule's (a rule whose patterns hang on different words stays one rule). An entry
   * marked `firm: true` is a shape specific enough to stand alone: the rule's `corroborate` bar
   * does not apply to its matches (a quiet jab the sentence model reads low, "did I say something
   * wrong?", in a rule whose broader patterns need the model's agreement).
   */
  patterns: z.array(z.union([regexSource, z.strictObject({ regex: regexSource, keywords: z.array(z.string().min(1)).min(1), firm: z.literal(true).optional() })])).default([]),
  /** Patterns see the folded text with its case (for shapes like API keys); phrases never do. */
  case_sensitive: z.boolean().default(false),
  /**
   * Lower-case fragments, one of which every pattern match contains: patterns run only when one
   * occurs, and only near it. A keyword starting with a letter counts at the start of a word
   * ("expir" finds "expires", "board" is not found in "onboarding").
   */
  keywords: z.array(z.string().min(1)).default([]),
  /**
   * Patterns run only when the field holds a run of at least this many digits (one space or dash
   * allowed between them): a prefilter for number shapes (cards, SSNs, IBANs), which have no keyword.
   */
  min_digits: z.number().int().positive().max(40).optional(),
  /** Regexes (lower-case text): when one matches the match itself or its sentence, no finding. */
  exceptions: z.array(regexSource).default([]),
  /**
   * Kinds of text where the rule does not fire: `workflow`, a paragraph describing how a
   * product moves records through queues, statuses and approvals (detect/workflow.ts); `recap`, an
   * item of a list that recaps what the prospect told us ("Your situation, as you explained it:");
   * `mention`, a slot the sentence names rather than leaves unfilled ("type your company name where
   * it says [Company]", "{{first_name}} is replaced automatically"; detect/mention.ts); `plan`, the
   * owner label of an item of a plan whose items say who does what ("Week 3 … Owner: me, in the
   * showroom."; detect/plan.ts).
   */
  not_in: z.array(z.enum(PARAGRAPH_KINDS)).default([]),
  /** Words or phrases that must (near) or must not (not_near) occur within `window` characters. */
  context: z
    .strictObject({
      near: z.array(z.string().min(1)).default([]),
      not_near: z.array(z.string().min(1)).default([]),
      window: z.number().int().positive().max(400).default(60),
      /** How far `not_near` looks when it should reach further than `near` (default: `window`). */
      not_near_window: z.number().int().positive().max(400).optional(),
    })
    .optional(),
  /** Checks the matched text (or its capture group 1): luhn, card, mod97, ssn, entropy, ca-sin, nhs, aadhaar, bsn, es-dni. */
  validator: z.enum(VALIDATORS).optional(),
  /** Minimum Shannon entropy (bits per char) of the match for validator "entropy". */
  min_entropy: z.number().positive().max(8).optional(),
  /**
   * `prospect` (claims): fire only when the sentence is about the prospect (you/your/its name).
   * `draft` (holds): fire only when what waits is this email or what it offers, not a record a
   * product handles ("Applications wait in review until a clerk approves them").
   */
  about: z.enum(['prospect', 'draft']).optional(),
  /**
   * A model check on a rule whose words also occur in ordinary prose (tone, claims): the finding
   * keeps its severity only when the learned sentence model gives its kind at least this
   * probability in the sentence; below it, the finding is reported as `info` (shown to the
   * reviewer, not counted in the tier). Rules of kinds the model does not learn ignore it.
   */
  corroborate: z.number().gt(0).lt(1).optional(),
  /** Claims: a verified fact matching this regex, and agreeing on names and numbers, supports the claim. */
  facts: regexSource.optional(),
  /**
   * Claims: the supporting fact must also share a content word with the matched claim ("your new
   * mobile app" is not supported by "Launched a self-serve plan").
   */
  facts_share_words: z.boolean().default(false),
  /** A built-in code detector this record configures (built-in packs only). */
  detector: z.enum(DETECTORS).optional(),
  /** Shown to the reviewer; {match} is the matched text, {account} the prospect's name. */
  message: z.string().min(1),
  examples: z.strictObject({
    fire: z.array(RuleExample).min(1, 'every rule needs at least one example that must fire'),
    pass: z.array(RuleExample).default([]),
  }),
}).superRefine((r, ctx) => {
  if (r.detector === undefined && r.phrases.length === 0 && r.patterns.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['phrases'], message: 'a rule needs phrases or patterns' });
  }
  if (r.facts !== undefined && r.about !== 'prospect') {
    ctx.addIssue({ code: 'custom', path: ['facts'], message: '"facts" needs "about: prospect"' });
  }
  if (r.validator === 'entropy' && r.min_entropy === undefined) {
    ctx.addIssue({ code: 'custom', path: ['min_entropy'], message: 'validator "entropy" needs min_entropy' });
  }
});
export type Rule = z.infer<typeof RuleSchema>;

/** A rule's patterns with the keywords each runs near (its own, else the rule's). */
export function patternsOf(rule: Pick<Rule, 'patterns' | 'keywords'>): Array<{ source: string; keywords: readonly string[]; firm: boolean }> {
  return rule.patterns.map((p) => (typeof p === 'string' ? { source: p, keywords: rule.keywords, firm: false } : { source: p.regex, keywords: p.keywords, firm: p.firm === true }));
}
export type RuleInput = z.input<typeof RuleSchema>;

export const RulePack = z.strictObject({
  pack: z.string().min(1),
  description: z.string().optional(),
  rules: z.array(RuleSchema),
});
export type RulePack = z.infer<typeof RulePack>;

export interface RuleFileError {
  path: string;
  line: number | null;
  message: string;
}

/** A zod issue path as people write it: `rules[3].examples.fire`; `(root)` when empty. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Parses a rule file: a pack (`pack:` + `rules:`), a bare list of rules, or a policy-like file
 * with a `rules:` list. Errors carry the YAML line of the offending key.
 */
export function parseRuleFile(text: string): { ok: true; pack: RulePack } | { ok: false; errors: RuleFileError[] } {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => ({ path: '(yaml)', line: lineCounter.linePos(e.pos[0]).line, message: e.message.split('\n')[0] ?? e.message })),
    };
  }
  const data: unknown = doc.toJS() ?? {};
  let value: unknown = data;
  let prefix: PropertyKey[] = [];
  if (Array.isArray(data)) value = { pack: 'file', rules: data };
  else if (data !== null && typeof data === 'object' && !('pack' in data) && 'rules' in data) {
    value = { pack: 'policy', rules: (data as { rules: unknown }).rules };
    prefix = [];
  }
  const parsed = RulePack.safeParse(value);
  if (parsed.success) return { ok: true, pack: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => {
      const path = Array.isArray(data) ? issue.path.slice(1) : [...prefix, ...issue.path];
      const node = doc.getIn(path, true) as { range?: [number, number] } | undefined;
      const parent = doc.getIn(path.slice(0, -1), true) as { range?: [number, number] } | undefined;
      const offset = node?.range?.[0] ?? parent?.range?.[0];
      return { path: formatPath(path), line: offset === undefined ? null : lineCounter.linePos(offset).line, message: issue.message };
    }),
  };
}

/** Parses a built-in pack's YAML; throws on error (a broken built-in is a programming error). */
export function loadBuiltinPack(text: string): RulePack {
  const r = parseRuleFile(text);
  if (!r.ok) throw new Error(`built-in rule pack is invalid: ${r.errors.map((e) => `line ${e.line}: ${e.path}: ${e.message}`).join('; ')}`);
  return r.pack;
}
