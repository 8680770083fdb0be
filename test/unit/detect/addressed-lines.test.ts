/**
 * A colleague's note addressed by initials or a handle keeps its shape inside a list for the
 * reader, and Python without braces or semicolons is a code block (twenty-third session,
 * development sets RE and FA).
 */
import { describe, expect, it } from 'vitest';
import { addressedByInitials, sharedListLines } from '../../../src/detect/owner-list.js';
import { inCodeBlock } from '../../../src/detect/code-block.js';
import { foldText } from '../../../src/detect/normalize.js';
import type { FieldText } from '../../../src/detect/context.js';

const field = (text: string): FieldText => ({ field: null, text: foldText(text) }) as unknown as FieldText;

describe('lines addressed by initials', () => {
  it.each(["- JM: check if they're still locked in until June", '- (KL: confirm the SOC 2 report first)', '@dana - can you confirm the date', 'RS: pricing ok?'])('is a note: %s', (line) => {
    expect(addressedByInitials(line, 0)).toBe(true);
  });
  it.each(['- SSO: SAML and OIDC', 'PS: the deck is attached', '- API: REST with webhooks', '- Denise: confirm the questionnaire', 'Q3: pilot in two sites'])('is not: %s', (line) => {
    expect(addressedByInitials(line, 0)).toBe(false);
  });
  it('leaves such an item out of a list for the reader, and keeps the others in it', () => {
    const text = 'Here is the plan:\n- Visits are created automatically.\n- JM: check the contract end date\n- Reports go to the client.';
    const items = sharedListLines(field(text));
    const starts = [...items].map((at) => text.slice(at, text.indexOf('\n', at) < 0 ? undefined : text.indexOf('\n', at)));
    expect(starts).toEqual(['- Visits are created automatically.', '- Reports go to the client.']);
  });
});

describe('Python without braces or semicolons', () => {
  const program = 'Here is the script:\n\nimport os\nimport requests\n\ntoken = os.environ["OURCO_API_TOKEN"]\nresp = requests.get("https://api.ourco.com/v2/shifts", timeout=30)\nresp.raise_for_status()\nfor shift in resp.json()["data"]:\n    print(shift["id"])\n\nLet me know if you would prefer C#.';
  it('is a code block', () => {
    const t = foldText(program).lower;
    expect(inCodeBlock(t, t.indexOf('raise_for_status'))).toBe(true);
    expect(inCodeBlock(t, t.indexOf('let me know'))).toBe(false);
  });
  it('prose with a method-like word is not', () => {
    const t = foldText('We moved to ourco.com last year.\nThe team liked it.').lower;
    expect(inCodeBlock(t, t.indexOf('the team'))).toBe(false);
  });
});
