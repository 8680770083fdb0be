/**
 * Sentences that take pressure or a claim back, said plainly to the reader, read the same way by
 * the rule packs (as exceptions, interpolated into their YAML) and by the sentence model's reader
 * (model/detect.ts): "I'm not raising this to hurry your decision", "I don't know their pricing, so
 * I won't guess". Sources for the lower-cased, folded text (curly quotes are straight there).
 */

/** Pressure disowned with its object named: "not raising this to hurry your decision", "never to rush you". */
export const NOT_TO_HURRY = String.raw`\b(?:not|never)\b(?: [\w']+){0,3} to (?:hurry|rush|pressure|push|chase) (?:you|your (?:decision|choice|answer|reply|team|process|review|evaluation))\b`;

/** What we do not know, and will not guess at: "I don't know their pricing, so I won't guess". */
export const WONT_GUESS = String.raw`\b(?:don't|do not) know\b[^.!?\n]{0,40}?,? so (?:i|we)(?:'ll| will)? (?:won't|will not|would rather not|'d rather not|shouldn't|can't|rather not) (?:guess|speculate|comment|say|pretend)\b`;

/** A source written inside a single-quoted YAML string of a pack. */
export const yamlQuoted = (source: string): string => source.replace(/'/g, "''");
