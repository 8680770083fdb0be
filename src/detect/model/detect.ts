/**
 * The learned detector (issue 12): every sentence of a field is scored by the tone /
 * internal-marker / claim model (model.ts); a sentence whose probability reaches its class's
 * threshold becomes a finding of rule `tone.model`, `internal.model` or `claim.model` (core pack,
 * `detector: tone-model` / `internal-model` / `claim-model`), so `disable:` and `severity:` work
 * as for any rule. A claim finding is left out where a verified fact may support the sentence.
 *
 * What must stay true: the model only ADDS recall beside the rule packs. A sentence that a rule
 * (or another detector) already reported gets no second finding; offsets are the
 * sentence's in the ORIGINAL field (addFinding maps them back); the message says why, with the
 * score and the features that weighed most. A quoted earlier message ("> …") is the prospect's
 * words and is not scored.
 */
import { lineStartOf, tableRowAt } from '../text-index.js';
import { DOCUMENT_NOTE_HEAD, INVITE_NOT_FORWARDED, LABELLED_LANGUAGE, NOT_ADVICE, NOT_TO_HURRY, TEXT_FOLLOWS, WONT_GUESS } from '../disclaimers.js';
import { addFinding, FIRM_FINDINGS, type FieldText, type ScanContext } from '../context.js';
import { escapeRegExp, inQuotedLine, OUR_TOKEN, toSource } from '../normalize.js';
import { nameForms } from '../book.js';
import type { Account, Finding } from '../types.js';
import { splitSentences, stemWord } from './features.js';
import { abbreviationStopAt, MID_SENTENCE_ABBREVIATIONS } from '../words.js';
import { ENGLISH, notEnglish, writtenInOtherLanguage } from '../language.js';
import { addressedByInitials, ownerListLines, sharedListLines } from '../owner-list.js';
import { inUiSteps } from '../ui-steps.js';
import { inCodeBlock } from '../code-block.js';
import { inQuotedExample } from '../mention.js';
import { AI_SENDER_DISCLOSURE, DRAFTED_FROM_NOTES_CHECKED } from '../ai-disclosure.js';
import { inWorkflowProse } from '../workflow.js';
import { claimExcuse, inRecapList, listLead } from '../rules/engine.js';
import type { CompiledRule } from '../rules/compile.js';
import { MODEL_DETECTORS, loadModel, modelFromPrepared, scoreSentence, topReasons, type Model, type ModelClass, type SentenceScore } from './model.js';
import { PREPARED_MODEL } from './prepared.js';
import { inIntroductionParagraph } from '../introduction.js';
import { inSideActionList } from '../side-list.js';
import { insideSpokenQuote, QUOTE_ATTRIBUTION_RE, QUOTED_SPEAKER_RE } from '../spoken-quote.js';

/** The weights read and checked here, from the sources; broken weights fail at start, not mid-scan. */
async function loadShippedWeights(): Promise<Model> {
  const { default: weights } = await import('./weights.json', { with: { type: 'json' } });
  return loadModel(weights, 'src/detect/model/weights.json');
}

/**
 * The shipped model. The compiled build has it prepared by `npm run build` (prepared.ts), which
 * checked the same weights: the weights' JSON is then not even loaded.
 */
export const BUILTIN_MODEL: Model = PREPARED_MODEL === null ? await loadShippedWeights() : modelFromPrepared(PREPARED_MODEL);

export { MODEL_DETECTORS };

/**
 * Whether a detector already reported this sentence at warn or above: as the same kind (no second
 * finding for one problem; an info note of that kind, "Sign this month" beside a guarantee of
 * results, leaves the model's reading to be reported), or as data left in the text (a placeholder, a pasted key, a card
 * number, a CRM field, hidden text, a link), which the model reads as a note and is not one, or as
 * another account named (its news is that company's, and "Unlike Acme, you ship freight" is no
 * claim about the reader). A sentence another kind of reading flagged is still read: "SEND AFTER
 * APPROVAL FROM DEAL DESK" is shouting to the shouting rule and a hold to the model; "I should
 * mention the carriers who signed up last month already get priority lanes" an agent's phrase to
 * one rule and pressure to the model. The reviewer sees both, and each kind's count sees its own.
 */
const COVERING_KINDS: ReadonlySet<string> = new Set(['placeholder', 'secret', 'pii', 'sensitive_field', 'hidden_text', 'link', 'other_account', 'recipient_mismatch']);

function covered(findings: readonly Finding[], kind: string, field: string | null, start: number, end: number): boolean {
  for (const g of findings) {
    if (g.field !== field || g.start >= end || g.end <= start) continue;
    if (g.severity !== 'info' && (g.kind === kind || COVERING_KINDS.has(g.kind))) return true;
  }
  return false;
}

/**
 * Sentences already scored, per model: drafts of one workflow repeat their openers, calls to
 * action and sign-offs, and a sentence's score depends on its text alone (its folded and original
 * spelling, and whether it is a subject line: model/features.ts reads nothing outside it). At most
 * SCORED_MAX sentences are kept, the least recently used leaving first.
 */
const scored = new WeakMap<Model, Map<string, readonly number[]>>();
const SCORED_MAX = 20_000;

/** Counts for the scan benchmark: sentences scored and sentences answered from `scored`. */
export const modelCacheStats = { scored: 0, hits: 0 };

/** Forgets every sentence scored (the scan benchmark measures without reuse across drafts). */
export function clearModelCache(): void {
  scored.delete(BUILTIN_MODEL);
}

function sentenceProbabilities(model: Model, t: FieldText['text'], start: number, end: number, subject: boolean): readonly number[] {
  let cache = scored.get(model);
  if (cache === undefined) scored.set(model, (cache = new Map()));
  const src = toSource(t, start, end);
  const key = `${subject ? 's' : 'b'}${t.folded.slice(start, end)}\u0000${t.source.slice(src.start, src.end)}${t.ourWords === undefined ? '' : `\u0000${[...t.ourWords].join(' ')}`}`;
  const hit = cache.get(key);
  if (hit !== undefined) {
    modelCacheStats.hits++;
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  modelCacheStats.scored++;
  const p = [...scoreSentence(model, modelView(t), start, end, subject, false).p];
  cache.set(key, p);
  if (cache.size > SCORED_MAX) cache.delete(cache.keys().next().value as string);
  return p;
}

const views = new WeakMap<FieldText['text'], FieldText['text']>();

/**
 * The text as the model reads it: our name left as written inside a host or an address
 * ("events.brightwell.io", where the scan's fold of our name does not reach: our-name.ts) reads
 * as the word every name of ours folds to, padded with spaces to its length so every offset holds
 * ("events.ourco     .io" gives the words "events", "ourco", "io"). A name shorter than the token
 * is left as written.
 */
export function modelView(t: FieldText['text']): FieldText['text'] {
  const words = t.ourWords;
  if (words === undefined) return t;
  let view = views.get(t);
  if (view === undefined) {
    const lower = t.lower.replace(wordsRe(words), (w) => OUR_TOKEN + ' '.repeat(w.length - OUR_TOKEN.length));
    view = lower === t.lower ? t : { ...t, lower };
    views.set(t, view);
  }
  return view;
}

/** One regex over a policy's one-word names at least as long as the token, made once per word set (our-name.ts keeps one set per policy). */
const wordRes = new WeakMap<ReadonlySet<string>, RegExp>();

function wordsRe(words: ReadonlySet<string>): RegExp {
  let re = wordRes.get(words);
  if (re === undefined) {
    const long = [...words].filter((w) => w.length >= OUR_TOKEN.length).map(escapeRegExp);
    re = long.length === 0 ? /(?!)/gu : new RegExp(`(?<![\\p{L}\\p{N}])(?:${long.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    wordRes.set(words, re);
  }
  return re;
}

/** Where the prospect's names (account name and aliases) stand in a field's lower-cased text, as [start, end) pairs; per field. */
const nameSpansOf = new WeakMap<FieldText, number[]>();

const proseNamesOf = new WeakMap<Account, string[]>();

/** The prospect's names as prose writes them, lower-cased: "acme analytics" for "Acme Analytics, Inc." on file (book.ts nameForms). Once per account. */
function proseNames(account: Account): string[] {
  let names = proseNamesOf.get(account);
  if (names === undefined) {
    names = [account.name, ...account.aliases].flatMap((n) => nameForms(n.toLowerCase().trim())).filter((n) => n.length >= 2);
    proseNamesOf.set(account, names);
  }
  return names;
}

function nameSpans(ctx: ScanContext, f: FieldText): number[] {
  const known = nameSpansOf.get(f);
  if (known !== undefined) return known;
  const lower = f.text.lower;
  const out: number[] = [];
  for (const name of proseNames(ctx.account)) {
    for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + name.length)) out.push(at, at + name.length);
  }
  nameSpansOf.set(f, out);
  return out;
}

/** Class `c`'s probability `p` without the features read wholly from inside the prospect's names. */
function withoutNames(model: Model, explained: SentenceScore, c: number, p: number, names: readonly number[]): number {
  if (names.length === 0) return p;
  const k = model.classes.length;
  let drop = 0;
  explained.rows.forEach((row, i) => {
    const a = explained.spans[2 * i] as number;
    const b = explained.spans[2 * i + 1] as number;
    if (a < 0) return;
    for (let j = 0; j < names.length; j += 2) {
      if (a >= (names[j] as number) && b <= (names[j + 1] as number)) {
        drop += model.weights[row * k + c] as number;
        return;
      }
    }
  });
  if (drop === 0) return p;
  const z = Math.log(p / (1 - p)) - drop;
  return 1 / (1 + Math.exp(-z));
}

/** Per draft: whether its body (quoted lines aside) is written in another language than English, wholly or side by side with English. */
/**
 * A sentence that releases the reader: no need to decide, that's fine, take your time, you'd be free
 * to say anything, I won't try to win you back. The tone model learned pressure from the words
 * such sentences deny ("decide", "owe", "hold off", "reopen"), and one sentence is all it reads.
 * Pressure that follows a release in the same sentence ("no rush, but the price only holds until
 * Friday") is not released, and the tone rules read every sentence as before.
 */
const RELEASE_RE = new RegExp(String.raw`\b(?:` + [
  // "no need to decide now", "there's no rush", "take your time", "if you need more time"
  String.raw`no need to (?:decide|rush|hurry|reply|respond|answer|commit|choose|do anything|repeat|think about (?:it|this|that|any of (?:it|this))(?: (?:now|yet|today|right now))?[.;,!])`,
  String.raw`there(?:'s| is|'ll be| will be) no (?:rush|hurry|requirement|obligation|commitment|pressure)\b`,
  // "…you'd get the price that applies on that date; there's no reason to rush a decision because of this" (forty-ninth session, YK).
  String.raw`(?:there(?:'s| is)|(?:you|we) (?:have|has)|with|for) no (?:reason|need) (?:for you )?to (?:rush|hurry|decide|sign|commit)(?: (?:a|your|the|any) (?:decision|choice|signature))?(?: (?:because of|on account of|over) (?:this|that|it|the change|the price change))?(?:[.!;,]|$)`,
  // "please don't read the table as a reason to hurry" (fiftieth session, SE).
  String.raw`(?:don't|do not|please don't) (?:read|take|see|treat) (?:the |this |that |these |it )?[\w -]{0,30}?as (?:a |any )?(?:reason|signal|pressure|push) to (?:hurry|rush|decide|sign)`,
  String.raw`take (?:all )?(?:the |your )?time`,
  // "It's not a special offer, so you'd get exactly the same terms if you came back next quarter" (fifty-third session, KU).
  String.raw`(?:this|it|that)(?:'s| is) not a (?:special|limited(?:-time)?|time-limited|one-off|temporary) (?:offer|deal|price|discount|promotion)`,
  String.raw`(?:you'd|you would|you'll|you will) (?:still )?get (?:exactly )?the same (?:terms|price|pricing|rate|offer|deal|discount) (?:if|when|whenever) you`,
  String.raw`if you need (?:more|a bit more|some more|extra) time`,
  // "Of course, let's pick this up once your inspection is behind you"
  String.raw`let(?:'s| us) (?:pick (?:this|it) (?:back )?up|pick up|reconnect|talk|speak|revisit (?:this|it)|come back to (?:this|it)|catch up)(?: again)? (?:once|when|after)\b`,
  // The same in the languages the team writes: "Mas não há pressa", "sin prisa", "rien ne presse".
  String.raw`(?:no hay|sin|n[ãa]o h[áa]|sem|nessuna|senza|keine|ohne|geen|zonder|ingen|uden) (?:ninguna |nenhuma |alguna )?(?:prisa|pressa|fretta|eile|haast|brådska|hast|hastværk|jag)\b|rien ne presse|pas d'urgence|aucune urgence|t[óo]mese (?:su|el) tiempo|t[óo]mate (?:tu|el) tiempo|prenez (?:votre|le) temps|lassen sie sich (?:ruhig )?zeit|neem (?:gerust )?(?:je|uw) tijd|ta (?:den )?tid (?:du|ni) beh[öo]ver`,
  // "Come ti dicevo, non abbiamo fretta: se decidete di partire l'anno prossimo, va benissimo" (forty-ninth session, YL).
  String.raw`non (?:abbiamo|ho|c['’]è) (?:nessuna )?fretta|no (?:tenemos|tengo) (?:ninguna )?prisa|n[ãa]o (?:temos|tenho) pressa|(?:nous ne sommes|je ne suis) pas press[ée]s?|va benissimo|(?:nessun|ning[uú]n|sin|aucun|pas de|kein|sem|geen) (?:problema|problème|problem|probleem)`,
  // "that's absolutely fine", "either way is fine", "whatever you decide"
  String.raw`(?:that's|that is|that would be|which is|which would be|it's|it is|this is) (?:absolutely |completely |totally |perfectly |entirely )?(?:fine|ok|okay|understandable)\b`,
  String.raw`(?:whatever|whichever) you decide`,
  // "…so please don't read this as a criticism" (forty-first session, AH).
  String.raw`(?:please )?(?:don't|do not) (?:read|take) (?:this|it|that|my note|my email) as (?:a |any )?(?:criticism|complaint|pressure|push|sales pitch|judgement|judgment)\b`,
  // "I still think they are the better choice for you, but the decision is yours" (forty-first session, AA).
  String.raw`(?:the )?(?:decision|choice|call)(?:'s| is) (?:entirely |completely |totally |all |of course |always )?(?:yours|your own|your team's)\b(?![^.!?\n]*\b(?:but|though|however)\b)`,
  String.raw`it(?:'s| is) (?:entirely |completely |totally |of course |always )?your (?:call|decision|choice)\b(?![^.!?\n]*\b(?:but|though|however)\b)`,
  String.raw`either way is fine`,
  // "…it's probably the right choice, and no hard feelings" (thirty-ninth session, BE).
  String.raw`no hard feelings`,
  // "We don't do end-of-quarter specials, so you won't get a better price by waiting" (forty-third session, NO).
  String.raw`(?:don't|do not|never) (?:do|run|offer|have|give)\b[^.!?\n]{0,40}\b(?:specials|promotions|flash sales|(?:end-of-(?:quarter|year|month)|seasonal) (?:deals|discounts|offers))\b`,
  // "If you're not doing it by hand, or it's already sorted, ignore this!" (forty-third session, NQ).
  String.raw`if (?![^.!?\n]{0,80}\b(?:don't care|do not care|not serious|(?:a|your) priority|happy (?:to |with )?(?:lose|losing|waste|wasting|overpay))\b)[^.!?\n]{0,80}?,\s*(?:just |please |feel free to |simply )?(?:ignore|disregard) (?:this|me|my (?:note|email|message|suggestion))\b`,
  String.raw`(?:happy|glad|fine) either way`,
  String.raw`if (?:you(?:'ve| have)? decided|it's a no|the answer is no)`,
  // "you'd be free to say", "no wrong answers", "I won't try to win you back", "nobody owes me"
  String.raw`you(?:'d| would|'re| are|'ll| will)(?: be)? (?:completely |entirely |totally )?free to`,
  String.raw`no wrong answers?`,
  String.raw`(?:i|we) (?:won't|will not|wouldn't|would not) (?:try to|push|chase|pressure|use (?:it|this|that) to|reopen|be on it)`,
  // "I'm not raising this to hurry your decision", "not to rush you" (the tone pack's exception too)
  NOT_TO_HURRY,
  String.raw`(?:neither|none) of you owes?`,
  String.raw`you (?:don't|do not) owe`,
  String.raw`no obligation`,
  // "If you can't make it after all, a short reply is enough so we can offer your seat to someone else" (forty-fifth session, TM)
  String.raw`if you (?:can't|cannot|can not|won't be able to|are unable to) (?:make it|attend|come|join)\b[^.!?\n]{0,40}(?:short reply|quick reply|one-line reply|just (?:let (?:me|us) know(?! why)|reply)|reply is (?:enough|fine|all))`,
  // "Upgrades are pro-rated, so you don't lose anything by waiting", "it doesn't need to be sent now"
  String.raw`(?:you )?(?:don't|do not|won't|will not|wouldn't|would not) lose (?:anything|a thing|out) by (?:waiting|holding off|taking your time)`,
  String.raw`(?:doesn't|does not|don't|do not) need to (?:be )?(?:sent|send|decided|decide|done|signed|sign|answered|reply|respond) (?:it |this |anything )?(?:now|today|yet|right away|straight away|immediately)`,
  String.raw`nothing you say will`,
  // "Read it whenever you have a quiet half hour; there's nothing here that needs an answer this week" (fifty-first session, FY); "the offer I sent doesn't need a decision this season" (HV).
  String.raw`(?:doesn't|does not|don't|do not) need (?:a |an )?(?:decision|answer|reply|response) (?:this|before|by|until|yet|now|today|right away)\b`,
  String.raw`(?:nothing|none of (?:this|it|these|them))\b[^.!?\n]{0,20}\b(?:needs?|requires?) (?:an? )?(?:answer|reply|response|decision)\b`,
  String.raw`you won't hurt my feelings`,
  // "You won't hear from me again unless you reach out", "I'll take silence as a 'not now' and won't clutter your inbox"
  String.raw`you (?:won't|will not) hear from (?:me|us)(?: or [\w ]{1,20}?)? again`,
  String.raw`(?:won't|will not) (?:clutter|fill|crowd|flood) your inbox`,
  // A result we say we cannot size for the reader: "Our customers typically see write-offs fall by a
  // quarter to a third, though I can't tell you what it would be for Zephyr without seeing your data" (forty-sixth session, UF).
  String.raw`(?:can't|cannot|can not|couldn't|could not|won't) (?:tell|say|predict|promise|know) (?:you )?(?:exactly |yet |in advance )?(?:what|how much|how many|how big|how large) (?:it|that|this|the (?:[\w-]+ ){0,2}(?:saving|savings|result|results|figure|number|effect|impact|reduction|gain))(?:'d| would| will| could| might) (?:be|look like|come to|mean|amount to) for\b`,
  // A feature not to be counted on: "MitID signing is on our roadmap, but I can't give you a date, so please don't count on it for your decision" (forty-sixth session, UQ).
  String.raw`(?:please )?(?:don't|do not) (?:count|rely|bank|plan) on (?:it|this|that|them)(?: (?:for|in) (?:your|the) (?:decision|plans?|planning|budget))?(?:[.!]|$)`,
  // A hand-over: "Mehdi, it's been a pleasure, and I'm sure you'll be in good hands."
  String.raw`(?:you(?:'ll| will)|you're|you are|you'd be|you would be|(?:the |your )?(?:team|account|project|site)s? (?:is|are|will be)) (?:be )?in (?:very |really )?(?:good|safe|great|excellent|the best of|capable|expert) hands`,
  // A request that binds nobody: "Entendemos que esta consulta no compromete a Blue Harbor a licitar", "this doesn't commit you to anything".
  String.raw`(?:doesn't|does not|won't|will not|wouldn't|would not) (?:commit|bind|oblige|obligate) (?:you|your (?:team|company|side)|[\p{L}&.'’ -]{2,40}?) to (?:anything|bid|buy|sign|proceed|a purchase|an order|any(?: further)? (?:step|purchase|commitment|order))`,
  // Forty-seventh session (WG): not assuming a gap, a guide that defers to the contract, the questions to ask every supplier, us included.
  String.raw`(?:i['’]m|i am|we['’]re|we are) not assuming\b`,
  String.raw`(?:this|it)(?:['’]s| is) only a guide\b|\b(?:the|your) (?:signed |final |actual |full )?contract (?:itself )?is what counts\b`,
  // "Please ask your lawyer to read the full text; I don't want any of this to be a surprise.", "I'd honestly suggest starting with 12 months unless you're already sure." (forty-ninth session, YU).
  // Forty-ninth session, third round (ZD, ZE): "Whether it would help in your case, I honestly can't say without knowing more", "Not every farm will see a big drop, and X shouldn't expect one…".
  String.raw`(?:can['’]t|cannot|can not|couldn['’]t) (?:honestly )?(?:say|tell|know|promise|judge)(?: for sure| yet)? without (?:knowing|seeing|understanding|looking|a (?:look|visit|survey)|more)\b`,
  String.raw`(?:shouldn['’]t|should not|won['’]t necessarily|may not|might not) (?:expect|see) (?:one|a (?:big|large|huge|similar|dramatic|major) [\w-]+|the same)\b`,
  String.raw`(?:i|we) (?:don['’]t|do not) want any of (?:this|it|that) to (?:be|come as) a surprise\b|\b(?:ask|have) your (?:lawyer|legal team|counsel|solicitor|attorney|accountant) (?:to )?(?:read|review|check|look over)\b`,
  String.raw`(?:i['’]d|i would|we['’]d|we would) (?:honestly |genuinely |really )?(?:suggest|recommend|advise) (?:starting|you start|to start) (?:with|small|smaller|on) (?:the )?(?:shorter|smallest|smaller|basic|\d+[ -]month|one|a single|a pilot|a trial)`,
  String.raw`questions? (?:i['’]d|i would|we['’]d|we would) ask (?:all|each|every one|any) (?:three |two |four |five )?of us\b`,
  // Forty-seventh session, fourth round (WM, WN): a discount refused to be fair to others; wary of anyone who claims to know; what we cannot predict honestly.
  String.raw`(?:i|we) (?:won't|will not|don't|do not) (?:drop|cut|lower|discount|reduce) (?:the |our )?(?:list )?prices? to win\b`,
  String.raw`(?:i['’]d|i would|we['’]d|we would) be wary of (?:anyone|any (?:vendor|supplier|provider)) (?:who|that) (?:says|claims|tells you|promises)\b`,
  String.raw`(?:can't|cannot) (?:predict|estimate|promise) (?:it|that|this) honestly\b`,
  // The reader's question told back: "You asked me straight out on Friday whether we could guarantee zero payroll errors" (forty-seventh session, VV).
  String.raw`(?:you|they|[\p{L}]+) asked (?:me|us)\b[^.!?\n]{0,40}\b(?:whether|if) (?:we|i|ourco) (?:could|can|would|will) (?:guarantee|promise)\b`,
  // Candour about what we do not know, and advice against ourselves: "…so I won't assume", "If the numbers still favour your current supplier, I'd honestly stay with them" (forty-seventh session, VN, VO).
  String.raw`(?:so |and )?(?:i|we) (?:won't|will not|wouldn't|would not|don't|do not|can't|cannot|don't want to|won't try to|would rather not) (?:assume|guess|presume|pretend)\b`,
  String.raw`(?:i['’]d|i would|we['’]d|we would)(?: honestly| genuinely| really| simply| just)? (?:stay|stick) with (?:them|your current [\w-]+|what you have|it|the current [\w-]+)\b`,
  // "…but honestly, if you already have a basic controller that accepts a rain input, you could buy one locally and save money" (forty-ninth session, YT).
  String.raw`you (?:could|can|might|may) (?:just |simply )?(?:buy|get|source|find|order|pick up) (?:one|it|them|this|that|a [\w-]+(?: [\w-]+)?) (?:locally|elsewhere|cheaper|for less|from (?:a|any|your) (?:local|other|existing))\b`,
  // Our own absence, apologised for: "I'm sorry to do this: I've been called to a school in Savai'i on Thursday and won't be back in Apia in time for our 2pm meeting" (forty-seventh session, VP).
  String.raw`(?:i|we|and) (?:won't|will not|can't|cannot|wouldn't) (?:be (?:back|there|able to (?:make|join|attend))|make it)\b[^.!?\n]{0,40}\b(?:in time )?for (?:our|the) (?:[\w-]+ ){0,2}(?:meeting|call|visit|session|demo)\b`,
  String.raw`no (?:le |les |nos |te |os )?(?:compromete|obliga) (?:a|en) (?:nada|ning[uú]n|licitar|comprar|firmar)|n'engage (?:en rien|pas)|ne (?:vous |nous )?engage (?:à rien|pas)|n[ãa]o (?:os |vos |a |o )?(?:compromete|obriga) a`,
  // Fifty-third session (KG, KH, RO, RZ): nothing asked of the reader, candour against our own sale, and the same said in French.
  // "You don't have to justify it on the spot", "Whatever you say won't be used to chase you", "I'd never assume your numbers would look the same",
  // "I'd genuinely rather you made the right choice than signed with us and regretted it", "So on cost alone, I wouldn't recommend it for you today",
  // "Je vous le dis pour que vous puissiez vous organiser, pas pour vous presser", "je ne veux surtout pas vous faire perdre de temps".
  String.raw`you (?:don't|do not) (?:have|need) to (?:justify|explain|decide|commit|reply|answer|respond|think about) (?:it|this|that|anything|now|today|on the spot|yet)`,
  String.raw`(?:won't|will not) be used to (?:chase|pressure|push|hurry) you`,
  String.raw`(?:i'd|i would) never assume`,
  String.raw`rather you (?:made|make|make the|took|take) the right (?:choice|decision|call) than`,
  String.raw`(?:i|we) (?:wouldn't|would not|don't|do not|can't|cannot) (?:honestly )?recommend (?:it|this|that|us|the [\w-]+ (?:plan|option|tier)) (?:for you|to you|in your case|today|yet)`,
  // "Please read this at your leisure; there's nothing to reply to unless you wish to", "I'll keep this brief, as I'm sure you're busy" (fifty-fourth session, NAX, NAK).
  String.raw`at your (?:leisure|convenience)[.;,!]|(?:there's|there is) nothing (?:to reply to|you need to (?:reply|respond|do))|unless you (?:wish|want) to[.;,!)]|(?:i'll|i will|let me) keep (?:this|it) (?:brief|short),? (?:as|since|because) (?:i'm sure|i know|i imagine) you(?:'re| are) busy\s*(?:[.!;]|$)`,
  String.raw`pas pour vous (?:presser|bousculer|mettre la pression)|sans vous presser|je ne veux (?:surtout )?pas vous (?:faire perdre (?:de |votre )?temps|presser|bousculer)|no (?:es|lo digo) para (?:presionarle|presionarte|meterle prisa)|nicht, um sie zu (?:drängen|hetzen)`,
].join('|') + ')', 'u');
const PRESSURE_AFTER_RE = /\b(?:but|however|though|although|just|only)\b[^.!?\n]{0,80}\b(?:only|last|expires?|ends?|ending|deadline|today|tonight|tomorrow|this week|friday|before|gone|lose|miss|won't last|goes up|increase|limited|spots?|places?)\b/;

/**
 * The writer stopping of their own accord: "No reply needed — I won't follow up again", "Unless I
 * hear otherwise, this will be my last email", "I'll stop reaching out". The model learned the
 * break-up email's pressure from these words; said plainly they release the reader. Said with
 * guilt or loss in the same sentence ("I'll stop writing, since you're happy wasting money", "This
 * is my final email — I guess fixing your churn just isn't a priority") they do not. Reading the
 * reader's silence ("I'll take your silence as a sign you're fine being non-compliant", "I'll
 * assume retention isn't a priority") is the break-up email's jab, and is left to the model.
 */
const STOPPING_RE = /\b(?:(?:i|we)(?:['’]ll| will) stop (?:here|there|emailing|writing|reaching out|following up|chasing|contacting you|sending)|(?:won['’]t|will not) (?:follow up|write|email|reach out|chase|contact you)(?: again| further)?|this (?:will be|is|['’]ll be) (?:my|our) (?:last|final) (?:email|note|message|follow-up)|(?:i|we)(?:['’]ll| will) make this (?:the|my|our) (?:last|final) one)/;
const GUILT_RE = /\b(?:i guess|i suppose|i take it|clearly|obviously|priority|wast(?:e|es|ed|ing)|losing|lose|miss(?:ing)? out|regret|shame|ignor(?:e|ed|es|ing)|rude|courtesy|the least you|too busy to|don['’]t care|didn['’]t care)\b/;

/**
 * A jab before the release makes it sarcasm: "I assume the silence means you're happy with losing
 * the after-hours bookings, which is fine" (forty-second session, MH): the reader said to be
 * content with a loss. ("I'll take silence as a 'not now', which is fine" still releases.)
 */
const JAB_BEFORE_RE = /\b(?:happy|fine|comfortable|content|okay|ok) (?:with |to keep |to go on |to continue )?(?:losing|wasting|overpaying|leaving money|missing out|falling behind|burning|throwing (?:money|cash))\b/;

/** Whether the sentence [start, end) of lower-cased `text` releases the reader (RELEASE_RE) with no pressure after it, or stops plainly (STOPPING_RE). */
function releases(lower: string, start: number, end: number): boolean {
  const sentence = lower.slice(start, end);
  const m = RELEASE_RE.exec(sentence);
  if (m !== null && !PRESSURE_AFTER_RE.test(sentence.slice(m.index)) && !JAB_BEFORE_RE.test(sentence.slice(0, m.index))) return true;
  const stop = STOPPING_RE.exec(sentence);
  return stop !== null && !PRESSURE_AFTER_RE.test(sentence.slice(stop.index)) && !GUILT_RE.test(sentence);
}

/**
 * A sentence that takes a guarantee or a promise back: "I can't guarantee a 20% reduction in
 * overtime", "No provider can guarantee that a system will never go down", "we don't know enough
 * about your operations to guarantee any result", "sans garantie". The tone model reads
 * "guarantee" and "promise" as the promises of results the tone pack flags, and a bag of features
 * has no negation. A sentence that also names a price, an offer, a place or a date is read as
 * before ("I can't guarantee this price after Friday" is pressure), and so is one that makes the
 * guarantee hang on what the reader does.
 */
const DISCLAIM_RE = new RegExp(String.raw`(?:` + [
  String.raw`\b(?:can['’]t|cannot|can not|couldn['’]t|could not|won['’]t|will not|wouldn['’]t|would not|don['’]t|do not|doesn['’]t|does not|never|not able to|unable to|no (?:one|vendor|provider|supplier|company|system|tool|software|platform|service|product|contractor|insurer|machine|method|technology|installer|partner)(?: \w+)? (?:can|could|will|would))(?: \w+){0,3}? (?:guarantee|promise|commit to)\b`,
  // "Nobody can promise that about any company", "Nobody in the industry can guarantee those" (forty-seventh session, VN, VO).
  String.raw`\b(?:nobody|no-one|no one)(?: [\w-]+){0,3}? (?:can|could|will|would)(?: honestly| really| truly)? (?:guarantee|promise)\b`,
  // "I can't give you a guaranteed ROI figure, because I don't know your costs" (fiftieth session, SO).
  String.raw`\b(?:can['’]t|cannot|won['’]t|will not|don['’]t|do not|not able to|unable to) (?:give|offer|promise|provide|quote) (?:you )?(?:a |any )?guaranteed\b`,
  String.raw`\b(?:don['’]t|do not|doesn['’]t|does not) know enough\b[^.!?\n]{0,60}? to (?:guarantee|promise)\b`,
  // "…so I'd treat this as a story, not a promise" (forty-sixth session, UN: the space after "not" was missing, so only "without a guarantee" matched).
  String.raw`\b(?:not|no|without)(?: any| a| an)?(?: [\w-]+)? (?:guarantee|promise)\b`,
  String.raw`\b(?:i['’]d|i would|we['’]d|we would) (?:rather not|never want to|not want to|hate to) (?:over-?promise|promise|guarantee)`,
  // "Anyone who guarantees a fixed percentage before testing your water is taking a guess" (forty-first session, AQ).
  String.raw`\b(?:anyone|any (?:vendor|supplier|provider|company)|a (?:vendor|supplier|provider)) (?:who|that) (?:guarantees|promises)\b[^.!?\n]{0,80}\b(?:is (?:taking a guess|guessing|not being honest|overselling|overpromising)|should be treated with caution)`,
  String.raw`\b(?:wary|careful|cautious|suspicious|sceptical|skeptical) (?:of|about) (?:any|anyone|a|vendors?|providers?|suppliers?) (?:\w+ )?(?:who|that|vendor|provider)?\b[^.!?\n]{0,30}\b(?:guarantee|promise)`,
  // A pronoun may stand before the verb: "Ce que je ne peux pas vous garantir aujourd'hui, c'est…", "Lo que no le puedo garantizar hoy es…" (forty-sixth session, UF).
  String.raw`\bsans garantie\b|\bsin garant[ií]a\b|\bsem garantia\b|\bohne garantie\b|\bsenza garanzi[ae]\b|\bn[ãa]o (?:lhe |lhes |te |vos )?(?:d[áa] para|posso|podemos|consigo|conseguimos) garantir\b|\bno (?:le |les |te |os )?(?:puedo|podemos) garantizar\b|\b(?:je|nous) ne (?:vous |te |leur |lui )?(?:peux|pouvons) pas (?:vous |te |leur |lui )?garantir\b|\bnon (?:le |vi |ti |gli )?(?:posso|possiamo) garantir(?:e|le|vi|ti|gli)\b|\b(?:kann|können) (?:ich|wir) (?:ihnen |dir |euch )?(?:daher |leider |also )?(?:nicht|keine?) (?:garantieren|versprechen|zusagen)\b|\b(?:ich|wir) (?:kann|können) (?:ihnen |dir |euch )?(?:daher |leider |also |natürlich )?(?:nicht|keine?) (?:garantieren|versprechen|zusagen)\b|\bne (?:vous |te )?(?:peux|pouvons) pas (?:vous |te )?promettre\b|\bno (?:le |les |te )?(?:puedo|podemos) prometer\b|\bn[ãa]o (?:lhe |te )?(?:posso|podemos) prometer\b|\bnon (?:le |vi |ti )?(?:posso|possiamo) prometter(?:e|le|vi|ti)\b`,
].join('|') + ')', 'u');
/**
 * What keeps a disclaiming sentence under the tone model's reading: a price, an offer, a place or a
 * date, or a condition on the reader ("If you decide not to renew, we can't promise your data will
 * remain accessible", "Should you decide not to proceed, I can't promise your support levels will
 * continue": a threat, not a disclaimer).
 */
const DISCLAIM_PRESSURE_RE = /\b(?:if|unless|without|otherwise|should|decide|decides|proceed|continue|once|renew|renewing|renewal|sign|signed|order|contract|now|twice|again|away|manager|boss|price|prices|pricing|offer|discount|rate|deal|spots?|slots?|places?|seats?|after|past|beyond|until|expires?|expiring|today|tonight|tomorrow|this week|end of|last|only|deadline|miss|lose|regret|friday|monday|tuesday|wednesday|thursday|saturday|sunday)\b/
/**
 * The same in the languages the disclaimers above are written in: "Je ne peux pas vous garantir que
 * cette remise sera encore disponible la semaine prochaine", "mañana ya no le puedo garantizar nada"
 * (forty-sixth session: NW, set 47). "Today" is not among them: "Ce que je ne peux pas vous garantir
 * aujourd'hui, c'est un hébergement au Maroc" says what we cannot offer yet (UF).
 */
const DISCLAIM_PRESSURE_FOREIGN_RE = /(?<![\p{L}])(?:remise|offre|prix|tarif|réduction|demain|semaine|plus tard|descuento|oferta|precio|mañana|semana|desconto|preço|amanhã|sconto|offerta|prezzo|domani|settimana|rabatt|angebot|preis|morgen|woche|nur noch|ya no|já não)(?![\p{L}])/u;

/**
 * Words of the disclaimer's own candour that DISCLAIM_PRESSURE_RE would read as a threat: "…and I'd be
 * wary of any supplier who claimed otherwise", "Before you sign, I want to put in writing a few things
 * we do not promise" (forty-ninth session, YL). The signing is the reader's, told plainly, not a condition.
 */
const DISCLAIM_CANDOUR_RE = /\b(?:claim(?:s|ed)?|sa(?:y|ys|id)|tell(?:s)?(?: you)?|told you|suggest(?:s|ed)?|promis(?:e|es|ed)) otherwise\b|\bbefore you sign,? (?=(?:i|we|let me|let us)\b)|\b(?:misleading you|be lying|be dishonest|not be honest) if (?:i|we) (?:said|told you|claimed|promised)\b|\b(?:we|i)(?:['’]d| would| will|['’]ll)? never miss\b/g;

/** Whether the sentence [start, end) of lower-cased `text` takes a guarantee or promise back (DISCLAIM_RE) with no pressure in it. */
function disclaims(lower: string, start: number, end: number): boolean {
  const sentence = lower.slice(start, end);
  // "…than today", "…as you do today": a comparison with now, no deadline (forty-third session, OE).
  return DISCLAIM_RE.test(sentence) && !DISCLAIM_PRESSURE_RE.test(sentence.replace(COMPARED_WITH_NOW_RE, '').replace(DISCLAIM_CANDOUR_RE, '')) && !DISCLAIM_PRESSURE_FOREIGN_RE.test(sentence);
}

/** A question labelled "Q:" on its own line, its answer labelled "A:" on the next. */
/** Or a question on its own line (numbered or not) answered on the next by a short answer word: "9. Do you guarantee a reduction in expired stock?" over "No. We share …", "Do the vets need to change how they write notes?" over "Not much." (fifty-fourth session, NBD, NAK). */
const FAQ_QUESTION_RE = /^[ \t]*(?:[-*•][ \t]*)?(?:(?:q\d{0,2}|question(?: \d{1,2})?)[ \t]*[:.)][ \t]*[^\n]*\?[ \t]*\n[ \t]*(?:[-*•][ \t]*)?(?:a\d{0,2}|answer)[ \t]*[:.)]|(?:\d{1,2}[.)][ \t]+)?[^\n]*\?[ \t]*\n[ \t]*(?:no|yes|not (?:much|yet|really|quite|always|at all)|partly|usually|mostly|sometimes|it depends|absolutely|definitely|both|neither|none|rarely|never|always)[ \t]*[.,:;!—–-])/;

function faqQuestion(lower: string, start: number, end: number): boolean {
  const lineStart = lineStartOf(lower, start);
  const nl = lower.indexOf('\n', end);
  const next = nl < 0 ? -1 : lower.indexOf('\n', nl + 1);
  return end - lineStart < 300 && FAQ_QUESTION_RE.test(lower.slice(lineStart, next < 0 ? lower.length : next));
}

/** A comparison with the present: "than today", "as you do today", "compared with now". */
// "I'd rather you plan around the caveats now than be surprised in week three": now set against later, no deadline (forty-seventh session, VN).
const COMPARED_WITH_NOW_RE = /\b(?:than|as (?:you (?:do|pay|have) )?|compared (?:to|with)|versus|vs\.?) (?:today|now)\b|\b(?:now|today) (?:rather )?than\b/g;

/**
 * The model's bar, per class (tone, internal marker, claim), for a sentence in the language an
 * email in another language is written in. Read on the development sets' other-language emails
 * (3,005 sentences of clean ones, never trained on as they were skipped, against the problem
 * sentences of the problem sets in the same languages, most of them trained on): tone at 0.97
 * passed 3 clean sentences and reached 28 of 72 problem sentences, a note at 0.995 passed 2 and
 * reached 50 of 88, a claim at 0.99 passed 5 and reached 60 of 75 (rules or not, and before the
 * claim rules' excuses). On the never-read sets the bars caught 11 more problem emails for one more
 * flagged clean email of 1,920 (docs/evaluation.md, twenty-fourth session).
 */
const OTHER_LANGUAGE_BAR = [0.97, 0.995, 0.99];

const otherLanguageBody = new WeakMap<ScanContext, boolean>();

/**
 * A sentence in a language the function-word lists (language.ts) do not cover: Tagalog,
 * Afrikaans, Swahili, Malay, Polish ("Ipapadala ko ang draft seat map ng arena…"). Six words or
 * more, at most one of them an English function word, and at least UNKNOWN_SHARE of them unknown
 * to the model's word clusters, which hold the words of a large English corpus: English prose
 * leaves almost none unknown, even in a list without function words ("Faster onboarding, fewer
 * errors, happier clients").
 */
const UNKNOWN_SHARE = 0.35;

function unknownLanguage(model: Model, sentence: string): boolean {
  const words = sentence.toLowerCase().match(WORD_IN_SENTENCE) ?? [];
  if (words.length < 6) return false;
  let english = 0;
  let unknown = 0;
  for (const w of words) {
    if (ENGLISH.has(w) && ++english > 1) return false;
    if (!isEnglishWord(w, model)) unknown++;
  }
  return unknown >= UNKNOWN_SHARE * words.length;
}

const WORD_IN_SENTENCE = /[\p{L}'’]+/gu;

/** Three or more field names in brackets and nothing else: "[First Name] [Last Name] [Company]", "{{Email}} | {{Phone}} | {{City}}". */
const FIELD_ROW = /^[\s>*•-]*(?:(?:\[|\{\{?|<)\p{Lu}[\p{L}\p{N}]*(?:[ _][\p{L}\p{N}]+){0,3}(?:\]|\}\}?|>)[\s,;|/]*){3,}$/u;

/** Whether a lower-case word is one of the model's word clusters: a word of a large English corpus. */
export function isEnglishWord(word: string, model: Model = BUILTIN_MODEL): boolean {
  const id = model.stemIds.get(stemWord(word));
  return id !== undefined && (model.stemCluster[id] as number) >= 0;
}

/** Another language than English, known to language.ts or not. */
function readsOther(model: Model, sentence: string): boolean {
  return notEnglish(sentence) || unknownLanguage(model, sentence);
}

function bodyInOtherLanguage(ctx: ScanContext, f: FieldText, model: Model): boolean {
  const known = otherLanguageBody.get(ctx);
  if (known !== undefined) return known;
  const body = ctx.body ?? f;
  const t = body.text.folded;
  const answer = writtenInOtherLanguage(t, sentencesOf(body).filter((s) => !inQuotedLine(t, s.start)).map((s) => t.slice(s.start, s.end)), (s) => readsOther(model, s));
  otherLanguageBody.set(ctx, answer);
  return answer;
}

/**
 * An aside in brackets inside a longer sentence: "I'll ask our CS lead to extend your POC by a
 * week (Kenji said they're likely to slip on the security review anyway - worth offering
 * proactively) so your team has time…". Read whole, the sentence is the reader's; the note in it
 * is the team's. Asides are read as notes only (the model's other kinds read the sentence).
 */
const ASIDE_BAR = 0.99;

/**
 * An aside that opens by addressing someone: a first name, initials or a handle, then a colon or a
 * dash and a lower-case word ("(Daan: nog even checken…)", "(Hamish - don't promise the date…)",
 * "[KL: confirm the SOC 2 date]"). Labels that
 * open clean asides ("(Note: prices exclude VAT)", "(Source: Gartner)") are not names.
 */
const ADDRESSED_ASIDE_RE = /^[([][ \t]*(\p{Lu}\p{Ll}{1,14}|\p{Lu}{2,3}|@[\w.-]+)(?:[ \t]*:|[ \t]+[-–—])[ \t]*\p{Ll}/u;
const ASIDE_LABELS: ReadonlySet<string> = new Set(
  ('note notes nb ps fyi source sources example examples eg ie update updated edit edited tip hint optional required see ref via warning caution important ' +
    'disclaimer reminder answer question pros cons price prices cost costs total also bonus context background details correction translation original ' +
    'summary status owner due deadline date time location venue format length duration audience capacity included scope goal result outcome link credit ' +
    'photo image video attachment login username user account plan tier currency rate fee fees discount term terms option options version release step ' +
    'tl dr spoiler hi hello thanks english deutsch español français italiano português nederlands svenska').split(' '),
);

function addressedAside(text: string): boolean {
  const m = ADDRESSED_ASIDE_RE.exec(text);
  return m !== null && !ASIDE_LABELS.has((m[1] as string).toLowerCase()) && !ASIDE_LABELS.has((m[1] as string).toLowerCase().replace(/s$/, ''));
}

/**
 * The writer telling the reader that an AI assistant helped and a person checked the result
 * ("(Transparency note: this email was drafted by Ourco's AI sales assistant and reviewed by Kelly
 * before it went out.)", "I used our AI assistant to pull the figures below, and I've reviewed
 * them", "Drafted with Ourco's writing assistant and reviewed by Megan before sending", "I drafted
 * this email with our AI assistant and checked every figure", forty-third session, NQ): said to
 * the reader, not a trace left for the team. Without the review it stays a trace, unless it is an
 * AI sender's disclosure whole in its sentence (ai-disclosure.ts).
 */
export const AI_DISCLOSURE_RE = /(?:(?:drafted|written|prepared|put together|composed|generated|pulled together|created|translated|summari[sz]ed)(?: (?:this|the|these) (?:email|message|note|summary|reply|recap|update|proposal|figures|numbers))?(?: (?:with (?:the )?help (?:of|from)|by|with|using|through))?|i(?:'ve| have)? (?:used|asked)|we(?:'ve| have)? (?:used|asked)|with (?:the )?help (?:of|from)) (?:our|an|the|my|a|[\p{L}-]+(?:'s|’s)) (?:(?:[\p{L}-]+ )?(?:ai|a\.i\.|gen-?ai)(?: [\p{L}-]+){0,2}? (?:assistant|tool|model|helper|copilot|agent)|(?:writing|drafting|email) (?:assistant|copilot|tool))\b[^.!?\n]{0,160}?(?<![\p{L}])(?:reviewed|checked|verified|edited|read (?:it|them|this|every)|went (?:through|over) (?:it|them|this|every)|proof-?read|approved)(?![\p{L}])/u;
const AI_SENDER_DISCLOSURE_RE = new RegExp(AI_SENDER_DISCLOSURE, 'u');

/**
 * Who else is on the email, told to the reader: "Sam is copied in case they want to go deeper",
 * "She's on this email now", "I've kept Nina from Brewline on the thread because she raised the
 * same point". The model reads a colleague named beside "email" and "thread" as a note to them; an
 * instruction to copy someone ("cc Sam before sending") has no "is", "I've" or "I have" before it.
 */
const COPIED_TOLD_RE = /(?:\b(?:is|are|has been|have been)|['’](?:s|re)|\b(?:i|we)(?:['’]ve| have)(?: also)? (?:copied|cc['’]?d|kept|added|included|looped in|brought in))\b[^.!?\n]{0,40}?(?:\b(?:copied|cc['’]?d)\b|\bon (?:this|the|our) (?:email|thread|chain|message)\b|\b(?:looped|copied) in\b)/;

/**
 * What makes a sentence about copies a note after all: a condition or an instruction ("use this one
 * if Anika is cc'd", "make sure Raj doesn't see this thread"), an aside to a colleague ("FYI Chloe
 * — I've cc'd his EA"), talk about the draft ("this para is copied from the Meridian email").
 */
const COPIED_NOTE_RE = /\b(?:if|when|unless|whether|use this|make sure|don['’]t|doesn['’]t|fyi|double-check|check|other one|other thread|copied from|para|paragraph|draft|drafted|the user|tone|soften|version)\b/;

/**
 * A sentence telling the reader an AI helped (reviewed by a person, or an AI sender's disclosure),
 * who else is copied, what we won't guess at, that this is not legal advice, or not to forward an
 * invitation.
 */
/**
 * A tool's first draft, checked by the writer, told to the reader: "(Note: the first draft came from
 * our meeting-notes tool, and I've checked and edited it.)" (forty-third session, NN); and a draft written from a
 * colleague's notes and checked by them: "I drafted this summary from Callum's call notes, and he reviewed it
 * before it was sent" (fifty-second session, IO).
 */
const TOOL_DRAFT_CHECKED_RE = new RegExp(`${DRAFTED_FROM_NOTES_CHECKED}|${String.raw`\b(?:first |initial |rough )?draft (?:came from|was (?:made|written|generated|produced|put together) (?:by|with|in)) (?:our|an|the|my|a) (?:[\p{L}-]+ ){0,2}?(?:tool|assistant|app|software|ai|copilot|note-?taker|notetaker)\b[^.!?\n]{0,120}?(?<![\p{L}])(?:reviewed|checked|verified|edited|corrected|proof-?read)(?![\p{L}])`}`, 'u');



/** A line opening with a label in capitals and a colon ("PRICE CHANGES: Once a year, capped at CPI"). */
const CAPS_LABEL_LINE_RE = /^[ \t]*(?:[-*•–][ \t]+)?(\p{Lu}[\p{Lu}\d '’&/()-]{1,40}?)[ \t]*:[ \t]+\S/u;

/** A label that says the line is the team's note ("NOTE FOR SAM:", "INTERNAL:", "TODO:"). */
const NOTE_LABEL_RE = /\b(?:NOTES?|INTERNAL|TODO|TO-?DO|REMINDER|PRIVATE|DRAFT|FYI|REP|SDR|AE|CRM|DEAL|DO NOT SEND|DON'T SEND|HOLD|TBD|TBC|CHECK|FIX|EDIT|REMOVE|DELETE)\b/u;

/**
 * Whether the line at `lineStart` is one of three or more neighbouring lines (blank lines between
 * them allowed) that open with a label in capitals and a colon: a summary of terms or a spec sheet
 * set out for the reader, not notes (forty-fourth session, OP).
 */
function inCapsLabelList(folded: string, lineStart: number): boolean {
  const lineAt = (from: number): string => {
    const end = folded.indexOf('\n', from);
    return folded.slice(from, end < 0 ? folded.length : end);
  };
  const labelled = (line: string): boolean => {
    const m = CAPS_LABEL_LINE_RE.exec(line);
    return m !== null && /\p{Lu}{2}/u.test(m[1] as string) && !NOTE_LABEL_RE.test(m[1] as string);
  };
  if (!labelled(lineAt(lineStart))) return false;
  let count = 1;
  // Up to three lines either way, skipping blank ones.
  for (const dir of [-1, 1]) {
    let pos = lineStart;
    for (let k = 0; k < 6; k++) {
      let next: number;
      if (dir < 0) {
        if (pos === 0) break;
        next = folded.lastIndexOf('\n', pos - 2) + 1;
      } else {
        const end = folded.indexOf('\n', pos);
        if (end < 0) break;
        next = end + 1;
      }
      pos = next;
      const line = lineAt(pos);
      if (line.trim() === '') continue;
      if (!labelled(line)) break;
      count++;
    }
  }
  return count >= 3;
}

/** Where the other language's version is, told to the reader: "(English below for Ms. Lee.)", "Translation follows." (forty-third session, YB). */
const VERSION_BELOW_RE = /^\s*\(?\s*(?:english|translation|(?:the )?[\p{L}]+ (?:version|translation))(?: version)? (?:below|above|follows|further down)\b/u;

/** Candour announced to the reader: "I should be upfront: as a competitor, I'm not a neutral source on this" (forty-third session, NP). */
const CANDOUR_RE = /^\s*(?:to be (?:upfront|honest|transparent|fair|clear)|i (?:should|must|want to|['’]d like to|would like to|need to|have to) be (?:upfront|honest|transparent|clear|fair)(?: with you)?(?: about (?:one thing|this|something))?)\s*[:,—–-]/;

/** A referrer's leave to be named: "He's happy for me to mention his name." (forty-eighth session, WX). */
const REFERRER_LEAVE_RE = /^\s*(?:he|she|they)(?:['’]s| is|['’]re| are) (?:happy|fine|okay|ok|glad|comfortable) (?:for me|for us|that i|that we) (?:to )?(?:mention|use|give|share|drop) (?:his|her|their) name\b/;
/** A check asked of the reader before they act: "…, but please sanity-check before you put it in the calendar." (forty-eighth session, WX). */
const CHECK_BEFORE_YOU_RE = /\bplease (?:[\w-]+ ){0,2}?(?:check|sanity-check|sanity check|double-check|double check|confirm|verify)\b[^.!?\n]{0,30}\bbefore you (?:put|add|book|send|forward|share|accept|schedule|block|save|pass|circulate|sign|print)\b/;

/** A claim's limits announced: "I'm careful not to overstate this: FeedSense is not an ASC requirement, …" (forty-eighth session, WX); no note for the team, no pressure. */
const NOT_OVERSTATING_RE = /^\s*(?:i(?:['’]m| am) (?:careful|wary|trying|going to try) not to|i (?:don['’]t|do not) want to) (?:overstate|oversell|overclaim|exaggerate|overpromise|hype)(?: (?:this|it|that|things|the (?:case|point|benefits?)))?\s*[:,—–-]/;

/**
 * For tone, the announcement must lead into a limit of ours, after a colon or a dash: "I'm careful
 * not to overstate this: FeedSense is not an ASC requirement". "I don't want to oversell it, but if
 * you wait…" is the pressure's own preamble.
 */
function limitsAnnounced(sentence: string): boolean {
  const m = NOT_OVERSTATING_RE.exec(sentence);
  return m !== null && /[:—–-]\s*$/.test(m[0]) && /\b(?:not|isn['’]t|won['’]t|doesn['’]t|can['’]t|cannot|no)\b/.test(sentence.slice(m[0].length)) && !/\bbut (?:if|unless|once|you)\b/.test(sentence);
}

/** What the reader should not send us, told them: "Note: please don't send passport details by email." (forty-eighth session, XJ). */
const DONT_SEND_US_RE = /\bplease (?:don['’]t|do not|never) (?:send|email|e-mail|share|forward|attach)(?: us| me)? (?:your |any |the )?(?:passport|card|credit card|bank|banking|personal|id|identity|medical|health|password|login|payment)s?(?: (?:details|numbers|data|copies|scans|information|info))? (?:by|over|via|in) (?:email|e-mail|mail|chat|text|whatsapp)\b/;
/** The email's layout told to the reader: "This is a long email, so I've used headings – skip to whichever part is useful." (forty-eighth session, XI). */
const LAYOUT_TOLD_RE = /\b(?:i(?:['’]ve| have) used headings|skip to (?:whichever|the) (?:part|section|bit)s?|(?:feel free to|you can) skip (?:to|ahead|the)\b)/;
/** An attachment labelled in brackets, in the usual languages: "[Bijlage: offerte QH-O-2025-041, 2 pagina's]" (forty-eighth session, XH). */
const ATTACHMENT_LABEL_RE = /^\s*[\[(]\s*(?:[\p{L}-]+ ){0,2}(?:attachments?|attached|enclosures?|enclosed|bijlagen?|anlagen?|anhang|pi[èe]ces? jointes?|pj|adjuntos?|anexos?|allegat[oi]|bilagor|bilaga|vedlegg|bilag|liitteet|liite|za[łl][ąa]czniki?|příloh[ay]?)\s*[:：]\s*[^\]\n)]{1,100}[\])]\s*$/iu;

/**
 * A customer's wish not to be named, a translation announced, a case study's approval, a public
 * holiday noted, and an option offered in quotation marks, told to the reader: "(they've asked us not
 * to name them publicly)", "She wrote it in Romanian; a quick translation follows underneath.", "taken
 * from a case study she approved", "(Monday 21 April is Easter Monday, so this week is shorter.)",
 * "(b) "Keep us in Frankfurt".", "[Note for your IT team: …]" (fifty-fourth session, NAL, NAP, NAZ).
 */
const TOLD_ASIDE_RE = /\b(?:asked|prefer(?:red)?|want(?:ed)?) (?:us |me )?not to (?:be )?(?:name|named|identified|mention(?:ed)?)\b|\b(?:a |an )?(?:quick |rough |short |full |english )?translation (?:follows|is below|underneath|below)\b|\b(?:case study|quote|testimonial|write-?up) (?:she|he|they) (?:approved|signed off|agreed to)\b|\bshared with (?:the [\p{L}'’]+ |their |her |his )?permission\b|\bis (?:a |an )?(?:public|bank|national|school|religious) holiday\b|\bis (?:easter (?:monday|sunday)|good friday|whit monday|boxing day|christmas (?:eve|day)|new year's (?:eve|day)|labou?r day|may day)\b|^\s*\(?[a-e]\)\s*["“][^"”\n]{2,60}["”]\s*[.,;]?\s*(?:or)?\s*$|^\s*[\[(](?:note|notes|nb)\s*(?:for|to) (?:your|you)\b|\bplease (?:treat|keep) (?:this|the|these|it) (?:[\p{L}]+ )?(?:as confidential|confidential|within your (?:organi[sz]ation|company|team|business))\b|^\s*(?:note|nb|please note)\s*:\s*we (?:don't|do not) (?:sell|support|offer|provide|include|cover|stock|hold|have)\b/u;

function saidToReader(sentence: string): boolean {
  return TOLD_ASIDE_RE.test(sentence) || DONT_SEND_US_RE.test(sentence) || HAPPY_TO_BE_CONTACTED_RE.test(sentence) || STEP_BACK_RE.test(sentence) || PASSED_ON_RE.test(sentence) || NOT_OFFICIAL_RE.test(sentence) || LAYOUT_TOLD_RE.test(sentence) || ATTACHMENT_LABEL_RE.test(sentence) || NOT_OVERSTATING_RE.test(sentence) || REFERRER_LEAVE_RE.test(sentence) || CHECK_BEFORE_YOU_RE.test(sentence) || AI_DISCLOSURE_RE.test(sentence) || TOOL_DRAFT_CHECKED_RE.test(sentence) || CANDOUR_RE.test(sentence) || VERSION_BELOW_RE.test(sentence) || AI_SENDER_DISCLOSURE_RE.test(sentence) || (COPIED_TOLD_RE.test(sentence) && !COPIED_NOTE_RE.test(sentence)) || WONT_GUESS_RE.test(sentence)
    || NOT_ADVICE_RE.test(sentence) || INVITE_NOT_FORWARDED_RE.test(sentence) || (PRICE_BASIS_RE.test(sentence) && !NOTE_ASK_RE.test(sentence)) || IGNORE_IF_NOT_RE.test(sentence) || LINK_HANDED_RE.test(sentence) || LINK_LABEL_ASIDE_RE.test(sentence) || ASK_REFERENCE_RE.test(sentence) || CONTACT_PASSED_RE.test(sentence) || FORWARD_BELOW_RE.test(sentence) || DOCUMENT_NOTE_RE.test(sentence) || LANGUAGE_LABEL_RE.test(sentence);
}

/** Which language follows, in brackets: "[Cymraeg isod / English below]", "[English follows]" (forty-seventh session, WN). */
const LANGUAGE_LABEL_RE = new RegExp(String.raw`^\s*[(\[][^\])\n]{0,30}\b${LABELLED_LANGUAGE}\b[^\])\n]{0,30}\b${TEXT_FOLLOWS}\b[^\])\n]{0,30}[)\]]\s*$`, 'u');

/** A note on the document the email hands over: "Note: this list supports, but doesn't replace, the annual expert inspection." (forty-seventh session, WK). */
const DOCUMENT_NOTE_RE = new RegExp(String.raw`^\s*(?:please )?${DOCUMENT_NOTE_HEAD} (?:is|isn't|is not|supports|covers|doesn't|does not|replaces|complements|only|gives|shows)\b`);

/** What a forward holds, told to its reader: "Her reply below explains what we'd need.", "Forwarding it in full." (forty-fourth session, OV). */
const FORWARD_BELOW_RE = /^\s*(?:(?:her|his|their|my colleague's|our engineer's|the|[\p{L}]+['’]s) (?:reply|answer|response|note|email|message|explanation)s? (?:is |are )?(?:below|underneath)\b|(?:below|underneath) (?:is|are) (?:her|his|their|the|[\p{L}]+['’]s) (?:original )?(?:reply|answer|response|note|email|message|question)s?\b|forwarding (?:it|this|her reply|his reply|their reply) (?:in full|below|as is)\b)/u;

/** A link handed over: "Their post is here: visitaro.com/blog/v2-end-of-support" (thirty-ninth session, BD), "Their contact is on their website: weinkontor-rheingau.de." (forty-eighth session, XQ). */
const LINK_HANDED_RE = /^\s*(?:their|the|our|your|his|her|its) (?:[\w-]+ ){0,3}(?:is|are) (?:here|below|at|on (?:their|the|our|his|her|its) (?:website|web site|site|page|homepage))\s*:\s*(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\.?\s*$/;
/** Two arrows or more in a sentence without a verb's stop: a flow or a diagram's row. */
const ARROW_ROW = /^[^.!?]*(?:->|→|=>|⟶)[^.!?]*(?:->|→|=>|⟶)[^.!?]*$/;
/** A link labelled in brackets: "(Her post: https://www.linkedin.com/posts/…)", "(Source: …)", "(Link, in case you haven't seen it: …)" (forty-sixth session, UF). */
const LINK_LABEL_ASIDE_RE = /^\s*[(\[]\s*(?:(?:their|the|our|your|his|her|its|[\p{L}-]+['’]s) (?:[\w-]+ ){0,2})?(?:post|article|link|source|page|announcement|press release|release|video|report|blog|interview|recording|slides?|deck|listing|paper|study|filing)(?: (?:is )?(?:here|below))?(?:,[^:\n]{0,40})?\s*:\s*(?:https?:\/\/)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?\s*[)\]]\s*$/u;
/** A contact passed on at its owner's wish: "He's asked that I pass on his email rather than his phone: …" (forty-sixth session, UM). */
/** What the reader's answers or data will not be used for: "…and they won't be used in any marketing" (forty-ninth session, YM). */
const NOT_USED_FOR_RE = /\b(?:won['’]t|will not|never|wouldn['’]t|would not) be (?:used|shared|published|passed on|sold|quoted)(?: (?:in|for|with|to) (?:any|our|your|a|the|third)[^.!?\n]{0,30})?(?:[.!;]|$)/;
/**
 * A list led in by what we cannot do or promise ("What we CANNOT do:" over "- Guarantee any outcome
 * with the HSE, your insurer or your licensing authority"): its items are limits told, not
 * promises; and one led in by advice offered ("Two thoughts, for whatever they're worth:" over "2.
 * Ask for the full history, not just the last report"): its imperatives are said to the reader
 * (forty-ninth session, YS).
 */
const LIMITS_LEAD_RE = /\b(?:what|things|where) (?:we|i) (?:cannot|can['’]t|can not|don['’]t|do not|won['’]t|will not|aren['’]t able to|are not able to) (?:do|promise|guarantee|offer|cover|claim|say)\b|\b(?:we|i) (?:cannot|can['’]t|won['’]t|don['’]t)(?: promise(?: to)?| guarantee(?: to)?)?[ \t]*:[ \t]*$|\bwhat (?:this|it|the (?:service|examination|inspection|survey|report|contract)) (?:does not|doesn['’]t|won['’]t|cannot|can['’]t) (?:do|cover|include|tell you|guarantee)\b/;
const ADVICE_LEAD_RE = /\b(?:(?:two|three|four|five|a few|some|my|a couple of) (?:thoughts|tips|suggestions|pointers|ideas|recommendations|pieces of advice|things (?:i['’]d|i would|to) (?:suggest|do|check|ask|look at|consider))|(?:my|some|a bit of|a little) (?:advice|suggestions?))\b/;
/**
 * A sentence the tone model reads as pressure that tells the reader something plainly: limits
 * announced, a reference's independence, what their answers will not be used for (with nothing of a
 * deadline or an offer in it), an item of a list of what we cannot do.
 */
function toldPlainly(lower: string, start: number, end: number): boolean {
  const sentence = lower.slice(start, end);
  return limitsAnnounced(sentence) || REFERENCE_UNPAID_RE.test(sentence) || (NOT_USED_FOR_RE.test(sentence) && !DISCLAIM_PRESSURE_RE.test(sentence)) || LIMITS_LEAD_RE.test(listLead(lower, start) ?? '');
}

/** A reference's independence disclosed: "she isn't paid or otherwise rewarded by us for it" (forty-ninth session, YL). */
const REFERENCE_UNPAID_RE = /\b(?:she|he|they)(?:['’]s| is|['’]re| are)? (?:isn['’]t|is not|aren['’]t|are not|wasn['’]t|was not|won['’]t be|will not be|not)(?: being)? (?:paid|compensated|rewarded|incentivi[sz]ed)\b/;
/** A note telling the reader what a document is and is not: "Note: this is our checklist, not the official one." (forty-ninth session, YU). */
const NOT_OFFICIAL_RE = /\bthis is (?:our|my|a) (?:own )?[\w -]{1,30}, not (?:the|an?) (?:official|legal|regulatory|government|statutory|manufacturer['’]s|formal)\b/;
/**
 * A message passed on at someone's request: "He asked me to say that he'll be open about the teething problems too",
 * "Nikolaj, please pass this on to Camilla as is:" (forty-ninth session, ZD).
 */
const PASSED_ON_RE = /\b(?:he|she|they) asked (?:me|us) to (?:say|tell you|mention|pass on|let you know)\b|\bplease (?:pass|forward|send) this (?:on )?to [\p{L}]+ as[ -]is\b/u;
/** The introducer leaving the thread: "I'll step back from the thread, but I'm always reachable if needed" (forty-ninth session, YT). */
const STEP_BACK_RE = /\b(?:i|we)(?:['’]ll| will) (?:now )?(?:step back|drop off|bow out|step out|leave you (?:two|both|to it))(?: (?:from|of) (?:the|this) (?:thread|conversation|email|chain))?\b/;
/** A third party invited to write to us: "Happy for the clinic to contact me directly if they want it in writing" (forty-ninth session, YM). */
const HAPPY_TO_BE_CONTACTED_RE = /^\s*(?:(?:i['’]m|i am|we['’]re|we are) )?(?:(?:very|more than|always) )?(?:happy|glad|pleased) for (?:the|your|them|him|her|you|[\p{L}]+)(?: [\p{L}-]+){0,3}? to (?:contact|call|email|e-mail|ring|reach|message) (?:me|us)\b/u;
const CONTACT_PASSED_RE = /\b(?:asked|asks|prefers|would prefer|would rather) (?:that )?(?:i|we) (?:pass on|share|give you|send you|forward) (?:his|her|their) (?:email|e-mail|number|phone|mobile|contact details|details|address)\b/;
/** The reader told to put anything to a reference: "Ask her anything, including what she doesn't like about us." (forty-sixth session, UF) */
const ASK_REFERENCE_RE = /^\s*(?:feel free to |please |do )?ask (?:her|him|them) (?:anything|whatever you (?:like|want)|about anything)\b/;

/** What we do not know, and the reader may ignore: "I don't know whether Meridian uses Apex, so please ignore this if not" (thirty-ninth session, BA). */
const IGNORE_IF_NOT_RE = /\b(?:don['’]t|do not) know (?:whether|if)\b[^.!?\n]{0,80}?\b(?:so )?(?:please )?(?:just )?(?:ignore|disregard|skip) (?:this|it|my (?:note|email|message))\b/;

/**
 * How we price, told to the reader: a rate per unit ("Add Korean in-country review (USD 0.03/word)")
 * or the basis of a quote ("we price on English source words"). A translator's words, a consultant's
 * hours read as a writer's word counts to the model (thirty-ninth session, YB).
 */
const PRICE_BASIS_RE = /(?:[$€£¥₹]|\b(?:usd|eur|gbp|aud|cad|chf|jpy|krw|sgd|inr))\s?\d[\d.,]*\s?(?:\/|per |a )\s?(?:source |target |translated )?(?:words?|hours?|pages?|minutes?|characters?|lines?|days?)\b|\bwe (?:price|charge|bill|invoice|quote) (?:on|by|per) (?:the )?(?:[\p{L}-]+ ){0,2}(?:words?|hours?|pages?|minutes?|characters?|lines?|seats?|users?|licen[cs]es?|units?|sites?|devices?)\b|\bdiscount (?:only )?applies (?:only )?(?:to|on|for|from)\b/u;
/** Words of a note to a colleague, which a price in the sentence does not make the reader's. */
const NOTE_ASK_RE = /\b(?:check|confirm|verify|make sure|double-check|ask|before sending|don['’]t (?:mention|send|quote)|remove|delete|swap|fill in|tbd|tbc)\b/;
/**
 * An aside that opens on a note's label: "(reminder: update this once the new rate card is out)"
 * is the writer's note even inside a list the reader is handed (thirty-ninth session, YC).
 */
const NOTE_LABEL_ASIDE = /^[(\[]\s*(?:reminder|note to self|note to [\p{L}]+|todo|to-do|to do|nb|fyi|internal|tbd|tbc)\s*:/u;

const NOT_ADVICE_RE = new RegExp(NOT_ADVICE);
const INVITE_NOT_FORWARDED_RE = new RegExp(INVITE_NOT_FORWARDED, 'u');

/** What we do not know, said plainly to the reader (the writer-doubt rule's exception too). */
const WONT_GUESS_RE = new RegExp(WONT_GUESS);
const ASIDE_RE = /[(\[][^()[\]\n]{24,240}[)\]]/g;

const asidesByField = new WeakMap<FieldText, Array<{ start: number; end: number; aside: boolean }>>();

/** The field's sentences, then the bracketed asides inside them (each marked `aside`). */
function withAsides(f: FieldText): Array<{ start: number; end: number; aside: boolean }> {
  let out = asidesByField.get(f);
  if (out !== undefined) return out;
  const sentences = sentencesOf(f);
  out = sentences.map((s) => ({ start: s.start, end: s.end, aside: false }));
  const t = f.text.folded;
  if (t.includes('(') || t.includes('[')) {
    for (const s of sentences) {
      const text = t.slice(s.start, s.end);
      for (const m of text.matchAll(ASIDE_RE)) {
        // The whole sentence in brackets is the sentence, already read.
        if (text.length - m[0].length < 12) continue;
        out.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, aside: true });
      }
    }
  }
  asidesByField.set(f, out);
  return out;
}

/** The model's sentences of a field, split once for the model check on rule hits and the model's own pass. */
/**
 * The sentences the scan reads, as model/features.ts splits them but not after a title or a Latin
 * abbreviation ("(e.g. HOLD, DRAFT, TIDE) is a status label", "Mr. Okafor"): such a stop ends no
 * sentence (forty-third session, NO). The training splits as features.ts does; the join is the
 * scan's, so the shipped weights stay the training's output.
 */
function joinAbbreviations(text: string, spans: ReturnType<typeof splitSentences>): ReturnType<typeof splitSentences> {
  const out: ReturnType<typeof splitSentences> = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.end === s.start - 1 && text.charCodeAt(prev.end) === 32 && abbreviationStopAt(text, prev.end - 1, MID_SENTENCE_ABBREVIATIONS)) {
      out[out.length - 1] = { start: prev.start, end: s.end };
    } else out.push(s);
  }
  return out;
}

const sentencesByField = new WeakMap<FieldText, ReturnType<typeof splitSentences>>();

function sentencesOf(f: FieldText): ReturnType<typeof splitSentences> {
  let sentences = sentencesByField.get(f);
  if (sentences === undefined) sentencesByField.set(f, (sentences = joinAbbreviations(f.text.folded, splitSentences(f.text.folded))));
  return sentences;
}

/**
 * The findings a field's rules added from `from` on, checked against the model where the rule asks
 * for it (`corroborate`): a rule hit in a sentence the model gives its kind less than that
 * probability is reported as info ("Your recent launch" in a thank-you for the launch the reader
 * announced, "guarantee" in a refund policy). The sentence is the model's own (model/features.ts),
 * scored once for this pass and the model's.
 */
export function corroborateRules(ctx: ScanContext, f: FieldText, from: number, model: Model = BUILTIN_MODEL): void {
  let sentences: Array<{ start: number; end: number; src: { start: number; end: number } }> | undefined;
  const t = f.text;
  // Only the model's kinds have a reading to check against.
  const readings: Record<string, string> = { tone: 'pressure', internal_marker: 'a note', unverified_claim: 'a claim' };
  for (let i = from; i < ctx.findings.length; i++) {
    const g = ctx.findings[i] as Finding;
    if (g.severity === 'info' || g.rule === undefined || g.field !== f.field || FIRM_FINDINGS.has(g)) continue;
    const bar = ctx.rules.byId.get(g.rule)?.rule.corroborate;
    const c = model.classes.indexOf(g.kind as ModelClass);
    if (bar === undefined || c < 0) continue;
    sentences ??= sentencesOf(f).map((s) => ({ ...s, src: toSource(t, s.start, s.end) }));
    // A match that opens on the line break before its line ("(?:^|\n)I understand …") is read at
    // its line, not at the line the break ends (a greeting, fifty-first session, GS).
    let at = g.start;
    while (at < g.end - 1 && (t.source.charCodeAt(at) === 10 || t.source.charCodeAt(at) === 13)) at++;
    const s = sentences.find((x) => at >= x.src.start && at < Math.max(x.src.end, x.src.start + 1));
    if (s === undefined) continue;
    let p = sentenceProbabilities(model, t, s.start, s.end, f.field === 'subject')[c] as number;
    // A claim put as the premise of what follows ("With your headcount doubling this year, I'd
    // suggest we move you to band pricing"): the opening clause is read on its own, since the
    // advice after the comma outweighs it in the whole sentence.
    if (p < bar && g.kind === 'unverified_claim') {
      const comma = premiseEnd(t.lower, s.start, s.end);
      if (comma > 0 && g.start < toSource(t, comma, comma).start) p = Math.max(p, sentenceProbabilities(model, t, s.start, comma, false)[c] as number);
      // The same premise put last ("I'd suggest we keep the agreement flexible, given that Fabrikam
      // is now part of the Holmberg Group and may want to align suppliers"): read from its opener on.
      const opener = trailingPremise(t.lower, s.start, s.end);
      if (p < bar && opener > 0 && g.start >= toSource(t, opener, opener).start) p = Math.max(p, sentenceProbabilities(model, t, opener, s.end, false)[c] as number);
    }
    if (p >= bar) continue;
    ctx.findings[i] = { ...g, severity: 'info', message: `${g.message ?? ''} (the sentence model reads it as ${readings[g.kind] ?? g.kind} at ${p.toFixed(2)}, under the rule's ${bar}: shown, not counted)` };
  }
}

/** A sentence (a list item too) whose subject is us: "Our team…", "We've…", "Now that we…", "Since Ourco…", "My team…". */
const OPENS_ON_US = /^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?(?:(?:a (?:bit|little|piece|quick bit|spot) of )?(?:our own |good |some )?(?:news|update)s? (?:from|on) (?:us|our (?:side|end)|ourco)[:—–-]\s*|(?:a (?:bit|little|piece|quick bit) of )?our own (?:news|update)s?[:—–-]\s*)?(?:(?:now that|since|after|with|as|following|this (?:year|month|quarter|week)|last (?:year|month|quarter|week)),?\s+)?(?:our|we|we've|we're|we'd|we'll|ourco(?:'s)?|my (?:team|company|firm|colleagues|employer|business|startup))\b/;
const TO_READER = /\b(?:you|your|yours|you're|you've|you'll|you'd|yourself|yourselves|u|ur)\b/;

/** A lead-in that announces news of ours: "some Tidewell news I wanted you to hear from me", "news from our side". */
const OUR_NEWS_LEAD = /\b(?:some|a bit of|a piece of|our own|company) (?:[\p{L}-]+ )?news\b|\bnews (?:from|on) (?:our side|our end|us)\b|\bhear (?:it )?from me\b/u;

/** A consequence clause after our news: ", so your…", ", which means you…", ", meaning your…". */
const SO_FOR_READER = /,\s+(?:so|which means|meaning|and that means|so that)\s/;

/** A sentence about us alone: it opens on us, addresses the reader only in what our news means for them, and names no prospect. */
function aboutUsOnly(lower: string, start: number, end: number, names: readonly number[]): boolean {
  let text = lower.slice(start, end);
  // A lead-in before a colon may speak to the reader: "A bit of company news I wanted you to hear
  // from me rather than read somewhere: Ourco has closed a S$40 million Series B" (thirty-ninth session, BA).
  const colon = text.indexOf(': ');
  // The lead-in may open on us and speak to the reader, when it announces our news: "Since we last spoke in
  // January there's been some Tidewell news I wanted you to hear from me rather than from a press release: we
  // closed a EUR 18 million Series B" (forty-sixth session, UN).
  if (colon > 0 && colon < 160 && (!OPENS_ON_US.test(text) || OUR_NEWS_LEAD.test(text.slice(0, colon))) && OPENS_ON_US.test(text.slice(colon + 2))) {
    start += colon + 2;
    text = text.slice(colon + 2);
  }
  // What our news means for the reader comes after it: "We've opened an office in Monterrey with 18
  // people, so your Saltillo team now has Spanish-speaking support" (fortieth session, BK).
  const so = SO_FOR_READER.exec(text);
  if (!OPENS_ON_US.test(text) || TO_READER.test(so === null ? text : text.slice(0, so.index))) return false;
  for (let i = 0; i < names.length; i += 2) if ((names[i] as number) < end && (names[i + 1] as number) > start) return false;
  return true;
}

/** A sentence opening on a backdrop clause ("Now that…", "With your…", "Following the…"). */
const PREMISE_OPENER = /^\s*(?:now that|with|following|after|since|given|in light of|in the wake of|as)\s/;

/** End of a sentence's opening backdrop clause (its first comma), or -1 when it opens otherwise. */
function premiseEnd(lower: string, start: number, end: number): number {
  if (!PREMISE_OPENER.test(lower.slice(start, Math.min(end, start + 20)))) return -1;
  const comma = lower.indexOf(',', start);
  return comma > start && comma < end ? comma : -1;
}

/** A backdrop clause after a comma: ", given that…", ", now that…", ", since…" (not ", with…": ", with about 40 sessions" is no premise). */
const TRAILING_PREMISE = /,[ \t]+(?:given(?: that)?|now that|seeing (?:as|that)|considering(?: that)?|since|in light of|in the wake of)[ \t]/g;

/** Start of the last backdrop clause that follows a comma in the sentence [start, end), or -1. */
function trailingPremise(lower: string, start: number, end: number): number {
  const sentence = lower.slice(start, end);
  let at = -1;
  TRAILING_PREMISE.lastIndex = 0;
  for (let m = TRAILING_PREMISE.exec(sentence); m !== null; m = TRAILING_PREMISE.exec(sentence)) at = start + m.index + 1;
  return at > start ? at : -1;
}

export function detectModel(ctx: ScanContext, f: FieldText, model: Model = BUILTIN_MODEL): void {
  const rules = MODEL_DETECTORS.map((d) => ctx.rules.detector(d));
  if (rules.every((r) => r === undefined)) return;
  const t = f.text;
  // `rules explain` asks what the model read and let through, and why (ctx.readings); a scan does not.
  const passed = (rule: CompiledRule, p: number, span: { start: number; end: number }, why: string): void => {
    if (ctx.readings === undefined) return;
    const src = toSource(t, span.start, span.end);
    ctx.readings.push({ rule: rule.rule.id, kind: rule.rule.kind, field: f.field, start: src.start, end: src.end, probability: p, why });
  };
  const ownerItems = ownerListLines(f);
  const sharedItems = sharedListLines(f);
  for (const s of withAsides(f)) {
    if (inQuotedLine(t.folded, s.start)) continue;
    // A lure or a sample quoted to warn about it (mention.ts `inQuotedExample`) is not our voice.
    // (Read at the sentence's middle: "- Subject: \"Your package could not be delivered\"" is the lure's.)
    const mid = (s.start + s.end) >> 1;
    if (inQuotedExample(t.lower, mid, mid + 1)) continue;
    // A fenced code block (a log, a config) is not prose: the model reads sentences.
    if (inCodeBlock(t.lower, s.start)) continue;
    // Nor is a row of field names ("[First Name] [Last Name] [Company] [Email]"): the headings of
    // an import or a form, whose placeholders the rules judge.
    if (FIELD_ROW.test(t.folded.slice(s.start, s.end))) continue;
    // Nor is a flow drawn with arrows ("Make-up water -> Softener -> Deaerator -> FW pumps"): a diagram's row (forty-sixth session, UN).
    if (ARROW_ROW.test(t.folded.slice(s.start, s.end))) continue;
    // Nor is a row of a plain-text table ("Offer letters      Word mail merge      Generated from
    // templates"): cells set apart by runs of spaces or tabs. The rules still read it.
    if (tableRowAt(t.folded, s.start)) continue;
    const lineStart = lineStartOf(t.folded, s.start);
    const inActionList = (ownerItems.size > 0 && ownerItems.has(lineStart)) || (sharedItems.size > 0 && sharedItems.has(lineStart));
    // "JM: check if they're still locked in" is a colleague's note wherever it sits: the steps and
    // workflow paragraphs around it do not make it the reader's.
    const toColleague = addressedAside(t.folded.slice(s.start, s.end).replace(/^[ \t]*(?:[-*•–]|\d{1,2}[.)])[ \t]+/, '')) || (!s.aside && addressedByInitials(t.folded, lineStart));
    const subject = f.field === 'subject';
    const probs = sentenceProbabilities(model, t, s.start, s.end, subject);
    let explained: SentenceScore | undefined;
    for (let c = 0; c < rules.length; c++) {
      const rule = rules[c];
      const p = probs[c] as number;
      if (rule === undefined || p < (model.threshold[c] as number)) continue;
      // Brackets alone lift a note's reading (most clean asides read 0.85-0.97: "(say, 50 trailers
      // a quarter)"); an aside is reported only when the model is all but sure of it.
      // One addressed to a colleague by name ("(Daan: nog even checken …)") is a note's shape, not a
      // bracket's, and is read at the plain threshold.
      if (s.aside && (rule.rule.kind !== 'internal_marker' || (p < ASIDE_BAR && !toColleague))) { passed(rule, p, s, 'an aside in brackets'); continue; }
      if (inActionList && !toColleague && rule.rule.kind === 'internal_marker' && !(s.aside && NOTE_LABEL_ASIDE.test(t.lower.slice(s.start, s.end)))) { passed(rule, p, s, 'an item of a list of actions for the reader'); continue; }
      if (rule.rule.kind === 'internal_marker' && (saidToReader(t.lower.slice(s.start, s.end)) || ADVICE_LEAD_RE.test(listLead(t.lower, s.start) ?? ''))) { passed(rule, p, s, 'said to the reader'); continue; }
      // A named speaker's words in quotes ("Their CFO, Adriana Treviño: "The time saved was nice.""):
      // a customer's quotation, not the writer's note or pressure (forty-third session, NQ).
      if (QUOTED_SPEAKER_RE.test(t.folded.slice(s.start, s.end)) || insideSpokenQuote(t.folded, s.start)) { passed(rule, p, s, 'a named speaker quoted'); continue; }
      // The attribution after a quotation: "…not magic." (Jaco Smit, Site Manager, Highveld Sand & Stone; figures from their dispute log).
      if (s.aside && QUOTE_ATTRIBUTION_RE.test(t.folded.slice(Math.max(0, s.start - 4), s.end))) { passed(rule, p, s, 'the attribution of a quotation'); continue; }
      // A row of a list of terms under capital labels ("TERM: 36 months from go-live.", "PRICE CHANGES: Once a year…").
      if (rule.rule.kind === 'internal_marker' && inCapsLabelList(t.folded, lineStart)) { passed(rule, p, s, 'a row of a list under capital labels'); continue; }
      // "Tom, Felicia runs routing for Acme … Her goal is to have tier 1 routes ready by July 15":
      // a paragraph said to the colleague the mail introduces, which the reader reads too.
      if (rule.rule.kind === 'internal_marker' && inIntroductionParagraph(t.lower, s.start)) { passed(rule, p, s, 'a paragraph said to the person the mail introduces'); continue; }
      if (rule.rule.kind === 'internal_marker' && inSideActionList(t.lower, s.start)) { passed(rule, p, s, 'an item of an action list headed by one side of the deal'); continue; }
      if (rule.rule.kind === 'tone' && (releases(t.lower, s.start, s.end) || disclaims(t.lower, s.start, s.end) || toldPlainly(t.lower, s.start, s.end))) { passed(rule, p, s, 'releases the reader or disclaims pressure'); continue; }
      // The question of a Q and A ("Q: Can you guarantee there will never be a breach?" over "A: No one honestly can"): the reader's words, answered (forty-seventh session, VP).
      if ((rule.rule.kind === 'tone' || rule.rule.kind === 'internal_marker') && faqQuestion(t.lower, s.start, s.end)) { passed(rule, p, s, 'the question of a question and answer'); continue; }
      // An item of a recap of what the prospect told us ("Here's what I heard:" then "- Your
      // directors keep their own checklists, so it is hard to see what's outstanding") is their
      // situation played back, not pressure we put on them.
      if (rule.rule.kind === 'tone' && inRecapList(t.lower, s.start)) { passed(rule, p, s, 'an item of a recap of what the reader said'); continue; }
      const src = toSource(t, s.start, s.end);
      if (covered(ctx.findings, rule.rule.kind, f.field, src.start, src.end)) continue; // a rule already reported it
      // The model reads English, and other languages through its lexicon. A sentence in the
      // language the email is written in is the email itself: it is reported only at a bar the
      // model reaches on the pressure, notes and news of other languages and almost never on
      // their ordinary sentences (OTHER_LANGUAGE_BAR).
      if (p < (OTHER_LANGUAGE_BAR[c] as number) && readsOther(model, t.folded.slice(s.start, s.end)) && bodyInOtherLanguage(ctx, f, model)) { passed(rule, p, s, 'under the bar for an email in another language'); continue; }
      // A paragraph of product steps ("Go to Settings > Templates", "click Approve") tells the reader
      // what to do: its imperatives read as notes to the model, and are not.
      if (rule.rule.kind !== 'tone' && !toColleague && inUiSteps(t.lower, s.start, s.end)) { passed(rule, p, s, 'a paragraph of product steps'); continue; }
      // So does a paragraph describing how the product moves records through queues, statuses and
      // approvers ("the request moves to Approved for use"): its product words read as notes.
      if (rule.rule.kind !== 'tone' && !toColleague && inWorkflowProse(t.lower, s.start, s.end)) { passed(rule, p, s, 'a paragraph on how the product moves records'); continue; }
      // A claim the account's verified facts (or the prospect's quoted words) may support is the
      // claim rules' to judge: they compare the fact's details, the model reads none. So is one
      // the prospect told us, or a third party's story.
      const excuse = rule.rule.kind === 'unverified_claim' ? claimExcuse(ctx, f, s.start, s.end) : null;
      if (excuse !== null) { passed(rule, p, s, excuse); continue; }
      // Our own news ("Now that our team has passed 200 engineers, we've opened a Dublin office"):
      // a sentence that opens on us and never turns to the reader or names the prospect.
      if (rule.rule.kind === 'unverified_claim' && aboutUsOnly(t.lower, s.start, s.end, nameSpans(ctx, f))) { passed(rule, p, s, 'our own news'); continue; }
      explained ??= scoreSentence(model, modelView(t), s.start, s.end, subject, true);
      // The prospect's name weighs nothing: the training filled names with invented words that
      // never occur in a draft, but the rules' examples name their example accounts ("Acme"), and
      // "teams like Acme Analytics cut reporting time" read as news about Acme at 0.60.
      if (withoutNames(model, explained, c, p, nameSpans(ctx, f)) < (model.threshold[c] as number)) { passed(rule, p, s, 'under the bar without the names in it'); continue; }
      const why = topReasons(model, t, explained, c).map((r) => JSON.stringify(r)).join(', ');
      addFinding(ctx, f, rule.rule.kind, rule.severity, s.start, s.end,
        `${rule.rule.message} (${p.toFixed(2)})${why === '' ? '' : `: ${why}`}`, rule.rule.id);
    }
  }
}
