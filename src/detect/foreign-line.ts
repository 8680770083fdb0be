/**
 * A line in another language inside an English email: "Σημείωση για Νίκο: ο Ανδρέας δεν αποφασίζει…",
 * "EY notu – bütçeleri Mart'ta donduruluyor", "catatan: cek dulu sama finance…" between English
 * paragraphs is the team's language, not the reader's: a note a colleague or the rep left in the
 * draft. The sentence model reads English and nine languages through its lexicon
 * (model/lexicon.ts); this detector covers the languages it cannot read: any line written mostly in
 * a non-Latin script (Greek, Cyrillic, Arabic, Hebrew, Korean, Chinese, Japanese, Thai,
 * Devanagari), and lines in Turkish, Indonesian and Malay, Afrikaans, Polish, Tagalog, Swahili or
 * Irish, told by their function words.
 *
 * Only a line with a note's shape: a label, initials or a name before a colon or a dash, brackets,
 * or an emoji first (a courtesy line in the reader's language has none). An email written in that
 * language, or in two languages side by side, is not a note: the line is
 * reported only when no other line of the email (greeting and sign-off included) is in that
 * language or script, the rest of the email holds three English sentences or more and hardly any
 * other script, and the line is neither the greeting, the closing formula ("مع خالص التقدير
 * والاحترام،"), the signature, a quoted line, nor code.
 */
import { addFinding, type FieldText, type ScanContext } from './context.js';
import { inCodeBlock } from './code-block.js';
import { QUOTED_PART_START } from './normalize.js';
import { ENGLISH } from './language.js';

const SCRIPTS: ReadonlyArray<readonly [string, RegExp]> = [
  ['Greek', /\p{Script=Greek}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Chinese or Japanese', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
];
const ANY_SCRIPT = new RegExp(SCRIPTS.map(([, re]) => re.source).join('|'), 'u');

/** Function words that English does not write, by language. */
const TURKISH = new Set('ve bir bu için ile ama çok daha sonra önce gibi olarak var yok kadar şu ben biz siz onlar değil eğer veya ya mı mi mu mü diye ancak hem'.split(' '));
const TURKISH_LETTERS = /[çğışöüÇĞİŞÖÜ]/;
const INDONESIAN = new Set('dan yang di ke dari untuk dengan ini itu tidak akan sudah belum bisa ada kami kita saya anda mereka jika atau juga tolong dulu sama apakah karena kalau jadi tetap minta lebih'.split(' '));
/** One of the Indonesian words of three letters or more: the prefilter for an Indonesian line. */
const INDONESIAN_ANY = new RegExp(`(?<![\\p{L}])(?:${[...INDONESIAN].filter((w) => w.length >= 3).join('|')})(?![\\p{L}])`, 'iu');
/**
 * Latin-script languages the lexicon does not read, by function words English does not write:
 * Afrikaans, Polish, Tagalog, Swahili and Irish (a word English writes too is dropped from the
 * lists). A line needs three of one language's words and more of them than of English's.
 */
const LATIN_OTHERS: ReadonlyArray<readonly [string, ReadonlySet<string>]> = ([
  ['Afrikaans', new Set('hulle nie vir ons jy julle ek sal moet baie asseblief dankie oor gesê wat hierdie daardie omdat nog reeds gaan weet hom haar ook maar dit het kry'.split(' '))],
  ['Polish', new Set('nie jest się że jak czy już tylko jeszcze może trzeba proszę dla przez oraz albo jego jej ich mnie są będzie był była zanim sprawdź potwierdź'.split(' '))],
  ['Tagalog', new Set('ang ng mga sa ko po ito iyan namin natin kami kayo sila siya niya nila hindi para kung pero lang rin naman yung kasi dito doon'.split(' '))],
  ['Swahili', new Set('kwa ni za katika hii hiyo huyo yeye wao sisi wewe mimi lakini kama tafadhali asante bado sana pia kuhusu kabla baada ya na wa kwenye usisahau usiseme usimwambie ada hapa sasa leo kesho bila hadi kuna hakuna ndiyo ndio hapana nini gani kwamba lazima mteja wateja bei punguzo'.split(' '))],
  // Egyptian and Levantine Arabic in Latin letters ("matensash te3mel el invoice abl el kick-off"): the digit-letters split words, the function words stay.
  ['Arabic in Latin letters', new Set('ya abl bas mesh msh lazem lazim yalla fel lel keda matensash matnsash matensa howa heya ehna enta enti akid delwa2ti ba3d 3ashan 3ala ma3a'.split(' '))],
  ['Irish', new Set('agus ar gan níl tá bhí sé sí siad muid sibh mé tú ach nó má faoi leis ná luaigh fós'.split(' '))],
] as const).map(([name, words]) => [name, new Set([...words].filter((w) => !ENGLISH.has(w)))] as const);
/** A word of three letters or more of one of LATIN_OTHERS: the prefilter for such a line. */
const LATIN_OTHERS_ANY = new RegExp(`(?<![\\p{L}])(?:${[...new Set(LATIN_OTHERS.flatMap(([, words]) => [...words].filter((w) => w.length >= 3)))].join('|')})(?![\\p{L}])`, 'iu');
const WORD = /[\p{L}'’]+/gu;

/** The language or script a line is written in, when it is not English: null for English or too short a line. */
export function lineLanguage(line: string): string | null {
  const words = line.match(WORD) ?? [];
  if (words.length === 0) return null;
  for (const [name, re] of SCRIPTS) {
    const inScript = words.filter((w) => re.test(w)).length;
    // A run of Chinese or Japanese is one "word": a line of it is long enough at one run of 6 characters.
    if (inScript / words.length >= 0.6 && (words.length >= 4 || line.replace(/[^\p{L}]/gu, '').length >= 6)) return name;
  }
  if (words.length < 4) return null;
  const lower = words.map((w) => w.toLowerCase());
  if (lower.filter((w) => TURKISH.has(w)).length >= 2 && TURKISH_LETTERS.test(line)) return 'Turkish';
  if (lower.filter((w) => INDONESIAN.has(w)).length >= 3) return 'Indonesian or Malay';
  const english = lower.filter((w) => ENGLISH.has(w)).length;
  for (const [name, set] of LATIN_OTHERS) {
    const n = lower.filter((w) => set.has(w)).length;
    if (n >= 3 && n > english) return name;
  }
  return null;
}

/** Any word of the language or script in a line (a greeting "السيد خالد المحترم،" counts). */
function hasLanguage(line: string, language: string): boolean {
  const script = SCRIPTS.find(([name]) => name === language);
  if (script !== undefined) return script[1].test(line);
  return lineLanguage(line) === language;
}

/**
 * The opening of a note: after an optional list mark, brackets, an emoji, a name with an honorific
 * and a comma ("민서 씨, …": the line speaks to a colleague), or up to four words then a colon or a
 * spaced dash.
 */
const NOTE_SHAPE_RE = /^[ \t]*(?:[-*•–][ \t]+)?(?:[([{【]|\p{Extended_Pictographic}|(?:[\p{L}\p{N}]+[ \t]?){1,2}(?:씨|님|さん|様|くん|先生|老师)[ \t]*[,，、]|(?:[\p{L}\p{N}'’.]+[ \t]+){0,3}[\p{L}\p{N}'’.]+[ \t]*(?::|：|[ \t][-–—][ \t]))/u;

const CLOSING_RE = /[,،，、]\s*$/;

/** The index of the sign-off's closing line: a short line ending with a comma in the second half of the email, or -1. */
function lastClosing(lines: ReadonlyArray<{ line: string }>): number {
  for (let i = lines.length - 1; i >= Math.max(1, Math.floor(lines.length / 2)); i--) {
    const l = (lines[i] as { line: string }).line.trim();
    if (CLOSING_RE.test(l) && (l.match(WORD) ?? []).length <= 5) return i;
  }
  return -1;
}

/** The last line of the signature under the closing line at `closing`: up to the next blank line. */
function signatureLast(text: string, lines: ReadonlyArray<{ start: number; end: number }>, closing: number): number {
  let i = closing;
  while (i + 1 < lines.length && !/\n[ \t]*\n/.test(text.slice((lines[i] as { end: number }).end, (lines[i + 1] as { start: number }).start + 1))) i++;
  return i;
}

export function detectForeignLine(ctx: ScanContext, f: FieldText): void {
  if (f.field === 'subject') return;
  const rule = ctx.rules.detector('foreign-line');
  if (rule === undefined) return;
  const text = f.text.folded;
  // Quick exit: nothing outside ASCII Latin and no Turkish or Indonesian function word.
  if (!ANY_SCRIPT.test(text) && !TURKISH_LETTERS.test(text) && !INDONESIAN_ANY.test(text) && !LATIN_OTHERS_ANY.test(text)) return;
  const quoted = QUOTED_PART_START.exec(text);
  const stop = quoted === null ? text.length : quoted.index;
  const lines: Array<{ start: number; end: number; line: string }> = [];
  for (let at = 0; at < stop;) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 || nl > stop ? stop : nl;
    const line = text.slice(at, end);
    if (line.trim() !== '') lines.push({ start: at, end, line });
    at = end + 1;
  }
  // The greeting is the first line; the sign-off its closing line ("Saygılarımla,", "Best,") and
  // the signature under it, up to the next blank line (a note after the signature is a candidate).
  const closing = lastClosing(lines);
  const signatureEnd = closing < 0 ? lines.length : signatureLast(text, lines, closing);
  // A signature's lines after the name count too: a note under a title with no blank line between
  // ("Account Executive, Ourco\nCape Town\nLet wel: hulle het …") is still a note (its shape decides).
  const inner = lines.filter((_, i) => i > 0 && (closing < 0 ? i < lines.length - 3 : i < closing || i > closing + 1));
  const candidates = inner
    .map((l) => ({ ...l, language: lineLanguage(l.line) }))
    .filter((l): l is typeof l & { language: string } => l.language !== null);
  if (candidates.length !== 1) return;
  const c = candidates[0] as (typeof candidates)[number];
  if (CLOSING_RE.test(c.line) || /^\s*>/.test(c.line) || inCodeBlock(f.text.lower, c.start)) return;
  // A note's shape: a label, initials or a name and a colon or dash, brackets, or an emoji first
  // ("EY notu – …", "catatan: …", "Σημείωση για Νίκο: …", "(메모: …)", "🚩 …"). A courtesy line in
  // the reader's language ("お忙しいところ恐れ入りますが…") has none.
  if (!NOTE_SHAPE_RE.test(c.line)) return;
  // An email in that language, or in two side by side: another line holds it too.
  // Any other line in that language makes the email bilingual (a greeting in it writes to a reader
  // who reads it), except for a line left under the signature: there the rep's own closing
  // ("Με εκτίμηση,") and greeting say nothing about who the line is for.
  const ci = lines.findIndex((l) => l.start === c.start);
  const afterSignature = closing >= 0 && ci > signatureEnd;
  const others = lines.filter((l, i) => l.start !== c.start && (!afterSignature || (i > 0 && (i < closing || i > signatureEnd))));
  if (others.some((l) => hasLanguage(l.line, c.language))) return;
  const rest = others.map((l) => l.line).join('\n');
  const letters = rest.match(/\p{L}/gu) ?? [];
  if (letters.filter((ch) => ANY_SCRIPT.test(ch)).length > letters.length * 0.1) return;
  const english = rest.split(/(?<=[.!?])\s+|\n/).filter((s) => (s.toLowerCase().match(/[a-z'’]+/g) ?? []).filter((w) => ENGLISH.has(w)).length >= 2).length;
  if (english < 3) return;
  const lead = c.line.length - c.line.trimStart().length;
  addFinding(ctx, f, rule.rule.kind, rule.severity, c.start + lead, c.end,
    `a line in ${c.language} inside an English email: a note for the team left in the draft?`, rule.rule.id);
}
