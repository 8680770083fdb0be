/**
 * A slot named, not left unfilled: the sentence talks ABOUT a placeholder or a template tag
 * ("type your company name where it says [Company]", "{{first_name}} is replaced automatically",
 * "choose [Optional] in the drop-down", "In Handlebars you loop with {{#each items}}"). An unfilled
 * slot sits in the sentence as the word it stands for ("Hi [First Name], I saw [recent news]"), and
 * nothing around it names it as a field, a label or a tag.
 *
 * Read on lower-cased text, mostly from the sentence around the match (the words just before and
 * just after it); a few readings look wider: a bracket convention stated before the slot or just
 * after it, a quoted sample, and whether the whole email talks about templates (`talksTemplates`).
 * Used through the rule format's `not_in: [mention]`.
 */
import { countIn, firstAtLeast, lastAtMost, lineStartOf, paragraphOf, perText, textIndex } from './text-index.js';

/** Words just before a slot that name it: a label on a screen, a field, a tag, an example. */
const BEFORE = new RegExp(
  String.raw`(?:` +
    // "where it says [Company]", "the form that says", "the letter template says 'Dear [Name]'"
    String.raw`\b(?:it|that|which|(?:(?:the|each|every|a|your|our) )?(?:[\w-]+ )?(?:form|field|template|page|screen|box|button|label|column|line|letter|email|subject|header|link|menu|option|badge|card|ticket|receipt|certificate|confirmation|sign|wristband|step|flow|message|push|notification|sms|variant|version|block|module|section|banner|journey|automation|workflow|copy|url|endpoint|path|call|request|query|preheader|greeting)s?(?: \d{1,2})?)(?: still| also| then| now)? (?:(?:can|will|should|could|would) (?:also )?)?(?:says|said|reads|read|shows|showed|displays|displayed|uses|used|use|contains|contained|has|had|prints|printed|includes|included|include|inserts|inserted|insert|pulls in|pull in)` +
    String.raw`|\b(?:labell?ed|marked|called|named|titled|tagged)` +
    // "the merge field", "the placeholder", "the tag"
    String.raw`|\b(?:the|a|an|this|that|each|every|our|your|these|those|both|two|three|four) (?:[\w-]+ )?(?:merge[ -])?(?:field|column|heading|tag|token|variable|placeholder|parameter|macro|snippet|shortcode)s?` +
    // a choice on a screen: "choose [Optional]", "click [Save]"
    String.raw`|\b(?:choose|select|pick|click|tick|untick|uncheck|press|tap|toggle|set it to|switch to)(?: on)?(?: the)?` +
    // a form's field the reader fills: "in the portal, fill in [Company Name] and [VAT number]"
    String.raw`|\b(?:fill in|fill out|type in)(?: the)?` +
    // how to write it: "you loop with", "the syntax is", "placeholders such as"
    String.raw`|\byou (?:loop|write|type|use|insert|add|put|wrap|reference|mark) (?:[\w-]+ ){0,2}?(?:with|as|using|like)` +
    String.raw`|\b(?:syntax|format|notation)(?: is| looks like)?` +
    String.raw`|\b(?:placeholders?|tags?|variables?|fields?|tokens?|macros?|shortcodes?|merge fields?) (?:like|such as|e\.g\.)` +
    // "guillemet-style fields, for example «Effective Date»", "fields (e.g. [Counterparty])"
    String.raw`|\b(?:placeholders?|tags?|variables?|fields?|tokens?|macros?|shortcodes?)\b[^.!?\n]{0,30}?[,(;:][ \t]*(?:for example|for instance|e\.g\.|such as|including|like)` +
    String.raw`|\bstand-?in` +
    // the name of a kind of tag: "Confirmation link merge tag: {{doi_confirm_url}}", "the Liquid variable"
    String.raw`|\b(?:merge|liquid|handlebars|template|personali[sz]ation|dynamic)[ -](?:fields?|tags?|tokens?|variables?|placeholders?|syntax)` +
  String.raw`)[\s:,"'“‘(]*$`,
);

/**
 * Words right before a merge tag in curly brackets that make it the thing talked about: "a
 * progress message, using {{loyalty.spend_to_next_tier}}", "a contact-specific deadline, for
 * example {{loyalty.expiry_date}}", "personalised via {{first_name}}". Curly brackets only: "for
 * example [Customer] cut onboarding time by 40%" is a story with its customer left out.
 */
const BEFORE_CURLY = /\b(?:using|via|for example|for instance|e\.g\.|such as|with the tag|with the variable)[\s:,"'“‘(]*$/;

/** Words of an email that talks about templates: their tags, variables and syntax. */
const TEMPLATE_TALK = /\b(?:templates?|merge[ -]?(?:tags?|fields?)|tags?|fields?|variables?|placeholders?|personali[sz](?:ation|ed|e)|liquid|handlebars|syntax|tokens?|fallbacks?|default values?|snippets?|payloads?|webhooks?|endpoints?|csv|columns?)\b/g;

/**
 * Whether the text talks about templates: at least three different words of TEMPLATE_TALK ("the
 * template", "merge tags", "a fallback"), or two beside three tags. Such an email writes tags to
 * show them; a seller's draft with a tag left in it says none of those words.
 */
const talksTemplates = perText((lower: string): boolean => {
  const words = new Set<string>();
  for (const m of lower.matchAll(TEMPLATE_TALK)) words.add((m[0].replace(/s$/, '').split(/[ -]/)[0]) ?? m[0]);
  // Two such words do when the text shows three tags or more: "Your current provider uses
  // percent signs around field names" above "%FIRSTNAME%, your appointment at %LOCATION%…".
  return words.size >= 3 || (words.size >= 2 && (lower.match(MACHINE_SLOTS) ?? []).length >= 3);
});

/** A tag in a template language's own syntax: "{{first_name}}", "{{ user.name | default: 'x' }}", "{1}", "{contact_id}", "%FIRSTNAME%", "*|FNAME|*", "${list_id}", "{% if … %}". */
const MACHINE_SLOT = /^(?:\{\{[^{}\n]{1,80}\}\}|\{[a-z0-9_.]{1,40}\}|%[a-z0-9_]{2,30}%|\*\|[a-z0-9_]{2,30}\|\*|\$\{[^{}\n]{1,40}\}|\{%[^%\n]{1,80}%\})$/;

/** MACHINE_SLOT's shapes, anywhere in a text. */
const MACHINE_SLOTS = new RegExp(MACHINE_SLOT.source.slice(1, -1), 'g');

/**
 * Whether `at` is on the text's first line with words ("Hi {{first_name}},", a subject): the
 * email's own greeting, where a tag left in is the draft's mistake whatever the email talks about.
 * A template shown further down greets its own readers.
 */
function onGreetingLine(lower: string, at: number): boolean {
  const first = /\S/.exec(lower);
  return first === null || lineStartOf(lower, at) <= first.index;
}

/** Words just after a slot that name it: "[Company] field", "{{first_name}} is replaced", "in the drop-down". */
const AFTER = new RegExp(
  String.raw`^["'”’)]*\s*(?:(?:,|and|or|&)\s*(?:\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,40}\}|\[[^[\]\n]{1,40}\]|«[^«»\n]{1,40}»)\s*)*(?:` +
    String.raw`(?:merge[ -])?(?:field|column|tag|token|variable|placeholder|parameter|macro|button|tab|menu|option|checkbox|drop-?down|box|label|heading)s?\b` +
    String.raw`|(?:is|are|gets|get|will be|would be|stays|stay|should stay|must stay|remains|can be|must be|should be|has to be|have to be) (?:then |automatically |always |later )?(?:replaced|filled|filled in|swapped|substituted|merged|populated|pulled in|rendered|resolved|a placeholder|the placeholder|a merge field|a tag|left|kept|intentional|deliberate|on purpose)\b` +
    String.raw`|(?:on purpose|deliberately|intentionally|as (?:it is|is)|exactly as it is|as a (?:stand-?in|placeholder|fallback)|stands in|is a stand-?in)\b` +
    // A mapping from the slot to where it went: "«Effective Date» → Effective Date (date field)"
    String.raw`|(?:→|->|=>|⇒)` +
    String.raw`|in the (?:drop-?down|menu|list|form|field|template|editor|header|footer|settings)\b` +
    String.raw`|on the (?:first |second |third |next |last |same |\w+ )?(?:screen|page|step|tab|form)\b` +
    String.raw`|(?:[^.!?\n]|\.(?=\S)){0,60}?\band replace (?:the|this|that|it|them|these|those|each)\b` +
  String.raw`)`,
);

/**
 * Words that present a quoted passage as a sample to adapt, blanks and all: "here's the sample
 * clause from our playbook library", "the blanks are intentional". A blank or slot inside such a
 * passage is the sample's, not one this draft left unfilled.
 */
const SAMPLE_CUE = /\b(?:sample|model|template|example|standard|boilerplate|fallback|starter|precedent)[ -](?:clauses?|wording|language|text|provisions?|paragraphs?|letters?)\b|\b(?:example|sample)s? of (?:the |a |an |our |your )?(?:[\w-]+ ){0,2}?(?:copy|text|wording|message|subject(?: lines?)?|push|sms|notification|preheader|greeting)\b|\b(?:clause|playbook|precedent) library\b|\bblanks?\b[^.!?\n]{0,40}\b(?:intentional|deliberate|on purpose|for you(?:r team)? to (?:fill|adapt|complete))/;

/**
 * The email says how to read a kind of bracket ("anything in curly brackets is replaced with each
 * attendee's details", "the labels in square brackets are placeholders", "the brackets are just to
 * show where each heading starts"), or opens a sample ("--- SAMPLE TEMPLATE ---", "SAMPLE SMS:"):
 * a slot after that is the sample's or the convention's. The brackets are read from its words
 * (curly, square, angle, round; any when it names none).
 */
const CONVENTION_RE = /\b(?:anything|everything|items?|parts?|words?|text|labels?|fields?|bits?|the brackets?|brackets)\b[^.!?\n]{0,20}?\b(?:in )?(?:(curly|square|angle|double curly|round) )?brackets?\b[^.!?\n]{0,30}?\b(?:is|are|will be|get|gets|mark|marks|show|shows|indicate|stand for|stands for)\b|\b(?:the|these|those) (?:(curly|square|angle|double curly|round) )?brackets? (?:are|is) (?:just |only |simply |there )?(?:to (?:show|mark|indicate|separate)|for (?:clarity|illustration|readability)|not part of)\b|(?:^|\n)[ \t>*=_-]*(?:sample|example|template preview|preview)(?:[ \t]+[\w()-]+){0,3}[ \t]*(?:-{2,}|:|={2,})?[ \t]*(?=\n|"|“)/g;

const OPENERS: Readonly<Record<string, string>> = { curly: '{', 'double curly': '{', square: '[', angle: '<', round: '(' };

/** How far past a slot a bracket convention still covers it: the sentence or two after a list of slots. */
const CONVENTION_AFTER = 300;

/**
 * Whether a bracket convention or a sample marker before `start` covers the slot opening with
 * `first`; a bracket convention may also follow the slots it explains ("[First Name] [Last Name]
 * [Company]" then "The brackets are just to show where each heading starts"), within
 * CONVENTION_AFTER characters.
 */
function coveredByConvention(lower: string, start: number, first: string): boolean {
  CONVENTION_RE.lastIndex = 0;
  for (let m = CONVENTION_RE.exec(lower); m !== null && m.index < start + CONVENTION_AFTER; m = CONVENTION_RE.exec(lower)) {
    if (m.index >= start && !m[0].includes('bracket')) continue;
    const kind = m[1] ?? m[2];
    if (kind === undefined || OPENERS[kind] === first) return true;
  }
  return false;
}

/**
 * Words that present quoted text as an attacker's or a sample's words, not the writer's: "a typical
 * lure reads:", "Example 2 - fake CEO request.", "the simulated email used the subject line".
 */
const EXAMPLE_CUE = /\b(?:lures?|phish\w*|scam\w*|attackers?|fraudsters?|fraud|criminals?|scammers?|smishing|vishing|deepfakes?|business email compromise|simulat\w*|spoof\w*|impersonat\w*|(?:sample|example|typical|fake|fraudulent|malicious|suspicious|real-world) (?:emails?|messages?|texts?|sms|lures?|subject(?: lines?)?|requests?)|example \d+)\b/;

/**
 * Whether [start, end) sits in quotation marks that the text before it (its paragraph and up to
 * 300 characters above) presents as an attacker's lure or a sample: a security trainer's email
 * quotes "URGENT: your mailbox will be deleted in 24 hours" to warn the reader, not to press them.
 */
export function inQuotedExample(lower: string, start: number, end: number): boolean {
  if (!inQuotedPassage(lower, start, end)) return false;
  const [from] = paragraphOf(lower, start, end);
  // A cue wholly within the paragraph before the passage (and 300 characters above it).
  const cues = cuesIn(lower);
  const k = firstAtLeast(cues.starts, Math.max(0, from - 300));
  return k < cues.starts.length && (cues.ends[k] as number) <= start;
}

const EXAMPLE_CUES = new RegExp(EXAMPLE_CUE.source, 'g');
/**
 * Where the example cues stand in the text, found once per text: each quoted hit asked the
 * paragraph before it again, the whole field per hit in one long quoted paragraph. The matches do
 * not overlap, so their ends rise with their starts: the first cue starting in the window is the
 * one that ends soonest.
 */
const cuesIn = perText((lower: string): { starts: Int32Array; ends: Int32Array } => {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of lower.matchAll(EXAMPLE_CUES)) {
    starts.push(m.index);
    ends.push(m.index + m[0].length);
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
});

/** Whether [start, end) lies inside a passage in quotation marks ("…" or “…”) within its paragraph. */
function inQuotedPassage(lower: string, start: number, end: number): boolean {
  const [from, to] = paragraphOf(lower, start, end);
  const { opening, closing, straight } = textIndex(lower);
  // The last “ before the passage, with no ” after it before the passage, and a ” after it.
  const o = lastAtMost(opening, start - 1);
  if (o >= 0 && (opening[o] as number) >= from && countIn(closing, opening[o] as number, start) === 0 && countIn(closing, end, to) > 0) return true;
  return countIn(straight, from, start) % 2 === 1 && countIn(straight, end, to) > 0;
}

/** How far before and after the match the cues are read (within the sentence). */
const REACH = 80;

/** Whether the match [start, end) of `lower` is a slot named in its sentence [s, e), not a slot left unfilled. */
export function isMention(lower: string, s: number, e: number, start: number, end: number, depth = 0): boolean {
  const before = lower.slice(Math.max(s, start - REACH), start);
  if (BEFORE.test(before)) return true;
  if (lower[start] === '{' && BEFORE_CURLY.test(before)) return true;
  if (talksTemplates(lower) && MACHINE_SLOT.test(lower.slice(start, end)) && !onGreetingLine(lower, start)) return true;
  const after = lower.slice(end, Math.min(e, end + REACH));
  if (AFTER.test(after)) return true;
  if (SAMPLE_CUE.test(lower) && inQuotedPassage(lower, start, end)) return true;
  // A gloss of a quoted word: '"이름" (name): consider separate fields'.
  if (lower[start] === '(' && /["”»][ \t]*$/.test(lower.slice(Math.max(0, start - 3), start))) return true;
  if (coveredByConvention(lower, start, lower[start] ?? '')) return true;
  // The second slot of a pair the sentence names together: "you loop with {{#each items}} ...
  // {{/each}}", "where it says [Company] and [VAT ID]".
  // An ellipsis between them may end the sentence as `s` reads it: look past it.
  const near = lower.slice(Math.max(0, start - REACH), start);
  const prev = PREVIOUS_SLOT.exec(near);
  if (prev === null || depth > 2) return false;
  const at = start - near.length + prev.index;
  const from = Math.max(lower.lastIndexOf('\n', at - 1) + 1, lower.lastIndexOf('. ', at - 1) + 2, 0);
  return isMention(lower, Math.min(from, at), e, at, at + (prev[1] as string).length, depth + 1);
}

/** A slot just before another, joined by "and", "or", a comma or an ellipsis. */
const PREVIOUS_SLOT = /(\{\{[^{}\n]{1,60}\}\}|\{[^{}\n]{1,40}\}|\{%[^%\n]{1,60}%\}|\[[^[\]\n]{1,40}\]|<[^<>\n]{1,40}>|«[^«»\n]{1,40}»)\s*(?:\.\.\.|…|,|and|or|&|\/)?\s*$/;
