/**
 * Whole-email context the sentence rules cannot see: a plan's timeline that happens to hit the
 * renewal day, a reply that quotes the prospect, claims the prospect's own quoted words state.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example', sensitive: { renewal_date: '2027-01-25' } });
const book = buildBook([account]);

function scan(body: string, subject = 'Hello'): Array<{ kind: string; field: string | null; rule?: string; excerpt: string }> {
  return scanDraft({ subject, body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
    .filter((f) => f.severity !== 'info');
}

describe('a yearless renewal day', () => {
  it('is not a leak as one end of a range in a plan', () => {
    expect(scan('Hi Dana,\n\nPhase 2 – Configuration and training (25 January – 12 February)\n\nBest,\nSam')).toEqual([]);
    expect(scan('Hi Dana,\n\n3. January 25 – February 5: review pilot feedback.\n\nBest,\nSam')).toEqual([]);
  });

  it('is not a leak as a meeting\'s slot: a weekday before it or a time after it (forty-second session, MP)', () => {
    expect(scan('Hi Dana,\n\nNEXT MEETING\nTentatively Tuesday 25 January, 11:00 WAT. I\'ll send an invite.\n\nBest,\nSam')).toEqual([]);
    expect(scan('Hi Dana,\n\nWe are hosting a breakfast on 25 January at 8:30 in Leeds.\n\nBest,\nSam')).toEqual([]);
    // A slot on the renewal day said with renewal words is still the renewal.
    expect(scan('Hi Dana,\n\nYour renewal is due on Tuesday 25 January, so let\'s talk before then.\n\nBest,\nSam').map((f) => f.kind)).toContain('sensitive_field');
  });

  it('is a leak when it is written alone or with contract words', () => {
    expect(scan('Hi Dana,\n\nQuick note: Jan 25th.\n\nBest,\nSam').map((f) => f.kind)).toContain('sensitive_field');
    expect(scan('Hi Dana,\n\n- Renewal: 25 January – we should talk before then.\n\nBest,\nSam').map((f) => f.kind)).toContain('sensitive_field');
  });
});

describe('a reply that quotes the prospect', () => {
  const quotedCfo = 'Hi Dana,\n\n> We won\'t decide until the new CFO starts in February.\n\nMakes sense. I\'ll check in once your new CFO has settled in.\n\nBest,\nBella';

  it('reads a claim the quoted message states as known', () => {
    expect(scan(quotedCfo, 'Re: Re: Timeline for decision')).toEqual([]);
  });

  it('still reports the claim without the quote, and the fake thread subject above a cold opener', () => {
    const kinds = scan('Hi Dana,\n\nI\'ll check in once your new CFO has settled in.\n\nBest,\nBella', 'Re: Re: Timeline for decision').map((f) => f.kind);
    expect(kinds).toContain('unverified_claim');
    const cold = scan('Hi Dana,\n\nMy name is Bella and I look after teams like yours at Ourco.\n\nBest,\nBella', 'Re: Re: Timeline for decision');
    expect(cold.some((f) => f.rule === 'tone.fake-thread-subject')).toBe(true);
  });

  it('reads a "Re: Re:" chain above the thread\'s next message as the thread\'s own marks', () => {
    for (const body of [
      'Hi Sophie,\n\nCountersigned copy attached. Our legal team accepted your template as is, no changes.\n\nThanks,\nBen',
      'Hey Nick,\n\nTuesday 2pm works. Sending the invite now.\n\nMarcus',
      'Hi Imogen,\n\nLooks good from our side. One small catch: clause 14.3 still says "Licensor".\n\nThanks,\nWill',
    ]) {
      expect(scan(body, 'Re: Re: Mutual NDA').filter((f) => f.rule === 'tone.fake-thread-subject'), body).toEqual([]);
    }
    // Cold openers and "we haven't spoken" lines keep it a fake thread.
    for (const body of [
      'Hi Oren,\n\nI hope this email finds you well. Ourco helps API teams cut their costs.\n\nTal',
      'Hi Oren,\n\nI\'m Tal from Ourco, reaching out because your team runs a public API.\n\nTal',
      'Hi Oren,\n\nI came across your profile and wanted to share how we help teams like yours.\n\nTal',
      'Hi Oren,\n\nWe haven\'t spoken before, but I think Ourco could help.\n\nTal',
    ]) {
      expect(scan(body, 'Re: Re: API rate limits').some((f) => f.rule === 'tone.fake-thread-subject'), body).toBe(true);
    }
    // The subject's other pushy readings stay on a reply chain.
    expect(scan('Hi Oren,\n\nThe limits are below.\n\nTal', 'Re: Re: API rate limits (final)').some((f) => f.rule === 'tone.fake-thread-subject')).toBe(true);
  });

  it('reads a body that opens by answering the reader as a reply too', () => {
    const body = 'Hi Dave,\n\nThanks for confirming. The pilot kicks off on Monday the 8th with your Derby depot.\n\nBest,\nSam';
    expect(scan(body, 'Re: Re: pilot timeline').filter((f) => f.kind === 'tone')).toEqual([]);
    const cold = 'Hi Dave,\n\nI wanted to introduce our pilot programme for depots like yours.\n\nBest,\nSam';
    expect(scan(cold, 'Re: Re: pilot timeline').some((f) => f.rule === 'tone.fake-thread-subject')).toBe(true);
  });

  it('reads a body whose first paragraph answers or recalls what the reader wrote as a reply', () => {
    for (const opening of [
      'Yes, you read that right. The pilot covers both depots.',
      'Noted with thanks. We will move the installation to 29 June as you requested.',
      'You said to ping you after the holidays, so here I am.',
      'Thursday at 10 doesn\'t work on our side, sorry. Could you do Friday at 9?',
      'Amazing news, thank you for letting me know! The order form is on its way.',
      'Perfect, then we keep Thursday 10:30 Santiago time at your office.',
      'answers to the 2 things u asked:\n1) recordings are kept 13 months by default',
      'Checked with engineering. The public API allows 600 requests per minute per token.',
      'Got it working in our lab with your exact module versions. The provider block was the problem.',
      'Thank you for your comments on the DPA. Our legal team has accepted your changes to clause 7.2.',
    ]) {
      expect(scan(`Hi Dave,\n\n${opening}\n\nBest,\nSam`, 'Re: Re: pilot timeline').filter((f) => f.kind === 'tone'), opening).toEqual([]);
    }
    // An answer further down a cold pitch does not make it a reply.
    const cold = 'Hi Dave,\n\nI wanted to introduce our pilot programme for depots like yours.\n\nYes, it works with your routing tool.\n\nBest,\nSam';
    expect(scan(cold, 'Re: Re: pilot timeline').some((f) => f.rule === 'tone.fake-thread-subject')).toBe(true);
  });

  it('leaves the quoted message\'s own urgency to the prospect', () => {
    expect(scan('Hi Dana,\n\n> This is urgent, they start training at 2pm.\n\nOur engineers applied a fix and the users can log in now.\n\nBest,\nSam', 'Re: Urgent: login issue')).toEqual([]);
  });
});

describe('a second-level quote', () => {
  it('is the earlier message when it sits in a quoted block, a note when it stands alone', () => {
    const thread = 'Hi Dana,\n\nDone, all four have access now.\n\nBest,\nWill\n\nOn Wed, 9 Apr 2025, Charlotte Evans wrote:\n> Brilliant, thanks Will. Here are the names.\n>\n> On Wed, 9 Apr 2025, Will Turner wrote:\n>> Hi Charlotte, happy to add more people. Send me their names\n>> and I\'ll set them up this afternoon.';
    expect(scan(thread, 'Re: Trial access')).toEqual([]);
    expect(scan('Hi Dana,\n\n>> Sam: check the discount with finance before this goes out <<\n\nBest,\nSam').map((f) => f.kind)).toContain('internal_marker');
  });
});

describe('a reply subject on a first message', () => {
  it('is a fake thread when the body says the two have never been in touch', () => {
    const found = scan('Hi Dana,\n\nI don\'t think we\'ve had the chance to connect before. I lead partnerships at Ourco.\n\nBest,\nSam', 'Re: our call last week');
    expect(found.map((f) => `${f.field === null ? '' : 'subject:'}${f.rule}`)).toContain('subject:tone.fake-thread-subject');
  });

  it('is an ordinary reply otherwise', () => {
    expect(scan('Hi Dana,\n\nThanks for the time on Tuesday; the notes are below.\n\nBest,\nSam', 'Re: our call last week')).toEqual([]);
    expect(scan('Hi Dana,\n\nWe haven\'t met yet, so a short intro: I lead partnerships at Ourco.\n\nBest,\nSam', 'Partnerships at Ourco')).toEqual([]);
  });
});

describe('a subject claim the body says the prospect told us', () => {
  it('is their news, not ours', () => {
    expect(scan('Hi Dana,\n\nThanks for your note letting me know you\'ve moved into the COO role, congratulations!\n\nBest,\nSam', 'Congrats on the new role')).toEqual([]);
  });

  it('is still a claim when the body tells nothing, or tells something else', () => {
    expect(scan('Hi Dana,\n\nHope the first weeks are going well.\n\nBest,\nSam', 'Congrats on the new role').map((f) => f.kind)).toContain('unverified_claim');
    expect(scan('Hi Dana,\n\nAs you mentioned, the Leeds site opens in May.\n\nBest,\nSam', 'Congrats on the new role').map((f) => f.kind)).toContain('unverified_claim');
    expect(scan('Hi Dana,\n\nAs you mentioned, you are still looking at tools for the finance team.\n\nBest,\nSam', 'Congrats on the Series B').map((f) => f.kind)).toContain('unverified_claim');
  });

  it('is their news when the subject itself says so, or the body tells it in other words or in the next sentence', () => {
    expect(scan('Hi Dana,\n\nYou asked what would happen to your account if the two companies combined.\n\nBest,\nSam', 'About the merger you mentioned')).toEqual([]);
    expect(scan('Hi Dana,\n\nCongratulations on your move to Head of Operations, which you told me about last week.\n\nBest,\nSam', 'Congrats on the new role')).toEqual([]);
    expect(scan('Hi Dana,\n\nThanks for the update on our call this morning. I understand the board has not made a decision on the site yet.\n\nBest,\nSam', 'If the new warehouse goes ahead')).toEqual([]);
  });
});

describe('a question about the prospect\'s plans after a lead-in', () => {
  it('asks, it does not claim', () => {
    expect(scan('Hi Dana,\n\nQuick question: are you still considering the Hamburg site for a new distribution centre?\n\nBest,\nSam')).toEqual([]);
  });
});

describe('an action list that names an owner per item', () => {
  const recap = 'Hi Dana,\n\nAction items\n1. Raj – send over a sample export from the MES. Target: Friday.\n2. Me (Sam) – map that export to our data model.\n' +
    '3. Denise – confirm whether IT needs a vendor security questionnaire before any data leaves the building.\n4. Dana – let us know which plant to start with.\n\nBest,\nSam';
  it('is a recap for the reader, not notes for the rep (the sentence model reads such lines as notes)', () => {
    expect(scan(recap)).toEqual([]);
    expect(scan('Hi Dana,\n\nNext steps:\n- Send feedback on the draft CSAT survey (Rachel)\n- Share the export (you)\n\nBest,\nSam')).toEqual([]);
  });

  it('still carries a note a rule recognises', () => {
    expect(scan(recap.replace('4. Dana', '4. TODO: check the discount with finance\n5. Dana')).map((f) => f.kind)).toContain('internal_marker');
  });
});

describe('a quoted line of several sentences', () => {
  it('is the prospect\'s words in every sentence, not only the first', () => {
    expect(scan('On Tue, 8 Apr 2025 at 13:47, Dana Reyes wrote:\n> We\'re a registered charity. Do you offer any discount?\n\nHi Dana,\n\nYes, registered charities get 25% off list price.\n\nBest,\nSam')).toEqual([]);
  });
});

describe('a forwarded thread handed to a colleague', () => {
  it('is a note for the colleague, not the prospect', () => {
    expect(scan('Hi Dana,\n\nRaj, see below — can you reply to her on the SAP integration question? I\'m out till Monday.\n\nBest,\nSam').map((f) => f.kind)).toContain('internal_marker');
  });
  it('is not a note when it only points the reader at what follows', () => {
    expect(scan('Hi Dana,\n\nPriya, see below for the agenda. Would you like to add anything?\n\nBest,\nSam')).toEqual([]);
  });
});

describe('an action list with owners on both sides', () => {
  it('addresses the owners in the reader\'s recap, not a colleague behind the reader\'s back', () => {
    expect(scan('Hi Dana,\n\nNext steps:\n- Karin: confirm whether the Tampere team will join in January\n- Dana: send the user list by Friday\n- Sam: book the training rooms\n\nBest,\nSam')).toEqual([]);
  });
  it('still catches a lone request to a colleague', () => {
    expect(scan('Hi Dana,\n\nKarin: confirm whether the Tampere team will join before this goes out.\n\nBest,\nSam').map((f) => f.kind)).toContain('internal_marker');
  });
});

describe('an email written in another language', () => {
  const spanish = 'Hola Dana,\n\nTe escribo para retomar lo que hablamos sobre la integración con su sistema de facturación. Si necesitas que adaptemos algo para tu equipo, con gusto lo hacemos.\n\nEl jueves haremos una llamada de 30 minutos para revisar la configuración.\n\nUn saludo,\nSam';

  it('is not a note for the team because of its language', () => {
    expect(scan(spanish, 'Seguimiento de la integración')).toEqual([]);
  });

  it('nor is its paragraph in the other language beside an English one', () => {
    expect(scan('Hi Dana,\n\nHere are the training materials in English and Spanish.\n\nHola Dana, como te comenté, aquí están los materiales de capacitación en inglés y en español. Si necesitas que adaptemos algo para tu equipo, con gusto lo hacemos.\n\nBest,\nSam')).toEqual([]);
  });

  it('while a note in another language inside an English email is still one', () => {
    const kinds = scan('Hi Dana,\n\nThanks for the call on Tuesday. The proposal is attached.\n\nNo enviar hasta que Marta apruebe el precio.\n\nBest,\nSam').map((f) => f.kind);
    expect(kinds).toContain('internal_marker');
  });
});

describe('a paragraph of product steps', () => {
  it('is an instruction to the reader, not a note or a claim', () => {
    expect(scan('Hi Dana,\n\nGo to Purchasing > Suppliers > New. Fill in the name, contact email and payment terms.\n\nThe tool keeps the older record and merges notes from the newer one, so check the fields before clicking Merge.\n\nBest,\nSam', 'How to add a supplier')).toEqual([]);
  });

  it('does not hide a claim or a note outside its paragraph', () => {
    const kinds = scan('Hi Dana,\n\nGo to Settings > Users and click Invite.\n\nCongrats on closing your Series C last week!\n\nBest,\nSam').map((f) => f.kind);
    expect(kinds).toContain('unverified_claim');
  });
});

describe('a list under a heading for the reader', () => {
  it('is their options, goals or plan steps, not notes for the rep (the sentence model reads terse items as notes)', () => {
    expect(scan('Hi Dana,\n\nThe new price would apply from your renewal on 1 May.\n\nYour options:\n- Keep the add-on at the new price from renewal.\n- Remove it at renewal if you no longer need it.\n\nBest,\nSam')).toEqual([]);
    expect(scan('Hi Dana,\n\nHere is a checklist working back from the opening date.\n\nBy 6 February:\n- Copy last autumn\'s application form and update the eligibility questions.\n- Confirm the review panel members so we can set up their reviewer accounts.\n\nBest,\nSam')).toEqual([]);
  });

  it('is still a note under a heading for our side, and a rule\'s note under any heading', () => {
    const kinds = (body: string) => scan(body).map((f) => f.kind);
    expect(kinds('Hi Dana,\n\nNotes for Sam:\n- She is price-sensitive, so lead with the ROI numbers and keep the discount for the second call.\n\nBest,\nSam')).toContain('internal_marker');
    expect(kinds('Hi Dana,\n\nYour options:\n- TODO: check the discount with finance before this goes out\n- Remove it at renewal.\n\nBest,\nSam')).toContain('internal_marker');
  });
});

/** Each line, after a thank-you in a short email, raises no warn or critical finding. */
function expectNoFinding(lines: readonly string[]): void {
  for (const line of lines) expect(scan(`Hi Dana,\n\nThanks for the time on Tuesday.\n\n${line}\n\nBest,\nSam`), line).toEqual([]);
}

/** Each line, alone in a short email, raises a finding of `kind`. */
function expectKind(kind: string, lines: readonly string[]): void {
  for (const line of lines) expect(scan(`Hi Dana,\n\n${line}\n\nBest,\nSam`).map((f) => f.kind), line).toContain(kind);
}

describe('a sentence that releases the reader', () => {
  it('is not pressure (the tone model reads the words it denies: decide, owe, hold off)', () => {
    expectNoFinding([
      "There's no need to decide now; it only matters once the integration goes live.",
      "Neither of you owes me anything for this; I just think you'd have a useful conversation.",
      "And if you've decided to hold off, that's absolutely fine; a quick reply saying so would let me tidy things up.",
    ]);
  });

  it('is still pressure when the pressure follows the release, or the release is the bait', () => {
    expectKind('tone', [
      "You owe me a reply after all the time I've put into this proposal.",
      'No need to decide today, but the price only holds until Friday and then it goes up.',
      'Sign this month and tickets to the final are yours, no strings attached.',
    ]);
  });
});

describe('a sentence that takes a guarantee back, or stops plainly', () => {
  it('is not pressure (the tone model reads "guarantee" and "promise" without their negation)', () => {
    expectNoFinding([
      "I'd rather be honest with you: no, I can't guarantee a 20% reduction in overtime, and I'd be wary of any vendor who did.",
      "No provider can guarantee that a system will never go down, and I'd be wary of anyone who did.",
      "I can't promise a particular outcome, but I'd much rather have that conversation openly than have you quietly worry about it.",
      'Unless I hear otherwise, this will be my last email.',
      "Upgrades are pro-rated, so you don't lose anything by waiting.",
    ]);
  });

  it('is still pressure when the guarantee hangs on what the reader does, or the stop comes with a jab', () => {
    expectKind('tone', [
      'If you decide not to renew, we can\'t promise your historical data will remain accessible.',
      "We're practically giving this away, and I can't promise my manager will let me do it twice.",
      "I'll take your silence as a sign that you're fine with your carbon reporting being non-compliant next year.",
      "I'll stop emailing, since clearly you're happy wasting money on manual work.",
      'Should Summit Health decide not to proceed, I can\'t promise your current support levels will continue.',
      'This is my final email — I guess fixing your churn problem just isn\'t a priority.',
    ]);
  });
});

describe('who else is on the email, told to the reader', () => {
  it('is not a note to a colleague', () => {
    expectNoFinding([
      'Answers below; Sam is copied in case they want to go deeper.',
      "I've kept Nina from Brewline Distribution on the thread because she raised the same point.",
    ]);
  });

  it('is still a note when it tells a colleague to copy someone, hangs on a condition or talks about the draft', () => {
    expectKind('internal_marker', [
      'Sam, loop in legal before this goes out.',
      "Make sure Raj doesn't see this thread, he's cc'd on the other one.",
      "FYI Chloe — Martin's notoriously slow to reply, so I've cc'd his EA to keep things moving.",
    ]);
  });
});

describe('news the prospect told us on a call', () => {
  it('is theirs when the sentence says where we heard it', () => {
    expect(scan("Hi Dana,\n\nIt was lovely to hear about your new puppy on the call, hope the training's going well!\n\nBest,\nSam").filter((f) => f.kind === 'unverified_claim')).toEqual([]);
  });
  it('is a claim when it does not', () => {
    expect(scan('Hi Dana,\n\nIt was great to hear about your Series C funding round!\n\nBest,\nSam').map((f) => f.kind)).toContain('unverified_claim');
  });
});

describe('a quoted message under "Name wrote:"', () => {
  it('is the other side\'s words: its request to "someone" is not a note for our team', () => {
    const body = 'Hi Fatima,\n\nThanks, we have corrected the rate and refunded the two guests.\n\nBest regards,\nLucas\n\nFatima Haddad wrote:\n> Hi, our booking engine is showing last season\'s weekend rate. Can someone look at this today?\n> Fatima';
    expect(scan(body).filter((f) => f.kind === 'internal_marker')).toEqual([]);
  });
  it('is ours when no quoted line follows the "wrote:" line', () => {
    expect(scan('Hi Dana,\n\nHere is what Priya wrote:\nCan someone look at the discount before this goes out?\n\nBest,\nSam').map((f) => f.kind)).toContain('internal_marker');
  });
});

describe('a recap of what the prospect told us', () => {
  const recap = (item: string): string => `Hi Dana,\n\nThanks for the call. Here's what I heard:\n\n- ${item}\n- You want a tool that sits beside Workday.\n\nBest,\nSam`;
  const tone = (body: string): string[] => scan(body).filter((f) => f.kind === 'tone').map((f) => f.rule ?? '');

  it('plays their situation back: its worries are not pressure from us', () => {
    expect(tone(recap("Your directors keep their own checklists, so it can be hard to see what's outstanding on a case when someone is away."))).toEqual([]);
  });

  it('still reads pressure a rule names in a recap, and in the same words outside one', () => {
    expect(tone(recap('Sign by Friday or the discount is gone for good.')).length).toBeGreaterThan(0);
    expect(tone('Hi Dana,\n\nSign by Friday or the discount is gone for good.\n\nBest,\nSam').length).toBeGreaterThan(0);
  });
});

describe('meeting minutes', () => {
  it('reads the items under "Discussion points:" as what was said in the meeting', () => {
    const body = 'Dear Mr Reddy,\n\nThank you for your time today. Please find below the minutes of our meeting.\n\nDiscussion points:\n- Pilot will run in 5 stores in Hyderabad.\n- Weekly off to be rotated.\n\nRegards,\nRahul';
    expect(scan(body, 'Minutes of our meeting').filter((f) => f.kind === 'unverified_claim')).toEqual([]);
    expect(scan('Dear Mr Reddy,\n\nPilot will run in all 5 of your new stores in Hyderabad.\n\nRegards,\nRahul', 'Pilot').some((f) => f.kind === 'unverified_claim')).toBe(true);
  });
});

describe('a subject\'s news sourced in the body', () => {
  it('passes when the body cites the prospect\'s own pages, in the plural too', () => {
    const body = 'Dear Helen,\n\nCongratulations on the announcement that Target Co and Ashworth Pryce will combine from 1 September. I read the joint statement on both firms\' websites yesterday.\n\nBest,\nSam';
    expect(scan(body, 'Congratulations on the merger announcement').filter((f) => f.kind === 'unverified_claim')).toEqual([]);
  });
  it('still reports it when the body names no source', () => {
    const body = 'Dear Helen,\n\nCongratulations on the announcement that Target Co and Ashworth Pryce will combine from 1 September.\n\nBest,\nSam';
    expect(scan(body, 'Congratulations on the merger announcement').some((f) => f.kind === 'unverified_claim')).toBe(true);
  });
});

describe('news read on the prospect\'s own pages', () => {
  const claims = (line: string): string[] => scan(`Hi Dana,\n\n${line}\n\nBest,\nSam`).filter((f) => f.kind === 'unverified_claim').map((f) => f.excerpt);
  it.each([
    ['I was interested to read in Target Co\'s recent press release that you have opened a new depot in Leeds.', 'You have opened a new depot in Leeds.'],
    ['Vi tu publicación en LinkedIn sobre la apertura de la nueva sucursal de Target Co en Monterrey, ¡felicidades!', '¡Felicidades por la apertura de la nueva sucursal de Target Co en Monterrey!'],
  ])('passes with the source and fires without it: %s', (sourced, bare) => {
    expect(claims(sourced)).toEqual([]);
    expect(claims(bare).length).toBeGreaterThan(0);
  });
});
