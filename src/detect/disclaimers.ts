/**
 * Sentences that take pressure or a claim back, said plainly to the reader, read the same way by
 * the rule packs (as exceptions, interpolated into their YAML) and by the sentence model's reader
 * (model/detect.ts): "I'm not raising this to hurry your decision", "I don't know their pricing, so
 * I won't guess". Sources for the lower-cased, folded text (curly quotes are straight there).
 */

/** Pressure disowned with its object named: "not raising this to hurry your decision", "never to rush you". */
export const NOT_TO_HURRY = String.raw`\b(?:not|never)\b(?: [\w']+){0,3} to (?:hurry|rush|pressure|push|chase) (?:you|your (?:decision|choice|answer|reply|team|process|review|evaluation))\b`;

/**
 * A colleague's check told to the reader, not asked of the colleague: "I've asked our payroll lead to
 * check my answer before sending it" (forty-ninth session, ZM). The hold, the note-to-author and the
 * rep-directive rules all read it.
 */
export const ASKED_COLLEAGUE_TO_CHECK = String.raw`\bi(?:'ve| have)? asked (?:our|my) [\w -]{1,30}? to (?:check|review|confirm|look over) (?:my|our|the) (?:answer|figures|numbers|reply|quote|calculation|maths|math)\b`;

/** What we will not do, said so: "What I won't do is offer a bigger discount that disappears next year" (forty-ninth session, ZN; three deadline rules read it). */
export const WONT_DO_IS = String.raw`\bwhat (?:i|we)(?: (?:won't|will not|don't|do not|never)|(?:'d| would) (?:rather not|prefer not to)) do is\b`;

/** What we do not know, and will not guess at: "I don't know their pricing, so I won't guess". */
export const WONT_GUESS = String.raw`\b(?:(?:don't|do not) know\b[^.!?\n]{0,60}?|(?:a )?question for (?:them|the [\w-]+|your [\w-]+),? not (?:for )?(?:us|me)),? (?:so|and) (?:i|we)(?:(?:'ll| will)? (?:won't|will not|would rather not|shouldn't|can't|rather not|wouldn't want to|would not want to|don't want to|do not want to|won't try to)|'d rather not) (?:guess|speculate|comment|say|pretend)\b`;

/** A source written inside a single-quoted YAML string of a pack. */
export const yamlQuoted = (source: string): string => source.replace(/'/g, "''");

/** Advice disclaimed to the reader: "Note: we're not lawyers, and this isn't legal advice". */
export const NOT_ADVICE = String.raw`\b(?:not (?:formal |official )?(?:legal|tax|financial|medical|investment|professional|accounting|regulatory|compliance) advice|(?:we|i) (?:don't|do not|can't|cannot) (?:give|offer|provide) (?:legal|tax|financial|medical|investment|professional|accounting|regulatory|compliance) advice|(?:this|it|that|none of this)(?:'s| is|'s not| is not| isn't) (?:not )?(?:meant as |intended as )?(?:legal|tax|financial|medical|investment|professional|accounting) advice|(?:we're|we are|i'm|i am) not (?:lawyers|a lawyer|solicitors|a solicitor|accountants|an accountant|(?:tax |financial |legal )?advis[eo]rs?|your (?:lawyer|solicitor|accountant|advis[eo]r)))\b`;

/** An invitation the reader is asked to keep to themselves, for a practical reason: "please do not forward this invite". */
export const INVITE_NOT_FORWARDED = String.raw`\b(?:do not|don't|please don't|please do not) (?:forward|share|pass on) (?:this|the|your) (?:calendar |meeting |event |zoom |teams |personal )?(?:invite|invitation|invite link|registration link|joining link|meeting link)\b|(?<![\p{L}])(?:einladung|einladungslink|zugangslink|invitation|invitación|invitacion|convite|invito)(?![\p{L}])[^.!?\n]{0,60}(?<![\p{L}])(?:bitte nicht weiter(?:leiten|geben)|nicht weiterleiten|ne pas (?:la |le )?transférer|no (?:la |lo )?reenv[íi]e|no reenviar|não (?:o |a )?reencaminhe|non inoltrar(?:e|la|lo))(?![\p{L}])`;

/**
 * A note on the document the email hands over, up to the document's noun: "Note: this list
 * supports, but doesn't replace, the annual expert inspection" (forty-seventh session, WK). Read by
 * `internal.note-to-author` (an exception) and by the sentence model's reader (model/detect.ts).
 */
export const DOCUMENT_NOTE_HEAD = String.raw`note\s*:\s*this (?:list|checklist|guide|document|sheet|template|summary|table|page|report|form|plan|schedule)`;

/**
 * A language named in a bracketed label and the word that says its text follows: "[Cymraeg isod /
 * English below]", "[English follows]" (forty-seventh session, WN). Read by
 * `placeholder.bracket-words` (an exception) and by the sentence model's reader.
 */
export const LABELLED_LANGUAGE = String.raw`(?:english|cymraeg|gaeilge|gàidhlig|français|francais|español|espanol|deutsch|italiano|português|portugues|nederlands|polski|translation|version)`;
export const TEXT_FOLLOWS = String.raw`(?:below|follows|isod|thíos|ci-dessous|abajo|unten|hieronder|poniżej|sotto|abaixo|further down)`;

/** A label's value that says there is nothing to do: "none", "n/a", "not needed" ("ACTION NEEDED BY YOU: none"). Read by the shouting detector (text-detectors.ts) and tone.pushy-subject. */
export const NOTHING_TO_DO = String.raw`(?:none|nothing|n\/a|not (?:yet|needed|required)|no action)`;
