/**
 * Bodies no writer sends but anyone can submit: one short shape repeated to the intake's limit
 * (100,000 characters). Each once cost the scan time growing with the square of the body (a walk
 * back to the line's or the word's start per hit, a regex retrying a run from every position, all
 * findings compared with all): "<" repeated took 12 s at 20,000 characters and minutes at 100,000.
 * The scan bench times each (scan.hostile_*) beside ordinary text of the same length; the
 * hostile-input test scans each and checks what it reports.
 */
export const HOSTILE_SHAPES: ReadonlyArray<readonly [name: string, unit: string]> = [
  ['angle brackets', '<'],
  ['square brackets', '[['],
  ['curly brackets', '{{'],
  ['dashes', '-'],
  ['underscores', '_'],
  ['equals signs', '='],
  ['hashes', '#'],
  ['stars', '*'],
  ['dots', '. '],
  ['one-letter sentences', 'a. '],
  ['capitals without a stop', 'URGENT ACT NOW '],
  ['one quoted word', '"URGENT" '],
  ['a pressure sentence', 'Act now or lose this price forever! '],
  ['a claim', 'Congrats on your Series B! '],
  ['another account', 'Acme Corp '],
  ['a hold', 'Pending legal approval. '],
  ['merge fields', '{{first_name}} '],
  ['bracketed slots', '[Company Name] '],
  ['card numbers', '4111 1111 1111 1111 '],
  ['links with data', 'https://evil.example.com/x?email=a@b.com '],
  ['quoted lines', '> URGENT: act now\n'],
  ['code fences', '```\n'],
  ['at signs', 'a@b.'],
  ['slashes', 'a/'],
  ['Japanese without spaces', '社内'],
  ['one long word', 'x'],
  ['bullets', '- item one\n'],
];

export function hostileBody(unit: string, chars: number): string {
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}
