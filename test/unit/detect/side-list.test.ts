import { describe, expect, it } from 'vitest';
import { inSideActionList } from '../../../src/detect/side-list.js';

/** Whether the line holding `needle` in `text` (lower-cased, as the scan reads it) is an item of a side's action list. */
function onSide(text: string, needle: string): boolean {
  const lower = text.toLowerCase();
  const at = lower.indexOf(needle.toLowerCase());
  if (at < 0) throw new Error(`no "${needle}" in the text`);
  return inSideActionList(lower, at + 2);
}

describe('side-list: items of an action list headed by one side of the deal', () => {
  const recap = 'ACTION ITEMS\nQuaybridge (me):\n1. Send a sample import template by Friday.\n2. Check whether our POD link works with the haulier app Fergal mentioned.\n\nTarget Co (you and Fergal):\n1. Check with IT whether SSO is required.\n2. Share two rate sheets.';

  it('reads items under "Name (me):" and "Name (you and Fergal):", the second item too', () => {
    expect(onSide(recap, 'Check whether our POD link')).toBe(true);
    expect(onSide(recap, 'Check with IT')).toBe(true);
    expect(onSide(recap, 'Share two rate sheets')).toBe(true);
  });

  it('reads "ACTIONS: Target Co", "TODO, Target Co", "Your side:", "Next steps for you:" and "YOUR TEAM\'S TO-DO" as heads', () => {
    for (const head of ['ACTIONS: Target Co', 'TODO, Target Co', 'Your side:', 'Next steps for you:', "YOUR TEAM'S TO-DO", 'Both of us:']) {
      expect(onSide(`${head}\n- Kirsty: check with IT whether they need our security pack`, 'check with IT'), head).toBe(true);
    }
  });

  it('does not read the heading itself, prose, or items under another line', () => {
    expect(onSide(recap, 'Quaybridge (me)')).toBe(false);
    expect(onSide('Reminders:\n- Check with Dana whether the discount is approved before sending.', 'Check with Dana')).toBe(false);
    expect(onSide('Sam:\n- Check with finance whether we can go to 20%.', 'Check with finance')).toBe(false);
    expect(onSide('Your side:\nCheck with IT whether SSO is required.', 'Check with IT')).toBe(false);
    // A blank line between the head and the list breaks it.
    expect(onSide('Your side:\n\n- Check with IT whether SSO is required.', 'Check with IT')).toBe(false);
  });
});
