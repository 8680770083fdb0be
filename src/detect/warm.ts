/**
 * The scanner's first draft in a process costs far more than the next: V8 compiles each rule regex
 * on its first run, the rule units read their keyword spans on first call, and the sentence model
 * and several detectors build their tables on first use. Taken by the first real request, that is
 * hundreds of milliseconds (seconds from the TypeScript sources) with the event loop held.
 *
 * `warmScanner` pays it up front: it compiles the policy's rules and scans a made-up ordinary
 * email, which calls up the rule units that common words call up. `serve` runs it before it
 * listens (drafts/intake.ts `warmIntake`).
 */
import type { Account } from './types.js';
import type { Policy } from '../policy/schema.js';
import { buildBook, type Book } from './book.js';
import { scanDraft } from './scan.js';

const ACCOUNT: Account = {
  id: 'WARM-UP', name: 'Northwind Traders', domain: 'northwind.example', aliases: ['Northwind'], valueUsd: 48_000,
  segment: 'mid-market', strategic: false, namedOpportunity: null, ownerSlackId: null, ownerEmail: null, doNotContact: false,
  sensitive: { contract_value: '48250', discount_pct: '17', renewal_date: '2027-03-31', deal_risk_notes: 'Budget review in Q2' },
  facts: ['Northwind Traders opened a warehouse in Leeds in 2025'], custom: {},
};

const SUBJECT = 'Following up on our call: the reporting rollout for Northwind';

/** An ordinary email in the shapes drafts take: a recap, figures, a case, a link, a question, a sign-off. */
const BODY = [
  'Hi Dana,',
  'Thanks again for your time on the call today. I know the team has a lot on this quarter, so I will keep this short and to the point.',
  'As promised, here is a quick recap of what we discussed:',
  '- Your finance team spends about 3 days each month reconciling figures from 5 different tools.',
  '- You would like the new process live before the end of the year, ideally without extra work for IT.',
  '- Pricing: our standard plan is $45 per user per month, billed annually, with onboarding included.',
  'One of our customers, a logistics company of a similar size, cut their month-end close from five days to two after they switched, and they have agreed to speak with you if that would help. I saw on your website that you opened the new warehouse in Leeds last year; congratulations, that must have kept everyone busy.',
  'You can read more about how the integration works at https://northwind.example/about and in our guide at https://www.example.com/guides/reporting.',
  'Would Tuesday or Wednesday next week work for a 30-minute session with our implementation lead? If another time suits you better, just let me know and I will send an invite. No pressure at all, and thank you for considering us!',
  'Best regards,',
  'Sam Carter',
  'Account Executive',
].join('\n\n');

/**
 * Compiles the policy's rules and scans one made-up email, so the next scan finds its tables built.
 * Given the book the process will scan with, the email goes to its first account: the indexes a
 * book builds on its first scan (domains, notes) are built too.
 */
export function warmScanner(policy: Policy, book?: Book): void {
  // scanDraft compiles the policy's rules (rules/compile.ts caches them per policy).
  const target = book?.accounts[0];
  const [account, within] = target === undefined ? [ACCOUNT, buildBook([ACCOUNT])] : [target, book as Book];
  scanDraft({ subject: SUBJECT, body: BODY, to: { email: `dana@${account.domain}`, name: 'Dana Fox' }, from: 'sam@ourco.example' }, account, within, policy);
}
