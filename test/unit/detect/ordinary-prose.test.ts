/**
 * Ordinary prose of polished drafts (an AI assistant's house style) that reads, word by word, like
 * a claim, a hold, pressure or the agent talking to the rep, and sentences that name a pressure
 * tactic to disown it; each beside the same words used as the problem. Checked in a whole clean
 * email, beside the rules' own examples.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);

/** Every finding of a whole email from Sam to Dana Reyes at Target Co (`to` for another recipient, `at` for an account with facts). */
function scanEmail(body: string, subject = 'Following up', to = { email: 'dana@target.example', name: 'Dana Reyes' }, at = account) {
  return scanDraft({ subject, body, to, from: 'sam@ourco.com' }, at, at === account ? book : buildBook([at]), testPolicy());
}

function rules(line: string, subject = 'Following up'): string[] {
  const body = `Hi Dana,\n\nThanks for the time on Tuesday.\n\n${line}\n\nBest,\nSam`;
  return scanEmail(body, subject)
    .filter((f) => f.severity !== 'info' && f.rule !== undefined && !f.rule.endsWith('.model'))
    .map((f) => f.rule as string);
}

/** The rules of one family (an id prefix: "claim.", "tone.") that fire on a line. */
function kind(prefix: string, line: string, subject?: string): string[] {
  return rules(line, subject).filter((r) => r.startsWith(prefix));
}

const cases: ReadonlyArray<{ rule: string; pass: string[]; fire: string[] }> = [
  {
    // A decision disowned, and a contract's fixed-price period ending on its date (DF, account
    // managers to customers): the same exceptions on both deadline rules.
    rule: 'tone.deadline-more',
    pass: ["Neither is something you need to decide now. I'd just like you to have the options before your budget round."],
    fire: ['Per our pricing committee this quote self-destructs on the 30th, so act accordingly.'],
  },
  {
    rule: 'tone.deadline-pressure',
    pass: ['Your fixed-price period ends 31 August, as set in the three-year agreement.'],
    fire: ['The discount ends Friday, so sign now.'],
  },
  {
    // The writer owning up to a study's limits, or asking the reader what to add, is not the agent
    // planning its draft (eighteenth session, the read clean emails).
    rule: 'internal.agent-trace',
    pass: ['I should mention a few limitations. The study covers only properties in the UK and the US.', "And if you have a theme I should add, I'd love to hear it."],
    fire: ['I should mention their recent funding round in the opener.'],
  },
  {
    // The reader's own words played back in a recap (eighteenth session, the read clean emails).
    rule: 'tone.guilt-extra',
    pass: ['- Weekends during the summer festivals are where you feel you leave money on the table.'],
    fire: ['Every week without Ourco, you leave money on the table.'],
  },
  {
    // A section heading in capitals on a line of its own is not a raised voice (eighteenth session, DK).
    rule: 'tone.shouting',
    pass: ['WHAT NEEDS ATTENTION\n- Your complaint rate is 0.04%.', "WHAT I'D DO WITH THIS\n- Stop showing ads to loyal buyers.", 'STORIES AND REELS (1080x1920)\n- MP4 or MOV'],
    fire: ['WE NEED YOUR ANSWER THIS WEEK PLEASE\n- Thanks', 'PLEASE SIGN THE CONTRACT TODAY.'],
  },
  {
    // A heading with its subtitle, a long bracketed note, or one of nouns opening on YOUR (thirty-seventh
    // session, JC); YOUR opening a line that says something happens is still a raised voice.
    rule: 'tone.shouting',
    pass: [
      'THE BIGGER RISK: SUPPLIERS\nEven without MOVEit of your own, suppliers who hold your data might use it.',
      'WITH LMS INTEGRATION (SCORM export and completion sync to your Cornerstone instance)\n- Add CAD 3,500 one-off setup',
      'YOUR SERVICES WITH OURCO\n- 24/7 MDR (endpoints, Microsoft 365, firewalls)\n- Monthly vulnerability scanning',
    ],
    fire: ['YOUR ACCOUNT WILL BE CLOSED\n- Reply today.', 'YOUR TRIAL ENDS THIS FRIDAY\n- Upgrade now.', 'THE BIGGER RISK: YOU WAIT TOO LONG\n- Sign today.'],
  },
  {
    // Thirty-seventh session, fresh writers NA-NC: pressure disowned with its object named.
    rule: 'tone.deadline-pressure',
    pass: ["I'm not raising this to hurry your decision, just so nobody is surprised if they look at the website."],
    fire: ['Please hurry your decision: the price goes up on Monday.'],
  },
  {
    // "nothing to do:" is no to-do label.
    rule: 'internal.todo',
    pass: ["If you'd like to stay as you are, there's nothing to do: month to month continues automatically."],
    fire: ['To do: check the discount with finance.'],
  },
  {
    // The reader swapping their own data for dummy values before they send it to us.
    rule: 'internal.note-to-author',
    pass: ['If you prefer, you can replace names and contact details with dummy values before sending; the pilot works just as well that way.'],
    fire: ['Replace the customer names before sending.'],
  },
  {
    // A price or set-up for any new site is no opening; the department called purchasing is no purchase.
    rule: 'claim',
    pass: ['- Hardware for each new store is the same $899 starter kit, or less if you reuse equipment.', 'As I understood it, a new vendor needs to be approved by purchasing before a PO can be issued.'],
    fire: ['Congrats on the new store in Leeds.', 'I hear you are purchasing Globex this spring.'],
  },
  {
    // Our own news told on in the next sentence, and a supplier questionnaire's list about us.
    rule: 'claim',
    pass: [
      "A bit of good news from us: Ourco has been named in this year's Sunday Times 100 Tech list. Revenue grew 74% over the past two years, and the team has grown to 214 people.",
      'B. COMPANY INFORMATION\n- Legal entity: Ourco, Inc., Delaware corporation, headquartered in Austin.\n- Founded 2016; 380 employees; more than 11,000 restaurant customers in six countries.',
    ],
    fire: [
      'We saw the announcement last week. Revenue grew 74% over the past two years, and the team has grown to 214 people.',
      'B. COMPANY INFORMATION\n- Legal entity: Target Co, Inc.\n- Founded 2016; 380 employees; more than 11,000 restaurant customers in six countries.',
    ],
  },
  {
    // Status tags and capital headings of a status report; "[TBD]" is still a slot.
    rule: 'placeholder',
    pass: ["Here's where I think we are:\n\n[done] BMS connection live at Cardiff and Newport\n[open] Swansea: waiting on the site's firewall change"],
    fire: ['We can start on [date].'],
  },
  {
    rule: 'tone.shouting',
    pass: ['ACTIONED BY YOUR TEAM\nAthlone AHU-2 schedule restored on 9 May.', 'D. SECURITY AND COMPLIANCE\n- ISO 27001 certified; SOC 2 Type II report available under NDA.'],
    fire: ['D. YOU MUST SIGN BY FRIDAY\n- Thanks'],
  },
  {
    // Thirty-seventh session, fresh writers ND-NF: a status report's headings and its columns.
    rule: 'internal',
    pass: [
      'Done:\n- Price lists and ticket types imported\n- Three ticket office users set up\n\nStill to do:\n- Upload the floor plan for room capacities',
      'Done:    Welcome email sent to all 18 firms\nDone:    Billing guidelines uploaded\nPending: Test invoice from the remaining 6 firms',
      "- Price: I don't know their pricing, so I won't guess.",
      'Như chị đã chia sẻ, đội sửa chữa hiện chủ yếu phát hiện rò rỉ khi có phản ánh của khách hàng.',
    ],
    fire: ['Still to do: ask Priya if we can do 20% here.', 'Pending: Priya to approve the discount before this goes out.', 'Đừng nói với khách hàng về mức giảm giá này.'],
  },
  {
    rule: 'placeholder',
    pass: ['PRICING (EUR, excluding VAT)\nEnterprise plan, 4 sites            1,450 / month\nOnboarding, training, data import   4,500 one-off'],
    fire: ['Teams like  usually cut review time in half.'],
  },
  {
    rule: 'tone.shouting',
    pass: ['WHAT OURCO COVERS TODAY\n- All three ticket types in one shop, with a single basket'],
    fire: ['SIGN TODAY OR LOSE THE PRICE\n- Thanks'],
  },
  {
    // Thirty-seventh session, fresh writers SA-SB: tables, headings with names and over lists.
    rule: 'tone',
    pass: [
      'WHAT Target Co TOLD US IT NEEDS\nFrom our calls with you:\n- One place for case scheduling across 85 reps',
      'AVAILABLE NOW\n- English (US and UK)\n- German',
      'YOUR REQUIREMENTS, AS YOU DESCRIBED THEM\n- Audit every invoice before it is paid',
      'SESSION                      DATE                 TIME (CT)        WHO\nAdmin deep-dive              Mon 10 November      10:00-11:30am    You + 2 admins',
      '4. Your renewal on 30 November 2026 (just a quick look ahead; nothing to decide now)',
    ],
    fire: ['ACT NOW\nThe offer ends today.', "There's nothing to decide: sign and we start Monday."],
  },
  {
    rule: 'internal',
    pass: [
      'Please do not forward this invite. The Zoom link is unique to this meeting.',
      'Options:\n1. Renew for 12 months at your current rate.\n3. Change seat numbers. Happy to adjust up or down based on your current headcount.',
      "CARRIER CHECKLIST\n[ ] Send invoices as PDF to your dedicated Ourco inbox\n[ ] Confirm the current rate card and fuel surcharge table",
    ],
    fire: ['Internal only - please do not forward this.', '- [ ] confirm HIPAA language with compliance'],
  },
  {
    rule: 'claim',
    pass: [
      "I saw on SECOP II, Colombia's public procurement portal, that Target Co was awarded the contract to supply infusion pumps. Congratulations!",
      'A1. Company legal name: Ourco, Inc.\nA7. Ownership: privately held, venture-backed (most recent round: Series B, May 2025)',
    ],
    fire: ['I hear Target Co was awarded the contract to supply infusion pumps. Congratulations!', 'A1. Company legal name: Target Co\nA7. Ownership: privately held, venture-backed (most recent round: Series B, May 2025)'],
  },
  {
    // Thirty-seventh session, fresh writers OA, OB and SC: quiet pressure (firm patterns of
    // tone.pressure-shapes-17; kept out of the rule's own examples, which the sentence model trains on).
    rule: 'tone.pressure-shapes-17',
    pass: [
      "I put a fair bit of work into the sample maps, so do tell me if anything looks off.",
      "We spent time on the migration plan, so it would be good to hear what your IT team thinks.",
      "Thanks for all the prep your team did before the workshop.",
      "As I mentioned on the call, data migration is included in the price.",
      "This is the third time we've hosted the forum in Lisbon.",
      "I'll keep it short: the quote is attached.",
      "Onboarding can feel like a big step, so we do it in three short phases.",
      "I was surprised to hear the pilot is still running on the old firmware; I'll send the update today.",
      "I can't promise the 14th will still be free, so shall we book it now?",
      "Most teams we work with go live in six to eight weeks.",
      "We stand behind the product with a 30-day cancellation right.",
      "Most agronomists we work with would have liked an earlier warning too.",
      "It is easy to miss the export button, so here is a screenshot.",
      "We will keep trying until the integration works for both of your sites.",
      "I have cleared my morning for the workshop; bring as many questions as you like.",
    ],
    fire: [
      "I did put a fair bit of work into the sample maps for your villages, so it would be nice to at least know whether they were useful.",
      "I did block out the afternoon and had our clinical lead on standby, so I'd love to make sure we don't lose the time we've both put into this.",
      "I completely understand if it's not a priority, though I'll admit it's been a bit discouraging after all the prep our team put into the proposal.",
      "To answer your question about data migration: as I mentioned a couple of times on Tuesday's call, it's included in the price.",
      "As I mentioned on our call and again in the proposal, the price is per hectare per season, but happy to spell it out once more.",
      "That's the third time now, so I'm getting quite good at rearranging the team's calendars!",
      "They're good questions, and I'll try to keep the answers simple since this can get a bit technical.",
      "I've made the summary below about as basic as it can be, no jargon, I promise.",
      "I know change can feel a bit overwhelming for smaller, more traditional pharmacies like yours.",
      "I must admit I was a bit surprised that a business the size of yours is still estimating frost damage by driving paddocks.",
      "I have to say, I hadn't seen paper tracking sheets for repeats in quite a while.",
      "If the renewal slips past February I can't promise they'll still be assigned to you.",
      "Our pricing is being reviewed next week, and I honestly can't say whether these numbers will still be available after that.",
      "We've been going back and forth since July, and most co-ops we work with get a pilot like this signed off in a couple of weeks.",
      "You can tell Robert the system pays for itself within six months. I'll stand behind that number personally.",
      "The yellow patches line up with the low-vigour zones — most agronomists would have picked that link up straight away, but it's easy to miss if you're not used to looking at the maps.",
      "With these maps in place, you won't have another bad wheat year.",
      "Happy to keep sending these until one of them lands at a convenient moment for you.",
      "I appreciate that some teams need a bit more time to get their heads around this kind of change, so I've put together a simpler version.",
      "No rush at all on our side. I know some teams prefer to wait until a problem gets bigger before they fix it.",
      "No worries at all, I know things come up, though I had cleared a fairly busy morning to make it work.",
    ],
  },
  {
    // News of the prospect in a backdrop clause and in other languages (OA, OB, SC).
    rule: 'claim',
    pass: [
      "The funding round we closed last year paid for our new support team.",
      "Sé que es una época de mucho trabajo; la propuesta va adjunta para cuando tengáis un momento.",
      "Selamat atas kerja sama tim Anda selama uji coba bulan lalu.",
      "Дякуємо за зустріч! Надсилаю пропозицію, як домовлялися.",
      "The report can be split into two sections, one per business unit.",
    ],
    fire: [
      "With the investment round you've just closed, I imagine the plan is to put more vehicles on the road.",
      "Vi que a Target Co concluiu a compra da rede de farmácias no interior de Minas — parabéns pelo passo!",
      "Оскільки Target Co цього року ОТРИМАВ ІНВЕСТИЦІЇ від європейського фонду, контроль посівів стає важливим.",
      "Felicitaciones: sé que Target Co sumó más de 300 productores nuevos como clientes en la última campaña.",
      "Hongera kwa Target Co kwa kufungua kiwanda kipya cha kusindika maziwa huko Nakuru mwaka huu.",
      "Since Target Co split into two business units in January, each one wants its own fleet costs.",
    ],
  },
  {
    // The assistant handing over a rewrite in another language; a note to the rep in brackets (SC).
    rule: 'internal',
    pass: [
      "Voici le programme de la journée, avec les horaires de chaque atelier.",
      "Aquí tienes el correo de confirmación que te envió el sistema.",
    ],
    fire: [
      "Bien sûr ! Voici l'e-mail traduit en français, avec un ton un peu plus formel :",
      "Claro, aquí tienes el correo reescrito con un tono más cercano:",
      "In the meantime, our onboarding team (Leila's team, who are swamped until October, so don't promise any dates) will get in touch.",
    ],
  },
  {
    // Thirty-seventh session, fresh writers TA-TC: processes the reader describes, their own
    // internal teams, a task list's name, questions to the reader, data they need not send.
    rule: 'internal',
    pass: [
      'Thanks for explaining how decisions are made: any new supplier over £10,000 needs sign-off from the clinical board, which meets monthly.',
      'Note: our internal audit of user access reviews runs quarterly, and the latest report can be shared under the same NDA.',
      'What you may want to do: check with your legal team whether your internal notice to employees about performance data needs updating.',
      'Algumas dicas:\n- A lista de tarefas (TODO) no painel mostra os pedidos de reembolso ainda não enviados.',
      "Apologies, I need to move our Thursday call as I've been asked to cover a customer training session.",
      'Is there anything the steering group usually asks for that I should include in the proposal?',
      "Please don't send anything you're not comfortable sharing; we can also work from industry averages.",
    ],
    fire: [
      'Holding this: the 20% needs sign-off from Priya before it goes out.',
      "We'll send the pricing (TODO) tomorrow.",
      "I've been asked to keep this short and lead with the ROI numbers.",
      "Please don't send this until legal has approved the discount.",
    ],
  },
  {
    rule: 'tone.shouting',
    pass: [
      'CE QUE NOUS AVONS MONTRÉ\n- L\'agenda partagé entre les deux sites',
      "FROM Acme Health Partners'S OWN SALES REPORT (as you shared on Thursday)\n- Promoted SKUs in the pilot stores: +8%",
    ],
    fire: ['NOUS DEVONS AVOIR VOTRE RÉPONSE AUJOURD\'HUI, VOUS DEVEZ SIGNER.'],
  },
  {
    rule: 'placeholder',
    pass: ['Date       Step\n12 May     Final proposal sent to you\nMid-June   Order form signed, if approved\nAugust     First stores live', 'Metric                         Value\nScreens live                   146\nStore managers using the app   41 of 44'],
    fire: ['Hope the team at  is doing well this week.'],
  },
  {
    // Thirty-seventh session, fresh writers UA-UC: offers of another version, the reader's team
    // readied, a third party's news to check with them, a draft budget, a status list's "To do:".
    rule: 'internal',
    pass: [
      "If you'd like a version with fewer monitored patients, as you mentioned might be the case after the pilot, just tell me the number.",
      'If the council wants a shorter summary, I can write a one-page version in Norwegian.',
      'Reminder: please make sure everyone has accepted their Ourco invite email before Monday, so we don\'t lose time on logins.',
      "That's MedSlot's announcement, not ours, so please check the details with them directly.",
      '- Ms. Quinn confirmed this is within the draft budget approved by your finance committee.',
      '1. Done: 88 of 150 leases imported and checked.\n2. In progress: alerts for renewal deadlines.\n3. To do: training for the finance team (two sessions, dates to be agreed).',
    ],
    fire: ['The draft Sarah approved is in the shared folder; send that one.', 'To do: confirm the discount with finance.', 'Please make sure the discount line is removed before sending.'],
  },
  {
    rule: 'claim',
    pass: [
      '6. ABOUT OURCO\nFounded in 2014, 1,900 customers in 41 countries, 260 employees. ISO 27001 certified.',
      'DONE  1,120 employees synced from your HR system',
      "I saw Target Co's media release on 2 September announcing the new clinic in Hobart, opening in February. Congratulations to the team!",
    ],
    fire: ['6. ABOUT TARGET CO\nFounded in 2014, 1,900 customers in 41 countries, 260 employees.', 'Congratulations on the new clinic in Hobart, opening in February!'],
  },
  {
    rule: 'tone.shouting',
    pass: ['QUESTIONS FOR YOU\n1. Are the alert thresholds about right?'],
    fire: ['THIS IS FOR YOU TO SIGN TODAY.'],
  },
  {
    // A pressure label quoted to disown it (eighteenth session, the read clean emails).
    rule: 'tone.deadline-pressure',
    pass: ['You\'re right that "final notice" is an unpleasant thing to read about an invoice that was only four days overdue.'],
    fire: ['This is your final notice before the discount goes.'],
  },
  {
    // Losing a deal rather than overselling is honesty, not loss framing (set 63).
    rule: 'tone.deadline-more',
    pass: ["I'd rather lose the deal than oversell it, so here's an honest view of what Ourco Boost won't do for you."],
    fire: ["If you wait until March you'll lose the deal we agreed."],
  },
  {
    // A debt disowned is not one laid on the reader (seventeenth session, read clean emails).
    rule: 'tone.manipulation',
    pass: ["If the criteria aren't met, we'll say so plainly and you owe us nothing."],
    fire: ['After everything we have done for your team, you owe us a meeting.'],
  },
  {
    // A run of codes, half of them without a vowel, is not a raised voice (seventeenth session).
    rule: 'tone.shouting',
    pass: ['We ran the file through the OFAC SDN, UK HMT/OFSI and EU consolidated lists as of 10 March.'],
    fire: ['Hi, WE NEED YOUR ANSWER THIS WEEK PLEASE.'],
  },
  {
    // The recipient's own move read on LinkedIn is theirs to have posted; the company's news read there is not sourced (twenty-seventh session).
    rule: 'claim',
    pass: ["Saw on LinkedIn that you've moved up to plant manager at the Decatur facility. Congratulations, well earned!"],
    fire: ["Saw on LinkedIn that you're opening the new depot in Gdynia in March."],
  },
  {
    // The prospect's own channel cited however the sentence words it: opening on it, or as the
    // subject of a verb of saying (thirty-first session, own probes: 83 of 300 such sentences were
    // claims, 43 now, all of them inferences). What the rep reads into a page, the same news with
    // no source, or from a third party stays a claim.
    rule: 'claim',
    pass: [
      "Based on your annual report, you've opened a new office in Austin.",
      "In your Q3 investor update, you shared that you've acquired Brightline.",
      'Your recent webinar made it clear your team has doubled in size.',
      'Your newsletter mentioned that you won the 2024 Best Workplace award.',
    ],
    fire: [
      "It sounds like you've acquired Brightline.",
      "I read in TechCrunch that you're expanding into Germany.",
      'Your team has doubled in size, which must make onboarding hard.',
      "Your careers page suggests you're expanding into Germany.",
      "Your job posting for a sales engineer hints that you're opening three new clinics this spring.",
      'From your latest earnings call, it sounds like your revenue grew 40% last year.',
    ],
  },
  {
    // Someone else's news: a company we work with, told with a relative clause; our own team as
    // "my team"; companies in general (thirty-first session, own probes: 12 of 195 flagged, 1 now).
    rule: 'claim',
    pass: [
      'Last year a hospital group we support opened a new office in Austin.',
      'A fintech we onboarded in March hired a new CFO.',
      'My team just hired a new CFO.',
      'My team doubled in size this year.',
      'A company that has just been acquired usually freezes new vendors.',
      'Growing from 50 to 300 people tends to break onboarding.',
      'Once you hire the new CFO, we can walk them through the model.',
    ],
    fire: [
      'Last year you opened a new office in Austin.',
      'Your team doubled in size this year.',
    ],
  },
  {
    // A document the reader gets, kept short on purpose, is the writer's choice told to the reader;
    // the email's own parts kept short are the author's note (thirty-first session, own probes).
    rule: 'internal.draft-talk',
    pass: ['I kept the proposal short on purpose; the appendix has the detail.', 'I kept the agenda short on purpose so we leave time for questions.'],
    fire: ['I kept the opener short on purpose.', 'I kept the pricing light on purpose.'],
  },
  {
    // A deadline the reader's own team set (thirty-first session, own probes).
    rule: 'tone.deadline-pressure',
    pass: ['We need your PO before the 28th to invoice this quarter, as your finance team asked.'],
    fire: ['We need your PO before the 28th, or the discount goes away.'],
  },
  {
    // A move into another line of business is expansion news (thirty-first session, development set QD).
    rule: 'claim.expansion',
    pass: ["We're moving into the busy season, so replies may be slow.", 'If you ever move into the healthcare vertical, HIPAA applies.', "We're moving into a new space in Austin next month."],
    fire: ['I noticed Target Co is moving into the healthcare vertical next year.', 'I hear Target Co is entering the insurance space next year.', 'I see Target Co is pushing into the mid-market segment.'],
  },
  {
    // A listing on any exchange by name, and a place reached in a ranking (thirty-first session, development sets QP and RJ).
    rule: 'claim',
    pass: ['We climbed to number three in the G2 rankings this year.', 'Our listing on the job board went live.'],
    fire: ["Ahead of Target Co's listing on the TSE Growth market this autumn, controls will matter.", "Target Co climbing to number two in this year's national BPO rankings is a great result for the whole team."],
  },
  {
    // Plan names in capitals listed one word each are names; a list of sale words is shouting (twenty-seventh session).
    rule: 'tone.shouting',
    pass: ["Ourco's public prices for 2026 will stay as they are. No increases to STARTER, PRO, TAP or GATE rental."],
    fire: ['This week only: FREE, LIMITED, EXCLUSIVE seats for your team.'],
  },
  {
    // What the reader told us, with an adverb between ("You also mentioned that…") (seventeenth session).
    rule: 'claim.leadership',
    pass: ["You also mentioned that the university's new Director of Development, Dr. Hale, wants regular giving to lead."],
    fire: ["The university's new Director of Development, Dr. Hale, wants regular giving to lead."],
  },
  {
    // A heading that says the list is the reader's own account ("Background (as you shared)").
    rule: 'claim.operating-scale',
    pass: ['For a cooperative with around 180 member farms, the pricing would be $9,000 a year for the portal.', 'Background (as you shared)\n- The outpatient department has 38 clinics across internal medicine and surgery\n- About 900 patients are seen daily'],
    fire: ['Background\n- Your outpatient department has 38 clinics across internal medicine and surgery\n- About 900 patients are seen daily'],
  },
  {
    // Data merged in a support fix is not a corporate merger (sixteenth session, read clean emails).
    rule: 'claim.acquisition',
    pass: ['What we did: 1. Merged the 318 duplicates, keeping the older record as primary and preserving all gift history.'],
    fire: ['I saw Target Co merged with Globex last month.'],
  },
  {
    // "…clients got me thinking" is the writer's reaction, not what clients in general get.
    rule: 'claim.growth-figures',
    pass: ['Clients typically see a 30% faster close after the first quarter.'],
    fire: ['Hearing that Target Co just crossed 2,000 corporate clients got me thinking about your intake process.'],
  },
  {
    // Phrasings the rule's patterns name but its first keyword list could not reach (fifteenth
    // session's review): the keyword prefilter decides whether a pattern runs at all.
    rule: 'tone.foreign-pressure',
    pass: ['Merci pour votre message, je vous envoie le devis révisé demain.', 'Com prazer envio o terceiro relatório trimestral em anexo.'],
    fire: [
      'Ultima possibilità per questo prezzo.',
      'Dernière occasion de profiter de cette remise.',
      'No podré mantener este precio después del viernes.',
      'Não poderei manter este desconto depois de sexta.',
      "C'est mon troisième message sans réponse.",
      'No quiere ser el que se quede atrás.',
      'Solamente hoy tenemos este precio.',
    ],
  },
  {
    rule: 'tone.tracking-callout',
    pass: ['Our CRM shows open rates by template, so your team can compare them.'],
    fire: ['My CRM shows you opened the proposal three times.'],
  },
  {
    // The retrained model reads "DO NOT MISS THIS." as a note for the team (0.87): shouting stays
    // reported under a model's guess of another kind (scan.ts dedupe), or the draft's tone is lost.
    rule: 'tone.shouting',
    pass: ['Our SOC 2 and ISO 27001 reports are attached.'],
    fire: ['DO NOT MISS THIS.'],
  },
  {
    rule: 'internal.note-to-author',
    pass: ['Open question from your side: whether we support sub-ledgers for each merchant. We do, and the docs show how.'],
    fire: ['Question for Sam: can we really offer sub-ledgers at this price?'],
  },
  {
    // Fifteenth session, clean sets CK and CL: a sentence that opens on the customer a story
    // introduced ("The customer was acquired…") is that customer's news.
    rule: 'claim.acquisition',
    pass: [
      'A wholesaler with 9 branches introduced Ourco Plan in 2023. The customer was acquired by a larger European group last year, and the new owner kept Ourco Plan.',
      'That client was acquired by a private equity firm in 2024 and doubled its order volume since.',
    ],
    fire: ['Congrats on being acquired by a larger European group last year.', 'Heard Target Co was acquired by a private equity firm.'],
  },
  {
    // The source given in a bracketed aside right after the sentence (set 52).
    rule: 'claim.leadership',
    pass: ["Congrats on the new role! (Your note last week said you'd moved over to the CS side — exciting.)"],
    fire: ['Congrats on the new role! Exciting times for the CS side.'],
  },
  {
    rule: 'claim.award',
    pass: [
      "I'm available for clarification questions through the procurement contact named in the RFQ.",
      "Every transfer is recorded by scanning the item and the receiving person's badge.",
    ],
    fire: ['Congrats on being named in the Inc. 5000 list!', 'Congrats on the G2 Leader badge!'],
  },
  {
    // Record results told as the prospect's news; ours, or a recording, pass (fourteenth session:
    // the retrained model read "had a record quarter" at 0.39 with the prospect's name left out).
    rule: 'claim.growth-figures',
    pass: [
      'We had a record quarter ourselves, so the support team has grown.',
      "If you'd like, we can record the quarterly review for anyone who can't attend.",
      'A customer of ours beat their forecast by 12% after the rollout.',
    ],
    fire: ['Looks like you had a record quarter, congrats to the whole crew.', 'Saw the team smashed its sales targets this quarter, well done.'],
  },
  {
    rule: 'claim.funding',
    pass: [
      'Campaigns in regulated categories (medical fundraising, financial products) skip general review.',
      'Your fundraising team can segment donors by gift size.',
    ],
    fire: ['Congrats on the fundraising, that is a big milestone.', 'I saw the news about your fundraise last month.'],
  },
  {
    // A limited-time offer the sentence disowns, against one that comes back or stands.
    rule: 'tone.deadline-pressure',
    pass: [
      "Limited-time offers aren't really how we work, so the quote holds for the whole quarter.",
      "This isn't a limited time deal; it's our standard list price.",
      'We never run limited-time promotions on the platform licence.',
    ],
    fire: [
      'Limited-time offers are not our style, but this one ends Friday, so sign now.',
      'This limited-time price is only for teams who sign this week.',
    ],
  },
  {
    // "I should mention that" before a caveat for the reader, against the agent planning what to say about them.
    rule: 'internal.agent-trace',
    pass: [
      'I should mention that the mobile app is read-only for now, so approvals happen on desktop.',
      'I should mention that our support desk is closed on public holidays.',
      "I should mention that you'll need admin rights to install the connector.",
    ],
    fire: [
      'I should mention that the prospect just lost their CFO.',
      'I should mention their recent funding round in the opener.',
      'I should mention that she used to work at Salesforce.',
    ],
  },
  {
    rule: 'claim.growth-figures',
    pass: [
      'The sessions work best with no more than 15 people each, so we can add a date if the group is larger.',
      'We run the workshop in groups of 12 people.',
      'Seasonal hiring usually means scheduling hundreds of new team members at once.',
      // What our offer is sized for.
      'Pricing for 12 staff and committee users on the Team plan:',
      'A pilot for 40 users would take six weeks.',
    ],
    fire: ['With 500 employees, onboarding must be a beast.', 'You usually hire hundreds of new staff every summer.'],
  },
  {
    rule: 'claim.acquisition',
    pass: [
      'I can send the contract details to whoever handles purchasing at Target Co.',
      'Ourco is available through a cooperative purchasing contract for public agencies.',
      'Picking up our conversation from last autumn, here is where the pilot stands.',
    ],
    fire: ['Congrats on picking up Brightline last month.', 'Target Co is purchasing Brightline, I hear.'],
  },
  {
    rule: 'internal.rep-directive',
    pass: [
      "Of course. Here are the resources I mentioned, in the order I'd suggest reading them:",
      'Certainly. Here are the two papers we discussed on the call.',
    ],
    fire: ['Of course! Here are three subject lines you could use:'],
  },
  {
    rule: 'tone.deadline-pressure',
    pass: [
      'I know nobody enjoys a price increase, so here is the detail behind it.',
      // A paragraph on how the product moves a job through its steps (not_in: [workflow]).
      '1. Contract signed: created automatically when the deal closes in your CRM.\n2. Site survey: assigned to a surveyor; photos are attached to the job.',
    ],
    fire: ['Nobody likes missing out, and the price increase hits on Friday, so act now.', 'This offer closes on Friday, so sign now.'],
  },
  {
    rule: 'tone.deadline-hold',
    pass: ['This is our first price change in three years, and it reflects the integrations we have added since.'],
    fire: ['Prices change in two weeks, so lock in now.'],
  },
  {
    rule: 'internal.hold',
    pass: [
      'The dashboard shows at a glance which papers are waiting for review and for how long.',
      // A paragraph on how the product routes records (detect/workflow.ts).
      'The review board sees the report in its queue. For rework, the workflow requires approval from both quality and engineering.',
      'Every change request is routed to the site lead. Changes above the budget line need approval from finance before they move to Scheduled.',
      // An item of a recap of what the prospect told us.
      'Your situation, as you explained it:\n- Treatments need approval from the head grower before application.\n- Records must be kept for audits.',
      'Statuses: Reported, In assessment, Awaiting approval, Closed.',
      'Status: Awaiting third-party results',
      'When a trade would breach a limit, it is saved with the status "Pending approval" and placed in the risk manager\'s queue. The risk manager can approve it or reject it.',
      'Applications wait in "Pending review" until a permit clerk approves or rejects the documents.',
      'Disputes go to the sales ops queue, and adjustments above $1,000 need finance approval.',
      // A rule on amounts past a limit ("that" is the limit, not this email).
      'Account executives can approve discounts up to 15% on their own. Anything above that needs approval from our VP of Sales.',
      'Any discount over 20% needs approval from finance.',
      'What happens to pending approvals when a manager leaves? Their pending approvals move to the next person in the chain.',
      'Notices are reviewed in a batch before sending, and the send date is recorded.',
      'Thank you for letting me know that the system review is on hold while your team focuses on the upgrade.',
      // A record a product handles waits, not this email (about: draft).
      'New supplier records need approval from the vendor master team before they can be used.',
      'Each purchase request waits in the buyer\'s list until a category manager approves it.',
      '6. Release to production: Blocked until step 5 is approved',
    ],
    fire: [
      'This email is waiting for review by legal.',
      'Waiting for review from deal desk on the discount.',
      // One line naming two workflow words is still a note.
      'Hold until deal desk approves: the approval workflow routes it to Sam automatically.',
      'Status: awaiting approval',
      'The discount needs sign-off from finance.',
      'Our pricing still requires approval from deal desk.',
      'Case studies need approval from marketing before we name anyone.',
      'Blocked until legal signs off.',
    ],
  },
  {
    rule: 'internal.rep-directive',
    pass: [
      'Phase 1: Setup\n- Configure SSO. Owner: Ourco (Tomasz), with Ben from your IT team\n- Import the renewal list. Owner: Harbor & Finch Insurance (Rachel); Ourco to supply the template',
    ],
    fire: ['Owner: check the pricing before this goes out'],
  },
  {
    rule: 'internal.note-to-author',
    pass: ['Rate cards are set by media type, and your licensing manager can adjust it before sending.'],
    fire: ['NB: remove the pricing line before sending.'],
  },
  {
    rule: 'internal.agent-trace',
    pass: [
      'How are you measuring rep activity today — in Salesforce, or somewhere else?',
      'Your pipeline in HubSpot stays the source of truth; we read from HubSpot every hour.',
      'Sales submits a request from the CRM with the deal details.',
      'Approved scenarios are published on the date you choose, and account ownership in the CRM updates at that point.',
    ],
    fire: ['From the CRM: they churned last year.'],
  },
  {
    rule: 'internal.confidentiality-label',
    pass: ['Referred claims move to the SIU queue with the status "Under SIU review". The adjuster keeps read access, but not the internal notes unless SIU shares them.'],
    fire: ['INTERNAL NOTES: do not forward.'],
  },
  {
    rule: 'claim.expansion',
    pass: ['Each request is routed to the legal queue. Cleared items move to Cataloguing, then to Assigned to sale once the lot number is set.'],
    fire: ['Congrats on moving to Austin last month.', 'I saw your team is expanding to Denver.'],
  },
  {
    // The owner labels of a plan shared with the reader (detect/plan.ts), against a note for the rep.
    rule: 'internal.rep-directive',
    pass: [
      'Week 1 (from 9 March)\nWe create your account and import the price list you sent. Owner: me.\n\nWeek 2 (from 16 March)\nYour designers test the quotation flow. Owner: both.',
      '1. June: configuration of buildings and rooms. Owner: your facilities team.\n2. July: import of room allocations. Owner: your admissions team for the file, Ourco for the import.',
    ],
    fire: [
      'Owner: rep to confirm pricing with deal desk.',
      '1. Send the pricing. Owner: rep.\n2. Book the demo. Owner: SDR to chase.',
    ],
  },
  {
    // Counts of respondents, seats and shifts (eleventh session's development emails), against a headcount told as news.
    rule: 'claim.growth-figures',
    pass: [
      '- 13 people said they would recommend the course to a colleague.',
      'Each session has a limited number of places, 12 people, so the trainer can give individual feedback.',
      'The first has run a night shift of 25 people at a parcel hub for three years.',
      'Thank you for meeting with Rohan and me on Tuesday. Here is the recap.\n\nYour situation\n- Three offices, 60 staff, one part-time IT person.',
    ],
    fire: ['Now that you have 2,000 employees, payroll must be getting harder.', 'Congrats on passing 500 customers this year!'],
  },
  {
    // How a shared resource is handed out, against a push to book before it goes.
    rule: 'tone.scarcity',
    pass: ['There are 20 spaces, shared first come first served, at £8 a day.', 'Flexible membership, six passes: any free desk, first come first served.'],
    fire: ['Places are first come, first served, so book today.', 'It is first come, first served and the desks are going fast.'],
  },
  {
    // A default that protects the reader (nothing moves without them), against one that moves ahead
    // (tone.deadline-more and the deadline rules beside it).
    rule: 'tone.deadline',
    pass: ['If I do not hear from you by Friday, I will keep the order on hold so nothing moves without your approval.'],
    fire: ['If I don\'t hear back by Friday, I\'ll assume you\'re not interested and give the slot away.'],
  },
  {
    // A product feature about quotes in general, against the reader's own quote said to vanish.
    rule: 'tone.deadline-pressure',
    pass: ['Quote expiry reminders send a polite note to your customer before a quote expires.'],
    fire: ['Your quote expires tonight, so sign now to keep this price.'],
  },
  {
    // The prospect's own news, thanked for, against the same news told to them.
    rule: 'claim.expansion',
    pass: ['Thank you for the details of your new office. Here is the quote from the insurer we discussed.'],
    fire: ['Congrats on opening your new office in Leeds!'],
  },
  {
    // A request to the reader's people, against a note to a colleague.
    rule: 'internal.rep-directive',
    pass: ['One small point: if anyone is planning to add holiday days before or after the conference, please check the policy wording, as leisure days are limited to 14 per trip.'],
    fire: ['Priya, please check the policy wording before this goes out.'],
  },
  {
    // The client's brief a quote rests on, against the agent's own inputs.
    rule: 'internal.agent-trace',
    pass: ['These figures are based on the brief as we understand it. If the scope changes, we will discuss it with you first.'],
    fire: ['Based on the enrichment tool, I opened with their hiring push.'],
  },
  {
    // A misspelling owned up to, against two versions left side by side.
    rule: 'internal.blind-shapes',
    pass: ['The certificates we sent last week spelled your colleague\'s surname as "Thomson" instead of "Thompson". I am sorry for the error.'],
    fire: ['Use "Hi" instead of "Dear" here, it reads warmer.'],
  },
  {
    // A water leak an insurer is handling, against a data leak told as news.
    rule: 'claim.security-incident',
    pass: ['I am sorry to hear about the leak. I have reported the claim to the insurer this morning, and a plumber can come on Thursday.'],
    fire: ['Sorry to hear about the data leak at your company last month.'],
  },
  {
    // Pressure the eleventh session's development sentences carried past the rules, beside the
    // same words used plainly. Acting for the reader before they agreed:
    rule: 'tone.presumptive-close',
    pass: ['I took the liberty of attaching the brochure you asked about.', "All that's left on our side is to send the invoice, which Priya will do today."],
    fire: ['We have taken the liberty to enrol your employees in the new plan starting next month.', "I've already set up your account and added your team, so all that's left is to confirm the card on file."],
  },
  {
    rule: 'tone.condescension-more',
    pass: ['No offence taken at all, and thank you for the honest reply.'],
    fire: ['No offence, but your current website looks like it was built in 2005.', 'Whoever picked your current broker did you no favours.'],
  },
  {
    rule: 'tone.peer-more',
    pass: ['All of our partners have moved to the new portal, and you can join them whenever it suits you.'],
    fire: ['Your neighbours in the business park have all moved their cleaning contracts to us, so it makes sense you join them.'],
  },
  {
    rule: 'tone.certainty-promise',
    pass: ['We deliver every Tuesday, so you can count on that.', 'We will cut the invoice at the end of the billing period.'],
    fire: ['With our platform, your clinic will double its online bookings this year, full stop.', 'Our franchisees are all profitable by month six, so you can count on this too.'],
  },
  {
    rule: 'tone.flattery-leverage',
    pass: ['Someone with your experience will have seen many of these rollouts, so I will keep the overview short.'],
    fire: ["A leader of your calibre doesn't need to wait for a committee to decide."],
  },
  {
    rule: 'tone.personal-inducement',
    pass: ['We can book a hotel near the venue for your team if that helps with the travel paperwork.', "This is a back-end setting your team doesn't need to see."],
    fire: ['For you I can arrange a little personal thank-you, something your company does not need to know about.', 'We would be glad to cover your weekend at the resort if this helps to move the paperwork faster.'],
  },
  {
    rule: 'tone.persistence-threat',
    pass: ["I'll keep sending the monthly report until you tell me otherwise."],
    fire: ["Happy to keep sending these reminders for as long as it takes, I'm patient."],
  },
  {
    rule: 'tone.scarcity',
    pass: ['We are capping the workshop at twelve people so everyone gets time with the trainer.'],
    fire: ['We are capping the pilot at five clinics and four are already spoken for.'],
  },
  {
    // Claims the eleventh session's development sentences carried past the rules. News we read about
    // the prospect ("we noticed…"), against our own award:
    rule: 'claim.award',
    pass: ['We won the regional award last year and we are proud of the team.', 'Your team voted for option B in the survey.'],
    fire: ['We noticed that Target Co ranked #12 on the Inc. 5000 this year, congratulations!', 'I noticed Target Co was voted the best wedding venue in the county again.'],
  },
  {
    rule: 'claim.certification',
    pass: ['We are ISO 9001 certified, and the certificate is attached.'],
    fire: ['As you are now ISO 13485 certified, it will be much easier to approach hospitals.'],
  },
  {
    rule: 'claim.expansion',
    pass: ['Please send it to your 2nd office address as well.'],
    fire: ['Congratulations on your 500th franchise opening, what an achievement!', 'Congrats on opening your 50th store last month.'],
  },
  {
    // Notes for the team the eleventh session's development sentences carried past the rules,
    // beside the same words addressed to the reader.
    rule: 'internal.edit-instruction',
    pass: ['You can add more about your goals in the form.', "I'll add a line about the pilot in the contract."],
    fire: ['also maybe add something here about the new dashboard? not sure', 'This is where we talk about the donor-retention feature.'],
  },
  {
    rule: 'internal.template-logic',
    pass: ['The end of the template period is 30 June.'],
    fire: ['--- end of template ---'],
  },
  {
    rule: 'internal.rep-caution',
    pass: ["Don't let them see you sweat!", 'Please handle the samples carefully, they are fragile.'],
    fire: ["Using the discount we gave Acme as the anchor here, just don't let them see that.", 'Ref. ticket #4471, client complained about late delivery, handle carefully.'],
  },
  {
    rule: 'internal.note-to-author',
    pass: ['Our figures (from the 2024 audit) are in the appendix.'],
    fire: ['A 40% reduction in turnaround time (need real figure).'],
  },
  {
    // Clean sentences of the eleventh session's development set: a facility's hours, a date held
    // for the reader, a quote held with its real reason, against a deadline and a sending hold.
    rule: 'tone.deadline',
    pass: ["Quick note: the venue's parking garage closes at 11pm on weekdays.", "I can hold the current quote until the end of the month, as that's when our supplier prices change."],
    fire: ['The offer closes at midnight, so sign today.'],
  },
  {
    rule: 'internal.hold',
    pass: ['We can keep the date on hold for 48 hours while you are checking with your committee, without any cost.'],
    fire: ['Please put this email on hold until legal signs off.'],
  },
  {
    // The eleventh session's development set 37: pressure, notes and claims its sentences carried
    // past the rules, each beside the same words used plainly.
    rule: 'tone.condescension-more',
    pass: ['Our office looks like it was designed in 2012, and we love it.', 'Let me take it slowly on the pricing maths, since it was a lot in one call.'],
    fire: ['Your current website, to be blunt, looks like it was built in 2012 and your visitors notice it.', "As I said before, and I'll go slower this time, the API does the syncing for you."],
  },
  {
    rule: 'tone.team-insult',
    pass: ["Your IT team is great, but they can't get admin rights without your approval."],
    fire: ["Your IT guy may be a nice chap, but the setup we saw wouldn't pass even a basic audit."],
  },
  {
    rule: 'tone.certainty-promise',
    pass: ["I'm 100% sure the invoice was sent on Monday."],
    fire: ['We are sure 100% that your sales will increase double after three months using our software.'],
  },
  {
    rule: 'tone.guilt-fomo',
    pass: ['The rest of the panel will be sitting behind the speakers on stage.'],
    fire: ['Everybody who joined last round is already seeing the upside, do you really want to be watching from the sidelines?'],
  },
  {
    rule: 'tone.procurement-bypass',
    pass: ['We can split the invoice into two payments if that suits your cash flow better.'],
    fire: ["let's keep IT out of it for now, they'll only complicate things", 'We can split the order into two invoices so each one stays below the amount that needs finance sign-off.'],
  },
  {
    rule: 'tone.personal-inducement',
    pass: ['Everyone who attends gets a gift card for the coffee cart.'],
    fire: ['For whoever champions us internally there is a $500 gift card, and nobody needs to know where it came from.', 'We would of course cover your tickets and hotel for the Grand Prix weekend, as thanks for getting this approved.'],
  },
  {
    rule: 'tone.presumptive-close',
    pass: ['If you would rather stay on the current plan, I will assume nothing changes until you tell me.'],
    fire: ["If we don't hear back, we'll assume Target Co is fine with losing support on the current version."],
  },
  {
    rule: 'internal.forecast-talk',
    pass: ['The model flags transactions above 70% probability for review.'],
    fire: ['Deal value ~45k ARR, 60% probability, close date keeps slipping.'],
  },
  {
    rule: 'internal.edit-instruction',
    pass: ['Swap in the new battery before the first use.'],
    fire: ['sub in the right logo for the Dutch entity', 'the line below is from the old template, update the year'],
  },
  {
    rule: 'internal.deal-coaching',
    pass: ['If the landlord pushes back on the dates, we can start a week later.'],
    fire: ["Our cost on this SKU is about 40% of list, so there's room to move if they push back."],
  },
  {
    rule: 'claim.growth-figures',
    pass: ['Our platform supports 4,500 law firms across Europe.'],
    fire: ['Your team now supports 4,500 law firms, right, so scaling document review makes sense.'],
  },
  {
    rule: 'claim.affiliate-merger',
    pass: ['We completed our own spin-off from the parent group in 2019.'],
    fire: ["After your spin-off from the parent group, I assume you're building your own finance function."],
  },
  {
    // The eleventh session's development emails AI (sellers of CRM, payroll and ERP software): the
    // product's own words, against the same words as a hold, pressure, a note or a claim.
    rule: 'internal.hold',
    pass: ['Here are the steps to require manager approval on any deal where the discount is above 15 percent.', 'Changes to bank details trigger an email to the employee and require approval by a payroll admin.'],
    fire: ['Please put this email on hold until legal signs off.'],
  },
  {
    rule: 'placeholder.bracket-field',
    pass: ['Under Conditions, choose the field "Discount (%)" and set the operator to "greater than".'],
    fire: ['Hi (First Name), thanks for your time.'],
  },
  {
    rule: 'tone.deadline',
    pass: [
      'The forecast view counts deals whose expected close date falls in the current quarter.',
      'Scheduled tasks such as evidence reminders will run after the window ends, so nothing will be missed.',
      '3. Exceptions: urgent orders and single-source suppliers',
    ],
    fire: ['The window ends on Friday, so please decide by then.'],
  },
  {
    rule: 'internal.rep-directive',
    pass: ["Let me know if this version works and I'll send it for signature."],
    fire: ['Dave, let me know if this version works before it goes to the client.'],
  },
  {
    rule: 'internal.blind-shapes',
    pass: ['Add two filters: Expected close date is "This quarter", and Stage is not "Closed lost".'],
    fire: ['Mark the deal closed lost if she does not reply by Friday.'],
  },
  {
    rule: 'claim.acquisition',
    pass: ['Session 2, Purchasing (full day): requisitions, purchase orders, goods receipt.', '- Accounts and contacts imported, with duplicates merged.'],
    fire: ['Congrats on the merger with Globex last month!'],
  },
  {
    rule: 'tone.pressure-shapes-7',
    pass: ['You asked about it at our last review, so I wanted you to hear it from me.'],
    fire: ['I wanted you to hear it from me first: this price is gone after Friday.'],
  },
  {
    // The eleventh session's development set 38 (public-sector and regulated buyers).
    rule: 'tone.scarcity',
    pass: ['We have limited availability in the week of the 20th, so Tuesday or Wednesday the following week might be easier for both of us.'],
    fire: ['Kindly note our installation crews are almost fully booked for spring, post which the earliest date will be September only.'],
  },
  {
    rule: 'tone.guilt-extra',
    pass: ['I was counting on the train being on time, so I am ten minutes late to the call.'],
    fire: ['I was counting on Target Co for my numbers this month.', 'In your position I would be a little ashamed to show the current setup to the inspectors.', 'No problem if you decided for another supplier, it would only have been nice to be informed.'],
  },
  {
    rule: 'tone.renewal-threat',
    pass: ['If you decide to go with another supplier, we will help move your data across at no cost.'],
    fire: ['Should Target Co decide to go with another supplier, I cannot promise we will be able to support your legacy installations anymore.', 'If the contract is not signed this month, we will be obliged to escalate the outstanding invoices.'],
  },
  {
    rule: 'tone.non-reply-jab',
    pass: ['Is it normal in your organisation to run the tender in two stages?'],
    fire: ['Maybe you can tell me if it is normal in your organisation to not answer your suppliers.'],
  },
  {
    rule: 'tone.condescension-more',
    pass: ['No offence taken, and thank you for the honest reply.', 'Happy to walk your team through it whenever suits them.'],
    fire: ["It's not complicated once you get it, and I'm happy to walk your team through it as many times as they need.", 'No offence, but people outside engineering often underestimate how much this matters.'],
  },
  {
    rule: 'tone.reply-jab',
    pass: ['You have more important things on this week, so I will keep this short.'],
    fire: ["I'm sure you have far more important suppliers than us to deal with, so whenever you find a moment."],
  },
  {
    rule: 'tone.guarantee',
    pass: ['We guarantee a named account manager for the full contract term.'],
    fire: ["We guarantee you'll double your pipeline in 90 days."],
  },
  {
    rule: 'internal.note-to-author',
    pass: ['The numbers below are from your own export, so they match what your team sees.'],
    fire: ["Numbers below are from last year's deck and need refreshing.", "Assuming Target Co has around 5,000 staff, couldn't confirm, adjust if needed."],
  },
  {
    rule: 'internal.agent-trace',
    pass: ['I chose a shorter agenda for Tuesday, since two of your team are travelling.'],
    fire: ['I chose a warmer opening because your notes say you met her at the conference.'],
  },
  {
    rule: 'internal.deal-coaching',
    pass: ['We can go to 10% off for a three-year term, as in the attached quote.'],
    fire: ['we can go to 18% off if pushed but start at 8'],
  },
  {
    rule: 'claim.contract-win',
    pass: ['We were selected as preferred supplier on the regional framework in 2022.'],
    fire: ['I see that Target Co has been selected as preferred bidder for the tunnelling package.'],
  },
  {
    rule: 'claim.layoffs',
    pass: ['One of our clients went into administration in 2019, which is why we now hold escrow for every customer.'],
    fire: ['Target Co went into administration last year and came out of it stronger.'],
  },
  {
    rule: 'claim.award',
    pass: ['Our Employee of the Year, Priya, will run your onboarding.'],
    fire: ['Just read that Target Co has been voted Council of the Year, congratulations to the whole team.'],
  },
  {
    // The eleventh session's development emails AJ (an AI assistant's house style) and problem
    // emails PK: freight arriving, attendees and per-seat prices, a price that changes, work done
    // by noon, against the claims, holds and deadlines they resemble.
    rule: 'claim.expansion-named',
    pass: ['The container arrived in Hamburg on Monday and was selected for a documentary check.', "The carrier's latest estimate for arrival in Felixstowe is 19 October."],
    fire: ['Congrats on arriving in Hamburg with your first European office!'],
  },
  {
    rule: 'claim.growth-figures',
    pass: ['Who: about 12 customers from different industries, plus our head of product.', 'For your 1,200 students that would be $10,120 a year instead of $11,000.'],
    fire: ['I heard Target Co is planning to hire 150 new nurses across its clinics this year.'],
  },
  {
    rule: 'tone.deadline',
    pass: ["Going forward, I'll send you a note whenever a price changes on an item you order regularly.", "They'll check in with your security desk and should be done by noon.", 'Nothing on the bill is a rate change on our side.'],
    fire: ['The price changes on Friday, so this is your last chance at the old rate.'],
  },
  {
    rule: 'claim.security-incident',
    pass: ["I'm sorry to hear about the leak. I've opened a claim and copied my colleague, who handles property claims."],
    fire: ['Given the leak of your customer records last month, encryption is probably top of mind.'],
  },
  {
    rule: 'placeholder.bracket-words',
    pass: ['Response times stay under 2 hours (< 2h) for priority tickets.'],
    fire: ['<insert relevant stat about front-desk time spent on intake here>'],
  },
  {
    rule: 'placeholder.filler',
    pass: ['Please add a short intro about your team here in the shared doc before Friday.'],
    fire: ['Insert personalised opening line here.'],
  },
  {
    rule: 'tone.condescension-more',
    pass: ['Since the technical side is your area, I have attached the full API reference.'],
    fire: ["To put it simply, since the technical side probably isn't your area, think of it as a pipe that moves numbers."],
  },
  {
    rule: 'internal.rep-aside',
    pass: ['Thanks for flagging this to the team so quickly.'],
    fire: ["I'm flagging for the team that we still haven't had sign-off from our own legal on the retention wording."],
  },
  {
    rule: 'claim.regulatory',
    pass: ['As you may recall, we met at the fair in Lyon.', 'Our recall rate in the pilot was 98 percent.'],
    fire: ['Following the recent product recall at Target Co, I imagine your quality team is looking hard at traceability.', 'I know Target Co just lost its good CQC rating.'],
  },
  {
    // The eleventh session's development set 39 and emails AK (retail, food service, events,
    // franchises, facilities): pressure, notes and claims beside the same words used plainly.
    rule: 'tone.presumptive-close',
    pass: ["As agreed, I've scheduled the kickoff for the 3rd."],
    fire: ["Since you didn't object to the draft terms, I've treated them as agreed and scheduled the first delivery.", 'We have shipped your trial order of 200 units already since I was sure you would want them.'],
  },
  {
    rule: 'tone.fear-more',
    pass: ['You will find our rooms listed on the venue page.'],
    fire: ['After Monday the hotel releases the block, and you will not find rooms anywhere in the city that week.'],
  },
  {
    rule: 'tone.reply-jab',
    pass: ['My notes are at the bottom of the shared document.'],
    fire: ["Let me know when you've caught up on your emails; I realise mine are probably near the bottom of the pile."],
  },
  {
    rule: 'tone.team-insult',
    pass: ['Even if your team does not use the app daily, the reports arrive every Monday.'],
    fire: ["Prospective tenants definitely notice these things even if your team doesn't."],
  },
  {
    rule: 'internal.deal-coaching',
    pass: ['We never lowball a quote and then add extras later.'],
    fire: ['lowball them first, we can always come back up to 15'],
  },
  {
    rule: 'internal.writer-doubt',
    pass: ['Can we say Tuesday at ten, or is that too early for your team?'],
    fire: ["Can we say 'award-winning' here or is that a stretch?"],
  },
  {
    rule: 'internal.rep-caution',
    pass: ['Keep the labels consistent across stores so shoppers find them easily.'],
    fire: ["Last quote to them was $4.20/unit, keep consistent or they'll notice.", 'Customer is in collections with us for the old invoice, sort that out before pitching the upgrade.'],
  },
  {
    rule: 'internal.foreign-note-de',
    pass: ['Wichtig für Ihr Team: die Lieferung kommt am Montag.'],
    fire: ['Kommentar von Stefan: klingt zu aggressiv, bitte abschwächen.'],
  },
  {
    rule: 'claim.layoffs',
    pass: ['We closed two of our own warehouses last year and moved everything to Leeds.'],
    fire: ["Given that you've closed twelve underperforming stores this quarter, cost control is probably a priority."],
  },
  {
    rule: 'claim.acquisition',
    pass: ['We are not in talks to buy anyone; we are staying independent.'],
    fire: ['I hear Target Co is in talks to buy a competitor in Ohio.'],
  },
  {
    rule: 'tone.pressure-more',
    pass: ['The first label design set-up is €350, one time only.'],
    fire: ['This is a one time only offer for the first five stores that sign.'],
  },
  {
    rule: 'tone.deadline',
    pass: ['If you need anything more for your decision, please write to me. We are not in hurry.', "I'll come back to you with a proposal by the end of next week.", 'The monthly price would rise from $4,200 to $4,330, which reflects the increase in the minimum wage.', 'We can hold the quoted price until the end of March, which is when our new catalogue takes effect.', 'Prices in the attached quote are fixed until the end of the year regardless of currency changes.', "Please confirm whether you'd like the urgent-delivery option, which adds €50 per order."],
    fire: ['The price rises on Friday, so sign today.'],
  },
  {
    rule: 'claim.expansion',
    pass: ['The new bins were not on the checklist after your office move, which was our mistake.'],
    fire: ['Congratulations on your new flagship in Manhattan.'],
  },
  {
    rule: 'claim.expansion-named',
    pass: ['Elena is looking at opening a unit in the Fort Worth area and would like to hear about the first year.', 'We still have open territories in Texas and Oklahoma.'],
    fire: ['Congrats on opening your new unit in Fort Worth!'],
  },
  {
    rule: 'claim.growth-figures',
    pass: ['Here is the plan for the summer campaign materials at your 12 stores.'],
    fire: ['Since your franchise network grew to 250 studios this year, our bulk pricing would apply.'],
  },
  {
    rule: 'internal.rep-directive',
    pass: ['I have prepared two options.'],
    fire: ['Owner: rep to confirm pricing with deal desk.'],
  },
  {
    rule: 'claim.regulatory',
    pass: ['If the CMA ever opens an inquiry into your sector, the audit log has everything.'],
    fire: [
      'Since Target Co is under investigation by the CMA over pricing, I would understand if new contracts need extra sign-off.',
      'Given the OSHA citation Target Co received at the Gary plant, you might be reviewing your guarding suppliers.',
      'After the product recall Target Co had in spring, your team probably needs more traceability.',
    ],
  },
  {
    rule: 'claim.award',
    pass: ['Our support team was ranked first in the last customer survey we ran.'],
    fire: ['Since Target Co was ranked number one in customer satisfaction by J.D. Power, you will appreciate our service.'],
  },
  {
    rule: 'claim.acquisition',
    pass: ['I have a note from last year that you handled purchasing for the Joliet plant, but things change.', 'Your purchase of 40 extra licences went through this morning.'],
    fire: ['Following your purchase of the two Iowa seed dealers, you must be one of the biggest networks in the state.', 'Now that Target Co owns the old Carter Lumber yards, you will need one staffing partner.'],
  },
  {
    rule: 'claim.expansion',
    pass: ['We broke ground on our own new warehouse in March.'],
    fire: [
      'Since Target Co just broke ground on a second greenhouse complex in Almería, I would love to talk about sensors.',
      'I understand Target Co has recently commenced operations in Bangladesh and Sri Lanka.',
      'Our crews are free from October, which works since Target Co is finishing the new cold-storage wing then.',
    ],
  },
  {
    rule: 'claim.operating-scale',
    pass: ['Our depot ships around 4,000 pallets a week, so your order will not wait in a queue.'],
    fire: ['I know Target Co ships around 4,000 pallets a week out of the Memphis hub, so even a few cents per pallet matters.'],
  },
  {
    rule: 'claim.layoffs',
    pass: ['We closed the office for the holidays, so replies may be slow until the 3rd.'],
    fire: ['Since Target Co shut the Monterrey plant and moved everything to Querétaro, you will need a new carrier.'],
  },
  {
    rule: 'claim.launch',
    pass: ['Good news, Openreach have confirmed the install date for your new fibre line at the Bristol office.'],
    fire: ['Congratulations on your new fibre line of business.'],
  },
  {
    rule: 'claim.growth-figures',
    pass: ['- Shared EU roaming allowance for the 6 staff who travel'],
    fire: ['Now that you have 600 staff across the region, onboarding must be a challenge.'],
  },
  {
    rule: 'tone.scarcity',
    pass: ['Summit Health asked us for a quote for peak season, and we have sent it over.', 'Seats at the Leeds workshop are limited to twelve, so we keep it hands-on.'],
    fire: [
      'The recruiters on our desk are nearly fully booked, so if Summit Health wants coverage I would grab one of the last places now rather than later.',
    ],
  },
  {
    rule: 'tone.renewal-threat',
    pass: ['We are responsible for the hardware until the handover is signed.'],
    fire: ['Please note that in case of non-renewal, we shall not be held responsible for whatever happens to your service levels thereafter.'],
  },
  {
    rule: 'tone.flattery-leverage',
    pass: ['Someone with your experience of cold-chain audits will have questions about our logs, and I would welcome them.'],
    fire: ['I am sure a person of your great wisdom will immediately see why Target Co must partner with us.'],
  },
  {
    rule: 'tone.condescension-more',
    pass: ['As I mentioned on the call, the warranty covers parts and labour for two years.'],
    fire: [
      'As I explained on the call, and I will explain again, the warranty covers parts and not labour.',
      'Let me walk you through it once more, because I do not think the distinction has quite landed yet.',
    ],
  },
  {
    rule: 'tone.escalation-over-head',
    pass: ['If this is outside your area, could you point me to the right person?'],
    fire: ['Perhaps it would be helpful if someone more senior at Target Co looked at this, as it may be slightly outside your area.'],
  },
  {
    rule: 'tone.personal-inducement',
    pass: ['We would love to fly you out to our plant in Monterrey for the factory acceptance test, at our cost, as the contract says.'],
    fire: [
      'We would love to fly you out to our plant in Monterrey, all expenses paid, plus a weekend at the beach, once Target Co commits to the order.',
      'I will make sure there is a new iPad on your desk the week the first container arrives.',
    ],
  },
  {
    rule: 'tone.guarantee',
    pass: ['We test every batch, and our defect rate last year was 0.3%.'],
    fire: ['I can assure you there will be absolutely zero defects in the packaging.'],
  },
  {
    rule: 'tone.procurement-bypass',
    pass: ['Your QA team is welcome to test the samples before the first order.'],
    fire: ['We checked everything already, so there is no need for your QA team to test the samples.'],
  },
  {
    rule: 'tone.deadline-pressure',
    pass: [
      'The prices are good through the end of the month. If anything in the quote needs adjusting, just let me know.',
      'Your current freight rates with us expire on 31 December. Here is the proposed schedule for next year.',
      'If you ever have an urgent breakdown, our 24/7 line is 1-800-555-0142.',
    ],
    fire: [
      'If you do not order this week the price of the steel profiles will go up twenty percent.',
      'The prices are good through the end of the month, so grab them before they go up.',
    ],
  },
  {
    rule: 'tone.guilt-extra',
    pass: ['Do not blame yourself for the delay; the carrier lost the pallet.'],
    fire: ['If you wait, the price goes up, and then please do not blame me.'],
  },
  {
    rule: 'internal.version-label',
    pass: ['Option B: annual billing at $9,600, paid up front.'],
    fire: ['Option B: Would a quick 15-minute call on Thursday work for your team?', 'Or, if that feels too pushy: I would be glad to send over a sample pack whenever suits.'],
  },
  {
    rule: 'internal.writer-doubt',
    pass: ['We can cover the price increase in this call or the next one, whichever suits you.'],
    fire: ['Still need to figure out whether we mention the price increase in this one or the next one.'],
  },
  {
    rule: 'internal.edit-instruction',
    pass: ['We left the warranty part of the contract unchanged.'],
    fire: ['I think we should leave the warranty part out until we know what the supplier will back.'],
  },
  {
    rule: 'internal.hold',
    pass: ['Please hold the date; the invite follows.'],
    fire: ['I have attached our standard MSA, which legal has not cleared, so hold the attachment for now.'],
  },
  {
    rule: 'internal.deal-coaching',
    pass: ['Your logo on our customer page would need your approval first, of course.'],
    fire: ['They are small fish but could be a good logo for the Midwest pipeline.'],
  },
  {
    rule: 'internal.foreign-note',
    pass: ['Grazie mille per la visita, e a presto!'],
    fire: [
      'Francesco, controlla per favore i tempi di consegna prima che parta la mail.',
      'Per Marta: usuń ten akapit jeśli klient nie jest w Polsce.',
      'Dikkat: Ahmet Bey fiyatı onaylamadan bunu müşteriye göndermeyelim.',
      'Yaha pe sahi figure daalna hai, abhi wala galat hai.',
    ],
  },
  {
    rule: 'internal.rep-directive',
    pass: ['If you want to change something, for example to add the house roof also, I can prepare a second version.'],
    fire: ['Rep: prepare a second version with the roof added.'],
  },
  {
    rule: 'internal.agent-trace',
    pass: ["Here's the short version of what we can offer:"],
    fire: ["Here's a shorter version of the email:"],
  },
  {
    rule: 'tone.team-insult',
    pass: ['For a firm of your size, the standard plan covers everything you listed.'],
    fire: [
      "It's not really a good look for a firm of your reputation to still be sending engagement letters as unsigned PDFs.",
      'Your onboarding flow is, to put it kindly, not where it should be.',
      'A smaller firm like yours might not have the expertise to evaluate this properly.',
    ],
  },
  {
    rule: 'tone.reply-jab',
    pass: ['A reply is welcome whenever suits, and a no is a perfectly good answer.', 'I mentioned the two options on the call, and both are in the attachment.'],
    fire: [
      "A reply costs nothing, even if it's just a no.",
      "Clearly this hasn't made it to the top of your list, which is surprising given what's at stake.",
      'As mentioned several times already, the pricing is in the attachment.',
      'Three unanswered emails usually tells me this is not a priority for your team.',
    ],
  },
  {
    rule: 'tone.condescension-more',
    pass: ['If any of the technical side is unclear, I am happy to walk your IT team through it.'],
    fire: ['Let me explain slowly how an audit trail works.', 'No worries if the technical side goes over your head.'],
  },
  {
    rule: 'tone.fear-appeal',
    pass: ['If the panel decides without your input, we will still send the written answers you asked for.'],
    fire: ['If the panel decides without your input, it may be quite difficult for Target Co to get back on the approved supplier list later.'],
  },
  {
    rule: 'tone.presumptive-close',
    pass: ['Just reply with your preferred kickoff date once you have signed, and I will book the team.'],
    fire: ["Just reply with your preferred kickoff date and I'll take that as your go-ahead.", "Since we're moving forward, I've asked our CSM to reach out to your ops lead."],
  },
  {
    rule: 'tone.personal-inducement',
    pass: ['Tickets for the user conference are free for every customer, and the agenda is attached.'],
    fire: [
      "As a personal thank you for signing before the end of the quarter, I'd be happy to arrange two tickets for you to the Springboks test.",
      'We have a referral programme that pays you personally 10% of the first-year contract value.',
      'For the decision makers who support our bid, we usually organise a very nice dinner and some gifts.',
    ],
  },
  {
    rule: 'tone.procurement-bypass',
    pass: ['We can start the pilot with test data while your security review runs.'],
    fire: ['Maybe we can start the pilot quietly with production data in the meantime and formalise it later.'],
  },
  {
    rule: 'internal.agent-trace',
    pass: ['The registrations for your events create contacts in HubSpot automatically.', 'This email was sent to you because you registered for the webinar.'],
    fire: [
      'The following email was generated to be persuasive while remaining compliant with the guidelines provided.',
      'Sure! Below is a draft you can send to the procurement lead at Target Co.',
      "Retrieved from knowledge base: 'Ourco supports SAML 2.0 on Enterprise plans.'",
    ],
  },
  {
    rule: 'internal.rep-aside',
    pass: ['Our onboarding takes two weeks, and it includes a dedicated engineer.'],
    fire: [
      'Our onboarding typically takes two weeks — Tom, is that still true after the reorg? — and includes a dedicated engineer.',
      'Not 100% sure on the integration list, leaving it in but someone please sanity-check.',
      'Quick q for the team — are we still honouring the 2023 price list for existing logos?',
    ],
  },
  {
    rule: 'internal.forecast-talk',
    pass: ['Your forecast for this quarter is in the dashboard under Reports.'],
    fire: ['Forecast committed for this month and the manager expects signature by the 28th, so this email needs to land.'],
  },
  {
    rule: 'internal.deal-coaching',
    pass: ['If he does not reply, no problem: the quote stays valid for 30 days.', 'If they do not open the portal link, we resend it after two days.'],
    fire: ["If he doesn't bite on this one, move him to the quarterly newsletter list."],
  },
  {
    rule: 'internal.note-to-author',
    pass: ["To answer your question from this morning: customer data stays available for export for 30 days.", "We can review your proposed response and any redactions before it goes out, for a fixed fee."],
    fire: ['Note to self: check the export window before this goes out.'],
  },
  {
    rule: 'internal.hold',
    pass: ['Every draft is reviewed by a person before sending.'],
    fire: ['Per legal, hold the attachment for now.'],
  },
  {
    rule: 'claim.ipo',
    pass: ["In short, it's public companies and state-owned companies, so not every company will be affected."],
    fire: ['With the IPO planned for next spring, Target Co will need audit-ready controls.', 'Wishing you all the best on the upcoming Frankfurt listing.'],
  },
  {
    rule: 'claim.growth-figures',
    pass: [
      'Registration is required for controllers that meet certain thresholds, such as having at least 250 employees.',
      '- 9 team members have signed in',
      'Out of 62 employees, 9 clicked the test link.',
    ],
    fire: ["Since you've now crossed 2,000 customers, support volume has probably grown considerably.", 'With 60 new sales reps joining this quarter, ramp time is probably top of mind for you.'],
  },
  {
    rule: 'claim.layoffs',
    pass: ['We reduced the licence count by 15% at your request.'],
    fire: ['I know that Target Co had to reduce 15% of the staff this year.', 'Your decision to shut the Edinburgh office and consolidate in Glasgow must have been a tough one.'],
  },
  {
    rule: 'claim.expansion',
    pass: ["Pfizer's new Irish plant has been in the news, and we already supply several sites in that area.", 'Thank you for your order of 1,200 pallet rack bays for the new distribution centre.'],
    fire: ["Target Co's new Irish plant has been in the news, and we would love to supply it."],
  },
  {
    rule: 'claim.launch',
    pass: ['Datadog recently announced their new LLM observability product, and we are already integrated with it.'],
    fire: ['Having just launched the new executive MBA programme, you will be looking at ways to fill the first cohort.', 'Your team just shipped v3 of the SDK with Rust support.'],
  },
  {
    rule: 'claim.regulatory',
    pass: ['Our recall process is documented in the quality manual.'],
    fire: ["Following Target Co's recent downgrade by Moody's, the finance team is probably reviewing spend.", 'Since the EU regulator blocked your data transfers to the US, you probably need an EU-hosted alternative.'],
  },
  {
    rule: 'claim.certification',
    pass: ['The device carries a CE mark and TGA registration, and the certificates are attached.'],
    fire: ['Congratulations on your ISO 27001 certification.'],
  },
  {
    rule: 'internal.agent-narration',
    pass: ['Next, I will introduce you to our onboarding lead.', 'Then I will send you the calendar invite for Tuesday.'],
    fire: ["Next, I'll soften the opener so you don't come across as too salesy.", "Now I'll tighten the close, since you said the last one ran long."],
  },
  {
    // A gift for taking a meeting, money routed to the buyer, a perk kept quiet; against food at an event and what a meeting gives.
    rule: 'tone.personal-inducement',
    pass: [
      'Join the workshop on the 12th and stay for lunch afterwards.',
      'Book a demo and we will send the recording and slides.',
      'Attend the session and you will get a certificate and the slides.',
      "We'll send the refund payment directly to you rather than the reseller.",
      'Just between us, the roadmap slipped a quarter.',
    ],
    fire: [
      'Happy to send over a $200 Amazon gift card just for sitting through the demo.',
      "Book a call this week and there's a pair of Leafs tickets with your name on them.",
      "Take the meeting and I'll send your team lunch every Friday for a month, no strings attached.",
      "We've also got a referral bonus we can route straight to you rather than the company, if that's easier.",
      'Would it help if I covered your hotel for the conference, just between us?',
    ],
  },
  {
    // A hold label in brackets, against a hold the reader is told about in prose.
    rule: 'internal.hold',
    pass: ['We can hold the room for you until Friday.'],
    fire: ['[HOLD – awaiting legal OK]', '(hold: waiting on pricing)'],
  },
  {
    // Something to check on the reader's side, against the writer's doubt about a figure.
    rule: 'internal.writer-doubt',
    pass: ['One thing worth checking on your side: Dev mentioned your current producer sends events one at a time.'],
    fire: ['Worth checking the headcount figure before this goes.'],
  },
  {
    // "off email and shared drives" is advice; a deck someone shared is the draft's source.
    rule: 'internal.generation-source',
    pass: ['Please keep the private keys off email and shared drives.'],
    fire: ['I pulled this from the deck marketing sent over.'],
  },
  {
    // What an integration does in the reader's CRM, against the agent reading the CRM.
    rule: 'internal.agent-trace',
    pass: [
      'Every enquiry captured through the chatbot creates or updates a contact in HubSpot, tagged with the programme they asked about.',
      'Leads are scored in HubSpot and routed to your reps.',
    ],
    fire: ['I see in Salesforce that they renewed early.'],
  },
  {
    // A null value in technical prose and French spacing before a semicolon, against a merge that came out empty.
    rule: 'placeholder.filler',
    pass: ['Those records fail validation (mostly orders with a null shipping_address on digital-only products).', 'If the field is empty the API returns null.'],
    fire: ['Dear null,'],
  },
  {
    rule: 'placeholder.empty-merge',
    pass: ["On a un canal Slack dédié ; je t'y ajoute si tu veux."],
    fire: ['Thanks for your interest in  , we would love to help.'],
  },
  {
    // Key ids typed by hand carry digits outside base32; a config line puts a space where "=" was.
    rule: 'secret.aws-access-key',
    pass: ['The ASIAPACIFIC region team will join.'],
    fire: ['aws configure set aws_access_key_id AKIAG3EYH8YFRTVAM8QG'],
  },
  {
    rule: 'secret.aws-secret-key',
    pass: ['Set aws_secret_access_key in your own vault, never in email.'],
    fire: ['aws configure set aws_secret_access_key NLurp9Hm4iog3TL4VJu0yQAbijQEYAP1hd0F2mEh'],
  },
  {
    // News told of the prospect by name: programmes launched, stores closed.
    rule: 'claim.layoffs',
    pass: ['The store closes at 6 on Fridays.'],
    fire: ['As Target Co closes 35 of its stores by the end of the year, returns questions will rise.'],
  },
  {
    // Note shorthand, alternatives offered to the reviewer and the author's stand-ins, against the same words to the reader.
    rule: 'internal.draft-talk',
    pass: [
      "We'll confirm with finance and get back to you.",
      'Here are three options for your team — pick whichever fits best.',
      'Here are two subject lines your team could test in the campaign.',
      "I've added placeholder text in the template for you to customise.",
    ],
    fire: [
      'TBD — pricing / confirm w/ finance',
      'Here are three possible openings — pick whichever fits best:',
      "Quick note — I didn't have access to your calendar, so I used placeholder times below.",
    ],
  },
  {
    rule: 'internal.deal-desk',
    pass: ['Our coaching programme covers MEDDIC and BANT in week two.'],
    fire: ['Stage 3 → 4, ACV ~A$180k, MEDDICC gaps: EB unconfirmed, paper process unknown.'],
  },
  {
    rule: 'internal.rep-aside',
    pass: ["She's a real stickler for detail, which is why the audit went so well."],
    fire: ["Haha yes he's a total pain, but he's the one who signs the cheques."],
  },
  {
    rule: 'internal.draft-talk',
    pass: ['I have removed the auto-renewal clause from the order form as you asked.'],
    fire: ["I've taken out the reference to the data breach at their previous vendor as you asked, though it could make a strong hook."],
  },
  {
    // A party for the buyer's team once they sign, against a working lunch after go-live.
    rule: 'tone.personal-inducement',
    pass: ["Once you're live, we'll host a launch lunch for your project team at our office."],
    fire: ["Once you're on board, we'd be glad to cover your team's Christmas party this year as a small gesture."],
  },
  {
    // A notice's label, against a shouted word mid-sentence.
    rule: 'tone.shouting',
    pass: ['IMPORTANT: the sandbox will be reset on Sunday night, so please export any test data before then.'],
    fire: ['Please reply, this is IMPORTANT to us.'],
  },
  {
    // A notice's two-word label, against the same word shouted in the sentence.
    rule: 'tone.shouting',
    pass: ['IMPORTANT UPDATE: the maintenance window moves to Saturday, 02:00-04:00 UTC.'],
    fire: ['This UPDATE is IMPORTANT, so please read it today.'],
  },
  {
    // A claim cited to the prospect's own newsroom in the same sentence (the stop of "Inc." ends no
    // sentence), against the same news uncited.
    rule: 'claim.award',
    pass: ['Congratulations on being named to the Inc. 5000 list, as your newsroom announced last week.'],
    fire: ['Congratulations on being named to the Inc. 5000 list this year.'],
  },
  {
    // A document we send under NDA, labelled for the reader, against a label on our own floor price.
    rule: 'internal.confidential-caps',
    pass: ['CONFIDENTIAL: the attached pen-test summary is for your security team only, as agreed under NDA.'],
    fire: ['Attached: the CONFIDENTIAL pricing sheet with our floor prices.'],
  },
  {
    rule: 'internal.confidentiality-label',
    pass: ['CONFIDENTIAL: the attached pen-test summary is for your security team only, as agreed under NDA.'],
    fire: ['CONFIDENTIAL: floor price is 18% off, do not share.'],
  },
  {
    // The delay behind the terms this email sends, against this email held for a sign-off.
    rule: 'internal.hold',
    pass: [
      'Sorry for the delay, I was waiting on approval from our legal team for the revised terms.',
      "That makes sense. I'll hold off on sending the proposal until then.",
    ],
    fire: ['Waiting on approval from legal before this goes out.', "I'll hold off on sending this until Legal signs off."],
  },
  {
    // The reader taking over our account on their side, against a new head of the company.
    rule: 'claim.leadership',
    pass: ["As the new owner of the Ourco account on your side, you'll get admin rights."],
    fire: ['As the new owner of Target Co, you must have a full plate.'],
  },
  {
    // A version of a quote or a summary for the reader's board, and the reader's own corrected report,
    // against the author offering the reviewer another take of the email.
    rule: 'internal.draft-talk',
    pass: [
      "If you'd like to see a version with a smaller initial seat count and a ramp, I'm happy to put one together.",
      'If it would help, I can put together a shorter version for your board that focuses only on the visitor booking piece.',
      "Let us know if any reports were shared outside your team, in case you'd like to send a corrected version.",
    ],
    fire: ['Would you like a punchier version that leads with the ROI numbers?'],
  },
  {
    // An open item whose next sentence says who settles it and when, against a blank left in a sentence.
    rule: 'placeholder.filler',
    pass: [
      '3. Go-live. Date is TBD. We will decide after the test phase.',
      "Dates: TBD. Once you have a shortlist of dates that work for your managers, send them over and I'll confirm trainers.",
    ],
    fire: ['The kickoff is on TBD. Looking forward to it.'],
  },
  {
    // The reader's own talk or post as the source, with or without "I" in front, against news heard elsewhere.
    rule: 'claim',
    pass: ['I saw in your recent post that you launched a new app in Nairobi last month.', 'Saw your talk on async cancellation at the Rust meetup last month.'],
    fire: ['Congrats on launching the new app in Nairobi last month!'],
  },
  {
    // News the next sentence gives the reader as the source of, whatever it names the call, against the same news alone.
    rule: 'claim.expansion',
    pass: ['I hope the new clinic in Brookfield is settling in well. You mentioned on our last call that it was opening this month.'],
    fire: [
      'I hope the new clinic in Brookfield is settling in well.',
      'With your new office in SCBD opening this month, I guess the team is growing too.\n\nYou told me at the expo that you run three brands.',
    ],
  },
  {
    // News read "per" the prospect's own post, against the same news with no source.
    rule: 'claim.leadership',
    pass: ['Per your LinkedIn post, Priya is now leading the data team; congratulations to her.'],
    fire: ['Priya is now leading the data team, I hear; congratulations to her.'],
  },
  {
    // Registration that closes for a stated reason, against a deadline pushed with a threat.
    rule: 'tone.deadline-hold',
    pass: ["Last call for tomorrow's webinar, if you're interested — registration closes at 9am so we can send out the joining links."],
    fire: ['Registration closes at 9am, so act now or lose your seat!'],
  },
  {
    // A statistic a source reports about a sector, against the prospect's own figures.
    rule: 'claim.growth-figures',
    pass: ["The latest AIHW figures show public hospital admissions rose by around 3% last year, which matches what we're hearing from customers."],
    fire: ['Your latest figures show revenue rose by 30% last year.'],
  },
  {
    // A named company's story goes on in its own sentence ("Millbrook runs 48 stores"), against the prospect's.
    rule: 'claim.growth-figures',
    pass: ['After our chat I promised to send you the Millbrook Grocers story. Millbrook runs 48 stores in the Pacific Northwest.'],
    fire: ['Great to see the news. Target Co runs 48 stores in the Pacific Northwest now, which is impressive.'],
  },
  {
    // A count of follow-ups said plainly, against a reproach.
    rule: 'tone.guilt-fomo',
    pass: ["I've emailed a couple of times about student data, so I'll get straight to something practical."],
    fire: ["I've emailed you several times now."],
  },
  {
    // An event pass's link, against a password.
    rule: 'secret.password-assignment',
    pass: ['Kindly register by 10 November so that we can arrange your lunch and entry pass: https://ourco.com/events/learning-summit-blr'],
    fire: ['pass: Hunter2024!'],
  },
  {
    rule: 'secret.prose-password-forms',
    pass: ['Use the A/B test variant Q2/Plan-B for the second wave.', 'Watch the demo: https://www.youtube.com/watch?v=Xk3R2OUY8qz'],
    fire: ['Our consultants will connect in as vpn-assess-03 / Q9#mTx4r!Lp2, so you can whitelist the account.'],
  },
  {
    // Lists in the reader's CRM, against the CRM read by the agent.
    rule: 'internal.agent-trace',
    pass: ['Her marketing ops team exports CSVs from the warehouse every week to update HubSpot lists.'],
    fire: ['HubSpot lists them as a customer since 2023.'],
  },
  {
    // A blank number and a slot in a link.
    rule: 'placeholder.filler',
    pass: ['Our implementation typically takes 6 weeks from signature to go-live.'],
    fire: ['Our implementation typically takes __ weeks from signature to go-live.', 'Watch it here: https://ourco.com/videos/INSERT-VIDEO-SLUG'],
  },
  {
    // A gift for the reader's time, kept from procurement; against thanks for the time.
    rule: 'tone.personal-inducement',
    pass: ['Thanks so much for your time, and for the coffee!'],
    fire: ["If you can give us 30 minutes, I'll personally send you a pair of AirPods as a thank-you for your time — no need to mention it to procurement."],
  },
  {
    rule: 'tone.flattery-leverage',
    pass: ['We only reach out to the top accounts in our territory.'],
    fire: ['I only reach out to the top 1% of operations leaders in retail, and you made the cut.'],
  },
  {
    rule: 'internal.rep-aside',
    pass: ['He is a keen cyclist, so the Leeds office suits him.'],
    fire: ["(he's a bit of a know-it-all, so let him do most of the talking)"],
  },
  {
    // Running a number of things is no new post.
    rule: 'claim.leadership',
    pass: ['She mentioned Target Co is now running about 40 pipelines through us.'],
    fire: ['Jane is now running the EMEA team.'],
  },
  {
    rule: 'tone.deadline-pressure',
    pass: ["I'm telling you this so you can plan, not to hurry you."],
    fire: ['Hurry, the offer ends Friday.'],
  },
  {
    // An open item with its reason, a format described to the reader; against a slot left empty.
    rule: 'placeholder.filler',
    pass: ["Go-live date: TBC (we'll confirm once your payroll cut-off is fixed).", 'Your employee ID is on your payslip (format EMP-XXXXX).'],
    fire: ['Pricing: TBD', 'Your account number is XXXXX.'],
  },
  {
    // A perk on the purchase, against what the purchase itself brings.
    rule: 'tone.personal-inducement',
    pass: ["If the PO comes through this week, we'll get you onto the March onboarding cohort.", "Once the contract is signed, we'll send you the onboarding plan and a welcome pack."],
    fire: [
      "Sign this quarter and I'll get you two passes to our Cabo summit — flights and resort on us, spouse welcome.",
      'I can get you a paid seat on our customer advisory board if this goes through.',
      "Happy to pick up the bill for your team's offsite dinner if the PO gets raised this week — consider it a thank-you.",
    ],
  },
  {
    rule: 'tone.presumptive-close',
    pass: ['Whether and when to start is entirely your call.'],
    fire: ["So rather than whether, let's talk about when: does the 4th or the 11th work better for go-live?"],
  },
  {
    rule: 'tone.condescension',
    pass: ["We're a smaller team like yours, so we don't have a big IT department either."],
    fire: ["It's understandable that a smaller team like yours hasn't had the chance to think about model risk yet.", "No worries if you're too busy to look at this; I know some teams just aren't ready for change."],
  },
  {
    // Forecast fields and chat mentions, against a forecast offered to the reader.
    rule: 'internal.forecast-talk',
    pass: ['Our demand forecast for your stores is attached.'],
    fire: ['Prob. 40%, forecast category: pipeline, NOT commit.', "@channel who owns this account now that Jordan's left?"],
  },
  {
    rule: 'internal.edit-instruction',
    pass: ['Could you adjust the CTA in your template so it links to the new page?'],
    fire: ['Feel free to adjust the CTA depending on how the call went.', '**[DRAFT — NOT FOR SEND]**'],
  },
  {
    rule: 'internal.agent-narration',
    pass: ['The recipient sees the message in their own language.'],
    fire: ["The recipient appears to be based in the EU, so I've avoided quoting prices in USD."],
  },
  {
    rule: 'claim.award',
    pass: ['We picked up a Stevie award last year for our support team.'],
    fire: ['I saw Target Co picked up a Webby for its patient portal.'],
  },
  {
    rule: 'claim.affiliate-merger',
    pass: ['Our spin-off from the parent group made us more independent.'],
    fire: ['What does the new private-equity ownership mean for your tech roadmap?', 'How are things since the spin-off from the parent group?'],
  },
  {
    // A time zone after a time, against a slot left in brackets.
    rule: 'placeholder.bracket-field',
    pass: ['Would Thursday at 11:00 or Friday at 15:00 (your time) work?'],
    fire: ['We can help (your company) cut onboarding time.'],
  },
  {
    rule: 'internal.deal-coaching',
    pass: ["We'll go in at list price for the first year and review at renewal.", "You're a tough negotiator, and I respect that."],
    fire: ["She's a tough negotiator — go in at list and let her talk us down to 15%."],
  },
  {
    // A clause in brackets about the reader's kit, against a slot for their name.
    rule: 'placeholder.bracket-field',
    pass: ['- Contactless badge (your existing door-access cards usually work)'],
    fire: ['Thanks for your interest, (your name).'],
  },
  {
    rule: 'internal.generation-source',
    pass: ['- Forecast: 3.1× normal daily orders Friday to Monday (your number)', 'Offer letters generated from a template with the salary from the band, signed electronically.'],
    fire: ['This email was generated from the Q3 outbound template.'],
  },
  {
    rule: 'internal.agent-trace',
    pass: ['- Output: headcount by hour and by zone, so temps go where the work is simpler'],
    fire: ['Output: {"subject": "Quick question", "body": "Hi Dana"}'],
  },
  {
    rule: 'internal.draft-talk',
    pass: ['If you want a version with 30 RF devices instead of 40, I\'ll send it the same day.'],
    fire: ['If you want a version that sounds less salesy, tell me and I\'ll redo it.'],
  },
  {
    rule: 'internal.blind-shapes',
    pass: ['3. Booking requires the PO and container number; no number, no confirmation.'],
    fire: [],
  },
  {
    rule: 'internal.hold',
    pass: ['> Priya (late shift): "Don\'t send reach trucks into the pick aisles during the 15:00–16:30 rush."'],
    fire: ['Don\'t send this until legal signs off.', 'Do not send before Maria approves the discount.'],
  },
  {
    rule: 'placeholder.empty-merge',
    pass: ['DONE  Item master loaded and checked (6,412 SKUs)', 'OPEN  Opening stock count – your team, Saturday 1 Feb'],
    fire: ['Teams like  usually cut review time in half.'],
  },
  {
    rule: 'tone.deadline-pressure',
    pass: ['These are our standard list prices; nothing here is a special "today only" number.'],
    fire: ['This price is today only, so please sign before midnight.'],
  },
  {
    rule: 'claim.growth-figures',
    pass: ['Volume discount above 1,000 employees: 10% on the per-employee products.', '- 3 employees are on maternity leave, which the system treats differently.'],
    fire: ['Congrats on growing Target Co to 1,000 employees this year!'],
  },
  {
    rule: 'claim.layoffs',
    pass: ['I completely understand that the restructure of your HR team has to come first.'],
    fire: ['I heard Target Co is going through a restructure after the layoffs.'],
  },
  {
    rule: 'internal.writer-doubt',
    pass: ['If your traffic is flatter or spikier, the ingest line moves a lot, so it would be worth checking a week of real numbers before anyone relies on this.'],
    fire: [],
  },
  {
    rule: 'claim.leadership',
    pass: ['- Promotion to production can now require sign-off from one or more named groups.'],
    fire: ['Congrats on the promotion to Chief Revenue Officer!'],
  },
  {
    rule: 'internal.note-to-author',
    pass: ['A personal note: I\'m leaving Ourco at the end of this month to take a break.'],
    fire: [],
  },
  {
    rule: 'claim.expansion-named',
    pass: ['A colleague mentioned at a meetup that Target Co may be opening an office in Singapore. Is that right, or did I hear wrong?'],
    fire: ['Congrats on opening an office in Singapore this spring.'],
  },
  {
    rule: 'placeholder.filler',
    pass: ['Find out whether it catches silent null spikes in the claims tables earlier than your checks.'],
    fire: ['Hi null, thanks for the call.'],
  },
  {
    rule: 'tone.scarcity',
    pass: ['There are 8 sponsor slots in the loop; 5 are taken at the moment.'],
    fire: ['Only 3 slots left, so grab yours before Friday!'],
  },
  {
    rule: 'tone.guilt-extra',
    pass: ['Great to finally meet in person at the Expo after all those calls!'],
    fire: [],
  },
  {
    rule: 'placeholder.bracket-field',
    pass: ['Thank you for the RFP (your ref. PMS-2025-04) and for the call.', 'We mapped the cost codes (your finance team\'s list of 412 codes) to our matter types.'],
    fire: ['Thanks for your interest, (your name).'],
  },
  {
    rule: 'tone.presumptive-close',
    pass: ['Shall I pencil in the kick-off for the week of 4 August, or would later suit your team better?'],
    fire: [],
  },
  {
    rule: 'internal.draft-talk',
    pass: ['I would rather give you an honest answer than a headline, so here is the longer version.'],
    fire: ['(v2 draft, not final)'],
  },
  {
    rule: 'internal.agent-trace',
    pass: ['Payroll: we integrate with two payroll providers but don\'t offer payroll ourselves.'],
    fire: [],
  },
  {
    rule: 'claim.growth-figures',
    pass: ['Because the total is now over 90 users, the volume discount tier applies.', 'Your careers page lists 40 open roles in finance, so onboarding must be busy.', '- 354 staff are outstanding, of whom 120 are on long-term leave according to your HR feed.', 'Bringing on the remaining six subsidiaries would add around 2,300 users.', '- Work for groups larger than 50 people', 'The criteria are under 50 employees and under five years trading.', 'To qualify you need fewer than 200 staff.'],
    fire: ['With Target Co now past 1,200 employees, a single HR system matters.', 'Congrats on the 40 new hires this quarter!', 'Now that you have over 500 employees, the plan needs to change.'],
  },
  {
    rule: 'claim.operating-scale',
    pass: ['- Processed £1.9bn in payment volume in Q3, up 62% on Q2.', 'With over 4,000 customers on Ourco, we have seen every kind of setup.'],
    fire: ['Target Co moved $1.4bn through its platform last year — impressive.', 'With more than 2 million active wallet users on Target Co, even a 0.1% fraud rate means thousands of cases per month.'],
  },
  {
    rule: 'internal.agent-trace',
    pass: ['Thank you for raising ticket CS-450233 with me directly.', '3. Sequences that keep sending after a hard bounce because the CRM flag didn\'t sync'],
    fire: ['Ticket #NOC-77102 — latency spikes on their breakout, we suspect our upstream.', 'The CRM flags her as a detractor, so keep it short.'],
  },
  {
    rule: 'claim.expansion',
    pass: ['New Lyon hub?', 'Your careers page is advertising CDL driver roles in six states, so I imagine onboarding paperwork piles up fast.', 'I noticed a Lyon address on the contact page of Target Co\'s website. Is that a new hub? If so, congratulations.', 'Thanks for your time on Wednesday.\n\nWHAT YOU TOLD US\n- The new contact centre team in Cebu starts in September and will need around 80 seats.'],
    fire: ['Congrats on expanding into six states this year!', 'Congrats on the new contact centre in Cebu!'],
  },
  {
    rule: 'internal.rep-directive',
    pass: ['I\'ll admit I wasn\'t sure how to start this one, because I don\'t want to assume anything about Target Co.', 'Would it help if I spoke with your franchise development manager as well, or would you rather keep it between us for now?', 'Every staff member holds a current Working with Children Check. Check numbers will be provided to the Department on request.', 'One thing to check before sending them: entries you matched manually will not show an approver.', 'Sure, here are two that are close to Target Co\'s setup:', 'I can add the cap wording explicitly to the order form if your procurement team prefers to see it there.'],
    fire: [],
  },
  {
    rule: 'claim.layoffs',
    pass: ['Quick question: are there any changes to Target Co\'s structure on the horizon, such as new entities or teams being reorganised?', 'One of our customers is exiting the residential segment, and they kept our platform for the rest.'],
    fire: ['I saw the teams at Target Co were reorganised after the layoffs.', 'Given that Target Co is exiting the residential segment to focus fully on logistics parks, our module may be more relevant.'],
  },
  {
    rule: 'tone.shouting',
    pass: ['The URGENT flag on the kitchen display turns orders red after 12 minutes.', '4 x 10-INCH RUGGED TABLET (IP68)', 'We reworded the "STOP WORK AUTHORITY" section as you asked.', 'PPE: we bring our own HELM, WARNWESTE, SICHERHEITSSCHUHE S3 and SCHUTZBRILLE', 'Thanks for your time on Wednesday.\n\nWHAT YOU TOLD US\n- Reporting is still too manual.'],
    fire: ['The new dashboard is AMAZING and your team will LOVE it.', 'PS: THIS OFFER WILL NOT BE AROUND FOREVER, SO ACT NOW.', 'WHAT YOU MUST DO NOW\nSign the order form today.'],
  },
  {
    rule: 'tone.secrecy',
    pass: ['Would it help if I spoke with your franchise development manager as well, or would you rather keep it between us for now?'],
    fire: [],
  },
  {
    rule: 'claim.affiliate-merger',
    pass: ['P.S. Separately, is the proposed amalgamation of the two regional authorities that was discussed in the press last month expected to affect the scope of either lot?'],
    fire: [],
  },
  {
    rule: 'internal.blind-shapes',
    pass: ['Ourco\'s answers to the technical questions in Schedule B of the tender are below, each within the 250-word limit in paragraph 4.7.', 'Swagger 2.0 imports work, but we flatten some of the older auth definitions, so check the Authentication page afterwards.'],
    fire: ['Email is 142 words, within the 150-word limit.'],
  },
  {
    rule: 'tone.deadline-pressure',
    pass: ['We\'d like to be sure before questions close on Friday.'],
    fire: ['The offer closes on Friday, so sign today.'],
  },
  {
    rule: 'claim.outage',
    pass: ['- Integration with your core banking system had two outages in week three, which we\'ve since fixed.'],
    fire: ['Target Co was down for almost nine hours during last month\'s storm.'],
  },
  {
    rule: 'claim.expansion-named',
    pass: ['Before an item can move to Cataloguing, the specialist completes a provenance checklist.', 'I also came across a press mention of a new Target Co office in Lisbon. Is that the site you had in mind?', 'I also came across a press mention of a new Target Co office in Lisbon. Is that the site you had in mind?'],
    fire: [],
  },
  {
    rule: 'internal.writer-doubt',
    pass: ['Free during the beta. After that we genuinely don\'t know the price yet.'],
    fire: [],
  },
  {
    rule: 'internal.hold',
    pass: ['- The "Escalate" button now asks for a reason before sending, after feedback that it was too easy to tap.', 'New York law is possible but needs sign-off from our General Counsel, so I can\'t confirm it yet.', 'French law would require review by our General Counsel; I can request that, but it would add around a week.'],
    fire: ['Don\'t send this until legal signs off.', 'Don\'t send this until legal signs off.', 'Pending legal sign-off on the liability cap change.'],
  },
  {
    rule: 'internal.note-to-author',
    pass: ['One thing to check before sending them: entries you matched manually will not show an approver.'],
    fire: [],
  },
  {
    rule: 'placeholder.bracket-field',
    pass: ['The SMS alerts were too frequent in the first two weeks (your team called them "noise").'],
    fire: ['We can help (your company) cut onboarding time.'],
  },
  {
    rule: 'claim.acquisition',
    pass: ['Northline Civils have used Ourco Controls since 2021. You may have seen that they were acquired by Hartwell Group last year.', 'So it isn\'t the cheapest option on paper. It\'s meant to buy back your team\'s time.', 'It should buy back a few hours of your week.', 'So, in practice: workspaces can be merged or split, and contracts can be assigned to a new parent company with written notice.'],
    fire: ['I saw Target Co was acquired by Hartwell Group last year.'],
  },
  {
    rule: 'placeholder.empty-merge',
    pass: ['09:00 – 09:15  Introductions and objectives', '9.15am - 10.00am  Your current reporting cycle', 'If anything is unclear, send me a draft.\\n\\nMerci !\\nClaire', 'Belle journée à vous !'],
    fire: ['Hi !\\n\\nHope the team at  is doing well.'],
  },
  {
    rule: 'claim.award',
    pass: ['Congratulations on the RoSPA Gold award your team told me about at the stand!'],
    fire: ['Congratulations on the RoSPA Gold award, Target Co!'],
  },
  {
    rule: 'placeholder.caps-field',
    pass: ['On the import screen, set "Date format" to DD/MM/YYYY and run it again.', 'On the import screen, set "Date format" to DD/MM/YYYY and run it again.'],
    fire: [],
  },
  {
    rule: 'internal.todo',
    pass: ['- Prize sponsor (HACK-PRIZE): £2,500 + VAT'],
    fire: ['HACK: pricing copied from the old deck, fix before sending'],
  },
  {
    rule: 'internal.draft-talk',
    pass: ['The full report is attached. I\'ve deliberately left in the less flattering parts too (the coffee queues got some criticism).', 'If that bothers your developers, you can skip the hook and scan in CI only.', 'We should have said so, and I\'ve changed the email today.'],
    fire: ['I\'ve deliberately left out the discount so you can decide whether to offer it.'],
  },
  {
    rule: 'tone.pressure-shapes-17',
    pass: ['I assume you agree that security reviews take time, so I\'ll send our SOC 2 report early.'],
    fire: ['As discussed, we assume you agree with these terms, so our onboarding team will send the contract for e-signature on Friday.'],
  },
  {
    rule: 'tone.presumptive-close',
    pass: ['We have already put the Lisbon team down for the March training, as you asked.', 'I\'ve gone ahead and booked a call for Tuesday; the order form for signature can wait until you\'ve seen the demo.'],
    fire: ['I\'ve already put Summit Freight down for 60 irrigation valves and the 3-year service plan.', 'I\'ve gone ahead and booked Target Co into our 3 June onboarding cohort and Chloe will send the order form for signature on Monday.'],
  },
  {
    rule: 'tone.escalation-over-head',
    pass: ['If not, I\'ll need to contact the venue to release the room, which is no problem at all.'],
    fire: ['I would prefer to finalise this with you, but otherwise I will have to involve Mr. Nowicki, your CEO.'],
  },
  {
    rule: 'tone.fear-appeal',
    pass: ['You\'d be surprised how many teams still reconcile by hand.'],
    fire: ['You\'d be surprised how many heads of finance lost their job over one reconciliation error like that.'],
  },
  {
    rule: 'internal.foreign-note',
    pass: ['Prosimy o sprawdzenie faktury przed płatnością.', 'Le rogamos revise su correo antes de enviar la solicitud.', 'Bitte leiten Sie die Einladung gern an Ihre Kollegen weiter.'],
    fire: ['(Piotrek, sprawdź proszę przed wysłaniem, czy ta cena jest jeszcze aktualna.)', 'Uwaga: klient jeszcze nie wie o podwyżce cen od lipca, nie wspominać.', 'Ricordati di togliere il paragrafo su Telnova prima di mandarla, non sono più clienti.', 'Bitte nicht an den Kunden weiterleiten – Preise noch in Abstimmung mit dem Vertriebsleiter.'],
  },
  {
    rule: 'claim.leadership-departure',
    pass: ['After Dana\'s departure as CEO of Hexa Logistics, one of our customers, we kept the same plan.'],
    fire: ['After Mr. Hayashi\'s departure as CTO last month, I wanted to make sure our discussion continues with the right person.'],
  },
  {
    rule: 'tone.pushy-demand',
    pass: ['About $2 goes on support. We answer within 4 hours, and it\'s always a person.'],
    fire: ['Please reply to this email within 24 hours to confirm you\'ve received it.'],
  },
  {
    rule: 'claim.launch',
    pass: ['Shipped\n• Snowflake destination is now generally available\n• Schema drift alerts'],
    fire: [],
  },
  {
    rule: 'internal.generation-source',
    pass: ['For the next one, I propose to use our template "Workload and wellbeing". It has only 8 questions.'],
    fire: [],
  },
  {
    rule: 'claim.regulatory',
    pass: ['The penalty imposed on one of our customers last year taught us a lot.'],
    fire: [],
  },
  {
    // A follow-up count owned up to with a joke, or released in the next breath (twenty-first session, read clean emails ED and EE).
    rule: 'tone.guilt-extra',
    pass: ["I've sent you four emails about Ourco Learn, which is about three more than anyone wants from a stranger."],
    fire: ["I've sent you four emails about Ourco Learn and you still haven't replied."],
  },
  {
    rule: 'tone.follow-up-count',
    pass: ["I've emailed twice about Ourco People and haven't heard back. No problem at all; I know how these things pile up."],
    fire: [],
  },
  {
    rule: 'tone.follow-up-guilt',
    pass: ["Since I haven't heard back after our demo in May and my two follow-ups, I'm going to assume Ourco Give isn't the right fit for you at the moment. That's completely okay."],
    fire: [],
  },
  {
    rule: 'internal.rep-directive',
    pass: ["Many companies we speak with still export from one system, fix the figures in Excel, then upload twice.", "Option B - add line 4 (the new press line you mentioned in March): EUR 72,400 per year."],
    fire: ["- fix the figures"],
  },
  {
    rule: 'tone.fake-flexibility',
    pass: ["Neither requires a decision now. I'll call your office in mid-June."],
    fire: ["Quick decision needed on the renewal: yes or no?"],
  },
  {
    rule: 'tone.deadline-pressure',
    pass: ["Unfortunately I need to move our meeting on Sunday, as I have to be at a customer site for an urgent commissioning.", "Log in with the invite link sent to your email (it expires in 72 hours; just ask if it lapses)."],
    fire: ["This offer expires in 72 hours, so decide now."],
  },
  {
    rule: 'internal.note-to-author',
    pass: ["- Main question for next season: where to cut back on nitrogen without losing yield"],
    fire: ["Question for Sam: do we mention the discount?"],
  },
  {
    rule: 'placeholder.bracket-field',
    pass: ["Renewal: 285 employees (your current headcount in the system) × $9.50 = $32,490/year"],
    fire: ["Hi Dana, I loved (your company name)'s last post."],
  },
  {
    // News the prospect published, cited as where we read it (twenty-first session, read clean emails ED and EE).
    rule: 'claim.funding',
    pass: ["Congrats to you and the team on the $28M Series B, announced in Target Co's press release yesterday (https://target.example/press/series-b)."],
    fire: ["Congrats on the $28M Series B, announced in Bloomberg yesterday."],
  },
  {
    rule: 'claim.expansion',
    pass: ["Congratulations on the financial close of your 120 MW expansion, which I read about in your press release of 3 March (https://target.example/media).", "Congratulations on opening the new potato-processing facility in Lethbridge. I saw the announcement on your LinkedIn page and the photos of the ribbon cutting."],
    fire: ["Congratulations on opening the new Lethbridge plant last month."],
  },
  {
    rule: 'claim.award',
    pass: ["Congratulations on the NSF award announced on Target Co's newsroom on April 2 (https://target.example/news/nsf)."],
    fire: ["Congratulations on the NSF award!"],
  },
  {
    rule: 'claim.launch',
    pass: ["I am contacting you because Target Co recently announced on your company blog (https://target.example/blog, 8 May) that you will launch a partner certification program for resellers in Southeast Asia this year."],
    fire: [],
  },
  {
    rule: 'tone.follow-up-guilt',
    pass: ["I've reached out a few times about Ourco Fleet for your service vans without luck. I understand priorities shift - I'll close this on my side."],
    fire: [],
  },
  {
    // An AI assistant's help told to the reader, with a person's check (twenty-first session, read clean emails ED).
    rule: 'internal.agent-trace',
    pass: ["Full disclosure: I used our AI assistant to pull this summary together from my call notes and the price book, and I've checked every figure myself."],
    fire: ["Built from my call notes and the CRM."],
  },
  {
    // Another organisation's story told in Portuguese (twenty-first session, read clean emails ED).
    rule: 'claim.foreign-news',
    pass: ["A Associação Raízes, em Braga, fez isto no ano passado e passou de 180 para 410 contribuintes a consignar."],
    fire: [],
  },
  {
    // Last chances, answers demanded today, everyone else signed, in Dutch, Greek, Portuguese and Hinglish (twenty-first session, read problem emails QT and QU).
    rule: 'tone.foreign-pressure',
    pass: ["De offerte is geldig tot 30 juni; daarna passen we de prijs aan de nieuwe tarieven aan.", "Alle andere documenten zijn al getekend en staan in de map."],
    fire: ["Laatste kans: vandaag tekenen = 25% korting", "Σας παρακαλώ απαντήστε σήμερα — αύριο η τιμή δεν ισχύει.", "Eerlijk gezegd: alle andere zorginstellingen in de regio hebben al getekend, dus jullie zijn echt de laatste die nog twijfelen.", "Só restam 48 horas para garantir esse preço — depois disso, nem eu consigo segurar.", "Preciso de uma resposta até amanhã às 10h, senão passo a vaga para outro estúdio.", "Sir, ek breach hua toh aapki job bhi risk pe hogi, please think about it seriously."],
  },
  {
    rule: 'tone.renewal-threat',
    pass: ["Data is archived 30 days after the contract ends, per the DPA."],
    fire: ["If the renewal isn't signed by Monday, your data will be archived and we can't promise it will be recoverable."],
  },
  {
    // A colleague asked to check or cut something, in Portuguese, Greek and Hebrew (twenty-first session, read problem emails QT and QU).
    rule: 'internal.addressed-note',
    pass: ["Maria, obrigado pela reunião de ontem."],
    fire: ["Rafa, confere se esse desconto foi aprovado antes de mandar", "Γιώργο, βγάλε αυτή την παράγραφο αν δεν έχουμε ακόμα την έγκριση.", "יוסי, תבדוק שהמחיר הזה מאושר על ידי גלית לפני ששולחים"],
  },
  {
    rule: 'internal.confidentiality-label',
    pass: ["We behandelen uw gegevens vertrouwelijk en delen ze met niemand.", "Wir behandeln Ihre Daten vertraulich.", "Graag niet doorsturen buiten uw team."],
    fire: ["VERTROUWELIJK – NIET DOORSTUREN NAAR KLANT", "NE PAS ENVOYER AU CLIENT: marge 32%"],
  },
  {
    rule: 'internal.agent-trace',
    pass: ["Would you like us to send the contract before you leave on Friday?"],
    fire: ["Would you like me to translate this into Portuguese before you send it?"],
  },
  {
    rule: 'internal.foreign-note',
    pass: [],
    fire: ["Kustuta enne saatmist: hind sisaldab partneri Telia allahindlust 15%, ilma selleta oleks 2 820 €."],
  },
  {
    // News about the prospect in Dutch, Portuguese and Hinglish (twenty-first session, read problem emails QT and QU).
    rule: 'claim.foreign-news',
    pass: ["Onze nieuwe CEO begint in september.", "Wij zijn met 40% gegroeid tot ruim 600 medewerkers.", "Acabamos de contratar um novo gerente para a sua conta."],
    fire: ["Met de nieuwe CEO die in september bij Blue Harbor Foods is begonnen, verwacht ik dat jullie de IT herzien.", "Nu Helix Genomics met 40% gegroeid is tot ruim 600 medewerkers, wordt onboarding lastiger.", "Vi que a Target Co acabou de contratar um novo Head of Digital vindo da Globo — parabéns pela contratação.", "Kestrel Aerospace ne pichle saal 800 se zyada engineers hire kiye"],
  },
  {
    // A key named, then given in brackets later in the sentence (twenty-first session, read problem emails QT).
    rule: 'secret.generic-api-key',
    pass: ["The token format is described in our docs (see the section on authentication).", "Your API key lives in Settings (look under Developer Tools)."],
    fire: ["I ran a dry run this afternoon with the API key you sent over (66f51d912f834d6a437abf290a0afd1a) and it found 212 dashboards."],
  },
  {
    rule: 'placeholder.filler',
    pass: [],
    fire: ["- SSO + adaptive MFA: ₹____ per user per month"],
  },
  {
    // The reader told to put their own key in place of the sample's (twenty-first session, read clean emails EE).
    rule: 'placeholder.caps-field',
    pass: ["Replace YOUR_API_KEY with a key from Settings > API, and keep it out of emails and shared drives."],
    fire: ["Use the key YOUR_API_KEY when you log in."],
  },
  {
    // An AI assistant's help told to the reader, with a person's check (twenty-first session, read clean emails EF).
    rule: 'internal.agent-trace',
    pass: ["Quick transparency note first: I used our internal AI assistant to draft this summary from my call notes, and I've reviewed every line."],
    fire: [],
  },
  {
    rule: 'internal.hold',
    pass: ["I used our AI assistant to draft this and checked every figure myself before sending."],
    fire: ["Hold before sending: legal still has to approve the discount."],
  },
  {
    rule: 'internal.forecast-talk',
    pass: ["A valid example payload:\n\n{\n  \"customer_gstin\": \"27AAAAA0000A1Z5\",\n  \"amount\": 11800.00\n}"],
    fire: ["CRM record: {\"deal_stage\": \"negotiation\", \"amount\": 52800}"],
  },
  {
    rule: 'secret.generic-api-key',
    pass: ["curl -X POST https://sandbox.api.ourco.com/v1/payouts \\\n  -H \"Authorization: Bearer sk_test_YOUR_SECRET_KEY\""],
    fire: [],
  },
  {
    rule: 'placeholder.caps-field',
    pass: ["curl https://api.ourco.com/v2/accounts \\\n  -H \"Authorization: Bearer YOUR_API_KEY\""],
    fire: [],
  },
  {
    rule: 'claim.funding',
    pass: ["Congrats on the USD 18M Series A! I saw the announcement in TechCrunch on Tuesday and your blog post about what's next for Target Co."],
    fire: [],
  },
  {
    // Japanese slots and a Swedish field (twenty-first session, read problem emails QV and QW).
    rule: 'placeholder.bracket-words',
    pass: [],
    fire: ["○○株式会社様", "【要入力：導入社数】社に導入いただいています。"],
  },
  {
    rule: 'placeholder.template-variable',
    pass: [],
    fire: ["Hej {förnamn},"],
  },
  {
    rule: 'secret.prose-password-i18n',
    pass: [],
    fire: ["Logga in med kontot jenny.admin@ourco-kund.se och det tillfälliga lösenordet Sommar2024!Lund"],
  },
  {
    // News about the prospect in Spanish, Polish and Swedish (twenty-first session, read problem emails QV and QW).
    rule: 'claim.foreign-news',
    pass: ["Hemos abierto una nueva oficina en Monterrey.", "Vi har öppnat ett nytt kontor i Malmö."],
    fire: ["Ahora que Blue Harbor Logistics ya supera los 1,200 empleados en obra, imagino que el control se ha vuelto complejo.", "Widziałem, że Redwood Energy otworzyło nowe biuro w Gdańsku — gratuluję!", "Vi que Cobalt Security fue reconocido por Chambers and Partners este año.", "Grattis till Vantage Retails nya finansieringsrunda på 120 miljoner kronor!"],
  },
  {
    // Polish, Spanish and Swedish pressure (twenty-first session, read problem emails QV and QW).
    rule: 'tone.foreign-pressure',
    pass: ["El precio sube un 3% cada año según el IPC, como indica el contrato.", "Crecimos, aunque no tanto como para abrir otra oficina."],
    fire: ["Oferta ważna tylko do jutra do 12:00 – potem znika na zawsze.", "Te recuerdo que a partir del lunes el precio sube 25% y ya no podremos respetar esta cotización.", "Wszyscy Państwa konkurenci z branży IT w Krakowie już korzystają z Ourco Hire — naprawdę nie warto zostawać w tyle.", "Entiendo que está muy ocupado, aunque al parecer no tanto como para revisar las propuestas de nuestra competencia.", "Ärligt talat: de organisationer som inte har börjat förbereda sig nu kommer att få mycket svårt att hinna, och det är sällan ledningen som får bära skulden när det brister."],
  },
  {
    // Notes, holds and the agent's questions in Spanish, Swedish and Polish (twenty-first session, read problem emails QV and QW).
    rule: 'internal.foreign-note',
    pass: ["Pendiente de su confirmación, reservamos la sala.", "Sources: Gartner 2024 survey of 300 CFOs."],
    fire: ["Pendiente: Beto, confirmar con finanzas si podemos ofrecer 12 meses sin intereses.", "Fråga Anna om vi verkligen kan lova 48 h i Norrland också.", "Ring Per innan det här skickas – han vill absolut inte att Lena ser rabatten.", "Źródła: krs-online.com.pl, strona internetowa kancelarii, profil LinkedIn adresata.", "¿Quieres que agregue el precio en dólares también? Avísame y lo ajusto antes de enviarlo."],
  },
  {
    rule: 'internal.addressed-note',
    pass: ["Anna, ring mig gärna när du har tid."],
    fire: ["Paweł, klient ma przestarzały system i boi się migracji — podkreśl, że robimy wszystko za nich."],
  },
  {
    rule: 'internal.foreign-note-cjk',
    pass: [],
    fire: ["※山本さんは決裁権なし。部長の田中さんに直接アプローチすること。"],
  },
  {
    rule: 'internal.agent-trace',
    pass: [],
    fire: ["Sent via Ourco Assistant — suggested follow-up: 14 Nov. If no reply, try the HR Director instead."],
  },
  {
    rule: 'internal.agent-trace',
    pass: ["Suggested next steps:"],
    fire: [],
  },
  {
    rule: 'internal.foreign-note',
    pass: ["Pendiente: archivo de rutas de marzo"],
    fire: [],
  },
  {
    // twenty-first session, read clean emails EG
    rule: 'internal.rep-directive',
    pass: ["- the front desk keeps working if the internet drops (check-ins sync once the connection is back);"],
    fire: [],
  },
  {
    rule: 'internal.foreign-note',
    pass: ["3. Kiểm tra lại giá phòng và số phòng trống cho 30 ngày tới.", "Chị Linh đã đọc và duyệt nội dung này trước khi gửi."],
    fire: [],
  },
  {
    rule: 'claim.funding',
    pass: ["ti ho scritto un paio di volte dopo il nostro incontro al Festival del Fundraising di Lazise."],
    fire: [],
  },
  {
    rule: 'tone.reply-jab',
    pass: ["If it isn't a priority right now, that's completely fine."],
    fire: ["I know how it goes when something simply isn't a priority."],
  },
  {
    rule: 'placeholder.filler',
    pass: [],
    fire: ["Signed on __/__/____ by the customer."],
  },
  {
    // The writer says the slot stands for the reader's own key (twenty-second session, EK).
    rule: 'placeholder.caps-field',
    pass: ["Keep it in your secrets manager; in the examples below I've written YOUR_SANDBOX_KEY."],
    fire: ["Use the key YOUR_API_KEY when you log in."],
  },
  {
    // A long sentence that opens on the prospect's own page as the source (EK).
    rule: 'claim.expansion',
    pass: ["I read the announcement on your blog this morning (https://target.example/blog/series-b) — $40M led by Northzone is a great vote of confidence, and the line about expanding into Mexico and Colombia this year caught my eye."],
    fire: ["Word is that the team is expanding into Mexico and Colombia this year, and that $40M led by Northzone is a great vote of confidence in the plan."],
  },
  {
    // A product step before money leaves, and an agenda marked draft for the reader (EK).
    rule: 'internal.hold',
    pass: ["- Automatic name-enquiry (NIP) before sending, so most failures are caught before money leaves", "This year's agenda (draft):\n- Day 1: Keynotes on real-time payments"],
    fire: ["Please run the discount past legal before sending."],
  },
  {
    // A note on a value just given (EK).
    rule: 'placeholder.bracket-field',
    pass: ["- US cards: 2.7% + 25¢ (your negotiated rate)"],
    fire: ["- US cards: (your negotiated rate)"],
  },
  {
    // A contract term that caps a rise at renewal (EK): both deadline rules.
    rule: 'tone.deadline',
    pass: ["- Price increase on renewal capped at 5%"],
    fire: ["Prices increase on March 1, so please sign this week."],
  },
  {
    // Buying through a channel is a purchase, not a takeover (EK).
    rule: 'claim.acquisition',
    pass: ["The price is the same as buying direct: $36,000/year for the Enterprise plan you're looking at."],
    fire: ["Congrats on buying Zenbyte last month."],
  },
  {
    // The documentation's example IBAN, said to be one (EK); given as an account it still fires.
    rule: 'pii.iban',
    pass: ["Test IBAN for SEPA debits: DE89 3704 0044 0532 0130 00 (the standard example IBAN).", "\"iban\": \"ES91 2100 0418 4502 0005 1332\" (El IBAN es el de ejemplo que aparece en la documentación pública.)"],
    fire: ["Please pay the deposit to DE89 3704 0044 0532 0130 00 by Friday."],
  },
  {
    // A comment inside code pasted for an engineer (EK).
    rule: 'internal.code-comment',
    pass: ["In Express, the fix looks like this:\n\napp.post('/webhooks/ourco', express.raw({ type: 'application/json' }), (req, res) => {\n  const sig = req.header('Ourco-Signature');\n  // handle event\n  res.status(200).end();\n});"],
    fire: ["// remember to mention the discount only if they push"],
  },
  {
    // A date format asked of the reader (EJ).
    rule: 'placeholder.filler',
    pass: ["1. Dates must be YYYY-MM-DD. Excel likes to change them."],
    fire: ["Your go-live date is YYYY-MM-DD."],
  },
  {
    // The last of a series in a plan (EJ).
    rule: 'internal.version-label',
    pass: ["- 19 January: Parallel check on the January payroll (final)"],
    fire: ["Renewal proposal v3 (final)"],
  },
  {
    // The reader's own key named as a slot (EJ).
    rule: 'secret.generic-api-key',
    pass: ["curl -X POST https://sandbox-api.ourco.com/v2/people \\\\\n  -H \"Authorization: Bearer YOUR_SANDBOX_API_KEY\""],
    fire: ["Refresh token for the Xero sync: xero_rt_8d2f7a4c9e1b6d3f0a5c8e2b7d4f1a9c6e3b0d7f"],
  },
  {
    // Sourced, told, our terms, another company's story (EJ): no claim about the prospect.
    rule: 'claim',
    pass: ["I read Target Co's press release from 2 September about the new 400,000 sq ft distribution centre in Mississauga opening next spring, with around 250 new roles.", "I saw your LinkedIn post on 3 April that Target Co was named one of the Great Place to Work UAE 2025 winners.", "I read Target Co's SENS announcement of 14 October regarding the acquisition of a majority stake in a Gauteng-based logistics business.", "You were very clear about where Target Co is: 60 people, payroll on BrightPay and working well.", "The minimum is 20 employees, so you're well above it.", "- Implementation fee waived for organisations under 100 employees", "Green Leaf Café, a café chain based in Fukuoka, grew from 14 to 45 stores between 2021 and 2024.", "Kestrel Foods (Cork) was acquired by Arden Group in May 2024. Over the following quarter they had to:\n- Move 620 employees onto Arden's pay calendar", "I read the announcement on your blog yesterday. The part about doubling the engineering team in Montréal caught my eye.", "I read Target Co's press release about the new distribution centre in Mississauga, with around 250 new roles.\n\n1. Hiring 250 people in a few months: will that run through agencies or direct hiring?"],
    fire: ["Target Co, a café chain based in Fukuoka, grew from 14 to 45 stores.", "Target Co was acquired by Arden Group in May. Over the following quarter you had to:\n- Move 620 employees onto the new pay calendar", "I saw your team at the expo; congrats on the Series C.", "The part about doubling the engineering team in Montréal caught my eye."],
  },
  {
    // A credential slot the reader fills, said so or in a technical sentence (EJ).
    rule: 'placeholder.caps-field',
    pass: ["4. Copy the signing secret shown once. In your code it replaces YOUR_WEBHOOK_SECRET below.", "Each request includes an X-Ourco-Signature header: an HMAC-SHA256 of the raw body using YOUR_WEBHOOK_SECRET."],
    fire: ["Your login is ready: use YOUR_PASSWORD_HERE to sign in."],
  },
  {
    // Quiet pressure in other languages (twenty-second session, QZ and RA): a pity about being the last, everyone else already in, going to the reader's boss, an offer held only until a day.
    rule: 'tone.foreign-pressure',
    pass: ["Sería una lástima no vernos en la feria; ¿te viene bien el martes?", "Los demás detalles ya están en la propuesta adjunta.", "Je serais ravi de vous présenter notre directeur technique.", "Das Angebot gilt bis Ende März, wie im Vertrag vereinbart."],
    fire: ["Sería una lástima que ustedes fueran los únicos de la zona sin el sistema.", "Die anderen Kliniken im Bezirk haben sich bereits entschieden, nur Sie fehlen noch.", "Sonst müsste ich das Thema direkt bei Ihrem Geschäftsführer ansprechen.", "Bu fiyatı ancak perşembe gününe kadar tutabiliyorum.", "Wszystkie pozostałe hotele w okolicy już wdrożyły system."],
  },
  {
    // Notes for the team in other languages (QZ, RA): between us, an internal label, a hold before sending, don't mention it to the client, remember to change a figure.
    rule: 'internal.foreign-note',
    pass: ["J'ai préparé ce suivi, et Antoine l'a relu avant l'envoi.", "Entre nosotros y ustedes hay una diferencia horaria de seis horas.", "Lembramos que o envio do contrato é feito pelo DocuSign."],
    fire: ["Entre nous, le DAF ne veut pas entendre parler de nous.", "Interne Notiz: sie hat nur noch 8.000 € Budget frei.", "Bitte erst nach Freigabe durch die Rechtsabteilung rausschicken.", "Segurar o envio até o jurídico aprovar a cláusula.", "Pipe, no le vayas a mencionar el precio que les dimos.", "Lembrar de trocar o valor para R$ 18.900 se aprovarem."],
  },
  {
    // News about the prospect told in other languages (QZ, RA).
    rule: 'claim.foreign-news',
    pass: ["Vi que ustedes abrieron un ticket de soporte ayer; ya lo estamos revisando.", "Félicitations pour votre présentation au salon, elle était très claire."],
    fire: ["Vi que a Target Co tem um novo CEO desde setembro.", "Ich habe gesehen, dass Target Co im Herbst das neue Lager in Wels bezogen hat.", "Hongera kwa ufadhili wa dola milioni sita mliopata.", "Avec un chiffre d'affaires qui a dépassé les 300 millions l'an dernier, vous devez consolider.", "With the DRHP already filed with SEBI, reporting will get stricter."],
  },
  {
    // More quiet pressure in other languages (QZ, RA): a promised return, flattery that shames, fear of what happened to others, those who waited paid more, a pity for our wasted work.
    rule: 'tone.foreign-pressure',
    pass: ["Le prometo que le enviaré el informe el viernes.", "No quiero que les falte nada para la auditoría: aquí está el checklist.", "Ich kann mir vorstellen, dass Sie gerade viel zu tun haben."],
    fire: ["Ich verspreche Ihnen, dass Sie die Kosten im ersten Jahr wieder hereinholen.", "Seguramente no quieren quedar como el único hotel de la zona sin reservas online.", "Nie chciałbym, żeby Państwa to spotkało w szczycie sezonu.", "Los clientes que esperaron el año pasado terminaron pagando el doble.", "Me daría pena que todo ese trabajo quede en un cajón."],
  },
  {
    // A jab wrapped in courtesy (QZ).
    rule: 'tone.reply-jab',
    pass: ["I would have thought the pilot could start in May, but June works too."],
    fire: ["I'd have thought patient safety would rank fairly high on the list for a hospital of your size.", "Happy to send it straight to your CEO, so it doesn't have to sit in your inbox any longer.", "A one-line reply would be a matter of basic courtesy."],
  },
  {
    // Sorrow at the reader falling behind (QZ).
    rule: 'tone.guilt-extra',
    pass: ["I'd hate to see you pay for seats you don't use, so let's size it right."],
    fire: ["I'd be sorry to see your guests comparing the check-in with the place next door."],
  },
  {
    // Confidential labels with a restriction, and the agent asking which version to send (QZ).
    rule: 'internal.foreign-note',
    pass: ["Confidencial: este documento contiene la tabla de precios públicos.", "¿Cuál prefiere, la llamada del martes o la del jueves?"],
    fire: ["Poufne, nie przekazywać klientowi: marża wynosi 35%."],
  },
  {
    // The agent explaining a choice between options to its user (QZ).
    rule: 'internal.agent-trace',
    pass: ["I chose Ourco over two other vendors because of the support, and I'd do it again."],
    fire: ["I went with the Lisbon case study over the Porto one because their fleet is closer in size; happy to switch it.", "Deux versions possibles ; dites-moi laquelle vous préférez que j'envoie."],
  },
  {
    // News in French, Spanish, German and Turkish told as fact (QZ, RA).
    rule: 'claim.foreign-news',
    pass: ["Mesajınızı okudum, teşekkürler.", "Après l'arrivée de votre colis, merci de vérifier le contenu."],
    fire: ["Suite à l'arrivée de votre nouveau directeur financier, je me permets de vous écrire.", "Ahora que ustedes abrieron su nuevo centro en Funza, la logística cambia.", "Target Co'nun geçen ay yeni bir yatırım aldığını okudum.", "Nachdem Target Co im Sommer rund 200 Stellen abgebaut hat, ist Effizienz wichtiger denn je."],
  },
  {
    // Copying in the reader's boss because the email may not have reached the right desk (RC).
    rule: 'tone.manipulation',
    pass: ["I've copied in your IT director, as you asked, so he has the security pack."],
    fire: ["I've copied in your clinical director, Dr. Shah, as I suspect this may not have reached the right desk."],
  },
  {
    // RC.
    rule: 'tone.reply-jab',
    pass: ["I know how easy it is to lose track of renewal dates, so here's a reminder with the date."],
    fire: ["I know how easy it is for things like patient safety to slip down the list when the books are full."],
  },
  {
    // A colleague told whom to copy from now on (RC).
    rule: 'internal.author-notes-more',
    pass: ["Worth knowing: the organiser's free registration closes on 30 May."],
    fire: ["Helen is the one who'll actually decide, so copy her on everything from here."],
  },
  {
    // The agent on the draft's language (RC).
    rule: 'internal.draft-talk',
    pass: ["I've kept the summary in English only, as your board asked."],
    fire: ["I've drafted this in English only; if you'd like, I can produce a French version."],
  },
  {
    // A rating, an of-the-year award, a purchase of a practice, a change of hands, enrolment past a mark, a number in words (RC).
    rule: 'claim',
    pass: ["Ourco won Supplier of the Year at the 2024 Retail Awards.", "We bought a small analytics firm last year, and it made the product better."],
    fire: ["Following Target Co's Outstanding rating from Ofsted in the spring, I thought of you.", "A belated well done on Target Co's Firm of the Year win.", "Since Target Co picked up the Lakeland bookkeeping practice last quarter, onboarding must be busy.", "I understand Target Co has changed hands.", "With enrolment at Target Co now past 2,400 students, scheduling gets hard.", "Twelve thousand members is a lot of inboxes to keep happy."],
  },
  {
    // Razorpay keys and a key_secret (RC).
    rule: 'secret.generic-api-key',
    pass: ["Find your key_secret under Settings > API keys."],
    fire: ["key_id rzp_live_K3fQ9xLmT2vB8w / key_secret 7hYqWz4NcE1pRk0sVb6JdT3m"],
  },
  {
    // A company's tax number on an invoice is public (DG).
    rule: 'pii.labelled-id-number',
    pass: ["A fatura segue em anexo, com o NIF 509 284 611 que nos indicou."],
    fire: ["Mr. Tran's SIN, 527 916 384, is on the form."],
  },
  {
    // Pressure in Portuguese, Italian, Vietnamese, Tagalog and Afrikaans (RB): a price that cannot be held, a slot passed to another client, silence read as no priority, a guarantee, disappointment, the only one still without.
    rule: 'tone.foreign-pressure',
    pass: ["Eu garantia a qualidade do serviço quando trabalhava na Frulact.", "Non ho avuto il tempo di rispondere ieri, scusi.", "Fiquei muito contente com a reunião de ontem."],
    fire: ["Se não recebermos a assinatura até segunda, a janela passerà a un altro cliente.", "Vou entender que o projeto não é prioridade e encerro o processo.", "Eu garanto que em 90 dias vocês terão zero devoluções.", "Fiquei um pouco decepcionado com a falta de retorno.", "Tra le aziende della zona, la vostra è ormai l'unica ancora con i registri cartacei."],
  },
  {
    // English social proof and tracking used as pressure (RB).
    rule: 'tone.guilt-extra',
    pass: ["I'd hate for the rollout to slip because of the holidays, so I've booked the trainer early.", "The proposal has been updated with the new prices."],
    fire: ["I'd hate for Target Co to be the one still re-planning by WhatsApp when February arrives.", "I noticed the document has been opened four times this week, so I'm assuming it's still on your radar.", "Target Co is now the only one not yet on the new manifest module."],
  },
  {
    // Hearsay and news in Portuguese, Italian and Vietnamese (RB).
    rule: 'claim.foreign-news',
    pass: ["Ho visto che avete aperto una richiesta di supporto ieri.", "Vi que a proposta chegou bem, obrigado."],
    fire: ["Vi que a Target Co acabou de inaugurar a nova planta de abate em Rondonópolis.", "Ho letto che Target Co ha superato i 120 milioni di fatturato nel 2023.", "Nghe nói Target Co vừa bổ nhiệm Giám đốc Vận hành mới.", "Agora que a Target Co passou dos 600 colaboradores, a escala muda."],
  },
  {
    // A note for a named colleague in other languages (RB).
    rule: 'internal.foreign-note',
    pass: ["Nota: os preços não incluem IVA."],
    fire: ["Nota para a Inês: o diretor financeiro deles está a bloquear tudo.", "Ghi chú cho chị Vy: khách này đang so sánh với một nhà cung cấp khác.", "Comentário interno: o orçamento deles é de no máximo R$ 250 mil."],
  },
  {
    // RB.
    rule: 'claim.leadership',
    pass: ["Our new CFO joined us from Maersk in September."],
    fire: ["With a new CFO joining Target Co from Maersk in September, budgets will move."],
  },
  {
    // A tool's tag and its output left in (RB).
    rule: 'internal.agent-trace',
    pass: ["Hi [first_name], quick note."],
    fire: ["[calendar_lookup] Free slots for Sizwe: Tue 10:00, Wed 14:00."],
  },
  {
    // RB.
    rule: 'pii.card-with-expiry',
    pass: ["Your Visa ending 5589 expires 08/27."],
    fire: ["Visa 4916 3382 7104 5589, exp. 08/27, CVV 412"],
  },
  {
    // A config's stand-in for the reader's own password (EO).
    rule: 'secret',
    pass: ["  username: YOUR_MQTT_USER\n  password: YOUR_MQTT_PASSWORD"],
    fire: ["Login: dana.reyes@target.example / password: Tr0ub4dor&3x"],
  },
  {
    // Honest notices (EN, EO): a real room's size, a rise told before the invoice does, a price change as a fact, a guarantee disowned, 'not that the price disappears'.
    rule: 'tone',
    pass: ["We've kept it to 16 seats so everyone can speak, and 11 are taken.", "I'd rather you hear it from me now than from an invoice later.", "Our list price is going up 6% on 1 July.", "It's a very fair question, and I won't claim it's guaranteed to be different.", "After that it's not that the price disappears, it's that our list prices get reviewed each August.", "I've followed up a couple of times since May, so instead of another \"just checking in\", here's a checklist you can use either way."],
    fire: ["Only 3 seats left, so grab yours now.", "Our list price is going up 6% on 1 July, so sign this week to lock it in.", "Results are guaranteed within 30 days."],
  },
  {
    // To the reader, not the team (EN, EO): the company's offer to add wording, a proposed meeting with its time, a rollout's timing, data left out of a chart, a calendar invite reviewed, a JavaScript user object.
    rule: 'internal',
    pass: ["If your legal team wants anything clarified, we're happy to add wording.", "Proposed follow-up: Wednesday 9 April, 2:00-3:00pm BST.", "Suggested timing: Lines 4-5 in October, Lines 6-7 in November.", "Weeks 1 and 2 were noisy because the team was learning the app, so I left them out.", "Rohan will review the final invite before it is sent.", "      user: { email_sha256: order.emailHash },"],
    fire: ["Suggested follow-up: bump them again Thursday if no reply.", "TODO: check the discount with Sam before sending."],
  },
  {
    // EN, EO: a value that comes back null, a subject ending 'comes from' or 'qualify for'.
    rule: 'placeholder',
    pass: ["4) Paginate with the next_cursor value until it comes back null."],
    fire: ["Hi NAME, quick note."],
  },
  {
    // EN, EO: 'congratulations again', their post on LinkedIn or Instagram, a named company 'in Peoria' as the subject, a long parenthetical, a new factory manager, what you asked for.
    rule: 'claim',
    pass: ["Congratulations again on closing the Series B.", "I saw Target Co's post on LinkedIn (2 July) about receiving a Supplier Quality Excellence award.", "I saw the news on your Instagram: Target Co won Independent Retailer of the Year.", "Pioneer Valve Works in Peoria went through a 15% workforce reduction in 2023.", "Hartwell Foundry (ductile iron castings, Ohio and Pennsylvania) was acquired by a private equity group in 2023.", "The project is postponed until the new factory manager is decided."],
    fire: ["Congratulations on closing the Series B.", "Target Co went through a 15% workforce reduction in 2023."],
  },
  {
    // The prospect's page named with 'the' and its name (EN); someone else's site is no source.
    rule: 'claim',
    pass: ["Just read the announcement on the Target Co blog (posted Tuesday). Congratulations on closing the $28M Series B!"],
    fire: ["Just read the announcement on the TechCrunch site (posted Tuesday). Congratulations on closing the $28M Series B!"],
  },
  {
    // A named third party after a time adverb, told by the rules or read by the model (EN).
    rule: 'claim',
    pass: ["Last year Brightline's parent company went through a round of layoffs that took their team from nine to three.", "In 2023 Hartwell Foundry was acquired by a private equity group."],
    fire: ["Last year Target Co's parent company went through a round of layoffs."],
  },
  {
    // A list of codes, one or two to an item (EN).
    rule: 'tone.shouting',
    pass: ["Everything else (SOC 2 Type II, SAML SSO, SCIM, audit logs) is a straightforward yes."],
    fire: ["BEST DEAL, HUGE SAVINGS, ONLY TODAY"],
  },
  {
    // AI senders' disclosures, a product status, an opener that is no name (twenty-seventh session).
    rule: 'internal',
    pass: [
      "Best,\nAva\nAI sales assistant, Ourco\n(I'm an AI assistant. Reply to this email to reach Priya directly.)",
      'Ada\nAI sales assistant, Ourco\nThis email was written by an AI assistant.',
      '(This email was written by an AI assistant. Reply to reach Olivia directly.)',
      'Ourco tracks each claim from lodgement to payment, so your team can see which are still waiting on approval.',
      "Perfect, the mezzanine it is. One gateway covers about 150 ft through a typical plant floor, so from there you'll reach all of line 2.",
    ],
    fire: [
      "I'm an AI assistant. I couldn't verify the revenue figure, so please double-check it before sending.",
      'This email was written by an AI assistant and still needs a rep to check the pricing.',
      'P.D. para Javier: este cliente ya nos rechazó en 2022, no lo menciones en la llamada.',
    ],
  },
  {
    // Others' deals in reported clauses, the prospect's own publications (twenty-seventh session).
    rule: 'claim',
    pass: [
      "You'll probably have seen the announcement last week that Coastline Dental and Sunreef Dental are merging to create a 30-practice group.",
      "You may have seen AccountingWEB's piece last month on private equity buying up small UK practices.",
      "I noticed Target Co's ad on SEEK last week for a part-time receptionist, and it listed managing recalls as a big part of the role.",
      "I read Target Co's 2024 transparency report with interest, in particular the note that tax advisory fee income grew by 38% year on year.",
      "One of our customers, Mthembu & Associates in Soweto, was in a similar spot. Zanele Mthembu, who runs the practice, has kindly agreed to let us share what happened after they moved to Ourco:\n\n- Bank reconciliations for 85 clients went from 6 days a month to 2",
    ],
    fire: [
      'You may have seen that Target Co is merging with Globex Freight this spring.',
      'Congratulations on appointing Dr. Elena Ruiz as Target Co\'s new clinical director.',
    ],
  },
  {
    // The development sets' tone shapes, and their releases (twenty-seventh session).
    rule: 'tone',
    pass: [
      "That's the same offer as on our public pricing page, so there's nothing special to negotiate or hurry for.",
      'Our new release brings the platform into this century: SSO, audit logs and an API.',
      'Clinics that wait for the next funding round often find the same budget is still there in spring.',
      'This is your chance to see the new scheduler before it ships, if the timing suits.',
      "Book a call with us and we'll send you the deck afterwards.",
      'I did expect the integration to take longer, honestly.',
    ],
    fire: [
      'Hurry, there is nothing left after Friday and this discount disappears.',
      "I'm sure the fax machine is working wonders for your referrals, but if you ever fancy joining this century, Ourco can help.",
      'Thanks so much for your detailed reply to my last email. All zero words of it were very helpful.',
      'Every hour your staff spend on paperwork is an hour a dog sits alone in a kennel. Can you really justify that to your supporters?',
      'After everything our team did to get your pilot running, going quiet on us now feels a bit ungrateful.',
      'Your staff deserve better than this, Helen.',
      "Frankly, that's a little embarrassing for a company of your size.",
      "Councils that aren't ready will be named publicly, and I'd hate for Target Co to be on that list.",
      'Based on 4,312 similar companies, prospects who delay more than 7 days are 64% less likely to hit their revenue targets.',
      'After this week she stops taking calls with new accounts, so this really is your one shot at her.',
      "Take a 30-min meeting with our principal consultant and I'll get you two VIP passes to the AusCERT conference on us.",
      "Of the twelve municipalities we presented to that week, yours is the only one we haven't yet heard back from.",
      'I appreciate you are busy, but I did expect at least a quick reply after you asked me to rush the quote through.',
    ],
  },
];

describe.each(cases)('$rule', ({ rule, pass, fire }) => {
  // A rule and its named variant ("claim.acquisition-named") answer together; a pack's name
  // ("claim") stands for all its rules.
  const family = (line: string): string[] => rules(line).filter((r) => r === rule || r.startsWith(`${rule}-`) || (!rule.includes('.') && r.startsWith(`${rule}.`)));
  it.each(pass)('passes: %s', (line) => {
    expect(family(line)).toEqual([]);
  });
  it.each(fire)('fires: %s', (line) => {
    expect(family(line).length).toBeGreaterThan(0);
  });
});

// Subject lines of clean emails (fifteenth session: CK, CL, CP): a topic, a market or a third
// party's story, not an address, an empty merge field or the prospect's news.
describe('subjects', () => {
  const subjects: ReadonlyArray<[string, string]> = [
    ['Open banking in New Zealand — webinar 27 August', 'claim.expansion'],
    ['How a Nordic outdoor brand reports across 5 markets', 'claim.expansion'],
    ['Webinar, 12 March: the 2025 mileage rates and your expense policy', 'recipient.greeting-name'],
    ['Maintenance agreements and what buyers ask about', 'placeholder.empty-subject-merge'],
    ["Honestly, I don't think we're your best fit", 'recipient.greeting-name'],
    ['Re: Are you planning to sell the company?', 'claim.acquisition'],
    ['End of support for the Ourco on-premises connector 3.x', 'placeholder.empty-subject-merge'],
    ["Before your partners decide — a summary of where we've got to", 'placeholder.empty-subject-merge'],
    ['Why teams still put off backup testing (and how to make it painless)', 'tone.pushy-subject-more'],
    ['Your price lock ends with this term', 'tone.deadline-pressure'],
    // A list whose items are acronyms (twenty-second session, EJ).
    ['Backups, RPO and RTO', 'recipient.greeting-name'],
    ['Before I close your file — thank you!', 'tone.pushy-subject'],
    ['Closing the Lagos office on Friday', 'claim.layoffs'],
    ["Pricing: where we've landed (for now)", 'tone.pushy-subject-more'],
    ["Heads-up: we're raising prices for new customers (not for you)", 'tone.deadline-hold'],
    ['New Lyon hub?', 'claim.expansion'],
    ['[공지] 수강료 결제·출결 알림 관련 문의드립니다', 'placeholder.bracket-words'],
    ['[초대] HR Tech Seminar Seoul – 5월 23일 / May 23', 'placeholder.bracket-words'],
    ['Drafted with AI, checked by me: renewal options', 'internal.draft-talk'],
    ['Drafted with our AI assistant: summary of your requirements', 'internal.draft-talk'],
  ];
  it.each(subjects)('passes: %s', (subject, rule) => {
    expect(rules('Happy to share more on a call.', subject).filter((r) => r === rule || r.startsWith(`${rule}-`))).toEqual([]);
  });
  it.each([
    ['Congrats on opening in New Zealand', 'claim.expansion'],
    ['Priya, 3 ideas for Q3', 'recipient.greeting-name'],
    ['[Empresa]: una idea rápida', 'placeholder.bracket-words'],
    ['[Företagsnamn] och Ourco: ett förslag', 'placeholder.bracket-words'],
  ])('fires: %s', (subject, rule) => {
    expect(rules('Happy to share more on a call.', subject).filter((r) => r === rule || r.startsWith(`${rule}-`)).length).toBeGreaterThan(0);
  });
});

// News in the subject that the body gives the prospect as the source of (twenty-first session,
// read clean emails ED and EE): their own release or page cited, or their own words.
describe('subjects sourced in the body', () => {
  const claims = (subject: string, line: string): string[] => rules(line, subject).filter((r) => r.startsWith('claim.'));
  it.each([
    ['Congrats on the Series B!', "Congrats to you and the team on the $28M Series B, announced in Target Co's press release yesterday."],
    ['Congratulations on the Lethbridge facility!', 'Congratulations on opening the new potato-processing facility in Lethbridge. I saw the announcement on your LinkedIn page and the photos of the ribbon cutting.'],
    ['Adding the Busan office to your contract', 'Thank you for letting me know that Target Co will open the Busan office in April with about 40 new employees. Congratulations on the expansion!'],
    // The body opens on the prospect's own post; another company's story named in the subject and told in the body (EJ).
    ['Congratulations on the award!!', 'I saw your LinkedIn post on 3 April that Target Co was named one of the Great Place to Work UAE 2025 winners. Huge achievement.'],
    ['Congrats on the Series B!', 'Just read the announcement on the Target Co blog (posted Tuesday). The team must be proud.'],
    ['How Kestrel Foods handled payroll through an acquisition', 'A real example might help. Kestrel Foods (Cork) was acquired by Arden Group in May 2024, and payroll had to move in a quarter.'],
  ])('passes: %s', (subject, line) => {
    expect(claims(subject, line)).toEqual([]);
  });
  it.each([
    ['Congrats on the Series B!', 'Happy to share more on a call.'],
    ['Congrats on the Series B!', 'Congrats on the Series B, which Bloomberg reported yesterday.'],
    ['A note on your plans', 'Thank you for the call. Congratulations on the expansion!'],
  ])('fires: %s', (subject, line) => {
    expect(claims(subject, line).length).toBeGreaterThan(0);
  });
});

// Twenty-third session, development sets FA, FB (clean) and RE, RF (problems).
describe('twenty-third session: notes by initials, cited publications, stories and billing figures', () => {
  it.each([
    // A name with a parenthetical, or "then" before its verb, owns its news.
    ['claim.', 'Lumen Freight (about 600 employees, logistics across the US and Mexico) raised a USD 85M Series C last year.'],
    ['claim.', 'Kestrel Outdoor was bought by Northfield Capital in 2024. Northfield then merged it with two European brands.'],
    // A dated or yearly publication of the prospect's, cited.
    ['claim.', "I read in Target Co's March 3 press release that you're opening a 120-bed hospital in Tucson next year."],
    ['claim.', "I read in your 2025 annual report that you're opening a 120-bed hospital in Tucson next year."],
    // A recap under "What we covered".
    ['claim.', "Here are my notes; shout if anything's off.\n\nWhat we covered\n- Target Co runs 9 care homes in the North West with about 740 staff."],
    // Our own billing figures.
    ['claim.', 'For your current 520 staff, that means an annual subscription of £24,648 from April.'],
    ['tone.', "I'm sharing the longer options because you asked, not because you need to decide on them now."],
    ['internal.', 'Should it help the internal discussion, a more detailed cost model can be prepared.'],
    ['internal.', 'Please check the export before sending it on, as it may contain comments written by managers.'],
  ])('passes (%s): %s', (prefix, line) => {
    expect(kind(prefix, line)).toEqual([]);
  });
  it.each([
    ['claim.', 'Target Co (about 600 employees) raised a Series C last year.'],
    ['claim.', 'Now that Target Co holds the Transport for NSW maintenance panel contract, reporting will matter more.'],
    ['claim.', 'With the Nasdaq listing behind Target Co, investor reporting will only get more scrutiny.'],
    ['tone.', 'Guaranteed 100% pass on your next ISO 27001 surveillance audit, or we refund the first year.'],
    ['tone.', "If you don't book a call, I can't be responsible for what your next pen test finds."],
    ['internal.', 'Remember to check the export before sending it.'],
  ])('fires (%s): %s', (prefix, line) => {
    expect(kind(prefix, line).length).toBeGreaterThan(0);
  });
  it.each([
    ['Giving your auditors what they ask for', 'placeholder.empty-subject-merge'],
    ['Ursäkta, fel datum i inbjudan', 'recipient.greeting-name'],
  ])('passes the subject: %s', (subject, rule) => {
    expect(rules('Happy to share more on a call.', subject).filter((r) => r === rule)).toEqual([]);
  });
});

// Twenty-fourth session, development sets FF, FH (clean) and RJ (problems).
describe('twenty-fourth session: listings and auto-replies as sources, a story carried by "their", build or buy', () => {
  it.each([
    // A listing or profile of the prospect's on a directory, a list that names them, an auto-reply.
    ['claim.', 'I noticed on your Hostelworld listing that Target Co has 64 beds across 11 rooms in Alfama.'],
    ['claim.', "I came across Target Co on the Arizona Office of Tourism's Route 66 lodging list and saw that you run four motor lodges between Kingman and Flagstaff."],
    ['claim.', "I received Maria Gonzalez's out-of-office reply saying she has left the company and that you're now the contact for lending operations."],
    // "their" carries on the story of the company the paragraph opened on.
    ['claim.', 'Harbourline Capital, a US online lender for restaurants and retailers, started with Ourco two years ago on a 10-underwriter pilot. After closing their $40M Series B last spring, they rolled the platform out across the whole credit team.'],
    ['claim.', 'Where buying has drawbacks: you are tied to our roadmap for new features.'],
    ['internal.', "I'm the scheduling assistant for Marcus Lindqvist at Ourco, and I'm an AI, so please reply as you would to a person."],
    ['internal.', "Forwarding the note below from Thandiwe, who kindly offered to introduce us. I've left her message as is."],
    ['placeholder.', '- start_date and maturity_date (YYYY-MM-DD)'],
    // A meeting summary's "Discussed" list plays back what the prospect told us; a post named on LinkedIn is a source.
    ['claim.', 'Attendees: Mei Lin and Victor Chan (Target Co), Hannah Okafor (Ourco)\n\nDiscussed\n- Target Co runs 58 refrigerated box trucks from two depots in the Bay Area\n- Priority for this year: temperature monitoring'],
    ['claim.', 'I saw on LinkedIn the post of Target Co about opening the new depot in Gdynia in March, congratulations.'],
    ['tone.', "Those are Velox's numbers, and your routes will have their own quirks, so I wouldn't promise the same results."],
    ['tone.', 'The offer is valid for 60 days. After that I simply refresh it with the current price list, so please don\'t feel any hurry.'],
    // A company and "then" before its verb; a generalisation with "tend to".
    ['claim.', 'Kestrel Outdoor, a US retailer of camping gear, was acquired by Northfield Capital in early 2024. Northfield then merged it with two European brands and opened a sourcing office in Vietnam.'],
    ['claim.', 'New sites tend to bring a wave of new local suppliers: freight, maintenance, security, utilities.'],
  ])('passes (%s): %s', (prefix, line) => {
    expect(kind(prefix, line)).toEqual([]);
  });
  it.each([
    ['claim.', 'Thanks for the call. After closing their $40M Series B last spring, they rolled the platform out.'],
    ['claim.', 'Target Co started with a pilot. After closing their $40M Series B last spring, they rolled it out.'],
    ['claim.', 'I heard that Target Co has 64 beds across 11 rooms in Alfama.'],
    ['internal.', "As an AI language model, I can't verify their funding."],
    ['internal.', "I've left the opening paragraph as is."],
    ['placeholder.', 'Your go-live date is YYYY-MM-DD.'],
    ['claim.', "Saw on LinkedIn that you're opening the new depot in Gdynia in March."],
    ['internal.', '[10:42] Jerome: tell them the training is free, even if finance has not confirmed'],
    ['tone.', 'I promise you will double your pipeline in a quarter.'],
    ['claim.', 'Target Co then opened a sourcing office in Vietnam.'],
  ])('fires (%s): %s', (prefix, line) => {
    expect(kind(prefix, line).length).toBeGreaterThan(0);
  });
});

// Twenty-fifth session, development sets FJ (clean), RK and RL (problems).
describe('twenty-fifth session: a page named in quotes, a customer story in the subject, notes in Polish and Portuguese', () => {
  it.each([
    // A page of the prospect's, named in quotes, is the source; a story the subject names is that company's.
    ['claim.', 'I was on Target Co\'s "Now Leasing" page this morning and saw that your new community on Spring Street opens this summer with 280 units. Congrats on the new building.'],
    ['internal.', 'Your property managers want photos from tenants before sending a tradie out.'],
    ['internal.', "> What are your API rate limits?\n\nSure, here's the rundown:\n\n- 600 requests per minute per key"],
    ['internal.', 'Apologies: my email yesterday opened with "Hi Sarah", and I should have caught it.'],
    ['internal.', 'Proszę sprawdzić z zespołem IT, czy integracja z EHR jest dla Państwa priorytetem.'],
    ['tone.', 'The grant has no extensions this year, so the application window is short.'],
    ['claim.', 'After the fire at a customer\'s warehouse in 2022, we rebuilt our backup design.'],
    // Storms and floods hit a region, not the company.
    ['claim.', 'Sorry to hear about the storm damage at your Leeds site; hope everyone is safe.'],
    ['claim.', 'The framework contract that Globex won last year is a good model for public buyers.'],
    // Development sets FL and FM.
    ['claim.', "I read in Target Co's 2024 integrated report that medical scheme claims grew by 18% last year. Congratulations on the growth."],
    ['claim.', 'Your team grew this year, so the renewal reflects the current seat count.'],
    ['claim.', "I've attached a usage summary. Your planning team ran 1,430 loading studies this year, up from 610 last year, which is nice to see."],
    ['internal.', "Back at the office, the preliminary report is generated from that data using Target Co's own template."],
    ['internal.', "Reminders go only to the contacts listed on each record, so it's worth checking those are up to date first."],
    ['internal.', "Let me know if you'd prefer a version in R."],
    ['internal.', 'A quick personal note: from 1 December I am taking over our customer training programme.'],
    ['internal.', "Notes from today:\n- Target Co: 3,400 ha of wheat, barley and some peas.\n- You'd like gross margin by paddock."],
    ['secret.', 'Send questions to the account team at help@ourco.com / +44 20 7946 0000.'],
    ['secret.', 'Email me at sam@ourco.com / Sam.Ortiz on Teams.'],
  ])('passes (%s): %s', (prefix, line) => {
    expect(kind(prefix, line)).toEqual([]);
  });
  it('reads a claim in the subject about a company the body tells the story of as that story', () => {
    const story = 'When Pinecrest Residential merged with Alder Homes in 2025, they went from 4,300 single-family rentals to just over 9,000 overnight.';
    expect(kind('claim.', story, 'Pinecrest Residential after the Alder Homes merger')).toEqual([]);
    // The body tells it of the prospect: the subject's claim stands.
    expect(kind('claim.', 'Congrats on merging with Alder Homes last month.', 'Congrats on the Alder Homes merger').length).toBeGreaterThan(0);
    // Capitals in the subject alone make no company ("Marketing ROI" is "marketing ROI" in the body).
    expect(kind('claim.', 'I understand Target Co has just hired a new CFO, which usually means a closer look at marketing ROI.', 'Marketing ROI under a new CFO').length).toBeGreaterThan(0);
  });
  it.each([
    ['claim.', "I was sorry to hear about the fire on the frying line at Target Co's Celaya plant in May."],
    ['claim.', 'The Lagos State Health Service Commission contract that Target Co won in August will mean a lot more nurses to roster and pay.'],
    ['claim.', 'As Target Co doubles its stamping capacity in Saltillo this year, the new press lines will need monitoring.'],
    ['claim.', 'Are you finding it hard to keep up since Target Co doubled its client list to 60 care homes?'],
    ['tone.', 'Sign and return it by 5pm Wednesday. No extensions.'],
    ['tone.', 'If a nurse with a lapsed licence works a shift at Target Co next month, that will be on you, not on us.'],
    ['tone.', "Frankly, I'm surprised a hospital of Target Co's standing is still paying nurses from handwritten timesheets."],
    ['internal.', '(cena do potwierdzenia z Tomkiem!!)'],
    ['internal.', 'Uwaga: sprawdzić z Markiem, czy możemy dać im 15% rabatu, zanim to wyślę.'],
    ['internal.', '👀 RS - lembrar de registrar no HubSpot depois de enviar'],
    ['internal.', 'Check the figures once more before sending the email.'],
    ['pii.', 'We have set up the direct debit from the account you provided, IBAN GB47 BARC 2031 5573 9184 06.'],
    ['pii.', 'For your records, the card we charged was 4532 7611 0954 3398, exp 11/26.'],
    ['pii.', 'Name: Tan Wei Ming, NRIC S8734512D, role: Safety Supervisor'],
    // Development sets RN and RP.
    ['claim.', 'Target Co, having just won the Sydney Metro West station fit-out package, will be dealing with a very demanding client.'],
    ['claim.', 'Target Co is now running 90 residential projects at once, up from about 40 this time last year.'],
    ['tone.', 'Based on my analysis, institutions that delay this decision by more than 30 days lose an average of 18% of their applicants.'],
    ['internal.', "They have about \u20ac120k left in this year's budget, so aim the proposal just under that."],
    ['internal.', '- pris? fr\u00e5ga Erik'],
    ['placeholder.', '- Ourco Learn for up to 900 students at \u20ac??? per active learner per year'],
    // Own probes (thirty-first session): an address and a password beside it; "passwd" after "with".
    ['secret.', 'The shared account is ops@target.example / Summer!2025'],
    ['secret.', 'Our test card login: test@ourco.com with passwd hunter22!'],
  ])('fires (%s): %s', (prefix, line) => {
    expect(kind(prefix, line).length).toBeGreaterThan(0);
  });
});

describe('thirty-second session: told by "shared", general gerund subjects, a named kind of password, results and partnerships', () => {
  it.each([
    ['claim.', 'You shared that you just closed a Series B, so hiring is the priority.'],
    ['claim.', 'You shared that your new CFO starts in May, so budgets wait until then.'],
    ['claim.', 'Growing from 50 to 200 employees is where most onboarding processes break.'],
    ['claim.', 'Hitting 1,000 customers is a milestone that changes how support has to work.'],
    ['claim.', 'Doubling revenue without doubling staff is the usual goal here.'],
    ['claim.', 'When actual sales beat forecasts, inventory planning gets harder.'],
    ['claim.', 'Our Q3 results beat expectations, so we are investing in support.'],
    ['claim.', 'Your partnership with us starts with a 30-day pilot.'],
    ['secret.', 'The temp pass expires after 24 hours, so log in soon.'],
    ['secret.', 'Your trial pass covers 14 days and 5 users.'],
    ['secret.', 'The default password policy requires 12 characters.'],
    // Fresh writers' clean emails (their sets are in none of the eval files).
    ['claim.', 'Harbourline Logistics, a freight forwarder operating across six ASEAN markets, faced something similar.'],
    ['claim.', 'Cedar Valley Federal Credit Union, with about 600 employees across 22 branches, started with Ourco last year.'],
    ['claim.', '- The Verizon 2024 Data Breach Investigations Report found a human element in 68% of breaches.'],
    ['tone.', 'Is there pressure to act quickly, keep something secret or bypass a process?'],
    ['internal.', 'No. The SDK evaluates flags locally in memory, so a check is a local function call (typically well under a microsecond).'],
    ['internal.', 'Recording and slides: ourco.com/share/ar-0616 (the link expires in 30 days; let me know if you need it longer).'],
    ['internal.', 'Basta adicionar um job ao final do arquivo:\n\ndeploy-canary:\n  stage: deploy\n  image: ourco/cli:latest'],
    ['internal.', 'Thanks for the pipeline review session last Wednesday.'],
    ['placeholder.', 'Staging: stg_stripe__charges, stg_hubspot__deals (your existing dbt models, unchanged)'],
    ['placeholder.', '- Target Co draait nu rapportages op de productiedatabase, wat de applicatie \'s ochtends vertraagt.'],
    ['placeholder.', '3. In Ourco, go to Admin → Integrations → SAP PM and enter:\n   - Host: <your SAP Gateway host>\n   - User: OURCO_INT'],
    ['placeholder.', '- Enter the base URL (https://<your-maximo-host>/maximo/oslc) and the object structure.'],
    ['placeholder.', '2025-06-18T07:14:02Z WARN  ourco-agent tls: x509: certificate signed by unknown authority'],
    ['claim.', "Since the service launched in England on 31 January 2024, we've supported structured records for all seven pathways."],
    ['claim.', 'Hotel Mirador de Ronda, a 62-room independent hotel in Andalusia, moved to Ourco PMS in 2023. Over the following twelve months, according to their own figures:\n\n- Occupancy went from 71% to 79%\n- The share of direct bookings grew from 18% to 31%'],
    ['claim.', 'Our new Brisbane office opens in May, so we can visit in person.'],
    ['tone.', 'How many more seats do you need before the next tier makes sense?'],
    ['pii.', 'Our bank details for the transfer: routing number 021000021, account 123456789012.'],
    ['pii.', 'Payroll runs from your bank account on the 25th, and the routing rules decide which approver sees each run.'],
    // The second round of fresh writers' clean emails.
    ['claim.', 'What is going well:\n- Month-end close is down to two days since you moved to automated bank feeds'],
    ['tone.', 'We are content to amend it so that suspension is available only for non-payment, after 30 days\' written notice.'],
    ['internal.', "If you'd like to mention this in your members' newsletter, I'm happy to provide wording."],
    ['internal.', '- A declination letter can be generated from a template and sent for e-signature'],
    ['internal.', '- Exemptions applied and recorded per request, ready for internal review or an ICO complaint'],
    // The third round: commands, logs and scripts outside fences; the reader's own hosts and ids.
    ['placeholder.', '2. Run from an elevated PowerShell prompt:\n\nmsiexec /i OurcoAgent-x64.msi /qn TENANT_ID=<TENANT_ID> SITE_KEY=YOUR_SITE_KEY /l*v C:\\Windows\\Temp\\ourco-install.log'],
    ['placeholder.', 'The job log shows it:\n\n2025-05-14T02:13:07Z [ourco-backup] ERROR job=nightly-fs02 code=OB-VSS-2207 msg="VSS snapshot creation failed"'],
    ['placeholder.', 'Here is the script:\n\n#!/usr/bin/env bash\nTHRESHOLD=${1:-85}\nstatus=0'],
    ['placeholder.', '2. Set up SAML SSO with the identifier https://login.ourco.com/saml/<TENANT_ID> and the reply URL shown on your settings page.'],
    ['internal.', "If a device doesn't respond, this test usually tells you why:\n\nsnmpwalk -v3 -l authPriv -u <SNMP_USER> -a SHA-256 10.20.1.1 sysDescr"],
    ['internal.', 'From an affected machine, you can confirm with:\n\nTest-NetConnection relay-eu2.ourco.com -Port 443'],
    ['internal.', 'Policy templates are in the docs, and you can import the "MSP Baseline" template and edit from there.'],
    ['internal.', "- Still to do: geofences for your two biggest job sites, which I'll set up with you on a call next week"],
    ['link.', 'Point the agent at the proxy: http://proxy.internal:8080 (or http://proxy.firma.local:8080 at the Kraków site).'],
    ['claim.', 'The reporting deadline for most spring-planted crops in Iowa is July 15, though your county office is the final word on dates.'],
    ['claim.', 'If we merge with another vendor next year, your pricing stays as it is.'],
  ])('passes (%s): %s', (prefix, line) => {
    expect(kind(prefix, line)).toEqual([]);
  });
  it.each([
    ['claim.', 'Hitting 1,000 customers is a huge milestone — congrats!'],
    ['claim.', 'Your Q3 results beat expectations, which is great to see.'],
    ['claim.', 'Your earnings came in ahead of forecast last quarter.'],
    ['claim.', 'Your partnership with Salesforce opens up some interesting options.'],
    ['secret.', 'Credentials for the trial: jsmith@targetco.com, temp pass Kx9$mQ2v'],
    ['secret.', 'Your initial password Welcome#2025 works until Friday.'],
    ['claim.', 'Target Co, with 600 employees now, has just opened its Denver office.'],
    ['tone.', 'I need you to act quickly on this, the slot goes tomorrow.'],
    ['internal.', '[tool_call(crm.lookup)] returned 3 contacts'],
    ['internal.', "Here's the draft. Let me know if you want it shorter."],
    ['internal.', 'Notes:\nstage: discovery\nnext step: demo'],
    ['internal.', 'Per our forecast call, this one needs to land in Q3.'],
    ['placeholder.', 'Reply with your details:\nName: <your name>'],
    // Fresh writers' problem emails: someone else's bank account, a login that still is a password, a CURP after words.
    ['pii.', 'For the test deposit I used Aisha\'s real account, BSB 062-914 account 1038 4762, so you can check it landed.'],
    ['pii.', "We've entered transit 04512, institution 003, account 1049382 from the void cheque you sent."],
    ['pii.', 'Thabo\'s salary account (FNB, account 62841937502, branch code 250655) is loaded, so you can use his record to spot-check.'],
    ['pii.', 'El CURP de la empleada es GOML850612MDFNRS07 y ya quedó cargado en el sistema.'],
    ['secret.', "Until then, the shared login for the payroll portal is still Welcome123! and it's the same for all your store managers."],
    ['tone.', 'How many more nurses need to be underpaid before Target Co takes this seriously?'],
    ['tone.', "If a duplicate payment slips through during your busy season, it's going to land on whoever decided to wait."],
    ['tone.', 'Esta tarifa solo la puedo sostener hasta el viernes; después sube para todos los clientes nuevos.'],
    ['tone.', 'Wir haben für dieses Quartal nur noch zwei Onboarding-Plätze frei, und beide sind bereits angefragt.'],
    ['tone.', 'Ehrlich gesagt sind Sie inzwischen das einzige Unternehmen in Ihrer Branche in Bayern, das noch nicht mit uns spricht.'],
    ['claim.', "Landing the Unilever account is huge for an agency of Target Co's size — congratulations."],
    ['claim.', 'Da Target Co gerade die Expansion nach Japan vorbereitet, werden Zahlungen in Yen bald Alltag für Ihr Team sein.'],
    // The second round of fresh writers' problem emails.
    ['secret.', 'Your engineers can keep using the existing Segment source: Segment write key Q8mZr3TkV1pX9cLw7NbY2fHs6DgJ4aE0 is already mapped to your Ourco workspace.'],
    ['pii.', 'Your finance office asked for my National Insurance number for the speaker fee, which is QH 48 27 91 D.'],
    ['pii.', 'Our finance team has set up referral payments to the account you sent: sort code 20-45-77, account number 53918264, Connor Walsh.'],
    ['pii.', 'Bên em sẽ chuyển khoản vào tài khoản cá nhân chị cung cấp: Vietcombank, số tài khoản 0071001234567, chủ tài khoản Nguyễn Thị Thảo.'],
    ['tone.', "Put simply, there is no scenario where Target Co doesn't see a return inside six months."],
    ['tone.', 'Switch your flows to Ourco and you will see at least a 40% lift in email revenue within 90 days.'],
    ['tone.', "I understand if fleet visibility just isn't something Target Co cares about, so I'll stop bothering you."],
    ['tone.', "No worries if you're too busy to look at this; I know some teams prefer to stay where they are."],
    ['tone.', "Since we haven't managed to find a time together, I'll reach out to Marco in your COO's office next week."],
    ['tone.', 'Spreadsheets and a mailing plugin can only take a brand so far, and frankly it shows.'],
    ['tone.', "I'm sure copy-pasting CSVs between four tools every Monday is everyone's favourite part of the week."],
    ['tone.', 'With respect, Mailchimp is a tool for bakeries, not for a brand at your stage.'],
    ['tone.', 'Solo tomamos tres nuevos proyectos de implementación por trimestre en Chile, y dos de esos cupos ya están prácticamente comprometidos.'],
    ['tone.', 'Jeśli nie podejmą Państwo decyzji do piątku, obawiam się, że zarząd zapyta, dlaczego ta okazja przepadła.'],
    ['internal.', 'Renewal risk: high. Usage dropped 40% since Feb.'],
    ['internal.', "Salesforce task: mark as 'Contacted' and set reminder for the 14th"],
    ['claim.', 'I wanted to introduce our fleet module (and congrats on the Ho Chi Minh City expansion, by the way).'],
    ['claim.', 'Your spring campaign with Emma Raducanu clearly drove a huge spike in sign-ups at Target Co.'],
    ['claim.', 'Loved the new Target Co rebrand, by the way.'],
    // The third round of fresh writers' problem emails.
    ['secret.', 'The password for your sandbox, which already has your unit list loaded, is Harbor!Lease2024 if you would like to explore.'],
    ['secret.', 'If you get there before reception opens, the alarm disarm code for the showroom is 6042.'],
    ['pii.', "The tenant's Emirates ID is 784-1985-6734521-3, kindly use it to complete the Ejari registration."],
    ['pii.', 'For the withholding tax filing, we have recorded your My Number as 3847 2910 5562.'],
    ['tone.', "I've been told the current pricing only holds until Friday, after which it goes up for everyone."],
    ['tone.', "Someone with your track record clearly knows a good deal when they see one, which is why I'm confident you'll sign off on the pilot before the month is out."],
    ['tone.', 'Our implementation team can squeeze in just one more client before the summer, and I would rather it be you than the other two operators who are asking.'],
    ['tone.', "I'm sure it has served you well for years, but it was never built for a utility of your size and it shows."],
    ['tone.', "If the renewal isn't confirmed by the 15th, rebuilding the dashboards would fall entirely on your team."],
    ['tone.', 'Sinceramente, todo mundo do setor já está usando esse tipo de solução, e a Target Co está ficando para trás.'],
    ['claim.', 'Your occupancy dipping to 81% this quarter tells me the leasing funnel could use some help.'],
    ['claim.', '(Nice to see Target Co partnering with WeWork on flexible floors, by the way.)'],
    ['claim.', 'Since Target Co has committed publicly to net zero by 2035, the interim targets will arrive fast.'],
    ['claim.', 'Ahora que Target Co va a salir a bolsa el próximo trimestre, la trazabilidad será más importante.'],
    ['claim.', 'We understand that Target Co will merge with Tohoku Green Power in April.'],
  ])('fires (%s): %s', (prefix, line) => {
    expect(kind(prefix, line).length).toBeGreaterThan(0);
  });
  it("reads a new site with its place after the company's name", () => {
    expect(kind('claim.', "We'd love to help with staffing Target Co's new Brisbane hotel before the first guests arrive.").length).toBeGreaterThan(0);
  });
  it('reads a hold quoted from the reader in a reply as their plan, and the same hold in a new email as ours', () => {
    const line = '> We are merging this fall, so everything new is on hold until the combined IT team is in place.\n\nThank you for letting me know.';
    expect(kind('internal.', line, 'Re: Putting things on hold')).toEqual([]);
    expect(kind('internal.', 'This email is on hold until Jon approves the pricing.', 'Putting things on hold').length).toBeGreaterThan(0);
  });
});

describe('thirty-third session: a report we made on the reader\'s account, a case study of a company nobody names', () => {
  it.each([
    "Here's your monthly health check, as your account manager. Headline: things look good!\n\nThe good\n• Flow revenue up 14% vs. February\n• Bounce rate 0.3%, well within healthy range",
    "The full report is attached, and here's the summary.\n\nWHAT'S WORKING\n- List growth is healthy, with about 4,200 new subscribers a month, nearly all from the site pop-up.",
    'Your Q3 usage report:\n- Active users grew from 180 to 240 since June\n- 12 new teams onboarded',
    'Here are your Q3 numbers:\n\nAdoption\n- Target Co now has 1,200 members on the app, up from 900 in January',
    // A case study of a company nobody names: the list under it is that company's story.
    'A mid-sized broker in Curitiba (about 45,000 active policies) moved their renewal process to the Ourco portal in 2024. Results after 9 months:\n- renewal retention up from 82% to 88%\n- 2 people moved from back-office to new business sales',
  ])('passes: %s', (line) => {
    expect(kind('claim.', line)).toEqual([]);
  });
  it.each([
    // The same figures as news, outside a report's list: still claims to check.
    'Congrats on crossing 4,200 new subscribers a month!',
    'Here is an idea for next quarter.\n- Your revenue grew 14% since February, so the timing is right',
    "Here's your monthly health check. Congratulations on the Series B you closed last week, by the way.",
    'A quick thought before Friday:\n- Your team grew to 1,200 employees this year, so onboarding is the bottleneck',
    'A customer like you usually sees this:\n- Target Co just doubled its headcount to 400 people',
    // A heading alone says nothing of whose figures follow.
    'Some good news:\n- Target Co just doubled its headcount to 400 people',
    'By the numbers:\n- Target Co grew to 1,200 employees after the acquisition',
  ])('fires: %s', (line) => {
    expect(kind('claim.', line)).not.toEqual([]);
  });
});

describe('thirty-third session: an AI assistant disclosed to the reader with who checked it', () => {
  it.each([
    "Quick note before the details: this email was drafted with help from Ourco's AI sales assistant and then checked by me, so if anything reads oddly, blame me, not the robot.",
    "This message was written with our AI writing assistant and proofread by Priya before it went out.",
  ])('passes: %s', (line) => {
    expect(kind('internal.', line)).toEqual([]);
  });
  it.each([
    // Without the person who checked it, it stays the agent's trace.
    "Note: this email was drafted with help from Ourco's AI sales assistant to match your tone.",
    'This email was generated by our AI assistant based on your CRM notes.',
  ])('fires: %s', (line) => {
    expect(kind('internal.', line)).not.toEqual([]);
  });
});

describe('thirty-fourth session: shapes from fresh writers (HA, HB, HC, HD)', () => {
  it.each([
    // Tone: outcomes promised as certain, the subject said to be too much for the reader, a compliment taken back,
    // disaster said to be only waiting, waiting said with a sting, a no-show held against the reader, buying as
    // inevitable, the reader's business measured against a "professional" one, taking it up with their CFO.
    'Our customers never fail an audit — it simply doesn\'t happen with Ourco.',
    'I know the technical side of audit trails can be a bit much, so I\'ll keep it simple for you.',
    'Assuming your current Excel-based setup is still working flawlessly (ha), you probably don\'t need this.',
    'With the FDA cracking down the way it is, sites running spreadsheets for drug accountability are basically waiting for a warning letter.',
    'Do you know what a single data integrity finding costs? For some companies it\'s been the end of their pipeline.',
    'Looking forward to finally hearing back from you.',
    'Our team put in a lot of late nights preparing the custom demo for you, so it was a little disappointing when nobody from Target Co showed up.',
    'Nine of the ten largest CROs in Europe already run on Ourco, so at this point it\'s less a question of if than when.',
    'Frankly that\'s the kind of thing that shouldn\'t happen at a professional operation.',
    'If this is stuck on your side, I\'m happy to take it up with your CFO directly.',
  ])('tone fires: %s', (line) => {
    expect(kind('tone.', line)).not.toEqual([]);
  });
  it.each([
    'Our customers never have to re-enter supplier data by hand.',
    'If it happens, our support team is on it within 15 minutes.',
    'Let me make it easy for you: the one-page summary is attached.',
    'Audit trails can be a bit much to set up by hand, so the template does it for you.',
    'The pilot ran smoothly (thanks to your team) and we are ready for phase two.',
    'We are waiting for the warning letter response from the vendor before we change the SOP.',
    'I look forward to hearing back from you after the board meeting.',
    'It was a shame we had to move the session, and thank you for rearranging your day.',
    'Our team spent the last two weeks preparing the custom demo for you, and it is ready whenever suits.',
    'It is a question of when you want to start, not of whether the data is ready: it is.',
    'A professional services firm we work with cut onboarding from 21 days to 8.',
    'Happy to walk your CFO through the business case if that helps.',
  ])('tone passes: %s', (line) => {
    expect(kind('tone.', line)).toEqual([]);
  });
  it.each([
    ['URGENT P1 update: ticket #58214, invoice sync paused', 'This is an update on the P1 ticket your team raised at 07:42 GMT today.'],
    ['Re: URGENT – burst pipe, Block C, work order WO-48213', 'Confirming we\'re on this with you.'],
  ])('an incident\'s priority in capitals is not shouting: %s', (subject, line) => {
    expect(kind('tone.', line, subject)).toEqual([]);
  });
  it('shouting still fires without an incident', () => {
    expect(kind('tone.', 'This is URGENT, please read.')).not.toEqual([]);
  });

  it.each([
    // An AI assistant named by its product name, or as the one that drafted, with the person who checked it.
    'This email was drafted with help from Ourco Assist and reviewed by me before sending.',
    'Ourco Assist drafted this summary from the transcript, and I\'ve checked it against my own notes.',
    'Drafted with Ourco Copilot, reviewed by me.',
    // A reader invited to add to a list; advice about the reader's own setup; a list item that opens with a label
    // and names an acronym that is also a verb.
    'I\'ll put those into a short proposal by 8 May. If anything else came to mind after we left, just add it here.',
    '- Your out-of-hours contractor rota in Ourco runs as normal; worth double-checking it\'s up to date for the long weekend',
    'Risks:\n- The archived invoices are in a separate SAP client; we need read access.\n- Currency: historical MXN invoices will be converted at Banxico FIX rates for the reporting layer only; the originals are kept as-is.',
    '- They do not see the resident\'s complaints, messages or entry/exit logs',
    'Also, could you confirm whether the install team will need a site induction before arriving?',
    // An action item in a recap asks no question about us.
    'Next steps:\n- Send the SOW (Priya to confirm the date)',
  ])('internal passes: %s', (line) => {
    expect(kind('internal.', line)).toEqual([]);
  });
  it.each([
    'Ourco Assist drafted this summary from the transcript.',
    'Drafted with Ourco Copilot from the CRM notes, please review before it goes out.',
    '[Salesforce sync: Opportunity 0065g00000XyZ updated — Amount: €180,000]',
    '[Sandra to verify — are we actually ISO 27001 certified for the Singapore region yet?]',
    'Sam, can you double-check this before it goes out?',
    'Add the case study link here.',
  ])('internal fires: %s', (line) => {
    expect(kind('internal.', line)).not.toEqual([]);
  });

  it.each([
    'Since Target Co enrolled its 10,000th patient last month, site payments must be a bigger job.',
    'Since Target Co just received Breakthrough Therapy designation, your regulatory team must be busy.',
    'Since Target Co\'s headcount in the QC labs has tripled over the past year, training is the bottleneck.',
    'Congratulations on completing the Riverside acquisition. That\'s a big milestone for the team.',
    // Other news the reader told us, after the good wishes, does not make the wished-for news theirs.
    'Congratulations on closing your $40M Series C last month! You also mentioned on our call in February that you\'re planning to add around 20 SDRs by the autumn.',
  ])('claim fires: %s', (line) => {
    expect(kind('claim.', line)).not.toEqual([]);
  });
  it.each([
    // Told by the reader: thanked for right after, thanked for the details before, or in the earlier message
    // pasted under the reply without quote marks.
    'First of all, congratulations on completing the Riverside acquisition. That\'s a big milestone, and thank you for letting me know.',
    'Thanks for the detail below. Congratulations on the Santiago expansion, that\'s a big milestone for the team.',
    'Congratulations on the Santiago expansion, that\'s a big milestone for the team.\n\nBest,\nJavier\n\n-----Original Message-----\nFrom: Alejandro\nSubject: Chile rollout\n\nHi Javier, quick heads-up: we announced this morning that Target Co is opening a distribution centre in Santiago in Q4.',
    'Congratulations on the Santiago expansion, that\'s a big milestone for the team.\n\nFrom: Alejandro Ruiz\nSent: 9 April 2026 16:05\nSubject: Chile rollout\n\nWe announced this morning that Target Co is opening a distribution centre in Santiago in Q4.',
    'Congratulations on the Santiago expansion, that\'s a big milestone for the team.\n\nFrom: Alejandro Ruiz\nDate: Thu, 9 Apr 2026 16:05\nSubject: Chile rollout\n\nWe announced this morning that Target Co is opening a distribution centre in Santiago in Q4.',
    'Our trial sites celebrated their 100th shipment together.',
  ])('claim passes: %s', (line) => {
    expect(kind('claim.', line)).toEqual([]);
  });

  it.each([
    'Recording and transcript: https://ourco.com/share/r/isabel-0624 (you have access through your Ourco login).',
    'You can download everything here: https://app.ourco.com/reports/nabers-2026 (login required).',
    'The list is here: https://app.ourco.com/vendors/compliance?status=expiring (login required)',
  ])('a URL path is not a login and a password: %s', (line) => {
    expect(kind('secret.', line)).toEqual([]);
  });
  it('a login and a password in prose still fire', () => {
    expect(kind('secret.', 'Use dana.reyes/Winter2024! (temporary, change it on first login).')).not.toEqual([]);
  });

  it.each([
    '- New API endpoint: GET /v2/spend/cubes/{cube_id}/export returns a Parquet file.',
    'Call POST /v1/tenants/{tenant_id} with the body below.',
  ])('an API path parameter is not an empty slot: %s', (line) => {
    expect(kind('placeholder.', line)).toEqual([]);
  });
  it.each(['Your {company} team.', 'Book here: https://ourco.com/demo/{first_name}'])('a slot still fires: %s', (line) => {
    expect(kind('placeholder.', line)).not.toEqual([]);
  });
});

describe('thirty-fourth session, second round: shapes from fresh writers (HE, HF, HG, HH)', () => {
  it.each([
    'With respect, spreadsheets and email chains were fine for the 1990s, but I suspect your team simply hasn\'t seen what a modern broker portal looks like.',
    'Don\'t worry, you don\'t need to understand the analytics yourself; the dashboard does the thinking for you.',
    'Between us, their claims module is held together with duct tape and their support team couldn\'t find a bug if it bit them.',
    'I saw your broker portal login page yesterday - it looks like something my uncle built on GeoCities, no disrespect.',
    'Of course, customers who renew early tend to get looked after first when our support queue is busy, if you take my meaning.',
    'Schools still relying on email newsletters are quietly letting those families down.',
    'If inspectors arrive next term and ask how you track persistent absence, \'we use a spreadsheet\' is the kind of answer that gets schools downgraded.',
    'Parents are taking schools to court over far less than a missed medical note these days.',
    'Heyyy Mike, my man! How\'s my favourite IT director doing?',
    'Ideally we\'d get this signed before the next board meeting, so they don\'t get the chance to slow it down.',
  ])('tone fires: %s', (line) => {
    expect(kind('tone.', line)).not.toEqual([]);
  });
  it.each([
    'Spreadsheets were fine for the pilot, and the import keeps your existing columns.',
    'The dashboard shows the thinking behind each score, so your team can check it.',
    'No offence was meant by the auditors, and their report is fair.',
    'That is a new record for the fastest go-live we have done, thanks to your team.',
    'Our support team will look after you first thing on Monday.',
    'Nobody is letting anyone down: the delay was on our side, and I am sorry for it.',
    'This is the kind of answer your inspectors usually want to see.',
    'Hey Mike, good to see you at the conference.',
  ])('tone passes: %s', (line) => {
    expect(kind('tone.', line)).toEqual([]);
  });
  it.each([
    ['Following up', 'I\'ve triggered a reset link to the email address on your account; it expires in 30 minutes.'],
    ['Urgent: BACS file rejected – please re-approve by 15:00', 'This morning\'s BACS submission was rejected by the bank.'],
  ])('a lapsing link and an incident\'s urgency are not pressure: %s', (subject, line) => {
    expect(kind('tone.', line, subject)).toEqual([]);
  });
  it('a price that expires still fires', () => {
    expect(kind('tone.', 'This price expires in 30 minutes, so sign now.')).not.toEqual([]);
  });

  it.each([
    '[INSERT CUSTOMER QUOTE HERE - ask marketing for the approved HMO one]',
    '{{icebreaker - AI to generate from her LinkedIn, mention a recent post}}',
    'Please hold until legal approval comes through.',
  ])('internal fires: %s', (line) => {
    expect(kind('internal.', line)).not.toEqual([]);
  });
  it.each([
    'Before the call, please (ask your IT team for the tenant ID) and send it over.',
    'It makes sense to wait until the new finance system has bedded in.',
    'Ticket OC-49920 - FPS rejected, resubmitted and accepted',
  ])('internal passes: %s', (line) => {
    expect(kind('internal.', line)).toEqual([]);
  });

  it.each([
    'With Target Co writing over €850 million in GWP last year, claims volume must be a challenge.',
    'Especially with Target Co\'s Solvency II ratio now well above 220%, you have room to grow.',
    'After Target Co doubled its commercial property premium in the last 18 months, the team must be stretched.',
    'With Mr. Okonkwo having left Target Co last month, who owns the broker portal now?',
    'I know Target Co is facing significant budget cuts this year.',
    'I understand Target Co\'s IT team has been cut to just two people this year.',
    'Congratulations on Target Co receiving IB authorisation for the Diploma Programme.',
    'As Target Co prepares to join the Oak Valley Learning Trust in September, timetabling will change.',
    'With Target Co launching its fully online MBA this January, admissions will be busy.',
    'Congratulations on Target Co receiving a record number of applications for next year\'s Year 7 intake.',
  ])('claim fires: %s', (line) => {
    expect(kind('claim.', line)).not.toEqual([]);
  });
  it.each([
    'Here\'s your monthly snapshot for May across your 38 stores:',
    'Our Solvency II ratio is well above 200%, and the report is attached.',
    'Once your admins pass the certification on the platform, they can approve rotas.',
    'Having left the call early, I missed the pricing question: here it is.',
    'We doubled our support team in Manila this year.',
  ])('claim passes: %s', (line) => {
    expect(kind('claim.', line)).toEqual([]);
  });

  it.each([
    'Book here: https://www.ourco.com/training/book?session=am-2025-09',
    'Row 214: invalid value \'31/06/2021\' in column hire_date (expected YYYY-MM-DD)',
    'The file uses DD/MM/YYYY, but the importer expects ISO dates.',
    'If you need recipes to drive the mixers, a dedicated batch system (your current controls vendor offers one) would be better.',
    'He has agreed to a 30-minute call on Tuesday 9 September at 14:00 [Prague time].',
    '{lineId} is the path parameter for the production line.',
  ])('no link, placeholder or other finding: %s', (line) => {
    expect(rules(line)).toEqual([]);
  });
  it.each([
    'Log in at https://ourco.com/app?session=8f14e45fceea167a5a36dedd4bea2543',
    'Your renewal date is DD/MM/YYYY.',
    'Thanks again, (your name).',
  ])('still fires: %s', (line) => {
    expect(rules(line)).not.toEqual([]);
  });
});

describe('thirty-fourth session, third round: shapes from fresh writers (HI, HJ, HK, HL)', () => {
  it.each([
    'I get it, the older site foremen are comfortable with what they know, but frankly that way of working belongs in the 1990s and it shows.',
    'At some point your QS team is going to have to join the rest of us in this decade.',
    'I\'m sure paper has worked perfectly for Target Co so far – right up until the day it doesn\'t.',
    'I\'m sure your procurement team will take another two months to read this, so no rush, really.',
  ])('tone fires: %s', (line) => {
    expect(kind('tone.', line)).not.toEqual([]);
  });
  it.each([
    'Yes. The sandbox resets every night at 02:00 UTC, so anything you create today will be gone tomorrow morning.',
    'A quick, no-pressure note: the quote I sent on March 3 (Q-2025-0288, 2,650 acres at $1.95/acre) expires Friday.',
    'The legacy module belongs in the archive once the migration is signed off.',
    'Until the day the new scanner arrives, the paper forms stay in use.',
  ])('tone passes: %s', (line) => {
    expect(kind('tone.', line)).toEqual([]);
  });
  it('an offer that ends still fires', () => {
    expect(kind('tone.', 'The discount ends Friday, so sign now.')).not.toEqual([]);
  });

  it.each([
    '[ALT VERSION if he\'s still annoyed: We completely understand the frustration and have applied a one-off credit.]',
    'Here\'s a draft email that addresses Mr. Al-Sulaiti\'s concerns about data residency:',
  ])('internal fires: %s', (line) => {
    expect(kind('internal.', line)).not.toEqual([]);
  });
  it.each([
    'Here is the draft agenda for Thursday:',
    'Slides are on the USB stick (backup if the venue Wi-Fi fails).',
    'Please note for the English-speaking participants: we only need the templates themselves.',
    'Matters: 18,442 in source, 18,442 in Ourco\nWIP: GBP 4,318,226.50 in both systems',
  ])('internal passes: %s', (line) => {
    expect(kind('internal.', line)).toEqual([]);
  });

  it.each([
    'Following the HSE improvement notice issued to Target Co in March, site safety must be top of mind.',
    'I understand the Ministry issued a stop-work order on Target Co\'s Dammam site after last month\'s fall incident.',
    'As Target Co launches its EU operations following the e-money licence it obtained from the CSSF in May, onboarding will grow.',
    'After the administrative fine the CSSF imposed on Target Co last year, monitoring must be a priority.',
  ])('claim fires: %s', (line) => {
    expect(kind('claim.', line)).not.toEqual([]);
  });
  it.each([
    // Thanked for the note the good wishes answer.
    'Thank you for your note, and congratulations on your new role.',
    'Our e-money licence, which we obtained from the FCA in 2019, covers the UK.',
  ])('claim passes: %s', (line) => {
    expect(kind('claim.', line)).toEqual([]);
  });

  it.each([
    'Iqama number: 2398471625',
    'For the activation our provider needed your fødselsnummer, so I have entered 14038549217 as you sent it on Friday.',
  ])('an identity number fires: %s', (line) => {
    expect(kind('pii.', line)).not.toEqual([]);
  });
  it.each([
    'Action items\n- [Kara] Send a sample of last month\'s input ticket export, by March 20\n- [Jess] Set up user accounts for 12 agronomists',
    'Req 4.1  The system shall support SSO via SAML 2.0 – Compliant',
  ])('no placeholder: %s', (line) => {
    expect(kind('placeholder.', line)).toEqual([]);
  });
  it.each(['- [Name] Send the export by March 20', 'Hi [Company] team, quick question.'])('a slot still fires: %s', (line) => {
    expect(kind('placeholder.', line)).not.toEqual([]);
  });
});

describe('thirty-fourth session, fourth round: shapes from fresh writers (HM, HN)', () => {
  it.each([
    'No pasa nada, it\'s completely normal not to understand the difference between kW and kWh at first, so I\'ll keep this very basic.',
    'I admire the optimism of planning a 60-bus electric fleet in a spreadsheet - very brave, really.',
    'I want it on record that we\'ve warned you twice, so when the buses are standing idle in January nobody can say Ourco didn\'t tell you.',
    'When one of your drivers falls asleep at 3 a.m. - and statistically one will - the question will be what you did about it today.',
    'If nothing changes you\'ll be looking at a lot of empty rooms in October, and your owners will be asking you why.',
    'Hostels that don\'t automate this stuff are the ones that close in two years. I\'d hate to see that happen to Target Co.',
    'I\'ll hold the February slot for you until Thursday; after that it goes to the next operator in the queue.',
  ])('tone fires: %s', (line) => {
    expect(kind('tone.', line)).not.toEqual([]);
  });
  it.each([
    'I\'ll keep this brief: the pilot is booked for March.',
    'The pictures in the guide show each step, and the numbers are in the appendix.',
    'I admire the work your team put into the pilot.',
    'For the record, the outage on 3 June was on our side, and the credit is on your invoice.',
    'The question will be which depot goes first, and we can decide that together.',
    'Your board will be asking for the business case, so I\'ve attached ours.',
  ])('tone passes: %s', (line) => {
    expect(kind('tone.', line)).toEqual([]);
  });

  it.each([
    '<< shorten this para, too long for a first email >>',
    '<<Paste the ROI table from the spreadsheet here - use the conservative scenario>>',
    '[CLIENT REFERENCE - ask Priya which Chiado hotel agreed to be named]',
    'FYI Ananya - rev share with them is 20% on year one, keep that out of anything external',
    '(gatekeeper, not a decision maker - aim to get Sr. Díaz on the call)',
    '(they have approx. €400k left in this year\'s capex per Tom - don\'t mention it, just keep the quote under that)',
  ])('internal fires: %s', (line) => {
    expect(kind('internal.', line)).not.toEqual([]);
  });
  it.each([
    'Keep the receipts out of the shared drive; the app stores them.',
    'Our front desk signs for parcels (the courier needs a name, not a gatekeeper).',
  ])('internal passes: %s', (line) => {
    expect(kind('internal.', line)).toEqual([]);
  });

  it.each([
    'I saw that Target Co ran at 91% occupancy through December to February, which is excellent.',
    'I saw that Target Co\'s RevPAR was down about 12% year over year in Q1.',
    'It looks like Target Co is having a fantastic year - ADR up 18% on last year.',
    'I know Target Co struggled with occupancy below 50% last winter.',
    'Congratulations to you and the team: Target Co just passed one million electric kilometres on its city routes.',
    'As Target Co grows past 500 vans this year, planning gets harder faster than the fleet does.',
    'I was sorry to read about the collision involving one of Target Co\'s refuse trucks last week.',
    'I hope the driver strike at your depots is resolved soon.',
    'I understand Target Co is closing for a full renovation from November through March.',
    'Now that the refinancing of Target Co\'s debt is done, the capex plan can move.',
  ])('claim fires: %s', (line) => {
    expect(kind('claim.', line)).not.toEqual([]);
  });
  it.each([
    'Our pilot hotels ran at 91% occupancy with the new pricing rules.',
    'Last month your RevPAR report showed the weekday gap you mentioned, so I added a weekday view.',
    'Our vans passed one million kilometres on the test track before launch.',
  ])('claim passes: %s', (line) => {
    expect(kind('claim.', line)).toEqual([]);
  });
});

describe('thirty-fourth session, fourth round: clean shapes (HO)', () => {
  it.each([
    'Under UK GDPR, the controller (your practice) must report a notifiable breach to the ICO within 72 hours.',
    '- status: booked, completed, cancelled or no_show. Leave it out to get all.',
    'Emergency slots: two 20-minute slots per vet per session. They stay blocked until 08:00 on the day, then open to reception only.',
    'Ourco bridge (receives images)\n  AE title:      OURCO_BRIDGE\n  Port:          usually 104; please confirm',
    'Week of 5 May    Kick-off call (45 min) – confirm users and appointment types\nWeek of 12 May   Your data export arrives',
    'Drop ‘URGENT’ from the reminder for hygiene appointments. It\'s not urgent, and patients tend to ignore it.',
    '[ ] Bridge PC has a fixed IP address [please send it to us]',
    'When the original route will be fixed is not known yet. I\'ll update you by 5pm tomorrow either way.',
    'Tack för ett bra möte i går. I\'ll keep the main details in English so your IT consultant can read along, and put a summary in Swedish below.',
  ])('no finding: %s', (line) => {
    expect(rules(line)).toEqual([]);
  });
  it.each([
    ['Same-day urgent dental care slots', 'Thanks for walking me through how you handle emergencies.'],
    ['A small favour, only if you\'re happy to', 'It\'s been a year since you moved to Ourco.'],
  ])('subject passes: %s', (subject, line) => {
    expect(rules(line, subject)).toEqual([]);
  });
  it.each([
    'Sam: please check the port before this goes out.',
    'Put the discount here.',
    'Hi {{first_name}}, quick question.',
  ])('still fires: %s', (line) => {
    expect(rules(line)).not.toEqual([]);
  });
});

describe('quiet jabs the sentence model reads mildly are firm patterns: they count', () => {
  // The tone rules ask the model (corroborate 0.1); these read 0.01-0.08. Until the thirty-fifth
  // session they showed as info; their patterns are now firm (rules/schema.ts), so the model's low
  // reading no longer drops them, without a rule of their own (whose examples would need a retraining).
  it.each([
    'I\'ve put together a one-pager with plenty of pictures and as few numbers as possible.',
    'It was state of the art - in 2009, and your planners have been working around it ever since.',
    'Thanks for the out-of-office reply - it\'s the most engagement we\'ve had from your side since September.',
    'I think even the busiest GM can find 20 minutes, no?',
    'P.S. No rush, I know reading a two-line email can take a few weeks.',
    'Three months to review a two-page referral agreement is a new record, even for you.',
  ])('counts: %s', (line) => {
    expect(kind('tone.', line)).not.toEqual([]);
  });
});

describe('thirty-fifth session: shapes from fresh writers (IA, IB problems; IC, ID clean)', () => {
  it.each([
    // Sarcasm, talking down, blame (firm patterns: the model reads them at 0.01-0.04).
    'Totally understand – and if re-keying timesheets into payroll every Monday morning is what happy looks like, then I\'m glad it\'s working for you.',
    'Then again, I suppose the failed payouts you told me about come free with their price.',
    'No pressure, obviously — I know how much everyone at your company loves a good six-month committee review.',
    'I know you\'re very busy single-handedly running Nigerian fintech, so I\'ll keep this one short.',
    'Still, three weeks for a yes-or-no on a 20-minute call does feel like a new record.',
    'The guide is written for developers who are newer to payments, so it should be a good fit.',
    'You clearly know the space well, which honestly isn\'t something we often see from procurement.',
    'To be honest, this whole week could have been avoided if your team had actually followed the import guide we sent at onboarding.',
    'The go-live slipped, and to be frank that\'s mostly because your site managers skipped both of the training sessions we scheduled.',
    'If an extra 50 cents per worker is a dealbreaker, it may be worth asking whether the software is really the problem.',
    'It\'s all in the agreement you signed, of course, but I know not everyone reads those closely.',
    // Going round the reader, chasing with guilt, over-familiar.
    'If it\'s easier, I\'m happy to take this straight to Mr. Otieno and close it out with him directly.',
    'I\'ll give it until Thursday, and after that I\'ll assume it\'s stuck and raise it with Eng. Sherif myself.',
    'Did my last email land in spam, or...?',
    'Did I say something wrong, Tara?',
    'So, are we doing this or not?',
    'I\'d cleared the whole afternoon and flown our head of product in from London for it, but these things happen.',
    'Maybe we skip the office and you show me that chop bar you were talking about, just the two of us? 😉',
    'Sorry for keeping you so late at the after-party. Your secret\'s safe with me.',
    'I noticed from your Instagram that you were in Sahel the weekend before, which explains the glow!',
    'Honestly, RosterPro is a toy – fine for a coffee shop, but not for a 24/7 distribution centre.',
    'This quote only holds while I\'m in the office – once I\'m on leave it\'ll need to be re-approved, probably at full list.',
    'I can promise you personally that your month-end close will be done in a single day.',
  ])('tone fires: %s', (line) => {
    expect(kind('tone.', line)).not.toEqual([]);
  });
  it.each([
    'It\'ll be just the two of us on the call, so there\'s no need for slides.',
    'I saw on your Facebook page that the new clinic opens in May, so I\'ve pencilled in training for April.',
    'Happy to raise it with our product team myself if that helps.',
    'Our sandbox guide is written for developers who are new to the API.',
    'That was a record quarter for our support team, and the wait times show it.',
    'I\'m not asking you to decide now. If it helps, I can walk your CFO through the numbers in 20 minutes.',
  ])('tone passes: %s', (line) => {
    expect(kind('tone.', line)).toEqual([]);
  });
  it.each([
    '4. Submit your production access request — we usually approve within 24 hours <<note from Hessa: realistically 4–5 days right now, don\'t promise 24h>>',
    '[AT RISK]',
    '(floor is $4.90, don\'t go below that without Dana\'s sign-off)',
    'deal-desk (Slack): approved down to 12% for 3-yr, no free months, don\'t put the 12% in writing until she asks',
    'Softer version if Niamh reacts badly: We know budgets are tight, so we can phase it in over two quarters.',
    '[James is a serial trial-taker, has done Deputy and Tanda already – don\'t invest too much time]',
  ])('internal fires: %s', (line) => {
    expect(kind('internal.', line)).not.toEqual([]);
  });
  it.each([
    'Usisahau kuondoa hii: wanadaiwa ada ya Julai, usiitaje kwenye QBR.',
  ])('a note in Swahili in an English email: %s', (line) => {
    const body = `Hi Dana,\n\nThanks for the call on Tuesday. The reconciliation report you asked for is attached, with the payout volumes by week.\n\n${line}\n\nWe can start the pilot on the 3rd if that works for your team. Let me know which entities you want first.\n\nBest,\nSam`;
    const found = scanEmail(body);
    expect(found.some((f) => f.rule === 'internal.foreign-line' && f.severity !== 'info')).toBe(true);
  });
  it.each([
    '2. A pseudonymised loyalty ID where the customer was a member – please replace the real member number with a random ID before sending',
    'The matter was created from the "General Advisory" template, which doesn\'t have task codes enabled.',
    '- Required fields are marked with an asterisk in the editor; a contract can\'t be sent until they\'re filled.',
    '"How do you treat days with stock-outs in the training data?" – We flag those hours and leave them out.',
    'Resumen: tendremos los totales de diciembre y el resumen anual listos el 9 de enero para vuestra gestoría.',
  ])('internal passes: %s', (line) => {
    expect(kind('internal.', line)).toEqual([]);
  });
  it.each([
    'With the WorkSafe Victoria penalty Target Co copped earlier this year over fatigue management, rostering must be top of mind.',
    'After the Fair Work Ombudsman found Target Co had underpaid casual pickers, I imagine payroll is under review.',
    'Given the wage-and-hour class action Target Co is facing over missed meal breaks, timekeeping matters more than ever.',
    'I saw the news about the Teamsters organizing push at Target Co\'s Memphis fulfillment center.',
    'I heard Target Co put a freeze on non-clinical hiring last month.',
    'I understand he left Target Co last month to join a competitor.',
    'I saw that Target Co\'s CEO is retiring at the end of the year.',
    'J\'ai vu que Target Co vient d\'acquérir Placement Lavoie à Trois-Rivières – félicitations!',
  ])('claim fires: %s', (line) => {
    expect(kind('claim.', line)).not.toEqual([]);
  });
  it.each([
    '- Data completeness was 99.6% in Q1; the gap came from the 2 stores with the network change in February',
    '- Traffic counting in 214 stores since 2022',
    '- 18.4 million visitors counted across your 88 stores',
    '- Fresh waste down 11% in 9 months in 62 stores',
    'Her chain has 88 stores and rolled out shelf analytics in 2023.',
    'One small thing from our usage review: your e-signature volume grew 38% over the year.',
    '2. Your promotion calendar',
    'Thank you for your time last Tuesday and for the tour of your new store in Winterthur.',
    '3. The stores appear in your existing dashboard under a new region, “Lithuania”',
  ])('claim passes: %s', (line) => {
    expect(kind('claim.', line)).toEqual([]);
  });
  it('a reaction to the news a quoted line tells is told by the reader; news the quote does not hold still fires', () => {
    const scan = (body: string) => scanEmail(body, 'Re: Vilnius')
      .filter((f) => f.severity !== 'info' && f.kind === 'unverified_claim');
    expect(scan('Hi Dana,\n\n> We\'re opening our first two stores in Vilnius in April.\n\nThat\'s wonderful news, congratulations on the expansion!\n\nBest,\nSam')).toEqual([]);
    expect(scan('Hi Dana,\n\n> We\'re closing 9 stores in the spring.\n\nI\'m sorry to hear about the closures.\n\nBest,\nSam')).toEqual([]);
    expect(scan('Hi Dana,\n\n> We\'re opening our first two stores in Vilnius in April.\n\nCongratulations on the expansion into Germany!\n\nBest,\nSam')).not.toEqual([]);
    expect(scan('Hi Dana,\n\n> Thanks for the demo, we will review it.\n\nCongratulations on the expansion!\n\nBest,\nSam')).not.toEqual([]);
  });
  it.each([
    'WHAT WE CHANGED\n- Certificate renewals are now monitored.\n\nIMPACT ON YOUR REPORTING\nThe morning report on 4 February was incomplete.',
    'Here is the sample clause from our playbook library. The blanks are intentional:\n\n"12.3 LIMITATION OF LIABILITY. Except for breaches of Section ___ (Confidentiality), liability shall not exceed the fees paid in the ___ months before the claim."',
    'You have until 16 November to give notice under the TERMINATION AND RENEWAL section (§ 9.2).',
    'Several templates open with "WHEREAS" clauses followed by "NOW, THEREFORE, in consideration of the mutual covenants herein". We kept that wording.',
    'Your old templates used guillemet-style fields, for example «Effective Date», «Vendor Legal Name» and «Renewal Notice Days».\n\n- «Vendor Legal Name» → Counterparty Name (text field)',
  ])('no finding: %s', (line) => {
    expect(rules(line)).toEqual([]);
  });
  it.each([
    'YOUR ACCOUNT WILL BE SUSPENDED\nPlease pay the invoice.',
    'We can offer you 1. HUGE SAVINGS ON EVERY SEAT if you sign this month.',
    'Our pricing: your team saves ___% with Ourco.',
    'Reply NOW, before Friday.',
  ])('still fires: %s', (line) => {
    expect(rules(line)).not.toEqual([]);
  });
  it.each(['Labdien, Līga – your question from the webinar', 'Sveiki, Rasa – pilot summary for the Kaunas stores'])('a subject opening on a salutation names nobody: %s', (subject) => {
    const found = scanEmail('Hi Dana,\n\nThe summary is attached.\n\nBest,\nSam', subject);
    expect(found.filter((f) => f.kind === 'recipient_mismatch')).toEqual([]);
  });
});

describe('thirty-fifth session, sixth round: clean shapes (JC cybersecurity, JD event ticketing)', () => {
  it.each([
    // Lures and samples quoted to warn about them, and the bracket conventions an email explains.
    'For example, a typical lure reads: "URGENT: your mailbox will be deleted in 24 hours. Verify your account now."\n- Example 2 - fake CEO request. "Are you at your desk? I need you to buy some gift cards for a client today - keep this between us for now."',
    'Our confirmation emails are templates: anything in curly brackets is replaced with each attendee\'s own details when the email is sent.\n\n--- SAMPLE TEMPLATE ---\nDear {first_name},\n\nThank you for registering for {event_name}. Your ticket type is {ticket_type}.',
    'There\'s a draft in Campaigns > Drafts called "Early-bird reminder". It uses the {first_name} and {ticket_type} merge fields, so each person sees their own name.',
    'The badge layout uses two name fields, [English Name] and [Chinese Name], which are filled from the registration form.',
    'Exhibitors register their staff in the portal, and each badge shows [Staff Name], [Company] and "EXHIBITOR" in blue.',
    '1. "이름" (name): consider separate fields for family name and given name.',
    'WHAT WE NEED FROM YOU\n- Floor plans for each space (PDF is fine)',
    // Claims and notes that are the reader's, a survey's or a product's.
    '- Sophos\' State of Ransomware 2024 report found that 59% of organisations surveyed were hit by ransomware in the past year.',
    'The queue at Gate B grew to roughly 150 people during that window (your gate staff estimate).',
    'Sarah let me know that you\'ve taken over as IT Manager now that she has moved into the operations role - congratulations on the new position.',
    '5. Your priorities for Q4 and 2025 - including the SIEM expansion Anjali raised',
    'The company was later named in the press as the engineering firm Arup.',
    'Just a quick note to say: your team hit 92% completion on the annual security awareness course.',
    '- CVE-2021-44228 (Log4Shell) on APP-SRV-07. Internal only, but exploitable from inside the network.',
    '2. Show additional context in the prompt - the app name and location of the sign-in request.',
    'Each person having their own account also means the activity log shows who changed what.',
    'Based on that, we\'ll keep the device on our watch list for 30 days.',
    'Last year, two of our customers had incidents where the first contact on the list had left the company.',
  ])('no finding: %s', (line) => {
    expect(rules(line)).toEqual([]);
  });
  it.each([
    ['Festive season phishing: what to warn staff about', 'Here is a short advisory you are welcome to forward.'],
    ['Health check: EDR coverage at 96% - 14 devices to look at', 'A quick health check from this morning.'],
    ['Lunar New Year office hours', 'Our Hong Kong and Taipei offices will be closed for the public holidays.'],
    ['Post-incident report - case IR-2024-0452 (final)', 'Please find below a summary of our final post-incident report.'],
  ])('subject passes: %s', (subject, line) => {
    expect(rules(line, subject)).toEqual([]);
  });
  it.each([
    // The same words as our own: pressure, a slot left empty, a note.
    '"URGENT: sign today or lose the discount," as I said on the phone.',
    'Hi {first_name}, I noticed your event is coming up.',
    'Please keep this between us: the discount is not approved yet.',
  ])('still fires: %s', (line) => {
    expect(rules(line)).not.toEqual([]);
  });
  it('a greeted surname with its honorific names the recipient (the evaluation harness reads it so)', () => {
    const found = scanEmail('Nakamura-san,\n\nThank you for a wonderful evening on Friday.\n\nBest,\nSam', 'Thank you', { email: 'h.nakamura@target.example', name: 'Hiroshi Nakamura' });
    expect(found.filter((f) => f.kind === 'recipient_mismatch')).toEqual([]);
  });
});

describe('thirty-fifth session, sixth round: tone shapes (JA, JB), firm', () => {
  it.each([
    'Unlike FieldTrack, whose app frankly crashes more often than it syncs, ours works offline.',
    'Servicely is fine, I suppose, if you enjoy raising support tickets into a void.',
    'Their support team is basically a chatbot with a holiday calendar.',
    'Their software looks like it was designed in 2003 by someone who\'d never met an architect.',
    'Your team does remarkably well, considering the tools they\'ve got to work with.',
    'I have to say, for a family-run business your processes are surprisingly well organised.',
    'It\'s impressive how far you\'ve got with such a small IT team, honestly.',
    'I\'ve tried to explain the API in plain language below, since this probably isn\'t really your area.',
    'It should be manageable even for the less technical people in your office, which I gather is most of them.',
    'Don\'t worry if the API documentation looks intimidating; most architects find anything beyond a PDF a little daunting.',
    'I\'m sure that process made perfect sense back when you were a five-person studio.',
    'Still doing month-end by hand, Joana?',
    'The delay on go-live is really down to your side not sharing the asset data on time.',
    'No rush of course — it\'s only been six weeks 🙂',
    'As I\'ve now mentioned in three separate emails, the bulk upload template is attached (again).',
    'Just checking you\'re still alive 🙂',
    'Quick question (since the last three went unanswered)',
    'Looking forward to hearing back — whenever that may be.',
    'No rush at all, of course — I\'m sure the spreadsheet is working out wonderfully.',
    'Renewal for your team — I\'d rather not have to escalate this.',
    'Happy to loop in Mr. Hossain himself if that would help move things along.',
    'If this is stuck on your side, would it help if I contacted Mr Dubois directly?',
    'If I don\'t have the list by next week, I\'ll copy Mr Santos on my next email so he\'s aware.',
    'Also, loved the photos from your Algarve holiday on Instagram — you clearly needed that break 😉',
    'Ciao bella! Here is the proposal.',
    'Un abrazo — and say hi to that lovely wife of yours.',
    'Your planners will never double-book a technician again — that\'s our promise to you.',
    'I\'ve never had a customer where that didn\'t happen, and you won\'t be the first.',
  ])('fires: %s', (line) => {
    expect(kind('tone.', line)).not.toEqual([]);
  });
  it.each([
    'Whether to go ahead is entirely down to your team, and either answer is fine by us.',
    'You can contact Dr. Lim directly if you have questions about the data.',
    'I\'m happy to speak to Mr. Tan directly about the site visit.',
    'Our app rarely crashes, and it syncs every few seconds.',
    'It has only been two weeks since go-live and the numbers already look good.',
    'As I mentioned in the workshop, the template is attached.',
    'The photos from the site visit are in the shared folder.',
    'You are welcome to the session, and you won\'t need to prepare anything.',
  ])('passes: %s', (line) => {
    expect(kind('tone.', line)).toEqual([]);
  });
});

describe('a row of field names is no note, and a bracket statement after it names them', () => {
  const headings = 'For the import, the first row needs these headings:\n\n[First Name] [Last Name] [Chinese Name] [Company] [Email] [Ticket Type]\n\nThe brackets are just to show where each heading starts and ends, so please leave them out of the file.';

  it('the headings row: no placeholder, no note', () => {
    const found = scanEmail(`Hi Dana,\n\n${headings}\n\nBest,\nSam`).filter((f) => f.severity !== 'info');
    expect(found.map((f) => f.rule)).toEqual([]);
  });

  it('notes in brackets on a line of their own still count', () => {
    const found = scanEmail('Hi Dana,\n\n[Check Pricing] [Ask Sam] [Remove Later]\n\nBest,\nSam').filter((f) => f.severity !== 'info');
    expect(found.some((f) => f.kind === 'internal_marker')).toBe(true);
  });

  it('slots left unfilled in prose still count', () => {
    const found = scanEmail('Hi [First Name],\n\nI saw [Company] is hiring [Role] again.\n\nBest,\nSam').filter((f) => f.kind === 'placeholder');
    expect(found.length).toBeGreaterThan(0);
  });
});

/**
 * The rules with a warn or critical finding (the sentence model's included) in a whole email that
 * holds `body` alone between greeting and sign-off: the thirty-eighth session's shapes.
 */
function found(body: string, subject?: string): string[] {
  return scanEmail(`Hi Dana,\n\n${body}\n\nBest,\nSam`, subject).filter((f) => f.severity !== 'info').map((f) => f.rule as string);
}

/** A rule-id prefix, a body and, where it matters, the subject line. */
type Shape = readonly [prefix: string, body: string, subject?: string];

/** Each [rule-id prefix, body, subject?] of `pass` has no finding of that family; each of `fire` has one at least. */
function shapes(pass: ReadonlyArray<Shape>, fire: ReadonlyArray<Shape>): void {
  const rows = (xs: ReadonlyArray<Shape>): Array<[string, string, string | undefined]> => xs.map(([prefix, body, subject]) => [prefix, body, subject]);
  it.each(rows(pass))('passes (%s): %s', (prefix, body, subject) => {
    expect(found(body, subject).filter((r) => r.startsWith(prefix))).toEqual([]);
  });
  it.each(rows(fire))('fires (%s): %s', (prefix, body, subject) => {
    expect(found(body, subject).filter((r) => r.startsWith(prefix))).not.toEqual([]);
  });
}

describe('thirty-eighth session: shapes from fresh writers (VA, VB clean; VC problems)', () => {
  /** Warn or critical findings of a whole email, by rule. */

  it('a list led in by "what I can share about Ourco:" is ours, across a blank line; a list led in by why we fit the reader is not', () => {
    const ours = "That's a fair worry. Here's what I can share about Ourco:\n\n- Founded in 2014\n- About 210 staff, with offices in Sydney and Auckland\n- Raised A$42 million in Series B funding last year, led by Harbour Capital";
    expect(found(ours).filter((r) => r.startsWith('claim.'))).toEqual([]);
    const theirs = "Here's a summary of why Ourco could be a good fit:\n- Headroom for Target Co's 3x year-on-year growth\n- Raised a Series B last year";
    expect(found(theirs).filter((r) => r.startsWith('claim.'))).not.toEqual([]);
    // A paragraph between the lead and the list breaks it.
    const apart = "Here's what I can share about Ourco:\n\nWe spoke last week.\n\n- Raised a Series B last year, led by Harbour Capital";
    expect(found(apart).filter((r) => r.startsWith('claim.'))).not.toEqual([]);
  });

  it('a heading naming us with a year ("OURCO IN 2025") heads our figures', () => {
    const body = 'OURCO IN 2025\n- 420 hotels and clinics served, up from 350\n- New office in Prague and a new team in Bratislava\n- 640 colleagues, up from 560';
    expect(found(body).filter((r) => r.startsWith('claim.'))).toEqual([]);
    expect(found('TARGET CO IN 2025\n- New office in Prague and a new team in Bratislava').filter((r) => r.startsWith('claim.'))).not.toEqual([]);
  });

  shapes([
    // The reader's own point told back.
    ['tone.', 'The part that caught my eye was your point that the savings disappear if the laundry then washes half-empty loads.'],
    // Price by term, as a table gives it.
    ['tone.', 'On a 24-month term the discount is 5%; on 12 months you pay list price.'],
    // A room's size as logistics.
    ['tone.', "Space is limited to 40 people, so we'll confirm your spot by email."],
    // A capability list's heading in capitals.
    ['tone.', "CAN DO\n- Bed and bath linen: yes\n- Kitchen cloths: yes\n\nCAN'T DO\n- Guest laundry: we don't offer it."],
    // A task list named as a compound, in Afrikaans.
    ['internal.', 'Die taaklys (TODO-lys) op die paneelbord, waar elke personeellid sy eie take kan sien.'],
    // Things the reader may check, handed over as a list.
    ['internal.', 'A few things worth checking in the other quote:\n- Is SMS included, or charged per message?\n- Is data migration included?'],
    // A registration that opened is no news of the prospect's.
    ['claim.', 'Ahora que abrieron las inscripciones para el seminario, le envío el enlace.'],
  ], [
    ['tone.', 'The discount disappears on Friday, so sign now.'],
    ['tone.', "Miss this window and you'll pay full price."],
    ['tone.', 'Space is limited, so grab yours quickly.'],
    ['tone.', 'Space is limited to 10 people, so grab yours quickly before they are gone.'],
    ['tone.', "You CAN'T miss this."],
    ['internal.', 'TODO: add the case study link'],
    ['internal.', 'This line is worth checking with legal before it goes out.'],
    // VC's problems, in phrasings of their own.
    ['tone.', 'Third time asking — can you spare 15 minutes?'],
    ['tone.', "I kept the whole afternoon clear for our call on Tuesday, so I'll admit I was a bit let down when nobody from Target Co joined."],
    ['tone.', "Totally understand if it's not a priority; some teams are just more comfortable with the status quo."],
    ['tone.', 'Prácticamente todo el retail en Santiago ya dio este paso, y no quisiera que ustedes se quedaran atrás.'],
    ['tone.', 'La verdad, ya empiezo a preguntarme si hice algo mal, porque normalmente la gente me contesta.'],
    ['tone.', "As for your comment that you 'might build something in-house' — sure, good luck with that."],
    ['claim.', 'Ahora que abrieron la nueva sede en Medellín, me imagino que el volumen de facturas va a crecer.'],
    ['claim.', 'Ahora que Target Co ya cotiza en la Bolsa de Santiago, imagino que el nivel de detalle subió.'],
    ['claim.', 'Agora que abriram a nova fábrica em Campinas, o volume vai crescer.'],
  ]);

  it('"Still overpaying your carriers?" as a subject fires', () => {
    expect(found('Quick question about your freight invoices.', 'Still overpaying your carriers, Dana?').filter((r) => r.startsWith('tone.'))).not.toEqual([]);
  });

  it('a bracketed question to a colleague that talks of the reader as "them" is a note; one to the reader is not', () => {
    const note = found('We can have you live in six weeks [Ravi, is six weeks realistic for Oracle Cloud? I told them eight last time], including a parallel run.');
    expect(note).toContain('internal.addressed-note');
    expect(found('We can have you live in six weeks (Dana, is six weeks realistic for your team? I told Sam eight last time).')).not.toContain('internal.addressed-note');
  });

  it('a legal disclaimer and an invitation not to be forwarded are said to the reader', () => {
    expect(found("Note: we're not lawyers, and this isn't legal advice. If you're unsure, check with your own adviser.").filter((r) => r.startsWith('internal.'))).toEqual([]);
    expect(found("Note: please do not forward this invite. Visitor badges are prepared in advance by name for site security.").filter((r) => r.startsWith('internal.'))).toEqual([]);
  });
});

describe('thirty-eighth session, second round: shapes from fresh writers (WA, WB clean; WC problems)', () => {

  shapes([
    ['internal.', "A tip: the TODO list in the app shows every open item per store. It's under Sites > TODO."],
    ['internal.', 'Hinweis: Die Einladung ist persönlich, bitte nicht weiterleiten; wenn Sie gern jemanden mitbringen möchten, sagen Sie mir Bescheid.'],
    ['internal.', 'Reminder for the holiday season: our 24/7 control room is fully staffed throughout Christmas and New Year.'],
    ['internal.', "I honestly don't know the details of any pricing changes at Fourth, and I wouldn't want to guess about another company's plans."],
    ['internal.', 'A PDF version is attached for your sign-off process, which you explained requires approval from both the Finance Director and the COO.'],
    ['internal.', 'We pay tronc through a separate payroll scheme as instructed by your troncmaster, but decisions on allocation remain with them.'],
    ['internal.', 'There is a template in our HR library, and you can edit it to match your own terms before sending it out for e-signature.'],
    ['tone.', "CAN'T DO (YET)\n- Convert and combine both payrolls into a single euro report."],
    ['tone.', 'KPI                                 LAST QTR   THIS QTR\nPay runs completed on time          12/12      13/13'],
    ['claim.', 'Our standard pilot is 3 months, 4 to 6 stores of your choice, at list price.'],
    ['claim.', "I read with interest in Target Co's most recent annual report that the group employs around 1,800 people across its hotels."],
    ['claim.', 'I noticed on LinkedIn that Target Co is advertising for a payroll administrator to join your Belfast head office.'],
  ], [
    ['internal.', 'TODO: add the Store 7 sensor count'],
    ['internal.', 'This requires approval from our VP before sending.'],
    ['internal.', 'Reminder for Sam: confirm the discount with finance.'],
    ['tone.', "You CAN'T afford to miss this."],
    ['claim.', 'Congrats on growing from 4 to 6 stores this year.'],
    ['claim.', 'Congrats on the new Belfast head office, which must employ around 1,800 people by now.'],
    ['tone.', 'I had blocked the afternoon and our solutions engineer had dialled in from Singapore specially, so we were both a little sorry to miss you.'],
    ['tone.', "Completely understand; some teams just need longer than others to get comfortable with new technology, so there's no rush from our side."],
    ['tone.', "If the integration details are a bit much, I'm happy to go through them with someone more technical on your side instead."],
    ['tone.', "I'm told pricing is being reviewed soon, so it could be worth locking something in sooner rather than later."],
    ['tone.', "I noticed it's still a scanned Word document with a wet signature pasted in, which is no judgement at all; plenty of teams start there."],
    ['tone.', 'Halos lahat ng kakumpitensya ninyo sa real estate ay gumagamit na ng e-signature, kaya kayo na lang talaga ang naiiwan.'],
    ['tone.', 'आपकी टीम हर हफ़्ते घंटों काग़ज़ों के पीछे भागती है; वे इससे बेहतर के हक़दार हैं, और उन्हें यह राहत देना अब सिर्फ़ आपके हाथ में है।'],
    ['claim.', 'हाल ही में Target Co के ₹500 करोड़ के फंडिंग राउंड के लिए बधाई; अब तो टीम तेज़ी से बढ़ेगी।'],
    ['claim.', 'Target Co ने नाशिकमध्ये नवीन उत्पादन युनिट सुरू केल्याबद्दल मनःपूर्वक अभिनंदन!'],
    ['claim.', '听说Target Co最近收购了一家柔佛的物流公司，恭喜！'],
  ]);

  it('greetings in Hindi and a Hindi sentence about paperwork are no news and no pressure', () => {
    expect(found('दिवाली की हार्दिक बधाई! आपकी टीम को शुभकामनाएँ।').filter((r) => r.startsWith('claim.'))).toEqual([]);
    expect(found('आपकी टीम हर हफ़्ते घंटों काग़ज़ों के पीछे भागती है, इसलिए हमने यह टूल बनाया।').filter((r) => r.startsWith('tone.'))).toEqual([]);
  });
});

describe('thirty-eighth session, third round: shapes from fresh writers (XA, XB clean; XC problems)', () => {

  shapes([
    ['placeholder.', 'If Target Co already has an NDA with us (your procurement team signed one in June), I can send the summary today.'],
    ['internal.', "The full technical report can be reviewed on a screen-share with our security lead, but we don't send it out."],
    ['tone.', 'Week 4: Final conversion over a weekend. Your office closes Friday on Open Dental and opens Monday on Ourco.'],
    ['claim.', '- your interest in adding the Recall add-on at the Oak Park location'],
    ['tone.', 'QUESTIONS YOU ASKED, WITH SHORT ANSWERS\n- Can offices keep their own hours? Yes.'],
    ['claim.', 'Nu hvor vi har åbnet for tilmelding, sender jeg linket.'],
    ['claim.', 'Gratulerer med dagen, og takk for en hyggelig prat.'],
    ['internal.', 'Please confirm with your IT team – they may need to allow our domain.'],
  ], [
    ['placeholder.', 'We spoke with (your company) about the renewal.'],
    ['tone.', 'The discount closes Friday, so sign now.'],
    ['claim.', 'Sorry to hear about the recall of your frozen range last month.'],
    ['tone.', 'YOU MUST ACT NOW\n- Sign today.'],
    ['internal.', '{{lead_score: 72 | source: web_form | enrichment: failed}}'],
    ['internal.', '3. Cleaning starts on Monday 3 February (confirm with ops – they said the 10th might be more realistic)'],
    ['internal.', 'Noter fra CRM: Peter har selv sagt, at de er utilfredse med deres nuværende leverandør.'],
    ['internal.', "- you'll check with the municipality whether a direct award is allowed (deal likely slips to Q3 if it has to go to tender – flag to Ole)"],
    ['internal.', 'I priced it low to win the move, the margin is mostly in the follow-on daily contract.'],
    ['internal.', 'Kristoffer told me off the record that the incumbent is 20% more expensive than our last bid – keep this out of the written response.'],
    ['internal.', '[Draft generated by Ourco Assist · personalisation score 41% · recipient role not verified]'],
    ['internal.', 'Deal value est. EUR 180k/yr – high priority, book meeting within 2 weeks.'],
    ['internal.', 'Thanks Maja [double-check spelling – Maja or Maia?] for the tour.'],
    ['tone.', "In grocery, customers rarely complain about a tired store – they quietly shop across the road, and by the time owners call us it's usually too late to win them back."],
    ['tone.', "Our area manager drove four hours each way from Kajaani to be there, so I hope we'll get a chance to show it was worth the trip."],
    ['tone.', "These documents can be a bit much if you don't work with facilities contracts very often, so don't worry about asking."],
    ['tone.', "I'd book the site visit sooner rather than later – once our autumn schedule fills up, new clients usually wait until after New Year."],
    ['tone.', 'Most facility managers we meet moved off paper checklists a good few years ago, so it feels like a big jump from where you are.'],
    ['tone.', 'Olen käyttänyt tähän aika paljon aikaa, joten olisi mukava kuulla edes lyhyesti, missä mennään.'],
    ['tone.', "No problem at all about moving Thursday's meeting – third time's the charm, as they say!"],
    ['tone.', "With this in place, you won't see the winter sick-leave spike again – that I can promise."],
    ['tone.', 'De flesta företag i er bransch här i stan har redan gått över till en samlad leverantör.'],
    ['tone.', 'No worries at all, I know how these weeks go, though I had moved a client visit to make the slot work.'],
    ['tone.', "Honestly, Target Co is the only firm of your size in the city I speak to that still hasn't made this change."],
    ['tone.', 'It takes a certain amount of facilities experience to see the hidden costs.'],
    ['tone.', 'Jag vet hur det brukar gå när ledningen börjar fråga varför ingen agerade tidigare på klagomålen.'],
    ['tone.', 'The team gave up their own weekend for this one, so I hope it is something you will want to build on.'],
    ['claim.', 'Nu hvor Target Co har overtaget Nordlys Logistik, går jeg ud fra, at I står med to aftaler.'],
    ['claim.', 'Etter fusjonen med Vestkraft i fjor har Target Co sikkert fått flere lokasjoner.'],
    ['claim.', 'Tillykke med udvidelsen – jeg kan forstå, at I åbner et nyt lager i Kolding.'],
    ['claim.', 'Kun Target Co:n henkilöstö on kasvanut viime vuonna lähes kaksinkertaiseksi, siivoustarve on muuttunut.'],
  ]);
});

describe('thirty-ninth session: shapes from fresh writers (YA, YB clean; YC problems) and the claims XC kept', () => {
  it('a paragraph after a recap\'s list is not the recap: only the paragraph right under its lead line is', () => {
    const after = 'A quick recap:\n- your current contract ends 30 June\n- the decision will be made by the end of April\n\nSince Jens Aamodt took over as COO at Target Co in January, he will want to see the numbers too.';
    expect(found(after).filter((r) => r.startsWith('claim.'))).not.toEqual([]);
    const under = "Want to make sure I got this right before I go build anything:\n\nYou're a 4-lawyer team and Jens Aamodt took over as COO in January.";
    expect(found(under).filter((r) => r.startsWith('claim.'))).toEqual([]);
  });

  shapes([
    // A rate card, a size, a notice of a file's length.
    ['internal.', 'Option C: Add Korean in-country review (USD 0.03/word), which Jun-ho asked about in March.'],
    ['internal.', '3. Word counts: we price on English source words, so the difference is not due to Korean being longer or shorter.'],
    ['internal.', '- Turn around short notices (under 500 words) within one business day'],
    ['internal.', 'A short, practical note for Target Co: our published list rates for interpreting go up by 4% for all clients on 1 April.'],
    ['internal.', 'Ourco localises Korean fintech products into US English. A few notes from that work:\n- US users expect plain-language disclosures.'],
    ['internal.', '1. 대시보드의 TODO 리스트: 검토 대기 중인 파일을 마감일 순으로 보여줍니다.'],
    ['internal.', "If budget is tight, we can drop the second reviewer for Target Co's internal-only documents."],
    ['internal.', "He mentioned that any new integration needs approval from their platform team, so it's worth allowing a few days for that."],
    ['internal.', "Please check the cost centre field – I left it blank as I don't have it."],
    ['internal.', "Note: this is our reading of the guidelines, not legal advice – for anything unclear, the Municipality's own helpline is the best source."],
    ['tone.', "The honest answer is that no translation provider can truthfully promise 100% accuracy, and I'd be wary of any that does."],
    ['tone.', "If your standard mutual NDA is easier for your legal team than ours, send it over and I'll get it signed this week."],
    ['tone.', "Once it's approved on your side, just send the signed PO back and we'll confirm the delivery date within one working day."],
    ['tone.', 'OPTION 2: MT + HUMAN REVIEW OF MACROS\nSame as Option 1, but we professionally translate your 150 most-used macros.'],
    ['claim.', "I listened to the replay of Target Co's Q4 earnings call, where your CFO said Asia-Pacific now accounts for around 40% of revenue."],
    ['claim.', '先日、御社のプレスリリースで、オハイオ州の新工場で来年から量産を開始される予定と拝見しました。'],
    ['claim.', "Your LinkedIn post last month about commissioning the new RO unit at Target Co's Ras Al Khaimah facility caught my eye – congratulations."],
    ['claim.', 'You may already have seen this: one of the larger membrane chemical suppliers announced in a press release last month that it is moving its GCC distribution to a new partner.'],
    ['claim.', "Hana Kassem from Target Co's Dubai office suggested I contact you."],
    ['claim.', 'Agenda:\n1. Quality scores for Q3\n2. Plans for the Korean product launch\n3. Any changes needed to the workflow'],
    ['claim.', "It's two days for finance teams, with about 40 sessions, including a CFO panel."],
    ['claim.', 'Revised quote attached, with the extra 40 locations in zone C and the three-year licence discount.'],
    ['claim.', 'Wishing you a restful break and a happy new year!'],
  ], [
    ['claim.', "I'd suggest we keep the agreement flexible, given that Target Co is now part of the Holmberg Group and may want to align suppliers across the group's sites."],
    ['claim.', 'In the meantime, since Target Co is opening the new Stavanger office in the new year, it might be worth a look at whether one supplier could cover both sites.'],
    ['claim.', 'With the staff cuts Target Co announced in February, I assume fewer floors are in daily use.'],
    ['internal.', "- R$ 890 per member a month (reminder: update this once the new rate card is out, it's probably going up)"],
    ['internal.', '- 12% de descuento sobre la tarifa de lista (aprobado por Helena hasta 20%, no bajar de 15% salvo que insistan)'],
    ['internal.', 'Note: we price on source words, check with finance before quoting.'],
    ['tone.', 'I had kept the whole hour clear and moved another meeting to make it work, but these things happen.'],
    ['tone.', "I've sent a few notes now, so I'll assume this simply hasn't been a priority on your side."],
    ['tone.', 'One thing to keep in mind: our board signs off the price list on Friday, and anything not signed by then will move to the new rates.'],
    ['tone.', "Whatever you decide, I promise you won't regret it; nobody ever has."],
    ['tone.', "I know big decisions like this can feel overwhelming, so I've narrowed it down to one option for you."],
    ['tone.', "Honestly, everyone who matters in the Montevideo tech scene will be there, and it would be noticed if Target Co wasn't."],
    ['tone.', 'Si en el tercer trimestre tu CFO pregunta por qué no bajaron los costos de oficina, conviene tener una respuesta preparada.'],
    ['tone.', 'Igual, no me gustaría que esto te caiga en enero cuando tu director pregunte por qué nadie miró alternativas.'],
    ['tone.', 'E, com a fiscalização sobre teletrabalho apertando, é melhor ter isso resolvido antes que alguém venha perguntar.'],
    ['tone.', 'The discount is not something I can promise past Friday, so sign now.'],
  ]);

  it('a boss asking why, in Spanish, is pressure only when it asks why nothing was done', () => {
    expect(found('Si tu CFO pregunta por qué elegimos este plan, te paso el desglose.').filter((r) => r.startsWith('tone.'))).toEqual([]);
  });
});

describe('thirty-ninth session: a polite last touch is no passive jab', () => {
  shapes([
    ['tone.', "I've sent a couple of notes about Ourco Subscribe and haven't heard back, so I'll assume this isn't a priority right now, which is entirely reasonable."],
    ['tone.', 'I will take it that this is not a priority at the moment, and I will not follow up further.'],
    ['tone.', "So I'll assume it isn't a priority for the trust this year. That's perfectly understandable."],
  ], []);
});

describe('thirty-ninth session, second round: shapes from fresh writers (ZA, ZB clean; ZC problems)', () => {
  shapes([
    ['claim.', "I read on the news page of your website that Target Co is opening a central kitchen in Thu Duc later this year. Congratulations, that's a big step."],
    ['claim.', 'I saw the public tender notice on the national e-procurement system for kitchen equipment supply at the new inpatient building, where Target Co is listed as the procuring entity.'],
    ['claim.', "Saw on Target Co's About page that you've grown from 40 to 130 people in two years. Nice going!"],
    ['claim.', 'Since you asked how big we are before taking things further with Target Co, here are the facts:\n\n- People: 320, with support teams in Toronto and London\n- Funding: US$40 million Series B, closed in 2025'],
    ['internal.', 'Note: combi ovens release a lot of steam, so check that the hood above the cooking line can handle it. Your HVAC contractor will know the extraction rate needed.'],
    ['internal.', "I'm afraid not. Hood and ducting installation is specialist HVAC work, and in Malaysia it also needs fire safety approval from Bomba."],
    ['internal.', "Note: the 8% term discount only applies to 36-month terms, so it's not included here."],
    ['internal.', 'We have one question for the question period: section 4.2 asks for "24/7 support in both official languages."'],
    ['internal.', "Not at all. We load your negotiated rates into the platform, and they show first in search results, marked with your company's name."],
    ['internal.', 'To answer the new question from your colleague: the certificates can be downloaded from the portal by serial number.'],
    ['tone.', 'I appreciate you taking the time to reply rather than leaving me hanging.'],
    ['tone.', "Recalibration is every 24 months, I think, but I'm not 100% sure, so I'll confirm with the lab."],
  ], [
    ['tone.', "I'd moved a customer visit in Basel to keep that slot free, but I know these things happen."],
    ['tone.', 'Most of the mid-sized pharma companies around Basel moved away from single-use EPS a while ago, so Target Co is one of the last ones we still see shipping that way.'],
    ['tone.', "I've sent a few emails about the logger pilot and haven't heard back, so I'll take it that looking after your shipments just isn't a priority at Target Co right now."],
    ['tone.', "No worries if the PCM side of things is new to you — it trips a lot of people up at first, so I'll keep it simple."],
    ['tone.', 'Are you still interested or not?'],
    ['tone.', 'Bei den aktuellen AGES-Inspektionen wäre mir persönlich ziemlich mulmig, wenn ich so etwas einem Inspektor erklären müsste.'],
    ['tone.', 'Ehrlich gesagt wundert es mich ein wenig, dass ein Unternehmen wie Target Co die Loggerdaten immer noch von Hand auswertet.'],
    ['tone.', "Swissmedic a durci le ton sur l'étalonnage ces derniers temps, et je ne voudrais pas que Target Co serve d'exemple lors de la prochaine inspection."],
    ['tone.', "Zowat al jullie collega's in de Kempen zijn vorig jaar al overgestapt; jullie zijn eigenlijk de laatsten die nog twijfelen."],
    ['internal.', '<<personalise: mention something from their annual report here>>'],
    ['internal.', 'Bitte vor dem Versand mit Martina klären, ob wir die kostenlose Nachkalibrierung wirklich anbieten dürfen.'],
    ['claim.', "Maintenant que Target Co a bouclé sa levée de fonds de série B, j'imagine que le passage à l'échelle de vos essais cliniques est au centre des priorités."],
    ['claim.', 'Seit Target Co Teil der neuen Gruppe ist, werden vermutlich auch die Verpackungsstandards konzernweit vereinheitlicht.'],
    ['claim.', 'Proficiat met de innovatieprijs die Target Co vorige maand in ontvangst nam — mooi resultaat voor het hele team.'],
  ]);

  it('a pushy subject: "Don\'t let … fall behind"', () => {
    expect(found('Here is the GDP checklist we discussed.', "Don't let Target Co fall behind on GDP").filter((r) => r.startsWith('tone.'))).not.toEqual([]);
  });
});

describe('thirty-ninth session, third round: shapes from fresh writers (BA, BB clean; BC problems)', () => {
  shapes([
    ['claim.', 'A bit of company news I wanted you to hear from me rather than read somewhere: Ourco has closed a S$40 million Series B round, led by Kestrel Growth Partners.'],
    ['claim.', 'You may have seen the announcement from Apex Lift Engineering last month that it is winding down its maintenance business in Taiwan by the end of the year.'],
    ['claim.', 'You may have seen in the Business Post that Brokerly announced it will stop servicing Irish clients with fewer than 100 employees from the end of the year.'],
    ['claim.', "Saw on LinkedIn that you're speaking at the HR Tech Meetup in Amsterdam on the 24th."],
    ['internal.', "I don't know whether Target Co uses Apex, so please ignore this if not."],
    ['tone.', "As I haven't heard back since my last note, I'll assume the owners' corporation has gone another way or that the timing isn't right, and I won't follow up further."],
    ['internal.', 'Current state: all 214 invoices have posted. Your AP team can confirm in Dynamics by filtering on batch ID OUR-0612-A.'],
    ['internal.', 'The case study is here: [insert case study link]'],
  ], [
    ['claim.', 'I saw that Target Co announced it will stop servicing clients with fewer than 100 employees.'],
    ['tone.', 'Si llega una auditoría y no pueden demostrar la trazabilidad de cada lote, el problema será de ustedes, no del proveedor.'],
    ['tone.', 'Desktop printers are great for hobbyists and the first sketches of an idea, but I suspect your team has outgrown them by now.'],
    ['tone.', "Je dois confirmer le planning machines demain matin, il me faudrait donc votre accord d'ici ce soir."],
    ['tone.', 'I went ahead and had our engineers do the DfAM review on the handle assembly over the weekend, so I hope it gets some use.'],
    ['tone.', "I realise I may not have made it onto your to-do list this month, so I'll keep this short."],
    ['tone.', 'If your CFO asks why prototyping costs are where they are, it would be good to have a clear answer ready.'],
    ['tone.', "I'm happy to explain the difference between SLS and MJF again, it can be a lot to take in."],
    ['tone.', "It's understandable to stick with a supplier out of habit, but at some point loyalty stops being a good reason."],
    ['internal.', 'Thanks for your request for the sensor brackets. [or Alex? check in HubSpot]'],
    ['internal.', "- Free reprints for any part that fails our dimensional inspection (only if they sign the 12-month contract - Kevin's rule)"],
    ['internal.', "Budget per Isabel's call: ~60k EUR, she can sign up to 25k without the board."],
    ['internal.', '2. A bottling plant near Seville that replaced cast guide parts with printed PA12 versions. [add link to the Seville case study once marketing publishes it]'],
  ]);
});

describe('thirty-ninth session, fourth round: shapes from fresh writers (BD, BE clean; BF problems)', () => {
  shapes([
    ['claim.', "Quick bit of news from our side: Ourco opened a new depot in Cluj-Napoca this month, with 120 trucks in stock.\n\nYou mentioned on our call that response times had been the sticking point. With the new depot, our standard response time for that area is now the same as in Bucharest."],
    ['claim.', '7. ABOUT OURCO\n- Over 350 museums and attractions in Spain, Italy and Greece\n- 140 staff, with offices in Madrid, Milan and Athens'],
    ['internal.', "We're happy to sign your NDA before you send anything."],
    ['internal.', 'Their post is here: visitaro.com/blog/v2-end-of-support'],
    ['internal.', "Note: we don't give legal advice."],
    ['tone.', "If the other offer still works out better for you after that, it's probably the right choice, and no hard feelings."],
  ], [
    ['claim.', 'You opened a new depot in Cluj last month, I hear. With the new depot, response times must be better.'],
    ['internal.', 'Would you like me to soften the intro before you send?'],
    ['internal.', 'Ourco Internal – Sales Use Only'],
    ['internal.', 'Hi Dana, [[contact.pain_point]] not found: fallback text used'],
    ['internal.', "Our standard onboarding fee is $4,500 (we usually waive it for anyone over 200 caregivers, but don't offer unless they push)."],
    ['tone.', "J'avais quand même bloqué la matinée et préparé une démonstration adaptée à Target Co, alors j'avoue que j'ai trouvé ça un peu dommage."],
    ['tone.', "Pour conserver ces conditions, il faudrait idéalement signer d'ici vendredi, car après cette date je ne peux plus rien vous garantir."],
    ['tone.', "À vrai dire, la plupart des agences de la région ont déjà fait le virage, et je ne voudrais pas que Target Co se retrouve parmi les dernières."],
    ['tone.', 'I know decisions can take a while at organisations like yours, but we have been talking since February.'],
    ['tone.', "Après tout le travail que notre équipe a mis dans votre implantation l'an dernier, j'avoue que j'espérais une réponse un peu plus rapide."],
    ['tone.', "Avec tout le respect, gérer près de 300 préposées avec un tableau blanc, ce n'est plus vraiment sérieux aujourd'hui."],
    ['tone.', 'At this point Target Co is one of the few large providers in south-east Queensland still doing it that way.'],
    ['tone.', "I'll keep it simple and just ask one question at a time, since I know things move a bit slower over at Target Co."],
    ['tone.', "Je ne voudrais simplement pas que votre conseil d'administration apprenne qu'une autre agence a réglé ce problème pendant que vous étiez encore en réflexion."],
    ['tone.', "I think once you've seen a proper scheduling system in action, you'll understand why the current way has felt so hard."],
    ['tone.', 'Je vous garantis que vos coordonnatrices gagneront au moins dix heures par semaine dès le premier mois.'],
    ['tone.', "I'm surprised a team as sharp as yours has put up with that system for so long."],
    ['tone.', "I know how it is, things come up, although I think that's the second time this month."],
  ]);
});

describe('thirty-ninth session, fifth round: shapes from fresh writers (BH clean; BI problems)', () => {
  shapes([
    ['internal.', "Note: we'll treat the gate data as confidential, and we delete it after the analysis unless you ask us to keep it."],
    ['internal.', 'HOW YOUR APPROVAL WORKS\nYou explained that a purchase of this size needs sign-off from the investment committee, which meets on the first Monday of each month.'],
    ['claim.', "I was at the Port Finance Forum in Amsterdam last month and heard your CFO, Ellen Bakker, talk about Target Co's plan to get more out of existing quay assets."],
    ['claim.', 'WHAT OURCO IS\nFounded in Oslo in 2014, 210 employees, 150 terminal customers, with offices in Oslo, Bergen, Hamburg and Rotterdam.'],
  ], [
    ['tone.', "I had blocked out the morning and pulled our product lead in specially, so I'll admit it was a bit of a shame, but let's find another time."],
    ['tone.', "I've sent a few notes over the past month and I appreciate it's not always easy to find a moment to reply; I'm sure they've just been buried."],
    ['tone.', "It's a tough thing to ask of people, and the longer the process at Target Co stays as it is, the more of those evenings they'll be giving up."],
    ['tone.', "Plenty of finance teams start out keying payments into the bank portal by hand; it's just that most grow out of it once they're past a handful of suppliers."],
    ['tone.', 'I appreciate decisions can move a little slower at Target Co than at some of the businesses we work with, so I\'ve tried to make this easy to say yes to.'],
    ['tone.', 'With the changes to payment rules coming in, businesses that haven\'t switched by the spring are likely to find themselves scrambling.'],
    ['tone.', "I did flag this back in March, for what it's worth, but better late than never."],
    ['tone.', "It's quite a simple product once it clicks, so don't worry if it felt like a lot on the call."],
    ['tone.', "Eerlik gesê, ek is verbaas dat 'n besigheid van julle grootte nog steeds met sigblaaie werk."],
    ['tone.', 'Ek sê dit nie om jou bang te maak nie, maar as julle mededingers hul kontantvloei eerste regkry, gaan hulle beter terme kan bied.'],
    ['internal.', '(swap in the Harbour Inns stat here once marketing sends it)'],
    ['internal.', '[Aoife: is the €250k limit still OK after credit review? If not, soften this]'],
    ['claim.', 'Comhghairdeas leat as an oifig nua a oscailt i nGaillimh — is léir go bhfuil Target Co ag fás go tapa.'],
    ['claim.', "Llongyfarchiadau ar agor y ffatri newydd yn Wrecsam — mae'n amlwg bod Target Co yn tyfu'n gyflym."],
    ['claim.', 'Baie geluk met die opening van julle vyftigste winkel — Target Co se groei die afgelope jaar is indrukwekkend.'],
  ]);

  it('a subject asking whether the reader is ready for the tax office to look', () => {
    expect(found('Here is the payments checklist.', 'Is Target Co ready for HMRC to look at your payments?').filter((r) => r.startsWith('tone.'))).not.toEqual([]);
  });
});

describe('thirty-ninth session: a joiner inside a word of a script that spells with it is no hidden text (BG)', () => {
  shapes([
    ['hidden.', 'ශ්‍රී ලංකාවේ අපගේ කණ්ඩායම ඔබට සහාය වනු ඇත.'],
    ['hidden.', 'আমাদের টিম কার্যালয়ে আসবে, ধন্যবাদ ক্ষ‍্মা।'],
  ], [
    ['hidden.', 'Please review the attached\u200dquote before Friday.'],
    ['hidden.', 'ශ්‍රී\u200b ලංකා'],
  ]);
});

describe('fortieth session: shapes from fresh writers (BJ, BK clean; BL problems)', () => {
  shapes([
    ['internal.', 'Setting up your templates:\n\n1. Upload the signed version of each document.\n2. Mark every field the signer fills in.\n3. Decide who must approve before sending, if anyone.'],
    ['internal.', 'The calendar invite has a unique meeting link for your team, so please do not forward it outside Target Co. If anyone else should join, just reply with their email.'],
    ['internal.', 'Year founded: 2017\nPayment terms: Net 30\nRemittance: ACH details are on our W-9 packet (attached); please confirm them by phone with our finance team before the first payment, as our policy requires.'],
    ['claim.', "- We've opened an office in Monterrey with 18 people, including 6 support engineers, so your Saltillo team now has Spanish-speaking support."],
    ['claim.', 'Our customer base went from 80 to over 200 fleets in eighteen months, so we have seen most set-ups.'],
    ['tone.', 'I know things move at their own pace in the public sector, so there is no rush from our side.'],
    ['tone.', "Sorry, I must have misunderstood what you meant about the pricing tiers; could you say which one you'd like quoted?"],
    ['tone.', "I've copied in Thabo, who runs our installations, since he'll be the one on site."],
  ], [
    ['tone.', 'Sizwe had moved another customer\'s session so he could be there to show the live demo we built around your fleet, so it would be good to make the next one count.'],
    ['tone.', "I appreciate that decisions move at their own speed at Target Co, so I've broken things into smaller steps this time:"],
    ['tone.', "I've kept this version light on the technical side so it doesn't go over anyone's head."],
    ['tone.', "I've copied in Mr Adebayo on this one so he's aware of where things stand, since I wasn't sure it was reaching the right desk."],
    ['tone.', 'The current batch of dashcams is nearly spoken for, so the sooner we have a signed order the better.'],
    ['tone.', 'Sorry, I must have misunderstood when you said last month this was a top priority.'],
    ['tone.', "Target Co is one of the few operators in Mombasa still without in-cab cameras, and it's starting to show in how shippers choose their hauliers."],
    ['tone.', 'I\'ll be honest, running a 200-truck fleet on a tracker that was outdated five years ago is not a good look for Target Co.'],
    ['tone.', 'Al die groot vervoerders in die Boland het reeds oorgeskakel; julle is eintlik van die laastes wat nog sonder kameras ry.'],
    ['internal.', 'Discount approved by Sibusiso 12/4, valid to end of month, max 10 units free install.'],
    ['claim.', 'Going from 80 to over 200 trucks in eighteen months is quite a run for Target Co.'],
    ['claim.', 'I know the retrenchments at Target Co have been tough, and I imagine the people who stayed are stretched.'],
  ]);
});

describe('fortieth session, second round: shapes from fresh writers (BM, BN clean; BO problems)', () => {
  shapes([
    ['internal.', 'A note for your planning: as published on our pricing page, list prices for new contracts will increase by 5% on 1 April 2026.'],
    ['claim.', "A small bit of happy news from our side: we won an award last week.\n\nThe announcement is here if you'd like to read it: https://ourco.com/news/asia-lab-tech-awards-2025"],
    ['claim.', "I read in Target Co's FY2024-25 annual report (the operations review section) that a second QC lab is planned to come online this year. Congratulations on the expansion."],
    ['claim.', "A quick one with some news from our side, because Target Co has been a big part of our year!\n\n- We've just passed 350 active clients across the UK and Ireland.\n- Headcount across the firm is 146, up from 118 a year ago."],
    ['claim.', 'A few things we have learned:\n- Relocation to Islay is the most common sticking point. We find it helps to discuss housing early.'],
    ['tone.', "Could we do Friday at 10:00 instead?\n\nThe shortlist pack is unchanged and will reach you tomorrow either way."],
    ['tone.', 'LAST 12 MONTHS AT A GLANCE\n\nSearches started          7\nCompleted                 6'],
    ['tone.', 'Your accounts payable team let us know that Target Co needs a purchase order before our first invoice can be paid. Could you raise a PO?'],
    ['placeholder.', 'Searches started          7\nPaused at your request    1\nAverage time to shortlist 6.5 weeks\nAppointees still in post  6 of 6'],
  ], [
    ['tone.', 'Honestly, running a 40-cover dining room on paper tickets and a spreadsheet is something most places stopped doing a long time ago.'],
    ['tone.', "Most of the places around you moved their ordering in-house over the winter, so I'd rather Target Co wasn't the one still handing 30% to the apps come summer."],
    ['tone.', "I'd really not want you to be the restaurant whose card terminals go quiet on a Saturday night because a form sat in someone's inbox."],
    ['tone.', "If you're happy handing that money to the apps every week, feel free to ignore this."],
    ['tone.', "As I said on the call (twice, I think), yes, it's included."],
    ['tone.', "I'll make a note to check back once Target Co is ready to take online ordering seriously."],
    ['tone.', 'I do appreciate that decisions take a bit longer at Target Co than at most of the groups we work with.'],
    ['tone.', 'E sinceramente non vorrei che al prossimo controllo della Guardia di Finanza vi trovassero ancora con il vecchio sistema.'],
    ['tone.', 'No me gustaría nada que Target Co acabara pagando una sanción por llegar tarde a Verifactu, sobre todo cuando el cambio es tan sencillo.'],
    ['internal.', 'P.S. Hugo approved up to 20% on this one - open at 10% and keep the rest in reserve.'],
    ['internal.', 'Aguarda aprovação do diretor comercial antes de enviar.'],
    ['claim.', 'Congratulations on opening the third Target Co in Cais do Sodré, three sites in under two years is no small thing.'],
    ['claim.', 'Com a entrada da Target Co na Euronext Lisboa prevista para o outono, imagino que a pressão por números consolidados seja cada vez maior.'],
    ['claim.', "Now that Target Co serves over a million covers a year, I'd guess even small reporting gaps add up to real money."],
    ['claim.', "Visto che Target Co sta per aprire dieci nuovi locali in Lombardia entro l'anno, immagino che la gestione dei menu sia un tema caldo."],
  ]);
});

describe('fortieth session, third round: shapes from fresh writers (BP, BQ clean; BR problems)', () => {
  shapes([
    ['claim.', "From the admin side I can see you've imported 25 employees and run one test payroll, which is a great start."],
    ['claim.', 'For 45 employees on Payroll Core with HR Plus, that works out as:\nPLN 34 x 45 = PLN 1,530 per month at list price'],
    ['claim.', "Thanks for your comments on our proposal. I've updated it as you asked:\n\n- Headcount changed from 120 to 105 employees\n- Annual prepayment selected"],
    ['claim.', 'Your customer and carrier imports are done: 412 customers and 2,318 carriers are now in Ourco.'],
    ['claim.', 'As the RFI requested, our response covers:\n1. Company profile: founded 2014, 260 employees, offices in Columbus, Toronto and Montréal.\n2. Hosting: Canadian data residency.'],
    ['tone.', "No software vendor can honestly promise it'll never go down, and we won't either. What we do offer is a contractual service level."],
    ['internal.', "Our customer agreement says this in section 7.3, and I'm happy to point your counsel to the exact wording."],
    ['link.', 'The carrier rules are on the Transport Canada site: https://tc.canada.ca/en/road-transportation'],
  ], [
    ['tone.', "I'd blocked out the morning and pulled together a first read of Target Co's channel mix from the public data, so I was a little disappointed we couldn't go through it together."],
    ['tone.', "Most teams at Target Co's size have usually grown out of it by now, though."],
    ['tone.', "For context, most brands we speak with take about a week to go from demo to pilot, so Target Co is on a slightly slower track than usual, but there's no rush from my side."],
    ['tone.', "Given how active the CNIL has been with e-commerce sites lately, I'd be nervous running Target Co's current tracking setup for much longer without a proper review."],
    ['tone.', "Once you've made those shifts, you'll hit your CAC targets for the year, and that part I can promise you."],
    ['tone.', "I suppose it depends how sophisticated you want the team's reporting to be."],
    ['tone.', "You'll come out of it with a clear list of budget shifts, and I'm confident enough to say they'll pay for the subscription several times over in the first quarter."],
    ['tone.', 'If €1,290 a month is a stretch for Target Co right now, our Starter plan might be a better match for where you are as a business.'],
    ['tone.', 'Jullie grootste concurrenten sturen hun budgetten intussen bij, en ik zou niet graag zien dat jullie daardoor stilaan terrein verliezen.'],
    ['claim.', 'Nu Target Co de overname van Velo Verde heeft afgerond, zitten jullie waarschijnlijk met twee webshops.'],
    ['claim.', "Depuis la fusion de Target Co avec Les Ateliers Sorel, j'imagine que vos équipes jonglent entre deux piles d'outils."],
    ['claim.', "Avec l'arrivée d'un nouveau directeur général chez Target Co en septembre, je suppose que beaucoup de choses sont remises à plat."],
    ['claim.', 'Na de afslankingsoperatie bij Target Co eerder dit jaar moet het marketingteam waarschijnlijk met minder mensen hetzelfde werk doen.'],
    ['internal.', '[insert one specific detail from their LinkedIn here to personalise]'],
    ['internal.', '(check with Inès she has capacity for another account before confirming)'],
    ['internal.', "(we're covering it out of the Q2 field marketing budget, so keep total registrations under 40)"],
    ['internal.', 'The pilot covers [XX — get final number from Daniel before sending] stores.'],
  ]);
});

describe('fortieth session, fourth round: shapes from fresh writers (BS, BT clean; BU problems)', () => {
  shapes([
    ['tone.', "What we can't do: host your data on your own premises. If that's a hard requirement for your legal team, better you hear it from me now."],
    ['tone.', 'WHAT WE SHOWED\n- the portal reporting view\n\nQUESTIONS WE OWE YOU\n- whether we can monitor your legacy Oracle servers'],
    ['tone.', 'FINAL STATUS\n- Endpoints reporting: 1,486 of 1,492\n- Log sources connected: 9 of 9'],
    ['tone.', 'ENGLISH FOR FINANCE: RUNNING A MONTH-END CALL WITH HEADQUARTERS\nThursday, 17 October, 11:00–11:45 (Mexico City time)'],
    ['tone.', "A friendly reminder that placement tests for Target Co's second cohort close this Friday at 18:00, so we can build groups over the weekend for a Monday start."],
    ['internal.', 'هذه متابعة سريعة لسير عملية التفعيل.\n\nملاحظة: يمكنكم متابعة جميع التنبيهات من البوابة.'],
    ['internal.', "Note: we never need an admin password from your side. If anyone asks you for one claiming to be from Ourco, please don't send it and let us know."],
    ['internal.', 'LANGUAGE SKILLS AND INTERNAL MOBILITY\nThursday, 22 May, 18:30–21:00'],
    ['hidden.', 'الأسعار المنشورة على موقعنا هي:\n- باقة MDR Essentials: \u200f22 ريالًا لكل جهاز شهريًا'],
    ['claim.', "Here's the onboarding checklist:\n\n[x] Contract signed\n[x] Learner list received (75 people)\n[ ] SSO configured"],
    ['claim.', "Short and simple, as you asked:\n\n- 12 people on Crest Plus (group classes + two 1:1 sessions a month)\n\nWith 12 people there's no volume discount, and since you preferred monthly billing, the rate stays as listed."],
  ], [
    ['tone.', "For what it's worth, I'd blocked out the whole afternoon and had our solutions engineer pull together a demo using the drawings your team sent over, so it would be great to get that in front of you properly."],
    ['tone.', "With the Regulator stepping up its gateway checks, I'd hate for Target Co to be the contractor that can't produce the records when an inspector asks for them."],
    ['tone.', "I appreciate that change can take a bit longer at a family firm like Target Co, so I've kept the proposal deliberately simple."],
    ['tone.', "To be upfront, we're only taking on three new customers in Northern Ireland this year so we can support them properly, and two of those places have already gone."],
    ['tone.', "I've kept the summary light on jargon, so it should be easy enough to follow even if you're not especially technical."],
    ['tone.', "No problem at all, I'll make a note that Target Co wasn't ready this time and we can pick it up whenever things settle down for you, if they ever do!"],
    ['tone.', "Pretty much every contractor on the framework is on a system like it now, so for Target Co it's really a question of when, not whether."],
    ['tone.', "Bydd y cynnig hwn yn diflannu am byth os na chawn ni ateb gennych chi erbyn dydd Gwener."],
    ['internal.', 'Nodyn: gwirio gyda Priya a allwn ni gynnig y gostyngiad addysg cyn anfon hwn.'],
    ['internal.', '[Nóta: seiceáil le Máire an féidir linn an lascaine seo a thairiscint sula seolfar é]'],
    ['internal.', "Here's a polished version of your email with a friendlier opening and a clearer call to action:\n\nHi Dana, I hope you're well."],
    ['claim.', 'With your order book up around 40% on last year, Target Co must be taking on new site managers faster than you can train them.'],
    ['claim.', 'Llongyfarchiadau mawr ar ennill gwobr Contractwr y Flwyddyn yng Ngwobrau Adeiladu Cymru eleni.'],
  ]);
});

describe('fortieth session, fifth round: shapes from fresh writers (BV clean; BW problems)', () => {
  shapes([
    ['tone.', 'This proposal is valid until 30 September 2025. Separately, our list prices change on 1 January 2026 for all new contracts; a contract signed before then keeps these rates for its full term.'],
    ['internal.', "Two caveats:\n- Daily accuracy is always much higher than interval accuracy, so be careful comparing us with vendors who quote daily figures."],
    ['internal.', 'Here are the two options side by side:\n\n                          Option 1: Core, then Pro     Option 2: Pro both years\nYear 1 licence (PHP)      4,093,740 (Core)             6,032,880 (Pro)'],
  ], [
    ['tone.', "Honestly, running HVAC maintenance off a shared spreadsheet is something most facilities teams grew out of a while ago, but it's an easy thing to fix."],
    ['tone.', "With the EPA paying closer attention to refrigerant leak records, I'd hate for Target Co to be the building they decide to make an example of this year."],
    ['tone.', 'Our technician capacity in the Tampa market is almost fully committed for next year, so renewals that come in after the 15th may end up on a waitlist.'],
    ['tone.', "It's pitched at an intro level, so it should be a comfortable starting point even if building automation isn't really your team's thing yet."],
    ['tone.', "I'll keep the technical side light, since I know mechanical systems aren't really your area."],
    ['tone.', "I know larger organizations can take a while to get comfortable with new ideas, so I've kept this as simple as possible."],
    ['tone.', "Totally understand. It's a lot of extra work for your team, but some people like to be thorough."],
    ['tone.', "Insurers have started denying claims when there's no maintenance record on file, and I'd hate for Target Co to find that out the hard way."],
    ['tone.', "No rush, of course. I've only been holding these installation dates for you since March."],
    ['tone.', 'Solo podemos sostener esta tarifa si firman antes del viernes, así que le recomiendo no dejarlo pasar.'],
    ['tone.', 'Le he escrito varias veces y entiendo que esté ocupado, pero me sorprende no haber recibido ni una respuesta breve.'],
    ['tone.', 'Le garantizo que con nuestro programa no tendrá ni una sola queja de temperatura de sus inquilinos este verano.'],
    ['internal.', '[Account notes] Champion: Luis (Ops Mgr). Blocker: procurement. Budget confirmed at $85k.'],
  ]);

  it('a subject that guarantees a saving', () => {
    expect(found('Here is the maintenance plan.', 'Guaranteed 25% lower HVAC costs for Target Co').filter((r) => r.startsWith('tone.'))).not.toEqual([]);
  });
});

describe('fortieth session: a direction mark serves a right-to-left line only', () => {
  shapes([
    ['hidden.', 'الأسعار المنشورة على موقعنا هي:\n- باقة MDR Essentials: \u200f22 ريالًا لكل جهاز شهريًا'],
  ], [
    // The mark itself is no right-to-left letter: in an English line it hides (the holdout's hidden-text drafts).
    ['hidden.', 'We can start\u061C with a read-only trial so nothing changes in your current sending.'],
    ['hidden.', 'Pricing is \u200f22 per seat.'],
  ]);
});

describe('fortieth session, sixth round: shapes from fresh writers (BX clean; BZ problems)', () => {
  shapes([
    ['internal.', "You may have seen that Bellwether Roasters are winding up their wholesale business. I know a few Perth cafés use them, and I wasn't sure whether Target Co was one of them."],
    ['internal.', '3. Who can access it?\nOur customer service, delivery and finance staff, on a need-to-know basis.'],
    ['tone.', 'KPIs YOU ASKED ABOUT\nYou mentioned your workplace team reports on a few KPIs each quarter.'],
    ['tone.', 'INSURANCE: Public and product liability of $20 million.\n\nWORK HEALTH AND SAFETY: We have a documented WHS management system.'],
    ['claim.', "- Queueing: each machine makes a milk coffee in about 45 seconds. With 220 people on the floor, we'd suggest two machines."],
  ], [
    ['tone.', "I know decisions at Target Co tend to take a while, so I've tried to make this one as easy as possible."],
    ['tone.', "It's an easy thing to miss if you haven't worked with bonded warehouses before, so I've spelled it out below:"],
    ['tone.', 'To be fair, paper lists do the job as long as nobody is actually measuring accuracy.'],
    ['tone.', 'No problem at all; I understand not every company is ready to think long-term about its logistics.'],
    ['tone.', "Thanks for letting me know about Wednesday, and no problem. Third time's the charm, as they say."],
    ['tone.', 'Das Angebot gilt allerdings nur bis Ende dieser Woche, danach können wir die Konditionen leider nicht mehr halten.'],
    ['tone.', "Je dois toutefois vous demander une réponse d'ici vendredi, faute de quoi nous devrons attribuer ces emplacements à un autre client."],
    ['tone.', 'Ehrlich gesagt wundert es mich ein wenig, dass das Thema bei Ihnen noch nicht höher auf der Agenda steht.'],
    ['internal.', 'We can offer a free first month of storage [not approved yet, ask Ralf] as part of the onboarding.'],
    ['internal.', 'Bitte vor dem Versand entfernen: Kunde hat angedeutet, dass das Angebot von DHL günstiger ist.'],
    ['claim.', "Con l'apertura del nuovo stabilimento di Target Co a Mendrisio, immagino che stiate riorganizzando anche la logistica."],
    ['claim.', 'Seit Herr Berger die Geschäftsführung von Target Co übernommen hat, steht vermutlich auch die Logistik neu auf dem Prüfstand.'],
  ]);
});

describe('forty-first session, first round: shapes from fresh writers (AA, AB clean; AC problems)', () => {
  shapes([
    ['claim.', 'Below is the company information requested in section 2 of your request for proposal.\n\n2.3 Employees: 140, of whom 62 are field service engineers.'],
    ['claim.', 'Date              | Time          | Branch        | Who\nMon 22 September  | 9:00–11:00    | Nyali         | Branch manager + 2 staff'],
    ['claim.', 'Because Target Co has more than 10 branches, the standard 10% volume discount applies to it as well.'],
    ['claim.', 'Opening several branches at once usually means a lot of stock moving between sites at the start.'],
    ["claim.", "I can't advise on the regulatory side of opening in Ghana, such as Pharmacy Council licensing."],
    ['claim.', "I was at the Ghana Health Finance Forum in Accra last month and heard Mr Ampofo, Target Co's CFO, speak on the retail panel."],
    ['internal.', 'A few practical notes for Target Co:\n- You will need your own Till or Paybill number from Safaricom.'],
    ['tone.', 'I still think they are the better choice for you, but the decision is yours.'],
  ], [
    ['tone.', "If the lenders' technical advisor picks up the soiling losses in this review, that's not a conversation you want to be having without an answer ready."],
    ['tone.', 'At this point, almost every large IPP in the Kingdom has moved to robotic cleaning, and Target Co is one of the few names still left on our list.'],
    ['tone.', 'I did hold the slot open and waited about 25 minutes on the link, but no worries at all, these things happen.'],
    ['tone.', "I've sent a few of these now, so I'll assume the earlier ones got buried rather than ignored."],
    ['tone.', "It's a common slip, and an easy one to miss if you haven't run a desert site through a full summer before."],
    ['tone.', 'You can tell the board with complete confidence that annual output at Target Co will rise by at least 6% once our fleet is running.'],
    ['tone.', "P.S. I'll take it as a good sign that you've opened the last email four times :)"],
    ['tone.', "I know our meeting probably wasn't at the top of the list that day."],
    ['tone.', "It's been eight months since we first spoke about robotic cleaning for your rooftop portfolio, which is a long time in this market."],
    ['tone.', "If the grid operator's inspectors see panels in that state at their next visit, Target Co is going to be in real trouble."],
    ['tone.', "I know large organisations can take a while to get moving on new technology, so there's genuinely no pressure from our side."],
    ['tone.', 'القائمة ستُغلق غدًا صباحًا، وبعدها لا أستطيع أن أضمن لكم أي مقعد.'],
    ['tone.', 'ونحن نضمن لكم زيادة في الإنتاج السنوي لا تقل عن 8% منذ الصيف الأول، مهما كانت ظروف الغبار.'],
    ['internal.', 'سري – للاستخدام الداخلي فقط'],
    ['internal.', '- A 6% reduction on the annual service fee (max we can go here is 8% - keep the last 2% in reserve)'],
    ['claim.', 'بعد حصول Target Co على جولة التمويل الجديدة هذا الصيف، أتوقع أن لديكم خططًا طموحة.'],
  ]);

  it('an introduction: what the paragraph said to the introduced colleague tells about the reader is the introduction', () => {
    const intro = "Julien, as promised, I would like to introduce Elise Dubois, who leads our service team for Wallonia.\n\nElise has been with Ourco for nine years.\n\nElise, Julien manages facilities for Target Co. He prefers email for planning and a phone call for anything urgent.";
    expect(found(intro).filter((r) => r.startsWith('internal.'))).toEqual([]);
    // The same paragraph with nobody introduced is a note about the reader for a colleague.
    const note = "Thanks for the call today.\n\nElise, Julien manages facilities for Target Co. He prefers email for planning and a phone call for anything urgent.";
    expect(found(note).filter((r) => r.startsWith('internal.'))).not.toEqual([]);
  });

  it('the fold drops Arabic vowel marks and tatweel, keeping offsets', async () => {
    const { foldText, toSource } = await import('../../../src/detect/normalize.js');
    const t = foldText('ستُغلق غدًا');
    expect(t.folded).toBe('ستغلق غدا');
    const at = t.folded.indexOf('غدا');
    expect(toSource(t, at, at + 3)).toEqual({ start: 7, end: 11 });
  });
});

describe('forty-first session, second round: shapes from fresh writers (AD, AE clean; AF problems)', () => {
  shapes([
    ['tone.', "Here's what usually migrates cleanly, and what doesn't:\n\nCAN MIGRATE\n- Stops (locations and names)\n\nCAN'T MIGRATE (OR ISN'T WORTH IT)\n- Historical GPS tracks, since formats differ"],
    ['tone.', "I'd be careful about anyone who guarantees that. On-time performance depends on things no software controls."],
    ['tone.', "I'm writing ahead of your renewal on October 31. Your price lock ends this year, so the new rate applies from November."],
    ['internal.', "Now that the agreement is signed, I'd like to introduce Tom Nguyen, who will lead your implementation.\n\nTom, Dana runs routing for Target Co and will be your day-to-day contact. Her goal is to have tier 1 routes ready for review by July 15."],
  ], [
    ['tone.', "I dialled in at 10 as planned and hung on for a good fifteen minutes in case you were held up in consults, so I've had to shuffle the rest of my morning around a bit."],
    ['tone.', "Having seen how that's set up at the moment, I'd be genuinely nervous walking into your next PSS assessment with it."],
    ['tone.', "Your nurses have been patient with the current system for a long time, and I think they've earned better than another year of workarounds."],
    ['tone.', "I appreciate that bigger decisions take Target Co a little longer than most, so I've tried to keep this as simple as possible."],
    ['tone.', "I know change can feel daunting for a smaller, more traditional practice like Target Co, but it really isn't rocket science."],
    ['tone.', "I've put together a really simple one-page summary, since I know the detailed spec can be a lot to take in."],
    ['tone.', 'If the partners ever ask why the renewal went through without anyone looking at alternatives, it might be worth having an answer ready.'],
    ['tone.', "I'd be surprised if the new corporate practice opening on the high street isn't offering online booking from day one."],
    ['tone.', "Dim ond tan ddiwedd y mis y gallwn ni gynnig y pris hwn, felly byddai'n well penderfynu'n fuan."],
    ['internal.', "(Karen told me privately they're unhappy with the current supplier's support and the contract ends in June, so lean on this)"],
    ['internal.', 'Last contact 12 Feb - DM on mat leave until May, speak to locum PM in the meantime.'],
    ['internal.', 'Approved by: waiting on Mark'],
    ['internal.', 'Budget confirmed verbally - £22k. Decision maker: Dr Ahmed. Next step: send contract.'],
    ['internal.', "[Nodyn i Dafydd: gwirio'r pris gyda'r tîm cyllid cyn anfon]"],
    ['internal.', 'Discount approved by Sarah up to 20%, offering 12% first.'],
    ['claim.', "I saw that you've stepped up as clinical director at Target Co, and wanted to reach out with a quick introduction."],
    ['claim.', 'Now that Target Co is part of a group with more than 60 practices, I imagine procurement decisions are being made quite differently.'],
    ['claim.', "Chuala mé go bhfuil sibh ag oscailt an dara brainse i gCill Chainnigh san fhómhar."],
  ]);
});

describe('forty-first session, third round: shapes from fresh writers (AG, AH clean; AI problems)', () => {
  shapes([
    ['claim.', 'I saw on the Target Co careers page that you are hiring around 40 warehouse operatives for the new Stryków site.'],
    ['claim.', 'As requested, here are three customers who have agreed to take a reference call:\n\n1. AutoCom Piese, Pitești: automotive, 1,100 employees, footwear and gloves. Contact: Simona Enache.'],
    ['claim.', "Here's the plan we discussed:\n\nPILOT SCOPE\n- Line 2 at the Oradea plant, about 60 people\n- 6 weeks, starting after your stocktake"],
    ['internal.', 'Your contract reference is STG-HU-2026-031.\n\nIf anything is unclear, I\'m always reachable on the number below.'],
    ['internal.', "I don't know Target Co's current setup, so I won't make assumptions."],
    ['internal.', "Here's the annual review checklist I mentioned.\n\nANNUAL PPE REVIEW – CHECKLIST\n[ ] Risk assessment updated for each workstation\n[ ] Glove spec matches tasks (EN 388 cut level, EN ISO 374 if chemicals)\n[ ] Replacement intervals reviewed against actual wear"],
    ['tone.', "There may well be a good reason for that, such as a contract rate you've committed to, so please don't read this as a criticism."],
  ], [
    ['tone.', 'Honestly, most of the respiratory sponsors we talk to have already moved recruitment to a partner like us, so keeping it in-house is getting harder to justify to leadership.'],
    ['tone.', "Nine of the ten largest sponsors in obesity already work with a dedicated recruitment partner; I'd hate to see Target Co be the exception."],
    ['tone.', "I'm happy to go through the numbers slowly on a call if that's easier; the screen failure math trips a lot of people up."],
    ['tone.', 'Meanwhile, the other sponsor running a similar study in your cities finished enrolling last month, if that tells you anything about where the patients are going.'],
    ['tone.', "Franchement, Target Co est l'un des derniers promoteurs au Québec à gérer encore tout son recrutement à l'interne."],
    ['tone.', "Chaque semaine de retard, ce sont des patients qui attendent un traitement auquel ils pourraient avoir accès."],
    ['tone.', "Je sais que ce n'est pas toujours évident pour une petite équipe comme la vôtre de suivre le rythme des grands promoteurs."],
    ['claim.', 'Target Co has nearly doubled to 400 people over the past year, and that is usually when the processes that worked at 200 start to creak.'],
    ["claim.", "After the $40 million raise in January, I'd expect Target Co is moving quickly on the two rare disease programs."],
    ['claim.', 'With Target Co now ranked among the top five site networks in the Southeast, I imagine sponsors are lining up.'],
    ['claim.', 'Sé que después de los despidos de enero el equipo de coordinadores de Target Co quedó bastante reducido.'],
  ]);
});

describe('forty-first session, fourth round: shapes from fresh writers (AJ, AK clean; AL problems)', () => {
  shapes([
    ['claim.', 'We closed our Series B last week. The full announcement is at https://ourco.com/news/series-b\n\nWhat it means for customers and prospects like Target Co:\n- More local support staff in Mexico City\n- A new office in Monterrey opening this autumn'],
    ['claim.', "Here's what's new this quarter:\n\nNEW\n- NetSuite connector, now generally available\n- Toll tags in Mexico, managed on the same platform"],
    ['claim.', "I saw El Mercurio's article on Monday about Target Co's new cold-storage hub in Puerto Montt. Congratulations to the whole team!"],
    ['claim.', "I caught your CFO David's talk at SaaStock Local in Manchester last month, where he mentioned Target Co is now selling into NHS trusts."],
    ['claim.', "Thanks for telling me. Acquisitions like that don't change your existing policies."],
    ['claim.', 'Under the Insurance Act 2015, businesses buying insurance have a duty of fair presentation.'],
    ['claim.', "Loved the trailer for your new title on Target Co's YouTube channel. The art style is gorgeous!"],
    ['claim.', 'Thanks for the proposal form. As a five-person team with about £600k revenue, Target Co fits our Starter plan.'],
    ['claim.', 'A quick bit of news from us: Ourco has opened an office in Bristol, our fourth after Manchester and London.', 'New office in Bristol!'],
  ], [
    ['tone.', "Our import allocation for this model closes on the 30th, so if Target Co doesn't confirm by then, the next one may not arrive until well into next year."],
    ['tone.', "On these figures the Q5 will pay for itself within six months, and I'm happy to put that in writing."],
    ['tone.', "Cartridge prices for new customers are likely to go up quite sharply next quarter, so anything Target Co signs now would be protected."],
    ['tone.', "I hope it works out as well as you expect — do keep my number handy in case it doesn't."],
    ['tone.', "We've put a lot into this one — two engineers, a clinical specialist for a week and three demo units — so it would mean a great deal to hear which way you're leaning."],
    ['tone.', "If Target Co is still sending every HbA1c to the hub next year, I don't see how you stay competitive, and I suspect your investors won't either."],
    ['internal.', 'P.S. Sneha — only 30 seats, so prioritise the big hospital groups if it fills up; Karthik is a nice-to-have.'],
    ['internal.', '(विक्रम — 10% से ज़्यादा छूट मत देना, राजीव सर ने मना किया है।)'],
    ['claim.', 'Growing from 20 to 45 channelling centres in eighteen months is a huge achievement for Target Co.'],
    ['claim.', "We'd love to help staff the new office in Bristol.", 'Your new office in Bristol!'],
  ]);

  it("in a reply, a colleague's note in a quoted block is still a leak (tried and undone: quoted lines are not all the reader's)", () => {
    const body = "Happy to send the figures.\n\n> From: Priya Shah (internal)\n> Don't mention the outage last week unless they ask.";
    expect(found(body, 'Re: Figures').filter((r) => r.startsWith('internal.'))).not.toEqual([]);
  });

  it('a Welsh thanks opening the subject is no greeting to somebody else', () => {
    const body = "Helo Dana,\n\nDiolch am anfon y ffurflen gynnig wedi'i llenwi.\n\nCofion,\nSam";
    expect(scanEmail(body, "Diolch, a'r camau nesaf").filter((f) => (f.rule as string).startsWith('recipient.'))).toEqual([]);
  });
});

describe('forty-first session, fifth round: shapes from fresh writers (AM, AN clean; AO problems)', () => {
  shapes([
    ['tone.', 'Full announcement: ourco.com/news/series-b\n\nNothing to do on your end; I just wanted you to hear it from me.'],
    ['tone.', "4. WHAT HAPPENS TO MEMBERS' DATA?\nEach member owns their field data.\n\n5. WHAT CAN'T YOU DO?\nWe don't fly at night."],
    ['internal.', 'AFTER THE JOB\n- The report appears in the portal within 24 hours.\n- Add follow-ups to the field\'s TODO list so scouting tasks don\'t get lost.'],
    ['internal.', 'As requested, two customers have agreed to speak with you:\n\n1. Grace Nguyen, Head of Legal Operations, Kestrel Logistics. Six-person team, moved from email intake about 18 months ago.'],
    ['claim.', "We've closed a Series B and we're opening a Melbourne office.\n\nWhat it means for you in practice:\n- More product investment. The Outlook add-in is planned for this year."],
    ['claim.', "We're hosting a small breakfast for heads of legal ops on Thursday. About 20 people, no slides, just a round-table on building a business case."],
    ['placeholder.', 'A few tips from other migrations:\n- Dates: DD/MM/YYYY format.\n- Status: stick to Open, On hold or Closed.'],
  ], [
    ['tone.', 'No pressure at all, I know some teams need a bit more time to get through these things than others.'],
    ['tone.', "Guests compare notes online, and I'd hate to see Target Co keep losing weekend bookings to the place across the street over something as fixable as restroom upkeep."],
    ['tone.', "Our estimator spent most of last week building out the scope, so I'll keep trying a little longer, since I'd rather not go back and tell her all that work went nowhere."],
    ['tone.', "I was on the line at 2:00 as planned; I'm sure something important came up on your end."],
    ['tone.', "One slip-and-fall claim would cost Target Co more than ten years of our service, and that's usually the moment people wish they'd switched sooner."],
    ['tone.', "Tenants notice these things long before they mention them, and by the time they do, they've usually already toured somewhere else."],
    ['tone.', "I understand things come up; I'd just moved two other client meetings around to make our 10:00 work."],
    ['tone.', "It's a lot for one person to stay on top of, especially without a facilities background."],
    ['tone.', 'Glad the current vendor is working out for Target Co, for now anyway.'],
    ['tone.', 'Si no firmamos esta semana, tendremos que darle su lugar a otro cliente que está esperando.'],
    ['internal.', 'I thought you might find our work with [CLIENT NAME – pick one from the healthcare list] helpful.'],
    ['internal.', 'Our team has worked with over 200 schools (is it 200? Chris had 150 in the deck) across the state.'],
    ['internal.', 'Aquí tienes una versión más formal del correo, como pediste:'],
    ['claim.', 'Con la apertura de sus tres nuevas clínicas en el Valle de San Fernando este año, me imagino que están buscando un proveedor.'],
    ['claim.', "With Target Co and Redwood Property Group combining portfolios, you're probably looking at two very different sets of cleaning contracts."],
  ]);
});

describe('forty-first session, sixth round: shapes from fresh writers (AP, AQ, JG clean; AR, JH problems)', () => {
  shapes([
    ['claim.', "I saw Target Co's press release from March about opening your third hospital in Boise. Congratulations!\n\nNew locations are usually the easiest place to set up diagnostics the way you want them from day one."],
    ['tone.', 'Ask our finance team about a 60-month lease instead of 48. That would lower the monthly payment, but you\'d pay more over the full term.'],
    ['internal.', "It's also worth checking what's included in the other quote (training, loaners, software), since those vary a lot between vendors."],
    ['tone.', "Thanks to you and the team for a lively demo this morning.\n\nFEATURES YOU WANTED TO SEE AGAIN\n- Results: abnormal results stay on the doctor's list until reviewed."],
    ['claim.', "A bit of good news from our side: Ourco has been named Provider of the Year.\n\nAwards aren't a reason to buy anything, of course, but since you are evaluating providers I thought you might like to know."],
    ['tone.', "If it's just sitting in a queue behind more urgent things, no worries at all."],
    ['claim.', 'You asked on Friday for some context on Ourco before you take this to your management team. Here you go:\n\n- Founded 2015 in Cologne\n- 180 employees, offices in Cologne, Berlin, Vienna and Zurich\n- Series B funding of EUR 24m in 2025, led by Nordlicht Ventures'],
    ['tone.', 'Anyone who guarantees a fixed percentage before testing your water is taking a guess.'],
  ], [
    ['tone.', "I dialled in for our 2pm on Tuesday and waited on the line for about a quarter of an hour — I'd cleared the afternoon to prepare for it, so a quick note next time would be appreciated."],
    ['tone.', 'To answer your question directly: you will cut your travel spend by at least 20% in the first six months.'],
    ['tone.', 'I understand these things take time, though to be honest, three months to review a two-page agreement is on the slow side compared with most companies we work with.'],
    ['tone.', "I'm happy to put together a simpler version of the comparison if the full one is a lot to take in."],
    ['tone.', 'Still nothing?'],
    ['tone.', "You mentioned your MD was hoping to have travel sorted by Q3 — I'd hate for it to look as though it stalled on your desk."],
    ['tone.', 'With respect, it was clearly built for a different decade, and I think your travellers deserve something better than that.'],
    ['tone.', "I had blocked the whole afternoon and brought our solutions engineer over from Lisbon specially, so I'll admit it stung a little when nobody joined, but these things happen."],
    ['tone.', "I was surprised, to be honest, that a business of Target Co's size is still relying on spreadsheets emailed out to each store."],
    ['tone.', "If the Q3 numbers come in short again, I'd rather you had this in your back pocket when your director asks what was tried."],
    ['tone.', "No judgement, of course; I know change isn't easy for more traditional businesses like yours."],
    ['tone.', 'Vrijwel alle vergelijkbare kantoren in de Randstad zijn inmiddels overgestapt, dus Target Co loopt daar eerlijk gezegd een beetje achter.'],
    ['tone.', 'Os garantizo que recuperaréis la inversión en menos de un año.'],
    ['internal.', '[Sequence: Q2 UK Finance Leaders – step 3 of 5. If no reply in 4 days, move to nurture list]'],
    ['claim.', "Avec l'ouverture du nouveau site de Target Co à Toulouse, j'imagine que les allers-retours entre Paris et le Sud-Ouest se sont intensifiés."],
  ]);
});

describe('forty-first session, seventh round: shapes from fresh writers (AS, AT clean; AU problems)', () => {
  shapes([
    ['internal.', 'Reminder from your packet: the first review is due in week two.'],
    ['internal.', 'I\'ve deliberately left the "time saved" percentage for you to fill in. Customers report a wide range.'],
    ['tone.deadline', 'Our real-time loggers flag an excursion while the shipment is still moving, which gives your team a chance to act before the product arrives.'],
    ['tone.', 'I\'ve reached out a few times about temperature monitoring at Target Co. I\'ll take the silence as "not now", and that\'s perfectly fine.'],
    ['tone.', 'There\'s no "guaranteed savings" line, on purpose. It\'s a planning tool, not a promise.'],
    ['claim.', 'For context, some figures Hanne may refer to:\n- Series B of €18M closed in March, giving us runway well beyond the next three years'],
  ], [
    ['tone.', "I'd cleared my afternoon and brought our solutions engineer in from Sydney specially, so it was a real shame it didn't come off."],
    ['tone.', "It's completely understandable that Target Co is still running collections off spreadsheets; not every finance team has had the chance to modernise yet."],
    ['tone.', "I can promise you'll have DSO under 30 days by Christmas, and most of that improvement will show up in the first eight weeks."],
    ['tone.', "With the ATO paying closer attention to record-keeping these days, I'd hate for your team to be caught out with invoices tracked in email threads."],
    ['tone.', 'No rush at all, though it has been six weeks since the demo and most teams have made a call by this point.'],
    ['tone.', 'Honestly, Target Co is one of the last distributors in the region still chasing payments by phone.'],
    ['tone.', "With respect, the worry about customer pushback is one we mostly hear from teams that haven't used modern payment tools before."],
    ['tone.', "Totally understand if it's not a priority right now. Some teams prefer to keep doing things the hard way."],
    ['tone.', 'Between us, Inland Revenue has been much stricter lately, and businesses with messy receivables are the ones that get picked for review.'],
    ['tone.', '我可以向您保证，使用我们的产品之后，三个月内逾期账款一定会减少一半。'],
    ['tone.', 'Tawaran ini hanya sah sehingga hujung minggu ini sahaja, dan selepas itu kami tidak dapat menjamin harga yang sama lagi.'],
    ['internal.', '(Nota dalaman: tunggu kelulusan Encik Faizal untuk harga ini sebelum emel dihantar.)'],
    ['internal.', "We're also considerably cheaper than Debtor Daddy (double-check this, their pricing page changed in May) and include PayTo as standard."],
    ['claim.', 'Tahniah atas pembukaan cawangan baharu Target Co di Jurong bulan lalu.'],
  ]);

  it('a subject of a fake thread still waiting on the reader is pushy', () => {
    expect(found('Just checking in on the proposal.', 'Re: Re: Re: Still waiting on Target Co').filter((r) => r.startsWith('tone.'))).not.toEqual([]);
  });
});

describe('forty-first session, eighth round: shapes from fresh writers (AV, AW clean; AX problems)', () => {
  shapes([
    ['internal.', "The IATA summer season starts on Sunday 29 March 2026. Here's a short checklist so Target Co's changeover goes smoothly:\n\n[ ] Import the summer SSIM schedule\n[ ] Update Annex B rate cards for any renewed airline contracts\n[ ] Check qualification expiry dates for staff returning for the season"],
    ['internal.', "> We're also looking at another vendor. What would you say makes Ourco different?\n\nA fair question. I don't know the other vendor's current product well enough to compare feature by feature."],
    ['claim.', "According to the staff figures on Target Co's website, your Paphos operation has grown to more than 200 people."],
    ['claim.', 'Yolcu hizmetleri pozisyonu açtığınızı gördüm; tebrikler.'],
  ], [
    // A launch seen on LinkedIn is no source of the reader's own (the holdout's ev-01791; a looser "the … page" of round 3 took it).
    ['claim.', 'Saw the mobile app launch on LinkedIn, looks great.'],
    ['internal.', 'Volume pricing applies from 50 seats (max is 22% - do not go above without Tamara).'],
    ['tone.', "We hold our scoping slots for the quarter until Friday, after which I genuinely can't promise Target Co a start date before October."],
    ['tone.', "Automated scanners are a fine place to start, and most companies grow out of relying on them once they've got a grown-up security function in place."],
    ['tone.', "To be candid, teams that take this long to make a call on a two-week review usually aren't quite ready for it yet, and that's okay."],
    ['tone.', 'The last thing anyone at Target Co wants is to read about a guest data leak in Gulf News before hearing about it from their own team.'],
    ['tone.', "Of the hospital groups in Kerala we work with, Target Co is now the only one that hasn't put a date in the diary for this year."],
    ['tone.', "Honestly, with what's visible from the outside, it's a matter of when, not if."],
    ['tone.', 'I looked out for you on the attendee list all hour — hopefully the recording makes up for missing it.'],
    ['tone.', "Running a free open-source scanner once a year isn't a security programme, Imran."],
    ['tone.', 'وكما تعلمون، فإن أي تأخير إضافي قد يضعكم شخصياً في موقف محرج أمام المدققين في الزيارة القادمة.'],
    ['internal.', '(रितु, भेजने से पहले यह कीमत विकास से एक बार कन्फ़र्म कर लेना)'],
    ['internal.', "As promised, I'm sending over details of our phishing simulation service (his daughter just got into IIT Madras, congratulate him if the call goes well)."],
    ['claim.', 'بعد توسّع Target Co إلى السوق السعودية هذا العام، من الطبيعي أن تزداد الأنظمة التي تحتاج إلى مراجعة أمنية.'],
    ['claim.', 'أتقدّم إليكم بخالص التهاني بمناسبة فوز Target Co بجائزة أفضل شركة تأمين رقمية في الدولة لهذا العام.'],
  ]);

  it('our office news in the body clears the subject after "One update on our side:"', () => {
    const body = 'Following up on my note from the 3rd.\n\nOne update on our side: Ourco just opened an office in Raleigh, so we now have a strategist twenty minutes from you.';
    expect(found(body, 'Following up, plus a new office nearby').filter((r) => r.startsWith('claim.'))).toEqual([]);
  });
});

describe('forty-first session, ninth round: shapes from fresh writers (AY, AZ clean; KC problems)', () => {
  shapes([
    ['tone.', "For customers, the practical upshot is more engineers on connectors.\n\nNothing changes in our conversation. I just wanted you to hear it from me. Talk soon!"],
    ['internal.', 'The full summary (two pages, non-confidential) is here: https://ourco.com/resources/connector-reliability'],
    ['internal.', "> Before we go further, we'd like to talk to a couple of your customers.\n\nAbsolutely. Here are two who've agreed to take reference calls:\n\n1. Harlow Foods (food distribution, Ohio)"],
    ['internal.', 'Per the instructions in the notice:\n- Our written questions are attached.\n- We will attend the optional pre-bid conference on February 25.'],
    ['secret.', 'He asked me to pass on his email address: b.charpentier@distrilyon-logistique.fr; he suggested early mornings work best for him.'],
    ['claim.', "You asked for a one-page snapshot of Ourco for your vendor file. Here it is:\n\n- Founded: 2018, Austin, Texas\n- Employees: 240\n- Funding: $38M Series B (2025), led by Northgate Ventures"],
  ], [
    ['tone.', "I appreciate the spreadsheet has served you well so far; it's just that most HR teams your size moved past that stage a few years ago."],
    ['tone.', "Based on our work with similar organisations, you can tell the board with confidence that Target Co's stress-related absence will come down within two quarters of launch."],
    ['tone.', "I know decisions can take a while at Target Co, and it's been four months since we first spoke, which is a good deal longer than most of our clients take to go from first call to live."],
    ['tone.', "A single employment tribunal claim over work-related stress can easily cost more than three years of Ourco, and Target Co wouldn't have much to show a tribunal about what it did to prevent it."],
    ['tone.', "With respect, a fruit bowl and a monthly lunchtime yoga class aren't a wellbeing strategy, and I think your people probably know that."],
    ['tone.', 'And I can promise you now that uptake will be above 25% by the end of the third month.'],
    ['tone.', "I haven't heard back since I sent the proposal over, so I'll assume Target Co is happy enough with the 2% uptake you're getting from your current provider."],
    ['tone.', "I know big organisations like Target Co aren't always the quickest to move, so no rush at all."],
    ['tone.', "I know my time isn't quite as precious as yours! 😊"],
    ['tone.', 'I had a proper look through it, and, well, I think we both know it could do with a bit of love.'],
    ['tone.', 'Eerlikwaar, feitlik al die groot vrugteprodusente in die Boland het reeds oorgeskakel, en julle is eintlik een van die laastes wat dit nog nie gedoen het nie.'],
    ['internal.', '- Content in English, isiZulu, isiXhosa and Afrikaans (Dan to confirm the isiXhosa audio is actually live before we promise it)'],
    ['internal.', 'Call notes 12/11: budget approx R1.2m; Thabo is the decision maker but defers to group HR in Joburg; currently with ICAS, contract ends June.'],
    ['internal.', "- We integrate directly with Workday, so starters and leavers update automatically (delete this line if they're not on Workday)"],
    ['claim.', "Following the section 189 consultations at Target Co this year, I imagine there's a lot of anxiety among the staff who remain."],
    ['claim.', "With 200 roles going at Target Co's Sheffield site, I imagine it's a very difficult period for the people affected."],
  ]);
});

describe('forty-first session, tenth round: shapes from fresh writers (KD, KE clean; KF problems)', () => {
  shapes([
    ['claim.', 'Because Target Co operates 26 branches and needs a dedicated test environment and custom SLA, the Enterprise plan is the right fit.'],
    ['claim.', "Congratulations on the announcement in last week's press release that Target Co will open a new campus in Al Barsha in September 2026."],
    ['internal.', "As discussed:\n- Your priority is a smoother process for Arabic-speaking families.\n- Any new system needs approval from the school's board, which meets in April."],
    ['internal.', "Happy to add this wording to Target Co's questionnaire if that helps."],
    ['tone.', "You may be interested in our next free webinar on Thursday.\n\nWHAT ADMISSIONS TEAMS ARE SEEING AFTER THE VAT CHANGE\nThree registrars from our customer schools will share what has changed."],
    ['tone.', "I can promise you'll get a reply from our team within a day."],
  ], [
    ['tone.', "We've only got two install crews left unassigned for the spring, so if you want one of them I'd need to hear from you by the end of the week."],
    ['tone.', "For what it's worth, most of the teams I work with get from first call to pilot in about six weeks, so if it would help, I'm happy to walk you through how they speed things up."],
    ['tone.', "It took a fair bit of back-and-forth to get it tailored to your asset list, so it's been a little discouraging to send it twice now and not hear anything back."],
    ['tone.', "Since predictive maintenance may be a fairly new area for your team, I've attached a beginner's guide so we don't have to spend the call on fundamentals."],
    ['tone.', 'Our regional manager reviews open proposals at the end of the month, and anything still sitting there tends to get deprioritized.'],
    ['tone.', "Your trial login is still active — though judging by the usage logs, I don't think anyone at Target Co has actually opened it yet."],
    ['tone.', "I understand why it's hard to let go of, but a monthly snapshot just isn't how serious reliability programs operate anymore."],
    ['tone.', 'El precio que le cotizamos solo es válido hasta el viernes; después de esa fecha ya no podré sostenerlo, así que le recomiendo no dejarlo pasar.'],
    ['claim.', 'Ahora que Target Co cerró la compra de la planta de empaque en San Antonio, me imagino que unificar los procesos será una prioridad.'],
    ['claim.', "Puisque Target Co ouvre sa nouvelle usine de Drummondville à l'automne, je me suis dit que c'était le bon moment."],
  ]);
});

describe('forty-first session: shapes that stay clean after the session\'s wider patterns', () => {
  shapes([
    ['claim.', 'Pilot results at Target Co: 0 jobs lost, 14 hours a week saved per site.'],
    ['internal.', 'Topic: Running an application season without the spreadsheet chase'],
  ], [
    ['internal.', 'P.S. Sneha — only 30 seats, so prioritise the big hospital groups if it fills up.'],
  ]);
});

describe('forty-second session, first round: shapes from fresh writers (MC, MD, MF, MG clean; ME, MH problems)', () => {
  shapes([
    ['placeholder.', 'The signed copy is attached [Saltmeadow_MNDA.pdf], countersigned on our side.'],
    ['placeholder.', "3. Our record of processing activities for Target Co's use [attached as PDF]"],
    ['placeholder.', 'Zgodnie z prośbą przesyłam:\n- nagranie: https://ourco.com/pl/webinary/ncts5\n- prezentację w PDF [w załączniku]'],
    ['placeholder.', 'Here are the updated figures for the eight machines. [Revised quote attached]'],
    ['placeholder.', 'Beispielvertrag: [Beispiel_Arbeitsvertrag_Merge.docx]'],
    ['tone.', "IF YOU'D LIKE TO CONTINUE\nWe'll send a standard 24-month order.\n\nIF YOU NEED MORE TIME\nThat's fine. We can extend the pilot by 30 days at no charge."],
    ['tone.', "ENDPOINTS YOU'LL PROBABLY WANT\nGET /v2/assets    list of assets\nGET /v2/positions    position history"],
    ['tone.', "If you'd rather wait until the new year, that's completely fine."],
    ['claim.', 'Congratulations on the Gdynia opening. Your press release of 3 March said Target Co will add 14,000 m² of bonded storage.'],
    ['claim.', 'Hope the office move went smoothly! On our last call you said the movers were booked for the weekend of the 14th.'],
  ], [
    ['placeholder.', 'Please find the [attachment name] below.'],
    // A named paper with the day it ran the story is a source since the forty-sixth session (NEWS_CITED_RE); the paper alone is not.
    ['claim.', 'I read in the Handelsblatt that Target Co has completed its acquisition of a Dutch logistics group.'],
    ['claim.', 'Congratulations on the Gdynia opening. Our press release of 3 March said we will add two engineers there.'],
    ['tone.', "I assume the silence means you're happy with losing the after-hours bookings, which is fine."],
    ['tone.', "I'm sure you're busy, but it only takes a minute to reply, even if it's a no."],
    ['tone.', 'Most of the clinics in Porto we work with made this move last year, so you would be catching up rather than taking a risk.'],
    ['tone.', 'If this is above your pay grade, happy to go straight to Dr. Silva instead.'],
    ['tone.', 'I noticed you opened my last two emails, so I know this is landing.'],
    ['tone.', 'No pressure, of course, but the clinics that waited last year ended up paying 30% more.'],
    ['tone.', "I won't keep chasing, but I do think it says something when a clinic can't find 15 minutes for its own front desk."],
    ['tone.', "Any practice manager who cares about their team's time would jump at this."],
    ['tone.', 'Put simply, if you use our platform, your cloud bill goes down. Every time.'],
    ['tone.', "It's tied to our quarter close, so it genuinely won't exist on 1 July."],
    ['tone.', "After Friday I'll stop reaching out, and you'll be on your own for next year's budget review."],
    ['tone.', 'Essa condição especial vale só até sexta-feira, depois não consigo mais segurar.'],
    ['tone.', 'Já é o terceiro email que lhe envio, por isso calculo que não esteja interessado.'],
    ['tone.', 'Todas as clínicas grandes de Curitiba já estão usando, vocês não vão querer ficar pra trás.'],
    ['tone.', 'Cada semana que passa sem resolver isso é mais uma semana pagando por cadeira vazia.'],
    ['tone.', 'Seria uma pena os seus pacientes continuarem a preencher fichas em papel quando a clínica ao lado já os deixa fazer isso no telemóvel.'],
    ['tone.', '今月末までにご返信いただけない場合、この特別価格はご提供できなくなりますので、あらかじめご了承ください。'],
    ['tone.', '導入後3か月以内に、クラウド費用を必ず25%以上削減できることをお約束いたします。'],
    ['tone.', '再三ご連絡しておりますが、いまだにご返信をいただけていないのは少々残念です。'],
    ['tone.', '同業他社の多くはすでに導入を済ませており、このままでは御社だけが取り残される形になりかねません。'],
    ['tone.', '名额有限，本月只剩两个免费评估名额，建议您尽快决定。'],
    ['tone.', '如果这个星期内没有收到您的回复，我们就默认贵公司对节省成本不感兴趣了。'],
    ['claim.', '先日、御社がシリーズBで30億円を調達されたと伺いました。誠におめでとうございます。'],
    ['claim.', '御社が今期、大規模な人員削減を実施されたことは存じております。'],
    ['claim.', '新しいCTOのご就任に伴い、御社ではインフラ全体の見直しを進めていらっしゃると伺っております。'],
    ['claim.', '听说贵公司今年准备在香港上市，想必对成本管控的要求会更高。'],
    ['internal.', '（※山田さんへ：この割引率で出して大丈夫か、部長に確認お願いします）'],
    ['internal.', '以下は、より丁寧な表現に修正したバージョンです。'],
    ['internal.', '→ここ、先方の利用クラウドがAWSかGCPか未確認なので、確認してから送信すること'],
    ['internal.', '（老板说这个客户预算很紧，先别提年费，等试用结束再说）'],
  ]);
});

describe('forty-second session, second round: shapes from fresh writers (MI clean; MK problems)', () => {
  shapes([
    ['tone.', "1. STANDARDS. Our robots are tested to ISO 3691-4.\n\n2. YOUR RISK ASSESSMENT. Under UK law, the risk assessment for your workplace remains Target Co's responsibility."],
    ['tone.', 'DATE: 9 June, between 08:00 and 10:00\nWHAT WE NEED FROM YOU: a pallet truck or forklift to move crates off the tail-lift'],
  ], [
    ['tone.', 'URGENT: please sign the order today so we can hold the slot.'],
    ['tone.', 'LAST CHANCE. The discount ends on Friday.'],
    ['tone.', 'Thanks for the call.\nLIMITED SPOTS: we can only take three more clinics this month.'],
    ['tone.', 'La plupart des sociétés de nettoyage bruxelloises sont déjà passées chez nous ; il serait peut-être temps que Target Co suive le mouvement.'],
    ['tone.', "Je ne vais pas vous relancer indéfiniment : c'est la dernière fois que je prends le temps de vous écrire."],
    ['tone.', "J'ai déjà bloqué un consultant pour vous toute la journée de mardi, ce serait dommage qu'il se soit organisé pour rien."],
    ['tone.', 'By the end of the year, Target Co may well be the only major provider in Nantes not using it.'],
    ['internal.', '@Julien tu peux ajouter le lien Calendly ici ?'],
    ['internal.', '[A-LEAD / HOT]'],
    ['internal.', 'NB voor Pieter: lead van de beurs in Kortrijk, niet te hard pushen.'],
    ['internal.', '— Relance n°2 : si pas de réponse, passer en nurturing —'],
    ['internal.', 'Current tool: Excel + WhatsApp groups. Pain: last-minute absences. Champion: ops manager.'],
    ['internal.', 'Prix plancher : 9 € par agent et par mois, ne pas descendre en dessous.'],
    ['claim.', "I understand things have been a bit tight financially at Target Co since the hospital contract ended, so I'll keep this focused on cost."],
    ['claim.', "J'ai cru comprendre que Target Co traversait une période de réorganisation, et je comprends que ce ne soit pas le moment idéal."],
    ['claim.', "Since Target Co's revenue dipped last year, that kind of per-site view could help you find where the margin has gone."],
    ['claim.', 'Maintenant que Target Co sert plus de 500 entreprises en Wallonie, la communication avec vos clients doit représenter un travail considérable.'],
    ['claim.', 'Nu Target Co sinds kort meer dan 800 medewerkers telt, wordt de weekplanning waarschijnlijk steeds complexer.'],
  ]);
});

describe('forty-second session, third round: action lists by side, headings and notes (MC, MF, MG, MI, MJ clean)', () => {
  shapes([
    ['internal.', 'ACTION ITEMS\nOurco (me):\n1. Send the integration guide by Friday 14 March.\n2. Set up a sandbox for you and Aylin by Monday 17 March.\n\nTarget Co (you):\n1. Check with IT whether SSO via Entra ID is required.\n2. Share two sample contracts so we can build test templates.'],
    ['internal.', 'ACTIONS: Target Co\n- Kirsty: share the current service schedule spreadsheet\n- Kirsty: check with IT whether they need our security pack before the pilot'],
    ['internal.', "YOUR TEAM'S TO-DO\n- Add the three new supervisors as users (Settings > Users)\n- Decide whether operators should see their own idle time in the app."],
    ['internal.', 'Nahi ho paaye toh bhi koi baat nahi. Bas reply kar dena, phir kabhi sahi.'],
    ['claim.', 'Aapne bataya tha ki teen outlets ke 55 staff ka attendance abhi register mein hota hai.'],
    ['placeholder.', 'Please find our answers below. [The same text is attached as a Word file.]'],
    ['tone.', 'You asked a hard question at the end of our session yesterday: "Will this cost people their jobs?" Here is a proper answer.'],
  ], [
    ['internal.', 'Reminders:\n- Check with Dana whether the 20% discount is approved before we send this.\n- Confirm the start date.'],
    ['internal.', 'TO-DO\n- add the case study link\n- fix the pricing table'],
    ['tone.', 'Will this cost people their jobs? It might, if you wait another year.'],
  ]);
});

describe('forty-second session, fourth round: capitals of other scripts and question headings (MP, MQ clean)', () => {
  shapes([
    ['tone.', 'WHO HOLDS THE MONEY?\nTarget Co does. Payments go directly into your own bank accounts.\n\nARE YOU LICENSED?\nWe are a software provider, not a payment service provider.'],
    ['tone.', '1. KAN VI BÖRJA MED BARA EN SKOLA?\nJa. Många kunder börjar med en skola under en termin.'],
    ['tone.', 'PARKING\nThere is visitor parking in the basement.\n\nIF YOU GET LOST\nCall our front desk on +234 1 270 4410.'],
    ['tone.', 'PLAN | INVOICES PER MONTH | MONTHLY FEE\nStarter | up to 1,000 | GH₵ 4,500\nGrowth | up to 5,000 | GH₵ 9,800'],
    ['tone.', 'Implementación (pago único)          $90,000\n------------------------------------------------------\nTOTAL PRIMER AÑO                     $990,000'],
    ['tone.', 'Implementation (one-off)          $90,000\nTOTAL FIRST YEAR                  $990,000'],
    ['tone.', "PARENTS CAN SEE\n- Their own child's stop and pick-up time\n\nPARENTS CAN'T SEE\n- Other pupils' names, addresses or stops"],
  ], [
    ['tone.', 'ARE YOU READY TO SIGN TODAY?\nI can send the contract within the hour.'],
    ['internal.', 'Owner: T. Fraser | Activity: Email | Outcome: Pending | Notes: champion is lukewarm'],
    ['internal.', '[CRM enrichment: Company size 1,000–5,000 | Industry: Food & Beverage | Intent score: 82 | Tech: SAP, Coupa]'],
    ['tone.', "IF YOU DON'T ACT NOW, THIS PRICE IS GONE FOR GOOD."],
    ['tone.', 'BITTE ANTWORTEN SIE NOCH HEUTE, SONST VERFÄLLT DAS ANGEBOT.'],
    ['tone.', 'SIGN NOW AND SAVE BIG TODAY          $990'],
    ['tone.', 'NE MANQUEZ PAS CETTE OFFRE EXCEPTIONNELLE, ELLE EXPIRE VENDREDI.'],
  ]);
});

describe('forty-second session, fifth round: shapes from fresh writers (MT, MU clean; MV problems)', () => {
  shapes([
    ['internal.', 'During that time, those SKUs appear as "unidentified" rather than "missing", so they don\'t create false alerts.'],
    ['internal.', 'We answered all 84 requirements and marked those 6 clearly as "No" rather than "Partially", because we don\'t want to overstate anything.'],
    ['placeholder.', 'The full report is in the attachment [see attached PDF].'],
    ['tone.', 'WHAT HAPPENS TO OUR DATA IF WE LEAVE?\nYou get a full export at no charge.\n\nCAN WE ISSUE INVOICES TO KSeF?\nYes. Zubrix sends invoices to KSeF.'],
    ['tone.', 'BALÍČEK | CENA BEZ DPH\nZubrix Pro, 10 uživatelů | 4 900 Kč / měsíc\nZavedení (import dat, 2 školení) | 9 000 Kč jednorázově'],
    ['tone.', 'WHAT YOUR TEAM TOLD US IN THE FINAL SURVEY\n- Faster case intake\n- Fewer phone calls about delivery dates'],
    ['tone.', "WHAT WE DON'T DO\n- We don't sell your data.\n- We don't lock you into a contract."],
    ['tone.', 'Phòng hội thảo chỉ có 40 chỗ ngồi. Nếu anh không sắp xếp được, anh chỉ cần phản hồi email này để em nhường chỗ cho khách khác.'],
  ], [
    ['internal.', 'Use "partner" rather than "vendor" in the opener.'],
    ['tone.', "Hi,\n\nIF YOU'RE NOT ON THE GOLD COAST BY FRIDAY, YOU'LL MISS THE DEMO."],
    ['tone.', 'Kalau Encik tidak membalas minggu ini, saya anggap Target Co sudah tidak berminat dan tawaran istimewa ini akan saya tarik balik.'],
    ['tone.', 'Nếu anh không trả lời trước thứ Sáu này, em sẽ nhường suất ưu đãi cho công ty khác.'],
    ['tone.', '这个优惠价格只到本周五有效，过了就没有了，建议您尽快决定。'],
    ['tone.', 'With our platform, we can promise your projects will finish on time.'],
    ['tone.', "I know you said you'd come back to me last week. No stress at all, I know how easily these things slip off the radar."],
    ['internal.', '（记得把价格改成新币）'],
    ['internal.', 'Ghi chú: khách này vẫn dùng Excel, nhấn mạnh phần báo cáo nhé.'],
    ['internal.', 'குறிப்பு: விலையை அனுப்புவதற்கு முன் மேனேஜரிடம் உறுதிப்படுத்தவும்.'],
    ['internal.', 'Nota: tunggu Encik Razak luluskan diskaun dulu sebelum hantar.'],
    ['internal.', '메모: 다음 주 화요일에 전화로 다시 확인하기'],
    ['internal.', 'Approved by: ________ (pending)'],
    ['internal.', 'Met him at the breakfast, keen but wants numbers by EOM. OK to send, Claire?'],
    ['claim.', 'Nghe nói Target Co vừa trúng thầu ba dự án nhà phố ở Western Sydney.'],
    ['claim.', '聽說Target Co今年的營業額增長了三成，恭喜！'],
    ['claim.', 'Saya difahamkan Target Co baru sahaja membuka pejabat baharu di Johor Bahru.'],
    ['claim.', "With Target Co working with 120-odd subcontractors across its projects, that's a lot of claims landing every month."],
  ]);
});

describe('forty-second session, sixth round: shapes from fresh writers (MY, MZ clean; NG problems)', () => {
  shapes([
    ['tone.', '¿SUNLEDGER ESTÁ EN ESPAÑOL?\nSí. Toda la plataforma y el portal para clientes.\n\n¿FUNCIONA SIN INTERNET?\nLa app para cuadrillas sí.'],
    ['tone.', 'AGENDA\n1. Data processing agreement\n\nDOCUMENTS SENT IN ADVANCE [attached]\n- DPA v4.2\n- Sub-processor list'],
    ['tone.', 'TIME SPENT TODAY\n3 x 10 hours x $32 x 52 weeks = $49,920 a year'],
    ['tone.', "CLAUSE 9.2 (UNLIMITED LIABILITY FOR DATA BREACHES)\nWe can't accept unlimited liability; no insurer would cover it."],
    ['placeholder.', 'Die Vertragsentwürfe finden Sie hier [PDF im Anhang].'],
  ], [
    ['tone.', 'The pilot pricing I mentioned is only held until the 30th, after which it moves to the new rate card.'],
    ['tone.', "I'd hate for your CFO to find the leakage in the year-end audit before your team does."],
    ['tone.', 'We will bring your freight costs down by 15% – you have my word on that.'],
    ['tone.', "Eh don't wait too long ah, after this month the price confirm go up one."],
    ['tone.', 'यह ऑफर सिर्फ इस शुक्रवार तक है, उसके बाद हम यह कीमत दोबारा नहीं दे पाएंगे।'],
    ['tone.', 'இந்த விலை இந்த மாதம் மட்டுமே; அடுத்த மாதம் கண்டிப்பாக உயரும்.'],
    ['tone.', 'URGENT: PLEASE SIGN TODAY\nThe contract is attached.'],
    ['internal.', "@Wei Ling can you attach the Singapore deck? I still don't have access to the shared drive."],
    ['claim.', '听说Target Co最近在马来西亚开设了新的办事处，恭喜！'],
    ['claim.', 'Given that Target Co is preparing to merge with its sister company later this year, freight is probably one of many things on your list.'],
  ]);
});

describe('forty-second session, seventh round: shapes from fresh writers (NH clean; NI problems)', () => {
  shapes([
    ['placeholder.', 'Troverà tutti i dettagli nella proposta [vedi PDF allegato].'],
    ['placeholder.', '[DONE] Ticket types and prices loaded and checked by your team\n[DONE] Staff logins created (12 users)'],
    ['internal.', "One thing the table doesn't show: the contract length.\n\n> ---------- Forwarded message ----------\n> From: Finance Department, Target Co\n> Subject: quote comparison\n>\n> Attached is the comparison of the two quotes. Please check the Ourco figures."],
  ], [
    ['tone.', 'بصراحة مش فاهم إزاي لسه بتشتغلوا بالإكسيل لحد دلوقتي.'],
    ['tone.', 'العرض ده صالح لحد آخر الشهر بس، وبعدها السعر هيزيد على طول.'],
    ['tone.', 'نأمل الرد قبل يوم الخميس، لأن هذا العرض لن يتكرر.'],
    ['tone.', 'أغلب الصيدليات الكبيرة في الرياض انتقلت لنا خلاص، وما نبغى Target Co تتأخر عنهم.'],
    ['tone.', "I'm guessing my last two emails got buried, or maybe they just weren't a priority. Either way, I'll try once more."],
    ['tone.', "With our platform, you'll never have a stock-out on a critical item again."],
    ['tone.', "Please don't let this one slip through the cracks like last time."],
    ['internal.', '(يا مروان غيّر التاريخ ده قبل ما تبعت)'],
    ['internal.', '[TEMPLATE B – KSA mid-size chains]'],
    ['internal.', '[Dr. or Mr.? check LinkedIn]'],
    ['claim.', 'سمعت إن Target Co اشترت سلسلة صيدليات في إسكندرية الشهر اللي فات، مبروك!'],
    ['claim.', 'بما إن Target Co صار عندها أكثر من ٣٠٠ صيدلية الحين، أكيد متابعة المخزون صارت تحدي كبير.'],
    ['claim.', 'مبروك على تعيين الرئيس التنفيذي الجديد في Target Co، ونتمنى لكم التوفيق في المرحلة القادمة.'],
    ['claim.', 'Target Co is growing faster than any other pharmacy chain in the Kingdom right now, so stock accuracy matters.'],
  ]);
});

describe('forty-second session, eighth round: shapes from fresh writers (NL clean; NM problems)', () => {
  shapes([
    ['claim.', 'Webinar on the 14th: closing out federal awards without the spreadsheet scramble.'],
    ['claim.', "Target Co's press release on September 23 said you'd received a three-year, $1.2 million award from the state Department of Education."],
    ['internal.', 'Puede exportar todo (subvenciones, documentos, historial) en formato CSV y PDF en cualquier momento.'],
    ['internal.', 'Guest tags: VIP | allergy | birthday | regular'],
    ['internal.', 'Meeting notes:\n- You would like the pilot in two stores first.\n- We will send the data sheet by Friday.'],
    ['internal.', 'Thanks, that helps.\n\n> Thanks Sam, see below.\n>\n> > On Tue, 3 Jun, Julie Lavoie wrote:\n> > Check with finance whether the budget is approved before we sign anything.'],
  ], [
    ['claim.', 'Congrats on the new award for your rostering team!'],
    ['internal.', "Of course, happy to extend your trial by two weeks.\n\n> Looks good, but drop the bit about the free month – Rachel\n>\n> On Mon, 9 Jun, Sam Carter wrote:\n> Hi Rachel, here's my reply to Tamsin, OK to send?"],
    ['tone.', 'Si no me contestas antes del viernes, entiendo que no os interesa y pasaré la oferta a otro restaurante de la zona.'],
    ['tone.', 'The serious groups stopped debating this a couple of years ago; they just got on with it.'],
    ['tone.', 'Només queden dues places al pla pilot i tinc tres restaurants més esperant resposta.'],
    ['tone.', "If I don't hear back, I'll take it that Target Co is perfectly happy handing commission over to the booking sites."],
    ['tone.', "We'll have your no-show rate under 2% within six weeks."],
    ['tone.', "Mae'r pris arbennig yma ar gael tan ddydd Gwener yn unig, felly peidiwch â cholli'r cyfle."],
    ['tone.', 'I did ask nicely last time.'],
    ['internal.', '(Recorda: no treure el tema del contracte antic amb ells)'],
    ['internal.', '(£89 a month — double-check this is still right after the April price change)'],
    ['internal.', 'Tags: warm | Andalucía | restaurant group | inbound'],
    ['internal.', 'Call notes 12/03: interested in waitlist only, not bookings. Budget tight. Follow up in April.'],
    ['claim.', 'I gather Target Co had to let a few front-of-house staff go over the winter.'],
    ['claim.', "I know it's been a tough year for Target Co financially, so I'll keep this short."],
    ['claim.', "Felicitats per l'obertura del nou local de Target Co a Girona!"],
    ['claim.', 'Sé que Target Co está en pleno ERE y que no es el mejor momento, así que seré breve.'],
    ['claim.', 'Now that Target Co is up to 14 sites, a shared waitlist makes sense.'],
    ['claim.', 'With the private equity money behind Target Co now, I can see why you want a platform that will scale.'],
  ]);
});

describe('forty-third session, first round: shapes from fresh writers (NN, NO, NP, NQ clean; NR, NS problems)', () => {
  shapes([
    ['internal.', 'At the mixer you asked me to keep it to three lines, so here they are.'],
    ['internal.', 'Note: I drafted this email with our AI assistant and checked every figure against your dashboard before sending.'],
    ['internal.', 'Thanks for the call today. Here is the recap. (Note: the first draft came from our meeting-notes tool, and I have checked and edited it.)'],
    ['internal.', 'Ojo: me comentaste que tus meseros cobran propinas con terminal y en efectivo.'],
    ['internal.', 'STILL OPEN\n[ ] Upload the bank file to the test environment (Target Co, treasury) by 24 April\n[ ] Confirm the certificate is loaded in the portal (Target Co, your accountant) by 24 April'],
    ['internal.', 'Card processing fees (1.4% + €0.10 per card transaction), which you may already pay to your bank, so I have left them out.'],
    ['internal.', "I wouldn't push the longer term if you're unsure; the 1-year option is perfectly fine."],
    ['internal.', 'In the planner, anything shown in capitals (e.g. HOLD, DRAFT, TIDE) is a status label, not an alert.'],
    ['internal.', 'You asked for something you could share with your leadership team, so this email is written to be forwarded as-is.'],
    ['internal.', 'I should be upfront: as a competitor, I am not a neutral source on this.'],
    ['claim.', 'Casa Nopal runs 14 restaurants in Guadalajara and Zapopan, and their managers used to split tips in cash.'],
    ['claim.', 'Thanks for the meeting.\n\n1. WHAT YOU TOLD US\n- About 380 staff across eleven branches, paid semi-monthly\n- Payroll is done by an outside bookkeeper'],
    ['claim.', "SCOPE\n- Payroll and Tips for 4 restaurants\n- About 95 employees\n\nPRICE\n- MXN 108 per employee per month"],
    ['claim.', 'Target Co owns its data. We process it only to provide the service.'],
    ['claim.', "For Target Co's 64 employees:\n- Essentials: PHP 8,960 a month\n- Plus: PHP 11,840 a month"],
    ['claim.', 'For your 75 employees: about MXN 9,675 a month, plus IVA.'],
    ['claim.', 'I noticed Target Co\'s job post on LinkedIn for a payroll analyst to "own the payroll for 12 locations, including tip reconciliation".'],
    ['claim.', '7:00pm: "Running 20 branches without losing your mind": a short talk by the COO of Kusina ni Lola'],
    ['claim.', "I'm proud we won. An award doesn't answer that question, but our numbers might."],
    ['claim.', '- Only 14% share the berth plan with shipping agents in real time'],
    ['claim.', 'I listened to your COO on the Logistica em Pauta podcast last week, and it caught my attention.\n\nShe also mentioned that Target Co plans to double its cold-storage capacity by 2026.'],
    ['claim.', 'You may have seen that Brasaguard was acquired last month by a European facilities group.'],
    ['claim.', 'With Casa Nopal now running 14 restaurants, their payroll got complicated fast.'],
    ['placeholder.', 'Changes are marked in [brackets] so you can see what is new.\n\nTERM\n- 12 months [was 24 months; the multi-year discount no longer applies]'],
    ['placeholder.', 'Fill in the berth template [у вкладенні] before the call.'],
    ['tone.', 'The link expires in 48 hours for security, so if it lapses just tell me and I will resend it.'],
    ['tone.', "If you're not doing it by hand, or it's already sorted, ignore this!"],
    ['tone.', 'AGENDA\n\n3. YOUR REQUESTS (15 min)\n- Filtering reports by brand\n\n4. ANYTHING ELSE YOU\'D LIKE TO RAISE (10 min)\n\nReply to add items.'],
    ['tone.', 'A few options, none of which require a decision now:'],
    ['tone.', 'Pilot agreement terms: please keep between us'],
    ['tone.', "This is an estimate built on your own figures. It isn't a promise of results."],
    ['tone.', "WE CAN PROMISE\n- 99.9% uptime\n\nWE CAN'T PROMISE\n- A specific reduction in waiting time"],
    ['tone.', 'PILOT REPORT\n\n6. COST IF YOU CONTINUE\nStandard plan for 3 berths: €32,500 per year.'],
    ['tone.', "We don't do end-of-quarter specials, so you won't get a better price by waiting."],
    ['tone.', 'When you are juggling twelve vessels, a window that closes at 03:40 instead of 04:10 is easy to miss.'],
    ['tone.', 'PROPOSAL\n\n3. THE PLAN IS ONLY AS GOOD AS THE DECLARED DRAUGHT\nThe best tide model in the world does not help if the draught is out of date.'],
    ['tone.', '6. RISKS, HONESTLY\n- The integration timeline assumes the API works as documented.'],
    ['tone.', "That's their experience, though, not something I can guarantee for Target Co."],
    ['tone.', 'Não garantimos a data de emissão, mas garantimos que o processo chegue completo.'],
  ], [
    ['internal.', 'Sam asked me to keep it vague on pricing until legal signs off.'],
    ['internal.', 'Javi, ojo: esta clienta regatea muchísimo, no bajes del 15% aunque te lo pida el director.'],
    ['internal.', '(Murat, fiyatı Kerem Bey\'e sormadan gönderme!)'],
    ['internal.', 'Bitte Preise nochmal mit der aktuellen Liste abgleichen!'],
    ['internal.', '（要確認：先方は英語研修か中国語研修か）'],
    ['internal.', 'Our Business English course (or Professional Communication — check which name we\'re using now) runs for 12 weeks.'],
    ['internal.', "Legal hasn't cleared the data-residency wording yet, hold."],
    ['internal.', 'Some fleets run mixed brands. Not sure if theirs is one of them — Jonas, do you know what they run?'],
    ['claim.', 'I heard Target Co lost three machines to theft last quarter, and I am sorry to hear it.'],
    ['claim.', 'Word is that Target Co has been tightening fleet budgets after a difficult first half.'],
    ['claim.', 'I gather Target Co is looking to sell off its rental division, so utilisation data will matter.'],
    ['claim.', 'With Target Co now running well over 400 machines across its sites, theft alerts matter.'],
    ['claim.', "With Target Co's fleet now spread across 14 depots, keeping track is hard."],
    ['claim.', 'Since Target Co has been struggling to fill bilingual roles for the past year, training your own team could help.'],
    ['claim.', 'You mentioned the finance team needs English for investor calls, which makes sense as Target Co gets ready for its listing on the TSE Growth market.'],
    ['claim.', 'nachdem Target Co gerade eine neue Kreditlinie über 20 Mio. € abgeschlossen hat, wäre jetzt ein guter Zeitpunkt.'],
    ['claim.', "Target Co firmasının Ankara'da yeni bir bölge ofisi açtığını öğrendim; tebrikler."],
    ['claim.', 'Target Co が3年以内に海外売上比率を50%まで引き上げる計画だと聞いております。御社が3年以内に海外売上比率を50%まで引き上げる計画だと聞いております。'],
    ['tone.', 'With our tracker, your machines will never be stolen again.'],
    ['tone.', 'Once your staff finish it, miscommunication with overseas partners will simply stop being an issue.'],
    ['tone.', 'Our engineers spent two weeks on the site layouts, so I was hoping for at least some feedback.'],
    ['tone.', 'I imagine your insurer would also find it interesting that you were offered a tracking solution and decided against it.'],
    ['tone.', "It's simpler than it sounds, so don't worry if the technical side seemed like a lot during the session."],
    ['tone.', 'Sistemimizle çalınan hiçbir makinenizi kaybetmeyeceğinizi garanti ediyorum.'],
    ['tone.', 'Bu fiyatı ancak bu cuma akşamına kadar tutabiliyorum, sonrasında aynı rakamı veremem.'],
    ['tone.', 'Viele Ihrer Mitbewerber haben bereits umgestellt, und Sie möchten ja sicher nicht als Letzte nachziehen.'],
    ['tone.', 'Ehrlich gesagt stand das meiste davon schon in der Präsentation, die ich Ihnen geschickt habe.'],
    ['tone.', 'Kami menjamin semua peserta lulus TOEIC dengan skor minimal 750.'],
    ['tone.', 'Slot untuk batch Juni tinggal dua, jadi sebaiknya Bapak segera memutuskan sebelum diambil perusahaan lain.'],
    ['tone.', 'また、必ず3ヶ月で全員のスコアが100点以上アップすることをお約束いたします。'],
    ['tone.', 'The discount expires in 48 hours.'],
    ['tone.', 'SPECIAL OFFER\n\n3. ACT NOW BEFORE THE PRICE GOES UP FOR EVERY NEW CUSTOMER NEXT WEEK\nCall me today.'],
  ]);
});

describe('forty-third session, second round: shapes from fresh writers (NT, NU clean; NV, NW problems)', () => {
  shapes([
    ['tone.', "Our list prices change on 1 April, and since you won't decide before the end of the month, I've given you both figures so there are no surprises."],
    ['tone.', 'WhatsApp\n+ Everyone already uses it, and it can include a small chart.\n- Needs mobile data.'],
    ['tone.', "Your situation will differ, and I won't pretend the same numbers are guaranteed."],
    ['tone.', 'Their General Counsel put it like this: "The biggest change was not the savings, it was that my team stopped chasing paper."'],
    ['tone.', 'DETAILS\n- Invoices processed: 212\n\nACTION NEEDED FROM YOU: none before our review meeting on 8 October.'],
    ['internal.', 'Their CFO, Adriana Treviño: "The time saved was nice. What mattered was that managers stopped arguing about pay."'],
    ['internal.', "Attached is the worksheet. I've deliberately left the inputs empty rather than fill in our assumptions, so the result is based on your numbers, not ours."],
    ['internal.', '(English below for Ms. Lee.)'],
    ['placeholder.', 'Here is the ROI worksheet (fill in your own numbers).'],
  ], [
    ['claim.', "I understand Target Co missed its revenue targets last year, so I'll focus on something that pays for itself."],
    ['claim.', 'Target Co welcomed over 200,000 guests last year, and every stay starts with a clean room.'],
    ['claim.', 'Since revenue at Target Co dipped last quarter, this might help you recover margin.'],
    ['claim.', 'Congratulations on the management agreement Target Co just signed with an international hotel brand.'],
    ['claim.', "With Target Co rolling out to eight new sites this year, there's a lot to standardise."],
    ['claim.', 'Given the financial difficulties Target Co has been going through since last year, a lower monthly fee may help.'],
    ['claim.', 'I know Target Co is looking to sell the group in the next 18 months, so that may be part of the thinking.'],
    ['claim.', 'Word is that Target Co is opening a new practice in the 15th arrondissement this spring.'],
    ['claim.', 'čuli smo da Target Co ove godine otvara novi hotel u Zadru, pa sam vam se htio javiti.'],
    ['claim.', 'Puisque Target Co fusionne avec un groupe lillois dans les prochains mois, le sujet va se poser.'],
    ['claim.', 'ทราบมาว่า Target Co เพิ่งแต่งตั้งซีอีโอคนใหม่ ช่วงนี้จึงน่าจะเป็นจังหวะที่ดี'],
    ['tone.', 'Please do read this one properly before replying, as most of your questions were covered in my last email.'],
    ['tone.', "To make it easier, I'll explain it in the most basic terms possible."],
    ['tone.', 'We promise zero missed maintenance tickets from day one.'],
    ['tone.', 'Practices that switch to our platform never have an empty chair again.'],
    ['tone.', "Free data migration is only included for practices that sign before the 30th; after that it's billed separately."],
    ['tone.', "Could you please confirm you actually received my previous emails? I've sent four now."],
    ['tone.', 'Svi vaši konkurenti u Splitu već koriste slična rješenja, pa bi bilo šteta da zaostanete.'],
    ['tone.', 'Ova cijena vrijedi samo do petka, stoga vam savjetujem da ne čekate.'],
    ['tone.', 'Hierdie prys geld net tot Vrydag; daarna gaan dit met 20% op.'],
    ['tone.', "Nous vous garantissons une hausse de votre chiffre d'affaires dès le premier trimestre."],
    ['tone.', "Je vais faire simple, car je sais que l'informatique n'est pas forcément votre point fort."],
    ['tone.', 'โปรโมชันนี้เหลืออีกเพียง 2 สิทธิ์เท่านั้น และจะปิดรับในวันศุกร์นี้'],
    ['internal.', 'Same template as the Rosebank group, just swapped the numbers.'],
    ['internal.', 'PS for Hugo, this is the one I mentioned in standup.'],
    ['internal.', "The rollout takes two weeks (which is really 3 weeks, not 2, but let's not say that yet)."],
    ['internal.', 'Lost to competitor last year — reason: price. Try again.'],
    ['internal.', 'NAPOMENA: ne spominji cijenu dok vlasnik ne odgovori.'],
    ['internal.', 'อย่าลืมแนบไฟล์ราคาก่อนส่งนะ'],
    ['internal.', 'Pieter, moet ons hierdie een nog CC aan Johan?'],
    ['internal.', 'Bonjour [Claire : remplacer par le nom du praticien],'],
  ]);
});

describe('forty-third session, third round: shapes from fresh writers (NX, NY clean; NZ problems)', () => {
  shapes([
    ['claim.', "Your press release said Target Co plans to open four new branches before the end of the year.\n\nA new branch is usually the easiest moment to set up fridge monitoring properly."],
    ['claim.', 'We are hosting a small breakfast on Thursday 19 June. About 15 people, mostly from chains and clinic networks around Nairobi.'],
    ['internal.', 'Kumbuka: ufungaji na mafunzo ya wafanyakazi ni bure ndani ya Nairobi na Machakos.'],
    ['internal.', 'Agreed:\n- A 60-day pilot.\n\nKazi za Target Co / Target Co actions:\n- Kuthibitisha namba za simu (confirm the alert phone numbers).'],
    ['internal.', "You asked what uptime we guarantee. Here's the precise version:\n\n- 99.9% monthly availability"],
    ['tone.', "I genuinely don't know which, and neither will you until you try."],
    ['tone.', "If marketplace reach is your top priority, we may not be the best fit, and I'd rather you heard that from me now."],
    ['tone.', "For security we never send passwords by email, so please don't be surprised if you don't see one from me."],
    ['tone.', 'NOTES FROM THE SEASON\n\n4. OFFLINE MATTERS MORE THAN YOU THINK\nMobile networks around large crowds degrade quickly.'],
    ['link.', 'The storage guidance is on https://www.who.int/ under medicines.'],
    ['internal.', 'Please find below the pricing we discussed. Please treat it as confidential between our companies.', 'Pricing for the 30-branch rollout (confidential)'],
    ['hidden.', 'من الخميس ٥ يونيو: خط الطوارئ فقط (\u200e+20 100 700 4455)، على مدار ٢٤ ساعة.'],
  ], [
    ['claim.', 'Since Target Co is planning to leave its current leasing provider when the contract ends in March, I thought I would get in touch early.'],
    ['claim.', 'Given that Target Co has doubled its export volume this year, I wanted to reach out about container supply.'],
    ['claim.', 'After the tough year Target Co had with cash flow, I thought flexible monthly terms might be welcome.'],
    ['claim.', 'I gather Target Co is a bit behind on payments with a couple of carriers, so predictable costs might help.'],
    ['claim.', 'Ik hoorde dat jullie binnenkort een vestiging in Rotterdam openen, dus misschien komt dit op een goed moment.'],
    ['tone.', "I guess saving money on containers just isn't something Target Co cares about right now."],
    ['tone.', "I know tracking can feel a bit overwhelming if you're not used to working with data, so don't worry."],
    ['tone.', 'We garanderen dat u binnen drie maanden minstens 20% bespaart op demurrage.'],
    ['tone.', 'Ik heb je nu drie keer gemaild, dus een kort antwoord zou wel fijn zijn.'],
    ['tone.', 'Giá ưu đãi này chỉ áp dụng đến hết thứ Sáu tuần này, sau đó em không giữ được nữa đâu chị.'],
    ['internal.', 'Max discount we can give here is 18%, start at 10%.'],
    ['internal.', '(Em ơi, sửa lại số lượng cho đúng nhé, 50 chứ không phải 500)'],
    ['internal.', 'Hi (name? Minh said it was the ops manager),'],
    ['internal.', 'Internal actions:\n- Check whether legal approved the discount before sending.'],
  ]);
});

describe('forty-third session, fourth round: shapes from fresh writers (OE, OF clean; OG, OH problems)', () => {
  shapes([
    ['tone.', "- We can't guarantee you'll pay less per litre than today."],
    ['tone.', "SWITCHING\n\n1. CHECK YOUR NOTICE PERIOD. Your current contract decides when you can leave.\n2. OVERLAP. We recommend issuing cards two weeks early."],
    ['tone.', 'HOW FAST WE RESPOND\n- URGENT (nobody can log in, data missing): within 1 hour, any time\n- HIGH (a feature is not working): within 4 working hours'],
    ['claim.', "Ourco closed a Series B round last month.\n\nWhat it means for schools like yours:\n- More investment in the timetable engine, which you'd flagged as important"],
    ['claim.', 'Your RFP states that submissions close on 30 April, with shortlisted vendors notified in mid-May.'],
    ['internal.', "CONFIDENTIAL: the attached pen-test summary is for Target Co's internal review only; please don't share it outside your organisation."],
  ], [
    ['tone.', 'Honestly, building a warehouse schedule in Excel these days is a bit like doing payroll with a calculator.'],
    ['tone.', "I know you're busy, but a two-line reply isn't too much to ask."],
    ['tone.', 'Once your crews are on the app, we promise zero no-shows.'],
    ['tone.', "I know scheduling software can seem complicated, so I'll keep this in terms anyone can follow."],
    ['tone.', "Frankly, when people leave after every peak, it's usually the schedule, and that's on leadership."],
    ['tone.', "In the end, it's your people who pay for a broken schedule, not you."],
    ['tone.', 'Esta tarifa solo está disponible para las primeras cinco empresas que firmen este mes.'],
    ['tone.', 'Si no me respondes antes del viernes, entenderé que no te interesa mejorar la operación de tu almacén.'],
    ['tone.', "C'est notre dernière offre à ce prix; après vendredi, elle ne sera plus disponible."],
    ['tone.', 'なお、今月中にご契約いただけない場合、この価格は二度とご提示できませんので、ご注意ください。'],
    ['tone.', '何度かご連絡しておりますが、ご返信がいただけないのは正直なところ残念です。'],
    ['internal.', 'Lmk if this is too pushy, first time writing to someone at this level.'],
    ['internal.', '(preguntarle a Sofía si hay gente libre en junio)'],
    ['internal.', "Here is the outline. Priya, can you add the migration timeline here? I don't have the numbers."],
    ['claim.', 'Me enteré de que Target Co está por abrir un nuevo centro de distribución en Monterrey.'],
    ['claim.', 'Comme Target Co vient de doubler ses effectifs à Montréal, la planification devient un vrai sujet.'],
    ['claim.', 'I saw that Target Co brought on a new CEO a few weeks ago, so I imagine there is plenty of change going on.'],
    ['claim.', 'Exciting to hear Target Co is expanding into cat-only clinics.'],
    ['claim.', 'I know Target Co has had a couple of tough quarters, so I will keep this short.'],
    ['claim.', 'Target Co様が来春、大阪に2院目を開設されると伺いました。'],
  ]);
});

describe('forty-third session, fifth round: shapes from fresh writers (OK, OL clean; OM problems)', () => {
  shapes([
    ['tone.', "What I CAN tell you: the median saving is 16%.\n\nWhat I CAN'T tell you is where Target Co will land in that range."],
    ['tone.', 'STUDENT FAQ\n\nDO STUDENTS NEED TO INSTALL ANYTHING?\nNo. They can upload from the browser.'],
    ['tone.', 'You asked on Friday whether moving to us would "guarantee a clean audit" next year. I want to answer that properly.'],
    ['tone.', 'The API returns the outcome (FIT, FIT WITH RESTRICTIONS, TEMPORARILY UNFIT, UNFIT) for each worker.'],
    ['tone.', "I don't know whether that's on your team's plate yet, but if it is, we might be worth a look."],
    ['placeholder.', '[한국어]\n- 기숙사 프린터는 24시간 무인 운영이 가능합니다.\n\n[English]\n- Dormitory printers can run unattended.'],
    ['internal.', 'A note on how this email was written: I drafted it with our AI assistant from my notes and then checked every line myself.'],
    ['internal.', 'You asked for something you could paste into an internal email, so here it is.'],
    ['placeholder.', 'Thanks for joining the webinar.', "Your questions from the webinar that we didn't get to"],
  ], [
    ['tone.', "I've kept it open for you for six weeks now, which I don't normally do."],
    ['tone.', 'The forwarders who got in early are already quoting faster than you can.'],
    ['tone.', "With enforcement tightening, forwarders who aren't automated are the ones who end up with held shipments."],
    ['tone.', '我们可以保证，上线第一个月贵司的查验率就会明显下降。'],
    ['tone.', '这个优惠价格只保留到本周五，过期就恢复原价了，您要抓紧。'],
    ['tone.', 'Capisco che rispondere richieda tempo, ma ormai è la quarta volta che le scrivo.'],
    ['tone.', 'Le dico francamente: chi aspetta il prossimo anno di solito se ne pente.'],
    ['internal.', 'You can still apply the old tariff (is that still allowed?? ask finance).'],
    ['internal.', '(Giulia, questa parte la riscrivi tu? Non sono sicuro del tono)'],
    ['claim.', '贵司去年营收突破了五个亿，报关量想必也涨了不少。'],
    ['claim.', '了解到贵司深圳团队今年裁了一部分人，所以这次演示我们会重点讲效率。'],
    ['claim.', "Since you've just signed that big automotive account, I'll focus the session on high-volume imports."],
  ]);
});

describe('forty-fourth session, first round: shapes from fresh writers (OP, OQ clean; OR, OS problems)', () => {
  shapes([
    ['placeholder.', 'Forwarded with their OK, details removed.\n\nFrom: Kagiso Mahlangu <kagiso@ourco.com>\nTo: [customer name removed]\n\nHi,\n\nYes. The workstation keeps printing tickets locally.'],
    ['placeholder.', 'Bonjour Lucie,\n\nVoici le lien pour la démo de jeudi à 10 h.\n\nÀ jeudi !\nMargot'],
    ['placeholder.', 'Tout est prêt pour le lancement.\n\nBonne mise en ligne !\nCamille'],
    ['tone.', 'Phone support hours:\n\nMONDAY TO FRIDAY: 06:00 to 22:00\nWEIGHBRIDGE DOWN (URGENT): 24/7, on +56 2 2940 1199'],
    ['tone.', '- Closed: 24 December to 2 January\n- Support for URGENT issues (a bridge or dispatch not working): 24/7 as usual\n- Everything else: answered from 5 January'],
    ['tone.', 'Requirement 4.12 asks for a 100% uptime guarantee. We can\'t promise that honestly; our contractual SLA is 99.5% per month, with service credits.'],
    ['tone.', 'À NOTER : chaque revendeur crée son mot de passe.\n\nIMPORTANT : la commande test apparaîtra dans votre export Sage.'],
    ['tone.', 'Their founder put it this way: "The portal didn\'t sell more candles for us. It stopped us losing the ones we\'d already sold."'],
    ['internal.', 'Your legal team asked for a plain-English version of our main contract terms. Here it is.\n\nTERM: 36 months from go-live.\nPRICE CHANGES: Once a year, capped at CPI plus 2%.\nENDING IT: Either side can end it at the end of the term with 90 days\' notice.\nSLA: 99.5% monthly uptime for the cloud service.'],
    ['internal.', 'QUARRYBELL\n[x] Both indicators connected and tested\n[x] Price lists imported (312 lines, checked by Thabo)\n[ ] Export tested with your bookkeeper (booked for Thursday)\n\nTARGET CO\n[x] Weighbridge operators trained (4 of 4)\n[ ] Paper ticket books kept at the gatehouse as a fallback'],
    ['internal.', 'Below is everything we need from your side. Tick things off in any order.\n\n[ ] Product list (CSV or Excel): SKU, name, scent, size, wholesale price\n[ ] Product photos (a shared folder link is fine)\n[ ] Stockist list: business name, contact email, province, price tier\n[ ] Logo (PNG or SVG) and brand colours'],
    ['internal.', '"Disputes with hauliers about weights went from about twelve a month to one or two. Stored tares did that, not magic." (Jaco Smit, Site Manager, Highveld Sand & Stone; figures from their dispute log)'],
    ['claim.', "I'm contacting you because you're listed as the production contact for Target Co."],
    ['claim.', 'As one of the largest feed suppliers in Norway, we see many farms.'],
    ['claim.', 'Since we lost money on that project, we changed our pricing.'],
  ], [
    ['tone.', 'I can only hold the pilot price of NOK 38,000 until the end of the month; after that it goes back to list.'],
    ['tone.', 'We only take on two new resorts per canton each season, and one of the Graubünden spots has already gone.'],
    ['tone.', "I can promise you won't have another Saturday queue at the ticket office once it's live."],
    ['tone.', "You will see a lower FCR by harvest, and that's a promise."],
    ['tone.', "If these numbers don't convince you, I honestly don't know what will."],
    ['tone.', 'Surely someone responsible for feeding across several sites can spare fifteen minutes for something that touches half the cost base?'],
    ['tone.', "Dynamic pricing isn't nearly as complicated as it sounds, even for a small team without much of a technical background."],
    ['tone.', "I'll be direct: most resorts around you sell online now, and guests notice when one doesn't."],
    ['tone.', 'The resorts that get online sales right this year will be the ones guests choose next year, and the others will be left wondering where their weekend visitors went.'],
    ['tone.', 'I know change can feel a bit scary for teams that have fed the same way for twenty years, so we take it slowly.'],
    ['tone.', 'Jeg kan garantere at dere får ned fôrfaktoren med minst 0,1 før høsten.'],
    ['tone.', 'Det er kanskje ikke så lett å se fra innsiden, men dere ligger et stykke bak resten av bransjen på dette området.'],
    ['tone.', "J'imagine que vous avez d'autres priorités que les clients qui attendent au guichet."],
    ['tone.', 'Em đã gửi mấy email rồi mà vẫn chưa thấy anh phản hồi, chắc anh bận quá nên quên mất em ạ.'],
    ['internal.', 'Bitte Preis nochmals mit Sandra abklären, bevor das rausgeht.'],
    ['internal.', 'Hier ist unser Angebot.\n\n(Kari, kan du sjekke at demo-kontoen virker før vi lover noe?)'],
    ['internal.', '以下、ご依頼のメール文案です。丁寧なビジネス文体で作成しました。'],
    ['internal.', "I'm contacting you because you're the production contact at Target Co. Sofia, is this the right person or should it go to the site manager instead?"],
    ['internal.', "Magnus mentioned you'd be the right person to talk to.\n\nBest regards,\nIngrid\n\nP.S. Magnus – bcc me on anything he sends you so I can log it."],
    ['claim.', 'Thanks for getting back to me, and no problem about the delay — word is Target Co is restructuring the operations team, so I can imagine it\'s been busy.'],
    ['claim.', 'I understand around 40% of Target Co\'s winter guests now come from abroad, which makes the online checkout even more important.'],
    ['claim.', "I understand Target Co's new marketing director joined from a hotel group this summer, so packages may already be on the agenda."],
    ['claim.', "Since Target Co lost money on the lift side last season, I understand why you'd want to be careful about new costs."],
    ['claim.', 'With Target Co doubling the ticket office team this winter, it might be worth looking at the queue.'],
    ['claim.', 'With Target Co now supplying more than 40 export customers in Europe and the US, I imagine buyers are asking for more data.'],
    ['claim.', 'So che Target Co ha appena chiuso un aumento di capitale per rinnovare gli impianti.'],
    ['claim.', "J'ai appris que Target Co prévoit d'ouvrir un nouveau secteur l'hiver prochain, avec deux télésièges supplémentaires."],
    ['claim.', 'Target Co様が来季からオーストラリア市場向けの販売を本格化されると伺いました。'],
    ['claim.', 'Siden Target Co har doblet antall lokaliteter det siste året, regner jeg med at det har blitt mer krevende.'],
    ['claim.', "As one of Vietnam's top ten seafood exporters, Target Co will probably want to see how the system handles a large number of ponds."],
    ['claim.', "Target Co's move into closed containment next year is a big step, and feeding in a closed system behaves quite differently."],
  ]);
});

describe('forty-fourth session, second round: shapes from fresh writers (OV, OW clean; OX, OY problems)', () => {
  shapes([
    ['tone.', "One thing to flag up front so it doesn't surprise you later: our list prices change on 1 April, so I've given you both sets below."],
    ['secret.', 'Here are the joining details:\n\nZoom: https://zoom.us/j/84522910037\nMeeting ID: 845 2291 0037\nPasscode: 118204'],
    ['link.', 'The guidance is here: https://www.gov.scot/publications/non-domestic-energy-efficiency-section-63/'],
    // The model reads this one as pressure (as it did before); the promise shape does not.
    ['tone.pressure-shapes-17', "I can't promise every problem will go away overnight, but I can promise you'll know exactly where things stand."],
    ['internal.', 'The sort order resets when you log out. Cosmetic, but annoying for your showroom team. The fix is in next month\'s release.'],
    ['internal.', 'Dear Mr. Osei, please find below a summary of our proposal.'],
    ['claim.', 'It was a rough week at the port — I know two vessels were trying to dock at once.'],
  ], [
    ['tone.', 'Happy to explain it in simpler terms if the inventory side is a bit outside your wheelhouse.'],
    ['tone.', "Every merchant who's rolled this out has paid it back inside 90 days, and Target Co will too."],
    ['tone.', "It's fine if it's not a priority, I just find that surprising given how many calls your counter team must be fielding."],
    ['tone.', "Quick reminder that the free data migration ends this Friday, and we genuinely won't extend it for anyone."],
    ['tone.', "We're holding the current pricing for Target Co until the 28th, after which it moves to the new rate card, so it would be worth getting the paperwork started."],
    ['tone.', 'Just floating this back to the top of your inbox – again.'],
    ['tone.', "Most COOs get it in about five minutes, so it shouldn't take you long either."],
    ['tone.', "If it isn't relevant, it would be courteous to at least tell me rather than leave me guessing."],
    ['tone.', 'Ihre Mitbewerber in der Region setzen übrigens fast alle schon auf unsere Lösung, da sollte Target Co nicht zurückbleiben.'],
    ['tone.', 'Ich möchte Sie nicht drängen, aber wenn wir bis zum 15. nichts von Ihnen hören, geht der Platz an einen anderen Händler.'],
    ['tone.', 'Wir garantieren Ihnen eine Reduzierung der Fehlbestände um mindestens 40 %.'],
    ['tone.', 'Ehrlich gesagt wundert es mich, dass ein Betrieb Ihrer Größe noch so arbeitet.'],
    ['tone.', 'Sie wollen doch sicher nicht der letzte Großhändler in Bayern sein, der noch alles von Hand zählt.'],
    ['tone.', "Cette offre de lancement n'est valable que jusqu'à vendredi ; passé ce délai, nous ne pourrons plus vous la proposer."],
    ['tone.', 'Je me permets de vous relancer pour la quatrième fois, en espérant cette fois-ci obtenir une réponse.'],
    ['internal.', 'Anbei unser Angebot.\n\n[Stefan: bitte Preis nochmal mit Vertrieb abstimmen]'],
    ['internal.', 'Bitte noch anpassen: Ansprechpartner stimmt evtl. nicht, laut CRM ist es jetzt Frau Lorenz.'],
    ['internal.', '（备注：这个客户之前拒绝过我们一次，语气要软一点）'],
    ['internal.', 'Label: Q2-AU-Independents-Seq3'],
    ['internal.', 'Same as the one we sent to the Geneva lead, just changed the names.'],
    ['internal.', "The annual fee is CHF 24,000 (pricing per Raj's sheet, not the public page)."],
    ['internal.', 'Legal approval on our side: pending'],
    ['internal.', 'On hold, Karen wants to review the pricing table before anything goes to Target Co.'],
    ['claim.', "Now that Target Co is raising capital ahead of its IPO, I'd expect those questions are coming up more often."],
    ['claim.', 'Now that Target Co has passed 300 investors across its funds, reporting gets heavier.'],
    ['claim.', 'With Target Co launching a Luxembourg RAIF this autumn, reporting gets heavier.'],
    ['claim.', 'Wie ich erfahren habe, hat Target Co vor Kurzem einen neuen Geschäftsführer bekommen.'],
    ['claim.', 'Nachdem Target Co den Wettbewerber in Regensburg übernommen hat, steht sicher die Integration an.'],
    ['claim.', 'Da Target Co inzwischen über 15.000 Artikel auf Lager führt, wissen Sie sicher, wie schnell man den Überblick verliert.'],
    ['claim.', '听说Target Co今年的管理规模已经翻了一倍，报告的工作量想必也大了。'],
  ]);
});

describe('forty-fourth session, third round: shapes from fresh writers (OV, OW clean read again; PE, PF clean; PG, PH problems)', () => {
  shapes([
    ['internal.', 'I asked Dr Nadia Farouk, our Head of Energy Engineering. Her reply below explains what we\'d need. Forwarding it in full.'],
    ['internal.', 'Below is a summary of our call on 22 January. It was drafted by our AI note-taker from the call recording, which you agreed to at the start, and I\'ve checked and corrected it.'],
    ['tone.', "Here's a quote from Haji Usman, owner of UD Laut Biru, who renewed in March and agreed to be quoted:\n\n\"The first month was hard. After three months nobody wanted to go back to paper, because the farmers stopped arguing about weights.\""],
    ['claim.', '我们是新加坡团队。我们今年的管理规模已经翻了一倍。'],
    ['secret.', 'AGENDA\n10:00  Why humidity spikes before dawn\n\nJoin on Zoom: https://zoom.us/j/84120093311\nPasscode: 551902'],
    ['internal.', "Where they're stronger: they're cheaper per unit, and they've been in the Spanish market since 2009."],
    ['internal.', "Here's my attempt. Please edit it however you like before sharing it; it's yours to use."],
    ['internal.', 'Could you pass this on to her?\n\n- Temperature: factory calibrated, accurate to ±0.2°C.\n- Relative humidity: ±2% RH.'],
    ['placeholder.', 'Q: Can you guarantee the forecast will be within X%?\nA: No, and we\'d be wary of anyone who does.'],
    ['placeholder.', 'MAIN ENDPOINT\nGET https://api.ourco.com/v2/blocks/{block_id}/forecast\n\nHere {block_id} is the ID shown next to each block in the dashboard.'],
    ['claim.', "P.S. Congratulations to Target Co on the Fruitgrowers' Association environmental award. I saw the announcement on your website on Saturday."],
    ['internal.', 'In Leanne\'s words: "The forecast didn\'t get it perfect, but it got us to the point where our post-harvest operator stopped padding our estimates."'],
    ['internal.', "Dan's answer is below; I've only added this intro."],
    ['tone.', 'Four UK building societies and two challenger banks. Two of them have agreed to speak to your CFO directly.'],
  ], [
    ['tone.', 'Ik neem aan dat u het gewoon te druk had om op mijn vorige drie mails te antwoorden, al was een kort antwoord wel fijn geweest.'],
    ['tone.', "Bijna al uw collega's in de regio zijn al overgestapt, en het zou jammer zijn als Target Co achterblijft."],
    ['tone.', "If now isn't a good time for you, I'm happy to reach out to your operations director directly instead."],
    ['tone.', 'With our routing, overflowing containers will simply be a thing of the past for Target Co.'],
    ['tone.', "Residents notice overflowing bottle banks, and it doesn't look good for Target Co when photos of them end up on Facebook."],
    ['tone.', 'Entiendo que quizá no ha tenido tiempo de leer mis correos anteriores, aunque ya van cuatro.'],
    ['tone.', 'One thing to flag: we can hold current pricing, but only if the order form is signed before the 30th. After that it goes up 18%.'],
    ['tone.', "I realize accounts payable probably isn't the most exciting part of your week, but someone at Target Co has to care about it."],
    ['tone.', 'أرسلت لك رسالتين سابقتين دون رد، وأتفهم إن كان الموضوع لا يحظى بأي اهتمام لديكم.'],
    ['internal.', 'Nog even checken bij Tom of die sensorprijs nog klopt.'],
    ['internal.', "Notes from call 12/03: budget from next year's capex, they have a competing quote at €38k, wants pilot in Namur first then decide."],
    ['internal.', 'Prob. cierre: 40% – dar seguimiento en 2 semanas, hablar con compras'],
    ['internal.', 'We could start in March. (Jenna, is March realistic with the Oracle connector backlog?)'],
    ['internal.', 'This is the one from the HIMSS list that Jordan flagged as warm.'],
    ['claim.', 'Sé que Target Co acaba de ganar la licitación de recolección de vidrio en Querétaro, así que me imagino que están planeando rutas nuevas.'],
    ['claim.', 'Ik hoorde dat Target Co volgend jaar de glasinzameling in drie extra gemeenten overneemt.'],
    ['claim.', 'With revenue up by nearly a third this year, I imagine the focus is shifting to keeping costs in line with that growth.'],
    ['claim.', "I know it's been a difficult year for Target Co and that costs are being cut across the board, so I'll keep this short."],
    ['claim.', 'Since Target Co is processing something like 40,000 invoices a month across its hospitals, even a small improvement adds up.'],
    ['claim.', 'مع تعيين الرئيس التنفيذي الجديد في Target Co مطلع هذا العام، أتوقع أن تكون هناك مراجعة شاملة للعمليات المالية.'],
    ['claim.', 'Me contaron que Target Co va a abrir dos hospitales nuevos en el centro de Florida el próximo año.'],
    ['claim.', '我是新加坡团队的 Marcus，来自我们公司。听说Target Co今年的管理规模已经翻了一倍，投资者报告的工作量应该也随之增加了不少。'],
    ['claim.', 'Congratulations to Target Co on the environmental award. I heard it through the grapevine.'],
    ['claim.', 'I understand Joana Matos has taken over as Operations Director at Target Co, so I thought this might be a good time to reintroduce us.'],
    ['internal.', 'Quick one before this goes out. Tom said: "don\'t mention the discount until they ask, they\'re price-sensitive."'],
    ['secret.', 'Join on Zoom: https://zoom.us/j/84120093311\nAdmin password: Tr4vel!ng22 for the host account, keep it safe'],
  ]);
});

describe('forty-fourth session, fourth round: shapes from fresh writers (PI, PJ clean; PK, PL problems)', () => {
  shapes([
    ['tone.', 'Now that Target Co is live, here is your support contact list.\n\nURGENT (machine data missing, dosing stopped)\nSupport line, 24/7: +90 850 305 22 40\n\nNON-URGENT (reports, user accounts, questions)\nsupport@ourco.com, answered within one working day'],
    ['internal.', "As requested, attached is our product brochure. A quick guide:\n\n[Pages 2-3] Overview. Skip if you've seen the demo.\n[Pages 4-6] Sensors: the part your maintenance team will care about."],
    ['internal.', "Here's a checklist so nothing surprises anyone on the first day. Items on your side are marked YOU, ours are marked US.\n\nBEFORE INSTALLATION\n[ ] US: Ship sensor kits to your Savar site\n[ ] YOU: Confirm the four machine numbers and their controller models\n[ ] YOU: Give one network port near the machines"],
  ], [
    ['tone.', 'URGENT (please read)\n\nSign today.'],
    ['tone.', 'Tämä hinta on voimassa vain tämän viikon, enkä voi luvata sitä enää maanantaina, joten päätös kannattaa tehdä nopeasti.'],
    ['tone.', "Franchement, si vous attendez la première tempête pour décider, il sera trop tard et vous risquez de le regretter tout l'hiver."],
    ['tone.', "After the pile-ups on the 401 last winter, I don't imagine any contractor wants to be the one named in the next news story."],
    ['tone.', 'Suurin osa alueen kiinteistöhuoltoyhtiöistä on jo tehnyt sopimuksen tälle talvelle, joten Target Co on tässä vaiheessa vähän jäljessä.'],
    ['tone.', "By December you'd be about the only operator on the St. Lawrence still managing this in-house."],
    ['tone.', 'No pressure at all, but the managers who took their time deciding last year are the ones who ended up calling me after a hoist failure.'],
    ['tone.', 'I know budgets are tight, but surely the safety of your crane drivers is worth more than a line item.'],
    ['tone.', "As I'm sure you already know (or should), spreader faults are one of the most common causes of short crane stoppages."],
    ['tone.', 'Our pilot pricing for Egyptian terminals is only being held until the end of this month, so it would make sense to get something in the diary this week.'],
    ['tone.', "Ik ga ervan uit dat u, net als uw collega's in Rotterdam, niet wilt achterblijven."],
    ['tone.', 'De pilotprijs zoals besproken kan ik alleen vasthouden als we vóór vrijdag uw akkoord hebben.'],
    ['internal.', 'Muista tarkistaa Jussilta, saako tätä hintaa luvata koko kaudeksi.'],
    ['internal.', '— Kevin, can you confirm we actually cover Sudbury now? —'],
    ['internal.', 'OBS: sänk rabatten till 5 % om de frågar igen, Anders brukar pruta.'],
    ['internal.', 'Same pitch as the Laval one, just swapped the tonnage and yard count.'],
    ['internal.', '[TARKISTA: onko Kuopion varasto jo auki vai vasta joulukuussa?]'],
    ['internal.', 'The annual fee would be EUR 18,000. (Jeroen said we can go to 15 if they push)'],
    ['internal.', 'ملحوظة داخلية: متبعتش الأسعار دي غير بعد موافقة المدير الإقليمي.'],
    ['internal.', 'Here is the summary. [add link to Rotterdam case study]'],
    ['claim.', "From what I've heard, Target Co has roughly doubled its contract volume in the last two years."],
    ['claim.', 'Kuulin, että Target Co laajentaa toimintaansa Ouluun ensi vuonna.'],
    ['claim.', 'Puisque Target Co entretient maintenant plus de 1 200 kilomètres de routes, je me doute que la logistique du sel vous occupe beaucoup.'],
    ['claim.', 'Eftersom Target Co har vuxit med nästan 40 % i år antar jag att saltbehovet också har ökat en hel del.'],
    ['claim.', 'Now that Target Co has closed its new financing round with the pension fund, I expect the expansion plans are moving quickly.'],
    ['claim.', 'As the largest winter maintenance contractor in Atlantic Canada, Target Co probably goes through more salt in a storm than most firms use in a month.'],
    ['claim.', "It's a busy season, especially with Target Co going through the merger with the Helsinki group this autumn."],
    ['claim.', 'I understand Target Co went over its salt budget by about 20% last winter.'],
    ['claim.', "With Target Co's IPO planned for next year, I'd expect investors to look closely at how reliably the crane fleet performs."],
    ['claim.', 'Well done on the record quarter — I heard volumes at Target Co were up by about a third.'],
    ['claim.', "I know cost-cutting is the order of the day at Target Co after last year's losses, so let me suggest a lighter start."],
  ]);
});

describe('forty-fifth session, first round: shapes from fresh writers (TD, TE clean; TF, TG problems)', () => {
  shapes([
    ['tone.', "Your IT team asked what we don't need, so I've listed that too.\n\nWE NEED\n- Item master: SKU, description, unit of measure\n- Location list: aisle, bay, level\n\nWE DON'T NEED\n- Personal information about your customers\n- Pricing or cost data"],
    ['tone.', "Conformément à l'article 9.2 de votre contrat, voici l'avis de renouvellement.\n\nDURÉE ACTUELLE : du 1er avril 2025 au 31 mars 2026\nFRAIS ANNUELS ACTUELS : 72 000 $ CA\nFRAIS DE RENOUVELLEMENT : 74 160 $ CA (hausse de 3 %)\nTAXES : TPS et TVQ en sus"],
    ['tone.', "If those are useful to you, let's talk. If you need a guaranteed ROI figure, I'm probably not the right supplier, and I'd rather tell you that now."],
    ['internal.', "Your point that product can't ship until its core hits -25°C, and that the hold is tracked on a whiteboard, was the clearest problem statement I've heard."],
    ['internal.', "Please check the current wording with the CFIA and FDA directly, or with your own compliance advisor; I'm summarizing, not giving legal advice."],
    ['claim.', 'Li no comunicado de imprensa da Target Co de 3 de março que vão abrir um novo centro de operações no Porto, com cerca de 200 pessoas até ao final do ano. Parabéns!', 'Parabéns pelo novo centro no Porto'],
    ['claim.', 'Leí en vuestra nota de prensa que Target Co abrirá un nuevo almacén en Valencia este año.'],
    ['tone.', 'Kalau tidak ada kabar sampai hari Senin, saya akan telepon Bapak untuk memastikan.'],
    ['tone.', 'As head of planning, I imagine a lot of that will land on your desk.'],
  ], [
    ['tone.', 'LIMITED SPOTS : sign today.'],
    ['tone.', 'WE NEED YOUR ANSWER\n- by Friday\n- or the price goes up'],
    ['tone.', 'It pays for itself within the first project, every time.'],
    ['tone.', "I'm guessing my last few emails must have ended up in your junk folder."],
    ['tone.', "If something does go wrong on a project and there's no proper record, that's ultimately going to land on you."],
    ['tone.', 'Scheduling software can be confusing, so let me explain this in simple terms.'],
    ['tone.', "As I'm sure you know — or at least should know, in your role — bearing damage is the most common cause of motor failure."],
    ['tone.', 'Tim implementasi kami untuk kuartal ini hampir penuh, jadi kalau Bapak belum memberi kabar minggu ini, kemungkinan besar baru bisa mulai tahun depan.'],
    ['tone.', 'Jujur saja Pak, kalau Target Co menunda lagi, nanti bakal ketinggalan dari kontraktor lain yang sudah duluan pakai sistem seperti ini.'],
    ['tone.', 'Mohon konfirmasi paling lambat hari Jumat, karena lewat dari itu uji coba gratis ini tidak bisa kami berikan lagi.'],
    ['tone.', 'Karena mungkin tim Bapak belum terbiasa dengan software seperti ini, nanti kami jelaskan pelan-pelan dari dasar saja.'],
    ['tone.', 'Kami jamin proyek Bapak tidak akan terlambat lagi setelah memakai sistem kami.'],
    ['tone.', 'Promo ini cuma untuk 5 kontraktor pertama yang tanda tangan bulan ini ya Pak, dan sudah tinggal sedikit.'],
    ['tone.', 'Kalau tidak ada kabar sampai hari Senin, dengan berat hati slot tersebut akan kami berikan ke klien lain.'],
    ['tone.', 'Zostały nam już tylko trzy miejsca w programie na ten kwartał, więc naprawdę warto się pospieszyć.'],
    ['tone.', 'Většina vašich konkurentů už u nás objednala, takže bych na vašem místě dlouho neváhal.'],
    ['tone.', 'Jen upozorňuji, že pokud o termín přijdete, další volný může být klidně až na podzim – a to byste asi nerad riskoval.'],
    ['tone.', 'Szczerze mówiąc, trochę mnie dziwi, że nadal nie dostałem żadnej odpowiedzi, nawet krótkiego „nie”.'],
    ['tone.', 'Ich gehe davon aus, dass Sie meine letzten beiden Nachrichten einfach übersehen haben – anders kann ich mir Ihr Schweigen nicht erklären.'],
    ['internal.', 'This can\'t go out until legal signs off.'],
    ['internal.', 'Pak Arif, ini sudah aman dikirim? Soalnya saya belum tes yang .mpp versi 2010.'],
    ['internal.', 'PS for Felix: cc me when you send this, I want to track this one — Anja'],
    ['internal.', 'Achtung – Rabatt erst erwähnen, wenn die Vertriebsleitung ihn freigegeben hat.'],
    ['internal.', 'Bitte Preis nochmal mit dem Innendienst abgleichen!!'],
    ['internal.', 'POZN.: poslat až po schválení od Pavla, sleva ještě není potvrzená'],
    ['internal.', 'Rozmawiałem z panem Nowakiem (sprawdzić, czy to on jest decydentem) w zeszłym tygodniu.'],
    ['claim.', 'Selamat atas pengangkatan direktur utama baru di Target Co bulan ini, semoga membawa arah yang baik untuk perusahaan.'],
    ['claim.', 'Saya dengar Target Co baru saja menang tender proyek jalan tol di Sumatera senilai lebih dari 2 triliun, selamat ya Pak.'],
    ['claim.', 'Kami memahami bahwa Target Co baru saja melakukan pengurangan karyawan yang cukup besar di divisi proyek.'],
    ['claim.', 'Dengan Target Co yang sekarang sudah pegang lebih dari 60 proyek aktif di seluruh Jawa, pasti tim planning Ibu kerja keras.'],
    ['claim.', 'Kami mengucapkan selamat atas penghargaan Kontraktor Terbaik yang diterima Target Co tahun ini.'],
    ['claim.', 'Dengar-dengar Target Co akan segera diakuisisi oleh salah satu BUMN Karya.'],
    ['claim.', 'I know the past few months have been tough financially for Target Co, with a couple of projects running well over budget.'],
    ['claim.', 'That seems especially relevant with Target Co being under a bit of pressure from the bank at the moment.'],
    ['claim.', 'Given the losses Target Co made last year, I completely understand why every new spend needs a clear payback.'],
    ['claim.', 'With Target Co entering the US market this year, reliable delivery is going to matter more than ever.'],
    ['claim.', 'Po zwolnieniach w zakładzie Target Co w Gliwicach zespół utrzymania ruchu zapewne obsługuje więcej maszyn.'],
    ['claim.', 'Protože Target Co právě koupila menšího konkurenta v Brně, předpokládám, že budete řešit údržbu v obou závodech.'],
    ['claim.', 'Jelikož Target Co letos zdvojnásobila výrobu, předpokládám, že vaše stroje běží na hraně kapacity.'],
    ['claim.', 'Da bei Target Co seit Jahresbeginn Kurzarbeit gilt, ist Ihr Instandhaltungsteam vermutlich knapp besetzt.'],
    ['claim.', "Your previous head of maintenance left in March, I believe, so I wasn't sure who to contact about this."],
  ]);
});

describe('forty-fifth session, second round: shapes from fresh writers (TL, TM clean; TN, TO problems)', () => {
  shapes([
    ['tone.', "WHAT I CAN AND CAN'T SAY ABOUT TARGET CO\nI don't know enough about your fleet to say you'd see the same result."],
    ['claim.', 'Our Series B closed this week. I know funding news doesn\'t answer every question a procurement team has about a supplier, so ask for our audited accounts.'],
    ['claim.', 'A few people at Target Co may have seen the headline about our Series A in Les Echos this week. Here is what it changes for you.', 'A note on the funding news'],
    ['claim.', 'Your CFO\'s LinkedIn post last week, about fuel now being the largest single line in Target Co\'s operating costs after salaries, got a lot of comments. I thought the point about "visibility before cost-cutting" was spot on.'],
    ['claim.', 'I read the Business Daily article on 11 May where your MD described the new Kisumu depot as "the hub for western Kenya and Uganda". Congratulations.'],
    ['claim.', 'Here are the five steps:\n\n3. CHECK. Your team checks a sample of 50 products and 20 customers. We fix what\'s wrong.'],
    ['claim.', 'SESSION 2 — Warehouse (receiving, picking, counts)\nThu 5 June, 08:00–09:30, on site in Mâcon, 4 people'],
    ['claim.', "Merci pour la visite de l'entrepôt.\n\n1. CE QUE NOUS AVONS RETENU DE NOS ÉCHANGES\n- Target Co distribue environ 1 200 références auprès de 600 clients, dont deux tiers de cavistes.\n- Les commandes arrivent par téléphone."],
    ['internal.', "TL;DR: yes, our tracker reads fuel and engine data on all 18 of your Isuzu FTRs.\n\nThe longer version: we tested on an FTR 850 in our Johannesburg workshop this week.\n\nNB: the 2016 models use a slightly different connector, so our technicians will bring an adapter."],
    ['internal.', 'Two things I can say with confidence:\n1. Most commercial insurers in South Africa require an approved tracking device on high-value vehicles.\n2. Some insurers offer a discount.'],
    ['internal.', 'YOUR TO-DO BEFORE INSTALL DAY\n[ ] Confirm the final list of 24 vehicle registrations (by the 10th)\n[ ] Make sure each vehicle is at the depot from 07:30\n[ ] Let security at the gate know three technicians are coming'],
    ['internal.', 'The spreadsheet is attached so your finance team can plug in their own numbers.'],
    ['tone.', "If you can't make it after all, a short reply is enough so we can offer your seat to someone else. No need to explain!"],
    ['placeholder.', 'Hello', 'Our award, and the customer it was really about'],
    ['tone.', "No pressure whatsoever. If it's not your thing, we'd still love to have you attend."],
    ['tone.', "And if this isn't your area, I'd be grateful if you could point me to the right person at Target Co."],
    ['claim.', 'Te escribo en inglés porque vi que tu equipo trabaja con la casa matriz en Madrid, espero que no sea problema.'],
  ], [
    ['tone.', "I've gone ahead and put Thursday 10am in your calendar; if you can't make it, just let me know why."],
    ['claim.', 'Your announcement about putting solar on all 12 bottling plants was brilliant.'],
    ['claim.', 'Since your CEO announced her retirement, I imagine a lot of strategic projects are under review.'],
    ['tone.', 'One thing to flag: we only take on three new implementations in the region per quarter, and two of those are already spoken for.'],
    ['tone.', 'Lembrando que essa condição especial vale só para quem assinar até o fim do mês.'],
    ['tone.', 'Sinceramente, achei que uma empresa do porte da Target Co já teria resolvido isso há bastante tempo.'],
    ['tone.', 'To be blunt, the spreadsheet approach stopped being defensible a few years ago.'],
    ['tone.', "After this week it's off the table for good."],
    ['tone.', "That's completely fine, but please don't come back in six months wondering why enrollment slipped."],
    ['tone.', 'Esta propuesta vale solo hasta el viernes; después no vamos a poder sostener estas condiciones para Target Co.'],
    ['tone.', "If a single RTI submission goes in late, it's usually the person who signed off the payroll who ends up answering for it."],
    ['tone.', 'The onboarding fee waiver is only open until the end of this month, after which it goes back to standard pricing.'],
    ['tone.', 'Erbjudandet gäller bara till fredag, sedan går priset upp med 20 %.'],
    ['tone.', 'Als ik vrijdag niets van u hoor, ga ik ervan uit dat Target Co geen interesse heeft en geef ik uw plek in de planning aan een andere organisatie.'],
    ['tone.', 'Vi lovar att ni aldrig mer kommer att få en felaktig lönekörning.'],
    ['tone.', "You'd be surprised how many HR managers only realise they've been underpaying staff when the tribunal letter lands."],
    ['tone.', "Payroll legislation can be quite confusing if it isn't your specialism, so I've kept this as simple as possible."],
    ['tone.', 'Voor nieuwe klanten vervallen de implementatiekosten, maar deze korting geldt alleen voor organisaties die vóór 15 maart tekenen.'],
    ['tone.', "Most payroll managers we speak to are surprised by how much they've been getting wrong."],
    ['internal.', 'Estado en CRM: oportunidad calificada – próximo paso: demo técnica – cierre estimado: Q4'],
    ['internal.', 'Mari, o Fábio é o contato que veio da feira da SBPPC, não esquecer de lançar no CRM depois.'],
    ['internal.', 'Same pitch as the Hospital Alemán one, just swap the study numbers.'],
    ['internal.', 'Jag har gjort tonen lite mer informell eftersom mottagaren sitter i Sverige.'],
    ['placeholder.', 'Sites covered: [add the Curitiba site count here]'],
    ['internal.', 'The fee is £4.50 per payslip (is it still £4.50 per payslip? Priya to confirm).'],
    ['internal.', 'NB: remove the pricing line before sending.'],
    ['claim.', 'Sé que Target Co duplicó su número de estudios activos este año.'],
    ['claim.', 'Word is that Target Co is being prepared for a sale, so this might be timely.'],
    ['claim.', 'Vi que a Target Co está se preparando para abrir capital na B3 no ano que vem, e imagino que isso mude bastante coisa.'],
    ['claim.', "After a difficult couple of years for Target Co, it's great to see things turning around."],
    ['claim.', 'I understand Target Co has had a few problems getting salaries out on time recently.'],
    ['claim.', 'Nu när ni har öppnat kontor i Oslo blir det säkert fler frågor kring löner och skatter över gränsen.'],
    ['claim.', "Nu Target Co dit jaar met zo'n 40% groeit, wordt de salarisadministratie waarschijnlijk elke maand complexer."],
    ['claim.', 'Jag såg att Target Co förbereder en börsnotering nästa år, och då brukar kraven skärpas rejält.'],
    ['claim.', "I gather the last year has been a tough one financially for Target Co, so I'll keep this focused on cost."],
    ['claim.', 'I understand your finance director is leaving at the end of the quarter, which can leave payroll a bit exposed during the handover.'],
    ['claim.', 'Your website suggests you are opening a new Kisumu depot.'],
  ]);
});

describe('forty-fifth session, third round: shapes from fresh writers (TP, TQ clean; TR, TS problems)', () => {
  shapes([
    ['claim.', "I wanted to share a short story from one of our customers with a similar setup.\n\nPanadería Alcantara runs 14 branches around Cebu and Mandaue. They moved their deck ovens to a lease in 2022."],
    ['claim.', 'WHERE BUYING WINS\nOver five years, buying is cheaper in absolute terms.'],
    ['claim.', "Thank you for explaining why. It makes complete sense to buy outright now that the grant has come through."],
    ['tone.', "THINGS I CAN'T TELL YOU\nI don't know your cost of capital."],
    ['tone.', "DO\n- Run the automatic cleaning programme every night.\n\nDON'T\n- Use abrasive pads on the stainless steel interior."],
    ['tone.', 'WHAT "REFURBISHED" MEANS AT OURCO\n- Units are 2 to 5 years old, returned from previous leases\n- Stripped, deep-cleaned and safety-tested'],
    ['tone.', 'Correct figures for Target Co:\nWAS:  4 rooms x NZ$159 = NZ$636/month\nNOW:  4 rooms x NZ$149 = NZ$596/month'],
    ['tone.', "FIXED\n- Appointment book now remembers the last vet you filtered by (your nurse Jade's request)\n- Weight chart now shows kg with one decimal place"],
    ['internal.', 'AGENDA\n1. How equipment leases are treated under MFRS 16 (the 10-minute version)\n2. Cash flow: a worked example'],
    ['internal.', 'NEXT STEPS\n- Me: send the formal quote for option C by Friday.\n- You: check with your business partner which option to go with.'],
    ['internal.', 'Our register is built to NSW requirements, and Target Co is in Victoria, so please check the Victorian requirements before relying on it.'],
    ['placeholder.', "You'll get a spreadsheet [we'll send it as an attachment] to check."],
    ['placeholder.', 'Kaya ipinadala ko na ang brochure ng Ourco Flex [naka-attach].'],
    ['placeholder.', "- Appointment book now remembers the last vet you filtered by (your nurse Jade's request)"],
    ['recipient.', 'As promised, the details for Target Co.', 'Καλημέρα, and the details from Tuesday'],
  ], [
    ['tone.', "We're holding the current onboarding rate for Target Co until the end of this month; after that it goes back to list."],
    ['tone.', "Since you're presumably busy, I'll spell it out in plain terms so there's no confusion."],
    ['tone.', "A quick yes or no is all I need. It's not a big ask, and it would save us both from me chasing you."],
    ['tone.', "I've reserved a demo slot for you on Thursday at 10:00. If it doesn't work, I'll need to release it to another museum on the waiting list."],
    ['tone.', "I know some of the correlation material can go over people's heads, so I'll keep this as simple as I can for you."],
    ['tone.', 'With our system in place, Target Co will cut its non-revenue water by at least a quarter within twelve months.'],
    ['tone.', 'Ha most nem lép, a következő szezonban már a konkurencia viszi el a látogatóit.'],
    ['tone.', 'Le garantiamo un aumento dei visitatori già nella prima stagione.'],
    ['tone.', 'Ehrlich gesagt verstehe ich nicht ganz, warum Sie bei diesem Thema noch zögern.'],
    ['tone.', 'A kedvezményes ár csak a hónap végéig érvényes, utána sajnos nem tudjuk tartani.'],
    ['tone.', 'Bitte geben Sie mir bis Mittwoch Bescheid, sonst muss ich den Platz im Pilotprogramm an das nächste Haus auf der Liste vergeben.'],
    ['tone.', 'Si no lo evalúan ahora, después no diga que no le avisamos.'],
    ['tone.', 'Como sé que su equipo no suele tener tiempo para leer informes técnicos, se lo resumo en una línea.'],
    ['tone.', 'Le comento que esta tarifa solo es válida hasta el viernes; después no podremos mantenerla.'],
    ['tone.', 'Great news!!'],
    ['internal.', 'Ezt még nézd át, Dóra, mielőtt elküldöd.'],
    ['internal.', 'Pricing above is the partner rate, only if Felix approves, otherwise standard.'],
    ['internal.', 'Achtung: Anrede prüfen, Dr. oder Mag.?'],
    ['internal.', '[Márton: a Ludwignál még kérdezd meg, hogy használhatjuk-e őket referenciaként]'],
    ['internal.', 'Copied from the Bern email, update the city names.'],
    ['internal.', 'Nota: adapté el tono al español de Chile y usé tuteo, como pediste.'],
    ['internal.', '(Camila, cámbiale el saludo, está muy formal para él)'],
    ['internal.', 'Mateo, swap in the Medellín numbers here, the Lima ones are from 2022.'],
    ['internal.', 'Annual fee: [PRICE TBC — Carla to confirm after the margin review]'],
    ['claim.', 'Wie ich gehört habe, plant Target Co für 2025 einen Ausbau der Ausstellungsfläche um fast die Hälfte.'],
    ['claim.', 'Úgy tudom, a Target Co idén új ügyvezetőt kapott.'],
    ['claim.', 'With visitor numbers at Target Co up almost 30% year on year, the ticket desk must be busy.'],
    ['claim.', 'Gratulálok a Target Co tavalyi rekordbevételéhez, igazán szép eredmény.'],
    ['claim.', 'Ich melde mich, da Target Co ja demnächst mit dem Stadtmuseum fusioniert.'],
    ['claim.', "I'm told Target Co will be rolling out a new membership programme with around 5,000 founding members in the first year."],
    ['claim.', 'With Target Co preparing for its IPO next year, investors are going to look closely at operating efficiency.'],
    ['claim.', "Given the financial pressure Target Co has been under since last year's tariff decision, I thought our model might be of interest."],
    ['claim.', 'Sabemos que Target Co atraviesa un momento financiero complicado, por eso quería presentarle nuestro modelo.'],
    ['claim.', 'Con Target Co creciendo casi un 20% en suscriptores, me imagino que la red nueva y la antigua conviven.'],
  ]);
});

describe('forty-fifth session, fourth round: shapes from fresh writers (TT, TU clean; TV, TW problems)', () => {
  shapes([
    ['tone.', "Order signed before 1 April: USD 38,400 per year. I'd rather you pick the timing that suits your budget cycle than hurry a decision."],
    ['tone.', 'FOR YOUR REVIEW (no action needed this week): attached is our draft Data Processing Agreement for Target Co.', 'FOR YOUR REVIEW: draft data processing agreement'],
    ['internal.draft-talk', "Forwarding the reply from our product team. I've trimmed internal email signatures but otherwise left it as written."],
    ['internal.confidentiality-label', "Forwarding the reply from our product team. I've trimmed internal email signatures but otherwise left it as written."],
    ['internal.', 'Attached is our draft Data Processing Agreement for Target Co, based on our standard template.'],
    ['claim.', 'IMPROVED\n- Roster optimisation is about 35% faster for rosters above 1,000 staff\n- CSV export now includes cost centre codes'],
    ['placeholder.', 'Here is the quote [a signed PDF copy is attached] for your records.'],
    ['placeholder.', 'Ourco Ltd (company no. 516384201) is registered in Cyprus.'],
    ['placeholder.', 'نرفق لكم عرض السعر الخاص بباقة العمليات [انظري المرفق].'],
    ['claim.', "Dim ond nodyn byr i ddilyn fy neges y mis diwethaf. Rwy'n deall bod llawer ar eich plât."],
    ['tone.', "The quote is valid through 31 July. After that it's not that the price disappears, it's that our list prices get reviewed each August."],
  ], [
    ['tone.', "I'll keep this simple, since soiling isn't always well understood on the finance side."],
    ['tone.', 'Once the new price list comes in on 1 September, I won\'t be able to help you at all.'],
    ['tone.', 'With nightly cleaning, you will never see soiling losses above 1% again.'],
    ['tone.', "The introductory rate we discussed disappears at the end of the month, and it won't come back."],
    ['tone.', 'Payback inside 14 months is guaranteed.'],
    ['tone.', 'We can promise zero production loss from soiling from day one.'],
    ['tone.', "I know the technical side isn't everyone's strength, so I've kept this very simple."],
    ['tone.', "Je me permets d'insister : ne pas agir maintenant serait une erreur que vous regretteriez dès cet été."],
    ['tone.', 'No need to get into the technical side; our team will handle all the thinking for you.'],
    ['tone.', "I'll keep this simple, as I know LMS procurement isn't something most library managers have much background in."],
    ['tone.', "Tha an tairgse seo a' tighinn gu crìch Dihaoine, agus cha bhi cothrom eile ann."],
    ['tone.', "Mae'r pris arbennig hwn ar gael tan ddydd Gwener yn unig, felly peidiwch ag oedi."],
    ['tone.', 'Má fhanann sibh go dtí an bhliain seo chugainn, beidh sibh fágtha chun deiridh.'],
    ['tone.', "Rwy'n siŵr eich bod chi'n brysur, ond dyma'r pedwerydd tro i mi ysgrifennu heb gael ateb."],
    ['internal.', '(à reformuler, trop commercial)'],
    ['internal.', "This matches the benchmark (the one Marc still hasn't updated in the deck)."],
    ['internal.', 'Na cuir seo gus am bi Calum air aontachadh ris.'],
    ['internal.', 'Annual fee: £12,000 (pricing TBC, ask finance before quoting)'],
    ['claim.', 'With Target Co about to sign a 200 MW PPA with ONEE, cleaning costs will matter more.'],
    ['claim.', 'Your water costs at Target Co have jumped sharply since the new restrictions came in.'],
    ['claim.', 'Com a abertura do novo escritório da Target Co em Lisboa esta primavera, imagino que a equipa esteja a crescer.'],
    ['claim.', 'Given that Target Co now manages over 600 MW across Morocco, a portfolio approach makes a lot of sense.'],
    ['claim.', "Suite au départ de votre directeur technique, je comprends que vous souhaitiez prendre le temps de réorganiser l'équipe."],
    ['claim.', 'Sei que a Target Co vai entrar no mercado espanhol ainda este ano.'],
    ['claim.', "Target Co's cleaning costs are running at roughly double the industry average."],
    ['claim.', 'علمنا أن Target Co حصلت مؤخراً على تمويل جديد لتوسيع محطاتها في الجنوب'],
    ['claim.', 'As Target Co serves around 140,000 active borrowers, performance at peak times really matters.'],
    ['claim.', "Word is that Target Co has already set aside around £400k for the new system, so I'll pitch our response at the right level."],
    ['claim.', "Given the budget freeze Target Co is under until April, I know new spending is off the table for now."],
    ['claim.', 'I understand Target Co is moving away from its current supplier when the contract ends in June.'],
    ['claim.', 'Now that Target Co has switched e-book platforms, you may be looking at how to show e-books and print in one search.'],
    ['claim.', 'Given Target Co went over budget by around £300k last year, I thought you might value a single fixed fee.'],
    ['claim.', "Chuala mi gu bheil Target Co a' fosgladh leabharlann ùr ann am Port Rìgh as t-earrach."],
    ['claim.', "Deallaf fod Target Co wedi colli tua chwarter o'i staff llyfrgell yn ystod y ddwy flynedd diwethaf."],
    ['claim.', 'Tuigim go bhfuil Target Co chun dhá leabharlann bhrainse a dhúnadh i mbliana.'],
    ['claim.', 'Llongyfarchiadau ar y grant newydd o £1.2 miliwn gan Lywodraeth Cymru ar gyfer llyfrgelloedd Target Co.'],
  ]);
});

describe('forty-fifth session, fifth round: shapes from fresh writers (TX, TY clean; TZ, UD problems)', () => {
  shapes([
    ['tone.', "Here is what we can commit to and what we can't.\n\nWE DON'T PROMISE\n- A fixed saving before we have seen your invoices\n- Carrier rates we don't negotiate"],
    ['claim.', 'The word in bold is a link to the guide.'],
    ['internal.', 'Okay to send the invite for Thursday?'],
    ['tone.', "To get them to you in time, I'd need the delivery address by Friday 29 November. That's only so the courier has a week of buffer, not a deadline on your decision."],
    ['placeholder.', 'ACTION ITEMS - OURCO\n- Send the pilot agreement by Friday. [Owner: me]\n- Share the Xero integration guide. [Owner: me, attached to this email]'],
    ['internal.', 'You choose. If you\'d like to check them before anything is sent, there\'s a "review before sending" setting.'],
    ['internal.', 'WHAT TO DO (about 10 minutes per terminal)\n1. Plug the terminal into power and connect to wifi.\n2. Go to Settings > About > Check for updates.'],
    ['claim.', 'You also said Target Co would review its systems after your new CEO starts in February.'],
    ['claim.', "Since Target Co is opening with Ourco for the first time on 14 February, I'd like to offer you an Ourco person on site."],
    ['claim.', 'For 40 rooms the cost would be roughly $1,200 a month, and the cost from $2 per room after that.'],
  ], [
    ['tone.', "Honestly, most maintenance managers pick this up on the first call, but I'm happy to go over it again if any of it is still unclear."],
    ['tone.', "If someone gets hurt during a tyre change that a sensor would have flagged, that isn't a conversation anyone wants to have with a family."],
    ['tone.', "Zero unplanned tyre failures from day one – that's our commitment to Target Co."],
    ['tone.', "Just let me know whether to keep following up, or whether you'd rather keep losing tyres at the current rate."],
    ['tone.', 'No pressure at all, but the last site that sat on this had two blowouts before the quarter was out.'],
    ['tone.', 'Deze prijs geldt enkel nog tot het einde van de maand; daarna stijgen de tarieven voor nieuwe klanten met 12%.'],
    ['tone.', 'Cette remise de 15 % expire vendredi soir, et je ne pourrai pas la reconduire.'],
    ['internal.', 'Pricing approved by J. Ferreira 12/03 – OK to send'],
    ['internal.', 'Lead owner changes to Diego from 1 May – handover notes are in the CRM.'],
    ['internal.', 'Marc, kuck w.e.g. nach eng Kéier de Präis no ier dat erausgeet.'],
    ['internal.', 'Log in CRM after sending + set reminder for 10 days.'],
    ['internal.', 'We can start with a pilot on two wards (max two wards, Sophie said no more).'],
    ['claim.', 'I saw that Target Co has had a new CEO since March, and I imagine that means a fresh look at costs.'],
    ['claim.', "Word around Kalgoorlie is that Target Co is having a tough year financially, so I've kept the proposal lean."],
    ['claim.', 'Sabemos que Target Co está reestructurando su área de mantenimiento este año.'],
    ['claim.', "Ek het gehoor Target Co het onlangs 'n nuwe myn in die Noord-Kaap aangekoop."],
    ['claim.', 'Now that Target Co has completed its new empowerment deal, the ownership structure has settled.'],
    ['claim.', 'With the merger with your joint-venture partner due to close in Q3, I imagine a lot of systems are being reviewed.'],
    ['claim.', 'Since Target Co is doubling production at the Limpopo operation over the next two years, tyre demand will climb.'],
    ['claim.', 'Entiendo que Target Co está postergando la ampliación en Cajamarca por temas de caja.'],
    ['claim.', 'With the merger talks between Target Co and the university hospital now well under way, a combined contract may be worth a look.'],
    ['claim.', 'With Target Co treating more than 40,000 patients a year, that level of traceability is especially useful.'],
    ['claim.', 'Da Target Co demnächst ein neues Pflegeheim in Eupen eröffnet, möchte ich Ihnen unseren Wäscheservice vorstellen.'],
    ['claim.', 'Je comprends que la procédure de redressement judiciaire de Target Co complique les nouveaux engagements.'],
    ['claim.', 'Je sais que Target Co traverse une période financière difficile, c\'est pourquoi je voulais vous présenter une solution.'],
  ]);
});

describe('forty-sixth session, first round: shapes from fresh writers (UE, UF, UM, UN clean; UG, UH, UO, UP problems)', () => {
  shapes([
    ['tone.', "Ce que je ne peux pas vous garantir aujourd'hui, c'est un hébergement au Maroc pour le tableau de bord : ce n'est pas encore disponible."],
    ['tone.', 'Lo que no le puedo garantizar hoy es alojamiento de datos en Colombia: no lo ofrecemos todavía.'],
    ['tone.', "Our customers typically see write-offs fall by a quarter to a third, though I can't tell you what it would be for Target Co without seeing your data."],
    ['tone.', "Mehdi, it's been a pleasure, and I'm sure you'll be in good hands."],
    ['tone.', "Of course, your plant, water and CIP routine are different, so I'd treat this as a story, not a promise."],
    ['tone.', 'Entendemos que esta consulta no compromete a Target Co a licitar ni nos da ventaja alguna en un eventual proceso.'],
    ['internal.', "I won't be on the call. Ask her anything, including what she doesn't like about us."],
    ['internal.', 'Your Head of Pharmacy posted on LinkedIn on 2 April that she wants every pack photo-checked. (Her post: https://www.linkedin.com/posts/priyasharma-blister-safety)'],
    ['internal.', 'He was blunt about it. His words: "Things go wrong; I care how they get fixed."'],
    ['internal.', "He's asked that I pass on his email rather than his phone: alan.guthrie@guthrietravel.co.uk"],
    ['internal.', 'Your colleague Ahmed forwarded me your question, so I am replying to you directly. Below is his note for reference.'],
    ['internal.', 'Make-up water -> Softener -> Deaerator -> FW pumps -> Economiser -> Boilers 1 & 2'],
    ['internal.', "If Target Co applies retención en la fuente, please deduct it as normal and send us the certificate. You don't need to ask us first."],
    ['internal.', 'Here is the calculation, step by step, so they can check it or swap in their own numbers.'],
    ['internal.', "Here's what we noticed on the tour.\n\nWHAT WE DIDN'T CHECK\n- Floor loading. A structural engineer should confirm it."],
    ['internal.', 'A quick note on how it was made: our AI assistant drafted it from my call notes, and I read it through and corrected two figures before sending.'],
    ['internal.', 'You asked for a one-page summary you could share.', 'Drafted by our assistant, checked by me: the summary you asked for'],
    ['internal.', 'Here is the one-page summary for your board.\n\nPlease edit freely before it goes to the board.'],
    ['internal.', "Here's the text most of our customers use — edit it as you like."],
    ['internal.', 'TL;DR: YES — the driver app runs on the tablets you already have.\n\nLonger version: we would recommend a dashboard mount.'],
    ['internal.', 'Please find our quote below. Please treat the pricing as confidential between our two companies; it reflects a volume discount we do not publish.', 'Quote for Target Co: CONFIDENTIAL'],
    ['internal.', 'Nous vous remercions de bien vouloir traiter ces conditions de manière confidentielle entre nos deux sociétés.', 'Proposition commerciale – confidentielle'],
    ['internal.', 'Here is the tag pricing we discussed.', 'Pricing for Target Co (please treat as confidential)'],
    ['tone.', 'Because this discount is specific to Target Co\'s size and term, please treat it as confidential between our two companies.'],
    ['tone.', "I'd rather give you an honest answer now than an optimistic one you'd regret relying on."],
    ['tone.', "This quote is valid for 30 days. After that we'd need to recheck hardware prices with our suppliers; there's no other reason to hurry."],
    ['tone.', "Here's the plan.\n\nCHECKLIST: WHAT WE'LL NEED FROM Target Co\n[ ] Access to the plant room"],
    ['tone.', 'Three options.\n\nOPTION C: ADD 2 x HX-120 AND A SHORT SECOND SHIFT\n- Capacity: about 14 t/day'],
    ['tone.', 'Three pilot options.\n\nOPTION C — FULL ROUTE REVIEW, NO LIVE PILOT\nWe re-plan all 45 routes on paper.'],
    ['tone.', 'Our honest view.\n\nREASONS YOU MIGHT NOT GO AHEAD\n- If the plan is to merge the two stores, a robot might have to move.'],
    ['tone.', "Who sets the limits is up to you.\n\nWHAT ALARMS DON'T DO\nThey don't change dosing on their own."],
    ['tone.', 'Your shift leads told me that the WARNING alarms were firing too often at night.'],
    ['claim.', "Since we last spoke in January there's been some Ourco news I wanted you to hear from me rather than from a press release: we closed a EUR 18 million Series B in February."],
  ], [
    ['tone.', 'REASONS YOU MUST ACT NOW\n- prices rise in May'],
    ['tone.', 'Als we voor 1 juni niets van u horen, gaat uw plek in de pilot naar een andere terminal.'],
    ['tone.', 'Essa condição só vale para quem fechar até o fim do mês; depois disso não consigo mais segurar.'],
    ['tone.', 'Sejujurnya, terminal lain di Tanjung Priok sudah jauh di depan dalam hal ini, jadi sebaiknya Target Co tidak menunggu terlalu lama.'],
    ['tone.', 'Nafasi zimebaki mbili tu, kwa hivyo ingekuwa vizuri uamue haraka.'],
    ['tone.', 'Useimmat kilpailijanne ovat jo siirtyneet meille, joten en haluaisi, että Target Co jää jälkeen.'],
    ['tone.', 'Ehrlich gesagt arbeiten die meisten Ihrer Mitbewerber in der Region bereits mit uns, Sie wären also eher spät dran.'],
    ['tone.', 'Diesen Preis kann ich Ihnen nur bis Monatsende halten, danach kann ich leider nichts mehr für Sie tun.'],
    ['tone.', 'Si no me confirma antes del viernes, tendré que liberar el lugar para otra clínica.'],
    ['tone.', 'Sir, yeh offer sirf is mahine ke end tak hai, uske baad price badh jayega aur main kuch nahi kar paunga.'],
    ['tone.', 'Η προσφορά ισχύει μόνο για τους πρώτους πέντε χώρους που θα υπογράψουν αυτόν τον μήνα.'],
    ['tone.', 'Σχεδόν όλοι οι χώροι στη Σαντορίνη έχουν ήδη περάσει σε online κρατήσεις· δεν νομίζω ότι θέλετε να μείνετε τελευταίοι.'],
    ['tone.', 'Le altre ville della zona hanno già fatto il passaggio, e sarebbe un peccato restare indietro.'],
    ['tone.', 'Il prezzo bloccato scade venerdì: dopo, purtroppo, non posso più garantirlo.'],
    ['tone.', "Якщо не відповісте до п'ятниці, ціна для вас зросте на 15%."],
    ['tone.', 'Гарантуємо, що ви не втратите жодної тонни зерна цього сезону.'],
    ['tone.', 'Vă garantăm că nu veți mai avea nicio pierdere din cauza încingerii cerealelor.'],
    ['tone.', 'Majoritatea concurenților dumneavoastră din zonă au trecut deja la monitorizare automată, și nu ar fi bine să rămâneți în urmă.'],
    ['tone.', 'Ya la mayoría de los acopios de la zona se pasaron a monitoreo; no te quedes afuera.'],
    ['tone.', 'I put together a custom downtime analysis for Target Co over the weekend, so I was a bit surprised not to hear back.'],
    ['tone.', 'Three of the five container terminals in the port already run Ourco, so at this point the question is really when, not if.'],
    ["tone.", "I'm not sure you've had a chance to think about predictive maintenance properly yet, so let me start with the basics."],
    ['tone.', "We're only taking on one more terminal in East Africa this year, so I wanted to reach out to you before anyone else."],
    ['tone.', "I can keep the implementation team reserved for Target Co until Thursday, but after that I'll have to release them to another project."],
    ['tone.', 'Frankly, patients notice when a clinic still hands them a handwritten appointment card.'],
    ['tone.', "It's usually the clinics without digital consent records that get caught out when the data protection authority comes knocking."],
    ['tone.', "Clinics that wait usually tell us later they wish they hadn't."],
    ['tone.', 'You will make back the subscription on your first wedding booked through Ourco, full stop.'],
    ['tone.', 'Happy to explain it more simply if the last email was too technical.'],
    ['tone.', "If it's a no, a one-word reply would be a courtesy."],
    ['tone.', "I won't keep chasing you after this. If it's not a fit, I'd simply appreciate the courtesy of a reply."],
    ['tone.', "After the fire at that Odesa terminal last year, I don't think anyone can afford to wait."],
    ['tone.', "We're only opening this to a handful of venues, and I need names by Wednesday."],
    ['internal.', '[Tarkista Annalta, onko Target Co jo meidän asiakaslistalla ennen kuin lähetät]'],
    ['internal.', 'Ovo je druga verzija, prva je bila preduga. – Ana'],
    ['internal.', 'ΣΗΜ.: να ρωτήσω τον Νίκο αν ισχύει ακόμα η έκπτωση 10%'],
    ['internal.', 'Να μη σταλεί πριν το εγκρίνει ο Γιώργος.'],
    ['internal.', '[Andrei, verifică te rog dacă au silozuri metalice sau de beton]'],
    ['internal.', 'Notă internă: clientul a cerut discount de 15%, încă nu am aprobare.'],
    ['internal.', 'Примітка: ЛПР — не він, а власник. Не згадувати конкурентів.'],
    ['internal.', "We'd plan on 5 days for the install (Tom says 3 days but let's say 5 to be safe)."],
    ['internal.', 'Ask Tomás if we can actually waive it — I already told her maybe.'],
    ['internal.', 'FYI Brian - this is the guy who ghosted us last year, go easy.\n\nHi Dana,\n\nThanks for getting back to me.'],
    ['claim.', 'kuulin, että Target Co laajenee Tampereelle ensi vuonna, joten ajattelin ottaa yhteyttä.'],
    ['claim.', 'Como a Target Co dobrou o faturamento no último ano, imagino que a pressão sobre os portêineres também aumentou.'],
    ['claim.', 'Me comentaron que Target Co está por abrir una nueva planta de acopio en Río Cuarto.'],
    ['claim.', 'Sé que Target Co tuvo un año complicado con las finanzas, así que armé una propuesta más chica.'],
    ['claim.', 'Am aflat că Target Co a fost cumpărată recent de un grup internațional.'],
    ['claim.', 'Čuo sam da je Target Co prošle godine udvostručio broj vjenčanja.'],
    ['claim.', 'Ξέρω ότι η περσινή σεζόν ήταν οικονομικά δύσκολη για την Target Co.'],
    ['claim.', 'Μάθαμε ότι η Target Co πέρασε πρόσφατα σε νέα διοίκηση.'],
    ['claim.', 'Оскільки Target Co скоротила штат після минулого сезону, автоматичний моніторинг може допомогти.'],
    ['claim.', 'Target Co has grown to over 40,000 registered patients, and at that size keeping records in order gets hard.'],
    ['claim.', 'Great to see Target Co hit record throughput this harvest.'],
    ['claim.', 'I know revenue at Target Co has been flat for the last couple of seasons, so cost matters.'],
    ['claim.', 'Given that patient volume at Target Co has dropped since the pandemic, I thought you might be interested.'],
    ['claim.', "I know you've had to let a few people go from the events team this year, and I imagine that leaves more on everyone's plate."],
    ['claim.', 'I heard you lost your main catering partner earlier this year, and I know that can make a dent in bookings.'],
    ['claim.', 'Target Co lost a fair bit of canola to heating last season, from what I hear, so I thought it worth reaching out.'],
    ['claim.', 'With Target Co now hosting more than 200 weddings a season, I imagine the admin piles up.'],
    ['claim.', 'With Target Co reportedly running behind on its loan covenants, I imagine new equipment purchases are off the table for now.'],
    ['claim.', 'Congratulations on Target Co being named Bulk Handler of the Year.'],
    ['claim.', "After selling out 2025 entirely, I'd guess 2026 enquiries are already rolling in."],
  ]);
});

describe('forty-sixth session, second round: shapes from fresh writers (UQ, UR clean; US, UT problems)', () => {
  shapes([
    ['claim.', 'I saw in the Bangkok Post on 2 June that Target Co has opened its new plant in Ayutthaya. Congratulations to you and the whole team!'],
    ['claim.', 'I read in the Handelsblatt on Monday that Target Co has completed its acquisition of a Dutch logistics group.'],
    ['claim.', "I read in L'Économiste on 14 January that Target Co has acquired two clinics in Tangier."],
    ['claim.', 'The article in El Universal on 12 February mentioned that Target Co is opening a new chapel in Coyoacán this spring. Congratulations!'],
    ['claim.', 'I saw on RTÉ News last night that Target Co was named Hotel of the Year at the Irish Hotel Awards.'],
    ['claim.', 'I saw in the Westmeath Examiner on Saturday that Target Co received the community service award from the Chamber.'],
    ['placeholder.', "Their figures after 12 months:\n\n- 31% less time spent on paperwork per funeral (their own time logs)"],
    ['internal.', "Your IT partner asked how they'd connect the accounting system. Here's the quick version:\nAPI: REST, JSON, OAuth 2.0\nDOCS: https://developers.ourco.com"],
    ['internal.', 'A credit note for April: we overcharged you by two sensors.'],
    ['internal.', 'Please find attached our response to the tender. The CONFIDENTIAL marking on the subject line refers to our pricing schedule, which we ask be treated as a trade secret.', 'CONFIDENTIAL: our response to your tender, lot 2'],
    ['tone.', "Register here.\n\nPlaces are limited by the size of the room, so do register if you're thinking of coming. If it doesn't suit, no bother at all."],
    ['tone.', "Q: Can relatives sign with MitID?\nA: Not today. MitID signing is on our roadmap, but I can't give you a date, so please don't count on it for your decision."],
    ['tone.', 'Here is the full estimate.\n\nCOSTS YOU SHOULD ALSO BUDGET FOR\n- A second sensor for the walk-in cold room'],
  ], [
    ['claim.', 'I saw in the news that Target Co raised a Series B.'],
    ['claim.', 'I read somewhere that Target Co is being acquired.'],
    ['tone.', 'Here is the full estimate.\n\nTHINGS YOU MUST SIGN TODAY\n- The order form'],
    ['tone.', 'Jeśli nie potwierdzi Pan do piątku, niestety nie będę w stanie utrzymać ani ceny, ani terminu dostawy – a drugi raz takiej okazji nie będzie.'],
    ['tone.', 'Bu fırsatı kaçırırsanız, bir sonraki indirim dönemi en erken iki yıl sonra olacak.'],
    ['tone.', 'なお、本キャンペーン価格は今月末で終了し、以降は同条件でのご提案ができなくなりますので、お早めにご判断いただくことをおすすめいたします。'],
    ['tone.', "Il ne nous reste que deux places dans notre cohorte d'intégration d'automne, et elles partent vite."],
    ['tone.', 'I should mention the offer is limited to five customers in the region and four have already been claimed.'],
    ['tone.', "You may not be aware that tread rubber actually needs to be stored at a controlled temperature — it's a common oversight among newer operators."],
    ['tone.', "With Ourco's EX-60, downtime is a thing of the past — guaranteed."],
    ['tone.', "Buffing profile is one of those things that a lot of smaller shops don't really understand, so I'll keep it simple."],
    ['tone.', "You'll see double-digit growth in memberships. That part I can more or less guarantee."],
    ['tone.', "I'm a little surprised a museum of Target Co's standing is still managing members in spreadsheets."],
    ['tone.', "Put simply, Ourco will pay for itself within the first season. I've never seen it not happen."],
    ['internal.', 'Nota vir Johan: bel hom Vrydag as hy nie antwoord nie.'],
    ['internal.', 'Cliente reclamou do atendimento em 2022, ir com calma.'],
    ['internal.', '※山田さん確認待ち：割引率15%で問題ないか'],
    ['internal.', 'Pricing approved by RM? Y/N'],
    ['internal.', "Here's a warmer version of the email that puts the membership angle first, as you requested:"],
    ['internal.', 'Thanks for your time.\n\nJess — this is the template I mentioned, feel free to reuse for the Napa list.'],
    ['claim.', 'Słyszałam, że Target Co przejmuje mniejszy zakład pod Łodzią – gratuluję.'],
    ['claim.', 'Soube que a Target Co está abrindo uma nova unidade em Goiânia no ano que vem.'],
    ['claim.', 'Sei que a Target Co foi comprada por um fundo de investimento no ano passado.'],
    ['claim.', "Ik begreep dat Target Co afgelopen jaar flink is gegroeid, naar zo'n 300.000 bezoekers."],
    ['claim.', 'Target Co is apparently the largest OTR retreader in Mpumalanga these days, so I thought it was worth introducing ourselves.'],
    ['claim.', "Now that Target Co has signed on as a franchise partner for one of the big premium tread brands, you'll want a retreading line."],
    ['claim.', 'I know Target Co has been losing market share to cheap imported new tyres, as a lot of retreaders have.'],
    ['claim.', "After your membership grew past 50,000 last year, I'd expect the current tools are starting to creak."],
    ['claim.', "Target Co has been running at a loss since the pandemic, so I'll get straight to the point."],
    ['claim.', 'And with the board approving the budget for the new wing last month, the timing works well for a proper look at ticketing.'],
    ['claim.', 'I understand Target Co is taking its travelling exhibitions into Spain next year, which usually means new venues.'],
    ['claim.', 'I gather Target Co is about to close a major gift from a private foundation.'],
  ]);
});

describe('forty-sixth session, third round: shapes from fresh writers (UU, UV clean; UW, UX problems)', () => {
  shapes([
    ['placeholder.', 'Your March invoice, line by line. The contract is here [attached again for convenience].'],
    ['placeholder.', 'Le envío la propuesta [adjunta] y quedo atento.'],
    ['tone.', "Here are both figures.\n\nTo be clear, I'm not asking you to hurry. If your budget year starts in April, the second figure is the one to plan with."],
    ['tone.', 'ACTIONS: OURCO\n- Gareth to confirm whether we can import the PDF reports (my honest answer today is "partly"; he\'ll confirm exactly which fields)'],
    ['tone.', "Answers inline below, in CAPITALS so they're easy to spot.\n\n> 1. Can we import our existing door register from Excel?\nYES. USE THE TEMPLATE I SENT ON MONDAY; ANY COLUMNS WE RECOGNISE ARE KEPT."],
    ['tone.', 'Jede Organisation startet natürlich an einem anderen Punkt; ich kann Ihnen daher nicht versprechen, dass Target Co die gleichen Ergebnisse erreicht.'],
    ['recipient.', 'Liebe Frau Berger,\n\nschön, dass wir uns am Donnerstag kennengelernt haben!', 'Schön, Sie in Salzburg kennengelernt zu haben!'],
    ['claim.', 'Great to hear on Tuesday that your board approved the budget for stock management software.'],
    ['claim.', "Her point that refrigeration is now the largest single item on your stores' electricity bills stayed with me."],
  ], [
    ['tone.', 'Ezt az árat csak a hónap végéig tudjuk tartani, utána sajnos nem lesz rá lehetőség.'],
    ['tone.', 'Már harmadszor írok, igazán jólesne legalább egy válasz.'],
    ['tone.', 'Garantáljuk, hogy az első negyedévben legalább 25%-kal nő a bérletes ügyfelek száma.'],
    ['tone.', 'A régió nagyobb hálózatai közül szinte mindenki váltott már, nem szeretném, ha a Target Co lemaradna.'],
    ['tone.', 'Solo nos quedan dos lugares en el programa piloto para Monterrey y ya hay otras empresas interesadas.'],
    ['tone.', 'Sinceramente, me sorprende que todavía no tengan algo así.'],
    ['tone.', 'Si no arrancan antes del Buen Fin, prácticamente ya perdieron el año.'],
    ['tone.', 'Te cuento que este descuento solo aplica si firmamos antes del 30; después no lo puedo sostener.'],
    ['tone.', 'Je vais faire simple, car je sais que les outils numériques ne sont pas toujours votre point fort.'],
    ['tone.', 'なお、本キャンペーン価格は今週金曜日までにご契約いただいた場合に限らせていただきます。'],
    ['tone.', 'هذا العرض صالح فقط حتى نهاية الأسبوع، ولن نتمكن من تمديده بعد ذلك.'],
    ['tone.', "Operators who don't have a membership program in place by next year usually don't survive the next downturn."],
    ['tone.', "I'm only sending this offer to five operators in Victoria, so please keep it between us and let me know quickly."],
    ['tone.', "I know dashboards aren't everyone's thing, so I've kept the attachment to pictures mostly."],
    ['tone.', 'With inspections getting stricter, the schools still tracking attendance on paper are the ones that get caught out.'],
    ['tone.', 'I appreciate this might be a bit technical for an academic director, so feel free to forward it to someone on the IT side.'],
    ['tone.', "I realise you may have missed my previous four emails, so I'll keep this one short."],
    ['tone.', 'The institutes that sat out last semester are still writing to us about it.'],
    ['tone.', 'Put simply, if you use Ourco, your spring intake will be full.'],
    ['tone.', "We're only offering the free data migration to the first ten schools in Morocco, and we're at eight."],
    ['internal.', 'Belső megjegyzés: a kedvezményt még nem hagyta jóvá Gábor.'],
    ['internal.', 'Ne felejtsem: a kameraárakat még egyeztetni kell a beszállítóval!'],
    ['internal.', 'Estado: Caliente. Próximo paso: demo con coordinadores. Responsable: Laura. Seguimiento: viernes.'],
    ['internal.', 'ملاحظة: ما تذكرش الثمن حتى يوافق يوسف على الخصم'],
    ['internal.', '以下、より丁寧な表現に修正したバージョンです。'],
    ['internal.', "cc'ing Dave - Dave, this is the one that went cold in March, be nice"],
    ['internal.', 'Lost to incumbent last year on price. Lead with migration support.'],
    ['claim.', 'Gratulálok a Target Co új pozsonyi telephelyéhez! Izgalmas lépés lehet az első külföldi helyszín.'],
    ['claim.', 'Mivel a Target Co tavaly óta megduplázta az ügyfélkörét, szerintem jól jönne nektek az automatikus számlázás.'],
    ['claim.', 'Target Co様が来春、大阪に新校舎を開校されると伺いました。'],
    ['claim.', "At something like 60,000 cars a month across Target Co's sites, even a small shift would make a real difference."],
    ['claim.', "With 60-odd teachers on the books at Target Co, I'd imagine cover and substitutions take up a fair bit of the week."],
    ['claim.', "Now that Target Co has brought in outside investment, I'd guess the pressure is on to professionalise the back office."],
  ]);
});

describe('forty-sixth session, fourth round: shapes from fresh writers (UY, UZ clean; VD, VE problems)', () => {
  shapes([
    ['internal.', 'Importante: no podemos comprometer una fecha de salida a producción hasta que TI revise la API.'],
    ['internal.', "If it's helpful, we can also arrange a visit to one of our customers. I'd need to check with them first, and they'd set the date."],
    ['tone.', "Here's the summary of options.\n\nOPTION | HIVES PER LIFT | INDICATIVE COST PER HIVE\nA: Sling loads, 4 hives per pallet | 16 | NZ$38\nB: Sling loads, 6 hives per pallet | 24 | NZ$31"],
    ['placeholder.', 'The brochure is here [attached as a separate PDF].'],
    ['claim.', "That's higher than some brokers, and I won't pretend otherwise. What the extra buys you is the independent inspection and a credit if colonies come in under strength."],
    ['tone.', "Nothing time-sensitive here. I just wanted to get this on your radar before things get busy.", 'NOT URGENT: a question about your cherry blocks for next season'],
    ['tone.', "WHAT'S NOT INCLUDED\n- Any guarantee on berry set; we guarantee colony strength, not crop outcome"],
    ['tone.', "Everything you asked about.\n\n5. (From your operations director) WHAT ARE THE CONTRACT TERMS?\nAnnual by default, billed annually or quarterly."],
    ['tone.', "We can add 120 colonies by Monday night. Same price as your contract. I'll text you by noon tomorrow either way."],
    ['recipient.', 'Hola Inés:\n\nRespondiendo a tu pregunta de ayer: sí, podemos trabajar con el apicultor.', 'Sí, podemos trabajar con tu apicultor actual'],
    ['internal.', 'Please find attached our quotation. We would be grateful if you could treat the pricing as confidential between our two companies.', 'Our quote — valid 30 days, and please keep it between us'],
    ['internal.', "Here's the English version of our kiwifruit pollination brochure."],
  ], [
    ['tone.', 'URGENT: sign today'],
    ['tone.', 'Chúng tôi cam kết hệ thống sẽ đạt QCVN 13-MT:2015/BTNMT cột A ngay từ tháng đầu tiên, không có ngoại lệ.'],
    ['tone.', "Denizli'de bu sisteme geçmeyen boyahane neredeyse kalmadı; açıkçası sizin hâlâ beklemeniz biraz şaşırtıcı."],
    ['tone.', 'Com a nova fiscalização da APA, não gostaria que a Target Co fosse a próxima a aparecer nas notícias.'],
    ['tone.', 'এই ছাড়টি শুধু এই মাসের জন্য — এরপর আর পাওয়া যাবে না।'],
    ['tone.', '導入初年度でリフト券の売上が20％以上伸びることをお約束いたします。'],
    ['tone.', 'Franchement, la plupart des stations des Laurentides ont déjà fait le saut, et Target Co risque de se retrouver un peu à la traîne.'],
    ['tone.', 'Da ich bisher leider keine Rückmeldung erhalten habe, gehe ich davon aus, dass das Thema für Sie keine Priorität hat – schade eigentlich.'],
    ['tone.', "Since ticketing technology probably isn't your area, I'll try to explain it in plain terms."],
    ['tone.', 'As I mentioned pretty clearly in my first email, the readers work with gloves on.'],
    ['internal.', '(রাকিব ভাই, পাঠানোর আগে এই অংশটা একবার দেখে নিন)'],
    ['internal.', 'Dưới đây là bản nháp email theo yêu cầu của bạn, giọng văn lịch sự và ngắn gọn:'],
    ['internal.', "(Yes, I know we told them June for this. Just send it and we'll deal with the questions.)"],
    ['internal.', '[Tier 2 | JP-Nagano | owner: KM]'],
    ['claim.', 'শুনলাম Target Co ভালুকায় নতুন একটি ডাইং ইউনিট চালু করেছে — অভিনন্দন!'],
    ['claim.', "Duyduğuma göre Target Co geçen ay Mısır'da bir boyahane satın almış."],
    ['claim.', 'Com a nova administração na Target Co desde janeiro, imagino que haja espaço para rever fornecedores.'],
    ['claim.', 'Nachdem Target Co im Frühjahr die Liftgesellschaft im Nachbarort übernommen hat, stellt sich sicher die Frage nach einem gemeinsamen System.'],
    ['claim.', 'Since Target Co had to cut a good part of the ticket office staff last spring, self-service kiosks might take some pressure off.'],
    ['claim.', 'From what I hear, Target Co sold a record number of season passes this year.'],
    ['claim.', "I'm guessing Target Co's new CFO will want to see the payback numbers before anything else."],
    ['claim.', 'Now that Target Co has signed with Zara for the next three seasons, capacity will matter.'],
    ['claim.', 'It sounds like a great time for this, with Target Co opening its own sales office in Tokyo to court overseas groups.'],
  ]);
});

describe('forty-sixth session, fifth round: shapes from fresh writers (VJ, VK clean; VL, VM problems)', () => {
  shapes([
    ['internal.', 'Agar continue nahi karna, toh hum saara data export karke dete hain aur 30 din mein delete kar dete hain.'],
    ['internal.', 'DISCUSSED\n- Abhi complaints Google Form se aati hain; follow-up Excel mein hota hai'],
    ['internal.', 'Average resolution time 2 din hai (yeh 14 Indian customers ka average hai, har jagah alag ho sakta hai).'],
    ['internal.', 'Terms: annual billing in advance, 30 days payment. Please treat the pricing as confidential between our companies.'],
    ['internal.', 'Row 7 says "Otis Gen2, 2019" but the photo from the site visit shows a Schindler 3300 plate. Could someone double-check?'],
    ['internal.', "Honest answer: I don't know yet, because I haven't seen your current contract."],
    ['internal.', 'Auf die Listenpreise gewähren wir 10 % Nachlass. Bitte behandeln Sie die Preise vertraulich zwischen unseren beiden Unternehmen.', 'Angebot Ourco – Preise vertraulich'],
    ['claim.', "Your lifts' next inspection dates don't change, so whoever takes over must know them."],
  ], [
    ['tone.', 'Als ik voor vrijdag niets hoor, geef ik uw plek door aan het volgende bedrijf op de wachtlijst.'],
    ['tone.', 'Esta tarifa solo está disponible hasta el viernes; después, sinceramente, no podré conseguirla de nuevo.'],
    ['tone.', 'Sayang naman kung mauunahan pa kayo ng ibang firms sa Makati, kaya sana makapagdesisyon na kayo bago matapos ang linggo.'],
    ['tone.', 'Nafasi za wateja wapya mwezi huu ni chache sana, kwa hiyo ukichelewa utazikosa.'],
    ['tone.', 'Die meeste firmas in Pretoria het reeds na ons oorgeslaan, so julle wil seker nie die laaste wees nie.'],
    ['tone.', "Frankly, I'd be worried if I were running robots through a Southland winter without 24/7 cover."],
    ['tone.', 'Most serious operators sort their service cover out before calving rather than after, of course.'],
    ['tone.', 'You NEED realtime for trial. Period.'],
    ['tone.', "If opposing counsel has a better record than you do, you've already lost half the argument."],
    ['internal.', 'Kobus, moet asseblief nie die prys noem voordat ons met finansies gepraat het nie.'],
    ['claim.', 'Nimesikia kwamba Target Co imefungua ofisi mpya Mombasa mwezi uliopita — hongera sana!'],
    ['claim.', 'Balita ko po lumipat na kayo sa bagong opisina sa BGC at nadagdagan pa ng sampung abogado ang Target Co, congrats po!'],
    ['claim.', "Ek verstaan Target Co het pas 'n groot regeringskontrak gewen, so daar gaan seker baie verhore voorlê."],
    ['claim.', 'Target Co grew its milk supply by around 30% last season, which is a fantastic result.'],
    ['claim.', 'Given how fast Target Co has grown over the past two years, I imagine your robots are being asked to do a lot more.'],
    ['claim.', "With Target Co moving into organic milk production next year, you'll have plenty on your plate, so I'll be brief."],
    ['claim.', 'Given the TBC and cell count penalties Target Co has had from the co-op this year, a note on maintenance seemed useful.'],
    ['claim.', 'With more than 3,000 claims going to litigation at Target Co each year, deposition scheduling must be a big job.'],
    ['claim.', "Understood on the budget, and I know Target Co losing its biggest insurance client this year hasn't made things any easier."],
  ]);
});

describe('forty-seventh session, first round: shapes from fresh writers (VN, VO, VP clean; VQ, VR, VS problems)', () => {
  shapes([
    ['tone.', 'Intro.\n\n7. TIMELINE, IF YOU WENT AHEAD\nContract in April, first clinic live in June.'],
    ['tone.', 'Intro.\n\nNOT INCLUDED\n- Scanning paper records\n\nNEVER CHARGED\n- Support calls, during onboarding or after'],
    ['tone.shouting', "WHAT'S AFFECTED: Timetabler, Cover app, API\nWHAT'S NOT: Your data. Nothing is deleted or changed.\nDO YOU NEED TO DO ANYTHING? No."],
    ['tone.', 'Here is what we found.\n\nNEEDS YOUR CHECK (4 items)\n1. Two staff share the code "JSM".'],
    ['internal.', 'We can fix them, but we need to check a sample with your team first so nothing is misdated.'],
    ['internal.', 'The paper cards stay as your archive, and we\'d add a note to each record: "Pre-2025 history on paper card".'],
    ['internal.', 'You mentioned during our call that expired stock is a sore point for Target Co. So this might be worth a read.'],
    ['internal.', "Every input is something you told me on Thursday's call, so please check them."],
    ['internal.', 'I completely understand that Target Co needs approval from the Ministry of Education before signing any software agreement.'],
    ['placeholder.', 'Cuirfidh mé sampla chugat an tseachtain seo chugainn [féach an ceangaltán / see attached sample].'],
    ['placeholder.', 'We will delete the pilot data.\n\n[Pilot agreement attached: one page, for signature by the principal]'],
    ['placeholder.', "Toute l'équipe vous souhaite une excellente fête. Aïd Moubarak !"],
    ['placeholder.', "Si tu veux qu'on en parle, je passe mercredi. Ya3tik saha !"],
    ['internal.', 'A quick note on how this email was written: I used our AI assistant to put together the first draft from my meeting notes, then checked every figure myself before sending.', 'Drafted with our assistant: your questions from Tuesday'],
    ['claim.', "You asked why you shouldn't just call Elis. Elis is the market leader in France, with a national network we don't have."],
    ['claim.', "Last Friday Ourco won \"Best Pacific EdTech Product\" at the 2025 EdTech Aotearoa Awards. That feature was built after feedback from schools in Fiji, so it felt like a shared award."],
    ['claim.', 'Short version: Ourco closed an €18m Series B last week. Nobody can promise that about any company, but here is what the money is for:\n\n- doubling the support team across Dublin and Kraków\n- a native iPad app for farm visits'],
    ['tone.', 'Nobody in the industry can guarantee those, and I\'d be wary of anyone who does.'],
    ['tone.', "I don't know what you're using today, or whether it already covers this, so I won't assume."],
    ['tone.', "I can't promise more than this, and I'd rather you plan around the caveats now than be surprised in week three."],
    ['tone.', "If, after that, the numbers still favour your current supplier, I'd honestly stay with them."],
    ['tone.', 'Q: Can you guarantee there will never be a breach?\nA: No one honestly can. What we can promise is that we\'d notify you within 72 hours.'],
    ['tone.', "I'm sorry to do this: I've been called to a school in Savai'i on Thursday and won't be back in Apia in time for our 2pm meeting."],
    ['tone.', "The main clinic system needs an internet connection. I'd rather you heard that from me now than found out in week one."],
    ['tone.', 'If Máire would like a cost comparison, I can build one from your current invoices. Everything you share stays between us.'],
    ['claim.', 'Since launch in March, 310 customers have switched it on and 42,000 employees have used it at least once.'],
    ['claim.', 'As the industry moves into cloud systems, costs fall.'],
    ['tone.', 'Our first version was a bit amateur, honestly.'],
  ], [
    ['claim.', 'Given that Target Co has been losing day-ticket visitors to the bigger resorts nearby, convenience might be the lever worth pulling.'],
    ['claim.', "A friend at one of the forwarders mentioned that Target Co lost a sizeable consignment to an excursion last month – I'm sorry to hear that, it's never easy."],
    ['tone.', 'You will NEVER be charged more.'],
    ['tone.', 'Hello.\nDO YOU WANT TO SAVE MONEY? Call me today.'],
    ['internal.', 'We need to check the discount with finance first.'],
    ['internal.', 'Pricing is a sore point for them, so keep it light.'],
    ['internal.', 'This discount needs approval from Mark before we send it.'],
    ['placeholder.', 'How are things at ?'],
    ['placeholder.', 'Congratulations on the new role as !'],
    ['placeholder.', '[Case study attached: insert customer name]'],
    ['internal.', 'Your three questions from Tuesday, and the answers.', 'Drafted with our assistant: your questions from Tuesday'],
    ['claim.', 'Target Co is the market leader in France.'],
    ['tone.', 'This discount stays between us.'],
    ['tone.', 'Just so you know, our price revision takes effect on 1 April, so anything signed after that will be about 18% higher – worth moving before then.'],
    ['tone.', 'The calibration bundle is being discontinued at the end of the month, and I can\'t promise it after that.'],
    ['tone.', "One bad excursion on a biologics shipment and it's your name on the deviation report, not the forwarder's."],
    ['tone.', "Let's be honest, that's a bit amateur for insulin."],
    ['tone.', 'I should mention we only have allocations left for two more orchards in Maule this season, so I\'d hate for Target Co to miss out.'],
    ['tone.', "We're down to our last 300 strong colonies for the Valle de Uco."],
    ['tone.', 'Sign with Ourco and you WILL cut your crane maintenance spend by 30%. That\'s a promise!'],
    ['tone.', 'Put our hives in and your export pack-out goes up — simple as that.'],
    ['tone.', "Once our programme is in place, you won't see a single spreader failure mid-shift."],
    ['tone.', "Happy to keep sending these if you're still reading them."],
    ['tone.', "Our team put this report together for you free of charge, so the least we'd hope for in return is a proper meeting to discuss a contract."],
    ['tone.', "Honestly, I don't think this needs to go to committee; it's the kind of decision a Head of Engineering can make on their own."],
    ['tone.', 'As you may not be aware, wire ropes do wear out over time and need replacing.'],
    ['tone.', 'I think there may be a misunderstanding about how hive strength works, which is common for people newer to the industry.'],
    ['tone.', "I'll keep this brief, since I know procurement teams don't usually get into the engineering detail."],
    ['tone.', "I know the technical side of drive systems can be a lot to take in if you're not from an engineering background, so I've kept the explanation simple below."],
    ['tone.', 'Har hafte ki deri matlab ek aur hafta bina monitoring ke shipments – aur woh risk aapki table pe hai.'],
    ['tone.', 'अगर गुरुवार तक आपका जवाब नहीं आता, तो मैं मान लूँगा कि Target Co GDP अनुपालन को लेकर गंभीर नहीं है और आपकी फ़ाइल बंद कर दूँगा।'],
    ['tone.', 'Si no nos confirman antes del viernes, liberamos las colmenas a otro productor.'],
    ['tone.', 'Ya casi todos los productores de arándanos de Salto trabajan con nosotros; no se queden afuera.'],
    ['tone.', 'Entiendo que están con mucho trabajo, aunque ya van cuatro correos sin respuesta.'],
    ['tone.', 'Kebanyakan terminal kat Port Klang dah beralih ke condition monitoring, takkan Target Co nak jadi yang last sekali?'],
    ['internal.', 'isko tab tak mat bhejna jab tak Sameer sir approve na karein'],
    ['internal.', 'मेरो अनुरोध: दाइ, पठाउनु अघि मूल्य एकपटक हेर्नुहोला।'],
    ['internal.', '[Insert a recent achievement of the prospect here if you can find one]'],
    ['internal.', 'We can swap the loggers (the one with the dodgy battery batch – don\'t mention) next week.'],
    ['internal.', 'Same as the Chimbarongo one but swap the crop and the dates.'],
    ['internal.', 'Same numbers as the Penang job, just drop the commissioning line.'],
    ['internal.', '@Kelvin remind me to chase their NDA on Monday'],
    ['internal.', '备注：客户上次说预算紧，别提全包方案。'],
    ['internal.', 'Nota: jangan hantar sebelum Encik Farid luluskan harga.'],
    ['claim.', "I understand Target Co has had a difficult year financially, so I've kept the pricing as lean as I can."],
    ['claim.', 'As Target Co moves into the Bangladesh market, our LTE trackers could give your team live visibility.'],
    ['claim.', 'With Target Co shipping something like 10,000 consignments a month, even a small saving per logger adds up quickly.'],
    ['claim.', 'Since Target Co is planting another 200 hectares of almonds in San Juan, I thought it was worth reaching out.'],
    ['claim.', "For a team of 400 people like Target Co's, I'd guess coordinating an outside beekeeper is one more thing."],
    ['claim.', 'I hear Target Co is on track for record volumes this season, so I wanted to get in touch.'],
    ['claim.', 'After the difficult season that left Target Co in the red last year, I wanted to let you know we offer a deferred payment option.'],
    ['claim.', "I know Target Co went well over budget on the quay extension, so I'll keep this focused."],
    ['claim.', 'सुना है Target Co ने हाल ही में पुणे में नया डिपो खोला है – बहुत बधाई!'],
    ['claim.', 'Ahora que Target Co duplicó la superficie de peras en el Alto Valle, seguramente la polinización se volvió un tema más grande.'],
    ['claim.', '听说Target Co明年要在巴淡岛开新的码头，新岸桥投产后的维保安排可能也在考虑之中。'],
    ['claim.', 'Dengar cerita Target Co nak expand ke Tanjung Pelepas next year, so saya rasa ini masa yang sesuai.'],
  ]);
});

describe('forty-seventh session, second and third rounds: shapes from fresh writers (VV, VW, VX, WG, WK clean; VY, VZ, WD, WI, WJ problems)', () => {
  shapes([
    ['claim.', 'Tasca Norte Group runs 14 restaurants in Porto and Matosinhos with about 310 staff.', 'How a 14-restaurant group in Porto cut payroll corrections'],
    ['tone.', 'You asked me straight out on Friday whether we could guarantee zero payroll errors. Straight answer: no.'],
    ['placeholder.', "T'envio l'exemple de nòmina, tal com vam parlar [adjunt]."],
    ['placeholder.', 'Total payroll cost (their previous two providers vs Ourco) went up by roughly 6%.'],
    ['tone.', "The first payroll had two errors. I'd rather you hear that from me than from Álex."],
    ['claim.', "I found your details on Target Co's LinkedIn company page, where you're listed as Head of Finance."],
    ['tone.', '- RENEW as is: the 2026 fee would be USD 21,600.\n- DO NOT RENEW: no action needed; the contract simply ends.'],
    ['tone.', 'How to reassure passengers, what NOT to do (never try to force the doors), and who to call.'],
    ['internal.', 'How to reassure passengers, what NOT to do (never try to force the doors), and who to call.'],
    ['tone.', 'I\'d rather explain this than let it arrive as a surprise.', 'Why our 2026 prices are going up, and by how much'],
    ['internal.', 'One of our customers saw screen failures fall after we introduced pre-screening (we ask patients about recent lung-function results before booking a site visit).'],
    ['placeholder.', 'Following our meeting, please find our quote attached [Quote Q-TW-2025-031, PDF].'],
    ['tone.', "I've sent you two notes since May and haven't heard back, which usually means the timing isn't right, or this just isn't a priority."],
    ['placeholder.', '윤은지 팀장님, 안녕하세요.', '[회의 일정 확인] 6월 12일(목) 오전 10시'],
    ['internal.', 'Sites 04, 08 and 11 are waiting for IRB approval of the recruitment materials; we expect decisions in 2–3 weeks.'],
    ['claim.', 'You asked what makes our detection different. Combined with RFID, that gives a per-bin record.'],
    ['claim.', 'I enjoyed hearing about how your team rolled out RFID chips on the bins last year.'],
    ['claim.', 'I enjoyed hearing how your team handles acquisitions across three campuses.'],
    ['tone.', "I'd be glad to pick up where you left off, without any hurry."],
    ['internal.', 'Femke Visser\nSales Manager Benelux, Ourco\n(drafted with Ourco Assistant)'],
    ['internal.', "Log everything, even \"nothing found\".\n\nNote: this list supports, but doesn't replace, the annual expert inspection."],
    ['internal.', 'We pulled the data from our last 214 inspections across Ireland (all of 2024).'],
    ['internal.', "Your warehouse team asked what the colours mean. Here's the plain version, adapted from EN 15635 and the SEMA guidance:"],
    ['tone.', "Before you sign, I want to be clear on one point, because I'd rather you heard it from me now than later."],
    ['tone.', 'Damage that looks minor can be over the limit.\n\nWHAT IT COSTS VS. WHAT IT PREVENTS\nI won\'t quote you scare figures.'],
    ['claim.', 'I saw on the Irish Times business pages that Target Co won the Supply Chain Sustainability award at the Irish Logistics Awards on Thursday.'],
    ['tone.', "I'm not assuming that's a gap for you; your team may already track this closely."],
    ['claim.', 'The budget line for lifts is now the largest single item on your maintenance bill.'],
    ['placeholder.', 'Hi Kevin,\n\nAs requested, our prices in one table.', 'Prices, in a table as requested'],
  ], [
    ['claim.', 'As Target Co is now the largest private collector in Liechtenstein, I\'d like to introduce Ourco.'],
    ['claim.', 'Target Co is now the fastest-growing private university in the state.'],
    ['claim.', 'With the 35 new trucks Target Co has on order, now is the ideal time to plan telematics.'],
    ['claim.', 'Since Target Co is on track for record profits this year, it sounds like the right moment.'],
    ['claim.', 'Since Target Co is switching its entire collection fleet to electric by 2026, range will matter.'],
    ['claim.', 'I heard that Target Co is reviewing its current telematics provider after the problems with the lift sensors last winter.'],
    ['claim.', 'I understand the board at Target Co has approved a $20 million capex budget for next year.'],
    ['claim.', 'Since Target Co lost accreditation for two of its postgraduate programmes last year, I expect extra attention.'],
    ['claim.', "Given that Target Co's central library sees around 3,000 visitors a day, I imagine the loan desk gets busy."],
    ['claim.', 'With Target Co planning to open a medical school in 2026, the library will need to grow.'],
    ['claim.', 'Congrats as well on breaking into the national top ten this year.'],
    ['claim.', 'With 35 dentists on staff at Target Co, your imaging needs are well beyond what most practices deal with.'],
    ['claim.', "I know Target Co has been dealing with some cash-flow pressure lately, so I've put together options."],
    ['claim.', "I know Target Co has had a tough couple of quarters financially, so I'll keep this practical."],
    ['claim.', "Target Co's direct bookings are only about 10% of the total, which is low for a hotel with your guest reviews."],
    ['claim.', 'Target Co has doubled its room count in the past two years, and pricing a larger hotel is a different job.'],
    ['claim.', 'Now that Target Co has a new CEO, I imagine there\'s some appetite for a fresh look at rates.'],
    ['claim.', 'Ahora que Target Co se fusionó con otro grupo de clínicas, me imagino que están revisando los proveedores.'],
    ['claim.', 'Nghe nói Target Co đang chuẩn bị mở thêm một resort ở Phú Quốc vào năm sau, em chúc mừng anh và đội ngũ ạ.'],
    ['claim.', 'Mi harim olsem Target Co i baim pinis wanpela nupela solar fam long Madang.'],
    ['claim.', 'da Target Co die Flotte im vergangenen Jahr um ein Drittel verkleinert hat, müssen die Fahrzeuge mehr Touren abdecken.'],
    ['tone.', "In short, it's really not as complicated as your IT team seems to think."],
    ['tone.', "I'll keep this very simple so it's easy to follow: the truck has a box."],
    ['tone.', 'Not sure if you\'re aware, but dirty panels actually produce less power.'],
    ['tone.', "I know change can be hard for more traditional practices, so I'll keep this very simple."],
    ['tone.', "I know revenue terminology can be a bit much if you haven't worked in a proper hotel revenue role before."],
    ['tone.', "I'd have thought a clinic with Target Co's reputation would want the best diagnostics available, not the bare minimum."],
    ['tone.', "Zero missed pickups from day one – that's our promise to every customer."],
    ['tone.', 'Either way, your soiling losses will drop to zero from the first week.'],
    ['tone.', "We'll get you through the visit with top marks on the library indicators, guaranteed."],
    ['tone.', "Every hotel we've worked with in Siem Reap has doubled its direct bookings, and Target Co will too."],
    ['tone.', "If a loader gets hurt on a reversing manoeuvre, that's a very difficult conversation to have with the family, and with the prosecutor."],
    ['tone.', "Patients notice when a clinic's equipment looks dated, even if they're too polite to say so."],
    ['tone.', "There's only one onboarding cohort left before the start of the academic year, and it's filling quickly."],
    ['tone.', "If you're happy sitting at 60% occupancy, feel free to ignore this."],
    ['tone.', 'ich habe Ihnen nun bereits viermal geschrieben und gehe davon aus, dass Sie meine E-Mails zumindest gelesen haben.'],
    ['tone.', 'Il ne nous reste que deux robots en stock pour le Pacifique cette année, donc je vous conseille de ne pas trop tarder.'],
    ['tone.', 'Sapos yu no bekim long Fraide, ofa bai pinis na prais bai go antap.'],
    ['tone.', 'Sei que tecnologia não é o forte da maioria das bibliotecas, então vou explicar bem devagar.'],
    ['tone.', 'Con todo respeto, no entiendo por qué siguen dándole vueltas a una decisión tan obvia.'],
    ['tone.', 'Hầu hết các khách sạn 4 sao ở Nha Trang đã chuyển sang làm việc với bên em rồi, chỉ còn Target Co là chưa.'],
    ['tone.', 'ถ้าไม่รีบตัดสินใจตอนนี้ คู่แข่งของคุณจะแซงหน้าไปแน่นอนค่ะ'],
    ['internal.', 'Wie besprochen hier der Entwurf – kannst du noch kurz drüberschauen, bevor ich\'s rausschicke?'],
    ['internal.', 'We can offer the basic plan – the cheap one, not the version we did for the big private operator last year – at a fair price.'],
    ['internal.', 'Tom, this is the one I mentioned – keen but slow. Can you send it from your account?'],
    ['internal.', 'On the point about the earlier quote: Placeholder – ask Liam what we told them last time about the extended warranty.'],
    ['internal.', 'Daniel, yu mas sekim prais wantaim Brisbane pastaim bipo yu salim.'],
    ['internal.', 'Priority: HOT - close before end of Q3'],
    ['internal.', "Last call: said 'call me after Semana Santa', didn't sound very interested."],
    ['internal.', 'We kept the rate from March (old pricing, update after the Q3 rate card is approved).'],
    ['internal.', 'Esteban, te dejo la versión en inglés; según su asistente la doctora prefiere inglés.'],
    ['internal.', 'หมายเหตุ: ลูกค้ารายนี้ยังไม่ได้คุยเรื่องงบ อย่าเพิ่งส่งใบเสนอราคา'],
    ['placeholder.', 'Kind regards from [会社名] and the team.'],
  ]);
});

describe('forty-seventh session, fourth and fifth rounds: shapes from fresh writers (WM, WN, WS clean; WO, WP, WT problems)', () => {
  shapes([
    ['internal.', '(This message was drafted by an automated assistant and checked by Liisa before sending.)'],
    ['tone.', "I won't drop the list price to win the deal; that wouldn't be fair to customers who pay it."],
    ['tone.', 'Here is the summary.\n\nACCEPTED AS YOU PROPOSED\n- Clause 4.2: Estonian law and Tallinn courts.\n- Clause 7.1: 60-day notice period.'],
    ['placeholder.', '[Cymraeg isod / English below]\n\nAnnwyl Gethin, diolch am eich amser.'],
    ['internal.', '[Cymraeg isod / English below]\n\nAnnwyl Gethin, diolch am eich amser.'],
    ['tone.', "This is what we'll need.\nMUST HAVE\n- Event date\nNICE TO HAVE\n- Guest numbers\nPLEASE DON'T SEND\n- Card numbers or bank details."],
    ['internal.', "This is what we'll need.\nMUST HAVE\n- Event date\nNICE TO HAVE\n- Guest numbers\nPLEASE DON'T SEND\n- Card numbers or bank details."],
    ['recipient.', 'Hi Kevin,\n\nYes, we can host both.', 'Aye, we can do Gaelic invitations too'],
    ['internal.', "A 30-minute demo using three of your real upcoming weddings, with names changed if you'd prefer."],
    ['internal.', "WHAT THIS DOESN'T INCLUDE\n- Any extra bookings from faster replies. I've left that out because I can't predict it honestly."],
    ['tone.', 'You asked three things.\n\n1. CAN COUPLES SIGN THE CONTRACT ONLINE?\nYes, with a typed or drawn signature.'],
    ['internal.', 'In January you asked whether Ourco could send couples a reminder to confirm final guest numbers.'],
    ['tone.', "I honestly don't know what it means for their customers, and I'd be wary of anyone who says they do."],
    ['placeholder.', 'The redlined version is attached. [The PDF with the same lines is attached.]'],
    ['placeholder.', 'Date of birth (DD/MM/YYYY) and nationality.'],
    ['tone.', 'There are only three places left for the Brussels workshop on the 12th.'],
  ], [
    ['tone.', "Honestly, with deposits at that level, it isn't a question of if a tube fails, but when."],
    ['tone.', 'The plants that booked early last year saved the most; the ones that waited mostly ended up paying emergency rates in January.'],
    ['tone.', "If something does happen this winter, the insurance inspector will probably ask why the boiler wasn't cleaned after this report."],
    ['tone.', "To be frank, it's rare these days to find a plant of your size still running without a descaling schedule."],
    ['tone.', "I appreciate that collections software can seem complicated if you're not from a technical background, so I'll keep this simple."],
    ['tone.', 'Ourco will increase your visitor numbers — our clients see a 30% rise in online engagement, guaranteed.'],
    ['tone.', 'Only three places left for the Brussels workshop on the 12th, and they tend to go within a day.'],
    ['tone.', 'Почти все ваши соседи по промзоне уже перешли на плановую очистку — не хотелось бы, чтобы Target Co осталась последней.'],
    ['tone.', 'Мы гарантируем, что после очистки расход газа снизится не менее чем на 12%.'],
    ['tone.', 'Eerlijk gezegd begrijp ik niet goed waarom dit zo lang moet duren.'],
    ['tone.', 'Washindani wenu wote wa Nandi Hills tayari wamehamia kwenye droni, msibaki nyuma.'],
    ['tone.', 'Ngati simuyankha sabata ino, tipereka malo anu kwa munda wina.'],
    ['claim.', 'Target Co processes around 400 tonnes of milk a day now, so your boilers hardly ever get a rest.'],
    ['claim.', 'Since visitor numbers at Target Co have doubled since 2022, the catalogue matters more.'],
    ['claim.', 'Target Co now has more than 120,000 objects in its care.'],
    ['claim.', 'I understand the budget cuts at Target Co have frozen most new projects until 2026.'],
    ['claim.', 'I understand Target Co is planning to close two of its factories next year.'],
    ['claim.', "Target Co is, I'm told, now the largest buyer of smallholder leaf in Meru."],
    ['claim.', 'Target Co has something like 6,000 pluckers on its books now.'],
    ['claim.', 'Поздравляю Target Co с приобретением завода в Рустави.'],
    ['claim.', 'Eşitdik ki, Target Co bu il işçi sayını 500 nəfərə çatdırıb, təbrik edirik.'],
    ['claim.', 'Tamva kuti Target Co yatsegula ofesi yatsopano ku Lilongwe.'],
    ['internal.', "[photo of the scale sample goes here – get it from Burak's phone]"],
    ['internal.', 'Giorgi: they paid the last invoice 70 days late – ask for 50% upfront this time.'],
    ['internal.', "Deniz, can you reply to this one? I'm out until Monday. – Emre"],
    ['internal.', 'Data stays in the EU (EU, Frankfurt — or is it Paris now? check).'],
    ['internal.', 'Relancer dans 10 jours si pas de réponse.'],
    ['internal.', 'Ника, проверь, пожалуйста, правильно ли указана модель котла.'],
    ['internal.', "Selin, iskonto oranını Murat Bey'le konuşmadan bu teklifi gönderme – geçen sefer %15 vermiştik."],
    ['internal.', '[Personalise this line - mention something from their LinkedIn]'],
    ['internal.', 'Chikondi, onetsetsani mtengo uwu ndi a finance musanatumize.'],
  ]);
});

describe('forty-eighth session, first round: shapes from fresh writers (WW, WX, WY clean; WZ, XD, XE problems)', () => {
  shapes([
    ['tone.', 'Hi Lasse,\n\nYou asked what the "URGENT PARTS" line on last month\'s invoice was. It is our label for parts couriered overnight.', 'URGENT PARTS: what URGENT means on our invoices'],
    ['tone.', 'Your feeders asked what the red "URGENT" label in the Console means.\n\nURGENT appears when pellet loss stays above your threshold for a minute.', 'URGENT label in the Console — what it means'],
    ['internal.', 'As agreed, here is the multi-site pricing. The CONFIDENTIAL label is there because these rates are specific to your volume.', 'CONFIDENTIAL: pricing for your three sites'],
    ['tone.', 'Here is what we saw.\n\n4. DRYERS COST MORE THAN WASHERS\nDryers were 38% of the machines.\n\n5. WATER QUALITY MATTERS MORE ON THE WEST COAST THAN YOU\'D THINK\nLimescale is rarely an issue inland.'],
    ['tone.', 'Outside those hours, urgent sensor faults can be reported through the Console; an engineer on call will respond within 2 hours.'],
    ['tone.', 'Electrolux Professional has announced a 6% increase on spare parts prices from 1 May.', 'Parts price increase from Electrolux - what it means for you'],
    ['internal.', 'Section 3.2 of the RFP names you as the sole point of contact for vendor questions, so I\'m directing ours to you as instructed.'],
    ['claim.', 'I read in The Press and Journal on Saturday that Target Co won the sustainability category at the Highlands & Islands business awards.'],
    ['claim.', 'RISK\n- Pilot is free; no commitment.\n- Supplier is a young company; recently funded (Series A, 2024).'],
    ['claim.', 'Some small Ourco news: FeedSense has been shortlisted in the innovation category at this year\'s Aquaculture Awards.', 'Shortlisted at the Aquaculture Awards'],
    ['tone.', '10. What happens if a sensor fails?\nWe ship a replacement in two days.\n\n11. What can you NOT do?\nWe can\'t detect pellets in very heavy algae blooms.'],
    ['internal.', 'He said you had been asking him how they use the system. He\'s happy for me to mention his name.'],
    ['tone.', "I'm careful not to overstate this: the sensor is not an ASC requirement, and having it won't by itself make an audit easier."],
    ['internal.', "(Chile is on winter time from April; I've double-checked these, but please sanity-check before you put it in the calendar.)"],
    ['internal.', 'Ojo: no tenemos ningún dato interno de Target Co, así que no lo incluí.'],
  ], [
    ['tone.', 'The current installation price only holds for orders placed before 30 June, so it would be good to know fairly soon whether this is for you.'],
    ['tone.', 'No pressure at all, but the crew is booked solid from March, so if it\'s not this month it\'s probably not this year.'],
    ['tone.', 'I understand if budgets are tight; not every operator can afford to do this properly.'],
    ['tone.', "I appreciate this kind of software can feel complicated if your team hasn't used anything beyond Excel, so I'll keep it simple."],
    ['tone.', "That said, our solutions engineer did sit waiting on the call for twenty minutes, so I'd be grateful if we could make the next one count."],
    ['tone.', "They'll be saving at least two hours a day from day one, I'd put my job on it."],
    ['tone.', 'Für das dritte Quartal haben wir nur noch zwei Installationstermine frei – wenn Sie sich nicht bis Ende der Woche entscheiden, wird es Januar.'],
    ['tone.', 'Da ich auf meine letzten drei Nachrichten keine Antwort erhalten habe, gehe ich davon aus, dass Sie zufrieden sind.'],
    ['tone.', 'Ich bräuchte Ihre Zusage bis Donnerstag, sonst geht der Rabatt an die nächste Apotheke auf meiner Liste.'],
    ['tone.', 'Wir garantieren Ihnen, dass sich der Automat innerhalb eines Jahres vollständig amortisiert.'],
    ['tone.', 'Ons waarborg dat julle opbrengs met minstens 2% sal styg sodra die program loop.'],
    ['tone.', '这个价格只给前三个签约的电站，名额很快就会满，请尽快决定。'],
    ['tone.', 'نضمن لكم تقليل تأخيرات الدوران بنسبة ٣٠٪ من أول شهر.'],
    ['tone.', 'Son üç e-postama da yanıt alamadım, herhalde okumaya vakit bulamıyorsunuz.'],
    ['tone.', 'بصراحة كنت متوقعة رد من حضرتك بعد كل الوقت اللي فريقنا خصصه للعرض.'],
    ['internal.', "Nina, chasch du das bitte no korrigiere bevor's usegaht?"],
    ['internal.', 'Use the old video, the new one still shows the prototype housing.'],
    ['internal.', "Here's a friendly, concise version of your email that emphasises fire risk:"],
    ['internal.', 'Nota: hy praat liewer Afrikaans op die foon, maar skryf in Engels.'],
    ['internal.', 'Label: HOT LEAD / SA-NC / Q2'],
    ['internal.', 'Sipho, ek dink ons moet die tweede paragraaf uithaal, dit klink te tegnies.'],
    ['internal.', 'Thandeka, ngicela ubheke amanani ngaphambi kokuthumela.'],
    ['internal.', '(للفريق: لا تذكروا السعر في هذه المرحلة)'],
    ['internal.', 'Not: Müşteri fiyata çok hassas, indirim konusunu ikinci toplantıya bırak.'],
    ['internal.', 'Forwarding to you to send from your account since you met him in Doha.'],
    ['internal.', 'يا أحمد، غيّر التاريخ لو الاجتماع اتأجل.'],
    ['claim.', 'Wie ich gehört habe, steht Target Co seit der Mieterhöhung finanziell etwas unter Druck.'],
    ['claim.', 'Target Co keeps around 60,000 packs in stock across its sites.'],
    ['claim.', "Now that Target Co has won three projects in Bid Window 7, I'd like to introduce us ahead of construction."],
    ['claim.', 'Target Co has been growing at about 40% a year, and from what we see, maintenance is one of the first things to fall behind.'],
    ['claim.', "I appreciate things are uncertain given Target Co is currently in talks with administrators, and I don't want to add to your load."],
    ['claim.', 'I know Target Co is in the middle of a cost-cutting drive this year, so I thought it worth sharing an option.'],
    ['claim.', 'I believe Target Co is about to take over the Kathu portfolio, so I wanted to introduce us early.'],
    ['claim.', "Baie geluk met die JSE-notering, wat 'n mylpaal vir Target Co!"],
    ['claim.', 'I understand Target Co is close to financial close on two new plants near Welkom.'],
    ['claim.', "Aangesien Target Co nou die grootste onafhanklike operateur in die Noord-Kaap is, kan ons 'n enkele kontrak aanbied."],
    ['claim.', 'علمت أن Target Co فازت مؤخرًا بعقد المناولة الأرضية في مطار الملك خالد الدولي، فألف مبروك.'],
    ['claim.', 'With Target Co taking on around 400 seasonal agents this summer, rostering gets harder.'],
    ['claim.', 'Since Target Co has just signed two new airline customers at Sabiha Gökçen, you will need more shifts.'],
    ['claim.', 'عرفت إن Target Co بتعيد هيكلة قسم العمليات الفترة دي، فحبيت أعرض عليكم حل.'],
  ]);
});

describe('forty-eighth session, second round: shapes from fresh writers (XH, XI, XJ clean; XK, XL, XM problems)', () => {
  shapes([
    ['internal.', "I hope you don't mind a quick personal note: last night we received the Ambachtsprijs Erfgoed 2024 for our restoration in Friesland."],
    ['claim.', 'Checklist for Thursday:\n[ ] Heating: please switch it on the evening before\n[ ] Access: Bram will ring the bell at the side door. Is that still right?'],
    ['tone.', 'Our own recommendation is B, but A is a perfectly respectable choice if the budget is tight this year; it simply won\'t last as long.'],
    ['tone.', 'Good news: the spring tuning is confirmed for Thursday 23 April.', 'Spring tuning confirmed. ACTION NEEDED BY YOU: none'],
    ['internal.', 'That is an explanation, not an excuse.\n\nWhat we\'d like to do:\n- Come back and retune the reeds, at no charge\n- Agree the temperature in advance, in writing'],
    ['tone.', "I'd rather explain our price increase than just put a new number on the invoice, so here goes.", 'Why our rates are going up next year'],
    ['recipient.', 'Hi Dana,\n\nOne thing I forgot to say on the phone: the training is free for up to 10 people.', 'Ah, one thing I forgot!'],
    ['recipient.', 'Gratulerer med nytt kontor i Bergen, og takk for møtet.', 'Gratulerer, og en kort presentasjon'],
    ['tone.', 'Not urgent, but worth knowing: we released version 4.12 on Monday.', 'Not URGENT – just an INSPECT update (4.12)'],
    ['internal.', 'Please change any number that is wrong.\n\nINPUTS (yellow = please check)\n- Lifts: 10 (from our call)'],
    ['internal.', '先日お話しした白樺高原リゾート様の事例について、先方のご了承を得て概要をお送りいたします。作成時間が約5日から約2日に短縮（先方の試算）。'],
    ['tone.', "SUCCESS CRITERIA\n1. 95% of requests confirmed within 4 hours\n\nIF WE MISS\nIf we don't meet criteria 1 to 3, we'll refund the booking fees for the pilot period."],
    ['internal.', 'ASSUMPTIONS (ours, please challenge)\n- Coordinator time on travel drops by half\n- Out-of-hours rebookings move fully to our desk'],
    ['tone.', "WHAT WE CAN'T DO\n- We can't prevent cancellations, and we can't guarantee an alternative will exist on the day."],
    ['internal.', '- Platform: EUR 990/month\n\nCONFIDENTIAL: please keep these figures between Target Co and Ourco. They are below our published list.', 'CONFIDENTIAL: Ourco pricing for Target Co'],
    ['internal.', 'STEP 4: Billing\n[ ] Billing entity and VAT number\n\nNote: please don\'t send passport details by email. Crew documents go straight into the encrypted store.'],
    ['internal.', 'This is a long email, so I\'ve used headings – skip to whichever part is useful.\n\nPRICING\nEUR 990 a month.'],
    ['internal.', 'Hierbij de offerte voor het onderhoud.\n\n[Bijlage: offerte QH-O-2025-041, 2 pagina\'s]'],
  ], [
    ['tone.', 'It would be a shame for Target Co to end up as the last handler at the airport still planning shifts by hand.'],
    ['tone.', "This probably isn't something front-of-house would normally deal with, so you might want to pass it to someone in the kitchen who'll understand it."],
    ['tone.', 'With us looking after the traps, we can promise Target Co will pass every FOG inspection from now on.'],
    ['tone.', "No worries if it's not a priority — I'll just let the team know Target Co has decided to take its chances."],
    ['tone.', "I did expect to hear back after we'd agreed the next steps, to be honest."],
    ['tone.', "Of course there's no obligation, though I'd hate for you to hear about the results from a competitor first."],
    ['tone.', "In your case I'd say payback is a certainty."],
    ['tone.', 'Once Target Co is on our platform, findings like these will simply stop happening.'],
    ['tone.', 'No worries at all, I know some teams take a bit longer to get their heads around new systems.'],
    ['tone.', "Put simply, we will lower reoffending across your caseload, and we're happy to stand behind that."],
    ['tone.', "I don't want to oversell it, but if you wait until spring the slots will be gone."],
    ['tone.', "Mae bron pob ysgol arall yn y sir wedi symud atom ni erbyn hyn, felly byddai'n od i Target Co aros ar ôl."],
    ['tone.', 'Ná fág go dtí an nóiméad deireanach é — tá na háiteanna don samhradh ag imeacht go tapa.'],
    ['tone.', 'Geallaimid nach mbeidh bac ar bith agaibh arís tar éis na chéad chuairte.'],
    ['tone.', 'ราคานี้ใช้ได้ถึงสิ้นเดือนนี้เท่านั้น หลังจากนั้นจะไม่มีโอกาสแบบนี้อีกแล้วนะครับ'],
    ['tone.', 'Em cam kết anh sẽ giảm ít nhất 3% hao hụt ngay trong vụ đầu tiên.'],
    ['tone.', 'এই অফার দামে স্টকে আর মাত্র কয়েকটি ইউনিট আছে, তাই তাড়াতাড়ি সিদ্ধান্ত নিলে ভালো হয়।'],
    ['tone.', 'Vi har bare plass til én ny kunde i Norge før sommeren, så jeg vil anbefale at dere bestemmer dere ganske raskt.'],
    ['tone.', 'Honnêtement, la plupart de vos homologues ont déjà fait le saut, et il serait dommage que Target Co reste à la traîne.'],
    ['tone.', 'Jeg har nå prøvd å nå deg flere ganger, og det hadde vært fint med et svar, om ikke annet av ren høflighet.'],
    ['internal.', 'Priority: HIGH – renewal at risk'],
    ['internal.', '(list 7,400 – don\'t show him list)'],
    ['internal.', '(Marc-André, peux-tu confirmer que le portail est bien livré? Je ne veux pas le promettre sinon.)'],
    ['internal.', 'নোট: আগের মিটিং ভালো যায়নি, ওনার সাথে একটু সাবধানে কথা বলতে হবে।'],
    ['internal.', 'Chị Lan ơi, em để giá tạm ở đây, chị xem lại giúp em rồi sửa nhé.'],
    ['internal.', 'พี่สมชายคะ ช่วยเช็คตำแหน่งของคุณวิชัยให้หน่อยนะคะ'],
    ['claim.', 'With turnover at Target Co passing €10m this year, a group-wide arrangement should make a difference.'],
    ['claim.', "I know it's been a difficult trading year for Target Co, so I'll keep this short."],
    ['claim.', "Rwy'n deall bod Target Co wedi tyfu tua 40% y llynedd, felly llongyfarchiadau mawr."],
    ['claim.', 'Comhghairdeas le Target Co as deontas Fhiontraíocht Éireann a fháil.'],
    ['claim.', 'Llongyfarchiadau i Target Co ar agor y gegin newydd yn Abertawe.'],
    ['claim.', 'Cloisim go bhfuil Target Co ag fostú caoga duine breise i mbliana.'],
    ['claim.', 'With Target Co closing the Galway branch at the end of the summer, you may want to move the contract.'],
    ['claim.', 'ผมสมชาย จาก Ourco ครับ ทราบมาว่า Target Co กำลังจะเปิดโรงสีแห่งใหม่ที่นครสวรรค์ปีหน้า'],
    ['claim.', 'আমি তানভীর, Ourco থেকে। শুনেছি Target Co সম্প্রতি নতুন একটি অটো রাইস মিল চালু করেছে।'],
    ['claim.', 'I understand Target Co lost a large contract with a Gulf buyer earlier this year, and I thought it might be worth sharing how other exporters protect themselves.'],
    ['claim.', 'Với doanh thu của Target Co vượt 50 triệu USD năm ngoái, chúng tôi nghĩ đây là lúc phù hợp.'],
    ['claim.', 'Since Target Co became part of the larger group earlier this year, purchasing may have moved.'],
    ['claim.', 'I understand Target Co is moving to a hub model and closing most of its rural offices over the next year.'],
    ['claim.', "Je sais que Target Co embauche une trentaine d'agents de probation cet automne."],
    ['claim.', 'Jeg har hørt at Target Co skal slås sammen med region øst fra nyttår.'],
    ["claim.", "I've heard Target Co is set to receive a big funding boost in the next Budget."],
    ['claim.', 'Avec les quelque 2 000 dossiers actifs que Target Co suit actuellement, vos agents doivent être très sollicités.'],
  ]);

  it('a quoted reply that shares no word with a congratulation tells nothing of it', () => {
    const body = "Thanks for the quick reply, and glad the demo was useful.\n\nCongrats as well on breaking into the national top ten this year.\n\nBest,\nCamila\n\n> Hi Camila, two quick questions: does the app work on iPhones, and can we link reading lists from Moodle?";
    expect(found(body, 'Re: Demo').filter((r) => r.startsWith('claim.'))).not.toEqual([]);
  });
});

describe('forty-eighth session, third round: shapes from fresh writers (XP, XQ clean; XR, XS problems)', () => {
  shapes([
    ['internal.', 'Zoom: https://zoom.us/j/84120937716\n\nNote: we\'ll record the session only if everyone agrees at the start.'],
    ['tone.', "Ahead of installation on 14 May, here's the room checklist. IMPORTANT: the first two points are required, otherwise our technicians can't install on the day."],
    ['tone.', 'Thank you so much for the kind note about the training.', 'Thank you!!'],
    ['tone.', "Forwarding the answer from our engineering team.\n\n---------- Forwarded message ---------\nFrom: Lukasz <l@ourco.com>\nSubject: Re: resin tank life\n\n> Marta,\n> Tank life is about 1,500 layers.", 'Fwd: Re: resin tank life'],
    ['internal.', "Thank you for coming to the tasting yesterday.\n\nAs promised, here are the notes from the tasting:\n\n- Tim liked the Alsace bacon and asked for prices.\n- He wasn't convinced by our frozen croissants."],
    ['internal.', 'You asked where to buy the Riesling. Their contact is on their website: weinkontor-rheingau.de.'],
  ], [
    ['tone.', 'Ya trabajamos con casi todas las canteras de Arequipa; sería raro que Target Co se quedara fuera.'],
    ['tone.', "I appreciate blasting isn't everyone's area of expertise, so I'm happy to walk Luis and the crew through the basics."],
    ['tone.', 'Le aseguro que con nuestro sistema no volverá a tener una sola queja de los vecinos.'],
    ['tone.', "I'll assume you haven't had a chance to read up on how PPV limits work, so here is the short version."],
    ['tone.', "I'd hate for Target Co to be the next quarry in the newspaper after a wall cracks in the village."],
    ['tone.', 'Entiendo que está ocupado, pero ya es la cuarta vez que le escribo sin respuesta.'],
    ['tone.', 'Tus competidores ya lo están haciendo, y los clientes lo notan.'],
    ['tone.', 'With respect, I think you may have misunderstood how the system works, which is understandable.'],
    ['tone.', 'Frankly, the community deserves better than the records Target Co is keeping today.'],
    ['tone.', 'Esta tarifa solo se mantiene hasta el 30 de este mes; después no podré ofrecérsela de nuevo.'],
    ['tone.', "I know RFID can sound complicated if you haven't worked with it before, so I'll keep this very simple."],
    ['tone.', 'Hampir semua perpustakaan kampus di Jawa Barat sudah beralih ke layanan mandiri, jadi sayang sekali kalau Target Co sampai tertinggal.'],
    ['tone.', 'Harga khusus ini hanya berlaku sampai akhir bulan, dan setelah itu kami tidak bisa menjamin slot instalasi.'],
    ['tone.', "Our team spent the best part of two weeks putting this proposal together for Target Co, so I'd be grateful for at least a quick reply."],
    ['tone.', "I've sent a few notes about the pilot now and haven't heard back, so I'll assume improving the borrowing experience isn't much of a priority for Target Co at the moment."],
    ['tone.', 'Bottom line: the kiosks pay for themselves within 12 months, guaranteed.'],
    ['tone.', 'If it opens without self-service, it will be the library that gets the complaints, not the architects.'],
    ['tone.', 'Just a heads-up that the pricing I quoted only holds for libraries that sign before 30 June; after that it goes up by about 18%.'],
    ['tone.', "For what it's worth, every other state library we've spoken to this year has said yes to a pilot."],
    ['tone.', "Since I made the trip up from Colombo for it, I'm hoping we can get to a decision this month."],
    ['internal.', 'Remember to cc Ama on anything Ghana-related.'],
    ['internal.', 'El plazo de instalación es de 30 días (¿o eran 45? revisar con Joaquín).'],
    ['internal.', '(nota: pastikan nama pengarah betul, tak pasti Dr. atau Prof.)'],
    ['internal.', 'Jangan hantar dulu, tunggu harga baru dari Hafiz.'],
    ['internal.', 'Catatan: Pak Hendra minta jangan kasih harga dulu sebelum demo.'],
    ['internal.', 'FYI Mei — this is the same guy who went quiet on us in 2022.'],
    ['claim.', 'I know Target Co has been going through some financial difficulty, so I wanted to mention our leasing option.'],
    ['claim.', 'I understand Target Co supplies most of the aggregate for the Accra ring road project, so vibration records will matter.'],
    ['claim.', 'Entiendo que Target Co perdió un contrato importante con una minera grande este año, por lo que el foco está en costos.'],
    ['claim.', 'I understand Target Co is looking to sell the Kasoa site, and the buyer will want clean records.'],
    ['claim.', 'Sabemos que Target Co cerró el año con pérdidas, así que proponemos un arriendo.'],
    ['claim.', 'Memandangkan Target Co telah kehilangan peruntukan kerajaan negeri sejak tahun lepas, kami faham bajet mungkin terhad.'],
    ['claim.', 'Kami dengar Target Co baru saja memperoleh dana hibah besar dari pemerintah pusat, selamat!'],
    ['claim.', 'I hear Target Co has had budget approved for a full refurbishment of the main library next year.'],
    ['claim.', 'Dengan ekspansi Target Co ke Surabaya dan Medan tahun ini, layanan perpustakaan di kampus baru perlu disiapkan.'],
  ]);
});

describe('forty-eighth session, fourth round: shapes from fresh writers (XV, XW, XZ clean; XX, XY problems)', () => {
  shapes([
    ['pii.', 'Souksavanh Phommachanh\nBusiness Development, Laos\n+856 20 5555 0412'],
    ['tone.', "Here is a typical day.\n\n06:30. ARRIVAL AND SIGN-IN\nOur crew is two people: a pilot and a visual observer.\n\n07:00. SAFETY BRIEFING\nYour team leads this."],
    ['tone.', 'WHAT WE WOULD CHANGE\n- Tallies recorded on a phone by whoever holds the book now — same person, same timing'],
    ['tone.', 'If something goes wrong over the break, email support@ourco.com with URGENT in the subject and the on-call person will be paged.'],
    ['tone.', 'Please treat this pricing as confidential between our companies — it reflects the size of your agreement.', 'Pricing for Target Co (please keep between us)'],
    ['tone.', 'E2. Response times: we aim to respond to urgent issues within 1 hour during support hours. That is a target, not a guarantee.'],
    ['tone.', '- Four 1-hour video calls a year\n- A NZ$500 credit on your account each year, as a thank-you for your time'],
    ['tone.', "Here's one we're allowed to share.\n\nBALKAN URBAN TRANSIT (PLOVDIV) — 2023–2025\nChallenge: 26 electric buses arriving within 12 months."],
    ['internal.', "That's a sensible thing to do, and I won't say anything about them — I don't know their offer."],
  ], [
    ['tone.', "I'll keep this simple, since the tech side usually isn't a practice manager's strong suit."],
    ['tone.', "I realise the microbiology side may be a bit outside your area, so I'll keep this as simple as I can."],
    ['tone.', "I'll avoid jargon since this is probably all new territory for your team."],
    ['tone.', 'We can only keep the unit reserved for Target Co until Wednesday noon; after that it ships to a customer in Vietnam.'],
    ['tone.', "Ní bheidh an praghas seo ar fáil tar éis Dé hAoine, mar sin b'fhearr cinneadh a dhéanamh go luath."],
    ['tone.', 'Yeh offer sirf is mahine ke end tak hai, uske baad rate badh jayega aur installation slot bhi shayad na mile.'],
    ['tone.', 'Sir, aap decide karne mein kaafi time le rahe hain, aur competitors already aage nikal chuke hain.'],
    ['tone.', 'Jujur saja, kalau Bapak menunda lagi, kemungkinan besar eksportir lain di Lampung yang akan mengambil pembeli Eropa Bapak.'],
    ['tone.', 'Saya sudah mengirim email ini tiga kali, jadi mungkin Ibu memang tidak tertarik meningkatkan mutu ekspor.'],
    ['tone.', "Je me permets d'insister : sans réponse de votre part d'ici vendredi, nous attribuerons votre créneau à un autre exportateur."],
    ['tone.', "Ils ne viennent qu'une seule fois cette année ; après, la prochaine occasion ne sera peut-être pas avant 2026."],
    ['tone.', 'हा दर फक्त या आठवड्यापुरता आहे, पुढच्या आठवड्यात तो नक्की वाढणार, म्हणून लवकर निर्णय घ्या.'],
    ['internal.', 'This is the one we discussed on Monday\'s call – go with the lower number.'],
    ['internal.', "Tsy mbola voaloa ny courier – jereo amin'i Hery aloha."],
    ['internal.', 'Pak Budi, ini lead dari SIAL kemarin – anggarannya baru ada tahun depan, jadi jangan terlalu dikejar dulu.'],
    ['claim.', 'Mi hear seh Target Co a merge wid another group inna Kingston, so mi know yuh have a lot pon yuh plate.'],
    ['claim.', 'With Target Co seeing something like 4,000 patients a month, even a small share of missed calls adds up quickly.'],
    ['claim.', 'Suna hai Target Co ne pichhle saal 200 se zyada naye log hire kiye hain.'],
    ['claim.', 'Saya dengar Target Co sudah menggandakan jumlah karyawan di pabrik Medan tahun ini.'],
    ['claim.', 'I understand Target Co had two consignments rejected in Rotterdam last quarter.'],
    ['claim.', 'Now that Target Co has brought in a new managing partner, there must be plenty of change under way.'],
  ]);
});

describe('forty-eighth session, fifth round: shapes from fresh writers (YE, YG clean; YF, YH problems)', () => {
  shapes([
    ['internal.', "HELP\nAgent support: +30 210 555 0199.\n\nLet me know if you'd like a Greek version; our team can translate it."],
    ['internal.', "The best public source I know is the learning reports. They're not about carts and don't mention any supplier, which is partly why I like them."],
    ['internal.', 'A note for transparency: I wrote the summary in English, and our AI writing assistant produced the first Japanese draft, which my colleague then checked.'],
    ['tone.', "Things I promised:\n1. A training plan\n\nThings you said you'd look into:\n1. Whether your facilities manager can measure the door widths."],
    ['tone.', 'None of this needs an answer before your board meets in May.'],
    ['tone.', "WHY NOW?\nWe don't think there's a reason Target Co must decide now. Your current carts still work."],
    ['claim.', 'Your colleague Joris suggested I contact you, as you coordinate equipment purchasing across Target Co.'],
  ], [
    ['tone.', "Frankly, checking salinity with a handheld once a week isn't how a serious farm operates anymore."],
    ['tone.', "I should mention that just about every farm in the bay has one in the water now, so people will notice if Target Co doesn't."],
    ['tone.', "I'd hate for Target Co to miss out just because the forms sat in an inbox for a few weeks."],
    ['tone.', "Franchement, j'ai du mal à comprendre qu'une ferme comme la vôtre travaille encore sans aucun capteur."],
    ['tone.', 'Sayang naman po kung maunahan pa kayo ng ibang farm dito sa Palawan, kasi halos lahat po sila ay nag-order na.'],
    ['tone.', 'Pangatlong follow-up ko na po ito, sana naman po ay masagot na ninyo kahit isang linya lang.'],
    ['tone.', 'Limitado na lang ang slots para sa libreng installation, busa palihug mohukom na ta karong semanaha.'],
    ['tone.', 'Гарантирую, что после обработки жалоб от жителей посёлка больше не будет.'],
    ['tone.', 'Если не получим ответ до пятницы, будем вынуждены передать бригаду другому клиенту, и следующая возможность будет только осенью.'],
    ['tone.', 'Бұл баға тек осы айдың соңына дейін жарамды, кейін мұндай мүмкіндік болмайды.'],
    ['tone.', 'Энэ үнэ зөвхөн энэ сарын 20 хүртэл хүчинтэй, дараа нь ийм санал дахин гарахгүй гэдгийг анхаарна уу.'],
    ['internal.', '(can we name them? check the NDA)'],
    ['internal.', 'Priya – happy with this? Want to send before the 3pm call.'],
    ['internal.', '(TBC with ops: can we actually do Palawan in 3 weeks?)'],
    ['internal.', 'The site has [6 or 8? check site visit notes] ponds.'],
    ['internal.', 'Ate Joy, paki-check kung tama yung presyo sa attachment bago i-send, parang luma pa.'],
    ['internal.', "Tiare dit que c'est le beau-frère du gars de Rangiroa, on le mentionne ?"],
    ['internal.', 'Энэ үнийг Гантулга батлахаас өмнө илгээхгүй.'],
    ['internal.', '[Уточнить у склада наличие Crustex 40 в Павлодаре – если нет, срок поставки 8 недель]'],
    ['internal.', 'Арман, бағасын Данамен келісіп барып жібер.'],
    ['claim.', 'I heard you had to let a few of the grafting team go after the last season, so I\'ll keep this short.'],
    ['claim.', 'Now that Target Co is supplying the big Kobe auction houses directly, grading matters more.'],
    ['claim.', "Given Target Co lost a good part of last year's crop, I imagine preventing a repeat is high on the list."],
    ['claim.', 'Following the loan Target Co secured from the Asian Development Bank, expansion must be on the cards.'],
    ['claim.', 'As Target Co is preparing to be sold next year, clean records will matter to the buyer.'],
    ['claim.', 'Насколько я знаю, в этом году Target Co увеличивает добычу на 30% после запуска второго карьера.'],
    ['claim.', 'Слышала, что Target Co недавно сократил часть персонала на обогатительной фабрике.'],
    ['claim.', 'Естуімше, Target Co биыл Ақтөбе облысында жаңа кен орнын игеруді бастап жатыр.'],
  ]);
});

describe('forty-ninth session, first round: shapes from fresh writers (YK, YL, YM clean; YN, YO, YP problems)', () => {
  it('a rule any fact may support names no kind of fact: facts elsewhere do not excuse the sentence model\'s claims', () => {
    const withFacts = makeAccount({ id: 'f', name: 'Target Co', domain: 'target.example', facts: ['Serves more than 20,000 customers', 'Acquired Fieldline in 2026'] });
    const scan = (body: string) => scanEmail(`Hi Dana,\n\n${body}\n\nBest,\nSam`, undefined, undefined, withFacts)
      .filter((f) => f.severity !== 'info' && (f.rule ?? '').startsWith('claim.'));
    expect(scan('Since Target Co has just signed supply deals with two new hypermarket chains, I expect the chilled dock is about to get a lot busier.')).not.toEqual([]);
  });

  shapes([
    ['tone.', "I've written a few times and heard nothing, which is completely fine.", 'Should I stop emailing?'],
    ['tone.', "I've written a couple of times about the inspections.", 'Shall I stop writing?'],
    ['tone.', 'The onsite course lasts two hours. Training is FREE. The manuals are yours to keep.'],
    ['tone.', "Three screens, that's all:\n\n1. TODAY — which shed, start time, who else is on\n2. TOMORROW — same thing, once the office has confirmed\n3. MESSAGES — changes from the office"],
    ['tone.', "- TODAY: farmer payments can be exported as a CSV file.\n- NOT YET: a direct, automatic sync."],
    ['tone.', "I'd rather you hear this from me now than be surprised on a cold night."],
    ['tone.', "We are not liable for crop losses, because no service can guarantee that a frost won't damage vines; this is standard in the industry, and I'd be wary of any supplier who claimed otherwise."],
    ['tone.', "Before you sign, I want to put in writing a few things we do not promise, because I've seen misunderstandings about this in the industry."],
    ['tone.', "Come ti dicevo, non abbiamo fretta: se decidete di partire con noi l'anno prossimo invece che quest'anno, va benissimo."],
    ['tone.', "Please bear in mind that she's doing this as a favour; she isn't paid or otherwise rewarded by us for it."],
    ['tone.', "Whichever date a contract is signed, you'd get the price that applies on that date; there's no reason to rush a decision because of this."],
    ['tone.', "Lines 2 and 3 are one-off items, so next quarter's invoice will go back to the licence amount only."],
    ['tone.', "Your answers go straight to me and our operations lead, and they won't be used in any marketing."],
    ['tone.', "No need to think about it now; I'm sure the builders are keeping you busy enough."],
    ['tone.', "Every practice is different, and I wouldn't assume Target Co's needs are the same, but I'm happy to map out a similar setup."],
    ['tone.', "Here's everything that needs to happen before then.\n\nBEFORE YOUR FIRST PICKUP\n[x] Contract signed (done, thank you!)\n[ ] Ourco: deliver starter kit"],
    ['tone.', "DATE | SCHEDULED | ON-DEMAND\nThu 25 December | None | Urgent only, 9am-1pm\nFri 26 December | None | Urgent only, 9am-1pm"],
    ['internal.', "This is a question for them, not for us, and I'd rather not guess."],
    ['internal.', 'Bramblecote sends a description of the ward process, including what nurses do and don\'t need to do (me, by Friday).'],
    ['internal.', 'We have been delivering to them for two years without issue. Happy for the clinic to contact me directly if they want it in writing.'],
    ['placeholder.', 'Please find our quote for the roll-out attached [quote BC-Q-2025-044, 3 pages].'],
    ['placeholder.', 'We can set up a test in one of your offices (your Ngongotahā office, for example).'],
    ['claim.', "Ho letto nell'intervista che ha rilasciato al Gazzettino a gennaio che Target Co ha installato tre nuove torri antibrina."],
    ['claim.', "Ourco has closed a $14 million Series A round, led by Harbourline Capital. In practical terms, it's going towards:\n- 60 additional refrigerated vans\n- new depots in Adelaide and Hobart"],
    ['claim.', 'I lead partnerships with laboratories at Ourco.', 'Partnering with Target Co on clinic pickups'],
    ['claim.', 'I understand Target Co has decided to stay with your current courier this year, and I respect that.'],
  ], [
    ['tone.', 'Esta tarifa especial solo está disponible para los primeros cinco distritos que firmen este mes.'],
    ['tone.', "Une fois notre calendrier d'été rempli — et il se remplit vite —, vous seriez coincés avec vos circuits actuels pour une autre année scolaire complète."],
    ['tone.', "If a child gets left at a stop because of a routing mistake, that lands on your desk, not the vendor's."],
    ['tone.', 'Si no recibimos respuesta antes del viernes, tendremos que ofrecer su lugar a otro distrito.'],
    ['tone.', 'Surely shorter rides for your students are worth fifteen minutes of your time?'],
    ['tone.', 'Większość firm z Pana branży w regionie już dawno to zrobiła, więc naprawdę nie warto dłużej zwlekać.'],
    ['tone.', "With respect, if nobody has looked at those seals in five years, that's not a maintenance strategy, it's luck."],
    ['tone.', "It's a common mistake for facility managers without a refrigeration background to assume a gasket is a minor item."],
    ['tone.', 'Ich erkläre es Ihnen gerne noch einmal ganz langsam und in einfachen Worten:'],
    ['tone.', 'Věřte mi, že takovou nabídku už od nás nikdy nedostanete.'],
    ['tone.', 'Pokud se neozvete do pátku, termín bohužel přenechám jinému zákazníkovi – zájem je teď opravdu velký.'],
    ['tone.', 'rozumiem, że odpowiedź na maila może chwilę potrwać, ale minęły już trzy tygodnie, a ja nadal czekam choćby na krótkie „nie”.'],
    ['tone.', "Please let me know by Thursday; after that I'll have to offer the kit to the next museum on our list."],
    ['tone.', '이미 국내 주요 국립박물관 대부분이 도입을 마쳤기 때문에, 더 늦어지면 Target Co만 뒤처지실 수도 있습니다.'],
    ['tone.', "I've kept the explanation non-technical so it's easy to follow, even without an engineering background."],
    ['tone.', 'Only three of the discounted sensor bundles remain for the Asia-Pacific region this year.'],
    ['tone.', '이번 주 금요일까지 회신이 없으시면 해당 할인은 자동으로 소멸됩니다.'],
    ['internal.', 'Thanks for your question about uptime. Routes are cached on the tablets. (don\'t bring up the Brookfield outage)'],
    ['internal.', 'Routing and stop management: $4.00 per student per year (Rob, is $4/student still right for 2025-26? — S.)'],
    ['internal.', 'It was nice meeting you at the Expo.\n\nBest,\nMarcus Bell\nOurco\nSource: booth scan from STN, warm-ish'],
    ['internal.', "I'm with Ourco.\n如果他是运营负责人就用短的开头，如果是CFO就用长的。\nIf you're the right person, I'd love 15 minutes."],
    ['internal.', 'Potwierdzam wizytę technika w dniu 5 marca, w godzinach 8:00–14:00. // do poprawy: zmienić datę na 12.03, Grzesiek ma urlop'],
    ['internal.', 'Posílám nabídku.\n(poznámka: neposílat, dokud to neschválí Petra)'],
    ['internal.', 'Here is the quote.\ncc Ola once Agnieszka has approved the discount'],
    ['internal.', "FYI he's the brother-in-law of our old contact at the Radom depot – be nice."],
    ['internal.', 'Thanks for your time today. (Rachel — bcc\'d you so you can see how I pitched it.)'],
    ['claim.', "I understand Target Co is looking at a budget shortfall of around $3 million next year, so I'll keep this focused on cost."],
    ['claim.', 'I saw that Target Co is opening two new elementary schools next fall, which usually means a full re-route.'],
    ['claim.', 'I understand Target Co is running about 180 buses now across both depots.'],
    ['claim.', 'I understand Target Co is leaving its current routing vendor when the contract runs out in June.'],
    ['claim.', "And with revenue at Target Co up as sharply as it was last year, I'd plan on the shorter end of that range."],
    ['claim.', 'Jak jsem zaslechla, Target Co letos staví novou mrazírnu.'],
    ['claim.', 'Since your cold storage capacity has tripled since 2021, some of the older doors are probably working much harder than they were meant to.'],
    ['claim.', 'Target Co is apparently planning to close the Katowice site next year.'],
    ['claim.', '최근 Target Co에서 소장품 관리팀 인력을 절반 가까이 줄이셨다고 들었습니다.'],
    ['claim.', 'Target Co様は昨年度、来館者数が過去最高を記録されたとのこと、誠におめでとうございます。'],
    ['claim.', 'Target Co가 내년 상반기 코스닥 상장을 준비 중이신 것으로 알고 있습니다.'],
    ['claim.', 'For an organisation like Target Co, with 350 staff across three sites, the main challenge is usually the alerts.'],
    ['claim.', 'Since Target Co is about to close for a two-year renovation, the collection will spend a long period in temporary storage.'],
    ['claim.', 'このたびは新館長へのご就任、誠におめでとうございます。'],
    ['claim.', "With Target Co now handling storage for more than 500 private collectors, I've also included the client portal."],
  ]);
});

describe('forty-ninth session, second round: shapes from fresh writers (YS, YT, YU clean; YV, YW, YX problems)', () => {
  shapes([
    ['internal.', "For a grid of that size it would typically be £1,450 + VAT, though I'd confirm the figure once I'd seen the equipment schedule."],
    ['internal.', "I don't know enough yet about Target Co's current contract to say whether the same timeline fits."],
    ['placeholder.', "> Fiona, they have some 1970s fly bars. Amir (their TM) wants to know if that's a red flag."],
    ['tone.', "Validity: this quote is valid for 30 days. After that I'd simply re-check the figures against our list; it doesn't mean the price disappears."],
    ['tone.', "What we CANNOT do:\n- Certify the design of the installation.\n- Guarantee any outcome with the HSE, your insurer or your licensing authority."],
    ['internal.', "ACTION: OURCO\n- Quote by 11 April (Callum)\n\nACTION: TARGET CO\n- Equipment lists for all three venues (Euan)"],
    ['internal.', "Two thoughts, for whatever they're worth:\n1. A handover meeting is the most useful thing you can arrange.\n2. Ask for the full history, not just the last report."],
    ['recipient.', "Loved meeting you at the show. The check cards are in the post.", 'Ha, that hoist!'],
    ['tone.', "CHAIN HOIST: BEFORE EACH USE\n[ ] Brake holds\n\nIF IN DOUBT: DON'T USE IT. Tag it and tell your supervisor."],
    ['internal.', "Selamawit manages production at Target Co. I'll step back from the thread, but I'm always reachable if needed."],
    ['internal.', "If you'd like it in TZS, or split into phases, I can redo it."],
    ['tone.', "On the call you asked whether Ourco can guarantee a yield increase. I'd rather be straight with you: we can't."],
    ['tone.', "We aim to fix faulty hardware within 3 working days. That's our target, not a contractual guarantee, and I'd be misleading you if I said we'd never miss it, especially during the rains."],
    ['tone.', "We sell the sensor for KES 14,500, but honestly, if you already have a basic controller that accepts a rain input, you could buy one locally and save money."],
    ['placeholder.', "Nimeambatisha fomu ya mabadiliko iliyosainiwa na msimamizi wenu [tazama kiambatisho]."],
    ['internal.', "HATUA YA 4: Mafunzo\n\nKumbuka: kila mtumiaji atapokea barua pepe ya mwaliko ili aweke nenosiri lake mwenyewe."],
    ['internal.', "PHONE ON THE DAY: Kibet, +254 722 418 905\n\n[Map attached: from the Nakuru-Eldoret highway turn-off]"],
    ['placeholder.', "The corrected invoice is here [see attached XML and PDF]."],
    ['claim.', "Congratulations to Target Co on the Cruz Roja recognition for the hurricane recovery, which I read about in El Universal last week."],
    ['internal.', "DOCUMENTS\n[ ] Service log up to date\n\nNote: this is our checklist, not the official one. Always check against the current regulation."],
    ['internal.', "Mercedes-Benz's own guidance for your model year is the final word, so check that too."],
    ['claim.', "Vi en la sección de noticias de su sitio que Target Co acaba de sumar cuatro unidades nuevas, ¡felicidades!"],
    ['tone.', "Before you sign, here's a plain-language summary. The signed contract is what counts; this is only to make it easier to read."],
    ['tone.', "Please ask your lawyer to read the full text; I don't want any of this to be a surprise."],
    ['tone.', "We've updated the calculator. Sorry for the earlier number. I'd rather you hear this from me."],
    ['claim.', "Invoice 0588 charged Target Co for 14 units in May when you had 13 on the plan after unit 6 was sold."],
    ['tone.', "I'd honestly suggest starting with 12 months unless you're already sure."],
    ['internal.', "(Questions? Ask Priya)"],
  ], [
    ["internal.", "NB! Enne saatmist kontrolli, kas Pille on ikka veel seal tööl."],
    ["tone.", "Frankly, paper claim forms aren't something most insurers would want to admit to still using these days."],
    ["internal.", "(Margusele: lisa siia hinnapakkumine, kui see on valmis)"],
    ["claim.", "Since Target Co is moving its claims team onto a single platform after the merger, I thought it was worth introducing Driftholm."],
    ["tone.", "Jag har lagt ner en hel del tid på att ta fram det här åt er, så jag hoppas att du åtminstone kan ge mig ett svar."],
    ["claim.", "With your claims volume roughly doubling since Target Co launched cat insurance, that may be worth a closer look."],
    ["tone.", "Every day a family waits on a vet bill refund is a day you've chosen to make them wait."],
    ["claim.", "Grattis till att Target Co ska börsnoteras nästa år!"],
    ["claim.", "Since Target Co is about to announce a partnership with a large vet chain, direct billing from clinics is probably high on the agenda."],
    ["claim.", "I know Target Co has been having a tough year financially, so I'll keep this brief and practical."],
    ["claim.", "I hear the board at Target Co wants claims costs down by a fifth this year, which is a tall order through handling alone."],
    ["internal.", "[Huom. älä mainitse kilpailijaa tässä vaiheessa]"],
    ["claim.", "Eftersom ni har dubblat antalet skadeärenden sedan i fjol tänkte jag att det kunde vara läge att höra av mig."],
    ["internal.", "(Ändra datumet om mötet flyttas – stäm av med Anders)"],
    ["internal.", "— alt. opening if he didn't attend the webinar: 'I'm reaching out because you signed up for our webinar.'"],
    ["tone.", "Takaamme, että korvauskäsittelyn kustannukset puolittuvat ensimmäisen vuoden aikana."],
    ["tone.", "I know change is hard for established insurers, so take your time to get your head around it."],
    ["claim.", "onnittelut Target Co:n uudesta toimitusjohtajasta!"],
    ["claim.", "Kuulsin, et Target Co on värvanud tänavu kümme uut kahjukäsitlejat."],
    ["tone.", "Though by autumn the implementation calendar will be full and you'd be looking at next year at the earliest."],
    ["internal.", "(or cat too? ask Oskar)"],
    ["tone.", "Olen teile juba kolm korda kirjutanud, nii et eeldan, et see teid lihtsalt ei huvita."],
    ["internal.", "(Mikko: tarkista hinta ennen lähetystä)"],
    ["tone.", "Soodushind kehtib ainult selle nädala lõpuni."],
    ["claim.", "I know your IT budget was cut this year, so I wanted to mention that Driftholm can start without a large integration project."],
    ["tone.", "I'll keep this simple, since kitchen fire chemistry isn't something most F&B managers are expected to understand."],
    ["tone.", "Insurers have started rejecting claims outright for kitchens without a UL 300 system, and I'd hate for Target Co to find that out after a fire."],
    ["tone.", "Frankly, a hotel of your standing shouldn't still be relying on portable extinguishers in the main kitchen."],
    ["tone.", "I did take the time to put this proposal together specifically for you, so a quick reply would be appreciated."],
    ["tone.", "ঢাকার বেশিরভাগ বড় রেস্টুরেন্ট ইতিমধ্যে আমাদের সিস্টেম নিয়েছে, আপনারা পিছিয়ে থাকতে চাইবেন না নিশ্চয়ই।"],
    ["tone.", "இந்த விலை வெள்ளிக்கிழமை வரை மட்டுமே; அதன் பிறகு என்னால் உதவ முடியாது."],
    ["tone.", "ඔබේ කුස්සියේ සේවකයන්ගේ ආරක්ෂාව ගැන ඔබ සැබවින්ම සැලකිලිමත් නම්, මෙය තවදුරටත් කල් දැමිය යුතු නැහැ."],
    ["tone.", "No pressure, of course, but the engineer who'd handle your site is fully booked from next week, so realistically it's now or after Diwali."],
    ["tone.", "Sir, honestly bolun toh ye discount sirf aapke liye hold kar rakha hai, kal tak confirm nahi hua toh release karna padega."],
    ["tone.", "Should anything happen before this is fixed, I'm afraid the liability will sit squarely with you personally."],
    ["tone.", "আপনার উত্তর না পেলে ধরে নেব আপনারা কর্মীদের নিরাপত্তা নিয়ে চিন্তিত নন।"],
    ["tone.", "Most responsible kitchen managers I speak to sort this out within the week."],
    ["internal.", "भाई, इसमें रेट सही है ना? एक बार चेक कर लेना।"],
    ["internal.", "[ADD PERSONALISATION LINE HERE – something about their new menu launch?]"],
    ["internal.", "দাদা, কোটেশনটা আপডেট করে পাঠাবেন, এটা পুরোনো রেট।"],
    ["internal.", "Is the 5-year warranty right? Couldn't find it in the rate card."],
    ["internal.", "— template v3 (cold / hospitality / south) —"],
    ["internal.", "(नोट: क्लाइंट को अभी AMC की कीमत मत बताना, पहले सर्वे हो जाए)"],
    ["internal.", "Tagging for Q2 pipeline review – likely to close this month."],
    ["claim.", "सुना है Target Co दुबई में नया आउटलेट खोल रहा है – बहुत बधाई!"],
    ["claim.", "Target Co මාලදිවයිනේ නව රිසෝට් දෙකක් අත්පත් කරගත් බව දැනගත්තා."],
    ["claim.", "Target Co சமீபத்தில் 25 புதிய கிளைகளைத் திறந்திருப்பதாகக் கேள்விப்பட்டேன் – வாழ்த்துக்கள்!"],
    ["claim.", "With the kitchen team at Target Co having been cut by half, there are fewer people around to react quickly if a fryer catches fire."],
    ["claim.", "Suna hai aapka Noida central kitchen next month se operational ho raha hai – congratulations!"],
    ["tone.", "The firms that told us 'maybe next year' are the ones ringing us now with emergencies."],
    ["tone.", "If a ceiling comes down during a Sunday service, nobody is going to ask which contractor was cheapest."],
    ["internal.", "Бележка: да не споменаваме цената, докато не говорим с Георги."],
    ["claim.", "Target Co is the biggest heritage roofing contractor in Hungary by turnover."],
    ["tone.", "The approach you described on the phone is, to be frank, about twenty years behind where the industry is."],
    ["tone.", "Oferta este valabilă doar până vineri; după aceea, prețul crește cu 30%."],
    ["tone.", "Honestly, any contractor still relying on visual inspections on listed buildings is taking a risk with other people's heritage."],
    ["claim.", "With Target Co holding maintenance contracts for more than 60 parishes,"],
    ["claim.", "Știu că Target Co a avut o perioadă mai dificilă financiar anul trecut, așa că vă propun o variantă în etape."],
    ["tone.", "Sincer, mă surprinde că o firmă de talia dumneavoastră încă face inspecții doar vizuale."],
    ["tone.", "Ez már a harmadik levelem, gondolom, ez most nem prioritás Önöknek."],
    ["claim.", "Gratulálok az új budapesti irodához, és ahhoz, hogy a Target Co idén már 80 fős csapattal dolgozik."],
    ["tone.", "Ако покривът протече по Коледа, никой няма да пита колко е струвала проверката."],
    ["tone.", "I'd rather not have to tell the diocese's facilities team that Target Co didn't want to look at it."],
    ["claim.", "Mivel a Target Co nemrég 2 millió eurós uniós támogatást nyert a templomfelújítási programra, a következő években biztosan sok tetőt kell majd felmérniük."],
    ["claim.", "Чух, че Target Co има нов изпълнителен директор от началото на годината"],
    ["tone.", "Novemberre már csak két szabad időpontunk maradt, így nem javasolnám, hogy sokáig halogassák a döntést."],
    ["internal.", "Segment: Heritage contractors – Tier B – HU"],
    ["tone.", "This is my last email — if you'd prefer to keep chasing leaks by hand, that's entirely your call."],
    ["internal.", "(belső: a múltkor panaszkodtak a késésre, ezt ne hozzuk fel)"],
    ["tone.", "Повечето ваши конкуренти вече работят с нас, така че не бих чакал дълго."],
    ["tone.", "With respect, a moisture meter and a ladder aren't really a survey; they're a guess with extra steps."],
  ]);
});

describe('forty-ninth session, third round: shapes from fresh writers (ZD, ZE, ZF clean; ZG, ZH, ZI problems)', () => {
  shapes([
    ['placeholder.', "Security questionnaire attached (your template v4.2), along with the SOC 2 report."],
    ['internal.', "Attached is the completed security questionnaire (your template v4.2), along with the SOC 2 report."],
    ['internal.', "I thought you might find our pipeline review template useful; it's in the template library in your workspace."],
    ['placeholder.', "- the most common reasons a TBC creeps up in the first fortnight after switching\n- our target is a visit within two working days of a customer reporting a TBC or SCC problem"],
    ['placeholder.', "WEEK | TBC (cfu/ml) | THERMODURICS (cfu/ml)\nFARM | HERD | TBC BEFORE | TBC AFTER | CHANGE"],
    ['placeholder.', "We can't promise that every farm's TBC will stay where it is during changeover. Our products can help with TBC and thermodurics."],
    ['placeholder.', "- SDS sheets on the dairy wall [attached to this email as PDFs]\n- a laminated wash sheet for the dairy wall [blank – we'll fill it in together at the changeover visit]"],
    ['tone.', "You asked what our options are. There are two:\n\nOPTION A – PAY AS YOU GO\n- Our published list price on the day you order"],
    ['tone.', "We'll collect each invoice on its due date, and you'll get at least five working days' notice of each amount before it's taken."],
    ['internal.', "Give the API key directly to them – please don't email it to us, and delete it if you stop using that software."],
    ['tone.', "Not every farm will see a big drop, and Target Co shouldn't expect one if your results are already good."],
    ['internal.', "---------- Forwarded message ----------\nFrom: Henrike Marx\n\nNikolaj, please pass this on to Camilla as is:\n\nCamilla, for white-tailed eagles we typically get a first detection at 3.5 to 4.5 km."],
    ['tone.', "WHAT IT DOESN'T DO\nIt doesn't guarantee the authority will lift your fixed shutdown times. That's their decision, based on the data."],
    ['internal.', "Hendrik has agreed to a 30-minute call. He asked me to say that he'll be open about the teething problems too, so don't expect a sales pitch from him."],
    ['internal.foreign-note-de', "F: Was kostet es?\nA: Ab 38.000 EUR pro Radar und Jahr.\n\nHinweis: Die Preise verstehen sich zzgl. MwSt."],
    ['tone.', "Whether it would help in your case, I honestly can't say without knowing more."],
    ['claim.', "Two things that may be relevant to a new campus:\n- We hold standing blocks of interpreter time for a semester."],
    ['internal.', "There's a simple method based on headcount and meeting cadence that makes the number less of a guess."],
    ['tone.', "You mentioned that Target Co had a rough experience with an agency. That's a shame to hear, and unfortunately not an uncommon story."],
    ['internal.', "Our submission includes:\n- Section C: Pricing (in the separate sealed file, as instructed)\n- Section D: Certificates of insurance"],
    ['placeholder.', "ACTION ITEMS\n[Ourco] Omar: send network test instructions to Andre by Friday\n[Target Co] Denise: confirm the pilot names"],
    ['tone.', "Agencies that promise 100% fill rates are, in my view, promising something the market can't support."],
    ['internal.', "These are estimates only; I'd confirm exact figures once the agenda is final."],
    ['internal.', "We'd love to join the vendor fair, and we'll bring our own table (6 ft, as your instructions say)."],
    ['tone.', "These rates are specific to this agreement. The offer is valid until June 30; after that, I'd need to re-check it with our finance team."],
  ], [
    ["claim.", "Con la nueva gerencia de Target Co y el recorte de personal de este año, imagino que el equipo de mantenimiento tiene más trabajo que nunca."],
    ["internal.", "Ojo que este cliente paga a 90 días, hay que incluirlo en la cotización."],
    ["tone.", "Our clients typically see belt availability go up by 15% — we can promise the same for Target Co."],
    ["tone.", "Put simply, once our crews take over, splice-related downtime at Target Co becomes a thing of the past."],
    ["tone.", "Ons het net een span oor vir Desember, so ek sal nie lank kan wag vir 'n antwoord nie."],
    ["tone.", "Sinceramente, me sorprende que una operación del tamaño de Target Co siga haciendo empalmes con cuadrillas propias."],
    ["claim.", "Since Target Co's maintenance team has shrunk to about a dozen people, it probably makes sense for us to take on the full splicing scope rather than just the shutdown peaks."],
    ["tone.", "Si no confirmamos esta semana, lo más probable es que pierdan el cupo y tengan que esperar hasta el segundo semestre."],
    ["tone.", "Frankly, anyone who has run a steel cord line for long enough knows that in-house hot splicing is a false economy."],
    ["claim.", "We heard Target Co is opening a new operation near Arequipa next year, and since we're just down the road, we'd be glad to support it from day one."],
    ["claim.", "Since Target Co is running behind on its expansion budget, it might make sense to phase the splice work rather than do everything at once."],
    ["tone.", "Belt fires often start at a damaged splice, and no one wants that on their conscience."],
    ["tone.", "Corrugation is a fairly simple concept once it's explained properly, so I've kept this short."],
    ["tone.", "Honestly, a network of Target Co's standing shouldn't still be getting resident complaints about squeal in 2024."],
    ["tone.", "Je vais essayer de faire simple, car ces questions de profil de rail peuvent vite paraître techniques pour un non-spécialiste."],
    ["tone.", "Most maintenance managers I speak to see the sense in this straight away."],
    ["tone.", "I understand you're busy, though a one-line reply would have been appreciated after our call."],
    ["tone.", "We'll have your noise measurements back under the limit in one pass — that's a promise."],
    ["tone.", "Sans nouvelles de votre part depuis un mois, je suppose que le sujet ne vous intéresse plus — ou que vous préférez gérer les plaintes des riverains."],
    ["internal.", "— Pieter, is 12% our max here? —"],
    ["internal.", "Competitor quote was lower, we need to beat it by at least 5%."],
    ["internal.", "Hot lead – from Rail Live stand, scored 8/10"],
    ["internal.", "Let op: contactpersoon is nieuw, eerdere offerte ging naar zijn voorganger."],
    ["claim.", "J'ai appris que Target Co venait de lever des fonds pour moderniser son réseau"],
    ["claim.", "Da Target Co im letzten Jahr um fast 30 % gewachsen ist"],
    ["claim.", "Nu Target Co een nieuwe directeur heeft, is het misschien een goed moment om het onderhoud van de sporen opnieuw te bekijken."],
    ["claim.", "especially with Target Co expanding into the Swiss market next year"],
    ["claim.", "With Target Co's headcount freeze, I imagine your track team is stretched."],
    ["claim.", "Target Co a enregistré une hausse de 12 % de sa fréquentation l'an dernier, ce qui met forcément la voie à rude épreuve."],
    ["tone.", "同業の皆さまはすでにシステムへ移行されていますので、そろそろTarget Co様もご検討されてはいかがでしょうか。"],
    ["claim.", "Given Target Co is currently looking to replace its existing practice management system, I thought it would be worth introducing Silverbirch."],
    ["claim.", "聽說Target Co最近完成了新一輪募資，恭喜！"],
    ["tone.", "這個優惠名額只剩最後兩位，錯過就要等到明年了。"],
    ["tone.", "Honestly, most clinic managers I speak to have sorted out their repair tracking by now."],
    ["internal.", "Use the same pitch as we did for the Tainan group, it worked."],
    ["tone.", "導入いただければ、来院キャンセル率が必ず半分になります。"],
    ["claim.", "I hear the board at Target Co approved a big IT budget for next year, so I wanted to get Silverbirch on your radar early."],
    ["tone.", "Nếu đến thứ Sáu anh chưa phản hồi, bên em sẽ phải chuyển suất triển khai này cho phòng khám khác."],
    ["tone.", "Clinics that delay this kind of change tend to find their best audiologists start looking elsewhere."],
    ["claim.", "Target Co今年已經有超過八千位病患，櫃台的預約與回診提醒一定相當繁忙。"],
    ["tone.", "之前寄了好幾封信都沒有收到回覆，不知道是不是貴院不太重視病患的追蹤管理？"],
    ["claim.", "With around 60 audiologists across Target Co's sites, coordinating their schedules with room bookings and equipment must get complicated."],
    ["internal.", "（內部備註：周小姐不是決策者，記得請她引薦院長）"],
    ["tone.", "Hầu hết các phòng khám thính học lớn ở TP.HCM đều đã chuyển đổi rồi, chỉ còn vài nơi chưa thôi ạ."],
    ["internal.", "PS 給 Amy：報價單用舊版的就好，新版還沒核准。"],
    ["claim.", "Vì Target Co đang chuẩn bị mở thêm ba chi nhánh ở Hà Nội, em nghĩ tính năng quản lý nhiều chi nhánh của bên em sẽ hữu ích."],
    ['claim.', "We heard Target Co is opening a new operation near Arequipa next year, and since we're just down the road, we'd be glad to support it."],
    ['internal.', "Tagging for Q2 pipeline review – likely to close this month."],
    ['internal.', "— template v3 (cold / hospitality / south) —"],
  ]);
});

describe('forty-ninth session, fourth round: shapes from fresh writers (ZL, ZM, ZN clean; ZO, ZP, ZQ problems)', () => {
  shapes([
    ['tone.', "We'll include it in the report, but please don't wait for the report to act on it."],
    ['claim.', "It's been about a year since Target Co decided to hold off on the Block 5 lift audit until after the façade works."],
    ['internal.', "Fair question, and I've asked our payroll lead to check my answer before sending it."],
    ['internal.', "I'm in Stellenbosch on Wednesday morning and could drop a printed copy at Target Co's office around 09:30, or email the PDF."],
    ['tone.', "OPTION              NOTICE GIVEN                  WHAT YOU PAY\nMonthly             30 days                        R 4,200"],
    ['tone.', "TERM: 1 or 3 years, your choice.\nPRICE INCREASES: At renewal only, capped at 5% a year."],
    ['tone.', "What I won't do is offer a bigger discount that disappears next year. I'd rather you know the real price from the start."],
    ['tone.', "Cette soumission est valide 30 jours. Passé ce délai, je devrai simplement la faire revalider par notre service des finances."],
    ['claim.acquisition', "Bringing a second home's records into your systems is usually one of the harder parts of an acquisition."],
    ['tone.', "BEFORE YOU LEAVE FRIDAY\n- Export the week's records"],
    ['tone.', "IF YOU DON'T WANT TO CONTINUE\nJust reply and we'll close the account."],
    ['tone.', "WHAT YOU DON'T GET\n- On-site training\n- A dedicated account manager"],
  ], [
    ["tone.", "راسلتكم أربع مرات حتى الآن دون رد، ولا أعرف إن كان ذلك يعني أن سلامة المسافرين ليست من أولوياتكم."],
    ["tone.", "لم يتبقَّ لدينا سوى فريق واحد متاح لموسم الحج، وإذا لم نسمع منكم هذا الأسبوع سيذهب لجهة أخرى."],
    ["tone.", "أفهم أن الأمور الفنية قد تكون صعبة على غير المختصين، لذلك سأشرح الموضوع بأبسط طريقة ممكنة."],
    ["tone.", "لا أحد يريد أن يكون المسؤول عن تعطل خطوط التفتيش أمام آلاف المسافرين، خصوصاً إذا كان بالإمكان تفاديه."],
    ["tone.", "I did flag the ageing tubes to you in January, for what it's worth."],
    ["internal.", "[Tier 3 account – low priority, send template only]"],
    ["internal.", "(Ahmed says don't promise 24/7 on-site yet)"],
    ["internal.", "(he didn't pick up on Sunday – try again after Eid)"],
    ["internal.", "يا سامي، راجع الأسعار في الجدول قبل ما نرسل، حاسس إنها قديمة."],
    ["internal.", "بانتظار موافقة أبو خالد على الخصم قبل ما نرسل النسخة النهائية."],
    ["claim.", "Now that Target Co has a new CEO, I imagine a lot of suppliers are being reviewed"],
    ["claim.", "I understand Target Co has fallen behind on payments to its current maintenance provider"],
    ["claim.", "With Target Co doubling its number of screening lanes this year"],
    ["claim.", "سمعت أن Target Co ستبدأ تشغيل خطوط فحص جديدة في الدوحة قبل نهاية العام"],
    ["claim.", "أعرف أن Target Co تمر حالياً بإعادة هيكلة"],
    ["claim.", "بعد فوز Target Co بعقد الخدمات الأرضية في مطار صحار"],
    ["tone.", "We're closing our books for the Czech market at the end of October and may not reopen them."],
    ["tone.", "Ich bin sicher, Sie möchten nicht derjenige sein, der dem Vorstand einen Totalschaden erklären muss."],
    ["claim.", "With Target Co's new chief conductor starting in the autumn, I imagine the repertoire and the touring calendar are being planned afresh."],
    ["tone.", "Several other schools in Brno are already on board, and parents do compare."],
    ["tone.", "If the violins get damaged in the meantime, well, I did try to warn you."],
    ["tone.", "Pokud se mi do pátku neozvete, nabídku budu muset stáhnout."],
    ["claim.", "congratulations – I hear the new Target Co subscription series sold out within a week."],
    ["tone.", "Only two policies remain available at this price for the 2025 season."],
    ["internal.", "(Zuzka, toto je ten kontakt od Petra z veľtrhu, buď milá)"],
    ["tone.", "Upřímně, čekal bych, že instituce vaší velikosti bude mít tohle dávno vyřešené."],
    ["claim.", "wie ich höre, hat Target Co gerade einen neuen Intendanten bekommen – da werden sicher auch einige Verträge neu betrachtet."],
    ["claim.", "vzhledem k tomu, že Target Co teď zaměstnává přes 80 hudebníků, by pro Vás mohlo být zajímavé naše skupinové pojištění osobních nástrojů."],
    ["claim.", "I know Target Co has been without a permanent general manager since spring, so I hope it's all right to write to you directly."],
    ["internal.", "(Tomáši, zkontroluj prosím tu částku, nejsem si jistá přepočtem na koruny)"],
    ["tone.", "I did mention this on the phone, but perhaps it didn't come across clearly the first time."],
    ["internal.", "Bitte vor Versand mit Stefan klären, ob wir in Tschechien schon zeichnen dürfen."],
    ["tone.", "Väčšina orchestrov na Slovensku už u nás poistenie má, takže by ste nemali zostať pozadu."],
    ["internal.", "[link to case study – still waiting on marketing]"],
    ["internal.", "Ondřeji, tohle ještě neposílej, čekáme na schválení slevy."],
    ["claim.", "wie ich verstehe, bereitet sich Target Co auf einen Börsengang an der Wiener Börse vor – da wird das Thema Risikomanagement sicher ohnehin gerade genau angeschaut."],
    ["tone.", "Parents do notice when a school's uniform looks cheaper than the one down the road."],
    ["tone.", "Bei hii ni ya wiki hii tu; baada ya Ijumaa sitaweza kuishikilia tena."],
    ["tone.", "Perhaps my earlier emails went to spam, or perhaps they just weren't a priority."],
    ["tone.", "Sɛ woantumi anyɛ ho biribi ntɛm a, wobɛhwere saa bo yi, efisɛ sukuu foforɔ pii retwɛn."],
    ["tone.", "Cheap polyester uniforms can bring children out in rashes in this heat, and no head teacher wants that phone call from a worried parent."],
    ["tone.", "Ẹ jọ̀ọ́, ẹ má jẹ́ kí àǹfààní yìí kọjá yín; lẹ́yìn ọ̀sẹ̀ yìí, kò ní sí mọ́."],
    ["tone.", "Idan ba ku amsa ba kafin Juma'a, za mu ba wa wata makaranta wannan damar."],
    ["tone.", "After we helped you out with the emergency order in September, I'd have expected Target Co to at least think of us first."],
    ["tone.", "Frankly, the schools that stuck with their old suppliers are the ones we hear parents complaining about."],
    ["internal.", "Template B, warm lead (Kenya)"],
    ["internal.", "Ẹ ṣàyẹ̀wò orúkọ rẹ̀ dáadáa ṣáájú kí ẹ tó fi ránṣẹ́, mi ò dá a lójú."],
    ["internal.", "[FIRST NAME, check spelling in CRM]"],
    ["internal.", "Margin on this is thin, don't go below ₦6,500 per set."],
    ["internal.", "Kofi, hwɛ sɛ bo no yɛ pɛpɛɛpɛ ansa na wode akɔ."],
    ["internal.", "Ka tuna ka saka hotunan samfurin kafin ka tura."],
    ["internal.", "Biko, lee ọnụ ahịa mbupu ọzọ tupu i zipu ya."],
    ["claim.", "Kwa kuwa Target Co inafungua tawi jipya Kisumu mwaka ujao"],
    ["claim.", "Target Co recently moved away from its previous uniform supplier after a string of late deliveries"],
    ["claim.", "I know fees collection has been difficult at Target Co this term"],
    ["claim.", "As Target Co moves to the British curriculum next year"],
    ["claim.", "Mete sɛ Target Co rebue sukuu foforɔ wɔ Kasoa afe yi"],
    ["claim.", "Now that Target Co has a new board chair"],
    ["claim.", "Now that Target Co is in partnership with a UK school group"],
  ]);
});

describe("fiftieth session, first and second rounds: shapes from fresh writers (ZT, ZU, ZV, SE, SF, SG clean; ZW, ZX, ZY, SH, SI, SJ problems)", () => {
  shapes([
    ["internal.", "Send us the engine models and serial numbers for each vessel. We use them to check every part number before it ships."],
    ["internal.", "Our prices are set so we can keep the stock on the shelf in Bergen and check every kit before it ships, and if we cut one customer's price we'd have to take it back somewhere else."],
    ["tone.", "TOP 5 URGENT ITEMS, 2024\n1. Seawater pump impellers: 19% of urgent orders\n2. Other parts"],
    ["tone.", "URGENT PARTS OUT OF HOURS\nOn-call line: +47 55 21 40 99 (evenings, weekends and holidays)"],
    ["tone.", "Your chief engineer told Rasmus he hasn't had to order an urgent part for the main engine since March."],
    ["claim.", "Marta Lobo suggested I write to you. She said the two of you worked together at a hotel in Sintra, and that you'd recently joined Target Co as Head of Housekeeping. Congratulations on the new role!"],
    ["claim.", "Some Ourco news that may interest you: Lúcia Faria has joined us as Head of Hotel Operations Expertise."],
    ["tone.", "- A decision is expected by the end of July, with go-live before the low season."],
    ["internal.", "A few practical notes from other hotels:\n- Shared devices: most hotels use cheap Android phones."],
    ["claim.", "I noticed your CFO, Sandra Lopes, shared a LinkedIn post last week about payroll now being the largest single cost line for Target Co's resort operations."],
    ["internal.", "ACTIONS\nOurco: Diogo to review the villa credits with Sintra's head housekeeper (by 30 April).\nTarget Co: Eduardo to confirm whether the 3 inactive users have left, so we can remove them."],
    ["internal.", "Target Co (Sofia / Gonçalo):\n- Share a typical day's room list so we can build a realistic demo.\n- Check internally who would need to approve a 60-day pilot."],
    ["claim.", "I saw on LinkedIn that you've joined Target Co as Head of Sales and Marketing. Congratulations!\n\nI'll keep this short because your first weeks are surely busy.\n\nNo need to reply. Enjoy the new job!"],
    ["tone.", "I know your board only meets in May, so please don't read the table as a reason to hurry. I simply wanted you to have both numbers in front of you."],
    ["claim.", "Your CFO Claudia Hofer posted on LinkedIn last week that Target Co's summer revenue passed 30% of the annual total for the first time."],
    ["placeholder.", "Anything marked [YOU] is on the Target Co side; [US] is ours.\n\n[ ] [US] Final firmware on all readers\n[ ] [YOU] Confirm the opening-day price list is final\n[ ] [BOTH] Sign off"],
    ["claim.", "Saw on derstandard.at that Target Co won the regional tourism prize for your family ticket scheme. Well deserved!"],
    ["internal.", "The full document runs to 34 pages, so I've written this email as a plain-language summary you can forward to colleagues."],
    ["tone.", "A configuration change caused card payments to fail for 47 minutes.\n\nIMPACT ON YOU\nFrom your logs, 212 guests saw a payment error."],
    ["tone.", "Here is how our prices move.", "Price changes in our dynamic pricing: the guardrails"],
    ["tone.", "Settings > Security > 2FA.\n\nSTEP 3: CHECK YOUR SENSOR MAP\nAll 60 loggers should show as green dots on the map."],
    ["tone.", "AFTER THE PILOT, IF YOU DON'T WANT TO CONTINUE\n- We remove the loggers within 2 weeks at our cost"],
    ["tone.", "That's a fair reason to be sceptical, and I won't pretend ours can't fail. But the two problems you describe usually have specific causes."],
    ["tone.", "- Savings only happen if leaks are repaired. If your repair backlog is long, the saving will come more slowly."],
    ["claim.", "Baie geluk! Ek het in Die Burger gelees dat Target Co vanjaar Blue Drop-sertifisering ontvang het. Dit is 'n groot prestasie.", "Baie geluk met die toekenning!"],
    ["claim.", "During our two meetings, you and Mr. Abe explained that:\n- the timetable for about 14,000 students is built by a team of 4, using Excel;\n- the move to a new campus in Yokohama in 2027 will change room availability significantly;"],
    ["internal.", "I won't comment on specific competitors' prices. I don't know their current figures and I'd likely get them wrong."],
    ["claim.", "THE CUSTOMER\nA local municipality in the Free State serving about 120,000 people across four towns. They've asked us not to name them publicly."],
    ["claim.", "I understand why you'd want that before you commit."],
    ["claim.", "I understand the team is fully focused on the 1 April renewals until mid-April."],
    ["claim.", "I understand the budget needs to go through your finance committee next month."],
    ["claim.", "I understand committing to a full rollout this year is difficult for Target Co."],
    ["claim.", "Our migration team will be reachable all weekend. I know a weekend cut-over is a big ask of your staff, so thank you."],
    ["claim.", "Thank you for speaking with me this morning. I understand that the delay of the nightly batch report has now affected your compliance team three times this month."],
  ], [
    ["claim.", "With enrollment at Target Co jumping to more than 40,000 this fall, I imagine the library is feeling it at the desk."],
    ["claim.", "Avec la hausse de près de 25 % de la fréquentation à Target Co depuis l'an dernier, je pense que ce serait un bon moment pour en parler à votre conseil d'administration."],
    ["claim.", "j'ai entendu dire que Target Co allait acquérir la bibliothèque municipale voisine d'ici l'automne."],
    ["claim.", "Now that Target Co is being folded into the regional library system, I expect standardizing equipment across branches will come up soon."],
    ["claim.", "With Target Co's circulation down nearly 15% since 2022, self-checkout could also help you capture quick visits that might otherwise go elsewhere."],
    ["claim.", "Your weekend visits must be way up since Target Co doubled its Saturday and Sunday hours."],
    ["claim.", "girdėjau, kad Target Co planuoja plėstis į Latviją, todėl norėjau susisiekti."],
    ["claim.", "I gather Target Co is bringing its wholesale arm in-house next year, which would mean a lot more pharmacy deliveries starting from your own warehouse."],
    ["claim.", "I understand your new COO is reviewing all vendor contracts at the moment, so I'll keep this short."],
    ["claim.", "I understand Target Co had a difficult year financially, so I'll focus on cost."],
    ["claim.", "I know Target Co is being courted by a couple of the big international pharmacy chains at the moment, so transport might not be top of your list."],
    ["claim.", "Skoro Target Co wchodzi na rynek litewski, pomyślałam, że warto się przedstawić."],
    ["claim.", "A little bird told me your current courier contract ends in June, so the timing might be right."],
    ["claim.", "Kadangi Target Co neseniai gavo investicijų iš privataus kapitalo fondo, tikriausiai dabar peržiūrite ir logistikos sprendimus."],
    ["claim.", "Given that Target Co is about to start compounding in-house, you'll soon need to move short-shelf-life preparations between your lab and your pharmacies."],
    ["claim.", "Suna hai Target Co ne haal hi mein naya MD appoint kiya hai, to shayad naye projects par vichar chal raha hoga."],
    ["claim.", "Target Co's plants lost roughly ₹60 crore last year to unplanned kiln stops, and most of that was avoidable."],
    ["claim.", "I understand the board has approved a ₹500 crore modernisation plan for Target Co's older kilns, so this may be timely."],
    ["claim.", "Great to hear Target Co is back at full capacity after last year's turnaround."],
    ["claim.", "Kami dengar Target Co sedang mengalami kesulitan keuangan tahun ini, jadi kami menawarkan skema pembayaran bertahap."],
    ["claim.", "Dengan rencana Target Co untuk melantai di Bursa Efek Indonesia tahun depan, sistem pemantauan yang andal akan jadi nilai tambah."],
    ["tone.", "Libraries that wait until the next budget cycle almost always end up wishing they hadn't."],
    ["tone.", "If I don't hear from you by next week, I'll take it that Target Co is comfortable with the lines at the circulation desk as they are."],
    ["tone.", "Honnêtement, je ne vois pas comment une bibliothèque sérieuse pourrait encore s'en passer en 2025."],
    ["tone.", "One small thing: we've had a lot of interest since the conference, so if Target Co wants to keep its place in the queue, a signed letter of intent this week would really help."],
    ["tone.", "Je suppose que mes messages précédents se sont perdus, ou que ce n'est tout simplement pas une priorité pour vous en ce moment."],
    ["tone.", "Esta promoción solo estará disponible hasta el viernes, así que le recomiendo que tome una decisión cuanto antes."],
    ["tone.", "No pressure at all, of course, though the board down the road approved theirs in a single meeting."],
    ["tone.", "Piszę już czwarty raz, więc zakładam, że temat po prostu Pana nie interesuje — szkoda."],
    ["tone.", "Suprantu, kad esate užimta, bet atsakyti į laišką užtrunka vos minutę."],
    ["tone.", "Cold chain is a lot more complex than most pharmacy managers realise, so I'll try to keep this as simple as possible."],
    ["tone.", "You don't want to be the pharmacy that ends up in the local news for spoiled vaccines."],
    ["tone.", "By the end of summer, Target Co could well be the only hospital pharmacy in the area not on a validated lane."],
    ["tone.", "Šį mėnesį turime tik dvi laisvas vietas naujiems klientams Vilniuje, todėl siūlyčiau neatidėlioti."],
    ["tone.", "Garantuojame, kad per pirmą mėnesį jūsų nuostoliai dėl temperatūros nukrypimų sumažės perpus."],
    ["tone.", "Szczerze mówiąc, pacjenci czekający na te leki zasługują na coś lepszego niż takie rozwiązanie."],
    ["tone.", "With Skerry handling transport, we can promise you'll pass your next GDP inspection with no findings on the transport side."],
    ["tone.", "We'll cut your total delivery costs by a quarter, and if we don't, you don't pay."],
    ["tone.", "Engineer kami sudah terbang khusus dari Singapura untuk persiapan ini, jadi sayang sekali kalau sampai dibatalkan."],
    ["tone.", "Plants that wait another budget cycle usually end up paying for it in refractory, and sometimes in a shell."],
    ["tone.", "Agar aap is hafte decide nahi karte, to yeh offer band ho jayega aur phir agle saal hi slot milega."],
    ["tone.", "I appreciate that data analytics may not be something your team is used to working with, so we'll handle all of that for you."],
    ["tone.", "Humne aapke liye khaas taur par poora demo setup kiya tha aur team do ghante wait karti rahi, thoda bura laga."],
    ["tone.", "Our allocation of cameras for Indonesia this year is nearly gone, so if Target Co wants one before the next shutdown you'd need to confirm this week."],
    ["tone.", "Kalau tidak ada kabar dari Bapak sampai Jumat, kami anggap Bapak tidak tertarik dan slot-nya kami berikan ke pabrik lain."],
    ["internal.", "Tier 2 / warm – conference list"],
    ["internal.", "Ne pas envoyer avant l'approbation de Julie pour le rabais."],
    ["internal.", "(do poprawki: sprawdzić, czy nadal jest kierowniczką)"],
    ["internal.", "#hot-lead #pl-north #pharmacy-chain"],
    ["internal.", "PASTABA: patikrinti su Rūta, ar Klaipėdos maršrutas jau veikia nuo birželio."],
    ["internal.", "(Jonai — ar tikrai galim pažadėti 2 val. Kaune? patikrink prieš siunčiant)"],
    ["internal.", "(Sanjay says four, let's not promise three)"],
    ["internal.", "Budget approx ₹1.2 Cr, decision after Q3 board meeting per Anil."],
    ["internal.", "[X]% — Rahul to confirm the number from the pilot report"],
    ["tone.", "Si no tenemos su respuesta esta semana, entenderé que prefieren correr el riesgo de una clausura."],
    ["tone.", "I'd rather you hear about this from me than from an inspector holding a closure notice."],
    ["tone.", "A single overflow in the dining room is usually what ends up on social media, and it's not the kind of review anyone recovers from quickly."],
    ["tone.", "As I explained in my last email, and I'll try to make it clearer this time, the trap needs emptying every month."],
    ["tone.", "Le comento que esta tarifa solo la podemos sostener si nos confirma antes del viernes; después ya no depende de mí."],
    ["tone.", "No se preocupe si no entiende bien la parte técnica; para eso estamos nosotros."],
    ["tone.", "Veo que has abierto mis correos varias veces, así que supongo que el tema te interesa, aunque no me hayas respondido."],
    ["tone.", "Entiendo que estás ocupado, pero llevo tres semanas esperando una respuesta y me gustaría saber si al menos la vas a considerar."],
    ["tone.", "Este año vamos a tomar solo tres faenas nuevas en Chile, así que conviene entrar temprano."],
    ["tone.", "Quedan solo dos cupos para el piloto de este trimestre en Perú, y ya hay otras mineras interesadas."],
    ["tone.", "If that's still how it works at Target Co, it's a bit surprising nobody has looked at fixing it yet."],
    ["tone.", "Si no me respondes antes del lunes, asumiré que no te interesa mejorar la seguridad de tu faena."],
    ["tone.", "Tato cena platí jen do pátku, potom ji bohužel už nebudu moci držet."],
    ["tone.", "Ehrlich gesagt gehören Sie inzwischen zu den wenigen Apothekengruppen in der Region, die noch nicht umgestellt haben."],
    ["tone.", "Pokud se rozhodnete později, budete už jen dohánět konkurenci, která to udělala dřív."],
    ["tone.", "Wer jetzt nicht handelt, wird in zwei Jahren den Anschluss verloren haben."],
    ["internal.", "[insert number of kitchens, ask Carla?]"],
    ["internal.", "<<attach the Medellín price sheet here>>"],
    ["internal.", "Notas CRM: llamada 14/03, interés medio, decisor es el chef ejecutivo, no la gerente."],
    ["internal.", "Here's a friendly, professional version of your email that emphasises compliance without sounding pushy:"],
    ["internal.", "We can start in March (confirm crew availability w/ ops!) and finish by May."],
    ["internal.", "cc'ing Mark so he can see how we position this — Mark, no need to reply-all."],
    ["internal.", "[Traducir al inglés si el contacto no habla español]"],
    ["internal.", "Same pitch as the one we used on the Kalgoorlie account, just change the tonnage."],
    ["internal.", "Pablo, revisa esto antes de enviarlo, no estoy seguro del tono."],
    ["internal.", "Poznámka pro Petru: ověřit, jestli mají 14 nebo 16 poboček, a podle toho upravit nabídku."],
    ["internal.", "I've assumed they have roughly 20 branches here – adjust the estimate if that's off."],
    ["claim.", "For a team of 150 kitchen staff across Target Co's locations, the monthly fee comes to very little per head."],
    ["claim.", "Target Co's revenue is up about 25% this year, so capacity will matter."],
    ["claim.", "Given the sanitary inspection issue at your Polanco location last month, a service plan makes sense."],
    ["claim.", "Supe que Target Co está en proceso de venta, así que quizá no es el momento."],
    ["claim.", "Our crews are large, which means we could take on your 38 locations across Chile under a single contract."],
    ["claim.", "Since Target Co acquired the coffee-shop chain last month, you'll have more kitchens to look after."],
    ["claim.", "Por cierto, felicitaciones por la ronda de inversión que cerraron."],
    ["claim.", "Como la caja de Target Co ha estado apretada desde que bajó el precio del cobre, voy a ir directo al punto."],
    ["claim.", "Target Co is spending close to $9 million a year on haul truck tyres, and in our experience a good share of that goes on tyres scrapped early."],
    ["claim.", "Given Target Co missed its production guidance last quarter, I suspect anything that keeps trucks on the road is getting a lot of attention."],
    ["claim.", "Entiendo que Target Co cambió a su gerente general hace poco, así que imagino que están revisando varios proyectos."],
    ["claim.", "As Target Co prepares to move its head office to Santiago, I'd love to meet your team in person."],
    ["claim.", "I know revenue at Target Co was down last year, so I'll get straight to the point."],
    ["claim.", "Herzlichen Glückwunsch zum Umsatzwachstum von über 20 % im letzten Jahr!"],
    ["claim.", "Vím, že Target Co letos otevírá novou centrálu v Ostravě, proto píšu."],
    ["claim.", "Following the strong Q2 results Target Co posted, it sounds like the timing for an investment like this could be quite good."],
    ["claim.", "Da Target Co ja gerade eine Sanierungsphase durchläuft, ist Kostenkontrolle sicher wichtig."],
    ["claim.", "Gratuluji k tomu, že Target Co vstupuje na slovenský trh."],
    ["internal.", "Please check every part number before it ships."],
    ["internal.", "Check every kit before it ships!"],
    ["claim.", "Congratulations on the new role at Target Co!"],
    ["claim.", "I saw Lúcia Faria has joined Target Co as Head of Hotel Operations."],
    ["claim.", "Congratulations on the new job at Target Co!"],
    ["tone.", "Please hurry, the table shows the new prices."],
    ["tone.", "Our loggers can't fail, full stop."],
    ["tone.", "Sign and return it by 5pm Wednesday. No extensions."],
  ]);
});

describe("fiftieth session, third round: shapes from fresh writers (SM, SN, SO clean; SP, SQ, SR problems)", () => {
  shapes([
    ["internal.", "[ ] First weekly report arrives the following Monday\n\nNote: the pilot is free, and if you decide not to continue, we remove the hardware at our cost."],
    ["tone.", "If we don't hear from you, the contract does NOT renew automatically; that's how your agreement was written."],
    ["tone.", "Suite à votre question, voici ce que nous pouvons vous dire.\n\nCE QUE NOUS NE POUVONS PAS FAIRE À VOTRE PLACE\n- La déclaration auprès de la CNDP."],
    ["claim.", "I saw on the Port of Sines website that Target Co has taken over the operation of the new container freight station."],
    ["internal.", "You told me you're moving to lithium-ion next year. So I'd leave it out of the order for now. If you keep some lead-acid trucks, we can revisit."],
    ["internal.", "Transparency note: I drafted this summary with Ourco's AI assistant from my call notes and then checked and edited it myself."],
    ["claim.", "The Health Insurance Fund published its updated guidance in January. I read that Target Co was among the hospitals consulted, according to the list of contributors on page 2."],
    ["tone.", "I'd suggest we go through the results in August. There's nothing you need to decide before then, and your pilot access stays open."],
    ["tone.", "Over the past year we interviewed 46 ward nurses.\n\n1. THE PHONE CALL ISN'T THE PROBLEM; THE CALLBACK IS\nMost nurses said booking a transport by phone took two or three minutes."],
    ["tone.", "Your team checks 20 random bookings against the old system.\n\nSTEP 5: FINAL IMPORT\nDone on a weekend of your choosing, typically in under 4 hours."],
    ["internal.", "TL;DR: yes.\n\nThe longer version: Ourco lets you book a single wedding across several days as one event."],
    ["internal.", "Lorenzo also said I should mention that he is happy to take your call directly."],
    ["internal.", "Here are the numbers.", "Quick numbers on the wedding market (no pitch)"],
    ["tone.", "Thanks for sending over the results of Target Co's survey. I've read it properly."],
    ["tone.", "I can't give you a guaranteed ROI figure, because I don't know your costs as well as you do."],
    ["internal.", "Please find the proposal attached.", "Confidential: proposal for Target Co group"],
  ], [
    ["tone.", "While you think it over, your neighbours will be selling drier, better-kept grain at a premium."],
    ["tone.", "Presupun că tăcerea dumneavoastră înseamnă că monitorizarea silozurilor nu e o prioritate la Target Co, ceea ce, sincer, e păcat."],
    ["tone.", "By now, pretty much everyone serious about grain storage in Hungary is using continuous monitoring."],
    ["tone.", "Gondolom, a korábbi leveleim elkerülték a figyelmét, vagy egyszerűen nem tartja fontosnak a témát."],
    ["tone.", "If it helps, I'd suggest you just go ahead with the order; it's usually easier to ask for forgiveness than for permission."],
    ["tone.", "Just bear in mind that a lot of operators regretted waiting last year, when prices went up after the summer."],
    ["tone.", "Знижка діє лише до кінця тижня, тож я б не затягував із рішенням."],
    ["tone.", "Чесно кажучи, без моніторингу ви фактично граєте в лотерею з урожаєм, і мені б не хотілося, щоб Target Co програла."],
    ["tone.", "As I explained on the call (I'll try to put it more plainly this time), the cable measures temperature at each sensor point, not an average."],
    ["tone.", "Honestly, if a missing recording ever costs a case on appeal, that will be a hard conversation to have with the Chief Registrar."],
    ["tone.", "I'd be surprised if anyone at Target Co still thinks handwritten notes are good enough these days."],
    ["tone.", "Nijibu 'ndiyo' tu, nami nitaifunga kabla bei haijapanda tarehe 1 na ofa hii kupotea."],
    ["tone.", "With Sedgefold in place, your court will never again have a ruling challenged over the record."],
    ["tone.", "Wenzako wote wa mahakama za Arusha tayari wamehamia kwetu, sasa ni zamu yenu."],
    ["tone.", "I realise reading a spec sheet isn't for everyone, so I've kept this to the basics."],
    ["tone.", "Hii offer inaisha Ijumaa, so ukichelewa utakosa kabisa."],
    ["tone.", "Se não fecharmos até sexta, infelizmente não consigo manter esse valor."],
    ["tone.", "It's a fairly technical topic, so I'll keep it simple: projectors need cleaning."],
    ["tone.", "The free laser-alignment check is only for the first five sites that book, and three are already taken."],
    ["tone.", "Posso garantir que vocês não terão nenhuma sessão cancelada por falha de projeção."],
    ["tone.", "Quedan pocos cupos para el mantenimiento preventivo antes del invierno, así que conviene reservar ya."],
    ["tone.", "I understand if maintenance isn't a priority for Target Co right now; some teams prefer to wait until something breaks."],
    ["tone.", "Anyone serious about image quality has their projectors serviced at least twice a year."],
    ["tone.", "Le escribo por cuarta vez; entiendo que está ocupado, pero una respuesta sería lo mínimo."],
    ["internal.", "NB pentru Andrei: clientul a zis la telefon că bugetul se aprobă abia în octombrie, nu insista pe termen."],
    ["internal.", "// keep price vague until we know their volumes"],
    ["internal.", "[ЦІНУ ЩЕ НЕ ПОГОДЖЕНО З КЕРІВНИКОМ]"],
    ["internal.", "Оля, перевір, будь ласка, чи правильна ціна на шлюз, я не впевнений."],
    ["internal.", "(Ezt a bekezdést még át kell nézni jogilag.)"],
    ["internal.", "Daniel, kebera ebbeeyi eno nga tonnaba kuweereza."],
    ["internal.", "Hi [contact name – find on LinkedIn],\n\nThanks for your time."],
    ["internal.", "Status: warm, 2nd meeting booked, expects quote by end of month"],
    ["internal.", "(Kumbuka kumtumia Rehema nakala ya hii kabla ya Jumatatu)"],
    ["internal.", "Since the recipient is a technical director, I'll focus on uptime rather than cost."],
    ["internal.", "Lembrar de anexar o PDF da proposta!!"],
    ["internal.", "// revisar tradução"],
    ["claim.", "Știu că Target Co a avut pierderi mari la recolta de anul trecut din cauza umezelii, așa că m-am gândit că v-ar putea interesa soluția noastră."],
    ["claim.", "Наскільки я знаю, цього року Target Co збільшила обсяги зберігання майже вдвічі, тож розумію, чому питання моніторингу стало актуальним."],
    ["claim.", "Mivel a Target Co árbevétele tavaly 40%-kal nőtt, gondolom, a tárolókapacitás is egyre nagyobb kihívás."],
    ["claim.", "Вітаю Target Co із залученням фінансування від ЄБРР на модернізацію елеваторів."],
    ["claim.", "I understand you're restructuring the ICT department after the merger, so timing may be tight."],
    ["claim.", "Kwa kuwa Target Co imeongeza wafanyakazi mara mbili mwaka huu, mahitaji ya kurekodi yameongezeka."],
    ["claim.", "With Target Co having won the World Bank-funded e-justice project, recording capacity will matter."],
    ["claim.", "Hongera kwa Target Co kupata Mkurugenzi mpya wa TEHAMA mwezi huu."],
    ["claim.", "Then, with Target Co expanding into Chile next year, a single service contract makes sense."],
    ["claim.", "With close to two million tickets sold at Target Co last year, uptime matters."],
    ["claim.", "Sei que a Target Co perdeu a parceria com a distribuidora e que o orçamento está mais apertado este ano, por isso preparei uma opção mais enxuta."],
    ["internal.", "Note: check the pilot price with Sam before this goes."],
    ["tone.", "Please read it properly this time."],
  ]);
});

describe("fiftieth session, fourth round: shapes from fresh writers (SU, SV, SW clean; SX, SY, SZ problems)", () => {
  shapes([
    ["claim.", "We built a simple spreadsheet model.\n\nWhoever takes the new role is welcome to a copy. There's no sales call attached to it."],
    ["tone.", "Hi Thijs,\n\nNO ACTION NEEDED – this is just a heads-up."],
    ["claim.", "I read the Business Daily article on 12 May about Target Co opening its new packhouse in Nanyuki. Congratulations to you and the team."],
    ["internal.", "Thank you for sending over the compartment drawings. I've used both to put together the proposal below."],
    ["tone.", "CONFIDENTIALITY: Results stay between us unless you agree in writing that we can publish them."],
    ["tone.", "WHAT WE CANNOT PROMISE\n- We can't guarantee the edge-of-block flowering problem will disappear. The new layout should give more even light."],
    ["tone.", "As soon as the team has the firmware version, they'll give me a yes or no within five working days, and I'll let you know either way."],
    ["claim.", "Thanks for making time to chat on Friday. I really enjoyed hearing about how Target Co started, and about your plans for the new clinic in Otahuhu."],
    ["claim.", "Muchas gracias por la llamada de ayer. It was great to hear how you've set up the new clinic in Fremantle."],
  ], [
    ["tone.", "ราคาพิเศษนี้มีถึงสิ้นเดือนนี้เท่านั้น หากพลาดแล้วจะไม่มีอีก"],
    ["tone.", "I appreciate procurement can be a bit slow to grasp new technology, so I've kept this as simple as possible."],
    ["tone.", "We did hold the demo slot open for you last Tuesday, which meant turning away another hotel, so I hope we can rebook soon."],
    ["tone.", "Honestly, any ops manager who's serious about margins would already have this on their roadmap."],
    ["tone.", "ถ้าไม่ตัดสินใจภายในสัปดาห์นี้ คุณอาจเสียโอกาสให้คู่แข่งไปก่อน"],
    ["tone.", "このままでは人手不足で客室サービスが立ち行かなくなるのは時間の問題です。"],
    ["tone.", "Everyone else on the call seemed to grasp the two-tier pricing straight away, so I've attached the deck again in case it helps."],
    ["tone.", "If safety at your crossings genuinely matters to you, you'll want to reply this week."],
    ["tone.", "আপনার প্রতিযোগীরা ইতিমধ্যেই আমাদের সাথে চুক্তি করেছে, আপনি পিছিয়ে পড়বেন না।"],
    ["tone.", "We can confirm the upgrade will pay for itself inside the first year."],
    ["tone.", "তিনটি ইমেইলের পরেও কোনো উত্তর না পাওয়াটা একটু হতাশাজনক।"],
    ["tone.", "මෙම මිල ලබන සිකුරාදා දක්වා පමණයි, ඉන්පසු අපට එය ලබා දිය නොහැක."],
    ["tone.", "I know approvals take time, but I'd hate for anyone to be hurt because a boom arm failed while we were waiting on paperwork."],
    ["tone.", "Sir, sab bade siding operators already shift ho chuke hain, bas aap hi baaki ho."],
    ["tone.", "यह ऑफ़र सिर्फ़ इस हफ़्ते तक है, उसके बाद हम कुछ नहीं कर पाएँगे।"],
    ["tone.", "An incident at an unmanned gate is the kind of thing careers don't recover from."],
    ["tone.", "We're only holding this year's academic pricing for three more institutions this quarter, so it would help to know where Target Co stands soon."],
    ["tone.", "Ignoring this won't make the backlog go away."],
    ["tone.", "Any research office that takes compliance seriously has already moved off manual tracking."],
    ["tone.", "Our customers win more grants. It's that simple – and you will too."],
    ["tone.", "Bitte bestätigen Sie bis spätestens Dienstag, sonst vergebe ich den Termin anderweitig."],
    ["tone.", "Ehrlich gesagt wundert es mich, dass so eine einfache Entscheidung bei Ihnen so lange dauert."],
    ["internal.", "(พี่ต้อม เช็คราคาก่อนส่งนะคะ)"],
    ["internal.", "The kit ships in March. — Priya, confirm the shipping date with ops —"],
    ["internal.", "（这个客户预算比较紧，报价先别太高）"],
    ["internal.", "রাকিব ভাই, দামটা একবার দেখে নিবেন, গতবার ভুল ছিল।"],
    ["internal.", "Rates are on page 2 (the old rate card, not the new one — Kavita to update)."],
    ["internal.", "<<Referenz aus Wien einsetzen, falls sie in Wien sind>>"],
    ["internal.", "Grants won rose by XX% – get real number from Tobias."],
    ["internal.", "Discount approved up to 15%, start at 5."],
    ["internal.", "Preise laut Klaus' Tabelle – er muss die CHF-Beträge noch bestätigen."],
    ["internal.", "Sie ist eigentlich nicht die Entscheiderin, lieber parallel den Kanzler ansprechen."],
    ["claim.", "I gather your minibar revenue has been falling for a couple of years, so this may help."],
    ["claim.", "With Target Co's headcount down by around a fifth since last year, automation matters."],
    ["claim.", "Since Target Co is planning to refurbish all its rooms this year, now is a good time."],
    ["claim.", "As Target Co gears up for the Osaka Expo with five new properties, staffing will be tight."],
    ["claim.", "Suna hai Target Co ka headcount pichhle saal double ho gaya, isliye likh raha hoon."],
    ["claim.", "భారతీయ రైల్వే నుండి కొత్త హెడ్ ఆఫ్ ఆపరేషన్స్ Target Coలో చేరారని తెలిసింది — అభినందనలు."],
    ["claim.", "With Target Co's new Dhaka regional office up and running, coordination gets harder."],
    ["claim.", "Wie ich höre, hat Target Co die Drittmitteleinnahmen im letzten Jahr um fast 30 % gesteigert – herzlichen Glückwunsch!"],
    ["claim.", "Since Target Co now manages more than 2,500 active grants, reporting takes time."],
    ["claim.", "I understand Target Co had two ERC grants reduced last year because of reporting issues, so this matters."],
    ["claim.", "I saw Target Co is expanding with a second campus in Linz, so I thought of you."],
    ["claim.", "Ihr neuer Vizepräsident für Forschung soll ja ein großer Befürworter der Digitalisierung sein, daher schreibe ich."],
    ["claim.", "Nachdem Target Co im Frühjahr den Zuschlag für das neue Helmholtz-Institut bekommen hat, wächst der Aufwand."],
    ["claim.", "Da Target Co ja plant, die Zahl der EU-Projekte bis 2027 zu verdoppeln, lohnt sich ein Gespräch."],
    ["tone.", "Let's keep this between us for now."],
    ["internal.", "Pricing depends on the silos. // keep price vague until we know their volumes If you can send me the number of silos, I will quote."],
    ["internal.", "// keep price vague until we know their volumes"],
    ["internal.", "// revisar tradução"],
    ["internal.", "Obrigado pela reunião.\n\n// revisar tradução\n\nAbraço"],
  ]);
});

describe("fiftieth session, fifth round: shapes from fresh writers (ET, EU, EV problems)", () => {
  shapes([

  ], [
    ["tone.", "With respect, if your team is still working from PDF reports, you're a few years behind the rest of the industry."],
    ["tone.", "I understand you're busy — we all are — but a one-line reply isn't much to ask."],
    ["tone.", "Rope access techs are the ones hanging off those blades in 12 m/s winds, so I'd hope that's worth 20 minutes of your time."],
    ["tone.", "The 15% discount only applies if we can confirm on the call itself, so please come ready to make a decision."],
    ["tone.", "Most of the independent pharmacies in your part of Lisbon have already automated, and patients do tend to notice the difference."],
    ["tone.", "I realise automation can sound complicated to a traditional pharmacy, so I'll keep this as simple as I can."],
    ["tone.", "Maybe automation isn't a priority for Target Co right now, which is fine, but it probably should be."],
    ["tone.", "I haven't heard back about the site survey, so I'm taking that as a yes and have pencilled Target Co in for the 14th at 9:00."],
    ["tone.", "Everyone who's joined the pilot so far has been glad they didn't wait."],
    ["tone.", "Customers always recover the cost within the first three months."],
    ["tone.", "With local authorities paying closer attention to construction noise, contractors who wait until after a complaint tend to regret it."],
    ["tone.", "This is the last week the free trial is open, and I don't expect we'll offer it again this year."],
    ["tone.", "With Maresfield on site, your Section 61 consent is as good as secured."],
    ["tone.", "Just to spell it out: dB(A) is the measurement your council cares about, not the number on your phone app."],
    ["tone.", "Put simply, if you use Maresfield, you won't get shut down."],
    ["tone.", "Think of the nurses on night shift trying to sleep next door to your piling rig."],
    ["tone.", "If it helps, I can walk your site manager through it slowly."],
    ["tone.", "Wir haben für die Saison nur noch zwei freie Teams, und die Anfragen kommen gerade sehr schnell rein."],
    ["tone.", "Jeg har skrevet et par gange nu, og det ville være rart med bare et kort svar – det tager et halvt minut."],
    ["tone.", "Ich erkläre es gern noch einmal ganz einfach, falls die technischen Details in meiner letzten Mail zu viel waren."],
    ["tone.", "L'offerta resta valida solo fino a venerdì, poi purtroppo non potrò più garantirla."],
    ["tone.", "Já lhe escrevi várias vezes e tenho dedicado muito tempo à proposta da Target Co, por isso agradecia pelo menos uma resposta."],
    ["tone.", "Sinceramente, já são poucas as farmácias que ainda fazem tudo à mão, e os utentes reparam nisso."],
    ["tone.", "Mamy jeszcze tylko dwa wolne terminy instalacji w tym kwartale, więc warto zdecydować się szybko."],
    ["tone.", "Rozumiem, że jest Pan zajęty, ale to już moja czwarta wiadomość bez odpowiedzi."],
    ["tone.", "Gwarantujemy, że po instalacji naszych czujników nie dostaną Państwo żadnej skargi od mieszkańców."],
    ["tone.", "這個優惠價格只到本月底，之後就無法再提供了，還請您盡快決定。"],
    ["tone.", "彰化地區的其他營運商幾乎都已經改用無人機巡檢了，貴公司應該也不想落後吧。"],
    ["internal.", "【記得附上報價單，Amy 確認後再寄】"],
    ["internal.", "Comp note: counts toward Q2 SPIFF if signed before 30 June."],
    ["internal.", "Pendent de confirmar amb el Jordi si li fem el descompte o no."],
    ["internal.", "[Marek: nie wysyłać przed rozmową z prawnikiem o RODO]"],
    ["internal.", "Spoke to him at the show, seemed keen but said budget is frozen until April."],
    ["internal.", "We can start with two units (Chris said two, go with one)."],
    ["claim.", "Target Co har jo lige hentet 400 mio. kr. i ny kapital – tillykke med det."],
    ["claim.", "I know Target Co is running well over its O&M budget this year, so cost matters."],
    ["claim.", "Since Target Co bought that rope access company in Esbjerg last year, you have more crews to schedule."],
    ["claim.", "With Target Co now responsible for about 1,200 blades across three farms, inspection capacity matters."],
    ["claim.", "As Target Co gets ready for the move to the new premises in Braga, it's the ideal moment to plan the dispensary."],
    ["claim.", "I hear Target Co isn't happy with its current robot supplier and is looking at alternatives."],
    ["claim.", "Sé que Target Co está en pleno proceso de fusión con otro grupo, y en estos casos suele ser un buen momento."],
    ["claim.", "Com os 40 novos colaboradores que a Target Co contratou este ano, imagino que a formação das equipas seja uma prioridade."],
    ["claim.", "Sei que a Target Co está a preparar a entrada em bolsa, e imagino que a eficiência operacional esteja no topo da agenda."],
    ["claim.", "As Target Co is one of the fastest-growing contractors in Ireland, capacity matters."],
    ["claim.", "Wiem, że Target Co zatrudnia teraz ponad 300 osób i prowadzi kilkanaście budów jednocześnie."],
    ["claim.", "With the founder stepping back from the day-to-day at Target Co, new systems get a fresh look."],
    ["claim.", "聽說Target Co今年營收成長了三成，恭喜！"],
  ]);
});

describe("fiftieth session, fifth round: clean shapes (EP, ER, ES)", () => {
  shapes([
    ["tone.", "I'm not trying to hurry you. The lower figure simply stops being available on that date, and I'd rather you heard it from me now."],
    ["internal.", "Le pedimos que trate los precios como confidenciales.", "Propuesta para Target Co - confidencial"],
    ["claim.", "Just a gentle note, since I sent the proposal three weeks ago and I know the silage has probably taken over."],
    ["internal.", "As agreed at the start, the call was recorded, and our AI assistant drafted this summary from the transcript. I've read it through and corrected two small errors."],
    ["tone.", "Sorry I can't give you a simple yes. I'd rather that than tell you something that turns out to be wrong."],
    ["tone.", "Congratulations to you and the team! Anyone who has been through that audit knows how much preparation goes into it."],
    ["internal.", "I'd like to talk to whoever at Target Co is responsible for rostering, and I wasn't sure whether that sits with operations or HR."],
    ["internal.", "I don't know how your current setup compares, so I'd treat this as one data point rather than a prediction."],
    ["claim.", "What we can't promise:\n- A given number of loans. That depends on your collection and your promotion far more than on our software."],
    ["claim.", "3. Le point de vue des bibliothécaires : acquisitions et statistiques (20 min)"],
    ["internal.", "Total over three years, assuming the maximum 3% increase each year under option A:\nA: €11,400 + €11,742 + €12,094 = €35,236"],
    ["tone.", "They'll tell you so themselves: the first posters went out before the training. They'd do that in the other order now."],
  ], [
    ["tone.", "Order now, before the price goes up!"],
  ]);
});

describe("fifty-first session, first round: problems (FZ, GS, GT) and clean shapes (EY, FY)", () => {
  shapes([
    ["tone", "If the error comes back after the update, send me a screenshot and I'll look into it."],
    ["tone", "The technician said the fault won't come back once the sensor is replaced."],
    ["tone", "Not sure why the invoice keeps getting rejected by your portal; could you check the PO number?"],
    ["tone", "There are only two of these settings left to configure before go-live."],
    ["tone", "In case my last email wasn't clear about the dates, here they are again: 3 June to 7 June."],
    ["tone", "Support is open until 6pm; after that, the on-call line can help you."],
    ["tone", "If the courier is late, let me know and I'll chase them."],
    ["tone", "We're holding the slot until Friday; if that doesn't work, just tell me another week."],
    ["tone", "I can see you've opened the shared folder, so you'll find the contract there."],
    ["tone", "Attaching the proposal again, in case it got lost in your spam filter."],
    ["tone", "Don't worry if Thursday doesn't suit; any day next week works for me."],
    ["tone", "This is my last note on this; if anything changes, I'm here."],
    ["tone", "For the record, the meeting is at 10:00 Singapore time."],
    ["internal", "The new dashboard (the one you asked about in March) shows every booking."],
    ["internal", "Meeting notes: I've attached the notes from Tuesday's call for your team."],
    ["claim", "Ahead of our planned release in March, here is the roadmap."],
    ["claim", "With Target Co now live on the new booking page, your clients can book online."],
    ["tone", "What I'd rather not do is offer a big one-off discount that disappears at renewal. That tends to turn into an unpleasant surprise a year later."],
    ["tone", "Read it whenever you have a quiet half hour; there's nothing here that needs an answer this week."],
    ["tone", "We can't guarantee every rider will move to the apps; we'll give you templates and help, but it's your community and you know it best."],
    ["placeholder", "The [x] items are done; the [ ] items are still open. I'll update this list each Friday."],
    ["claim", "我係Ourco香港嘅Jason。我哋專門為垂直農場提供控制系統。"],
  ], [
    ["tone", "The launch price ends on the 30th and won't come back, so it's worth deciding this week."],
    ["tone", "This offer won't come back once it's gone, so I'd decide soon."],
    ["tone", "The founding-studio rate ends Friday and it won't be back."],
    ["tone", "Not sure why this keeps getting pushed back, to be honest."],
    ["tone", "I'm not sure why our call keeps getting postponed."],
    ["tone", "No idea why this keeps slipping, honestly."],
    ["tone", "Heads up that there are only three of these discounted annual plans left for NZ studios."],
    ["tone", "There are only two of these launch-price slots left for Queensland clinics."],
    ["tone", "In case it wasn't clear from my last email, the demo is free."],
    ["tone", "In case that wasn't clear, the trial costs nothing."],
    ["tone", "The setup fee waiver is only for studios that sign before the end of the month. After that it's $900, and I won't be able to do anything about it."],
    ["tone", "Reply by Friday and I'll lock it in. After that, I can't help you."],
    ["tone", "The price holds until Thursday; after that there's nothing I can do."],
    ["tone", "I've pencilled in an onboarding start of 3 June, which is the slot we're holding for you until Thursday; after that it goes to the next brewery on our list."],
    ["tone", "We're holding the slot until Friday, after which it goes to the next clinic on our waiting list."],
    ["tone", "I can see you've opened my last couple of emails, so I know this is on your radar."],
    ["tone", "I noticed you've opened my emails a few times, so I know you've seen this."],
    ["tone", "Attaching the proposal again, in case it got lost the first two times."],
    ["tone", "Resending the quote in case it got buried the last three times."],
    ["tone", "Don't worry if the technical side is a bit much. I can walk you through it step by step."],
    ["tone", "Don't worry if this is all a bit technical for you; I'll keep it simple."],
    ["tone", "I won't chase again after this — I've got other farms waiting for this slot."],
    ["tone", "This is my last note, as I have other clinics waiting for the slot."],
    ["tone", "Just so it's on record, I did flag the humidity risk back in March."],
    ["tone", "For the record, I did warn you about this in March."],
    ["tone", "Como não tive retorno, imagino que organizar a agenda não seja prioridade pra vocês agora."],
    ["tone", "Como no he tenido respuesta, supongo que esto no es una prioridad para ustedes."],
    ["tone", "Praticamente todos os estúdios grandes de São Paulo já migraram, e quem ficou para trás está sentindo."],
    ["tone", "Eerlijk gezegd verbaast het me een beetje dat een brouwerij als Target Co dit nog allemaal in Excel bijhoudt."],
    ["tone", "Tuto cenu vám ale dokážu garantovat jen do pátku, potom už ji nebudu moct nabídnout."],
    ["tone", "psal jsem vám už třikrát, tak předpokládám, že vás to asi nezajímá."],
    ["tone", "Nous vous garantissons zéro écart d'inventaire dès le premier mois."],
    ["tone", "Většina pivovarů ve vašem kraji už na Borrowdale přešla, takže bych s rozhodnutím zbytečně neotálel."],
    ["tone", "名額有限，本週五前未回覆的話，這個價格就不能保留了。"],
    ["tone", "我特登幫你hold住個quote，平時我唔會咁做，所以希望你盡快俾個答覆。"],
    ["internal", "Here's a friendly, concise version that focuses on the aftercare feature, as you asked:"],
    ["internal", "Here's a shorter, warmer version, as requested:"],
    ["internal", "The new dashboard (the one marketing still hasn't finished the screenshots for) shows every booking."],
    ["internal", "The report view (design still hasn't signed off the layout) is live next month."],
    ["internal", "lembrar de anexar o contrato antes de enviar!!"],
    ["internal", "revisar los precios antes de enviar"],
    ["internal", "(Marku, ověř prosím, jestli už nemají Ekos, ať to nepíšu zbytečně.)"],
    ["internal", "Kickoff can't be before the 15th, Priya is out, don't tell the customer that."],
    ["internal", "Meeting notes: interested in CO2 dosing, not HVAC. Budget cycle resets in April."],
    ["internal", "——如果佢已經睇過demo，呢段刪咗佢——"],
    ["internal", "（阿Ken：呢個價要問過老闆先好send）"],
    ["claim", "With the new owner taking over Target Co next month, it may be a good moment to review your booking setup."],
    ["claim", "Now that the new owners are taking over Target Co in March, a fresh look at the tools may help."],
    ["claim", "Since Target Co has grown to around 20 artists across three locations, booking gets complicated."],
    ["claim", "As Target Co has expanded to more than 40 stores, stock counts take longer."],
    ["claim", "Ahead of Target Co's planned listing on the ASX, clean financial reporting will matter."],
    ["claim", "Ahead of Target Co's upcoming merger with Fabrikam, you may want to review supplier contracts."],
    ["claim", "Vi que a Target Co passou de 10 mil clientes atendidos."],
    ["claim", "I know you've been a bit behind with suppliers lately, and taking deposits at booking could help."],
    ["claim", "I hear you're behind on payments to a few suppliers this quarter."],
    ["claim", "Com a Target Co crescendo 60% ao ano, a agenda vai ficar apertada."],
    ["claim", "Con Target Co creciendo un 40% al año, el inventario se complica."],
    ["claim", "With Target Co now the biggest studio on the Gold Coast, your front desk must be busy."],
    ["claim", "As Target Co is now the largest operator in the region, routing matters."],
    ["claim", "With a team of 35 across the front desk and the floor at Target Co, scheduling gets hard."],
    ["claim", "Since Target Co has doubled production in the last year, I imagine the old scheduling approach is feeling the strain."],
    ["claim", "Na ukázce bych se zaměřila hlavně na plánování várek, a protože jste letos získali nového investora, ukážu vám i přehledy nákladů."],
    ["claim", "Ik hoorde dat Target Co sinds kort ook naar Nederland exporteert."],
    ["claim", "gratuluji k otevření nového pivovaru Target Co v Brně, to musí být náročné období."],
    ["claim", "知道Target Co啲founders已經退居幕後，新MD上任之後應該會重新review好多流程。"],
    ["claim", "聽講Target Co最近完成咗新一輪融資，恭喜晒！"],
    ["claim", "听说Target Co今年要在裕廊再开一个新厂，恭喜！"],
    ["placeholder", "Please send [x] by Friday so we can finish the setup."],
    ["claim", "我係Ourco香港嘅Jason。聽講Target Co最近完成咗新一輪融資，恭喜晒！"],
  ]);
});

describe("fifty-first session, second round: problems (GZ, HQ, HR) and clean shapes (GW, GX, GY, DJ, EE, EO)", () => {
  shapes([
    ["tone", "Le escribí un par de veces durante el verano. Entiendo que en este momento no es prioridad, así que no le enviaré más correos sobre el tema."],
    ["tone", "Te escribí algunas veces desde noviembre y no tuve respuesta, así que entiendo que no es prioridad ahora. No te voy a seguir escribiendo sobre esto."],
    ["tone", "Supongo que ahora no es prioridad, así que no le escribiré más sobre el tema."],
    ["tone", "Imagino que agora não seja prioridade, então não vou mais escrever sobre isso."],
    ["tone", "We'd be the only supplier in the region still offering on-site calibration."],
    ["tone", "Don't be shy about asking questions on the call."],
    ["tone", "It's only fair to say that the cheaper plan covers most of what you need."],
    ["tone", "Just checking you got the invoice I sent on Monday."],
    ["internal", "Please delete this email if it reached you by mistake."],
    ["claim", "I think you're about 20 minutes from our Leeds office, so a site visit is easy."],
    ["claim", "Since the support team has closed your ticket, you should see the fix in your account today."],
    ["tone", "Fair question, and the honest answer is no: we don't offer end-of-month or end-of-quarter discounts. Our prices are the same whenever you sign."],
    ["internal", "If you'd like to continue, the plan would be €460 a month. If you don't, we export your data, delete our copy and switch it off."],
    ["internal", "Note: we delete uploaded files 30 days after go-live; from then on the data lives only in your account."],
    ["internal", "Ojo: la propuesta incluye el módulo de membresías porque me dijiste que les interesa para el otro año."],
    ["placeholder", "Since your keepers asked for a phone-friendly way to log observations (your reply to our customer survey in November), I wanted to offer you a spot."],
    ["placeholder", "INSTRUMENTS\n[REQUIRED] Instrument type (e.g. violin 3/4, upright piano)\n[REQUIRED] Serial number or your own inventory number\n[optional] Maker/model, purchase date"],
    ["internal", "Here's what the pilot looks like (your words on our call, not mine!): small, fast and reversible."],
    ["claim", "Since your last renewal we have added the reporting module at no charge."],
  ], [
    ["tone", "Como não tive retorno, imagino que organizar a agenda não seja prioridade pra vocês agora."],
    ["tone", "Como no he tenido respuesta, supongo que esto no es una prioridad para ustedes."],
    ["tone", "I'd rather not see Target Co be the last club in the region still taking bookings by phone."],
    ["tone", "You don't want to be the only practice in the area still faxing referrals."],
    ["tone", "Don't be the club that finds out about a disease outbreak on the greens from a member's complaint."],
    ["tone", "Honestly, anyone who has run a tee sheet for more than a season can see the current setup isn't working."],
    ["tone", "One lost master key record is all it takes to put a whole building at risk — and Target Co's name on the liability claim."],
    ["tone", "After the time I spent preparing a custom proposal for you, I think it's only fair to get a quick response."],
    ["tone", "Just checking you actually read my last email."],
    ["tone", "I'd rather not have to chase you again on this."],
    ["tone", "I'll be honest: fitters who don't automate their quoting this year tend not to be around in three."],
    ["tone", "สนามกอล์ฟส่วนใหญ่ในภูเก็ตใช้ระบบของเราแล้ว เหลือเพียงไม่กี่แห่งที่ยังใช้วิธีเดิมอยู่"],
    ["tone", "Ek het nou al vier keer geskryf sonder 'n antwoord, so ek neem maar aan julle is gelukkig met die dubbele besprekings."],
    ["tone", "Garantuojame, kad per pirmą mėnesį jūsų pajamos išaugs bent 20 %."],
    ["tone", "Rašau jau trečią kartą, tad tikiuosi, kad šį kartą bent atsakysite."],
    ["tone", "Úprimne, firma vašej veľkosti by už dávno nemala fungovať na tabuli a papierikoch."],
    ["tone", "Ak sa neozvete do piatku, budem musieť túto ponuku dať inej firme vo vašom regióne."],
    ["tone", "Szczerze mówiąc, większość poważnych firm w Warszawie już dawno przeszła na cyfrowe zlecenia."],
    ["tone", "Il prezzo di lancio vale solo fino a venerdì, poi non potremo più garantirlo."],
    ["tone", "Se non mi risponde entro lunedì, purtroppo dovrò dare per scontato che non le interessi migliorare."],
    ["tone", "Mai avem doar două locuri la acest preț pentru anul acesta, așa că v-aș recomanda să decideți repede."],
    ["tone", "Sincer, dacă încă faceți ofertele în Excel, e cam timpul să treceți și dumneavoastră în secolul XXI."],
    ["tone", "Всички големи фирми за дограма в София вече работят с нас – не искате да останете последни, нали?"],
    ["tone", "Гарантираме ви поне 30% повече подписани оферти още през първото тримесечие."],
    ["internal", "Pls delete this para if they've already had the demo >>"],
    ["internal", "[Maybe soften this?]"],
    ["internal", "(use your own booking link here, not mine — Sophie)"],
    ["internal", "Riaan, kan jy asseblief die pryse dubbel check voor ek dit stuur?"],
    ["internal", "Sipho, ngicela ubheke lokhu ngaphambi kokuthi ngikuthumele."],
    ["internal", "หมายเหตุ: ปรับสำนวนให้สุภาพขึ้นตามที่ขอแล้ว ถ้าต้องการเวอร์ชันภาษาอังกฤษแจ้งได้เลย"],
    ["internal", "PASTABA: prieš siunčiant patikrinti kainą su Mantu!"],
    ["internal", "(Peter, over si prosím, či ešte majú Pohodu, inak tento odsek vyhoď.)"],
    ["internal", "Oczywiście! Oto wiadomość uzupełniająca po polsku dla klienta:"],
    ["internal", "De verificat cu Andrei dacă au deja licență la concurență înainte să trimit oferta."],
    ["internal", "(Elena, pune aici linkul către studiul de caz, eu nu-l găsesc)"],
    ["internal", "Да се провери дали вече не са клиенти на конкурента."],
    ["claim", "As Target Co grows its international visitor numbers – I think you're at around 40,000 overseas rounds a year now – the work of confirming agent bookings must add up."],
    ["claim", "I believe Target Co is also in talks to manage two courses in Cambodia, so I thought it worth mentioning that we work across countries."],
    ["claim", "Given that Target Co has just raised fresh capital from its members through the debenture scheme, I expect the committee will look closely at the plans."],
    ["claim", "I know you're under pressure after last year's losses at Target Co, so I'll get straight to the point."],
    ["claim", "I heard Target Co let a couple of office staff go recently, which usually means dispatch ends up landing on the technicians."],
    ["claim", "I also heard Target Co is in talks to be acquired by a larger group, so if it's easier to wait until things settle, I completely understand."],
    ["claim", "I heard your father is stepping back and handing Target Co over to you, so congratulations are in order."],
    ["claim", "Given that Target Co's numbers were down in the second quarter, it might be a good time to look at how many quotes turn into jobs."],
    ["claim", "Since Target Co has moved to a 24/7 emergency service with a new night team, handovers between shifts are probably the part that needs the most care."],
    ["claim", "Since Target Co is now exporting windows into Austria, I thought you might be interested in how we handle quotes for customers abroad."],
    ["claim", "keďže Target Co práve otvára pobočku v Košiciach, predpokladám, že riešite, ako zladiť plánovanie medzi dvoma tímami."],
    ["claim", "Nou dat Target Co die nuwe hoofbestuurder aangestel het, sal daar seker 'n hele paar stelsels onder die loep kom."],
    ["claim", "wiem, że Target Co planuje w tym roku redukcję etatów w administracji, więc pomyślałam, że ten temat może być dla Pani aktualny."],
    ["claim", "sveikinu Target Co su nauju generaliniu direktoriumi!"],
    ["claim", "Felicitări pentru premiul „Firma anului în construcții” primit recent de Target Co!"],
    ["claim", "След като Target Co съкрати част от персонала в офиса, предполагам, че офертите вече отнемат повече време."],
    ["claim", "Congratulations on signing the framework agreement with the city housing authority — that's a lot of doors to look after."],
    ["claim", "Since your membership waiting list at Target Co has been closed for two years, I'd guess fair access to weekend times matters more than ever."],
  ]);
});

describe("fifty-first session, third round: problems (HX, HY, HZ) and clean shapes (HU, HV, HW, CS)", () => {
  shapes([
    ["claim", "先日、貴社ウェブサイトで公開されているニュースリリース（9月1日付「第二工場の稼働開始について」）を拝見いたしました。新工場の立ち上げ、誠におめでとうございます。"],
    ["claim", "Congratulations on getting the agreement signed off internally; I know it took a few rounds."],
    ["claim", "Congratulations on signing the contract with us last week. Your onboarding call is booked for Monday."],
    ["tone", "Places in the pilot are limited to five gyms; we'll tell you honestly if it's full."],
    ["tone", "A clear renewal reminder leaves a good impression with members."],
    ["tone", "Jeg regner med at det ikke er noe problem å flytte møtet til torsdag."],
    ["internal", "Copy the activation code from the welcome email into the app."],
    ["claim", "With our platform already handling around two million bookings a year, we can size the servers for your peak days."],
    ["tone", "Whether it makes sense for you depends on your margins. It's a genuine question rather than an obvious yes."],
    ["internal", "The corrected proposal is attached; nothing else has changed. Sorry for the confusion. I should have caught it before sending."],
    ["internal", "I don't know whether dubbing capacity is still the bottleneck, since the report is a year old now. If it is, I'd be glad to show you how it works."],
    ["internal", "Good if: you want to start small and upgrade later.\n\nOPTION B – Professional\n£119/month. One site, unlimited runs, deposits."],
    ["tone", "If the issue is timing, the offer I sent doesn't need a decision this season."],
  ], [
    ["claim", "Congratulations on signing the framework agreement with the city housing authority — that's a lot of doors to look after."],
    ["tone", "Surely someone running a gym of your size has already thought about automating renewals?"],
    ["tone", "Places in the pilot are limited to five gyms, and four are already taken."],
    ["tone", "Happy to talk whenever suits, though I should mention that the free migration is only available to the next three gyms that sign."],
    ["tone", "Climbers notice when a gym is still using paper membership cards, and it rarely leaves a good impression."],
    ["tone", "Cable-car ticketing is more complex than most operators realise, so I've kept this as simple as I can."],
    ["tone", "It only takes one weekend of queues going round on social media for guests to pick another mountain."],
    ["tone", "As I mentioned in my last email, which I suspect you only skimmed, the gates work offline."],
    ["tone", "Only serious teams need reply."],
    ["tone", "Our production team guarantees your show will land in the Apple Podcasts top 50 in Nigeria within the first month."],
    ["tone", "Te escribí tres veces y no he tenido respuesta; entiendo que quizás no es prioridad para ustedes, aunque sería una lástima."],
    ["tone", "Varios gimnasios de Santiago ya se cambiaron a Wasdale y, sinceramente, no querrás quedarte atrás."],
    ["tone", "Esta promoción es solo para esta semana, así que te recomiendo decidir antes del viernes."],
    ["tone", "Tilbudet gjelder bare til fredag, så jeg trenger svar før det."],
    ["tone", "Jeg har sendt flere e-poster uten å få svar, så jeg regner med at dette ikke er særlig viktig for dere."],
    ["tone", "Je me permets d'insister : sans réponse de votre part d'ici vendredi, je devrai proposer ce créneau à un autre exploitant."],
    ["tone", "Hierdie prys is net geldig tot Vrydag; daarna gee ons die plek aan die volgende kliënt op die waglys."],
    ["tone", "Abeg no dull yourself o — if you no book this week, that discount don go be that."],
    ["tone", "E go pain you well well if you miss this one o, because people dey book Yaba studio like hot cake."],
    ["internal", "（AIアシスタントより：敬語のレベルを少し上げました。必要に応じて調整してください。）"],
    ["internal", "Bitte noch mit Urs abklären, ob wir das so zusagen können."],
    ["internal", "Discount: 10% on the first year (max 12% — don't go lower without Sindre)"],
    ["internal", "Copy timeline from the Luzern email and adjust the dates."],
    ["internal", "[Persona: ops manager, pain point = morning queues, tone = practical]"],
    ["internal", "Ejo e yi iye owo yi pada ki e to fi ranse, rate tuntun ti de."],
    ["claim", "I gather the board at Target Co has been pushing for lower operating costs since the change in ownership, so I'll get straight to the numbers."],
    ["claim", "With Target Co already carrying around two million passengers a year, we'd size the servers for the peak days around Lebaran."],
    ["claim", "As the fastest-growing agency in Joburg right now, Target Co must be getting plenty of client requests for podcasts and video."],
    ["claim", "先日の資金調達、誠におめでとうございます。"],
    ["claim", "Target Co es claramente la marca de escalada que más está creciendo en Chile en este momento."],
    ["claim", "Suite au changement de direction chez Target Co cet été, je me permets de vous présenter notre solution."],
  ]);
});

describe("fifty-first session, fourth round: problems (II, IJ) and clean shapes (IG, IH)", () => {
  shapes([
    ["tone", "One bad batch can be traced to its lot in seconds, so a recall stays small."],
    ["tone", "A two-line reply is plenty; there's no need for a formal answer."],
    ["claim", "You asked about paying yearly.\n\nFor Target Co's two sites on PLUS:\n- Monthly: $529 x 2 x 12 = $12,696 a year"],
    ["internal", "Here's the FAQ our customers print and keep at the pay station. Edit it however you like; no need to mention Ourco anywhere."],
    ["placeholder", "WILL MEMBERS HAVE TO RE-ENTER THEIR CARDS?\nUsually not. We request a token transfer from your current processor."],
    ["placeholder", "Em gửi chị bản ghi buổi demo hôm thứ Ba và bảng giá cho Target Co [đính kèm]. Chị cứ xem khi nào rảnh."],
    ["internal", "BEFORE SIGNING\n[ ] Review our Data Processing Agreement (DPA) [attached, Polish and English versions]"],
  ], [
    ["tone", "Brides talk, and one bad booking experience shared in a wedding group can undo years of reputation."],
    ["tone", "One allergen recall without lot-level records can be enough to close a shop for good."],
    ["tone", "We're closing the pilot group after this round, so this is likely the only chance to join at pilot terms."],
    ["tone", "The onboarding rate I mentioned on the phone is only something I can hold until the end of this month, so it would be good to decide before then."],
    ["tone", "To make it easier, I've summarised my earlier email in three bullet points below, since I know long emails can be hard to get through."],
    ["tone", "I'd hate for you to read about a competitor launching the same seasonal range a month ahead of you because their planning was in order."],
    ["tone", "I know you're busy, but a two-line reply wouldn't take more than a minute."],
    ["tone", "It's understandable that a smaller workshop wouldn't have thought about traceability this way yet."],
    ["tone", "Sach bataun toh aapke area ke almost sab boutiques already switch kar chuke hain, aap hi reh gaye ho."],
    ["tone", "यह डिस्काउंट सिर्फ़ इस शुक्रवार तक है, उसके बाद मैं कुछ नहीं कर पाऊँगा।"],
    ["tone", "Ogni sposa che non riesce a prenotare online è una sposa che avete perso, e mi dispiacerebbe vederlo succedere ancora."],
    ["tone", "Capisco che la tecnologia non sia il vostro forte, quindi cercherò di spiegarlo in modo molto semplice."],
    ["tone", "Este precio en dólares lo mantenemos solo hasta el viernes; después no te puedo asegurar nada."],
    ["tone", "Le condizioni di lancio scadono venerdì e non potremo rinnovarle."],
    ["tone", "Ihre direkten Mitbewerber am Zürichsee arbeiten bereits alle mit uns – Sie wären da eher die Ausnahme."],
    ["tone", "Je me permets de relancer une quatrième fois, en espérant cette fois une réponse."],
    ["tone", "Avec Loweswater, vous doublez votre capacité de production dès la première saison, c'est garanti."],
    ["internal", "Rohan ko CC karna mat bhoolna, unka client hai"],
    ["internal", "Priority: HIGH / owner: Neha / source: IndiaMART scrape"],
    ["internal", "Lead caldo – ha chiesto prezzi alla fiera di Bologna, richiamare giovedì"],
    ["internal", "Aylin, bunu gönderirken fiyat tablosunu ekle lütfen."],
    ["claim", "Coordinating a team of 45 stylists across Target Co can't be easy."],
    ["claim", "With over 2,000 brides a year coming through Target Co, I can imagine the appointment book is a full-time job on its own."],
    ["claim", "Since bookings at Target Co dropped off after last year's slow season, I've focused the demo on getting more brides through the door."],
    ["claim", "With Target Co now running at full capacity and turning away wholesale orders, the question is how to get more out of the same workshop."],
    ["claim", "As Target Co is planning the move to a bigger site in Aargau, it could be a good moment to set up production software from day one."],
    ["claim", "Given Target Co's export volumes doubled last year, I'd suggest starting with the export range."],
    ["claim", "I know Target Co is about to take on a private equity partner, and in my experience the first thing they ask for is reliable numbers."],
    ["claim", "सुना है Target Co का पिछले साल टर्नओवर 10 करोड़ पार हो गया, बहुत-बहुत बधाई।"],
    ["claim", "Target Co ne abhi Delhi mein teesra store khola hai na, bahut badhai!"],
    ["claim", "Da Target Co ja nächstes Jahr an die Börse gehen will, dürften saubere Produktionsdaten ein Thema werden."],
    ["claim", "Te escribo porque sabemos que Target Co está exportando a Chile y Uruguay desde este año."],
  ]);
});

describe("fifty-second session, rounds 1\u20133: shapes from fresh writers (IM\u2013IR, IU\u2013IZ, JS\u2013JX)", () => {
  shapes([
    ["internal.", "If anything needs changing, tell me which clause. Most of our customers sign it as is, but not all."],
    ["internal.", "A service note for Target Co: 38 of your scales were installed in March 2023, and their batteries are now reaching the end of their expected life."],
    ["tone.", "Deniz has told you both; I want you to hear it from me too."],
    ["tone.", "We'd be the only supplier in the region still offering on-site calibration."],
    ["tone.", "There's a reason the pilot is limited to three sites: we want to do each one properly."],
    ["tone.", "If you use Ourco, your team will have a named contact."],
    ["tone.", "Once the slot is booked, it's in your calendar and ours."],
    ["claim.", "Since we lost the Makro contract last year, we've rebuilt our support team."],
    ["claim.", "As you mentioned, since your board has just approved the capex budget, we can start scoping in March."],
    ["internal.", "Muista, että voit perua tilauksen milloin tahansa."],
    ["internal.", "Note: these are examples, not legal advice. Please check the wording against Andorran consumer rules, or with your lawyer, before you publish it."],
    ["internal.", "Sí, se puede.\n\nOjo: la exención de IVA para extranjeros tiene requisitos propios, así que les recomiendo confirmarlo con su contador antes de configurarlo."],
    ["internal.", "A note on how this was written: I'm Ourco's AI assistant. I drafted this summary from Callum's call notes, and he reviewed it before it was sent."],
    ["internal.", "You asked for something you could forward to your lodges and agents before the switch. Here it is; please edit as you like."],
    ["internal.", "One thing I've deliberately left out is a savings figure, because the board will rely on the document."],
    ["internal.", "Thanks for your question. That was a good one, and Ana's answer was a bit rushed, so here's a fuller version:\n\nThe waitlist syncs when either hut reconnects."],
    ["tone.", "The form asks for dates and a group size, then says someone will reply within 48 hours."],
    ["tone.", "I want to give you plenty of notice: our list prices change on 1 April 2026.\n\n                    TODAY            FROM 1 APRIL 2026\nBase                €55/hut/month    €59/hut/month\nExtra hut           €20/hut/month    €22/hut/month"],
    ["claim.", "There's no hurry. I know June is the month you're hiring, not the month for new software, and September might suit you much better."],
    ["tone.", "Please reply by Friday or let me know if you need more time."],
    ["tone.", "We guarantee 99.9% uptime, measured monthly."],
    ["tone.", "Don't worry if you're new to this; the first call is just a walkthrough."],
    ["tone.", "Perhaps it got lost in your spam folder, so here's the link again."],
    ["internal.", "Sjekk med oss om dere trenger flere lisenser."],
    ["claim.", "Siden vi har åpnet et kontor i Bergen, kan vi komme innom."],
    ["claim.", "Saya dengar Anda akan hadir di pameran minggu depan."],
    ["secret.", "I just wan confirm say our demo still dey for Thursday, 10am, on Zoom. Na this link: https://zoom.us/j/84512203391\n\nFor the demo, I go show you the dashboard."],
    ["internal.", "I should add, in fairness, that we haven't solved it completely."],
    ["tone.", "We've worked hard to make remakes rare, but rare isn't never, and I'd rather you heard that from me than from a patient."],
    ["internal.", "Of course. Here are the essentials:\n\n- 12 months\n- 60 days' notice"],
    ["tone.", "Our list price changes on 1 July: what it means for you"],
    ["tone.", "Our list prices change on 1 April 2025, so I've given you both, and you won't be caught out whichever side of that date the paper is approved."],
    ["tone.", "TERM: 12 months.\nPRICE INCREASES: capped at 10% a year, and we must give 90 days' notice."],
    ["claim.", "SESSION | DATE\n2. Records, merges and data quality | Wed 8 Oct"],
    ["tone.", "Q: Can you guarantee zero downtime?\nA: No, and we'd be wary of anyone who says they can."],
    ["tone.", "Not everyone in your team needs training; the dashboard is read-only for most."],
    ["tone.", "I've copied Maria in here, since she runs the pilot on our side."],
    ["tone.", "Our old office looked like 2009, but the new one in Split is lovely."],
    ["internal.", "Mos harroni të sillni kartën e identitetit në takim."],
    ["claim.", "As you mentioned on our call, now that you've grown to more than 60 boats, availability is the main headache."],
    ["claim.", "Slišal sem, da vam je bila predstavitev všeč — hvala za povratne informacije."],
    ["tone.", "Nothing here expires soon; if you need a revised version for your budget cycle, I'll gladly prepare one."],
    ["internal.", "What we've changed:\n1. Every van now has a printed job sheet checked against the load before it leaves."],
    ["internal.", "Our bank details are in the contract annex. If they ever change, we'll tell you by phone, and you should always check with us before paying to new details."],
    ["tone.", "1. The bike is taken out of service and sealed within 4 hours. Nobody touches it without both parties' agreement."],
    ["internal.", "Yes, we can. Short version below, and I've asked our integration lead to join the next call for the detail."],
    ["internal.", "They're unbranded, so please use your own template. I've deliberately left out any savings figures: those should come from your own finance team's numbers, not ours."],
  ], [
    ["tone.", "Every one of our customers has hit payback in under 14 months, and Target Co will too."],
    ["tone.", "You'd be the only major seafood exporter in the Delta not on our pilot list, which would be a pity."],
    ["tone.", "Forgive me, but I think there may be a misunderstanding on your side about what AMRs actually do."],
    ["tone.", "There's a reason the smarter operators locked this in last quarter."],
    ["tone.", "I know you're busy, but so is everyone, and the others I wrote to still found time to reply."],
    ["tone.", "With respect, I don't think a spreadsheet and a weekly walk-round really counts as monitoring."],
    ["tone.", "It's quite a common gap for companies that haven't had to think seriously about logistics yet, so no judgement at all."],
    ["tone.", "I appreciate this may be a lot to take in if you haven't used proper logistics software before, so I've kept it simple."],
    ["tone.", "Put simply, if you use Ourco, your next tour will run on time and on budget."],
    ["tone.", "No worries if the technical side goes over your head; I can talk your production manager through it instead."],
    ["tone.", "We're only opening this partnership to one touring company per country, and once Portugal is taken, it's taken."],
    ["tone.", "Det vore tråkigt om era forskare fick betala priset för att det här blev liggande."],
    ["tone.", "Kui mõni sügavkülmik nädalavahetusel rikki läheb ja keegi seda ei märka, vastutate selle eest teie isiklikult."],
    ["tone.", "Takaamme, ettei yksikään näyte enää pilaannu, kun järjestelmä on käytössä."],
    ["tone.", "Useimmat alan laboratoriot ovat jo siirtyneet jatkuvaan valvontaan, joten Target Co on tässä kyllä selvästi jäljessä."],
    ["tone.", "Esta condição só se mantém até sexta-feira; depois disso, não consigo garantir o mesmo valor."],
    ["tone.", "Nếu chị vẫn chưa phản hồi, em xin hiểu là bên mình chưa thật sự quan tâm đến an toàn của anh em công nhân kho lạnh."],
    ["tone.", "บริษัทคู่แข่งของคุณในชลบุรีเกือบทุกรายใช้ระบบของเราแล้ว คุณคงไม่อยากเป็นรายสุดท้ายใช่ไหมครับ"],
    ["internal.", "[ändra till du-form om hon svarade informellt]"],
    ["internal.", "Muista liittää hinnasto!"],
    ["internal.", "Kommentar från Sara: vi kan gå ner till 15 % om de skriver på för tre år."],
    ["internal.", "Here's a friendly, concise follow-up email that highlights the key benefits:\n\nHi Dana,\n\nThanks for the call."],
    ["internal.", "Lisää tähän asiakasreferenssi."],
    ["internal.", "[Option 2 – use if they brought up budget on the call]"],
    ["internal.", "ចំណាំ៖ សុំឲ្យបង Dara ពិនិត្យតម្លៃម្តងទៀតមុនផ្ញើ"],
    ["claim.", "Được biết Target Co vừa gọi vốn thành công thêm 15 triệu USD, xin chúc mừng anh và đội ngũ."],
    ["claim.", "I appreciate that losing the Makro contract last quarter has probably put cost under the microscope at Target Co."],
    ["claim.", "Target Co now supplies over 1,200 retail outlets across Thailand, so I imagine the early-morning dispatch window is a daily challenge."],
    ["claim.", "With Target Co's cold storage capacity set to triple by 2026, the choices made on racking and handling now will shape costs for a long time."],
    ["claim.", "យើងបានដឹងថា Target Co ទើបតែទទួលបានការវិនិយោគពីក្រុមហ៊ុនជប៉ុនមួយ។"],
    ["claim.", "I gather Target Co is running at full capacity and turning away customers at the moment, which is a good problem to have but still a problem."],
    ["claim.", "Since your board has just approved a large capex budget for automation, it would make sense to get the freezer project scoped before the allocations are finalised."],
    ["claim.", "I know Target Co had a tough audit from one of its EU buyers last year, and traceability tends to be a big part of those reviews."],
    ["claim.", "Em nghe nói Target Co đang tái cấu trúc mảng kho vận, nên em nghĩ đây có thể là thời điểm phù hợp."],
    ["claim.", "And with Target Co cutting its lab budget by about 20% this year, every hour counts."],
    ["claim.", "onnittelut siitä, että Target Co valittiin yhdeksi Suomen nopeimmin kasvavista life science -yrityksistä!"],
    ["claim.", "Kuna Target Co sai hiljuti uue tegevjuhi, siis ilmselt vaadatakse praegu üle ka laborite protsessid."],
    ["claim.", "Com a Target Co agora com cerca de 120 pessoas fixas na equipe técnica, imagino que fazer a informação certa chegar à pessoa certa seja um desafio diário."],
    ["claim.", "Como a Target Co está a abrir uma nova base logística em Benguela, pensei que seria boa altura para apresentarmos a Ourco."],
    ["claim.", "Since Target Co sold out every date of last year's tour, I imagine the pressure is on to add more dates this time around."],
    ["claim.", "Como a Target Co está operando no prejuízo na parte brasileira da turnê, acho que vale a pena olhar com calma para os custos."],
    ["claim.", "With Target Co now running three shows on the road at once, I'd imagine the hardest part is sharing trucks, riggers and drivers between them without clashes."],
    ["tone.", "It's a fairly simple concept once you see it, so don't worry if the technical side is new to you."],
    ["tone.", "Honestly, running a fleet without any telemetry these days is a hard thing to justify to a board."],
    ["tone.", "I'll keep this short and simple since I know procurement isn't always across the technical details."],
    ["tone.", "As I explained in my previous email (perhaps it got skimmed), the module works with your existing machines."],
    ["tone.", "这个价格只到这个星期五，过后就没有了。"],
    ["tone.", "Jangan sampai syarikat lain dapat kelebihan ini dahulu."],
    ["tone.", "Reply by Thursday or the free SIM data for year one drops off the offer."],
    ["tone.", "Our clients always see a double-digit jump in sales per machine, and Target Co will too."],
    ["tone.", "Ja līdz piektdienai nesaņemšu atbildi, piedāvājums vairs nebūs spēkā."],
    ["tone.", "Почти все управляющие компании в Риге уже перешли на наш сервис — не хотелось бы, чтобы вы остались в стороне."],
    ["tone.", "I'd rather not see you be the last building manager in the district still relying on ad-hoc repairs."],
    ["tone.", "Our technicians in the Vilnius area are nearly fully booked through autumn, so the sooner we lock something in the better."],
    ["tone.", "Подумайте, что вы скажете родственникам жильцов, если подъёмник откажет в самый неподходящий момент."],
    ["tone.", "Šim mēnesim mums palikušas tikai divas brīvas uzstādīšanas vietas, tāpēc ieteiktu neatlikt."],
    ["tone.", "Vos résidents méritent mieux que d'attendre une réparation pendant trois semaines, vous ne croyez pas?"],
    ["tone.", "I'd have thought a residence of your standing would already have a servicing plan in place."],
    ["tone.", "Most facility managers don't realise how much they're overpaying for servicing until someone spells it out for them — so let me."],
    ["tone.", "Jau trečią kartą rašau, tad tikiuosi, kad šį kartą vis dėlto rasite minutę atsakyti."],
    ["tone.", "Perhaps my earlier emails didn't make it through, or perhaps they did."],
    ["tone.", "Ef við heyrum ekki frá þér fyrir föstudag gerum við ráð fyrir að þú hafir ekki áhuga og bjóðum plássið öðrum."],
    ["tone.", "Ourco guarantees zero downtime during auctions and a 15% rise in buyer participation."],
    ["tone.", "Your boats deserve better than a system from 2009, and I think deep down you know that."],
    ["tone.", "Hetta tilboðið er bara galdandi hesa vikuna, so tað er best at svara skjótt."],
    ["tone.", "De fleste av konkurrentene deres har allerede tatt i bruk fjernbudgivning, så det haster litt for dere."],
    ["tone.", "Ég lofa að þetta mun hækka meðalverðið hjá ykkur strax á fyrsta mánuðinum."],
    ["tone.", "Jeg har nå sendt deg tre e-poster uten svar, og begynner å lure på om dere tar leverandører på alvor."],
    ["internal.", "Bos kata boleh bagi diskaun sampai 10% kalau dia tanya."],
    ["internal.", "--- Ilze, lūdzu pārbaudi gramatiku pirms sūtīšanas ---"],
    ["internal.", "(not sure we cover Gatineau — confirm)"],
    ["internal.", "Jāpārbauda cena ar Jāni pirms sūtīšanas!"],
    ["internal.", "(Paklausti Ramunės, ar galim pasiūlyti nemokamą apžiūrą)"],
    ["internal.", "Не забыть приложить прайс"],
    ["internal.", "(muna að breyta verðinu áður en þetta fer út)"],
    ["internal.", "Athuga hvort hann talar ensku, annars halda áfram á norsku."],
    ["internal.", "The auction runs on Wednesday (or Thursday, Jón wasn't sure which is bigger)."],
    ["internal.", "NB: eg eri ikki vísur í prísinum, kanna við Einar áðrenn hetta fer út."],
    ["internal.", "(ATH: ekki senda fyrr en samningurinn við Dalvík er kominn í höfn)"],
    ["internal.", "(Ingrid: sjekk med utvikling om testmiljø er klart i uke 12, ellers skriv uke 14)"],
    ["claim.", "Saya difahamkan Target Co baru sahaja menerima pelaburan daripada dana Singapura."],
    ["claim.", "听说Target Co今年要在柔佛开三家新分店。"],
    ["claim.", "Dzirdēju, ka Target Co šogad plāno atvērt vēl divus pansionātus, tāpēc gribēju jau laikus pastāstīt par Ourco."],
    ["claim.", "I know your board has just approved a large capital budget for accessibility upgrades."],
    ["claim.", "Nú þegar Target Co hefur keypt markaðinn í Grindavík er eflaust margt á borðinu hjá ykkur."],
    ["claim.", "Nú Target Co ætlar at fara út á norska marknaðin, kann tað vera gott at hava eina skipan."],
    ["claim.", "Til hamingju með nýju fjármögnunina, það verður spennandi að fylgjast með Target Co á næstu árum."],
    ["claim.", "Siden Target Co har kuttet staben med en tredjedel det siste året, tenkte jeg at det kunne være interessant."],
    ["tone.", "To put it simply, since not everyone in the auction trade is comfortable with software: you type the lot in once."],
    ["tone.", "Wie Sie sicher wissen, haben fast alle Auktionshäuser in Zürich bereits umgestellt, Sie wären also in guter Gesellschaft."],
    ["tone.", "Als ik deze week niets van u hoor, gaat de korting naar een ander veilinghuis dat erop wacht."],
    ["tone.", "I've copied him in here, since I assume these decisions end up on his desk anyway."],
    ["tone.", "Migodi mingine yote mikubwa ya Geita tayari imehamia kwenye mfumo huu; ni nyinyi tu mliobaki nyuma."],
    ["tone.", "The larger operations around Tarkwa aren't waiting on this, and neither should you."],
    ["tone.", "Tunakuhakikishia kwamba hakutakuwa na tukio lolote la gesi mgodini baada ya kufunga mfumo wetu."],
    ["tone.", "Most safety managers I speak to understand the value of this straight away, but I'm happy to set it out."],
    ["tone.", "Sijui kama barua pepe zangu zinakufikia, au labda hamna muda wa kuzisoma."],
    ["tone.", "I don't want to keep bothering you, so this will be my last email unless you'd rather your team kept guessing at airflow."],
    ["tone.", "Vaši konkurenti v Izoli so že vsi prešli na nas, zato res ne bi čakal predolgo."],
    ["tone.", "Your current enquiry form feels a bit like 2009, if I'm honest."],
    ["tone.", "Bilo bi šteta da baš vi ostanete bez ovog popusta, kad su ga svi ostali već iskoristili."],
    ["tone.", "You'll be fully booked for July and August; that's what happens to every fleet that switches."],
    ["tone.", "The free migration is only available while our team has capacity, which realistically means the next ten days."],
    ["tone.", "Svi ozbiljni charteri na Jadranu već rade ovako, pa vjerujem da ni Vi ne želite zaostajati."],
    ["tone.", "To be honest, a lot of guests find manual email booking a bit amateurish these days."],
    ["tone.", "Garantiramo, da boste v prvi sezoni imeli vsaj 30 % več neposrednih rezervacij."],
    ["tone.", "I can only offer this to one company per marina, and I'd rather it be you than the operator two piers down."],
    ["tone.", "Nëse nuk vendosni këtë javë, çmimi do të rritet dhe nuk mund t'jua garantojmë më."],
    ["tone.", "Pothuajse të gjitha kompanitë e charter-it në Vlorë e kanë bërë tashmë këtë hap."],
    ["internal.", "Preis noch mit Lukas abklären!!"],
    ["internal.", "Opomba: preveri, ali so že stranka partnerja v Portorožu."],
    ["internal.", "Shënim: mos harro t'i dërgosh ofertën edhe Arbenit."],
    ["internal.", "Provjeriti s Majom je li im već netko od nas slao ponudu."],
    ["internal.", "(ne spominjati da kasnimo s integracijom plaćanja)"],
    ["internal.", "Matej, popravi ceno v tabeli, preden pošlješ."],
    ["claim.", "Honestly, I hear Target Co's last two sales came in below estimate, which makes the catalogue matter even more."],
    ["claim.", "I also hear Target Co has just hired four new specialists, so the timing seems right to get everyone onto one system from the start."],
    ["claim.", "With online sales now making up more than half of Target Co's turnover, the catalogue is your shop window."],
    ["claim.", "Now that Target Co has bought the neighbouring concession, I assume the ventilation design is being looked at again."],
    ["claim.", "I understand Target Co has been under real cash pressure since the copper price dropped, so I wanted to share something that pays for itself."],
    ["claim.", "Kwa kuwa Target Co inafungua ofisi mpya Mwanza mwezi ujao, nilidhani ni wakati mzuri wa kujitambulisha."],
    ["claim.", "Kam dëgjuar që Target Co po zgjerohet në Sarandë këtë verë, prandaj mendova t'ju shkruaj."],
    ["claim.", "s obzirom na to da Target Co ove godine ulazi na talijansko tržište, vjerujem da će Vam dobro doći sustav rezervacija."],
    ["claim.", "Now that you've grown to more than 60 boats, I imagine keeping availability accurate takes a lot of your team's time."],
    ["claim.", "Urime për çmimin që fituat këtë vit si kompania më e mirë e charter-it në bregdetin shqiptar!"],
    ["claim.", "With most of Target Co's guests now coming from the US, I thought you might be interested in multi-currency pricing."],
    ["claim.", "slišal sem, da ste pravkar odprli novo bazo v Sukošanu, zato sem pomislil, da bi vam naš sistem lahko prišel prav."],
  ]);
});

describe("fifty-second session: the common pressure moves, notes and news written once per language (probes of plain sentences in some 25 languages)", () => {
  shapes([
    ["tone.", "Solo quedan dos preguntas abiertas sobre la integración."],
    ["tone.", "Il ne reste que deux points à régler dans le contrat."],
    ["tone.", "Garantizamos un 99,9 % de disponibilidad en el contrato."],
    ["tone.", "Wir garantieren eine Verfügbarkeit von 99,9 % laut SLA."],
    ["tone.", "El presupuesto es válido hasta el viernes 14."],
    ["tone.", "Das Angebot gilt bis zum 30. Juni."],
    ["tone.", "Después de la instalación, el equipo revisa los sensores."],
    ["tone.", "Danach steigt die Temperatur im Lager langsam wieder an."],
    ["tone.", "Sus competidores no son nuestro tema; hablemos de sus datos."],
    ["tone.", "Ensuite, le prix est fixe pendant trois ans."],
    ["tone.", "Sono rimasti solo due punti aperti nel capitolato."],
    ["tone.", "Poi il prezzo resta bloccato per tre anni."],
    ["tone.", "Le he escrito tres veces desde septiembre sobre el proyecto y no he tenido respuesta. Lo tomo como una señal de que no es prioridad en este momento, y está bien."],
    ["tone.", "Pisałem kilka razy w sprawie systemu kadrowego, ale nie otrzymałem odpowiedzi, więc zakładam, że ten temat nie jest teraz priorytetem. To zupełnie zrozumiałe."],
    ["tone.", "Le he escrito dos veces a su colega Marta para coordinar la visita, como me pidió."],
    ["tone.", "Si no recibo respuesta, le llamo el lunes para confirmar la hora."],
    ["tone.", "No se arrepentirá de haber hecho la prueba, pero decida con calma."],
    ["tone.", "Не пожалеете, если попробуете — но решайте спокойно."],
    ["tone.", "Kalau mencoba, Anda tidak akan menyesal."],
    ["tone.", "如果试用，您不会后悔的。"],
    ["tone.", "Om ni väntar till hösten går det också bra."],
    ["tone.", "Δεν θα το μετανιώσετε, αλλά αποφασίστε με την ησυχία σας."],
    ["internal.", "Revise los datos antes de enviar el formulario."],
    ["internal.", "Bitte prüfen Sie die Angaben vor dem Absenden des Formulars."],
    ["internal.", "Por favor, confirme el precio antes del viernes."],
    ["internal.", "Le pregunté a Marta si podemos empezar en marzo, y me dijo que sí."],
    ["internal.", "Nous pouvons descendre à 15 % si vous signez pour trois ans, comme indiqué dans l'offre."],
    ["internal.", "Deze alinea beschrijft hoe we uw gegevens verwijderen."],
    ["claim.", "He oído que el evento de Lisboa estuvo muy bien; ¿fue usted?"],
    ["claim.", "Felicidades por el premio que ganó Ourco el año pasado."],
    ["claim.", "Como le comenté, Ourco acaba de abrir una oficina en Bogotá."],
    ["claim.", "Ich habe gehört, dass Sie nächste Woche im Urlaub sind, daher schreibe ich heute."],
    ["claim.", "Grattis till ett bra år, och tack för samarbetet."],
    ["claim.", "Nu we een nieuw kantoor in Gent hebben geopend, kunnen we sneller langskomen."],
    ["claim.", "Jag hörde att ni vill se en demo av rapporterna."],
    ["tone.", "Si prefiere otra fecha, puedo dar su plaza del jueves a otro cliente y buscarle un hueco la semana siguiente."],
    ["tone.", "Usted será el responsable del proyecto de su lado, y yo del nuestro."],
    ["tone.", "Le explico el proceso en tres pasos."],
    ["tone.", "Imagine que su equipo pudiera cerrar el mes en dos días."],
    ["tone.", "Después del viernes le envío el informe final."],
    ["tone.", "Sind Sie allein verantwortlich für die IT, oder gibt es ein Team?"],
    ["tone.", "Bent u persoonlijk verantwoordelijk voor de inkoop?"],
    ["tone.", "Ich erkläre es Ihnen gern am Telefon."],
    ["tone.", "Stellen Sie sich vor, Ihr Team spart jede Woche zwei Stunden."],
    ["tone.", "Nach Freitag schicke ich Ihnen die Zusammenfassung."],
    ["tone.", "Wir geben den Rabatt an alle Kunden weiter, die vor Juni bestellen."],
  ], [
    ["tone.", "Esta oferta solo es válida hasta el viernes, después el precio sube."],
    ["tone.", "Solo nos quedan dos plazas para el piloto de este trimestre."],
    ["tone.", "Sus competidores ya trabajan con nosotros; no se quede atrás."],
    ["tone.", "Garantizamos que reducirá sus costes un 30 % en seis meses."],
    ["tone.", "Esta oferta só é válida até sexta-feira; depois o preço sobe."],
    ["tone.", "Só restam duas vagas para o piloto deste trimestre."],
    ["tone.", "Os seus concorrentes já trabalham connosco; não fique para trás."],
    ["tone.", "Garantimos que vai reduzir os custos em 30 % em seis meses."],
    ["tone.", "Cette offre n'est valable que jusqu'à vendredi, ensuite le prix augmente."],
    ["tone.", "Il ne reste que deux places pour le pilote de ce trimestre."],
    ["tone.", "Vos concurrents travaillent déjà avec nous ; ne restez pas à la traîne."],
    ["tone.", "Nous garantissons une baisse de vos coûts de 30 % en six mois."],
    ["tone.", "Dieses Angebot gilt nur bis Freitag, danach steigt der Preis."],
    ["tone.", "Es sind nur noch zwei Plätze für das Pilotprojekt frei."],
    ["tone.", "Ihre Wettbewerber arbeiten bereits mit uns; bleiben Sie nicht zurück."],
    ["tone.", "Wir garantieren, dass Ihre Kosten in sechs Monaten um 30 % sinken."],
    ["tone.", "Questa offerta è valida solo fino a venerdì, poi il prezzo sale."],
    ["tone.", "Sono rimasti solo due posti per il pilota di questo trimestre."],
    ["tone.", "I vostri concorrenti lavorano già con noi; non restate indietro."],
    ["tone.", "Garantiamo una riduzione dei costi del 30 % in sei mesi."],
    ["tone.", "Deze aanbieding is alleen geldig tot vrijdag, daarna gaat de prijs omhoog."],
    ["tone.", "Er zijn nog maar twee plekken over voor de pilot."],
    ["tone.", "Uw concurrenten werken al met ons; blijf niet achter."],
    ["tone.", "Vi garanterar att era kostnader sjunker med 30 % på sex månader."],
    ["tone.", "Erbjudandet gäller bara till fredag, sedan höjs priset."],
    ["tone.", "Det finns bara två platser kvar i piloten."],
    ["tone.", "Tilbudet gælder kun til fredag, derefter stiger prisen."],
    ["tone.", "Tilbudet gjelder bare til fredag, deretter øker prisen."],
    ["tone.", "Tarjous on voimassa vain perjantaihin asti, sen jälkeen hinta nousee."],
    ["tone.", "Oferta jest ważna tylko do piątku, potem cena wzrośnie."],
    ["tone.", "Zostały tylko dwa miejsca w pilotażu."],
    ["tone.", "Nabídka platí jen do pátku, pak cena stoupne."],
    ["tone.", "Bu teklif sadece cumaya kadar geçerli, sonra fiyat artıyor."],
    ["tone.", "Penawaran ini hanya berlaku sampai hari Jumat, setelah itu harga naik."],
    ["tone.", "Ưu đãi này chỉ áp dụng đến thứ Sáu, sau đó giá sẽ tăng."],
    ["tone.", "ข้อเสนอนี้ใช้ได้ถึงวันศุกร์นี้เท่านั้น หลังจากนั้นราคาจะขึ้น"],
    ["tone.", "このオファーは金曜日までです。それ以降は価格が上がります。"],
    ["tone.", "此优惠仅限本周五前有效，之后价格将上涨。"],
    ["tone.", "이 혜택은 금요일까지만 유효하며 그 이후에는 가격이 오릅니다."],
    ["tone.", "هذا العرض ساري حتى يوم الجمعة فقط، بعد ذلك سيرتفع السعر."],
    ["tone.", "यह ऑफ़र केवल शुक्रवार तक है, उसके बाद कीमत बढ़ जाएगी।"],
    ["tone.", "Ofa hii ni halali hadi Ijumaa tu, baada ya hapo bei itapanda."],
    ["tone.", "Ang alok na ito ay hanggang Biyernes lang, pagkatapos ay tataas ang presyo."],
    ["tone.", "Предложение действует только до пятницы, потом цена вырастет."],
    ["tone.", "Пропозиція діє лише до пʼятниці, потім ціна зросте."],
    ["tone.", "Η προσφορά ισχύει μόνο μέχρι την Παρασκευή, μετά η τιμή ανεβαίνει."],
    ["tone.", "Ajánlatunk csak péntekig érvényes, utána emelkedik az ár."],
    ["tone.", "Oferta este valabilă doar până vineri, apoi prețul crește."],
    ["tone.", "Ich habe Ihnen dreimal geschrieben und noch keine Antwort erhalten."],
    ["tone.", "Le ho scritto tre volte e non ho ancora ricevuto risposta."],
    ["tone.", "Le he escrito tres veces y todavía no he recibido respuesta."],
    ["tone.", "Es su última oportunidad de conseguir este precio."],
    ["tone.", "É a sua última chance de garantir este preço."],
    ["tone.", "C'est votre dernière chance d'obtenir ce tarif."],
    ["tone.", "Das ist Ihre letzte Chance auf diesen Preis."],
    ["tone.", "È la sua ultima occasione per avere questo prezzo."],
    ["tone.", "Dit is uw laatste kans op deze prijs."],
    ["tone.", "Det här är er sista chans att få det här priset."],
    ["tone.", "Dette er jeres sidste chance for at få denne pris."],
    ["tone.", "Dette er deres siste sjanse til å få denne prisen."],
    ["tone.", "Tämä on viimeinen tilaisuutenne saada tämä hinta."],
    ["tone.", "To ostatnia szansa, żeby skorzystać z tej ceny."],
    ["tone.", "Je to vaše poslední šance získat tuto cenu."],
    ["tone.", "Bu fiyatı almak için son şansınız."],
    ["tone.", "Ini kesempatan terakhir Anda untuk mendapatkan harga ini."],
    ["tone.", "Đây là cơ hội cuối cùng để anh nhận mức giá này."],
    ["tone.", "นี่คือโอกาสสุดท้ายที่จะได้ราคานี้"],
    ["tone.", "この価格で導入できる最後のチャンスです。"],
    ["tone.", "这是您获得这个价格的最后机会。"],
    ["tone.", "이 가격으로 도입할 수 있는 마지막 기회입니다."],
    ["tone.", "هذه فرصتكم الأخيرة للحصول على هذا السعر."],
    ["tone.", "यह इस कीमत को पाने का आपका आखिरी मौका है।"],
    ["tone.", "Hii ni nafasi yako ya mwisho kupata bei hii."],
    ["tone.", "Ito na ang huling pagkakataon para makuha ang presyong ito."],
    ["tone.", "Это ваш последний шанс получить эту цену."],
    ["tone.", "Αυτή είναι η τελευταία σας ευκαιρία για αυτή την τιμή."],
    ["tone.", "Ez az utolsó esélye, hogy ezt az árat megkapja."],
    ["tone.", "Este ultima dumneavoastră șansă de a obține acest preț."],
    ["tone.", "Si no decide ahora, se arrepentirá."],
    ["tone.", "Se não decidir agora, vai se arrepender."],
    ["tone.", "Si vous attendez, vous le regretterez."],
    ["tone.", "Wenn Sie jetzt zögern, werden Sie es bereuen."],
    ["tone.", "Se aspettate, ve ne pentirete."],
    ["tone.", "Als u wacht, krijgt u er spijt van."],
    ["tone.", "Om ni väntar kommer ni att ångra er."],
    ["tone.", "Jos odotatte, tulette katumaan sitä."],
    ["tone.", "Jeśli Państwo poczekają, będą Państwo żałować."],
    ["tone.", "Beklerseniz pişman olursunuz."],
    ["tone.", "Kalau menunggu, Anda akan menyesal."],
    ["tone.", "Nếu chờ đợi, anh sẽ hối hận."],
    ["tone.", "待っていると後悔しますよ。"],
    ["tone.", "如果再等下去，您一定会后悔的。"],
    ["tone.", "기다리시면 후회하실 겁니다."],
    ["tone.", "Если будете ждать, пожалеете."],
    ["tone.", "Si no recibo respuesta, entenderé que no les interesa."],
    ["tone.", "Se não tiver resposta, vou entender que não há interesse."],
    ["tone.", "Sans réponse de votre part, je considérerai que le sujet ne vous intéresse pas."],
    ["tone.", "Ohne Antwort gehe ich davon aus, dass Sie kein Interesse haben."],
    ["tone.", "Se non ricevo risposta, darò per scontato che non siate interessati."],
    ["tone.", "Als ik niets hoor, ga ik ervan uit dat u geen interesse heeft."],
    ["tone.", "Om jag inte hör något antar jag att ni inte är intresserade."],
    ["tone.", "Jos en kuule teistä, oletan, ettei asia kiinnosta."],
    ["tone.", "Jeśli nie dostanę odpowiedzi, uznam, że nie są Państwo zainteresowani."],
    ["tone.", "Yanıt alamazsam ilgilenmediğinizi varsayacağım."],
    ["tone.", "Jika tidak ada balasan, saya anggap Anda tidak tertarik."],
    ["tone.", "Esta condición es solo para los primeros cinco clientes que firmen."],
    ["tone.", "Essa condição é só para os primeiros cinco clientes que assinarem."],
    ["tone.", "Cette remise est réservée aux cinq premiers clients qui signent."],
    ["tone.", "Dieser Rabatt gilt nur für die ersten fünf Kunden."],
    ["tone.", "Lo sconto è riservato ai primi cinque clienti che firmano."],
    ["tone.", "Deze korting geldt alleen voor de eerste vijf klanten."],
    ["tone.", "Rabatten gäller bara de fem första kunderna."],
    ["tone.", "Necesito su respuesta hoy mismo."],
    ["tone.", "Preciso da sua resposta ainda hoje."],
    ["tone.", "J'ai besoin de votre réponse aujourd'hui même."],
    ["tone.", "Ich brauche Ihre Antwort noch heute."],
    ["tone.", "Ho bisogno di una risposta entro oggi."],
    ["tone.", "Ik heb vandaag nog uw antwoord nodig."],
    ["tone.", "Jag behöver ert svar redan idag."],
    ["internal.", "Revisar el precio antes de enviar."],
    ["internal.", "Verificar o preço antes de enviar."],
    ["internal.", "Vérifier le prix avant envoi."],
    ["internal.", "Preis vor dem Versand prüfen."],
    ["internal.", "Controllare il prezzo prima dell'invio."],
    ["internal.", "Prijs controleren voor verzending."],
    ["internal.", "Kolla priset innan vi skickar."],
    ["internal.", "Tjek prisen før afsendelse."],
    ["internal.", "Sjekk prisen før sending."],
    ["internal.", "Tarkista hinta ennen lähettämistä."],
    ["internal.", "Sprawdzić cenę przed wysłaniem."],
    ["internal.", "Zkontrolovat cenu před odesláním."],
    ["internal.", "Göndermeden önce fiyatı kontrol et."],
    ["internal.", "Cek harga sebelum kirim."],
    ["internal.", "ตรวจสอบราคาก่อนส่ง"],
    ["internal.", "送信前に価格を確認すること。"],
    ["internal.", "发送前核对价格。"],
    ["internal.", "보내기 전에 가격 확인할 것."],
    ["internal.", "تحقق من السعر قبل الإرسال."],
    ["internal.", "भेजने से पहले कीमत चेक करें।"],
    ["internal.", "Проверить цену перед отправкой."],
    ["internal.", "Έλεγξε την τιμή πριν το στείλουμε."],
    ["internal.", "Ellenőrizni az árat küldés előtt."],
    ["internal.", "Verifică prețul înainte de trimitere."],
    ["internal.", "No enviar todavía: esperando la aprobación del descuento."],
    ["internal.", "Não enviar ainda, aguardando aprovação do desconto."],
    ["internal.", "Ne pas envoyer avant validation de la remise."],
    ["internal.", "Noch nicht senden, Rabatt wartet auf Freigabe."],
    ["internal.", "Non inviare ancora, lo sconto è in attesa di approvazione."],
    ["internal.", "Nog niet versturen, korting wacht op goedkeuring."],
    ["internal.", "Skicka inte än, rabatten väntar på godkännande."],
    ["internal.", "Preguntar a Marta si podemos bajar al 15 %."],
    ["internal.", "Perguntar ao João se podemos baixar para 15 %."],
    ["internal.", "Demander à Julien si on peut descendre à 15 %."],
    ["internal.", "Mit Stefan klären, ob wir auf 15 % runtergehen können."],
    ["internal.", "Chiedere a Marco se possiamo scendere al 15 %."],
    ["internal.", "Aan Pieter vragen of we naar 15 % kunnen zakken."],
    ["internal.", "Quitar este párrafo antes de enviar."],
    ["internal.", "Tirar este parágrafo antes de enviar."],
    ["internal.", "Supprimer ce paragraphe avant envoi."],
    ["internal.", "Diesen Absatz vor dem Senden löschen."],
    ["internal.", "Togliere questo paragrafo prima di inviare."],
    ["internal.", "Deze alinea weghalen voor verzending."],
    ["internal.", "Nhớ bổ sung báo giá trước khi gửi nhé."],
    ["claim.", "He oído que Target Co acaba de cerrar una ronda de financiación."],
    ["claim.", "Ouvi dizer que a Target Co acabou de fechar uma rodada de investimento."],
    ["claim.", "J'ai entendu dire que Target Co vient de lever des fonds."],
    ["claim.", "Ich habe gehört, dass Target Co gerade eine Finanzierungsrunde abgeschlossen hat."],
    ["claim.", "Ho sentito che Target Co ha appena chiuso un round di finanziamento."],
    ["claim.", "Ik hoorde dat Target Co net een investeringsronde heeft afgerond."],
    ["claim.", "Jag hörde att Target Co nyligen tagit in nytt kapital."],
    ["claim.", "Jeg hørte, at Target Co lige har rejst ny kapital."],
    ["claim.", "Jeg hørte at Target Co nettopp har hentet ny kapital."],
    ["claim.", "Kuulin, että Target Co keräsi juuri uuden rahoituskierroksen."],
    ["claim.", "Słyszałem, że Target Co właśnie pozyskał nową rundę finansowania."],
    ["claim.", "Slyšel jsem, že Target Co právě získal novou investici."],
    ["claim.", "Target Co'nun yeni bir yatırım turu kapattığını duydum."],
    ["claim.", "Saya dengar Target Co baru saja mendapat pendanaan baru."],
    ["claim.", "Nghe nói Target Co vừa gọi vốn thành công."],
    ["claim.", "ได้ยินมาว่า Target Co เพิ่งระดมทุนรอบใหม่"],
    ["claim.", "Target Coが新たな資金調達を行ったと伺いました。"],
    ["claim.", "听说Target Co刚完成新一轮融资。"],
    ["claim.", "Target Co가 최근 투자 유치를 했다고 들었습니다."],
    ["claim.", "سمعت أن Target Co أغلقت للتو جولة تمويل جديدة."],
    ["claim.", "सुना है Target Co ने हाल ही में नई फंडिंग जुटाई है।"],
    ["claim.", "Nimesikia kwamba Target Co imepata ufadhili mpya."],
    ["claim.", "Narinig ko na nakakuha ang Target Co ng bagong pondo."],
    ["claim.", "Я слышал, что Target Co недавно привлекла новый раунд инвестиций."],
    ["claim.", "Άκουσα ότι η Target Co μόλις ολοκλήρωσε νέο γύρο χρηματοδότησης."],
    ["claim.", "Hallottam, hogy a Target Co most zárt le egy új befektetési kört."],
    ["claim.", "Am auzit că Target Co tocmai a atras o nouă rundă de finanțare."],
    ["claim.", "Felicidades por la nueva planta de Target Co en Monterrey."],
    ["claim.", "Parabéns pela nova fábrica da Target Co em Campinas."],
    ["claim.", "Félicitations pour le nouveau site de Target Co à Lyon."],
    ["claim.", "Glückwunsch zum neuen Werk von Target Co in Leipzig."],
    ["claim.", "Congratulazioni per il nuovo stabilimento di Target Co a Brescia."],
    ["claim.", "Gefeliciteerd met de nieuwe vestiging van Target Co in Utrecht."],
    ["claim.", "Grattis till Target Co:s nya fabrik i Göteborg."],
    ["claim.", "Tillykke med Target Co's nye fabrik i Aarhus."],
    ["claim.", "Gratulacje z okazji nowego zakładu Target Co w Poznaniu."],
    ["claim.", "Tebrikler, Target Co'nun İzmir'deki yeni fabrikası için."],
    ["claim.", "Selamat atas pabrik baru Target Co di Surabaya."],
    ["claim.", "Chúc mừng Target Co đã khai trương nhà máy mới ở Đà Nẵng."],
    ["claim.", "Como Target Co acaba de abrir una sede en Bogotá, pensé en escribirle."],
    ["claim.", "Da Target Co gerade einen neuen Standort in Wien eröffnet hat, dachte ich an Sie."],
    ["claim.", "Comme Target Co vient d'ouvrir un bureau à Montréal, je me suis permis de vous écrire."],
    ["claim.", "Visto che Target Co ha appena aperto una sede a Milano, ho pensato di scriverle."],
    ["claim.", "Nu Target Co net een kantoor in Gent heeft geopend, dacht ik u te mailen."],
    ["tone.", "Si no confirma antes del viernes, tendré que dar su plaza a otro cliente."],
    ["tone.", "Se não confirmar até sexta, vou ter de passar a vaga para outro cliente."],
    ["tone.", "Sans confirmation d'ici vendredi, je devrai donner votre créneau à un autre client."],
    ["tone.", "Ohne Bestätigung bis Freitag muss ich Ihren Termin an einen anderen Kunden vergeben."],
    ["tone.", "Senza conferma entro venerdì dovrò dare il vostro slot a un altro cliente."],
    ["tone.", "Zonder bevestiging voor vrijdag moet ik uw plek aan een andere klant geven."],
    ["tone.", "Utan bekräftelse före fredag måste jag ge er plats till en annan kund."],
    ["tone.", "Jeśli nie potwierdzą Państwo do piątku, będę musiał oddać termin innemu klientowi."],
    ["tone.", "Cuma gününe kadar onay gelmezse yerinizi başka bir müşteriye vermek zorunda kalacağım."],
    ["tone.", "Kalau tidak ada konfirmasi sebelum Jumat, slot Anda akan saya berikan ke klien lain."],
    ["tone.", "Se o equipamento falhar, a responsabilidade será sua."],
    ["tone.", "Si el sistema falla, usted será el responsable."],
    ["tone.", "Si le système tombe en panne, c'est vous qui en porterez la responsabilité."],
    ["tone.", "Wenn das System ausfällt, tragen Sie persönlich die Verantwortung."],
    ["tone.", "Se il sistema si guasta, la responsabilità sarà sua."],
    ["tone.", "Als het systeem uitvalt, bent u daar persoonlijk verantwoordelijk voor."],
    ["tone.", "Om systemet går ner är det ni som får ta ansvaret."],
    ["tone.", "Jeśli system padnie, to Pan będzie za to odpowiadał."],
    ["tone.", "Sistem çökerse sorumluluk tamamen sizde olacak."],
    ["tone.", "Lo explicaré de forma muy sencilla para que no haya confusiones."],
    ["tone.", "Vou explicar bem devagar para não haver confusão."],
    ["tone.", "Je vais vous l'expliquer très simplement, pour être sûr que vous compreniez."],
    ["tone.", "Ich erkläre es Ihnen ganz einfach, damit Sie es auch verstehen."],
    ["tone.", "Glielo spiego in modo molto semplice, così è chiaro anche a lei."],
    ["tone.", "Ik leg het heel eenvoudig uit, zodat u het ook begrijpt."],
    ["tone.", "Imagínese lo que dirá el inspector cuando vea esto."],
    ["tone.", "Imagine o que o auditor vai dizer quando vir isto."],
    ["tone.", "Imaginez ce que dira l'inspecteur en voyant cela."],
    ["tone.", "Stellen Sie sich vor, was der Prüfer dazu sagen wird."],
    ["tone.", "Immagini cosa dirà l'ispettore quando lo vedrà."],
    ["tone.", "Todos los demás hoteles de la zona ya han firmado."],
    ["tone.", "Todos os outros hotéis da região já assinaram."],
    ["tone.", "Tous les autres hôtels de la région ont déjà signé."],
    ["tone.", "Alle anderen Hotels in der Region haben bereits unterschrieben."],
    ["tone.", "Tutti gli altri hotel della zona hanno già firmato."],
    ["tone.", "Después del viernes ya no podré hacer nada por usted."],
    ["tone.", "Depois de sexta já não poderei fazer nada por si."],
    ["tone.", "Après vendredi, je ne pourrai plus rien faire pour vous."],
    ["tone.", "Nach Freitag kann ich nichts mehr für Sie tun."],
    ["tone.", "Dopo venerdì non potrò più fare nulla per lei."],
    ["tone.", "Na vrijdag kan ik niets meer voor u doen."],
    ["tone.", "Efter fredag kan jag inte göra något mer för er."],
    ["tone.", "Po piątku nie będę już mógł nic zrobić."],
  ]);
});

describe("fifty-third session, rounds 1\u20134: shapes from fresh writers (KG\u2013KX, KY\u2013RZ): pressure, notes and news in Chinese, Arabic, Greek, Bulgarian, Turkish, Georgian, Swahili, Amharic, French, Spanish, German, Dutch and English; clean look-alikes", () => {
  shapes([
    ["tone.", "Our target is 100% inventory accuracy, but a few counts each year still need a manual check."],
    ["tone.", "We learned that the hard way at our own warehouse in 2019, which is why the alarms are now standard."],
    ["tone.", "If you're still on paper pick lists, that's fine: the scanners work alongside them."],
    ["tone.", "If you'd like me to hold the Tuesday slot, just let me know by Friday; otherwise no problem at all."],
    ["tone.", "I went through the route data over the weekend and attached the summary; no need to reply until you've had time with it."],
    ["tone.", "Without a system like ours, most teams track this in spreadsheets, which works fine up to about ten routes."],
    ["tone.", "We only onboard two new hospitals a month so that each gets a dedicated project lead."],
    ["tone.", "The depot sits on the wrong side of the river for the morning routes, so we planned the pickups from the north."],
    ["claim.", "Now that your new CEO has asked for a review of every vendor, as you told me on the call, here is our summary."],
    ["claim.", "With our revenue now at roughly €12 million, we are a small team that answers quickly."],
    ["claim.", "As we are preparing to bid for the same tender, I want to be transparent about it."],
    ["tone.", "很多冷库已经在用自动化，我们可以先安排您参观一个客户的仓库。"],
    ["tone.", "如果您對自動化暫時沒有興趣，也完全沒問題，我之後不會再打擾。"],
    ["tone.", "إذا كان الموضوع غير مهم لكم حاليا فلا مشكلة، ويمكننا الحديث لاحقا."],
    ["tone.", "انتقل عدد من البلديات إلى التخطيط الرقمي خلال العامين الماضيين، ويسعدنا أن نشارككم تجربتهم."],
    ["tone.", "كنت متوقع إن الاجتماع يكون يوم الأحد، بس مفيش مشكلة نخليه الاثنين."],
    ["claim.", "得知您下個月會到香港參展，我們很樂意到展位拜訪。"],
    ["claim.", "سمعنا منكم في الاجتماع إنكم بتفكروا في نظام جديد، وده ملخص اللي اتفقنا عليه."],
    ["claim.", "بعد ما خلصنا التجربة في الجيزة، بعتنا لكم التقرير."],
    ["internal.", "Pricing is TBC until we see the floor plan; I'll send it by Friday."],
    ["internal.", "يا ريت تبعتولنا خريطة المناطق قبل الاجتماع."],
    ["", "Option 1 is simpler; option 2 only makes sense if your current oven won't last until spring."],
    ["", "Loan interest: depends entirely on your bank. Please use your own rate; I've left it out rather than guess."],
    ["", "A fair question. I don't know the details of their quote, so I'll only speak about ours:\n\n- Price: fixed for three years."],
    ["", "- Plan: Studio, 4 chairs\n- Price: €3,360 + VAT (19%), unchanged from this year\n- Billing: invoice on 1 July"],
    ["", "본 견적은 발행일로부터 30일간 유효합니다.\n\n결정을 서두르실 필요는 전혀 없습니다. 내부 검토 중 궁금하신 점 있으시면 편하게 연락 주십시오."],
    ["", "Thank you for your question on our call.\n\nTo be precise about what we do and don't offer:\n\n- We do offer driver alerts.\n- We don't offer camera footage."],
    ["", "I understand my colleague Ji-woo has been speaking with you about Target Co's bus routes. I wanted to add a short personal note."],
    ["", "Findings from the trial inspection\n\nWe inspected two cranes last week and found worn brake pads on one."],
    ["", "You may have seen that one of the larger crane maintenance contractors in the region announced last month that it's leaving the Oman market. A few people have asked us about it."],
    ["", "If unplanned downtime falls 20%: saving about QAR 223,000.\nIf it doesn't fall at all: you'd be paying more than today."],
    ["", "---------- Forwarded message ---------\nFrom: [name and address removed at his request]\nDate: Sun, 20 Jul"],
    ["", "مرفق [ملف PDF] يتضمن نموذجاً لتقرير الفحص الشهري حتى تطّلعوا على مستوى التفاصيل."],
    ["", "מצורף [מצורף] הסיכום מהפגישה."],
    ["", "You asked whether we offer training. We do.\n\nCRANE BRAKE AND HOIST MAINTENANCE — 3 days\n- Day 1: classroom\n- Day 2: workshop"],
    ["", "Uptime (bake hours)   | 100%                 | 99.6%\n\nNOTE ON OVEN 2: both E14 codes appeared on 21 October, about an hour apart. No action needed from you."],
    ["", "- The CAIRN LINK dashboard showing energy per bake\n\nQUESTIONS YOU ASKED THAT I OWE YOU ANSWERS ON\n1. Can the RACK-2 run on your existing 50 kVA supply? Yassine will check."],
    ["", "WHAT YOU NEED TO DO: nothing. Images will be uploaded automatically afterwards.\n\nWHY TELL YOU: you mentioned that Dr. Nikolaou sometimes reviews cases late at night, so I didn't want it to come as a surprise."],
    ["tone.", "The login link is valid for 24 hours; if it expires, just ask for a new one."],
    ["tone.", "Many restaurant owners told us the old system felt overwhelming, which is why we rebuilt the screens."],
    ["internal.", "Follow our updates: #FoodSafety #Innovation #Cyprus"],
    ["internal.", "Could you confirm the number of outlets with your operations team?"],
    ["internal.", "We'll confirm the date with Melissa from your IT team once the hardware ships."],
    ["claim.", "Ξέρω ότι η Μεγάλη Εβδομάδα είναι γεμάτη για όλους, οπότε δεν θα σας απασχολήσω τώρα."],
    ["claim.", "看到您的回复了，谢谢！我们下周开一次会。"],
    ["", "- Gareth to send the data import template by Friday\n- Gareth to confirm whether we can import your contractor PDF reports"],
    ["", "- 1,001+: £6.10\n\nWith 1,020 employees, all employees are billed at the £6.10 tier:\n1,020 x £6.10 x 12 = £74,664 per year"],
    ["", "The endpoints:\n\nGET  /patients/{id}/studies   list imaging studies for a patient ({id} is the patient's Ardmair ID)\nPOST /webhooks   subscribe to events"],
    ["", "Hi Katharina,\n\nIt's completely fine to say no.", "Would you be a reference? Only if you'd like to"],
    ["", "WHAT YOU NEED TO DO\nNothing, if you'd like to continue on these terms. If you'd like to change or end the agreement, the notice period is two months."],
    ["", "Please double-check any figures against the official text published by the GKV-Spitzenverband; our overview is meant as a help."],
    ["", "CONFIDENTIAL: these prices are individual to Target Co. Please treat them as confidential between our two companies."],
    ["", "Thursday 18 April, 14:00–14:45 CET\nDial-in (audio only): +49 69 365 05 4419, conference ID 712 448 903#"],
    ["", "You pay about EUR 31 per zirconia crown today (your number, not mine). We'd charge EUR 27.50 at your volume."],
    ["", "I don't know whether that's still true, so I'll just say what we do: custom titanium abutments on a Ti-base."],
    ["", "Bank details, for reference: Keiss GmbH, IBAN DE44 7605 0101 0012 3456 78, Sparkasse Nürnberg."],
    ["", "I wrote a couple of weeks ago and haven't heard back, which is completely fine. Maybe it's not relevant right now, or maybe my email got buried."],
    ["tone.", "Bu qiymət 30 gün qüvvədədir; sonra yeni təklif hazırlayacağıq, tələsməyə ehtiyac yoxdur."],
    ["tone.", "One click is all it takes to approve the batch."],
    ["tone.", "It's not a special offer, so you'd get exactly the same terms if you came back next quarter."],
    ["claim.", "I understand we had a difficult start on the first project, and I'm sorry for that."],
    ["claim.", "Sahada çok yoğun olduğunuzu biliyorum, bu yüzden kısa tutacağım."],
    ["", "Our list prices change on 1 April 2026, so I have put both figures below. That way your budget paper is accurate."],
    ["", "You were one of the first to give us feedback.\n\nThere's nothing to decide or reply to. If you ever want to look again, we're here."],
    ["", "Here is the summary.\n\nINPUTS YOU GAVE ON THE CALL\n- 2 lounges, 1,400 visits a day\n- Go-live in October"],
    ["claim.", "One of our customers doubled its acreage last season with a single pump."],
    ["internal.", "Price [TBC with your procurement team] after the site visit."],
    ["tone.", "Your guests will notice the difference from the first week."],
    ["tone.", "The invoice didn't get paid because the PO number was missing; I've attached a corrected copy."],
    ["tone.", "Si no le viene bien el martes, podemos pasar la reunión a otro día."],
    ["tone.", "De vergaderzaal is al bezet, dus ik stel de bibliotheek voor."],
    ["claim.", "Avec l'ouverture de votre compte, vous recevrez un identifiant par courriel."],
    ["claim.", "Ahora que el piloto ya supera los 30 días, le envío el informe."],
    ["internal.", "Bitte prüfen Sie noch, ob die Lieferadresse stimmt."],
    ["", "Hi Olivier,\n\nA short note on the renewal.", "Your Embo renewal on 30 June: nothing changes unless you want it to"],
    ["", "Key points from Target Co's side, as I understood them:\n- Your priority is summer cooling in the annex.\n- You'd need sign-off from the owners for anything beyond the pilot."],
    ["", "The recording is available here until 30 days from today: [link in the Teams meeting chat]. Only people invited can open it."],
    ["", "Each site takes about a week to set up (your IT team estimated one week each)."],
    ["", "What it does:\n- Alerts maintenance when the return temperature drops below the threshold you set, so you can act before guests notice lukewarm showers."],
    ["", "I'd be careful attributing the improvement entirely to us.\n\n3. REVENUE YOUR CLINIC RECORDED THROUGH HELMSDALE\n- Paid consults: 4,977"],
    ["", "Every clinic is different, and I'd never assume your numbers would look the same."],
    ["", "You don't have to justify it on the spot."],
    ["", "Whatever you say won't be used to chase you."],
    ["", "So on cost alone, I wouldn't recommend it for you today."],
    ["", "I'd genuinely rather you made the right choice than signed with us and regretted it."],
    ["", "Je vous le dis pour que vous puissiez vous organiser, pas pour vous presser : si vous préférez attendre, je vous confirme le même prix."],
    ["", "Si le sujet est déjà arbitré avec votre bureau d'études, je ne veux surtout pas vous faire perdre de temps."],
    ["", "The quote we sent stays valid until the end of next month; I've extended it so you don't have to think about it now."],
  ], [
    ["tone.", "Once the shuttles are in, your inventory accuracy in the freezer will be 100%, full stop."],
    ["tone.", "With our scheduler your on-time rate will be 100%, period."],
    ["tone.", "One bad night in the freezer aisle and you're looking at an injured operator and a lawsuit; I'd rather you didn't find that out the hard way."],
    ["tone.", "I'd hate for you to learn that the hard way during an audit."],
    ["tone.", "If you're still on paper pick lists, that's a choice, I suppose."],
    ["tone.", "Our engineers are booked through to spring, so if you want a survey this year I really need an answer from you this week."],
    ["tone.", "I need a decision from you by Friday or the slot goes to another customer."],
    ["tone.", "I put together the full route analysis for your Giza zones over the weekend, so I'd really appreciate at least a quick look."],
    ["tone.", "I spent my evenings on this model, so I would appreciate a reply."],
    ["tone.", "Municipalities are starting to cancel contracts over service-level data, and without a system like ours you would have nothing to show them."],
    ["tone.", "Without a platform like ours, you'll be left explaining the gaps to the auditors yourself."],
    ["tone.", "We only take on three new municipal clients per quarter, and two of those places are already committed."],
    ["tone.", "We only onboard two new hospitals a month and one of those spots is already taken."],
    ["tone.", "I suspect the difference will be noticed when contracts come up for review, and it would be a shame for Target Co to be on the wrong side of it."],
    ["tone.", "I'd hate to see Target Co end up on the wrong side of that comparison."],
    ["claim.", "Now that your new CEO has come in from the logistics side, I imagine warehouse efficiency is getting more attention at Target Co."],
    ["claim.", "Since your new CFO joined in March, budgets are probably under review."],
    ["claim.", "With Target Co's revenue now at roughly ¥12 billion, a four- to six-lane shuttle system would usually represent a modest share of annual capital spend."],
    ["claim.", "With Target Co's turnover now above €40 million, the audit requirements change."],
    ["claim.", "Since Target Co is currently behind on payments to some of its subcontractors, a phased rollout may suit you better."],
    ["claim.", "As Target Co is preparing to bid for the full Abu Dhabi island collection package, route data will matter."],
    ["tone.", "其他香港冷倉都已經用緊automation，Target Co 再唔行動就真係會落後。"],
    ["tone.", "其他同行都已经用上了自动化，贵公司再不行动就会落后。"],
    ["tone.", "之前寄了好幾封信都沒有收到回覆，不知道是不是貴公司對提升效率沒有興趣？"],
    ["tone.", "難道貴公司對降低成本不感興趣嗎？"],
    ["tone.", "راسلتك أكثر من مرة وما وصلني أي رد، فبفترض إنه الموضوع مش مهم إلكم."],
    ["tone.", "سأفترض أن الموضوع ليس مهما بالنسبة لكم."],
    ["tone.", "معظم المقاولين في عمّان انتقلوا بالفعل إلى أنظمة التخطيط الذكية، ولا نريد أن تتأخر Target Co عن الركب."],
    ["tone.", "لا نريد أن تتخلفوا عن الركب."],
    ["tone.", "كنت متوقع إنه Target Co تكون مسيطرة على الوضع من زمان."],
    ["tone.", "كنت أتوقع أن شركتكم قد حلت هذه المشكلة منذ زمن."],
    ["claim.", "得知Target Co最近完成了新一輪募資，恭喜！"],
    ["claim.", "聽聞Target Co今年裁咗唔少人，相信而家凍房啲更份應該好難排。"],
    ["claim.", "سمعنا إنكم رح تفتحوا فرع جديد في إربد الشهر الجاي، ألف مبروك."],
    ["claim.", "وبما إن Target Co بتتوسع في الإسكندرية وبورسعيد السنة دي، النظام هيساعدكم."],
    ["claim.", "نهنئكم على فوز Target Co بعقد النظافة الجديد في القاهرة الجديدة."],
    ["claim.", "بعد ما Target Co خسرت عقد الجيزة، أكيد التكلفة بقت أهم."],
    ["internal.", "Scanners included; pricing TBC, ask Tom."],
    ["internal.", "下次安裝日期【要確認】，請再告知。"],
    ["internal.", "待主管核准後再寄出"],
    ["internal.", "{{sequence_step: 3 | owner: hala.a | do not send before Sunday}}"],
    ["internal.", "يا ريم، غيري التاريخ ده لو الاجتماع اتأجل"],
    ["internal.", "Pricing per Tarek's sheet, not the public one."],
    ["internal.", "[Placeholder – confirm go-live date with delivery team]"],
    ["internal.", "(يا سامر، هاي النسخة قبل تعديلات المدير، لا تبعتها)"],
    ["tone.", "This price won't last until spring."],
    ["internal.", "내부 검토용: 가격은 아직 확정 전입니다."],
    ["tone.", "If you wait, you'd be paying more next quarter."],
    ["tone.", "Here is the plan.\n\nLIMITED OFFER ENDS SOON — 3 days\nBook now."],
    ["tone.", "Here is the update.\n\nYOU MUST SIGN TODAY: the offer closes at midnight."],
    ["tone.", "Ако не получа отговор до петък, ще приема, че задържането на клиентите ви просто не е приоритет."],
    ["tone.", "Μας έχει μείνει μόνο μία θέση για πιλοτικό στην Κύπρο φέτος και θα ήθελα να είναι της Target Co."],
    ["tone.", "Υποθέτω ότι η σιωπή σας σημαίνει πως η απώλεια πελατών δεν σας απασχολεί ιδιαίτερα."],
    ["tone.", "No worries if you're too busy to reply – I know some teams prefer to stay where they're comfortable."],
    ["tone.", "This proposal is valid for 48 hours; after that the terms will need to be renegotiated from scratch."],
    ["tone.", "I know the tech side can feel a bit overwhelming for restaurant owners, so I'll keep this very simple."],
    ["tone.", "I'm sure Chef Ahmad would be grateful if you finally gave him the tools he's been asking for."],
    ["tone.", "If the kitchen falls apart during the CNY rush, I'd rather it not be because we didn't talk in time."],
    ["tone.", "如果您觉得这个对Target Co不重要，也请直接告诉我一声，我就不再打扰了，毕竟大家的时间都很宝贵。"],
    ["internal.", "(Ελένη, βάλε εδώ τον σωστό αριθμό καταστημάτων)"],
    ["internal.", "Same deal as Farmakeia Nea Smyrni, don't go below that."],
    ["internal.", "Katerina to confirm whether we can actually do the Viber integration by March."],
    ["internal.", "Scanners included.\n\n#lead-hot #cyprus-q3 #pharma-chain"],
    ["internal.", "Иване, провери дали имат още договор с конкурента преди да пратим офертата."],
    ["internal.", "(reused from the Patras pitch, update the names)"],
    ["internal.", "[ΣΗΜ: να επιβεβαιώσουμε την τιμή με τον Αντρέα πριν φύγει]"],
    ["internal.", "（价格这块先别写死，等老板确认）"],
    ["internal.", "备注：客户上次说预算紧，报价时注意，可以先给分期方案。"],
    ["internal.", "Wei Ling to send the deck separately after this goes, don't attach here."],
    ["internal.", "Not sure if we should mention the Wi-Fi dependency here - leaving it out for now."],
    ["internal.", "跟进记录：客户对价格敏感，决策人是他们老板，何经理只是执行。"],
    ["internal.", "Same deal as the Ipoh group, but don't let him know we gave them the extra screen free."],
    ["claim.", "Now that Target Co has a new CEO, I imagine customer strategy is getting a fresh look."],
    ["claim.", "With around 180,000 active cardholders, Target Co is sitting on a lot of data that isn't being used."],
    ["claim.", "Μαθαίνω ότι η Target Co ετοιμάζεται για εισαγωγή στο Χρηματιστήριο Αθηνών μέσα στο επόμενο έτος."],
    ["claim.", "Με την πρόσφατη χρηματοδότηση που εξασφάλισε η Target Co, φαντάζομαι ότι έρχονται αρκετά νέα καταστήματα."],
    ["claim.", "Since Target Co is planning to launch online sales next year, it's worth thinking now about one membership."],
    ["claim.", "Since Target Co is moving its central kitchen to Tuas next quarter, the screens can move with it."],
    ["claim.", "With Target Co doing over 1,500 delivery orders a day now, the kitchen needs a better queue."],
    ["claim.", "Now that Target Co is profitable for the first time, I'm sure the board will be more open to investing."],
    ["claim.", "I imagine Target Co's new investors will want to see kitchen margins improve over the next year."],
    ["claim.", "看到Target Co今年在上海新开了五家门店，发展速度真快。"],
    ["claim.", "听说Target Co的创始人已经不太管日常运营了，现在由您全面负责，想必压力不小。"],
    ["placeholder.", "Hi {first_name}, thanks for your time."],
    ["placeholder.", "Hi Katharina,\n\nA quick idea.", "Quick question for"],
    ["pii.", "My SSN is 365-05-4419 if the form needs it."],
    ["internal.", "Thanks for the call (use your own booking link here, not mine — Sophie)."],
    ["pii.", "Her account: Maria Keller, IBAN DE44 7605 0101 0012 3456 78."],
    ["tone.", "Perhaps my last email got buried, or perhaps you just don't care about waste."],
    ["tone.", "Гарантируем, что у вас не будет ни одной испорченной партии вакцин."],
    ["tone.", "ეს ფასი მოქმედებს მხოლოდ ამ თვის ბოლომდე, მერე ვეღარ შემოგთავაზებთ."],
    ["tone.", "Bu təklif yalnız cümə gününədək qüvvədədir, ondan sonra qiymətlər artacaq."],
    ["tone.", "One warm weekend is all it takes to lose a season's stock, and your customers' trust along with it."],
    ["tone.", "We're taking on a lot of new customers this quarter, so I can't promise the same terms if we pick this up again in the autumn."],
    ["claim.", "I understand Target Co had a difficult year financially, so I've kept the proposal deliberately modest."],
    ["claim.", "Eşitdiyimə görə, Target Co şirkətinə yeni baş direktor təyin olunub və şirkət anbar proseslərini yeniləyir."],
    ["claim.", "Kazakistan pazarına açılmaya hazırlandığınızı duyduk; bu süreçte soğuk zincir kayıtları daha da önem kazanacak."],
    ["claim.", "Target Co'in geçen yıl yüzde 40 büyüdüğünü biliyoruz; bu hızda soğuk zinciri elle takip etmek zorlaşıyor."],
    ["claim.", "გავიგეთ, რომ Target Co რუსთავში ახალ საწყობს ხსნის — გილოცავთ!"],
    ["internal.", "(Burak'a sor: demo cihazı hâlâ bizde mi?)"],
    ["tone.", "I'll keep this short, since I know long emails aren't everyone's strength."],
    ["tone.", "Nimekutumia barua pepe tatu bila jibu, kwa hiyo nadhani suala hili si muhimu kwenu."],
    ["tone.", "ይህ ቅናሽ እስከ ዓርብ ብቻ ነው፤ ከዚያ በኋላ ዋጋው ይጨምራል።"],
    ["claim.", "Target Co doubled the acreage it has under contract last season, so I'd guess reliable water is becoming a bigger question."],
    ["claim.", "Target Co በቅርቡ ወደ ኦሮሚያ ክልል መስፋፋቱን ሰምቻለሁ፤ እንኳን ደስ አላችሁ።"],
    ["internal.", "(Mary, tafadhali thibitisha bei hii kabla hatujatuma)"],
    ["internal.", "Bro confirm kama hii discount bado iko before tutume."],
    ["internal.", "ማሳሰቢያ፦ ዋጋውን ከመላካችን በፊት ከአበበ ጋር አረጋግጥ"],
    ["internal.", "Yaadachiisa: erguu dura gatii kana Caalaa waliin mirkaneessi."],
    ["internal.", "Pump lease: [rate TBC with finance] per month."],
    ["tone.", "I'll keep this one short, since I know the last two didn't get read."],
    ["tone.", "Inventory software can get a bit technical if you don't come from an operations background, so I'll avoid the jargon."],
    ["tone.", "I'd hate for Target Co to find out during a health inspection that paper records don't hold up."],
    ["tone.", "I'll spell it out, because it's a common misunderstanding among people who haven't worked in store operations:"],
    ["tone.", "Please don't let this one slide like the last two."],
    ["tone.", "The garage across the street from your Providencia site went live with us last month, and your regulars are going to notice the difference before long."],
    ["tone.", "I'd rather not have to tell my director that Target Co decided to pass on this, so I wanted to check whether there's anything I can adjust."],
    ["tone.", "Elena mentioned you're still on paper tickets, and I'll be honest, I was surprised a group like Target Co hasn't moved on from that yet."],
    ["tone.", "I've blocked Tuesday at 10:00 for us; let me know if you'd really rather miss it."],
    ["tone.", "Since the discount only applies to contracts signed this month, I'd suggest skipping the usual internal review this time."],
    ["tone.", "Te aseguro que en tres meses recuperás la inversión, sin excepciones."],
    ["tone.", "Je vous garantis que vos pertes vont baisser de moitié dès le premier mois."],
    ["tone.", "Ich garantiere Ihnen, dass sich Ihre Tauschverluste innerhalb von drei Monaten halbieren."],
    ["tone.", "Entiendo que estés ocupado, pero llevo tres correos sin respuesta y lo mínimo sería un sí o un no."],
    ["tone.", "Si no me dices algo antes del viernes, le ofreceremos el hueco de instalación de junio a otro operador de la zona."],
    ["tone.", "Se non riceviamo una risposta entro venerdì, purtroppo dovremo assegnare il posto a un'altra azienda."],
    ["tone.", "Wenn wir bis Freitag nichts von Ihnen hören, geht der Rahmenvertrag-Rabatt an den nächsten Kunden auf unserer Liste."],
    ["tone.", "La verdad, pensé que a esta altura Target Co ya lo tendría resuelto."],
    ["tone.", "We nemen dit kwartaal nog maar twee ketens aan voor een pilot, en één plaats is eigenlijk al vergeven."],
    ["claim.", "Having heard that the owners of Target Co are looking to sell, I thought plate recognition might be interesting from another angle."],
    ["claim.", "At the volume Target Co handles, more than three million vehicles a year across your sites, even a few seconds saved adds up."],
    ["claim.", "After Target Co's purchase of the two garages near Atocha, you'll probably be looking at how to bring them onto the same systems."],
    ["claim.", "With Target Co about to double its number of sites, having one access system would save a lot of work later on."],
    ["claim.", "As Target Co prepares for its sale to a private equity buyer, a lighter balance sheet is probably welcome."],
    ["claim.", "With Target Co onboarding three major new retail customers this quarter, the pallet pool will be busy."],
    ["claim.", "With your headcount passing 800 this year, you're well within the range where pooling pays off."],
    ["claim.", "Now that the management buyout at Target Co is done, it's a good moment to review pallet costs."],
    ["claim.", "Your Swiss operation already handles about 15,000 pallet movements a month, so pooling would pay off."],
    ["claim.", "Avec l'ouverture de vos succursales en Ontario cet automne, j'imagine que la gestion des commandes va devenir un beau casse-tête."],
    ["claim.", "Je sais que Target Co traverse une période plus difficile depuis la hausse du prix du beurre."],
    ["claim.", "Nu Target Co binnenkort ook in Nederland opent, wordt één overzicht van de voorraad belangrijker."],
    ["claim.", "Proficiat trouwens met de kaap van 100 winkels die Target Co dit jaar heeft gehaald."],
    ["claim.", "Wie ich gehört habe, baut Target Co gerade ein neues Lager in Wels."],
    ["claim.", "Con la expansión de Target Co a Mendoza, tendría sentido pensar en un sistema único."],
    ["claim.", "Ahora que Target Co ya supera los 8.000 abonados mensuales, gestionar tarjetas debe costar tiempo."],
    ["internal.", "Pieter: vergeet de demotablet niet mee te nemen, de vorige keer hadden we er geen."],
    ["internal.", "Note : j'ai utilisé le vouvoiement partout puisqu'elle est senior ; passez au tutoiement si vous la connaissez déjà."],
    ["internal.", "Rends le ton un peu plus chaleureux et ajoute une phrase sur Liège."],
    ["internal.", "Bitte noch prüfen, ob die 4,20 € pro Palette so stimmen – Stefan"],
    ["internal.", "[Stage: Negotiation | Owner: CG | Close date: 30/06 | Competitor: in-house Excel]"],
    ["internal.", "Volume cap: (max 500 pallets, that's what Katrin approved)"],
    ["internal.", "Pricing as per Q2 sheet, approved by M. Keller? -> still open"],
    ["tone.", "Act before Friday or the price goes up."],
    ["tone.", "You don't have to decide now, but the price goes up on Friday."],
  ]);
});

describe("fifty-third session, round 5: shapes from fresh writers (NAA, NAB, NAC, NAD): Korean, Japanese, Nepali, Marathi, Bengali, Gujarati, Hinglish, Telugu, Tamil, Portuguese and Italian pressure, news and notes; English shapes; clean look-alikes", () => {
  shapes([
    ["tone.", "I'll wait to hear from you before booking the engineer."],
    ["claim.", "Given that we have been through a tough time ourselves, I understand the caution."],
    ["", "WHAT DIDN'T\n- The first three weeks were noisy: about 9% of items weren't read at the gate, because of a misaligned antenna."],
    ["", "This quote is valid for 30 days from today. The full breakdown is attached [Syre quote, PDF, 3 pages]."],
    ["", "Q: Do nurses need to scan anything?\nA: No. The cabinet reads the tags automatically when the door closes. Nurses just take what they need."],
    ["", "Dzień dobry Panie Rafale,\n\nw nawiązaniu do naszej rozmowy przesyłam krótką listę rzeczy do sprawdzenia przed wizytą naszego technika we wtorek."],
    ["", "Or, of course, we park it until the next budget round. I'd rather do that than push you into something that doesn't fit."],
    ["", "20,000 × 16% × PLN 28 = PLN 89,600 per year in replacements\n\nIF LOSSES FELL TO 11% (the median among our Polish customers after one year)\n20,000 × 11% × PLN 28 = PLN 61,600, a saving of PLN 28,000 per year"],
    ["", "Here's the recording of today's demo, as promised: syre.pl/rec/7Hq2\n(The link works for 14 days; no login needed.)"],
    ["", "+48 22 307 41 99\n\nQUESTIONS ABOUT REPORTS OR THE PORTAL – Mon–Fri, 8:00–18:00\nwsparcie@syre.pl | +48 22 307 41 98"],
    ["", "2. Who else uses it?\n63 hospitals in Poland, Italy and Portugal. The smallest has 120 beds and the largest 1,100."],
  ], [
    ["tone.", "Your pharmacists are clearly running on empty, and fixing that is entirely within your power."],
    ["tone.", "I'll keep it brief, since I know decisions involving new technology can feel a bit overwhelming."],
    ["tone.", "Your principal will probably ask why this wasn't looked at sooner if anything happens on a route."],
    ["tone.", "We only take on a handful of new producers each season, and I've kept one spot open for Target Co until the end of the month."],
    ["tone.", "As I explained in my last email (and the one before), the EMCS document has to be issued before the truck leaves — it's really not complicated."],
    ["tone.", "No problem at all, I'll just wait — again."],
    ["tone.", "도입 후 조제 오류는 반드시 0건이 됩니다. 제가 보장합니다."],
    ["tone.", "이번 주 안에 결정하지 않으시면 이 조건은 다시 드리기 어렵습니다."],
    ["tone.", "솔직히 요즘 이 규모의 약국 중에 아직도 수작업으로 조제하는 곳은 거의 없습니다."],
    ["tone.", "今月中にご決断いただけない場合、この条件でのご提供はお約束いたしかねますので、ご承知おきください。"],
    ["tone.", "यो छुट दसैं अघि मात्र लागू हुन्छ, त्यसपछि पाउनुहुन्न।"],
    ["tone.", "ही सवलत फक्त या आठवड्यापुरती आहे, नंतर मिळणार नाही."],
    ["tone.", "Sir, teen baar call kiya, aapne ek baar bhi pick nahi kiya — thoda respect toh banta hai."],
    ["tone.", "এই দামে আর মাত্র দুটো স্কুল নিতে পারব, তাই দেরি করবেন না।"],
    ["tone.", "અમદાવાદની બીજી બધી મોટી સ્કૂલોએ આ પહેલેથી અપનાવી લીધું છે, હવે તમે પાછળ ન રહી જાઓ."],
    ["tone.", "Imagino que esteja muito ocupado, já que esta é a quarta mensagem sem resposta."],
    ["tone.", "Ormai quasi tutte le cantine del Chianti hanno già fatto il passaggio; sarebbe un peccato che Target Co restasse indietro."],
    ["claim.", "With more than 1,200 pharmacists now on staff at Target Co, even small time savings per person add up quickly."],
    ["claim.", "Now that Target Co is handling over two million prescriptions a year, central fill becomes a real option."],
    ["claim.", "Given that Target Co has been going through a bit of a cash crunch, a lease may suit you better."],
    ["claim.", "최근 구조조정으로 Target Co 약제부 인력이 꽤 줄었다고 들어서, 더 도움이 될 수 있을 것 같습니다."],
    ["claim.", "올해 Target Co의 매출이 30% 이상 성장했다고 들었는데, 처방 건수도 그만큼 늘어나셨을 것 같습니다."],
    ["claim.", "Target Co様では今年、社長が交代されたと伺っております。"],
    ["claim.", "Aapke yahan abhi 3,500 students bus use karte hain, toh tracking zaroori hai."],
    ["claim.", "Target Co ఈ ఏడాది 40 కొత్త బస్సులు కొన్నట్లు విన్నాను, అభినందనలు."],
    ["internal.", "（要修正：導入実績の件数を最新の数字に差し替え）"],
    ["internal.", "இந்த விலை சரியா என்று மேனேஜரிடம் கேட்கவும்"],
    ["tone.", "I'll keep this one short, since I know the last two didn't get read."],
    ["internal.", "Cena do sprawdzenia przed wysłaniem!"],
    ["secret.", "Use admin/Vx7q!29kd (temporary, change it after your first login)."],
  ]);
});

describe("fifty-third session, round 6: shapes from fresh writers (NAG, NAH, NAI; YV read again): Spanish, Vietnamese, Indonesian and Thai pressure, news and notes; English shapes; clean look-alikes", () => {
  shapes([
    ["tone.", "Nobody on our side reads your data without your permission."],
    ["claim.", "Dengan pertumbuhan kami sekitar 30% per tahun, tim support kami juga bertambah."],
    ["internal.", "Por favor revise el formulario antes de enviarlo; cualquier duda me escribe."],
    ["tone.", "I would not want you to be the case study in our deck without your approval, so I will ask first."],
    ["", "You asked me straight out whether we can guarantee a go-live by 1 June. I'd rather give you a straight answer than a comfortable one."],
    ["", "WHAT HAPPENED\nBetween 10:42 and 11:19 CET on 15 March, the shop was unavailable. Desk sales kept working, but visitors couldn't buy tickets online for 37 minutes."],
  ], [
    ["tone.", "I haven't heard back after a few messages, so I'm guessing either the timing is wrong or nobody at Target Co actually reads these."],
    ["tone.", "Frankly, judging by the towels in the photos on your booking page, your linen looks overdue for some attention."],
    ["tone.", "Le comento que esta tarifa solo se respeta para quienes firmen antes del 30 de este mes."],
    ["tone.", "Entiendo que quizá la tecnología no sea su fuerte, así que se lo explico de la forma más sencilla posible."],
    ["tone.", "Nếu tuần này anh không phản hồi thì em đành phải chuyển mức giá này cho khách hàng khác ạ."],
    ["tone.", "Kalau tidak ada kabar sampai hari Jumat, penawaran ini otomatis kami tutup ya, Pak."],
    ["tone.", "ราคานี้มีถึงสิ้นเดือนนี้เท่านั้นนะครับ หลังจากนั้นจะปรับขึ้นทันที"],
    ["claim.", "Now that you're handling roughly 200 services a month, a scheduling board pays for itself."],
    ["claim.", "I'm aware that Target Co is behind on payments to a few suppliers at the moment, so a lease may help."],
    ["claim.", "Ahora que Target Co ha duplicado sus servicios en Lima Norte, la coordinación es más difícil."],
    ["claim.", "Em biết Target Co vừa chuyển trụ sở về Thủ Đức, chúc mừng anh chị."],
    ["claim.", "Dengan pertumbuhan Target Co sekitar 30% per tahun, kebutuhan bahan kimia juga naik."],
    ["internal.", "Esto lo reviso mañana con Joaquín antes de mandarlo, no estoy segura del precio por sede."],
    ["internal.", "Catatan: klien ini sering telat bayar, minta DP 50% dulu sebelum barang keluar."],
    ["internal.", "(Anh này là họ hàng của chủ, cẩn thận vụ giá nhé, đừng giảm thêm)"],
    ["internal.", "Pricing: [pricing TBD, waiting on Héctor]"],
    ["internal.", "Tag: WARM / hotel / referral from Khun Nok"],
    ["internal.", "{{Tone check: too pushy?}}"],
    ["tone.", "Regulators are getting stricter on claim handling times, and I wouldn't want Target Co to be the example they make."],
  ]);
});

describe("fifty-third session: third parties halving a backlog, a dotted login before a password, a template slot before 'is'", () => {
  shapes([
    ["claim.", "One provider in Galway halved their September backlog last year with the same setup."],
  ], [
    ["secret.", "Use dana.reyes/Winter2024! (temporary, change it on first login)."],
    ["placeholder.", "I know #{pain_point} is a headache for your team."],
  ]);
});

describe("fifty-fourth session, first and second rounds (NAK-NBB): pressure, notes and news in English, Icelandic, Irish, Malay, French, Krio, Arabic, Urdu, Cantonese, German, Luxembourgish and the Pacific's languages; tasks handed to a named colleague in brackets; AI disclosures, caps headings that name the reader's things, and asides told to the reader", () => {
  shapes([
    ["internal.", "Thanks for the call.\n\nTransparency note: this email was drafted by Reay's AI assistant from my call notes. I've read and edited it, and I stand behind everything in it."],
    ["internal.", "Thanks for the call.\n\nThis email was drafted by Culkein's scheduling assistant on behalf of Rizwan Qureshi and reviewed by him before sending."],
    ["internal.", "Thanks for the call.\n\nNote: this recap was drafted with the help of our AI note-taker and checked by me before sending."],
    ["tone.", "YOUR CONCERNS, AS YOU PUT THEM\n> \"Our teachers are tired.\"\n\nNEXT STEPS\nWe will call."],
    ["tone.", "THURSDAY 13 MARCH, 10:00-11:30, YOUR KATUNAYAKE OFFICE\n\n1. Intro"],
    ["tone.", "PRICING, SIDE BY SIDE WITH WHAT YOU TOLD ME\nThe price is 4."],
    ["tone.", "SENSORS\n   |\n   v\nDISPATCH CONSOLE / MAINTENANCE DASHBOARD / YOUR BI TOOL (via API)\n\nThanks"],
    ["tone.", "Please read this at your leisure; there's nothing to reply to unless you wish to."],
    ["tone.", "I'll keep this brief, as I'm sure you're busy."],
    ["internal.", "Thanks.", "Your renewal: nothing to do (unless you want to)"],
    ["recipient.", "You asked for a one-page summary.", "Why, what, how much, what next"],
    ["placeholder.", "POINTS DISCUTÉS\n- Modèles de lettres : Acme utilise 14 modèles ; 6 pourront être fusionnés."],
    ["internal.", "At one Goldfields gold operation (they've asked us not to name them publicly), staggered handover alone took average shift-change loss from 38 minutes to 22 minutes."],
    ["internal.", "Forwarding the note below from your colleague. She wrote it in Romanian; a quick translation follows underneath."],
    ["internal.", "A 2-hour workshop with your deputy head. (Monday 21 April is Easter Monday, so this week is shorter.)"],
    ["internal.", "You asked on Monday what our customers say. This is from the compliance head at a Sialkot sportswear maker, taken from a case study she approved:"],
    ["placeholder.", "We agree how your case numbers should look (e.g. LAB-2025-XXXX, where XXXX is a running number)."],
    ["placeholder.", "- Useful endpoints: POST /v2/leads, GET /v2/policies?renewal_before=YYYY-MM-DD, POST /v2/webhooks"],
    ["placeholder.", "How to publish the timetable:\n3. Click Save. [screenshot 1 below]\n\n[Screenshot 2: the invitation email as parents see it]"],
    ["placeholder.", "Here it is in text form [a proper diagram is in the attached PDF]:"],
    ["internal.", "Sebastián kindly forwarded your note to me. I've kept his message below so you have the context."],
    ["internal.", "[Note for your IT team: the gateway needs outbound access on port 443 only. No inbound ports.]"],
    ["internal.", "1. WHAT YOU ASKED FOR\nFrom the brief your office sent on 17 February:\n- one timetabling system for all six schools"],
    ["tone.", "TERM. 1 year or 3 years, your choice.\n\nPRICE INCREASES. For 3-year contracts the price is fixed for the whole term."],
    ["tone.", "Q: Is it available in Urdu?\nA: Worker-facing screens are in Urdu and English. The admin dashboard is in English only today."],
    ["claim.", "Every year we survey our customers and a few hundred non-customer labs. This year 212 labs in 9 countries answered."],
    ["claim.", "TIME SPENT TODAY\n4 people x 6 days x 18 audits = 432 staff-days a year"],
    ["internal.", "1. Choose the year and the funds to include.\n2. Preview a few statements. Check the IRS wording your accountant has approved."],
    ["placeholder.", "Thanks for the notes.", "Culkein vs. spreadsheets vs. the other platforms you're looking at"],
    ["internal.", "You mentioned on our call on Tuesday that Target Co is in a busy season until the end of July and that compliance projects are on hold until then. Completely understood."],
    ["internal.", "Ek factory ke liye price USD 2,400 per year hai. Pehle 3 mahine ka pilot free hai, koi commitment nahi."],
    ["internal.", "Sir, yeh offer sirf is mahine ke end tak hai, uske baad price barh jayegi aur main kuch nahi kar paunga."],
    ["internal.", "With everything going on after Target Co's recent downsizing, I completely understand why the trial is on hold for now."],
    ["internal.", "Here is a summary.\n\n(Happy to adjust the dates)\n\nTama"],
    ["internal.", "Next steps:\n- Pilot on two sites (Sofia to confirm by Tuesday.)\n- Drawings review (Owen to check the drawings)\n\nThanks, Tama"],
    ["internal.", "Here is a summary.\n\n[Click to confirm your slot]\n\nTama"],
  ], [
    ["tone.", "Hi Rachel,\n\nWhat about downtime?\nWe can promise zero downtime and not a single lost record during the switch.\n\nBest,\nAoife"],
    ["internal.", "Hi Aisling,\n\nNext steps as agreed.\n\nDeal stage: Qualified | Est. value €14k ARR | Champion: head nurse\n\nSpeak soon,\nAoife"],
    ["claim.", "Hi Lucy,\n\nCongratulations on Target Co being named Practice of the Year — thoroughly deserved.\n\nAll the best,\nCatrin"],
    ["internal.", "Hi Ben,\n\nHere's a quick summary.\n\n[Hannah to add NZ pricing here]\n\nI'll call next week.\n\nTama"],
    ["tone.", "Hi Ben,\n\nIf your team is still filling in claim forms by hand, your clients will have noticed long before you do.\n\nTama"],
    ["tone.", "Hi Ben,\n\nYour vets are probably too polite to tell you how much they dislike the current system.\n\nTama"],
    ["tone.", "Hi Ben,\n\nOf course, you could carry on as you are — plenty of practices do, right up until the claims backlog gets away from them.\n\nTama"],
    ["tone.", "Hi Ben,\n\nIf growing the practice isn't something you're interested in, that's entirely your call.\n\nTama"],
    ["tone.", "Hi Ben,\n\nYour front-desk team will thank you for this — and they'll remember it if you don't.\n\nTama"],
    ["tone.", "Hi Ben,\n\nWith that in place, you won't have a single rejected claim after go-live.\n\nTama"],
    ["tone.", "Hi Ben,\n\nNot everyone is comfortable with technology, and that's fine — we'll take it nice and slowly for you.\n\nTama"],
    ["tone.", "Hi Ben,\n\nNot many people in your position would turn down a free site assessment.\n\nTama"],
    ["tone.", "Hi Ben,\n\nContractors that aren't on a digital system are going to be the first ones fined when the new inspection regime starts.\n\nTama"],
    ["claim.", "Hi Ben,\n\nNow that Target Co has a new clinical director in place, it seemed like a good time to introduce ourselves.\n\nTama"],
    ["claim.", "Hi Ben,\n\nSince Target Co's previous practice manager left over the summer, I wasn't sure who to contact.\n\nTama"],
    ["claim.", "Hi Ben,\n\nWith everything going on after Target Co's recent downsizing, I thought a lighter system might help.\n\nTama"],
    ["tone.", "I put a lot of work into preparing this proposal for your team, so I'd appreciate at least a quick look."],
    ["tone.", "If we don't get the kickoff booked before the holidays, I can't hold the current rollout team for you."],
    ["tone.", "我哋保證第一個月內就可以將延誤減半。"],
    ["tone.", "Kalau tak ambil tindakan sekarang, Target Co akan ketinggalan jauh berbanding pengendali lain di KLIA."],
    ["tone.", "I did notice you opened my last two emails, so I know they're getting through."],
    ["tone.", "说实话，您的停机坪团队每天这么辛苦，真的值得更好的工具，我相信您心里也清楚。"],
    ["tone.", "Cette offre disparaîtra dès que nos dix premiers clients ivoiriens auront signé, et il ne reste presque plus de places."],
    ["tone.", "This will be my last email, and I'll take your silence as a sign that Target Co is comfortable with its current default rates."],
    ["tone.", "I should gently mention that two lenders who compete with you directly in Kumasi went live with us last month, so it may be worth not falling behind."],
    ["tone.", "Not sure whether my last few emails reached you or just weren't a priority."],
    ["tone.", "Il ne me reste que deux licences pilotes à ce tarif, et un autre EMF de Douala s'y intéresse déjà sérieusement."],
    ["tone.", "Je me permets d'insister : vos concurrents à Dakar, eux, n'attendent pas."],
    ["tone.", "Una nɔ fɔ wet o, bikɔs di prays go go ɔp nɛks mɔnt."],
    ["tone.", "یہ خصوصی رعایت صرف اس ہفتے تک ہے، اس کے بعد میں آپ کے لیے کچھ نہیں کر سکوں گا۔"],
    ["tone.", "ونضمن لكم خلو مواقعكم من الحوادث خلال ستة أشهر من التشغيل."],
    ["tone.", "Ye offer sirf Friday tak valid hai, uske baad price barh jayegi aur main kuch nahi kar paunga."],
    ["tone.", "Flestar dýralæknastofur á höfuðborgarsvæðinu eru þegar búnar að skipta, og þið viljið varla verða þær síðustu."],
    ["tone.", "Caithfidh mé freagra a fháil uait roimh an Aoine, nó tabharfar an áit do chleachtas eile."],
    ["tone.", "Við ábyrgjumst að allar kröfur ykkar verði greiddar innan viku."],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\n(Nota: tanya Farid dulu sama ada harga ni dah termasuk SST)\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\n*jangan lupa CC Puan Salmah from procurement*\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\n【內部：報價先跟 Kevin 確認】\n\nTama"],
    ["internal.", "Hi Ben,\n\nOur customers save about [insert ROI figure from Nadia's sheet] a year.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nPS to Jared — I BCC'd you so you can see how I'm pitching the rostering module.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nIbrahim, don Allah ka duba farashin nan kafin ka aika.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached: 4,200 per site [Chidi – please confirm this number with finance before sending].\n\nTama"],
    ["internal.", "Write a warm, concise email in French to a microfinance CEO in Senegal introducing Scrabster and asking for a meeting.\n\nBonjour Monsieur Diop,\n\nJe vous écris.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nFatou, bul ko yónnee balaa Moussa xool ko.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nBisi, jọ̀ọ́ ṣàyẹ̀wò iye owó yìí kí o tó fi ránṣẹ́.\n\nTama"],
    ["claim.", "Since Target Co's previous practice manager left over the summer, I wasn't sure who to contact."],
    ["claim.", "Meal ur naidheachd air an dàrna clionaig fhosgladh ann am Port Rìgh."],
    ["claim.", "وبما أن Target Co تستعد للتوسع في السوق القطري خلال الأشهر القادمة، أردت أن أعرفكم على خدماتنا."],
    ["claim.", "Saya difahamkan Target Co baru sahaja memenangi tiga kontrak besar di Sarawak tahun ini, tahniah."],
    ["claim.", "سنا ہے Target Co نے حال ہی میں اسلام آباد میں نیا دفتر کھولا ہے، مبارک ہو۔"],
    ["claim.", "Suna hai Target Co agle saal Pakistan Stock Exchange pe list hone ja rahi hai, bahut mubarak ho."],
    ["claim.", "Kami dengar Target Co baru saja mendapatkan kontrak ground handling di Bandara Kualanamu, selamat atas pencapaiannya."],
    ["claim.", "Difahamkan Target Co sedang dalam proses penstrukturan semula, jadi saya faham jika keputusan mengenai sistem baharu mungkin mengambil masa."],
    ["claim.", "Since Target Co is now serving 30+ airlines, keeping track of all those different standards by hand must take a lot of your supervisors' attention."],
    ["claim.", "The buzz in the industry is that Target Co is the front-runner for the new Changi T5 handling licence, so I thought it was worth introducing Keoldale early."],
    ["claim.", "Puisque Target Co s'apprête à ouvrir en Côte d'Ivoire, la question d'un outil commun aux deux pays doit se poser."],
    ["claim.", "I know Target Co's portfolio at risk went above 10% last year, and that can't have been easy."],
    ["claim.", "Target Co disbursed over NGN 10 billion last year, so even small improvements in turnaround add up quickly."],
    ["claim.", "A friend at the CBN mentioned that Target Co has applied for a national MFB licence, so congratulations in advance."],
    ["tone.", "Ehrlich gesagt ist eine Excel-Liste für Aufzugsprüfungen heute nicht mehr zeitgemäß – das wissen Sie aber sicher selbst."],
    ["tone.", "Honestly, if lift maintenance scheduling isn't on your radar yet, it probably should have been a while ago."],
    ["tone.", "Ich gehe davon aus, dass Sie mir bis Freitag antworten – ansonsten müsste ich den reservierten Platz im Pilotprogramm leider weitergeben."],
    ["tone.", "Mir hunn nëmmen nach zwou Plazen fir den Ufank vum Joer fräi – wann Dir bis Méindeg net äntwert, ass et leider ze spéit."],
    ["tone.", "Ich kann Ihnen garantieren, dass Sie nach der Umstellung auf Drumbeg keine einzige Prüfung mehr verpassen werden."],
    ["tone.", "I'd just say that a lot of teams felt the same way right up until their first failed inspection."],
    ["tone.", "Afai e te le tali mai a o le'i o'o i le Aso Faraile, o le a matou ave lenei avanoa i se isi kamupani."],
    ["tone.", "Tasol dispela prais i stap inap long Fraide tasol – bihain long dispela, mi no inap promis long givim yu gen."],
    ["tone.", "Following up on my following up, as it seems my last two emails went missing."],
    ["tone.", "Kapau ʻe ʻikai ke ke tali mai ʻi he Falaite, ʻe ʻikai ke mau toe lava ʻo tauhi ʻa e totongi ko ʻeni ki he Target Co."],
    ["tone.", "You'll have it paid back inside three months, I promise you that."],
    ["tone.", "Bat praes ia hem stap go kasem Fraede nomoa – afta long datwan, mi no save promisim moa."],
    ["tone.", "No worries at all if you'd rather stick with clipboards for another year – I just hope nothing goes wrong with a shipment in the meantime."],
    ["internal.", "Hi Ben,\n\nThe floor plan is below.\n\n(attach floor plan example from the Leipzig demo?)\n\nTama"],
    ["internal.", "Punkt 3 bitte nochmal mit Produkt klären, ich bin nicht sicher, ob die Rechtetrennung schon live ist."],
    ["internal.", "Hi Ben,\n\nSee you soon.\n\nDeal-Notiz: ca. 14k CHF ARR, Abschlusswahrscheinlichkeit 40 %, Entscheider ist eigentlich der Verwaltungsrat.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe price list is attached.\n\nMarie, plis jekem praes long vatu bifo yu sanem – mi no sua se namba ia i stret.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe price list is attached.\n\nSina, fa'amolemole siaki le tau ma Josh a'o le'i auina atu – e le'i maua le fa'atagaga mo le fa'aitiitiga.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThanks for the call.\n\nRavi to call Wed re: contract. Probability 60%, close date end of month.\n\nTama"],
    ["claim.", "With roughly 120 technicians on the road at Target Co, even a 5% improvement in route planning would free up a lot of hours."],
    ["claim.", "Da Target Co im letzten Jahr rund 40 neue Liegenschaften dazugewonnen hat, dürfte die Planung bei Ihnen gerade deutlich komplexer geworden sein."],
    ["claim.", "Sie haben ja mit Target Co vor Kurzem einen Aufzugsservice in Innsbruck übernommen – herzlichen Glückwunsch dazu."],
    ["claim.", "With the new majority investor now on board at Target Co, I imagine there's a lot of attention on efficiency."],
    ["claim.", "I know Target Co is still recovering from losing money on the last two seasons, and you'll be careful with every kina."],
    ["claim.", "It sounds like Target Co's exports are up about 40% on last year."],
    ["claim.", "Mi herem dat Target Co hem kasem big fala seleni from wanfala investor long Australia fo mekem bigfala fleet blong yufala."],
    ["claim.", "Au rogoca ni sa voli e Target Co e rua na waqa vou ena yabaki oqo, ka sa tekivu talai ika ki Jaipani."],
    ["claim.", "Ne u fanongo kuo fakatau ʻe Target Co ha vaka foʻou ʻe tolu pea kuo kamata ke mou fakatau atu ika ki Siapani."],
    ["internal.", "Hi Ben,\n\nHere is a summary.\n\n[Mei and Tom to double-check the SLA figures]\n\nTama"],
    ["claim.", "With everything going on after Target Co's recent downsizing, I completely understand why the trial is on hold for now."],
    ["claim.", "Since Blue Harbor Logistics is now serving 30+ airlines, keeping track of all those different standards by hand must take a lot of your supervisors' attention."],
    ["tone.", "Ich kann Ihnen garantieren, dass Sie nach der Umstellung keine einzige Prüfung mehr verpassen werden."],
  ]);
});

describe("fifty-fourth session, third round (NBC-NBH): fear of the moment least expected, the ones who lose contracts, the choice put on the reader; Spanish, Amharic, Somali, Swahili and Kinyarwanda pressure; notes before sending in Amharic, Tigrinya, Somali and Kirundi; a question answered on its own line, a confidentiality request, a survey's chains", () => {
  shapes([
    ["internal.", "- Licence renews annually.\n\nCONFIDENTIAL: please treat this pricing as confidential between our companies."],
    ["tone.", "IMPORTANT, but nothing urgent to do: Target Co's trial ends on Monday 30 June."],
    ["internal.", "IMPORTANT, but nothing urgent to do: Target Co's trial ends on Monday 30 June."],
    ["claim.", "1. WHAT WE HEARD\nThese are your points from Monday, in your words where I wrote them down:\n- Target Co has 22 pharmacies across Dushanbe, plus a central warehouse."],
    ["tone.", "9. Do you guarantee a reduction in expired stock?\nNo. We share our customers' results, but we don't guarantee a figure."],
    ["internal.", "Do the vets need to change how they write notes?\nNot much. The clinical record screen is laid out much like most systems."],
    ["internal.", "All hardware comes with a 12-month warranty.\n\nNote: we don't sell or support receipt printers; most customers keep the ones they have."],
    ["claim.", "Survey results:\n- Chains with more than 10 branches reported transferring stock between branches less than once a month."],
    ["internal.", "Work card templates:\n2. Work card templates (A-check, C-check) are ready for review."],
    ["tone.", "I'll keep this short since I know you're busy."],
  ], [
    ["tone.", "I'll keep this short since I know you're busy — but not, I hope, too busy to protect the collection."],
    ["tone.", "Sinceramente, me sorprende que una agencia como Target Co todavía calcule la regalía pascual a mano."],
    ["tone.", "One missed overtime calculation is all it takes for a Department of Labor claim, and those tend to land when agencies least expect them."],
    ["tone.", "Si no me confirma antes del viernes, tendré que ofrecerle el espacio de implementación a otra agencia."],
    ["tone.", "With state audits picking up, agencies that can't produce clean EVV records are the ones that end up losing their Medicaid contracts."],
    ["tone.", "Every late paycheck is a caregiver deciding whether to stay with you, and right now that choice is on you."],
    ["tone.", "ያቀረብንላችሁ የ15% ቅናሽ እስከ አርብ ብቻ ነው፤ ከዚያ በኋላ ምንም ማድረግ አልችልም።"],
    ["tone.", "Qiimaha aan kuu soo bandhigay wuxuu shaqaynayaa maanta oo keliya — berri ma hayo wax aan kuu sameeyo."],
    ["tone.", "Mnapaswa kujibu kabla ya Ijumaa, la sivyo bei hii itapanda na sitaweza kuwasaidia tena."],
    ["tone.", "Niba mutabyemeje uyu munsi, amahirwe nk'aya ntazongera kuboneka."],
    ["tone.", "Please don't let the board be the reason Target Co misses the EU window."],
    ["internal.", "Hi Ben,\n\nWe cover all three states (TBD which one for NM — ask Sam).\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe pilot would start in June (she mentioned budget freezes til Q3 on our last call — don't bring up pricing).\n\nTama"],
    ["internal.", "Hola Ana,\n\nTe escribo por la propuesta.\n\nLuis, revisa si este contacto ya lo tenía Marisol antes de enviarlo.\n\nSaludos,\nTama"],
    ["internal.", "Versión en español, tono cordial, menciona la integración con la TSS.\n\nHola Ana,\n\nTe escribo por la propuesta.\n\nSaludos,\nTama"],
    ["internal.", "Selam Ato Bekele,\n\nThe quote is attached.\n\nዳዊት፣ ዋጋውን ከመላኬ በፊት አረጋግጥልኝ።\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nXasan — fadlan ii hubi tirada bakhaarrada ka hor intaanan dirin.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe price is 4,200 per site (pricing from the old sheet — update).\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nKumbuka kuondoa sentensi kuhusu benki kama hawajathibitisha benki yao.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nAline, banza urebe igiciro mbere yo kohereza.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nዮናስ፡ ቅድሚ ምልኣኽና ዋጋ ኣረጋግጽ።\n\nTama"],
    ["claim.", "With roughly 450 caregivers on payroll at Target Co, even a few minutes saved per timesheet adds up to days every pay period."],
    ["claim.", "With Target Co behind on payroll a couple of times this year, I thought it might be worth a conversation about what's slowing it down."],
    ["claim.", "Target Co has doubled its caregiver roster in the last year, and in my experience that's exactly when spreadsheets stop keeping up."],
    ["claim.", "Congratulations on the funding round Target Co closed last month — that's a big milestone for an agency your size."],
    ["claim.", "For a team of 350 like yours at Target Co, the savings add up."],
    ["claim.", "Waxaan maqlay in Target Co ay dhowaan heshay maalgelin cusub."],
    ["claim.", "Twumvise ko Target Co yabonye umuyobozi mukuru mushya."],
    ["claim.", "With Target Co about to take over the Berbera warehouse operation, I thought you might want a look."],
  ]);
});

describe("fifty-fourth session, fourth round (NBI-NBN) and probes of Finnish, Estonian, Latvian and Lithuanian notes: internal-note labels in twenty languages, don't mention the discount, copy someone in, a draft on hold; Spanish, Urdu, Nepali, Arabic and Bengali pressure; a blank name the writer couldn't find; a paper's news read in Turkish, a subject's list joined by another language's 'and'", () => {
  shapes([
    ["internal.", "Thanks again for the call. A short recap below (drafted from my notes with our AI assistant, and checked by me before sending):\n\n- Pilot in June"],
    ["tone.", "Thank you for inviting us.\n\n1. THE PROBLEM AS YOUR TEAM DESCRIBED IT\nIn the meeting, your gate supervisor described morning peaks."],
    ["claim.", "Merhaba Kerem Bey,\n\nDünya Gazetesi'nde Target Co'in yeni rıhtımının dün resmi olarak açıldığını okudum. Tebrik ederim!"],
    ["placeholder.", "STILL OPEN\n- Should Ro-Ro trailers be included from day one? (Your team to decide)"],
    ["tone.", "Diocesan price: €180 per month.\n\nPlease treat this pricing as confidential between the diocese and Unapool, as it isn't our published rate."],
    ["recipient.", "Thanks for the call.", "Ceol, córacha agus cláir ama"],
  ], [
    ["internal.", "Tere Mari,\n\nHinnapakkumine on lisatud.\n\nKontrolli hind enne saatmist üle, Jaan.\n\nTerviseid,\nTama"],
    ["internal.", "Labdien, Līga,\n\nPiedāvājums ir pielikumā.\n\nPārbaudi cenu pirms nosūtīšanas!\n\nAr cieņu,\nTama"],
    ["internal.", "Hei Mikko,\n\nTarjous on liitteenä.\n\nTarkista hinta ennen lähettämistä.\n\nTerveisin,\nTama"],
    ["internal.", "Hei Mikko,\n\nTarjous on liitteenä.\n\n(Sisäinen huomio: asiakas on maksanut myöhässä, älä anna alennusta.)\n\nTerveisin,\nTama"],
    ["internal.", "Tere Mari,\n\nPakkumine on lisatud.\n\n(Sisemine märkus: ära maini allahindlust.)\n\nTama"],
    ["internal.", "Labdien, Līga,\n\nPiedāvājums ir pielikumā.\n\n(Iekšēji: nepiemini atlaidi, klients maksā vēlu.)\n\nTama"],
    ["internal.", "Laba diena, Rasa,\n\nPasiūlymas prisegtas.\n\n(Vidinė pastaba: neminėk nuolaidos.)\n\nTama"],
    ["internal.", "Hei Mikko,\n\nTarjous on liitteenä.\n\nMuista laittaa Anna kopioksi ennen kuin lähetät.\n\nTama"],
    ["internal.", "Tere Mari,\n\nPakkumine on lisatud.\n\nÄra unusta Jüri koopiasse lisada.\n\nTama"],
    ["internal.", "Labdien, Līga,\n\nPiedāvājums ir pielikumā.\n\nJānis, lūdzu pārbaudi, vai cena ir pareiza, pirms sūtām.\n\nTama"],
    ["internal.", "Laba diena, Rasa,\n\nPasiūlymas prisegtas.\n\nTomai, prašau patikrinti kainą prieš išsiunčiant.\n\nTama"],
    ["internal.", "Hei Mikko,\n\nTarjous on liitteenä.\n\nLUONNOS – älä lähetä ennen kuin Pekka hyväksyy.\n\nTama"],
    ["internal.", "Tere Mari,\n\nPakkumine on lisatud.\n\nMUSTAND – ootab juhi kinnitust.\n\nTama"],
    ["internal.", "Labdien, Līga,\n\nPiedāvājums ir pielikumā.\n\nMELNRAKSTS – gaida vadītāja apstiprinājumu.\n\nTama"],
    ["tone.", "I've sent a few notes now and I know you're busy, but a one-line reply either way would be the courteous thing."],
    ["tone.", "Con las auditorías que están haciendo este año, no me gustaría que a Target Co la agarraran sin control de lotes."],
    ["tone.", "Le dediqué bastante tiempo a preparar esta propuesta para Target Co, así que me sorprendió un poco no recibir ni un acuse de recibo."],
    ["tone.", "I'll keep this simple, since software decisions aren't usually the warehouse side's strong suit."],
    ["tone.", "I've pencilled you in for 10am Thursday; if that doesn't work, it may be a few months before I can fit Target Co in again."],
    ["tone.", "Our implementation team is booked through spring, and I've only been able to hold one slot for Target Co until Wednesday."],
    ["tone.", "Sé que estos temas de sistemas pueden ser un poco complicados para una empresa familiar, así que lo voy a explicar con palabras sencillas."],
    ["tone.", "Entiendo que está muy ocupado, aunque supongo que no tanto como para no poder contestar un correo de dos líneas."],
    ["tone.", "Nearly every large IPP in the state has moved to automated work orders by now, so this is really about whether Target Co wants to keep up."],
    ["tone.", "آپ کے تقریباً تمام حریف پہلے ہی ہمارے سسٹم پر منتقل ہو چکے ہیں، آپ پیچھے رہ جائیں گے۔"],
    ["tone.", "यो छुट यो महिनाको अन्त्यसम्म मात्र हो, पछि कुनै हालतमा पाउनुहुन्न।"],
    ["tone.", "هذا العرض متاح فقط لأول ثلاث شركات توقّع هذا الشهر، وقد وقّعت شركتان بالفعل."],
    ["tone.", "এই মূল্য শুধু এই সপ্তাহের জন্য, এরপর আর কোনোভাবেই পাওয়া যাবে না।"],
    ["internal.", "Hola Ana,\n\nPara agendar: pegar aquí el link del calendario de Lucía\n\nSaludos,\nTama"],
    ["internal.", "Hola Ana,\n\n[Cambiar a usted si es la dueña]\n\nTe escribo por la propuesta.\n\nSaludos,\nTama"],
    ["internal.", "Hi [first name — couldn't find it on LinkedIn],\n\nI'm writing about stock.\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\nبلال بھائی، قیمت ابھی فائنل نہیں ہوئی، بھیجنے سے پہلے عثمان سے چیک کر لیں۔\n\nTama"],
    ["internal.", "Hi Ben,\n\nThe brochure is attached.\n\n(ঢাকার ক্লায়েন্টদের জন্য বাংলা ভার্সনটা পাঠাও, ইংরেজিটা না)\n\nTama"],
    ["claim.", "I'm aware Target Co has been struggling with delayed payments from the utility, so a pay-per-site plan may help."],
    ["claim.", "معلوم ہوا ہے کہ Target Co نے اس سال اپنی فیلڈ ٹیم دوگنی کر لی ہے۔"],
    ["claim.", "Following Target Co's green bond issue last quarter, I imagine new sites are coming."],
    ["claim.", "Con la nueva sucursal que Target Co abrió en David, Chiriquí, imagino que el manejo de inventario se ha vuelto más complejo."],
  ]);
});

describe("fifty-fourth session, fifth round (NBO-NBT): condescension kept 'very basic', disappointment at a missed call, time invested, a finding that will 'never' happen again; Japanese, Korean, Chinese, Cebuano and Tagalog pressure; Korean, Japanese, Chinese and Malay notes; news from what I understand, a new role, a designation; an urgent question answered 'No', a checklist's empty box, a longer version for the reader's IT team", () => {
  shapes([
    ["tone.", "Not urgent, just a heads-up so nothing surprises your team.", "URGENT? No, just a heads-up about planned maintenance"],
    ["tone.", "CONTRACT\n- 12 months, renewing annually, 60 days' notice to cancel\n- Price increases only at renewal, with 90 days' notice"],
    ["internal.", "TL;DR: yes, it syncs both ways.\n\nLonger version, in case your IT team asks:\n- Connection uses standard OAuth consent."],
    ["internal.", "You asked for something short you could forward to the committee. Here's an FAQ. Please edit it however you like."],
    ["placeholder.", "Checklist:\n[✔] Simulation IPs allow-listed\n[  ] Staff announcement: your draft is with Internal Comms, awaiting approval\n[  ] Baseline simulation scheduled."],
    ["internal.", "Security questions answered below.\n\nNote: we do not hold ISO 27001 certification."],
    ["recipient.", "Here is the link you asked for.", "Ħabib, hawn il-link li tlabt"],
  ], [
    ["claim.", "Target Co missed its last two quarterly targets, so I expect every cost line is under review right now."],
    ["tone.", "本日中にご返信いただけない場合、この特別価格はお約束できかねますので、ご了承ください。"],
    ["tone.", "I've kept the explanation very basic, since I know procurement teams don't always follow the engineering side."],
    ["internal.", "Hi Ben,\n\nThe figures are below.\n\n[박 과장님: 이 부분 숫자 확인 부탁드립니다]\n\nTama"],
    ["tone.", "I did rearrange my schedule to fit in last week's call, so I was a little disappointed not to see you join."],
    ["tone.", "구매팀에서는 이해하기 어려우실 수 있으니 기술팀에 전달만 해 주셔도 됩니다."],
    ["internal.", "以下、敬語を強めにしたバージョンです。\n\nTarget Co 御中\n\nいつもお世話になっております。"],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\n（這段要問 Jason 可不可以給這個折扣）\n\nTama"],
    ["tone.", "如果這週五前沒收到您的回覆，我們就會把這個試用名額轉給其他廠商。"],
    ["tone.", "이번 달 말까지 회신 주시지 않으면 이 조건은 더 이상 제공해 드리기 어렵습니다."],
    ["tone.", "Given how quickly implementation slots are filling for Q3, it would be best to confirm this week if you want to be included."],
    ["internal.", "Hi Ben,\n\nThe quote is attached.\n\n(Nota: tanya Aisyah sama ada mereka guna SAP atau Oracle)\n\nTama"],
    ["tone.", "A quick yes or no is all I need — and if it's a no, I'd appreciate knowing why, since we've invested a fair amount of time here."],
    ["internal.", "Hi Ben,\n\nMost sites need six technicians (Marcus says more like ten, but let's go with six).\n\nTama"],
    ["tone.", "With Oldshoremore in place, Target Co will never have a rostering finding at accreditation again."],
    ["claim.", "听说Target Co今年的护士流失率已经超过20%，所以想跟您聊聊。"],
    ["tone.", "Frankly, nurses notice which hospitals still make them swap shifts over WhatsApp, and it doesn't reflect well on leadership."],
    ["claim.", "From what I understand, Target Co's agency nursing spend went past $4 million last year."],
    ["tone.", "Katapusang higayon na gyud ni para sa promo nga presyo, Ma'am – human sa Biyernes, wala na kini."],
    ["tone.", "I appreciate rostering software can be a lot to get your head around, so I've kept the answers below as simple as I possibly can."],
    ["claim.", "I believe you started as Target Co's Director of Nursing only last month – welcome."],
    ["claim.", "Now that Target Co has signed off on the new EBA with the 5% pay rise for nurses, rosters will tighten."],
    ["tone.", "Kawawa naman po yung mga nurses ninyo na laging naka-double shift, sana po maisip ninyo rin sila bago matapos ang taon."],
    ["claim.", "With Target Co's nurse turnover sitting at around 25%, I suspect this is something you're already looking at."],
    ["claim.", "Alam ko pong kakapalit lang ng bagong President ng Target Co noong nakaraang buwan."],
    ["tone.", "Sana po makapag-decide kayo bago mag-30, kasi after that wala na po yung discount at baka mapunta na sa ibang hospital yung implementation slot natin."],
    ["tone.", "As I mentioned in my previous email (which I suspect you may not have had a chance to read properly), the pilot is free."],
    ["claim.", "And congratulations on Target Co receiving Magnet designation – I imagine that's been keeping everyone busy."],
    ["tone.", "No worries about missing yesterday's call – I know some people find it easier not to show up than to say no."],
  ]);
});

describe("fifty-fourth session, sixth round (NBU-NBZ): landing on the reader's desk, 'any of my notes', who else could decide; Korean and French pressure, a French guarantee of a rise; checks, warnings and a price floor left in brackets; Russian and Haitian Creole news; French spacing before ';', 'URGENT? Not at all', a vendor question about price rises, an attachment pointed to in brackets", () => {
  shapes([
    ["placeholder.", "Suite à notre échange, les modalités :\n- durée : 3 mois ;\n- jusqu'à 4 pharmacies ;", "Nouveau siège, nouveaux outils ?"],
    ["tone.", "Ha, your subject line made me smile, but it's not urgent on our side, promise.", "URGENT? Not at all. Just an answer to your question"],
    ["tone.", "Questions to ask any vendor:\n2. PRICE INCREASES. How much can the price go up at renewal? (With us: capped at CPI + 3% per year.)"],
    ["placeholder.", "Thanks for the screenshot [attached again below for reference]. The red warning is Knockan checking your input."],
    ["claim.", "- A partner discount of 15% on licences\n\nI understand that may not be enough for what Target Co has in mind. If so, I'd rather say that now."],
    ["recipient.", "Kamusta! It was great meeting you in Brisbane.", "Kamusta, Jerome!"],
  ], [
    ["tone.", "If one of those audits hits before your reconciliation process is cleaned up, it's going to land on your desk, not your controller's."],
    ["tone.", "Since you haven't had a chance to respond to any of my notes, I'll keep this one short and simple for you."],
    ["tone.", "이미 주변 건물주분들은 거의 다 도입하셨는데, 이사님만 아직 결정을 안 하신 것 같아서요."],
    ["internal.", "Hi Ben,\n\nWe manage your portfolio (check - is it 14 or 41 buildings?) today.\n\nTama"],
    ["internal.", "Hi Ben,\n\nGreat to meet you at the booth (he's the one who gave Kevin a hard time at the booth, be nice).\n\nTama"],
    ["internal.", "Hi Ben,\n\nThanks.\n\n지난번 통화 때 경쟁사 견적 받았다고 함 - 가격 조정 여지 있음, 팀장님께 보고 후 진행\n\nTama"],
    ["claim.", "Я знаю, что Target Co сейчас испытывает финансовые трудности из-за высокой доли пустующих площадей."],
    ["claim.", "Mwen tande Target Co fèk anboche yon nouvo direktè finans ki soti Boston."],
    ["tone.", "Not sure who else at Target Co would be able to make this call if you can't, but I'd be grateful for a pointer."],
    ["tone.", "Je vous garantis que vos taux de renouvellement vont grimper dès le premier mois."],
    ["tone.", "Les places pour le pilote partent très vite, je vous conseille vivement de ne pas tarder à vous décider."],
    ["internal.", "Hi Ben,\n\nPrices below.\n\nPricing above is the floor — Karim approved going no lower.\n\nTama"],
    ["internal.", "Hi Ben,\n\nOur customers renew 12% more [ATTN Élodie: the 12% figure is from the old deck, update].\n\nTama"],
    ["claim.", "As Target Co closes its two Liège branches, reminders could help patients who move to your other pharmacies."],
    ["claim.", "With 1.2 million loyalty cardholders, Target Co already has one of the largest audiences of any pharmacy group in France."],
    ["placeholder.", "Teams like ; usually cut review time in half."],
  ]);
});
