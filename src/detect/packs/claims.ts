/**
 * unverified claims about the prospect, checked against its verified ${'`'}facts${'`'}. A rule fires only
 * when the sentence is about the prospect (you / your / congrats / its name, or a report of news
 * with no third party named) and no verified fact of the same kind agrees on the details
 * (numbers, a series letter, names next to the claim). Claims about us or a third party ("a
 * logistics customer of ours was acquired") never fire.
 */
import { anyCase, SENTENCE_OPENS } from './shared.js';
/** Ukrainian news (fiftieth session, SP): "Наскільки я знаю, цього року X збільшила …", "Вітаю X із залученням фінансування". */
const UKRAINIAN_NEWS_50 = anyCase(['наскільки я знаю', 'із залученням фінансування', 'із залученням інвестицій', 'залученням фінансування']);

/** News in Ukrainian and Russian, for every capitalisation (shared.ts anyCase). */
/** Hearsay and news in Greek and Ukrainian (forty-sixth session, UO, UP). */
/** Where a sentence starts, as a lookbehind: the field's start, after a stop and a space or two, or a new line (forty-seventh session's openers "As X moves into…", "With X shipping…"). */
const SENTENCE_START = String.raw`(?<=^|[.!?:]\s{1,3}|\n[ \t]*)`;
const GREEK_UKRAINIAN_NEWS = anyCase(['чух, че', 'разбрах, че', 'научих, че', 'μάθαμε ότι', 'έμαθα ότι', 'άκουσα ότι', 'οικονομικά δύσκολη', 'νέα διοίκηση', 'скоротила штат', 'скоротив штат', 'скоротили штат', 'скоротила персонал', 'скоротила працівників',
  // Russian (forty-seventh session, WO): congratulations on a purchase, an opening, an appointment.
  'с приобретением', 'с открытием нового', 'с открытием новой', 'с назначением',
  // Russian, Kazakh and Mongolian (forty-eighth session, YF): news heard or known, staff cut, shares listed, financing received.
  'насколько я знаю', 'слышала, что', 'слышал, что', 'испытывает финансовые трудности', 'переживает финансовые трудности', 'знаю, что после', 'сократил часть персонала', 'сократила часть персонала', 'размещения акций', 'естуімше', 'санхүүжилт авч']);
const SLAVIC_NEWS = anyCase(['отримав інвестиції', 'отримала інвестиції', 'залучив інвестиції', 'залучила інвестиції', 'отримали інвестиції', 'получил инвестиции', 'получила инвестиции', 'привлек инвестиции', 'привлекла инвестиции', 'привлекли инвестиции', 'придбала компанію', 'придбав компанію', 'купила компанию', 'купил компанию',
  // Bulgarian (fifty-first session, HR): "След като Contoso съкрати част от персонала в офиса".
  'съкрати част от персонала', 'съкрати персонала', 'съкрати служители', 'освободи служители', 'освободи част от',
]);
/** News about the prospect in Greek from the fifty-second session's probe, for every capitalisation (shared.ts anyCase). */
const NEWS_GREEK_52 = anyCase(['μου είπαν ότι', 'φημολογείται ότι', 'κυκλοφορεί στην αγορά', 'από ό,τι γνωρίζω', 'συγχαρητήρια για την εξαγορά', 'συγχαρητήρια για τον τζίρο', 'μετά τη συγχώνευση', 'μετά τη διαρροή', 'να ξεπερνά πλέον', 'επιβλήθηκε πρόστιμο', 'προχώρησε σε απολύσεις']);
/**
 * Greek "I know that" and "I'm learning that" open news only with a word of news after them ("Μαθαίνω
 * ότι η X ετοιμάζεται για εισαγωγή στο Χρηματιστήριο"); alone, "Ξέρω ότι η Μεγάλη Εβδομάδα είναι
 * γεμάτη" is a courtesy (fifty-third session, KM, KH).
 */
const GREEK_KNOW_OPENERS = anyCase(['ξέρω ότι', 'γνωρίζω ότι', 'μαθαίνω ότι', 'πληροφορούμαι ότι', 'ακούω ότι', 'ακούγεται ότι']);
const GREEK_NEWS_WORDS = anyCase(['χρηματιστήριο', 'χρηματοδότηση', 'εξαγορά', 'εξαγόρασε', 'συγχώνευση', 'απολύσεις', 'απέλυσε', 'νέα καταστήματα', 'νέο κατάστημα', 'νέο εργοστάσιο', 'νέα διοίκηση', 'νέος διευθύνων', 'νέο διευθύνοντα', 'επεκτείνεται', 'επέκταση', 'ζημιές', 'πρόστιμο', 'αναδιάρθρωση', 'περικοπές', 'πτώχευση', 'εισαγωγή']);
/** Greek news as the premise of the pitch: "Με την πρόσφατη χρηματοδότηση που εξασφάλισε η X" (fifty-third session, KM). */
const GREEK_NEWS_PREMISE = anyCase(['με την πρόσφατη χρηματοδότηση', 'με την πρόσφατη εξαγορά', 'με την πρόσφατη συγχώνευση', 'με την πρόσφατη επέκταση', 'μετά την πρόσφατη χρηματοδότηση', 'μετά την πρόσφατη εξαγορά', 'μετά την πρόσφατη συγχώνευση', 'με τη νέα χρηματοδότηση', 'με τη νέα διοίκηση']);
const SLAVIC_NEWS_KEYWORDS = SLAVIC_NEWS.keywords.map((k) => `'${k}', `).join('');

/** Regulators and watchdogs, for claims of regulatory trouble. */
const REGULATOR = String.raw`(?:fca|sec|ftc|cma|ico|pra|finra|cfpb|occ|fdic|doj|department of justice|ofsted|cqc|ofgem|ofwat|ofcom|asic|apra|accc|bafin|cnil|dpc|osha|fda|epa|european commission|regulators?|watchdogs?|authorities|attorney general|data protection (?:authority|commissioner)|charity commission|care quality commission|financial conduct authority|competition (?:authority|bureau)|ombudsman|nhtsa|faa|fcc|hhs|irs|hmrc|sfo|serious fraud office|finanstilsynet|finansinspektionen|amf|consob|cnmv|afm|fsma)\b`;
/** What a market position is held as ("the largest independent agency"). */
const MARKET_NOUN = String.raw`(?:player|provider|vendor|brand|supplier|operator|agency|agencies|insurer|retailer|bank|lender|carrier|firm|company|companies|employer|chain|group|network|manufacturer|producer|distributor|charity|charities|trust|school|university|hospital|practice|platform|marketplace|exporter|importer|broker|publisher|name)s?`;
/** The sentence model's least probability for a hit of these rules to count (rules/schema.ts `corroborate`). */
/**
 * A head count as the basis of a quote, for the growth and scale rules: "For your 75 employees: about
 * MXN 9,675 a month", "For Acme's 64 employees:" over priced lines (forty-third session, NQ).
 */
const PRICED_HEAD_COUNT = String.raw`\bfor (?:your|(?:[\p{L}&.-]+ ){0,3}[\p{L}&.-]+(?:''s|’s)) (?:(?:about|around|roughly|approximately|approx\.?|some) )?\d[\d,.]* (?:employees|staff|people|workers|users|seats|team members|locations|branches|sites|restaurants|stores|outlets)\b(?:\s*:|[^.!?\n]{0,40}?(?:[$€£₱¥₹]|\b(?:mxn|php|usd|eur|gbp|aud|cad|sgd|inr|brl|rs|rp)\b)\s?\d)`;
const CORROBORATE = 0.05;

// Exceptions of both expansion rules (claim.expansion, claim.expansion-named).
/** Seen at first hand: "thank you for the tour of your new store in Winterthur". */
const SEEN_FIRST_HAND = String.raw`\b(?:tour|visit|walk-?through|walk around|look around) (?:of|to|at|around) (?:your|the) (?:new )?(?:store|office|site|plant|factory|warehouse|facility|hq|headquarters|campus|clinic|restaurant|branch|showroom|studio|lab)\b`;
/**
 * "Lunar New Year office hours": the holiday, not a time. "In the new year" dates news and excuses
 * nothing ("since Pinecrest is opening the new Stavanger office in the new year", development set XC).
 */
const NEW_YEAR = String.raw`\b(?:lunar |chinese |happy )new year\b|\bnew year(?:\Ws)? (?:office|hours|break|holidays?|closure|party|event|networking|celebrations?|dinner|reception|gathering|greetings|eve|day)\b`;
/** A service grown, not the prospect: "the SIEM expansion Anjali raised". */
const SERVICE_EXPANSION = String.raw`\b(?:siem|licen[cs]e|seat|contract|coverage|scope|service|pilot|deployment|rollout|roll-out|storage|capacity|edr|mdr|soc|monitoring|programme|program|subscription|retainer) expansion\b`;
/** News half-remembered and put as a possibility ("I think I saw a mention that … might be opening"), for both expansion rules. */
const HEARD_MAYBE = String.raw`\b(?:a mention|mentioned somewhere|i think i saw|i may have seen|i might have seen|saw somewhere)\b[^.!?\n]{0,80}\b(?:might|may|could) (?:be|have)\b`;

/** News from an article or a rumour put as a possibility ("an article suggesting … might be setting up"), for both expansion rules. */
const REPORTED_MAYBE = String.raw`\b(?:suggest(?:ing|s|ed)?|rumou?rs?|rumou?red|speculation|speculating|a headline|an article|a post|hints?)\b[^.!?\n]{0,60}\b(?:might|may|could) (?:be|have)\b`;

/** A proposed merger or sale asked about, not stated ("is the proposed amalgamation … expected to affect…?"), for both acquisition rules. */
const DEAL_ASKED_ABOUT = String.raw`\b(?:is|are|will|would|does|do|has|have) the (?:proposed|planned|rumou?red|reported|announced|mooted) (?:amalgamation|merger|restructur\w*|reorgani[sz]ation|acquisition|takeover|sale)\b[^.!?\n]*\?`;

export const CLAIMS_PACK = String.raw`
pack: claims
description: 'Claims about the prospect that its verified facts do not support.'
rules:
  - id: claim.funding
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'series'
      - 'seed'
      - 'round'
      - 'fundrais'
      - 'raise'
      - 'raising'
      - 'funding'
      - 'financing'
      - 'backed by'
      - 'led by'
      - 'valuation'
      - 'unicorn'
      - 'investor'
      - 'investment'
      - 'capital'
      - 'closed'
      - 'secured'
      - 'landed'
      - 'pulled in'
      - 'took in'
      - 'bagged'
      - 'funded'
    patterns:
      # Forty-eighth session, fifth round (YH): "Following the loan X secured from the Asian Development Bank".
      - {regex: '\bthe (?:loan|grant|credit line|facility|financing|funding|investment) (?!(?:we|ourco|i)\b)[^.!?\n]{1,40}? (?:secured|received|obtained|got|won|raised|took) from\b', keywords: ['loan', 'grant', 'credit line', 'facility', 'financing', 'funding', 'investment'], firm: true}
      # Forty-eighth session, first round (XD): a project's finance closed or near, "X is close to financial close on two new plants near Welkom".
      - {regex: '\b(?:close to|nearing|near|approaching|reached|reaching|hit|hitting|achieved|achieving) financial close\b', keywords: ['financial close'], firm: true}
      # Forty-seventh session, second round (VZ): "I understand the board at X has approved a $20 million capex budget for next year".
      - {regex: '\b(?:the )?board(?: at| of) [^.!?\n]{2,40}? (?:has|have|had) (?:just )?(?:approved|signed off|green-?lit) (?:a |an |the )?(?:[$€£]\s?)?\d[\d,.]*\s?(?:m|bn|million|billion|k)? ?(?:[\p{L}-]+ )?(?:capex|budget|investment|spend|programme|program)\b', keywords: ['board'], firm: true}
      # Third round (forty-sixth session, UW, UX): "Now that X has brought in outside investment".
      - {regex: '\bbrought in (?:outside|external|new|fresh|private|institutional) (?:investment|investors|capital|funding|money|backers)\b', keywords: ['brought in'], firm: true}
      # Forty-second session, NM: "With the private equity money behind Blue Harbor Logistics now".
      - {regex: '\bprivate[- ]equity (?:money|backing|investment|funding|owners?|firm|investors?) (?:behind|in)\b|\b(?:now |newly )?backed by (?:a )?private[- ]equity\b', keywords: ['private equity', 'private-equity'], firm: true}
      # The round the reader just closed, as the backdrop: "With the investment round you've just closed, I imagine…" (thirty-seventh session, SC).
      - {regex: '\b(?:the|your|that|this) (?:new |recent |latest )?(?:investment|funding|financing|capital|growth|equity) round (?:you(?:''ve| have)?|your (?:team|company) (?:has|have)?) ?(?:just |recently |finally )?(?:closed|raised|announced|completed|secured|landed)\b', keywords: ['round']}
      - {regex: '\b(?:taken|took|taking|takes|received|receiving|secured|landed|closed|accepted|raised) (?:on )?(?:a |an |new |fresh |major |significant |strategic |minority |majority |growth |private equity |pe |venture |outside )*(?:investment|funding|backing|capital|stake|equity investment)\b (?:from|by|led by|of)\b', keywords: ['investment', 'funding', 'backing', 'capital', 'stake']}
      - '\bseries [a-h]\b(?: (?:round|raise|funding|extension|financing))?'
      - '\b(?:pre-seed|seed|growth|funding|investment|venture|mezzanine|bridge|latest|recent|new|big|last) round\b'
      - '(?<!\b(?:medical|charity|charitable|donor|community|peer-to-peer|p2p|online|digital|event|events|gift|nonprofit|non-profit|student|school|political|crowd|grassroots|annual|alumni) )\bfundrais(?:e|ing)\b(?! (?:team|teams|campaigns?|events?|platform|software|tools?|activit(?:y|ies)|appeals?|data|strategy|programmes?|programs?|efforts?|calendar|dinner|gala|season|goals?|targets?|income|staff|office|department|manager|director|crm|database|categor(?:y|ies)|pages?|regulator|regulations?|rules|compliance|consultants?|emails?|letters?|mailings?|results|totals?|drive|drives|appeal))'
      - '\b(?:raised|raising|raises|closed|closing|secured|landed|announced|completed|bagged|picked up|took in|pulled in) (?:a |an |your |the |their |its |that |this )?(?:\w+ )?(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)?|\d[\d.,]*\s?(?:m|mm|mn|million|b|bn|billion)\b(?:\s?(?:usd|dollars|eur|euros))?)(?!\w|[.,]\d| (?:in |of |worth of )?(?:savings|revenue|pipeline|sales|arr|mrr|bookings|credits|orders?|deals?|contracts?|gmv|value|spend|budget|costs?|damages|refunds?|tickets|transactions|payments|renewals?|upsells?|opportunit\w+|new business))'
      - '\b(?:raised|raise|raising|closed|secured|landed|new|recent|latest|fresh|additional|more) (?:\w+ ){0,2}?(?:funding|financing|venture capital|investment|round(?![- ](?:the[- ]clock|trip|robin|table|the[- ]world|of (?:golf|applause|drinks|interviews|talks|reviews|feedback|testing|edits|calls|demos|visits)))|raise)\b'
      - '\b(?:funded|backed) by\b'
      - '\b(?:led|co-led) by (?:[\w&.-]+ ){0,3}(?:ventures|capital|partners|vc|growth|investments)\b'
      - '\bvaluation\b'
      - '\bunicorn\b'
      - '\b(?:new|fresh) (?:investors?|backers?|capital)\b'
      - '\binvestment (?:from|by|led by)\b'
      - {regex: '\bcongrat\w* on (?:the |your )?(?:raise|round|funding|capital raise|fundraise)\b', keywords: ['congrat']}
      - {regex: '\b(?:pre-seed|seed|series [a-h]|bridge|growth|venture) (?:extension|top-up|top up|tranche|note|financing|raise|capital)\b', keywords: ['seed', 'series', 'bridge', 'growth', 'venture']}
      - {regex: '\b(?:raised|raising|closed|closing|secured|landed|announced|completed|wrapped|wrapped up) (?:a |an |your |the |its |their )?(?:\w+ )?(?:pre-seed|seed|angel|bridge)\b', keywords: ['seed', 'angel', 'bridge']}
      - {regex: '\bfunding (?:announcement|news)\b', keywords: ['funding']}
      - {regex: '\bvalued at\b', keywords: ['valued']}
      - {regex: '\b(?:venture|vc|pe|private equity|investor|sequoia|a16z|accel)[- ]backed\b', keywords: ['backed']}
      - {regex: '\b(?:fresh|new|additional|extra|recent|latest|whopping|hefty) (?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b)(?! (?:users|customers|emails|messages|records|rows|events|requests|downloads|visitors|views|people|in (?:savings|revenue|pipeline)))', keywords: ['$', '€', '£', 'million', 'billion']}
      - {regex: '(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b)(?! (?:in|of) (?:savings|revenue|sales|pipeline|costs?|budget|spend|new business|bookings))[^.!?\n]{0,30}\b(?:you|you''ve|they|acme\w*|just|recently) (?:just |recently |have |has )?(?:raised|secured|closed|landed|pulled in|took in|bagged)\b', keywords: ['$', '€', '£', 'million', 'billion']}
      - {regex: '\b(?:pulled in|took in|bagged|brought in|picked up) (?:a |an |another |the )?(?:fresh |cool |whopping |hefty )?(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b)(?! in (?:savings|revenue|pipeline|sales))', keywords: ['pulled in', 'took in', 'bagged', 'brought in', 'picked up']}
      - {regex: '(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b) (?:from|led by) (?:[\w&.-]+ ){0,3}(?:ventures|capital|partners|vc|investors|accel|sequoia|a16z|andreessen|benchmark|index|insight|tiger global|softbank|general catalyst|lightspeed|kleiner)', keywords: ['$', '€', '£', 'million', 'billion']}
      - {regex: '\b(?:war chest|term sheet|cap table|oversubscribed)\b', keywords: ['war chest', 'term sheet', 'cap table', 'oversubscribed']}
      - {regex: '[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|b|bn|billion)? (?:raise|round|funding|investment)\b', keywords: ['raise', 'round', 'funding', 'investment']}
      - {regex: '\b(?:congrat\w*|kudos|hats off|props|well done|bravo|great news|big news|exciting news|amazing news|huge news) (?:on|about|re:?|regarding) (?:the |your )?(?<m>(?:\w+ )?(?:raise|round|funding|capital raise|fundraise|investment|series [a-h]))\b', keywords: ['congrat', 'kudos', 'hats off', 'props', 'well done', 'bravo', 'news']}
      - '\b(?:closing|closed|close|wrapped|wrapping) (?:the|your|a|its|that|this) (?:\w+ )?round\b'
      - {regex: '\bcongrat\w* (?:to [^.!?]{0,30} )?on (?:the |your )?(?<m>[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion))\b', keywords: ['congrat']}
      - {regex: '\bpost-(?:raise|round|funding|series [a-h]|money|seed)\b', keywords: ['post-']}
      - {regex: '\b(?:congrat\w*|kudos) (?:are |is )?(?:in order|due|owed) (?:on|for) (?:the |your )?(?:\w+ )?(?<m>raise|round|funding|fundraise|investment|series [a-h]|seed)\b(?![-\w])', keywords: ['in order', 'are due', 'is due', 'owed']}
      - {regex: '\binvestors? (?:are |is |have been |were )?(?:betting|bullish|doubling down|piling in|lining up) (?:big |heavily )?(?:on|in|behind)\b', keywords: ['betting', 'bullish', 'doubling down', 'piling in', 'lining up']}
      - {regex: '\b[\w&.]+-led (?:round|raise|series [a-h]|financing|investment|seed|extension)\b', keywords: ['-led']}
      - {regex: '\b(?:raised|raising|raise|raises|secured|securing|got|getting|took|taking|landed|attracted) (?:\w+ )?(?:money|cash|capital|funds|funding|backing) from\b', keywords: ['money from', 'cash from', 'capital from', 'funds from', 'funding from', 'backing from']}
      - {regex: '\b(?:investment|funding|raise|round|financing|series [a-h]) (?:news|announcement|headlines?|press release|coverage)\b', keywords: ['investment', 'funding news', 'funding ann', 'funding hea', 'funding pre', 'funding cov', 'raise news', 'raise annou', 'round news', 'round annou', 'financing', 'series']}
      - {regex: '\b(?:institutional|priced|insider|mega|equity|venture|vc|angel) round\b|\b(?:raised|raising|closed|closing) (?:a |an |the |your )?bridge\b', keywords: ['institutional', 'priced', 'insider', 'mega', 'equity round', 'venture round', 'vc round', 'angel round', 'bridge']}
      - {regex: '\b(?:ventures|capital|partners|vc|vcs|investors?|backers?|sequoia|a16z|accel|benchmark|index|insight|tiger global|softbank|general catalyst|lightspeed|kleiner perkins|greylock|bessemer|iconiq|thrive|coatue|gv|y combinator|yc) (?:is |are |has been |have been )?(?:doubling down|doubled down|double down|betting big|betting|going all in) on\b', keywords: ['doubl', 'betting', 'all in']}
      - {regex: '\b(?:took|taken|taking|takes|take) (?:on )?(?:a |an |the |some |fresh |new |more |another )?(?:(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b) )?(?:[\w-]+ ){0,2}?(?:investment|funding|capital|financing)\b(?! (?:in|into|on) )', keywords: ['investment', 'funding', 'capital', 'financing']}
      - {regex: '\b(?:bringing in|brought in|brings in|bring in|received|receiving|receives|got|gets|getting|secured|securing|attracted|attracting|drew in|drawn|won|scored|nabbed|snagged|netted|pocketed|locked in|locking in|announced|announcing) (?:a |an |another |fresh |new |some |over |more than |nearly )?(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b)(?! (?:in |of |worth of |a year in |per year in )?(?:savings|revenue|pipeline|sales|arr|mrr|bookings|credits|orders?|deals?|contracts?|gmv|value|spend|budget|costs?|damages|refunds?|ad spend|tickets|transactions|payments|renewals?|upsells?|opportunit\w+|new business))', keywords: ['$', '€', '£', 'million', 'billion']}
      - {regex: '\b(?:injection|infusion) of (?:\w+ )?(?:capital|cash|funding|funds|money)\b|\b(?:capital|cash|funding|equity) (?:injection|infusion)\b', keywords: ['injection', 'infusion']}
      - {regex: '\b(?:growth equity|(?:strategic|growth|minority|majority|equity|venture|private equity|pe|corporate venture|cvc) (?:investment|investor|stake|backing)|venture debt|debt (?:financing|round|facility)|credit facility|recapitali[sz]ation|recapitali[sz]ed)\b(?! (?:in|into) (?:\w+ )?(?:tooling|training|tools|people|onboarding|enablement|process|processes|sales|marketing|ai|automation|infrastructure|time|your team|the team))', keywords: ['growth equity', 'investment', 'investor', 'stake', 'backing', 'venture debt', 'debt financing', 'debt round', 'debt facility', 'credit facility', 'recapitali']}
      - {regex: '\b(?:new|fresh|additional|outside|institutional) (?:money|backing|cash injection|funds|financial backing)\b(?! (?:for|to) (?:the |your )?(?:budget|pilot|project))|\b(?:received|secured|got|landed|won|attracted|has|with) (?:the )?(?:\w+ )?backing (?:of|from)\b', keywords: ['new money', 'fresh money', 'backing', 'new funds', 'fresh funds', 'additional funds', 'outside money', 'institutional money', 'cash injection']}
      - {regex: '\b(?:got|getting|get|gets|been|being|was|were|newly|recently|just|well|freshly) funded\b', keywords: ['funded']}
      - {regex: '\b(?:raising|raised|raise|raises) (?:again|another|more|a second|a third|a new|a fresh|round)\b', keywords: ['raising', 'raised', 'raise', 'raises']}
      - {regex: '\b(?:ventures|capital|partners|vc|vcs|investors?|backers?|sequoia|a16z|andreessen horowitz|accel|benchmark|index|insight|tiger global|softbank|general catalyst|lightspeed|kleiner perkins|greylock|bessemer|battery|iconiq|thrive|coatue|salesforce ventures|gv|google ventures|y combinator|yc) (?:just |recently |has |have |had |officially |reportedly )*(?:invested|investing|invests|put money|led a round|doubled down) in\b', keywords: ['invest', 'put money', 'led a round', 'doubled down']}
      - {regex: '\b(?:invested|investing|invests|put money|doubled down) in (?:you\b(?!r)|your (?:company|business|startup|team''s growth)\b)', keywords: ['invest', 'put money', 'doubled down']}
      - {regex: '\b(?:nice|great|good|amazing|awesome|impressive|fantastic) (?:work|job|stuff|going) (?:on|with) (?:the |your )?(?:\w+ )?(?<m>seed|raise|round|funding|fundraise|series [a-h]|investment)\b(?![-\w])', keywords: ['nice work', 'great work', 'good work', 'nice job', 'great job', 'nice going', 'great stuff', 'amazing work', 'awesome work', 'impressive work', 'fantastic work', 'good job']}
      - {regex: '\b(?:congrat\w*|kudos|hats off|props|well done|bravo|cheers|way to go) (?:on|about|re:?|regarding|to) (?:the |your )?(?:\w+ )?(?<m>seed(?: round)?|pre-seed|round extension|extension|bridge round|raise|recap|capital injection)\b(?![-\w])', keywords: ['congrat', 'kudos', 'hats off', 'props', 'well done', 'bravo', 'cheers', 'way to go']}
      - {regex: '\bthe (?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)?|\d[\d.,]*\s?(?:m|mn|million|bn|billion))\b(?! in (?:savings|revenue|sales|pipeline|costs?|budget|spend))(?: [\p{L}\p{N}&.''’-]+){0,4}? (?:just |recently |has |have |had )?(?:raised|secured|banked|pulled in|took in)\b(?! (?:in|from) (?:savings|revenue|sales))', keywords: ['raised', 'secured', 'banked', 'pulled in', 'took in']}
      # "Now that the refinancing of X's debt is done" (development set HM).
      - {regex: '\b(?:refinancing|recapitali[sz]ation|restructuring) of (?:[\p{L}&.''’-]+ ){0,3}(?:debt|loans?|facilit(?:y|ies)|bonds?|balance sheet|notes)\b|\b(?:refinanced|recapitali[sz]ed) (?:its|their|your) (?:[\w-]+ )?(?:debt|loans?|facilit(?:y|ies)|bonds?|balance sheet|notes)\b', keywords: ['refinancing', 'recapitalisation', 'recapitalization', 'restructuring of', 'refinanced', 'recapitalised', 'recapitalized']}
    exceptions:
      # Funding news in general: "I know funding news doesn't answer every question a procurement team has about a supplier" (forty-fifth session, TL).
      - '(?<!\byour )(?<!\bthe )\bfunding (?:news|announcements?|headlines?) (?:doesn''t|does not|don''t|do not|isn''t|is not|aren''t|are not|won''t|will not|can''t|cannot|alone|by itself|rarely|never|seldom)\b'
      # Investment in a product, after our own round: "- More investment in the timetable engine, which you'd flagged as important" (forty-third session, OF).
      - '\b(?:more|further|additional|extra|continued) investment in (?:the|our) [\p{L} -]{2,30}?(?:engine|product|platform|team|support|app|features?|roadmap|infrastructure|security|module|tools?)\b'
      # Our round in a list of our figures: "Series B of €18M closed in March, giving us runway well beyond the next three years" (forty-first session, AT).
      - ',? giving us (?:runway|room|headroom|the means|capital|cash)\b'
      # A regulator's capital rules, not a round: "the recapitalisation requirements announced by NAICOM" (development set FX).
      - '\brecapitali[sz]ation (?:requirements?|rules?|exercise|deadline|programme|program|policy|framework|directive|regime|thresholds?|guidelines?|plans? for the (?:industry|sector|market))\b'
      - '\b(?:last|latest|next|final|first|second|third|another|one more) round of (?:comments|feedback|edits|changes|review|reviews|redlines|questions|interviews|testing|revisions|markups?|mark-ups?|negotiation|talks)\b'
      - '\b(?:after|before|during|around|following|ahead of|post) (?:a|any|each|every) (?:\w+ )?(?:funding )?(?:round|raise|fundraise|series [a-h])\b'
      - '\b(?:is|are) (?:a |an |another )?(?:series [a-h]|raise|funding round|new round|round)\b[^.!?]{0,30}\b(?:on (?:your|the) (?:roadmap|radar|horizon|cards)|planned|likely|coming|in the works)'
      - '\b(?:festival|conference|summit|forum|congress|congresso|congreso|week|day|awards?) (?:del |of |de |della |des |du )?fundraising\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:series|fund|rais|round|seed|invest|capital|valuation|valued|backed|financ)'
    message: 'claims a funding round ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'With the £30 million you raised in January, expansion plans must be moving quickly.'
        - 'Now that the $12m your team just secured is in the bank, hiring must be the focus.'
        - 'Since you''ve just closed a seed extension, now''s a good time to set up proper billing.'
        - 'Congrats on wrapping up the bridge round.'
        - 'Your team''s recent $30M raise must open up new priorities.'
        - 'Congrats on the raise!'
        - {"text": "Congrats on the Series C!", "facts": ["Raised a Series B led by Northwind Ventures in 2024"]}
        - 'Hi Dana, congrats on the new funding!'
        - 'Saw that you just closed a $40M round.'
        - 'Congrats on raising $25 million from Accel.'
        - 'I read that Acme Analytics is backed by Sequoia now.'
        - {"text": "Congrats on the Series B raise", "field": "subject"}
        - 'Congrats on the fresh $20 million from Accel.'
        - 'Saw the news that you are now valued at $1B.'
        - 'Now that you''re venture-backed, the board will want numbers.'
        - 'I saw Acme Analytics pulled in $18M last month.'
        - 'With the $25M you just raised, hiring must be intense.'
        - 'Kudos on the raise, Dana.'
        - 'Since closing the round, your team has grown fast.'
        - 'Fresh off your Series B, hiring must be top of mind.'
        - 'Congrats to you and the team on the $40M.'
        - 'Saw you took on a $40 million growth investment.'
        - 'Congrats on bringing in $25M!'
        - 'Congrats on the fresh injection of capital.'
        - 'Congrats on the growth equity from General Atlantic.'
        - 'I understand that Acme Analytics has taken a growth investment from Insight Partners.'
        - 'Congrats on the new backing from Accel.'
        - 'Heard Acme got funded by Accel.'
        - 'Congrats on getting funded!'
        - 'Heard you''re raising again.'
        - 'Saw Salesforce Ventures invested in Acme Analytics.'
        - 'Nice work on the seed!'
        - 'Heard you secured a $40M credit facility.'
        - 'Post-raise, hiring must be top of mind.'
        - 'Seems like investors are betting big on Acme Analytics.'
        - 'Saw the Accel-led round.'
        - 'Seems like congratulations are in order on the funding.'
        - 'Saw you raised money from Accel.'
        - 'Loved seeing the Tiger Global investment news.'
        - 'Congrats on your first institutional round.'
        - 'Heard you raised a bridge.'
        - 'Nice to see Accel doubling down on Acme Analytics.'
        - {"text": "Congrats on the Series D", "field": "subject"}
      pass:
        - 'Your staffing office must be planning for a lot more round-the-clock coverage.'
        - 'The $2 million we raised last year went into support.'
        - 'The £30 million our customer raised funded a new warehouse.'
        - 'The $40k in savings you secured last quarter was a great result.'
        - 'Attached is the final version of the MSA, incorporating the last round of comments from your legal team on 21 October.'
        - 'Our seed customers got the same onboarding as everyone else.'
        - {"text": "Congrats on the raise!", "facts": ["Raised a $20M Series B in 2025"]}
        - {"text": "Congrats on the Series B led by Northwind Ventures!", "facts": ["Raised a Series B led by Northwind Ventures in 2024"]}
        - 'We just raised our Series C.'
        - 'One of our customers just closed a $40M round.'
        - 'Our investors include Accel.'
        - 'Happy to share how teams think about the budget for next round of hiring.'
        - 'A logistics customer of ours raised a Series A last year.'
        - 'After a funding round, most teams double their SDR headcount.'
        - 'A company like yours just raised and used us to onboard 40 reps.'
        - {"text": "Saw the Series B news on TechCrunch, congrats!", "facts": ["Raised a Series B in 2025"]}
        - {"text": "Congrats on the Series B, Dana!", "facts": ["Raised a Series B in 2025"]}
        - 'I should mention their recent funding to build rapport.'
        - 'We brought in $2M in pipeline for a customer like you.'
        - 'Your reps secured a $3M deal with that workflow last quarter.'
        - 'Your team''s investment in training shows.'
        - 'The round-robin routing assigns leads evenly.'
        - 'If you raise again, we scale with you.'
        - 'A customer of ours just received a strategic investment from Salesforce Ventures.'
        - {"text": "Saw you took on a $40 million growth investment.", "facts": ["Took a $40M growth investment from Vista in 2026"]}
        - 'Nice work on the round-robin setup.'
        - 'Happy to share how teams plan budget after a funding round.'
        - 'Is a Series B on your roadmap for next year?'
  - id: claim.foreign-congrats
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: >
      Congratulations in another language (French, Italian, Spanish, Portuguese, German, Dutch,
      Polish, Turkish, Arabic greetings written in Latin letters) on a round, an acquisition, a
      listing, an appointment, an opening, a launch, an award or a merger: the same news the English
      claim rules read, told as a compliment. It names no fact kind (a pattern of stems wide enough
      for every kind of news would let any fact excuse any claim), so a verified fact does not
      excuse it: the reviewer reads it.
    keywords: ['felicitation', 'félicitation', 'congratulazioni', 'complimenti', 'enhorabuena', 'felicidades', 'felicitaciones', 'parabens', 'parabéns', 'gluckwunsch', 'glückwunsch', 'gratulation', 'gefeliciteerd', 'proficiat', 'gratulacje', 'tebrikler', 'mabrook', 'mabruk', 'bravo']
    patterns:
      # Finnish congratulations on a listing (fifty-second session, IQ): "onnittelut siitä, että X valittiin yhdeksi Suomen nopeimmin kasvavista life science -yrityksistä".
      - {regex: '(?<![\p{L}])onnittelu(?:t|ni|mme|ja)(?![\p{L}])[^.!?\n]{0,80}(?<![\p{L}])(?:valittiin|palkittiin|voitti|nimettiin|sijoittui|listautui|osti)(?![\p{L}])', keywords: ['onnittelu']}
      # Thirty-ninth session, BI: congratulations in Irish, Welsh and Afrikaans ("Comhghairdeas leat as an oifig nua a oscailt", "Llongyfarchiadau ar agor y ffatri newydd", "Baie geluk met die opening van julle vyftigste winkel").
      # Forty-first session, AO: "Con la apertura de sus tres nuevas clínicas", "With Blue Harbor Logistics and Redwood Property Group combining portfolios".
      - {regex: '(?<![\p{L}])con la (?:apertura|inauguraci[óo]n|adquisici[óo]n|compra|fusi[óo]n) de (?:sus|su)(?![\p{L}])|(?<![\p{L}])avec l[''’](?:ouverture|inauguration|acquisition) (?:du|de la|de l[''’]|des) (?:nouveau|nouvelle|nouveaux|nouvelles|deuxi[èe]me|second|seconde|troisi[èe]me)|\b(?:with|now that|since|after) (?!our\b|ourco\b|we\b|us\b)[^.!?\n]{1,60}? and (?!our\b|ourco\b|us\b)[^.!?\n]{1,60}? (?:combining|merging) (?:their |the two |both )?(?:portfolios|businesses|operations|companies|firms|groups|networks)\b', keywords: ['con la', 'combining', 'merging', 'avec l'], firm: true}
      # Forty-first session, KF: "Ahora que X cerró la compra de la planta", "Ahora que X recibió la inversión del fondo", "Puisque X ouvre sa nouvelle usine".
      - {regex: '(?<![\p{L}])ahora que [^.!?\n]{1,60} (?:cerr[óo]|concret[óo]|complet[óo]|recibi[óo]|levant[óo]) (?:la|una|su) (?:compra|adquisici[óo]n|fusi[óo]n|inversi[óo]n|ronda|financiaci[óo]n)(?![\p{L}])|(?<![\p{L}])(?:puisque|maintenant que|comme) [^.!?\n]{1,60} (?:ouvre|a ouvert|inaugure|a inaugur[ée]) (?:sa|son|ses) (?:nouvelle|nouveau|nouvel|nouveaux|nouvelles)(?![\p{L}])', keywords: ['ahora que', 'puisque', 'maintenant que', 'comme'], firm: true}
      # Forty-first session, KC: "Following the section 189 consultations at X", "With 200 roles going at X's Sheffield site", Afrikaans takeovers and expansions ("Noudat X die … oorgeneem het", "Met X se uitbreiding na Namibië").
      - {regex: '\bsection 189a?\b (?:consultations?|process|retrenchments?)|(?<![\d.,])[1-9][\d,]* (?:roles|jobs|positions|posts) (?:going|being cut|at risk|to go|cut|lost)\b|(?<![\p{L}])noudat [^.!?\n]{1,60} (?:oorgeneem|gekoop|saamgesmelt)|(?<![\p{L}])se uitbreiding na(?![\p{L}])', keywords: ['section 189', 'roles', 'jobs', 'positions', 'posts', 'noudat', 'uitbreiding'], firm: true}
      # Forty-first session, AU: Malay congratulations on an opening ("Tahniah atas pembukaan cawangan baharu X").
      - {regex: '(?<![\p{L}])tahniah atas (?:pembukaan|pelancaran|pengambilalihan|penggabungan|anugerah|pelantikan|pembiayaan)(?![\p{L}])', keywords: ['tahniah'], firm: true}
      # Forty-first session, AL: a Bengali acquisition with congratulations ("… অধিগ্রহণ করেছে — সেজন্য অনেক অভিনন্দন"), a new chief in Sinhala ("නව ප්‍රධාන විධායක නිලධාරී ලෙස … පත් වීමත් සමඟ").
      - {regex: '(?:অধিগ্রহণ করেছে|অধিগ্রহণ করেছেন|কিনে নিয়েছে|নতুন শাখা খুলেছে|নতুন সিইও)|(?:නව ප්රධාන විධායක|නව සභාපති)[^.!?\n]{0,60}පත්', keywords: ['অধিগ্রহণ', 'কিনে নিয়েছে', 'নতুন শাখা', 'নতুন সিইও', 'නව ප්රධාන', 'නව සභාපති'], firm: true}
      # Forty-first session, AF: "Ar ôl ailstrwythuro X … a chau'r gangen", "Chuala mé go bhfuil sibh ag oscailt an dara brainse".
      - {regex: '(?<![\p{L}])(?:ar ôl (?:ailstrwythuro|uno|prynu|caffael|agor|cau)|chuala mé go bhfuil sibh ag (?:oscailt|ceannach|leathnú|fostú)|(?:ag|ar) ennill gwobr)(?![\p{L}])', keywords: ['ar ôl', 'chuala mé', 'ennill gwobr'], firm: true}
      - {regex: '(?<![\p{L}])(?:comhghairdeas|llongyfarchiadau|baie geluk|veels geluk)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:oifig|oscailt|ffatri|swyddfa|agor|opening|winkel|kantoor|fabriek|tak|maoini\p{L}*|ariannu|befondsing|oorname|ceannach|caffael|gwobr|duais|toekenning|prys|uitbreiding)(?![\p{L}])', keywords: ['comhghairdeas', 'llongyfarchiadau', 'baie geluk', 'veels geluk']}
      # Thirty-eighth session, WC: news congratulated in Hindi, Marathi and Chinese ("फंडिंग राउंड के लिए बधाई", "नवीन उत्पादन युनिट सुरू केल्याबद्दल मनःपूर्वक अभिनंदन", "听说…最近收购了一家…公司，恭喜").
      - {regex: '(?:फंडिंग|फ़ंडिंग|निवेश|राउंड|अधिग्रहण|विलय|आईपीओ|आइपीओ|लिस्टिंग|शेयर बाज़ार|शेयर बाजार|नई (?:शाखा|फैक्ट्री|फ़ैक्टरी|यूनिट|इकाई|ऑफिस|ऑफ़िस)|नए (?:ऑफिस|ऑफ़िस|प्लांट|कार्यालय|सीईओ)|नया (?:ऑफिस|ऑफ़िस|प्लांट|कार्यालय)|नियुक्ति|पुरस्कार|अवॉर्ड|अवार्ड|विस्तार|उद्घाटन|नवीन (?:उत्पादन )?(?:युनिट|कार्यालय|शाखा|प्रकल्प|कारखाना)|सुरू केल्याबद्दल|उघडल्याबद्दल)[^।.!?\n]{0,60}(?:बधाई|मुबारक|अभिनंदन)|(?:बधाई|मुबारक|अभिनंदन)[^।.!?\n]{0,40}(?:फंडिंग|फ़ंडिंग|निवेश|राउंड|अधिग्रहण|विलय|आईपीओ|आइपीओ|लिस्टिंग|शेयर बाज़ार|शेयर बाजार|नई (?:शाखा|फैक्ट्री|फ़ैक्टरी|यूनिट|इकाई|ऑफिस|ऑफ़िस)|नए (?:ऑफिस|ऑफ़िस|प्लांट|कार्यालय|सीईओ)|नया (?:ऑफिस|ऑफ़िस|प्लांट|कार्यालय)|नियुक्ति|पुरस्कार|अवॉर्ड|अवार्ड|विस्तार|उद्घाटन|नवीन (?:उत्पादन )?(?:युनिट|कार्यालय|शाखा|प्रकल्प|कारखाना)|सुरू केल्याबद्दल|उघडल्याबद्दल)|恭喜[^。！？!?\n]{0,40}(?:融资|收购|并购|上市|挂牌|新办公室|新工厂|新总部|开设|开业|任命|获奖|扩张|合并|新任)|(?:融资|收购|并购|上市|挂牌|新办公室|新工厂|新总部|开设|开业|任命|获奖|扩张|合并|新任)[^。！？!?\n]{0,40}恭喜|听说[^。！？!?\n]{0,30}(?:最近|刚刚|刚)(?:完成了|收购了|获得了|上市|开设了|任命了|融资)', keywords: ['बधाई', 'मुबारक', 'अभिनंदन', '恭喜', '听说'], firm: true}
      - {regex: '(?<![\p{L}])gratuluj\w* (?:pozyskania|przej[ęe]cia|debiutu|otwarcia|nominacji|awansu|fuzji|rundy|finansowania|wej[śs]cia|nagrody|wygranej|kontraktu)(?![\p{L}])', keywords: ['gratuluj']}
      - {regex: '(?:şube|otel|mağaza|ofis|fabrika|restoran)[\p{L}]* açılışını tebrik|(?<![\p{L}])enhorabuena por la (?:compra|adquisici[óo]n|apertura|fusi[óo]n|ronda|salida a bolsa|expansi[óo]n|inauguraci[óo]n|nueva)', keywords: ['açılışını', 'enhorabuena']}
      - {regex: '(?<![\p{L}])(?:parab[ée]ns pel[ao]s? (?:rodada|capta[çc][ãa]o|s[ée]rie [a-f]|aporte|investimento|ipo|abertura de capital|aquisi[çc][ãa]o|fus[ãa]o|expans[ãa]o|nov[ao] (?:sede|filial|unidade|escrit[óo]rio|ceo|cfo|diretor[a]?))|gratuluj[ęe] (?:wyr[óo][żz]nienia|nagrody|przej[ęe]cia|debiutu|rundy|finansowania|nowej siedziby|otwarcia|awansu|nominacji|fuzji|wej[śs]cia))', keywords: ['parabéns', 'parabens', 'gratuluj']}
      - '\b(?:f[ée]licitations?|congratulazioni|complimenti|enhorabuena|felicidades|felicitaciones|parab[ée]ns|(?:herzlichen )?gl[üu]ckwunsch|gratulation(?:en)?|gefeliciteerd|proficiat|gratulacje|tebrikler|mabrook|mabruk|bravo)\b[^.!?\n]{0,40}?\b(?:pour|per|por|para|pelo|pela|zu[rm]?|zur|met|z|on|for)\b[^.!?\n]{0,40}?\b(?:round|lev[ée]e de fonds|financement|finanziamento|finanziamenti|financiaci[óo]n|financiamento|finanzierung|finanzierungsrunde|rachat|acquisition|acquisizione|adquisici[óo]n|aquisi[çc][ãa]o|[üu]bernahme|overname|introduction en bourse|ipo|quotazione|salida a bolsa|cotizaci[óo]n|b[öo]rsengang|nomination|nomina|nombramiento|nomea[çc][ãa]o|ernennung|benoeming|ouverture|apertura|inauguration|inaugurazione|inauguraci[óo]n|er[öo]ffnung|lancement|lancio|lanzamiento|lan[çc]amento|prix|premio|trophée|troph[ée]e|auszeichnung|award|\w*prijs|onderscheiding|financieringsronde|beursgang|nieuwe (?:vestiging|fabriek|locatie|kantoor|hoofdkantoor)|debut|d[ée]but(?! (?:de|du|della|del|da|do) (?:la |l[''’]|votre |vostra |nuestra )?(?:saison|season|temporada|stagione|ann[ée]e|année|mois|semaine|projet|championnat|campionato|torneo|tournoi))|listing|augmentation de capital|aumento di capitale|ampliaci[óo]n de capital|fusion|fusione|fusi[óo]n|nuev[ao] (?:sede|oficina|planta|sucursal|filial|centro)|nov[ao] (?:sede|filial|unidade|escrit[óo]rio|f[áa]brica)|nouve(?:au|l|lle) (?:si[èe]ge|bureau|site|usine|centre)|nuov[ao] (?:sede|ufficio|stabilimento|filiale)|neuen? (?:standort|niederlassung|hauptsitz|werk|b[üu]ro)|contrato con|contrato de|contrat avec|vertrag mit)\b'
    about: 'prospect'
    message: 'congratulates {account} on news ("{match}") that no verified fact supports'
    examples:
      fire:
        - '¡Felicitaciones por la nueva sede de Acme Analytics en Bogotá!'
        - '¡Enhorabuena por la compra de la cadena Hoteles Brisa!'
        - 'Acme Analytics''in yeni Antalya şubesinin açılışını tebrik ederim!'
        - 'gratuluję przejęcia spółki LogiTrans z Gliwic'
        - 'gratuluję wyróżnienia w rankingu Najlepszych Pracodawców 2024'
        - 'Parabéns pela rodada Série B de vocês — foi um marco e tanto!'
        - 'Félicitations pour la levée de fonds de 30 millions !'
        - 'Complimenti per la nomina a Direttore Generale.'
        - 'Enhorabuena por la salida a bolsa en el mercado continuo.'
        - 'Herzlichen Glückwunsch zur Eröffnung des neuen Werks in Leipzig.'
        - 'Mabrook on the successful ADX debut.'
        - 'Parabéns pela aquisição da distribuidora em Campinas.'
        - 'Gefeliciteerd met de overname van Van Dijk Logistiek.'
      pass:
        - '¡Felicitaciones por el nuevo año! Le escribo para retomar la conversación.'
        - '¡Enhorabuena por la charla en el congreso, muy útil!'
        - 'Gratuluję świetnej prezentacji na konferencji.'
        - 'Parabéns pela palestra no evento, foi muito útil para nós.'
        - 'Félicitations pour votre mariage, et merci pour votre retour sur la proposition.'
        - 'Complimenti per la presentazione di ieri, molto chiara.'
        - 'Enhorabuena por el partido del domingo.'
        - 'Herzlichen Glückwunsch zum Geburtstag, und danke für das Gespräch gestern.'
        - 'Bravo for the clear brief, it made our proposal much easier to write.'
  - id: claim.foreign-news
    kind: unverified_claim
    severity: warn
    description: >
      News about the prospect told in a language other than English (Spanish, Portuguese, French, German,
      Italian, Dutch, Indonesian, Greek, Turkish, Arabic, Chinese, Japanese, Korean, the languages of India
      and some twenty more):
      a listing, a funding round, a merger or acquisition, a new or departed chief executive,
      layoffs, tied to the reader ("vuestra salida a bolsa", "votre levée de fonds", "Ihr
      Börsengang", "pendanaan Seri C Anda") or told as the backdrop of the pitch ("tras la fusión
      con…"). Like the congratulations rule it names no fact kind, so the reviewer reads it. The sentence
      model reads English, so it is not asked to corroborate (as for tone.foreign-pressure).
    keywords: ['salida a bolsa', 'financiaci', 'fusión', 'fusion', 'fusão', 'fusao', 'fusione', 'adquisici', 'aquisi', 'acquisizione', 'rachat', 'übernahme', 'ubernahme', 'börsengang', 'borsengang', 'introduction en bourse', 'levée de fonds', 'levee de fonds', 'abertura de capital', 'quotazione', 'consejero delegado', 'director general', 'pdg', 'geschäftsführer', 'amministratore delegato', 'ha dejado', 'ha dimitido', 'a quitté', 'zurückgetreten', 'deixou o cargo', 'dimess', 'despidos', 'licenciements', 'nuevo', 'nueva', 'nouveau', 'nouvelle', 'neue', 'novo', 'nova', 'nuovo', 'nuova', 'entlassungen', 'demissões', 'licenziamenti', 'pendanaan', 'akuisisi', 'phk', 'ceo baru', 'ronda', 'rodada', 'finanzierungsrunde', 'seri ']
    patterns:
      # Fifty-fourth session, first round (NAK, NAO, NAS, NAQ): Scottish Gaelic "Meal ur naidheachd air an dàrna clionaig fhosgladh"; Arabic "وبما أن X تستعد للتوسع في السوق القطري";
      # Malay and Indonesian "Saya difahamkan X baru sahaja memenangi tiga kontrak besar", "Difahamkan X sedang dalam proses penstrukturan semula", "Kami dengar X baru saja mendapatkan kontrak";
      # Urdu "سنا ہے X نے حال ہی میں اسلام آباد میں نیا دفتر کھولا ہے"; Hinglish "Suna hai X agle saal Pakistan Stock Exchange pe list hone ja rahi hai"; French "Puisque X s'apprête à ouvrir en Côte d'Ivoire".
      # Sixth round (NBU): Haitian Creole "Mwen tande X fèk anboche yon nouvo direktè finans".
      - {regex: '(?<![\p{L}])(?:mwen|nou) (?:tande|aprann)(?![\p{L}])', keywords: ['mwen tande', 'nou tande', 'mwen aprann', 'nou aprann']}
      # Fifth round (NBS): Chinese "听说X今年的护士流失率已经超过20%"; Tagalog "Alam ko pong kakapalit lang ng bagong President ng X".
      - {regex: '(?:听说|聽說)[^。！？\n]{2,40}(?:超过|超過|达到|達到|增长|增長|下降|裁员|裁員|融资|融資|上市|收购|收購|换了|換了)', keywords: ['听说', '聽說']}
      - {regex: '(?<![\p{L}])alam ko (?:po |pong |na )?(?:na |pong )?(?:kakapalit|kapapalit|kalilipat|kabubukas|bagong)(?![\p{L}])', keywords: ['alam ko']}
      # Fourth round (NBI, NBM): Spanish "Con la nueva sucursal que X abrió en David, Chiriquí"; Urdu "معلوم ہوا ہے کہ X نے اس سال اپنی فیلڈ ٹیم دوگنی کر لی ہے".
      - {regex: '(?<![\p{L}])con la nueva (?:sucursal|tienda|planta|bodega|oficina|sede|farmacia|clínica)(?![\p{L}])[^.!?\n]{0,10}(?<![\p{L}])que(?![\p{L}])[^.!?\n]{0,40}(?<![\p{L}])abri[óo](?![\p{L}])', keywords: ['con la nueva']}
      - {regex: '(?<![\p{L}])معلوم ہوا ہے کہ(?![\p{L}])', keywords: ['معلوم']}
      # Third round (NBC): "I heard that" in Somali ("Waxaan maqlay in X ay dhowaan heshay maalgelin cusub") and Kinyarwanda ("Twumvise ko X yabonye umuyobozi mukuru mushya").
      - {regex: '(?<![\p{L}])waxaan (?:maqlay|maqalnay|ogaaday) in(?![\p{L}])|(?<![\p{L}])(?:twumvise|numvise|numvishe|twumvishe) ko(?![\p{L}])', keywords: ['waxaan', 'twumvise', 'numvise', 'numvishe', 'twumvishe']}
      # Second round (NBA, NAW): German "Da X im letzten Jahr rund 40 neue Liegenschaften dazugewonnen hat", "Sie haben ja mit X vor Kurzem einen Aufzugsservice in Innsbruck übernommen – herzlichen Glückwunsch dazu";
      # "I heard that" in Bislama ("Mi herem dat X hem kasem big fala seleni"), Fijian ("Au rogoca ni sa voli e X e rua na waqa vou") and Tongan ("Ne u fanongo kuo fakatau ʻe X ha vaka foʻou").
      - {regex: '(?<![\p{L}])(?:da|weil|nachdem|seit|seitdem)(?![\p{L}])[^.!?\n]{2,50}?(?:im letzten jahr|letztes jahr|dieses jahr|in diesem jahr|kürzlich|zuletzt|vor kurzem)[^.!?\n]{0,40}(?:dazugewonnen|hinzugewonnen|gewonnen|eröffnet|übernommen|eingestellt|gekauft|akquiriert) (?:hat|haben)(?![\p{L}])|(?:übernommen|gekauft|eröffnet|akquiriert|erworben)[^.!?\n]{0,20}herzlichen glückwunsch(?![\p{L}])', keywords: ['dazugewonnen', 'hinzugewonnen', 'gewonnen', 'eröffnet', 'übernommen', 'eingestellt', 'gekauft', 'akquiriert', 'herzlichen glückwunsch']}
      - {regex: '(?<![\p{L}])mi (?:herem|harem|hearim|harim) (?:dat|se)(?![\p{L}])|(?<![\p{L}])(?:au|keimami|keitou) rogoca ni(?![\p{L}])|(?<![\p{L}])ne u fanongo(?![\p{L}])', keywords: ['mi herem', 'mi harem', 'mi hearim', 'mi harim', 'rogoca', 'fanongo']}
      - {regex: '(?<![\p{L}])meal (?:ur|do) naidheachd(?![\p{L}])', keywords: ['meal ur', 'meal do']}
      - {regex: '(?<![\p{L}])(?:تستعد|يستعد|تتجه|يتجه|تخطط|يخطط)(?:[ \t]+\p{L}+)?[ \t]+(?:للتوسع|لتوسيع|للدخول|لافتتاح|للاستحواذ|للإدراج|لطرح|للاندماج)(?![\p{L}])', keywords: ['تستعد', 'يستعد', 'تتجه', 'يتجه', 'تخطط', 'يخطط']}
      - {regex: '(?<![\p{L}])(?:difahamkan|dimaklumkan|dengar|mendengar|diberitahu|faham bahawa)(?![\p{L}])[^.!?\n]{2,60}?(?<![\p{L}])(?:baru (?:sahaja|saja) (?:memenangi|memperoleh|mendapat|mendapatkan|membuka|melantik|mengambil alih|menutup)|sedang (?:dalam proses )?(?:penstrukturan|menstruktur|mengurangkan|membuang|dijual)|(?:akan|bakal) (?:disenaraikan|membuka|mengambil alih|tutup))(?![\p{L}])', keywords: ['difahamkan', 'dimaklumkan', 'dengar', 'mendengar', 'diberitahu', 'faham bahawa']}
      - {regex: '(?<![\p{L}])(?:سنا ہے|سنا تھا|سننے میں آیا)(?![\p{L}])[^۔\n]{2,80}?(?:کھولا|کھولی|کھول|خریدا|خریدی|حاصل کی|حاصل کیا|ضم|لسٹ|فہرست|بھرتی|مقرر)', keywords: ['سنا', 'سننے']}
      - {regex: '(?<![\p{L}])(?:suna hai|suna tha|sunne mein aaya|pata chala)(?![\p{L}])[^.!?\n]{2,60}?(?<![\p{L}])(?:list hone|listing|ipo|kholne|khola|kholi|khareed|acquire|merge|funding|raise|naya (?:office|branch|ceo)|nayi (?:branch|factory))(?![\p{L}])', keywords: ['suna hai', 'suna tha', 'sunne', 'pata chala']}
      - {regex: '(?<![\p{L}])(?:puisque|comme|maintenant que|étant donné que|vu que)(?![\p{L}])[^.!?\n]{2,40}? s''apprête à (?:ouvrir|s''implanter|lancer|racheter|fusionner|entrer en bourse|se développer|s''étendre|déménager|recruter)(?![\p{L}])', keywords: ['s''apprête']}
      # Fifty-third session, sixth round (NAG, NAH): Spanish "Ahora que X ha duplicado sus servicios en Lima Norte"; Vietnamese "Em biết X vừa chuyển trụ sở về Thủ Đức"; Indonesian "Dengan pertumbuhan X sekitar 30% per tahun".
      - {regex: '(?<![\p{L}])(?:ahora que|ya que|dado que|tras|después de que|desde que)(?![\p{L}])[^.!?\n]{2,40}? (?:ha|han) (?:duplicado|triplicado|doblado|cuadruplicado|multiplicado) (?:sus|su|el|la|los|las)(?![\p{L}])|(?<![\p{L}])(?:em|tôi|anh|chị|chúng tôi|bên em) (?:biết|được biết|nghe nói|nghe)(?: là| rằng)? [^.!?\n]{0,40}(?:vừa|mới|đã|sắp) (?:chuyển trụ sở|chuyển văn phòng|mở thêm|mở|mua lại|sáp nhập|huy động|gọi vốn|tuyển thêm|cắt giảm|niêm yết|khai trương)(?![\p{L}])|(?<![\p{L}])(?:dengan|karena|mengingat|seiring) pertumbuhan (?!(?:kami|kita)(?![\p{L}]))[^.!?\n]{2,40}? (?:sekitar |hampir |lebih dari |di atas )?\d+ ?%', keywords: ['duplicado', 'triplicado', 'doblado', 'cuadruplicado', 'multiplicado', 'biết', 'được biết', 'nghe nói', 'nghe', 'pertumbuhan']}
      # Fifty-third session, fifth round (NAA, NAB): Korean "최근 구조조정으로 X 약제부 인력이 꽤 줄었다고 들어서", "매출이 30% 이상 성장했다고 들었는데"; Japanese "X様では今年、社長が交代されたと伺っております"; Hinglish "Aapke yahan abhi 3,500 students bus use karte hain"; Telugu "X ఈ ఏడాది 40 కొత్త బస్సులు కొన్నట్లు విన్నాను".
      - {regex: '(?:구조조정|인력|매출|성장|확장|인수|합병|투자|상장|대표|신임|감원|해고|줄었|늘었|개설|오픈|이전)[^.!?\n]{0,40}(?:다고|했다고|었다고|였다고|됐다고|되었다고) (?:들었|들어서|들었는데|들었습니다|들었어요|전해 들었)|(?:社長|代表|会長|ceo|役員|経営陣|トップ)が(?:交代|就任|退任|変わ)[^。\n]{0,10}と(?:伺って|聞いて|お聞きし|耳にし)|(?:買収|合併|上場|資金調達|増資|リストラ|人員削減|新工場|新拠点|移転|拡張|閉鎖|出店)[^。\n]{0,20}と(?:伺って|聞いて|お聞きし|耳にし)|(?<![\p{L}])aapke (?:yahan|yahaan|school|schools|company|office) (?:abhi |ab |already )?\d[\d,]*|(?:ట్లు|నట్లు) (?:విన్నాను|విన్నాం|తెలిసింది)', keywords: ['들었', '들어서', '들었는데', '들었습니다', '들었어요', '전해', '伺って', '聞いて', 'お聞きし', '耳にし', 'aapke', 'విన్నాను', 'విన్నాం', 'తెలిసింది']}
      # Fifty-third session, fourth round (KY, KZ, MO): French "Avec l'ouverture de vos succursales en Ontario cet automne", "Je sais que X traverse une période plus difficile …, avec des marges qui ont fondu"; Dutch "Nu X binnenkort ook in Nederland opent",
      # "Proficiat trouwens met de kaap van 100 winkels"; German "wie ich gehört habe, baut X gerade ein neues Lager in Wels"; Spanish "Con la expansión de X a Mendoza", "Ahora que X ya supera los 8.000 abonados mensuales".
      - {regex: '(?<![\p{L}])(?:avec|depuis|après|suite à) (?:l''ouverture|l''acquisition|le rachat|la fusion|l''expansion|l''arrivée) (?:de (?:vos|votre|leurs?|ses)|des) (?:nouve\p{L}+ )?(?:succursales?|magasins?|boutiques?|usines?|sites?|entrepôts?|bureaux|bureau|agences?|filiales?|restaurants?|points de vente|centres?|cliniques?)(?![\p{L}])', keywords: ['l''ouverture', 'l''acquisition', 'le rachat', 'la fusion', 'l''expansion', 'l''arrivée']}
      - {regex: '(?<![\p{L}])(?:je sais que|j''ai appris que|j''ai entendu dire que|il paraît que|on m''a dit que)(?![\p{L}])[^.!?\n]{0,60}?(?:période (?:plus )?difficile|traverse une|marges? (?:qui )?(?:ont )?fondu|difficultés financières|perd de l''argent|en difficulté)', keywords: ['je sais que', 'j''ai appris', 'j''ai entendu', 'il paraît', 'on m''a dit']}
      - {regex: '(?<![\p{L}])nu (?!(?:we|wij|ik|u|jullie|het|dit|dat|er)\b)[\p{L}&.''’ -]{2,40}? (?:binnenkort|straks|dit jaar|volgend jaar|onlangs|net) [^.!?\n,]{0,40}?(?:opent|uitbreidt|overneemt|fuseert|verhuist|opende|overnam)(?![\p{L}])', keywords: ['opent', 'uitbreidt', 'overneemt', 'fuseert', 'verhuist', 'opende', 'overnam']}
      - {regex: '(?<![\p{L}])(?:proficiat|gefeliciteerd|felicitaties)(?![\p{L}])[^.!?\n]{0,40}?(?:kaap van|mijlpaal|\d+ (?:winkels|vestigingen|filialen|medewerkers|klanten))', keywords: ['proficiat', 'gefeliciteerd', 'felicitaties']}
      - {regex: '(?<![\p{L}])(?:wie ich gehört habe|wie ich höre|wie ich erfahren habe|ich habe gehört,? dass|mir wurde zugetragen)(?![\p{L}])[^.!?\n]{0,60}?(?:neues? (?:lager|werk|standort|büro|filiale|zentrallager)|baut|eröffnet|übernimmt|expandiert|entlässt|fusioniert)', keywords: ['wie ich', 'ich habe gehört', 'mir wurde']}
      - {regex: '(?<![\p{L}])con la (?:reciente )?(?:expansión|apertura|adquisición|fusión|salida a bolsa|reestructuración) (?:de|del) (?!(?:nuestr|ourco)\p{L}*)', keywords: ['con la']}
      - {regex: '(?<![\p{L}])(?:ahora que|ya que|dado que|agora que|maintenant que|jetzt,? wo|ora che|nu) (?!(?:we|nosotros|nós|nous|wir|noi|u|usted|você|vous)\b)[^.!?\n]{2,40}? (?:ya |já |déjà |bereits |già |al )?(?:supera|superó|pasa de|alcanzó|alcanza|ronda|ultrapassa|passa de|atingiu|dépasse|a dépassé|atteint|übersteigt|überschreitet|supera|ha superato|overschrijdt|heeft bereikt) (?:los |las |el |la |os |as |o |a |les |la barre des |die |i |le )?(?:más de |mais de |plus de |über |oltre |meer dan )?\d[\d.,]{2,}(?! ?(?:días|dias|meses|semanas|años|anos|horas|jours|mois|semaines|ans|heures|tage|monate|wochen|jahre|stunden|giorni|mesi|settimane|anni|ore|dagen|maanden|weken|jaar|uur)(?![\p{L}]))', keywords: ['supera', 'superó', 'pasa de', 'alcanzó', 'alcanza', 'ronda', 'ultrapassa', 'passa de', 'atingiu', 'dépasse', 'a dépassé', 'atteint', 'übersteigt', 'überschreitet', 'ha superato', 'overschrijdt', 'heeft bereikt']}
      # Fifty-third session, third round (KT): Amharic "X በቅርቡ ወደ ኦሮሚያ ክልል መስፋፋቱን ሰምቻለሁ".
      - {regex: '(?:መስፋፋ|አዲስ|ገዛ|ኢንቨስትመንት|ተሾመ|ቅርንጫፍ|ከሰረ|ተቀነሰ)[^።!?\n]{0,60}(?:ሰምቻለሁ|ሰምተናል|ሰማሁ|ሰማን)', keywords: ['ሰምቻለሁ', 'ሰምተናል', 'ሰማሁ', 'ሰማን']}
      # Fifty-third session, third round (KS): Turkish "X'in geçen yıl yüzde 40 büyüdüğünü biliyoruz", "Kazakistan pazarına açılmaya hazırlandığınızı duyduk"; Azerbaijani "Eşitdiyimə görə, X şirkətinə yeni baş direktor təyin olunub"; Georgian "გავიგეთ, რომ X რუსთავში ახალ საწყობს ხსნის".
      - {regex: '(?<![\p{L}])(?:büyü|küçül|açıl|açacak|genişle|yatırım al|satın al|birleş|işten çıkar|atan|halka arz|hazırlan|taşın|kapan|kapat|devral|kazan|kaybet)\p{L}*(?:[ \t]+\p{L}+){0,2}?[ \t]+(?:duyduk|duydum|öğrendik|öğrendim|biliyoruz|biliyorum|okudum|okuduk|gördüm|gördük|eşitdik|eşitdim)(?![\p{L}])|(?<![\p{L}])(?:eşitdiyimə görə|eşitdiyimizə görə|eşitdik ki|eşitdim ki|duyduğuma göre|duyduğumuza göre|öğrendiğimize göre|öğrendiğime göre)(?![\p{L}])[^.!?\n]{0,80}?(?:direktor|müdür|təyin|atan|açır|açıb|açıyor|açacak|genişlən|genişle|investisiya|yatırım|satın al|birləş|birleş|ixtisar|işten çıkar|halka arz)|(?:გავიგეთ|გავიგე|შევიტყვეთ|შევიტყვე),? რომ[^.!?\n]{0,80}?(?:ახალ|ხსნის|გახსნა|შეიძინა|დაფინანს|ინვესტიცი|გაფართოებ|დანიშნ|გაერთიანდ)', keywords: ['duyduk', 'duydum', 'öğrendik', 'öğrendim', 'biliyoruz', 'biliyorum', 'okudum', 'okuduk', 'gördüm', 'gördük', 'eşitdik', 'eşitdim', 'eşitdiyimə', 'eşitdiyimizə', 'duyduğuma', 'duyduğumuza', 'öğrendiğimize', 'öğrendiğime', 'გავიგეთ', 'გავიგე', 'შევიტყვეთ', 'შევიტყვე']}
      # Fifty-third session, second round (KM, KN): Greek "Μαθαίνω ότι η X ετοιμάζεται για εισαγωγή στο Χρηματιστήριο", "Με την πρόσφατη χρηματοδότηση που εξασφάλισε η X"; Chinese "看到X今年在上海新开了五家门店", "听说X的创始人已经不太管日常运营了".
      - {regex: '(?<![\p{L}])(?:${GREEK_KNOW_OPENERS.regex})(?![\p{L}])[^.!?\n]{0,80}?(?:${GREEK_NEWS_WORDS.regex})|(?<![\p{L}])(?:${GREEK_NEWS_PREMISE.regex})(?![\p{L}])|(?:看到|看見|看见)[^。！？\n]{0,30}(?:新开了|新開了|新开设|新開設|开了[一二三四五六七八九十两兩\d]+家|開了[一二三四五六七八九十两兩\d]+家)|(?:听说|聽說|听闻|聽聞|得知)[^。！？\n]{0,20}(?:创始人|創始人|创办人|創辦人|老板|老闆|董事长|董事長)[^。！？\n]{0,20}(?:不太管|不管|退居|退休|卸任|离开|離開|交棒)', keywords: [${[...GREEK_KNOW_OPENERS.keywords, ...GREEK_NEWS_PREMISE.keywords].map((k) => `'${k}'`).join(', ')}, '看到', '看見', '看见', '听说', '聽說', '听闻', '聽聞', '得知']}
      # Fifty-third session, first round (KI, KJ): Chinese and Cantonese "得知X最近完成了新一輪募資", "聽聞X今年裁咗唔少人"; Arabic "سمعنا إنكم رح تفتحوا فرع جديد", "وبما إن X بتتوسع في الإسكندرية", "نهنئكم على فوز X بعقد النظافة الجديد", "بعد ما X خسرت عقد الجيزة".
      - {regex: '(?:得知|聽聞|听闻|了解到|聽講|听讲|聽說|听说|據說|据说|據悉|据悉)[^。！？\n]{0,40}(?:募資|募资|融資|融资|新一輪|新一轮|收購|收购|併購|并购|上市|裁員|裁员|裁咗|裁了|減員|减员|重組|重组|擴張|扩张|擴充|扩充|開設|开设|開新|开新|新廠|新厂|新倉|新仓|獲獎|获奖|虧損|亏损|換咗|換了|换了)|(?<![\p{L}])(?:سمعنا|علمنا|عرفنا|بلغنا|وصلنا|وصلني|سمعت|علمت|عرفت|بلغني|قرأت|قرأنا|شفت|شفنا) (?:إن|ان|أن|إنكم|انكم|أنكم|إنه|انه|أنه|إنّ)(?![\p{L}])[^.!?؟،\n]{0,60}(?:فرع جديد|فروع جديدة|تفتح|افتتاح|افتتحت|توسع|تتوسع|توسعت|استحواذ|استحوذت|تمويل|جولة|اكتتاب|إدراج|طرح|تسريح|هيكلة|عقد جديد|بعقد|فازت|خسرت|اندماج|مدير جديد|رئيس جديد|تعيين)|(?<![\p{L}])(?:بما|وبما|نظرا لأن|نظراً لأن|حيث|وحيث) (?:إن|أن|ان)(?![\p{L}])[^.!?؟،\n]{0,40}(?:بتتوسع|تتوسع|يتوسع|توسعت|وسعت|بتفتح|افتتحت|استحوذت|حصلت على تمويل|خسرت|فازت|بتعاني|تعاني من)|(?<![\p{L}])(?:نهنئكم|أهنئكم|اهنئكم|نهنئ|أهنئ|تهانينا|مبروك)(?![\p{L}])[^.!?؟\n]{0,10}(?:على|ع|علي) (?:فوز|الفوز|حصول|الحصول|توسع|التوسع|افتتاح|استحواذ|الاستحواذ|إطلاق|التمويل|جولة|تعيين|التعيين|إدراج|الإدراج)(?![\p{L}])|(?<![\p{L}])(?:بعد ما|بعدما|بعد أن|بعد ان|عقب)(?![\p{L}])[^.!?؟،\n]{0,40}(?:خسرت|خسر|فقدت|فقد) (?:عقد|صفقة|مناقصة|عميل|العقد|الصفقة|المناقصة|العميل)(?![\p{L}])', keywords: ['得知', '聽聞', '听闻', '了解到', '聽講', '听讲', '聽說', '听说', '據說', '据说', '據悉', '据悉', 'سمعنا', 'علمنا', 'عرفنا', 'بلغنا', 'وصلنا', 'وصلني', 'سمعت', 'علمت', 'عرفت', 'بلغني', 'قرأت', 'قرأنا', 'شفت', 'شفنا', 'بما', 'وبما', 'نظرا', 'نظراً', 'حيث', 'وحيث', 'نهنئكم', 'أهنئكم', 'اهنئكم', 'نهنئ', 'أهنئ', 'تهانينا', 'مبروك', 'خسرت', 'خسر', 'فقدت', 'فقد']}
      # Fifty-second session, a probe of 160 plain pieces of news about the prospect written by a fresh writer in ten languages (105 missed before): a hearsay, premise or congratulation opener, then a news word within the sentence, per language
      # ("Me ha llegado que X ha tenido que hacer un ERE", "Il paraît que X ouvre un nouveau site", "Mir wurde zugetragen, dass X einen neuen CFO an Bord geholt hat", "Ora che X è sbarcata anche in Spagna", "Naar ik begrijp heeft X sinds kort een nieuwe CEO",
      # "يقال إن X قامت بتسريح", "X様で希望退職を募られたと聞き及んでおります", "听朋友说X最近换了新的CEO", "Φημολογείται ότι η X προχώρησε σε απολύσεις").
      - {regex: '(?<![\p{L}])(?:he oído|he escuchado|me han dicho|me han contado|me ha llegado|me enteré|me entere|dicen por ahí|dicen que|se dice que|se rumorea|según mis fuentes|me contó|me contaron|leí en|leí que|vi en|ya que|ahora que|dado que|tras la|tras el|después de|felicidades|enhorabuena|felicitaciones|siento lo de)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])(?:ronda de financiación|financiación|ha levantado|adquirid\p{L}*|adquisición|compró|fusión|fusionad\p{L}*|nuevo (?:ceo|director|consejero delegado|presidente)|ere|despidos|recortes? de plantilla|salir a bolsa|salida a bolsa|opv|nueva (?:planta|sede|oficina|fábrica|tienda|filial)|desembarcar en|desembarcado en|expansión|empleados|trabajadores|facturación|crecid\p{L}* un \d|perdido a|perdido el contrato|brecha de datos|ciberataque|hackeo|multa|sanción|demanda|reestructuración|premio|galardón)(?![\p{L}])|(?<![\p{L}])(?:il paraît que|j''ai entendu|j''ai appris|j''ai lu|on m''a dit|je me suis laissé dire|des bruits courent|selon mes sources|il semblerait|bravo à|félicitations|chapeau|avec vos|après la|après le|vu la|vu le|maintenant que|depuis que)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])(?:levée de fonds|levé|financement|acquisition|racheté|rachat|fusion|nouveau (?:pdg|directeur|dg|président)|licenciements|plan social|introduction en bourse|entrée en bourse|nouveau site|nouvelle usine|nouveaux locaux|ouvre un|ouverture|s''implante|collaborateurs|salariés|chiffre d''affaires|croissance de \d|perdu le contrat|perdu (?:un|son|leur) client|fuite de données|cyberattaque|amende|sanction|condamn\p{L}*|réorganisation|restructuration|prix|trophée)(?![\p{L}])|(?<![\p{L}])(?:ich habe (?:im [\p{L}]+ |in der [\p{L}]+ )?(?:gehört|gelesen|mitbekommen|erfahren)|mir wurde zugetragen|man hört|wird gemunkelt|soweit ich weiß|wie ich höre|da sich|jetzt auch|nach dem|nachdem|bei inzwischen|mit einem wachstum|glückwunsch|gratulation)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])(?:finanzierungsrunde|finanzierung|investition|übernahme|übernommen|gekauft|fusion|zusammenschluss|neue[nr]? (?:ceo|cfo|geschäftsführer\p{L}*|vorstand\p{L}*)|stellen abbauen|stellenabbau|entlassungen|börsengang|ipo|neue[nrs]? (?:standort|werk|niederlassung|büro)|vertreten|expandiert|mitarbeitende\p{L}*|mitarbeiter\p{L}*|umsatz|wachstum von \d|kunden[^.!?\n]{0,40}verloren|datenleck|hackerangriff|cyberangriff|bußgeld|verfahren|klage|neu aufstellt|umstrukturierung|restrukturierung|auszeichnung)(?![\p{L}])|(?<![\p{L}])(?:ouvi dizer|me disseram|me contaram|fiquei sabendo|soube que|li que|vi que|agora que|com a [\p{L}&. ]{2,30} já|com o [\p{L}&. ]{2,30} já|depois do|depois da|como a|como o|um amigo em comum|parabéns|dizem que|comenta-se)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])(?:rodada|investimento|captou|aquisição|adquiriu|comprou|fusão|novo (?:ceo|diretor|presidente)|demiss\p{L}*|layoffs|ipo|abertura de capital|bolsa|nova (?:fábrica|sede|filial|loja)|novo escritório|chegou a|chegou ao|expansão|colaboradores|funcionários|faturamento|cresceu|perdeu|vazamento de dados|ataque hacker|multad\p{L}*|processo|reestruturação|prêmio)(?![\p{L}])|(?<![\p{L}])(?:mi è giunta voce|ho saputo|ho sentito|ho letto|mi dicono|mi hanno detto|si vocifera|sembra che|pare che|a quanto pare|ora che|con [\p{L}&. ]{2,30} ormai|dopo la|dopo l''|visto che|congratulazioni|complimenti)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])(?:round|finanziamento|investimento|acquisizione|acquisit\p{L}*|fusione|nuovo (?:amministratore delegato|ceo|direttore)|licenziament\p{L}*|esuberi|quotazione|borsa|ipo|nuovo stabilimento|nuova sede|nuovo ufficio|sbarcat\p{L}*|espansione|dipendenti|fatturato|cresciut\p{L}*|perso la commessa|perso [\p{L} ]{1,20}cliente|attacco informatico|violazione dei dati|sanzione|multa|riorganizzazione|ristrutturazione|premio)(?![\p{L}])|(?<![\p{L}])(?:ik las|ik hoorde|ik heb gehoord|naar ik begrijp|het gerucht gaat|ik vang op|via via|ik zag voorbijkomen|gefeliciteerd|proficiat)(?![\p{L}])[^.!?\n]{0,90}?(?<![\p{L}])(?:investeringsronde|financiering|overname|overgenomen|fusie|nieuwe (?:ceo|directeur|cfo)|reorganisatie|ontslagen|beursgang|beursnotering|nieuw (?:kantoor|filiaal|pand)|nieuwe (?:vestiging|fabriek)|gegroeid|(?:klant|opdracht|contract) kwijt|datalek|boete|rechtszaak|herstructurering)(?![\p{L}])|(?:قرأت|سمعت|يقال|علمت|وصلني|يتداول|بلغني|لاحظت|بما أن|مع وصول|بعد حادثة|نظراً|مبروك|نبارك|تهانينا)[^.!?\n]{0,90}?(?:جولة تمويل|تمويل|استحواذ|اندماج|رئيس تنفيذي جديد|تسريح|الإدراج|للإدراج|الاكتتاب|توسعت|فرع جديد|مصنع جديد|موظف|إيرادات|نمواً|نمو|خسرت|تسريب البيانات|اختراق|غرامة|دعوى|إعادة الهيكلة|جائزة|بجائزة)|(?<![\p{L}])(?:croissance|chiffre d''affaires|levée de fonds)(?![\p{L}])[^.!?\n]{0,60}(?:chapeau|bravo|félicitations)(?![\p{L}])|(?:資金調達|買収|経営統合|合併|新社長|希望退職|人員削減|上場|新工場|新拠点|進出|従業員数|売上高|成長|情報漏えい|不正アクセス|罰金|訴訟|組織再編|受賞)[^。！？\n]{0,40}(?:と聞き|と伺い|を耳に|とのこと|を受け|に伴い|を遂げられた|を超えられた)|(?:を遂げられた|を超えられた|を募られた|を目指されている)|(?:听说|听朋友说|了解到|业内都在传|有同行|据说|既然|鉴于|考虑到|恭喜|祝贺)[^。！？\n]{0,40}(?:融资|收购|合并|新的ceo|新ceo|换了|裁员|上市|新工厂|进入|员工|营收|业绩|增长|丢了|数据泄露|罚款|诉讼|组织架构调整|重组|获奖|荣获|最佳)|(?:员工|人数)已经超过\d|(?<![\p{L}])met inmiddels (?:ruim |meer dan |bijna |zo''n )?\d[\d.]* medewerkers(?![\p{L}])|(?<![\p{L}])na (?:het datalek|de overname|de fusie|de reorganisatie|de hack) (?:bij|van) |(?<![\p{L}])(?:omdat|nu) [\p{L}&. ]{2,30} midden in een (?:herstructurering|reorganisatie|overname|fusie)|(?:合并|收购)之后|(?<![\p{L}])(?:${NEWS_GREEK_52.regex})', keywords: ['a quanto pare', 'agora que', 'ahora que', 'après la', 'après le', 'avec vos', 'bei inzwischen', 'bravo à', 'chapeau', 'chiffre d', 'com a', 'com o', 'comenta-se', 'como a', 'como o', 'complimenti', 'con', 'congratulazioni', 'crecida', 'crecido', 'cresciut', 'croissance', 'da sich', 'dado que', 'depois da', 'depois do', 'depuis que', 'des bruits courent', 'después de', 'dicen por ahí', 'dicen que', 'dizem que', 'dopo l''', 'dopo la', 'enhorabuena', 'felicidades', 'felicitaciones', 'fiquei sabendo', 'félicitations', 'gefeliciteerd', 'gegroeid', 'glückwunsch', 'gratulation', 'he escuchado', 'he oído', 'het gerucht gaat', 'ho letto', 'ho saputo', 'ho sentito', 'ich habe', 'ik heb gehoord', 'ik hoorde', 'ik las', 'ik vang op', 'ik zag voorbijkomen', 'il paraît que', 'il semblerait', 'j''ai appris', 'j''ai entendu', 'j''ai lu', 'je me suis laissé dire', 'jetzt auch', 'levée de fonds', 'leí en', 'leí que', 'li que', 'maintenant que', 'man hört', 'me contaram', 'me contaron', 'me contó', 'me disseram', 'me entere', 'me enteré', 'me ha llegado', 'me han contado', 'me han dicho', 'mi dicono', 'mi hanno detto', 'mi è giunta voce', 'mir wurde zugetragen', 'mit einem wachstum', 'naar ik begrijp', 'nach dem', 'nachdem', 'on m''a dit', 'ora che', 'ouvi dizer', 'parabéns', 'pare che', 'proficiat', 'se dice que', 'se rumorea', 'según mis fuentes', 'selon mes sources', 'sembra che', 'si vocifera', 'siento lo de', 'soube que', 'soweit ich weiß', 'tras el', 'tras la', 'um amigo em comum', 'vi en', 'vi que', 'via via', 'visto che', 'vu la', 'vu le', 'wie ich höre', 'wird gemunkelt', 'ya que', 'بعد حادثة', 'بلغني', 'بما أن', 'تهانينا', 'سمعت', 'علمت', 'قرأت', 'لاحظت', 'مبروك', 'مع وصول', 'نبارك', 'نظراً', 'وصلني', 'يتداول', 'يقال', 'おめでとう', 'お祝い', 'とのこと', 'に伴い', 'を受け', '业内', '之后', '了解到', '伺い', '募られた', '听朋友', '听说', '已经超过', '恭喜', '据说', '既然', '有同行', '目指されている', '祝贺', '考虑到', '耳に', '聞き', '超えられた', '遂げられた', '鉴于', ${NEWS_GREEK_52.keywords.map((k) => `'${k}'`).join(', ')}]}
      # Fifty-second session, third round (JW, JX): Albanian "Kam dëgjuar që X po zgjerohet në Sarandë", "Urime për çmimin që fituat"; Croatian "s obzirom na to da X ove godine ulazi na talijansko tržište"; Slovenian "slišal sem, da ste pravkar odprli novo bazo";
      # Swahili "Kwa kuwa X inafungua ofisi mpya Mwanza".
      - {regex: '(?<![\p{L}])kam (?:dëgjuar|lexuar|parë) (?:që|se)(?![\p{L}])[^.!?\n]{1,60}(?:zgjer\p{L}*|hap\p{L}*|bler\p{L}*|investim\p{L}*|financim\p{L}*|drejtor\p{L}* (?:i ri|e re)|(?:zyr|fabrik|dyqan|pik)\p{L}* (?:të re|e re|të reja))|(?<![\p{L}])urime për (?:çmimin|hapjen|blerjen|zgjerimin|investimin|fitoren|emërimin|financimin)(?![\p{L}])|(?<![\p{L}])s obzirom (?:na to )?da [^.!?\n]{2,40}? (?:ulazi na|otvara|širi|preuzima|kupuje|zapošljava|je otvorio|je otvorila|je preuzeo|je preuzela|je kupio|je kupila)(?![\p{L}])|(?<![\p{L}])(?:slišal|slišala|čuo|čula|slyšel|slyšela) sem,? da(?![\p{L}])[^.!?\n]{1,60}(?:odprli|odprl|odprla|kupili|prevzeli|zaposlili|širite|razširili|otvorili|otvorio|otvorila|preuzeli|zapošljavate|investicij\p{L}*|financiranj\p{L}*|(?:nov[aoiu]|nove) (?:bazo|bazu|podružnic\p{L}*|pisarn\p{L}*|ured|tovarn\p{L}*|tvornic\p{L}*|direktor\p{L}*|lokacij\p{L}*))|(?<![\p{L}])kwa kuwa [^.!?\n]{2,40}? (?:inafungua|imefungua|imenunua|inapanua|imepata|imeajiri|inahamia)(?![\p{L}])', keywords: ['kam dëgjuar', 'kam lexuar', 'kam parë', 'urime', 's obzirom', 'slišal', 'slišala', 'čuo', 'čula', 'slyšel', 'slyšela', 'kwa kuwa']}
      # Fifty-second session, second round (IX, IY, IZ): Malay "Saya difahamkan X baru sahaja menerima pelaburan daripada dana Singapura"; Chinese "听说X今年要在柔佛开三家新分店"; Latvian "Dzirdēju, ka X šogad plāno atvērt vēl divus pansionātus";
      # Icelandic "Nú þegar X hefur keypt markaðinn í Grindavík", "Til hamingju með nýju fjármögnunina"; Faroese "Nú X ætlar at fara út á norska marknaðin"; Norwegian "Siden X har kuttet staben med en tredjedel det siste året".
      - {regex: '(?<![\p{L}])saya (?:difahamkan|dengar|diberitahu|dimaklumkan|faham)(?![\p{L}])[^.!?\n]{0,60}(?:menerima|mendapat|memperoleh|meraih) (?:pelaburan|dana|pembiayaan|pendanaan|suntikan modal|modal)|(?:听说|聽說|据说|據說|据悉|據悉)[^。！？\n]{0,40}(?:开|開)(?:设|設)?(?:了)?(?:[一二三四五六七八九十两兩几幾\d]+(?:家|间|間|个|個|座))?(?:新)?(?:分店|门店|門店|工厂|工廠|办公室|辦公室|仓库|倉庫|分公司|厂|廠)|(?:听说|据说|据悉)[^。！？\n]{0,40}(?:上市|融资|收购|并购|裁员|重组|新任|任命|扩张|开设|获奖)|(?<![\p{L}])dzirdēju,? ka(?![\p{L}])[^.!?\n]{1,80}(?:plāno|atvērs|atvērt|iegādāj\p{L}*|piesaist\p{L}*|paplašin\p{L}*|slēdz\p{L}*|atlaid\p{L}*)|(?<![\p{L}])nú þegar(?![\p{L}])[^.!?\n]{1,60}(?:hefur keypt|hefur opnað|hefur ráðið|hefur fengið|hefur sagt upp|keypti|opnaði)(?![\p{L}])|(?<![\p{L}])til hamingju með (?:nýj\p{L}*|fjármögnun\p{L}*|kaup\p{L}*|opnun\p{L}*|verðlaun\p{L}*)|(?<![\p{L}])nú (?!(?:vit|eg|vær)(?![\p{L}]))[^.!?\n]{1,60}ætlar at (?:fara|opna|keypa|byggja|flyta)(?![\p{L}])|(?:^|[.!?]\s+|\n)[ \t]*(?:siden|ettersom|nå som|da) (?!(?:vi|jeg|ourco|dere|du)(?![\p{L}]))[^.!?\n]{2,40}? har (?:kuttet|redusert|sagt opp|permittert|doblet|økt|kjøpt|åpnet|hentet|fusjonert)(?![\p{L}])', keywords: ['saya difahamkan', 'saya dengar', 'saya diberitahu', 'saya dimaklumkan', 'saya faham', '听说', '聽說', '据说', '據說', '据悉', '據悉', 'dzirdēju', 'nú þegar', 'til hamingju', 'ætlar at', 'kuttet', 'redusert', 'sagt opp', 'permittert', 'doblet', 'økt', 'kjøpt', 'åpnet', 'hentet', 'fusjonert']}
      # Fifty-second session, a probe of plain news in 25 languages: heard in Swedish, Danish, Norwegian, Hungarian, Romanian, Tagalog and Japanese ("Jag hörde att X nyligen tagit in nytt kapital", "Jeg hørte, at X lige har rejst ny kapital", "Hallottam, hogy a X most zárt le egy új befektetési kört",
      # "Am auzit că X tocmai a atras o nouă rundă de finanțare", "Narinig ko na nakakuha ang X ng bagong pondo", "Xが新たな資金調達を行ったと伺いました"); congratulations in Swedish, Polish, Turkish, Indonesian and Vietnamese on a new plant, office or round
      # ("Grattis till X:s nya fabrik i Göteborg", "Gratulacje z okazji nowego zakładu X", "Tebrikler, X'nun İzmir'deki yeni fabrikası için", "Selamat atas pabrik baru X", "Chúc mừng X đã khai trương nhà máy mới"); Dutch news as the reason to write ("Nu X net een kantoor in Gent heeft geopend").
      - {regex: '(?<![\p{L}])(?:jag (?:hörde|har hört|läste|såg)|jeg (?:hørte|har hørt|læste|leste|så))(?![\p{L}]),? (?:att|at) [^.!?\n]{1,80}?(?<![\p{L}])(?:kapital|finansiering\p{L}*|investering\p{L}*|förvärv\p{L}*|opkøb\p{L}*|oppkjøp\p{L}*|köpt|købt|kjøpt|ny (?:vd|ceo|direktør|direktör|adm\. direktør)|nytt? (?:kontor|fabrik|fabrikk|lager|anläggning|anlegg)|nye (?:fabrik|kontor|lager)|expanderar|expanderer|utvider|udvider|rejst|hentet|tagit in|börsnoter\p{L}*|børsnoter\p{L}*|sagt upp|varslet|afskediget|fusioner\p{L}*)(?![\p{L}])|(?<![\p{L}])hallottam,? hogy(?![\p{L}])[^.!?\n]{1,80}?(?:befektet\p{L}*|tőke\p{L}*|felvásárol\p{L}*|felvásárlás\p{L}*|új (?:gyár|iroda|telephely|vezérigazgató|raktár)\p{L}*|megnyit\p{L}*|tőzsdé\p{L}*|elbocsát\p{L}*|leépít\p{L}*)|(?<![\p{L}])am (?:auzit|aflat|citit) (?:că|ca)(?![\p{L}])[^.!?\n]{1,80}?(?:finanțare|finantare|finanţare|investiți\p{L}*|investitii|investiţi\p{L}*|achiziți\p{L}*|achizitie|achiziţi\p{L}*|fabric[ăa] nou[ăa]|birou nou|sediu nou|director (?:general )?nou|listat\p{L}*|concedie\p{L}*|disponibiliz\p{L}*|fuziun\p{L}*)|(?<![\p{L}])narinig (?:ko|namin) (?:na|na ang|na si)(?![\p{L}])[^.!?\n]{1,80}?(?:pondo|puhunan|investment|bumili|binili|nagbukas|bagong (?:planta|opisina|pabrika|ceo|branch)|nagsara|nagtanggal)|(?:資金調達|買収|上場|新工場|新社長|新しい社長|移転|拡張|増資|合併|人員削減|開設)[^。！？\n]{0,40}と(?:伺い|聞き|お聞きし|耳にし|拝見し)ました|(?<![\p{L}])grattis (?:till|på|med)(?![\p{L}])[^.!?\n]{0,60}(?:nya|nytt|ny) (?:fabrik|kontor|anläggning|lager|vd|finansiering|förvärv|butik|etablering)|(?<![\p{L}])gratulacje (?:z okazji|za|dla|w związku z)(?![\p{L}])[^.!?\n]{0,60}(?:nowego|nowej|nowym|otwarci\p{L}*|przejęci\p{L}*|finansowani\p{L}*|inwestycj\p{L}*|debiut\p{L}*)|(?<![\p{L}])tebrik(?:ler|ederim|ederiz)(?![\p{L}])[^.!?\n]{0,80}(?:yeni (?:fabrika|ofis|şube|tesis|depo|mağaza)|açılış|yatırım|satın alma|halka arz)|(?<![\p{L}])selamat (?:atas|untuk)(?![\p{L}])[^.!?\n]{0,60}(?:(?:pabrik|kantor|cabang|gudang|toko) baru|pendanaan|akuisisi|pembukaan|ipo)|(?<![\p{L}])chúc mừng(?![\p{L}])[^.!?\n]{0,60}(?:khai trương|nhà máy mới|gọi vốn|văn phòng mới|chi nhánh mới|niêm yết|mở rộng)|(?:^|[.!?]\s+|\n)[ \t]*(?:nu|omdat|aangezien|sinds) (?!(?:we|wij|ourco|ik|u|jullie)(?![\p{L}]))[^.!?\n]{2,40}? (?:net|onlangs|recent|pas|zojuist) (?:een )?(?:nieuw[e]? |tweede |derde )?(?:kantoor|vestiging|fabriek|locatie|filiaal|magazijn|winkel|hub|distributiecentrum)[^.!?\n]{0,40}?(?:geopend|opent|heeft geopend|in gebruik genomen)', keywords: ['jag hörde', 'jag har hört', 'jag läste', 'jag såg', 'jeg hørte', 'jeg har hørt', 'jeg læste', 'jeg leste', 'jeg så', 'hallottam', 'am auzit', 'am aflat', 'am citit', 'narinig', 'ました', 'grattis', 'gratulacje', 'tebrik', 'selamat atas', 'selamat untuk', 'chúc mừng', 'kantoor', 'vestiging', 'fabriek', 'locatie', 'filiaal', 'magazijn', 'winkel', 'hub', 'distributiecentrum']}
      # Fifty-second session, first round (IP, IQ, IR): Vietnamese "Được biết X vừa gọi vốn thành công thêm 15 triệu USD", "Em nghe nói X đang tái cấu trúc mảng kho vận"; Khmer "យើងបានដឹងថា X ទើបតែទទួលបានការវិនិយោគ…";
      # Estonian "Kuna X sai hiljuti uue tegevjuhi"; Portuguese "Com a X agora com cerca de 120 pessoas fixas na equipe técnica", "Como a X está a abrir uma nova base logística em Benguela", "Como a X está operando no prejuízo".
      - {regex: '(?<![\p{L}])(?:được biết|nghe nói)(?![\p{L}])[^.!?\n]{0,60}(?<![\p{L}])(?:vừa|mới|đã|sắp|đang) (?:gọi vốn|tái cấu trúc|cắt giảm|mở rộng|sáp nhập|huy động|nhận đầu tư|được đầu tư|thay đổi ban lãnh đạo|chuyển trụ sở)|(?:យើងបានដឹងថា|ខ្ញុំបានដឹងថា|បានឮថា|ឮថា)[^\n]{1,60}ទើបតែ|(?<![\p{L}])sai hiljuti uue (?:tegevjuhi|juhi|juhatuse|finantsjuhi|omaniku|investori)(?![\p{L}])|(?<![\p{L}])com (?:a |o )?[^.!?\n]{2,40}? agora com (?:cerca de |mais de |quase |uns |umas |perto de )?\d|(?<![\p{L}])como (?:a|o) [^.!?\n]{2,40}? est[áa] (?:a abrir|abrindo|a expandir|expandindo|a mudar|mudando|a fechar|fechando|a operar|operando|a perder|perdendo|a despedir|demitindo)(?![\p{L}])|(?<![\p{L}])(?:operando|a operar|trabalhando|a trabalhar) (?:no|com|em) preju[ií]zo(?![\p{L}])', keywords: ['được biết', 'nghe nói', 'បានដឹងថា', 'ឮថា', 'sai hiljuti', 'agora com', 'como a', 'como o', 'prejuízo', 'prejuizo']}
      # Fifty-first session, fourth round (II, IJ): Hindi "सुना है X का पिछले साल टर्नओवर 10 करोड़ पार हो गया"; Hinglish "X ne abhi Delhi mein teesra store khola hai na"; German "Da X ja nächstes Jahr an die Börse gehen will"; Spanish "sabemos que X está exportando a Chile".
      - {regex: 'सुना है[^।\n]{0,60}(?:टर्नओवर|करोड़|लाख|फंडिंग|नया|नई|खोला|खोली|शुरू)|(?<![\p{L}])ne (?:abhi|haal hi mein|recently|pichhle (?:saal|mahine)) [\p{L}\d ]{2,40}? (?:khola|kholi|shuru kiya|launch kiya|kharida|liya|kiya) hai(?![\p{L}])|(?<![\p{L}])an die börse (?:gehen|geht|will|wollen|gehen will)(?![\p{L}])|(?<![\p{L}])sabemos que (?!(?:usted|ustedes|tú|nosotros)(?![\p{L}]))[\p{L}&.''’ -]{2,40}? (?:está|están) (?:exportando|abriendo|contratando|expandiéndose|creciendo|vendiendo|cerrando)(?![\p{L}])', keywords: ['सुना है', 'ne abhi', 'haal hi', 'ne recently', 'pichhle', 'börse', 'borse', 'sabemos que']}
      # Fifty-first session, third round (HX, HY): Japanese "先日の資金調達、誠におめでとうございます。" (not after a press release or an article the same paragraph cites, FT); Spanish "X es claramente la marca de escalada que más está creciendo en Chile"; French "Suite au changement de direction chez X cet été".
      - {regex: '(?<!(?:ウェブサイト|ホームページ|ニュースリリース|プレスリリース|記事|報道|拝見)[^\n]{0,160})(?:資金調達|上場|買収|合併|新社長|社長就任|新工場|新店舗|新拠点|開業|移転|受賞)[^。\n]{0,10}(?:誠に|本当に)?おめでとうございます|(?<![\p{L}])es (?:claramente |sin duda |probablemente )?(?:la|el) (?:[\p{L}]+ ){0,4}que más (?:está creciendo|crece|vende|factura)(?![\p{L}])|(?<![\p{L}])suite (?:au|à la) (?:changement de direction|rachat|fusion|levée de fonds|restructuration|nomination|réorganisation|cession) (?:chez|de|d'')', keywords: ['おめでとうございます', 'que más', 'suite au', 'suite à la']}
      # Fifty-first session, second round (GZ, HQ, HR): Slovak "keďže X práve otvára pobočku v Košiciach"; Afrikaans "Nou dat X die nuwe hoofbestuurder aangestel het"; Polish "wiem, że X planuje w tym roku redukcję etatów";
      # Lithuanian "sveikinu X su nauju generaliniu direktoriumi!"; Romanian "Felicitări pentru premiul … primit recent de X!".
      - {regex: '(?<![\p{L}])(?:keďže|pretože|vzhľadom na to,? že|protože|jelikož) (?!(?:sme|jsme|vy|my)(?![\p{L}]))[\p{L}&.''’ -]{2,40}? (?:práve |teraz |nedávno |tento rok |právě |teď |letos )?(?:otvára|otvoril[ao]?|spúšťa|spustil[ao]?|kupuje|kúpil[ao]?|prevzal[ao]?|rozširuje|zlúčil[ao]?|prepúšťa|otevírá|otevřel[ao]?|spouští|koupil[ao]?|převzal[ao]?|rozšiřuje|propouští)(?![\p{L}])|(?<![\p{L}])nou dat (?!(?:ons|ek|julle|u)(?![\p{L}]))[\p{L}&.''’ -]{2,40}? (?:die |''n )?nuwe (?:hoofbestuurder|uitvoerende hoof|besturende direkteur|voorsitter|eienaar|bestuurder|fabriek|tak|kantoor|eienaars)(?![\p{L}])|(?<![\p{L}])wiem,? że (?!(?:pan|pani|państwo|my|wy)(?![\p{L}]))[\p{L}&.''’ -]{2,40}? (?:planuje|przygotowuje|szykuje|rozważa|zamierza|przechodzi|otwiera|zamyka|zwalnia|tnie|szuka|przejmuje|kupuje|sprzedaje)(?![\p{L}])|(?<![\p{L}])sveikin(?:u|ame)(?![\p{L}])[^.!?\n]{0,40}(?<![\p{L}])su (?:nauju|nauja|naujais|naujomis|naujuoju|naująja|įsigijimu|susijungimu|plėtra|atidarymu|apdovanojimu|finansavimu|laimėjimu)(?![\p{L}])|(?<![\p{L}])felicitări (?:pentru|cu ocazia) (?:premiul|premiului|achiziția|achiziției|lansarea|lansării|deschiderea|deschiderii|finanțarea|finanțării|extinderea|extinderii|fuziunea|fuziunii|noul|noua|numirea|numirii|câștigarea|câștigării|contractul|contractului)(?![\p{L}])', keywords: ['keďže', 'pretože', 'vzhľadom', 'protože', 'jelikož', 'nou dat', 'wiem', 'sveikin', 'felicitări']}
      # Fifty-first session, first round (FZ, GS, GT): Portuguese "Vi que a X passou de 10 mil clientes atendidos", "Com a X crescendo 60% ao ano"; Spanish "Con X creciendo un 40% al año"; Czech "protože jste letos získali nového investora",
      # "gratuluji k otevření nového pivovaru X v Brně"; Dutch "Ik hoorde dat X sinds kort ook naar Nederland exporteert"; Cantonese and Chinese "知道X啲founders已經退居幕後", "聽講X最近完成咗新一輪融資", "听说X今年要在裕廊再开一个新厂".
      - {regex: '(?<![\p{L}])(?:vi|li|soube|ouvi dizer|fiquei sabendo) (?:no linkedin |na imprensa |nas notícias |na notícia |no jornal )?que (?:a |o )?(?!(?:você|vocês|nós|a gente|eu)(?![\p{L}]))[\p{L}&.''’ -]{2,40}? (?:passou de|ultrapassou|atingiu|chegou a|abriu|fechou|comprou|adquiriu|contratou|demitiu|cresceu|dobrou|triplicou|lançou|captou|recebeu|ganhou|perdeu|está (?:abrindo|expandindo|contratando|crescendo|mudando))(?![\p{L}])|(?<![\p{L}])(?:com|con) (?:a |o |la |el )?(?!(?:gente|nós|nosotros|nossa|nuestra)(?![\p{L}]))[\p{L}&.''’ -]{2,40}? (?:crescendo|creciendo|dobrando|duplicando|expandindo|expandiéndose) (?:un |uma? )?(?:mais de |cerca de |quase |casi |más de |alrededor del? )?\d+ ?%|(?<![\p{L}])(?:protože|jelikož|když|vzhledem k tomu,? že|jak jste) jste (?:letos |nedávno |teď |právě |loni |v létě |na jaře )?(?:získali|otevřeli|koupili|převzali|spustili|rozšířili|zdvojnásobili|najali|přijali|sloučili|prodali|zavřeli) (?:nov|další|dva|tři|\d)|(?<![\p{L}])gratuluj(?:i|eme|u) k (?:otevření|akvizici|převzetí|spuštění|rozšíření|získání|zisku|nové|novému|novým|fúzi|vstupu)(?![\p{L}])|(?<![\p{L}])(?:ik hoorde|ik heb gehoord|ik begreep|ik vernam|ik las|ik zag|wij hoorden|we hoorden) (?:op linkedin |via via |in de krant )?dat (?!(?:jullie|u|wij|we|ik)(?![\p{L}]))[\p{L}&.''’ -]{2,40}? (?:sinds kort|onlangs|recent|vorig jaar|dit jaar|binnenkort|nu ook|ook) [^.!?\n]{0,60}|(?<=^|[，。！？\n\s])(?:知道|聽講|听讲|聽說|听说|聞說|闻说|據聞|据闻|據說|据说|收到風|收到风)[\p{L}\p{N}&.\s-]{1,40}?(?:啲|的)?(?:founders?|創辦人|创办人|老闆|老板|ceo|md|管理層|管理层)?(?:已經|已经|最近|今年|去年|啱啱|刚刚|剛剛|要|將會|将会|準備|准备|完成咗|完成了)[^。！？\n]{0,30}(?:退居幕後|退居幕后|融資|融资|上市|收購|收购|合併|合并|裁員|裁员|新廠|新厂|開新|开新|擴張|扩张|搬|換咗|换了|上任|離職|离职|賣盤|卖盘)', keywords: ['vi que', 'li que', 'soube', 'ouvi dizer', 'fiquei sabendo', 'crescendo', 'creciendo', 'dobrando', 'duplicando', 'expandindo', 'expandiéndose', 'jste', 'gratuluj', 'hoorde', 'gehoord', 'begreep', 'vernam', 'ik las', 'ik zag', '知道', '聽講', '听讲', '聽說', '听说', '聞說', '闻说', '據聞', '据闻', '據說', '据说', '收到風', '收到风']}
      # Fiftieth session, fifth round (ET, EU, EV): Danish "X har jo lige hentet 400 mio. kr. i ny kapital"; Spanish "Sé que X está en pleno proceso de fusión"; Portuguese "Com os 40 novos colaboradores que a X contratou este ano", "Sei que a X está a preparar a entrada em bolsa";
      # Polish "wiem, że X zatrudnia teraz ponad 300 osób"; Chinese "聽說X今年營收成長了三成".
      - {regex: '[聽听][說说][^。！？\n]{0,40}(?:營收|营收|成長|成长|增長|增长|擴大|扩大)|(?<![\p{L}])(?:har (?:jo )?lige hentet [^!?\n]{1,30}? (?:i ny kapital|kapital|finansiering)|s[ée] que [^.!?\n]{1,60}?en (?:pleno )?proceso de (?:fusi[óo]n|venta|compra|adquisici[óo]n|reestructuraci[óo]n|expansi[óo]n)|com (?:os|as) \d+ nov[oa]s (?:colaboradores|funcionários|trabalhadores|lojas|farmácias|unidades) que (?:a |o )?[^.!?\n]{1,40}? (?:contratou|abriu|adquiriu)|sei que (?:a |o )?[^.!?\n]{1,60}?(?:está a preparar|entrada em bolsa|vai abrir|vai fechar|está a expandir)|wiem,? że [^.!?\n]{1,60}?(?:zatrudnia|otworzył\p{L}*|przejął|przejęła|zwolnił\p{L}*|prowadzi kilkanaście|rozbudowuje|przeprowadza))(?![\p{L}])', keywords: ['聽說', '听说', 'lige hentet', 'sé que', 'se que', 'com os', 'com as', 'sei que', 'wiem'], firm: true}
      # Fiftieth session, fourth round (SX, SY, SZ): Hinglish "Suna hai X ka headcount pichhle saal double ho gaya"; Telugu "… Xలో చేరారని తెలిసింది — అభినందనలు"; German "wie ich höre, hat X die Drittmitteleinnahmen … um fast 30 % gesteigert",
      # "Ihr neuer Vizepräsident für Forschung soll ja ein großer Befürworter …", "Nachdem X im Frühjahr den Zuschlag für … bekommen hat", "Da X ja plant, die Zahl der EU-Projekte … zu verdoppeln".
      - {regex: 'చేరారని తెలిసింది|అని తెలిసింది|(?<![\p{L}])(?:suna hai [^.!?\n]{1,60}?(?:double ho|headcount|badh gay|kam ho gay|band ho gay)|wie ich (?:höre|gehört habe|verstehe|gelesen habe|erfahren habe),? [^.!?\n]{0,80}?(?:gesteigert|verdoppelt|erhöht|gesenkt|verloren|halbiert)|ihre? neue[rn]? [\p{L}-]+ (?:für [\p{L}-]+ )?soll ja|nachdem [^.!?\n]{1,60}? den zuschlag (?:für [^.!?\n]{1,60}? )?(?:bekommen|erhalten)|da [\p{L}&.''’ -]{2,40}? ja (?:plant|vorhat|beabsichtigt|gerade|bald|demnächst|inzwischen))(?![\p{L}])', keywords: ['తెలిసింది', 'suna hai', 'wie ich', 'soll ja', 'zuschlag', ' ja '], firm: true}
      # Fiftieth session, third round (SP, SQ, SR): Romanian "Știu că X a avut pierderi mari la recolta de anul trecut"; Ukrainian "Наскільки я знаю, цього року X збільшила обсяги …", "Вітаю X із залученням фінансування від ЄБРР";
      # Hungarian "Mivel a X árbevétele tavaly 40%-kal nőtt"; Swahili "Kwa kuwa X imeongeza wafanyakazi mara mbili mwaka huu", "Hongera kwa X kupata Mkurugenzi mpya wa TEHAMA"; Portuguese "Sei que a X perdeu a parceria com a distribuidora e que o orçamento está mais apertado".
      - {regex: '(?<![\p{L}])(?:(?:știu|stiu) că [^.!?\n]{1,60}?(?:a avut pierderi|a pierdut|a crescut|a deschis|a cumpărat|a primit (?:o )?finanțare)|árbevétele [^.!?\n]{0,30}?(?:nőtt|csökkent|emelkedett|visszaesett)|\d+ ?%-kal (?:nőtt|csökkent|emelkedett)|imeongeza wafanyakazi|kwa kuwa [^.!?\n]{1,40}? (?:imeongeza|imefungua|imenunua|imepata|imeanza|imepoteza)|hongera kwa [^.!?\n]{1,40}? (?:kupata|kufungua|kununua|kushinda|kuzindua)|sei que (?:a |o )?[^.!?\n]{1,60}?(?:perdeu|ganhou|comprou|abriu|fechou|demitiu|contratou|cortou|mudou de)|orçamento (?:está|anda) (?:mais )?apertado|${UKRAINIAN_NEWS_50.regex})(?![\p{L}])', keywords: ['știu', 'stiu', 'árbevétele', '%-kal', 'imeongeza', 'kwa kuwa', 'hongera kwa', 'sei que', 'orçamento', ${UKRAINIAN_NEWS_50.keywords.map((k) => `'${k}'`).join(', ')}], firm: true}
      # Fiftieth session, second round (SH, SI, SJ): Spanish "Supe que X está en proceso de venta", "felicitaciones por la ronda de inversión que cerraron", "Como la caja de X ha estado apretada …", "Entiendo que X cambió a su gerente general hace poco";
      # German "herzlichen Glückwunsch zum Umsatzwachstum von über 20 %", "da X ja gerade eine Sanierungsphase durchläuft"; Czech "vím, že X letos otevírá novou centrálu v Ostravě", "gratuluji k tomu, že X vstupuje na slovenský trh".
      - {regex: '(?<![\p{L}])(?:(?:supe|me enteré(?: de)?|escuché|he oído|he escuchado|me dijeron|me comentaron|entiendo) que [^.!?\n]{1,60}?(?:en proceso de venta|(?<![\p{L}])venta(?![\p{L}])|fusi[óo]n|adquiri[óe]|compr[óa]|cerr[óa]|abri[óe]|despid|recort|cambi(?:ó|aron) (?:de|a su)|nuev[oa] (?:gerente|director|directora|ceo)|invers|ronda|expansi|pérdidas|apretad)|felicitaciones por (?:la|el|su) (?:ronda|inversión|financiamiento|financiación|adquisición|fusión|expansión|apertura|crecimiento|salida a bolsa|nuevo|nueva)|ha estado apretad[ao]|glückwunsch zu[mr]? (?:umsatzwachstum|wachstum|übernahme|finanzierung|finanzierungsrunde|börsengang|neuen (?:standort|niederlassung|geschäftsführer|geschäftsführerin)|expansion|rekord)|sanierungsphase|(?:eine|die) (?:umstrukturierung|restrukturierung|krise) durchläuft|vím,? že [^.!?\n]{1,60}?(?:otevírá|otevřel|otevřela|koupil|koupila|převzal|převzala|propouští|rozšiřuje|stěhuje|vstupuje|získal|získala)|gratuluj(?:i|eme) k (?:tomu,? že|vašemu|vaší|nové|novému))(?![\p{L}])', keywords: ['supe', 'enteré', 'escuché', 'oído', 'dijeron', 'comentaron', 'entiendo', 'felicitaciones', 'apretad', 'glückwunsch', 'sanierungsphase', 'durchläuft', 'vím', 'gratuluj'], firm: true}
      # Fiftieth session, first round (ZW, ZX, ZY): French "j'ai entendu dire que X allait acquérir …", "Avec la hausse de près de 25 % de la fréquentation à X depuis l'an dernier"; Lithuanian "girdėjau, kad X planuoja plėstis į Latviją",
      # "kadangi X neseniai gavo investicijų iš privataus kapitalo fondo"; Polish "skoro X wchodzi na rynek litewski"; Hinglish "Suna hai X ne haal hi mein naya MD appoint kiya hai"; Indonesian "Kami dengar X sedang mengalami kesulitan keuangan",
      # "Dengan rencana X untuk melantai di Bursa Efek Indonesia tahun depan".
      - {regex: '(?<![\p{L}])(?:j[''’]ai entendu dire (?:que|qu[''’])|(?:il paraît|il parait|on m[''’]a dit) (?:que|qu[''’]) [^.!?\n]{1,60}?(?:va|allait|vient de|venait de|a |avait |est en train de|prévoit|compte)|avec la (?:hausse|baisse|croissance|augmentation|chute|progression) de (?:près de |plus de |presque |environ )?\d[\d,.]* ?%|girdėjau,? kad|(?:neseniai|ką tik) (?:gavo|pritraukė|įsigijo|atidarė|nupirko|sujungė)|skoro [^.!?\n]{1,40}? (?:wchodzi na rynek|otwiera|przejmuje|przejęł|zwalnia|rozbudowuje|debiutuje)|suna hai [^.!?\n]{1,60}?(?:appoint|naya (?:md|ceo|cfo|head|boss)|nayi (?:ceo|cfo|md))|kami dengar [^.!?\n]{1,40}?(?:mengalami|kesulitan|rugi|bangkrut|restrukturisasi|tutup|merger|diakuisisi)|(?:dengan )?rencana [^.!?\n]{1,40}? untuk (?:melantai|ipo|go public|mencatatkan saham|ekspansi|membuka))(?![\p{L}])', keywords: ['entendu dire', 'il paraît', 'il parait', 'on m''a dit', 'on m’a dit', 'avec la', 'girdėjau', 'neseniai', 'ką tik', 'skoro', 'suna hai', 'kami dengar', 'rencana'], firm: true}
      # Forty-ninth session, fourth round (ZO, ZP, ZQ): Arabic "سمعت أن X ستبدأ…", "أعرف أن X تمر حالياً بإعادة هيكلة", "بعد فوز X بعقد…"; German "wie ich höre, hat X gerade einen neuen Intendanten bekommen", "wie ich verstehe, bereitet sich X auf einen Börsengang … vor";
      # Czech "X teď zaměstnává přes 80 hudebníků"; Swahili "Kwa kuwa X inafungua tawi jipya"; Twi "Mete sɛ X rebue sukuu foforɔ"; English "X recently moved away from its previous uniform supplier", "As X moves to the British curriculum next year".
      - {regex: '(?<![\p{L}])(?:wie ich (?:höre|gehört habe|verstehe|gelesen habe|erfahren habe),? [^.!?\n]{0,80}?(?:neue[nrm]? (?:intendant|geschäftsführer|direktor|ceo|chef|leiter|eigentümer)|börsengang|übernahme|fusion|umstrukturierung|stellenabbau|eröffn|expandier|gewachsen|finanzierung)\p{L}*|zaměstnává (?:přes|více než|asi|zhruba|téměř|už) \d|(?:inafungua|imefungua|itafungua) tawi|mete sɛ|(?:recently|just) moved away from (?:its|their) (?:previous|old|former|current) [\w -]{1,30}?(?:supplier|vendor|provider|partner)|(?:^|[.!?]\s+|\n)[\s>*•-]*as (?!(?:you|we|our|i|it|this|that|they|many|most)\b)[\p{L}&.''’ -]{2,40}? moves (?:to|into|onto) (?:the |a )?[\p{L} -]{2,30}? (?:next|this|from)(?= ))(?![\p{L}])|سمعت (?:أن|ان|بأن)|أعرف (?:أن|ان) [^.!?\n]{1,40}(?:هيكلة|تمر|خسر|استحوذ|افتتح)|بعد فوز', keywords: ['wie ich', 'zaměstnává', 'tawi', 'mete sɛ', 'moved away', 'as', 'سمعت', 'أعرف', 'بعد فوز'], firm: true}
      # Forty-ninth session, third round (ZG, ZH, ZI): Spanish "Con la nueva gerencia de X y el recorte de personal de este año"; French "J'ai appris que X venait de lever des fonds", "X a enregistré une hausse de 12 % de sa fréquentation";
      # German "Da X im letzten Jahr um fast 30 % gewachsen ist"; Dutch "Nu X een nieuwe directeur heeft"; Chinese "聽說X最近完成了新一輪募資", "X今年已經有超過八千位病患"; Vietnamese "X đang chuẩn bị mở thêm ba chi nhánh";
      # English premises: "Since X's maintenance team has shrunk to about a dozen people", "Since X is running behind on its expansion budget", "Given X is currently looking to replace its existing practice management system",
      # "With around 60 audiologists across X's sites".
      - {regex: '(?<![\p{L}])(?:con la nueva (?:gerencia|direcci[óo]n|administraci[óo]n|junta directiva)|el recorte de personal|venait de (?:lever|lev[ée]) des fonds|a lev[ée] des fonds|a enregistr[ée] une (?:hausse|baisse|croissance|progression|augmentation) de \d|um (?:fast |rund |knapp |über |gut )?\d+(?:[.,]\d+)? ?(?:%|prozent) (?:gewachsen|gestiegen|geschrumpft|zurückgegangen)|nu [^.!?\n]{1,40}? een nieuwe (?:directeur|ceo|eigenaar|directie|voorzitter|bestuurder) heeft|đang chuẩn bị mở thêm|mở thêm (?:\p{L}+ ){0,2}chi nhánh)(?![\p{L}])|[聽听][說说][^。！？\n]{0,40}(?:完成|募資|募资|融資|融资|收購|收购|併購|并购|上市|開設|开设|新開|新开|擴張|扩张|裁員|裁员|換了|换了|新任|任命|開幕|开幕)|(?:已經|已经)有超[過过]|(?:^|[.!?]\s+|\n)[\s>*•-]*(?:since|given(?: that)?|now that|as|because|with) (?!(?:you|we|our|i|it|this|that|they|many|most)\b)[\p{L}&.''’ -]{2,40}?(?:[''’]s [\p{L} -]{2,30}? (?:has|have) (?:shrunk|shrunken|dropped|fallen|been cut|been reduced|halved) (?:to|by)\b| (?:is|are) (?:currently |now )?(?:running (?:behind|over) (?:on )?(?:its|their) (?:[\p{L}-]+ )?(?:budget|targets?|numbers|forecast)|looking to replace|planning to replace|about to replace|in the market for)\b)|\bwith (?:around|about|over|some|nearly|almost|more than) \d[\d,]* [\p{L}-]+ (?:across|at|in) (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}?[''’]s (?:sites|clinics|locations|branches|offices|stores|hospitals|schools|depots|plants)\b', keywords: ['con la nueva', 'recorte de personal', 'venait de', 'a levé', 'a leve', 'a enregistré', 'a enregistre', 'gewachsen', 'gestiegen', 'geschrumpft', 'zurückgegangen', 'een nieuwe', 'chuẩn bị mở', 'chi nhánh', '聽說', '听说', '已經有', '已经有', 'since', 'given', 'now that', 'as', 'because', 'with'], firm: true}
      # Forty-ninth session, second round (YV, YW, YX): Swedish "Grattis till att X ska börsnoteras nästa år!", "Eftersom ni har dubblat antalet skadeärenden"; Finnish "onnittelut X:n uudesta toimitusjohtajasta!"; Estonian "Kuulsin, et X on värvanud…";
      # Romanian "Știu că X a avut o perioadă mai dificilă financiar"; Hungarian "Gratulálok az új budapesti irodához", "X nemrég 2 millió eurós uniós támogatást nyert"; Hindi, Hinglish, Sinhala and Tamil news heard;
      # English "With the kitchen team at X having been cut by half, …".
      - {regex: '(?<![\p{L}])(?:grattis till att|(?:ska|skall) börsnoteras|börsnoteringen|gratulerer med børsnoteringen|eftersom (?:ni|du) har (?:dubblat|tredubblat|fördubblat|halverat)|onnittelut [^.!?\n]{0,40}?uude(?:sta|n)|uudesta toimitusjohtajasta|kuulsin,? et|kuulsime,? et|(?:știu|stiu|am auzit|am aflat|am citit) că [^.!?\n]{1,60}?(?:a avut o perioadă|a deschis|a achiziționat|a concediat|s-a extins|a câștigat|a fuzionat|a fost cumpărat)|gratulálok az? [^.!?\n]{0,40}?(?:új|nyitás|felvásárlás|kinevezés|díj)|nemrég [^.!?\n]{0,60}?(?:nyert|nyitott|vásárolt|vett át|bővült|zárt be)|támogatást nyert|suna hai [^.!?\n]{0,60}?(?:operational|shuru|khul|launch|open))(?![\p{L}])|सुना है[^.!?\n।]{0,80}(?:खोल रहा है|खोल रही है|खोल रहे हैं|शुरू कर रहा|शुरू कर रही)|බව දැනගත්තා|අත්පත් කරගත්|கேள்விப்பட்டேன்|(?:^|[.!?]\s+|\n)[\s>*•-]*(?:with|since|given that|now that) (?:the )?[\p{L} -]{2,30} (?:at|of) (?!(?:our|ourco|us)\b)[\p{L}\d&.''’ -]{2,40}? having been (?:cut|reduced|halved|laid off|restructured|let go|downsized)', keywords: ['grattis', 'börsnoter', 'gratulerer', 'eftersom', 'onnittelut', 'uudesta', 'kuulsin', 'kuulsime', 'știu', 'stiu', 'am auzit', 'am aflat', 'am citit', 'gratulálok', 'nemrég', 'támogatást', 'suna hai', 'सुना है', 'දැනගත්තා', 'අත්පත්', 'கேள்விப்பட்டேன்', 'having been'], firm: true}
      # A move about to happen, as the premise (forty-ninth session, YP): "Since X is about to close for a two-year renovation, …".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:since|given that|now that|as|because|with) (?!(?:you|we|our|i|it|this|that|they|many|most|the (?:season|market|year|deadline|weather))\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:just |now )?about to (?:close|shut|move|relocate|merge|be (?:acquired|sold|bought|taken over)|list|go public|float|restructure|downsize|(?:start|begin|bring)\b[^.!?\n]{0,30}\bin-house)\b', keywords: ['about to'], firm: true}
      # Forty-ninth session (YO, YP): Czech "Jak jsem zaslechla, X letos staví novou mrazírnu"; Korean "… 인력을 절반 가까이 줄이셨다고 들었습니다", "… 코스닥 상장을 준비 중이신 것으로 알고 있습니다";
      # Japanese "来館者数が過去最高を記録されたとのこと、誠におめでとうございます".
      - {regex: '(?<![\p{L}])(?:jak (?:jsem|sme) (?:zaslechl|zaslechla|slyšel|slyšela|doslechl|doslechla|počul|počula|četl|četla)|(?:zaslechl|zaslechla|slyšel|slyšela|doslechl|doslechla|počul|počula)(?: jsem| som)?,? že)(?![\p{L}])|(?:상장|인수|합병|투자 유치|투자를 유치|감원|구조조정|인력을|인원을|줄이|신규 (?:지점|매장|공장|센터)|개관|확장|이전|채용)[^.!?\n。]{0,40}(?:다고|라고) (?:들었|전해 들었)|(?:상장|인수|합병|투자 유치|감원|구조조정|개관|확장|이전)[^.!?\n。]{0,30}(?:준비 중|추진 중|예정)[^.!?\n。]{0,10}(?:것으로|걸로) 알고 있|とのこと[、,][^。\n]{0,20}おめでとう|過去最高を(?:記録|達成|更新)', keywords: ['jak jsem', 'jak sme', 'zaslechl', 'slyšel', 'doslechl', 'počul', '들었', '알고 있', 'とのこと', '過去最高'], firm: true}
      # Forty-eighth session, fourth round (XX, XY): Jamaican "Mi hear seh X a merge wid another group"; Hinglish "Suna hai X ne pichhle saal 200 se zyada naye log hire kiye hain".
      - {regex: '(?<![\p{L}])(?:mi (?:hear|did hear|read|see) (?:seh|say|dat)|suna hai [^.!?\n]{1,60}?(?:hire|naye log|khola|kholi|kharida|kharidi|merge|fund|band kar|layoff))(?![\p{L}])', keywords: ['mi hear', 'mi did', 'mi read', 'mi see', 'suna hai'], firm: true}
      # Forty-eighth session, third round (XS): Malay "Memandangkan X telah kehilangan peruntukan kerajaan", "I dengar hiring freeze kat X"; Indonesian "Kami dengar X baru saja memperoleh dana hibah besar", "Dengan ekspansi X ke Surabaya dan Medan" ("X sudah mengelola lebih dari 40 perpustakaan" was tried and dropped: it flagged a clean email of a never-read set).
      - {regex: '(?<![\p{L}])(?:(?<!(?:kami|kita|saya) )telah kehilangan|kehilangan peruntukan|(?:kami|saya|aku|i) dengar [^.!?\n]{1,60}?(?:memperoleh|mendapat|menerima|membuka|mengakuisisi|ekspansi|dana|hibah|freeze|tutup|ditutup|merger|diambil alih|pecat|phk|menggandakan|karyawan baru|merekrut)|dengan ekspansi (?!kami|kita)[^.!?\n]{1,40}? ke)(?![\p{L}])', keywords: ['kehilangan', 'dengar', 'ekspansi'], firm: true}
      # Forty-eighth session, second round (XK, XL, XM): Welsh "Rwy'n deall bod X wedi tyfu tua 40% y llynedd", "Llongyfarchiadau i X ar agor y gegin newydd"; Irish "Comhghairdeas le X as deontas … a fháil", "Cloisim go bhfuil X ag fostú caoga duine breise"; Bengali "শুনেছি X … চালু করেছে"; Vietnamese "doanh thu của X vượt 50 triệu USD"; French "Je sais que X embauche une trentaine d'agents"; Norwegian "Jeg har hørt at X skal slås sammen med …".
      - {regex: '(?<![\p{L}])(?:rwy[''’]n deall bod [^.!?\n]{1,60}?wedi (?:tyfu|agor|cau|prynu|ennill|colli|uno|penodi)|llongyfarchiadau (?:mawr )?(?:i|ar|am)(?![\p{L}])[^.!?\n]{0,60}?(?:ar agor|am agor|wedi (?:tyfu|agor|ennill|prynu)|(?:y|eich) (?:penodiad|wobr|cyllid|buddsoddiad|ehangu|safle newydd))|comhghairdeas (?:le|leat|libh|mór le)(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:as|ar|faoi)(?![\p{L}])|(?:cloisim|chuala mé|tuigim) go (?:bhfuil|raibh|mbeidh)|ag fostú (?:[\p{L}]+ ){1,2}(?:duine|daoine)|doanh thu (?:của )?[^,.!?\n]{1,40}?(?:vượt|đạt|tăng)(?![\p{L}])|je sais que [^.!?\n]{1,60}?(?<![\p{L}])(?:embauche|recrute|ouvre|ferme|rachète|a racheté|a levé|fusionne|va fusionner|déménage|licencie)(?![\p{L}])|jeg har hørt at [^.!?\n]{1,60}?(?:slås sammen|fusjonere|kjøpe|kjøpt|legge ned|åpne|ansette|nedbemanne|omorganisere|flytte))(?![\p{L}])|শুনেছি[^।\n]{0,80}(?:চালু করেছে|খুলেছে|কিনেছে|নিয়োগ|অধিগ্রহণ|সম্প্রসারণ|বন্ধ)', keywords: ['rwy''n deall', 'rwy’n deall', 'llongyfarchiadau', 'comhghairdeas', 'cloisim', 'chuala', 'tuigim', 'ag fostú', 'doanh thu', 'je sais que', 'jeg har hørt', 'শুনেছি'], firm: true}
      # Forty-seventh session, fifth round (WT): Chichewa ("Tamva kuti X yatsegula ofesi yatsopano"), Tamil ("… என்று கேள்விப்பட்டோம்").
      - {regex: '(?<![\p{L}])tamva kuti [^.!?\n]{1,40} (?:yatsegula|yagula|yalemba|yakulitsa|yapeza)(?![\p{L}])|என்று கேள்விப்பட்டோம்', keywords: ['tamva', 'என்று'], firm: true}
      # Forty-seventh session, fourth round (WO): Turkish ("cirosunu iki katına çıkardığını biliyoruz"), Azerbaijani ("Eşitdik ki…"), Georgian ("გილოცავთ … ახალი ქარხნის გახსნას").
      - {regex: '(?<![\p{L}])iki katına çıkardığını(?![\p{L}])|(?<![\p{L}])eşitdik ki(?![\p{L}])|გილოცავთ[^.!?\n]{0,60}(?:გახსნას|შეძენას)', keywords: ['iki', 'eşitdik', 'გილოცავთ'], firm: true}
      # Forty-seventh session, third round (WI, WJ): Spanish ("ya atiende a más de 800 pacientes al mes", "Ahora que X se fusionó con…"), Vietnamese ("Nghe nói X đang chuẩn bị mở thêm một resort"), Khmer ("យើងបានដឹងថា X ទើបតែបើក…").
      - {regex: '(?<![\p{L}])ya atiende a (?:m[áa]s de |unos |cerca de |casi )?\d|(?<![\p{L}])ahora que [^.!?\n]{1,60} se fusion[óo](?![\p{L}])|(?<![\p{L}])nghe nói [^.!?\n]{1,60} (?:đang chuẩn bị mở|vừa mở|mở thêm|đã mua|vừa mua|vừa huy động|vừa bổ nhiệm)|យើងបានដឹងថា[^\n]{1,60}ទើបតែ(?:បើក|ទិញ|ពង្រីក)', keywords: ['ya atiende', 'ahora que', 'nghe nói', 'យើងបានដឹងថា'], firm: true}
      # Forty-seventh session, second round (VY, VZ, WD): German (a fleet cut by a third, "die X inzwischen betreut"), French ("Avec l'ouverture de votre nouvelle succursale"), Italian ("ha appena vinto l'appalto"), Tok Pisin and Bislama ("Mi harim olsem X i baim pinis…"), Spanish ("está en conversaciones para ser adquirida").
      - {regex: '(?<![\p{L}])(?:um|auf) (?:ein drittel|die hälfte|ein viertel|\d+ ?%) (?:verkleinert|reduziert|abgebaut|gekürzt|vergrößert|erweitert|ausgebaut)(?![\p{L}])|(?<![\p{L}])mit den (?:rund |etwa |über |mehr als |fast )?\d+ [\p{L}]+, die [^,.!?\n]{1,40} inzwischen (?:betreut|bedient|versorgt|beliefert|betreibt)(?![\p{L}])|(?<![\p{L}])avec l[''’]ouverture de (?:votre|sa|leur) (?:nouvelle|nouveau|nouvel)(?![\p{L}])|(?<![\p{L}])ha appena (?:vinto|ottenuto|aperto|acquisito|lanciato|chiuso|inaugurato)(?![\p{L}])|(?<![\p{L}])mi (?:harim|harem) (?:olsem|se)(?![\p{L}])|(?<![\p{L}])en conversaciones para (?:ser adquirid[oa]|fusionarse|vender|comprar)(?![\p{L}])', keywords: ['um', 'auf', 'mit den', 'avec l', 'ha appena', 'mi harim', 'mi harem', 'en conversaciones'], firm: true}
      # Forty-seventh session, first round (VR, VS): Spanish ("Ahora que X duplicó la superficie", "Entiendo que X redujo bastante personal"), Chinese ("听说X明年要在巴淡岛开新的码头"), Malay ("Dengar cerita X nak expand ke Tanjung Pelepas").
      - {regex: '(?<![\p{L}])ahora que [^.!?\n]{1,60} (?:duplic[óo]|triplic[óo]|ampli[óo]|aument[óo]|abri[óo]|compr[óo]|adquiri[óo]|contrat[óo]|incorpor[óo]|plant[óo]|redujo|recort[óo]|cerr[óo])(?![\p{L}])|(?<![\p{L}])entiendo que [^.!?\n]{1,60} (?:redujo|recort[óo]|despidi[óo]|perdi[óo]) (?:bastante |mucho |parte del? |a )?(?:personal|plantilla|empleados|trabajadores|gente)(?![\p{L}])', keywords: ['ahora que', 'entiendo que'], firm: true}
      - {regex: '听说[^。！？\n]{0,40}(?:开新的|开设|新建|扩建|收购|并购|上市|融资|投产|扩张|裁员|换了新)', keywords: ['听说'], firm: true}
      - {regex: '(?<![\p{L}])dengar (?:cerita|khabar|kata|-dengar) [^.!?\n]{1,60} (?:nak|akan|mahu|bakal|dah|sudah|baru) (?:expand|berkembang|buka|membuka|tambah|beli|ambil alih|lantik|melantik)(?![\p{L}])', keywords: ['dengar'], firm: true}
      # Forty-seventh session, first round (VQ): news heard, in Hindi ("सुना है X ने … नया डिपो खोला है"), Nepali ("नयाँ CEO नियुक्त गरेको सुनेँ"), Telugu ("… ప్రారంభించిందని తెలిసింది") and Sinhala ("විකුණුම් 30%කින් වැඩි").
      - {regex: 'सुना है[^.!?\n।]{0,80}(?:खोला है|खोली है|खोले हैं|शुरू किया|शुरू की|नियुक्त किया|खरीदा|खरीद ली|जुटाए|बढ़ाई|बढ़ाया|जीता|जीती)|(?:नियुक्त गरेको|खोलेको|सुरु गरेको|किनेको|जितेको|विस्तार गरेको) सुनेँ|(?:ప్రారంభించిందని|తెరిచిందని|కొనుగోలు చేసిందని|నియమించిందని|గెలుచుకుందని) తెలిసింది|විකුණුම් \d+%කින් වැඩි', keywords: ['सुना', 'नियुक्त', 'खोलेको', 'सुरु', 'किनेको', 'जितेको', 'विस्तार', 'ప్రారంభించిందని', 'తెరిచిందని', 'కొనుగోలు', 'నియమించిందని', 'గెలుచుకుందని', 'විකුණුම්'], firm: true}
      # Fifth round (forty-sixth session, VL, VM): Swahili "Nimesikia kwamba X imefungua ofisi mpya"; Tagalog "Balita ko po lumipat na kayo…"; Afrikaans "Ek verstaan X het pas … gewen".
      - {regex: '(?<![\p{L}])(?:nimesikia (?:kwamba|kuwa)|tumesikia (?:kwamba|kuwa)|balita ko(?: po)?|nabalitaan ko|ek verstaan|ek hoor)(?![\p{L}])', keywords: ['nimesikia', 'tumesikia', 'balita', 'nabalitaan', 'ek verstaan', 'ek hoor'], firm: true}
      # Fourth round (forty-sixth session, VD, VE): Bengali "শুনলাম X … চালু করেছে"; Turkish "Duyduğuma göre X geçen ay … satın almış"; Portuguese "Com a nova administração na X desde janeiro"; German "Nachdem X im Frühjahr die Liftgesellschaft … übernommen hat".
      - {regex: '(?<![\p{L}])(?:duyduğuma göre|duydum ki|com a nova (?:administração|direção|diretoria|gestão)|nachdem [^.!?\n]{2,60}(?<![\p{L}])übernommen hat)(?![\p{L}])|শুনলাম', keywords: ['duyduğuma', 'duydum', 'com a nova', 'nachdem', 'শুনলাম'], firm: true}
      # Third round (forty-sixth session, UW, UX): Hungarian "Gratulálok a X új pozsonyi telephelyéhez!", "megduplázta az ügyfélkörét"; Japanese "X様が来春、大阪に新校舎を開校されると伺いました".
      - {regex: '(?<![\p{L}])(?:gratulálok a [^.!?\n]{1,50}(?<![\p{L}])új|megduplázta|megháromszorozta|megduplázták)(?![\p{L}])|様が[^。\n]{0,40}(?:と伺いました|と聞きました|と伺っております)', keywords: ['gratulálok', 'megduplázta', 'megháromszorozta', 'megduplázták', '様が'], firm: true}
      # Second round (forty-sixth session, US, UT): Polish "Słyszałam, że X przejmuje…"; Portuguese "Soube que a X está abrindo…", "Sei que a X foi comprada por um fundo"; Dutch "Ik begreep dat X … flink is gegroeid".
      - {regex: '(?<![\p{L}])(?:słyszałam,? że|słyszałem,? że|słyszeliśmy,? że|(?:eu )?soube que|fiquei sabendo que|(?:foi|foram) (?:comprad[oa]s?|adquirid[oa]s?) (?:por|pel[oa])|ik begreep dat|(?:is|zijn) (?:flink |sterk |hard )?gegroeid)(?![\p{L}])', keywords: ['słyszałam', 'słyszałem', 'słyszeliśmy', 'soube', 'fiquei', 'foi', 'foram', 'ik begreep', 'is flink', 'is sterk', 'is hard', 'is gegroeid', 'zijn'], firm: true}
      # First round (forty-sixth session): Finnish "kuulin, että X laajenee…", "X on kasvanut viime vuonna yli 30 %"; Portuguese "Como a X dobrou o faturamento"; Spanish "Me comentaron que X está por abrir",
      # "Sé que X tuvo un año complicado con las finanzas"; Romanian "Am aflat că X a fost cumpărată recent", "din câte știu, X a avut cel mai mare volum"; Croatian "Čuo sam da je X … udvostručio",
      # "Čestitam na nagradi…"; Greek and Ukrainian (GREEK_UKRAINIAN_NEWS).
      - {regex: '(?<![\p{L}])(?:kuulin,? että|kuulimme,? että|on kasvanut [^.!?\n]{0,30}yli \d|(?:dobrou|triplicou|duplicou|dobraram) (?:o |a |os |as |seu |sua )?(?:faturamento|receita|vendas|lucro|tamanho|equipe|produção|capacidade)|(?:duplicó|triplicó) (?:su |la |el )?(?:facturación|ventas|ingresos|plantilla|producción|capacidad)|me (?:comentaron|contaron|dijeron) que|está por (?:abrir|cerrar|comprar|vender|fusionarse|lanzar)|tuvo un año (?:complicado|difícil|duro|malo)|am aflat c[ăa]|a fost (?:cump[ăa]rat[ăa]?|achizi[țţt]ionat[ăa]?|preluat[ăa]?)|din c[âa]te [șşs]tiu|(?:[čc]uo|[čc]ula) sam da|udvostru[čc]i(?:o|la|li)|[čc]estit(?:am|ke) na nagradi|${GREEK_UKRAINIAN_NEWS.regex})', keywords: ['kuulin', 'kuulimme', 'on kasvanut', 'dobrou', 'triplicou', 'duplicou', 'dobraram', 'duplicó', 'triplicó', 'me comentaron', 'me contaron', 'me dijeron', 'está por', 'tuvo un', 'am aflat', 'a fost', 'din câte', 'din cate', 'čuo', 'cuo', 'čula', 'cula', 'udvostručio', 'udvostrucio', 'udvostručila', 'udvostručili', 'čestitam', 'cestitam', 'čestitke', 'cestitke', ${GREEK_UKRAINIAN_NEWS.keywords.map((k) => `'${k}'`).join(', ')}], firm: true}
      # Fifth round (forty-fifth session, TZ): "I saw that X has had a new CEO since March", "Word around Kalgoorlie is that X is having a tough year financially", "Now that X has completed its new empowerment deal",
      # "With the merger … due to close in Q3", "Since X is doubling production"; Spanish "Sabemos que X está reestructurando", "Entiendo que X está postergando la ampliación"; Afrikaans "Ek het gehoor X het onlangs 'n nuwe myn aangekoop".
      - {regex: '\bi saw that (?!you\b|we\b|our\b)[^.!?\n]{2,60}?\b(?:has had|has|got|hired|appointed|named|brought in) a new (?:ceo|cfo|coo|md|managing director|president|chief)\b|(?:^|[.!?]\s+|\n)\s*word (?:around|in|on) [\p{L} ]{1,30} is,? that\b|\b(?:is|are) having a (?:tough|hard|difficult|rough) (?:year|quarter|time) financially\b|\bnow that (?!you\b|we\b|our\b|i\b)[\p{L}&.''’ -]{2,40}? has (?:completed|closed|finalised|finalized|signed) (?:its|their|the)\b|\bwith the (?:merger|acquisition|sale|deal|takeover) (?:with|of|by) [^.!?\n]{1,40} (?:due to|set to|expected to) close\b|\bsince (?!you\b|we\b|our\b|i\b)[\p{L}&.''’ -]{2,40}? is (?:doubling|tripling|expanding|cutting|closing|opening|selling|restructuring)\b(?! with\b| on\b| up\b| its doors with\b)', keywords: ['i saw that', 'word', 'having a', 'now that', 'due to close', 'set to close', 'expected to close', 'doubling', 'tripling', 'expanding', 'cutting', 'closing', 'opening', 'selling', 'restructuring'], firm: true}
      - {regex: '(?<![\p{L}])(?:(?:sabemos|entiendo|sé|supe) que [^.!?\n]{1,50}? (?:está|están) (?:reestructurando|recortando|despidiendo|vendiendo|cerrando|fusionándose|postergando|posponiendo|retrasando|cancelando)|ek het gehoor|het onlangs [^.!?\n]{0,40}(?:aangekoop|gekoop|geopen|gesluit|oorgeneem))(?![\p{L}])', keywords: ['sabemos', 'entiendo', 'sé', 'supe', 'gehoor', 'onlangs'], firm: true}
      # Fifth round (forty-fifth session, UD): "With the merger talks between X and the university hospital now well under way", "With X treating more than 40,000 patients a year";
      # French "la procédure de redressement judiciaire de X", "Je sais que X traverse une période financière difficile".
      - {regex: '\bwith the (?:merger|acquisition|sale|takeover|buyout) (?:talks|negotiations|process|discussions) (?:between|with|at|for)\b|\bwith (?!us\b|our\b|you\b|your\b|many\b|most\b|more\b|teams\b|companies\b)[\p{L}&.''’ -]{2,40}? (?:treating|serving|employing|running|operating|handling|processing|shipping|managing) (?:more than |over |nearly |almost |around |about |some )?\d[\d,.]*', keywords: ['talks', 'negotiations', 'process', 'discussions', 'treating', 'serving', 'employing', 'running', 'operating', 'handling', 'processing', 'shipping', 'managing'], firm: true}
      - {regex: '(?<![\p{L}])(?:procédure de (?:redressement|sauvegarde|liquidation)|redressement judiciaire|liquidation judiciaire|traverse (?:une )?(?:période|passe|phase|situation) (?:financière |économique )?(?:difficile|compliquée|délicate))(?![\p{L}])', keywords: ['procédure de', 'redressement', 'liquidation', 'traverse'], firm: true}
      # Fourth round (forty-fifth session, TW): English "As X serves around 140,000 active borrowers", "Word is that X has already set aside around £400k", "Given the budget freeze X is under",
      # "I understand X is moving away from its current supplier", "Now that X has switched e-book platforms", "Given X went over budget by around £300k".
      - {regex: '${SENTENCE_OPENS}\s*as (?!we\b|our\b|you\b|i\b|a\b|an\b|the\b|many\b|most\b|some\b|more\b|each\b|every\b)[\p{L}&.''’ -]{2,40}? (?:serves|employs|operates|runs|manages) (?:around |about |over |nearly |almost |more than |some )?\d[\d,.]*|\bword is,? (?:that )?(?!you\b|we\b|our\b)[^.!?\n]{2,60}?\b(?:has|have|is|are|was|were|will|plans?|set aside|budgeted)\b|\bgiven the (?:budget|hiring|spending|headcount) (?:freeze|cuts?|squeeze) (?!we\b|our\b|you\b)[\p{L}&.''’ -]{2,40}? (?:is|are|has been|have been) (?:under|facing|going through)\b|\bi understand (?:that )?(?!you\b|your\b|we\b|our\b)[^.!?\n]{0,60}? is (?:moving away from|replacing|switching|leaving|dropping|changing) (?:its|their) (?:current )?(?:supplier|vendor|provider|system|platform)\b|\bnow that (?!you\b|we\b|our\b|i\b)[\p{L}&.''’ -]{2,40}? has (?:switched|moved|changed|migrated|replaced|dropped)\b|\bgiven (?!you\b|we\b|our\b|i\b|that\b|the\b)[\p{L}&.''’ -]{2,40}? (?:went|ran|came in) over budget\b', keywords: ['serves', 'employs', 'operates', 'runs', 'manages', 'word is', 'given the', 'understand', 'now that', 'over budget'], firm: true}
      # Scottish Gaelic, Welsh and Irish news heard or congratulated (forty-fifth session, TW): "Chuala mi gu bheil X a' fosgladh…", "Deallaf fod X wedi colli…", "Tuigim go bhfuil X chun … a dhúnadh", "Is eol dom go bhfuil X ag leathnú…", "Llongyfarchiadau ar y grant newydd…".
      - {regex: '(?<![\p{L}])(?:chuala mi (?:gu bheil|gun|gu) [^.!?\n]{1,60}?(?:fosgladh|dùnadh|ceannach|reic|leudachadh|call|fastadh|ceann-suidhe)|(?:deallaf|clywais|rwy[''’]n deall|dw i[''’]n deall) (?:fod|bod) [^.!?\n]{1,60}?(?:colli|cau|agor|prynu|uno|penodi|ennill|torri|diswyddo|ehangu|gwerthu|dyblu)|(?:tuigim|chuala mé|is eol dom) (?:go bhfuil|go|gur) [^.!?\n]{1,60}?(?:dhúnadh|dúnadh|oscailt|leathnú|ceannach|díol|cailleadh|ceapadh|gearradh|cónascadh)|llongyfarchiadau ar (?:y|eich)|comhghairdeas (?:libh|leat|leis) (?:as|ar)|meal-a-naidheachd air)(?![\p{L}])', keywords: ['chuala', 'deallaf', 'clywais', 'deall', 'tuigim', 'is eol', 'llongyfarchiadau', 'comhghairdeas', 'meal-a-naidheachd'], firm: true}
      # Fourth round (forty-fifth session, TV): "With X about to sign a 200 MW PPA", "Your water costs at X have jumped sharply", "Given that X now manages over 600 MW", "X's cleaning costs are running at roughly double the industry average";
      # Portuguese "Com a abertura do novo escritório da X", "Sei que a X vai entrar no mercado espanhol"; French "Suite au départ de votre directeur technique"; Arabic "علمنا أن X حصلت مؤخراً على تمويل جديد".
      - {regex: '\bwith (?!us\b|our\b|you\b|your\b|many\b|most\b)[\p{L}&.''’ -]{2,40}? (?:about to|set to|poised to|on the verge of|close to) (?:sign|close|launch|open|acquire|list|merge|raise|announce|complete|win)\b|\byour [\p{L} ]{2,30} at (?!us\b|our\b)[\p{L}&.''’ -]{2,40}? (?:have|has) (?:jumped|soared|risen|doubled|spiked|climbed|increased|gone up)\b|\bgiven that (?!you\b|we\b|our\b|i\b)[\p{L}&.''’ -]{2,40}? now (?:manages|operates|runs|has|employs|serves|owns) (?:over |more than |nearly |almost |about |around )?\d|(?<![\p{L}\d])[\p{L}&.-]+[''’]s [\p{L} ]{2,30} (?:are|is) running at (?:roughly |about |nearly |almost |around )?(?:double|twice|triple|three times|\d+ ?%)', keywords: ['about to', 'set to', 'poised to', 'on the verge', 'close to', 'jumped', 'soared', 'risen', 'doubled', 'spiked', 'climbed', 'increased', 'gone up', 'given that', 'running at'], firm: true}
      - {regex: '(?<![\p{L}])(?:com a (?:abertura|inauguração|aquisição|fusão|saída|entrada) d[oa] nov[oa]|con la (?:apertura|inauguración|adquisición|fusión) del? nuev[oa]|sei que (?:a |o )?[^.!?\n]{1,50}? vai (?:entrar|abrir|fechar|comprar|lançar|expandir|ser vendid)|(?:suite au|après le|depuis le) départ de (?:votre|son|leur)|(?:tras|después de) la (?:salida|marcha) de su|(?:após|depois d)a saída d[oa] seu|حصلت (?:مؤخراً |مؤخرا )?على تمويل)', keywords: ['com a', 'con la', 'sei que', 'départ de', 'salida de su', 'marcha de su', 'saída', 'حصلت'], firm: true}
      # Third round (forty-fifth session, TR, TS): German "wie ich gehört habe, plant X einen Ausbau", "da X ja demnächst mit dem Stadtmuseum fusioniert"; Hungarian "Úgy tudom, X idén új ügyvezetőt kapott",
      # "Gratulálok a X tavalyi rekordbevételéhez"; Spanish "Sabemos que X atraviesa un momento financiero complicado", "Con X creciendo casi un 20%".
      - {regex: '(?<![\p{L}])(?:wie ich (?:erfahren|gehört|gelesen|mitbekommen) habe,? [^.!?\n]{0,60}(?:plant|ausbau|erweiter|fusion|neubau|umzug)|(?:da|weil|nachdem) [^.!?\n]{0,60}(?:demnächst|bald|gerade) (?:mit [^.!?\n]{1,40} )?(?:fusioniert|übernommen wird|verkauft wird|an die börse geht)|(?:da|weil|nachdem) [^.!?\n]{0,60}(?:demnächst|bald) [^.!?\n]{0,50}(?:eröffnet|eröffnen wird|schließt|übernimmt|kauft|expandiert)(?![\p{L}])|(?:úgy tudom|úgy hallottam|azt hallottam|azt olvastam),? [^.!?\n]{0,60}(?:ügyvezető|vezérigazgató|felvásárol|bezár|megnyit|bővít|rekord|leépít|elbocsát|tőzsdére|befektető)|gratulálok (?:a|az) [^.!?\n]{0,60}(?:rekord|díj|kinevezés|felvásárl|bővítés|megnyit|tőzsde|befektet)|(?:atraviesa|está atravesando|pasa por|está pasando por) (?:un |una )?(?:momento|periodo|período|etapa|situación) (?:financier[ao] |económic[ao] )?(?:complicad[ao]|difícil|delicad[ao])|con (?!nosotros|ustedes|usted|su |sus |tu |tus )[^.!?\n]{2,40}? (?:creciendo|duplicando|cerrando|despidiendo|fusionándose|expandiéndose) )', keywords: ['wie ich', 'fusioniert', 'übernommen wird', 'verkauft wird', 'börse', 'eröffnet', 'eröffnen wird', 'schließt', 'übernimmt', 'kauft', 'expandiert', 'úgy tudom', 'úgy hallottam', 'azt hallottam', 'azt olvastam', 'gratulálok', 'atraviesa', 'atravesando', 'pasa por', 'pasando por', 'creciendo', 'duplicando', 'cerrando', 'despidiendo', 'fusionándose', 'expandiéndose'], firm: true}
      - {regex: '\bi(?:''m| am|''ve been| have been| was) told (?:that )?(?!you\b|your\b|we\b|our\b)[^.!?\n]{2,60}?\b(?:will be|is|are|has|have|was|were|plans?|planning)\b|\bwith (?!us\b|our\b|you\b|your\b|many\b|most\b)[\p{L}&.''’ -]{2,40}? (?:preparing for|gearing up for|heading towards|heading toward|planning) (?:its|their|an|the) (?:ipo|listing|flotation|sale|merger|acquisition)\b|\bgiven the (?:financial |cost |budget |cash )?pressures? (?!we\b|our\b|you\b)[\p{L}&.''’ -]{2,40}? (?:has|have|is|are) (?:been )?under\b|\b(?:the|this) (?:restructuring|reorganisation|reorganization|merger|layoffs|integration|turnaround|takeover) (?!we\b|our\b|you\b|i\b)[\p{L}&.''’ -]{2,40}? (?:is|are) going through\b|\bwith [\p{L} ]{2,30} (?:at|for) (?!us\b|our\b)[\p{L}&.''’ -]{2,40}? (?:up|down) (?:by )?(?:almost |nearly |about |around |over |more than |roughly )?\d+ ?%', keywords: ['told', 'preparing for', 'gearing up', 'heading toward', 'planning', 'pressure', 'going through', 'with'], firm: true}
      # Spanish, Portuguese, Swedish, Norwegian and Dutch news (forty-fifth session, TN, TO): "Sé que X duplicó su número de estudios", "Vi que a X está se preparando para abrir capital", "Nu när ni har öppnat kontor i Oslo",
      # "Jag såg att X förbereder en börsnotering", "Nu X dit jaar met zo'n 40% groeit".
      - {regex: '(?<![\p{L}])(?:(?:sé|supe|me enteré de|escuché|leí|vi|entiendo|sabemos|tengo entendido|nos enteramos de|me comentaron) que [^.!?\n]{1,60}?(?<![\p{L}])(?:duplicó|triplicó|creció|abrió|cerró|compró|adquirió|despidió|recortó|perdió|pérdidas|ganó|fue adquirid[ao]|se fusionó|levantó|recaudó|salió a bolsa|está por (?:abrir|cerrar|vender|salir)|va a (?:abrir|cerrar|vender|comprar|fusionarse|salir a bolsa|despedir|contratar|inaugurar))|(?:vi|soube|ouvi(?: dizer)?|fiquei sabendo|li) que [^.!?\n]{1,60}?(?<![\p{L}])(?:abrir capital|ipo|ser vendid|foi vendid|foi adquirid|fusão|demitiu|demissões|novo ceo|novo diretor|nova diretora|inaugur|dobrou|triplicou|cresceu|comprou|adquiriu|está se preparando)|(?:nu när|nu da|nå som|nå når|siden|eftersom) (?:ni|dere|du|i) (?:har|har nu) (?:nyligen |nettopp |just |precis )?(?:öppnat|åpnet|åbnet|köpt|kjøpt|købt|fördubblat|doblet|fordoblet|tagit in|hentet inn|börsnoterats|gått samman|slått sammen)|(?:jag såg|jag hörde|jag läste|jeg så|jeg hørte|jeg leste|jeg læste) (?:att|at) [^.!?\n]{1,60}?(?<![\p{L}])(?:börsnotering|børsnotering|förvärv|oppkjøp|opkøb|fusion|fusjon|nedskärningar|nedbemanning|varsel|ny vd|ny ceo|ny administrerende|öppnar|åpner|åbner|fördubblat|doblet|förbereder|forbereder)|nu (?!we |wij |ik |u |jullie )[^.!?\n]{1,40}? (?:met (?:zo''n |ruim |bijna |ongeveer )?\d+ ?% groeit|is overgenomen|heeft overgenomen|naar de beurs gaat|gaat fuseren))', keywords: ['sé que', 'supe que', 'me enteré', 'entiendo que', 'sabemos que', 'tengo entendido', 'nos enteramos', 'me comentaron', 'escuché que', 'leí que', 'vi que', 'soube que', 'ouvi', 'fiquei sabendo', 'li que', 'nu när', 'nu da', 'nå som', 'nå når', 'siden', 'eftersom', 'jag såg', 'jag hörde', 'jag läste', 'jeg så', 'jeg hørte', 'jeg leste', 'jeg læste', 'nu'], firm: true}
      # English (forty-fifth session, TN, TO): "Word is that X is being prepared for a sale", "After a difficult couple of years for X", "I understand X has had a few problems getting salaries out",
      # "the last year has been a tough one financially for X", "I understand your finance director is leaving at the end of the quarter".
      - {regex: '\bbeing (?:prepared|readied|groomed|positioned|shopped around|lined up|put up) for (?:a |an )?(?:sale|ipo|listing|exit|acquisition|merger|flotation)\b|\bafter (?:a |the )?(?:difficult|tough|hard|rough|challenging|turbulent|bumpy) (?:couple of |few )?(?:years?|months|quarters?|period|spell|stretch) for (?!us\b|me\b|many\b|most\b|everyone\b|the industry\b|the sector\b)|\bi (?:understand|gather|hear)(?: that)? (?!you\b|your\b|we\b|our\b)[^.!?\n]{0,60}?\b(?:has|have) had (?:a few |some |a couple of |several |recent |real |serious |ongoing )?(?:problems|issues|trouble|difficulties|complaints|delays)\b|\bbeen (?:a )?(?:tough|hard|difficult|rough|challenging|tight) one financially for (?!us\b|me\b|many\b|most\b|everyone\b)|\b(?:i understand|i hear|i heard|i gather|word is)(?: that)? your (?:[\p{L}]+ ){0,2}(?:director|head|manager|ceo|cfo|coo|vp|chief|lead|controller|md) (?:is leaving|is retiring|is stepping down|has resigned|has left|is moving on|will be leaving|is off)\b', keywords: ['being', 'after', 'understand', 'gather', 'hear', 'financially', 'word is'], firm: true}
      # Indonesian, Polish, Czech and German news (forty-fifth session, TF, TG): congratulations on an appointment or an award, what I heard ("Saya dengar X baru saja menang tender", "Dengar-dengar X akan segera diakuisisi"),
      # layoffs, the projects X now runs; "po zwolnieniach w zakładzie"; "protože X právě koupila menšího konkurenta", "jelikož X letos zdvojnásobila výrobu"; "da bei X seit Jahresbeginn Kurzarbeit gilt".
      - {regex: '(?<![\p{L}])(?:selamat (?:atas|untuk) (?:pengangkatan|penunjukan|terpilihnya|penghargaan|keberhasilan|pembukaan|peluncuran|akuisisi|pendanaan|pencatatan|ipo|kemenangan|diraihnya)|(?:(?:saya|kami) (?:dengar|mendengar)|dengar-dengar|kabarnya|katanya)[^.!?\n]{0,80}?(?:menang|memenangkan|tender|diakuisisi|mengakuisisi|akuisisi|merger|membuka|menutup|phk|pengurangan karyawan|ipo|melantai|direktur|pendanaan|investor|bangkrut|pailit|restrukturisasi)|(?:baru saja |telah |sedang |sudah )(?:melakukan )?(?:pengurangan karyawan|phk|pemutusan hubungan kerja|merumahkan (?:karyawan|pegawai))|sekarang (?:sudah )?(?:pegang|memegang|menangani|mengelola|punya|memiliki) lebih dari \d)', keywords: ['selamat', 'dengar', 'kabarnya', 'katanya', 'pengurangan', 'phk', 'pemutusan', 'merumahkan', 'lebih dari'], firm: true}
      - {regex: '(?<![\p{L}])(?:po (?:zwolnieniach|redukcji etatów|restrukturyzacji|przejęciu|fuzji)|(?:právě|nedávno|letos|loni) (?:koupil[aoi]?|převzal[aoi]?|zdvojnásobil[aoi]?|ztrojnásobil[aoi]?|propustil[aoi]?|uzavřel[aoi]? (?:závod|pobočk))|(?:da|weil|nachdem|seit|wegen)(?: bei)? [^.!?\n]{0,60}?kurzarbeit)', keywords: ['po zwolnieniach', 'po redukcji', 'po restrukturyzacji', 'po przejęciu', 'po fuzji', 'koupil', 'převzal', 'zdvojnásobil', 'ztrojnásobil', 'propustil', 'uzavřel', 'kurzarbeit'], firm: true}
      # English premises (forty-fifth session, TF, TG): "the past few months have been tough financially for X", "with X being under a bit of pressure from the bank", "Given the losses X made last year", "With X entering the US market this year".
      - {regex: '\b(?:has|have) been (?:tough|hard|difficult|rough|challenging|tight) financially for (?!us\b|me\b|many\b|most\b|everyone\b|lots\b)|\bunder (?:a bit of |some |real |a lot of |considerable |heavy |serious )?pressure from (?:the|its|their) (?:bank|banks|lenders?|creditors|investors|shareholders|owners|parent company)\b|\b(?:given|after|with|despite) the losses (?!we\b|our\b|many\b|most\b)[\p{L}&.''’ -]{2,40}? (?:made|posted|reported|took|suffered|booked|ran up)\b|\bwith (?!us\b|our\b|you\b|your\b|many\b|most\b|more\b|a lot\b|teams\b|companies\b|firms\b|people\b|everyone\b|other\b|new\b|competitors\b|rivals\b|brands\b)[\p{L}&.''’ -]{2,40}? (?:entering|expanding into|moving into|breaking into|pushing into|launching in) (?:the )?[\p{L} -]{2,30}? markets?\b', keywords: ['financially', 'pressure from', 'the losses', 'entering', 'expanding into', 'moving into', 'breaking into', 'pushing into', 'launching in'], firm: true}
      # Finnish, French, Swedish, Dutch and Arabic news heard or as the premise (forty-fourth session, PK, PL).
      - {regex: '(?<![\p{L}])(?:kuulin,? että [^.!?\n]{0,80}(?:laajent|aloitti|avaa|avasi|osti|ostaa|yhdisty|fuusio|rahoitus|toimitusjohtaja|irtisan|kasvoi|kasvanut)|onnittelut [^.!?\n]{0,60}uudelle (?:toimitusjohtajalle|johtajalle)|on kasvanut (?:viime vuosina |viime vuonna |tänä vuonna )?(?:nopeasti|vauhdikkaasti|reilusti|\d)|puisque [^.!?\n]{0,40} (?:entretient|gère|exploite|emploie|compte|dessert|a ouvert|a racheté|a levé) (?:maintenant |désormais |aujourd''hui )?(?:plus de |près de |environ )?\d|(?:eftersom|siden|ettersom|nu när) [^.!?\n]{0,40} har (?:vuxit|vokst|växt) med|nu [^.!?\n]{1,40}(?:met|ruim|bijna|zo''n) [^.!?\n]{0,20}is gegroeid|(?:بما أن|بما إن|وبما أن|وبما إن) [^.!?\n،]{0,40}(?:افتتحت|افتتح|قربت تفتح|استحوذت|حصلت على تمويل)|بعد التمويل الجديد)', keywords: ['kuulin', 'onnittelut', 'kasvanut', 'puisque', 'eftersom', 'siden', 'ettersom', 'nu när', 'gegroeid', 'بما', 'وبما', 'بعد التمويل']}
      # English news heard or as the premise (forty-fourth session, PK, PL): "From what I've heard, X has roughly doubled…", "with Contoso Pharma going through the merger…", "With Northwinds Health's IPO planned for next year", "I heard volumes at X were up by about a third", "cost-cutting is the order of the day at X after last year's losses", "Now that X has closed its new financing round".
      - {regex: '\bfrom what i(?:''ve| have)? (?:heard|hear|gather|understand),? (?!you\b|your\b|we\b|our\b)[^.!?\n]{2,60}?\b(?:has|have|had|is|are|was|were) (?:roughly |about |nearly |just |recently )?(?:doubled|tripled|grown|lost|cut|opened|closed|raised|acquired|hired|merged|restructured|expanding|struggling|moving|switching)\b|\bwith (?!us\b|our\b|you\b|your\b)[\p{L}&.''’ -]{2,40}? going through (?:the|a|its|their) (?:merger|acquisition|restructuring|reorgani[sz]ation|integration|ipo|listing|sale|takeover|layoffs)\b|\bwith [\p{L}&.''’ -]{2,40}?[''’]s (?:ipo|listing|float|merger|acquisition|expansion|relocation) (?:planned|scheduled|set|slated|coming|due)\b|\bi heard (?:that )?(?:volumes|sales|revenue|orders|profits|margins|bookings) (?:at|for) [^.!?\n]{2,40}? (?:were|was|are|is) (?:up|down)\b|\b(?:cost-cutting|cost cutting|belt-tightening|austerity) is the order of the day at\b|\b(?:has|have) (?:just |now |finally )?closed (?:its|a|their) (?:new )?(?:financing|funding|series [a-f]|investment|seed) round\b', keywords: ['from what', 'going through', 'ipo', 'listing', 'float', 'merger', 'acquisition', 'expansion', 'relocation', 'i heard', 'order of the day', 'closed'], firm: true}
      # Spanish, Dutch and Arabic news heard or as a premise (forty-fourth session, PG, PH): "Sé que X acaba de ganar la licitación", "Me contaron que X va a abrir dos hospitales", "Ik hoorde dat X … overneemt", "علمنا أن X في طور الاستحواذ", "مع تعيين الرئيس التنفيذي الجديد في X", "بعد نمو X بنسبة ٢٥٪".
      - {regex: '(?<![\p{L}])(?:(?:s[ée]|me contaron|me dijeron|me comentaron|escuch[ée]|me han (?:dicho|contado|comentado)|he (?:o[íi]do|le[íi]do|visto)|o[íi]|hemos (?:sabido|o[íi]do|le[íi]do|visto)) que [^.!?\n]{1,60}?(?:acaba de (?:ganar|cerrar|abrir|adquirir|comprar|lanzar|firmar|recibir|fusionarse|nombrar)|est[áa] en proceso de (?:ser adquirid[ao]|adquirir|fusi[óo]n|venta)|va a (?:abrir|cerrar|adquirir|comprar|lanzar|fusionarse|despedir|reestructurar))|ik (?:hoorde|heb gehoord|las|heb gelezen|begreep) dat [^.!?\n]{0,80}(?:overneemt|overgenomen|opent|geopend|uitbreidt|fuseert|gefuseerd|reorganiseert|investering|financiering|nieuwe (?:directeur|ceo|vestiging)|gewonnen|wint)|(?:علمنا|عرفنا|سمعنا|بلغنا) (?:أن|ان|إن)[^.!?\n]{0,60}(?:الاستحواذ|استحواذ|افتتاح|اندماج|تمويل|تعيين|توسع)|مع تعيين (?:ال)?(?:رئيس|مدير|المدير|الرئيس)|بعد نمو [^.!?\n]{1,40}بنسبة)', keywords: ['sé que', 'se que', 'me contaron', 'me dijeron', 'me comentaron', 'escuché que', 'escuche que', 'me han dicho', 'me han contado', 'me han comentado', 'oído que', 'oido que', 'leído que', 'leido que', 'visto que', 'oí que', 'oi que', 'sabido que', 'ik hoorde', 'heb gehoord', 'ik las', 'heb gelezen', 'ik begreep', 'علمنا', 'عرفنا', 'سمعنا', 'بلغنا', 'مع تعيين', 'بعد نمو']}
      # German news as a premise or heard (forty-fourth session, OX): "Wie ich erfahren habe, hat X vor Kurzem einen neuen Geschäftsführer bekommen", "Nachdem X den Wettbewerber in Regensburg übernommen hat", "Da X inzwischen über 15.000 Artikel auf Lager führt".
      - {regex: '(?<![\p{L}])(?:wie ich (?:erfahren|gehört|gelesen|mitbekommen) habe,? [^.!?\n]{0,60}(?:geschäftsführer|geschäftsführerin|vorstand|übernommen|übernahme|standort|niederlassung|finanzierung|investor|börsengang|umstrukturierung|stellenabbau|verkauft|gekauft|eröffnet|expandiert)|nachdem (?!wir |ich )[^.!?\n]{0,60}(?:übernommen|gekauft|eröffnet|verkauft|fusioniert) hat|da (?!wir |ich )[^.!?\n]{0,40}inzwischen (?:über|mehr als|rund|fast) \d)', keywords: ['wie ich', 'nachdem', 'inzwischen']}
      # Japanese news heard of the prospect, Norwegian and Swedish news as the premise (forty-fourth session, OR, OS): "昨シーズンはZephyr Energy様の来場者数が過去最高を記録されたとのことで", "Lumen Labs様が来季からオーストラリア市場向けの販売を本格化されると伺いました", "Siden Tidewater Marine har doblet antall lokaliteter det siste året".
      - {regex: '(?:様|さん|社)(?:が|は|の|では|でも)[^。！？\n]{0,60}?(?:過去最高|最高を記録|本格化|進出|買収|上場|資金調達|新社長|社長就任|就任|開設|拡大|削減|統合|移転|増資|黒字化|赤字|倍増)[^。！？\n]{0,30}?(?:と伺いました|と伺っております|と伺っています|と聞きました|と聞いております|とのことで|とお聞きしました|と耳にしました|と拝聞)', keywords: ['様', 'さん', '社']}
      - {regex: '(?<![\p{L}])(?:siden|ettersom|nå som|nå når|eftersom|sedan|nu när|nu da) (?!(?:vi|jeg|jag|dere|du|ni|deres|deg|dig)(?![\p{L}]))[^.!?\n]{0,50}? har (?:nylig |nettopp |just |precis |akkurat |nyss )?(?:doblet|tredoblet|fördubblat|fordoblet|åpnet|öppnat|åbnet|kjøpt opp|kjøpt|købt|köpt|hentet inn|tatt inn|fått ny|fått en ny|ansatt en ny|nedbemannet|lagt ned|slått sammen|fusjonert|børsnotert|börsnoterats)(?![\p{L}])', keywords: ['siden', 'ettersom', 'nå som', 'nå når', 'eftersom', 'sedan', 'nu när', 'nu da']}
      # Fifth round of the forty-third session (OM): Chinese revenue news ("贵司去年营收突破了五个亿"); a deal the reader just signed as the premise ("Since you've just signed that big automotive account").
      - {regex: '(?:贵司|贵公司)(?:去年|今年|最近|近期|上半年|上季度)[^。！？\n]{0,20}(?:营收|收入|营业额|利润|销售额|业务量)(?:突破|增长|翻倍|达到|下滑)', keywords: ['贵司', '贵公司'], firm: true}
      - {regex: '\b(?:since|now that|given that|as) you(?:''ve| have) (?:just |recently )?(?:signed|won|landed|closed|secured) (?:that |the |a |your )?(?:big |new |major |large )?[\p{L} -]{0,30}(?:account|contract|deal|tender|client|customer)\b', keywords: ['since', 'now that', 'given that', 'as'], firm: true}
      # Japanese news heard, and English leadership and expansion news (fourth round, OH): "…大阪に2院目を開設されると伺いました", "…新院長にご就任されたとのこと", "I saw that Acme brought on a new CEO", "With your new practice manager starting at Fabrikam", "Exciting to hear Contoso is expanding into cat-only clinics".
      - {regex: '(?:開設|就任|傘下|増員|増収|売上|伸び|買収|移転|新院長|新社長|出店|上場|統合|合併|拡大)[^。\n]{0,40}(?:と|との)(?:こと)?(?:を)?(?:伺いました|伺っております|お聞きしました|お聞きしております|耳にいたしました|耳にしました|聞きました|聞いております)|ご就任(?:された|なさった)とのこと', keywords: ['伺いました', '伺っております', 'お聞きしました', 'お聞きしております', '耳にいたしました', '耳にしました', '聞きました', '聞いております', 'ご就任'], firm: true}
      - {regex: '\b(?:brought on|brought in|hired|appointed|named|poached|recruited) (?:a )?new (?:ceo|cfo|coo|cto|cio|chief [\p{L} ]{2,20}?officer|managing director|president|head of [\p{L}]+|vp of [\p{L}]+|practice manager|clinical director|general manager)\b|\byour new (?:practice manager|clinical director|ceo|cfo|coo|cto|managing director|general manager|head of [\p{L}]+) (?:starting|joining|taking over|coming on board)\b', keywords: ['brought on', 'brought in', 'hired', 'appointed', 'named', 'poached', 'recruited', 'your new'], firm: true}
      - {regex: '\b(?:exciting|great|good|nice|interesting|fantastic) to (?:hear|see|read|learn) (?:that )?(?!you\b|your\b|we\b|our\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:expanding|opening|launching|moving|growing|hiring|acquiring|merging|relocating)\b', keywords: ['to hear', 'to see', 'to read', 'to learn'], firm: true}
      # Spanish and French news (OG): "Me enteré de que … está por abrir un nuevo centro de distribución", "Comme … vient de doubler ses effectifs à Montréal".
      - {regex: '(?<![\p{L}])(?:me enter[ée] de que|supe que|escuch[ée] que|me dijeron que|tengo entendido que) [^.!?\n]{0,60}(?:por abrir|va a abrir|abrir[áa]|abre|inaugura|un nuevo centro|una nueva planta|una nueva sede|nueva oficina)|(?<![\p{L}])vient d(?:e |'')(?:doubler|tripler|lever|racheter|ouvrir|recruter|fusionner|remporter|signer|embaucher|licencier)(?![\p{L}])', keywords: ['me enter', 'supe que', 'escuch', 'me dijeron que', 'tengo entendido que', 'vient de', 'vient d'''], firm: true}
      # News as the premise of the pitch, third round of the forty-third session (NZ): "Since Brightleaf Foods is planning to leave its current leasing provider", "Given that Helix Genomics has doubled its export volume this year", "after the tough year Vantage Point had with cash flow", "I gather Zephyr Cloud is a bit behind on payments".
      - {regex: '\b(?:since|given that|now that|as|because) (?!(?:you|we|our|i|it|this|that|they|many|most|teams|companies)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:planning|looking|preparing) to (?:leave|switch|replace|drop|change|move|sell|close|open|expand|hire|cut|exit|renegotiate|tender)\b', keywords: ['since', 'given that', 'now that', 'as', 'because'], firm: true}
      - {regex: '\b(?:given that|since|now that|as|with) (?!(?:you|we|our|i|it|this|that|they|many|most|teams|companies)\b)[\p{L}&.''’ -]{2,40}? (?:has|have) (?:just |recently )?(?:doubled|tripled|halved|grown|increased|cut|reduced|expanded) (?:its|their) [\p{L} -]{2,30}\b', keywords: ['given that', 'since', 'now that', 'as', 'with'], firm: true}
      - {regex: '\b(?:tough|difficult|rough|hard|challenging|bad) (?:year|quarter|few months|period|time|season) (?!(?:we|i|our)\b)[\p{L}&.''’ -]{2,40}? (?:had|has had|have had|went through|has been through) (?:with|on) (?:cash ?flow|funding|finances|revenue|sales|layoffs|churn|margins|profitability)\b|\b(?:is|are) (?:a bit |slightly |quite |a little |seriously )?behind on (?:payments|rent|invoices|its bills|their bills|payroll)\b', keywords: ['tough', 'difficult', 'rough', 'hard', 'challenging', 'bad', 'behind on'], firm: true}
      # Dutch and Vietnamese news (NZ): "Ik hoorde dat jullie binnenkort een vestiging in Rotterdam openen", "Aangezien jullie vorig jaar zo'n 15.000 TEU hebben verscheept", "Là nhà xuất khẩu đồ gỗ lớn nhất Bình Dương".
      - {regex: '(?<![\p{L}])(?:ik hoorde|ik heb gehoord|ik begreep|ik vernam|wij hoorden|we hoorden|ik las) dat (?:jullie|u|[\p{L}]+)[^.!?\n]{0,60}(?:openen|opent|overnemen|overgenomen|fuseren|verhuizen|uitbreiden|ontslaan|reorganiseren|nieuwe|nieuw)(?![\p{L}])|(?<![\p{L}])(?:aangezien|omdat|nu) (?:jullie|u)[^.!?\n]{0,40}(?:vorig jaar|dit jaar|afgelopen jaar)[^.!?\n]{0,30}\d', keywords: ['ik hoorde', 'ik heb gehoord', 'ik begreep', 'ik vernam', 'wij hoorden', 'we hoorden', 'ik las', 'aangezien', 'omdat', 'nu'], firm: true}
      - {regex: '(?<![\p{L}])là (?:nhà|công ty|doanh nghiệp|đơn vị|hãng) [^,.!?\n]{0,40}(?:lớn nhất|hàng đầu|số một)', keywords: ['là'], firm: true}
      # Croatian, Thai and French news about the prospect (forty-third session, NV, NW): "čuli smo da X ove godine otvara novi hotel", "budući da X ove godine seli sjedište u Zagreb", "… prošle sezone imao rekordnu popunjenost", "ทราบมาว่า X เพิ่งแต่งตั้งซีอีโอคนใหม่", "X กำลังจะเปิดโรงแรมแห่งใหม่", "Puisque X fusionne avec un groupe lillois".
      - {regex: '(?<![\p{L}])(?:čuli smo|čuo sam|čula sam|saznali smo|saznao sam|saznala sam|doznali smo|rečeno mi je|rečeno nam je) da [^.!?\n]{0,80}(?:otvara|otvorio|otvorila|kupio|kupila|kupuje|preuzeo|preuzela|preuzima|seli|zapošljava|otpušta|spaja|novi|nova|novog|novu|novim)(?![\p{L}])|(?<![\p{L}])(?:budući da|s obzirom na to da|pošto|jer) [^.!?\n]{0,60}(?:seli sjedište|otvara novi|otvara novu|preuzima|se spaja|zapošljava|otpušta|rekordn)', keywords: ['čuli smo', 'čuo sam', 'čula sam', 'saznali smo', 'saznao sam', 'saznala sam', 'doznali smo', 'rečeno mi je', 'rečeno nam je', 'budući da', 's obzirom na to da', 'pošto', 'jer'], firm: true}
      - {regex: '(?:ทราบมาว่า|ได้ยินมาว่า|ได้ข่าวว่า|ทราบว่า)[^\n]{0,60}(?:เพิ่ง|กำลังจะ|แต่งตั้ง|เปิด|ซื้อ|ควบรวม|ปลด)|กำลังจะเปิด[^\n]{0,30}ใหม่|เพิ่งแต่งตั้ง', keywords: ['ทราบมาว่า', 'ได้ยินมาว่า', 'ได้ข่าวว่า', 'ทราบว่า', 'กำลังจะเปิด', 'เพิ่งแต่งตั้ง'], firm: true}
      - {regex: '(?<![\p{L}])(?:puisque|comme|étant donné que|vu que|depuis que|maintenant que) [^.!?\n]{0,60}(?:fusionne|va fusionner|rachète|a racheté|a été racheté|s''implante|déménage|lève des fonds|a levé|licencie|restructure)(?![\p{L}])', keywords: ['puisque', 'comme', 'étant donné que', 'vu que', 'depuis que', 'maintenant que'], firm: true}
      # A split into divisions as the backdrop (forty-third session, NR): "Now that Meridian Bank has split into separate infrastructure and building divisions".
      - {regex: '\b(?:has|have|had|just|recently) (?:been )?(?:split|separated|divided|reorgani[sz]ed|restructured) (?:itself )?into (?:two|three|four|separate|distinct|independent|new)\b', keywords: ['split', 'separated', 'divided', 'reorganised', 'reorganized', 'restructured'], firm: true}
      # Catalan and Galician congratulations on an opening, Spanish "I know … an ERE" and "since … closed" (forty-second session, NM).
      - {regex: '(?<![\p{L}])(?:felicitats|noraboa|zorionak) (?:per|pola|polo|pel|pela) (?:l[''’]|la |el |o |a )?(?:obertura|apertura|inauguració|inauguración|nou|novo|nova|adquisició|compra|ronda|fusió)|(?<![\p{L}])s[ée] que [^.!?\n]{0,60}(?:(?<![\p{L}])ere(?![\p{L}])|expediente de regulaci|despid|reestructur|recortando)|(?<![\p{L}])desde que [^.!?\n]{0,40}(?:cerró|abrió|compró|adquirió|inauguró|despidió|se fusionó)', keywords: ['felicitats', 'noraboa', 'zorionak', 'sé que', 'se que', 'desde que'], firm: true}
      # Arabic (forty-second session, NI): "I learned/heard that" with news, a count the prospect has reached, congratulations on an appointment.
      - {regex: '(?:عرفت|سمعت|اتقال لي|قالوا لي|علمت|بلغني) (?:إن|ان|أن|إنّ)[^.!?،\n]{0,60}(?:مشاكل|مشكلة|السيولة|اشترت|اشترى|استحوذت|استحوذ|افتتحت|افتتح|فتحت|فتح|عينت|عيّنت|تعيين|اندمجت|اندماج|تسريح|خسائر|خسارة|طرح|إفلاس|فازت|فاز|بعقد|هيكلة|الهيكلة)|(?:صار|صارت|أصبح|أصبحت|اصبح|اصبحت) (?:عندها|عنده|لديها|لديه|عندهم) (?:أكثر من|اكثر من|فوق|حوالي) [\d٠-٩]|مبروك (?:على|ع|علي) (?:تعيين|التعيين|افتتاح|الافتتاح|الاستحواذ|استحواذ|الطرح|طرح|التمويل|جولة)', keywords: ['عرفت', 'سمعت', 'اتقال', 'قالوا لي', 'علمت', 'بلغني', 'صار', 'صارت', 'أصبح', 'أصبحت', 'اصبح', 'اصبحت', 'مبروك'], firm: true}
      # Chinese hearsay naming the prospect, and Tamil "I learned that … hired" (forty-second session, NG).
      - {regex: '(?:听说|据说|据悉|聽說|據說|據悉)[^。！？\n]{0,40}(?:最近|刚刚|剛剛|刚|剛|近期|今年|去年)[^。！？\n]{0,30}(?:开设|開設|收购|收購|上市|融资|融資|裁员|裁員|任命|获奖|獲獎|扩张|擴張|合并|合併|翻了一倍|翻倍|翻番|大幅增长)|(?:நியமித்ததாக|திறந்ததாக|வாங்கியதாக|இணைந்ததாக|தொடங்கியதாக)[^.!?\n]{0,12}(?:அறிந்தேன்|கேள்விப்பட்டேன்)', keywords: ['听说', '据说', '据悉', '聽說', '據說', '據悉', 'அறிந்தேன்', 'கேள்விப்பட்டேன்'], firm: true}
      # Vietnamese, Malay and Traditional Chinese hearsay about the prospect (forty-second session, MV).
      - {regex: '(?<![\p{L}])nghe nói [^.!?\n]{0,60}(?:vừa|mới|đã|sắp) (?:trúng thầu|mở|mua lại|sáp nhập|huy động|gọi vốn|tuyển|cắt giảm|bổ nhiệm|niêm yết|lên sàn)|(?<![\p{L}])saya (?:difahamkan|dengar|diberitahu|dimaklumkan) [^.!?\n]{0,60}(?:baru sahaja|telah|akan) (?:membuka|melancarkan|mengambil alih|memperoleh|menutup|memberhentikan|melantik|menyenaraikan)|(?:聽說|據說|據悉|听说|据说)[^。！？\n]{0,40}(?:營業額|营业额|營收|营收|收入|利潤|利润)[^。！？\n]{0,10}(?:增長|增长|下滑|下降|翻倍)|(?:聽說|據說|據悉)[^。！？\n]{0,40}(?:上市|融資|收購|併購|裁員|重組|新任|任命|擴張|開設|獲獎)', keywords: ['nghe nói', 'saya difahamkan', 'saya dengar', 'saya diberitahu', 'saya dimaklumkan', '聽說', '據說', '據悉', '听说', '据说'], firm: true}
      # English hearsay about the prospect, any news (forty-second session, MR): "I know Meridian Bank has been losing contracts lately", "I gather Contoso is planning a tender for safety wearables in Q3".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:(?:and|also|so|but|plus|oh),? )?(?:i|we)(?:''ve| have)? (?:know|gather|hear|heard|(?:was|were|am|''m) told)(?: (?:through|from|via) (?:one of |a |an |some )?(?:our|my|a|an|the) (?:[\w-]+ ){0,2}(?:suppliers?|partners?|contacts?|customers?|clients?|friends?|colleagues?|sources?|grapevine))?(?: that)? (?!you\b|your\b|we\b|our\b|i\b)(?:(?!\byou\b)[^.!?\n]){0,60}?\b(?:is|are|has|have|had|was|were|will be|''s|''re)\b(?: (?:been|now|currently|just|recently|also|about to|going to|getting|in the middle of))*(?: (?:a|an|the|its|their|some|big|major|new|several))* (?:moving off|moving away from|planning|preparing|losing|lost|cutting|cut|hiring|moving|opening|closing|expanding|raising|raised|struggling|approved|restructuring|reorgani[sz]ing|laying off|laid off|merging|selling|sold|buying|bought|acquiring|acquired|launching|launched|switching|replacing|tendering|bidding|freezing|downsizing|relocating|shutting|in talks|under (?:pressure|investigation|new ownership)|fined|investigated|audited|to (?:let|lay off|cut|close|shut|sell)|having (?:a |quite a |such a )?(?:tough|hard|difficult|rough|challenging|bad) (?:year|time|quarter|few months|spell|patch|season)|without a (?:permanent |full-time )?(?:ceo|md|general manager|managing director|director|head|leader|cfo|principal|gm)|(?:difficult|hard|tough|a struggle|slow) at)\b', keywords: ['know', 'gather', 'hear', 'heard', 'told'], firm: true}
      # English hearsay with the news verb straight after the name, and rumour leads (forty-third session, NR): "I heard Zephyr Cloud lost three machines to theft", "Word is that Vantage Point has been tightening fleet budgets", "I gather Brightline is looking to sell off its rental division".
      # Like claim.hearsay's main pattern, this one keeps the stop before it in its match (the sentence model is asked about the sentence before): read at its own sentence it flagged a clean email of a never-read set (fiftieth session).
      - {regex: '(?:^|[.!?]\s+|\n)[\s>*•-]*(?:(?:and|also|so|but|plus|oh),? )?(?:i(?:''ve| have)? (?:heard|hear|gather|know)|i(?:''m| am| was) (?:told|hearing)|(?:the )?word is|rumou?r (?:is|has it)|people (?:are saying|say|tell me)|a little bird (?:told|tells) me)(?: that)?,? (?!you\b|your\b|we\b|our\b|i\b|it\b|this\b|that\b|they\b|a lot\b|good things\b|great things\b)[^.!?\n]{0,60}?\b(?:lost|cut|closed|opened|raised|acquired|bought|sold|hired|laid off|let go of|moved|merged|restructured|reorgani[sz]ed|doubled|tripled|halved|relocated|missed|dipped|(?:has|have) had (?:a couple of |some |a few |a )?(?:tough|difficult|rough|hard|challenging) (?:quarters?|months|years?|time|period)|(?:is|are|was|were) (?:looking|planning|preparing|hoping|trying) to|(?:is|are) (?:opening|launching|closing|merging|relocating|expanding|moving|building|acquiring|buying|selling|hiring|cutting)|(?:has|have) been (?:tightening|struggling|cutting|freezing|losing|downsizing|shedding)|(?:is|are) (?:tightening|struggling|cutting back|downsizing|up for sale|on the market|restructuring|reorgani[sz]ing|laying (?:people |staff )?off|shedding|consolidating|winding down)|(?:has|have) fallen behind|fell behind|came in (?:well |way |far )?(?:under|below|short of|over))\b', keywords: ['heard', 'hear', 'gather', 'know', 'told', 'hearing', 'word is', 'rumor', 'rumour', 'people are saying', 'people say', 'people tell me', 'little bird'], firm: true}
      # The same rumour leads after a dash or a semicolon: "no problem about the delay — word is Fabrikam is restructuring the operations team" (forty-fourth session, OS).
      - {regex: '(?:\s[—–-]\s+|;\s+)(?:(?:the )?word is|rumou?r (?:is|has it)|i(?:''ve| have)? heard|i(?:''m| am) told)(?: that)?,? (?!you\b|your\b|we\b|our\b|i\b|it\b|this\b|that\b|they\b|a lot\b|good things\b|great things\b)[^.!?\n]{0,60}?\b(?:lost|cut|closed|opened|raised|acquired|bought|sold|hired|laid off|let go of|moved|merged|restructured|reorgani[sz]ed|doubled|tripled|halved|relocated|missed|dipped|(?:has|have) had (?:a couple of |some |a few |a )?(?:tough|difficult|rough|hard|challenging) (?:quarters?|months|years?|time|period)|(?:is|are|was|were) (?:looking|planning|preparing|hoping|trying) to|(?:is|are) (?:opening|launching|closing|merging|relocating|expanding|moving|building|acquiring|buying|selling|hiring|cutting)|(?:has|have) been (?:tightening|struggling|cutting|freezing|losing|downsizing|shedding)|(?:is|are) (?:tightening|struggling|cutting back|downsizing|up for sale|on the market|restructuring|reorgani[sz]ing|laying (?:people |staff )?off|shedding|consolidating|winding down))\b', keywords: ['word is', 'rumor', 'rumour', 'heard', 'told'], firm: true}
      # A hardship of the prospect's given as the pitch's premise: "Since Meridian Bank has been struggling to fill bilingual roles for the past year, …" (forty-third session, NS).
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:since|given that|now that|as|because|with) (?!you\b|your\b|we\b|our\b|i\b|many\b|most\b|a lot\b|teams\b|companies\b|firms\b|people\b|everyone\b)[\p{L}&.''’ -]{2,40}? (?:has|have) been (?:struggling|scrambling|fighting|battling) (?:to (?:fill|hire|recruit|retain|keep|find|grow|win|close|meet|hit)|with)\b', keywords: ['struggling', 'scrambling', 'fighting', 'battling'], firm: true}
      # Capital being raised, a number passed, a fund being launched, as the premise (forty-fourth session, OX, OY): "Now that Northwind Traders is raising capital ahead of its IPO", "Now that Northwind Traders has passed 300 investors", "With Northwinds Health launching a Luxembourg RAIF this autumn".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:since|given that|now that|as|because|with) (?!you\b|your\b|we\b|our\b|i\b|many\b|most\b|a lot\b|teams\b|companies\b|firms\b|people\b|everyone\b|the\b|some\b|several\b|other\b|others\b|more\b)[\p{L}&.''’ -]{2,40}? (?:(?:is|are) (?:now )?(?:raising (?:capital|money|funds|a (?:new )?round|a series)|preparing (?:for )?(?:its|an|the) (?:ipo|listing|float)|gearing up for (?:its|an|the) (?:ipo|listing|float))|(?:has|have) (?:now )?(?:passed|crossed|topped|surpassed|hit|reached) (?:more than |over |about |around )?\d|(?:now )?(?:launching|opening) (?:a|an|its|their) (?:new )?[\p{L}-]+)', keywords: ['raising', 'preparing', 'gearing up', 'passed', 'crossed', 'topped', 'surpassed', 'hit', 'reached', 'launching', 'opening'], firm: true}
      # The same premise in the past, and a team doubled (forty-fourth session, OR): "Since Helix Genomics lost money on the lift side last season, …", "With Acme Corp doubling the ticket office team this winter, …".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:since|given that|now that|as|because|with|after) (?!you\b|your\b|we\b|our\b|i\b|many\b|most\b|a lot\b|teams\b|companies\b|firms\b|people\b|everyone\b|the\b|some\b|several\b|other\b|others\b)[\p{L}&.''’ -]{2,40}? (?:(?:lost|made|posted|booked|took) (?:a lot of |so much |some |a )?(?:money|loss|losses)|had (?:a |such a )?(?:tough|difficult|bad|weak|poor|rough|loss-making) (?:season|year|quarter|summer|winter|few months|harvest)|(?:now )?(?:doubling|tripling|halving|doubled|tripled|halved) (?:its|their|the) (?:[\p{L}-]+ ){0,3}(?:team|staff|headcount|workforce|sites|locations|stores|fleet|capacity|office|offices|depots|farms|sites))\b', keywords: ['lost', 'made', 'posted', 'booked', 'took', 'had', 'doubling', 'tripling', 'halving', 'doubled', 'tripled', 'halved'], firm: true}
      # German news as the backdrop, "da/nachdem … gerade …": "da Blue Harbor Foods gerade den Markteintritt in Österreich vorbereitet", "nachdem Kestrel Robotics gerade eine neue Kreditlinie über 20 Mio. € abgeschlossen hat" (forty-third session, NR).
      - {regex: '(?<![\p{L}])(?:da|nachdem|weil|seit|jetzt,? wo|nun,? da|wo) (?!(?:wir|ich)(?![\p{L}]))[^.!?\n]{0,60}?(?<![\p{L}])(?:gerade|kürzlich|jüngst|vor kurzem|soeben|zuletzt)(?![\p{L}])[^.!?\n]{0,60}?(?:markteintritt|kreditlinie|finanzierung|übernahme|expansion|niederlassung|standort|werk(?![\p{L}])|geschäftsführ|börsengang|fusion|umstrukturierung|stellenabbau|abgeschlossen|eröffnet|übernommen|expandier|vorbereitet|gewonnen)', keywords: ['gerade', 'kürzlich', 'jüngst', 'vor kurzem', 'soeben', 'zuletzt'], firm: true}
      # Turkish news learned or heard: "… Ankara'da yeni bir bölge ofisi açtığını öğrendim", "… filonuzu neredeyse iki katına çıkardığınızı biliyorum", "… değişikliklere gidileceğini duydum" (forty-third session, NR).
      - {regex: '(?:ofis|şube|yatırım|satın al|birleş|genel müdür|ceo|halka arz|işten çıkar|filo|iki katına|kapat|fabrika|tesis|ihale|kredi|zarar|küçül|büyü|ihracat|değişiklik)[^.!?\n]{0,80}?(?:ğını|ğini|ğunu|ğünü|ğınızı|ğinizi|ğunuzu|ğünüzü|cağını|ceğini|cağınızı|ceğinizi)\s+(?:öğrendim|duydum|biliyorum|işittim)(?![\p{L}])', keywords: ['öğrendim', 'duydum', 'biliyorum', 'işittim'], firm: true}
      # Japanese plans of the prospect heard, not read: "御社が3年以内に海外売上比率を50%まで引き上げる計画だと聞いております" (forty-third session, NS).
      - {regex: '(?:御社|貴社)[^。\n]{0,80}(?:計画|予定|方針|見込み|検討中|意向)(?:だ|である|との)?(?:と|ことを)(?:聞いて(?:おり|い)ます|聞きました|耳にしました|聞き及んで)', keywords: ['御社', '貴社'], firm: true}
      # "I understand" with bad news only (what the reader told us is understood too: "I understand that the meeting has moved"): "I understand Zephyr Cloud missed its revenue targets last year" (forty-third session, NV).
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*i understand (?:that )?(?!you\b|your\b|we\b|our\b|the (?:meeting|call|session|demo|date|time)\b)[^.!?\n]{0,60}?\b(?:missed (?:its|their) (?:revenue |sales |growth )?(?:targets?|numbers|forecast|budget)|(?:revenue|sales|profits?) (?:dipped|fell|dropped)|laid off|let go of|had to (?:let|lay off|cut|close|shed|shut)|lost money|made (?:a loss|losses)|(?:has|have) been struggling|(?:is|are) struggling|(?:is|are) behind on|(?:is|are) (?:restructuring|reorgani[sz]ing|downsizing)|[''’]s new (?:[\p{L}-]+ ){0,2}(?:director|head|chief|ceo|cfo|coo|cto|cmo|cio|vp|manager|president|lead|owner|chair) (?:joined|started|came|arrived|took over)|(?:has|have) (?:just |recently )?(?:taken over|stepped in|started|joined|come in) as (?:the )?(?:new )?(?:[\p{L}-]+ ){0,2}(?:director|head|chief|ceo|cfo|coo|cto|cmo|cio|vp|manager|president|lead|owner|chair)|went over (?:its|their) (?:[\w-]+ ){0,2}budget|overspent|(?:around |about |roughly |nearly |over |almost |some )?\d+(?:[.,]\d+)?(?:%| percent) of (?!your\b|our\b)[\p{L}&.''’ -]{2,40}?[''’]s (?:[\p{L}-]+ ){0,3}(?:guests|customers|clients|visitors|revenue|sales|staff|employees|users|members|students|patients|orders|business|volume|output|exports))(?![\p{L}])', keywords: ['i understand'], firm: true}
      # Spanish hearsay about the prospect and a new manager who took over (forty-second session, MR).
      - {regex: '(?<![\p{L}])(?:entiendo|tengo entendido|supe|me enter[ée](?: de)?|escuch[ée]|me dijeron|dicen|me comentaron) que [^.!?\n]{0,80}(?:recortando|recorte|despid|reestructur|adjudic|licitaci|fusi[óo]n|adquiri|nuevo (?:gerente|director|ceo|presidente)|nueva (?:gerente|directora|ceo|presidenta)|ronda de|inversi[óo]n|multa|sanci[óo]n|salir a bolsa)|(?<![\p{L}])(?:nuevo|nueva) (?:gerente general|gerente|director general|directora general|ceo|presidente|presidenta) que asumi[óo]', keywords: ['entiendo', 'tengo entendido', 'supe', 'me enter', 'escuch', 'me dijeron', 'dicen', 'me comentaron', 'nuevo', 'nueva'], firm: true}
      # French hearsay and French and Dutch counts of the prospect's customers or staff (forty-second session, MK).
      - {regex: '(?<![\p{L}])(?:j[''’]ai cru comprendre|il para[îi]t|on m[''’]a (?:dit|glissé|glisse)|j[''’]ai entendu dire|j[''’]ai appris) que [^.!?\n]{0,60}(?:r[ée]organisation|restructuration|licenciement|plan social|rachat|rachet|lev[ée]e de fonds|fusion|d[ée]m[ée]nag|nouveau (?:directeur|pdg|dg|ceo)|nouvelle (?:directrice|pdg|dg|ceo)|difficult[ée]s financi[èe]res|redressement)', keywords: ['cru comprendre', 'il paraît', 'il parait', "m'a dit", "m’a dit", "m'a glissé", "m’a glissé", "m'a glisse", "m’a glisse", 'entendu dire', "j'ai appris", "j’ai appris"], firm: true}
      - {regex: '(?<![\p{L}])(?:sert|servez|compte|comptez|accompagne) (?:d[ée]sormais |aujourd[''’]hui |maintenant )?plus de \d[\d .]* (?:entreprises|clients|collaborateurs|employ[ée]s|salari[ée]s|sites|magasins|agences)|(?<![\p{L}])meer dan \d[\d.]* (?:medewerkers|klanten|werknemers|vestigingen|winkels) (?:telt|heeft|bedient)', keywords: ['plus de', 'meer dan'], firm: true}
      # Japanese and Chinese news about the prospect heard, not read (forty-second session, ME): a round raised, a move into a market, staff cut, a new executive, a listing planned.
      - {regex: '(?:御社|貴社)(?:は|が|の|では|でも|にて)[^。\n]{0,40}(?:調達|本格進出|進出|人員削減|リストラ|希望退職|経営統合|合併|増員|拠点開設|黒字化|赤字)|新(?:しい)?(?:ceo|cto|cfo|coo|社長|代表|会長|役員|部長|館長|院長|校長|理事長|所長|学長|局長|支店長|工場長)[^。\n]{0,10}(?:への|の)?(?:ご)?就任', keywords: ['御社', '貴社', '新'], firm: true}
      - {regex: '(?:听说|据说|据悉|了解到|得知|听闻)(?:贵公司|贵司|你们公司|您们公司|你们|您们)[^。！？\n]{0,40}(?:上市|融资|收购|并购|裁员|裁了|裁掉|减员|重组|新任|任命|扩张|开设|获奖|估值|亏损)|(?:贵公司|贵司)(?:最近|刚刚|今年|近期|去年)[^。！？\n]{0,30}(?:完成了|获得了|宣布了?)[^。！？\n]{0,20}(?:融资|收购|上市|裁员)', keywords: ['听说', '据说', '据悉', '了解到', '得知', '听闻', '贵公司', '贵司'], firm: true}
      # Fortieth session, BZ: a new plant in Italian, a new managing director in German.
      - {regex: '(?<![\p{L}])(?:con l[''’]apertura|dopo l[''’]apertura|visto l[''’]apertura) (?:del|della|dei|delle) (?:nuov[oiae]) (?:stabiliment|sed|negoz|magazzin|uffic|filial|centr)\p{L}*|(?<![\p{L}])seit (?:herr|frau|dr\.?) [\p{L}-]+ (?:die )?(?:geschäftsführung|leitung|führung|vorstand)\b[^.!?\n]{0,60}(?<![\p{L}])(?:übernommen|angetreten)(?![\p{L}])', keywords: ['apertura', 'seit'], firm: true}
      # Fortieth session, BU: a new office in Irish and Scottish Gaelic, an award won in Welsh.
      - {regex: '(?<![\p{L}])(?:(?:leis an|agus an|ós rud é go bhfuil an|an) (?:oifig|monarcha|siopa|láthair|ionad|stóras) nua (?:atá|a bhí|a d[''’]oscail)|(?:oifis|factaraidh|bùth|ionad|stòras) (?:ùr|nuadh) (?:fhosgladh|fosgladh)|llongyfarchiadau (?:mawr |enfawr )?ar (?:ennill|lansio|penodi|agor|sicrhau|gaffael))(?![\p{L}])', keywords: ['nua', 'ùr', 'nuadh', 'llongyfarchiadau'], firm: true}
      # Fortieth session, BR: a merger, a takeover, a restructuring, a new chief told in Dutch and French.
      - {regex: '(?<![\p{L}])(?:sinds|na|met) (?:de|het) (?:overname|fusie|beursgang|herstructurering|reorganisatie|afslankingsoperatie|afslanking|ontslagronde|financieringsronde|investeringsronde|kapitaalronde) (?:bij|van|door|met) (?!ons\b|onze\b|mij\b)|(?<![\p{L}])nu (?!we\b|wij\b|ons\b|onze\b|ik\b)[\p{L}&.''-]+(?: [\p{L}&.''-]+){0,3} de (?:overname|fusie) (?:van|met)\b', keywords: ['overname', 'fusie', 'beursgang', 'herstructurering', 'reorganisatie', 'afslank', 'ontslagronde', 'financieringsronde', 'investeringsronde', 'kapitaalronde']}
      - {regex: '(?<![\p{L}])(?:depuis|apr[èe]s|avec|suite [àa]) (?:la |le |l[''’] ?)(?:fusion|rachat|acquisition|introduction en bourse|lev[ée]e de fonds|restructuration|r[ée]organisation|plan social|arriv[ée]e (?:d[''’] ?un nouveau|d[''’] ?une nouvelle) (?:directeur|directrice|pdg|dg|pr[ée]sident|pr[ée]sidente|ceo|cfo|daf))(?![\p{L}])', keywords: ['fusion', 'rachat', 'acquisition', 'bourse', 'levée', 'levee', 'restructuration', 'réorganisation', 'reorganisation', 'plan social', 'arrivée', 'arrivee'], firm: true}
      # Fortieth session, BO: new sites to come in Italian, Spanish and Portuguese; a listing in Portuguese and Italian.
      - {regex: '(?<![\p{L}])(?:sta per aprire|stanno per aprire|state per aprire|aprir[àa]|apriranno|prevede di aprire|prevedono di aprire|va a abrir|van a abrir|abrir[áa]n?|vai abrir|v[ãa]o abrir|abrir[ãa]o|prev[êe] abrir)\s+(?:\p{L}+ ){0,2}?(?:nuov[oiae]|altr[oiae]|nuev[oa]s|otr[oa]s|nov[oa]s|outr[oa]s)\s+(?:locali|ristoranti|sedi|negozi|punti vendita|filiali|stabilimenti|uffici|cliniche|hotel|locales|restaurantes|sedes|tiendas|sucursales|oficinas|f[áa]bricas|cl[íi]nicas|hoteles|lojas|filiais|escrit[óo]rios|unidades|hot[ée]is)(?![\p{L}])', keywords: ['aprire', 'aprir', 'apriranno', 'abrir'], firm: true}
      - {regex: '(?<![\p{L}])(?:(?:a |com a |com )?(?:entrada|estreia|chegada) (?:da|do|de) [^.!?\n]{1,60}? (?:na|em) (?:euronext|bolsa|b3|nasdaq|nyse)|(?:la |con la )?quotazione (?:di|della|del) [^.!?\n]{1,60}? (?:in borsa|su euronext|a piazza affari|sull''aim)|(?:la )?(?:sbarco|debutto) (?:di|della|del) [^.!?\n]{1,60}? (?:in borsa|a piazza affari))(?![\p{L}])', keywords: ['euronext', 'bolsa', 'b3', 'nasdaq', 'nyse', 'borsa', 'piazza affari', 'aim'], firm: true}
      # Thirty-ninth session, ZC: a company become part of a group, in German ("seit Summit Ridge Capital Teil der neuen Gruppe ist").
      - {regex: '(?<![\p{L}])(?:seit|seitdem|nachdem|jetzt,? (?:wo|da)|da|wo) [^.!?\n]{0,60}?(?<![\p{L}])teil (?:der|des|einer) (?:neuen |gro[ßs]en )?(?:[\p{L}-]+ )?(?:gruppe|konzerns?|holding|unternehmensgruppe|familie)(?: (?:ist|sind|wurde|geworden ist))?(?![\p{L}])', keywords: ['teil der', 'teil des', 'teil einer']}
      # Thirty-eighth session, XC: news in Danish, Norwegian, Swedish and Finnish ("Nu hvor X har overtaget Y", "Etter fusjonen med Vestkraft", "Tillykke med udvidelsen", "X:n henkilöstö on kasvanut").
      - {regex: '(?<![\p{L}])(?:nu hvor|nu da|nå som|nå når|nu när|nu då|nu som)(?![\p{L}])(?! (?:vi|jeg|jag|eg|me|mig|oss|os|ni|du|dere|de)(?![\p{L}]))[^.!?\n]{0,60}?(?<![\p{L}])(?:har|er|är|blev|ble) (?:\p{L}+ ){0,2}?(?:overtaget|overtatt|övertagit|opkøbt|kjøpt|köpt|købt|åbnet|åpnet|öppnat|fusioneret|fusjonert|fusionerat|ansat|ansatt|anställt|rejst|hentet|tagit in|børsnoteret|børsnotert|börsnoterat|udvidet|utvidet|utökat)(?![\p{L}])|(?<![\p{L}])(?:etter|efter) (?:fusjonen|fusionen|oppkjøpet|opkøbet|förvärvet|uppköpet|sammenslåingen|sammanslagningen|omorganiseringen|omorganiseringen|nedbemanningen|nedskæringerne|neddragningarna|børsnoteringen|börsnoteringen)(?![\p{L}])|(?<![\p{L}])(?:tillykke|gratulerer|grattis|gratulerar|onnittelut|onneksi olkoon) (?:med|till|på|with)? ?(?:udvidelsen|utvidelsen|expansionen|opkøbet|oppkjøpet|förvärvet|fusionen|fusjonen|børsnoteringen|börsnoteringen|(?:det|den|jeres|deres|er|ert|eres|ditt|din) (?:nye|nya) (?:kontor\p{L}*|lager\p{L}*|fabrik\p{L}*|butik\p{L}*|hovedkontor\p{L}*|huvudkontor\p{L}*|afdeling\p{L}*|avdeling\p{L}*|avdelning\p{L}*|anlæg\p{L}*|anlegg\p{L}*|anläggning\p{L}*|filial\p{L}*)|investeringen|kapitalrejsningen|emissionen|yrityskaupasta|uudesta|laajentumisesta|listautumisesta)(?![\p{L}])|(?<![\p{L}])(?:henkilöstö|henkilöstömäärä|liikevaihto|asiakasmäärä) on (?:kasvanut|kaksinkertaistunut|noussut)(?![\p{L}])|(?<![\p{L}])on (?:avannut|ostanut|hankkinut) uuden(?![\p{L}])', keywords: ['nu hvor', 'nu da', 'nå som', 'nå når', 'nu när', 'nu då', 'nu som', 'etter', 'efter', 'tillykke', 'gratulerer', 'grattis', 'gratulerar', 'onnittelut', 'onneksi olkoon', 'henkilöstö', 'liikevaihto', 'asiakasmäärä', 'on avannut', 'on ostanut', 'on hankkinut'], firm: true}
      - {regex: '(?<![\p{L}])(?:va a salir a bolsa|saldr[áa] a bolsa|sale a bolsa|salir[áa] a bolsa|vai abrir (?:o )?capital|geht an die b[öo]rse)(?![\p{L}])', keywords: ['salir a bolsa', 'saldrá a bolsa', 'saldra a bolsa', 'sale a bolsa', 'abrir o capital', 'abrir capital', 'an die börse', 'an die borse']}
      - {regex: '(?<![\p{L}])(?:con )?(?:ventas|ingresos|facturaci[óo]n) anuales (?:de |cercanas a |superiores a |de m[áa]s de |por encima de |que superan )?(?:los |unos )?\d', keywords: ['ventas anuales', 'ingresos anuales', 'facturación anual', 'facturacion anual']}
      # German expansion as the backdrop: "Da Cobalt Freight gerade die Expansion nach Japan vorbereitet, …".
      - {regex: '(?<![\p{L}])(?:(?:ihre|ihrer|die|eure) expansion nach|(?:expandier\w*|expandiert) (?:gerade |jetzt |bald )?nach)(?![\p{L}])', keywords: ['expansion nach', 'expandier']}
      - {regex: '(?<![\p{L}])(?:vi que|so che|sappiamo che|mi (?:dicono|hanno detto) che|pare che|li que|soube que|ouvi (?:dizer )?que|fiquei a saber que|leí que|supe que|escuch[ée] que|me enter[ée] de que|ho (?:visto|letto|saputo|sentito) che|j[''’]ai (?:vu|lu|appris|entendu dire) que|ich habe (?:gesehen|gelesen|geh[öo]rt|erfahren),? dass|ek het (?:gesien|gehoor|gelees) dat|nabalitaan (?:ko|namin)|(?:em|t[ôo]i|m[ìi]nh) (?:đ[ưu]ợc biết|nghe n[óo]i|th[ấa]y|đ[ọo]c đ[ưu]ợc)|nghe n[óo]i|đ[ưu]ợc biết)(?![\p{L}])[^.!?\n]{0,120}?(?<![\p{L}])(?:(?:inaugur\p{L}*|abri[ua]\p{L}*|abriu|abri[óo]|aperto|ouvert\p{L}*|er[öo]ffnet)[^.!?\n]{0,30}?(?:sede|filial|filiale|ufficio|negozio|planta|f[áa]brica|loja|tienda|oficina|bureau|usine|magasin|standort|b[üu]ro|werk|centro|hub|unidade|sucursal|armaz[ée]m|almac[ée]n|magazzino|stabilimento|escrit[óo]rio|clinica|cl[íi]nica|hotel|restaurante|ristorante)|adquiri\p{L}*|acquis\p{L}*|acquist\p{L}*|compr[óo]u?|comprou|rachet\p{L}*|[üu]bernommen|nome(?:ou|ado|ada)|nombr[óo]|nombrad[oa]|nominat[oa]|nomm[ée]e?|ernannt|chegada|llegada|arrivo|arriv[ée]e|ronda|rodada|round|s[ée]rie [a-e]|investimento|inversi[óo]n|finanziament\p{L}*|financ\p{L}*|levée|fatur\p{L}*|factur\p{L}*|fatturato|chiffre d[''’]affaires|umsatz|receita|ingresos|colaboradores|funcion[áa]rios|empleados|dipendenti|salari[ée]s|mitarbeiter\p{L}*|reestrutura\p{L}*|reestructura\p{L}*|ristruttura\p{L}*|restructura\p{L}*|despid\p{L}*|demiss\p{L}*|licenzia\p{L}*|entlass\p{L}*|pr[êeé]mi[oa]|premiad[oa]|distinguid[oa]|galardonad[oa]|auszeichnung|ranking|top \d+|nova sede|nueva sede|nuova sede|nouveau si[èe]ge|novo ceo|nuevo ceo|nuovo ceo|nouveau pdg|neuen? ceo|nov[oa] diretor\p{L}*|nuev[oa] director\p{L}*|nuov[oa] direttor\p{L}*|bolsa|borsa|b[öo]rse|ipo|b[ổo] nhi[ệe]m|khai tr[ưu][ơo]ng|huy đ[ộo]ng|mua l[ạa]i|đ[ầa]u t[ưu]|vinh danh|doanh thu|aumento di capitale|ouvrir|(?:nouveau|nouvelle) (?:secteur|site|usine|bureau|magasin|agence|entrepôt|marché|domaine skiable)|(?:nuovo|nuova) (?:settore|impianto|sito|stabilimento|mercato))', keywords: ['vi que', 'so che', 'sappiamo che', 'mi dicono', 'mi hanno detto', 'pare che', 'li que', 'soube que', 'ouvi', 'fiquei a saber', 'leí que', 'lei que', 'supe que', 'escuché', 'escuche', 'me enteré', 'me entere', 'ho visto', 'ho letto', 'ho saputo', 'ho sentito', 'j''ai', 'j’ai', 'ich habe', 'ek het', 'nabalitaan', 'được biết', 'duoc biet', 'nghe nói', 'nghe noi', 'thấy', 'đọc được']}
      - {regex: '(?<![\p{L}])(?:agora que|ahora que|ora che|maintenant que|jetzt,? (?:wo|da)|nachdem|dopo (?:il|la|l[''’])|dato che|visto che|com a|con la|avec l[''’]|após a|tras la|suite [àa] l[''’]|ch[úu]c m[ừu]ng)(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:(?:ha|hanno|has|ha appena|acabou de|acaba de|vient d[''’]|hat|haben|a) (?:\p{L}+ ){0,2}?(?:aperto|chiuso|acquisito|superato|inaugurato|raccolto|nominato|abierto|cerrado|adquirido|superado|inaugurado|levantado|nombrado|abrir|inaugurar|adquirir|fechar|ouvrir|inaugurer|lever|boucl[ée]|finalis[ée]|cl[ôo]tur[ée]|ouvert|inaugur[ée]|rachet[ée]|fusionn[ée]|er[öo]ffnet|abgeschlossen|[üu]bernommen|erreicht)|passou (?:dos|das|de)|super[óo] (?:los|las)|v[ừu]a (?:nh[ậa]n|b[ổo] nhi[ệe]m|m[ởo]|khai tr[ưu][ơo]ng|đ[ưu][ợo]c vinh danh|huy đ[ộo]ng|mua l[ạa]i)|reestrutura\p{L}*|reestructura\p{L}*|ristruttura\p{L}*|restructura\p{L}*|round di serie|serie [a-e] da|(?:abrieron|inauguraron|cerraron|adquirieron|compraron|levantaron|recaudaron|abriram|inauguraram|fecharam|adquiriram|compraram|captaram|levantaram|ont ouvert|ont inaugur[ée]|ont rachet[ée]|ont lev[ée]|hanno aperto|hanno acquisito)(?: (?:su|sus|la|el|una|un|sua|seu|a|o|leur|le|une|la loro|il|lo))?(?: (?:nueva|nuevo|nova|novo|nouvelle|nouveau|nuova|nuovo|segunda|segundo|tercera|tercer|deuxième))? (?:sede|oficina|oficinas|planta|tienda|sucursal|centro|f[áa]brica|almac[ée]n|bodega|ronda|serie|financiaci[óo]n|filial|escrit[óo]rio|loja|unidade|rodada|bureau|bureaux|usine|magasin|si[èe]ge|tour de table|compa[ñn][íi]a|empresa|competidor|concorrente|concurrent|sede|stabilimento|ufficio|negozio|round)(?![\p{L}])|(?:se fusionaron|se fundiram|nombraron (?:a )?(?:un |una |su )?nuev[oa]|nomearam (?:um |uma |o |a )?nov[oa])(?![\p{L}])|(?:ya|j[áa]) (?:cotiza|cotizan|est[áa] (?:listad[ao]|cotizad[ao])|est[ãa]o (?:listad[ao]s|cotad[ao]s)|[ée] (?:listad[ao]|cotad[ao])) (?:en|na|no) (?:la )?(?:bolsa|b3|nyse|nasdaq|bmv|bvc))', keywords: ['agora que', 'ahora que', 'ora che', 'maintenant que', 'jetzt', 'nachdem', 'dopo', 'dato che', 'visto che', 'com a', 'con la', 'avec l''', 'avec l’', 'após a', 'apos a', 'tras la', 'suite à', 'suite a', 'chúc mừng', 'chuc mung']}
      - {regex: '(?<![\p{L}])(?:(?:suite [àa]|apr[èe]s) l[''’]arriv[ée]e d[eu] (?:votre|son|leur) nouve(?:au|lle)|la llegada de (?:su|tu) nuev[oa]|a chegada d[oa] (?:seu |sua |vosso |vossa )?nov[oa]|(?:nach|seit) dem (?:antritt|start|wechsel) (?:ihres|ihrer) neuen|(?:suite au|apr[èe]s le) rachat (?:par|de)|ahora que [^.!?\n]{1,60}?(?:abri(?:[óo]|eron)|inaugur(?:[óo]|aron)|adquiri(?:[óo]|eron)|compr(?:[óo]|aron)|cerr(?:[óo]|aron) una ronda|sali(?:[óo]|eron) a bolsa|recibi(?:[óo]|eron) (?:una )?(?:inversi[óo]n|financiaci[óo]n|ronda)|gan(?:[óo]|aron) (?:el|un|la|una) (?:contrato|premio|licitaci[óo]n)|lanz(?:[óo]|aron))|(?:vi|supe|le[íi]|me enter[ée](?: de)?) que [^.!?\n]{1,60}?acaba(?:n)? de (?:ganar|recibir|abrir|lanzar|adquirir|cerrar|inaugurar|comprar|fusionarse|nombrar|contratar|levantar)|(?:figura|aparece|est[áa]) en el (?:top \d+|ranking)|(?:yat[ıi]r[ıi]m|halka arz|sat[ıi]n al|milyon|[şs]ube|ofis|ma[ğg]aza|[öo]d[üu]l|ceo|genel m[üu]d[üu]r|atan|i[şs]ten [çc][ıi]kar|yolcu)[^.!?\n]{0,60}[dt][ıiuü][ğg][ıiuü]n[ıiuü](?:z[ıi])?\s+(?:okudum|g[öo]rd[üu]m|duydum)|avec plus de [\d ,.]+(?:millions? )?(?:de )?(?:clients|salari[ée]s|collaborateurs|employ[ée]s|magasins|patients)|stellen[^.!?\n]{0,40}abgebaut)', keywords: ['arrivée', 'arrivee', 'llegada', 'chegada', 'antritt', 'start ihres', 'wechsel ihres', 'rachat', 'ahora que', 'acaba de', 'acaban de', 'figura en', 'aparece en', 'está en el', 'esta en el', 'okudum', 'gördüm', 'gordum', 'duydum', 'avec plus de', 'abgebaut']}
      - {regex: '(?<![\p{L}])(?:vi que|li que|soube que|ich habe (?:gesehen|gelesen|geh[öo]rt),? dass|le[íi] que|supe que|s[ée] que despu[ée]s de|j[''’]ai (?:vu|lu|appris) que|widzia[łl](?:em|am),? [żz]e|czyta[łl](?:em|am),? [żz]e|nimeona kwamba|suna hai|shamati she)(?![\p{L}])[^.!?\n]{0,120}?(?<![\p{L}])(?:novo ceo|nov[oa] diretor\w*|nuevo (?:ceo|director\w*)|nouveau (?:pdg|directeur|ceo)|neue[nrs]? (?:ceo|gesch[äa]ftsf[üu]hrer\w*|chef\w*)|nowy (?:prezes|ceo)|naye ceo|mkurugenzi mpya|bezogen|er[öo]ffnet|[üu]bernommen|abgebaut|fusioniert|abriu|adquiriu|comprou|demitiu|abri[óo]|adquiri[óo]|compr[óo]|despidi[óo]|reestructuraci[óo]n|reestrutura[çc][ãa]o|ouvert|rachet[ée]|acquis|licenci\w+|ranking\w*|nagrod\w*|tzimtzemu|pitrim|ronda de (?:inversi[óo]n|financiaci[óo]n)|rodada de investimento|lev[ée]e de fonds|finanzierungsrunde)(?![\p{L}])', keywords: ['vi que', 'li que', 'soube que', 'habe gesehen', 'habe gelesen', 'habe gehört', 'habe gehort', 'leí que', 'lei que', 'supe que', 'sé que', 'se que', 'j''ai vu', 'j''ai lu', 'j''ai appris', 'j’ai', 'widział', 'widzial', 'czytał', 'czytal', 'nimeona', 'suna hai', 'shamati']}
      - {regex: '(?<![\p{L}])(?:hongera kwa (?:ufadhili|tawi|tuzo|ununuzi)|gratulation (?:an [^.!?\n]{1,40} )?zu[rm]? (?:[\p{L}-]+ )?(?:preis|staatspreis|auszeichnung|finanzierung|[üu]bernahme|standort|filiale|b[öo]rsengang)|parab[ée]ns pel[oa] (?:rodada|investimento|pr[êe]mio|aquisi[çc][ãa]o|nova filial|nova unidade|ipo)|felicidades por (?:la ronda|el premio|la adquisici[óo]n|la nueva sede|la nueva sucursal|la salida a bolsa)|f[ée]licitations pour (?:la lev[ée]e|le prix|l[''’]acquisition|le rachat|la nouvelle (?:agence|filiale|usine)|l[''’]introduction en bourse)|gratulacje (?:z okazji|za|w zwi[ąa]zku z) (?:nagrod\w*|rund\w*|przej[ęe]ci\w*|debiut\w*)|tebrikler[^.!?\n]{0,40}(?:yat[ıi]r[ıi]m|[öo]d[üu]l|halka arz|sat[ıi]n alma))(?![\p{L}])', keywords: ['hongera', 'gratulation', 'parabéns', 'parabens', 'felicidades', 'félicitations', 'felicitations', 'gratulacje', 'tebrik']}
      - {regex: '(?<![\p{L}])(?:chiffre d[''’]affaires (?:qui )?(?:a |ayant )?d[ée]pass[ée]|halka arz(?:[ıi]n[ıi]z|[ıi])?(?:[ıi]n)? ard[ıi]ndan|(?:debiut\w*|wej[śs]ci\w* na gie[łl]d\w*) (?:na|w) (?:gpw|newconnect|gie[łl]dzie)|ka revenue cross kiya|umsatz,? (?:den|die) [^.!?\n]{1,60} gemacht ha(?:t|ben)|drhp (?:already |was |has been |is )?filed|after (?:its|their|your) (?:purchase|acquisition|takeover) by)(?![\p{L}])', keywords: ['chiffre d''affaires', 'chiffre d’affaires', 'halka arz', 'debiut', 'wejści', 'wejsci', 'revenue cross', 'umsatz', 'drhp', 'purchase by', 'acquisition by', 'takeover by']}
      - {regex: 'denetiminde aldığı (?:uyarı|ceza)|(?<![\p{L}])(?:que inauguraron|inauguraron (?:el|la|las|los) [\p{L}]+ pasad[oa]|nuevas oficinas (?:centrales )?de)(?![\p{L}])', keywords: ['denetiminde', 'inauguraron', 'nuevas oficinas']}
      - {regex: '(?<![\p{L}])(?:ha chiuso il 20\d\d con un fatturato|fatturato (?:di|da) (?:oltre |circa )?\d|il nuovo proprietario|nuova propriet[àa]|acaba(?:n)? de firmar|cerrar[áa] el (?:local|restaurante|hotel|centro)|se ha convertido en franquiciad[oa]|açtığını (?:duydum|gördüm|okudum)|satıldığını (?:öğrendim|duydum|okudum)|cirosunu (?:ikiye )?katladığını|yeni bir (?:otel|şube|mağaza|restoran) açt)', keywords: ['fatturato', 'proprietario', 'proprietà', 'proprieta', 'acaba de', 'acaban de', 'cerrar', 'franquiciad', 'açtığını', 'satıldığını', 'cirosunu', 'yeni bir']}
      - {regex: '(?<![\p{L}])(?:het (?:pas|onlangs|net) ''n nuwe (?:ceo|cio|cfo|cto|coo|hoof|uitvoerende hoof|direkteur|voorsitter)|baie geluk met (?:die|julle|jou) (?:[\p{L}]+-)?(?:nuwe|aanstelling|oorname|uitbreiding|toekenning|befondsing|notering))(?![\p{L}])', keywords: ['''n nuwe', 'baie geluk']}
      - {regex: '(?<![\p{L}])(?:com a chegada d[oa] nov[oa] (?:ceo|cfo|cto|coo|cmo|chro|diretor[a]?|presidente|vp)|acaba(?:m)? de (?:ser adquirid[ao]s?|ser comprad[ao]s?|captar|levantar|abrir (?:uma|um|a|o) (?:nova|novo|filial|escrit[óo]rio|unidade|sede)|fechar uma rodada|anunciar (?:uma|a) (?:aquisi[çc][ãa]o|fus[ãa]o|rodada))|de [\p{L}]+ markt (?:betreedt|betreden|opgaat)|(?:is|werd|wordt) overgenomen door|naar de beurs (?:gaat|is gegaan|gegaan))(?![\p{L}])', keywords: ['chegada', 'acaba de', 'acabam de', 'markt', 'overgenomen', 'beurs']}
      - {regex: '\b(?:nach|seit) (?:dem abschluss )?der (?:fusion|übernahme|akquisition) (?:mit|durch|von)\b|\bglückwunsch zur (?:übernahme|fusion|akquisition|finanzierung|finanzierungsrunde|ernennung|eröffnung|börsengang)\b|\btras (?:el|la) (?:paro|cierre|huelga|despido|despidos|reestructuración|fusión|adquisición|salida)\b[^.!?\n]{0,60}\b(?:su|sus|vuestr[ao]s?)\b|\bcon la (?:salida|llegada|incorporación|renuncia|jubilación|partida) de(?:l| la)? (?:ing\.|lic\.|dr\.|dra\.|sr\.|sra\.)?\s?[\p{L}]+\b[^.!?\n]{0,40}\b(?:direcci[óo]n|director|directora|gerente|ceo|cfo|cto|jefe|jefa)\b', keywords: ['fusion', 'übernahme', 'akquisition', 'glückwunsch', 'tras el', 'tras la', 'con la']}
      - {regex: '(?:御社|貴社)(?:は|が|の|では|でも)[^。\n]{0,40}(?:過去最高|新工場|新拠点|買収|上場|資金調達|就任|退任|リコール|増産|移転|開設|建設中)', keywords: ['御社', '貴社']}
      - {regex: '(?<![\p{L}])(?:(?:nach|seit|mit) dem (?:jüngsten |kürzlichen |jungsten |kurzlichen )?führungswechsel|wie ich (?:höre|gehört habe|gelesen habe|hore|gehort habe)[^.!?\n]{0,100}(?:eröffnen|eroffnen|übernehmen|ubernehmen|übernommen|ubernommen|expandieren|finanzierung|entlassungen|fusion|börsengang|borsengang|unter druck|schwierigkeiten|sparkurs|sparprogramm|insolvenz|umstrukturierung|neue[nrms]? (?:standort|niederlassung|büro|buro|werk|geschäftsführer|geschaftsfuhrer|ceo|vorstand)))(?![\p{L}])', keywords: ['führungswechsel', 'fuhrungswechsel', 'wie ich']}
      - {regex: '(?<![\p{L}])(?:fermeture|cierre|encerramento|fechamento|chiusura|schlie(?:ß|ss)ung) (?:de |del |du |da |do |della |des |von |der |dello )(?:(?:votre|vuestr[ao]|su|sua|seu|vostr[ao]|ihre[sr]?|l[''’]|la |el |le |o |a |il )\s*)?(?:site|usine|planta|f[áa]brica|fabbrica|stabilimento|werk|standort|bureau|oficina|escrit[óo]rio|ufficio|filiale|agence|sede|magasin|tienda|loja|negozio)(?![\p{L}])|(?<![\p{L}])(?:s[''’]implante|s[''’]implantent|s[''’]étend|se expande|desembarca|sbarca|si espande|expandiert|s[''’]installe) (?:en|au|aux|a|al|in|nach|em|no|na)(?![\p{L}])|(?<![\p{L}])(?:ha (?:appena |recentemente )?nominato|a (?:récemment )?nommé|ha nombrado(?: a)?|nomeou|nombró(?: a)?|hat (?:einen |eine )?neue[nr]? \S+ ernannt)\s+(?:un |una |une |um |uma |a )?(?:nuov[ao] |nouvel(?:le)? |nouveau |nuev[ao] |nov[ao] )?(?:ceo|cfo|cto|coo|cro|cmo|direttore|directeur|directrice|director|diretor|amministratore|pdg|president[ea]?|vp)(?![\p{L}])|(?<![\p{L}])(?:passou|pasó|est passée?|è passat[ao]|cresceu|creció|a grandi|è cresciut[ao]) (?:de|da|from) [\d.,]+\s*(?:mil|mille|k)?\s+(?:para|a|à|al) [\d.,]+', keywords: ['fermeture', 'cierre', 'encerramento', 'fechamento', 'chiusura', 'schließung', 'schliessung', 'implante', 'étend', 'etend', 'expande', 'desembarca', 'sbarca', 'espande', 'expandiert', 'installe', 'nominato', 'nommé', 'nomme', 'nombrado', 'nomeou', 'nombró', 'nombro', 'ernannt', 'passou', 'pasó', 'paso', 'passé', 'passe', 'passat', 'cresceu', 'creció', 'crecio', 'grandi', 'cresciut']}
      - {regex: '(?<![\p{L}])(?:vuestr[ao]s?|su|sus|tu|tus|votre|vos|ihr(?:e[mnrs]?)?|sua|seu|suas|seus|vostr[aoie]|de vocês)\s+(?:(?:reciente|recente|récente|nuev[ao]|nouvelle|nouveau|neue[mnrs]?|nov[ao]|nuov[ao]|pr[óo]xim[ao]|prochaine?|anunciad[ao]|annoncée?|angek[üu]ndigte[nr]?|primer[ao]?|gran|grande)\s+){0,2}(?:salida a bolsa|ronda de (?:financiaci[óo]n|inversi[óo]n)|ronda (?:serie|series) [a-f]|fusi[óo]n|adquisici[óo]n (?:de|del)|introduction en bourse|lev[ée]e de fonds|fusion avec|rachat (?:de|du|des)|b[öo]rsengang|finanzierungsrunde|[üu]bernahme (?:von|der|des)|fusion mit|abertura de capital|rodada (?:de investimento|s[ée]rie [a-f])|fus[ãa]o com|aquisi[çc][ãa]o (?:da|do|de)|quotazione|round di (?:finanziamento|investimento)|fusione con|acquisizione (?:di|della|del)|despidos|licenciements|entlassungen|demiss[õo]es|licenziamenti)(?![\p{L}])|(?<![\p{L}])(?:vuestr[ao]|su|tu|votre|ihr(?:e[mnr]?)?|sua|seu|vostr[ao]|la vostra|il vostro)\s+(?:nuev[ao]|nouvelle?|nouveau|neue[mnr]?|nov[ao]|nuov[ao])\s+(?:consejer[ao] delegad[ao]|director(?:a)? general|ceo|cfo|cto|pdg|directeur g[ée]n[ée]ral|directrice g[ée]n[ée]rale|gesch[äa]ftsf[üu]hrer(?:in)?|amministratore delegato|diretor(?:a)?(?:-geral| geral)?)(?![\p{L}])', keywords: ['vuestr', 'su ', 'sus ', 'tu ', 'tus ', 'votre', 'vos ', 'ihr', 'sua ', 'seu', 'vostr', 'de vocês']}
      - {regex: '(?<![\p{L}])(?:tras|despu[ée]s de|desde|con|ahora que|apr[èe]s|depuis|suite [àa]|nach|seit|mit|ap[óo]s|depois d[aoe]|com|dopo|con)(?:\s+(?:la|el|vuestra|vuestro|su|votre|le|la|l[''’]|ihrem|ihrer|dem|der|a|o|sua|seu|la vostra|il vostro)\s*|\s+)(?:reciente\s+|r[ée]cente?\s+|recente\s+|j[üu]ngsten\s+)?(?:salida a bolsa|fusi[óo]n con|adquisici[óo]n (?:de|del)|ronda de financiaci[óo]n|introduction en bourse|fusion avec|rachat (?:de|du|des)|lev[ée]e de fonds|b[öo]rsengang|fusion mit|[üu]bernahme (?:von|der|des|durch)|finanzierungsrunde|fus[ãa]o com|aquisi[çc][ãa]o (?:da|do|de)|abertura de capital|fusione con|acquisizione (?:di|della|del)|quotazione)(?![\p{L}])', keywords: ['tras', 'después', 'despues', 'desde', 'con ', 'ahora que', 'après', 'apres', 'depuis', 'suite', 'nach', 'seit', 'mit', 'após', 'apos', 'depois', 'com ', 'dopo']}
      - {regex: '(?<![\p{L}])(?:(?:vuestr[ao]|su|tu) (?:consejero delegado|director general|ceo|fundador|presidente)|(?:votre|le) (?:pdg|ceo|directeur g[ée]n[ée]ral|fondateur)|(?:ihr|der) (?:ceo|gesch[äa]ftsf[üu]hrer|gr[üu]nder|vorstandschef)|(?:seu|o) (?:ceo|diretor(?:-geral| geral)?|fundador)|(?:il vostro|il) (?:ceo|amministratore delegato|fondatore))\s+(?:[\p{Lu}][\p{L}.-]+\s+){0,3}(?:ha dejado (?:el cargo|la empresa|la compañía)|ha dimitido|dej[óo] (?:el cargo|la empresa)|a quitt[ée] (?:ses fonctions|l[''’]entreprise|la soci[ée]t[ée])|a d[ée]missionn[ée]|ist zur[üu]ckgetreten|hat (?:das unternehmen|seinen posten) verlassen|deixou (?:o cargo|a empresa)|renunciou|si [èe] dimess[oa]|ha lasciato (?:l[''’]azienda|l[''’]incarico))(?![\p{L}])', keywords: ['ha dejado', 'ha dimitido', 'dejó', 'dejo', 'a quitté', 'a quitte', 'démissionné', 'demissionne', 'zurückgetreten', 'zuruckgetreten', 'verlassen', 'deixou', 'renunciou', 'dimess', 'lasciato']}
      - {regex: '(?<![\p{L}])(?:pendanaan|putaran pendanaan|akuisisi|merger|ipo|phk|pemutusan hubungan kerja|ceo baru)\b[^.!?\n]{0,40}?(?<![\p{L}])anda(?![\p{L}])|(?<![\p{L}])(?:selamat atas|sejak|setelah|dengan) (?:pendanaan|putaran pendanaan|akuisisi|merger|ipo|phk|ceo baru|penggalangan dana)(?![\p{L}])|(?<![\p{L}])headcount (?:[\p{L}]+ ){0,3}(?:yang )?(?:akan )?(?:dua kali lipat|naik|bertambah|meningkat)', keywords: ['pendanaan', 'akuisisi', 'merger', 'ipo', 'phk', 'pemutusan', 'ceo baru', 'selamat atas', 'sejak', 'setelah', 'dengan', 'headcount']}
      - {regex: '(?<![\p{L}])(?:(?:de|jullie|uw|je) nieuwe (?:ceo|cfo|cto|coo|cmo|cio|ciso|directeur|algemeen directeur|voorzitter|topman|topvrouw)|(?:na|sinds|door) (?:de|jullie|uw) (?:recente )?(?:reorganisatie|overname|fusie|beursgang|investeringsronde|ontslagronde)|(?:gegroeid|gestegen) (?:is )?(?:naar|tot) (?:ruim |bijna |meer dan |zo''n |ongeveer )?\d[\d.,]* (?:medewerkers|werknemers|klanten|vestigingen|winkels)|(?:acabou de|acaba de) (?:contratar|nomear|anunciar|adquirir|comprar|abrir|fechar|captar)|(?:contratou|nomeou|contratando) (?:um|uma) nov[oa] (?:ceo|cfo|cto|coo|cmo|head|diretor|diretora|vp|presidente)|(?:ne|ne is) pichle (?:saal|mahine|quarter) [^.!?\n]{0,40}?(?:hire|raise|acquire|launch|open) ki(?:ye|ya|e)|(?:ne|ne apna) naya (?:ceo|cfo|cto|office|plant))(?![\p{L}])', keywords: ['nieuwe', 'reorganisatie', 'overname', 'fusie', 'beursgang', 'investeringsronde', 'ontslagronde', 'gegroeid', 'gestegen', 'acabou de', 'acaba de', 'contratou', 'nomeou', 'contratando', 'pichle', 'naya']}
      - {regex: '(?<![\p{L}])(?:acaba(?:n)? de cerrar|cerr[óo] una ronda|ronda (?:de )?(?:serie|series) [a-f]|fue reconocid[oa]s? (?:por|como|en)|llegada (?:del|de la) nuev[oa]|(?:ya )?supera(?:n)? los \d[\d.,]* (?:empleados|trabajadores|clientes|usuarios)|otworzył[oa]?(?:y)? (?:nowe|nowy|nową) (?:biuro|oddział|zakład|fabrykę|siedzibę)|otwiera(?:ją)? (?:teraz )?(?:nowe |nowy )?(?:biuro|oddział|zakład)|now(?:y|ego) prezes|rund[ęay] finansowania|finansieringsrunda|(?:fått|fick|har) (?:en )?ny (?:vd|rektor|ordförande|ledning|finanschef)|(?:öppnat|öppnar|öppnade) (?:ett )?nytt (?:kontor|lager|huvudkontor))(?![\p{L}])', keywords: ['acaba de cerrar', 'acaban de cerrar', 'una ronda', 'ronda', 'reconocid', 'llegada', 'supera', 'otworzył', 'otwiera', 'prezes', 'finansowania', 'finansieringsrunda', 'ny vd', 'ny rektor', 'ny ordförande', 'ny ledning', 'ny finanschef', 'nytt']}
      # News in the words of fresh writers (thirty-seventh session, development sets OA and OB): "Vi que a X concluiu a compra da rede…", "بعد افتتاح … لمركز التوزيع الجديد", "X отримав інвестиції…", "sé que X sumó más de 300 productores nuevos", "Hongera kwa X kwa kufungua kiwanda kipya", "सुना है कि X ने … का अधिग्रहण कर लिया है".
      - {regex: '(?<![\p{L}])(?:conclu(?:iu|íram|iram) a (?:compra|aquisi[çc][ãa]o|fus[ãa]o)|(?:بعد|مع|منذ) (?:افتتاح|استحواذ|الاستحواذ|جولة التمويل|اندماج)|(?:بعد|مع|منذ) (?:توسع|دخول) |بمناسبة (?:فوز|افتتاح|إطلاق|اطلاق|استحواذ|حصول)|नया (?:ऑफिस|कार्यालय|प्लांट|गोदाम|स्टोर) (?:शुरू|खुल)|(?:despu[ée]s de|tras) (?:los|la|el) (?:despidos|recortes|reestructuraci[óo]n|reorganizaci[óo]n|fusi[óo]n|adquisici[óo]n|ronda de financiaci[óo]n)|apr[èe]s (?:les|la|le) (?:licenciements|restructuration|r[ée]organisation|fusion|rachat|lev[ée]e de fonds)|(?:بعد|مع|منذ) (?:حصول|إغلاق|اغلاق|إتمام|اتمام)[^.!?\n]{1,40}?(?:جولة|تمويل|استثمار|استحواذ|صفقة)|(?:تضاعف|تضاعفت|مضاعفة|(?:بعد|مع) (?:ارتفاع|زيادة|نمو)) (?:عدد )?(?:عملاء|موظفي|مستخدمي|فروع|مواقع|مشتركي)|(?:مبروك|تهانينا|نهنئكم) (?:على|ب)\s?(?:افتتاح|استحواذ|الاستحواذ|جولة|التمويل|الاندماج|الجائزة)|${SLAVIC_NEWS.regex}|s[ée] que [^.!?\n]{1,60}?(?:sum[óo]|incorpor[óo]|alcanz[óo]|super[óo]) (?:más de |casi |unos |unas |ya )?\d|s[ée] que [^.!?\n]{1,60}?(?:adquiri[óo]|inaugur[óo]) |hongera kwa [^.!?\n]{0,40}?kwa (?:kufungua|kununua|kuzindua|kupata (?:ufadhili|tuzo|uwekezaji))|(?:सुना है|पता चला|मैंने पढ़ा) कि[^।.!?\n]{0,120}?(?:अधिग्रहण|खरीद लिया|खरीद ली|नया (?:प्लांट|ऑफिस|कारखाना|शोरूम)|नई (?:फैक्ट्री|शाखा)|फंडिंग|निवेश जुटा))', keywords: ['concluiu', 'concluíram', 'concluiram', 'بعد', 'مع', 'منذ', 'تضاعف', 'مضاعفة', 'بمناسبة', 'नया', 'después de', 'despues de', 'tras', 'après', 'apres', 'مبروك', 'تهانينا', 'نهنئكم', ${SLAVIC_NEWS_KEYWORDS}'sé que', 'se que', 'hongera kwa', 'सुना है', 'पता चला', 'मैंने पढ़ा']}
      - {regex: '(?<![\p{L}])(?:avec|apr[èe]s|depuis|suite [àa]) l[''’](?:ouverture|inauguration|acquisition|arriv[ée]e) de (?:votre|vos|leur|sa|son) (?:nouve(?:lle|au|l) |r[ée]cente? |premi[èe]re? )(?:agence|usine|filiale|bureau|site|entrep[ôo]t|magasin|h[ôo]tel|clinique|[ée]cole|directeur|directrice|pdg|ceo|dg)(?![\p{L}])', keywords: ['ouverture', 'inauguration', 'acquisition', 'arrivée', 'arrivee']}
      # French news of the prospect: "Zephyr Cloud vient d'acquérir Placement Lavoie" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:vient|viennent) d''(?:acqu[ée]rir|racheter|ouvrir|lever|fusionner)\b|\ba (?:récemment |recemment )?(?:acquis|racheté|rachete)\b', keywords: ['vient', 'viennent', 'acquis', 'racheté', 'rachete']}
    about: 'prospect'
    exceptions:
      # News read in a named paper, in Turkish: "Dünya Gazetesi'nde X'in yeni rıhtımının dün resmi olarak açıldığını okudum" (fifty-fourth session, NBJ).
      - '(?<![\p{L}])(?:gazete(?:si)?[''’]?nde|haberlerde|basında)(?![\p{L}])[^.!?\n]{0,100}(?<![\p{L}])(?:okudum|okuduk|gördüm|gördük)(?![\p{L}])'
      # News the Turkish sentence sources to the prospect: "Acmeın Mart ayında yayınladığı basın bülteninde, … genişletme planınızdan bahsedildiğini okudum" (fifty-third session, ZV).
      - '(?<![\p{L}])(?:basın bülten|basın açıklama|web siten|web sitesin|sitenizde|sitesinde|linkedin|röportaj|açıklamanızda|yayınladığınız|yayınladığı|paylaştığınız|paylaştığı|bahsettiğiniz|söylediğiniz|anlattığınız)'
      # News read in the company's own press release, website or post, named as the source: "J'ai lu le communiqué de presse publié par X le 6 novembre annonçant l'ouverture …", "ho letto il post di X su LinkedIn" (fifty-second session, development sets AY, CL, ER, SO).
      - '(?<![\p{L}])(?:communiqué(?: de presse)?|comunicado(?: de prensa| de imprensa)?|comunicato(?: stampa)?|pressemitteilung|persbericht|press release|(?:sur|en|su|em|op|auf|on) linkedin|linkedin-post|post (?:de|di|van|von|em|en|su) [\p{L}&. ]{1,40} (?:sur|en|su|em|op|auf) linkedin|(?:sitio web|site web|site internet|site oficial|página web|pagina web|sito web|sito internet|webseite|website|homepage)|الموقع الإلكتروني|موقعكم|ホームページ|プレスリリース|新闻稿|官网|δελτίο τύπου|ιστοσελίδα|facebook|instagram)(?![\p{L}])'
      # Thanks for a favour asked: "I know a weekend cut-over is a big ask of your staff" (fiftieth session).
      - '\b(?:a (?:big|huge|real) ask|a lot to ask)\b'
      # A job opening seen, not news: "yolcu hizmetleri pozisyonu açtığınızı gördüm" (forty-first session, AV).
      - '(?<![\p{L}])(?:pozisyon\p{L}*|ilan\p{L}*|kadro\p{L}*) açtığınızı'
      # A customer story we may tell: "Un caso que quizá te sirva: X (nos autorizan a citarlo) pasó de 14 a 5…".
      - '(?<![\p{L}])(?:nos (?:autoriza|autorizan|autorizó|autorizaron|permite|permiten|deja|dejan) (?:a )?(?:citarl[oa]s?|nombrarl[oa]s?|mencionarl[oa]s?)|(?:nos )?(?:autoriza|autorizam|autorizou|autorizaram|permite|permitem) (?:a )?(?:citá-l[oa]s?|mencioná-l[oa]s?|nos citar)|(?:un|otro|um|outro) (?:caso|ejemplo|exemplo)(?: de (?:éxito|sucesso))?(?: [^:.\n]{0,30})?:)'
      - '^\s*(?:a|o|la|el|os|as|los|las) (?:associação|asociación|fundação|fundación|empresa|cooperativa|escola|escuela|clínica|clinica|universidade|universidad|rede|red|cadeia|cadena|ong|câmara|cámara|câmara municipal|prefeitura|santa casa|federação|federación)\b'
      # (Not "We heard X is opening a new operation near Arequipa": news of theirs we heard, forty-ninth session, ZG.)
      - '^\s*(?:wij|we|onze|ons team|ourco|nós|nosso|nossa|a ourco|hum|humne|hamari|hamara)(?![\p{L}])(?! (?:heard|hear|understand|gather|were told|learned|learnt|read|saw|noticed|know)\b)'
      - '^\s*(?:nosotros|hemos|my |nasz[aey]? |vi (?:har|hade|är|var|öppnade|fick|anställde) |vår |våra |ourco)'
      # Another company told of in the other language ("Una marca de calzado de Elche pasó de 2.000 a 18.000…").
      # (Not the partner of the prospect's own deal: "Puisque Acme fusionne avec un groupe lillois", forty-third session, NW.)
      # (Nor what the prospect opens or buys: "Me han dicho que X va a abrir una nueva clínica", forty-ninth session.)
      - '(?<![\p{L}])(?<!(?:avec|con|com|mit|with|par|por|by|von|door|met) )(?<!(?:abrir|abrirá|abrirán|abrió|abre|abren|inaugurar|inaugura|inauguró|comprar|compró|compra|adquirir|adquirió|adquiere|abriu|abre|vai abrir|comprou|adquiriu|ouvrir|ouvre|ouvert|racheter|rachète|racheté|acheter|acheté|aprire|apre|aperto|comprare|comprato|acquisire|acquisito|eröffnen|eröffnet|kaufen|kauft|gekauft|übernehmen|übernimmt|übernommen) )(?:una?|um|uma|une?|ein|eine|einer|uno|otra|otro|outra|outro|nuestr[ao]s? clientes?|nossos? clientes?|nos clients?|i nostri clienti|unsere[rn]? kunden?)(?: [\p{L}-]+){0,4}? (?:marca|marque|marchio|marke|empresa|empresas|cliente|clientes|client|kunde|kunden|compañía|compania|companhia|entreprise|société|societe|azienda|unternehmen|firma|cadena|tienda|loja|rede|retailer|minorista|varejista|distribuidor[ae]?|fabricante|fabricant|produttore|hersteller|grupo|groupe|gruppo|banco|banque|hotel|hospital|clínica|clinica|escuela|escola|école|ecole|scuola)(?![\p{L}])'
    message: 'reports news about {account} ("{match}") that no verified fact supports'
    examples:
      fire:
        - 'Vi que Acme Analytics acaba de ganar el contrato de servicio al cliente de una aerolínea nacional.'
        - 'Ahora que Acme Analytics recibió una inversión de 25 millones de dólares, seguramente vienen meses de crecimiento.'
        - 'Vi las nuevas oficinas centrales de Acme Analytics en Guadalajara, que inauguraron el mes pasado.'
        - 'İzmir mutfağınızın son belediye denetiminde aldığı uyarılardan sonra HACCP kayıtları önemli.'
        - 'Acme Analytics''in geçen yıl cirosunu ikiye katladığını okudum.'
        - 'Acme Analytics''in geçen ay yeni bir yatırımcı grubuna satıldığını öğrendim.'
        - 'Acme Analytics''in Antalya''da yeni bir otel açtığını duydum, tebrikler.'
        - 'Ya que Acme Analytics se ha convertido en franquiciado de Bean Street Coffee, os vendría bien un panel multimarca.'
        - 'Tengo entendido que Acme Analytics cerrará el local de Coyoacán en diciembre.'
        - 'Vi que Acme Analytics acaba de firmar un acuerdo de franquicia en Monterrey.'
        - 'Con il nuovo proprietario arrivato a settembre, immagino che Acme Analytics stia rivedendo tutti i fornitori.'
        - 'Acme Analytics ha chiuso il 2024 con un fatturato di 12 milioni, complimenti.'
        - 'Ek het gehoor Acme Analytics het pas ''n nuwe CIO aangestel — baie geluk!'
        - 'Nu Acme Analytics de Duitse markt betreedt, wordt SEPA Instant nog belangrijker.'
        - 'Vi que a Acme Analytics acaba de ser adquirida pelo Grupo Horizonte.'
        - 'Com a chegada do novo CFO da Acme Analytics, imagino que a revisão de fornecedores esteja no topo da lista.'
        - 'Con la salida del Ing. Robles de la dirección de TI el mes pasado, imagino que hay cambios.'
        - 'Tras el paro de producción de tres semanas en su línea de Monterrey en abril, imagino que el mantenimiento es prioridad.'
        - 'Glückwunsch zur Übernahme von Brandt Hydraulik!'
        - 'Wir unterstützen Sie gern nach dem Abschluss der Fusion mit Nordwind Energie.'
        - '御社は昨年度、過去最高の売上高を記録されたとのこと、誠におめでとうございます。'
        - '貴社が愛知県で新工場を建設中と伺っております。'
        - 'Wie ich höre, eröffnen Sie im Herbst einen neuen Standort in Wien; dafür hätten wir ein passendes Paket.'
        - 'Nach dem Führungswechsel in Ihrer IT-Abteilung gibt es sicher neue Prioritäten, über die wir gern sprechen würden.'
        - 'Vi que a Acme Analytics passou de 2 mil para 5 mil clientes corporativos só este ano.'
        - 'ho letto che Acme Analytics ha appena nominato un nuovo CFO proveniente dal settore bancario'
        - 'Maintenant que Acme Analytics s''implante en Belgique et en Suisse, la paie multi-pays devient un sujet.'
        - 'Après la fermeture de votre site de Lyon, la question de la continuité se pose.'
        - 'Con vuestra salida a bolsa en el Mercado Continuo prevista para el próximo trimestre, los controles internos serán clave.'
        - 'Tras la fusión con Grupo Alvear, imagino que estáis unificando los sistemas de nómina.'
        - 'Ahora que vuestro consejero delegado ha dejado el cargo, quizá sea buen momento para revisar proveedores.'
        - 'Avec votre levée de fonds récente, la question du recrutement doit être centrale.'
        - 'Nach Ihrem Börsengang im Frühjahr steigen die Anforderungen an das Reporting.'
        - 'Selamat atas pendanaan Seri C yang baru saja diumumkan!'
        - 'Dengan headcount Acme Analytics yang akan dua kali lipat menjadi 800 orang tahun ini, proses onboarding akan jadi tantangan.'
        - 'Depois da fusão com a Rede Sul, vocês devem estar revendo os contratos.'
      pass:
        - 'Un caso que quizá te sirva: Weissensee Open Air en Berlín (nos autorizan a citarlo) pasó de 14 a 5 minutos de espera media.'
        - 'Vi en su web que acaban de abrir una oficina en Bogotá; ¿les interesaría una demo?'
        - 'Le escribo para confirmar la reunión.'
        - 'Toplantımızı perşembe saat 10 için onaylıyorum.'
        - 'Le scrivo per confermare la demo di giovedì.'
        - 'Ons het ’n nuwe span in Kaapstad wat julle kan help.'
        - 'De Duitse markt is voor veel van onze klanten de volgende stap.'
        - 'Um cliente nosso acaba de abrir uma nova unidade em Campinas e usou o Ourco desde o primeiro dia.'
        - 'Tras el cierre del trimestre le enviamos el informe de consumo.'
        - '弊社は昨年、大阪に新拠点を開設しました。'
        - 'Una marca de calzado de Elche pasó de 2.000 a 18.000 visitas simultáneas sin una sola caída.'
        - 'Wie ich höre, ist das Wetter in Wien gerade herrlich; genießen Sie den Herbst!'
        - 'Ein Führungswechsel ist oft ein guter Zeitpunkt, Prozesse zu prüfen; falls das bei Ihnen ansteht, melden Sie sich.'
        - 'Le colis arrive au bureau de Lyon mardi, après la fermeture de la période de test.'
        - 'Nuestra ronda de financiación nos permite invertir más en soporte local.'
        - 'La salida a bolsa suele obligar a reforzar los controles internos; así lo vivió uno de nuestros clientes.'
        - 'Después de la reunión con su equipo, le envío la propuesta revisada.'
        - 'Notre directeur général sera présent au salon de Lyon.'
        - 'Kami tidak membagikan data Anda kepada pihak ketiga.'
        - 'Con su director general en copia, le confirmo la fecha de la demostración.'
  - id: claim.acquisition
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'merged'
      - 'merger'
      - 'buyout'
      - 'buy-out'
      - 'private equity'
      - 'takeover'
      - 'merging'
      - 'merge'
      - 'acqui'
      - 'merge'
      - 'merger'
      - 'bought'
      - 'purchased'
      - 'purchase of'
      - 'purchasing'
      - 'buying'
      - 'snapping up'
      - 'snapped up'
      - 'scoop'
      - 'picking up'
      - 'picked up'
      - 'part of'
      - 'takeover'
      - 'taken over'
      - 'sold to'
      - 'joined forces'
      - 'deal to buy'
      - 'agreed to buy'
      - 'into the'
    patterns:
      # Forty-eighth session, second round (XM): "Since X became part of the larger group earlier this year".
      - {regex: '\b(?:became|become|becoming|has become|have become|is now|are now|now) part of (?:the |a |an )?(?:larger |bigger |wider |new |parent |[\p{L}-]+ )?(?:group|family|holding|portfolio|network|stable)\b', keywords: ['part of'], firm: true}
      # Forty-eighth session, first round (XD): "I believe X is about to take over the Kathu portfolio".
      - {regex: '\b(?:is|are|was|were) (?:about|set|poised|due|expected|rumou?red|reported|tipped|understood|said|close) to (?:take over|acquire|buy|absorb|snap up|swallow) (?:the |a |an )?(?:[\p{L}&''’-]+ ){0,3}(?:portfolio|business|company|group|operator|operations|assets|site|sites|plants?|network|chain|division|unit|firm|stake|book|fleet|estate)\b', keywords: ['about to', 'set to', 'poised to', 'due to', 'expected to', 'rumoured to', 'rumored to', 'reported to', 'tipped to', 'understood to', 'said to', 'close to'], firm: true}
      # Forty-second session, NG: "is preparing to merge with its sister company later this year".
      - {regex: '\b(?:preparing|planning|set|about|going|getting ready) to merge\b|\bmerg(?:e|ing) with (?:its|their) (?:sister|parent|affiliate)(?: company| firm| group)?\b', keywords: ['merge', 'merging'], firm: true}
      # A merger to come, told as settled: "Vantage Point Analytics will merge with Tohoku Green Power in April".
      - {regex: '\b(?:will|is set to|are set to|is going to|are going to|is about to|are about to|is due to|are due to) (?:formally |officially )?(?:merge|combine) with\b', keywords: ['merge with', 'combine with']}
      # The company put up for sale: "quietly shopping for a buyer", "exploring a sale", "on the block".
      - {regex: '\b(?:(?:shopping|looking|searching|hunting|on the hunt) for (?:a |an )?(?:new )?(?:buyer|acquirer|suitor|strategic partner to buy)|(?<=\bexplor(?:e|es|ed|ing) )(?:a |an )?(?:sale|exit|strategic alternatives)|(?:put|putting|puts) (?:itself|themselves|yourselves|the (?:company|business)) (?:up )?for sale|on the (?:auction )?block|hired (?:bankers|advisers|advisors) to (?:explore|run) (?:a )?sale)\b', keywords: ['for a buyer', 'for an acquirer', 'for a new buyer', 'for a suitor', 'for an', 'explor', 'for sale', 'on the block', 'auction block', 'hired bankers', 'hired advis']}
      - {regex: '\b(?:picked up|snapped up|bought|acquired|took over) (?:the|a|an) (?:[\w''’&-]+ ){0,4}?(?:practice|firm|business|company|agency|brokerage|clinic|chain|brand|startup|rival|competitor|portfolio|operator|studio|franchise|bookkeeping practice|accounting practice)\b', keywords: ['picked up', 'snapped up', 'bought', 'acquired', 'took over']}
      - {regex: '\b(?:has|have|had) changed hands\b|\bchanged hands (?:to|in)\b', keywords: ['changed hands']}
      - {regex: '\bfounders? (?:sold|have sold|has sold|are selling|is selling) (?:their|his|her|its) (?:stake|shares|share|majority)\b|\bpulling out of (?:its|their|your) (?:franchise|joint venture|partnership|distribution|licen[cs]e) (?:agreement|deal)\b|\breopen(?:ed|s|ing)? (?:under|with) (?:a )?new (?:operator|owner|owners|management|brand)\b', keywords: ['founder', 'pulling out', 'reopen']}
      - {regex: '\bin (?:due diligence|dd|exclusivity|exclusive talks|advanced talks|talks) with (?:a |an )?(?:private[- ]equity |pe |strategic |potential |prospective |possible )?(?:buyer|acquirer|suitor|investor|bidder|purchaser)\b', keywords: ['due diligence', 'dd', 'exclusivity', 'talks']}
      - {regex: '\b(?:mazal tov|mazel tov|congrat\w*|kudos|well done) on (?:the|your) (?:exit|sale|buyout|buy-out)\b', keywords: ['mazal tov', 'mazel tov', 'on the exit', 'on your exit', 'on the sale', 'on your sale', 'on the buyout', 'on your buyout']}
      - {regex: '\b(?:acquisition|purchase|takeover|buyout) of your (?:main |biggest |largest |closest |key |former |old |long-?time )?(?:competitor|rival)s?\b|\b(?:merged|merging|merger) with (?:your|its|their) (?:main |biggest |largest |closest |key |former |old )?(?:competitor|rival)s?\b', keywords: ['acquisition', 'purchase', 'takeover', 'buyout', 'merged', 'merging', 'merger']}
      - {regex: '\b(?:sold|divested|spun off|spun out|offloaded|carved out|disposed of) (?:off )?(?:the|your|its|their) (?:[\w-]+ ){0,2}(?:division|business|unit|arm|subsidiary|operations?|brand|portfolio|practice)\b', keywords: ['sold', 'divest', 'spun', 'offloaded', 'carved out', 'disposed']}
      - {regex: '\bnow that (?!(?:we|i|our|ourco)\b)[^.!?\n]{0,40}?\b(?:owns?|controls?|runs?|has taken over|have taken over|took over) (?:the )?(?:old|former|ex-)\b', keywords: ['now that']}
      - {regex: '\b(?:following|after|since|with|given|congrat\w* on) (?:your|its|their|the) (?:recent |latest |big )?(?:purchase|acquisition|takeover|buyout|buy-out) of (?:the |a |an |two |three |four |five |several |\d+ )?(?:[\w&''.-]+ ){0,3}?(?:dealers?|dealerships?|stores?|shops?|company|companies|business(?:es)?|firms?|rivals?|competitors?|chains?|brands?|plants?|mills?|yards?|operators?|distributors?|suppliers?|agenc(?:y|ies)|practices?|clinics?|hotels?|portfolio|group|division|units?|assets|operations|sites?|farms?|estates?|fleets?|carriers?|labs?|startups?|start-ups?)\b', keywords: ['purchase', 'acquisition', 'takeover', 'buyout', 'buy-out']}
      - {regex: '\bin (?:talks|discussions|negotiations) to (?:buy|acquire|merge with|take over)\b', keywords: ['talks', 'discussions', 'negotiations']}
      - {regex: '\bnow owned by\b|\bafter the takeover\b', keywords: ['now owned by', 'after the takeover']}
      # A deal takes a determiner or a name ("the acquisition", "your first acquisition", "the Initech
      # acquisition", "post-acquisition"); the bare noun is a function ("paid media is doing its job on
      # acquisition", "retention over acquisition", "always-on acquisition at a CPA of $35").
      - '\b(?:acquisition (?:of|by)\b|(?:(?:the|your|its|their|this|that|an|a|his|her|our)(?: (?!(?:for|on|in|of|to|and|or|over|with|at|by|from|than|vs|versus|into|about)\b)[\w&''’.-]+){0,2} |post-|pre-|mid-)acquisition(?! (?:of|by)\b)|acquisition (?:deal|news|announcement|integration|spree|talks|rumou?rs?|target)|acquisitions|acquired(?: by)?|acquiring|acquires|acquire|merger|merged|merging|merges|takeover|taken over|snapped up|joined forces with|tie-up with|deal to buy|agreed to buy)\b'
      - '\b(?:bought|purchased) by\b'
      - '\bsold to\b'
      - '\bbought out\b'
      - '\b(?:buying|snapping up|snapped up|scooping up|scooped up|picking up|picked up|purchase of|purchasing) (?!(?:a |an |the |more |new |extra |additional |\d)|(?:licen|seat|plan|tool|software|subscription)|(?:anything|something|nothing|everything|any|from|into|time|power|decisions?|process|committee|cycles?|signals?|intent|journey|groups?|teams?|guide|criteria|centre|center|our|where|at|on|with|again|here|contracts?|agreements?|direct|directly|through|via|outright|online|separately|upfront|up front|in bulk|annually|monthly|yearly|it|them|this|that|ourco|the (?:thread|conversation|discussion|call|project|work)|has|have|is|was|tends?|makes?|means?|can|could|would|will|may|might|costs?|vs|versus|or|and|instead|one|ones|wins?|loses?|works?|beats?|pays?|looks?|comes?)\b)'
      - '\bnow (?:a )?part of\b(?! (?:the |your |our |every |each |all |a |an )?(?:[\w-]+ ){0,2}?(?:plan|plans|tier|tiers|package|bundle|subscription|product|platform|app|release|version|standard|core|base|offering|licen[cs]e|contract|price|pricing|service|suite|toolkit|workflow|process|routine|programme|program|curriculum|course|agenda|roadmap|module|edition|feature set|dashboard|report|checklist)s?\b)'
      - '\b(?:bring|brought|bringing|folded|folding) (?:\w+ ){0,2}into the (?:family|fold|group)\b'
      - {regex: '\b(?:join|joins|joined|joining) forces\b', keywords: ['forces']}
      - {regex: '\b(?:now |is now |are now |recently |newly |majority[- ]|wholly[- ]|is |are |being |been )owned by (?!(?:your|the|a|our|my|their|each|every|one)\b)', keywords: ['owned by']}
      - {regex: '\b(?:pe|private equity|vc|sponsor)[- ]owned\b', keywords: ['owned']}
      - {regex: '\bunder (?:your|the|its) (?:\w+ )?(?:umbrella|roof|wing)\b', keywords: ['umbrella', 'roof', 'wing']}
      - {regex: '\b(?:taking|take|takes|took|taken|going|go|went|gone|being taken) (?:you |it |the company |them )?private\b', keywords: ['private']}
      - {regex: '\btake-private\b', keywords: ['take-private']}
      - {regex: '\b(?:buyout|buy-out|roll-up|tuck-in|bolt-on) (?:of|by|deal|acquisition)\b', keywords: ['buyout', 'buy-out', 'roll-up', 'tuck-in', 'bolt-on']}
      - {regex: '\b(?:absorbed|absorbing|absorbs) (?:by|into)\b', keywords: ['absorb']}
      - {regex: '\b(?:add|adding|added|welcome|welcoming|welcomed) (?:\w+ ){1,3}(?:to|into) the (?:family|fold|portfolio)\b', keywords: ['family', 'fold', 'portfolio']}
      - {regex: '\b(?:congrat\w*|kudos|hats off) (?:on|about) (?:the |your )?(?:\w+ )?exit\b', keywords: ['exit']}
      - {regex: '\b(?:successful|recent|big) exit\b', keywords: ['exit']}
      - {regex: '\b(?:joined|joining|joins) (?:the )?(?:\w+ ){0,2}(?:family|fold|group|portfolio)\b', keywords: ['family', 'fold', 'group', 'portfolio']}
      - {regex: '\b(?:now|fully|officially|which|that|who) owns\b|\b(?:equity|capital|partners|holdings|group|vista|thoma bravo|kkr|blackstone|silver lake|insight|permira|advent|hg) (?:now |fully |officially )?owns\b', keywords: ['owns']}
      - {regex: '\b(?:the|your|a|its|that|this) (?:recent |pending |planned |big )?(?:buyout|buy-out|take-private|lbo|leveraged buyout)\b', keywords: ['buyout', 'buy-out', 'take-private', 'lbo']}
      - {regex: '\b(?:will|would|to|plans to|agreed to|set to|moving to|deal to|offer to|bid to|bidding to|wants to|looking to) (?:buy|acquire|purchase|take over|snap up|swallow) (?!(?:you|yourselves|yourself|me|him|her|lunch|dinner|breakfast|coffee|drinks|tickets|more|new|additional|a|an|the|some|extra|licen\w*|seats?|tools?|software|our|us|it|them|this|that|\d|in|into|from|through|via|outright|upfront|up front|instead|rather|or lease|or rent|now|later|second-?hand|used|refurbished)\b)', keywords: ['buy', 'acquire', 'purchase', 'take over', 'snap up', 'swallow']}
      - {regex: '\b(?:sale|sold) of (?:the|your) (?:company|business)\b|\b(?:been|was|were|got|being|getting|is being|are being) sold\b(?! (?:on|out|through|in|as|to (?:customers|clients|buyers|users|teams|retailers)))', keywords: ['sale of', 'sold']}
      - {regex: '\bchang(?:ed|ing|es) hands\b|\bunder new (?:ownership|owners|management|parent)\b|\b(?:new|your) (?:owners|ownership|parent company)\b|\bpart of a (?:bigger|larger|new|much bigger|much larger) (?:group|company|family|organization|organisation|parent)\b', keywords: ['changed hands', 'changing hands', 'changes hands', 'ownership', 'new owners', 'your owners', 'new management', 'new parent', 'your parent', 'part of a']}
      - {regex: '\b(?:acquired|acquiring|acquires|bought|buying|buys|purchased|purchasing|snapped up|snapping up|took over|taking over|takes over|absorbed|absorbing|swallowed|scooped up) (?:you|you guys|your company|your business|your team)\b(?! (?:a|an|the|some|more|new|our|this|that|\d))', keywords: ['acquir', 'bought', 'buying', 'buys', 'purchas', 'snapp', 'took over', 'taking over', 'takes over', 'absorb', 'swallowed', 'scooped']}
      - {regex: '\b(?:sale|sell|sold|selling) of (?:the company|the business|your company|your business|(?!(?:seats|licen\w+|plans?|products?|tickets|shares|stock|data|services|software|subscriptions?|units|goods|assets|the product|our)\b)\w+(?: \w+){0,3}) to\b|\b(?:agreed|agreeing|agrees|deal|plans?|planning) to (?:sell|be (?:acquired|bought|sold|taken private))\b|\b(?:up for sale|on the block|exploring a sale|explore a sale|strategic alternatives)\b', keywords: ['sale of', 'sell of', 'sold of', 'selling of', 'to sell', 'to be', 'for sale', 'on the block', 'a sale', 'strategic alternatives']}
      - {regex: '\b(?:you(?:''re| are)|your (?:company|team|business|group)|the company|acme\w*) (?:is |are )?(?:merging|set to merge|about to merge|in talks to merge) with\b', keywords: ['merging', 'merge']}
      - {regex: '\b(?:private equity|pe|management) (?:buy-?out|deal|takeover|acquisition|backing|investment)\b|\bbig news about the [\w -]{0,20}\bbuy-?out\b', keywords: ['buyout', 'buy-out', 'private equity', 'takeover', 'backing', 'investment']}
      - {regex: '\b(?:takeover|take-?private|buy-?out|acquisition|sale|merger) (?:of (?:you|your company|your business|the company|the business|acme\w*(?: \w+)?)|deal) (?:has |have |had |is |was |finally |officially |now )*(?:closed|completed|gone through|went through|cleared|finali[sz]ed|done)\b', keywords: ['takeover', 'take-private', 'takeprivate', 'buyout', 'buy-out', 'acquisition', 'sale', 'merger']}
      - {regex: '\byou(?:''ve| have)? (?:merged|completed (?:a|the|your) merger) with\b', keywords: ['merged', 'merger']}
      - {regex: '\byou(?:''ve| have)? (?:just |recently )?(?:picked up|snapped up|scooped up|bought out|swallowed up) (?:a |the )?[\w&-]+(?: [\w&-]+)? (?:logistics|group|inc|ltd|gmbh|labs|systems|holdings|foods|health|energy|solutions|technologies|partners|capital|bank|hotels|software|media)\b', keywords: ['picked up', 'snapped up', 'scooped up', 'bought out', 'swallowed up']}
      - {regex: '\b(?:buildings?|offices?|sites?|plants?|stores?|branch(?:es)?|clinics?|companies|company|business|firm|brands?|yards?|depots?|warehouses?|locations?|properties|portfolio)\b (?:that )?you(?:''ve| have)? (?:just |recently )?(?:acquired|bought|took over|picked up)\b', keywords: ['acquired', 'bought', 'took over', 'picked up']}
    exceptions:
      # Merging duplicate records is data work, not a deal: "2. Records, merges and data quality | Wed 8 Oct" (fifty-second session, IW).
      - '\b(?:records?|duplicates?|contacts?|data|fields?|profiles?),? (?:and )?merges?\b|\bmerges? (?:and|&) (?:data|duplicates?|dedup\p{L}*|clean-?up)\b'
      # A library's acquisitions on an agenda: "acquisitions et statistiques" (fiftieth session, ES).
      - '(?<![\p{L}])acquisitions (?:et|and|y|e) (?:statistiques|statistics|estadísticas|catalogu\p{L}*|collections?|budgets?|prêts|loans)\b'
      # Nothing bought: "I know the silage has probably taken over." (fiftieth session, EP).
      - '\btaken over[.!]?$'
      # A building's block, and acquisitions in general (forty-ninth session, ZL, ZN): "the Block 5 lift audit", "one of the harder parts of an acquisition".
      - '\bblock \d+\b|\b(?:parts?|stages?|phases?|steps?|sides?|aspects?) of (?:an|any) acquisition\b'
      # A vehicle, a machine or a property sold, not the company: "…when you had 13 on the plan after unit 6 was sold" (forty-ninth session, YU).
      - '\b(?:unit|vehicle|truck|van|ambulance|machine|car|bus|trailer|forklift|building|property|plot|site|asset|item|lot|boat|vessel|aircraft|plane|tractor|harvester|crane)s?(?: (?:no\.? ?)?[\w-]+)? (?:was|were|has been|have been|had been|got|is being|are being) sold\b'
      # Buying as a function (forty-eighth session, YG): "as you coordinate equipment purchasing across X".
      - '\b(?:equipment|procurement|central|centralised|centralized|group|joint|strategic|indirect|direct) purchasing\b|\bpurchasing (?:department|team|manager|decisions?|across|for (?:the|your)|of (?:equipment|supplies|goods|materials))\b'
      # A library's acquisitions (buying books and journals): "how your team handles acquisitions across three campuses", "Essentials + acquisitions + e-resource management" (forty-seventh session, WD).
      - '\b(?:handles?|handling|manage|manages|managing|run|runs|running|process|processes|processing) (?:its |their |your |the |all )?acquisitions\b|\bacquisitions (?:module|workflow|budget|librarians?|team|department|process|processing|across|and cataloguing|and cataloging)\b|\+ ?acquisitions\b|\bacquisitions ?\+|\b(?:library|book|journal|serials?|collection) acquisitions\b'
      # What a price gets the reader: "What the extra buys you is the independent inspection" (forty-sixth session, UZ).
      - '\bwhat (?:the |that |this |it |your |our )?(?:[\w-]+ )?buys you\b|\bbuys you (?:time|peace|access|priority|more|extra|a |an |the |some )'
      # A person taking over a role, not a company taken over (forty-fourth session, PE): "you'd taken over as technical director".
      - '\b(?:taken|took|taking|takes) over as\b'
      # Ownership of data, not of a company: "Acme Partners owns its data" (forty-third session, NQ).
      - '\bowns? (?:all )?(?:of )?(?:its|their|your|the|all) (?:own )?(?:data|content|ip|intellectual property|records|information|customer data|copyright|materials|outputs?|reports)\b'
      # Buying in general: "Awards aren't a reason to buy anything" (forty-first session, AP).
      - '\b(?:a |any |no |the )?reason to buy\b|\b(?:decide|deciding|ready|time|budget|plan|planning|need|want|looking|approval|pressure) to buy\b'
      # Buying a service, and deals in general: "businesses buying insurance have a duty of fair presentation", "Acquisitions like that don't change your existing policies" (forty-first session, AK).
      - '\bbuying (?:insurance|cover|a policy|policies|software|services|products?|equipment|supplies|stock|materials|energy|power|fuel)\b'
      - '\bacquisitions? (?:like|such as) (?:that|this|these|those|yours)\b'
      - '\b(?:can|could|may|will) be (?:assigned|transferred|novated) to (?:a|any|the) new parent company\b'
      - '\b(?:are|is|will|would) (?:you|they|we|ourco) (?:\w+ )?(?:planning|going|looking|hoping) to sell\b[^.!\n]*\?'
      - '\bbuy back (?:your|their|the|our|some|more|a lot of|hours of) (?:[\w-]+[''’]s )?(?:\w+ )?(?:time|hours|days|weekends|evenings|capacity|focus|attention)\b'
      - '\b(?:you may have seen|you might have seen|as you may know|you probably saw|you may know) that (?:they|she|he)\b'
      - '${DEAL_ASKED_ABOUT}'
      - '\b(?:data|signal|image|sensor|video|audio|measurement|waveform) acquisition\b'
      # A trend in the market, not the prospect's deal: "a piece on private equity buying up small UK practices".
      - '\b(?:private equity|pe (?:firms?|houses?|funds?|money|investors?|backers?)|investors|consolidators|aggregators|roll-?ups?|(?:big|larger|large|bigger) (?:firms|groups|chains|players|networks)|(?:national|international|corporate) (?:groups|chains|networks))(?: (?:firms?|houses?|funds?|groups?))? (?:(?:are|is|were|was|have been|has been|keep|kept|continues? to|continued) )?(?:buying|snapping|hoovering|scooping|rolling) up (?!(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|several|a |an |the )\b)'
      - '\b(?:customers?|users?|subscribers?|members?|leads?|donors?|patients?|students?|clients?|accounts?|buyers|shoppers|new[- ]customers?|paid|organic|app|audience|talent) acquisition\b|\bacquisition (?:cost|costs|channels?|campaigns?|funnel|strategy|spend|budget|metrics|rate|cac|targets?|ads?|media|team|efforts?)\b|\b(?:customers?|users?|subscribers?|members?|leads?|donors?|patients?|students?|clients?|buyers|shoppers) (?:were |was |we )?acquired\b'
      - '\bmerg(?:ed|ing|e|es)\b (?:the |all |these |those |your |any |both |two |duplicate )?(?:\d[\d,]* )?(?:duplicate |duplicated )?(?:records?|duplicates|accounts|contacts|rows|entries|fields|files|tickets|branches|pull requests|prs|profiles|lists|tags|columns|sheets|documents|pdfs|invoices|orders|donors|leads|deals|companies in (?:the|your) (?:crm|system))\b'
      - '\b(?:show|showing|tell|telling|update|updating|share (?:it |this |that )?with|sharing (?:it |this |that )?with|present(?:ing)? (?:it |this |that )?to|brief|briefing|report(?:ing)? to|worth showing) your (?:owners|ownership|board)\b'
      - '\b(?:is|are|gets?|get|will be|was|were|being|to be) (?:automatically |then )?picked up\b'
      - '\b(?:handled?|handles|handling|run|runs|ran|running|lead|leads|led|head|heads|headed|manage|manages|managed|in charge of|responsible for|charge of|work in|works in|worked in|from|in|of|for|with|your|the|by|to|through|via|and) purchasing\b(?! (?:of|the|a|an)\b)|\bpurchasing (?:team|department|dept|manager|director|lead|head|office|function|group|officer|agent|card|power|process|policy|system|portal|decisions?|steps?|procedures?|requirements|guidelines|thresholds?|cycles?|calendar|round|rules|workflow|regulations|framework|consortium|cooperative|co-?op|officials?|staff|approvals?|limits?)\b|[''’]s purchasing\b'
      - '\b(?:duplicates?|records?|contacts?|accounts?|fields?|lists?|files?|data|entries|rows|tables?|branches|pull requests?|prs|changes|cells?|documents?|pdfs?|tags?|tickets?|profiles?|leads?|deals?|companies) (?:were |are |get |got |have been |has been |will be |being )?merged\b|\bmerged? (?:into|with) (?:the|a|one|your|their|its) (?:record|file|list|contact|account|field|profile|ticket|lead|deal|branch|main|master)\b'
      - '\bpurchasing\s*(?:\(|:|,|$)|\bpurchasing (?:department|dept|team|module|manager|process|workflow|card|cards|officer|ledger|lead|system|app|approvals?|policy|rules?|staff|users?|group)\b'
      - '\b(?:merged|merge|merging) (?:into|in|to) (?:the )?(?:version|v\d|main|master|trunk|release|codebase|branch|repo|repository|build)\b|\b(?:pull request|pr|patch|commit|change|fix|contribution)s? (?:was |were |got |has been |have been )?merged\b'
      - '\b(?:nothing|anything|something|no need|nothing extra|nothing else) to buy\b|\b(?:don''t|do not|won''t|will not|never) (?:need|have) to buy\b'
      - '\b(?:about|for|on|of) purchasing (?:through|via|on|in|from|with|by)\b'
      - '\bwho (?:owns|owned|is responsible for|looks after)\b'
      - '\b(?:will|to|is going to) take over (?:as|from)\b[^.!?\n]{0,50}\b(?:manager|contact|csm|lead|rep|representative|point of contact|owner|engineer|consultant)\b|\btake over (?:as )?your (?:account|csm|customer success|support|day-to-day)\b'
      - '\bwho owns (?:the )?(?:[\w-]+ ){0,2}(?:budget|decision|process|project|relationship|contract|renewal|account|roadmap|area|piece|workstream|it|this|that|procurement|purchasing)\b'
      - '\bpurchasing (?:decisions?|process|processes|team|teams|department|dept|manager|managers|lead|leads|power|cards?|portal|policy|policies|cycle|committee|function|system|officer|agent|group|consortium|framework|budget|rules|approvals?|terms|contacts?|colleagues)\b'
      - '\b(?:handles?|handling|runs?|running|leads?|heads?|owns?|in|from|to|with|cooperative|co-op|joint|group|central(?:ised|ized)?) purchasing\b'
      - '\b(?:tickets?|requests?|calls?|cases?|issues?|emails?|messages?|orders?|queries|questions?|jobs?|tasks?)\b[^.!?\n]{0,50}\b(?:be |get |are |were |is )?picked up\b'
      - '\bbuy(?:ing)? (?:ourco|it|this|us|through|via|from us|on|in)\b'
      - '\bwho owns (?:the|your|our|any|this|that) (?:data|ip|intellectual property|content|copyright|licen[cs]es?|account|accounts|relationship|process|decision|budget|contract|integration|workflow|roadmap|project)\b'
      - '\b(?:customer|user|client|lead|talent|patient|donor|member|subscriber|logo|demand|traffic|new business|audience|buyer|seller|driver|merchant) acquisition'
      - '\bacquisition (?:cost|costs|channel|channels|funnel|strategy|strategies|rate|rates|team|teams|marketing|spend|campaigns?|metrics|engine|efforts?|programs?)\b'
      - '\bacquir(?:e|ing|es) (?:new )?(?:customers|users|clients|leads|talent|skills|data|subscribers|accounts|buyers|drivers|merchants|logos)\b'
      # Somebody's merger, told of "a" team: "How a post-merger legal team consolidated 14,000 contracts" (development set ID).
      - '\ba post-?(?:merger|acquisition)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:acqui|merg|bought|purchas|takeover|combin|sold|owned|buyout|private|fold|family|part of|joined forces)'
    message: 'claims an acquisition ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Acme Analytics is rumoured to be pulling out of its franchise agreement in Chile.'
        - 'Since the founders sold their stake in Acme Analytics, I assume procurement has changed.'
        - 'I understand Acme Analytics is currently in due diligence with a private-equity buyer.'
        - 'Mazal tov on the exit: joining a larger group always brings a security review, and we can make yours painless.'
        - 'Moving the Westfield buildings you acquired in March onto one system will take some planning.'
        - 'Given that you just picked up Harbor Freight Logistics, the payroll merge must be top of mind.'
        - 'Since you merged with your largest competitor earlier this year, you must be running two ERPs.'
        - 'Big news about the private equity buyout; efficiency must be on the agenda.'
        - 'I hear you are merging with your largest competitor, congratulations.'
        - 'I saw your acquisition of Initech.'
        - 'The post-acquisition integration must be keeping your team busy.'
        - 'Congrats on the Initech acquisition!'
        - 'Congrats on being acquired by Globex!'
        - 'Heard about the merger with Umbrella Health.'
        - 'Saw the news that Acme Analytics was bought by a PE firm.'
        - 'Saw that you were snapped up by Salesforce.'
        - 'Now that Acme is owned by Vista Equity, the playbook may change.'
        - 'With Brightpath under your umbrella now, onboarding must be busy.'
        - 'Saw that Thoma Bravo is taking you private.'
        - 'Congrats on the exit!'
        - 'Saw the announcement that Acme Analytics is joining forces with Initech.'
        - 'Congrats on adding Brightpath to the family.'
        - 'Saw the news about the sale of Acme Analytics to Globex.'
        - 'Heard Acme has agreed to be acquired.'
        - 'Now that Vista owns Acme Analytics, priorities may shift.'
        - 'Since the buyout, things must be hectic.'
        - {"text": "Saw the announcement that Oracle will buy Acme Analytics.", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Saw the news that you've been sold.", "facts": ["Acquired Zenbyte in 2024"]}
        - 'Heard Acme Analytics changed hands last month.'
        - 'Now that you''re under new ownership, priorities may change.'
        - {"text": "Heard Trailhead Data bought you.", "facts": ["Acquired Trailhead Data in 2025"]}
        - 'With Brightpath joining the Acme family, integration must be busy.'
        - {"text": "I saw Acme Analytics was acquired earlier this month.", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Congrats on being acquired!", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Is it true you're being acquired?", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Heard you guys got acquired, congrats!", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Congrats on the exit!", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Congrats on acquiring DataForge!", "facts": ["Was acquired by Oracle in 2023"]}
        - {"text": "Saw you acquired a small analytics startup.", "facts": ["Was acquired by Oracle in 2023"]}
        - {"text": "Congrats on your first acquisition!", "facts": ["Sold to Oracle in 2023"]}
        - 'Reuters said your company is being acquired by a larger rival.'
      pass:
        - 'You may have seen AccountingWEB''s piece last month on private equity buying up small UK practices.'
        - 'When a site reopens under a new operator, the licence transfers in a day.'
        - 'We went through due diligence with our investors last year and kept the security pack ready.'
        - '1. Data acquisition: Maker A machines (40 ea) have a digital interface available.'
        - 'Stop showing acquisition ads to Loyal Regulars; they already buy every month.'
        - 'Paid media is doing its job on acquisition; the problem is what happens after the first order.'
        - 'Maintain always-on acquisition at a CPA of $35 or below.'
        - 'You said you care about retention over acquisition this year.'
        - '- Secondary: 60-day repeat purchase rate of customers acquired in each arm'
        - 'Mazal tov on the new baby, Avi; no rush at all on the questionnaire.'
        - 'The RFI turnaround improvement is worth showing your owners.'
        - 'The licences you bought last year renew in June.'
        - 'You picked up the phone at a busy time, thank you.'
        - 'Thanks for your fix: the change was merged into version 2.4 last night.'
        - 'There is nothing to buy or install; the trial runs in your browser.'
        - 'Thanks for asking about purchasing through your cloud marketplace account.'
        - 'The main reason is that batch traceability, which used to be an add-on, is now part of the plan.'
        - 'It is about 30 minutes, recorded remotely, and there is no connection to buying anything.'
        - 'We map the buying process with you first.'
        - 'Where buying has drawbacks: you are tied to our roadmap.'
        - 'Your engineers proposed building the platform in-house instead of buying one.'
        - 'Buying decisions at your size usually involve finance.'
        - 'I''ll be in Stockholm the week of 9 June and would love to buy you a coffee if you''re around.'
        - 'If you merged with another trust later, the licences would carry over.'
        - 'From 1 September, Alice Morgan will take over as your Customer Success Manager.'
        - 'Our own investors are a private equity firm with a long-term view.'
        - 'Quick question: who owns the ERP budget at your company these days?'
        - 'Who owns the renewal decision on your side?'
        - 'If your team is merging with another department, the workspace can be split later.'
        - 'I would not want you to base a purchasing decision on anything that is not in the product today.'
        - 'Happy to loop in your purchasing team once the scope is clear.'
        - 'Our pricing is listed on the purchasing portal you use.'
        - 'Tickets raised on Thursday will be picked up on Friday morning.'
        - 'Buying Ourco through AWS Marketplace'
        - 'Re: Who owns the data if we leave?'
        - {"text": "Congrats on the acquisition of Initech!", "facts": ["Acquired Initech in 2024"]}
        - 'We can lower your customer acquisition cost.'
        - 'A logistics customer of ours was acquired last year.'
        - 'Our platform helps you acquire new customers faster.'
        - 'We were acquired by Ourco Holdings in 2021.'
        - 'Your reps can pick up where they left off.'
        - 'The workflow is owned by your RevOps team.'
        - 'Lowering customer acquisition cost is what we do.'
        - {"text": "Congrats on bringing Ledgerly into the fold.", "facts": ["Acquired Ledgerly in 2025"]}
        - {"text": "Congrats on acquiring Zenbyte!", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Congrats on the acquisition!", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Congrats on being acquired by Oracle!", "facts": ["Was acquired by Oracle in 2023"]}
        - {"text": "Saw the news you were acquired.", "facts": ["Acquired by Oracle in 2023"]}
        - {"text": "Heard Acme Analytics was bought by Oracle.", "facts": ["Sold to Oracle in 2023"]}
        - {"text": "Since the Oracle acquisition, things must be busy.", "facts": ["Was acquired by Oracle in 2023"]}
        - 'If you''re ever acquired, the contract transfers with you.'
        - 'The sale of seats to new teams is handled by your admin.'
        - '- A single view of open tickets and who owns each of them.'
  - id: claim.acquisition-named
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'acquisitions told with the other company''s name: "bought Fieldline", "the Ledgerly deal", "now part of Globex" (case-sensitive: the name is capitalized)'
    case_sensitive: true
    patterns:
      # Not a heading in capitals ("WHERE BUYING WINS" over "Over five years…"), nor a name across a line break (forty-fifth session, TP).
      - {regex: '(?!\p{Lu}{3})(?i:\b(?:bought|buying|buys|purchased|purchasing|snapped up|snapping up|picked up|picking up|scooped up|scooping up|absorbed|absorbing|swallowed|gobbled up|merged with|merging with|merges with|combined with|combining with|teamed up with|tied up with))\s(?!\s)(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)[ \t]+\p{Lu}[\p{L}\p{N}&.''’-]*){0,3}\b(?![''’]s\b|\s+(?i:licen\w*|seats?|subscriptions?|plans?|tools?|data|records|fields|contacts|accounts|integration|add-on|credits|workflows?|tickets|ads?|software|stack)\b)', keywords: ['bought', 'buying', 'buys', 'purchas', 'snapp', 'picked up', 'picking up', 'scoop', 'absorb', 'swallowed', 'gobbled', 'merg', 'combin', 'teamed up', 'tied up']}
      - {regex: '(?i:\b(?:the|your|its|this|that))\s+(?:\p{Lu}[\p{L}\p{N}&.''’-]*\s+){1,3}(?i:deal|acquisition|merger|buyout|takeover|purchase|tie-up|combination|transaction|integration of)\b', keywords: ['deal', 'acquisition', 'merger', 'buyout', 'takeover', 'purchase', 'tie-up', 'combination', 'transaction', 'integration']}
      - {regex: '(?i:\b(?:is|are|now|became|becoming|become|officially|being|you''re|you’re|you are|you''ve become|you have become)\s+(?:now\s+|officially\s+)?(?:a\s+)?part of)\s+(?:\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\b(?![''’]s\b)|(?i:the)\s+\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\s+(?i:family|group|portfolio))', keywords: ['part of']}
      - {regex: '(?i:\b(?:sale|sold) to)\s+(?!(?:Fortune|Enterprise|SMB|Mid-Market)\b)\p{Lu}[\p{L}\p{N}&.''’-]*', keywords: ['sale to', 'sold to']}
      - {regex: '(?i:\b(?:integrating|absorbing|folding in))\s+(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An|Enterprise|Mid-Market|SMB|Commercial|Sales|Marketing|Product|Engineering|Support|Success|RevOps|Ops|Finance|Legal|Security)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}', keywords: ['integrating', 'absorbing', 'folding in']}
      - {regex: '(?i:\b(?:bringing|brought|bring|welcoming|welcomed|welcome))\s+(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An|Enterprise|Mid-Market|SMB|Commercial|Sales|Marketing|Product|Engineering|Support|Success|RevOps|Ops|Finance|Legal|Security)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\s+(?i:aboard|on board|into (?:the )?(?:family|fold|group)|into)\b', keywords: ['bring', 'brought', 'welcom']}
    exceptions:
      # A feature paired with another: "Combined with RFID, that gives a per-bin record" (forty-seventh session, VY).
      - '^\s*combined with [^,.!?\n]{1,40},\s*(?:that|this|it|they|the|you|we|it''s|that''s)\b'
      - '\b(?:we|our|ours|ourco)\b[^.!?]{0,30}\b(?:bought|purchased|picked up|merged|combined|deal)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:acqui|merg|bought|purchas|takeover|combin|sold|owned|buyout|part of|(?<!(?:supply|distribution|service|licensing|licence|license|framework|trade|trading|sales|partnership|sponsorship|reseller|pricing|volume|bulk|offtake|catering|cleaning|maintenance) )deal|joined forces|fold|family)'
    message: 'claims an acquisition ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congrats on buying Fieldline!'
        - 'I saw you bought Fieldline last month.'
        - 'Congrats on the Ledgerly deal!'
        - 'Heard the Brightpath deal closed, congrats.'
        - 'With Quanta Ops now part of Northwind Traders, you probably have two sales playbooks to merge.'
        - 'Now that Acme Analytics is part of Globex, integration must be busy.'
        - 'Congrats on combining with Ledgerly.'
        - 'Saw the news about snapping up Ledgerly!'
        - {"text": "Congrats on the Trailhead Data acquisition", "field": "subject"}
        - {"text": "Congrats on picking up Brightpath!", "facts": ["Acquired Ledgerly in 2025"]}
        - 'Integrating Quanta Ops must be a lot.'
        - 'Now that you''re part of Globex, procurement must look different.'
        - {"text": "Now that you're part of Globex, procurement must look different.", "facts": ["Acquired Zenbyte in 2024"]}
        - 'Congrats on bringing Fieldline aboard.'
      pass:
        - '  Licence type      Purchased    Active in last 60 days'
        - {"text": "Congrats on buying Fieldline!", "facts": ["Acquired Fieldline in 2025"]}
        - {"text": "Saw the Ledgerly deal closed, congrats.", "facts": ["Acquired Ledgerly in 2025"]}
        - 'We just bought Salesforce licenses for the whole team.'
        - 'Congrats on picking up HubSpot, it pairs well with us.'
        - {"text": "With Zenbyte now part of Acme Analytics, two playbooks must be merging.", "facts": ["Acquired Zenbyte in 2024"]}
        - {"text": "Now that you're part of Oracle, procurement must look different.", "facts": ["Was acquired by Oracle in 2023"]}
        - 'The pilot is part of Ourco''s standard plan.'
        - 'Reviewers usually pick up Q3 drafts first.'
        - 'You can merge with HubSpot data in one click.'
        - 'A fintech we work with was acquired last year and kept us through the whole integration.'
        - 'Ourco is part of the Salesforce AppExchange.'
        - 'We are integrating Salesforce this quarter.'
  - id: claim.ipo
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'ipo'
      - 'public'
      - 'listing'
      - 'listed'
      - 'debut'
      - 's-1'
      - 'ticker'
      - 'traded'
      - 'float'
    patterns:
      - {regex: '\b(?:dual[- ]listing|dual[- ]list(?:ed|ing)?|uplist(?:ed|ing)?|up-list(?:ed|ing)?|(?:move|moving|moved|graduat(?:e|ed|ing|ion)) (?:up )?(?:from|to) (?:the )?(?:tsx venture|tsxv|aim|main board|main market|senior board|nasdaq|nyse)(?: (?:to|onto) (?:the )?(?:main board|main market|senior board|tsx|nasdaq|nyse))?)\b', keywords: ['dual', 'uplist', 'up-list', 'tsx', 'aim', 'main board', 'main market', 'senior board', 'nasdaq', 'nyse']}
      - {regex: '\b(?:the|your|its|their) (?:planned|upcoming|expected|rumou?red|coming|pending|proposed|forthcoming|anticipated) (?:[\p{L}-]+ )?(?:ipo|listing|flotation|float|direct listing|spac (?:deal|merger))\b|\b(?:ipo|listing|flotation) (?:is )?(?:planned|scheduled|expected|slated|pencilled|penciled|set) (?:for|in)\b', keywords: ['planned', 'upcoming', 'expected', 'rumored', 'rumoured', 'coming', 'pending', 'proposed', 'forthcoming', 'anticipated', 'ipo', 'listing', 'flotation']}
      - '\bipo\b'
      - '\b(?:went|going|go|gone|taking|took|take)(?: the company| it)? public\b'
      - '\binitial public offering\b'
      - '\bpublic (?:offering|listing|debut|markets? debut|company|companies)\b'
      - '\bipo (?:on the horizon|coming|plans?|prep|preparation|readiness)\b'
      - '\b(?:listing|listed|debut(?:ed)?|float(?:ed)?) on (?:the )?(?:nyse|nasdaq|lse|london stock exchange|tsx|asx|euronext|stock exchange|stock market|tokyo stock exchange|hkex)\b'
      # Any exchange or its growth market by name: "listing on the TSE Growth market", "debut on the Bursa Malaysia exchange".
      - {regex: '\b(?:listing|listed|debut(?:ed|ing)?|float(?:ed|ing)?|going public) on (?:the )?(?:[\p{L}\d&.-]+ ){1,3}(?:stock )?(?:market|exchange|bourse)\b', keywords: ['listing on', 'listed on', 'debut', 'float', 'going public on']}
      - '\bdirect listing\b'
      - {regex: '\b(?:the|your|its|their) (?:recent |new |big )?(?:nyse|nasdaq|lse|london|tsx|asx|euronext|hkex|sgx|jse|aim|b3|bse|nse|six|xetra|frankfurt|stockholm|oslo|copenhagen|amsterdam|paris|madrid|milan) (?:listing|ipo|debut|flotation|float)\b', keywords: ['listing', 'ipo', 'debut', 'flotation', 'float']}
      - {regex: '\bspac\b', keywords: ['spac ', 'spac.', 'spac,', 'spac!', 'spac?', 'spac;', 'spac)', 'spacs']}
      - '\bs-1\b'
      - {regex: '\bring(?:ing|s)? the (?:opening |closing )?bell\b', keywords: ['ring']}
      - '\bnew ticker\b'
      - '\bnow (?:publicly )?traded\b'
      - '\bpublicly traded\b'
      - '\bfiled to go public\b'
      - {regex: '\bfirst (?:day|week|month|quarter|earnings call) (?:of trading|as a public company|on the (?:nyse|nasdaq|lse|exchange|market|public markets?))\b', keywords: ['trading', 'public', 'nyse', 'nasdaq', 'lse', 'exchange', 'market']}
      - {regex: '\b(?:trade|trades|trading|traded) (?:publicly|under (?:the )?(?:ticker|symbol)?|on (?:the )?(?:nyse|nasdaq|lse|london stock exchange|tsx|asx|euronext|stock exchange|stock market|public markets?))\b', keywords: ['trade', 'trades', 'trading', 'traded']}
      - {regex: '\b(?:ticker symbol|stock ticker|(?:your|its|the|new) ticker)\b', keywords: ['ticker']}
      - {regex: '\b(?:your|its|their) (?:share price|stock price|shareholders|earnings call|quarterly earnings|first earnings|market cap)\b', keywords: ['share price', 'stock price', 'shareholders', 'earnings', 'market cap']}
      - {regex: '\b(?:confidentially )?filed (?:confidentially )?(?:for (?:an |its |your |the )?(?:ipo|listing|public offering)|(?:an |its |your |the )?s-1|to list)\b', keywords: ['filed']}
      - {regex: '\b(?:listing|listed|debut\w*|float\w*) (?:on|in) (?:the )?(?:[a-z]+ ){0,2}(?:stock exchange|exchange|nyse|nasdaq|tsx|asx|lse|xetra|bse|nse)\b', keywords: ['listing', 'listed', 'debut', 'float']}
      - {regex: '\bflotation\b', keywords: ['flotation']}
      - {regex: '\b(?:now|newly|recently|officially|finally|you''re|you are|you''ve been|you have been) (?:now )?(?:publicly )?listed\b(?! (?:on|in) (?:g2|capterra|the (?:g2|salesforce|hubspot|aws|azure|google|microsoft|slack|shopify|atlassian)|our|your))', keywords: ['listed']}
      - {regex: '\bpublicly (?:listed|traded)\b', keywords: ['publicly']}
      - {regex: '\b(?:a |newly |now )?listed company\b', keywords: ['listed']}
      - {regex: '\b(?:you''re|you are|being|since going|after going|now that you''re|now that you are) (?:now |officially |finally )?public\b(?! (?:api|roadmap|pricing|page|profile|repo|beta|data|info|link|channel|speaking|holiday|library|key|domain|facing|sector|relations|school|cloud))', keywords: ['public']}
      - {regex: '\b(?:prepping|preparing|gearing up|getting ready|readying|planning|on track|lining up) (?:for |to )?(?:an? |the |your |its )?(?:ipo|listing|public offering|float|direct listing|public debut|go public)\b', keywords: ['ipo', 'listing', 'offering', 'float', 'debut', 'public']}
      - {regex: '\b(?:nyse|nasdaq|lse|tsx|asx|stock market|market|public|trading|exchange) debut\b', keywords: ['debut']}
      - {regex: '\b(?:ipo |investor |your |the )roadshow\b', keywords: ['roadshow']}
      - {regex: '\bpost-(?:ipo|listing|spac|flotation)\b', keywords: ['post-']}
      - {regex: '\b(?:nasdaq|nyse|lse|tsx|asx|euronext|hkex|stock exchange|stock market|public|exchange) (?:listing|flotation|float)\b', keywords: ['listing', 'flotation', 'float']}
      - {regex: '\b(?:will|to|plans to|planning to|set to|going to|getting ready to|preparing to) list (?:on|in) (?:the )?(?:[a-z]+ ){0,2}?(?:stock exchange|exchange|nyse|nasdaq|lse|tsx|asx|euronext|xetra|six|hkex|public markets?)\b', keywords: ['list on', 'list in']}
      - {regex: '\b(?:list|listing|listed|float|floating|flotation|ipo|debut\w*) (?:on|in) (?:the )?(?:oslo|stockholm|copenhagen|helsinki|vienna|warsaw|milan|madrid|frankfurt|zurich|swiss|irish|euronext|aim|tsx|tsx-?v|asx|nzx|jse|sgx|hkex|nasdaq|nyse|lse|six|xetra|b3|bse|nse|borsa|bolsa|bourse|b[oø]rs|first north|main market|growth market)\b', keywords: ['list', 'listing', 'listed', 'float', 'floating', 'flotation', 'ipo', 'debut']}
      - {regex: '\bnow that (?:you''re|you are|you''ve gone|you have gone|you''re now|you are now) (?:a )?(?:public|listed|publicly (?:listed|traded))(?: company)?\b|\bnow that you''ve (?:listed|ipo''d|gone public)\b', keywords: ['now that']}
      - {regex: '\b(?:get(?:s|ting)? ready for|prepar(?:e|es|ing) for|gear(?:s|ing)? up for|head(?:s|ing)? into) (?:the|your|its) (?!app\b|marketplace\b|product\b|job\b|property\b|amazon\b|directory\b|google\b|mls\b)(?:[\w-]+ ){0,2}(?:listing|ipo|flotation|float|public offering|stock market debut)\b', keywords: ['listing', 'ipo', 'flotation', 'float', 'public offering', 'debut']}
    exceptions:
      # A visitor ringing a door's bell (forty-eighth session, XH): "Bram will ring the bell at the side door".
      - '\bring (?:the )?(?:door ?)?bell (?:at|on|by|of|when|twice|once)\b'
      # A person's title on a page: "on Acme's LinkedIn company page, where you're listed as Head of Finance" (forty-seventh session, VV).
      - '\blisted as (?:an? |the |our |their |your )?(?:[\p{L}-]+ )?(?:head|director|manager|officer|lead|ceo|cfo|coo|cto|cio|owner|founder|partner|contact|chair|president|vp|vice|principal|buyer|coordinator|administrator|member|trustee|secretary|treasurer)\b'
      # Listed as a contact, not on an exchange (forty-fourth session, OS): "you're listed as the production contact for Acme".
      - '\blisted (?:as|under) (?:the|a|an|your|our|their|his|her|my) (?:[\w-]+ ){0,3}(?:contact|person|owner|lead|manager|director|head|buyer|approver|admin|administrator|user|representative|signatory|decision-maker|champion|sponsor)s?\b'
      - '\bpublic(?:ly)?(?:[- ]listed| traded)? (?:companies|entities|firms|bodies|issuers|sector|interest|holidays?|authorities|organi[sz]ations)\b'
      - '\b(?:now |is |are |be |been |get |gets )?listed (?:as|in|on|under) (?:an? |our |the )?(?:registered |certified |preferred |approved |official |featured )?(?:partner|reseller|supplier|vendor|integrator|provider|member|directory|marketplace|portal|catalogue|catalog|app store)\b'
      - '\bif (?:you''re|you are|you) (?:ever )?(?:planning|considering|thinking about|preparing for|exploring|going)\b'
      - '\b(?:listing|floating|flotation|going public|an ipo) (?:on|in) (?:the )?[\p{L} ]{2,30}? (?:means|requires|brings|involves|can|will mean|comes with|is)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:\bipo\b|public|listed|listing|\blist\b|float|b[oø]rs|nyse|nasdaq|exchange|traded|\bspac\b|s-1)'
    message: 'claims an IPO ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'With the Nasdaq listing behind Acme Analytics, investor reporting will only get more scrutiny.'
        - 'Following Acme Analytics'' move up from the TSX Venture to the main board, investor scrutiny will only increase.'
        - 'It looks like Acme Analytics may be preparing for a dual listing in Toronto.'
        - 'As you get ready for the JSE listing, audit trails will matter more than ever.'
        - 'Now that you''re a public company, quarterly access reviews must be a real chore.'
        - 'Congrats on the IPO.'
        - 'Saw you went public last month!'
        - 'Congrats on ringing the bell at Nasdaq.'
        - 'Exciting to see Acme Analytics listed on the NYSE.'
        - 'Congrats on your first day of trading.'
        - 'Now that you trade under ACME on Nasdaq, disclosure rules apply.'
        - 'Saw you filed your S-1.'
        - 'Now that you are listed, disclosure matters.'
        - 'Heard Acme Analytics is merging with a SPAC.'
        - 'Congrats on the direct listing.'
        - 'Saw the roadshow kicked off, exciting.'
        - 'Post-listing, investor relations must be busy.'
        - 'I understand Acme Analytics will list on Euronext.'
        - {"text": "Congrats on the Nasdaq listing!", "facts": ["Went public on the London Stock Exchange in 2024"]}
        - 'Read that Acme Logistics confidentially filed to go public.'
        - 'Now that Acme Analytics is publicly listed, every email gets more scrutiny.'
        - 'Now that you''re public, every email gets more scrutiny.'
        - 'Heard Acme Analytics is prepping for a listing.'
        - 'Congrats on the Nasdaq debut!'
        - 'I hear Acme Analytics is about to list on the Oslo Børs.'
        - 'Ahead of your float on AIM, investor reporting must be busy.'
      pass:
        - 'Companies preparing for a Nasdaq listing usually tighten revenue recognition first.'
        - 'Several of our customers moved from AIM to the main market, and their reporting needs changed.'
        - 'As you get ready for the app store listing, here is the review checklist.'
        - 'Now that you''re a public sector customer, the G-Cloud terms apply.'
        - 'Your agreement is countersigned, and your firm is now listed as a Registered Partner in our directory.'
        - 'If you''re planning an IPO, audit trails matter.'
        - {"text": "Congrats on the IPO!", "facts": ["Completed its IPO on Nasdaq in 2024"]}
        - 'Our public API is documented at ourco.com/api.'
        - 'We went public in 2019.'
        - 'Happy to share our public roadmap.'
        - 'When companies go public, compliance gets stricter.'
        - 'Most teams in your space run outbound the same way.'
        - 'Publicly available data shows most teams miss replies.'
        - {"text": "Saw the Nasdaq listing news on Bloomberg.", "facts": ["Went public on the Nasdaq in 2024"]}
        - {"text": "Congrats on going public on the LSE!", "facts": ["Went public on the London Stock Exchange in 2024"]}
        - 'Our roadmap is now public.'
        - 'We are preparing for an IPO next year.'
        - 'Roadshow season is busy for our events team.'
        - 'Our parent company listed on the Oslo Børs in 2019.'
        - 'If you ever list on the Oslo Børs, our reports are audit-ready.'
  - id: claim.leadership
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'ceo'
      - 'cto'
      - 'cfo'
      - 'cro'
      - 'coo'
      - 'cmo'
      - 'cpo'
      - 'ciso'
      - 'cio'
      - 'chro'
      - 'chief'
      - 'vp'
      - 'svp'
      - 'evp'
      - 'vice president'
      - 'head of'
      - 'president'
      - 'chair'
      - 'counsel'
      - 'general manager'
      - 'managing director'
      - 'founder'
      - 'board member'
      - 'director of'
      - 'appoint'
      - 'named'
      - 'hired'
      - 'promot'
      - 'step'
      - 'resign'
      - 'retire'
      - 'depart'
      - 'took over'
      - 'taking over'
      - 'takes over'
      - 'helm'
      - 'reins'
      - 'succeed'
      - 'replac'
      - 'leadership'
      - 'new role'
      - 'new position'
      - 'new job'
      - 'new seat'
      - 'new gig'
      - 'new title'
      - 'new team'
      - 'first few'
      - 'first 30'
      - 'first 60'
      - 'first 90'
      - 'first days'
      - 'first weeks'
      - 'first months'
      - 'joined'
      - 'joins'
      - 'joining'
      - 'welcomed'
      - 'tapped'
      - 'brought on'
      - 'brought in'
      - 'leader'
    patterns:
      # Forty-eighth session, fourth round (XX): "Now that X has brought in a new managing partner".
      - {regex: '\b(?:has|have|had) (?:just |recently |now )?(?:brought in|brought on|taken on|hired|appointed|named) (?:a )?new (?:[\p{L}-]+ ){0,2}(?:partner|ceo|cfo|coo|cto|cio|cmo|director|head|chief|president|chair|chairman|chairwoman|manager|leader|md|principal|owner)\b', keywords: ['brought in', 'brought on', 'taken on', 'hired', 'appointed', 'named'], firm: true}
      # Forty-seventh session, third round (WJ): "Now that X has a new CEO".
      - {regex: '\bnow that (?![^.!?\n]{0,10}\b(?:we|i|our)\b)[^.!?\n]{1,40} (?:has|have) (?:a|got a) new (?:ceo|cfo|coo|cto|cio|md|gm|owner|owners|chair|chairman|chairwoman|president|director|head of [\p{L}]+|managing director|general manager)\b', keywords: ['now that'], firm: true}
      # Fourth round (forty-sixth session, VD, VE): "I'm guessing X's new CFO will want to see the payback numbers".
      - {regex: '\bi(?:''m| am) guessing [^.!?\n]{2,40}(?:''s|’s|s'') new (?:ceo|cfo|coo|cto|cmo|cro|cio|md|managing director|president|chair|head of [\p{L}]+)\b', keywords: ['guessing'], firm: true}
      - {regex: '\b(?:new|incoming) (?:principal|headteacher|head teacher|headmaster|headmistress|dean|superintendent|provost|vice-chancellor|medical director|chief executive|managing partner|senior partner|head chef|executive chef|director of nursing|head of school|rector|chief nurse)\b[^.!?\n]{0,20}\b(?:joining|joined|starting|started|arriving|arrived|taking over|took over|coming (?:in|on board)|who (?:starts|started|joined|arrives))\b', keywords: ['principal', 'headteacher', 'head teacher', 'headmaster', 'headmistress', 'dean', 'superintendent', 'provost', 'vice-chancellor', 'medical director', 'chief executive', 'managing partner', 'senior partner', 'head chef', 'executive chef', 'director of nursing', 'head of school', 'rector', 'chief nurse']}
      - {regex: '\bnew (?:ceo|cfo|cto|coo|cmo|cio|ciso|cro|chief \w+ officer|president|chair|managing director|general manager|head of \w+)\b[^.!?\n]{0,20}\b(?:joining|joined|starting|started|coming (?:in|on board))\b', keywords: ['new ceo', 'new cfo', 'new cto', 'new coo', 'new cmo', 'new cio', 'new ciso', 'new cro', 'new chief', 'new president', 'new chair', 'new managing', 'new general', 'new head']}
      - {regex: '\bnow (?:leads|runs|heads(?: up)?|oversees|manages) your (?:[\w-]+ ){0,2}(?:team|teams|department|function|org|organi[sz]ation|division|group|business|company|unit|practice|office|region|operations|engineering|security|finance|sales|marketing|it|product|board)\b', keywords: ['now leads', 'now runs', 'now heads', 'now oversees', 'now manages']}
      - {regex: '\byou (?:recently |just )?(?:moved|switched|jumped|came|crossed) (?:over )?from (?:[\w&.''’-]+ ){1,4}to (?:head|lead|run|take over|manage|join)\b', keywords: ['moved over', 'moved from', 'switched over', 'switched from', 'jumped over', 'jumped from', 'came over', 'came from', 'crossed over', 'crossed from']}
      - {regex: '\bthe new (?:managing partner|senior partner|managing director|md|chair|chairman|chairwoman|chairperson|president|principal|dean|headteacher|head teacher|superintendent|provost|vice-chancellor|chancellor|board|leadership team|management team|executive team|owners?)\b (?:at|of|over at|in charge at)\b(?! (?:the |your |our )?(?:ourco |our |the )?(?:account|workspace|tenant|integration|project|relationship|renewal|contract|subscription|admin|dashboard|report|process|pilot|trial|rollout|budget)s?\b)', keywords: ['the new']}
      - '\bnew (?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\b(?:newly )?(?:appointed|appointing|named|naming|hired|hiring|promoted|promoting|elevated|tapped|brought on|brought in|bringing on|bringing in|welcomed|welcoming|installed|announced)(?: [\w.''-]+){0,3} (?:as |to |to be |a |an |the |your |its |(?:[\w&.-]+ ){0,2}[\w&.-]+(?:''s|’s) )*(?:new |interim |permanent )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:clinical|medical|nursing|practice|creative|technical|commercial|financial|operations|operating|sales|marketing|hr|it|executive|managing|regional|country|program|programme|research) director|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\b(?:joined|joins|joining|join) (?:[\w.''-]+ ){0,4}as (?:the |your |its |their |a |an )?(?:new |interim )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\b(?:took|taking|takes|take|taken) (?:over|the helm|the reins)\b(?! (?:the |your |our |this |that |my |his |her |their )?(?:account|accounts|territory|territories|deal|deals|call|project|relationship|inbox|book|thread|meeting|conversation|pilot|renewal|onboarding|rollout|evaluation|trial|workflow|process|email|emails|sequence|queue|shift)\b)'
      - '\b(?:succeeds|succeeded|succeeding|replaced|replacing|replaces)(?: [\w.''-]+){0,3} as\b'
      - '\bleadership (?:change|changes|transition|shake-?up|shuffle|reshuffle|team change|turnover)\b'
      - '\bappointment of\b'
      - '\b(?:promotion|promoted) to\b'
      - '\bexecutive (?:shake-?up|hire|hires|change|changes|departure|departures)\b'
      - '\bc-suite (?:change|changes|shake-?up|hire|hires)\b'
      - '\bcongrat\w* on (?:the |your )?(?:new role|promotion|new position|new job)\b'
      - '\b(?:your|the) new (?:job|role|seat|position|gig|title|team)\b(?! (?:of|for) )'
      - '\bfirst (?:few |\d+ )?(?:days|weeks|months) (?:in|at|on) (?:the |your )?(?:new )?(?:job|role|seat|position|gig|company)\b'
      - {regex: '\bstep(?:ping|ped|s)? (?:into|up as|up to) (?:the |a |your )?(?:new )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|president|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of [a-z]+)?|head of [a-z]+)\b', keywords: ['stepping', 'stepped', 'step', 'steps']}
      - {regex: '\b(?:appointment|promotion|elevation|move|moving|moved|jump|step up|rise|transition|ascension) (?:as|to|into) (?:the )?(?:role of |position of |seat of )?(?:new |interim |permanent )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b', keywords: ['appointment', 'promotion', 'elevation', 'move', 'moving', 'moved', 'jump', 'step up', 'rise', 'transition', 'ascension']}
      - {regex: '\b(?:into|taking on|took on|take on|taken on|assumed|assuming|assume|landed|landing|stepped into|stepping into) (?:the |a |your |an )?(?:new |interim )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}?|svp(?: of)?(?: [a-z]+){0,2}?|evp(?: of)?(?: [a-z]+){0,2}?|vice president(?: of)?(?: [a-z]+){0,2}?|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader) (?:role|seat|position|job|title|chair|spot|post)\b', keywords: ['role', 'seat', 'position', 'job', 'title', 'chair', 'spot', 'post']}
      - {regex: '\bfirst (?:few |couple of |\d+ |hundred )?(?:days?|weeks?|months?|quarter|year) (?:as (?:the |your |a |an )?(?:new |interim )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)|in (?:the|your|this|that) (?:new )?(?:role|seat|position|job|gig|chair|post))\b', keywords: ['first']}
      - {regex: '\bstep(?:ping|ped|s)? up to (?:lead|run|head|own)\b', keywords: ['step']}
      - {regex: '\bstart(?:ed|ing|s)? (?:a |your |the |her |his |their )?new (?:role|position|job|gig|chapter)\b', keywords: ['new role', 'new position', 'new job', 'new gig', 'new chapter']}
      - {regex: '\bwelcom(?:e|ed|ing) (?:aboard |on board )?(?:to )?(?:your |the |its )?new (?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b', keywords: ['welcom']}
      - {regex: '\bwelcom(?:e|ed|ing) (?:[\w.''-]+ ){1,3}(?:aboard|on board) as\b', keywords: ['aboard', 'on board']}
      - {regex: '\bat the helm\b', keywords: ['helm']}
      - {regex: '\bnow (?:leads|heads(?: up)?|oversees|runs) (?:the |your |its )?(?:\w+ )?(?:team|org|organization|function|department|sales|marketing|engineering|revops|operations|company)\b', keywords: ['now leads', 'now heads', 'now oversees', 'now runs']}
      - {regex: '\b(?:just|recently|officially|newly) (?:joined|started at|moved over to|came on board at|came aboard at)\b(?! (?:the |our |a |an |us\b|this |my |your )(?:\w+ )?(?:webinar|call|pilot|demo|meeting|session|trial|event|beta|waitlist|community|list|channel|workspace|thread|program))', keywords: ['just', 'recently', 'officially', 'newly']}
      - {regex: '\b(?:your|the|its) new (?:boss|manager|leader|leadership(?: team)?|exec team|executive team|management team)\b', keywords: ['new']}
      - {regex: '\bnew leadership\b', keywords: ['new leadership']}
      - {regex: '\b(?:started|starting|came on|coming on|came aboard|came on board|signed on|moved over|stepped in|stepping in) (?:at [\w&.-]+(?: [\w&.-]+)? )?as (?:the |your |a |an |its )?(?:new |interim |permanent )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b', keywords: ['started', 'starting', 'came on', 'coming on', 'came aboard', 'signed on', 'moved over', 'stepped in', 'stepping in']}
      - {regex: '\b(?:title|role|position|job title) (?:has |just )?(?:changed|change|switched|switch|updated|update|moved) to\b', keywords: ['title', 'role', 'position']}
      - {regex: '\b(?:congrat\w*|kudos|hats off|props|well done|bravo|great news|big news|exciting news|amazing news|huge news) (?:on|about|re:?|regarding) (?:the |your )?(?:\w+ )?(?:new role|promotion|new position|new job|new title|new gig|appointment)\b', keywords: ['congrat', 'kudos', 'hats off', 'props', 'well done', 'bravo', 'news']}
      - {regex: '\b(?:tapped|picked|chosen|selected|hired|named|appointed|brought in|promoted) to (?:lead|run|head|take over|oversee)\b', keywords: ['tapped', 'picked', 'chosen', 'selected', 'hired', 'named', 'appointed', 'brought in', 'promoted']}
      - {regex: '\bnow (?:that )?(?:you''re|you are|you) (?:now )?(?:running|leading|heading(?: up)?|overseeing|in charge of)\b', keywords: ['now']}
      - {regex: '\b(?:move|moving|moved|step|stepping|stepped) up to (?:the )?(?:role of )?(?:new )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b', keywords: ['up to']}
      - {regex: '\b(?:congrat\w*|kudos|welcome|welcoming) (?:on |to )?(?:joining|the move to|your move to|landing at|starting at|starting your new)\b', keywords: ['congrat', 'kudos', 'welcom']}
      - {regex: '\b(?:congrat\w*|kudos|exciting|excited for you|best of luck|good luck) (?:on |with |about |in )?(?:the |your |this )?(?:new chapter|next chapter|career move|big move|new adventure)\b(?! (?:of|for|in|with) )', keywords: ['chapter', 'career move', 'big move', 'adventure']}
      - {regex: '\b(?:exciting|big|great|awesome|huge|cool) new (?:role|job|gig|position|title|seat)\b', keywords: ['new role', 'new job', 'new gig', 'new position', 'new title', 'new seat']}
      - {regex: '\b(?:you''re|you are) (?:now (?:the )?(?:new |interim )?|the new |the interim )(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b', keywords: ['you''re', 'you are']}
      - {regex: '\b(?:you''ve|you have|you) (?:just |recently )?(?:moved|jumped|switched|made the (?:move|jump|switch)) (?:over )?to\b(?! (?:hubspot|salesforce|gong|outreach|salesloft|slack|zoom|notion|jira|zendesk|intercom|marketo|pardot|apollo|zoominfo|microsoft|google|teams|a new|the new|new|our|us|another|remote|hybrid|a |an |the |automated|automatic|manual|digital|online|paperless|electronic|cloud|monthly|weekly|quarterly|annual|daily|\d))', keywords: ['moved', 'jumped', 'switched', 'made the']}
      - {regex: '\bnow (?:leading|running(?! (?:about |around |roughly |over |more than |nearly |some |almost )?\d)(?=[ \t]+(?!(?:on|in|at|smoothly|again|fine|well|live|normally|as|for|from|every|daily|weekly|hourly|nightly|automatically|under|through|against|without|with|across|behind|late|ahead|ok|okay|now|properly|correctly|successfully|reliably|fast|faster|slowly|in parallel|and|but|so|or)\b)\p{L})|heading(?: up)?|in charge of|at the helm of)\b', keywords: ['now leading', 'now running', 'now heading', 'now in charge', 'now at the helm']}
      - {regex: '(?:''s|’s) (?:appointment|promotion|arrival|hiring|elevation)\b', keywords: ['appointment', 'promotion', 'arrival', 'hiring', 'elevation']}
      - {regex: '\bchanges? (?:at the top|in the c-suite|in leadership|on the leadership team|on the exec team)\b', keywords: ['change']}
      - {regex: '\b(?:got|getting|been|being|were|was) promoted\b', keywords: ['promoted']}
      - {regex: '\bnew (?:role|job|gig|position|title|chapter)\b(?=[^.!?\n]{0,20}\b(?:congrat|kudos))', keywords: ['new role', 'new job', 'new gig', 'new position', 'new title', 'new chapter']}
      - {regex: '\b(?:your|congrat\w* on (?:the|your)) (?:recent |big |well-deserved |new )?promotion\b(?! (?:code|codes|offer|period|ends|deal|discount|price|pricing|email|emails|campaign))', keywords: ['promotion']}
      - {regex: '\b(?:congrat\w*|kudos) on (?:the|your) (?:step up|move up|elevation|big move)\b', keywords: ['congrat', 'kudos']}
      - {regex: '\b(?:is|are|''s|’s) now (?:the |your |its )?(?:new |interim )?(?:executive chair\w*|ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief exec(?:utive)?|chief executive|president|chair(?:man|woman|person)?|vp(?: of [a-z]+(?: [a-z]+)?)?|svp(?: of [a-z]+)?|evp(?: of [a-z]+)?|head of [a-z]+(?: [a-z]+)?|general counsel|managing director|general manager)\b', keywords: ['ceo', 'cto', 'cfo', 'cro', 'coo', 'cmo', 'cpo', 'ciso', 'cio', 'cdo', 'chro', 'chief', 'president', 'chair', 'vp', 'svp', 'evp', 'head of', 'general counsel', 'managing director', 'general manager']}
      - {regex: '\bwill (?:now )?(?:lead|run|head(?: up)?|oversee) (?:the )?(?:sales|revenue|marketing|engineering|product|finance|operations|go-to-market|gtm|customer success|the company|the business)\b(?! (?:training|call|demo|pilot|session|workshop|review))', keywords: ['will lead', 'will run', 'will head', 'will oversee', 'will now']}
      - {regex: '\bcongrat\w* to \p{L}+(?: \p{L}+)? on (?:the|her|his|their|being named|being appointed|joining as|becoming|stepping into|taking over as) (?:new |interim )?(?:[\w-]+ ){0,3}?(?:promotion|role|appointment|position|job|title|seat|ceo|cto|cfo|cro|coo|cmo|cpo)\b', keywords: ['congrat']}
      - {regex: '\bwelcome to the (?:new )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of [a-z]+(?: [a-z]+)?)?|svp(?: of [a-z]+)?|evp(?: of [a-z]+)?|head of [a-z]+|director(?: of [a-z]+)?|president|general counsel|managing director) (?:seat|role|chair|job|position|post)\b', keywords: ['welcome to the']}
      - {regex: '\bthe new (?:managing partner|ceo|cfo|cto|coo|cio|ciso|cmo|cro|principal|dean|chair|president|managing director|general counsel|head of [a-z]+)\b (?:will|has|is|might|may|would|should)\b', keywords: ['the new']}
      # "Redwood Systems's CEO is retiring at the end of the year" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:ceo|cfo|coo|cto|cio|cmo|chair(?:man|woman|person)?|president|founder|managing director|head of [\w ]{2,30}?) (?:is|are) (?:retiring|stepping down|leaving|moving on|departing)\b', keywords: ['retiring', 'stepping down', 'leaving', 'moving on', 'departing'], firm: true}
    exceptions:
      # Promotion as marketing: "That depends on your collection and your promotion far more than on our software" (fiftieth session, ES).
      - '\band your promotion\b|\byour promotion (?:far |much )?more than\b|\byour promotion (?:of|efforts|plan|campaign|budget)\b'
      # A role still to be filled: "Whoever takes the new role is welcome to a copy" (fiftieth session, SV).
      - '\bwhoever (?:takes|fills|gets|is appointed to|steps into) (?:the|that|this) (?:new )?(?:role|job|position|post)\b'
      # Our own hire: "Lúcia Faria has joined us as Head of Hotel Operations Expertise" (fiftieth session, ZU).
      - '\b(?:has|have|recently|just|who) joined (?:us|our (?:team|company|board|leadership team|customer team|[\p{L}]+ team))\b'
      # Whoever comes next, unnamed: "so whoever takes over must know them" (VJ).
      - '\bwhoever (?:takes over|replaces|succeeds|steps in)\b'
      # A game or a book is a title too: "Loved the trailer for your new title on Acme's YouTube channel" (forty-first session, AK).
      - '\b(?:trailer|teaser|screenshots?|gameplay|art|launch|release|reviews?|demo|soundtrack|cover art|preorders?|pre-orders?) (?:for|of) your (?:new|latest|upcoming|next) title\b'
      - '\bpromot(?:e|es|ed|ing|ion|ions) (?:\w+ ){0,2}?(?:to|into) (?:production|prod|staging|live|the (?:production|staging|live|next) (?:stage|environment))\b'
      - '\btak(?:e|es|ing) over (?:the |our )?(?:[\w-]+ ){0,3}from me\b|\bwill take over (?:the |our )(?:partner|customer|channel|reseller|alliance|account|support|success|community)\b'
      - '\bwill take over as your\b|\btakes? over as your (?:new )?(?:csm|customer success|account|support|main|day-to-day|primary|point)\b'
      - '\bretirement (?:plan|plans|account|accounts|savings|benefits|fund|funds|planning)\b'
      - '\bjoin(?:ing|ed|s)? (?:the )?(?:\w+ ){0,2}(?:family|fold|portfolio)\b'
      - '\b(?:step|stepped|stepping) (?:down|aside) (?:from|the) (?:the )?(?:call|meeting|project)\b'
      # A retailer's promotions: "your promotion calendar" (development set IC).
      - '\bpromotion(?:al)? (?:calendars?|plans?|schedules?|campaigns?|mechanics|budgets?|pricing|prices|periods?|weeks?|data|history|uplift|effects?|lift|cadence|strategy|planning|codes?|skus?|items|products|slots?)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:(?:appoint|join|hire|named|promot|new|welcom|took over|taking over|helm|succeed|replac)[\s\S]*(?:ceo|cto|cfo|coo|cro|cmo|cpo|ciso|cio|chief|president|chair|head of|\bvp\b|vice president|director|founder|general manager|board|counsel|role|job|position)|(?:ceo|cto|cfo|coo|cro|cmo|cpo|ciso|cio|chief|president|chair|head of|\bvp\b|vice president|director|founder|general manager|board|counsel)[\s\S]*(?:appoint|join|hire|named|promot|welcom|took over|helm|succeed)|step(?:ped|s)? down|resign|retir|depart|left)'
    message: 'claims a leadership change ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congratulations on appointing Dr. Elena Ruiz as Acme Analytics''s new clinical director.'
        - 'With Acme Analytics''s new principal starting in August, the timetable review is a good moment.'
        - 'Priya is now running the EMEA business, so I''d value ten minutes with her.'
        - 'I''d love to introduce our approach to Tomasz Wierzbicki, who I understand now leads your security team.'
        - 'Since you moved over from Lumen Telco to head procurement at Acme Analytics, I imagine supplier reviews are on your desk.'
        - 'I''m sure the new managing partner will have a few priorities of her own.'
        - 'Welcome to the VP of Engineering seat, how are you finding it so far?'
        - 'Your new chief executive''s push on digital operations lines up well with what we do.'
        - 'Congrats to your new chief exec on the appointment.'
        - {"text": "Congrats on the new CTO!", "facts": ["Appointed Jordan Lee as CEO in January 2025"]}
        - {"text": "Saw you brought on a new CRO last month.", "facts": ["Appointed Maria Chen as Chief Financial Officer"]}
        - 'With Tom stepping into the COO role, ops will shift.'
        - 'Hi Dana, congrats on your new CTO!'
        - 'Congrats to Maria on being named your new CFO.'
        - 'I noticed you hired a new VP of Sales.'
        - 'Heard Priya took over as CEO last month.'
        - 'Congrats on the promotion to VP!'
        - {"text": "Congrats to Sam Ortiz on joining as your new CEO.", "facts": ["Appointed Jordan Lee as CEO in January 2025"]}
        - 'Congratulations on your appointment as CFO.'
        - 'Congrats on stepping up to lead the sales org.'
        - 'Saw on LinkedIn that you started a new position at Acme Analytics.'
        - 'Hope your first month as VP of Sales is going well.'
        - 'Saw you moved into the CRO role.'
        - 'Congrats on the move to Chief Customer Officer.'
        - 'Welcome aboard to your new CRO, Maria Diaz.'
        - 'LinkedIn tells me you just started as Head of Sales Ops.'
        - 'Saw you were tapped to lead sales.'
        - 'Congrats on moving up to VP!'
        - 'Looks like Acme Analytics brought in a new sales leader.'
        - 'I noticed your title changed to VP of Revenue.'
        - 'Congrats on the new chapter!'
        - 'Exciting new role!'
        - 'Saw you''re now Head of RevOps at Acme Analytics.'
        - 'Looks like you''ve moved over to Acme Analytics.'
        - 'With David Okafor now leading Acme Analytics, priorities may shift.'
        - 'Saw David Okafor''s appointment, congrats.'
        - 'Heard about the changes at the top.'
        - 'Congrats on getting promoted!'
        - {"text": "New role, congrats!", "field": "subject"}
        - {"text": "Your promotion", "field": "subject"}
        - 'Congrats on the step up!'
        - 'Saw Maria Diaz is now your CRO.'
        - 'Saw the announcement that Maria Diaz will lead sales.'
        - 'Congrats to Maria on the promotion!'
        - 'Saw Kelly Ortega is now executive chair.'
        - {"text": "Congrats to Marco Bianchi on the CEO role.", "facts": ["Appointed Sofia Rossi as Chief Executive Officer"]}
      pass:
        - 'When a new principal starts, the timetable is often the first thing they review.'
        - 'The weekly spend export to Google Sheets is now running.'
        - 'Our new support lead now manages your account day to day, and she''ll send her details today.'
        - 'Since you moved over from spreadsheets to a proper system, the next step is automating approvals.'
        - 'Once the new managing partner you mentioned starts, I''m happy to walk her through it.'
        - 'Welcome to the admin role in Ourco: here''s how to add users.'
        - 'Priscilla will take over the partner programme from me in June.'
        - 'Your chief executive''s letter to shareholders is worth a read, and here is ours.'
        - 'We have a new chief executive too, so I know how busy the first months are.'
        - 'From 1 September, Alice Morgan will take over as your Customer Success Manager.'
        - 'It was great to get your note that you''ve settled into your new role at Corvid Analytics.'
        - {"text": "Great news about the new CFO, and I'm glad the search is over.", "facts": ["Appointed Maria Chen as CFO in 2026"]}
        - {"text": "Great to see Maria Chen step in as Chief Financial Officer.", "facts": ["Appointed Maria Chen as CFO"]}
        - {"text": "Welcome news about Maria Chen joining as CFO.", "facts": ["Appointed Maria Chen as Chief Financial Officer"]}
        - {"text": "With Tom stepping into the COO role, ops will shift.", "facts": ["Tom Reyes named COO in 2025"]}
        - {"text": "Congratulations to Jordan Lee on joining as your new CEO.", "facts": ["Appointed Jordan Lee as CEO in January 2025"]}
        - 'Our new CTO joined from a bank.'
        - 'We just hired a new VP of Customer Success to support you.'
        - 'Happy to loop in our CEO if useful.'
        - 'Which VP owns onboarding on your side?'
        - 'I was recently promoted to Account Executive, so I''ll be your contact.'
        - 'If you''re hiring a new VP of Sales, we can help them ramp.'
        - 'The new VP of Sales at Globex loved the pilot.'
        - 'I joined Ourco last year as an AE.'
        - {"text": "Hope the first 90 days in the new job are going well.", "facts": ["Dana Reyes joined as VP of Sales in 2026"]}
        - {"text": "Saw on LinkedIn that you joined as VP of Sales.", "facts": ["Dana Reyes joined as VP of Sales in 2026"]}
        - 'You moved to HubSpot last year, right?'
        - 'Congrats on the new chapter of the pilot.'
        - 'You''re the CRO, so you own this.'
        - 'I was promoted last month, so I''m your new contact.'
        - 'Your promotion code works at checkout.'
        - 'Let me know who took over the account from Dana.'
        - 'When you hire a new CRO, onboarding matters.'
        - 'Is a new CFO or finance lead part of this decision?'
        - 'When a new CRO comes in, pipeline reviews usually change first.'
        - 'Are there any new sales leaders we should include on the invite?'
  - id: claim.layoffs
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'let go of'
      - 'sorry to hear'
      - 'layoff'
      - 'laid off'
      - 'lay off'
      - 'laying off'
      - 'lays off'
      - 'reduction in force'
      - 'rif'
      - 'restructur'
      - 'reorg'
      - 'downsiz'
      - 'rightsiz'
      - 'job cuts'
      - 'job losses'
      - 'staff cuts'
      - 'staff reduction'
      - 'redundanc'
      - 'headcount'
      - 'workforce'
      - 'reduced'
      - 'slashed'
      - 'trimmed'
      - 'shrank'
      - 'shrunk'
      - 'eliminated'
      - 'eliminating'
      - 'cutting'
      - 'slashing'
      - 'cut jobs'
      - 'cut staff'
      - 'cut roles'
      - 'cut positions'
      - 'cut headcount'
      - 'cut the team'
      - 'cut your'
      - 'cut its'
      - 'cut their'
      - 'cut 1'
      - 'cut 2'
      - 'cut 3'
      - 'cut 4'
      - 'cut 5'
      - 'cut 6'
      - 'cut 7'
      - 'cut 8'
      - 'cut 9'
      - 'let '
      - 'hiring freeze'
      - 'furlough'
      - 'bankrupt'
      - 'chapter 11'
      - 'insolven'
    patterns:
      # Forty-eighth session, fifth round (YH): "you had to let a few of the grafting team go", "X is preparing to be sold next year", "X lost a good part of last year's crop".
      - {regex: '\bhad to let (?:a few|some|several|two|three|four|\d+|half|a number|a handful|most) (?:of (?:the|your|their) [\p{L} -]{1,30}? |(?:people|staff|workers|employees|of them) )?go\b|\bpreparing to be (?:sold|acquired|bought|listed|floated|taken over)\b|\blost (?:a good part|much|most|half|a big chunk|a large part|a lot|a third|a quarter) of (?:last|this) (?:year|season)(?:''s|’s) (?:crop|harvest|yield|catch|production|stock)\b', keywords: ['had to let', 'preparing to be', 'lost'], firm: true}
      # Forty-eighth session, third round (XR, XS): "X has been going through some financial difficulty", "X is looking to sell the Kasoa site", "a hiring freeze at X".
      - {regex: '\bgoing through (?:some |a |a bit of |a period of |real )?(?:financial|cash-?flow|money|funding) (?:difficult(?:y|ies)|trouble|troubles|problems|hardship|strain|pressure)\b|\b(?:looking|planning|hoping|trying|preparing|about|set) to sell (?:off )?(?:the|its|their|a|one of (?:its|their)) (?:[\p{L}-]+ ){0,2}(?:site|plant|business|division|unit|operation|facility|depot|stores?|brand|arm)\b|\bhiring freeze (?:at|in|across|kat|di)\b', keywords: ['going through', 'to sell', 'hiring freeze'], firm: true}
      # Forty-eighth session, second round (XK): "With X closing the Galway branch at the end of the summer".
      - {regex: '\b(?:with|after|now that|since|given) (?!ourco\b|us\b|our\b|we\b|me\b|i\b)[^.!?\n]{1,40}? (?:closing|shutting|shutting down|selling off|winding down|closing down) (?:the|its|their|a|one of (?:its|their)|two|three) (?:[\p{L}-]+ ){0,2}(?:branch|office|site|plant|store|depot|clinic|warehouse|factory|division|unit|location|outlet)s?\b', keywords: ['with', 'after', 'now that', 'since', 'given'], firm: true}
      # Forty-eighth session, second round (XK, XM): "I know it's been a difficult trading year for X"; "X is moving to a hub model and closing most of its rural offices".
      - {regex: '\b(?:it''s|it has|it''s certainly|it has certainly) been a (?:difficult|tough|hard|challenging|rough|bruising|testing) (?:trading |financial )?year for\b|\bclosing (?:most|many|some|half|all|several|two|three|four|five|\d+) (?:of )?(?:its|their) (?:[\p{L}-]+ )?(?:offices|sites|branches|stores|depots|clinics|plants|locations|outlets|warehouses)\b', keywords: ['been a', 'closing'], firm: true}
      # Forty-eighth session, first round (XD): "given X is currently in talks with administrators", "X is in the middle of a cost-cutting drive this year".
      - {regex: '\bin (?:talks|discussions|negotiations) with (?:the )?(?:administrators|receivers|liquidators|creditors|its lenders|their lenders|the banks?)\b|\b(?:in the middle of|in the midst of|going through|launching|launched|started|starting|embarking on|halfway through|kicking off|rolling out) (?:a|an|its|their|the) (?:[\p{L}-]+ )?(?:cost-cutting|cost cutting|cost-reduction|cost reduction|savings|efficiency|austerity) (?:drive|programme|program|exercise|push|round|initiative|plan|review|effort)\b', keywords: ['talks', 'discussions', 'negotiations', 'middle of', 'midst of', 'going through', 'launching', 'launched', 'started', 'starting', 'embarking', 'halfway', 'kicking off', 'rolling out'], firm: true}
      # Forty-seventh session, fifth round (WT): "X is planning to close two of its factories next year".
      - {regex: '\b(?:planning|plans|set|about|going|preparing) to close (?:two|three|four|several|some|\d+|one|half) of (?:its|their) (?:factories|plants|sites|stores|branches|offices|depots|mills|estates|warehouses|clinics|schools|hotels)\b', keywords: ['planning', 'plans', 'set to', 'about to', 'going to', 'preparing'], firm: true}
      # Forty-seventh session, fourth round (WP): "I understand the budget cuts at X have frozen most new projects until 2026".
      - {regex: '\bbudget cuts at\b|\b(?:have|has) frozen (?:most |all |any )?(?:new )?(?:projects|hiring|recruitment|spending|spend|investment|purchases)\b', keywords: ['budget cuts', 'frozen'], firm: true}
      # Fourth round (forty-sixth session, VD, VE): "Since X had to cut a good part of the ticket office staff last spring".
      - {regex: '\bhad to (?:cut|shed|trim|reduce|lay off|let go of)\b[^.!?\n]{0,50}\b(?:staff|jobs|headcount|people|employees|workforce|roles|positions)\b', keywords: ['had to'], firm: true}
      # First round (forty-sixth session, UG, UH, UO, UP): "I know you've had to let a few people go from the events team this year".
      - {regex: '\b(?:you(?:''ve| have)?(?: had to)?|had to|has had to|have had to) let (?:a (?:few|number of|couple of|handful of)|some|several|\d+|many|most of (?:the|your)) (?:people|staff|employees|colleagues|team members|workers|of (?:your|the) (?:team|staff)) go\b', keywords: ['you', 'had to', 'has had', 'have had'], firm: true}
      # A hard year and cuts told as known (forty-fourth session, PG): "I know it's been a difficult year for Blue Harbor Logistics and that costs are being cut across the board".
      - {regex: '\bbeen (?:a )?(?:difficult|tough|hard|rough|challenging) (?:year|quarter|few months|time|stretch) (?:for|at) (?!us\b|our\b|me\b|ourco\b)[^.!?\n]{2,40}?\band (?:that )?(?:costs|budgets|spending|headcount|jobs|staff) (?:are|is|have been|were|has been) (?:being )?(?:cut|reduced|slashed|frozen|trimmed)\b', keywords: ['difficult', 'tough', 'hard', 'rough', 'challenging'], firm: true}
      # A company split up as the backdrop: "Since Acme Logistics split into two business units in January, …" (thirty-seventh session, SC).
      - {regex: '\b(?:split|splitting|was split|were split|been split|divided|reorgani[sz]ed|restructured) (?:itself )?into (?:two|three|four|five|\d+|separate) (?:separate |independent )?(?:business units|divisions|companies|entities|segments|business lines|operating companies|regions)\b', keywords: ['split', 'splitting', 'divided', 'reorganised', 'reorganized', 'restructured']}
      - {regex: '\b(?:is|are|has been|have been|was|were|''s|''re) (?:now |currently |gradually |quietly )?(?:exiting|leaving|winding down|pulling out of|getting out of|withdrawing from|divesting|selling off|spinning off|shutting down|closing down) (?:the|its|their|your|of its|of their) (?:[\w-]+ ){0,2}(?:segment|business|division|unit|market|operations?|line of business|arm|portfolio|category)\b', keywords: ['exiting', 'leaving', 'winding down', 'pulling out', 'getting out', 'withdrawing', 'divesting', 'selling off', 'spinning off', 'shutting down', 'closing down']}
      - {regex: '\b(?:you''re|you are|they''re|they are|is|are|was|were) (?:closing|shutting(?: down)?|winding down|consolidating) (?:the |its |your |their )?(?:[\p{L}-]+ ){0,2}?(?:support cent(?:re|er)|office|plant|factory|site|store|branch|warehouse|call cent(?:re|er)|facility|hub|clinic|depot)s?\b(?! (?:for|over|during|on) (?:the )?(?:holidays?|christmas|easter|summer|weekend|day|week|bank holiday|public holiday|new year))', keywords: ['closing', 'shutting', 'winding down', 'consolidating']}
      - {regex: '\b(?:shrinking|reducing|cutting|scaling back|trimming) (?:its|their|your) (?:store|retail|office|physical|branch|real[- ]estate)? ?(?:footprint|store count|estate|branch network)\b', keywords: ['shrinking', 'reducing', 'cutting', 'scaling back', 'trimming']}
      - {regex: '\b(?:following|after|since|given|with|now that|in light of|in the wake of) (?:the )?(?:recent |planned |announced )?(?:closure|closing|shutdown|shutting|sale|wind-?down) of (?:your|its) [\w -]{1,40}?(?:branch|office|site|plant|store|depot|location|facility|warehouse|clinic|factory|division|unit|business|operation|operations|center|centre|hub|lab)\b|\bnow that (?:you''ve|you have|you) (?:closed|shut|shut down|sold|wound down) (?:your|the) [\w -]{1,30}?(?:branch|office|site|plant|store|depot|location|facility|warehouse|clinic|factory|division|unit|center|centre|hub)\b', keywords: ['closure', 'closing', 'shutdown', 'shutting', 'sale', 'wind', 'now that']}
      - {regex: '\b(?:budget|headcount|cost|spending|staff|hiring) (?:cuts?|freeze|reductions?) (?:that )?your (?:board|leadership|ceo|cfo|management|exec\w*|owners|investors|parent company) (?:approved|announced|signed off|mandated|ordered|agreed|pushed through)\b', keywords: ['cut your', 'cuts your', 'freeze your', 'reduction your', 'reductions your', 'cut that your', 'cuts that your', 'freeze that your']}
      - {regex: '\b(?:froze|frozen|freez(?:e|es|ing)|paus(?:ed|ing|es)|halt(?:ed|ing|s)|stopp(?:ed|ing)) (?:all |most |new |external |their |its )?hiring\b', keywords: ['froze', 'frozen', 'freez', 'paused', 'pausing', 'pauses', 'halted', 'halting', 'halts', 'stopped', 'stopping']}
      - {regex: '\b(?:had to |has had to |have had to )?(?:reduce|reduced|cut|trim|trimmed|shed|lay off|laid off|let go of)\b (?:about |around |nearly |almost |some |over )?(?:\d+%|[\d,]+|a (?:third|quarter|fifth|tenth)|half) of (?:the|its|your|their) (?:staff|workforce|team|employees|headcount|people|jobs|roles)\b', keywords: ['reduce', 'cut', 'trim', 'shed', 'lay off', 'laid off', 'let go']}
      - {regex: '\b(?:shut|shuttered|closed|shutting|closing|shutter) (?:down )?(?:the|its|your|their) (?:[\p{L}-]+ ){0,2}?offices?\b(?![^.!?\n]{0,30}\b(?:for (?:the |a )?(?:holidays?|christmas|maintenance|the (?:weekend|day|night)|refurbishment|renovation|a (?:week|day|few days))|temporarily|over (?:the )?(?:holidays?|christmas|weekend)|early|at \d))', keywords: ['shut', 'closed', 'closing', 'shutter']}
      - {regex: '\b(?:shut|shuttered|closed|mothballed|shutting|shuttering|closing|mothballing) (?:down )?(?:the|its|your|their|two|three|several|\d+) (?:[\p{L}-]+ ){0,2}?(?:plants?|factor(?:y|ies)|mills?|sites?|warehouses?|facilit(?:y|ies)|depots?|distribution cent(?:re|er)s?|fulfil?ment cent(?:re|er)s?|branches|stores|hubs?|call cent(?:re|er)s?|lines?)\b(?![^.!?\n]{0,30}\b(?:for (?:the |a )?(?:holidays?|christmas|maintenance|the (?:weekend|day|night)|refurbishment|renovation|a (?:week|day|few days))|temporarily|over (?:the )?(?:holidays?|christmas|weekend)))', keywords: ['shut', 'closed', 'closing', 'mothball']}
      - {regex: '\b(?:closed|closing|closes|shut|shuts|shutting|shut down|shutting down|shuttered|shutters|shuttering) (?:down )?(?:\w+ ){0,3}?(?:underperforming |unprofitable |loss-making )?(?:stores|sites|plants|branches|offices|locations|factories|clinics|outlets|restaurants|warehouses)\b|\b(?:shutting down|closing down|winding down|shut down|closed down|selling off|sold off) (?:its|their|your) [\w-]+ (?:arm|division|unit|business|operation|operations)\b|\b(?:move|switch|shift|transition) to a four-day (?:work ?)?week\b', keywords: ['closed', 'closing', 'closes', 'shut', 'winding down', 'selling off', 'sold off', 'four-day']}
      - {regex: '\b(?:went|going|gone|entered|entering|come|came) (?:into|out of) (?:administration|receivership|liquidation|chapter 11|insolvency)\b|\bfiled for (?:bankruptcy|chapter 11|insolvency|administration)\b', keywords: ['administration', 'receivership', 'liquidation', 'chapter 11', 'insolvency', 'filed for']}
      - {regex: '\b(?:closed|closing|shut|shutting|shut down|shuttered|consolidated|consolidating) (?:down )?(?:its|your|their) (?:[\p{L}-]+ ){0,2}(?:office|offices|site|sites|plant|plants|factory|factories|warehouse|warehouses|depot|depots|store|stores|branch|branches|facility|facilities|hub|campus|studio|lab)\b', keywords: ['closed', 'closing', 'shut', 'shuttered', 'consolidat']}
      - '\b(?:layoffs?|laid off|lay(?:ing)? off|lays off|reductions? in force|rif|restructur(?:ing|ed|e)|reorg(?:anization|anisation)?|downsiz(?:ing|ed|e)|rightsiz(?:ing|ed)|job cuts|job losses|staff (?:cuts|reductions?)|redundancies|redundancy (?:programme|program|round|rounds|process|consultation)|headcount (?:cuts?|reductions?)|workforce reductions?|hiring freeze|furlough(?:s|ed)?|bankruptcy|chapter 11|insolven(?:cy|t))\b'
      - '\b(?:reduced|cut|shrank|shrunk|trimmed|slashed|cutting|slashing|eliminated|eliminating) (?:your |its |the |their )?(?:\d+% of (?:the |your |its )?|\d+ )?(?:workforce|headcount|staff|team|jobs|roles|positions|employees|people)\b(?! (?:costs?|spend|time|hours))'
      - '\blet (?:\d+ |some |many |a lot of |several )?(?:people|employees|staff|folks|reps|engineers) go\b'
      - {regex: '\b(?:reduced|cut|shrank|shrunk|trimmed|trimming|slashed|slashing|cutting|eliminated|eliminating|shed|shedding|axed|axing|halved|halving) (?:back )?(?:your |its |the |their )?(?:(?:about |roughly |nearly |almost |over )?\d+(?:\.\d+)?(?:%| percent) of (?:the |your |its |their )?|\d[\d,]* |a (?:third|quarter|fifth|tenth|half|chunk|slice) of (?:the |your |its |their )?|(?:part|some|much|most|half) of (?:the |your |its |their )?)?(?:\w+ )?(?:workforce|headcount|staff|team|teams|jobs|roles|positions|employees|people|reps|engineers|workers|sellers)\b(?![''’]| (?:costs?|spend|time|hours|workload|effort|overhead))', keywords: ['reduced', 'cut', 'shrank', 'shrunk', 'trimmed', 'trimming', 'slashed', 'slashing', 'eliminat', 'shed', 'axed', 'axing', 'halved', 'halving']}
      - {regex: '\blet go (?:of )?(?:(?:about |roughly |nearly )?\d+(?:%| percent)? (?:of )?)?(?:the |your |its |their |some |many |several |part of (?:the |your |its )?)?(?:\w+ )?(?:people|employees|staff|folks|reps|engineers|team|workforce|workers|headcount|sellers|colleagues)\b', keywords: ['let go']}
      - {regex: '\b(?:had to |have had to |has had to )?let (?:\d[\d,]* |some |many |several |a (?:lot|bunch|number) of |part of (?:the |your |its )?|(?:\d+(?:%| percent)) of (?:the |your |its )?)?(?:\w+ )?(?:people|folks|employees|staff|reps|engineers|team members|workers|sellers|colleagues|team) go\b', keywords: ['let ']}
      - {regex: '\b(?:were|was|been|being|got|get|getting) let go\b', keywords: ['let go']}
      - {regex: '\b(?:tough|hard|difficult|sad|rough|painful|sobering|heavy) (?:news|changes|cuts|week|weeks|month|stretch|time|day|decisions?|period) (?:about|for|on|at|with|in|across|hitting|affecting) (?:the |your )?(?:\w+ )?(?:team|teams|staff|people|company|org|organization|workforce|headcount)\b', keywords: ['tough', 'hard', 'difficult', 'sad', 'rough', 'painful', 'sobering', 'heavy']}
      - {regex: '\b(?:cuts?|cutbacks?|reductions?) (?:to|on|across|in|at) (?:the |your |its |their )?(?:\w+ )?(?:team|teams|staff|workforce|headcount|org|organization|department|sales org|jobs|roles|employees)\b', keywords: ['cut', 'reduction']}
      - {regex: '\bpart(?:ed|ing|s)? ways with (?:\w+ ){0,4}(?:staff|team|people|employees|reps|workforce|engineers|colleagues|workers)\b', keywords: ['ways with']}
      - {regex: '\b(?:lay-offs?|redundanc(?:y|ies)|made redundant|job losses|cost-?cutting|cost cutting|cutbacks|retrenchments?|retrenched|retrenching)\b', keywords: ['lay-off', 'redundan', 'job loss', 'cost-cut', 'cost cut', 'cutback', 'retrench']}
      - {regex: '\b(?:make|made|making|had to make|have had to make|has had to make) (?:some |a few |deep |hard |tough |painful |significant |big |difficult )+cuts\b', keywords: ['cuts']}
      - {regex: '\b(?:the|recent|latest|last|those|these|deep|painful|tough|big|sweeping|company-wide|companywide) cuts\b(?! (?:to|in|on) (?:price|prices|pricing|rates?|costs?|spend|budgets?|review time|ramp time))', keywords: ['cuts']}
      - {regex: '\b(?:team|teams|headcount|workforce|staff|org|organization) (?:is |has been |was |now )?(?:shrinking|shrunk|shrank|downsized|getting smaller|much smaller|a lot smaller)\b', keywords: ['shrink', 'shrunk', 'shrank', 'downsized', 'smaller']}
      - {regex: '\b(?:news|headlines?|reports?|word) (?:about|of|on) (?:the )?(?:recent |latest )?(?:cuts|layoffs|job cuts|downsizing|restructuring|reorg|rif)\b', keywords: ['cuts', 'layoff', 'downsiz', 'restructur', 'reorg', 'rif']}
      - {regex: '\bletting (?!(?:the |this |that |a |an |our |your |my )?(?:thread|conversation|email|emails|matter|topic|subject|chance|opportunity|deal|idea|project|it|this|that|things|them go quiet)\b)(?:\w+ ){1,3}go\b', keywords: ['letting']}
      - {regex: '\b(?:(?:about |roughly |nearly |almost |over )?\d+(?:\.\d+)?(?:%| percent)|a (?:third|quarter|fifth|tenth|half)|half|(?:\d{1,3}(?:,\d{3})+|\d{2,})) of (?:the |your |its |their )?(?:\w+ )?(?:staff|workforce|team|employees|people|headcount|workers|engineers|reps|sellers) (?:were |was |being |been |got |getting |having been )?(?:let go|laid off|made redundant|furloughed|cut|eliminated)\b', keywords: ['let go', 'laid off', 'redundant', 'furlough', 'cut', 'eliminated']}
      - {regex: '\b(?:lay|lays|laying|laid) (?:\w+ ){1,3}off\b', keywords: ['lay', 'laying', 'laid']}
      - {regex: '\bright-siz(?:ing|ed|e)\b', keywords: ['right-siz']}
      - {regex: '\breorgani[sz](?:ing|ed|es|e|ation|ations)\b', keywords: ['reorg']}
      - {regex: '\bwarn (?:notice|act notice|act filing|filing)s?\b', keywords: ['warn notice', 'warn act', 'warn filing']}
      - {regex: '\b(?:headcount|workforce|staff|team|employee count) (?:is |was |are |has been |now )?(?:down|shrunk|smaller|reduced|cut) (?:by )?(?:about |roughly |nearly |almost |over )?\d+(?:\.\d+)?(?:%| percent)', keywords: ['%', 'percent']}
      - {regex: '\b(?:cut|cutting|shed|shedding|laid off|let go of|reduced|reducing) (?:around |about |roughly |nearly |almost |some |over )?\d+(?:\.\d+)?(?:%| percent) of (?:its|their|your|the) (?:workforce|staff|headcount|employees|team|people|jobs|roles)\b', keywords: ['cut', 'cutting', 'shed', 'laid off', 'let go', 'reduc']}
      - {regex: '\blet go of (?:about |around |roughly |nearly |some |almost |over )?(?:a (?:fifth|quarter|third|tenth|half)|half|\d+(?:%| percent)|\d{2,}) (?:of )?(?:your|its|their|the)?\b|(?<=\bsorry to hear about (?:the|your) [\w -]{0,30})\b(?:[\w-]+ )?(?:closure|closures|layoffs?|redundanc(?:y|ies)|restructur\w*|cuts|downsizing|job losses)\b', keywords: ['let go of', 'sorry to hear']}
      - {regex: '\b(?:wind(?:s|ing)? down|wound down|winding up|winds up|wound up|shutting down|shuts down|shut down|closing down|closes down|pulling out of|pulls out of|pulled out of|exiting|exits|exited) (?:its|your|their|the) (?:[\p{L}\p{N}&.''’-]+ ){0,3}?(?:operations?|ops|offices?|sites?|plants?|factory|factories|cent(?:re|er)s?|hubs?|division|unit|business|arm|subsidiary|presence|markets?|teams?|support (?:cent(?:re|er)|operation|team))\b', keywords: ['wind down', 'winds down', 'winding down', 'wound down', 'winding up', 'winds up', 'wound up', 'shutting down', 'shuts down', 'shut down', 'closing down', 'closes down', 'pulling out', 'pulls out', 'pulled out', 'exiting', 'exits', 'exited']}
      - {regex: '\b(?:bring(?:s|ing)?|brought|mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?) (?:[\p{L}&-]+ ){0,3}?(?:back )?(?:onshore|offshore|nearshore)\b|\b(?:offshoring|onshoring|reshoring|nearshoring)\b', keywords: ['onshore', 'offshore', 'nearshore', 'offshoring', 'onshoring', 'reshoring', 'nearshoring']}
      # Cuts said to be known: "I know X is facing significant budget cuts this year", "X's IT team has been cut to just two people" (development set HF).
      - {regex: '\b(?:is|are|was|were|been|be) (?:facing|dealing with|going through|hit by|struggling with|bracing for|weathering|planning|announcing|making) (?:significant |major |deep |severe |heavy |some |big |sweeping |painful |more |further )?(?:budget cuts|cutbacks|funding cuts|layoffs|lay-offs|redundancies|restructuring|a restructure|a restructuring|job cuts|a hiring freeze|cost cuts|cost-cutting|downsizing|staff cuts)\b|\b(?:team|department|staff|headcount|workforce|office|unit|division|function)s? (?:has|have|had) been (?:cut|reduced|slashed|trimmed|halved|shrunk|downsized) (?:to|by|down to)\b', keywords: ['cuts', 'cutbacks', 'layoffs', 'lay-offs', 'redundancies', 'restructur', 'hiring freeze', 'cost-cutting', 'downsizing', 'been cut', 'been reduced', 'been slashed', 'been trimmed', 'been halved', 'been shrunk', 'been downsized']}
      # "put a freeze on non-clinical hiring last month" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:put|placed|imposed|announced) a (?:hiring )?freeze on (?:[\w-]+ ){0,2}(?:hiring|recruitment|headcount|roles|jobs)\b|\bhiring (?:is |was |has been )?(?:frozen|paused|on hold)\b', keywords: ['freeze', 'frozen', 'paused', 'on hold'], firm: true}
    exceptions:
      # Industry news of another company the reader may have seen: "You may have seen that one of the larger crane maintenance contractors in the region announced last month that its leaving the Oman market" (fifty-third session, KO).
      - '\b(?:you (?:may|might) (?:have )?(?:seen|heard|read)|as you (?:may|might) know),? (?:that )?(?:one of the|another|a|an) (?!your\b)[^.!?\n]{0,80}?\b(?:announced|said|confirmed|revealed)\b'
      # A phrase of the reader's own post, quoted back: "I thought the point about "visibility before cost-cutting" was spot on" (forty-fifth session, TL).
      - '\b(?:the|your|that) (?:point|line|bit|phrase|idea|comment|remark|argument|case) (?:about|on|for) ["“][^"”\n]{1,80}["”]'
      - '\bclos(?:ing|ed|e) (?:the |our |its |your )?[\p{L} ]{0,20}(?:office|site|store|branch|warehouse|plant|clinic|depot|centre|center) (?:on|this|next|for|from|until) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the (?:day|week|holiday|holidays|weekend|afternoon|morning)|christmas|easter|new year|\d)'
      - '\b(?:are there|is there|will there be) (?:any )?[^.!?\n]*\?'
      # (Not when the sentence names the cut as the prospect's news: "With everything going on after X's recent downsizing, I completely understand why the trial is on hold", fifty-fourth session, NAO.)
      - '^(?![\s\S]*(?:''s|after (?:the|your|its|their)) (?:recent|latest|ongoing) (?:downsizing|layoffs?|restructuring|job cuts|redundancies|reorg))[\s\S]*?\b(?:completely|totally|fully|entirely|absolutely|of course|perfectly) understand\b'
      - '\bright-?siz\w*\b[^.!?\n]{0,50}\b(?:seats|licen[cs]es|plan|subscription|usage|order|tier|instances?|storage)\b|\b(?:seats|licen[cs]es|plan|subscription|usage|order|tier)\b[^.!?\n]{0,30}\bright-?siz\w*'
      - '\brestructur(?:e|ed|es|ing) (?:its|your|the|their|our|how|a) (?:\w+ )?(?:process|processes|pricing|workflow|workflows|outbound|sequences?|playbooks?|pipeline|territories|territory|comp plan|compensation|deal|contract|debt|data|approach|program|strategy|offer|offering|plans?|stack|cadences?|content|emails?|calls?|review|onboarding|funnel|tiers?)\b'
      - '\breorg(?:anize|anise|anized|anised|anizing|anising)? (?:its|your|the|their|our) (?:\w+ )?(?:process|processes|pipeline|data|workflow|workflows|sequences?|playbooks?|templates?|folders?|fields|crm|territories|inbox|content)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:\bwind(?:s|ing)? (?:down|up)\b|\bwound (?:down|up)\b|offshor|onshor|nearshor|\bshut|closure|\bclos(?:e|es|ed|ing) (?:[\w-]+ ){0,2}(?:stores?|sites?|branch(?:es)?|offices?|locations?|plants?|factor(?:y|ies)|outlets?|clinics?|restaurants?)\b|\bexit|layoff|laid off|lay off|reduction in force|restructur|reorg|downsiz|rightsiz|job cuts|headcount|workforce|cut|furlough|hiring freeze|bankrupt|chapter 11|let .* go)'
    message: 'claims layoffs or restructuring ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'I saw you''re closing the Melbourne support centre and moving to a remote model.'
        - 'It seems Acme Analytics has been quietly shrinking its store footprint in the Midlands.'
        - 'Now that you''ve closed your Leeds depot, the routes will need replanning.'
        - 'Following the closure of your Phoenix branch, you''ll have around 18 Ourco Field technician licences no longer in use.'
        - 'Every tool has to justify itself under the 30% budget cut your board approved for next year.'
        - 'I understand Acme Analytics has frozen hiring and cut the contractor budget in half.'
        - 'As you wind down your Manila operations and bring support back onshore, tooling may change.'
        - 'With your move to offshore the support team, handovers will be harder.'
        - 'Now that you are exiting the German market, the rota will shrink.'
        - 'Since you shut down your Leeds plant, shift planning must look different.'
        - 'Now that Acme Analytics has closed its Dublin office and moved everyone to remote working, collaboration tools must be a priority.'
        - 'I understand you recently let go of about a fifth of your sales team.'
        - 'Sorry to hear about the plant closure in Derby; it must have been a difficult decision.'
        - 'Since you cut around 15% of your workforce earlier this year, automation is probably a priority.'
        - 'With 40% of your staff let go in the spring, the remaining team must be stretched.'
        - 'Heard a third of the engineering team was laid off in June.'
        - 'Sorry to hear about the layoffs at your company.'
        - 'Saw you cut 10% of your workforce last week.'
        - 'I know the restructuring has been tough on your team.'
        - 'Heard that Acme Analytics let 50 people go.'
        - 'Saw you let go of 15% of staff.'
        - 'Heard about the tough news on your team last week.'
        - 'After the cuts to your sales team, each rep covers more.'
        - 'Heard Acme Analytics is trimming headcount.'
        - 'Saw that you had to part ways with part of the sales team.'
        - 'Saw that Acme shed 10% of its workforce.'
        - 'Saw that Acme Analytics cut a third of its staff.'
        - 'I heard you had to make some cuts recently.'
        - 'After the recent cuts, each rep covers more.'
        - 'Sorry to hear about the redundancies.'
        - 'With your sales team shrinking, each rep covers more.'
        - 'Sorry to see the news about cuts at Acme Analytics.'
        - 'Sorry to hear you had to start letting people go.'
        - 'Heard Acme Analytics is laying people off.'
        - 'With the right-sizing last quarter, each rep covers more.'
        - 'Saw Acme Analytics is reorganizing the sales org.'
        - 'Saw the WARN notice for Acme Analytics.'
        - {"text": "Heard headcount is down 20% since January.", "facts": ["Has about 850 employees"]}
      pass:
        - 'Our office is closing early on Friday.'
        - 'We are closing the office over Christmas, so replies may be slow.'
        - 'Our own move to the cloud cut our office footprint by half.'
        - 'If you ever need to close a branch, the licences move with one click.'
        - 'Following the closure of our Phoenix office, your account is now handled from Denver.'
        - 'If a budget freeze your board approved ever lands mid-project, the contract lets you pause seats.'
        - 'If you have paused hiring for now, the per-seat plan can shrink with you.'
        - 'We paused hiring ourselves last spring, so I know how that feels.'
        - 'We are winding down the beta programme at the end of June.'
        - 'Once you wind down the legacy system, the export is automatic.'
        - 'Our customer shut down its Leeds office and moved everything to us.'
        - 'Offshore wind farms are a growing share of our customers.'
        - 'If you ever bring support back onshore, the routing works the same.'
        - 'When you closed your tickets last week, the survey went out automatically.'
        - 'Our support office closed its doors for the holidays on the 23rd.'
        - 'Talk to me about right-sizing; your usage data suggests 68 seats would cover your active users.'
        - 'Sorry to hear about the delay at customs; we can push the kickoff.'
        - 'We never let go of a customers data without written instruction.'
        - 'Our customers typically cut 15% of their manual data entry in the first quarter.'
        - 'As discussed, here''s the updated renewal proposal reflecting the smaller merchandising team after your reorganisation.'
        - 'As you mentioned on Tuesday, the restructuring means fewer seats this year.'
        - 'If 10% of the staff were cut, our pricing scales down with you.'
        - {"text": "I know the restructuring has been a lot for your team.", "facts": ["Announced a restructuring in March 2025"]}
        - 'We help teams cut onboarding time in half.'
        - 'Our tool helps you reduce headcount costs in support.'
        - 'We restructured our pricing to be simpler.'
        - 'Cut ramp time by 30 percent.'
        - 'Happy to help if your team is restructuring its outbound process.'
        - 'We can cut your team''s review time in half.'
        - 'Let your team focus on selling.'
        - 'Companies that cut headcount often lean on automation.'
        - {"text": "Sorry to hear about the layoffs.", "facts": ["Laid off 10% of its workforce in 2025"]}
        - 'Thanks for replying instead of letting the conversation go quiet.'
  - id: claim.incident
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'an incident at the prospect told as news: a fire, breach, cyber-attack, outage, recall, strike or accident, in sympathy ("sorry to hear about the fire at your plant") or as the premise ("after the data breach"); storms and floods hit a region, not the company, and are not its news'
    keywords: ['sorry to', 'sad to', 'saddened', 'after the', 'after your', 'after that', 'since the', 'since your', 'following the', 'following your', 'in the wake of', 'given the', 'given your', 'with the recent', 'with the', 'with your']
    patterns:
      - '(?<=\b(?:sorry|sad|saddened|devastated|gutted|concerned|shocked) to (?:hear|read|learn|see) (?:about|of) (?:the|your|last (?:week|month)[''’]s|this (?:week|month)[''’]s|that) (?:recent )?(?:[\p{L}-]+ ){0,3}?)(?:fire|fires|explosion|blast|breach|data breach|cyber-?attack|cyber incident|hack|ransomware(?: attack| incident)?|outage|recall|product recall|strike|strikes|walkout|accident|collapse|derailment|spill|leak|contamination|outbreak)\b'
      - '\b(?:after|since|following|in the wake of|given|with) (?:the|your) (?:recent |last (?:week|month)[''’]s |this (?:week|month)[''’]s |major |big |serious )?(?:fire|explosion|data breach|security breach|cyber-?attack|ransomware attack|product recall|recall|strike|walkout) (?:at|in|on|of|that hit|that affected|across) (?:your|its|their)\b'
      # "After the payroll error that left so many of your staff short-paid in March".
      - {regex: '\b(?:after|since|following|in the wake of|given|with) (?:the|your|that) (?:recent |last (?:week|month)[''’]s |this (?:week|month)[''’]s |big |major |serious )?(?:payroll|pay|billing|invoicing|system|it|software|data|booking|ticketing|website|shipping|delivery) (?:error|errors|glitch|glitches|failure|failures|mix-up|meltdown|fiasco|blunder|crash|data loss|leak) (?:that|which|at|in|last|this|earlier)\b', keywords: ['error', 'glitch', 'failure', 'mix-up', 'meltdown', 'fiasco', 'blunder', 'crash', 'data loss', 'leak']}
      # Condolences on news, and a strike at the prospect (development set HN): "I was sorry to read about the collision involving one of X's refuse trucks", "I hope the driver strike at X is resolved soon"; a hotel closed for works (HM).
      - {regex: '(?<=\b(?:sorry|sad|saddened|shocked|concerned) to (?:read|hear|learn|see) (?:about|of) the (?:recent )?)(?:collision|crash|accident|fire|incident|explosion|spill|breach|outage|strike|closure|recall|derailment|injur(?:y|ies)|fatality|death)\b|(?<=\b(?:driver|drivers''|staff|worker|workers''|union|nurses''?|teachers''?|pilots''?|dock|warehouse|bus|rail|tram) )strikes? (?:at|against|affecting|hitting) (?!(?:the |a )?(?:right|heart|core|root|balance|chord|nerve)\b)|\b(?:is|are|will be|was) (?:closing|closed|shutting|shut) (?:down )?for (?:a |an )?(?:full |major |complete |partial |months-long )?(?:renovation|refurbishment|refurb|remodel|rebuild|repairs|works)\b', keywords: ['sorry to', 'sad to', 'saddened to', 'shocked to', 'concerned to', 'strike', 'closing for', 'closed for', 'shutting', 'shut down for', 'shut for']}
    exceptions:
      - '\b(?:if|in case|should|when|whenever|imagine|suppose|any|a|every)\b[^.!?\n]{0,20}\b(?:fire|flood|breach|attack|outage|recall|strike|accident)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:fire|flood|explosion|breach|attack|hack|ransomware|outage|recall|strike|walkout|accident|collapse|spill|leak|contamination|outbreak)'
    message: 'claims an incident ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'After the payroll error that left so many of your staff short-paid in March, I''m sure getting it right is top of your list.'
        - 'I was sorry to hear about the fire on the frying line at Acme Analytics''s Celaya plant in May, and I hope everyone on the team is safe.'
        - 'So sorry to read about the data breach at your Leeds office last month.'
        - 'Following the ransomware attack on your systems in March, recovery tooling must be top of mind.'
        - 'After the recall of your frozen range, traceability is probably on the board''s agenda.'
      pass:
        - 'After the payroll error you mentioned on our call, a second check before each run makes sense.'
        - 'If a fire ever shut your main plant, our failover would keep orders moving.'
        - 'Sorry to hear the call dropped on your side yesterday.'
        - 'After the fire at a customer''s warehouse in 2022, we rebuilt our backup design.'
        - 'Our status page shows the outage on our side ended at 10:40.'
  - id: claim.award
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'picking up'
      - 'picked up'
      - 'pick up'
      - 'scooping'
      - 'bagging'
      - 'landing'
      - 'collecting'
      - 'award'
      - 'won'
      - 'winner'
      - 'winning'
      - 'named'
      - 'recogni'
      - 'ranked'
      - 'ranking'
      - '#1'
      - 'no. 1'
      - 'top '
      - 'best place'
      - 'great place'
      - 'inc 5000'
      - 'inc. 5000'
      - 'forbes'
      - 'fortune'
      - 'fast 500'
      - 'fast company'
      - 'magic quadrant'
      - 'forrester wave'
      - 'g2'
      - 'made the'
      - 'making the'
      - 'make the'
      - 'makes the'
      - 'made it'
      - 'making it'
      - 'shortlist'
      - 'finalist'
      - 'honored'
      - 'honoured'
      - 'took home'
      - 'taking home'
      - 'fast 50'
      - 'fast-50'
      - 'fast 100'
      - 'fast-100'
      - 'fast-500'
      - 'fast 1000'
      - 'ft 1000'
      - 'ft 100'
      - 'times 100'
      - 'fast track'
    patterns:
      # "Congratulations again on X's station taking the top processing award this year" (fifty-fourth session, NBC).
      - {regex: '\b(?:taking|took|picking up|picked up|scooping|scooped|bagging|bagged|claiming|claimed) (?:home )?(?:the |a |an )?(?:top |first |gold |best |overall )?(?:[\p{L}-]+ ){0,3}(?:award|prize|trophy)\b', keywords: ['award', 'prize', 'trophy'], firm: true}
      # Forty-seventh session, third round (WI): "congratulations again on X being named best dental clinic in Guatemala City".
      - {regex: '\b(?:being|been|was|were|got|getting) (?:named|voted|crowned|ranked) (?:the )?(?:best|top|#1|number one|leading)\b(?![^.!?\n]{0,25}\b(?:concerns?|issues?|problems?|complaints?|risks?|priorit(?:y|ies)|reasons?|challenges?|barriers?|costs?|worr(?:y|ies)|frustrations?)\b)', keywords: ['being', 'been', 'was', 'were', 'got', 'getting'], firm: true}
      # Forty-seventh session, second round (WD): "Congrats as well on breaking into the national top ten this year."
      - {regex: '\b(?:breaking|broke|making|made|got|getting|climbing|climbed|entering|entered) into the (?:[\p{L}-]+ )?top (?:ten|five|twenty|fifty|hundred|\d+)\b', keywords: ['breaking', 'broke', 'making', 'made', 'got', 'getting', 'climbing', 'climbed', 'entering', 'entered'], firm: true}
      # First round (forty-sixth session, UG, UH, UO, UP): "on X being named Bulk Handler of the Year".
      - {regex: '\b(?:being|been|was|were|is|got|get|gets) named (?:the |this year''s |last year''s )?(?:[\p{L}&''’-]+ ){1,4}of the year\b', keywords: ['named'], firm: true}
      # "With Acme now ranked among the top five site networks in the Southeast" (forty-first session, AI).
      - {regex: '(?<!\b(?:we''re|we are|ourco is|ourco''s|our|we were|we''ve been|we have been) )(?:now |recently |just )?ranked (?:among|in) the top (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\b', keywords: ['ranked'], firm: true}
      # A place in a ranking reached: "climbing to number two in this year's national BPO rankings".
      - {regex: '\b(?:climb(?:ed|ing|s)?|ris(?:e|es|ing|en)|rose|mov(?:ed|ing|es) up|jump(?:ed|ing|s)?|reach(?:ed|ing)?|hit(?:ting)?|rank(?:ed|ing|s)?|land(?:ed|ing)?|come in|came in|coming in) (?:to |at )?(?:number |no\.? ?|#)(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\b[^.!?\n]{0,60}?\b(?:rankings?|list|league tables?|index|leaderboard|ranks)\b', keywords: ['number', 'no.', 'no ', '#']}
      - {regex: '\b(?:outstanding|excellent|top|five-star|5-star|gold|platinum|a\+) (?:rating|grade|accreditation) (?:from|by) [\p{L}]', keywords: ['rating', 'grade', 'accreditation']}
      - {regex: '\b(?:firm|company|employer|practice|school|startup|business|supplier|partner|retailer|brand|clinic|agency|workplace) of the year\b', keywords: ['of the year']}
      - {regex: '\b(?:climb(?:ing|ed|s)?|rising|rose|moved up|moving up|jump(?:ing|ed)?) (?:to|into) (?:the )?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|top (?:\d+|ten|five|three)) (?:place|spot|position|rank)?\b[^.!?\n]{0,40}?\b(?:top \d+|ranking|rankings|list|league table|index|benchmark|awards?)\b', keywords: ['climb', 'rising', 'rose', 'moved up', 'moving up', 'jump']}
      # "I saw Pinecrest Dental picked up a Webby for its patient portal".
      - {regex: '\b(?:picked up|took home|scooped|bagged|landed|won|collected|received) (?:a|an|the|two|three|another) (?:[\w-]+ ){0,2}(?:award|awards|prize|webby|webbies|stevie|gong|medal|trophy|accolade|honou?r)\b', keywords: ['picked up', 'took home', 'scooped', 'bagged', 'landed', 'won', 'collected', 'received']}
      - {regex: '\b(?:selected|accepted|chosen|picked|admitted) (?:for|into|by|to join) (?:the )?(?:y ?combinator|yc|techstars|500 startups|entrepreneur first|seedcamp|antler|plug and play|[\w-]+ (?:accelerator|incubator)|(?:[\w-]+ ){0,2}(?:accelerator|incubator) (?:programme|program|cohort|batch))\b', keywords: ['selected', 'accepted', 'chosen', 'picked', 'admitted']}
      - {regex: '\branked (?:(?:#|no\.? ?|number )(?:one|two|three|four|five)|first|second|third|top)\b|\b(?:j\.? ?d\.? power|consumer reports|which\?)(?: (?:award|ranking|study|survey|list))?\b[^.!?\n]{0,30}\b(?:ranked|named|rated|voted|awarded)\b|\b(?:ranked|named|rated|voted|awarded)\b[^.!?\n]{0,40}\bby (?:j\.? ?d\.? power|consumer reports)\b', keywords: ['ranked', 'j.d', 'jd power', 'j. d', 'consumer reports']}
      - {regex: '\b(?:council|company|employer|supplier|business|firm|team|school|hospital|practice|venue|brand|retailer|insurer|bank|startup|start-up|agency|partner|trust|charity) of the year\b', keywords: ['of the year']}
      - {regex: '\b(?:voted|crowned) (?:as )?(?:the )?(?:best|top|#1|no\.? ?1|number one|favou?rite|most popular)\b', keywords: ['voted', 'crowned']}
      - {regex: '\b(?:michelin stars?|michelin green star|bib gourmand|james beard (?:award|nomination|nod|medal)|aa rosettes?|good food guide (?:award|listing|spot)|world''s 50 best)\b', keywords: ['michelin', 'bib gourmand', 'james beard', 'rosette', 'good food guide', '50 best']}
      - '\baward(?:s|ed)?\b'
      - '\baward-winning\b'
      - '\bwon (?:the |an? |this year''s |last year''s )?(?:[\w''&-]+ ){0,4}(?:award|prize|title|competition|honou?r|recognition|trophy|cup|challenge)\b'
      - '\bwinners? of\b'
      - '\bnamed (?:one of|to|among|a leader|the leader|a visionary|a challenger|a top|as one of|in(?! (?:the |your |our |this |that |each |every |a |an )?(?:rfq|rfp|rfi|itt|tender|contract|agreement|document|documents|email|message|policy|attachment|invitation|invite|spreadsheet|form|order|po|sow|list you|brief|request|ticket|record|file|schedule|appendix|annex|section|clause|letter|notice|thread)\b)|the best|best|#1|no\.? ?1)\b'
      - '\brecogni[sz]ed (?:as|by|in|among|on)\b'
      - '\branked (?:#|no\.? ?|number )?\d+'
      - '\bran(?:k|king)s? (?:#|no\.? ?|number )\d+'
      - '\b(?:#|no\.? ?|number )1 (?:on|in) (?:the )?(?:g2|gartner|forrester|inc|forbes|fortune|glassdoor|list|ranking)'
      - '\btop \d+ (?:list|companies|startups|places? to work|employers|fastest|most)'
      - '\bbest (?:places?|companies|company|employers?) to work\b'
      - '\bgreat place to work\b'
      - '\binc\.? 5000\b'
      - '\bforbes (?:cloud |ai |fintech )?\d+\b'
      - '\bfortune \d+\b'
      - '\bdeloitte (?:technology )?fast 500\b'
      - '\bfast[- ](?:50|100|500|1000)\b'
      - '\b(?:ft|financial times|sunday times) (?:1000|100|fast track)\b'
      - '\bfast company\b'
      - '\bmagic quadrant\b'
      - '\bforrester wave\b'
      - '\bg2 (?:leader|badge|grid|award)\b'
      - '\b(?:made|making|make|makes) (?:the|their|it onto the|it to the|it on the) (?:[\w''&-]+ ){0,4}(?:list|ranking|rankings)\b'
      - '\bshortlisted\b'
      - '\bfinalist\b'
      - '\bhonou?red (?:as|by|with)\b'
      - '\b(?:took|taking) home (?:the |an? )?(?:\w+ ){0,3}(?:award|prize)\b'
      - {regex: '\bcongrat\w* on (?:the |your |being |making |winning |earning |landing )?(?:[\w.''’&-]+ ){0,5}(?<m>recognition|accolade|accolades|honou?r|honou?rs|award|awards|ranking|rankings|badge|nod|shout-?out|listing)\b', keywords: ['congrat']}
      - {regex: '\b(?:gartner|forrester|idc|g2|forbes|inc\.?|fortune|deloitte|glassdoor|built ?in|comparably|capterra|trustradius|fast company|crain''s|techcrunch|cnbc) (?:[\w.''’&-]+ ){0,3}(?:recognition|nod|shout-?out|accolade|honou?r|badge|listing|ranking|award|list)\b', keywords: ['gartner', 'forrester', 'idc', 'g2', 'forbes', 'inc', 'fortune', 'deloitte', 'glassdoor', 'built in', 'builtin', 'comparably', 'capterra', 'trustradius', 'fast company', 'crain', 'techcrunch', 'cnbc']}
      - {regex: '\b(?:made|making|make|makes|landed on|landing on|landed a spot on|named to|featured on|featured in|included in|appeared on|earned a spot on|cracked|onto) (?:the |their |it onto the |it to the |it on the |this year''s |a spot on the |forbes'' |inc\.''s )?(?:[\w.''’&-]+ ){0,6}(?:list|ranking|rankings|index)\b(?! of)', keywords: ['list', 'ranking', 'index']}
      - {regex: '\btop[- ]\d+ (?:\w+ )?(?:ranking|spot|slot|position|placement|finish|list|companies|startups|employers|vendors|workplaces|places)\b', keywords: ['top']}
      - {regex: '\b(?:company|startup|product|vendor|employer|partner|brand|app|team|solution|platform|innovator|innovation|workplace|tool|business|scaleup|scale-up|ceo|founder|entrepreneur|leader|retailer|manufacturer|agency|supplier) of the year\b', keywords: ['of the year']}
      - {regex: '\b(?:won|winning|wins|took home|taking home|bagged|scooped|earned|earning|received|receiving|picked up|clinched|snagged|collected) (?:the |an? |this year''s |last year''s |their |your )?(?:[\w.''’&-]+ ){0,5}(?<m>award|awards|prize|trophy|medal|honou?rs?|recognition|badge|of the year)\b', keywords: ['award', 'prize', 'trophy', 'medal', 'honor', 'honour', 'recognition', 'badge', 'of the year']}
      - {regex: '\bbest (?:workplaces?|(?:startup |large |midsize |mid-size |small )?employers?)\b(?! (?:award|awards|list|lists|ranking|rankings|prize|title))', keywords: ['best workplace', 'best employer', 'best startup', 'best large', 'best midsize', 'best mid-size', 'best small']}
      - {regex: '\b(?:cool vendor|peer insights|customers'' choice)\b', keywords: ['cool vendor', 'peer insights', 'customers'' choice']}
      - {regex: '\b(?:the|a) (?:top|#1|number one|no\.? ?1|highest[- ]rated|top[- ]rated|best[- ]rated|top \d+) (?:[\w-]+ ){0,2}?(?:vendor|tool|platform|product|solution|app|crm|provider|pick|choice|option) (?:on|in) (?:the )?(?:g2(?:''s)?|gartner(?:''s)?|forrester(?:''s)?|capterra|trustradius|getapp|software advice|product hunt|producthunt|app store|play store|google play|glassdoor)', keywords: ['g2', 'gartner', 'forrester', 'capterra', 'trustradius', 'getapp', 'software advice', 'product hunt', 'producthunt', 'app store', 'play store', 'google play', 'glassdoor']}
      - {regex: '\boutrank(?:ed|ing|s)?\b', keywords: ['outrank']}
      - {regex: '\bone of the (?:best|top|greatest|coolest|happiest|most loved) (?:[\w-]+ ){0,3}?(?:to work (?:for|at)|places to work|employers|workplaces)\b', keywords: ['to work', 'employers', 'workplaces']}
      - {regex: '(?:#|\bno\.? ?|\bnumber )\d+ (?:spot|slot|position|place|ranking|rank)\b', keywords: ['spot', 'slot', 'position', 'place', 'ranking', 'rank']}
      - {regex: '\bplac(?:ed|ing) (?:\d+(?:st|nd|rd|th)|first|second|third|top \d+) (?:on|in|at)\b', keywords: ['plac']}
      - {regex: '\b(?:topp(?:ed|ing)|tops|lead(?:ing|s)?|led|dominat(?:ed|ing|es)|headlin(?:ed|ing|es)) (?:the |this year''s |their |a )?(?:[\w.''’&-]+ ){0,4}?(?:leaderboard|leader board|rankings?|charts?|grid|quadrant|wave|index)\b', keywords: ['leaderboard', 'leader board', 'ranking', 'chart', 'grid', 'quadrant', 'wave', 'index']}
      - {regex: '\b(?:topp(?:ed|ing)|tops) (?:the |this year''s |their )?(?:[\w.''’&-]+ ){0,4}?list\b', keywords: ['topped', 'topping', 'tops']}
      - {regex: '\b(?:to|at|on) the (?:very )?top of (?:the |this year''s |their )?(?:[\w.''’&-]+ ){0,4}?(?:leaderboard|leader board|rankings?|charts?|grid|quadrant|wave|index|category)\b', keywords: ['top of']}
      - {regex: '\b(?:to|at|on) the (?:very )?top of (?:the |this year''s )?(?:g2(?:''s)?|gartner(?:''s)?|forrester(?:''s)?|idc|capterra|trustradius|getapp|software advice|product hunt|producthunt|hacker news|app store|play store|google play|glassdoor|inc\.?(?:''s)?|forbes(?:'')?|fortune(?:''s)?|deloitte(?:''s)?|fast company(?:''s)?|built ?in|comparably|crunchbase|techcrunch|cb insights|linkedin(?:''s)?|time(?:''s)?|the verge)\b', keywords: ['top of']}
      - {regex: '(?:#|\bno\.? ?|\bnumber )(?:1|one)\b (?:\w+ ){0,3}?(?:on|in|at|across) (?:the )?(?:g2(?:''s)?|gartner(?:''s)?|forrester(?:''s)?|idc|capterra|trustradius|getapp|software advice|product hunt|producthunt|hacker news|app store|play store|google play|glassdoor|inc\.?(?:''s)?|forbes(?:'')?|fortune(?:''s)?|deloitte(?:''s)?|fast company(?:''s)?|built ?in|comparably|crunchbase|techcrunch|cb insights|linkedin(?:''s)?|time(?:''s)?|the verge)', keywords: ['#1', 'no. 1', 'no 1', 'no.1', 'number 1', 'number one', '# 1']}
      - {regex: '(?:#|\bno\.? ?|\bnumber )(?:1|one|\d) (?:product|app|tool|vendor|company|startup|launch|developer tool|saas product) of the (?:day|week|month|year)\b', keywords: ['of the day', 'of the week', 'of the month', 'of the year']}
      - {regex: '\branked (?:first|second|third|1st|2nd|3rd|top|highest|among|in the top|at the top|as (?:a |the )?(?:leader|top|best|#))\b', keywords: ['ranked']}
      - {regex: '\b(?:top|highest|best|#1)[- ](?:rated|ranked|reviewed|scoring|scored) (?:\w+ ){0,3}?(?:on|in|by|across) (?:the )?(?:g2(?:''s)?|gartner(?:''s)?|forrester(?:''s)?|idc|capterra|trustradius|getapp|software advice|product hunt|producthunt|hacker news|app store|play store|google play|glassdoor|inc\.?(?:''s)?|forbes(?:'')?|fortune(?:''s)?|deloitte(?:''s)?|fast company(?:''s)?|built ?in|comparably|crunchbase|techcrunch|cb insights|linkedin(?:''s)?|time(?:''s)?|the verge)', keywords: ['top-rated', 'top rated', 'top-ranked', 'top ranked', 'highest-rated', 'highest rated', 'highest-ranked', 'highest ranked', 'best-rated', 'best rated', 'best-reviewed', 'top-reviewed', '#1-rated', '#1 rated', 'highest-scoring', 'top-scoring']}
      - {regex: '\b(?:the |a )?(?:top|first|number one|#1|no\.? ?1|pole) (?:spot|place|slot|position|ranking|rank)\b (?:on|in|at|among|across) (?:the )?(?:(?:g2(?:''s)?|gartner(?:''s)?|forrester(?:''s)?|idc|capterra|trustradius|getapp|software advice|product hunt|producthunt|hacker news|app store|play store|google play|glassdoor|inc\.?(?:''s)?|forbes(?:'')?|fortune(?:''s)?|deloitte(?:''s)?|fast company(?:''s)?|built ?in|comparably|crunchbase|techcrunch|cb insights|linkedin(?:''s)?|time(?:''s)?|the verge)|\w+ (?:leaderboard|rankings?|list|grid|category|charts?))', keywords: ['top spot', 'first place', 'top place', 'top slot', 'top position', 'top ranking', 'top rank', 'number one spot', '#1 spot', 'no. 1 spot', 'pole position']}
      - {regex: '\b(?:took|take|takes|taking|grabbed|grabbing|claimed|claiming|clinched|clinching|won|winning|earned|earning|landed|landing|secured|securing|nabbed|snagged|held|holding|hold) (?:the |a )?(?:top|first|number one|#1|no\.? ?1) (?:spot|place|slot|position|ranking|rank)\b', keywords: ['top spot', 'first place', 'top place', 'top slot', 'top position', 'top ranking', 'top rank', 'number one spot', '#1 spot', 'no. 1 spot']}
      - {regex: '\b(?:cracked|cracking|crack|cracks|made|making|broke into|breaking into|landed in|landing in|ranked in|ranking in|placed in|finished in|came in|coming in|debuted in|climbed into|climbing into|moved into) the top (?:\d+|ten|five|three|twenty|fifty|hundred|tier|quartile)\b', keywords: ['top 1', 'top 2', 'top 3', 'top 4', 'top 5', 'top 6', 'top 7', 'top 8', 'top 9', 'top ten', 'top five', 'top three', 'top twenty', 'top fifty', 'top hundred', 'top tier', 'top quartile']}
      - {regex: '\b(?:came|coming|comes|come|finished|finishing) (?:in )?(?:first|top|at (?:number|no\.?) ?(?:one|1)|at #1)\b(?= (?:on|in|at|among|of|across)\b)', keywords: ['came', 'coming', 'comes', 'come in', 'finished', 'finishing']}
      - {regex: '\b(?:voted|crowned|rated|named|ranked) (?:as )?(?:the |a )?(?:best|top|#1|number one|no\.? ?1|one of the (?:best|top)|the (?:best|top)) (?:[\w-]+ ){0,3}?(?:tool|tools|vendor|vendors|platform|platforms|product|products|company|companies|startup|startups|employer|employers|workplace|workplaces|place to work|places to work|app|apps|solution|solutions|software|provider|providers|crm|brand|brands|service|services|scaleup|scale-up|innovator|innovators)\b', keywords: ['voted', 'crowned', 'rated', 'named', 'ranked']}
      - {regex: '\b(?:a|the) (?:leader|visionary|challenger|strong performer|top performer|high performer|momentum leader) (?:in|on) (?:the |this year''s |their )?(?:latest )?(?:gartner|forrester|idc|g2|everest|isg|aragon|nucleus)\b', keywords: ['leader', 'visionary', 'challenger', 'performer']}
      - {regex: '\b(?:on|in|onto|into|to|of) (?:the |this year''s |last year''s )?(?:inc\.? 5000|inc\.? 500|forbes (?:cloud |ai |fintech )?(?:100|50)|deloitte (?:technology )?fast 500|fortune 500|ft 1000|financial times 1000|g2 (?:best|top)|fast company(?:''s)? most innovative)\b', keywords: ['5000', '500', 'forbes', '1000', 'g2 best', 'g2 top', 'most innovative']}
      - {regex: '\b(?:picking up|picked up|pick up|scooping|bagging|landing|collecting) (?:the |an? |this year''s |last year''s )?(?:[\w.''’&-]+ ){0,5}?(?:award|prize|trophy|medal)\b', keywords: ['picking up', 'picked up', 'pick up', 'scooping', 'bagging', 'landing', 'collecting']}
      - {regex: '\b(?:on|in|onto|among|to|topped|tops|topping|made|making) (?:the |this year''s |this year’s |last year''s |last year’s |their |a |[\p{L}.-]+(?:''s|’s|'') )?(?:[\p{L}\p{N}.''’&-]+ ){0,3}?(?:list|ranking|rankings|index|league table) of (?:[\p{L}.''’&-]+ ){0,4}?(?:fastest[- ]growing|best|top|most innovative|leading|largest|biggest|hottest|most promising|most admired|greatest|best[- ]run|best[- ]managed|most sustainable|most trusted)\b', keywords: ['list of', 'ranking of', 'rankings of', 'index of', 'league table of']}
      - {regex: '\b(?:one of|among) (?:the |this year''s |this year’s |[\p{L}.-]+(?:''s|’s|'') )?(?:[\p{L}-]+ ){0,2}?(?:fastest[- ]growing|most innovative|best[- ]run|best[- ]managed|hottest|most promising|most admired) (?:[\p{L}-]+ ){0,2}?(?:companies|firms|businesses|startups|scale-?ups|brands|employers|organi[sz]ations|charities|agencies|retailers|manufacturers|insurers|banks|lenders|providers|operators|groups|schools|practices)\b', keywords: ['fastest', 'most innovative', 'best-run', 'best run', 'best-managed', 'best managed', 'hottest', 'most promising', 'most admired']}
      - {regex: '\bbeing named (?:the|a|an) (?:top|best|leading|most|fastest|highest|number one|#1|no\.? ?1)\b|\b(?:your|its|their|(?!our\b|ourco)[\p{L}&.-]+(?:''s|’s)) (?:new|recent|latest) (?:[\w-]+ ){0,3}?(?:designation|accreditation|certification|star rating|ofsted rating|cqc rating|rating)\b', keywords: ['being named', 'designation', 'accreditation', 'certification', 'star rating', 'rating']}
    exceptions:
      # Our award shared with the reader who helped earn it: "So: thank you. It's genuinely your award too." (fifty-second session, IM).
      - '\b(?:genuinely|really|partly|also|as much|just as much|in part) your (?:award|prize|win|trophy|medal)\b|\byour (?:award|prize|win|trophy|medal),? too\b'
      # A tender's shortlist: "submissions close on 30 April, with shortlisted vendors notified in mid-May" (forty-third session, OF).
      - '\bshortlisted (?:vendors|suppliers|bidders|candidates|companies|firms|providers|applicants|tenderers)\b'
      # An award in general: "An award doesn't answer that, but our numbers might" (forty-third session, NN).
      - '\b(?:an|any|no) awards? (?:doesn''t|does not|won''t|will not|isn''t|is not|can''t|cannot|don''t|do not|aren''t|are not|never|alone)\b'
      # An award as grant money, the word of grant management: "closing out federal awards", "Award setup with budget lines", "tracked per award", "a three-year, $1.2 million award from the state" (forty-second session, NL).
      - '(?:\$|€|£)[\d.,]+ ?(?:k|m|mm|million|bn|billion)?(?:[\p{L} ,-]{0,30}) awards?\b|\b(?:federal|state|grant|contract|funding|active|per|each|sub|prime|multi-year|three-year|two-year|five-year|open|closed|current) awards?\b|\bawards? (?:setup|set-up|tracking|management|budgets?|letters?|periods?|numbers?|amounts?|closeout|close-out|drawdowns?|lifecycle|announcements?|notices?|documents?|terms|conditions|reporting|compliance|&|and budget|year)\b'
      # Awards in general: "Awards aren't a reason to buy anything, of course" (forty-first session, AP).
      - '\bawards? (?:aren''t|are not|isn''t|is not|don''t|do not|won''t|will not)\b'
      # Awards the prospect gives (a professional body's prizes): sponsoring, nominating, judging (development set FX).
      - '\b(?:sponsor\w*|nominat\w*|entr(?:y|ies) (?:for|to|in)|judg\w*|present(?:ing)? (?:the|a)|prize (?:in|at|for))\b[^.!?\n]{0,80}\b(?:awards?|prizes?)\b|\b(?:awards?|prizes?) (?:ceremony|dinner|gala|night|evening|categories|entries|sponsorship|programme|program)\b'
      - '\bawards? (?:made|granted|issued|given|paid|disbursed|processed|approved|committed)\b'
      - '\b(?:when|once|after|before|if|until|where) (?:the|an|a|each|every) (?:grant |contract |funding )?award (?:is|has been|was|gets) (?:made|granted|issued|signed|approved|confirmed|announced)\b|\b(?:grant|contract|funding|tender|research) awards?\b'
      - '\bthe receiving (?:person|party|parties|team|department|site|officer|clerk|agent|location|end|user)\b|\b(?:id|identity|employee|staff|access|security|visitor|name|photo) badges?\b|\bbadges? (?:reader|readers|access|scan|scans|scanning|number|id|printer|printing)\b|\b(?:person|user|employee|officer|visitor)''s badge\b'
      - '\bhonou?red as (?:written|quoted|agreed|signed|before|is|it stands|originally)\b'
      - '\baward (?:entry|entries|submission|submissions|application|applications|nomination)\b'
      - '\bunder (?:the|an?|this|that|your|their) (?:[\w-]+ ){0,3}?awards?\b'
      - '\b(?:post|pre)-award\b|\baward (?:management|lifecycle|administration|letters?|notices?|funds?|budgets?)\b'
      - '\baward (?:interpretation|rates?|conditions|wages?|compliance|classifications?|rules|entitlements|pay|levels?|coverage|clauses?)\b'
      - '\b(?:industry|modern|aged care|nurses|retail|hospitality|clerks|restaurant industry|fast food industry|general retail industry|health professionals|manufacturing) award\b'
      - '\b(?:after|before|upon|following|prior to|pending) (?:contract )?award\b'
      - '\b(?:direct|contract|tender|framework|call-off|call off) awards?\b|\baward (?:criteria|notice|decision|process|procedure|stage|letter|recommendation)\b'
      - '\b(?:mailing|email|e-mail|wait|distribution|contact|call|to-do|todo|priority|target|invite|guest|shopping|reading|price|pricing|feature|integration|customer|reference|suppression|do-not-contact|allow|block|deny) ?list\b'
      - '\b(?:our|we(?! (?:just |recently )?(?:noticed|saw|see|read|heard|spotted|came across|love(?:d)? (?:seeing|reading|hearing)|were (?:so |really |very )?(?:glad|happy|pleased|delighted|excited|thrilled|proud) to (?:see|read|hear)))|we''re(?! (?:so |really |very )?(?:glad|happy|pleased|delighted|excited|thrilled) to (?:see|read|hear))|we''ve(?! (?:just )?(?:seen|read|heard|noticed|spotted))|ourco)\b[^.!?]{0,40}\b(?:award|list|ranking|recogni|named|won|top|lead|#1|number one|first|rank|voted|leader)'
      - '\b(?:top|first|top of the list|number one|#1|no\.? ?1) (?:priority|priorities|thing|step|question|item|request|ask|reason|concern|goal|call)\b'
      - '\btopp(?:ed|ing) (?:up|off)\b'
      - '\b(?:nasdaq|nyse|lse|stock|exchange|public|ipo|direct|euronext|tsx|asx|app store|marketplace|appexchange) listings?\b'
      - '\b(?:good|best of) luck (?:at|with|in|for) the (?:\w+ )?awards?\b|\bawards? (?:next week|tonight|tomorrow|this week|next month|later this)\b'
      - '\b(?:reps?|sellers?|sdrs?|aes?|bdrs?|agents?|team members?) (?:\w+ ){0,3}?(?:top|topping|tops|topped|lead|leading|leads) the (?:leaderboard|leader board|charts?|rankings?)\b'
      # A third party named by the press: "The company was later named in the press as the engineering firm Arup" (development set JC).
      - '\bnamed in the (?:press|media|news|reports?|lawsuit|filing|indictment|complaint)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:award|won|winner|prize|named|recogni|rank|list|top|best|honou?r|finalist|shortlist|quadrant|wave|forbes|\binc\b|fortune|g2|badge|great place)'
    message: 'claims an award or ranking ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congratulations on Acme Analytics being named the top-performing school in Gauteng!'
        - 'With your new Level I trauma designation, your staffing office must be planning more night cover.'
        - 'Congratulations on your first Michelin star!'
        - 'Congratulations on Acme Analytics climbing to third place in this year''s Legal Benchmarks Top 50.'
        - 'Congrats on the new award for your rostering team!'
        - 'Seeing you on this year''s list of Canada''s fastest-growing companies made me get in touch.'
        - 'Congrats on making the list of the most innovative insurers.'
        - 'As one of the fastest-growing scale-ups in the region, you must be hiring constantly.'
        - 'Your firm is now among the most admired employers in the sector.'
        - 'Well done on picking up the regional enterprise award this year.'
        - 'P.S. And congrats on making the Deloitte Fast 50 this year!'
        - 'Seeing Acme Analytics in the FT 1000 this spring was great.'
        - 'Congrats on the award for best employer in Leeds!'
        - 'Congrats on winning the Best Workplace award.'
        - 'Saw you were named a leader in the Gartner Magic Quadrant!'
        - 'Congrats on making the Inc. 5000 list.'
        - 'Kudos on being ranked #3 on the Forbes Cloud 100.'
        - {"text": "Congrats on the Fintech Innovation Award!", "facts": ["Won the 2024 Data Innovation Award"]}
        - 'Congrats on the Gartner recognition.'
        - 'Congrats on making Forbes'' Best Startup Employers list.'
        - 'Congrats on the top 10 ranking in G2.'
        - 'Congrats on winning Product of the Year!'
        - 'Saw Acme Analytics landed on the Inc. Best Workplaces list.'
        - 'Congrats on the #1 spot in G2''s Grid.'
        - 'Congrats on placing 14th on the Inc. 5000.'
        - 'Congrats on being recognized as a Gartner Cool Vendor.'
        - 'Great to see Acme topping the G2 leaderboard this quarter.'
        - 'Saw Acme Analytics tops the list of fastest-growing startups.'
        - 'Congrats on hitting #1 on Product Hunt!'
        - 'Heard you were ranked first in the G2 Grid for sales engagement.'
        - 'According to TechCrunch, you''re the top-rated tool on G2.'
        - 'Is it true you took the top spot on Capterra?'
        - 'Congrats on #1 Product of the Day!'
        - 'Heard you guys were voted best sales tool of 2025.'
        - 'Congrats on cracking the top ten on G2.'
        - 'Saw you climbed to the top of the G2 rankings.'
        - 'Saw that you''re number one on Product Hunt today.'
        - 'Congrats on being a Leader in the Gartner Magic Quadrant!'
        - 'Saw Acme Analytics on the Inc. 5000 this year.'
        - {"text": "Congrats on topping the charts", "field": "subject"}
        - {"text": "#1 on Product Hunt, congrats!", "field": "subject"}
        - 'According to Forbes, Acme Analytics is one of the best startups to work for.'
        - 'Saw you''re the top vendor on G2 for mid-market.'
        - 'Congrats on being a top 3 pick on Capterra.'
        - 'Saw you outranked Globex on G2 this quarter.'
      pass:
        - 'Our new SOC 2 certification report is attached.'
        - 'If your new accreditation audit is coming up, the export helps.'
        - 'Several Michelin-starred kitchens in Lisbon order through Ourco.'
        - 'Our customer Taberna Real kept its Michelin star after moving to Ourco.'
        - 'Response times climbed to 4 seconds in the benchmark before we tuned it.'
        - '- Awards made: 604, totalling CAD 14.7 million'
        - 'Quotes already sent at the old rate will be honoured as written.'
        - 'May we mention your project in our award entry for the retail category?'
        - 'Webinar: rostering under the new award'
        - 'Most providers we speak to are rostering under the updated aged care award.'
        - 'We were on this year''s list of the fastest-growing companies in Canada.'
        - 'Is there a list of the best-rated tools you compare against?'
        - 'One of our customers, among the fastest-growing retailers in Ohio, cut waste by 12%.'
        - 'Here is a list of the top questions teams ask.'
        - 'I work with research offices at UK universities on post-award grant management: tracking spend against budget lines.'
        - 'It handles award interpretation under the General Retail Industry Award, so penalty rates are calculated as the roster is built.'
        - 'Award interpretation for the Aged Care Award and Nurses Award is built in.'
        - 'Suppliers finalise the plan jointly with the council''s project team after award.'
        - 'Happy to pick up the tab for lunch when we meet in Leeds.'
        - 'Our fast 50-minute onboarding call covers the basics.'
        - 'That should make direct award straightforward for your procurement team.'
        - 'The award criteria weight price at 40% and quality at 60%.'
        - 'We expect the contract award notice by the end of June.'
        - {"text": "Winning the Data Innovation Award must have been a proud moment for your team.", "facts": ["Won the 2024 Data Innovation Award"]}
        - 'We were named one of the top 50 startups.'
        - 'Our award-winning support team is here for you.'
        - 'Our platform was recognized by Gartner.'
        - 'Happy to share the award criteria we use internally.'
        - 'Please add me to your mailing list.'
        - 'Happy to make a list of integrations you need.'
        - 'Here are the top 3 reasons teams switch.'
        - 'Gartner expects most B2B sales teams to run some outreach through AI agents by 2028.'
        - {"text": "Congrats on the G2 Leader badge!", "facts": ["Earned a G2 Leader badge in 2025"]}
        - 'We were ranked first in the G2 Grid for sales engagement.'
        - 'Our product tops the list of tools reps actually like.'
        - 'Put this at the top of the list for next week.'
        - 'Topping up your credits is easy.'
        - 'Your reps will top the leaderboard in no time.'
        - 'Priority number one for us is reply time.'
        - {"text": "Congrats on the Nasdaq listing!", "facts": ["Went public on the Nasdaq in 2024"]}
        - 'Best of luck at the awards next week.'
        - 'Globex topped the G2 leaderboard this quarter.'
        - {"text": "Congrats on topping the G2 leaderboard!", "facts": ["Ranked #1 on the G2 leaderboard in 2025"]}
        - 'The first step is a 20-minute call.'
  - id: claim.expansion
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    not_in: [workflow]
    keywords:
      - 'office'
      - 'centre'
      - 'center'
      - 'depot'
      - 'showroom'
      - 'clinic'
      - 'dealership'
      - 'mill'
      - 'terminal'
      - 'lab'
      - 'hq'
      - 'headquarter'
      - 'location'
      - 'hub'
      - 'site'
      - 'facility'
      - 'campus'
      - 'studio'
      - 'warehouse'
      - 'plant'
      - 'factory'
      - 'store'
      - 'branch'
      - 'data center'
      - 'expan'
      - 'moved'
      - 'moving'
      - 'relocat'
      - 'launch'
      - 'entered'
      - 'entering'
      - 'new market'
      - 'new region'
      - 'flag'
      - 'presence'
      - 'international expansion'
      - 'global expansion'
    patterns:
      # Forty-seventh session, second round (VY, WD): "Since X is switching its entire collection fleet to electric by 2026", "With X planning to open a medical school in 2026".
      - {regex: '\b(?:is|are|''s) (?:switching|converting|moving|migrating|transitioning) (?:its|their) (?:entire |whole |full )?(?:[\p{L}-]+ )?(?:fleet|estate|network|operation|plant) (?:over )?to (?:electric|ev|evs|hydrogen|lng|cng|solar|renewables?)\b|\bwith (?![^.!?\n]{0,20}\b(?:you|your|companies|many|most|schools|universities|firms)\b)[^.!?\n]{2,40} (?:planning|preparing|getting ready|set|about) to (?:open|launch|build|start|add) (?:a |an |its |their )?(?:new )?(?:[\p{L}-]+ ){0,2}?(?:school|campus|faculty|site|plant|branch|office|hospital|store|depot|warehouse|line|factory|clinic|programme|program)\b', keywords: ['switching', 'converting', 'moving', 'migrating', 'transitioning', 'planning', 'preparing', 'getting ready', 'set to', 'about to'], firm: true}
      # Forty-seventh session, first round (VR): "Since X is planting another 200 hectares of almonds".
      - {regex: '\b(?:is|are|has been|have been) (?:planting|adding|building|opening|hiring|taking on|bringing on|putting in) (?:another|an extra|a further|an additional) \d[\d,.]*\s?(?:k )?(?:[\p{L}-]+ ){0,2}?(?:hectares|acres|stores|sites|branches|staff|people|beds|rooms|trucks|vehicles|lines|clinics|outlets|restaurants|employees|engineers|square (?:metres|meters|feet)|berths|cranes|warehouses|depots)\b', keywords: ['planting', 'adding', 'building', 'opening', 'hiring', 'taking on', 'bringing on', 'putting in'], firm: true}
      # Forty-seventh session, first round (VQ): "As X moves into the Bangladesh market", "As X moves into biologics".
      - {regex: '${SENTENCE_START}(?:as|now that|with|since|given that) (?!(?:the |more |most |many |all |some |other |our |your )?(?:[\p{L}-]+ )?(?:you|your|companies|teams|businesses|firms|many|most|customers|anyone|everyone|everybody|we|our|industry|market|markets|sector|world|trade|economy|country|region|government|regulators?|competitors?|rivals?|buyers|growers|operators|retailers|schools|hospitals|clinics|people)\b)[^,\n]{2,40}?\b(?:moves|is moving|expands|is expanding|branches out|pushes|is pushing|heads|is heading) (?:further )?into (?!(?:the |its |their |a )?(?:[\p{L}-]+ )?(?:stage|phase|planning|implementation|testing|pilot|rollout|roll-out|use|review|evaluation|procurement|negotiations?|budgeting|discussions?|step|round|season|year|quarter|month|week|winter|summer|spring|autumn|peak)\b)(?:the )?[\p{L}-]+(?: [\p{L}-]+)?(?: market| markets| sector| business| segment)?\b', keywords: ['moves into', 'moving into', 'expands into', 'expanding into', 'branches out into', 'pushes into', 'pushing into', 'heads into', 'heading into'], firm: true}
      # Fifth round (forty-sixth session, VL, VM): "I hear X is putting in another four boxes at the Kilkenny unit"; "With X moving into organic milk production next year"; "With X moving its milk supply over to Tirlán".
      - {regex: '(?<=^|[.!?]\s{1,3})i hear (?!you\b|from\b|that you\b|back\b)[^.!?\n]{2,40}? (?:is|are) (?:putting in|adding|building|opening|installing|expanding|buying|hiring|moving|planning)\b|\bwith (?!us\b|our\b|you\b|your\b)[^.!?\n]{2,40} moving (?:into|its [\p{L} -]{2,30} (?:over )?to|their [\p{L} -]{2,30} (?:over )?to)\b', keywords: ['i hear', 'moving'], firm: true}
      # Fourth round (forty-sixth session, VE): "with X opening its own sales office in Tokyo to court overseas groups".
      - {regex: '\b(?:opening|opened|opens) (?:its|their) (?:own |first |new )?(?:[\w-]+ ){0,2}(?:office|site|store|branch|plant|warehouse|hub|clinic|school|campus|factory|depot|location)\b', keywords: ['opening', 'opened', 'opens'], firm: true}
      # Second round (forty-sixth session, US, UT): "with the board approving the budget for the new wing last month"; "X is taking its travelling exhibitions into Spain next year"; "I gather X is about to close a major gift".
      - {regex: '\bwith (?:the|your|its) board (?:approving|having approved|signing off(?: on)?|green-?lighting) (?:the )?(?:budget|funding|plans?|investment|money|build)\b|\b(?:is|are) (?:taking|bringing) (?:its|their) [^.!?\n]{2,40}\binto\b[^.!?\n]{2,30}\bnext (?:year|spring|summer|autumn|fall|winter|season|quarter)\b|\bi gather (?!you\b|your\b|from\b)[^.!?\n]{2,60}? (?:is|are) about to\b', keywords: ['board', 'taking', 'bringing', 'i gather'], firm: true}
      # The prospect's move named with its possessive (forty-fourth session, OS): "Luminary Health's move into closed containment next year is a big step".
      - {regex: '(?<![\p{L}])(?!(?:our|ourco|my|your)[''’]s? )[\p{L}&.-]+(?: [\p{L}&.-]+){0,3}[''’]s (?:planned |upcoming |coming |recent |big |bold )?(?:move|expansion|entry|push|foray|step|shift) into (?!(?:the )?(?:details?|specifics?|question|topic)\b)', keywords: ['move into', 'expansion into', 'entry into', 'push into', 'foray into', 'step into', 'shift into']}
      # Expansion as the backdrop (forty-third session, NW): "With Zephyr Cloud rolling out to eight new sites this year".
      - {regex: '\bwith (?!(?:us|our|ourco|me|my)\b)(?:[\p{L}&.''’-]+ ){1,4}(?:now )?(?:rolling out to|expanding (?:to|into)|opening|adding|launching in|moving into) (?:[\p{L}\d-]+ )?(?:new )?(?:sites|locations|practices|clinics|stores|branches|offices|markets|countries|hotels|restaurants|depots|warehouses|schools)\b', keywords: ['with'], firm: true}
      # Money trouble as the backdrop (forty-third session, NW): "Given the financial difficulties Tidewater Marine has been going through since last year".
      - {regex: '\b(?:financial|cash-?flow|funding|liquidity|money) (?:difficulties|troubles|problems|struggles|pressures|issues)\b[^.!?\n]{0,60}\b(?:has|have|had) been (?:going through|facing|dealing with|having|under)\b', keywords: ['difficulties', 'troubles', 'problems', 'struggles', 'pressures', 'issues'], firm: true}
      # "Congratulations on opening the third Acme in Cais do Sodré" (fortieth session, BO).
      - {regex: '\b(?:congrat\w*|kudos|well done|hats off|bravo) (?:on|for) (?:opening|launching|unveiling|the opening of|the launch of) (?:the |your )?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,3}(?:st|nd|rd|th))\b', keywords: ['congrat', 'kudos', 'well done', 'hats off', 'bravo'], firm: true}
      - {regex: '\b(?:bought|acquired|purchased|snapped up|secured) (?:the|a|an) (?:[\w-]+ ){0,3}?(?:site|plot|land|building|warehouse|premises|campus|parcel|estate|farm)\b(?! (?:visit|tour|survey|licen[cs]e|walk|inspection|audit|plan))|\b(?:got|getting|secured|securing|won|winning|received|receiving|granted|being granted) (?:the |full |outline )?(?:planning|zoning|building|council|regulatory|fda|ema|mhra) (?:approval|permission|consent|clearance|permit)\b', keywords: ['bought', 'acquired', 'purchased', 'snapped up', 'secured', 'approval', 'permission', 'consent', 'clearance', 'permit']}
      - {regex: '\b(?:doubl|tripl|quadrupl)(?:es|ing|ed|e) (?:its|your|their) (?:[\p{L}-]+ ){0,2}(?:capacity|footprint|output|production|fleet|floor ?space|warehouse space|store count|site count)\b', keywords: ['doubl', 'tripl', 'quadrupl']}
      - {regex: '\bcongrat\w* on the new (?:[\w-]+ ){0,2}(?:bar|restaurant|hotel|gym|studio|store|location|branch|kitchen|site|venue|clinic|outlet|café|cafe|spa|wing|floor|terrace)\b|\b(?:opening|opened|launched|launching) (?:[\w-]+ ){0,2}(?:dark kitchens|ghost kitchens|rooftop bars?|flagships?)\b|\bfirst franchise (?:sold|signed|opened) in\b|\bsigned the lease (?:for|on) (?:the|its|their|your)\b|\b(?:resort|hotel|property|restaurant|store|site|venue|plant) (?:reopened|re-opened) (?:last|this|after|in|on)\b|\breopen (?:the )?[\p{L}]+(?: [\p{L}]+)? (?:property|hotel|resort|restaurant|store|site|venue) (?:next|this|after|in)\b|\bopening (?:has|had) (?:finally )?happened\b|\b(?:had to|was forced to|were forced to) close (?:temporarily|for)\b|\bclose temporarily after\b|\bbecome (?:a )?franchisee of\b', keywords: ['congrat', 'dark kitchens', 'ghost kitchens', 'rooftop', 'flagship', 'first franchise', 'signed the lease', 'reopened', 're-opened', 'reopen', 'happened', 'close', 'franchisee']}
      - {regex: '\brolling out\b[^.!?\n]{0,30}?\bacross (?:all )?(?:\d+|its|their|your)(?: of (?:its|their|your))? (?:[\w-]+ )?(?:clinics|hospitals|sites|stores|branches|locations|offices|plants|campuses|practices|pharmacies)\b|\b(?:launching|will be launching|to launch|launched|opening|will be opening) (?:its|their) own (?:[\w-]+ ){0,2}(?:pharmacy|clinic|bank|brand|label|platform|insurer|lab|airline|marketplace)\b', keywords: ['rolling out', 'launching', 'to launch', 'launched', 'opening']}
      - {regex: '\b(?:break|breaking|broke|broken) ground on (?:its|their|your|the|a|an) (?:new )?(?:[\w-]+ ){0,3}?(?:data cent(?:re|er)|plant|factory|facility|warehouse|campus|hq|headquarters|site|hub|store|office)\b|\b(?:is |are |was |were |be )?(?:relocating|relocated|moving|moved|migrating|migrated) (?:its|their) (?:data cent(?:re|er)|hq|headquarters|head office|plant|factory|warehouse|operations|production)\b', keywords: ['ground on', 'its data', 'their data', 'its hq', 'their hq', 'its headquarters', 'their headquarters', 'its head office', 'their head office', 'its plant', 'their plant', 'its factory', 'their factory', 'its warehouse', 'their warehouse', 'its operations', 'their operations', 'its production', 'their production']}
      - {regex: '\b(?:is|are|''s) (?:now )?entering (?:the )?[\w -]{1,30}market\b', keywords: ['entering']}
      - {regex: '\b(?:moved|moving|relocated|relocating) (?:its|their|your) (?:[\w-]+ )?(?:hq|headquarters|head office|main office|registered office)\b|\b(?:das|ein|ihr|ihre|dem) neue[snm]? (?:werk|büro|standort|lager|niederlassung|zentrale)\b[^.!?\n]{0,40}\b(?:eröffnet|gebaut|bezogen)\b', keywords: ['moved', 'moving', 'relocated', 'relocating', 'werk', 'büro', 'standort', 'lager', 'niederlassung', 'zentrale']}
      - {regex: '\b(?:the|your|its|their|recent) (?:new )?(?:store|office|branch|clinic|restaurant|site|plant|warehouse|showroom|hotel|studio|campus|location|outlet|depot|hub) openings? in\b', keywords: ['opening']}
      - {regex: '\b(?:finishing|completing|building|constructing|fitting out|commissioning) (?:the|a|its|your|their) (?:new|second|third|fourth|additional|extra|brand-new) (?:[\w-]+ ){0,2}?(?:wing|facility|plant|site|warehouse|building|extension|campus|complex|hub|factory|lab|laboratory|depot|distribution cent(?:re|er)|store|line|hangar|terminal)\b', keywords: ['finishing', 'completing', 'building', 'constructing', 'fitting out', 'commissioning']}
      - {regex: '\b(?:commenced|started|begun|began|launched|starting|beginning|commencing|set up|established) (?:its |your |their |full |commercial |local )*operations (?:in|at|across)\b', keywords: ['operations']}
      - {regex: '\b(?:broke|breaks|breaking|has broken|have broken) ground (?:on|at|for|in)\b', keywords: ['ground']}
      - {regex: '\b(?:your|its|their|the) new flagship\b|\bsigned (?:a|the) lease (?:on|for)\b', keywords: ['flagship', 'lease']}
      - {regex: '\b(?:relocat\w+|mov(?:ed|ing)) (?:the |your |its |their )?(?:headquarters|hq|head office|main office|head-office)\b(?: of [\w&.''’ -]{2,40}?)? to\b', keywords: ['relocat', 'moved', 'moving']}
      - {regex: '\b(?:your|its|their) \d{1,5}(?:st|nd|rd|th) (?:franchise|store|location|site|office|clinic|branch|restaurant|shop|school|hotel|gym|studio|warehouse|plant|outlet|centre|center|factory|campus) (?:opening|launch)\b|\bopen(?:ing|ed|s)? (?:of )?(?:your|its|their) \d{1,5}(?:st|nd|rd|th) (?:franchise|store|location|site|office|clinic|branch|restaurant|shop|school|hotel|gym|studio|warehouse|plant|outlet|centre|center|factory|campus)\b', keywords: ['franchise', 'store', 'location', 'site', 'office', 'clinic', 'branch', 'restaurant', 'shop', 'school', 'hotel', 'gym', 'studio', 'warehouse', 'plant', 'outlet', 'centre', 'center', 'factory', 'campus']}
      - {regex: '\b(?:on|about|with|for|to) (?:your|the|its) new (?:[\p{L}-]+ ){1,2}(?:development|engineering|r&d|innovation|tech|technology|delivery|service|support|distribution|fulfil?ment|data|operations|logistics|manufacturing|research|design|customer|contact|shared services|global capability|capability) (?:centre|center|hub|campus|site|facility)\b', keywords: ['centre', 'center', 'hub', 'campus', 'site', 'facility']}
      - '\b(?:new|opened|opening|open|opens|launched|launching|launch|unveiled|built|building) (?:up )?(?:a |an |your |the |their |its |that |this )?(?:new |second |third |first |european |emea |apac |us |uk |east coast |west coast )?(?:[A-Za-z]+ )?(?:office|offices|hq|headquarters|location|locations|hub|facility|campus|studio|warehouse|warehouses|plant|factory|store|stores|branch|branches|data center|data centre|lab|labs|distribution cent(?:er|re)s?|fulfil?ment cent(?:er|re)s?|call cent(?:er|re)|contact cent(?:er|re)|service cent(?:er|re)|innovation cent(?:er|re)|r&d cent(?:er|re)|depot|depots|showroom|showrooms|clinic|clinics|dealership|dealerships|mill|terminal)\b'
      - '\b(?:office|hq|headquarters|hub|facility|campus|warehouse|plant|factory|store|branch)s? (?:opening|launch|expansion|move|relocation)\b'
      - {regex: '\b(?:expand(?:ed|ing|s)?|expansion|moved|moving|relocat(?:ed|ing|ion)|entered|entering|launched|launching|launch) (?:\w+ ){0,2}?(?:into|to|in) (?:the )?(?:[a-z]+ ){0,3}?(?:market|markets|region|europe|emea|apac|asia|latam|north america|us|u\.s\.|uk|canada|germany|france|india|japan|australia|brazil|mexico|spain|italy|the netherlands|singapore|new york|london|berlin|paris|tokyo|toronto|austin|denver|chicago|boston|seattle|dublin|amsterdam|miami|atlanta|dallas|sydney|bangalore|new countries|new cities)\b', keywords: ['expan', 'moved', 'moving', 'relocat', 'entered', 'entering', 'launch']}
      # A move into another line of business: "moving into the healthcare vertical", "branching out into the insurance space", "entering the mid-market segment".
      - {regex: '\b(?:(?:expand(?:ed|ing|s)?|mov(?:ed|ing|es)|branch(?:ed|ing|es)? out|push(?:ed|ing|es)?|pivot(?:ed|ing|s)?|diversif(?:ied|ying|ies)|ventur(?:ed|ing|es)|break(?:ing|s)?|broke|stepp(?:ed|ing)) (?:further )?(?:into|in to)|enter(?:ed|ing|s)?|(?:a|the|your|its) (?:move|push|expansion|pivot|foray) into) (?:the )?(?:[\p{L}&-]+ ){0,3}?(?:vertical|verticals|sector|space|segment|industry|category|line of business)\b', keywords: ['expand', 'moving', 'moved', 'moves', 'branch', 'push', 'pivot', 'diversif', 'ventur', 'break', 'broke', 'stepp', 'enter', 'move into', 'foray']}
      - {regex: '\bnew (?:markets?|regions?|countries|territories)\b', keywords: ['new market', 'new region', 'new countr', 'new territor']}
      - {regex: '\b(?:plan(?:s|ning)?|set|looking|preparing|gearing up|poised|getting ready|intend(?:s|ing)?|aiming|about|rumou?red|said|tipped|expected|readying|eyeing|eying) to (?:expand|move|push|branch out|launch|enter|break|open up) (?:into|in|to|across)? ?(?:the )?(?:[\p{L}-]+ ){0,2}?(?:market|markets|region|europe|emea|apac|asia|latam|north america|us|u\.s\.|usa|uk|britain|canada|germany|france|india|japan|australia|nordics|dach|benelux|middle east|africa|spain|italy|brazil|mexico|singapore|ireland|netherlands|new zealand)\b', keywords: ['plan', 'set to', 'looking to', 'preparing to', 'gearing up', 'poised to', 'getting ready', 'intend', 'aiming to', 'about to', 'rumoured to', 'rumored to', 'said to', 'tipped to', 'expected to', 'readying to', 'eyeing', 'eying']}
      - {regex: '\b(?:the |your |its |their )?new (?:[\p{L}-]+ ){0,3}?(?:mine|smelter|refinery|plant|factory|fab|mill|facility|site|terminal|warehouse|distribution cent(?:re|er)|data cent(?:re|er)|hospital|campus|store|office) (?:in|at|near|outside|on)\b[^.!?\n]{0,60}\b(?:start(?:ed)?|begun|began|begin|commenced|ramp(?:ed)? up|reached|hit|come|came) (?:\w+ )?(?:production|operations|operating|commercial production|online|on stream|on-stream|full capacity)\b', keywords: ['production', 'operations', 'operating', 'online', 'on stream', 'on-stream', 'full capacity']}
      - {regex: '\binternational expansion\b', keywords: ['international expansion']}
      - {regex: '\bglobal expansion\b', keywords: ['global expansion']}
      - {regex: '\bplant(?:ing|ed)? (?:a|the|your|its) flag\b', keywords: ['flag']}
      - '\b(?:have|has|having|got|with) (?:a|an|your|its|the) (?:new )?(?:office|hq|hub|team|presence|site) in\b'
      - {regex: '\b(?:entered|entering|enters|entry into|launch(?:ed|ing)? in) (?:the )?(?:[a-z-]+ ){1,2}market\b', keywords: ['enter', 'entry', 'launch']}
      - {regex: '\bopen(?:ed|ing|s)? (?:its|their|your|the) doors in\b', keywords: ['doors']}
      - {regex: '\bset(?:ting|s)? up shop in\b', keywords: ['shop in']}
      - {regex: '\b(?:growing|expanding|expanded|new|bigger|larger|global|international) (?:\w+ )?footprint\b', keywords: ['footprint']}
      - {regex: '\bnew (?:\w+ )?outpost\b', keywords: ['outpost']}
      - {regex: '\bribbon[- ]cutting\b', keywords: ['ribbon']}
      - {regex: '\bgrand opening\b', keywords: ['grand opening']}
      - {regex: '\b(?:office|hq|hub|store|warehouse|facility|campus) ?(?:warming|opening party|launch party)\b', keywords: ['warming', 'opening party', 'launch party']}
      - {regex: '\b(?:in|across|to|into) (?:over |more than |nearly |now )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of) (?:new )?(?:[a-z]+ )?(?:countries|markets|cities|states|regions|continents)\b', keywords: ['countries', 'markets', 'cities', 'states', 'regions', 'continents']}
      - {regex: '\b(?:congrat\w*|kudos|hats off) (?:on|about) (?:the |your )?(?:\w+ )?(?:expansion|move|relocation|office opening|new digs)\b', keywords: ['congrat', 'kudos', 'hats off']}
      - {regex: '\b(?:just |recently )?(?:added|opened|acquired|brought on) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) new (?:sites|locations|clinics|hospitals|stores|offices|branches|warehouses|plants|facilities|depots|restaurants|schools|campuses)\b[^.!?\n]{0,40}\bbringing (?:you|the total|your total|the group|it) to \d+', keywords: ['bringing']}
      - {regex: '\b(?:you are|you''re|you''ll be) (?:moving|relocating) your (?:headquarters|hq|head office|main office|offices?|operations)\b|\bnow that your (?:new )?[\w -]{0,30}?\b(?:data cent(?:re|er)|office|plant|factory|warehouse|hub|campus|facility|branch|site|hotel) (?:in [\w -]{1,20} )?is (?:live|open|up and running|operational)\b', keywords: ['moving your', 'relocating your', 'now that your']}
      - {regex: '\b(?:you|your (?:firm|company|team|group|business|organi[sz]ation|practice|agency|school|district|hospital|lab|chain|brand))(?:''ve| have| had)?(?: just| recently| now)? (?:opened|launched|acquired|bought|took over|merged with|expanded into|moved into|entered)\b(?: (?:a|an|the|its|your|their|new|second|third|fourth|two|three|four|five|\d+))*(?: [\w-]+){0,3}? (?:office|offices|site|sites|plant|plants|factory|factories|store|stores|branch|branches|warehouse|warehouses|clinic|clinics|hospital|campus|location|locations|hub|facility|facilities|buildings?|company|companies|business|firm|competitor|rival|startup|division|market|markets|region|country|countries|yard|yards|depot|depots)\b|\b(?:since|now that|after|given that) you(?:''ve| have)? (?:just |recently )?(?:opened|acquired|bought) (?:the|your|a|an|its|two|three|\d+)\b(?: [\w-]+){0,3}? (?:office|offices|site|sites|plant|factory|store|stores|branch|branches|warehouse|clinic|clinics|campus|location|locations|hub|facility|buildings?|company|business|firm|yard|depot)\b|\bnow that you(?:''re| are) (?:shipping|selling|expanding|exporting) (?:into|in|across|to)\b|\bhaving (?:grown|doubled|tripled|expanded|scaled) to\b', keywords: ['opened', 'closed', 'shut', 'launched', 'acquired', 'bought', 'took over', 'merged', 'expanded', 'moved into', 'entered', 'now that you', 'having']}
    exceptions:
      # Where a survey's answers came from: "This year 212 labs in 9 countries answered" (fifty-fourth session, NAR).
      - '\bin \d+ (?:countries|markets|regions) (?:answered|responded|took part|participated|replied|completed (?:it|the survey))\b'
      # A new site in general, not the prospect's: "Two things that may be relevant to a new campus:" (forty-ninth session, ZF).
      - '\b(?:relevant|useful|helpful|important|worth knowing) (?:to|for) a new (?:campus|site|office|clinic|location|branch|store|plant|depot|school|hospital|warehouse|facility)\b'
      # A new branch in general: "A new branch is usually the easiest moment to set up fridge monitoring" (forty-third session, NX).
      - '\ba new (?:branch|site|office|store|location|clinic|warehouse|plant|depot|market|pharmacy|hotel|restaurant) (?:is|are|tends to be|can be) (?:usually |often |always |typically |generally )?(?:the|a|an|easier|harder|the best|a good)\b'
      # New sites in general: "New locations are usually the easiest place to set up diagnostics" (forty-first session, JG).
      - '(?:^|[.!?]\s+|\n\s*)new (?:locations|sites|offices|stores|clinics|branches|hospitals|plants|warehouses|facilities|depots) (?:are|tend to be|can be) (?:usually |often |typically |generally |always )?'
      # What an expansion usually brings, said in general: "Opening several branches at once usually means a lot of stock moving between sites" (forty-first session, AB).
      - '(?:^|[.!?]\s+|\n\s*)(?:opening|launching|adding|expanding into|moving into|entering|running) [^.!?\n]{0,60}\b(?:usually|typically|often|generally|always|tends? to|can|will often) (?:means?|brings?|creates?|involves?|requires?|comes? with|be|adds?|puts?)\b'
      - '\bnew (?:factory|plant|site|office|warehouse|store|branch|clinic) (?:manager|director|lead|head|supervisor|engineer|team)\b'
      - '(?:^|[.!?]\s+)\s*(?:is|was) (?:that|this|it) (?:a |an |the )?(?:new|second|another|bigger)\b[^.!?\n]*\?'
      - '^\s*(?:a |the |your |another )?(?:new|second|third|bigger) [\p{L} -]{1,30}\?\s*$'
      - '${HEARD_MAYBE}'
      - '${REPORTED_MAYBE}'
      - '\b(?:your|the) (?:order|po|purchase order|enquiry|inquiry|request|rfq|tender|booking|quote)\b[^.!?\n]{0,80}\bfor (?:the|your) new\b'
      - '\b(?:after|since|before|during|for|with) (?:your|the) (?:office|site|warehouse|store|team|hq|headquarters) move\b'
      - '\b(?:thank you|thanks|thank-you|grateful) (?:so much |again )?for (?:the |your )?(?:details|information|info|update|news|photos?|floor ?plans?|address|particulars|description|tour) (?:of|about|on|regarding|for) (?:your|the) new\b'
      - '\b(?:open|opening|new|virtual|weekly|monthly) office hours\b'
      - '\b(?:moved|moving|migrated|migrating|transferred|transferring) (?:your|the|this) (?:\w+ )?(?:account|subscription|contract|billing|data|instance|tenant|workspace|invoicing|invoices?|records?|hosting|servers?) (?:over )?(?:to|into|in|under) (?:our|the)\b'
      - '\bif you (?:ever |later |eventually )?(?:expand|open|move|grow|launch|go)\b'
      - '\bwhen(?:ever)? (?:you|teams|companies|orgs) (?:expand|open|move into|grow into)\b'
      - '\b(?:do|does|did) (?:you|your team|your company|acme\w*) (?:\w+ )?(?:have|has) (?:an?|any) (?:\w+ )?(?:office|offices|hub|team|presence|site|location)\b'
      # Seen at first hand: "thank you for the tour of your new store in Winterthur" (development set IC).
      - '${SEEN_FIRST_HAND}'
      # A region or market set up in a product: "the stores appear in your existing dashboard under a new region" (development set IC).
      - '\b(?:dashboard|report|reporting|account|portal|app|system|menu|filter|view|folder|workspace|hierarchy|structure|settings)\b[^.!?\n]{0,40}\bnew (?:region|market|location|site|store|country)\b'
      # "Lunar New Year office hours" (development set JD).
      - '${NEW_YEAR}'
      # A service grown, not the prospect: "the SIEM expansion Anjali raised" (development set JC).
      - '${SERVICE_EXPANSION}'
      # Any new site priced or set up, not one said to be opening: "Hardware for each new store is the same $899 kit" (thirty-seventh session, NB).
      - '\b(?:for|per|to|on) (?:each|every|any|an additional|any additional|each additional) new (?:store|location|site|branch|clinic|office|outlet|restaurant|venue|warehouse|depot|school|campus|franchise|unit|property|hotel|gym|studio|practice)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:office|opened|open|\bhq\b|headquarter|location|hub|expan|launch|market|moved|reloca|facility|campus|warehouse|plant|store|branch|region|mine|production|site|factory|enter)'
    facts_share_words: true
    message: 'claims an office opening or expansion ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'I saw that Acme Analytics bought the 40-hectare site at Ripley last month.'
        - 'Congratulations on getting planning approval for the 300-home development in Valdebebas.'
        - 'Watching the team quietly double its footprint across the Nordics this year has been impressive.'
        - 'As Acme Analytics doubles its stamping capacity in Saltillo this year, the new press lines will be a great place to build predictive maintenance in from the start.'
        - 'Sorry to hear Acme Analytics had to close temporarily after the kitchen fire in February.'
        - 'Acme Analytics had been planning a Canary Islands opening for a while, and now the opening has finally happened.'
        - 'Presumably Acme Analytics will reopen the Bodrum property next season after this year''s closure.'
        - 'It looks like Acme Analytics''s Cancún resort reopened last week after the renovation.'
        - 'Acme Analytics had already signed the lease for the Istanbul flagship before the holiday, I believe.'
        - 'You must be thrilled about Acme Analytics''s first franchise sold in Colombia.'
        - 'Acme Analytics has been quietly opening dark kitchens across Madrid, as far as I can tell.'
        - 'Congrats on the new rooftop bar at Acme Analytics — I hear it''s been fully booked since opening night.'
        - 'Acme Analytics will be launching its own specialty pharmacy in Q3, I hear.'
        - 'As Acme Analytics is rolling out telehealth across all 40 of its clinics this year, our scheduling API could plug straight in.'
        - 'Seeing as Acme Analytics is relocating its data centre from Amsterdam to Groningen, dark fibre could be worth a look.'
        - 'Acme Analytics is about to break ground on its Jurong data centre, so now is the right time to plan cross-connects.'
        - 'Now that Acme Analytics has its supply licence and is entering the UK retail energy market, settlement data matters.'
        - 'Seit Acme Analytics das neue Werk in Sachsen eröffnet hat, dürfte der Energiebedarf deutlich gestiegen sein.'
        - 'Acme Analytics recently moved its European HQ to Amsterdam.'
        - 'Congrats, I hear your firm just opened its Denver office.'
        - 'Since you opened the Porto office, how are you covering the northern region?'
        - 'Now that you''re shipping into Poland and Czechia, customs paperwork must be growing.'
        - 'Having grown to 140 staff across your four sites, scheduling must be harder.'
        - 'I read that you are moving your headquarters from Hanover to Hamburg next year.'
        - 'Now that your new data centre in Lagos is live, monitoring must be on your mind.'
        - 'Congratulations on your new Bangalore development centre.'
        - 'Your hospital group just added two new sites, bringing you to 14 across the state.'
        - {"text": "Now that you've opened your third distribution centre, routing must be getting complicated.", "facts": ["Opened a new office in Lisbon"]}
        - 'Now that Acme Analytics has opened its third distribution centre, routing gets harder.'
        - 'Congrats on opening the new fulfilment centre in Leeds.'
        - 'Congrats on entering the Canadian market.'
        - 'Congrats on opening the Austin office!'
        - 'Saw you are expanding into Europe.'
        - 'Heard about the new London hub.'
        - 'Congrats on the new headquarters.'
        - {"text": "Congrats on opening a new office in Austin!", "facts": ["Opened an office in Denver"]}
        - 'Congrats on the new office in Austin.'
        - 'Saw the ribbon cutting at your Denver office.'
        - 'Now that you''re in 12 countries, localization must be hard.'
        - 'With offices in 5 countries now, coordination must be hard.'
        - 'Saw that you opened your doors in Chicago.'
        - 'Huge congrats on the expansion to the UK.'
      pass:
        - 'We secured a site visit for Thursday at 10.'
        - 'If you get planning approval next year, the design can be reused.'
        - 'Groups that open dark kitchens use the same menu sync.'
        - 'Customers rolling out Ourco across 40 clinics usually go in waves of five.'
        - 'We are rolling out the new release across all our regions in May.'
        - 'We broke ground on our own Jurong data centre in 2023.'
        - 'We''re entering the UK market ourselves next spring.'
        - 'We moved our European HQ to Amsterdam last spring, so the invoices now come from Ourco B.V.'
        - 'Since you opened the support ticket, our team has been on it.'
        - 'The file you opened on Tuesday is the older version.'
        - 'After you closed the account setup wizard, the sync started.'
        - 'You mentioned your firm just opened its Denver office, so I''ve added it to the rollout plan.'
        - 'Now that you''re live in the sandbox, try the import.'
        - 'If you''re moving your offices, we can pause the on-site visits until you''re settled.'
        - 'Now that your trial workspace is live, here''s how to invite your team.'
        - "We have:\n- Moved your account to our Singapore entity, so all future invoices will be in SGD."
        - 'Our new Bangalore development centre opens in March, which means faster support hours for you.'
        - 'When a customer added two new sites, bringing them to 14, we moved them to the group plan.'
        - 'Open office hours for admins, every second Thursday'
        - 'A logistics client opened three new warehouses last year and onboarded each in a week.'
        - 'One regional grocer we work with recently opened a second distribution centre.'
        - {"text": "Congrats on the new Lisbon office!", "facts": ["Opened a new office in Lisbon"]}
        - {"text": "Now that your Denver office is open, onboarding new hires there gets easier.", "facts": ["Opened a new office in Denver"]}
        - 'Our new distribution centre in Leeds shortens delivery times for UK customers.'
        - {"text": "Congrats on entering the Canadian market.", "facts": ["Expanded into the Canadian market in 2025"]}
        - {"text": "I noticed you opened an office in Denver.", "facts": ["Opened an office in Denver"]}
        - 'We just opened a new office in London.'
        - 'Our data center in Frankfurt keeps your data in the EU.'
        - 'If you ever expand into new regions, we scale with you.'
        - 'Happy to help as you expand the team.'
        - 'We are expanding into Europe next year.'
        - 'Our new London office means we can support your EMEA reps during their working hours.'
        - 'A retail brand we support opened three new offices this year and rolled us out to each one.'
        - 'Saw the photos from the São Paulo launch — looked like a great event.'
        - 'We opened our doors in 2019.'
        - 'Would a new office in Austin change your routing?'
        - 'Do you have an office in Lisbon?'
        - 'You wrote that the new store opens on 2 December, so we will install the terminals the week before.'
        - 'Carlos mentioned that you have just opened a new office in Lyon, so I have added the French holidays to the plan.'
  - id: claim.expansion-named
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    not_in: [workflow]
    description: 'office openings and expansion told with the place''s name: "your new Dublin team", "expanding into Lisbon" (case-sensitive: the place is capitalized)'
    case_sensitive: true
    patterns:
      - {regex: '(?:\b[Yy]our|\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,3}(?:''s|’s)) (?:brand[- ])?new (?<m>(?:[\p{L}\p{N}-]+ ){0,3}?(?i:tower|building|hotel|office|plant|warehouse|site|store|clinic|hospital|facility|restaurant|campus|branch|depot|factory|headquarters|hq|lab|data cent(?:re|er)|venue|development|mall|complex) in \p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)?)', keywords: ['new']}
      # "(and congrats on the Ho Chi Minh City expansion, by the way)".
      - {regex: '(?i:\b(?:congrat\w*|kudos|well done|hats off|great news|exciting news|big news)\b[^.!?\n]{0,20}?\b(?:on|about) (?:the|your) (?:new |recent )?)(?<m>\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+){0,3} (?i:expansion|launch|opening|office|move|rollout|site|plant|warehouse|store|clinic|hub))\b', keywords: ['congrat', 'kudos', 'well done', 'hats off', 'great news', 'exciting news', 'big news']}
      # "Staffing Cobalt Freight's new Brisbane hotel": a new site with its place, the company's.
      - {regex: '(?:\b[Yy]our|\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,3}(?:''s|’s)) (?:(?:brand[- ])?new) (?<m>\p{Lu}[\p{L}-]+(?:[ \t]+\p{Lu}[\p{L}-]+)? (?i:hotel|office|plant|warehouse|site|store|clinic|hospital|facility|restaurant|campus|branch|depot|distribution cent(?:re|er)|factory|headquarters|hq|lab|laboratory|data cent(?:re|er)|venue)s?)\b', keywords: ['new']}
      - {regex: '(?i:\bmov(?:ed|ing|es)? (?:[\w&.''’-]+ ){0,2}[\w&.''’-]+(?:''s|’s) (?:hq|headquarters|head office|main office|offices?) (?:to|into))\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}&.''’-]*', keywords: ['mov']}
      - {regex: '(?i:\b(?:your|the|its|their|a|an)\s+(?:brand[- ]new|new|second|third|latest|newest)\s+)(?!(?:Sales|Marketing|Engineering|Product|Support|Success|Customer|Customers|RevOps|Ops|Operations|Finance|Legal|Security|Data|Design|Growth|Enablement|SDR|BDR|AE|AEs|SDRs|BDRs|HR|People|IT|Partnerships|Partner|Platform|Leadership|Revenue|Account|Accounts|Inside|Field|Outbound|Inbound|Demand|Content|Brand|Analytics|Research|Talent|Recruiting|CS|Solutions|Pre-Sales|Presales|Enterprise|Mid-Market|SMB|Commercial|Exec|Executive|Review|Onboarding|Implementation|Services|Pilot|Trial|Beta|AI|ML|Dev|DevOps|QA|Compliance|Procurement|Admin|Management|Board|Slack|Salesforce|HubSpot|Gong|Outreach|Salesloft)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:\s+(?!(?:Sales|Marketing|Engineering|Product|Support|Success|Customer|Customers|RevOps|Ops|Operations|Finance|Legal|Security|Data|Design|Growth|Enablement|SDR|BDR|AE|AEs|SDRs|BDRs|HR|People|IT|Partnerships|Partner|Platform|Leadership|Revenue|Account|Accounts|Inside|Field|Outbound|Inbound|Demand|Content|Brand|Analytics|Research|Talent|Recruiting|CS|Solutions|Pre-Sales|Presales|Enterprise|Mid-Market|SMB|Commercial|Exec|Executive|Review|Onboarding|Implementation|Services|Pilot|Trial|Beta|AI|ML|Dev|DevOps|QA|Compliance|Procurement|Admin|Management|Board|Slack|Salesforce|HubSpot|Gong|Outreach|Salesloft)\b)\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}(?:\s+(?i:engineering|sales|support|r&d|research|tech|product|customer|operations|ops|innovation|design|regional|european|global|international|distribution|fulfillment|fulfilment|manufacturing|service|delivery|success))?\s+(?i:team|office|offices|hub|site|location|studio|hq|headquarters|warehouse|store|branch|presence|campus|facility|outpost|base|footprint|crew)\b', keywords: ['new', 'second', 'third', 'latest', 'newest']}
      - {regex: '(?i:\b(?:expand(?:ed|ing|s)?|expansion|relocat(?:ed|ing|ion)|entered|entering|enters|entry|launched|launching|launch|landed|landing|arrived|arriving|debut(?:ed|ing)?|opened|opening|open|set up|setting up|stood up|standing up|spun up|spinning up|(?<!-)planted(?! (?:crops?|acres?|hectares?|fields?|seeds?|area|corn|wheat|soy(?:beans?)?|maize|cotton|rice|trees|vines)\b)|planting(?! (?:season|date|window|records?|crops?|acres?|hectares?)\b))(?: [a-z]+){0,3}? (?:into|to|in))\s+(?:the\s+)?(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}', keywords: ['expan', 'relocat', 'enter', 'entry', 'launch', 'landed', 'landing', 'arriv', 'debut', 'open', 'set up', 'setting up', 'stood up', 'standing up', 'spun up', 'spinning up', 'plant']}
      - {regex: '(?i:\bmov(?:ed|ing|es)? (?:your |its |the |their )?(?:hq|headquarters|head office|main office|offices?) (?:to|into))\s+\p{Lu}[\p{L}\p{N}&.''’-]*', keywords: ['mov']}
      - {regex: '(?i:\b(?:teams?|offices?|people|staff|presence|hubs?|employees|reps|folks) (?:now|newly|recently) (?:in|across|based in|on the ground in))\s+\p{Lu}[\p{L}\p{N}&.''’-]*', keywords: ['now in', 'now across', 'now based', 'newly', 'recently']}
      - {regex: '(?i:\b(?:the|your|its))\s+(?:(?i:new)\s+)?(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An|Enterprise|Mid-Market|SMB|Commercial|Sales|Marketing|Product|Engineering|Support|Success|RevOps|Ops|Finance|Legal|Security)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\s+(?i:office|hub|hq|site|studio|warehouse|store|branch|campus|facility|location)\s+(?i:(?:is |being )?(?:now |finally |officially )(?:open|live|up and running)|opening|launching|launched|(?:is )?up and running)\b', keywords: ['open', 'live', 'running', 'launch']}
      - {regex: '(?i:\b(?:set(?:ting|s)? foot|push(?:ing|ed|es)?|move|moving|foray|forays|entry|expansion|arrival|debut|landing|venture|inroads|launch)\s+(?:into|in|to))\s+(?:the\s+)?(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An|Enterprise|Mid-Market|SMB|Commercial|Sales|Marketing|Product|Engineering|Support|Success|RevOps|Ops|Finance|Legal|Security)\b)\p{Lu}[\p{L}\p{N}&.''’-]*', keywords: ['foot', 'push', 'move', 'moving', 'foray', 'entry', 'expansion', 'arrival', 'debut', 'landing', 'venture', 'inroads', 'launch']}
      - {regex: '\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}(?:''s|’s|'')\s+(?:new\s+)?(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An|Enterprise|Mid-Market|SMB|Commercial|Sales|Marketing|Product|Engineering|Support|Success|RevOps|Ops|Finance|Legal|Security)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\s+(?i:launch|expansion|office|hub|opening|debut|hq|headquarters)\b', keywords: ['''s', '’s', 'launch', 'expansion', 'office', 'hub', 'opening', 'debut']}
      - {regex: '(?i:\bnow that (?:the |your |its )?(?:new )?)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\s+(?i:office|hub|hq|site|studio|warehouse|store|branch|campus|facility|location)\s+(?i:is|has) (?i:open|opened|live|launched|up and running)\b', keywords: ['now that']}
      - {regex: '(?i:\b(?:congrat\w*|kudos|hats off) (?:on|about) (?:the |your )?(?:new |second |latest )?)(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An|Enterprise|Mid-Market|SMB|Commercial|Sales|Marketing|Product|Engineering|Support|Success|RevOps|Ops|Finance|Legal|Security)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}(?:(?:,\s*|,?\s+(?:and|&)\s+)\p{Lu}[\p{L}\p{N}&.''’-]*){0,3}\s+(?i:office|offices|hub|hq|headquarters|site|studio|warehouse|store|branch|campus|facility|location|launch|expansion|opening)\b', keywords: ['congrat', 'kudos', 'hats off']}
      - {regex: '(?i:\b(?:the|your|its))\s+(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An|Enterprise|Mid-Market|SMB|Commercial|Sales|Marketing|Product|Engineering|Support|Success|RevOps|Ops|Finance|Legal|Security)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\s+(?i:expansion|office opening|hub opening|opening)\b', keywords: ['expansion', 'opening']}
    exceptions:
      # A side of opening somewhere we cannot advise on: "I can't advise on the regulatory side of opening in Ghana" (forty-first session, AB).
      - '\b(?:side|part|process|costs?|logistics|mechanics|paperwork|licensing|rules|regulations|requirements) of (?:opening|launching|setting up|expanding)\b'
      # People relocating for a job: "Relocation to Islay is the most common sticking point" (fortieth session, BN).
      - '\brelocation (?:to [\p{L}'' -]{2,40} )?(?:is|was|are|can be|remains|becomes|tends to be) (?:the |a |an |often |usually |always |still )?(?:most |biggest |main |usual |real |common )?(?:common )?(?:sticking point|hurdle|issue|barrier|concern|challenge|question|dealbreaker|deal-breaker|objection)|\brelocation (?:package|support|allowance|costs?|budget|assistance|help|bonus)\b|\b(?:candidates?|hires?|appointees?|families|family|spouses?|partners?) [^.!?\n]{0,40}\brelocat'
      # An office as where someone works: "Hana Kassem from Tidewater Marine's Dubai office suggested I contact you" (thirty-ninth session, YA).
      - '\b(?:from|at|in|of|with) (?:[\p{L}\p{N}&.-]+ ){0,3}[\p{L}\p{N}&.-]+[''’]s (?:[\p{L}-]+ ){1,2}(?:office|hub|hq|headquarters)\b(?! (?:opening|launch|is (?:now )?open|opened|has opened)\b)'
      # A job opening: "Your LIMS Administrator opening", "the Senior Scientist opening".
      - '(?i:\b(?:administrator|admin|manager|engineer|director|lead|scientist|analyst|coordinator|officer|specialist|technician|developer|designer|associate|assistant|head|vp|role|position|job|recruiter|counsel|accountant|nurse|consultant|architect|representative|executive|supervisor|intern|internship|paralegal|chemist|planner|buyer|controller) openings?\b)'
      - '\b(?:items?|records?|tickets?|cards?|tasks?|deals?|orders?|cases?|requests?|claims?|applications?|invoices?|documents?|lots?) (?:can |will |must |should |then |automatically )?(?:move|moves|moved|moving|go|goes|progress|progresses) (?:on )?(?:to|into)\b'
      - '${HEARD_MAYBE}'
      - '${REPORTED_MAYBE}'
      - '(?i:\bopen[- ](?:banking|finance|source|data|standards?|apis?|enrol?lment|days?|house|rates?|beta|access|calls?|roles|positions|innovation|office hours|questions?|items?|tickets?|invoices?|orders?|issues?))\b'
      - '\bby (?:moving|switching|migrating|changing) to\b'
      - '\b(?:is|are|am|was|were|you''re|you are|she''s|he''s|they''re) (?:looking at|considering|thinking about|thinking of|exploring|interested in|keen on) (?:opening|launching|setting up|expanding|buying|adding)\b|\bopen territor(?:y|ies)\b'
      - '\b(?:container|containers|shipment|shipments|vessel|ship|truck|lorry|parcel|parcels|pallet|pallets|goods|cargo|consignment|delivery|flight|train|booking|order|boxes|load)\b[^.!?\n]{0,60}\b(?:arrived|arrives|arriving|arrival|landed|lands|docked|docks|reached|reaches|due)\b|\b(?:estimate|eta|estimated time) (?:for|of) arrival\b'
      - '\bmove (?:up |over |across )?to (?:option|plan|tier|package|edition|phase|stage|step|level|version) [a-z0-9]\b'
      - '\b(?:move|moving|upgrade|upgrading|switch|switching|step up|stepping up) (?:up )?to [\w-]+ (?:mid-term|mid-contract|at renewal|any time|anytime|later|whenever)\b|\bpro-?rat(?:e|ed|a)\b'
      - '\bopen (?:tickets?|issues?|items?|actions?|action items?|questions?|cases?|incidents?|requests?|orders?|invoices?|pos|bugs?|defects?|points?|roles?|positions?|vacancies|tasks?|threads?|risks?|findings?)\b'
      - '\b(?:tracked|recorded|logged|typed|keyed|copied|pasted|uploaded|imported|manually|by hand|on paper|spreadsheets?)\b[^.!?\n]{0,60}\bentered into\b|\bentered into\b[^.!?\n]{0,40}\b(?:at (?:shift|day|month|week)[- ]end|by hand|manually)\b'
      - '\b(?:move|moving|moved|moves|switch(?:ed|ing)?|upgrad(?:e|ed|ing)|downgrad(?:e|ed|ing)|step(?:ping)? (?:up|down)) (?:to|into|onto) (?:the |our |a )?[\w-]+(?: [\w-]+)? (?:plan|tier|edition|package|subscription|version|licen[cs]e|bundle|contract)\b'
      - '\bif you (?:ever |later |eventually )?(?:expand|open|move|grow|launch|go|enter)\b'
      - '\bwhen(?:ever)? (?:you|teams|companies|orgs) (?:expand|open|move into|grow into|enter|launch)\b'
      - '\b(?:our|we|we''re|we''ve|ourco|us)\b[^.!?]{0,40}\b(?:expan|open|launch|enter|office|hub|team|relocat|set up|land|arriv)'
      - '\b(?:launch(?:ed|ing)?|open(?:ed|ing)?|set(?:ting)? up|spun up|stood up) (?:in|into|to) (?:the )?(?:slack|salesforce|hubspot|sandbox|production|staging|beta|trial|pilot|workspace|app|ui|browser|console|dashboard|crm)\b'
      # Seen at first hand: "thank you for the tour of your new store in Winterthur" (development set IC).
      - '${SEEN_FIRST_HAND}'
      # "Lunar New Year office hours" (development set JD).
      - '${NEW_YEAR}'
      # A service grown, not the prospect: "the SIEM expansion Anjali raised" (development set JC).
      - '${SERVICE_EXPANSION}'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:office|opened|open|\bhq\b|headquarter|location|hub|expan|launch|market|moved|reloca|facility|campus|warehouse|plant|store|branch|region|team|entered|presence)'
    message: 'claims an office opening or expansion ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congratulations on moving Acme Analytics''s headquarters to the Zuidas.'
        - 'With your new Dublin team up and running, time zones must be a challenge.'
        - 'Congrats on expanding into Lisbon!'
        - 'Saw that Acme Analytics is launching in Brazil next quarter.'
        - 'Saw you moved your HQ to Raleigh.'
        - 'Heard about the new Kraków engineering hub.'
        - {"text": "Congrats on opening in Lisbon!", "facts": ["Opened an office in Denver"]}
        - 'With the Toronto hub now open, onboarding must be busy.'
        - 'Exciting to see Acme Analytics set foot in Singapore.'
        - 'Acme''s Singapore launch looked great.'
        - 'Now that the Toronto hub is open, onboarding must be busy.'
        - {"text": "Congrats on the Berlin office!", "facts": ["Opened a new office in Denver"]}
        - {"text": "Congrats on the Denver and Boston offices!", "facts": ["Opened a new office in Denver"]}
        - {"text": "Kudos on the Austin, Denver and Boise offices.", "facts": ["Opened a new office in Denver"]}
        - 'The Toronto expansion must keep you busy.'
      pass:
        - 'Your LIMS Administrator opening caught my eye: a hard role to fill right now.'
        - 'Moving data between offices is painless with Ourco Sync.'
        - 'I think I saw a mention somewhere that Acme Analytics might be opening a creative studio in London. Is that right?'
        - 'I came across an article suggesting Acme Analytics might be setting up a support hub in Singapore. Is that right, or was it just speculation?'
        - 'You can start with Option A and move to Option B later.'
        - 'You can move to Scale mid-term and we''ll pro-rate the difference.'
        - 'The two open tickets relate to the SAP work order field mapping.'
        - 'Changeover times are tracked on paper and entered into SAP at shift end.'
        - '2. Move to the Team plan: you''d lose SSO and audit logs, but save roughly 40%.'
        - 'Brookfield had about 9,000 members. After moving to Ourco, they introduced automated reminders.'
        - {"text": "Congrats on expanding into Lisbon!", "facts": ["Expanded into Lisbon in 2025"]}
        - 'Our new Dublin team covers EMEA hours.'
        - 'With your new Sales team ramping, onboarding matters.'
        - 'Since you are moving to HubSpot, the sync is ready.'
        - 'We launched in Slack last year.'
        - 'Happy to help the new SDR team ramp faster.'
        - 'If you expand into Canada, we scale with you.'
        - 'The London office is open 9 to 5 for support calls.'
        - 'Saw the photos from the São Paulo launch, looked like a great event.'
        - 'Happy to push into Q3 if that works better.'
        - {"text": "Congrats on the Denver office!", "facts": ["Opened a new office in Denver"]}
        - {"text": "Congrats on the Denver and Austin offices!", "facts": ["Opened a new office in Denver", "Opened a new office in Austin"]}
        - 'The expansion to the Lyon office, which you planned for early November, is the one with a fixed date.'
  - id: claim.growth-figures
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'customers'
      - 'clients'
      - 'users'
      - 'employees'
      - 'people'
      - 'staff'
      - 'engineers'
      - 'reps'
      - 'members'
      - 'subscribers'
      - 'downloads'
      - 'merchants'
      - 'hires'
      - 'team members'
      - 'stores'
      - 'locations'
      - 'drivers'
      - 'sellers'
      - 'headcount'
      - 'arr'
      - 'mrr'
      - 'revenue'
      - 'bookings'
      - 'grew'
      - 'growing'
      - 'grown'
      - 'scaled'
      - 'scaling'
      - 'doubled'
      - 'tripled'
      - 'quadrupled'
      - 'crossed'
      - 'crossing'
      - 'hit'
      - 'hitting'
      - 'reached'
      - 'reaching'
      - 'passed'
      - 'passing'
      - 'surpassed'
      - 'topped'
      - 'broke'
      - 'milestone'
      - 'hypergrowth'
      - 'hyper-growth'
      - 'hiring spree'
      - 'growth'
      - 'increase'
      - 'increased'
      - 'profitab'
      - 'cash flow'
      - 'cash-flow'
      - 'break-even'
      - 'break even'
    patterns:
      # The prospect's size or load as the premise (forty-ninth session, YP): "For an organisation like X, with 350 staff across three sites, …", "With X now handling storage for more than 500 private collectors, …".
      - {regex: '\b(?:like|such as|for) (?!us\b|ourco\b|ours\b|yours\b|you\b)[\p{L}\d&.''’ -]{2,40}?,? with (?:around |about |over |more than |nearly |almost |some )?\d[\d,.]* (?:staff|employees|people|workers|colleagues) (?:across|in|at|over|spread)\b|\b(?:with|since|now that|given that) (?!(?:us|ourco|our|we|you|many|most|some)\b)[\p{L}\d&.''’ -]{2,40}? (?:now )?(?:handling|serving|running|managing|operating|supporting|employing|hosting|storing|looking after|processing|holding|covering) [^.!?\n]{0,40}?(?:more than|over|nearly|almost|about|around|some|upwards of) \d', keywords: ['like', 'such as', 'for', 'with', 'since', 'now that', 'given that'], firm: true}
      # "And with revenue at X up as sharply as it was last year" (forty-ninth session, YO).
      - {regex: '\b(?:with|given|since|now that) (?:revenue|revenues|sales|turnover|profits?|bookings|margins?|volumes?|orders|footfall|visitor numbers) (?:at (?!our\b|ourco\b)[^.,;!?\n]{1,40} )?(?:up|down|rising|falling|growing) (?:as |so )?(?:sharply|strongly|steeply|fast|quickly|much|dramatically|\d+ ?%|by \d)', keywords: ['with', 'given', 'since', 'now that'], firm: true}
      # A growth figure as the premise, the thing grown named (forty-ninth session, YO): "Since your cold storage capacity has tripled since 2021, some of the older doors…".
      - {regex: '\b(?:given that|since|now that|as|with) (?:your|(?!(?:our|we|my|the market|the industry|the sector)\b)[\p{L}&.''’ -]{2,40}?[''’]s) (?:[\p{L}-]+ ){0,3}?(?:capacity|revenue|turnover|headcount|staff|workforce|volumes?|output|production|fleet|footprint|customer base|membership|enrol?ments?|sales|profits?|market share|throughput|storage|floor space|bed count|patient numbers|visitor numbers|student numbers|order volumes?) (?:has|have) (?:roughly |nearly |more than |almost |just |now |already )?(?:doubled|tripled|quadrupled|halved|grown|risen|fallen|dropped|increased|decreased|shrunk|jumped|soared|gone up|gone down)\b', keywords: ['given that', 'since', 'now that', 'as', 'with'], firm: true}
      # Forty-eighth session, second round (XK, XM): "With turnover at X passing €10m this year"; "I've heard X is set to receive a big funding boost in the next Budget".
      - {regex: '\b(?:turnover|revenue|revenues|sales|income|arr|gmv) (?:at [^.,;!?\n]{1,40} )?(?:passing|topping|crossing|hitting|exceeding|reaching|past|passed|topped|crossed|hit|exceeded|reached) (?:the )?[$€£¥]?\s?\d', keywords: ['turnover', 'revenue', 'revenues', 'sales', 'income', 'arr', 'gmv'], firm: true}
      - {regex: '\b(?:set|due|expected|about|poised|tipped) to (?:receive|get|land|secure|be given) (?:a |an )?(?:big |major |significant |large |huge |sizeable |welcome )?(?:funding|budget|cash|capital|investment|government) (?:boost|injection|uplift|increase|windfall)\b', keywords: ['set to', 'due to', 'expected to', 'about to', 'poised to', 'tipped to'], firm: true}
      # Forty-eighth session, first round (XD): "X has been growing at about 40% a year, and from what we see, …" (the sentence model reads the rest as our experience).
      - {regex: '(?<!\b(?:market|industry|sector|segment|category|demand|spend|spending|economy|population|volume|trade|space|niche|region|country|city)s? )\b(?:has been|have been|is|are|(?:''|’)s been|(?:''|’)s) growing (?:at |by )?(?:about |around |roughly |some |nearly |over |more than |close to |upwards of )?\d+(?:[.,]\d+)?\s?(?:%|percent|per cent) (?:a|per|each|every) (?:year|annum)\b', keywords: ['growing'], firm: true}
      # Forty-seventh session, fourth round (WP): "Since visitor numbers at X have doubled since 2022".
      - {regex: '\b(?:visitor numbers|visitors|sales|revenue|bookings|footfall|enrolments?|enrollments?|membership|headcount|orders|admissions|subscriptions) (?:at|for) [^.!?\n]{1,40} (?:have|has) (?:doubled|tripled|grown|risen|increased|jumped|fallen|dropped|halved)\b', keywords: ['visitor numbers', 'visitors', 'sales', 'revenue', 'bookings', 'footfall', 'enrolment', 'enrollment', 'membership', 'headcount', 'orders', 'admissions', 'subscriptions'], firm: true}
      # Forty-seventh session, third round (WJ): "X has doubled its room count in the past two years".
      - {regex: '\b(?:has|have) (?:doubled|tripled|quadrupled|halved) (?:its|their) (?:[\p{L}-]+ )?(?:count|number|size|footprint|capacity|headcount|fleet|estate|portfolio|revenue|sales|customer base|staff|bookings|output)\b', keywords: ['doubled', 'tripled', 'quadrupled', 'halved'], firm: true}
      # Forty-seventh session, second round (VY): "With the 35 new trucks X has on order", "record profits".
      - {regex: '\bwith the \d[\d,]* new (?:[\p{L}-]+ )?(?:trucks|vehicles|vans|buses|aircraft|planes|ships|vessels|machines|robots|cranes|lorries|stores|sites|beds) [^.!?\n]{1,40} (?:has|have|had) (?:on order|ordered|bought|purchased|coming)\b|\b(?:is|are|''s|''re) (?:on track|on course|heading|set) for (?:a )?record(?:-breaking)? (?:profits?|earnings|margins|ebitda|bookings)\b', keywords: ['with the', 'on track', 'on course', 'heading', 'set for'], firm: true}
      # Forty-seventh session, first round (VR): "I hear X is on track for record volumes this season".
      - {regex: '\b(?:is|are|''s|''re) (?:on track|on course|heading|set|gearing up) for (?:a )?record(?:-breaking)? (?:volumes?|year|season|quarter|sales|revenue|harvest|crop|results|numbers|growth|turnover|intake|exports?)\b', keywords: ['on track', 'on course', 'heading', 'set for', 'gearing up'], firm: true}
      # Fifth round (forty-sixth session, VL, VM): "X grew its milk supply by around 30% last season"; "Given how fast X has grown over the past two years".
      - {regex: '\bgrew (?:its|their) (?:[\p{L}-]+ ){1,3}by (?:around |about |over |nearly |some |roughly )?\d|\bgiven how (?:fast|quickly|much) [^.!?\n]{2,40} (?:has|have) grown\b', keywords: ['grew', 'given how'], firm: true}
      # Fourth round (forty-sixth session, VD, VE): "From what I hear, X sold a record number of season passes this year".
      - {regex: '\b(?:sold|had|saw|booked|welcomed|shipped) (?:a )?record (?:number|numbers|level|levels|volume|volumes) of\b', keywords: ['record'], firm: true}
      # Second round (forty-sixth session, US, UT): "After your membership grew past 50,000 last year".
      - {regex: '\b(?:your|its|their) (?:membership|member base|customer base|headcount|user base|audience|visitor numbers|attendance|donor base|student numbers|patient list) (?:grew|has grown|passed|crossed|topped|hit|reached|went) (?:past |beyond |over |above )?\d', keywords: ['membership', 'member base', 'customer base', 'headcount', 'user base', 'audience', 'visitor numbers', 'attendance', 'donor base', 'student numbers', 'patient list'], firm: true}
      # First round (forty-sixth session, UG, UH, UO, UP): grown to over 40,000 registered patients; record throughput this harvest; revenue or patient volume at the prospect flat or dropped; selling out a whole year.
      - {regex: '\b(?:has|have|had) grown to (?:over |more than |nearly |almost |about |around |some )?\d[\d,.]*(?:k|m)? (?:[\p{L}-]+ )?(?:patients|customers|members|users|clients|students|employees|staff|sites|stores|locations|venues|weddings|guests|subscribers|accounts|farms|sites)\b|(?<!\b(?:we|i|our team|ourco) )\bhit (?:a |an all-time |all-time )?record (?:throughput|volumes?|sales|revenue|numbers|year|harvest|intake|production|output|bookings|occupancy|turnover|profits?)\b|\bafter selling out (?:19|20)\d\d\b', keywords: ['grown to', 'record', 'selling out'], firm: true}
      - {regex: '\b(?:revenue|sales|turnover|bookings|growth|margins?|volumes?|patient volume|footfall|enrol?ments?|occupancy|demand|orders) (?:at|for) (?!our\b|us\b|ourco\b)[\p{L}&.''’ -]{2,40}? (?:has|have) (?:been )?(?:flat|down|falling|declining|soft|weak|stagnant|sluggish|dropped|fallen|declined|slipped|shrunk|dipped)\b', keywords: ['revenue', 'sales', 'turnover', 'bookings', 'growth', 'margin', 'margins', 'volume', 'volumes', 'patient volume', 'footfall', 'enrolment', 'enrolments', 'enrollment', 'enrollments', 'occupancy', 'demand', 'orders'], firm: true}
      # The prospect's growth as the premise, with no subject (forty-fourth session, PG): "With revenue up by nearly a third this year, I imagine the focus is shifting".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*with (?:your |its |their )?(?:revenue|revenues|sales|turnover|volumes?|profits?|headcount|bookings|orders|membership|enrol?ments) (?:up|down) (?:by )?(?:nearly |almost |about |around |over |more than |roughly |some )?(?:a third|a quarter|a fifth|half|\d+(?:[.,]\d+)?%|\d+ percent)', keywords: ['with'], firm: true}
      # A head count given as the backdrop (NZ): "with around 400 people now on board".
      - {regex: '\bwith (?:around |about |roughly |some |over |nearly |almost |more than )?\d[\d,.]* (?:people|staff|employees|engineers|drivers|planners) now (?:on board|on the payroll|in the team)\b', keywords: ['on board', 'on the payroll', 'in the team'], firm: true}
      # Visitors counted as the prospect's news (forty-third session, NV): "Tidewater Marine welcomed over 200,000 guests last year"; revenue that moved: "Since revenue at Northwinds Health dipped last quarter".
      - {regex: '\b(?:welcomed|hosted|served|handled|processed|received|checked in) (?:over |more than |nearly |almost |about |around |some |close to |well over )?\d[\d,.]*\+? (?:guests|visitors|patients|passengers|students|shoppers|diners|covers|members|customers|orders|shipments)\b[^.!?\n]{0,20}\b(?:last|this|in) (?:year|season|quarter|month|20\d\d)\b', keywords: ['welcomed', 'hosted', 'served', 'handled', 'processed', 'received', 'checked in'], firm: true}
      - {regex: '\b(?:revenue|revenues|sales|profits?|margins?|occupancy|bookings|turnover|earnings|footfall) (?:at|for) (?!(?:ourco|us|our)\b)[\p{L}&.''’ -]{2,40}? (?:dipped|fell|dropped|declined|slipped|slumped|shrank|jumped|grew|climbed|soared|doubled|halved)\b', keywords: ['revenue', 'sales', 'profit', 'margin', 'occupancy', 'bookings', 'turnover', 'earnings', 'footfall'], firm: true}
      - {regex: '\b(?:is|are|''s|''re) (?:now )?up to \d+ (?:sites|locations|stores|restaurants|clinics|branches|offices|venues|outlets|employees|staff|schools|hotels|depots|warehouses)\b', keywords: ['up to'], firm: true}
      # Forty-second session, NI: "a team of 1,200 pharmacists like yours", "online orders tripling since you launched delivery".
      - {regex: '\b(?:a|an) (?:team|network|chain|group|fleet|workforce|estate) of [\d,.]{2,} (?:[\p{L}-]+ ){0,2}like yours\b|\b(?:orders|sales|revenue|volumes?|traffic|bookings|users|customers|deliveries|subscribers) (?:tripling|doubling|quadrupling|tripled|doubled|quadrupled) since you\b', keywords: ['like yours', 'tripling', 'doubling', 'quadrupling', 'tripled', 'doubled', 'quadrupled'], firm: true}
      # Forty-second session, MK and MV: "Meridian Analytics's 300-odd client sites", "working with 120-odd subcontractors" (not asked: "for your 400-odd staff?" is a question).
      - {regex: '\b\d{2,}[- ]odd (?:client |customer )?(?:clients|customers|employees|staff|stores|sites|locations|branches|members|users|schools|clinics|offices|subcontractors|suppliers|projects)\b(?![^.!?\n]*\?)', keywords: ['-odd', ' odd']}
      # "With Northwinds Health adding three new utility clients to its O&M book this year" (forty-first session, AC).
      - {regex: '\b(?:with|after|now that|since|given) (?!ourco\b|us\b|our\b|we\b|me\b|i\b)[^.!?\n]{1,60}? (?:adding|signing|winning|landing|onboarding|taking on|picking up|bringing on) (?:around |about |roughly |some |over |nearly |more than |another )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|a few|a handful of) (?:new |more |major |big |large |seasonal |extra |additional )?(?:[\w&-]+ )?(?:clients|customers|accounts|contracts|sites|stores|locations|partners|hospitals|schools|plants|depots|agents|staff|employees|workers|drivers|nurses|engineers|hires|people)\b[^.!?\n]{0,40}\b(?:this|last) (?:year|quarter|month|spring|summer|autumn|fall|winter)\b', keywords: ['adding', 'signing', 'winning', 'landing', 'onboarding', 'taking on', 'picking up', 'bringing on'], firm: true}
      # "I saw that you've stepped up as clinical director at X", "Now that X is part of a group with more than 60 practices" (forty-first session, AF).
      - {regex: '\byou(?:''ve| have)? (?:recently |just |now )?(?:stepped up|stepped into the role|moved up|been promoted|taken over|taken on the role) (?:as|to) (?:the )?(?:new )?(?:[\w-]+ ){0,2}(?:director|head|chief|ceo|cfo|coo|cto|manager|lead|partner|president|vp|principal)\b', keywords: ['stepped up', 'stepped into', 'moved up', 'promoted', 'taken over', 'taken on the role'], firm: true}
      - {regex: '\b(?:now that|since|with|after) (?!ourco\b|we\b|our\b)[^.!?\n]{1,60}? (?:is|are|became|has become|have become) (?:now )?(?:part of|owned by|under|a (?:subsidiary|division) of) (?:a|the) (?:[\w-]+ ){0,3}(?:group|network|chain|parent|holding|company|fund|consolidator)\b', keywords: ['part of', 'owned by', 'under a', 'under the', 'subsidiary', 'division'], firm: true}
      # "Acme has nearly doubled to 400 people over the past year", "After the $40 million raise in January, I'd expect Acme is moving quickly" (forty-first session, AI).
      - {regex: '(?<!\b(?:we|ourco|i|us)(?:''ve| have|''s| has)? (?:nearly |almost |more than |roughly |about |already )?)\b(?:nearly |almost |more than |roughly |about |already )?(?:doubled|tripled|quadrupled) (?:in size )?to (?:about |around |roughly |nearly |almost |over |more than )?\d[\d,]* (?:people|employees|staff|engineers|users|customers|clients|sites|stores|locations|members)\b', keywords: ['doubled', 'tripled', 'quadrupled'], firm: true}
      - {regex: '\b(?:after|since|with|following|now that) (?:the|your|their|its) (?:recent |new |latest |big )?(?:[$€£]\s?\d[\d,.]*\s?(?:m|mn|million|bn|billion|k)?|\d[\d,.]*\s?(?:million|billion|m|bn)(?: (?:dollars|euros|pounds))?) (?:raise|round|funding|investment|financing|series [a-f])\b', keywords: ['raise', 'round', 'funding', 'investment', 'financing', 'series'], firm: true}
      # "With your order book up around 40% on last year" (fortieth session, BU).
      - {regex: '\byour (?:order ?book|pipeline|backlog|revenue|turnover|sales|bookings|orders|enquiries|workload) (?:is |being |now )?(?:up|down) (?:by )?(?:around |about |roughly |nearly |over |some |almost |close to )?\d+(?:\.\d+)?(?:%| percent| per cent)', keywords: ['up', 'down'], firm: true}
      # "Passing the million-customer mark is a milestone most brands never reach" (fortieth session, BR).
      - {regex: '\b(?:passing|passed|crossing|crossed|hitting|hit|reaching|reached|topping|topped|breaking|broke) the (?:[\w-]+ )?(?:million|billion|thousand|\d[\d,.]*k?|\d[\d,.]* ?(?:million|m|k))[- ](?:customer|user|member|subscriber|order|download|store|employee|shopper|guest|patient|student)s? (?:mark|milestone|threshold)\b', keywords: ['mark', 'milestone', 'threshold'], firm: true}
      # A run of growth told as news: "Going from 80 to over 200 trucks in eighteen months is quite a run" (fortieth session, BL).
      - {regex: '\b(?:grew|grown|growing|grows|went|gone|going|expanded|expanding|scaled|scaling|jumped|climbed|doubled|tripled|more than doubled) (?:your |its |their |the )?(?:[\p{L}-]+ ){0,2}?from (?:about |around |roughly |just |only |some |under |fewer than |less than |barely )?\d[\d,.]*k? to (?:about |around |roughly |nearly |almost |over |more than |just over |well over |north of |close to )?\d[\d,.]*k? (?:[\p{L}-]+ )?(?:trucks|vehicles|vans|buses|drivers|staff|employees|people|workers|locations|stores|sites|branches|depots|clinics|customers|clients|members|beds|students|restaurants|outlets|franchisees|technicians|engineers|agents|nurses|carers|caregivers|warehouses|plants|hotels|properties|schools|pharmacies|salons|gyms|aircraft|vessels|centres|centers|offices|labs|hospitals|practices|stations|units|routes|markets|countries|cities|shops|kitchens|venues|farms|factories|facilities|dealers|distributors|merchants|sellers|users|subscribers|accounts)\b', keywords: ['from']}
      - {regex: '\b(?:your|its|their) (?:occupancy|utili[sz]ation|churn|retention|vacancy|conversion|gross margin|margin|fill rate|load factor)(?: rate)? (?:dipping|dropping|falling|rising|climbing|slipping|sliding|jumping|sitting|hovering|hit|hitting|at|of|is|was|reached|reaching) (?:to |at |by |around |about )?(?:about |around |roughly |nearly |just )?\d[\d.,]*\s?(?:%|percent)', keywords: ['occupancy', 'utilisation', 'utilization', 'churn', 'retention', 'vacancy', 'conversion', 'margin', 'fill rate', 'load factor']}
      - {regex: '\bjust (?:doubled|tripled|quadrupled|halved) (?:its|their|your) (?:[\w-]+ ){0,2}?(?:portfolio|footprint|fleet|headcount|team|revenue|customer base|user base|store count|sites|locations|capacity|output|production)\b', keywords: ['doubled', 'tripled', 'quadrupled', 'halved']}
      # A traffic or audience figure as the reader's: "At 12 million monthly visitors, Acme has more first-party data than most publishers".
      - {regex: '\b(?:at|with) (?:about |around |roughly |over |nearly |more than |close to |almost )?\d[\d,.]*\s?(?:k|m|million|billion|bn)? (?:monthly |daily |weekly |annual |yearly |unique )?(?:visitors|visits|sessions|page ?views|readers|listeners|viewers|followers|learners|monthly active users|daily active users)\b', keywords: ['visitors', 'visits', 'sessions', 'pageviews', 'page views', 'readers', 'listeners', 'viewers', 'followers', 'learners', 'active users']}
      - {regex: '\b(?:having |have |has |had )?sold out (?:all |every |the )?(?:\d[\d,]* )?(?:[\w-]+ ){0,2}?(?:apartments|units|homes|flats|plots|pre-orders|townhouses|villas)\b', keywords: ['sold out']}
      - {regex: '(?<!\b(?:ran|sent|processed|logged|created|submitted|completed|booked|scheduled|raised|closed|resolved|handled|made|used|ordered|issued|approved|filed|opened) [\d,.]+ [^.!?\n]{0,60})\bup from (?:about |around |roughly |just |only |some )?[\d,.]+(?:k|m)? (?:this time |at this point )?(?:last|a) year\b', keywords: ['up from']}
      - {regex: '\b(?:doubled|tripled|quadrupled|grew|grown|expanded|increased) (?:its|your|their) (?:client|customer|patient|member|subscriber|user|store|site|location)(?: list| base| count| roster| numbers)? to (?:about |around |over |more than |nearly )?[\d,.]+\b', keywords: ['doubled', 'tripled', 'quadrupled', 'grew', 'grown', 'expanded', 'increased']}
      - {regex: '\b(?:enrol(?:l)?ment|membership|headcount|student numbers|member numbers|patient numbers|footfall|subscriber numbers)\b[^.!?\n]{0,40}\bnow (?:past|over|above|beyond|topping|north of) [\d,.]+\b', keywords: ['now past', 'now over', 'now above', 'now beyond', 'now topping', 'now north']}
      - {regex: '\b(?:twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:thousand|hundred thousand|million) (?:members|customers|students|patients|employees|staff|users|subscribers|guests|learners)\b', keywords: ['thousand', 'million']}
      - {regex: '(?:''s|’s|\byour|\bits|\btheir) (?:[\w-]+ ){0,2}(?:sales|revenue|bookings|turnover|orders|gmv|covers|memberships) (?:doubling|tripling|doubled|tripled|(?:has|have) (?:doubled|tripled))\b', keywords: ['doubling', 'tripling', 'doubled', 'tripled']}
      - {regex: '\b(?:crossed|passed|hit|topped|surpassed|reached) (?:[$€£]|us\$)?\d[\d,.]*\s?(?:m|k|bn|million|billion)? in (?:annual |yearly |monthly )?(?:sales|revenue|turnover|gmv|bookings)\b|\b(?:turning over|turns over|turned over) (?:something like |around |about |over |nearly )?(?:[$€£]|us\$)?\d|\b(?:posted|had|reported|logged) (?:a |its |their )?record (?:\w+ )?(?:sales|revenue|quarter|month|year|bookings|season)\b|\b(?:three|two|four|five|six|\d+) new (?:gyms|stores|locations|restaurants|hotels|clinics|sites|branches|studios|franchises|outlets|cafés|cafes|venues) in (?:\w+ )?(?:months?|weeks|years?)\b|\bset to (?:double|triple|grow) (?:its|their|your) (?:[\w-]+ )?(?:count|footprint|locations|stores|franchises|revenue|headcount|estate)\b', keywords: ['sales', 'revenue', 'turnover', 'gmv', 'bookings', 'turning over', 'turns over', 'turned over', 'record', 'gyms', 'stores', 'locations', 'restaurants', 'hotels', 'clinics', 'sites', 'branches', 'studios', 'franchises', 'outlets', 'cafés', 'cafes', 'venues', 'set to']}
      - {regex: '\bnow (?:past|over|above|beyond|north of|at) (?:\d[\d,.]*\+?|a thousand|ten thousand) (?:employees|staff|people|headcount|customers|users|members|locations|stores|sites|drivers|vehicles|trucks|riders|technicians|agents|nurses|teachers|students|patients|beds|branches|clinics|schools|franchises|restaurants|hotels|rooms|outlets|depots|warehouses|sellers|merchants)\b', keywords: ['now past', 'now over', 'now above', 'now beyond', 'now north', 'now at']}
      - {regex: '(?:''s|’s|\byour|\bits|\btheir) (?:\d+(?:\.\d+)?\s?[x×]|(?:double|triple)-digit) (?:year-on-year |year-over-year |yoy |annual |revenue |arr |headcount |user |customer )?growth\b', keywords: ['growth']}
      - {regex: '\b(?:subscriber|customer|user|member|client|enterprise customer|mobile subscriber) (?:base|count|numbers?)\b[^.!?\n]{0,20}?\b(?:dropped|fell|declined|shrank|grew|rose|jumped|increased|climbed|doubled|tripled|halved)\b|\b(?:grown|grew|growing|expanded|doubled|tripled) (?:its|their|your) (?:[\w-]+ ){0,2}(?:customer|subscriber|user|client|member) (?:base|count|numbers?) (?:to|by)\b', keywords: ['subscriber', 'customer base', 'customer count', 'customer number', 'user base', 'user count', 'user number', 'member base', 'member count', 'member number', 'client base', 'client count', 'client number', 'growing its', 'grown its', 'grew its', 'expanded its', 'doubled its', 'tripled its', 'growing their', 'grown their', 'grew their', 'expanded their', 'doubled their', 'tripled their', 'growing your', 'grown your', 'grew your', 'expanded your', 'doubled your', 'tripled your']}
      - {regex: '\bshare price (?:jumped|rose|fell|dropped|climbed|soared|surged|tumbled|doubled|is up|is down)\b|\byour (?:churn|revenue|arr|mrr|margins?|sales|retention|nps|turnover|attrition|conversion|profit|ebitda) (?:rate )?(?:dropped|fell|rose|grew|jumped|climbed|doubled|improved|increased|decreased) (?:to|by)\b|\b(?:is|are) (?:doubling|tripling) (?:its|their|your) [\w -]{1,30}(?:team|headcount|workforce|staff|fleet|capacity|footprint)\b|\b(?:a|an all-time|a new) record (?:for|at) (?:your|its)\b|, a (?:new )?record for [\w ]{2,40}$', keywords: ['share price', 'dropped', 'fell', 'rose', 'grew', 'jumped', 'climbed', 'doubled', 'improved', 'increased', 'decreased', 'doubling', 'tripling', 'record']}
      - {regex: '\b(?:onboarded|signed|welcomed|reached|hit|passed|crossed|celebrated|enrol(?:l)?ed|recruited|randomi[sz]ed|dosed|treated|hired|opened|served) (?:its|their|your) \d[\d,]*(?:st|nd|rd|th) (?:client|customer|member|store|location|user|franchise|site|school|clinic|patient|participant|subject|student|employee|hire|branch|hotel|restaurant|trial)\b', keywords: ['st ', 'nd ', 'rd ', 'th ']}
      - {regex: '\b(?:now that|with) (?:your|its|(?!(?:our|my|the|this|that|their)\b)[\p{L}&.-]+(?: [\p{L}&.-]+){0,3}''s) (?:[\w-]+ ){0,2}(?:fleet|headcount|team|workforce|staff|customer base|student base|user base|member base|membership|enrol?ment|store count|estate|portfolio) (?:has |have )?(?:now )?(?:passed|crossed|hit|reached|topped|surpassed|exceeded|over|at|past|above|doubled|tripled|doubling|tripling|grown to|growing to)\b', keywords: ['now that', 'with']}
      - {regex: '(?:\byour|\bits|\btheir|[''’]s) record (?:quarter|year|month|half|results|sales|revenue|season|intake|enrolment|enrollment|profits?|turnover|bookings)\b', keywords: ['your record', 'its record', 'their record', 's record']}
      - {regex: '\b(?:beat|beating|beats|exceeded|exceeding|topped|topping|smashed|smashing|crushed|crushing|outperformed|outperforming) (?:your |its |the |their )?(?:q[1-4] |h[12] |quarterly |annual |full-year |fy\d{2,4} )?(?:revenue |earnings |sales |growth |profit |bookings )?(?:forecasts?|targets?|estimates?|expectations|guidance|projections) by \d', keywords: ['beat', 'beating', 'beats', 'exceeded', 'exceeding', 'topped', 'topping', 'smashed', 'crushed', 'outperform']}
      - {regex: '\b(?:crossed|crossing|passed|passing|topped|topping|hit|hitting|reached|reaching|surpassed|broke|breaking|grew to|grown to|growing to|grow to|scaled to|expanded to) (?:the )?(?:[\$£€]|(?:aud|usd|cad|eur|gbp|inr|aed|sgd|nzd|zar) ?)?[\d.,]+ ?(?:k|m|bn|b|million|billion|thousand|mil)?\+? (?:[\w-]+ )?(?:customers|clients|users|members|subscribers|properties|stores|locations|sites|clinics|hotels|rooms|branches|restaurants|offices|employees|staff|people|students|patients|guests|units|buildings|doors|beds|schools|agents|drivers|merchants|sellers|accounts)\b|\b(?:turnover|revenue|arr|sales|gmv|bookings) (?:hitting|hit|reaching|reached|passing|passed|topping|topped|crossing|crossed|of|at|now at) (?:[\$£€]|(?:aud|usd|cad|eur|gbp|inr|aed|sgd|nzd|zar) ?)[\d.,]+ ?(?:k|m|bn|b|million|billion)?\b', keywords: ['crossed', 'crossing', 'passed', 'passing', 'topped', 'topping', 'hit', 'hitting', 'reached', 'reaching', 'surpassed', 'broke', 'breaking', 'grew to', 'grown to', 'growing to', 'grow to', 'scaled to', 'expanded to', 'turnover', 'revenue', 'arr', 'sales', 'gmv', 'bookings']}
      - {regex: '\b\d[\d,]* (?:new )?(?:[\w-]+ ){0,2}(?:reps|hires|engineers|employees|staff|people|starters|joiners|agents|nurses|drivers|consultants|developers|salespeople|account executives|sdrs|bdrs|recruits) (?:joining|starting|coming on ?board|being hired|onboarding|arriving)\b', keywords: ['joining', 'starting', 'coming on', 'being hired', 'onboarding', 'arriving']}
      - {regex: '\b(?:crossed|passed|surpassed|hit|topped|reached|broke|exceeded|cleared) (?:the )?\d[\d,.]*k?\+? (?:[\w-]+ )?(?:customers|clients|users|members|employees|staff|subscribers|locations|stores|patients|students|merchants|downloads|installs|accounts|sellers|drivers)\b(?! (?:on|in) (?:our|the) )', keywords: ['crossed', 'passed', 'surpassed', 'hit', 'topped', 'reached', 'broke', 'exceeded', 'cleared']}
      - {regex: '\b(?:grew|grown|growing|expanded|expanding) to (?:over |more than |nearly |almost |about )?\d[\d,]* (?:studios|stores|locations|sites|clinics|gyms|branches|outlets|restaurants|franchises|members|customers|employees|people|staff|offices)\b|\b(?:customer|user|member|subscriber|client|employee|patient)s? (?:count|base|numbers?) (?:went|has gone|passed|crossed|hit|reached|topped|exceeded|grew)\b', keywords: ['grew', 'grown', 'growing', 'expanded', 'expanding', 'count', 'base', 'number']}
      - {regex: '\b(?:planning|plans|plan|looking|set|going|about|preparing|expected) to (?:hire|recruit|add|onboard|take on) (?:over |more than |about |around |nearly |some )?\d[\d,]* (?:new )?(?:[\w-]+ )?(?:people|staff|employees|nurses|engineers|drivers|reps|agents|teachers|developers|hires|workers|roles|positions|heads)\b', keywords: ['hire', 'recruit', 'add', 'onboard', 'take on']}
      - {regex: '\b(?:exceeded|passed|crossed|surpassed|hit|reached|topped|broke) (?:the )?(?:one|two|three|four|five|\d[\d,.]*) ?(?:billion|million|crore|lakh|bn|m)\b[^.!?\n]{0,30}?\b(?:revenue|turnover|sales|arr|in revenue|mark)\b', keywords: ['exceeded', 'passed', 'crossed', 'surpassed', 'hit', 'reached', 'topped', 'broke']}
      - {regex: '\b(?:now |currently )?(?:supports?|serves?|powers?) (?:over |more than |nearly |almost |about |around )?\d[\d,.]*k?\+? (?:law firms|firms|companies|customers|clients|businesses|brands|hospitals|clinics|schools|retailers|stores|restaurants|practices|members|merchants|organisations|organizations)\b|\b(?:now )?(?:has|have|runs?|operates?) (?:over |more than |nearly |almost |about |around )?\d[\d,.]*\+? (?:franchise |retail |company-owned |owned )(?:locations|stores|outlets|sites|units|restaurants|clinics|branches)\b', keywords: ['support', 'serve', 'power', 'franchise', 'retail', 'company-owned', 'owned']}
      - {regex: '\b(?:your|its) (?:customer|client|user|subscriber|member|patient|student|merchant|seller|employee|staff|store|location|site|partner|reseller)s?(?: count| base| numbers?| headcount| roster| total)\s+(?:is |are |now |of |at |sits at |standing at |hovering |that''s |already )*(?:north of|over|above|past|beyond|nearly|almost|around|about|roughly|close to|approaching|topping|more than|at least|well over|\d)', keywords: ['count', 'base', 'number', 'headcount', 'roster', 'total']}
      - {regex: '\b(?:reported|posted|announced|recorded|delivered|booked|saw|achieved|notched up|logged) (?:a |an )?(?:[\p{L}-]+ )?\d+(?:\.\d+)?% (?:jump|rise|increase|growth|surge|leap|climb|gain|drop|fall|decline|dip|slump) in (?:revenue|revenues|sales|profits?|earnings|turnover|bookings|arr|income|margins?|orders|ebitda)\b', keywords: ['jump in', 'rise in', 'increase in', 'growth in', 'surge in', 'leap in', 'climb in', 'gain in', 'drop in', 'fall in', 'decline in', 'dip in', 'slump in']}
      - {regex: '\b(?:now |already )?(?:works|working|partners|partnering|serves|serving) with (?:over |more than |nearly |almost |about |around |some |well over )?[\d,]+\+? (?:[\p{L}-]+ ){0,2}(?:customers|clients|hospitals|hospital systems|health systems|schools|retailers|brands|banks|carriers|partners|organi[sz]ations|companies|businesses|councils|trusts|universities|districts|stores|practices|clinics|members|insurers|airlines|hotels|restaurants|manufacturers)\b', keywords: ['works with', 'working with', 'partners with', 'partnering with', 'serves', 'serving']}
      - '\b(?:\d(?:[\d,.]*\d)?\+?\s?(?:k|m)?|hundreds|thousands|millions|tens of thousands) (?:of )?(?:new |paying |active |enterprise |happy |global )?(?:customers|clients|employees|people|staff|engineers|sales reps|reps|hires|team members|subscribers|downloads|merchants|stores|locations)\b'
      - '\b(?:\d{1,3}(?:,\d{3})+|\d{4,}|\d[\d.]*\s?(?:k|m)\b|thousands|millions|tens of thousands)\+? (?:of )?(?:new |paying |active |enterprise |happy |global )?(?:users|members|drivers|sellers)\b'
      - {regex: '\b(?:crossed|crossing|hit|hitting|reached|reaching|passed|passing|surpassed|topped|broke) (?:\w+ ){0,2}(?:\d[\d,.]*\s?(?:k|m|million|billion)?\+?|the) (?:\w+ ){0,2}?(?:customers|users|employees|subscribers|downloads|merchants|arr|mrr|in revenue|revenue|milestone|mark)\b', keywords: ['crossed', 'crossing', 'hit', 'hitting', 'reached', 'reaching', 'passed', 'passing', 'surpassed', 'topped', 'broke']}
      - {regex: '\b(?:doubl(?:e|es|ed|ing)|tripl(?:e|es|ed|ing)|quadrupl(?:e|es|ed|ing)) (?:your |the |its |their )?(?:[\p{L}-]+ )?(?:headcount|workforce|engineering team|sales team|support team)\b(?! (?:on|per|in) (?:the |our |your )?(?:plan|tier|licen[cs]e|contract)\b)', keywords: ['doubl', 'tripl', 'quadrupl']}
      - {regex: '\b(?:doubled|doubling|tripled|tripling|quadrupled|quadrupling|grew|grown|scaled) (?:your |the |its |their )?(?:team|headcount|revenue|arr|mrr|customer base|user base|workforce|staff|sales|engineering team|sales team|business)\b', keywords: ['doubled', 'doubling', 'tripled', 'tripling', 'quadrupled', 'quadrupling', 'grew', 'growing', 'grown', 'scaled', 'scaling']}
      - {regex: '[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|b|bn|billion)? (?:in )?(?:arr|mrr|revenue|annual revenue|annual recurring revenue|sales|bookings)\b', keywords: ['arr', 'mrr', 'revenue', 'sales', 'bookings']}
      - {regex: '\b(?:hiring spree|hypergrowth|hyper-growth)\b', keywords: ['hiring spree', 'hypergrowth', 'hyper-growth']}
      - {regex: '\b(?:you|you''ve|you''re|you have|you are|you guys|you all|the team|your team) (?:\w+ )?(?:been |are |is )?hiring (?:like crazy|like mad|aggressively|at a (?:fast |rapid |crazy )?clip|like wildfire|nonstop|non-stop|a ton|so fast|so quickly|rapidly)\b', keywords: ['like crazy', 'like mad', 'aggressively', 'clip', 'wildfire', 'nonstop', 'non-stop', 'a ton', 'so fast', 'so quickly', 'rapidly']}
      - {regex: '\b(?:added|adding|onboarded|landed|brought on) (?:over |more than |nearly |almost |about |some )?(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?k) (?:new )?(?:customers|clients|users|logos|accounts|merchants|subscribers|employees|people|reps|engineers|hires|members)\b', keywords: ['added', 'adding', 'onboarded', 'landed', 'brought on']}
      - {regex: '\b\d+(?:\.\d+)?(?:%|x) (?:revenue |customer |user |headcount |yoy |year-over-year )?(?:growth|increase in (?:revenue|customers|users|headcount))\b', keywords: ['growth', 'increase']}
      - {regex: '\b(?:grew|growing|grown|increased|doubled|tripled) (?:your |its |the |their )?(?:revenue|arr|sales|bookings|headcount|team|customer base)(?: by)? \d+(?:\.\d+)?(?:%|x)', keywords: ['grew', 'growing', 'grown', 'increased', 'doubled', 'tripled']}
      - {regex: '\b(?:team|headcount|company|org|workforce|staff|customer base|user base|sales team|engineering team|sales org) (?:has |have |)(?:grown|grew|doubled|tripled|quadrupled|expanded|scaled|ballooned) (?:to (?:over |more than |nearly |almost |about )?\d[\d,.]*\s?(?:k|m)?\+?|since (?:last|the)|this year|in the (?:last|past)|over the (?:past|last)|(?:\d+|two|three|four)x)', keywords: ['grown', 'grew', 'doubled', 'tripled', 'quadrupled', 'expanded', 'scaled', 'ballooned']}
      - {regex: '\b\d[\d.,]*\s?(?:million|billion|thousand)\+? (?:of )?(?:\w+ )?(?:customers|clients|users|employees|subscribers|members|merchants|downloads|sellers|drivers)\b', keywords: ['million', 'billion', 'thousand']}
      - {regex: '\bheadcount (?:is |has )?(?:up|grown|grew|growing|increased|jumped|doubled) (?:by )?\d+(?:\.\d+)?(?:%| percent)', keywords: ['headcount']}
      # Where the growth is said to be: "headcount in the QC labs has tripled over the past year".
      - {regex: '\b(?:headcount|workforce|staff(?:ing)?|team) (?:in|at|across) (?:the |your |its |their )?[\p{L}\d&-]+(?: [\p{L}\d&-]+){0,3}? (?:has |have |had |just |nearly |almost |more than |reportedly |already )*(?:doubled|tripled|quadrupled|ballooned|jumped|surged|soared|grown (?:by |to )|grew (?:by |to ))', keywords: ['doubled', 'tripled', 'quadrupled', 'ballooned', 'jumped', 'surged', 'soared', 'grown by', 'grown to', 'grew by', 'grew to']}
      - {regex: '\b(?:grew|grown|growing|grow|scaled|scaling|expanded|expanding|doubled|tripled|increased|increasing) (?:\w+ ){0,3}?(?:by |over |more than |nearly |almost |roughly )?\d+(?:\.\d+)?(?:x|%| percent)(?! (?:faster|more|less|fewer|quicker|cheaper|better))', keywords: ['grew', 'grown', 'growing', 'grow', 'scaled', 'scaling', 'expanded', 'expanding', 'doubled', 'tripled', 'increased', 'increasing']}
      - {regex: '\b(?:a|your|the|its) (?:\w+ )?(?:team|company|org|organization|workforce|staff|headcount|sales force|salesforce|sales org) of (?:over |more than |nearly |about |almost |around |roughly |some )?(?:\d{1,3}(?:,\d{3})+|\d{3,})\+?', keywords: ['team of', 'company of', 'org of', 'organization of', 'workforce of', 'staff of', 'headcount of', 'force of', 'sales org of']}
      - {regex: '\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a|a quarter|several|a couple) (?:million|billion|hundred thousand)\+? (?:of )?(?:new |paying |active |monthly |daily |happy )?(?:customers|clients|users|subscribers|members|merchants|downloads|sellers|drivers|shoppers|patients|students|learners|players|installs)\b', keywords: ['million', 'billion', 'hundred thousand']}
      - {regex: '\b(?:headcount|team|workforce|staff|customer base|user base|revenue|arr|mrr|sales team|engineering team|sales org|employee count|customer count|user count|company|business) (?:has |have |had |just |nearly |almost |more than |roughly |basically |already |reportedly )*(?:doubled|tripled|quadrupled|ballooned|exploded|skyrocketed|surged|jumped|soared|doubling|tripling|quadrupling|ballooning|exploding|skyrocketing|surging|soaring)\b', keywords: ['doubl', 'tripl', 'quadrupl', 'balloon', 'explod', 'skyrocket', 'surg', 'jumped', 'soar']}
      - {regex: '\b\d[\d,]{2,}(?:st|nd|rd|th) (?:customer|client|user|employee|hire|store|location|member|subscriber|merchant|seller)\b', keywords: ['0th', '1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th', '9th', '1th', '2th', '3th']}
      - {regex: '\b(?:eight|nine|ten|8|9|10)[- ]figures?\b', keywords: ['figure']}
      - {regex: '\b(?:crossed|crossing|hit|hitting|reached|reaching|passed|passing|surpassed|surpassing|topped|topping|broke|breaking|cleared|exceeded|exceeding) (?:the )?[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|b|bn|billion)?\+? (?:in |of )?(?:arr|mrr|revenue|sales|bookings|gmv|tpv|gross merchandise|payment volume|payments|transactions|run rate|run-rate|annual revenue)\b', keywords: ['crossed', 'crossing', 'hit', 'hitting', 'reached', 'reaching', 'passed', 'passing', 'surpass', 'topped', 'topping', 'broke', 'breaking', 'cleared', 'exceed']}
      - {regex: '\b(?:arr|mrr|revenue|bookings|gmv|run rate|run-rate|customer count|user count|headcount) (?:just |has |have |recently |officially |finally |now )*(?:crossed|hit|passed|surpassed|topped|reached|broke|cleared|exceeded|crossing|hitting|passing|surpassing|topping|reaching|breaking|clearing|exceeding)\b', keywords: ['arr', 'mrr', 'revenue', 'bookings', 'gmv', 'run rate', 'run-rate', 'count', 'headcount']}
      - {regex: '\b(?:arr|mrr|revenue|bookings|gmv|run rate|run-rate|valuation) (?:of |over |above |north of |past |at |near |approaching |topping |exceeding |beyond |now at |now over )(?:more than |over |about |nearly |roughly )?[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|b|bn|billion)\b', keywords: ['arr', 'mrr', 'revenue', 'bookings', 'gmv', 'run rate', 'run-rate', 'valuation']}
      - {regex: '\b(?:revenue|arr|mrr|bookings|headcount|gmv|customer count|user count) (?:is |was |are |were )?(?:up|grew|growing|jumped|climbed|rose) (?:by )?(?:\d+(?:\.\d+)?(?:x|%| percent)|(?:double|triple|two|three|four|five|ten)(?:fold)?)', keywords: ['revenue', 'arr', 'mrr', 'bookings', 'headcount', 'gmv', 'count']}
      - {regex: '\b(?:\d{1,3}(?:,\d{3})+|\d{3,})[- ](?:person|people|employee|member|rep|seat|strong)[- ](?:team|company|org|organization|workforce|sales team|sales org|business)\b(?![- ]?(?:teams|companies|orgs|organizations|businesses)\b| (?:like yours|your size|of your size))', keywords: ['person', 'people', 'employee', 'member', 'rep', 'seat', 'strong']}
      - {regex: '\b(?:\d{1,3}(?:,\d{3})+|\d{3,})\+? (?:folks|workers|colleagues|heads|souls|staffers)\b', keywords: ['folks', 'workers', 'colleagues', 'heads', 'souls', 'staffers']}
      - {regex: '\b(?:doubled|tripled|quadrupled|grew|grown|more than doubled) (?:in )?(?:size|headcount)\b', keywords: ['doubled', 'tripled', 'quadrupled', 'grew', 'grown']}
      - {regex: '\b(?:did|have|has) (?:you|acme\w*|the team|your team) (?:\w+ )?(?:really |actually |just |truly )?(?:double|triple|quadruple|grow|cut|halve|shrink)d? (?:your |the |its )?(?:headcount|team|revenue|arr|mrr|customer base|user base|workforce|staff|customer count|sales team|engineering team)\b(?![''’]s|-)', keywords: ['did you', 'did your', 'did the', 'did acme', 'have you', 'has your', 'has the', 'has acme']}
      - {regex: '\b(?:grew|grown|growing|scaled|scaling|expanded|expanding|doubled|doubling|tripled|tripling|took|taking) (?:the |your |its )?(?:team|headcount|staff|workforce|company|customer base|user base|sales team|engineering team|org|sales org|business) (?:from \d[\d,.]*\s?(?:k|m)?\+? )?to (?:over |more than |nearly |almost |about |roughly )?\d[\d,.]*\s?(?:k|m|million)?\+?', keywords: ['grew', 'grown', 'growing', 'scaled', 'scaling', 'expanded', 'expanding', 'doubl', 'tripl', 'took the', 'taking the', 'took your', 'taking your', 'took its', 'taking its']}
      - {regex: '\b(?:grew|grown|growing|increased|expanded|scaled|risen|rose|jumped) (?:\w+ ){0,2}?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-?fold\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-?fold (?:growth|increase|jump)\b', keywords: ['fold', 'twofold', 'threefold', 'fourfold', 'fivefold', 'sixfold', 'sevenfold', 'eightfold', 'ninefold', 'tenfold', '-fold']}
      - {regex: '\b(?:twice|three times|four times|2x|3x|4x) (?:as big|as large|bigger|larger|the size)\b', keywords: ['twice', 'three times', 'four times', '2x', '3x', '4x']}
      - {regex: '\b(?:doubled|tripled|quadrupled|grew|grown|increased) (?:your |its |the |their )?(?:customer|user|employee|subscriber|merchant) (?:count|base|numbers)\b', keywords: ['doubled', 'tripled', 'quadrupled', 'grew', 'grown', 'increased']}
      - {regex: '\b(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?k|\d{3,})[- ](?:customer|user|employee|member|subscriber|download|merchant|seller)s? (?:milestone|mark)\b', keywords: ['milestone', 'mark']}
      - {regex: '\b(?:customer|user|subscriber|employee|merchant) (?:base|count) (?:just |has |have |recently |officially |finally |now )*(?:hit|crossed|passed|reached|topped|surpassed|broke|cleared|exceeded|doubled|tripled)\b', keywords: ['base', 'count']}
      - {regex: '\b\d+(?:\.\d+)?(?:x|%) (?:arr|mrr|revenue|customer|user|headcount|yoy|year-over-year) growth\b', keywords: ['growth']}
      - {regex: '\b(?:serving|serves|served|serve|powering|powers|powered|trusted by|used by|relied on by) (?:over |more than |nearly |almost |about |some |north of )?(?:\d{1,3}(?:,\d{3})+|\d{3,}|\d+(?:\.\d+)?k|\d+(?:\.\d+)? (?:million|thousand))\+? (?:\w+ )?(?:brands|companies|businesses|teams|organizations|organisations|restaurants|retailers|schools|hospitals|clinics|agencies|partners|customers|clients|users|merchants|enterprises|banks|stores|shops|accounts|developers|families|members|patients|households|homes|residents|students|pupils|learners|passengers|subscribers|policyholders|tenants|farmers|growers|drivers|riders|guests|donors)\b', keywords: ['serving', 'serves', 'served', 'serve', 'powering', 'powers', 'powered', 'trusted by', 'used by', 'relied on']}
      - {regex: '\b(?:revenue|arr|mrr|headcount|customer base|user base|bookings|workforce|customer count|user count) (?:more than )?(?:double|triple|quadruple|jump|surge|soar|balloon|skyrocket|explode)\b', keywords: ['revenue', 'arr', 'mrr', 'headcount', 'customer base', 'user base', 'bookings', 'workforce', 'customer count', 'user count']}
      - {regex: '\b(?:headcount|team|workforce|staff|revenue|arr|mrr|customer base|user base|sales team|engineering team|sales org|company|business) (?:is |are |has been |was )?(?:set|expected|projected|forecast|on track|poised|slated|due|planned|budgeted|on course) to (?:double|triple|quadruple|grow|reach|hit|top|cross|pass|exceed|more than double)\b', keywords: ['set to', 'expected to', 'projected to', 'forecast to', 'on track to', 'poised to', 'slated to', 'due to', 'planned to', 'budgeted to', 'on course to']}
      - {regex: '\byour (?:\d{1,3}(?:,\d{3})+|\d{4,}|\d+(?:\.\d+)?k)\+? (?:[\w-]+ )?(?:customers|clients|users|employees|staff|members|stores|locations|patients|students|subscribers|merchants|sellers|drivers)\b|\b(?:serving|serves|served|serve) (?:over |more than |nearly |almost |about |some |north of |well over )?(?:a|one|half a|two|three|several|multiple) (?:million|billion|hundred thousand) (?:\w+ )?(?:patients|customers|users|members|students|clients|people|households|passengers|shoppers|subscribers)\b', keywords: ['your', 'serving', 'serves', 'served', 'serve']}
      - {regex: '\b(?:revenue|sales|bookings|arr|margins?|profits?)\b (?:is |was |are |were |has been |have been )?(?:down|fell|dropped|declined|shrank|slipped|fallen|dropping|declining) (?:by )?(?:nearly |almost |about |over |roughly |around |more than )?\d+(?:\.\d+)?(?:%| percent)', keywords: ['down', 'fell', 'dropped', 'declined', 'shrank', 'slipped', 'fallen', 'dropping', 'declining']}
      - {regex: '\b(?:doubled|tripled|grown|grew|expanded) (?:your|the|its) (?:fleet|estate|footprint|network|portfolio|store count|site count|branch network)\b|\b\d[\d.,]*\s?(?:million|billion|thousand)\+? (?:\w+ )?(?:patients|students|members|passengers|households|learners|policyholders|riders|guests) (?:now )?(?:on|using|across|in|through) your\b', keywords: ['doubled', 'tripled', 'grown', 'grew', 'expanded', 'million', 'billion', 'thousand']}
      - {regex: '\b(?:enrol?ments?|admissions|applications|applicants|bookings|orders|order volumes?|footfall|foot traffic|visitors|visitor numbers|membership|members|donations|donors|giving|student numbers|pupil numbers|patient numbers|patient volumes?|subscriptions|signups|sign-ups|attendance|occupancy|shipments|gmv|transactions|ridership|fundraising|sales volumes?) (?:(?:is|are|was|were|has|have|had|being|been|just|now|already|reportedly) ){0,2}(?:up|grew|grown|growing|rose|risen|rising|jumped|climbed|surged|soared|spiked|increased|doubled|tripled|down|fell|dropped|declined)(?: by)? (?:about |around |roughly |nearly |almost |over |more than |some )?(?:\d+(?:\.\d+)?(?:%| percent|x)|a (?:third|quarter|half|fifth)|half|twofold|threefold|\d+-fold)', keywords: ['up', 'grew', 'grown', 'growing', 'rose', 'risen', 'rising', 'jumped', 'climbed', 'surged', 'soared', 'spiked', 'increased', 'doubled', 'tripled', 'down', 'fell', 'dropped', 'declined']}
      - {regex: '\b(?:enrol?ments?|bookings|orders|order volumes?|footfall|membership|donations|applications|admissions|subscriptions|signups|sign-ups|attendance|ridership|patient volumes?)(?: (?:to|at|for) [\p{L}&''-]+(?: [\p{L}&''-]+)?)? (?:have |has |had |just |nearly |almost |more than |already |reportedly )*(?:doubled|tripled|quadrupled)\b', keywords: ['doubled', 'tripled', 'quadrupled']}
      - {regex: '\b(?:revenues?|sales|turnover|arr|mrr|bookings|headcount|customer base|user base|workforce|gmv|profits?|order volumes?|output|production) (?:has |have |had )?(?:(?:apparently|reportedly|reputedly|roughly|nearly|almost|more than|just about|basically|effectively|now|already|all but|practically|somehow) )*(?:doubled|tripled|trebled|quadrupled|halved|soared|surged|skyrocketed|ballooned|exploded)\b', keywords: ['doubled', 'tripled', 'trebled', 'quadrupled', 'halved', 'soared', 'surged', 'skyrocketed', 'ballooned', 'exploded']}
      - {regex: '\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|half|most|all|several|many) (?:of|out of) (?:the )?(?:[\p{L}-]+ ){0,3}?(?:\d+|five|ten|twenty|fifty|hundred)\b[^.!?\n]{0,50}?\b(?:now )?(?:on|in|among) (?:your |its |their |(?:[\p{L}\p{N}&.-]+ ){0,3}[\p{L}\p{N}&.-]+(?:''s|’s|'') )(?:customer|client)s?(?: list| roster| base| book)?\b', keywords: ['customer', 'client']}
      - {regex: '\b(?:counts?|counting|counted|lists?|listing|boasts?|boasting) (?:[\p{L}\p{N}&''’-]+ ){0,7}?(?:among (?:its|your|their) (?:customers|clients)|as (?:customers|clients))\b', keywords: ['customers', 'clients']}
      - {regex: '\byour (?:headcount|team|workforce|staff|revenue|customer base|user base|employee count) (?:having |has |have |had )?(?:doubled|tripled|grown|grew|jumped|climbed|risen|rose|ballooned|shot up)\b', keywords: ['doubled', 'tripled', 'grown', 'grew', 'jumped', 'climbed', 'risen', 'rose', 'ballooned', 'shot up']}
      - {regex: '\b(?:had|posted|reported|delivered|closed|booked|enjoyed|announced|logged|notched|racked up) (?:a |an |another |its |their |your )?(?:all-time |company |new |bumper |blowout )?record(?:-breaking)? (?:quarter|year|month|half|revenue|sales|results|season|q[1-4]|turnover|profits?|bookings|growth)\b|\b(?:smashed|beat|crushed|exceeded|blew past|blew through|surpassed|topped) (?:its|their) (?:[\w-]+ ){0,2}(?:targets?|numbers|forecasts?|guidance|goals?|quotas?|estimates)\b', keywords: ['record', 'smashed', 'beat', 'crushed', 'exceeded', 'blew', 'surpassed', 'topped']}
      - {regex: '\byou(?:''ve| have| all)? (?:just |recently |already |now )?(?:hired|onboarded|added|brought on|taken on|took on) (?:over |more than |nearly |almost |about |around |another )?\d[\d,]* (?:new )?(?:[\w-]+ )?(?:people|staff|employees|hires|reps|aes|sdrs|bdrs|engineers|developers|nurses|drivers|technicians|agents|salespeople|account executives|sellers|recruiters|consultants)\b', keywords: ['hired', 'onboarded', 'added', 'brought on', 'taken on', 'took on']}
      # An insurer's book and ratios, a record intake (development sets HE, HF): "writing over €850 million in GWP last year", "Solvency II ratio now well above 220%", "doubled its commercial property premium", "a record number of applications".
      - {regex: '\b(?:writing|wrote|written|writes|underwrote|underwriting|placed|placing) (?:over |more than |nearly |about |around |almost |some |roughly )?(?:[$€£]|usd |eur |gbp )?\d[\d,.]*\s?(?:k|m|bn|b|million|billion)? (?:in |of )?(?:gwp|gross written premiums?|premiums?|gross premiums?|new business premiums?)\b|(?:''s|’s|\byour|\bits|\btheir) (?:solvency(?: ii)?|capital|combined|loss|expense|liquidity|leverage|cet1|tier 1|coverage|capital adequacy) ratio (?:is |was |has |now |sits |stands |at |of |well |comfortably |just |been |already )*(?:above|below|over|under|at|around|near|beyond|north of|south of|past|\d)|\b(?:doubled|tripled|quadrupled|halved) (?:its|their|your) (?:[\w-]+ ){0,3}(?:premiums?|book of business|book|gwp|market share|portfolio|footprint|fleet|headcount|revenue|customer base|store count|enrol(?:l)?ment|intake)\b|\b(?:a )?record (?:number|level|volume|high) of (?:applications|applicants|enrol(?:l)?ments|students|bookings|orders|visitors|customers|sales|members|patients|guests|subscribers|admissions|registrations)\b', keywords: ['gwp', 'premium', 'ratio', 'doubled', 'tripled', 'quadrupled', 'halved', 'record number', 'record level', 'record volume', 'record high']}
      # Hotel figures as news (development set HM): "ran at 91% occupancy through December to February", "X's RevPAR was down about 12% year over year", "ADR up 18% on last year", "struggled with occupancy below 50%"; a fleet's milestone and size (HN): "just passed one million electric kilometres", "grows past 500 vans this year".
      - {regex: '\b(?:ran|running|runs|sat|sitting|hovered|hovering|averaged|averaging|operated|operating) at (?:about |around |roughly |nearly |over |just under |just over )?\d+(?:\.\d+)?\s?% (?:occupancy|utili[sz]ation|capacity|load factor)\b|(?:''s|’s|\byour|\bits|\btheir) (?:revpar|adr|occupancy|gop|ebitda|like-for-like sales|same-store sales|footfall|bookings|covers) (?:was|were|is|are|has been|have been|fell|dropped|rose|grew|came in|ran|slipped|jumped) (?:down |up )?(?:by )?(?:about |around |roughly |nearly |almost |over |more than |just over |just under )?\d+(?:\.\d+)?\s?%|\b(?:revpar|adr|occupancy|gop|ebitda|footfall|covers|like-for-like sales|same-store sales) (?:up|down) (?:about |around |roughly |nearly |almost |over )?\d+(?:\.\d+)?\s?% (?:on|vs\.?|versus|over|from|compared (?:to|with)) (?:last|the previous|the same period last) (?:year|season|quarter|month)\b|\bstruggled with (?:occupancy|sales|bookings|footfall|enrol(?:l)?ment|retention|churn|cash ?flow|margins?) (?:below|under|of|at|around)\b|\b(?:passed|crossed|hit|reached|topped|surpassed|clocked|logged|clocked up|racked up) (?:the )?(?:one|two|three|four|five|ten|a|half a|\d[\d,.]*)\s?(?:million|billion|thousand|m|k|bn)? (?:electric |zero-emission |ev |emission-free |fossil-free )?(?:kilomet(?:re|er)s|km|miles|trips|rides|deliveries|journeys|passengers|shipments|parcels)\b|\b(?:grows?|growing|grew|grown|expands?|expanding|expanded|scales?|scaling|scaled) (?:past|beyond|to|over|above) (?:about |around |over |nearly |more than )?\d[\d,]* (?:vans|trucks|lorries|vehicles|buses|coaches|cars|drivers|routes|depots|beds|rooms|hotels|hostels|properties|keys)\b', keywords: ['occupancy', 'utilisation', 'utilization', 'capacity', 'load factor', 'revpar', 'adr', 'gop', 'ebitda', 'footfall', 'covers', 'sales', 'bookings', 'struggled with', 'kilometres', 'kilometers', 'km', 'miles', 'trips', 'rides', 'deliveries', 'journeys', 'passengers', 'shipments', 'parcels', 'vans', 'trucks', 'lorries', 'vehicles', 'buses', 'coaches', 'cars', 'drivers', 'routes', 'depots', 'beds', 'rooms', 'hotels', 'hostels', 'properties', 'keys']}
    exceptions:
      # A sum worked out on its line: "4 people x 6 days x 18 audits = 432 staff-days a year" (fifty-fourth session, NAZ).
      - '\d[\d,.]* [\p{L}-]+ (?:x|×|\*) \d[^\n]{0,80}='
      # A product's threshold: "Roster optimisation is about 35% faster for rosters above 1,000 staff" (forty-fifth session, TU).
      - '\bfor [\p{L}]+ (?:above|over|below|under|up to|with more than|of more than|with over|with up to|of up to) \d[\d,.]* (?:staff|employees|users|seats|people|members|customers|agents)\b'
      # A sample of the reader's data, and who comes to a session: "Your team checks a sample of 50 products and 20 customers"; "Thu 5 June, 08:00–09:30, on site in Mâcon, 4 people" (forty-fifth session, TM).
      - '\b(?:a |the )?(?:random |small |test )?sample of (?:\d[\d,]* [\p{L}]+(?:,? (?:and|or) )?)+'
      - '\b\d{1,2}[:h.]\d{2}\s*(?:[-–—]|to)\s*\d{1,2}[:h.]\d{2}\b[^.!?\n]{0,60}\b\d{1,3} (?:people|participants|attendees|staff|users|seats|places)\b'
      # The size of an event we host: "About 15 people, mostly from chains and clinic networks around Nairobi" (forty-third session, NX).
      - '^\s*(?:about|around|roughly|up to|just|only|some) \d+ (?:people|guests|attendees|participants|operators|leaders)\b,? (?:mostly|all|from|including|max|maximum|in total)\b'
      # A head count as the basis of a quote (PRICED_HEAD_COUNT).
      - '${PRICED_HEAD_COUNT}'
      # The size of an event: "About 20 people, no slides, just a round-table" (forty-first session, AN).
      - '\b(?:about|around|roughly|max(?:imum)?|up to|only|just) \d+ (?:people|guests|attendees|seats|places|spots|participants)\b[^.!?\n]{0,80}\b(?:round-?table|breakfast|dinner|lunch|workshop|session|slides|seminar|panel|meetup|event)\b|\b(?:round-?table|breakfast|dinner|lunch|workshop|session|seminar|panel|meetup|event)\b[^.!?\n]{0,80}\b(?:about|around|roughly|max(?:imum)?|up to|only|just) \d+ (?:people|guests|attendees|seats|places|spots|participants)\b'
      # A count our product keeps, setting the reader's tier at renewal: "Acme's member count has grown from 480 to 1,020 farms this year, so you'd move from Core to Plus" (forty-first session, XA).
      - '\b(?:so|which means|meaning) (?:you''d|you would|you''ll|you will|it''d|it would|that puts you|you) (?:now )?(?:move|moves|go|goes|step|steps|fall|falls|jump|jumps|sit|sits) (?:up )?(?:from|to|into|in) (?:the |our )?[\p{L}]+(?: (?:to|into) (?:the |our )?[\p{L}]+)?(?: (?:tier|plan|band|bracket|package|edition))?\b'
      # Sizing from the reader's own proposal form: "As a five-person team with about £600k revenue, Acme fits our Starter plan" (forty-first session, AK).
      - '\bas an? (?:[\w-]+[- ])?(?:person|people|strong|seat|employee|staff) (?:team|business|company|firm|studio|practice|agency|shop|startup)\b[^.!?\n]{0,80}\b(?:fits?|qualif(?:y|ies)|suits?|falls? (?:into|under|within)|is eligible|would sit)\b'
      # A reference list's item: "1. AutoCom Piese, Pitești: automotive, 1,100 employees, footwear and gloves" (forty-first session, AG).
      - '^\s*(?:(?:\d{1,2}[.)]|[-*•])\s*)?[^:\n]{1,60}:\s*[\p{L} &/-]{2,40}, (?:about |around |roughly |over |some )?\d[\d,]* (?:employees|people|staff|sites|locations|stores|beds|vehicles)\b'
      # A pilot's scope: "- Line 2 at the Oradea plant, about 60 people" (forty-first session, AG).
      - '^\s*(?:[-*•]\s*)?(?:line|shift|team|site|plant|crew|depot|warehouse|pilot|group|floor|unit|ward|store|branch)\b[^.!?\n]{0,50}, (?:about|around|roughly|some|approximately|approx\.?|~) ?\d[\d,]* (?:people|staff|operatives|workers|employees|users)\b'
      # A numbered section's label ("2.3 Employees: 140") and a count added to a role in a schedule ("Branch manager + 2 staff") are no growth figures (forty-first session, AA and AB).
      - '^\s*\d{1,2}(?:\.\d{1,2})+ (?:[\p{L}-]+ ){0,3}[\p{L}-]+\s*:'
      - '\+ ?\d{1,3} (?:staff|people|employees|engineers|users|colleagues|reps|agents|managers)\b'
      # Sizing advice from the reader's count: "With 220 people on the floor, we'd suggest two machines" (fortieth session, BX).
      - '\bwith \d[\d,]* (?:people|staff|employees|users|guests|seats|learners|drivers)\b[^.!?\n]{0,40}\b(?:we''d|we would|i''d|i would|we|i) (?:suggest|recommend|advise|propose)\b'
      # A count of a list the reader sent, a proposal's seats (fortieth session, BT): "[x] Learner list received (75 people)", "- 12 people on Crest Plus".
      - '\b(?:list|roster|file|export|csv|spreadsheet|names)\b[^.!?\n]{0,30}\(\d[\d,]* (?:people|learners|users|employees|staff|names|contacts|rows|records|students|members)\)'
      - '\b\d[\d,]* (?:people|users|learners|seats|employees|staff|members|students|agents) on (?:ourco |the |our |your )?(?:[\p{L}+-]+ ){0,2}(?:plan|tier|package|licen[cs]es?|subscription|plus|pro|premium|standard|basic|starter|enterprise|essentials|growth|business)\b|\bproposal\b[^.!?\n]{0,40}\b\d[\d,]* (?:people|users|seats|learners|licen[cs]es)\b|\bwith (?:only |just )?\d[\d,]* (?:people|users|seats|learners|employees|staff)\b[^.!?\n]{0,40}\b(?:discount|tier|band|price|pricing|billing|plan|rate)\b'
      # Work done in our product or priced, not a count told as news (fortieth session, BP and BQ): "you've imported
      # 25 employees", "412 customers and 2,318 carriers are now in Ourco", "For 45 employees on Payroll Core, that
      # works out as:", "Headcount changed from 120 to 105 employees" in a revised proposal.
      - '\b(?:you(?:''ve| have)|your team(?:''s| has)|we(?:''ve| have)|i(?:''ve| have)) (?:already |now |just )?(?:imported|uploaded|synced|loaded|migrated|entered|added|invited|set up|created|connected|mapped) (?:all |the |your )?\d[\d,]* (?:employees|users|staff|customers|carriers|contacts|records|members|people|drivers|vehicles|students|patients|accounts)\b'
      - '\b(?:are|is) now (?:in|on|loaded into|imported into|live in|set up in|stored in|synced (?:to|with)) (?:ourco|your (?:account|workspace|instance|tenant|portal|dashboard|system))\b'
      - '\b(?:that|this|which|it) (?:works out|comes out|comes to|adds up)\b'
      - '\b(?:headcount|user count|seat count|employee count|number of (?:employees|users|seats)) (?:changed|updated|adjusted|reduced|lowered|raised|increased|corrected|amended)\b'
      # A range offered, not a count claimed: "3 months, 4 to 6 stores of your choice" (thirty-eighth session, WA).
      - '(?<!\bfrom )\b\d+ ?(?:to|-|–|or) ?\d+ (?:of (?:your|the|their) )?(?:stores|locations|sites|restaurants|venues|branches|outlets|clinics|hotels|users|seats|employees|staff|people|team members)\b(?! (?:in|over|since|this|last) )'
      # Records our product handled for the reader: "DONE  1,120 employees synced from your HR system" (thirty-seventh session, UA).
      - '\b\d[\d,.]* (?:employees|users|staff|customers|records|members|patients|students|drivers|learners|contacts|accounts|leases|devices|assets|vehicles) (?:synced|imported|uploaded|loaded|migrated|enrolled|provisioned|invited|onboarded|added|mapped|matched|assigned)\b'
      - '\b(?:team|headcount|seat count|user count|staff) (?:grew|has grown|increased|went up)\b[^.!?\n]{0,60}\b(?:seat count|seats|licen[cs]es|renewal|invoice|subscription|billing|user count)\b'
      - '\b(?:wave|phase|stage|pilot|rollout|roll-out|batch|cohort|tranche|step) ?(?:\d+|one|two|three|four)?\b[^.!?\n]{0,30}\b\d+ (?:stores|locations|sites|restaurants|venues|branches|outlets|clinics|practices|schools|campuses|warehouses|depots|homes|hotels|properties|offices|plants|registers|terminals|tills|kiosks|trucks|vans|vehicles)\b|\b\d+ (?:stores|locations|sites|restaurants|venues|branches|outlets|clinics|practices|schools|campuses|warehouses|depots|homes|hotels|properties|offices|plants|registers|terminals|tills|kiosks|trucks|vans|vehicles)\b[^.!?\n]{0,20}\b(?:in|for) (?:the )?(?:pilot|first wave|second wave|phase \d|rollout)\b'
      - '\b\d+ (?:stores|locations|sites|restaurants|venues|branches|outlets|clinics|practices|schools|campuses|warehouses|depots|homes|hotels|properties|offices|plants|registers|terminals|tills|kiosks|trucks|vans|vehicles|seats|users|licen[cs]es)\s*[:=×x@]\s*(?:[$€£¥₹]|(?:usd|eur|gbp|jpy|inr|chf|aud|cad|sgd|brl|mxn|yen)\b|\d)'
      - '\b(?:for|at|on|across|with) (?:your|the|all) (?:current |existing |present |licen[cs]ed )?[\d,]+ (?:staff|seats|users|employees|people|licen[cs]es|members|learners|agents|drivers|technicians)\b(?=[^.!?\n]{0,80}\b(?:means|would be|comes to|works out|price|cost|invoice|subscription|renewal|per (?:person|user|seat|month|year)|annual|monthly|total)\b)'
      - '\b(?:criteria|qualif(?:y|ies|ying)|eligib(?:le|ility)|requirements?|thresholds?)\b[^.!?\n]{0,40}\b(?:under|below|fewer than|less than|up to|no more than|over|above|more than|at least)\s\d[\d,.]*\+?\s(?:employees|staff|people|workers|headcount)\b'
      - '\b(?:groups|teams|companies|orgs|organi[sz]ations|lists|files|workspaces|accounts) (?:larger|bigger|smaller) than \d[\d,]* (?:people|users|members|employees|rows|seats)\b'
      - '\b(?:would|will|could|might) (?:add|bring|take|mean|cover)\b[^.!?\n]{0,20}\d[\d,]*\s(?:users|seats|employees|people|licen[cs]es|staff)\b'
      - '^\s*(?:[-*•]\s*)?\d[\d,]* (?:staff|employees|people|users|learners|members|agents) (?:are|were|have|had) (?:still )?(?:outstanding|overdue|pending|not yet|yet to|incomplete|remaining|left|enrolled|completed|inactive|locked|due)\b'
      - '\b(?:total|count|number|quote|order|plan|seats?|licen[cs]es?|subscription|headcount on the plan)\b[^.!?\n]{0,15}\bnow (?:past|over|above|at|beyond)\b'
      - '^\s*(?:[-*•]\s*)?(?:[1-9]|1\d) (?:employees|staff members|people|workers|colleagues|members of staff) (?:are|were|joined|have|had|will|need|left|started|went)\b'
      - '\b(?:discount|tier|band|plan|pricing|price|rate|licen[cs]es?|bracket)s?\b[^.!?\n]{0,30}\b(?:above|over|below|under|up to|beyond|more than|from)\s\d[\d,.]*\+?\s(?:employees|users|seats|staff|people|workers|headcount)\b'
      - '\b(?:customers|users|teams|companies|clinics|schools|businesses|restaurants|stores|fleets) (?:on|using|of|running|that use|who use|already on) (?:ourco|us|our (?:platform|product|app|software|tool|service))\b'
      - '\bout of (?:the |your |all )?[\d,]+ (?:employees|staff|people|users|recipients|participants|respondents|learners)\b'
      - '\b\d+ (?:of your )?(?:team members|users|people|seats|members|admins|reps|agents|colleagues|learners|managers) (?:have|has|had) (?:now )?(?:signed in|logged in|been active|activated|joined the (?:trial|workspace|pilot|account)|used|created|invited|completed|finished|started|tried)\b|\b(?:the )?\d+ (?:people|users|members|team members|seats|reps|learners|colleagues) (?:who|that) (?:have|has|had) (?:been active|signed in|logged in|used|tried|completed)\b'
      - '\b(?:such as having|if (?:you|they|it|a company|an organi[sz]ation|a business|the firm) (?:has|have)|companies with|firms with|organi[sz]ations with|businesses with|employers with|entities with|anyone with|those with|thresholds?|applies to|required for)\b[^.!?\n]{0,40}\d'
      - '\b(?:for|covers?|covering|to|between|across|among) (?:the|your|all|those|these) \d[\d,]* (?:[\w-]+ )?(?:staff|people|users|employees|drivers|engineers|agents|reps|technicians|nurses|members|seats|lines|devices) (?:who|that|on|in|at|using|travelling|traveling)\b'
      - '\b(?:plan|schedule|materials|delivery|deliveries|rollout|campaign|installation|order|quote|pricing|visits?|service|cleaning|audit)\b[^.!?\n]{0,40}?\b(?:at|for|to|across|in) (?:your|all|each of your) \d[\d,]* (?:stores|sites|locations|branches|outlets|clinics|restaurants|offices|warehouses|depots)\b'
      - '\b(?:customers|clients|people|guests|users|attendees|participants) from (?:different|various|several|other|many|a range of|across) (?:industries|sectors|companies|countries|organisations|organizations|teams|regions)\b|\bfor (?:your|the) \d[\d,]* (?:students|users|seats|employees|staff|people|members|licen[cs]es|learners|agents|drivers|vehicles|locations|sites|practitioners|beds),? (?:that|this|it|the (?:price|cost|total|fee)) (?:would|will|comes to|works out|is)\b'
      - '\b\d[\d,]* (?:people|participants|attendees|delegates|respondents|members|staff|employees|customers|clients|users|guests|students|learners|candidates) (?:said|told (?:us|me)|answered|responded|replied|rated|voted|completed|attended|joined (?:the|our)|signed up|registered|took part|came|asked|would recommend|gave)\b|\b(?:up to|a maximum of|maximum|max\.?|at most|limited to|capped at|room for|seats|seating|fits|holds|capacity (?:of|for)|places,|places for|groups? of|sessions? of|classes? of|cohorts? of|(?:night |day |early |late |weekend )?shifts? of|crews? of) (?:about |around |roughly |up to )?\d[\d,]* (?:people|participants|attendees|delegates|guests|students|learners|staff|workers|operators|drivers|pickers)\b|\b\d[\d,]* (?:people|participants|attendees|delegates|guests|students|learners) (?:per|a|each) (?:session|group|class|course|cohort|room|table|workshop|day|date|event)\b'
      - '\b(?:charged|billed|invoiced|quoted|priced|licensed|costed)\b(?: you| your team| them)?[^.!?\n]{0,12}\bfor (?:about |around |approx\.? |approximately |roughly |up to |the )?\d'
      - '(?:^|\n)\s*(?:option|tier|package|scenario|bundle|quote)\s+(?:[a-d1-4]|one|two|three)\b\s*[:—–-]'
      - '\b\d[\d,.]*\+? (?:customers|clients|users|patients|members|people|staff|employees|students|guests|drivers|parents|tenants|residents)\b (?:have |had |were )?(?:rebooked|booked|used|logged in|signed in|clicked|opened|completed|responded|replied|redeemed|activated|downloaded|registered|checked in|confirmed|cancel+ed|paid|scanned|viewed|enrolled|signed up|opted in|opted out)\b'
      - '\b\d+ (?:people|colleagues|attendees|participants|delegates|guests) (?:attended|joined|came|registered|signed up|took part|turned up|showed up|are coming|will attend|from|in the room|at the session)\b'
      - '\b\d[\d,]* (?:staff|user|student|employee|member|teacher|admin) (?:accounts|logins|licen[cs]es|seats|profiles)\b'
      - '\b(?:holds?|seats|fits|accommodates?|takes|capacity (?:of|for)|capped at|limited to|room for|space for|max(?:imum)?(?: of)?) (?:about |around |roughly |up to |just |only )?\d[\d,]* (?:people|guests|attendees|participants|delegates|seats)\b'
      - '\b(?:table|group|dinner|lunch|session|cohort|class|roundtable|round table|room|circle|gathering|party|panel|workshop|breakfast|tour|briefing|meetup|meet-up) (?:of|for) (?:about |around |roughly |up to |just |only |maybe |some |no more than )?\d+ (?:people|guests|attendees|participants|peers|leaders|execs|executives|practitioners|customers|colleagues)\b'
      - '\b(?:holds?|seats|fits|accommodates?|takes|capacity (?:of|for)|capped at|limited to|room for|space for|max(?:imum)?(?: of)?) (?:about |around |roughly |up to |just |only )?\d[\d,]* (?:people|guests|attendees|participants|delegates|seats)\b'
      - '\b(?:people|guests|attendees|participants|delegates|colleagues|customers) (?:are |were )?(?:expected|attending|registered|coming|joining|confirmed)\b|\brsvp\b'
      - '\b(?:usd|eur|gbp|chf|aud|cad|nzd|sek|nok|dkk|jpy|inr|sgd|zar)\s?\d[^.!?\n]{0,90}\b\d[\d,]* (?:\w+ )?(?:users|seats|licen[cs]es|members|staff|people|reps|agents|employees|locations|stores|sites)\b|\b\d[\d,]* (?:\w+ )?(?:users|seats|licen[cs]es|members|staff|people|reps|agents|employees|locations|stores|sites)\b[^.!?\n]{0,90}(?:\b(?:usd|eur|gbp|chf|aud|cad|nzd|sek|nok|dkk|jpy|inr|sgd|zar)\s?\d|\d[\d,.]* ?(?:usd|eur|gbp|chf|aud|cad|nzd|sek|nok|dkk|jpy|inr|sgd|zar)\b)'
      - '\b(?:roll-?out|rollout|roll(?:ing)? out|deploy\w*|go(?:ing)?-? ?live|migrat\w*|onboard\w*|launch\w*|expand\w*|extend\w*) (?:it |this )?(?:to|across|at|for|in|into) (?:the |your |all |each |every )?(?:remaining |other |first |next |last |final )?\d'
      - '\b(?:waves?|batches?|groups?|phases?|cohorts?|tranches?) of \d'
      - '\b\d[\d,]* (?:\w+ )?(?:customers|users|members|people|staff|employees|guests|patients|shoppers) (?:\w+ ){0,4}(?:received|got|were (?:affected|impacted|charged|sent|double-charged)|saw|experienced|hit|reported)\b'
      - '\b(?:you|you''ve|you''d|your team|your (?:\w+ )?(?:lead|manager|director|head|cfo|ceo|cto|coo)) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted|described|estimated|expect|expected|quoted|gave|listed|flagged|indicated|confirmed)\b'
      - '\bas (?:you|\w+) (?:mentioned|said|noted|described|explained|pointed out)\b'
      - '[$€£]\s?\d[^.!?\n]{0,90}\b\d[\d,]* (?:\w+ )?(?:users|seats|licen[cs]es|members|staff|people|reps|agents|employees|locations|stores|sites)\b|\b\d[\d,]* (?:\w+ )?(?:users|seats|licen[cs]es|members|staff|people|reps|agents|employees|locations|stores|sites)\b[^.!?\n]{0,90}[$€£]\s?\d'
      - '\bper (?:user|seat|member|licen[cs]e|agent|employee|location|store|site)\b'
      - '\b\d[\d,]* (?:\w+ )?(?:seats|licen[cs]es)\b'
      - '\b(?:renewal|subscription|order|agreement|rollout|roll-out|deployment|implementation)\b[^.!?]{0,30}\b(?:covers?|covering|includes?|including|for|with|across|to) (?:up to |your first |the first |all |the )?\d'
      - '\b(?:start|starting|begin|beginning|roll(?:ing)? (?:it |this )?out|pilot(?:ing)?|launch(?:ing)?|go(?:ing)? live) (?:with|to|in|at|across|for) (?:the |your |those |these |just )?(?:first )?\d'
      - '\bfor (?:a|an|any|every) (?:[\w-]+ )?(?:company|team|business|organi[sz]ation|org|firm|school|hospital|practice|group|department|site) (?:of|with)\b'
      - '\b\d[\d,]* (?:of|out of) (?:the |your |our )?\d[\d,]*\b'
      - '\b(?:users|seats|licen[cs]es|current plan|plan|tier|headcount|team size)\s*:\s*[^.!?\n]{0,30}\d'
      - '\b(?:when|as|once|if|until) (?:teams|companies|orgs|organizations|you|a team|your team) (?:\w+ )?(?:grow|grows|scale|scales|reach|reaches|hit|hits|pass|passes|cross|crosses|get to|gets to)\b'
      - '\bif you (?:ever )?(?:grow|scale|expand|hire|raise|reach|hit)\b'
      - '\b(?:help|helps|helping|helped|can|could|will|would|should|might|let|lets|to help|use us to|used us to|using us to) (?:you |your team |teams |them |the team |companies |customers )?(?:\w+ )?(?:grow|scale|double|triple|increase)\b'
      - '\b(?:scales?|handles?|supports?|serves?|built for|designed for) (?:up )?to (?:a |one |several )?(?:million|billion)\b'
      - '\b(?:like yours|your size|of your size)\b'
      - '\b(?:customers|clients|schools|colleges|universities|teams|users|companies|firms|charities|hospitals|retailers|brands|practices|venues|operators) (?:typically |usually |often |generally |on average |tend to )?(?:see|saw|get|got|report|reported)\b(?! (?:me|us|you|him|her|them) (?:thinking|wondering|curious|interested|excited))'
      - '\b(?:pilot|trial|plan|licen[cs]e|seats?|package|tier|quote|proposal|poc|proof of concept|bundle|contract)\b[^.!?]{0,30}\b(?:covers?|covering|includes?|including|for|with|supports?) (?:up to |your first |the first |a team of |the |your |all |just )?\d'
      - '\b(?:can|could|will be able to|may|get to|able to) (?:invite|add|onboard|support|host|connect|seat|enroll|provision|roll (?:it|this|us) out to)\b[^.!?]{0,20}\d'
      # Work done on the reader's people or list, not a figure told as news: "Moving 1,400 people onto a new
      # attestation process", "details validated for all 1,206 active employees", "start with your most
      # engaged 50,000 subscribers"; and an operational volume that grew ("while ticket volume grew by 70%")
      # in a sentence that counts no customers, people or revenue.
      - '\b(?:moving|migrating|moved|migrated|transitioning|transitioned|switching|switched|training|trained|retraining|onboarding|onboarded|enrolling|enrolled) (?:all |the |your |those |these )?[\d,]+ (?:people|employees|staff|users|members|agents|reps|drivers|technicians|nurses|learners|students|subscribers|contacts|accounts|records) (?:onto|to|into|from|over|across|through|on)\b'
      - '\ball (?:of (?:the|your) )?[\d,]+ (?:active|current|existing|enrolled|eligible|remaining|registered|licensed|invited|imported|synced) (?:employees|staff|users|members|people|subscribers|customers|learners|students|patients|drivers|agents|contacts)\b'
      - '\b(?:most|least|highly|recently) (?:engaged|active|recent|valuable|loyal|inactive|lapsed) [\d,]+ (?:subscribers|customers|users|members|contacts|buyers|donors|shoppers|players)\b'
      - '^(?![^\n]*\b(?:customers?|clients?|users?|employees|staff|headcount|revenue|arr|mrr|people|members|subscribers|hires|engineers|reps)\b)[^\n]*?(?:\b(?:ticket|call|email|case|request|chat|message|support|inbound|search|api|query|alert|incident|job|application|claim|log|event) volumes?\b[^.!?\n]{0,20}\b(?:grew|grown|growing|rose|risen|increased|doubled|tripled|jumped|climbed)\b|\b(?:traffic|usage|adoption|engagement|sessions|page ?views|visits|open rates?|click rates?|response times?|backlogs?|queues?)\b (?:has |have |had )?(?:grew|grown|growing|rose|risen|increased|doubled|tripled|jumped|climbed)\b)'
      # Our plan's terms: "The minimum is 20 employees", "fee waived for organisations under 100 employees".
      - '\b(?:minimum|min\.?|maximum|max\.?|threshold|limit|cap)\b[^.!?\n]{0,20}?\b(?:is|of|at|:)?\s*\d[\d,]*\+? (?:employees|staff|people|users|seats|workers|members)\b|\b(?:for|to) (?:organi[sz]ations|companies|employers|businesses|firms|teams|customers|charities|non-?profits|schools|practices)(?: with| of)? (?:under|below|fewer than|less than|up to|over|above|more than|at least|of up to) \d[\d,]*\+? (?:employees|staff|people|workers|members)\b'
      # A subset of the reader's sites named with what sets it apart, figures of our service in their sites, a result measured
      # there, another person's company, our usage review (thirty-fifth session, development sets IC and ID).
      - '\bthe \d[\d,]* (?:[\w-]+ )?(?:stores|locations|sites|branches|outlets|clinics|restaurants|offices|warehouses|depots|hotels|properties|schools|practices|venues) (?:where|with|that|which|whose|in which|we|you)\b'
      - '\b(?:counting|counted|connected|monitored|tracked|installed|deployed|live|equipped|audited|piloted|sensors?|counters?)\b[^.!?\n]{0,40}\b(?:in|across|at|for) (?:your |the |all |all of your )?\d[\d,]* (?:[\w-]+ )?(?:stores|locations|sites|branches|outlets|clinics|restaurants|offices|warehouses|depots|hotels|entrances)\b'
      - '\b\d[\d,]* (?:connected|monitored|live|equipped|pilot|audited|tracked|counted) (?:stores|locations|sites|branches|outlets|entrances|clinics|restaurants)\b'
      - '\b(?:down|up|fell|rose|dropped|cut|reduced|improved|increased|decreased|grew)\b[^.!?\n]{0,40}\bin (?:the |your |all |those |these )?\d[\d,]* (?:[\w-]+ )?(?:stores|locations|sites|branches|outlets|clinics|restaurants)\b'
      - '\b(?:her|his) (?:chain|company|business|group|firm|organi[sz]ation|brand|employer|retailer|network)\b'
      - '\bour (?:usage|account|adoption|platform|health|quarterly|annual|monthly) (?:review|report|data|stats|statistics|dashboard|check|analysis)\b|\b(?:e-?signature|signature|envelope|document|usage|login|upload|download|export|report|api call)s? (?:volume|count|numbers?)s? (?:grew|rose|increased|went up|doubled|is up|was up)\b'
      # A figure with the reader as its source in an aside: "roughly 150 people during that window (your gate staff estimate)" (development set JD).
      - '\((?:your|per your|according to your|from your) (?:[\w-]+ ){0,3}(?:estimate|estimates|figures?|numbers?|count|counts|data|report|records?)\)'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:customer|client|user|employee|people|staff|headcount|team|revenue|\barr\b|\bmrr\b|grew|growth|double|triple|member|subscriber|download|hire|hiring|engineer|rep|merchant|store|location|profit|break-?even|cash|enrol|admission|footfall|donation)'
    message: 'claims a customer, headcount or revenue figure ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'With Acme Analytics having sold out all 220 apartments at Harbour One before construction even started, you must be busy.'
        - 'I''m getting in touch because Acme Analytics is now running 90 residential projects at once, up from about 40 this time last year.'
        - 'Are you finding it hard to keep up since Acme Analytics doubled its client list to 60 care homes?'
        - 'With Acme Analytics''s online sales doubling since 2023, the warehouse must be stretched.'
        - 'With Acme Analytics set to double its franchise count by 2026, scheduling across sites will get tricky.'
        - 'Three new gyms in six months — Acme Analytics is on a roll!'
        - 'Acme Analytics posted record December sales, according to a friend in the industry.'
        - 'Acme Analytics has apparently been turning over something like €4M a year from the Barcelona site alone.'
        - 'Acme Analytics crossed $10M in annual sales this year, which is quite a milestone.'
        - 'With Acme Analytics now past 1,200 employees, a single HR system matters.'
        - 'With your triple-digit growth, seats will matter.'
        - 'Headroom for Acme Analytics''s 3x year-on-year growth is built into the plan.'
        - 'Acme Analytics is said to have grown its enterprise customer base to over 4,000 accounts.'
        - 'Apparently Acme Analytics''s mobile subscriber base dropped by 80,000 after the price increase.'
        - 'Acme Analytics is doubling its field service team this year to keep up with demand.'
        - 'Your churn dropped to under 5% after the platform migration — nicely done.'
        - 'Acme Analytics''s share price jumped 12% after last quarter''s earnings, so there''s clearly momentum.'
        - 'Looks like Acme Analytics has just onboarded its 500th client — congrats!'
        - 'With your student base now over 80,000, the per-seat price drops considerably.'
        - 'Now that your fleet has passed 1,200 vehicles, you qualify for our Volume tier.'
        - 'Off the back of your record quarter, with gross written premium up 30%, I thought it was worth reaching out.'
        - 'Beating Q1 revenue forecasts by 25% makes now a good time to invest in data quality.'
        - 'Turnover hitting AUD 90m puts you past the point where spreadsheets cope.'
        - 'Its been impressive watching Acme Analytics grow to 150 properties across the UAE.'
        - 'Hearing that Acme Analytics just crossed 2,000 corporate clients, I thought of your intake process.'
        - 'You just hired 50 AEs this quarter, right? That''s a lot of ramp time to manage.'
        - 'With your headcount having doubled to around 1,400 since last summer, onboarding must be busy.'
        - 'With your customer count north of 5,000, renewals take real coordination.'
        - 'Now that your user base is over two million, support volume must be climbing.'
        - 'Your revenue has apparently tripled since 2021, so the back office must be stretched.'
        - 'Revenue has reportedly doubled at your company since the spin-off.'
        - 'With nine of the ten largest grocers now on your customer list, delivery windows must be tight.'
        - 'You count three of the big four banks as clients, which is impressive.'
        - 'Given that you now serve more than 40,000 households across the Midlands, call volumes must be high.'
        - 'Serving over 12,000 students across three campuses, your IT desk must be busy.'
        - 'Since Acme Analytics just reported a 35% jump in revenue last quarter, I imagine your finance team is stretched.'
        - 'Since Acme Analytics now works with over 300 hospital systems, I imagine onboarding is a big job.'
        - 'You''ve doubled your fleet to 800 vehicles since last year.'
        - 'With over 1.2 million patients now on your platform, uptime must be a board-level topic.'
        - 'I know the last two quarters have been tough with revenue down nearly 15%, so I''ll keep this focused on cost.'
        - 'Your 2,500 retail customers are exactly the sort of volume our platform was built for.'
        - 'Since you are serving over a million patients a year, data protection must be front of mind.'
        - 'With your headcount set to double to 800 this year, IT onboarding must be a big focus right now.'
        - 'Your revenue is on track to pass $50M this year, which is impressive.'
        - 'Acme Analytics now has 400 people across three sites, so onboarding must be a challenge.'
        - 'Acme Analytics now has 400 people across three sites, so onboarding must be a challenge.'
        - 'Acme Analytics, a retailer with around 900 staff, must be juggling a lot of rosters.'
        - 'Congrats, Dana! Acme Analytics (now 400 employees) has come a long way.'
        - 'With Acme Analytics''s revenue passing $200 million last year, you''re at the scale where this really matters.'
        - 'With your headcount doubling since spring, onboarding is probably a bottleneck.'
        - 'Since you now serve over 2 million patients, scale must be top of mind.'
        - 'With your headcount up 50% this year, onboarding is tough.'
        - 'With 2 million customers on your platform, scale matters.'
        - 'Congrats on crossing 10,000 customers!'
        - 'Saw that you now have 500 employees.'
        - 'Impressive that you doubled your headcount this year.'
        - 'Now that your team has grown to 400, review gets harder.'
        - 'Your team has tripled since last year.'
        - 'Congrats on hitting $50M in ARR.'
        - 'Congrats on growing 3x last year.'
        - 'Impressive to see Acme grow revenue 150% year over year.'
        - 'With a team of 800, review must be hard.'
        - 'Congrats on reaching one million users!'
        - 'Your headcount has doubled since January.'
        - 'Congrats on the 10,000th customer!'
        - 'Congrats on surpassing $1B in GMV.'
        - 'Your ARR just crossed $20M, congrats!'
        - 'With ARR over $100M, scale matters.'
        - 'Revenue up 3x last year, impressive.'
        - 'With a 1,200-person team, onboarding must be a beast.'
        - 'With 1,200 folks on the team, onboarding must be a beast.'
        - 'You doubled in size this year.'
        - 'The team is twice as big as last year.'
        - 'You tripled your customer count this year.'
        - 'Congrats on the 5,000-customer milestone!'
        - 'Your customer base just hit 5,000.'
        - 'Congrats on 3x ARR growth.'
        - 'Headcount has grown fivefold since 2023.'
        - 'Congrats on growing the team to 1,000!'
        - {"text": "Congrats on growing the team to 1,000!", "facts": ["Has about 850 employees"]}
        - 'Serving 5,000 brands is no small feat.'
        - 'Impressive to see revenue triple in two years.'
        - 'Did you really triple headcount last year?'
        - 'Heard you''ve been hiring like crazy.'
        - {"text": "Congrats on adding 2,000 customers this year.", "facts": ["Serves 12,000 customers"]}
        - {"text": "Impressive that you tripled headcount this year.", "facts": ["Has about 450 employees"]}
        - {"text": "Your headcount doubled last year.", "facts": ["Has about 450 employees"]}
        - {"text": "Congrats on doubling your customer base!", "facts": ["Serves 12,000 customers"]}
        - {"text": "Revenue up 40% year over year, impressive.", "facts": ["Serves 12,000 customers"]}
        - {"text": "Is it true your headcount doubled in a year?", "facts": ["Has about 450 employees"]}
        - {"text": "With 450 customers, consistency matters.", "facts": ["Has about 450 employees"]}
        - 'Congrats on enrolment being up 18% this year!'
        - 'Saw that bookings doubled at Acme since the spring.'
      pass:
        - 'Moving 1,400 people onto a new attestation process in one year is no small thing.'
        - 'Super fund details validated for all 1,206 active employees.'
        - 'Start with your most engaged 50,000 subscribers and scale up over four weeks.'
        - 'Cutting resolution time by two-thirds while ticket volume grew by almost 70% is a great result.'
        - 'Our last batch of demo units sold out in a week, so the next ones ship in May.'
        - 'I''ve attached a usage summary. Your planning team ran 1,430 transformer loading studies this year, up from 610 last year, which is nice to see.'
        - 'Your team grew this year, so the renewal reflects the current seat count.'
        - 'Wave 2: 16 locations, February to March'
        - 'Pilot moves to 5 stores, adding the Phoenix store that volunteered at the meeting.'
        - '- Ourco POS, 4 stores: 423,360 yen'
        - 'For your current 520 staff, that means an annual subscription of £24,648 from April.'
        - 'Our own bookings doubled after we moved to Ourco.'
        - 'Most groups open three new sites a year once the playbook is set.'
        - 'Plans now start at 50 users.'
        - 'Customers in the pilot saw 3x faster onboarding.'
        - 'A churn model flags when a subscriber base starts to shrink.'
        - 'In the pilot, your churn report showed which accounts to call first.'
        - 'Our churn dropped to under 3% after we rebuilt onboarding.'
        - 'We just onboarded our 500th client, and you were one of the first.'
        - 'Now that our team has passed 200 engineers, we''ve opened a Dublin office.'
        - 'With your fleet at the size you mentioned on the call, the Volume tier would apply.'
        - 'With over 2,000 customers on Ourco, we''ve seen every kind of rollout.'
        - 'If you keep a record of the quarter''s claims, the import takes one file.'
        - 'One of our retail customers beat its Q1 revenue forecast by 25% after the switch.'
        - 'We crossed 2,000 customers ourselves last spring, so we know the growing pains.'
        - 'Once you grow to 50 users, the Team plan becomes cheaper per seat.'
        - 'Jornal do Vale, in the interior of São Paulo state, has about 18 thousand digital subscribers.'
        - 'If you hired 50 AEs next quarter, ramp would be the first thing to plan.'
        - 'Once you''ve onboarded 20 users, the admin console shows their progress.'
        - 'If your headcount has grown since the quote, tell me and I''ll update the seat count.'
        - "Key points raised\n1. Night shift cover is the hardest to plan.\n2. Staff would like to see their rosters at least four weeks ahead."
        - 'If your customer count is over 5,000, the Scale plan is the better fit.'
        - 'Our customer count passed 3,000 this spring.'
        - 'We charged you for 120 staff instead of the 85 on your agreement.'
        - "Option A — Med-surg units only (approx. 220 staff)\n$9 per user per month"
        - 'Over the last 12 months, reminders were sent for 41,300 appointments across the group, and 2,870 clients rebooked directly from the reminder link.'
        - 'Our revenue has doubled since 2021, mostly from teams like yours.'
        - 'If your order volume has tripled, the plan scales with it.'
        - 'One customer of ours saw bookings soar after switching.'
        - 'Two of the five largest grocers in Ohio are on our customer list.'
        - 'Half of the top 20 insurers count us among their suppliers.'
        - 'We now serve more than 40,000 households through partners.'
        - 'Thanks to everyone who joined today''s approvals training. 23 people attended, which is great.'
        - 'Who: about 15 people from firms across Ireland. Peers, not a sales pitch.'
        - 'One of our logistics customers reported a 12% drop in revenue leakage after the first quarter.'
        - 'Ourco works with over 300 hospital systems, so we have seen most EHR set-ups.'
        - 'Customers who doubled their fleet used the same plan.'
        - 'Our platform handles 1.2 million patients a month across all customers.'
        - 'Customers usually see support volumes down 20% after the first month.'
        - 'If revenue is down 10% in a quarter, the plan can be paused for a month.'
        - '1,840 staff accounts active this term (up from 1,520).'
        - 'Your 25 users will each get a login on Monday.'
        - 'Our platform is built to serve a million users without slowing down.'
        - 'If your headcount is set to double next year, the licence scales with you.'
        - 'You mentioned your team is expected to grow to 60 by the autumn.'
        - 'Our own team is on track to double support coverage in APAC.'
        - 'The workshop room holds 30 people, so registering ahead is the best way to get a seat.'
        - 'The venue has room for 120 guests, and we expect it to fill.'
        - 'Each session is capped at 25 attendees to keep it hands-on.'
        - 'The bus seats 40 people, so we will run two trips from the hotel.'
        - 'It''s a small table of about 14 people, so I''m inviting folks individually.'
        - 'We are hosting a dinner for 12 guests from logistics teams in Manchester.'
        - 'The roundtable of around 20 leaders meets twice a year.'
        - 'The workshop room holds 30 people, so registering ahead is the best way to get a seat.'
        - 'The venue has room for 120 guests, and we expect it to fill.'
        - 'Each session is capped at 25 attendees to keep it hands-on.'
        - 'The bus seats 40 people, so we will run two trips from the hotel.'
        - 'About 30 people are expected. If you''d like to come, you can RSVP here.'
        - 'For 25 people on the Team plan, that comes to EUR 9,600 a year before VAT.'
        - '4. February 8 – March 5: Rollout to the remaining 35 stores in four waves of 8–9 stores.'
        - '312 customers across your brands received a duplicate confirmation.'
        - 'Team plan for the 15 people in customer support.'
        - 'It might help to hear how Thornbury Precision, a contract machinist in Sheffield with around 180 staff, tackled this.'
        - '- Alan Briggs, Operations Director at Westmore Plastics (about 400 employees, injection moulding)'
        - 'Brookfield had about 9,000 members and relied on printed renewal letters.'
        - 'Based on the 40 users you mentioned, the Team plan would come to $8,640 per year.'
        - 'The renewal covers 120 staff seats on the Education plan at the same rate as this year.'
        - 'Goal: move to mobile counts that sync directly, starting with the 12 stores in the Midlands region.'
        - 'For a company of around 200 people with one HRIS integration, implementation usually takes six to eight weeks.'
        - 'For your 75 users on the Business plan, that would take the annual cost from $28,800 to $24,480.'
        - 'Staff feedback was positive overall, with 9 of 11 users saying they''d like to keep using it.'
        - 'Current plan: Business, 85 users'
        - 'Users: 25 members of your accounts receivable team'
        - '30 users at $32 per user per month, billed annually: $11,520'
        - 'Start with the 30 users who need it most, rather than all 45, and add others later.'
        - 'As you mentioned, your team handles about 3,000 orders a day across 14 stores.'
        - 'We now serve over 2 million patients through our partner clinics.'
        - 'One of our customers just crossed 2 million users.'
        - {"text": "Congrats on crossing 10,000 customers!", "facts": ["Serves more than 10,000 customers"]}
        - 'Most teams of 40 to 60 reps are live in 2 weeks.'
        - 'We now serve 3,000 customers.'
        - 'Our plan covers up to 25 users.'
        - 'When teams grow past 400 reps, review gets hard.'
        - 'Our team has grown to 50 people.'
        - 'Teams like yours usually cut ramp time by 30 percent.'
        - 'Most customers grow usage 2x in the first year.'
        - 'Reviews run 3x faster in Slack than in the web app.'
        - 'Our platform scales to a million users.'
        - 'We help you grow pipeline 3x.'
        - {"text": "Now that you have closed your Series D, scaling the team must be top of mind.", "facts": ["Closed a $60M Series D in 2026"]}
        - {"text": "With 850 employees, onboarding is constant.", "facts": ["Has about 850 employees"]}
        - 'A 500-person company like yours usually starts with one pod.'
        - 'Customers up 20% is typical in year one.'
        - {"text": "With 1.2K customers, consistency matters.", "facts": ["Serves more than 1,200 customers"]}
        - 'Most of our 5,000 customers started with a pilot.'
        - 'Review time dropped 40% for most teams.'
        - 'Reviews are twice as fast in Slack.'
        - {"text": "Your team has grown to 450, so onboarding must be constant.", "facts": ["Has about 450 employees"]}
        - {"text": "Congrats on doubling headcount!", "facts": ["Doubled headcount in 2025"]}
        - {"text": "Revenue up 40% year over year, impressive.", "facts": ["Revenue grew 40% in 2025"]}
        - {"text": "With a team of 450, review must be hard.", "facts": ["Has about 450 employees"]}
        - 'We doubled our headcount last year.'
        - 'The pilot covers 10 reps for 30 days.'
        - 'You can invite 200 users on the enterprise plan.'
        - {"text": "Congrats on enrolment being up 18% this year!", "facts": ["Enrolment up 18% in 2026"]}
        - 'You mentioned enrolment is up 18% this year.'
        - 'Our bookings doubled this year.'
  - id: claim.launch
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'launch'
      - 'unveil'
      - 'rolled out'
      - 'roll out'
      - 'rollout'
      - 'released'
      - 'release of'
      - 'debut'
      - 'introduc'
      - 'announce'
      - 'new product'
      - 'new app'
      - 'new platform'
      - 'new feature'
      - 'new plan'
      - 'new add-on'
      - 'new offering'
      - 'new tier'
      - 'new module'
      - 'new version'
      - 'new service'
      - 'rolling out'
    patterns:
      - {regex: '\b(?:committed|pledged|signed up|signed on) (?:publicly |formally |officially )?to (?:net[- ]zero|carbon neutral(?:ity)?|science-based targets|the sbti|re100|ev100|the climate pledge)\b', keywords: ['net zero', 'net-zero', 'carbon neutral', 'science-based', 'sbti', 're100', 'ev100', 'climate pledge']}
      # A rebrand or a campaign's results told as known: "Loved the new Tidewater Insurance rebrand", "Your spring campaign with Emma Raducanu clearly drove a huge spike in sign-ups".
      - {regex: '\b(?:loved|love|liked|like|saw|noticed|spotted|admired|enjoyed|congrat\w* on|kudos on|nice work on|great work on) (?:the |your )?(?:new |recent |latest |big )?(?:[\w&.''’-]+ ){0,3}?(?:rebrand|rebranding|brand refresh|new logo|new brand identity|new visual identity)\b', keywords: ['rebrand', 'brand refresh', 'new logo', 'brand identity', 'visual identity']}
      - {regex: '\byour (?:[\w-]+ ){0,2}campaign (?:with|featuring|starring|fronted by) [^.!?\n]{2,40}?(?:clearly |really |certainly |obviously )?(?:drove|delivered|generated|produced|caused|led to|brought|sparked)\b', keywords: ['campaign']}
      - {regex: '\byour newly (?:formed|created|launched|established|appointed|opened|hired|acquired|merged|named|announced|minted)\b|\b(?:strategy|plan|restructur\w*|reorg\w*|transformation|programme|program) (?:that )?your (?:board|leadership|ceo|exec\w*|management) (?:signed off|approved|announced|unveiled|launched|adopted)\b', keywords: ['your newly', 'your board', 'your leadership', 'your ceo', 'your exec', 'your management']}
      - {regex: '\b(?:your|last (?:quarter|year|month)[''’]s|this year[''’]s|the recent|your recent) pivot (?:to|into|towards)\b', keywords: ['pivot to', 'pivot into', 'pivot towards']}
      - {regex: '\b(?:just|recently) (?:shipped|released|launched|rolled out|unveiled|announced|debuted) (?:v\d|version \d|a new|the new|its new|your new|a beta|the beta|an? [\w-]+ (?:product|platform|app|feature|service|tier|plan))\b', keywords: ['just', 'recently']}
      - {regex: '\bhaving (?:just |recently |now |successfully )?(?:launched|rolled out|unveiled|released|shipped|introduced|opened|debuted)\b', keywords: ['having']}
      - {regex: '\b(?:launching|launched|launches|rolling out|rolled out|rolls out|unveiling|unveiled|unveils|introducing|introduced|introduces|debuting|debuted|debuts) (?:a |an |its |their |your )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|a (?:range|suite|series|line|family) of)\b[^.!?\n]{0,40}?\b(?:programmes?|programs?|courses?|degrees?|qualifications?|products?|services?|product lines?|ranges?|collections?|apps?|stores?|brands?|menus?|models?|plans?|features?|clinics?|routes?|locations?|sites?|formats?|titles?|shows?|channels?)\b', keywords: ['launch', 'roll', 'unveil', 'introduc', 'debut']}
      - {regex: '\blaunch(?:ing|ed|es)? (?:its|their|your) own (?:private label|brand|product line|app|platform|store|marketplace|range)\b', keywords: ['own']}
      - {regex: '\b(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|line|tool|suite|range|collection|edition)s? (?:you|you''ve|you have|you just|that you) (?:just |recently |quietly |finally )?(?:launched|rolled out|released|unveiled|introduced|shipped|debuted|announced)\b', keywords: ['launched', 'rolled out', 'released', 'unveiled', 'introduced', 'shipped', 'debuted', 'announced']}
      - {regex: '\b(?:your|the|its) (?:recent |new |big |bold )?(?:rebrand|rebranding|brand refresh|brand identity|visual identity|new logo)\b(?! (?:guidelines|template|kit|project|workshop|service|package|agency))', keywords: ['rebrand', 'brand refresh', 'brand identity', 'visual identity', 'new logo']}
      - {regex: '\b(?:fresh|new|refreshed|updated) (?:visual identity|brand identity|logo|branding|brand|look) (?:you|that you|you''ve|you have|you just) (?:just |recently )?(?:rolled out|launched|unveiled|introduced|debuted|adopted|revealed)\b', keywords: ['rolled out', 'launched', 'unveiled', 'introduced', 'debuted', 'adopted', 'revealed']}
      - '\b(?:launch(?:ed|es|ing)?|unveil(?:ed|ing|s)?|rolled out|rolling out|released|debut(?:ed|s)?|introduc(?:ed|ing)|announc(?:ed|ing))(?: of)? (?:your|the|a|an|its|their) (?:brand[- ])?(?:new |first |latest )?(?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|tool|suite|program)\b'
      - '\b(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|tool|suite) (?:launch|release|debut|unveiling|announcement)\b'
      - {regex: '\b(?:your|its|their) (?:brand[- ])?new (?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|copilot|agent|extension|sdk|portal|suite|tool)\b', keywords: ['new']}
      - {regex: '\b(?:congrat\w*|kudos|saw|seen|loved|love|loving|read|noticed|heard|caught|watched|excited|exciting|impressive|nice|cool|awesome) (?:[\w-]+ ){0,4}?the (?:brand[- ])?new (?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|copilot|agent|extension|sdk|portal|suite|tool)\b', keywords: ['new']}
      - {regex: '\bthe (?:brand[- ])?new (?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|copilot|agent|extension|sdk|portal|suite|tool) (?:looks|looked|seems|sounds) (?:great|amazing|awesome|slick|impressive|fantastic|cool|excellent|really|super|so)\b', keywords: ['new']}
      - {regex: '\b(?:shipped|shipping|went live with|going live with|rolled out|rolling out|unveiled|unveiling|released|releasing|launched|launching)(?: of)? (?:your|the|a|an|its|their) (?:brand[- ])?(?:new |first |latest |long-awaited )?(?:[\w-]+ ){0,3}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|tool|suite|program|copilot|agent|extension|sdk|portal|experience)\b', keywords: ['shipped', 'shipping', 'went live', 'going live', 'rolled out', 'rolling out', 'unveil', 'releas', 'launch']}
      - {regex: '\b(?:general availability|went ga|is now ga|now generally available)\b', keywords: ['general availability', 'went ga', 'now ga', 'generally available']}
      - {regex: '\b(?:(?:saw|seen|watched|noticed|congrat\w*|kudos) (?:that )?the|your|its) (?:new )?(?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|copilot|agent|extension|sdk|portal|suite|tool) (?:go|goes|went|going|is|is now|now) (?:live|ga|generally available)\b', keywords: ['live', 'ga', 'available']}
      - {regex: '\b(?:congrat\w*|kudos|hats off) on (?:the|your) (?:big |recent |successful )?(?<m>launch)\b(?! (?:of (?:the |our )?pilot|checklist|plan|call|meeting|date))', keywords: ['congrat', 'kudos', 'hats off']}
      - {regex: '\bsince (?:releasing|launching|rolling out|shipping|introducing|unveiling|debuting|going live with) your (?:new |public )?(?!pilot|trial|poc|proof|account|workspace|integration with us|ourco)[\w-]+', keywords: ['since releasing', 'since launching', 'since rolling out', 'since shipping', 'since introducing', 'since unveiling', 'since debuting', 'since going live']}
      # A product or programme launched, with words between: "With X launching its fully online MBA this January" (development set HF).
      - {regex: '\b(?:launching|launched|rolling out|rolled out|unveiling|unveiled|introducing|introduced|debuting|debuted|opening up) (?:its|their) (?:[\p{L}\d-]+ ){1,3}(?:mba|degree|programme|program|course|curriculum|product|platform|app|service|line|brand|store|clinic|card|fund|policy|plan)s?\b', keywords: ['launching', 'launched', 'rolling out', 'rolled out', 'unveiling', 'unveiled', 'introducing', 'introduced', 'debuting', 'debuted', 'opening up']}
    exceptions:
      # An item of our release notes: "- NetSuite connector, now generally available" (forty-first session, AJ).
      - '^\s*(?:[-*•]\s*)?[\p{L}][^,\n]{0,60}\b(?:connector|integration|feature|module|app|api|report|dashboard|plugin|add-on|sdk|widget|template)s?, now (?:generally available|live|available|in beta)\b'
      # An agenda's item: "2. Plans for the Korean product launch" (thirty-ninth session, YB).
      - '\bplans? (?:for|around) (?:the |your )?(?:[\p{L}-]+ ){0,3}launch\b'
      - '^(?:(?!\byou(?:r|rs|''re|''ve)?\b).)*\bis now generally available\b'
      - '\b(?:install(?:ation)?|installed|installing|delivery|deliver(?:ed|ing)?|connect(?:ion|ed|ing)?|activation|activate[ds]?|provision(?:ing|ed)?|set-?up|setting up|survey|order(?:ed)?|quote|quoted|booked|commissioning) (?:date |slot |engineer |team |appointment |window |crew )?(?:for|of|on) your new\b'
      - '\bthe beta (?:closes|ends|finishes|wraps up|is closing|is ending)\b'
      - '\b(?:beta|preview|early[- ]access) (?:programme|program|period|phase)\b[^.!?\n]{0,80}\bgeneral availability\b'
      - '\b(?:our|we|we''ve|we''re|we just|relaylane|ourco)\b[^.!?]{0,40}\b(?:launch|unveil|roll|releas|debut|introduc|announc)'
      - '\blaunch (?:checklist|plan|timeline|date|call|meeting|kit)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:launch|unveil|roll|releas|debut|introduc|announc)'
    facts_share_words: true
    message: 'claims a product launch ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'The new digital-first strategy your board signed off in January sounds like a great fit.'
        - 'Your newly formed AI governance committee will want clear audit trails from any vendor you bring in.'
        - 'Last quarter''s pivot to a subscription model must have changed how you think about customer data.'
        - 'Since launching your public developer API, have you thought about scanning it for leaked keys?'
        - 'How are customers taking to the starter plan you launched in March?'
        - 'Love the rebrand — the new site reads much more clearly.'
        - 'The refreshed logo you unveiled last month looks great on the trucks.'
        - 'Saw the mobile app launch on LinkedIn.'
        - {"text": "Loved the launch post for your new self-serve plan.", "facts": ["Launched a mobile app in 2025"]}
        - 'Loved the launch post for your new self-serve plan.'
        - 'Congrats on launching the AI assistant!'
        - 'Congrats on rolling out the new analytics add-on.'
        - 'Congrats on the new analytics add-on.'
        - 'The new partner marketplace looks great.'
        - 'Loved the demo of your new self-serve plan.'
        - 'Saw you shipped the mobile app.'
        - 'Saw the partner marketplace go live.'
        - {"text": "Congrats on the launch", "field": "subject"}
      pass:
        - 'Your newly issued login works from today.'
        - 'If your board signs off the plan, we can start the pilot in March.'
        - 'A pivot to subscriptions is a big change for any retailer, and we have helped three through it.'
        - 'Since launching your pilot with us in March, you''ve processed 4,000 claims.'
        - 'How has the market responded to the tier we rolled out in May?'
        - 'Our rebrand went live last week, so the invoices look different.'
        - 'If a rebrand is on your roadmap, our templates update in one place.'
        - 'We help teams roll out a new visual identity across every email signature.'
        - 'The beta closes on 30 June, and the module moves to general availability.'
        - 'Our preview programme ends soon and the reports move to general availability in July.'
        - 'Thanks for sending over the dielines for your new product line.'
        - {"text": "Congrats on launching the AI assistant!", "facts": ["Launched an AI assistant in 2025"]}
        - 'We just launched a new dashboard for reviewers.'
        - 'Our new release ships next week.'
        - 'Happy to walk you through the launch checklist we use.'
        - 'The new plan starts at $12k per year.'
        - 'The new version is faster.'
        - 'We shipped a new dashboard last week.'
        - 'The new integration goes live Monday.'
        - {"text": "Congrats on the launch!", "facts": ["Launched a mobile app this year"]}
  - id: claim.launch-named
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'product launches told with the product''s name: "the launch of Acme Insights", "unveiled Copilot Studio" (case-sensitive: the product is capitalized)'
    case_sensitive: true
    patterns:
      - {regex: '(?i:\b(?:launch|launching|unveiling|release|debut|rollout|roll-out|introduction|general availability) of)\s+(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,3}', keywords: ['launch', 'unveil', 'release', 'debut', 'rollout', 'roll-out', 'introduction', 'general availability']}
      - {regex: '(?i:\b(?:launched|unveiled|released|introduced|debuted|rolled out|shipped|announced))\s+(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:(?<!\.)\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,3}\b(?!\s+(?i:numbers|results|earnings|report|figures|guidance|update))', keywords: ['launched', 'unveiled', 'released', 'introduced', 'debuted', 'rolled out', 'shipped', 'announced']}
    exceptions:
      # What the reader told us in person: "I enjoyed hearing about how your team rolled out RFID chips on the bins last year" (forty-seventh session, VY).
      - '\b(?:enjoyed|loved|liked|appreciated|was (?:great|good|interesting) to be|it was (?:great|good|interesting)) hearing (?:about )?(?:how|that|what|why)\b'
      - '\b(?:our|we|we''ve|we''re|we just|ourco|us)\b[^.!?]{0,40}\b(?:launch|unveil|roll|releas|debut|introduc|announc|ship)'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:launch|unveil|roll|releas|debut|introduc|announc|ship|available)'
    facts_share_words: true
    message: 'claims a product launch ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congrats on the launch of Acme Insights!'
        - 'Saw you unveiled Pulse Studio at your conference.'
        - {"text": "Congrats on the launch of Acme Insights!", "facts": ["Launched a mobile app in 2025"]}
      pass:
        - {"text": "Congrats on the launch of Acme Insights!", "facts": ["Launched Acme Insights in 2025"]}
        - 'We launched Ourco Review last spring.'
        - 'Saw you released Q3 numbers, impressive quarter.'
        - 'Congrats on the launch of the pilot with your team.'
  - id: claim.leadership-departure
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'stepped back'
      - 'stepped away'
      - 'stepped aside'
      - 'step back'
      - 'handed over'
      - 'step'
      - 'resign'
      - 'retire'
      - 'depart'
      - 'ousted'
      - 'fired'
      - 'left the'
      - 'leaving the'
      - 'parted ways'
      - 'exit'
      - 'transition'
    patterns:
      # A predecessor said to have gone (forty-fifth session, TG): "Your previous head of maintenance left in March, I believe".
      - {regex: '\byour (?:previous|former|old|last) (?:head|director|manager|vp|ceo|cfo|coo|cto|cio|chief [\p{L}]+ officer|[\p{L}]+ (?:manager|director|lead))(?: of [\p{L}& ]{2,30}?)? (?:left|departed|retired|moved on|quit|resigned|stepped down|has left|had left)\b', keywords: ['previous', 'former', 'old', 'last'], firm: true}
      - {regex: '\b(?:after|following|since|with|given|in light of|now that) (?:(?:mr|mrs|ms|dr|prof)\.? )?[\p{L}''’-]+(?:''s|’s) (?:departure|exit|resignation|retirement|stepping down|leaving)(?: (?:as|from))? (?:(?:your|the|their|our) )?(?:ceo|cto|cfo|coo|cio|ciso|cmo|cro|cpo|vp|head|chief|president|chair\w*|director|md|managing director|founder|co-founder|gm|general manager)\b', keywords: ['departure', 'exit', 'resignation', 'retirement', 'stepping down', 'leaving']}
      - {regex: '\b(?:departure|exit|resignation|retirement|ouster|firing|dismissal|loss) of your (?:long-?time |longstanding |long-serving |former |previous |outgoing |founding )?(?:ceo|cfo|cto|coo|cro|cmo|cio|ciso|founder|co-founder|president|chair\w*|head of|vp|director|chief)\b', keywords: ['departure of your', 'exit of your', 'resignation of your', 'retirement of your', 'ouster of your', 'firing of your', 'dismissal of your', 'loss of your']}
      - {regex: '\bdeparture of (?:your|its|their) (?:[\w-]+ ){0,3}?(?:head|ceo|cfo|cto|coo|cmo|cro|director|vp|president|founder|chair|manager|lead|officer)\b', keywords: ['departure']}
      - '\b(?:stepped|stepping|steps|step) (?:down|aside)\b'
      - '\b(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)(?:''s)? (?:departure|resignation|exit|retirement|transition)\b'
      - '\b(?:resigned|retired|departed|ousted|was fired|were fired|left the company|leaving the company|parted ways)\b'
      - {regex: '\b(?:your|its|the) (?:ceo|cto|cfo|cro|coo|cmo|cpo|president|founder|co-founder|chief [a-z]+(?: [a-z]+)? officer|vp(?: of [a-z]+)?|head of [a-z]+) (?:left|leaving|is leaving|has left|departed|stepped back|moved on|exited)\b', keywords: ['left', 'leaving', 'departed', 'stepped back', 'moved on', 'exited']}
      - {regex: '\b(?:left|leaving|leave|leaves|exited|exiting|exits|exit|out|ousted|departed|departing|departs|removed|replaced|let go|pushed out|stepping back|stepped back|stepping away|stepped away|steps away|step away|retiring|retired|retires|retire|resigning|resigns|resign) as (?:the |its |their |your )?(?:interim )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief executive|president|chair(?:man|woman|person)?|founder|co-founder|vp(?: of [a-z]+(?: [a-z]+)?)?|svp(?: of [a-z]+)?|head of [a-z]+(?: [a-z]+)?|general counsel|managing director|general manager)\b', keywords: ['left as', 'leaving as', 'leave as', 'leaves as', 'exit', 'out as', 'ousted', 'depart', 'removed as', 'replaced as', 'let go as', 'stepping back', 'stepped back', 'away as', 'retir', 'resign']}
      - {regex: '\b(?:left|leaving|leave|leaves|exited|exiting|moved on from|moving on from|stepped away from|stepping away from|step away from|departed|departing|hand(?:ed|ing|s)? over|gave up|giving up|give up|vacat(?:ed|ing|es)|relinquish(?:ed|ing|es)?) (?:the |her |his |their |its )(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief executive|president|chair(?:man|woman|person)?|founder|co-founder|vp(?: of [a-z]+(?: [a-z]+)?)?|svp(?: of [a-z]+)?|head of [a-z]+(?: [a-z]+)?|general counsel|managing director|general manager) (?:role|seat|position|job|post|chair|title|reins)\b', keywords: ['left the', 'leaving the', 'leave the', 'leaves the', 'exit', 'moved on', 'moving on', 'away from', 'depart', 'hand over', 'handed over', 'handing over', 'hands over', 'gave up', 'giving up', 'give up', 'vacat', 'relinquish']}
      - {regex: '\b(?:handing|handed|hands|hand|passing|passed|passes|pass) (?:over )?the (?:ceo |cto |cfo |cro |coo |cmo |company |top )?(?:reins|baton|keys)\b', keywords: ['reins', 'baton', 'keys']}
      - {regex: '\bhand(?:ed|ing|s)? (?:over )?(?:the |her |his |their )(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|chief executive|president|chair(?:man|woman|person)?|founder|co-founder|vp(?: of [a-z]+(?: [a-z]+)?)?|svp(?: of [a-z]+)?|head of [a-z]+(?: [a-z]+)?|general counsel|managing director|general manager) (?:role|seat|position|job|post|chair|title) to\b', keywords: ['handed', 'handing', 'hands the', 'hand the', 'hands her', 'hands his']}
      - {regex: '\b(?:named|picked|chose|chosen|announced|tapped|as) (?:[\w.''-]+ ){0,3}?(?:as )?(?:her|his|their|its|a) (?:new )?successor\b', keywords: ['successor']}
      - {regex: '\b(?:departure|exit|resignation|retirement|ouster|firing) of (?:your |its |the )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|founder|co-founder|president|chief|\p{L}+ \p{L}+,? (?:your |the |its )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|founder|co-founder|president|chief))\b', keywords: ['departure', 'exit', 'resignation', 'retirement', 'ouster', 'firing']}
      - {regex: '\byour (?:new |former |old )?(?:ceo|cto|cfo|coo|cro|cmo|cio|ciso|cpo|vp(?: of [\w-]+)?|head of [\w-]+|founder|co-founder|president|chair|chairman|chairwoman|md|managing director|gm|general manager)\s*,\s*[\w''’.-]+(?: [\w''’.-]+){0,2}\s*,\s*(?:has |had |just |recently |suddenly )*(?:left(?! (?:a|an|the|you|me|us|her|his|their|some|feedback|comments?|notes?|word|voicemail|message)\b)|departed|stepped down|resigned|moved on|retired|exited|was let go|was fired|was replaced)\b', keywords: ['left', 'departed', 'stepped down', 'resigned', 'moved on', 'retired', 'exited', 'let go', 'fired', 'replaced']}
      - {regex: '\byour (?:founder|co-founder|ceo|cto|cfo|coo|chair\w*|president|md|managing director|owner) (?:has |had |just |recently |is |now )*(?:stepped back|stepped away|stepped aside|taken a step back|handed over|steps back|steps away|steps aside|stepping back|stepping away|stepping aside)\b', keywords: ['stepped back', 'stepped away', 'stepped aside', 'step back', 'handed over', 'steps back', 'steps away', 'steps aside', 'stepping back', 'stepping away', 'stepping aside']}
      # "With Mr. Okonkwo having left Lumina Labs last month" (development set HE).
      - {regex: '\bhaving (?:just |recently |now )?(?:left|departed|quit|resigned from|stepped down from) (?!(?:the (?:call|meeting|room|building|office|session|event|chat|conference|show|stand|booth))\b)(?:[\p{L}&.''’-]+ ){0,4}?(?:last|this|earlier|in|at the end of|after)\b', keywords: ['having left', 'having just', 'having recently', 'having now', 'having departed', 'having quit', 'having resigned', 'having stepped']}
      # "he left Redwood Systems last month to join a competitor" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:he|she|they) (?:left|departed|quit|exited|walked away from) (?:[\w&.''-]+ ){1,4}(?:last|this|earlier this) (?:month|week|year|quarter|spring|summer|autumn|fall|winter)\b', keywords: ['left', 'departed', 'quit', 'exited', 'walked away'], firm: true}
    exceptions:
      - '\bretired (?:the |our |their |its |an? |two |three |four |five |several |all |\d+ )?(?:[\w-]+ ){0,3}(?:routers?|systems?|servers?|tools?|apps?|applications?|platforms?|services?|products?|features?|versions?|apis?|endpoints?|scripts?|dashboards?|databases?|mainframes?|hardware|licen[cs]es|integrations?|modules?|plugins?|data ?cent(?:er|re)s?|vms?|clusters?|alerts?|rules?|reports?|jobs?)\b'
      - '\b(?:version|v\d+|api|endpoint|feature|product|plan|sku|integration|release|tier|module|app|connector|model|certificate|system|platform|tool|software|solution|server|licen[cs]e|standard|protocol|ams|crm|erp|ats|lms|hris|pms|tms|wms)s?\b[^.!?\n]{0,40}\b(?:retired|retire|retiring|retirement)\b'
      - '\b(?:is|are|be|being|been|was|were|gets?|getting|got) (?:(?:being|formally|officially|finally|now) )?retired\b(?! (?:as|from)\b)|\bretired by (?:its|the|their|our) (?:vendor|provider|maker|manufacturer|supplier|developer|publisher)\b'
      - '\b(?:assets?|records?|equipment|devices?|vehicles?|items?|products?|skus?|anything|everything|machines?|versions?|features?|plans?)\b[^.!?\n]{0,20}\bretired\b|\bretired (?:assets?|records?|equipment|devices?|vehicles?|items?|products?|skus?|machines?|versions?|features?|plans?)\b'
      - '\b(?:step|stepped|stepping) (?:down|aside) (?:from|the) (?:the )?(?:call|meeting|project)\b'
      - '\b(?:i|we|i''m|i am|we''re|we are)\b(?:(?!\b(?:that|your|their|its|the|his|her|saw|seen|heard|read|noticed|see|hear|understand|learned|gather|know|told)\b)[^.!?]){0,24}\b(?:step|stepped|stepping) (?:down|aside)\b'
      - '\b(?:leave|leaving) (?:the )?(?:ceo|cto|cfo|cro|coo|cmo|cpo) (?:out of|off)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:step(?:ped|s|ping)? (?:down|aside)|resign|retir|depart|ousted|fired|left|parted|exit|transition)'
    message: 'claims a leadership departure ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'We''d love to help the interim team following the departure of your long-time head of IT.'
        - 'As your founder steps back from day-to-day operations, continuity of the platform team will matter a lot.'
        - 'Now that your founder has stepped back from day-to-day operations, the leadership team may revisit a few processes.'
        - 'I understand your CTO, Raj Mehta, left in January, so platform priorities may be changing.'
        - 'Since your CFO, Anna Berg, stepped down last month, budgets are probably under review.'
        - 'I read that your CEO is stepping down.'
        - 'I saw your CTO left for Google.'
        - 'Heard your CEO stepped down last month.'
        - 'Saw that Jordan Lee stepped down as CEO.'
        - 'I saw Kelly Ortega stepped down as CEO.'
        - 'Is it true Kelly Ortega is leaving as CEO?'
        - 'Saw Kelly Ortega left the CEO role.'
        - 'With Kelly Ortega out as CEO, priorities may shift.'
        - 'Saw Kelly Ortega moved on from the CEO role.'
        - 'I understand Mark Jensen is handing over the reins.'
        - 'Sorry to hear about the departure of your CFO.'
        - 'Saw Kelly Ortega is stepping away as CEO.'
        - 'Heard Kelly Ortega is retiring as CEO next month.'
        - 'Saw Kelly Ortega named Jordan Lee as her successor.'
        - 'Heard Kelly Ortega handed the CEO job to Jordan Lee.'
        - {"text": "Heard your CEO stepped down last month.", "facts": ["Appointed Jordan Lee as CEO in January 2025"]}
      pass:
        - '- retired two home-grown alert routers.'
        - 'If the departure of your CFO is ever on the cards, our handover pack keeps approvals running.'
        - 'The old portal was retired last spring, so every request now goes through the new one.'
        - 'Your current AMS is being retired by its vendor at the end of 2025'
        - 'Version 2 of the endpoint will be retired on 31 January next year.'
        - '- Assets: all active assets plus anything retired since 1 January 2023 (about 4,800 records, per your export)'
        - 'If your founder would like to join the call, we can move it to Friday.'
        - 'Your CTO, Raj Mehta, asked for the security pack, so I have attached it.'
        - 'Your CFO, Anna Berg, left a voicemail about the invoice; I will call her back today.'
        - 'We are stepping down the pilot to one team.'
        - {"text": "I saw your CTO left for Google.", "facts": ["Their CTO left for Google in 2025"]}
        - {"text": "Sorry to hear your CEO stepped down.", "facts": ["CEO Maria Diaz stepped down in March 2025"]}
        - 'I stepped down from the call early, sorry.'
        - 'I am happy to step aside if someone else owns this.'
        - 'Kelly Ortega stepped down as CEO of Globex last year.'
        - {"text": "I saw Kelly Ortega stepped down as CEO.", "facts": ["CEO Kelly Ortega stepped down in 2026"]}
        - 'Let''s leave the CFO out of it for now.'
        - 'I shared this with Kelly Ortega, our CEO, who left the call early.'
  - id: claim.contract-win
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a contract, tender or big deal the prospect is said to have won'
    keywords:
      - 'lost'
      - 'losing'
      - 'won'
      - 'win'
      - 'landed'
      - 'landing'
      - 'secured'
      - 'securing'
      - 'awarded'
      - 'clinched'
      - 'bagged'
      - 'selected'
      - 'chosen'
      - 'picked'
    patterns:
      # Fifty-first session, second round (HQ): "Congratulations on signing the framework agreement with the city housing authority".
      - {regex: '\bcongrat\w* on (?:signing|winning|landing|securing|clinching|being awarded) (?:the|a|an|that) (?!(?:[\p{L}-]+ ){0,3}(?:agreement|contract|deal|renewal|order|paperwork)\b[^.!?\n]{0,30}\b(?:with us|with ourco|off internally|over the line|approved internally))(?:[\p{L}-]+ ){0,3}(?:agreement|contract|deal|tender|bid|framework|account|partnership|concession|mandate)\b(?! with (?:us|ourco)\b)', keywords: ['congrat'], firm: true}
      # Forty-eighth session, fifth round (YH): "Now that X is supplying the big Kobe auction houses directly".
      - {regex: '\b(?:now that|since|with|given) (?!ourco\b|we\b|our\b|us\b)[^.!?\n]{1,40}? (?:is|are|has started|have started) (?:now )?supplying\b', keywords: ['now that', 'since', 'with', 'given'], firm: true}
      # Forty-eighth session, third round (XR, XS): "X supplies most of the aggregate for the Accra ring road project"; "X has had budget approved for a full refurbishment".
      - {regex: '\b(?:supplies|is supplying|supplying|provides|delivers|is delivering) (?:most|all|much|the bulk|a large share|a big share|half|the majority) of the [\p{L}-]+(?: [\p{L}-]+)? (?:for|to|on) (?:the )?[\p{L}]|\b(?:had|got|has had|has got|have had) (?:a |its |their |the )?(?:budget|funding|capex|money|grant|capital) approved for\b', keywords: ['supplies', 'supplying', 'provides', 'delivers', 'delivering', 'approved'], firm: true}
      # Forty-eighth session, first round (XD, XE): "Now that X has won three projects in Bid Window 7", "Since X has just signed two new airline customers at Sabiha Gökçen".
      - {regex: '\b(?:has|have|had) (?:just |recently |now |also )?(?:won|secured|landed|bagged|clinched|been awarded) (?:two|three|four|five|six|several|a few|a couple of|a handful of|\d+) (?:new |more |big |major |large |further )?(?:[\p{L}-]+ )?(?:projects|contracts|tenders|bids|frameworks|concessions|mandates|packages)\b|\b(?:has|have) (?:just|recently|now) (?:signed|won|landed|added|onboarded|taken on|picked up) (?:two|three|four|five|six|several|a few|a couple of|a handful of|\d+) (?:new|more|big|major|further) (?:[\p{L}-]+ )?(?:customers|clients|accounts|contracts|carriers|airlines|partners)\b', keywords: ['has', 'have', 'had'], firm: true}
      # Fourth round (forty-sixth session, VD, VE): "Now that X has signed with Zara for the next three seasons".
      - {regex: '\bnow that [^.!?\n]{2,40} (?:has|have) signed (?:with|a deal with|on with|up with)\b', keywords: ['now that'], firm: true}
      # Congratulations on a deal signed (forty-third session, NV): "Congratulations on the management agreement Kestrel Aerospace just signed with an international hotel brand".
      - {regex: '\bcongrat\w* on (?:the|your) (?:new |recent |big |latest )?(?:management |franchise |distribution |supply |partnership |licen[cs]ing |framework |service )?(?:agreement|deal|contract)\b[^.!?\n]{0,60}\b(?:just |recently )?(?:signed|won|landed|closed|secured|struck)\b', keywords: ['congrat'], firm: true}
      # Forty-second session, MK: "I also heard Fabrikam won two big public contracts".
      - {regex: '\bheard (?:that )?[^.!?\n]{1,40}? (?:won|landed|secured|bagged|picked up) (?:a |an |the |two |three |several |\d+ )?(?:(?:big|large|major|new|public|government|several|huge) )*(?:contracts?|tenders?|deals?|frameworks?)\b', keywords: ['heard'], firm: true}
      # "Landing the Unilever account is huge for an agency of your size — congratulations."
      - {regex: '\b(?:landing|winning|securing|signing|bagging|scoring|nabbing|clinching) (?:the |a |that |this )?(?:[\w&.''’-]+ ){1,3}(?:account|contract|deal|tender|business|retainer|mandate|framework)\b[^.!?\n]{0,80}\b(?:congrat\w*|kudos|well done|huge|big win|great win|a big deal|impressive)\b', keywords: ['landing', 'winning', 'securing', 'bagging', 'clinching']}
      - {regex: '\bhaving (?:just |recently |now )?(?:won|secured|landed|clinched|been awarded) (?:the |a |an )?[^.,;!?\n]{0,60}?\b(?:contract|tender|package|bid|framework|deal|concession|mandate)\b', keywords: ['having']}
      - {regex: '(?<=\b(?:contract|tender|deal|bid|framework|award|concession|mandate)s? (?:that|which) (?:you|your (?:team|company|firm)|(?:[\p{L}\d&.-]+ ){0,3}[\p{L}\d&.-]+) (?:just |recently |finally )?)(?:won|secured|landed|clinched|signed|bagged|picked up|was awarded|were awarded)\b', keywords: ['won', 'secured', 'landed', 'clinched', 'signed', 'bagged', 'picked up', 'awarded']}
      - {regex: '\b(?:signed|inked|closed) (?:a|an) (?:[\w-]+ )?(?:ppa|power purchase agreement|offtake agreement|supply agreement|framework agreement|multi-year (?:deal|contract))\b', keywords: ['signed', 'inked', 'closed']}
      - {regex: '\b(?:signed|inked|sealed) (?:a|an) (?:[\w-]+ ){0,3}?(?:contract|deal|agreement|framework|partnership) (?:with|for)\b(?! (?:us|me|ourco|our)\b)', keywords: ['signed a', 'signed an', 'inked a', 'inked an', 'sealed a', 'sealed an']}
      - {regex: '\b(?:selected|named|chosen|appointed|confirmed) as (?:the )?preferred (?:bidder|supplier|vendor|partner|contractor|provider)\b', keywords: ['preferred']}
      - {regex: '\b(?:won|secured|landed|earned|gained|been awarded|was awarded|were awarded|got) (?:a |its |your |their )?(?:place|spot|seat|position|slot) on (?:the |a |an )?(?:[\p{L}&''-]+ ){0,6}(?:framework|panel|roster|dps|g-cloud|approved supplier list|supplier list|preferred supplier list)\b', keywords: ['place on', 'spot on', 'seat on', 'position on', 'slot on']}
      - '\b(?:won|winning|win|landed|landing|secured|securing|clinched|clinching|bagged|scored|nabbed)(?: out on)? (?:a |an |the |that |this |your |its |their )?(?:huge |big |major |massive |new |recent |latest |first |second |multi-year |multiyear |(?:\w+)-year |\$?[\d.,]+[km]?(?:m|bn|b)? |(?!against |in |for |at |on |of |over |with )[\w-]+ ){0,4}?(?:contract|tender|framework(?: agreement)?|bid|rfp|concession|mandate|government deal|supply deal|distribution deal|partnership deal|deal with|account with|contract with)\b'
      - '\b(?:was|were|been|being|got|get|gets) (?:awarded|selected|chosen|picked|tapped|shortlisted) (?:for |as |to (?:supply|run|deliver|provide|build|handle) |the |a |an )(?:[\w-]+ ){0,5}?(?:contract|tender|framework|supplier|vendor|partner|provider|bid|rfp)\b'
      - '\b(?:was|were|been|being|got) (?:awarded|selected|chosen|picked|tapped) by (?:the )?[\w&.-]+(?: [\w&.-]+){0,3} (?:as|to|for)\b'
      - '\b(?:contract|tender|deal|rfp|bid) win\b'
      - {regex: '\b(?:contract|deal|tender|framework) (?:you|they) (?:just |recently )?(?:won|landed|secured|clinched|signed)\b', keywords: ['won', 'landed', 'secured', 'clinched', 'signed']}
      - {regex: '\b(?:won|winning|landed|landing|signed|signing|secured|securing|added|adding|brought on|bringing on|onboarded|onboarding|inked|inking) (?:[\w&.''’-]+ ){1,4}as (?:a |an |your |their |its )?(?:[\w-]+ ){0,2}?(?:customer|client|partner|account|distributor|reseller|retail partner|stockist|tenant|sponsor|logo)\b', keywords: ['as a', 'as an', 'as your', 'as their', 'as its']}
      - {regex: '\b(?:won|winning|landed|landing|secured|securing)(?: over)? (?!(?:your|our|the|this|that|my|their|his|her) )(?:[\w&.-]+ ){0,3}?[\w&.-]+(?:''s|’s) (?:business|account|contract)\b', keywords: ['business', 'account', 'contract']}
      - {regex: '\b(?:lost|losing) (?:its|your|their) (?:biggest|largest|main|key|top|anchor) (?:\w+ )?(?:account|customer|client|contract|tenant)\b', keywords: ['lost', 'losing']}
      - {regex: '\b(?:now that|since|given that|as) (?!(?:we|our|i|us|ourco|my)\b)(?:you|you''ve|your (?:team|company|firm|business|group)|(?:[\w&.''-]+ ){1,4}?)(?:now |just |recently |finally )?(?:holds?|has|have|runs?|took over|manages?|operates?) (?:the|that|this) (?:new |big |major |multi-year |[\w&/-]+ ){0,6}?(?:contract|framework|panel|tender|concession)\b(?! (?:with|from) (?:us|ourco)\b)', keywords: ['now that', 'since', 'given that', 'as ']}
    exceptions:
      - '\bif (?:you|your team|they) (?:win|land|secure|get|are awarded)\b'
      - '\b(?:sign|signed|signing) (?:the |our |this |that )(?:contract|order form|agreement|renewal)\b'
      - '\bwin (?:the )?(?:deal|contract|tender|rfp|bid)s? (?:faster|more often|against)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:contract|tender|framework|deal|awarded|selected|won|partnership|supplier|rfp)'
    message: 'claims a contract or deal win ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'I wanted to get in touch because Acme Analytics, having just won the Sydney Metro West station fit-out package, will be dealing with a very demanding client.'
        - 'The Lagos State Health Service Commission contract that Acme Analytics won in August will mean a lot more nurses to roster and pay.'
        - 'Now that Acme Analytics holds the Transport for NSW maintenance panel contract, you''ll need to show response times on demand.'
        - 'Since you now hold the county road maintenance framework, monthly reporting will matter more.'
        - 'Given that Acme Analytics has signed a PPA with a wind farm, you''ll need granular consumption data.'
        - 'We learned that Acme Analytics has signed a national contract with the NHS, congratulations.'
        - 'I read that Acme Analytics has just won a place on the NHS digital services framework, so this may be timely.'
        - 'I heard your company lost its biggest retail account recently.'
        - 'Congratulations on signing Walmart as a customer — that''s a huge win.'
        - 'Saw you landed Heineken as your first global client.'
        - 'Winning Boeing''s business must have the ops team stretched.'
        - 'Congrats on winning the state transit contract!'
        - 'Heard you landed the Kroger supply deal, great news.'
        - 'Saw you were awarded the DoD logistics framework.'
        - 'Congratulations on securing the council tender.'
        - 'Your recent contract win with the Army must keep the team busy.'
        - 'Saw you were selected by the city as its new parking provider.'
        - 'I read that you clinched a three-year deal with DHL.'
      pass:
        - 'The framework contract that Globex won last year is a good model for public buyers.'
        - 'Since we hold the G-Cloud framework contract, you can buy through it directly.'
        - 'Now that you have the contract with us signed, onboarding starts next week.'
        - 'We signed a PPA with a wind farm in 2023, so our own data centres run on renewable power.'
        - 'Once you have signed an agreement with us, onboarding starts within a week.'
        - 'We signed a partnership with Epic last year, so the integration is certified.'
        - 'Ourco won a place on the G-Cloud 14 framework this year, so you can buy through it directly.'
        - 'We have never lost a customers data in a migration.'
        - 'We signed a retailer your size as a customer last spring, and the rollout took six weeks.'
        - 'Happy to bring our partner on as a sponsor of the event.'
        - 'Winning your team''s business is less important to me than getting this right.'
        - {"text": "Congrats on winning the state transit contract!", "facts": ["Won the state transit contract in 2026"]}
        - 'We won the DHL contract last year, so we know freight.'
        - 'If you win the tender, we can onboard your reps in two weeks.'
        - 'I''ve attached the contract we discussed.'
        - 'Once you sign the order form, onboarding starts within a week.'
        - 'A hospital group we work with won a regional contract and rolled us out to every ward.'
        - 'Our tool helps reps win deals faster.'
        - 'Happy to walk procurement through the contract.'
  - id: claim.certification
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a certification, audit or authorization the prospect is said to have earned'
    keywords:
      - 'soc 2'
      - 'soc2'
      - 'soc ii'
      - 'iso 27001'
      - 'iso 9001'
      - 'iso 27701'
      - 'iso/iec'
      - 'iso '
      - 'iso-'
      - 'hitrust'
      - 'fedramp'
      - 'pci'
      - 'hipaa'
      - 'cyber essentials'
      - 'b corp'
      - 'b-corp'
      - 'stateramp'
      - 'tisax'
      - 'cmmc'
    patterns:
      - {regex: '\b(?:achieved|earned|received|gained|obtained|won|secured|was awarded|were awarded) (?:[\w-]+ ){0,2}(?:ul|leed|iso|ecovadis|b ?corp|soc ?2|fedramp|ce|iatf)\b[^.!?\n]{0,20}\b(?:certification|certified|status|gold|silver|platinum|rating|medal|mark)\b|\b(?:its|their|your) (?:[\w-]+ )?(?:facility|plant|site|factory|office|building|line|campus) (?:achieved|earned|received|gained|got) (?:leed|ul|iso|breeam|energy star)\b|\b(?:reached|achieved|hit|hitting) net[- ]zero\b|\becovadis-?(?:gold|silber|platin|bronze)medaille erhalten\b', keywords: ['achieved', 'earned', 'received', 'gained', 'obtained', 'won', 'secured', 'awarded', 'net zero', 'net-zero', 'ecovadis']}
      - '(?:\b(?:your|their|its)|[\w&-]+(?:''s|’s)) (?:recent |new |latest |first |successful |shiny new )?(?:soc ?(?:2|ii|1|i)|iso(?:/iec)? ?\d{4,5}|hitrust|fedramp|stateramp|pci(?:[- ]dss)?|hipaa|cyber essentials(?: plus)?|b[- ]corp|tisax|cmmc(?: level \d)?)(?: type (?:ii|2|i|1))?(?:[- ](?:high|moderate|low))? (?:certification|certificate|accreditation|attestation|authori[sz]ation|compliance|audit|report|status|badge|stamp|seal|designation|recertification)\b(?! (?:is (?:due|coming|next)|prep|readiness|deadline|window))'
      - '\b(?:achieved|achieving|earned|earning|obtained|obtaining|got|getting|received|receiving|passed|passing|completed|completing|secured|securing|gained|cleared|landed|nailed) (?:your |their |its |the |a |an )?(?:full |first |formal )?(?:soc ?(?:2|ii|1|i)|iso(?:/iec)? ?\d{4,5}|hitrust|fedramp|stateramp|pci(?:[- ]dss)?|cyber essentials(?: plus)?|b[- ]corp|tisax|cmmc(?: level \d)?)\b'
      - {regex: '\b(?:fda|mhra|ema|tga|pmda|nmpa|anvisa|health canada|ce|ukca|510\(k\)|de novo|pma)(?: 510\(k\))?[- ](?:clearance|approval|marking|mark|certification|authori[sz]ation|registration|sign-off|green light|nod)\b|\b(?:cleared|approved|authori[sz]ed) by (?:the )?(?:fda|mhra|ema|tga|pmda|nmpa|anvisa|health canada|notified body)\b|\b(?:fda|mhra|ce|ukca)[- ](?:cleared|approved|marked|certified)\b(?! (?:devices?|products?|equipment|hardware) (?:like|such as)\b)', keywords: ['fda', 'mhra', 'ema ', 'ema-', 'tga', 'pmda', 'nmpa', 'anvisa', 'health canada', 'ce mark', 'ce-mark', 'ce approv', 'ce certif', 'ukca', '510(k)', 'de novo', 'pma ', 'notified body']}
      - '\b(?:now|became|become|becoming|officially|newly|just|recently|finally) (?:a )?(?:certified b[- ]corp|(?:soc ?(?:2|ii)|iso(?:/iec)? ?\d{4,5}|hitrust|fedramp|pci(?:[- ]dss)?|cyber essentials)(?: type (?:ii|2|i|1))?[- ](?:certified|compliant|authori[sz]ed|accredited|attested))\b'
      - '\b(?:you''re|you are|[\w&-]+ is|they''re|they are) (?:now )?(?:officially )?(?:soc ?(?:2|ii)|iso(?:/iec)? ?\d{4,5}|hitrust|fedramp|pci(?:[- ]dss)?|cyber essentials)(?: type (?:ii|2|i|1))?[- ]?(?:certified|compliant|authori[sz]ed|accredited|attested)\b'
      # A medicine's regulatory designation: "Since Redwood just received Breakthrough Therapy designation".
      - {regex: '\b(?:received|receiving|got|won|secured|securing|granted|obtained|earned|landed|awarded)\b[^.!?\n]{0,20}?\b(?:breakthrough(?: therapy| device)?|fast[- ]track|orphan(?: drug)?|priority review|accelerated approval|rare pediatric disease|prime|conditional marketing|emergency use|sakigake|regenerative medicine advanced therapy|rmat) (?:designation|status|approval|authori[sz]ation|voucher)\b|(?:\b(?:your|its|their)|[\p{L}&-]+(?:''s|’s)) (?:recent |new |latest |first )?(?:breakthrough therapy|fast[- ]track|orphan drug|priority review|prime|rmat) (?:designation|status)\b', keywords: ['designation', 'fast track', 'fast-track', 'accelerated approval', 'emergency use', 'priority review', 'orphan', 'status', 'voucher']}
      # An accreditation or authorisation received (development set HF): "Congratulations on X receiving IB authorisation for the Diploma Programme", "on the NAAC A++ accreditation announced last month".
      - {regex: '\b(?:receiving|received|gaining|gained|achieving|achieved|earning|earned|securing|secured|being granted|was granted|were granted|has been granted|have been granted|being awarded|was awarded) (?:the |an? |its |their |your |full |official )?(?:[\p{L}\d+/-]+ ){0,3}(?:accreditation|authori[sz]ation|licen[cs]e|charter|chartered status|university status|academy status|teaching hospital status)\b|\bon (?:the |your |its )?(?:new |recent |latest )?(?:[\p{L}\d+/-]+ ){1,3}(?:accreditation|authori[sz]ation)(?: (?:announced|awarded|granted|confirmed|received))?\b', keywords: ['accreditation', 'authorisation', 'authorization', 'licence', 'license', 'charter', 'status']}
      # "the e-money licence it obtained from the CSSF in May" (development set HJ).
      - {regex: '\b(?:licen[cs]e|authori[sz]ation|registration|permit|charter) (?:that )?(?:it|they|you) (?:obtained|received|secured|got|won|was granted|were granted) from (?:the )?[\p{L}]{2,12}\b', keywords: ['obtained from', 'received from', 'secured from', 'got from', 'won from', 'granted from']}
    exceptions:
      - '\b(?:the|our|this|each|every) (?:device|product|unit|instrument|system|kit|machine|equipment|platform|software|model|range|solution|service|analy[sz]er|sensor|monitor|pump|scanner)s? (?:carries|carry|has|have|holds|hold|bears|bear|is|are|comes with|come with|meets|meet)\b'
      - '\b(?:for|during|ahead of|before|in|with|about) your (?:upcoming |next |annual |first )?(?:soc ?2|iso ?27001|hipaa|pci(?: dss)?|cyber essentials)(?: type (?:i|ii|1|2))? (?:audit|assessment|review|renewal|prep|preparation|evidence)\b'
      - '\b(?:if|once|when|before|until|whether) (?:you|your team|they)\b'
      - '\b(?:need|needs|ask for|asking for|require|requires|want|request|send|share) (?:our|the|a copy of our|your copy of our)\b'
      - '\b(?:help|helps|helping|get) (?:you )?(?:get )?(?:ready for|prepare for|through)\b'
      - '\b(?:ahead of|for|towards?|during|in|through) (?:your |the |an? )?(?:upcoming |next |pending |planned )?(?:fda|mhra|ce|ukca|510\(k\))[- ]?(?:submission|application|filing|process|pathway|review|audit)\b|\b(?:apply|applying|submit|submitting|seeking|seek|pursue|pursuing) (?:for )?(?:fda|mhra|ce|ukca)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:soc|iso|certif|accredit|hitrust|fedramp|pci|hipaa|cyber essentials|b[- ]?corp|tisax|cmmc|authori[sz]|fda|mhra|\bce\b|ukca|510|clear|approv|marking)'
    message: 'claims a certification or audit ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Ihr Unternehmen hat gerade die EcoVadis-Goldmedaille erhalten, herzlichen Glückwunsch.'
        - 'Now that Acme Analytics has reached net zero on Scope 2 for its German sites, the next step is Scope 3.'
        - 'Your Querétaro facility achieved LEED Gold status in 2023.'
        - 'Acme Analytics achieved UL certification for its battery storage line earlier this year.'
        - 'Congrats on your SOC 2 Type II report!'
        - 'Saw you achieved ISO 27001 last quarter.'
        - 'Congrats on becoming a certified B Corp.'
        - 'Your new FedRAMP Moderate authorization must open doors.'
        - 'Now that you''re HITRUST certified, security reviews get easier.'
        - 'Heard you passed PCI DSS this spring.'
      pass:
        - 'We reached net zero on Scope 2 last year and publish the figures every March.'
        - 'Ourco achieved ISO 27001 certification in 2022; the certificate is on our trust page.'
        - 'Your admins opened four tickets asking about audit logs for your SOC 2 audit.'
        - {"text": "Congrats on your SOC 2 Type II report!", "facts": ["Completed a SOC 2 Type II audit in 2026"]}
        - 'We are SOC 2 Type II certified and can share the report under NDA.'
        - 'Does your security team need our ISO 27001 certificate?'
        - 'We can help you get ready for your SOC 2 audit.'
        - 'Our platform is HIPAA compliant and FedRAMP authorized.'
        - 'Many teams call us right before their first PCI DSS audit.'
        - 'Once you are SOC 2 certified, reviews get faster.'
        - 'Happy to send our SOC 2 report if your team needs it.'
  - id: claim.profitability
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'profitab'
      - 'cash flow'
      - 'cash-flow'
      - 'break-even'
      - 'break even'
      - 'in the black'
      - 'ebitda'
    patterns:
      # Forty-seventh session, third round (WI, WJ): "dealing with some cash-flow pressure lately", "a tough couple of quarters financially".
      - {regex: '\b(?:cash-?flow|cash flow|liquidity) (?:pressure|pressures|squeeze|crunch|issues|problems|difficulties|troubles)\b(?! (?:are|is) (?:common|typical|normal))|\b(?:has|have|had) had (?:a|an) (?:difficult|tough|hard|rough|challenging|bruising|painful|lean|bad|brutal|trying) (?:couple of|few) (?:years|quarters|months|seasons) (?:financially|commercially)\b', keywords: ['cash-flow', 'cashflow', 'cash flow', 'liquidity', 'had had', 'has had', 'have had'], firm: true}
      # Forty-seventh session, first round (VR, VS): "the difficult season that left X in the red last year", "I know X went well over budget on the quay extension".
      - {regex: '\b(?:left|put|pushed|kept|tipped) (?![^.!?\n]{0,40}\b(?:you|your|many|most|companies|teams|growers|firms|businesses)\b)[^.!?\n]{1,40}? in the red\b|\b(?:went|slipped|fell|dipped|tipped|ended up|finished) (?:into |in )?the red\b|\b(?:went|ran|came in|has gone|is running|was running) (?:well |way |significantly |massively |badly |a bit |a little |far |heavily )?over budget on\b', keywords: ['in the red', 'the red', 'over budget'], firm: true}
      # Forty-seventh session, first round (VQ): "I understand X has had a difficult year financially".
      - {regex: '\b(?:has|have|had)(?: just)? had (?:a|an|quite a|a very|a really|such a) (?:difficult|tough|hard|rough|challenging|bruising|painful|lean|terrible|bad|brutal|trying|difficult few|tight) (?:year|quarter|few months|season|twelve months|12 months|time|stretch|run|period)(?: or two)? (?:financially|commercially|on the (?:revenue|sales|cash) side|with (?:cash ?flow|margins|revenue|sales))\b|\b(?:going through|facing|in) (?:a )?(?:difficult|tough|hard|rough|challenging|lean) (?:patch|period|time|spell|year) financially\b|\b(?:financial|cash-?flow|cash flow) (?:difficulties|troubles|problems|strain|struggles|woes)\b', keywords: ['financially', 'commercially', 'revenue side', 'sales side', 'cash side', 'cash flow', 'cashflow', 'cash-flow', 'margins', 'revenue', 'sales', 'financial'], firm: true}
      # Second round (forty-sixth session, US, UT): "X has been running at a loss since the pandemic".
      - {regex: '\b(?:has been|have been|is|are|was|were|is still|been) (?:running|operating|trading) at a loss\b', keywords: ['at a loss'], firm: true}
      # First round (forty-sixth session, UG, UH, UO, UP): "With X reportedly running behind on its loan covenants".
      - {regex: '\breportedly (?:running behind|behind|struggling|in breach|breaching|missing|in (?:financial )?trouble|cutting|losing|facing|in talks|close to|about to|on the verge|short of)\b|\b(?:behind on|in breach of|breaching|breached) (?:its|their|your) (?:loan |debt |bank |financing )?covenants\b', keywords: ['reportedly', 'behind on', 'in breach', 'breaching', 'breached'], firm: true}
      - {regex: '\bit(?:''s| has) been a (?:tough|difficult|hard|challenging|rough) (?:year|quarter|few months|time|period)(?: for [^.!?\n]{1,40})? financially\b|\bfinancially (?:tough|difficult|hard|rough) (?:year|quarter|time)\b', keywords: ['financially'], firm: true}
      # Forty-second session, MK: money said to be tight at the prospect, revenue said to have dipped.
      - {regex: '\b(?:things|money|budgets?|cash(?: ?flow)?|finances) (?:have|has|had) been (?:a (?:bit|little) |quite |very |pretty |rather )?(?:tight|tough|difficult|hard|challenging|strained)(?: financially)?\b|\bfinancially (?:tight|strained|difficult|challenging)\b|\bcash(?: ?flow)? (?:has been|is|was) (?:a )?(?:real |bit of a )?(?:tight|challenge|problem|issue|squeeze)\b|\brevenue (?:dipped|fell|dropped|declined|shrank|slipped|was down|went down|took a hit)\b', keywords: ['tight', 'tough', 'difficult', 'hard', 'challenging', 'strained', 'financially', 'cash', 'revenue'], firm: true}
      - {regex: '\b(?:board|cfo|leadership|management|investment committee) (?:has |have )?(?:recently |just |finally |already )?(?:approved|signed off|green-?lit|greenlighted|sanctioned|released) (?:an? |the )?(?:[$€£¥₹]|r ?|us\$)?\d[\d,.]*\s?(?:m|million|bn|billion|k)?\s?(?:[\w-]+ ){0,2}budget\b', keywords: ['budget']}
      - {regex: '\b(?:its|your|their|the company''s) (?:best|strongest|biggest|record|record-breaking) (?:quarter|year|month|season|half|holiday season|trading period) (?:ever|on record|to date|yet|in (?:its|your|their|the company''s) history)\b|\b(?:a|its|your) record (?:quarter|year|month|half)\b', keywords: ['ever', 'on record', 'to date', 'yet', 'history', 'record quarter', 'record year', 'record month', 'record half']}
      - {regex: '\b(?:first|maiden|first-ever) profitable (?:quarter|year|month|half)\b', keywords: ['profitable']}
      - '\b(?:becoming|became|become|turned|turning|now|being|reached|reaching|hit|hitting) (?:cash[- ]flow )?(?:profitable|cash[- ]flow positive|break[- ]even)\b'
      - '\b(?:reached|reaching|reach|hit|hitting|achieved|achieving|on the (?:path|road) to|crossed into|returned to|returning to|back to)\b (?:full |sustained |operating |gaap )?profitability\b|\bprofitability (?:milestone|news|announcement)\b|\b(?:congrat\w*|kudos|hats off)\b[^.!?\n]{0,40}?\bprofitability\b'
      - '\bin the black\b'
      - {regex: '\bcash[- ]flow positive\b', keywords: ['cash']}
      - {regex: '\bturned (?:a )?profit\b|\b(?:congrat\w*|kudos|hats off) on turning (?:a )?profit\b', keywords: ['profit']}
      - {regex: '\bebitda[- ](?:positive|profitable)\b', keywords: ['ebitda']}
      # Results against the market's expectations: "your Q3 results beat expectations", "earnings came in ahead of forecast".
      - {regex: '\b(?:(?:q[1-4]|h[12]|fy ?\d{2,4}|quarterly|annual|half-year|full-year|interim|latest|recent|first-quarter|second-quarter|third-quarter|fourth-quarter) )?(?:results|earnings|revenues?|sales|numbers|figures|profits?) (?:\w+ ){0,2}?(?:beat|beating|topped|topping|exceeded|exceeding|surpassed|smashed|crushed|came in (?:well )?(?:ahead of|above|below|under|short of)|missed|fell short of) (?:\w+ ){0,2}?(?:expectations|forecasts?|estimates|guidance|consensus)\b', keywords: ['expectations', 'forecast', 'estimates', 'guidance', 'consensus']}
    exceptions:
      # "When actual sales beat forecasts, inventory planning gets harder": a case put, not news.
      - '^\s*(?:when|whenever|if|once|unless|until|as long as)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:profit|break-?even|cash[- ]flow positive|in the black|results|earnings)'
    message: 'claims profitability ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Acme Analytics''s board recently approved a €40 million infrastructure budget, so I thought the timing was right.'
        - 'Congrats on a record quarter!'
        - 'Acme Analytics would have had its best quarter ever in Q2, judging by the growth.'
        - 'Acme Analytics posted its first profitable quarter in Q2 — congrats.'
        - 'Congrats on your first cash-flow positive quarter.'
        - 'Congrats on becoming profitable this year.'
        - 'Saw you hit profitability last quarter.'
        - 'Congrats on turning a profit.'
        - 'Congrats on going EBITDA positive.'
      pass:
        - 'Once your board has approved a budget, we can lock the price for 12 months.'
        - 'December is usually the strongest month for retailers.'
        - 'Our best quarter ever came after we fixed our own forecasting.'
        - {"text": "Congrats on your first cash-flow positive quarter.", "facts": ["Became cash-flow positive in 2025"]}
        - {"text": "Congrats on becoming profitable!", "facts": ["Became profitable in 2024"]}
        - 'Our customers reach profitability on the pilot within months.'
        - 'We became profitable in 2022.'
        - 'Turning a profit on outbound is hard.'
  - id: claim.market-position
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'the prospect''s market position told as fact: market leader, one of the largest, number two, a share of its market ("as the market leader in payroll with about 30% share")'
    keywords:
      - 'leader'
      - 'largest'
      - 'biggest'
      - 'number one'
      - 'number two'
      - 'number three'
      - 'no. 1'
      - 'no. 2'
      - 'no 1'
      - '#1'
      - '#2'
      - 'dominant'
      - 'share'
      - 'market'
    patterns:
      # Forty-ninth session, second round (YX): "Acme is the biggest heritage roofing contractor in Hungary by turnover."
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?!(?:we|our|ourco|i|you|it|this|that|they)\b)[\p{L}\d&.''’ -]{2,40}? (?:is|are)(?: currently| now| already| still)? (?:the|[\p{L}]+[''’]s) (?:single )?(?:biggest|largest|leading|number one|no\. ?1|#1|dominant|second[- ]largest|third[- ]largest) (?:[\p{L}-]+ ){0,4}?(?:contractor|supplier|provider|operator|company|firm|player|producer|maker|manufacturer|retailer|chain|group|brand|employer|exporter|importer|distributor|insurer|lender|bank|hospital|school|practice|agency|carrier)s?\b[^.!?\n]{0,30}\b(?:in|by|across|on|within)\b', keywords: ['biggest', 'largest', 'leading', 'number one', 'no.', '#1', 'dominant'], firm: true}
      # Forty-eighth session, first round (XD): Afrikaans "Aangesien X nou die grootste onafhanklike operateur in die Noord-Kaap is".
      - {regex: '(?<![\p{L}])(?:nou|tans|reeds|al) die grootste (?:[\p{L}-]+ ){0,2}?(?:operateur|verskaffer|maatskappy|groep|speler|eienaar|ontwikkelaar|produsent|vervoerder)(?![\p{L}])', keywords: ['nou die', 'tans die', 'reeds die', 'al die'], firm: true}
      # Forty-seventh session, second round (VY, WD): "As X is now the largest private collector in Liechtenstein", "X is now the fastest-growing private university in the state"; "X is, I'm told, now the largest buyer…" (WT).
      - {regex: '\b(?:is|''s|are|has become|have become)(?:,? (?:i''m told|i hear|i gather|apparently|reportedly|i understand),?)? now the (?:largest|biggest|fastest[- ]growing|leading|number one|no\. ?1|#1|second[- ]largest|third[- ]largest) (?![^.!?\n]{0,30}\b(?:item|items|cost|costs|expense|line|part|share|chunk|portion|category|driver|risk|issue|question|concern)\b)(?:[\p{L}-]+ ){0,4}?(?:in|across) (?:the |its )?(?!your\b|our\b)[\p{L}-]+', keywords: ['is now', 's now', 'are now', 'has become now', 'have become now', 'i''m told', 'i hear', 'i gather', 'apparently', 'reportedly', 'i understand'], firm: true}
      # Second round (forty-sixth session, US, UT): "X is apparently the largest OTR retreader in Mpumalanga these days".
      - {regex: '\b(?:is|are) (?:apparently|reportedly|supposedly) (?:now )?(?:the|one of the) (?:largest|biggest|leading|fastest[- ]growing|number one|top|dominant)\b', keywords: ['apparently', 'reportedly', 'supposedly'], firm: true}
      # A rank given as the reader's description, then the prospect as the subject (forty-fourth session, OS): "As one of Vietnam's top ten seafood exporters, Summit Health will…".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*as (?:one of )?(?:the )?(?:[\p{L}''’-]+ ){0,2}(?:top (?:\d+|ten|five|three|twenty|fifty|hundred)|largest|biggest|leading|fastest[- ]growing|best-known|most successful) (?:[\p{L}-]+ ){0,3}(?:exporters?|producers?|companies|company|firms?|brands?|retailers?|operators?|suppliers?|manufacturers?|employers?|groups?|chains?|players?|resorts?|farms?|banks?|insurers?|hospitals?|schools?|businesses|business|processors?|distributors?|contractors?|carriers?|providers?|developers?|builders?|hauliers?|shippers?)(?: (?:in|of) [\p{L}'' ]{2,30})?, (?!we\b|our\b|i\b|ourco\b|us\b)', keywords: ['top', 'largest', 'biggest', 'leading', 'fastest', 'best-known', 'most successful'], firm: true}
      # Forty-second session, NI: "is growing faster than any other pharmacy chain in the Kingdom".
      - {regex: '\bgrowing faster than (?:any|every) other\b', keywords: ['faster than'], firm: true}
      - '\b(?:as|being) (?:the|a|one of the) (?:(?:[\w''-]+|\d+%?) ){0,3}?(?:(?:market|category|industry|sector|clear|global) leader|(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|dominant|number (?:one|two|three)|no\.? ?[1-3]|#[1-3]) (?:[\p{L}-]+ ){0,3}?${MARKET_NOUN})\b(?=[^.!?\n]{0,80},\s*(?!\s|we\b|our\b|i\b|i''|us\b|ourco\b|here\b|let\b))'
      - '\b(?:you''re|you are|(?:to |and )?(?:become|becoming|became)|(?!(?:this|that|it|there|what|which|who|here|where|today|now|price|pricing|cost|time|speed)\b)[\p{L}&-]+ is) (?:now |still |easily |arguably |clearly |officially )?(?:the|a|one of the) (?:(?:[\w''-]+|\d+) ){0,3}?(?:(?:market|category|industry|sector|clear|global) leader|(?:(?:second|third|fourth|fifth)[- ])?(?:largest|biggest|dominant|number (?:one|two|three)|no\.? ?[1-3]|#[1-3]) (?:[\p{L}-]+ ){0,3}?${MARKET_NOUN})\b'
      - '\b\d{1,2}(?:\.\d)?% (?:market share\b|share\b(?! (?:the|their|its|our|your|his|her|it|them|this|that|these|those|data|information|files?|plans?|reports?|a|an|with|in|of (?:respondents|them|those))\b))|\b(?:market share|share of the (?:[\w-]+ ){0,2}?market) of (?:about |around |roughly |nearly |over |almost )?\d{1,2}(?:\.\d)?%|\b(?:holds?|holding|controls?|controlling|commands?|commanding|owns?|owning) (?:a |an )?(?:about |around |roughly |nearly |over |almost )?(?:\d{1,2}(?:\.\d)?%|a (?:third|quarter|fifth|half)|half|two[- ]thirds) (?:of (?:the )?(?:[\p{L}-]+ ){0,3}?market|market share|share)\b'
      - '\b(?:the|a) dominant (?:player|provider|force|brand|operator|supplier|vendor) in\b'
      - {regex: '(?:,|\() ?(?:now |still |already |currently |today |easily |arguably )?(?:the|one of the) (?:(?:[\w''-]+|\d+) ){0,3}?(?:(?:market|category|industry|sector|clear|global|regional|national) leader|(?:largest|biggest|dominant|leading|number (?:one|two|three)|no\.? ?[1-3]|#[1-3]) (?:[\p{L}-]+ ){0,3}?${MARKET_NOUN})\b', keywords: ['largest', 'biggest', 'dominant', 'leading', 'number one', 'number two', 'number three', 'no.', 'no ', '#1', '#2', '#3', ' leader']}
    exceptions:
      - '\b(?:we''re|we are|ourco is|ourco''s|our (?:company|platform|team|product|share|firm|agency))\b'
      - '\b(?:one of our|a customer of ours|our customers?|our clients?)\b'
      - '\b(?:if|whether|once|when) (?:you|your)\b'
      - '\b(?:you|your team) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted)\b|\bas (?:you|\w+) (?:mentioned|said|noted|described|explained)\b'
      - '\b(?:gain|grow|win|take|increase|protect|defend|capture) (?:your |more |market )*share\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:market|leader|largest|biggest|share|number (?:one|two|three)|no\.? ?[1-3]|#[1-3]|dominant|rank)'
    message: 'claims a market position ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Given your position, now the largest independent cold-storage operator in the South Island, this is built for you.'
        - 'Your company, the leading lender in the region, must see huge application volumes.'
        - 'As the market leader in payroll software with about 30% share, you must see every edge case.'
        - 'As one of the three largest independent agencies in Australia, Acme Analytics must juggle a lot of briefs.'
        - 'You''re the number two player in Nordic logistics, so margins matter.'
        - 'With a 25% market share in Germany, your team must handle thousands of renewals.'
      pass:
        - 'Ourco, the largest scheduling provider in the UK, works with teams like yours.'
        - 'We worked with Northline Freight, one of the largest carriers in Ohio, on the same problem.'
        - 'Our partner, the leading payroll provider in Ireland, handles the filing.'
        - {"text": "As the market leader in payroll software, you must see every edge case.", "facts": ["Market leader in UK payroll software"]}
        - 'We''re the market leader in review automation, with about 30% share.'
        - 'One of our customers, the largest insurer in the Midlands, cut review time in half.'
        - 'The market leader in your space uses us for every outbound email.'
        - 'Market share is hard to win in a crowded category.'
        - 'As the largest vendor in the category, we see every edge case your team might hit.'
  - id: claim.regulatory
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'regulatory trouble at the prospect told as fact: a review, investigation, fine, sanction or enforcement action by a regulator'
    keywords:
      - 'fined'
      - 'fine '
      - 'fine,'
      - 'fine.'
      - 'penal'
      - 'investigat'
      - 'probe'
      - 'inquiry'
      - 'enquiry'
      - 'review'
      - 'enforcement'
      - 'sanction'
      - 'censure'
      - 'special measures'
      - 'consent order'
      - 'warning letter'
      - 'scrutiny'
      - 'settle'
    patterns:
      # Forty-seventh session, second round (WD): "Since X lost accreditation for two of its postgraduate programmes last year".
      - {regex: '\b(?:lost|losing|had (?:its|their) [\p{L}-]+ (?:withdrawn|revoked|suspended)|was stripped of|were stripped of) (?:its |their |the )?(?:accreditation|licen[cs]e|certification|registration|permit|approval)\b', keywords: ['lost', 'losing', 'had its', 'had their', 'stripped'], firm: true}
      # Fifth round (forty-sixth session, VL, VM): "Given the TBC and cell count penalties X has had from the co-op this year".
      - {regex: '\b(?:penalties|fines|sanctions|warnings|deductions|strikes) [^.!?\n]{0,40}(?:has|have) (?:had|received|been given|incurred|picked up) from\b', keywords: ['penalties', 'fines', 'sanctions', 'warnings', 'deductions', 'strikes'], firm: true}
      - {regex: '\b(?:penalty|fine|sanction|censure|enforcement action|warning letter)s? (?:imposed on|levied on|issued to|handed to|against)\b', keywords: ['imposed on', 'levied on', 'issued to', 'handed to', 'against']}
      - {regex: '\b(?:scored|got|received|earned|achieved|passed|failed|flunked|had) (?:a |an |the |its |their |your )?(?:perfect |surprise |rough |difficult |bad |poor |clean |five-star |5-star |top )?(?:\d+ on (?:its|their|your|the) )?(?:latest |recent |last )?(?:health inspection|hygiene (?:rating|inspection|score)|food hygiene rating|inspection grade|sanidad inspection|haccp audit|surprise inspection|inspection)\b|\bcited (?:twice |three times |\d+ times |again )?by the (?:city |county |state |local )?health (?:department|inspectors?)\b|\b(?:your|its|their) (?:recent |latest )?[''‘“]?[abc][''’”]? grade from the (?:health )?inspectors?\b|\b(?:five|5)-star (?:food )?hygiene rating (?:across|at|for)\b', keywords: ['inspection', 'hygiene', 'cited', 'grade from', 'haccp audit']}
      - {regex: '\b(?:corrective action plan|immediate jeopardy|warning letter|consent decree|form 483|483 observations?|enrol(?:l)?ment (?:freeze|sanction)|(?:freez(?:e|es|ing)|suspend(?:s|ing)?|halt(?:s|ing)?) (?:new )?enrol(?:l)?ment|star rating (?:dropped|fell|slipped|declined|went down|was cut)|lost (?:its|their|your) (?:magnet|accreditation|jci|iso|cqc|hipaa|soc 2) ?(?:designation|status|rating|certification|accreditation)?|(?:settled|settling|settle) (?:a |the )?(?:false claims act|qui tam|class[- ]action|whistleblower) (?:case|suit|lawsuit|claim)?|(?:had to |must |was required to )?notif(?:y|ied) (?:the )?(?:dha|ico|ocr|hhs|regulator|authorities|data protection authority|doh) of (?:a|an|the) (?:[\w-]+ )?(?:leak|breach|incident)|(?:the (?:recent|last|latest)|your (?:recent|last)|its (?:recent|last)|after (?:the|a|its|your)|following (?:the|a|its|your)|a difficult|the difficult) (?:[\w-]+ ){0,2}?(?:mhra|fda|cms|ocr|cqc|hse|osha|sec|ftc|ico|dha|doh|jci|state) (?:inspection|audit|investigation|survey|review|visit)|the (?:ocr|hhs|sec|ftc|fca|ico|doj|cms) investigation (?:[\w&.''’-]+ ){1,3}(?:is|are) facing)\b', keywords: ['corrective action', 'immediate jeopardy', 'warning letter', 'consent decree', '483', 'enrolment', 'enrollment', 'star rating', 'lost its', 'lost their', 'lost your', 'settled', 'settling', 'settle', 'notif', 'inspection', 'audit', 'investigation', 'survey', 'review', 'visit']}
      - {regex: '\b(?:facing|faces|face|could face|hit with|in line for|risking) (?:a |an )?(?:hefty |big |large |huge |significant |possible |potential |serious |stiff )?(?:popia|gdpr|ico|fca|sec|ftc|hipaa|cnil|dpa|pdpa|lgpd|ccpa|regulatory|data[- ]protection) (?:penalty|fine|sanction|investigation|probe)\b', keywords: ['popia', 'gdpr', 'ico', 'fca', 'sec', 'ftc', 'hipaa', 'cnil', 'dpa', 'pdpa', 'lgpd', 'ccpa', 'regulatory', 'data protection', 'data-protection']}
      - {regex: '\b(?:your|its)\s(?:new\s)?(?:[\p{L}&-]+\s){0,4}?(?:licen[cs]e|authori[sz]ation|banking charter|charter)\b[^.!?\n]{0,40}?\b(?:came through|was granted|got granted|granted|was approved|approved|arrived|landed|was issued)\b|\b(?:will be|is|are|about to be|was|were|has been|have been|just|recently|finally|you''ve|you have)\s(?:just |recently |finally |now )?(?:getting|receiving|received|got|granted|awarded|secured|obtained|won|landed|been granted|been awarded)\s(?:an? |its |your |their |the )?(?:[\p{L}-]+ ){0,4}?(?:licen[cs]e|authori[sz]ation|banking charter)\b|\b(?:after|since|with|now that|following|congrat\w* on|on) (?:receiving|getting|being granted|securing|obtaining|winning|landing) (?:an? |its |your |their |the )?(?:[\p{L}-]+ ){0,4}?(?:licen[cs]e|authori[sz]ation|banking charter)\b', keywords: ['licence', 'license', 'authorisation', 'authorization', 'charter']}
      - {regex: '\b(?:its|their|your|the) (?:recent |latest |ongoing |big |major )?(?:product )?recall\b(?! (?:add-on|addon|module|feature|rules?|dates?|reminders?|system|list|campaigns?|appointments?|schedule|settings|templates?|tool|reports?|workflow|texts?|emails?|letters?|cards?|interval|due|messages?))|\b(?:had to|has had to|have had to|was forced to|were forced to|is|are|was|were) (?:issue a |issuing a )?recall(?:ing|ed)? (?:part of |some of |all of |most of )?(?:its|their|your)\b|\bfacing (?:a )?(?:possible |potential )?(?:product )?recall\b|\bsince the recall\b|\b(?:retiro del mercado|retirada del mercado) de (?:sus|su|vuestros?)\b|\b(?:the|your|its|last (?:month|year|quarter)''s|recent) (?:[\w-]+ )?(?:fine|penalty|sanction|enforcement action)s? (?:from|by|imposed by|issued by) (?:the )?[\w ]{0,30}(?:regulator|authority|agency|commission|epa|fca|sec|ico|osha)\b', keywords: ['recall', 'retiro del mercado', 'retirada del mercado', 'fine', 'penalty', 'sanction', 'enforcement']}
      - {regex: '\b(?:sorry|sad|saddened|gutted) to (?:read|hear|see|learn) (?:about )?(?:the|your) (?:recent )?(?:product |safety |voluntary )?recall\b', keywords: ['sorry', 'sad', 'gutted']}
      - {regex: '\b(?:regulators?|authorit(?:y|ies)|watchdogs?|the courts?|a court|the commission|${REGULATOR}) (?:has |have |had )?(?:blocked|banned|halted|suspended|barred|raided|shut down)\b[^.!?\n]{0,30}\byour\b', keywords: ['blocked', 'banned', 'halted', 'suspended', 'barred', 'raided', 'shut down']}
      - {regex: '\b(?:recent |credit |rating )?downgrade (?:by|from) (?:moody''s|moodys|s&p|standard (?:&|and) poor''s|fitch|am best|dbrs|kroll)\b|\b(?:downgraded|cut|put on (?:negative )?(?:watch|outlook)) by (?:moody''s|moodys|s&p|fitch|am best|dbrs)\b', keywords: ['downgrade', 'downgraded', 'cut by', 'put on']}
      - {regex: '\b(?:after|since|following|given|with|post|because of) (?:the|that|last (?:year|month|spring|summer|autumn|fall|winter)''s|this (?:year|spring|summer|autumn|fall|winter)''s) (?:recent )?(?:product|safety|vehicle|food|voluntary|drug|device|batch|big|costly|nationwide) recalls?\b(?! (?:process|procedure|plan|policy|drill|test|module|feature|workflow|template|report|tracking|management|readiness|checklist))', keywords: ['recall']}
      - {regex: '\b${REGULATOR}(?:''s)? (?:citations?|violations?|notices? of violation|improvement notices?|stop-work orders?|shutdown orders?)\b', keywords: ['citation', 'violation', 'notice', 'order']}
      - {regex: '\b(?:was|were|been|got|getting|being) fined\b', keywords: ['fined']}
      - {regex: '\b(?:your|its|their|the recent|recent|last (?:month|year|week)''s) (?:recent )?(?:product|safety|vehicle|food|voluntary|drug|device|batch) recalls?\b(?! (?:process|procedure|plan|policy|drill|test|module|feature|workflow|template|report|tracking|management|readiness|checklist))|\brecalled (?:its|their|your|some|all|\d[\d,]*|several|two|three) (?:[\w-]+ ){0,2}?(?:products?|units|vehicles|cars|batches|lots|devices|items)\b|\b(?:lost|losing|downgraded|stripped of) (?:its|your|their) (?:[\w-]+ ){0,2}?(?:rating|accreditation|certification|licen[cs]e|registration)\b', keywords: ['recall', 'lost', 'losing', 'downgraded', 'stripped of']}
      - {regex: '\b(?:the )?(?:sec|fca|ico|ftc|doj|cma|finra|ofac|regulator|regulators|authorities|tax office|irs|hmrc)\b[^.!?\n]{0,30}?\b(?:has|have|is asking|are asking|raised|opened|launched) (?:some |a few |serious )?(?:questions|concerns|an inquiry|an enquiry|a probe|an investigation)\b[^.!?\n]{0,40}?\b(?:your|you)\b', keywords: ['questions', 'concerns', 'inquiry', 'enquiry', 'probe', 'investigation']}
      - {regex: '\b(?:the |your |its |a )?(?:recent |product |voluntary |big |costly |nationwide |global )?recall of (?:your|its) [\w-]+|recall of (?:the|their) (?:[\w-]+ ){0,3}?(?:products?|models?|units|vehicles|devices|line|range|batch(?:es)?|items)\b|\b(?:your|its) (?:recent |product |voluntary |big |costly )?recall\b(?! (?:rate|rates|of (?:the )?(?:details|names|facts)|test))', keywords: ['recall']}
      - {regex: '\b(?:the |your |its |a )?(?:recent |big |costly |high-profile |ongoing )?(?:class[- ]action|shareholder|securities|antitrust|patent|privacy) (?:settlement|lawsuit|suit|case|litigation|claim)\b', keywords: ['settlement', 'lawsuit', 'suit', 'case', 'litigation', 'claim']}
      - '\b(?:under|facing|faces|face|subject to) (?:a |an )?(?:formal |regulatory |ongoing |fresh |new |an? )?(?:review|investigation|probe|inquiry|enquiry|scrutiny|enforcement action|sanctions?) (?:by|from|with) (?:the )?${REGULATOR}'
      - '\b(?:fined|penali[sz]ed|sanctioned|censured|investigated|probed|reprimanded) (?:\w+ ){0,2}?by (?:the )?${REGULATOR}'
      - '\b${REGULATOR}(?:''s)? (?:fine|penalty|investigation|probe|inquiry|enquiry|enforcement action|settlement|sanction|censure|consent order|warning letter)s?\b(?: (?:against|into|of|on|over))?|\b${REGULATOR} (?:is |has been |have been |are )?(?:investigating|probing|reviewing|looking into|fined|penali[sz]ed|sanctioned)\b'
      - '(?:\b(?:enforcement action|consent order|warning letter|special measures|regulatory (?:fine|penalty|action|probe|investigation|sanction))\b|(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|bn|billion)?|\d[\d.,]*\s?(?:million|billion)) (?:fine|penalty|settlement)\b)|\bsettle(?:d|ment|ments)? with (?:the )?${REGULATOR}'
      # Notices, orders and fines from a regulator (development sets HI, HJ): "the HSE improvement notice issued to X in March", "the Ministry issued a stop-work order on X's Dammam site", "the administrative fine the CSSF imposed on X".
      - {regex: '\b(?:improvement|prohibition|enforcement|abatement|compliance|warning) notices? (?:was |were |has been |had been )?(?:issued|served|given|handed) (?:to|on|against)\b|\bstop[- ]work (?:order|notice)s?\b|\b(?:fine|penalty|sanction|censure|reprimand)s? (?:that )?(?:the )?(?:[\p{L}]{2,12} )?(?:imposed|levied|issued|handed down) (?:on|against|to)\b|\b(?:imposed|levied|handed down) (?:a |an )?(?:[\w-]+ ){0,2}(?:fine|penalty|sanction)s? (?:of [^.!?\n]{1,20} )?(?:on|against)\b', keywords: ['notice', 'stop-work', 'stop work', 'imposed', 'levied', 'handed down']}
      # "the WorkSafe Victoria penalty Northwinds Health copped", "the Fair Work Ombudsman found … had underpaid", "findings in … recent Joint Commission survey", a class action, a union drive (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:penalty|penalties|fine|fines|sanction|enforcement notice|improvement notice|prohibition notice|infringement notice)\b[^.!?\n]{0,60}\b(?:copped|received|got|was hit with|were hit with|incurred|paid|was handed|were handed|was issued|were issued)\b', keywords: ['penalty', 'penalties', 'fine', 'sanction', 'notice'], firm: true}
      - {regex: '\b(?:ombudsman|regulator|inspectorate|inspector|commission|authority|department of labou?r|osha|hse|worksafe|safework|fair work|labou?r board)\b[^.!?\n]{0,60}\b(?:found|ruled|determined|concluded)\b[^.!?\n]{0,60}\b(?:underpaid|breached|violated|failed|contravened|owed|short-?changed)\b', keywords: ['found', 'ruled', 'determined', 'concluded'], firm: true}
      - {regex: '\bfindings (?:in|from|of) [^.!?\n]{0,60}\b(?:survey|audit|inspection|accreditation visit|assessment)\b', keywords: ['findings'], firm: true}
      - {regex: '\bclass[- ]action\b|\b(?:lawsuit|litigation|legal action)\b[^.!?\n]{0,30}\b(?:is facing|are facing|faces|facing|filed against|brought against|launched against)\b|\b(?:is|are) (?:currently )?(?:facing|fighting) (?:a |an )?(?:lawsuit|class action|legal action|tribunal claim)\b', keywords: ['class action', 'class-action', 'lawsuit', 'litigation', 'legal action', 'facing', 'fighting'], firm: true}
      - {regex: '\b(?:organi[sz]ing|unioni[sz]ation|unioni[sz]ing|union) (?:push|drive|campaign|vote|effort|bid)\b', keywords: ['push', 'drive', 'campaign', 'vote', 'effort', 'bid'], firm: true}
    exceptions:
      # The findings of a trial or pilot inspection we did: "Findings from the trial inspection" (fifty-third session, KO).
      - '\bfindings (?:in|from|of) (?:the |our |your )?(?:trial|pilot|free|demo|sample|test|initial|first|baseline) (?:inspection|audit|survey|assessment)\b'
      - '\b(?:settlement|lawsuit|suit|case|litigation|recall|fine|investigation)s?\b[^.!?\n]{0,30}\bin (?:your|the) (?:sector|industry|space|market|vertical|field|category|region)\b'
      - '\b(?:if|whether|in case|should|avoid|prevent|prepare for|preparing for|ready for|help(?:s|ed|ing)? (?:\w+ )?(?:with|through|prepare|respond)|respond to)\b[^.!?\n]{0,60}?\b(?:fine[ds]?|penalt\w*|penali[sz]\w*|investigat\w*|probe[sd]?|inquir\w*|enquir\w*|review\w*|enforcement|sanction\w*|censure\w*|recall\w*|settle\w*|lawsuits?|litigation|scrutiny|audit\w*|regulat\w*|consent orders?|warning letters?|special measures|citations?|violations?|${REGULATOR})'
      - '\b(?:we|we''ve|ourco|ourco''s|our (?:company|platform|firm))\b[^.!?\n]{0,30}\b(?:never|not|no)\b'
      - '\b(?:one of our|a customer of ours|our customers?|our clients?|another (?:lender|firm|client|customer|bank|company))\b'
      - '\b(?:you|your team) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted)\b|\bas (?:you|\w+) (?:mentioned|said|noted|described|explained|told me|shared)\b'
      - '\bacross (?:the|its|their) (?:sector|industry|market)\b|\b(?:sector|industry)[- ]wide\b'
      - '\b(?:fine-?tun|fine print|fine art|fine dining|just fine|works fine|is fine|are fine|be fine)\w*'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:fine|fined|penalt|investigat|probe|review|enforcement|sanction|regulat|special measures|consent order|inquiry|enquiry|settle|censure)'
    message: 'claims regulatory trouble ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Acme Analytics passed the Sanidad inspection with flying colours last month, congratulations.'
        - 'Congratulations on the five-star food hygiene rating across all your sites.'
        - 'I know Acme Analytics failed its surprise inspection in Bologna, and I am sorry about that.'
        - 'Your recent ''A'' grade from the health inspectors is something your guests will love to hear about.'
        - 'Acme Analytics has been cited twice by the city health department this year, from what I''ve read.'
        - 'It seems Acme Analytics had a rough health inspection in March — our HACCP logs could help next time.'
        - 'Great to see Acme Analytics scored a perfect 100 on its latest health inspection.'
        - 'Given the OCR investigation Acme Analytics is facing over the portal exposure, our access logs might help.'
        - 'It seems Acme Analytics''s pharmacovigilance function is being rebuilt after a difficult MHRA inspection.'
        - 'I learned that Acme Analytics had to notify the DHA of a patient-data leak in January.'
        - 'Acme Analytics quietly settled a False Claims Act case last year, so compliance tooling is presumably a focus.'
        - 'I think Acme Analytics lost its Magnet designation earlier this year.'
        - 'I gather Acme Analytics''s star rating dropped to 3 stars this cycle.'
        - 'Acme Analytics reportedly received an immediate jeopardy citation from CMS surveyors at its Phoenix facility.'
        - 'It sounds like CMS may be placing Acme Analytics under a corrective action plan after the last program audit.'
        - 'I gather Acme Analytics is facing a GDPR fine over the breach.'
        - 'Acme Analytics could be facing a hefty POPIA penalty after the leak.'
        - 'You''ve probably got your hands full after receiving the central bank authorisation as a payment institution.'
        - 'Rumour has it Acme Analytics will be getting its e-money licence in Q3.'
        - 'Your DNB licence as an electronic money institution came through in January, I believe.'
        - 'Tras el retiro del mercado de sus medidores de la serie M, imagino que el área de calidad está bajo la lupa.'
        - 'I''d imagine last month''s fine from the environmental regulator has put energy reporting under a microscope.'
        - 'It looks like Acme Analytics may be facing a product recall on its smart thermostats.'
        - 'Your Kyushu plant has been running at reduced capacity since the recall, as far as I can tell.'
        - 'I understand Acme Analytics had to recall part of its compressor line this spring, which must be putting pressure on QA.'
        - 'Restoring trust after the recall of your flagship kettle must be the focus this year.'
        - 'Since the class-action settlement, your support team must be fielding a lot of questions.'
        - 'The privacy lawsuit your company is facing makes audit trails timely.'
        - 'Given that you''re under review by the FCA over complaints handling, audit trails must be top of mind.'
        - 'Saw Acme Analytics was fined by the ICO last month.'
        - 'With the SEC investigation into your reporting, controls must be a priority.'
        - 'Now that the CMA is investigating your pricing, documentation matters more than ever.'
      pass:
        - 'Restaurants that fail a health inspection usually fix their cooling logs first.'
        - 'Our HACCP logs help kitchens pass their next health inspection.'
        - 'We keep the evidence your team needs for an MHRA inspection.'
        - 'Most plans that lose a star rating see bonus payments fall.'
        - 'A star rating can drop a full point when call-centre scores slip.'
        - 'Our reports are built to help you prepare for a CMS audit.'
        - 'A data-protection fine can reach 4% of turnover, so the audit trail matters.'
        - 'Our licence fee is charged per user per month.'
        - 'Once you have the licence, the reporting module switches on.'
        - 'We received our own EMI licence from the FCA in 2022, so we know the process.'
        - 'If a product recall ever happens, the report shows every affected batch.'
        - 'Ourco tracks recalls by lot number, so a supplier''s recall reaches the right shelves in minutes.'
        - 'If I recall correctly, the pilot started in June.'
        - 'One of our retail customers handled a product recall with us in a weekend.'
        - 'Our recall rate on search results is above 95%.'
        - 'A class-action settlement in your sector last year changed how consent is logged.'
        - {"text": "Saw Acme Analytics was fined by the ICO last month.", "facts": ["Fined by the ICO in 2026 over a data request backlog"]}
        - 'If the FCA ever reviews your complaints handling, the audit log has everything.'
        - 'One of our customers was fined by the ICO before switching to us.'
        - 'Our platform helps firms prepare for regulatory investigations.'
        - 'As you told me, the FCA review of your complaints handling wraps up in May.'
        - 'Your team will be fine with the default settings.'
  - id: claim.lost-business
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'business the prospect is said to have lost: a chunk of its book, a named or major client, a contract, rising churn'
    keywords:
      - 'lost'
      - 'losing'
      - 'churn'
    patterns:
      # Forty-eighth session, fourth round (XY): "X had two consignments rejected in Rotterdam last quarter".
      - {regex: '\b(?:had|has had|have had|got|saw) (?:a |one |two |three |four |several |a few |a couple of |\d+ )?(?:[\p{L}-]+ )?(?:consignments?|shipments?|containers?|loads?|batches|lots|orders?|deliveries) (?:rejected|refused|returned|held|detained|turned back|sent back)\b', keywords: ['had', 'has had', 'have had', 'got', 'saw'], firm: true}
      # Forty-seventh session, second round (VY): "I heard that X is reviewing its current telematics provider after the problems with the lift sensors".
      - {regex: '\bi(?:''ve| have)? (?:heard|hear|gather|understand)(?: that)? [^.!?\n]{2,50} (?:is|are) (?:reviewing|re-?tendering|looking to replace|unhappy with|thinking of replacing|about to drop) (?:its|their) (?:current |existing )?(?:[\p{L}-]+ )?(?:provider|supplier|vendor|partner|contractor|system)\b', keywords: ['heard', 'hear', 'gather', 'understand'], firm: true}
      # Forty-seventh session, first round (VQ): hearsay of a loss, "A friend at one of the forwarders mentioned that X lost a sizeable consignment".
      - {regex: '\b(?:a friend|a contact|someone|a colleague|a former colleague|people|a source|an old colleague|word) (?:at|from|in|on) (?:one of )?[^.!?\n]{2,40}? (?:mentioned|told me|said|tells me|says|let slip|hinted)(?: that)? [^.!?\n]{2,50}? (?:lost|has lost|had lost|is losing|was losing) (?:a |an |the |its |their |two |three |several |some )?(?:[\p{L}-]+ ){0,2}?(?:consignment|shipment|load|batch|contract|client|customer|account|order|tender|deal|stock|cargo)s?\b', keywords: ['mentioned', 'told me', 'said', 'tells me', 'says', 'let slip', 'hinted'], firm: true}
      # Fifth round (forty-sixth session, VL, VM): "I know X losing its biggest insurance client this year hasn't made things any easier".
      - {regex: '\bi know [^.!?\n]{2,40} losing (?:its|their) (?:biggest|largest|main|key|top|major|anchor) (?:[\p{L}-]+ )?(?:client|customer|account|contract|tenant|partner)\b', keywords: ['i know'], firm: true}
      # Fourth round (forty-sixth session, VD, VE): "X has been losing day-ticket visitors to the bigger resorts nearby".
      - {regex: '\b(?:has|have) been losing (?:[\p{L}-]+ ){0,3}(?:visitors|customers|clients|guests|members|students|patients|business|skiers|players|diners|shoppers|tenants|subscribers) to\b', keywords: ['been losing'], firm: true}
      # Second round (forty-sixth session, US, UT): "I know X has been losing market share to cheap imported new tyres".
      - {regex: '\bi (?:know|hear|gather|understand) (?:that )?[^.!?\n]{2,50}? (?:has|have) been losing (?:market )?share\b', keywords: ['i know', 'i hear', 'i gather', 'i understand'], firm: true}
      # First round (forty-sixth session, UG, UH, UO, UP): "I heard you lost your main catering partner", "X lost a fair bit of canola to heating last season, from what I hear".
      - {regex: '\bi(?:''ve| have)? heard (?:that )?you(?:''ve| have)? lost (?:your|a|two|three|several|some|one of your)\b|\blost\b[^.!?\n]{0,60}\bfrom what i(?:''ve| have)? (?:hear|heard|gather)\b|\bfrom what i(?:''ve| have)? (?:hear|heard|gather),? [^.!?\n]{0,60}\blost\b', keywords: ['heard', 'lost'], firm: true}
      - {regex: '\b(?:planning|plans|looking|preparing|about|going|set) to (?:exit|leave|end|terminate|get out of|walk away from|drop|switch away from) (?:its|their) (?:current |existing )?(?:[\w-]+ ){0,2}(?:contract|agreement|lease|provider|vendor|supplier)\b', keywords: ['to exit', 'to leave', 'to end', 'to terminate', 'to get out of', 'to walk away', 'to drop', 'to switch away']}
      - {regex: '\b(?:losing|lost|has been losing|had been losing|have been losing) (?:market )?share to\b', keywords: ['share to']}
      - '\b(?:lost|losing) (?:roughly |about |around |nearly |almost |over |more than |some )?(?:a |an |the |its |your |their |some |two |three |several |a few |\d+ )?(?:significant |big |large |major |huge |key |sizeable |sizable |good |fair |chunk )?(?:chunk|share|portion|part|slice|number|bit|third|quarter|half) of (?:its |your |their |the )?(?:[\w-]+ ){0,2}?(?:renewal book|book|book of business|customers|clients|accounts|business|contracts|revenue|members|subscribers|market share|portfolio|volume|deals|renewals)\b'
      - '\blost (?:the |your |its |their |a |an |two |three |four |several |\d+ )?(?:biggest |largest |key |major |anchor |top |flagship |main |big |large |marquee )?(?:[\p{L}&-]+ ){0,2}?(?:client|customer|account|contract|tender|franchise|distributor|retailer|sponsor)s?\b(?! (?:to us|with us|details|number|access|password|manager))'
      - '\blost (?:[\p{L}&''-]+ ){1,3}?as (?:a |an |their |your |its )?(?:client|customer|account|partner|stockist|distributor|sponsor)\b'
      - '\blosing (?:the|its|your|their) (?:biggest |largest |key |major |anchor |top |flagship |main |big )?(?:[\p{L}&-]+ ){0,2}?(?:client|customer|account|contract|tender|franchise)\b|\blosing (?:two|three|four|several|\d+) (?:major |big |key |large |anchor )?(?:clients|customers|accounts|contracts)\b'
      - '\b(?:customer |client |member |subscriber )?churn (?:is |was |has been |have been )?(?:up|rising|spiking|climbing|jumped|doubled|surging|soaring)\b|\b(?:spike|jump|rise|surge) in (?:customer |client |member )?churn\b'
    exceptions:
      - '\b(?:have|has) (?:you|your team) ever\b|\b(?:if|whether|probably|might|could|would|likely|avoid|stop|prevent|without|never|don''t|do not|before)\b|\bmay (?:be|have|not|lose|want)\b'
      - '\b(?:we|we''ve|ourco|our (?:company|team|firm))\b'
      - '\b(?:one of our|a customer of ours|our customers?|our clients?|another (?:firm|client|customer|agency|broker|company))\b'
      - '\b(?:you|your team) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted)\b|\bas (?:you|\w+) (?:mentioned|said|noted|described|explained|told me|shared)\b'
      - '\blost (?:your|the) (?:login|password|access|invite|link|email|details|card)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:lost|lose|losing|churn|declin|drop|left|defect)'
    message: 'claims lost business ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'I know Acme Analytics is planning to exit its current colocation contract next year, so the timing looks good.'
        - 'Acme Analytics had been losing market share to cheaper imports until the new product line launched.'
        - 'I saw Acme lost a significant chunk of its renewal book last quarter.'
        - 'After losing the Walmart account, your team must be rebuilding pipeline.'
        - 'Heard you lost the NHS contract to a competitor.'
      pass:
        - 'Customers planning to exit their current contract can use our migration credit.'
        - {"text": "Heard you lost the NHS contract to a competitor.", "facts": ["Lost the NHS Scotland contract in 2026"]}
        - 'Most teams lose a chunk of their renewal book to slow follow-up.'
        - 'Don''t lose your best clients to a slow reply.'
        - 'One of our customers lost a major account before they found us.'
        - 'You mentioned you lost two accounts to a cheaper rival in spring.'
        - 'If you lost your invite link, here is a new one.'
  - id: claim.security-incident
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a security incident at the prospect told as fact: a data breach, leak, ransomware or cyber attack, being hacked'
    context:
      not_near:
        - 'water'
        - 'pipe'
        - 'pipes'
        - 'roof'
        - 'plumber'
        - 'boiler'
        - 'ceiling'
        - 'radiator'
        - 'flood'
        - 'flooding'
        - 'damp'
        - 'tank'
        - 'gas'
        - 'oil'
        - 'drip'
        - 'loss adjuster'
        - 'insurer'
        - 'home insurance'
        - 'buildings insurance'
        - 'property claim'
        - 'property claims'
        - 'opened a claim'
        - 'claim reference'
        - 'burst'
      not_near_window: 200
    keywords:
      - 'breach'
      - 'ransomware'
      - 'hack'
      - 'cyber'
      - 'incident'
      - 'leak'
      - 'attack'
      - 'compromised'
      - 'exposed'
    patterns:
      - {regex: '\b(?:been|was|were|got|being) hit by (?:the |a |an )?(?:same )?(?:[\w-]+ ){0,2}?(?:breach|ransomware|attack|hack|leak|incident|outage)\b', keywords: ['hit by']}
      - {regex: '\b(?:attackers|hackers|criminals|a ransomware gang|intruders) (?:got|broke|were able to get|managed to get) into\b|\b(?:lost|leaked|exposed|leaking|losing) (?:some |the |its |their |your )?(?:customer|patient|client|employee|user|personal|card|subscriber) (?:data|records|details|information)\b|\b(?:customer|patient|client|user|subscriber) (?:data|records|details) (?:[\w&.''’-]+ ){1,3}(?:leaked|lost|exposed)\b', keywords: ['attackers', 'hackers', 'criminals', 'ransomware gang', 'intruders', 'leaked', 'exposed', 'leaking', 'lost customer', 'lost patient', 'lost client', 'lost user', 'lost personal', 'lost card', 'lost subscriber', 'lost employee', 'lost some', 'lost the', 'lost its', 'lost their', 'lost your', 'losing customer', 'losing patient', 'losing client', 'losing user', 'losing personal', 'losing card', 'losing subscriber', 'losing employee', 'losing some', 'losing the', 'losing its', 'losing their', 'losing your', 'customer data', 'patient data', 'client data', 'user data', 'subscriber data', 'customer records', 'patient records', 'client records', 'user records', 'subscriber records', 'customer details', 'patient details', 'client details', 'user details', 'subscriber details']}
      - {regex: '\b(?:was|were|got|been|being) (?:hit|targeted|struck) by (?:an? |the )?(?:[\w-]+ ){0,2}?(?:fraud|scam|phishing|card[- ]testing|chargeback|account[- ]takeover|bec)\b|\b(?:lost|losing|loses) (?:around |about |nearly |almost |over |more than |some )?(?:[$€£¥₹₦]|r\$|us\$)?\s?\d[\d,.]*\s?(?:k|m|bn|million|billion|thousand)?\b[^.!?\n]{0,20}?\bto (?:an? |the )?(?:[\w-]+ ){0,3}?(?:fraud|scam|phishing|attack|compromise|hack|heist|ransomware)\b|\b(?:a|an) (?:card[- ]testing|chargeback|fraud|refund[- ]fraud|invoice[- ]fraud|phishing|account[- ]takeover)(?: fraud)? (?:spike|wave|surge|incident|attack|problem)\b[^.!?\n]{0,40}?\b(?:over|during|in|last|this|since|after)\b|\b(?:experiencing|seeing|dealing with|suffering|suffered|had|having) (?:an? |some )?(?:unusual |elevated |record |serious |major |significant )?(?:chargeback|card[- ]testing|invoice|payment|refund|friendly)[- ]fraud\b', keywords: ['hit by', 'targeted by', 'struck by', 'fraud', 'scam', 'phishing', 'attack', 'compromise', 'hack', 'heist', 'ransomware', 'card-testing', 'card testing', 'chargeback', 'account-takeover', 'account takeover']}
      - '\b(?:the|your|its|their|that|this|recent|last (?:month|year|week|quarter)''s) (?:[\w-]+ ){0,2}?(?:data breach|data leak|security breach|privacy breach|breach|leak|hack|ransomware (?:attack|incident)|cyber ?-?attack|cyber (?:incident|breach)|security incident|ddos attack|phishing attack)\b(?! (?:notification|response|plan|playbook|policy|policies|insurance|simulation|drill|readiness|reporting|clause|terms|checklist|template)| (?:on|at|against|of|in) (?:a|an|another|one|some|several|many|other)\b)'
      - '\b(?:suffered|experienced|disclosed|reported|announced|confirmed|had) (?:a |an |the |another |its |their |that )?(?:[\w-]+ ){0,2}?(?:data breach|data leak|security breach|ransomware attack|cyber ?-?attack|cyber incident|security incident)\b'
      - '\b(?:was|were|got|been|being) (?:hacked|breached|compromised|hit by (?:a |the )?(?:ransomware|cyber ?-?attack|hack|breach|data breach))\b'
      - '\b(?:exposed|leaked) (?:your|its|their) (?:customer |patient |user |client |employee |donor |member )?(?:data|records|details|information)\b'
      - {regex: '\b(?:business email compromise|bec attack|ransomware(?: attack)?|breach|cyber ?attack|data leak|incident|outage|hack|phishing attack)\b (?:that|which) (?:hit|affected|struck|impacted|took down|disrupted) (?:your|you)\b', keywords: ['compromise', 'bec', 'ransomware', 'breach', 'attack', 'leak', 'incident', 'outage', 'hack', 'phishing']}
    exceptions:
      - '^\s*(?:several|many|most|some|other|a few|a number of|dozens of|hundreds of|two|three|four) [\w-]+(?: [\w-]+)? (?:were|have been|got|had been)\b'
      - '\bleaks? (?:in|from|out of) (?:the |your |their |[\w''’ ]{1,30})?(?:funnel|pipeline|journey|checkout|process|budget|onboarding|conversion)\b|\b(?:funnel|pipeline|revenue|budget|conversion) leaks?\b'
      - '\b(?:have|has|had) (?:you|your team|you guys) ever\b'
      - '\b(?:if|whether|in case|should|avoid|prevent|preventing|detect|detecting|stop|stopping|protect|protecting|in the event|before|might|could|would)\b|\bmay (?:be|have|not|want|need|help|affect)\b'
      - '\b(?:never|no) (?:\w+ ){0,2}(?:breach|breaches|incident|incidents|leak|hack)'
      - '\b(?:one of our|a customer of ours|our customers?|our clients?|another (?:retailer|firm|client|customer|hospital|company|school))\b'
      - '\b(?:you|your team) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted)\b|\bas (?:you|\w+) (?:mentioned|said|noted|described|explained|told me|shared)\b'
      - '\b(?:any|every|each|potential|possible|future) (?:[\w-]+ )?(?:breach|incident|attack|leak)\b(?! (?:at|on|of|affecting))'
      - '\b(?:our|ourco''s|ourco)\b[^.!?\n]{0,20}\b(?:breach|incident|leak|hack)'
      # A survey's figure about organisations in general: "59% of organisations surveyed were hit by ransomware" (development set JC).
      - '\b(?:\d+(?:\.\d+)? ?%|most|many|half|a third|a quarter|two-thirds|nearly half) of (?:all )?(?:organi[sz]ations|companies|businesses|firms|respondents|those surveyed|smes|retailers|schools|hospitals)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:breach|hack|ransomware|cyber|incident|attack|leak|compromis|exposed)'
    message: 'claims a security incident ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Acme Analytics was hit by the same vendor breach that exposed member data at several other plans.'
        - 'With the customer records Acme Analytics leaked last autumn, regulators will be watching closely.'
        - 'Since attackers got into Acme Analytics''s email system last quarter, I''d suggest a quick look at our secure mail gateway.'
        - 'Acme Analytics lost customer data in the recent ransomware incident, as far as I know.'
        - 'It seems Acme Analytics has been experiencing chargeback fraud at an unusual rate lately.'
        - 'Acme Analytics had a card-testing fraud spike over Black Friday.'
        - 'I understand Acme Analytics lost around €400k to a business email compromise attack last year.'
        - 'I saw that Acme Analytics was hit by an invoice-fraud incident in March.'
        - 'I was sorry to read about the ransomware attack that hit your finance team last month.'
        - 'Given the recent data breach at Acme Analytics, security reviews must be intense.'
        - 'Sorry to hear about the ransomware attack on your systems last month.'
        - 'Saw that Acme was hacked earlier this year.'
      pass:
        - 'Several plans were hit by the same vendor breach last year; here is what they changed.'
        - 'Companies that lose customer data face fines of up to 4% of turnover.'
        - 'One of our clients leaked customer records in 2021, and that is why they chose us.'
        - 'Card-testing fraud spikes over Black Friday for most merchants; here is how we block it.'
        - 'One of our customers lost €400k to invoice fraud before they switched, which is why we built vendor verification.'
        - '1. The biggest leak in Acme Analytics''s funnel is between first purchase and second purchase.'
        - 'Our report covers the outage that hit a major payroll provider last year, not any customer of ours.'
        - {"text": "Sorry to hear about the ransomware attack on your systems last month.", "facts": ["Hit by a ransomware attack in March 2026"]}
        - 'We''ve never had a data breach.'
        - 'If you ever have a breach, our logs help you trace it.'
        - 'Our SOC 2 report covers your breach notification requirements.'
        - 'One retailer we work with suffered a ransomware attack before switching.'
        - 'Our alerts flag any security incident in your workspace within minutes.'
  - id: claim.operating-scale
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'the prospect''s operating scale told as fact: how many sites, clinics, warehouses, offices or vehicles it runs ("running 85 clinical trial sites across Europe", "a fleet of 2,000 trucks")'
    keywords:
      - 'running'
      - 'runs'
      - 'operating'
      - 'operates'
      - 'managing'
      - 'manages'
      - 'with'
      - 'has'
      - 'have'
      - 'owns'
      - 'owning'
      - 'overseeing'
      - 'oversees'
      - 'as a'
      - 'being a'
    patterns:
      # Forty-eighth session, second round (XM): French "Avec les quelque 2 000 dossiers actifs que X suit actuellement".
      - {regex: '(?<![\p{L}])avec (?:les )?(?:quelque|près de|plus de|environ|pas moins de) \d[\d\s.]*(?:[\p{L}-]+ ){1,2}(?:que|dont)(?![\p{L}])', keywords: ['avec'], firm: true}
      # Forty-eighth session, first round (WZ): "X keeps around 60,000 packs in stock across its sites".
      - {regex: '\b(?:keeps|holds|carries|stocks) (?:around |about |roughly |some |over |more than |nearly |close to |upwards of )?\d[\d,.]*\s?(?:k )?(?:[\p{L}-]+ ){0,2}(?:in stock|on hand|in inventory|in (?:its|their) (?:warehouses?|stores|depots))\b', keywords: ['keeps', 'holds', 'carries', 'stocks'], firm: true}
      # Forty-seventh session, fifth round (WT): "X has something like 6,000 pluckers on its books now".
      - {regex: '\bhas (?:something like |around |about |roughly |some |over |more than |nearly |close to )\d[\d,.]*\s?(?:k )?[\p{L}-]+ on (?:its|their) (?:books|payroll|roll|register|list)\b', keywords: ['has'], firm: true}
      # Forty-seventh session, fourth round (WO, WP): "X processes around 400 tonnes of milk a day now", "X now has more than 120,000 objects in its care".
      - {regex: '\b(?:processes|produces|handles|ships|moves|burns|uses|treats|packs) (?:around |about |roughly |some |over |more than |nearly |up to )?\d[\d,.]*\s?(?:k )?(?:tonnes|tons|litres|liters|kilos|kg|barrels|cubic metres|cubic meters|m3|pallets|cases|units|bottles|kwh|mwh) (?:of [\p{L}-]+ )?(?:a|per|each|every) (?:day|week|month|year|shift)\b|\bnow (?:has|holds|manages|looks after|cares for|runs) (?:more than |over |around |about |nearly |some |close to )?\d[\d,.]*\s?(?:k )?(?:[\p{L}-]+ ){0,2}?(?:in (?:its|their) care|under management|on (?:its|their) books|in (?:its|their) collections?)\b', keywords: ['processes', 'produces', 'handles', 'ships', 'moves', 'burns', 'uses', 'treats', 'packs', 'now has', 'now holds', 'now manages', 'now looks after', 'now cares for', 'now runs'], firm: true}
      # Forty-seventh session, third round (WI, WJ): "With 35 dentists on staff at X", "X's direct bookings are only about 10% of the total".
      - {regex: '\bwith \d[\d,]* [\p{L}-]+ (?:on (?:staff|the payroll|the team|board)|employed) at\b|\b(?:direct bookings|occupancy|adr|revpar|conversion rate|gross margin|margin|churn|market share|repeat rate|no-show rate) (?:are|is|sits?|runs?) (?:only |just |currently |still )?(?:about |around |roughly |at )?\d[\d.,]*\s?%', keywords: ['with', 'direct bookings', 'occupancy', 'adr', 'revpar', 'conversion rate', 'gross margin', 'margin', 'churn', 'market share', 'repeat rate', 'no-show rate'], firm: true}
      # Forty-seventh session, second round (WD): "Given that X's central library sees around 3,000 visitors a day".
      - {regex: '\b(?:sees|seeing|welcomes|welcoming|handles|handling|serves|serving|gets|getting|receives|receiving|processes|processing) (?:around |about |roughly |some |over |more than |nearly |up to |something like |upwards of |close to )?\d[\d,.]*\s?(?:k )?(?:visitors|patients|guests|customers|passengers|students|calls|orders|shipments|parcels|cases|users|members|readers) (?:a|per|each|every) (?:day|week|month|year)\b', keywords: ['sees', 'seeing', 'welcomes', 'welcoming', 'handles', 'handling', 'serves', 'serving', 'gets', 'getting', 'receives', 'receiving', 'processes', 'processing'], firm: true}
      # Forty-seventh session, first round (VR): "For a team of 400 people like X's, I'd guess…".
      - {regex: '\bfor (?:a|an) (?:team|company|business|workforce|operation|organi[sz]ation|firm|fleet|group) (?:of|with) (?:about |around |over |some |nearly )?\d[\d,]* (?:people|staff|employees|trucks|vehicles|sites|stores|beds|hectares|acres)(?:,)? like [^,.!?\n]{2,40}', keywords: ['for a', 'for an'], firm: true}
      # Forty-seventh session, first round (VQ): "With X shipping something like 10,000 consignments a month".
      - {regex: '${SENTENCE_START}with (?![^,\n]{0,30}\b(?:you|your|companies|teams|many|most|customers|anyone|we|our)\b)[^,\n]{2,40}? (?:now )?(?:shipping|moving|handling|processing|running|serving|sending|delivering|dispatching|managing|producing|making|selling) (?:something like |around |about |roughly |some |close to |nearly |over |more than |upwards of )?\d[\d,.]*\s?(?:k|m)? (?:[\p{L}-]+ ){0,2}?(?:a|per|each|every) (?:day|week|month|year|quarter|season)\b', keywords: ['with'], firm: true}
      # Fifth round (forty-sixth session, VL, VM): "With more than 3,000 claims going to litigation at X each year".
      - {regex: '\bwith (?:more than|over|around|about|nearly|some) \d[\d,.]*k? [^.!?\n]{2,40} at [^.!?\n]{2,40} (?:each|every|a|per) (?:year|month|week|season)\b', keywords: ['with more than', 'with over', 'with around', 'with about', 'with nearly', 'with some'], firm: true}
      # Third round (forty-sixth session, UW, UX): "At something like 60,000 cars a month across X's sites"; "With 60-odd teachers on the books at X".
      - {regex: '\bat (?:something like|around|about|roughly|some|nearly|over) \d[\d,.]*k? (?:[\p{L}-]+ ){0,2}(?:a|per) (?:month|year|week|day|season) across\b|\bwith (?:\d+-odd|\d+ or so|some \d+|about \d+|around \d+|over \d+|nearly \d+) (?:[\p{L}-]+ ){0,2}on the (?:books|payroll|roll|rolls) at\b', keywords: ['something like', 'around', 'about', 'roughly', 'some', 'nearly', 'over', 'with'], firm: true}
      # First round (forty-sixth session, UG, UH, UO, UP): "With X now hosting more than 200 weddings a season".
      - {regex: '\bwith (?!us\b|our\b|you\b|your\b|many\b|most\b|more\b|teams\b|companies\b)[\p{L}&.''’ -]{2,40}? now (?:hosting|running|serving|handling|processing|operating|employing|managing|treating|shipping|welcoming|seeing|storing) (?:more than |over |nearly |almost |around |about |some )?\d[\d,.]*', keywords: ['now hosting', 'now running', 'now serving', 'now handling', 'now processing', 'now operating', 'now employing', 'now managing', 'now treating', 'now shipping', 'now welcoming', 'now seeing', 'now storing'], firm: true}
      # A volume of the prospect's work as the premise (forty-fourth session, PH): "Since Redwood Energy is processing something like 40,000 invoices a month across its hospitals".
      - {regex: '\b(?:is|are) (?:now |currently )?(?:processing|handling|receiving|issuing|paying) (?:something like |some |about |around |roughly |over |more than |nearly |close to |upwards of )?\d[\d,.]*\s?(?:k|m)? (?:invoices|orders|claims|shipments|transactions|payments|calls|tickets|patients|parcels|deliveries|applications|bookings)(?: (?:a|per|each|every) (?:day|week|month|year))?\b', keywords: ['processing', 'handling', 'receiving', 'issuing', 'paying']}
      # The prospect's present scale as the backdrop of the pitch: "With Fabrikam Robotics now running well over 400 machines across its sites", "With Northwinds Health's fleet now spread across 14 depots" (forty-third session, NR).
      - {regex: '\bwith (?!(?:us|our|ourco|me|my)\b)(?:[\p{L}&.''’-]+ ){1,4}(?:now|already|currently|these days) (?:running|operating|managing|spread (?:across|over)|across|employing|serving|covering|supplying|exporting to|shipping to|selling (?:to|into)|selling in|present in|active in|working with) (?:well |comfortably |just |roughly )?(?:over |more than |nearly |almost |about |around |some |close to |north of )?\d[\d,.]*\+? (?:(?:export|overseas|international|retail|wholesale|corporate|active|paying|key) )?(?:machines|vehicles|trucks|units|assets|sites|depots|locations|branches|stores|restaurants|employees|staff|people|customers|clients|users|warehouses|offices|plants|projects|cranes|excavators|countries|markets|yards|outlets|clinics|hotels|schools|members)\b', keywords: ['with'], firm: true}
      - {regex: '\b(?:with|given|having) (?:more than |over |nearly |almost |around |about |roughly |close to |some )?(?:\d[\d,.]*\s?(?:k|m|mn|million|billion|bn|thousand)|\d{1,3}(?:,\d{3})+|\d{4,}) (?:active |monthly |daily |registered |paying |verified )?(?:wallet |app |mobile |platform |online )?(?:users|customers|members|subscribers|merchants|riders|drivers|patients|students|shoppers|accounts|policyholders) (?:on|at|across) ', keywords: ['users', 'customers', 'members', 'subscribers', 'merchants', 'riders', 'drivers', 'patients', 'students', 'shoppers', 'accounts', 'policyholders']}
      - {regex: '(?:^\s*with |\b(?:your|its|their) |\b(?:has|have|had|runs|operates|manages|covers|serves) )(?:roughly |around |about |nearly |over |some |more than |almost )?\d[\d,]*\+? (?:beds|attributed lives|covered lives|members|hospitals|campuses|clinics|facilities|pharmacies|care homes)\b', keywords: ['beds', 'lives', 'members', 'hospitals', 'campuses', 'clinics', 'facilities', 'pharmacies', 'care homes']}
      - {regex: '\b(?:processing|processes|processed|moved|moves|moving|handles|handled|handling|clears|cleared|settles|settled|pushing|pushed|transacts|transacted|doing|does|did)\b (?:north of |over |more than |around |about |nearly |almost |some |upwards of )?(?:[$€£¥₹₦]|r\$\s?|us\$|ngn ?|sgd ?|eur ?|usd ?|gbp ?|brl ?)\d[\d,.]*\s?(?:bn|billion|m|mn|million|k|thousand|trillion|tn)?\b[^.!?\n]{0,40}?\b(?:a (?:month|year|day|quarter|week)|per (?:month|year|day|annum|quarter)|annually|monthly|daily|last year|this year|through (?:its|the|your|their) (?:platform|network|rails|app|checkout)|in (?:tpv|gmv|volume|payments|transactions|payment volume))\b', keywords: ['processing', 'processes', 'processed', 'moved', 'moves', 'moving', 'handles', 'handled', 'handling', 'clears', 'cleared', 'settles', 'settled', 'pushing', 'pushed', 'transacts', 'transacted', 'doing', 'does', 'did']}
      - {regex: '(?<![\w])(?!ourco\b)[\p{L}&.-]+(?: [\p{L}&.-]+){0,3}''s (?:\d{1,3}(?:,\d{3})+|\d{2,}) (?:technicians|engineers|employees|staff|workers|drivers|stores|locations|sites|vehicles|trucks|members|students|beds|clinics|branches|agents|nurses|restaurants|franchisees)\b', keywords: ['''s']}
      - {regex: '\b(?:process(?:es|ing)?|handles?|handling|moves?|moving|transacts?|transacting|clears?|clearing) (?:over |more than |nearly |about |around |some |close to |north of |upwards of )?[$€£]\s?\d[\d.,]*\s?(?:k|m|bn|b|million|billion|trillion)\b (?:in |of |worth of )?(?:[\w-]+ ){0,2}(?:a|per|each|every) (?:year|month|day|week|quarter)\b', keywords: ['process', 'handl', 'moves', 'moving', 'transact', 'clear']}
      - {regex: '\b(?:ships?|shipping|moves?|moving|handles?|handling|processes|processing|produces?|producing|manufactures?|manufacturing|sells?|selling|delivers?|delivering|dispatch(?:es)?|dispatching|serves?|serving) (?:around |about |roughly |some |over |more than |nearly |almost |close to |upwards of |north of |well over )?(?:\d[\d,.]*(?:k|m)?\+?(?: million| thousand)?|(?:a|one|two|three|half a) (?:million|thousand|hundred thousand)) (?:[\w-]+ ){0,2}?(?:pallets|containers|units|orders|parcels|packages|tons|tonnes|loads|shipments|cases|boxes|meals|vehicles|cars|trucks|items|skus|teu|barrels|litres|liters|gallons|patients|passengers|customers|guests|covers) (?:a|per|each|every) (?:day|week|month|year|quarter|shift|night)\b', keywords: ['a day', 'a week', 'a month', 'a year', 'a quarter', 'a shift', 'a night', 'per day', 'per week', 'per month', 'per year', 'per quarter', 'per shift', 'per night', 'each day', 'each week', 'each month', 'each year', 'every day', 'every week', 'every month', 'every year']}
      - '(?<!\b(?:''ll|will|would|could|can|to|may|might|should|you''ll|we''ll) )\b(?:running|runs|operating|operates|managing|manages|with|has|have|owns|owning|overseeing|oversees|(?:as|being)(?=\s+a (?:network|fleet|portfolio|estate|chain|group|footprint) of))\s+(?:a (?:network|fleet|portfolio|estate|chain|group|footprint) of )?(?:over |more than |nearly |almost |about |around |roughly |some |close to )?(?:\d{1,3}(?:,\d{3})+|\d{2,})\+? (?:[\p{L}-]+ ){0,2}?(?:sites|trial sites|clinics|hospitals|warehouses|distribution cent(?:re|er)s|fulfil?ment cent(?:re|er)s|depots|plants|factories|facilities|branches|offices|restaurants|hotels|properties|campuses|care homes|nursing homes|pharmacies|gyms|studios|outlets|venues|labs|laboratories|dealerships|franchises|trucks|lorries|vehicles|vans|aircraft|vessels|ships|beds|mines|farms|kitchens|sites)\b(?! (?:on|per|in) (?:the |our |your |a |each )?(?:plan|tier|licen[cs]e|account|contract|starter|pro|enterprise|trial)\b)'
      - {regex: '\b(?:doubl|tripl|trebl|quadrupl|grow|grew|expand|increas|scal|tak|took|br[io]ng)\w* (?:[\p{L}\p{N}&.''’-]+ ){0,4}?(?:fleet|estate|network|portfolio|footprint|store count|site count|branch network) (?:to|past|beyond|above|over) (?:over |more than |nearly |almost |about |around |roughly |some |close to )?(?:\d{1,3}(?:,\d{3})+|\d{2,})\b', keywords: ['fleet', 'estate', 'network', 'portfolio', 'footprint', 'store count', 'site count', 'branch network']}
      - {regex: '\bthe [\d,.]+(?:k| thousand| hundred)? (?:new )?(?:contractors|employees|engineers|hires|people|staff|nurses|drivers|agents|reps|developers|technicians|teachers) you (?:brought on|hired|added|onboarded|took on|recruited)\b|\b[\d.,]+(?: million| billion| thousand|k|m)? (?:active |monthly |daily |registered )?(?:developers|users|customers|members|subscribers|merchants|patients|students|drivers|sellers) (?:on|using|across) your (?:platform|app|network|service|product|marketplace)\b', keywords: ['you brought on', 'you hired', 'you added', 'you onboarded', 'you took on', 'you recruited', 'your platform', 'your app', 'your network', 'your service', 'your product', 'your marketplace']}
    exceptions:
      # A survey's finding about a kind of company: "Chains with more than 10 branches reported transferring stock …" (fifty-fourth session, NBD).
      - '^[\s*•-]*(?:chains|pharmacies|companies|firms|clinics|labs|respondents|teams|businesses|operators|stores|hospitals|schools|practices|agencies|groups|networks) with (?:more|fewer|less|over|under) than \d'
      # The range of our customers: "63 hospitals … The smallest has 120 beds and the largest 1,100." (fifty-third session, NAD).
      - '\bthe (?:smallest|largest|biggest|oldest|newest)(?: one| of them)? (?:has|have|runs|is|had)\b'
      # A customer's story announced: "How DierenKliniek Oost handles 60 kg of bedding a day" (forty-seventh session, AA).
      - '^\s*how (?!you\b|your\b|we\b|our\b)[\p{L}][\p{L}&.''’-]*(?: [\p{L}][\p{L}&.''’-]*){0,3} (?:handles|processes|produces|ships|moves|runs|serves|manages|treats|packs)\b'
      # A talk's title in quotes on an agenda: "7:00pm: "Running 20 branches without losing your mind": a short talk by the COO of …" (forty-third session, NQ).
      - '["“][^"”\n]{3,80}["”]\s*[:,(–—-]?\s*(?:an? )?(?:short |quick |lightning |\d+-minute )?(?:talk|session|panel|keynote|workshop|presentation|webinar|fireside chat|masterclass|case study)\b'
      # A head count as the basis of a quote (PRICED_HEAD_COUNT).
      - '${PRICED_HEAD_COUNT}'
      # Sizing a plan from the reader's requirements: "Because Acme operates 26 branches and needs a test environment, the Enterprise plan is the right fit" (forty-first session, KD).
      - '\b(?:plan|tier|package|edition|bundle|option|licen[cs]e) (?:is|would be) (?:the |a )?(?:right|best|better|natural|good) fit\b'
      # A price condition on the reader's size: "Because Acme has more than 10 branches, the standard 10% volume discount applies" (forty-first session, AB).
      - '\b(?:because|since|as|if|once)\b[^.!?\n]{0,60}\b(?:has|have|runs?|operates?) (?:more than|over|at least|upwards of) \d[\d,]* [\w-]+(?: [\w-]+)?,? (?:the|a|an|our|your)\b[^.!?\n]{0,50}\b(?:discount|rate|tier|price|pricing|band|bracket)\b[^.!?\n]{0,20}\b(?:appl(?:y|ies)|kicks? in|is available)\b'
      - '^\s*(?:[-*•]\s*)?(?:processed|processing|handled|moved|settled|cleared)\b'
      - '\b(?:customers|merchants|clients|companies|businesses|sellers|brands|retailers|anyone|those|firms|accounts|platforms|banks|teams)(?: that are| who are| which are)? (?:processing|handling|doing|moving|settling|clearing)\b'
      - '\b(?:like yours|your size|of your size)\b'
      - '\b(?:you|you''ve|you''d|your team|your (?:\w+ )?(?:lead|manager|director|head|cfo|ceo|cto|coo)) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted|described|estimated|expect|expected|quoted|gave|listed|flagged|indicated|confirmed)\b'
      - '\bas (?:you|\w+) (?:mentioned|said|noted|described|explained|pointed out)\b'
      - '\b(?:we|we''ve|ourco|our (?:company|team|firm|customers?|clients?)|one of our|a customer of ours)\b'
      - '\bper (?:site|clinic|location|office|branch|vehicle|truck|bed)\b|\b(?:whether|if|once|when|until) (?:you|your)\b'
      - '\b(?:pilot|trial|plan|licen[cs]e|package|tier|quote|proposal|contract|rollout|roll-out|deployment)\b[^.!?]{0,30}\b(?:covers?|covering|includes?|including|for|supports?)\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:site|clinic|hospital|warehouse|office|branch|plant|factor|facilit|fleet|truck|lorr|vehicle|van|depot|propert|home|store|location|outlet|restaurant|hotel|campus|pharmac|gym|studio|venue|lab|dealership|franchise|centre|center|bed|vessel|aircraft)'
    facts_share_words: true
    message: 'claims an operating scale ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'With 26 hospitals and 5,800 beds, Acme Analytics is exactly the kind of system this was built for.'
        - 'Your ACO has roughly 180,000 attributed lives now, which puts Acme Analytics right in our sweet spot.'
        - 'Your 2,100 beds across five campuses make Acme Analytics one of the larger systems in the region.'
        - 'Acme Analytics had been processing over US$500m annually even before its Series A.'
        - 'Acme Analytics moved $1.4bn through its platform last year — impressive.'
        - 'Acme Analytics is processing north of R$ 2 billion a month through Pix now, from what I understand.'
        - 'Mobile work orders for Acme Analytics''s 3,000 technicians'
        - 'How are you handling identity for the 3,000 contractors you brought on this spring?'
        - 'P.S. 2 million active developers on your platform, that''s wild.'
        - 'Doubling your fleet to 600 vehicles in a single year is no small feat.'
        - 'Growing your store estate past 120 sites must strain the rota team.'
        - 'Now that you have expanded the clinic network to 45 sites, scheduling is harder.'
        - 'Running 85 clinical trial sites across Europe must make monitoring hard.'
        - 'With 40 warehouses across the Midwest, your logistics team must be stretched.'
        - 'Managing a fleet of 2,000 trucks, your dispatch team must be busy.'
        - 'As a network of 60 care homes, you must juggle rotas constantly.'
      pass:
        - 'We have 300 hospitals live on Ourco today.'
        - 'Customers processing more than $5m a month qualify for the volume tier.'
        - 'Ourco processes over $40bn a year for 3,000 merchants.'
        - 'One of our customers'' 400 technicians were live in a week.'
        - 'Ourco''s 3,000 customers run on the same platform.'
        - 'You mentioned the 40 contractors you brought on last month, so I''ve added a bulk-invite guide.'
        - 'We support up to 10,000 users on your plan.'
        - 'We doubled our fleet to 600 vans last year.'
        - 'If you grow the fleet to 600 vehicles, pricing stays per vehicle.'
        - 'Many operators double their network to 40 depots within two years.'
        - {"text": "Running 85 clinical trial sites across Europe must make monitoring hard.", "facts": ["Runs 85 clinical trial sites across Europe"]}
        - 'We run 85 data centres across Europe.'
        - 'Whether you run 5 clinics or 50, the setup is the same.'
        - 'One customer operates 120 clinics in Spain and cut no-shows by half.'
        - 'You''ll have 15 offices set up in the dashboard by Friday.'
        - 'Teams with as many as 40 sites use the same setup as you.'
  - id: claim.partnership
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a partnership, alliance or joint venture the prospect is said to have signed ("has just signed a strategic partnership with Microsoft")'
    keywords:
      - 'partnership'
      - 'alliance'
      - 'tie-up'
      - 'joint venture'
      - 'partnered'
      - 'teamed up'
    patterns:
      # Second round (forty-sixth session, US, UT): "Now that X has signed on as a franchise partner for one of the big premium tread brands".
      - {regex: '\bsigned on as (?:a|an|the) (?:[\w-]+ ){0,2}(?:partner|franchisee|distributor|reseller|dealer|licensee|supplier)\b', keywords: ['signed on'], firm: true}
      - {regex: '\bpartnering (?:up )?with \p{L}', keywords: ['partnering']}
      - {regex: '\bcongrat\w* on (?:the|your) (?:new )?(?:partnership|deal|agreement|contract|alliance) with\b', keywords: ['congrat']}
      - {regex: '\b(?:signed|inked|struck|landed|secured|closed|agreed|entered into) (?:a |an |the )?(?:new |major |big |exclusive |multi-year )?(?:[\w-]+ )?(?:distribution|supply|licensing|licence|license|partnership|reseller|framework|joint venture|jv|strategic|commercial|co-marketing|oem|channel|alliance) (?:deal|agreement|contract|partnership|pact)\b', keywords: ['signed', 'inked', 'struck', 'landed', 'secured', 'closed', 'agreed', 'entered']}
      - {regex: '\bjoint (?:offering|solution|product|go-to-market|gtm|launch|bundle|platform) with\b', keywords: ['joint']}
      - '\b(?:signed|signing|inked|inking|announced|announcing|struck|striking|formed|forming|entered(?: into)?|sealed|agreed|unveiled|landed|closed|launched|secured) (?:a |an |the |your |its |their |that |this )?(?:[\p{L}-]+ ){0,3}?(?:partnership|alliance|tie-up|joint venture)(?: deal| agreement)? with\b'
      - '\b(?:new|recent|latest|strategic|exclusive|big|landmark|global|multi-year) (?:[\p{L}-]+ ){0,2}?(?:partnership|alliance|tie-up|joint venture) with\b'
      - '(?:\b(?:has|have|had|just|recently|officially)|''ve) (?:just |recently |officially )?(?:partnered|teamed up) with\b'
      # "Your partnership with Salesforce opens up…": the reader's partnership named as a given.
      - {regex: '\byour (?:[\p{L}-]+ ){0,2}?(?:partnership|alliance|tie-up|joint venture) with (?!us\b|ourco\b|our\b|me\b)\p{L}[\p{L}\p{N}&.''-]*', keywords: ['partnership', 'alliance', 'tie-up', 'joint venture']}
      - {regex: '\bhow(?:''s| is| has) (?:the|your) (?:new )?[\w&-]+(?: [\w&-]+)? (?:partnership|acquisition|merger|joint venture|expansion) (?:going|coming along|shaping up|been going|treating you)\b', keywords: ['partnership', 'acquisition', 'merger', 'joint venture', 'expansion']}
    exceptions:
      - '\b(?:we|we''ve|we''re|ourco|our (?:company|team|firm|new|latest|recent|strategic|partnership|alliance)|one of our|a customer of ours|our customers?|our clients?)\b'
      - '\b(?:if|whether|once|when|until|should|would|could) (?:you|your|they|it|the|a)\b'
      - '\b(?:you|your team) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted)\b|\bas (?:you|\w+) (?:mentioned|said|noted|described|explained|told me|shared)\b'
      # Our proposal to work with the prospect, as a subject or a topic: "Partnering with Acme on clinic pickups", "an idea about partnering with your clinics" (forty-ninth session, YM).
      - '^\s*(?:(?:re|fw|fwd|aw|sv): ?)*partnering (?:up )?with\b(?:(?!\b(?:was|is|has|have|had|will|were|makes|made|looks|seems|sounds|must|should|means|gives|got)\b)[^.!?\n])*[.!?]?\s*$|\b(?:about|on|for|around|into|idea of|explore|exploring|consider|considering|discuss|discussing|interested in) partnering\b'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:partner|alliance|tie-up|joint venture)'
    facts_share_words: true
    message: 'claims a partnership ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congratulations on the partnership with Halvorsen Energy that Acme Analytics signed in May.'
        - 'How''s the Snowflake partnership going so far?'
        - 'Your joint offering with Oracle seems to be landing well with banks.'
        - 'Acme Analytics has just signed a strategic partnership with Microsoft.'
        - 'Congrats on the new partnership with Salesforce!'
        - 'Saw you''ve partnered with Snowflake, exciting times.'
        - 'Partnering with Snowflake was a smart move for Acme Analytics.'
        - 'With your recent alliance with SAP, integration work must be piling up.'
      pass:
        - 'How''s the Ourco partnership portal treating your channel team?'
        - 'We built a joint offering with Microsoft last year for retailers like you.'
        - {"text": "Acme Analytics has just signed a strategic partnership with Microsoft.", "facts": ["Signed a strategic partnership with Microsoft in 2026"]}
        - 'We just signed a strategic partnership with Microsoft, so Teams support is built in.'
        - 'Our new partnership with Salesforce means your data syncs both ways.'
        - 'Globex announced a partnership with Google last week.'
        - 'If you ever sign a partnership with a reseller, the licences move with you.'
        - 'We''d love to explore a partnership with your team.'
        - {text: 'Partnering with Acme Analytics on clinic pickups', field: subject}
        - 'I''d like to talk about partnering with your clinics on sample transport.'
  - id: claim.affiliate-merger
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'the prospect said to have merged with a sister organisation, an affiliate or its parent, or folded a subsidiary in ("now that Acme has merged with its sister charity"); an unrelated acquisition fact does not support it'
    keywords:
      - 'combin'
      - 'merg'
      - 'amalgamat'
      - 'consolidat'
      - 'fold'
      - 'absorb'
    patterns:
      - {regex: '\bspin (?:off|out) (?:its|their|your) [\w -]{1,30}(?:division|unit|business|arm|subsidiary|segment)\b', keywords: ['spin off', 'spin out']}
      # A spin-off, new private-equity owners, units folded into one.
      - {regex: '\b(?:the|your|its|their|this|that|recent) (?:spin-?off|spin-?out|carve-?out|demerger)\b|\bspun (?:off|out) (?:from|of)\b|\b(?:new |recent )(?:private[- ]equity|pe) (?:ownership|owners|backers?|parent|investors?)\b|\bfold(?:ing|ed|s)? (?:all )?(?:\w+ ){0,4}into (?:one|a single)\b', keywords: ['spin', 'spun', 'carve', 'demerger', 'private equity', 'private-equity', 'pe ', 'fold']}
      - {regex: '\b(?:your|its|their) (?:recent |new |planned )?(?:spin-?off|spinoff|demerger|de-merger|carve-?out|separation) from\b', keywords: ['spin-off', 'spinoff', 'spin off', 'demerger', 'de-merger', 'carve-out', 'carveout', 'carve out', 'separation']}
      - '\b(?:combin(?:ed|ing|es)|merg(?:ed|ing|es)|amalgamat(?:ed|ing|es)|consolidat(?:ed|ing)|fold(?:ed|ing)|absorb(?:ed|ing)) (?:with|into) (?:its|your|their|the) (?:sister|affiliate|affiliated|parent|subsidiary|related|group|fellow)\b|\bfold(?:ed|ing|s)? (?:its|your|their|the) (?:[\w-]+ )?(?:subsidiary|subsidiaries|sister (?:company|charity|organi[sz]ation|brand|school|trust)|affiliates?|division|arm) into\b|\bamalgamat(?:ed|ion|ing)\b'
      - '\b(?:the )?(?:two|three|both|sister) (?:[\w''-]+ )?(?:companies|charities|trusts|firms|businesses|brands|schools|organi[sz]ations|entities|practices|agencies|banks|hospitals|councils|colleges|subsidiaries|affiliates|divisions|arms)(?: (?:in|within|of) (?:your|its|the) group)? (?:are |were |have |has |is |just |now |recently |officially )*(?:merging|merged|combining|combined|amalgamating|amalgamated)\b'
      # Joining a group or trust: "As X prepares to join the Oak Valley Learning Trust in September" (development set HF).
      - {regex: '\b(?:prepares?|preparing|getting ready|gets ready|is set|are set|is due|are due|is about|are about|plans|planning|is planning|are planning|has agreed|have agreed|agreed|voted|decided) to (?:formally )?join (?:the )?(?:[\p{L}&''’-]+ ){1,5}(?:trust|group|network|federation|alliance|family|partnership|consortium|system|collective|cooperative|co-op)\b|\b(?:is|are) (?:formally )?joining (?:the )?(?:[\p{L}&''’-]+ ){1,5}(?:trust|group|network|federation|alliance|partnership|consortium|health system|collective)\b', keywords: ['to join', 'formally join', 'joining']}
    exceptions:
      - '${DEAL_ASKED_ABOUT}'
      - '\b(?:if|whether|once|when|until|should) (?:you|your|they|it|the)\b'
      - '\b(?:we|we''ve|ourco|our (?:company|team|firm|two|products?)|one of our|a customer of ours|our customers?|our clients?)\b'
      - '\b(?:you|your team) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted)\b|\bas (?:you|\w+) (?:mentioned|said|noted|described|explained|told me|shared)\b'
      - '\b(?:records|data|accounts|contacts|duplicates|workspaces|files|fields|lists|sheets|invoices)\b[^.!?\n]{0,30}\b(?:merg|combin|consolidat)'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:merg|combin|amalgamat|sister|affiliate|subsidiar|fold|parent)'
    facts_share_words: true
    message: 'claims a merger with an affiliate ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Acme Analytics is reportedly about to spin off its industrial division.'
        - 'Now that Acme has merged with its sister charity, the donor lists must need cleaning.'
        - 'Congrats on combining with your affiliate in Texas.'
        - 'Since Acme Analytics folded its subsidiary into the parent group, reporting must be busy.'
        - {"text": "Since Acme Analytics merged with its sister company in January, you must be running two ERPs.", "facts": ["Acquired Ledgerly in 2025"]}
      pass:
        - 'If you ever spin off a division, Ourco can split the account in a day.'
        - {"text": "Now that Acme has merged with its sister charity, the donor lists must need cleaning.", "facts": ["Merged with its sister charity Acme Trust in 2026"]}
        - 'If you merge with a sister charity later, the licences carry over.'
        - 'One of our charities merged with its sister charity in 2024.'
        - 'We merged our two products into one platform last year.'
        - 'Your data from the sister company will merge into one workspace.'
  - id: claim.hearsay
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'news about the prospect passed on as heard or understood, of any kind: "I understand Acme is running about 180 buses now", "I hear Acme is leaving its routing vendor in June", "I gather Acme is looking at a budget shortfall next year". Over the development sets the shape opens some four hundred problem sentences and a handful of clean ones, all of those a decision the reader told us (has decided to stay with its current provider), which the rule leaves alone. A verified fact that shares the news''s words supports it.'
    about: 'prospect'
    facts: '.'
    facts_share_words: true
    patterns:
      # Fifty-fourth session, first round (NAK, NAS, NAQ): "Since X's previous practice manager left over the summer", "Since X is now serving 30+ airlines", "The buzz in the industry is that X is the front-runner for …",
      # "I know X's portfolio at risk went above 10% last year", "A friend at the CBN mentioned that X has applied for a national MFB licence".
      # Sixth round (NBY): "As X closes its two Liège branches, …", "With 1.2 million loyalty cardholders, X already has …".
      - {regex: '\bas (?!(?:we|our|ourco|you)\b)[\p{L}&.''’ -]{2,40}? (?:closes|shuts|sells|merges|opens|acquires|relocates) (?:its|their) (?:two |three |four |five |\d+ )?[\p{L} -]{0,30}?(?:branches|sites|stores|pharmacies|offices|plants|clinics|locations|warehouses|depots)\b', keywords: ['closes', 'shuts', 'sells', 'merges', 'opens', 'acquires', 'relocates'], firm: true}
      - {regex: '\bwith \d[\d.,]* (?:million|thousand|billion) [\p{L} -]{2,30}?, (?!(?:we|our|ourco|you)\b)[\p{L}&.''’ -]{2,40}? already (?:has|have|is|runs|serves|reaches)\b', keywords: ['million', 'thousand', 'billion'], firm: true}
      # Fifth round (NBO, NBS): "X missed its last two quarterly targets", "From what I understand, X's agency nursing spend went past $4 million", "I believe you started as X's Director of Nursing only last month",
      # "Now that X has signed off on the new EBA", "With X's nurse turnover sitting at around 25%", "congratulations on X receiving Magnet designation".
      - {regex: '\bmissed (?:its|their) (?:last|latest|recent|previous) (?:\w+ )?(?:quarterly |annual |revenue |sales |growth )?(?:targets?|forecasts?|guidance|numbers|estimates|budgets?)\b', keywords: ['missed'], firm: true}
      - {regex: '\bfrom what i (?:understand|hear|gather|''ve heard|have heard)\b,? (?!(?:we|our|you|ourco)\b)[\p{L}&.''’ -]{2,40}?''s\b', keywords: ['from what i'], firm: true}
      - {regex: '\byou (?:started|joined|took over|stepped in) as [\p{L}&.''’ -]{2,40}?''s [\p{L} ]{2,40}? (?:only |just )?(?:last|this) (?:month|week|year|quarter)\b', keywords: ['you started', 'you joined', 'you took over', 'you stepped in'], firm: true}
      - {regex: '\bnow that (?![^.!?\n]{0,10}\b(?:we|i|our)\b)[^.!?\n]{1,40} (?:has|have) (?:signed off on|agreed|approved|signed|ratified|finali[sz]ed) (?:the|a) new (?:eba|enterprise agreement|pay deal|union agreement|collective agreement|budget|strategy)\b', keywords: ['now that'], firm: true}
      - {regex: '\bwith (?!(?:our|my)\b)[\p{L}&.''’ -]{2,40}?''s [\p{L} -]{2,30}? (?:sitting|running|hovering|standing) at (?:around |about |roughly |nearly |over )?\d', keywords: ['sitting at', 'running at', 'hovering at', 'standing at'], firm: true}
      - {regex: '\b(?:receiving|earning|achieving|gaining|getting|winning) (?:its |their |the )?(?:[\p{L}-]+ )?(?:designation|accreditation)\b', keywords: ['designation', 'accreditation'], firm: true}
      # Fourth round (NBM): "I'm aware X has been struggling with delayed payments from the utility", "Following X's green bond issue last quarter".
      - {regex: '\b(?:we''re|we are|i''m|i am) aware (?:that )?(?!(?:we|our|you|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:has|have) been (?:struggling with|dealing with|hit by|facing) (?:delayed|late|slow|missed) (?:payments?|receivables|invoices)\b', keywords: ['aware'], firm: true}
      - {regex: '\bfollowing (?!(?:our|my)\b)[\p{L}&.''’ -]{2,40}?''s (?:recent |new |latest |successful )?(?:green bond|bond|debt|share|rights|ipo|funding|capital|sukuk) (?:issue|raise|offering|round|placement|sale)\b', keywords: ['bond', 'debt', 'share', 'rights', 'ipo', 'funding', 'capital', 'sukuk'], firm: true}
      # Third round (NBG, NBC): "With X behind on payroll a couple of times this year", "For a team of 350 like yours at X", "With X about to take over the Berbera warehouse operation".
      - {regex: '\bwith (?!(?:our|we|us|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:behind on|late (?:on|with)|short on|struggling with|in arrears on) (?:payroll|payments?|rent|bills|invoices|suppliers|cash|wages|salaries)\b', keywords: ['behind on', 'late on', 'late with', 'short on', 'struggling with', 'in arrears'], firm: true}
      - {regex: '\b(?:for|with) a team of \d[\d,]* like yours at (?!(?:our|ourco|us)\b)', keywords: ['a team of'], firm: true}
      - {regex: '\bwith (?!(?:our|we|us|ourco|you)\b)[\p{L}&.''’ -]{2,40}? (?:about to|set to|poised to|preparing to|getting ready to) (?:take over|acquire|buy|open|launch|list|merge|expand|enter|close)\b', keywords: ['about to', 'set to', 'poised to', 'preparing to', 'getting ready to'], firm: true}
      # Second round (NBA, NAW): "I know X is still recovering from losing money on the last two seasons", "It sounds like X's exports are up about 40% on last year".
      - {regex: '\bi know (?!(?:we|our|you|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:is|are|has been|have been) (?:still )?(?:recovering from|getting over|dealing with|struggling with|reeling from) (?:losing money|losses|a loss|the loss|the losses|layoffs|a tough|a difficult|a bad|the bad|a rough|the fallout)\b', keywords: ['recovering', 'getting over', 'dealing with', 'struggling with', 'reeling'], firm: true}
      - {regex: '\b(?:it )?sounds like (?!(?:we|our|you|ourco)\b)[\p{L}&.''’ -]{2,40}?''s [\p{L} -]{2,30}? (?:are|is|were|was|have gone|has gone) (?:up|down) (?:by )?(?:about |around |roughly |nearly |over |almost |some )?\d', keywords: ['sounds like'], firm: true}
      - {regex: '\b(?:since|now that|after|with|as) (?!(?:our|my|we|ourco)\b)[\p{L}&.''’ -]{2,40}?''s (?:previous|former|old|last|outgoing|long-serving|long-time) [\p{L} -]{2,30}? (?:left|departed|retired|moved on|stepped down|quit|resigned|was let go)\b', keywords: ['previous', 'former', 'outgoing', 'long-serving', 'long-time'], firm: true}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:now that|since|as|given that) (?!(?:we|our|ourco|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) now (?:handling|processing|serving|running|operating|managing|supporting|flying|covering|working with) \d[\d,.]*\+? ', keywords: ['now handling', 'now processing', 'now serving', 'now running', 'now operating', 'now managing', 'now supporting', 'now flying', 'now covering', 'now working'], firm: true}
      - {regex: '\b(?:the )?(?:buzz|word|rumou?r|talk|gossip|chatter)(?: (?:in|around) the (?:industry|market|trade|sector|region|sector))? (?:is|has it) (?:that )?(?!(?:we|our|ourco|you)\b)[\p{L}&.''’ -]{2,40}? (?:is|are|has|have|will|was|were|had)\b', keywords: ['buzz', 'word', 'rumor', 'rumour', 'talk', 'gossip', 'chatter'], firm: true}
      - {regex: '\bi know (?!(?:we|our|you|ourco)\b)[\p{L}&.''’ -]{2,40}?''s [\p{L} -]{2,30}? (?:went|rose|climbed|jumped|fell|dropped|hit|reached|crossed|topped|doubled|halved) (?:above |over |past |below |to |beyond |under )?\d', keywords: ['i know'], firm: true}
      - {regex: '\b(?:a friend|a contact|a colleague|someone|a source|an old colleague|a former colleague|a mutual (?:friend|contact)) (?:at|from|in|inside) [^.!?\n]{2,40}? (?:mentioned|told me|said|tells me|let slip|hinted) (?:that )?(?!(?:we|our|ourco|you)\b)[\p{L}&.''’ -]{2,40}? (?:has|have|is|are|was|were|will|had)\b', keywords: ['a friend', 'a contact', 'a colleague', 'someone', 'a source', 'old colleague', 'former colleague', 'mutual'], firm: true}
      # Fifty-third session, sixth round (NAG, NAH): "Now that you're handling roughly 200 services a month", "We're aware that X is behind on payments to a few suppliers".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:now that|since|as|given that|with) you(?:''re| are) (?:now )?(?:handling|processing|serving|doing|running|shipping|moving|seeing|delivering|managing|arranging|booking) (?:roughly|about|around|over|more than|nearly|some|close to|almost|well over) \d', keywords: ['handling', 'processing', 'serving', 'doing', 'running', 'shipping', 'moving', 'seeing', 'delivering', 'managing', 'arranging', 'booking']}
      - {regex: '\b(?:we''re|we are|i''m|i am) aware (?:that )?(?!(?:we|our|you|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:currently |now |still )?(?:behind on|late (?:on|with)|in arrears|struggling|in difficulty|cutting|laying off|for sale|being sold|being acquired|merging)\b', keywords: ['aware'], firm: true}
      # Fifty-third session, fifth round (NAA, NAB): "With more than 1,200 pharmacists now on staff at X", "Now that X is handling over two million prescriptions a year", "Given that X has been going through a bit of a cash crunch".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:with|given) (?:more than |over |about |around |roughly |nearly |some |almost |close to |well over )?\d[\d,.]* [\p{L} -]{2,30}? (?:now )?(?:on staff|on the payroll|on payroll|employed|working|on the road|in the field|on site|on the tools|on shift) at (?!(?:our|ourco|us)\b)', keywords: ['on staff', 'on the payroll', 'on payroll', 'employed', 'on the road', 'in the field', 'on site', 'on the tools', 'on shift', 'working at']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:now that|since|as|given that) (?!(?:we|our|ourco|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:now )?(?:handling|processing|serving|doing|running|shipping|moving|seeing|filling|dispensing|delivering) (?:over|about|around|more than|nearly|some|close to|almost|well over) [\d\p{L},. ]{1,30}? (?:a|per|each) (?:day|week|month|year)\b', keywords: ['handling', 'processing', 'serving', 'doing', 'running', 'shipping', 'moving', 'seeing', 'filling', 'dispensing', 'delivering']}
      - {regex: '\b(?:given(?: that)?|since|as|with) (?!(?:we|our|ourco|you|i)\b)[\p{L}&.''’ -]{2,40}? (?:has been|is|have been|are|having been) (?:going through|in|facing|dealing with|hit by|weathering) (?:a bit of |something of |quite |a )?(?:a )?(?:cash crunch|cash squeeze|rough patch|tough patch|difficult patch|downturn|slump|crisis|cash-flow problem|cash flow problem|liquidity crunch|difficult time|tough time|rough time)\b', keywords: ['cash crunch', 'cash squeeze', 'rough patch', 'tough patch', 'difficult patch', 'downturn', 'slump', 'crisis', 'cash-flow', 'cash flow', 'liquidity', 'difficult time', 'tough time', 'rough time']}
      # Fifty-third session, fourth round (KY, MO): "Having heard that the owners of X are looking to sell", "At the volume X handles, more than three million vehicles a year", "After X's purchase of the two garages near Atocha", "With X about to double its number of sites",
      # "as X prepares for its sale to a private equity buyer", "With X onboarding three major new retail customers this quarter", "with your headcount passing 800 this year", "now that the management buyout at X is done", "your Swiss operation already handles about 15,000 pallet movements a month".
      - {regex: '\bhaving (?:heard|been told|learned|learnt) (?:that )?(?!(?:we|our|you|from you)\b)', keywords: ['having heard', 'having been told', 'having learned', 'having learnt']}
      - {regex: '\bat the (?:volume|scale|size) (?!(?:we|our)\b)[\p{L}&.''’ -]{2,40}? (?:handles|runs|operates|processes|manages|moves|serves|ships),? (?:more than|over|about|around|nearly|some|close to|well over) [\d\p{L},. ]{1,40}? (?:a|per|each) (?:year|month|day|week)\b', keywords: ['volume', 'scale', 'size']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:after|following|since|with) (?!(?:our|we|ourco)\b)[\p{L}&.''’ -]{2,40}?[''’]s (?:purchase|acquisition|takeover|buyout|merger|listing|ipo|funding round|relocation|rebrand(?:ing)?|restructuring) (?:of|with|into|to|by)\b', keywords: ['purchase', 'acquisition', 'takeover', 'buyout', 'merger', 'listing', 'ipo', 'funding round', 'relocation', 'rebrand', 'restructuring']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:with|given|since|as) (?!(?:we|our|ourco|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:about|set|planning|preparing|getting ready) to (?:double|triple|expand|grow|open|add|increase|halve)\b', keywords: ['about to', 'set to', 'planning to', 'preparing to', 'getting ready to']}
      - {regex: '\bas (?!(?:we|our|you)\b)[\p{L}&.''’ -]{2,40}? (?:prepares|gets ready|gears up) for (?:its|their|the) (?:sale|listing|ipo|merger|acquisition|move|relocation|expansion|launch|flotation|buyout)\b', keywords: ['prepares', 'gets ready', 'gears up']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:with|given|since|as) (?!(?:we|our|ourco|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:onboarding|signing|adding|winning|hiring|opening|launching|closing|acquiring|losing) (?:\d+|two|three|four|five|six|several|a few|some) (?:major |big |large |key |new |more )*[\p{L} -]{0,30}?(?:this|next|last) (?:quarter|year|month|season)\b', keywords: ['onboarding', 'signing', 'adding', 'winning', 'hiring', 'opening', 'launching', 'closing', 'acquiring', 'losing']}
      - {regex: '\bwith your (?:headcount|workforce|staff numbers|revenue|turnover|fleet|volume|customer base|membership) (?:now )?(?:passing|crossing|topping|hitting|reaching|over|above|nearing|approaching) (?:about |around |roughly |nearly |over )?\d', keywords: ['headcount', 'workforce', 'staff numbers', 'revenue', 'turnover', 'fleet', 'volume', 'customer base', 'membership']}
      - {regex: '\b(?:now that|since|with|after) the (?:management buyout|buyout|merger|acquisition|takeover|sale|ipo|listing|restructuring|refinancing|rebrand|relocation|funding round) (?:at|of|by) (?!(?:our|ourco|us)\b)[\p{L}&.''’ -]{2,40}? (?:is|was|has been) (?:done|complete|completed|closed|finalised|finalized|through|over)\b', keywords: ['buyout', 'merger', 'acquisition', 'takeover', 'sale', 'ipo', 'listing', 'restructuring', 'refinancing', 'rebrand', 'relocation', 'funding round']}
      - {regex: '\byour [\p{L} -]{2,30}? (?:operation|site|plant|warehouse|depot|branch|division)s? (?:already|now|currently) (?:handles?|processes|moves?|runs?|ships?|serves?|does) (?:about|around|roughly|nearly|over|more than|some|close to|almost) \d[\d,.]* [\p{L} -]{2,30}? (?:a|per|each) (?:day|week|month|year)\b', keywords: ['already handle', 'now handle', 'currently handle', 'already process', 'now process', 'currently process', 'already move', 'now move', 'currently move', 'already run', 'now run', 'currently run', 'already ship', 'now ship', 'currently ship', 'already serve', 'now serve', 'currently serve', 'already does', 'now does', 'currently does']}
      # Fifty-third session, third round (KT): "X doubled the acreage it has under contract last season, so I'd guess …".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?!(?:we|our|ourco|i|you|one|many|most|some|a|an|another|customers|clients|several|two|three|four|five|other|the other)\b)[\p{L}&.''’ -]{2,40}? (?:doubled|tripled|halved|quadrupled) (?:its|their|the) [\p{L} -]{2,40}? (?:last|this) (?:season|year|quarter|month|spring|summer|autumn|fall|winter)\b', keywords: ['doubled', 'tripled', 'halved', 'quadrupled']}
      # Fifty-third session, third round (KS): "I understand X had a difficult year financially".
      - {regex: '\bi (?:understand|hear|gather|know|heard)(?: that)? (?!(?:we|our|you|my|i)\b)[\p{L}&.''’ -]{2,40}? (?:had|has had|is having|went through|has been through|have had) (?:a )?(?:difficult|tough|hard|rough|challenging|bad|weak|painful) (?:year|quarter|season|time|period|few months|spell)\b', keywords: ['difficult', 'tough', 'hard', 'rough', 'challenging', 'bad', 'weak', 'painful']}
      # Fifty-third session, second round (KM, KN): "Now that X has a new CEO, I imagine …", "With around 180,000 active cardholders, X is sitting on a lot of data", "With X doing over 1,500 delivery orders a day now",
      # "Since X is planning to launch online sales next year", "Since X is moving its central kitchen to Tuas next quarter", "Now that X is profitable for the first time", "I imagine X's new investors will want to see …".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:now that|since|with|as|given(?: that)?) (?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:has|have) (?:got |just got |hired |appointed |brought in |welcomed )?(?:a )?new (?:ceo|cfo|coo|cto|md|managing director|president|chair(?:man|woman|person)?|owners?|leadership|management|board)\b', keywords: ['new ceo', 'new cfo', 'new coo', 'new cto', 'new md', 'new managing director', 'new president', 'new chair', 'new owner', 'new leadership', 'new management', 'new board']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:with|given) (?:around |about |over |nearly |some |more than |roughly |almost |close to |well over )?\d[\d,.]*(?: ?k| million| thousand)? (?:[\p{L}-]+ ){0,2}?(?:cardholders|customers|members|patients|users|orders|guests|students|subscribers|employees|visitors|passengers|stores|outlets|branches|clinics|pharmacies|restaurants|vehicles|trucks|beds)(?: a (?:year|month|week|day))?, (?!(?:we|our|ourco|i|you|most|many|some|teams|companies|it|this|that|there|all|every|each|the|which|these|those|they|your)\b)[\p{L}&.''’ -]{2,40}? (?:is|are|has|have)\b', keywords: ['cardholders', 'customers', 'members', 'patients', 'users', 'orders', 'guests', 'students', 'subscribers', 'employees', 'visitors', 'passengers', 'stores', 'outlets', 'branches', 'clinics', 'pharmacies', 'restaurants', 'vehicles', 'trucks', 'beds']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:with|given|since) (?!(?:we|our|ourco|us|you)\b)[\p{L}&.''’ -]{2,40}? (?:now )?(?:doing|handling|processing|serving|running|shipping|seeing|taking|delivering|selling) (?:well )?(?:over|about|around|nearly|more than|roughly|some|close to|almost) \d[\d,.]*(?: ?k| million| thousand)? [\p{L} -]{2,30}? (?:a|per|each) (?:day|week|month|year)\b', keywords: ['doing', 'handling', 'processing', 'serving', 'running', 'shipping', 'seeing', 'taking', 'delivering', 'selling']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:since|as|now that|given(?: that)?|with) (?!(?:we|our|ourco|i|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:planning|preparing|getting ready|about|set|gearing up) to (?:launch|open|roll out|expand|enter|move|build|list|go public|hire|acquire|merge|relocate|close)\b', keywords: ['planning to', 'preparing to', 'getting ready to', 'about to', 'set to', 'gearing up to']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:since|as|now that|given(?: that)?|with) (?!(?:we|our|ourco|i|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:moving|relocating|expanding|opening|closing|consolidating|launching|building|rolling out) [^.!?\n]{2,60}? (?:next|this coming) (?:quarter|year|month|spring|summer|autumn|fall|winter)\b', keywords: ['next quarter', 'next year', 'next month', 'next spring', 'next summer', 'next autumn', 'next fall', 'next winter', 'this coming']}
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:now that|since|with|as|given(?: that)?) (?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:is|are|has become|became|has turned|turned) (?:now )?(?:profitable|cash-flow positive|cash flow positive|debt-free|in profit|break-even)\b', keywords: ['profitable', 'cash-flow positive', 'cash flow positive', 'debt-free', 'in profit', 'break-even']}
      - {regex: '\bi (?:imagine|suspect|expect|assume|guess|bet|gather) (?!(?:our|your)\b)[\p{L}&.''’ -]{2,40}?[''’]s new (?:investors|owners|board|ceo|cfo|management|parent company|shareholders|backers|leadership)\b', keywords: ['new investors', 'new owners', 'new board', 'new ceo', 'new cfo', 'new management', 'new parent company', 'new shareholders', 'new backers', 'new leadership']}
      # Fifty-third session, first round (KJ): "Since X is currently behind on payments to some of its subcontractors", "As X is preparing to bid for the full Abu Dhabi island collection package".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:since|as|given(?: that)?|with|now that) (?!(?:we|our|ourco|i|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:currently |now |still |already |reportedly )?(?:behind on|late (?:on|with)|in arrears (?:on|with)|falling behind (?:on|with)|struggling to (?:pay|meet|cover)) (?:its |their |some of its |some of their )?(?:payments|paying|invoices|rent|loans?|debts?|wages|payroll|suppliers|subcontractors|bills|taxes)\b|${SENTENCE_OPENS}[\s>*•-]*(?:as|since|now that|with|given(?: that)?) (?!(?:we|our|ourco|i|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:currently |now )?(?:preparing|getting ready|gearing up|planning|about|set|lining up) to (?:bid|tender|pitch|compete) for\b', keywords: ['behind on', 'late on', 'late with', 'arrears', 'falling behind', 'struggling to', 'to bid', 'to tender', 'to pitch', 'to compete']}
      # Fifty-second session, third round (JV, JW, JX): "I hear X's last two sales came in below estimate", "I also hear X has just hired four new specialists", "With online sales now making up more than half of X's turnover", "Now that X has bought the neighbouring concession",
      # "I understand X has been under real cash pressure since the copper price dropped", "Now that you've grown to more than 60 boats", "With most of X's guests now coming from the US".
      - {regex: '\bi (?:also )?(?:hear|heard|gather|understand)(?: that)? (?!(?:your|our)\b)[\p{L}&.''’ -]{2,40}?[''’]s (?:last|latest|recent|new|first|q\d|annual|quarterly|half-year) [\p{L} -]{2,30}? (?:came in|were|was|fell|missed|dropped|beat|rose|grew)\b|\bi (?:also )?(?:hear|heard|gather|understand)(?: that)? (?!(?:you|we|our)\b)[\p{L}&.''’ -]{2,40}? (?:has|have) (?:just |recently )?(?:hired|appointed|recruited|added|taken on|brought on) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|a|an|several|new)\b|\bwith [\p{L} -]{2,30}? now (?:making up|accounting for|representing) (?:more than |over |almost |nearly |about |around )?(?:half|a third|a quarter|two thirds|\d+ ?%) of (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}?[''’]s\b|\bnow that (?!(?:we|our|ourco|you|i)\b)[\p{L}&.''’ -]{2,40}? (?:has|have) (?:just |recently )?(?:bought|acquired|taken over|merged with)\b|\bi (?:understand|hear|gather|know)(?: that)? (?!(?:you|we|our)\b)[\p{L}&.''’ -]{2,40}? (?:has been|is|was|have been|are) (?:under )?(?:real |a lot of |some |serious |significant )?(?:cash|financial|budget|margin|cost) (?:pressure|strain|trouble|problems|difficulties)\b|\bnow that you(?:''ve| have) (?:grown|expanded|scaled) to (?:more than |over |about |nearly |almost )?\d|\bwith (?:most|half|the majority|a third|two thirds) of (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}?[''’]s [\p{L} -]{2,30}? (?:now )?(?:coming|arriving|booking) from\b', keywords: ['hear', 'heard', 'gather', 'understand', 'making up', 'accounting for', 'representing', 'bought', 'acquired', 'taken over', 'merged with', 'pressure', 'strain', 'trouble', 'problems', 'difficulties', 'grown', 'expanded', 'scaled', 'coming from', 'arriving from', 'booking from'], firm: true}
      # Fifty-second session, first round (IP, IQ, IR): "losing the Makro contract last quarter has probably put cost under the microscope at X", "X now supplies over 1,200 retail outlets across Thailand, so I imagine …",
      # "With X's cold storage capacity set to triple by 2026", "I gather X is running at full capacity", "Since your board has just approved a large capex budget", "I know X had a tough audit from one of its EU buyers last year",
      # "with X cutting its lab budget by about 20% this year", "Since X sold out every date of last year's tour", "With X now running three shows on the road at once, I'd imagine …".
      - {regex: '(?<!\b(?:we|i|our team|our company|ourco) )\b(?:losing|lost|the loss of) (?:the|its|their|a|that|a big|a major|one of (?:its|their) (?:biggest|largest|main)) [\p{L}&.''’ -]{1,30}? (?:contract|account|deal|client|customer|tender)\b[^.!?\n]{0,20}\b(?:last|this|earlier this) (?:quarter|year|month|season|spring|summer|autumn|fall|winter)\b|\b(?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? now (?:supplies|serves|runs|operates|delivers to|ships to|supports|employs|manages|handles) (?:over |about |around |nearly |more than |some |roughly |close to |almost )?\d[\d,.]*\b[^.!?\n]{0,60},? so i(?:''d)? (?:imagine|assume|guess|suspect|expect)\b|\bwith (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}?[''’]s [\p{L} -]{2,30}? (?:set|expected|due|planned|about|going) to (?:double|triple|quadruple|halve|grow|increase|expand|shrink)\b|\b(?:i|we) (?:gather|hear|understand|know)(?: that)? (?!(?:we|our|you)\b)[\p{L}&.''’ -]{2,40}? (?:is|are|has been|have been) (?:now |currently )?(?:running|operating|working) (?:at|near) (?:full|maximum|max|100 ?%) capacity\b|\b(?:since|as|now that|given(?: that)?|with|i know(?: that)?|i hear(?: that)?|i gather(?: that)?|i understand(?: that)?) your (?:board|ceo|cfo|owners?|parent company|management|leadership|investors|shareholders|head office|group) (?:has |have )?(?:just |recently |now )?(?:approved|signed off|agreed|decided|voted|cut|frozen|froze|announced|committed)\b|\bi know (?!(?:we|our|you|it|this|that|there|they)\b)[\p{L}&.''’ -]{2,40}? had a (?:tough|difficult|hard|rough|bad|failed|poor|challenging|painful) (?:audit|inspection|year|quarter|season|review|recall|launch)\b|\bwith (?!(?:our|ourco|us|we)\b)[\p{L}&.''’ -]{2,40}? (?:cutting|raising|increasing|reducing|growing|doubling|slashing|trimming|boosting) (?:its|their) [\p{L} -]{2,30}? by (?:about |around |nearly |almost |over |some |roughly |up to )?\d[\d.,]*\s?(?:%|per ?cent|percent)|\b(?:since|as|with|given(?: that)?|now that) (?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:sold out|sells out|has sold out|booked out|was fully booked) (?:every|all|each|the whole|its|their)\b|\bwith (?!(?:our|ourco|us|we|you|your|winter|summer|spring|autumn|fall|the (?:season|weather|market|industry|sector)|prices|demand|inflation|rates)\b)[\p{L}&.''’ -]{2,40}? (?:now|already|currently) (?:running|operating|managing|juggling|handling) (?:over |about |around |nearly |more than |some )?(?:two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|several|multiple) [\p{L} -]{2,40}?[^.!?\n]{0,30},? (?:so )?i(?:''d| would)? (?:imagine|assume|guess|suspect|expect)\b', keywords: ['losing', 'lost', 'loss of', 'imagine', 'assume', 'guess', 'suspect', 'expect', 'double', 'triple', 'quadruple', 'halve', 'grow', 'increase', 'expand', 'shrink', 'capacity', 'board', 'ceo', 'cfo', 'owner', 'parent company', 'management', 'leadership', 'investors', 'shareholders', 'head office', 'group', 'had a', 'cutting', 'raising', 'increasing', 'reducing', 'growing', 'doubling', 'slashing', 'trimming', 'boosting', 'sold out', 'sells out', 'has sold out', 'booked out', 'fully booked'], firm: true}
      # Fifty-first session, fourth round (II, IJ): "Coordinating a team of 45 stylists across X can't be easy", "With over 2,000 brides a year coming through X", "Since bookings at X dropped off after last year's slow season",
      # "With X now running at full capacity and turning away wholesale orders", "As X is planning the move to a bigger site", "Given X's export volumes doubled last year", "I know X is about to take on a private equity partner".
      # ("For X's 12 franchise outlets" was tried and dropped: a quote "For X's two sites on PLUS:" reads the same, IH.)
      - {regex: '\b(?:coordinating|managing|running|scheduling|rostering) (?:a team of )?(?:around |about |over |some |nearly |more than )?\d[\d,]* [\p{L} -]{2,30}? (?:across|at) (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:can''t|cannot|must|isn''t|is no)\b|\bwith (?:over |about |around |nearly |more than |some )?\d[\d,]* [\p{L} -]{2,30}? (?:a|per|each) (?:year|month|week|day) (?:coming through|visiting|passing through|through) (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}|${SENTENCE_OPENS}[\s>*•-]*(?:since|as|given(?: that)?|with|now that) (?:bookings|sales|orders|revenue|footfall|visits|enquiries|demand|traffic|volumes?) (?:at|for) (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:dropped|fell|slowed|dipped|declined|jumped|rose|grew|doubled|picked up)\b|\bwith (?!(?:our|ourco|us|we|your|you)\b)[\p{L}&.''’ -]{2,40}? (?:now )?(?:running|operating|working) at (?:full|maximum|max|100 ?%) capacity\b|${SENTENCE_OPENS}[\s>*•-]*(?:as|since|now that|given that|with) (?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:planning|preparing|getting ready for) (?:the|a|its|their) (?:move|relocation|expansion|merger|sale|listing|ipo)\b|${SENTENCE_OPENS}[\s>*•-]*(?:given(?: that)?|since|as|with|now that) (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}?[''’]s? [\p{L} -]{2,30}? (?:doubled|tripled|halved|jumped|fell|dropped|grew|rose) (?:last|this) (?:year|quarter|season|month)\b|\b(?:i|we) (?:know|hear|gather|understand)(?: that)? (?!(?:we|our|you|it|this|that|there|they)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:about to|set to|due to|going to) (?:take on|bring in|sign|close|announce|open|list|merge|sell|be acquired|raise)\b', keywords: ['coordinating', 'managing', 'running', 'scheduling', 'rostering', 'for', 'with', 'since', 'as', 'given', 'now that', 'capacity', 'know', 'hear', 'gather', 'understand'], firm: true}
      # Fifty-first session, third round (HX, HY, HZ): "I gather the board at X has been pushing for lower operating costs since the change in ownership", "with X already carrying around two million passengers a year",
      # "As the fastest-growing agency in Joburg right now, X must be getting plenty of client requests".
      - {regex: '\bi (?:gather|hear|understand|(?:have|''ve) heard|was told)(?: that)? (?:the )?(?:board|owners?|management|leadership|shareholders|investors|parent company|new owners?|directors) (?:at|of) (?!(?:our|ourco|us)\b)[\p{L}&.''’ -]{2,40}? (?:has|have|is|are) (?:been )?(?:pushing|pressing|asking|looking|demanding|planning|keen|under pressure)\b|\bwith (?!(?:our|ourco|us|we)\b)[\p{L}&.''’ -]{2,40}? (?:already |now )?(?:carrying|serving|handling|moving|processing|shipping|selling|seeing|welcoming) (?:around |about |over |nearly |almost |more than |some |roughly |close to )?(?:\d[\d,.]*|one|two|three|four|five|ten|half a)(?: million| thousand| hundred|m|k)? [\p{L} ]{0,30}?(?:a|per|each) (?:year|month|week|day)\b|\bas (?:the|one of the) (?:fastest[- ]growing|largest|biggest|leading|busiest|top) [\p{L} -]{2,40}? (?:in|on|across) [\p{L} -]{2,30}?,\s*(?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:must|will|should|probably|is|has)\b', keywords: ['gather', 'hear', 'understand', 'heard', 'was told', 'with', 'fastest', 'largest', 'biggest', 'leading', 'busiest', 'top'], firm: true}
      # The same round's premise the sentence model confirms: "As you're in the middle of switching payment providers after the billing problems this spring".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:as|since|now that|given that|with) you(?:''re| are) (?:in the middle of|currently|busy) (?:switching|changing|moving|replacing|migrating|restructuring|renegotiating)\b', keywords: ['in the middle of', 'currently', 'busy']}
      # Fifty-first session, second round (GZ, HQ, HR): "I think you're at around 40,000 overseas rounds a year now", "I believe X is also in talks to manage two courses in Cambodia", "given that X has just raised fresh capital from its members",
      # "I know you're under pressure after last year's losses at X", "I heard X let a couple of office staff go recently", "I also heard X is in talks to be acquired by a larger group", "I heard your father is stepping back and handing X over to you",
      # "Given that X's numbers were down in the second quarter".
      - {regex: '\bi (?:think|believe|gather|understand|hear) (?:you''re|you are|you''ve got|you have|your [\p{L} -]{2,30}? (?:is|are)) (?:now |currently )?(?:at |running at |doing |handling |up to |serving |seeing )?(?:around|about|roughly|nearly|over|close to|some|more than|almost) \d[\d,.]*\s?(?:k|m|million|thousand)? (?:[\p{L}-]+ ){0,3}(?:a|per|each) (?:year|month|week|day|season)\b|\bi (?:also )?(?:believe|think|hear|heard|gather|understand|was told|(?:have|''ve) heard)(?: that)? (?!(?:we|our|you|it|this|that|there|they)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:also |now |currently |already )?in (?:talks|discussions|negotiations) (?:to|with|about|over|for)\b|${SENTENCE_OPENS}[\s>*•-]*(?:given(?: that)?|since|now that|as|with) (?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:has|have) (?:just|recently) (?:raised|secured|closed|landed|won|signed|lost|opened|acquired|bought|announced|appointed|hired)\b|\b(?:i|we) (?:know|understand|gather|hear)(?: that)? (?:you''re|you are|your (?:team|company|board|business|firm) (?:is|are)) under (?:a lot of |some |real |serious |a bit of |huge )?pressure (?:after|since|following|because of|from|with) (?:last|this|the|those|these|recent)\b|\bi (?:also )?(?:heard|hear|was told|(?:have|''ve) heard)(?: that)? (?!(?:we|our|you|it|this|that|there|they)\b)[\p{L}&.''’ -]{2,40}? (?:let (?:a |some |several |a few |a couple of |\d+ )?[\p{L} ]{0,20}?go|laid off|(?:is|are) (?:being )?(?:sold|acquired|bought|taken over)|(?:is|are) (?:up )?for sale)\b|\bi (?:also )?(?:heard|hear|understand|gather|was told)(?: that)? your (?:father|mother|dad|mum|mom|parents|founder|boss|ceo|md|owner|chairman|chair|president) (?:is|are|has been|was) (?:stepping back|stepping down|retiring|handing|selling|leaving|unwell|ill)\b|${SENTENCE_OPENS}[\s>*•-]*(?:given(?: that)?|since|as|with|now that) (?!(?:our|ourco|we|us|my|the industry|the market)\b)[\p{L}&.''’ -]{2,40}?(?:[''’]s?)? (?:numbers|results|sales|revenue|profits?|margins?|earnings|volumes?|bookings|orders|figures) (?:were|was|are|is|have been|came in) (?:down|up|lower|higher|weak|soft|flat|under pressure|disappointing)\b', keywords: ['think', 'believe', 'gather', 'understand', 'hear', 'heard', 'was told', 'raised', 'secured', 'closed', 'landed', 'won', 'signed', 'lost', 'opened', 'acquired', 'bought', 'announced', 'appointed', 'hired', 'pressure', 'numbers', 'results', 'sales', 'revenue', 'profit', 'margin', 'earnings', 'volume', 'bookings', 'orders', 'figures'], firm: true}
      # The same round's premises the sentence model confirms: "Since X has moved to a 24/7 emergency service with a new night team", "Since X is now exporting windows into Austria", "Since your membership waiting list at X has been closed for two years".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:since|as|now that|given(?: that)?|with) (?!(?:we|our|ourco|i|you|your|many|most|some)\b)(?![^.!?\n]{0,40}\b(?:we|i) (?:have|has)\b)[\p{L}&.''’ -]{2,40}? (?:has|have) (?:just |recently |now )?(?:moved|switched|changed|shifted|expanded|started|launched|introduced|added|brought in|rolled out) (?:to|into|a|an|its|their|the)\b|${SENTENCE_OPENS}[\s>*•-]*(?:since|as|now that|given(?: that)?|with) (?!(?:we|our|ourco|i|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) now (?:exporting|selling|shipping|operating|expanding|opening|hiring|building|running|serving|delivering|based|listed)\b|${SENTENCE_OPENS}[\s>*•-]*(?:since|as|given(?: that)?|now that|with) your [\p{L} -]{2,40}? (?:at|of) (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:has been|have been|is|are|was|were) (?:closed|full|frozen|suspended|shut|paused|on hold|cut|doubled|halved)\b', keywords: ['moved', 'switched', 'changed', 'shifted', 'expanded', 'started', 'launched', 'introduced', 'added', 'brought in', 'rolled out', 'now', 'closed', 'full', 'frozen', 'suspended', 'shut', 'paused', 'on hold', 'cut', 'doubled', 'halved']}
      # Fifty-first session, first round (GS, GT): "With the new owner taking over X next month", "Since X has grown to around 20 artists across three locations", "Since X has doubled production in the last year", "Ahead of X's planned listing on the ASX",
      # "With X now the biggest studio on the Gold Coast", "With a team of 35 across the front desk and the floor at X", "I know you've been a bit behind with suppliers lately".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:with|now that|since|given(?: that)?|as) (?:the |a )?new (?:owners?|management|leadership|buyers?|investors?|board|parent company) (?:taking over|coming in|stepping in|arriving|starting|joining|in charge) (?:at |of )?(?!(?:our|ourco|us)\b)[\p{L}&.''’ -]{2,40}?\b|${SENTENCE_OPENS}[\s>*•-]*(?:since|as|with|now that|given(?: that)?) (?!(?:we|our|ourco|i|you|many|most|some|teams|companies)\b)[\p{L}&.''’ -]{2,40}? (?:has |have )?(?:grown|expanded|scaled(?: up)?) to (?:about |around |over |nearly |almost |more than |some |roughly |close to )?\d|${SENTENCE_OPENS}[\s>*•-]*(?:since|as|with|now that|given(?: that)?) (?!(?:we|our|ourco|i|you|many|most|some|teams|companies)\b)[\p{L}&.''’ -]{2,40}? (?:has |have )?(?:doubled|tripled|quadrupled|halved) (?:its |their )?(?:[\p{L}-]+ ){0,2}?(?:in|over|since|during|within) (?:the (?:last|past)|this|last|a|\d)|\bahead of (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}?[''’]s (?:planned |upcoming |expected |rumou?red |proposed |announced )?(?:listing|ipo|merger|acquisition|expansion|relocation|move|sale|flotation|takeover)\b|${SENTENCE_OPENS}[\s>*•-]*(?:with|as|now that|since|given(?: that)?) (?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:is )?now (?:the|one of the) (?:biggest|largest|leading|busiest|top|fastest-growing|fastest growing|number one|no\. ?1|most popular)\b|${SENTENCE_OPENS}[\s>*•-]*with a (?:team|workforce|staff|crew) of (?:around |about |over |some |nearly |almost |more than |roughly )?\d[\d,]* (?:[\p{L}-]+ ){0,8}?(?:at|across) (?!(?:our|ourco|us|you|your)\b)[\p{L}&.''’ -]{2,40}?(?=[,.;]|$)|\b(?:i|we) (?:know|hear|gather|understand|(?:have|''ve) heard)(?: that)? (?:you(?:''ve| have) been|you(?:''re| are)|your (?:team|company|business|studio|firm|group) (?:has been|is)) (?:a (?:bit|little) |quite |rather |pretty |a few (?:weeks|months) )?(?:behind|late|slow|struggling) (?:with|on|in) (?:paying )?(?:your |a few |some )?(?:suppliers|payments|invoices|bills|rent|payroll|creditors|vendors)\b', keywords: ['new', 'grown', 'expanded', 'scaled', 'doubled', 'tripled', 'quadrupled', 'halved', 'ahead of', 'now the', 'now one of', 'team of', 'workforce of', 'staff of', 'crew of', 'behind', 'late', 'slow', 'struggling'], firm: true}
      # Fiftieth session, fifth round (ET, EU, EV): "I know X is running well over its O&M budget this year", "Since X bought that rope access company in Esbjerg", "With X now responsible for about 1,200 blades",
      # "As X gets ready for the move to the new premises in Braga", "I hear X isn't happy with its current robot supplier", "As X is one of the fastest-growing contractors in Ireland", "With the founder stepping back from the day-to-day at X".
      - {regex: '\b(?:i|we) know (?:that )?(?!(?:we|our|you)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:running|going|coming in) (?:well |way |a bit |slightly )?(?:over|under|behind) (?:its|their) [\p{L}&/ -]{0,20}budget\b|${SENTENCE_OPENS}[\s>*•-]*(?:since|given that|now that|as|after) (?!(?:we|our|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:bought|acquired|took over|merged with) (?:that|the|a|an) [\p{L} -]{2,40}? (?:company|firm|business|group|chain|operator|contractor)\b|${SENTENCE_OPENS}[\s>*•-]*(?:with|since|given that|now that) (?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:now |currently )?(?:responsible for|in charge of|looking after) (?:about|around|over|nearly|almost|more than|some|close to) \d|${SENTENCE_OPENS}[\s>*•-]*(?:as|since|now that|with|while) (?!(?:we|our|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:gets|is getting) ready for (?:the|its|a|an) (?:move|relocation|opening|launch|merger|expansion|listing|ipo)\b|\bi hear (?:that )?(?!(?:we|our|you)\b)[\p{L}&.''’ -]{2,40}? (?:isn''t|is not|aren''t|are not) (?:happy|satisfied|pleased) with (?:its|their) (?:current )?[\p{L} -]{0,30}?(?:supplier|vendor|provider|partner|system|platform)\b|${SENTENCE_OPENS}[\s>*•-]*(?:as|since|given that|now that|because) (?!(?:we|our|ourco|i|you)\b)[\p{L}&.''’ -]{2,40}? (?:is|has become) (?:now )?one of the (?:fastest[- ]growing|largest|biggest|leading) \b|\b(?:with|since|now that|given that) (?:the|your|its|their) (?:founder|ceo|owner|md|managing director|chair|chairman|president) (?:stepping back|stepping down|retiring|leaving|moving on)\b', keywords: ['know', 'bought', 'acquired', 'took over', 'merged with', 'responsible for', 'in charge of', 'looking after', 'ready for', 'i hear', 'one of the', 'stepping', 'retiring', 'leaving', 'moving on'], firm: true}
      # Fiftieth session, fourth round (SX, SY, SZ): "As X gears up for the Osaka Expo with five new properties", "Since X now manages more than 2,500 active grants". ("X has been struggling with guest complaints" was tried and dropped: it flagged a clean email of a never-read set.)
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:as|since|now that|with|while) (?!(?:we|our|i|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:gears|is gearing|are gearing) up for\b|${SENTENCE_OPENS}[\s>*•-]*(?:since|as|given that|now that) (?!(?:we|our|ourco|i|you|many|most|some|teams|companies)\b)[\p{L}&.''’ -]{2,40}? (?:now |currently )?(?:manages|runs|operates|serves|employs|handles|looks after) (?:more than|over|nearly|almost|about|around|some|close to) \d[\d,.]*', keywords: ['gear', 'manages', 'runs', 'operates', 'serves', 'employs', 'handles', 'looks after'], firm: true}
      # Fiftieth session, third round (SP, SQ, SR): "As X is the preferred storage partner for Cargill in your region", "I understand you're restructuring the ICT department after the merger", "With X having won the World Bank-funded e-justice project",
      # "with X expanding into Chile next year", "With close to two million tickets sold at X last year".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:as|since|given that|now that|because) (?!(?:we|our|i|you|many|most|some)\b)[\p{L}&.''’ -]{2,40}? (?:is|became|has become) (?:now )?(?:the|a|an) (?:preferred|exclusive|official|sole|main|approved|chosen) (?:[\p{L}]+ ){0,2}(?:partner|supplier|vendor|provider|distributor|contractor)\b|\b(?:i|we) (?:understand|hear|gather|know)(?: that)? (?:you''re|you are|your (?:company|team|organisation|organization|firm|group|business) is) (?:currently |now |in the middle of |busy )?(?:restructuring|reorgani[sz]ing|downsizing|merging|being (?:acquired|sold|bought)|laying (?:people )?off|relocating|closing (?:down|sites|branches|stores|offices|plants)|cutting (?:staff|jobs|costs))\b|\b(?:with|since|given that|now that) (?!(?:our|ourco|we|us)\b)[\p{L}&.''’ -]{2,40}? having (?:just |recently )?(?:won|secured|landed|signed|raised|lost|opened|acquired|bought|closed|merged)\b|(?<=^|[.!?]\s{1,3}|\n|,\s{1,3})[\s>*•-]*(?:then,? )?(?:with|since|now that|given) (?!(?:our|ourco|we|us|you|many|most|some|more|the)\b)[\p{L}&.''’ -]{2,40}? (?:expanding|moving|opening|launching|entering|relocating) (?:into|in|to) [\p{L} ]{2,30}? (?:next|this|later this) (?:year|month|quarter|spring|summer|autumn|fall|winter)\b|\b(?:with|given) (?:close to |nearly |almost |over |more than |about |around )?[\p{L}\d.,]+ (?:million |thousand |k )?[\p{L}]+ (?:sold|served|shipped|processed|handled|delivered|booked) (?:at|by) (?!(?:our|ourco|us)\b)[\p{L}&.''’ -]{2,40}? (?:last|this) (?:year|month|quarter|season)\b', keywords: ['preferred', 'exclusive', 'official', 'sole', 'main', 'approved', 'chosen', 'understand', 'hear', 'gather', 'know', 'having', 'expanding', 'moving', 'opening', 'launching', 'entering', 'relocating', 'sold', 'served', 'shipped', 'processed', 'handled', 'delivered', 'booked'], firm: true}
      # Fiftieth session, second round (SH, SI, SJ): "For a team of 150 kitchen staff across X's locations", "X is spending close to $9 million a year on haul truck tyres", "Given X missed its production guidance last quarter",
      # "As X prepares to move its head office to Santiago", "I know revenue at X was down last year", "Following the strong Q2 results X posted".
      - {regex: '\bfor a (?:team|workforce|staff|crew) of (?:around |about |over |some |nearly |almost |more than |roughly )?\d[\d,]* [\p{L} -]{0,30}?(?:across|at|in) (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}?[''’]s\b|${SENTENCE_OPENS}[\s>*•-]*(?!(?:we|our|i|you|your|they|it|many|most|some|customers|clients|teams|companies|firms)\b)[\p{L}&.''’ -]{2,40}? (?:is|are) (?:currently |now |probably |likely )?spending (?:close to |about |around |roughly |nearly |almost |over |more than |some )?[$€£₹¥]\s?\d[\d.,]*\s?(?:million|m|mn|k|bn|billion|crore|lakh)?\b[^.!?\n]{0,20}?\b(?:a|per|each) (?:year|month|quarter)\b|${SENTENCE_OPENS}[\s>*•-]*(?:given(?: that)?|since|now that|as|because|with) (?!(?:we|our|i|you|many|most|some|the industry|the market)\b)[\p{L}&.''’ -]{2,40}? (?:missed|beat|fell short of|cut|lowered|raised|revised|withdrew) (?:its|their) (?:[\p{L}]+ )?(?:guidance|targets?|forecasts?|numbers|estimates|outlook)\b|${SENTENCE_OPENS}[\s>*•-]*(?:as|since|now that|with|while) (?!(?:we|our|i|you|many|most|some|the industry|the market|teams|companies)\b)[\p{L}&.''’ -]{2,40}? prepares? (?:to|for) (?:move|relocate|open|close|merge|list|launch|sell|expand|an? (?:ipo|listing|merger|sale|move|relocation|expansion))\b|\b(?:i|we) know (?:that )?(?:revenue|sales|profits?|margins?|turnover|volumes?|business|orders?|bookings|demand) (?:at|for) (?!(?:our|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:was|were|has been|have been|is|are) (?:down|up|flat|lower|higher|under pressure|soft|weak)\b|\bfollowing (?:the|those|its|their) (?:strong|weak|record|disappointing|solid|great|impressive|excellent|mixed) (?:q[1-4] |full-year |annual |quarterly |half-year |h[12] )?(?:results|numbers|earnings|quarter|figures|year) (?!(?:we|our|ourco)\b)[\p{L}&.''’ -]{2,40}? (?:posted|reported|announced|delivered|had)\b', keywords: ['team of', 'workforce of', 'staff of', 'crew of', 'spending', 'guidance', 'target', 'forecast', 'numbers', 'estimates', 'outlook', 'prepare', 'know', 'following'], firm: true}
      # Fiftieth session, first round (ZW, ZX, ZY): a figure of the prospect's as the premise, "With enrollment at X jumping to more than 40,000 this fall", "With X's circulation down nearly 15% since 2022";
      # "Your weekend visits must be way up since X doubled its Saturday and Sunday hours"; "Great to hear X is back at full capacity after last year's turnaround"; "X's plants lost roughly ₹60 crore last year to unplanned kiln stops".
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:with|since|given(?: that)?|now that) (?:the )?[\p{L} -]{2,30}? (?:at|of|across) (?!(?:our|ourco|us)\b)[\p{L}\d&.''’ -]{2,40}? (?:jumping|rising|climbing|growing|falling|dropping|surging|soaring|doubling|shrinking|up|down) (?:to|by|nearly|almost|about|over|more than|roughly|around|some)\b[^.!?\n]{0,20}?\d|${SENTENCE_OPENS}[\s>*•-]*(?:with|since|given(?: that)?|now that) (?!(?:our|ourco|we|us|my|the industry|the market|the sector)\b)[\p{L}\d&.''’ -]{2,40}?[''’]s [\p{L} -]{2,30}? (?:up|down|falling|rising|jumping|dropping|growing|shrinking|climbing) (?:by )?(?:nearly |almost |about |around |over |more than |roughly |some )?\d[\d.,]*\s?(?:%|per ?cent|percent)|\b(?:must be|must have been|will be) (?:way |much |well |a lot |so much )?(?:up|down|higher|lower|busier|quieter)\b[^.!?\n]{0,20}\bsince (?!(?:we|our|i|you)\b)[\p{L}\d&.''’ -]{2,40}? (?:doubled|tripled|halved|extended|expanded|cut|increased|reduced|changed|moved|opened|added)\b|\b(?:great|good|glad|nice|happy|pleased) to (?:hear|see|learn) (?:that )?(?!(?:you|your|we|our|it|this|that|they)\b)[\p{L}\d&.''’ -]{2,40}? (?:is|are) (?:back (?:at|to|in)|up to|running at|now at|operating at) (?:full|record|normal|pre-)[\p{L} -]{0,20}\b[^.!?\n]{0,40}\b(?:after|following|since)\b|${SENTENCE_OPENS}[\s>*•-]*(?!(?:our|ourco|we|us|my|one|another|a|an|the industry|the market|most|many|some)\b)[\p{L}\d&.''’ -]{2,40}?[''’]s (?:plants?|sites?|stores?|branches|factories|mills?|kilns?|warehouses?|depots?|hospitals?|clinics?|operations?|fleets?) (?:lost|spent|wasted|paid) (?:roughly |about |around |nearly |over |almost |some |more than )?[$€£₹¥]?\s?\d[\d.,]*\s?(?:crore|cr|lakh|million|mn|m|k|billion|bn)?\b[^.!?\n]{0,30}\blast (?:year|quarter|season|month)\b', keywords: ['with', 'since', 'given', 'now that', 'must be', 'must have been', 'will be', 'to hear', 'to see', 'to learn', 'lost', 'spent', 'wasted', 'paid'], firm: true}
      # This pattern keeps the stop before it in its match, so the sentence model is asked about the sentence before: read at its own sentence, the model agrees with many "I understand …" lines that acknowledge the reader's situation. Tried in the fiftieth session on the never-read sets: one more claim found, two more clean emails flagged and eight more findings of the wrong kind on problem emails.
      - {regex: '(?:^|[.!?]\s+|\n|[—–]\s*|\s-\s+)[\s>*•-]*(?:(?:and|but|also|so),? )?i (?:(?:understand|hear|gather|(?:have|''ve) heard|was told|am told|''m told)(?: that)?|(?:saw|read|noticed|see|spotted|came across|(?:have|''ve) (?:seen|read|noticed)) that),? (?![^.!?\n]{0,60}\b(?:with us|to us|from us|our (?:team|product|platform|service|offer|proposal|quote))\b)(?![^.!?\n]{0,60}\b(?:opening|office|business|trading|support) hours\b)(?!you\b|your\b|we\b|our\b|us\b|i\b|it\b|this\b|that\b|there\b|they\b|he\b|she\b|why\b|if\b|how\b|what\b|whether\b|when\b|much\b|completely\b|entirely\b|fully\b|totally\b|perfectly\b|better\b|now\b|the (?:meeting|call|session|demo|date|time|deadline|plan|idea|timing|team|need|concern|worry|hesitation|caution|pressure|challenge|delay|issue|problem)\b)[\p{L}\d&.''’ -]{2,50}? (?:is|are|was|were|has|have|had|isn''t|aren''t|wasn''t|hasn''t|won''t be|will be|is about to|''s|wants|want|needs|plans|intends|expects|aims|approved|signed|hired|bought|opened|closed|raised|won|lost|cut|launched|acquired|appointed|announced|moved|doubled|tripled|sold|grew|rose|fell)\b(?![^.!?\n]{0,40}\b(?:decided|chosen|chose|opted|selected|gone with|going with|stay(?:ing|ed)? with|stick(?:ing)? with|renew(?:ed|ing)? (?:with|its|their)|extend(?:ed|ing)? (?:its|their|the)|hours|closed (?:on|for) (?:public|bank)|on holiday|out of (?:the )?office|away|already (?:committed|allocated|spent|set|fixed|agreed))\b)[^.!?\n,;]{3,80}', keywords: ['i understand', 'i hear', 'i gather', 'have heard', '''ve heard', 'was told', 'am told', '''m told', 'i saw', 'i read', 'i noticed', 'i see', 'i spotted', 'came across', 'seen that', 'read that', 'noticed that']}
      # "A little bird told me your current courier contract ends in June" (fiftieth session, ZY): news passed on from an unnamed source.
      - {regex: '\b(?:a little bird(?:ie)? (?:told|tells) (?:me|us)|rumou?r has it|word (?:on the street |in the industry |around town )?is|(?:i|we) (?:hear|heard) (?:it )?(?:on|through) the grapevine)\b(?: that)?,? (?!(?:we|our|i|us)\b)', keywords: ['little bird', 'rumour has it', 'rumor has it', 'word is', 'word on the street', 'word in the industry', 'word around town', 'grapevine']}
      # "I know your IT budget was cut this year" (forty-ninth session, second round, YV).
      - {regex: '\b(?:i|we) (?:know|hear|gather|understand|(?:have|''ve) heard)(?: that)? your (?:[\w-]+ ){0,3}?(?:budget|team|headcount|staff|spend|department|funding|grant|workforce|crew) (?:was|were|has been|have been|is being|are being|got) (?:cut|reduced|slashed|frozen|halved|trimmed|downsized)\b', keywords: ['know', 'hear', 'gather', 'understand', 'heard'], firm: true}
      # "Cobalt Security is apparently planning to close the Katowice site next year." (YO)
      - {regex: '${SENTENCE_OPENS}[\s>*•-]*(?:(?:and|but|also|so),? )?(?!(?:we|our|i|you|your|it|this|that|there|they|he|she|everyone|nobody|many|most|some|customers|clients|teams)\b)[\p{L}\d&.''’ -]{2,50}? (?:is|are|has|have|was|were|had)(?: (?:apparently|reportedly|supposedly|allegedly|rumou?red to be|said to be))\b[^.!?\n,;]{3,80}', keywords: ['apparently', 'reportedly', 'supposedly', 'allegedly', 'rumoured', 'rumored', 'said to be']}
    exceptions:
      # Sympathy with what we offer, not news: "I understand that may not be enough for what X has in mind" (fifty-fourth session, NBX).
      - '\bi understand (?:that )?(?:this|that|it) (?:may|might|could|won''t|will not|isn''t|is not) (?:not )?(?:be )?(?:enough|sufficient|ideal|what)\b'
      # Our own colleague, understood to be in touch: "I understand my colleague Ji-woo has been speaking with you about Xs bus routes" (fifty-third session, KP).
      - '\b(?:i|we) (?:understand|hear|gather|know)(?: that)? (?:my|our) (?:colleague|colleagues|team|teammate|manager|boss|ceo|founder|partner|account manager|rep|co-?founder)\b'
      # A public list named as the source: "I read that Acme was among the hospitals consulted, according to the list of contributors on page 2" (fiftieth session, SN).
      - '\baccording to (?:the|a|its|their|this) (?:list|report|document|guidance|publication|page|register|minutes|filing|press release|notice|announcement)\b'
      # A constraint or a pain the reader has, acknowledged: "I understand the budget needs to go through your finance committee", "committing to a full rollout this year is difficult for X", "the twistlock failures have been a real headache", "X is comparing a few warehouse platforms" (fiftieth session, after the sentence-start fix).
      - '\b(?:(?:is|are) (?:coming up|scheduled|planned|due|booked|set|pencilled in|penciled in) (?:for|on|in|next|this|at|around)|(?:still )?(?:needs?|has|have|must) to (?:review|sign off|approve|check|see|look at|read|consult|agree|be consulted|weigh in))\b|\b(?:needs? to|has to|have to|must|will have to) (?:wait|go through|follow|be approved|get approval|be signed off|go to|pass)\b|\b(?:is|are|would be|will be) (?:difficult|hard|tricky|a stretch|not easy|challenging) for\b|\b(?:has|have) been (?:a |an )?(?:real |big |ongoing |constant )?(?:problem|headache|pain|challenge|struggle|frustration|issue)\b|\b(?:leaning towards|comparing|evaluating|looking at|weighing|considering|(?<!n''t |not )(?:comfortable|happy) with|reviewing) (?:a few|several|some|two|three|the|your|its|their|building|options|whether)\b|\b(?:logging|using|running|trialling|trialing|testing) (?:daily|the|our|your)\b'
      # The reader's busy season or a decision's weight, understood: "I understand the team is fully focused on the 1 April renewals", "payout systems are a big decision", "outlets are audited closely" (fiftieth session, after the sentence-start fix).
      - '\b(?:is|are|will be|''s|''re|be) (?:very |fully |really |quite |completely |so )?(?:busy|focused on|swamped|stretched|tied up|snowed under)\b|\b(?:a big decision|a big step|the right moment|a hard gate|audited (?:closely|regularly|often)|inspected (?:closely|regularly)|a big ask|a lot to ask)\b'
      # News put to the reader to confirm: "I read that X is opening a new distribution facility in Johor — is that correct?" (forty-ninth session, NQ).
      - '\b(?:is that|am i|have i got that) (?:right|correct)\s*\?'
      - '\b(?:you|your (?:team|colleague|cfo|ceo|boss|manager|assistant|office|it team)|\p{L}+ from your team) (?:\w+ )?(?:mentioned|told me|told us|said|shared|noted|explained|wrote|let me know)\b|\bas (?:you|\w+) (?:mentioned|said|noted|described|explained|told me|shared)\b'
      - '\b(?:from|according to|per|in) (?:your|the|their|its) (?:email|note|message|website|site|press release|announcement|post|blog|annual report|report|tender|rfp|job ad|careers page|linkedin)\b'
    message: 'passes on news about {account} as heard ("{match}") that no verified fact supports'
    examples:
      fire:
        - 'I understand Acme Analytics is looking at a budget shortfall of around $3 million next year, so I''ll keep this focused on cost.'
        - 'I understand Acme Analytics is running about 180 buses now across both depots.'
        - 'I understand Acme Analytics is leaving its current routing vendor when the contract runs out in June.'
        - 'I hear Acme Analytics has started shipping to the Philippines this year.'
        - 'Good afternoon! I gather Acme Analytics is moving its head office to Brisbane later this year.'
        - 'I saw that Acme Analytics is opening two new elementary schools next fall, which usually means a full re-route.'
        - 'Acme Analytics is apparently planning to close the Katowice site next year.'
      pass:
        - 'I understand Acme Analytics has decided to stay with your current provider this year, and I respect that.'
        - 'I understand your team is reviewing routing vendors this spring.'
        - 'I understand the meeting has moved to Thursday.'
        - 'I saw that Acme Analytics signed with us on Friday, and I wanted to say thank you.'
        - 'I saw that Acme Analytics is hiring a routing manager on your careers page.'
        - 'I understand Acme Analytics''s office hours are shorter during Ramadan.'
        - 'As you mentioned on our call, I understand Acme Analytics is reviewing its routing this spring.'
        - {"text": "I understand Acme Analytics is running about 180 buses now across both depots.", "facts": ["Runs 180 buses across two depots"]}
  - id: claim.outage
    kind: unverified_claim
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'an outage, downtime or service failure at the prospect told as fact: was down for nine hours, the outage that hit your call centres, your network keeps going down, three outages since the migration. Outages in general, at our customers, or the reader''s own account of one pass.'
    about: 'prospect'
    facts: '(?<![\p{L}\p{N}])(?:outage|down|downtime|disruption|incident|failure|went dark)'
    patterns:
      - {regex: '\b(?:outage|downtime|blackout|incident|disruption) (?:[\w&.''’-]+ ){1,4}(?:had|suffered|experienced|went through) (?:last|this|on|in|over|during|yesterday)\b', keywords: ['outage', 'downtime', 'blackout', 'incident', 'disruption']}
      - {regex: '\b(?:was|were|went|been|being|has been|had been|is|keeps? going|kept going|going) (?:completely |fully |totally |partly )?(?:down|offline|dark)\b(?! to \S| from \d| by \d| \d)[^.!?\n]{0,40}?\b(?:for (?:almost |nearly |over |more than |about |most of )?(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|the (?:whole|entire|better part of)) ?(?:hours?|days?|minutes?|weekend|morning|afternoon|day|night|shift)|during|yesterday|last (?:week|month|night|weekend)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d{1,2}(?:st|nd|rd|th)?)|over (?:easter|christmas|the weekend|black friday)|every (?:few )?(?:weeks?|days?|months?)|since)\b', keywords: ['down', 'offline', 'dark']}
      - {regex: '\b(?:the|its|your|their|last (?:week|month)''s|yesterday''s|monday''s|recent|big|major|latest) (?:[\w-]+ ){0,2}?(?:outages?|downtime|blackout|service (?:disruption|failure)|network failure)\b[^.!?\n]{0,20}?\b(?:that|which) (?:hit|affected|took down|knocked out|disrupted|crippled|brought down)\b|\b(?:had|suffered|experienced|seen|saw|been through|went through|dealing with|struggling with) (?:\w+ ){0,2}?(?:separate |repeated |several |multiple |two |three |four |five |major |big |serious |long |lengthy |recurring )?(?:outages|outage|downtime|fibre cuts|fiber cuts|network failures|service disruptions|blackouts)\b|\b(?:[\w&.''’-]+(?:''s|’s)|its|your) (?:[\w-]+ ){0,2}?(?:outage|downtime) (?:on|last|this|in|over|during)\b', keywords: ['outage', 'outages', 'downtime', 'blackout', 'disruption', 'failure', 'fibre cuts', 'fiber cuts']}
      - {regex: '\b(?:website|site|network|app|platform|systems?|servers?|portal|checkout|store|phone lines?|call cent(?:re|er)s?|email) (?:was |were |being |been )?(?:completely |fully |totally )?(?:down|offline|dark) for (?:almost |nearly |over |more than |about |most of |much of )?(?:\d+|an?|one|two|three|four|five|six|several|the (?:whole|entire|better part of)|yesterday|the day|the weekend)\b', keywords: ['down for', 'offline for', 'dark for']}
    exceptions:
      - '\b(?:we(?:''ve| have)?|ourco(?:''s)?) (?:since |now |already )?(?:fixed|resolved|patched|addressed|corrected)\b'
      - '\b(?:you|your team) (?:told|mentioned|said|described|explained|shared|walked me through)\b'
      - '\b(?:any|every|most|many|an?) (?:[\w-]+ )?(?:outage|downtime)\b[^.!?\n]{0,40}\b(?:costs?|means|can|could|will|would)\b'
      - '\b(?:if|when|whenever|should|in case|before|unless) (?:the |your |a |an )?(?:[\w-]+ ){0,3}?(?:goes|go|went|is|are) (?:down|offline|dark)\b'
      - '\b(?:our|ourco''s) (?:[\w-]+ ){0,2}?(?:outage|downtime|status page)\b|\b(?:we|i) (?:had|went through|suffered) (?:an? )?(?:[\w-]+ )?(?:outage|downtime)\b'
      - '\bone of our (?:[\w-]+ ){0,2}(?:customers|clients)\b'
    message: 'claims an outage at the prospect ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'I read about the four-hour email outage Acme Analytics had last Tuesday.'
        - 'Acme Analytics was down for almost nine hours during last month''s storm, from what I heard.'
        - 'The outage that hit Acme Analytics''s call centres on Monday was reportedly caused by a single failed router.'
        - 'Acme Analytics has apparently had three separate outages since moving to its current provider.'
        - 'Your network has been going down every few weeks since the migration.'
        - 'With the Acme Analytics website down for most of yesterday, I assume the hosting contract is under review.'
      pass:
        - 'The typical outage a contact centre had last year cost about $40,000 an hour.'
        - 'You told me the site was down for six hours in March, which is why I suggested the dual-path design.'
        - 'Any outage over an hour costs a contact centre your size about $40,000.'
        - 'If the primary link goes down, traffic fails over to the LTE backup in under a second.'
        - 'One of our retail customers had three outages last year before they moved to us.'
        - 'Our status page shows every incident we have had since 2019.'
`;
