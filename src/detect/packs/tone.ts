/**
 * tone: what a careful reviewer would not let a rep send — deadline pressure and false scarcity,
 * guilt, shame and fear of missing out, social-proof pressure, guarantees of results, pushy
 * subjects and demands, repeated exclamation marks. Shouting in capitals is the ${'`'}tone.shouting${'`'}
 * detector in the core pack. Exceptions keep polite timing ("happy to find a time before
 * Friday"), our own response times and plain scheduling clean.
 */
import { INCIDENT_WORDS } from '../incident.js';
import { NOT_TO_HURRY, yamlQuoted } from '../disclaimers.js';
import { DOCUMENT_STATUS } from './shared.js';

/** A deadline in the words reps use: today, EOD, Friday, the 31st, March 1, 5pm, the next 48 hours. */
const WHEN = String.raw`(?:today|tonight|tomorrow(?: (?:morning|afternoon|evening|night))?|midnight|noon|eod|cob|eow|eom|eoq|close of business|end of (?:the |this )?(?:day|week|month|quarter|year|business(?: day)?)|(?:this|next) (?:friday|week|weekend|month|quarter|year|monday|tuesday|wednesday|thursday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?(?: at \d{1,2}(?::\d\d)? ?(?:am|pm)?)?|the (?:\d{1,2}(?:st|nd|rd|th)|end of (?:the |this )?(?:day|week|month|quarter|year))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}(?::\d\d)? ?(?:am|pm)(?: (?:today|tonight|tomorrow|et|pt|ct|est|pst|cst|gmt|utc))?|(?:the )?(?:next|coming) (?:\d+|few|couple of|twenty-four|forty-eight) (?:hours|days)|(?:quarter|month|year)[- ]end|q[1-4] close)(?![\p{L}\p{N}])`;

/** A gift for the buyer personally (tone.personal-inducement): wine, gadgets, tickets, a spa day. */
/** A contract term that limits a rise ("Price increase on renewal capped at 5%"): no deadline, whatever the words. */
const CAPPED_RISE = String.raw`\b(?:price|prices|pricing|rates?|fees?) (?:increases?|rises?|changes?|uplifts?|adjustments?) (?:on|at|after|from) (?:each |the |every |any )?(?:renewal|anniversary|contract anniversary|renewal date)\b[^.!?\n]{0,40}\b(?:capped|limited|max(?:imum)?|no more than|not (?:to )?exceed|at most|up to)\b`;
/** A list-price rise told as a fact, with no ask in the sentence ("Our list price is going up 6% on 1 July."): both deadline rules. */
const PRICE_RISE_TOLD = String.raw`^(?![^!?\n]*\b(?:so|sign|signed|signing|lock|before|act|hurry|secure|now|today|quick|soon|unless|if)\b)[^!?\n]*\b(?:our |the )?(?:list )?prices? (?:is|are) going up (?:by )?\d+(?:\.\d+)? ?%(?: on| from)? [^!?\n]*$`;
/** "It's not that the price disappears, it's that our list prices get reviewed": the threat disowned. */
const PRICE_NOT_GONE = String.raw`\bnot that (?:the|our|this) (?:price|offer|discount|rate|quote) (?:disappears|goes away|vanishes|expires)\b`;
const PERSONAL_GIFT = String.raw`(?:case of (?:wine|champagne|beer|whisky|whiskey|fizz)|bottle of [\w ]{1,20}?|bottles? of \w+|champagne|(?:a )?(?:new )?(?:ipad|iphone|macbook|apple watch|airpods|smartwatch|laptop|headphones|kindle)|(?:concert|theatre|theater|match|festival|vip|hospitality|football|rugby|cricket|f1|gig) tickets|hamper|gift card|voucher|spa (?:day|weekend|break)|weekend (?:away|break)|golf (?:day|trip|weekend)|personal gift)`;

/**
 * What a rep offers the buyer personally for taking a meeting (tone.personal-inducement's meeting
 * patterns): gadgets, tickets, gift cards, a dinner for the team, a hotel, cash or an amount; the
 * verbs of giving them; and the keywords that wake those patterns.
 */
const MEETING_GIFT = String.raw`(?:tickets?|vip passes|(?:conference|event|festival) passes on us|gift cards?|e-?gift|vouchers?|cooler|yeti|peloton|airpods|ipad|iphone|apple watch|headphones|kindle|drone|(?:steak|team|fancy|nice) dinner|hotel|flights?|doordash|uber ?eats|amazon|whisky|whiskey|wine|champagne|hamper|spa|golf|courtside|box seats?|cash|\$\d[\d,]*|£\d[\d,]*|€\d[\d,]*)`;
const GIFT_VERB = String.raw`(?:send|get|give|buy|cover|comp|treat|shout|fly|ship|mail|gift|donate|transfer|pay)`;
const MEETING_GIFT_KEYWORDS = String.raw`'ticket', 'passes', 'gift', 'voucher', 'cooler', 'yeti', 'peloton', 'airpods', 'ipad', 'iphone', 'apple watch', 'headphones', 'kindle', 'drone', 'dinner', 'hotel', 'flight', 'doordash', 'uber', 'amazon', 'whisk', 'wine', 'champagne', 'hamper', 'spa', 'golf', 'courtside', 'box seat', 'cash', '$', '£', '€'`;
/** What a rep says will disappear: the offer, the price, the slot. */
/** A price held or changed for its stated reason ("as that's when our supplier prices change"): an honest notice, for both deadline rules. */
const PRICE_REASON_1 = String.raw`      - '\b(?:which|that|this) is when (?:our|the) (?:new )?(?:catalogue|catalog|price list|prices|rates|tariff|tariffs|pricing|list prices?)\b (?:takes effect|take effect|comes? into effect|starts?|changes?|goes live|go live|applies|apply)\b'`;
const PRICE_REASON_2 = String.raw`      - '\b(?:as|because|since) (?:that''s|that is|this is|it''s|it is) when (?:our|the|their) (?:[\w-]+ ){0,2}(?:prices?|rates?|costs?|tariffs?|terms|price list) (?:change|changes|go up|goes up|increase|increases|rise|rises|reset|resets|are reset|is reset|are updated|is updated)\b'`;
const OFFER = String.raw`(?:offer|offers|deal|deals|discount|discounts|price|prices|pricing|promo|promotion|rate|rates|special|terms|quote|incentive|credit|credits|bonus|savings|package|bundle|early-bird rate|founder''s discount)`;

/** A time bound on a demand: by Friday, before the quarter closes, no later than the 30th. */
const BY = String.raw`(?:by|before|no later than|ahead of|prior to) (?:${WHEN}|the (?:weekend|holidays|quarter|month|year|week)(?: (?:closes|ends|is out|is over|is up|wraps up))?|(?:month|quarter|year)[- ](?:end|close)|q[1-4](?: close| end)?|close of play|(?:the )?end of next (?:week|month|quarter)|(?:your|the|our) (?:next )?(?:board meeting|budget meeting|planning meeting|qbr|renewal date|fiscal year-end|year-end))`;

/** A decision the prospect is pushed to make: decide, commit, sign (not sign in/up), the green light. */
const DECIDE = String.raw`(?:decid(?:e|es|ed|ing)|decision|commit(?:s|ted|ting|ment)?|sign(?:s|ed|ing)?(?! (?:in|up|into|out)\b)|signature|sign-off|sign off|finali[sz](?:e|es|ed|ing)|green light|go-ahead|go ahead|make (?:the|a|your) call|pull the trigger|mov(?:e|ing) forward|make it official|lock(?:ing)? (?:this|it) in|confirm (?:the|your) (?:order|purchase|deal|contract|agreement|subscription|renewal))`;

/** The rep's calendar, onboarding or implementation capacity. */
const CAPACITY = String.raw`(?:slot|slots|spot|spots|seat|seats|place|window|date|start date|kickoff|kick-off|onboarding|implementation|go-live|opening|availability|time)`;

/** What a rep promises the product will do (verbs after "you'll", "your team will"). */
const OUTCOME = String.raw`(?:close|double|triple|quadruple|\d+x|increase|boost|grow|hit|crush|beat|exceed|smash|save|book|win|cut|halve|lift|jump|go up|improve|skyrocket|explode|see (?:a |an |\d|roi|results|more|the same|similar|huge|big|massive|real)|get (?:more|\d|twice|three|the same)|generate|add|make back|pay for|outperform|sell more)`;

/**
 * A sentence with no pressure cue in it: no exclamation mark, no call to act now, no loss or
 * regret, no countdown in hours, no vague "soon" where a notice would give the date. The
 * informational exceptions below (a trial, a survey or a contract notice that ends on a date; a
 * price-change notice) hold only in such a sentence, so "your trial ends Friday, upgrade now or
 * lose your data" still fires.
 */
const CALM = String.raw`^(?![^\n]*(?:!|\b(?:act|acting|hurry|rush|miss out|missing out|don''t miss|do not miss|lose|losing|lost|too late|last chance|now or never|lock (?:in|it in|this in)|grab|snap (?:it|this|them) up|secure (?:your|it|this)|or else|regret|shame|quickly|asap|immediately|soon|shortly|any day now|won''t last|(?:spots?|seats?|places?) left|while (?:you|it|they|supplies|stocks?) (?:still )?(?:can|last|lasts)|tonight|in (?:\d+|a few|two|three|24|48|72) (?:hours?|hrs?|minutes?|mins?)|(?:upgrade|sign|buy|order|book|commit|decide|register|reply|respond|confirm|renew) (?:now|today|asap|immediately|right away)|unless you (?:act|upgrade|sign|buy|commit|decide|reply|respond|confirm|renew))\b))`;

/** Something that ends, expires or closes as a matter of fact (a trial, a survey, a contract's notice window), not an offer. */
const FACTUAL_END = String.raw`${CALM}[^\n]*\b(?:(?:free )?trial|pilot|beta|survey|poll|questionnaire|card|certificate|licen[cs]e|notice (?:period|window)|form|warranty|subscription|programme|program|module|access|link|token|password|invoice|maintenance|migration|cut-?over|enrol?ment|application|submissions?|call for (?:papers|speakers|proposals)|nominations?|voting|registrations?|sign-?ups?|rsvps?|sandbox|agreement|contract|term|version|release|firmware|support)s?\b[^.!?\n]{0,40}\b(?:ends?|ending|expires?|expiring|closes?|closing|runs out)\b`;

/** An early-bird rate or registration that closes, said plainly: an event's ordinary pricing, not a threat. */
const EARLY_BIRD = String.raw`${CALM}[^\n]*\bearly[- ]bird (?:rate|rates|price|prices|pricing|tickets?|registration|discount)\b`;

/** The reader's current price kept until a date ("the current price stays valid until the end of your contract"): a protection, not a threat. */
const PRICE_HELD = String.raw`${CALM}[^\n]*\b(?:current|existing|your|today''s) (?:price|prices|pricing|rate|rates|terms|discount)\b[^.!?\n]{0,30}?\b(?:stays?|remains?|will stay|will remain|is kept|are kept|continues?|is protected|are protected|is locked|is fixed) (?:valid |in place |unchanged |the same |locked |protected |fixed )?(?:until|through|till|for the rest of)\b`;

/** The reader's own question about price changes, quoted before its answer ("4. Will prices change after the first year?"). */
const PRICE_QUESTION = String.raw`^\s*(?:\d{1,2}[.)]\s*|[-*•]\s*)?(?:will|would|do|does|can|could|is|are) (?:the |your |our )?(?:prices?|pricing|fees?|rates?) (?:change|increase|rise|go up|be adjusted|be changed|be increased)\b[^.!?\n]*\?`;

/** A plain notice of a change of price or terms and when it applies (a subject line or its opening). */
const CHANGE_NOTICE = String.raw`${CALM}\s*(?:re: |fyi: |notice: |heads-up: )?(?:upcoming |planned |annual )?(?:price|pricing|fee|rate|payment terms?|terms?) (?:change|changes|increase|update|adjustment)s?(?: notice)? (?:from|on|as of|effective|starting|for orders (?:placed )?(?:from|after))\b`;

/** A price or terms change told as published news ("as announced", "on our website"): information, not pressure. */
const PUBLISHED = String.raw`\b(?:as (?:we |i )?(?:announced|communicated|published|shared|posted)|(?:we|i)(?:''ve| have)? (?:announced|published|communicated|posted)|(?:on|per|see|in) our (?:website|site|pricing page|price list|blog|newsletter)|our (?:website|pricing page|price list) (?:explains|lists|shows|has|says))\b`;
/**
 * The writer releases the reader from a date ("no need to rush", "take your time", "with plenty of
 * notice"): a deadline rule's match within 400 characters of one is an honest notice, not pressure.
 * "No pressure, but…" is left out on purpose: it is how pressure is often introduced.
 */
const RELEASE_CONTEXT = String.raw`    context:
      not_near:
        - 'don''t rush'
        - 'do not rush'
        - 'no need to rush'
        - 'no need to hurry'
        - 'not in a rush'
        - 'not in any rush'
        - 'no hard deadline'
        - 'no firm deadline'
        - 'there''s no deadline'
        - 'there is no deadline'
        - 'take your time'
        - 'won''t rush'
        - 'don''t feel rushed'
        - 'do not feel rushed'
        - 'don''t feel any pressure'
        - 'plenty of notice'
        - 'advance notice'
        - 'as much notice as'
        - 'if that''s too tight'
        - 'if that is too tight'
        - 'if that''s too soon'
        - 'simply start later'
        - 'just start later'
        - 'happy to start later'
        - 'i can extend it'
        - 'we can extend it'
        - 'happy to extend it'
        - 'glad to extend it'
        - 'can easily extend it'
        - 'quote both'
        - 'both versions side by side'
        - 'side by side'
      window: 400`;

/**
 * A graceful follow-up release ("I won't chase again", "I'll stop emailing", "I'll close things out on
 * my side"): a follow-up count or a "since I haven't heard back" within 300 characters of one is a
 * polite break-up email, not guilt.
 */
const FOLLOWUP_RELEASE_LIST = String.raw`        - 'won''t chase'
        - 'will not chase'
        - 'won''t keep writing'
        - 'won''t keep emailing'
        - 'won''t keep chasing'
        - 'won''t keep following up'
        - 'won''t write again'
        - 'won''t email again'
        - 'won''t follow up again'
        - 'won''t be following up'
        - 'won''t trouble you again'
        - 'won''t bother you again'
        - 'stop emailing'
        - 'stop writing'
        - 'stop chasing'
        - 'stop following up'
        - 'stop reaching out'
        - 'last note from me'
        - 'last email from me'
        - 'close things out on my side'
        - 'close things out at my end'
        - 'close things off on my side'
        - 'door is open'
        - 'door is always open'
        - 'door''s open'
        - 'door''s always open'
        - 'out of your inbox'
        - 'not write again'
        - 'not email again'
        - 'not follow up again'
        - 'close my file'
        - 'close the file'
        - 'close your file'
        - 'leave you in peace'
        - 'go quiet'
        - 'take silence as a no'
        - 'be my last note'
        - 'is my last note'
        - '''s my last note'
        - 'be the last note'
        - 'is the last note'
        - 'last note from'
        - 'be my last email'
        - 'is my last email'
        - '''s my last email'
        - 'be the last email'
        - 'is the last email'
        - 'last email from'
        - 'be my last message'
        - 'is my last message'
        - '''s my last message'
        - 'be the last message'
        - 'is the last message'
        - 'last message from'
        - 'step back for now'
        - 'i''ll step back'
        - 'stepping back'
        - 'how full inboxes get'
        - 'not follow up further'
        - 'not follow up any further'
        - 'not be following up'
        - 'not reach out again'
        - 'not contact you again'
        - 'not be the right time'
        - 'not the right time for'
        - 'stop here'
        - 'close this on my side'
        - 'close this out on my side'
        - 'take the hint'
        - 'no problem at all'
        - 'completely okay'
        - 'priorities shift'
        - 'i''ll leave it'
        - 'leave it there'
        - 'isn''t the right fit'
        - 'not the right fit'
        - 'than anyone wants'
`;
const FOLLOWUP_RELEASE = String.raw`    context:
      not_near:
${FOLLOWUP_RELEASE_LIST}      window: 300`;

/** A follow-up count released at once ("…and haven't heard back, which is completely fine"): a gracious close, not guilt. */
const GRACIOUS = String.raw`\binstead of (?:another|one more|yet another) (?:"|“)?(?:just checking in|check-in|follow-?up|bump|nudge|reminder)|\bi(?:''ll| will) (?:just )?assume (?:now|this|that|the timing|it) (?:isn''t|is not|wasn''t|was not) (?:the )?(?:right|best|a good) (?:time|timing|moment)\b|\b(?:which|and that|that)(?:''s| is) (?:completely|totally|perfectly|absolutely|entirely) (?:fine|ok|okay|understandable)\b|\bwhich i (?:completely|totally|fully|entirely|absolutely) understand\b|\b(?:don''t|do not) want to (?:keep )?(?:fill|clog|crowd|clutter|flood)(?:ing)?(?: up)? your inbox\b|\bno need to (?:reply|respond)\b|\bwhich (?:usually|probably|normally|often|likely|generally|tends to) means?\b[^.!?\n]{0,40}\b(?:timing|priority|not a fit|not right|isn''t right|bad time|busy)|\b(?:totally|completely|fully|entirely) understood\b|\bi(?:''ll| will) (?:stop|stop following up|stop reaching out|leave it (?:there|here))\b|\b(?:this will be|this is) my last (?:note|email|message)\b[^.!?\n]{0,40}\b(?:door|welcome|happy|glad|whenever)|\b(?:i )?(?:won''t|will not) (?:chase|keep (?:writing|emailing|chasing|following up)|write again|email again|follow up again)\b|\b(?:and|i''ll|i will) stop (?:emailing|writing|chasing|following up|reaching out)\b|\b(?:i''ll|i will|so i''ll) (?:assume|take it) (?:that )?(?:the )?(?:timing|now) (?:isn''t|is not|may not be|might not be) (?:quite )?(?:right|ideal|great|good)\b|\b(?:and|so i''ll|i''ll|i will) (?:stop|leave it) (?:here|there)\b`;
/** An honest event logistics condition ("if your plans change, … we can offer the place to the waiting list"). */
const PLANS_CHANGE = String.raw`\bif (?:your plans change|you can(?:''t|not) (?:make it|attend|come)|you can no longer (?:make it|attend|come)|you need to cancel)\b`;
/** A price change stated with its size ("is increasing by 5% from 1 January"): a notice, not a threat. */
const PRICE_CHANGE_STATED = String.raw`\b(?:list )?(?:price|prices|pricing|rate|rates|fee|fees)\b[^.!?\n]{0,40}\b(?:is|are|will be) (?:increasing|rising|going up|changing) by (?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:%| percent| per cent)|\b(?:price|prices|pricing|rate|rates|fee|fees)\b[^.!?\n]{0,60}\bwill (?:increase|rise|go up|change) from\b[^.!?\n]{0,40}\bto\b|\ban increase of (?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:%| percent| per cent)|\b(?:price|prices|pricing|fee|fees|rate|rates|plan|subscription)\b[^.!?\n]{0,50}\b(?:will |is going to |are going to |is set to |are set to )?(?:increase|rise|go up|goes up|rises|increases|change|changes)\s+by (?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:%| percent| per cent)|\bprice (?:increase|change|rise|adjustment)s? (?:notice|notification|letter|confirmation)\b|^\s*(?:confirming (?:the |our )?)?(?:annual |\d{4} )?price (?:increase|change|adjustment)s?\b(?: notice| for \d{4}|\s*[—–:-]\s*what)|\b(?:list )?(?:price|prices|pricing|rate|rates|fee|fees)\b[^.!?\n]{0,30}\b(?:increases?|rises?|goes up|changes?) by (?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(?:%| percent| per cent)[^.!?\n]{0,60}\b(?:as (?:set out|stated|agreed|noted|described)|in (?:the|your|our) (?:renewal )?(?:notice|contract|agreement|letter|terms))`;
/** "There are no price changes this year." */
/**
 * A limited-time offer the sentence disowns ("Limited-time offers aren't really how we work", "This
 * isn't a limited time deal"), with no "but" that brings one back.
 */
const NOT_LIMITED_TIME = String.raw`^(?![^\n]*\b(?:but|except|however|though|unless)\b)[^\n]*(?:\b(?:isn''t|is not|aren''t|are not|not|no|never|don''t (?:do|run|offer|use)|do not (?:do|run|offer|use)|won''t (?:do|run|offer|use))\b[^.!?\n]{0,30}\blimited[- ]time\b|\blimited[- ]time (?:offers?|deals?|discounts?|pricing|promotions?)\b[^.!?\n]{0,12}\b(?:aren''t|are not|isn''t|is not)\b[^.!?\n]{0,25}\b(?:how we|what we|our (?:style|thing|approach|model|way)|something we|part of)\b)`;
/** Sympathy for the reader about a change, not a threat: "I know nobody enjoys a price increase", "no one likes a renewal surprise". */
const NOBODY_LIKES = String.raw`${CALM}[^\n]*\b(?:nobody|no one|no-one|none of us)\b[^.!?\n]{0,30}\b(?:likes?|enjoys?|wants?|welcomes?|looks? forward to|is happy about|loves?)\b`;
/** "our first price change in three years": how long it has been, not when it takes effect. */
const FIRST_IN_YEARS = String.raw`${CALM}[^\n]*\b(?:first|only|second) (?:[\w-]+ ){0,2}(?:changes?|increases?|rises?|adjustments?|updates?) in (?:\w+ )?(?:years?|months|decades?)\b`;
const NO_PRICE_CHANGE = String.raw`\bno (?:price|pricing|rate|fee) (?:changes?|increases?|rises?)\b`;
/** Before a demand: the writer releases the reader from it ("don't feel you have to reply today"). */
const RELEASED = String.raw`(?<!\b(?:don''t|do not|never|doesn''t) feel (?:like )?)`;
/** How a rep says they will go to someone above the reader (tone.escalation-over-head): contact, inform, cc, take it up with. */
const ESC_VERB = String.raw`(?:contact|call|phone|ring|e-?mail|mail|write (?:directly )?to|write an? (?:e-?mail|mail|letter|note) to|reach out (?:directly )?to|reach|speak (?:directly )?(?:to|with)|talk (?:directly )?(?:to|with)|go (?:directly |straight )?(?:to|over your head to|above you to)|escalate (?:this |it |the matter |things )?(?:to|with)|inform|tell|notify|involve|copy|cc|cc''ing|ccing|copying|loop in|bring in|approach|complain to|take (?:this|it|the matter|things) (?:up )?(?:with|to)|raise (?:this|it|the matter) with|send (?:this|it|my (?:e-?mails?|mails?|proposal|offer)) to|forward (?:this|it|my (?:e-?mails?|mails?|proposal|offer)) to|discuss (?:this|it|the matter) with|report (?:this|it|you) to|address (?:this|it|my (?:e-?mails?|mails?|offer)) to)`;
/** Someone above the reader (tone.escalation-over-head): boss, director, CEO, board, head office. */
const ESC_ROLE = String.raw`(?:cfo|ceo|coo|cto|cio|cmo|cro|md|managing director|boss|big boss|manager|line manager|supervisor|superiors?|director|directors|vp|svp|evp|head of [\w-]+(?: [\w-]+)?|board|chair(?:man|woman)?|founder|owner|company owner|president|gm|general manager|higher-ups?|leadership(?: team)?|management|senior management|top management|executive team|exec team|chief executive|chief [\w]+ officer|team lead|team leader|department head|head office|headquarters|hq)`;
/** What the reader is said to be remembered for (tone.fear-appeal): letting it slip, passing, saying no. */
const LET_SLIP = String.raw`(?:let (?:it|this|that|the [\w-]+|(?:an?|this|that|the) (?:[\w-]+ )?(?:opportunity|chance|deal|saving|savings)) (?:slip|go|pass|get away)|missed (?:it|this|the (?:boat|chance|opportunity))|passed on (?:it|this|us)|turned (?:it|this|us) down|said no(?: to (?:it|this|us))?|dropped the ball|blew (?:it|this)|fumbled (?:it|this)|cost (?:the|your) (?:company|business|firm|team)|ignored (?:it|this|the warnings)|walked away|sat on (?:it|this)|slept on (?:it|this)|held (?:things|it|this) (?:up|back)|killed (?:it|this))`;
/**
 * The sentence model's least probability for a hit of these rules to count (rules/schema.ts
 * `corroborate`). Bribes, kickbacks and going around the buyer's own process carry none: their
 * patterns are narrow, the model has seen few of them, and a reviewer must see every one.
 */
const CORROBORATE = 0.1;
/** A contract's fixed-price, notice or introductory period ending on its date ("Your fixed-price period ends 31 August"): a fact of the contract, for both deadline rules. */
const PRICE_PERIOD_ENDS = String.raw`\b(?:fixed[- ]price|price[- ]lock|rate[- ]lock|price[- ]protection|price[- ]guarantee|introductory|notice|minimum|initial|lock-in) (?:period|term|window)\b[^.!?\n]{0,20}\b(?:ends|expires|runs out|closes|ending)\b|\b(?:price|rate)[- ]lock (?:ends|expires|runs out) (?:with|at the end of|when) (?:this|the|your) (?:term|contract|renewal|agreement)\b`;

/** A decision disowned ("Neither is something you need to decide now"), for the demand and deadline rules. */
const NO_DECISION_NEEDED = String.raw`\b(?:neither|none|nothing|no part)(?: of (?:this|these|them|it|those))? (?:is|are) (?:something|anything) (?:you )?(?:need|have) to decide (?:now|today|yet|on)\b|\b(?:don''t|do not|doesn''t|does not|won''t|will not) (?:need|have) to decide (?:now|today|yet|anything|this|on)\b|\bno need to decide (?:now|today|yet|anything)\b`;

/** A debt disowned ("please don't feel you owe me a reply", "you owe us nothing"), for both debt rules. */
const DEBT_DISOWNED = String.raw`\b(?:don''t|do not|never|no need to|shouldn''t|should not|won''t)(?: [\w'']+){0,2} feel (?:like )?(?:you|your team) owe\b|\byou owe (?:us|me|anyone|anybody) (?:nothing|no (?:reply|response|answer|explanation|apology|favou?rs?))\b|\bowe (?:us|me) nothing\b|\bwithout (?:you )?owing (?:us|me)\b`;

/** Keeping a conversation small offered as the reader's choice ("…, or would you rather keep it between us for now?"), for both secrecy rules. */
const KEEP_IT_BETWEEN_US = String.raw`\bor would you (?:rather|prefer) (?:to )?keep (?:it|this) between us(?: for now)?\s*\?`;

export const TONE_PACK = String.raw`
pack: tone
description: 'Pressure, manipulation, guarantees and shouting.'
rules:
  - id: tone.deadline-pressure
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    not_in: [workflow]
    keywords:
      - 'expir'
      - 'ends'
      - 'ending'
      - 'will end'
      - 'gone'
      - 'go away'
      - 'goes away'
      - 'going away'
      - 'disappear'
      - 'vanish'
      - 'last chance'
      - 'last opportunity'
      - 'last call'
      - 'last day'
      - 'last hour'
      - 'last notice'
      - 'last offer'
      - 'last warning'
      - 'last reminder'
      - 'final'
      - 'won''t last'
      - 'will not last'
      - 'won''t be'
      - 'will not be'
      - 'runs out'
      - 'run out'
      - 'going up'
      - 'goes up'
      - 'go up'
      - 'increase'
      - 'jump'
      - 'closes'
      - 'close '
      - 'closing'
      - 'off the table'
      - 'act '
      - 'now or never'
      - 't wait'
      - 'not wait'
      - 't delay'
      - 'not delay'
      - 't hesitate'
      - 'not hesitate'
      - 'hurry'
      - 'running out'
      - 'clock'
      - 'time-sensitive'
      - 'time sensitive'
      - 'too late'
      - 'only valid'
      - 'only available'
      - 'only good'
      - 'only open'
      - 'valid only'
      - 'limited'
      - 'once in a lifetime'
      - 'once-in-a-lifetime'
      - 'lock in'
      - 'lock it in'
      - 'lock this in'
      - 'lock that in'
      - 'hold th'
      - 'hold y'
      - 'keep th'
      - 'honor th'
      - 'honour th'
      - 'extend th'
      - 'guarantee th'
      - 'end-of'
      - 'end of the quarter'
      - 'end of quarter'
      - 'end of the year'
      - 'end of year'
      - 'end of the month'
    patterns:
      - {regex: '(?:^|[.!?]\s+)no (?:extensions?|exceptions|excuses|second chances|grace period|late (?:signatures|submissions|entries|returns))(?: (?:will be|can be|are) (?:granted|made|given|accepted|possible))?\s*(?:[.!]|$)', keywords: ['no extension', 'no exceptions', 'no excuses', 'no second chances', 'no grace period', 'no late']}
      - {regex: '\b(?:need|needs|must have|require|expect) (?:your |a |an |the )?(?:straight|clear|firm|final|definite|quick|simple) (?:answer|decision|yes or no|yes/no|reply|response|commitment|go-ahead|yes)(?: or no)?(?: from you)? (?:by|before|no later than|today|tonight|asap|immediately|eod|cob)\b', keywords: ['straight', 'clear', 'firm', 'final', 'definite', 'quick', 'simple']}
      - {regex: '\b(?:otherwise|or else|if not)\b[^.!?\n]{0,60}\b(?:the )?(?:price|prices|pricing|rate|rates|quote|offer|terms)\b[^.!?\n]{0,20}\b(?:will|would|is going to|are going to) (?:be different|change|go up|increase|rise|no longer (?:apply|stand|be valid))\b', keywords: ['otherwise', 'or else', 'if not']}
      - {regex: '\bif (?:you |we )?(?:do not|don''t|can''t|cannot|fail to|didn''t) (?:order|sign|buy|book|commit|confirm|decide|act|place (?:the|an|your) order|go ahead)\b[^.!?\n]{0,30}\b(?:this week|today|tonight|tomorrow|by (?:friday|monday|the end of)|now|this month|before)\b[^.!?\n]{0,60}\b(?:price|prices|pricing|rate|rates|cost|quote)\b[^.!?\n]{0,40}\b(?:go(?:es)? up|will (?:go up|rise|increase|jump|double|change)|rises?|increases?|jumps?|doubles?)\b', keywords: ['if you', 'if we']}
      - '\b(?:offer|offers|deal|deals|discount|discounts|price|prices|pricing|promo|promotion|rate|rates|bonus|incentive|savings|special|terms|quote|proposal|spot|seat|slot|window|opportunity|invitation|invite|trial|credit|credits|package|bundle)(?: (?!(?:not|never|doesn''t|don''t|won''t|isn''t|aren''t|didn''t|can''t|cannot|no)\b)[\w''-]+){0,4}? (?:ends|end|ending|expires?|expiring|runs out|run out|goes away|go away|is going away|are going away|disappears?|disappearing|vanish(?:es)?|is gone|will be gone|won''t last|will not last|(?:is|are) only (?:valid|available|good|open)|(?:is|are) valid only|(?:goes|go|is going|are going) up|increase|increases(?! (?:are|were|have|had|can|could|would|should|stay|remain|of)\b)|will increase|(?:is|are) increasing|jumps?|won''t be (?:available|around|here|on the table)|will not be (?:available|around|on the table)|closes?(?! to\b)|(?:is|are) closing|(?:is|are|will be) off the table|(?:is|are) limited(?! to))\b(?: (?:at |by |on |in |as of )?(?:today|tonight|tomorrow|midnight|noon|this (?:friday|week|weekend|month|quarter|afternoon|evening)|end of (?:the )?(?:day|week|month|quarter|year|business)|eod|eow|eom|eoq|cob|close of business|in (?:\d+|a|one|two|three|a few|24|48|72) (?:hours?|hrs?|days?|minutes?|mins?)|(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|shortly|at midnight)\b)?'
      - '\b(?:expires?|expiring|ends|ending|closes?|gone|disappears?|goes away|disappearing|vanishes|(?:goes|go) up|increases?) (?:at |by |on |as of |after )?(?:today|tonight|tomorrow|midnight|noon|this (?:friday|week|weekend|month|quarter|afternoon|evening)|end of (?:the )?(?:day|week|month|quarter|year|business)|eod|eow|eom|eoq|cob|close of business|in (?:\d+|a|one|two|three|a few|24|48|72) (?:hours?|hrs?|days?|minutes?|mins?)|(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|shortly|at midnight)\b'
      - '\b(?:only|just) (?:valid|available|good|open) (?:until|till|through|thru) (?:today|tonight|tomorrow|midnight|noon|this (?:friday|week|weekend|month|quarter|afternoon|evening)|end of (?:the )?(?:day|week|month|quarter|year|business)|eod|eow|eom|eoq|cob|close of business|in (?:\d+|a|one|two|three|a few|24|48|72) (?:hours?|hrs?|days?|minutes?|mins?)|(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|shortly|at midnight)\b'
      - '\b(?:last|final) (?:chance|opportunity|hours?|notice|offer|warning|reminder)\b(?! (?:to (?:join|register|rsvp) (?:the|our) (?:webinar|event|session)))'
      - '(?<!\b(?:our|my|your|on|since|after|from|the) )(?<![''’]s )\b(?:last|final) (?:call|day)\b(?! (?:to (?:join|register|rsvp) (?:the|our) (?:webinar|event|session)))'
      - '\bact (?:now|fast|quickly|today|immediately|soon|before)\b'
      - '\bnow or never\b'
      - '(?<!\b(?:that|which|who|entries|entry|tasks|jobs|things) )\b(?:don''t|do not) (?:wait|delay|hesitate (?:any longer|too long))\b(?! (?:to|for) (?:reach|ask|let|ping|get))'
      - '\bhurry(?: up)?\b'
      - '\btime is running out\b'
      - '\brunning out of time\b'
      - '\b(?:the )?clock is ticking\b'
      - '\btime[- ]sensitive\b'
      - '\bbefore it''?s too late\b'
      - '\bbefore it is too late\b'
      - {regex: '\bbefore (?:it''s|it is|they''re|they are|prices?|pricing|the (?:price|offer|discount|deal)) (?:gone|go up|goes up|increase|increases|change|changes|expire|expires|ends?)\b', keywords: ['before it', 'before they', 'before price', 'before pricing', 'before the price', 'before the offer', 'before the discount', 'before the deal']}
      - {regex: '\bwhile (?:it|they|supplies|stocks?|spots|seats|availability) lasts?\b', keywords: ['while it', 'while they', 'while supplies', 'while stock', 'while spots', 'while seats', 'while availability']}
      - {regex: '\bwhile you still can\b', keywords: ['while you still']}
      - {regex: '\b(?:today|this week|one day|24 hours|this weekend) only\b', keywords: ['today only', 'week only', 'day only', 'hours only', 'weekend only']}
      - {regex: '(?<!-)\bonly (?:today|this week)\b', keywords: ['only today', 'only this week']}
      - '\blimited[- ]time\b'
      - '\bonce[- ]in[- ]a[- ]lifetime\b'
      - '\b(?:won''t|will not) last (?:long)?\b'
      - '\block (?:in|it in|this in|that in) (?:\w+ ){0,3}(?:before|now|today|while)\b'
      - '\b(?:can''t|cannot|won''t|will not|can no longer|unable to) (?:hold|keep|guarantee|extend|honor|honour) (?:this|the|that|your|these) (?:price|pricing|offer|discount|rate|deal|spot|slot|seat|terms)\b'
      - '\bend[- ]of[- ](?:the[- ])?(?:quarter|year|month)[- ](?:pricing|discount|deal|offer|special|promotion)\b'
      - {regex: '\b(?:need|needs|must have|require|expect) (?:your |a |an |the )?(?:answer|decision|signature|reply|response|commitment|sign-?off|go-?ahead|yes|confirmation|signed contract|po|purchase order)(?: or no| one way or the other)? (?:by|before|no later than|within|today|tonight|asap|immediately|eod|cob|end of)\b', keywords: ['answer', 'decision', 'signature', 'reply', 'response', 'commitment', 'sign-off', 'signoff', 'go-ahead', 'go ahead', 'yes', 'confirmation', 'signed contract', 'po ', 'purchase order']}
      - {regex: '\b(?:reply|respond|sign|signed|approved|done|back to me|decide|confirm|commit|book|buy|purchase|order|act|get back to me|let me know|answer|register) (?:by|before|no later than) (?:today|tonight|tomorrow|eod|cob|end of (?:the )?(?:day|business)|midnight|noon)\b', keywords: ['by today', 'by tonight', 'by tomorrow', 'by eod', 'by cob', 'by end', 'by midnight', 'by noon', 'before today', 'before tonight', 'before tomorrow', 'before eod', 'before end', 'before midnight', 'no later']}
      - {regex: '\b(?:reply|respond|decide|act|confirm|commit|get back(?: to me)?|answer|register)(?: to (?:me|us|this))? (?:within (?:the next )?(?:\d+|twelve|twenty-four|forty-eight|a few) (?:hours?|hrs?|minutes?|mins?)|immediately|right away|right now|asap|today|tonight|now)\b', keywords: ['reply', 'respond', 'decide', 'act ', 'confirm', 'commit', 'get back', 'answer', 'register']}
      - {regex: '(?<!\b(?:anything|something|nothing|anything else|something else) )\burgent(?:ly)?\b(?![- ](?:[\w-]+ )?care\b| (?:issues?|questions?|requests?|matters?|tickets?|cases?|needs?|fix(?:es)?|bugs?|problems?|incidents?|support)\b)', keywords: ['urgent']}
      - {regex: '\b(?:respond|reply|act|decide|sign) immediately\b', keywords: ['immediately']}
      - {regex: '\bonly (?:hold|keep|honou?r|guarantee|offer|extend) (?:this|the|that|these|your) (?:rate|price|pricing|quote|offer|discount|deal|spot|slot|seat|terms)\b', keywords: ['only hold', 'only keep', 'only honor', 'only honour', 'only guarantee', 'only offer', 'only extend']}
      - {regex: '\b(?:can''t|cannot|can not|won''t be able to|will not be able to|may not be able to) (?:promise|guarantee|hold|keep) (?:this|that|it|we|you|the)(?:''ll| will| would)? ?(?:still )?(?:be available|have (?:capacity|room|space|availability|a slot|a spot)|last|be (?:here|around|open))', keywords: ['t promise', 'not promise', 't guarantee', 'not guarantee', 't hold', 'not hold', 't keep', 'not keep', 'able to', 'cannot promise', 'cannot guarantee', 'cannot hold', 'cannot keep']}
      - {regex: '\b(?:decide|reply|respond|commit|confirm|answer)(?: [\w'']+){0,3} by [^.!?\n]{1,40}? or (?:we|i|the (?:offer|price|discount|deal|slot|spot))\b', keywords: ['decide', 'reply', 'respond', 'commit', 'confirm', 'answer']}
      - {regex: '\bor we(?:''ll| will)? move on\b', keywords: ['move on']}
      - {regex: '\bmove on to the next (?:company|customer|prospect|team)\b', keywords: ['move on']}
    exceptions:
      # A place closing for a switch-over: "Your office closes Friday on Open Dental and opens Monday on Ourco" (thirty-eighth session, XB).
      - '\b(?:office|offices|practice|practices|clinic|clinics|store|stores|shop|site|sites|branch|branches|warehouse|plant|school|restaurant|hotel|building|front desk)s? (?:closes|close|opens|open) (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b[^.!?\n]{0,60}\b(?:opens|open|reopens|reopen|closes|close)\b'
      # What a system does on its own schedule: "The sandbox resets every night at 02:00 UTC, so anything you create today will be gone tomorrow morning".
      - '\b(?:sandbox|test (?:environment|tenant|instance)|demo (?:environment|tenant|instance|account)|staging|cache|temp(?:orary)? files?|trial data)\b[^.!?\n]{0,60}\b(?:resets?|is reset|gets reset|wiped|is wiped|cleared|is cleared|deleted|purged|refreshe[sd])\b'
      # A numbered quote's validity: "the quote I sent on March 3 (Q-2025-0288 …) expires Friday".
      - '\bquotes? (?:#|no\.? ?|number |ref\.? ?)?[a-z]{0,4}-?\d[\w-]*\b[^.!?\n]{0,80}\b(?:expires?|valid until|valid through|lapses?)\b|\b(?:expires?|valid until|valid through|lapses?)\b[^.!?\n]{0,40}\bquote (?:#|no\.? ?|number |ref\.? ?)?[a-z]{0,4}-?\d'
      # A one-time link or code that lapses: "I've triggered a reset link…; it expires in 30 minutes".
      - '\b(?:reset|sign-?in|log-?in|login|verification|magic|invite|invitation|activation|confirmation|one-time|download|access|password|security|mfa|2fa|otp) (?:link|code|token|url|e-?mail|pin)s?\b[^.!?\n]{0,80}\b(?:expires?|expiring|valid (?:for|until))\b'
      # An incident's urgency: "Urgent: BACS file rejected – please re-approve by 15:00".
      - '\burgent\b[^\n]{0,80}\b(?:${INCIDENT_WORDS}|rejected|failed|failure|error|down|breach|vulnerability)\b|\b(?:${INCIDENT_WORDS}|rejected|failed|failure|error|breach|vulnerability)\b[^\n]{0,80}\burgent\b'
      # Pressure named as a warning sign, not applied: "Is there pressure to act quickly, keep something secret or bypass a process?".
      - '\b(?:pressure|pressured|pressuring|urged|urging|tricked|tricking|rushed|rushing|manipulated|manipulating|red flags?|warning signs?)\b[^.!?\n]{0,30}\bto act\b'
      - '\b(?:until|till|up to|right up to|at|in) the (?:very )?last hour\b'
      - '\bnothing (?:\w+ )?to (?:\w+ (?:or|and) )?(?:hurry|rush)\b'
      - '${PRICE_RISE_TOLD}'
      - '${PRICE_NOT_GONE}'
      - '${CAPPED_RISE}'
      - '\b(?:questions|clarifications|clarification questions|submissions|the tender|the rfp|the rfq|the portal|bids|applications|registrations?|nominations|entries|the consultation) (?:close|closes|closing|shut|shuts)\b'
      - '\b(?:nothing|not|no|never|none|isn''t|aren''t|won''t)\b[^.!?\n]{0,40}?["“'']?(?:today[- ]only|one[- ]day[- ]only|limited[- ]time)'
      - '${PRICE_PERIOD_ENDS}'
      - '\bgive (?:them|those (?:contacts|subscribers|customers|users|people)|subscribers|customers|users|people|lapsed [\w]+) (?:one )?(?:a )?last chance\b'
      - '\b(?:schedule|set|choose|pick|configure) (?:your |the )?(?:promo |sale |discount |special |holiday )?(?:prices?|discounts?|promos?|promotions?|sales?|offers?) to (?:start and end|start|end|expire)\b'
      - '["“‘](?:final|last) (?:notice|reminder|warning|chance|call|offer)["”’]'
      - '\burgent (?:wording|language|tone|phrasing|subject lines?|warnings?|banners?|messages? (?:about|asking|claiming|demanding|saying)|requests? (?:for|to))\b'
      - '\b(?!(?:this|us|as|is|yes|perhaps|thus|always|plus|was|its|his|hers|ours|yours|unless|less|regardless|let''s|lets)\b)[a-z]{3,}s (?:don''t|do not) (?:wait|delay)\b'
      - '\b(?:nothing|none of (?:this|it|these|them)|no part of (?:this|it))\b[^.!?\n]{0,40}\b(?:is|are|was|feels)\b[^.!?\n]{0,10}\btime[- ]sensitive\b|\b(?:isn''t|is not|aren''t|are not|wasn''t|not)(?: [\w'']+){0,2} time[- ]sensitive\b'
      - '${yamlQuoted(NOT_TO_HURRY)}'
      - '\b(?:the )?last hour of (?:the|every|each|their|your|a) (?:day|shift|week|session|workday)\b'
      - '\bno (?:automatic |surprise |hidden |sudden |mid-term |annual |unexpected )?(?:price|pricing|rate|fee) (?:increases?|rises?|hikes?|changes?)\b|\b(?:during|in|within|outside) (?:the|that|this) (?:maintenance |upgrade |change )?window\b'
      - '\burgent (?:security )?(?:patch(?:es)?|updates?|fixes|alerts?|notifications?|changes|hotfix(?:es)?)\b'
      - '\b(?:your|the) (?:current|existing|present) (?:[\w-]+ ){0,2}(?:rates?|prices?|pricing|contract|agreement|terms|plan|subscription|licen[cs]es?|quote|lease|tariff|term|policy|cover|coverage)\b(?: (?:with us|with ourco))? (?:expire|expires|end|ends|run out|runs out|lapse|lapses|is due to (?:expire|end)|are due to (?:expire|end)) (?:on|at the end of|in)\b'
      - '^(?![^\n]*\b(?:only|just|hurry|act|quick(?:ly)?|fast|lock|grab|snap|before (?:it|they|then|that)|don''t miss|miss out|so (?:move|act|book|order|sign|grab|lock))\b)[^\n]*\b(?:the |these |those |our |this |my |all )?(?:prices?|pricing|quotes?|quotation|rates?|figures|numbers|costs|offer|proposal|estimates?)\b(?: (?:above|below|quoted|listed|here|in (?:the|this) (?:quote|proposal|table|attachment)))? (?:is|are|stay|stays|remain|remains|will (?:stay|remain|be)) (?:good|valid|firm|held|open|fixed) (?:through|thru|until|till|to|for)\b'
      - '\b(?:if|when|whenever|should) (?:you |your team |your site |anything |something )?(?:ever |ever do )?(?:have|has|hit|get|face|run into|need|experience|see) (?:an? |any )?urgent\b|\burgent (?:breakdowns?|outages?|leaks?|failures?|emergenc(?:y|ies)|call-?outs?|callouts?|faults?|stoppages?)\b'
      - '\b(?:i|we)(?:''ll| will| shall| can| could) (?:come back to you|get back to you|send (?:you )?|share|have|deliver|prepare)\b[^.!?\n]{0,40}?\b(?:by|before) (?:the end of|end of|next|this|monday|tuesday|wednesday|thursday|friday|tomorrow|the \d)'
      - '\b(?:not|no|never) (?:in (?:a |any )?)?(?:hurry|rush)\b|\bno (?:need|reason) to (?:hurry|rush)\b|\bnothing (?:for you )?to decide (?:now|yet|today|right now|at this (?:stage|point))\b'
      - '\b(?:don''t|do not|no need to|never) (?:feel|be) (?:in )?(?:any |a |the )?(?:hurry|rush|pressure)\b'
      - '\burgent[- ](?:delivery|deliveries|shipping|dispatch|service|option|courier|order|orders|surcharge|fee|rate|repairs?|call-?outs?|appointments?|same-day)\b'
      - '\b(?:prices?|rates?|pricing|fees?|quote|quotes)\b[^.!?\n]{0,40}?\b(?:are|is|stay|stays|remain|remains|will stay|will remain) (?:fixed|frozen|protected|locked|guaranteed|capped)\b(?! (?:only )?(?:until|till) (?:today|tomorrow|tonight|friday|monday|midnight|the end of (?:the )?(?:day|week)))'
      - '\b(?:i|we)(?:''m| am|''re| are)?\b[^.!?\n]{0,60}\b(?:for|to|with|to handle|to attend to) an urgent (?:commissioning|repair|site visit|call-?out|outage|installation|customer|breakdown|fault|issue|matter|family|medical)\b'
      - '\b(?:invite|invitation|login|log-in|sign-?in|activation|verification|password reset|reset|setup|set-up|magic|download|access|onboarding) (?:link|code|token|email|url)s?\b[^.!?\n]{0,40}\bexpire'
      # The pressure taken off: "I'm not asking you to decide now" (development set IC).
      - '\b(?:not|n''t|no need|never) (?:asking|expecting|pushing|rushing|pressing|needing|need|have|has|having)(?: you)?(?: to)? (?:decide|commit|sign|choose|answer|reply|respond)\b[^.!?\n]{0,20}\b(?:now|today|yet|right away|immediately|this week)\b'
${PRICE_REASON_1}
      - '\b(?:should|will|would|expect to|aim to) be (?:done|finished|complete|completed|out|gone|back) by (?:noon|midday|lunch|lunchtime|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|the end of the (?:day|morning|afternoon))\b'
      - '\burgent (?:orders?|requests?|tickets?|cases?|issues?|changes?|repairs?|deliveries|delivery|jobs?|calls?|items?|payments?|purchases?|shipments?|referrals?|appointments?)\b(?! (?:today|now|this week|by)\b)'
      - '\b(?:after|before|until|when|once|as soon as) the (?:maintenance |migration |upgrade |change |freeze |downtime |cut-?over |release )?window (?:ends|closes|is over|has ended|has closed)\b'
      - '\b(?:expected|estimated|target|projected|forecast) close dates?\b|\bclose dates? (?:field|column|filter|falls?|is set|in the)\b'
      - '\b(?:is|are) (?:only )?valid (?:only )?for the (?:scope|work|items|services|volumes?|quantities|quantity|configuration|spec|specification|requirements|sites?|users|seats|modules|products) (?:we|you|listed|described|above|below|in|agreed|discussed|quoted)\b'
${PRICE_REASON_2}
      - '\b(?:before|when|whenever|once|if|after) (?:a|any|each|every|the customers|a customers|their) (?:quote|offer|proposal|trial|invite|invitation|discount|deal) (?:expires|ends|lapses|runs out|closes)\b|\b(?:quote|offer|proposal|trial) expiry (?:reminders?|alerts?|notifications?|dates?|emails?)\b'
      - '\b(?:if|when|whether) (?:something|anything|it|this|the (?:issue|problem|request|ticket|job|repair|fault)) (?:is|are|gets|becomes|seems|feels) (?:really |truly |genuinely |more )?urgent\b|\bcounts? as urgent\b|\burgent (?:issues?|requests?|cases?|tickets?|repairs?|jobs?|problems?|faults?|fixes?)\b|(?:^|\n)\s*urgent\s*[-–—:]\s*(?:something|anything|an? (?:issue|problem|fault|request|repair)|issues?|requests?|faults?)\b'
      - '${EARLY_BIRD}'
      - '\b(?:nothing|none of (?:this|it|these|them)|no part of (?:this|it)|(?:don''t|do not) think (?:anything|any of (?:this|it)))\b[^.!?\n]{0,40}\b(?:is|are|needs?|requires?)\b[^.!?\n]{0,20}\b(?:urgent|urgently|a decision|decided|rushing)\b'
      - '\b(?:expected|forecast|due|likely|scheduled|set|projected|slated|on track) to close\b'
      - '\b(?:he|she|they|we|i|our [\w-]+|the [\w-]+ team|the team)(?:''ll| will| should|''d| would)? (?:expects?|hopes?|plans?|aims?|intends?|is going|are going|should be able|needs?) to (?:have|get) (?:it|this|that|them|the [\w -]{1,30}) (?:done|finished|ready|sorted|back|signed|approved)\b'
      - '\b(?:submitted|sent|raised|filed|logged|made|put in|placed) (?:the |a |an |our |your )?(?:request|ticket|application|claim|query|question|order)\b[^.!?\n]{0,40}\bexpect\b'
      - '(?<!\byou )(?<!\byou''ll )(?<!\byou will )(?<!\byou''d )\b(?:wanted|had|meant|tried|hoped|rushed) to (?:reply|respond|answer|get back to you) (?:right away|straight away|immediately|quickly|asap|promptly|at once)\b'
      - '\bregistrations? (?:closes?|ends?|shuts?) (?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^.!?\n]{0,40}\bso (?:we|that we|i) can\b'
      - '\bhold (?:the |a |that |this )?(?:[\w:]+ ){0,3}(?:slot|time|meeting|call|room|seat|place|table|booking|appointment)\b'
      - '\bas (?:agreed|discussed|requested|planned)(?: with [\w ]{1,30})?\b|\bas (?:you|we) (?:asked|agreed|discussed)\b|\bas (?:your|the) (?:[\w-]+ ){0,2}(?:team|department|office|cfo|ceo|coo|cto|manager|lead|director|colleagues?|board|procurement|legal|finance|it|auditors?) (?:asked|requested|agreed|wanted|needs?|required|specified|asked for)\b'
      - '\b(?:maintenance|change|outage|service|upgrade|release|install|installation) window\b|\buntil the window (?:ends|closes)\b'
      - '\b(?:nothing|none of (?:this|it)|isn''t|is not|not)\b[^.!?\n]{0,20}\burgent\b'
      - '\bearly[- ]bird (?:rate|rates|pricing|price|prices|discount|tickets?|registration)\b[^.!?\n]{0,80}\b(?:customer day|user day|partner day|user conference|customer conference|conference|summit|event|meetup|user group|bring (?:a )?(?:few )?colleagues|bring your team)\b|\b(?:customer day|user day|partner day|user conference|customer conference|summit|user group)\b[^.!?\n]{0,60}\bearly[- ]bird\b'
      - '\b(?:won''t|will not|doesn''t|does not) (?:automatically )?(?:convert|renew|roll over|be charged|charge you|bill you)\b'
      - '\b(?:after|when|once|before) (?:the|your) (?:free |pilot |proof-of-concept )?trial (?:ends|expires|closes)\b(?! (?:on|this|next|in|at|tomorrow|tonight|today|soon))'
      - '\baccording to (?:the )?(?:[\w''-]+ ){0,4}(?:website|site|announcement|guidance|portal|notice)\b'
      - '\btime-sensitive (?:approvals?|requests?|notifications?|alerts?|emails?|messages?|tasks?|workflows?|documents?|orders?|tickets?)\b'
      - '\burgent (?:work orders?|tickets?|issues?|requests?|jobs?|repairs?|cases?|calls?|matters?|items?|fixes?|callouts?|call-outs?)\b'
      - '\bprice (?:increases|changes) (?:for|to) (?:the )?(?:\d{4} )?(?:list|price list|rate card)\b|\bexisting customers keep\b|\bkeep (?:their|your) current (?:rate|price|pricing)\b'
      - '\bhow (?:renewal |annual )?(?:price|pricing|fee) (?:increases|changes|rises|adjustments) work\b|\b(?:increase|increases) (?:is|are) (?:capped|limited) (?:at|to)\b'
      - '\bhow (?:are|is|do|does|will|would|should) (?:renewal |annual |future |any )?(?:price|pricing|fee|rate)s? (?:increases|changes|rises|adjustments|reviews) (?:be )?(?:handled|calculated|applied|capped|set|decided|managed|communicated|notified|agreed|work)\b|\b(?:price|pricing|fee|rate) (?:increases|changes|rises) (?:are|will be|would be) (?:handled|calculated|capped|limited|notified|communicated|agreed)\b'
      - '\buntil (?:their|your|the|its) (?:current )?(?:term|contract|agreement|subscription|commitment) (?:ends|expires|runs out)\b'
      - '\b(?:stays|remains|is still) valid until\b[^.!?\n]{0,40}\b(?:in any case|either way|regardless|anyway)\b'
      - '\b(?:time-sensitive|time sensitive|urgent)\b[^.!?\n]{0,40}\b(?:so i(?:''m| am) flagging|flagging it|heads-up|heads up|letting you know|so you have time)\b'
      - '\b(?:urgent|time-sensitive|time sensitive)\b[^\n]{0,160}\b(?:certificate|ssl|tls|dns|outage|incident|vulnerability|patch|maintenance window|rotation|rotating|deprecat\w+|sso|saml|api version|end of life|end-of-life)\b'
      - '\b(?:agreement|contract|term|subscription|licen[cs]es?|plan|renewal)\b[^.!?\n]{0,80}\b(?:ends|expires|runs out|renews|is due) on\b'
      - '\b(?:when|whenever|if|each time|every time) (?:a|an|any) (?:[\w-]+ )?window (?:closes|shuts|opens|moves)\b'
      - '\b(?:if|should|whether|in case) you(?:''d| would)? (?:like|want|prefer|wish|decide|choose) to lock in\b'
      - '\b(?:i|we)(?:''ll| will| can| could| would| should| plan to| aim to)? (?:put together|send (?:over |you )?|prepare|share|draft|have|get (?:you |it |this )?|turn around|deliver|write up)\b[^.!?\n]{0,40}\bby (?:the end of|end of|eod|close of|tomorrow|monday|tuesday|wednesday|thursday|friday)'
      - '\bnone of (?:these|them|this|it|those) (?:is|are|feels?) urgent\b|\burgent \(?(?:p[0-4]|sev(?:erity)? ?[0-4]|priority ?[0-4])\b|\b(?:only|just) urgent (?:\(?p[0-4]\)? )?(?:issues?|tickets?|incidents?|cases?|requests?|matters?|calls?)\b'
      - '${FACTUAL_END}'
      - '${PRICE_HELD}'
      - '${PRICE_QUESTION}'
      - '${CHANGE_NOTICE}'
      - '\b(?:don''t|do not|doesn''t|does not|won''t|will not|didn''t|did not|no need to|not) (?:have to |need to |want you to |want to |mean to |to |trying to )?(?:hurry|rush)(?: you)?\b'
      - '\b(?:final|last) reminder\b[:\s—–-]+(?:re: )?(?:the |your |our )?(?:gdpr|dpa|data processing|security|compliance|paperwork|documents?|forms?|survey|questionnaire|invoice|w-?9|vendor|supplier|onboarding|contract|agreement|renewal notice|feedback|review|audit|timesheets?|expenses?)\b'
      - '${PRICE_CHANGE_STATED}'
      - '${NO_PRICE_CHANGE}'
      - '${NOT_LIMITED_TIME}'
      - '${NOBODY_LIKES}'
      - '${FIRST_IN_YEARS}'
      - '\b(?:forum|breakfast|dinner|lunch|luncheon|roundtable|masterclass|briefing|expo|open day|open house|rsvp|registration)\b'
      - '\b(?:a |an |one )?(?:short |brief |quick |optional )?(?:slot|session|spot) (?:at|for|during) the end of the (?:day|session|event|agenda|call|meeting)\b'
      - '\b(?:don''t|do not|never) feel (?:like )?you (?:have|need|must|''ve got) to\b|\bno need to (?:reply|respond|decide|answer|rush)\b'
      - '${PUBLISHED}'
      - '\bhappy to (?:extend|hold|keep|push|give you more time)\b|\bif you (?:need|want) (?:a bit |a little )?more time\b'
      - '\b(?:we|our (?:team|support|engineers?|support team)|i) (?:will |can |typically |usually |always |normally |''ll )?(?:reply|respond|get back|answer|act|confirm|book)\b'
      - '\bno (?:rush|pressure|hurry|urgency)\b(?![^.]{0,40}\b(?:but|however)\b)'
      - '\b(?:not|nothing|no) urgent\b'
      - '\b(?:slot|time|date|room|day|call|meeting|agenda|invite) (?:still )?(?:works|suits)\b'
      - '\blet me know by (?:today|tonight|tomorrow|eod|noon|midnight)(?: \w+)? (?:if|whether) (?:you''d like|you would like|you want|that works|it works|you can make|you''ll need)\b(?![^.!?\n]{0,60}\b(?:or|otherwise|discount|price|pricing|offer|rate)\b)'
      - '\bif (?:it''?s|it is|this is|that is|anything is|something is|things are) (?:\w+ )?urgent\b'
      - '\b(?:most|an?) urgent (?:need|priority|priorities|issue|issues|problem|problems|question|questions|request|requests|ticket|tickets)\b'
      - '\burgent (?:care|tickets?|issues?|requests?|incidents?)\b'
      - '\b(?:trial|free trial|pilot) (?:ends|expires) (?:automatically|without|when(?:ever)? you|after (?:\d+|fourteen|thirty) days)\b'
      - '\b(?:conference|summit|webinar|workshop|meetup|tickets?|event registration)\b'
      - '\btime[- ]sensitive (?:security|patch|update|fix|maintenance|outage|incident)\b'
      - '\btrial (?:period )?(?:ends|expires) on\b(?![^.!?]{0,60}\b(?:unless|upgrade (?:now|today)|act|hurry|lose|or else)\b)'
${RELEASE_CONTEXT}
    message: 'deadline pressure or false scarcity: "{match}"'
    examples:
      fire:
        - 'Sign and return it by 5pm Wednesday. No extensions.'
        - 'I need a straight yes or no from you by 5pm Wednesday – no extensions.'
        - 'Don''t wait: the offer is only valid until Friday.'
        - 'Act now: this offer expires tonight.'
        - 'This pricing goes away on Friday.'
        - 'Last chance to lock in the 20% discount.'
        - 'I need your answer by end of day.'
        - 'Please reply within 24 hours.'
        - 'The discount expires in 48 hours.'
        - 'Our prices go up on January 1, so sign before then.'
        - 'This is time-sensitive.'
        - 'I can''t hold this price past Friday.'
        - 'End-of-quarter pricing is only valid until Friday.'
        - 'Hurry, this won''t last.'
        - 'This is urgent.'
        - {"text": "Offer ends tonight", "field": "subject"}
        - 'Your trial ends tomorrow, so upgrade now or lose your dashboards.'
        - 'Your free trial ends tonight!'
      pass:
        - 'That''s the same offer on our public pricing page, so there''s nothing special to negotiate or hurry for.'
        - 'Table plans change until the last hour, and dietary requirements get lost between spreadsheets.'
        - 'The grant has no extensions this year, so the application window is short.'
        - 'No exceptions are needed for your firewall.'
        - 'After that I simply refresh it with the current price list, so please don''t feel any hurry.'
        - 'We can run a re-permission email first if you''d rather give them one last chance to stay.'
        - 'Schedule your promo prices to start and end automatically, so nobody has to change them at midnight.'
        - '- Urgent wording about suspension "within 24 hours"; our real billing emails give 30 days'' notice'
        - 'For your expense claims, I''d suggest "Any one can approve" so claims don''t wait when one person is travelling.'
        - 'Nothing on the agenda is time-sensitive, so a few days'' delay won''t hold anything up.'
        - 'I''m not raising this to hurry you.'
        - 'You said your supers spend the last hour of every day writing logs in the truck.'
        - 'Time entries that don''t wait until Friday afternoon'
        - 'Here is what to do if something is urgent: call the support line at any hour.'
        - 'Urgent - something that seriously affects daily life, like a blocked toilet. Target: within 3 working days.'
        - 'For existing customers the current price stays valid until the end of your contract in September.'
        - '4. Will prices change after the first year? Any change is announced 60 days before renewal.'
        - 'I just read your message and wanted to reply right away: congratulations!'
        - 'Registrations close Friday 1 November so we can sort catering.'
        - 'I can hold the Tuesday 11am slot for you until end of day tomorrow, after which I will open it up to other bookings.'
        - 'As agreed with Rahul, I have set the trial to run until the end of the month so your store managers can try it over a full trading week.'
        - 'Alarms are still sent by SMS but will not appear in the dashboard until the window ends.'
        - 'Nothing here is urgent, but the earlier we have it, the sooner your staff can start.'
        - 'The early-bird rate for our customer day ends this Friday, in case you want to bring colleagues.'
        - 'Your trial ends on the 30th and won''t convert to paid unless you choose a plan.'
        - 'Everything you load stays private to your workspace and is deleted 30 days after the trial ends unless you become a customer.'
        - 'According to the council''s website, the digital adoption grant window in your region closes on 28 February, in case that''s useful for the business case.'
        - 'If anyone on your team missed a time-sensitive approval because the email came late, let me know and I''ll check the timestamps.'
        - 'If your night shift has urgent work orders during that time, they can keep working in the mobile app as normal.'
        - 'Price increases for the 2025 list take effect on 1 April; existing customers keep their current rate until renewal.'
        - 'Your legal team asked us to clarify how renewal price increases work.'
        - 'Question 7: How are price increases handled? Prices are fixed for the initial term.'
        - 'After the first year, price increases are capped at CPI and notified 90 days ahead.'
        - 'Customers with a multi-year agreement keep their contracted prices until their term ends.'
        - 'I''ll hold off until the 16th and check in then. The quote stays valid until the end of the month in any case.'
        - 'This one is time-sensitive, so I''m flagging it directly.'
        - 'Price increase notice for 2026'
        - 'Confirming the price increase notice'
        - 'Price increase: what is changing and why'
        - 'From your next renewal on 1 September, the price of your Ourco plan goes up by 7%, from AUD 36 to AUD 38.50 per user per month.'
        - 'Urgent: your SSL certificate change on 20 August'
        - 'This one is time-sensitive, so I am flagging it: on 20 August we are rotating the certificate used for SSO.'
        - 'Your current agreement covers 260 seats at £31 per seat per month and ends on 31 May 2025.'
        - 'Ourco can take weather feeds as a constraint, so when a window closes, the planner sees which jobs are affected.'
        - 'If you''d like to lock in today''s price for a longer term, we can also discuss a two-year renewal.'
        - 'Should you want to lock in the current rate for three years, we can draft that.'
        - 'From your renewal date of 1 April, the price of Ourco Workforce will increase from GBP 12.00 to GBP 12.60 per user per month, an increase of 5%.'
        - 'If you can share expected pallet counts, I can put together a proposal by the end of the week.'
        - 'Support is staffed throughout the holidays except 25 December and 1 January, when only urgent P1 issues are handled.'
        - '- 25 and 26 December: urgent (P1) issues only'
        - 'None of these is urgent. Happy to go through them on a call if that''s helpful.'
        - 'Our list price for Editorial seats is increasing by 5% from 1 January 2027, the first increase since 2023.'
        - 'Last reminder: registration closes Friday for the Finance Leaders Breakfast.'
        - 'Ourco will have a short slot at the end of the day for anyone interested in our tools, and it''s entirely optional.'
        - 'Don''t feel you have to reply today; whenever suits is fine.'
        - 'The quote does not expire, so there is no need to rush.'
        - 'Your pilot ends on the 30th, and I am happy to extend it if your team needs longer.'
        - 'Should something urgent come up, the on-call engineer answers within the hour.'
        - 'We handle urgent tickets around the clock.'
        - 'Our price list changes in March, as published on our pricing page.'
        - 'We''re an SMS-only shop today, so email isn''t something we support yet.'
        - 'Annual price increases are capped at 3% under our standard terms.'
        - 'Price increases of more than 4% need your written agreement.'
        - 'Our urgent care clients use the rota planner most in winter.'
        - 'The urgent-care network in Leeds runs on the same setup.'
        - 'Happy to find a time before Friday.'
        - 'Could you let me know by Friday if possible?'
        - 'Whenever works for you this week is fine.'
        - 'Our support team will respond within 24 hours.'
        - 'No rush at all: next month works too.'
        - 'The trial is limited to your team.'
        - 'If it is urgent on your side, call me.'
        - 'Our quote is attached for your review.'
        - 'Right now your team handles onboarding by hand.'
        - {text: 'Time-sensitive security patch notes', field: subject}
        - 'Let me know by tonight if you''d like the dinner reservation for Thursday.'
        - 'As promised, here''s the sandbox login — it expires in 30 days, but I can extend it if your team needs longer.'
        - 'Just so you know, your pilot ends next Friday and the data stays available for 30 days after that.'
        - 'Under the contract, the notice window for non-renewal closes on 1 October.'
        - 'The customer survey closes tomorrow, if you want to add your team''s views.'
        - 'Your card on file expires this month, so the next invoice may fail unless it is updated.'
        - 'There is no need to hurry: the quote stays open until the end of November.'
        - 'Their hourly rates are close to the new minimum wage.'
        - 'The finance team''s last day before the holidays is the 20th.'
        - {text: 'Price change from 1 September', field: subject}
        - 'I have gone through the list and none of it is urgent.'
        - 'Our renewal prices go up by five percent from 1 March, as set out in your agreement.'
  - id: tone.scarcity
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'filling'
      - 'going fast'
      - 'going quickly'
      - 'selling'
      - 'first come'
      - 'first-come'
      - 'limited'
      - 'almost gone'
      - 'almost sold'
      - 'almost full'
      - 'only offer'
      - 'only take'
      - 'only accept'
      - 'only onboard'
      - 'only give'
      - 'only extend'
      - 'once these'
      - 'once the'
      - 'once those'
      - 'once our'
      - 'gone'
    patterns:
      - {regex: '\blast (?:table|seat|room|spot|slot|place|booth|stand|table left) in the house\b|\bnot holding (?:it|the (?:table|slot|spot|room|price|rate)) (?:past|beyond|after)\b|\b(?:three|two|several|four|five|\d) (?:other )?(?:people|others|teams|companies|clients|customers|venues|restaurants|hotels) (?:want|have asked for|are asking for|are after|are eyeing) it\b|\btell me today if (?:it''s|it is) yours\b', keywords: ['in the house', 'not holding', 'want it', 'asked for it', 'asking for it', 'after it', 'eyeing it', 'tell me today']}
      - {regex: '\b(?:waitlist|wait list|waiting list|queue|line)\b[^.!?\n]{0,60}\b(?:would|will|''d|''ll) (?:happily |gladly |be (?:happy|glad) to |love to |jump at the chance to )?(?:take|snap up|grab|have|use) (?:your|those|these|the) (?:licen[cs]es|seats|spots|slots|places|allocation|units)\b|\b(?:others|other (?:customers|schools|teams|companies)) (?:would|will) (?:happily |gladly )?(?:take|snap up|grab) (?:your|those) (?:licen[cs]es|seats|spots|slots|places)\b', keywords: ['waitlist', 'wait list', 'waiting list', 'queue', 'line', 'others', 'other']}
      - {regex: '\b(?:literally )?(?:a handful of|only a handful of|just a handful of) (?:seats|spots|slots|places|licen[cs]es|units|openings|places) (?:left|remaining|available)\b|\bany (?:hesitation|delay|waiting|indecision)(?: (?:here|now|on your (?:side|end)))? (?:would|will|could|might) (?:likely |probably |easily )?(?:push|cost|bump|put|land) you\b', keywords: ['handful', 'hesitation', 'delay', 'waiting', 'indecision']}
      - {regex: '\b(?:nearly|almost|practically|virtually|all but) (?:fully |completely )?(?:booked|sold out|gone|full|taken|allocated)\b[^.!?\n]{0,80}\b(?:grab|snap|lock|book|secure|claim|reserve|move|act)\b[^.!?\n]{0,30}\b(?:now|today|quickly|fast|soon|rather than later|before)\b', keywords: ['booked', 'sold out', 'gone', 'full', 'taken', 'allocated']}
      - {regex: '\b(?:grab|take|claim|secure|snap up|book|nab|get) (?:one of )?(?:the )?(?:last|final|remaining) (?:few |couple of |handful of )?(?:places|place|spots?|slots?|seats?|units?|spaces?|openings?|allocations?|dates?|installs?|crews?)\b[^.!?\n]{0,40}\b(?:now|today|while|before|quickly|fast|rather than later|soon)\b', keywords: ['last', 'final', 'remaining']}
      - {regex: '\b(?:almost|nearly|mostly|virtually|practically) (?:fully )?(?:booked|full|sold out|gone|taken|reserved)\b[^.!?\n]{0,60}?\b(?:after which|post which|after that|then|so)\b[^.!?\n]{0,40}?\b(?:earliest|next (?:available|free|opening|slot)|not until|won''t be|will not be)\b', keywords: ['after which', 'post which', 'after that', 'then', 'so ']}
      - {regex: '\b(?:only|just|literally|down to) (?:\d+|one|two|three|four|five|a (?:couple|few|handful)(?: of)?) (?:[\w-]+ ){0,3}?(?:left|remaining)\b[^.!?\n]{0,60}?\b(?:after that|after those|then you''re|once (?:they''re|they are|those are) gone|you''re looking at|you are looking at|next year|won''t be)\b', keywords: ['after that', 'after those', 'then you''re', 'once they', 'once those', 'you''re looking at', 'you are looking at', 'next year', 'won''t be']}
      - {regex: '\b(?:capping|capped|limiting|limited|restricting) (?:it|this|the [\w-]+(?: [\w-]+)?) (?:at|to) (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a handful of)\b[^.!?\n]{0,60}?\b(?:already (?:spoken for|taken|gone|booked|filled|claimed|signed)|(?:are|is) (?:already )?(?:spoken for|taken|gone))\b', keywords: ['spoken for', 'taken', 'gone', 'booked', 'filled', 'claimed', 'signed']}
      - {regex: '\b(?:only|just) (?:have |got |offer |take |\w+ing )?(?:\d+|one|two|three|four|five|six|a (?:few|handful|couple)(?: of)?) (?:more )?(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?|units?|spaces?|invitations?|pilot (?:spots?|slots?|seats?)|onboarding (?:spots?|slots?)|companies|customers|teams|partners)(?: \w+){0,3} (?:left|remaining|remain|remains|available|at this price|this (?:quarter|month|year))\b', keywords: ['left', 'remaining', 'remain', 'available', 'at this price', 'this quarter', 'this month', 'this year']}
      - {regex: '\b(?:\d+|one|two|three|a few|a couple of) (?:spots?|seats?|slots?|places?|openings?|licen[cs]es?) (?:left|remaining)\b', keywords: ['left', 'remaining']}
      - {regex: '\b(?:spots?|seats?|slots?|places?|availability|capacity|space|openings) (?:are|is) (?:very )?(?:limited|filling (?:up )?(?:fast|quickly)|going fast|almost gone|running out|scarce)\b', keywords: ['limited', 'filling', 'going fast', 'almost gone', 'running out', 'scarce']}
      - '\b(?:filling up|going|selling out|selling) (?:fast|quickly)\b'
      - '\bfirst[- ]come,? first[- ]serve[d]?\b'
      - '\blimited (?:number of )?(?:spots|seats|slots|places|availability|capacity|openings|licenses|quantities|supply)\b'
      - '\b(?:we can |we''ll )?only (?:offer|take|accept|onboard|give|extend) (?:this )?(?:\w+ )?(?:to )?\d+ (?:more )?(?:companies|customers|teams|clients|partners|accounts)\b'
      - '\balmost (?:gone|sold out|full)\b'
      - {regex: '\b(?:room|space|capacity|bandwidth|availability) for (?:only )?(?:\d+|one|two|three|four|five|a few|a couple(?: of)?|a handful(?: of)?) (?:more )?(?:teams|companies|customers|clients|partners|accounts|pilots|spots|new customers)\b', keywords: ['room for', 'space for', 'capacity for', 'bandwidth for', 'availability for']}
      - '\bonce (?:these|the|those|our|my|this|that) (?:\d+ |last |remaining |few |final )*(?:slots?|spots?|seats?|places?|licen[cs]es?|openings?|deals?|offers?|discounts?) (?:are|is) gone\b'
      - '\b(?:they|it)(?:''re| are|''s| is) gone,? (?:for good|forever)\b'
      - {regex: '\b(?:capacity|room|space|bandwidth|availability|openings?) for (?:only |just )?(?:one|two|three|four|five|\d+|a few|a couple(?: of)?|a handful(?: of)?) (?:more|additional|new|last)\b', keywords: ['capacity for', 'room for', 'space for', 'bandwidth for', 'availability for', 'opening for', 'openings for']}
      - {regex: '\b(?:spots?|seats?|slots?|places?|availability|capacity|space|openings|licen[cs]es|inventory) (?:are|is) (?:very |extremely |super |incredibly |really |quite |severely |seriously |now |already )?(?:limited|scarce|tight|almost gone|nearly gone|running low|filling up|going fast)\b', keywords: ['limited', 'scarce', 'tight', 'gone', 'running low', 'filling', 'going fast']}
      - {regex: '\b(?:about to|close to|nearly|almost|on track to|expect(?:ing)? to|going to|likely to|will|could) (?:sell|selling) out\b', keywords: ['sell out', 'selling out']}
      - {regex: '\bsell(?:ing|s)? out (?:of|fast|quickly|soon)\b', keywords: ['sell out', 'selling out', 'sells out']}
      - {regex: '\b(?:\d+|all but (?:one|two|three|\d+)|most) (?:of (?:them|those|the (?:\d+ )?(?:spots|slots|seats|places)) )?(?:are|have been|were) (?:already )?(?:taken|claimed|spoken for|booked|filled|gone|reserved)\b(?<!\bmost (?:of (?:them|those) )?(?:are|were) (?:booked|taken))', keywords: ['taken', 'claimed', 'spoken for', 'booked', 'filled', 'gone', 'reserved']}
      - {regex: '\b(?:for|to) the first (?:\d+|three|four|five|ten|twenty|few|handful of) (?:customers|companies|teams|sign-?ups|buyers|clients|accounts|people|partners)(?: (?:only|who|that|to))\b', keywords: ['first 1', 'first 2', 'first 3', 'first 4', 'first 5', 'first 6', 'first 7', 'first 8', 'first 9', 'first three', 'first four', 'first five', 'first ten', 'first twenty', 'first few', 'first handful']}
      - {regex: '\bcapping (?:the |this |our )?(?:pilot|program|cohort|offer|beta|discount|promo) at \d+\b', keywords: ['capping']}
      - {regex: '\b(?:only|just) (?:have )?(?:\d+|one|two|three|four|five|a (?:few|handful|couple)(?: of)?) (?:more )?(?:spots?|seats?|slots?|places?|openings?|licen[cs]es?)(?: \w+){0,3}? (?:open|up for grabs|still open|unclaimed|still available)\b(?![^.!?\n]{0,25}\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|this week|next week|on my calendar|in my calendar|am|pm)\b)', keywords: ['open', 'up for grabs', 'unclaimed', 'still available']}
      - {regex: '\b(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?)(?: [\w-]+){0,4} (?:are|is) (?:almost|nearly|mostly|already|all but) (?:all |entirely |fully )?(?:claimed|taken|gone|booked|spoken for|filled|reserved|sold)\b(?![^.!?\n]{0,25}\b(?:monday|tuesday|wednesday|thursday|friday|tomorrow|today|this week|next week|on my calendar|am|pm)\b)', keywords: ['claimed', 'taken', 'gone', 'booked', 'spoken for', 'filled', 'reserved', 'sold']}
      - {regex: '\b(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?|availability|inventory|capacity)(?: [\w-]+){0,3} (?:are|is) (?:disappearing|vanishing|going|selling|filling|being (?:claimed|snapped up|taken)|getting (?:snapped up|taken|claimed))(?: up)? (?:fast|quickly|rapidly|soon)\b', keywords: ['disappearing', 'vanishing', 'going', 'selling', 'filling', 'being', 'getting']}
      - {regex: '\bdemand (?:has been|is|''s been) (?:through the roof|crazy|insane|off the charts|overwhelming|unprecedented|wild)\b', keywords: ['demand']}
      - {regex: '\bonly (?:\d+|one|two|three|four|five|ten|a few|a handful of) (?:more )?(?:companies|customers|teams|clients|partners|accounts|buyers) (?:will|can|get|qualify|are eligible)\b', keywords: ['only']}
      - {regex: '\b(?:limiting|capping|restricting) (?:this|it|the (?:offer|pilot|program|cohort|beta|pricing|discount)) to (?:\d+|a (?:handful|few|couple)|one|two|three|five|ten)\b', keywords: ['limiting', 'capping', 'restricting']}
      - {regex: '\b(?:only|just) (?:a few|a couple|a handful|\d+|one|two|three|four|five) (?:are )?(?:left|remaining)\b', keywords: ['left', 'remaining']}
      - {regex: '\b(?:almost|nearly|just about|practically) out of (?:pilot |onboarding |beta )?(?:spots|slots|seats|places|licen[cs]es|capacity|room|inventory)\b', keywords: ['out of']}
      - {regex: '\b(?:select|chosen|lucky) few\b(?=\s*(?:[.!,;:—–-]|$)|\s+(?:of (?:you|our|your)|accounts|customers|companies|teams|prospects|people|clients|buyers|leaders|organi[sz]ations|businesses|brands|invites?|invitations|spots|seats|slots|places|who|that)\b)', keywords: ['select few', 'chosen few', 'lucky few']}
      - {regex: '\b(?:spots|slots|seats|places|licen[cs]es|openings)(?: \w+){0,2} (?:won''t|will not|don''t|do not) last\b', keywords: ['last']}
      # One chance at a person or a slot (development set PN).
      - {regex: '\b(?:this|it) (?:really |truly )?is (?:your|the) (?:one|only|last|final) (?:shot|chance|window|opportunity) (?:at|with|to (?:meet|see|get|talk to)) (?:her|him|them|[\p{L}]+)\b', keywords: ['one shot', 'only shot', 'last shot', 'final shot', 'one chance', 'only chance', 'last chance', 'final chance', 'one window', 'only window', 'last window', 'final window', 'one opportunity', 'only opportunity', 'last opportunity', 'final opportunity']}
      # "after that it goes to the next operator in the queue - and believe me, there is quite a queue" (development set HN).
      - {regex: '\b(?:goes|go|will go|passes|will pass|is released|gets released|will be released|will be offered|is offered) to (?:the )?next (?:operator|customer|client|company|hotel|school|fleet|one|practice|firm|person|team|buyer|account) (?:in line|in the queue|on the list|on the waiting list|waiting)\b|\bbelieve me,? there(?:''s| is) (?:quite )?a (?:queue|waiting list|line)\b', keywords: ['next', 'believe me']}
    exceptions:
      # A room's size told as logistics: "Space is limited to 40 people, so we'll confirm your spot by email" (thirty-eighth session, VB).
      - '\b(?:space|spaces|seats|places|capacity|numbers|attendance|registration|the (?:room|venue|session|event|tour|visit|workshop|dinner))(?: (?:is|are))? (?:limited|capped) (?:to|at) (?:\d+|ten|twelve|fifteen|twenty|thirty|forty|fifty) (?:people|guests|attendees|participants|visitors|places|seats|delegates|per (?:company|team|practice|clinic|hotel|school|organi[sz]ation|customer))\b(?![^.!?\n]{0,60}\b(?:hurry|quick|quickly|fast|soon|asap|now|today|before (?:they|it|we)|don''t (?:miss|wait|delay|hesitate)|act)\b)'
      # A real room's size with its honest reason: "We've kept it to 16 seats so everyone can speak, and 11 are taken".
      - '\b(?:kept|keeping|keep|limited|limiting|capped|capping) (?:it|the (?:room|dinner|session|group|table|workshop|roundtable|lunch|breakfast|event|cohort)) (?:to|at) \d+ (?:seats|places|people|guests|attendees|spots)\b'
      - '\bthere are (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:[\w-]+ ){0,3}?(?:slots?|booths?|places|seats|spots|stands?|spaces|pods|tables|packages)\b[^.!?\n]{0,40}?[;,]\s*(?:\d+|two|three|four|five|six|seven) (?:are|have been|of them are) (?:already )?(?:taken|booked|sold|reserved|allocated|confirmed)\b'
      - '\b(?:queue|queues|holds?|waitlists?|wait list|requests?|tickets?|jobs|tasks|allocation|processed|processing|handled|assigned|routed|routing|dispatched|served|works?|picked up)\b[^.!?\n]{0,30}\bfirst[- ]come,? first[- ]served\b|\bfirst[- ]come,? first[- ]served (?:by default|basis for (?:holds|requests|tickets|jobs|the queue)|queue|order|routing|logic|rule|setting|mode)\b'
      - '\b(?:i|we) (?:have|''ve got|only have) (?:very )?limited availability (?:in|on|during|next|this|the week|that week|for)\b'
      - '\b(?:desks?|spaces?|parking|car park|lockers?|rooms?|bays?|tables?|slots? in the (?:car park|garage))\b[^.!?\n]{0,50}\bfirst[- ]come,? first[- ]serve[d]?\b(?![^.!?\n]{0,40}\b(?:so|hurry|quick|fast|soon|now|today|before)\b)'
      - '\b(?:the|our|this|that|a|an|next|each|every|its|their|these|those|one|two|three|the (?:next|first|last|final))\b (?:[\w''&-]+ ){0,3}?(?:advisory board|user group|customer council|customer day|partner day|summit|sessions?|events?|forum|panel|lunch|meeting|workshop|roundtable|round table|dinner|webinar|masterclass|breakfast)\b|\b(?:advisory board|user group|customer council|summit|session|event|forum|panel|lunch|meeting|workshop|roundtable|dinner|webinar|masterclass|breakfast) (?:is|are|has|have|holds?|seats|places|spots|capacity|room)\b'
      - '\bplaces are limited to (?:about |around |roughly |just )?\d+\b'
      - '\blimited to keep (?:the |it )'
      - '\b(?:room|venue|space|table|bus|coach|hall|kitchen|lab|boardroom|restaurant|terrace|suite|boat) (?:only )?(?:holds|seats|fits|takes|has room for|sits|accommodates) (?:about |around |up to )?\d+\b'
      - '\b(?:because|since|as) (?:our|the) [\w''’ -]{0,30}(?:capacity|availability|time) is limited\b'
      - '\b(?:your|their|his|her) (?:[\w-]+ ){0,3}(?:has|have|had|is|are|was|were)(?: (?:only|very|quite|pretty|a bit|fairly))? (?:limited|stretched|tight)\b|\bas (?:you|\w+) (?:mentioned|said|noted|explained)\b[^.!?\n]{0,40}\blimited\b'
      - '\blimited (?:availability|capacity) (?:on my side|on my end|next week|this week|that day|on (?:monday|tuesday|wednesday|thursday|friday))\b'
      - '\b(?:webinar|conference|dinner|meetup|roundtable|workshop|breakfast|happy hour|clinic|masterclass|bootcamp|training session|office hours|(?<!\bof )course|class|rsvp|attendees|guests|registration)\b'
      - '\b(?:availability|capacity) (?:is|are) (?:\w+ )?(?:limited|tight) (?:on my (?:side|end)|next week|this week|that day|on (?:monday|tuesday|wednesday|thursday|friday))\b'
    message: 'false scarcity: "{match}"'
    examples:
      fire:
        - 'My calendar for summer go-lives is full save for one Tuesday, and three people want it — tell me today if it''s yours.'
        - 'This is the last table in the house for our spring pilot, and I''d hate to give it to the place across the road.'
        - 'No pressure, of course, but the 40 schools on our waitlist would happily take your licences if you don''t want them.'
        - 'Spots are first come, first served, so grab yours now.'
        - 'Only 3 spots left at this price.'
        - 'Seats are filling up fast.'
        - 'We only have two pilot slots remaining this quarter.'
        - 'First come, first served.'
        - 'We can only offer this to 5 more companies.'
        - 'We only have capacity for one more customer this quarter.'
        - 'Availability is extremely limited.'
        - 'We''re about to sell out of onboarding slots for Q2.'
        - 'We''re capping the pilot at 10 companies and 8 are already taken.'
        - 'The 30% discount is available to the first five teams that sign.'
        - 'We have just a couple of spots open for the January cohort.'
        - 'Seats for the pilot are almost all claimed.'
        - 'Demand has been through the roof, so slots are disappearing fast.'
        - 'Only three companies will get this pricing.'
        - 'We''re limiting this to a handful of design partners.'
        - 'Only a few left!'
        - 'We''re almost out of pilot slots.'
        - 'This is reserved for a select few.'
        - 'These spots won''t last.'
      pass:
        - 'Our summer go-live calendar has open weeks in July and August.'
        - 'Schools on the waitlist get an email as soon as a training slot opens.'
        - 'Support tickets are handled first come, first served unless you mark them urgent in the portal.'
        - '- Patrons place holds from the catalogue; the queue is first come, first served by default.'
        - 'Our customer advisory board meets in London on 9 October; there are a few places left and we would be glad to have someone from your team there.'
        - 'There''s no product presentation. If you''d like to come, just reply and I''ll add you to the list. Places are limited to about 30.'
        - 'Places are limited to keep the conversation useful, so I''d be grateful if you could let me know by 4 October either way.'
        - 'The room holds 20, so places are limited. If you''d like to come, reply and I''ll confirm your place.'
        - 'We''re running a free energy-usage audit for a handful of sites this quarter, because our analysts'' capacity is limited; if you''d like one, let me know.'
        - 'Your IT team, as Luis mentioned, has limited capacity before the Epic upgrade in April.'
        - 'The dinner has room for 25 guests, so RSVP if you would like to join.'
        - 'Our free onboarding clinic runs monthly, first come, first served.'
        - 'The masterclass is free and seats are limited, so register when you can.'
        - 'The trial is limited to your team.'
        - 'You only need 2 seats to start.'
        - 'I have limited availability next week, but Tuesday works.'
        - 'Just 2 weeks to go live.'
        - 'Availability is limited on my side next week, but Thursday works.'
        - 'Most of my Tuesday slots are booked, so how about Wednesday?'
        - 'The free tier is for teams of up to 10 users.'
        - 'We have just two slots open on Tuesday for a call.'
        - 'We''re a small team, so onboarding slots book up a few weeks out.'
        - 'We can start with a 30-day pilot, no strings attached.'
  - id: tone.guilt-fomo
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'miss out'
      - 'missing out'
      - 'left behind'
      - 'fall behind'
      - 'falling behind'
      - 'regret'
      - 'crazy'
      - 'foolish'
      - 'insane'
      - 'silly'
      - 'irresponsible'
      - 'mad'
      - 'nuts'
      - 'negligent'
      - 'afford'
      - 'every day'
      - 'every week'
      - 'every month'
      - 'costing you'
      - 'disappointed'
      - 'surprised'
      - 'cared'
      - 'serious about'
      - 'boss'
      - 'fired'
      - 'ignor'
      - 'least you could'
      - 'hate for you'
      - 'don''t let'
      - 'leaving money'
      - 'what are you waiting'
      - 'why haven''t'
      - 'owe it'
      - 'shame'
      - 'embarrass'
      - 'never heard back'
      - 'still haven''t'
      - 'not heard'
      - 'no response'
      - 'no reply'
      - 'times'
      - 'behind the curve'
      - 'dinosaur'
      - 'stuck in the past'
      - 'waiting for'
      - 'catch-up'
      - 'catch up'
      - 'kick yourself'
      - 'kicking yourself'
      - 'regretting'
      - 'wait'
      - 'waited'
      - 'hesitate'
      - 'delay'
      - 'losing'
      - 'ghost'
      - 'quiet'
      - 'silent'
      - 'dark'
      - 'avoiding'
      - 'dodging'
      - 'ignoring'
      - 'something wrong'
      - 'explain'
      - 'the one'
    patterns:
      - {regex: '\b(?:pity|shame)\b[^.!?\n]{0,140}?\bjust because (?:the )?(?:paperwork|procurement|approval|approvals|process|decision|sign-?off|legal|budget sign-?off)\b', keywords: ['just because']}
      - {regex: '\b(?:pity|shame) (?:for [\w&.''’ -]{2,40}? |for you |if you )?(?:to be|were|are|to end up|ended up|be) (?:reading about|watching|hearing about|left out|missing out|on the outside)\b', keywords: ['pity', 'shame']}
      - {regex: '\b(?:do you (?:really )?want to|you don''t want to|don''t be the (?:one|company|team)|you''ll be|you will be|or (?:be|keep))(?: be)? (?:left )?(?:watching|sitting|standing|stuck|left) (?:it )?(?:from |on |at )?(?:the )?(?:sidelines?|behind)\b', keywords: ['sideline', 'behind']}
      - '\b(?:don''t|do not|won''t want to|wouldn''t want to) miss out\b'
      - '\b(?:you''ll|you will|you''d|you would|you''re|you are|you) (?:be )?(?:missing|miss) out\b'
      - '\bfear of missing out\b'
      - '\bfomo\b'
      - '\b(?:left behind|(?:fall|falling|fell) (?:further )?behind (?:your |the )?(?:competitors|competition|peers|rivals|industry|market|curve))\b'
      - '\bbehind the (?:curve|times)\b'
      - '\b(?:you''ll|you will|you''d|you would|you might|you may|won''t you) (?:\w+ )?regret\b'
      - '\b(?:don''t|do not) (?:live to )?regret\b'
      - '\bregret (?:not|missing|passing|waiting)\b'
      - '\b(?:you''d|you would|you''re|you are|it''d|it would|it''s|it is) (?:be )?(?:crazy|foolish|insane|silly|irresponsible|negligent|mad|nuts|a mistake)(?: not)? to\b'
      - '\b(?:crazy|foolish|insane|silly|irresponsible|negligent|mad) not to\b'
      - '\bcan you (?:really |honestly )?afford (?:not )?to\b'
      - '\b(?:can''t|cannot|can not) afford (?:not )?to (?:wait|miss|ignore|pass|delay|lose|stay)\b'
      - '\bevery (?:day|week|month|hour|quarter) (?:you (?:wait|delay|don''t)|without (?:us|this|ourco)|that passes|of delay)\b'
      - '\b(?:is|are) costing you (?:\w+ ){0,2}(?:every|each|a fortune)\b'
      - '\bleaving money on the table\b'
      - '\bi''?m (?:a (?:bit|little) )?(?:disappointed|surprised|hurt|confused|frustrated) (?:that )?(?:you|i haven''t|i have not|not to have)\b'
      - '\bi thought you (?:cared|were serious|wanted)\b'
      - '\bif you (?:really |truly |actually )?(?:cared|care) about\b'
      - '\b(?:if you''re|if you are) (?:really |truly )?serious about\b'
      - '\b(?:your|the) (?:boss|ceo|board|manager|leadership|cfo|vp) (?:will|would|is going to|might) (?:be (?:upset|angry|disappointed|unhappy|furious)|blame you|ask (?:you )?why|wonder why|not be happy|hold you)\b'
      - '\b(?:get|be|getting|being) fired\b'
      - '\b(?:ignoring|ignored) (?:me|my (?:emails?|messages?|calls?))\b'
      - '\b(?:the least you could|least you can) do\b'
      - '\bi''?d hate (?:for you )?to see you\b'
      - '\bwhat are you waiting for\b'
      - '\bwhy (?:haven''t|have not) you\b'
      - '\byou owe it to\b'
      - '\b(?:shame|embarrassing|embarrassed) (?:if|that|to)\b'
      # A plain count ("a couple of times", "a few times") is no reproach; many times is.
      - '\b(?:i''ve|i have) (?:reached out|emailed|written|called|tried(?: to reach you)?|followed up) (?!(?:to |with )?(?:our|my|the|their) )(?!(?:you )?(?:a couple of|a few|two|a|one more) times?\b)(?:\w+ ){0,3}(?:times|several times|multiple times|again and again|repeatedly)\b'
      - '\b(?:still )?(?:haven''t|have not|never) (?:heard back|gotten a (?:reply|response)|received a (?:reply|response)) (?:from you )?(?:despite|after)\b'
      - '\bstuck in the past\b'
      - '\bstill using spreadsheets like it''?s\b'
      - '\bplaying catch[- ]up\b'
      - '\bkick(?:ing)? yourself\b'
      - '\b(?:ended|end|ends|will end) up regretting\b'
      - '\b(?:companies|teams|those|people|orgs|anyone|everyone) (?:that|who) (?:wait|waited|hesitate|hesitated|delay|delayed)\b(?! (?:to|until|till|for)\b)[^.!?\n]{0,40}?\b(?:lose|loses|losing|lost|fall|falls|fell|falling|behind|pay|pays|paying|paid|regret|regrets|miss|misses|missed|left|struggle|struggles|scramble|cost|costs|end up|ends up|obsolete|dead|lag|lags)\b'
      - '\b(?:already )?losing (?:deals|ground|customers|revenue|market share) to\b'
      - '\bghost(?:ing|ed)? (?:me|us)\b'
      - '\bgone (?:completely |totally |very )?(?:quiet|silent|dark|radio silent) on (?:me|us)\b'
      - '\b(?:avoiding|dodging|ignoring) (?:me|us|my)\b'
      - '\bdid (?:i|we) do something wrong\b'
      - '\bexplain(?:ing)? to your (?:boss|ceo|board|manager|cfo|vp|leadership|team)\b'
      - '\bbe the one (?:explaining|who|that)\b'
    exceptions:
      - '\bshame (?:that )?you (?:couldn''t|could not|weren''t able to|were unable to|missed)\b[^.!?\n]{0,60}\b(?:here''s|here is|recording|slides|replay|catch up)\b'
      - '${GRACIOUS}'
      - '\bsorry (?:i|we) missed\b'
      - '\bi''d hate to miss (?:you|the chance to meet)\b'
      - '\bso (?:i''ll|i will|i''m going to) (?:pause|stop|step back|leave it|close the loop)\b[^.!?\n]{0,40}?\b(?:reach out|anytime|any time|whenever|if (?:anything|things) change)\b'
      - '\bserious about [\w ]{1,30}?,? (?:the |our |this )?[\w ]{0,30}?(?:is|are) worth a (?:look|read|try|quick look)\b'
      - '\bi(?:''d| would) be (?:\w+ )?(?:crazy|mad|foolish|silly|nuts|remiss) not to\b|\b(?:crazy|mad|foolish|silly|nuts) of me not to\b'
${FOLLOWUP_RELEASE}
    message: 'guilt, shame or fear of missing out: "{match}"'
    examples:
      fire:
        - 'Don''t miss out on this.'
        - 'You''ll regret waiting.'
        - 'You''d be crazy not to try it.'
        - 'Can you really afford to wait another quarter?'
        - 'Every day you wait is costing you deals.'
        - 'I''m disappointed you haven''t replied.'
        - 'If you really cared about your reps, you would act.'
        - 'Your boss will ask why you passed on this.'
        - 'Teams like yours are falling behind the competition.'
        - 'I''ve reached out five times now.'
        - 'What are you waiting for?'
      pass:
        - 'I have followed up a couple of times since Rahul introduced us and have not managed to connect. I know how full inboxes get, so I will step back for now.'
        - 'I''ve written a few times about intake for legal aid clinics and haven''t heard back. If you''ve moved on, I''d be grateful for a name. Otherwise I''ll close my file and not write again.'
        - 'It''s a shame that you couldn''t make the webinar; here''s the recording.'
        - 'I''ve reached out a few times about route planning for your field teams and haven''t heard back, which usually means the timing isn''t right. Totally understood.'
        - 'I''ve reached out a couple of times about quality management software and haven''t heard back, which I completely understand.'
        - 'I''ve reached out a few times about our scheduling tool, and I haven''t heard back, which is completely fine.'
        - 'I''ve followed up a few times since our call in September, and I don''t want to keep filling your inbox if priorities have moved on.'
        - 'Sorry I missed your call.'
        - 'Happy to share what other teams learned.'
        - 'No worries if now is not the right time.'
        - 'If budget is tight this quarter, we can start small.'
        - 'We can''t wait to show you the roadmap.'
        - 'I''ve written a couple of times about scheduling for your clinics. If you''re not the right person, I''d be grateful if you could point me to the right one. Either way, I won''t keep writing.'
        - 'I''d be crazy not to ask how the pilot went.'
  - id: tone.social-proof-pressure
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'everyone'
      - 'everybody'
      - 'competitor'
      - 'peers'
      - 'rivals'
      - 'the only'
      - 'one of the last'
      - 'one of the few'
      - 'rest of'
      - 'industry'
      - 'don''t be'
      - 'do not be'
      - 'every'
      - 'each'
      - 'odd one'
      - 'most of'
      - 'all of'
      - 'nearly all'
      - 'almost all'
      - 'many of'
      - 'majority'
      - 'half of'
      - 'vertical'
    patterns:
      - '\b(?:everyone|everybody)(?: else)? (?:in your (?:industry|space|market|sector|vertical|category)|is (?:already|now|switching|moving|using|signing|doing)|has (?:already|switched|moved|signed))\b'
      - '\b(?:all|most|many|half|\d+%?|several|three|two|four|five) (?:of )?your (?:competitors|peers|rivals|competition)(?: \w+){0,2} (?:are (?:already|now|all|using|on|switching|moving|signing|live|customers|ahead)|have (?:already|all|switched|moved|signed|adopted|made|gone|bought|rolled)|is (?:already|now|using|ahead)|has (?:already|switched|moved|signed|adopted)|already|switched|moved|signed)\b'
      - '\byour (?:competitors|peers|rivals|competition|biggest competitor|main competitor|closest competitor)(?: [\w.-]+){0,2} (?:are|is|have|has) (?:already|all|now|switched|moved|signed|using|ahead)\b'
      - '\b(?:you''re|you are) (?:the only|one of the (?:few|last|only))(?: \w+){0,4} (?:not|without|who (?:hasn''t|has not|isn''t|is not)|that (?:hasn''t|has not|isn''t|is not)|left|still)\b'
      - '\b(?:don''t|do not) be the (?:only|last)\b'
      - '\bthe rest of (?:the|your) (?:industry|market|peers|space|sector)\b (?:has|is|have|are)\b'
      - '\b(?:don''t|do not) let (?:your )?(?:competitors|the competition|your rivals|others|your peers) (?:get|win|beat|take|leave)\b'
      - {regex: '\b(?:every|each|literally every|virtually every) (?:company|team|firm|business|org|organization|player|leader) (?:your size|like yours|in your (?:space|industry|vertical|market|sector))\b', keywords: ['every', 'each']}
      - '\bodd one out\b'
      - '\b(?:most|all|nearly all|almost all|many|the majority|half) of (?:the )?(?:leading |top |best |biggest |other |serious |smart )?(?:teams|companies|players|firms|brands|orgs|organizations|leaders) in your (?:vertical|industry|space|market|sector|category|field)\b'
      - {regex: '\b(?:most|all|nearly all|almost all|many|the majority of) (?:companies|teams|firms|businesses|orgs|organizations|players) (?:your size|like yours|in your (?:space|industry|vertical|market|sector)) (?:already|now|have|are)\b(?! (?:exploring|looking at|evaluating|asking|thinking|curious|considering|discussing|interested|starting to look|talking)\b)(?! (?:fully |usually |typically |normally )?(?:live|up and running|onboarded|set up|running|trained|rolled out) (?:in|within|after) (?:about |around |roughly |under |less than )?(?:a|an|one|two|three|four|five|six|\d+)\b)', keywords: ['your size', 'like yours', 'in your space', 'in your industry', 'in your vertical', 'in your market', 'in your sector']}
      - '\b(?:every|each) (?:serious |smart )?(?:company|team) (?:is|has) (?:already )?(?:using|moved|switched|adopted)\b'
      - '\b(?:everyone|everybody)(?: else)?(?: in [\w-]+(?: [\w-]+)?)? (?:is|are) (?:already |now )?(?:switching|moving|using|signing|adopting|buying|leaving)\b'
    exceptions:
      - '\b(?:according to|from|in) (?:the |your )?[\w -]{0,30}(?:you shared|you sent|you mentioned|you showed us)\b'
      - '\bstill (?:on|using|running on|run on)\b[^.!?\n]{0,40}\b(?:works fine|that''s fine|which is fine|works well)\b'
      - '\b(?:most|many|typical) (?:teams|companies|customers|accounts) (?:your|of your) size (?:have|has|use|run|keep) (?:one|two|three|four|five|six|\d|a few|a handful|about|around)\b'
      - '\b(?:signed up|registered|sign up|register) (?:for|to) (?:the |our |a |this )?(?:webinar|conference|summit|panel|meetup|roundtable|workshop|newsletter|event|dinner|session|livestream)\b'
    message: 'social-proof pressure: "{match}"'
    examples:
      fire:
        - 'Your competitors are already using it.'
        - 'Everyone else in your industry has switched.'
        - 'Most of your peers have already signed.'
        - 'You''re one of the last teams in your space not using it.'
        - 'Don''t be the last to adopt.'
        - 'Don''t let your competitors get ahead.'
      pass:
        - 'Most teams your size are fully live in about three weeks, though it varies with how messy the CRM is.'
        - 'Many companies your size are still on spreadsheets, and that works fine until volumes grow.'
        - 'Most of your competitors moved to cloud payroll in 2021, according to the industry survey you shared.'
        - 'Eleven users are set up as admins. Most teams your size have three or four.'
        - 'Most companies in your sector are exploring how to automate onboarding.'
        - 'Teams like yours use it to ramp faster.'
        - 'Several logistics companies use us for routing.'
        - 'Everyone on your team gets a login.'
        - 'Happy to share how peers approach this.'
        - 'Many of your peers are exploring AI for forecasting.'
  - id: tone.guarantee
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'guarantee'
      - 'risk-free'
      - 'risk free'
      - 'no risk'
      - 'zero risk'
      - 'no-risk'
      - 'definitely'
      - 'certainly'
      - 'absolutely'
      - '100%'
      - 'surely'
      - 'undoubtedly'
      - 'without a doubt'
      - 'no doubt'
      - 'double'
      - 'triple'
      - 'quadruple'
      - '10x'
      - '5x'
      - '3x'
      - '2x'
      - 'promise'
      - 'can''t lose'
      - 'cannot lose'
      - 'nothing to lose'
      - 'can''t go wrong'
      - 'cannot go wrong'
      - 'sure thing'
      - 'will skyrocket'
      - 'skyrocket'
      - 'overnight'
      - 'instantly'
      - 'magic'
      - 'pays for itself'
      - 'pay for itself'
    patterns:
      - {regex: '\b(?:always|every (?:single )?(?:customer|client|team|company))\b[^.!?\n]{0,80}\bwill be no different\b', keywords: ['no different']}
      - {regex: '\b(?:assure|guarantee|promise)(?:s|d)? (?:you )?(?:that )?(?:there (?:will|would) be|you(?:''ll| will) (?:have|see|get)) (?:absolutely |literally |exactly )?(?:zero|no) (?:defects|faults|errors|issues|problems|failures|complaints|breakages|returns|delays|downtime|mistakes)\b', keywords: ['assure', 'guarantee', 'promise']}
      - '\b(?:we|i|ourco) (?:can |will |do |''ll )?(?:personally )?guarantee\b'
      - '\bguaranteed? (?:a |an )?(?:\d+(?:\.\d+)?(?:x|%|-fold) )?(?:results?|roi|returns?|growth|savings|success|to|increase|pipeline|revenue|leads|meetings|outcomes?|wins?|deals|uplift|performance|more|pass|passes|compliance|approval|certification|clean (?:audit|report)|zero (?:findings|incidents|breaches|downtime))\b'
      - '\b(?:1[01]0|100|1000)% (?:guaranteed|risk[- ]free|success|certain|sure|of the time)\b(?! (?:that )?(?:the|our|about|of|it''s|it is|this is|we have|we''ve|they)\b)'
      - '\brisk[- ]free\b'
      - '\bno[- ]risk\b(?! (?:assessment|review|score|profile|model))'
      - '\bzero risk\b'
      - '\b(?:will|would|is going to|are going to|''ll) (?:definitely|certainly|absolutely|100%|surely|undoubtedly|for sure|easily|instantly) (?:double|triple|increase|boost|save|grow|pay (?:for )?itself|cut|deliver|transform|skyrocket|fix|solve|improve|close|win)\b'
      - '\b(?:double|triple|quadruple|10x|5x|3x|2x) your (?:revenue|pipeline|sales|roi|leads|bookings|growth|conversions?|meetings|close rate|win rate|deals|output|productivity|business|profits?)\b'
      - '\b(?:i |we )?promise (?:you )?(?:\w+ ){0,3}(?:results|roi|growth|\d+(?:%|x)|more (?:deals|revenue|pipeline|meetings)|to (?:double|triple|increase|cut|save|grow|boost))(?!\w)'
      - '\b(?:there''s no doubt|without a doubt|no doubt|no question)(?: that)? (?:you|your team|this|it)(?:''ll| will| would)\b(?! (?:have|want|like|enjoy|love|appreciate|find|need|ask|think|agree|be (?:busy|asked|curious|interested)|bring|raise)\b)'
      - '\b(?:you |you''ll |you will )?(?:can''t|cannot) (?:lose|go wrong)\b'
      - '\bnothing to lose\b'
      - '\b(?:skyrocket|explode) your\b'
      - '\b(?:results|roi|revenue growth) overnight\b'
      - '\bpays? for itself (?:in|within) (?:days|a week|weeks|the first month)\b'
      - {regex: '\b(?:we''ll|we will|you''ll|you will|this will|it will|ourco will|we can|i can)(?: [\w$%-]+){1,6}[.,;:]?\s*(?:[—–-]\s*)?(?<!\b(?:per|billing|each|every|the|this|that|trial|pilot|grace|notice|contract|reporting|a|one|time|same|review|evaluation|free) )(?:period|full stop|end of story|no exceptions|bank on it|mark my words)(?=\s*[.!]|\s*$)', keywords: ['period', 'full stop', 'end of story', 'no exceptions', 'bank on it', 'mark my words']}
      - {regex: '\bno ifs(?:,? ands)?(?:,? (?:or|no) buts)?\b', keywords: ['no ifs']}
      - {regex: '\byou(?:''ll| will) (?:absolutely |definitely |certainly )?see (?:a |an )?(?:\d+(?:\.\d+)?(?:x|%)|results|roi|returns?|growth|savings|(?:an? )?(?:increase|lift|boost|jump|drop|difference))\b', keywords: ['will see', '''ll see']}
      - {regex: '\b(?:we''ll|we will|you''ll|you will|this will|it will|ourco will)(?: [\w$%-]+){1,6}[.,;:]?\s*(?:[—–-]\s*)?no question(?!s)(?: about it)?(?=\s*[.!]|\s*$)', keywords: ['no question']}
      - {regex: '\b(?:this|it|ourco|our (?:platform|product|approach)) (?:works|delivers)[.,!]? (?:every (?:single )?time|without fail)\b(?! (?:you|we|i|the|a|someone|anyone)\b)|\bor (?:i''ll|i will) eat my (?:hat|shoe)\b|\b(?:zero|no) chance (?:this|it|you) (?:won''t|doesn''t|don''t|will not|does not|fails?)\b', keywords: ['every time', 'every single time', 'without fail', 'eat my', 'zero chance', 'no chance']}
      - {regex: '\b(?:i''m|i am)(?: (?:absolutely|completely|totally|100%|quite|just))? (?:certain|sure|positive|convinced|confident)(?: that)? (?:your|you|they|the|this|it)\b[^.!?\n]{0,50}?\b(?:will|''ll|won''t|are going to|is going to) (?:never (?:go|look|want|turn|switch)|not (?:want to )?go back|ever (?:go|look) back|wonder how|thank (?:me|us)|regret|recoup|(?:see|get) (?:a |an |the )?(?:full |complete |\d+x |\d+% )?(?:return|roi|payback|results|savings))', keywords: ['certain', 'sure', 'positive', 'convinced', 'confident']}
      - {regex: '\b(?:will|''ll|won''t) (?:ever )?(?:never )?(?:want to )?(?:go|look|turn) back\b(?! (?:to (?:the|your) (?:old|previous|classic) (?:view|layout|screen|version|settings|ui|dashboard)|and (?:check|review|forth|edit|change)|to (?:check|review|edit|change|this|it|the (?:invoice|email|thread|draft|report)))\b)', keywords: ['go back', 'look back', 'turn back']}
      - {regex: '\b(?:rollout|roll-out|implementation|migration|onboarding|deployment|setup|set-up|transition|switch(?:over)?|changeover|cutover|handover|adoption|project|go-live|integration|change|change management|training|management|savings|results|returns|benefits|numbers|roi) (?:will|''ll|is going to|practically|basically|pretty much|more or less|just|really)? ?(?:basically |practically |just |pretty much |more or less |honestly |really )?(?:take care of itself|takes care of itself|run itself|runs itself|handle itself|handles itself|manage itself|manages itself|sort itself out|sorts itself out|look after itself|looks after itself|happen (?:all )?on its own|happens (?:all )?on its own|take care of themselves|takes care of themselves|look after themselves)\b', keywords: ['itself', 'on its own', 'themselves']}
      - {regex: '\b(?:this|it|we|ourco|our (?:platform|product|tool|software|system|solution|app)|(?:the|this) (?:platform|product|tool|software|system|solution|app)) (?:will|''ll|is going to|are going to) (?:completely |totally |finally |fully |permanently |single-handedly |once and for all )?(?:fix|solve|eliminate|end|cure|wipe out|get rid of|kill|put an end to|sort out|stop) (?:all (?:of )?)?your (?:[\w-]+ ){0,2}?(?:churn|turnover|attrition|retention (?:problem|issue)s?|stockouts?|stock-outs?|no-shows?|overtime(?: problem| bill)?|backlog|hiring (?:problem|issue)s?|cash ?flow (?:problem|issue)s?|shrink(?:age)?|downtime|absenteeism|late payments?|bad debt|complaints|margin (?:problem|issue)s?|(?:problem|issue|headache)s? (?:for good|forever|once and for all))\b', keywords: ['fix', 'solve', 'eliminate', 'end ', 'cure', 'wipe out', 'get rid', 'kill', 'put an end', 'sort out', 'stop']}
      - {regex: '\b(?:full |complete |total |\d+x |\d+% |\d+-fold )?(?:return|roi|payback|money back|pay(?:s)? for itself|recoup(?: the cost)?)\b[^.!?\n]{0,50}[,;—–-]\s*(?:no question(?: about it)?|no doubt(?: about it)?|without (?:a )?doubt|guaranteed|i promise(?: you)?|you have my word)(?=\s*[.!]|\s*$)', keywords: ['no question', 'no doubt', 'without doubt', 'without a doubt', 'guaranteed', 'i promise', 'my word']}
      - {regex: '\b(?:will|''ll|are going to|is going to) [^.!?\n]{0,60}[,;—–-]\s*(?:i have no doubt|i''ve no doubt|i''m certain of it|i''m sure of it|i''m certain of that|i''m sure of that|i guarantee it|mark my words|no doubt about it|i promise you|there''s no (?:question|doubt) (?:about|of) (?:that|it)|there is no (?:question|doubt) (?:about|of) (?:that|it)|(?:i''d|i would) (?:stake|bet) my (?:reputation|house|job|career|life|name) on it|i can (?:absolutely |personally |100% )?promise (?:that|you that|you this)|guaranteed)(?=\s*[.!]|\s*$)', keywords: ['no doubt', 'no question', 'certain of', 'sure of', 'guarantee it', 'mark my words', 'promise you', 'on it', 'promise that', 'promise this', 'guaranteed']}
      - {regex: '\b(?:make no mistake|without (?:a )?doubt|without question|mark my words|i can promise(?: you)?|i promise(?: you)?|trust me)[,:]? (?:that )?(?:you|your|this|it|we|the)\b[^.!?\n]{0,40}?\b(?:will|''ll|are going to|is going to) (?:see|get (?:a |an |the |your )?(?:full |complete |\d+x |\d+% )?(?:return|roi|results|payback|savings|money back)|recoup|save|cut|double|triple|halve|earn|make (?:back|your money)|hit|beat|pay for|recover|fall|drop|rise|grow|increase|reduce|be impressed|love|thank|never)\b', keywords: ['make no mistake', 'without doubt', 'without a doubt', 'without question', 'mark my words', 'promise', 'trust me']}
      - {regex: '\b(?:will|''ll) (?:soon |quickly )?(?:be )?wonder(?:ing)? (?:how|why) (?:they|you|she|he|your team|we) (?:ever )?(?:managed|coped|lived|survived|got by|worked|hesitated|waited|put (?:it|this) off)\b|\byour [\w -]{1,30}?(?:will|''ll|are going to|is going to) be (?:a thing of the past|history|gone for good|ancient history)\b|\bi''m (?:never|rarely|not often|hardly ever) wrong about (?:these|this|such) things\b', keywords: ['wonder', 'thing of the past', 'history', 'gone for good', 'wrong about']}
      - {regex: '\byour (?:[\w-]+ ){0,2}(?:team|staff|managers|people|reps|nurses|drivers|clerks|accountants|planners|engineers|agents|buyers) (?:will|''ll) never (?:have to |need to )?(?:touch|see|chase|type|re-?key|key in|deal with|worry about|miss|lose|print|file|open)\b[^.!?\n]{0,40}?\bagain\b', keywords: ['again']}
      - {regex: '\b(?:this|it|we|ourco|our (?:platform|product|tool|software|system|solution|app)) (?:will|''ll|is going to) (?:fix|solve|eliminate|end|cure|sort out|put an end to|get rid of) (?:all )?your (?:[\w-]+ ){1,3}?(?:for good|once and for all|forever|permanently)\b', keywords: ['for good', 'once and for all', 'forever', 'permanently']}
      - {regex: '\bno (?:scenario|way|world|universe|situation) (?:in which|where) (?:this|it|we|you|ourco) (?:doesn''t|does not|don''t|do not|won''t|will not|fails? to)\b', keywords: ['no scenario', 'no way', 'no world', 'no universe', 'no situation']}
      - {regex: '\b(?:not|isn''t|is not|no longer) (?:a |an |just a |merely a )?(?:projection|estimate|forecast|guess|prediction|hope)\b[^.!?\n]{0,20}?\b(?:a )?(?:certainty|dead cert|sure thing|given)\b', keywords: ['certainty', 'dead cert', 'sure thing', 'given']}
      - {regex: '\b(?:completely|totally|entirely|absolutely|100%|perfectly|utterly) (?:painless|seamless|effortless|frictionless)\b[^.!?\n]{0,50}?\b(?:nobody|no one|no-one|won''t (?:even )?notice|will not (?:even )?notice|not notice|zero (?:downtime|disruption|effort))|\b(?:switch\w*|migrat\w*|mov(?:e|ing)|transition\w*|cutover|change ?over|rollout)\b[^.!?\n]{0,60}?\b(?:nobody|no one|no-one|your (?:team|users|staff|people))(?:''ll| will)? (?:won''t |will not |even )?(?:won''t |even )?notice\b|\byou (?:won''t|will not) (?:even )?notice a thing\b', keywords: ['painless', 'seamless', 'effortless', 'frictionless', 'notice']}
      - {regex: '\b(?:whatever|any|every) (?:integration|feature|connector|customi[sz]ation|report|workflow|change)s? (?:you )?(?:need|want|ask for|like|can think of|come up with)\b[^.!?\n]{0,20}?\bwe(?:''ll| will) build (?:it|them)\b', keywords: ['build it', 'build them']}
      - {regex: '\bplan (?:your|the) (?:rollout|launch|go-?live|migration|project|budget|roadmap|programme|program|quarter)s? around (?:it|that|this|the [\w -]{1,30}(?:release|date|launch|feature|version))\b[^.!?\n]{0,60}?\bi(?:''ll| will| personally| promise| guarantee)|\bi(?:''ll| will) (?:personally )?make sure (?:it|that|the (?:feature|release|update|integration)) (?:lands|ships|lands on time|ships on time|is delivered on time|goes out on time)\b', keywords: ['plan your', 'plan the', 'make sure it', 'make sure that', 'make sure the']}
      - {regex: '\b(?:eliminates?|eliminating|wipes? out|eradicates?) (?:all |any |your )?(?:[\w-]+ ){0,2}?(?:churn|errors?|mistakes|risk|downtime|fraud|no-shows|turnover|chargebacks|disputes|bad debt|late payments|fines|penalties|missed [\w-]+|stockouts|write-offs) (?:entirely|completely|altogether|for good|once and for all|forever|100%)|\b(?:becomes?|is|are|will be) (?:mathematically|literally|simply|practically|basically) impossible\b(?! to\b)|\b(?:simply|literally) (?:will|can|won''t|cannot|can''t) (?:not )?(?:leave|churn|fail|miss|lose)\b', keywords: ['eliminat', 'wipe', 'eradicat', 'impossible', 'simply', 'literally']}
      # A result closed by "guaranteed": "Zero payroll errors from day one, guaranteed." (development set RW).
      - {regex: '\b(?:zero|no|fewer|less|more|double|triple|\d+(?:\.\d+)?%|\d+x)\b[^.!?\n]{0,60}?[,—–-] ?guaranteed\b(?! (?:by|under|in|through|for|to) )', keywords: ['guaranteed']}
    exceptions:
      # Doubt, not a promise: "I think it's 24 months but I'm not 100% sure" (thirty-ninth session, ZC).
      - '\bnot (?:\w+ )?(?:1[01]0|100)% (?:sure|certain|confident)\b'
      # Nobody can promise it: "no translation provider can truthfully promise 100% accuracy" (thirty-ninth session, YB).
      - '\b(?:no|nobody|no one|none)\b(?: [\w-]+){0,3} (?:can|could|will|would|should)(?: \w+)? (?:promise|guarantee)\b'
      - '\b(?:won''t|will not|can''t|cannot|wouldn''t|don''t|do not|never) (?:claim|promise|say|pretend)\b[^.!?\n]{0,30}\bguarantee'
      # A promise declined: "your routes will have their own quirks, so I wouldn't promise the same results".
      - '\b(?:won''t|will not|can''t|cannot|wouldn''t|would not|couldn''t|could not|don''t|do not|never|not) (?:\w+ )?(?:promise|guarantee)\b'
      # A fact about a risk that does not arise: "the card stays in your office, so there is no risk the driver loses it".
      - '\bno risk (?:that )?(?:the|a|an|your|our|their|any) (?:[\w-]+ ){0,2}(?:loses?|forgets?|misses|breaks?|drops?|gets?|is|are|will|can|could|has|have)\b'
      - '\bno (?:major |big |particular |new |open |known |real )?risks? (?:for the moment|at the moment|at this (?:stage|point|time)|for now|so far|identified|flagged|to report|this week|on (?:the|our|your) (?:planning|timeline|schedule|plan|project|go-live|dates?|budget|milestones?))\b'
      - '\bguarantee (?:a |an |the |you a |you an )?(?:replacement|refund|repair|credit|loan unit|engineer|technician|response|call-?back|swap|same-day|next-day|48-hour|24-hour|free replacement)\b'
      - '\bguarantee (?:the|your|our|this|that) (?:rate|price|pricing|quote|fee|fees|discount|terms)s? (?:for|until|through|in writing)\b'
      - '\bwe guarantee (?:a|an|the|your|one) (?:named|dedicated|single|personal|fixed|local) (?:account manager|contact|point of contact|engineer|consultant|trainer|project manager|team|price|rate|response time)\b'
      - '\b(?:can|could|will|would|do|does|did) (?:you|we|ourco|they|it|the \w+) (?:\w+ )?guarantee\b[^.!\n]*\?'
      - '\b(?:sla|uptime|money[- ]back|service level|availability|data residency|response time)\b|\brefund\b(?![^.!?\n]{0,40}\b(?:if|unless) (?:you|your)\b)(?<!\bor (?:we|we''ll|we will) refund)'
      - '\bwe (?:can''t|cannot) guarantee\b'
      - '\b(?:can''t|cannot|won''t|will not|don''t|do not|never) promise\b'
      - '\bguarantee (?:that )?your (?:data|information|privacy|security)\b'
      - '\bguarantee (?:a |an )?(?:first )?(?:response|reply)\b'
      - '\bno one can guarantee\b'
      - '\bnot a guarantee\b'
    message: 'a promise or guarantee of results: "{match}"'
    examples:
      fire:
        - 'Guaranteed 100% pass on your next ISO 27001 surveillance audit, or we refund the first year.'
        - 'Ourco Pulse eliminates churn entirely, so your customers simply will not leave.'
        - 'With Ourco, missing quota becomes mathematically impossible.'
        - 'That''s not a projection, it''s a certainty.'
        - 'Switching is completely painless, nobody will notice.'
        - 'Whatever integration you need, we''ll build it, no cost, no risk.'
        - 'Plan your rollout around it, I''ll make sure it lands.'
        - 'There is simply no scenario in which this doesn''t cut your costs.'
        - 'Once you''re on board, the savings will take care of themselves.'
        - 'Your finance team will thank you within a month, guaranteed.'
        - 'By this time next year you''ll be wondering why you ever hesitated, I''d stake my reputation on it.'
        - 'Put simply, it will solve your scheduling chaos for good.'
        - 'You''ll hit payback in under six months, I can absolutely promise that.'
        - 'Your AP team will never touch a paper invoice again.'
        - 'Onboarding basically handles itself, you won''t have to lift a finger.'
        - 'Believe me, your planners will wonder how they ever managed without it.'
        - 'Your stock-outs will be a thing of the past.'
        - 'Within a year you''ll have recovered every penny, there''s no question about that.'
        - 'This works. Every time.'
        - 'There is zero chance this doesn''t pay off.'
        - 'We''ll cut your churn in half. Period.'
        - 'We will double your pipeline, full stop.'
        - 'No ifs, no buts: your costs go down.'
        - 'Mark my words, we will cut your review time in half, full stop.'
        - 'This will fix your forecasting. End of story.'
        - 'We guarantee you will double your pipeline.'
        - 'Guaranteed ROI in 90 days.'
        - 'It is completely risk-free.'
        - 'This will definitely increase your revenue.'
        - 'I promise you will see results in a week.'
        - 'You have nothing to lose.'
        - 'It pays for itself within a week.'
        - 'You will have a full return within six months, no question.'
        - 'I''m certain your managers will never go back to the old rota.'
        - 'The rollout will take care of itself.'
        - 'Honestly, the migration pretty much runs itself.'
        - 'This will fix your churn.'
        - 'Our platform is going to wipe out your no-shows once and for all.'
        - 'Make no mistake, your turnover will fall.'
        - 'You''ll recoup the cost before Christmas, I have no doubt.'
      pass:
        - 'The company card stays in your office, so there is no risk the driver loses it.'
        - 'Those are Velox''s numbers, and your routes will have their own quirks, so I wouldn''t promise the same results.'
        - 'Status: green, no risks identified this week.'
        - 'No risk for the moment on the planning.'
        - 'It removes the manual export step completely for invoices that match a PO.'
        - 'Without SSO, a shared password is simply impossible to audit.'
        - 'The feature is on the roadmap for Q3, though dates can move, so I wouldn''t plan around it yet.'
        - 'The projection is based on your current volumes, so treat it as an estimate.'
        - 'We can scope any custom integration and quote it separately.'
        - 'I''ll make sure the notes from the call land in your inbox today.'
        - 'After the pilot, the results will show whether it''s worth continuing.'
        - 'Delivery is guaranteed in the SLA, with credits if we miss it.'
        - 'There''s no way to export the legacy reports yet, but it''s on the roadmap.'
        - 'I''d bet the rollout takes about two weeks, but let''s confirm with your IT lead.'
        - 'I can promise a reply from our security team by Friday.'
        - 'Teams often wonder how long the migration takes, so here''s a typical plan.'
        - 'You''ll have to lift a few settings in the admin panel, nothing more.'
        - 'The old import screen will be history after the June release.'
        - 'I''m never sure about these things, so I''ve asked our engineer.'
        - 'Teams tell us they wonder how they managed before, but your pilot will show whether that holds for you.'
        - 'Can you guarantee savings?'
        - 'Could we guarantee a response time for the night shift?'
        - 'It works every time you refresh the page.'
        - 'No chance of data loss: backups run hourly.'
        - 'We will invoice you once per billing period.'
        - 'The trial period ends on March 31.'
        - 'You will see the SSO toggle under settings.'
        - 'Full stop characters are stripped from SKU names.'
        - 'We guarantee 99.9% uptime in our SLA.'
        - 'Teams like yours usually cut ramp time by 30 percent.'
        - 'Our 30-day money-back guarantee applies.'
        - 'We cannot guarantee results, but the pilot shows them fast.'
        - 'We can certainly help with that.'
        - 'We guarantee a response from support within 4 hours.'
        - 'The free trial ends after 14 days unless you upgrade.'
        - 'Most customers see payback within a year.'
        - 'I''m certain the invoice went out on Tuesday; I''ve attached a copy.'
        - 'The scheduler takes care of reminders automatically.'
        - 'This update will fix the export bug you reported.'
        - 'No question is too small, so ask away.'
        - 'Your managers can go back to the old view at any time in settings.'
        - 'Our aim is to reduce your churn, and the pilot will show whether it does.'
        - 'I have no doubt you''ll have questions after the demo.'
        - 'I''m confident the integration will be straightforward, given your setup.'
  - id: tone.pushy-subject
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    scope: [subject]
    keywords:
      - 'action required'
      - 'response required'
      - 'response needed'
      - 'reply needed'
      - 'action needed'
      - 'action requested'
      - 'response requested'
      - 'reply required'
      - 'reply requested'
      - 'answer required'
      - 'answer needed'
      - 'answer requested'
      - 'immediate'
      - 'important'
      - 'attention'
      - 'final'
      - 'last'
      - 'open now'
      - 'open immediately'
      - 'read now'
      - 'read immediately'
      - 'selected'
      - 'ignore'
      - 'ignoring'
      - 'did you get'
      - 'did you see'
      - 'why haven''t'
      - 'following up again'
      - 'attempt'
      - 'follow-up #'
      - 'follow up #'
      - 'are you there'
      - 'still there'
      - 'breaking up'
      - 'break up'
      - 'closing your file'
      - 'closing the file'
      - 'follow'
    patterns:
      - '\b(?:action|response|reply|answer) (?:required|needed|requested)\b'
      - '\bimmediate (?:action|attention|response|reply)\b'
      - '\bimportant[:!]'
      - '^\s*attention[:!]'
      - '\b(?:final|last) (?:attempt|notice|reminder|try|chance|call)\b'
      - '\b(?:open|read|reply|respond) (?:now|immediately|asap|today)\b'
      - '\byou(?:''ve| have) been (?:selected|chosen)\b'
      - '\b(?:don''t|do not) ignore\b'
      - '\bare you ignoring\b'
      - '\bdid you (?:get|see|read) my\b'
      - '\bwhy (?:haven''t|have not) you\b'
      - '\bfollowing up again\b'
      - '\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth) (?:attempt|follow[- ]?up|try|email)\b'
      - '\bfollow[- ]?up #\d\b'
      - '\bare you (?:still )?there\??'
      - '\bbreak(?:ing)?[- ]up\b'
      - '\bclosing (?:your|the) file\b'
      - {regex: '^\s*we need to talk\b|\b(?:checking in|following up|circling back|bumping this|pinging you|reaching out) (?:again|one more time|for the (?:\w+ )?time)\b', keywords: ['need to talk', 'again', 'one more time', 'for the']}
      - {regex: '(?<!\bshould i )\bclose (?:out )?(?:your|the) (?:file|account|opportunity)\b|[(\[]again[)\]]|\b(?:should i|do i|can i) (?:stop|give up)\b|\bdid i lose you\b|\bare you (?:still )?alive\b|\bis this goodbye\b', keywords: ['close', 'again', 'stop', 'give up', 'lose you', 'alive', 'goodbye']}
      - {regex: '^\s*(?:still )?waiting (?:on|for) (?:you|your (?:reply|answer|response|decision))\b', keywords: ['waiting']}
      - {regex: '^\s*(?:hello|hi|hey|anyone (?:there|home)|anybody (?:there|home))\s*\?+', keywords: ['hello', 'hi', 'hey', 'anyone', 'anybody']}
      - {regex: '^\s*deadline\b|\bdeadline (?:is )?(?:today|tonight|tomorrow|approaching|looming|soon|this week|friday|monday|eod)\b', keywords: ['deadline']}
      - {regex: '^\s*(?:read|open|see|look at|check) (?:this|me)(?: now| today| asap| first| before| by| immediately)', keywords: ['read', 'open', 'see', 'look at', 'check']}
      - {regex: '^\s*important\s*[-:|]', keywords: ['important']}
      - {regex: '[(\[]\s*(?:for the )?(?:last|final) (?:time|try|attempt|chance)\s*[)\]]', keywords: ['last', 'final']}
      - {regex: '\b(?:please|pls|kindly) (?:respond|reply|answer)(?: asap| now| today| urgently| immediately)?\s*[!.]*\s*$', keywords: ['respond', 'reply', 'answer']}
      - {regex: '\b(?:expir(?:es|ing)|ends|ending) (?:soon|today|tonight|tomorrow|in \d+ (?:hours|days))\b|\b(?:\d+|24|48|72) hours? left\b', keywords: ['expir', 'ends', 'ending', 'left']}
    exceptions:
      - '\bclose your file\b[^\n]*\bthank(?:s| you)\b'
      - '\b(?:no|not|nothing) (?:(?:further|immediate|urgent) )?(?:action|response|reply|answer)s? (?:is |are )?(?:required|needed|requested)\b'
      - '\baction (?:required|needed|requested)\s*[:-]\s*(?:[\w-]+ ){0,4}(?:form|forms|po|invoice|w-?9|w-?8|certificate|details|dns|sso|sign-?in|login|password|security|update|migration|configuration|settings|tax|vat|bank|supplier|vendor|onboarding)\b'
      - '\b(?:registration|rsvp|sign-?ups?|early[- ]bird|webinar|workshop|conference|forum|breakfast|dinner|roundtable|summit|session|event)\b'
    message: 'a pushy subject line: "{match}"'
    examples:
      fire:
        - {"text": "Action needed: your pricing", "field": "subject"}
        - {"text": "Answer needed today", "field": "subject"}
        - {"text": "Action required: your pricing", "field": "subject"}
        - {"text": "Final attempt", "field": "subject"}
        - {"text": "Did you get my last email?", "field": "subject"}
        - {"text": "IMPORTANT: read now", "field": "subject"}
        - {"text": "3rd follow-up: onboarding", "field": "subject"}
        - {"text": "Still waiting on you", "field": "subject"}
        - {"text": "Hello?", "field": "subject"}
        - {"text": "Deadline tomorrow", "field": "subject"}
        - {"text": "Read this before Friday", "field": "subject"}
        - {"text": "Important - please respond", "field": "subject"}
        - {"text": "Your discount expires in 24 hours", "field": "subject"}
        - {"text": "24 hours left", "field": "subject"}
        - {"text": "Closing the loop (for the last time)", "field": "subject"}
        - {"text": "Following up (again)", "field": "subject"}
        - {"text": "Should I stop reaching out?", "field": "subject"}
        - {"text": "Did I lose you?", "field": "subject"}
        - {"text": "Is this goodbye?", "field": "subject"}
        - {"text": "We need to talk", "field": "subject"}
        - {"text": "Checking in again", "field": "subject"}
        - {"text": "Reaching out for the third time", "field": "subject"}
      pass:
        - {"text": "Your renewal on 1 March – no action needed yet", "field": "subject"}
        - {"text": "Action needed: SSO settings for your workspace", "field": "subject"}
        - {"text": "Action required: W-9 and supplier form for your PO", "field": "subject"}
        - {"text": "Last reminder: registration closes Friday for the Finance Leaders Breakfast", "field": "subject"}
        - {"text": "Quick question about onboarding", "field": "subject"}
        - {"text": "Last follow-up from my side", "field": "subject"}
        - {"text": "Following up on our call", "field": "subject"}
        - {"text": "Ideas for your Denver team", "field": "subject"}
        - 'This is the final attempt at a summary of our notes.'
        - {"text": "Important update to our DPA", "field": "subject"}
        - {"text": "Agenda for Tuesday", "field": "subject"}
        - {"text": "Help with your RFP deadline", "field": "subject"}
        - {"text": "Hello from Ourco", "field": "subject"}
        - {"text": "Closing the loop on Tuesday's call", "field": "subject"}
        - {"text": "Should I close your file?", "field": "subject"}
        - {"text": "Re: your question (again, thanks!)", "field": "subject"}
        - {"text": "Great to see you again", "field": "subject"}
  - id: tone.exclamations
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - '!!'
      - '?!'
      - '!?'
      - '???'
    patterns:
      - '[!?]*!{2,}[!?]*|\?{3,}|\?!|!\?'
      - {regex: '\u{1F6A8}|\u2757|\u23F0|(?:\u{1F525}\s*){2,}', keywords: ['🚨', '❗', '⏰', '🔥']}
    message: 'repeated exclamation marks: "{match}"'
    examples:
      fire:
        - 'Great news!!'
        - 'Are you in?!'
        - 'What do you think???'
        - '🚨 Pricing update 🚨'
        - '⏰ Your discount expires soon'
      pass:
        - 'Great to meet you! Talk soon.'
        - 'Congrats on the launch!'
        - 'Thanks for the time today 🙂'
  - id: tone.shouted-words
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    case_sensitive: true
    # A plain-text table's row names its columns: "KPI    LAST QTR   THIS QTR" (thirty-eighth session, WB).
    not_in: [table]
    exceptions:
      # A section heading that asks what it covers: "WHAT WE NEED FROM YOU" on its own line (development set JD).
      - '(?:^|\n)[ \t]*(?:what|where|how|why|when|who|which)\b[^.!?\n]{0,40}(?:\n|$)'
      # A capability list's heading on its own line: "CAN DO" … "CAN'T DO" (thirty-eighth session, VA).
      - '(?:^|\n)[ \t]*(?:we )?(?:can''t|cannot|can not|won''t|don''t|do not) (?:do|cover|offer|support|include|provide|change)(?: \(?(?:yet|today)\)?)?[ \t]*:?[ \t]*(?:\n|$)'
    description: 'a pushy word written in capitals ("NEVER", "FINAL", "do NOT", "BEST deal", "please, PLEASE"); acronyms (SOC, API, GDPR, CRM) are not in the list and pass. Runs of capitals are tone.shouting in the core pack. The words are ones rarely written in lower case in a sales email, so the prefilter stays cheap'
    keywords: ['never', 'must', 'seriously', 'absolutely', 'definitely', 'incredible', 'massive', 'insane', 'crazy', 'hurry', 'expires', 'expiring', 'deadline', 'final', 'cannot', 'can''t', 'won''t', 'don''t', 'biggest', 'lowest', 'bonus', 'everyone', 'wow', 'omg', 'chance', 'really', 'miss', 'best deal', 'best offer', 'best price', 'please, please', 'please please', 'game', 'unbelievable', 'enormous', 'unreal', 'revolutionary', 'groundbreaking', 'life-changing', 'life changing', 'must-have', 'must have', 'no-brainer', 'no brainer', 'honestly', 'literally', 'totally', 'alert', 'skyrocket', 'millions', 'need', 'last', 'big', 'one-time', 'do not', 'does not', 'did not', 'will not', 'would not', 'should not', 'could not', 'can not', 'must not']
    patterns:
      - '(?=[A-Z][A-Z''])(?<![\p{L}\d''_])(?:NEVER|MUST|SERIOUSLY|ABSOLUTELY|DEFINITELY|INCREDIBLE|MASSIVE|INSANE|CRAZY|HURRY|EXPIRES|EXPIRING|DEADLINE|FINAL|CANNOT|CAN''T|WON''T|DON''T|BIGGEST|LOWEST|BONUS|EVERYONE|WOW|OMG|CHANCE|REALLY|MISS|GAME[- ]?CHANGER|UNBELIEVABLE|ENORMOUS|UNREAL|REVOLUTIONARY|GROUNDBREAKING|LIFE[- ]CHANGING|MUST[- ]HAVE|NO[- ]BRAINER|HONESTLY|LITERALLY|TOTALLY|ALERT|SKYROCKET|MILLIONS|NEED|LAST|BIG|ONE-TIME|BEST(?= (?:deal|offer|price|DEAL|OFFER|PRICE)\b))(?![\p{L}\d''_])'
      - '(?i:please),? PLEASE\b'
      - '(?i:do|does|did|will|would|should|could|can|must) NOT\b'
    message: 'shouting "{match}" in capitals'
    examples:
      fire:
        - 'Please, PLEASE take a look.'
        - 'This is the BEST deal we have offered.'
        - 'You do NOT want to miss this.'
        - 'I REALLY need an answer.'
        - 'This is your FINAL chance.'
        - {"text": "FINAL attempt", "field": "subject"}
        - 'We have NEVER offered this before.'
        - 'This is a GAME CHANGER for your team.'
        - 'We NEED to talk about this.'
        - 'This is a BIG deal for your team.'
        - 'It''s a ONE-TIME offer.'
      pass:
        - 'The signed copy is Ourco_Proposal_v3_FINAL.pdf in the shared folder.'
        - 'Please take a look.'
        - 'We are SOC 2 Type II and GDPR compliant, and our API syncs with your CRM.'
        - 'Our HIPAA BAA and DPA are attached.'
        - 'The AWS EU region keeps data in the EU.'
        - 'Great to meet you at SaaStr!'
        - 'Your VP of RevOps asked about SSO and SCIM.'
        - 'I''m honestly impressed by your team''s growth.'
        - 'Our last release added SSO.'
  - id: tone.pushy-demand
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    keywords:
      - 'you must'
      - 'you need to'
      - 'you have to'
      - 'you''ve got to'
      - 'you have got to'
      - 'only chance'
      - 'only opportunity'
      - 'last opportunity'
      - 'no more'
      - 'no excuses'
      - 'i insist'
      - 'i expect'
      - 'do it now'
      - 'sign today'
      - 'sign now'
      - 'buy now'
      - 'order now'
      - 'book now'
      - 'call me now'
      - 'click now'
      - 'click here now'
      - 'last chance'
      - 'final chance'
      - 'your only'
      - 'one chance'
      - 'one shot'
      - 'last shot'
      - 'expect'
    patterns:
      - {regex: '(?:^|[.!?…]\s+|\n)\s*(?:so,? )?what (?:exactly |else |on earth |the heck )?(?:are you|is your team|is [\w&.-]+(?: [\w&.-]+){0,2}) (?:still )?waiting for\s*\?', keywords: ['waiting for']}
      - {regex: '\bseriously\?\?|\bstill no (?:decision|answer|reply|response|word|news|update)\b[^.!?\n]{0,20}\?\?', keywords: ['seriously', 'still no']}
      - {regex: '\bwe expect (?:to hear (?:back )?from you|your (?:answer|decision|reply|response|signature|sign-?off|confirmation)) (?:by|before|no later than)\b', keywords: ['we expect to hear', 'we expect your']}
      - '${RELEASED}\b(?:you must|you need to|you have to|you''ve got to|you have got to) (?:act|reply|respond|decide|sign|buy|commit|move|get back|book|call|purchase|order|try|switch|make a decision)(?: \w+){0,3} (?:now|today|fast|quickly|immediately|asap|tonight|this week)\b'
      - '\bthis is your (?:last|final|only|one) (?:chance|opportunity|shot)\b'
      - '\bno more (?:extensions|delays|excuses)\b'
      - '\bno excuses\b'
      - {regex: '\bi(?:''m going to have to| am going to have to| must| have to| really must| will have to|''ll have to|''d have to) (?:respectfully )?insist\b', keywords: ['insist']}
      - '\bi (?:insist|expect you to|expect a (?:reply|response|decision))\b'
      - '\b(?:sign|buy|order|book|purchase|subscribe|upgrade|click|call me) (?:now|today)\b(?! (?:or|if|and) (?:next|later|whenever))'
      - {regex: '\b(?:i|we)(?:''m| am|''re| are|''d| would)? (?:(?:really|absolutely|definitely|just|still|urgently|do) ){0,2}(?:need|must have|require|expect|want|like|''ll need|will need|going to need|expecting|have to have)(?: to (?:have|get|hear))? (?:a |an |your |the )?(?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:yes or (?:a )?no|answer|decision|verdict|reply|response|go or no-go|go/no-go|commitment)(?: (?:back )?from (?:you|your team|your side))?(?: on (?:this|it|the \w+))?(?:[ \t]?[—–,:-]+)? (?:by(?! the way)|before|no later than|within|today|tonight|this week|asap|now|right away|immediately|eod|cob)\b', keywords: ['a answer', 'a decision', 'a verdict', 'a reply', 'a response', 'an answer', 'an decision', 'an verdict', 'an reply', 'an response', 'your answer', 'your decision', 'your verdict', 'your reply', 'your response', 'the answer', 'the decision', 'the verdict', 'the reply', 'the response', 'a firm', 'a final', 'a definitive', 'a definite', 'a straight', 'your firm', 'your final', 'your definitive', 'your definite', 'your straight', 'the firm', 'the final', 'the definitive', 'the definite', 'the straight', 'your clear', 'your real', 'your quick', 'clear answer', 'clear decision', 'clear reply', 'clear response', 'real answer', 'real decision', 'real reply', 'real response', 'quick answer', 'quick decision', 'quick reply', 'quick response', 'yes or', 'go or no', 'go/no-go', 'a commitment', 'your commitment']}
      - {regex: '\bcan (?:i|we) (?:get|have) (?:a |an |your |the )?(?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:yes or (?:a )?no|answer|decision|verdict|commitment)(?: from (?:you|your team))? (?:by(?! the way)|before|no later than|today|tonight|this week|asap|eod|cob)\b', keywords: ['a answer', 'a decision', 'a verdict', 'a reply', 'a response', 'an answer', 'an decision', 'an verdict', 'an reply', 'an response', 'your answer', 'your decision', 'your verdict', 'your reply', 'your response', 'the answer', 'the decision', 'the verdict', 'the reply', 'the response', 'a firm', 'a final', 'a definitive', 'a definite', 'a straight', 'your firm', 'your final', 'your definitive', 'your definite', 'your straight', 'the firm', 'the final', 'the definitive', 'the definite', 'the straight', 'your clear', 'your real', 'your quick', 'clear answer', 'clear decision', 'clear reply', 'clear response', 'real answer', 'real decision', 'real reply', 'real response', 'quick answer', 'quick decision', 'quick reply', 'quick response', 'yes or', 'go or no', 'go/no-go', 'a commitment', 'your commitment']}
      - {regex: '\b(?:i|we) (?:really )?need you to (?:decide|commit|sign|confirm|respond|reply|answer|get back to me)(?: on this)? (?:by(?! the way)|before|today|tonight|asap|now|this week|eod|cob)\b', keywords: ['need you to']}
      - {regex: '\b(?:get|give|send|hand) me (?:a |an |your |the )?(?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:yes or (?:a )?no|answer|decision|verdict|reply|response|go or no-go|go/no-go)(?: on (?:this|it))? (?:by|before|no later than|within|today|tonight|this week|asap|now|right away|immediately|eod|cob)\b', keywords: ['get me', 'give me', 'send me', 'hand me']}
      - {regex: '\blet me have (?:a |an |your |the )?(?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:yes or (?:a )?no|answer|decision|verdict|reply|response|go or no-go|go/no-go)(?: on (?:this|it))? (?:by|before|no later than|within|today|tonight|this week|asap|now|right away|immediately|eod|cob)\b', keywords: ['let me have']}
      - {regex: '\bget back to me (?:by|before|no later than|today|tonight|asap|eod|cob)\b[^.!?\n]{0,30}? with (?:a |an |your |the )?(?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:yes or (?:a )?no|answer|decision|verdict)\b', keywords: ['get back to me']}
      - {regex: '\bexpecting (?:a |an |your |the )?(?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:yes or (?:a )?no|answer|decision|verdict|reply|response|go or no-go|go/no-go)(?: (?:back )?from you)? (?:by|before|no later than|within|today|tonight|this week|asap|now|right away|immediately|eod|cob)\b', keywords: ['expecting']}
      - {regex: '\b(?:still|i''m|i am|we''re|we are|been|i''ve been|we''ve been) (?:still )?(?:waiting (?:on|for|to hear(?: back)?)|awaiting) (?:your|a|an) (?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:yes or (?:a )?no|answer|decision|reply|response|verdict)\b', keywords: ['waiting on', 'waiting for', 'waiting to hear', 'awaiting']}
      - {regex: '\bi (?:really |just )?need to know (?:today|tonight|now|asap|by|before|this week|right away)\b', keywords: ['need to know']}
      - {regex: '\b(?:tell|let) me (?:know )?(?:by|before) [^.!?\n]{1,25}?[:,;—–-] ?(?:a )?yes or (?:a )?no\b', keywords: ['yes or']}
      - {regex: '\b(?:respond|reply|come back(?: to me)?|revert|get back to me) (?:to me )?with (?:a |an |your |the )?(?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:decision|answer|yes or (?:a )?no|verdict|go or no-go|go/no-go) (?:by|before|no later than|today|tonight|asap|now|eod|cob|this week)\b', keywords: ['with a decision', 'with an answer', 'with your decision', 'with your answer', 'with a yes', 'with a final', 'with a firm', 'with a clear', 'with a definitive', 'with the decision', 'with a verdict', 'with a go']}
      - {regex: '(?:^|\n|[.!?]\s+)(?:still )?(?:awaiting|waiting on|waiting for) your (?:(?:firm|final|definitive|definite|clear|straight|real|quick) )?(?:decision|answer|verdict|yes or no)\b', keywords: ['awaiting', 'waiting on', 'waiting for']}
      - {regex: '\b(?:reply|respond|answer|get back to (?:me|us)|confirm|let (?:me|us) know|come back to (?:me|us))\b[^.!?\n]{0,40}?\b(?:within (?:the next )?(?:\d+|twenty-four|forty-eight|one|two|24|48|a few) hours?|by (?:\d{1,2}(?::\d{2})? ?(?:am|pm)|noon|midday|close of business|cob|eod|end of (?:the )?day) (?:today|tonight)|by (?:cob|eod|end of day) today|(?:today|tonight) (?:by|before) \d{1,2}(?::\d{2})? ?(?:am|pm))', keywords: ['hour', 'today', 'tonight', 'cob', 'eod', 'end of day', 'end of the day']}
    exceptions:
      - '\bnot because (?:you|your team|anyone) (?:need|needs|have|has|must|should) to\b'
      - '\b(?:no|there''s no|there is no) (?:need|pressure|rush) (?:for you )?to decide\b'
      - '\b(?:we|our (?:team|support|support team|staff|engineers|agents|people)|support) (?:always |usually |typically |normally )?(?:answer|reply|respond|get back)\w* within\b'
      - '\bbuy now,? pay later\b'
      - '${NO_DECISION_NEEDED}'
      - '["“''‘](?:book|buy|order|sign up|register|get started|start|try|shop|reserve|join|apply|claim)(?: (?:now|today|here|it))?["”''’]'
      - '\b(?:not|never|no one is|nobody is|i''m not|i am not|we''re not|we are not) (?:expecting|asking for|chasing|needing|looking for|after) (?:an? |any )?(?:answer|decision|reply|response|commitment|sign-?off)\b'
      - '\b(?:if you (?:want|prefer|like)|whenever|happy to|feel free|no rush)\b'
      - '\b(?:if (?:possible|at all possible|you can|you could|that works)|when you (?:can|get a chance|have a (?:moment|minute|sec)))\b'
      - '\b(?:we|you) can (?:still |also |always )?(?:sign|book|order|buy|register)\b'
      - '\bneed to know\b[^.!?\n]{0,30}\b(?:which|what time|what day|how many|who (?:will|is|should)|headcount|attendees?)\b'
      - '\bfrom (?:our|my) (?:[\w-]+ ){0,2}(?:team|engineers?|lawyers?|counsel|department|vendor|partner)\b'
    message: 'a pushy demand: "{match}"'
    examples:
      fire:
        - '837 businesses in Arizona signed with Ourco this month alone. What exactly are you waiting for?'
        - 'Seriously?? Still no decision??'
        - 'We expect to hear from you by Wednesday, 10 a.m., at which point the reserved capacity goes to others.'
        - 'Please reply to this email within 24 hours to confirm you''ve received it.'
        - 'Could you reply by 5pm today to let me know who owns the decision?'
        - 'Can I get a decision from you by noon?'
        - 'I need you to decide by Friday.'
        - 'Please respond with a decision by 3pm.'
        - 'Awaiting your decision.'
        - 'I need a yes or no from you by Thursday.'
        - 'I really need an answer from you today.'
        - 'Get back to me by 5pm today with a decision.'
        - 'I''m expecting your reply by Friday.'
        - 'Still waiting on your answer.'
        - 'You must sign today to keep the price.'
        - 'This is your last chance.'
        - 'I expect a reply by tomorrow.'
        - 'Buy now and save.'
      pass:
        - 'Which approvals is your team waiting for? I can send the security pack today.'
        - 'I''m sharing the longer options because you asked, not because you need to decide on them now.'
        - 'Buy now pay later at the front desk'
        - 'Neither is something you need to decide now. I''d just like you to have the options before your budget round.'
        - 'Still no decision needed on your side; we will hold the pilot slot until you are ready.'
        - 'We expect to hear from the auditor by Wednesday and will forward the report as soon as it lands.'
        - 'Copy the "Book Now" link into your Instagram bio.'
        - 'Let me know by Friday if Tuesday works for the demo.'
        - 'Our support team replies within 4 hours on business days.'
        - 'Don''t feel you have to respond today; next week is fine.'
        - 'Can I get a decision on the SSO provider from your IT team when they''re ready?'
        - 'I''d like your answer by Friday if possible, so I can book the trainers.'
        - 'Awaiting your feedback on the agenda.'
        - 'If you could let me know by Friday whether Tuesday works, I''ll book the room.'
        - 'Whenever you get a chance, let me know what you think.'
        - 'We need your decision on the SSO provider to configure the sandbox.'
        - 'I''m waiting for your IT team''s go-ahead before I send the invite.'
        - 'If you want, we can book a call today.'
        - 'You need to see the dashboard to believe it.'
        - 'Happy to book time now or later.'
        - 'If the names are not settled yet, you can still book now and change them later at no charge.'
  - id: tone.deadline-hold
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'threats to withdraw a rate, slot or seat; price rises; decision deadlines with a consequence'
    patterns:
      - {regex: '\b(?:won''t|will not|wouldn''t|would not|may not|might not|can''t|cannot|can no longer) (?:be able to )?(?:hold|keep|honou?r|extend|guarantee|offer) (?:this|the|that|your|these|our)(?: \w+)? (?:rate|price|pricing|quote|offer|discount|deal|spot|slot|seat|terms)(?: (?:past|beyond|after|much longer|for long|forever|indefinitely))?', keywords: ['hold', 'keep', 'honor', 'honour', 'extend', 'guarantee', 'offer']}
      - {regex: '\b(?:pricing|price|prices|rate|discount|offer|quote|deal) (?:is|are) only (?:guaranteed|locked|held|valid|good) (?:until|till|through|thru|for)\b', keywords: ['only guaranteed', 'only locked', 'only held', 'only valid', 'only good']}
      - {regex: '\b(?:offer|deal|discount|price|pricing|rate|quote|promo) (?:is )?(?:valid|good|available) (?:until|till|through|thru) [\w ,./-]{1,25}? only\b', keywords: ['valid', 'good', 'available']}
      - {regex: '\b(?:decide|sign|commit|confirm|reply|respond|book)(?: [\w'']+){0,3} by (?:[\w ,./-]{1,25}?) (?:to|so (?:we|i|you) can) (?:lock|keep|secure|hold|save|get|guarantee|claim|reserve)\b', keywords: ['decide', 'sign', 'commit', 'confirm', 'reply', 'respond', 'book']}
      - {regex: '\b(?:we''re|we are|we''ll be|we will be) (?:raising|increasing|hiking) (?:our |the )?(?:prices?|pricing|rates?)\b', keywords: ['raising', 'increasing', 'hiking']}
      - {regex: '\b(?:price|prices|pricing|rates?) (?:increase|increases|will increase|rise|rises|will rise|change|changes) (?:on|after|starting|from|as of|in|next)\b', keywords: ['increase', 'rise', 'change']}
      - {regex: '\bprice (?:increase|hike|rise) (?:coming|ahead|incoming|is coming|takes effect)\b', keywords: ['increase', 'hike', 'rise']}
      - {regex: '(?:^|\n|[.!?] )deadline\s*[:\-–—]', keywords: ['deadline']}
      - {regex: '\b(?:hard|firm|strict) deadline\b', keywords: ['deadline']}
      - {regex: '\b(?:last|only) time (?:i''ll|i will|we''ll|we will|i can|we can) (?:offer|extend|hold|make)\b', keywords: ['last time', 'only time']}
      - {regex: '\b(?:this is )?(?:my|our) (?:final|best and final|last) (?:offer|price|proposal)\b', keywords: ['final', 'last']}
      - {regex: '\b(?:to|and) (?:secure|claim|reserve|keep|save) your (?:spot|slot|seat|place|discount|rate|price)\b', keywords: ['secure', 'claim', 'reserve', 'keep', 'save']}
      - {regex: '\byour (?:spot|slot|seat|place|discount|rate|price|reservation) (?:will be|gets|is) (?:released|given away|cancell?ed|forfeited|lost|reassigned)\b', keywords: ['released', 'given away', 'cancel', 'forfeited', 'lost', 'reassigned']}
      - {regex: '\b(?:give|offer|release|hand) (?:your|this|the) (?:spot|slot|seat|place|pricing|discount|rate) to (?:another|someone else|the next|a different)\b', keywords: ['another', 'someone else', 'the next', 'a different']}
      - {regex: '\b(?:another|other|several|two|three|a few) (?:companies|company|teams?|customers?|prospects?|buyers?|clients?) (?:(?:is|are) )?(?:waiting|interested|lined up|in line|asking) (?:for|in) (?:this|that|the|your) (?:spot|slot|seat|place|pricing|discount|rate|deal)\b', keywords: ['waiting', 'interested', 'lined up', 'in line', 'asking']}
      - {regex: '\b(?:down to|only) (?:the|our) (?:last|final) (?:\d+|one|two|three|few|couple(?: of)?) (?:\w+ )?(?:spots?|slots?|seats?|licen[cs]es?|places?|openings?)\b', keywords: ['last', 'final']}
      - {regex: '\b(?:for|to) the first (?:\d+|five|ten|twenty|few) (?:customers|companies|teams|sign-?ups|buyers|clients)(?: only| who)\b', keywords: ['the first']}
      - {regex: '\b(?:almost|nearly|close to|at) (?:full )?capacity for\b', keywords: ['capacity']}
      - {regex: '\b(?:expires?|ends|closes) at (?:midnight|noon|\d{1,2}(?::\d\d)? ?(?:am|pm))\b', keywords: ['expire', 'ends', 'closes']}
      - {regex: '\b(?:after|past|beyond|by|before|until) [^.!?\n]{1,40}?\bno (?:exceptions|extensions)\b', keywords: ['no exception', 'no extension']}
      - {regex: '\bno (?:exceptions|extensions)(?: will be made)?,? (?:after|past|beyond)\b', keywords: ['no exception', 'no extension']}
      - {regex: '\bafter (?:that|this|then|today|tonight|tomorrow|friday|monday|tuesday|wednesday|thursday|the \d{1,2}(?:st|nd|rd|th)?)[,;:]? (?:it''s|it is|they''re|they are|it''ll be|it will be|the (?:offer|discount|price|pricing|rate|deal|slot|spot|seat|fee waiver) (?:is|goes|will be))(?: back)? (?:gone|off the table|(?:to |at )?(?:list(?: price)?|full price|normal(?: price)?)|expired|over|withdrawn)\b', keywords: ['after that', 'after this', 'after then', 'after today', 'after tonight', 'after tomorrow', 'after friday', 'after monday', 'after tuesday', 'after wednesday', 'after thursday', 'after the 1', 'after the 2', 'after the 3', 'after the 4', 'after the 5', 'after the 6', 'after the 7', 'after the 8', 'after the 9']}
      - {regex: '\b(?:if (?:i|we) (?:don''t|do not|haven''t|have not|can''t|cannot|didn''t|did not) (?:hear|heard|get|gotten|have|had|receive|received)|if you (?:don''t|do not|can''t|cannot|haven''t|have not) (?:reply|respond|decide|confirm|sign|commit|get back|answer)|if (?:there''s|there is) no (?:reply|answer|response|word|decision|signature)|unless (?:i|we) (?:hear|get|have|receive)|unless you (?:reply|respond|sign|confirm|decide|commit)|no (?:answer|reply|response|word|decision|signature) by)\b[^.!?\n]{0,60}?\b(?:(?:releas\w*|cancel\w*|reassign\w*|forfeit\w*|los\w*|giv\w*|offer\w*|hand\w*|pass\w*)(?: it| them)?(?: on)? (?:your|the|this|that|our|these) (?:[\w-]+ )?(?:spot|slot|seat|place|reservation|discount|rate|price|pricing|offer|deal|terms|allocation)s?\b|(?:spot|slot|seat|place|discount|rate|price|pricing|offer|deal|terms)s? (?:\w+ ){0,2}?(?:goes|go|will go|is going|gets given|is given|expires?|is gone|will be gone|goes back|reverts?)\b|assume (?:you''re|you are) (?:out|not interested)|(?:i''ll|we''ll|i will|we will) move on)', keywords: ['if i don''t', 'if i do not', 'if i haven''t', 'if i have not', 'if i can''t', 'if i cannot', 'if i didn''t', 'if i did not', 'if we don''t', 'if we do not', 'if we haven''t', 'if we have not', 'if we can''t', 'if we cannot', 'if we didn''t', 'if we did not', 'if you don''t', 'if you do not', 'if you can''t', 'if you cannot', 'if you haven''t', 'if you have not', 'if there', 'unless', 'no answer', 'no reply', 'no response', 'no word', 'no decision', 'no signature']}
      - {regex: '\b(?:sign|decide|commit|confirm|reply|respond)\b[^.!?\n]{0,40}?\b(?:otherwise|or else|after that)\b[,;:]? [^.!?\n]{0,40}?\b(?:goes away|go away|is gone|be gone|disappears|off the table|back to (?:list|full price)|expires)\b', keywords: ['otherwise', 'or else', 'after that']}
      - {regex: '(?<!\b(?:bug|error|issue|mistake|problem|outage|incident|typo)\b[^.!?\n]{0,40})\b(?:won''t|will not|isn''t going to|is not going to) be (?:repeated|offered again|extended again|available again)(?=\s*(?:[.!;—–-]|$))', keywords: ['repeated', 'offered again', 'extended again', 'available again']}
      - {regex: '\b(?:sign|commit|decide|buy|book|confirm)\b[^.!?\n]{0,50}?[;,—–-]\s*(?:but )?(?:next week|next month|tomorrow|from monday|from next week)[,]? (?:it''s|it is|it goes (?:up )?to|it''ll be|it will be|the price (?:is|goes (?:up )?to)|you''ll pay|you pay)(?: back to)? (?:\$[\d,.]+k?|full price|list(?: price)?|double|the full)', keywords: ['next week it', 'next week, it', 'next month it', 'next month, it', 'tomorrow it', 'tomorrow, it', 'next week the', 'next month the', 'next week you', 'from monday', 'from next week']}
      - {regex: '\bif (?:you''re|you are) not (?:in|on board|signed(?: up)?|committed) by [^.!?\n]{1,30}?[,;—–-]? ?(?:you''re|you are) out\b', keywords: ['you''re out', 'you are out']}
      - {regex: '\b(?:sign|commit|decide|buy|confirm)\b[^.!?\n]{0,40}?\bor (?:the|your) (?:setup |onboarding |implementation )?fees? (?:is|are|comes?|goes) back\b', keywords: ['fee is back', 'fees are back', 'fee comes back', 'fee goes back', 'fees come back']}
    exceptions:
      - '\(not (?:for|to) you\)|\bnot for (?:you|existing customers|current customers)\b'
      - '\b(?:exchange rates?|currency|fx|raw material|material|steel|copper|energy|supplier) (?:prices? |costs? )?[^.!?\n]{0,40}\b(?:moves?|moving|changes?|fluctuat\w+|rises?|goes up)\b|\bpurchased in (?:eur|usd|jpy|gbp|chf|cny)\b'
      - '\bwhenever (?:a|the|any|our) (?:[\w-]+ )?(?:price|rate|fee|tariff|list price)s? (?:changes?|goes up|increases?|moves?)\b|\b(?:no|not a|nothing on the bill is a|isn''t a|is not a) (?:rate|price) change\b'
      - '\b(?:garage|car park|parking|venue|building|office|offices|reception|store|shop|restaurant|bar|kitchen|doors?|gates?|cafe|café|canteen|gym|pool|library|museum|station|front desk|help ?desk|helpline|warehouse|depot|site|campus|terminal|lounge|hotel bar)\b[^.!?\n]{0,30}\b(?:closes|opens|shuts|is open|is closed)\b(?: (?:at|from|until|till|on|between))'
      - '${NOBODY_LIKES}'
      - '${FIRST_IN_YEARS}'
      - '\b(?:none|nothing|no part|neither)\b[^.!?\n]{0,30}\bdeadline\b|\b(?:isn''t|is not|aren''t|are not|without|doesn''t have|does not have|don''t have|do not have|there''s no|there is no) (?:a |any )?(?:hard |firm |strict |real |set )?deadline'
      - '${FACTUAL_END}'
      - '${PRICE_HELD}'
      - '${PRICE_QUESTION}'
      - '${CHANGE_NOTICE}'
      - '\bno (?:hard |firm |real |set )?deadline\b'
      # A contract term that limits a rise: "Price increase on renewal capped at 5%".
      - '${CAPPED_RISE}'
      - '\bbecause (?:our|the) (?:[\w-]+ ){0,3}(?:supplier|vendor|provider|manufacturer|partner|licen[cs]or)(?:''s|s''|s)? (?:prices?|costs?|rates?|pricing|list prices?) (?:change|changes|increase|increases|rise|rises|go up|goes up)\b'
      - '${PUBLISHED}'
      - '\bno (?:rush|pressure|hurry|urgency)\b'
      - '\b(?:webinar|event|session|meeting|call|demo|workshop|registration for the webinar) (?:ends|closes|expires)\b'
      - '\bhappy to (?:hold|keep)\b'
      - '\b(?:office|offices|support|desk|helpdesk|help desk|phone lines?|store|shop|lab|building|cafeteria|booth) (?:closes|close|ends)\b'
${RELEASE_CONTEXT}
    message: 'deadline pressure or false scarcity: "{match}"'
    examples:
      fire:
        - 'Prices change on 1 July, so sign this week if you want today''s rate.'
        - 'Sign this week and onboarding is free; next week it''s $5,000.'
        - 'Sign before Friday and we''ll waive the setup fee — after that, no exceptions.'
        - 'If I haven''t heard from you by Friday, I''m releasing your slot.'
        - 'No answer by Wednesday and the seat goes to the next company on the list.'
        - 'Sign by Thursday and the discount is yours; after that it''s gone.'
        - 'Decide by Friday, otherwise the waived fee goes away.'
        - 'I won''t be able to hold this rate past Friday.'
        - 'We may not be able to keep this discount much longer.'
        - 'Pricing is only guaranteed until Friday.'
        - 'Offer valid until Friday only.'
        - 'Please decide by Friday so we can keep the discount.'
        - 'Sign by the 30th to lock in the current rate.'
        - 'We''re raising prices next month.'
        - 'Prices increase on January 1.'
        - 'Deadline: Friday at 5pm.'
        - 'This is the last time I''ll offer this price.'
        - 'This is my final offer.'
        - 'Reply YES by Friday to secure your spot.'
        - 'Your spot will be released if we don''t hear back by Friday.'
        - 'We''ll give your slot to another company if I don''t hear back.'
        - 'Two other companies are interested in this slot.'
        - 'We are down to the last 2 pilot spots.'
        - 'This promo is for the first 10 customers only.'
        - 'We''re almost at capacity for Q3 onboarding.'
        - 'The discount expires at midnight.'
        - {"text": "Price increase coming", "field": "subject"}
      pass:
        - 'Most of our hardware is produced in Germany and purchased in EUR, so we cannot keep the KRW price for a long time when the exchange rate moves.'
        - 'For existing customers the current price stays valid until the end of your contract in September.'
        - '4. Will prices change after the first year? Any change is announced 60 days before renewal.'
        - 'Just a gentle nudge on the security questionnaire, whenever your team has a moment; there''s no hard deadline on our side.'
        - 'The fixed price in this quote applies to orders placed by 30 June, because our hardware supplier''s prices change on 1 July.'
        - 'Our standard pricing changes on 1 January; any quote issued before then is honoured for 90 days, so there''s no need to rush a decision.'
        - 'As announced in our October newsletter, list prices change on 1 April.'
        - 'We published the new rates in June; prices change on the first of next month.'
        - 'Sign up for the webinar; next week it''s in Berlin.'
        - 'If you can''t make Friday, I''ll release the room and we can find another time.'
        - 'If I don''t hear back, I''ll assume now isn''t the right time and won''t follow up.'
        - 'After Friday, our team is out for the holidays, so let''s aim for Thursday.'
        - 'This won''t be repeated in the next version; we fixed the bug.'
        - 'Happy to hold the Thursday slot for you if it helps.'
        - 'Let me know by Friday if that time works.'
        - 'The webinar ends at 3pm ET.'
        - 'Our pricing is per seat, billed annually.'
        - 'We''re increasing our support coverage next month.'
        - 'Your final offer letter template is in the library.'
        - 'No rush; the pilot capacity for next quarter is open.'
        - 'The first 10 customers we onboarded taught us a lot.'
        - 'Our list prices change on 1 July, so if timing matters for your budget cycle I''m happy to quote both versions side by side.'
  - id: tone.guilt-extra
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'guilt and shame about not replying; "no-brainer"; condescension'
    patterns:
      - {regex: '\bi(?:''d| would) hate (?:for|to see) [^.!?\n]{1,40}? (?:to be|being) the (?:one|last|only)\b', keywords: ['hate for', 'hate to see']}
      - {regex: '\b(?:noticed|saw|see|can see|could see)(?: that)? (?:the|my|our|your) (?:document|proposal|deck|email|link|quote|contract|pricing|file|agreement|order form)s? (?:has|have|had|was|were) (?:been )?(?:opened|viewed|read|clicked|downloaded)\b', keywords: ['opened', 'viewed', 'read', 'clicked', 'downloaded']}
      - {regex: '\b(?:is|are) (?:now )?the only (?:one|ones|company|firm|team|school|hospital|clinic|carrier|operator|practice|business|store|hotel|site) (?:\w+ )?(?:not yet|still not|yet to|still (?:using|on|doing|running|without|relying))\b', keywords: ['the only']}
      - {regex: '\bi(?:''d| would) (?:hate|be (?:sorry|sad|gutted)) to see (?:you|your|the team)\b[^.!?\n]{0,80}\b(?:comparing|compared|behind|left out|miss(?:ing)? out|losing|the only|the last|next door|competitors?|the competition)\b', keywords: ['hate to see', 'sorry to see', 'sad to see', 'gutted to see']}
      - {regex: '\b(?:got|get|were|went|ended up) (?:caught (?:by|in)|stuck in|into) (?:a |the |your )?spam (?:filter|folder)\b[^.!?\n]{0,60}\b(?:not a priority|ignoring|ignored)\b|\bor whether (?:they''re|they are|it''s|i''m) (?:just )?not a priority\b', keywords: ['spam', 'not a priority']}
      - {regex: '\bi know i''m (?:clearly |obviously |probably )?not (?:a|your|the) (?:top )?priority\b|\btells me (?:you|your team|[\w ]{1,40}) (?:isn''t|aren''t|is not|are not) (?:all that |really |very |that )?(?:serious|interested|committed)\b', keywords: ['priority', 'tells me']}
      - {regex: '\b(?:expected|expect|hoped for|deserve|deserved|thought we''d earned) (?:a (?:bit|little) )?more (?:loyalty|commitment|gratitude|respect|courtesy|appreciation|consideration) (?:from|than)\b', keywords: ['loyalty', 'commitment', 'gratitude', 'respect', 'courtesy', 'appreciation', 'consideration']}
      - {regex: '\b(?:it''s|it is|it''ll be|it will be|they''re|they are) (?:your |the )?[\w -]{1,40}? who (?:will|''ll|would|''d) (?:suffer|pay the price|lose out|bear the cost|be hurt|miss out|feel it)\b|\bthink (?:of|about) (?:the|your) [\w -]{1,30}? who(?:''ll| will| would|''d)\b[^.!?\n]{0,80}\b(?:after|if|when|because|once) (?:you|your team) (?:cancel|cancelled|canceled|leave|left|walk away|walked away|switch|switched|don''t renew|didn''t renew|drop|dropped|stop|stopped)\b', keywords: ['who will', 'who''ll', 'who would', 'who''d', 'think of', 'think about']}
      - {regex: '\b(?:and )?(?:then )?(?:please )?(?:don''t|do not) blame (?:me|us|ourco)\b(?! (?:for (?:the|this) (?:weather|pun|long email|length|typos?)))', keywords: ['blame']}
      - {regex: '\b(?:i was|i am|i''m|i had been|i''ve been) (?:really |honestly )?(?:counting|relying|banking) on (?:you|your [\w -]{1,20}|[\w&.''’ -]{2,40}?) (?:for|to (?:hit|make|close)) (?:my|our) (?:numbers|quota|target|month|quarter|bonus|year)\b|\b(?:i would|i''d|i''d honestly|i would honestly) be (?:a (?:little|bit) |quite |rather |very |so )?(?:ashamed|embarrassed)\b|\bit would (?:only |just )?have been (?:nice|polite|good|courteous|decent|kind) (?:to be (?:informed|told)|to (?:hear|know)|if you had)\b', keywords: ['counting', 'relying', 'banking', 'ashamed', 'embarrassed', 'have been nice', 'have been polite', 'have been good', 'have been courteous', 'have been decent', 'have been kind']}
      - {regex: '\b(?:we|i)(?: have|''ve)? wasted (?:our|my|all (?:that|this|our|my)|so much|a lot of) time\b', keywords: ['wasted']}
      - {regex: '\b(?:i''ll|i will|i''m going to|i can only|i have to|i''ll just|guess i''ll|i''ll go ahead and) assume (?:that )?[\w'' ]{1,40}? (?:don''t|do not|doesn''t|does not|isn''t|aren''t|is not|are not|no longer|not) (?:really )?(?:care|interested|a priority|important|matter|value|want)', keywords: ['assume']}
      - {regex: '\b(?:don''t|do not) let (?:your )?(?:team|company|reps|org|organization|business|sales team|people)(?: \w+)? (?:fall|get left|lag|stay) (?:behind)?', keywords: ['fall', 'left', 'lag', 'stay']}
      - {regex: '\byou(?:''ve| have) (?:ignored|skipped|passed on|not answered|not responded to) (?:my|our) (?:last|previous|past)? ?(?:\w+ )?(?:emails?|messages?|notes?|calls?|outreach)\b', keywords: ['ignored', 'skipped', 'passed on', 'not answered', 'not responded']}
      - {regex: '\bis there (?:a|any) reason (?:you|why you)(?:''ve| have)? (?:haven''t|have not|didn''t|did not|aren''t|are not|won''t|keep)\b', keywords: ['reason']}
      - {regex: '\b(?:it''s|it is|what) a (?:shame|pity) (?:you|that you|your)\b', keywords: ['shame', 'pity']}
      - {regex: '\bi (?:expected|would have expected|had expected|hoped) to (?:hear back|have heard|get a (?:reply|response)) (?:from you )?by now\b', keywords: ['expected', 'hoped']}
      - {regex: '\byour (?:team|reps|customers|company|people) deserves? better\b', keywords: ['deserve']}
      - {regex: '\b(?:it''s|this is|it is|a|honestly a|really a|such a) no[- ]brainer\b', keywords: ['no-brainer', 'no brainer']}
      - {regex: '\bnot sure why you (?:keep|are|''re|haven''t|have not) (?:ignoring|avoiding|dodging|not)\b', keywords: ['not sure why']}
      - {regex: '\b(?:you|your team) clearly (?:don''t|do not|doesn''t|does not) (?:care|value|understand|get)\b', keywords: ['clearly']}
      - {regex: '(?<!\b(?:be|was|were|get|got) )\b(?:surprised|shocked|amazed|puzzled) (?:that )?(?:you|your team|nobody|no one)(?:''ve| have)? (?:haven''t|have not|didn''t|did not|still|not)\b', keywords: ['surprised', 'shocked', 'amazed', 'puzzled']}
      - {regex: '\b(?:i''m|i am|i was|i feel|i''m getting|i''m starting to feel|i''m beginning to feel)(?: \w+){0,3}? (?:offended|hurt|frustrated|disappointed|annoyed|confused|puzzled|baffled|let down|insulted|upset|surprised|shocked|stumped|a bit lost)(?: that| why| as to why| you| by| at| not to)\b[^.!?\n]{0,50}\b(?:haven''t|have not|hasn''t|didn''t|did not|not (?:to )?(?:hear|get|heard|replied|responded)|went (?:silent|quiet|dark)|gone (?:silent|quiet|dark)|no (?:reply|response|answer)|ignor|silence|never (?:replied|responded|got back))', keywords: ['offended', 'hurt', 'frustrated', 'disappointed', 'annoyed', 'confused', 'puzzled', 'baffled', 'let down', 'insulted', 'upset', 'surprised', 'shocked', 'stumped', 'lost']}
      - {regex: '\b(?:it''s|it is|it''s been|it''s a bit|it''s really|really|so|pretty|quite|a little|a bit) (?:frustrating|disappointing|annoying|hurtful|discouraging|upsetting|strange|odd|weird) (?:not to|to not|that you|that i (?:haven''t|have not|can''t)|how (?:quiet|silent))\b', keywords: ['frustrating', 'disappointing', 'annoying', 'hurtful', 'discouraging', 'upsetting', 'strange', 'odd', 'weird']}
      - {regex: '\b(?:i )?guess (?:[\w-]+ ){1,4}(?:isn''t|is not|aren''t|are not|wasn''t|was not) (?:really )?(?:important|a priority|a concern|a focus|on your radar|something you care about|worth your time)\b(?=[.!?]|$| (?:to|for) (?:you|your team)| then| after all| anymore)', keywords: ['guess']}
      - {regex: '\bhow (?:much longer|many more (?:deals|hours|quarters|months|weeks|customers|reps|opportunities)) (?:will|can|are|do|must|should) you\b', keywords: ['how much longer', 'how many more']}
      - {regex: '\b(?:that''s|that is|it''s|this is) on you\b', keywords: ['on you']}
      - {regex: '\bleft in the dust\b|\bmiss(?:ing)? the (?:boat|bus)\b|\b(?:the )?train (?:is leaving|has left|leaves) the station\b|\blast (?:one|company|team) (?:to the party|to arrive|to get on board)\b', keywords: ['dust', 'miss the', 'missing the', 'train', 'last one', 'last company', 'last team']}
      - {regex: '\b(?:don''t|do not|wouldn''t|won''t) want to be the (?:last|only|one (?:left|who))\b', keywords: ['want to be the']}
      - {regex: '\bwhile you (?:wait|hesitate|think(?: it over| about it)?|deliberate|sit on (?:it|this)|delay|decide)\b,? (?:your |the )?(?:competitors|competition|rivals|peers|others)\b', keywords: ['while you']}
      - {regex: '\byour (?:competitors|competition|rivals|peers)(?: \w+)? (?:are|is) (?:already )?(?:pulling ahead|getting ahead|moving ahead|racing ahead|eating your lunch|taking your (?:customers|market share|deals)|gaining (?:ground|on you)|lapping you|outpacing you|leaving you behind)\b', keywords: ['ahead', 'lunch', 'taking your', 'gaining', 'lapping', 'outpacing', 'leaving you']}
      - {regex: '\byour (?:competitors|competition|rivals) (?:will|would|''ll|''d) (?:thank you|love (?:it|that|this)|be (?:happy|glad|thrilled|delighted))\b', keywords: ['competitors', 'competition', 'rivals']}
      - {regex: '\bpass(?:es|ed)? you by\b', keywords: ['you by']}
      - {regex: '\b(?:would be|it''d be|it will be|it''s|it is|be|''d be) (?:such )?a (?:shame|pity|waste) (?:to (?:let|miss|pass|lose|waste|wait)|if (?:you|your))\b', keywords: ['shame', 'pity', 'waste']}
      - {regex: '\b(?:i''ve|i have) given you (?:every|plenty of|several|multiple|many|more than enough) (?:chances?|opportunit(?:y|ies))\b', keywords: ['given you']}
      - {regex: '\b(?:not (?:replying|responding|deciding|acting)|no (?:reply|response|decision)|silence|doing nothing|inaction) is (?:also |still )?(?:a|an) (?:decision|choice|answer)\b', keywords: ['is a decision', 'is also a decision', 'is still a decision', 'is a choice', 'is also a choice', 'is an answer']}
      - {regex: '\b(?:not|n''t|aren''t|isn''t) tak(?:e|ing) (?:this|it|me|us|your \w+|growth|the problem) seriously\b', keywords: ['seriously']}
      - {regex: '\b(?:why )?you(?:''ve| have)? (?:went|gone|go) (?:completely |totally )?(?:silent|quiet|dark|mia|awol|radio silent)\b', keywords: ['silent', 'quiet', 'dark', 'mia', 'awol']}
      - {regex: '\b(?:left|leaving|leave) me hanging\b', keywords: ['hanging']}
      - {regex: '\bwhy (?:the|all the) (?:radio )?(?:silence|cold shoulder)\b', keywords: ['silence', 'cold shoulder']}
      - {regex: '\b(?:i )?can''t believe (?:you|your team)(?:''ve| have)? (?:haven''t|have not|didn''t|did not|still|not|aren''t|are not|would|passed|ignored)\b', keywords: ['believe']}
      - {regex: '\b(?:you|your team) (?:clearly|obviously|apparently|evidently) (?:have (?:other|better|more important) (?:priorities|things)|don''t|do not|doesn''t|does not|aren''t|are not|didn''t|did not|haven''t|have not|can''t|cannot|would rather|prefer)\b', keywords: ['clearly', 'obviously', 'apparently', 'evidently']}
      - {regex: '\b(?:sitting on the fence|waiting|delaying|holding off|hesitating|doing nothing|inaction|standing still|indecision) (?:is|are|will be|keeps?) (?:costing|losing|burning|killing|hurting) (?:you|your)\b', keywords: ['costing', 'losing', 'burning', 'killing', 'hurting']}
      - {regex: '\b(?:waiting|delaying|holding off|passing(?: on this)?|saying no|hesitating)(?: \w+){0,3} (?:would|will|could|is) be (?:a )?(?:costly|expensive|huge|big|serious|massive|real|grave) (?:mistake|error|misstep)\b', keywords: ['mistake', 'error', 'misstep']}
      - {regex: '\bleav(?:e|es|ing)\s+(?:\w+ ){0,2}(?:money|revenue|deals|pipeline|cash|dollars|\$[\d,.]+[km]?|value|growth) on the table\b', keywords: ['on the table']}
      - {regex: '\b(?:you''re|you are|your (?:team|company|org|reps) (?:is|are)|you''ll|you will|you''ll keep|you''d be|you could be|you risk|you''re at risk of) (?:already |quickly |slowly )?(?:fall(?:ing)?|get(?:ting)?|be(?:ing)?|left|lag(?:ging)?) (?:further |even further )?behind\b', keywords: ['behind']}
      - {regex: '\b(?:still )?nothing from you\b|\bafter all (?:my|these|of my|those) (?:emails|messages|calls|notes|follow-?ups|attempts)\b|\b(?:not|no) (?:a )?(?:single )?(?:word|peep) from you\b', keywords: ['nothing from you', 'after all', 'from you']}
      - {regex: '\b(?:i''ve|i have) (?:sent|written|left|emailed|called|messaged|pinged|reached out|followed up|tried)(?: (?:to )?(?:you|reach you))?(?: (?:about|on) (?:this|it))? (?:\d+|three|four|five|six|seven|eight|several|multiple|many|a (?:bunch of|number of|dozen)) (?:emails|messages|voicemails|notes|times|calls|follow-?ups)\b(?! (?:to|with|from|for) (?:our|my|the|their)\b)', keywords: ['sent', 'written', 'left', 'emailed', 'called', 'messaged', 'pinged', 'reached out', 'followed up', 'tried']}
      - {regex: '\b(?:gotten|got|received|heard) nothing back\b|\b(?:gotten|got|received) (?:no|zero) (?:reply|response|answer)\b', keywords: ['nothing back', 'no reply', 'no response', 'no answer', 'zero reply', 'zero response', 'zero answer']}
      - {regex: '\byou(?:''ve| have)? (?:ignored|skipped|dodged|brushed off|blown off|passed on|not answered|not opened) (?:every|all|each|any) (?:one |single one )?(?:of )?(?:my|our)\b', keywords: ['ignored', 'skipped', 'dodged', 'brushed off', 'blown off', 'passed on', 'not answered', 'not opened']}
      - {regex: '\b(?:you|your team) (?:don''t|do not|doesn''t|does not) (?:seem to |really )?(?:value|care about|respect|prioriti[sz]e|appreciate) (?:your|their|my|our|growth|results|revenue|pipeline)\b', keywords: ['value', 'care about', 'respect', 'prioriti', 'appreciate']}
      - {regex: '\b(?:do you not|don''t you|doesn''t your team|does your team not) (?:care|want|value)\b', keywords: ['do you not', 'don''t you', 'doesn''t your team', 'does your team not']}
      - {regex: '\bif you(?:''re| are) (?:ok|okay|fine|happy|comfortable|content) (?:with )?(?:falling behind|losing|wasting|leaving|missing out|paying more|staying behind|being left)', keywords: ['if you''re', 'if you are']}
      - {regex: '\b(?:chasing|chased|hunting|tracking) you(?: down)? (?:for|since|all)\b', keywords: ['chasing', 'chased', 'hunting', 'tracking']}
      - {regex: '\b(?:is this not|isn''t this|is it not|isn''t it) (?:important|a priority|worth (?:it|your time)) (?:to|for) you\b', keywords: ['is this not', 'isn''t this', 'is it not', 'isn''t it']}
      - {regex: '\bsmarter than this\b|\bexpect(?:ed)? (?:more|better) from (?:you|a leader|someone)\b', keywords: ['smarter than', 'more from', 'better from']}
      - {regex: '\b(?:you''re|you are) (?:really |seriously |honestly )?going to (?:pass|say no|walk away|ignore|let this)\b', keywords: ['going to']}
      - {regex: '\bhard to believe (?:you|that you|your)\b', keywords: ['hard to believe']}
      - {regex: '\bsilence (?:speaks|says|is telling|tells me)\b|\b(?:running out of|losing) (?:my )?patience\b', keywords: ['silence', 'patience']}
      - {regex: '\blet (?:your|the) (?:team|reps|company|board|boss|customers|org) down\b|\b(?:are|is) counting on you\b', keywords: ['down', 'counting on you']}
      - {regex: '\b(?:everyone|everybody)(?:''s| is) talking about (?:it|this|us)\b|\bimagine (?:missing|passing on|losing) (?:out|this|it)\b|\blate to the (?:party|game)\b|\bleft out in the cold\b', keywords: ['talking about', 'imagine', 'late to the', 'in the cold']}
      - {regex: '\byou (?:promised|said you would|said you''d|told me you would|told me you''d|agreed) (?:to )?(?:get back|reply|respond|look|call|review|send)\b', keywords: ['promised', 'said you', 'told me you', 'agreed']}
      - {regex: '\bwhy (?:you''d|you would|you''re|you are|would you|are you) (?:ignore|ignoring|pass on|passing on|skip|skipping|avoid|avoiding|dodge|dodging)\b', keywords: ['why you', 'why would you', 'why are you']}
      - {regex: '\b(?:rude|unprofessional|disrespectful|inconsiderate) (?:not to|to not|to ignore|of you)\b', keywords: ['rude', 'unprofessional', 'disrespectful', 'inconsiderate']}
      - {regex: '\b(?:are you|is your (?:team|company|board|ceo|leadership)) (?:really |truly |honestly |actually )?(?:ok(?:ay)?|fine|comfortable|happy|willing|prepared|content|alright|all right)(?: with)? (?:(?:falling|being left|getting left|lagging|staying|sitting) (?:further |even |this far )?behind|(?:watching|letting|seeing|to let|let) (?:your )?(?:competitors|rivals|peers|competition)|(?:losing|leaving|missing) (?:out|deals|revenue|money|ground|pipeline)|being the (?:last|only))', keywords: ['behind', 'competitors', 'rivals', 'peers', 'competition', 'losing', 'leaving', 'missing', 'the last', 'the only']}
      - {regex: '\b(?:i''d|i would|we''d|we would) hate (?:for you |to see you |for your (?:team|company|reps) )?(?:to )?(?:be the (?:last|only)|fall (?:further |even )?behind|be left (?:behind|out)|get left (?:behind|out)|miss (?:out|the boat)|lose (?:out|ground))', keywords: ['hate']}
      - {regex: '\b(?:imagine|picture) (?:explaining|telling|having to (?:explain|tell)|the conversation with|the look on) (?:to )?your (?:ceo|cfo|cro|boss|board|manager|vp|leadership|investors|team)', keywords: ['imagine', 'picture']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have) been (?:more than |very |extremely |incredibly |really |quite |super |so |pretty |beyond )?patient\b', keywords: ['patient']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have) waited (?:long enough|patiently|weeks|months|quite a while)\b', keywords: ['waited']}
      - {regex: '\b(?:surprised|surprising|disappointed|disappointing|puzzled|baffled|shocked|frustrated|frustrating)(?: (?:that|to see that|not to have))? (?:i (?:still )?(?:haven''t|have not|didn''t|did not) (?:heard|gotten|received|had)|you (?:still )?(?:haven''t|have not|didn''t|did not) (?:replied|responded|answered|gotten back|written back|come back)|heard back|had a reply|gotten a reply|received a reply)', keywords: ['surpris', 'disappoint', 'puzzled', 'baffled', 'shocked', 'frustrat']}
      - {regex: '\b(?:we''ve|we have|i''ve|i have) (?:been )?(?:held|holding|kept|keeping|saved|saving|reserved|reserving) (?:this|that|the|your) (?:[\w-]+ )?(?:spot|slot|seat|place|price|rate|discount|offer|deal) (?:open )?(?:for you )?(?:long enough|for (?:weeks|months|a while|a long time|too long|ages|a (?:week|month)|(?:two|three|four|several|\d+) (?:weeks|months|days))|as long as (?:we|i) can)\b', keywords: ['held', 'holding', 'kept', 'keeping', 'saved', 'saving', 'reserved', 'reserving']}
      - {regex: '\byou(?:''d| would) be (?:the|one of the) (?:last|only|few)\b[^.!?\n]{0,30}?\b(?:to (?:adopt|switch|sign|move|join|get on board|catch up|make the (?:move|switch))|not (?:using|on board)|without)', keywords: ['you''d be', 'you would be']}
      - {regex: '\byou (?:still )?(?:haven''t|have not|never) (?:replied|responded|answered|gotten back|written back)(?: to)? (?:any|one|a single|either|none) (?:of )?(?:my|our)\b|\byou still (?:haven''t|have not) (?:replied|responded|answered|gotten back|written back)\b', keywords: ['haven''t replied', 'have not replied', 'haven''t responded', 'have not responded', 'haven''t answered', 'have not answered', 'haven''t gotten back', 'haven''t written', 'never replied', 'never responded', 'never answered']}
      - {regex: '\bwhat (?:will|would|is|''s) your (?:ceo|cfo|cro|boss|board|manager|vp|leadership|investors) (?:going to )?(?:say|think)\b', keywords: ['what will your', 'what would your', 'what is your', 'what''s your']}
      - {regex: '\bare you (?:really |honestly )?(?:going to|gonna) let (?:your )?(?:competitors|rivals|competition|peers)\b|\blet your (?:competitors|rivals|competition) (?:win|take|get ahead|beat|pass|overtake|steal|eat)\b', keywords: ['let your', 'let competitors', 'let rivals']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have) given you (?:plenty of|more than enough|enough|lots of|ample|a lot of) time\b', keywords: ['given you']}
      - {regex: '\bcan you (?:really |honestly |truly )?justify (?:waiting|delaying|another|holding off|not acting|passing|sitting)\b', keywords: ['justify']}
      - {regex: '\b(?:i''d|i would) hate (?:for )?(?:your )?(?:competitors|rivals|competition) to (?:get|beat|win|take|steal|move|pull)\b', keywords: ['hate']}
      - {regex: '\byour (?:competitors|rivals|competition|peers) (?:will |\w+ )?(?:beat you to (?:it|the punch)|get there first|pull ahead|overtake you|leave you behind|eat your lunch)\b', keywords: ['beat you', 'there first', 'pull ahead', 'overtake', 'leave you', 'eat your']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have) been more than (?:fair|flexible|generous|accommodating|understanding|reasonable)\b', keywords: ['more than']}
      - {regex: '\b(?:every|each) (?:single )?(?:day|week|month|quarter|hour)(?: that)? (?:you|your team|your company) (?:wait|delay|hesitate|put (?:this|it) off|puts (?:this|it) off|hold off|sit on (?:this|it)|don''t act|stay on|stays on|stick with|sticks with|keep using|keeps using|go without|goes without)\b', keywords: ['every day', 'every week', 'every month', 'every quarter', 'every hour', 'every single', 'each day', 'each week', 'each month', 'each quarter', 'each hour', 'each single']}
      - {regex: '\b(?:every|each) (?:single )?(?:day|week|month|quarter)(?: that (?:goes by|passes)| without [\w-]+(?: [\w-]+)?)? (?:is|means|costs?)\b[^.!?\n]{0,40}?\b(?:another (?:lost|missed|wasted)|lost|losing|walking out|leaking|wasted|bleeding|down the drain)\b', keywords: ['every day', 'every week', 'every month', 'every quarter', 'every single', 'each day', 'each week', 'each month', 'each quarter', 'each single']}
      - {regex: '\b(?:ignoring|delaying|postponing|putting off|waiting on|sitting on|not fixing|not addressing|not solving|doing nothing about) (?:this|it|the (?:problem|issue|gap)|[\w-]+ [\w-]+)\b[^.!?\n]{0,20}?\b(?:is|are|has been|keeps|will keep) (?:costing|cost|losing|draining|bleeding|hurting)\b', keywords: ['ignoring', 'delaying', 'postponing', 'putting off', 'waiting on', 'sitting on', 'not fixing', 'not addressing', 'not solving', 'doing nothing']}
      - {regex: '\byou(?:''re| are) (?:losing|burning|bleeding|wasting|throwing away|leaking) [^.!?\n]{1,40}?\b(?:every|each|a|per) (?:single )?(?:day|week|month|quarter|hour)\b', keywords: ['losing', 'burning', 'bleeding', 'wasting', 'throwing away', 'leaking']}
      - {regex: '\bthe longer you (?:wait|delay|hold off|put (?:this|it) off|hesitate|sit on (?:this|it)|stay on|stick with|keep)\b|\bthe longer (?:this|it) (?:waits|drags on|sits)\b', keywords: ['the longer']}
      - {regex: '\b(?:waiting|holding off|delaying|putting (?:this|it) off) (?:another|one more|until next|till next|any longer|much longer)(?: \w+)? (?:will|would|could|is going to) (?:cost|set you back|hurt|sink)\b', keywords: ['waiting', 'holding off', 'delaying', 'putting']}
      - {regex: '\beither [^.!?\n]{3,60}? or (?:you |your team |you''ll )?(?:explain|pay (?:for|the price)|lose|watch (?:your|them|competitors)|fall behind|get left|be left|regret|keep (?:losing|bleeding|wasting|paying)|scramble|deal with the fallout|answer (?:to|for))\b', keywords: ['either']}
      - {regex: '\b(?:lead|adapt|innovate|evolve|grow|automate|modernize|modernise|change|move|act|scale|transform|compete|upgrade|keep up|level up|get on board) or (?:die|be left behind|get left behind|fall behind|be disrupted|get disrupted|perish|get replaced|be replaced|become irrelevant|go extinct|get crushed|be crushed|sink|fade away)\b', keywords: ['or die', 'or be', 'or get', 'or fall', 'or perish', 'or become', 'or go extinct', 'or sink', 'or fade']}
      - {regex: '\bwhat(?:''s| is) (?:really |honestly |actually |still )?(?:holding you (?:up|back)|stopping you\b(?! from (?:trying|reaching|asking))|the (?:holdup|hold-up|hesitation))', keywords: ['holding you', 'stopping you', 'the holdup', 'the hold-up', 'the hesitation']}
      - {regex: '\bnot to be (?:pushy|a pest|annoying|a pain|rude|that guy|overly persistent|too forward|a nag),? but\b', keywords: ['not to be']}
      - {regex: '(?<!\bi )\b(?:this|it|that|a decision like this|the decision) (?:really |just |simply )?(?:can''t|cannot|can not|won''t|shouldn''t) wait\b(?! (?:to|for)\b)', keywords: ['can''t wait', 'cannot wait', 'can not wait', 'won''t wait', 'shouldn''t wait']}
      - {regex: '\byour (?:board|ceo|cfo|cro|coo|boss|manager|vp|investors|leadership|exec team|executives|shareholders|c-suite|higher-ups|stakeholders) (?:will|is going to|are going to|''ll|would|might|may|is gonna)(?: (?:soon|definitely|eventually|surely))? (?:(?:ask|be asking|question|wonder)(?: you)? (?:why|how come|what happened)|want to know why|demand to know|hold you accountable)\b', keywords: ['ask why', 'ask you', 'know why', 'wonder', 'question', 'hold you', 'asking', 'will ask', 'going to ask', '''ll ask', 'would ask', 'might ask', 'may ask', 'gonna ask', 'want to know why', 'demand to know']}
      - {regex: '\byou(?:''ll| will| are going to|''re going to| may| might|''d)? (?:have|need) to (?:explain|justify|answer for)\b[^.!?\n]{0,40}?\b(?:why|how come|the (?:miss|delay|loss|churn|gap|shortfall|missed))\b', keywords: ['to explain', 'to justify', 'to answer for']}
      - {regex: '\b(?:don''t|do not) be the (?:one|person|team|company|leader|vp|cfo|cro|ceo|manager|director|only \w+|last \w+)\b(?: \w+)? (?:who|that|to)\b', keywords: ['don''t be the', 'do not be the']}
      - {regex: '\b(?:every|each) (?:single )?(?:day|week|month|quarter) (?:on|with|using|without|stuck (?:on|with)) [^.!?\n]{1,40}? (?:is|means)\b[^.!?\n]{0,60}?\b(?:competitors?|rivals?|lost|losing|behind|pull(?:s|ing)? (?:further )?ahead|wasted|money|revenue)\b', keywords: ['every day', 'every week', 'every month', 'every quarter', 'every single', 'each day', 'each week', 'each month', 'each quarter', 'each single']}
      - {regex: '\b(?:ignoring|delaying|postponing|putting off|waiting on|sitting on|not fixing|not addressing|doing nothing about) (?:this|it|the (?:problem|issue|gap)|[\w-]+ [\w-]+)\b[^.!?\n]{0,20}?\b(?:is|are|has been|keeps) (?:burning|wasting|eating)\b', keywords: ['ignoring', 'delaying', 'postponing', 'putting off', 'waiting on', 'sitting on', 'not fixing', 'not addressing', 'doing nothing']}
      - {regex: '\b(?:inaction|doing nothing|the status quo|waiting) (?:has|carries|comes with) (?:a|its|real|a real|a hidden|a steep) (?:price|cost)\b|\b(?:what(?:''s| is) there to (?:think about|consider|wait for)(?=\s*(?:[?.!]|$|here\b|really\b))|don''t see what there is to (?:think about|consider))\b', keywords: ['inaction', 'doing nothing', 'status quo', 'waiting', 'there to', 'there is to']}
      - {regex: '\b(?:not (?:trying|meaning|wanting) to|(?:i )?don''t (?:mean|want) to) (?:be pushy|pressure you|push|nag|pester you|be a pest|be annoying),? but\b', keywords: ['not trying', 'not meaning', 'not wanting', 'don''t mean', 'don''t want']}
      - {regex: '\b(?:someone|somebody|people|leadership|the board|finance|your team) (?:will|is going to|are going to|''s going to|is gonna) (?:ask|want to know|wonder) why [^.!?\n]{0,30}?\b(?:wasn''t|weren''t|didn''t|hasn''t|haven''t|isn''t|not|still|so long|waited|passed)\b', keywords: ['ask why', 'know why', 'wonder why']}
      - {regex: '\b(?:after|given|considering|with) (?:all )?(?:the (?:time|hours|effort|work|weekend|evenings?)|how much (?:time|effort|work)|the (?:\w+ )?(?:calls|meetings|demos|workshops|sessions)|everything) (?:that )?(?:we|i|our team|my team)(?:''ve| have| had)? (?:spent|put in|put into|invested|given|poured|had|sunk)\b[^.!?\n]{0,80}?\b(?:the least you|too much to ask|i expected|i''d expected|i had expected|would have expected|i''d have thought|i would have thought|(?:a bit |rather |quite )?surprised|disappointed|at least|courtesy|owe)\b', keywords: ['least you', 'too much to ask', 'expected', 'have thought', 'surprised', 'disappointed', 'at least', 'courtesy', 'owe']}
      - {regex: '\b(?:wasn''t|isn''t|is not|was not|wouldn''t be|would not be|hardly|not) (?:too much|a lot|much) to ask\b[^.!?\n]{0,40}?\b(?:after|given|considering) (?:all )?(?:the|how much|everything)\b', keywords: ['to ask']}
      - {regex: '\bi (?:spent|gave up|sacrificed|worked through) (?:the |my |a |all )?(?:whole |entire )?(?:weekend|evening|night|day|saturday|sunday|holiday)s? (?:on|putting together|building|preparing|working on) (?:your|this|the)\b[^.!?\n]{0,60}?\b(?:reply|response|answer|least|expect|nice|appreciate|courtesy|owe)\b', keywords: ['reply', 'response', 'answer', 'least', 'expect', 'nice', 'appreciate', 'courtesy', 'owe']}
      - {regex: '\byou could (?:at least )?have (?:replied|responded|answered|written back|let me know|said something)\b[^.!?\n]{0,60}?\b(?:given|after|considering|when) (?:i|we|my team|our team)\b', keywords: ['you could have', 'you could at least']}
      - {regex: '\bi (?:flew|drove|travelled|traveled|came) (?:in |out |up |down |over )?(?:specially|especially|all the way|just)\b[^.!?\n]{0,60}?\b(?:i''d have hoped|i''d hoped|i expected|i''d expected|at least|the least|courtesy|a quicker (?:reply|response)|a reply|a response)|\bi''d have hoped for a (?:quicker|faster|prompter|speedier) (?:reply|response|answer)\b|\b(?:after|given|considering) (?:all )?(?:the|everything|how much)\b[^.!?\n]{0,100}?\b(?:isn''t|is not|wasn''t|hardly|not) (?:too much|much|a lot) to ask\b', keywords: ['hoped', 'expected', 'at least', 'the least', 'courtesy', 'a reply', 'a response', 'to ask']}
      - {regex: '\b(?:given up|spent|put in|invested|sacrificed|worked)\b[^.!?\n]{0,60}?\b(?:all|the only thing) i''m asking (?:for )?is\b', keywords: ['i''m asking']}
      - {regex: '\bif you(?:''re| are) not (?:interested in|bothered about|serious about) (?:protecting|saving|growing|keeping|securing|looking after|caring for|fixing|improving)\b', keywords: ['not interested', 'not bothered', 'not serious']}
      # Guilt by what the reader's choice costs others, and a reader called ungrateful (development sets RV, PQ).
      - {regex: '\bcan you (?:really |honestly |truly |seriously )?justify (?:that|this|it|the (?:cost|delay|wait|risk)) to (?:your|the) (?:supporters|donors|board|staff|team|patients|customers|clients|members|residents|students|parents|shareholders|investors|families|community)\b|\b(?:feels?|seems?|looks?|comes? across as|is|was|would be) (?:a (?:bit|little|tad) |rather |quite |somewhat |pretty |frankly |just )?ungrateful\b', keywords: ['justify', 'ungrateful']}
      - {regex: '\b(?:your|the) (?:staff|team|people|patients|customers|students|residents|clients|employees|members|nurses|drivers|teachers|agents|families) deserve(?:s)? better than this\b', keywords: ['deserve better', 'deserves better']}
      # Singled out as the one who has not answered, or told a reply was expected (development sets QB, QD).
      - {regex: '\byours is the only (?:one|council|school|firm|company|office|team|hospital|practice|site|municipality|district|account)\b[^.!?\n]{0,30}?\b(?:we|i)(?: still)? (?:haven''t|have not|hadn''t|had not|didn''t|did not)\b|\bi (?:did|had|would have) (?:expect(?:ed)?|hope(?:d)? for) (?:at least )?(?:a |some )?(?:quick |short |brief |courtesy )?(?:reply|response|answer|acknowledg(?:e)?ment|note back)\b', keywords: ['yours is the only', 'expect', 'hoped for', 'hope for']}
      # Disappointment laid on the reader for not coming: "it was a little disappointing when nobody from Zephyr Cloud showed up" (development set HB).
      - {regex: '\b(?:(?:a (?:little|bit|touch) |quite |rather |really |very |somewhat |slightly |pretty )?disappointing|a (?:real |bit of a )?let-?down|a (?:real |bit of a )?shame|a pity|frustrating|hurtful|upsetting) (?:when|that|to see that|to see) (?:nobody|no one|no-one|you|your team|none of (?:you|your team))\b[^.!?\n]{0,40}\b(?:showed up|show up|turned up|turn up|joined|came|attended|made it|replied|responded|dialled in|dialed in|logged on|bothered)\b|\b(?:put in|worked|spent|pulled) (?:a lot of |many |several |countless |so many |a few |some )?(?:late nights|weekends|all-nighters|long nights|sleepless nights)\b[^.!?\n]{0,60}\bfor you\b', keywords: ['disappointing', 'let down', 'letdown', 'let-down', 'shame', 'pity', 'frustrating', 'hurtful', 'upsetting', 'late nights', 'weekends', 'all-nighters', 'long nights', 'sleepless']}
      # "I think even the busiest GM can find 20 minutes, no?" (development set HM).
      - {regex: '\beven the busiest (?:[\w-]+ ){0,2}(?:can|could|should) (?:find|spare|make|carve out|squeeze in)\b', keywords: ['busiest'], firm: true}
    exceptions:
      # Thanks for not doing it: "I appreciate you taking the time to reply rather than leaving me hanging" (thirty-ninth session, ZB).
      - '\b(?:rather than|instead of|and not) (?:just )?leaving me hanging\b'
      - '\b(?:meet|met|meeting|see|seeing|catch up|put a face)\b[^.!?\n]{0,40}\bafter all those (?:calls|emails|zooms|video calls|months|teams calls)\b'
      - '\byou (?:feel|think|said|told us|mentioned|believe|described|explained)\b[^.!?\n]{0,40}\bleave money on the table\b'
      - '\b(?:nothing|none of (?:it|this))\b[^.!?\n]{0,50}\b(?:that|it) can(?:''t|not) wait\b'
      - '\b(?:patience|patient) with us\b'
      - '\bi''ll assume (?:that )?(?:[\w''-]+ ){1,4}(?:isn''t|is not|aren''t|are not|it''s not|it is not|not)(?: really)? (?:a |the )?(?:priority|focus|fit|right fit|right time|good time)\b'
      - '\bshame (?:that )?you (?:couldn''t|could not|weren''t able to|were unable to|missed)\b[^.!?\n]{0,60}\b(?:here''s|here is|recording|slides|replay|catch up)\b'
      - '\bi''ll assume (?:that )?(?:[\w-]+ ){1,4}(?:isn''t|is not|aren''t|are not) (?:a |the )?(?:priority|focus|fit|right fit)(?: (?:right now|for now|at the moment|this quarter|this year))?[.,;]?$'
      - '\bsorry (?:i|we) missed\b'
      - '\bmore than (?:anyone|anybody|most people|any(?:one|body) sane) (?:wants|needs|would want|asked for|should get)\b'
    message: 'guilt, shame or fear of missing out: "{match}"'
    examples:
      fire:
        - 'Not sure whether my last few messages got caught by a spam filter or whether they''re just not a priority — either way, I''ll try once more.'
        - 'Not finding 15 minutes for this tells me Acme Analytics isn''t all that serious about sustainability.'
        - 'Sorry to bother you again — I know I''m clearly not a priority.'
        - 'Honestly, I expected more loyalty from a customer we''ve supported since 2019.'
        - 'Think of the parents who''ll ask why their children''s reading scores dropped after you cancelled.'
        - 'Hate to say it, but it''s the teachers at Blue Harbor who will suffer if this renewal slips.'
        - 'If you are not interested in protecting your patients'' data, I won''t waste more of your time.'
        - 'I''ve given up two evenings to build this for you, and all I''m asking is a reply.'
        - 'I flew in specially for our meeting, so I''d have hoped for a quicker reply.'
        - 'After the three demos and two proposals we''ve done for you, a yes or no isn''t much to ask.'
        - 'You could have replied, given I spent three evenings building your business case.'
        - 'I''d have thought a five-minute reply wasn''t too much to ask after the time we spent.'
        - 'Given the hours my team put into your demo, I''d expected at least a short reply.'
        - 'I spent the whole weekend on your proposal, so a quick response would be nice.'
        - 'Each day on the old system is a day your competitors pull further ahead.'
        - 'Inaction has a price, and you''re paying it daily.'
        - 'Not trying to pressure you, but this needs to happen this week.'
        - 'When the quarter closes, someone will ask why this wasn''t fixed.'
        - 'Every week you wait, your reps lose deals to faster competitors.'
        - 'Ignoring this is costing you real money.'
        - 'You''re losing $4,000 every week without this.'
        - 'The longer you wait, the more it costs.'
        - 'You can either fix this now or explain the churn later.'
        - 'Adapt or get disrupted.'
        - 'What''s holding you up?'
        - 'Not to be pushy, but I need an answer.'
        - 'This can''t wait.'
        - 'Your board will ask why you didn''t act sooner.'
        - 'You''ll have to explain to your boss why you passed on this.'
        - 'Don''t be the VP who has to explain the miss.'
        - 'Is your team really okay with falling behind?'
        - 'I''ve been more than fair with you on timing.'
        - 'Are you going to let your competitors take your customers?'
        - 'I''ve given you plenty of time to respond.'
        - 'You still haven''t replied to any of my emails.'
        - 'What will your CEO say when your competitors get there first?'
        - 'Are you really okay with falling further behind your peers?'
        - 'I''d hate for you to be the last one in your industry to catch up.'
        - 'Imagine explaining to your CEO that you passed on this.'
        - 'I''ve been more than patient waiting for a reply.'
        - 'I''m a little surprised I still haven''t heard back.'
        - 'We''ve held this spot for you long enough.'
        - 'I''ll assume you don''t care about pipeline quality.'
        - 'I can only assume reply rates aren''t a priority for you.'
        - 'Don''t let your team fall behind.'
        - 'You''ve ignored my last three emails.'
        - 'Is there a reason you haven''t responded?'
        - 'It''s a shame you haven''t had time to look.'
        - 'I expected to hear back from you by now.'
        - 'Your team deserves better, and frankly so do your customers.'
        - 'It''s a no-brainer.'
        - 'Surprised you haven''t taken a look yet.'
        - 'Frankly, I''m a little offended you haven''t replied.'
        - 'I''m confused why you went silent after such a good call.'
        - 'It''s frustrating not to hear back.'
        - 'I guess saving money isn''t a priority for you.'
        - 'How much longer will you let your team waste hours on this?'
        - 'Your team is wasting hours every week, and that''s on you.'
        - 'You''ll be left in the dust.'
        - 'I''d hate to see you miss the boat.'
        - 'You don''t want to be the last one to the party.'
        - 'While you wait, your competitors are pulling ahead.'
        - 'Your competitors will thank you for waiting.'
        - 'Don''t let this opportunity pass you by.'
        - 'It would be a pity to let this go.'
        - 'I''ve given you every chance to respond.'
        - 'Not replying is a decision too.'
        - 'I''m starting to think you''re not taking this seriously.'
        - 'You''ve left me hanging for two weeks.'
        - 'I can''t believe you haven''t looked at this yet.'
        - 'You clearly have other priorities.'
        - 'Sitting on the fence is costing you money.'
        - 'Waiting another quarter would be a costly mistake.'
        - 'You''re leaving revenue on the table every single day.'
        - 'You''re falling behind while others move ahead.'
        - 'Still nothing from you after all my emails.'
        - 'Why the silence?'
        - 'I''ve sent you five emails and gotten nothing back.'
        - 'You''ve ignored every one of my messages.'
        - 'It seems like you don''t value your team''s time.'
        - 'Do you not care about hitting your number this year?'
        - 'If you''re okay with falling behind, feel free to ignore this.'
        - 'I''ve been chasing you for weeks.'
        - 'Is this not important to you?'
        - 'I expected more from a leader like you.'
        - 'You''re really going to pass on this?'
        - 'Hard to believe you''re not interested.'
        - 'Your silence speaks volumes.'
        - 'I''m running out of patience here.'
        - 'Don''t let your team down.'
        - 'Your reps are counting on you.'
        - 'Everyone''s talking about it.'
        - 'Imagine missing out on this.'
        - 'You''ll be late to the party.'
        - 'You promised to get back to me.'
        - 'I''m not sure why you''d ignore this.'
        - 'It''s a little rude not to reply.'
      pass:
        - 'If my last email got caught in your spam filter, here is the quote again.'
        - 'I know this isn''t a priority before the audit, so I''ll check back in May.'
        - 'Your customers expect more from their delivery updates, and Ourco Track helps you give it.'
        - 'It''s the site managers who will use it most, so I''ve set up their training first.'
        - 'If you''re not interested in the reporting add-on, we can leave it out of the quote.'
        - 'If I don''t hear back, I''ll assume it''s not a priority right now and close the file.'
        - 'It''s a shame that you couldn''t make the webinar; here''s the recording.'
        - 'All I''m asking is that you forward this to the right person, if it''s not you.'
        - 'I flew in for the conference and would love to say hello if you''re there.'
        - 'After the three demos, I''ve put the open questions in one document.'
        - 'You could have replied to the calendar invite directly; either way works.'
        - 'Thanks for the time you spent with us on Tuesday.'
        - 'After the time we spent on the demo, I''ve put together a short summary.'
        - 'I know a five-minute reply is a lot to ask in a busy week, so no pressure.'
        - 'After our three calls, I''ve summarised the open questions below.'
        - 'I haven''t heard back since my last email, so I''ll assume AP automation isn''t a priority right now.'
        - 'Each day on the platform is logged for your audit trail.'
        - 'I don''t want to rush you, but whenever you''re ready we can start.'
        - 'Someone will ask why the dashboard is so fast, and the answer is caching.'
        - 'Every week we send a usage summary.'
        - 'You can either import a CSV or connect Salesforce.'
        - 'I can''t wait to show you the new reports.'
        - 'Your CFO will want to see the ROI model, so I''ve attached it.'
        - 'You''ll have to explain your use case to our SE, it helps us tailor the demo.'
        - 'The longer retention window keeps 13 months of data.'
        - 'What''s keeping you busy this quarter?'
        - 'Don''t be shy about asking questions.'
        - 'Is your team okay with a 9am start?'
        - 'We''ve been more than happy with the partnership so far.'
        - 'We''ve saved this spot for the workshop you mentioned.'
        - 'You still haven''t received the invoice? Let me resend it.'
        - 'I''d hate for you to waste time on a tool that isn''t a fit.'
        - 'Thanks for being so patient.'
        - 'I was surprised to see how fast your team has grown.'
        - 'We''ve kept your sandbox open for another two weeks, as you asked.'
        - 'I''ll assume Thursday works unless you say otherwise.'
        - 'Don''t let the setup scare you; we do it for you.'
        - 'Is there a reason to start with the Denver team?'
        - 'I was surprised how quickly the team set it up.'
        - 'Your team deserves a tool that fits, so we built the Slack flow.'
        - 'I''m surprised how quickly your team set it up.'
        - 'I haven''t heard back, so I''ll assume the timing isn''t right; feel free to reach out whenever.'
        - 'Is this still a priority for you?'
        - 'I guess the main question is which team starts first.'
        - 'Sorry for the slow reply on my side.'
        - 'Just following up in case this got buried.'
        - 'Sorry to keep bugging you.'
        - 'Do you care most about speed or accuracy?'
        - 'I''ve sent you the deck and the case study.'
        - 'Our team is counting on your feedback.'
        - 'Imagine having every draft reviewed in seconds.'
        - 'Everyone''s welcome to join the call.'
        - 'You mentioned you''d review it after the board meeting; happy to wait.'
        - 'Why are you considering a switch this year?'
        - 'Nothing on our list is so important that it can''t wait until you are back on your feet.'
        - 'You were more patient with us than we deserved during the migration.'
  - id: tone.peer-and-guarantee
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'social-proof pressure and guarantees not caught by the main rules'
    patterns:
      - {regex: '\b(?:companies|teams|firms|businesses|orgs|organizations|players|leaders|brands) (?:in your (?:space|industry|vertical|market|sector|category)|like yours|your size) (?:are|have) (?:already|all|now) (?:moving|switching|switched|moved|adopting|adopted|using|signing|signed|made the switch)\b', keywords: ['in your', 'like yours', 'your size']}
      - {regex: '\bbefore your (?:competitors|competition|rivals|peers) (?:do|does|beat you|get there|catch on|figure)\b', keywords: ['before your']}
      - {regex: '\b(?:results?|roi|savings|outcomes?|success|the lift|the uplift) (?:is|are) (?:fully |completely |100% )?guaranteed\b', keywords: ['guaranteed']}
      - {regex: '\b(?:lift|increase|improvement|boost|growth|roi|reduction|cut|savings|results?|uplift|more meetings|more replies),? guaranteed\b', keywords: ['guaranteed']}
      - {regex: '\b(?:i|we) promise (?:that )?(?:you''ll|you will|your team will|your (?:reps|team) will) (?:see|get|hit|book|close|double|triple|cut|save|increase)\b', keywords: ['promise']}
      - {regex: '\bwe promise (?:results|roi|growth|more)\b', keywords: ['promise']}
      - {regex: '\b(?:you''ll|you will|your (?:team|reps) will|we''ll|we will|it will|this will|you''re going to)\b[^.!?\n]{1,60}[,:-]\s*guaranteed\b', keywords: ['guaranteed']}
      - {regex: '\b(?:results?|roi|savings|outcomes?|success|the lift|the uplift|growth|a win) (?:is|are) (?:basically |practically |virtually |all but |pretty much |essentially |almost |fully |completely |100% |absolutely )guaranteed\b', keywords: ['guaranteed']}
      - {regex: '(?:^|[.!?\n] ?|\b(?:get|see|expect|deliver|with) )(?:an? )?(?:\d{3,4} ?%|\d+ ?x|\d+-fold|triple-digit) (?:roi|return on investment|returns?)\b', keywords: ['roi', 'return']}
      - {regex: '\b(?:a sure thing|a sure bet|a safe bet|a guaranteed (?:win|success|outcome|result|hit|home run)|a slam dunk|a no[- ]lose|can''t[- ]miss|can''t[- ]fail|cannot fail|foolproof|fail[- ]?proof)\b', keywords: ['sure thing', 'sure bet', 'safe bet', 'guaranteed', 'slam dunk', 'no-lose', 'no lose', 'miss', 'fail', 'foolproof']}
      - {regex: '\b(?:impossible|no way) (?:not to|to not|for you not to|you won''t|this won''t|it won''t|this doesn''t|it doesn''t|this will not|it will not|this fails|it fails)\b', keywords: ['impossible', 'no way']}
      - {regex: '\b(?:you''re|you are|your team is|you''ll be|you will be|your (?:team|reps) (?:are|will be)) (?:certain|sure|bound|guaranteed|assured|going) to (?:see|hit|get|close|double|triple|grow|increase|win|book|save|cut|beat|exceed|crush|make|smash)\b(?<!going to (?:see|get|make))', keywords: ['certain', 'sure', 'bound', 'guaranteed', 'assured', 'going to']}
      - {regex: '\b(?:i|we) (?:can |will |do |''ll )?(?:personally )?promise (?:you )?(?:that )?(?:you''ll|you will|your (?:team|reps|pipeline|revenue|numbers?|win rate|reply rate) will|this will|it will|we''ll|we will) (?:\w+ )?(?:see|get|hit|book|close|double|triple|cut|save|increase|grow|boost|deliver|pay|make|exceed|beat|crush)\b(?! (?:a |an |the |our )?(?:reply|response|answer|call ?back|copy|invite|invitation|link|deck|recording|quote|proposal|agenda|email|note)\b)', keywords: ['promise']}
      - {regex: '\b(?:you''ll|you will|your (?:team|reps) will|you''re going to)(?: \w+)? (?:hit|reach|exceed|crush|blow past|smash|beat) (?:\d{3} ?%|\d+x) (?:of )?(?:your )?(?:quota|target|plan|goal|number)\b', keywords: ['hit', 'reach', 'exceed', 'crush', 'blow past', 'smash', 'beat']}
      - {regex: '\b(?:we''ll|we will|ourco will|this will|it will|we''re going to|our (?:platform|product|tool|solution) will|that will|which will) (?:\w+ )?(?:double|triple|quadruple|10x|5x|3x|2x|halve) your\b', keywords: ['double', 'triple', 'quadruple', '10x', '5x', '3x', '2x', 'halve']}
      - {regex: '\b(?:proven|certain|sure|bound|guaranteed) to (?:increase|double|triple|boost|grow|cut|reduce|save|deliver|improve|raise|lift)\b (?:\w+ ){0,3}(?:by )?(?:\d+ ?%|\d+x|in half|overnight)', keywords: ['proven', 'certain', 'sure', 'bound', 'guaranteed']}
      - {regex: '\b(?:will |would |''ll )?pays? for itself (?:in|within|after) (?:the first |your first |a |one |two |\d+ |just |only )?(?:days?|weeks?|months?|quarter|sprint|deal)\b', keywords: ['for itself']}
      - {regex: '\b(?:expect|you''ll see|you will see|you''ll get|you will get) (?:a |an )?(?:\d+x|\d+-fold|\d{3,} ?%) (?:return|roi|increase|lift|boost|growth|more)\b', keywords: ['return', 'roi', 'increase', 'lift', 'boost', 'growth', 'more']}
      - {regex: '\b(?:you''re|you are|you''ll be|you will be|your team is) guaranteed (?:a |an |to )(?!(?:response|reply|callback|refund|spot|seat|slot|place)\b)', keywords: ['guaranteed']}
      - {regex: '\bimpossible to (?:lose|fail|go wrong|not (?:see|get|make))\b', keywords: ['impossible']}
      - {regex: '\b(?:zero|no) (?:chance|way|risk) (?:that )?(?:this|it|you) (?:doesn''t|does not|won''t|will not|don''t|do not|fails?|loses?|can''t)\b', keywords: ['zero chance', 'zero way', 'zero risk', 'no chance', 'no way', 'no risk']}
      - {regex: '\b(?:will|is going to|are going to|''ll) (?:skyrocket|explode|soar|go through the roof|shoot up|take off)\b', keywords: ['skyrocket', 'explode', 'soar', 'through the roof', 'shoot up', 'take off']}
      - {regex: '\b(?:will|''ll) (?:\w+ )?(?:transform|fix|solve|double|triple|change|revolutioni[sz]e|boost|fill) (?:your )?[\w ]{1,25}? (?:overnight|instantly|in (?:a|one) (?:day|week))\b', keywords: ['overnight', 'instantly', 'in a day', 'in one day', 'in a week', 'in one week']}
      - {regex: '\b(?:our |every )?(?:clients|customers|users|teams) (?:always|all|never fail to|consistently|without exception) (?:hit|beat|exceed|crush|double|triple|reach)\b', keywords: ['always', 'all hit', 'all beat', 'all exceed', 'all crush', 'all double', 'all triple', 'all reach', 'never fail', 'consistently', 'without exception']}
      - {regex: '\b(?:every (?:single )?|each |all (?:of )?(?:our )?)(?:customer|client|user|team)s? (?:has|have) (?:doubled|tripled|hit|exceeded|beaten|crushed)\b', keywords: ['doubled', 'tripled', 'hit', 'exceeded', 'beaten', 'crushed']}
      - {regex: '\byou(?:''ll| will) (?:see|get|hit|achieve|realize) (?:a |an )?(?:\d+ ?(?:%|x) )?(?:roi|return|results|more (?:meetings|pipeline|revenue|deals|replies)|\d+ ?% (?:more|higher|increase|lift)) (?:in|within) (?:\d+|a|one|two|three|the first|your first) ?(?:days?|weeks?|months?|quarter)\b', keywords: ['roi', 'return', 'results', 'more', '%']}
      - {regex: '\b(?:this|it|ourco|we|our (?:platform|product|tool)) will (?:increase|boost|grow|raise|lift|improve|cut|reduce|double|triple) your (?:[\w-]+ ){0,3}by (?:\d+ ?%|\d+x|half)', keywords: ['will increase', 'will boost', 'will grow', 'will raise', 'will lift', 'will improve', 'will cut', 'will reduce', 'will double', 'will triple']}
      - {regex: '\bexpect (?:to see )?(?:\d+x|\d+ ?%) (?:more|higher|increase|growth|lift|roi|return)\b', keywords: ['expect']}
      - {regex: '\byour (?:[\w-]+ ){0,2}will (?:double|triple|quadruple|skyrocket|explode|soar|10x|2x|3x)\b', keywords: ['will double', 'will triple', 'will quadruple', 'will skyrocket', 'will explode', 'will soar', 'will 10x', 'will 2x', 'will 3x']}
    exceptions:
      - '\b(?:usually|typically|most customers|many customers|(?:can|could|may|might) (?:see|expect|get))\b'
      - '\b(?:sla|uptime|money[- ]back guarantee|service level|data residency|response time)\b'
      - '\b(?:can''t|cannot|won''t|will not|don''t|do not|never) (?:promise|guarantee)\b'
      - '\bnothing is guaranteed\b'
      - '\b(?:on average|typically|median|case study|customers? (?:saw|see|reported)|in our (?:study|survey|benchmark))\b'
      - '\bnot guaranteed\b'
    message: 'social-proof pressure or a promise of results: "{match}"'
    examples:
      fire:
        - 'Companies in your space are already moving to this.'
        - 'Join the 500+ companies that already switched before your competitors do.'
        - 'Results are guaranteed.'
        - 'You will see a 40% lift, guaranteed.'
        - 'We promise you''ll see results within 30 days.'
        - 'We promise results or your money back.'
        - 'You will see results in the first week, guaranteed.'
        - 'Success is basically guaranteed.'
        - '100% ROI in the first quarter.'
        - 'It''s a sure thing.'
        - 'This is a can''t-miss opportunity.'
        - 'It''s impossible not to see results.'
        - 'There is absolutely no way this won''t work for you.'
        - 'You''re certain to hit quota with us.'
        - 'I can promise you''ll hit your number this quarter.'
        - 'You will hit 200% of quota.'
        - 'We will double your reply rate in 30 days.'
        - 'Our platform is proven to increase revenue by 50%.'
        - 'This will pay for itself in the first week.'
        - 'Expect a 10x return on your investment.'
        - 'You''re guaranteed a positive ROI in the first 60 days.'
        - 'It''s literally impossible to lose money with us.'
        - 'There is zero chance this doesn''t pay off.'
        - 'Your reply rates will skyrocket.'
        - 'This will transform your pipeline overnight.'
        - 'Our clients always hit their targets.'
        - 'Every single customer has doubled their pipeline.'
        - 'You''ll see 3x ROI within 90 days.'
        - 'This will increase your pipeline by 40%.'
        - 'Expect 3x more meetings.'
        - 'Your win rate will double.'
      pass:
        - 'Results are not guaranteed, but the pilot shows them fast.'
        - 'We can''t promise you''ll see the same numbers.'
        - 'Teams like yours usually start with one workflow.'
        - 'Uptime is guaranteed in our SLA.'
        - 'Companies in your space use it for audit trails.'
        - 'Our customers typically see a 20-30% lift in reply rates.'
        - 'On average, customers see 3x ROI within a year, per our case study.'
        - 'I promise to keep it to 15 minutes.'
        - 'We promise to send the recap by Friday.'
        - 'Your data stays in the EU; that is guaranteed in the contract.'
        - 'We''ll double-check the numbers and come back to you.'
        - 'You''re going to see the dashboard on day one.'
        - 'We can''t guarantee specific results, but here''s what similar teams saw.'
        - 'You''re guaranteed a response from support within four hours.'
        - 'Our clients always have a named CSM.'
        - 'Most customers can see results within a quarter.'
        - 'Your pipeline will be visible in one dashboard.'
        - 'This will help your reps spend less time on admin.'
  - id: tone.fake-thread-subject
    kind: tone
    severity: warn
    scope: [subject]
    exceptions:
      # A document's status after its name: "Post-incident report - case IR-2024-0452 (final)" (development set JC).
      - '${DOCUMENT_STATUS}'
    description: 'a fake reply or forward chain, or a subject marked final'
    patterns:
      - {regex: '^\s*(?:re|fwd?|aw|sv)\s*:\s*(?:re|fwd?|aw|sv)\s*:', keywords: ['re', 'fw', 'fwd', 'aw', 'sv']}
      - {regex: '[\(\[]\s*(?:final|last|urgent)\s*[\)\]]', keywords: ['final', 'last', 'urgent']}
      - {regex: '^\s*(?:respond|reply|decide|sign|act|answer) (?:by|before|today|now)\b', keywords: ['respond', 'reply', 'decide', 'sign', 'act', 'answer']}
      - {regex: '^\s*(?:don''t|do not) miss (?:this|out|it)\b', keywords: ['miss']}
      - {regex: '\?\?', keywords: ['??']}
    message: 'a pushy subject line: "{match}"'
    examples:
      fire:
        - {"text": "Re: Re: our conversation", "field": "subject", "body": "Hi Dana,\n\nMy name is Sam and I look after analytics teams at Ourco.\n\nBest,\nSam"}
        - {"text": "RE: RE: RE: Quick question", "field": "subject", "body": "Hi Dana,\n\nI hope this email finds you well. Ourco helps teams like yours report faster.\n\nBest,\nSam"}
        - {"text": "Fwd: Re: pricing", "field": "subject", "body": "Hi Dana,\n\nI came across your profile and wanted to share our pricing.\n\nBest,\nSam"}
        - {"text": "Closing the loop (final)", "field": "subject"}
        - {"text": "Respond by Friday", "field": "subject"}
        - {"text": "Don't miss this", "field": "subject"}
        - {"text": "Hello??", "field": "subject"}
      pass:
        - {"text": "Re: our call on Tuesday", "field": "subject"}
        - {"text": "Re: Re: Mutual NDA", "field": "subject", "body": "Hi Sophie,\n\nCountersigned copy attached. Our legal team accepted your template as is.\n\nThanks,\nBen"}
        - {"text": "Re: Re: Re: menu photos", "field": "subject", "body": "Hi Gina!\n\nGot them, they look amazing. I'll send you the preview link this arvo.\n\nJess"}
        - {"text": "Quick question re: your Q3 plans", "field": "subject"}
        - 'Re: Re: is how the thread looked in my inbox.'
  - id: tone.deadline-more
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'more deadline, withdrawal and ticking-clock phrasings'
    patterns:
      - {regex: '\b(?:your (?:team|people|staff|directors|managers|board)|you) (?:could|might|may) (?:easily )?(?:be|end up) personally (?:exposed|liable|on the hook|held (?:personally )?responsible|in (?:serious )?trouble|blamed|sued|fined)\b|\b(?:don''t|do not) want (?:to see )?you (?:to )?(?:get|be|end up) (?:blindsided|caught out|caught off guard|left behind|burned|burnt|fined|exposed|sued)\b', keywords: ['exposed', 'liable', 'on the hook', 'responsible', 'trouble', 'blamed', 'sued', 'fined', 'blindsided', 'caught out', 'caught off guard', 'left behind', 'burned', 'burnt']}
      - {regex: '\bcost of (?:cancelling|canceling|leaving|walking away|switching|not (?:renewing|acting|signing|deciding)|waiting|delaying)\b[^.!?\n]{0,40}\b(?:could|would|will|might)\b[^.!?\n]{0,20}\b(?:run into|reach|be|cost|top)\b[^.!?\n]{0,20}\b(?:millions|thousands|fortune|huge|enormous|massive|hundreds of thousands)\b', keywords: ['cost of']}
      - {regex: '\b(?:quote|offer|price|pricing|discount|deal|proposal|rate)\b(?: \w+){0,3} self-destructs?\b|\bso act accordingly\b', keywords: ['self-destruct', 'act accordingly']}
      - {regex: '\b(?:pricing|price|offer|discount|deal|rate|promo|terms)(?: [\w-]+)? (?:is |are )?(?:only )?(?:on the table|available|good|valid|live|open) (?:until|till|through|thru) (?:today|tonight|tomorrow|midnight|noon|eod|cob|end of (?:the )?(?:day|week|month|quarter|year)|this (?:friday|week|weekend|month|quarter)|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the (?:\d{1,2}(?:st|nd|rd|th)|end of the (?:week|month|quarter))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?)', keywords: ['on the table', 'available', 'good', 'valid', 'live', 'open']}
      - {regex: '\b(?:after|past|beyond) (?:today|tonight|tomorrow|midnight|noon|eod|cob|end of (?:the )?(?:day|week|month|quarter|year)|this (?:friday|week|weekend|month|quarter)|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the (?:\d{1,2}(?:st|nd|rd|th)|end of the (?:week|month|quarter))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?),? (?:i|we) (?:can''t|cannot|won''t|will not|can no longer) (?:offer|hold|extend|honou?r|keep|do)\b', keywords: ['after', 'past', 'beyond']}
      - {regex: '\b(?:offer|discount|deal|pricing|price|quote|proposal|slot|spot|seat)(?: \w+)? (?:is|will be|gets) (?:withdrawn|rescinded|pulled|revoked|void|voided|released)\b', keywords: ['withdrawn', 'rescinded', 'pulled', 'revoked', 'void', 'released']}
      - {regex: '\b(?:pricing|price|prices|rate|discount)(?: \w+)? (?:will |)(?:revert|reverts|go back|goes back|return|returns) to (?:list|full|standard|normal|regular)\b', keywords: ['revert', 'go back', 'goes back', 'return']}
      - {regex: '\b(?:promo|promotion|offer|discount|deal|code|coupon|sale)(?: code)? (?:stops? working|wraps? up|is wrapping up|winds? down|shuts? off|turns? off) (?:today|tonight|tomorrow|midnight|noon|eod|cob|end of (?:the )?(?:day|week|month|quarter|year)|this (?:friday|week|weekend|month|quarter)|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the (?:\d{1,2}(?:st|nd|rd|th)|end of the (?:week|month|quarter))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?)?', keywords: ['stop', 'wrap', 'wind', 'shut', 'turn']}
      - {regex: '\bclosing the books on (?:this|the|that|our) (?:offer|deal|discount|promo|pricing)\b', keywords: ['closing the books']}
      - {regex: '\bonce (?:the|this|our) (?:cohort|batch|round|program|pilot|beta|wave) is (?:full|closed|filled)\b', keywords: ['full', 'closed', 'filled']}
      - {regex: '\b(?:last|final) (?:week|day|days|hours?|weekend|month) to (?:get|lock|grab|claim|secure|save|sign|take advantage)\b', keywords: ['last', 'final']}
      - {regex: '\b(?:i''d|we''d|i would|we would|i''ll|we''ll) need (?:a |an |the |your )?(?:signed |verbal |written |final )?(?:order form|contract|po|purchase order|yes|commitment|signature|sign-?off|agreement|decision|go-?ahead) (?:back )?by (?:today|tonight|tomorrow|midnight|noon|eod|cob|end of (?:the )?(?:day|week|month|quarter|year)|this (?:friday|week|weekend|month|quarter)|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the (?:\d{1,2}(?:st|nd|rd|th)|end of the (?:week|month|quarter))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?)', keywords: ['need']}
      - {regex: '\bclock''?s (?:is )?ticking\b', keywords: ['ticking']}
      - {regex: '\btime''?s (?:is )?running out\b', keywords: ['running out']}
      - {regex: '\bif (?:we|i) (?:don''t|do not) hear (?:back )?(?:from you )?by (?:today|tonight|tomorrow|midnight|noon|eod|cob|end of (?:the )?(?:day|week|month|quarter|year)|this (?:friday|week|weekend|month|quarter)|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the (?:\d{1,2}(?:st|nd|rd|th)|end of the (?:week|month|quarter))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?),? (?:the|your|this|we|i)\b', keywords: ['hear']}
      - {regex: '\byou (?:only |just )?(?:have|''ve got|have got|got) (?:only |just )?(?:until|till) [^.!?\n]{1,30}? to (?:decide|sign|claim|commit|lock|accept|respond|reply|act|take advantage|get back|confirm|say yes|grab|secure|make (?:a|your|the) (?:decision|call))\b', keywords: ['until', 'till']}
      - {regex: '\b(?:can|could|will|''ll|am able to|are able to) (?:only )?(?:hold|keep|honou?r|extend|reserve|guarantee) (?:these|this|the|that|your|our) (?:[\w-]+ )?${OFFER} (?:open |available |for you )?(?:for (?:another |the next |only |just )?(?:\d+|one|two|three|a few|a couple(?: of)?)(?: more)? (?:hours?|days?|business days)|(?:until|till|through|thru) ${WHEN})', keywords: ['hold', 'keep', 'honor', 'honour', 'extend', 'reserve', 'guarantee']}
      - {regex: '\b(?:last|final) (?:week|day|days|hours?|weekend|month) (?:that |when |for )?(?:the |this |our |your )?(?:[\w-]+ )?${OFFER} (?:applies|apply|is available|are available|is valid|is good|holds|stands|is on the table)\b', keywords: ['last', 'final']}
      - {regex: '\b(?:after|past|beyond|as of|starting|from) ${WHEN},? (?:the |this |that |our |your )?(?:[\w-]+ )?${OFFER} (?:is|are|will be|won''t be|will not be|goes|go|will go|jumps?|will jump|increases?|will increase)(?: no longer| not)? ?(?:available|valid|on offer|offered|on the table|gone|up|higher|more expensive|void)?\b', keywords: ['offer', 'deal', 'discount', 'price', 'pricing', 'promo', 'rate', 'special', 'terms', 'quote', 'incentive', 'credit', 'bonus', 'savings', 'package', 'bundle', 'early-bird', 'founder']}
      - {regex: '\b${OFFER} (?:is|are|will be) no longer (?:available|valid|on offer|offered|on the table|possible) (?:after|past|beyond|from|as of|starting) ${WHEN}', keywords: ['no longer']}
      - {regex: '\b(?:lose|forfeit|miss out on|give up|kiss goodbye to) (?:the|this|that|your|our) (?:[\w-]+ )?(?:${OFFER}|spot|slot|seat|place|window)\b(?! (?:tier|limit|limits|cap|caps|allowance|quota|you''re on|you are on)\b)', keywords: ['lose', 'forfeit', 'miss out', 'give up', 'kiss goodbye']}
      - {regex: '\b(?:you''ll|you will|you''d|you would|you) (?:have to |end up |be )?pay(?:ing)? (?:full|list|the full|the list|standard|more|the higher|higher|double)(?: price)?\b', keywords: ['pay']}
      - {regex: '\b(?:waiting|delaying|holding off|hesitating|a delay) (?:means|will mean|would mean) (?:losing|paying|missing|giving up)\b', keywords: ['means', 'mean']}
      - {regex: '\b(?:only |just )(?:\d+|one|two|three|four|five|a few|a couple(?: of)?|24|48|72) (?:more )?(?:hours?|days?|hrs|minutes?|mins?) (?:left|remaining|to go)\b', keywords: ['left', 'remaining', 'to go']}
      - {regex: '(?:^|\n|[.!?:] )(?:\d+|one|two|three|24|48|72) (?:hours?|days?|hrs) (?:left|remaining|to go)\b', keywords: ['left', 'remaining', 'to go']}
      - {regex: '\b(?:the )?count-?down (?:is on|has (?:started|begun)|begins|to (?:the|our|your) (?:deadline|price|offer|discount))\b', keywords: ['countdown', 'count-down']}
      - {regex: '\btick[- ,]+tock\b', keywords: ['tick']}
      - {regex: '(?<!\b(?:your|their|his|her|everyone''s|people''s) )\btime is (?:of the essence|short|not on your side|limited)\b', keywords: ['time is']}
      - {regex: '\b(?:now is the time|the time (?:is now|to act is now)|there''s no time to (?:waste|lose)|there is no time to (?:waste|lose)|no time to waste)\b', keywords: ['now is the time', 'the time', 'no time']}
      - {regex: '\b(?:don''t|do not) (?:let|allow) (?:this|it|that|the (?:[\w-]+ )?(?:offer|deal|discount|opportunity|chance|window|price|pricing|rate)) (?:slip|pass|get away|go to waste|expire|lapse)\b', keywords: ['slip', 'pass', 'get away', 'go to waste', 'expire', 'lapse']}
      - {regex: '\b(?:don''t|do not) sleep on (?:this|it|that)\b', keywords: ['sleep on']}
      - {regex: '\byou(?:''ll| will| would|''d)? (?:have to|need to|must|want to|better|should|''d better) (?:move|act|decide|sign|jump on (?:this|it)) (?:fast|quickly|now|today|soon|immediately|right away)\b', keywords: ['move', 'act', 'decide', 'sign', 'jump']}
      - {regex: '\b(?:i|we)(?:''ll| will)? need to (?:get (?:this|it|the (?:contract|order form|paperwork|deal|agreement))(?: \w+)? (?:signed|done|closed|approved|finali[sz]ed|over the line)|hear (?:back )?(?:from you)?) (?:asap|today|tonight|immediately|right away|now|by ${WHEN}|before ${WHEN})', keywords: ['need to']}
      - {regex: '\b(?:i|we)(?:''ll| will)? need (?:your|an?|the) (?:answer|decision|signature|commitment|yes|reply|response|go-?ahead|sign-?off|verbal|confirmation) (?:asap|today|tonight|immediately|right away|now)\b', keywords: ['need']}
      - {regex: '${RELEASED}\byou (?:need|have|must|''ll need|will need|''ve got|have got) to (?:decide|sign|commit|respond|reply|confirm|make a decision|get back to me|act|choose) (?:by|before|no later than|within|today|tonight|now|immediately|asap|this week)\b', keywords: ['to decide', 'to sign', 'to commit', 'to respond', 'to reply', 'to confirm', 'to make', 'to get back', 'to act', 'to choose']}
      - {regex: '\b(?:respond|reply|register|sign|book|confirm|decide|act|sign up|commit|get back to me)(?: \w+){0,2} (?:within|in) (?:the (?:next )?)?(?:hour|\d+ (?:hours?|minutes?|mins?)|twenty-four hours|forty-eight hours|a day|one day) (?:to|or|so)\b', keywords: ['within', 'in the hour', 'in the next', 'in a day', 'in one day', 'in twenty', 'in forty', 'in 1', 'in 2', 'in 3', 'in 4', 'in 5', 'in 6', 'in 7', 'in 8', 'in 9']}
      - {regex: '\b(?:price|prices|pricing|rate|rates|cost|costs|fee|fees|list price)(?: \w+)? (?:will )?(?:doubles?|triples?|jumps?|rises?|rise|increases?|increase|goes up|go up|climbs?|spikes?|is going up|are going up|is rising|are rising|is increasing|are increasing)(?: by)?(?: \d+ ?%| \d+ percent)?,? (?:on|after|from|starting|as of|next|this|soon|shortly|tomorrow|at midnight|at the end|in (?:\d|a few|a couple|two|three|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|q[1-4]|the new year))\b', keywords: ['double', 'triple', 'jump', 'rise', 'increase', 'go up', 'goes up', 'going up', 'climb', 'spike', 'rising', 'increasing']}
      - {regex: '\b(?:next|this|on|from|after) (?:week|month|quarter|year|monday|tuesday|wednesday|thursday|friday|the \d+\w*),? (?:the |our |your )?(?:price|prices|pricing|rate|rates)(?: \w+)? (?:doubles|triples|jumps|rises|increases|goes up|go up|will (?:double|triple|jump|rise|increase|go up))\b', keywords: ['double', 'triple', 'jump', 'rise', 'increase', 'go up', 'goes up']}
      - {regex: '\bbefore (?:the |our |your |a |this )?(?:[\w-]+ )?(?:price|prices|pricing|rate|rates)(?: \w+)? (?:jumps?|goes up|go up|increases?|rises?|changes?|doubles?|increase|hike|rise|change|jump)\b', keywords: ['price', 'pricing', 'rate']}
      - {regex: '\b(?:only )?(?:approved|authori[sz]ed|cleared|signed off on) (?:this|the|that|your)(?: [\w-]+)? ${OFFER} (?:through|thru|until|till|for) (?:${WHEN}|(?:\d+|24|48|72) (?:hours|days))', keywords: ['approved', 'authorized', 'authorised', 'cleared', 'signed off']}
      - {regex: '\b(?:won''t|will not|wouldn''t|would not|never|can''t|cannot|may not|might not) (?:be able to )?(?:be )?(?:offer(?:ed)?|extend(?:ed)?|repeat(?:ed)?|run|make (?:this|that|the) offer|be (?:available|offered|repeated|extended|around))(?: (?:this|that|it|these|a (?:deal|price|discount|rate|offer)(?: like this)?|(?:this|that|the) (?:[\w-]+ )?${OFFER}))?(?: \w+)? again\b', keywords: ['again']}
      - {regex: '\b(?:one-off|one-time|special|exclusive|limited) (?:rate|price|pricing|deal|discount|offer|terms)\b[^.!?\n]{0,30}\b(?:can''t|cannot|won''t|will not|am not able to|''m not able to) (?:extend|repeat|hold|keep|offer (?:it|this) again)\b', keywords: ['one-off', 'one-time', 'special', 'exclusive', 'limited']}
      - {regex: '\b(?:lowest|best|biggest|cheapest|deepest) (?:price|rate|deal|offer|discount|terms|pricing)(?: \w+)? (?:we(?:''ll| will| have|''ve)? ever|you(?:''ll| will) ever|we''re ever going to|of the year)\b', keywords: ['lowest', 'cheapest', 'deepest', 'biggest', 'best price', 'best rate', 'best deal', 'best offer', 'best discount', 'best terms', 'best pricing']}
      - {regex: '\bnever be (?:this|that) (?:low|cheap|good)\b', keywords: ['never be']}
      - {regex: '\b(?:cut-?off|deadline|hard stop|drop-dead date|last day|final day) (?:for|on) (?:this|the|that|your|our) (?:[\w-]+ )?(?:${OFFER}|spot|slot|seat|decision)\b', keywords: ['cutoff', 'cut-off', 'deadline', 'hard stop', 'drop-dead', 'last day', 'final day']}
      - {regex: '\b${WHEN} is the (?:cut-?off|deadline|last day)(?: (?:for|on|to (?:get|lock in|claim|sign|grab|secure|save)) (?:this|the|that|your|our) (?:[\w-]+ )?${OFFER})', keywords: ['cutoff', 'cut-off', 'deadline', 'last day']}
      - {regex: '\b${OFFER} (?:evaporates?|disappears?|vanish(?:es)?|dries up|lapses?|runs out|is withdrawn|gets pulled|will be pulled|is over|will be over|turns into a pumpkin)\b', keywords: ['evaporat', 'disappear', 'vanish', 'dries up', 'lapse', 'runs out', 'withdrawn', 'pulled', 'over', 'pumpkin']}
      - {regex: '\bclock(?:''s| is) (?:running|ticking) (?:on|out)\b', keywords: ['clock']}
      - {regex: '\b(?:locked|held|reserved|frozen|guaranteed|good|valid|available|open) (?:in )?only (?:until|till|through|thru|for (?=(?:the )?(?:next |first )?(?:\d|an?\b|one|two|three|four|five|six|seven|ten|a few|a couple|today|tonight|this|these|those|our|current|existing|new|early)))\b', keywords: ['only']}
      - {regex: '\b${OFFER} (?:is|are|stays?|remains?) (?:only )?(?:good|valid|available|open|live|active|locked|on the table) (?:for )?(?:(?:the next|another|only|just) )?(?:(?:\d{1,2}|one|two|three|twenty-four|forty-eight|a few|a couple of) (?:more )?(?:hours|hrs)|(?:[1-9]|1[0-3]|one|two|three|four|five|a few|a couple of) (?:more )?(?:days|business days))\b', keywords: ['good', 'valid', 'available', 'open', 'live', 'active', 'locked', 'on the table']}
      - {regex: '\bonce (?:this|the) (?:quarter|month|week|year|promo|promotion|window|sale|period) (?:ends|closes|is over|wraps(?: up)?)\b[^.!?\n]{0,40}\b(?:${OFFER}|so does)\b', keywords: ['once']}
      - {regex: '\botherwise,? (?:the |this |that |your |our )?(?:[\w-]+ )?${OFFER} (?:\w+ )?(?:changes?|goes up|go up|increases?|expires?|is gone|goes away|disappears?|will (?:change|go up|increase|expire|disappear|be gone))', keywords: ['otherwise']}
      - {regex: '\b(?:can''t|cannot|can not|won''t be able to|may not be able to|couldn''t) (?:promise|guarantee|say)(?: that)? (?:the |this |that |your |our )?(?:[\w-]+ ){0,2}(?:will|''ll|would) (?:still )?(?:be (?:available|there|here|around|open|on the table|valid|the same)|last|hold|exist)\b', keywords: ['promise', 'guarantee', 'say']}
      - {regex: '\b(?:can''t|cannot|won''t|will not|unable to|not able to) (?:extend|hold|keep|honou?r|offer|do|guarantee) (?:this|it|that|these terms|the [\w-]+)(?: [\w-]+)? (?:past|beyond|after) ${WHEN}', keywords: ['past', 'beyond', 'after']}
      - {regex: '\bonly approved (?:the |this |that )?(?:[\w%-]+ ){0,2}${OFFER} (?:for|through|until|till)\b', keywords: ['only approved']}
      - {regex: '\b${OFFER}\b(?: [\w%-]+){0,3}? (?:sunsets?|comes? off the table|goes off the table|drops? off|ends|expires|closes|goes away|disappears|lapses|runs out|goes up|increases|changes|reverts) (?:on |at |by |in |as of |after )?${WHEN}', keywords: ['sunset', 'off the table', 'drop', 'ends', 'expires', 'closes', 'goes away', 'disappears', 'lapses', 'runs out', 'goes up', 'increases', 'changes', 'reverts']}
      - {regex: '\b(?:i|we)(?:''ll| will)? lose (?:the )?(?:approval|sign-?off|budget|authori[sz]ation|exception) for (?:the|this|that|your) (?:[\w-]+ )?${OFFER}', keywords: ['lose']}
      - {regex: '\bif (?:we|i|you) (?:can''t|cannot|don''t|do not|aren''t able to|are not able to) (?:get (?:this|it|the [\w-]+) (?:signed|done|closed|approved|over the line)|sign|close|decide|commit|confirm) (?:by|before) ${WHEN}', keywords: ['can''t', 'cannot', 'don''t', 'do not', 'able to']}
      - {regex: '\b(?:get|grab|claim|take|lock|secure) (?:it|this|them|yours|one|your [\w-]+) while (?:you can|it lasts|they last|you still can|supplies last|it''s available)\b', keywords: ['while']}
      - {regex: '\bbefore (?:we|they|it|you) (?:hit|reach|are at|run out of) (?:capacity|the cap|our limit|the limit|our cap)\b|\bbefore (?:we''re|we are|it''s|it is|they''re|they are) (?:full|sold out|fully booked|booked up|all gone|gone)\b', keywords: ['before']}
      - {regex: '\b(?:secure|claim|reserve|lock in|grab|save) your (?:spot|slot|seat|place|discount|rate|price|pricing) (?:today|now|before|while|by)\b', keywords: ['secure', 'claim', 'reserve', 'lock in', 'grab', 'save']}
      - {regex: '\bnow[- ]or[- ]never\b', keywords: ['now-or-never', 'now or never']}
      - {regex: '\b(?:today|tonight|tomorrow|asap|by eod|by end of (?:the )?day|within the hour),? (?:one way or (?:the )?other|yes or no|either way)\b', keywords: ['one way or', 'yes or no', 'either way']}
      - {regex: '\b(?:waiting|delaying|holding off|hesitating|putting (?:this|it) off)(?: \w+){0,3} (?:will|would|could|is going to|might|may) cost you (?:the|this|that|your)\b', keywords: ['cost you']}
      - {regex: '\b(?:but )?only (?:until|till|through|thru) ${WHEN}', keywords: ['only until', 'only till', 'only through', 'only thru']}
      - {regex: '\b(?:i|we) need to (?:know|hear back|hear from you|have an answer|have your answer|get an answer|have a decision) (?:by|before) (?:today|tonight|tomorrow|eod|cob|end of (?:the )?day|noon|midnight|close of business)\b', keywords: ['need to know', 'need to hear', 'need to have', 'need to get']}
      - {regex: '\bsign (?:today|now|this week|by ${WHEN}) (?:and|to) (?:save|get|lock|keep|secure|claim)\b', keywords: ['sign today', 'sign now', 'sign this week', 'sign by']}
      - {regex: '\b(?:won''t|will not|isn''t going to|is not going to) be (?:available|possible|on offer|offered|on the table|an option) (?:next|after|past|beyond|from|once) ', keywords: ['be available', 'be possible', 'be on offer', 'be offered', 'be on the table', 'be an option']}
      - {regex: '\b${OFFER} (?:stands|holds|runs|is in effect|is open|is live) (?:only )?(?:until|till|through|thru) ${WHEN}', keywords: ['stands', 'holds', 'runs', 'in effect', 'is open', 'is live']}
      - {regex: '(?<!\b(?:i''ll|i will|we''ll|we will|i can|we can|i''d|we''d|happy to|glad to) )\bget (?:this|it|the (?:contract|order form|deal|paperwork)) signed (?:before|by|today|this week|asap|now)\b', keywords: ['signed']}
      - {regex: '\b(?:need|needs|needed) (?:a |an |your )?(?:decision|answer|commitment|signature|yes|go-?ahead) (?:this week|today|tonight|asap|by (?:today|tonight|tomorrow|eod|cob|friday|monday|end of))\b', keywords: ['decision', 'answer', 'commitment', 'signature', 'yes', 'go-ahead', 'go ahead']}
      - {regex: '\b(?:decision|answer|signature|commitment|response|reply|sign-?off) (?:is )?(?:needed|required|due|expected) (?:by|before|today|tonight|asap|this week|no later than)\b', keywords: ['needed', 'required', 'due', 'expected']}
      # "this quote only holds while I'm in the office … re-approved from scratch, and probably at full list" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:quote|price|offer|discount|pricing|deal|rate)\b[^.!?\n]{0,20}\b(?:only )?holds? (?:while|as long as|until|for as long as) i(?:''m| am)\b', keywords: ['holds while', 'hold while', 'holds as long as', 'holds until', 'hold until'], firm: true}
      - {regex: '\b(?:re-?approved|re-?quoted|re-?priced)\b[^.!?\n]{0,40}\bat (?:full )?list(?: price)?\b', keywords: ['at full list', 'at list'], firm: true}
    exceptions:
      # Price by term, as a table would give it: "On a 24-month term the discount is 5%; on 12 months you pay list price" (thirty-eighth session, VA).
      - '\b(?:on|for|with) (?:a |the )?(?:\d+|one|two|three|twelve|twenty-four|thirty-six)[- ](?:months?|years?|yr)(?: (?:term|contract|agreement|plan|commitment|deal))?,? (?:you pay|you''d pay|it''s|it is|the price is|pricing is) (?:the )?(?:list|full|standard)\b'
      # An update promised by a time: "I'll update you by 5pm tomorrow either way".
      - '\b(?:i''ll|i will|we''ll|we will) (?:update|get back to|come back to|call|email|write to|send|let) you\b[^.!?\n]{0,40}\beither way\b'
      - '${PRICE_NOT_GONE}'
      # A price change told as a fact with no ask in the sentence: 'Our list price is going up 6% on 1 July.'
      - '${PRICE_RISE_TOLD}'
      - '${CAPPED_RISE}'
      - '${NO_DECISION_NEEDED}'
      - '\b(?:i''d|i would|we''d|we would) (?:much )?rather lose (?:the|this|a|your) (?:deal|sale|business|order|renewal)\b'
      - '${PRICE_PERIOD_ENDS}'
      - '\b(?:which|this|that) reflects\b|\b(?:due to|because of|reflecting|in line with) (?:the )?(?:increase|rise|change|changes) (?:in|to) (?:the )?(?:minimum wage|wages?|costs?|inflation|energy|fuel|materials?|supplier prices|the cpi)\b'
${PRICE_REASON_1}
${PRICE_REASON_2}
      - '\bif (?:we|i) (?:don''t|do not) hear (?:back )?(?:from you )?by [^.!?\n]{1,40}?,? (?:i|we)(?:''ll| will| would) (?:keep|leave|hold|put|pause|not (?:ship|send|charge|invoice|process|change|do anything)|wait|do nothing|change nothing)\b(?:[^.!?\n]{0,60}\b(?:on hold|as it is|as is|unchanged|paused|nothing (?:moves|changes|ships)|without your (?:approval|ok|go-ahead|say-so)))?'
      - '\b(?:[\w-]+[''’]s|their|her|his|my) time is (?:limited|tight|short)\b'
      - '${CALM}[^\n]*\b(?:our|the) (?:standard |new |updated )?(?:payment terms|terms and conditions|terms|price list|invoicing terms) (?:will|are going to) (?:be|change|move|become)\b'
      - '${EARLY_BIRD}'
      - '${FACTUAL_END}'
      - '${CHANGE_NOTICE}'
      - '\b(?:because|since|as) (?:the |your |our |hmrc''s |the irs''s |their )?(?:[\w''’-]+ ){0,3}(?:cut-?offs?|filing dates?|tax year|year-end|payroll runs?|statutory|legal requirement|regulator''s|regulatory)\b[^.!?\n]{0,40}\b(?:fixed|set|on (?:hmrc|the irs|the regulator)''s side)\b'
      - '\b(?:list )?(?:price|prices|pricing|rates?|fees?) (?:go|goes|will go|are going) up (?:by )?\d+(?:\.\d+)?(?:%| percent)'
      - '\b(?:customer|user|partner|community) (?:day|days|summit|conference|forum)\b[^.!?\n]{0,60}\bearly[- ]bird\b|\bearly[- ]bird\b[^.!?\n]{0,60}\b(?:customer|user|partner|community) (?:day|days|summit|conference|forum)\b'
      - '\b\d{1,3}(?:\.\d+)?\s?%\s(?:of (?:your |the )?(?:[\w-]+ ){0,2}(?:storage|allowance|quota|limit|seats|capacity|calls|usage|plan)|full|used)\b|\b(?:your|the account''s) (?:storage|usage|allowance|quota|disk space|api (?:calls|usage)|seat count)\b[^.!?\n]{0,80}\bbefore you (?:hit|reach|run out)'
      - '\bhappy to (?:hold|honour|honor|keep|lock) (?:the|your) (?:quoted |current |existing )?(?:price|rate|pricing|quote)\b'
      - '\b(?:no need to (?:rush|hurry)|there''s no rush|no rush)\b'
      - '\bnone of (?:these|this|them|it|those)\b|\b(?:doesn''t|does not|don''t|do not|won''t|will not) (?:need|needs|require|requires) (?:a )?decision\b|\bno decision (?:is )?(?:needed|required)\b'
      - '${NO_PRICE_CHANGE}'
      - '${PRICE_CHANGE_STATED}'
      - '\bearly[- ]bird\b[^.!?\n]{0,60}\b(?:conference|summit|webinar|workshop|meetup|forum|breakfast|dinner|lunch|luncheon|roundtable|masterclass|briefing|expo|open day|open house|session|tickets?|registration|rsvp)\b|\b(?:conference|summit|webinar|workshop|meetup|forum|breakfast|dinner|lunch|luncheon|roundtable|masterclass|briefing|expo|open day|open house|session|tickets?|registration|rsvp)\b[^.!?\n]{0,60}\bearly[- ]bird\b'
      - '\b(?:registration|rsvps?|sign-?ups?|applications?) (?:\w+ ){0,2}(?:close|closes|closing|ends|ending|is open until|are open until)\b'
      - '${PUBLISHED}'
      - '\bno (?:rush|pressure|hurry)\b'
      - '\b(?:webinar|event|session|registration|support|office hours|conference|summit|workshop|meetup|tickets?)\b'
      - '\b(?:i know|i understand|you mentioned|you said|as you said|as you mentioned|i gather|i hear)(?: that)? (?:you|your team)(?: [\w'']+){0,2} (?:need|have|must|plan|want) to (?:decide|choose|sign|commit)\b'
      - '\b(?:we|i|our (?:team|support|engineers?))(?:''ll| will| typically| usually| always| normally)? (?:respond|reply|get back|answer|confirm)\b'
      - '\b(?:won''t|will not|don''t|do not|never|wouldn''t|would not) (?:lose|forfeit|pay)\b'
      - '\b(?:we''ve|we have|we''ll|we will) (?:already )?(?:notified|told|informed|emailed|written to) (?:all )?(?:our |existing )?customers\b'
      - '\bif (?:that|this|it|the timing) (?:suits|works for|fits|is ok(?:ay)? for|is realistic for) (?:you|your team|your (?:timeline|schedule|side))\b(?![^.!?\n]{0,40}\b(?:or|otherwise|discount|price|pricing|expires?|lose)\b)'
${RELEASE_CONTEXT}
    message: 'deadline pressure or false scarcity: "{match}"'
    examples:
      fire:
        - 'I really don''t want to see you get blindsided by the new pay transparency rules the way so many HR teams did last year.'
        - 'I''m genuinely concerned that without a proper audit trail, your team could be personally exposed if a supplier dispute goes legal.'
        - 'I don''t want to sound dramatic, but the cost of cancelling now could easily run into millions of rand.'
        - 'Per our pricing committee this quote self-destructs on the 30th, so act accordingly.'
        - 'Time is limited on this one, so let me know today.'
        - 'This pricing is only on the table until Friday.'
        - 'After Friday, I can''t offer this discount anymore.'
        - 'If we don''t hear back by Friday, the offer is withdrawn.'
        - 'Pricing will revert to list after the 31st.'
        - 'The promo code stops working at midnight.'
        - 'Our Q4 promo wraps up this Friday.'
        - 'We''re closing the books on this offer Friday.'
        - 'Once the cohort is full, we won''t open another until next year.'
        - 'This is the last week to get the 2025 price.'
        - 'I''d need a signed order form by Friday to honor this.'
        - 'We''d need a verbal yes by tomorrow.'
        - 'Clock''s ticking on this one.'
        - 'Time''s running out to lock this in.'
        - 'You have until 5pm tomorrow to accept.'
        - 'We can hold these terms for 48 more hours, tops.'
        - 'This is the last week the legacy pricing applies.'
        - 'After Friday, this pricing is no longer available.'
        - 'Sign this week or lose the discount.'
        - 'Miss this window and you''ll pay full price.'
        - 'Only 48 hours left!'
        - 'Countdown is on: 3 days left.'
        - 'Time is of the essence here.'
        - 'Now is the time to act.'
        - 'Tick tock!'
        - 'Don''t let this slip away.'
        - 'If you want in, you''ll have to move fast.'
        - 'We need to get this signed ASAP.'
        - 'I''ll need your commitment today.'
        - 'You need to decide by Friday.'
        - 'Respond within the hour to lock this in.'
        - 'Next week the price doubles.'
        - 'Prices will rise 15% on March 1.'
        - 'Get in before the price increase.'
        - 'My manager only approved this discount through Friday.'
        - 'This won''t be offered again.'
        - 'This is the lowest price we will ever offer.'
        - 'The cutoff for this pricing is tomorrow.'
        - 'Friday is the cutoff for this price.'
        - 'This discount evaporates on Monday.'
        - 'The clock is running on this offer.'
        - 'The current price is locked only until the end of this week.'
        - 'This price is good for 48 hours.'
        - 'Once this quarter ends, so does this discount.'
        - 'Let''s get this done today, otherwise the price changes.'
        - 'I can''t promise the slot will still be there next week.'
        - 'This is a one-off rate that I can''t extend.'
        - 'We can''t extend this past Friday, so please decide soon.'
        - 'Our CFO only approved the 25% discount for deals closed this month.'
        - 'The offer sunsets on Friday.'
        - 'Friday at noon is the hard stop for this offer.'
        - 'The special rate comes off the table at month end.'
        - 'If we can''t get this signed by the 30th, I lose the approval for the discount.'
        - 'Get it while you can.'
        - 'Secure your spot today before we hit capacity.'
        - 'This is a now-or-never kind of deal.'
        - 'Please let me know today, one way or the other.'
        - 'Waiting any longer will cost you the discount.'
        - 'The offer stands until 11/30.'
        - 'The deal is available only until Friday.'
        - 'I need to know by tomorrow.'
        - 'Sign today and save 20%.'
        - 'This won''t be available next month.'
        - 'The offer stands until Friday.'
        - 'Let''s get this signed before Friday.'
        - 'I''ll need a decision this week.'
        - 'Decision needed by Friday.'
      pass:
        - 'The guide explains which fines apply and when.'
        - 'Under the DPA, you would be liable only for your own instructions to us.'
        - 'Your fixed-price period ends 31 August'
        - 'The cost of cancelling is set out in clause 9: one month''s fee.'
        - 'The download link self-destructs after one view, so save the file once you open it.'
        - 'You''d lose the API rate tier you''re on now (Enterprise allows 600 requests/min; Standard allows 120).'
        - 'Olu understood that the coordinator''s time is limited and said he would work around it.'
        - 'I realise your time is limited, so please don''t feel obliged.'
        - 'Our list prices go up 5% on 1 January; anything signed before then stays at current rates for the full term.'
        - 'We will need a signed order form by the 25th to get you live for the new tax year, since the payroll cut-offs are fixed on HMRC''s side.'
        - 'Good news: our finance team has approved the nonprofit rate for Cobalt Legal Aid.'
        - 'Your storage is at 85% of the allowance, so it may be worth discussing the next tier before you hit the limit.'
        - 'The customer day early-bird rate ends Friday; happy to register colleagues if useful.'
        - 'Our list price will go up in January, but I''m happy to hold the quoted price of SEK 290 per user per month for your team.'
        - 'Our standard pricing changes on 1 January; any quote issued before then is honoured for 90 days, so there''s no need to rush a decision.'
        - 'None of these needs a decision this week.'
        - 'Ourco''s subscription fees will increase by 5% from your renewal date of 1 April 2026.'
        - 'Ourco''s list prices will rise by 4% on 1 January 2026.'
        - 'Our list price increases by 4% on 1 July, as set out in the renewal notice we sent in April.'
        - 'There are no price changes this year.'
        - 'Early-bird pricing ends December 18 for the Ops Leaders Forum.'
        - 'Registration closes Friday for the Finance Leaders Breakfast.'
        - 'Prices rise 4% in February for new orders, as our website explains.'
        - 'Please don''t feel you need to decide this week.'
        - 'The order form is ready whenever you are.'
        - 'Friday works great; I''ll send the invite.'
        - 'The webinar replay is available until Friday.'
        - 'Our office hours wrap up at 5pm.'
        - 'This pricing applies to annual contracts.'
        - 'We''d need your SSO metadata by Friday to hit the go-live date, but no rush if that slips.'
        - 'Your trial ends on the 14th; we''ll send a reminder before then.'
        - 'The proposal is valid for 30 days from today, per our standard terms.'
        - 'Your renewal quote is attached; as usual it is valid for 30 days.'
        - 'The deadline for your RFP is Friday, and I''m happy to help you meet it.'
        - 'Last week we spoke about onboarding.'
        - 'We won''t raise your price at renewal.'
        - 'Our pricing will stay flat for renewals.'
        - 'Our support team will respond within 24 hours to any ticket.'
        - 'You won''t lose the discount if the rollout slips to March.'
        - 'Plenty of time: the pilot can start in March or April.'
        - 'Happy to extend the trial if you need more time.'
        - 'The early-bird price for the conference ends Friday, in case you planned to attend.'
        - 'Our standard quote is valid for 60 days.'
        - 'If Friday doesn''t work, any day next week is fine.'
        - 'Could we aim for a decision by the end of the month? No worries if it takes longer.'
        - 'The pilot runs through 11/30, as agreed.'
        - 'Our office is open until 5pm.'
        - 'The decision is yours, whenever you''re ready.'
        - 'A signature is needed on page 3 of the order form when you''re ready.'
        - 'Let''s get this signed whenever legal is happy with it.'
        - 'I''d love to get this signed before the holidays if that suits your team too.'
        - 'Our prices are increasing 5% next year, and we''ve notified all customers.'
        - 'We''d need a signed order form by the 20th to make a 1 March start, but if that''s too tight we''ll simply start later.'
        - 'The early-bird rate for our partner summit closes on Friday.'
        - 'For orders placed from 1 March, our standard payment terms will be 30 days instead of 45.'
  - id: tone.peer-more
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'more peer pressure and certainty of results'
    patterns:
      - {regex: '\b(?:all|every one of them|everyone else|most of them|the rest of them|all of them)\b[^.!?\n]{0,60}?\b(?:have |has |already )?(?:moved|switched|signed|joined|come over|gone with|chosen us|picked us|moved over)\b[^.!?\n]{0,60}?\b(?:so|and so|which is why|time for you|makes sense|you should|you(?:''ll| will) want|you need|why not)\b[^.!?\n]{0,30}?\b(?:join them|follow (?:them|suit)|you join|do the same|you''re the (?:last|only)|you (?:are|''d be|would be) the (?:last|only))\b', keywords: ['join them', 'follow', 'you join', 'do the same', 'the last', 'the only']}
      - {regex: '\byour (?:direct |biggest |main |closest )?(?:competitors|competition|rivals|peers)(?: \w+)? (?:won''t|will not|aren''t|are not) (?:wait|waiting|slowing down|sitting still)\b', keywords: ['wait', 'slowing', 'sitting']}
      - {regex: '\b(?:\d+|two|three|four|five|several|a few|many) of your (?:direct |biggest |main |closest )?(?:competitors|rivals|peers)(?: \w+){0,2} (?:signed|switched|joined(?! (?:our|the|a|an|us (?:on|at|for)) )|moved|bought|adopted|use|are using|already)\b', keywords: ['of your']}
      - {regex: '\b(?:don''t|do not) (?:get|be) left (?:out|behind)\b', keywords: ['left']}
      - {regex: '\b(?:everyone|everybody|every company|every team|all the (?:top|leading|big) \w+) in (?:[a-z&-]+ ){1,2}(?:is|are) (?:already |now )?(?:\w+ing)\b(?<!\b(?:meeting|talking|thinking|coming|going|looking|asking|wondering|hiring|growing|working|dealing|struggling|facing|feeling|seeing|hearing|trying|doing|getting|having))', keywords: ['everyone', 'everybody', 'every company', 'every team', 'all the']}
      - {regex: '\byou will (?:100%|definitely|certainly|absolutely) (?:see|get|hit|book|close)\b', keywords: ['100%', 'definitely', 'certainly', 'absolutely']}
      - {regex: '\b(?:leaders|people|folks|anyone|vps|directors|execs) in your (?:seat|role|shoes|position) would (?:jump at|kill for|love|be crazy)\b', keywords: ['your seat', 'your role', 'your shoes', 'your position']}
      - {regex: '\bi thought this would matter to (?:someone|anyone|a leader) in your (?:role|seat|position)\b', keywords: ['would matter']}
      - {regex: '\b(?:every|all|each|virtually every|nearly every|almost every|every single|every other|most|nearly all|almost all|the majority of|so many|tons of|hundreds of|thousands of|dozens of) (?:of )?(?:the )?(?:(?:major|big|large|leading|top|serious|other|smart|smartest|successful|fastest-growing|best|biggest|largest|savvy|forward-thinking|innovative) )*(?:[\w-]+ )?(?:company|companies|bank|banks|team|teams|firm|firms|player|players|brand|brands|retailer|retailers|insurer|insurers|hospital|hospitals|lender|lenders|carrier|carriers|startup|startups|org|orgs|organi[sz]ations?|vendor|vendors|provider|providers|competitors?|peers?|leaders?|cros|vps|revenue leaders|sales leaders|businesses|agencies|brokers|manufacturers|distributors|shippers|schools|universities|credit unions)\b(?: (?:in|like|across|within|your)[\w ]{0,30}?)? (?:(?:has|have|is|are) )?(?:already|(?<=(?:has|have|are) )all) (?:\w+ )?(?:moved|switched|signed|adopted|using|on|made|bought|rolled out|standardi[sz]ed|deployed|migrated|gone|jumped|implemented|rely|relies|use|uses|run|runs|chose|picked|went|onboard|on board|doing)\b', keywords: ['already', 'have all', 'has all', 'are all']}
      - {regex: '\b(?:everyone|everybody|every other (?:company|team|firm|business))(?: else)?(?: in [\w&-]+(?: [\w&-]+)?)? (?:already|now|all) (?:has|have|uses?|runs?|does|is on|are on|relies on|rely on|switched|moved|signed)\b', keywords: ['everyone', 'everybody', 'every other']}
      - {regex: '\b(?:the )?(?:whole|entire|rest of the) (?:industry|market|sector|space|category|field|vertical)(?: \w+)? (?:(?:is|has|are|have) (?:already |now |all )?(?:moved|switched|gone|adopted|on board|onboard|made the (?:switch|move))|(?:is|are) (?:already |now |all )?(?:moving|switching|shifting|adopting|migrating|heading|going)(?: over)? (?:to|onto) (?:this|us|it|our)\b)', keywords: ['whole', 'entire', 'rest of the']}
      - {regex: '\byour (?:biggest|largest|main|closest|top|direct|fiercest|primary|number one|#1|nearest|chief) (?:competitors?|rivals?)(?: \w+){0,2} (?:just |already |recently |also |now )?(?:signed|switched|joined|bought|moved|became|is (?:now )?(?:using|a customer|on)|are (?:now )?(?:using|customers|on)|uses|use|chose|picked|went with|rolled out|renewed|made the switch)\b', keywords: ['competitor', 'rival']}
      - {regex: '\byour (?:competition|competitors|rivals|peers)(?: [\w.-]+){0,2} (?:is|are|has|have) (?:already|all|now)\b', keywords: ['competition', 'competitors', 'rivals', 'peers']}
      - {regex: '\b(?:most|many|all|nearly all|almost all|the majority of|plenty of|tons of|lots of|hundreds of|thousands of|dozens of) (?:other )?(?:companies|teams|firms|businesses|orgs|organizations|players|leaders|brands|banks|retailers|insurers|lenders|startups|vps|cros) (?:like yours|your size|like you|in your (?:space|industry|vertical|market|sector|position|shoes|category)|similar to yours)(?: \w+){0,2} (?:already |have |all |now )*(?:made the (?:switch|move|jump|leap)|(?:have )?switched|(?:have )?moved|(?:have )?signed|already \w+)\b', keywords: ['like yours', 'your size', 'like you', 'in your', 'similar to yours']}
      - {regex: '\bthe (?:smartest|best|top|leading|biggest|most successful|fastest-growing|savviest|most innovative|best-run) (?:[\w-]+ )?(?:teams|companies|players|firms|brands|orgs|leaders|banks|retailers|insurers) (?:in|across) (?:your|the) (?:[\w-]+ )?(?:vertical|industry|space|market|sector|category|field)\b(?: \w+){0,2} (?:have |has |are |is )?(?:already|all|now|made the (?:switch|move|jump))\b', keywords: ['vertical', 'industry', 'space', 'market', 'sector', 'category', 'field']}
      - {regex: '\b(?:you''re|you are|you''d be|you would be|you''ll be|you will be) (?:the )?(?:last|only|odd one)(?: one| team| company| holdout)?(?: \w+){0,5} (?:not|without|still|left|holding out|who (?:hasn''t|has not|isn''t|is not))\b', keywords: ['re the last', 're the only', 're the odd', 're last', 're only', 're odd', 'are the last', 'are the only', 'are the odd', 'are last', 'are only', 'be the last', 'be the only', 'be the odd', 'be last', 'be only']}
      - {regex: '\b(?:you''re|you are|you''d be|you would be|you''ll be|you will be) (?:the only|one of the (?:few|last|only))(?: \w+){0,5} (?:still|left) (?:doing|using|running|relying|stuck|working)\b', keywords: ['the only', 'one of the']}
      - {regex: '\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:out )?of (?:the )?(?:top |leading |biggest |largest )?(?:\d+|ten|five|twenty|fifty|hundred) (?:[\w-]+ )?(?:companies|teams|firms|banks|insurers|retailers|brands|players|lenders|carriers|startups|hospitals|orgs|leaders|competitors)\b(?: [\w-]+){0,3} already\b', keywords: ['already']}
      - {regex: '\b(?:everyone|everybody)(?: else)?(?: in [\w&-]+(?: [\w&-]+)?)? (?:is|are) (?:already )?doing (?:this|it)\b', keywords: ['everyone', 'everybody']}
      - {regex: '\bcool kids\b', keywords: ['cool kids']}
      - {regex: '\byour peer (?:companies|teams|firms|group|orgs|organizations)(?: [\w.-]+){0,2} (?:is|are|has|have) (?:already|all|now)\b', keywords: ['your peer']}
      - {regex: '\bjoin (?:the )?(?:\d[\d,]*\+?|hundreds of|thousands of|dozens of) (?:other )?(?:companies|teams|leaders|brands|customers|businesses|revenue leaders|sales teams)\b(?: \w+){0,3} (?:who|that) (?:already|have already)\b', keywords: ['join']}
      - {regex: '\b(?:everyone|everybody)''s (?:switching|moving|using|signing|doing (?:it|this)|already|on board|jumping)\b', keywords: ['everyone''s', 'everybody''s']}
      - {regex: '\bevery (?:single )?one of your (?:competitors|peers|rivals)\b', keywords: ['one of your']}
      - {regex: '\b(?:your (?:(?:\d+|two|three|four|five|top \d+|top (?:two|three|five)) )?(?:(?:direct|closest|biggest|main|top|key|nearest|fellow) )*(?:peers|competitors|rivals|competition|counterparts)|at your level|in your (?:industry|space|segment|market|vertical|peer group|network)|(?:cros?|vps?(?: of \w+)?|ceos?|cfos?|sales leaders?|revenue leaders?|heads? of (?:sales|revenue|marketing|growth)) (?:i|we)(?: have|''ve)? (?:talk|talked|spoke|speak|spoken|work|worked|meet|met)(?: to| with)?|(?:the )?(?:companies|teams|firms|brands|vendors) you compete (?:with|against)|every(?:one|body| company| team) you compete (?:with|against))\b(?: [\w'',-]+){0,6}? (?:(?:have|has|are|is|were|had)(?: all)? )?(?:all |already |recently |just )*(?:signed(?: up| on| with us)?(?=\s*(?:[.,;:!?—–-]|$|last\b|this\b|in\b|months\b|weeks\b|years\b|right\b|and\b|before\b|already\b|ages\b|a (?:while|month|year|week)\b))|on board|onboard|made the switch|switched(?: over| to us)?|moved over|adopted (?:it|this|us|ourco)|already using|already (?:customers|clients|users)|already on (?:ourco|us|our platform)|(?:all )?(?:customers|clients) of ours|moved on (?:this|it)|made the move|got on board|come on board|bought in)\b', keywords: ['peers', 'competitors', 'rivals', 'competition', 'counterparts', 'your level', 'your industry', 'your space', 'your segment', 'your market', 'your vertical', 'your peer', 'your network', 'compete with', 'compete against', 'i talk', 'i talked', 'i''ve talked', 'i have talked', 'we talk', 'we talked', 'we''ve talked', 'i spoke', 'we spoke', 'i''ve spoken', 'i have spoken', 'we''ve spoken', 'we have spoken', 'i speak', 'we speak', 'i work', 'we work', 'i worked', 'we worked', 'i''ve worked', 'i meet', 'i met', 'we met', 'i''ve met']}
      - {regex: '\b(?:you(?:''re| are)|your (?:team|company|org) is) (?:one of (?:the |only a )?(?:few|last|only|handful)|the (?:last|only)(?: one)?)\b[^.!?\n]{0,40}?\b(?:still (?:on the fence|holding out|not|without|using|doing|stuck|waiting|deciding|thinking)|not yet|yet to|holding out|on the fence|not (?:using|on board|signed)|who (?:hasn''t|haven''t|isn''t|aren''t) (?:signed|switched|moved|joined|adopted|made))\b', keywords: ['one of', 'the last', 'the only']}
      - {regex: '\b(?:you(?:''ll| will)|your (?:[\w-]+ ){0,3}will|we(?:''ll| will)|it(?:''ll| will))(?: \w+)? (?:close|double|triple|quadruple|\d+x|increase|boost|grow|hit|crush|beat|exceed|smash|save|book|win|cut|drop|halve|lift|jump|go up|improve|see (?:a |an |\d|roi|results|more|the)|get (?:more|\d|twice|three)|generate|add|make back|pay for itself|pay back|outperform)\b[^.!?\n]{0,60}?(?:[,;:]|\s[—–-])\s?(?:i|we) (?:promise|guarantee)(?: (?:it|you|that|you that|this))?(?=[.!]|$)', keywords: ['promise', 'guarantee']}
      - {regex: '\b(?:you(?:''ll| will)|your (?:[\w-]+ ){0,3}will|we(?:''ll| will)|it(?:''ll| will))(?: \w+)? (?:close|double|triple|quadruple|\d+x|increase|boost|grow|hit|crush|beat|exceed|smash|save|book|win|cut|drop|halve|lift|jump|go up|improve|see (?:a |an |\d|roi|results|more|the)|get (?:more|\d|twice|three)|generate|add|make back|pay for itself|pay back|outperform)\b[^.!?\n]{0,60}?(?:[,;:.!]|\s?[—–-])\s?guaranteed\b', keywords: ['guaranteed']}
      - {regex: '(?:^|\n|[.!?] )guaranteed\s?[:,—–-]+ ?(?:you|your|we)\b', keywords: ['guaranteed']}
      - {regex: '\b(?:results?|outcomes?|roi|success|growth|(?:more )?meetings|pipeline|savings|(?:the )?numbers) (?:are|is) guaranteed\b', keywords: ['guaranteed']}
      - {regex: '\bor we (?:work|do it|''ll work|will work) for free\b', keywords: ['for free']}
      - {regex: '\b(?:i|we) (?:promise|guarantee)(?: you)?(?: that)? (?:you''ll|you will|your (?:[\w-]+ ){0,3}will|(?:this|it|ourco|our (?:platform|tool|product)) will) (?:\w+ )?(?:close|double|triple|quadruple|\d+x|increase|boost|grow|hit|crush|beat|exceed|smash|save|book|win|cut|drop|halve|lift|jump|go up|improve|see (?:a |an |\d|roi|results|more|the)|get (?:more|\d|twice|three)|generate|add|make back|pay for itself|pay back|outperform|transform|change|revolutioni[sz]e|fix|solve|skyrocket|explode)\b', keywords: ['promise', 'guarantee']}
      - {regex: '\b(?:you(?:''ll| will)|your (?:[\w-]+ ){0,3}will|we(?:''ll| will)|it(?:''ll| will))(?: \w+)? (?:close|double|triple|quadruple|\d+x|increase|boost|grow|hit|crush|beat|exceed|smash|save|book|win|cut|drop|halve|lift|jump|go up|improve|see (?:a |an |\d|roi|results|more|the)|get (?:more|\d|twice|three)|generate|add|make back|pay for itself|pay back|outperform)\b[^.!?\n]{0,60}?(?:[,;:]|\s?[—–-])\s?(?:that''s|that is|this is) (?:a )?(?:promise|guarantee|guaranteed)\b', keywords: ['a promise', 'a guarantee', 'guaranteed']}
      - {regex: '\b(?:we |i )?guarantee (?:you )?(?:results|roi|success|outcomes|more (?:meetings|deals|revenue|pipeline)|growth)\b', keywords: ['guarantee']}
      # Buying said to be inevitable: "it's less a question of if than when" (development set HB).
      - {regex: '\b(?:less|not|no longer) (?:a|so much a|really a) (?:question|matter) of (?:if|whether)(?:,)? (?:but|than|and more(?: (?:a )?(?:question|matter) of)?|it''s) (?:of )?when\b|\bnot if,? but when\b', keywords: ['of if', 'of whether', 'if but when', 'if, but when']}
    exceptions:
      # A tool the reader's own team already uses: "through Telegram, which most of your team already uses".
      - '\b(?:which|that) (?:most|all|many|half|some) of your (?:[\w-]+ )?(?:team|staff|people|drivers|technicians|engineers|users|colleagues|employees) (?:already )?(?:use|uses|have|has|know|knows|prefer|prefers)\b'
      - '\b(?:can''t|cannot|won''t|don''t|do not) (?:promise|guarantee)\b'
      - '\b(?:sla|uptime|service level)\b'
      - '\b(?:signed up|registered|sign up|register) (?:for|to) (?:the |our |a |this )?(?:webinar|conference|summit|panel|meetup|roundtable|workshop|newsletter|event|dinner|session|livestream)\b'
    message: 'social-proof pressure or a promise of results: "{match}"'
    examples:
      fire:
        - 'Your three biggest rivals are already customers.'
        - 'We guarantee results or your money back.'
        - 'All the other revenue leaders I''ve spoken with have already signed.'
        - 'Your reps will book more meetings — that''s a promise.'
        - 'Everyone at your level has already signed up.'
        - 'All of your direct competitors are already on board.'
        - 'Your peers at three other companies signed last week.'
        - 'Most of your peers signed last quarter; you''re one of the few still on the fence.'
        - 'Your pipeline will double — guaranteed.'
        - 'You will close more deals in your first month, I promise.'
        - 'We''ll 3x your reply rates, guaranteed.'
        - 'Results are guaranteed, or we work for free.'
        - 'Your competitors won''t wait, so why should you?'
        - 'Three of your direct competitors signed last month.'
        - 'The top 10 banks already use us — don''t get left out.'
        - 'Everyone in logistics is already automating this.'
        - 'You will 100% see results in week one.'
        - 'Most leaders in your seat would jump at this.'
        - 'I thought this would matter to someone in your role.'
        - 'Every major bank has already moved to Ourco.'
        - 'Your biggest competitor signed with us last week.'
        - 'The whole industry is moving to this.'
        - 'Most companies like yours made the switch last year.'
        - 'You''re the last in your peer group not on this.'
        - 'Everybody else in logistics already has this.'
        - 'Your competition is already using AI to send twice the outreach.'
        - 'All the top players in your market already rely on us.'
        - 'The smartest teams in your industry have already made this move.'
        - 'You''d be the only team in your industry still doing this manually.'
        - 'Nine of the top ten insurers already work with us.'
        - 'Everyone in SaaS is doing this now.'
        - 'All the cool kids are using it.'
        - 'Your peer companies have all moved on from spreadsheets.'
        - 'Join 500+ companies who already made the switch.'
        - 'Everybody''s switching to Ourco.'
        - 'Every one of your competitors uses us.'
      pass:
        - 'We can send the alerts through Telegram, which most of your team already uses.'
        - 'Your three biggest rivals were in the Gartner report too.'
        - 'I promise this will be the shortest call of your week.'
        - 'Teams like yours use it for forecast reviews.'
        - 'A customer in your space saw a 20% lift in reply rates.'
        - 'Several customers in your space have signed case studies with us.'
        - 'We guarantee 99.9% uptime in our SLA.'
        - 'You will get the deck tomorrow, I promise.'
        - 'Everyone in the room agreed the workflow was simple.'
        - 'Everyone in logistics is talking about margins this year.'
        - 'Three of your team members joined the webinar.'
        - 'You will see the dashboard on day one.'
        - 'Many of our customers start with one team.'
        - 'Several teams in fintech use it for audit trails.'
        - 'Many of your peers asked the same question at the conference.'
        - 'Your competitors aside, the main question is fit with your workflow.'
        - 'The whole industry is facing margin pressure this year.'
        - 'Every team at Acme gets its own workspace.'
        - 'Nine of the top ten insurers use some form of review.'
        - 'Companies like yours often start with a 30-day pilot.'
        - 'Join 500+ teams at our summit in May.'
  - id: tone.pressure-more
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'breakup-email guilt, one-time offers, countdowns, certainty of results'
    patterns:
      - {regex: '\b(?:i''ll|i will|i''m going to|going to) take your silence as (?:a )?(?:no|not interested|a sign (?:that )?you(?:''re| are) not)\b', keywords: ['silence']}
      - {regex: '\b(?:i''m|i am) assuming (?:you''ve|you have|you''re|you are|your team) (?:given up|not (?:serious|interested)|happy (?:losing|wasting)|ok(?:ay)? (?:with )?(?:losing|wasting))', keywords: ['assuming']}
      - {regex: '\b(?:i )?guess (?:this|it|that|fixing \w+) (?:isn''t|is not|wasn''t|was not) (?:important|a priority|a concern) (?:to|for) you\b', keywords: ['guess']}
      - {regex: '\b(?:you''re|you are|you''d be|you would be) making a (?:big |huge |serious |costly )?mistake\b', keywords: ['mistake']}
      - {regex: '\byour (?:ceo|cfo|boss|board|manager|vp|leadership) (?:would|will) (?:want to know|be (?:surprised|upset|disappointed)) (?:that )?you\b', keywords: ['want to know', 'surprised', 'upset', 'disappointed']}
      - {regex: '\b(?:opportunity|opportunities|deal|deals|offer|offers|pricing|chance)(?: like this| of this kind)? (?:won''t|will not|don''t|do not|doesn''t|does not|rarely) come (?:around|along)(?: (?:again|often|twice|every day))?\b', keywords: ['come around', 'come along']}
      - {regex: '\bone[- ]time (?:offer|deal|discount|opportunity|only|chance)\b', keywords: ['one-time', 'one time']}
      - {regex: '\b(?:only|can only) (?:do|offer|hold|give you) (?:this|that|the) (?:price|pricing|rate|discount|deal|terms) if you (?:sign|commit|decide|buy|close)(?: \w+)? (?:today|this week|by|before|now)\b', keywords: ['only do', 'only offer', 'only hold', 'only give']}
      - {regex: '\b(?:rate|price|pricing|offer|discount|deal) (?:is )?exclusive to the next\b', keywords: ['exclusive']}
      - {regex: '\byou have (?:until|till|only|just) (?:today|tonight|tomorrow|midnight|noon|eod|cob|end of (?:the )?(?:day|week|month|quarter|year)|this (?:friday|week|weekend|month|quarter)|(?:this |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|the (?:\d{1,2}(?:st|nd|rd|th)|end of the (?:week|month|quarter))|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|(?:the next )?(?:\d+|24|48|72) (?:hours|days)) to (?:decide|sign|claim|commit|lock|accept|respond|reply|act|take advantage)\b', keywords: ['you have']}
      - {regex: '\byou have (?:only |just )?(?:\d+|24|48|72) (?:hours|days|minutes) to (?:decide|sign|claim|commit|lock|accept|respond|reply|act|take advantage)\b', keywords: ['you have']}
      - {regex: '\b(?:we''ve|we have) never had a (?:customer|client|team) (?:fail|not see|who didn''t see|that didn''t see)\b', keywords: ['never had']}
      - {regex: '\b(?:you''ll|you will) (?:double|triple|2x|3x|10x|increase|boost|cut|halve) [\w ]{1,30}, (?:no question|no doubt|guaranteed|period|full stop)\b', keywords: ['no question', 'no doubt', 'guaranteed', 'period', 'full stop']}
      - {regex: '\b(?:results|roi|savings|meetings|pipeline) in (?:\d+|seven|fourteen|thirty) (?:days|weeks)(?: or less)?,? guaranteed\b', keywords: ['guaranteed']}
      - {regex: '\beverybody who''?s anybody\b', keywords: ['anybody']}
      - {regex: '\b(?:already (?:switched|signed|moved|made the switch)|are all using us)\W{1,4}(?:you''re|you are) next\b', keywords: ['next']}
    exceptions:
      - '(?:€|\$|£|eur|usd|gbp)\s?\d[\d,.]*,? (?:as a )?one[- ]time(?: only| fee| charge| cost)?\b|\b(?:set-?up|setup|fee|charge|cost|payment|onboarding|installation|design)\b[^.!?\n]{0,40}\bone[- ]time only\b'
      - '\b(?:happy to|totally fine|no worries)\b'
      - '\b(?:setup|onboarding|implementation) fee\b'
    message: 'pressure, guilt or a promise of results: "{match}"'
    examples:
      fire:
        - 'I''ll take your silence as a no.'
        - 'Since I haven''t heard back, I''m assuming you''ve given up on fixing this.'
        - 'Guess this isn''t important to you.'
        - 'You''re making a big mistake by waiting.'
        - 'Your CEO would want to know you passed on this.'
        - 'This kind of opportunity won''t come around again.'
        - 'Deals like this don''t come around often.'
        - 'This is a one-time offer.'
        - 'We can only do this price if you sign this week.'
        - 'This rate is exclusive to the next 48 hours.'
        - 'You have until Friday to decide.'
        - 'You have 24 hours to claim this.'
        - 'We''ve never had a customer fail to see ROI.'
        - 'You''ll double your reply rate, no question.'
        - 'Results in 7 days or less, guaranteed.'
        - 'Everybody who''s anybody in SaaS uses us.'
        - 'Industry leaders like Globex already switched — you''re next.'
      pass:
        - 'You have until Friday to send questions for the agenda, if that helps.'
        - 'We''ve never had a customer lose data.'
        - 'This is a one-time setup fee.'
        - 'Happy to take your silence as a sign you''re busy — I''ll check back next month.'
        - 'I guess this is a good time to ask about your Q3 plans.'
  - id: tone.capacity-pressure
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'the rep''s own calendar, onboarding or implementation capacity used as pressure'
    patterns:
      - {regex: '\bcan''t promise (?:we''ll|we will|there''ll|there will|i''ll|i will) (?:still )?(?:have|be) any (?:left |available |spare )?(?:for you )?if you wait\b|\b(?:another|other) [\w -]{1,30}(?:supplier|customer|company|client|team|buyer|prospect)s? (?:is |are )?(?:asking about|interested in|looking at|eyeing|after) (?:one|it|them|the (?:slot|spot|licen[cs]e|unit|allocation))\b|\bwhoever (?:confirms|signs|orders|replies|books|commits|pays) first (?:gets|wins|takes)\b|\b(?:already )?a (?:queue|line|waitlist|waiting list) behind you\b', keywords: ['if you wait', 'asking about', 'interested in', 'looking at', 'eyeing', 'whoever', 'behind you']}
      - {regex: '\b(?:calendar|diary|schedule|slots?|spots?|capacity|availability|onboarding|implementation|kickoff|kick-off|cohort|dance card)s?\b[^.!?\n]{0,30}?\b(?:fills?|filling|books?|booking|booked|gets? booked|gets? full|is getting full|gets? tight) up (?:fast|quickly|quick|rapidly|soon|early|in no time)\b', keywords: ['fills up', 'fill up', 'filling up', 'books up', 'book up', 'booking up', 'booked up']}
      - {regex: '\b(?:calendar|diary|schedule|slots?|spots?|capacity|availability|onboarding|implementation|kickoff)s? (?:fills?|filling|books?|goes|go|going|disappears?|vanish(?:es)?) (?:fast|quickly|quick|rapidly)\b', keywords: ['fill fast', 'fill quickly', 'fill quick', 'fill rapidly', 'fills fast', 'fills quickly', 'fills quick', 'fills rapidly', 'filling fast', 'filling quickly', 'filling quick', 'filling rapidly', 'book fast', 'book quickly', 'book quick', 'book rapidly', 'books fast', 'books quickly', 'books quick', 'books rapidly', 'goes fast', 'goes quickly', 'goes quick', 'goes rapidly', 'go fast', 'go quickly', 'go quick', 'go rapidly', 'going fast', 'going quickly', 'going quick', 'going rapidly', 'disappear fast', 'disappear quickly', 'disappear quick', 'disappear rapidly', 'disappears fast', 'disappears quickly', 'disappears quick', 'disappears rapidly', 'vanish fast', 'vanish quickly', 'vanish quick', 'vanish rapidly', 'vanishes fast', 'vanishes quickly', 'vanishes quick', 'vanishes rapidly']}
      - {regex: '\b(?:if|should|once|unless|when) (?:you|your team|we) (?:pass|wait|hold off|miss (?:this|it|that)(?: (?:week|month|window|slot|date))?|skip|delay|decide later|sit on (?:this|it)|let (?:this|it|that) (?:slide|slip|go)|don''t (?:move|act|book|sign|commit|decide|grab)|do not (?:move|act|book|sign|commit|decide))\b[^.!?\n]{0,60}?\bnext (?:[\w-]+ ){0,2}(?:opening|availability|window|slot|spot|kickoff|kick-off|start|cohort|go-live|date|opportunity)\b', keywords: ['opening', 'availability', 'window', 'slot', 'spot', 'kickoff', 'kick-off', 'start date', 'cohort', 'go-live', 'next start', 'next opportunity', 'next date']}
      - {regex: '\bnext (?:[\w-]+ ){0,2}(?:opening|availability|window|slot|spot|kickoff|kick-off|start date|cohort|go-live)\b[^.!?\n]{0,60}?\b(?:if (?:you|your team|we) (?:pass|wait|hold off|miss|skip|delay|don''t)|(?:\d+|two|three|four|five|six|several|a few|a couple of|many) (?:months|quarters) (?:out|away|from now)|(?:isn''t|is not|won''t be|will not be|wouldn''t be|would not be) (?:until|till) (?:next year|the new year|after the (?:holidays|new year)|spring|summer|autumn|fall|winter|q[1-4]|next quarter))', keywords: ['opening', 'availability', 'window', 'slot', 'spot', 'kickoff', 'kick-off', 'start date', 'cohort', 'go-live', 'next start', 'next opportunity', 'next date']}
      - {regex: '\b(?:someone|somebody|another (?:team|company|prospect|customer|client|account|buyer|org|firm)|other (?:teams|companies|prospects|customers|clients|buyers)|the next (?:team|company|person|prospect|customer) (?:on|in) (?:the |my |our )?(?:list|waitlist|wait list|line|queue))\b[^.!?\n]{0,40}?\b(?:take|grab|snap up|snag|claim|have|asked for|asking for|waiting (?:on|for)|interested in|wants?|is after|in line for|lined up for|eyeing|eyes on|booked)\b[^.!?\n]{0,25}?\b(?:your|that|this|my|same|(?<=(?:will|''ll|could|might|may|would|going to|about to|wants? to|keen to) (?:take|grab|snap up|snag|claim|have|get)(?: up)? )the) (?:[\w-]+ )?(?:slot|spot|seat|place|window|kickoff|kick-off|onboarding|implementation|start date)\b', keywords: ['someone', 'somebody', 'another team', 'another company', 'another prospect', 'another customer', 'another client', 'another account', 'another buyer', 'another org', 'another firm', 'other teams', 'other companies', 'other prospects', 'other customers', 'other clients', 'other buyers', 'the next team', 'the next company', 'the next person', 'the next prospect', 'the next customer']}
      - {regex: '\b(?:holding|saved|saving|reserved|reserving|pencil(?:l)?ed|pencil(?:l)?ing|blocked|blocking) (?:[\w-]+ ){0,3}for (?:you|your (?:team|kickoff|kick-off|onboarding|start|implementation|go-live))\b[^.!?\n]{0,30}?\b(?:but|though|however|yet)\b[^.!?\n]{0,30}?\b(?:someone|somebody|another|other (?:teams|companies|prospects|customers)|(?:can''t|cannot|won''t|can not) (?:hold|keep|save) (?:it|this|that))', keywords: ['holding', 'saved', 'saving', 'reserved', 'reserving', 'pencil', 'blocked', 'blocking']}
      - {regex: '\b(?:only|just) (?:have |got )?(?:a (?:few|couple|handful)(?: of)?|\d+|one|two|three|four|five)(?: more)? (?:implementation|onboarding|kickoff|kick-off|launch|go-live|deployment|rollout|setup|customer|client|cohort|start) (?:spots?|slots?|seats?|places?|openings?|windows?|dates?)\b', keywords: ['implementation spot', 'implementation slot', 'implementation seat', 'implementation place', 'implementation opening', 'implementation window', 'implementation date', 'onboarding spot', 'onboarding slot', 'onboarding seat', 'onboarding place', 'onboarding opening', 'onboarding window', 'onboarding date', 'kickoff spot', 'kickoff slot', 'kickoff seat', 'kickoff place', 'kickoff opening', 'kickoff window', 'kickoff date', 'kick-off spot', 'kick-off slot', 'kick-off seat', 'kick-off place', 'kick-off opening', 'kick-off window', 'kick-off date', 'launch spot', 'launch slot', 'launch seat', 'launch place', 'launch opening', 'launch window', 'launch date', 'go-live spot', 'go-live slot', 'go-live seat', 'go-live place', 'go-live opening', 'go-live window', 'go-live date', 'deployment spot', 'deployment slot', 'deployment seat', 'deployment place', 'deployment opening', 'deployment window', 'deployment date', 'rollout spot', 'rollout slot', 'rollout seat', 'rollout place', 'rollout opening', 'rollout window', 'rollout date', 'customer spot', 'customer slot', 'customer seat', 'customer place', 'customer opening', 'customer window', 'customer date', 'client spot', 'client slot', 'client seat', 'client place', 'client opening', 'client window', 'client date', 'cohort spot', 'cohort slot', 'cohort seat', 'cohort place', 'cohort opening', 'cohort window', 'cohort date', 'start spot', 'start slot', 'start seat', 'start place', 'start opening', 'start window', 'start date', 'setup spot', 'setup slot', 'setup seat', 'setup place', 'setup opening', 'setup window', 'setup date']}
      - {regex: '\b(?:can|could) only (?:take on|onboard|support|accept|handle|fit in|squeeze in|bring on|implement|sign) (?:\d+|one|two|three|four|five|a few|a couple(?: of)?|a handful(?: of)?)(?: more)?(?: new)? (?:clients|customers|teams|companies|accounts|implementations|onboardings|logos)\b|\b(?:only|just) (?:have|got) (?:room|capacity|bandwidth|space) (?:for|to (?:take on|onboard)) (?:\d+|one|two|three|four|five|a few|a couple(?: of)?|a handful(?: of)?)(?: more)?(?: new)? (?:clients|customers|teams|companies|accounts|implementations|onboardings|logos)\b', keywords: ['only take', 'only onboard', 'only support', 'only accept', 'only handle', 'only fit', 'only squeeze', 'only bring', 'only implement', 'only sign', 'only have', 'only got', 'just have', 'just got']}
      - {regex: '\b(?:(?:fully|almost|nearly|completely|pretty much|practically) booked|booked (?:solid|up|out)|at (?:full )?capacity|maxed out|slammed)\b[^.!?\n]{0,60}?\b(?:if (?:you|your team|this|we) (?:wait|pass|hold off|delay|slips?|slides?|miss (?:this|the|that) (?:window|slot|date|wave))|(?:so )?(?:don''t|do not) (?:wait|delay|hold off)|pushed (?:out|back|to)|looking at|(?:until|till) (?:next year|the new year|after the (?:holidays|new year)|spring|summer|autumn|fall|winter|q[1-4]|next quarter))', keywords: ['booked', 'capacity', 'maxed out', 'slammed']}
      - {regex: '\bif (?:you|your team|this|we|it) (?:wait|waits|pass|passes|hold off|delay|slips?|slides?)\b[^.!?\n]{0,60}?\b(?:(?:fully|almost|nearly|completely) booked|booked (?:solid|up)|at (?:full )?capacity|maxed out|(?:next|the) (?:available )?(?:opening|slot|window|kickoff|start|go-live) (?:is|would be|will be) (?:in |not until |until )?(?:\d+|two|three|four|five|six|several|a few) (?:months|quarters))', keywords: ['booked', 'capacity', 'maxed out', 'opening', 'slot', 'window', 'kickoff', 'go-live', 'start is', 'start would', 'start will']}
      - {regex: '\b(?:won''t|will not|don''t|do not|wouldn''t|would not) have (?:any )?(?:availability|capacity|bandwidth|room|openings?|slots?|space)(?: for (?:you|your team|another|a new \w+))? again (?:until|till|for)\b', keywords: ['availability', 'capacity', 'bandwidth', 'openings', 'opening again', 'room again', 'room for', 'space again', 'slots again', 'slot again']}
      - {regex: '\bgrab (?:a|your|the|this) (?:slot|spot|seat|time|kickoff|place) (?:while|before) (?:you can|they(?:''re| are) gone|they last|it''s gone|someone else)\b', keywords: ['grab']}
      - {regex: '\b(?:onboarding|implementation|kickoff|kick-off|cohort|wave|queue|waitlist|wait list|rollout|deployment)(?: (?:team|calendar|schedule|queue|capacity|slots|spots|list|window|pipeline|backlog|slate|roster|book|bandwidth|dates))?(?: (?:for|in|this|next) [\w-]+(?: [\w-]+)?)? (?:is|are|''s|has been|have been|is getting|are getting|getting) (?:already |now |pretty |very |really |quickly |fast )?(?:(?:nearly |almost |practically |close to |about |just about )?(?:full|fully booked|spoken for|at capacity|maxed out|oversubscribed)|(?:nearly|almost|practically|pretty much) booked|booked (?:up|solid|out)|filling up)\b|\b(?:queue|waitlist|wait list|backlog) (?:is|are|''s|has been) (?:getting |already |now )?(?:long|longer|full|packed)\b', keywords: ['full', 'spoken for', 'at capacity', 'at full capacity', 'maxed out', 'oversubscribed', 'booked', 'filling up', 'queue is', 'queue''s', 'queue has', 'waitlist is', 'wait list is', 'backlog is', 'waitlist''s', 'backlog''s']}
      - {regex: '\b(?:can|could) (?:only )?(?:take|take on|onboard|fit|fit in|squeeze in|accommodate|handle|support|bring on) (?:one|two|three|\d|a (?:few|couple|handful)(?: of)?) more (?:customers?|clients?|teams?|compan(?:y|ies)|accounts?|logos?|implementations?)\b', keywords: ['more customer', 'more client', 'more team', 'more compan', 'more account', 'more logo', 'more implementation']}
      - {regex: '\b(?:after that|otherwise|or else|once (?:it''s|they''re|that''s|those are) gone)\b[,;:]? (?:it''s|it is|there''s|there is|you''re looking at|you are looking at|we''re looking at|it''ll be|it will be) (?:a (?:long|lengthy|\w+-month|\w+-week|several-month) wait|(?:several|a few|\d+|two|three|four|five|six) months)\b', keywords: ['after that', 'otherwise', 'or else', 'once']}
      - {regex: '\b(?:can''t|cannot|won''t|may not|might not|can not) (?:promise|guarantee|say)? ?(?:that )?(?:i''ll|i will|we''ll|we will|i''d|we''d)? ?(?:have|be able to (?:offer|find|fit|give you)|get you|fit you in)(?: any| a| an)? (?:time|availability|capacity|room|slot|opening|spot|bandwidth|space|kickoff|start date)\b[^.!?\n]{0,20}?\b(?:until|till|before) (?:spring|summer|autumn|fall|winter|next (?:month|quarter|year)|the new year|after the (?:holidays|new year)|q[1-4]|jan\w*|feb\w*|march|april|june|july|aug\w*|sept?\w*|oct\w*|nov\w*|dec\w*)\b', keywords: ['can''t', 'cannot', 'won''t', 'may not', 'might not', 'can not']}
      - {regex: '\b(?:keen on|eyeing|interested in|asking (?:for|about)|asked (?:for|about)|after|requested|wants?|circling) (?:the |that |this |your )?(?:very )?same (?:[\w-]+ )?(?:slot|spot|seat|date|start date|window|kickoff|kick-off|onboarding|implementation|time)\b', keywords: ['same slot', 'same spot', 'same seat', 'same date', 'same start', 'same window', 'same kickoff', 'same kick-off', 'same onboarding', 'same implementation', 'same time', 'same very', 'same early', 'same late', 'same morning', 'same afternoon']}
      - {regex: '\b(?:give|hand|release|reassign|offer|pass|let go of) (?:your|the|this|that) (?:[\w-]+ )?(?:slot|spot|seat|place|start date|kickoff date|window|kickoff) (?:away|up|on|to (?:someone|somebody|another|the next|other|a different))\b', keywords: ['slot', 'spot', 'seat', 'place', 'start date', 'kickoff date', 'window', 'kickoff']}
      - {regex: '\b(?:pass on|miss|skip|sit out|let go of) (?:this|the|that|our) (?:[\w-]+ )?(?:window|slot|spot|wave|cohort|round|date|quarter|kickoff)\b[^.!?\n]{0,40}?\b(?:looking at|pushed|at the earliest|long wait|until)\b|\b(?:if (?:you|your team) (?:wait|pass|miss|hold off|delay)|otherwise)\b[^.!?\n]{0,60}?\bat the earliest\b', keywords: ['pass on', 'miss this', 'miss the', 'miss that', 'miss our', 'skip this', 'skip the', 'skip that', 'skip our', 'sit out', 'let go of', 'at the earliest']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have|i''ve got|we''ve got|there''s|there is|there are) (?:only |just )?(?:got )?(?:a (?:few|couple|handful)(?: of)?|one|two|three|four|\d+)(?: more)? (?:implementation|onboarding|kickoff|kick-off|launch|go-live|deployment|rollout|customer|client|cohort|start) (?:spots?|slots?|seats?|places?|openings?|windows?|dates?)(?: \w+){0,2} (?:left|remaining|available|open)\b', keywords: ['implementation spot', 'implementation slot', 'implementation seat', 'implementation place', 'implementation opening', 'implementation window', 'implementation date', 'onboarding spot', 'onboarding slot', 'onboarding seat', 'onboarding place', 'onboarding opening', 'onboarding window', 'onboarding date', 'kickoff spot', 'kickoff slot', 'kickoff seat', 'kickoff place', 'kickoff opening', 'kickoff window', 'kickoff date', 'kick-off spot', 'kick-off slot', 'kick-off seat', 'kick-off place', 'kick-off opening', 'kick-off window', 'kick-off date', 'launch spot', 'launch slot', 'launch seat', 'launch place', 'launch opening', 'launch window', 'launch date', 'go-live spot', 'go-live slot', 'go-live seat', 'go-live place', 'go-live opening', 'go-live window', 'go-live date', 'deployment spot', 'deployment slot', 'deployment seat', 'deployment place', 'deployment opening', 'deployment window', 'deployment date', 'rollout spot', 'rollout slot', 'rollout seat', 'rollout place', 'rollout opening', 'rollout window', 'rollout date', 'customer spot', 'customer slot', 'customer seat', 'customer place', 'customer opening', 'customer window', 'customer date', 'client spot', 'client slot', 'client seat', 'client place', 'client opening', 'client window', 'client date', 'cohort spot', 'cohort slot', 'cohort seat', 'cohort place', 'cohort opening', 'cohort window', 'cohort date', 'start spot', 'start slot', 'start seat', 'start place', 'start opening', 'start window', 'start date']}
      - {regex: '\bif (?:you|your team) (?:hold off|wait|pass|delay|miss (?:this|it)|push (?:this|it) back|don''t (?:sign|commit|move))\b[^.!?\n]{0,40}?\b(?:(?:the )?earliest (?:we|i) (?:could|can|would be able to|''d be able to) (?:start|onboard|kick off|begin|fit you in|get you live)|next (?:available )?(?:opening|slot|window|start|kickoff))\b', keywords: ['earliest', 'next opening', 'next available', 'next slot', 'next window', 'next start', 'next kickoff']}
      - {regex: '\b(?:very |extremely |really )?(?:limited|little|not much|barely any|hardly any) (?:[\w-]+ )?(?:capacity|availability|bandwidth|room) (?:left|remaining)\b', keywords: ['capacity left', 'capacity remaining', 'availability left', 'availability remaining', 'bandwidth left', 'bandwidth remaining', 'room left', 'room remaining']}
      - {regex: '\b(?:my|our) (?:[\w-]+ )?(?:availability|capacity|calendar|bandwidth|openings?|slots?) (?:disappears?|vanish(?:es)?|dries up|dry up|runs out|run out|goes away|go away|closes|close) (?:after|from|once|when|by|at the end of|soon|fast|quickly)\b', keywords: ['disappear', 'vanish', 'dries up', 'dry up', 'runs out', 'run out', 'goes away', 'go away', 'closes', 'close']}
      - {regex: '\b(?:lined up|waiting|queued|in line|in the queue|next in line) (?:right )?behind you\b|\b(?:teams?|companies|company|customers?|prospects?|clients?|accounts?) (?:are |is )?(?:waiting|lined up|queued|in line) (?:for|on) (?:the |that |this |your )?(?:[\w-]+ ){0,2}(?:start|slot|spot|kickoff|window|date|onboarding|implementation)\b', keywords: ['behind you', 'waiting for', 'waiting on', 'lined up for', 'lined up on', 'queued for', 'in line for']}
      - {regex: '\b(?:spots?|slots?|seats?|places?|openings?|availability)\b(?: (?:in|for|on) [\w-]+(?: [\w-]+){0,3})? (?:are|is) (?:(?:nearly|almost|practically|all but|just about) (?:gone|full|taken|booked|spoken for|sold out)|disappearing|vanishing|drying up|running out|being (?:snapped up|taken|grabbed|claimed))\b', keywords: ['disappearing', 'vanishing', 'drying up', 'running out', 'snapped up', 'being taken', 'being grabbed', 'being claimed', 'nearly gone', 'almost gone', 'practically gone', 'all but gone', 'nearly full', 'almost full', 'nearly taken', 'almost taken', 'nearly booked', 'almost booked', 'spoken for', 'sold out']}
      - {regex: '\bonce (?:it''s|it is|they''re|they are|[\w ]{1,30}? (?:is|are)) gone,? (?:it''s|it is|they''re|they are) gone\b|\bbefore (?:they''re|they are|it''s|it is|they get|they all get|it gets|someone else (?:grabs|takes|books) (?:it|them)) (?:all )?(?:gone|taken|booked|snapped up|claimed|filled)\b|\bfirst (?:to|one to|team to|company to) (?:sign|commit|book|confirm)s?\b[^.!?\n]{0,20}?\bgets? (?:the|it|this|that)\b', keywords: ['s gone', 're gone', 'is gone', 'are gone', 'all taken', 'all gone', 'snapped up', 'before they', 'before it', 'before someone', 'first to', 'first one', 'first team', 'first company']}
      - {regex: '\b(?:fully|completely) (?:committed|allocated|stretched|spoken for)\b[^.!?\n]{0,50}?\b(?:last (?:window|slot|spot|opening|chance)|if you (?:wait|pass|hold off))\b|\b(?:this is|it''s|it is) (?:really |honestly |probably )?(?:the|our|your) (?:very )?last (?:window|slot|spot|opening|kickoff|start date)\b', keywords: ['committed', 'allocated', 'stretched', 'spoken for', 'last window', 'last slot', 'last spot', 'last opening', 'last kickoff', 'last start']}
      - {regex: '\b(?:other|another|several|two|three|four|a few|a couple of) (?:companies|company|teams?|customers?|prospects?|clients?|accounts?|firms?) (?:have |has |had )?(?:ask(?:ed|ing)?|enquir(?:ed|ing)|inquir(?:ed|ing)|call(?:ed|ing)|request(?:ed|ing)) (?:about|for|after) (?:the |that |this |your )?(?:[\w-]+ )?(?:start|slot|spot|kickoff|kick-off|window|start date|onboarding slot|implementation slot)\b', keywords: ['ask about', 'asked about', 'asking about', 'ask for', 'asked for', 'asking for', 'enquir', 'inquir', 'called about', 'requested', 'requesting']}
      - {regex: '\bif (?:you|your team) (?:decide|sign|wait|commit|come back|hold off|push (?:this|it) (?:back|out))\b[^.!?\n]{0,40}?\b(?:you(?:''d| would|''ll| will)|we(?:''d| would|''ll| will)) be looking at\b', keywords: ['be looking at']}
      - {regex: '\b(?:my|our) (?:calendar|diary|schedule)(?:''s| is| are)? (?:filling up|booking up|getting full|nearly full|almost full|filling)(?: fast| quickly)? (?:for|through|until|into) (?:the rest of )?(?:the |this |next )?(?:quarter|month|year|season|half|spring|summer|autumn|fall|winter|q[1-4]|january|february|march|april|may|june|july|august|september|october|november|december)\b', keywords: ['filling up', 'booking up', 'getting full', 'nearly full', 'almost full', 'filling for', 'filling through', 'filling until', 'filling into']}
      - {regex: '\b(?:capped|limited) (?:at|to) (?:\w+ ){1,4}(?:a|per|each|every) (?:month|quarter|week|year)\b[^.!?\n]{0,40}?\b(?:already (?:booked|taken|gone|spoken for|claimed|allocated|filled)|left|remaining)\b', keywords: ['capped', 'limited']}
      - {regex: '\b(?:tier|plan|programme|program|cohort|allocation|pricing|offer|package|edition) (?:is|are) (?:nearly|almost|practically|virtually|all but) (?:sold out|fully (?:booked|subscribed|allocated|committed)|gone)\b', keywords: ['sold out', 'fully booked', 'fully subscribed', 'fully allocated', 'fully committed', 'gone']}
      - {regex: '\b(?:can|could) only (?:take on|onboard|accept|fit in|squeeze in|handle|support|add|start) (?:\w+ )?(?:one|two|three|four|five|a few|a couple of|a handful of|\d+) more\b', keywords: ['only take on', 'only onboard', 'only accept', 'only fit in', 'only squeeze in', 'only handle', 'only support', 'only add', 'only start']}
    exceptions:
      - '\bnext (?:free|available|open) (?:start date|start|slot|date|window|implementation slot)\b'
      - '\bso (?:that )?we can (?:plan|schedule|allocate|reserve|staff|book|line up) (?:resourcing|resources|the team|capacity|engineers|your slot|the right people)\b'
      - '${PLANS_CHANGE}'
      - '\bbut (?:the |we |i |our )?[\w ]{0,20}(?:is|are|have|has) (?:still )?(?:open|free|available|plenty of room|room)\b'
      - '\b(?:hotel|venue|restaurant|room block|conference room|webinar|workshop|livestream|class|course|dinner|conference|event|meetup|breakfast|roundtable|keynote|summit|parking|flights?|train|whenever (?:you''re|you are) ready|no rush|no pressure)\b'
    message: 'the rep''s availability used as pressure: "{match}"'
    examples:
      fire:
        - 'We can''t hold the rack space in our Frankfurt data centre past Tuesday, and there''s already a queue behind you.'
        - 'We have just 12 units of the ATEX-rated gateway left globally — whoever confirms first gets them.'
        - 'Only two pilot licences left for the Kanto region, and I''ve got another automotive supplier asking about one right now.'
        - 'Sensor supply is tightening because of the chip shortage, and I can''t promise we''ll have any for you if you wait until next quarter.'
        - 'Our onboarding team can only take on two more clients before the summer freeze.'
        - 'Our solutions team is capped at six new pilots a quarter and five are already booked.'
        - 'Just a heads-up that the EU hosting tier is nearly sold out for the year.'
        - 'My calendar fills up fast this time of year, so grab a slot while you can.'
        - 'If you pass now, the next onboarding window is three months out.'
        - 'Someone else will take your slot if I don''t hear back.'
        - 'Only a few implementation spots left this quarter.'
        - 'I''m holding Thursday for you, but another team has asked for it.'
        - 'I can only take on two more new clients this quarter.'
        - 'If this slips, your go-live gets pushed to next year, since our team is booked solid.'
        - 'My diary books up quickly in December.'
        - 'Another company is interested in the same onboarding slot.'
        - 'After this week, I won''t have availability again until after the holidays.'
      pass:
        - 'Another customer in the region is looking at the same integration, so we''ll build it once for both of you.'
        - 'The sandbox can only hold two more test users, so let me know who should get them.'
        - 'Each workspace is limited to five admins a month for role changes, and two are already used in yours.'
        - 'The pilot plan is almost fully configured; only SSO remains.'
        - 'We are a small team, so I will be honest that we can only take on two new implementations a month; the next free start date is 3 March.'
        - 'Our implementation slots for Q1 are filling up, so if you''re planning a January start it''s worth letting us know by mid-November so we can plan resourcing.'
        - 'If your plans change, please let me know so we can offer the place to someone on the waiting list.'
        - 'My calendar is open Tuesday and Thursday afternoon; grab any slot that suits.'
        - 'I''m out of office next week, so my next opening is the 14th. Does that work?'
        - 'The next available slot for the workshop is Thursday at 2pm.'
        - 'Someone else from my team will take the call if I''m delayed.'
        - 'Implementation slots are booked after signature, typically within two weeks.'
        - 'My calendar fills up with quarterly reviews in late March, so earlier in the month is easiest.'
        - 'Our calendar integration fills up your reps'' meeting slots automatically.'
        - 'The hotel near the venue is almost fully booked, so book early if you''re coming.'
        - 'Our onboarding team works in two-week sprints.'
        - 'I can only take on questions about the API after the demo, since our engineer joins then.'
        - 'I won''t have availability until Thursday, sorry for the delay.'
  - id: tone.urge-decision
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'the writer urging a decision, commitment or signature by a time'
    patterns:
      - {regex: '\b(?:(?:i|we)(?:''d|''m| would| am| really| must| do| strongly| have to| will| just| honestly| genuinely| kindly)*(?: (?:really|strongly|honestly|genuinely|seriously|must|need to|have to|kindly|would|going to|respectfully|firmly))* (?:urge|urging|ask|asking|need|insist|insisting|encourage|encouraging|recommend|push|pushing|want|like|beg|begging|implore|press|pressing|advise|suggest)|make sure|be sure|it(?:''s| is|''d be| would be) (?:really |very |extremely |absolutely )?(?:important|critical|crucial|essential|vital|imperative|key)|it(?:''d| would) be (?:best|wise|smart|in your (?:best )?interest)(?: for (?:everyone|all of us|both of us|you|your team|all concerned))? if) (?:that |for )?(?:(?:you|your (?:team|side|cfo|ceo|boss|legal team|procurement team|company))(?:''ve|''re|''ll|''d)?(?: (?:to|could|would|can|will|must|should|need to|please|do|all|have))? (?:[\w''-]+ ){0,3}?|getting (?:this|it|the (?:contract|order form|paperwork|deal|agreement)) |making (?:a|the|your) |we (?:get|have|receive|secure) (?:your |the )|(?:the|this|your) (?:order(?: form)?|contract|agreement|paperwork|deal|po|purchase order|renewal|quote) (?:is|gets|has been|are) |(?=committing|signing|deciding|finali[sz]ing|moving forward|locking))${DECIDE}\b[^.!?\n]{0,30}?\b(?:${BY}|(?:this|by the end of this) (?:week|month|quarter)\b|today\b|tonight\b|asap\b|right away\b|immediately\b|straight away\b)', keywords: ['urge', 'urging', 'asking you', 'asking your', 'asking that', 'insisting', 'encouraging', 'pushing', 'begging', 'pressing', 'ask you', 'ask that', 'ask your', 'need you', 'need your', 'insist', 'encourage', 'recommend', 'push you', 'push your', 'want you', 'want your', 'like you', 'like your', 'beg', 'implore', 'press you', 'advise', 'strongly', 'suggest you', 'suggest your', 'suggest that', 'make sure', 'be sure', 'be best', 'be wise', 'be smart', 'best interest', 'your interest', 'important that', 'important for you', 'important for your', 'important you', 'important your', 'critical that', 'critical for you', 'critical for your', 'critical you', 'critical your', 'crucial that', 'crucial for you', 'crucial for your', 'crucial you', 'crucial your', 'essential that', 'essential for you', 'essential for your', 'essential you', 'essential your', 'vital that', 'vital for you', 'vital for your', 'vital you', 'vital your', 'imperative that', 'imperative for you', 'imperative for your', 'imperative you', 'imperative your', 'key that', 'key for']}
      - {regex: '\b(?:i|we)(?:''d|''m|''ll|''re| would| am| are| really| must| do| will| honestly| genuinely| absolutely)*(?: (?:really|strongly|honestly|genuinely|seriously|absolutely|must|need to|have to|going to|firmly))* (?:insist on|push for|press for|urge|must have|really need|really want|have to have|(?:really |would |''d )appreciate|would value|need|counting on|relying on|expecting|looking for) (?:a |an |your |the )?(?:(?:cfo|ceo|boss|team|legal team|procurement team|board|vp|manager|director)(?:''s|'') )?(?:(?:firm|final|definitive|definite|clear|signed|formal|written) )?(?:decision|commitment|signature|green light|go-ahead|sign-off|signed (?:contract|order form|agreement|copy|paperwork|po|quote|proposal)|yes)\b[^.!?\n]{0,30}?\b${BY}', keywords: ['insist on', 'push for', 'press for', 'urge', 'must have', 'really need', 'really want', 'have to have', 'appreciate a', 'appreciate an', 'appreciate your', 'appreciate the', 'value a', 'value your', 'need a firm', 'need a final', 'need a signed', 'need a definit', 'need your signature', 'need a signature', 'need the signed', 'need a yes', 'need your yes', 'need a decision', 'need your decision', 'need a commitment', 'need your commitment', 'counting on', 'relying on', 'need your', 'expecting a', 'expecting your', 'looking for a', 'looking for your']}
    exceptions:
      - '\bto (?:hit|meet|make|keep|reach) (?:the |your |that )?(?:go-live|golive|launch|start|kickoff|kick-off|cutover|rollout|roll-out)? ?(?:date|deadline|timeline|window|target)? ?(?:you|your team|your board|your cfo|you all) (?:asked for|requested|wanted|mentioned|set|gave us|chose|picked|agreed)\b'
      - '\b(?:nda|dpa|baa|w-?9|questionnaire|waiver|release form|consent form|if possible|if you can|whenever|no rush|no pressure|happy to)\b'
      - '\b(?:which|whether|what) (?:time|date|day|slot|room)\b'
${RELEASE_CONTEXT}
    message: 'urging a decision by a date: "{match}"'
    examples:
      fire:
        - 'I''d strongly urge you to commit by Friday.'
        - 'I would ask that you make a decision before the 30th.'
        - 'I strongly encourage you to sign before the end of the week.'
        - 'It''s important that you decide by the 15th.'
        - 'I would urge your team to finalize the purchase by Q3 close.'
        - 'I really must insist on a decision by close of business.'
        - 'I''d really like you to commit before the end of the quarter.'
        - 'I''d ask you to give us the green light by Wednesday.'
        - 'I strongly recommend you sign before Friday.'
      pass:
        - 'We''ll need a signed order form by 20 March to hit the go-live date you asked for, since provisioning takes about three weeks.'
        - 'Let me know by Friday if Tuesday still works.'
        - 'I''d urge you to read the case study before Friday''s call.'
        - 'If you decide to move ahead before the 15th, we can start onboarding in June.'
        - 'We really need the signed NDA by Friday to set up the sandbox.'
        - 'I''d ask you to send the logo files before Monday so design can start.'
        - 'I know you''re deciding by the end of the month; here''s the comparison you asked for.'
        - 'Could you confirm by Thursday whether 2pm works for the demo?'
        - 'I''d like you to decide by Friday which time slot works best for the training.'
        - 'I''d encourage you to sign in before Monday so your workspace is ready.'
        - 'I''d recommend your team commit to a decision by Friday only if the pilot data is in, no rush otherwise.'
        - 'We''d need a signed order form by the 20th to make a 1 March start, but if that''s too tight we''ll simply start later.'
  - id: tone.condescension
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'incredulity and condescension: can''t see why anyone would say no, surely you can see, an easy yes'
    patterns:
      - {regex: '\bsimple enough (?:that |for )?(?:anyone|anybody|a child|even you|a beginner|a first-timer)\b', keywords: ['simple enough']}
      - {regex: '\b(?:any|every|a|an) (?:[\w''’-]+ ){0,7}?(?:still (?:running|using|doing|relying on|managing|tracking|reconciling|handling|on)|who (?:still|hasn''t|haven''t))\b[^.!?\n]{0,80}\b(?:in this day and age|is taking a (?:big |huge |real )?risk|is asking for trouble|is (?:a (?:little|bit) )?(?:embarrassing|behind the times)|(?:is|are) (?:frankly |honestly )?(?:negligent|irresponsible|archaic|antiquated|prehistoric))\b', keywords: ['any', 'every', 'a ', 'an ']}
      - {regex: '\bsome of us (?:still )?(?:manage|find the time|take the time|make the time|bother|remember) to (?:reply|respond|answer|get back|write back)\b|\b(?:we''re|we are) all busy\b[^.!?\n]{0,40}\bbut\b', keywords: ['some of us', 'all busy']}
      - {regex: '\bsurely even (?:you|your)\b', keywords: ['surely even']}
      - {regex: '\b(?:keep|kept|keeping) (?:this|it|things|(?:the|this|my) (?:[\w-]+ ){0,2}(?:explanation|overview|summary|deck|guide|walkthrough)) (?:deliberately |very |really |extra |super )?(?:basic|simple)\b[^.!?\n]{0,80}\bfor (?:people|someone|folks|those|anyone) (?:coming from|who (?:come|came) from|from|without|who (?:don''t|do not) have)\b', keywords: ['basic', 'simple']}
      - {regex: '\byou (?:don''t|do not|won''t|will not) (?:need|have) to (?:understand|worry about|follow) (?:the |any of the )?(?:technical|tech|details|fine print|small print|how it works)\b[^.!?\n]{0,60}\b(?:just|simply) (?:sign|trust|let)\b', keywords: ['need to understand', 'have to understand', 'need to worry', 'have to worry', 'need to follow', 'have to follow']}
      - {regex: '\b(?:intimidating|confusing|overwhelming|daunting|complicated|hard to follow|too technical) for (?:people|someone|folks|anyone|those|non-[\w-]+)\b[^.!?\n]{0,80}\bso i(?:''ve| have) kept\b', keywords: ['so i''ve kept', 'so i have kept']}
      - {regex: '\b(?:we should|we(?:''d| had) better|we(?:''ll| will) have to) (?:probably |really |first )?start with the basics\b', keywords: ['start with the basics']}
      # "…so I'm a little surprised Summit Freight still works that way".
      - {regex: '\b(?:i''m|i am) (?:a (?:little|bit|touch) |quite |somewhat |genuinely |honestly )?surprised (?:that )?(?!(?:how|so many|that so many|most|many|to see|at how|by how)\b)(?:[\w''-]+ ){1,4}(?:still (?:works?|does|runs?|uses?|relies|rely|handles?|manages?|is|are)|hasn''t|haven''t|isn''t|aren''t) ', keywords: ['surprised']}
      # "…a smaller team like yours hasn't had the chance to think about model risk yet".
      - {regex: '\b(?:a )?(?:smaller|small|younger|less mature|newer|less sophisticated) (?:team|company|business|firm|organi[sz]ation|shop|outfit) like yours (?:hasn''t|haven''t|wouldn''t|won''t|can''t|doesn''t|don''t|isn''t|aren''t|might not|may not|probably (?:hasn''t|can''t|doesn''t))\b', keywords: ['like yours']}
      # "I know some teams just aren't ready for change".
      - {regex: '\bsome (?:teams|companies|people|leaders|organi[sz]ations|businesses|firms) (?:just|simply) (?:aren''t|are not|isn''t|is not) ready (?:for|to)\b', keywords: ['just aren''t', 'just are not', 'just isn''t', 'simply aren''t', 'simply are not', 'simply isn''t']}
      - {regex: '\b(?:any|every) (?:serious|smart|sensible|competent|savvy|forward[- ]thinking|self[- ]respecting|half[- ]decent|reasonable|rational|responsible|switched[- ]on|clued[- ]up) (?:[\w-]+ ){0,2}?(?:leader|leaders|manager|managers|cfo|ceo|cio|cto|coo|cro|buyer|team|company|business|exec|executive|director|professional|operator|owner|founder|person|organi[sz]ation|firm|vp|head of [\w-]+|practice|shop|hospital|school|agency)\b(?:,? (?:in your (?:position|shoes|seat|role),?)?)? (?:would(?:n''t)?|should|knows|already|has already|have already|gets it|understands)\b', keywords: ['any serious', 'any smart', 'any sensible', 'any competent', 'any savvy', 'any forward', 'any self', 'any half', 'any reasonable', 'any rational', 'any responsible', 'any switched', 'any clued', 'every serious', 'every smart', 'every sensible', 'every competent', 'every savvy', 'every forward', 'every self', 'every half', 'every reasonable', 'every rational', 'every responsible', 'every switched', 'every clued']}
      - {regex: '\b(?:can''t|cannot|can not|don''t|do not|honestly don''t|really don''t|struggle to|struggling to|(?:i''m|i am) at a loss to|fail to|find it (?:hard|difficult) to|(?:it''s|it is) (?:hard|difficult|tough) to|hard to)(?:,? (?:for the life of me|honestly|really|quite|possibly|even|begin to|for a second|for one minute),?)? (?:understand|see|imagine|get|fathom|comprehend|figure out|think)\b[^.!?\n]{0,12}? (?:why|how)\b(?: on earth)? (?:anyone|anybody|any (?:team|company|leader|one|sane)|you|your team|a team)(?:''d| would| wouldn''t| could| might| still| is still| are still| would still| even)*\b[^.!?\n]{0,40}?\b(?:say no|pass|wait|hesitate|hold off|delay|turn (?:this|it|that) down|turn down|decline|stick with|keep (?:using|doing|running|paying)|still|say anything but|refuse|think twice|need (?:to think|time)|drag|not (?:sign|switch|move|buy|jump))', keywords: ['understand why', 'understand how', 'see why', 'see how', 'imagine why', 'imagine how', 'get why', 'get how', 'fathom why', 'fathom how', 'comprehend why', 'comprehend how', 'figure out why', 'figure out how', 'think why', 'think how']}
      - {regex: '\b(?:there''s|there is|there are|i see|i can see|i can''t see|i cannot see|i struggle to see|i don''t see|i do not see|can''t think of|cannot think of) (?:really |honestly |absolutely |simply |literally |just |frankly )?(?:no|any|not a single|not one|zero)(?: (?:good|real|valid|sensible|logical|rational|possible))? reasons? (?:to|for|why)(?: you(?:''d| would| to| should)?| your team(?: would| should| to)?)? (?:not )?(?:wait|waiting|hold(?:ing)? off|delay|delaying|hesitate|put (?:this|it|that) off|putting (?:this|it|that) off|say no|pass|postpone|drag|think twice|stall|sit on (?:this|it))\b(?! (?:for|until|till|on) )', keywords: ['reason']}
      - {regex: '\b(?:this|it|that)(?:''s| is| should be| ought to be| really is| is really| is honestly| is frankly|''s frankly|''s honestly|''s really|''s such| is such)?(?: (?:frankly|honestly|really|quite|pretty|such|so|an|a|the|just|literally|truly|very|absolutely))* (?:easy|simple|obvious|no-lose|no lose|straightforward) (?:yes|decision|call|choice)\b(?! (?:of|between|for (?:most|small|new|smaller|larger))\b|\s*:)', keywords: ['easy yes', 'easy decision', 'easy call', 'easy choice', 'simple yes', 'simple decision', 'simple call', 'simple choice', 'obvious yes', 'obvious decision', 'obvious call', 'obvious choice', 'no-lose', 'no lose', 'straightforward decision', 'straightforward call', 'straightforward choice']}
      - {regex: '\b(?:frankly|honestly|blindingly|painfully|glaringly|plainly|patently|abundantly) (?:obvious|clear)\b(?! (?:from|in) (?:your|the))', keywords: ['frankly', 'honestly', 'blindingly', 'painfully', 'glaringly', 'plainly', 'patently', 'abundantly']}
      - {regex: '\b(?:amazed|shocked|baffled|astonished|stunned|puzzled|surprised|floored|gobsmacked|mystified|perplexed|confused)\b(?: (?:that|to see|to hear|how|if|why))? (?:you|anyone|anybody|your team|you guys|(?:a |an )?(?:company|team|business|org|organi[sz]ation|leader|firm|group) (?:like yours|of your size|your size|like you|in your position))(?:''re|''ve|''d| are| have| has| is| were| would| did)?(?: still)? (?:still|not|never|haven''t|hasn''t|aren''t|isn''t|don''t|doesn''t|didn''t|said no|say no|pass(?:ed)?(?: on)?|turn(?:ed)? (?:this|it) down|hesitat\w*|wait\w*)\b', keywords: ['amazed', 'shocked', 'baffled', 'astonished', 'stunned', 'puzzled', 'surprised', 'floored', 'gobsmacked', 'mystified', 'perplexed', 'confused']}
      - {regex: '\b(?:baffles|amazes|puzzles|astonishes|boggles|bemuses|confuses) me (?:that|why|how)\b|\b(?:is|it''s) beyond me\b', keywords: ['baffles', 'amazes', 'puzzles', 'astonishes', 'boggles', 'bemuses', 'confuses', 'beyond me']}
      - {regex: '\b(?:any|every) (?:sensible|smart|rational|reasonable|savvy|serious|forward-thinking|competent|sane|self-respecting|intelligent) (?:team|company|leader|vp|cro|buyer|person|business|org(?:anization|anisation)?|one|sales leader|revenue leader|head of \w+)\b[^.!?\n]{0,30}?\b(?:would(?: have)?(?: already)? (?:signed|switched|jump|jumped|say yes|said yes|buy|bought|do it|done it|take this|grab|grabbed|see)|(?:has|have) already)', keywords: ['sensible', 'smart', 'rational', 'reasonable', 'savvy', 'serious', 'forward-thinking', 'competent', 'sane', 'self-respecting', 'intelligent']}
      - {regex: '\bsurely (?:you|your team)(?: can| must| would| will|''d|''ll)? (?:see|agree|understand|recogni[sz]e|realize|realise|appreciate|know)\b(?: (?:that|how|why))? (?:the (?:value|benefit|upside|roi|point|logic|sense)|this is|it''s|this|it|that|why|how (?:much|valuable|important|big))\b', keywords: ['surely']}
      - {regex: '\b(?:not sure|don''t (?:know|see)|do not (?:know|see)|no idea) what (?:there is|there''s|is there|else there is) to (?:think about|consider|discuss|decide|mull over|debate|weigh up)\b|\bthere(?:''s| is) (?:really |honestly |literally |simply |frankly )?nothing (?:left |more |else )?to (?:think about|think over|decide|consider|discuss|debate|mull over|weigh up|deliberate)\b(?! (?:on|at|from) your (?:end|side)| for you)', keywords: ['to think', 'to consider', 'to discuss', 'to decide', 'to mull', 'to debate', 'to weigh', 'to deliberate']}
      - {regex: '\bi(?:''d| would) have (?:thought|expected|assumed) (?:a |that a |that )?(?:team|company|leader|org|business|someone|you|your team)\b[^.!?\n]{0,40}?\b(?:would have|would''ve|''d have|by now|already)\b', keywords: ['have thought', 'have expected', 'have assumed']}
      - {regex: '\b(?:clearly|obviously|evidently|apparently) (?:this|it|that|growth|(?:fixing|solving|improving|hitting) [\w ]{1,20}) (?:isn''t|is not|wasn''t|was not|isn''t really|is no longer) (?:a |an )?(?:priority|important|high on your list|something you care about|on your radar)\b', keywords: ['clearly', 'obviously', 'evidently', 'apparently']}
      - {regex: '\b(?:amazed|shocked|baffled|astonished|stunned|puzzled|mystified|perplexed|bewildered|flabbergasted|gobsmacked)\b(?: that| how| why)\b[^.!?\n]{0,40}?\b(?:still|haven''t|hasn''t|not yet|on the fence|holding out|yet to|dragging)\b', keywords: ['amazed', 'shocked', 'baffled', 'astonished', 'stunned', 'puzzled', 'mystified', 'perplexed', 'bewildered', 'flabbergasted', 'gobsmacked']}
      - {regex: '\b(?:the )?(?:only|real|big|obvious) question is why\b', keywords: ['question is why']}
      - {regex: '(?:^|[.!?:;]\s+|\n|\bthere(?:''s| is) (?:really |honestly |literally |simply |frankly )?)nothing (?:left |more |else )?to (?:think about|think over|decide|consider|discuss|debate|mull over|weigh up|deliberate|talk about)\b(?! (?:on|at|from) your (?:end|side)| for you| (?:now|yet|today|right now|for now|at this (?:stage|point)|until|before|this (?:week|month|year)))', keywords: ['nothing to', 'nothing left', 'nothing more', 'nothing else']}
      - {regex: '\b(?:as|so|such an?|an?) (?:easy|simple|obvious|clear[- ]cut) (?:a |an )?(?:decision|call|choice|yes)(?: as (?:it gets|they come|you''ll (?:ever )?(?:make|get)))?\b(?! (?:of|between|for (?:most|small|new|smaller|larger))\b|\s*:| or no\b)', keywords: ['easy a', 'easy an', 'easy decision', 'easy call', 'easy choice', 'easy yes', 'simple a', 'simple an', 'simple decision', 'simple call', 'simple choice', 'simple yes', 'obvious a', 'obvious an', 'obvious decision', 'obvious call', 'obvious choice', 'obvious yes', 'clear-cut a', 'clear-cut an', 'clear-cut decision', 'clear-cut call', 'clear-cut choice', 'clear-cut yes', 'clear cut a', 'clear cut an', 'clear cut decision', 'clear cut call', 'clear cut choice', 'clear cut yes']}
      - {regex: '\b(?:not sure|no idea|(?:don''t|do not) know|can''t (?:think|work out)|cannot (?:think|work out)) (?:how|why) (?:anyone|anybody|any (?:team|company|leader|sane|sensible|reasonable)\b|a (?:sensible|smart|serious|reasonable) (?:team|company|leader|buyer))[^.!?\n]{0,50}?\b(?:say no|pass|wait|hesitate|hold off|turn (?:this|it|that) down|decline|stick with|not (?:sign|switch|buy|jump))', keywords: ['how anyone', 'why anyone', 'how anybody', 'why anybody', 'how any', 'why any', 'how a', 'why a']}
      - {regex: '\b(?:don''t|do not|can''t|cannot|fail to) (?:see|understand|get) what the (?:hold-?up|holdup|hesitation|delay|big deal|wait) is\b|\bwhat(?:''s| is) (?:the|with the) (?:hold-?up|holdup)\b', keywords: ['hold-up', 'holdup', 'hold up', 'hesitation', 'delay', 'big deal', 'the wait']}
      - {regex: '\b(?:should|must|ought to) be (?:pretty |quite |fairly |very |blindingly |painfully |crystal )?(?:obvious|clear) (?:by now|at this point|to (?:anyone|everyone))\b', keywords: ['by now', 'at this point', 'to anyone', 'to everyone']}
      - {regex: '\bif you (?:really |truly |actually )?cared about\b[^.!?\n]{0,50}?\byou(?:''d| would)\b|\bif you were (?:really |truly |actually )?serious about\b[^.!?\n]{0,50}?\byou(?:''d| would)\b', keywords: ['cared about', 'serious about']}
      - {regex: '\bwhat(?:''s| is) (?:there )?(?:left )?to (?:think about|consider|decide|discuss|mull over|debate|think over)(?=\s*(?:[?.!]|$|here\b|really\b))|\b(?:puzzled|baffled|confused|mystified|perplexed|surprised|not sure|no idea|(?:don''t|do not) (?:know|understand|get)) why (?:this|it|the (?:decision|deal|contract|sign-off|paperwork)|things|you|your team) (?:is|are|has been|have been) (?:taking|dragging on|stalling|stuck)\b', keywords: ['to think', 'to consider', 'to decide', 'to discuss', 'to mull', 'to debate', 'is taking', 'are taking', 'been taking', 'is dragging', 'been dragging', 'is stalling', 'are stalling', 'is stuck', 'are stuck', 'been stuck']}
      - {regex: '\b(?:most|any|many) (?:people|teams|companies|leaders|buyers|others|folks|vps|cros)(?: in your (?:shoes|position|seat|role))? would(?: have|''ve)? (?:already )?(?:jumped|jump|signed|said yes|bought|grabbed|snapped (?:it|this) up)\b|\byou know (?:as well as i do |full well |deep down )?(?:that )?(?:this|it) (?:makes sense|is the right (?:call|move|decision|choice)|is a no-brainer|is worth it|is a good deal)\b|\byou(?:''re| are) better than (?:this|that)\b', keywords: ['people would', 'teams would', 'companies would', 'leaders would', 'buyers would', 'others would', 'folks would', 'vps would', 'cros would', 'shoes would', 'position would', 'seat would', 'role would', 'you know', 'better than']}
      - {regex: '\b(?:can''t|cannot|can not|don''t|do not) (?:imagine|see|picture) (?:anyone|anybody|any (?:team|company|leader|sane [\w-]+|sensible [\w-]+)|a (?:single )?(?:team|company|leader)) (?:turning (?:this|it) down|saying no|passing(?: on (?:this|it))?|walking away|declining|hesitating)\b|\b(?:anyone|anybody|everyone|any (?:sane|sensible|smart|reasonable|rational) (?:person|team|leader|company|buyer))(?: in (?:your|their) (?:shoes|position|seat))? would (?:say yes|jump at|sign|grab|snap (?:this|it) up|take (?:this|it) in a heartbeat)\b', keywords: ['turning', 'saying no', 'passing', 'walking away', 'declining', 'hesitating', 'would say yes', 'would jump', 'would sign', 'would grab', 'would snap', 'would take']}
      - {regex: '\b(?:(?:(?:most|many|nearly all|almost all|the majority of|every other|all the other|plenty of) )?(?:companies|firms|teams|businesses|organisations|organizations|councils|practices|retailers|groups|peers|operators|hospitals|schools|agencies|banks|brands|clinics|trusts|insurers|manufacturers|distributors|people|shops|stores|labs|competitors|rivals) (?:of |at |like )?(?:your size|your scale|yours)|(?:most|many|nearly all|almost all|the majority of|every other|all the other|plenty of) (?:companies|firms|teams|businesses|organisations|organizations|councils|practices|retailers|groups|peers|operators|hospitals|schools|agencies|banks|brands|clinics|trusts|insurers|manufacturers|distributors|people|shops|stores|labs))\b[^.!?\n]{0,40}?\b(?:sorted|fixed|solved|moved past|moved on from|dealt with|got past|figured|worked|cracked|automated|ditched|dropped|abandoned|outgrew|retired|modernised|modernized|tackled|addressed)\b[^.!?\n]{0,30}?\b(?:years|ages|decades|a long time|a decade|long) ago\b[^.!?\n]{0,80}?\b(?:surpris|odd|strange|curious|unusual|remarkable|interesting|shame|still|yet|so long|taking you)', keywords: ['surpris', 'odd', 'strange', 'curious', 'unusual', 'remarkable', 'interesting', 'shame', 'still', 'yet', 'so long', 'taking you']}
      - {regex: '\b(?:isn''t|is not|aren''t|are not|not|hardly|far from) (?:really |exactly |quite |honestly |frankly )?where (?:a |an )?[\w -]{0,30}?(?:of|with|like) your (?:standing|stature|reputation|calibre|caliber|profile|status|prestige|pedigree|size|scale|ambition)\b', keywords: ['where a', 'where an', 'where you', 'where your', 'where the', 'where someone', 'where any']}
      - {regex: '\b(?:a |an )?(?:firm|company|business|team|organisation|organization|council|practice|group|brand|institution|school|hospital|player|leader|name|outfit) (?:of|with|at) (?:your|(?:[\p{L}\d&.-]+ ){1,4}?[\p{L}\d&.-]+(?:''s|’s)) (?:standing|stature|reputation|calibre|caliber|profile|status|prestige|pedigree)\b[^.!?\n]{0,50}?\b(?:should(?:n''t)? (?:be|have|still)|ought(?:n''t)? to (?:be|have)|is still|are still|still (?:using|relying|running|doing|on|stuck)|in this day and age|in 20\d\d)\b', keywords: ['should', 'ought', 'still', 'this day and age', 'in 20']}
      - {regex: '\bnot (?:every|all|everyone|every single) (?:\w+ )?(?:team|teams|company|companies|firm|firms|business|businesses|organisation|organization|council|councils|leader|leaders|one|practice|school|group|buyer|cfo|department)\b[^.!?\n]{0,15}? (?:is|are|will be|has|have) (?:ready|mature|brave|bold|equipped|sophisticated|cut out|up to|able|grown[- ]up|advanced|ambitious|agile)\b[^!?\n]{0,80}?\b(?:maybe|perhaps|possibly|i suspect|i wonder if|i''m not sure|it may be that|it might be that|could be that) (?:you|yours|your (?:team|firm|company|council|business|organisation|organization))(?:''re|''s| are| is| aren''t| isn''t| just| simply| still)?\b(?![^.!?\n]{0,50}\b(?:fine|no problem|understandable|no pressure|okay|ok|no rush)\b)', keywords: ['maybe', 'perhaps', 'possibly', 'suspect', 'wonder if', 'not sure', 'may be that', 'might be that', 'could be that']}
      - {regex: '\b(?:maybe|perhaps|possibly) (?:you|your team|your (?:firm|company|business|organisation|organization|council)|yours)(?: just| simply| still| really)? (?:aren''t|are not|isn''t|is not|''re not|''s not|are just not|just aren''t) (?:ready|there yet|mature enough|sophisticated enough|up to it|cut out for (?:it|this)|big enough|grown[- ]up enough|that ambitious)\b(?![^.!?\n]{0,50}\b(?:fine|no problem|understandable|no pressure|okay|ok|no rush)\b)', keywords: ['maybe', 'perhaps', 'possibly']}
      - {regex: '\b(?:a (?:bit|little|touch) |rather |perhaps |probably |maybe )(?:too )?(?:advanced|sophisticated|complex|technical|ambitious) for (?:you|your (?:team|people|staff|organisation|organization|firm|company|council|business))\b(?!''s)|\b(?:this is|this might be|this may be|it''s|it is|it might be|that''s|that is) (?:probably |perhaps |maybe |possibly )?(?:more than|beyond what) (?:you|your (?:team|people|staff|organisation|organization|firm|company))(?: can| could|''re able to| are able to) (?:handle|cope with|manage)\b', keywords: ['advanced', 'sophisticated', 'complex', 'technical', 'ambitious', 'more than', 'beyond what']}
      - {regex: '\b(?:aren''t|are not|isn''t|is not|can''t|cannot|struggle|don''t have)\b[^.!?\n]{0,80}?\b(?:i suspect|i wonder if|i fear|i''m afraid|perhaps|maybe) (?:yours|your (?:team|firm|company|council|organisation|organization|business|trust|school|practice)) (?:is|may be|might be|could be|is probably|is likely) one of (?:them|those)\b', keywords: ['one of them', 'one of those']}
      - {regex: '\bi(?:''d| would) (?:expect|have expected|have thought|assume|have assumed) (?:a |an )?[\w -]{0,20}?(?:of|with|like) your (?:caliber|calibre|standing|stature|reputation|profile)\b[^.!?\n]{0,50}?\b(?:by now|long ago|years ago|to have (?:automated|sorted|fixed|solved|moved|dealt|replaced|modernised|modernized|digitised|digitized|upgraded))\b', keywords: ['expect', 'expected', 'thought', 'assume', 'assumed']}
      - {regex: '\bwhat''s taking you so long\b|\b(?:odd|strange|surprising|unusual|embarrassing|awkward|concerning|worrying) for (?:a |an )?[\w -]{1,30}?(?:like yours|of your (?:size|standing|stature|caliber|calibre|reputation|scale)|your size) to (?:still|be still)\b', keywords: ['taking you so long', 'odd', 'strange', 'surprising', 'unusual', 'embarrassing', 'awkward', 'concerning', 'worrying']}
      - {regex: '\b(?:most|many|nearly all|almost all|all) (?:of )?your (?:competitors|rivals|peers|neighbours|neighbors)\b[^.!?\n]{0,40}?\b(?:sorted|fixed|solved|moved past|moved on from|dealt with|got past|figured|worked|cracked|automated|ditched|dropped|tackled|addressed)\b[^.!?\n]{0,30}?\b(?:ago|back in (?:19|20)\d\d|in (?:19|20)\d\d)\b[^.!?\n]{0,80}?\b(?:surpris|odd|strange|curious|unusual|remarkable|shame|still|yet|so long)', keywords: ['surpris', 'odd', 'strange', 'curious', 'unusual', 'remarkable', 'shame', 'still', 'yet', 'so long']}
      - {regex: '\b(?:smaller|less well-resourced|less well resourced|less sophisticated|younger|far smaller|much smaller) [\w -]{0,20}?than (?:yours|you)\b[^.!?\n]{0,40}?\b(?:already|years ago|long ago|managed|figured|made|moved|done)\b', keywords: ['than yours', 'than you']}
      - {regex: '\b(?:awkward|embarrassing|odd|strange|a shame|telling|a bit much) that you(?:''re| are)? (?:haven''t|have not|still|are still|''re still|aren''t yet|haven''t yet)\b', keywords: ['awkward', 'embarrassing', 'odd', 'strange', 'a shame', 'telling', 'a bit much']}
      - {regex: '\byou(?:''d| would)(?: have to| need to)? be (?:mad|crazy|nuts|insane|foolish|daft|bonkers|stupid|an idiot|a fool|out of your (?:mind|tree)|off your rocker)(?: not)? to\b', keywords: ['mad', 'crazy', 'nuts', 'insane', 'foolish', 'daft', 'bonkers', 'stupid', 'idiot', 'a fool', 'out of your', 'rocker']}
      - {regex: '\b(?:i (?:hope|trust)|i''d hate to think|hopefully|surely|tell me) you(?:''re| are)(?: not)? one of those (?:[\w''-]+ ){0,2}?(?:teams|companies|leaders|people|managers|firms|buyers|cfos|organi[sz]ations|businesses|folks|ones|dinosaurs|luddites)\b', keywords: ['one of those']}
      - {regex: '\b(?:don''t|do not) be (?:one of )?(?:those|that|the|a|an) (?:[\w''-]+ ){0,2}?(?:dinosaurs?|luddites?|laggards?|amateurs?|fools?|idiots?|cavemen|caveman)\b', keywords: ['dinosaur', 'luddite', 'laggard', 'amateur', 'fool', 'idiot', 'cavem']}
      - {regex: '\bonly (?:a|an|the|some) (?:[\w''-]+ )?(?:dinosaurs?|luddites?|amateurs?|fools?|idiots?|novices?|cave(?:man|men)|laggards?) (?:would|still|uses?|runs?|keeps?|sticks?)\b', keywords: ['dinosaur', 'luddite', 'amateur', 'fool', 'idiot', 'novice', 'cavem', 'laggard']}
      - {regex: '\bno (?:competent|sane|sensible|smart|serious|self-respecting|rational|half-decent|decent|good) (?:[\w''-]+ ){0,2}?(?:cfo|ceo|cto|coo|cio|leader|manager|team|company|buyer|person|director|head|business|vp|professional|operator|firm) (?:would|could|should)(?: ever)? (?:turn (?:down|this|that|it)|pass|say no|ignore|walk away|still use|keep using|stick with|wait|hesitate|refuse|think twice)\b', keywords: ['competent', 'sane', 'sensible', 'smart', 'serious', 'self-respecting', 'rational', 'decent', 'good']}
      - {regex: '\beven (?:a child|a kid|a toddler|my (?:grandmother|gran|nan|mum|mom)|a caveman) (?:could|can|would) (?:see|understand|tell|grasp|get)\b', keywords: ['even a', 'even my']}
    exceptions:
      - '\b(?:can''t|cannot|couldn''t|wasn''t|isn''t|won''t|not|never|hardly|no)(?: have)?(?: been| be)? (?:an |a )?(?:easy|simple|obvious) (?:call|decision|choice)\b'
      - '\bif (?:there''s|there is|there are) (?:nothing|no (?:agenda|questions|updates)) to discuss\b'
      - '\b(?:export|format|error|bug|chart|pdf|screenshot|invoice|ticket|api|field|column|report didn|featured|recogni[sz]ed|covered|mentioned|listed|ranked|shortlisted)\b'
      - '\bmak(?:e|es|ing) (?:it|this|that|the [\w-]+|your [\w-]+(?: [\w-]+)?) (?:an? )?(?:easy|simple|obvious|straightforward)\b'
    message: 'incredulity or condescension: "{match}"'
    examples:
      fire:
        - 'Frankly, I''m surprised a hospital of Acme Analytics''s standing is still paying nurses from handwritten timesheets.'
        - 'I know procurement software can seem intimidating, so I''ve kept this explanation simple enough that anyone on your team could follow it.'
        - 'Frankly, a legal department of Helix Genomics''s size still reconciling outside-counsel invoices in Excel is a little embarrassing in 2025.'
        - 'Frankly, any GC still running matter intake through email in 2024 is taking a risk their board wouldn''t thank them for.'
        - 'P.S. I know everyone''s busy. We''re all busy. But some of us still manage to reply.'
        - 'Surely even your procurement team can manage to turn around a two-page order form in a week?'
        - 'I''ll keep this explanation deliberately basic, since data models can be a lot to take in for people coming from a pure finance background.'
        - 'You don''t need to understand the technical side; just let our engineers handle it and sign where I''ve marked.'
        - 'Finance systems can feel intimidating for people who don''t come from an accounting background, so I''ve kept the overview very basic.'
        - 'If your team still thinks a firewall and a yearly pen test make a security program, we should probably start with the basics.'
        - 'Any serious IT leader would jump at the chance to simplify that.'
        - 'Any competent CFO, in your position, would already have switched.'
        - 'Every forward-thinking hospital already knows this is the way.'
        - 'Even the small independents have sorted this, so it''s a little awkward that you haven''t.'
        - 'Plenty of smaller agencies than yours have already made this jump, which says something.'
        - 'Candidly, I''d expect a team of your caliber to have automated this by now.'
        - 'Shops your size figured this out ages ago; not sure what''s taking you so long.'
        - 'It''s a little embarrassing for a brand like yours to still be doing this manually.'
        - 'Most of your competitors dealt with this back in 2019, so it''s a bit odd to still be discussing it.'
        - 'Some teams simply aren''t sophisticated enough for real automation; I suspect yours may be one of them.'
        - 'Honestly, I can''t understand why anyone would say no to this.'
        - 'Frankly, it''s hard to see why you''d wait.'
        - 'It''s frankly obvious that this pays for itself.'
        - 'I don''t see how anyone could turn this down.'
        - 'I''m not sure what there is to think about.'
        - 'I struggle to see any reason to hold off.'
        - 'Surely you can see the value here.'
        - 'I''d have thought a team of your size would have sorted this by now.'
        - 'I''m amazed you''re still doing this by hand.'
        - 'Quite frankly, it''s a simple decision.'
        - 'I''d be shocked if you said no.'
        - 'It baffles me that anyone would pass on this.'
        - 'Any sensible team would have signed by now.'
        - 'This should be an easy yes for you.'
        - 'Most companies your size sorted this out years ago, so it''s surprising you''re still doing it by hand.'
        - 'Frankly, paper rosters aren''t really where a hospital of your standing should be in 2025.'
        - 'A practice of your reputation shouldn''t still be faxing referrals.'
        - 'Not every team is ready for this level of automation, and perhaps yours isn''t.'
        - 'Maybe your team just isn''t ready for it yet.'
        - 'I appreciate this might be a bit advanced for your team.'
        - 'You''d be mad not to take the call.'
        - 'Honestly, you''d be crazy to pass on this.'
        - 'I hope you''re not one of those teams that lets ''next year'' turn into five years.'
        - 'Only a dinosaur would still use spreadsheets for this.'
        - 'Frankly, only an amateur would run payroll on a spreadsheet in 2025.'
        - 'I''d hate to think you''re one of those leaders who can''t make a decision.'
        - 'No competent CFO would turn down a 30% saving.'
        - 'You''d have to be foolish to keep paying for three separate tools.'
        - 'Don''t be one of those dinosaurs who fight every change.'
        - 'Even a child could see the value here.'
      pass:
        - 'I''ll go over the key points again on Thursday''s call.'
        - 'A customer still on version 6 in 2025 gets security fixes until June.'
        - 'Any team still on the 2023 price list keeps it until renewal.'
        - 'We''re all busy in March, so I''ve kept the agenda to thirty minutes.'
        - 'I know it wasn''t an easy decision for your board.'
        - 'It can''t have been an easy call to make.'
        - 'Surely the easiest route is a short pilot, and we can set it up next week.'
        - 'I''ll keep this explanation basic for now, and our engineer will go deeper on Thursday.'
        - 'You don''t need to understand the technical side to run the pilot, and your IT lead is welcome on the second call.'
        - 'You asked for a one-pager for the board, so I''ve kept it to the three numbers they track.'
        - 'If it helps, we can start with the basics of how ingestion works and go deeper on Thursday.'
        - 'Any good CRM would sync with our API in a day.'
        - 'Any serious questions, just call me on my mobile.'
        - 'Every good rollout starts with a clean data import.'
        - 'Any real team members you want trained, add them to the invite.'
        - 'It''s odd that the export dropped the dates, so I''ve asked engineering to look.'
        - 'Smaller teams than yours have used the starter plan, if that''s a better fit.'
        - 'I''d expect a team of your size to need about two weeks for setup.'
        - 'It''s unusual to still see paper forms in logistics, and we can help when you''re ready.'
        - 'This may be beyond what we can support in the first phase, so I''ve flagged it.'
        - 'Most firms of your size start with one module.'
        - 'Some teams aren''t ready for full automation, and I suspect many councils are in the same spot.'
        - 'A simple yes or no works for me either way.'
        - 'An easy yes or no is all I need, no pressure at all.'
        - 'I can''t understand the export format either, so I''ve asked our engineers.'
        - 'I was surprised to see your team at the conference, great talk!'
        - 'It''s obvious from your post that security matters to you.'
        - 'I can see why you''d wait until the new budget year.'
        - 'I understand why you''d want to wait for the security review.'
        - 'Surely the hardest part is the data migration, which we handle.'
        - 'I''d be surprised if the migration took more than a week.'
        - 'There''s no reason to wait for the full rollout; start with one team.'
        - 'There''s nothing to install, it runs in the browser.'
        - 'I''m surprised the report didn''t mention your APAC launch.'
        - 'It''s an easy integration for most teams.'
        - 'Our goal is to make the renewal simple for your finance team.'
        - 'Any serious security team will want to see our SOC 2 report.'
        - 'I''d have thought the API docs would cover this, so I''ve sent a link.'
        - 'Many firms your size moved to e-invoicing years ago, and we can help with the switch whenever it suits.'
        - 'Most firms of your size start with one module.'
        - 'Not every team needs this level of automation, and that''s fine.'
        - 'Not every team is ready for full automation, so we also offer a lighter plan.'
        - 'Given your standing in the sector, I thought the case study might interest you.'
        - 'If the full rollout is more than your team can take on this quarter, we can start with one site.'
        - 'Firms of your size usually start with a pilot.'
        - 'Perhaps you''re not ready for a full rollout yet, which is completely fine.'
        - 'You''d be welcome to join the webinar.'
        - 'It would be mad of me not to mention our new reporting module.'
        - 'I''d be crazy not to ask how the pilot went.'
        - 'I''m a bit of a dinosaur myself when it comes to spreadsheets.'
        - 'Plenty of good teams still use spreadsheets; here''s where they tend to hit limits.'
        - 'You''re one of the few teams I''ve met that already automates this, which is impressive.'
        - 'We just finished a project for the museum''s dinosaur gallery.'
        - 'Even the best teams we work with took a month to settle in.'
        - 'I hope you''re not snowed under this week.'
        - 'Only a few teams have tried the beta so far, so your feedback would be valuable.'
        - 'You''d be surprised how quickly the team picks it up.'
        - 'Even the best teams we work with took a month to settle in.'
        - 'We can skip the weekly call if there is nothing to discuss.'
  - id: tone.competitor-pressure
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a competitor or rival of the prospect signed, switched or is pulling ahead with us'
    patterns:
      - {regex: '\b(?:competitors?|rivals?|competition|(?:companies|company|firms?|teams?|brands?|someone|vendors?)(?: that)? you compete (?:with|against))\b[^.!?\n]{0,40}?\b(?:signed(?: up| on)?(?: (?:with|on with) (?:us|ourco))?(?=\s*(?:[.,;:!—–-]|$|last\b|this\b|on\b|in\b|yesterday\b|earlier\b|a (?:\w+[- ])?(?:year|deal|contract|agreement)|an? \w+-year\b|just\b|with us\b))|(?:switch|switched|switching|mov(?:e|ed|ing)|migrat(?:e|ed|ing)|came over|coming over|jump(?:ed|ing)?)(?: over)? (?:to|onto) (?:us|ourco|our (?:platform|product|tool|solution|software))|(?:switch|switched|switching|migrat(?:e|ed|ing)|mov(?:e|ed|ing) (?:their|its) (?:[\w-]+ )?(?:crm|stack|data|pipeline|team|reps|workflows?|reporting|forecasting|outreach|sequences|tooling|platform|analytics|dashboards?))(?: over)? (?:to|onto) (?:[a-z][\w-]*(?=\s*(?:[.,;:!—–-]|$|last\b|this\b|in\b|on\b|earlier\b|recently\b|yesterday\b|a (?:few|couple)\b|while\b|and\b)))|made the (?:switch|move)|switched over|came on ?board|went live (?:with|on) (?:us|ourco)|rolled (?:us|ourco|it) out|started (?:with|using|on) (?:us|ourco)|(?:is|are) (?:already )?(?:onboarding|live on|rolling (?:us|ourco|it) out|piloting (?:us|ourco)|trialing (?:us|ourco)|trialling (?:us|ourco)|using (?:us|ourco))|chose (?:us|ourco)|picked (?:us|ourco)|partnered with (?:us|ourco)|(?:with|using|on) (?:us|ourco)\b)', keywords: ['competitor', 'rival', 'competition', 'compete with', 'compete against']}
      - {regex: '\b(?:wait|waits|waiting|delay|delaying|hesitat\w*|deliberat\w*|hold(?:ing)? off|sit(?:ting)? on (?:it|this)|much longer|any longer|the longer|while you|meanwhile|if you don''t|think(?:ing)? it over|drag(?:ging)? your feet)\b[^.!?\n]{0,60}?\b(?:competitors?|rivals?|competition)\b[^.!?\n]{0,40}?\b(?:head start|get ahead|getting ahead|pull(?:ing)? ahead|leave you behind|leaving you behind|beat you|outpace|overtake|eat your lunch|eating your lunch|steal(?:ing)? (?:your )?(?:customers|market share|deals|share)|leapfrog|lap you|run(?:ning)? circles|get there first|catch up on|widen(?:ing)? the gap|extend(?:ing)? (?:their|the) lead)|\b(?:competitors?|rivals?|competition)\b[^.!?\n]{0,40}?\b(?:head start|get ahead|getting ahead|pull(?:ing)? ahead|leave you behind|leaving you behind|beat you|outpace|overtake|eat your lunch|eating your lunch|steal(?:ing)? (?:your )?(?:customers|market share|deals|share)|leapfrog|lap you|run(?:ning)? circles|get there first|catch up on|widen(?:ing)? the gap|extend(?:ing)? (?:their|the) lead)\b[^.!?\n]{0,40}?\b(?:wait|waits|waiting|delay|delaying|hesitat\w*|deliberat\w*|hold(?:ing)? off|sit(?:ting)? on (?:it|this)|much longer|any longer|the longer|while you|meanwhile|if you don''t|think(?:ing)? it over|drag(?:ging)? your feet)|\b(?:competitors?|rivals?|competition)\b[^.!?\n]{0,20}?\b(?:aren''t|are not|isn''t|is not|won''t be|will not be) (?:standing still|sitting still|sleeping|slowing down|hesitating|waiting around|sitting on their hands)', keywords: ['competitor', 'rival', 'competition']}
      - {regex: '\b(?:already (?:on board|onboard|signed|live|using us|a customer)|signed (?:with us|up|on)|switched|went live)\b[^.!?\n]{0,50}?\b(?:compete[sd]? (?:directly )?(?:with|against) you|competitor of yours|one of your (?:\w+ )?competitors|your (?:\w+ )?(?:competitor|rival))\b', keywords: ['compete', 'competitor', 'rival']}
      - {regex: '\b(?:i''d|i would) hate (?:for you |to see you )?(?:to )?(?:fall behind|get left behind|be left behind|be the last|lose out|get left out|be left out)\b', keywords: ['hate']}
      - {regex: '\b(?:thought|figured) you(?:''d| would| should| might)? (?:want to |like to )?(?:know|hear|be aware)\b[^.!?\n]{0,60}?\b(?:signed(?: (?:with|up with|on with) us)?|rolled (?:us|it) out|switched (?:over )?to us|moved (?:over )?to us|went live with us|came on ?board|(?:is|are) (?:now )?using us|chose us|picked us)\b', keywords: ['want to know', 'like to know', 'should know', 'you''d know', 'want to hear', 'be aware']}
      - {regex: '(?:^|[.!?]\s+|\n|[—–] ?)(?:so,? )?(?:the ball''s in your court|your move|over to you)(?=\s*(?:[.!]|$))', keywords: ['your move', 'ball''s in your court', 'over to you']}
      - {regex: '\b(?:hate|don''t want|do not want|wouldn''t want|would not want|not want) (?:for |to see )?(?:your|a|one of your|the) (?:[\w-]+ )?(?:competitors?|rivals?|competition) (?:to )?(?:get|have|beat|gain|grab|take|win|steal|reach|lock|use)\b', keywords: ['competitor', 'rival', 'competition']}
      - {regex: '\b(?:signed|switched|moved over|went live|came on ?board|made the switch)\b[^.!?\n]{0,50}?[,;—–-] ?(?:just saying|just sayin''?|hint,? hint|food for thought)\b', keywords: ['just saying', 'just sayin', 'hint', 'food for thought']}
      - {regex: '\b(?:just saying|just sayin''?|hint,? hint|not to name names|just so you know|fyi)\b[^.!?\n]{0,60}?\b(?:competitors?|rivals?|competition|you compete with)\b', keywords: ['just saying', 'just sayin', 'hint', 'name names', 'just so you know', 'fyi']}
    exceptions:
      - '\b(?:compare|compared|comparison|versus|vs\.?|differ|differentiate|battlecard|gartner|forrester|g2|report|analysis)\b'
      - '\?'
    message: 'competitor pressure: "{match}"'
    examples:
      fire:
        - 'Your competitor Globex just signed with us last week, just saying.'
        - 'A direct competitor of yours moved to us in March.'
        - 'Your main rival just went live with us.'
        - 'Meanwhile, your competition is closing deals faster with us.'
        - 'FYI, Initech, your closest competitor, signed on Monday.'
        - 'Not to name names, but a major competitor of yours just came on board.'
        - 'I''d hate for your rival to get this advantage before you.'
        - 'Just so you know, a company you compete with just signed.'
        - 'One of your competitors just signed a three-year deal with us.'
        - 'Your closest rival has already rolled us out to their whole sales floor.'
      pass:
        - 'Your competitors are mentioned in the Gartner report on page 4.'
        - 'How do you differentiate from your competitors in enterprise deals?'
        - 'Your competitor analysis deck was great.'
        - 'Just saying thanks for the call yesterday!'
        - 'We never share one customer''s data with another, competitors included.'
        - 'Our competitor comparison page lists the differences honestly.'
        - 'Globex moved to the new dashboard last month.'
        - 'Your competitors may use different tools, but the workflow questions are the same.'
        - 'How do your competitors handle this with us?'
        - 'Your competitor moved its headquarters to Austin last year.'
        - 'We signed the partnership in March, just so you know the integration is official.'
  - id: tone.follow-up-guilt
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'guilt about unanswered follow-ups: still waiting to hear back, third time asking, the courtesy of a reply'
    patterns:
      - {regex: '\bdid you forget (?:about )?(?:us|me|our (?:call|meeting|chat|email|proposal|conversation))\b|\bhave you forgotten (?:about )?(?:us|me)\b', keywords: ['forget', 'forgotten']}
      - {regex: '\bas (?:i(?:''ve| have)? )?(?:mentioned|said|noted|explained|stated|pointed out|flagged) (?:twice|three times|several times|a few times|multiple times|repeatedly|more than once|a couple of times)\b', keywords: ['twice', 'three times', 'several times', 'a few times', 'multiple times', 'repeatedly', 'more than once', 'couple of times']}
      - {regex: '\bstill (?:waiting|hoping|keen) to hear (?:back )?from you\b', keywords: ['to hear']}
      - {regex: '\b(?:this is|that''s|that is|it''s|it is|here''s|here is)(?: now)? (?:my|our) (?:second|third|fourth|fifth|sixth|seventh|2nd|3rd|4th|5th|6th|umpteenth|nth) (?:attempt|email|e-mail|message|note|follow[- ]?up|try|reminder|ping|nudge|time (?:reaching out|writing|asking|following up|emailing|trying))\b(?! in (?:the|our|a) (?:series|sequence|newsletter))', keywords: ['my second', 'my third', 'my fourth', 'my fifth', 'my sixth', 'my seventh', 'my 2nd', 'my 3rd', 'my 4th', 'my 5th', 'my 6th', 'my umpteenth', 'my nth', 'our second', 'our third', 'our fourth', 'our fifth', 'our sixth', 'our seventh', 'our 2nd', 'our 3rd', 'our 4th', 'our 5th', 'our 6th', 'our umpteenth', 'our nth']}
      - {regex: '\b(?:this is|that''s|that is|it''s|it is)(?: now)? the (?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth) (?:time|attempt) (?:i''m|i am|i''ve|i have|we''ve|we have|we''re|we are)(?: now)? (?:asking|asked|reaching out|reached out|writing|written|emailing|emailed|following up|followed up|trying|tried|pinging|pinged|chasing|chased|nudging|nudged|contacting|contacted|requesting|requested|raising|raised|sending|sent)\b', keywords: ['second time', 'second attempt', 'third time', 'third attempt', 'fourth time', 'fourth attempt', 'fifth time', 'fifth attempt', 'sixth time', 'sixth attempt', 'seventh time', 'seventh attempt', '2nd time', '2nd attempt', '3rd time', '3rd attempt', '4th time', '4th attempt', '5th time', '5th attempt', '6th time', '6th attempt', 'umpteenth time', 'umpteenth attempt', 'nth time', 'nth attempt']}
      - {regex: '\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth) (?:email|e-mail|message|note|follow[- ]?up|attempt|try|voicemail|reminder|ping|time)\b[^.!?\n]{0,30}?\b(?:still|and|yet|but|with|without)(?: (?:still|yet))? (?:no|zero|not a|nothing|not one|without a|hearing nothing)(?: (?:reply|response|answer|word|peep|luck))?\b', keywords: ['second email', 'second e-mail', 'second message', 'second note', 'second follow-up', 'second followup', 'second follow up', 'second attempt', 'second try', 'second voicemail', 'second reminder', 'second ping', 'second time', 'second nudge', 'third email', 'third e-mail', 'third message', 'third note', 'third follow-up', 'third followup', 'third follow up', 'third attempt', 'third try', 'third voicemail', 'third reminder', 'third ping', 'third time', 'third nudge', 'fourth email', 'fourth e-mail', 'fourth message', 'fourth note', 'fourth follow-up', 'fourth followup', 'fourth follow up', 'fourth attempt', 'fourth try', 'fourth voicemail', 'fourth reminder', 'fourth ping', 'fourth time', 'fourth nudge', 'fifth email', 'fifth e-mail', 'fifth message', 'fifth note', 'fifth follow-up', 'fifth followup', 'fifth follow up', 'fifth attempt', 'fifth try', 'fifth voicemail', 'fifth reminder', 'fifth ping', 'fifth time', 'fifth nudge', 'sixth email', 'sixth e-mail', 'sixth message', 'sixth note', 'sixth follow-up', 'sixth followup', 'sixth follow up', 'sixth attempt', 'sixth try', 'sixth voicemail', 'sixth reminder', 'sixth ping', 'sixth time', 'sixth nudge', 'seventh email', 'seventh e-mail', 'seventh message', 'seventh note', 'seventh follow-up', 'seventh followup', 'seventh follow up', 'seventh attempt', 'seventh try', 'seventh voicemail', 'seventh reminder', 'seventh ping', 'seventh time', 'seventh nudge', '2nd email', '2nd e-mail', '2nd message', '2nd note', '2nd follow-up', '2nd followup', '2nd follow up', '2nd attempt', '2nd try', '2nd voicemail', '2nd reminder', '2nd ping', '2nd time', '2nd nudge', '3rd email', '3rd e-mail', '3rd message', '3rd note', '3rd follow-up', '3rd followup', '3rd follow up', '3rd attempt', '3rd try', '3rd voicemail', '3rd reminder', '3rd ping', '3rd time', '3rd nudge', '4th email', '4th e-mail', '4th message', '4th note', '4th follow-up', '4th followup', '4th follow up', '4th attempt', '4th try', '4th voicemail', '4th reminder', '4th ping', '4th time', '4th nudge', '5th email', '5th e-mail', '5th message', '5th note', '5th follow-up', '5th followup', '5th follow up', '5th attempt', '5th try', '5th voicemail', '5th reminder', '5th ping', '5th time', '5th nudge', '6th email', '6th e-mail', '6th message', '6th note', '6th follow-up', '6th followup', '6th follow up', '6th attempt', '6th try', '6th voicemail', '6th reminder', '6th ping', '6th time', '6th nudge', 'umpteenth email', 'umpteenth e-mail', 'umpteenth message', 'umpteenth note', 'umpteenth follow-up', 'umpteenth followup', 'umpteenth follow up', 'umpteenth attempt', 'umpteenth try', 'umpteenth voicemail', 'umpteenth reminder', 'umpteenth ping', 'umpteenth time', 'umpteenth nudge', 'nth email', 'nth e-mail', 'nth message', 'nth note', 'nth follow-up', 'nth followup', 'nth follow up', 'nth attempt', 'nth try', 'nth voicemail', 'nth reminder', 'nth ping', 'nth time', 'nth nudge']}
      - {regex: '\b(?:emails?|e-mails?|messages?|notes?|follow[- ]?ups?|voicemails?|attempts?|requests?|questions?|pings?|nudges?)\b[^.!?\n]{0,20}?\b(?:went|have gone|has gone|gone|remain|remains|are still|is still|still|sitting) unanswered\b', keywords: ['unanswered']}
      - {regex: '\b(?:the |a |some |basic |common |simple |professional )*courtesy of (?:a |an |your |some |any )?(?:quick |short |brief |simple )?(?:reply|response|answer|call ?back|note back|no)\b', keywords: ['courtesy']}
      - {regex: '\b(?:keep|kept|keeps) (?:following up|emailing|reaching out|writing|chasing|calling|pinging|trying|nudging|sending)\b[^.!?\n]{0,40}?\b(?:nothing|no (?:reply|response|answer|luck|word)|silence|crickets|not hearing|without (?:a |any )?(?:reply|response|answer|word|luck))\b', keywords: ['keep following up', 'keep emailing', 'keep reaching out', 'keep writing', 'keep chasing', 'keep calling', 'keep pinging', 'keep trying', 'keep nudging', 'keep sending', 'kept following up', 'kept emailing', 'kept reaching out', 'kept writing', 'kept chasing', 'kept calling', 'kept pinging', 'kept trying', 'kept nudging', 'kept sending', 'keeps following up', 'keeps emailing', 'keeps reaching out', 'keeps writing', 'keeps chasing', 'keeps calling', 'keeps pinging', 'keeps trying', 'keeps nudging', 'keeps sending']}
      - {regex: '\b(?:i|we) still (?:haven''t|have not|hasn''t|has not) (?:heard|had (?:a |any )?(?:reply|response|word|answer)|gotten (?:a |any )?(?:reply|response|answer)|received (?:a |any )?(?:reply|response|answer))(?: back)?\b(?! from (?!you\b))', keywords: ['still haven''t', 'still have not']}
      - {regex: '\b(?:haven''t|have not|hasn''t|didn''t|did not|never) (?:had|got|gotten|received|seen|heard)(?: back)?(?: (?:a|any|an|one) (?:\w+ )?(?:reply|response|answer|word|reaction|peep))?\b[^.!?\n]{0,12}?\b(?:to|on|from|after|about) (?:my|any of my|either of my|all (?:of )?my|all those) (?:last |previous |past |recent |earlier )?(?:\w+ )?(?:emails|e-mails|messages|notes|follow[- ]?ups|voicemails|calls|attempts|outreach|requests|pings)\b', keywords: ['to my', 'on my', 'from my', 'after my', 'about my', 'any of my', 'either of my', 'all my', 'all of my', 'all those']}
      - {regex: '\beven (?:a |just a |a simple |a quick )?(?:"|'')?no(?:"|'')? (?:would be|is|would beat|beats) (?:better|preferable|nicer)? ?(?:than )?(?:silence|nothing|radio silence|being ignored|no reply|hearing nothing)\b', keywords: ['even a', 'even just', 'even no', 'even "no', 'even ''no']}
      - {regex: '\b(?:per|as per) my (?:last|previous|earlier) (?:email|e-mail|message|note)s?\b[^.!?\n]{0,30}?\b(?:still waiting|still haven''t|haven''t heard|have not heard|no reply|no response|you (?:haven''t|have not|didn''t|did not|never|may have missed|seem to have missed))|\b(?:i''m|i am|we''re|we are) still waiting(?=\s*(?:[.!]|$))', keywords: ['per my', 'still waiting']}
      - {regex: '\b(?:left|sent)(?: you)? (?:(?:two|three|four|five|several|multiple|a few|a couple of|\d) )(?:voicemails|emails|e-mails|messages|notes|linkedin messages)\b[^.!?\n]{0,20}?\band (?:\w+ ){0,2}(?:two|three|four|five|several|multiple|a few|a couple of|\d|countless) (?:voicemails|emails|e-mails|messages|notes|calls|linkedin messages|texts)\b', keywords: ['voicemails', 'emails', 'e-mails', 'messages', 'notes']}
      - {regex: '\b(?:i|we)(?:''ve| have)(?: now| already| also)? (?:followed up|reached out|emailed(?: you)?|written(?: to you)?|written you|pinged(?: you)?|tried(?: you| to reach you)?|contacted you|called(?: you)?|nudged(?: you)?|chased(?: you)?)(?: (?:now|already))? (?:(?:three|four|five|six|seven|several|multiple|numerous|a (?:few|number of|bunch of|handful of)|\d+|countless|so many) times|repeatedly|over and over|again and again|time and again|time after time)\b(?! (?:with|to|for) (?:our|my|the|their)\b)', keywords: ['times', 'repeatedly', 'over and over', 'again and again', 'time and again', 'time after time']}
      - {regex: '\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth) (?:try|attempt|email|e-mail|time|follow[- ]?up|ping|nudge|note|message|reminder)\b[^.!?\n]{0,30}?\b(?:reply|response|answer|hear back|hearing back|get back|respond|word from you)\b', keywords: ['second email', 'second e-mail', 'second message', 'second note', 'second follow-up', 'second followup', 'second follow up', 'second attempt', 'second try', 'second voicemail', 'second reminder', 'second ping', 'second time', 'second nudge', 'third email', 'third e-mail', 'third message', 'third note', 'third follow-up', 'third followup', 'third follow up', 'third attempt', 'third try', 'third voicemail', 'third reminder', 'third ping', 'third time', 'third nudge', 'fourth email', 'fourth e-mail', 'fourth message', 'fourth note', 'fourth follow-up', 'fourth followup', 'fourth follow up', 'fourth attempt', 'fourth try', 'fourth voicemail', 'fourth reminder', 'fourth ping', 'fourth time', 'fourth nudge', 'fifth email', 'fifth e-mail', 'fifth message', 'fifth note', 'fifth follow-up', 'fifth followup', 'fifth follow up', 'fifth attempt', 'fifth try', 'fifth voicemail', 'fifth reminder', 'fifth ping', 'fifth time', 'fifth nudge', 'sixth email', 'sixth e-mail', 'sixth message', 'sixth note', 'sixth follow-up', 'sixth followup', 'sixth follow up', 'sixth attempt', 'sixth try', 'sixth voicemail', 'sixth reminder', 'sixth ping', 'sixth time', 'sixth nudge', 'seventh email', 'seventh e-mail', 'seventh message', 'seventh note', 'seventh follow-up', 'seventh followup', 'seventh follow up', 'seventh attempt', 'seventh try', 'seventh voicemail', 'seventh reminder', 'seventh ping', 'seventh time', 'seventh nudge', '2nd email', '2nd e-mail', '2nd message', '2nd note', '2nd follow-up', '2nd followup', '2nd follow up', '2nd attempt', '2nd try', '2nd voicemail', '2nd reminder', '2nd ping', '2nd time', '2nd nudge', '3rd email', '3rd e-mail', '3rd message', '3rd note', '3rd follow-up', '3rd followup', '3rd follow up', '3rd attempt', '3rd try', '3rd voicemail', '3rd reminder', '3rd ping', '3rd time', '3rd nudge', '4th email', '4th e-mail', '4th message', '4th note', '4th follow-up', '4th followup', '4th follow up', '4th attempt', '4th try', '4th voicemail', '4th reminder', '4th ping', '4th time', '4th nudge', '5th email', '5th e-mail', '5th message', '5th note', '5th follow-up', '5th followup', '5th follow up', '5th attempt', '5th try', '5th voicemail', '5th reminder', '5th ping', '5th time', '5th nudge', '6th email', '6th e-mail', '6th message', '6th note', '6th follow-up', '6th followup', '6th follow up', '6th attempt', '6th try', '6th voicemail', '6th reminder', '6th ping', '6th time', '6th nudge', 'umpteenth email', 'umpteenth e-mail', 'umpteenth message', 'umpteenth note', 'umpteenth follow-up', 'umpteenth followup', 'umpteenth follow up', 'umpteenth attempt', 'umpteenth try', 'umpteenth voicemail', 'umpteenth reminder', 'umpteenth ping', 'umpteenth time', 'umpteenth nudge', 'nth email', 'nth e-mail', 'nth message', 'nth note', 'nth follow-up', 'nth followup', 'nth follow up', 'nth attempt', 'nth try', 'nth voicemail', 'nth reminder', 'nth ping', 'nth time', 'nth nudge']}
      - {regex: '\b(?:haven''t|have not|hasn''t|not) heard (?:back|anything|a word|a thing|a peep|from you)\b[^.!?\n]{0,20}?\b(?:after|despite|in spite of|following) (?:my |all my |all those |these |several |multiple )?(?:\w+ )?(?:emails|e-mails|messages|notes|follow[- ]?ups|attempts|tries|calls|voicemails|pings|nudges)\b', keywords: ['heard back', 'heard anything', 'heard a', 'heard from']}
      - {regex: '\b(?:i|we)(?:''ve| have)?(?: now| already| also)? (?:pinged|emailed|called|messaged|written to|texted|reached out to|tried|contacted|dm''d|dmed|left|nudged|chased) you\b[^.!?\n]{0,40}?\b(?:with no|and no|without (?:any )?|but no|yet no|and got no|and still no|still no|and nothing|but nothing)\s?(?:luck|reply|response|answer|word|success|joy|reaction|back)?\b', keywords: ['pinged you', 'emailed you', 'called you', 'messaged you', 'written to you', 'texted you', 'reached out to you', 'tried you', 'contacted you', 'dm''d you', 'dmed you', 'left you', 'nudged you', 'chased you']}
      - {regex: '\b(?:following up|writing|asking|reaching out|emailing|checking in|pinging you|nudging you|chasing(?: you)?|circling back|bumping this)\b[^.!?\n]{0,20}?\b(?:for|on) (?:the|my) (?:third|fourth|fifth|sixth|3rd|4th|5th|6th|umpteenth|nth|hundredth|millionth) time\b|\b(?:for|on) (?:the|my) (?:third|fourth|fifth|sixth|3rd|4th|5th|6th|umpteenth|nth) time\b[,:]? (?:i''m |i am )?(?:following up|writing|asking|reaching out|emailing|checking in|circling back|bumping)\b', keywords: ['third time', 'fourth time', 'fifth time', 'sixth time', '3rd time', '4th time', '5th time', '6th time', 'umpteenth time', 'nth time', 'hundredth time', 'millionth time']}
      - {regex: '\b(?:i|we) (?:still )?(?:haven''t|have not|hasn''t) (?:had|got|gotten|received|seen) (?:any|a single|a|one) (?:reply|response|answer|word|peep)(?! from (?!you\b))(?: (?:from you|yet|at all|back))?\b', keywords: ['any reply', 'any response', 'any answer', 'any word', 'a single', 'a reply', 'a response', 'an answer', 'a word', 'a peep', 'one reply', 'one response']}
      - {regex: '\bwould it kill you to\b|\bhow hard (?:is it|can it be) to (?:reply|respond|answer|hit reply|write back|say no)\b|\bis it (?:really )?(?:that|so) hard to (?:reply|respond|answer|hit reply|write back)\b|\byou(?:''ve| have) left me hanging\b', keywords: ['kill you', 'how hard', 'that hard', 'so hard', 'left me hanging']}
      - {regex: '\b(?:i|we)(?:''ve| have) been (?:trying|attempting|hoping) to (?:get hold of|reach|get in touch with|connect with|pin you down|catch|get a (?:reply|response|hold of))(?: you)?\b[^.!?\n]{0,15}?\bfor (?:weeks|months|a while|ages|days now|so long|a long time)\b', keywords: ['for weeks', 'for months', 'for a while', 'for ages', 'for days now', 'for so long', 'for a long time']}
      - {regex: '\bstill (?:waiting|hoping) (?:for|on) you to (?:get back|reply|respond|answer|come back|decide|sign|make|write back)\b', keywords: ['for you to', 'on you to']}
      - {regex: '\b(?:did|have) my (?:last|previous|earlier|recent) (?:few |two |three |couple of |several )(?:emails|messages|notes) (?:get lost|gone missing|go (?:to|into) (?:spam|junk)|reach you|land|slip through|get buried)\b|\b(?:since|as|because|given) (?:i|we) (?:never|still haven''t|haven''t|didn''t|did not|have not) (?:heard|had (?:a |any )?(?:reply|response)|got(?:ten)? (?:a |any )?(?:reply|response))(?: back)?\b(?! from (?!you\b))', keywords: ['get lost', 'gone missing', 'spam', 'junk', 'reach you', 'land', 'slip through', 'get buried', 'never heard', 'haven''t heard', 'have not heard', 'didn''t hear', 'did not hear', 'haven''t had', 'have not had', 'didn''t get', 'did not get', 'haven''t got', 'haven''t gotten', 'never had', 'never got']}
      - {regex: '\b(?:quiet|silent|silence|radio silence|gone dark|ghosted)\b[^.!?\n]{0,30}?\b(?:despite|after|in spite of) (?:my|all my|all of my) (?:[\w-]+ )?(?:emails|messages|notes|follow[- ]?ups|attempts|calls)\b|\byou(?:''ve| have) (?:gone|been|fallen) (?:very |awfully |really |a bit |quite )?(?:quiet|silent|dark|mia|awol|off the radar)(?= on me\b| since\b| after\b| for (?:a while|weeks|days|a month)\b|\s*(?:[.!]|$)|,? (?:so|and) i\b| despite\b)', keywords: ['quiet', 'silent', 'silence', 'gone dark', 'ghosted', 'mia', 'awol', 'off the radar', 'been dark', 'fallen dark']}
      - {regex: '\b(?:two|three|four|five|six|several|\d+) (?:emails|messages|notes|follow[- ]?ups|voicemails|calls|attempts|tries)\b[^.!?\n]{0,10}?(?:and|,|but|with|yet) (?:still )?(?:no|zero|not a) (?:reply|response|answer|word|peep)\b|\b(?:appreciate|nice|great|ask for|settle for|deserve|hoping for|too much to ask)\b[^.!?\n]{0,15}?\bat (?:the very )?least (?:a |an )?(?:quick |short |simple |brief )?(?:reply|response|answer|acknowledg(?:e)?ment)\b(?! from (?!you\b))', keywords: ['no reply', 'no response', 'no answer', 'no word', 'no peep', 'zero reply', 'zero response', 'not a reply', 'not a response', 'not a word', 'not a peep', 'least a', 'least an']}
      - {regex: '\b(?:twice|(?:three|four|five|six|several|multiple|\d+) times) (?:now|already),? (?:i''ve|i have|i)\b|\b(?:follow[- ]?up|email|attempt|message|try|reminder|nudge|ping) (?:number |no\.? ?|#)(?:two|three|four|five|six|seven|\d+)\b|\b(?:a |any |some )?(?:reply|response|answer)\b[^.!?\n]{0,10}?\b(?:this time(?: around)?|at last|finally)\b', keywords: ['times now', 'times already', 'twice now', 'twice already', 'up number', 'email number', 'attempt number', 'message number', 'try number', 'reminder number', 'nudge number', 'ping number', 'up no', 'email no', 'up #', 'email #', 'attempt #', 'this time', 'at last', 'finally']}
      - {regex: '\bsurely (?:you(?:''ve| have)|you must have) (?:seen|read|received|gotten|got|noticed|opened)\b', keywords: ['surely']}
      - {regex: '\byou(?:''ve| have)? (?:opened|read|seen|clicked)(?: (?:on|through))? (?:my|all my|each of my|every one of my|(?:all|both) of my)\b[^.!?\n]{0,40}?\b(?:but|yet|and still|without|and not|and haven''t)\b[^.!?\n]{0,20}?\b(?:replied|responded|reply|response|answer|answered|a word|written back)\b', keywords: ['opened my', 'read my', 'seen my', 'clicked my', 'clicked on my', 'clicked through my', 'opened all', 'read all', 'seen all', 'opened both', 'read both', 'opened each', 'read each', 'opened every', 'read every']}
      - {regex: '\b(?:as|like) i(?:''ve| have)? (?:already )?(?:said|mentioned|explained|noted|pointed out|told you|asked)(?: you)? (?:twice|three times|several times|multiple times|repeatedly|more than once|a few times|in (?:each|every|all) (?:of )?my (?:emails|messages|notes)|in my last (?:two|three|few|several|\d) (?:emails|messages|notes))\b|\b(?:per|as per) my (?:last|previous) (?:two|three|four|few|several|couple of|\d) (?:emails|messages|notes)\b', keywords: ['twice', 'three times', 'several times', 'multiple times', 'repeatedly', 'more than once', 'a few times', 'each of my', 'every of my', 'all of my', 'all my', 'in my last', 'per my']}
    exceptions:
      # A last touch that lets the reader go: "As I haven't heard back since my last note, I'll assume … and I won't follow up further" (thirty-ninth session, BA).
      - '\b(?:i|we)(?:''ll| will)? (?:not|no longer|won''t) (?:follow up|chase|keep following up|write again|be in touch again|contact you again)(?: (?:further|again|any ?more))?\b'
      - '\bmy (?:second|third|fourth|fifth|last|final) (?:note|email|e-mail|message|follow-up)\b[^.!?\n]{0,30}\bso (?:i''ll|i will) (?:be brief|keep (?:it|this) (?:short|brief))\b'
      - '\b(?:i|we) (?:haven''t|have not) (?:received|had|got|gotten) a (?:reply|response|answer)\b(?! (?:yet|at all|from you yet))(?![^.!?\n]{0,60}\b(?:despite|after (?:my|all|several|multiple|three|four)|(?:to|on) (?:my|any of my|either of my|all(?: of)? my|those)|yet again|still)\b)'
      - '${GRACIOUS}'
      - '\b(?:our (?:[\w-]+ ){0,2}team|(?:the|our) (?:sequence|cadence|series|newsletter|workflow|campaign)|your (?:reps|sdrs|aes|team''s emails)|open rates?|reply rates?)\b'
      - '\b(?:thanks|thank you)(?: so much| again)? for (?:the |your )?courtesy\b'
${FOLLOWUP_RELEASE}
    message: 'guilt about unanswered follow-ups: "{match}"'
    examples:
      fire:
        - 'Have you forgotten about me already?'
        - 'Did you forget about us, Ms. Van Dijk?'
        - 'As mentioned twice already, the pricing holds only until Friday.'
        - 'Still waiting to hear back from you.'
        - 'This is the third time I''m asking.'
        - 'Would you at least extend me the courtesy of a response?'
        - 'This is my fourth follow-up on this.'
        - 'I keep following up and getting nothing back.'
        - 'Third email, still no reply.'
        - 'It''s been two weeks and I still haven''t heard back.'
        - 'I haven''t had a response to my last three emails.'
        - 'Even a no would be better than silence.'
        - 'Surely you''ve seen my emails by now.'
        - 'You''ve opened my last few emails but haven''t replied.'
        - 'Following up again, since my last two notes went unanswered.'
        - 'As I''ve said twice already, this is worth a look.'
        - 'I''ve emailed three times and still nothing; I''d have expected the courtesy of a reply.'
      pass:
        - 'Did you forget your umbrella at the booth? We have it safe.'
        - 'As mentioned on our call, pricing holds for the full three-year term.'
        - 'I have reached out a few times regarding Ourco Lease and understand this may not be the right time for your team.'
        - 'I have not received a response on the proposal, and I do not wish to keep following up if the evaluation is on hold.'
        - 'I''ve emailed a couple of times and not heard back, which is totally understandable.'
        - 'I''m still waiting to hear back from our legal team on the redlines.'
        - 'Following up on my note from Tuesday with the deck.'
        - 'This is the third time we''ve run the workshop, and it keeps getting better.'
        - 'I''m waiting to hear back from our product team and will update you.'
        - 'Just following up in case this got buried.'
        - 'No reply needed, I''m just sharing the recording.'
        - 'Reply rates improved three times over in the pilot.'
        - 'Our reps follow up several times before a reply comes in, and the tool tracks it.'
        - 'I''ve sent the deck twice because the first link expired.'
        - 'This is the third email in our onboarding series, covering SSO.'
        - 'I still haven''t heard back from our security team, so I''ll chase them today.'
        - 'Your support questions never go unanswered: we reply within an hour.'
        - 'As I mentioned on the call, the pilot is free for 30 days.'
        - 'I realise this is the third time I''ve written, so I''ll keep it short and won''t chase again after this.'
        - 'Since I haven''t heard back, I''ll assume the timing isn''t right and stop emailing.'
        - 'This is my second email on the topic, so I will keep it short.'
  - id: tone.follow-up-count
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'the rep counting their own unanswered emails (a count of follow-ups near a missing reply)'
    patterns:
      - {regex: '\b(?:i|we)(?:''ve| have)? (?:now |already |since |also )?(?:emailed|written|reached out|followed up|tried|called|pinged|contacted|messaged|sent|left|nudged|chased|rung|phoned|dropped)\b[^.!?\n]{0,30}?\b(?:(?:two|three|four|five|six|several|multiple|a few|a couple of|numerous|many|\d) (?:times|emails|e-mails|messages|notes|follow[- ]?ups|attempts|voicemails|reminders|pings|nudges|calls)|twice|(?:over and over|again and again|repeatedly))\b', keywords: ['times', 'emails', 'e-mails', 'messages', 'notes', 'follow-ups', 'followups', 'follow ups', 'attempts', 'voicemails', 'reminders', 'pings', 'nudges', 'calls', 'twice', 'over and over', 'again and again', 'repeatedly']}
      - {regex: '\b(?:(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|umpteenth|nth) (?:email|e-mail|message|note|follow[- ]?up|attempt|time|try|voicemail|reminder|ping)|(?:my|the) (?:last|previous|past) (?:two|three|four|five|few|couple of|several|\d) (?:emails|e-mails|messages|notes|follow[- ]?ups|attempts|voicemails|reminders))\b', keywords: ['second email', 'second e-mail', 'second message', 'second note', 'second follow-up', 'second followup', 'second follow up', 'second attempt', 'second try', 'second voicemail', 'second reminder', 'second ping', 'second time', 'second nudge', 'third email', 'third e-mail', 'third message', 'third note', 'third follow-up', 'third followup', 'third follow up', 'third attempt', 'third try', 'third voicemail', 'third reminder', 'third ping', 'third time', 'third nudge', 'fourth email', 'fourth e-mail', 'fourth message', 'fourth note', 'fourth follow-up', 'fourth followup', 'fourth follow up', 'fourth attempt', 'fourth try', 'fourth voicemail', 'fourth reminder', 'fourth ping', 'fourth time', 'fourth nudge', 'fifth email', 'fifth e-mail', 'fifth message', 'fifth note', 'fifth follow-up', 'fifth followup', 'fifth follow up', 'fifth attempt', 'fifth try', 'fifth voicemail', 'fifth reminder', 'fifth ping', 'fifth time', 'fifth nudge', 'sixth email', 'sixth e-mail', 'sixth message', 'sixth note', 'sixth follow-up', 'sixth followup', 'sixth follow up', 'sixth attempt', 'sixth try', 'sixth voicemail', 'sixth reminder', 'sixth ping', 'sixth time', 'sixth nudge', 'seventh email', 'seventh e-mail', 'seventh message', 'seventh note', 'seventh follow-up', 'seventh followup', 'seventh follow up', 'seventh attempt', 'seventh try', 'seventh voicemail', 'seventh reminder', 'seventh ping', 'seventh time', 'seventh nudge', '2nd email', '2nd e-mail', '2nd message', '2nd note', '2nd follow-up', '2nd followup', '2nd follow up', '2nd attempt', '2nd try', '2nd voicemail', '2nd reminder', '2nd ping', '2nd time', '2nd nudge', '3rd email', '3rd e-mail', '3rd message', '3rd note', '3rd follow-up', '3rd followup', '3rd follow up', '3rd attempt', '3rd try', '3rd voicemail', '3rd reminder', '3rd ping', '3rd time', '3rd nudge', '4th email', '4th e-mail', '4th message', '4th note', '4th follow-up', '4th followup', '4th follow up', '4th attempt', '4th try', '4th voicemail', '4th reminder', '4th ping', '4th time', '4th nudge', '5th email', '5th e-mail', '5th message', '5th note', '5th follow-up', '5th followup', '5th follow up', '5th attempt', '5th try', '5th voicemail', '5th reminder', '5th ping', '5th time', '5th nudge', '6th email', '6th e-mail', '6th message', '6th note', '6th follow-up', '6th followup', '6th follow up', '6th attempt', '6th try', '6th voicemail', '6th reminder', '6th ping', '6th time', '6th nudge', 'umpteenth email', 'umpteenth e-mail', 'umpteenth message', 'umpteenth note', 'umpteenth follow-up', 'umpteenth followup', 'umpteenth follow up', 'umpteenth attempt', 'umpteenth try', 'umpteenth voicemail', 'umpteenth reminder', 'umpteenth ping', 'umpteenth time', 'umpteenth nudge', 'nth email', 'nth e-mail', 'nth message', 'nth note', 'nth follow-up', 'nth followup', 'nth follow up', 'nth attempt', 'nth try', 'nth voicemail', 'nth reminder', 'nth ping', 'nth time', 'nth nudge', 'my last', 'the last', 'my previous', 'the previous', 'my past', 'the past']}
    context:
      near: ['no reply', 'no response', 'no answer', 'without a reply', 'without a response', 'without an answer', 'without any', 'without hearing', 'haven''t heard', 'have not heard', 'not heard', 'heard nothing', 'heard anything', 'hearing nothing', 'hear back', 'heard back', 'still waiting', 'unanswered', 'silence', 'nothing back', 'no word', 'not a word', 'ignored', 'ignoring', 'i''m asking', 'i am asking', 'haven''t replied', 'have not replied', 'haven''t responded', 'not responded', 'no luck', 'crickets', 'still nothing', 'nothing yet', 'gotten nothing', 'got nothing', 'a response yet', 'a reply yet', 'courtesy', 'haven''t had', 'not had']
      window: 60
      not_near:
${FOLLOWUP_RELEASE_LIST}      not_near_window: 300
    exceptions:
      - '\b(?:a couple of|two|a few|my last couple of|the last couple of) (?:notes|emails|messages|e-mails)\b[^.!?\n]{0,80}\b(?:that''s fine|no problem|no worries|make (?:this|it) easy|wrong person|totally understand|completely understand|understandable|easier)\b|\b(?:a couple of|two) (?:notes|emails|messages) (?:about|on|regarding)\b'
      - '${GRACIOUS}'
      - '\b(?:our (?:legal|product|support|security|it|finance) team|(?:the|our) (?:sequence|cadence|series|newsletter|workflow|campaign)|your (?:reps|sdrs|aes|buyers|prospects)|open rates?|reply rates?|ticket|support)\b'
    message: 'counting unanswered follow-ups: "{match}"'
    examples:
      fire:
        - 'I''ve written a few times about intake and haven''t heard back. I''d appreciate the courtesy of a reply.'
        - 'I''ve emailed you three times now with no response.'
        - 'I''ve reached out several times without a reply.'
        - 'I''ve written twice and still haven''t heard back.'
        - 'Third email, and I still haven''t heard anything.'
        - 'I haven''t had a reply to my last three emails.'
      pass:
        - 'I''ve not heard back since my last couple of notes about reporting at Acme, so I''ll assume the timing isn''t right and stop here.'
        - 'I''ve written a few times about intake for legal aid clinics and haven''t heard back. If you''ve moved to a different role, I''d be grateful for a name. Otherwise I''ll close my file and not write again.'
        - 'I''ve reached out a few times about route planning and haven''t heard back, which usually means the timing isn''t right. Totally understood.'
        - 'I reached out to our support team several times about your ticket; it''s fixed now.'
        - 'I''ve sent the deck twice because the first link expired.'
        - 'The third email in the sequence goes out only if there''s no reply.'
        - 'I called the office twice and reached your assistant, who suggested email.'
        - 'I''ve tried the integration a few times and it works well.'
  - id: tone.push-to-sign
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'bare imperatives to buy and no-reason-to-delay: just sign and we''ll start Monday, put pen to paper'
    patterns:
      - {regex: '(?:^|[.!?;:,—–-]\s*|\n|\band )(?:(?:so|now|ok|okay|honestly|look|come on|seriously|really|then|go on),? )?(?:just |simply |please just |go ahead and |let''s just |let''s |you just need to |all you need to do is |all you have to do is )?(?:counter)?sign(?! (?:in|up|into|out)\b)(?: (?:the |this |that |our |your )?(?:attached |enclosed |final |updated |revised |new |renewal )?(?:order form|contract|agreement|paperwork|deal|dotted line|docusign|proposal|quote|po|purchase order|order|msa|renewal|it|here|now|today|off on it|on the dotted line)\b)?[^.!?\n]{0,20}?(?:\band\b|\bthen\b|,|—|–| -)\s?(?:let''s|we(?:''ll| will| can|''re| are)|you(?:''ll| will| can|''re| are)|i(?:''ll| will)|it''s done|done|that''s it)\b', keywords: ['countersign', 'sign the', 'sign this', 'sign that', 'sign our', 'sign your', 'sign it', 'sign here', 'sign now', 'sign today', 'sign off', 'sign on', 'sign and', 'sign,', 'sign —', 'sign –', 'sign -', 'sign then', 'sign order', 'sign contract', 'sign agreement', 'sign paperwork', 'sign docusign', 'sign renewal', 'sign proposal', 'sign quote', 'sign po', 'sign msa', 'sign purchase', 'sign deal']}
      - {regex: '\b(?:just|simply) (?:counter)?sign(?: (?:it|here|this|now|today|already|the (?:order form|contract|agreement|paperwork|form|dotted line)|on the dotted line))?(?=\s*(?:[.!,;—–]|and\b|$)|\s-\s)', keywords: ['just sign', 'simply sign', 'just countersign', 'simply countersign']}
      - {regex: '\bput (?:pen to paper|(?:your|a) (?:pen|signature|john hancock|name) (?:to|on) (?:paper|it|this|the (?:contract|order form|agreement|dotted line)))\b', keywords: ['put pen', 'put your pen', 'put your signature', 'put your john', 'put your name', 'put a pen', 'put a signature', 'put a name']}
      - {regex: '\bgo ahead and (?:sign|buy|purchase|commit|order|lock (?:it|this) in|pull the trigger)\b(?! (?:in|up)\b)', keywords: ['go ahead and']}
      - {regex: '\blet''s (?:just |simply |stop [\w ]{1,25}? and |cut to the chase and )(?:get|have) (?:this|it|the (?:contract|order form|agreement|paperwork|deal|po))(?: \w+)? signed\b|\blet''s (?:get|have) (?:this|it|the (?:contract|order form|agreement|paperwork|deal|po))(?: \w+)? signed and (?:move on|be done|get (?:going|moving|started)|go)\b', keywords: ['let''s just', 'let''s simply', 'let''s stop', 'let''s cut', 'let''s get', 'let''s have']}
      - {regex: '\b(?:just|simply) (?:send|return|shoot|email|fire|drop) (?:me |us )?(?:back )?(?:the |a |your )?signed (?:order form|contract|agreement|copy|paperwork|po|quote|proposal)\b', keywords: ['signed order form', 'signed contract', 'signed agreement', 'signed copy', 'signed paperwork', 'signed po', 'signed quote', 'signed proposal']}
      - {regex: '\b(?:no need to|don''t|do not) (?:overthink|over-think|think too hard about|agonize over|agonise over|deliberate over|mull over|second-guess) (?:it|this|that)\b[^.!?\n]{0,30}?\b(?:sign|buy|decide|say yes|go for it|commit|pull the trigger|jump in|lock it in)\b', keywords: ['overthink', 'over-think', 'think too hard', 'agonize', 'agonise', 'deliberate', 'mull', 'second-guess']}
      - {regex: '\bthere(?:''s| is) (?:really |honestly |simply |just |absolutely |literally )?no (?:good |real |valid |sensible )?reason (?:to|for) (?:keep |keep on |continue |any more |further )?(?:delay|wait|hold off|holding off|put (?:it|this|that) off|stall|postpone|hesitate|drag (?:it|this|your feet))\w*(?: (?:any ?longer|anymore|further))?(?=\s*(?:[.!,;—–]|$|and\b|so\b|just\b|sign\b|let''s\b))|\bno (?:good |real |valid |sensible )?reason not to (?:move forward|sign|go ahead|commit|buy|proceed|pull the trigger|get (?:this|it) signed|lock (?:this|it) in)\b', keywords: ['no reason', 'no good reason', 'no real reason', 'no valid reason', 'no sensible reason']}
      - {regex: '\b(?:send|return|shoot|email|fire|get) (?:me |us )?(?:back |over )?(?:the |a |your )?signed (?:order form|contract|agreement|copy|paperwork|po|quote|proposal)(?: (?:over|back|across|through))? (?:today|tonight|now|asap|right away|this (?:afternoon|morning|week)|by (?:eod|cob|end of (?:the )?day|tonight|tomorrow))\b', keywords: ['signed order form', 'signed contract', 'signed agreement', 'signed copy', 'signed paperwork', 'signed po', 'signed quote', 'signed proposal']}
      - {regex: '\b(?:all (?:that''s|that is) (?:left|missing|remaining|needed|outstanding)|all (?:we need|i need|that remains)|the only thing (?:left|missing|we need|i need|remaining)(?: is)?|all that''s missing is|all we''re missing is) (?:is )?your (?:signature|sign-off|autograph|yes|go-ahead|john hancock)\b', keywords: ['signature', 'sign-off', 'autograph', 'your yes', 'go-ahead', 'john hancock']}
      - {regex: '\bthere(?:''s| is) (?:really |honestly |simply |just |absolutely |literally )?no (?:point|sense|use) (?:in )?(?:waiting|delaying|holding off|putting (?:it|this|that) off|dragging (?:it|this) out|sitting on (?:it|this))(?: (?:any ?longer|anymore|further))?(?=\s*(?:[.!,;—–]|$|and\b|so\b|just\b|sign\b|let''s\b))|\bwhy wait\?', keywords: ['no point', 'no sense', 'no use', 'why wait']}
      - {regex: '\bsign (?:it|this|here|now|today|already)!|\bgo on,? (?:sign|buy|commit|just sign)\b', keywords: ['sign it!', 'sign this!', 'sign here!', 'sign now!', 'sign today!', 'sign already!', 'go on']}
      - {regex: '\bany reason (?:at all |why )?(?:we|you) (?:can''t|couldn''t|cannot|shouldn''t|wouldn''t)\b[^.!?\n]{0,40}?\b(?:sign|signed|executed|execute|contract|paperwork|order|po|close|closed|over the line|commit|agreement)\b[^.!?\n]{0,20}?\b(?:today|this week|now|right now|tonight|tomorrow)\b', keywords: ['any reason']}
      - {regex: '\bwhat (?:would|will|does) it take (?:for you |for your team )?to (?:sign|commit|say yes)\b', keywords: ['what would it take', 'what will it take', 'what does it take']}
    exceptions:
      # The step after the reader's own approval: "Once it's approved on your side, just send the signed PO back" (thirty-ninth session, YA).
      - '\b(?:once|when|after) (?:it''s|it is|it has been|it''s been|they''re|you''ve|you have|your (?:team|finance|legal|procurement)[\w ]{0,20} (?:has|have)) (?:approved|signed|been approved|been signed)\b[^.!?\n]{0,40}\b(?:just|simply) (?:send|return|email)\b'
      - '\b(?:nda|dpa|baa|w-?9|waiver|release form|consent form|whenever|when you''re ready|when you are ready|no rush|if you''re happy|if you are happy|if everything looks good|once legal|if legal|when legal|sign-?in|sign-?up|single sign)\b'
    message: 'a bare push to sign or buy: "{match}"'
    examples:
      fire:
        - 'Is there any reason at all we can''t get the order form signed today?'
        - 'What would it take for you to sign before our next call?'
        - 'Sign the order form and let''s go.'
        - 'Just sign and we''ll start Monday.'
        - 'There''s no reason to delay.'
        - 'Just sign here and we''re done.'
        - 'There''s really no reason to hold off any longer.'
        - 'Put pen to paper and we''ll get started.'
        - 'Nothing left to discuss, just sign.'
        - 'Let''s stop talking and get it signed.'
        - 'I''ve attached the order form; sign it and let''s get moving.'
        - 'No need to overthink it, just sign.'
        - 'Go ahead and sign the contract today.'
      pass:
        - 'Is there any reason we can''t start the security review this week?'
        - 'What would it take for your team to feel confident in the data migration?'
        - 'Once you sign the order form, we''ll send the kickoff agenda.'
        - 'Sign in with your SSO credentials to see the dashboard.'
        - 'Just sign in and click Export.'
        - 'There''s no reason to migrate everything at once; start with one team.'
        - 'Please sign the DocuSign when legal is happy with it.'
        - 'If legal approves the redlines, you can sign the agreement and we''ll schedule kickoff.'
        - 'Just sign the NDA and we''ll send the roadmap.'
        - 'There''s no reason to wait for the full rollout to see value.'
        - 'If everything looks good, go ahead and sign the order form whenever you''re ready.'
        - 'Sign up for the webinar at the link below.'
        - 'Don''t overthink the first dashboard; start with two charts.'
  - id: tone.transfer-guarantee
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'results promised by transfer: every customer hit their number, you will too; you''ll see the same results'
    patterns:
      - {regex: '\b(?:hit|hits|beat|beats|crushed|crush|exceeded|exceed|doubled|double|tripled|triple|grew|grow|saw|see|got|get|increased|boosted|cut|saved|save|roi|results?|quota|numbers?|targets?|pipeline|revenue|\d+%|\d+x|lift|uplift|meetings)\b[^.!?\n]{0,60}?\b(?:(?:and|so|,|—|–|-) (?:you(?:''ll| will)(?: \w+)? too|so will you|so (?:will|can) (?:you|your (?:team|reps|company|org)))|(?:you|yours|your (?:team|reps|company|org|pipeline|numbers))(?:''ll| will| won''t| will not) be (?:no|any) (?:different|exception)|(?:and|so|,|—|–|-) (?:you(?:''ll| will) be next|you''re next|your team(?:''s| is| will be) next))\b', keywords: ['will too', '''ll too', 'it too', 'there too', 'them too', 'same too', 'so will', 'so can', 'no different', 'any different', 'no exception', 'an exception', 'be next', '''re next', 'is next']}
      - {regex: '(?:\b(?:so|and|you can|you should|you''ll|you will)|[,;—–]) (?:expect|count on|settle for) (?:nothing|no(?:thing)?) less\b', keywords: ['nothing less', 'no less']}
      - {regex: '\b(?:you|yours|your (?:team|reps|company|org|pipeline|numbers))(?:''ll| will| won''t| will not) be (?:no|any) (?:different|exception)\b', keywords: ['no different', 'no exception', 'any different', 'an exception']}
      - {regex: '\bguaranteed,? (?:just )?like (?:every|all|each|our other|the rest)\b|\bif it worked for (?:them|[\w-]+|our other [\w-]+|every [\w-]+),? it(?:''ll| will) work for you\b|\byou(?:''ll| will) (?:get|see|achieve) (?:exactly |precisely )?what (?:[\w-]+ ){1,3}(?:got|saw|achieved)\b[^.!?\n]{0,6}?[:—–,-]? ?(?:a |an )?(?:double|triple|\d+%|\d+x|twice|three times|more (?:pipeline|meetings|revenue|deals)|(?:\d+% )?(?:lift|uplift|increase|boost|jump))|\bsame (?:results|outcomes?|numbers|lift|uplift|roi|growth|gains) as\b[^.!?\n]{0,40}?\b(?:promise|guarantee|guaranteed|count on it)\b|\b(?:you''ll|you will|expect|you can expect)[^.!?\n]{0,30}?\bsame (?:results|outcomes?|numbers|lift|uplift|roi|growth|gains) as\b', keywords: ['guaranteed', 'worked for', 'exactly what', 'precisely what', 'get what', 'see what', 'achieve what', 'same results', 'same outcome', 'same numbers', 'same lift', 'same uplift', 'same roi', 'same growth', 'same gains']}
      - {regex: '\b(?:doubl|tripl|quadrupl|grew|grown|exceed|crush|smash|boost|increas|lift|jump|halv|hit (?:their|its|quota|target|plan|number)|beat (?:their|its|quota|target|plan))\w*\b[^\n]{0,80}?(?:[.!?]\s+|[,;—–] ?|\band )(?:and )?(?:(?:i''m|i am) (?:sure|certain|confident|positive) )?(?:so (?:will|can|could) (?:you|yours|your (?:team|reps|company))|(?:you|yours|your (?:team|reps|company|pipeline|numbers))(?:''ll| will| can| could)(?: \w+)? (?:too|as well|also))(?=\s*(?:[.!]|$))', keywords: ['too.', 'too!', 'as well.', 'as well!', 'also.', 'also!', 'so will', 'so can', 'so could']}
      - {regex: '\b(?:you(?:''ll| will| are going to|''re going to| can expect to| should expect to| can count on)|your (?:team|reps|company|org) (?:will|is going to)|expect|you can expect|you should expect) (?:(?:see|get|achieve|hit|enjoy|experience|expect|reach|have|deliver|post) )?(?:exactly |precisely |just |much |basically )?(?:the same|identical|similar|equal|comparable)(?:(?: \d+%| \d+x)?(?: [\w-]+){0,2}? (?:results?|outcomes?|numbers|lift|uplift|roi|returns?|gains?|growth|success|improvements?|increases?|boost|impact|jump|savings|wins)\b|(?=\s*(?:[.!;]|$)))', keywords: ['the same', 'identical', 'similar', 'equal', 'comparable']}
      - {regex: '\b(?:i know for (?:a fact|certain|sure)|i have no doubt|i''ve no doubt|there''s no doubt|there is no doubt|no doubt about it|i''m (?:certain|positive|100% sure|absolutely sure|convinced|100% confident|confident|sure)|i am (?:certain|positive|convinced|100% sure|confident|sure)|i know(?: that)?|without (?:a )?doubt|mark my words|trust me)(?: that)?,? (?:you|your (?:[\w-]+ ){0,2}?(?:team|reps|sdrs|aes|pipeline|numbers|revenue|win rate|company|org|bookings|meetings)|yours)(?:''ll| will| are going to|''re going to| is going to) (?:\w+ )?${OUTCOME}\b(?!-)', keywords: ['for a fact', 'for certain', 'for sure', 'no doubt', 'certain', 'positive', '100%', 'convinced', 'mark my words', 'trust me', 'absolutely sure', 'confident', 'i''m sure', 'i am sure', 'i know']}
      - {regex: '\blike (?:every|all|each|the rest of|most of|many of) (?:(?:our|the|my) )?(?:other )?(?:customers?|clients?|teams?|companies|accounts)(?: (?:before you|we work with|of ours|we''ve onboarded|on (?:our|the) platform))?,? (?:you(?:''ll| will| are going to|''re going to)|your (?:team|reps|company) will) (?:\w+ )?${OUTCOME}\b(?!-)', keywords: ['like every', 'like all', 'like each', 'like the rest', 'like most', 'like many']}
      - {regex: '\b(?:typically|usually|on average|the average|average|tend to|our typical|most (?:of our )?(?:customers|clients|teams|firms|practices|clinics)|similar (?:firms|teams|companies|clinics|practices|customers|businesses)|(?:customers|clients|teams|clinics|firms|companies|practices|businesses) like (?:you|yours)|every (?:customer|client|team) we(?:''ve| have) (?:onboarded|worked with))\b[^.!?\n]{0,80}?\b(?:i(?:''ve| have) no doubt|no doubt|i''m (?:certain|sure|confident|positive|convinced)|i am (?:certain|sure|confident|positive|convinced)|i have every confidence|every confidence|i fully expect|fully expect|there''s no reason|there is no reason|you can count on|count on|i(?:''d| would) bet|i guarantee|rest assured)\b[^.!?\n]{0,60}?\b(?:the same|even better|do better|better still|beat (?:that|it|those|this|them)|exceed (?:that|it|this|them)|match (?:that|it|this|them)|too|as well|at least (?:that|as much|the same)|similar (?:results|numbers|gains)|outperform\w*|same or better|save (?:even )?more|do more)\b', keywords: ['no doubt', 'certain', 'sure', 'confident', 'positive', 'convinced', 'every confidence', 'fully expect', 'no reason', 'count on', 'bet', 'guarantee', 'rest assured']}
    exceptions:
      - '\b(?:won''t|will not|can''t|cannot|don''t|do not|wouldn''t|would not|not going to) (?:tell|promise|guarantee|claim|say|pretend)(?: to)?(?: you)?(?: that)?[^.!?\n]{0,20}\byou(?:''ll| will)\b'
      - '\b(?:wouldn''t|would not|don''t|do not|can''t|cannot|won''t|will not|shouldn''t|should not|never|not) (?:\w+ )?(?:expect|promise|claim|assume)\b'
      - '\b(?:dashboard|interface|screen|ui|view|pricing|price|support|csm|account manager|sla|questions?|training|onboarding|workshop|agenda|docs|documentation|features?|access|login|experience (?:in|on) (?:the )?(?:app|mobile))\b'
      - '\b(?:results|mileage|outcomes) (?:may |will |can )?vary\b'
    message: 'results promised by comparison: "{match}"'
    examples:
      fire:
        - 'Every one of our customers hit their number, and you will too.'
        - 'You''ll see the same results.'
        - 'All our clients beat their quota last year, and so will you.'
        - 'Acme tripled meetings with us, and you''ll see exactly the same.'
        - 'I know for a fact your team will close more deals.'
        - 'You''re going to see identical results.'
        - 'Every team that''s adopted us doubled their pipeline, and yours will be no different.'
        - 'Our customers all see 40% more meetings; you can expect the same.'
        - 'I''m sure you''ll see the same 30% uplift Globex did.'
        - 'I have no doubt your reps will book twice as many meetings.'
        - 'Expect the same results our other customers got.'
        - 'Like every customer before you, you''ll hit quota within 90 days.'
        - 'Our clients typically double their throughput in the first month, and I''ve no doubt Acme will do even better.'
        - 'Customers like you see a 30% drop in churn on average; I''m certain you''ll see the same.'
        - 'On average our clients cut admin time by half, and I''m confident you''ll beat that.'
        - 'Most teams recover the cost in three months, and there''s no reason you won''t too.'
        - 'Our typical customer saves £40k a year, and I have every confidence you''ll save more.'
        - 'The average uplift across our base is 25%, so you can count on at least that.'
        - 'Every customer we''ve onboarded has doubled their pipeline, and you''ll be no different.'
        - 'Our clients typically halve their month-end close, and I''m sure Acme will too.'
        - 'Similar firms have seen a 3x return, and I fully expect you''ll do the same or better.'
        - 'Clinics like yours usually fill 20% more appointments, and I''m confident yours will do even better.'
      pass:
        - 'Those are Hartwell''s figures, and every shop is different, so I won''t tell you you''ll see the same.'
        - 'Every operation is different, so I wouldn''t expect identical numbers, but the write-up explains their setup.'
        - 'I''m certain you''ll enjoy the workshop.'
        - 'I''m sure you''ll have questions after the demo.'
        - 'You''ll see the same dashboard your admins see.'
        - 'Every one of our customers gets a dedicated CSM, and you will too.'
        - 'I''m sure you''ll double-check the numbers with finance.'
        - 'You''ll see the same pricing on the website.'
        - 'I have no doubt your team will have great questions.'
        - 'Globex saw a 30% lift in reply rates; results vary by team.'
        - 'Acme saw their pipeline grow; you''ll get the same onboarding playbook they had.'
        - 'You can expect similar timelines to the Globex rollout if IT is available.'
        - 'Results vary, but most teams see a lift within a quarter.'
        - 'Every customer of ours gets a free migration, and so will you.'
        - 'Like every team we work with, your reps will get a short training session.'
        - 'Our clients typically see a 10 to 20% reduction in admin time, though results vary.'
        - 'In one case study, a clinic similar to yours cut no-shows by 15%.'
        - 'On average, customers recover the cost within a year, but it depends on adoption.'
        - 'Our typical customer saves about £40k a year; a pilot would show what you''d see.'
        - 'Most teams see results within three months, though your mileage may vary with data quality.'
        - 'I''m certain you''ll find the onboarding straightforward.'
        - 'We can''t promise the same results, but the pilot will give you real numbers.'
        - 'Several customers have doubled their throughput; I can''t say whether you''d see the same until we look at your data.'
        - 'I''m sure you''ll have questions after the demo.'
        - 'Our clients typically double their throughput; whether Acme would depends on your volumes, so a pilot is the honest test.'
        - 'I''m confident your team will pick it up quickly, and we''ll be there to help.'
  - id: tone.manipulation
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'pressure disguised as friendship, favours, exclusivity or politeness; passive aggression'
    patterns:
      - {regex: '\bi(?:''ve| have)? (?:copied|cc''?d|cc''?ed|looped|added|included) (?:in )?your (?:[\w-]+ ){0,2}(?:director|manager|boss|ceo|cfo|coo|cto|head|vp|superior|principal|headteacher|head teacher|owner|managing partner|board|chair)\b(?![^.!?\n]{0,60}\b(?:as you (?:asked|requested|suggested)|at your request|per your (?:request|note)|as (?:requested|agreed|discussed))\b)(?=[^!?\n]{0,80}\b(?:as|since|because|in case)\b[^!?\n]{0,40}\b(?:not|hasn''t|haven''t|didn''t|wrong|right desk|right person|stuck|slipped|lost|busy)\b)', keywords: ['copied', 'cc', 'looped', 'added', 'included']}
      - {regex: '\b(?:one of )?(?:a handful of|a few|a select few|a small group of|a small number of) hand[- ]?picked\b[^.!?\n]{0,40}\b(?:partners|customers|companies|accounts|brands|teams)\b|\bwe (?:don''t|do not) (?:normally|usually|typically|ever) let (?:anyone|anybody|people|companies|customers) in (?:this|so) early\b|\b(?:i''m|i am|we''re|we are) only (?:telling|showing|letting in|mentioning this to) (?:a (?:select few|handful|few|small number|small group)|(?:\d+|two|three|four|five) (?:people|companies|customers|teams))\b|\bif (?:you|your team|[\w&.'' -]{1,40}?) (?:isn''t|aren''t|is not|are not) serious about (?:growth|growing|winning|scaling|success|results|the future)\b', keywords: ['handful', 'a few', 'select few', 'small group', 'small number', 'let anyone', 'let anybody', 'let people', 'let companies', 'let customers', 'only telling', 'only showing', 'only letting', 'only mentioning', 'serious about']}
      - {regex: '\bif (?:your team|you|[\w ]{1,30}) (?:can''t|cannot|won''t|don''t|doesn''t|isn''t able to) (?:commit|sign|renew|decide|confirm)\b[^.!?\n]{0,30},?\s*(?:we|i)(?:''ll| will) (?:have to |need to )?(?:reconsider|review|rethink|revisit|re-evaluate)\b[^.!?\n]{0,50}\b(?:support|tier|discount|pricing|terms|priority|status|access|allocation|account|engineer)\b|\bi (?:can''t|cannot) promise (?:you |that )?[\w ]{1,40}? (?:will|''ll) (?:keep|retain|still have|hold on to)\b[^.!?\n]{0,40}\b(?:support|engineer|discount|pricing|tier|slot|priority|price|rate|terms)\b', keywords: ['if your team', 'if you', 'promise']}
      - {regex: '\b(?:i''ve|i have|i) (?:cc''?d|cc''?ed|copied|looped in|added) your (?:vp|boss|manager|ceo|cfo|cro|coo|cto|director|head of [\w-]+|line manager|supervisor|md|managing director)\b(?: of [\w ]{1,25})?[^.!?\n]{0,60}\b(?:sitting on your desk|been (?:sitting|waiting|stuck|stalled)|stalled|no (?:response|reply|answer)|haven''t (?:heard|replied|responded)|not (?:replied|responded)|(?:is|are|be) aware)\b', keywords: ['cc', 'copied', 'looped in', 'added your']}
      - {regex: '\b(?:i''m going to have to|i am going to have to|i''ll be forced to|i will be forced to|i''d be forced to|we''ll have to|we will have to|i may need to|i''ll need to) (?:go|escalate (?:this )?|take this|reach out|speak|talk|write) (?:directly )?(?:to|with) your (?:ceo|boss|manager|vp|cfo|cro|coo|cto|head of [\w-]+|leadership|superior|board|line manager|director|md|managing director|owner)\b', keywords: ['your']}
      - {regex: '\b(?:stuck|put|sticking|putting) (?:my|our) necks? out\b|\b(?:went|gone|go|going|been) out on a limb\b|\bpulled (?:(?:a lot of|lots of|a few|some|many|several|so many|a couple of|all the|every) )?(?:serious |major |big |real )?strings\b|\bcalled in (?:a |some |a few |a lot of )?favou?rs?\b|\b(?:i''ve|i have|we''ve|we have|i|we) (?:done|did) you a (?:\w+ )?favou?r\b|\byou owe (?:me|us)\b', keywords: ['neck out', 'necks out', 'on a limb', 'strings', 'called in', 'you a favor', 'you a favour', 'you a big', 'you a huge', 'you a real', 'you a massive', 'you owe']}
      - {regex: '\bhelp me (?:hit|make|close|reach) my (?:quota|number|target|quarter|numbers)\b|\b(?:my|our) (?:quota|number|target|bonus|job) (?:depends|is riding|rides) on\b|\b(?:go|going|come|coming) back to my (?:boss|manager|vp|director|ceo|team|sales director) empty[- ]handed\b|\bdon''t make me (?:go back|look bad|chase|beg|ask again|come back)\b|\bi(?:''ll| will) (?:get|be) in trouble\b|\bmy job is on the line\b', keywords: ['help me hit', 'help me make', 'help me close', 'help me reach', 'quota depends', 'number depends', 'target depends', 'bonus depends', 'job depends', 'riding on', 'rides on', 'empty-handed', 'empty handed', 'don''t make me', 'in trouble', 'job is on the line']}
      - {regex: '\b(?:you(?:''ve| have)? been|your (?:team|company) (?:has|have) been|(?:i|we)(?:''ve| have)?) (?:personally |specially |specifically )?hand[- ]?picked\b', keywords: ['handpicked', 'hand-picked', 'hand picked']}
      - {regex: '\b(?:i''m|i am|we''re|we are) only (?:reaching out to|offering (?:this|it|these terms|this price) to|extending (?:this|it|the offer|this offer) to|sharing (?:this|it|these terms|this price) with) (?:a (?:handful|select few|few|small number|small group|select group)|(?:\d+|two|three|four|five|ten) (?:companies|teams|accounts|leaders|customers|prospects|people))\b', keywords: ['only reaching', 'only offering', 'only extending', 'only sharing']}
      - {regex: '\bselect (?:few|handful of|group of|number of) (?:accounts|companies|customers|prospects|teams|buyers|clients)\b[^.!?\n]{0,30}?(?:for now|at the moment|right now|this (?:quarter|month|week)|and (?:it|this) (?:won''t|will not))', keywords: ['select']}
      - {regex: '\b(?:keep|kept) (?:this|the|these|that|our) (?:[\w-]+ )?(?:pricing|price|discount|offer|rate|deal|terms|quote) (?:between us|between you and me|to yourself|quiet|under wraps|off the record)\b|\b(?:don''t|do not|please don''t|please do not) (?:share|mention|forward|tell anyone about) (?:this|the|these|that|our) (?:[\w-]+ )?(?:pricing|price|discount|offer|rate|deal|terms|quote)(?: with (?:anyone|procurement|other (?:vendors|teams)|your (?:procurement|finance) team))?\b', keywords: ['between us', 'between you', 'to yourself', 'quiet', 'under wraps', 'off the record', 'don''t share', 'do not share', 'don''t mention', 'do not mention', 'don''t forward', 'do not forward', 'tell anyone']}
      - {regex: '\b(?:while|as) you(?:''re| are)? (?:read(?:ing)? this|think(?:ing)? (?:about )?it(?: over)?|deliberat\w+|wait(?:ing)?|sit(?:ting)? on (?:it|this)|decid\w+|mull(?:ing)? (?:it|this) over|dither\w*)\b[^.!?\n]{0,10}?,? ?(?:you(?:''re| are)|your (?:team|reps|company) (?:is|are)) (?:losing|leaving|burning|wasting|missing|bleeding)\b|\b(?:you(?:''re| are)|your (?:team|reps|company) (?:is|are)) (?:losing|leaving|burning|wasting|missing out on|bleeding) [^.!?\n]{0,30}? (?:while|as) you (?:read|think|wait|deliberate|decide|sit|mull|dither)', keywords: ['losing', 'leaving', 'burning', 'wasting', 'missing', 'bleeding']}
      - {regex: '\b(?:i(?:''m| am) sure|i trust|i know|i''m confident|i''m certain|i am confident|i hope|i(?:''m| am) trusting) (?:that )?you(?:''ll| will) (?:make|do) the (?:right|smart|sensible|correct|responsible) (?:decision|call|choice|thing|move)\b(?! by\b)', keywords: ['right decision', 'right call', 'right choice', 'right thing', 'right move', 'smart decision', 'smart call', 'smart choice', 'smart thing', 'smart move', 'sensible decision', 'sensible call', 'sensible choice', 'sensible thing', 'sensible move', 'correct decision', 'correct call', 'correct choice', 'correct thing', 'correct move', 'responsible decision', 'responsible call', 'responsible choice', 'responsible thing', 'responsible move']}
      - {regex: '\b(?:no worries|no problem|that''s fine|totally fine|fair enough|that''s ok(?:ay)?|all good),? if you(?:''d| would)? (?:rather|prefer to|want to|''re happy to|are happy to|don''t mind|''re ok(?:ay)? with|are ok(?:ay)? with) (?:keep |keeping |continue |continuing |stay |staying )?(?:losing|wasting|leaving|missing|falling|bleeding|burning|overpaying|paying too much|doing (?:it|this|things) the hard way|behind)\b', keywords: ['no worries', 'no problem', 'that''s fine', 'totally fine', 'fair enough', 'that''s ok', 'all good']}
      - {regex: '\bif you (?:don''t|do not) (?:care|mind) (?:about )?(?:hitting|making|growing|losing|wasting|your (?:number|quota|pipeline|revenue|team|reps)|missing|falling behind)\b', keywords: ['don''t care', 'do not care', 'don''t mind', 'do not mind']}
      - {regex: '\b(?:do|would|are) you (?:really |honestly |seriously )?(?:want|like|prepared|ready|willing) to (?:explain|tell|justify|answer for|report)\b[^.!?\n]{0,40}?\b(?:to )?your (?:board|ceo|cfo|boss|leadership|investors|manager|vp|cro)\b', keywords: ['your board', 'your ceo', 'your cfo', 'your boss', 'your leadership', 'your investors', 'your manager', 'your vp', 'your cro']}
      - {regex: '\bas a friend\b[^.!?\n]{0,30}?\b(?:grab|sign|buy|jump|don''t (?:miss|wait|pass)|lock|take (?:this|it)|move (?:fast|now|quickly)|act)\b', keywords: ['as a friend']}
      - {regex: '\b(?:went|gone|go|going) to bat for you\b|\bfought (?:hard |tooth and nail )?(?:for (?:this|you|your \w+)|to get you)\b|\b(?:begged|twisted (?:my \w+''s |some )?arms?|leaned on) my (?:vp|boss|manager|director|cfo|ceo|finance team)\b|\b(?:i''m|i am|we''re|we are) (?:doing|giving) you a (?:\w+ )?(?:favou?r|solid)\b|\bdon''t let me down\b', keywords: ['to bat', 'fought', 'begged', 'twisted', 'leaned on', 'favor', 'favour', 'solid', 'let me down']}
      - {regex: '\b(?:offer|price|pricing|discount|rate|deal|terms|quote|number)\b[^.!?\n]{0,30}?\b(?:just |strictly |only )?between (?:you and me|you and i|the two of us|ourselves)\b', keywords: ['between you', 'between the two', 'between ourselves']}
      - {regex: '\b(?:i(?:''m| am) trusting|i(?:''m| am) counting on you to|counting on you to)(?: that)? (?:you(?:''ll| will)? )?(?:make|do) the (?:right|smart|sensible|correct|responsible) (?:decision|call|choice|thing|move)\b', keywords: ['trusting', 'counting on']}
      - {regex: '\b(?:one of (?:only|just) (?:a (?:few|handful)|\d+|two|three|four|five|six|seven|eight|ten)|among (?:only|just) (?:a (?:few|handful)|\d+|two|three|four|five|six|ten)) (?:companies|teams|accounts|people|customers|prospects|leaders|organi[sz]ations|businesses)\b[^.!?\n]{0,30}?\b(?:extending|offering|getting|receiving|invited|sharing|reaching out|giving)\b', keywords: ['one of only', 'one of just', 'among only', 'among just']}
      - {regex: '\bif (?:growing|hitting|fixing|saving|improving|increasing|closing|winning|making)\b[\w ]{1,25}? (?:isn''t|is not|aren''t|are not) (?:important|a priority|something you care about|on your radar)\b', keywords: ['if growing', 'if hitting', 'if fixing', 'if saving', 'if improving', 'if increasing', 'if closing', 'if winning', 'if making']}
      - {regex: '\b(?:i''ll|i will|i''m going to|i am going to|i may have to|i might have to|i''ll have to|i will have to|i''ll need to|i''d have to) (?:reach out to|contact|email|call|go to|escalate (?:this )?to|loop in|take this to|raise this with) your (?:ceo|boss|manager|vp|cfo|cro|coo|head of [\w-]+|leadership|superior|board|line manager|director)\b(?: directly| instead)?|\bgo over your head\b', keywords: ['your ceo', 'your boss', 'your manager', 'your vp', 'your cfo', 'your cro', 'your coo', 'your head of', 'your leadership', 'your superior', 'your board', 'your line manager', 'your director', 'over your head']}
      - {regex: '\bmust be nice to (?:have|be able to|not (?:have|need))\b[^.!?\n]{0,40}?\b(?:waste|wasting|burn|burning|lose|losing|throw away|spare|afford|ignore)', keywords: ['must be nice']}
      - {regex: '\b(?:put|putting|stuck|sticking|laid|laying) my (?:reputation|neck|name|job|credibility|head) (?:on the line|on the block|out)\b', keywords: ['my reputation', 'my neck', 'my name', 'my job', 'my credibility', 'my head']}
      - {regex: '\b(?:pricing|price|discount|offer|rate|deal|terms|quote|number)\b[^.!?\n]{0,20}?\bfor your eyes only\b', keywords: ['your eyes only']}
      - {regex: '\b(?:not supposed to|shouldn''t (?:really )?be|technically (?:can''t|shouldn''t|not allowed to)|not allowed to|not meant to|shouldn''t really) (?:offer(?:ing)?|giv(?:e|ing)|shar(?:e|ing)|tell(?:ing)? you|extend(?:ing)?|do(?:ing)?) (?:you )?(?:this|that|the|such a)? ?(?:[\w-]+ )?(?:discount|price|pricing|rate|deal|offer|terms)\b', keywords: ['supposed to', 'shouldn''t', 'technically', 'not allowed to', 'not meant to']}
      - {regex: '\b(?:had to |have to )?(?:fight|fought|battle|battled|argue|argued|wrestle|wrestled|push|pushed|beg|begged|twist|twisted) (?:with )?my (?:vp|boss|manager|director|cfo|ceo|finance team|leadership|deal desk)(?:''s arm)?\b[^.!?\n]{0,30}?\b(?:to get you|for you|for this|to approve|to sign off|to get this)\b|\b(?:bent|bending|bend) over backwards\b|\bmoved (?:heaven and earth|mountains) (?:for you|to get you)\b', keywords: ['my vp', 'my boss', 'my manager', 'my director', 'my cfo', 'my ceo', 'my finance', 'my leadership', 'my deal desk', 'over backwards', 'heaven and earth', 'mountains']}
      - {regex: '\b(?:insider|secret|off-menu|off menu|unofficial|under-the-table|backdoor|back-door|friends and family|friends-and-family) (?:rate|price|pricing|discount|deal)\b|\b(?:pricing|price|rate|discount|deal|offer|terms)\b[^.!?\n]{0,40}?\bkeep (?:it|this|that) (?:to yourself|between us|quiet|under wraps|off the record)\b', keywords: ['insider', 'secret', 'off-menu', 'off menu', 'unofficial', 'under-the-table', 'backdoor', 'back-door', 'friends and family', 'friends-and-family', 'to yourself', 'between us', 'quiet', 'under wraps', 'off the record']}
      - {regex: '\b(?:only|just) (?:a (?:handful|few|small number|select few|select group)|\d+|two|three|four|five|ten) (?:of )?(?:companies|teams|accounts|customers|prospects|people|leaders|organi[sz]ations)\b[^.!?\n]{0,20}?\b(?:are being|are|were|have been|will be) (?:offered|getting|receiving|invited|given)\b', keywords: ['only a handful', 'only a few', 'only a small', 'only a select', 'just a handful', 'just a few', 'just a small', 'just a select', 'only two', 'only three', 'only four', 'only five', 'only ten', 'just two', 'just three', 'just four', 'just five', 'just ten']}
      - {regex: '\b(?:wouldn''t|would not|don''t|do not) want (?:your|the) (?:ceo|cfo|boss|board|manager|vp|leadership|investors|cro) to (?:hear|find out|know|learn|see|think|ask)\b', keywords: ['your ceo', 'your cfo', 'your boss', 'your board', 'your manager', 'your vp', 'your leadership', 'your investors', 'your cro', 'the ceo', 'the cfo', 'the board', 'the boss']}
      - {regex: '\b(?:don''t|do not|please don''t) (?:tell|let) (?:anyone|anybody|a soul|procurement|your procurement team)(?: know)? (?:i|we) (?:offered|gave|quoted|showed|shared)\b|\b(?:approved|authori[sz]ed|signed off on|created|made|carved out|unlocked) (?:this|it|the (?:[\w-]+ )?(?:price|pricing|discount|rate|deal|offer)) (?:just|only|specially|specifically|exclusively) for you\b|\b(?:hate|don''t want|do not want) to (?:disappoint|let down|upset) my (?:boss|vp|manager|director|team|ceo)\b', keywords: ['tell anyone', 'tell anybody', 'tell a soul', 'tell procurement', 'let anyone', 'let anybody', 'just for you', 'only for you', 'specially for you', 'specifically for you', 'exclusively for you', 'disappoint my', 'let down my', 'upset my']}
    exceptions:
      - '${DEBT_DISOWNED}'
      - '\byou(?:''ll| will)? owe (?:us|me) nothing\b|\byou (?:don''t|do not|won''t|will not) owe (?:us|me) (?:anything|a thing|a penny|a cent|a dime)\b'
      - '\b(?:either way|whatever you decide|whichever|no matter what|under nda|as you suggested|as you asked|as requested|you suggested|assistant|confidential roadmap|roadmap slides|share this with your team|feel free to share|happy to share)\b'
    message: 'manipulation disguised as friendship, favour, exclusivity or politeness: "{match}"'
    examples:
      fire:
        - 'We only partner with ambitious brands, so if Acme Analytics isn''t serious about growth, no hard feelings.'
        - 'I''m only telling a select few about the new module before launch, so please keep this between us and decide fast.'
        - 'Sign this week and you''ll be one of a handful of hand-picked ''founding partners'' — we don''t normally let anyone in this early.'
        - 'If the QBR doesn''t happen this month, I can''t promise Helix Media will keep its dedicated support engineer.'
        - 'If your team can''t commit, we''ll have to reconsider whether Kestrel Robotics stays on our priority support tier.'
        - 'I''ve cc''d your VP of Operations so he''s aware the decision has been sitting on your desk for three weeks.'
        - 'If I don''t have a signed copy back by Thursday I''m going to have to go to your CFO directly to get this over the line.'
        - 'I stuck my neck out with my VP to get you this price.'
        - 'I went out on a limb to get this approved for you.'
        - 'Don''t make me go back to my boss empty-handed.'
        - 'You''ve been hand-picked for this program.'
        - 'Please keep this pricing between us.'
        - 'You''re losing deals while you read this.'
        - 'I''m sure you''ll make the right decision.'
        - 'No worries if you''d rather keep losing deals.'
        - 'If you don''t care about hitting your number, feel free to ignore this.'
        - 'Do you really want to explain another missed quarter to your board?'
        - 'I''ve done you a big favor here, so I hope you''ll return it.'
        - 'I''m only reaching out to a handful of companies with this.'
        - 'As a friend, I''m telling you to grab this now.'
        - 'I''ll reach out to your CEO directly if I don''t hear back.'
        - 'Between us, I''m not supposed to offer this discount.'
      pass:
        - 'A handful of selected customers will test the module in March; you''re welcome to apply.'
        - 'If you can''t commit to a date yet, we''ll review the plan together in January.'
        - 'I''ve copied your manager, as you asked, so she has the renewal quote too.'
        - 'If the invoice needs a PO, we''ll have to talk to your finance team about the number.'
        - 'I know theatre seasons leave very little room for vendor calls, so please don''t feel you owe me a reply.'
        - 'I''m sure you''ll make the right decision for your team, and we''re here either way.'
        - 'Please keep the roadmap slides confidential, as they''re under NDA.'
        - 'You owe nothing for the pilot.'
        - 'I went out to the Boston office last week and thought of you.'
        - 'I''m reaching out to a handful of revenue leaders for feedback on our roadmap.'
        - 'Feel free to share this pricing with your finance team.'
        - 'Can you help me understand your current process?'
        - 'No worries if you''d rather keep the current setup for now; we can revisit in Q3.'
        - 'Would you like to explain the workflow to our solutions engineer on Thursday?'
        - 'We work with a select few partners in APAC for implementation.'
        - 'As a friend of Dana''s, I was glad to get the intro.'
        - 'I''ll reach out to your CEO''s assistant to find time, as you suggested.'
        - 'Must be nice to have the conference in your home city!'
        - 'The roadmap slides are for your eyes only, as they''re under NDA.'
        - 'I put my name down for your webinar next week.'
  - id: tone.pressure-shapes
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'pressure split over two sentences, "hear it from me" competitor news, condescending idioms, secrecy, assumptive closes, turning customers away'
    patterns:
      - {regex: '\b(?:(?:decid\w*|decision|sign\w*|confirm|commit\w*|answer|thoughts|official|approv\w*|go-ahead|green light|let me know|get back(?: to me)?|paperwork|contract|order form|a yes|verdict|call on this|move forward|greenlight)\b[^.!?\n]{0,40}?\b(?:by|before|today|tonight|tomorrow|eod|cob|close of business|end of (?:the )?(?:day|week)|this (?:week|afternoon|morning)|(?:mon|tues|wednes|thurs|fri)day|asap|now)|(?:by|before|today|tonight|tomorrow|eod|cob|close of business|end of (?:the )?(?:day|week)|this (?:week|afternoon|morning)|(?:mon|tues|wednes|thurs|fri)day|asap|now)\b[^.!?\n]{0,40}?\b(?:decid\w*|decision|sign\w*|confirm|commit\w*|answer|thoughts|official|approv\w*|go-ahead|green light|let me know|get back(?: to me)?|paperwork|contract|order form|a yes|verdict|call on this|move forward|greenlight))\b[^.!?\n]{0,30}\?\s{1,3}(?:(?:honestly|really|seriously|frankly),? )?(?:(?:i|we) )?(?:really |really do |do |honestly |absolutely |truly |badly |urgently |kind of )?(?:need|have to have) (?:it|this|that|an answer|a decision|your (?:answer|decision|signature|sign-off)|an? (?:yes|reply|response|firm answer|final answer)|to know|this one)(?=\s*(?:[.!]|$|,? (?:asap|today|please|urgently|now|by\b|before\b|so\b|because\b|or\b)))', keywords: ['need it', 'need this', 'need that', 'need an answer', 'need a decision', 'need your', 'need a yes', 'need a reply', 'need a response', 'need a firm', 'need a final', 'need to know', 'have to have', 'need this one']}
      - {regex: '\b(?:today|tonight|tomorrow|eod|end of (?:the )?(?:day|week)|this week|asap|now)\b[^.!?\n]{0,40}\?\s{1,3}(?:my|our) (?:director|manager|boss|vp|cfo|ceo|cro|finance team|leadership|deal desk|sales director|team lead) (?:is|are|keeps|has been|''s) (?:asking|pushing|chasing|waiting|on me|breathing|on my back|all over me)\b', keywords: ['asking', 'pushing', 'chasing', 'waiting', 'on me', 'breathing', 'on my back', 'all over me']}
      - {regex: '\b(?:i''d|i would|i''d much|i''d rather|better) (?:rather |much rather )?you (?:hear|heard|learn|learned|find out|found out) (?:it|this|that|about it) from me\b', keywords: ['from me']}
      # Fresh writers (thirty-second session): a question whose "before" waits on the reader taking it seriously; blame laid on whoever waits.
      - {regex: '\b(?:price|pricing|rate|discount|offer|quote|deal|terms)\b[^.!?\n]{0,20}?\bonly (?:holds|stands|lasts|runs|applies|is good|is valid)\b[^.!?\n]{0,10}?\b(?:until|till|through)\b|\bafter which (?:it|the price|pricing|the rate) (?:goes|will go|is going) up\b', keywords: ['only holds', 'only stands', 'only lasts', 'only runs', 'only applies', 'only is', 'after which']}
      - {regex: '\bknows? a good (?:deal|thing|opportunity) when (?:they|he|she|you|they''re|they are) (?:sees?|see it|seeing)\b|\b(?:i''m|i am) (?:confident|sure|certain) you(?:''ll| will) (?:sign|approve|sign off|commit|go ahead|say yes|move forward)\b[^.!?\n]{0,40}\b(?:before|by|this|within|today|tomorrow)\b', keywords: ['good deal', 'good thing', 'good opportunity', 'confident you', 'sure you', 'certain you']}
      - {regex: '\b(?:just|only) one more (?:client|customer|slot|spot|onboarding|implementation|project|company|operator|team)\b|\bthe other (?:\w+ )?(?:operators|companies|clients|firms|teams|prospects|buyers|brands|customers) (?:who are|that are|who''re) (?:asking|interested|waiting|lined up|circling)\b', keywords: ['one more', 'the other']}
      - {regex: '(?:^|[.!?\n]\s*)with (?:all )?(?:due )?respect,\s+[^.!?\n]{0,120}\b(?:isn''t|is not|aren''t|are not|wasn''t|was never|never|outdated|legacy|won''t|doesn''t|can''t|cannot)\b', keywords: ['with respect', 'with all due respect']}
      - {regex: '\b(?:never|not|wasn''t|isn''t|aren''t|hardly)\b[^.!?\n]{0,60}(?:\band|,) it shows\b|\b(?:would|will|''ll|is going to) (?:fall|land|rest) (?:entirely |squarely |solely |completely |all )?on (?:you|your team|your shoulders|your side)\b', keywords: ['it shows', 'fall', 'land', 'rest']}
      - {regex: '\bthere(?:''s| is) no (?:scenario|way|world|universe|version of this) (?:where|in which) [^.!?\n]{2,60}?\b(?:doesn''t|does not|don''t|do not|won''t|will not|wouldn''t|fails? to) (?:see|get|make|earn|recoup|pay (?:it )?back|save|win)\b', keywords: ['no scenario', 'no way', 'no world', 'no universe', 'no version']}
      - {regex: '\byou(?:''ll| will) (?:see|get|achieve|hit|have) (?:at least|a minimum of|no less than|no fewer than) (?:a |an )?(?:\d[\d,.]*\s?(?:%|x|percent|times)|double|twice)', keywords: ['at least', 'a minimum of', 'no less than', 'no fewer than']}
      - {regex: '\bif (?:[\w''’ -]{1,40} )?(?:just |simply )?(?:isn''t|is not|aren''t|are not) something (?:that )?(?:you|your team|[\w&.''’ -]{2,40}) (?:really |actually )?cares? about\b|\bi know some (?:teams|companies|people|firms|brands|organi[sz]ations|businesses) (?:prefer|like|would rather|choose) to (?:stay|stick|remain) (?:where they are|with what they know|as they are|in the past|behind)\b', keywords: ['cares about', 'care about', 'i know some']}
      - {regex: '\bi(?:''ll| will| may| might| plan to| am going to|''m going to) (?:reach out|go|speak|talk|write|escalate|take this|bring this) (?:directly )?to (?:\w+ (?:in|from|at) )?your (?:ceo|coo|cfo|cto|cro|boss|manager|director|vp|head of [\w ]{2,20}|board|leadership|superior|owner|founder|md|managing director|gm|general manager)(?!(?:''s|’s) (?:assistant|ea|pa|calendar|diary|scheduler|chief of staff))(?:''s|’s)? ?(?:office|team)?\b(?![^.!?\n]*\bas you (?:suggested|asked|recommended|proposed|offered))', keywords: ['reach out', 'go to', 'speak to', 'talk to', 'write to', 'escalate', 'take this', 'bring this']}
      - {regex: '\b(?:and |but )?(?:frankly|honestly|to be honest|candidly|to be frank),? it shows\b|\bi''m sure [^.!?\n]{5,80}? is (?:everyone''s|everybody''s|your team''s|your|the team''s) favou?rite (?:part|thing|task|job|activity|chore)\b|\b(?:is|are) (?:a tool|tools|software|an app|apps|fine|great|built|made|designed) for (?:[\w-]+ ){0,3}(?:bakeries|hobbyists|hobby projects|small shops|corner shops|beginners|amateurs|side projects|mom-and-pop shops|freelancers|solopreneurs),? not (?:for )?(?:a |an )?(?:brand|company|business|team|firm|operation|retailer)s? (?:at|of|like) your\b', keywords: ['it shows', 'favourite', 'favorite', 'not for a', 'not a', 'not for an']}
      - {regex: '\b(?:how many more|how much longer|how much more|how many other)\b[^.?\n]{0,80}\bbefore\b[^.?\n]{0,60}\b(?:takes?|taking) (?:this|it|the (?:problem|issue|risk|matter)) seriously\b', keywords: ['seriously']}
      - {regex: '\b(?:land|lands|fall|falls|rest|rests|come back|comes back) (?:squarely |right )?on (?:whoever|whomever|the person who|the one who|the people who|the team that) (?:decided|chose|signed off|decides|chooses|pushed|voted|wanted) to (?:wait|delay|hold off|pass|stay put|keep (?:things|it) as (?:is|they are))\b', keywords: ['whoever', 'whomever', 'the person who', 'the one who', 'the people who', 'the team that']}
      - {regex: '\b(?:it''s|it is|this is|this isn''t|this is not|it isn''t|it ain''t|it''s really|honestly,? it''s) (?:not|hardly) (?:exactly )?(?:rocket science|brain surgery|complicated stuff)\b', keywords: ['rocket science', 'brain surgery', 'complicated stuff']}
      - {regex: '\b(?:most|many|other|the smart|smart|every other|all the other) (?:[\w-]+ )?(?:teams|companies|leaders|firms|orgs|people|vps|businesses)\b[^.!?\n]{0,20}?\b(?:figured (?:this|it) out|solved (?:this|it)|sorted (?:this|it) out|moved on from (?:this|that)|stopped doing (?:this|that)|got (?:this|it) right) (?:years|ages|long|months|a decade) ago\b', keywords: ['years ago', 'ages ago', 'long ago', 'months ago', 'decade ago']}
      - {regex: '\b(?:nobody|no one|no other (?:customer|company|team|prospect|account)s?)(?: else)? (?:is getting|gets|will get|has gotten|has been offered|is being offered|is seeing|has seen)\b[^.!?\n]{0,20}?\b(?:this|these|that|the same) (?:[\w-]+ )?(?:offer|price|pricing|rate|deal|discount|terms|quote)\b', keywords: ['nobody', 'no one', 'no other']}
      - {regex: '\blet''s not overthink (?:this|it)\b|\b(?:just|simply) say (?:yes|the word)\b[^.!?\n]{0,20}?\b(?:and (?:we''ll|we will|i''ll|i will) (?:handle|take care of|do) (?:the rest|everything|it all))\b', keywords: ['overthink', 'say yes', 'say the word']}
      - {regex: '\b(?:you''re|you are|you''re really|you may be|you might be|i think you''re|you''re just) (?:over[- ]?complicating|over[- ]?thinking|making (?:this|it) (?:harder|more complicated|more difficult) than it (?:is|needs to be))\b', keywords: ['overcomplicat', 'over-complicat', 'overthink', 'over-think', 'harder than', 'more complicated than', 'more difficult than']}
      - {regex: '\b(?:we''re|we are|we''ve been|we have been|we''re already) (?:turning|having to turn) (?:away|down) (?:new )?(?:customers|clients|business|teams|companies|deals|prospects)\b|\bif you want in\b[^.!?\n]{0,30}?\b(?:now is|now''s|today|move fast|act fast|hurry|don''t wait|before (?:it|they|we))\b', keywords: ['turning away', 'turning down', 'turn away', 'turn down', 'want in']}
      - {regex: '\b(?:per|as per) my (?:last|previous|earlier) (?:email|e-mail|message|note)s?\b[^.!?\n]{0,30}?\bi (?:still |really )?need (?:an answer|a decision|your (?:answer|decision)|a (?:reply|response))\b', keywords: ['per my']}
      - {regex: '\b(?:exactly|only|just|a mere|down to|we''re down to|no more than) (?:\d+|one|two|three|four|five|a (?:couple|few|handful)(?: of)?) (?:[\w-]+ ){0,2}(?:slots?|spots?|seats?|places?|openings?|licen[cs]es?)\b[^.!?\n]{0,30}?\b(?:left|remaining|remain|open|available)\b[^.!?\n]{0,40}?\b(?:already (?:spoken for|taken|claimed|gone|booked|reserved|on hold)|going fast|won''t last|first come|before (?:they''re|they are) gone)\b', keywords: ['spoken for', 'taken', 'claimed', 'gone', 'booked', 'reserved', 'on hold', 'going fast', 'won''t last', 'first come']}
      - {regex: '\bas (?:i''m|i am) sure you(?:''ve| have)? (?:already )?(?:know|realized|realised|heard|noticed)\b[^.!?\n]{0,60}?\b(?:years ago|long ago|ages ago|already (?:moved|switched|signed|figured)|behind|everyone else|left behind)\b', keywords: ['as i''m sure', 'as i am sure']}
    exceptions:
      - '\brather you hear it from me (?:now )?than (?:from )?(?:an?|the|your) (?:invoice|bill|renewal|surprise|statement|auditor|overage|true-?up)\b'
      - '\bhear (?:it|this|that|the news) from me\b[^.!?\n]{0,20}\b(?:before (?:the|our|a|any) (?:formal |official |written |public |general )?(?:notice|announcement|letter|email|invoice|release|press release|post|update|change)|rather than (?:find|read|see|spot|discover)|than (?:find|read|see|spot|discover) it)'
      - '\bheard it from me (?:with|than|first|directly|in advance)\b'
      - '\bno (?:rush|pressure|deadline)\b'
    message: 'pressure or condescension: "{match}"'
    examples:
      fire:
        - 'Could you make a decision by tomorrow? I really need it.'
        - 'Can we get the paperwork done today? My director is asking.'
        - 'I''d rather you hear it from me: Globex switched to us last month.'
        - 'Honestly, it''s not rocket science.'
        - 'Most teams figured this out years ago.'
        - 'Nobody else is getting this offer, so please don''t forward it.'
        - 'Let''s not overthink this — just say yes and we''ll handle the rest.'
        - 'With respect, I think you''re overcomplicating a very simple decision.'
        - 'We''re turning away customers this month, so if you want in, now is the moment.'
        - 'Per my last email, I still need an answer.'
        - 'Are we signing this week? Need to know ASAP.'
        - 'Thoughts by EOD? Need this one.'
        - 'We have exactly two implementation slots left before the holidays and one is already spoken for.'
      pass:
        - 'I wanted you to hear it from me before the formal notice: our prices rise 4% in January.'
        - 'I''d rather you hear that from me than find it in the small print.'
        - 'I know no one likes a price increase, and I''d rather you heard it from me with plenty of notice than found it in an invoice.'
        - 'Could you send the logo by Friday? No rush if not.'
        - 'Does Tuesday work? I need to know which room to book.'
        - 'Rocket science it is not, but the migration has a few steps we handle for you.'
        - 'Nobody else is getting access to your data.'
        - 'Most teams figured out their routing rules years ago; we simply import them.'
        - 'If you want in on the beta, here''s the form.'
        - 'We have two onboarding slots open next week; one is already booked by another team, so Tuesday or Thursday?'
  - id: tone.pushy-subject-more
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    scope: [subject]
    description: 'subjects that nag about a reply: still waiting, waiting on you, any update?!'
    patterns:
      - {regex: '^(?:(?:re|fw|fwd): ?)*stop (?:bleeding|losing|wasting|burning|throwing away|leaking) (?:money|cash|revenue|customers|guests|time|margin)\b', keywords: ['stop']}
      - {regex: '(?:^|[:—–-]\s*)your competitors (?:already |just )?(?:read|opened|answered|replied|signed|booked|bought|switched|moved)\b|\b(?:that|which) you(?:''ll| will) want to (?:answer|read|reply to|open|see) before\b|\byou(?:''re| are) about to (?:lose|miss|forfeit)\b', keywords: ['competitors', 'want to', 'about to']}
      - {regex: '\bwhy (?:is|are) (?:[\w&.''’-]+ ){1,5}still (?:ignoring|avoiding|dodging|putting off|delaying|sitting on)\b|\bdid you (?:get|see|read|receive) my (?:emails|messages|calls|voicemails|notes)\b', keywords: ['still', 'did you get', 'did you see', 'did you read', 'did you receive']}
      - {regex: '\((?:open|read|reply|respond|action|act) (?:immediately|now|asap|urgently|today|at once)\)|\byou have (?:\d+|twenty-four|forty-eight|one|two|three) (?:hours?|days?|minutes?)\b', keywords: ['immediately', 'now', 'asap', 'urgently', 'today', 'at once', 'you have']}
      - {regex: '\bwhy (?:is|are) (?:[\w&.''’-]+ ){1,5}still (?:overpaying|over-paying|losing|wasting|bleeding|using|stuck|doing it|paying too|on spreadsheets|on excel)\b', keywords: ['still']}
      - {regex: '^\s*(?:subject:\s*)?(?:wow[.!]*\s*)?still no (?:reply|response|answer|word)\b', keywords: ['still no']}
      - {regex: '^(?:(?:re|fw|fwd): ?)*(?:(?:i''m|we''re|still) )?(?:still )?waiting(?: (?:on|for) (?:you|your (?:reply|answer|decision|response)))?(?:,\s*(?:(?:mr|ms|mrs|dr|prof)\.?\s+)?[\p{L}''’-]+(?:\s+[\p{L}''’-]+)?)?\s*[.!?]*$', keywords: ['waiting']}
      - {regex: '^(?:(?:re|fw|fwd): ?)*(?:any (?:update|news|word)|hello\?*|anyone there|did you (?:forget|miss) (?:me|this))\s*(?:\?\s*){2,}!*$|^(?:(?:re|fw|fwd): ?)*(?:anyone there|ghosted|did you forget (?:me|this|about me))\s*[?!.]*$', keywords: ['update', 'news', 'word', 'hello', 'anyone', 'forget', 'miss', 'ghosted']}
      - {regex: '^(?:(?:re|fw|fwd): ?)*(?:third|fourth|fifth|3rd|4th|5th) time(?:''s| is) (?:the|a) charm\b', keywords: ['time''s the charm', 'time is the charm', 'time''s a charm', 'time is a charm']}
      - {regex: '\b(?:this|it|your (?:discount|offer|price|rate|deal|spot|seat|pricing)|${OFFER})\s+(?:closes|ends|expires|vanishes|disappears|goes away|is gone) in (?:\d+ ?(?:h|hrs?|hours|days|d|mins?|minutes)|a (?:day|few hours)|(?:one|two|three) (?:days|hours))\b', keywords: ['closes in', 'ends in', 'expires in', 'vanishes in', 'disappears in', 'goes away in', 'is gone in']}
      - {regex: '^(?:(?:re|fw|fwd): ?)*(?:(?:we|i) )?(?:really |urgently )?need (?:your|an|a) (?:answer|decision|reply|response|signature|sign-off|yes)\s*[.!?]*$', keywords: ['need your', 'need an', 'need a']}
      - {regex: '^(?:(?:re|fw|fwd): ?)*(?:you''re|you are) missing out\b', keywords: ['missing out']}
      - {regex: '\bdecision (?:needed|required|requested|pending|due)\b', keywords: ['decision']}
      - {regex: '^(?:(?:re|fw|fwd): ?)*(?:is this|should i take this as|so this is|i guess this is) (?:the end of the road|goodbye|a no|it)\s*[?.!]*$|^(?:(?:re|fw|fwd): ?)*(?:i''ll|i will|should i|time to) stop (?:emailing|reaching out|writing|bothering you|following up)\b', keywords: ['end of the road', 'goodbye', 'a no', 'this is it', 'stop emailing', 'stop reaching out', 'stop writing', 'stop bothering', 'stop following']}
      - {regex: '^(?:(?:re|fw|fwd): ?)*(?:you (?:haven''t|have not|never) (?:answered|replied|responded)|(?:still )?no (?:reply|response|answer)(?: yet)?)\b', keywords: ['answered', 'replied', 'responded', 'no reply', 'no response', 'no answer']}
      - {regex: '^(?:(?:re|fw|fwd): ?)*(?:is|isn''t) (?:this|it|growth|[\w-]+) (?:still |even |really )?(?:a priority|important|on your radar)(?: for you(?: anymore)?| anymore)?\s*\?*$', keywords: ['a priority', 'important', 'on your radar']}
      - {regex: '[\(\[]\s*(?:2nd|3rd|4th|5th|#[2-9]|second|third|fourth|fifth)(?:\s*(?:reminder|attempt|try|follow[- ]?up|time|ask|ping))?\s*[\)\]]', keywords: ['2nd', '3rd', '4th', '5th', '#', 'second', 'third', 'fourth', 'fifth']}
      - {regex: '\(\s*(?:for now|not for long|but not for long|for a few more days|for 24 hours|until friday)\s*\)', keywords: ['for now', 'not for long', 'few more days', 'for 24 hours', 'until friday']}
    exceptions:
      - '\bwhere we(?:''ve| have)? (?:landed|got to|are)\b[^\n]{0,10}\(for now\)|\b(?:pricing|roadmap|plan|thinking|draft|terms)\b[^\n]{0,30}\(for now\)'
    message: 'pushy subject: "{match}"'
    examples:
      fire:
        - {text: 'Stop bleeding money, Fabrikam Robotics', field: subject}
        - {text: 'Your competitors read this email. Will you?', field: subject}
        - {text: 'Quick question (that you''ll want to answer before Friday)', field: subject}
        - {text: 'Pinecrest Dental, you''re about to lose your best-performing placement', field: subject}
        - {text: 'RE: RE: RE: Still waiting, Mr. Tanaka', field: subject}
        - {text: 'Re: Re: Re: Still waiting on you, Priya', field: subject}
        - {text: 'Why is Zephyr Cloud still ignoring its backup problem?', field: subject}
        - {text: 'Re: Re: Re: Did you get my emails?', field: subject}
        - {text: 'Brightleaf Foods — you have 24 hours', field: subject}
        - {text: 'RE: Your overdue payment (open immediately)', field: subject}
        - {text: 'Why are you still losing money on chargebacks?', field: subject}
        - {text: 'Why is Meridian Analytics still overpaying on FX?', field: subject}
        - {"text": "Wow. Still no reply?", "field": "subject"}
        - {text: 'Re: Still waiting', field: subject}
        - {text: 'Third time''s the charm?', field: subject}
        - {text: 'Dana — this closes in 24h', field: subject}
        - {text: 'We need your answer', field: subject}
        - {text: 'Closing the loop — decision needed', field: subject}
        - {text: 'Is this the end of the road?', field: subject}
        - {text: 'I''ll stop emailing after this', field: subject}
        - {text: 'Re: You haven''t answered', field: subject}
        - {text: 'Is this still a priority for you?', field: subject}
        - {text: 'Friendly reminder (3rd)', field: subject}
        - {text: 'We''re holding your spot (for now)', field: subject}
        - {text: 'Waiting on your decision', field: subject}
        - {text: 'Any update??', field: subject}
      pass:
        - {text: 'Stop by our booth at the Expo — coffee is on us', field: subject}
        - {text: 'What your competitors read about payroll in 2025 (our annual report)', field: subject}
        - {text: 'Why teams still put off backup testing (and how to make it painless)', field: subject}
        - {text: 'Did you get the slides from Tuesday?', field: subject}
        - {text: 'What you have in 30 days: the pilot plan', field: subject}
        - {text: 'Your 24-hour pilot results are in', field: subject}
        - {text: 'Why teams still use spreadsheets for cash forecasting (and when that is fine)', field: subject}
        - {text: 'Re: Waiting list for the summit', field: subject}
        - {text: 'Any update on the security review?', field: subject}
  - id: tone.pressure-shapes-2
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'handing share to rivals, offers that lock at a time, held slots with a cutoff, near-promises of results, escalation threats, secrecy, rhetorical nudges'
    patterns:
      - {regex: '\b(?:handing|giving|gifting|ceding|leaving|serving up) (?:\w+ )?(?:market share|share|deals|customers|revenue|pipeline|ground|the market|your (?:market|customers|deals|lunch|pipeline)) (?:over )?to (?:whoever|your (?:competitors|rivals|competition)|the competition|someone else)\b', keywords: ['whoever', 'competitors', 'rivals', 'competition', 'someone else']}
      - {regex: '\b(?:${OFFER}|bundle|bundles|package|packages)\b[^.!?\n]{0,20}?\b(?:locks|closes|shuts|dies|goes dark|goes away|gets pulled|is pulled|is gone|turns into a pumpkin) (?:at |on |by )?${WHEN}', keywords: ['locks', 'closes', 'shuts', 'dies', 'goes dark', 'goes away', 'pulled', 'is gone', 'pumpkin']}
      - {regex: '\bwait ?list\b[^.!?\n]{0,40}?\b(?:already (?:longer|bigger|twice|double)|keeps (?:growing|getting longer)|is (?:already )?(?:\d+|two|three|four|five|ten) (?:deep|long|names|teams|companies))\b', keywords: ['waitlist', 'wait list']}
      - {regex: '\b(?:i|we) (?:can |could )?(?:practically|almost|basically|pretty much|all but|virtually|just about|personally|100%|confidently) (?:promise|guarantee|swear)\b', keywords: ['promise', 'guarantee', 'swear']}
      - {regex: '\b(?:i|we) (?:can )?(?:promise|guarantee|swear) (?:you|that you|your team|that your team)(?:''ll| will| are going to|''re going to| is going to) ${OUTCOME}', keywords: ['promise', 'guarantee', 'swear']}
      - {regex: '\bi (?:expected|would have expected|had expected|was hoping for|deserve) (?:a (?:little|bit|lot) )?(?:more|better|some) (?:courtesy|respect|professionalism|consideration)\b|\bgiven (?:how much|all the) (?:time|effort|work|energy) (?:i''ve|i have|we''ve|we have) (?:invested|put in|spent|poured)\b', keywords: ['courtesy', 'respect', 'professionalism', 'consideration', 'invested', 'put in', 'spent', 'poured']}
      - {regex: '\bbefore (?:i|we) (?:take|bring|escalate|raise|send) (?:this|it) (?:up )?(?:to|with) your (?:ceo|cfo|boss|manager|vp|cro|coo|leadership|board|director|head of [\w-]+|superior)\b|\b(?:one (?:more|last|final)) chance to (?:weigh in|respond|reply|decide|answer|get back|act|sign)\b', keywords: ['your ceo', 'your cfo', 'your boss', 'your manager', 'your vp', 'your cro', 'your coo', 'your leadership', 'your board', 'your director', 'your head of', 'your superior', 'more chance', 'last chance', 'final chance']}
      - {regex: '\b(?:do|will|should|must) i (?:need|have) to (?:go|reach out|escalate|talk|speak|write|email|go over your head) (?:to|with) your (?:ceo|cfo|boss|manager|vp|cro|coo|leadership|board|director|head of [\w-]+|superior)\b[^.!?\n]{0,30}?\bto get (?:a |an |any |some )?(?:response|reply|answer|decision|yes)\b', keywords: ['to get']}
      - {regex: '\b(?:didn''t|did not|doesn''t|does not|don''t|do not|shouldn''t|never|won''t) (?:leave|go beyond|get past|travel beyond|go past) (?:your inbox|this thread|this email|the two of us|your desk|this conversation)\b', keywords: ['your inbox', 'this thread', 'this email', 'the two of us', 'your desk', 'this conversation']}
      - {regex: '\b(?:everyone|everybody|people|folks|someone|your (?:whole |entire )?(?:team|leadership(?: team)?|board|boss|ceo|cfo|exec team|execs)|everyone on your [\w ]{1,20}?) (?:will|is going to|are going to|''ll|would)(?: (?:soon|definitely|eventually|surely))? (?:be )?(?:ask(?:ing)?|wonder(?:ing)?|want(?:ing)? to know) why (?:you|your team) (?:passed|waited|didn''t|did not|said no|held off|missed|ignored|hesitated|sat on)\b', keywords: ['why you', 'why your team']}
      - {regex: '\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|half|most) of the (?:top|biggest|largest|leading) (?:\d+ |two |three |four |five |ten |twenty )?(?:[\w-]+ )?(?:lenders|banks|companies|firms|teams|brands|retailers|insurers|players|carriers|agencies|hospitals|schools|credit unions|distributors|manufacturers)\b[^.!?\n]{0,30}?\b(?:are|have) (?:already|all|now) (?:live|on board|onboard|using|signed|switched|moved|customers|rolled)\b', keywords: ['of the top', 'of the biggest', 'of the largest', 'of the leading']}
      - {regex: '\bif (?:you|your team|we) (?:miss|misses|pass on|skip|skips|don''t (?:grab|take|book)) (?:this|the) (?:window|slot|cohort|spot|date|round|intake|batch)\b[^.!?\n]{0,30}?\bnext (?:one|window|round|intake|batch|cohort)\b[^.!?\n]{0,20}?\b(?:isn''t until|won''t be until|is not until|not until|(?:\w+ )?(?:months|quarters) (?:out|away))', keywords: ['next one', 'next window', 'next round', 'next intake', 'next batch', 'next cohort']}
      - {regex: '\b(?:holding|saving|reserving|keeping) (?:this|the|your|that) (?:[\w-]+ )?(?:slot|spot|seat|place|price|rate|discount|offer|deal|terms)\b[^.!?\n]{0,40}?\b(?:only|just) (?:do that |do it |do so |hold it |keep it )?(?:until|till|through) ${WHEN}', keywords: ['until', 'till', 'through']}
      - {regex: '\b(?:best|lowest|biggest|cheapest|sweetest) (?:deal|price|offer|discount|rate|terms) you(?:''ll| will|''re going to|''re likely to|''re ever going to) (?:ever )?(?:see|get|find|be offered)\b[^.!?\n]{0,15}?\b(?:all year|this year|ever|anywhere|again|from anyone|in your career)\b', keywords: ['best', 'lowest', 'biggest', 'cheapest', 'sweetest']}
      - {regex: '\b(?:not many|very few|only a few|not everyone|not every (?:team|company)) (?:people |teams |companies |leaders |buyers )?(?:get|gets|receive|receives|are offered|is offered|have access to|are invited)\b[^.!?\n]{0,40}?\bso (?:i''d|i would|i wouldn''t|don''t|make (?:it|the most)|grab|use it)\b', keywords: ['not many', 'very few', 'only a few', 'not everyone', 'not every']}
      - {regex: '\b(?:don''t|won''t|wouldn''t|do not|will not|not|never) let (?:a little |some |a bit of |your |this |a |the )?(?:hesitation|indecision|doubt|doubts|fear|caution|red tape|procurement|bureaucracy|overthinking|second-guessing) (?:cost|rob|stop|keep) (?:you|your)\b', keywords: ['hesitation', 'indecision', 'doubt', 'fear', 'caution', 'red tape', 'procurement', 'bureaucracy', 'overthinking', 'second-guessing']}
      - {regex: '\bsilence (?:usually |generally |typically |often |normally )?(?:means|is) (?:a )?(?:no|not interested|you''re not interested)\b', keywords: ['silence']}
      - {regex: '\byou,? of all people,? (?:should|would|ought to|must|know)\b', keywords: ['of all people']}
      - {regex: '\b(?:not (?:one|a single)(?: (?:customer|client|team|company|one))?|none(?: of them)?|no (?:customer|client|team|company)(?: of ours)?) (?:has |have )?(?:ever )?(?:failed to|not managed to|missed (?:their|the) target)\b', keywords: ['failed to', 'not managed to', 'missed their', 'missed the']}
      - {regex: '\bwhat (?:are|is) (?:we|you|your team) (?:still |really )?(?:waiting|holding out) (?:for|on)\s*\?', keywords: ['waiting', 'holding out']}
    exceptions:
      - '\b(?:under nda|no (?:rush|pressure))\b'
    message: 'pressure, guilt or a promise of results: "{match}"'
    examples:
      fire:
        - 'If you''re not on this by Q2, you''re basically handing market share to whoever is.'
        - 'Our Black Friday bundle locks at midnight and I can''t reopen it.'
        - 'The waitlist for the summer cohort is already longer than the cohort itself.'
        - 'I can practically promise you''ll hit quota three months in a row.'
        - 'Frankly, I expected a little more courtesy.'
        - 'Before I take this to your CFO, I wanted to give you one more chance to weigh in.'
        - 'Do I need to go to your manager to get a response?'
        - 'This is a private preview, so I''d appreciate it if it didn''t leave your inbox.'
        - 'Everyone on your leadership team will be asking why you passed on this.'
        - 'Three of the top five lenders in your region are already live.'
        - 'If your team misses this window, the next one isn''t until next fall.'
        - 'I''m holding this slot for you personally, but I can only do that until tomorrow at noon.'
        - 'This is hands down the best deal you''ll see all year.'
        - 'Not many people get a call from our CEO, so I wouldn''t waste it.'
        - 'I hope you won''t let a little hesitation cost you the biggest win of your year.'
        - 'Silence usually means no, so I''ll stop reaching out after this.'
        - 'You of all people should understand why this matters.'
        - 'We''ve helped 400 companies and not one has ever failed to double pipeline.'
        - 'Come on, what are we waiting for?'
      pass:
        - 'There''s a waitlist for the summit; want me to add you?'
        - 'I promise to keep the call to 20 minutes.'
        - 'Should I reach out to your manager about the budget timeline?'
        - 'The registration desk closes at 5pm on Friday, so arrive early.'
        - 'The cohort closes on March 1 because the course starts the following week.'
        - 'What is your team waiting on from legal before the review?'
        - 'I''m holding the Tuesday slot for you until Friday; just say if another day suits better.'
  - id: tone.pressure-shapes-3
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'formal and casual pressure: offers that sunset, allocations not held past a date, obsolescence threats, certain results, narrowing windows, assumptive sign-ups, exclusivity, incentives for deciding today'
    patterns:
      - {regex: '\b(?:${OFFER}|tier|plan)\b[^.!?\n]{0,30}?\b(?:sunsets?|sunsetting|is sunset|will sunset|lapses|lapsing)\b|\b(?:won''t|will not|can''t|cannot|not) (?:be able to )?grandfather (?:anyone|you|your team|anybody|new)\b', keywords: ['sunset', 'lapse', 'grandfather']}
      - {regex: '\b(?:(?:${OFFER}|allocation|allocations|slot|slots|spot|spots|seat|seats|place|reservation|availability)\b[^.!?\n]{0,20}?\b(?:cannot|can''t|can not|won''t|will not) be (?:held|kept|reserved|extended|honou?red|saved|guaranteed)|(?:cannot|can''t|can not|won''t|will not|unable to|not able to) (?:hold|keep|reserve|extend|honou?r|save|guarantee) (?:this|the|that|your|these|those|our) (?:[\w-]+ )?(?:${OFFER}|allocation|allocations|slot|slots|spot|spots|seat|seats|place|reservation|availability))\b[^.!?\n]{0,25}?\b(?:beyond|past|after|longer than) ${WHEN}', keywords: ['held', 'kept', 'reserved', 'extended', 'honored', 'honoured', 'saved', 'guaranteed', 'hold', 'keep', 'reserve', 'extend', 'honor', 'honour', 'save', 'guarantee']}
      - {regex: '\b(?:companies|teams|organi[sz]ations|businesses|firms|those|leaders|brands|anyone|vendors|players) (?:that|who) (?:hesitate|wait|delay|don''t (?:adapt|act|move|adopt)|fail to (?:adapt|act|move|adopt)|stand still|drag their feet|sit this out)\b[^.!?\n]{0,30}?\b(?:risk|will|are|get|end up|become)\b[^.!?\n]{0,20}?\b(?:obsolete|irrelevant|left behind|extinct|disrupted|dinosaurs|toast)\b', keywords: ['obsolete', 'irrelevant', 'left behind', 'extinct', 'disrupted', 'dinosaurs', 'toast']}
      - {regex: '\b(?:results|roi|success|growth|outcomes?|payback|the (?:lift|upside)|returns?)\b[^.!?\n]{0,10}?\b(?:are|is) (?:virtually |practically |almost |basically |all but |100% |absolutely |completely |totally )?(?:certain|guaranteed|assured|a given|a sure thing|a lock|inevitable)\b', keywords: ['certain', 'guaranteed', 'assured', 'a given', 'sure thing', 'a lock', 'inevitable']}
      - {regex: '\b(?:your |the )?window (?:to (?:act|decide|move|sign|join|get in|buy|lock in|secure)|of opportunity)\b[^.!?\n]{0,15}?\b(?:is |are )?(?:rapidly |quickly |fast |slowly )?(?:narrowing|closing|shrinking|running out|about to close|nearly closed|almost closed)\b', keywords: ['narrowing', 'closing', 'shrinking', 'running out', 'about to close', 'nearly closed', 'almost closed']}
      - {regex: '\b(?:only|limited number of|handful of|small number of|select few) (?:[\w-]+ )?(?:partners|customers|clients|accounts|teams|companies)\b[^.!?\n]{0,60}?\b(?:nearly|almost|basically|practically|all but) (?:full|booked|gone|closed|sold out|spoken for|taken)\b', keywords: ['nearly', 'almost', 'basically', 'practically', 'all but']}
      - {regex: '\bsilence (?:is|has been) (?:a (?:little|bit) |pretty |quite |rather |getting )?(?:deafening|loud|telling|noted)\b|\bdeafening silence\b', keywords: ['silence']}
      - {regex: '\b(?:stop|quit) wasting (?:both (?:of )?our|your|my|our|each other''s) time\b', keywords: ['wasting']}
      - {regex: '\b(?:do you|does your team) (?:just |simply |really |honestly )?not (?:see|get|understand|value) (?:the )?(?:value|point|upside|benefit|opportunity)\b', keywords: ['not see', 'not get', 'not understand', 'not value']}
      - {regex: '\b(?:i''ll|i will|i''ve|i have|let me) (?:go ahead and |just )?(?:send(?: over)?|draft(?:ed)?|prepare(?:d)?|generate(?:d)?|issue(?:d)?|sent over) (?:the |your |an? )?(?:contract|order form|agreement|paperwork|docusign|msa|sow)\b[^.!?\n]{0,40}?\bso (?:we|you) can (?:get (?:you )?started|kick off|go live|start) ${WHEN}', keywords: ['started', 'kick off', 'go live', 'start']}
      - {regex: '\b(?:i''m|i am|i''ll|i will|i''ve|i have) (?:going to |just |already )?(?:put(?:ting)?|sign(?:ing|ed)?|pencil(?:l?ing|l?ed)?|lock(?:ing|ed)?|book(?:ing|ed)?|mark(?:ing|ed)?|register(?:ing|ed)?|enrol(?:l?ing|l?ed)?|add(?:ing|ed)?) you (?:down |up |in )?(?:for|in|on|into|to)\b[^.!?\n]{0,40}?\bunless (?:i|we) hear (?:otherwise|back|from you|differently|an objection)\b', keywords: ['unless i hear', 'unless we hear']}
      - {regex: '\b(?:the only|one of the (?:only|last|few)) (?:account|company|team|firm|one|bank|player|org|business|lender|retailer|brand)s? (?:in|across|among) (?:your|the) (?:[\w-]+ )?(?:segment|space|industry|vertical|market|sector|region|peer group|category|cohort)\b[^.!?\n]{0,20}?\b(?:that|who|which|still)\b[^.!?\n]{0,10}?(?:hasn''t|has not|haven''t|have not|isn''t|is not|doesn''t|does not|not yet|without|still (?:using|on|relying))', keywords: ['segment', 'space', 'industry', 'vertical', 'market', 'sector', 'region', 'peer group', 'category', 'cohort']}
      - {regex: '\b(?:word on the street|rumou?r has it|a little bird told me)\b[^.!?\n]{0,40}?\b(?:signed|switched|moved over|came on ?board|went live|bought)\b|\b(?:signed|switched|moved over|came on ?board|went live)\b[^.!?\n]{0,40}?,? so you (?:may|might|''ll|will|should|would) (?:want to )?(?:move|act|hurry|jump|get moving|catch up|move fast|move quickly)\b', keywords: ['word on the street', 'rumor', 'rumour', 'little bird', 'so you']}
      - {regex: '\bor (?:i''ll|i will|we''ll|we will) (?:personally )?(?:eat the cost|refund (?:you|every|the)|pay (?:you|the difference)|work for free|give you your money back|cover the difference|tear up the contract)\b', keywords: ['eat the cost', 'refund', 'pay you', 'pay the difference', 'work for free', 'money back', 'cover the difference', 'tear up']}
      - {regex: '\b(?:there''s|there is) (?:simply |just |literally |absolutely )?no way (?:you|your team|this|it) (?:won''t|will not|don''t|doesn''t|can''t|wouldn''t|fail|fails)\b', keywords: ['no way']}
      - {regex: '\b(?:zero|no|literally no|literally zero|absolutely no|absolutely zero) (?:downside|risk|reason not)\b[^.!?\n]{0,20}?\bto (?:sign|signing|commit|committing|buy|buying|decide|deciding|say(?:ing)? yes|mov(?:e|ing) forward|act(?:ing)?)\b[^.!?\n]{0,15}?\b(?:today|now|this week|tonight|immediately|right away)\b', keywords: ['downside', 'risk', 'reason not']}
      - {regex: '\b(?:asked|told|wants|wanted|insisted)(?: me)?(?: personally)? (?:to )?make sure (?:you|your team) (?:didn''t|don''t|do not|did not|won''t) miss (?:this|out|it)\b', keywords: ['make sure']}
      - {regex: '\b(?:treat|keep) (?:this|it|these terms|this (?:offer|price|pricing|rate|discount|deal)) (?:as )?(?:confidential|quiet|private|hush-hush|under wraps)\b[^.!?\n]{0,60}?\b(?:pricing|price|rate|discount|offer|deal|terms)\b', keywords: ['confidential', 'quiet', 'private', 'hush-hush', 'under wraps']}
      - {regex: '\b${OFFER} (?:is|will be|''ll be|''s) (?:history|toast|a memory|dead and gone|gone for good|off the table for good)\b', keywords: ['history', 'toast', 'a memory', 'dead and gone', 'gone for good', 'for good']}
      - {regex: '\bi (?:really |badly |desperately |seriously |just )?need (?:a|this|one more) (?:win|deal|signature|close|sale|logo)\b[^.!?\n]{0,30}?\b(?:this (?:week|month|quarter)|before|by|hoping it''d be you|from you)\b|\bi was hoping it(?:''d| would) be you\b', keywords: ['need a', 'need this', 'need one more', 'be you']}
      - {regex: '\b(?:sign|commit|decide|say yes|give me (?:a|the) (?:yes|go-ahead|green light|verbal)|confirm)\b[^.!?\n]{0,20}?\b(?:today|tonight|now|this week|by (?:friday|monday|tomorrow|eod))\b[^.!?\n]{0,10}?\band (?:i''ll|i will|we''ll|we will|i can|we can) (?:throw in|add|include|waive|knock off|give you|get you)\b', keywords: ['throw in', 'i''ll add', 'we''ll add', 'i will add', 'we will add', 'i can add', 'we can add', 'include', 'waive', 'knock off', 'give you', 'get you']}
      - {regex: '\b(?:grab|get|claim|lock|book|snag|take|secure) [^.!?\n]{0,30}?\bwhile (?:you (?:still )?can|it lasts|they last|supplies last|(?:it''s|they''re) still (?:available|there|open))\b', keywords: ['while you can', 'while you still can', 'while it lasts', 'while they last', 'while supplies', 'still available', 'still there', 'still open']}
      - {regex: '\b(?:don''t|do not|wouldn''t want to|won''t want to|no one wants to) (?:be |get |stay |sit )?(?:left |stuck )?on the sidelines\b|\bleft (?:sitting )?on the sidelines\b', keywords: ['sidelines']}
      - {regex: '\b(?:only|just) (?:keeping|holding|leaving) (?:this|the|our) (?:[\w-]+ )?(?:pilot|offer|program|beta|window|deal|price|rate|discount|slot|cohort|spot)s? (?:open|available|live|going) (?:for )?(?:another|one more|a (?:few|couple)|\d+|two|three) (?:more )?(?:couple of |few )?(?:days|hours|weeks)\b', keywords: ['keeping', 'holding', 'leaving']}
    exceptions:
      - '\b(?:under nda|no (?:rush|pressure)|roadmap)\b'
    message: 'pressure, guilt or a promise of results: "{match}"'
    examples:
      fire:
        - 'The board-approved pricing tier sunsets with this fiscal quarter, and I won''t be able to grandfather anyone in after that.'
        - 'Kindly revert with your confirmation, as the allocation cannot be held beyond Monday.'
        - 'In today''s landscape, organizations that hesitate risk becoming obsolete.'
        - 'Rest assured, results are virtually certain.'
        - 'I''d be remiss not to mention that your window to act is rapidly narrowing.'
        - 'We only onboard a limited number of partners each year, and this year''s list is nearly full.'
        - 'Your silence is a little deafening, to be honest.'
        - 'If this isn''t a priority, just tell me and I''ll stop wasting both our time.'
        - 'Is it a budget thing, or do you just not see the value?'
        - 'I''ll go ahead and send over the contract so we can get you started Monday.'
        - 'I''m putting you down for the premium tier unless I hear otherwise by end of day.'
        - 'Acme is the only account in your segment that hasn''t adopted something like this yet.'
        - 'Word on the street is Globex just signed, so you may want to move.'
        - 'We will get you a 3x return, or I''ll personally eat the cost.'
        - 'There''s simply no way you won''t see results.'
        - 'There is literally zero downside to signing today.'
        - 'Our CEO asked me personally to make sure you didn''t miss this.'
        - 'Please treat this as confidential — we''re not announcing this pricing publicly.'
        - 'Tomorrow this price is history.'
        - 'I really need a win this week, and I was hoping it''d be you.'
        - 'Give me a yes today and I''ll throw in the premium onboarding for free.'
        - 'Our implementation calendar is basically booked through spring, so grab the last opening while you can.'
        - 'The early adopters are already reaping the rewards — don''t be left on the sidelines.'
        - 'We''re only keeping this pilot open for another couple of days.'
      pass:
        - 'The legacy API sunsets in June, and we''ll help you migrate for free.'
        - 'We''ll grandfather your current rate at renewal.'
        - 'We can''t hold the meeting room past 5pm, so let''s start on time.'
        - 'I''ll send over the order form so you can review it with legal.'
        - 'No worries if you''d rather wait; I don''t want to waste your time.'
        - 'Please treat the roadmap as confidential, since dates may move.'
        - 'There''s no risk to trying the sandbox, since it uses sample data.'
        - 'Our calendar is almost full this week, so would Thursday or Friday work?'
  - id: tone.pressure-idioms
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'stock pressure idioms a rep reaches for: you snooze you lose, strike while the iron is hot, take that to the bank'
    phrases:
      - 'you snooze, you lose'
      - 'you snooze you lose'
      - 'snooze you lose'
      - 'strike while the iron is hot'
      - 'while the iron is hot'
      - 'it''s now or never'
      - 'it is now or never'
      - 'now or never on this'
      - 'the writing is on the wall'
      - 'the writing''s on the wall'
      - 'early bird gets the worm'
      - 'early bird catches the worm'
      - 'take that to the bank'
      - 'take it to the bank'
      - 'bet my job on'
      - 'bet my job that'
      - 'i''d bet my job'
      - 'i would bet my job'
      - 'bet my house on'
      - 'bet my commission'
      - 'bet the farm on'
      - 'mark my words'
      - 'fish or cut bait'
      - 'make hay while the sun shines'
      - 'once-in-a-lifetime'
      - 'once in a lifetime'
      - 'slip through your fingers'
      - 'what have you got to lose'
      - 'what do you have to lose'
      - 'you''d be crazy not to'
      - 'you''d be crazy to pass'
      - 'you''d be foolish to pass'
      - 'you''d be mad to pass'
      - 'get off the fence'
      - 'he who hesitates is lost'
      - 'time waits for no one'
      - 'this ship is sailing'
      - 'the ship is sailing'
      - 'your last shot'
      - 'an absolute steal'
      - 'the odd one out'
      - 'going, going, gone'
      - 'going going gone'
      - 'that''s how sure we are'
      - 'that''s how confident we are'
      - 'that''s how sure i am'
      - 'that''s how confident i am'
    exceptions:
      - '\bas you (?:said|put it)\b'
    message: 'pressure idiom: "{match}"'
    examples:
      fire:
        - 'You snooze, you lose — and right now you''re snoozing.'
        - 'Strike while the iron is hot.'
        - 'Honestly, the writing is on the wall for teams still doing manual reconciliation.'
        - 'The early bird gets the worm.'
        - 'You can take that to the bank: your churn will drop by half.'
        - 'I''d bet my job that you''ll see ROI before the end of Q1.'
        - 'Pricing is being revised upward on the first, so today is really your last shot.'
        - 'Honestly, at this point you''re the odd one out.'
      pass:
        - 'Strike a balance between speed and accuracy.'
        - 'The writing team at Globex used our templates.'
        - 'As you put it, the early bird gets the worm, so we started the pilot in January.'
  - id: tone.pressure-shapes-4
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'escalation by cc, exclusivity, patronizing explanations, certainty backed by refunds, peers already moved, bosses wanting it closed, assumed yeses'
    patterns:
      - {regex: '\b(?:i |we )?(?:take|treat|count|read|interpret|consider) (?:no (?:reply|response|answer|objection)|silence|your silence|a lack of (?:reply|response|objection)) as (?:a |an |your )?(?:yes|go-ahead|green light|agreement|approval|sign-off|acceptance|consent|confirmation)\b|\b(?:consider|deem|treat|take) (?:it|this|the (?:contract|order(?: form)?|agreement|proposal|quote|renewal|terms)) (?:as )?(?:accepted|agreed|approved|signed|confirmed) (?:if|unless) (?:no|we (?:don''t|do not)|i (?:don''t|do not)|you (?:don''t|do not))\b', keywords: ['no reply', 'no response', 'no answer', 'no objection', 'silence', 'lack of', 'accepted', 'agreed', 'approved', 'signed', 'confirmed']}
      - {regex: '\b(?:cc''d|cc''ed|cced|copied|looped in|looping in|added|cc''ing|ccing|copying|bcc''d) (?:in )?your (?:ceo|cfo|coo|cro|vp|boss|manager|director|head of [\w-]+|leadership|board|superior|line manager|president|founder)\b[^.!?\n]{0,40}?\b(?:since|because|as|so (?:we|that|things|this)|to (?:get|speed|move|push))\b[^.!?\n]{0,30}?\b(?:couldn''t|could not|can''t|haven''t|have not|hasn''t|no (?:reply|response|answer)|moving|move|speed|faster|unstuck|over the line|decision|get hold|reach you|hear(?:d)? back)', keywords: ['your ceo', 'your cfo', 'your coo', 'your cro', 'your vp', 'your boss', 'your manager', 'your director', 'your head of', 'your leadership', 'your board', 'your superior', 'your line manager', 'your president', 'your founder']}
      - {regex: '\b(?:had to|have to|needed to|i''ll|i will|i can|i could|i''d have to) pull (?:a few |some |a lot of |lots of |many |several |a couple of |serious )?strings\b', keywords: ['strings']}
      - {regex: '\bmoney back if (?:you|your team) (?:don''t|do not|doesn''t|does not|fail to|can''t) ${OUTCOME}', keywords: ['money back']}
      - {regex: '\b(?:every|all the|nearly every|almost every|virtually every|most) (?:[\w-]+ ){1,3}(?:in|across|within) (?:the |your )?(?:[\w-]+ ){0,2}(?:has|have) already (?:moved|switched|signed|adopted|made the (?:switch|move)|gone over|jumped)\b', keywords: ['already']}
      - {regex: '\b(?:down to|only have|we''re on|on) (?:the |our )?(?:last|final) (?:few|handful|couple|\d+|two|three|four|five)(?: of)? (?:[\w-]+ )?(?:licen[cs]es|seats|spots|slots|units|places|openings)\b', keywords: ['last', 'final']}
      - {regex: '\b(?:don''t|do not|please don''t|please do not) make me (?:send|write|chase|email|follow up|ask|ping|call|nag|remind)\b', keywords: ['make me']}
      - {regex: '\b(?:hate to|sorry to|don''t mean to|not trying to|didn''t mean to) keep (?:pestering|bugging|chasing|nagging|hounding|pinging|bothering|hassling) you,? but\b', keywords: ['keep pestering', 'keep bugging', 'keep chasing', 'keep nagging', 'keep hounding', 'keep pinging', 'keep bothering', 'keep hassling']}
      - {regex: '\b(?:my|our) (?:manager|boss|vp|director|ceo|cfo|cro|leadership|finance team|deal desk|sales director|head of sales) (?:really )?(?:wants|needs|expects|is expecting|is pushing (?:me )?(?:to get|for)|has asked me to get|asked me to get|is asking (?:me )?(?:to get|for))(?: me to (?:get|have))? (?:this|it|the deal|the contract|the paperwork|your signature) (?:closed|signed|done|wrapped up|finali[sz]ed|locked in|over the line|booked|in)\b', keywords: ['my manager', 'my boss', 'my vp', 'my director', 'my ceo', 'my cfo', 'my cro', 'my leadership', 'my finance team', 'my deal desk', 'my sales director', 'my head of sales', 'our manager', 'our boss', 'our vp', 'our director', 'our ceo', 'our cfo', 'our cro', 'our leadership', 'our finance team', 'our deal desk', 'our sales director', 'our head of sales']}
      - {regex: '\b(?:decision|choice|call|question)(?: this| so)? (?:obvious|simple|easy|straightforward|clear-cut)\b[^.!?\n]{0,20}?\b(?:shouldn''t|should not|doesn''t|does not|can''t) (?:take|need|require)\b|\b(?:shouldn''t|should not|really shouldn''t) (?:take|be taking) (?:this|so) long\b', keywords: ['shouldn''t', 'should not', 'doesn''t', 'does not', 'can''t']}
      - {regex: '\b(?:not sure|don''t know) what else (?:i|we) can (?:possibly )?(?:do|offer|say) to (?:make (?:this|it) (?:any )?(?:easier|simpler|work)|convince you|get (?:a|your) (?:yes|reply|response|answer))\b', keywords: ['what else']}
      - {regex: '\b(?:not|isn''t|aren''t) (?:something|an offer|a deal|a price|pricing|terms) (?:we|i) (?:offer|give|extend|make available|share) (?:to )?(?:just )?(?:anyone|anybody|everyone|every (?:customer|company|team|prospect))\b|\bnot (?:available|offered) to (?:just )?(?:anyone|anybody|everyone|the (?:general )?public)\b', keywords: ['anyone', 'anybody', 'everyone', 'every customer', 'every company', 'every team', 'every prospect', 'public']}
      - {regex: '\bbetween (?:you and me|you and i|us|the two of us|ourselves),\s?(?:this|that|the|our|it)\b[^.!?\n]{0,40}?\b(?:price|pricing|number|discount|rate|deal|offer|terms|quote)\b|\b(?:best|lowest|biggest|deepest|sharpest) (?:number|price|discount|deal|rate) (?:[\w-]+ )?(?:has |have )?ever (?:approved|offered|given|signed off)\b', keywords: ['between', 'ever approved', 'ever offered', 'ever given', 'ever signed off']}
      - {regex: '\b(?:i''ll|i will|i''m going to) (?:take|treat|count|read) (?:that|this|it|your silence|no (?:reply|response|answer)) as (?:a )?(?:yes|go-ahead|green light|agreement|approval|sign-off)\b[^.!?\n]{0,10}?\bunless\b|\b(?:take|treat|count|read) (?:your )?silence as (?:a )?(?:yes|go-ahead|green light|agreement|approval|sign-off)\b', keywords: ['unless', 'silence']}
      - {regex: '\bjust (?:sign|click|hit accept|e-?sign|initial)\b[^.!?\n]{0,30}?\band (?:we''re|you''re|it''s|we are) (?:done|all set|good to go|set|live|off)\b', keywords: ['just sign', 'just click', 'just hit accept', 'just esign', 'just e-sign', 'just initial']}
      - {regex: '\b(?:your (?:team|boss|board|ceo|reps|people)|they|everyone) (?:will|''ll) thank you (?:later )?for (?:acting|moving|signing|deciding|jumping|committing)\b', keywords: ['thank you']}
      - {regex: '\b(?:you''d|you would|you''ll|you will|you''re|you are)(?: be)? (?:the )?(?:first|only|last) (?:one |team |company |school |district |org |bank |hospital )?(?:in|among|across) your (?:[\w-]+ )?(?:district|region|space|industry|peer group|segment|market|network|area|state|category|sector)\b[^.!?\n]{0,20}?\b(?:to miss|not to|without|who (?:hasn''t|didn''t|missed|passed))', keywords: ['district', 'region', 'space', 'industry', 'peer group', 'segment', 'market', 'network', 'area', 'state', 'category', 'sector']}
      - {regex: '\bi thought we had (?:a |such a )?(?:really |great |good |real |genuine )*(?:connection|rapport|understanding)\b[^.!?\n]{0,40}?\b(?:silence|surprised|surprising|disappoint\w*|but you|ghost\w*|haven''t heard|quiet)', keywords: ['connection', 'rapport', 'understanding']}
      - {regex: '\blet me (?:make (?:this|it) (?:really |very |super )?simple for you|spell (?:this|it) out(?: for you)?|explain (?:this|it) (?:again|one more time|slowly|more slowly))\b', keywords: ['simple for you', 'spell', 'again', 'one more time', 'slowly']}
      - {regex: '\bas (?:i''ve|i have|i) (?:now |already )?(?:mentioned|said|explained|noted|pointed out|told you|stated)(?: (?:this|it))? (?:twice|three times|several times|multiple times|more than once|a few times|repeatedly|again and again)\b', keywords: ['twice', 'three times', 'several times', 'multiple times', 'more than once', 'a few times', 'repeatedly', 'again and again']}
      - {regex: '\bmak(?:e|ing) sure my (?:emails|messages|notes) (?:aren''t|are not|haven''t been|weren''t) (?:going|landing|ending up|getting lost) (?:to|in|into) (?:spam|junk|the void)\b[^.!?\n]{0,40}?\b(?:haven''t|have not|no (?:reply|response)|heard|silence)', keywords: ['spam', 'junk', 'the void']}
    exceptions:
      - '\b(?:as you (?:asked|requested|suggested)|as requested|at your request|no (?:rush|pressure))\b'
    message: 'pressure, manipulation or a promise of results: "{match}"'
    examples:
      fire:
        - 'We have respectfully prepared the contract and will consider it accepted if no objection is received by the 20th.'
        - 'I take no reply as agreement, so the pilot will begin on 1 April as discussed.'
        - 'I''ve copied your VP here since I couldn''t get hold of you.'
        - 'I went ahead and cc''d your CEO so we can get this moving.'
        - 'This is invite-only, and I had to pull a few strings to get you on the list.'
        - 'Your money back if you don''t double your demos in 60 days.'
        - 'Every hospital network in the state has already moved to this model.'
        - 'We''re down to the last handful of licenses at the old rate.'
        - 'Please don''t make me send another one of these.'
        - 'I hate to keep pestering you, but my manager wants this closed by Friday.'
        - 'A decision this obvious shouldn''t take three weeks.'
        - 'I''m not sure what else I can do to make this easier for you.'
        - 'This isn''t something we offer to just anyone.'
        - 'Between you and me, this is the best number finance has ever approved.'
        - 'I''ll take that as a yes unless you tell me otherwise.'
        - 'Sending the DocuSign now — just sign where it''s flagged and we''re done.'
        - 'Trust me, your team will thank you for acting fast.'
        - 'You''d be the first in your district to miss out on this.'
        - 'I thought we had a really good connection on that call, so the silence has been surprising.'
        - 'Let me make this really simple for you.'
        - 'As I''ve now mentioned twice, the integration takes one afternoon.'
        - 'Just making sure my emails aren''t going to spam since I haven''t heard a thing.'
      pass:
        - 'The renewal is only considered accepted once you sign the order form, so nothing happens automatically.'
        - 'I''ll cc your ops lead, as you asked, so she gets the schedule too.'
        - 'I''ve copied your VP of Finance, who asked for the invoice.'
        - 'We offer a 30-day money-back guarantee on the subscription itself.'
        - 'Every customer in the pilot got a dedicated engineer.'
        - 'If it''s easier, just sign the NDA first and we''ll send the deck.'
        - 'As I mentioned on the call, setup takes an afternoon.'
        - 'Let me know if it would help to simplify the proposal.'
        - 'I''ll take that as a yes for Thursday at 2, and send the invite.'
  - id: tone.pressure-shapes-5
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'early movers pulling ahead, talking to a wall, patronizing "for someone in your position", sarcastic permission, meeting your boss either way, favour-based exclusivity, assumed bookings, personal stakes, warnings and regrets'
    patterns:
      - {regex: '\b(?:teams|companies|those|others|early adopters|peers|folks|orgs|firms) (?:that|who) (?:moved|switched|signed|adopted|acted|jumped)(?: early| first| already| fast)?\b[^.!?\n]{0,20}?\b(?:pulling ahead|getting ahead|ahead of you|leaving you behind|eating your lunch|lapping you)\b|\bthe gap (?:is|will)(?: only)?(?: going to| keep| continue to)? (?:widen|grow)\w*', keywords: ['ahead', 'leaving you', 'lunch', 'lapping', 'widen', 'grow']}
      - {regex: '\b(?:talking|speaking|writing|emailing) (?:to|into) (?:a|the) (?:brick )?(?:wall|void)\b|\bshouting into the void\b', keywords: ['wall', 'void']}
      - {regex: '\b(?:not sure|don''t know|do not know) how (?:else|much more clearly|many (?:more )?ways) (?:i can |to )?(?:explain|say|put|spell out|show)\b[^.!?\n]{0,8}?\b(?:the value|it to you|this to you|why this matters|(?:it|this) any (?:clearer|simpler|plainer))', keywords: ['how else', 'more clearly', 'more ways', 'many ways']}
      - {regex: '\b(?:obvious|no-brainer|no brainer|would have thought|''d have thought|expected|surely|basic)\b[^.!?\n]{0,40}?\bfor (?:someone|anyone|a leader|a person|a team|a company|an org) (?:in your (?:position|role|seat|shoes)|of your (?:size|caliber|calibre|experience|stature|seniority))\b', keywords: ['your position', 'your role', 'your seat', 'your shoes', 'your size', 'your caliber', 'your calibre', 'your experience', 'your stature', 'your seniority']}
      - {regex: '\b(?:keep|stick with|continue|stay with) (?:doing (?:things|it|this) )?(?:the old way|the hard way|the way you are|what you''re doing|your spreadsheets|the status quo|manual\w*)\b[^.!?\n]{0,20}?\bif (?:that''s|that is|it''s) (?:really |truly )?(?:working|worked|good enough)\b|\b(?:sure|fine|ok(?:ay)?|by all means),? (?:keep|stick with|continue|stay with) (?:doing (?:things|it|this) )?(?:the old way|the hard way|what you''re doing|your spreadsheets|the status quo)\b', keywords: ['working', 'worked', 'good enough', 'old way', 'hard way', 'what you''re doing', 'spreadsheets', 'status quo']}
      - {regex: '\b(?:i''ll|i will|i''m going to|i am going to|i plan to|we''ll|we will) (?:be )?(?:speak(?:ing)?|talk(?:ing)?|meet(?:ing)?|connect(?:ing)?|rais(?:e|ing) (?:this|it)) (?:with|to) your (?:ceo|cfo|coo|cro|vp|boss|manager|director|head of [\w-]+|leadership|board|superior)\b[^.!?\n]{0,30}?\b(?:either way|regardless|whether or not you|with or without you|if you won''t|if you don''t|if i don''t)\b', keywords: ['either way', 'regardless', 'whether or not', 'with or without', 'won''t', 'don''t']}
      - {regex: '\b${OFFER}\b[^.!?\n]{0,20}?\b(?:is|are) (?:exclusive|reserved|limited|only available) (?:to|for) (?:a (?:few|handful of|small number of|select (?:few|group))|our (?:top|best|favou?rite|vip)|select|vip|hand-?picked)\b|\b${OFFER}\b[^.!?\n]{0,60}?\b(?:keep|treat) (?:it|this|them|these) (?:as )?(?:confidential|quiet|private|hush-hush|under wraps|to yourself|between us)\b', keywords: ['exclusive', 'reserved', 'limited', 'only available', 'confidential', 'quiet', 'private', 'hush-hush', 'under wraps', 'to yourself', 'between us']}
      - {regex: '\b(?:only|just) (?:extending|offering|giving|doing) (?:this|it|these terms|that|this price|this discount) (?:to|for) you (?:because|since|as)\b', keywords: ['only extending', 'only offering', 'only giving', 'only doing', 'just extending', 'just offering', 'just giving', 'just doing']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have) (?:already |gone ahead and )(?:reserved|booked|blocked|pencil(?:l)?ed|scheduled|set up|drafted|prepared|created|provisioned)\b[^.!?\n]{0,40}?\b(?:just|all you (?:need|have) to do is|simply) (?:confirm|sign|say yes|reply yes|approve|click)\b', keywords: ['just confirm', 'just sign', 'just say yes', 'just reply', 'just approve', 'just click', 'need to do is', 'have to do is', 'simply confirm', 'simply sign']}
      - {regex: '\b(?:i''ll|i will|let me) (?:go ahead and |just )?send (?:over )?(?:the |your |an? )?(?:invoice|contract|order form|agreement|paperwork)(?: over)?\b[^.!?\n]{0,25}?\bso (?:we|you) can (?:get (?:you )?started|kick (?:things )?off|go live)\b(?!,? (?:once|when|whenever|after|if)\b)', keywords: ['get started', 'get you started', 'kick off', 'kick things off', 'go live']}
      - {regex: '\b(?:would|''d) mean (?:a lot|so much|the world|a great deal) to me\b[^.!?\n]{0,40}?\b(?:close|sign|get this (?:done|signed|over the line)|commit|decide)\b|\bbefore my (?:review|performance review|quota|number|target|bonus) (?:closes|ends|is due|is up|meeting)?\b', keywords: ['to me', 'my review', 'my performance', 'my quota', 'my number', 'my target', 'my bonus']}
      - {regex: '\b(?:look back|in (?:six|three|twelve|\d+) months)\b[^.!?\n]{0,40}?\b(?:wish(?:ing)? (?:you''d|you had)|regret)\b|\bwish(?:ing)? you(?:''d| had) (?:acted|signed|moved|started|said yes|jumped|done this) (?:sooner|earlier|when you (?:could|had the chance))?', keywords: ['wish', 'regret']}
      - {regex: '\bdon''t say (?:i|we) didn''t warn you\b|\bdon''t say you weren''t warned\b|\byou(?:''ve| have) been warned\b|\bconsider yourself warned\b', keywords: ['warn']}
      - {regex: '\b(?:the )?last time (?:i''ll|i will|we''ll|we will|i can|we can|i''m able to) (?:be able to )?(?:offer|extend|give|hold|make) (?:this|it|you|that|these)\b', keywords: ['last time']}
      - {regex: '\b(?:your|the) (?:spot|slot|seat|place|reservation|discount|offer|price|rate|allocation|hold)\b[^.!?\n]{0,15}?\b(?:is )?about to (?:be released|expire|go|disappear|vanish|lapse|be given away|be reassigned)\b', keywords: ['about to']}
    exceptions:
      - '\b(?:as (?:we )?(?:agreed|discussed)|as you (?:asked|requested|suggested)|as requested|no (?:rush|pressure))\b'
    message: 'pressure, guilt or manipulation: "{match}"'
    examples:
      fire:
        - 'Teams that moved early are already pulling ahead, and the gap is only going to widen.'
        - 'I''m starting to feel like I''m talking to a wall here.'
        - 'I''m not sure how else to explain the value, to be honest.'
        - 'I would have thought this would be an obvious priority for someone in your position.'
        - 'Sure, keep doing things the old way if that''s working for you.'
        - 'I''ll be speaking with your CFO about this next week either way.'
        - 'This offer is exclusive to a few select partners, so please keep it confidential.'
        - 'I''m only extending this to you because we go way back.'
        - 'I''ve already reserved your onboarding slot for the 12th — just confirm and you''re in.'
        - 'I''ll send the invoice over this afternoon so we can get started.'
        - 'It would mean a lot to me personally if we could close this before my review.'
        - 'I''d hate for you to look back in six months and wish you''d acted.'
        - 'If you pass on this, don''t say I didn''t warn you.'
        - 'This is the last time I''ll be able to offer this.'
        - {text: 'Your spot is about to be released', field: subject}
      pass:
        - 'Teams that moved early gave us great feedback on the new reports.'
        - 'I''m happy to explain the value in a different way if that would help.'
        - 'I''ll send the invoice over this afternoon, as we agreed on the call.'
        - 'I''ve reserved a tentative onboarding slot for the 12th; feel free to move it.'
        - 'It would mean a lot to our team to hear your feedback on the pilot.'
        - 'I''ll send the contract so we can get started once legal has reviewed it.'
        - 'Our CFO will be joining the call next week to answer the billing questions.'
  - id: tone.pressure-shapes-6
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'assumed purchases, going around the prospect, incredulity, did-you-even-read, personal stakes, hours invested, the market moving on without you, first dibs, the team waiting on you'
    patterns:
      - {regex: '\b(?:looking forward to|excited to|can''t wait to|thrilled to) (?:officially )?(?:welcom(?:e|ing) (?:you|your team|[\w-]+) (?:as an? (?:customer|client|partner)|aboard|on board|to the (?:family|team))|hav(?:e|ing) (?:you|your team|[\w-]+) (?:as an? (?:customer|client|partner)|on board|aboard))\b[^.!?\n]{0,20}?\b(?:next week|this week|tomorrow|monday|tuesday|wednesday|thursday|friday|this month|on the \d{1,2}(?:st|nd|rd|th)?)\b', keywords: ['welcom', 'having you', 'have you', 'have your']}
      - {regex: '\bwhich (?:card|credit card|cost cent(?:er|re)|po number|billing entity) should (?:we|i) (?:put|bill|charge|invoice|use)\b', keywords: ['card', 'cost center', 'cost centre', 'po number', 'billing entity']}
      - {regex: '\b(?:since|as|because|given (?:that)?) you(?:''re| are)(?: clearly| still)? (?:not (?:responding|replying|answering|engaging)|ignoring (?:me|my \w+))\b|\bsince (?:i|we) (?:can''t|cannot|couldn''t) (?:seem to )?(?:get|reach) (?:hold of |through to )?you\b[^.!?\n]{0,40}?\b(?:who else|someone else|your (?:boss|manager|vp|ceo|cfo))', keywords: ['not responding', 'not replying', 'not answering', 'not engaging', 'ignoring', 'who else', 'someone else', 'your boss', 'your manager', 'your vp', 'your ceo', 'your cfo']}
      - {regex: '\byou (?:can''t|cannot) (?:possibly |seriously |really )?be serious\b|\b(?:you''re|you are) (?:not )?seriously (?:considering|thinking about|going to) (?:stick|staying|sticking|pass|passing|say(?:ing)? no|wait)', keywords: ['serious']}
      - {regex: '\bdid you even (?:read|open|look at|see|get) (?:my|our|the)\b', keywords: ['did you even']}
      - {regex: '\b(?:i''ll|i will|i''m going to|i''m) assum(?:e|ing) (?:that )?you (?:didn''t|did not|haven''t|have not|never) (?:get a chance to |have time to |bother to )?(?:read|open|see|get|look at) (?:my|any of my|our) (?:last |previous |earlier )?(?:\w+ )?(?:emails|messages|notes|email|message)\b', keywords: ['assume', 'assuming']}
      - {regex: '\b(?:i''m|i am|i''ll be|i will be|my job is|i''m already) (?:skating )?on thin ice\b|\b(?:my|our) (?:manager|boss|vp|director)\b[^.!?\n]{0,30}?\bif (?:this|the) (?:deal|contract|signature) (?:slips|falls through|doesn''t close|doesn''t happen|gets pushed)\b', keywords: ['thin ice', 'slips', 'falls through', 'doesn''t close', 'doesn''t happen', 'gets pushed']}
      - {regex: '\bafter (?:all )?(?:the|these|those|this much|so much) (?:hours|time|weeks|effort|work|energy)\b[^.!?\n]{0,40}?\b(?:i''ve|i have|we''ve|we have) (?:put|spent|invested|poured)\b[^.!?\n]{0,40}?\b(?:reply|response|answer|courtesy|hear back|hearing back|decision|silence|nice|least)\b', keywords: ['reply', 'response', 'answer', 'courtesy', 'hear back', 'hearing back', 'decision', 'silence', 'nice', 'least']}
      - {regex: '\b(?:the )?(?:industry|market|world|space|sector|competition|everyone(?: else)?|everybody(?: else)?|your (?:peers|competitors|market|industry))\b (?:is|are|has|have) (?:already )?(?:moving on|moved on|moving|moved|going|gone|racing ahead|pressing ahead|carrying on)(?: ahead| forward)? without you\b', keywords: ['without you']}
      - {regex: '\b(?:not sure|no idea|don''t (?:know|understand|get)) why (?:this|it) is (?:so |this )?(?:hard|difficult|tough|complicated) to (?:get a (?:yes|reply|response|decision|answer)|decide|commit|say yes|move forward|get (?:an answer|a yes) on)\b|\bso hard to get a (?:yes|reply|response|decision|answer)\b', keywords: ['hard to', 'difficult to', 'tough to', 'complicated to']}
      - {regex: '\b(?:anyone|anybody|any (?:cfo|leader|buyer|team|vp|exec)) with (?:half a brain|a brain|common sense|any sense|a pulse|eyes)\b|\ba (?:child|kid|toddler|monkey|intern) could (?:see|tell|figure|understand|do)\b', keywords: ['half a brain', 'a brain', 'common sense', 'any sense', 'a pulse', 'eyes', 'could see', 'could tell', 'could figure', 'could understand', 'could do']}
      - {regex: '\b(?:(?:don''t|do not|wouldn''t|would not) (?:really )?want to (?:have to )?|(?:i''ll|i will|i may|i might|i''d|i would) (?:have to |need to )?)escalate (?:this|it|things|matters)\b(?! (?:to|with) (?:our|the|my) (?:engineering|support|product|technical|dev|security|billing|ops|success)\b)', keywords: ['escalate']}
      - {regex: '\bfirst dibs\b|\bbefore (?:we|i) (?:open (?:it|this) up|offer (?:it|this)|release (?:it|this)|announce (?:it|this)) (?:up )?to (?:everyone|anyone|the public|other (?:teams|companies|customers|prospects)|the wider (?:market|list))\b', keywords: ['first dibs', 'everyone', 'anyone', 'the public', 'other teams', 'other companies', 'other customers', 'other prospects', 'the wider']}
      - {regex: '\b(?:the|my|our|whole|entire) (?:team|company|group|deal desk|finance team|legal team)(?:''s| is| are) (?:all |just )?(?:waiting|counting) on you\b|\b(?:everyone|everybody)(?:''s| is) (?:waiting|counting) on you\b', keywords: ['waiting on you', 'counting on you']}
      - {regex: '\btime(?:''s| is) (?:almost |nearly |just about |quickly |fast )?(?:up|running out)\b', keywords: ['time''s', 'time is']}
    exceptions:
      - '\b(?:as (?:we )?(?:agreed|discussed)|as you (?:asked|requested|suggested)|as requested|no (?:rush|pressure)|once you(?:''ve| have) signed|now that you(?:''ve| have) signed)\b'
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'Looking forward to welcoming Acme as a customer next week!'
        - 'Which card should we put the first invoice on?'
        - 'Since you''re not responding, who else on your team should I be talking to?'
        - 'You can''t be serious about sticking with your current vendor.'
        - 'Did you even read my last email?'
        - 'I''ll assume you didn''t get a chance to read my last three emails.'
        - 'I''m on thin ice with my manager if this deal slips again.'
        - 'After all the hours I''ve put into this proposal, a reply would be nice.'
        - 'The industry is moving on without you.'
        - 'Not sure why this is so hard to get a yes on.'
        - 'Anyone with half a brain would see the ROI here.'
        - 'I really don''t want to have to escalate this.'
        - 'I''m giving you first dibs before we open it up to everyone else.'
        - 'Can we make this official today? The team''s waiting on you.'
        - {text: 'Time''s almost up', field: subject}
      pass:
        - 'Looking forward to seeing you at the workshop next week!'
        - 'Which email should we send the invoice to?'
        - 'Did you get a chance to look at the deck?'
        - 'If you''d prefer, I can escalate this to our engineering lead.'
        - 'Our team is waiting on your IT contact before we can provision the sandbox.'
        - 'Looking forward to welcoming you as a customer next week, now that you''ve signed!'
        - 'I''ll go ahead without you on Thursday''s call if you''re busy.'
  - id: tone.pressure-shapes-7
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'bosses asking daily, local peers who signed, absolute promises, fear of having offended, incredulity at staying put, announced onboarding, bent rules, cheapest-ever, hour-long deadlines, universal results'
    patterns:
      - {regex: '\b(?:my|our) (?:vp|manager|boss|director|ceo|cfo|cro|leadership|sales director|head of sales) (?:is|are|keeps|has been) (?:asking|chasing|pushing|breathing down my neck|on my back|on me)\b[^.!?\n]{0,30}?\b(?:daily|every day|constantly|non-?stop|all the time|about (?:this|it|you|your (?:decision|answer))|for (?:an? )?(?:answer|update|decision))', keywords: ['asking', 'chasing', 'pushing', 'breathing down', 'on my back', 'on me']}
      - {regex: '\b(?:wanted|want|needed) you to (?:hear|know|learn) (?:it|this|about (?:it|this)) from me(?: first)?\b', keywords: ['from me']}
      - {regex: '\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of|several|a (?:few|handful of)) (?:[\w-]+ )?(?:practices|firms|companies|teams|clinics|schools|districts|banks|lenders|agencies|hospitals|stores|businesses|shops|dealerships|offices|brokers|restaurants|hotels)\b (?:in|across|near|around) your (?:area|county|city|region|state|market|space|industry|vertical|neighbou?rhood|town|patch)\b[^.!?\n]{0,30}?\b(?:signed|switched|joined|moved|bought|came on ?board|went live|sign|switch|join)\b', keywords: ['your area', 'your county', 'your city', 'your region', 'your state', 'your market', 'your space', 'your industry', 'your vertical', 'your neighbo', 'your town', 'your patch']}
      - {regex: '\b(?:never|always|every time|guaranteed|will)\b[^.!?\n]{0,50}?[—–,-] ?(?:that''s|that is) (?:a |my )?(?:promise|guarantee)\b|\b(?:you|your team|your (?:clients|customers|reps|staff)|clients|customers) (?:will )?never (?:miss|lose|worry about|have to worry about|chase) [^.!?\n]{0,30}?\bagain\b', keywords: ['promise', 'guarantee', 'again']}
      - {regex: '\b(?:done|said|written) something to (?:offend|upset|annoy) you\b|\b(?:\w+) (?:emails|messages|notes|follow[- ]?ups|voicemails|calls|attempts)\b[^.!?\n]{0,10}?(?:and|,|but) (?:still )?(?:not a single|not one) (?:reply|response|answer|word|peep)\b', keywords: ['offend', 'upset', 'annoy', 'not a single', 'not one']}
      - {regex: '\bsurely (?:you|your team|a (?:firm|company|team|leader|business|org|practice)(?: of your (?:standing|size|caliber|calibre|stature|experience|sophistication)| like yours| your size)?)\b[^.!?\n]{0,30}?\b(?:can see|see|understand|recogni[sz]e|appreciate|realize|realise)\b', keywords: ['surely']}
      - {regex: '\b(?:stunned|shocked|amazed|floored|baffled|astonished|gobsmacked|flabbergasted|surprised)(?: that)? (?:you''d|you would|anyone would|a (?:team|firm|company|practice) (?:like yours|your size|of your size) would) (?:even )?(?:consider|think about|keep|stay|stick|still|pass|choose|want)\b', keywords: ['stunned', 'shocked', 'amazed', 'floored', 'baffled', 'astonished', 'gobsmacked', 'flabbergasted', 'surprised']}
      - {regex: '\byou(?:''re| are| have been|''ve been|''re clearly) (?:dodging|avoiding|ducking|ghosting|ignoring) (?:me|this|my|our|the (?:conversation|question|topic|issue|decision))\b', keywords: ['dodging', 'avoiding', 'ducking', 'ghosting', 'ignoring']}
      - {regex: '\b(?:took the liberty of|went ahead and|''ve already|have already) (?:scheduling|booking|scheduled|booked|setting up|set up|reserving|reserved|creating|created|drafting|drafted|generating|generated|sending|sent|ordering|ordered) (?:your|the) (?:kickoff|kick-off|onboarding|contract|order form|invoice|account|implementation|go-live|welcome call|po|licen[cs]es|seats)\b', keywords: ['took the liberty', 'went ahead', 'already']}
      - {regex: '\b(?:let|told|informed|notified|updated) (?:our|my) (?:finance|legal|onboarding|implementation|leadership|billing|success|cs|whole|entire) ?(?:team|department|people|folks)?\s?(?:know )?(?:that )?you(?:''re| are| will be|''ll be) (?:coming on ?board|signing|joining|on board|starting|a customer|moving forward)\b', keywords: ['coming on', 'signing', 'joining', 'on board', 'starting', 'a customer', 'moving forward']}
      - {regex: '\bbend(?:ing)? (?:the )?rules\b|\blet''s keep (?:it|this|that) (?:quiet|between us|to ourselves|under wraps|hush-hush)\b', keywords: ['rules', 'keep it', 'keep this', 'keep that']}
      - {regex: '\b(?:cheapest|lowest|best price|best deal|best rate) (?:it|this|the price|pricing)(?:''ll| will| is going to| is ever going to) (?:ever )?be\b', keywords: ['cheapest', 'lowest', 'best price', 'best deal', 'best rate']}
      - {regex: '\b(?:shuts|closes|ends|expires)\b[^.!?\n]{0,30}?\band (?:we|i) (?:won''t|will not|never) (?:run|offer|do|repeat|open|hold) (?:it|this|that)(?: again| twice)\b|\b${OFFER}\b[^.!?\n]{0,30}?\b(?:won''t|will not) be (?:repeated|offered again)\b', keywords: ['again', 'twice', 'repeated']}
      - {regex: '\b(?:need|want|must have|require) (?:your |an? |the )?(?:go-?ahead|answer|decision|signature|yes|sign-?off|approval|reply|response|green light) (?:in|within) (?:the next |an? )?(?:hour|\d+ (?:hours|minutes|mins)|few hours|couple of hours)\b', keywords: ['hour', 'hours', 'minutes', 'mins']}
      - {regex: '\bprioriti[sz]e (?:this|it|us|our (?:deal|contract|proposal)) (?:above|over|ahead of|before) (?:everything|anything|all)(?: else)?\b', keywords: ['prioritise', 'prioritize']}
      - {regex: '\bif you (?:don''t|do not|won''t) (?:move on|act on|jump on|grab|take) (?:this|it)\b[^.!?\n]{0,10}?,? (?:someone|somebody|a competitor|your competitors?|another (?:firm|company|team))(?: else)?(?: in your [\w ]{1,15}?)? (?:will|would)\b', keywords: ['someone', 'somebody', 'competitor', 'another firm', 'another company', 'another team']}
      - {regex: '\b(?:every|each|all(?: the)?) (?:firm|team|company|customer|client|practice|business)s? (?:that''s|that has|that have|who''s|who has|who have) (?:tried|used|adopted|rolled out)\b[^.!?\n]{0,40}?\b(?:seen|saw|got|achieved|hit|cut|doubled)\b|\b(?:\d+ ?%|doubled|tripled|halved|cut|drop|lift|increase|growth|roi|results)\b[^.!?\n]{0,30}?[—–,-] ?(?:and )?(?:yours|you|your team) will (?:too|as well)\b', keywords: ['tried', 'used', 'adopted', 'rolled out', 'will too', 'will as well']}
      - {regex: '\b(?:can''t|cannot) afford to (?:get (?:this |it )?wrong|miss (?:this|out)|pass (?:on )?(?:this|it|up)|say no|ignore (?:this|it)|sit (?:this )?out)\b', keywords: ['afford to']}
      - {regex: '\bare you in or (?:not|out)\s*\?|\blast (?:try|attempt|shot|ask)\s*[:—–-]', keywords: ['in or not', 'in or out', 'last try', 'last attempt', 'last shot', 'last ask']}
    exceptions:
      - '\byou (?:asked|enquired|inquired) (?:about|for|after)\b[^.!?\n]{0,80}\b(?:wanted|want|needed) you to (?:hear|know|learn)\b|\b(?:is|are) now (?:available|live|out)\b[^.!?\n]{0,80}\b(?:wanted|want) you to (?:hear|know)\b'
      - '\bhear (?:this|it|the news) (?:from me|directly)[^.!?\n]{0,40}\bas well as\b'
      - '\bhear (?:this|it|the news) from me (?:rather than|before|instead of|and not) (?:from |read(?:ing)? (?:it|about it) |see(?:ing)? it )?(?:in )?(?:a |the )?(?:press release|news|somewhere else|elsewhere|anyone else|someone else|the press|linkedin|the grapevine|a newsletter)\b'
      - '\b(?:as (?:we )?(?:agreed|discussed)|as you (?:asked|requested|suggested)|as requested|you asked for|you requested|tentative(?:ly)?|feel free to (?:move|change|cancel)|no (?:rush|pressure))\b'
    message: 'pressure, guilt, condescension or a promise of results: "{match}"'
    examples:
      fire:
        - 'Any update? My VP is asking about it daily.'
        - 'Wanted you to hear it from me first — Initech went live with us on Monday.'
        - 'We''ve had eleven practices in your county sign in the last month alone.'
        - 'Our clients never miss a deadline again — that''s a promise.'
        - 'Five emails and not a single reply — I''m beginning to wonder if I''ve done something to offend you.'
        - 'Surely a firm of your standing can see the obvious benefit here.'
        - 'I''m honestly stunned that you''d consider staying with paper timesheets.'
        - 'If there''s a reason you''re dodging this conversation, I''d rather you just say so.'
        - 'I took the liberty of scheduling your kickoff for the 3rd; just reply with the PO.'
        - 'I''ve let our finance team know you''re coming on board this month.'
        - 'I''m bending the rules a bit to get you this number, so let''s keep it quiet.'
        - 'This is the cheapest it will ever be.'
        - 'Registration for the founding cohort shuts tomorrow night and we won''t run it again.'
        - 'I need your go-ahead in the next hour.'
        - 'Please prioritise this above everything else on your plate today.'
        - 'If you don''t move on this, someone else in your market will.'
        - 'Every firm that''s tried this has seen a 50% drop in rework — yours will too.'
        - 'This is the one decision this year that you can''t afford to get wrong.'
        - 'Okay, last try: are you in or not?'
      pass:
        - 'I wanted you to hear this from me directly as well as through this morning''s announcement: Ourco has raised a Series B.'
        - 'Any update on the security review? Happy to help if IT has questions.'
        - 'Several practices in your county use us for scheduling.'
        - 'I''ll send the revised quote by Friday — that''s a promise.'
        - 'I''ve pencilled in a tentative kickoff for the 3rd; let me know if you''d like it.'
        - 'I let our finance team know to expect your PO whenever it''s ready.'
        - 'If you''re avoiding Mondays for calls, Tuesday works too.'
        - 'I went ahead and booked the kickoff call you asked for.'
        - 'Most firms that pilot with us keep the product after the trial.'
        - 'I wanted you to hear the news from me rather than from a press release.'
  - id: tone.pressure-shapes-8
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'thin patience, serious-buyers-only access, bosses who will hear about it, lost places in line, work already started, everyone-signed claims, too much to ask, reading silence, giving slots away, should-have-done-it, under pressure, no second chance'
    patterns:
      - {regex: '\bmy patience (?:isn''t|is not|is (?:running|wearing|getting) (?:thin|out)|has (?:its )?limits|has run out|is (?:limited|finite))\b', keywords: ['patience']}
      - {regex: '\b(?:surprised|shocked|amazed|expected)\b[^.!?\n]{0,20}?\b(?:someone|anyone|a leader|a team|a company|a firm) (?:in your (?:position|role|seat|shoes)|of your (?:size|caliber|calibre|stature|experience|seniority|standing))\b[^.!?\n]{0,20}?\b(?:hasn''t|has not|didn''t|did not|isn''t|is not|wouldn''t|still|already)\b', keywords: ['your position', 'your role', 'your seat', 'your shoes', 'your size', 'your caliber', 'your calibre', 'your stature', 'your experience', 'your seniority', 'your standing']}
      - {regex: '\bonly (?:serious|qualified|real|committed|smart|top|the best) (?:buyers|teams|companies|leaders|customers|players|people|prospects)\b[^.!?\n]{0,30}?\b(?:get|have|receive|qualify|see|are offered|make the cut)\b', keywords: ['only serious', 'only qualified', 'only real', 'only committed', 'only smart', 'only top', 'only the best']}
      - {regex: '\byour (?:ceo|cfo|boss|manager|vp|board|leadership|cro|coo|director)\b (?:is going to|will|''ll|is gonna) (?:hear|find out|learn|know) (?:about )?(?:this|it)\b[^.!?\n]{0,30}?\b(?:one way or (?:another|the other)|either way|regardless|sooner or later|from me)\b', keywords: ['one way or', 'either way', 'regardless', 'sooner or later', 'from me']}
      - {regex: '\bcan''t believe (?:you''re|you are|your team is|you''d|you would) (?:still|not|passing|ignoring|waiting|hesitating|sitting|even considering|considering (?:staying|passing|saying no|waiting))\b|\b(?:still|remain(?:ing)?|sitting|stuck) on the fence\b[^.!?\n]{0,40}?\bafter (?:everything|all)\b', keywords: ['can''t believe', 'on the fence']}
      - {regex: '\bso (?:you|your team) (?:don''t|do not|won''t) (?:lose|miss|forfeit|give up) (?:your|the|this) (?:place|spot|slot|seat|discount|price|rate|offer|deal|window|chance|allocation)\b', keywords: ['don''t lose', 'do not lose', 'won''t lose', 'don''t miss', 'do not miss', 'won''t miss', 'don''t forfeit', 'do not forfeit', 'won''t forfeit', 'don''t give up', 'do not give up', 'won''t give up']}
      - {regex: '\balready (?:started|begun|set up|setting up|building|built|configured|configuring|provisioned|provisioning|kicked off)\b[^.!?\n]{0,50}?\b(?:just|only|all (?:we|i)) need (?:is )?(?:your|a|the) (?:signature|sign-?off|yes|po|go-ahead|approval|green light)\b', keywords: ['already started', 'already begun', 'already set up', 'already setting up', 'already building', 'already built', 'already configured', 'already configuring', 'already provisioned', 'already provisioning', 'already kicked off']}
      - {regex: '\b(?:everybody|everyone|every (?:team|company|leader|buyer|customer|cfo|prospect)) (?:i''ve|i have|we''ve|we have) (?:shown|demoed|pitched|presented|walked through) (?:this|it) to (?:has|have) (?:signed|bought|switched|moved|said yes|come on ?board|converted|purchased)\b', keywords: ['shown', 'demoed', 'pitched', 'presented', 'walked through']}
      - {regex: '\b(?:no one|nobody|not (?:one|a single) (?:customer|client|team|company)|none of our (?:customers|clients)) (?:has |have )?(?:ever )?(?:regretted|looked back|asked for a refund|been disappointed)\b', keywords: ['regretted', 'looked back', 'refund', 'disappointed']}
      - {regex: '\b(?:is )?(?:that|this|it) (?:really |honestly |seriously )?too much to ask\b', keywords: ['too much to ask']}
      - {regex: '\b(?:assum\w+|tak(?:e|ing)|guess\w*|read\w*|gather\w*|conclud\w*) (?:from|by) your silence\b|\bgiven your silence\b', keywords: ['your silence']}
      - {regex: '\b(?:giv(?:e|ing)|releas(?:e|ing)|hand(?:ing)?|offer(?:ing)?|reassign(?:ing)?) (?:your|this) (?:[\w-]+ )?(?:slot|spot|seat|place|allocation|reservation|discount|price|rate) (?:away|to (?:someone|another|the next))\b', keywords: ['slot away', 'spot away', 'seat away', 'place away', 'allocation away', 'reservation away', 'discount away', 'price away', 'rate away', 'to someone', 'to another', 'to the next']}
      - {regex: '\byou (?:really |honestly |frankly )?should(?:''ve| have) (?:done|started|signed|switched|moved|fixed|bought|acted on) (?:this|it|that)(?: (?:last|a) (?:year|quarter|month)| (?:years|months) ago| sooner| earlier| already| long ago| by now)\b', keywords: ['should''ve', 'should have']}
      - {regex: '\b(?:doing|do) (?:yourself|your team|your company|your reps) a (?:real |huge |big |great |serious )?disservice\b', keywords: ['disservice']}
      - {regex: '\b(?:only|just) (?:telling|showing|offering|sharing (?:this )?with|giving) you (?:this )?because (?:i (?:like|trust|respect) you|we(?:''re| are) friends|we go (?:way )?back)\b', keywords: ['because']}
      - {regex: '\b(?:i''m|i am) under (?:a lot of|so much|a ton of|huge|real|serious|enormous|a bit of) (?:pressure|stress)\b', keywords: ['pressure', 'stress']}
      - {regex: '\b(?:my|our) (?:boss|manager|vp|director|ceo|cfo|cro|sales director) (?:will|is going to|''ll|would|''d) (?:kill|murder|fire|have my head|be furious|be livid|lose it)\b', keywords: ['kill', 'murder', 'fire', 'my head', 'furious', 'livid', 'lose it']}
      - {regex: '\b(?:\d+|two|three|four|five|six|several|a few|half|most) of your (?:direct |biggest |main |closest )?(?:competitors|rivals|peers)\b[^.!?\n]{0,20}?\b(?:booked|scheduled|requested|took|started|kicked off|began|are (?:trialing|trialling|piloting|testing|evaluating))\b', keywords: ['of your']}
      - {regex: '\byou (?:won''t|will not|will never|''ll never|can''t|cannot) (?:find|get|see) (?:a )?(?:better|lower|cheaper|sweeter) (?:deal|price|rate|offer|discount|terms)\b', keywords: ['better', 'lower', 'cheaper', 'sweeter']}
      - {regex: '\b(?:hope|afraid|worried|feel like|feels like) (?:i|we) (?:haven''t |have |''ve )?(?:wasted|been wasting) (?:my|our) time\b', keywords: ['wasted', 'wasting']}
      - {regex: '\b(?:we''ll|we will|i''ll|i will) (?:be )?(?:mov(?:e|ing) forward|proceed(?:ing)?|go(?:ing)? ahead|start(?:ing)?|kick(?:ing)? off|process(?:ing)?|invoic(?:e|ing)|bill(?:ing)?)\b[^.!?\n]{0,10}?\b(?:with )?(?:the |your )?(?:rollout|roll-out|contract|order|invoice|subscription|purchase|onboarding|implementation|renewal|paperwork|upgrade|deal|licen[cs]es|seats|go-live)\b[^.!?\n]{0,30}?\bunless (?:you|we hear|i hear) (?:object|say otherwise|tell (?:me|us) otherwise|stop (?:me|us)|hear otherwise|otherwise)\b', keywords: ['unless']}
      - {regex: '\b(?:there won''t be|there will not be|you won''t get|you will not get|there''s no|there is no) (?:a )?(?:second|another) (?:chance|shot|opportunity)\b', keywords: ['second chance', 'second shot', 'second opportunity', 'another chance', 'another shot', 'another opportunity']}
    exceptions:
      - '${PLANS_CHANGE}'
      - '\b(?:as (?:we )?(?:agreed|discussed)|as you (?:asked|requested|suggested)|as requested|no (?:rush|pressure))\b'
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'As I''m sure you can appreciate, my patience isn''t unlimited.'
        - 'Frankly, I''m surprised someone in your position hasn''t addressed this already.'
        - 'Only serious buyers get this level of access, and I assumed you were one.'
        - 'Your CEO is going to hear about this one way or another.'
        - 'I can''t believe you''re still on the fence after everything I''ve shown you.'
        - 'Let''s get you signed up today so you don''t lose your place in line.'
        - 'The team has already started setting up your workspace, so we just need your signature.'
        - 'Everybody I''ve shown this to has signed within a week.'
        - 'No one has ever regretted switching to us.'
        - 'Two sentences from you is all I need — is that really too much to ask?'
        - 'I''m assuming from your silence that growth isn''t a priority this year.'
        - 'We''re this close to giving your slot away, so please confirm.'
        - 'You really should have done this last year.'
        - 'You''d be doing yourself a real disservice by passing on this.'
        - 'This is strictly confidential — I''m only telling you because I like you.'
        - 'I''d really appreciate it, because I''m under a lot of pressure here.'
        - 'I''ll be honest, my boss will kill me if this slips into next quarter.'
        - 'Last week three of your competitors booked demos after seeing what we did for Globex.'
        - 'Trust me on this one — you won''t find a better deal anywhere.'
        - 'I hope I haven''t wasted my time putting this proposal together.'
        - 'We''ll be moving forward with the rollout on Monday unless you object.'
        - 'There won''t be a second chance at this price.'
      pass:
        - 'Seats are limited to 180, so if you can no longer attend, we''d be grateful if you could reply to let us know, so we can offer your place to someone on the waiting list.'
        - 'I appreciate your patience while we fixed the sync issue.'
        - 'We just need your signature on the NDA before the technical deep-dive.'
        - 'I''ll book the room for Tuesday unless you tell me otherwise.'
        - 'We''ll start the pilot on Monday, as we agreed on Tuesday''s call.'
        - 'There will be a second round of beta invites in the spring.'
        - 'I can''t believe you''re already planning for Q4, impressive!'
  - id: tone.pressure-shapes-9
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'reply deadlines (no later than), rivals already using it, neighbours on us, promised returns, certain targets, explaining twice, not-a-complicated-decision, going ahead to your COO, secret discounts, holds that cannot last, alternative-choice closes, begging, help-me-out'
    patterns:
      - {regex: '\b(?:respond|reply|answer|decide|commit|sign|get back)\b[^.!?\n]{0,50}?\bno later than ${WHEN}', keywords: ['no later than']}
      - {regex: '\byour (?:competitors|rivals|competition|peers|biggest competitor|main competitor|closest competitor)\b (?:have been|are|''ve been|has been|is) (?:already )?(?:using|running|on|rolling out) (?:this|us|it|ourco)\b', keywords: ['using', 'running', 'rolling out', 'on us', 'on this', 'on it', 'on ourco']}
      - {regex: '\b(?:most|many|all|half|nearly all|almost all) (?:of )?the (?:[\w-]+ )?(?:firms|companies|teams|practices|businesses|shops|offices|stores|clinics|agencies)\b[^.!?\n]{0,25}?\balready (?:work with|use|run on|rely on|switched to|moved to|signed with|are on|bank with) (?:us|ourco|this|it)\b', keywords: ['already']}
      - {regex: '\b(?:we|i) (?:promise|guarantee|pledge) (?:you )?(?:a |an )?(?:\d+x |\d+% |positive |full )?(?:return|roi|payback|results?|lift|increase|savings)\b', keywords: ['promise', 'guarantee', 'pledge']}
      - {regex: '\b(?:you|your (?:team|reps|company|org|business|sales team))(?:''ll| will) (?:definitely|certainly|absolutely|surely|undoubtedly|100%|for sure) ${OUTCOME}', keywords: ['definitely', 'certainly', 'absolutely', 'surely', 'undoubtedly', '100%', 'for sure']}
      - {regex: '\b(?:didn''t|did not|shouldn''t|should not) (?:expect to )?(?:have|need) to (?:explain|say|repeat|ask|spell out) (?:this|it|myself|that) (?:twice|again|a second time|three times)\b', keywords: ['twice', 'again', 'second time', 'three times']}
      - {regex: '\b(?:this|it)(?: really| honestly)? (?:isn''t|is not|''s not) (?:a |an )?(?:complicated|difficult|hard|tough|complex) (?:decision|choice|call)\b(?! to (?:reverse|undo|change))', keywords: ['complicated', 'difficult', 'hard', 'tough', 'complex']}
      - {regex: '\bif (?:you|your team)(?:''d| had) (?:looked at|read|considered|understood|evaluated) (?:this|it|my \w+) (?:properly|carefully|closely|seriously)\b', keywords: ['properly', 'carefully', 'closely', 'seriously']}
      - {regex: '\b(?:i''ll|i will|i''m going to|let me)(?: just)? go ahead and (?:reach out to|contact|email|call|loop in|escalate (?:this )?to|go to|talk to|speak to|speak with|talk with) your (?:ceo|cfo|coo|cro|vp|boss|manager|director|head of [\w-]+|leadership|board|superior)\b', keywords: ['go ahead and']}
      - {regex: '\bkeep (?:this|it|that) (?:between us|between you and me|to yourself|under wraps)\b[^.!?\n]{0,40}?\b${OFFER}\b', keywords: ['between us', 'between you and me', 'to yourself', 'under wraps']}
      - {regex: '\b(?:can''t|cannot|won''t be able to|can not) (?:hold|keep|save|reserve) (?:it|this|that|them) (?:for )?(?:long|much longer|forever|indefinitely|any longer|for long)\b', keywords: ['it long', 'this long', 'that long', 'them long', 'for long', 'much longer', 'any longer', 'forever', 'indefinitely']}
      - {regex: '\b(?:when|which (?:day|date)) (?:would you like|should (?:we|i)|do you want) (?:us |me )?(?:to )?(?:start|schedule|begin|kick off|book) (?:your|the) (?:onboarding|kickoff|kick-off|implementation|rollout|contract|subscription|go-live)\b[^.!?\n]{0,10}?[—–:,-] ?(?:this|next) \w+ or\b', keywords: ['onboarding', 'kickoff', 'kick-off', 'implementation', 'rollout', 'contract', 'subscription', 'go-live']}
      - {regex: '\b(?:prepared|set up|created|provisioned|configured) your (?:account|workspace|instance|licen[cs]es|seats|tenant)\b[^.!?\n]{0,40}?\b(?:the moment|as soon as|the second|the minute) you (?:sign|say yes|commit)\b', keywords: ['the moment', 'as soon as', 'the second', 'the minute']}
      - {regex: '\b(?:would|''d|it''d) (?:really |honestly |truly )?help me (?:out )?(?:a lot )?if you (?:could |can )?(?:sign|commit|decide|close|get this (?:done|signed)|say yes)\b', keywords: ['help me']}
      - {regex: '\b(?:i''m|i am) begging(?: you| here)?\b|\bbeg(?:ging)? you to\b', keywords: ['begging', 'beg you']}
      - {regex: '\beven (?:your |an? )?(?:intern|interns|kid|kids|child|children|grandma|grandmother|junior|juniors|a monkey) could\b|\bnot (?:exactly |really |quite )?(?:rocket science|brain surgery)\b(?! (?:it is|it isn''t))', keywords: ['intern', 'kid could', 'kids could', 'child', 'grandma', 'grandmother', 'junior', 'monkey', 'rocket science', 'brain surgery']}
      - {regex: '\b(?:the )?ball(?:''s| is) in your court,? but (?:not for long|only (?:until|for)|the clock|time)\b', keywords: ['your court']}
      - {regex: '\b(?:don''t|do not) leave (?:this|it|that|the (?:offer|discount|deal|money|savings)) on the table\b', keywords: ['on the table']}
    exceptions:
      - '\b(?:as (?:we )?(?:agreed|discussed)|as you (?:asked|requested|suggested)|as requested|no (?:rush|pressure)|once you(?:''ve| have) decided)\b'
    message: 'pressure, guilt, condescension or a promise of results: "{match}"'
    examples:
      fire:
        - 'Please respond at your earliest convenience, but no later than noon tomorrow.'
        - 'Your competitors have been using this for a year, and it shows in their numbers.'
        - 'Most of the firms on your street already work with us.'
        - 'We promise a return on investment within 90 days.'
        - 'Your team will definitely hit its targets with this in place.'
        - 'I didn''t expect to have to explain this twice.'
        - 'This isn''t a complicated decision, Dana.'
        - 'If your team had looked at this properly, you''d already be using it.'
        - 'I''ll just go ahead and reach out to your COO then.'
        - 'I wanted to keep this between us for now — the discount isn''t public.'
        - 'I''ve set aside a special allocation just for you, but I can''t hold it long.'
        - 'When would you like us to start your onboarding — this Monday or next?'
        - 'I''ve prepared your account and it''s ready to activate the moment you sign.'
        - 'It would really help me out if you could sign this week.'
        - 'Please, I''m begging you, just give this ten minutes.'
        - 'It''s honestly not rocket science — even your interns could run it.'
        - 'The ball''s in your court, but not for long.'
        - 'Don''t leave this on the table — it won''t be here next week.'
      pass:
        - 'Please send questions for the panel no later than Friday.'
        - 'Some of your competitors are customers, and we keep every account''s data separate.'
        - 'We estimate a return within a year, based on the pilot data you shared.'
        - 'This is a complex decision, so take the time you need.'
        - 'It''s not a hard decision to reverse, since you can cancel anytime.'
        - 'When would you like to start onboarding, once you''ve decided?'
        - 'The discount isn''t public yet because we announce it next week.'
        - 'Rocket science it is not, but the migration has a few steps we handle for you.'
  - id: tone.pressure-shapes-10
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'demands before the rep leaves, urged bookings, discounts that only stand if signed by a date, answers needed by then, riskiest-option framing, peers who moved months ago, by-the-time-you-decide, near-guarantees, every-single-one claims, chasing you, missing the picture, forced escalation, hush-hush offers, assumed kickoffs, the whole deal hinging on it'
    patterns:
      - {regex: '\b(?:need|want|must have|require) (?:a |an |your )?(?:firm |final |clear |definite )?(?:yes|answer|decision|commitment|signature|go-ahead)\b(?: from you)? (?:before|by) (?:i (?:leave|go|head out|log off|sign off)|the (?:weekend|end of (?:the )?(?:day|week))|end of (?:day|week))\b', keywords: ['before i', 'by the', 'before the', 'by end', 'before end']}
      - {regex: '\b(?:strongly (?:recommend|suggest|advise)|urge you to|i''d hurry and) (?:securing|secure|locking in|lock in|grabbing|grab|reserving|reserve|claiming|claim|booking|book) (?:your|a) (?:place|spot|slot|seat|rate|price|discount)\b', keywords: ['strongly', 'urge you', 'hurry']}
      - {regex: '\b(?:only (?:stands|holds|applies|works|counts)|(?:stands|holds|applies) only) if (?:the )?(?:paperwork|contract|signature|order form|po|you sign|it''s signed|you commit|we get)\b[^.!?\n]{0,30}?\b(?:by|before) ${WHEN}', keywords: ['only stands', 'only holds', 'only applies', 'only works', 'only counts', 'stands only', 'holds only', 'applies only']}
      - {regex: '\bso (?:i''ll|i will|i) (?:need|have to have|must have) (?:your|an|a) (?:answer|decision|signature|yes|reply|response|commitment) (?:by )?(?:then|before then|by then)\b', keywords: ['then']}
      - {regex: '\b(?:staying (?:where you are|put|with [\w-]+|on [\w-]+)|doing nothing|the status quo|waiting|standing still)\b[^.!?\n]{0,15}?\b(?:is|are) (?:actually |honestly |really )?(?:the (?:riskiest|most expensive|costliest|worst|biggest risk)|a (?:bigger|huge|real) risk)\b', keywords: ['riskiest', 'most expensive', 'costliest', 'worst', 'biggest risk', 'bigger risk', 'huge risk', 'real risk']}
      - {regex: '\byour (?:peers|competitors|rivals|counterparts)\b[^.!?\n]{0,30}?\b(?:made (?:this|the|that) (?:call|move|switch|decision|jump)|switched|moved|signed|did this) (?:months|years|weeks|a year|a while|long) ago\b', keywords: ['ago']}
      - {regex: '\bby the time you (?:decide|sign|get (?:around|round) to (?:it|this)|act|move|make up your mind)\b[^.!?\n]{0,10}?,? (?:your (?:competitors|rivals|competition|peers)|the (?:offer|price|discount|slot|spot|window|seat)|everyone(?: else)?)\b', keywords: ['by the time you']}
      - {regex: '\b(?:practically|virtually|basically|all but|pretty much|essentially) guarantees?\b', keywords: ['guarantee']}
      - {regex: '\b(?:everyone|everybody|every (?:customer|client|team|company)|all (?:of )?(?:our )?(?:customers|clients)) (?:who|that) (?:has |have )?(?:tried|used|bought|adopted) (?:it|us|this)\b[^.!?\n]{0,20}?\b(?:renewed|stayed|stuck with|bought more|expanded|doubled|seen|saw|hit)\b|[—–,-] ?every single one\b', keywords: ['tried', 'used', 'bought', 'adopted', 'every single one']}
      - {regex: '\b(?:\w+ (?:weeks|days|months)|this long) without (?:a |any )?(?:reply|response|answer|word)\b[^.!?\n]{0,20}?\b(?:feels|seems|is) (?:a bit |a little |rather |pretty |quite |kind of )?(?:much|rude|long|excessive|unprofessional)\b', keywords: ['without a', 'without any', 'without reply', 'without response', 'without answer', 'without word']}
      - {regex: '(?<!sorry to )(?<!apologies for )\b(?:still|keep|keeping) (?:having to )?(?:chas(?:e|ing)|hound(?:ing)?|nag(?:ging)?|pester(?:ing)?|hunt(?:ing)?) you\b', keywords: ['chase you', 'chasing you', 'hound you', 'hounding you', 'nag you', 'nagging you', 'pester you', 'pestering you', 'hunt you', 'hunting you']}
      - {regex: '\b(?:run|running|ran) out of (?:ways|how many ways) to (?:say|explain|put|ask)\b', keywords: ['out of ways']}
      - {regex: '\byou (?:might |may |probably |clearly |obviously )?(?:don''t|do not|not|can''t|cannot) (?:fully |really |quite )?(?:grasp|realize|realise|appreciate|comprehend) (?:how much|what (?:this|it|that) (?:is )?cost|the (?:cost|scale|size))\b', keywords: ['grasp', 'realize', 'realise', 'appreciate', 'comprehend']}
      - {regex: '\b(?:you''re|you are|you''ve been|you may be|you might be) (?:completely |totally |really |just )?missing the (?:bigger |big |whole )?(?:picture|point)\b', keywords: ['missing the']}
      - {regex: '\b(?:i''ll|i will|i''d|i would|i may|i might) (?:be forced|have no choice but|have to|need) to (?:go|escalate|reach out|take (?:this|it)) (?:to|over|with|up with) your\b', keywords: ['forced', 'no choice', 'have to go', 'have to escalate', 'have to reach out', 'have to take', 'need to go', 'need to escalate', 'need to reach out', 'need to take']}
      - {regex: '\bone of (?:a )?(?:very )?(?:small|tiny|select|limited) (?:number|group|handful) of (?:people|teams|companies|leaders|customers|prospects|accounts)\b[^.!?\n]{0,20}?\b(?:seeing|getting|receiving|offered|invited|with access)\b', keywords: ['number of', 'group of', 'handful of']}
      - {regex: '\bclose to (?:your|the) chest\b|\b(?:isn''t|is not|won''t be|will not be|not) (?:going out|available|offered|being offered|released) to (?:the )?(?:wider|general|broader) (?:market|public|audience|list)\b', keywords: ['chest', 'wider', 'general', 'broader']}
      - {regex: '\bsince (?:we''re|we are) (?:aligned|agreed|on the same page|in agreement)\b[^.!?\n]{0,60}?\b(?:kick off|start|go live|begin) ${WHEN}', keywords: ['aligned', 'agreed', 'same page', 'in agreement']}
      - {regex: '\b(?:just|simply) (?:reply|respond|write back|answer|say|type) (?:with )?(?:a )?["''‘’“”]?yes["''‘’“”]?\W{0,3} and (?:i''ll|i will|we''ll|we will) (?:handle|take care of|do) (?:everything|the rest|it all)\b', keywords: ['handle', 'take care of', 'the rest', 'it all']}
      - {regex: '\bwent out of my way (?:for you|to get you|to secure (?:this|you)|to make this happen)\b', keywords: ['out of my way']}
      - {regex: '\b(?:the )?(?:whole|entire) (?:deal|thing|quarter|discount|offer) (?:hinges|depends|rides|rests) on (?:it|this|you|that|your)\b', keywords: ['hinges', 'depends', 'rides', 'rests']}
      - {regex: '\b(?:heads[- ]up|fyi|just so you know|in case you missed it|thought you should know)\b[^.!?\n]{0,60}?\b(?:switched (?:over )?to us|moved (?:over )?to us|signed (?:up )?with us|went live with us|came on ?board with us|chose us|picked us)\b', keywords: ['to us', 'with us', 'chose us', 'picked us']}
      - {regex: '\bonce (?:this|the|these|our) (?:[\w-]+ )?(?:batch|round|allocation|block|tranche|lot) (?:of [\w-]+ )?(?:is|are) (?:gone|sold|taken|claimed)\b', keywords: ['gone', 'sold', 'taken', 'claimed']}
      - {regex: '\bgiv(?:e|ing) up on you\b', keywords: ['up on you']}
    exceptions:
      - '\b(?:won''t|will not|don''t want to|do not want to|not going to|no need to|i''ll stop|i will stop|rather not|promise not to) (?:keep |continue )?(?:chas|hound|nag|pester|bug|bother)'
      - '\bso (?:that )?i (?:don''t|do not|won''t) (?:keep )?(?:pester(?:ing)?|chas(?:e|ing)|bother(?:ing)?|nag(?:ging)?|hound(?:ing)?) you\b'
      - '\b(?:as (?:we )?(?:agreed|discussed)|as you (?:asked|requested|suggested)|as requested|no (?:rush|pressure))\b'
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'I know things are hectic, but I''ll need a firm yes from you before I leave for the weekend.'
        - 'Given how quickly the spring pilot filled last year, I''d strongly recommend securing your place this week.'
        - 'Happy to chat, though I should mention the 15% only stands if paperwork is in by the 20th.'
        - 'Leadership asked me to wrap up all open proposals by Wednesday, so I''ll need your answer then.'
        - 'Honestly, staying where you are is the riskiest option you''ve got.'
        - 'Your peers at the regional banks made this call months ago.'
        - 'By the time you decide, your competitors will already have a year of data on you.'
        - 'This tool practically guarantees you''ll outsell last year.'
        - 'Everyone who has tried it has renewed — every single one.'
        - 'I''m sure you''re busy, but three weeks without a reply feels a bit much.'
        - 'Kind of surprised I''m still chasing you on this one.'
        - 'I''m not trying to be difficult, but I''ve run out of ways to say this.'
        - 'You might not fully grasp how much this costs you every month.'
        - 'With all due respect, you''re missing the bigger picture here.'
        - 'If I don''t get an answer by Friday, I''ll be forced to go to your leadership.'
        - 'You''re one of a very small number of people seeing this offer.'
        - 'I''d keep this one close to your chest — it isn''t going out to the wider market.'
        - 'Since we''re aligned, I''ll send the paperwork tonight and we can kick off Monday.'
        - 'Just reply ''yes'' and I''ll handle everything from there.'
        - 'I went out of my way for you on this one.'
        - 'The whole deal hinges on it.'
        - 'Heads up: Umbrella Health switched to us last month, in case that matters to you.'
        - 'Once this batch of licenses is gone, that''s it.'
        - {text: 'I''m giving up on you', field: subject}
      pass:
        - 'I won''t keep pestering you; if you''d like to revisit it, just reply.'
        - 'No worries if this isn''t a priority; I''d just appreciate a quick ''not now'' so I don''t keep pestering you.'
        - 'By the time you decide, we''ll have the SOC 2 report renewed too.'
        - 'I''d love to understand how much the current process costs you each month.'
        - 'Since we''re aligned on scope, I''ll send the SOW for your legal team to review.'
        - 'Just reply yes if Thursday works and I''ll send the invite.'
        - 'I went out of my way to find a reference customer in your industry.'
        - 'Sorry to keep chasing you on the invoice address.'
        - 'You''re one of the first people to see the new dashboard, and I''d value your feedback.'
        - 'Heads up: the API maintenance window is Sunday at 2am.'
  - id: tone.pressure-shapes-11
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'sitting on it, reporting to my VP, never-failed claims, nothing back all week, slow explanations, decision-maker jabs, hiding from procurement, exceptions made for you, premature congratulations, favours owed, waste-my-time jabs, small asks'
    patterns:
      - {regex: '\b(?:don''t|do not|please don''t) sit on (?:this|it)\b', keywords: ['sit on']}
      - {regex: '\b(?:by|before|today|tonight|tomorrow|eod|cob|end of (?:the )?(?:day|week)|this week|asap)\b[^.!?\n]{0,40}\?\s{1,3}(?:i have to|i need to|i''ve got to|gotta) (?:report|update|tell|answer to|give an update to|go back to) (?:to )?my (?:vp|boss|manager|director|ceo|cfo|cro|leadership)\b', keywords: ['my vp', 'my boss', 'my manager', 'my director', 'my ceo', 'my cfo', 'my cro', 'my leadership']}
      - {regex: '\b(?:has|have) never (?:once )?failed (?:for )?(?:a|any|one) (?:customer|client|team)\b|[—–,-] ?not once\b(?! (?:a|per|every|each|in (?:a|the)) (?:day|week|fortnight|month|quarter|year|season|term|cycle)\b)(?! (?:or twice|in a while)\b)', keywords: ['never failed', 'never once', 'not once']}
      - {regex: '\bwith nothing back\b|\b(?:all week|all month|for (?:days|weeks))\b[^.!?\n]{0,20}?\bnothing back\b', keywords: ['nothing back']}
      - {regex: '\bwalk you through (?:it|this) (?:very |really )?slowly\b', keywords: ['slowly']}
      - {regex: '\bif you(?:''re| are) not (?:the right person|the one|able|empowered|authori[sz]ed) to make (?:decisions|the decision|this decision|this call)\b', keywords: ['make decisions', 'make the decision', 'make this decision', 'make this call']}
      - {regex: '\b(?:don''t|do not|please don''t) (?:share|show|forward|mention) (?:it|this|that) (?:with|to) (?:procurement|your procurement|purchasing|anyone (?:else )?(?:at|in) your|other vendors)\b', keywords: ['procurement', 'purchasing', 'anyone', 'other vendors']}
      - {regex: '\b(?:convinced|persuaded|got) my (?:boss|manager|vp|director|ceo|cfo|finance team|deal desk) to (?:make an exception|approve (?:this|it) for you|bend)\b|\bmak(?:e|ing) an exception (?:just )?for you\b', keywords: ['exception', 'bend']}
      - {regex: '\bcongrat\w* on (?:deciding|choosing|your decision) to (?:move forward|sign|join|partner|go with us|buy|come on ?board)\b', keywords: ['congrat']}
      - {regex: '\b(?:told|informed|let|notified|updated) (?:our|my) (?:ceo|cfo|founder|vp|boss|manager|leadership|board)\b(?: know)? (?:that )?you(?:''re| are| will be|''ll be) (?:on board|coming on ?board|signing|joining|a customer|moving forward)\b', keywords: ['on board', 'onboard', 'signing', 'joining', 'a customer', 'moving forward']}
      - {regex: '\bdo (?:this|it) for me\b', keywords: ['this for me', 'it for me']}
      - {regex: '\b(?:others|people|prospects|everyone else) who (?:waste|wasted) my time\b|\bthought you were different\b', keywords: ['my time', 'different']}
      - {regex: '\bship has sailed\b[^.!?\n]{0,30}?\b(?:who|that) (?:didn''t|did not|waited|hesitated)\b', keywords: ['ship has sailed']}
      - {regex: '\bas good as it(?:''s| is) (?:going to|gonna|ever going to) get\b|\b(?:i''d|i would|you should|you''d better) jump on (?:it|this)\b', keywords: ['as good as', 'jump on']}
      - {regex: '\b(?:when|once|if) (?:they|your (?:team|boss|ceo|board|reps)) (?:find out|learn|hear|realize|discover) (?:that )?you (?:passed|said no|waited|didn''t|missed|ignored)\b', keywords: ['find out', 'learn', 'hear', 'realize', 'discover']}
      - {regex: '\b(?:it''s|this is) (?:such )?(?:a small|a tiny|an easy|a simple) ask\b(?=\s*(?:[.!]|$))', keywords: ['small ask', 'tiny ask', 'easy ask', 'simple ask']}
      - {regex: '\b(?:i )?(?:just|only|really) need (?:a|your) yes\b', keywords: ['need a yes', 'need your yes']}
    exceptions:
      - '\b(?:as (?:we )?(?:agreed|discussed)|as you (?:asked|requested|suggested)|as requested|no (?:rush|pressure))\b'
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'Please don''t sit on this — the terms change on the 1st.'
        - 'Quick yes or no by tomorrow morning? I have to report to my VP.'
        - 'This has never failed for a customer — not once.'
        - 'I''ve left you voicemails and emails all week with nothing back.'
        - 'Let me know if any part of this is too complicated and I''ll walk you through it slowly.'
        - 'If you''re not the right person to make decisions, just tell me who is.'
        - 'This is a confidential offer, so please don''t share it with procurement.'
        - 'We don''t normally do this, but I''ve convinced my boss to make an exception for you.'
        - 'Congrats on deciding to move forward — I''ll send the onboarding details shortly!'
        - 'I''ve already told our CEO you''re on board.'
        - 'Do this for me and I''ll owe you one.'
        - 'I really thought you were different from the others who waste my time.'
        - 'The ship has sailed for teams who didn''t act in Q3 — don''t let it happen again.'
        - 'This is as good as it''s going to get, so I''d jump on it.'
        - 'Imagine how your team will feel when they find out you passed on this.'
        - 'Come on, it''s a small ask.'
        - 'At this point, I just need a yes.'
      pass:
        - 'Reconcile suspense every month, not once a year. Future you will be grateful!'
        - 'Let me know if any part of this is unclear and I''m happy to walk you through it.'
        - 'If you''re not the right person for this, could you point me to who is? Thanks!'
        - 'Thanks for the intro, I owe you one!'
        - 'Small ask: could you forward this to your IT lead?'
        - 'I told our product team about your feature request.'
        - 'Congrats on the new role!'
  - id: tone.pressure-shapes-12
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'courtesy-reply jabs, doubting the reader''s seriousness or expertise, presumptive bookings with a deadline to object, rhetorical shaming questions, the door closing, another buyer eyeing the slot, costly hesitation, loss framed as money left on the table, imagined embarrassment, effort guilt, catch-up shaming, chasing forever'
    patterns:
      - {regex: '\b(?:at least|even) a courtesy (?:reply|response|note|email|answer)\b|\bstill waiting (?:on|for) (?:that|a|your|any|some) (?:reply|response|answer|decision)\b(?! (?:from|by) (?:our|my|the|their|legal|finance|procurement|security|it)\b)', keywords: ['courtesy', 'still waiting']}
      - {regex: '\bwonder(?:ing)? (?:whether|if) [^.!?\n]{0,50}\b(?:actually|really|even|truly) (?:serious|interested|committed|care)\b', keywords: ['wonder']}
      - {regex: '\b(?:not sure|doubt|don''t think|do not think|question whether) (?:that )?(?:your|the|you(?:r)? (?:whole )?) ?team (?:has|have|really has) the (?:expertise|skills|know-how|capability|capabilities|experience|talent|chops) to\b', keywords: ['expertise', 'skills', 'know-how', 'capabilit', 'experience', 'talent', 'chops']}
      - {regex: '\bshouldn''t (?:take|require|need) (?:much|a lot of|any|too much) (?:thought|thinking|brainpower|effort|deliberation|consideration)\b', keywords: ['shouldn''t take', 'shouldn''t require', 'shouldn''t need']}
      - {regex: '\b(?:just|please just|simply|all you need to do is) accept the (?:invite|invitation|meeting|calendar (?:invite|hold))\b', keywords: ['accept the']}
      - {regex: '\bunless (?:you|i hear|we hear) (?:tell me |tell us |say |hear )?(?:otherwise|from you|back|no)\b[^.!?\n]{0,20}\bby (?:tonight|today|end of (?:the )?day|eod|cob|close of business|noon|this afternoon|this evening|tomorrow morning|first thing)\b', keywords: ['unless']}
      - {regex: '\bgive me one (?:good )?reason (?:not to|why (?:not|you shouldn''t|we shouldn''t))\b', keywords: ['one reason', 'one good reason']}
      - {regex: '\b(?:shall|should|can) i (?:take it|assume) (?:that )?[^.!?\n]{0,40}\b(?:would rather|prefers? to|is happy to|are happy to) (?:keep|stay|continue|lose|waste|bleed)\b|\b(?:would rather|prefer to) keep (?:overpaying|losing|wasting|bleeding|paying too much)\b', keywords: ['rather', 'prefer']}
      - {regex: '\bdo you (?:actually|really|even|truly) want to (?:hit|grow|succeed|win|fix|save|improve|reach|make|stay)\b', keywords: ['actually want', 'really want', 'even want', 'truly want']}
      - {regex: '\bthe door (?:closes|shuts|is closing|will close|closes for good)\b', keywords: ['the door']}
      - {regex: '\b(?:another|other|a second|one more) (?:prospect|customer|company|buyer|client|team|bidder)s? (?:is|are) (?:already )?(?:eyeing|looking at|interested in|asking about|circling|after|keen on) (?:it|that|this|them|the (?:slot|spot|team|place|seat|window|capacity))\b', keywords: ['eyeing', 'looking at', 'interested in', 'asking about', 'circling', 'after', 'keen on']}
      - {regex: '\b(?:hesitation|hesitating|delay|delaying|waiting|indecision|inaction|dragging (?:this|it) out|sitting on (?:this|it)) (?:will|is going to|could|would|is|are) (?:cost|costing) you\b', keywords: ['cost you', 'costing you']}
      - {regex: '\bleaving [^.!?\n]{0,40}\bon the table by not\b', keywords: ['on the table']}
      - {regex: '\bimagine how (?:it|this|that|you) (?:will|would|''ll|is going to) (?:look|feel|sound)\b[^.!?\n]{0,20}\b(?:when|if|once)\b', keywords: ['imagine how']}
      - {regex: '\b(?:i''ve |i have |i )?put (?:a lot|a ton|so much|hours|days|a great deal|real effort|serious time) (?:of (?:work|time|effort) )?into (?:this|it|the proposal|this proposal)\b[^.!?\n]{0,60}\b(?:appreciate|at least|seriously|deserve|owe|least you)\b', keywords: ['put a lot', 'put a ton', 'put so much', 'put hours', 'put days', 'put a great deal', 'put real', 'put serious']}
      - {regex: '\b(?:it''s|it is) (?:probably |about |high |past |well past )?time (?:you|your team|you guys|you all|[\w-]+) caught up\b|\bcatch up with (?:everyone|the rest|your peers|your competitors) else\b', keywords: ['caught up', 'catch up with']}
      - {regex: '\b(?:not going to|won''t|will not|can''t|cannot) (?:keep )?(?:chas(?:e|ing)|follow(?:ing)? up with|email(?:ing)?) you forever\b', keywords: ['forever']}
      - {regex: '\b(?:disappointed|upset|unhappy|surprised) to (?:learn|hear|find out|discover) (?:that )?(?:this|you|it|the|your)\b[^.!?\n]{0,30}\b(?:passed up|passed on|missed|ignored|turned down|declined|let slip)\b', keywords: ['passed up', 'passed on', 'missed', 'ignored', 'turned down', 'declined', 'let slip']}
      - {regex: '\bas long as (?:we|you) (?:get|sign|close|have|wrap up) (?:this|it|the deal|the contract|the paperwork) (?:over the line|signed|done|closed|wrapped up|across the line) (?:before|by)\b', keywords: ['as long as']}
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'Sorry to keep bothering you, though I''d have expected at least a courtesy reply by now.'
        - 'Hi again, still waiting on that reply.'
        - 'I''m starting to wonder whether your team is really serious about fixing this.'
        - 'Respectfully, I doubt your team has the expertise to build this in-house.'
        - 'Honestly, this shouldn''t take much thought on your side.'
        - 'I''ve booked Friday at 11 for us, so please just accept the invite.'
        - 'I''ll put you down for the Monday kickoff unless you tell me otherwise by tonight.'
        - 'Give me one good reason not to set up the call.'
        - 'Should I take it that your team would rather keep overpaying for freight?'
        - 'Do you actually want to hit your growth targets this year?'
        - 'After the spring cohort fills, the door closes until 2027.'
        - 'Another customer is already eyeing that implementation slot.'
        - 'Every week of hesitation is costing you money.'
        - 'You''re leaving about $25k a quarter on the table by not switching.'
        - 'Imagine how it will look when your board finds out you had the fix in hand.'
        - 'I put hours into this proposal, so the least you could do is read it.'
        - 'Most of your peers already run on Ourco, so it''s probably time you caught up.'
        - 'I''m not going to chase you forever, so let me know either way.'
        - 'Your CFO would be disappointed to learn this offer was passed up.'
        - 'Glad to help, as long as we get the contract signed before the 31st.'
      pass:
        - 'I''m still waiting for a reply from our security team and will share it.'
        - 'Thanks for the courtesy of a reply, it is genuinely helpful.'
        - 'No reply needed if the timing is wrong; I will not follow up again.'
        - 'I wonder whether a short pilot would answer your team''s questions.'
        - 'Your team clearly has the expertise to run this; we would only speed up the setup.'
        - 'I''ve sent a placeholder invite for Thursday; happy to move it if another time suits.'
        - 'Unless you would prefer a video call, I will plan to phone you at 10.'
        - 'Do you want to start with the Leeds site or the Bristol one?'
        - 'The door is always open if priorities change later in the year.'
        - 'Another customer of ours in Ohio ran the same pilot last spring.'
        - 'Waiting until after your audit is completely fine with us.'
        - 'We put a lot of work into the new reporting module this quarter.'
        - 'Happy to catch up after your holiday.'
        - 'Imagine how much easier month-end will be with one system.'
        - 'As long as we have the signed order form, we can start on Monday.'
        - 'Let me know if you would rather keep the current setup for now; that is fine.'
  - id: tone.pressure-shapes-13
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'shaming rhetorical questions, waitlists and quotas, risk warnings, hinting the reader lets things slip, catching up with peers, letting another quarter go by, priority for early committers, hating to leave the reader out, results promised with rest assured, a yes counted on by a deadline'
    patterns:
      - {regex: '\b(?:nobody|no one|no-one) (?:sensible|serious|smart|sane|in their right mind|with any sense)\b|\bstill [^.!?\n]{0,50}\bin this day and age\b', keywords: ['nobody', 'no one', 'no-one', 'day and age']}
      - {regex: '\bwait ?list is (?:already |now )?(?:at|over|past|more than|north of) \d+|\bwe only (?:onboard|take on|accept|work with|sign) \d+ (?:new )?(?:customers|clients|teams|companies|accounts|partners) (?:per|a|each) (?:quarter|month|year)\b', keywords: ['waitlist', 'wait list', 'we only']}
      - {regex: '\b(?:ignore|ignoring|skip|skipping|disregard|disregarding|dismiss|dismissing|delay|delaying|pass on|passing on|overlook|overlooking) (?:this|it|that|the offer|our offer) at your (?:own )?(?:risk|peril)\b', keywords: ['your own risk', 'your risk', 'your peril', 'own peril']}
      - {regex: '\b(?:let|letting) (?:important|big|critical|key) (?:things|stuff|decisions|opportunities) slip\b', keywords: ['slip']}
      - {regex: '\b(?:you''ll|you will|you''d|you would|you may|you might) (?:want|need|have) to catch up\b|\bcatch up (?:with|to) (?:them|your peers|the rest|everyone|the pack|the market|your competitors)\b', keywords: ['catch up']}
      - {regex: '\bthink (?:carefully|twice|hard|long and hard) before (?:letting|passing|waiting|ignoring|saying no|walking away|turning (?:this|it) down|deciding against)\b|\blet(?:ting)? another (?:quarter|month|year|week|cycle|season) (?:go|slip|pass|drift) by\b', keywords: ['think carefully', 'think twice', 'think hard', 'think long', 'another quarter', 'another month', 'another year', 'another week', 'another cycle', 'another season']}
      - {regex: '\bprioriti[sz]e (?:\w+ ){0,2}(?:for )?(?:teams|customers|companies|clients|accounts|buyers) (?:that|who) (?:commit|sign|decide|move|act) (?:early|first|quickly|fast|now|today)\b', keywords: ['prioritise', 'prioritize']}
      - {regex: '\b(?:i''d|i would|would|i''ll|i)? ?hate (?:to leave you out|for you to (?:be left (?:out|behind)|miss (?:out|the boat|the cut)|fall behind|lose (?:your|the) (?:spot|place|slot|seat)|hear (?:about )?(?:this|it) from|find out (?:about )?(?:this|it) from|learn (?:about )?(?:this|it) from))', keywords: ['hate to leave', 'hate for you']}
      - {regex: '\brest assured,? [^.!?\n]{0,40}\b(?:payback|roi|return on|savings|save|results|revenue|double|triple|pay for itself|pays for itself)\b', keywords: ['rest assured']}
      - {regex: '\bcount on (?:a|your) (?:yes|signature|commitment|decision|go-ahead|sign-off) (?:by|before|today|tonight)\b|\b(?:told|promised|assured) (?:the|my|our) (?:team|boss|manager|vp|ceo|cfo|finance team|leadership) (?:to expect|that you(?:''d| would| will| are| were))\b', keywords: ['count on', 'told the', 'told my', 'told our', 'promised the', 'promised my', 'promised our', 'assured the', 'assured my', 'assured our']}
    exceptions:
      - '\bnothing (?:that )?you(?:''ll| will)? (?:need|have) to\b'
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'Nobody sensible is still paying for on-prem licences in this day and age, are they?'
        - 'We only onboard 5 new customers per quarter and the waitlist is already at 40.'
        - 'Ignore this at your own risk.'
        - 'Just floating this back up, since I know how easy it is to let important things slip.'
        - 'Most finance teams we work with decided months ago, so I''m sure you''ll want to catch up.'
        - 'I''d think carefully before letting another quarter go by without fixing this.'
        - 'We tend to prioritise onboarding for teams that commit early, just so you know.'
        - 'We''re finalising the cohort tomorrow, and I''d hate to leave you out.'
        - 'Would hate for you to hear about this from a competitor first.'
        - 'Rest assured, you''ll hit payback in under 90 days.'
        - 'Can I count on a yes by tomorrow morning? I''ve told the team to expect one.'
      pass:
        - 'No one on our side will contact your customers directly.'
        - 'Our waitlist for the beta is open if you want early access.'
        - 'Use of the sandbox is at your own risk, as it holds no production data.'
        - 'Happy to catch up after your holiday.'
        - 'Let''s catch up next week once the audit is done.'
        - 'Take your time and think it over; there is no deadline on our side.'
        - 'We prioritise support tickets by severity, not by contract size.'
        - 'I''d hate for the migration to land in your busiest week, so let''s plan around it.'
        - 'Rest assured, your data stays in the EU region.'
        - 'Can I count on you for the reference call on Thursday, or shall I ask someone else?'
        - 'I told the team you prefer email over calls.'
        - 'There is nothing you will need to prepare before the call.'
  - id: tone.pressure-shapes-14
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'assumptive closes (which day for signing, shall I put you down for a tier, just hit accept, booked our lead so just confirm), wasting time if not serious, flattery as leverage, surprise the reader is still on an old system, a rival''s move reported, going over the reader''s head, those who hesitate regret it, misjudged priorities, in the minority if not, did you even look, cautionary tales, a bare Guaranteed., only-if-we-sign-by, losing sleep, money lost without us, a spot released unless confirmed'
    patterns:
      - {regex: '\b(?:when|which day|what day) (?:shall|should|can) i (?:tell|let) (?:our|my|the) [\w -]{0,30}(?:team|legal|finance|boss|manager|lead) (?:to expect|know (?:to expect)?) (?:your|the) (?:signed|signature|contract|agreement|po|purchase order|go-ahead)\b', keywords: ['shall i', 'should i', 'can i']}
      - {regex: '\bwhich (?:day|date|time) (?:works|suits|is best|is easiest) for (?:signing|signature|you to sign|the signature|you to sign off)\b', keywords: ['signing', 'signature', 'to sign']}
      - {regex: '\bshall i put you down for the [\w-]+ (?:tier|plan|package|edition|bundle)\b', keywords: ['put you down']}
      - {regex: '\bjust (?:hit|click|press) (?:accept|yes|approve)\b', keywords: ['hit accept', 'click accept', 'press accept', 'hit yes', 'click yes', 'hit approve', 'click approve']}
      - {regex: '\b(?:already )?(?:blocked out|booked|reserved|allocated|assigned) (?:our|my|the) (?:implementation|onboarding|solutions?|project|engineering|deployment) (?:lead|team|engineer|manager|consultant|specialist)\b[^.!?\n]{0,60}\bjust (?:confirm|pick|choose|sign)\b', keywords: ['just confirm', 'just pick', 'just choose', 'just sign']}
      - {regex: '\b(?:waste|wasting) (?:either of our|each other''s|both our|our|my|your) time if you(?:''re| are) not (?:serious|committed|interested|ready)\b|\bif you(?:''re| are) not (?:serious|committed) about\b', keywords: ['not serious', 'not committed', 'not interested', 'not ready']}
      - {regex: '\b(?:far |much |way )?too (?:sharp|smart|savvy|clever|switched on|bright|shrewd) to (?:let|pass|ignore|miss|leave|say no|turn)\b', keywords: ['too sharp', 'too smart', 'too savvy', 'too clever', 'too switched', 'too bright', 'too shrewd']}
      - {regex: '\bi thought [^.!?\n]{0,50}\b(?:was|were) (?:more|a bit more) (?:forward-thinking|innovative|modern|progressive|ambitious|serious|savvy|advanced) than that\b|\b(?:surprising|surprised|strange|odd|shocking|shocked|amazed) (?:that|to see|to learn|to find) [^.!?\n]{0,60}\bstill (?:on|using|running|stuck)\b|\bstill on (?:the|an|that) (?:old|legacy|outdated|ancient|\d{4}-era) [\w -]{0,20}\?', keywords: ['than that', 'still on', 'still using', 'still running', 'still stuck']}
      - {regex: '\byour (?:closest |biggest |main |nearest |direct |fiercest )?(?:rival|competitor|competition)s? (?:just |already |has |have |recently |quietly )*(?:booked (?:a|the|their) (?:demo|call|pilot|trial)|signed (?:up|on|with us|the (?:contract|order))|bought (?:it|this|the platform|ourco)|switched to (?:us|ourco|our)|went live (?:with|on) (?:us|ourco|our)|(?:asked for|requested) (?:a|the) (?:demo|quote|proposal|pilot|trial))\b', keywords: ['rival', 'competitor', 'competition']}
      - {regex: '\b(?:let|tell|inform|update) your (?:ceo|cfo|coo|boss|board|manager|md|founder|vp|director|leadership|head of [\w-]+) (?:know )?(?:that )?(?:we (?:tried|reached out|offered|made (?:the|an) offer)|you (?:passed|declined|said no|weren''t interested|didn''t reply))\b', keywords: ['let your', 'tell your', 'inform your', 'update your']}
      - {regex: '\b(?:the ones|those|people|teams|companies|leaders|directors|customers|buyers) (?:who|that) (?:hesitate|hesitated|wait|waited|delay|delayed|pass|passed|hold off|held off|say no|said no)\b[^.!?\n]{0,20}\b(?:always |usually |often |inevitably |invariably )?(?:regret|regretted|lose|lost|fall behind|fell behind|pay|paid)\b', keywords: ['hesitate', 'waited', 'wait', 'delay', 'pass', 'hold off', 'held off', 'say no', 'said no']}
      - {regex: '\bi''d have thought [^.!?\n]{0,60}\b(?:top of your list|a priority|obvious|important to you|a no-brainer)\b|\bperhaps i''ve misjudged\b', keywords: ['i''d have thought', 'misjudged']}
      - {regex: '\bin the minority if you (?:didn''t|don''t|do not|did not|wait|passed)\b|\bbe working for (?:someone|somebody|a company|a competitor|a rival) (?:who|that) did\b', keywords: ['minority', 'working for']}
      - {regex: '\bdid you even (?:get a chance to |have a chance to |bother to )?(?:look|read|open|see|glance)\b|\bshould i (?:resend|send|forward) (?:it|this|the proposal) to someone else (?:on|in|at) your\b', keywords: ['did you even', 'someone else']}
      - {regex: '\bwhat (?:people|teams|companies|everyone|leaders) say (?:right |just )?before they (?:fall behind|fail|lose|regret|get left behind)\b|\bbecome (?:the|a) cautionary tale\b', keywords: ['say right before', 'say just before', 'say before', 'cautionary tale']}
      - {regex: '(?:^|[.!?]\s+)(?:guaranteed|ever|period|full stop)\s*[.!]+\s*(?:$|\n)|\b(?:problems?|headaches?|issues?|worries) (?:will )?(?:disappear|vanish|go away|evaporate)\b', keywords: ['guaranteed', 'ever', 'period', 'full stop', 'disappear', 'vanish', 'go away', 'evaporate']}
      - {regex: '\bbut only if (?:we|you) (?:sign|commit|decide|confirm|agree|move|close) (?:before|by|today|tonight|this)\b', keywords: ['only if']}
      - {regex: '\bi (?:wouldn''t|would not|couldn''t|could not) sleep until\b|\bif (?:it|this) were my (?:business|company|team|money|budget)\b[^.!?\n]{0,30}\bi (?:wouldn''t|would not|would)\b', keywords: ['sleep until', 'were my']}
      - {regex: '\bevery [\w -]{1,30} without us is (?:one|money|time|a day|an invoice|a shipment|a hire)\b|\bwithout us is (?:money|time) (?:lost|wasted|down the drain)\b', keywords: ['without us']}
      - {regex: '\b(?:released|given|offered|passed|going) to (?:the next (?:company|team|person|one)|another (?:company|team|customer|prospect)|someone else)\b[^.!?\n]{0,40}\bunless you (?:confirm|reply|respond|sign|book|accept)\b', keywords: ['unless you']}
      - {regex: '\byou''re obviously the decision-?maker\b|\bi (?:won''t|will not) need to (?:go (?:round|around) the houses|involve|go through|loop in|talk to|bother) (?:with )?(?:procurement|legal|finance|your boss|anyone else)\b', keywords: ['decision-maker', 'decisionmaker', 'decision maker', 'houses', 'involve', 'go through', 'loop in', 'talk to', 'bother']}
    exceptions:
      - '\b(?:can''t|cannot|won''t|will not|don''t|do not) (?:promise|guarantee|pretend)\b[^.!?\n]{0,40}\b(?:go away|disappear|vanish)\b'
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'When shall I tell our onboarding team to expect your signed agreement, Tuesday or Wednesday?'
        - 'Just to save us both time, which day works for signing, the 12th or the 13th?'
        - 'Shall I put you down for the Enterprise tier, or would you prefer to start on Growth?'
        - 'I''ll pop the kickoff invite in your calendar for Tuesday at 10, just hit accept.'
        - 'I''ve already blocked out our implementation lead for the week of the 14th, so let''s just confirm the kickoff time.'
        - 'I''d rather not waste either of our time if you''re not serious about fixing churn.'
        - 'You strike me as far too sharp to let a 22% saving sit on the table.'
        - 'Really? Still on the old system? I thought your team was more forward-thinking than that.'
        - 'It''s a little surprising that a company with your reputation is still on a 2015-era stack.'
        - 'Between us, your closest rival booked a demo yesterday.'
        - 'If this isn''t the right time, no worries, I''ll just let your CEO know we tried.'
        - 'I''ve spoken to a lot of ops directors, and the ones who hesitate always regret it.'
        - 'I''d have thought protecting patient data would be top of your list, but perhaps I''ve misjudged things.'
        - 'Most grocers already use us, and you''d be very much in the minority if you didn''t join.'
        - 'Did you even get a chance to look at the proposal, or should I resend it to someone else on your team?'
        - 'That is what people say right before they fall behind.'
        - 'I''d hate to see your company become the cautionary tale at next year''s conference.'
        - 'With this, your hiring problems disappear. Guaranteed.'
        - 'You qualify for our best pricing, but only if we sign before the end of play tomorrow.'
        - 'If it were my business, I wouldn''t sleep until this was sorted.'
        - 'Every invoice processed without us is one you''ve overpaid on.'
        - 'Your spot at the roundtable is being released to the next company on the list at 9am unless you confirm.'
        - 'You''re obviously the decision-maker here, so I know I won''t need to go round the houses with procurement.'
      pass:
        - 'Which day works for the kickoff call, Tuesday or Wednesday?'
        - 'Once you have signed, our onboarding team will reach out within a day.'
        - 'Shall I send over the comparison of the Growth and Enterprise tiers?'
        - 'I''ve sent a calendar hold for Tuesday at 10; please decline it if it clashes.'
        - 'We''ve reserved our implementation lead for the week of the 14th, in line with the plan you approved.'
        - 'No need to rush; take the time your team needs.'
        - 'Your team clearly knows this space well, so I''ll keep the demo technical.'
        - 'Many teams are still on spreadsheets for this, and that works until volumes grow.'
        - 'A competitor of ours recently changed its pricing, so here is how we compare.'
        - 'I''ll let your colleague Priya know the documents are in the portal.'
        - 'Teams that waited until after peak season found the rollout calmer.'
        - 'The SLA is guaranteed in the contract, with service credits if we miss it.'
        - 'Our uptime has been 99.95% over the last year.'
        - 'The discount applies only if the order is placed before the end of March, as in the quote.'
        - 'If the roundtable fills, we keep a short waiting list and will let you know.'
        - 'Every invoice processed through us is matched against the PO automatically.'
        - 'If it were up to me, we''d meet in person, but a video call works well too.'
        - 'I can''t promise the delays will disappear overnight, but you will get a status update every morning.'
  - id: tone.pressure-shapes-15
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'favours called in, digs at a nameless rival, kickoffs booked as if sold, contracts sent unless the reader objects, PLEASE READ, since-you''re-clearly-on-board closes'
    patterns:
      - {regex: '\bafter (?:everything|all) (?:that )?(?:we''ve|we have|our team has|i''ve|i have|we''ve all) done for you\b|\bat least the courtesy of\b', keywords: ['done for you', 'courtesy of']}
      - {regex: '\bwho shall remain nameless\b|\(\s*cough\b', keywords: ['nameless', 'cough']}
      - {regex: '\b(?:gone ahead and|already) (?:pencil+ed|booked|scheduled|put) (?:in )?[^.!?\n]{0,40}\bfor your (?:onboarding|kickoff|kick-off|implementation|go-live|rollout|roll-out|contract signing|signature)\b', keywords: ['gone ahead and', 'already']}
      - {regex: '\b(?:send|sending|issue|issuing) (?:the |over the |you the |out the )?(?:docusign|contract|order form|agreement|paperwork|invoice|po|renewal)\b[^.!?\n]{0,40}\bunless (?:i|we) hear (?:otherwise|back|from you)\b', keywords: ['unless i hear', 'unless we hear']}
      - {regex: '[(\[]\s*please read\s*[)\]]|\bplease read (?:this|me)\s*[!)]', keywords: ['please read']}
      - {regex: '\bsince you''re (?:clearly|obviously|definitely) (?:on board|in|keen|sold|ready)\b|\bjust sign (?:page \d+|here|it|and (?:return|send)|where (?:marked|indicated))\b', keywords: ['clearly', 'obviously', 'definitely', 'just sign']}
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'After everything our team has done for you this year, I''d expect at least the courtesy of a renewal conversation.'
        - 'Unlike some vendors who shall remain nameless (cough, the one you''re using now), we answer our support line.'
        - 'I''ve gone ahead and pencilled in Thursday at 2pm for your onboarding kickoff.'
        - 'I''ll send the DocuSign over tomorrow morning unless I hear otherwise.'
        - {"text": "Quick question (PLEASE READ)", "field": "subject"}
        - 'Since you''re clearly on board, I''ve attached the order form, so just sign page 4.'
      pass:
        - 'Thanks for everything your team has done to make the pilot a success.'
        - 'I''ve pencilled in Thursday at 2pm for our call; happy to move it.'
        - 'I''ll send the revised order form tomorrow; let me know if anything needs changing first.'
        - 'Please read the attached security summary before Tuesday''s call, if you have time.'
        - 'Once you have reviewed it, please sign page 4 of the order form.'
  - id: tone.pressure-shapes-16
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'holds that may vanish, bookings made for the reader, cautionary peers, rhetorical "are you?", hard-to-defend jabs, what''s coming, feeling bad if the reader misses out, move quickly, if it were working, smart operators, how it looks, a quick yes today, still running X in this year, the one still doing X, a boss who said you''d be in touch'
    patterns:
      - {regex: '\bcan''t (?:promise|guarantee) (?:that )?(?:it''ll|it will|they''ll|they will|the slot will|the price will) (?:still )?be (?:there|available|open|free|on offer)\b', keywords: ['promise', 'guarantee']}
      - {regex: '\b(?:gone ahead and|already) (?:pencil+ed|booked|scheduled|put) (?:us|you) in\b[^.!?\n]{0,60}\bjust (?:reply|confirm|send|accept|let me know)\b', keywords: ['gone ahead and', 'already']}
      - {regex: '\b(?:teams|companies|those|people|firms|organisations|organizations|hospitals|retailers) (?:that|who) ignored (?:this|it|the (?:warning|risk|change))\b', keywords: ['ignored']}
      - {regex: '\bmost [\w -]{2,30} (?:wouldn''t|would not|don''t|do not|aren''t|are not)\b[^.!?\n]{0,80}[.!]\s*(?:are|would|do|will) you\?', keywords: ['are you?', 'would you?', 'do you?', 'will you?']}
      - {regex: '\b(?:that''s|that is|it''s|it is) (?:hard|difficult|tough) to (?:defend|justify|explain to (?:your|the) board)\b|\bindefensible\b', keywords: ['defend', 'justify', 'explain to', 'indefensible']}
      - {regex: '\b(?:avoid|escape|dodge|get ahead of) what''s (?:coming|ahead|about to hit)\b', keywords: ['coming', 'ahead', 'about to hit']}
      - {regex: '\bfeel (?:bad|terrible|awful|guilty) if\b[^.!?\n]{0,40}\bmiss(?:ed|es)? (?:out|the)\b', keywords: ['feel bad', 'feel terrible', 'feel awful', 'feel guilty']}
      - {regex: '\bi''d move (?:quickly|fast|now|soon)\b|\bi would move (?:quickly|fast|now)\b', keywords: ['move quickly', 'move fast', 'move now', 'move soon']}
      - {regex: '\bif (?:the|your) current (?:process|system|setup|approach|tool|vendor|provider|way) (?:were|was) (?:working|good enough|fine)\b', keywords: ['current']}
      - {regex: '\b(?:most|all the|the) (?:smart|savvy|sharp|serious|forward-thinking|leading|best) (?:operators|teams|companies|leaders|cfos|ctos|buyers|people|firms|retailers) (?:have )?(?:figured|worked|realised|realized|sorted) (?:this|it) out\b', keywords: ['figured', 'worked', 'realised', 'realized', 'sorted']}
      - {regex: '\bcareful about how (?:that|this|it) (?:looks|will look|would look)\b', keywords: ['how that looks', 'how this looks', 'how it looks', 'will look', 'would look']}
      - {regex: '\b(?:a )?quick yes (?:today|now|tonight|this morning|this afternoon)\b', keywords: ['quick yes']}
      - {regex: '\b(?:concerning|worrying|alarming|disappointing) (?:that|to see|to learn) [^.!?\n]{0,60}\bstill (?:on|using|running|doing|relying)\b', keywords: ['concerning', 'worrying', 'alarming', 'disappointing']}
      - {regex: '\byou don''t want to be the (?:\w+ ){0,3}(?:still|last|only|one)\b', keywords: ['don''t want to be the']}
      - {regex: '\b(?:your|the) (?:md|ceo|cfo|coo|boss|manager|director|vp|board|chair|founder) (?:said|told me|mentioned|promised) (?:that )?you(?:''d| would| will)\b|\b(?:your|the) (?:md|ceo|cfo|coo|boss|manager|director|vp|board|chair|founder)\b[^.!?\n]{0,50}\b(?:he|she|they) (?:said|told me|promised) (?:that )?you(?:''d| would| will)\b', keywords: ['said you', 'told me you', 'mentioned you', 'promised you', 'said that you', 'told me that you', 'promised that you']}
    message: 'pressure, guilt, condescension or manipulation: "{match}"'
    examples:
      fire:
        - 'Happy to hold the pilot slot until Friday; after that I genuinely can''t promise it''ll still be there.'
        - 'I''ve gone ahead and pencilled us in for Thursday at 2pm, just reply with the best dial-in.'
        - 'Teams that ignored this in 2023 are the ones explaining audit findings to their board this year.'
        - 'Most CFOs I work with wouldn''t be comfortable leaving this much margin on the table. Are you?'
        - 'You''re leaving 11% of capacity idle, and frankly that''s hard to defend.'
        - 'This is my last attempt to help you avoid what''s coming with the new reporting rules.'
        - 'I''d feel bad if your team missed out when it was this easy to fix.'
        - 'A waitlist is forming for the Nordic rollout, so I''d move quickly.'
        - 'With respect, if the current process were working, you wouldn''t be losing 3 in 10 new hires.'
        - 'Most smart operators figured this out a while ago.'
        - 'If budget is the issue, fine, but I''d be careful about how that looks when the churn numbers come out.'
        - 'A quick yes today would save us both a lot of follow-up.'
        - 'Respectfully, it''s a little concerning that your clinics are still running intake on paper.'
        - 'You don''t want to be the hotel group still explaining why check-in takes twenty minutes.'
        - 'I did mention this to your MD at the conference and he said you''d be in touch.'
      pass:
        - 'We can hold the pilot slot until Friday; if you need longer, just tell me and I''ll ask the team.'
        - 'I''ve pencilled in Thursday at 2pm as you suggested; here is the dial-in.'
        - 'Teams that tried this in 2023 told us the audit went more smoothly.'
        - 'Most teams your size start with one site. Would that suit you too?'
        - 'Our roadmap for what''s coming next quarter is attached.'
        - 'If the current process is working for you, no need to change anything.'
        - 'Your MD mentioned you look after procurement, so I''m writing to you directly.'
        - 'A quick call would help us scope the pilot.'
  - id: tone.escalation-over-head
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'going over the reader''s head as leverage: copying or looping in their CFO, MD, boss, board or procurement so they can see what the delay costs, or because they''ll want visibility; threats to contact, inform or cc their boss or CEO if they don''t reply, or on the next email. A neutral offer to include whoever should be part of it, or a colleague copied at their request, passes.'
    patterns:
      - {regex: '\b(?:otherwise|or else|if not|failing that)\b[^.!?\n]{0,30}\b(?:i|we)(?: will|''ll| would| may| might| shall) (?:have|need) to (?:involve|contact|loop in|bring in|escalate (?:this |it )?to|go to|reach out to|speak (?:to|with)|raise (?:this|it) with|take (?:this|it) to)\b(?:[^.!?\n]|\b(?:mr|mrs|ms|dr|prof)\.){0,40}\byour (?:ceo|cfo|coo|cto|cio|md|vp|boss|manager|line manager|director|managing director|board|owner|founder|president|chair(?:man|woman)?|superiors?|leadership|management|head of [\w ]{2,20})\b', keywords: ['otherwise', 'or else', 'if not', 'failing that']}
      - {regex: '\b(?:happy|glad|can|could|i''ll|i will|might|may|i''d be happy) (?:to )?(?:loop in|cc|copy in|bring in|reach out to|contact|email|call|ping) (?:your )?(?:ceo|cfo|coo|cto|cio|chro|boss|manager|md|managing director|founder|chairman|president|vp|director|managing partner)\b(?:[^.!?\n]|\b(?:mr|ms|mrs|dr|prof)\.){0,40}?\b(?:speed up|move things|help (?:things )?along|unblock|get (?:this|things) moving|accelerate|push (?:this|things)|nudge)\b', keywords: ['speed up', 'move things', 'help things along', 'help along', 'unblock', 'get this moving', 'get things moving', 'accelerate', 'push this', 'push things', 'nudge']}
      - {regex: '\b(?:i plan to|i''ll|i will|i intend to|i''m going to|i am going to) (?:contact|call|email|write to|reach out to|go to|approach) your (?:[\w-]+ )?(?:director|manager|boss|ceo|cfo|coo|vp|head|supervisor|superior|owner|president)\b(?:[^.!?\n]|(?<=\b(?:mr|mrs|ms|dr|prof|ing|sr|sra))\.){0,60}\b(?:directly|instead|for (?:his|her|their|a) decision)\b', keywords: ['your']}
      - {regex: '\b(?:would|''d) hate for your (?:cfo|ceo|coo|boss|board|manager|vp|director|leadership|owner|md) to (?:learn|find out|hear|discover|see)\b', keywords: ['hate for your']}
      - {regex: '\bdon''t make me (?:escalate|go (?:over|above)|take this (?:to|up)|call (?:your|the) (?:ceo|boss|manager|cfo))\b', keywords: ['don''t make me']}
      - {regex: '\b(?:speak(?:ing)?|talk(?:ing)?|go(?:ing)?|reach(?:ing)? out|escalat\w+|tak(?:e|ing) (?:this|it)) (?:with|to) whoever (?:he|she|they|you) reports? to\b', keywords: ['whoever he', 'whoever she', 'whoever they', 'whoever you']}
      - {regex: '\bsomeone (?:more senior|senior(?:er)?|higher up|with (?:more )?(?:authority|seniority|experience))\b[^.!?\n]{0,80}\b(?:outside|above|beyond) your (?:area|remit|pay grade|level|depth|expertise|competence|role|scope)\b', keywords: ['someone']}
      - {regex: '\b(?:loop(?:ing)? in|looped in|keep(?:ing)?|brought|bringing|get(?:ting)?|pull(?:ing|ed)? in|invit(?:e|ed|ing)|cop(?:y|ying|ied)|cc(?:''d|ed|''ing|ing)?|includ(?:e|ed|ing)|add(?:ed|ing)?|bring(?:ing)? in|brought in|forward(?:ed|ing)? (?:this|it) to|reach(?:ing)? out to|escalat(?:e|ed|ing) (?:this |it )?to|rais(?:e|ed|ing) (?:this|it) with|tak(?:e|ing) (?:this|it) to|put(?:ting)? (?:this|it) in front of|send(?:ing)? (?:this|it|the (?:numbers|figures|proposal|business case|roi|analysis|summary)) to|sent (?:this|it|the (?:numbers|figures|proposal|business case|roi|analysis|summary)) to|shar(?:e|ed|ing) (?:this|it) with)(?: (?:this|it))? (?:to |with )?your (?:cfo|ceo|coo|cto|cio|cmo|cro|md|managing director|boss|manager|line manager|director|finance director|fd|vp|svp|evp|head of [\w-]+|board|chair|chairman|chairwoman|founder|owner|president|procurement(?: team| lead| director| manager)?|gm|general manager|superiors?|higher-ups?|leadership(?: team)?|executive team|exec team|chief executive|chief exec|chief [\w]+ officer)\b[^.!?\n]{0,70}?\b(?:so (?:that )?(?:she|he|they) (?:can |could |will |is able to |are able to )?(?:see|understand|appreciate|know) (?:what (?:the|this|your) (?:delay|wait|hesitation|indecision)|what (?:it''s|this is|you''re|the status quo is) (?:costing|losing|missing)|how much (?:you''re|this is|the delay is|it''s)|the (?:cost|value|savings)\b|[^.!?\n]{0,30}\bfor (?:herself|himself|themselves)\b|why)|so (?:that )?(?:she|he|they) (?:can |could )?(?:weigh in|push|move (?:it|this|things) along|unblock)|so (?:that )?(?:she|he|they)(?:''s|''re| is| are) aware of (?:the cost|what|how much|why)|the cost of (?:waiting|delay|delaying|doing nothing|inaction|standing still)|since (?:she|he|they)(?:''ll| will|''d| would| should| must| probably)|as (?:i (?:think|suspect|imagine|expect|assume|know) |i''m sure )?(?:she|he|they)(?:''ll| will|''d| would| should)|(?<!\bif )(?<!\bwhether )(?:she|he|they)(?:''ll| will|''d| would| should) (?:want|be (?:keen|interested|curious)|like|need) to (?:know|see|hear|understand)|what (?:the|this|your) (?:delay|wait|hesitation|indecision|inaction)|(?:is|are) costing|leaving on the table|(?:being )?left on the table|(?:help|get) (?:move|speed|push|get|nudge) ?(?:things|this|it)? ?(?:along|moving|over the line|unstuck)?|where things stand|where the (?:hold-?up|delay|blockage|bottleneck) is|what(?:''s| is) holding (?:this|things|it) up|who (?:i''m sure |i suspect |i think |i imagine |no doubt )?(?:will|would|''ll|''d) (?:want|like|be keen|be interested) to (?:know|see|hear|understand)|why (?:we''ve|we have|we''re|this has|it has|things have) (?:stalled|stuck|slowed|not moved|gone quiet)|why (?:this|it|things|nothing) (?:hasn''t|has not|haven''t|have not|isn''t|is not)|why nothing (?:has|is|was)|why (?:this|it|things) (?:is|are) (?:taking so long|stuck|stalled|dragging)|see the (?:value|numbers|savings|cost|figures)|for (?:her|his|their) (?:own )?(?:eyes|visibility)|want visibility)', keywords: ['your cfo', 'your ceo', 'your coo', 'your cto', 'your cio', 'your cmo', 'your cro', 'your md', 'your managing', 'your boss', 'your manager', 'your line manager', 'your director', 'your finance', 'your fd', 'your vp', 'your svp', 'your evp', 'your head of', 'your board', 'your chair', 'your founder', 'your owner', 'your president', 'your procurement', 'your gm', 'your general', 'your superior', 'your higher', 'your leadership', 'your exec', 'your chief']}
      - {regex: '\b(?:maybe|perhaps) (?:i should|i''d better|it''s time i|it would be better if i|i ought to) (?:speak|talk|go|reach out|write|take (?:this|it)|send (?:this|it)|escalate (?:this|it)?) ?(?:directly )?(?:to|with) your (?:cfo|ceo|coo|cto|md|managing director|boss|manager|line manager|director|vp|board|chair|founder|owner|superiors?|higher-ups?)\b|\b(?:maybe|perhaps) your (?:cfo|ceo|coo|cto|md|managing director|boss|manager|director|vp|board|founder|owner) (?:would|will|might|could) (?:see|understand|appreciate|get|grasp) (?:the value|it|this|the point|the numbers)(?: more clearly| better| faster)?\b', keywords: ['maybe', 'perhaps']}
      - {regex: '\b(?:go|going|take (?:this|it)|escalate (?:this|it)?|speak|talk|write|reach out|head) ?(?:straight|directly|right) (?:to|over to|up to) your (?:cfo|ceo|coo|cto|md|managing director|boss|manager|line manager|director|finance director|vp|board|chair|founder|owner|superiors?|higher-ups?|chief executive)\b|\bgo (?:over|above|around|round) your head\b|\bwith your (?:cfo|ceo|coo|md|managing director|boss|manager|line manager|director|vp|board|founder|owner|superiors?|higher-ups?) instead\b|\byour (?:cfo|ceo|coo|md|managing director|boss|manager|director|vp|board|founder|owner)\b[^.!?\n]{0,40}?\bmore than you do\b', keywords: ['straight', 'directly', 'right to', 'right over', 'right up', 'your head', 'instead', 'more than you do']}
      - {regex: '\b(?:i''ll|i will|i can|i could|should i|shall i|i''m going to|i may|i might|happy to|let me)(?: just)? (?:reach out|speak|talk|write|go|take (?:this|it)(?: up)?|escalate (?:this|it)|raise (?:this|it)) (?:to|with) your (?:cfo|ceo|coo|cto|md|managing director|boss|manager|line manager|director|finance director|vp|board|chair|founder|owner|superiors?|higher-ups?|chief executive) directly\b', keywords: ['directly']}
      - {regex: '\b(?:i''ll|i will|i''d|i would|i may|i might|we''ll|we will) (?:have to|need to|be forced to|be obliged to|have no choice but to) (?:raise|take|escalate|flag|discuss|bring) (?:this|it)(?: up)? (?:with|to) your (?:cfo|ceo|coo|cto|cio|md|managing director|boss|manager|line manager|director|finance director|vp|board|chair|chairman|founder|owner|superiors?|higher-ups?|chief executive|procurement(?: team| director)?)\b', keywords: ['have to', 'need to', 'forced to', 'obliged to', 'no choice']}
      - {regex: '\b(?:our|my) (?:ceo|chief executive|founder|co-?founder|md|managing director|president|chair(?:man|woman)?|coo|cro|chief revenue officer|vp of sales|svp|owner)\b[^.!?\n]{0,60}?\b(?:ring|call|phone|give|have a word|speak|talk|reach out|get on the phone|drop (?:a )?(?:note|line))\b[^.!?\n]{0,40}?\b(?:your|yours)\b[^.!?\n]{0,50}?\b(?:move (?:things|this|it|matters) along|speed (?:things|this|it) up|push (?:this|it|things) through|get (?:this|it|things) (?:unstuck|moving|over the line|done|signed|approved)|unblock|nudge|expedite|hurry)|\b(?:our|my) (?:ceo|chief executive|founder|co-?founder|md|managing director|president|chair(?:man|woman)?|coo|cro)\b[^.!?\n]{0,40}?\byour (?:ceo|chief executive|md|managing director|president|chair(?:man|woman)?|owner|founder|board|cfo|coo)\b[^.!?\n]{0,40}?\b(?:have a word|ring|call|phone|speak|talk|nudge|lean on)\b[^.!?\n]{0,30}?\b(?:move (?:things|this|it|matters) along|speed (?:things|this|it) up|push (?:this|it|things) through|get (?:this|it|things) (?:unstuck|moving|over the line|done|signed|approved)|unblock|expedite|hurry)', keywords: ['our ceo', 'our chief', 'our founder', 'our co-founder', 'our cofounder', 'our md', 'our managing', 'our president', 'our chair', 'our coo', 'our cro', 'our vp', 'our svp', 'our owner', 'my ceo', 'my chief', 'my founder', 'my md', 'my managing', 'my president']}
      - {regex: '\b(?:i|we)(?:''ll| will|''d| would| shall| must| may| might| am going to| are going to|''m going to|''re going to| am| are)?(?: then)? (?:be (?:forced|obliged|compelled)|feel (?:forced|obliged|compelled)|have no (?:other )?(?:choice|option|alternative) but|see no (?:other )?(?:choice|option|way) but|be left with no (?:other )?(?:choice|option) but) to (?:then )?${ESC_VERB}\b[^.!?\n]{0,30}?\byour (?:[\w-]+ )?${ESC_ROLE}\b', keywords: ['forced', 'obliged', 'compelled', 'no choice', 'no other choice', 'no option', 'no other option', 'no alternative', 'no other alternative', 'no other way']}
      - {regex: '\b(?:if (?:you|i)\b[^.!?\n]{0,30}?\b(?:not|n''t|no|never|ignore|ignoring|silent|quiet)\b[^.!?\n]{0,30}?|if (?:there is |there''s )?(?:still )?no (?:reply|answer|response|decision|progress|movement|feedback|news)\b[^.!?\n]{0,20}?|unless (?:you|i)\b[^.!?\n]{0,50}?|otherwise,?|or else,?|(?:since|as|because) you(?:''re| are| have|''ve| do| did)? (?:not|n''t|still not|never|ignor\w+|silent|quiet)\b[^.!?\n]{0,30}?|(?:with|given) (?:no|your) (?:reply|answer|response|silence)\b[^.!?\n]{0,20}?)[, ]*(?:then )?(?:i|we)(?:''ll| will| shall| am going to|''m going to| must| would|''d| may| might)?(?: have to| need to| be forced to| simply| just| then| directly| personally)* ${ESC_VERB}\b[^.!?\n]{0,20}?\byour (?:[\w-]+ )?${ESC_ROLE}\b', keywords: ['if you', 'if i', 'if there', 'if no', 'if still', 'unless', 'otherwise', 'or else', 'since you', 'as you', 'because you', 'with no', 'given no', 'with your', 'given your']}
      - {regex: '\b(?:i|we)(?:''ll| will| shall| am going to|''m going to| must|''d| would)? (?:have to |need to |be forced to |simply |just |then )*${ESC_VERB}\b[^.!?\n]{0,20}?\byour (?:[\w-]+ )?${ESC_ROLE}\b[^.!?\n]{0,40}?\b(?:if you (?:don''t|do not|won''t|will not|keep not|still don''t|are not|aren''t|continue not|can''t|cannot)\b[^.!?\n]{0,20}?\b(?:reply|respond|answer|get back|engage|decide|sign|confirm|write)|unless you\b|(?:since|as|because) you(?:''re| are| have|''ve| do| did)? (?:not|n''t|still not|never)\b[^.!?\n]{0,10}?\b(?:reply|replying|respond|responding|answer|answering|get(?:ting)? back|engag\w+|writ\w+)|(?:since|as|because) (?:i(?:''m| am)? (?:not|n''t) (?:getting|hearing)|i (?:haven''t|have not|don''t|do not|can''t|cannot) (?:heard|hear|get|got|reach))|given (?:your|the) (?:silence|lack of (?:reply|response)))', keywords: ['if you', 'unless you', 'since you', 'since i', 'as you', 'as i', 'because you', 'because i', 'given your', 'given the']}
      - {regex: '\b(?:i(?:''ll| will| am going to|''m going to| shall)|expect me to|next time,? i(?:''ll| will)|i(?:''ll| will) (?:have to|need to|start|be))\b[^.!?\n]{0,15}?\b(?:cc|cc''ing|ccing|copy|copying|include|including|loop(?:ing)? in|add(?:ing)?|bring(?:ing)? in)\b (?:in )?your (?:[\w-]+ )?${ESC_ROLE}\b[^.!?\n]{0,20}?\b(?:on|in|for|to) (?:the|my|our) next (?:one|e-?mail|mail|message|note|follow-?up|reminder|chaser|round)\b', keywords: ['next one', 'next email', 'next e-mail', 'next mail', 'next message', 'next note', 'next follow', 'next reminder', 'next chaser', 'next round']}
      - {regex: '\bif (?:i |we )?(?:don''t|do not|can''t|cannot|won''t) (?:hear back|hear from you|get a (?:reply|response)|respond|reply)\b[^.!?\n]{0,60}?\b(?:loop in|looping in|cc|copy in|reach out to|go to|escalate to|contact|email|write to) your (?:ceo|boss|manager|board|cfo|cio|cto|ciso|vp|director|leadership|chief \w+|head of \w+)\b|\b(?:loop in|cc|copy in|reach out to|escalate to) your (?:ceo|boss|manager|board|cfo|cio|cto|ciso)\b[^.!?\n]{0,20}?\b(?:directly )?(?:on|about|to ask|to explain) why\b', keywords: ['your ceo', 'your boss', 'your manager', 'your board', 'your cfo', 'your cio', 'your cto', 'your ciso', 'your vp', 'your director', 'your leadership', 'your chief', 'your head']}
      # Going round the reader: "happy to take this straight to Mr. Otieno and close it out with him directly", "raise it with Eng. Sherif myself", "loop in Karen directly so she can see what the delay is costing her" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:i''m happy to|happy to|i''ll|i will|i can|i may|i might|i''d|i would)\b[^.!?\n]{0,40}\b(?:take (?:this|it) straight to|go straight to|take (?:this|it) to|raise (?:this|it) with|loop in|bring in|escalate (?:this|it) to|cc|copy in)\b(?! (?:our|my|us)\b)(?:[^.!?\n]|(?<=\b(?:mr|mrs|ms|dr|eng|prof|st))\.){0,60}\b(?:directly|myself|with (?:him|her|them) directly|over your head)\b', keywords: ['directly', 'myself'], firm: true}
      - {regex: '\bso (?:she|he|they) can see (?:what|how much) (?:the|this|your) (?:delay|wait|hold-?up|indecision)\b', keywords: ['can see what', 'can see how much'], firm: true}
      # "I'd rather not have to escalate this", "loop in Mr. Hossain himself if that would help move things along", "would it help if I contacted Mr Dubois directly?", "I'll copy Mr Santos on my next email so he's aware" (thirty-fifth session, development sets JA and JB)
      - {regex: '\bi''?d rather not (?:have to )?escalate\b', keywords: ['escalate'], firm: true}
      - {regex: '\b(?:loop in|bring in|copy in|cc) (?:mr|mrs|ms|dr|eng|prof)\.? [\w''-]+ (?:himself|herself)\b|\bif i (?:contacted|reached out to|went to|spoke to|wrote to|called) (?:mr|mrs|ms|dr|eng|prof)\.? [\w''-]+ directly\b', keywords: ['himself', 'herself', 'directly'], firm: true}
      - {regex: '\bi''?ll (?:copy|cc|loop in|include|add) (?:mr|mrs|ms|dr|eng|prof)\.? [\w''-]+ (?:on|in|to) (?:my|the|our) next (?:email|message|note)\b', keywords: ['next email', 'next message', 'next note'], firm: true}
    exceptions:
      - '\bif you (?:don''t|do not) mind\b|\bif you can(?:''t|not) (?:make|attend|join|be there)\b|\bif you(?:''re| are) (?:not available|unavailable|away|out of (?:the )?office|on leave|on holiday)\b|\bas (?:she|he|they|you) (?:asked|requested|suggested)\b'
      - '\bif you(?:''re| are) not the right (?:person|contact)\b|\b(?:would|if) you(?:''d)? (?:prefer|rather)\b'
      - '\b(?:as|since) (?:she|he|they|you) (?:asked|requested|suggested)\b|\bat (?:her|his|their|your) request\b|\bas requested\b|\byou asked me to\b|\bas you (?:asked|suggested|requested|mentioned)\b|\bper your (?:request|note|email)\b'
    message: 'going over the reader''s head as leverage: "{match}"'
    examples:
      fire:
        - 'I could cc your CFO if that would get things moving.'
        - 'Happy to loop in your CEO, Mr. Kapoor, if that would help speed up the decision on your side.'
        - 'Since we have not received your reply, I plan to contact your plant director, Mr. Sakamoto, directly next week and ask for his decision instead.'
        - 'Would hate for your CFO to learn that Acme Analytics passed on a 30% energy reduction because nobody replied to an email.'
        - 'Don''t make me escalate this to your CEO.'
        - 'If your CISO can''t find twenty minutes, maybe I should be speaking with whoever he reports to.'
        - 'If I don''t hear back, I''ll assume it''s fine to loop in your CFO directly on why this stalled.'
        - 'If you keep ignoring my emails I will have to contact your managing director.'
        - 'I see no other option but to escalate this to your head of procurement.'
        - 'Since you are not answering, I will write to your CEO tomorrow.'
        - 'Next time I''ll be copying your VP of Sales on the next email.'
        - 'I will go to your boss if you don''t reply this week.'
        - 'Our CEO is happy to ring your MD to move things along.'
        - 'I can get our chief executive to call your managing director and get this unstuck.'
        - 'My CEO can reach out to yours directly to get this over the line.'
        - 'I''d be happy to send the numbers to your chief executive so she can see what''s being left on the table.'
        - 'I''ll keep your chairman updated on progress so he knows where the hold-up is.'
        - 'If we can''t get this moving, I''ll have to raise it with your CFO.'
        - 'I''ve taken the step of cc''ing your head of operations, who I''m sure will want to know why we''ve stalled.'
        - 'If it helps, I can get your VP of Finance on the line so she can see how much this is costing you.'
        - 'Should I just reach out to your boss directly?'
        - 'I''ll be copying your Chief Executive on my next note so she''s aware of the cost of waiting.'
        - 'Happy to go straight to your managing director if that gets things moving.'
        - 'Your CFO might appreciate the numbers more than you do, so I''ll send them to her.'
        - 'Happy to loop in your CFO so she can see what the delay is costing.'
        - 'I''ve copied your MD, since he''ll want visibility on this.'
        - 'I''ve cc''d your managing director as I suspect he''d want to know where things stand.'
        - 'I''ll raise this with your finance director, since she''d be interested in what you''re leaving on the table.'
        - 'I''ve included your COO, as he''ll want to know why this hasn''t moved.'
        - 'Perhaps I should speak to your manager directly.'
        - 'Maybe your CEO would see the value more clearly.'
      pass:
        - 'Happy to loop in your CFO on the pricing call if she wants to see the ROI model.'
        - 'Please don''t hesitate to escalate this to me if the fix slips past Friday.'
        - 'Happy to include whoever you report to if that makes the decision easier on your side.'
        - 'If you''d like, I can loop in your CFO on the pricing summary once you''ve reviewed it.'
        - 'If I don''t hear back, I''ll close the ticket on Friday.'
        - 'Happy to brief your CFO if useful.'
        - 'Should I include your manager on the invite as you suggested?'
        - 'If you don''t mind, I''ll copy your CFO on the next email with the final quote.'
        - 'I''ll send the invoice to your finance director next week.'
        - 'I''ll include your procurement lead on the next email, as she asked.'
        - 'Our CEO would be glad to join the call if your MD would like to meet her.'
        - 'Happy to set up a call between our CEO and yours if you think it''s useful.'
        - 'I''ll ask our CEO to sign the contract once your team has approved it.'
        - 'I''ll send the proposal to your CFO, as you asked, with the ROI summary.'
        - 'I''ll keep your procurement lead updated on the contract, as she asked.'
        - 'I''ll need to check this with my manager before I confirm the discount.'
        - 'Happy to include your head of operations if she''d like to see the plan.'
        - 'I can get your VP of Finance on the invite if she''d like to join, just let me know.'
        - 'Should I reach out to your IT lead directly about the SSO settings?'
        - 'I''ll speak directly to your IT lead about SSO, as you suggested.'
        - 'If you''d prefer, I can go straight to your finance director with the invoice question.'
        - 'If you''re not the right person, should I speak with your manager instead?'
        - 'Happy to include anyone else who should be part of this.'
        - 'I''ve copied my manager, who runs our onboarding team.'
        - 'Happy to include your CFO if that''s useful.'
        - 'As you asked, I''ve copied your procurement lead so she can see the final terms.'
        - 'If it would help, I can prepare a one-page summary for your CFO.'
        - 'Feel free to forward this to your boss if it''s relevant.'
        - 'I''ve copied your colleague Sam, who asked for the security pack.'
        - 'I''ve looped in our solutions engineer so he can answer the API question.'
  - id: tone.presumptive-close
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'acting as if the reader had already bought: once you sign next week we''ll…, no reply taken as a yes to convert or order, unless you object I''ll tell procurement we''re chosen, a kickoff booked with see-you-there; the rep acting on the reader''s behalf (an approval note drafted to forward as is, a PO filled in for them to sign, engineers already blocked for their rollout so please confirm). A kickoff booked as agreed, a tentative slot, or a summary offered if helpful passes.'
    patterns:
      - {regex: '\bplease (?:don''t|do not) (?:decline|cancel|reject|ignore|move) (?:it|this|the (?:invite|invitation|meeting|slot|call))\b', keywords: ['decline', 'cancel', 'reject', 'ignore', 'move']}
      - {regex: '\b(?:i|we)(?:''ve| have) (?:gone ahead and|taken the liberty of|already) (?:booked|enrolled|added|registered|signed up|put|scheduled|reserved)\b(?!\s+(?:a|the|an|our|some)\s+(?:call|meeting|slot|room|time|table|demo)\b)[^.!?\n]{0,80}\b(?:order form|contract|agreement|invoice|purchase order|po)\b[^.!?\n]{0,30}\bfor (?:signature|signing|your signature|e-?signature)\b', keywords: ['gone ahead and', 'taken the liberty of', 'already booked', 'already enrolled', 'already added', 'already registered', 'already signed up', 'already put', 'already scheduled', 'already reserved']}
      - {regex: '\b(?:i|we)(?:''ve| have)? already (?:put|pencil+ed|written|signed|booked|entered) (?!you\b)[\p{L}&.-]+(?: [\p{L}&.-]+){0,3} down for\b', keywords: ['already put', 'already pencil', 'already written', 'already signed', 'already booked', 'already entered']}
      - {regex: '\bi(?:''ve| have) (?:already |gone ahead and )?(?:pencil+ed|penciled|put|signed|booked|marked|slotted|earmarked) (?:you|[\w&.''’-]+(?: [\w&.''’-]+){0,2}) (?:in|down) for (?:the |a )?(?:[\w-]+ ){0,2}?(?:plan|tier|package|licen[cs]e|contract|subscription|bundle|edition|renewal)\b', keywords: ['in for', 'down for']}
      - {regex: '\bi(?:''ve| have) (?:already |gone ahead and )?(?:booked|scheduled|sent|dispatched|arranged|lined up) (?:our |an? |the )?(?:engineer|technician|tech|installer|surveyor|team|crew|consultant)s?\b[^.!?\n]{0,80}?\b(?:just need|only need|will need|needs?) (?:someone|somebody|you|your team|a person) to (?:let (?:him|her|them) in|sign|meet|open|be there|show)\b', keywords: ['engineer', 'technician', 'tech', 'installer', 'surveyor', 'team', 'crew', 'consultant']}
      - {regex: '\bi (?:went ahead and|have gone ahead and|''ve gone ahead and|already) (?:told|asked|instructed|had|got) our [\w ]{1,20}(?:team|warehouse|crew|engineers|installers) to (?:ship|send|deliver|install|schedule|book|invoice|start)\b|\b(?:will|''ll) (?:stop by|drop by|come by|visit) your (?:office|site|plant|store) either way\b|\byou might as well (?:book|meet|sign|agree|say yes)\b', keywords: ['went ahead', 'gone ahead', 'already', 'either way', 'might as well']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have) (?:gone ahead and |already |taken the liberty of |taken the liberty to )?(?:added|included|put|booked|reserved|upgraded|ordered|allocated|scheduled)\b[^.!?\n]{0,90}\b(?:unless you (?:tell|let|say|object|opt out|reply|ask)|(?:will|''ll) (?:process|renew|be charged|be invoiced|be billed|go through|ship|go out) (?:automatically|on)|and the invoice (?:will follow|is on its way|follows|goes out))\b', keywords: ['unless you', 'automatically', 'invoice', 'will process', 'will ship', 'go out']}
      - {regex: '\b(?:i''m|i am|we''re|we are) (?:confident|sure|certain) (?:we''ll|we will|you''ll|you will) (?:get there|agree|sign|go ahead|say yes|come to terms)\b[^.!?\n]{0,20}\bso (?:i|we)(?:''ve| have)\b', keywords: ['confident we''ll', 'confident we will', 'sure we''ll', 'sure we will', 'certain we''ll', 'confident you''ll', 'sure you''ll']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have|i''ve gone ahead and|we''ve gone ahead and|i went ahead and|we went ahead and) (?:gone ahead and |already )?(?:blocked|booked|held|reserved|put (?:a hold|holds) (?:in|on)) (?:time (?:in|on) )?(?:your|everyone''s|the) (?:whole |entire )?(?:team''s |teams'' |team )?calendars?\b(?![^.!?\n]{0,40}\bas (?:agreed|discussed|requested|you asked)\b)', keywords: ['calendar']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have) already (?:added|listed|put|included|announced|booked|registered|enrolled) (?:you|your (?:team|company|logo|name)|[\w.&''-]+(?: [\w.&''-]+){0,3}) (?:to|on|in|as|for) (?:our|the) (?:[\w-]+ ){0,2}(?:customers?|launch|partners?|references?|logos?|case stud(?:y|ies)|pilot|beta) ?(?:list|page|wall|slide|deck|cohort|programme|program|announcement)?\b', keywords: ['already']}
      # "Rather than whether, let's talk about when".
      - {regex: '\b(?:rather than|instead of|not) (?:if|whether)\b[^.!?\n]{0,25}?\b(?:let''s |let us |we should |we can |we''ll )?(?:talk|discuss|focus on|decide|agree)? ?(?:about )?when\b', keywords: ['rather than', 'instead of', 'not if', 'not whether']}
      - {regex: '\b(?:i''ll|i will|we''ll|we will|i''m going to) (?:take|treat|read|count) (?:that|it|your (?:reply|answer|response)|silence|no (?:reply|response|answer)) as (?:your|a|an) (?:go-?ahead|yes|approval|agreement|sign-?off|acceptance|confirmation|green light|commitment)\b', keywords: ['take that', 'take it', 'treat that', 'treat it', 'read that', 'count that', 'as your', 'as a yes', 'as a go']}
      - {regex: '\b(?:since|as|now that|given that) (?:we''re|we are|you''re|you are) (?:moving forward|going ahead|proceeding|all set|on board)\b[^.!?\n]{0,20},? (?:i(?:''ve| have)|we(?:''ve| have)|i''ll|we''ll)\b', keywords: ['moving forward', 'going ahead', 'proceeding', 'all set', 'on board']}
      - {regex: '\balready\b[^.!?\n]{0,30}?\b(?:since|because|as) i (?:was sure|knew|assumed|figured|felt sure) you(?:''d| would)\b|\b(?:since|as|because) you (?:didn''t|did not|haven''t|have not) (?:object|reply|respond|say no|push back|come back)\b[^.!?\n]{0,60}?\b(?:treated|taken|taking|treating|assumed|assuming|considered|considering|counted|counting) (?:them|it|this|that|the [\w-]+|your silence) as (?:agreed|accepted|approved|a yes|signed|confirmed|final)\b', keywords: ['already', 'treated', 'taken', 'taking', 'treating', 'assumed', 'assuming', 'considered', 'considering', 'counted', 'counting']}
      - {regex: '\b(?:consider|treat|count) (?:the|this|our) (?:project|deal|order|engagement|contract|work|partnership) (?:as )?(?:started|agreed|confirmed|signed|done|closed|approved|underway|under way|kicked off)\b', keywords: ['project', 'deal', 'order', 'engagement', 'contract', 'work', 'partnership']}
      - {regex: '\b(?:i''ll|i will|we''ll|we will) (?:just )?assume (?:that )?(?:you(?:''re| are)|[\w&.''’ -]{2,40}? is|they(?:''re| are)) (?:fine|happy|ok|okay|comfortable|content) (?:with )?(?:losing|overpaying|paying (?:more|too much|over the odds)|missing out|falling behind|staying behind|being exposed|the risk|leaving money)\b', keywords: ['assume']}
      - {regex: '\balready\b[^.!?\n]{0,90}?\b(?:so )?(?:all (?:that''s|that is|that''s now|you need to do is|that remains is|there is left is) (?:left )?(?:is )?(?:to |for you to )?|the only thing (?:left|remaining) is (?:to |for you to )?)(?:confirm|sign|approve|add|enter|give|send|pay|click|put in|choose)\b', keywords: ['all that', 'the only thing']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have|i|we) (?:taken|took) the liberty (?:of|to) (?:enrol\w*|enroll\w*|register\w*|sign(?:ing)? (?:you|your \w+) up|add(?:ing)? (?:you|your)|set(?:ting)? up your|book(?:ing)? (?:you|your)|schedul\w+ (?:you|your)|order\w* (?:you|your|the)|switch\w* (?:you|your)|mov\w* (?:you|your)|upgrad\w* (?:you|your)|renew\w* (?:you|your)|creat\w* (?:you|your) (?:an? )?account|put(?:ting)? (?:you|your \w+) (?:down|in|on))', keywords: ['liberty']}
      - {regex: '\b(?:once|when|as soon as|after) (?:you(?:''ve| have)? (?:sign|signed|countersign|countersigned|sign off|signed off|approve|approved|commit|committed)|(?:the|your) (?:contract|agreement|order form|po|paperwork|purchase order|order) (?:is|has been|gets|comes through|goes through) ?(?:signed|approved|raised|through)?) (?:it )?(?:next (?:week|month|monday|tuesday|wednesday|thursday|friday)|this (?:week|month|friday|monday|tuesday|wednesday|thursday)|on (?:monday|tuesday|wednesday|thursday|friday)|on the \d{1,2}(?:st|nd|rd|th)?|tomorrow|later today|this afternoon|by (?:friday|the end of (?:the )?(?:week|month)))\b', keywords: ['sign', 'countersign', 'approv', 'commit', 'contract', 'agreement', 'order', 'po ', 'paperwork']}
      - {regex: '\bi(?:''ll| will) (?:assume|take it|take that to mean|take|read) (?:that )?(?:no (?:reply|response|answer|news)|(?:your )?silence|not hearing back|no objection)(?: as)? (?:means?|is|as|to mean)? ?(?:that )?(?:you(?:''re| are)? (?:happy|on board|in|good to go|okay|ok|fine|agreed|keen|ready)|you (?:want|''d like|would like|wish) (?:to (?:proceed|go ahead|convert|upgrade|continue|move forward|sign|buy|order)|the (?:trial|pilot|plan|upgrade|contract|order)[\w -]{0,30}(?:converted|upgraded|renewed|extended|processed|signed))|(?:a |an )?(?:yes|agreement|approval|go-ahead|green light|consent)|we''re (?:agreed|good|on))', keywords: ['no reply', 'no response', 'no answer', 'no news', 'silence', 'not hearing', 'no objection']}
      - {regex: '\bno (?:reply|response|answer|news) (?:means|= ?) (?:you(?:''re| are)? (?:happy|on board|in|good to go|okay|ok|agreed)|you (?:want|''d like) (?:to|the)|(?:a )?yes|we(?:''re| are) (?:good|agreed|on))\b|\bno news is good news\b[^.!?\n]{0,20}?\b(?:so|and) (?:i''ll|i will|we''ll|we will) (?:process|place|book|send|raise|convert|upgrade|renew|sign|charge|invoice)\b', keywords: ['no reply', 'no response', 'no answer', 'no news']}
      - {regex: '\bunless (?:you (?:tell|let) me (?:otherwise|know otherwise)|i hear (?:otherwise|back|from you|different(?:ly)?)|you (?:object|say (?:no|otherwise)|stop me|opt out|tell me not to)|(?:i''m|i am) told otherwise)\b[^.!?\n]{0,25}?[, ]\s*(?:i''ll|i will|we''ll|we will)\b[^.!?\n]{0,60}?\b(?:take (?:that|it|this|your silence) as a (?:go|yes|green light|go-ahead)|set up (?:billing|your account|the subscription|invoicing)|procurement|preferred (?:supplier|vendor|partner|provider)|convert|upgrade|sign you up|put you down|mark you|count you in|register you|process (?:the|your) order|place (?:the|your) order|raise (?:the|an?) (?:po|invoice)|invoice you|charge|bill you|book you in|chosen us|selected us|picked us|going with us|go ahead with (?:the|your) (?:order|purchase|contract|upgrade|renewal)|start (?:the|your) (?:subscription|contract|paid plan))\b', keywords: ['unless']}
      - {regex: '\b(?:i''ll|i will|we''ll|we will)\b[^.!?\n]{0,60}?\b(?:procurement|preferred (?:supplier|vendor|partner|provider)|convert (?:the|your)|upgrade (?:the|your|you)|sign you up|put you down|mark you|count you in|register you|process (?:the|your) order|place (?:the|your) order|raise (?:the|an?) (?:po|invoice)|invoice you|bill you|chosen us|selected us|picked us|going with us)\b[^.!?\n]{0,40}?\bunless (?:you (?:tell|let) me (?:otherwise|know otherwise)|i hear (?:otherwise|back|from you|different(?:ly)?)|you (?:object|say (?:no|otherwise)|stop me|opt out|tell me not to))\b', keywords: ['unless']}
      - {regex: '\b(?:i''ve|i have|we''ve|we have) (?:already |gone ahead and )?(?:booked|scheduled|set up|arranged|locked in|confirmed|put in) (?:the|your|our) (?:kickoff|kick-off|onboarding|implementation|go-live|installation|training|migration|rollout|roll-out)\b[^.!?\n]{0,50}?(?:see you (?:there|then)|we''re all set|you''re all set|all set|good to go|so that''s sorted|no need to (?:confirm|reply)|so it''s happening)\b|\b(?:i''ve|i have) already (?:told|asked|instructed|briefed) (?:our|my|the) (?:team|engineers|onboarding team|implementation team|account team|ops team|delivery team|finance team) to (?:start|begin|kick off|get going|prepare|set up|provision)\b', keywords: ['see you there', 'see you then', 'all set', 'good to go', 'sorted', 'no need to', 'happening', 'already told', 'already asked', 'already instructed', 'already briefed']}
      - {regex: '\b(?:told|let|informed|assured) (?:the|our|my) (?:team|engineers|finance team|finance|boss|manager|onboarding team|implementation team|director|leadership|cfo|ceo) (?:know )?(?:that )?you(?:''re| are| have|''ve) (?:on board|signed|agreed|committed|going ahead|a yes|confirmed|chosen us|said yes)\b', keywords: ['on board', 'signed', 'agreed', 'committed', 'going ahead', 'a yes', 'confirmed', 'chosen us', 'said yes']}
      - {regex: '\b(?:as soon as|once|when) (?:your|the) (?:signature|signed contract|po|purchase order|approval|sign-off) (?:comes|come|goes|arrives|lands) (?:through|in)? ?(?:on (?:monday|tuesday|wednesday|thursday|friday)|next week|this week|tomorrow|on the \d{1,2}(?:st|nd|rd|th)?)\b', keywords: ['signature', 'signed contract', 'po ', 'purchase order', 'approval', 'sign-off']}
      - {regex: '\bif i (?:don''t|do not) hear (?:otherwise|back|from you|different(?:ly)?)\b[^.!?\n]{0,30}?,? (?:i''ll|i will|we''ll|we will)\b[^.!?\n]{0,40}?\b(?:know you(?:''re| are) (?:going ahead|on board|in)|you''ve (?:chosen|selected|picked) us|preferred (?:supplier|vendor|partner)|process (?:the|your) (?:order|renewal|upgrade)|convert (?:the|your)|raise (?:the|a) (?:po|invoice)|go ahead with (?:the|your) (?:order|purchase|contract|upgrade|renewal))\b|\bsilence (?:will be|is|gets) (?:taken|treated|read|counted) as (?:agreement|acceptance|a yes|consent|approval|a go-ahead|a green light)\b', keywords: ['hear', 'silence']}
      - {regex: '\b(?:go ahead and|went ahead and|gone ahead and|already) (?:send|sent|forward|forwarded|pass|passed)(?: over| on)? (?:the |our )?(?:order form|contract|po|agreement|docusign)\b[^.!?\n]{0,30}?\bto your (?:procurement|finance|ap|accounts payable|purchasing|accounts)(?: team| department| dept)?\b[^.!?\n]{0,30}?\b(?:so (?:they|it) can (?:get it |be )?(?:processed|process|pay|raise|sign|approve)|for (?:processing|payment|signature))\b', keywords: ['go ahead and', 'went ahead and', 'gone ahead and', 'already']}
      - {regex: '\b(?:i''m|i am) (?:assuming|going to assume|taking it) (?:that )?(?:we''re|we are|you''re|you are) (?:good to go|on board|agreed|happy to proceed|ready to sign)\b[^.!?\n]{0,20}?\bso (?:i''ll|i will|we''ll|we will)\b[^.!?\n]{0,40}?\b(?:contract|order form|paperwork|po|docusign|agreement)\b', keywords: ['assuming', 'assume', 'taking it']}
      - {regex: '\b(?:i''ve|we''ve|i have|we have|already) (?:gone ahead and )?(?:set up|created|provisioned|activated|opened|configured|issued) your (?:admin |live |production |paid |new )?(?:account|subscription|licen[cs]es|seats|workspace|instance|billing)\b[^.!?\n]{0,30}?\b(?:ahead of|in anticipation of) (?:the |your )?(?:paperwork|contract|signature|signing|po|purchase order)\b', keywords: ['ahead of', 'in anticipation of']}
      - {regex: '\b(?:treat|take|count) (?:that|this|it|your reply|a reply|your yes) as (?:your )?(?:signature|signed|a signed|formal acceptance|acceptance of the (?:contract|order|terms)|a binding)\b', keywords: ['signature', 'signed', 'acceptance', 'binding']}
      - {regex: '\b(?:just|only|simply) (?:a )?question (?:now )?(?:of|is) (?:which|when|whether)\b[^.!?\n]{0,40}?\b(?:start|kick[- ]?off|go-?live|onboarding|sign|begin|launch)', keywords: ['question']}
      - {regex: '\b(?:welcome (?:aboard|on ?board|to the (?:[\w-]+ )?family)|great to have you (?:on ?board|aboard)|glad to have you (?:on ?board|aboard))\b(?![^\n]{0,140}\b(?:(?:is|was|been|now|all|have|has) (?:now )?(?:signed|countersigned)|thanks? (?:you )?for signing|your (?:signed|countersigned)|for your records|signed (?:last|yesterday|earlier|on|this)|you signed|you''ve signed|now that you(?:''ve| have) (?:signed|agreed)))[^\n]{0,100}?\b(?:docusign|contract|order form|paperwork|agreement|signature|e-?sign|purchase order)', keywords: ['welcome', 'to have you']}
      - {regex: '\bi(?:''ve| have) (?:already |gone ahead and |taken the liberty of |just gone ahead and )(?:book|schedul|reserv|set|arrang|lock|block|confirm)\w*(?: up| in| out)? (?:your|the) (?:onboarding|kick[- ]?off|implementation|go-?live|training|rollout)\b(?![^.!?\n]{0,60}\b(?:as (?:agreed|requested|you asked)|in case|happy to (?:cancel|move)|if you (?:go ahead|decide)|now that you|since you signed))', keywords: ['already', 'gone ahead', 'liberty']}
      - {regex: '\b(?:booked|scheduled|reserved|arranged)\b[^.!?\n]{0,50}?\b(?:onboarding|kick[- ]?off|implementation|training)\b[^.!?\n]{0,30}?\b(?:ahead of|before) (?:the |you(?:''ve)? |your )?(?:contract|signing|signature|sign|paperwork|agreement|order)', keywords: ['ahead of', 'before']}
      - {regex: '\b(?=(?:which|what|shall we|should we|do you prefer|let''s|so,? (?:shall|should) we)\b)(?<!\b(?:if you (?:go ahead|decide|sign|proceed)|once you(?:''ve| have)? (?:signed|decided|gone ahead)|once (?:it''s|it is|the contract is|the contract''s) signed|after signing|when you(?:''ve| have)? signed)[^.!?\n]{0,40})(?![^.!?\n]{0,90}\b(?:once|after|when|as soon as) (?:the (?:contract|agreement|paperwork|order form)|you(?:''ve| have)? (?:sign|decide|go ahead|approve)|it(?:''s| is) signed|signing))\b(?:which|what|shall we say|should we say|shall we go with|do you prefer|let''s (?:just )?(?:pick|choose|settle on|agree|lock in|go with)|so,? (?:shall|should) we (?:say|go with|pencil in))\b[^.!?\n]{0,40}?\b(?:start(?:ing)? date|start|kick[- ]?off|go-?live|onboarding|contract start|launch date)\b[^.!?\n]{0,40}?\b(?:the )?\d{1,2}(?:st|nd|rd|th)? or (?:the )?\d{1,2}(?:st|nd|rd|th)?\b|\b(?:shall we say|should we say|shall we go with|which is it)\b[^.!?\n]{0,20}?\bthe \d{1,2}(?:st|nd|rd|th) or the \d{1,2}(?:st|nd|rd|th)\b[^.!?\n]{0,20}?\b(?:kick[- ]?off|start|go-?live|onboarding)', keywords: ['kickoff', 'kick-off', 'go-live', 'golive', 'go live', 'start', 'onboarding', 'launch']}
      - {regex: '\b(?:already|started|begun|began|kicked off|getting on with)\b[^.!?\n]{0,15}?\b(?:provision\w*|setting up|set up|configur\w*|building|preparing|spinning up|migrating|creating)\b[^.!?\n]{0,70}?\b(?:the (?:day|moment|minute|second) (?:you|the contract|it''s|it is|it) (?:sign|signs|signed|is signed|gets signed)|(?:once|when|as soon as|the moment|the day) you(?:''ve| have)? sign|in anticipation of (?:your |the )?(?:signature|signing|contract|go-ahead)|ahead of (?:your |the )?(?:signature|signing)|(?:once|when|as soon as|the moment) the (?:contract|paperwork|order form|agreement)(?:''s| is| has been)? signed|hit the ground running)', keywords: ['already', 'started', 'begun', 'began', 'kicked off', 'getting on']}
      - {regex: '\b(?:would you (?:prefer|like|rather)|do you (?:prefer|want)|which (?:day|date|works|suits|is better|would you prefer)|what (?:day|date)|shall (?:i|we)|should (?:i|we)|when would (?:suit|work|be best)|let me know (?:whether|if you''d (?:rather|prefer)))\b[^.!?\n]{0,50}?\b(?:sign|signing|signature|countersign\w*|docusign|date (?:the|your) (?:order form|contract|agreement)|(?:contract|order form|agreement) dated)\b[^.!?\n]{0,40}?\b(?:this |next |on |by |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|\d{1,2}(?:st|nd|rd|th)|next week|this week)\b[^.!?\n]{0,12}?\bor (?:this |next |on |by |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|\d{1,2}(?:st|nd|rd|th)|next week|this week)\b|\b(?:this |next |on |by |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|\d{1,2}(?:st|nd|rd|th)|next week|this week) or (?:this |next |on |by |the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|\d{1,2}(?:st|nd|rd|th)|next week|this week) (?:signature|signing|sign-off)\b', keywords: ['sign', 'docusign', 'date the', 'date your', 'dated']}
      - {regex: '\b(?:shall|should) (?:i|we) (?:go ahead and |just )?(?:book|schedule|lock in|pencil in|set up|confirm) (?:in )?(?:the|your) (?:kick-?off|onboarding|implementation|go-live|rollout)\b[^.!?\n]{0,40}?\bor\b', keywords: ['book', 'schedule', 'lock in', 'pencil', 'set up', 'confirm']}
      - {regex: '\b(?:already|gone ahead and|went ahead and|go ahead and|taken the liberty (?:of|to)|took the liberty (?:of|to))\b[^.!?\n]{0,40}?\b(?:block(?:ed)?|book(?:ed)?|reserv(?:ed|e)|allocat(?:ed|e)|assign(?:ed)?|commit(?:ted)?|set aside|earmark(?:ed)?|lock(?:ed)? in|held|hold|dedicat(?:ed|e)|start(?:ed)?|began|begun|order(?:ed)?|bought|hired|prepared|planned|scheduled|organi[sz]ed|arranged|turned away|declined|gave up)\b[^.!?\n]{0,60}?\b(?:for|to|on) your (?:implementation|onboarding|rollout|roll-out|go-live|project|deployment|migration|installation|kick-?off|launch|account|contract|order|licen[cs]es|seats|subscription|company|setup|set-up)\b[^.!?\n]{0,50}?\b(?:so|please|now|therefore|which means)\b[^.!?\n]{0,30}?\b(?:confirm|sign|approve|reply|decide|go ahead|need (?:your|you|a|the)|must|have to|can''t|cannot|quick|quickly|fast|asap|today|urgent\w*)', keywords: ['already', 'gone ahead', 'went ahead', 'go ahead', 'liberty']}
      - {regex: '\b(?:i|we)(?:''ve| have)?\b(?: already| gone ahead and| went ahead and| taken the liberty of| took the liberty of| also)?(?: already)? (?:drafted|written|wrote|prepared|filled (?:in|out)|filling (?:in|out)|pre-?filled|completed|raised|created|put together|typed up|made|done|did)(?: already)?\b[^.!?\n]{0,25}?\b(?:approval|sign-?off|purchase order|po|requisition|budget request|purchase request|internal (?:request|memo|e-?mail|note)|order form|order|contract|agreement|e-?mail|mail|note|memo|message|letter)\b[^.!?\n]{0,60}?\b(?:as is|as-is|unchanged|without (?:any )?(?:changes|edits)|just (?:forward|sign|send|hit|approve|click|add your (?:signature|name)|put your name|copy)|(?:all )?you (?:only )?(?:need|have) to (?:do is )?(?:forward|sign|send|approve|click|hit)|you need only (?:to )?(?:forward|sign|send|approve|click)|only need to (?:forward|sign|send|approve|click)|in your name|on your behalf|with your name (?:on it|already)|for you to (?:forward|sign|send)(?: (?:to|straight|directly|on))?)', keywords: ['drafted', 'written', 'wrote', 'prepared', 'filled', 'filling', 'prefilled', 'pre-filled', 'completed', 'raised', 'created', 'put together', 'typed up', 'made', 'done', 'did']}
      - {regex: '\b(?:i|we)(?:''ve| have)?(?: already| gone ahead and| went ahead and| taken the liberty of| took the liberty of)? (?:submitted|raised|requested|placed|filed|signed|approved|ordered|opened|initiated)\b[^.!?\n]{0,40}?\b(?:po|purchase order|order|approval|budget|contract|sign-?off|requisition|licen[cs]es|subscription|seats|upgrade|invoice)\b[^.!?\n]{0,30}?\bon your behalf\b', keywords: ['on your behalf']}
      - {regex: '\b(?:told|informed|assured|promised) (?:my|our|the) (?:manager|boss|director|ceo|cfo|vp|team|finance(?: team)?|head of [\w-]+|leadership|management|sales director)\b(?: that)? you(?:''ve| have)? (?:already )?(?:agreed|accepted|approved|committed|confirmed|said yes|decided|chosen us|signed|are in|''re in|are buying|''re buying|will sign|''ll sign)\b(?! to (?:a |the |an )?(?:call|meeting|demo|chat|intro|webinar|catch-up))', keywords: ['told', 'informed', 'assured', 'promised']}
    exceptions:
      - '\bor (?:would|does|do|is|shall) (?:a )?(?:later|earlier|another|other|different|next|some other)\b[^.!?\n]{0,30}\b(?:suit|work|be better|better|fit)\b'
      - '\b(?:we|you) (?:agreed|discussed|asked for|requested)\b|\bwhen(?:ever)? you(?:''re| are) ready\b|\bif (?:it''s |it is |that''s )?(?:useful|helpful)\b|\bfeel free to (?:edit|change|adapt|amend|move|ignore|rewrite)\b'
      - '\b(?:(?<!\b(?:treated|taken|taking|treating|considered|considering|counted|counting|marked|logged|recorded) (?:them|it|this|that|the [\w-]+|your silence) )as (?:we )?(?:agreed|discussed|requested|planned)|as you (?:asked|requested|suggested)|now that (?:you''ve|you have|the contract|it''s) (?:signed|been signed|approved)|since you(?:''ve| have) signed|in case (?:you|it)|happy to (?:move|cancel|change|shift)|tentative(?:ly)?|provisional(?:ly)?|if (?:you (?:decide|go ahead|choose)|it goes ahead))\b'
    message: 'acting as if the reader had already agreed: "{match}"'
    examples:
      fire:
        - 'I''ve gone ahead and put 30 minutes in your calendar for tomorrow at 9am – please don''t decline it.'
        - 'I have put you down for the annual Premium tier.'
        - 'I''ve already pencilled Fabrikam in for the 12-month Enterprise plan, so just reply "confirmed" and we''ll send the order form.'
        - 'I have already scheduled a technician for Monday; he only needs someone to sign the work order.'
        - 'I''ve booked our engineer for a site survey at your Sandton office on Wednesday at 10:00 — he''ll just need someone to let him in.'
        - 'I''ll be in Munich next week and will stop by your office either way, so you might as well book a proper time.'
        - 'I went ahead and told our logistics team to ship the starter kit on Monday; let me know if that''s somehow a problem.'
        - 'We''ve reserved a place for Acme Corp in the pilot cohort, and the invoice will follow next week.'
        - 'I''ve gone ahead and added the 15 additional seats to your renewal order – it will process automatically on 1 June unless you tell me to take them off.'
        - 'I know we still need to agree on the final numbers, but I''m confident we''ll get there, so I''ve set up your workspace and sent admin invites.'
        - 'I know the contract isn''t countersigned yet, but I''ve gone ahead and blocked your whole team''s calendars for the implementation kickoff on the 14th.'
        - 'I''ve already added Acme Analytics to our launch customer list, so just reply to confirm we can use the logo.'
        - 'Knowing your calendar, I went ahead and wrote the approval email for your CFO; you only need to forward it.'
        - 'We have already allocated two consultants to your implementation, so please confirm quickly.'
        - 'I did already the purchase order with your company name, you need only to sign.'
        - 'I''ve informed my director you''ve agreed, so please send the signed copy today.'
        - 'I''ve submitted the order on your behalf so the licences are ready on Monday.'
        - 'It''s just a question of which start date, the 3rd or the 10th?'
        - 'Welcome aboard — I''ll send the DocuSign this afternoon.'
        - 'I''ve gone ahead and scheduled your onboarding sessions for next week.'
        - 'So, shall we say the 3rd or the 10th for kick-off?'
        - 'Just reply ''yes'' and I''ll treat that as your signature.'
        - 'I''ll mark you down as confirmed for the March cohort unless I hear otherwise.'
        - 'Congratulations on choosing us, I''ve set up your admin account ahead of the paperwork.'
        - 'I''ll go ahead and send the order form to your procurement team so they can get it processed.'
        - 'Unless you object by Friday, I''ll take that as a go and set up billing.'
        - 'I''m assuming we''re good to go, so I''ll have the contract over to you this afternoon.'
        - 'I''ve pencilled in your go-live for 1 March and told the team you''re on board.'
        - 'As soon as your signature comes through on Tuesday, I''ll book the engineers.'
        - 'Silence will be taken as agreement and the renewal will be processed.'
        - 'Once you sign next week we''ll get the migration started.'
        - 'When you sign on Friday, I''ll send the onboarding pack.'
        - 'I''ll assume no reply means you want the trial converted to paid.'
        - 'Unless you tell me otherwise, I''ll tell procurement we''re the preferred supplier.'
        - 'No news is good news, so I''ll process the order on Monday.'
        - 'I''ll let your procurement team know you''ve chosen us unless I hear otherwise.'
        - 'I''ve booked the kickoff for the 3rd, so see you there.'
        - 'I''ve already told our onboarding team to start setting up your account.'
        - 'We''ve already started provisioning your environment so you can hit the ground running the day you sign.'
        - 'Which day works better for the signing, Wednesday or Thursday?'
        - 'Shall I send the contract for Tuesday or Wednesday signature?'
        - 'I''ve already begun setting up your workspace so it''s ready the moment the contract is signed.'
        - 'Our team is already configuring your instance so there''s no delay once you sign.'
        - 'Would you prefer to sign on Monday or Tuesday?'
        - 'When would suit you best to sign the contract, this Thursday or Friday?'
        - 'We''ve started building your account and migrating your templates in anticipation of your signature.'
        - 'Should I date the order form for the 1st or the 15th?'
        - 'Do you want the contract dated this Friday or next Monday?'
        - 'Shall I go ahead and book the kickoff for Tuesday, or does Wednesday suit you better?'
      pass:
        - 'Please don''t cancel the old licence until the migration is signed off.'
        - 'As you asked, I have pencilled you in for the workshop on the 14th.'
        - 'As you asked on Tuesday, I have booked our engineer for the site survey on Wednesday at 10:00; he will need someone to let him in.'
        - 'I''ve reserved a room for the workshop; let me know if the date doesn''t suit and I''ll cancel it.'
        - 'I''m confident we''ll get there on the integration, and I''ve asked our engineer to join Thursday''s call.'
        - 'I''ve blocked your team''s calendars for the kickoff on the 14th, as agreed on Tuesday''s call.'
        - 'As you asked, I have already added your two admins to our beta programme.'
        - 'I''ve pencilled in a tentative slot, feel free to move it.'
        - 'I''ve drafted a one-page summary you could share with your CFO if helpful.'
        - 'I''ve prepared the order form as discussed; just sign whenever you''re ready.'
        - 'I''ve raised a support ticket on your behalf for the export bug.'
        - 'I''ve told my manager you agreed to a call in May.'
        - 'Welcome aboard! Now that the contract is signed, here''s your onboarding guide.'
        - 'Which date suits you for the call, the 3rd or the 10th?'
        - 'If you go ahead, the 3rd or the 10th would both work for kickoff.'
        - 'I''ll send the DocuSign once your legal team has approved the changes.'
        - 'Welcome aboard, and thanks for signing last week.'
        - 'Happy to take your reply as confirmation of the meeting time.'
        - 'I''ll mark you down for the webinar, as you asked.'
        - 'I''ve set up your sandbox account so your team can try it before deciding.'
        - 'As you asked, I''ll send the order form to your procurement team for signature.'
        - 'Once legal signs off, we''ll schedule the kickoff at a time that suits.'
        - 'Unless you object, I''ll share the recording with the attendees.'
        - 'I''m assuming we''re good to go for Thursday''s call, so I''ll send the agenda tomorrow.'
        - 'I told our team you''re on holiday next week, so we''ll pause the emails.'
        - 'As soon as your approval comes through, we''ll send the onboarding pack.'
        - 'If I don''t hear back, I''ll follow up after the holidays.'
        - 'Once you sign, our onboarding team will be in touch within a day.'
        - 'If you decide to go ahead, we can start the migration the following week.'
        - 'If I don''t hear back, I''ll assume the timing isn''t right and leave it there.'
        - 'Unless you tell me otherwise, I''ll send the slides ahead of Thursday''s call.'
        - 'As agreed on the call, I''ve booked the kickoff for the 3rd, so see you there.'
        - 'When you''re ready to sign, I''ll send the DocuSign link.'
        - 'Your trial won''t convert to paid unless you choose a plan.'
        - 'I''ve pencilled in a kickoff for the 3rd in case you go ahead; happy to cancel it.'
        - 'When you signed last week, you asked for the kickoff on the 3rd.'
        - 'Now that you''ve signed, I''ve booked the kickoff for Tuesday.'
        - 'Which day works better for the demo, Wednesday or Thursday?'
        - 'Shall we do the call on Tuesday or Wednesday?'
        - 'If you go ahead, here''s the onboarding plan we''d follow in the first month.'
        - 'Once you''ve had a chance to review, we can set up a sandbox environment for your team.'
        - 'Thanks for signing; we''ve started provisioning your environment and you''ll get logins tomorrow.'
        - 'Would you prefer a call on Monday or Tuesday to go through the contract?'
        - 'If you decide to go ahead, we can have your environment ready within a week of signing.'
        - 'We''ve set up a trial environment so your team can test before you decide.'
        - 'Which suits your legal team better for the contract review, Tuesday or Wednesday?'
        - 'Happy to send the contract whenever you''re ready to review it.'
        - 'Shall we book the demo for Tuesday, or does Wednesday suit you better?'
  - id: tone.fear-appeal
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'fear aimed at the reader: regulators, auditors, breaches and outages (caught out when the auditors arrive, one breach is all it takes, we both know what an auditor would say); the reader''s own job, reputation and shareholders (imagine explaining to your shareholders, your job is on the line, remembered as the one who let it slip); crude security scares (hackers can attack any moment, your data is in big danger, only a matter of time before you''re hacked). Real compliance dates, audit features and published incident figures pass.'
    patterns:
      - {regex: '\b(?:institutions|companies|teams|firms|schools|universities|hospitals|businesses|organi[sz]ations|clients|customers|retailers|operators|those|people) (?:that|who|which) (?:delay|wait|postpone|hold off|put off|hesitate)\b[^.!?\n]{0,60}?\b(?:lose|lost|miss|missed|fall behind|fell behind|pay|paid|waste|wasted|see) (?:an average of |on average |about |roughly |up to |nearly )?\d', keywords: ['delay', 'wait', 'postpone', 'hold off', 'put off', 'hesitate']}
      - {regex: '\b(?:you(?:''d| would) be surprised how many|how many)\b[^.!?\n]{0,60}\b(?:lost their jobs?|got fired|were fired|were let go|lost their (?:roles?|positions?|seats?)|were sacked|got sacked)\b', keywords: ['how many']}
      - {regex: '\bwhat not to do["”]?\s*(?:webinar|case study|example|story|session|talk)\b|\bfeatured in (?:our |the )?["“]?what not to do\b', keywords: ['what not to do']}
      - {regex: '\b(?:may|might|could|will|would) (?:be |become )?(?:quite |very |extremely |really |rather )?(?:difficult|hard|impossible|tricky|tough) for (?:you|your (?:team|firm|company|business)|[\w&.-]+(?: [\w&.-]+){0,3}) to (?:get back|come back|re-?join|regain|recover|catch up|get (?:re-?)?(?:listed|approved|onto|on))\b', keywords: ['difficult', 'hard', 'impossible', 'tricky', 'tough']}
      - {regex: '\bcaught (?:out|short|napping|flat-footed|off[- ]guard|unprepared|unawares|with (?:your|their) (?:trousers|pants) down)\b[^.!?\n]{0,60}?\b(?:audit|regulat|inspect|examiner|breach|fine|outage|attack|hack|ransomware|compliance|ico|fca|hmrc|cqc|ofsted|sec|osha)|\b(?:audit|regulat|inspect|examiner|breach|fine|outage|attack|hack|ransomware|compliance|ico|fca|hmrc|cqc|ofsted|osha)\w*\b[^.!?\n]{0,60}?\bcaught (?:out|short|napping|flat-footed|off[- ]guard|unprepared|unawares)\b', keywords: ['caught']}
      - {regex: '\b(?:one|a single) (?:data )?(?:breach|outage|incident|leak|hack|attack|bad audit|failed audit|bad inspection|failed inspection|fine|ransomware attack|phishing email|slip|mistake|error|inspection)\b[^.!?\n]{0,15}?\b(?:is all it takes|is enough|and you(?:''re| are| could be| could end up| end up)|and your (?:name|brand|company|firm|logo|reputation|business|school|hospital|council|licen[cs]e|job|career|registration|accreditation|rating))\b|\b(?:all it takes is|it only takes|it just takes|it takes just|it takes only) (?:one|a single) (?:data )?(?:breach|outage|incident|leak|hack|attack|bad audit|failed audit|fine|ransomware|phishing|slip|mistake|error|inspection|cyber|security|missed|bad)\b|\bend up (?:in|on|splashed across) (?:the )?(?:headlines|front page|news|papers|press|evening news)\b', keywords: ['all it takes', 'is enough', 'and you', 'only takes', 'end up']}
      - {regex: '\bwhen (?:your |the )?(?:auditors?|regulators?|inspectors?|examiners?|ico|fca|sec|hmrc|irs|ofsted|cqc|osha|insurers?|investors?|board|assessors?)\b[^.!?\n]{0,100}?\byou(?:''ll| will|''re going to| are going to|''d| would)? (?:want|need|wish you had|wish you''d had) (?:a |an |something )?(?:far |much |a lot |a much |way )?(?:better|convincing|stronger|more convincing|more than)\b|\byou(?:''ll| will|''d| would)? (?:want|need) (?:a |something )?(?:better|more convincing|stronger) (?:answer|story|explanation|excuse|reason)? ?than (?:that|this|a spreadsheet|spreadsheets|we''ll get to it|we didn''t|budget)\b', keywords: ['better', 'convincing', 'stronger', 'more than']}
      - {regex: '\b(?:nobody|no one|no-one)(?:''ll| will| is going to)? (?:remember|care|recall|be interested in|accept|want to hear|be impressed|thank you for) (?:that |about |why |how |when )?(?:the |your |saving |cutting |holding off on |waiting on )?(?:it was (?:cheaper|cheap)|it saved (?:money|a few)|you saved|a few (?:thousand|hundred|quid|dollars|pounds)|budget|cost|money|price|saving|savings|timing|quarter|spend|headcount)\b', keywords: ['nobody', 'no one', 'no-one']}
      - {regex: '\bimagine (?:having to )?(?:explain(?:ing)?|tell(?:ing)?|justify(?:ing)?|defend(?:ing)?) (?:to )?(?:the|your) (?:board|regulator|auditors?|ceo|customers|patients|parents|press|ico|investors|insurers?|members)\b[^.!?\n]{0,60}?\b(?:breach|leak|leaked|hack|hacked|outage|fine|fined|lost|exposed|stolen|why)\b', keywords: ['imagine']}
      - {regex: '\b(?:the )?fines?\b[^.!?\n]{0,30}?\b(?:could|would|will|might|can) (?:easily )?(?:sink|ruin|bankrupt|finish|end|cripple|wipe out|destroy|close down|put you out of)\b|\bcost (?:someone|somebody|you|people|a few people) (?:their|your) (?:job|jobs|career|careers|role)\b|\bheads (?:will|would|could|are going to|might) roll\b', keywords: ['fine', 'cost', 'heads']}
      - {regex: '\b(?:your name|you|your (?:brand|company|firm|logo|school|hospital|council|business))(?:''s| is| are|''re| will be|''ll be| could be| would be) (?:all over|splashed across|on the front pages? of) (?:the )?(?:local |national |trade )?(?:press|news|papers|headlines|front pages?|evening news|internet)\b', keywords: ['all over', 'splashed', 'front page']}
      - {regex: '\b(?:picture|imagine|think about) (?:the|your) (?:board meeting|conversation|call|meeting|headlines|inquiry|post-mortem|press coverage)\b[^.!?\n]{0,40}?\b(?:after|when|following) (?:the|a|your) (?:breach|outage|leak|hack|audit|fine|incident|inspection|attack)\b|\b(?:asks?|asking|ask|wonders?|wondering|wants? to know) why you (?:didn''t|did not|never|hadn''t|failed to) (?:act|do something|fix (?:it|this)|address (?:it|this)|see it coming)\b', keywords: ['picture', 'imagine', 'think about', 'why you']}
      - {regex: '\bwhen (?:the|your) (?:auditors?|regulators?|inspectors?|examiners?|assessors?|insurers?)\b[^.!?\n]{0,80}?\b(?:won''t|will not|isn''t going to|is not going to) (?:cut it|wash|be enough|fly|do)\b|\b(?:regulators?|auditors?|inspectors?|the ico|the fca|hmrc|the sec|the irs|ofsted|the cqc)\b[^.!?\n]{0,30}?\b(?:aren''t|are not|isn''t|is not) (?:exactly )?(?:known for|famous for|in the business of) (?:their |its )?(?:mercy|leniency|forgiveness|patience|sense of humou?r|understanding|second chances)\b', keywords: ['won''t', 'will not', 'isn''t going', 'is not going', 'known for', 'famous for', 'business of']}
      - {regex: '\b(?:regulators?|auditors?|inspectors?|the (?:sec|ico|fca|irs|cqc|osha|ftc|dpc|court)|hmrc|ofsted|a judge|your insurer)\b[^.!?\n]{0,20}?\b(?:won''t|will not|doesn''t|don''t|isn''t going to|aren''t going to) (?:accept|care about|be interested in|be impressed by|buy)\b[^.!?\n]{0,40}?\b(?:excuse|busy|budget|didn''t have time|no time)', keywords: ['accept', 'care about', 'interested in', 'impressed by', 'buy']}
      - {regex: '\b(?:if|when) you (?:get|are|''re) (?:audited|inspected|breached|hacked|fined|investigated)\b[^.!?\n]{0,60}?\b(?:won''t|will not|isn''t going to|aren''t going to) (?:save|protect|help|cut it)\b|\bgod forbid\b[^.!?\n]{0,40}?\b(?:outage|breach|audit|hack|leak|fine|downtime|incident|attack|crash|goes down)|\bthe last thing you (?:want|need)\b[^.!?\n]{0,60}?\b(?:breach|ransomware|outage|hack|leak|fine|audit finding|regulator|headlines|front page)', keywords: ['save', 'protect', 'help', 'cut it', 'god forbid', 'last thing you']}
      - {regex: '\b(?:hate|not want) (?:for )?(?:your|the) (?:ceo|board|customers|patients|parents|investors|cfo|boss|md|members) to (?:read|hear|find out|learn|see)\b[^.!?\n]{0,40}?\b(?:breach|leak|outage|hack|fine|incident|papers|press|headlines)|\bread about (?:your|the|a) (?:data )?(?:breach|leak|outage|hack|fine) in the\b', keywords: ['to read', 'to hear', 'find out', 'to learn', 'to see', 'read about']}
      - {regex: '\b(?:don''t|do not) be the (?:\w+ ){0,3}?(?:who|that) (?:has to|had to|must|gets to|ends up) (?:explain|tell|justify|answer|defend|apologi[sz]e)\b|\bi''d hate for (?:you|your (?:team|company|firm|business|organisation|organization|council|trust)) to be (?:next|the next|one of them|on that list|in that position)\b', keywords: ['be the', 'hate for']}
      - {regex: '\b(?:not having|without|lack of|absence of|no)\b[^.!?\n]{0,50}?\b(?:is|are|as|looks? like|counts as|seen as|reads as) (?:a )?(?:big |huge |major |massive |real )?(?:red flag|warning sign|warning light)\b', keywords: ['red flag', 'warning sign', 'warning light']}
      - {regex: '\b(?:inviting|asking for|asking to be|begging for|begging to be) (?:a |an )?(?:fine|fines|fined|audit|audited|breach|breached|hacked|penalt\w+|penali[sz]ed|enforcement(?: action)?|the regulator)\b', keywords: ['inviting', 'asking for', 'asking to be', 'begging']}
      - {regex: '\b(?:you|your (?:firm|company|business|team|organi[sz]ation|organisation|brand|bank|school|council|practice|hospital|name))\b[^.!?\n]{0,30}?\b(?:be|become|end up as|being|are) (?:the next|another) (?:[\w-]+ ){0,2}(?:headline|story|statistic|cautionary tale|victim|casualty|case study)\b', keywords: ['the next', 'another']}
      - {regex: '\b(?:won''t|will not|wouldn''t|would not|doesn''t|isn''t going to) look (?:good|great)\b[^.!?\n]{0,60}?\b(?:you had|you were offered|you passed|you turned|you said no|you declined|passed on|turned (?:it |this )?down)|\b(?:come out|emerge|be known|get out)\b[^.!?\n]{0,30}?\byou (?:turned down|declined|passed on|said no to|rejected|ignored)\b', keywords: ['look good', 'look great', 'come out', 'emerge', 'be known', 'get out']}
      - {regex: '\b(?:imagine|picture|think about|consider) how (?:your|their) (?:[\w''-]+ ){0,2}?(?:staff|team|teams|crews?|patients|families|employees|people|workers|nurses|drivers|engineers|students|pupils|parents|residents|colleagues|members|carers|volunteers|operators|technicians|officers|teachers)(?:''s?)?(?: famil(?:y|ies))? (?:would|will|might|could) (?:feel|react|respond)\b[^.!?\n]{0,30}?\b(?:if|when|once|knowing|to (?:learn|hear|find out))\b[^.!?\n]{0,70}?\b(?:safer|better|passed over|turned down|rejected|chose|chosen|cheaper|ignored|saved? money|to save)', keywords: ['imagine', 'picture', 'think about', 'consider']}
      - {regex: '\bhow (?:would|will|do you think) (?:your|their) (?:[\w''-]+ ){0,2}?(?:staff|team|teams|crews?|patients|families|employees|people|workers|nurses|drivers|engineers|students|pupils|parents|residents|colleagues|members|carers|volunteers|operators|technicians|officers|teachers)(?:''s?)?(?: famil(?:y|ies))? (?:would )?(?:feel|react)\b[^.!?\n]{0,20}?\b(?:if|when|once)\b[^.!?\n]{0,60}?\b(?:safer|better (?:protect|option|kit|equipment|system)|passed over|turned (?:it |this )?down|rejected|chose the cheaper|cheaper|to save money|save money|ignored)', keywords: ['how would', 'how will', 'how do you think']}
      - {regex: '\b(?:your|their) (?:[\w''-]+ ){0,2}?(?:staff|team|teams|crews?|patients|families|employees|people|workers|nurses|drivers|engineers|students|pupils|parents|residents|colleagues|members|carers|volunteers|operators|technicians|officers|teachers)\b[^.!?\n]{0,30}?\b(?:won''t|will not|wouldn''t|would not|may not|might not) (?:still )?have (?:jobs|a job|their jobs|a future|careers)\b|\b(?:your|their) (?:[\w''-]+ ){0,2}?(?:staff|team|teams|crews?|patients|families|employees|people|workers|nurses|drivers|engineers|students|pupils|parents|residents|colleagues|members|carers|volunteers|operators|technicians|officers|teachers)\b[^.!?\n]{0,20}?\b(?:will|would|could) be out of (?:work|a job|jobs)\b[^.!?\n]{0,50}?\b(?:if|unless)\b', keywords: ['jobs', 'a job', 'a future', 'careers', 'out of work', 'out of a job']}
      - {regex: '\b(?:budget|cost|costs|price|money|a few (?:thousand|hundred)|pounds|dollars|euros|saving|savings|spend)\b[^.!?\n]{0,50}?\b(?:stand in the way of|come before|get in the way of|(?:is|isn''t|be|are|aren''t) worth more than|matter more than|more important than|outweigh)\b[^.!?\n]{0,15}?\b(?:your|their|the) (?:[\w''-]+ ){0,2}?(?:safety|wellbeing|well-being|health|lives|welfare|protection)\b|\bcome before the (?:safety|wellbeing|well-being|health|welfare) of\b', keywords: ['stand in the way', 'come before', 'get in the way', 'worth more', 'matter more', 'more important', 'outweigh']}
      - {regex: '\bput a price on (?:your|their) (?:[\w''-]+ ){0,2}?(?:safety|wellbeing|well-being|health|lives|welfare)\b', keywords: ['put a price']}
      - {regex: '\b(?:at risk|in danger|in harm''s way)\b[^.!?\n]{0,30}?\b(?:over|to save|for the sake of|because of)\b[^.!?\n]{0,25}?\b(?:budget|money|cost|a few|pounds|dollars|a line item|a saving|savings)\b', keywords: ['at risk', 'in danger', 'harm']}
      - {regex: '\bwhat (?:would|will|could) you (?:say|tell) (?:to )?(?:your|their|the) (?:[\w''-]+ ){0,2}?(?:famil(?:y|ies)|parents|staff|patients|crews?|team|workers|employees|nurses|drivers)\b[^.!?\n]{0,50}?\bif (?:something|anything|someone|one of them)\b', keywords: ['what would', 'what will', 'what could']}
      - {regex: '\bi''d hate for [\w'' ]{1,40}? to be the next (?:[\w-]+ ){0,2}?(?:headline|story|statistic|victim|casualty|cautionary tale)\b|\b(?:don''t|do not) want [\w'' ]{1,40}? to be (?:the [\w-]+ )?(?:in the headlines|on the front page)\b', keywords: ['hate for', 'want']}
      - {regex: '\b(?:imagine|picture|think about)\b (?:having to )?(?:explain(?:ing)?|tell(?:ing)?|justify(?:ing)?|defend(?:ing)?|answer(?:ing)?) (?:to )?(?:your|the) (?:shareholders|stakeholders|investors|owners|partners|trustees|governors|boss|manager|cfo|ceo|leadership(?: team)?|executive team|management|chair(?:man|woman)?|md|directors|audit committee|superiors|team|staff|employees|clients|customers)\b[^.!?\n]{0,80}?\b(?:lost|missed|lose|miss|failed|fell behind|breach|why|because you|because nobody|because no one|passed|ignored|didn''t|did not|never|took the)\b', keywords: ['imagine', 'picture', 'think about']}
      - {regex: '\b(?:explain(?:ing)?|tell(?:ing)?|justify(?:ing)?) (?:to )?your (?:boss|manager|cfo|ceo|board|shareholders|investors|stakeholders|owners|leadership|superiors?|directors|management|partners|trustees|governors|chair(?:man|woman)?|md|executive team|audit committee)\b[^.!?\n]{0,40}?\bwhy (?:you|your team|you''d|you''ve)\b[^.!?\n]{0,40}?\b(?:didn''t|did not|never|passed|missed|ignored|chose not|turned|said no|waited|let|lost|failed|sat on|hesitated|delayed)\b|\bgood luck (?:explaining|justifying|defending)\b|\b(?:some|a lot of|lots of) explaining to do\b', keywords: ['explain', 'tell', 'justif', 'good luck', 'explaining to do']}
      - {regex: '\b(?:we (?:both|all)|you and i (?:both )?|you know (?:as well as i do|full well|very well)|i think you know|everyone knows)\b[^.!?\n]{0,15}?\bwhat (?:an?|the|your) (?:[\w-]+ )?(?:auditors?|regulators?|inspectors?|examiners?|insurers?|board|cfo|ceo|boss|investors?|shareholders?|lawyers?|court|judge|press|journalists?|ico|fca|sec)\b[^.!?\n]{0,15}?\b(?:would|will|''d|''ll|is going to|are going to|might|could) (?:say|think|do|conclude|find|make of|write)\b|\bi(?:''d| would) never (?:suggest|say|imply|claim|call)\b[^.!?\n]{0,50}?\b(?:liability|risk|dangerous|negligent|non-compliant|exposed|time ?bomb|disaster|breach)\b[^.!?\n]{0,15}?,? but\b', keywords: ['both', 'we all', 'you and i', 'you know', 'everyone knows', 'never suggest', 'never say', 'never imply', 'never claim', 'never call']}
      - {regex: '\byour (?:own )?(?:job|career|head|neck|reputation|bonus|promotion|position|seat|credibility|standing)\b[^.!?\n]{0,20}?\b(?:on the line|at stake|on the block|in jeopardy|on the chopping block|at risk)\b|\byour (?:own )?(?:career|reputation|credibility|standing)\b[^.!?\n]{0,20}?\b(?:will|could|might|would|may|is going to) (?:suffer|take a hit|take a knock|be damaged|be ruined|never recover)\b|\bcareer[- ](?:limiting|ending|killer|suicide)\b|\b(?:(?:it|that|this)(?:''ll| will| would)? be|it''s|it is) (?:your head|your neck|on your head|on you)\b(?! to\b)|\bon you,? not (?:on )?(?:us|me|ourco)\b', keywords: ['on the line', 'at stake', 'on the block', 'jeopardy', 'chopping block', 'at risk', 'suffer', 'take a hit', 'take a knock', 'be damaged', 'be ruined', 'never recover', 'career', 'your head', 'your neck', 'on your head', 'on you']}
      - {regex: '\byou\b[^.!?\n]{0,60}?\b(?:remembered|known|go down(?: in history)?|seen|thought of|be the (?:one|person|guy|man|woman|leader|manager|exec|director|cfo|cio|cto|ceo)|become the (?:one|person))\b[^.!?\n]{0,15}?\b(?:the )?(?:one|person|guy|man|woman|leader|manager|exec(?:utive)?|director|cfo|cio|cto|buyer|team) (?:who|that) ${LET_SLIP}\b|\b(?:rather than|instead of|and not|not) (?:be(?:ing)? )?the (?:one|person|guy|man|woman|leader|manager|exec(?:utive)?|director|cfo|cio|cto|team) (?:who|that) ${LET_SLIP}\b|\b(?:don''t|do not|never|nobody wants to|no one wants to|you don''t want to) (?:want to )?be (?:the|that) (?:one|person|guy|man|woman|leader|manager|exec(?:utive)?|director|cfo|cio|cto|buyer) (?:who|that) ${LET_SLIP}\b', keywords: ['let', 'missed', 'passed on', 'turned', 'said no', 'dropped the ball', 'blew', 'fumbled', 'cost', 'ignored', 'walked away', 'sat on', 'slept on', 'held', 'killed']}
      - {regex: '\bwhat (?:will|would|do you think|might|could) your (?:boss|manager|cfo|ceo|board|shareholders|investors|stakeholders|owners|auditors?|regulators?|directors|chair(?:man|woman)?|md|customers|clients|patients|members) (?:will |would )?(?:say|think|do)\b[^.!?\n]{0,20}?\b(?:when|if|once)\b[^.!?\n]{0,50}?\b(?:find out|found out|learn|hear|discover|realis|realiz|breach|hacked|leak|lose|lost|miss|missed|fail|failed|passed|ignored|didn''t|did not|turned)', keywords: ['what will', 'what would', 'what do you think', 'what might', 'what could']}
      - {regex: '\byour (?:[\w-]+ ){0,2}?(?:data|systems?|network|servers?|company|business|firm|files|customers|information|infrastructure|website|accounts?|money|records|it|e-?mails?|devices?|laptops?|endpoints?)\b[^.!?\n]{0,20}?\b(?:is|are|will be|''s|''re|could be|may be|might be|remains?|stays?)(?: (?!not\b|never\b|no longer\b)[\w-]+){0,2}? (?:in (?:big |great |serious |grave |real |huge |terrible |mortal |very big |big big )?danger|wide open|(?:a )?sitting ducks?|an open door|(?:up )?for grabs|easy (?:prey|targets?|pickings)|exposed to (?:hackers|criminals|attack(?:ers)?|ransomware)|defen[cs]eless|at the mercy of (?:hackers|criminals|attackers))\b', keywords: ['danger', 'wide open', 'sitting duck', 'open door', 'for grabs', 'easy prey', 'easy target', 'easy pickings', 'exposed to', 'defenceless', 'defenseless', 'at the mercy']}
      - {regex: '\b(?:hackers?|cyber ?-?criminals?|criminals|attackers?|ransomware(?: gangs?)?|bad actors|scammers|thieves|cyber ?-?attacks?|an attack)\b[^.!?\n]{0,40}?\b(?:(?:at )?any (?:moment|minute|second|day now|time now)|as we speak|(?:at )?this very (?:moment|minute|second)|(?:are|''re) (?:already |probably |likely |surely |definitely |maybe )?(?:in|inside) your (?:network|systems?|servers?|inbox|accounts?)|(?:are |''re )?(?:watching|coming for|targeting|hunting) (?:you|companies like yours|firms like yours|businesses like yours)\b|love (?:companies|firms|businesses|targets|people) like (?:yours|you)|(?:will|are going to|gonna|can) (?:get|hit|find|attack|destroy|wipe) (?:you|your)\b)', keywords: ['any moment', 'any minute', 'any second', 'any day now', 'any time now', 'as we speak', 'this very', 'in your', 'inside your', 'watching', 'coming for', 'targeting', 'hunting', 'love', 'get you', 'get your', 'hit you', 'hit your', 'find you', 'find your', 'attack you', 'attack your', 'destroy you', 'destroy your', 'wipe you', 'wipe your']}
      - {regex: '\b(?:(?:only|just) a matter of time|not (?:a )?(?:question|matter) of if\b[^.!?\n]{0,10}?\bbut when|when,? not if)\b[^.!?\n]{0,60}?\b(?:you(?:''re| are|''ll| will)? (?:be |get |gets? )?(?:hacked|breached|attacked|hit|compromised|ransomed|wiped)|your (?:[\w-]+ ){0,2}(?:is|are|gets?|will be) (?:hacked|breached|attacked|hit|compromised|leaked|stolen|encrypted)|(?:hackers?|attackers?|criminals|ransomware) (?:get|find|hit|break) (?:in|into|you|your))|\b(?:you(?:''ll| will)?|your (?:[\w-]+ ){0,2}(?:will))\b[^.!?\n]{0,15}?\b(?:be|get) (?:hacked|breached|attacked|compromised)\b[^.!?\n]{0,40}?\b(?:matter of time|question of when|not if but when|when,? not if|question of if but when|sooner or later|it is sure|for sure|definitely|guaranteed)', keywords: ['matter of time', 'question of if', 'matter of if', 'not if', 'question of when', 'sooner or later', 'sure', 'definitely', 'guaranteed']}
      - {regex: '\b(?:one|a single) (?:wrong )?(?:click|e-?mail|password|mistake|link) (?:away )?from (?:losing (?:everything|it all|all (?:your|of your) data|your (?:business|company|data))|disaster|catastrophe|ruin|total loss|bankruptcy|a breach|ransomware)\b|\b(?:you(?:''re| are)|your (?:company|business|firm) is) (?:just |only )?one (?:wrong )?(?:click|e-?mail|mistake) away from\b', keywords: ['click', 'mail', 'password', 'mistake', 'link']}
      - {regex: '\bwithout (?:us|ourco|our (?:[\w-]+ )?(?:product|solution|platform|tool|software|protection|service|system|app|firewall|antivirus|backup))\b[^.!?\n]{0,50}?\b(?:in (?:big |great |serious |grave |real |huge |mortal )?danger|wide open|defen[cs]eless|(?:a )?sitting ducks?|easy (?:prey|targets?|pickings)|doomed|lose (?:everything|it all)|helpless|(?:will|are going to|gonna) (?:be )?(?:hacked|breached|attacked|destroyed))\b', keywords: ['without']}
      - {regex: '\bfailure to (?:renew|sign|respond|reply|act|decide|commit|confirm|upgrade|pay|return|complete)\b[^.!?\n]{0,60}?\bwill (?:result in|lead to|mean|cause|trigger)\b', keywords: ['failure to']}
      # "Trucks that don't get their ordering sorted out this year are the ones we see parked for good by next summer."
      - {regex: '\b(?:that|who) (?:don''t|do not|won''t|will not|fail to|never|can''t|cannot|didn''t|did not) [^.!?\n]{3,80}?\b(?:are|were|will be) the ones (?:(?:we|you|i) (?:see|saw|watch|watched|end up seeing) |that |who |which )?(?:[\w-]+ ){0,3}?(?:parked for good|closing (?:down|their doors)|closed (?:down|for good)|shut(?:ting)? (?:down|for good|their doors)|going under|went under|go under|left behind|out of business|bankrupt|folding|boarded up|for sale)\b', keywords: ['the ones']}
    exceptions:
      - '\b(?:our|we) (?:audit|compliance|incident|breach|security) (?:log|report|history|playbook|feature|trail|module)\b[^.!?\n]{0,40}\b(?:helps?|makes?|lets?|gives?)\b'
    message: 'fear aimed at the reader (regulators, auditors, breaches, outages): "{match}"'
    examples:
      fire:
        - 'Trucks that don''t get their ordering sorted out this year are the ones we see parked for good by next summer.'
        - 'Cafés that won''t move to online ordering are the ones that end up closing their doors.'
        - 'Based on my analysis, institutions that delay this decision by more than 30 days lose an average of 18% of their applicants.'
        - 'If a nurse with a lapsed licence works a shift at Acme Analytics next month, that will be on you, not on us.'
        - 'If Helix Genomics doesn''t want to be featured in our "what not to do" webinar, I''d reconsider.'
        - 'Failure to renew by March 31 will result in the immediate loss of all historical call data.'
        - 'Imagine having to tell your owners you lost the tender because nobody followed up.'
        - 'We both know what the auditors will say about those access logs.'
        - 'Your reputation is on the line if this rollout fails again.'
        - 'Good luck justifying the overspend to finance next year.'
        - 'You don''t want to be the director who let this saving slip through the cracks.'
        - 'Your data is in big danger, hackers can attack you any moment.'
        - 'It is only a matter of time before your servers get hacked.'
        - 'Without our backup service your company is a sitting duck for ransomware.'
        - 'Not having a platform like ours is a red flag to auditors and investors.'
        - 'Any firm without it by year end is inviting a fine.'
        - 'I''d hate for you to be the next breach headline.'
        - 'It won''t look good that you had the fix and passed.'
        - 'One bad inspection and your licence could be on the line.'
        - 'When something goes wrong, and it will, nobody is going to care that it was cheaper.'
        - 'Don''t be the CIO who has to explain a ransomware payment to the board.'
        - 'Regulators have been handing out record fines this year, and I''d hate for you to be next.'
        - 'The SEC won''t accept "we were busy" as an excuse.'
        - 'If you get audited next quarter, spreadsheets won''t save you.'
        - 'God forbid you have an outage during Black Friday with your current setup.'
        - 'You''d hate for your CEO to read about your data breach in the Wall Street Journal.'
        - 'A single data leak and your name is all over the local press.'
        - 'Picture the board meeting after the breach, when everyone asks why you didn''t act.'
        - 'When the inspector asks for your training records, a shared drive won''t cut it.'
        - 'Regulators aren''t known for their mercy with firms that ignored the warnings.'
        - 'It would be unfortunate to be caught out when the auditors arrive.'
        - 'One breach is all it takes to end up in the headlines.'
        - 'When your auditor asks how you control access, you''ll want a better answer.'
        - 'Nobody will remember the budget was tight.'
        - 'Imagine explaining to the board why patient records were leaked.'
        - 'The fines alone could sink a business your size.'
        - 'Imagine how your staff would feel if they learned a safer option was passed over.'
        - 'How would your crews feel if they found out you''d turned down better protective kit to save money?'
        - 'Your team won''t have jobs in five years if they don''t get on board now.'
        - 'I''d hope a small budget question wouldn''t stand in the way of your team''s wellbeing.'
        - 'Think about how your patients'' families would react if they knew a safer system had been rejected.'
        - 'Surely a few thousand pounds isn''t worth more than your nurses'' safety?'
        - 'I''d hate to think cost would come before the safety of your drivers.'
        - 'What would you say to your engineers'' families if something happened and they learned you''d chosen the cheaper option?'
        - 'Your people deserve better than to be put at risk over a line in the budget.'
        - 'Your staff will be out of work within a few years if you don''t adopt this now.'
        - 'Can you really put a price on your employees'' safety?'
        - 'I''d hate for your clinic to be the next headline about a data breach when it''s this easy to prevent.'
      pass:
        - 'Sites that don''t have a manager on shift are the ones that benefit most from the alerts.'
        - 'Kitchens that never skip a stock count are the ones with the best food cost.'
        - 'The choice of date will be on your side; we can work with any week.'
        - 'Failure to pass the SSO check will show a clear error, and nothing is changed.'
        - 'Happy to help you explain the ROI to your board.'
        - 'What would your CFO want to see in the business case?'
        - 'You''ll be the person who runs the pilot on your side.'
        - 'Phishing attempts rose 30% last year, per the FBI IC3 report.'
        - 'Hackers can''t read the files without the key.'
        - 'Our SOC detects attackers in your network within minutes.'
        - 'Your data is never shared with third parties.'
        - 'Auditors often ask for access logs, and our export covers that.'
        - 'Firms without a retention policy can face fines under GDPR, per the ICO guidance.'
        - 'It won''t look good on the slides if the chart is too busy, so I simplified it.'
        - 'We''re inviting a few customers to the beta next month.'
        - 'If you pass on this, no problem at all.'
        - 'One bad inspection last year led the council to review its process, according to the report you sent.'
        - 'Nobody is going to care about the font, so I kept the slides simple.'
        - 'Don''t be shy about asking questions on the call.'
        - 'I''d hate for you to miss the recording, so here''s the link.'
        - 'The SEC filing deadline is 31 March, and our tool prepares the XBRL.'
        - 'If you get audited, the export gives you the full trail in one click.'
        - 'The last thing you want is another tool to learn, so we plug into Slack.'
        - 'You''d want your board to hear about the results first, so I''ve prepared a summary.'
        - 'Our data centre has been all over the news this week for its green energy, which is nice.'
        - 'Picture the board meeting where you show the new dashboard.'
        - 'When the auditors visit, the export will do most of the work.'
        - 'Regulators are known for changing the reporting templates, so our tool updates them for you.'
        - 'The new reporting rules apply from 1 January, so many teams are reviewing their controls now.'
        - 'Our audit log makes it easier to answer questions when the auditors arrive.'
        - 'If your auditor asks for evidence, the export includes the full access log.'
        - 'The deadline for the new regulation is 30 June, per the regulator''s guidance.'
        - 'I know the budget is tight this year, so we can start smaller.'
        - 'Nobody on our team will remember the details, so I''ve written them down.'
        - 'We publish our incident history on our status page.'
        - 'When the auditors visited last spring, you mentioned the access review took a week.'
        - 'Lone workers face higher risks, and our app adds a check-in every two hours.'
        - 'Your crews can report near misses from their phones in under a minute.'
        - 'I know your staff''s wellbeing matters to you, so I''ve included the ergonomic study.'
        - 'Falls are the most common injury in warehouses, according to the HSE figures.'
        - 'Imagine how much time your staff would save with automatic rostering.'
        - 'Your team''s safety is a priority for us too; happy to walk through the certifications.'
        - 'Many of your patients'' families have asked for online visiting slots, so this could help.'
        - 'If budget is a question, we can start with one site.'
        - 'Your nurses will be able to see the whole shift pattern on their phones.'
        - 'I hope your team had a good break over the holidays.'
        - 'How would your drivers feel about a mobile app instead of paper logs? Happy to set up a trial with a few of them.'
        - 'We''d never want budget to get in the way of a fair trial, so the pilot is free.'
        - 'I''d hate for you to miss the recording, so here''s the link.'
  - id: tone.sarcasm
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'sarcasm and mockery of the reader''s current way of working: if your team enjoys rekeying invoices, feel free to ignore this; I''m sure the spreadsheet works perfectly, which is why…; maybe manual rostering is just part of the fun.'
    patterns:
      - {regex: '\bi''m sure\b[^.!?\n]{0,60}?\b(?:re-?key\w*|re-?typ\w*|typing|copying|chasing|manual\w*|by hand|spreadsheets?|paper|reconcil\w*|printing|faxing|double[- ]entry)\b[^.!?\n]{0,60}?\b(?:is|are|must be) (?:a |an )?(?:fantastic|great|wonderful|brilliant|excellent|amazing|terrific|perfect|fine|thrilling|fun|exciting) (?:use|way to spend|way to use|investment) of (?:your|their|everyone''s|her|his) (?:[\w''’-]+ ){0,3}?(?:time|hours|weekends?|evenings?|mondays|fridays|afternoons?|mornings?)\b', keywords: ['i''m sure']}
      - {regex: '\bgood luck with that\b|\bi''ll (?:just )?assume you(?:''re| are) (?:perfectly |completely |quite |totally )?(?:happy|fine|content|comfortable) (?:overpaying|paying|losing|wasting|bleeding|falling|missing)\b', keywords: ['good luck with that', 'assume you']}
      - {regex: '\bi know (?:reading|replying to|answering|opening|writing) (?:a |an )?(?:two|one|three|short|two-line|one-line|quick|simple|single)(?:[- ]line)? (?:emails?|messages?|notes?|questions?|lines?) (?:can be|is|are|must be) (?:so )?(?:hard|difficult|tough|a lot|tricky|exhausting)\b', keywords: ['i know reading', 'i know replying', 'i know answering', 'i know opening', 'i know writing']}
      - {regex: '\bif you(?:''re| are) (?:happy|content|fine|comfortable) (?:with|to keep|paying|losing|wasting|doing|sticking)\b[^.!?\n]{0,80}?,? (?:then )?(?:by all means|be my guest)\b', keywords: ['by all means', 'be my guest']}
      - {regex: '\bas busy as [\w ]{1,40} apparently (?:is|are)\b|\bfinally (?:hear|heard|got|get|getting|hearing) (?:from|back from|a reply from) you\b[^.!?\n]{0,20}\bonly took\b|\bonly took (?:you )?(?:\w+ ){0,2}(?:weeks|months|emails|tries|reminders)!|\bin case the penny drops\b|\b(?:weren''t|were not|wasn''t|was not) convincing enough,? so here''?s\b|\bfunny how (?:the )?(?:people|companies|teams|folks|ones|customers) who\b|\bi assume (?:someone|anyone|somebody) (?:at|in|on) [\w ]{1,40} (?:does )?actually read\b|\bmore (?:engaged|productive|lively|responsive) conversations? with (?:a |my |the )?(?:voicemail|wall|brick wall|answering machine|chatbot)\b', keywords: ['busy as', 'only took', 'penny drops', 'convincing enough', 'funny how', 'actually read', 'conversations with', 'conversation with']}
      - {regex: '\byou(?:''ll| will) need (?:all )?the luck\b', keywords: ['need the luck', 'need all the luck']}
      - {regex: '\b(?:which is|that''s|that is|that was|which was|which has been|that has been|surely) (?:more than |surely |already )?plenty of time to (?:read|review|decide|look at|consider|get back|respond|reply|digest)\b|\bmust be nice to [^.!?\n]{3,60}?\bwhile\b|\bwhen(?:ever)? you (?:finally|eventually) (?:get (?:round|around) to|find the time|manage to|decide to|get to)\b', keywords: ['plenty of time', 'must be nice', 'finally', 'eventually']}
      - {regex: '\bif you (?:enjoy|like|love) (?:that|it|this|doing that|paying (?:for )?(?:it|that|them|twice|more)|wasting (?:time|money))\b(?=\s*[.!…]|\s*$)|[,;—–-] ?(?:just saying|just sayin''?)\s*(?:[.!…]|$)', keywords: ['if you enjoy', 'if you like', 'if you love', 'just saying', 'just sayin']}
      # "Happy to explain it a fourth time".
      - {regex: '\b(?:explain|say|send|repeat|walk you through|go over) (?:it|this|that|them)(?: again)? (?:a|for the|one) (?:third|fourth|fifth|sixth|nth|umpteenth) time\b', keywords: ['third time', 'fourth time', 'fifth time', 'sixth time', 'nth time', 'umpteenth time']}
      # "Glad to see you finally found the time to open the deck".
      - {regex: '\bfinally (?:found|had|got|made|took) (?:the |a (?:moment|minute|second) |some )?(?:time|a moment|a minute)\b', keywords: ['finally']}
      # "Thanks for circling back after only six weeks".
      - {regex: '\bthanks? (?:you )?for (?:circling back|getting back(?: to me)?|replying|responding|following up|your reply|your response|coming back to me)\b[^.!?\n]{0,20}?\bafter (?:only|just|a mere) (?:\w+ ){0,2}(?:weeks|months|days)\b', keywords: ['after only', 'after just', 'after a mere']}
      - {regex: '\bif (?:you|your (?:[\w-]+ )?(?:team|staff|people|managers|accountants|clerks|nurses|reps|engineers|department)|they|everyone)(?: really| genuinely| actually| secretly| just)? (?:enjoys?|loves?|likes?|relish(?:es)?|adores?|prefers?|gets? a kick out of|lives? for) (?:re-?keying|retyping|chasing|typing|copying|spending|working|doing (?:it|this|things|everything) by hand|manually|reconciling|late nights|long nights|weekends|wasting|paper|paperwork|spreadsheets|entering|updating|juggling|fixing|fire-?fighting|burning|hunting|digging|begging|phoning|calling round|emailing)\b[^.!?\n]{0,80}?\b(?:ignore (?:this|me|my)|disregard|carry on|keep (?:going|doing|at it)|by all means|feel free|delete (?:this|my)|don''t (?:reply|bother|let me stop)|skip this)', keywords: ['ignore', 'disregard', 'carry on', 'keep', 'by all means', 'feel free', 'delete', 'don''t', 'skip this']}
      - {regex: '\b(?:ignore|disregard|delete) (?:this|me|my (?:email|note|message))\b[^.!?\n]{0,20}?\bif (?:you|your (?:[\w-]+ )?(?:team|staff|people))(?: really| genuinely| actually| secretly)? (?:enjoys?|loves?|likes?|relish(?:es)?|adores?) (?:re-?keying|retyping|chasing|typing|copying|spending|working|doing (?:it|this|things) by hand|reconciling|late nights|weekends|wasting|paper|spreadsheets|fire-?fighting)\b', keywords: ['ignore', 'disregard', 'delete']}
      - {regex: '\b(?:i''m|i am) sure\b[^.!?\n]{0,60}?\b(?:working|works|running|runs|going|goes|holding up|served you) (?:absolutely |completely |just )?(?:perfectly|brilliantly|beautifully|flawlessly|great|wonderfully|just fine|fine|smoothly|like clockwork|without a hitch)\b[^.!?\n]{0,10}?,? (?:which (?:is (?:exactly |presumably |probably |no doubt |obviously )?why|explains|would explain|must be why)|and that''s why|hence)\b(?! (?:i|we|i''m|we''re|i''ve|we''ve|i''ll|we''ll)\b)|\b(?:i''m|i am) sure\b[^.!?\n]{0,60}?\b(?:is|are) (?:absolutely |completely |totally |utterly |entirely |just )?(?:perfect|flawless|bulletproof|foolproof|seamless|a dream|error-free)\b[^.!?\n]{0,10}?,? (?:which (?:is (?:exactly |presumably |probably |no doubt )?why|explains|must be why)|and that''s why|hence)\b(?! (?:i|we|i''m|we''re|i''ve|we''ve|i''ll|we''ll)\b)', keywords: ['sure']}
      - {regex: '\b(?:maybe|perhaps|i guess|i suppose|or maybe|or perhaps|then again)\b[^.!?\n]{0,60}?\b(?:is|are|''s) (?:just |simply |all )?part of the (?:fun|charm|joy|magic|appeal|excitement|thrill|romance|adventure|entertainment)\b|\bjust part of the (?:fun|charm|joy|magic|romance)\b', keywords: ['part of the']}
      - {regex: '\b(?:maybe|perhaps|unless|or maybe|then again,? maybe) (?:you|your (?:[\w-]+ )?(?:team|staff|people|managers|accountants))(?: really| just| actually| secretly)? (?:like|likes|love|loves|enjoy|enjoys|relish|relishes) (?:spending|working|chasing|re-?keying|retyping|doing (?:it|this|things) by hand|typing|copying|late nights|weekends|paperwork|spreadsheets|wasting|fire-?fighting|reconciling)\b', keywords: ['like', 'love', 'enjoy', 'relish']}
      - {regex: '\b(?:clearly|obviously|evidently)\b[^.!?\n]{0,40}?\b(?:is |are |has been |have been )?(?:working out|going|working) (?:great|brilliantly|perfectly|so well|wonderfully|swimmingly) for you\b(?![^.!?\n]{0,40}\b(?:congrat|well done|great to see|delighted|glad|happy for|nice work))', keywords: ['for you']}
      - {regex: '\b(?:is|are) (?:your|your team''s|their|your staff''s|your managers'') (?:idea of (?:a good (?:time|day|friday|monday|weekend|night|afternoon)|fun|a laugh)|favou?rite (?:hobby|pastime|sport|part of the (?:week|job|day|month)))\b', keywords: ['idea of', 'favourite', 'favorite']}
      - {regex: '(?:^|[.!?]\s+)(?:sure|fine|okay|ok|go ahead),? (?:just )?keep (?:paying|doing|using|running|chasing|re-?keying|printing|spending|wasting)\b|\bmust be nice (?:to have|having|being able to)\b[^.!?\n]{0,30}?\b(?:budget|time|money|luxury|waste|wasting|afford)|\bstill\b[^.!?\n]{0,80}?\b(?:very|how|so) (?:retro|quaint|vintage|old[- ]school)\b|\bi''m sure (?:your )?(?:competitors|rivals|competition|the market) (?:will|would) (?:wait|hold off|slow down|be patient)\b', keywords: ['keep', 'must be nice', 'retro', 'quaint', 'vintage', 'wait', 'hold off', 'slow down', 'be patient']}
      - {regex: '(?:^|[.!?]\s+)(?:sure|yes|right|oh)[,!]\s(?:another|more|keep|a few more|one more|yet another|sticking with|staying on)\b[^.!?\n]{0,80}?\bsounds like (?:a )?(?:great|fantastic|brilliant|solid|wonderful) (?:plan|idea|strategy)\b|\bstill\b[^.!?\n]{0,60}?\b(?:bold|interesting|brave|daring|unique) (?:choice|move|strategy|approach)\b|\bi''m sure (?:you|your (?:[\w-]+ )?(?:team|staff|people|managers|accountants)) (?:really |just )?(?:love|loves|enjoy|enjoys|relish|relishes|adore|adores) [^.!?\n]{0,50}?\b(?:spreadsheets?|formulas?|re-?key\w*|manual(?:ly)?|by hand|paper|fax|copy(?:ing)?[- ]past\w*|chasing|data entry|reconcil\w*|overtime)\b', keywords: ['sounds like', 'bold', 'interesting', 'brave', 'daring', 'unique', 'i''m sure']}
      - {regex: '\blet me guess\b[^.!?\n]{0,60}?\b(?:favou?rite|love|loves|enjoy|enjoys|still)\b|\b(?:could always|can always|keep|carry on)\b[^.!?\n]{0,60}?\b(?:that''s|that has|which has) worked (?:so|really) well\b', keywords: ['let me guess', 'worked so well', 'worked really well']}
      - {regex: '\b(?:i(?:''ll|’ll| will) (?:just |simply )?|i(?:''m|’m| am) going to )?(?:assume|take it|gather|conclude) from (?:the|your|all the|this) (?:silence|radio silence|lack of (?:a )?(?:reply|response))\b', keywords: ['silence', 'lack of']}
      - {regex: '\bi(?:''m| am) sure (?:your|the|that) [^.!?\n]{0,50}?\b(?:is|are) (?:working out|working|going) (?:great|brilliantly|perfectly|beautifully|so well|wonderfully|swimmingly|just great) for (?:you|your (?:[\w-]+ )?team|everyone)\b', keywords: ['for you', 'for your', 'for everyone']}
      - {regex: '\bnothing says ["“‘''][^"”’''\n]{2,40}["”’''] like\b', keywords: ['nothing says']}
      - {regex: '\b(?:congrat\w*|well done|nice work|good job|great job|kudos|bravo|impressive)\b[^.!?\n]{0,80}?,? i guess\s*(?:[.!?]|$)', keywords: ['i guess']}
      - {regex: '\bi(?:''m| am) sure (?:the )?(?:attackers|hackers|criminals|auditors|regulators|ransomware gangs|competitors|your competitors) will (?:wait|hold off|be patient|give you time)\b', keywords: ['will wait', 'hold off', 'be patient', 'give you time']}
      - {regex: '\bmust be (?:a |an )?(?:very|really|pretty|quite|extremely|incredibly) (?:thorough|long|careful|detailed|exhaustive|extensive|leisurely) (?:evaluation|review|process|assessment|search|decision|look)\b', keywords: ['must be']}
      - {regex: '(?:,|—|–| -) (?:very|quite|such a|what a|real|a) (?:bold|brave|daring) (?:choice|move|strategy|approach|decision)\s*(?:[.!]|$)', keywords: ['bold', 'brave', 'daring']}
      - {regex: '(?:^|[.!?]\s+|\n)(?:sure|yes|right|oh|ah),? because (?!of\b)|\bsuch a (?:fun|thrilling|riveting|glamorous|joyful|delightful) use of\b', keywords: ['because', 'use of']}
      - {regex: '\bwho am i to (?:argue|judge|say otherwise|stop you)\b', keywords: ['who am i']}
      - {regex: '\bi guess (?:[\w''’-]+ ){1,4}can (?:wait|keep waiting)(?: (?:another|one more|a(?:nother)?) (?:year|quarter|month|week|day))?\s*(?:[.!]|$)', keywords: ['i guess']}
      - {regex: '\b(?:i guess|i suppose|must be|presumably|apparently|clearly)\b[^.!?\n]{0,60}?\b(?:tracking|running|managing|filing|writing|doing|paying|chasing|sorting|fixing|closing|selling|booking|billing|reconciling) (?:itself|themselves)\b|\bi suppose if\b[^.!?\n]{3,90}?\b(?:is|are) working (?:for you|out for you|so well)\b', keywords: ['itself', 'themselves', 'i suppose if']}
      # "But sure, keep re-typing every invoice by hand, I'm sure she loves spending her Mondays that way."
      - {regex: '(?:^|[.!?…]\s+|\n)but sure,? (?:keep|go ahead and keep|carry on|stick with|continue)\b|\bi''m sure (?:she|he|they|you|your (?:[\w-]+ )?(?:team|staff|people|crew|chefs?|managers?|bookkeeper|accountant)) (?:really |just )?(?:loves?|enjoys?|adores?) (?:spending|wasting|giving up|losing) (?:her|his|their|your) (?:mondays|fridays|sundays|weekends|evenings|nights|mornings|afternoons|days)\b', keywords: ['but sure', 'i''m sure']}
      # Mockery of the reader's era or of a reply that said nothing (twenty-seventh session, development set RV).
      - {regex: '\b(?:join|joining|enter|entering|catch up with|catching up with|welcome to|come into|coming into) (?:this|the (?:21st|twenty-first|current|present)) century\b|\ball (?:zero|none|nought|0) (?:words|lines|sentences|replies|characters) of (?:it|them|your reply)\b', keywords: ['century', 'zero words', 'zero lines', 'zero sentences', 'zero replies', 'zero characters', 'none words', '0 words']}
      # A compliment taken back in brackets: "Assuming your current Excel-based setup is still working flawlessly (ha)" (development set HB).
      - {regex: '\b(?:flawless(?:ly)?|perfect(?:ly)?|brilliant(?:ly)?|smooth(?:ly)?|great|fine|wonderful(?:ly)?|amazing(?:ly)?|fun|a joy|a dream|seamless(?:ly)?|like a charm|fast|quick|easy|reliable|modern|cutting-edge|state of the art)\W{0,3}\((?:ha|ha ha|haha|hah|lol|not|yeah right|right|sure|wink)\)', keywords: ['(ha', '(lol', '(not)', '(yeah', '(right', '(sure', '(wink']}
      # A jab with its disclaimer or its wink, mock praise, laughter (development sets HE, HM, HN): "… built on GeoCities, no disrespect", "a new record, even for you", "if you take my meaning", "I admire the optimism … very brave, really", "gave me a good laugh".
      - {regex: '[,;—–-]\s*no (?:disrespect|offen[cs]e)(?: (?:intended|meant|to you|to your team))?\s*(?:[.!)]|$)|^\s*no (?:disrespect|offen[cs]e)(?: (?:intended|meant|to you|to your team))?,? but\b|\beven (?:for you|by your (?:own )?standards)\b|\bif you (?:take|get|catch|follow) my (?:meaning|drift)\b|\bif you know what i mean\s*(?:[.!)]|$)|\bnudge,? nudge\b', keywords: ['disrespect', 'offence', 'offense', 'even for you', 'by your', 'my meaning', 'my drift', 'know what i mean', 'nudge'], firm: true}
      - {regex: '\bi (?:really |truly |genuinely )?admire (?:the|your) (?:optimism|bravery|courage|confidence|faith|patience|loyalty) (?:of|in|to)\b|[,;-]\s*(?:very|so|how) (?:brave|bold|optimistic|adventurous|retro|vintage|quaint)(?:,)? (?:really|truly|honestly)\b|\byour\b[^.!?\n]{0,50}\b(?:gave me|had me(?: in)?) (?:a )?(?:good |real |proper |quiet )?(?:laugh|chuckle|giggle|stitches)\b', keywords: ['admire', 'brave', 'bold', 'optimistic', 'adventurous', 'retro', 'vintage', 'quaint', 'laugh', 'chuckle', 'giggle', 'stitches'], firm: true}
      # Sarcasm: "if re-keying timesheets every Monday is what happy looks like", "I suppose the failed payouts come free with their price", "everyone loves a good six-month committee review", "single-handedly running Nigerian fintech" (thirty-fifth session, development sets IA and IB)
      - {regex: '\bif\b[^.!?\n]{3,100}\bis what (?:happy|success|efficient|modern|working|fine|good|winning|easy|great|best practice) looks like\b', keywords: ['looks like'], firm: true}
      - {regex: '\b(?:weeks|months|days|time|wait|waiting|silence|delay)\b[^.!?\n]{0,60}\b(?:feels?|felt|looks?|seems?|is|was) (?:like )?a (?:new |personal )?record\b', keywords: ['record'], firm: true}
      - {regex: '\bi suppose\b[^.!?\n]{0,100}\bcomes? (?:free|included|bundled|as standard|at no extra cost)\b', keywords: ['i suppose'], firm: true}
      - {regex: '\b(?:everyone|everybody|all of you|you all|your team|your folks|you guys|procurement|legal|finance)\b[^.!?\n]{0,40}\bloves? a good (?:[\w-]+ ){0,3}(?:committee|review|meeting|approval|process|spreadsheet|delay|rfp|workshop|steering)\b', keywords: ['loves a good', 'love a good'], firm: true}
      - {regex: '\bsingle[- ]?handedly (?:running|saving|keeping|carrying|holding up|reinventing)\b', keywords: ['handedly'], firm: true}
    message: 'sarcasm or mockery aimed at the reader: "{match}"'
    examples:
      fire:
        - 'I''m sure re-keying every timesheet by hand each fortnight is a fantastic use of your payroll team''s time.'
        - 'But sure, keep re-typing every invoice by hand, I''m sure she loves spending her Mondays that way.'
        - 'I''m sure your team loves spending their weekends reconciling stock.'
        - 'I''ll assume you''re perfectly happy overpaying your current carrier for those ISDN lines. Good luck with that.'
        - 'I know answering a one-line question is a lot, but here goes again.'
        - 'No worries if you''re too busy to reply — I know reading two-line emails can be hard.'
        - 'If you are content paying late fees every month, then by all means ignore this.'
        - 'If you''re happy with spreadsheets that break every time someone sorts a column, by all means stay put.'
        - 'Frankly, I''ve had more engaged conversations with voicemail.'
        - 'I assume someone at Acme Analytics does actually read these.'
        - 'Funny how the people who say "we''re fine with our current setup" are always the ones who call us after the audit.'
        - 'Clearly the last three case studies I sent weren''t convincing enough, so here''s a fourth, in case the penny drops this time.'
        - 'Great to finally hear from you — only took six weeks!'
        - 'I suppose checking email is hard when you''re as busy as Acme Analytics apparently is.'
        - 'Good luck with the next audit, you''ll need the luck without proper logging in place.'
        - 'Whenever you finally get round to it, the demo link is below.'
        - 'Hope you had a lovely holiday, must be nice to take two weeks off while this sits in limbo.'
        - 'You''ve had the proposal for three weeks, which is plenty of time to read eleven pages.'
        - 'everyone in the last accelerator batch runs on ourco auth, just saying.'
        - 'i mean, you can keep paying three vendors for the same thing if you enjoy that.'
        - 'I guess the billable hours are tracking themselves over there?'
        - 'I suppose if chasing partners for timesheets every Friday is working for you, there''s not much I can add.'
        - 'Totally understand, I guess patient safety can wait another year.'
        - 'If copying rosters by hand every Monday is working out, who am I to argue?'
        - 'I''m sure your shared spreadsheet of passwords is working out great for you.'
        - 'Totally get it, nothing says "modern finance team" like a fax machine.'
        - 'Congrats on another quarter without a single automated report, I guess.'
        - 'No rush, I''m sure the attackers will wait until your next budget cycle.'
        - 'Must be a very thorough evaluation, going on eight months now.'
        - 'Building your own scheduler in Excel macros, very bold choice.'
        - 'Sure, because reconciling 3,000 invoices by hand is such a fun use of your team''s time.'
        - 'I''ll assume from the silence that forecast accuracy just isn''t a priority for your team right now.'
        - 'I gather from your silence that rostering isn''t a concern for you after all.'
        - 'Let me guess, your team''s favourite day is the one spent reconciling timesheets?'
        - 'Of course, you could always keep hiring temps to fix the errors, that''s worked so well so far.'
        - 'Sure, another quarter of copy-paste reporting sounds like a great plan.'
        - 'Wow, still using fax in 2025, bold choice.'
        - 'I''m sure your team loves spending Monday mornings fixing spreadsheet formulas.'
        - 'Sure, keep paying for three tools that don''t talk to each other, that''s definitely working.'
        - 'Must be nice having the budget to waste on manual data entry.'
        - 'Love that your team still prints out the schedule every week, very retro.'
        - 'No rush, I''m sure your competitors will wait for you.'
        - 'Of course, if chasing signatures by email is your idea of a good Friday, carry on.'
        - 'I''m sure your current rota system is absolutely flawless, hence the agency bill.'
        - 'If your team enjoys rekeying invoices every Friday, feel free to ignore this.'
        - 'I''m sure the spreadsheet is working perfectly, which is why month end takes two weeks.'
        - 'Maybe manual rostering is just part of the fun.'
        - 'Then again, maybe your managers love chasing timesheets on a Sunday night.'
        - 'Clearly the fax machine is working out great for you.'
      pass:
        - 'I''m sure the training day is a great use of your team''s time; the agenda is attached.'
        - 'But sure enough, the second site went live a week early.'
        - 'I''m sure she loves her Mondays off after a busy weekend service.'
        - 'Good luck with the launch on Thursday!'
        - 'I know reading long proposals can be tiring, so here is a one-page summary.'
        - 'If you''re happy with the current setup for now, feel free to keep this on file for later.'
        - 'Funny how the best ideas come from the night shift, as your plant manager said.'
        - 'It only took two weeks to roll out across all 14 sites.'
        - 'Good luck with the audit next week; I hope the evidence pack saves your team a few evenings.'
        - 'When you''re back from leave, the demo link is below.'
        - 'There is plenty of time to review the contract before the March board meeting, so no rush.'
        - 'Just saying thanks again for the warm intro!'
        - 'If you like it, we can extend the trial to your whole team.'
        - 'The reports run themselves once the schedule is set, which is the point.'
        - 'I guess the migration can wait until after your audit, as you suggested; let''s plan for March.'
        - 'You know your customers far better than I do, so I''ll follow your lead on the wording.'
        - 'I''m sure the new dashboard will work well for your team.'
        - 'Nothing says thank you like a handwritten note, which is why we include one in every order.'
        - 'Congrats on the launch of the new clinic wing you mentioned, I''m thrilled for you.'
        - 'I''m sure your auditors will want to see the SOC 2 report, so I''ve attached it.'
        - 'It must be a very busy time with the semester starting.'
        - 'Opening a second site during the downturn was a bold move, as you said on the call, and it paid off.'
        - 'Sure, because of the holiday, let''s move the call to Wednesday.'
        - 'That''s a great use of the sandbox while you wait for SSO.'
        - 'Since I haven''t heard back, I''ll assume the timing isn''t right and stop emailing.'
        - 'I''ll take silence as a no and won''t follow up again.'
        - 'Apologies for the radio silence from our side last week.'
        - 'Let me guess, you''re at the conference this week too?'
        - 'You can always keep the old reports, which has worked well for other customers.'
        - 'Sure, Thursday sounds like a great plan.'
        - 'Still deciding between the two options is a smart approach at this stage.'
        - 'I''m sure your team will love the new reporting view.'
        - 'That''s definitely working now; thanks for testing the fix.'
        - 'Fine, let''s keep the current schedule and revisit in May.'
        - 'Must be nice to be back from holiday; hope it was relaxing.'
        - 'I''m sure your customers will love the new portal.'
        - 'Friday afternoon is my favourite time to review proposals.'
        - 'What''s your team''s favourite part of the current tool?'
        - 'I''m sure the current system is perfect for some things, and we can integrate with it.'
        - 'If your team enjoys the current setup, there''s no need to change anything.'
        - 'If you''re happy with your current tool, feel free to ignore this.'
        - 'I''m sure you''re busy, which is why I''ll keep this short.'
        - 'Part of the fun of a pilot is finding what works for your team.'
        - 'If your team likes working in spreadsheets, the export keeps that format.'
        - 'I''m sure the old system served you well, and we can import its history.'
        - 'The new rota is working out great for the night shift, according to your note.'
  - id: tone.flattery-leverage
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'flattery and false intimacy used as leverage: we really clicked so I know you''ll…, you''re the kind of person who decides rather than sits on things, only the boldest councils… and you''re one of them, a select handful and I picked you specifically.'
    patterns:
      # The reader singled out as elite: "I only reach out to the top 1% of supply chain executives".
      - {regex: '\bi (?:only|just|rarely|seldom) (?:ever )?(?:reach out to|write to|email|contact|approach|pick|select|invite|work with) (?:the )?(?:top|best|most (?:senior|successful|innovative|forward-thinking|respected|influential)|a (?:handful|select few|small number|few) of (?:the )?(?:top|best|most))\b', keywords: ['the top', 'the best', 'top ', 'most senior', 'most successful', 'most innovative', 'most forward', 'most respected', 'most influential', 'handful', 'select few', 'small number', 'few of the']}
      - {regex: '\b(?:someone|a (?:person|leader|man|woman|professional|executive|visionary)) (?:of|with) your (?:great |obvious |considerable |undoubted |evident |rare |remarkable |exceptional )?(?:wisdom|calibre|caliber|intelligence|vision|insight|experience|stature|standing|expertise|brilliance|taste|judgement|judgment)\b[^.!?\n]{0,80}\b(?:will|would|must|can''t help but|cannot help but)(?: (?:immediately|surely|instantly|quickly|certainly|undoubtedly|clearly|at once))? (?:see|recogni[sz]e|appreciate|understand|agree|realise|realize)\b', keywords: ['your']}
      - {regex: '\b(?:a|an|someone|people|leaders?|executives?|buyers?|managers?|directors?) (?:of|with|at) your (?:calibre|caliber|seniority|experience|stature|vision|level|standing|authority)\b[^.!?\n]{0,60}?\b(?:doesn''t|does not|don''t|do not|shouldn''t|should not|needn''t|need not|wouldn''t)\b[^.!?\n]{0,15}?\b(?:need|have|wait|bother|ask|check|run it|go through)\b', keywords: ['calibre', 'caliber', 'seniority', 'experience', 'stature', 'vision', 'level', 'standing', 'authority']}
      - {regex: '\bwe (?:really |just |genuinely |totally )?(?:clicked|hit it off|got on (?:so |really |very )?(?:well|famously)|connected|see eye to eye|bonded)\b[^.!?\n]{0,20}?\b(?:so|and) (?:i know|i''m sure|i''m confident|i can tell|i trust|you''re (?:the|not the|clearly)|you''ll|you won''t|i''m counting|i''d hate)\b', keywords: ['clicked', 'hit it off', 'got on', 'connected', 'eye to eye', 'bonded']}
      - {regex: '\byou(?:''re| are| strike me as| seem like| come across as|(?:''ve| have)(?: always)? struck me as)(?: clearly| obviously| definitely)? (?:the (?:kind|sort|type) of|someone|a|an) (?:[\w-]+ )?(?:person|leader|buyer|exec|executive|director|manager|woman|man|professional|operator|cfo|ceo|coo|head|someone|one)? ?(?:who|that) (?:decides|acts|makes (?:decisions|things happen|the call)|moves (?:fast|quickly)|gets things done|doesn''t (?:sit|wait|need|overthink|hesitate|dither)|does not (?:sit|wait|need)|won''t (?:sit|wait|let)|isn''t afraid|likes to move|pulls the trigger|backs (?:their|her|his|your) own|trusts (?:their|her|his|your) own)\b', keywords: ['decides', 'acts', 'makes', 'moves', 'gets things', 'doesn''t', 'does not', 'won''t', 'isn''t afraid', 'likes to move', 'pulls the trigger', 'backs', 'trusts']}
      - {regex: '\b(?:i (?:have a feeling|think|suspect|believe|know|sense|can tell|reckon|bet)|something tells me|my gut says|i''ve a feeling|i had a feeling) (?:that )?(?:you''re|you are|yours is|your (?:team|council|firm|company|trust|school|practice) is) (?:one of (?:them|those|the few)|among them|in that (?:group|camp|club)|exactly that (?:kind|sort|type))\b', keywords: ['one of them', 'one of those', 'one of the few', 'among them', 'in that', 'exactly that']}
      - {regex: '\bonly the (?:most (?:progressive|forward-thinking|ambitious|innovative|visionary|successful|serious|savvy|confident)|boldest|bravest|smartest|sharpest|savviest|brightest|best-run|most switched-on) [\w-]+(?: [\w-]+)? (?:are|have|get|make|see|will|dare|take)\b', keywords: ['only the']}
      - {regex: '\b(?:i|we) (?:picked|chose|selected|hand-?picked|singled out|shortlisted) you (?:specifically|personally|out|in particular|first|above the others)\b|\byou(?:''ve| have) been (?:hand-?picked|specially selected|personally selected|specially chosen)\b|\b(?:only )?reaching out to (?:a |an )?(?:very )?(?:select|small|hand-?picked|exclusive|tiny)(?: few| group| handful| number| list)?\b[^.!?\n]{0,40}?\b(?:and|so) (?:i )?(?:picked|chose|selected|hand-?picked|singled out) you\b', keywords: ['picked you', 'chose you', 'selected you', 'singled out', 'shortlisted you', 'hand-picked', 'handpicked', 'specially selected', 'personally selected', 'specially chosen']}
      - {regex: '\bsomeone (?:as|so) (?:sharp|smart|savvy|clever|bright|experienced|senior|switched-on|decisive|capable|astute|successful) as you\b[^.!?\n]{0,40}?\b(?:committee|approval|permission|sign-?off|sign|decide|decision|see the value|get it|legal|procurement|wait|overthink|hesitate|second-guess)', keywords: ['as you']}
      - {regex: '\b(?:i trust|i know|i''m sure|i am sure|i''m confident) you (?:won''t|will not|wouldn''t) (?:let me down|leave me hanging|disappoint me|make me look bad)\b', keywords: ['let me down', 'leave me hanging', 'disappoint me', 'look bad']}
      - {regex: '\b(?:small|select|handful|few|limited|exclusive|tiny|short)\b[^.!?\n]{0,60}?\b(?:you were|yours was|your (?:firm|company|team|council|name|trust|school) was) (?:the )?(?:first|top|very first) (?:name )?(?:on (?:my|the|our) list|i thought of|that came to mind|we thought of)\b', keywords: ['on my list', 'on the list', 'on our list', 'thought of', 'came to mind']}
      - {regex: '\byou''re (?:exactly |just |precisely )?the (?:kind|sort|type) of [\w -]{0,30}?(?:leader|person|buyer|exec|executive|council|firm|team|cfo|ceo|director)\b[^.!?\n]{0,60}?\b(?:counting on you|won''t let me down|know you''ll|i''m sure you''ll|trust you''ll|you''ll want to move)\b', keywords: ['counting on you', 'let me down', 'know you''ll', 'sure you''ll', 'trust you''ll', 'want to move']}
      - {regex: '\bi (?:don''t|do not|rarely|never) say (?:this|that) to (?:everyone|everybody|just anyone|many people)\b|\byou get it in a way (?:most|many|few|other)\b|\b(?:between friends|as a personal favou?r)\b[^.!?\n]{0,60}?\b(?:push|pushing|sign|signing|get (?:this|it) (?:done|over|through|signed)|over the line|close|closing|approve|help me (?:out|hit))', keywords: ['say this to', 'say that to', 'in a way', 'between friends', 'personal favour', 'personal favor']}
      - {regex: '\b(?:one of the few|among the few|one of a handful of|one of the rare) [\w -]{0,30}?\b(?:bold|brave|smart|sharp|forward-thinking|visionary|decisive|confident) enough to (?:act|move|sign|commit|decide|make the call|say yes|take the leap|lead|go first|move first)\b', keywords: ['enough']}
      - {regex: '\bi''ve only (?:shared|offered|shown|sent|mentioned)\b[^.!?\n]{0,60}?\byou''re one of (?:them|those)\b', keywords: ['one of them', 'one of those']}
    message: 'flattery or false intimacy used as leverage: "{match}"'
    examples:
      fire:
        - 'I''ve only shared this pricing with three people, and you''re one of them because I trust you.'
        - 'You''re clearly one of the few decision makers bold enough to act, so let''s lock it in.'
        - 'You''ve always struck me as someone who backs their own judgement rather than waiting on a committee.'
        - 'I don''t say this to everyone, but you''re one of the sharpest buyers I''ve worked with, so let''s get this done.'
        - 'Between friends, I''d really appreciate you pushing this over the line.'
        - 'It''s been such a pleasure getting to know you, and I trust you won''t let me down on this.'
        - 'We''re offering this to a very small circle of firms, and yours was the first name on my list.'
        - 'We really clicked, and you''re the kind of person who decides rather than sits on things.'
        - 'You strike me as someone who makes decisions rather than waiting on committees.'
        - 'Only the most progressive councils are bold enough to do this, and I have a feeling you''re one of them.'
        - 'I''m only reaching out to a select handful of firms, and I picked you specifically.'
        - 'Someone as sharp as you won''t need a committee to approve this.'
      pass:
        - 'I''ve only shared the draft with you so far; the rest of the team sees it Monday.'
        - 'You''re one of the few customers brave enough to test the beta, and we''re grateful.'
        - 'You''ve always struck me as someone who asks the right questions.'
        - 'Between friends in the industry, the conference is worth attending.'
        - 'I don''t say this lightly: the migration needs a full week of your team''s time.'
        - 'I trust you had a good weekend.'
        - 'You were the first name on my list to invite to the customer dinner, and there''s no obligation at all.'
        - 'You''re the kind of leader who asks good questions, so I''ve added the detailed spec.'
        - 'I really enjoyed our conversation on Tuesday.'
        - 'We really clicked on the data model question, so I''ve sent the schema.'
        - 'You asked sharp questions about security, so I''ve attached the full report.'
        - 'We''re inviting a small group of councils to the pilot; happy to share the criteria.'
        - 'I''m reaching out because you spoke at the conference about rostering.'
        - 'I picked a few examples specifically for your sector.'
        - 'You mentioned you''re the person who looks after procurement, so I''ve sent the terms.'
  - id: tone.diligence-dismissal
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'talking the reader out of due diligence: the security review is just a formality, no need to get legal involved, skip procurement, nobody changes our contract. Offering to help with the review, or pointing legal to our standard terms, passes.'
    patterns:
      - {regex: '\b(?:security|legal|procurement|compliance|it|infosec|vendor|risk|dpia|privacy|contract|due diligence|diligence|questionnaire|review|assessment|references?|sign-?off|approval|checks?|pen ?test|redlines?|audit|dpa|msa)\b[^.!?\n]{0,50}?\b(?:is|are|would be|will be|''s|''re)(?: really| honestly| just| only| purely| basically| really just| more of| largely| mostly)?(?: just| only| purely| merely)? (?:a )?(?:formality|formalities|box[- ]ticking(?: exercise)?|tick[- ]box(?: exercise)?|rubber[- ]stamp|technicality|paperwork exercise|box to tick)\b|\b(?:just|only|purely|merely) (?:a )?(?:formality|box[- ]ticking(?: exercise)?|tick[- ]box(?: exercise)?|rubber[- ]stamp)\b[^.!?\n]{0,40}?\b(?:no need|don''t (?:need|let|wait)|shouldn''t|hold (?:things|us|it) up|slow (?:things|us|it) down|just sign|skip)', keywords: ['formalit', 'box-ticking', 'box ticking', 'tick-box', 'tick box', 'rubber', 'technicality', 'paperwork exercise', 'box to tick']}
      - {regex: '\b(?:no need to|don''t need to|do not need to|needn''t|wouldn''t (?:worry about|bother)|would not (?:worry about|bother)|don''t (?:worry about|bother)|no point|why bother) (?:get |getting |involving |looping in |bringing in |run(?:ning)? (?:it|this) (?:past|by) (?:your )?|waiting for |troubling |with )(?:your )?(?:legal(?: team)?|lawyers|the lawyers|counsel|procurement|security(?: team)?|infosec|it (?:team|department|involved)|it(?=\s*[,;:—–-])|compliance|the board|dpo|references|a security review|a legal review|due diligence)\b', keywords: ['no need', 'don''t need', 'not need', 'needn''t', 'worry about', 'bother', 'no point']}
      - {regex: '\b(?:you can|you could|let''s|i''d|i would|just|easiest to) (?:easily |safely |just |probably )?(?:skip|bypass|sidestep|side-step|go around|get around|avoid|cut out|leave out) (?:the |your )?(?:legal(?: review| team)?|lawyers|security (?:review|questionnaire|assessment|team)|procurement(?: process| team)?|due diligence|it (?:review|team|approval)|infosec|compliance(?: review)?|vendor (?:assessment|onboarding)|references|reference calls)\b', keywords: ['skip', 'bypass', 'sidestep', 'side-step', 'go around', 'get around', 'avoid', 'cut out', 'leave out']}
      - {regex: '\b(?:our|the) (?:contract|agreement|terms|dpa|msa|paperwork)(?: is| are|''s)? (?:completely |totally |pretty |entirely |fully )?(?:the )?(?:industry[- ])?(?:standard|boilerplate|vanilla)\b[^.!?\n]{0,40}?\b(?:nobody|no one|no-one|everyone (?:just )?signs|no need|don''t need|just sign|never (?:needs|changes|gets)|no point)\b|\b(?:nobody|no one|no-one) (?:ever )?(?:changes|redlines|negotiates|reads|questions|touches|bothers (?:reading|to read|with|checking)|looks at) (?:it|them|our (?:contract|terms|dpa|msa|agreement)|the (?:contract|terms|dpa|msa|agreement))\b', keywords: ['nobody', 'no one', 'no-one', 'everyone', 'no need', 'don''t need', 'just sign', 'never', 'no point']}
      - {regex: '\b(?:pilot|trial|review|legal|procurement|due diligence|questionnaire|security|references|reference calls|assessment)\b[^.!?\n]{0,20}?\b(?:would|will|''d|''ll) (?:just|only) (?:slow (?:things|us|it|everything|you) down|hold (?:things|us|it|everything|you) up|add (?:weeks|months|delay|red tape)|delay (?:things|everything|us))\b', keywords: ['slow', 'hold', 'add', 'delay']}
      - {regex: '\bi (?:wouldn''t|would not|won''t|shouldn''t) (?:hold (?:things|this|it|the deal|us|anything) up|delay (?:things|this|the deal|signing)) (?:for|over|on account of) (?:that|it|this|the (?:review|pen ?test|report|questionnaire|legal|procurement|security))\b', keywords: ['hold things', 'hold this', 'hold it', 'hold the deal', 'hold us', 'hold anything', 'delay']}
      - {regex: '\byour (?:security|legal|procurement|it|compliance|infosec|risk) (?:folks|people|team|guys|colleagues|department|lawyers) (?:don''t|do not|won''t|wouldn''t) (?:really |even )?(?:need to|have to) (?:see|review|look at|sign off|check|be involved|get involved)\b', keywords: ['need to', 'have to']}
      - {regex: '\b(?:review|questionnaire|assessment|due diligence|process|pen ?test|references|diligence|dpia|redlining|procurement)\b[^.!?\n]{0,10}?\b(?:is|are|would be|seems|feels)(?: a bit| really| honestly| just| totally| complete| rather)? (?:overkill|unnecessary|pointless|a waste of time|excessive|over the top)\b', keywords: ['overkill', 'unnecessary', 'pointless', 'waste of time', 'excessive', 'over the top']}
      - {regex: '\bno (?:real )?(?:reason|need) to (?:bring|drag|get|pull) (?:procurement|legal|security|compliance|your lawyers|the lawyers|your (?:legal|security|procurement|it) team) (?:into (?:it|this)|in|involved)\b', keywords: ['no reason', 'no real reason', 'no need', 'no real need']}
      - {regex: '\b(?:legal|lawyers|procurement|security|compliance|infosec)\b[^.!?\n]{0,60}?\b(?:keep|leave) (?:them|it|legal|procurement|the lawyers) out of (?:it|this|the loop)\b|\b(?:legal|lawyers|the lawyers|procurement)\b[^.!?\n]{0,10}?(?:will|''ll) (?:only|just) (?:find things|slow|complicate|get in the way|muddy|nitpick|argue)', keywords: ['out of', 'find things', 'slow', 'complicate', 'get in the way', 'muddy', 'nitpick', 'argue']}
      - {regex: '\b(?:dpia|security review|legal review|due diligence|questionnaire|pen ?test|risk assessment|vendor assessment|references|soc 2 report)\b[^.!?\n]{0,20}?\b(?:is|are)(?: really| just| honestly)?(?: more of)? (?:a )?nice[- ]to[- ]have\b|\b(?:fill (?:it|that|the questionnaire) in|do (?:the|that) (?:review|questionnaire|security review|legal review)) (?:after|once) (?:we(?:''ve)? start(?:ed)?|we''re live|you''ve signed|go-live|signing)\b', keywords: ['nice-to-have', 'nice to have', 'after we', 'once we', 'after you', 'once you', 'after go', 'once go', 'after signing', 'once signing']}
      - {regex: '\bno (?:real )?need for (?:a |an |the )?(?:security (?:assessment|review|questionnaire)|legal review|due diligence|procurement|references|pen ?test|dpia|risk assessment|vendor assessment)\b|\b(?:procurement|legal|security|compliance|your (?:boss|manager|cfo|finance team))\b (?:doesn''t|does not|don''t|do not|won''t|needn''t) (?:really )?need to (?:be involved|get involved|know|see (?:this|it)|hear about (?:this|it))\b|\bkeep (?:it|this) between (?:us|you and me|ourselves)\b', keywords: ['need for', 'need to', 'between us', 'between you and me', 'between ourselves']}
      - {regex: '\b(?:no need to|don''t need to|do not need to|needn''t|don''t bother(?: to)?|don''t bother (?:with|about)|never mind|don''t worry about|let''s not (?:get hung up on|worry about|dwell on|fuss (?:over|about))|(?:don''t|no need to) (?:get hung up on|dwell on|sweat)|you can skip|skip|no point (?:in )?)(?: (?:read(?:ing)?|check(?:ing)?|review(?:ing)?|look(?:ing)? (?:at|over)|worry(?:ing)? about))? (?:the |our )?(?:cancellation|termination|exit|liability|indemnity|auto-?renewal|limitation of liability|break|small print|fine print) ?(?:clause|terms|provisions?|section|period)?s?\b', keywords: ['cancellation', 'termination', 'exit', 'liability', 'indemnity', 'renewal', 'break', 'small print', 'fine print']}
      - {regex: '\b(?:sort|figure|work|iron|hash|deal with|worry about|agree|think about)(?: out)? (?:the |those |these )?(?:exit|termination|cancellation|liability|break) (?:terms|clauses?|provisions?)\b[^.!?\n]{0,10}?\b(?:later|down the (?:line|road|track)|after (?:we|you) (?:start|sign)|once (?:we''re|you''re) live|another time|further down the road)', keywords: ['exit', 'termination', 'cancellation', 'liability', 'break']}
      - {regex: '\bno need for (?:your |the |a )?(?:legal(?: team| review)?|lawyers|counsel|solicitors?|attorneys?)\b|\b(?:don''t|do not|no need to|why) (?:waste|spend|use up|burn) (?:your )?(?:counsel|lawyers?|legal|legal team|solicitors?|attorneys?)(?:''s|''|s'')? (?:time|money|budget|hours)\b|\b(?:no need to|don''t|do not|needn''t)(?: need to)? (?:run|send|pass|put) (?:it|this|the (?:contract|msa|dpa|agreement|terms|paperwork)) (?:past|by|to|through|in front of) (?:your |the )?(?:lawyers|legal(?: team)?|counsel|solicitors?|attorneys?)\b|\b(?:no need to|don''t|do not|needn''t)(?: need to)? (?:have|get|let) (?:legal|your lawyers|the lawyers|counsel|your legal team|your counsel) (?:look at|review|check|read|go over|go through|see)\b|\byour (?:counsel|lawyers?|legal(?: team| department| folks| people)?|solicitors?|attorneys?|general counsel|gc) (?:doesn''t|does not|don''t|do not|won''t|wouldn''t|needn''t)(?: really| even)? (?:need to |have to )?(?:see|review|look at|read|check|bother with|get involved)\b|\b(?:no need to|don''t need to|needn''t|no reason to) (?:involve|loop in|bring in|trouble|bother|consult|check with|wait for) (?:your |the )?(?:legal(?: team| department| folks| people)?|lawyers|counsel|solicitors?|attorneys?)\b', keywords: ['counsel', 'lawyer', 'legal', 'solicitor', 'attorney', 'no reason', 'no need', 'waste', 'spend', 'use up', 'burn', 'don''t', 'do not', 'needn''t']}
      - {regex: '\b(?:skip|skipping|waive|waiving|bypass|bypassing|dispense with|dispensing with|forgo|forgoing|do without|do away with|drop|dropping|sidestep)\b(?: (?:the|your|a|any|all))?(?: (?:entire|whole|full|usual|formal))? (?:security|legal|procurement|vendor|risk|infosec|compliance|privacy|due diligence|diligence|dpia|pen ?test|references?|reference)\b[^.!?\n]{0,40}?\b(?:if|once|when|as long as|provided|so long as)\b[^.!?\n]{0,40}?\b(?:sign|signs|signed|commit|agree|go ahead|paperwork|contract|today|this week)\b', keywords: ['skip', 'waiv', 'bypass', 'dispens', 'forgo', 'do without', 'do away', 'drop', 'sidestep']}
      - {regex: '\b(?:sign|signs|signing|commit|agree|go ahead)\b[^.!?\n]{0,40}?\b(?:skip|waive|bypass|dispense with|forgo|do without|drop)\b(?: (?:the|your|a|any|all))?(?: (?:entire|whole|full|usual|formal))? (?:security|legal|procurement|vendor|risk|infosec|compliance|privacy|due diligence|diligence|dpia|pen ?test|references?|reference)\b', keywords: ['skip', 'waive', 'bypass', 'dispense', 'forgo', 'do without', 'drop']}
      - {regex: '\bby (?:skipping|waiving|bypassing|dropping|cutting out) (?:the |your )?(?:security|legal|procurement|vendor|risk|infosec|compliance|privacy|due diligence|diligence|dpia|pen ?test|references?|reference)\b', keywords: ['skipping', 'waiving', 'bypassing', 'dropping', 'cutting out']}
      - {regex: '\b(?:let''s not|let us not|no need to|don''t|do not|i wouldn''t|i would not|why) (?:bother|trouble|burden)(?:ing)? (?:your |the )?(?:procurement|legal|security|infosec|compliance|risk|lawyers|counsel)(?: team| folks| people| department)?\b|\b(?:bother|trouble|burden)(?:ing)? your it (?:team|folks|people|department) with (?:a |the |any )?(?:security|risk|vendor|legal)\b', keywords: ['bother', 'trouble', 'burden']}
      - {regex: '\b(?:leave|keep|leaving|keeping) (?:legal|security|compliance|your lawyers|the lawyers|counsel|your legal team|the legal team|your security team) out of (?:it|this|the loop|things)\b', keywords: ['out of it', 'out of this', 'out of the loop', 'out of things']}
      - {regex: '\bno need for (?:legal|procurement|security|compliance|your lawyers|counsel|the lawyers|your legal team) to (?:look at|review|see|check|read|approve|get involved|sign off)\b|\bno need to (?:put|run|send|take) (?:this|it) through (?:your |the )?(?:vendor risk|security|procurement|legal|risk|compliance|infosec|due diligence|supplier onboarding)\b', keywords: ['no need']}
    exceptions:
      - '${KEEP_IT_BETWEEN_US}'
      - '\bfor (?:the|a|this) (?:free )?(?:trial|pilot|demo|webinar|call|nda|sandbox)\b'
      - '\b(?:happy|glad) to (?:complete|fill|answer|support|help with|walk)\b|\bwe(?:''ll| will) (?:complete|fill (?:it|this) in|answer)\b'
    message: 'talking the reader out of due diligence: "{match}"'
    examples:
      fire:
        - 'No need to read the cancellation clause, it''s standard.'
        - 'We can sort out the exit terms later, let''s just get started.'
        - 'Every bank signs our MSA, so there''s no need for your legal team.'
        - 'The DPA is boilerplate, don''t waste counsel''s time on it.'
        - 'There''s no real need for a security assessment on something this small.'
        - 'Procurement doesn''t need to be involved at this value, so we can keep it between us.'
        - 'Honestly, the procurement questionnaire is a box to tick; I''d fill it in after we start.'
        - 'Legal will only find things to argue about, so I''d keep them out of it.'
        - 'The DPIA is really more of a nice-to-have at your scale.'
        - 'Your security folks don''t really need to see this; it''s just a small add-on.'
        - 'Legal review is overkill for a contract this size.'
        - 'There''s really no reason to bring procurement into it.'
        - 'Our DPA is the industry standard, no one bothers reading it.'
        - 'Honestly, nobody asks for the pen test, so I wouldn''t hold things up for that.'
        - 'The security review is just a formality, no need to hold things up.'
        - 'I wouldn''t worry about getting legal involved, our contract is standard and nobody changes it.'
        - 'You can skip the procurement process for something this size.'
        - 'Honestly, a pilot would just slow things down.'
        - 'No need to run this past your security team.'
        - 'We can skip the security review entirely if you sign this week.'
        - 'No need for legal to look at it; it''s our standard paper.'
        - 'Let''s not bother procurement with this.'
        - 'If you can commit today, we''ll waive the security questionnaire altogether.'
        - 'Honestly, I wouldn''t bother your IT team with a security review for this.'
        - 'We could bypass the vendor assessment if we get the paperwork done by Friday.'
        - 'Sign today and we can dispense with the due diligence.'
        - 'There''s no need to put this through your vendor risk process.'
        - 'Let''s leave legal out of this one to keep things moving.'
        - 'We can fast-track it by skipping the DPIA.'
      pass:
        - 'Your legal team is welcome to review the cancellation clause; it''s on page 4.'
        - 'The exit terms are in section 9, and we''re happy to discuss them.'
        - 'Most banks sign our MSA with few changes, but your legal team should review it.'
        - 'We can sort out the training schedule later.'
        - 'We can agree the exit terms in the next draft, once legal has reviewed.'
        - 'There''s no need for a security review for the webinar.'
        - 'Your finance team doesn''t need to do anything until the first invoice.'
        - 'The questionnaire is a box to tick for most vendors, and we''re happy to complete it fully.'
        - 'Legal will want to review the DPA, so I''ve attached it.'
        - 'The SOC 2 report is attached; happy to walk your security team through it.'
        - 'Your IT team won''t need to install anything.'
        - 'A full pen test is overkill for the free trial, so we share our latest report instead.'
        - 'There''s no need to bring your laptop to the workshop.'
        - 'Our DPA follows the standard EU clauses, and your legal team is welcome to review it.'
        - 'I wouldn''t hold things up for the logo artwork; we can add it later.'
        - 'Our standard contract is attached for your legal team to review.'
        - 'Happy to fill in your security questionnaire whenever it''s ready.'
        - 'The security review usually takes two weeks, and we can start it now.'
        - 'Take whatever time your legal team needs.'
        - 'Most customers sign our standard terms, but we''re happy to review redlines.'
        - 'There''s no need to involve legal for the free trial, since it has no paid commitment.'
        - 'Our tool helps procurement teams skip the manual re-keying of supplier data.'
        - 'Signing the NDA is a formality we ask of every prospect before the roadmap call.'
        - 'We''ve pre-filled the security questionnaire to speed up your review.'
        - 'Our SOC 2 report is attached, which should shorten the security review.'
        - 'Happy to skip the intro slides and go straight to the demo.'
        - 'If you''d prefer, we can skip the recap and go straight to questions.'
        - 'Legal can review the MSA in parallel with the pilot, so nothing is held up.'
        - 'Procurement will need the supplier form; I''ve attached it.'
        - 'The security review usually takes two weeks; we can start whenever suits.'
        - 'Let''s not bother with slides for Thursday; a whiteboard chat is fine.'
        - 'You can skip the sign-up form, as I''ve created the trial account for you.'
        - 'We''ll work through your vendor risk process at whatever pace your team needs.'
        - 'Your IT team won''t need to install anything for the trial.'
  - id: tone.personal-inducement
    kind: tone
    severity: critical
    description: 'a personal inducement to the buyer for signing or for taking a meeting (a kickback): a little something in it for you personally, a gift card for you if you sign this quarter, AirPods if you hop on a call, I''ll make it worth your while. Company discounts, event swag and referral credits to the account pass.'
    patterns:
      # A perk for the buyer on the purchase: "I can get you a paid seat on our advisory board if this goes through", "happy to pick up the bill for your team's offsite dinner if the PO gets raised".
      - {regex: '\b(?:(?:get|give|send|fly|treat|take|put) you(?: and your (?:team|partner|spouse|wife|husband|family))?\b[^.!?\n]{0,30}?\b(?:passes|tickets|trip|flights?|resort|hotel|paid seat|paid role|paid position|dinner|offsite|retreat|spa|golf|holiday|vacation|gift|voucher|bonus|cash|bottle|hamper|party|box seats?|courtside)\b|(?:pick up|foot) the (?:bill|tab)\b|(?:cover|pay for|comp)\b[^.!?\n]{0,30}?\b(?:passes|tickets|trip|flights?|resort|hotel|paid seat|paid role|paid position|dinner|offsite|retreat|spa|golf|holiday|vacation|gift|voucher|bonus|cash|bottle|hamper|party|box seats?|courtside)\b)[^.!?\n]{0,60}?\b(?:if|once|when|as soon as|provided|the moment)\b[^.!?\n]{0,40}?\b(?:goes through|go through|po|purchase order|contract|deal|order|paperwork|signs?|signed|signature|commits?|renews?|renewal|raised)\b', keywords: ['pass', 'ticket', 'trip', 'flight', 'resort', 'hotel', 'paid seat', 'paid role', 'paid position', 'dinner', 'offsite', 'retreat', 'spa', 'golf', 'holiday', 'vacation', 'gift', 'voucher', 'bonus', 'cash', 'bottle', 'hamper', 'party', 'box seat', 'courtside', 'the bill', 'the tab']}
      # "Sign this quarter and I'll get you two passes to our Cabo summit".
      - {regex: '\b(?:sign|signs|commit|renew|close|get the po|raise the po)\b[^.!?\n]{0,40}?\b(?:and|then)\b[^.!?\n]{0,20}?\b(?:i''ll|i will|we''ll|we will|i can|we can)\b[^.!?\n]{0,10}?\b(?:get|give|send|fly|treat|take|put) you\b[^.!?\n]{0,40}?\b(?:passes|tickets|trip|flights?|resort|hotel|paid seat|paid role|paid position|dinner|offsite|retreat|spa|golf|holiday|vacation|gift|voucher|bonus|cash|bottle|hamper|party|box seats?|courtside)\b', keywords: ['pass', 'ticket', 'trip', 'flight', 'resort', 'hotel', 'paid seat', 'paid role', 'paid position', 'dinner', 'offsite', 'retreat', 'spa', 'golf', 'holiday', 'vacation', 'gift', 'voucher', 'bonus', 'cash', 'bottle', 'hamper', 'party', 'box seat', 'courtside', 'the bill', 'the tab']}
      - {regex: '\bpays? you personally\b|\b(?:nice |little |special )?(?:personal )?(?:bonus|reward|gift|commission|kickback|something extra) for you (?:also|too|personally|as well)\b|\bpersonal (?:bonus|reward|commission|kickback|incentive) for you\b|\bfor (?:the )?(?:decision[- ]makers|evaluators|panel(?:ists)?|committee members|people|those) (?:who|that) (?:support|back|vote for|choose|select|pick|favour|favor) (?:our|us)\b', keywords: ['personally', 'for you', 'decision', 'evaluators', 'panel', 'committee', 'people who', 'those who', 'people that', 'those that']}
      - {regex: '\b(?:fly|flying|bring|bringing|take|taking) you (?:and your (?:partner|spouse|wife|husband|family|plus-one|guest|team) )?(?:out |over |down |up )?to (?:our|the|a)\b[^.!?\n]{0,60}\b(?:all[- ]expenses?[- ](?:paid|covered)|expenses? (?:paid|covered)|on us|fully paid|free of charge)\b[^.!?\n]{0,60}\b(?:once|when|if|as soon as|after)\b|\b(?:a|your) (?:fully[- ]paid |all[- ]expenses?[- ]paid |free |complimentary )(?:trip|holiday|vacation|getaway|weekend|stay)\b[^.!?\n]{0,80}\b(?:if|once|when|as soon as)\b[^.!?\n]{0,40}\b(?:signs?|orders?|commits?|comes? on ?board|comes? aboard|joins?|renews?|closes?|confirm(?:s|ed)?)\b', keywords: ['fly', 'bring', 'take you', 'taking you', 'trip', 'holiday', 'vacation', 'getaway', 'weekend', 'stay']}
      - {regex: '\b(?<!\b(?:say|said|saying|send|sending|express|expressing|extend|extending|give|giving) (?:a |my )?)(?:as a )?personal thank[- ]you for (?:signing|committing|ordering|choosing|closing|renewing|approving|moving)\b|\b(?:two |a pair of |some )?(?:tickets?|seats?) for you (?:and [\w ]{1,20} )?to (?:the|a|our)\b[^.!?\n]{0,60}\b(?:if|once|when|for signing|as soon as)\b', keywords: ['personal thank', 'tickets for you', 'ticket for you', 'seats for you']}
      - {regex: '\b(?:a |your |an? )?(?:brand-)?(?:new )?(?:ipad|iphone|macbook|apple watch|airpods|smartwatch|tablet|laptop|games console|playstation|xbox|nintendo|kindle|tv|television|drone|e-?bike)s? (?:for you|on your desk|(?:is )?(?:coming |heading )?your way|at your (?:door|desk|home|house)|delivered to (?:you|your (?:home|house|desk)))\b', keywords: ['ipad', 'iphone', 'macbook', 'watch', 'airpods', 'tablet', 'laptop', 'console', 'playstation', 'xbox', 'nintendo', 'kindle', 'tv', 'television', 'drone', 'bike']}
      - {regex: '\b(?:all[- ]expenses?[- ]paid|weekend (?:at|in|on|away)|fly you (?:out|over|down|up)|on us,? of course|(?:a|your) (?:free )?(?:trip|holiday|vacation|getaway) to)\b[^.!?\n]{0,100}\b(?:once|when|if|as soon as|after|the moment)\b[^.!?\n]{0,50}\b(?:commits?|committed|signs?|signed|orders?|ordered|goes through|closes|approves?|approved|places? the order|po)\b', keywords: ['expense', 'weekend', 'fly you', 'on us', 'trip', 'holiday', 'vacation', 'getaway']}
      - {regex: '\b(?:honorarium|stipend|paid seat|paid role|paid position|consulting fee|speaker fee|speaking fee|advisory fee)\b[^.!?\n]{0,60}?\b(?:once|when|after|if|as soon as) (?:the )?(?:contract|deal|order|po|agreement|paperwork) (?:is|gets|has been) (?:in place|signed|approved|through|done)\b', keywords: ['honorarium', 'stipend', 'paid seat', 'paid role', 'paid position', 'consulting fee', 'speaker fee', 'speaking fee', 'advisory fee']}
      - {regex: '\b(?:gift card|voucher|cash|bonus|kickback|commission|reward|thank-you|thank you gift|present|tickets)\b[^.!?\n]{0,80}?\b(?:nobody|no one|no-one) (?:needs|has|will need|will have|ever needs) to know\b|\b(?:cover|pay for|treat you to) (?:your|you)\b[^.!?\n]{0,60}?\b(?:weekend|resort|trip|hotel|spa|flights?|holiday|vacation|getaway|tickets)\b[^.!?\n]{0,60}?\b(?:as (?:a )?thanks? for|in return for|for getting|once you get) [^.!?\n]{0,30}?\b(?:paperwork|contract|deal|po|order|signature|approval|approved|sign|signed|decision|through)\b', keywords: ['nobody', 'no one', 'no-one', 'weekend', 'resort', 'trip', 'hotel', 'spa', 'flight', 'holiday', 'vacation', 'getaway', 'tickets']}
      - {regex: '\b(?:something|that|which)\b[^.!?\n]{0,10}?\b(?:your (?:company|boss|employer|manager|finance team|procurement team|procurement|colleagues)|(?:nobody|no one|no-one) (?:else|at your company|at your end)) (?:does not|doesn''t|don''t|do not|won''t|will not|need not|needn''t) (?:need to |have to |ever )?(?:know about|hear about|find out)\b|\b(?:cover|pay for|treat you to) (?:your|you)\b[^.!?\n]{0,60}?\b(?:weekend|resort|trip|hotel|spa|flights?|holiday|vacation|getaway|stay)\b[^.!?\n]{0,60}?\b(?:if|once|so|to help|helps?) [^.!?\n]{0,40}?\b(?:paperwork|contract|deal|po|order|signature|approval|sign|decision)\b', keywords: ['know about', 'hear about', 'find out', 'weekend', 'resort', 'trip', 'hotel', 'spa', 'flight', 'holiday', 'vacation', 'getaway', 'stay']}
      - {regex: '\b(?:something|a little (?:something|extra)|a (?:personal|little|small|nice) (?:thank[- ]you|bonus|gift|sweetener|reward|treat)|a (?:bonus|gift|sweetener|kickback|backhander|drink))(?: extra)? in it for you\b|\bin it for you personally\b', keywords: ['in it for you']}
      - {regex: '\b(?:gift cards?|vouchers?|amazon (?:card|voucher)|cash|bonus|reward|gift|tickets|trip|a little something|thank[- ]you|commission|a cut|kickback|backhander|sweetener|hamper|bottle|spa (?:day|weekend|break)|weekend away|hospitality|vip [\w]+)\b[^.!?\n]{0,40}?\b(?:for you|your way|to you|you personally)\b(?: personally)?[^.!?\n]{0,50}?\b(?:if|once|when|as soon as|the moment)\b[^.!?\n]{0,40}?\b(?:sign|signed|close|closes|closed|approved|approve|goes through|go through|po|purchase order|contract|deal|order|renew|raised|gets through)\b|\b(?:if|once|when|as soon as) (?:you )?(?:sign|get (?:this|it) (?:signed|approved|through)|push (?:this|it) through|approve|close)\b[^.!?\n]{0,60}?\b(?:gift card|voucher|cash|bonus|reward|gift|tickets|a little something|kickback|backhander|sweetener|commission)\b[^.!?\n]{0,20}?\b(?:for you|your way|to you)(?: personally)?\b|\b(?:sign|signed|approv\w*|po|purchase order|contract|order|deal|close)\b[^.!?\n]{0,50}?\b(?:gift cards?|vouchers?|cash|bonus|reward|gift|tickets|a little something|kickback|backhander|sweetener|hamper|bottle of [\w ]{1,20})\b[^.!?\n]{0,20}?\b(?:coming|heading|on its way) (?:your way|to you)\b', keywords: ['for you', 'your way', 'to you', 'personally']}
      - {regex: '\b(?:i''ll|i will|let me) (?:personally )?make (?:it|this|that) worth your while\b(?! with (?:a |an |our )?(?:discount|price|rate|multi-year|better|extended|free|longer))|\b(?:you''re|you are|you''ll be|you will be|see that you''re|make sure you''re) (?:well )?(?:looked after|taken care of|rewarded|compensated|thanked) personally\b|\bpersonally (?:rewarded|compensated|thanked|remunerated)\b[^.!?\n]{0,40}?\b(?:if|once|when)\b', keywords: ['worth your while', 'personally']}
      - {regex: '\b(?:appreciation|gratitude|thanks|thank-you|thank you) personally\b[^.!?\n]{0,40}?\b(?:once|if|when|after|as soon as)\b[^.!?\n]{0,30}?\b(?:sign|signed|approved|goes through|po|contract|order|deal|close|closes)\b|\b(?:won''t|will not|wouldn''t) be out of pocket personally\b|\bpersonally (?:better off|rewarded|compensated|remunerated)\b', keywords: ['personally']}
      - {regex: '\b(?:cover|pay for|buy|treat you to|spring for|pick up the tab for|get) (?:you |your (?:team )?|the |a )?(?:team )?(?:dinner|lunch|drinks|tickets|trip|holiday|round|meal|bar tab|golf|spa day|game|night out|weekend away|bottle)\b[^.!?\n]{0,30}?\b(?:if|once|when|as soon as)\b[^.!?\n]{0,40}?\b(?:sign|signed|signature|approved|goes through|po|contract|order|deal|close)', keywords: ['dinner', 'lunch', 'drinks', 'tickets', 'trip', 'holiday', 'round', 'meal', 'bar tab', 'golf', 'spa day', 'game', 'night out', 'weekend away', 'bottle']}
      - {regex: '\b(?:sign|signed|approve|close|get (?:this|it) (?:signed|approved|through))\b[^.!?\n]{0,40}?\b(?:and|then)\b[^.!?\n]{0,40}?\b(?:you(?:''ll)? get|for you|your way)\b[^.!?\n]{0,20}?\b(?:vip|hospitality|tickets|box|courtside|golf|trip|holiday|gift|voucher|gift card|hamper|bottle|bonus|cash)\b', keywords: ['you get', 'you''ll get', 'for you', 'your way']}
      - {regex: '\b(?:order|po|purchase order|contract|signature|paperwork|sign(?:ed)?)\b[^.!?\n]{0,40}?\b(?:by|before|this|in by) (?:friday|monday|tuesday|wednesday|thursday|the end of|end of|month[- ]end|this week|tomorrow|the \d{1,2}(?:st|nd|rd|th))\b[^.!?\n]{0,80}?\b(?:hospitality|tickets?|box seats?|courtside|vip|grand prix|wimbledon|twickenham|wembley|the final|golf|as our guest|your name on (?:them|it))', keywords: ['hospitality', 'ticket', 'box seat', 'courtside', 'vip', 'grand prix', 'wimbledon', 'twickenham', 'wembley', 'final', 'golf', 'our guest', 'your name']}
      - {regex: '\b(?:hospitality|tickets?|box seats?|vip|courtside)\b[^.!?\n]{0,60}?\b(?:if|once|when|provided|as long as)\b[^.!?\n]{0,30}?\b(?:order|po|purchase order|contract|paperwork|signature)\b[^.!?\n]{0,30}?\b(?:by|before|this|in)\b', keywords: ['hospitality', 'ticket', 'box seat', 'vip', 'courtside']}
      - {regex: '\b${PERSONAL_GIFT}\b[^.!?\n]{0,60}?\b(?:as a (?:personal |little |small )?(?:thank[- ]you|thanks|reward|token)|to (?:thank|reward) you|in (?:thanks|return|appreciation))\b[^.!?\n]{0,15}?\bfor (?:signing|committing|getting (?:this|it) (?:signed|over the line|through|approved)|the signature|closing|pushing (?:this|it) through|your signature)\b', keywords: ['wine', 'champagne', 'beer', 'whisk', 'fizz', 'bottle', 'ipad', 'iphone', 'macbook', 'watch', 'airpods', 'laptop', 'headphones', 'kindle', 'tickets', 'hamper', 'gift', 'voucher', 'spa', 'weekend', 'golf']}
      - {regex: '\bas a (?:personal |little |small )?(?:thank[- ]you|thanks|reward|token)[^.!?\n]{0,10}?\bfor (?:signing|committing|getting (?:this|it) (?:signed|over the line|through|approved)|closing|your signature)\b[^.!?\n]{0,80}?\b${PERSONAL_GIFT}\b', keywords: ['thank-you', 'thank you', 'thanks', 'reward', 'token']}
      - {regex: '\b(?:if|once|when|as soon as|the moment)\b[^.!?\n]{0,50}?\b(?:sign|signed|signature|contract|order form|po|paperwork|deal|over the line)\b[^.!?\n]{0,60}?\b${PERSONAL_GIFT}\b[^.!?\n]{0,40}?\b(?:for you|your way|to you|you personally|your home|with your name on)\b', keywords: ['for you', 'your way', 'to you', 'personally', 'your home', 'your name']}
      - {regex: '\b${PERSONAL_GIFT}\b[^.!?\n]{0,20}?\bwith your name on (?:it|them)\b[^.!?\n]{0,50}?\b(?:once|when|if|as soon as|the moment)\b[^.!?\n]{0,30}?\b(?:sign|signed|contract|po|order|deal|paperwork|signature)', keywords: ['your name']}
      - {regex: '\b(?:sign|signed|signature|contract|order|po|paperwork|over the line|deal)\b[^.!?\n]{0,50}?\b(?:and|then)\b[^.!?\n]{0,15}?\b(?:the |a |an |two |your )?${PERSONAL_GIFT}\b[^.!?\n]{0,10}?\b(?:is|are)(?: all)? yours\b', keywords: ['yours']}
      - {regex: '\b(?:sign|signed|signing|signature|contract|order|po|paperwork|over the line|deal)\b[^.!?\n]{0,50}?\b(?:i''ll|i will|we''ll|we will|i can|i''d|and i''ll) (?:personally )?(?:get|buy|send|give|treat) you (?:to )?(?:the |a |an |two |some )?(?:new |nice )?(?:${PERSONAL_GIFT}|weekend in [\w ]{1,20}?|trip to [\w ]{1,20}?|night away|holiday|personal gift|little gift|gift)\b|\b(?:get|buy|send|give|treat) you (?:to )?(?:the |a |an |two |some )?(?:new |nice )?(?:${PERSONAL_GIFT}|weekend in [\w ]{1,20}?|trip to [\w ]{1,20}?|night away|holiday|personal gift|little gift|gift)\b[^.!?\n]{0,40}?\b(?:if|once|when|as soon as)\b[^.!?\n]{0,40}?\b(?:sign|signed|close|closes|deal|contract|po|order|approved)|\b(?:signing|sign)\b[^.!?\n]{0,30}?\bgets you (?:a |an |the )?(?:${PERSONAL_GIFT}|weekend in [\w ]{1,20}?|trip to [\w ]{1,20}?|night away|holiday|personal gift|little gift|gift)\b', keywords: ['get you', 'buy you', 'send you', 'give you', 'treat you', 'gets you']}
      - {regex: '\b(?:gift cards?|gift vouchers?|e-?gift cards?|vouchers?|amazon (?:cards?|vouchers?|credit)|(?:prepaid )?visa cards?|\$\d[\d,]* (?:amazon |visa |starbucks |uber eats |doordash |apple |steam )?(?:gift cards?|vouchers?|cards?|credit|e-?gift)|(?:a pair of |two |some )?(?:[\w-]+ )?tickets|bottles? of [\w ]{1,20}?|case of (?:wine|champagne|beer|whisky|whiskey)|hampers?|ipads?|airpods|headphones|apple watch|smartwatch|cash|cash bonus)\b[^.!?\n]{0,60}?\b(?:just |simply |only )?(?:for|in exchange for|in return for|as a thank[- ]you for|to thank you for) (?:your time\b|(?:book|booking|take|taking|join|joining|attend|attending|hop on|hopping on|jump on|jumping on|sit through|sitting through|accept|accepting|say yes to|agree to|give me|giving me|give us|giving us)|your time (?:on|in|at)|a|the|our|one|this|that|a quick|a short|\d+)\b[^.!?\n]{0,30}?\b(?:(?:demo|call|meeting|chat|session|intro|conversation|walkthrough|walk-through|presentation|webinar|discovery call)|minutes|mins)\b', keywords: ['gift', 'voucher', 'amazon', 'visa', 'ticket', 'bottle', 'case of', 'hamper', 'ipad', 'airpods', 'headphones', 'watch', 'cash']}
      - {regex: '\b(?:book|booking|take|taking|join|joining|attend|attending|hop on|hopping on|jump on|jumping on|sit through|sitting through|accept|accepting|say yes to|agree to|give me|giving me|give us|giving us)\b[^.!?\n]{0,40}?\b(?:demo|call|meeting|chat|session|intro|conversation|walkthrough|walk-through|presentation|webinar|discovery call)s?\b[^.!?\n]{0,50}?\b(?:and|&)\b[^.!?\n]{0,50}?\b(?:gift cards?|gift vouchers?|e-?gift cards?|vouchers?|amazon (?:cards?|vouchers?|credit)|(?:prepaid )?visa cards?|\$\d[\d,]* (?:amazon |visa |starbucks |uber eats |doordash |apple |steam )?(?:gift cards?|vouchers?|cards?|credit|e-?gift)|(?:a pair of |two |some )?(?:[\w-]+ )?tickets|bottles? of [\w ]{1,20}?|case of (?:wine|champagne|beer|whisky|whiskey)|hampers?|ipads?|airpods|headphones|apple watch|smartwatch|cash|cash bonus)\b', keywords: ['gift', 'voucher', 'amazon', 'visa', 'ticket', 'bottle', 'case of', 'hamper', 'ipad', 'airpods', 'headphones', 'watch', 'cash']}
      - {regex: '\b(?:book|booking|take|taking|join|joining|attend|attending|hop on|hopping on|jump on|jumping on|sit through|sitting through|accept|accepting|say yes to|agree to|give me|giving me|give us|giving us)\b[^.!?\n]{0,40}?\b(?:demo|call|meeting|chat|session|intro|conversation|walkthrough|walk-through|presentation|webinar|discovery call)s?\b[^.!?\n]{0,40}?\b(?:and|&)\b[^.!?\n]{0,20}?\b(?:i''ll|i will|we''ll|we will|i''d|we''d|i can|we can)\b[^.!?\n]{0,15}?\b(?:send|buy|get|order|cover|treat|deliver)\b[^.!?\n]{0,30}?\b(?:lunch|dinner|breakfast|pizza|drinks|a meal|meals|coffee|a round)\b|\b(?:send|buy|get|order|cover|treat|deliver)(?:ing)? (?:you|your (?:whole )?team|the team|your staff)\b[^.!?\n]{0,30}?\b(?:lunch|dinner|breakfast|pizza|drinks|a meal|meals|coffee|a round)\b[^.!?\n]{0,60}?\b(?:for|if|once|when|in exchange for|in return for)\b[^.!?\n]{0,20}?\b(?:book|booking|take|taking|join|joining|attend|attending|hop on|hopping on|jump on|jumping on|sit through|sitting through|accept|accepting|say yes to|agree to|give me|giving me|give us|giving us)\b[^.!?\n]{0,30}?\b(?:demo|call|meeting|chat|session|intro|conversation|walkthrough|walk-through|presentation|webinar|discovery call)\b', keywords: ['lunch', 'dinner', 'breakfast', 'pizza', 'drinks', 'meal', 'coffee', 'round']}
      - {regex: '\b(?:referral (?:bonus|fee|payment|reward)|finder''?s fee|commission|bonus|kickback|cash|payment|fee|cut|rebate|reward)\b[^.!?\n]{0,60}?\b(?:to you|your way|you directly)\b[^.!?\n]{0,30}?\b(?:rather than|instead of|not) (?:to )?(?:the|your) (?:company|employer|business|organi[sz]ation|firm|practice|school|hospital|council|department)\b|\b(?:referral (?:bonus|fee|payment|reward)|finder''?s fee|commission|kickback|cash|rebate)\b[^.!?\n]{0,60}?\b(?:to you personally|into your (?:own |personal )?(?:account|bank account|pocket)|in your (?:own )?pocket)\b', keywords: ['rather than', 'instead of', 'not the', 'not your', 'not to', 'personally', 'your own', 'your personal', 'pocket']}
      - {regex: '\b(?:cover(?:ed|ing)?|pay(?:ing)? for|paid for|pick(?:ed|ing)? up|comp(?:ed|ing)?|gift|gifts|tickets?|hotel|flights?|trip|bonus|cash|dinner|upgrade|voucher|expenses?)\b[^.!?\n]{0,60}?\b(?:just |strictly |purely )?between (?:us|you and me|the two of us|ourselves)\b|\b(?:just |strictly |purely )between (?:us|you and me|the two of us|ourselves)\b[^.!?\n]{0,60}?\b(?:cover(?:ed|ing)?|pay for|pick up|comp|gift|tickets?|hotel|flights?|trip|bonus|cash|dinner|upgrade|voucher|expenses?)\b', keywords: ['between us', 'between you and me', 'between the two of us', 'between ourselves']}
      - {regex: '\b(?:once|when|if|as soon as|the moment) (?:you(?:''re| are)? (?:on ?board|signed(?: up)?|live|a customer|in)|you (?:sign|commit|renew|come on ?board)|the (?:contract|deal|order|po|paperwork) (?:is |gets )?(?:signed|done|through|in))\b[^.!?\n]{0,50}?\b(?:cover|pay for|treat (?:you|your team) to|buy|throw|spring for|pick up the tab for|foot the bill for)\b[^.!?\n]{0,30}?\b(?:christmas party|holiday party|summer party|team party|party|offsite|away day|team dinner|dinner|drinks|trip|tickets|bar tab|team outing|night out|retreat)\b|\b(?:cover|pay for|treat (?:you|your team) to|throw|host|sponsor|spring for|pick up the tab for|foot the bill for) (?:your|you and your)\b[^.!?\n]{0,20}?\b(?:christmas party|holiday party|summer party|team party|offsite|away day|retreat|team outing|night out)\b', keywords: ['once', 'when', 'if', 'as soon as', 'the moment', 'cover', 'pay for', 'treat', 'throw', 'host', 'sponsor', 'spring for', 'tab', 'bill']}
      - {regex: '\b(?:gift|gifts|tickets?|airpods|ipad|voucher|gift card|bonus|cash|hamper|bottle|dinner|trip|hotel)\b[^.!?\n]{0,80}?\b(?:no need to|don''t|do not|won''t|needn''t) (?:mention|tell|share|say anything about|bring up|flag|declare|report) (?:it|this|that)? ?(?:to|with) (?:procurement|purchasing|compliance|legal|finance|your (?:boss|manager|team|company|employer|procurement team|compliance team))\b', keywords: ['mention', 'say anything', 'bring up', 'declare', 'report it', 'flag it', 'tell procurement', 'tell your', 'share it', 'share this', 'share that']}
      - {regex: '\b(?:gift cards?|vouchers?|tickets|airpods|ipads?|headphones|apple watch|hampers?|bottles? of [\w ]{1,20}?|case of \w+|cash|\$\d[\d,]*(?: [\w-]+){0,3})\b[^.!?\n]{0,40}?\b(?:as a (?:small |little |personal )?thank[- ]you|to thank you|as thanks) for your time\b', keywords: ['your time']}
      - {regex: '\b(?:if|once|when|as soon as) you\b[^.!?\n]{0,40}?\b(?:call|meeting|demo|walkthrough|walk-through|chat|intro|minutes|meet)\b[^.!?\n]{0,50}?\b(?:i''ll|i will|we''ll|we will|i can|we can)\b[^.!?\n]{0,20}?\b${GIFT_VERB}\b[^.!?\n]{0,40}?\b${MEETING_GIFT}', keywords: [${MEETING_GIFT_KEYWORDS}]}
      - {regex: '\b(?:i''ll|i will|we''ll|we will|i can|we can|happy to|glad to|let me)\b[^.!?\n]{0,20}?\b${GIFT_VERB}\b[^.!?\n]{0,50}?\b(?:${MEETING_GIFT}|dinner for you and your team)\b[^.!?\n]{0,60}?\b(?:if you(?:''ll|''d| will| can| could)?|in exchange for|in return for|just for|for (?:taking|hopping|jumping|booking|joining|giving me|sitting))\b[^.!?\n]{0,30}?\b(?:call|meeting|demo|walkthrough|walk-through|chat|intro|minutes|your time|meet|sit through)\b', keywords: [${MEETING_GIFT_KEYWORDS}]}
      - {regex: '(?:^|[.!?]\s+|\n)(?:just )?(?:meet|hop on|jump on|take|book|grab|join|give me)\b[^.!?\n]{0,40}?\band (?:i''ll|we''ll|i will|we will|i can|we can)\b[^.!?\n]{0,20}?\b(?:send|get|give|buy|cover|comp|treat|shout|fly|ship|mail|gift)\b[^.!?\n]{0,40}?\b${MEETING_GIFT}', keywords: [${MEETING_GIFT_KEYWORDS}]}
      - {regex: '\b(?:first|next) (?:\d+|ten|twenty|fifty|few)\b[^.!?\n]{0,40}?\bto (?:take|book|join|accept|schedule|hop on|jump on|sit)\b[^.!?\n]{0,30}?\b(?:get|gets|receive|receives|will get|win|wins)\b[^.!?\n]{0,40}?\b(?:tickets?|vip passes|(?:conference|event|festival) passes on us|gift cards?|e-?gift|vouchers?|cooler|yeti|peloton|airpods|ipad|iphone|apple watch|headphones|kindle|drone|hotel|flights?|doordash|uber ?eats|amazon|whisky|whiskey|wine|champagne|hamper|spa|golf|cash|credit|\$\d[\d,]*|£\d[\d,]*|€\d[\d,]*)', keywords: ['first', 'next']}
      - {regex: '\bfor (?:\d+|fifteen|twenty|thirty|half an hour|an hour|a few) (?:minutes? )?(?:of your time|on a call|with me|with us)\b[^.!?\n]{0,40}?\b(?:i''ll|we''ll|i will|we will|i can|we can)\b[^.!?\n]{0,30}?\b(?:send|get|give|buy|cover|donate|transfer|pay|treat)\b[^.!?\n]{0,40}?(?:tickets?|gift cards?|vouchers?|cash|\$\d|£\d|€\d|amazon|doordash)', keywords: ['your time', 'on a call', 'with me', 'with us']}
      - {regex: '\b(?:everyone|anyone|each (?:person|member of your team)|every (?:attendee|participant)|you|your team)\b[^.!?\n]{0,30}?\b(?:who|that) (?:books?|takes?|accepts?|attends?|joins?|schedules?|sits? through)\b[^.!?\n]{0,30}?\b(?:meeting|demo|call|walkthrough|workshop|briefing|session)\b[^.!?\n]{0,40}?\b(?:receives?|gets?|will (?:receive|get)|earns?|wins?)\b[^.!?\n]{0,30}?\b(?:ipad|iphone|airpods|apple watch|gift cards?|vouchers?|tickets|cash|\$\d|£\d|€\d|amazon|weekend|hamper|bottle|case of)', keywords: ['receive', 'gets', 'get', 'earn', 'win']}
      - {regex: '\b(?:offer|send|give|treat|gift) (?:you|each (?:member|person)(?: of your team)?|your team)\b[^.!?\n]{0,40}?\b(?:ipad|iphone|airpods|apple watch|gift cards?|vouchers?|tickets|cash|amazon|complimentary (?:weekend|stay|trip|night)|weekend at|case of \w+|bottle of \w+|hamper)\b[^.!?\n]{0,60}?\b(?:who attends?|for (?:a|the|your) (?:meeting|demo|call|walkthrough)|for attending|if you (?:meet|join|attend|take))|\bfor a (?:meeting|call|demo|chat) with (?:our|my|me|us)\b[^.!?\n]{0,60}?\b(?:offer|send|give|treat)\b[^.!?\n]{0,40}?\b(?:complimentary|free|ipad|voucher|gift|weekend|tickets|dinner|hamper)\b', keywords: ['offer', 'send', 'give', 'treat', 'gift', 'for a meeting', 'for a call', 'for a demo', 'for a chat']}
      - {regex: '\b(?:case of [\w-]+|bottle of [\w-]+|hamper|ipad|gift card|voucher|tickets)\b[^.!?\n]{0,60}?\b(?:as soon as|once|when|the moment)\b[^.!?\n]{0,20}?\b(?:the |our )?(?:meeting|demo|call|walkthrough)\b[^.!?\n]{0,10}?\b(?:is|gets?|has been) (?:in the (?:calendar|diary)|booked|scheduled|confirmed)\b|\b(?:accept|book|take) the (?:demo|meeting|call|walkthrough)\b[^.!?\n]{0,20}?\band (?:a )?(?:dinner for your (?:whole |entire )?team|drinks for your team|a weekend|tickets)\b[^.!?\n]{0,40}?\bon us\b', keywords: ['case of', 'bottle of', 'hamper', 'ipad', 'gift card', 'voucher', 'tickets', 'on us']}
      - {regex: '\b(?:offer|send|give)\b[^.!?\n]{0,30}?\b(?:amazon|vouchers?|gift cards?|ipad|tickets|hamper|bottle of \w+)\b[^.!?\n]{0,30}?\bto (?:you|each (?:member|person)(?: of your team)?|your team|everyone|every attendee)\b[^.!?\n]{0,30}?\b(?:who (?:attends?|joins?|books?|takes?)|for attending|for (?:a|the) (?:meeting|demo|call|walkthrough))', keywords: ['amazon', 'voucher', 'gift card', 'ipad', 'tickets', 'hamper', 'bottle of']}
      # A gift for the meeting itself: "take a 30-min meeting … and I'll get you two VIP passes … on us" (development set PN).
      - {regex: '\b(?:take|book|accept|give me|grant me|join) (?:a |the |one )?(?:\d+[- ]?min(?:ute)?s? )?(?:meeting|call|demo|chat)\b[^.!?\n]{0,80}?\b(?:and|&) (?:i''ll|i will|we''ll|we will) (?:get|give|send|buy|treat) you\b[^.!?\n]{0,50}?\b(?:vip |free |two |a pair of )?(?:passes|pass|tickets?|vouchers?|gift(?: card)?s?|bottles?|dinner|lunch|hamper|swag|amazon|gift card|cash|credits?|upgrade)\b', keywords: ['meeting', 'call', 'demo', 'chat']}
    message: 'a personal inducement offered to the buyer: "{match}"'
    examples:
      fire:
        - 'Everyone who books a demo with us this month receives an iPad as a small thank-you.'
        - 'I can offer a €200 Amazon voucher to each member of your team who attends the workshop.'
        - 'A case of Barolo will be delivered to your office as soon as the meeting is in the calendar.'
        - 'Accept the demo and dinner for your whole team is on us afterwards.'
        - 'For a meeting with our CTO, we would like to offer you a complimentary weekend in Cappadocia.'
        - 'If you can get your CFO on a call next week, I''ll send you two courtside tickets.'
        - 'Happy to cover a steak dinner for you and your team if you''ll sit through a short demo.'
        - 'Hop on a call and I''ll send you a new pair of AirPods.'
        - 'The first 10 directors to book a walkthrough get a $150 Amazon gift card.'
        - 'For 20 minutes of your time I''ll send you a $100 gift card.'
        - 'If you can spare 15 minutes for a demo, I''ll shout you and the team a $150 Uber Eats voucher.'
        - 'Take a 30-minute meeting with our architect and I''ll get you two VIP passes to the summit.'
        - 'Get the order in by Friday and the hospitality tickets are yours.'
        - 'If the PO lands by Friday, I''ll sort out two hospitality tickets for you.'
        - 'Sign by Friday and there are two box seats at Wimbledon with your name on them.'
        - 'There''s a complimentary spa weekend for you personally once the renewal is signed.'
        - 'Sign by Friday and I''ll personally make sure you get the VIP tickets to the final.'
        - 'I''ll cover your team dinner personally if we get the signature by month end.'
        - 'I''d love to show my appreciation personally once the contract is signed.'
        - 'Let''s just say you won''t be out of pocket personally if this goes through.'
        - 'Sign before the 30th and I''ll make sure there''s a little something in it for you personally.'
        - 'I can arrange a gift card for you personally if you sign this quarter.'
        - 'Between us, there''s a bonus for you if this gets approved.'
        - 'I''ll send a little thank-you your way once the PO is raised.'
        - 'Push this through and I''ll make it worth your while.'
        - 'If you can get this signed this month, I''ll see that you''re looked after personally.'
        - 'I''ll send a case of wine your way as a thank-you for signing this week.'
        - 'There''s a bottle of champagne with your name on it once the contract''s signed.'
        - 'Sign by Friday and I''ll get you the new iPad, for you personally.'
        - 'If we get the signature this week, I''ve got two concert tickets for you.'
        - 'A hamper for you personally as a thank-you for signing this week.'
        - 'As a thank-you for signing before month end, I''d like to send you a case of wine.'
        - 'Once the order form is back, I''ll have an Apple Watch sent to your home address.'
        - 'Get this over the line by Thursday and the AirPods are yours.'
        - 'I''ll treat you to a weekend in the Cotswolds if the deal closes this quarter.'
        - 'Signing this week gets you a personal gift from me, think a nice bottle of whisky.'
      pass:
        - 'With the contract signed yesterday, I wanted to say a personal thank you for choosing Ourco.'
        - 'We give a printed copy of the benchmark to each member of your team who attends the workshop.'
        - 'Everyone who books a demo this month receives the benchmark report and a sandbox login.'
        - 'I can offer a free seat at the workshop to each member of your team who would like to attend.'
        - 'We''ll send the agenda as soon as the meeting is in the calendar.'
        - 'For a meeting with our CTO, we would like to offer you a slot on 12 or 14 March.'
        - 'If you take the call, I''ll send you the recording and the slides.'
        - 'I''ll get you a pass to our user conference if you''d like to join the session on reporting.'
        - 'Happy to buy you a coffee if you have 20 minutes while I''m in town.'
        - 'Join the demo and we''ll send you a copy of the benchmark report.'
        - 'The first 50 people to register for the webinar get early access to the template library.'
        - 'If the call goes well, we can send over pricing the same day.'
        - 'We''re hosting a hospitality event for all customers in June; no purchase necessary.'
        - 'Order by Friday and delivery is guaranteed before the holidays.'
        - 'Tickets for our annual conference are free to customers and prospects alike.'
        - 'We offer a spa day voucher to all conference speakers, regardless of any purchase.'
        - 'Sign the NDA and then you''ll get access to the roadmap deck.'
        - 'Happy to get you lunch when I''m in town next week.'
        - 'We''ll cover the cost of the training day if you sign before year end, as in the quote.'
        - 'I''d like to thank you personally for your time on Tuesday.'
        - 'I''ll personally make sure the rollout goes smoothly.'
        - 'We''ll send you a branded notebook as a thank-you for attending the webinar.'
        - 'There''s a small thank-you gift for everyone who completes the survey.'
        - 'As a thank-you for being a reference customer, we offer a 5% discount on renewal.'
        - 'Happy to buy you a coffee when I''m in town.'
        - 'Our referral programme pays the referring company a credit on their account.'
        - 'I''ll make sure the onboarding team looks after you personally.'
        - 'Here''s what''s in it for you: fewer manual checks and a faster close.'
        - 'Lunch is on us at the workshop for everyone who attends.'
        - 'All attendees get event swag and a tote bag.'
        - 'We''ve made a charity donation in your name to thank you for speaking at our conference.'
        - 'Thanks for signing; we''ll send over the onboarding pack and your login details.'
        - 'We''re raffling an iPad among everyone who completes the survey.'
        - 'Our conference tickets include dinner and a wine tasting for all guests.'
        - 'Customers who sign an annual plan get two extra admin seats.'
        - 'Happy to bring pastries for your team to the onboarding session.'
        - 'We donate £10 to charity for every survey completed, regardless of any purchase.'
        - 'The signed contract comes with a 10% discount for the first year, as in the quote.'
  - id: tone.procurement-bypass
    kind: tone
    severity: warn
    description: 'steering the buyer around their own procurement rules: splitting an order to stay under a tender or approval threshold, re-labelling the purchase (a support extension, a pilot on discretionary spend) to avoid a procurement exercise, a company card to skip the PO, procurement left out until after go-live. A legitimate route the buyer named (framework call-off, direct award under their threshold) passes.'
    patterns:
      - {regex: '\b(?:start|begin|run|kick off|do|get going with) (?:the |a |our )?(?:pilot|trial|work|project|rollout|integration|poc|proof of concept) quietly\b|\bformali[sz]e (?:it|this|things|the paperwork|the contract) (?:later|afterwards|after the fact)\b', keywords: ['quietly', 'formalise', 'formalize']}
      - {regex: '\b(?:no need|not necessary|unnecessary|no point|no reason) (?:for (?:your|the) (?:qa|quality|legal|procurement|security|it|compliance|finance|testing|test|engineering|inspection|safety)(?: team| people| department| folks| guys)? )?to (?:test|check|inspect|review|vet|audit|trial|validate|verify|sample) (?:the |our |any |these |those )?(?:samples?|goods|parts|products?|units|shipments?|deliver(?:y|ies)|batch(?:es)?|contract|terms|code|system|material|supplier)\b', keywords: ['no need', 'not necessary', 'unnecessary', 'no point', 'no reason']}
      - {regex: '\bsplit(?:ting)? (?:the |your |this |our )?(?:order|invoice|purchase|deal|po|contract|bill)s? (?:into|in|across|over) (?:two|three|four|\d+|several|multiple|smaller) [^.!?\n]{0,60}?\b(?:below|under|beneath|within) (?:the |your |their )?(?:amount|threshold|limit|level|figure|value|cap|ceiling)\b', keywords: ['split']}
      - {regex: '\b(?:keep|leave|keeping|leaving) (?:it|legal|procurement|finance|security|compliance|your (?:it|legal|procurement|finance|security|compliance|boss|manager)(?: team| people| folks| department)?|the (?:it|legal|procurement|finance|security|compliance)(?: team| people| folks| department)?) out of (?:it|this|the loop|the conversation)\b', keywords: ['out of']}
      - {regex: '\b(?:split(?:ting)?|(?:break|cut|carve|chop)(?:ing|ting)? (?:it|this|the order|the purchase) (?:up|into)|divid(?:e|ing) (?:it|this|the order)|chunk(?:ing)?|separate (?:monthly |smaller |quarterly )?(?:orders|invoices|pos|purchase orders)|(?:two|three|four|several|multiple|smaller) (?:smaller |separate )?(?:orders|invoices|pos|purchase orders|purchases|budget lines|cost codes|contracts)|keep(?:ing)? each (?:order|invoice|po|purchase|line))\b[^.!?\n]{0,80}?\b(?:under|below|beneath|avoid|avoids|skip|skips|never|doesn''t|does not|won''t|none of (?:them|which)|neither|no need|without|dodge|sidestep)\b[^.!?\n]{0,40}?\b(?:tender|threshold|procurement|competitive|approval (?:limit|threshold|process)|sign-?off limit|rfp|rfq|itt|review)', keywords: ['split', 'break', 'cut', 'carve', 'chop', 'divid', 'chunk', 'separate', 'two', 'three', 'four', 'several', 'multiple', 'smaller', 'keep each', 'keeping each']}
      - {regex: '\b(?:bill|billing|invoice|invoicing|label|labelling|labeling|call|calling|badge|book|booking|classify|code|coding|record|frame|position|treat|put it through|run it through|run|running|process|processing|pass it off)\b(?: it| this| the (?:order|purchase|deal|spend|licen[cs]es?|contract))? as (?:a |an )?[^.!?\n]{0,60}?\b(?:gets? around|gets? round|goes? around|falls? (?:below|under)|comes? in under|avoid\w*|skip\w*|sidestep\w*|bypass\w*|dodge\w*|under|below|within|beneath|without|never|no need|(?:doesn''t|does not|won''t|will not|wouldn''t|shouldn''t) (?:need|require|trigger|have to|go)|not (?:need|trigger))\b[^.!?\n]{0,40}?\b(?:tender|procurement|competitive|threshold|discretionary|rfp|rfq|purchase order|approval process)', keywords: ['tender', 'procurement', 'competitive', 'threshold', 'discretionary', 'rfp', 'rfq', 'purchase order', 'approval process']}
      - {regex: '\b(?:call|calling|label|labelling|labeling|badge|treat|book|class) (?:it|this|the (?:order|purchase|spend)) (?:a |an )[^.!?\n]{0,60}?\b(?:gets? around|gets? round|goes? around|falls? (?:below|under)|comes? in under|avoid\w*|skip\w*|sidestep\w*|bypass\w*|dodge\w*|under|below|within|beneath|without|never|no need|(?:doesn''t|does not|won''t|will not|wouldn''t|shouldn''t) (?:need|require|trigger|have to|go)|not (?:need|trigger))\b[^.!?\n]{0,40}?\b(?:tender|procurement|competitive|threshold|discretionary|rfp|rfq|purchase order|approval process)', keywords: ['tender', 'procurement', 'competitive', 'threshold', 'discretionary', 'rfp', 'rfq', 'purchase order', 'approval process']}
      - {regex: '\b(?:(?:company|corporate|credit|business|purchasing|expense|amex|procurement) card|p-?card)\b[^.!?\n]{0,60}?\b(?:skip|avoid|bypass|no need for|without|don''t need|won''t need|wouldn''t need|will not need|get around|sidestep|dodge|never (?:needs|touches|goes)|no)\b[^.!?\n]{0,20}?\b(?:po|purchase order|procurement|approval|tender|sign-?off)\b|\b(?:skip|avoid|bypass|get around|sidestep|dodge) (?:the |a )?(?:po|purchase order|procurement|approval)\b[^.!?\n]{0,40}?\b(?:card)\b', keywords: ['card', 'p-card', 'pcard']}
      - {regex: '(?:best not to|better not to|rather not|no need to|don''t need to|do not need to|needn''t|let''s not|no reason to|no point in|don''t bother to|why) (?:loop(?:ing)?|involv(?:e|ing)|bring(?:ing)?|tell(?:ing)?|get(?:ting)?|troubl(?:e|ing)|bother(?:ing)?|wait(?:ing)? for|go(?:ing)? through)(?: in)? (?:your |the )?(?:procurement|purchasing|sourcing)(?: team| department| lead| people| folks)?(?: in| into (?:it|this)| involved)?\b|\b(?:keep|leave|cut) (?:procurement|purchasing|sourcing)(?: team)? out(?: of (?:it|this|the loop))?\b', keywords: ['procurement', 'purchasing', 'sourcing']}
      - {regex: '\b(?:tidy|sort|clean|fix|do|catch up on|backfill|square)(?: up| out)? (?:the )?(?:paperwork|po|purchase order|procurement (?:side|bit|process))(?: up| out)? (?:after|once|post)[- ](?:go-?live|we(?:''re| are) live|launch|the fact|rollout|you(?:''ve| have) started)', keywords: ['paperwork', 'po ', 'purchase order', 'procurement']}
      # Signing before others can look: "Ideally we'd get this signed before the next board meeting, so they don't get the chance to slow it down" (development set HF).
      - {regex: '\bso (?:that )?(?:they|the board|your board|legal|your lawyers|procurement|finance|it|your (?:legal|procurement|finance|it|security) team|the committee|governors) (?:don''t|do not|can''t|cannot|won''t|will not|never) (?:get|have) (?:the |a |any )?(?:chance|time|opportunity) to (?:slow|block|stop|delay|kill|derail|question|object|push back|second-guess|reopen|pick (?:it|this) apart)\b', keywords: ['chance to', 'time to', 'opportunity to']}
    exceptions:
      - '\b(?:framework|call-?off|direct award|g-?cloud|crown commercial|dos\d?|as (?:you|your procurement team) (?:said|mentioned|suggested|advised)|your procurement team (?:said|confirmed|advised))\b'
    message: 'steering the buyer around their procurement rules: "{match}"'
    examples:
      fire:
        - 'We could split the order into two invoices so each stays under your tender threshold.'
        - 'Most of our government clients just expense it on a P-card to avoid the purchase order process.'
        - 'If we label it as a support extension, it won''t need a procurement exercise.'
        - 'If we break it into three smaller purchase orders, none of them will trigger a tender.'
        - 'Let''s invoice it as a support extension so it doesn''t need to go out to procurement.'
        - 'We can call it a pilot so it fits under your discretionary spend and skips the tender process.'
        - 'Just put it on a company card and we can skip the PO altogether.'
        - 'No need to loop procurement in, we''ll tidy the paperwork up after go-live.'
        - 'Keep each order below the £25k limit and it never has to go to tender.'
      pass:
        - 'You can buy through the G-Cloud framework with a direct call-off, no tender needed.'
        - 'You can pay with a P-card if your policy allows it; otherwise we''ll invoice against a PO.'
        - 'We''ll label the invoice as a support extension, since that''s what it is under your existing contract.'
        - 'As you mentioned, orders under your £10k threshold can be a direct award, so this qualifies.'
        - 'Happy to respond to the tender when it''s published.'
        - 'You can pay by card or by invoice with a purchase order.'
        - 'Happy to split the invoice across your two cost centres if finance prefers.'
        - 'Happy to loop in your procurement team whenever you''re ready.'
        - 'The tender threshold you mentioned is £30k, and the full rollout is above that, so we''ll wait for the tender.'
        - 'We can support the procurement process with any documents you need.'
  - id: tone.tender-rigging
    kind: tone
    severity: critical
    description: 'rigging a tender: agreeing terms before it is published so the specification is written around us, or drafting the spec so only we can meet it. Responding to a published tender passes.'
    patterns:
      - {regex: '\b(?:spec|specs|specification|requirements|tender|rfp|rfq|itt|criteria|scoring)\b[^.!?\n]{0,40}?\b(?:written|drafted|shaped|tailored|built|framed|worded|designed|write|draft|shape|tailor|word)\b[^.!?\n]{0,20}?\b(?:around (?:us|our|ourco|what we (?:do|offer|sell|have|build))|to (?:suit|fit|favou?r|match) (?:us|our|ourco)|so (?:that )?only (?:we|ourco|our)|in our favou?r)', keywords: ['around us', 'around our', 'around ourco', 'around what', 'suit us', 'fit us', 'favour us', 'favor us', 'match us', 'suit our', 'fit our', 'match our', 'only we', 'only ourco', 'only our', 'our favour', 'our favor']}
      - {regex: '\b(?:before|ahead of) (?:the|your|any) (?:tender|rfp|rfq|itt|procurement exercise|competition)\b[^.!?\n]{0,80}?\b(?:around (?:us|our)|only (?:we|ourco) (?:can|could|would)|(?:lock|sew|stitch) (?:it|this) up|in our favou?r|favou?rs us|a done deal|a formality)', keywords: ['before the', 'before your', 'before any', 'ahead of']}
      - {regex: '\b(?:i|we)(?:''ll| will| can| could)? (?:draft|write|shape|prepare) (?:the |your )?(?:tender|rfp|rfq|itt|spec|specification|requirements)\b[^.!?\n]{0,50}?\bso (?:that )?only (?:we|ourco|our)\b', keywords: ['so only', 'so that only']}
      - {regex: '\b(?:write|writing|draft|drafting|shape|shaping|tailor|tailoring|word|wording|frame|framing)(?: up)? (?:the |your )?(?:tender|rfp|rfq|itt|spec|specification|requirements|criteria|scoring)\b[^.!?\n]{0,20}?\b(?:around (?:us|our|ourco|what we (?:do|offer|sell|have|build))|to (?:suit|fit|favou?r|match) (?:us|our)|so (?:that )?only (?:we|ourco|our)|in our favou?r)', keywords: ['around us', 'around our', 'around ourco', 'around what', 'suit us', 'fit us', 'favour us', 'favor us', 'match us', 'suit our', 'fit our', 'match our', 'only we', 'only ourco', 'only our', 'our favour', 'our favor']}
    message: 'rigging a tender in our favour: "{match}"'
    examples:
      fire:
        - 'Let''s agree the terms now, before the tender is published, so the spec can be written around us.'
        - 'If we settle pricing before the RFP goes out, your team can write the requirements around our product.'
        - 'I can draft the tender specification for you so only we can meet it.'
        - 'Let''s get the scoring criteria tailored to suit us before the tender goes live.'
      pass:
        - 'Happy to respond to the tender when it''s published.'
        - 'Let me know when the tender goes live and we''ll submit a response.'
        - 'Our product is built around your kind of workflow, so the demo should feel familiar.'
        - 'We wrote the implementation plan around your go-live date.'
        - 'Before the tender, happy to answer any market-engagement questions your team publishes to all suppliers.'
  - id: tone.renewal-threat
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a renewal pushed with threats: the rate frozen only if they renew today, the workspace locked or the data purged if it lapses, tickets deprioritised if the renewal is late. Retention stated as policy (kept 30 days after the contract ends, per the DPA) passes.'
    patterns:
      - {regex: '\b(?:we|i|ourco)(?: shall| will|''ll| can| cannot|''d)? (?:not|no longer|n''t) (?:be )?(?:held )?(?:responsible|liable|accountable) for (?:whatever|anything that|what(?:ever)?|any(?:thing)? (?:that )?(?:happens|may happen|might happen|goes wrong))\b', keywords: ['responsible', 'liable', 'accountable']}
      - {regex: '\b(?:should|if) (?:you|[\w&.''’ -]{2,40}?) (?:decide|choose|go|goes|decides|chooses|opt|opts) (?:to go )?(?:with|for) (?:another|a different|a competing|someone else|an alternative)\b[^.!?\n]{0,80}?\b(?:can''t|cannot|can not|won''t|will not|may not|unable to|not be able to) (?:promise|guarantee|continue|keep|support|maintain)\b|\bif (?:the )?(?:contract|order|agreement|renewal|po) (?:is not|isn''t|has not been|hasn''t been|is n''t) signed\b[^.!?\n]{0,60}?\b(?:escalate|collections?|suspend|cut off|terminate|legal action|penalt\w*)\b', keywords: ['another', 'a different', 'a competing', 'someone else', 'an alternative', 'signed']}
      - {regex: '\b(?:laps(?:e|es|ed|ing)|(?:is|are)n''t renewed|(?:is|are) not renewed|(?:don''t|do not|doesn''t|fail to|forget to) renew|miss(?:es)? the renewal(?: date)?|renewal (?:is|comes in|arrives|goes in|runs) late|renewal (?:slips|is delayed|is held up)|renewal (?:doesn''t|does not|isn''t|is not|hasn''t|has not) (?:come through|come in|arrive|happen|land|been signed)|late renewals?|renew late|(?:don''t|do not) (?:have|get|receive) (?:the|your) renewal|renewal (?:isn''t|is not) (?:signed|in|back|done))\b[^.!?\n]{0,90}?\b(?:(?:switch|turn|shut|cut)(?:ing|ting)? (?:off|down) (?:your |the )?(?:account|workspace|access|service|platform|instance)|(?:workspace|account|platform|access|system|instance|tenant)s? (?:will )?locks?\b(?! in)|suspend(?:ed|s)?(?: your| the)?(?: workspace| account| access| service)?|(?:lose|loses|losing) priority(?: support)?|(?:be |get |is |are |gets )?locked(?: out)?|lock(?:ed)? you out|los(?:e|es|ing) (?:all )?access|switched off|shut (?:off|down)|cut off|suspended|disabled|purged|(?:permanently |automatically )?(?:deleted|wiped|erased|destroyed)|delete(?:s|d)? everything|wipe(?:s|d)? everything|gone for good|gone forever|lost forever|unrecoverable|archived|(?:can''t|cannot|can not) (?:promise|guarantee)(?: (?:it|they|that|the data|your data))?(?: will| would)? (?:be )?(?:recoverable|restorable|retrievable)|(?:can''t|cannot|can not|won''t) be (?:recovered|restored|retrieved)|no way to (?:get it back|recover|restore)|deprioriti[sz]ed|(?:no longer|won''t be|will not be|not be|stop being) prioriti[sz]ed|back of the queue|bottom of the queue)', keywords: ['laps', 'renew']}
      - {regex: '\b(?:(?:switch|turn|shut|cut)(?:ing|ting)? (?:off|down) (?:your |the )?(?:account|workspace|access|service|platform|instance)|(?:workspace|account|platform|access|system|instance|tenant)s? (?:will )?locks?\b(?! in)|suspend(?:ed|s)?(?: your| the)?(?: workspace| account| access| service)?|(?:lose|loses|losing) priority(?: support)?|(?:be |get |is |are |gets )?locked(?: out)?|lock(?:ed)? you out|los(?:e|es|ing) (?:all )?access|switched off|shut (?:off|down)|cut off|suspended|disabled|purged|(?:permanently |automatically )?(?:deleted|wiped|erased|destroyed)|delete(?:s|d)? everything|wipe(?:s|d)? everything|gone for good|gone forever|lost forever|unrecoverable|archived|(?:can''t|cannot|can not) (?:promise|guarantee)(?: (?:it|they|that|the data|your data))?(?: will| would)? (?:be )?(?:recoverable|restorable|retrievable)|(?:can''t|cannot|can not|won''t) be (?:recovered|restored|retrieved)|no way to (?:get it back|recover|restore)|deprioriti[sz]ed|(?:no longer|won''t be|will not be|not be|stop being) prioriti[sz]ed|back of the queue|bottom of the queue)\b[^.!?\n]{0,40}?\b(?:the moment|as soon as|if|when|once|unless|the day)\b[^.!?\n]{0,30}?\b(?:(?:laps(?:e|es|ed|ing)|(?:is|are)n''t renewed|(?:is|are) not renewed|(?:don''t|do not|doesn''t|fail to|forget to) renew|miss(?:es)? the renewal(?: date)?|renewal (?:is|comes in|arrives|goes in|runs) late|renewal (?:slips|is delayed|is held up)|renewal (?:doesn''t|does not|isn''t|is not|hasn''t|has not) (?:come through|come in|arrive|happen|land|been signed)|late renewals?|renew late|(?:don''t|do not) (?:have|get|receive) (?:the|your) renewal|renewal (?:isn''t|is not) (?:signed|in|back|done))|you (?:don''t|do not) renew|you renew)', keywords: ['laps', 'renew']}
      - {regex: '\b(?:rate|price|pricing|discount|terms)\b[^.!?\n]{0,40}?\b(?:frozen|locked|held|kept|protected|fixed)\b[^.!?\n]{0,20}?\bonly if you (?:renew|sign|commit)|\bonly (?:freeze|hold|keep|lock|protect|fix) (?:your|the) (?:current |existing )?(?:rate|price|pricing|discount|terms)\b[^.!?\n]{0,10}?\bif you (?:renew|sign|commit)[^.!?\n]{0,40}?\b(?:today|tonight|tomorrow|this week|now|by)\b', keywords: ['only if', 'only freeze', 'only hold', 'only keep', 'only lock', 'only protect', 'only fix']}
      - {regex: '\b(?:otherwise|or else|if not|from tomorrow|after (?:today|tonight|friday|that|this week))\b[^.!?\n]{0,30}?\b(?:the |a )?full (?:\d+(?:\.\d+)?% )?(?:uplift|increase|price rise|rise|list price)\b', keywords: ['uplift', 'full increase', 'full price rise', 'full rise', 'full list']}
    exceptions:
      - '\b(?:won''t|will not|never|don''t|do not|doesn''t|does not|wouldn''t|would not) (?:\w+ )?(?:switch|turn|shut|cut|lock|suspend|delete|purge|wipe|remove|lose|deprioriti[sz]e)\b|\b(?:don''t worry|no problem|nothing changes|(?:stays?|remains?) (?:active|open|intact|available))\b'
      - '\b(?:per|under|as set out in|in line with|according to|as described in) (?:the|our|your) (?:dpa|retention policy|data (?:processing|retention)|contract|agreement|terms|policy|sla)\b|\b(?:kept|retained|held) for \d+ days\b|\bexport (?:all )?(?:your )?data\b'
    message: 'a renewal pushed with a threat: "{match}"'
    examples:
      fire:
        - 'The current rate is frozen only if you renew today; otherwise the full uplift applies.'
        - 'If the renewal runs late, we''ll have to switch off your account on Monday.'
        - 'Just a heads-up: if the renewal doesn''t come through by Friday, the workspace locks on Monday morning.'
        - 'If your subscription lapses, your data will be purged and can''t be recovered.'
        - 'If the renewal is late, your open tickets won''t be prioritised any more.'
        - 'Your account will be locked the moment the contract lapses, so please renew now.'
        - 'Let it lapse and your data is gone for good.'
      pass:
        - 'Your data is kept for 30 days after the contract ends, per the DPA.'
        - 'If the renewal runs late, don''t worry; we won''t switch off your account while procurement finishes.'
        - 'If the renewal doesn''t come through by Friday, no problem; your access continues and we''ll chase procurement.'
        - 'Per our retention policy, data is deleted 90 days after the contract ends.'
        - 'If you decide not to renew, you can export all your data beforehand.'
        - 'A reminder that your subscription renews on 12 May; no action is needed.'
        - 'Open tickets stay open through the renewal, so nothing changes for your team.'
        - 'If you don''t renew, your account switches to read-only for 30 days so you can export everything, as set out in the agreement.'
  - id: tone.reciprocity-debt
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a favour turned into a debt: I went to bat with finance, it would be awkward for me if it went nowhere; after we covered your workshop I''d hope we could count on your support. A discount or free pilot stated plainly passes.'
    patterns:
      - {regex: '\b(?:went to bat|go to bat|stuck my neck out|put my neck (?:on the line|out)|called in (?:a lot of |a few |some |every )?favou?rs|fought (?:hard|tooth and nail|for (?:this|it|you))|pulled (?:a lot of |some )?strings|went out on a limb|put my (?:reputation|credibility|name) on the line|twisted (?:some )?arms|begged my (?:boss|manager|vp|director))\b[^.!?\n]{0,100}?\b(?:awkward|embarrass\w*|tough spot|difficult position|tricky position|look bad|bad on me|hang me out|leave me hanging|counting on you|count on you|return the favou?r|owe|let me down|went nowhere|goes nowhere|comes? to nothing|came to nothing|nothing comes of it|walk(?:ed)? away|disappoint\w*|don''t make me regret)', keywords: ['bat', 'neck', 'favour', 'favor', 'fought', 'strings', 'limb', 'on the line', 'arms', 'begged']}
      - {regex: '\b(?:we(?:''ve| have)?|having|after (?:all )?we(?:''ve| have)?) (?:covered|paid for|funded|gave you|given you|done|did|provided|comped|waived|thrown in|threw in|built|sponsored|hosted|invested)\b[^.!?\n]{0,80}?\b(?:count on your (?:support|vote|backing)|expect your (?:support|vote|backing)|expect you to (?:back|support|vote)|return the favou?r|you owe|only fair (?:that|to)|fair to expect|hope (?:we (?:could|can) count on|for your (?:support|vote))|back us (?:at|in|with|on)|your (?:support|vote|backing) (?:at|in|with|on) (?:committee|the committee|the board|evaluation|the panel|the vote|selection))', keywords: ['count on', 'expect your', 'expect you', 'return the favour', 'return the favor', 'owe', 'only fair', 'fair to expect', 'hope', 'back us', 'your support', 'your vote', 'your backing']}
      - {regex: '\byou owe (?:us|me)(?: one| a favou?r| that much)?\b|\b(?:awkward|embarrassing|a tough spot|a difficult position|a tricky position|look bad|bad) (?:for|on) me\b[^.!?\n]{0,40}?\bif\b[^.!?\n]{0,40}?\b(?:went nowhere|goes nowhere|came to nothing|comes to nothing|fell through|falls through|you (?:walk|walked|don''t|didn''t|pass|passed|go with|went with)|nothing (?:comes|came) of it)', keywords: ['you owe', 'for me', 'on me']}
      - {regex: '\b(?:(?:went|gone|going|go) out of (?:our|my) way|(?:bent|bend|bending) over backwards|(?:went|gone|go) (?:above and beyond|the extra mile)|(?:bent|bend) the rules|made an exception|(?:extended|extending) (?:your|the) (?:trial|pilot|evaluation|poc|proof of concept|discount|deadline)|waived|waiving|as a (?:favou?r|courtesy|goodwill gesture)|how flexible we(?:''ve| have) been|(?:done|did) (?:a lot|so much) for you|(?:everything|all) we(?:''ve| have) done for you)\b[^.!?\n]{0,100}?\b(?:only fair (?:that |for )?(?:we|i|us|you)?[^.!?\n]{0,25}?\b(?:decision|answer|commitment|signature|yes|go-ahead|reply|response|sign|commit|decide|return the favou?r|something back)|(?:the )?least you (?:could|can) do|in return\b[^.!?\n]{0,40}?\b(?:decision|answer|commitment|signature|yes|go-ahead|commit|sign)|(?:decision|answer|commitment|signature|yes) in return|your turn to|(?:we|i)(?:''ve| have) earned (?:a|an|your|the)|(?:expect|deserve|are owed) (?:a |an |your )?(?:firm |final |quick |clear )?(?:decision|answer|commitment|signature|yes|reply|go-ahead|response)|return the favou?r)', keywords: ['only fair', 'least you', 'in return', 'your turn', 'earned', 'expect', 'deserve', 'owed', 'return the favour', 'return the favor']}
    exceptions:
      - '${DEBT_DISOWNED}'
    message: 'a favour turned into a debt: "{match}"'
    examples:
      fire:
        - 'I went to bat with finance for this discount, so it would be awkward for me if it went nowhere.'
        - 'Having covered the cost of your pilot licences and the workshop, we''d hope to count on your support at the steering committee.'
        - 'After we covered your workshop and pilot licences, I''d hope we could count on your support at committee.'
        - 'I stuck my neck out to get this approved, so I''m counting on you to return the favour.'
        - 'We gave you the pilot for free, so I think it''s fair to expect your vote.'
        - 'You owe us one after the free integration work.'
        - 'Since we went out of our way to extend your trial twice, it''s only fair we get a decision this week.'
        - 'We bent over backwards on the pricing, so I think it''s only fair to expect an answer by Friday.'
        - 'Given that we made an exception for you on the payment terms, I''d expect a commitment this week in return.'
        - 'After extending your pilot twice, the least you could do is give us a yes or no by Friday.'
        - 'We''ve gone above and beyond for your team, so it''s only fair that we get a decision before month end.'
        - 'Having waived the setup fee as a favour, we''d really appreciate a commitment in return this week.'
        - 'We extended your trial twice as a courtesy; in return, I''d ask for a firm answer by Thursday.'
        - 'We''ve bent the rules for you on the discount, so now it''s your turn to give us a signature.'
        - 'We''ve done a lot for you over the last month, and I think we''ve earned a decision.'
        - 'Considering how flexible we''ve been, it''s only fair you return the favour with a commitment this quarter.'
      pass:
        - 'If the criteria aren''t met, we''ll say so plainly and you owe us nothing.'
        - 'I asked finance for a better rate and they agreed to 10% off.'
        - 'Having hosted your team at our office, we''d love to hear what they thought.'
        - 'We covered the pilot licences, as agreed in the pilot terms.'
        - 'We''re happy to cover the workshop costs, with no obligation.'
        - 'Happy to return the favour if you ever need a reference from us.'
        - 'I managed to get the discount approved; details are in the quote.'
        - 'We covered the travel costs, and there''s no expectation of anything in return.'
        - 'We extended your trial by two weeks so your team could finish testing.'
        - 'We''re happy to make an exception on the payment terms; details are in the revised quote.'
        - 'We went out of our way to get the integration ready for your pilot, and we''re glad it helped.'
        - 'It''s only fair to mention that the reporting module is still in beta.'
        - 'We''ve extended your trial twice, and we''re happy to extend it again if you need more time.'
        - 'Having waived the setup fee, the total is now £12,000 a year.'
        - 'We went above and beyond on the migration, and your team''s feedback made it easy.'
        - 'In return for a case study, we can offer 5% off, entirely optional.'
        - 'It''s only fair that you get a full refund if the pilot doesn''t meet the criteria we agreed.'
        - 'We''ve made an exception for you on the start date, so there''s no rush on the paperwork.'
        - 'We went out of our way to make the trial easy, so your team should have everything they need to decide in their own time.'
        - 'We went above and beyond on the migration, and your team''s feedback made it easy.'
  - id: tone.partner-leverage
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a channel partner''s deal registration, co-marketing funds or margin made conditional on pushing our product. The programme''s benefits stated as published terms pass.'
    patterns:
      - {regex: '\b(?:deal[- ]registration|deal[- ]reg|deal protection|registration protection|co-?marketing (?:funds?|money|budget|dollars|spend)|mdf|market development funds?|partner (?:rebates?|tier|status|discount|margin)|rebates?)\b[^.!?\n]{0,80}?\b(?:only (?:holds|applies|stays|available|if)|as long as|so long as|provided (?:that )?(?:you|your)|tied to|linked to|if you (?:keep|lead|push|steer|recommend|position|prioriti[sz]e|put)|once you (?:steer|push|lead|recommend|switch|move)|depends? on|dependent on|on condition|conditional on|you(?:''ll| will) (?:need|have) to|you must)\b[^.!?\n]{0,60}?\b(?:push\w*|lead\w* with|steer\w*|recommend\w*|position\w*|prioriti[sz]\w*|exclusive\w*|over theirs|instead of|us first|ours first|sell(?:ing)? (?:us|our)|hardest)', keywords: ['deal reg', 'deal-reg', 'deal protection', 'registration protection', 'marketing', 'mdf', 'market development', 'partner', 'rebate']}
      - {regex: '\b(?:keep|as long as you|so long as you|provided you|if you keep)\b[^.!?\n]{0,10}?\b(?:push\w*|lead\w* with|steer\w*|recommend\w*|position\w*|prioriti[sz]\w*|sell\w*) (?:us|our)\b[^.!?\n]{0,60}?\b(?:deal[- ]registration|deal reg|deal protection|mdf|co-?marketing|rebates?|margin)\b', keywords: ['keep', 'as long as', 'so long as', 'provided']}
      - {regex: '\bpartners? (?:who|that) (?:push|sell|lead with|recommend|prioriti[sz]e|steer (?:clients|customers) (?:to|towards)) (?:us|our)\b[^.!?\n]{0,60}?\b(?:deal (?:protection|registration)|mdf|co-?marketing|rebates?|margin)', keywords: ['partner']}
    message: 'partner benefits tied to pushing our product: "{match}"'
    examples:
      fire:
        - 'Your deal registration protection only holds if you keep pushing our product over theirs.'
        - 'Your deal-reg protection is tied to pushing our product rather than theirs.'
        - 'The co-marketing funds are available as long as you lead with our platform in every pitch.'
        - 'We''ll release the MDF once you steer your clients towards us instead of the competitor.'
        - 'Partners who push our product hardest get the deal protection; the others lose it.'
      pass:
        - 'Deal registration protects your margin for 90 days, as set out in the partner agreement.'
        - 'As a gold partner, you get co-marketing funds and deal registration, per the partner guide.'
        - 'Co-marketing funds are available to all gold partners, per the programme guide.'
        - 'You can register the deal in the partner portal.'
        - 'The MDF request form is attached; approvals take about a week.'
        - 'Happy to join a co-marketing webinar with your team.'
  - id: tone.competitor-disparagement
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'running a competitor down: rumours about a rival''s finances or layoffs, their product held together with tape, the dinosaurs or clowns over at a rival, a rival''s product from the stone age. A neutral comparison or a published fact passes.'
    patterns:
      - {regex: '\b(?:their|rival''s|rivals''|competitor''s|competitors''|the other vendor''s|the incumbent''s|[a-z]+''s)(?: [\w-]+){0,2} (?:platform|product|codebase|code|system|software|stack|tool|app|solution|tech|technology|infrastructure|back[- ]?end|front[- ]?end|integration layer|integration)s?\b[^.!?\n]{0,20}?\b(?:is|are|''s|''re)(?: \w+)? held together (?:with|by)\b', keywords: ['held together']}
      - {regex: '\b(?:i''ve heard|i have heard|i hear|i''m hearing|i am hearing|word is|word on the street|rumou?rs?|the rumou?r|apparently|between us|between you and me|from what i hear|people are saying|heard (?:that|whispers))\b[^.!?\n]{0,80}?\b(?:struggl\w+ to (?:make payroll|pay|raise|stay afloat|survive)|make payroll|go(?:ing|es)? bust|go(?:ing|es)? under|bankrupt\w*|insolven\w*|into administration|receivership|run(?:ning)? out of (?:money|cash|runway)|(?:finances|books|balance sheet) (?:are|is) (?:a mess|in trouble|shaky|in a state)|not be around|won''t be around|(?:investors?|backers?) (?:are )?(?:pulling out|walking away|bailing)|laying off|lay(?:ing)? people off|layoffs|cash (?:problems|troubles|crunch)|in (?:financial )?trouble|fire sale|on the brink|about to be (?:acquired|sold|shut down|wound down)|(?:product|platform|roadmap) (?:will be|is being|is going to be|''s being|gets) (?:shelved|killed|discontinued|sunset|mothballed))', keywords: ['heard', 'hear', 'word is', 'word on', 'rumour', 'rumor', 'apparently', 'between us', 'between you', 'saying']}
      - {regex: '\b(?:they(?:''re| are)|(?:your )?(?:current |existing |old )?(?:provider|vendor|supplier|incumbent(?: supplier| vendor| provider)?|competitor|rival)(?:''s)?(?: [\w-]+)?(?: is|''s| are)|their (?:company|business|platform|product|support|service|team|software|system|tool|app|offering|roadmap|tech)(?: is|''s| are)|(?:the )?(?:other|incumbent) (?:vendor|supplier|provider)(?: is|''s)|staying with them is|they)\b(?: \w+){0,3}? (?:(?:a |an )?(?:sinking ship|dumpster fire|train ?wreck|car crash|shambles|joke|laughing ?stock|house of cards|total mess|complete mess|mess|disaster|cowboys|clowns|amateurs|junk|garbage|rubbish|trash)|on (?:its|their) last legs|circling the drain|dead in the water|like rearranging (?:the )?deck ?chairs)\b', keywords: ['sinking ship', 'dumpster', 'train', 'wreck', 'car crash', 'shambles', 'joke', 'laughing', 'house of cards', 'mess', 'disaster', 'cowboys', 'clowns', 'amateurs', 'junk', 'garbage', 'rubbish', 'trash', 'last legs', 'circling', 'dead in the water', 'deck']}
      - {regex: '\b(?:their|its|the incumbent''s|your (?:current |existing )?(?:provider|vendor|supplier)''s) (?:customers|clients|users)\b[^.!?\n]{0,20}?\b(?:jumping (?:ship|off)|fleeing|abandoning|deserting|bailing|leaving in droves|running for the exits|heading for the exits)\b|\b(?:customers|clients|users)\b[^.!?\n]{0,10}?\b(?:are|have been) (?:fleeing|deserting|abandoning|jumping ship from|bailing on|leaving) (?:them|your (?:current |existing )?(?:provider|vendor|supplier)|the incumbent)\b', keywords: ['jumping', 'fleeing', 'abandoning', 'deserting', 'bailing', 'droves', 'exits', 'leaving']}
      - {regex: '\b(?:they|your (?:current |existing )?(?:provider|vendor|supplier)|the incumbent|the other vendor)\b[^.!?\n]{0,20}?\b(?:won''t|will not|might not|may not|aren''t going to|isn''t going to) (?:be around|exist|survive|last|still be here)\b[^.!?\n]{0,20}?\b(?:next year|much longer|long|another year|in a year|by (?:next|the end))', keywords: ['be around', 'exist', 'survive', 'last', 'still be here']}
      - {regex: '\b(?:rearranging|rearrange) (?:the )?deck ?chairs on the titanic\b|\bwouldn''t trust (?:them|their \w+) with\b[^.!?\n]{0,30}?\b(?:cowboys|clowns|amateurs|a joke)\b', keywords: ['deckchairs', 'deck chairs', 'trust them', 'trust their']}
      - {regex: '\b(?:the|those|these|a bunch of|bunch of|that bunch of|such) (?:[\w-]+ )?(?:dinosaurs|dinosaur|clowns|cowboys|amateurs|idiots|muppets|jokers|cavemen|morons|fools|monkeys|losers|dinos) (?:over )?(?:at|from|in|running|who (?:run|build|make|sell|sold))\b(?! (?:the )?(?:museum|natural history|exhibition|park|zoo|gallery|circus)\b)|\bcompared (?:to|with) (?:the |those |these )?(?:[\w-]+ )?(?:dinosaurs|clowns|cowboys|amateurs|idiots|muppets|jokers|cavemen|morons|dinos)\b', keywords: ['dinosaur', 'clowns', 'cowboys', 'amateurs', 'idiots', 'muppets', 'jokers', 'cavemen', 'morons', 'fools', 'monkeys', 'losers', 'dinos']}
      - {regex: '\b(?:they|their (?:[\w-]+ )?(?:product|platform|software|tool|system|tech|technology|company|app|solution|offering)|[a-z][\w-]*''s (?:[\w-]+ )?(?:product|platform|software|tool|system|tech|technology|app|solution)|(?:the|your) (?:current|existing|old|legacy|other) (?:vendor|provider|supplier|system|tool|platform|software)(?:''s [\w-]+)?) (?:is|are|''s|''re|looks|look|feels|feel|seems|seem)(?: [\w''-]+){0,3}? (?:(?:stuck )?(?:in|from) the (?:stone age|dark ages|jurassic(?: era| period)?|ice age)|prehistoric|stone-age|a museum piece|a relic|a dinosaur|dinosaurs|jurassic)\b', keywords: ['stone age', 'dark ages', 'jurassic', 'ice age', 'prehistoric', 'stone-age', 'museum piece', 'relic', 'dinosaur']}
      # Idioms of contempt: "their claims module is held together with duct tape and their support team couldn't find a bug if it bit them" (development set HE).
      - {regex: '\bheld together (?:with|by) (?:duct tape|gaffer tape|sticky tape|sellotape|string|chewing gum|glue|spit|hope|prayers?|paper ?clips|band-?aids?)\b|\b(?:couldn''t|could not|can''t|cannot|wouldn''t) (?:find|spot|fix|see|recognise|recognize|catch) (?:a|an|the) [\w-]+ if (?:it|one|they) (?:bit|hit|slapped|kicked) (?:them|him|her|you)\b', keywords: ['held together', 'if it bit', 'if it hit', 'if it slapped', 'if it kicked', 'if one bit', 'if they bit']}
      # "RosterPro is a toy – fine for a coffee shop" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:is|are|looks like|feels like) (?:a|just a|basically a|little more than a) toys?\b|\bfine for a (?:coffee shop|corner shop|lemonade stand|hobby|side project|food truck|small café|small cafe)\b', keywords: ['toy', 'coffee shop', 'corner shop', 'lemonade stand', 'hobby', 'side project', 'food truck', 'café', 'cafe'], firm: true}
      # Mocking a competitor: "an app that crashes more often than it syncs", "fine, I suppose, if you enjoy raising tickets into a void", "their support team is basically a chatbot", "looks like it was designed in 2003", "famous for outlasting the buildings" (thirty-fifth session, development sets JA and JB)
      - {regex: '\b(?:crashes|breaks|goes down|fails|falls over|freezes) more (?:often )?than it (?:works|syncs|runs|loads|saves|does anything)\b', keywords: ['more often than', 'more than it'], firm: true}
      - {regex: '\b(?:is|are) fine,? i suppose,? if you (?:enjoy|like|love|don''t mind)\b', keywords: ['i suppose'], firm: true}
      - {regex: '\b(?:their|its) (?:support|service|product|app|software|platform|implementation) (?:team |desk )?(?:is|are) (?:basically|just|essentially|little more than|nothing more than) an?\b', keywords: ['basically', 'just', 'essentially', 'little more than', 'nothing more than'], firm: true}
      - {regex: '\blooks like it was (?:designed|built|made|written) (?:in (?:19|20)\d\d|in the (?:\d0s|nineties|eighties)|by someone who)\b', keywords: ['looks like it was'], firm: true}
      - {regex: '\bfamous for (?:outlasting|taking longer than|never finishing|running over)\b', keywords: ['famous for'], firm: true}
    exceptions:
      - '\b(?:according to (?:their|the|its) (?:press release|announcement|filing|accounts|website|statement|blog)|(?:announced|published|filed|reported) (?:publicly|in (?:their|its))|press release)\b'
    message: 'running a competitor down: "{match}"'
    examples:
      fire:
        - 'Next to the cowboys at LegacySoft, we look like rocket scientists.'
        - 'Honestly, their platform feels like it''s from the stone age.'
        - 'Compared to those dinosaurs, our interface is a dream.'
        - 'I''ve heard rumours that Rival is struggling to make payroll.'
        - 'Word is their finances are a mess and they may not be around next year.'
        - 'Their platform is held together with tape.'
        - 'Between us, their investors are pulling out.'
        - 'Your current provider is frankly a sinking ship.'
        - 'Their customers are jumping off as fast as they can.'
        - 'Honestly, they''re a dumpster fire right now.'
        - 'They won''t be around next year, so I wouldn''t sign anything long-term with them.'
        - 'Customers are fleeing your current vendor in droves.'
        - 'Their platform is a total mess and everyone in the industry knows it.'
        - 'Your incumbent supplier is a train wreck when it comes to support.'
        - 'Their support is a joke, frankly.'
        - 'The other vendor is on its last legs.'
        - 'Staying with them is like rearranging deckchairs on the Titanic.'
        - 'I wouldn''t trust them with your data; they''re cowboys.'
      pass:
        - 'We took the kids to see the dinosaurs at the Natural History Museum.'
        - 'Compared with LegacySoft, we offer native SSO and a lower entry price.'
        - 'Rival is a solid product; the main difference is our reporting.'
        - 'I''ve heard good things about their support team.'
        - 'The cable was held together with tape, so we replaced it during the install.'
        - 'Rival announced layoffs last month, according to their press release; it doesn''t change our roadmap.'
        - 'Apparently the webinar recording is now on our site.'
        - 'Many customers switch to us from Rival because of our reporting.'
        - 'Rival is strong on scheduling; where we differ is payroll integration.'
        - 'Our support response time is four hours; theirs is published as one business day.'
        - 'Their customers often ask us about migration, so we''ve written a guide.'
        - 'I''d suggest asking both vendors for references so you can compare.'
        - 'Our old server room was a dumpster fire before we moved to the cloud.'
        - 'We''re not going anywhere: we''ve been profitable for six years.'
        - 'Their team was very responsive during the tender, to be fair.'
        - 'If you''re happy with your current provider, that''s great; here''s what we''d do differently.'
        - 'Several of their former customers now use us, and we''re happy to connect you with one.'
        - 'The Titanic exhibition in Belfast is worth a visit if you''re over for the conference.'
  - id: tone.free-framing
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a paid price framed as free: list is £180k so at £45k you''re essentially getting it for free. A genuinely free tier, trial or included training passes.'
    patterns:
      - {regex: '\b(?:essentially|basically|practically|virtually|effectively|pretty much|more or less|as good as|all but|near enough)(?: getting| get| paying)?(?: (?:it|the (?:whole |entire )?(?:platform|product|thing|lot|suite|package|licen[cs]es?)))?(?: for| at)? (?:free|nothing|a steal|a giveaway|zero|peanuts|pennies)\b|\b(?:basically|practically|essentially|effectively|virtually) (?:a )?(?:giveaway|gift|free money)\b', keywords: ['free', 'nothing', 'steal', 'giveaway', 'zero', 'peanuts', 'pennies', 'gift']}
    message: 'a paid price framed as free: "{match}"'
    examples:
      fire:
        - 'List is £180k, so at £45k you''re essentially getting it for free.'
        - 'At this price you''re basically getting it for nothing.'
        - 'Compared with list, it''s practically free.'
      pass:
        - 'Our list price is £180k, and we can offer £150k for a three-year term.'
        - 'The starter plan is free for up to five users.'
        - 'There''s a free trial for 14 days, no card needed.'
        - 'Training is included for free with every plan.'
  - id: tone.comparison-discouraged
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'talking the buyer out of comparing vendors: don''t spend time on other demos, you''ve seen the best; no need to look at anyone else. Inviting a comparison, or no need to book another of our demos, passes.'
    patterns:
      - {regex: '\b(?:don''t|do not|no need to|no point(?: in)?|needn''t|don''t bother|save yourself the (?:trouble|time|hassle) of|not worth|why bother|why waste time)\b[^.!?\n]{0,15}?\b(?:spend(?:ing)? (?:time|any time|more time|your time) (?:on|with)|wast(?:e|ing) (?:your )?time (?:on|with)|look(?:ing)? at|bother(?:ing)? with|sit(?:ting)? through|evaluat(?:e|ing)|compar(?:e|ing)|talk(?:ing)? to|see(?:ing)?|tak(?:e|ing)|book(?:ing)?|entertain(?:ing)?)\b (?:any )?(?:other|competing|alternative|rival|more) (?:demos?|vendors?|suppliers?|providers?|options|tools|platforms|solutions|products|pitches|bids)\b', keywords: ['other', 'competing', 'alternative', 'rival', 'more']}
      - {regex: '\b(?:don''t|do not|no need to|needn''t|no point(?: in)?|don''t bother|no reason to)\b[^.!?\n]{0,15}?\b(?:shop(?:ping)? around|look(?:ing)? elsewhere|look(?:ing)? any further|evaluat(?:e|ing) anyone else|compar(?:e|ing) us (?:with|to|against) anyone|talk(?:ing)? to anyone else|see(?:ing)? anyone else)\b', keywords: ['around', 'elsewhere', 'further', 'anyone']}
    exceptions:
      - '\b(?:do compare|please compare|happy for you to compare|welcome to compare|take your time)\b'
    message: 'talking the buyer out of comparing vendors: "{match}"'
    examples:
      fire:
        - 'Don''t spend time on other demos, you''ve seen the best.'
        - 'No need to look at other vendors; nothing else comes close.'
        - 'There''s really no point comparing us with anyone else.'
        - 'Don''t bother shopping around, you won''t find anything better.'
      pass:
        - 'Please do compare us with other vendors; here''s a checklist that might help.'
        - 'Take your time with the other demos; we''re here when you''re ready.'
        - 'There''s no need to book another demo; the recording covers it.'
        - 'No need to prepare anything for the demo.'
        - 'I''d suggest seeing a couple of other demos so you can compare.'
  - id: tone.consistency-trap
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'the readers own stated priority used to corner them: you told me security mattered most, so surely the only logical next step is to sign; it would be inconsistent of you to delay. Recapping their priority and proposing a call passes.'
    patterns:
      - {regex: '\b(?:you (?:told me|said|mentioned|stressed|were clear|made (?:it )?clear|emphasi[sz]ed|insisted|were adamant)|you(?:''ve| have) (?:told me|said|stressed)|by your own (?:words|admission)|in your (?:own )?words|as you said yourself|you said yourself|you yourself said|as much as you said)\b[^.!?\n]{0,120}?\b(?:(?:only (?:one )?(?:logical|consistent|sensible|rational|reasonable|natural|honest)\b|(?:inconsistent|contradictory|hypocritical|illogical)\b|contradict\w*|(?:can''t|cannot) see how you (?:could|can|would)\b|surely you(?:''ll| will| would|''d)? agree\b|surely the (?:logical|consistent|sensible|obvious) (?:next step|thing|choice|move)\b|(?:would|''d) be (?:odd|strange|a bit odd|inconsistent) (?:not )?to\b|there''s only one (?:answer|decision|choice|option)\b)[^.!?\n]{0,60}?\b(?:sign|signing|signed|signature|go(?:ing)? ahead|commit\w*|mov(?:e|ing) forward|proceed\w*|yes|decision|decide|buy|purchase|order form|contract|delay\w*|wait\w*|hold(?:ing)? off|say(?:ing)? no|walk(?:ing)? away|anything else|choice|move|option|answer)\b|anything (?:other than|but|short of) (?:a )?(?:yes|signing|going ahead)\b[^.!?\n]{0,30}?\b(?:contradict\w*|inconsistent|odd|strange|makes? no sense))', keywords: ['only logical', 'only one', 'only consistent', 'only sensible', 'only rational', 'only reasonable', 'only natural', 'only honest', 'inconsistent', 'contradict', 'hypocritical', 'illogical', 'see how you', 'surely', 'odd', 'strange', 'anything other', 'anything but', 'anything short']}
      - {regex: '\bthe only (?:logical|consistent|rational) (?:next step|thing to do|choice|decision|conclusion|move)\b[^.!?\n]{0,20}?\b(?:is|would be) to (?:sign|commit|go ahead|proceed|buy|move forward|say yes)\b', keywords: ['only logical', 'only consistent', 'only rational']}
    message: 'the readers stated priority used to corner them: "{match}"'
    examples:
      fire:
        - 'You told me security mattered most, so surely you''ll agree the only logical next step is to sign.'
        - 'You said reliability was your top priority, so the only consistent thing to do is to go ahead this week.'
        - 'Since you mentioned cost control was your number one concern, I''m sure you''d agree that signing now is the only sensible choice.'
        - 'You were clear that patient safety comes first, so I can''t see how you could justify not moving forward.'
        - 'Given you told me uptime is non-negotiable, it would be inconsistent of you to delay the decision.'
        - 'You said on our call that speed was what mattered most, so surely the logical next step is to sign the order form.'
        - 'By your own admission, data quality is the top priority, so anything other than a yes would contradict that.'
        - 'You''ve said yourself that compliance is the priority, so it would be odd not to go ahead.'
        - 'If efficiency really matters to you as much as you said, there''s only one logical decision here.'
        - 'In your own words, nothing matters more than retention, so the only rational move is to commit today.'
      pass:
        - 'You told me security mattered most, so I''ve put the security overview first in the deck.'
        - 'You mentioned reliability was your top priority; would a 20-minute call next week to walk through our uptime record help?'
        - 'Since you said cost control was the main concern, I''ve included a three-year cost breakdown.'
        - 'You were clear that patient safety comes first, so I''ve asked our clinical lead to join the call.'
        - 'Given that uptime is your priority, the logical next step might be a call with our SRE team; does Tuesday work?'
        - 'To recap what you told me: speed, cost and reporting, in that order.'
        - 'You said compliance was the priority, so the next step I''d suggest is a review with your DPO.'
        - 'It''s only logical to start with the integration, since that''s where most of the work is.'
        - 'You said yourself the pilot went well; I''d love to hear what your team thought.'
        - 'You told me reporting mattered most, so surely the logical next step is a short call on dashboards; what suits?'
        - 'You said uptime mattered most, so the only sensible place to start is our status history, which I''ve attached.'
  - id: tone.persistence-threat
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'persistence used as a threat: Ill keep calling your mobile every morning until we find a time, Ill keep copying your leadership team until someone responds, I wont stop reaching out until we speak. Trying again next week or keeping the reader posted passes.'
    patterns:
      - {regex: '\b(?:follow up|chase|call|email|write|ping|keep (?:following up|emailing|calling|chasing|writing))\b[^.!?\n]{0,30}\b(?:tomorrow|again)\b[^.!?\n]{0,10},? and the day after\b', keywords: ['the day after']}
      - {regex: '\b(?:keep|continue|happy to keep|i''ll keep|i will keep) (?:on )?(?:sending|emailing|chasing|following up|writing|reminding|calling|nudging|pinging)\b[^.!?\n]{0,40}?\buntil (?:one of them|one|something|i|we) (?:gets?|get|hear|receives?) (?:a |some )?(?:response|reply|answer|back)\b', keywords: ['until']}
      - {regex: '\b(?:keep|continue|happy to keep|i''ll keep|i will keep) (?:on )?(?:sending|emailing|chasing|following up|writing|reminding|calling|nudging|pinging)\b[^.!?\n]{0,50}?\b(?:as long as it takes|for as long as it takes|until you (?:reply|answer|respond)|forever|i''m (?:very )?patient|i am (?:very )?patient)\b', keywords: ['as long as it takes', 'until you', 'forever', 'patient']}
      - {regex: '\b(?:i''ll|i will|i''m going to|i am going to|i''m gonna|we''ll|we will|i intend to|i plan to)(?: just| simply| happily)? (?:keep(?: on)?|continue(?: to)?|carry on|go on)\b(?: [\w'']+){0,2}? (?:call\w*|ring\w*|phon\w+|e-?mail\w*|messag\w+|text\w*|chas\w+|cop(?:y|ying)|cc\w*|ping\w*|follow\w*(?: up)?|writ\w+|reach\w*(?: out)?|trying (?:you|your)|try (?:you|your)|knock\w*|turn\w* up|drop\w* by|contact\w*|at it|pester\w*|hound\w*|bug\w*|nudg\w+|bother\w*|dm\w*|leav\w* (?:voicemails|messages))\b[^.!?\n]{0,70}?\buntil\b', keywords: ['keep', 'continue', 'carry on', 'go on']}
      - {regex: '\b(?:i|we)(?: won''t| will not| am not going to| shan''t| refuse to)(?: be)? (?:(?:stop|quit)(?:ping)? (?:calling|ringing|emailing|e-mailing|writing|chasing|following up|reaching out|messaging|trying (?:you|to reach you)|contacting you|pinging|nudging)|giv(?:e|ing) up(?: on you)?)\b[^.!?\n]{0,60}?\buntil\b', keywords: ['stop', 'quit', 'give up', 'giving up']}
      - {regex: '\b(?:expect|you''ll (?:get|be getting|hear from me)|you will (?:get|hear from me)|i''ll be (?:in your inbox|on the phone|calling|ringing|in touch|emailing)|i will be (?:in your inbox|calling|ringing|emailing))\b[^.!?\n]{0,40}?\bevery (?:single )?(?:day|morning|afternoon|evening|hour|week|monday|few hours)\b[^.!?\n]{0,50}?\buntil\b', keywords: ['every day', 'every single', 'every morning', 'every afternoon', 'every evening', 'every hour', 'every week', 'every monday', 'every few']}
    exceptions:
      - '\buntil (?:the|your) (?:migration|incident|issue|ticket|rollout|fix|project|go-live|outage|cutover|upgrade)\b|\b(?:status|progress) (?:updates?|emails?|reports?)\b'
    message: 'persistence used as a threat: "{match}"'
    examples:
      fire:
        - 'If I don''t hear back, I''ll follow up tomorrow, and the day after, and the day after that.'
        - 'I''ll keep calling your mobile every morning until we find a time.'
        - 'I''ll keep copying your whole leadership team until someone responds.'
        - 'I''ll keep emailing until I hear back.'
        - 'I''m going to keep ringing your office every day until you pick up.'
        - 'I will continue to follow up daily until I get an answer.'
        - 'Expect a call from me every morning until we get something in the diary.'
        - 'I won''t stop reaching out until we''ve had that conversation.'
        - 'I''ll be in your inbox every day until you reply.'
        - 'I''ll keep messaging you on LinkedIn, WhatsApp and email until one of them gets through.'
        - 'I''ll just keep trying your mobile until you answer.'
        - 'I''ll keep at it until someone on your team gets back to me.'
      pass:
        - 'The import runs tonight, and the day after we switch the old system off.'
        - 'I''ll try you again next week.'
        - 'I''ll keep you posted on the release date.'
        - 'I''ll keep an eye out for your reply.'
        - 'I''ll keep the slot open until you''ve had a chance to check with your team.'
        - 'We''ll keep monitoring the integration until the migration is complete.'
        - 'I''ll keep working on the proposal until it covers everything your team asked for.'
        - 'I''ll keep trying to find a time that suits your team; does Thursday work?'
        - 'The app will keep calling the next person on the rota until someone acknowledges the alert.'
        - 'I''ll keep following the project with interest.'
        - 'I won''t keep emailing; if the timing changes, just reply here.'
        - 'I''ll keep copying Sam on these notes, as you asked.'
        - 'We won''t stop improving the reporting until it''s the best on the market.'
  - id: tone.personal-snooping
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'the readers family or private life, found online, used to sell: I saw on Instagram your daughter is starting university, your divorce, your holiday photos. Congratulating a public professional milestone, or hoping they had a good holiday, passes.'
    patterns:
      - {regex: '\b(?:instagram|facebook|tiktok|strava|snapchat|linkedin|social media|socials|your (?:personal )?(?:feed|stories|story|blog)|personal blog|online|your (?:wife|husband|partner|spouse)(?:''s)? (?:post|posts|page|profile))\b[^.!?\n]{0,80}?\b(?:your|the|his|her)(?: new| little| eldest| youngest| oldest)? (?:daughter|son|kids|children|child|wife|husband|partner|spouse|divorce|separation|wedding|honeymoon|baby|newborn|pregnancy|mother|father|mum|mom|dad|parents|illness|funeral|bereavement|(?:holiday|vacation|family|beach|wedding) (?:photos|pics|pictures|snaps|trip)|new house|house move|engagement)\b|\b(?:your|the|his|her)(?: new| little| eldest| youngest| oldest)? (?:daughter|son|kids|children|child|wife|husband|partner|spouse|divorce|separation|wedding|honeymoon|baby|newborn|pregnancy|mother|father|mum|mom|dad|parents|illness|funeral|bereavement|(?:holiday|vacation|family|beach|wedding) (?:photos|pics|pictures|snaps|trip)|new house|house move|engagement)\b[^.!?\n]{0,80}?\b(?:instagram|facebook|tiktok|strava|snapchat|linkedin|social media|socials|your (?:personal )?(?:feed|stories|story|blog)|personal blog|online|your (?:wife|husband|partner|spouse)(?:''s)? (?:post|posts|page|profile))\b', keywords: ['instagram', 'facebook', 'tiktok', 'strava', 'snapchat', 'linkedin', 'social media', 'socials', 'your feed', 'your stories', 'your story', 'your blog', 'your personal', 'personal blog', 'online', 'your wife', 'your husband', 'your partner', 'your spouse']}
      - {regex: '\byour (?:divorce|separation|break-?up|custody|diagnosis|illness|surgery|chemo\w*|(?:mother|father|mum|mom|dad)''s (?:illness|death|passing|diagnosis)|bereavement|miscarriage)\b[^.!?\n]{0,80}?\b(?:last thing you need|sign|our (?:tool|platform|product|app|software|service|system)|off your plate|take (?:some )?(?:pressure|weight|load) off|free (?:up )?(?:your )?(?:time|evenings)|more time|perfect time|good time|good reason|switch)', keywords: ['divorce', 'separation', 'break', 'custody', 'diagnosis', 'illness', 'surgery', 'chemo', 'mother', 'father', 'mum', 'mom', 'dad', 'bereavement', 'miscarriage']}
      - {regex: '\byour (?:holiday|vacation|wedding|honeymoon|family|beach|ski|baby|kids''?|children''s) (?:photos|pics|pictures|snaps|posts?|videos?|reels?)\b', keywords: ['photos', 'pics', 'pictures', 'snaps', 'post', 'video', 'reel']}
      - {regex: '\b(?:your|his|her) (?:wife|husband|partner|spouse|daughter|son|kids|children|mum|mom|dad|mother|father)(?:''s)? (?:posted|posts? (?:about|on)|instagram|facebook|tiktok|page|profile|tweet\w*)\b|\b(?:from|on|saw|noticed|checked) your (?:strava|personal (?:blog|profile|account|page|feed|instagram|facebook)|private (?:profile|account|instagram))\b', keywords: ['posted', 'post', 'instagram', 'facebook', 'tiktok', 'page', 'profile', 'tweet', 'strava', 'personal', 'private']}
      # "I noticed from your Instagram that you were in Sahel" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:noticed|saw|spotted|seen|see) (?:from|on|in|via|through) your (?:personal )?(?:(?:instagram|facebook|tiktok|snapchat|stories|insta)\b[^.!?\n]{0,12}\b(?:that )?you (?:were|went|had|spent|got|looked)\b|personal (?:page|profile|account|feed)\b)', keywords: ['instagram', 'facebook', 'tiktok', 'snapchat', 'stories', 'insta', 'personal page', 'personal profile', 'personal account', 'personal feed'], firm: true}
    message: 'the readers private life used to sell: "{match}"'
    examples:
      fire:
        - 'I saw on Instagram that your daughter is starting university in September, so it''s a good time to get this sorted.'
        - 'Congratulations on your son starting at Leeds, I saw it on your Facebook, which makes freeing up your evenings even more important.'
        - 'I know things have been tough with your divorce, so the last thing you need is more admin; let''s get this signed.'
        - 'Loved your holiday photos from Crete on Instagram; you''ll want to come back to a system that runs itself.'
        - 'Saw your wife''s post about the new baby, so you''ll want more time at home, which is exactly what we give you.'
        - 'I came across your wedding photos online, congratulations! Married life is busy, so let us take reporting off your plate.'
        - 'I read on your personal blog about your mother''s illness; our tool could take some pressure off.'
        - 'I noticed from your Strava that you run at 6am every day, so I''ll call you at 7 when you''re back.'
        - 'Your husband posted that you''ve been working late a lot, so I thought our scheduling tool might help.'
        - 'With your kids just back at school, as I saw on your Facebook page, now''s the perfect time to switch.'
      pass:
        - 'Congratulations on your promotion to Head of Operations, well deserved.'
        - 'Hope you had a good holiday.'
        - 'I saw your talk at the Logistics Summit on LinkedIn and enjoyed the point about driver retention.'
        - 'Congratulations on the new clinic opening, which I read about in the local paper.'
        - 'Our customer''s Instagram campaign drove a 20% rise in bookings.'
        - 'I saw on LinkedIn that you''ve just joined as CFO, congratulations.'
        - 'Hope the family are well and you had a restful break.'
        - 'Thanks for sharing the photos from your team''s charity run on LinkedIn; it looked like a great day.'
        - 'Wishing you and your family a happy new year.'
        - 'I read your LinkedIn post about hiring three new engineers; happy to share how other teams onboard quickly.'
        - 'Our app lets parents book after-school clubs and see photos from trips.'
  - id: tone.secrecy
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'asking the reader to hide the deal from others: keep this between us, dont mention it to your current vendor until the ink is dry, no need to tell procurement. A confidentiality term under an agreed NDA, or an invitation to share, passes.'
    patterns:
      - {regex: '\b(?:keep|kept|keeping|stays?|remain)\b[^.!?\n]{0,30}?\b(?:between (?:us|you and me|ourselves|the two of us)(?! and (?:your|the|our|my|his|her)\b)|to yourself|off the record|under wraps|under your hat|hush-hush|on the down-?low|our little secret)\b', keywords: ['between us', 'between you', 'between ourselves', 'the two of us', 'to yourself', 'off the record', 'under wraps', 'under your hat', 'hush', 'down-low', 'down low', 'little secret']}
      - {regex: '\b(?:(?:i''d|i would) (?:suggest|recommend|advise) not|(?:best|better) not to|(?:please )?(?:don''t|do not)|no need to|(?:let''s|let us) not|(?:maybe |perhaps |i''d )?hold off(?: on)?|i wouldn''t|i would not|i''d avoid|avoid)\b(?: (?:even|yet))? (?:mention\w*|tell\w*|shar\w+|inform\w*|show\w*|breath\w* a word|bring\w* (?:it |this )?up|rais\w+|disclos\w+|let\w*)\b(?: (?:this|it|that|anything|a word|(?:the|this|that|our) (?:offer|price|pricing|discount|deal|terms|quote|rate)))?(?: (?:know|with|to|about|of))?(?: (?:this|it))? (?:your (?:current |existing )?(?:vendor|provider|supplier|incumbent|procurement(?: team| lead)?|boss|manager|line manager|cfo|ceo|coo|md|finance(?: team| director)?|legal(?: team)?|board|leadership(?: team)?|purchasing(?: team)?|colleagues|director)|the (?:other vendors?|incumbent|rest of (?:the|your) team)|procurement|finance|legal)\b', keywords: ['mention', 'tell', 'share', 'sharing', 'inform', 'show', 'breath', 'bring', 'rais', 'disclos', 'let']}
      - {regex: '\b(?:better|best) if (?:your|the) (?:[\w-]+ ){0,2}?(?:cfo|ceo|boss|manager|procurement|finance|legal|vendor|provider|supplier|board|team|colleagues)\b[^.!?\n]{0,20}?\b(?:doesn''t|don''t|didn''t|does not|do not) (?:hear|know|find out|see)\b|\bkeep (?:this|it|the (?:offer|price|pricing|discount|deal|rate)) from (?:your|the) (?:[\w-]+ ){0,2}?(?:cfo|ceo|boss|manager|procurement|finance|legal|vendor|provider|supplier|board|team|colleagues)\b', keywords: ['better if', 'best if', 'keep this from', 'keep it from', 'keep the']}
      - {regex: '\buntil the ink is dry\b', keywords: ['ink is dry']}
      - {regex: '\b(?:(?:best|better) not to|(?:please )?(?:don''t|do not)|i wouldn''t|i''d avoid|avoid) (?:shar\w+|mention\w*|show\w*|pass\w*(?: on)?|forward\w*) (?:this|that|the|our|these) (?:offer|price|prices|pricing|discount|deal|terms|quote|rate|numbers) (?:with|to) (?:anyone|anybody|others)\b', keywords: ['anyone', 'anybody', 'others']}
      # A favour the writer "shouldn't be offering", to be kept quiet (development set RW).
      - {regex: '\bi (?:really |probably |technically )?(?:shouldn''t|should not) (?:really )?(?:be )?(?:offering|telling you|doing|giving you|sharing) (?:this|that)\b|\b(?:\d+%|\d+ per ?cent) off\b[^.!?\n]{0,60}?\b(?:keep (?:it|this) (?:between us|quiet|to yourself|under wraps)|don''t tell (?:anyone|your))\b', keywords: ['shouldn''t', 'should not', 'keep it', 'keep this', 'don''t tell']}
    exceptions:
      - '${KEEP_IT_BETWEEN_US}'
      - '\b(?:nda|non-disclosure|confidentiality agreement|as agreed|as you asked|as requested|under embargo|until it''s published|until (?:it is|it''s) (?:announced|published))\b'
    message: 'asking the reader to keep the deal from others: "{match}"'
    examples:
      fire:
        - 'I''d suggest not mentioning this to your current vendor until the ink is dry.'
        - 'Let''s keep this between us for now.'
        - 'No need to tell your procurement team about this discount.'
        - 'Best not to share this pricing with anyone else on your team.'
        - 'I''d keep this offer to yourself; if finance hears about it they''ll want to renegotiate.'
        - 'Please don''t tell your boss I offered this.'
        - 'Don''t let your current provider know you''re talking to us until it''s signed.'
        - 'This stays off the record, just between you and me.'
        - 'Maybe hold off telling your colleagues until we''ve got the paperwork done.'
        - 'It''s probably better if your CFO doesn''t hear about this until after you sign.'
        - 'I''m not offering this to anyone else, so please keep it between us and move quickly.'
      pass:
        - 'This is under NDA as agreed, so please treat the roadmap as confidential.'
        - 'Feel free to share this with your team.'
        - 'Please keep the pricing confidential, as per the NDA we both signed.'
        - 'Happy to walk your procurement team through the terms.'
        - 'Let me know if you''d like me to include your CFO on the next call.'
        - 'Between us, we''ve covered most of the questions on the list.'
        - 'I''ll keep this to a single page so it''s easy to share.'
        - 'Could you let your current vendor know the export date, so the migration goes smoothly?'
        - 'No need to tell us in advance which of your team will join the call.'
        - 'Please tell your procurement team we''re happy to answer any questions.'
        - 'Keep the pilot results between our two teams until your board has seen them, as you asked.'
  - id: tone.no-shop
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'an offer conditional on not comparing: the first year free, but only if you agree on this call and dont shop it around; this price only if you dont get other quotes. A written quote with a validity date, or an invitation to compare, passes.'
    patterns:
      - {regex: '\b(?:only|as long as|so long as|provided(?: that)?|on (?:the )?condition(?: that)?|conditional on|if|promise(?: me)?)\b[^.!?\n]{0,40}?\b(?:don''t|do not|won''t|will not|not|never|without)\b[^.!?\n]{0,12}?\b(?:shop(?:ping|ped)? (?:it |this |us |the \w+ )?around|shop (?:it|this|us)|get(?:ting)? (?:other|competing|rival|more|any other) (?:quotes|bids|offers|proposals|pricing)|go(?:ing)? (?:out )?to (?:tender|other vendors|the market|competitors)|tak(?:e|ing) (?:it|this) to (?:other vendors|another vendor|a competitor|competitors|the market)|show(?:ing)? (?:it|this|our (?:proposal|quote|pricing|offer)) to (?:anyone|other vendors|competitors|another vendor)|compar(?:e|ing) (?:us|it|this) (?:with|to|against) (?:anyone|other|competitors|another)|run(?:ning)? (?:a )?(?:competitive|tender|rfp)|us(?:e|ing) (?:it|this|our|the) (?:quote|price|pricing|offer|proposal) (?:to|as) (?:negotiate|leverage|a bargaining)|negotiat(?:e|ing) with (?:other|another|them|competitors))', keywords: ['shop', 'quotes', 'bids', 'offers', 'proposals', 'pricing', 'tender', 'vendor', 'market', 'competit', 'compar', 'rfp', 'negotiat', 'anyone']}
      - {regex: '\b(?:agree|sign|commit|decide)\b[^.!?\n]{0,20}?\bwithout (?:comparing|shopping|talking to|looking at|getting (?:other|competing))\b[^.!?\n]{0,60}?\b(?:and|then)\b[^.!?\n]{0,20}?\b(?:i''ll|we''ll|i will|we will|you get)\b', keywords: ['without comparing', 'without shopping', 'without talking', 'without looking', 'without getting']}
      - {regex: '\bif (?:i (?:find out|hear|learn|discover|see) (?:that )?)?(?:you|your (?:team|procurement(?: team)?))(?:''ve| have)?\b[^.!?\n]{0,15}?\b(?:go(?:es)? (?:out )?to (?:tender|market|the market)|shop(?:ped)? (?:it |this )?around|get (?:other|competing|rival) (?:quotes|bids|offers)|run (?:a )?(?:tender|rfp|competitive)|talk(?:ed)? to (?:other|another) (?:vendors|suppliers|providers)|show(?:n|ed)? (?:it|this|our \w+) to)\b[^.!?\n]{0,40}?\b(?:off the table|goes away|is withdrawn|withdrawn|no longer (?:stands|applies|available)|back to (?:list|full)|goes back|disappears|void|can''t (?:hold|honou?r|offer)|won''t (?:hold|honou?r|stand|apply))', keywords: ['tender', 'market', 'shop', 'quotes', 'bids', 'offers', 'rfp', 'competitive', 'vendors', 'suppliers', 'providers', 'show']}
    message: 'an offer conditional on not comparing vendors: "{match}"'
    examples:
      fire:
        - 'I can make the first year free, but only if you agree on this call and don''t shop it around.'
        - 'This price is only for you if you don''t get other quotes.'
        - 'The discount stands as long as you don''t take it to other vendors.'
        - 'I''ll hold this rate on condition that you don''t show our proposal to anyone else.'
        - 'If you go out to tender, this offer is off the table.'
        - 'This pricing only works if you commit without running a competitive process.'
        - 'Promise me you won''t use this quote to negotiate with other vendors, and it''s yours.'
        - 'The 30% is conditional on you not getting competing bids.'
        - 'If I find out you''ve shopped this around, the price goes back to list.'
        - 'Agree today without comparing us to anyone else and I''ll throw in the premium tier.'
      pass:
        - 'This quote is valid for 30 days.'
        - 'Feel free to compare us with others; here''s a comparison checklist.'
        - 'The discount applies to a three-year term, as set out in the quote.'
        - 'If you go out to tender, we''d be glad to respond.'
        - 'Many customers get other quotes before choosing us, and we welcome that.'
        - 'The price is only for annual billing; monthly is 10% more.'
        - 'Happy to share our pricing with your procurement team so they can benchmark it.'
        - 'If you''d like to shop around, our pricing page lists every plan.'
        - 'The first year is free if you sign a three-year agreement, as in the written quote.'
        - 'You''re welcome to share our proposal with anyone involved in the decision.'
        - 'If you get other quotes, I''d be happy to talk through any differences.'
  - id: tone.over-familiar
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'over-familiar or flirtatious remarks to a prospect: their looks, smile, eyes or outfit, the prettiest or most charming person in the room, hoping a spouse won''t mind, drinks or dinner just the two of us, terms of endearment. A compliment on a talk, an article or a team''s welcome passes.'
    patterns:
      - {regex: '\byou(?:''re| are| were| look| looked| looking| looks| seemed| seem)(?: (?:so|very|really|absolutely|truly|quite|such|simply|just|looking|the|most|a|an|incredibly|amazingly|totally|extremely|lovely and|beautiful and))* (?:stunning|gorgeous|beautiful|pretty|prettiest|sexy|hot|attractive|cute|handsome|ravishing|radiant|good-looking|best-looking|lovelier|loveliest|charming)\b(?! (?:speaker|presenter|host|presentation|talk|panel|panellist|panelist|idea|point|question|deal|saving|savings|offer|result|results|number|figure|dashboard|report)\b)', keywords: ['stunning', 'gorgeous', 'beautiful', 'pretty', 'prettiest', 'sexy', 'hot', 'attractive', 'cute', 'handsome', 'ravishing', 'radiant', 'good-looking', 'best-looking', 'lovelier', 'loveliest', 'charming']}
      - {regex: '\b(?:your|you(?:''ve| have| had)?(?: got)?)\b(?: [\w''-]+){0,3}? (?:beautiful|beautifull|beatiful|lovely|gorgeous|pretty|best|nicest|warmest|brightest|amazing|killer|winning|cute|charming|sweet|stunning|radiant|dazzling|infectious|wonderful|sexy|perfect|great|nice) (?:smile|smiles|eyes|hair|legs|lips|laugh|face)\b(?! (?:for|on)\b)', keywords: ['smile', 'eyes', 'hair', 'legs', 'lips', 'laugh', 'face']}
      - {regex: '\byour (?:smile|lips)\b(?! (?:on|off|for|to)\b)', keywords: ['your smile', 'your lips']}
      - {regex: '\b(?:the )?(?:prettiest|most beautiful|most attractive|most gorgeous|best[- ]looking|sexiest|hottest|cutest|most charming|most stunning|loveliest|most handsome|most lovely) (?:[\w-]+ ){0,2}?(?:woman|women|lady|ladies|girl|girls|man|men|guy|guys|person|face|attendee|delegate|guest|smile|eyes)\b', keywords: ['prettiest', 'most beautiful', 'most attractive', 'most gorgeous', 'best looking', 'best-looking', 'sexiest', 'hottest', 'cutest', 'most charming', 'most stunning', 'loveliest', 'most handsome', 'most lovely']}
      - {regex: '\b(?:you(?:''re| are)?|such an?|very|so) (?:very |so |such |really |a |an )*(?:beautiful|pretty|gorgeous|charming|sexy|attractive|lovely|cute|handsome) (?:lady|woman|girl|man|guy)\b', keywords: ['lady', 'woman', 'girl', 'man', 'guy']}
      - {regex: '\b(?:hope|hoping|trust|i''m sure|i am sure|surely|hopefully)\b[^.!?\n]{0,10}?\byour (?:husband|wife|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|other half|significant other|hubby|missus|better half)\b[^.!?\n]{0,30}?\b(?:won''t|will not|wouldn''t|would not|doesn''t|does not|isn''t|is not|not|never)\b[^.!?\n]{0,12}?\b(?:mind (?:me|my|us|if i|a (?:drink|dinner))|(?:get |be |become )?jealous|find out|read (?:this|my))', keywords: ['husband', 'wife', 'partner', 'boyfriend', 'girlfriend', 'fianc', 'spouse', 'other half', 'significant other', 'hubby', 'missus', 'better half']}
      - {regex: '\b(?:don''t|do not) (?:tell|show) your (?:husband|wife|boyfriend|girlfriend|spouse|other half|better half|hubby)\b|\byour (?:husband|wife|boyfriend|girlfriend|spouse|other half|better half|fianc[eé]e?) (?:is|must be|''s) (?:a |one )?(?:very |really |so )?lucky\b|\bare you (?:still )?(?:single|married|seeing (?:someone|anyone)|in a relationship|spoken for)\b', keywords: ['husband', 'wife', 'boyfriend', 'girlfriend', 'spouse', 'other half', 'better half', 'hubby', 'fianc', 'single', 'married', 'seeing someone', 'seeing anyone', 'relationship', 'spoken for']}
      - {regex: '\b(?:drinks?|dinner|cocktails?|(?:a )?(?:glass|bottle) of (?:wine|champagne|prosecco|fizz)|wine|a nightcap|nightcap|a date|date night|dancing)\b[^.!?\n]{0,40}?\b(?:just (?:the two of us|us two|you and me|you and i|the pair of us)|only (?:the two of us|us two|you and me|you and i|we two)|alone together|the two of us alone|somewhere (?:quiet|private|intimate|romantic|cosy|cozy)|(?:at|in) my (?:hotel|room|place|apartment|flat)|no work talk|without (?:your|the) (?:team|colleagues|husband|wife|boyfriend|girlfriend))\b(?! (?:from|at|on) (?:ourco|our|the|your)\b)|\b(?:just (?:the two of us|us two|you and me|you and i)|only (?:the two of us|us two|you and me|we two)|the two of us alone|alone together)\b[^.!?\n]{0,40}?\b(?:drinks?|dinner|cocktails?|wine|a nightcap|a date)\b|\b(?:candle-?lit|romantic) (?:dinner|drinks?|evening|restaurant|bar|meal|night|date|walk)\b', keywords: ['two of us', 'us two', 'you and me', 'you and i', 'pair of us', 'we two', 'alone', 'quiet', 'private', 'intimate', 'romantic', 'cosy', 'cozy', 'my hotel', 'my room', 'my place', 'my apartment', 'my flat', 'work talk', 'without your', 'without the', 'candle']}
      - {regex: '\b(?:you looked|you look|you were looking|you''re looking|loved your|love your|liked your|like your|lovely|beautiful|gorgeous|stunning|sexy|pretty|fabulous|nice|cute) (?:[\w-]+ ){0,2}?(?:dress|outfit|heels|skirt|blouse|frock|lipstick|perfume|hairstyle|haircut|legs)\b(?! (?:code|rehearsal|down)\b)', keywords: ['dress', 'outfit', 'heels', 'skirt', 'blouse', 'frock', 'lipstick', 'perfume', 'hairstyle', 'haircut', 'legs']}
      - {regex: '(?:^|[\n.!?,]\s*)(?:hi|hello|hey|dear|morning|good morning|hiya)[, ]+(?:my )?(?:gorgeous|beautiful|sweetheart|sweetie|darling|babe|baby|honey|hun|handsome|sexy|cutie|dear lady|pretty lady|beautiful lady|lovely lady)\b', keywords: ['gorgeous', 'beautiful', 'sweetheart', 'sweetie', 'darling', 'babe', 'baby', 'honey', 'hun', 'handsome', 'sexy', 'cutie', 'dear lady', 'pretty lady', 'lovely lady']}
      - {regex: '\b(?:can''t|cannot|couldn''t|could not) stop thinking (?:about|of) you\b|\bcan(?:''t|not) get you out of my (?:head|mind)\b', keywords: ['thinking about you', 'thinking of you', 'out of my head', 'out of my mind']}
      - {regex: '(?:,|\band) you (?:absolute |total |utter |little )?(?:legend|champ|superstar|rockstar|rock star|beauty|star)\b(?=\s*(?:[.!,…]|$))|\b(?:feels?|felt) like we(?:''ve| have)? (?:been|known each other) (?:(?:mates|friends|buddies|pals|besties|best friends|old friends) )?for (?:years|ages|decades|a lifetime|forever)\b|\bshout you (?:a few|a couple of|some|a|the first few) (?:beers|drinks|rounds|pints|cold ones)\b', keywords: ['legend', 'champ', 'superstar', 'rockstar', 'rock star', 'beauty', 'star', 'for years', 'for ages', 'for decades', 'a lifetime', 'forever', 'shout you']}
      # "Heyyy Mike, my man! How's my favourite IT director doing?" (development set HF).
      - {regex: '^\s*he+y{3,}\b|\bhe{2,}y+\b|\bmy man\b|\bmy (?:favou?rite|fave) (?:[\w-]+ ){0,2}(?:director|manager|person|customer|client|buyer|prospect|head|dean|principal|bursar|registrar|cfo|ceo|cto|cio|partner|champion)\b', keywords: ['heyyy', 'heey', 'my man', 'my favourite', 'my favorite', 'my fave']}
      # Too close: "just the two of us 😉", "your secret's safe with me", "sorry for keeping you so late at the after-party", "which explains the glow" (thirty-fifth session, development sets IA and IB)
      - {regex: '\bjust the two of us\b[?!.]*\s*(?:😉|😘|😏|;-?\))', keywords: ['two of us'], firm: true}
      - {regex: '\byour secret''?s safe with me\b', keywords: ['safe with me'], firm: true}
      - {regex: '\b(?:keeping|kept) you (?:so |that |out )?late at the (?:after-?party|party|bar|dinner|drinks)\b', keywords: ['late at the'], firm: true}
      - {regex: '\bwhich explains the (?:glow|tan|smile|good mood)\b', keywords: ['explains the'], firm: true}
      # "loved the photos from your Algarve holiday on Instagram", "Ciao bella!", "say hi to that lovely wife of yours" (thirty-fifth session, development sets JA and JB)
      - {regex: '\b(?:photos|pictures|pics|snaps|posts) (?:from|of) your (?:[\w-]+ ){0,2}(?:holiday|vacation|trip|wedding|weekend|honeymoon|birthday|getaway)\b', keywords: ['photos', 'pictures', 'pics', 'snaps', 'posts'], firm: true}
      - {regex: '\bciao bella\b', keywords: ['ciao bella'], firm: true}
      - {regex: '\bthat (?:lovely|beautiful|gorgeous|stunning) (?:wife|husband|girlfriend|boyfriend|partner|fiancée?) of yours\b', keywords: ['of yours'], firm: true}
    message: 'over-familiar or flirtatious remark to the reader: "{match}"'
    examples:
      fire:
        - 'Can''t wait to shout you a few beers and hear all your wild stories, you legend.'
        - 'Feels like we''ve been mates for years already, even though we only chatted for five minutes at the expo.'
        - 'Honestly, you looked gorgeous at the awards night.'
        - 'You were easily the best-looking person at the whole summit.'
        - 'I hope your wife doesn''t get jealous, but you made quite an impression on me.'
        - 'Fancy a glass of wine somewhere quiet after the demo, just the two of us?'
        - 'You have the nicest smile, it was a pleasure to meet you.'
        - 'Hi beautiful, just following up on the pricing.'
        - 'Loved your outfit at the expo, very elegant.'
        - 'You are such a pretty lady, I hope we meet again for dinner only you and me.'
      pass:
        - 'Your head chef is a local legend, and the menu shows it.'
        - 'It feels like we''ve been running this pilot for years, but it''s only been six weeks.'
        - 'Thanks for the intro to Marco, you''re a star.'
        - 'For a first marathon, that''s a great time. I hope your legs have forgiven you by now.'
        - 'Your keynote at the summit was the best talk of the day.'
        - 'Thanks for the warm welcome at your office, the team were lovely.'
        - 'It''ll be just the two of us on the call, so there''s no need for slides.'
        - 'You could run month-end with your eyes closed after the migration.'
        - 'You''re looking at a stunning 40% saving on licences.'
        - 'I hope your partner won''t mind the change to the invoice address.'
        - 'The dress code for the customer dinner is smart casual.'
        - 'The most attractive option for your budget is the annual plan.'
  - id: tone.non-reply-jab
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a jab at the reader for not replying: not replying isn''t a strategy, why are you not answering, is the problem my offer or you, basic courtesy to reply, did you forget how to use the reply button, your silence is unprofessional. A polite check that an email arrived, or a release from replying, passes.'
    patterns:
      - {regex: '\b(?:is it|if it is|if it''s|whether it is|whether it''s) (?:normal|usual|common|standard|the norm|acceptable) (?:in your (?:organisation|organization|company|team|department)|at [\w&.''’ -]{2,40}?|for you|there) (?:to not|not to|to ignore|to never|never to)\b', keywords: ['normal', 'usual', 'common', 'standard', 'the norm', 'acceptable']}
      - {regex: '\b(?:not (?:replying|responding|answering|writing back|getting back(?: to (?:me|us))?)|ignoring (?:me|my (?:e-?mails?|mails?|messages?|calls?|notes?|follow-?ups?)|us|our (?:e-?mails?|messages?))|(?:your |the )?(?:radio )?silence|ghosting(?: me| us)?|going (?:quiet|silent|dark)|hiding from (?:me|us|my e-?mails?))\b[^.!?\n]{0,20}?\b(?:is not|isn''t|is no|won''t|will not|doesn''t|does not|is never)\b ?(?:really |exactly |actually |much of |going to |ever )?(?:a (?:strategy|plan|business plan|solution|good look|great look|policy|good strategy|winning strategy|long-term plan)|an? (?:option|strategy|plan)|make (?:it|this|the problem|your problem|the problems|the issue|anything|me|us) (?:go away|disappear)|(?:solve|fix|change) (?:anything|the problem|your problem|your problems|it|this|that)|very professional|professional|get you (?:anywhere|far))', keywords: ['not replying', 'not responding', 'not answering', 'not writing', 'not getting back', 'ignoring', 'silence', 'ghosting', 'going quiet', 'going silent', 'going dark', 'hiding from']}
      - {regex: '(?<!\b(?:wonder|wondering|wondered|understand|understandable|matter|explain|know|see|reason|sure|about|that''s|that is|which is|this is|is|guess|imagine|why) )\bwhy (?:you are not|you''re not|are you not|aren''t you|you not|you don''t|you do not|you didn''t|you did not|you never|do you never|you still (?:don''t|haven''t|didn''t)|haven''t you|have you not|didn''t you|did you not|you haven''t|you have not|you keep not|nobody|no one|there is no|there''s no|is there no|no) (?:yet |still |even |ever |just )?(?:answer(?:ing|ed|s)?|repl(?:y|ying|ied|ies)|respond(?:ing|ed|s)?|writ(?:e|ing) back|wrote back|get(?:ting)? back|got back|come back|return(?:ing|ed)? (?:my|our)|revert(?:ing|ed)?|response|feedback)\b', keywords: ['why you', 'why are', 'why aren', 'why no', 'why there', 'why is there', 'why haven', 'why have', 'why didn', 'why did', 'why do']}
      - {regex: '\b(?:some |a |any )?(?:problem|issue) (?:with|for) (?:my (?:offer|e-?mail|mail|proposal|message)|me|us|our offer) or (?:with |for )?(?:you|your side)\b|\bwhat(?:''s| is) (?:your|the) problem with (?:me|us|my|our|you)\b|\bwhat(?:''s| is) your problem\b|\b(?:is )?(?:something|anything) wrong with you\b|\bwhat(?:''s| is) wrong with you\b|\bdo you have (?:a|some|any) problem with (?:me|us)\b', keywords: ['problem', 'issue', 'wrong with you']}
      - {regex: '\b(?:are you|you are|you''re|you have been|you''ve been|you keep|you seem to be|why are you|are you still|you still) (?:just )?(?:deliberately |intentionally |purposely |on purpose )?(?:ignoring|avoiding|dodging|ghosting|blanking|snubbing|hiding from) (?:me|us|my (?:e-?mails?|mails?|messages?|calls?|notes?)|our (?:e-?mails?|calls?|messages?))\b|\bor (?:are you|you are|you''re)(?: just| simply)? (?:ignoring|avoiding|dodging|ghosting|blanking|hiding from) (?:me|us)\b', keywords: ['ignoring', 'avoiding', 'dodging', 'ghosting', 'blanking', 'snubbing', 'hiding from']}
      - {regex: '\b(?:basic|common|simple|normal|minimum|ordinary|elementary) (?:business |professional )?(?:courtesy|manners|decency|politeness|etiquette)\b[^.!?\n]{0,30}?\b(?:reply|respond|answer|write back|get back|acknowledge|response)|\b(?:reply|replying|respond|responding|answer|answering|a (?:reply|response)|an answer)\b[^.!?\n]{0,25}?\b(?:is|would be|was) (?:just |only |simply )?(?:basic|common|simple|professional|normal|good) (?:courtesy|manners|decency|politeness|etiquette)\b|\b(?:have|had|has) the (?:basic |common )?(?:courtesy|decency|manners|politeness) (?:to (?:reply|respond|answer|write back|get back|acknowledge|say no)|of a (?:reply|response))\b|\b(?:the least you (?:could|can) do|is it (?:really )?too much to ask|would it (?:really )?(?:kill|hurt) you|how (?:hard|difficult) (?:is it|can it be))\b[^.!?\n]{0,25}?\b(?:reply|respond|answer|write back|get back|a (?:reply|response|yes|no)|an answer|acknowledge)\b|\b(?:did|have|do) you (?:even|actually) (?:read|open|look at|see|get)\b[^.!?\n]{0,12}?\b(?:my|our) (?:e-?mails?|mails?|messages?|notes?|proposal|offer)\b', keywords: ['courtesy', 'manners', 'decency', 'politeness', 'etiquette', 'least you', 'too much to ask', 'kill you', 'hurt you', 'how hard', 'how difficult', 'you even', 'you actually']}
      - {regex: '\bforg[oe]t(?:ten)? how to (?:reply|respond|answer|write back|use (?:e-?mail|your inbox|the reply button))\b|\b(?:reply button|keyboard|send button)\b[^.!?\n]{0,20}?\b(?:broken|not working|stuck|jammed|out of order)\b|\b(?:inbox|e-?mail|mailbox)\b[^.!?\n]{0,15}?\b(?:broken|a black hole)\b[^.!?\n]{0,30}?\bor (?:are you|you are|you''re|is it)\b|\bare you (?:still )?alive\b|\b(?:fall|fallen|fell) off the face of the (?:earth|planet)\b', keywords: ['forgot', 'forget', 'forgotten', 'reply button', 'keyboard', 'send button', 'broken', 'black hole', 'alive', 'face of the']}
      - {regex: '\b(?:your |this )?(?:silence|not (?:replying|answering|responding|writing back)|no (?:reply|answer|response)|ignoring (?:me|my|us|people|e-?mails))\b[^.!?\n]{0,25}?\b(?:is|are|was|feels|seems|looks)\b[^.!?\n]{0,15}?\b(?:rude|impolite|disrespectful|unprofessional|not (?:very )?(?:professional|correct|polite|nice|acceptable|respectful|fair|serious)|bad manners|poor manners|poor form|bad form|not (?:a )?(?:good|great) look)\b|\b(?:rude|impolite|disrespectful|unprofessional|bad manners|poor form|bad form|not (?:very )?(?:professional|polite|nice|correct))\b[^.!?\n]{0,20}?\b(?:not to (?:reply|answer|respond|write back|get back)|to (?:ignore|leave) (?:me|people|e-?mails|messages|someone)|ignoring (?:me|people|e-?mails|messages))', keywords: ['rude', 'impolite', 'disrespectful', 'unprofessional', 'not professional', 'not very', 'not correct', 'not polite', 'not nice', 'not acceptable', 'not respectful', 'not fair', 'not serious', 'bad manners', 'poor manners', 'poor form', 'bad form', 'good look', 'great look']}
      # Chasing a reply with a jab or guilt: "did my last email land in spam, or...?", "Did I say something wrong, Tara?", "are we doing this or not?", "I'd cleared the whole afternoon and flown our head of product in, but these things happen" (thirty-fifth session, development sets IA and IB)
      - {regex: '\bdid (?:my|our) (?:last |previous )?(?:email|message|note|mail) (?:land|end up|go|get lost) in (?:your )?(?:spam|junk)\b[^.!?\n]{0,6}\bor\b', keywords: ['spam', 'junk'], firm: true}
      - {regex: '\bdid i (?:say|do|write) something wrong\b', keywords: ['something wrong'], firm: true}
      - {regex: '\b(?:are|is) (?:we|this|it) (?:doing|happening|going ahead with|moving forward with) (?:this |it )?or not\b', keywords: ['or not'], firm: true}
      - {regex: '\b(?:i''d|i had|we''d|we had|i''ve|we''ve)\b[^.!?\n]{0,20}\b(?:cleared|blocked|flown|flew|travelled|traveled|driven|rearranged|moved|cancelled|canceled|pulled|brought)\b[^.!?\n]{0,100}\bbut (?:hey,? |oh well,? )?(?:these things happen|it happens|no worries|never mind|such is life|that''s life)\b', keywords: ['these things happen', 'it happens', 'no worries', 'never mind', 'such is life', 'that''s life'], firm: true}
      # Chasing with a sting: "it's only been six weeks 🙂", "As I've now mentioned in three separate emails", "attached (again)", "checking you're still alive", "since the last three went unanswered", "whenever that may be", "I'm sure the spreadsheet is working out wonderfully" (thirty-fifth session, development sets JA and JB)
      - {regex: '\b(?:no rush|of course|obviously|naturally)\b[^.!?\n]{0,20}\b(?:it''?s|it has) only been\b|\b(?:it''?s|it has) only been (?:\w+ ){0,2}(?:weeks|months)\s*(?:🙂|😊|😉|🙃|:\)|;\))', keywords: ['only been'], firm: true}
      - {regex: '\bas i(?:''ve| have)? (?:now |already )?(?:mentioned|said|explained|noted|pointed out|written) in (?:my )?(?:(?:two|three|four|five|several|multiple|\d+) (?:separate |previous |earlier |different )?(?:emails|messages|calls)|(?:previous|last|earlier) (?:two|three|four|\d+) (?:emails|messages))\b', keywords: ['mentioned in', 'said in', 'explained in', 'noted in', 'pointed out in', 'written in'], firm: true}
      - {regex: '\b(?:attached|here|below|enclosed|resending it|sending it) (?:\w+ )?\(again\)', keywords: ['(again)'], firm: true}
      - {regex: '\bchecking (?:that |in that )?you(?:''re| are) still (?:alive|breathing|with us|around|out there)\b', keywords: ['still alive', 'still breathing', 'still with us', 'still around', 'still out there'], firm: true}
      - {regex: '\b(?:last|previous|other) (?:two|three|four|five|few|couple of|\d+)(?: emails| messages| notes)? (?:went|have gone|got|have got) (?:unanswered|no reply|no response)\b', keywords: ['unanswered', 'no reply', 'no response'], firm: true}
      - {regex: '\bwhenever that (?:may|might|will|would) be\b', keywords: ['whenever that'], firm: true}
      - {regex: '\bi''?m sure (?:the|your) (?:spreadsheet|excel|paper|manual process|old system|current system|whiteboard|legacy system)\b[^.!?\n]{0,30}\b(?:wonderfully|brilliantly|perfectly|beautifully|great|fine|splendidly)\b', keywords: ['i''m sure', 'im sure'], firm: true}
    exceptions:
      - '\b(?:sorry|apologi[sz]e|apologies|my bad|of me|on my part|from my side|on our side|our silence|my silence)\b'
      - '\b(?:no worries|totally fine|completely fine|perfectly fine|completely understand|totally understand|fully understand)\b'
    message: 'a jab at the reader for not replying: "{match}"'
    examples:
      fire:
        - 'Going silent isn''t really a strategy, is it?'
        - 'Why are you not answering my mails? Is there problem with the offer or with you?'
        - 'It''s common courtesy to answer, even if it''s a no.'
        - 'Is it too much to ask for a reply?'
        - 'Have you forgotten how to reply, or is my email in spam again?'
        - 'Are you deliberately avoiding my calls?'
        - 'Your silence is frankly unprofessional.'
        - 'Did you even read my proposal?'
      pass:
        - 'No worries if you haven''t had time to reply, I know it''s a busy month.'
        - 'Sorry for not replying sooner; I was travelling.'
        - 'Did my last email reach you? Our spam filter has been acting up.'
        - 'Is there anything in the offer that doesn''t work for you?'
        - 'Apologies, it was rude of me not to answer your question sooner.'
        - 'Our routing makes sure no customer email is ignored.'
        - 'Is there an issue with your mail server? Two of my messages bounced.'
        - 'Why not reply with a couple of times that suit you?'
  - id: tone.team-insult
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'insulting the reader''s team or colleagues: your IT team doesn''t know what they''re doing, your developers are out of their depth, your procurement people are clueless, whoever set up your CRM had no idea. Plain facts about a setting, or an offer to help a team that feels stretched, pass.'
    patterns:
      - {regex: '\b(?:like yours|your (?:team|org\w*|company|business|firm|department|it team|security team))\b[^.!?\n]{0,40}?\b(?:overconfident|complacent|clueless|negligent|asleep at the wheel)\b', keywords: ['overconfident', 'complacent', 'clueless', 'negligent', 'asleep at the wheel']}
      - {regex: '\byour (?:current |existing |old |legacy |present )?(?:[\w-]+ )?(?:stack|setup|set-up|system|systems|tools?|tooling|platform|process|software|crm|erp|infrastructure|website|site) (?:is|are|looks|feels) (?:like )?(?:a |an |such a |an absolute |a total )?(?:museum piece|dinosaur|relic|joke|dumpster fire|fossil|embarrassment|antique|time capsule)\b', keywords: ['museum piece', 'dinosaur', 'relic', 'joke', 'dumpster fire', 'fossil', 'embarrassment', 'antique', 'time capsule']}
      - {regex: '\b(?:a )?(?:smaller|small|little|young|junior|less experienced) (?:firm|company|business|team|practice|organi[sz]ation|shop|lab|agency) like yours (?:might|may|would|wouldn''t|can''t|couldn''t|doesn''t|does not|won''t|probably) (?:not )?(?:have|know|understand|be able|grasp|get)\b', keywords: ['like yours']}
      - {regex: '\bto put it (?:kindly|politely|mildly|gently|nicely|charitably|diplomatically)\b', keywords: ['to put it']}
      - {regex: '\b(?:not (?:really |exactly |a )?(?:a )?(?:good|great) look|a bad look|doesn''t look (?:good|great)|looks bad) for (?:a|an) (?:[\w-]+ )?(?:firm|company|business|organi[sz]ation|team|practice|brand|hospital|school|bank|lab|agency) (?:of|like|with) your\b|\bfor a (?:firm|company|business|organi[sz]ation|practice|brand|team) of your (?:reputation|size|stature|standing|calibre|caliber)\b[^.!?\n]{0,40}\bto (?:still )?(?:be )?(?:using|sending|running|doing|relying|working)\b', keywords: ['look', 'firm', 'company', 'business', 'organisation', 'organization', 'practice', 'brand', 'team']}
      - {regex: '\b(?:notice|notices|see|sees|spot|spots|know|knows|care|cares|feel|feels)\b[^.!?\n]{0,60}?\beven if your (?:team|staff|people|guys|colleagues|managers?|it team|marketing team) (?:doesn''t|don''t|does not|do not|didn''t|did not|can''t|cannot)(?=\s*(?:[.!?;]|$))', keywords: ['even if your']}
      - {regex: '\byour (?:it|tech|marketing|finance|sales|ops|hr|web|design|procurement) (?:guy|girl|person|people|team|folks|department|lead|manager)\b[^.!?\n]{0,40}?\b(?:but|however)\b[^.!?\n]{0,80}?\b(?:wouldn''t|would not|couldn''t|can''t|cannot|doesn''t|don''t|didn''t) (?:even )?(?:pass|survive|cut it)\b', keywords: ['guy', 'girl', 'person', 'people', 'team', 'folks', 'department', 'lead', 'manager']}
      - {regex: '\byour (?:[\w''-]+ ){0,2}?(?:team|teams|department|dept|people|staff|guys|folks|lot|engineers|developers|devs|admins?|administrators?|analysts|it|ops|procurement|marketing|finance|leadership|management|managers?|consultants?|agency|contractors?|integrators?|predecessors?|colleagues|boss|cio|cto|cfo|ceo|lawyers?|legal|accountants?|techies|programmers|designers|buyers|director)\b[^.!?\n]{0,40}?\b(?:(?:clearly |obviously |just |really |frankly |simply |honestly |evidently |apparently )?(?:don''t|doesn''t|do not|does not|didn''t|did not) (?:\w+ )?(?:know|understand|have a clue|get) what (?:they''re|they are|he''s|he is|she''s|she is|they were|he was|she was) doing|(?:have|has|had)(?:n''t| not)? (?:got )?(?:a |any |the (?:faintest|slightest|first) )?(?:clue|idea) what (?:they''re|they are|he''s|she''s|they were) doing|(?:have|has|had|''ve|''s)(?: got)? (?:no|zero) (?:clue|idea)\b(?! (?:that|about|how|where|when|whether|if|which|why)\b)|(?:are|is|were|was|''re|''s|seem|seems|look|looks|sound|sounds|appear|appears)(?: (?!not\b|never\b|hardly\b|n''t\b)[\w-]+){0,2}? (?:clueless|incompetent|useless|hopeless|inept|amateurish|amateurs|idiots|morons|muppets|clowns|cowboys|dinosaurs|stupid|dumb|lazy|a joke|a bunch of [\w-]+|not capable|incapable|not competent|not smart enough|not good enough|not qualified|asleep at the wheel|stuck in the (?:past|stone age|dark ages|\d0s))\b|out of (?:their|his|her) depth|in over (?:their|his|her) heads?|(?:can''t|cannot|couldn''t) (?:even )?(?:be trusted|get (?:anything|a single thing) right|do (?:their|his|her) (?:job|jobs) properly))', keywords: ['know what', 'clue', 'idea what', 'no idea', 'zero idea', 'clueless', 'incompetent', 'useless', 'hopeless', 'inept', 'amateur', 'idiots', 'morons', 'muppets', 'clowns', 'cowboys', 'dinosaurs', 'stupid', 'dumb', 'lazy', 'a joke', 'a bunch of', 'capable', 'not competent', 'not smart', 'not good enough', 'not qualified', 'asleep at', 'stuck in the', 'out of their', 'out of his', 'out of her', 'in over', 'be trusted', 'anything right', 'single thing right', 'their job', 'his job', 'her job']}
      - {regex: '\bwhoever (?:set up|built|configured|designed|implemented|chose|picked|bought|wrote|installed|manages|runs|did) (?:your|this|that|the)\b[^.!?\n]{0,50}?\b(?:(?:didn''t|did not) (?:have|know) (?:a clue|what (?:they|he|she) (?:was|were) doing|the first thing)|had no (?:clue|idea what)|(?:clearly |obviously )?had no (?:clue|idea)|should be (?:fired|sacked|ashamed)|was (?:clearly |obviously )?(?:clueless|incompetent|an amateur|an idiot|asleep|drunk|joking)|knew nothing)\b', keywords: ['whoever']}
      # The reader's business measured against a "professional" one: "that's the kind of thing that shouldn't happen at a professional operation" (development set HA).
      - {regex: '\b(?:shouldn''t|should not|wouldn''t|would not|doesn''t|does not|would never|should never) (?:happen|be (?:happening|tolerated|acceptable)) (?:at|in|with|to|for) (?:a|any) (?:professional|serious|well-run|competent|modern|reputable|proper|real|grown-up) (?:operation|company|business|organi[sz]ation|team|outfit|operator|lab|site|practice|firm|carrier|fleet|school|hospital|distributor)\b|\b(?:any|every) (?:serious|professional|competent|well-run|self-respecting|modern|reputable|grown-up) (?:operation|company|business|organi[sz]ation|team|outfit|operator|carrier|lab|firm|fleet|school|practice|hospital|distributor)s?\b[^.!?\n]{0,30}\b(?:already|would|should|has|have|knows?|uses?|runs?|needs?|works? with)\b', keywords: ['professional', 'serious', 'well-run', 'competent', 'modern', 'reputable', 'proper', 'real', 'grown-up', 'self-respecting']}
      # The reader said to be failing the people they serve: "schools still relying on email newsletters are quietly letting those families down" (development set HF).
      - {regex: '\b(?:are|is|were|was|keeps?|been) (?:quietly |slowly |simply |basically |effectively |still |actively )?letting (?:those|their|your|the|its|these) (?:families|students|pupils|parents|patients|residents|customers|clients|members|staff|employees|team|people|kids|children|learners|guests|drivers|tenants|citizens|users) down\b', keywords: ['letting']}
    exceptions:
      - '\bif (?:your|they|you)\b[^.!?\n]{0,30}?\b(?:feel|feels|felt|ever feel)\b'
    message: 'insulting the reader''s team or colleagues: "{match}"'
    examples:
      fire:
        - 'Hackers love organisations exactly like yours: understaffed, underfunded and overconfident.'
        - 'Tough love here, but your current stack is a museum piece.'
        - 'Let''s be honest, your developers don''t really know what they''re doing with Kubernetes.'
        - 'Your IT department seems completely clueless about modern security.'
        - 'No offence, but your finance people are out of their depth here.'
        - 'Your agency guys are amateurs, you deserve better.'
        - 'Whoever configured your Salesforce instance clearly had no idea what they were doing.'
        - 'Your team is not capable to run this alone, that is why you need our consultants.'
      pass:
        - 'Teams like yours are often understaffed for the volume of alerts, which is why we built triage.'
        - 'Your current stack is a solid base, and we would sit alongside it rather than replace it.'
        - 'Your IT team asked good questions about SSO.'
        - 'Your IT team will need about two hours for the setup.'
        - 'Our team doesn''t know the answer yet, so I''ve asked engineering.'
        - 'If your admins feel out of their depth with the migration, we run it for them.'
        - 'Your team had no idea how much time they''d save, according to the pilot survey.'
        - 'Whoever set up your SSO didn''t enable SCIM, so we''ll need a short call with IT.'
        - 'Your team isn''t lazy; the process is the problem.'
  - id: tone.absolute-superiority
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'unfounded absolute superiority used as pressure: number one in the whole world, nobody can beat us in anything, no other vendor even comes close, light years ahead of everyone, you won''t find better anywhere, a flawless product. A sourced ranking, a regional size, or a feature-by-feature comparison passes.'
    patterns:
      - {regex: '\b(?:we(?:''re| are)|ourco (?:is|are)|our (?:company|product|platform|solution|tool|software|team|service|firm|offering|support|pricing|price|quality|technology|tech) is)(?: (?:simply|just|clearly|easily|honestly|frankly|truly|literally|absolutely|undoubtedly|officially|really|basically|the|very))* (?:number one|number 1|no\.? ?1|#1|best|greatest|finest)\b[^.!?\n]{0,40}?\b(?:in (?:the )?(?:whole |entire )?(?:world|universe|planet|galaxy|market|industry|business|country)|on (?:the )?(?:planet|earth|market)|anywhere|bar none|period|full stop|hands down|no question|without (?:a |any )?doubt|no contest|by far|of all time|in (?:everything|anything|every (?:way|area|respect|category)))\b', keywords: ['number one', 'number 1', 'no.1', 'no. 1', 'no 1', 'no1', '#1', 'best', 'greatest', 'finest']}
      - {regex: '\b(?:we(?:''re| are)|ourco (?:is|are)|our (?:company|product|platform|solution|tool|software|team|service|firm|offering|support|pricing|price|quality|technology|tech) (?:is|are))(?: (?:simply|just|clearly|easily|honestly|frankly|truly|literally|absolutely|undoubtedly|officially|really|basically|totally|completely))* (?:unbeatable|unmatched|unrivall?ed|second to none|without (?:equal|rival|competition)|in a (?:league|class) of (?:our|its|their) own|the undisputed (?:leader|champion|best|number one|king)s?|the only (?:real|serious|sane|smart|logical|sensible|rational) (?:choice|option|solution|vendor|answer)|(?:miles |far |way )?better than (?:everyone|everybody|anyone|all the others|all of them|the rest|any other (?:vendor|company|provider|product)))\b', keywords: ['unbeatable', 'unmatched', 'unrival', 'second to none', 'without equal', 'without rival', 'without competition', 'league of', 'class of', 'undisputed', 'the only', 'better than']}
      - {regex: '\b(?:no ?one|no-one|nobody|no (?:other )?(?:company|vendor|provider|supplier|competitor|product|platform|tool|solution|firm)|none of (?:them|our competitors|the others|the competition))\b(?: else)?(?: (?:in|on) (?:the )?(?:[\w-]+ )?(?:market|world|industry|planet|country))?(?: can| could| will| is able to| are able to)?(?: ever| even| possibly| really)? (?:beat|touch|match|rival|outperform|outdo|compete with|compares? (?:to|with)|hold a candle to|come close to|comes close to)\b[^.!?\n]{0,15}?\b(?:us|ourco|our|we)\b|\b(?:no ?one|no-one|nobody|no (?:other )?(?:company|vendor|provider|supplier|competitor|product|platform|tool|solution))\b(?: else)?(?: (?:in|on) (?:the )?(?:[\w-]+ )?(?:market|world|industry))?(?: even)? (?:comes?|gets?) (?:even )?(?:close|near)\b(?! to (?:the|your|their|my|a|an)\b)', keywords: ['no one', 'noone', 'no-one', 'nobody', 'no company', 'no vendor', 'no provider', 'no supplier', 'no competitor', 'no product', 'no platform', 'no tool', 'no solution', 'no firm', 'no other', 'none of']}
      - {regex: '\b(?:light[- ]?years|years|decades|miles|leagues|a generation) ahead of (?:everyone|everybody|anyone|all (?:the )?(?:others|competitors|rest)|the (?:rest|competition|market|others|pack|field|industry)|our competitors|the competitors|any(?:one| other) (?:vendor|competitor|company|provider)|every (?:other )?(?:vendor|competitor|company|provider|player))\b', keywords: ['ahead of']}
      - {regex: '\bwe(?:''re| are)(?: (?:basically|practically|literally|simply|just))? from the future\b|\b(?:we|ourco|our (?:product|platform|solution|tool|software|company))\b[^.!?\n]{0,25}?\b(?:beat|beats|outperform|outperforms|better than|superior to|crush|crushes|outclass|outclasses)\b[^.!?\n]{0,30}?\b(?:in|on|at) (?:every(?:thing| (?:single )?(?:feature|area|way|metric|category|respect|front|count|level|dimension|point))|anything|all (?:areas|respects|ways|fronts|counts|metrics|features|levels))\b', keywords: ['from the future', 'every', 'anything', 'all areas', 'all respects', 'all ways', 'all fronts', 'all counts', 'all metrics', 'all features', 'all levels']}
      - {regex: '\byou(?:''ll| will)? (?:not|never|won''t)(?: ever)? find (?:anything |anyone |something |a |an )?(?:[\w-]+ )?(?:better|superior)\b[^.!?\n]{0,30}?\b(?:anywhere|on the market|in the (?:world|market)|out there|elsewhere|than us|than ours|than ourco)\b|\byou can(?:''t|not) (?:find|get) (?:anything |anyone |something |a |an )?(?:[\w-]+ )?(?:better|superior)\b[^.!?\n]{0,30}?\b(?:anywhere|on the market|in the (?:world|market)|out there|elsewhere|than us|than ours)\b', keywords: ['find', 'get']}
      - {regex: '\b(?:our|the) (?:product|platform|solution|software|tool|service|system|app)\b[^.!?\n]{0,10}?\b(?:is|has)\b (?:simply |literally |absolutely |100% |totally )?(?:perfect|flawless|no (?:weak(?:ness(?:es)?| points| spots)|flaws|downsides|equal|rival)|zero (?:weaknesses|flaws|downsides))\b(?! (?:for|fit|match|choice)\b)', keywords: ['perfect', 'flawless', 'no weak', 'no flaws', 'no downsides', 'no equal', 'no rival', 'zero weak', 'zero flaws', 'zero downsides']}
    exceptions:
      - '\b(?:according to|ranked|rated|named|voted|awarded|g2|gartner|forrester|idc|survey|our goal|aim to|aiming to|strive|striving|trying to|want to be|to become)\b'
    message: 'an absolute superiority claim used as pressure: "{match}"'
    examples:
      fire:
        - 'We are the best in the world for fleet tracking, no question.'
        - 'Honestly nobody in the industry can match us.'
        - 'No competitor even comes close.'
        - 'We''re years ahead of the competition on everything.'
        - 'You won''t find anything better on the market, trust me.'
        - 'Our platform is simply unbeatable.'
        - 'Our software is perfect, it has no weaknesses at all.'
        - 'We outperform them in every area that matters.'
      pass:
        - 'We''re one of the larger providers in the Nordics.'
        - 'We were named a leader in the 2024 Gartner Magic Quadrant.'
        - 'Nobody likes slow reports, which is why we built caching.'
        - 'Our goal is to be the best partner you''ve worked with.'
        - 'No one on your team will need to install anything.'
        - 'Nothing beats seeing it live, so let''s book a demo.'
        - 'The product is perfect for teams of ten to fifty.'
        - 'Compared with Rival, our API covers more endpoints; their reporting is stronger.'
  - id: tone.certainty-promise
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a result promised as a certainty: that''s a promise, not a projection; as close to a certainty as anything gets; our customers never fail an audit and you won''t either; mark my words; I''d stake my reputation on it. An SLA, a refund policy or an estimate called an estimate passes.'
    patterns:
      - {regex: '\bsimply (?:don''t|do not|never) fail (?:audits?|inspections?|reviews?|exams?)\b|\bwith (?:our|ourco''s?) (?:[\w-]+ )?(?:platform|product|tool|solution|software|system)\b[^.!?\n]{0,10}\b(?:it''s|it is) (?:simply )?impossible\b|\b(?:zero|no) (?:[\w-]+ ){1,3}guaranteed\b|\b(?:zero|no) (?:[\w-]+ ){1,3}?[\w-]+, guaranteed\b', keywords: ['fail audit', 'fail inspection', 'fail review', 'fail exam', 'impossible', 'guaranteed']}
      - {regex: '\b100 ?(?:%|percent) (?:uptime|availability|accuracy|success rate|satisfaction|deliverability|compliance)\b[^.!?\n]{0,20}?\bguarantee|\bguaranteed,? (?:forever|for life|for good|no matter what)\b', keywords: ['100', 'forever', 'for life', 'for good', 'no matter what']}
      - {regex: '\b(?:(?:we are|we''re|i am|i''m) (?:sure|certain|confident) (?:100|a hundred|one hundred) ?(?:%|percent|per cent)|(?:100|a hundred|one hundred) ?(?:%|percent|per cent) (?:sure|certain|guaranteed))[^.!?\n]{0,60}?\b(?:increase|double|triple|grow|growth|save|savings|cut|roi|results?|sales|revenue|profits?|pay for itself|pays for itself)\b', keywords: ['sure', 'certain', 'confident', 'guaranteed']}
      - {regex: '\bwill (?:double|triple|quadruple|halve|grow|increase|cut)\b[^.!?\n]{0,70}?,? (?:full stop|guaranteed|no question|no doubt about it|no ifs or buts|end of story)\b|\b(?:profitable|profit|profits|roi|return|revenue|growth|results?|savings|sales)\b[^.!?\n]{0,60}?\bso you can count (?:also |on )?(?:on )?(?:this|that|it|the same)(?: also| too| as well)?\b', keywords: ['full stop', 'guaranteed', 'no question', 'no doubt', 'no ifs', 'end of story', 'count']}
      - {regex: '\b(?:that''s|that is|this is|it''s|it is|consider (?:it|that)) (?:a |my |our )?(?:promise|guarantee|certainty|commitment|given|sure thing|fact),? (?:and )?not (?:a |an |just a |just an |some )?(?:projection|estimate|forecast|guess|hope|prediction|target|maybe|aspiration|sales pitch|pitch|possibility|best case)\b', keywords: ['not a', 'not an', 'not just', 'not some', 'not projection', 'not estimate']}
      - {regex: '\bas (?:close to|near to|near) (?:a )?(?:certainty|certain|guaranteed|a guarantee|a sure thing|a sure bet|a dead cert|100%) as\b|\b(?:it''s|it is|that''s|that is) (?:basically |practically |virtually |effectively |all but )(?:a )?(?:certainty|guaranteed|a guarantee|a sure thing|a done deal|a dead cert)\b', keywords: ['as close to', 'as near', 'certainty', 'guaranteed', 'guarantee', 'sure thing', 'done deal', 'dead cert']}
      - {regex: '\b(?:never|not once|not one of (?:them|our|the)|none of (?:them|our (?:customers|clients))|no (?:customer|client|one) of ours)\b[^.!?\n]{0,90}?[,;—–-]\s*(?:and|so)\s+(?:you|yours|your (?:team|firm|company|practice|business|school|trust|store|stores|plant|site|fleet|clinic|hospital)|[\p{Lu}\p{Ll}][\w&.''-]*(?: [\p{Lu}\p{Ll}][\w&.''-]*){0,3}) (?:won''t|will not|wouldn''t|would not|shouldn''t|should not) either\b|\band neither will (?:you|your)\b', keywords: ['either', 'neither will']}
      - {regex: '\bmark my words\b|\b(?:i''d|i would|i''ll|i will|i can) (?:stake|bet) (?:my|our) (?:reputation|job|career|name|house|life) on (?:it|that|this)\b|\btake (?:that|it|this) to the bank\b', keywords: ['mark my words', 'stake', 'bet', 'to the bank']}
      - {regex: '(?<!\b(?:no|not|nothing|nobody|never|can''t|cannot|won''t)\b[^.!?\n]{0,30})\b(?:will|we''ll|it''ll) (?:absolutely|completely|totally|entirely|100%|fully) (?:eliminate|stop|prevent|end|remove|solve|fix|wipe out|get rid of)\b', keywords: ['absolutely', 'completely', 'totally', 'entirely', '100%', 'fully']}
      - {regex: '\bworst case,? you(?:''ll| will)\b[^.!?\n]{0,30}?\b(?:clear|save|make|earn|get|see|cut|recover|bank)\b|\bwe (?:stand|stake our name) behind (?:that|this|the) (?:number|figure|estimate|result|saving|savings)\b', keywords: ['worst case', 'stand behind', 'stake our name']}
      - {regex: '\bguaranteed (?:zero|no|100%|full|complete) (?:[\w-]+ ){0,3}(?:disputes?|errors?|downtime|losses|fines|defects|churn|findings|breaches|incidents|penalties|delays)\b', keywords: ['guaranteed']}
      # An outcome promised as certain: "Our customers never fail an audit — it simply doesn't happen with Ourco" (development set HB).
      - {regex: '\b(?:our |ourco )?(?:customers|clients|users|sites|labs|teams|members|schools|fleets) (?:never|don''t ever|do not ever|will never|won''t ever|have never) (?:fail(?:ed)?|lose|lost|miss(?:ed)?|get fined|been fined|got a finding|get a finding|had an? (?:finding|breach|outage|incident|failed audit|recall)|have an? (?:finding|breach|outage|incident|failed audit|recall)) (?:an? |their |a single )?(?:audit|inspection|deadline|sla|finding|breach|payment|claim|filing|exam|recall)s?\b|\b(?:it|that) (?:simply |just |literally )?(?:doesn''t|does not|won''t|will not|can''t|cannot|never) happens? (?:with|on|under|to (?:our )?customers of|once you(?:''re| are) on) (?:ourco|us|our (?:platform|system|software|product|customers))\b', keywords: ['never', 'ever', 'happen']}
      # "I can promise you personally that your month-end close will be done in a single day" (thirty-fifth session, development sets IA and IB)
      - {regex: '\bi (?:can )?(?:personally )?promise (?:you )?(?:personally )?that (?:your|you)\b[^.!?\n]{0,80}\bwill\b', keywords: ['promise you', 'promise that'], firm: true}
      # "Zero SLA breaches from day one — that's our promise to you", "I've never had a customer where that didn't happen, and you won't be the first" (thirty-fifth session, development sets JA and JB)
      - {regex: '\bthat''?s (?:our|my) promise to you\b|\byou won''?t be the first\b', keywords: ['promise to you', 'won''t be the first', 'wont be the first'], firm: true}
    exceptions:
      - '\b(?:sla|service credits?|refund|money[- ]back|(?<!\b100 ?(?:%|percent) )uptime|we can''t promise|we cannot promise|i can''t promise|i cannot promise|no promises)\b'
    message: 'a result promised as a certainty: "{match}"'
    examples:
      fire:
        - 'Zero false positives, guaranteed; that''s our promise to you.'
        - 'Ourco customers simply don''t fail audits, because with our platform it''s impossible.'
        - '100% uptime guaranteed, forever, in writing.'
        - 'Guaranteed zero change-order disputes from day one.'
        - 'Worst case, you''ll save $40K a year on overtime, and we stand behind that number.'
        - 'Ourco will completely eliminate phishing losses for your branches, full stop.'
        - 'Once it''s live, it will absolutely end the overtime problem at your depots.'
        - 'Your ticket backlog will halve in a month, and that is a promise, not a forecast.'
        - 'Roll it out to the sales floor and the numbers rise; it is as close to a certainty as this job gets.'
        - 'Not one of our clinics has ever lost an accreditation since switching, and yours won''t either.'
        - 'Mark my words, this will be the best decision your department makes all year.'
        - 'I''d stake my reputation on it: the savings will show up in the first quarter.'
      pass:
        - 'With our platform it''s possible to pass an audit without spreadsheets, but your controls still matter.'
        - 'No setup fees and no minimum term, and our refund policy is guaranteed in the contract.'
        - 'Our SLA commits to 99.9% uptime, with service credits if we miss it.'
        - 'The SLA gives you service credits if uptime falls below 99.9%; it doesn''t promise zero downtime.'
        - 'Worst case, the import takes an extra day and we rerun it over the weekend.'
        - 'We stand behind the product with a 30-day refund if it isn''t a fit.'
        - 'No tool will completely eliminate phishing, but this cuts the obvious cases.'
        - 'It won''t completely eliminate manual checks; expect about half as many.'
        - 'The upgrade will fully replace the old connector next month.'
        - 'Our SLA is a commitment, not a target: 99.9% uptime or service credits.'
        - 'Treat the 20% as an estimate, not a promise; the pilot will tell us.'
        - 'I can''t promise the delays will stop, but the new routing should help.'
        - 'We never share customer data, and neither do our subprocessors.'
        - 'It''s a fact that the regulation applies from 1 March.'
  - id: tone.caps-emphasis
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    case_sensitive: true
    description: 'one ordinary word shouted in capitals before a lower-case word: THE best, PLEASE make sure, this is NOT a pitch, ONLY two left, reply TODAY, ZERO risk. Acronyms (IT, US, SOC, API) are not in the list; a run of capitals is tone.shouting; notice labels ("PLEASE NOTE:", "IMPORTANT:") and headings in capitals pass.'
    keywords: ['the best', 'the most', 'the only', 'the one', 'the biggest', 'the last', 'the right', 'the perfect', 'the ultimate', 'please', 'only', 'now', 'today', 'tomorrow', 'all', 'every', 'everything', 'very', 'most', 'huge', 'immediately', 'free', 'always', 'ever', 'you', 'your', 'not', 'nobody', 'nothing', 'exclusive', 'guaranteed', 'limited', 'zero', 'truly', 'any', 'so', 'too', 'still', 'actually']
    patterns:
      - '(?<![\p{L}\d''&.-])(?:THE(?= (?:best|most|only|one|biggest|last|right|perfect|ultimate)\b)|PLEASE|ONLY|NOW|TODAY|TOMORROW|ALL|EVERY|EVERYTHING|VERY|MOST|HUGE|IMMEDIATELY|FREE|ALWAYS|EVER|YOU|YOUR|NOT|NOBODY|NOTHING|EXCLUSIVE|GUARANTEED|LIMITED|ZERO|TRULY|ANY|SO|TOO|STILL|ACTUALLY)(?= \p{Ll})'
    exceptions:
      - 'PLEASE NOTE|Please note|please note'
      # A bracketed instruction ("[Attach the redacted report, NOT the full one]") is a note for the team, the internal rules' and the model's to report.
      - '^\s*[\[({<]'
    message: 'a word shouted in capitals: "{match}"'
    examples:
      fire:
        - 'This is THE best platform your warehouse team could ask for.'
        - 'PLEASE make sure the contract reaches your director this week.'
        - 'We have ONLY two onboarding slots left this month.'
        - 'This is NOT a sales pitch, I promise.'
        - 'You will see results IMMEDIATELY after go-live.'
        - 'I need your answer TODAY so we can hold the price.'
        - 'It costs you ZERO to try it.'
      pass:
        - 'Your IT team can set it up in an afternoon.'
        - 'We are SOC 2 Type II certified and GDPR compliant.'
        - 'PLEASE NOTE: the office is closed on Monday.'
        - 'THE ANNUAL SUMMIT 2025 takes place in Lisbon.'
        - 'Register for THE Summit on the event page.'
        - 'We ship to customers in the US and the EU.'
        - 'IMPORTANT: the maintenance window starts at 22:00 UTC.'
        - '[Attach the signed copy, NOT the draft]'
  - id: tone.fear-more
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'fear aimed at the reader in other words: imagine the headlines, the sort of thing that ends up in the local paper, you don''t want to be the team explaining it to the regulator, your name in the incident report, that''s on whoever chose not to, imagine how you''ll feel knowing you said no, money walking out of the door that never comes back. Published incident figures and real compliance dates pass.'
    patterns:
      - {regex: '\b(?:i|we)(?: really)? (?:can''t|cannot|won''t|will not|couldn''t) (?:be (?:held )?(?:responsible|accountable|blamed)|take (?:the )?(?:responsibility|blame)) for (?:what|whatever|anything|what happens|the consequences)\b(?=[^.!?\n]{0,60}\b(?:you|your)\b)', keywords: ['responsible', 'accountable', 'blamed', 'responsibility', 'blame']}
      - {regex: '\b(?:are|were) usually the ones (?:calling|ringing|emailing|begging|scrambling|panicking|crying)\b|\b(?:will|won''t|isn''t going to|is not going to|gaan nie) (?:survive|make it through|last) (?:another|the next|one more|nog ''n) (?:winter|storm|audit|outage|season|year|peak|black friday)\b', keywords: ['usually the ones', 'survive', 'make it through', 'last another', 'last the next', 'last one more', 'last nog']}
      - {regex: '\byour (?:[\w-]+ ){0,2}(?:network|systems?|infrastructure|setup|servers?|site|operation|platform|business|data cent(?:re|er)|firewall|backups?|stack) (?:will|is going to|are going to|is gonna) (?:fail|go down|go dark|crash|collapse|break|be breached|get breached|get hacked|be hacked)\b(?! (?:over|after) (?:to|the)\b)|\b(?:one|a single) (?:bad |big |more )?(?:storm|outage|power cut|surge|failure|click|breach|attack|phish|mistake)\b[^.!?\n]{0,20}?\band (?:your|the) (?:entire |whole )?(?:[\w-]+ ){0,2}(?:operation|business|network|company|site|office|data|systems?)\b[^.!?\n]{0,20}?\b(?:goes|go|is|are|will go|will be) (?:dark|down|offline|gone|over|finished|toast)\b', keywords: ['will fail', 'will go down', 'will go dark', 'will crash', 'will collapse', 'will break', 'will be breached', 'will get breached', 'will get hacked', 'will be hacked', 'going to fail', 'going to go down', 'going to go dark', 'going to crash', 'going to collapse', 'going to break', 'going to be breached', 'going to get breached', 'going to get hacked', 'going to be hacked', 'gonna', 'dark', 'down', 'offline', 'gone', 'over', 'finished', 'toast']}
      - {regex: '\b(?:don''t|do not|won''t|will not|rarely|never) (?:tend to )?accept ["“''‘][^"”''’\n]{3,80}["”''’] as an excuse\b|\bstuck at the back of the (?:queue|line)\b', keywords: ['as an excuse', 'back of the queue', 'back of the line']}
      - {regex: '\bi(?:''ll| will) (?:assume|take it)(?: from here on| from now on| going forward)?,? that you(?:''re| are) (?:comfortable|fine|ok|okay|happy|at peace|content) (?:with|accepting) (?:the|that|this) risk\b', keywords: ['i''ll assume', 'i will assume', 'i''ll take it', 'i will take it']}
      - {regex: '\byou (?:will not|won''t|will never|won''t ever) (?:find|get) (?:a |any |another )?[\w-]+(?: [\w-]+)? anywhere\b', keywords: ['anywhere']}
      - {regex: '\b(?:imagine|picture|think of) (?:the|those|tomorrow''s|the next day''s) (?:headlines?|press coverage|front pages?|news coverage|local news|trade press)\b(?! (?:your|you|we|our|about your (?:win|launch|success))\b)|\b(?:making|make|made|hit|hitting|grab|grabbing|be in|end up in|ends up in|ended up in|end up on|ends up on) (?:the )?(?:local |national |trade |evening )?(?:headlines|front pages?|papers?|paper|news|press)\b[^.!?\n]{0,60}?\b(?:breach|leak|outage|fine|hack|scandal|failure|incident|for the wrong reasons|after)\b|\b(?:the (?:sort|kind|type) of thing|the sort of story|the kind of story) (?:that )?(?:ends up|end up|winds up|lands|gets|makes it) (?:in|on|into) (?:the )?(?:local |national |trade |evening )?(?:paper|papers|press|news|headlines)\b', keywords: ['imagine', 'picture', 'think of', 'headline', 'front page', 'papers', 'paper', 'news', 'press']}
      - {regex: '\b(?:nobody|no one|no-one|you don''t|you do not|you wouldn''t|you would not|i''d hate for you|i would hate for you) (?:really |definitely |certainly )?(?:wants?|want|to) (?:\S+ ){0,3}?to be the (?:[\w-]+ ){0,3}?(?:explaining|justifying|answering|apologi[sz]ing|telling|making the headlines|in the headlines|on the front page|who (?:has|have|had) to (?:explain|justify|answer|apologi[sz]e|tell))\b|\byou (?:really |definitely |certainly )?(?:don''t|do not|wouldn''t|would not) want to be the (?:[\w-]+ ){0,3}?(?:explaining|justifying|answering for|apologi[sz]ing for|telling)\b', keywords: ['to be the']}
      - {regex: '\byour (?:own )?name (?:in|on|at the top of) (?:the |an |that )?(?:incident|breach|audit|post-mortem|postmortem|investigation|inquiry|enquiry|regulator''s|coroner''s) (?:report|findings|letter|file)\b|\b(?:that''s|that is|that''ll be|that will be|it''s|it is) on (?:whoever|the person who|the people who|the team that|the one who|you|your team)\b[^.!?\n]{0,40}?\b(?:chose|decided|picked|said no|didn''t|did not|failed|passed|turned)\b', keywords: ['your name', 'your own name', 'on whoever', 'on the person', 'on the people', 'on the team', 'on the one', 'on you', 'on your team']}
      - {regex: '\bimagine how you(?:''ll| will|''d| would) feel\b[^.!?\n]{0,80}?\b(?:knowing|when|if|after|once)\b[^.!?\n]{0,80}?\b(?:said no|passed|turned (?:it|this|us) down|didn''t|did not|missed|ignored|walked away|had the (?:fix|answer|solution|chance))\b', keywords: ['imagine how you']}
      - {regex: '\b(?:that|the|this|your) money (?:doesn''t|does not|won''t|will not|never) (?:come|comes) back\b|\b(?:walking|walks|walked|going|flying|leaking|pouring) out of the (?:door|window)\b|\bthere(?:''s| is) no catching up\b|\bforfeit(?:ing|s|ed)? (?:this year''s|this quarter''s|those|these|the|your|all)\b[^.!?\n]{0,30}?\b(?:savings?|budget|gains?|returns?)\b', keywords: ['money', 'out of the door', 'out of the window', 'catching up', 'forfeit']}
      - {regex: '\bone (?:audit|breach|incident|mistake|inspection|lawsuit|fine|outage|bad day|phishing email) away from\b', keywords: ['away from']}
      # Fear of being named, and a statistic about those who wait (development sets QM, RB).
      - {regex: '\bi(?:''d| would) hate (?:for|to see) (?:you|your [\w-]+|[\p{L}&.-]+(?: [\p{L}&.-]+){0,3}) (?:to )?(?:be |end up |appear |feature )?(?:on|in) (?:that|this|the|such a) (?:list|report|league table|headlines?|news)\b|\b(?:who|that) (?:delay|wait|hesitate|put (?:it|this|the decision) off|postpone)\b[^.!?\n]{0,60}?\b(?:are|were) (?:\d+(?:\.\d+)?%|\d+(?:\.\d+)? ?(?:times|x)) (?:less|more) likely\b', keywords: ['hate for', 'hate to see', 'delay', 'wait', 'hesitate', 'put it off', 'put this off', 'postpone']}
      # Disaster said to be only waiting: "sites running spreadsheets … are basically waiting for a warning letter", "for some companies it's been the end of their pipeline" (development set HB).
      - {regex: '\b(?:basically|essentially|just|simply|practically|effectively) (?:waiting for|one (?:[\w-]+ ){0,2}away from|begging for|asking for|inviting) (?:a |an |the )?(?:warning letter|fine|breach|lawsuit|recall|disaster|audit finding|finding|shutdown|data breach|penalty|sanction|failed (?:audit|inspection)|483|fire|accident|claim)s?\b|\b(?:a|an) (?:warning letter|breach|lawsuit|recall|disaster|fine|audit finding|data breach|compliance failure|catastrophe|accident|fire) waiting to happen\b|\bone (?:[\w-]+ ){0,2}(?:audit|inspection|breach|incident|outage|recall|lawsuit|bad (?:audit|inspection|day|storm)|mistake|finding) away from (?:a |an |the )?(?:disaster|shutdown|closure|warning letter|fine|headlines?|lawsuit|losing|bankruptcy|the front page)\b|\b(?:it''s|it has|that''s|that has|it was|that was) (?:been )?the end of (?:their|the|a|his|her) (?:pipeline|business|company|career|contract|licen[cs]e|programme|program|franchise)\b', keywords: ['waiting for', 'away from', 'begging for', 'asking for', 'inviting', 'waiting to happen', 'the end of']}
      # The kind of answer that gets an organisation punished, and courts over less: "'we use a spreadsheet' is the kind of answer that gets schools downgraded", "Parents are taking schools to court over far less" (development set HF).
      - {regex: '\bthe (?:kind|sort|type) of (?:answer|thing|mistake|gap|oversight|setup|process|response|finding|shortcut) that gets (?:[\w-]+ ){0,2}(?:downgraded|fined|sued|fired|sacked|shut down|closed|struck off|delisted|investigated|audited|prosecuted|suspended|failed|blacklisted|put on special measures)\b|\b(?:taking|take|took|dragging|drag) (?:[\w-]+ ){0,3}to (?:court|tribunal|the ombudsman) (?:over|for) (?:far |much |a lot |a great deal )?less\b|\b(?:sued|fined|prosecuted|struck off|shut down|fired|sacked|downgraded) (?:for|over) (?:far |much |a lot )?less\b', keywords: ['kind of', 'sort of', 'type of', 'to court', 'to tribunal', 'ombudsman', 'for less', 'over less', 'far less', 'much less']}
      # "I'm sure paper has worked perfectly so far – right up until the day it doesn't" (development set HI).
      - {regex: '\b(?:right |just )?(?:up )?until the (?:day|moment|morning|minute) (?:it|they|that|this|the [\w-]+) (?:doesn''t|don''t|isn''t|aren''t|won''t|fails?|breaks?|stops?|goes wrong|gets audited|gets breached)\b', keywords: ['until the day', 'until the moment', 'until the morning', 'until the minute']}
      # Blame laid in advance, and disaster said to be coming (development sets HM, HN): "I want it on record that we've warned you twice … nobody can say Ourco didn't tell you", "the question will be what you did about it today", "your owners will be asking you why", "I'd hate to see that happen to X".
      - {regex: '\b(?:i want it on (?:the )?record|for the record,? (?:we|i)(?:''ve| have)? (?:warned|told) you|nobody can say (?:we|ourco|i) (?:didn''t|did not) (?:tell|warn) you|(?:don''t|do not) say (?:we|i) (?:didn''t|did not) warn you)\b|\bthe question will be (?:what|why) you (?:did|didn''t|did not|chose)\b|\band statistically,? (?:one|it|they|someone|somebody) will\b|\b(?:your|the) (?:owners?|board|boss|ceo|cfo|management|investors|shareholders|governors|trustees) (?:will be|are going to be|will start|will) ask(?:ing)? (?:you )?(?:why|how|what happened)\b|\bi''d hate (?:to see|for) (?:that|this|the same)(?: (?:thing|fate))? (?:happen )?(?:to|for) (?:you|your|[\p{L}])', keywords: ['on record', 'the record', 'nobody can say', 'say we didn', 'say i didn', 'question will be', 'statistically', 'asking you why', 'ask why', 'asking why', 'ask you why', 'asking how', 'what happened', 'hate to see', 'hate for']}
      # "before your board asks why payouts are still failing", "most teams who've told us six weeks come back around month five" (thirty-fifth session, development sets IA and IB)
      - {regex: '\bbefore (?:your|the) (?:board|ceo|cfo|coo|boss|auditors?|regulators?|investors?|owners?|chairman|directors?) (?:asks?|starts? asking|wants? to know|finds? out|notices?|comes asking)\b', keywords: ['board', 'ceo', 'cfo', 'coo', 'boss', 'auditor', 'regulator', 'investor', 'owner', 'chairman', 'director']}
      - {regex: '\b(?:most|many|plenty of|a lot of) (?:teams|companies|people|customers|folks|businesses|firms) who(?:''ve| have)? (?:told us|said|thought|tried|insisted)\b[^.!?\n]{0,100}\bcome back\b', keywords: ['come back']}
    message: 'fear aimed at the reader: "{match}"'
    examples:
      fire:
        - 'If you don''t book a call, I can''t be responsible for what your next pen test finds.'
        - 'Your IT setup won''t survive another winter of load-shedding.'
        - 'Teams who wait ''until next budget cycle'' are usually the ones calling us at 2am after the outage.'
        - 'Your backups are going to fail the first time you actually need them.'
        - 'Let''s be real: one bad storm and your entire operation in Durban goes dark.'
        - 'Your network will fail. Not maybe, not eventually — this year.'
        - 'Fair warning: once the new rules bite, vendors like us will be booked solid and you will be stuck at the back of the queue.'
        - 'Word of advice: privacy commissioners don''t tend to accept ''we were still evaluating options'' as an excuse.'
        - 'I''ll assume from here on that you''re comfortable with the risk, and I''ll note that in my records.'
        - 'Firms that don''t tighten their retention policies are one audit away from a very public problem.'
        - 'Imagine the headlines if the leak traces back to a shared spreadsheet.'
        - 'A clinic still faxing referrals is exactly the sort of thing that ends up in the local press.'
        - 'You really don''t want to be the manager explaining a missed recall to the inspector.'
        - 'After the next outage it will be your name in the incident report, not ours.'
        - 'If the site goes down in December, that''s on whoever decided monitoring could wait.'
        - 'Imagine how you''ll feel in March knowing you had the answer and let it sit.'
        - 'Every idle week is margin going out of the door, and that money never comes back.'
      pass:
        - 'We can''t be responsible for what third-party plugins do, so we test each one before it is listed.'
        - 'The batteries are sized to last through a four-hour outage.'
        - 'Without a second path, one bad storm can take a site offline for hours; here is how we design around that.'
        - 'If your primary link fails, your network will fail over to the LTE backup automatically.'
        - 'Regulators accept a documented plan as evidence of progress, which is why we start with one.'
        - 'If you''re comfortable with the risk for the pilot, we can leave the pen test until production.'
        - 'You''re one click away from the new report: open Insights > Retention.'
        - 'We''re one signature away from starting, whenever your legal team is ready.'
        - 'We publish an incident report after every outage, and your team gets it first.'
        - 'The story ended up in the trade press, which is how I heard about the award.'
        - 'Imagine the headlines your marketing team could write with these numbers.'
        - 'Our refund money comes back to your card within five days.'
        - 'That''s on us: we missed the handover and I''m sorry.'
        - 'No catching up needed on your side; the notes are in the shared folder.'
  - id: tone.fake-flexibility
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'flexibility offered and withdrawn in one breath, or a decision demanded: whenever suits you, though ideally today; no pressure at all, but the rate is tied to this month; quick decision needed. A real preference with its reason ("Thursday works best for our engineer") passes.'
    patterns:
      - {regex: '\b(?:whenever|whatever time|any time|anytime|in your own time|at your (?:own )?(?:convenience|pace)|no rush|no hurry|take your time|no pressure(?: at all)?|no obligation)\b[^.!?\n]{0,40}?\b(?:though|but|although|however|just)\b[^.!?\n]{0,30}?\b(?:ideally|preferably|realistically|honestly)?\s*(?:that would be |that''d be |it would be |it''d be |it''s |by )?(?:today|tonight|this afternoon|within the hour|in the next hour|sooner rather than later|the sooner the better|asap|right away|before (?:the )?(?:weekend|end of (?:the )?day))\b', keywords: ['whenever', 'whatever time', 'any time', 'anytime', 'own time', 'convenience', 'pace', 'no rush', 'no hurry', 'take your time', 'no pressure', 'no obligation']}
      - {regex: '\bno pressure(?: at all| whatsoever)?\b[^.!?\n]{0,10}?,? (?:though|but|however|although)\b[^.!?\n]{0,80}?\b(?:rate|price|pricing|offer|discount|slot|spot|place|deal|quote|terms|cohort|allocation|budget)\b[^.!?\n]{0,40}?\b(?:tied to|only|ends?|expires?|runs out|goes|disappears|this (?:month|week|quarter)|won''t|will not|can''t|cannot)\b', keywords: ['no pressure']}
      - {regex: '\b(?:quick|urgent|fast|immediate|snap|rapid|swift) (?:decision|answer|response|reply|yes or no|yes/no|go/no-go|call)s? (?:needed|required|requested|wanted|please)\b|\b(?:need|needs|needed|require|requires) (?:a |your )?(?:quick |fast |swift |snap )?(?:decision|yes or no|yes/no) (?:today|tonight|now|by (?:close of business|end of (?:the )?day|eod|cob|lunchtime|noon))\b', keywords: ['decision', 'answer', 'response', 'reply', 'yes or no', 'yes/no', 'go/no-go', 'call']}
    exceptions:
      - '\b(?:because|since|as) (?:the|our|your) (?:courier|engineer|technician|installer|truck|van|flight|train|venue|printer|office)\b'
      - '\b(?:neither|none of (?:this|these|them|it)|nothing (?:here|in this)|this|that|it|which) (?:one )?(?:requires|needs|calls for|doesn''t need|does not need|doesn''t require|does not require)\b[^.!?\n]{0,10}\bdecision\b[^.!?\n]{0,10}\bnow\b'
    message: 'flexibility withdrawn or a decision demanded: "{match}"'
    examples:
      fire:
        - 'Reply whenever it suits you, though ideally that would be this afternoon.'
        - 'No pressure at all, but the discount I mentioned only holds for this month''s intake.'
        - 'Quick decision needed on the renewal: yes or no?'
        - 'We need a yes or no by end of day.'
      pass:
        - 'Reply whenever it suits you; there''s no deadline on our side.'
        - 'No pressure at all, and if the timing is wrong we can talk next quarter.'
        - 'Any time works, though Thursday is easiest because our engineer is on site.'
        - 'If a quick answer helps, the short version is yes, we support SAML.'
  - id: tone.reply-jab
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'a jab at the reader''s silence or delay: your overdue response, following up (again), as you''ve mentioned a few times now, that was in March, it would be courteous to let me know, assuming you can actually find 15 minutes this time, what''s taking so long, surely that isn''t too much to ask, I''ll keep sending these until someone replies, have some respect for my efforts, expecting a positive reply only. A polite check-in, and a release from replying, pass.'
    patterns:
      - {regex: '\bi know how easy it is for (?:things like |something like |a thing like )?[^.!?\n]{1,50}? to (?:slip|fall|drop|get pushed|be pushed) (?:down|off|through|to the bottom)', keywords: ['know how easy']}
      - {regex: '\bi(?:''d| would) have thought (?:that )?[^.!?\n]{1,80}\b(?:would|might|should) (?:rank|be|come|sit) (?:fairly |pretty |quite |rather |a bit |somewhat )?(?:high|higher|near the top|top of|a priority|important)\b', keywords: ['have thought']}
      - {regex: '\b(?:so|that way) (?:it|this) (?:doesn''t|does not|won''t|will not) (?:have to )?(?:sit|languish|gather dust|get lost|linger) (?:in|on) your (?:inbox|desk|plate|to-do list) (?:any longer|anymore|any more)\b', keywords: ['your inbox', 'your desk', 'your plate', 'your to-do']}
      - {regex: '\b(?:one-line|one line|quick|short|brief|simple) (?:reply|answer|response)\b[^.!?\n]{0,60}\b(?:would be|is) (?:a sign of |a matter of |basic |common |simple )*(?:respect|courtesy|decency|professional courtesy)\b', keywords: ['respect', 'courtesy', 'decency']}
      - {regex: '\b(?:two|three|four|five|several|multiple|\d) unanswered (?:emails|messages|notes|calls|voicemails)\b|\btells me (?:this|it|we) (?:isn''t|is not|aren''t|are not) (?:a|your) (?:priority|focus)\b', keywords: ['unanswered', 'tells me']}
      - {regex: '\b(?:it would|it''d) just be nice to (?:know|hear|get|have)\b|\bthe (?:common|basic|simple) courtesy of (?:a|an) (?:reply|response|answer)\b', keywords: ['nice to', 'courtesy']}
      - {regex: '\b(?:actually|finally|even) (?:open|opened|read|look at|looked at|reply to|respond to|get to)\b[^.!?\n]{0,40}\bthis time\b', keywords: ['this time']}
      - {regex: '\bas (?:i(?:''ve| have)? )?(?:mentioned|said|explained|noted|stated|pointed out) (?:several|multiple|many|a few|numerous|countless|three|four) times(?: already| before| now)?\b', keywords: ['times']}
      - {regex: '\b(?:clearly|obviously|evidently|apparently|i see|i guess|i gather)(?:,)? (?:this|it|we|my (?:email|note|proposal|message)s?|our (?:proposal|offer)) (?:hasn''t|has not|haven''t|have not|isn''t|is not|wasn''t|aren''t|are not) (?:made it |been |quite |really )?(?:to the top of|a priority|high on|on|near the top of) your (?:list|radar|agenda|priorities|to-do list)\b', keywords: ['clearly', 'obviously', 'evidently', 'apparently', 'i see', 'i guess', 'i gather']}
      - {regex: '\b(?:a|one|your) (?:quick |short |simple |one-line )?(?:reply|response|answer|no|yes) costs (?:you )?(?:nothing|nothing at all|very little)\b|\bit costs (?:you )?nothing to (?:reply|respond|answer|say no|let me know)\b', keywords: ['costs']}
      - {regex: '\b(?:mine|my emails?|my messages?|my notes?) (?:are|is) (?:probably |likely |surely |no doubt )?(?:near |at )?the bottom of (?:the|your) (?:pile|list|inbox|heap|queue)\b', keywords: ['bottom of']}
      - {regex: '\b(?:i''m sure|i am sure|i know|i guess|clearly|obviously|i understand) you (?:have|''ve got|must have) (?:far |much |many |a lot )?(?:more important|bigger|better|more pressing) (?:suppliers|vendors|things|priorities|people|partners|clients|customers|matters)(?: than (?:us|me))?\b', keywords: ['more important', 'bigger', 'better', 'more pressing']}
      - {regex: '\b(?:your|the|a|my) (?:now )?(?:overdue|belated|long-awaited|much-delayed) (?:response|reply|answer|decision|feedback|sign-?off|signature|go-ahead)\b|\((?:now |long |well |very |rather )?overdue\)|\b(?:following up|follow-up|circling back|checking in|bumping this|chasing|nudging|writing)\s*\((?:again|once more|yet again|for the \w+ time|\d+\w* time|one more time|again!?)\)|\b(?:following up|writing|e-?mailing|chasing|reminding you|contacting you|calling|messaging you|asking|nudging|follow up|write)(?: (?:you|to you|with you))? again and again\b', keywords: ['overdue', 'belated', 'long-awaited', 'much-delayed', 'again', 'once more', 'time)']}
      - {regex: '\bas you(?:''ve| have) (?:mentioned|said|told me|pointed out|reminded me|explained)(?: (?:a few|several|many|numerous|multiple|a number of|two|three|four|five) times| more than once| repeatedly| so many times)(?: now| already)?\b|\byou said you(?:''d| would)\b[^.!?\n]{0,80}?[;,—–-]\s*(?:but )?(?:that was|which was)(?: back)? (?:in|on|over|nearly|almost|more than|about)\b', keywords: ['as you', 'you said']}
      - {regex: '\b(?:it|that) would (?:just |only |simply |at least )?(?:be|have been) (?:courteous|polite|good manners|common courtesy|nice|respectful|professional|decent|fair) (?:of you )?to (?:let me know|reply|respond|tell me|say so|hear back|get back|answer|give me an answer)\b|\b(?:have|show) (?:some|a little|a bit of) respect for (?:my|our) (?:efforts|time|work|hard work)\b|\b(?:expecting|expect|hoping for|want) (?:a )?positive (?:reply|response|answer|decision|news)s? only\b|\bonly (?:a )?positive (?:reply|response|answer)s? (?:please|expected|accepted)\b|\bbut so am i\b', keywords: ['courteous', 'polite', 'manners', 'courtesy', 'nice', 'respectful', 'professional', 'decent', 'fair', 'respect for', 'positive', 'so am i']}
      - {regex: '\b(?:if|assuming|provided|as long as) you can (?:actually|finally|even|possibly|somehow) (?:find|spare|make|carve out|manage|get)\b|\b(?:find|spare|make) (?:the )?(?:\w+ ){0,3}?(?:minutes|time|a moment|an hour) (?:this time|for once)\b|\b(?:what''s|what is) taking (?:so|this|that) long\b|\b(?:surely|honestly|really) (?:a |an |one |this |that )?(?:[\w-]+ ){0,3}?(?:isn''t|is not|wouldn''t be|is hardly) (?:too much|a lot|a big ask|much) to ask\b|\bhardly (?:a big|too much of an?|much of an?|an unreasonable) ask\b|\b(?:i|we)(?:''ll| will| am going to| are going to|''m going to|''re going to| shall)? (?:just )?keep (?:sending|e-?mailing|chasing|following up|writing|calling|nudging)\b[^.!?\n]{0,30}?\buntil (?:someone|somebody|anyone|you|your team|one of you)\b|\b(?:read|looked at|gone through|considered) my (?:\w+ ){0,2}?(?:e-?mails?|notes?|messages?|proposal|deck|offer) properly\b', keywords: ['you can', 'this time', 'for once', 'taking so long', 'taking this long', 'taking that long', 'to ask', 'hardly', 'until', 'properly']}
      - {regex: '\b(?:something|this|it|we|our (?:email|emails|proposal|offer|note|notes))\b (?:simply|just|clearly|obviously|apparently) (?:isn''t|is not|wasn''t|was not|aren''t|are not) (?:a |your |high on your )?(?:priority|priorities|important)\b', keywords: ['simply', 'just', 'clearly', 'obviously', 'apparently']}
      # The earlier emails counted back: "As I mentioned in my last email (and the one before that)" (development set RW).
      - {regex: '\band the (?:one|email|e-mail|message|note|time|call) before (?:that|it)\b', keywords: ['before that', 'before it']}
      # "I'm sure your procurement team will take another two months to read this, so no rush, really" (development set HJ).
      - {regex: '\b(?:i''m sure|i am sure|no doubt|i expect|i imagine|i suppose|i assume|knowing)\b[^.!?\n]{0,40}\b(?:will|''ll|would|is going to|are going to) take (?:another |a further |yet another )?(?:\w+ ){0,2}(?:weeks|months|years|ages|forever|a century) to (?:read|reply|answer|respond|review|look at|get to|open|sign)\b', keywords: ['weeks to', 'months to', 'years to', 'ages to', 'forever to', 'century to']}
      # Waiting on the reader said with a sting (development sets HA, HE, HF, HN): "Looking forward to finally hearing back from you", "I know reading a two-line email can take a few weeks", "the most engagement we've had from your side". The sentence model reads the quieter ones at 0.01–0.08: shown as info.
      - {regex: '\b(?:looking forward to|look forward to|hope to|hoping to|would love to|i''d love to) (?:finally|actually|at last|eventually) (?:hearing|getting|receiving|having|hear|get|receive|have) (?:back )?(?:from you|a (?:reply|response|answer|decision)|an (?:answer|update))\b|\b(?:reading|answering|replying to|opening|reading through|getting through) (?:a|an|one|my) [^.!?\n]{0,25}?(?:e-?mail|message|note)s? (?:can|could|might|may|must|seems to|apparently) takes? (?:a few|several|some|a couple of|many|two|three|four) (?:weeks|months)\b', keywords: ['finally', 'actually', 'at last', 'eventually', 'weeks', 'months'], firm: true}
      - {regex: '\bi know (?:reading|answering|replying to|opening|checking|getting to) (?:e-?mails?|messages?|your inbox|(?:my|a|an|one) [^.!?\n]{0,20}?(?:e-?mail|message|note)s?) can be (?:a bit |quite |pretty |really )?(?:tricky|hard|difficult|a challenge|tough|a struggle|a lot)\b', keywords: ['tricky', 'hard', 'difficult', 'challenge', 'tough', 'struggle', 'a lot'], firm: true}
      - {regex: '\bthe (?:most|first|only) (?:engagement|response|reply|sign of life|interaction|contact) (?:we''ve|we have|i''ve|i have|we''d|i''d) (?:had|got|gotten|seen|received) (?:from you|from your side|from your team|from [\p{L}]+)\b', keywords: ['engagement', 'response', 'reply', 'sign of life', 'interaction', 'contact'], firm: true}
    exceptions:
      - '\b(?:sorry|apologi[sz]e|apologies|my fault|my bad|on my part|from my side|our delay|my delay|i was slow|we were slow)\b'
    message: 'a jab at the reader''s silence or delay: "{match}"'
    examples:
      fire:
        - 'Re: your overdue reply on the warehouse quote'
        - 'Checking in (again) on the revised terms.'
        - 'I understand you''re stretched, as you''ve told me several times now.'
        - 'You said you would come back to me after the board meeting; that was in June.'
        - 'If you''ve gone with someone else, it would be courteous to let me know.'
        - 'Glad to run the demo, assuming you can actually make the call this time.'
        - 'I honestly don''t see what''s taking so long on your side.'
        - 'Surely a short call isn''t too much to ask after all this.'
        - 'I will keep writing until somebody on your team answers.'
        - 'Please have some respect for my efforts and reply.'
      pass:
        - 'Checking in on the revised terms; no rush if you''re still reviewing.'
        - 'As you mentioned on the call, the rollout starts with two depots.'
        - 'Sorry for my belated reply; I was travelling last week.'
        - 'If you''ve gone another way, no need to reply; I wish you well with it.'
        - 'Your invoice is overdue by 10 days; could you check it with accounts payable?'
        - 'The long-awaited mobile app is live in the App Store.'
        - 'Finance leads tell us the same thing again and again: month-end takes too long.'
        - 'The app will keep calling the next engineer on the rota until someone acknowledges the page.'
  - id: tone.condescension-more
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'talking down to the reader: most CFOs grasp this in five minutes, I can walk you through it again more slowly, confusing for non-technical folks, your IT lead may not fully appreciate it, a rookie mistake but don''t feel bad. Plain explanations and offers of a short walkthrough pass.'
    patterns:
      - {regex: '\bkeep (?:this|it|things) (?:simple|basic|short and simple),? (?:since|as|because)\b[^.!?\n]{0,80}?\b(?:technical|complicated|confusing|complex|overwhelming|tricky|hard to follow) for (?:you|your|(?:[\w-]+ ){1,2}(?:generalists|people|folks|types|teams|managers|owners|buyers|non-specialists|beginners|staff))\b', keywords: ['simple', 'basic']}
      - {regex: '\b(?:feels?|looks?) like (?:a|an) (?:19|20)\d\d (?:flip phone|website|app|product|pager|nokia|fax|screensaver|cd-?rom)\b|\bis (?:basically|just|essentially|really) (?:a|an) [\w -]{2,25} with (?:a|an) (?:loading screen|new logo|coat of paint|login screen|logo|skin|fresh coat)\b|\btime to (?:find|get|hire) (?:a |yourself a )?new (?:it guy|it person|cfo|cto|manager|boss|team|lawyer|accountant|developer|dev)\b', keywords: ['like a 19', 'like a 20', 'like an 19', 'like an 20', 'loading screen', 'new logo', 'coat of paint', 'login screen', 'fresh coat', 'logo', 'skin', 'new it', 'new cfo', 'new cto', 'new manager', 'new boss', 'new team', 'new lawyer', 'new accountant', 'new developer', 'new dev']}
      - {regex: ',? and (?:i think |i suspect |i''m sure |frankly |we both know |deep down )?you know (?:it|that)(?=\s*[.!]|\s*$)', keywords: ['you know']}
      - {regex: '\bor (?:whether )?(?:that|it|this) was (?:only|just|merely|simply) (?:a )?(?:talking point|lip service|for show|marketing|a slogan|something to say|words)\b|\bis (?:actually|really|even) still something (?:you|your team|[\w&.''’ -]{1,40}) (?:care|cares|want|wants) about\b|\b(?:then )?you(?:''re| are) (?:choosing|deciding|opting|electing) to (?:lose|waste|bleed|throw away|leave money|fall behind|burn|fail)\b', keywords: ['talking point', 'lip service', 'for show', 'slogan', 'something to say', 'still something', 'choosing to', 'deciding to', 'opting to', 'electing to']}
      - {regex: '\bany (?:competent|decent|half-?decent|reasonable|capable|self-respecting) (?:developer|engineer|admin|administrator|accountant|team|person|it person|dev|professional|buyer)\b[^.!?\n]{0,60}\b(?:should|could|would|can)\b|\bif (?:they|you|your team|your developers|your people) (?:actually|even|just|bothered to) (?:read|reads|followed|opened|looked at) the (?:docs|documentation|manual|instructions|guide|email|readme)\b', keywords: ['any competent', 'any decent', 'any half', 'any reasonable', 'any capable', 'any self', 'actually read', 'actually follow', 'actually open', 'actually look', 'even read', 'even follow', 'even open', 'even look', 'just read', 'just follow', 'just open', 'just look', 'bothered to']}
      - {regex: '\b(?:a|an) (?:grown-?up|adult|serious|proper) conversation\b[^.!?\n]{0,60}?\b(?:i''ll|i will|we''ll|we will) (?:find|go to|talk to|speak to|reach out to|approach) (?:someone|somebody|another|the person|your (?:boss|manager|cio|ceo|cfo|director))\b|\bare you (?:even )?still there\b|\bare you even (?:reading|there|alive|awake|getting) (?:these|this|my|them)?\b', keywords: ['conversation', 'still there', 'are you even']}
      - {regex: '\b(?:our|my|the) (?:junior |new |graduate |intern )?(?:engineers|team|staff|interns|techs|technicians|people|colleagues|guys) (?:laughed|chuckled|giggled|winced|cringed|gasped|couldn''t stop laughing) (?:out loud )?(?:when (?:they|we|he|she) (?:saw|looked at|read|reviewed|opened)|at (?:your|the state of))\b|\bso (?:outdated|old|ancient|antiquated|out of date|bad|clunky) (?:that )?(?:our|my|even)\b[^.!?\n]{0,40}?\b(?:laughed|winced|cringed|recognised|recognized)\b', keywords: ['laughed', 'chuckled', 'giggled', 'winced', 'cringed', 'gasped', 'laughing', 'outdated', 'ancient', 'antiquated']}
      - {regex: '\b(?:nobody|no one|no-one) (?:else )?(?:at your (?:level|size|stage)|in your (?:position|role|shoes|industry|sector)|your size)\b[^.!?\n]{0,40}?\bstill\b', keywords: ['nobody', 'no one', 'no-one']}
      - {regex: '\byour [\w -]{1,30}? (?:is|are) (?:a (?:total |complete |real |bit of a |hot )?(?:mess|shambles|joke|dumpster fire|train wreck|trainwreck))\b|,? and you know it\b', keywords: ['mess', 'shambles', 'joke', 'dumpster fire', 'train wreck', 'trainwreck', 'you know it']}
      - {regex: '\b(?:so|simple|easy|intuitive|straightforward)\b[^.!?\n]{0,30}?\b(?:that )?even (?:you|your (?:[\w-]+ )?(?:team|people|staff|folks|guys|lot|department|interns?))(?: guys)? (?:can|could|will|would|should)(?: be able to)? (?:use|manage|handle|figure|understand|follow|get|do|run)\b', keywords: ['even you', 'even your']}
      - {regex: '\b(?:it''s|it is|that''s|that is) (?:genuinely |honestly |frankly |a bit |a little |quite |pretty |really |kind of |somewhat )?(?:embarrassing|shameful|sad|depressing|painful to watch|cringe-?worthy|tragic) (?:how|that|to see|watching)\b[^.!?\n]{0,60}\byour\b', keywords: ['embarrassing', 'shameful', 'sad', 'depressing', 'painful to watch', 'cringe', 'tragic']}
      - {regex: '\b(?:spreadsheets?|excel|email|whiteboards?|sticky notes|notebooks?) (?:is|are) (?:great|fine|perfect|lovely|good|brilliant|ok|okay) for (?:grocery|shopping|christmas|party|wedding|to-?do|birthday|holiday) lists?\b', keywords: ['grocery', 'shopping', 'christmas', 'party', 'wedding', 'to-do', 'todo', 'birthday', 'holiday']}
      - {regex: '\b(?:it''s|it is|time|high time) (?:for (?:you|your team) )?to grow up\b|\bgrow up and\b', keywords: ['grow up']}
      - {regex: '\bwhat (?:[\w-]+ ){0,3}(?:teams|people|companies|firms|departments|businesses|shops|accountants|planners|buyers|everyone) (?:did|used to do|were doing|did back) (?:in|back in) (?:the )?(?:''?[5-9]0s|19[5-9]0s|last century|stone age|dark ages|old days)\b', keywords: ['did in', 'used to do', 'were doing', 'did back']}
      - {regex: '\b(?:(?:is|are|was|feels?|seems?) (?:a (?:bit|little) |rather |kind of |sort of |basically |just )?like|(?:the )?equivalent of) (?:doing|running|keeping|using|managing|writing|flying|driving|tracking|doing your|running your) [^.!?\n]{0,40}?\b(?:(?:on|with|by|in) (?:an? |the )?(?:abacus|typewriter|fax machine|carrier pigeons?|horse and cart|stone tablets?|quill|punch cards?|rolodex|candlelight|pen and paper|slide rule))\b', keywords: ['abacus', 'typewriter', 'fax machine', 'carrier pigeon', 'horse and cart', 'stone tablet', 'quill', 'punch card', 'rolodex', 'candlelight', 'pen and paper', 'slide rule']}
      - {regex: '\b(?:let me|i''ll|i will|i''m going to) (?:repeat|say|spell out|go over) (?:it|this|that|the (?:key|main) points?|things|everything)? ?(?:again )?(?:(?:very |really )?slowly|in (?:very )?simple terms|in plain words for you)\b', keywords: ['slowly', 'simple terms', 'plain words']}
      - {regex: '\bsomeone (?:with|who has) (?:actual|real|any) (?:purchasing |buying |signing |decision[- ]making |budget )?(?:authority|power|say|clout)\b', keywords: ['actual', 'real', 'any']}
      - {regex: '\b(?:it''s|it is|that''s|that is) (?:fine|ok|okay|no problem|totally fine) if you (?:don''t|do not) have (?:the )?(?:budget |buying |signing |decision[- ]making |purchasing )?(?:authority|power|clout|say)\b', keywords: ['authority', 'power', 'clout', 'say']}
      - {regex: '\b(?:goes|go|went|going) (?:over|above) your head\b|\bover your head\b', keywords: ['your head']}
      - {regex: '\b(?:explain|say|go through|walk you through|spell) (?:this |it |that )?(?:out )?(?:slowly|very slowly|nice and slowly)\b|\bsince i (?:suspect|imagine|assume|doubt|gather) (?:it''s|it is|this is|that''s|that is) not something (?:you|your)\b|\b(?:isn''t|is not|not) (?:everyone''s|everybody''s|your|your team''s) strong (?:suit|point)\b|\byou (?:may|might) not (?:know|realise|realize|be aware of) this,? but\b[^.!?\n]{0,60}\bactually\b', keywords: ['slowly', 'not something', 'strong suit', 'strong point', 'not know this', 'not realise', 'not realize', 'not be aware']}
      - {regex: '\b(?:don''t|do not) think (?:the|this|that|my) (?:distinction|difference|point|concept|idea|logic|maths?|basics?|principle|message) (?:has |have )?(?:quite |fully |really |yet )?(?:landed|sunk in|clicked|registered|got through|come across)\b', keywords: ['think']}
      - {regex: '\bas i (?:already |have already |''ve already |previously |clearly )?(?:explained|said|mentioned|told you|pointed out|wrote|stated)\b[^.!?\n]{0,50}\b(?:(?:explain|say|repeat|spell) (?:it |this |that )?(?:out )?(?:again|once more|one more time)|again,? (?:slowly|clearly|simply))\b', keywords: ['explained', 'said', 'mentioned', 'told you', 'pointed out', 'wrote', 'stated']}
      - {regex: '\b(?:since|as|because) (?:the )?(?:technical|tech|techy|finance|financial|legal|data|engineering|it|security) (?:side|stuff|part|bit|details?)s? (?:probably |likely |clearly |obviously |presumably )?(?:isn''t|is not|aren''t|are not|won''t be) (?:really )?your (?:area|thing|strong suit|forte|field|department|world|cup of tea)\b', keywords: ['side', 'stuff', 'part', 'bit', 'detail']}
      - {regex: '\b(?:walk|take|talk|go) (?:you|your team|them|him|her|your people) (?:through|over) (?:it|this|that|the basics)(?: again)? as many times as (?:you|they|your team|he|she) (?:need|needs|want|like)\b|\b(?:most|all|many|half) of (?:them|these|your questions|those|the questions) (?:are|were) (?:already )?(?:covered|answered|addressed|explained) in the (?:documents?|docs|deck|email|materials?|pdf|faq|guide)s? (?:i|we) (?:sent|shared|provided)\b|\bno offen[cs]e(?: (?:meant|intended))?,? but\b', keywords: ['as many times', 'covered in', 'answered in', 'addressed in', 'explained in', 'offence', 'offense']}
      - {regex: '\byour\b[^.!?\n]{0,60}?\b(?:looks?|reads?|feels?) like (?:it was |they were )?(?:built|designed|made|written|done|put together) (?:in|back in|around) (?:the )?(?:19|20)\d\d(?:s)?\b|\b(?:as i (?:said|explained|mentioned|wrote)(?: before| earlier| last time)?|once more|again)\b[^.!?\n]{0,40}?\b(?:i''ll|i will|let me) (?:go|explain (?:it|this)|say (?:it|this)|take (?:it|this)) (?:slower|more slowly|slowly)(?: this time)?\b', keywords: ['built in', 'designed in', 'made in', 'written in', 'done in', 'together in', 'back in', 'around', 'slower', 'slowly']}
      - {regex: '\bno offen[cs]e,? but\b[^.!?\n]{0,100}?\byour\b|\b(?:whoever|the person who|the people who|the team that) (?:chose|picked|set up|designed|built|signed|wrote|bought|negotiated|approved)\b[^.!?\n]{0,60}?\bdid [\w&.''’ -]{1,40}? no favou?rs\b', keywords: ['offence', 'offense', 'favours', 'favors']}
      - {regex: '\bmost (?:[\w-]+ ){0,2}?(?:cfos|ceos|ctos|cios|coos|buyers|people|managers|directors|teams|leaders|owners|founders|customers|clients|folks|executives|execs|engineers|admins) (?:grasp|get|understand|see|figure out|work out|pick up|realise|realize) (?:this|it|that|the (?:idea|value|point|concept|logic|maths|math))\b[^.!?\n]{0,40}?\b(?:within|in|after|by|on) (?:the first|a few|one|five|two|three|ten|\d+|a single|their first)\b', keywords: ['most']}
      - {regex: '\b(?:walk|take|talk) (?:you |your team |them |him |her )?through (?:it|this|that|the [\w-]+) (?:again )?(?:more )?slowly\b|\bexplain (?:it|this|that) (?:again )?(?:more )?slowly\b|\b(?:again|once more),? (?:but )?(?:more )?slowly\b|\bin (?:simple|plain|basic) (?:terms|words|pictures|language)\b[^.!?\n]{0,40}?\b(?:since|as|because|for)\b[^.!?\n]{0,40}?\b(?:technical|confusing|complicated|complex|hard to follow)\b', keywords: ['slowly', 'simple', 'plain', 'basic']}
      - {regex: '\b(?:confusing|complicated|technical|complex|hard|tricky|difficult|overwhelming|daunting) (?:for|to) (?:non-?technical|non technical|less technical|lay|ordinary|older|smaller) (?:folks|people|users|readers|teams|buyers|managers|staff|firms|companies|minds)\b|\b(?:simple|easy|basic) (?:pictures|diagrams|drawings|words)\b[^.!?\n]{0,60}?\b(?:technical|confusing|complicated)\b|\b(?:technical|confusing|complicated)\b[^.!?\n]{0,60}?\b(?:kept|keep|made|make|stuck) (?:it|this|the [\w-]+) (?:to )?(?:simple|basic) (?:pictures|diagrams|drawings|words)\b', keywords: ['non-technical', 'non technical', 'less technical', 'lay', 'ordinary', 'older', 'smaller', 'pictures', 'diagrams', 'drawings', 'simple', 'basic']}
      - {regex: '\byour (?:[\w-]+ ){0,2}?(?:team|lead|department|people|staff|engineers|developers|board|cfo|cto|cio|manager|boss|colleagues?|it (?:team|lead|manager|department|director)) (?:may|might|probably|likely) (?:not|doesn''t|don''t) (?:fully |quite |really |yet |entirely )?(?:appreciate|grasp|understand|get|realise|realize|know) (?:what|how|why)\b|\b(?:a |the )?(?:rookie|beginner''s|amateur|common|classic|typical) (?:mistake|error|trap)\b[^.!?\n]{0,80}?\b(?:don''t|do not) (?:feel bad|beat yourself up|worry)\b', keywords: ['may not', 'might not', 'probably', 'likely', 'mistake', 'error', 'trap']}
      - {regex: '\bhard to call (?:yourselves|yourself|your (?:team|company|firm|business|program|programme))\b[^.!?\n]{0,60}?\bwhen\b', keywords: ['hard to call']}
      - {regex: '\b(?:someone|somebody|anyone|a person|the person|people) (?:on|in|at) your (?:team|side|end|company|org|organi[sz]ation)\b,? (?:who|that) (?:actually|really) (?:handles?|understands?|knows?|gets?|makes?|owns?|runs?|can)\b', keywords: ['actually', 'really']}
      - {regex: '\bi(?:''d| would) be (?:uncomfortable|embarrassed|nervous|ashamed|worried|mortified) (?:presenting|showing|sharing|explaining|taking|defending)\b[^.!?\n]{0,50}?\b(?:like yours|your)\b', keywords: ['uncomfortable', 'embarrassed', 'nervous', 'ashamed', 'worried', 'mortified']}
      - {regex: '\bnot a (?:good|great) look for (?:anyone|you|your|whoever|the people|a (?:ciso|cio|cfo|ceo|board|leader))\b', keywords: ['good look', 'great look']}
      - {regex: '\b(?:since|as|because|given that) (?:i (?:understand|know|imagine|assume|gather|realise|realize)|everyone knows|we all know) (?:that )?[^.!?\n]{0,50}?\b(?:(?:are|is)(?:n''t| not) (?:usually |always |really |generally |typically |very |that |the most )*|(?:not|rarely|seldom) (?:usually |always |really |generally |typically |very |that )*)(?:comfortable|good|great|savvy|familiar|technical|strong|quick|up to speed) (?:with|at|on)\b|\bit can be (?:a bit|a little|quite|rather) much (?:to take in|to digest|to follow|for)\b', keywords: ['comfortable', 'good', 'great', 'savvy', 'familiar', 'technical', 'strong', 'quick', 'up to speed', 'much to', 'much for']}
      - {regex: '\b(?:sounds|seems|looks) like (?:nobody|no one|no-one) (?:has )?(?:ever )?(?:shown|told|taught|explained (?:it|this|that) to|walked) you\b|\b(?:since|as|clearly|obviously|apparently) (?:nobody|no one|no-one) (?:has )?ever (?:shown|told|taught|explained (?:it|this|that) to|walked) you\b', keywords: ['nobody', 'no one', 'no-one']}
      - {regex: '\b(?:can|may|might|must|could) (?:feel|seem|be|get) (?:a (?:bit|little) |quite |very |so )?(?:overwhelming|intimidating|daunting|scary|confusing|complicated) (?:for|to) (?:traditional|old-school|older|non-technical|non-tech|less technical|less tech-savvy|non-digital|small-town|family-run|old-fashioned)\b[^.!?\n]{0,80}?\b(?:simple|slowly|basic|easy)\b|\bkeep (?:this|it|things) (?:really|very|super|extra|nice and|extremely) simple for you\b', keywords: ['overwhelming', 'intimidating', 'daunting', 'scary', 'confusing', 'complicated', 'simple for you']}
      # Shame at the reader's size or standing (development set PQ).
      - {regex: '\b(?:a (?:little|bit|tad) |rather |quite |pretty |frankly |honestly |slightly )?(?:embarrassing|awkward|a bad look|not a good look|unprofessional) for (?:a|an) (?:company|business|firm|school|hospital|organi[sz]ation|team|council|practice|brand|group|operator|carrier|university|bank|institution) (?:of|like|with|at) (?:your|its|their)\b', keywords: ['embarrassing', 'awkward', 'bad look', 'good look', 'unprofessional']}
      # The reader said to find the subject too much: "I know the technical side of audit trails can be a bit much, so I'll keep it simple for you" (development set HB).
      - {regex: '\b(?:can|may|might|could|tends? to) (?:be|get|seem) (?:a (?:bit|little)|quite|rather|somewhat|too|pretty) (?:much|complicated|complex|technical|confusing|overwhelming|daunting|over (?:your|people''s) heads?)\b[^.!?\n]{0,50}\b(?:so |and )?(?:i''ll|i will|let me|i''ll try to|i will try to|i''ve tried to) (?:keep|make|explain|break|put|spell)\b[^.!?\n]{0,25}\b(?:simple|basic|plain|slowly|down|for you)\b|\b(?:i''ll|i will|let me) (?:keep|make|explain|put) (?:it|this|things) (?:very |really |super |nice and )?(?:simple|basic) for you\b', keywords: ['much', 'complicated', 'complex', 'technical', 'confusing', 'overwhelming', 'daunting', 'over your head', 'simple for you', 'basic for you']}
      # The reader's way of working said to belong to another age, or thinking done for them: "spreadsheets and email chains were fine for the 1990s", "you don't need to understand the analytics yourself; the dashboard does the thinking for you" (development sets HE, HF).
      - {regex: '\b(?:was|were|is|are) (?:fine|great|ok|okay|good enough|acceptable|state of the art|cutting-edge|all the rage|perfectly fine|probably fine) (?:for|in|back in) (?:the )?(?:19\d0s|\d0s|nineties|eighties|seventies|last century|stone age|dark ages|a decade ago|your (?:grand)?parents''? (?:day|time|generation)|the fax era|the age of fax machines)\b|\b(?:does|do|will do|can do) (?:all )?(?:the|your) thinking for you\b|\byou (?:don''t|do not|won''t|will not) (?:even )?(?:need|have) to understand (?:the |any of the |how (?:the |it )?)?[\w -]{0,30}?yourself\b', keywords: ['fine for', 'fine in', 'great for', 'good enough for', 'acceptable for', 'state of the art', 'cutting-edge', 'all the rage', 'back in', 'thinking for you', 'understand'], firm: true}
      # "that way of working belongs in the 1990s", "join the rest of us in this decade" (development set HI).
      - {regex: '\b(?:belongs?|belonged|stuck|living|lives) (?:in|back in) (?:the )?(?:19\d0s|\d0s|nineties|eighties|seventies|last century|stone age|dark ages|fax era)\b|\bjoin (?:the rest of us|everyone else|the rest of the (?:world|industry|market)) in (?:this|the (?:21st|twenty-first|current)) (?:decade|century)\b|\blove (?:their|your) (?:spreadsheets?|paper|excel|clipboards?|whiteboards?|fax(?: machines?)?) more than (?:their|your) (?:own )?(?:families|kids|children|partners|spouses?|lives)\b', keywords: ['belong', 'stuck in', 'living in', 'lives in', 'back in', 'this decade', 'this century', 'more than their', 'more than your']}
      # Kept basic for the reader, pictures instead of numbers, state of the art long ago (development set HN).
      - {regex: '\b(?:i''ll|i will|let me|i''ve|i have) (?:keep|kept|make|made) (?:this|it|things) (?:very |really |super |nice and )?basic\b|\b(?:plenty of|lots of|mostly|loads of) pictures and (?:as few (?:numbers|words) as possible|not (?:too )?many (?:numbers|words))\b|\b(?:was|were) (?:state of the art|cutting-edge|the best|great|modern|top of the line)\s*(?:-|,)?\s*(?:in|back in) (?:19\d\d|200\d|201[0-5])\b', keywords: ['basic', 'pictures', 'state of the art', 'cutting-edge', 'the best', 'great', 'modern', 'top of the line'], firm: true}
      # Talking down and blame: "written for developers who are newer to payments, so it should be a good fit", "which honestly isn't something we often see from procurement", "if your team had actually followed the import guide", "mostly because your site managers skipped both sessions" (thirty-fifth session, development sets IA and IB)
      - {regex: '\b(?:written|designed|made|meant|aimed|pitched|built) for (?:developers|people|teams|folks|beginners|those|anyone|users|engineers|buyers) (?:who are |that are )?(?:newer|new|less experienced|not (?:as )?familiar) (?:to|with)\b[^.!?\n]{0,60}\b(?:so it should|should be a (?:good|great|perfect) fit|perfect for you|right for you|ideal for you|good for you)\b', keywords: ['newer to', 'new to', 'less experienced', 'familiar with'], firm: true}
      - {regex: '\b(?:which|that) (?:honestly |frankly |to be honest |genuinely )?(?:isn''t|is not|is rarely|isn''t always|is not always) (?:something )?(?:we|i|you|one) (?:often |usually |normally |typically |always )?(?:see|get|find|hear|meet)s? (?:from|in|with|among)\b', keywords: ['isn''t', 'is not', 'is rarely'], firm: true}
      - {regex: '\bif (?:whoever|someone|somebody|the person|anyone)\b[^.!?\n]{0,60}\b(?:reads?|looks? at|checks?|follows?) (?:the|our) (?:checklist|guide|instructions|docs|documentation|manual|readme|template|spec) (?:first|this time|properly|beforehand)\b', keywords: ['checklist', 'guide', 'instructions', 'docs', 'documentation', 'manual', 'readme', 'template', 'spec'], firm: true}
      - {regex: '\b(?:covered|answered|explained|addressed|spelled out|laid out)\b[^.!?\n]{0,40}\b(?:deck|doc|document|email|guide|faq|attachment|proposal|pdf|page \w+)\b[^.!?\n]{0,30}\b(?:i|we) (?:sent|shared|attached)\b[^.!?\n]{0,60}\b(?:a proper|a closer|a careful|an actual|a real) (?:look|read)\b', keywords: ['proper look', 'closer look', 'careful look', 'actual look', 'real look', 'proper read', 'closer read', 'careful read'], firm: true}
      - {regex: '\bnot everyone (?:reads|actually reads|bothers to read|reads through) (?:those|these|them|it|the (?:contract|agreement|small print|fine print|terms|docs|guide|emails?))\b', keywords: ['not everyone'], firm: true}
      - {regex: '\bwhether (?:the|our|the new) (?:software|product|price|pricing|tool|platform|cost|fee|system) is (?:really|actually|truly) the (?:problem|issue)\b', keywords: ['the problem', 'the issue'], firm: true}
      - {regex: '\b(?:if|had) (?:you|your (?:[\w-]+ ){0,2}(?:team|staff|managers?|people|folks|side|admins?|department|colleagues|crew))(?: had| would have)? (?:actually |just |simply |bothered to |taken the time to |only )?(?:followed|read|told|checked|attended|used|listened|replied|looked|bothered|let us know|informed)\b[^.!?\n]{0,100}\b(?:avoided|happened|prevented|none of this|would have been fine|been a problem)\b', keywords: ['avoided', 'happened', 'prevented', 'none of this', 'been fine', 'been a problem'], firm: true}
      - {regex: '\b(?:this|that|it|all of this|none of this|this whole [\w-]+)\b[^.!?\n]{0,20}\b(?:could|would) have been (?:avoided|prevented)\b[^.!?\n]{0,30}\bif (?:you|your)\b', keywords: ['have been avoided', 'have been prevented'], firm: true}
      - {regex: '\b(?:mostly|largely|entirely|only|simply|purely|all) because (?:you|your (?:[\w-]+ ){0,3})(?:skipped|ignored|missed|didn''t|did not|never|forgot|failed|haven''t|have not|wouldn''t)\b', keywords: ['because you', 'because your'], firm: true}
      # Backhanded praise and talking down: "remarkably well, considering the tools", "for a family-run business … surprisingly well organised", "impressive how far you've got with such a small team", "since this probably isn't really your area", "which I gather is most of them", "made perfect sense back when you were a five-person studio", "Still doing month-end by hand?" (thirty-fifth session, development sets JA and JB)
      - {regex: '\b(?:remarkably|surprisingly|impressively) (?:well|good|organi[sz]ed|polished|professional|modern|tidy|slick)\b[^.!?\n]{0,60}\b(?:considering|for a|given (?:the|that|how))\b|\b(?:does|do|did|doing) (?:remarkably|surprisingly|really) well,? considering\b', keywords: ['remarkably', 'surprisingly', 'impressively', 'considering'], firm: true}
      - {regex: '\bfor an? (?:[\w-]+ ){0,3}(?:business|company|firm|practice|studio|team|shop|outfit|operation|agency|school|clinic)\b[^.!?\n]{0,60}\bsurprisingly\b|\bsurprisingly (?:polished|modern|professional|good|slick|organi[sz]ed|well[- ]\w+) for an?\b', keywords: ['surprisingly'], firm: true}
      - {regex: '\bimpressive how (?:far|much|well)\b[^.!?\n]{0,40}\bwith (?:such )?(?:a )?(?:small|tiny|limited|basic|old|skeleton)\b', keywords: ['impressive how'], firm: true}
      - {regex: '\bsince (?:this|it|that) (?:probably |likely )?(?:isn''t|is not|might not be) (?:really |exactly )?your (?:area|thing|strong suit|field|forte|background)\b', keywords: ['your area', 'your thing', 'your strong suit', 'your field', 'your forte', 'your background'], firm: true}
      - {regex: '\bwhich i (?:gather|assume|suspect|imagine|understand) is (?:most|all|half|the majority) of (?:them|you|your team)\b', keywords: ['which i gather', 'which i assume', 'which i suspect', 'which i imagine', 'which i understand'], firm: true}
      - {regex: '\bmost (?:[\w-]+ ){0,2}find anything (?:beyond|more (?:complex|technical|advanced) than)\b', keywords: ['find anything'], firm: true}
      - {regex: '\b(?:made|makes) (?:perfect |total |good |a lot of )?sense back when\b', keywords: ['sense back when'], firm: true}
      - {regex: '\bstill doing (?:[\w-]+ ){0,3}(?:by hand|manually|on paper|in excel|on spreadsheets)\b[^.!?\n]{0,20}\?', keywords: ['still doing'], firm: true}
      - {regex: '\b(?:delay|delays|slip|slippage|issue|issues|problem|problems|hold-?up|overrun|failure|mess)\b[^.!?\n]{0,40}\b(?:really|entirely|mostly|largely|all) down to your (?:side|team|people|end|colleagues)\b|\bwouldn''?t have happened if (?:someone|somebody|anyone|your (?:team|side|people)) (?:on|at|in)? ?(?:your (?:side|team|end))?\b[^.!?\n]{0,20}\b(?:had )?(?:read|followed|checked|looked)\b', keywords: ['down to your', 'wouldn''t have happened', 'would not have happened'], firm: true}
    message: 'talking down to the reader: "{match}"'
    examples:
      fire:
        - 'I''ll keep this simple, since payroll rules can get a bit technical for HR generalists.'
        - 'Let me explain how a food-cost report works, since it sounds like nobody has ever shown you one.'
        - 'I know technology can feel overwhelming for traditional hospitality teams, so I''ll keep this really simple for you.'
        - 'Your legacy vendor is basically a 2009 product with a new logo.'
        - 'If your IT guy is still ''evaluating'', maybe it''s time to find a new IT guy.'
        - 'Your current loyalty app is basically a punch card with a loading screen.'
        - 'Your members deserve an app that doesn''t feel like a 2009 flip phone.'
        - 'Your legacy vendor is basically a 2009 product with a new logo, and I think you know that.'
        - 'Still on a legacy gateway in 2025? Then you''re choosing to lose customers.'
        - 'Just checking whether improving candidate experience is actually still something your team cares about, or whether that was only a talking point at the conference?'
        - 'Any decent accountant could set this up in an hour.'
        - 'Honestly, it''s not that complicated — any competent developer should be able to get the webhook running in an afternoon if they actually read the docs.'
        - 'Sanjay, are you even still there?'
        - 'If you''re not ready for a grown-up conversation about resilience, just tell me and I''ll find someone at your company who is.'
        - 'Honestly, our team winced when we saw your backup schedule.'
        - 'Your current router setup is so outdated that our junior engineers laughed when they saw the diagram.'
        - 'No one in your position still runs treasury on spreadsheets.'
        - 'Nobody else at your level still approves POs by email, you know.'
        - 'Frankly your approval chain is a bit of a shambles.'
        - 'Your procurement process is a mess, and you know it, so let us fix it together.'
        - 'It is easy enough that even you could run the payroll.'
        - 'Our spend-management tool is so simple that even your team will be able to use it.'
        - 'It is a bit sad to see your planners still copying numbers between tabs.'
        - 'It''s genuinely embarrassing how much time your AP team must spend keying invoices by hand.'
        - 'Excel is fine for party lists; payroll is another matter.'
        - 'Spreadsheets are great for grocery lists, less so for a multi-currency cash position.'
        - 'Maybe it is high time for your team to grow up and automate.'
        - 'Honestly, the VLOOKUP era is over; it''s time to grow up.'
        - 'Manual scheduling is what dispatch teams used to do back in the 1980s.'
        - 'Reconciling by hand is what finance teams did in the 90s.'
        - 'Tracking 300 vendors by email is the equivalent of running a bank with a typewriter.'
        - 'Closing your books in Excel is a bit like doing long division on an abacus.'
        - 'Not sure how closely HR teams usually read these things, so let me repeat the key point slowly:'
        - 'Perhaps it would help if someone with actual purchasing authority looked at this instead?'
        - 'It''s fine if you don''t have budget authority, just tell me who does.'
        - 'Since I understand lawyers are not usually very comfortable with technology, I kept it simple.'
        - 'Since I know billing isn''t where partners spend their attention and it can be a bit much to take in on a call, here''s the short version.'
        - 'Hard to call yourselves a data-driven firm when the forecasts still live in email.'
        - 'Feel free to pass this to someone on your team who actually understands APIs.'
        - 'Honestly, I''d be embarrassed presenting an audit trail like yours to a regulator.'
        - 'Running payroll for 900 people on spreadsheets is not a good look for anyone in finance leadership.'
        - 'Most finance directors see the point within the first few minutes of the demo.'
        - 'Happy to take you through the dashboard again, more slowly this time.'
        - 'The reporting module can be confusing for non-technical managers, so I''ve kept it short.'
        - 'Your engineering lead may not fully appreciate what a modern pipeline looks like.'
        - 'Running payroll on spreadsheets is a classic mistake for a firm your size, so don''t feel bad.'
      pass:
        - 'I''ll keep this simple, since you asked for the short version.'
        - 'No one has ever shown you a stock count this fast? Come and see it at the expo.'
        - 'Setting up a POS can feel overwhelming for any team, so we do the menu import for you.'
        - 'I''ll keep this short: three options, one page.'
        - 'The new app feels like a native iOS app, even offline.'
        - 'Our team will be there on the day, and you know where to find me.'
        - 'Is onboarding still something your team wants to look at this quarter, or has the priority moved?'
        - 'A developer familiar with webhooks can usually get this running in an afternoon; the docs walk through it.'
        - 'A proper conversation about resilience needs your network lead too, so shall we invite her?'
        - 'Our team laughed for a full minute at the cake you brought to the workshop — thank you!'
        - 'No one at your level should have to chase approvals by email, which is why we built routing.'
        - 'Our own procurement process was a mess until we fixed it.'
        - 'Quarter-end is always a mess for finance teams, and we plan around it.'
        - 'The setup is simple, so your team can run it without IT.'
        - 'It''s embarrassing how long our own onboarding took before we fixed it.'
        - 'It''s sad that the conference was cancelled; I was looking forward to meeting your team.'
        - 'We use a shared spreadsheet for the office party list, and that is fine.'
        - 'Our product has grown up a lot since the first release.'
        - 'In the 90s, most finance teams reconciled by hand; our first product changed that.'
        - 'Our founder still keeps an abacus on her desk as a reminder.'
        - 'We used to do this with pen and paper too, before we built the product.'
        - 'I''ll go over the key points again on Thursday''s call.'
        - 'Since you mentioned the team is comfortable with Excel, the import uses the same columns.'
        - 'It''s hard to call it a trend yet when there are only two quarters of data.'
        - 'If someone on your team actually handles the integrations day to day, I''m happy to include them.'
        - 'I''d be nervous presenting numbers I hadn''t checked, so I''ve attached the workings for your review.'
        - 'The new layout is a good look for the portal, by the way.'
        - 'Most customers see the first results within a few weeks of the rollout.'
        - 'Happy to walk your team through the dashboard in a 20-minute call.'
        - 'The app is designed for non-technical users, so training takes an hour.'
        - 'Your IT team may not know that the connector now supports SCIM, so I''ve attached the note.'
        - 'A common mistake is to import every field; start with the five that matter.'
  - id: tone.pressure-shapes-17
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'more pressure shapes: the last slot goes to whoever confirms first; close to full as I write this; the rest of the market will spend years catching up; firms that didn''t modernise are the ones closing now; I''ve cleared my diary, so I''ll send the invite now; tell me which site goes live first and I''ll get the paperwork moving; you could return the favour; if you''d rather keep paying for it, that''s your call; what could possibly go wrong; not one of those people who needs to run everything past the CFO; so it doesn''t trigger procurement; if it doesn''t work you''ll need to tell me why.; and (thirty-seventh session) effort we put in held against the reader, telling them again what we already told them, keeping it simple for them, surprise at how a business their size still works, what may not be there after a date, peers who decide in a fortnight, results vouched for in person'
    patterns:
      - {regex: '\b(?:we|i) (?:will |shall |''ll )?(?:assume|take it) (?:that )?you (?:(?:agree|accept|approve|are (?:in agreement|happy|fine|ok|okay|on board))(?: with| to)? (?:these|the|our|this|that|all) (?:revised |new |updated |proposed |final )?(?:terms|proposal|quote|offer|pricing|prices?|contract|conditions|order|plan|scope|renewal|amendment)s?)\b[^.!?\n]{0,100}\b(?:send|sign|start|proceed|go ahead|issue|invoice|schedule|book|prepare|begin|onboard)', keywords: ['assume you', 'assume that you', 'take it you', 'take it that you']}
      - {regex: '\bclearly [^.!?\n]{0,40}\b(?:isn''t|is not|aren''t|are not) (?:a )?priority\b|\bwhich is a (?:real )?shame for\b|\bbless (?:it|them|her|him|your heart)\s*[.!]|\bfrom (?:19|20)\d\d still (?:soldiering|chugging|limping|hanging) on\b|\bit''s only your\b[^.!?\n]{0,40}\bwe''re talking about\b|\b(?:would|''d) at least be (?:courteous|polite|decent|nice|appreciated)\b|\ba quick ["“'']?(?:not interested|no)["”'']? would\b', keywords: ['clearly', 'shame for', 'bless', 'soldiering', 'chugging', 'limping', 'hanging on', 'it''s only your', 'at least be', 'quick "', 'quick “', 'quick ''', 'quick not', 'quick no']}
      - {regex: '\b(?:your (?:guests|customers|members|patients|clients|diners|staff|shoppers|visitors)) (?:notice|see it|can tell|know)\b,? even if you (?:don''t|do not)\b|\bisn''t a (?:strategy|plan|system|process)\b,? it''s (?:a|an) (?:hobby|prayer|gamble|wish|accident|liability|hope)\b|\bsilence is (?:also )?an answer\b|\byou(?:''re| are) (?:just )?letting it happen\b|\bif you (?:really |truly )?(?:love|care about|value) (?:your )?[\w ]{2,30} as much as you say\b|\b(?:smart|successful|winning|top|serious|good) (?:founders|teams|operators|owners|companies|leaders|buyers|ceos|cfos|managers|restaurateurs|hoteliers)\b[^.!?\n]{0,40}\bthe rest\b|\bmy (?:quarter|job|bonus|target|quota|commission|number) (?:literally |really |kind of |actually )?depends on (?:it|this|you)\b', keywords: ['even if you', 'a hobby', 'a prayer', 'a gamble', 'a wish', 'an accident', 'a liability', 'a hope', 'silence is', 'letting it happen', 'as much as you say', 'the rest', 'depends on']}
      - {regex: '\bwill (?:completely |totally |fully |entirely )?(?:eliminate|end|stop|remove|prevent|wipe out|get rid of) (?:all |every )?[\w -]{0,40}?(?:errors|mistakes|fraud|breaches|downtime|outages|churn|incidents|risk|denials)\b[^.!?\n]{0,40}?\b(?:that''s|that is) (?:a )?(?:promise|guarantee|guaranteed)\b|\bi(?:''m| am) (?:surprised|amazed|shocked|astonished) (?:that )?(?:a|an|your) (?:[\w-]+ ){0,5}?(?:still )?(?:tolerates|puts up with|accepts|relies on|runs on|lives with)\b|\byou(?:''re| are) (?:failing|letting down) (?:them|your (?:patients|doctors|nurses|staff|team|customers|members|clinicians|people|residents|students))\b|\byou(?:''re| are) letting (?:them|your [\w]+) down\b', keywords: ['promise', 'guarantee', 'surprised', 'amazed', 'shocked', 'astonished', 'failing', 'letting']}
      - {regex: '\b(?:is|are) (?:basically |practically |pretty much |essentially |just )?asking for (?:trouble|disaster|a (?:fine|breach|lawsuit|critical finding|finding|warning letter|penalty|data breach)|an? (?:audit finding|incident|outage))\b|\b(?:is|are) (?:basically|practically|pretty much|essentially) asking for it\b|\bis what (?:the )?(?:underperforming|struggling|failing|losing|lagging|weaker|bottom|mediocre|slow|laziest|worst)\b[^.!?\n]{0,20}\b(?:do|did)\b', keywords: ['asking for', 'is what']}
      - {regex: '\b(?:love|loves|like|likes|enjoy|enjoys) (?:to )?mak(?:e|ing) an example of\b|\bexactly the (?:ones|kind|type|sort) (?:of [\w-]+ )?(?:that )?(?:regulators|auditors|ocr|the sec|the fca|the ico|cms|inspectors|hackers|attackers|examiners) (?:love|target|go after|pick on|look for)\b|\bwon''t be (?:much of )?an? (?:defen[cs]e|excuse)\b|\bwhether you(?:''re| are) ready or not\b', keywords: ['example of', 'exactly the', 'defence', 'defense', 'excuse', 'ready or not']}
      - {regex: '\bi(?:''ve| have) (?:taken the liberty of|gone ahead and|already) (?:booking|booked|reserving|reserved|sending|sent|raising|raised|issuing|issued)\b[^.!?\n]{0,80}?\b(?:invoice|deposit|order|po|booking|contract)\b[^.!?\n]{0,60}?\b(?:simply pay|just pay|pay it|sign it|countersign)\b|\bi(?:''ve| have) drafted (?:a |an )?(?:short |brief )?(?:note|email|letter|memo) to your (?:ceo|cfo|managing partner|md|boss|manager|board|director|chair)\b[^.!?\n]{0,80}?\bunless\b', keywords: ['taken the liberty', 'gone ahead', 'already', 'drafted']}
      - {regex: '\b(?:i''ll|i will|i''d|i would|i may|i might) (?:have to |need to |be happy to |be glad to )?(?:explain|mention|tell|report|let (?:them|everyone|the group|the others) know)\b[^.!?\n]{0,60}?\b(?:(?:was|were) the (?:one|only) (?:company|firm|team|one|member|school|practice)s? (?:that|who|to) (?:didn''t|did not|wouldn''t|passed|said no|declined)|decided (?:it|this) (?:wasn''t|was not) (?:a )?priority|(?:turned|passed) (?:us|it|this) down|wasn''t interested)', keywords: ['explain', 'mention', 'tell', 'report', 'let them', 'let everyone', 'let the group', 'let the others']}
      - {regex: '\bhow many (?:reminders|nudges|follow-?ups|chasers|emails|prompts|calls|pings) you(?:''ve| have)? (?:needed|required|had|taken)\b', keywords: ['how many']}
      - {regex: '\b(?:would|''d|might|will|could) (?:look|seem) (?:a (?:little|bit) )?(?:odd|strange|bad|weird|awkward|funny|conspicuous)\b(?: (?:to (?:the market|everyone|your board|others|your peers|the industry)))? if\b[^.!?\n]{0,60}?\b(?:weren''t|wasn''t|were not|was not|isn''t|is not|didn''t|did not|not on|missing|absent|left out)\b', keywords: ['look odd', 'look strange', 'look bad', 'look weird', 'look awkward', 'look funny', 'look conspicuous', 'seem odd', 'seem strange', 'seem weird', 'seem awkward']}
      - {regex: '\b(?:i''d|i would|we''d|we would) (?:rather not|prefer not to|hate to)(?: have to)? (?:mention|tell|share|let (?:\w+ )?know|explain)\b[^.!?\n]{0,80}?\b(?:turned (?:us|me) down|said no|declined|passed on|walked away|wasn''t interested|went elsewhere|chose (?:someone|another))\b', keywords: ['rather not', 'hate to', 'prefer not']}
      - {regex: '\b(?:take|treat|read|interpret|consider|count|regard|understand) (?:your )?(?:lack of (?:a )?(?:reply|response|answer|objection)|silence|non-?response|no reply|not hearing back)\b[^.!?\n]{0,20}?\bas (?:(?:an? |your )?(?:agreement|acceptance|consent|approval|a yes|yes|sign-?off|go-?ahead|green light|confirmation))\b', keywords: ['lack of', 'silence', 'no reply', 'non-response', 'nonresponse', 'not hearing back']}
      - {regex: '\bhow many more (?:months|weeks|quarters|years|days|times|emails|penalties|fines|losses|late fees|audits|errors|mistakes|outages|incidents)\b[^.!?\n]{0,60}?\bbefore you\b', keywords: ['how many more']}
      - {regex: '\bfailing which\b[^.!?\n]{0,60}?\b(?:withdrawn|cancell?ed|cancel|lapses?|void|forfeit(?:ed)?|higher|increase[sd]?|revoked|released|rescinded|no longer (?:valid|available|hold))\b|\bstands? withdrawn\b', keywords: ['failing which', 'withdrawn']}
      - {regex: '\bif (?:the|your|this) (?:signed )?(?:contract|agreement|order form|paperwork|signature|po|purchase order)\b[^.!?\n]{0,30}?\b(?:isn''t|is not|aren''t|hasn''t|has not|not|doesn''t|does not)\b[^.!?\n]{0,15}?\b(?:back|signed|returned|in|arrive)\b[^.!?\n]{0,25}?\bby\b[^.!?\n]{0,60}?\b(?:released|lost|increases?|rises?|goes up|go up|forfeit(?:ed)?|expires?|void|withdrawn|gone|disappears?)\b', keywords: ['contract', 'agreement', 'order form', 'paperwork', 'signature', 'po ', 'po,', 'po.', 'purchase order']}
      - {regex: '\bwaiting (?:really |simply |just |frankly )?(?:isn''t|is not|is no longer|isn''t really) (?:really )?an option (?:for you|here|anymore|any more|now)\b', keywords: ['waiting']}
      - {regex: '\bby (?:\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|h|hrs)?|noon|midday|eod|cob|close of (?:business|play)|end of (?:the )?day)\b[^.!?\n]{0,50}?\b(?:in or out|yes or no|a yes or a no|go or no-?go|a firm yes)\b|\b(?:in or out|yes or no|go or no-?go)\b[^.!?\n]{0,30}?\bby (?:\d{1,2}(?:[:.]\d\d)?|noon|eod|cob|today|tonight|tomorrow)\b', keywords: ['in or out', 'yes or no', 'go or no', 'firm yes']}
      - {regex: '\b(?:giving|give|offering|offer) you (?:one (?:more|last|final)|a (?:second|final|last)|another|one) (?:chance|shot)\b', keywords: ['chance', 'shot']}
      - {regex: '\b(?:go|goes|will go|going|be given|is given|be offered) to (?:whoever|whichever (?:\w+ ){0,2}?|the first (?:\w+ ){0,2}?(?:to|who|that) )(?:\w+ ){0,2}?(?:confirms|confirm|signs|sign|replies|reply|commits|commit|books|book|responds|respond|gets back|pays|pay)\b(?: first)?|\b(?:close to|nearly|almost|practically|very nearly) (?:full|sold out|booked up|gone|fully booked|allocated)\b[^.!?\n]{0,20}?\bas (?:i|we) (?:write|speak|type)\b', keywords: ['whoever', 'whichever', 'the first', 'as i write', 'as we write', 'as i speak', 'as we speak', 'as i type']}
      - {regex: '\b(?:the rest of|everyone else in|others in) (?:the|your) (?:market|industry|sector|field|region)\b[^.!?\n]{0,40}?\b(?:will|are going to|is going to|''ll) (?:spend|need|take|be) (?:years|ages|a decade|a long time|forever)\b|\b(?:who|that) (?:didn''t|did not|failed to|never|chose not to|refused to|waited to) (?:modernise|modernize|adapt|invest|upgrade|digitise|digitize|automate|move|switch|act|change)\b[^.!?\n]{0,60}?\b(?:are the ones|are now|ended up|have gone|are closing|closed|going under|went under|out of business|bankrupt|are being left behind|got left behind)\b', keywords: ['the rest of', 'everyone else in', 'others in', 'who didn', 'who did not', 'who failed', 'who never', 'who chose not', 'who refused', 'who waited', 'that didn', 'that did not', 'that failed', 'that never', 'that chose not', 'that refused', 'that waited']}
      - {regex: '\bi(?:''ve| have) (?:cleared|blocked|blocked out|freed up|held|reserved|set aside) (?:my|our|the) (?:diary|calendar|afternoon|morning|schedule|thursday|friday|monday|tuesday|wednesday)\b[^.!?\n]{0,80}?\b(?:i''ll|i will|i''m going to) (?:send|forward|book|drop) (?:the|an|a|you the|you an) (?:invite|invitation|calendar|meeting)|\bwhich (?:\w+ ){0,3}?(?:you''d like|you want|should) (?:\w+ ){0,4}?(?:first|with)\b[^.!?\n]{0,40}?\b(?:and|then) i(?:''ll| will) (?:get|start|send|draw up|prepare|raise|set) (?:the )?(?:paperwork|contract|order form|po|purchase order|invoice|agreement) (?:moving|going|over|out|up|across)?|\bif (?:it|that|the time) (?:doesn''t|does not|won''t) (?:work|suit)\b[^.!?\n]{0,20}?\byou(?:''ll| will) (?:need|have) to (?:tell|explain to|let) me why\b', keywords: ['cleared', 'blocked', 'freed up', 'held', 'reserved', 'set aside', 'paperwork', 'contract', 'order form', 'purchase order', 'invoice', 'agreement', 'tell me why', 'explain to me why', 'let me why']}
      - {regex: '\b(?:you|your team) (?:could|can|might|would|will|may) return the favou?r\b|\bif you(?:''d| would) rather (?:keep|continue|stick with|carry on|go on)\b[^.!?\n]{0,80}?\b(?:that''s|it''s|that is|it is) (?:entirely |totally |completely |of course )?(?:your|up to you|your own) ?(?:call|choice|decision|funeral|prerogative)?\b|\bwhat could possibly go wrong\b|\b(?:totally |completely |fully )?understand if (?:saving|cutting|protecting|growing|keeping|making|winning|fixing)\b[^.!?\n]{0,60}?\b(?:isn''t|is not|aren''t|are not) (?:something|a priority|important|what|high on) ', keywords: ['return the favour', 'return the favor', 'rather keep', 'rather continue', 'rather stick', 'rather carry', 'rather go on', 'possibly go wrong', 'understand if']}
      - {regex: '\b(?:one of those|the kind of|the type of|the sort of) (?:people|person|leaders?|managers?|buyers?|execs?|executives?|directors?|ceos|cfos) who (?:needs?|has|have|waits?|asks?|runs?) (?:to )?(?:run (?:everything|things|it|decisions) (?:past|by)|ask (?:for )?permission|wait for (?:approval|sign-off|permission|the board|procurement|legal)|check with (?:the |your )?(?:cfo|ceo|board|boss|legal|procurement)|get (?:sign-off|approval|permission))|\bso (?:it|that it|this|that this) (?:doesn''t|does not|won''t|will not|wouldn''t) (?:trigger|need|require|go (?:to|through)|hit|come under)\b[^.!?\n]{0,30}?\b(?:procurement|tender|an rfp|the board|approval|a new (?:procurement|tender|po|contract)|competitive bid|a review|sign-off)\b|\b(?:describe|call|label|book|code|invoice|classify) (?:this|it) as (?:a |an )?(?:support|maintenance|renewal|extension|change request|consulting|training)\b[^.!?\n]{0,60}?\bso (?:it|that it|this) (?:doesn''t|does not|won''t)\b', keywords: ['one of those', 'kind of', 'type of', 'sort of', 'trigger', 'need', 'require', 'go to', 'go through', 'hit', 'come under', 'describe', 'call', 'label', 'book', 'code', 'invoice', 'classify']}
      # The work we put in, then what the reader owes for it: "I did put a fair bit of work into the sample maps, so it would be nice to at least know whether they were useful".
      - {regex: '\b(?:(?:put|putting|poured|invested|spent) (?:(?:a fair bit|quite a bit|a good bit|a lot|a great deal|so much|lots|hours|days|weeks|a bit) of |real |serious |considerable |extra )?(?:work|time|effort|prep|preparation|thought|hours)(?: (?:in|into|on) (?:this|these|those|that|it|the|your|our|them)\b)?|blocked out (?:the|my|an|a|our) (?:whole |entire )?(?:afternoon|morning|day|evening)|(?:had|kept|have) (?:our|my|the) [\w -]{1,30}? on standby|all the (?:prep|preparation|work|effort|time|hours|back and forth)(?: (?:we|i|our team|my team|the team) (?:put|spent|invested|did))?|after all (?:that|this|the (?:work|effort|time|prep|back and forth)))\b[^.!?\n]{0,90}?\b(?:would be (?:nice|good|great) to at least (?:know|hear|get)|would be nice to (?:know|hear) (?:whether|if|back)|(?:only )?fair to (?:ask|expect)|(?:don''t|do not) (?:want to |want us to )?(?:lose|waste) (?:the|that|all)|discouraging|disheartening|deflating|the (?:very )?least\b|at least (?:a|an|some) (?:reply|answer|response|word|decision|yes or no))|\b(?:discouraging|disheartening|deflating)\b[^.!?\n]{0,40}?\bafter (?:all )?(?:the|that|this|our) (?:prep|preparation|work|effort|time|hours)\b', keywords: ['put', 'putting', 'poured', 'invested', 'spent', 'blocked out', 'standby', 'all the', 'after all', 'discouraging', 'disheartening', 'deflating']}
      # Told again, and said so: "as I mentioned a couple of times on Tuesday's call", "as I mentioned on our call and again in the proposal", "happy to spell it out once more", "that's the third time now".
      - {regex: '\bas (?:i|we)(?:''ve| have)? (?:mentioned|said|explained|noted|pointed out|wrote|covered) (?:(?:a couple of|a few|several|multiple|two|three|four|many|more than once|numerous) times|more than once|repeatedly)\b|\bas (?:i|we)(?:''ve| have)? (?:mentioned|said|explained|noted|pointed out|wrote)\b[^.!?\n]{0,50}? and (?:then )?again (?:in|on|at|during)\b|\b(?:spell it out|explain it|repeat it|go over it|say it|lay it out) (?:once more|one more time|yet again|again for you)\b|\b(?:that''s|that is|this is|it''s) (?:now )?the (?:third|fourth|fifth|3rd|4th|5th) time(?: now)?\b(?! (?:we''ve|we have|i''ve|i have) (?:worked|partnered|run|held|hosted))', keywords: ['times', 'more than once', 'repeatedly', 'and again', 'once more', 'one more time', 'yet again', 'again for you', 'third time', 'fourth time', 'fifth time', '3rd time', '4th time', '5th time'], firm: true}
      # Simple for them: "I'll keep the answers simple since this can get a bit technical", "about as basic as it can be, no jargon, I promise", "can feel a bit overwhelming for smaller, more traditional pharmacies".
      - {regex: '\b(?:keep|kept|keeping|make|made|making) (?:it|this|things|the (?:answers?|summary|explanation|email|note|overview|update)(?: below)?) (?:as )?(?:simple|basic|easy|light)(?: as (?:possible|i can|it can be))?\b[^.!?\n]{0,30}?\b(?:since|as|because|given (?:that|how))\b[^.!?\n]{0,40}?\b(?:technical|complicated|complex|a lot to take in|overwhelming|confusing)\b|\b(?:about |pretty much |just about )?as basic as (?:it|i|we) (?:can|could) (?:be|make it|get it)\b|\bno jargon,? i promise\b|\b(?:can|may|might|could) (?:feel|seem|be) (?:a bit |a little |quite |rather |very |pretty )?(?:overwhelming|daunting|scary|intimidating|like a big (?:step|leap|change))\b[^.!?\n]{0,40}?\bfor (?:(?:some of )?the |some |many )?(?:smaller|older|more traditional|traditional|less technical|non-technical|less digital|family|old-school|independent)\b', keywords: ['keep', 'kept', 'keeping', 'make', 'made', 'making', 'as basic as', 'no jargon', 'overwhelming', 'daunting', 'scary', 'intimidating', 'big step', 'big leap', 'big change'], firm: true}
      # Surprise at how they still work: "I was a bit surprised that a business the size of X is still estimating frost damage by eye", "I hadn't seen paper tracking sheets in quite a while".
      - {regex: '\b(?:i was|i''m|i am|i''ll admit i was|i must admit i was|i have to admit i was) (?:a (?:bit|little) |quite |somewhat |genuinely |honestly )?(?:surprised|amazed|taken aback|struck) (?:that|to (?:see|hear|learn|find)(?: that)?) (?:a (?:business|company|firm|team|group|chain|practice|operation|pharmacy|co-?op|hospital|school|distributor|retailer|brand)|an (?:organisation|organization|operation|outfit)|(?:a|an) [\w-]+ (?:of|with|as) (?:your|that) (?:size|scale))\b[^.!?\n]{0,60}?\bstill\b|\bhadn''t (?:seen|come across|heard of) [^.!?\n]{0,50}?\bin (?:quite |such )?a (?:while|long time|few years|good few years)\b', keywords: ['surprised', 'amazed', 'taken aback', 'struck', 'hadn''t seen', 'hadn''t come across', 'hadn''t heard'], firm: true}
      # What may not be there after a date or a slip: "if the renewal slips past February I can''t promise they''ll still be assigned to you", "I honestly can''t say whether these numbers will still be available after that".
      - {regex: '\b(?:can''t|cannot|can not|couldn''t) (?:promise|guarantee|say|be sure|tell you)(?: for sure| for certain)?,? (?:whether |that |if )?(?:they''ll|they will|these (?:numbers|prices|rates|terms|figures)|this (?:price|rate|offer|discount|slot|team)|the (?:price|rate|offer|discount|slot|team|terms|numbers)|it|that)(?: will)? still be (?:available|assigned|here|there|on the table|valid|yours|free|open)\b(?! (?:to you )?(?:on|at) (?:the|that) (?:day|time|date))', keywords: ['promise', 'guarantee', 'say', 'be sure', 'tell you'], firm: true}
      # Peers who decide faster: "most co-ops we work with get a pilot like this signed off in a couple of weeks".
      - {regex: '\bmost (?:[\w-]+ ){0,2}(?:we|i) (?:work with|speak to|talk to|see)\b[^.!?\n]{0,40}?\b(?:signed off|sign off|decide|decided|approved|approve|moving|move|live|up and running|wrapped up)\b[^.!?\n]{0,20}?\bin (?:a couple of|a few|two|three|under|less than) (?:weeks|days)\b', keywords: ['most'], firm: true}
      # What an expert would have seen at once, or a bad year promised away: "most agronomists would have picked that link up straight away, but it's easy to miss if you're not used to looking at the maps", "you won't have another bad wheat year".
      - {regex: '\bmost (?:[\w-]+ ){0,2}(?:would|''d) have (?:picked (?:that|this|it) (?:link )?up|spotted (?:that|this|it)|caught (?:that|this|it)|noticed (?:that|this|it)|seen (?:that|this|it))(?: (?:link|pattern|issue|problem))?(?: up)? (?:straight away|right away|immediately|at once|instantly|in seconds)\b|\beasy to miss if you(?:''re| are) not (?:used to|familiar with|trained (?:in|on)|experienced (?:in|with))\b|\bwon''t (?:ever )?have (?:another|a single) (?:bad|poor|lost|failed|wasted) (?:[\w-]+ )?(?:year|season|harvest|quarter|month|audit|inspection)\b', keywords: ['would have', '''d have', 'easy to miss', 'another bad', 'another poor', 'another lost', 'another failed', 'another wasted', 'a single bad'], firm: true}
      # More of the same from SC: "Happy to keep sending these until one of them lands at a convenient moment", "some teams need a bit more time to get their heads around this kind of change, so I've put together a simpler version", "some teams prefer to wait until a problem gets bigger before they fix it", "though I had cleared a fairly busy morning to make it work".
      - {regex: '\bkeep (?:sending|emailing|writing|following up|chasing|trying|reaching out)\b[^.!?\n]{0,30}?\buntil (?:one of them |something |one |it |this )?(?:lands|sticks|gets through|hits|works|clicks)\b|\bget (?:their|your|its) heads? around\b[^.!?\n]{0,80}?\b(?:simpler|simplified|more basic|easier|plainer|dumbed[- ]down) version\b|\bsome (?:teams|companies|people|businesses|fleets|firms|owners|managers|operators|practices|schools|groups) (?:prefer|like|choose|tend|would rather) (?:to )?wait (?:until|till) (?:a |the |their )?(?:problem|issue|fine|breach|loss|crisis|penalty|audit finding)s? (?:gets?|becomes?|is|grows?) (?:bigger|worse|serious|expensive|costly|public)\b|\b(?:though|although|but) (?:i|we)(?:''d| had) (?:cleared|blocked(?: out)?|moved|rearranged|juggled|freed up) (?:a |my |our )?(?:fairly |very |pretty |rather |quite a )?(?:busy |packed |full )?(?:morning|afternoon|day|diary|calendar|schedule)\b', keywords: ['keep sending', 'keep emailing', 'keep writing', 'keep following', 'keep chasing', 'keep trying', 'keep reaching', 'heads around', 'head around', 'wait until', 'wait till', 'cleared', 'blocked', 'moved', 'rearranged', 'juggled', 'freed up'], firm: true}
      # Results vouched for in person: "I''ll stand behind that number personally".
      - {regex: '\bi(?:''ll| will)? (?:personally )?stand behind (?:that|this|the) (?:number|figure|result|payback|saving|savings|outcome)(?: personally)?\b', keywords: ['stand behind'], firm: true}
      # Thirty-eighth session, VC: the asks counted ("Third time asking — can you spare 15 minutes?"), a let-down over a missed call, the status quo as comfort, "Still overpaying your carriers?", and in Spanish, being left behind and wondering what one did wrong.
      - {regex: '(?<![\p{L}])(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:time|attempt) (?:asking|reaching out|writing|trying|emailing|pinging|chasing|following up)\b', keywords: ['time asking', 'time reaching', 'time writing', 'time trying', 'time emailing', 'time pinging', 'time chasing', 'time following', 'attempt asking', 'attempt reaching', 'attempt writing', 'attempt trying', 'attempt emailing', 'attempt pinging', 'attempt chasing', 'attempt following'], firm: true}
      - {regex: '\b(?:i|we)(?:''ll| will| must| have to)? admit (?:that )?(?:i|we) (?:was|were|felt|am|''m)(?: (?:a bit|a little|slightly|quite|rather|really|pretty|somewhat))? (?:let down|disappointed|hurt|gutted|bummed|deflated|saddened)\b|\b(?:i|we) (?:was|were|felt)(?: (?:a bit|a little|slightly|quite|rather|really|pretty|somewhat))? (?:let down|disappointed|hurt|gutted|bummed|deflated|saddened) (?:when|that) (?:nobody|no one|none of (?:you|your team)|you (?:didn''t|did not|weren''t|couldn''t)|your team (?:didn''t|did not))\b', keywords: ['admit', 'let down', 'disappointed', 'hurt', 'gutted', 'bummed', 'deflated', 'saddened'], firm: true}
      - {regex: '\b(?:some|many|most|a lot of|plenty of|lots of) (?:[\w-]+ )?(?:teams|people|companies|firms|leaders|managers|organi[sz]ations|shops|businesses|practices|buyers) (?:are|feel|stay|remain|just are) (?:just |simply |frankly |understandably )?(?:more |most )?(?:comfortable|happy|content|fine|safe) (?:with|sticking with|staying with|keeping) (?:the status quo|what they know|how things are|the old way|doing things the old way)\b', keywords: ['comfortable', 'happy', 'content', 'fine', 'safe'], firm: true}
      - {regex: '(?:^|\n)[ \t]*(?:(?:re|fwd?):[ \t]*)?still (?:overpaying|paying too much|wasting|losing money|bleeding|leaving money on the table|stuck (?:with|on|in)|doing [\w ]{1,20}? (?:by hand|manually|in spreadsheets)|chasing [\w ]{1,20}? by hand|running [\w ]{1,20}? on spreadsheets)\b[^.!?\n]{0,60}\?', keywords: ['still'], firm: true}
      - {regex: '(?<![\p{L}])(?:no (?:quisiera|quiero|me gustar[íi]a|queremos|querr[íi]a)|odiar[íi]a|n[ãa]o (?:queria|quero|gostaria)) que (?:ustedes |usted |vosotros |tu equipo |su equipo |voc[êe]s |voc[êe] |sua equipe |a sua equipa )?(?:se )?(?:quedaran|quede|quedara|queden|quedasen|quedase|qued[ée]is|ficassem|fiquem|fique|ficasse) (?:atr[áa]s|para tr[áa]s|rezagad[oa]s?|fuera)(?![\p{L}])|(?<![\p{L}])(?:empiezo a preguntarme|me pregunto|me estoy preguntando|ya me pregunto|come[çc]o a me perguntar|fico (?:a )?me perguntando) si (?:hice|dije|he hecho|he dicho|fiz|disse) algo mal|(?<![\p{L}])normalmente la gente me (?:contesta|responde)(?![\p{L}])', keywords: ['no quisiera', 'no quiero', 'no me gustar', 'no queremos', 'no querr', 'odiar', 'não queria', 'nao queria', 'não quero', 'nao quero', 'não gostaria', 'nao gostaria', 'preguntarme', 'me pregunto', 'preguntando', 'perguntar', 'perguntando', 'la gente me'], firm: true}
      # Thirty-eighth session, WC: effort spent on a call the reader missed, then regret; some teams needing longer than others; someone more technical when the details are "a bit much"; a rumoured price review as a reason to lock in; "no judgement" over what they still do.
      - {regex: '\b(?:i|we) (?:had )?(?:blocked|cleared|kept|set aside|reserved|freed up|moved)\b[^.!?\n]{0,40}?\b(?:afternoon|morning|hour|day|calendar|diary|slot|time|evening)\b[^.!?\n]{0,120}?\b(?:sorry|sad|disappointed|let down|a shame|a pity) (?:to (?:have )?miss(?:ed)? you|not to (?:see|meet) you|(?:that )?you (?:couldn''t|could not|didn''t|did not) (?:make it|join|come))\b', keywords: ['blocked', 'cleared', 'kept', 'set aside', 'reserved', 'freed up', 'moved'], firm: true}
      - {regex: '\bsome (?:teams|people|companies|organi[sz]ations|folks|firms|businesses|practices) (?:just |simply |naturally )?(?:need|take) (?:a (?:bit|little) )?(?:longer|more time) than others to (?:get comfortable|get their heads? around|adapt|adjust|catch up|understand|warm up|get used)\b', keywords: ['longer than others', 'more time than others'], firm: true}
      - {regex: '\bif (?:the |this |these |our |all )?[\w -]{0,30}?(?:is|are|feels?|seems?) (?:a bit |a little |rather |too |way )?(?:much|technical|complicated|complex|over your head|above your pay grade)\b[^.!?\n]{0,60}?\bsomeone (?:more|a bit more|a little more) (?:technical|senior|qualified|experienced|knowledgeable|tech-savvy)\b', keywords: ['someone more', 'someone a bit more', 'someone a little more'], firm: true}
      - {regex: '\b(?:i''m told|i am told|i hear|i''ve heard|i have heard|rumou?r (?:has it|is)|word is|apparently|i understand)\b[^.!?\n]{0,40}?\b(?:pric(?:e|es|ing)|rates?|fees?)\b[^.!?\n]{0,40}?\b(?:review|reviewed|change|changing|going up|rise|rising|increase|increasing)\b[^.!?\n]{0,60}?\b(?:lock(?:ing)? (?:something |it |this |things )?in|sooner rather than later|before (?:then|that happens|it does|they do))\b', keywords: ['told', 'hear', 'heard', 'rumor', 'rumour', 'word is', 'apparently', 'understand'], firm: true}
      - {regex: '\bstill\b[^.!?\n]{0,100}?\b(?:(?:which|that|it)(?:''s| is) )?(?:no judge?ment(?: at all)?|not (?:a )?judge?ment|no shade|not judging)\b', keywords: ['judgement', 'judgment', 'no shade', 'not judging'], firm: true}
      # Left behind, and a team that deserves better, in Filipino and Hindi (WC): "kayo na lang talaga ang naiiwan", "वे इससे बेहतर के हक़दार हैं, और उन्हें यह राहत देना अब सिर्फ़ आपके हाथ में है".
      - {regex: '(?<![\p{L}])(?:kayo|ikaw|kompanya ninyo|kumpanya ninyo)(?: na lang| nalang)?(?: talaga)? ang (?:naiiwan|naiiwang|naiwan|maiiwan|napag-iiwanan|mapag-iiwanan)(?![\p{L}])|(?<![\p{L}])halos lahat ng (?:kakumpitensya|kakompetensya|kalaban|kompetisyon)[^.!?\n]{0,60}(?:gumagamit na|lumipat na|gamit na)(?![\p{L}])|हक़?दार[^।.!?\n]{0,60}(?:सिर्फ़|सिर्फ|केवल|अब) आपके हाथ में|पीछे (?:न |ना )?(?:रह जाएँ|रह जाएं|रह जाए|छूट जाएँ|छूट जाएं|छूट जाए)', keywords: ['naiiwan', 'naiwan', 'maiiwan', 'iiwanan', 'halos lahat', 'दार', 'पीछे'], firm: true}
      # Thirty-eighth session, XC: too late by the time they notice; a trip or a weekend given up for the reader; "a bit much if you don't work with contracts"; sooner before the schedule fills; most managers moved years ago; Finnish and Nordic time spent, most firms already moved, the board asking; "third time's the charm" over moved meetings; "that I can promise"; a meeting moved for them; the only firm that still hasn't; experience it takes to see.
      - {regex: '\bby the time (?:you|owners|they|most (?:owners|teams|people|managers)|[\w-]+ (?:owners|managers|teams)) (?:notice|call (?:us|someone)|realise|realize|find out|act|react|see it|pick up the phone)\b[^.!?\n]{0,40}?\b(?:it''s|it is|it''s often|it''s usually) (?:usually |often |already |probably |generally )?too late\b', keywords: ['by the time'], firm: true}
      - {regex: '\b(?:drove|flew|travell?ed|came (?:all the way|down|up|over)|dialled in|dialed in|gave up (?:their|his|her|our|my) (?:own )?(?:weekend|evening|saturday|sunday|holiday))\b[^.!?\n]{0,80}?\b(?:so (?:i|we) hope|worth the (?:trip|journey|drive|effort|flight)|for this one)\b', keywords: ['drove', 'flew', 'travelled', 'traveled', 'came all the way', 'came down', 'came up', 'came over', 'dialled in', 'dialed in', 'gave up'], firm: true}
      - {regex: '\b(?:can|may|might|could) be (?:a bit|a little|rather|quite) (?:much|overwhelming|daunting|confusing|technical|heavy|intimidating) (?:if|when|for (?:someone|people|those)) (?:you(?:''re| are)? (?:not|don''t|do not|aren''t|are not)|who (?:don''t|aren''t|do not|are not))\b', keywords: ['a bit much', 'a little much', 'rather much', 'quite much', 'overwhelming', 'daunting', 'confusing', 'technical', 'heavy', 'intimidating'], firm: true}
      - {regex: '\bsooner rather than later\b[^.!?\n]{0,60}?\bonce (?:our|the|my) [\w -]{0,20}(?:schedule|calendar|diary|capacity|slots?|books?) (?:fills?|is full|books? up|gets? full)\b', keywords: ['sooner rather than later'], firm: true}
      - {regex: '\bmost (?:[\w-]+ ){0,3}(?:we|i) (?:meet|work with|see|talk to|speak to|speak with) (?:moved|switched|stopped|went|got rid|gave up|left|dropped)\b[^.!?\n]{0,60}?\b(?:years ago|long ago|a while ago|ages ago|a good few years ago|some time ago)\b', keywords: ['we meet', 'we work with', 'we see', 'we talk to', 'we speak to', 'we speak with', 'i meet', 'i work with', 'i see', 'i talk to', 'i speak to', 'i speak with'], firm: true}
      - {regex: '(?<![\p{L}])(?:olen käyttänyt|käytin|olemme käyttäneet) tähän[^.!?\n]{0,30}aikaa[^.!?\n]{0,60}(?:edes|ainakin)(?![\p{L}])|(?<![\p{L}])(?:jeg har|jag har|eg har|vi har) (?:brugt|brukt|lagt ned|lagt ner|lagt|lagd) (?:en del|meget|mye|mycket|rigtig meget|veldig mye|väldigt mycket|mange timer|flere timer|många timmar) (?:tid )?(?:på|i) (?:dette|det her|detta|det här|dette her)(?![\p{L}])|(?<![\p{L}])(?:de (?:allra )?flesta|de (?:aller )?fleste) (?:företag|bolag|kunder|verksamheter|virksomheder|firmaer|bedrifter|selskaper|selskaber|kunder)[^.!?\n]{0,50}(?:har redan|har allerede) (?:gått över|bytt|valt|gått|skiftet|gået over|byttet|gått over|valgt)(?![\p{L}])|(?<![\p{L}])(?:när|når) ledningen (?:börjar|begynder|begynner) (?:fråga|spørge|spørre)(?![\p{L}])', keywords: ['käyttänyt', 'käytin', 'brugt', 'brukt', 'lagt', 'lagd', 'flesta', 'fleste', 'ledningen'], firm: true}
      - {regex: '\b(?:mov|reschedul|postpon|push|shift|rearrang)\w*\b[^.!?\n]{0,80}?\bthird time(?:''s| is) (?:the|a) charm\b', keywords: ['third time'], firm: true}
      - {regex: '[,;:–—-]\s*(?:that|this) (?:much )?i can (?:promise|guarantee)(?: you)?\s*[.!]|\b(?:that|this) i can (?:promise|guarantee)(?: you)?\s*[.!]', keywords: ['i can promise', 'i can guarantee'], firm: true}
      - {regex: '\b(?:though|although|but|even though) (?:i|we)(?:''d| had)? (?:moved|cancelled|canceled|rearranged|shifted|pushed|rescheduled|turned down|skipped)\b[^.!?\n]{0,40}?\b(?:to make (?:the|this|that) (?:slot|time|meeting|call|date) work|for (?:this|you|the call|the meeting|your slot))\b', keywords: ['moved', 'cancelled', 'canceled', 'rearranged', 'shifted', 'pushed', 'rescheduled', 'turned down', 'skipped'], firm: true}
      - {regex: '\b(?:the only|one of the (?:few|last)) (?:(?:large|big|small|major|larger|bigger) )?(?:firm|company|team|business|practice|organi[sz]ation|school|hotel|clinic|operator|retailer|group|provider|supplier|agency|agencie|carrier|practice)s? (?:of your size |like yours |in (?:the|your) [\w -]{1,20} )?[^.!?\n]{0,40}?\b(?:that |who |which )?still (?:hasn''t|has not|haven''t|have not|hasn''t yet|is (?:still )?(?:using|on|doing)|doing it|using|running|relying on)\b|\bone of the (?:few|last) ones (?:we |i )?still (?:see|meet|know|find|work with)\b', keywords: ['the only', 'one of the few', 'one of the last'], firm: true}
      - {regex: '\bit takes a (?:certain amount of|fair bit of|lot of|bit of|good deal of|certain level of) [\w -]{0,30}?(?:experience|expertise|knowledge|savvy|understanding) to (?:see|spot|understand|notice|appreciate|recogni[sz]e)\b', keywords: ['it takes a'], firm: true}
      # Thirty-ninth session, YC: effort spent on a missed call, a silence read as indifference, a rate change for whatever is not signed, a promise of no regret, a decision narrowed for a reader who might be overwhelmed, being noticed by everyone who matters; the boss's question in Spanish and Portuguese.
      - {regex: '\b(?:had )?(?:kept|blocked|cleared) (?:the |my )?(?:whole |entire )?(?:hour|afternoon|morning|evening|slot|day|diary|calendar) (?:clear|free|open|aside)\b[^.!?\n]{0,80}?\b(?:but|though|still|anyway)\b|\bmoved (?:another|a|two|my other|other|an important) (?:meetings?|calls?|appointments?) (?:around )?to make (?:it|this|that|the (?:call|meeting|time|slot)) work\b[^.!?\n]{0,40}?\b(?:but|though|anyway)\b', keywords: ['hour clear', 'hour free', 'hour open', 'hour aside', 'afternoon clear', 'afternoon free', 'afternoon open', 'morning clear', 'morning free', 'morning open', 'evening clear', 'evening free', 'slot clear', 'slot free', 'slot open', 'day clear', 'day free', 'diary clear', 'calendar clear', 'to make it work', 'to make this work', 'to make that work', 'to make the call work', 'to make the meeting work', 'to make the time work', 'to make the slot work'], firm: true}
      - {regex: '\b(?:i''ll|i will|i''m going to|i guess i''ll|i''ll just|so i''ll) (?:just |have to )?(?:assume|take it|conclude|gather) (?:that )?(?:this|it) (?:(?:simply|clearly|obviously) (?:hasn''t|has not|isn''t|is not|wasn''t|was not)(?: been)? (?:a |much of a |high on the list of |your )?(?:priority|important|on your radar|of (?:any )?interest)|(?:hasn''t|has not|isn''t|is not|wasn''t|was not)(?: been)? (?:a |much of a )?priority (?:on|at) your (?:side|end))\b(?![^.!?\n]{0,40}\b(?:right now|at the moment|for now|this (?:year|quarter|month)|reasonable|understandable|fine)\b)', keywords: ['priority', 'important', 'on your radar', 'interest'], firm: true}
      - {regex: '\b(?:anything|everything|any (?:order|contract|agreement|proposal|quote)s?|whatever(?: is)?) (?:not|that isn''t|that''s not|that is not)(?: yet)? (?:signed|agreed|confirmed|booked|ordered)\b[^.!?\n]{0,40}?\bwill (?:move|go|revert|switch|roll over|fall|be (?:moved|priced|billed|charged)) (?:to|onto|at|under) (?:the )?(?:new|higher|updated|full|increased)\b', keywords: ['not signed', 'not yet signed', 'not agreed', 'not yet agreed', 'not confirmed', 'not yet confirmed', 'not booked', 'not yet booked', 'not ordered', 'not yet ordered', 'isn''t signed', 'isn''t yet signed', 'isn''t agreed', 'isn''t confirmed', 'isn''t booked', 'isn''t ordered'], firm: true}
      - {regex: '\bpromise (?:you )?(?:that )?you(?:''ll| will)? (?:won''t|will not|never) regret\b|\b(?:won''t|will not|never) regret (?:it|this|signing|switching|moving|going with us)\b[^.!?\n]{0,10}?[;,—–-]\s*(?:nobody|no one|none of our (?:customers|clients))(?: ever)? (?:has|have|does|did)\b', keywords: ['regret'], firm: true}
      - {regex: '\b(?:big |major |important |these |such )?decisions?(?: like (?:this|these))? can (?:feel|be|seem|get) (?:a bit |a little |quite |so )?(?:overwhelming|daunting|scary|intimidating|too much|a lot)\b[^.!?\n]{0,60}?\b(?:so|which is why) (?:i''ve|i have|i|we''ve|we have) (?:narrowed|simplified|made it (?:easy|simple)|picked|chosen|decided|boiled)\b', keywords: ['decision'], firm: true}
      - {regex: '\beveryone who matters\b|\bit (?:would|will|might) be noticed if\b', keywords: ['everyone who matters', 'be noticed if'], firm: true}
      - {regex: '(?<![\p{L}])(?:si|cuando|se|quando) [^.!?\n]{0,60}?(?<![\p{L}])(?:tu|su|seu|sua|o seu|a sua) (?:cfo|ceo|director|directora|diretor|diretora|jefe|jefa|chefe|gerente|junta|directorio|conselho) (?:te |lhe )?(?:pregunt|pergunt)(?:a|e|ar)(?: [^.!?\n]{0,20}?)? (?:por qué|porque|por que|porquê) (?:no|nadie|ninguém|ninguem|não|nao|nunca|nada)(?![\p{L}])|(?<![\p{L}])(?:é melhor|melhor|es mejor|mejor) (?:ter|deixar|tener|dejar) (?:isso|isto|tudo|esto|eso|todo) (?:resolvido|pronto|em ordem|resuelto|listo|en orden) antes (?:que|de que) (?:alguém|alguien|o seu chefe|tu jefe|a fiscalização|el auditor|o auditor)(?![\p{L}])', keywords: ['pregunt', 'pergunt', 'antes que', 'antes de que'], firm: true}
      # Thirty-ninth session, ZC: a visit moved to keep the slot, a reader's duty that "just isn't a priority", keeping it simple for a reader it is new to, "are you still interested or not?", a pushy subject; German, French and Dutch fear, surprise and last-ones shapes.
      - {regex: '\b(?:i|we)(?:''d| had)? (?:moved|cancelled|canceled|rearranged|shifted|pushed|rescheduled|turned down|skipped) (?:a|an|another|two|my|our|other)\b[^.!?\n]{0,50}?\bto (?:keep|make|hold|free up) (?:that|the|this|our|your) (?:slot|time|hour|afternoon|morning|meeting|call)(?: (?:free|open|clear|work))?\b[^.!?\n]{0,20}?\bbut\b', keywords: ['to keep that', 'to keep the', 'to keep this', 'to keep our', 'to keep your', 'to make that', 'to make the', 'to make this', 'to make our', 'to make your', 'to hold that', 'to hold the', 'to hold this', 'to hold our', 'to hold your', 'to free up'], firm: true}
      - {regex: '\b(?:assume|take it|conclude|gather) (?:that )?(?:looking after|protecting|caring (?:about|for)|managing|taking care of|getting on top of|fixing|sorting out) (?:your|the|their) [\w -]{1,40}? (?:just |simply |clearly )?(?:isn''t|is not|wasn''t|was not|hasn''t been|has not been) (?:a |much of a )?priority\b', keywords: ['priority'], firm: true}
      - {regex: '\b(?:is|are|might be|may be|will be) (?:all |quite |a bit |completely |fairly )?(?:new|unfamiliar|confusing|complicated|daunting) (?:to|for) you\b[^.!?\n]{0,80}?\b(?:so |which is why )?(?:i''ll|i will|let me|i''m going to) (?:keep (?:it|this|things)|make (?:it|this|things)|explain (?:it|this)) (?:simple|basic|short|easy|very simple)\b', keywords: ['new to you', 'new for you', 'unfamiliar', 'confusing', 'complicated', 'daunting'], firm: true}
      - {regex: '\bare you (?:still )?interested or not\b|\bdon''t let (?:[\p{L}&.''’-]+ ){1,4}fall behind\b', keywords: ['interested or not', 'fall behind'], firm: true}
      - {regex: '(?<![\p{L}])w[äa]re mir (?:pers[öo]nlich )?(?:ziemlich |etwas |sehr |schon )?(?:mulmig|unwohl|nicht wohl|bange)(?![\p{L}])[^.!?\n]{0,60}?(?<![\p{L}])(?:erkl[äa]ren|rechtfertigen|begr[üu]nden)|(?<![\p{L}])wundert (?:es )?mich[^.!?\n]{0,30}?(?<![\p{L}])dass (?:ein|eine) (?:unternehmen|betrieb|haus|firma|labor|organisation)\b[^.!?\n]{0,80}?(?<![\p{L}])(?:immer noch|noch immer)(?![\p{L}])|(?<![\p{L}])je ne voudrais pas que [^.!?\n]{1,60}?(?<![\p{L}])serve d[''’]exemple|(?<![\p{L}])(?:jullie|u) (?:zijn|bent) (?:eigenlijk |zowat |bijna |ongeveer )?(?:de laatsten?|de enigen?|een van de laatsten) die (?:nog|er nog)(?![\p{L}])|(?<![\p{L}])(?:sie|ihr) (?:sind|seid) (?:eigentlich |so ziemlich |fast )?(?:die letzten|die einzigen|eine[rs]? der letzten),? die noch(?![\p{L}])', keywords: ['mulmig', 'unwohl', 'nicht wohl', 'bange', 'wundert', 'serve d', 'laatsten', 'enigen', 'die letzten', 'die einzigen', 'der letzten'], firm: true}
      # Thirty-ninth session, BC: the boss asking why, effort we hope gets some use, a to-do list we missed, a lot to take in again, habit and loyalty, a hobbyist's tool outgrown; French and Spanish deadlines and blame.
      - {regex: '\bif your (?:cfo|ceo|coo|boss|board|director|manager|finance (?:team|director)|leadership|owner|md) (?:ever )?asks? (?:you )?why\b[^.!?\n]{0,80}?\b(?:good|wise|worth|better|useful|smart) (?:idea )?to have (?:a |an )?(?:clear |good |ready |solid )?answer\b', keywords: ['asks why', 'ask why', 'asks you why', 'ask you why'], firm: true}
      - {regex: '\bso (?:i )?hope (?:it|this|they|that|the [\w-]+) (?:gets?|get|will get) (?:some |at least some |a bit of |good )?use\b|\b(?:may not have|might not have|didn''t|haven''t|have not) (?:made it|make it) (?:onto|on to|on) your (?:to-do|todo|to do|priority|reading) list\b', keywords: ['some use', 'gets use', 'get use', 'good use', 'bit of use', 'to-do list', 'todo list', 'to do list', 'priority list', 'reading list'], firm: true}
      - {regex: '\bagain,? (?:it|this|that|all this|there) (?:can be|is) (?:quite )?a lot to take in\b|\b(?:at some point|eventually|sooner or later) (?:loyalty|habit|familiarity|comfort) stops being (?:a )?(?:good |valid |sound )?reason\b|\bgreat for hobbyists\b|\b(?:i suspect|surely|presumably|i''d guess|i imagine) your (?:team|company|business|engineers|people) (?:has|have) outgrown\b', keywords: ['a lot to take in', 'stops being', 'hobbyists', 'outgrown'], firm: true}
      - {regex: '(?<![\p{L}])(?:votre|ton|vos) (?:accord|validation|confirmation|r[ée]ponse|signature|feu vert|bon pour accord) (?:d[''’]ici|avant) (?:ce soir|demain(?: matin| midi)?|ce midi|la fin de (?:la )?journ[ée]e|midi)(?![\p{L}])|(?<![\p{L}])el problema (?:ser[áa]|va a ser|es|sería) (?:de ustedes|suyo|tuyo|vuestro|de usted)(?![\p{L}])', keywords: ['d''ici', 'avant ce', 'avant demain', 'avant la fin', 'avant midi', 'el problema'], firm: true}
      # Thirty-ninth session, BF: talks since February at organisations like yours, things moving slower over there, a proper system once seen, a sharp team putting up with it, the second cancellation this month; French effort and disappointment, a guarantee that ends after a date, being among the last, the board learning it late, results guaranteed, "no longer serious".
      - {regex: '\b(?:at|in) (?:organi[sz]ations|companies|places|firms|businesses|practices|agencies) like yours,? but\b|\bsince i know things (?:move|go|run) (?:a bit |a little |much )?slower\b|\b(?:things|decisions) (?:can )?(?:move|go) (?:a bit |a little |much )?slower (?:over )?at\b|\bonce you(?:''ve| have) seen a proper\b|\ba proper [\w -]{1,30} in action,? you(?:''ll| will) understand why\b|\bsurprised (?:that )?a (?:team|company|business|firm|group|organi[sz]ation) (?:as [\w-]+ as yours|like yours|of your size) (?:has|have|would|is)\b|\b(?:that''s|that is) the (?:second|third|fourth) time (?:this|in a|in the last) (?:month|week|fortnight)\b', keywords: ['like yours', 'slower', 'a proper', 'surprised', 'second time', 'third time', 'fourth time'], firm: true}
      - {regex: '(?<![\p{L}])j[''’]avais (?:quand m[êe]me |pourtant |m[êe]me )?(?:bloqu[ée]|r[ée]serv[ée]|lib[ée]r[ée]|pr[ée]par[ée])(?![\p{L}])[^.!?\n]{0,120}?(?<![\p{L}])(?:dommage|d[ée][çc]ue?|regrettable)(?![\p{L}])|(?<![\p{L}])apr[èe]s cette date,? je ne (?:peux|pourrai|pourrais) plus (?:rien )?(?:vous )?garantir|(?<![\p{L}])se retrouve parmi les derni[eè]r(?:e|es|s)(?![\p{L}])|(?<![\p{L}])j[''’]esp[ée]rais une r[ée]ponse (?:un peu |bien )?plus rapide|(?<![\p{L}])ce n[''’]est plus (?:vraiment |tr[èe]s )?s[ée]rieux(?![\p{L}])|(?<![\p{L}])je ne voudrais (?:simplement |juste |surtout )?pas que (?:votre|vos|ton|ta) (?:conseil|direction|patron|patronne|pdg|dg|directeur|directrice|chef|conseil d[''’]administration)(?![\p{L}])|(?<![\p{L}])je vous (?:garantis|promets) que [^.!?\n]{0,60}?(?<![\p{L}])(?:gagner\p{L}*|[ée]conomiser\p{L}*|augmenter\p{L}*|doubler\p{L}*|r[ée]duire\p{L}*|au moins)(?![\p{L}])', keywords: ['j''avais', 'j’avais', 'après cette date', 'apres cette date', 'parmi les derni', 'espérais', 'esperais', 'n''est plus', 'n’est plus', 'je ne voudrais', 'je vous garantis', 'je vous promets'], firm: true}
      # Thirty-ninth session, BI: a morning blocked out and "a bit of a shame", notes surely buried, the longer it stays the more they give up, what most grow out of, not said to scare you, ready for the tax office to look, those who haven't switched scrambling, flagged back in March, a lot on the call; Afrikaans surprise and fear.
      - {regex: '\b(?:had )?(?:blocked|cleared|kept|set aside)(?: out| off)? (?:the|my|our) (?:whole |entire )?(?:morning|afternoon|hour|day|evening|diary)\b[^.!?\n]{0,100}?\b(?:a bit of a shame|a shame|disappointing|a pity)\b|\bi(?:''m| am) sure (?:they|my (?:emails|notes|messages))(?:''ve| have)? (?:just )?(?:been buried|got buried|slipped through|gotten lost)\b|\bthe longer [^.!?\n]{0,60}\bstays? (?:as it is|the same|unchanged),? the more\b|\bmost (?:teams |companies |businesses |of them )?grow out of it\b|\b(?:not|n''t) (?:saying|say|telling you) (?:this|it) to (?:scare|frighten|worry|alarm) you\b', keywords: ['a shame', 'disappointing', 'a pity', 'buried', 'slipped through', 'gotten lost', 'the longer', 'grow out of it', 'to scare', 'to frighten', 'to worry', 'to alarm'], firm: true}
      - {regex: '\bready for (?:hmrc|the irs|the taxman|sars|revenue|the auditors?|an audit|the regulator|an inspection) to (?:look|come|check|inspect|knock)\b|\b(?:businesses|companies|teams|firms|organi[sz]ations) that (?:haven''t|have not|don''t|do not) (?:switched|moved|acted|prepared|started|changed)\b[^.!?\n]{0,70}?\b(?:scrambling|caught out|left behind|in trouble)\b|\bi did (?:flag|mention|raise|say) (?:this|it|that)\b[^.!?\n]{0,60}?\b(?:for what it''s worth|better late than never)\b|\bdon''t worry if it felt like a lot\b', keywords: ['ready for', 'scrambling', 'caught out', 'left behind', 'in trouble', 'for what it', 'better late', 'felt like a lot'], firm: true}
      - {regex: '(?<![\p{L}])verbaas dat [''’]n (?:besigheid|maatskappy|onderneming|span) van (?:julle|u|jou) grootte nog steeds(?![\p{L}])|(?<![\p{L}])om (?:jou|julle|u) bang te maak(?![\p{L}])', keywords: ['verbaas', 'bang te maak'], firm: true}
    message: 'pressure: "{match}"'
    examples:
      fire:
        - 'A quick "not interested" would at least be courteous.'
        - 'No rush at all, of course — it''s only your peak winter billing season we''re talking about.'
        - 'Is the yellow till from 2009 still soldiering on at the Newtown shop? Bless it.'
        - 'Clearly modernising ticketing isn''t a priority for your team, which is a real shame for the people queuing at your leisure centres.'
        - 'Answer this one, please — my quarter literally depends on it.'
        - 'Smart founders move fast; the rest end up writing blog posts about what went wrong.'
        - 'If you love your guests as much as you say you do, you''ll book the demo before the weekend.'
        - 'Your checkout line alone is probably scaring customers away, and you''re just letting it happen.'
        - 'Quick reminder that silence is also an answer — and usually the wrong one.'
        - 'With all due respect, managing twelve franchise locations over WhatsApp groups isn''t a strategy, it''s a hobby.'
        - 'Still booking tables on a paper diary in 2025? Your guests notice, even if you don''t.'
        - 'Doctors trust you to give them tools that work, and right now you''re failing them.'
        - 'I''m surprised a group as large as yours still tolerates a claims engine that can''t even get its edits right.'
        - 'Ourco SafeScript WILL eliminate dispensing errors at your pharmacies — that''s a promise.'
        - 'Waiting until after open enrollment is what the underperforming carriers do.'
        - 'With the MHRA tightening everything, any QPPV still running signal detection in spreadsheets is basically asking for a critical finding.'
        - 'Your audit is coming whether you are ready or not.'
        - 'If a patient is harmed because an alert never fired, "we were still evaluating vendors" won''t be much of a defence.'
        - 'HIPAA fines run to tens of thousands per violation, and teams like yours are exactly the ones OCR loves to make an example of.'
        - 'I''ve drafted a short note to your managing partner setting out the savings case — I''ll send it to her on Monday unless you and I can agree terms before then.'
        - 'I''ve taken the liberty of booking stand B14 for you and sent the deposit invoice to your accounts team — you can simply pay it when it arrives.'
        - 'I''d be happy to mention to them that your team decided it wasn''t a priority, unless you''d prefer we revisit things.'
        - 'I will have to explain to the rest of the group why your firm was the one company that didn''t see the value.'
        - 'Judging by how many nudges you have needed, I will just call.'
        - 'Given how many reminders you''ve needed so far, maybe a weekly one is best going forward?'
        - 'It might look bad to your board if you were the only bank not on the panel.'
        - 'We''ll be publishing a list of launch partners next month, and it would look odd if your company weren''t on it.'
        - 'We would hate to have to tell the other members that you passed on this.'
        - 'I''d rather not have to mention to the folks at the fintech breakfast that your team turned us down.'
        - 'I will treat silence as your sign-off on the revised scope.'
        - 'We''ll take your lack of reply as agreement to the pilot terms attached.'
        - 'How many more outages before you fix the network?'
        - 'Seriously — how many more months of late-payment penalties before you take this seriously?'
        - 'Please confirm by Monday, failing which the slot is released.'
        - 'Kindly revert by EOD, failing which the quotation stands withdrawn and the new higher rates will apply.'
        - 'If your PO is not in by Friday the discount is withdrawn.'
        - 'If the contract isn''t back by Wednesday, the reserved capacity is released and your annual fee increases.'
        - 'Waiting is no longer an option here.'
        - 'After 1 July, setup fees rise by 300%, so waiting really isn''t an option for you.'
        - 'I need a yes or no by EOD tomorrow.'
        - 'Please confirm by 17:00 today whether your team is in or out.'
        - 'You booked the demo and then did not show up. Not great, but I am giving you one more chance.'
        - 'The last implementation slot before Easter will go to whichever team signs first.'
        - 'The partner programme is almost full as I write this.'
        - 'Firms adopting this now are building a lead the rest of the industry will spend years trying to close.'
        - 'Distributors that didn''t automate their ordering are the ones going under now.'
        - 'I''ve blocked out my Friday morning for your team, so I''ll send the invite now.'
        - 'Tell me which depot you''d like to start with and I''ll get the order form moving.'
        - 'I shared the benchmark at no charge, so I hoped you could return the favour with a call.'
        - 'If you''d rather keep paying for a tool nobody likes, that''s your call.'
        - 'Sure, keep running payroll by hand, what could possibly go wrong?'
        - 'You don''t strike me as one of those people who needs to run everything past the CFO.'
        - 'We could book it as a support extension so it doesn''t trigger a new tender.'
        - 'I''ve put Tuesday at 10 in your calendar; if it doesn''t work, you''ll need to tell me why.'
      pass:
        - 'Clearly the new menu works: the team said covers rose in May.'
        - 'A quick "not interested" is completely fine — it helps me plan.'
        - 'The rest of the rollout follows the same steps.'
        - 'Your guests notice the little things, like a table that is ready on time.'
        - 'I''m surprised how quickly your team picked up the new workflow!'
        - 'We''ll have the revised quote to you by Friday — that''s a promise.'
        - 'Your team is asking for a demo of the audit log, so I have set one up.'
        - 'The audit trail is there so your team has evidence when asked.'
        - 'Fines can be high, so we built the audit log to be a strong defence.'
        - 'As agreed on the call, I have booked stand B14 and sent the deposit invoice to your accounts team.'
        - 'I''ll explain to the steering group why the pilot was paused; no blame on anyone.'
        - 'How many reminders would you like before each payroll cut-off?'
        - 'It would look odd if the chart had no axis labels, so I added them.'
        - 'I''d rather not mention the other bidders by name, but the shortlist was three.'
        - 'Please don''t read my silence next week as a lack of interest; I''m travelling.'
        - 'How many more seats would you need before the next tier makes sense?'
        - 'The quotation is valid for 30 days, after which we will simply issue a new one at the same rates.'
        - 'If the contract is not back by Wednesday, we will simply move the kick-off to the following week.'
        - 'For the regulator''s 30 June deadline, waiting until May would leave little time for testing.'
        - 'A yes or no on the agenda is all I need, whenever suits you.'
        - 'Could you let me know by Friday whether the 14th or the 21st suits the workshop better?'
        - 'Happy to give the integration another try with you on Thursday.'
        - 'The workshop has 20 places, allocated in the order people register.'
        - 'Happy to return the favour: I can introduce you to our logistics partner.'
        - 'If you''d rather keep your current tool for payroll, our API can sit beside it.'
        - 'I''ve blocked out Friday morning for the workshop; pick any hour that suits you.'
        - 'Let me know which depot you''d like to start with, and we''ll plan the pilot around it.'
        - 'Teams that didn''t migrate before the cut-over kept read-only access for 90 days.'
        - 'If the time doesn''t work, suggest another and I''ll move it.'
  - id: tone.tracking-callout
    kind: tone
    corroborate: ${CORROBORATE}
    severity: warn
    description: 'telling the reader that their opens, clicks or profile visits were watched ("I can see you opened the proposal three times", "saw you checked out my LinkedIn again"), or that a tracker reported them: surveillance used as pressure. Thanking someone for visiting a booth or for a download they asked for passes.'
    keywords: ['see', 'saw', 'notice', 'spotted', 'can tell', 'tracking', 'tracker', 'analytics', 'read receipt', 'my crm', 'my email crm']
    patterns:
      - '\b(?:i|we) (?:can )?(?:see|saw|noticed|notice|spotted|can tell)(?: that)? you(?:''ve| have)? (?:just |already |finally |now )?(?:opened|clicked|viewed|checked out|looked at|visited|read|forwarded|downloaded|watched|peeked at|been (?:on|looking at|checking out))(?: on)? (?:my|our|the|this|that) (?:[\w-]+ )?(?:emails?|e-mails?|messages?|notes?|links?|pricing(?: page)?|proposals?|decks?|pages?|profile|linkedin|site|website|attachments?|documents?|docs?|quotes?|videos?|case stud(?:y|ies)|one-pagers?)\b[^.!?\n]{0,50}?\b(?:again|twice|three times|four times|\d+ times|several times|multiple times|a few times|a couple of times|a bunch|yesterday|this morning|last night|today|so i know|so you(?:''re| are)|yet (?:you|no)|but (?:you )?(?:haven''t|have not|didn''t|did not|no))\b'
      - '(?:^|[\n.!?;—-]\s*)(?:i )?(?:saw|noticed|spotted|see) (?:that )?you (?:checked out|looked at|viewed|visited|were on|were looking at|stalked) my (?:linkedin|profile|linkedin profile)\b'
      - '\bmy (?:email )?(?:tracking|tracker|analytics|read receipts?|open tracking|crm) (?:shows?|says|tells me|told me|pinged me)\b[^.!?\n]{0,40}?\byou\b'
    message: 'tells the reader they were tracked: "{match}"'
    examples:
      fire:
        - 'I can see you clicked the pricing link twice yesterday, so I know you''re interested.'
        - 'Saw you checked out my LinkedIn again, so are we doing this or what?'
        - 'I noticed you''ve opened the proposal four times but haven''t replied.'
        - 'My tracking shows you read my last email three times.'
      pass:
        - 'I saw you visited our booth at SaaStr; thanks for stopping by.'
        - 'You mentioned you''d checked out the pricing page, so here is the breakdown.'
        - 'I can see you opened a support ticket yesterday; our team is already on it.'
        - 'Thanks for downloading the guide; page 4 has the checklist you asked about.'
        - 'Our email tracking shows open rates by template, so your team can compare them.'
  - id: tone.foreign-pressure
    kind: tone
    severity: warn
    description: 'pressure written in French, Spanish, Portuguese, German or Italian (the sentence model reads English, so it is not asked to corroborate): last chances, an offer that will not hold, counting unanswered emails, reading silence as disinterest, "you don''t want to be the one who…". A quote''s validity date stated plainly passes.'
    patterns:
      - {regex: '(?<![\p{L}])(?:kh[ôo]ng gi[ữu] đ[ưu][ợo]c (?:m[ứu]c )?gi[áa]|hindi na (?:po )?(?:namin|ko) (?:ma-?)?hold|passer[àa] a un altro cliente|andr[àa] a un altro cliente|ir[áa] para outro cliente|pasar[áa] a otro cliente|sera attribu[ée]e? [àa] un autre client|geht an einen anderen kunden|vou entender que [^.!?\n]{0,40}n[ãa]o [ée] (?:uma )?prioridade|entender[ée] que [^.!?\n]{0,40}no es (?:una )?prioridad|capir[òo] che [^.!?\n]{0,40}non [èe] una priorit[àa]|eu garanto que|le garantisco|vi garantisco|ti garantisco|fiquei (?:um pouco |bastante |muito )?decepcionad[oa]|estoy (?:un poco |bastante |muy )?decepcionad[oa]|sono (?:un po[''’] |piuttosto |molto )?delus[oa]|ich bin (?:etwas |ziemlich |sehr )?entt[äa]uscht|je suis (?:un peu |assez |tr[èe]s )?d[ée][çc]u|sou (?:regtig )?sleg voel|agterbly|non (?:ha|abbia) avuto (?:il )?tempo di rispondere|no (?:ha|haya) tenido (?:el )?tiempo de responder|n[ãa]o (?:teve|tenha tido) tempo de responder|ph[ảa]n h[ồo]i[^.!?\n]{0,30}tr[ưu][ớo]c \d{1,2} ?h)(?![\p{L}])', keywords: ['không giữ', 'khong giu', 'hindi na', 'altro cliente', 'outro cliente', 'otro cliente', 'autre client', 'anderen kunden', 'vou entender', 'entenderé', 'entendere', 'capirò', 'capiro', 'garanto', 'garantisco', 'decepcionad', 'delus', 'enttäuscht', 'enttauscht', 'déçu', 'decu', 'sleg voel', 'agterbly', 'tempo di rispondere', 'tiempo de responder', 'tempo de responder', 'phản hồi', 'phan hoi']}
      - {regex: '(?<![\p{L}])(?:[ée] (?:a|o) [úu]nic[ao]|es (?:la|el) [úu]nic[ao]|[èe] (?:ormai |ancora )?l[''’]unic[ao]|ist (?:jetzt )?(?:die|der|das) einzige|est (?:d[ée]sormais )?(?:la|le) seule?)(?![\p{L}])[^.!?\n]{0,40}?(?<![\p{L}])(?:que ainda|que todav[íi]a|ancora|noch|encore|que a[úu]n|sem |sin |senza |ohne |sans )', keywords: ['única', 'unica', 'único', 'unico', 'l''unic', 'l’unic', 'einzige', 'seul']}
      - {regex: '(?<![\p{L}])(?:ich verspreche ihnen,? dass|le (?:prometo|garantizo) que|te (?:prometo|garantizo) que|prometo (?:a voc[êe]s? )?que|je vous (?:promets|garantis) que|obiecuj[ęe] (?:pa[ńn]stwu|panu|pani),? [żz]e)(?![\p{L}])[^.!?\n]{0,80}?(?<![\p{L}])(?:recuper\w*|ahorr\w*|duplic\w*|triplic\w*|rentab\w*|roi|hereinholen|amortisiert|amortis\w*|sparen|einsparen|verdoppeln|r[ée]cup[ée]r\w*|[ée]conomis\w*|doubler|retorno|economiz\w*|zwr[óo]c\w*|oszcz[ęe]dz\w*|podwoi\w*)(?![\p{L}])', keywords: ['verspreche', 'prometo', 'garantizo', 'promets', 'garantis', 'obiecuj']}
      - {regex: '(?<![\p{L}])(?:kann (?:ich )?mir (?:kaum |nicht |schwer )?vorstellen,? dass (?:eine?|ein) (?:so )?[^.!?\n]{0,60}wie sie[^.!?\n]{0,80}noch|no (?:quiere|querr[áa]|querr[íi]a|quieren) quedar como (?:el|la|los|las) (?:[úu]nic[oa]s?|[úu]ltim[oa]s?)|ilk hareket eden (?:her zaman )?kazan\w*|(?:hungependa|usingependa|asingependa)[^.!?\n]{0,80}ya mwisho)', keywords: ['vorstellen', 'quedar como', 'ilk hareket', 'hungependa', 'usingependa', 'asingependa']}
      - {regex: '(?<![\p{L}])(?:nie chcia[łl](?:bym|abym),? [żz]eby (?:pa[ńn]stwa|pana|pani|was|wam) to spotka[łl]o|no quiero que (?:les|le|te) pase|n[ãa]o quero que (?:isso )?aconte[çc]a com (?:voc[êe]s?|o senhor|a senhora)|je ne voudrais pas que (?:cela|[çc]a) vous arrive|ich m[öo]chte nicht,? dass (?:ihnen|euch|dir) das (?:auch )?passiert|(?:sizin de |sizin )?ba[şs][ıi]n[ıi]za gelmesini istemem)(?![\p{L}])', keywords: ['nie chciał', 'nie chcial', 'no quiero que', 'não quero que', 'nao quero que', 'je ne voudrais pas', 'möchte nicht', 'mochte nicht', 'istemem']}
      - {regex: '(?<![\p{L}])(?:(?:que|quienes) esperaron[^.!?\n]{0,80}(?:terminaron|acabaron) (?:pagando|perdiendo)|(?:que|quem) esperaram[^.!?\n]{0,80}acabaram (?:pagando|perdendo)|(?:tek sat[ıi]rl[ıi]k|k[ıi]sa) bir (?:cevap|yan[ıi]t)[^.!?\n]{0,100}sayg[ıi]|una respuesta (?:breve|corta|de una l[íi]nea)[^.!?\n]{0,80}(?:respeto|cortes[íi]a)|lo batuach she[''’]?uchal lehachzik)', keywords: ['esperaron', 'esperaram', 'cevap', 'yanıt', 'yanit', 'una respuesta', 'lehachzik']}
      - {regex: '(?<![\p{L}])(?:me dar[íi]a (?:mucha )?pena|seria uma pena|szkoda (?:by[łl]oby|by by[łl]o)|(?:ich f[äa]nde es|w[äa]re es|w[äa]re doch) (?:sehr |wirklich )?schade)(?![\p{L}])[^.!?\n]{0,120}?(?<![\p{L}])(?:(?:ese|todo ese|nuestro) (?:trabajo|esfuerzo)|en un caj[óo]n|(?:esse|todo esse|nosso) (?:trabalho|esfor[çc]o)|utkn[ęe][łl]\w*|(?:die|unsere) (?:arbeit|m[üu]he))', keywords: ['pena', 'szkoda', 'schade']}
      - {regex: '(?<![\p{L}])(?:ser[íi]a una (?:l[áa]stima|pena)|me dar[íi]a (?:mucha )?pena|seria uma pena|eu detestaria|(?:je serais|ce serait) (?:vraiment |sinc[èe]rement )?(?:navr[ée]|dommage)|je m[''’]en voudrais|(?:ich f[äa]nde es|es w[äa]re|w[äa]re es|w[äa]re doch) (?:sehr |wirklich |doch )?schade|szkoda (?:by[łl]oby|by by[łl]o)|yaz[ıi]k olur|sarebbe un peccato|mi dispiacerebbe|ningesikitika|bura lagega)(?![\p{L}])[^.!?\n]{0,140}?(?<![\p{L}])(?:[úu]nic[oa]s?|[úu]ltim[oa]s?|para tr[áa]s|atr[áa]s|competencia|concorr[êe]ncia|en retard|avec un temps de retard|derni[èe]re?s?|seule?s?|[üu]bersehen|als letzte[rs]?|zur[üu]ck|w tyle|jako ostatni\w*|geride|kosa\w*|peeche|perder\w*|perca|perdre|verpass\w*|przegapi\w*|ka[çc][ıi]r\w*|pagar m[áa]s|pagar mais|payer plus|mehr zahlen|esperad[oa]|esperaron|attendu|gewartet)', keywords: ['lástima', 'lastima', 'pena', 'detestaria', 'navr', 'dommage', 'voudrais', 'schade', 'szkoda', 'yazık', 'yazik', 'peccato', 'dispiacerebbe', 'ningesikitika', 'bura lagega']}
      - {regex: '(?<![\p{L}])(?:(?:los|las) dem[áa]s|(?:los|las) otr[oa]s|casi tod[oa]s (?:los|las)|tod[oa]s (?:los|las) (?:dem[áa]s|otr[oa]s)|la mayor[íi]a de|(?:os|as) demais|tod[oa]s (?:os|as) (?:outr[oa]s|demais)|a maioria d|les autres|tous les autres|la plupart des|die anderen|alle anderen|die meisten|pozosta[łl]e|wszystkie (?:inne|pozosta[łl]e)|wi[ęe]kszo[śs][ćc]|di[ğg]er t[üu]m|[çc]o[ğg]u|gli altri|tutti gli altri|la maggior parte|kol she[''’]?ar|baaki (?:sab|teen|do|char)|wengine wote)(?![\p{L}])[^.!?\n]{0,100}?(?<![\p{L}])(?:ya (?:lo |la |se )?(?:implementaron|firmaron|decidieron|adoptaron|contrataron|cambiaron|migraron|pasaron|est[áa]n con nosotros|trabajan con nosotros|nos eligieron)|j[áa] (?:fecharam|assinaram|implementaram|aderiram|adotaram|migraram|contrataram)|ont d[ée]j[àa] (?:fait ce choix|sign[ée]|adopt[ée]|franchi le pas|choisi|bascul[ée])|(?:haben|sind) (?:sich )?(?:bereits|schon) (?:entschieden|unterschrieben|umgestellt|gewechselt)|sind (?:bereits|schon) (?:alle )?dabei|ju[żz] (?:wdro[żz]y[łl]\w*|podpisa[łl]\w*|zdecydowa[łl]\w*|przesz[łl]\w*)|(?:[çc]oktan|zaten) (?:imzalad\w*|ge[çc]ti\w*|ba[şs]lad\w*)|hanno gi[àa] (?:firmato|scelto|adottato)|kvar (?:nirshemu|chatmu|hitztarfu)|pehle hi (?:sign|join) kar chuke|tayari (?:wamejiunga|wamesaini|wameanza))', keywords: ['demás', 'demas', 'los otros', 'las otras', 'casi todos', 'casi todas', 'mayoría', 'mayoria', 'demais', 'maioria', 'autres', 'plupart', 'anderen', 'meisten', 'pozosta', 'wszystkie', 'większość', 'wiekszosc', 'diğer', 'diger', 'çoğu', 'cogu', 'altri', 'maggior', 'kol she', 'baaki', 'wengine']}
      - {regex: '(?<![\p{L}])(?:(?:direkt )?(?:bei|mit) ihrem (?:gesch[äa]ftsf[üu]hrer|vorgesetzten|chef|vorstand|direktor)\w* (?:direkt )?(?:anzusprechen|ansprechen|zu besprechen|besprechen)|(?:m[''’]adresser|[ée]crire|remonter l[''’]information) (?:directement )?(?:à|a) votre (?:directeur|directrice|direction|pdg|dg|sup[ée]rieur)|(?:y[öo]neticiniz|m[üu]d[üu]r[üu]n[üu]z|genel m[üu]d[üu]r[üu]n[üu]z)(?:le|e|a)? (?:do[ğg]rudan )?(?:g[öo]r[üu][şs]|ileti[şs]im|yaz)|(?:falar|conversar) (?:diretamente )?com (?:o seu|a sua|seu|sua) (?:diretor|diretora|chefe|superior|ceo))', keywords: ['ihrem', 'votre', 'yönetici', 'yonetici', 'müdür', 'mudur', 'falar', 'conversar']}
      - {regex: '(?<![\p{L}])(?:(?:ancak|sadece|yaln[ıi]zca) (?:pazartesi|sal[ıi]|[çc]ar[şs]amba|per[şs]embe|cuma|cumartesi|pazar|yar[ıi]n|bug[üu]n)(?: g[üu]n[üu]ne)? kadar|(?:punguzo|bei|ofa)\w*[^.!?\n]{0,30}itaisha|se (?:a gente|n[óo]s) n[ãa]o (?:fechar|fecharmos|assinar|assinarmos|decidir|definir) at[ée]|si no lo (?:definimos|cerramos|firmamos) (?:esta semana|hoy|ma[ñn]ana|antes)|bitte um ihre entscheidung bis|ne plus (?:pouvoir )?vous garantir (?:ces|ce|cette|les)|no (?:lo|la) (?:vamos a poder|podremos|podr[ée]) volver a ofrecer|kitne din (?:aur )?hold)(?![\p{L}])', keywords: ['ancak', 'sadece', 'yalnız', 'yalniz', 'itaisha', 'se a gente', 'se nós', 'se nos', 'si no lo', 'bitte um ihre', 'vous garantir', 'volver a ofrecer', 'kitne din']}
      - {regex: '(?<![\p{L}])(?:sadece bugün geçerli|sistemden silinecek|fazla vaktiniz yok|decidere in fretta|offerta sparisce|non la rivedr[àa] pi[ùu])(?![\p{L}])', keywords: ['sadece bugün', 'silinecek', 'vaktiniz yok', 'in fretta', 'sparisce', 'rivedr']}
      - {regex: '(?<![\p{L}])(?:mi offende|ancora non mi rispond[ei]|non farmi fare brutta figura|dopo tutto quello che ho fatto|(?:vi )?state facendo ridere dietro|asla göremeyeceksiniz|bir daha (?:böyle|bu) (?:bir )?(?:fiyat|fırsat|teklif)|(?:çok )?pişman olursunuz|pişman olacaksınız|acele edin|liste neredeyse doldu|fark ediyor, emin olun|no habr[áa] vuelta atr[áa]s|ya (?:te|le) he escrito (?:\p{L}+|\d+) veces|ser[íi]a un detalle|se quedar[áa] con (?:la|tu|su) (?:plaza|mesa|lugar|hueco))(?![\p{L}])', keywords: ['offende', 'non mi rispond', 'brutta figura', 'tutto quello', 'ridere dietro', 'göremeyeceksiniz', 'bir daha', 'pişman', 'acele', 'neredeyse doldu', 'fark ediyor', 'vuelta atr', 'he escrito', 'un detalle', 'se quedar']}
      - {regex: '(?<![\p{L}])(?:sirf aaj (?:raat |hi )?tak|kuch nahi kar (?:paunga|paungi|payenge|sakta|sakti|sakenge)|jaldi (?:confirm|decide|sign|reply|reply) (?:kijiye|karo|karein|kar dijiye))(?![\p{L}])', keywords: ['sirf aaj', 'kuch nahi kar', 'jaldi']}
      - {regex: '(?<![\p{L}])(?:lopen (?:over \w+ jaar )?(?:hopeloos |echt |flink )?achter|die fout zou ik niet maken|(?:wie|kantoren|bedrijven) die nu nog twijfel)|وإلا فسنعتبر|لن نتمكن من مساعدتكم|العرض ينتهي اليوم|آخر فرصة', keywords: ['achter', 'die fout', 'twijfel', 'وإلا', 'لن نتمكن', 'العرض ينتهي', 'آخر فرصة']}
      - {regex: '(?<![\p{L}])(?:(?:desconto|pre[çc]o|condi[çc][ãa]o|oferta)(?![\p{L}])[^.!?\n]{0,30}?(?<![\p{L}])(?:desaparece|some|vai embora|evapora)(?![\p{L}])|n[ãa]o (?:tenho|terei|haver[áa]) como (?:recuper|segur|manter|garantir|reabrir)|v[ãa]o perder (?:essa|esta|a|o) (?:condi[çc][ãa]o|oferta|vaga|pre[çc]o|desconto)|ficar para tr[áa]s enquanto)', keywords: ['desaparece', 'some', 'vai embora', 'evapora', 'tenho como', 'terei como', 'haverá como', 'havera como', 'vão perder', 'vao perder', 'para trás', 'para tras']}
      - {regex: '(?<![\p{L}])(?:(?:aanbieding|korting|prijs|actie) vervalt (?:echt )?(?:vanavond|vandaag|morgen|om)|kan ik (?:helemaal )?niets meer voor (?:je|u|jullie) doen|lopen (?:echt )?achter|elke concurrent[^.!?\n]{0,40}?(?:allang|al lang)|(?:ek het|ons het) (?:jou|julle|u) (?:nou )?(?:al )?(?:\w+|\d+) keer (?:gebel|ge-?e-?pos|gemail|geskryf)|sou darem gaaf (?:gewees )?het|gaan nie nog ''n [\p{L}]+ (?:van [\p{L}]+ )?oorleef nie|kom ons wees eerlik)(?![\p{L}])', keywords: ['vervalt', 'niets meer', 'achter', 'concurrent', 'keer', 'darem', 'oorleef', 'wees eerlik']}
      - {regex: '(?<![\p{L}])(?:je[śs]li nie podpisz[ąa] (?:pa[ńn]stwo|pan|pani)\b[^.!?\n]{0,60}?(?:cena wzro[śs]nie|rabat przepadnie|oferta wyga[śs]nie)|nic nie b[ęe]d[ęe] m[óo]g[łl]a? (?:z tym )?zrobi[ćc]|ostatnia szansa)(?![\p{L}])', keywords: ['podpisz', 'nic nie', 'ostatnia szansa']}
      - {regex: '(?<![\p{L}])(?:ik heb (?:u|je|jullie) (?:inmiddels |al |nu al )?(?:\w+|\d+) keer (?:gemaild|gebeld|geschreven|benaderd|gecontacteerd)|(?:zou|is) (?:toch )?(?:wel )?netjes zijn|vervalt\b[^.!?\n]{0,40}?\b(?:definitief|voorgoed)|komt (?:hij|het|ze|die|deze) niet (?:meer )?terug)(?![\p{L}])', keywords: ['keer', 'netjes', 'vervalt', 'niet meer terug', 'niet terug']}
      - {regex: '(?<![\p{L}])(?:[úu]ltimo dia para (?:garantir|aproveitar|fechar|assinar|travar)|n[ãa]o tem (?:mais )?volta|sem volta atr[áa]s|vou (?:ter que|precisar) escalar|escalar (?:isso |isto )?para (?:o |a )?(?:seu|sua) (?:diretor|diretora|chefe|gerente|superior|ceo|cfo|presidente))(?![\p{L}])', keywords: ['ltimo dia', 'tem volta', 'tem mais volta', 'sem volta', 'escalar']}
      - {regex: '\btendr[ée] que (?:buscar|contactar|hablar con|escribir a|llamar a|ir con) (?:directamente )?a su (?:director|directora|jefe|jefa|gerente|superior|ceo|presidente)|\bno se va a repetir\b|\bno (?:lo|la|te lo|se lo) (?:dejes|deje) pasar\b|\bno se repetirá\b|\bvielleicht lesen sie (?:diesmal|dieses mal)\b|\bnur noch bis (?:morgen|heute|freitag|montag|ende)\b|\bendgültig weg\b|\b(?:bekommen|erhalten) sie (?:es|das|diese konditionen) nie wieder\b', keywords: ['tendré', 'tendre', 'no se va a repetir', 'dejes pasar', 'deje pasar', 'no se repetirá', 'vielleicht lesen', 'nur noch bis', 'endgültig weg', 'nie wieder']}
      - {regex: '(?<![\p{L}])(?:desaparece|expira|caduca|vence) (?:el|este|hoy|mañana|esta)\b[^.!?\n]{0,80}\b(?:necesito|no podré|no podre|hoy mismo)\b|\bnecesito su respuesta (?:hoy|mañana|antes)\b|\bverfällt\b[^.!?\n]{0,40}\bunwiderruflich\b|\bohne ihre zusage bis\b|残りわずか|確保いたしかねます|今週中にご(?:発注|回答|返信|決断)|明日の(?:正午|朝)までにご回答|他社様からも', keywords: ['desaparece', 'expira', 'caduca', 'vence', 'necesito su respuesta', 'verfällt', 'ohne ihre zusage', '残りわずか', '確保いたしかねます', '今週中に', '明日の', '他社様からも']}
      - {regex: '(?<![\p{L}])(?:innen|før|senest|innan|före|senast|inden|senest) (?:fredag|mandag|tirsdag|onsdag|torsdag|i morgen|i dag|måndag|tisdag|torsdag|imorgon|idag|i morgon)\b[^.!?\n]{0,50}\b(?:mister (?:dere|du|i)|taber (?:i|du)|förlorar (?:ni|du)|forsvinner|försvinner|går tapt|går förlorad|for godt|för gott)', keywords: ['innen', 'før', 'senest', 'innan', 'före', 'senast', 'inden']}
      - {regex: '(?<![\p{L}])(?:sinon (?:cette|l[''''’]|notre) ?offre (?:dispara[îi]t|expire|ne tiendra plus|sera retir[ée]e)|je dois (?:absolument )?avoir votre r[ée]ponse)(?![\p{L}])', keywords: ['sinon', 'je dois']}
      - {regex: '(?<![\p{L}])wenn ich bis [^.!?\n]{0,30}nichts (?:mehr )?von ihnen (?:höre|hore)[^.!?\n]{0,60}(?:gehe ich davon aus|nehme ich an|betrachte ich)', keywords: ['wenn ich bis']}
      - {regex: '(?<![\p{L}])(?:(?:angebot|rabatt|preis|sonderpreis|konditionen)(?![\p{L}])[^.!?\n]{0,30}(?:endgültig |dann )?vom tisch|(?:werden|würden) sie es (?:bitter )?bereuen|sie werden es bereuen|andere kunden (?:entscheiden|unterschreiben|unterzeichnen)[^.!?\n]{0,30}(?:in einer woche|in wenigen tagen|schneller|sofort)|handel\w* (?:grob )?fahrlässig|mawawala na (?:po )?(?:talaga )?ang (?:discount|presyo|alok|offer|promo)|kailangan na (?:po )?(?:ninyong|mong|nyong) pumirma)(?![\p{L}])', keywords: ['vom tisch', 'bereuen', 'andere kunden', 'fahrlässig', 'fahrlassig', 'mawawala', 'pumirma']}
      - {regex: '(?<![\p{L}])(?:(?:garantimos|garantizamos|nous (?:vous )?garantissons|garantiamo|wir garantieren)(?: (?:a vocês|le|les|vi|ihnen))? (?:que|che|dass|qu[''’])|(?:(?:s[óo] |solo |solamente |seulement |nur noch )(?:restam|quedan|restent|restano|rimangono) (?:apenas |solo |solamente |seulement )?|(?:restam|quedan|restent|restano|rimangono) (?:apenas |solo |solamente |seulement |soltanto ))(?:\d+|duas|dois|dos|deux|due|tre|três|tres|trois) (?:vagas|plazas|places|posti|lugares|slots?)|(?:v[ãa]o|van a|vont|allez|vai|va a) (?:se )?(?:arrepender|arrepentir|le regretter|regretter)|ve ne pentirete|sans (?:retour|réponse) de votre part[^.!?\n]{0,40}?(?:j[''’]en conclurai|je considérerai|je comprendrai que|j[''’]en déduirai)|sin (?:respuesta|noticias) (?:suya|tuya|de su parte|de tu parte)?[^.!?\n]{0,40}?(?:entender[ée]|asumir[ée]|dar[ée] por)|sem (?:resposta|retorno)[^.!?\n]{0,40}?(?:vou entender|vou assumir|entenderei|vou considerar)|senza (?:risposta|riscontro)[^.!?\n]{0,40}?(?:dar[òo] per|considerer[òo]|dedurr[òo])|(?:je ne comprends pas|no entiendo|n[ãa]o entendo|non capisco) (?:qu[''’]une|c[óo]mo una|como uma|come un[ao]?) (?:entreprise|empresa|azienda|soci[ée]t[ée])|(?:tous vos|todos (?:sus|tus|os seus|os vossos)|tutti i vostri) (?:concurrents|competidores|concorrentes|concorrenti)[^.!?\n]{0,40}?(?:ont déjà|ya (?:han|firmaron)|já (?:assinaram|fecharam)|hanno già))', keywords: ['garantimos', 'garantizamos', 'garantissons', 'garantiamo', 'garantieren', 'restam', 'quedan', 'restent', 'restano', 'rimangono', 'arrepender', 'arrepentir', 'regretter', 'pentirete', 'sans retour', 'sans réponse', 'sin respuesta', 'sin noticias', 'sem resposta', 'sem retorno', 'senza risposta', 'senza riscontro', 'comprends pas', 'no entiendo', 'não entendo', 'nao entendo', 'non capisco', 'tous vos', 'todos sus', 'todos tus', 'todos os', 'tutti i vostri']}
      - {regex: '(?<![\p{L}])(?:derni[èe]re chance|derni[èe]re occasion|[úu]ltima (?:oportunidad|chance|oportunidade|ocasi[óo]n)|letzte (?:chance|gelegenheit)|ultima (?:occasione|possibilit[àa]|chance)|(?:s[óo]lo|solamente) (?:por |para )?hoy|s[óo] (?:at[ée] |para )?hoje)(?![\p{L}])', keywords: ['chance', 'oportunidad', 'oportunidade', 'ocasion', 'ocasión', 'occasion', 'gelegenheit', 'possibilit', 'hoy', 'hoje']}
      # "Esta tarifa solo la puedo sostener hasta el viernes; después sube", "nur noch zwei Onboarding-Plätze frei", "sind Sie inzwischen das einzige Unternehmen …, das noch nicht".
      - {regex: '(?<![\p{L}])(?:(?:est[áa]|estão|ficando|ficar[áa]|vai ficar) (?:ficando )?para tr[áa]s|todo (?:o )?mundo (?:do setor |no setor |da ind[úu]stria )?j[áa] (?:est[áa] usando|usa|migrou|aderiu)|wer jetzt noch z[öo]gert|das nachsehen)(?![\p{L}])', keywords: ['para trás', 'para tras', 'todo mundo', 'todo o mundo', 'zögert', 'zogert', 'nachsehen']}
      - {regex: '(?<![\p{L}])(?:s[óo]lo (?:tomamos|aceptamos|abrimos|tenemos|podemos tomar) (?:[\p{L}]+ ){0,4}?(?:proyectos|clientes|cupos|plazas|lugares|implementaciones)(?![\p{L}])[^.!?\n]{0,80}?(?:ya est[áa]n|solo queda|queda solo|quedan solo)|zarz[ąa]d (?:zapyta|b[ęe]dzie pyta[ćc])|okazja przepad\w*|n[êe]n quy[ếe]t [đd][ịi]nh s[ớo]m|[đd][ãa] chuy[ểe]n sang [^.!?\n]{0,40}?h[ếe]t r[ồo]i|peeche (?:reh|rah) (?:gaye|gayi|jaoge|jaogi|jayenge)|competitors? already (?:shift|switch|move) ho (?:chuke|gaye))(?![\p{L}])', keywords: ['sólo', 'solo', 'zarząd', 'zarzad', 'okazja', 'quyết', 'quyet', 'chuyển', 'chuyen', 'peeche', 'competitors']}
      - {regex: '(?<![\p{L}])(?:(?:precio|tarifa|descuento|oferta|condici[óo]n|condiciones)(?![\p{L}])[^.!?\n]{0,20}?(?:solo|s[óo]lo|solamente|[úu]nicamente) (?:la|lo|las|los) (?:puedo|podemos) (?:sostener|mantener|garantizar|respetar|ofrecer|congelar) hasta|despu[ée]s (?:sube|subir[áa]|aumenta|aumentar[áa]|se encarece)(?: para todos| para los nuevos)?|nur noch (?:\d+|ein|eine|einen|zwei|drei|vier|f[üu]nf|wenige|ganz wenige) (?:[\p{L}]+-)?(?:pl[äa]tze|platz|termine|termin|slots?|kapazit[äa]ten|lizenzen) (?:frei|verf[üu]gbar|offen|zu vergeben)|(?:sind sie|ist|sind) (?:jetzt |inzwischen |mittlerweile |wohl |ehrlich gesagt )?(?:die|der|das) einzigen? (?:[\p{L}-]+ ){0,8}?[^.!?\n]{0,60}?noch (?:nicht|kein))(?![\p{L}])', keywords: ['solo la', 'solo lo', 'sólo la', 'sólo lo', 'solamente', 'únicamente', 'unicamente', 'después', 'despues', 'nur noch', 'einzige']}
      - {regex: '(?<![\p{L}])(?:l[''’]offre ne tiendra (?:plus|pas)|je ne pourrai plus rien (?:faire|proposer)|plus que (?:\d+|deux|trois|quelques) places|(?:ya )?no (?:podr[ée]|puedo) (?:mantener|sostener|garantizar) (?:este|el|esta|la) (?:precio|descuento|oferta)|n[ãa]o (?:poderei|posso) (?:manter|segurar|garantir) (?:este|o|esta|a) (?:pre[çc]o|desconto|oferta))(?![\p{L}])', keywords: ['tiendra', 'pourrai', 'plus que', 'mantener', 'sostener', 'garantizar', 'manter', 'segurar', 'garantir']}
      - {regex: '(?<![\p{L}])(?:(?:c''est |ceci est )?(?:mon|ma) (?:troisi[èe]me|quatri[èe]me|cinqui[èe]me|[3-9]e) (?:e-?mail|courriel|relance|message)|(?:ya )?(?:es )?mi (?:tercer|cuarto|quinto|[3-9]º?) (?:correo|e-?mail|mensaje)|(?:j[áa] )?(?:é )?(?:o )?(?:meu|minha) (?:terceir[oa]|quart[oa]|quint[oa]) (?:e-?mail|mensagem)|(?:meine|mein) (?:dritte|vierte|f[üu]nfte)[nrs]? (?:e-?mail|nachricht))(?![\p{L}])', keywords: ['troisi', 'quatri', 'cinqui', 'relance', 'courriel', 'tercer', 'cuarto', 'quinto', 'correo', 'mensaje', 'terceir', 'quart', 'quint', 'dritte', 'vierte', 'fünfte', 'funfte', 'e message', 'e e-mail', 'e email']}
      - {regex: '(?<![\p{L}])(?:votre silence (?:devient|me laisse|semble|signifie|en dit)|su (?:falta de respuesta|silencio) (?:no )?(?:significa|indica|demuestra|me hace pensar)|sua (?:falta de resposta|sil[êe]ncio) (?:n[ãa]o )?(?:significa|indica|mostra)|(?:no|n[ãa]o) (?:quiere|querr[áa]|quer|quer[ae]|querer[áa]) ser (?:usted |voc[êe] )?(?:quien|quem|el que|la que|o que|a que))(?![\p{L}])', keywords: ['silence', 'silencio', 'silêncio', 'falta de respuesta', 'falta de resposta', 'ser quien', 'ser quem', 'usted quien', 'você quem', 'voce quem', 'ser el que', 'ser la que', 'ser o que', 'ser a que']}
      - {regex: '(?<![\p{L}])(?:si no (?:firma|firmas|firman|confirma|confirmas|responde|respondes)(?: usted)? (?:antes|hoy|esta semana|este (?:lunes|martes|mi[ée]rcoles|jueves|viernes))|(?:pierde|pierdes|perder[áa]s?|perder[áa]n) (?:este|el|esta|la|su|tu) (?:descuento|precio|oferta|plaza|lugar)|para siempre y no (?:vuelvo|volver[ée]) a (?:ofrecer|ofrecerlo|ofrecerla)|seguimos esperando (?:su|tu) respuesta|(?:se|te) olvid[óo] de (?:nosotros|m[íi])|se n[ãa]o (?:assinar|assinarem|confirmar|responder) (?:at[ée]|antes|hoje)|(?:perde|perder[áa]) (?:este|o|esta|a) (?:desconto|pre[çc]o|oferta)|si vous ne (?:signez|confirmez|r[ée]pondez) pas (?:avant|d''ici|aujourd)|vous (?:perdez|perdrez) (?:cette|la|votre|ce) (?:remise|offre|place|tarif)|wenn sie nicht (?:bis|vor|heute)[^.!?\n]{0,30}(?:unterschreiben|zusagen|antworten)|(?:verlieren|verlieren sie) (?:diesen|den|ihren) (?:rabatt|preis)|se non (?:firma|firmate|conferma|confermate|risponde) (?:entro|prima|oggi)|(?:perde|perder[àa]) (?:questo|lo|il) (?:sconto|prezzo))(?![\p{L}])', keywords: ['si no', 'pierde', 'perder', 'para siempre', 'seguimos esperando', 'olvidó', 'olvido', 'se não', 'se nao', 'perde', 'si vous ne', 'perdez', 'perdrez', 'wenn sie nicht', 'verlieren', 'se non']}
      - {regex: '(?<![\p{L}])(?:laatste kans|τελευταία ευκαιρία|sista chansen|sidste chance|siste sjanse|siste mulighet|viimeinen tilaisuus|son şans|poslední šance|ultima șansă|ultima sansa|utolsó esély|kesempatan terakhir|peluang terakhir|huling pagkakataon|最後のチャンス|最后(?:的)?机会|마지막 기회|הזדמנות אחרונה|aakhri mauka|akhri mauka)(?![\p{L}])', keywords: ['laatste kans', 'τελευταία ευκαιρία', 'sista chansen', 'sidste chance', 'siste sjanse', 'siste mulighet', 'viimeinen tilaisuus', 'son şans', 'poslední šance', 'ultima șansă', 'ultima sansa', 'utolsó esély', 'kesempatan terakhir', 'peluang terakhir', 'huling pagkakataon', '最後のチャンス', '最后机会', '最后的机会', '마지막 기회', 'הזדמנות אחרונה', 'aakhri mauka', 'akhri mauka']}
      - {regex: '(?<![\p{L}])(?:voorgoed weg|definitief weg|nooit meer terug|χάνεται (?:οριστικά|για πάντα)|δεν (?:θα )?ισχύει (?:πια|μετά|αύριο)|η (?:τιμή|προσφορά|έκπτωση) δεν (?:θα )?ισχύει|(?:απαντήστε|υπογράψτε|αποφασίστε) (?:μου )?(?:σήμερα|μέχρι αύριο|άμεσα)|(?:antwoord|reageer|beslis|teken) (?:uiterlijk )?(?:vandaag|vanavond|morgen(?:ochtend)? (?:voor|om))|(?:responda|responde|assine|decida) (?:ainda )?hoje|(?:responda|firme|decida) hoy mismo|preciso de uma resposta (?:at[ée]|ainda|hoje|amanh[ãa])|necesito una respuesta (?:antes|hoy|para mañana)|ik (?:heb|moet) (?:uiterlijk )?(?:vandaag|morgen) (?:een|uw|je|jullie) (?:antwoord|reactie|beslissing)|ich brauche (?:bis (?:morgen|heute|freitag)|heute noch) (?:eine |ihre )?(?:antwort|entscheidung|zusage))(?![\p{L}])', keywords: ['voorgoed weg', 'definitief weg', 'nooit meer terug', 'χάνεται', 'ισχύει', 'απαντήστε', 'υπογράψτε', 'αποφασίστε', 'antwoord', 'reageer', 'beslis', 'teken', 'hoje', 'hoy mismo', 'preciso de uma resposta', 'necesito una respuesta', 'ik heb', 'ik moet', 'ich brauche']}
      - {regex: '(?<![\p{L}])(?:(?:alle|de) (?:andere[n]?|overige) [^.!?\n]{0,60}?(?:hebben (?:al|allang|inmiddels) getekend|(?:zijn|hebben) (?:al|allang|inmiddels) (?:overgestapt|ingestapt))|jullie zijn (?:echt )?de laatste|όλοι οι άλλοι [^.!?\n]{0,40}?(?:έχουν ήδη|ήδη)|todos os (?:outros|demais) [^.!?\n]{0,40}?j[áa] (?:assinaram|fecharam|aderiram|migraram)|todos los (?:demás|otros) [^.!?\n]{0,40}?ya (?:firmaron|han firmado|cerraron|se cambiaron)|alle anderen [^.!?\n]{0,40}?(?:haben|sind) (?:bereits|schon) (?:unterschrieben|gewechselt|umgestiegen)|(?:nog maar|slechts) (?:\d+|twee|drie|vier|een paar) (?:plekken|plaatsen|plekjes|slots|uur|dagen)|wie (?:het )?eerst (?:tekent|beslist|komt)|s[óo] restam (?:\d+|duas|dois|tr[êe]s|poucas|poucos) (?:horas|dias|vagas|lugares)|sen[ãa]o (?:passo|vou passar|dou) (?:a|o|essa|esse) (?:vaga|lugar|hor[áa]rio|slot)|μόνο (?:\d+|δύο|τρεις) (?:ώρες|μέρες|θέσεις)|nek (?:voor (?:jullie|je|u) )?uitgestoken|voor niets (?:was|geweest)|aapki (?:job|naukri|position) (?:bhi )?(?:risk|khatre) (?:pe|par|mein))(?![\p{L}])', keywords: ['getekend', 'overgestapt', 'ingestapt', 'over', 'de laatste', 'όλοι οι άλλοι', 'assinaram', 'fecharam', 'aderiram', 'migraram', 'firmaron', 'firmado', 'cerraron', 'cambiaron', 'unterschrieben', 'gewechselt', 'umgestiegen', 'nog maar', 'slechts', 'eerst', 'restam', 'passo', 'vou passar', 'dou', 'μόνο', 'uitgestoken', 'voor niets', 'aapki']}
      - {regex: '(?<![\p{L}])(?:znika na zawsze|na zawsze znika|tylko do (?:jutra|dziś|dzisiaj|piątku|końca (?:dnia|tygodnia))|nie warto zostawać w tyle|zostaną w tyle|(?:wszyscy|wszystkie) (?:państwa )?(?:konkurenci|konkurencyjne firmy)[^.!?\n]{0,60}?już|ya no podremos (?:respetar|mantener|garantizar)|(?:al parecer|por lo visto|aparentemente),? no tanto como para|(?:vore|är) (?:väldigt |ganska )?(?:skönt|trevligt) att åtminstone|sällan ledningen som får bära skulden|kommer att få (?:mycket )?svårt att hinna)(?![\p{L}])', keywords: ['na zawsze', 'tylko do', 'w tyle', 'konkurenci', 'konkurencyjne', 'ya no podremos', 'no tanto como para', 'skönt', 'trevligt', 'bära skulden', 'svårt att hinna']}
    message: 'pressure in another language: "{match}"'
    examples:
      fire:
        - 'Honestamente, casi todos los BPO de Medellín ya se pasaron a QA en la nube, y no querrás ser el último.'
        - 'P.D. Los otros dos grandes operadores del país ya están con nosotros, solo para que lo tengas en cuenta.'
        - 'Esta oferta es solo para hoy: si no firmamos antes de la medianoche, el precio vuelve a la lista.'
        - 'Le conviene decidere in fretta: dopo il 31 questa offerta sparisce e non la rivedrà più.'
        - 'Bu fiyat sadece bugün geçerli, yarın sabah sistemden silinecek — karar vermek için fazla vaktiniz yok.'
        - 'Ti prego, non farmi fare brutta figura con il mio capo dopo tutto quello che ho fatto per ottenerti questo sconto.'
        - 'Hâlâ Excel ile mi rezervasyon alıyorsunuz? Misafirleriniz bunu fark ediyor, emin olun.'
        - 'Bu fırsatı sadece seçilmiş birkaç otel için açtık ve liste neredeyse doldu, acele edin.'
        - 'Kaçırırsanız çok pişman olursunuz, bunu size şimdiden söylüyorum.'
        - 'Sinceramente, con quel gestionale che usate vi state facendo ridere dietro dai clienti.'
        - 'Siento ser insistente, pero si lo dejas pasar, otro restaurante de tu zona se quedará con la plaza.'
        - 'Ya te he escrito cinco veces, Javier; un simple ''no'' al menos sería un detalle.'
        - 'Este precio solo vale hasta el viernes y después no habrá vuelta atrás, te lo aseguro.'
        - 'Sayın Yılmaz Bey, bu teklif cuma günü sona eriyor ve bir daha böyle bir fiyat asla göremeyeceksiniz.'
        - 'Caro Giorgio, ti ho dato il miglior prezzo d''Italia e ancora non mi rispondi — un po'' mi offende, sinceramente.'
        - 'Sir, yeh offer sirf aaj raat tak valid hai, kal se main kuch nahi kar paunga, please jaldi confirm kijiye.'
        - 'يرجى تأكيد الحجز اليوم، وإلا فسنعتبر أنكم غير مهتمين ولن نتمكن من مساعدتكم لاحقاً.'
        - 'Eerlijk gezegd: kantoren die nu nog twijfelen, lopen over twee jaar hopeloos achter. Die fout zou ik niet maken.'
        - 'Sem retorno até sexta, vocês vão perder essa condição — e seria uma pena ficar para trás enquanto o mercado inteiro já migrou.'
        - 'Se não fecharmos até sexta, o desconto de 25% desaparece e não tenho como recuperá-lo depois.'
        - 'Kom ons wees eerlik, julle IT-opstelling gaan nie nog ''n winter van beurtkrag oorleef nie.'
        - 'Ek het jou nou al vyf keer gebel en ge-e-pos, so ''n kort antwoord sou darem gaaf gewees het.'
        - 'Jullie lopen echt achter; elke concurrent in de haven zit allang op glasvezel.'
        - 'Deze aanbieding vervalt echt vanavond om 23:59, daarna kan ik helemaal niets meer voor je doen.'
        - 'To ostatnia szansa na tę cenę.'
        - 'Jeśli nie podpiszą Państwo umowy do piątku, cena wzrośnie o 30% i naprawdę nic nie będę mógł z tym zrobić.'
        - 'Als u niet vóór vrijdag tekent, vervalt de korting definitief en komt hij niet meer terug.'
        - 'Meneer Jansen, ik heb u inmiddels vier keer gemaild en een reactie zou toch wel netjes zijn.'
        - 'Se não fecharmos até sexta, vou ter que escalar para o seu diretor financeiro.'
        - 'Hoje é o último dia para garantir essa taxa — amanhã ela sobe e não tem volta.'
        - 'Dieses Angebot gilt nur noch bis morgen 12 Uhr – danach ist es endgültig weg, und zu diesen Konditionen bekommen Sie es nie wieder.'
        - 'vielleicht lesen Sie diesmal einfach bis zum Ende'
        - 'esta promoción vence el viernes a medianoche y no se va a repetir, así que no lo dejes pasar'
        - 'Si no logramos avanzar esta semana, tendré que buscar directamente a su director general para explicarle lo que la planta está perdiendo.'
        - '田中様、他社様からも同じ枠についてお問い合わせをいただいておりますので、明日の正午までにご回答をお願いいたします。'
        - '鈴木様、在庫が残りわずかですので、今週中にご発注いただけない場合は確保いたしかねます。'
        - 'Sehr geehrter Herr Braun, ohne Ihre Zusage bis Mittwoch verfällt Ihr reserviertes Kontingent unwiderruflich.'
        - 'Estimado Sr. Ramírez, este descuento desaparece el viernes y no podré volver a ofrecerlo, así que necesito su respuesta hoy mismo.'
        - 'Utan underskrift senast fredag förlorar ni rabatten för gott.'
        - 'Jeg må dessverre være tydelig: uten signatur innen fredag mister dere rabatten for godt.'
        - 'Je dois absolument avoir votre réponse d''ici vendredi, sinon cette offre disparaît pour de bon.'
        - 'Wenn ich bis Freitag nichts von Ihnen höre, gehe ich davon aus, dass Sie an Wachstum schlicht nicht interessiert sind.'
        - 'Kung hindi po kayo magde-decide ngayong linggo, mawawala na talaga ang discount na ito.'
        - 'Ehrlich gesagt verstehe ich nicht, warum das so lange dauert: andere Kunden entscheiden so etwas in einer Woche.'
        - 'Wenn Sie jetzt nicht handeln, werden Sie es bereuen, das verspreche ich Ihnen.'
        - 'Sie haben bis Freitag Zeit, danach ist das Angebot endgültig vom Tisch.'
        - 'tutti i vostri concorrenti diretti in Lombardia hanno già firmato con noi, siete rimasti solo voi.'
        - 'Franchement, je ne comprends pas qu''une entreprise de votre taille puisse encore ignorer le sujet.'
        - 'Sans retour de votre part d''ici vendredi, j''en conclurai que la sécurité de vos clients n''est pas une priorité.'
        - 'se vocês não fecharem agora, vão se arrepender quando o concorrente estiver rodando com a nossa plataforma.'
        - 'Só restam 2 vagas de implantação para o 3º trimestre, quando acabarem, acabou.'
        - 'Garantimos que vocês vão cortar pelo menos 30% dos gastos com viagens em 90 dias, sem exceção.'
        - 'Si vous ne signez pas avant vendredi, vous perdez cette remise.'
        - '¿Se olvidó de nosotros, Andrés? Seguimos esperando su respuesta.'
        - 'Si no firmas antes del viernes, pierdes este descuento para siempre y no vuelvo a ofrecerlo.'
        - 'Je me permets d''insister : l''offre ne tiendra plus après vendredi, et je ne pourrai plus rien faire pour vous ensuite.'
        - 'Con todo respeto, ya es mi cuarto correo y sigo sin tener respuesta de su parte.'
        - 'Créame, no quiere ser usted quien le explique a la dirección por qué dejaron pasar esta oportunidad.'
        - 'Je comprends que vous êtes occupé, mais votre silence devient difficile à interpréter.'
        - 'Última oportunidad para asegurar este precio.'
        - 'Das ist Ihre letzte Chance auf diesen Rabatt.'
        - 'Já é o meu quarto e-mail sobre este assunto.'
      pass:
        - 'Los otros dos módulos ya están incluidos en su licencia actual.'
        - 'Teklifimiz 30 gün geçerlidir.'
        - 'Le escribo para confirmar la reunión del jueves a las 10.'
        - 'Teklifimiz 30 gün geçerlidir; sorularınız için her zaman buradayım.'
        - 'Grazie ancora per il tempo dedicato alla demo di ieri.'
        - 'Sir, aap jab free ho tab call kar lijiye, koi jaldi nahi hai.'
        - 'يسعدنا تأكيد الحجز في الوقت الذي يناسبكم.'
        - 'Wij lopen graag met u door de planning voor volgend jaar.'
        - 'O desconto de lançamento é válido até 30 de junho, conforme a tabela pública.'
        - 'Ek het die kwotasie aangeheg; laat weet gerus as jy vrae het.'
        - 'De offerte is geldig tot 30 juni; daarna maak ik graag een nieuwe.'
        - 'Oferta jest ważna do 30 czerwca, potem chętnie przygotuję nową.'
        - 'De offerte vervalt op 30 juni; daarna maken we graag een nieuwe voor u.'
        - 'O último dia de inscrição no evento é 14 de março, definido pelo organizador.'
        - 'Das Angebot gilt bis zum 30. Juni, wie mit Ihrem Einkauf vereinbart.'
        - 'Si lo prefiere, puedo hablar directamente con su director de operaciones sobre la instalación.'
        - 'Die Garantie verfällt nicht, wenn Sie das Gerät selbst warten.'
        - 'La oferta vence el 30 de junio, según las condiciones del distribuidor.'
        - 'Vi sender tilbudet innen fredag, og rabatten gjelder hele året.'
        - 'Sinon, je vous propose un appel mardi pour revoir le devis ensemble.'
        - 'Wenn ich bis Freitag nichts von Ihnen höre, melde ich mich am Montag kurz telefonisch.'
        - 'Kapag handa na po kayo, kailangan lang pumirma ng inyong legal team sa DPA.'
        - 'Andere Kunden haben die Einführung in zwei Phasen gemacht, was gut funktioniert hat.'
        - 'Das Thema Datenmigration ist damit vom Tisch, weil Ihr Team sie selbst übernimmt.'
        - 'Restano due posti liberi nel workshop di giovedì, se le interessa glielo riservo volentieri.'
        - 'Garantimos a disponibilidade de 99,9% conforme o contrato de SLA.'
        - 'Seguimos a su disposición para cualquier duda sobre la propuesta.'
        - 'Si no puede asistir el jueves, avíseme y buscamos otra fecha.'
        - 'Cette offre est valable jusqu''au 30 juin 2025, conformément à notre devis n° 2291.'
        - 'La oferta tiene una validez de 30 días a partir de la fecha de este correo.'
        - 'Merci pour votre retour rapide, et à bientôt à Montréal.'
        - 'Gracias por su respuesta; le envío el contrato revisado esta tarde.'
        - 'Vielen Dank für Ihre Nachricht, ich melde mich morgen mit dem Angebot.'
        - 'Com prazer, envio o meu quarto relatório trimestral em anexo.'
`;
