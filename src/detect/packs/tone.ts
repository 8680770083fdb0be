/**
 * tone: what a careful reviewer would not let a rep send — deadline pressure and false scarcity,
 * guilt, shame and fear of missing out, social-proof pressure, guarantees of results, pushy
 * subjects and demands, repeated exclamation marks. Shouting in capitals is the ${'`'}tone.shouting${'`'}
 * detector in the core pack. Exceptions keep polite timing ("happy to find a time before
 * Friday"), our own response times and plain scheduling clean.
 */
export const TONE_PACK = String.raw`
pack: tone
description: 'Pressure, manipulation, guarantees and shouting.'
rules:
  - id: tone.deadline-pressure
    kind: tone
    severity: warn
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
      - '\b(?:offer|offers|deal|deals|discount|discounts|price|prices|pricing|promo|promotion|rate|rates|bonus|incentive|savings|special|terms|quote|proposal|spot|seat|slot|window|opportunity|invitation|invite|trial|credit|credits|package|bundle)(?: [\w''-]+){0,4}? (?:ends|end|ending|expires?|expiring|runs out|run out|goes away|go away|is going away|are going away|disappears?|disappearing|vanish(?:es)?|is gone|will be gone|won''t last|will not last|(?:is|are) only (?:valid|available|good|open)|(?:is|are) valid only|(?:goes|go|is going|are going) up|increases?|will increase|(?:is|are) increasing|jumps?|won''t be (?:available|around|here|on the table)|will not be (?:available|around|on the table)|closes?|(?:is|are) closing|(?:is|are|will be) off the table|(?:is|are) limited(?! to))\b(?: (?:at |by |on |in |as of )?(?:today|tonight|tomorrow|midnight|noon|this (?:friday|week|weekend|month|quarter|afternoon|evening)|end of (?:the )?(?:day|week|month|quarter|year|business)|eod|eow|eom|eoq|cob|close of business|in (?:\d+|a|one|two|three|a few|24|48|72) (?:hours?|hrs?|days?|minutes?|mins?)|(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|shortly|at midnight)\b)?'
      - '\b(?:expires?|expiring|ends|ending|closes?|gone|disappears?|goes away|disappearing|vanishes|(?:goes|go) up|increases?) (?:at |by |on |as of |after )?(?:today|tonight|tomorrow|midnight|noon|this (?:friday|week|weekend|month|quarter|afternoon|evening)|end of (?:the )?(?:day|week|month|quarter|year|business)|eod|eow|eom|eoq|cob|close of business|in (?:\d+|a|one|two|three|a few|24|48|72) (?:hours?|hrs?|days?|minutes?|mins?)|(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|shortly|at midnight)\b'
      - '\b(?:only|just) (?:valid|available|good|open) (?:until|till|through|thru) (?:today|tonight|tomorrow|midnight|noon|this (?:friday|week|weekend|month|quarter|afternoon|evening)|end of (?:the )?(?:day|week|month|quarter|year|business)|eod|eow|eom|eoq|cob|close of business|in (?:\d+|a|one|two|three|a few|24|48|72) (?:hours?|hrs?|days?|minutes?|mins?)|(?:this |next |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|soon|shortly|at midnight)\b'
      - '\b(?:last|final) (?:chance|opportunity|hours?|notice|offer|warning|reminder)\b(?! (?:to (?:join|register|rsvp) (?:the|our) (?:webinar|event|session)))'
      - '(?<!\b(?:our|my|your|on|since|after|from|the) )\b(?:last|final) (?:call|day)\b(?! (?:to (?:join|register|rsvp) (?:the|our) (?:webinar|event|session)))'
      - '\bact (?:now|fast|quickly|today|immediately|soon|before)\b'
      - '\bnow or never\b'
      - '\b(?:don''t|do not) (?:wait|delay|hesitate (?:any longer|too long))\b(?! (?:to|for) (?:reach|ask|let|ping|get))'
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
      - {regex: '\bonly (?:today|this week)\b', keywords: ['only today', 'only this week']}
      - '\blimited[- ]time\b'
      - '\bonce[- ]in[- ]a[- ]lifetime\b'
      - '\b(?:won''t|will not) last (?:long)?\b'
      - '\block (?:in|it in|this in|that in) (?:\w+ ){0,3}(?:before|now|today|while)\b'
      - '\b(?:can''t|cannot|won''t|will not|can no longer|unable to) (?:hold|keep|guarantee|extend|honor|honour) (?:this|the|that|your|these) (?:price|pricing|offer|discount|rate|deal|spot|slot|seat|terms)\b'
      - '\bend[- ]of[- ](?:the[- ])?(?:quarter|year|month)[- ](?:pricing|discount|deal|offer|special|promotion)\b'
      - {regex: '\b(?:need|needs|must have|require|expect) (?:your |a |an |the )?(?:answer|decision|signature|reply|response|commitment|sign-?off|go-?ahead|yes|confirmation|signed contract|po|purchase order)(?: or no| one way or the other)? (?:by|before|no later than|within|today|tonight|asap|immediately|eod|cob|end of)\b', keywords: ['answer', 'decision', 'signature', 'reply', 'response', 'commitment', 'sign-off', 'signoff', 'go-ahead', 'go ahead', 'yes', 'confirmation', 'signed contract', 'po ', 'purchase order']}
      - {regex: '\b(?:reply|respond|sign|signed|approved|done|back to me|decide|confirm|commit|book|buy|purchase|order|act|get back to me|let me know|answer|register) (?:by|before|no later than) (?:today|tonight|tomorrow|eod|cob|end of (?:the )?(?:day|business)|midnight|noon)\b', keywords: ['by today', 'by tonight', 'by tomorrow', 'by eod', 'by cob', 'by end', 'by midnight', 'by noon', 'before today', 'before tonight', 'before tomorrow', 'before eod', 'before end', 'before midnight', 'no later']}
      - {regex: '\b(?:reply|respond|decide|act|confirm|commit|get back(?: to me)?|answer|register)(?: to (?:me|us|this))? (?:within (?:the next )?(?:\d+|twelve|twenty-four|forty-eight|a few) (?:hours?|hrs?|minutes?|mins?)|immediately|right away|right now|asap|today|tonight|now)\b', keywords: ['reply', 'respond', 'decide', 'act ', 'confirm', 'commit', 'get back', 'answer', 'register']}
      - {regex: '\burgent(?:ly)?\b', keywords: ['urgent']}
      - {regex: '\b(?:respond|reply|act|decide|sign) immediately\b', keywords: ['immediately']}
      - {regex: '\bonly (?:hold|keep|honou?r|guarantee|offer|extend) (?:this|the|that|these|your) (?:rate|price|pricing|quote|offer|discount|deal|spot|slot|seat|terms)\b', keywords: ['only hold', 'only keep', 'only honor', 'only honour', 'only guarantee', 'only offer', 'only extend']}
      - {regex: '\b(?:can''t|cannot|can not|won''t be able to|will not be able to|may not be able to) (?:promise|guarantee|hold|keep) (?:this|that|it|we|you|the)(?:''ll| will| would)? ?(?:still )?(?:be available|have (?:capacity|room|space|availability|a slot|a spot)|last|be (?:here|around|open))', keywords: ['t promise', 'not promise', 't guarantee', 'not guarantee', 't hold', 'not hold', 't keep', 'not keep', 'able to', 'cannot promise', 'cannot guarantee', 'cannot hold', 'cannot keep']}
      - {regex: '\b(?:decide|reply|respond|commit|confirm|answer)(?: [\w'']+){0,3} by [^.!?\n]{1,40}? or (?:we|i|the (?:offer|price|discount|deal|slot|spot))\b', keywords: ['decide', 'reply', 'respond', 'commit', 'confirm', 'answer']}
      - {regex: '\bor we(?:''ll| will)? move on\b', keywords: ['move on']}
      - {regex: '\bmove on to the next (?:company|customer|prospect|team)\b', keywords: ['move on']}
    exceptions:
      - '\b(?:we|our (?:team|support|engineers?|support team)|i) (?:will |can |typically |usually |always |normally |''ll )?(?:reply|respond|get back|answer|act|confirm|book)\b'
      - '\bno (?:rush|pressure|hurry|urgency)\b(?![^.]{0,40}\b(?:but|however)\b)'
      - '\b(?:not|nothing|no) urgent\b'
      - '\bif (?:it''?s|it is|this is|that is|anything is|something is|things are) (?:\w+ )?urgent\b'
      - '\b(?:most|an?) urgent (?:need|priority|priorities|issue|issues|problem|problems|question|questions|request|requests|ticket|tickets)\b'
      - '\burgent (?:care|tickets?|issues?|requests?|incidents?)\b'
      - '\b(?:trial|free trial|pilot) (?:ends|expires) (?:automatically|without|when(?:ever)? you|after (?:\d+|fourteen|thirty) days)\b'
    message: 'deadline pressure or false scarcity: "{match}"'
    examples:
      fire:
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
      pass:
        - 'Happy to find a time before Friday.'
        - 'Could you let me know by Friday if possible?'
        - 'Whenever works for you this week is fine.'
        - 'Our support team will respond within 24 hours.'
        - 'No rush at all: next month works too.'
        - 'The trial is limited to your team.'
        - 'If it is urgent on your side, call me.'
        - 'Our quote is attached for your review.'
        - 'Right now your team handles onboarding by hand.'
  - id: tone.scarcity
    kind: tone
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
    exceptions:
      - '\blimited (?:availability|capacity) (?:on my side|on my end|next week|this week|that day|on (?:monday|tuesday|wednesday|thursday|friday))\b'
    message: 'false scarcity: "{match}"'
    examples:
      fire:
        - 'Only 3 spots left at this price.'
        - 'Seats are filling up fast.'
        - 'We only have two pilot slots remaining this quarter.'
        - 'First come, first served.'
        - 'We can only offer this to 5 more companies.'
      pass:
        - 'The trial is limited to your team.'
        - 'You only need 2 seats to start.'
        - 'I have limited availability next week, but Tuesday works.'
        - 'Just 2 weeks to go live.'
  - id: tone.guilt-fomo
    kind: tone
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
      - '\b(?:i''ve|i have) (?:reached out|emailed|written|called|tried(?: to reach you)?|followed up) (?:\w+ ){0,3}(?:times|several times|multiple times|again and again|repeatedly)\b'
      - '\b(?:still )?(?:haven''t|have not|never) (?:heard back|gotten a (?:reply|response)|received a (?:reply|response)) (?:from you )?(?:despite|after)\b'
      - '\bstuck in the past\b'
      - '\bstill using spreadsheets like it''?s\b'
      - '\bplaying catch[- ]up\b'
      - '\bkick(?:ing)? yourself\b'
      - '\b(?:ended|end|ends|will end) up regretting\b'
      - '\b(?:companies|teams|those|people|orgs|anyone|everyone) (?:that|who) (?:wait|waited|hesitate|hesitated|delay|delayed)\b'
      - '\b(?:already )?losing (?:deals|ground|customers|revenue|market share) to\b'
      - '\bghost(?:ing|ed)? (?:me|us)\b'
      - '\bgone (?:completely |totally |very )?(?:quiet|silent|dark|radio silent) on (?:me|us)\b'
      - '\b(?:avoiding|dodging|ignoring) (?:me|us|my)\b'
      - '\bdid (?:i|we) do something wrong\b'
      - '\bexplain(?:ing)? to your (?:boss|ceo|board|manager|cfo|vp|leadership|team)\b'
      - '\bbe the one (?:explaining|who|that)\b'
    exceptions:
      - '\bsorry (?:i|we) missed\b'
      - '\bi''d hate to miss (?:you|the chance to meet)\b'
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
        - 'Sorry I missed your call.'
        - 'Happy to share what other teams learned.'
        - 'No worries if now is not the right time.'
        - 'If budget is tight this quarter, we can start small.'
        - 'We can''t wait to show you the roadmap.'
  - id: tone.social-proof-pressure
    kind: tone
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
      - '\b(?:all|most|many|half|\d+%?|several|three|two|four|five) (?:of )?your (?:competitors|peers|rivals|competition)(?: \w+){0,2} (?:are|have|is|has|already|switched|moved|signed)\b'
      - '\byour (?:competitors|peers|rivals|competition|biggest competitor|main competitor|closest competitor)(?: [\w.-]+){0,2} (?:are|is|have|has) (?:already|all|now|switched|moved|signed|using|ahead)\b'
      - '\b(?:you''re|you are) (?:the only|one of the (?:few|last|only))(?: \w+){0,4} (?:not|without|who (?:hasn''t|has not|isn''t|is not)|that (?:hasn''t|has not|isn''t|is not)|left|still)\b'
      - '\b(?:don''t|do not) be the (?:only|last)\b'
      - '\bthe rest of (?:the|your) (?:industry|market|peers|space|sector)\b (?:has|is|have|are)\b'
      - '\b(?:don''t|do not) let (?:your )?(?:competitors|the competition|your rivals|others|your peers) (?:get|win|beat|take|leave)\b'
      - {regex: '\b(?:every|each|literally every|virtually every) (?:company|team|firm|business|org|organization|player|leader) (?:your size|like yours|in your (?:space|industry|vertical|market|sector))\b', keywords: ['every', 'each']}
      - '\bodd one out\b'
      - '\b(?:most|all|nearly all|almost all|many|the majority|half) of (?:the )?(?:leading |top |best |biggest |other |serious |smart )?(?:teams|companies|players|firms|brands|orgs|organizations|leaders) in your (?:vertical|industry|space|market|sector|category|field)\b'
      - {regex: '\b(?:most|all|nearly all|almost all|many|the majority of) (?:companies|teams|firms|businesses|orgs|organizations|players) (?:your size|like yours|in your (?:space|industry|vertical|market|sector)) (?:already|now|have|are)\b', keywords: ['your size', 'like yours', 'in your space', 'in your industry', 'in your vertical', 'in your market', 'in your sector']}
      - '\b(?:every|each) (?:serious |smart )?(?:company|team) (?:is|has) (?:already )?(?:using|moved|switched|adopted)\b'
      - '\b(?:everyone|everybody)(?: else)?(?: in [\w-]+(?: [\w-]+)?)? (?:is|are) (?:already |now )?(?:switching|moving|using|signing|adopting|buying|leaving)\b'
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
        - 'Teams like yours use it to ramp faster.'
        - 'Several logistics companies use us for routing.'
        - 'Everyone on your team gets a login.'
        - 'Happy to share how peers approach this.'
  - id: tone.guarantee
    kind: tone
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
      - '\b(?:we|i|ourco) (?:can |will |do |''ll )?(?:personally )?guarantee\b'
      - '\bguaranteed? (?:a |an )?(?:\d+(?:\.\d+)?(?:x|%|-fold) )?(?:results?|roi|returns?|growth|savings|success|to|increase|pipeline|revenue|leads|meetings|outcomes?|wins?|deals|uplift|performance|more)\b'
      - '\b(?:1[01]0|100|1000)% (?:guaranteed|risk[- ]free|success|certain|sure|of the time)\b'
      - '\brisk[- ]free\b'
      - '\bno[- ]risk\b(?! (?:assessment|review|score|profile|model))'
      - '\bzero risk\b'
      - '\b(?:will|would|is going to|are going to|''ll) (?:definitely|certainly|absolutely|100%|surely|undoubtedly|for sure|easily|instantly) (?:double|triple|increase|boost|save|grow|pay (?:for )?itself|cut|deliver|transform|skyrocket|fix|solve|improve|close|win)\b'
      - '\b(?:double|triple|quadruple|10x|5x|3x|2x) your (?:revenue|pipeline|sales|roi|leads|bookings|growth|conversions?|meetings|close rate|win rate|deals|output|productivity|business|profits?)\b'
      - '\b(?:i |we )?promise (?:you )?(?:\w+ ){0,3}(?:results|roi|growth|\d+(?:%|x)|more (?:deals|revenue|pipeline|meetings)|to (?:double|triple|increase|cut|save|grow|boost))(?!\w)'
      - '\b(?:there''s no doubt|without a doubt|no doubt|no question)(?: that)? (?:you|your team|this|it)(?:''ll| will| would)\b'
      - '\b(?:you |you''ll |you will )?(?:can''t|cannot) (?:lose|go wrong)\b'
      - '\bnothing to lose\b'
      - '\b(?:skyrocket|explode) your\b'
      - '\b(?:results|roi|revenue growth) overnight\b'
      - '\bpays? for itself (?:in|within) (?:days|a week|weeks|the first month)\b'
    exceptions:
      - '\b(?:sla|uptime|money[- ]back|refund|service level|availability|data residency|response time)\b'
      - '\bwe (?:can''t|cannot) guarantee\b'
      - '\b(?:can''t|cannot|won''t|will not|don''t|do not|never) promise\b'
      - '\bguarantee (?:that )?your (?:data|information|privacy|security)\b'
      - '\bguarantee (?:a |an )?(?:first )?(?:response|reply)\b'
      - '\bno one can guarantee\b'
      - '\bnot a guarantee\b'
    message: 'a promise or guarantee of results: "{match}"'
    examples:
      fire:
        - 'We guarantee you will double your pipeline.'
        - 'Guaranteed ROI in 90 days.'
        - 'It is completely risk-free.'
        - 'This will definitely increase your revenue.'
        - 'I promise you will see results in a week.'
        - 'You have nothing to lose.'
        - 'It pays for itself within a week.'
      pass:
        - 'We guarantee 99.9% uptime in our SLA.'
        - 'Teams like yours usually cut ramp time by 30 percent.'
        - 'Our 30-day money-back guarantee applies.'
        - 'We cannot guarantee results, but the pilot shows them fast.'
        - 'We can certainly help with that.'
        - 'We guarantee a response from support within 4 hours.'
        - 'The free trial ends after 14 days unless you upgrade.'
  - id: tone.pushy-subject
    kind: tone
    severity: warn
    scope: [subject]
    keywords:
      - 'action required'
      - 'response required'
      - 'response needed'
      - 'reply needed'
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
      - '\b(?:final|last) (?:attempt|notice|reminder|try|follow[- ]?up|chance|call)\b'
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
    message: 'a pushy subject line: "{match}"'
    examples:
      fire:
        - {"text": "Action required: your pricing", "field": "subject"}
        - {"text": "Final attempt", "field": "subject"}
        - {"text": "Did you get my last email?", "field": "subject"}
        - {"text": "IMPORTANT: read now", "field": "subject"}
        - {"text": "3rd follow-up: onboarding", "field": "subject"}
      pass:
        - {"text": "Quick question about onboarding", "field": "subject"}
        - {"text": "Following up on our call", "field": "subject"}
        - {"text": "Ideas for your Denver team", "field": "subject"}
        - 'This is the final attempt at a summary of our notes.'
  - id: tone.exclamations
    kind: tone
    severity: warn
    keywords:
      - '!!'
      - '?!'
      - '!?'
      - '???'
    patterns:
      - '[!?]*!{2,}[!?]*|\?{3,}|\?!|!\?'
    message: 'repeated exclamation marks: "{match}"'
    examples:
      fire:
        - 'Great news!!'
        - 'Are you in?!'
        - 'What do you think???'
      pass:
        - 'Great to meet you! Talk soon.'
        - 'Congrats on the launch!'
  - id: tone.pushy-demand
    kind: tone
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
      - '\b(?:you must|you need to|you have to|you''ve got to|you have got to) (?:act|reply|respond|decide|sign|buy|commit|move|get back|book|call|purchase|order|try|switch|make a decision)(?: \w+){0,3} (?:now|today|fast|quickly|immediately|asap|tonight|this week)\b'
      - '\bthis is your (?:last|final|only|one) (?:chance|opportunity|shot)\b'
      - '\bno more (?:extensions|delays|excuses)\b'
      - '\bno excuses\b'
      - '\bi (?:insist|expect you to|expect a (?:reply|response|decision))\b'
      - '\b(?:sign|buy|order|book|purchase|subscribe|upgrade|click|call me) (?:now|today)\b(?! (?:or|if|and) (?:next|later|whenever))'
    exceptions:
      - '\b(?:if you (?:want|prefer|like)|whenever|happy to|feel free|no rush)\b'
      - '\bwe can (?:sign|book)\b'
    message: 'a pushy demand: "{match}"'
    examples:
      fire:
        - 'You must sign today to keep the price.'
        - 'This is your last chance.'
        - 'I expect a reply by tomorrow.'
        - 'Buy now and save.'
      pass:
        - 'If you want, we can book a call today.'
        - 'You need to see the dashboard to believe it.'
        - 'Happy to book time now or later.'
  - id: tone.deadline-hold
    kind: tone
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
    exceptions:
      - '\bno (?:rush|pressure|hurry|urgency)\b'
      - '\b(?:webinar|event|session|meeting|call|demo|workshop|registration for the webinar) (?:ends|closes|expires)\b'
      - '\bhappy to (?:hold|keep)\b'
    message: 'deadline pressure or false scarcity: "{match}"'
    examples:
      fire:
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
        - 'Happy to hold the Thursday slot for you if it helps.'
        - 'Let me know by Friday if that time works.'
        - 'The webinar ends at 3pm ET.'
        - 'Our pricing is per seat, billed annually.'
        - 'We''re increasing our support coverage next month.'
        - 'Your final offer letter template is in the library.'
        - 'No rush; the pilot capacity for next quarter is open.'
        - 'The first 10 customers we onboarded taught us a lot.'
  - id: tone.guilt-extra
    kind: tone
    severity: warn
    description: 'guilt and shame about not replying; "no-brainer"; condescension'
    patterns:
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
    exceptions:
      - '\bsorry (?:i|we) missed\b'
    message: 'guilt, shame or fear of missing out: "{match}"'
    examples:
      fire:
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
      pass:
        - 'I''ll assume Thursday works unless you say otherwise.'
        - 'Don''t let the setup scare you; we do it for you.'
        - 'Is there a reason to start with the Denver team?'
        - 'I was surprised how quickly the team set it up.'
        - 'Your team deserves a tool that fits, so we built the Slack flow.'
  - id: tone.peer-and-guarantee
    kind: tone
    severity: warn
    description: 'social-proof pressure and guarantees not caught by the main rules'
    patterns:
      - {regex: '\b(?:companies|teams|firms|businesses|orgs|organizations|players|leaders|brands) (?:in your (?:space|industry|vertical|market|sector|category)|like yours|your size) (?:are|have) (?:already|all|now) (?:moving|switching|switched|moved|adopting|adopted|using|signing|signed|made the switch)\b', keywords: ['in your', 'like yours', 'your size']}
      - {regex: '\bbefore your (?:competitors|competition|rivals|peers) (?:do|does|beat you|get there|catch on|figure)\b', keywords: ['before your']}
      - {regex: '\b(?:results?|roi|savings|outcomes?|success|the lift|the uplift) (?:is|are) (?:fully |completely |100% )?guaranteed\b', keywords: ['guaranteed']}
      - {regex: '\b(?:lift|increase|improvement|boost|growth|roi|reduction|cut|savings|results?|uplift|more meetings|more replies),? guaranteed\b', keywords: ['guaranteed']}
      - {regex: '\b(?:i|we) promise (?:that )?(?:you''ll|you will|your team will|your (?:reps|team) will) (?:see|get|hit|book|close|double|triple|cut|save|increase)\b', keywords: ['promise']}
      - {regex: '\bwe promise (?:results|roi|growth|more)\b', keywords: ['promise']}
    exceptions:
      - '\b(?:sla|uptime|money[- ]back guarantee|service level|data residency|response time)\b'
      - '\b(?:can''t|cannot|won''t|will not|don''t|do not|never) (?:promise|guarantee)\b'
      - '\bnothing is guaranteed\b'
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
      pass:
        - 'Results are not guaranteed, but the pilot shows them fast.'
        - 'We can''t promise you''ll see the same numbers.'
        - 'Teams like yours usually start with one workflow.'
        - 'Uptime is guaranteed in our SLA.'
        - 'Companies in your space use it for audit trails.'
  - id: tone.fake-thread-subject
    kind: tone
    severity: warn
    scope: [subject]
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
        - {"text": "Re: Re: our conversation", "field": "subject"}
        - {"text": "RE: RE: RE: Quick question", "field": "subject"}
        - {"text": "Fwd: Re: pricing", "field": "subject"}
        - {"text": "Closing the loop (final)", "field": "subject"}
        - {"text": "Respond by Friday", "field": "subject"}
        - {"text": "Don't miss this", "field": "subject"}
        - {"text": "Hello??", "field": "subject"}
      pass:
        - {"text": "Re: our call on Tuesday", "field": "subject"}
        - {"text": "Quick question re: your Q3 plans", "field": "subject"}
        - 'Re: Re: is how the thread looked in my inbox.'
  - id: tone.deadline-more
    kind: tone
    severity: warn
    description: 'more deadline, withdrawal and ticking-clock phrasings'
    patterns:
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
    exceptions:
      - '\bno (?:rush|pressure|hurry)\b'
      - '\b(?:webinar|event|session|registration|support|office hours)\b'
    message: 'deadline pressure or false scarcity: "{match}"'
    examples:
      fire:
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
      pass:
        - 'The order form is ready whenever you are.'
        - 'Friday works great; I''ll send the invite.'
        - 'The webinar replay is available until Friday.'
        - 'Our office hours wrap up at 5pm.'
        - 'This pricing applies to annual contracts.'
        - 'We''d need your SSO metadata by Friday to hit the go-live date, but no rush if that slips.'
  - id: tone.peer-more
    kind: tone
    severity: warn
    description: 'more peer pressure and certainty of results'
    patterns:
      - {regex: '\byour (?:direct |biggest |main |closest )?(?:competitors|competition|rivals|peers)(?: \w+)? (?:won''t|will not|aren''t|are not) (?:wait|waiting|slowing down|sitting still)\b', keywords: ['wait', 'slowing', 'sitting']}
      - {regex: '\b(?:\d+|two|three|four|five|several|a few|many) of your (?:direct |biggest |main |closest )?(?:competitors|rivals|peers)(?: \w+){0,2} (?:signed|switched|joined|moved|bought|adopted|use|are using|already)\b', keywords: ['of your']}
      - {regex: '\b(?:don''t|do not) (?:get|be) left (?:out|behind)\b', keywords: ['left']}
      - {regex: '\b(?:everyone|everybody|every company|every team|all the (?:top|leading|big) \w+) in (?:[a-z&-]+ ){1,2}(?:is|are) (?:already |now )?(?:\w+ing)\b(?<!\b(?:meeting|talking|thinking|coming|going|looking|asking|wondering|hiring|growing|working|dealing|struggling|facing|feeling|seeing|hearing|trying|doing|getting|having))', keywords: ['everyone', 'everybody', 'every company', 'every team', 'all the']}
      - {regex: '\byou will (?:100%|definitely|certainly|absolutely) (?:see|get|hit|book|close)\b', keywords: ['100%', 'definitely', 'certainly', 'absolutely']}
      - {regex: '\b(?:leaders|people|folks|anyone|vps|directors|execs) in your (?:seat|role|shoes|position) would (?:jump at|kill for|love|be crazy)\b', keywords: ['your seat', 'your role', 'your shoes', 'your position']}
      - {regex: '\bi thought this would matter to (?:someone|anyone|a leader) in your (?:role|seat|position)\b', keywords: ['would matter']}
    exceptions:
      - '\b(?:can''t|cannot|won''t|don''t|do not) (?:promise|guarantee)\b'
    message: 'social-proof pressure or a promise of results: "{match}"'
    examples:
      fire:
        - 'Your competitors won''t wait, so why should you?'
        - 'Three of your direct competitors signed last month.'
        - 'The top 10 banks already use us — don''t get left out.'
        - 'Everyone in logistics is already automating this.'
        - 'You will 100% see results in week one.'
        - 'Most leaders in your seat would jump at this.'
        - 'I thought this would matter to someone in your role.'
      pass:
        - 'Everyone in the room agreed the workflow was simple.'
        - 'Everyone in logistics is talking about margins this year.'
        - 'Three of your team members joined the webinar.'
        - 'You will see the dashboard on day one.'
  - id: tone.pressure-more
    kind: tone
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
`;
