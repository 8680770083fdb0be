/**
 * A deterministic sample book (default 4,000 accounts) for the demo, the benchmarks and tests:
 * near-duplicate company families (Acme Analytics / Acme Logistics), sensitive CRM values, verified
 * facts, strategic and do-not-contact accounts, 40 owners. Same seed → same book.
 */
import type { Account } from '../detect/types.js';

import { seededRandom } from '../lib/random.js';

export const mulberry32 = seededRandom;

const PREFIXES = [
  'Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Soylent', 'Tyrell', 'Cyberdyne', 'Wonka',
  'Stark', 'Wayne', 'Oscorp', 'Massive', 'Dunder', 'Pied', 'Aperture', 'Black Mesa', 'Gringotts', 'Monarch',
  'Nakatomi', 'Virtucon', 'Zorg', 'Sirius', 'Octan', 'Ultor', 'Weyland', 'Yoyodyne', 'Gekko', 'Bluth',
  'Prestige', 'Sterling', 'Pendant', 'Kramerica', 'Strickland', 'Vehement', 'Axiom', 'Benthic', 'Cobalt', 'Dynamo',
  'Everest', 'Fulcrum', 'Granite', 'Helix', 'Ironwood', 'Juniper', 'Keystone', 'Lumen', 'Meridian', 'Northwind',
  'Orbit', 'Pinnacle', 'Quantum', 'Redwood', 'Summit', 'Tidewater', 'Unity', 'Vertex', 'Willow', 'Zenith',
  'Alder', 'Birch', 'Cedar', 'Delta', 'Ember', 'Falcon', 'Glacier', 'Harbor', 'Indigo', 'Jasper',
  'Kestrel', 'Lattice', 'Mosaic', 'Nimbus', 'Onyx', 'Prairie', 'Quarry', 'Radiant', 'Sable', 'Tundra',
];
const SUFFIXES = [
  'Analytics', 'Logistics', 'Health', 'Robotics', 'Foods', 'Capital', 'Labs', 'Systems', 'Energy', 'Media',
  'Freight', 'Software', 'Biotech', 'Retail', 'Insurance', 'Security', 'Networks', 'Motors', 'Pharma', 'Cloud',
  'Telecom', 'Realty', 'Aerospace', 'Textiles', 'Mining', 'Foundry', 'Studios', 'Partners', 'Dynamics', 'Solutions',
  'Ventures', 'Holdings', 'Industries', 'Devices', 'Materials', 'Marine', 'Outdoors', 'Apparel', 'Education', 'Travel',
  'Payments', 'Genomics', 'Agritech', 'Consulting', 'Hospitality', 'Water', 'Solar', 'Chemicals', 'Data', 'Games',
];
const RISK_NOTES = [
  'Champion left in Q3 and the new VP is evaluating a cheaper competitor',
  'Budget frozen until the board approves the annual plan in March',
  'Procurement pushing hard for another discount before they sign the renewal',
  'They complained twice about support response times and threatened to churn',
  'Legal is blocking the expansion until the data processing addendum is revised',
];
const PRIVATE_NOTES = [
  'CFO told us privately they are planning layoffs in the spring',
  'Do not mention the outage from last October it is still a sore point',
  'Their CEO is personally friends with our founder keep it low key',
  'Considering a merger with a larger rival that has not been announced',
];
const FACTS = [
  'raised a Series B in 2026',
  'opened a new office in Austin',
  'was named a Gartner Cool Vendor',
  'launched a self-serve product line this year',
  'appointed a new Chief Revenue Officer',
];

export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function generateSampleBook(n = 4000, seed = 42): Account[] {
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: Account[] = [];
  for (let i = 0; i < n; i++) {
    const p = PREFIXES[i % PREFIXES.length]!;
    const s = SUFFIXES[Math.floor(i / PREFIXES.length) % SUFFIXES.length]!;
    const round = Math.floor(i / (PREFIXES.length * SUFFIXES.length));
    const name = round ? `${p} ${s} ${['Group', 'International', 'Global', 'Europe'][round - 1] ?? round}` : `${p} ${s}`;
    const id = `ACC-${String(i + 1).padStart(5, '0')}`;
    const value = Math.round(Math.exp(8 + rnd() * 4.6) / 100) * 100; // ~$3k … ~$300k, long tail
    const contract = Math.round((value * (0.3 + rnd() * 0.5)) / 500) * 500;
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const owner = `U0REP${String(1 + (i % 40)).padStart(4, '0')}`;
    const facts = rnd() < 0.35 ? [`${name} ${pick(FACTS)}`] : [];
    out.push({
      id,
      name,
      domain: `${slug(name)}.com`,
      // Some companies write from a second domain (a product or regional site): every 50th here.
      domains: i % 50 === 7 ? [`${slug(name)}.io`] : [],
      aliases: rnd() < 0.2 ? [name.replace(/ /g, '')] : [],
      valueUsd: value,
      segment: value >= 100_000 ? 'enterprise' : value >= 20_000 ? 'mid-market' : 'smb',
      strategic: rnd() < 0.05,
      namedOpportunity: rnd() < 0.08 ? `${p} ${s} expansion ${2026 + Math.floor(rnd() * 2)}` : null,
      ownerSlackId: owner,
      ownerEmail: `${owner.toLowerCase()}@seller.example`,
      doNotContact: rnd() < 0.02,
      sensitive: {
        contract_value: String(contract),
        discount_pct: String(5 + Math.floor(rnd() * 31)),
        renewal_date: `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        ...(rnd() < 0.4 ? { deal_risk_notes: pick(RISK_NOTES) } : {}),
        ...(rnd() < 0.2 ? { private_notes: pick(PRIVATE_NOTES) } : {}),
      },
      facts,
      custom: {},
    });
  }
  return out;
}

/**
 * The same book as a CRM exports it: the DESIGN §5 columns plus `domains` (`|`-separated), booleans
 * written as words (`yes` / empty), an open opportunity without a name written as `yes`.
 */
export function sampleBookCsv(accounts: Account[]): string {
  const esc = (v: string) => (/[",\n|]/.test(v) && !v.includes('|') ? `"${v.replace(/"/g, '""')}"` : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const header = 'id,name,domain,domains,aliases,value_usd,segment,strategic,named_opportunity,owner_slack_id,owner_email,do_not_contact,contract_value,discount_pct,renewal_date,deal_risk_notes,private_notes,facts';
  const yesNo = (b: boolean, i: number) => (b ? ['yes', 'Yes', 'TRUE', 'y'][i % 4]! : ['no', '', 'FALSE', 'No'][i % 4]!);
  const lines = accounts.map((a, i) =>
    [
      a.id, a.name, a.domain, (a.domains ?? []).join('|'), a.aliases.join('|'), String(a.valueUsd), a.segment, yesNo(a.strategic, i),
      a.namedOpportunity ?? yesNo(false, i + 1), a.ownerSlackId ?? '', a.ownerEmail ?? '', yesNo(a.doNotContact, i + 2), a.sensitive.contract_value ?? '', a.sensitive.discount_pct ?? '',
      a.sensitive.renewal_date ?? '', a.sensitive.deal_risk_notes ?? '', a.sensitive.private_notes ?? '', a.facts.join('|'),
    ].map(esc).join(','),
  );
  return [header, ...lines].join('\n') + '\n';
}
