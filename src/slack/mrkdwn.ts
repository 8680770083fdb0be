/**
 * mrkdwn helpers shared by every Block Kit builder (review cards, guard alerts). Pure.
 */

const ZWSP = '\u200b';

/**
 * Escape text for a mrkdwn object: `&`, `<`, `>` become entities (so `<!channel>`, `<@U123>` and
 * `<http://x|y>` are shown, not executed), and the formatting characters `* _ ~ \`` get a
 * zero-width space after them so they can never pair up into bold/italic/strike/code.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([*_~`])/g, `$1${ZWSP}`);
}

/** Truncate to at most `max` UTF-16 units, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}
