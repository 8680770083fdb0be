/**
 * Unfilled template fields in the many syntaxes merge tools use, and the brackets, acronyms and
 * numbers a real sales mail contains that must pass.
 */
import { describe, expect, it } from 'vitest';
import { scanExample } from '../../src/detect/rules/examples.js';
import { defaultPolicy } from '../../src/policy/schema.js';

const policy = defaultPolicy();
const placeholders = (text: string, field: 'body' | 'subject' = 'body'): number =>
  scanExample({ text, field }, policy).filter((f) => f.kind === 'placeholder').length;

describe('placeholders', () => {
  it.each([
    'Hi {!Contact.FirstName},', 'Hello *|FNAME|*,', 'Hi [FIRST NAME],', 'Hi <First Name>,', 'Teams like <<Company Name>> love this.',
    'Hi %FIRSTNAME%,', 'Hi ${name},', 'Hi $FirstName$,', 'Hi [[first_name]],', 'Hi {{ first_name | default: "there" }},',
    'Hi ##FirstName##,', 'Hi ((first_name)),', 'Hi { first_name },', 'Hi {{first_name,', 'How is $company handling review?',
    'Hi FIRST_NAME,', 'Hi (Name),', 'Hi «first_name»,', 'Pricing is $XX per seat.', 'We cut review time by X%.',
    'Our plan costs $XXk per year.', 'Customers see a N-day reduction in review time.', 'That saves ## hours a week.',
    'The kickoff date is TK.', 'Go-live is TBD.', 'Dolor sit amet consectetur.', 'Join us on ____ at ____.',
    'Your renewal is on MM/DD/YYYY.', '[insert relevant case study]', 'Best,\n[Your Name]', 'I saw that [recent news].',
    'Quick idea on <pain point>.', 'We helped [N] teams.', 'Quick idea on [ ].', 'This is placeholder text.',
    'Hi ,\n\nQuick note.', 'Teams like  usually cut review time in half.', 'I noticed  is hiring SDRs.',
    'Hi Dana ,\n\nQuick note.', 'Curious how \'s team handles review today.', 'Hi !\n\nQuick note.', 'Good morning ,\n\nQuick note.', 'Hi {},\n\nQuick note.', 'Hi NAME,\n\nQuick note.',
  ])('fires: %s', (text) => {
    expect(placeholders(text)).toBeGreaterThan(0);
  });

  it.each([
    'We support SSO (SAML and OIDC).', 'See the deck [PDF, 2 pages].', 'Our <b>new</b> plan.', 'The deck (PDF, 2 MB) is attached.',
    'Our XL plan covers unlimited reviewers.', 'You can also find us on X (formerly Twitter).', 'Exxon and Xerox are fine.',
    'The meeting is 10:00-10:30 [PT].', '[EXTERNAL] Re: pricing', 'See the [pricing page](https://ourco.com/pricing).',
    'We saw a 3x lift [source: internal data].', 'See [1] and [2] below.', 'Contact me at <sam@ourco.com>.',
    'TK Maxx is one of our customers.', 'We cover the TBD items in the SOW together.', 'Use code XMAS for 10% off.',
    'Dates in the export use MM/DD/YYYY format.', 'Task list:\n- [ ] sign the order form\n- [x] security review',
    '## Pricing\nThe plan is $12,000 per year.', 'Ping @sam_ortiz on Slack.', 'It costs $12 and $15 per seat.',
'Hey!\n\nQuick note.', 'Pricing starts at $12,000 per year for up to 25 seats.',
  ])('passes: %s', (text) => {
    expect(placeholders(text)).toBe(0);
  });

  it('fires in a subject line', () => {
    expect(placeholders('[Company] x Ourco', 'subject')).toBeGreaterThan(0);
    expect(placeholders('Quick thought for %%company%%', 'subject')).toBeGreaterThan(0);
    expect(placeholders('Acme x Ourco', 'subject')).toBe(0);
    // An empty merge at either end of the subject.
    expect(placeholders(', quick thought', 'subject')).toBeGreaterThan(0);
    expect(placeholders('Quick question for ', 'subject')).toBeGreaterThan(0);
    expect(placeholders('Quick question for you', 'subject')).toBe(0);
  });

  it('reads a subject ending in a stranded preposition after a verb of speaking as whole, and any other ending "to" as an empty merge', () => {
    expect(placeholders('A customer you could speak to', 'subject')).toBe(0);
    expect(placeholders('Someone on our team you can talk to', 'subject')).toBe(0);
    expect(placeholders('Looking forward to', 'subject')).toBeGreaterThan(0);
    expect(placeholders('Quick intro to', 'subject')).toBeGreaterThan(0);
    expect(placeholders('A few ideas to add to', 'subject')).toBeGreaterThan(0);
  });
});
