/**
 * hidden_text: characters that make a reviewer see something other than what is sent —
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C),
 * zero-width and invisible formatting characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+180E,
 * U+00AD, U+034F), and Unicode tag characters (U+E0000–U+E007F, "ASCII smuggling").
 * Runs on the ORIGINAL text: folding deletes exactly these characters.
 *
 * Not hidden: a zero-width joiner between two emoji (👩‍💻 is one visible glyph), a joiner or
 * non-joiner inside a word of a script that spells with them (Sinhala, Hindi, Bengali, Persian), and
 * a byte order mark at the very start of the text.
 *
 * detectHiddenHtml: text an HTML body hides from the reader but not from a machine that reads it
 * (a spam filter, the recipient's mail assistant) — an element styled display:none,
 * visibility:hidden, font-size:0, opacity:0, max-height:0 with overflow hidden, or carrying the
 * `hidden` attribute or aria-hidden with such a style — when it holds words. The classic carrier
 * of prompt injection ("ignore previous instructions…") and of preview text a reviewer never sees.
 * A hidden element with no words in it (a spacer, a tracking pixel's wrapper) is not reported.
 */
import type { FieldText, ScanContext } from './context.js';
import { lineEndOf, lineStartOf } from './text-index.js';

const HIDDEN_RE = /(?:[\u202A-\u202E\u2066-\u2069\u200B-\u200F\u2060-\u2064\uFEFF\u180E\u00AD\u034F\u061C]|\u{E0000}|[\u{E0001}-\u{E007F}])+/gu;
const PICTO = /\p{Extended_Pictographic}/u;
/** Scripts whose spelling uses the zero-width joiner and non-joiner: Arabic and Persian, the Indic scripts, Sinhala, Myanmar, Khmer. */
const JOINING_SCRIPT = /[\u0600-\u06FF\u0900-\u0DFF\u1000-\u109F\u1780-\u17FF]/;

/** Letters of the right-to-left scripts a direction mark serves: Hebrew, Arabic, Syriac, Thaana. */
const RTL_SCRIPT = /[\u0590-\u07BF]/;

export function detectHidden(ctx: ScanContext, f: FieldText): void {
  const rule = ctx.rules.detector('hidden-text');
  if (rule === undefined) return;
  const source = f.text.source;
  // Pure ASCII (the common case) cannot hold any of them.
  if (f.text.startMap === null) return;
  for (const m of source.matchAll(HIDDEN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 && m[0] === '\uFEFF') continue;
    // A joiner or non-joiner inside a word of a script that spells with them (Sinhala "ශ්‍රී", Hindi
    // and Bengali conjuncts, Persian): part of the word as the reader sees it (thirty-ninth session, BG).
    if ((m[0] === '\u200D' || m[0] === '\u200C') && JOINING_SCRIPT.test(source.charAt(start - 1)) && JOINING_SCRIPT.test(source.charAt(end))) continue;
    // A single direction mark (LRM, RLM, the Arabic letter mark) on a line written in Arabic or
    // Hebrew, beside a number or a letter: how right-to-left text keeps "22 ريالًا" or a Latin name
    // in order (fortieth session, BS), or before a phone number's "+" ("(\u200e+20 100 700 4455)",
    // forty-third session, NX) or a price's currency sign ("\u200f₪690 לרישיון", fifty-fourth session, NAR). An override or an isolate still fires.
    if (/^[\u200E\u200F\u061C]$/.test(m[0]) && RTL_SCRIPT.test(source.slice(lineStartOf(source, start), lineEndOf(source, start)).replace(/[\u200E\u200F\u061C]/g, '')) && (/[\p{L}\p{N}]/u.test(source.charAt(end) + source.charAt(start - 1)) || /^[+(]?\p{Sc}?\d/u.test(source.slice(end, end + 3)))) continue;
    // So is one opening a phone number's own line under a signature written in Arabic ("Ironmere مصر"
    // then "\u200e+20 100 482 3317", forty-seventh session, VW): the mark keeps the "+" on the left.
    if (/^[\u200E\u200F]$/.test(m[0]) && /^[ \t]*$/.test(source.slice(lineStartOf(source, start), start)) && /^\+?\(?\d[\d ()./-]{5,24}[ \t]*$/.test(source.slice(end, lineEndOf(source, start))) && RTL_SCRIPT.test(source.slice(Math.max(0, start - 200), start))) continue;
    if (m[0] === '\u200D') {
      const before = source.codePointAt(Math.max(0, start - 2)) ?? 0;
      const prev = source.charCodeAt(start - 1);
      const beforeCp = prev >= 0xdc00 && prev <= 0xdfff ? before : prev;
      const after = source.codePointAt(end) ?? 0;
      if (PICTO.test(String.fromCodePoint(beforeCp)) || PICTO.test(String.fromCodePoint(after)) || beforeCp === 0xfe0f) continue;
    }
    const names = [...new Set([...m[0]].map(describe))].join(', ');
    ctx.findings.push({
      kind: rule.rule.kind, severity: rule.severity, field: f.field, start, end, excerpt: m[0],
      message: `${m[0].length === 1 ? 'an invisible character' : `${[...m[0]].length} invisible characters`} (${names}): the reviewer sees different text than the recipient`,
      rule: rule.rule.id,
    });
  }
}

// An opening tag whose style or attributes hide it. Bounded: a tag is at most 600 characters.
const HIDING_TAG = /<([a-z][a-z0-9]*)\b[^<>]{0,600}?(?:\shidden(?=[\s>/=])|style\s*=\s*(["'])[^"'<>]{0,400}?(?:display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?:\.0+)?(?:px|pt|em|rem|%)?\s*(?:[;"'!]|$)|opacity\s*:\s*0(?:\.0+)?\s*(?:[;"'!]|$)|max-height\s*:\s*0(?:px)?\s*[;"'!][^"'<>]{0,200}?overflow\s*:\s*hidden|overflow\s*:\s*hidden[^"'<>]{0,200}?max-height\s*:\s*0(?:px)?\s*(?:[;"'!]|$))[^<>]*>)/gi;

export function detectHiddenHtml(ctx: ScanContext, f: FieldText): void {
  const rule = ctx.rules.detector('hidden-html');
  if (rule === undefined) return;
  const source = f.text.source;
  if (source.indexOf('<') === -1) return;
  HIDING_TAG.lastIndex = 0;
  let lowerSource: string | undefined;
  for (let m = HIDING_TAG.exec(source); m !== null; m = HIDING_TAG.exec(source)) {
    const tag = (m[1] ?? '').toLowerCase();
    const open = m.index;
    const inner = m.index + m[0].length;
    // The element's content runs to its closing tag (or, unclosed, to the next tag or 400 characters).
    const close = (lowerSource ??= source.toLowerCase()).indexOf(`</${tag}`, inner);
    const end = close === -1 ? Math.min(source.length, inner + 400) : close;
    const text = source.slice(inner, end).replace(/<[^<>]*>/g, ' ').replace(/&nbsp;|&#160;|&zwnj;|&#8204;/gi, ' ');
    const words = text.match(/\p{L}{2,}/gu) ?? [];
    if (words.length === 0) continue;
    const shown = text.replace(/\s+/g, ' ').trim();
    ctx.findings.push({
      kind: rule.rule.kind, severity: rule.severity, field: f.field, start: open, end: close === -1 ? end : close + tag.length + 3,
      excerpt: shown.length > 80 ? `${shown.slice(0, 77)}…` : shown,
      message: `text hidden by HTML (<${tag}> not displayed): the recipient's software reads it, the recipient and the reviewer don't see it`,
      rule: rule.rule.id,
    });
    HIDING_TAG.lastIndex = end;
  }
}

function describe(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x61c) return 'bidirectional control';
  if (cp >= 0xe0000) return 'tag character';
  if (cp === 0xad) return 'soft hyphen';
  return `zero-width U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
