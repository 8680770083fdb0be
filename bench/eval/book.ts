/**
 * The evaluation set's own book: 40 accounts in families of near-duplicate names (Acme Corp /
 * Acme Analytics / Acme Logistics, Northwind / Northwinds Health / Northwind Traders, Lumen Labs /
 * Lumina Labs …), each with domains, verified facts (kept here as structured data too, so the
 * generator can cite them correctly or claim something they do not say) and sensitive CRM
 * fields. Rows are in the Accounts contract (DESIGN §5) and parsed by the same parser as
 * `draftgate scan --accounts`, so the bench sees exactly what the CLI sees.
 */
import { parseAccountsJson } from '../../src/accounts/parse.js';
import type { Account } from '../../src/detect/types.js';
import { parsePolicy, type Policy } from '../../src/policy/schema.js';
import { Rng } from './rng.js';

export type Round = 'Seed' | 'Series A' | 'Series B' | 'Series C' | 'Series D' | 'Series E';
export const ROUNDS: readonly Round[] = ['Seed', 'Series A', 'Series B', 'Series C', 'Series D', 'Series E'];
export type ExecRole = 'CEO' | 'CFO' | 'CRO' | 'CTO' | 'COO' | 'CMO';
export const ROLE_TITLE: Record<ExecRole, string> = {
  CEO: 'Chief Executive Officer', CFO: 'Chief Financial Officer', CRO: 'Chief Revenue Officer',
  CTO: 'Chief Technology Officer', COO: 'Chief Operating Officer', CMO: 'Chief Marketing Officer',
};

export type Fact =
  | { kind: 'funding'; round: Round; amountM: number; month: string; year: number }
  | { kind: 'acquired'; target: string; year: number }
  | { kind: 'office'; city: string }
  | { kind: 'exec'; role: ExecRole; person: string }
  | { kind: 'award'; award: string }
  | { kind: 'customers'; n: number }
  | { kind: 'headcount'; n: number }
  | { kind: 'ipo'; exchange: string; year: number }
  | { kind: 'launch'; product: string };

export interface EvalAccount {
  account: Account;
  facts: Fact[];
  /** A short form a rep would use for the prospect ("Acme"), or null when it would name another account. */
  short: string | null;
  /** Sensitive values as numbers / parts, for writing them in many formats. */
  contractValue: number;
  discountPct: number;
  renewal: { y: number; m: number; d: number };
  riskNote: string;
  privateNote: string;
}

export interface EvalBook {
  accounts: EvalAccount[];
  byId: Map<string, EvalAccount>;
  policy: Policy;
  rows: Array<Record<string, unknown>>;
}

/** Our company (the sender): its name, domains, public list prices and reps. */
export const SENDER = {
  company: 'Relaylane',
  domains: ['relaylane.io', 'relaylane.com'],
  prices: [12000, 24000, 48000],
  reps: [
    { first: 'Sam', last: 'Ortiz', title: 'Account Executive' },
    { first: 'Priya', last: 'Natarajan', title: 'Senior Account Executive' },
    { first: 'Marcus', last: 'Bell', title: 'Sales Development Representative' },
    { first: 'Elena', last: 'Kowalski', title: 'Enterprise Account Manager' },
    { first: 'Tomás', last: 'Reyes', title: 'SDR' },
    { first: 'Hannah', last: 'Lindqvist', title: 'Customer Success Manager' },
  ],
} as const;

export const ALLOW_DOMAINS = ['calendly.com', 'linkedin.com', 'youtube.com', 'vimeo.com', 'g2.com'];

export const EVAL_POLICY_YAML = `# Policy the evaluation set is labelled against: the built-in defaults plus our sender block.
sender:
  company: ${SENDER.company}
  own_domains: [${SENDER.domains.join(', ')}]
  public_prices_usd: [${SENDER.prices.join(', ')}]
links:
  allow_domains: [${ALLOW_DOMAINS.join(', ')}]
`;

// name, domain, aliases, value_usd, strategic, named opportunity
const ROWS: ReadonlyArray<readonly [string, string, string[], number, boolean, string | null]> = [
  ['Acme Corp', 'acmecorp.com', ['Acme Corporation'], 18_000, false, null],
  ['Acme Analytics', 'acmeanalytics.com', [], 36_000, false, null],
  ['Acme Logistics', 'acmelogistics.io', [], 42_000, false, null],
  ['Acme Health Partners', 'acmehealthpartners.org', [], 120_000, false, null],
  ['Northwind', 'northwind.com', ['Northwind Inc'], 24_000, false, null],
  ['Northwinds Health', 'northwindshealth.org', [], 31_000, false, null],
  ['Northwind Traders', 'northwindtraders.co', [], 64_000, false, null],
  ['Contoso', 'contoso.com', [], 9_500, false, null],
  ['Contoso Pharma', 'contosopharma.com', [], 45_000, false, null],
  ['Fabrikam', 'fabrikam.com', [], 14_000, false, null],
  ['Fabrikam Robotics', 'fabrikamrobotics.com', [], 27_500, false, 'Fabrikam Robotics fleet rollout'],
  ['Summit Freight', 'summitfreight.com', [], 22_000, false, null],
  ['Summit Health', 'summithealth.net', [], 38_000, false, null],
  ['Summit Ridge Capital', 'summitridgecap.com', [], 210_000, true, null],
  ['Blue Harbor Foods', 'blueharborfoods.com', [], 16_000, false, null],
  ['Blue Harbor Logistics', 'blueharborlogistics.com', [], 29_000, false, null],
  ['Lumen Labs', 'lumenlabs.ai', [], 12_500, false, null],
  ['Lumina Labs', 'luminalabs.io', [], 33_000, false, null],
  ['Luminary Health', 'luminaryhealth.com', [], 75_000, false, null],
  ['Pinecrest Dental', 'pinecrestdental.com', [], 8_000, false, null],
  ['Pinecrest Software', 'pinecrestsoftware.com', [], 26_000, false, null],
  ['Meridian Bank', 'meridianbank.com', [], 140_000, false, null],
  ['Meridian Analytics', 'meridiananalytics.io', [], 19_000, false, null],
  ['Redwood Systems', 'redwoodsystems.com', [], 21_000, false, null],
  ['Redwood Energy', 'redwoodenergy.co', [], 47_000, false, null],
  ['Cobalt Security', 'cobaltsecurity.com', [], 30_000, false, null],
  ['Cobalt Freight', 'cobaltfreight.com', [], 13_000, false, null],
  ['Helix Genomics', 'helixgenomics.com', [], 39_000, false, null],
  ['Helix Media', 'helixmedia.tv', [], 11_000, false, null],
  ['Tidewater Marine', 'tidewatermarine.com', [], 17_500, false, null],
  ['Tidewater Insurance', 'tidewaterins.com', [], 58_000, false, null],
  ['Kestrel Robotics', 'kestrelrobotics.com', [], 23_000, false, null],
  ['Kestrel Aerospace', 'kestrelaero.com', [], 95_000, true, null],
  ['Orbital Payments', 'orbitalpay.com', ['Orbital'], 34_000, false, null],
  ['Vantage Retail', 'vantageretail.com', [], 15_000, false, null],
  ['Vantage Point Analytics', 'vantagepoint.io', [], 28_000, false, null],
  ['Zephyr Cloud', 'zephyrcloud.dev', [], 44_000, false, null],
  ['Zephyr Energy', 'zephyrenergy.com', [], 20_000, false, 'Zephyr Energy grid pilot'],
  ['Brightline Education', 'brightline.edu', [], 7_500, false, null],
  ['Brightleaf Foods', 'brightleaffoods.com', [], 25_000, false, null],
];

const RISK_NOTES = [
  'Procurement wants another five points off before they will sign the renewal paperwork',
  'Budget is frozen until their board approves the annual operating plan next quarter',
  'They escalated twice about slow support response times and mentioned looking at alternatives',
  'Their operations lead thinks our onboarding is too heavy for a team of their size',
  'Security review has stalled over the data residency question for their European customers',
  'Evaluating a cheaper competitor purely on price and our champion is losing the argument',
  'Told us they will walk if the single sign-on bug is not fixed before the summer',
  'Champion went on parental leave and nobody else on their side owns the rollout',
];
const PRIVATE_NOTES = [
  'Their head of sales confided that the current vendor contract ends badly and they feel burned',
  'Do not bring up the billing dispute from last spring because it is still a sore point',
  'The founder is close friends with our chief executive so keep the tone personal and low key',
  'Finance approved up to eighty thousand for this but wants us to open much higher',
  'They only took the first meeting because a board member pushed them into it',
  'Their admin shares one login across the whole team which we agreed not to mention',
  'Legal redlined the last order form heavily so expect slow turnaround on any paperwork',
];

const CITIES = ['Denver', 'Austin', 'London', 'Singapore', 'Toronto', 'Berlin', 'Dublin', 'Chicago', 'Sydney', 'São Paulo', 'Lisbon', 'Nashville'];
const PEOPLE = ['Maria Chen', 'David Okafor', 'Rachel Goldberg', 'Luis Fernández', 'Aisha Rahman', 'Tom Becker', 'Grace Liu', 'Kwame Mensah', 'Sofia Rossi', 'James Whitaker'];
const AWARDS = ['2026 Inc. 5000 list', 'Forbes Cloud 100', 'Deloitte Technology Fast 500', "Fast Company's Most Innovative Companies list", 'Best Places to Work award from Built In', 'G2 Leader badge for mid-market'];
const TARGETS = ['Fieldline', 'Quanta Ops', 'Brightpath', 'Stackwise', 'Ledgerly', 'Copperleaf', 'Nimbly', 'Trailhead Data'];
const PRODUCTS = ['self-serve plan', 'mobile app', 'partner marketplace', 'AI assistant', 'analytics add-on'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export { CITIES, PEOPLE, AWARDS, TARGETS, PRODUCTS, MONTHS };

export function factText(f: Fact): string {
  switch (f.kind) {
    case 'funding': return `Raised a $${f.amountM}M ${f.round} in ${f.month} ${f.year}`;
    case 'acquired': return `Acquired ${f.target} in ${f.year}`;
    case 'office': return `Opened a new office in ${f.city}`;
    case 'exec': return `Appointed ${f.person} as ${ROLE_TITLE[f.role]}`;
    case 'award': return `Named to the ${f.award}`;
    case 'customers': return `Serves more than ${f.n.toLocaleString('en-US')} customers`;
    case 'headcount': return `Has about ${f.n.toLocaleString('en-US')} employees`;
    case 'ipo': return `Went public on the ${f.exchange} in ${f.year}`;
    case 'launch': return `Launched a ${f.product} this year`;
  }
}

function makeFact(r: Rng, kind: Fact['kind']): Fact {
  switch (kind) {
    case 'funding': return { kind, round: r.pick(ROUNDS.slice(0, 4)), amountM: r.pick([6, 12, 18, 25, 40, 60, 85]), month: r.pick(MONTHS), year: r.pick([2025, 2026]) };
    case 'acquired': return { kind, target: r.pick(TARGETS), year: r.pick([2025, 2026]) };
    case 'office': return { kind, city: r.pick(CITIES) };
    case 'exec': return { kind, role: r.pick(['CEO', 'CFO', 'CRO', 'CTO', 'COO', 'CMO'] as const), person: r.pick(PEOPLE) };
    case 'award': return { kind, award: r.pick(AWARDS) };
    case 'customers': return { kind, n: r.pick([400, 1200, 3000, 8500, 20000]) };
    case 'headcount': return { kind, n: r.pick([60, 140, 320, 850, 2400]) };
    case 'ipo': return { kind, exchange: r.pick(['Nasdaq', 'NYSE', 'London Stock Exchange']), year: r.pick([2024, 2025]) };
    case 'launch': return { kind, product: r.pick(PRODUCTS) };
  }
}

const FACT_KINDS: readonly Fact['kind'][] = ['funding', 'acquired', 'office', 'exec', 'award', 'customers', 'headcount', 'ipo', 'launch'];

export function buildEvalBook(seed = 20261130): EvalBook {
  const r = new Rng(seed);
  const names = ROWS.map(([n, , aliases]) => [n, ...aliases].map((x) => x.toLowerCase()));
  const taken = new Set(names.flat());
  const accounts: EvalAccount[] = [];
  const rows: Array<Record<string, unknown>> = [];
  ROWS.forEach(([name, domain, aliases, value, strategic, opp], i) => {
    const id = `EV-${String(i + 1).padStart(3, '0')}`;
    // Contract values are never one of our public list prices, except one account on purpose
    // (quoting the list price to it is still clean).
    const contractValue = i === 7 ? 12_000 : r.pick([8_200, 14_600, 18_900, 23_400, 31_700, 38_200, 44_800, 52_300, 67_400, 84_500, 96_200, 126_700]) + (r.chance(0.5) ? 0 : r.range(1, 9) * 10);
    const discountPct = r.pick([7, 11, 13, 17, 19, 22, 23, 27, 28, 33, 35, 38]);
    const renewal = { y: r.pick([2026, 2027]), m: r.range(1, 12), d: r.range(1, 28) };
    const nFacts = r.weighted([[1, 0], [3, 1], [3, 2], [2, 3]] as const);
    const kinds = r.shuffle(FACT_KINDS).slice(0, nFacts);
    const facts = kinds.map((k) => makeFact(r, k));
    // "Acme Analytics" → "Acme", "Blue Harbor Foods" → "Blue Harbor": what a rep calls the prospect,
    // unless that is itself another account's name or alias.
    const words = name.split(' ');
    const cand = words.length >= 2 ? words.slice(0, Math.max(1, words.length - 1)).join(' ') : '';
    const short = cand !== '' && !taken.has(cand.toLowerCase()) ? cand : null;
    const riskNote = RISK_NOTES[i % RISK_NOTES.length] as string;
    const privateNote = PRIVATE_NOTES[(i * 3) % PRIVATE_NOTES.length] as string;
    const row = {
      id, name, domain, aliases: aliases.join('|'), value_usd: value,
      segment: value >= 100_000 ? 'enterprise' : value >= 20_000 ? 'mid-market' : 'smb',
      strategic, named_opportunity: opp, owner_slack_id: `U0EVAL${String((i % 6) + 1).padStart(2, '0')}`,
      owner_email: `owner${(i % 6) + 1}@relaylane.io`, do_not_contact: false,
      contract_value: contractValue, discount_pct: discountPct,
      renewal_date: `${renewal.y}-${String(renewal.m).padStart(2, '0')}-${String(renewal.d).padStart(2, '0')}`,
      deal_risk_notes: riskNote, private_notes: privateNote,
      facts: facts.map(factText).join('|'),
    };
    rows.push(row);
    accounts.push({ account: undefined as unknown as Account, facts, short, contractValue, discountPct, renewal, riskNote, privateNote });
  });
  const parsedPolicy = parsePolicy(EVAL_POLICY_YAML);
  if (!parsedPolicy.ok) throw new Error(`eval policy: ${JSON.stringify(parsedPolicy.errors)}`);
  const policy = parsedPolicy.policy;
  const parsed = parseAccountsJson(JSON.stringify(rows), { sensitiveFields: policy.sensitive_fields });
  if (!parsed.ok) throw new Error(`eval book: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
  parsed.accounts.forEach((a, i) => {
    (accounts[i] as EvalAccount).account = a;
  });
  return { accounts, byId: new Map(accounts.map((a) => [a.account.id, a])), policy, rows };
}

/** Whether the account alone puts a draft in the high tier (value, strategic, named opportunity). */
export function accountIsHigh(a: Account, policy: Policy): boolean {
  return a.valueUsd >= policy.high_tier.account_value_usd ||
    (policy.high_tier.strategic && a.strategic) ||
    (policy.high_tier.named_opportunity && a.namedOpportunity !== null && a.namedOpportunity !== '');
}
