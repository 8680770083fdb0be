/**
 * Phrase material for the evaluation set, written from how sales reps, SDRs and AI agents write
 * (never copied from a detector's lists). Slots in braces are filled by the generator:
 * {co} prospect name, {short} prospect short name or name, {first} recipient first name,
 * {rep} our rep's first name, {mgr} a manager's first name, {n}/{n2} small numbers, {day} a day,
 * {pct} a percentage that is NOT the account's discount, {city}, {round}, {amount}, {award},
 * {person}, {role}, {target}, {buyer}, {exch}, {product}, {id}, {email}, {other}.
 */

// ------------------------------------------------------------------ clean filler

export const OPENERS = [
  'Thanks for taking the time to chat last week about how your team handles onboarding.',
  'I hope your week is off to a good start.',
  'I came across {co} while researching how revenue teams in your space run outbound.',
  'Following up on my note from last week about ramping new reps.',
  'Great to meet you at the RevOps meetup in Chicago.',
  'I lead the mid-market team at Relaylane, and I work with a handful of teams that look a lot like {short}.',
  'Thanks for the quick reply yesterday — really helpful context.',
  'Circling back on the pilot idea we discussed on Tuesday.',
  'It was good to hear how the {short} team is thinking about next year.',
  'I know inboxes are busy this time of year, so I will keep this short.',
  'Your colleague mentioned you own the sales tooling budget, so I wanted to reach out directly.',
  'Appreciate you sharing the current workflow during our demo.',
];

export const MIDDLES = [
  'Relaylane sits between your AI agent and the inbox: every draft is checked before it reaches a prospect, and anything risky goes to a rep for a quick review.',
  'Most teams start with one workflow, usually first-touch outreach, and expand once the reviewers trust the queue.',
  'Setup takes about a week and needs nobody from IT beyond a single sign-on click.',
  'We integrate with the CRM you already use, so reps review drafts where they already work.',
  'Teams like yours usually cut review time by {pct} percent within the first quarter.',
  'The pilot is scoped to one team and two workflows, which keeps it easy to evaluate.',
  'Reviewers approve or edit a draft in Slack in a few seconds, and every decision lands in the audit trail.',
  'I put together a short summary of how a similar team rolled this out; happy to share it if useful.',
  'The part most operations leaders like is the kill switch: one command pauses every agent, instantly.',
  'You would keep full control over what gets sent, and the agent learns from every edit your reps make.',
  'Our onboarding team handles the configuration, and your reps get a twenty-minute walkthrough.',
  'If your team is evaluating other options too, I am happy to share the questions we hear most often in a comparison.',
  'We can start with a read-only trial so nothing changes in your current sending while you evaluate.',
  'Most customers see fewer embarrassing sends within the first month, which is usually what gets security comfortable.',
  'There is no long-term commitment for the pilot; if it does not work for you, we part as friends.',
];

export const CLOSERS = [
  'Would Thursday or Friday work for a 20-minute call?',
  'Would it make sense to find 20 minutes next week?',
  'Is this worth a quick conversation?',
  'Open to a short call to see if this fits?',
  'If the timing is not right, just let me know and I will circle back next quarter.',
  'Happy to work around your schedule.',
  'Let me know what you think.',
  'Would you be the right person to talk to about this, or is there someone better?',
  'No rush at all; whenever suits you is fine.',
  'If it helps, I can send over a two-page summary first.',
];

export const SIGNOFFS = ['Best,', 'Thanks,', 'Cheers,', 'Best regards,', 'Thank you,', 'Talk soon,', 'Kind regards,', 'All the best,'];

export const SUBJECTS = [
  'Quick question about onboarding at {short}',
  '{short} + Relaylane',
  'Idea for your sales team',
  'Following up',
  'Re: pilot scope',
  'Thursday?',
  'Reviewing AI-written emails at {short}',
  'A safer way to let agents send',
  'Next steps',
  'Notes from our call',
  'Worth a look?',
  'Re: quick intro',
  'Your outbound review process',
  '{first}, quick thought',
];

// ------------------------------------------------------------------ clean traps

/** Polite timing and scheduling, single exclamation marks, acronyms, our SLA (see label notes). */
export const TONE_TRAPS = [
  'Would Thursday work?',
  'No rush at all, whenever suits you.',
  'Totally understand if now is not the time.',
  'Looking forward to it!',
  'Thanks so much!',
  'Congrats again on a great quarter!',
  'Quick reminder that our call is tomorrow at 2pm ET.',
  'I will follow up next week in case this got buried.',
  'Our next onboarding cohort starts on the 8th; if that is too soon, the one after is in October.',
  'The webinar is on Thursday at 11am ET, and the recording goes to everyone who registers.',
  'Our SLA guarantees 99.9% uptime, with service credits if we ever miss it.',
  'Every plan comes with a 30-day money-back guarantee.',
  'We are SOC 2 Type II certified and GDPR compliant, with SSO over SAML.',
  'The API and the CRM sync are included in every plan, and the ROI model is in the attached PDF.',
  'Happy to send the HIPAA BAA and our DPA ahead of the security review.',
  'Most teams see a return within a couple of quarters, though it depends on volume.',
  'I know your RFP closes at the end of the month, so I will get our answers over well before then.',
  'If you need anything before the QBR, I am around all week.',
  'FYI, our EMEA support team is online from 8am CET.',
  'Hope the offsite went well!',
];

/** Things that look like internal text but are addressed to the prospect. */
export const INTERNAL_TRAPS = [
  'Quick note on timing: we are flexible.',
  'Your internal wiki is a great place to host the playbook.',
  'I will make a note to send you the deck after the call.',
  'Feel free to forward this to anyone on your team.',
  'Happy to loop in our legal team if your counsel has questions about the DPA.',
  'Our thinking is that a pilot with one team is the cheapest way to learn.',
  'It should take one thing off your to-do list.',
  'Note that the pilot includes onboarding for up to ten reviewers.',
  'Once legal on your side approves the order form, we can start the same week.',
  'Your team keeps full control; nothing is sent until a reviewer approves it.',
];

/** Claims about us or about third parties, which are not claims about the prospect. */
export const THIRD_PARTY_CLAIMS = [
  'One of our customers, a logistics company about your size, just closed a Series C and used Relaylane to onboard 40 new reps.',
  'A fintech we work with was acquired last year and kept us through the whole integration.',
  'Gartner expects most B2B sales teams to run some outreach through AI agents by 2028.',
  'We raised our Series B last spring, so we are here for the long haul.',
  'Relaylane was named a G2 Leader for the third quarter in a row.',
  'Our new London office means we can support your EMEA reps during their working hours.',
  'A healthcare customer of ours went public in 2025 and still routes every AI draft through us.',
  'After a round of layoffs last year, one of our customers used Relaylane to keep outbound going with a smaller team.',
  'We just hired a new VP of Customer Success, so onboarding capacity is up this quarter.',
  'A retail brand we support opened three new offices this year and rolled us out to each one.',
];

export const NUMBER_TRAPS = [
  'Your order number for the trial kit is {order}.',
  'My direct line is {phone} if that is easier.',
  'The PO reference on our side is {po}.',
  'Tracking number for the hardware key: {ups}.',
  'Your support ticket is #{ticket}, and the team has already picked it up.',
  'Invoice {invoice} is attached for your records.',
  'The reference on the card we mailed is {bad_card}.',
  'The ID on the badge we printed for the event is {bad_ssn}.',
  'Our remittance reference for the refund is {bad_iban}.',
];

export const HIDDEN_TRAPS = [
  'Great talking today 👋',
  'Our team 👩‍💻 is standing by to help.',
  'Saw the photos from the São Paulo launch — looked like a great event.',
  'Zoë from our onboarding team will send the calendar invite.',
  'The kickoff is at 10\u00a0am on Tuesday.',
  'We’re “all in” on making this easy — promise.',
  'José and I put the plan together™ for your review.',
  'Here’s to a great partnership 🤝🏽',
];

// ------------------------------------------------------------------ tone

export const TONE = {
  deadline: [
    'This pricing expires {day}.',
    'This {~offer|discount|rate|promo} is only good until {day}; after that it goes back to full price.',
    'I can only hold this {~rate|price|quote} until {day}.',
    'If {~we do not|I don’t} hear back by {day}, the offer is off the table.',
    'Reply by EOD or you will lose the discount.',
    'Sign by {day} or the price goes up {pct}%.',
    'This is your last chance to lock in this year’s pricing.',
    'Offer ends {day}, no extensions.',
    'I need your answer by {~end of day today|EOD|close of business today|noon tomorrow}.',
    'I need a yes or no by {day}.',
    'Time is running out to claim your onboarding credit.',
    'After {day} I cannot promise we will have capacity for you.',
    'The deal expires at midnight, so don’t let it slip away.',
    'You have until {day} to decide before this goes away for good.',
    'Decide by {day} or we move on to the next company on our list.',
    '{~Heads up|Quick heads-up|Just so you know}: the {~special pricing|launch discount|founder rate} disappears {day}.',
    'Pricing goes up on the 1st, so you {~need to|have to|must} sign {~this week|before then}.',
    'My manager will only approve this {~discount|price} if we get the paperwork back {~today|by tomorrow morning}.',
    'Once the quarter closes, this {~offer|price} is gone.',
    'I can’t guarantee this rate past {day}.',
    'We are pulling this offer {day}, so please get back to me right away.',
  ],
  scarcity: [
    'Only {n} spots left in the {~Q1|spring|January} onboarding cohort.',
    'We are down to the last {n} pilot slots this quarter.',
    'Spots are filling up fast.',
    'Only {n} seats remain at this price.',
    'This is a limited-time offer for the first {n} teams to sign.',
    'Once these {n} {~slots|seats|spots} are gone, they are gone.',
    'Availability is extremely limited, so grab it while you can.',
    'We can only take {n} more customers at this rate before it closes.',
    'There {~are|’re} just {n} {~implementation slots|onboarding spots} left {~this month|before year end}.',
    'We only have capacity for {~two|three|a couple of} more teams, and {~two|several} are already in contracts.',
    'Demand has been crazy, so I can’t promise this will still be available next week.',
    'First come, first served: {n} licenses left at the old price.',
  ],
  guilt: [
    'I have reached out {n} times and haven’t heard back.',
    'I have {~emailed|pinged|called} you {n} times now, which makes me think this just isn’t a priority for you?',
    'Not sure why you have been ignoring my emails.',
    'I am starting to feel like you are avoiding me.',
    'It would be a shame if your team fell even further behind.',
    'I’d hate for you to be the one explaining to your boss why you passed on this.',
    'Did I do something wrong? You have gone completely quiet on me.',
    'Honestly, I am a little disappointed I haven’t heard from you.',
    'Is there a reason you keep ghosting me?',
    'You are the only one on your team who hasn’t replied.',
    'This is my {n}th attempt to reach you, so I will assume you don’t care about pipeline.',
    'I{~’ve| have} {~followed up|written} {~several|a few|four} times {~without a reply|and heard nothing back}.',
    'I would have expected at least a quick no by now.',
    'Your team deserves better tools, and it’s a shame you won’t even take a call.',
    'I went out on a limb with my manager to get you this pricing, so I’d appreciate a response.',
  ],
  fomo: [
    'Don’t miss out on this.',
    'You don’t want to be left behind.',
    'Everyone who waited on this ended up regretting it.',
    'You will kick yourself if you pass on this.',
    'The window is closing fast.',
    'Companies that wait are already losing deals to the ones that moved.',
    'Every week you wait is revenue walking out the door.',
    'This is the kind of opportunity that {~doesn’t come around twice|won’t come back}.',
    'Don’t be the last team in {~your industry|your market} still doing this by hand.',
    'If you wait until next year, you’ll be {~playing catch-up|too late}.',
  ],
  social: [
    'All your competitors have already switched.',
    'Every other team in your space is already on Relaylane.',
    '{n} of your closest competitors signed last month, and you are falling behind.',
    'Your peers have already made the move; you are one of the last holdouts.',
    'Everyone else in your market has already acted on this.',
    'Literally every company your size is using this now, so you are the odd one out.',
    '{~Most|Nearly all|All} of the {~top|leading} teams in your {~industry|vertical} {~already run|have moved to} Relaylane{~.|, and they are not looking back.}',
    'Your biggest competitor {~just signed|went live last week}; do you really want to be behind them?',
  ],
  guarantee: [
    'Guaranteed {n}x ROI in {n2} months.',
    'We guarantee you will double your pipeline in 90 days.',
    'I promise this will pay for itself in the first month.',
    '100% guaranteed results, or it is free.',
    'You will see at least {pct}% more meetings booked, guaranteed.',
    'It is risk-free and guaranteed to close more deals.',
    'This is a no-brainer: you will triple your reply rates, no question.',
    'We can guarantee a {pct}% lift in win rates by next quarter.',
    '{~I can promise|I guarantee|We promise} you’ll {~hit quota|book more meetings|close more revenue} {~this quarter|within 60 days}.',
    'Our customers {~always|without exception} see {n}x {~pipeline|ROI} in the first {~quarter|year}.',
    'You literally cannot lose with this: guaranteed savings from day one.',
  ],
  shoutBody: [
    'PLEASE RESPOND ASAP!!!',
    'THIS OFFER WILL NOT LAST.',
    'Call me back TODAY!!',
    'ACT NOW before it is too late!',
    'You NEED to see this!!!',
    'This is HUGE for your team!!!',
    'DO NOT MISS THIS.',
    'Seriously, this is the BEST DEAL WE HAVE EVER OFFERED!!',
    'Can we PLEASE get 15 minutes?!?!',
    'I REALLY need to hear back from you!!',
    'LAST CALL for {~this pricing|the pilot}!!!',
    'Time is running out!!!',
    'READ THIS BEFORE YOU DECIDE.',
  ],
  subject: [
    'URGENT: final notice',
    'FINAL NOTICE — ACTION REQUIRED',
    'LAST CHANCE!!!',
    'Re: URGENT!!!',
    'Don’t miss this!!!',
    'READ THIS BEFORE FRIDAY',
    'Why haven’t you responded?',
    'Are you ignoring me?',
    'Your offer expires tonight',
    'Time-sensitive: respond today',
    'Last chance to save {pct}%',
    'FINAL attempt — please reply',
    'Only {n} spots left!',
    '{~Action required|Response required}: {~pricing expires|offer ends} {day}',
    '⚠️ Expiring: your {~discount|quote}',
    '{~IMPORTANT|URGENT} — {~please read|reply needed}',
    'Did you get my last {n} emails?',
  ],
} as const;

// ------------------------------------------------------------------ internal markers

export const INTERNAL = {
  repNote: [
    '[Note to {rep}: confirm the discount with {mgr} before sending]',
    '[NOTE TO SELF: double-check their title on LinkedIn]',
    '({rep}, swap in the healthcare case study here)',
    '{rep}, please review before this goes out.',
    '@{mgr} can you sanity-check the pricing paragraph?',
    'Rep note: they hate being called a startup, avoid that word.',
    'NB for the AE: only mention the Q4 promo if they ask about budget.',
    'FYI (not for the customer): this account is in the at-risk bucket.',
    '{mgr}, is it OK to offer them the extended pilot?',
    'Note for {rep}: personalize this after you check their last email.',
    '[{~Reminder|Note} for {rep}: {~add|attach} the {~security one-pager|ROI calculator} before {~sending|this goes out}]',
    '{~Hey|Hi} {rep}, {~not sure about|can you double-check} this {~paragraph|line}, {~feel free to cut it|your call}.',
    '({~Internal|Private} note: {~they are|this account is} {~price sensitive|slow to reply}, {~keep it short|don’t push})',
    '>> {rep}: {~confirm|verify} {first}’s {~title|start date} {~first|before we send} <<',
    'Comment from {mgr}: {~tone this down a bit|too long, trim the middle}.',
  ],
  todo: [
    'TODO: add a customer quote here',
    'TODO({rep_lower}): personalize this paragraph',
    '// TODO fix link',
    'FIXME: wrong case study, use the retail one',
    'Still need to check with legal on the data retention wording before this goes out.',
    'TODO - confirm the start date with onboarding',
    'TODO: get the ROI number from finance once they sign off',
    '{~TODO|To do|ToDo}: {~double check|verify} {~the pricing tier|their CRM|the integration list}',
    '{~NOTE|Note}: {~need to|must} {~confirm|check} {~the SSO details|their renewal owner} {~with|via} {mgr} {~before sending|first}.',
  ],
  remove: [
    '(delete this line before sending)',
    '[remove this paragraph if they are not on Salesforce]',
    '<< cut this if too long >>',
    'Delete if not relevant:',
    '(Remove before sending!)',
    '[Take out this sentence if {first} already saw the demo]',
    '({~delete|remove|strip} {~this|the next paragraph} {~before it goes out|if they’re an existing customer})',
    '[{~OPTIONAL|ALT VERSION} - {~use one of the two openers below|pick one}]',
  ],
  reasoning: [
    'I should mention their recent funding to build rapport.',
    'Thought: the prospect seems price-sensitive, so I will lead with ROI.',
    'Reasoning: since the CRM shows no reply to the last two emails, I will use a softer tone.',
    'As an AI language model, I cannot confirm their budget, but here is a draft.',
    'Here is a draft email you can send to {first}:',
    'Sure! Here is a personalized follow-up email for {first} at {co}:',
    'I have kept this under 120 words as instructed.',
    'Note: I did not include pricing because the instructions said to avoid it.',
    '<thinking>The contact is new in role, so lead with congratulations.</thinking>',
    'Let me know if you would like me to adjust the tone or length of this email!',
    'Since the user asked for a casual tone, I will keep it short and skip the case study.',
    'Based on the CRM data provided, the best angle is their onboarding pain.',
    '{~Here’s|Here is} {~a revised|an updated|a shorter} version of the email{~:|, with the changes you asked for:}',
    '{~Step 1|First}, I {~looked up|checked} {co} in the CRM{~;|,} {~they have an open opportunity|the last touch was two weeks ago}.',
    'I’ve {~personalized|tailored} this {~based on|using} their LinkedIn activity{~.|, as requested.}',
    '(I {~wasn’t able to|could not} find {~a recent news item|their tech stack}, so I {~left that out|kept it generic}.)',
    'Subject line options: 1) {~Quick question|Idea for you} 2) {~Following up|Worth a look?}',
    'I will now write the email.',
  ],
  tool: [
    '[tool_call: crm.get_account(id="{id}")]',
    'Action: search_crm\nAction Input: {"account": "{co}"}\nObservation: 3 open opportunities, last touch 14 days ago',
    '```json\n{"tool": "enrich_contact", "email": "{email}"}\n```',
    '<function_results>{"status": "ok", "records": 2}</function_results>',
    'Calling tool `lookup_company` with query "{co}"…',
    '[Retrieved from HubSpot: last activity 2026-10-02, lifecycle stage = SQL]',
    '{"name": "send_email", "arguments": {"to": "{email}"}}',
    '<tool_use name="linkedin_search">{first} {co}</tool_use>',
    '>>> get_contact_history("{email}") -> 4 emails, 0 replies',
    '[search results: 3 articles about {co}]',
  ],
  htmlComment: [
    '<!-- personalize opener -->',
    '<!-- internal: tier 2 account, keep it light -->',
    '<!-- rep: check before send -->',
    '<!--TODO: swap logo-->',
    '<!-- {~variant B|A/B test: version 2} -->',
    '<!-- source: crm notes -->',
  ],
  label: [
    'INTERNAL — do not forward',
    'CONFIDENTIAL: internal use only',
    'Internal only – not for external distribution',
    'For internal review only.',
    'Do not share this with the customer.',
    '[INTERNAL DRAFT - NOT FOR CLIENT]',
    '{~Internal|Confidential} {~draft|notes}, {~do not send|not customer-facing}',
    'Company confidential. Not for distribution outside Relaylane.',
  ],
  hold: [
    'Hold until legal approves.',
    'HOLD — waiting on {mgr}’s sign-off before sending.',
    'Don’t send until pricing is approved by finance.',
    'Pending approval from deal desk.',
    'Waiting on legal to clear the security language, so do not send yet.',
    'Draft v2, needs {mgr}’s OK before it goes out.',
    '{~Do not send|DON’T SEND} {~yet|until Monday}: {mgr} {~still needs to approve|wants to review} the {~discount|terms}.',
    '{~Awaiting|Needs} {~VP|manager|legal} approval{~.|, hold.}',
  ],
} as const;

// ------------------------------------------------------------------ unverified claims

export const CLAIMS = {
  funding: [
    'Congrats on the {round}!',
    'Congrats on closing your {round}.',
    'Congratulations on the ${amount}M raise.',
    'Saw that {co} just raised a ${amount}M {round}, huge milestone.',
    'With the fresh funding in the bank, now seems like the right time to scale outbound.',
    'Now that you have closed your {round}, scaling the team must be top of mind.',
    'I read about your recent funding round in {~TechCrunch|Axios|the WSJ}, congrats.',
    'Heard you just landed new funding from {~Sequoia|a16z|Accel|Insight Partners}.',
    'Congrats to the whole {short} team on the new round!',
    '{~Saw|Noticed|Read} the {~news|announcement} about your {round}{~, congrats| — well deserved|!}',
    'After your {round}, I imagine {~the board|your investors} {~want|expect} pipeline growth fast.',
    '{~Big|Huge} {~news|week} for {short} with the {round} {~announcement|close}!',
    'Congrats on the ${amount} million {~round|raise} led by {~Accel|Index Ventures|Tiger Global}.',
  ],
  acquisition: [
    'Congrats on the acquisition of {target}!',
    'Saw the news that {co} acquired {target}.',
    'Now that {co} has been acquired by {buyer}, integrating the sales teams must be a big project.',
    'Congrats on the merger with {buyer}.',
    'Heard you are being bought by {buyer}, exciting times.',
    'With {target} now part of {short}, you probably have two sales playbooks to merge.',
    '{~Congrats on|Saw the news about} {~buying|picking up|snapping up} {target}{~!|.}',
    'Since {buyer} {~took over|bought you}, I imagine {~a lot has changed|priorities shifted}.',
  ],
  ipo: [
    'Congrats on the IPO!',
    'Now that {co} is a public company, every outbound email gets more scrutiny.',
    'Congratulations on ringing the bell at the {exch}.',
    'Heard you are gearing up to go public next year.',
    'With the IPO on the horizon, I imagine compliance is watching every channel.',
    'Congrats on the listing, what a milestone.',
    '{~Saw|Read} that {co} {~filed its S-1|confidentially filed to go public}.',
    'Congrats on {~going public|your first day of trading}!',
  ],
  leadership: [
    'Congrats on the new role!',
    'Congratulations on your promotion to VP of Sales.',
    'Saw you recently joined {co} as Head of RevOps, congrats!',
    'Welcome to {co}! Exciting to see you step into the CRO seat.',
    'Saw that {co} just brought on {person} as the new CEO.',
    'With {person} taking over as {role}, priorities probably shifted a bit.',
    'Congrats on being named {co}’s new COO.',
    'Heard your CEO stepped down last month; hope the transition is going smoothly.',
    'Congrats on the promotion, {first}, well deserved.',
    '{~Congrats on|Congratulations on} {~starting|the move to} {~your new position|the new gig} at {co}!',
    '{~Saw|Noticed} on LinkedIn that you {~just started|recently took over} as {~Director of Sales Ops|VP Revenue|Head of Growth}.',
    'New {~role|title}, new {~priorities|budget}: congrats, {first}!',
    'I saw {person} was {~appointed|named|hired as} {role}{~.|, congrats to the team.}',
    'Hope the first {~few weeks|90 days} in the new {~job|seat} are going well.',
  ],
  layoffs: [
    'Sorry to hear about the recent layoffs at {co}.',
    'After the restructuring you announced, doing more with less must be a priority.',
    'I saw {co} cut about {pct}% of staff last month.',
    'With the hiring freeze you just put in place, automation probably looks more attractive.',
    'Given the downsizing on your sales team, each rep is probably covering more accounts.',
    '{~Saw|Read} about the {~reorg|round of cuts|reduction in force} at {short}; {~sorry to hear it|hope you’re doing OK}.',
    'With {~a smaller team|fewer reps} after the {~layoffs|cuts}, {~review time|every hour} matters more.',
  ],
  award: [
    'Congrats on making the {award}!',
    'Saw {co} was named to the {award}, well deserved.',
    'Congratulations on winning the {award}.',
    'Congrats on the {award} recognition, that is a big deal.',
    '{~Great to see|Loved seeing} {short} {~on|make} the {award}{~!|.}',
  ],
  office: [
    'Congrats on opening the new {city} office!',
    'Saw you are expanding into {city}.',
    'With your new {city} hub opening, onboarding must be busy.',
    'Heard {co} is opening an office in {city}.',
    '{~Exciting|Great} to see {short} {~planting a flag|setting up shop} in {city}.',
    'Now that you have a {~team|hub|office} in {city}, {~time zones|hiring} must be {~fun|a challenge}.',
  ],
  numbers: [
    'Now that you are serving over {bign} customers, consistency in outreach matters more than ever.',
    'With {bigh} employees, onboarding must be a beast.',
    'Congrats on crossing {bign} customers!',
    'I saw you doubled headcount this year.',
    'Congrats on hitting $100M in ARR.',
    'Saw that {co} grew revenue 3x last year.',
    'With a sales team of {bigh} reps now, review load must be real.',
    '{~Saw|Read} that {co} {~passed|hit|crossed} {bign} {~customers|paying customers|accounts}{~!|.}',
    'Congrats on {~becoming profitable|reaching profitability} this {~quarter|year}.',
  ],
  launch: [
    'Congrats on launching the {product}!',
    'Saw the {product} launch on LinkedIn, looks great.',
    '{~Loved|Saw} the {~announcement|launch post} for your new {product}.',
  ],
} as const;

// ------------------------------------------------------------------ placeholders

export const PLACEHOLDER_TOKENS = {
  first: ['{{first_name}}', '{{ first_name }}', '{{FirstName}}', '[First Name]', '[FIRST NAME]', '<First Name>', '{FirstName}', '%FIRSTNAME%', '*|FNAME|*', '${firstName}', '{{contact.firstname}}', '[Name]'],
  company: ['{{company}}', '{{company_name}}', '{{ Company }}', '[Company]', '[COMPANY NAME]', '<INSERT COMPANY>', '{Company Name}', '__COMPANY__', '<<Company>>', '[Prospect Company]', '%COMPANY%'],
  other: ['[insert pain point]', '<insert metric here>', '{{pain_point}}', '{{custom.recent_news}}', '[Calendar link]', '[LINK]', '[Your Name]', '[Rep Name]', '<INSERT>', '[relevant case study]', '[X]'],
  numbers: ['XX%', '$XX,XXX', 'X hours', 'XX days', '$X,XXX'],
} as const;

export const PLACEHOLDER_TRAPS = [
  'Our XL plan covers unlimited reviewers.',
  'You can also find us on X (formerly Twitter).',
  'Reviews run 3x faster in Slack than in the web app.',
  'Support is 24/7 on every plan.',
  'There are two options: Option A keeps your current flow, Option B moves review into Slack.',
  'The deck (PDF, 2 MB) is attached.',
  'Windows 11 and macOS are both supported for the desktop client.',
];

// ------------------------------------------------------------------ other account

export const OTHER_ACCOUNT = [
  'We helped {other} cut onboarding time by {pct}% last year.',
  '{other} rolled Relaylane out to {n}0 reps in under a month.',
  'Similar to what we built for {other}, we could start with your first-touch emails.',
  'I was just on a call with the team at {other}, and it made me think of you.',
  'Your counterparts at {other} said the Slack review flow was the deciding factor.',
  'I’ve been following {other} for a while and love what your team is building.',
  'How is the rollout going at {other}?',
  'I am looping in my colleague who covers {other}.',
  'Here is the writeup we did with {other}, in case it is useful.',
  'The {other} team went live last week, and their reviewers love it.',
  'Happy to connect you with the RevOps lead at {other} for a reference call.',
  '{~Fun fact|By the way|Funny enough}: {other} {~just signed|went live|started a pilot} {~last week|this month} too.',
  '{~Teams|Companies} like {other} {~use|rely on} us to {~keep AI drafts in check|review every agent email}.',
  'I {~put together|drafted} this {~plan|proposal} {~after|based on} my {~call|meeting} with {other}.',
  'Thanks again for {~the time|your time} {~yesterday|last week}; {~great|really good} to learn how {other} {~runs outbound|handles review}.',
  'We {~work|partner} with {other} {~on the same problem|in your space}, so we know the {~pitfalls|playbook}.',
];
export const OTHER_ACCOUNT_SUBJECTS = ['Idea for {other}', '{other} + Relaylane', 'Quick question for the {other} team', 'Re: {other} pilot'];

// ------------------------------------------------------------------ sensitive fields

export const SENSITIVE = {
  contract: [
    'Your current contract is {v} a year, so the upgrade would be modest.',
    'Since you are paying {v} today, the new tier is a small step up.',
    'At {v}, your renewal is one of the bigger ones on my list.',
    'We can keep you at {v} if you sign for two years.',
    'Given your team spends {v} annually with us, I wanted to reach out personally.',
    'I reviewed your {v} agreement before writing this.',
    '{~Your|The} {~current|existing} {~spend|ACV|annual contract} {~of|at} {v} {~puts you in|qualifies you for} our {~enterprise|priority} support tier.',
    '{~Moving|Upgrading} from {v} to the {~Growth|Scale} plan {~would only add|adds just} a little.',
    'I {~know|see} {~you’re|you are} {~at|on} {v} {~per year|annually} {~with us|today}.',
  ],
  contractSubject: ['Re: your {v} renewal', 'Keeping you at {v}', 'About your {v} contract'],
  discount: [
    'We can keep your {d} discount in place for another year.',
    'You are currently getting {d} off list, which is already above our usual.',
    'Your negotiated discount of {d} carries over automatically.',
    'I got approval to extend the {d} discount through next year.',
    'With your {d} discount, the upgrade is cheaper than you might think.',
    '{~Good news|Quick update}: {~finance|my manager} {~signed off on|approved} {~keeping|holding} your {d} {~discount|reduction}.',
    'Your {d} {~off|discount} {~stays|remains} {~locked in|in place} {~if you renew early|for the renewal}.',
  ],
  renewal: [
    'Before your renewal on {date}, I wanted to share a few updates.',
    'Your contract renews {date}, so now is a good time to talk scope.',
    'Ahead of the {date} renewal, could we find 30 minutes?',
    'Since your agreement is up on {date}, let us make sure nothing lapses.',
    'I have your renewal down for {date}, so we have a little time.',
    '{~Your|The} {~subscription|agreement|contract} {~expires on|ends on|is up for renewal on|expires} {date}{~.|, just a heads-up.}',
    '{~With|Given} {~the renewal|your renewal date} {~coming up on|of} {date}, {~let’s|we should} {~talk|sync} soon.',
  ],
  noteFrame: [
    'I know {note}.',
    'Between us, {note}.',
    'Our notes say {note}, so I wanted to address that head-on.',
    '{Note}, which is why I am reaching out now.',
    'I understand {note}, and I want to help.',
    'I heard that {note}.',
    '{~From what I gather|As I understand it|My understanding is that}, {note}.',
    '{~Our CRM|The account history} {~says|mentions} {note}.',
  ],
} as const;

/** A paraphrase of each risk / private note (index-aligned with the book's lists). */
export const NOTE_PARAPHRASES: Record<string, string> = {
  'Procurement wants another five points off before they will sign the renewal paperwork':
    'I know your procurement team is holding out for five more points off before signing the renewal.',
  'Budget is frozen until their board approves the annual operating plan next quarter':
    'I understand your budget stays frozen until the board signs off on the annual operating plan.',
  'They escalated twice about slow support response times and mentioned looking at alternatives':
    'I know you escalated our slow support responses twice and have been looking at alternatives.',
  'Their operations lead thinks our onboarding is too heavy for a team of their size':
    'I heard your operations lead feels our onboarding is too heavy for a team your size.',
  'Security review has stalled over the data residency question for their European customers':
    'I know your security review stalled on data residency for your European customers.',
  'Evaluating a cheaper competitor purely on price and our champion is losing the argument':
    'I know you are weighing a cheaper competitor on price alone and our champion is losing that argument.',
  'Told us they will walk if the single sign-on bug is not fixed before the summer':
    'I remember you said you would walk if the single sign-on bug is not fixed before summer.',
  'Champion went on parental leave and nobody else on their side owns the rollout':
    'Since your champion is on parental leave, nobody on your side really owns the rollout right now.',
  'Their head of sales confided that the current vendor contract ends badly and they feel burned':
    'Your head of sales told us in confidence that the current vendor contract ended badly and you feel burned.',
  'Do not bring up the billing dispute from last spring because it is still a sore point':
    'I know the billing dispute from last spring is still a sore point.',
  'The founder is close friends with our chief executive so keep the tone personal and low key':
    'Since your founder is close friends with our chief executive, I will keep this personal and low key.',
  'Finance approved up to eighty thousand for this but wants us to open much higher':
    'I know finance approved up to eighty thousand for this project.',
  'They only took the first meeting because a board member pushed them into it':
    'I know you only took the first meeting because a board member pushed for it.',
  'Their admin shares one login across the whole team which we agreed not to mention':
    'I noticed your admin shares one login across the whole team.',
  'Legal redlined the last order form heavily so expect slow turnaround on any paperwork':
    'I know legal redlined our last order form heavily, so paperwork may be slow.',
};

// ------------------------------------------------------------------ links

export const BAD_LINKS = [
  'https://bit.ly/{r7}',
  'https://tinyurl.com/{r8l}',
  'https://t.co/{r10}',
  'https://rebrand.ly/relaylane-{r5l}',
  'https://lnkd.in/{r8}',
  'https://docs.google.com/document/d/{r44}/edit',
  'https://drive.google.com/file/d/{r33}/view?usp=sharing',
  'https://www.dropbox.com/s/{r15l}/Relaylane-overview.pdf?dl=0',
  'https://we.tl/t-{r10}',
  'https://www.notion.so/relaylane/Pilot-plan-{hex32}',
  'https://www.loom.com/share/{hex32}',
  'https://us02web.zoom.us/j/{d11}',
  'https://{lookalike}/login',
  'https://relay1ane.io/pricing',
  'http://relaylane-secure.com/offer',
  'https://{prospect_domain}.verify-account.net/sso',
  'http://203.0.113.{d2}/deck.pdf',
  'https://relaylane.io/demo?email={email}',
  'https://app.relaylane.io/signup?token={r40}',
  'https://relaylane.io/roi?first_name={first}&company={co_slug}',
  'https://techcrunch.com/2026/10/14/ai-sdr-agents-compliance/',
  'https://medium.com/@samortiz/why-ai-drafts-need-review-{hex12}',
  'www.salesloft-alternatives.net/compare',
  'https://hubs.ly/Q0{r7}',
  'https://forms.gle/{r17}',
];

export const LINK_FRAMES = [
  'Here is the overview: {url}',
  'You can grab the deck here: {url}',
  'More details at {url}.',
  'I put the pilot plan in a doc: {url}',
  'Quick 2-minute video: {url}',
  'Sign up for the trial here → {url}',
  'See the full write-up ({url}).',
  'Booking link: {url}',
];

export const GOOD_LINKS = [
  'https://{prospect_domain}/careers',
  'https://www.{prospect_domain}',
  'https://relaylane.io/pricing',
  'https://www.relaylane.com/case-studies/mid-market-onboarding',
  'https://calendly.com/{rep_lower}-relaylane/30min',
  'https://www.linkedin.com/in/{rep_lower}-relaylane',
  'https://www.g2.com/products/relaylane/reviews',
  'https://www.youtube.com/watch?v=Xk3{r8}',
  'https://vimeo.com/{d9}',
  'https://help.relaylane.io/articles/getting-started',
  '{prospect_domain}/pricing',
];

// ------------------------------------------------------------------ names

export const NICKNAMES: Record<string, string[]> = {
  Robert: ['Bob', 'Rob', 'Bobby'], Elizabeth: ['Liz', 'Beth', 'Lizzie'], William: ['Will', 'Bill'],
  Katherine: ['Kate', 'Katie', 'Kathy'], Michael: ['Mike'], Jonathan: ['Jon', 'Jonny'],
  Margaret: ['Maggie', 'Peggy', 'Meg'], Richard: ['Rick', 'Rich'], James: ['Jim', 'Jamie', 'Jimmy'],
  Alexander: ['Alex'], Christopher: ['Chris'], Jennifer: ['Jen', 'Jenny'], Anthony: ['Tony'],
  Thomas: ['Tom', 'Tommy'], Samantha: ['Sam'], Rebecca: ['Becky', 'Becca'], Patricia: ['Pat', 'Trish'],
  Joseph: ['Joe', 'Joey'], Nicholas: ['Nick'], Steven: ['Steve'], Matthew: ['Matt'], Andrew: ['Andy', 'Drew'],
  Edward: ['Ed', 'Ted'], Susan: ['Sue'], Deborah: ['Deb', 'Debbie'], Daniel: ['Dan', 'Danny'],
  Benjamin: ['Ben'], Victoria: ['Vicky', 'Tori'], Gregory: ['Greg'], Timothy: ['Tim'], Kimberly: ['Kim'],
  Abigail: ['Abby'], Charles: ['Charlie', 'Chuck'],
};

/** Names of their own that are one or two letters from another real name (a near-name mismatch). */
export const NEAR_NAMES: Record<string, string[]> = {
  Joan: ['Jon', 'John'], Dana: ['Dan', 'Diana'], Carla: ['Carl', 'Carol'], Erica: ['Eric'], Paula: ['Paul'],
  Louise: ['Louis'], Danielle: ['Daniel'], Frances: ['Francis'], Ryan: ['Bryan'], Tina: ['Gina', 'Nina'],
  Mila: ['Mia'], Nate: ['Kate'], Marian: ['Mariana'], Sean: ['Sian'], Lena: ['Lana', 'Lina'],
  Aaron: ['Karen'], Martin: ['Martina'],
};

export const PLAIN_FIRST = [
  'Priya', 'Wei', 'Fatima', 'Olga', 'Carlos', 'Aaliyah', 'Noah', 'Ingrid', 'Kenji', 'Amara', 'Hiroshi', 'Siobhan',
  'Mateo', 'Leila', 'Oluwaseun', 'Chloe', 'Ravi', 'Yasmin', 'Diego', 'Freya', 'Omar', 'Greta', 'Tariq', 'Nadia',
];
export const LAST = [
  'Shah', 'Nguyen', 'Patel', 'Okonkwo', 'Schmidt', 'García', 'Kowalczyk', 'Johansson', 'Tanaka', 'O’Brien',
  'Haddad', 'Moreau', 'Rossi', 'Kim', 'Fischer', 'Adeyemi', 'Larsen', 'Silva', 'Murphy', 'Chen', 'Goldberg', 'Novak',
];
export const MANAGERS = ['Dana', 'Mike', 'Rachel', 'Kevin', 'Aisha', 'Greg', 'Lauren'];
