/**
 * When the account's verified facts, or what the prospect wrote in a quoted message, excuse a
 * sentence the learned model reads as news about the prospect (rules/engine.ts mayCiteFact), and
 * the model-side readings of someone else's story and of a price worked out from the reader's count.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

function claimRules(body: string, facts: string[]): string[] {
  const account = makeAccount({ id: 't', name: 'Redwood Energy', domain: 'redwood.example', facts });
  const book = buildBook([account]);
  return scanDraft({ subject: 'Following up', body: `Hi Dana,\n\n${body}\n\nBest,\nSam`, to: { email: 'dana@redwood.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
    .filter((f) => f.kind === 'unverified_claim' && f.severity !== 'info').map((f) => f.rule ?? '');
}

const claimModel = (body: string, facts: string[]): boolean => claimRules(body, facts).includes('claim.model');

describe('facts that may support a model claim', () => {
  it('share a whole figure with its unit, not a number inside another figure', () => {
    const towns = 'As Redwood Energy rolls out 5G to 40 new towns in Tamil Nadu this year, site leases will be a heavy lift.';
    expect(claimModel(towns, ['Raised a $40M Series C in March 2026'])).toBe(true);
    expect(claimModel(towns, ['Rolling out 5G to 40 new towns in Tamil Nadu'])).toBe(false);
  });

  it('share two words with it: one common word proves nothing', () => {
    const hub = 'Welcome news that Redwood Energy is reopening its Brisbane hub, so those teams will need the same tooling as head office.';
    expect(claimModel(hub, ['Went public on the London Stock Exchange in 2024', 'Named a new head of sales'])).toBe(true);
    expect(claimModel(hub, ['Reopening the Brisbane hub in 2026'])).toBe(false);
  });

  it('a quoted line the prospect wrote needs one distinctive word', () => {
    const body = 'Nice, congrats on the new rosters!\n\nPer-seat is not the only option: there is a per-team plan too.\n\nOn Mon, 12 Feb, Dana wrote:\n> we just signed two new academy rosters so we are going from 4 teams to 6';
    expect(claimModel(body, [])).toBe(false);
    expect(claimModel('Nice, congrats on the new rosters!', [])).toBe(true);
  });
});

describe('facts of a claim\'s kind', () => {
  it('are read from the start of a word: a CEO appointment is no layoff fact ("cut" of "executive")', () => {
    const layoffs = 'Sorry to hear about the layoffs at Redwood Energy last month.';
    expect(claimRules(layoffs, ['Appointed Sofia Rossi as Chief Executive Officer'])).toContain('claim.layoffs');
    expect(claimRules(layoffs, ['Laid off 10% of its workforce in 2025'])).toEqual([]);
    // "merg" of "emerging", "market" of "marketplace", "roll" of "payroll" are no facts either.
    expect(claimRules('Congrats on the merger with Helix!', ['Serves emerging markets in Asia'])).toContain('claim.acquisition');
  });

  it('what the reader wrote in their message, pointed back at, is theirs to have told', () => {
    const told = 'Thank you for your message last week. I understand that your company decided to postpone the project because of the reorganisation of your sales division.';
    expect(claimRules(told, [])).toEqual([]);
    expect(claimRules('I understand that your company is going through a reorganisation of the sales division.', [])).toContain('claim.layoffs');
  });
});

describe('sentences the model reads as news that are not the prospect\'s', () => {
  it('another company named and described at the sentence\'s start tells its own story', () => {
    expect(claimModel('Al Noor Hospitality, a group of four mid-scale hotels in Sharjah and Ajman, was acquired by a Saudi investment fund in 2023.', [])).toBe(false);
    expect(claimModel('Redwood Energy, a company I follow closely, was acquired by a Saudi investment fund last month.', [])).toBe(true);
  });

  it('a price worked out from the reader\'s count is the quote\'s basis', () => {
    expect(claimModel('With 1,020 employees, all employees are billed at the £6.10 tier.', [])).toBe(false);
  });
});

describe('a claim checked with the reader', () => {
  it('is asked, not spread: "if that\'s right" goes on from the news', () => {
    expect(claimRules("Word on the street is that Redwood Energy is being picked up by a private-equity firm — if that's right, benefits harmonisation tends to come up fast.", [])).not.toEqual([]);
    expect(claimRules("I read that Redwood Energy is opening in Leeds — is that right?", [])).toEqual([]);
    expect(claimRules("Since your new COO joined from Ticketek in March, I'd guess the ticketing setup is being reviewed. If that's the case, our venue tool might help.", [])).not.toEqual([]);
  });
});

describe('retail words that read like product steps', () => {
  it('"click & collect" is a way of shopping, not a step in our product', () => {
    expect(claimRules('With your online sales doubling since 2023, click & collect must be a growing share of your in-store traffic.', [])).toContain('claim.growth-figures');
  });
});

describe('news the claim rules read in more words', () => {
  it('a company put up for sale, and a record told of a named company', () => {
    expect(claimRules('I also hear Redwood Energy is quietly shopping for a buyer.', ['Acquired Trailhead Data in 2025'])).toContain('claim.acquisition');
    expect(claimRules("Congratulations on Redwood Energy's record sales in FY25.", ['Serves more than 3,000 customers'])).toContain('claim.growth-figures');
  });

  it('a fact sharing a name with the sentence still supports it', () => {
    expect(claimRules('Congrats on buying Fieldline!', ['Acquired Fieldline in 2026'])).toEqual([]);
  });
});

describe('a fact of the kind speaks for a sentence only through a word of the kind (thirty-second session)', () => {
  it('a departure, or a finance team, is not told by an appointment or an office opened', () => {
    expect(claimModel('Since your controller left last month, I imagine approvals are piling up on fewer desks.', ['Appointed Sofia Rossi as Chief Executive Officer'])).toBe(true);
    // A rule reads this premise since the forty-third session ("Given that … has doubled its …"); the office fact excuses neither.
    expect(claimRules('Now that Redwood Energy has doubled its donor base, is your finance team keeping up with the gift acknowledgments?', ['Opened a new office in São Paulo']).length).toBeGreaterThan(0);
  });
  it('a word of the kind still lets a fact of the kind speak for it', () => {
    expect(claimRules('Congrats on the new role!', []).length).toBeGreaterThan(0);
    expect(claimRules('Congrats on the new role!', ['Appointed Sofia Rossi as Chief Executive Officer'])).toEqual([]);
  });
});

describe('facts that do not tell the news (forty-sixth session, UH, UT, UO)', () => {
  it('an acquisition fact tells no merger the claim names by description', () => {
    const merger = "After Redwood Energy's recent merger with a private hospital group, I imagine integration is on your radar.";
    expect(claimRules(merger, ['Acquired Ledgerly in 2025'])).not.toEqual([]);
    expect(claimRules(merger, ['Completed its merger with Harbour Health in 2025'])).toEqual([]);
    expect(claimRules('Congrats on buying Ledgerly!', ['Acquired Ledgerly in 2025'])).toEqual([]);
  });
  it('a count tells no news that names neither a figure, what it counts, nor a change', () => {
    const soldOut = "After selling out 2025 entirely, I'd guess 2026 enquiries are already rolling in.";
    expect(claimRules(soldOut, ['Serves more than 3,000 customers'])).not.toEqual([]);
    expect(claimRules('Congratulations on passing 3,000 customers!', ['Serves more than 3,000 customers'])).toEqual([]);
  });
  it('a headcount tells no layoffs, and a quoted line with no news supports nothing by shared words', () => {
    const layoffs = 'After the layoffs at Redwood Energy in January, I completely understand wanting to keep new costs tight.';
    expect(claimRules(layoffs, ['Has about 2,400 employees'])).not.toEqual([]);
    const quoted = `${layoffs}\n\nOn Thu, Natalie Price wrote:\n> Can you send through pricing? Budgets are tight this year so we need to understand the full cost.`;
    expect(claimRules(quoted, [])).not.toEqual([]);
  });
});
