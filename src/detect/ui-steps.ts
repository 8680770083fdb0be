/**
 * Product instructions to the reader: a menu path ("Settings > Users", "Purchasing → Suppliers →
 * New") or a control acted on ("click Approve", "tick the box at the top", "choose Never in the
 * drop-down"). A paragraph of such steps tells the reader what to do in the product; its
 * imperatives ("Check for bounced addresses", "Add a line for the role") and its product words
 * ("merges duplicates", "the account that owns your plan") are neither notes for the team nor
 * news about the prospect. Patterns read lower-cased text.
 */
import { perParagraph } from './paragraph.js';

/**
 * The patterns: a menu path, two labels joined by > (›, »), or by an arrow after "go to", "open" or
 * "under" (an arrow alone also draws approval chains); then a control acted on, or named with the
 * action. Each runs only when a word or a separator it needs is in the text: one alternation of
 * them all (and a pattern opening on a lookbehind) made V8 try every alternative at every
 * character of a paragraph, and cost a fifth of a 1,441-draft scan.
 */
const UI_STEPS_RES: ReadonlyArray<readonly [readonly string[], RegExp]> = [
  [[' > ', ' › ', ' » '], /[\p{L}\d"'“”)] (?:>|›|») ["'“]?[\p{L}\d]/u],
  [['→', '->'], /(?<=\b(?:go to|open|navigate to|head to|under|in) ["'“]?[\p{L}\d][\p{L}\d &/"'“”-]{0,30}?) (?:→|->) ["'“]?[\p{L}\d]/u],
  // The verb first and the words before it checked behind it: a pattern that opens on a lookbehind
  // is tried at every character of the paragraph.
  [['click', 'tap'], /(?:click|tap)(?<=(?:^|[.!?:;,]\s*|\b(?:then|and|just|simply|please|by|after|before|when|once|now|you can|you'll) )(?:(?:right-|double-)?click|tap))(?:ing)?\b(?! (?:through|rates?|-through))(?![\s-]*(?:&|and|n['’]?)[\s-]*(?:collect|reserve|mortar))/u],
  [['click', 'tap'], /\b(?:click|tap) (?:on )?(?:the |"|“)/u],
  [['filter '], /\bfilter (?:by|on|for)\b/u],
  [['=', ' is empty', ' is not empty'], /["“][^"”\n]{1,30}["”] ?(?:=|is empty|is not empty)/u],
  [['tap', 'select', 'choose', 'tick', 'toggle', 'press', 'drag', 'hover over', 'switch o', 'scroll '], /\b(?:tap|select|choose|tick|untick|toggle|press|drag|hover over|right-click|double-click|switch on|switch off|scroll (?:down|up) to)\b[^.!?\n]{0,60}?\b(?:button|tab|menu|box|checkbox|check box|field|page|filter|icon|link|toggle|dropdown|drop-down|panel|screen|column|row|option|setting|settings|sidebar|toolbar)s?\b/u],
  [['button', 'tab', 'menu', 'checkbox', 'drop', 'toggle', 'icon', 'sidebar', 'toolbar'], /\b(?:button|tab|menu|checkbox|dropdown|drop-down|toggle|icon|sidebar|toolbar)s?\b[^.!?\n]{0,40}?\b(?:click|tap|select|choose|tick|press)\b/u],
  [['click', 'tap', 'press', 'hit', 'select', 'choose'], /\b(?:click|tap|press|hit|select|choose) (?:on )?["'“][^"'”\n]{1,30}["'”]/u],
];

/** The same test as one rule exception in a YAML pack (a sentence is short; single quotes doubled). */
export const UI_STEP_EXCEPTION = UI_STEPS_RES.map(([, re]) => re.source).join('|').replace(/'/g, "''");

/** Whether `text` (lower-cased) holds a product step: a menu path or a control acted on. */
export function hasUiStep(text: string): boolean {
  return UI_STEPS_RES.some(([needs, re]) => needs.some((w) => text.includes(w)) && re.test(text));
}

/** Per paragraph of a text: whether it holds a product step. */
const stepsIn = perParagraph((text, from, to) => hasUiStep(text.slice(from, to)));

/** Whether the paragraph around [start, end) of lower-cased `text` gives the reader product steps. */
export function inUiSteps(text: string, start: number, end: number): boolean {
  return stepsIn(text, start, end).value;
}
