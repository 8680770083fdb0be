/**
 * detect/mention.ts and `not_in: [mention]`: a slot the sentence names (a label on a form, a merge
 * field explained, a tag shown as syntax) is not a slot left unfilled; the placeholder rules are
 * silent there and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { isMention } from '../../../src/detect/mention.js';
import { sentenceAround } from '../../../src/detect/rules/engine.js';
import { scanExample } from '../../../src/detect/rules/examples.js';
import { defaultPolicy } from '../../../src/policy/schema.js';

/** Whether `slot`, the first time it occurs in `sentence`, is named rather than left unfilled. */
function named(sentence: string, slot: string): boolean {
  const lower = sentence.toLowerCase();
  const start = lower.indexOf(slot.toLowerCase());
  if (start < 0) throw new Error(`"${slot}" is not in the sentence`);
  const [s, e] = sentenceAround(lower, start, start + slot.length);
  return isMention(lower, s, e, start, start + slot.length);
}

const policy = defaultPolicy();
const placeholders = (text: string): string[] => scanExample(text, policy).filter((f) => f.kind === 'placeholder' || f.rule === 'internal.template-logic').map((f) => f.excerpt);

describe('a slot the sentence names', () => {
  it.each([
    ['In the registration form, type your company name where it says [Company].', '[Company]', true],
    ['In the portal, fill in [Company Name] and [VAT number] on the first screen.', '[Company Name]', true],
    ['In the portal, fill in [Company Name] and [VAT number] on the first screen.', '[VAT number]', true],
    ['In the email template, {{first_name}} is replaced automatically with each contact\'s first name.', '{{first_name}}', true],
    ['If you don\'t have a cost centre, just choose [Optional] in the drop-down.', '[Optional]', true],
    ['The letter template says \'Dear [Customer Name]\' on purpose.', '[Customer Name]', true],
    ['Fill in the [VAT ID] field before you submit.', '[VAT ID]', true],
    ['Put OURCO_API_KEY=xxxxxxxx in your .env file and replace the x\'s with your key.', 'xxxxxxxx', true],
    ['Hi [First Name], I saw [recent news] and thought of you.', '[recent news]', false],
    ['Hi [First Name], quick question about your rollout.', '[First Name]', false],
    ['We helped [similar company] cut review time in half.', '[similar company]', false],
    ['Teams like {{company}} usually start with the starter plan.', '{{company}}', false],
    // A merge tag the sentence puts to use, in curly brackets only; a step or a message that uses one.
    ['Members within 15% of the next tier get a progress message, using {{loyalty.spend_to_next_tier}}.', '{{loyalty.spend_to_next_tier}}', true],
    ['You can count down to a contact-specific deadline, for example {{loyalty.expiry_date}}.', '{{loyalty.expiry_date}}', true],
    ['Step 1 uses {{loyalty.points_balance}} so members see their points straight away.', '{{loyalty.points_balance}}', true],
    ['Your invoice template can include [PO number] wherever you need it.', '[PO number]', true],
    ['Confirmation link merge tag: {{doi_confirm_url}}.', '{{doi_confirm_url}}', true],
    ['For example, [Customer] cut onboarding time by 40%.', '[Customer]', false],
    ['We can set this up using [your CRM] in a week.', '[your CRM]', false],
    ['Hi {{first_name}}, I noticed {{company}} is growing.', '{{company}}', false],
    // An email that talks about templates (three words of it or more) shows tags in their syntax;
    // its own greeting line is still its own, and an email that does not talk about them has left one in.
    ['Thanks for the call. Every contact comes with standard merge tags and custom fields, and the template editor lists them.\n\nYour renewal notice could read "Your plan renews on {{renewal_date}}" for each subscriber.', '{{renewal_date}}', true],
    ['Our templates support merge tags, custom fields and a fallback for each variable.\n\nThe SMS version sends {1} and {2} in that order.', '{1}', true],
    ['Hi {{first_name}},\n\nOur templates support merge tags, custom fields and a fallback for each variable.', '{{first_name}}', false],
    ['Thanks for the call yesterday.\n\nI noticed {{company}} is hiring again, so the timing may be right.', '{{company}}', false],
    ['Your current provider uses percent signs around field names in its templates:\n\n%FIRSTNAME%, your appointment at %LOCATION% is at %TIME%.', '%LOCATION%', true],
    ['Hi there,\n\nI noticed {{company}} is hiring {{role}} in {{city}} again.', '{{city}}', false],
    // A bracket convention after the slots it explains.
    ['The headings are:\n\n[First Name] [Last Name] [Company]\n\nThe brackets are just to show where each heading starts and ends.', '[Company]', true],
    ['Hi [First Name],\n\nThanks for the call.', '[First Name]', false],
  ] as const)('"%s": %s is named (%s), not left unfilled', (sentence, slot, isNamed) => {
    expect(named(sentence, slot)).toBe(isNamed);
  });

  it('carries to the second slot of a pair named together', () => {
    expect(placeholders('In Handlebars you loop with {{#each items}} ... {{/each}}; the docs show the full example.')).toEqual([]);
    expect(placeholders('Where the form says [Company] and [VAT ID], enter your details.')).toEqual([]);
  });

  it('silences the placeholder rules only where the slot is named', () => {
    expect(placeholders('Type your company name where it says [Company].')).toEqual([]);
    expect(placeholders('Hi [First Name], I saw [recent news].').length).toBeGreaterThan(0);
    expect(placeholders('{{#if vip}}Thanks for being a VIP.{{/if}}').length).toBeGreaterThan(0);
  });
});
