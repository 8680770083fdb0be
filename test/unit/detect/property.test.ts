import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

/** Property: no reformatting trick in the list hides a sensitive value. */

const FULLWIDTH = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
const ARABIC = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
const DEVANAGARI = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0966 + Number(d)));
const ZERO_WIDTH = (s: string) => s.split('').join('\u200b');
const NBSP_GROUPS = (s: string) => s.replace(/,/g, '\u00a0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const en = (v: number) => v.toLocaleString('en-US');
const de = (v: number) => v.toLocaleString('en-US').replace(/,/g, '.');

const MONEY_TRICKS: Array<[string, (v: number) => string | null]> = [
  ['$en', (v) => `$${en(v)}`],
  ['bare', (v) => String(v)],
  ['USD en', (v) => `USD ${en(v)}`],
  ['en USD', (v) => `${en(v)} USD`],
  ['de dots', (v) => de(v)],
  ['space groups', (v) => en(v).replace(/,/g, ' ')],
  ['nbsp groups', (v) => NBSP_GROUPS(en(v))],
  ['cents', (v) => `$${en(v)}.00`],
  ['dollars', (v) => `${en(v)} dollars`],
  ['k', (v) => (v % 100 === 0 && v < 1_000_000 ? `${v / 1000}k` : null)],
  ['thousand', (v) => (v % 1000 === 0 && v < 1_000_000 ? `${v / 1000} thousand` : null)],
  ['million', (v) => (v % 100_000 === 0 && v >= 1_000_000 ? `$${v / 1_000_000}M` : null)],
  ['fullwidth', (v) => FULLWIDTH(`$${en(v)}`)],
  ['arabic-indic', (v) => ARABIC(String(v))],
  ['devanagari', (v) => DEVANAGARI(en(v))],
  ['zero-width', (v) => ZERO_WIDTH(`$${en(v)}`)],
];

const PERCENT_TRICKS: Array<[string, (d: number) => string]> = [
  ['%', (d) => `${d}%`],
  [' %', (d) => `${d} %`],
  ['percent', (d) => `${d} percent`],
  ['per cent', (d) => `${d} per cent`],
  ['fullwidth', (d) => FULLWIDTH(`${d}%`)],
  ['zero-width', (d) => ZERO_WIDTH(`${d}%`)],
];

const DATE_TRICKS: Array<[string, (y: number, m: number, d: number) => string]> = [
  ['iso', (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`],
  ['us', (y, m, d) => `${m}/${d}/${y}`],
  ['eu dots', (y, m, d) => `${d}.${m}.${y}`],
  ['month d, y', (y, m, d) => `${MONTHS[m - 1]} ${d}, ${y}`],
  ['d month y', (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`],
  ['mon dth', (_y, m, d) => `${(MONTHS[m - 1] as string).slice(0, 3)} ${d}th`],
  ['the dth of month', (_y, m, d) => `the ${d}th of ${MONTHS[m - 1]}`],
  ['arabic iso', (y, m, d) => ARABIC(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)],
];

const PREFIX = fc.constantFrom('Quick note: ', 'Hi Dana,\n\nAs discussed, ', 'We talked about ', '');
const SUFFIX = fc.constantFrom('.', ' for the team.', ' — let me know.', '\n\nBest,\nSam');

function leaks(body: string, at: number, len: number, sensitive: Record<string, string>): boolean {
  const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example', sensitive });
  const other = makeAccount({ id: 'o', name: 'Other Co', domain: 'other.example', sensitive: { contract_value: '777' } });
  const book = buildBook([account, other]);
  const findings = scanDraft({ subject: 'Hello', body, to: { email: 'dana@target.example', name: 'Dana' }, from: 'sam@ourco.com' }, account, book, testPolicy());
  return findings.some((f) => f.kind === 'sensitive_field' && f.field === null && f.start <= at && f.end >= at + len);
}

describe('property: no reformatting trick hides a sensitive value', () => {
  it('contract values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 9_999_999 }),
        fc.constantFrom(...MONEY_TRICKS),
        PREFIX,
        SUFFIX,
        (v, [, trick], pre, post) => {
          const written = trick(v);
          fc.pre(written !== null);
          const body = `${pre}${written as string}${post}`;
          expect(leaks(body, pre.length, (written as string).length, { contract_value: String(v) })).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('discount percentages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 95 }), fc.constantFrom(...PERCENT_TRICKS), PREFIX, SUFFIX, (d, [, trick], pre, post) => {
        const written = trick(d);
        // A discount needs a price word in its sentence (precision: "30 percent faster" is not one).
        const body = `${pre}${written}${post === '.' ? ' off your renewal.' : ` discount${post}`}`;
        expect(leaks(body, pre.length, written.length, { discount_pct: String(d) })).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a discount said as a lower price leaks; the same figure in a customer result does not', () => {
    // Twenty-seventh session (dev-clean FT): "22% lower maintenance cost per tonne" in a case study.
    const leak = 'We can offer you a 22% lower licence fee if you sign for two years.';
    const result = '- Northfield Cartons: 22% lower maintenance cost per tonne after 12 months (ourco.com/customers/northfield)';
    const detention = 'Fletes del Bajío cut detention charges by 22% in six months with automatic geofence check-ins.';
    expect(leaks(leak, leak.indexOf('22%'), 3, { discount_pct: '22' })).toBe(true);
    const kept = 'Good news: finance approved keeping your 22% reduction.';
    expect(leaks(kept, kept.indexOf('22%'), 3, { discount_pct: '22' })).toBe(true);
    const downtime = 'Teams like yours see a 22% reduction in downtime in the first year.';
    expect(leaks(downtime, downtime.indexOf('22%'), 3, { discount_pct: '22' })).toBe(false);
    expect(leaks(result, result.indexOf('22%'), 3, { discount_pct: '22' })).toBe(false);
    expect(leaks(detention, detention.indexOf('22%'), 3, { discount_pct: '22' })).toBe(false);
  });

  it('the date of a quoted message in its attribution line is not the renewal date', () => {
    // Twenty-seventh session (dev-clean FX): "Le mar. 3 juin 2025 …" read as 3 March.
    const fr = 'Merci pour votre message!\n\nLe mar. 3 juin 2025 à 09:14, Julie Lavoie a écrit :\n> Est-ce que la formation est offerte en français?';
    const en = 'Thanks!\n\nOn Tue, 3 Mar 2026 at 09:14, Julie Lavoie wrote:\n> Can we move the call?';
    const leak = 'Your renewal is due on 3 March 2026, as agreed.';
    expect(leaks(fr, fr.indexOf('mar. 3'), 6, { renewal_date: '2026-03-03' })).toBe(false);
    expect(leaks(en, en.indexOf('3 Mar 2026'), 10, { renewal_date: '2026-03-03' })).toBe(false);
    expect(leaks(leak, leak.indexOf('3 March 2026'), 12, { renewal_date: '2026-03-03' })).toBe(true);
  });

  it('renewal dates', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(...DATE_TRICKS),
        PREFIX,
        SUFFIX,
        (y, m, d, [, trick], pre, post) => {
          const written = trick(y, m, d);
          const body = `${pre}${written}${post}`;
          const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          expect(leaks(body, pre.length, written.length, { renewal_date: iso })).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('six-word runs of notes in any case and punctuation', () => {
    const note = 'Budget owner left in March and the new VP wants to renegotiate everything before signing';
    const words = note.split(' ');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: words.length - 6 }),
        fc.integer({ min: 6, max: 9 }),
        fc.constantFrom(' ', ', ', ' - ', '; ', '\n', '  '),
        fc.boolean(),
        (from, len, sep, upper) => {
          const run = words.slice(from, from + len).join(sep);
          const written = upper ? run.toUpperCase() : run.toLowerCase();
          const body = `We heard that ${written}. Happy to help.`;
          expect(leaks(body, 'We heard that '.length, written.length, { deal_risk_notes: note })).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
