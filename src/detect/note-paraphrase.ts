/**
 * sensitive_field from an account note said in other words. The book's six-word runs catch a
 * note copied; an agent that has read "Procurement wants another five points off before they
 * will sign the renewal paperwork" more often writes "I understand procurement is after another
 * five points off before signing". Such a sentence shares several stemmed content words with the
 * note, at least two of them distinctive.
 *
 * What keeps it quiet on ordinary sales text:
 * - only the notes of the draft's own account and of accounts it names are read, never the
 *   whole book (a sentence always shares three words with some note among thousands);
 * - function words never count, and common sales words (team, budget, pricing, call, review…)
 *   count toward the three but are never distinctive;
 * - in a book with many notes, a stem found in more than 3% of them is common too, whatever the
 *   list says (each CRM has its own house vocabulary);
 * - one sentence at a time, so words scattered over a long email never add up.
 */
import { stemmer } from 'stemmer';
import type { Book } from './book.js';
import { addFinding, type FieldText, type ScanContext } from './context.js';
import { toSource } from './normalize.js';
import { parseDateValue, parseNumberValue } from './numbers.js';

/** Words that carry no content of a note. */
const FUNCTION_WORDS = new Set(
  ('a an the and or but nor so yet for of to in on at by with from into onto over under about after before until ' +
    'as than then that this these those there here it its it\'s they them their theirs he him his she her hers we us ' +
    'our ours you your yours i me my mine who whom whose which what when where why how is are was were be been being ' +
    'am do does did done have has had having will would shall should can could may might must not no any some all ' +
    'each every both either neither other another such only own same very just also too more most much many few ' +
    'one if because while though although whether up down out off again further once per via s t re ve ll d m ' +
    'get got gets getting let lets still even really well back way thing things lot bit let\'s know think want wants ' +
    'said says say like make made keep kept going go goes went take took come came see seen look looking').split(' '),
);

/**
 * Words any sales email uses: they count toward the shared three but never make a sentence
 * distinctive. Stemmed forms are compared, so "pricing" covers "price" and "priced".
 */
const COMMON_SALES = new Set(
  ('team teams customer customers client clients company companies business budget budgets price pricing cost costs ' +
    'plan plans call calls meeting meetings demo time times week weeks month months quarter year years day days ' +
    'review reviews contract contracts renewal renew deal deals sales sale product products platform tool tools ' +
    'data support help work working process processes people new next last current first data security onboarding ' +
    'lead leads head order form forms paper paperwork sign signed value feature features option options vendor ' +
    'vendors solution solutions service services account accounts email emails question questions update updates ' +
    'today tomorrow soon happy great good better best thanks thank hope glad open close closed start started ' +
    'manager managers director leadership board decision decisions approval approve approved ' +
    // Everyday verbs and adjectives of any email: "happy to send a short deck if you prefer".
    'prefer short long quick small big large high low easy fast send share talk walk reach follow need use run set ' +
    'try ask find give feel call jump chat sit spend save move stay hear heard read mention mentioned whole part ' +
    'full real sure right able free live').split(' ').map((w) => stemmer(w)),
);

/** In a book with at least this many notes, a stem in more than DF_COMMON of them is common. */
const DF_MIN_NOTES = 100;
const DF_COMMON = 0.03;
const MIN_SHARED = 3;
const MIN_DISTINCTIVE = 2;

interface NoteStems {
  field: string;
  stems: ReadonlySet<string>;
}

interface NoteIndex {
  byAccount: ReadonlyMap<number, readonly NoteStems[]>;
  /** Per account with notes: the first three letters of its notes' stems (see `headsOf`). */
  headsByAccount: ReadonlyMap<number, ReadonlySet<string>>;
  /** Stems too frequent across the book's notes to be distinctive. */
  frequent: ReadonlySet<string>;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Word → its stem, or '' for a word that carries no content. Drafts reuse the same words. */
const stems = new Map<string, string>();
const STEM_MEMO_MAX = 100_000;

/** Periods a note pins a plan to, short as they are: "budget freeze until Q2", "signing in H2", "FY26 budget". */
const PERIOD = /^(?:q[1-4]|h[12]|fy\d{2}(?:\d{2})?)$/;

/**
 * Irregular forms the stemmer leaves apart, as a restatement changes them: the note's "budget
 * freeze" is the draft's "budgets are frozen", "may leave" is "has left".
 */
const IRREGULAR: Record<string, string> = {
  froze: 'freeze', frozen: 'freeze', left: 'leave', chose: 'choose', chosen: 'choose', lost: 'lose', spent: 'spend',
  sold: 'sell', bought: 'buy', paid: 'pay', told: 'tell', fell: 'fall', fallen: 'fall', won: 'win', began: 'begin', begun: 'begin',
  grew: 'grow', grown: 'grow', broke: 'break', broken: 'break', wrote: 'write', written: 'write', hired: 'hire', fired: 'fire',
  signed: 'sign', quit: 'quit', cut: 'cut', slipped: 'slip', stalled: 'stall', delayed: 'delay', shrank: 'shrink', shrunk: 'shrink',
};

/** Stem → the irregular forms that read as it. */
const IRREGULAR_BY_STEM = new Map<string, string[]>();
for (const [form, base] of Object.entries(IRREGULAR)) {
  const st = stemmer(base);
  IRREGULAR_BY_STEM.set(st, [...(IRREGULAR_BY_STEM.get(st) ?? []), form]);
}

function stemOf(raw: string): string {
  let s = stems.get(raw);
  if (s === undefined) {
    const bare = raw.replace(/['’]s$/, '').replace(/['’-]/g, '');
    const w = IRREGULAR[bare] ?? bare;
    s = PERIOD.test(w) ? w : w.length < 3 || FUNCTION_WORDS.has(w) ? '' : stemmer(w);
    if (stems.size >= STEM_MEMO_MAX) stems.clear();
    stems.set(raw, s);
  }
  return s;
}

/** Stemmed content words of a text. */
function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD_RE)) {
    const s = stemOf(m[0]);
    if (s !== '') out.push(s);
  }
  return out;
}

/** A free-text value (a note), not a number, a date or a one-word label. */
function isNote(value: string): boolean {
  if (parseNumberValue(value) !== null || parseDateValue(value) !== null) return false;
  return value.trim().split(/\s+/).length >= 5;
}

const indexes = new WeakMap<Book, NoteIndex>();

function noteIndex(book: Book): NoteIndex {
  let index = indexes.get(book);
  if (index !== undefined) return index;
  const byAccount = new Map<number, NoteStems[]>();
  const df = new Map<string, number>();
  let notes = 0;
  book.accounts.forEach((account, a) => {
    for (const field of book.sensitiveFields) {
      const value = account.sensitive[field];
      if (typeof value !== 'string' || !isNote(value)) continue;
      const stems = new Set(contentStems(value));
      if (stems.size < MIN_SHARED) continue;
      notes++;
      for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
      const list = byAccount.get(a);
      if (list === undefined) byAccount.set(a, [{ field, stems }]);
      else list.push({ field, stems });
    }
  });
  const frequent = new Set<string>();
  if (notes >= DF_MIN_NOTES) for (const [s, n] of df) if (n / notes > DF_COMMON) frequent.add(s);
  const headsByAccount = new Map<number, ReadonlySet<string>>();
  for (const [a, list] of byAccount) {
    const heads = new Set(list.flatMap((note) => [...note.stems].map((st) => st.slice(0, 3))));
    // An irregular form starts otherwise than its stem ("frozen" for "freez"): its head is in play too.
    for (const note of list) for (const st of note.stems) for (const form of IRREGULAR_BY_STEM.get(st) ?? []) heads.add(form.slice(0, 3));
    headsByAccount.set(a, heads);
  }
  index = { byAccount, headsByAccount, frequent };
  indexes.set(book, index);
  return index;
}

/** Sentence spans of a text: runs ending at . ! ? (kept) or a line break. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    // 10 "\n"; 46 ".", 33 "!", 63 "?".
    if (c === -1 || c === 10 || ((c === 46 || c === 33 || c === 63) && (i + 1 === text.length || isJsSpace(text.charCodeAt(i + 1))))) {
      // The sentence keeps its closing mark; a line break is not part of it.
      if (i > start) out.push([start, c !== -1 && c !== 10 ? i + 1 : i]);
      start = i + 1;
    }
  }
  return out;
}

/** Exactly the UTF-16 units `/\s/` matches (WhiteSpace and LineTerminator), without a regex per character. */
function isJsSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The note of `account` a sentence restates, if any. */
function restated(index: NoteIndex, account: number, said: ReadonlySet<string>): NoteStems | undefined {
  for (const note of index.byAccount.get(account) ?? []) {
    let shared = 0;
    let distinctive = 0;
    for (const s of note.stems) {
      if (!said.has(s)) continue;
      shared++;
      if (!COMMON_SALES.has(s) && !index.frequent.has(s)) distinctive++;
    }
    if (shared >= MIN_SHARED && distinctive >= MIN_DISTINCTIVE) return note;
  }
  return undefined;
}

/**
 * The first three letters of every stem of the notes in play: a word that starts otherwise can
 * share no stem with them (a Porter stem keeps its word's first three letters), so most words of a
 * draft are passed over without being stemmed.
 */
function headsOf(index: NoteIndex, accounts: readonly number[]): ReadonlySet<string> {
  // Built with the index, per account: a draft usually reads one account's notes.
  if (accounts.length === 1) return index.headsByAccount.get(accounts[0] as number) ?? new Set();
  const heads = new Set<string>();
  for (const a of accounts) for (const h of index.headsByAccount.get(a) ?? []) heads.add(h);
  return heads;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A word character of folded lower-case text: ASCII by table, the rest by Unicode class. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i] as string);
}

/** "'", "’" or "-": inside a word they keep it whole. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45;
}

/** ASCII heads as numbers (7 bits a unit), so most words are checked without slicing their head out. */
const asciiHeads = new WeakMap<ReadonlySet<string>, ReadonlySet<number>>();

function asciiKey(a: number, b: number, c: number): number {
  return a | (b << 7) | (c << 14);
}

function asciiHeadsOf(heads: ReadonlySet<string>): ReadonlySet<number> {
  let keys = asciiHeads.get(heads);
  if (keys === undefined) {
    const set = new Set<number>();
    for (const h of heads) {
      if (h.length === 3 && h.charCodeAt(0) < 128 && h.charCodeAt(1) < 128 && h.charCodeAt(2) < 128) {
        set.add(asciiKey(h.charCodeAt(0), h.charCodeAt(1), h.charCodeAt(2)));
      }
    }
    keys = set;
    asciiHeads.set(heads, keys);
  }
  return keys;
}

/** Whether text[at, at + 3) is one of the heads (`ascii`: the same heads as numbers). */
function hasHead(heads: ReadonlySet<string>, ascii: ReadonlySet<number>, text: string, at: number): boolean {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  if (a < 128 && b < 128 && c < 128) return ascii.has(asciiKey(a, b, c));
  return heads.has(text.slice(at, at + 3));
}

/** Stems of the words of text[from, to) whose first three letters are in `heads` (one pass, no regex per word). */
function stemsHeaded(text: string, from: number, to: number, heads: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  const ascii = asciiHeadsOf(heads);
  let i = from;
  while (i < to) {
    if (!isWordChar(text, i)) {
      i++;
      continue;
    }
    const start = i;
    // Apostrophes and hyphens inside a word keep it whole ("you've", "follow-up").
    while (i < to && (isWordChar(text, i) || (isJoiner(text.charCodeAt(i)) && i + 1 < to && isWordChar(text, i + 1)))) i++;
    if (i - start < 3) {
      // A two-letter period ("Q2", "H1") counts when a note in play names it.
      const c = text.charCodeAt(start);
      // 113 "q", 104 "h": only they start a two-letter period, so other short words are never sliced.
      if (i - start === 2 && (c === 113 || c === 104)) {
        const word = text.slice(start, i);
        if (heads.has(word) && PERIOD.test(word)) out.add(word);
      }
      continue;
    }
    if (!hasHead(heads, ascii, text, start)) continue;
    const s = stemOf(text.slice(start, i));
    if (s !== '') out.add(s);
  }
  return out;
}

/** A sentence that already carries a sensitive finding (a copied run, a value) needs no second one. */
function alreadySensitive(ctx: ScanContext, f: FieldText, start: number, end: number): boolean {
  const span = toSource(f.text, start, end);
  return ctx.findings.some((g) => g.kind === 'sensitive_field' && g.field === f.field && g.start < span.end && g.end > span.start);
}

export function detectNoteParaphrase(ctx: ScanContext, f: FieldText): void {
  const rule = ctx.rules.detector('note-paraphrase');
  if (rule === undefined) return;
  const index = noteIndex(ctx.book);
  const accounts = [ctx.accountIndex, ...[...ctx.named].filter((a) => a !== ctx.accountIndex)].filter((a) => index.byAccount.has(a));
  if (accounts.length === 0) return;
  const { lower } = f.text;
  const heads = headsOf(index, accounts);
  for (const [start, end] of sentences(lower)) {
    const said = stemsHeaded(lower, start, end, heads);
    if (said.size < MIN_SHARED || alreadySensitive(ctx, f, start, end)) continue;
    for (const a of accounts) {
      const note = restated(index, a, said);
      if (note === undefined) continue;
      const who = a === ctx.accountIndex ? 'this account' : (ctx.book.accounts[a]?.name ?? 'another account');
      const from = start + (lower.slice(start, end).length - lower.slice(start, end).trimStart().length);
      addFinding(ctx, f, rule.rule.kind, rule.severity, from, end, `restates the ${note.field.replaceAll('_', ' ')} of ${who} in other words`, rule.rule.id);
      break;
    }
  }
}
