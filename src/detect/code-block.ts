/**
 * Fenced code blocks (a line opening with three backticks, up to the next such line): a log
 * excerpt, a config file or a query pasted for an engineer. Rules that read prose for slots left
 * unfilled or notes for the team stay silent inside one (`not_in: [code]`): `<your-token>` in a
 * values.yaml is where the reader puts their own token, `[agent]` in a log line is the program's
 * tag. Secrets are still read there (a real key in a pasted config is a leak).
 */

/** Starts of the fence lines of the text, in order (memoized for the last text asked). */
let lastText: string | null = null;
let lastFences: number[] = [];

function fencesOf(text: string): number[] {
  if (text === lastText) return lastFences;
  const fences: number[] = [];
  let at = text.indexOf('```');
  while (at >= 0) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, at))) fences.push(at);
    at = text.indexOf('```', at + 3);
  }
  lastText = text;
  lastFences = fences;
  return fences;
}

/**
 * Whether `at` lies inside a fenced block: after an opening fence line and before its closing one
 * (an unclosed fence runs to the end of the text).
 */
export function inCodeBlock(text: string, at: number): boolean {
  // The fence before `at` that opens a block (an odd count of fences before it), or -1.
  let opening = -1;
  for (const f of fencesOf(text)) {
    if (f >= at) break;
    opening = opening < 0 ? f : -1;
  }
  if (opening < 0) return false;
  // Inside when past the opening fence's own line (its language tag is not code).
  const lineEnd = text.indexOf('\n', opening);
  return lineEnd >= 0 && at > lineEnd;
}
