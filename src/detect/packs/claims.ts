/**
 * unverified claims about the prospect, checked against its verified ${'`'}facts${'`'}. A rule fires only
 * when the sentence is about the prospect (you / your / congrats / its name, or a report of news
 * with no third party named) and no verified fact of the same kind agrees on the details
 * (numbers, a series letter, names next to the claim). Claims about us or a third party ("a
 * logistics customer of ours was acquired") never fire.
 */
export const CLAIMS_PACK = String.raw`
pack: claims
description: 'Claims about the prospect that its verified facts do not support.'
rules:
  - id: claim.funding
    kind: unverified_claim
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
    patterns:
      - '\bseries [a-h]\b(?: (?:round|raise|funding|extension|financing))?'
      - '\b(?:pre-seed|seed|growth|funding|investment|venture|mezzanine|bridge|latest|recent|new|big|last) round\b'
      - '\bfundrais(?:e|ing)\b'
      - '\b(?:raised|raising|raises|closed|closing|secured|landed|announced|completed|bagged|picked up|took in|pulled in) (?:a |an |your |the |their |its |that |this )?(?:\w+ )?(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)?|\d[\d.,]*\s?(?:m|mm|mn|million|b|bn|billion)\b(?:\s?(?:usd|dollars|eur|euros))?)'
      - '\b(?:raised|raise|raising|closed|secured|landed|new|recent|latest|fresh|additional|more) (?:\w+ ){0,2}?(?:funding|financing|venture capital|investment|round|raise)\b'
      - '\b(?:funded|backed) by\b'
      - '\b(?:led|co-led) by (?:[\w&.-]+ ){0,3}(?:ventures|capital|partners|vc|growth|investments)\b'
      - '\bvaluation\b'
      - '\bunicorn\b'
      - '\b(?:new|fresh) (?:investors?|backers?|capital)\b'
      - '\binvestment (?:from|by|led by)\b'
      - {regex: '\bcongrat\w* on (?:the |your )?(?:raise|round|funding|capital raise|fundraise)\b', keywords: ['congrat']}
      - {regex: '\bfunding (?:announcement|news)\b', keywords: ['funding']}
      - {regex: '\bvalued at\b', keywords: ['valued']}
      - {regex: '\b(?:venture|vc|pe|private equity|investor|sequoia|a16z|accel)[- ]backed\b', keywords: ['backed']}
      - {regex: '\b(?:fresh|new|additional|extra|recent|latest|whopping|hefty) (?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b)(?! (?:users|customers|emails|messages|records|rows|events|requests|downloads|visitors|views|people|in (?:savings|revenue|pipeline)))', keywords: ['$', '€', '£', 'million', 'billion']}
      - {regex: '(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b)[^.!?\n]{0,30}\b(?:you|you''ve|they|acme\w*|just|recently) (?:just |recently |have |has )?(?:raised|secured|closed|landed|pulled in|took in|bagged)\b', keywords: ['$', '€', '£', 'million', 'billion']}
      - {regex: '\b(?:pulled in|took in|bagged|brought in|picked up) (?:a |an |another |the )?(?:fresh |cool |whopping |hefty )?(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b)(?! in (?:savings|revenue|pipeline|sales))', keywords: ['pulled in', 'took in', 'bagged', 'brought in', 'picked up']}
      - {regex: '(?:[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|mn|million|b|bn|billion)\b|\d[\d.,]*\s?(?:million|billion)\b) (?:from|led by) (?:[\w&.-]+ ){0,3}(?:ventures|capital|partners|vc|investors|accel|sequoia|a16z|andreessen|benchmark|index|insight|tiger global|softbank|general catalyst|lightspeed|kleiner)', keywords: ['$', '€', '£', 'million', 'billion']}
      - {regex: '\b(?:war chest|term sheet|cap table|oversubscribed)\b', keywords: ['war chest', 'term sheet', 'cap table', 'oversubscribed']}
      - {regex: '[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|b|bn|billion)? (?:raise|round|funding|investment)\b', keywords: ['raise', 'round', 'funding', 'investment']}
      - {regex: '\b(?:congrat\w*|kudos|hats off|props|well done|bravo|great news|big news|exciting news|amazing news|huge news) (?:on|about|re:?|regarding) (?:the |your )?(?:\w+ )?(?:raise|round|funding|capital raise|fundraise|investment|series [a-h])\b', keywords: ['congrat', 'kudos', 'hats off', 'props', 'well done', 'bravo', 'news']}
      - '\b(?:closing|closed|close|wrapped|wrapping) (?:the|your|a|its|that|this) (?:\w+ )?round\b'
    about: 'prospect'
    facts: 'series|fund|rais|round|seed|invest|capital|valuation|valued|backed|financ'
    message: 'claims a funding round ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Your team''s recent $30M raise must open up new priorities.'
        - 'Congrats on the raise!'
        - {"text": "Congrats on the Series C!", "facts": ["Raised a Series B led by Northwind Ventures in 2024"]}
        - 'Hi Dana, congrats on the new funding!'
        - 'Saw that you just closed a $40M round.'
        - 'Congrats on raising $25 million from Accel.'
        - 'I read that Acme Analytics is backed by Sequoia now.'
        - {"text": "Congrats on the Series B raise", "field": "subject"}
      pass:
        - {"text": "Congrats on the raise!", "facts": ["Raised a $20M Series B in 2025"]}
        - {"text": "Congrats on the Series B led by Northwind Ventures!", "facts": ["Raised a Series B led by Northwind Ventures in 2024"]}
        - 'We just raised our Series C.'
        - 'One of our customers just closed a $40M round.'
        - 'Our investors include Accel.'
        - 'Happy to share how teams think about the budget for next round of hiring.'
        - 'A logistics customer of ours raised a Series A last year.'
  - id: claim.acquisition
    kind: unverified_claim
    severity: warn
    keywords:
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
      - 'forces'
      - 'owned by'
      - 'umbrella'
      - 'private'
      - 'buyout'
      - 'roll-up'
      - 'tuck-in'
      - 'absorb'
      - 'to the family'
      - 'to the fold'
      - 'into the family'
      - 'exit'
    patterns:
      - '\b(?:acquisition(?: of| by)?|acquisitions|acquired(?: by)?|acquiring|acquires|acquire|merger|merged|merging|merges|takeover|taken over|snapped up|joined forces with|tie-up with|deal to buy|agreed to buy)\b'
      - '\b(?:bought|purchased) by\b'
      - '\bsold to\b'
      - '\bbought out\b'
      - '\b(?:buying|snapping up|snapped up|scooping up|scooped up|picking up|picked up|purchase of|purchasing) (?!(?:a |an |the |more |new |extra |additional |\d)|(?:licen|seat|plan|tool|software|subscription))'
      - '\bnow (?:a )?part of\b'
      - '\b(?:bring|brought|bringing|folded|folding) (?:\w+ ){0,2}into the (?:family|fold|group)\b'
      - '\b(?:join|joins|joined|joining) forces\b'
      - '\b(?:now |is now |are now |recently |newly |majority[- ]|wholly[- ]|is |are |being |been )owned by (?!(?:your|the|a|our|my|their|each|every|one)\b)'
      - '\b(?:pe|private equity|vc|sponsor)[- ]owned\b'
      - '\bunder (?:your|the|its) (?:\w+ )?(?:umbrella|roof|wing)\b'
      - '\b(?:taking|take|takes|took|taken|going|go|went|gone|being taken) (?:you |it |the company |them )?private\b'
      - '\btake-private\b'
      - '\b(?:buyout|buy-out|roll-up|tuck-in|bolt-on) (?:of|by|deal|acquisition)\b'
      - '\b(?:absorbed|absorbing|absorbs) (?:by|into)\b'
      - '\b(?:add|adding|added|welcome|welcoming|welcomed) (?:\w+ ){1,3}(?:to|into) the (?:family|fold|portfolio)\b'
      - '\b(?:congrat\w*|kudos|hats off) (?:on|about) (?:the |your )?(?:\w+ )?exit\b'
      - '\b(?:successful|recent|big) exit\b'
    exceptions:
      - '\b(?:customer|user|client|lead|talent|patient|donor|member|subscriber|logo|demand|traffic|new business|audience|buyer|seller|driver|merchant) acquisition'
      - '\bacquisition (?:cost|costs|channel|channels|funnel|strategy|strategies|rate|rates|team|teams|marketing|spend|campaigns?|metrics|engine|efforts?|programs?)\b'
      - '\bacquir(?:e|ing|es) (?:new )?(?:customers|users|clients|leads|talent|skills|data|subscribers|accounts|buyers|drivers|merchants|logos)\b'
    about: 'prospect'
    facts: 'acqui|merg|bought|purchas|takeover|combin|sold|owned|buyout|private|fold|family|part of|joined forces'
    message: 'claims an acquisition ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'I saw your acquisition of Initech.'
        - 'Congrats on being acquired by Globex!'
        - 'Heard about the merger with Umbrella Health.'
        - 'Saw the news that Acme Analytics was bought by a PE firm.'
      pass:
        - {"text": "Congrats on the acquisition of Initech!", "facts": ["Acquired Initech in 2024"]}
        - 'We can lower your customer acquisition cost.'
        - 'A logistics customer of ours was acquired last year.'
        - 'Our platform helps you acquire new customers faster.'
        - 'We were acquired by Ourco Holdings in 2021.'
  - id: claim.acquisition-named
    kind: unverified_claim
    severity: warn
    description: 'acquisitions told with the other company''s name: "bought Fieldline", "the Ledgerly deal", "now part of Globex" (case-sensitive: the name is capitalized)'
    case_sensitive: true
    patterns:
      - {regex: '(?i:\b(?:bought|buying|buys|purchased|purchasing|snapped up|snapping up|picked up|picking up|scooped up|scooping up|absorbed|absorbing|swallowed|gobbled up|merged with|merging with|merges with|combined with|combining with|teamed up with|tied up with))\s+(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,3}\b(?![''’]s\b|\s+(?i:licen\w*|seats?|subscriptions?|plans?|tools?|data|records|fields|contacts|accounts|integration|add-on|credits|workflows?|tickets|ads?|software|stack)\b)', keywords: ['bought', 'buying', 'buys', 'purchas', 'snapp', 'picked up', 'picking up', 'scoop', 'absorb', 'swallowed', 'gobbled', 'merg', 'combin', 'teamed up', 'tied up']}
      - {regex: '(?i:\b(?:the|your|its|this|that))\s+(?:\p{Lu}[\p{L}\p{N}&.''’-]*\s+){1,3}(?i:deal|acquisition|merger|buyout|takeover|purchase|tie-up|combination|transaction|integration of)\b', keywords: ['deal', 'acquisition', 'merger', 'buyout', 'takeover', 'purchase', 'tie-up', 'combination', 'transaction', 'integration']}
      - {regex: '(?i:\b(?:is|are|now|became|becoming|become|officially|being)\s+(?:now\s+|officially\s+)?(?:a\s+)?part of)\s+(?:\p{Lu}[\p{L}\p{N}&.''’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\b(?![''’]s\b)|(?i:the)\s+\p{Lu}[\p{L}\p{N}&.''’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}\s+(?i:family|group|portfolio))', keywords: ['part of']}
      - {regex: '(?i:\b(?:sale|sold) to)\s+(?!(?:Fortune|Enterprise|SMB|Mid-Market)\b)\p{Lu}[\p{L}\p{N}&.''’-]*', keywords: ['sale to', 'sold to']}
    exceptions:
      - '\b(?:we|our|ours|ourco)\b[^.!?]{0,30}\b(?:bought|purchased|picked up|merged|combined|deal)\b'
    about: 'prospect'
    facts: 'acqui|merg|bought|purchas|takeover|combin|sold|owned|buyout|part of|deal|joined forces|fold|family'
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
      pass:
        - {"text": "Congrats on buying Fieldline!", "facts": ["Acquired Fieldline in 2025"]}
        - {"text": "Saw the Ledgerly deal closed, congrats.", "facts": ["Acquired Ledgerly in 2025"]}
        - 'We just bought Salesforce licenses for the whole team.'
        - 'Congrats on picking up HubSpot, it pairs well with us.'
        - 'The pilot is part of Ourco''s standard plan.'
        - 'Reviewers usually pick up Q3 drafts first.'
        - 'You can merge with HubSpot data in one click.'
        - 'A fintech we work with was acquired last year and kept us through the whole integration.'
        - 'Ourco is part of the Salesforce AppExchange.'
  - id: claim.ipo
    kind: unverified_claim
    severity: warn
    keywords:
      - 'ipo'
      - 'public'
      - 'listing'
      - 'listed'
      - 'debut'
      - 'spac'
      - 's-1'
      - 'bell'
      - 'ticker'
      - 'traded'
      - 'trading'
      - 'trade'
      - 'traded'
      - 'ticker'
      - 'share price'
      - 'stock price'
      - 'shareholder'
      - 'earnings'
      - 'filed'
      - 'float'
      - 'flotation'
      - 'exchange'
    patterns:
      - '\bipo\b'
      - '\b(?:went|going|go|gone|taking|took|take)(?: the company| it)? public\b'
      - '\binitial public offering\b'
      - '\bpublic (?:offering|listing|debut|markets? debut|company|companies)\b'
      - '\bipo (?:on the horizon|coming|plans?|prep|preparation|readiness)\b'
      - '\b(?:listing|listed|debut(?:ed)?|float(?:ed)?) on (?:the )?(?:nyse|nasdaq|lse|london stock exchange|tsx|asx|euronext|stock exchange|stock market|tokyo stock exchange|hkex)\b'
      - '\bdirect listing\b'
      - '\bspac\b'
      - '\bs-1\b'
      - '\bring(?:ing|s)? the (?:opening |closing )?bell\b'
      - '\bnew ticker\b'
      - '\bnow (?:publicly )?traded\b'
      - '\bpublicly traded\b'
      - '\bfiled to go public\b'
      - '\bfirst (?:day|week|month|quarter|earnings call) (?:of trading|as a public company|on the (?:nyse|nasdaq|lse|exchange|market|public markets?))\b'
      - '\b(?:trade|trades|trading|traded) (?:publicly|under (?:the )?(?:ticker|symbol)?|on (?:the )?(?:nyse|nasdaq|lse|london stock exchange|tsx|asx|euronext|stock exchange|stock market|public markets?))\b'
      - '\b(?:ticker symbol|stock ticker|(?:your|its|the|new) ticker)\b'
      - '\b(?:your|its|their) (?:share price|stock price|shareholders|earnings call|quarterly earnings|first earnings|market cap)\b'
      - '\b(?:confidentially )?filed (?:confidentially )?(?:for (?:an |its |your |the )?(?:ipo|listing|public offering)|(?:an |its |your |the )?s-1|to list)\b'
      - '\b(?:listing|listed|debut\w*|float\w*) (?:on|in) (?:the )?(?:[a-z]+ ){0,2}(?:stock exchange|exchange|nyse|nasdaq|tsx|asx|lse|xetra|bse|nse)\b'
      - '\bflotation\b'
      - '\b(?:now|newly|recently|officially|finally|you''re|you are|you''ve been|you have been) (?:now )?(?:publicly )?listed\b(?! (?:on|in) (?:g2|capterra|the (?:g2|salesforce|hubspot|aws|azure|google|microsoft|slack|shopify|atlassian)|our|your))'
    exceptions:
      - '\bif (?:you''re|you are|you) (?:ever )?(?:planning|considering|thinking about|preparing for|exploring|going)\b'
    about: 'prospect'
    facts: '\bipo\b|public|listed|listing|nyse|nasdaq|exchange|traded|spac|s-1'
    message: 'claims an IPO ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congrats on the IPO.'
        - 'Saw you went public last month!'
        - 'Congrats on ringing the bell at Nasdaq.'
        - 'Exciting to see Acme Analytics listed on the NYSE.'
      pass:
        - 'If you''re planning an IPO, audit trails matter.'
        - {"text": "Congrats on the IPO!", "facts": ["Completed its IPO on Nasdaq in 2024"]}
        - 'Our public API is documented at ourco.com/api.'
        - 'We went public in 2019.'
        - 'Happy to share our public roadmap.'
  - id: claim.leadership
    kind: unverified_claim
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
      - 'appointment'
      - 'promotion'
      - 'move to'
      - 'moved into'
      - 'moving into'
      - 'stepping into'
      - 'stepped into'
      - 'taking on'
      - 'took on'
      - 'assum'
      - 'landed'
      - 'first'
      - 'new chapter'
      - 'welcom'
      - 'at the helm'
      - 'now leads'
      - 'now heads'
      - 'now runs'
      - 'now oversees'
      - 'just joined'
      - 'recently joined'
      - 'newly joined'
      - 'officially joined'
      - 'started at'
      - 'new leadership'
      - 'new boss'
      - 'new manager'
      - 'new exec'
      - 'started as'
      - 'came on'
      - 'came aboard'
      - 'signed on'
      - 'stepped in'
      - 'title'
      - 'role'
      - 'position'
      - 'leader'
      - 'tapped'
      - 'picked to'
      - 'chosen to'
      - 'selected to'
      - 'running'
      - 'leading'
      - 'heading'
      - 'overseeing'
      - 'in charge'
      - 'moving up'
      - 'moved up'
      - 'move up'
      - 'joining'
    patterns:
      - '\bnew (?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\b(?:newly )?(?:appointed|named|hired|promoted|elevated|tapped|brought on|brought in|welcomed|installed|announced)(?: [\w.''-]+){0,3} (?:as |to |to be |a |an |the |your |its )*(?:new |interim |permanent )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\b(?:joined|joins|joining|join) (?:[\w.''-]+ ){0,4}as (?:the |your |its |their |a |an )?(?:new |interim )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\b(?:took|taking|takes|take|taken) (?:over|the helm|the reins)\b'
      - '\b(?:succeeds|succeeded|succeeding|replaced|replacing|replaces)(?: [\w.''-]+){0,3} as\b'
      - '\bleadership (?:change|changes|transition|shake-?up|shuffle|reshuffle|team change|turnover)\b'
      - '\bappointment of\b'
      - '\b(?:promotion|promoted) to\b'
      - '\bexecutive (?:shake-?up|hire|hires|change|changes|departure|departures)\b'
      - '\bc-suite (?:change|changes|shake-?up|hire|hires)\b'
      - '\bcongrat\w* on (?:the |your )?(?:new role|promotion|new position|new job)\b'
      - '\b(?:your|the) new (?:job|role|seat|position|gig|title|team)\b(?! (?:of|for) )'
      - '\bfirst (?:few |\d+ )?(?:days|weeks|months) (?:in|at|on) (?:the |your )?(?:new )?(?:job|role|seat|position|gig|company)\b'
      - {regex: '\bstep(?:ping|ped|s)? (?:into|up as|up to) (?:the |a |your )?(?:new )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|president|chief [a-z]+(?: [a-z]+)? officer|vp(?: of [a-z]+)?|head of [a-z]+)\b', keywords: ['stepping', 'stepped', 'step', 'steps']}
      - '\b(?:appointment|promotion|elevation|move|moving|moved|jump|step up|rise|transition|ascension) (?:as|to|into) (?:the )?(?:role of |position of |seat of )?(?:new |interim |permanent )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\b(?:into|taking on|took on|take on|taken on|assumed|assuming|assume|landed|landing|stepped into|stepping into) (?:the |a |your |an )?(?:new |interim )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}?|svp(?: of)?(?: [a-z]+){0,2}?|evp(?: of)?(?: [a-z]+){0,2}?|vice president(?: of)?(?: [a-z]+){0,2}?|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader) (?:role|seat|position|job|title|chair|spot|post)\b'
      - '\bfirst (?:few |couple of |\d+ |hundred )?(?:days?|weeks?|months?|quarter|year) (?:as (?:the |your |a |an )?(?:new |interim )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)|in (?:the|your|this|that) (?:new )?(?:role|seat|position|job|gig|chair|post))\b'
      - '\bstep(?:ping|ped|s)? up to (?:lead|run|head|own)\b'
      - '\bstart(?:ed|ing|s)? (?:a |your |the |her |his |their )?new (?:role|position|job|gig|chapter)\b'
      - '\bwelcom(?:e|ed|ing) (?:aboard |on board )?(?:to )?(?:your |the |its )?new (?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\bwelcom(?:e|ed|ing) (?:[\w.''-]+ ){1,3}(?:aboard|on board) as\b'
      - '\bat the helm\b'
      - '\bnow (?:leads|heads(?: up)?|oversees|runs) (?:the |your |its )?(?:\w+ )?(?:team|org|organization|function|department|sales|marketing|engineering|revops|operations|company)\b'
      - '\b(?:just|recently|officially|newly) (?:joined|started at|moved over to|came on board at|came aboard at)\b(?! (?:the |our |a |an |us\b|this |my |your )(?:\w+ )?(?:webinar|call|pilot|demo|meeting|session|trial|event|beta|waitlist|community|list|channel|workspace|thread|program))'
      - '\b(?:your|the|its) new (?:boss|manager|leader|leadership(?: team)?|exec team|executive team|management team)\b'
      - '\bnew leadership\b'
      - '\b(?:started|starting|came on|coming on|came aboard|came on board|signed on|moved over|stepped in|stepping in) (?:at [\w&.-]+(?: [\w&.-]+)? )?as (?:the |your |a |an |its )?(?:new |interim |permanent )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - '\b(?:title|role|position|job title) (?:has |just )?(?:changed|change|switched|switch|updated|update|moved) to\b'
      - {regex: '\b(?:congrat\w*|kudos|hats off|props|well done|bravo|great news|big news|exciting news|amazing news|huge news) (?:on|about|re:?|regarding) (?:the |your )?(?:\w+ )?(?:new role|promotion|new position|new job|new title|new gig|appointment)\b', keywords: ['congrat', 'kudos', 'hats off', 'props', 'well done', 'bravo', 'news']}
      - '\b(?:tapped|picked|chosen|selected|hired|named|appointed|brought in|promoted) to (?:lead|run|head|take over|oversee)\b'
      - '\bnow (?:that )?(?:you''re|you are|you) (?:now )?(?:running|leading|heading(?: up)?|overseeing|in charge of)\b'
      - '\b(?:move|moving|moved|step|stepping|stepped) up to (?:the )?(?:role of )?(?:new )?(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)\b'
      - {regex: '\b(?:congrat\w*|kudos|welcome|welcoming) (?:on |to )?(?:joining|the move to|your move to|landing at|starting at|starting your new)\b', keywords: ['congrat', 'kudos', 'welcom']}
    exceptions:
      - '\bretirement (?:plan|plans|account|accounts|savings|benefits|fund|funds|planning)\b'
      - '\b(?:step|stepped|stepping) (?:down|aside) (?:from|the) (?:the )?(?:call|meeting|project)\b'
    about: 'prospect'
    facts: '(?:appoint|join|hire|named|promot|new|welcom|took over|taking over|helm|succeed|replac)[\s\S]*(?:ceo|cto|cfo|coo|cro|cmo|cpo|ciso|cio|chief|president|chair|head of|\bvp\b|vice president|director|founder|general manager|board|counsel|role|job|position)|(?:ceo|cto|cfo|coo|cro|cmo|cpo|ciso|cio|chief|president|chair|head of|\bvp\b|vice president|director|founder|general manager|board|counsel)[\s\S]*(?:appoint|join|hire|named|promot|welcom|took over|helm|succeed)|step(?:ped|s)? down|resign|retir|depart|left'
    message: 'claims a leadership change ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'With Tom stepping into the COO role, ops will shift.'
        - 'Hi Dana, congrats on your new CTO!'
        - 'Congrats to Maria on being named your new CFO.'
        - 'I noticed you hired a new VP of Sales.'
        - 'Heard Priya took over as CEO last month.'
        - 'Congrats on the promotion to VP!'
        - {"text": "Congrats to Sam Ortiz on joining as your new CEO.", "facts": ["Appointed Jordan Lee as CEO in January 2025"]}
      pass:
        - {"text": "With Tom stepping into the COO role, ops will shift.", "facts": ["Tom Reyes named COO in 2025"]}
        - {"text": "Congratulations to Jordan Lee on joining as your new CEO.", "facts": ["Appointed Jordan Lee as CEO in January 2025"]}
        - 'Our new CTO joined from a bank.'
        - 'We just hired a new VP of Customer Success to support you.'
        - 'Happy to loop in our CEO if useful.'
        - 'Which VP owns onboarding on your side?'
  - id: claim.layoffs
    kind: unverified_claim
    severity: warn
    keywords:
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
      - 'shed'
      - 'axed'
      - 'axing'
      - 'halved'
      - 'halving'
      - 'trimming'
      - 'trim'
      - 'let go'
      - 'cuts'
      - 'cutback'
      - 'ways with'
      - 'redundan'
      - 'tough'
      - 'hard news'
      - 'difficult'
      - 'rough'
      - 'painful'
      - 'sad news'
      - 'lay-off'
      - 'job loss'
      - 'cost-cutting'
      - 'cost cutting'
      - 'reduction in'
      - 'some cuts'
      - 'few cuts'
      - 'deep cuts'
      - 'hard cuts'
      - 'tough cuts'
      - 'painful cuts'
      - 'big cuts'
      - 'significant cuts'
      - 'cut a'
      - 'cut the'
      - 'cut back'
      - 'cut over'
      - 'cut about'
      - 'cut roughly'
      - 'cut nearly'
      - 'cut almost'
      - 'cut some'
      - 'cut part'
      - 'cut half'
      - 'cut most'
      - 'cut much'
      - 'cut around'
      - 'reduced'
      - 'reducing'
      - 'the cuts'
      - 'recent cuts'
      - 'latest cuts'
      - 'last cuts'
      - 'those cuts'
      - 'these cuts'
      - 'big cuts'
    patterns:
      - '\b(?:layoffs?|laid off|lay(?:ing)? off|lays off|reductions? in force|rif|restructur(?:ing|ed|e)|reorg(?:anization|anisation)?|downsiz(?:ing|ed|e)|rightsiz(?:ing|ed)|job cuts|headcount (?:cuts?|reductions?)|workforce reductions?|hiring freeze|furlough(?:s|ed)?|bankruptcy|chapter 11|insolven(?:cy|t))\b'
      - '\b(?:reduced|cut|shrank|shrunk|trimmed|slashed|cutting|slashing|eliminated|eliminating) (?:your |its |the |their )?(?:\d+% of (?:the |your |its )?|\d+ )?(?:workforce|headcount|staff|team|jobs|roles|positions|employees|people)\b(?! (?:costs?|spend|time|hours))'
      - '\blet (?:\d+ |some |many |a lot of |several )?(?:people|employees|staff|folks|reps|engineers) go\b'
      - '\b(?:reduced|cut|shrank|shrunk|trimmed|trimming|slashed|slashing|cutting|eliminated|eliminating|shed|shedding|axed|axing|halved|halving) (?:back )?(?:your |its |the |their )?(?:(?:about |roughly |nearly |almost |over )?\d+(?:\.\d+)?(?:%| percent) of (?:the |your |its |their )?|\d[\d,]* |a (?:third|quarter|fifth|tenth|half|chunk|slice) of (?:the |your |its |their )?|(?:part|some|much|most|half) of (?:the |your |its |their )?)?(?:\w+ )?(?:workforce|headcount|staff|team|teams|jobs|roles|positions|employees|people|reps|engineers|workers|sellers)\b(?![''’]| (?:costs?|spend|time|hours|workload|effort|overhead))'
      - '\blet go (?:of )?(?:(?:about |roughly |nearly )?\d+(?:%| percent)? (?:of )?)?(?:the |your |its |their |some |many |several |part of (?:the |your |its )?)?(?:\w+ )?(?:people|employees|staff|folks|reps|engineers|team|workforce|workers|headcount|sellers|colleagues)\b'
      - '\b(?:had to |have had to |has had to )?let (?:\d[\d,]* |some |many |several |a (?:lot|bunch|number) of |part of (?:the |your |its )?|(?:\d+(?:%| percent)) of (?:the |your |its )?)?(?:\w+ )?(?:people|folks|employees|staff|reps|engineers|team members|workers|sellers|colleagues|team) go\b'
      - '\b(?:were|was|been|being|got|get|getting) let go\b'
      - '\b(?:tough|hard|difficult|sad|rough|painful|sobering|heavy) (?:news|changes|cuts|week|weeks|month|stretch|time|day|decisions?|period) (?:about|for|on|at|with|in|across|hitting|affecting) (?:the |your )?(?:\w+ )?(?:team|teams|staff|people|company|org|organization|workforce|headcount)\b'
      - '\b(?:cuts?|cutbacks?|reductions?) (?:to|on|across|in|at) (?:the |your |its |their )?(?:\w+ )?(?:team|teams|staff|workforce|headcount|org|organization|department|sales org|jobs|roles|employees)\b'
      - '\bpart(?:ed|ing|s)? ways with (?:\w+ ){0,4}(?:staff|team|people|employees|reps|workforce|engineers|colleagues|workers)\b'
      - '\b(?:lay-offs?|redundanc(?:y|ies)|made redundant|job losses|cost-?cutting|cost cutting|cutbacks)\b'
      - '\b(?:make|made|making|had to make|have had to make|has had to make) (?:some |a few |deep |hard |tough |painful |significant |big |difficult )+cuts\b'
      - '\b(?:the|recent|latest|last|those|these|deep|painful|tough|big|sweeping|company-wide|companywide) cuts\b(?! (?:to|in|on) (?:price|prices|pricing|rates?|costs?|spend|budgets?|review time|ramp time))'
    exceptions:
      - '\brestructur(?:e|ed|es|ing) (?:its|your|the|their|our|how|a) (?:\w+ )?(?:process|processes|pricing|workflow|workflows|outbound|sequences?|playbooks?|pipeline|territories|territory|comp plan|compensation|deal|contract|debt|data|approach|program|strategy|offer|offering|plans?|stack|cadences?|content|emails?|calls?|review|onboarding|funnel|tiers?)\b'
      - '\breorg(?:anize|anise|anized|anised|anizing|anising)? (?:its|your|the|their|our) (?:\w+ )?(?:process|processes|pipeline|data|workflow|workflows|sequences?|playbooks?|templates?|folders?|fields|crm|territories|inbox|content)\b'
    about: 'prospect'
    facts: 'layoff|laid off|lay off|reduction in force|restructur|reorg|downsiz|rightsiz|job cuts|headcount|workforce|cut|furlough|hiring freeze|bankrupt|chapter 11|let .* go'
    message: 'claims layoffs or restructuring ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Sorry to hear about the layoffs at your company.'
        - 'Saw you cut 10% of your workforce last week.'
        - 'I know the restructuring has been tough on your team.'
        - 'Heard that Acme Analytics let 50 people go.'
      pass:
        - {"text": "I know the restructuring has been a lot for your team.", "facts": ["Announced a restructuring in March 2025"]}
        - 'We help teams cut onboarding time in half.'
        - 'Our tool helps you reduce headcount costs in support.'
        - 'We restructured our pricing to be simpler.'
        - 'Cut ramp time by 30 percent.'
  - id: claim.award
    kind: unverified_claim
    severity: warn
    keywords:
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
      - 'recognition'
      - 'accolade'
      - 'honor'
      - 'honour'
      - 'badge'
      - 'nod'
      - 'shout'
      - 'of the year'
      - 'earned'
      - 'received'
      - 'receiving'
      - 'bagged'
      - 'scooped'
      - 'clinched'
      - 'snagged'
      - 'landed'
      - 'landing'
      - 'featured'
      - 'included in'
      - 'added to'
      - 'cracked'
      - 'best workplace'
      - 'best employer'
      - 'best startup'
      - 'cool vendor'
      - 'peer insights'
      - 'customers'' choice'
      - 'gartner'
      - 'forrester'
      - 'idc'
      - 'glassdoor'
      - 'built in'
      - 'comparably'
      - 'capterra'
      - 'trustradius'
      - 'crain'
      - 'deloitte'
      - 'list'
      - 'spot'
      - 'slot'
      - 'place'
    patterns:
      - '\baward(?:s|ed)?\b'
      - '\baward-winning\b'
      - '\bwon (?:the |an? |this year''s |last year''s )?(?:[\w''&-]+ ){0,4}(?:award|prize|title|competition|honou?r|recognition|trophy|cup|challenge)\b'
      - '\bwinners? of\b'
      - '\bnamed (?:one of|to|among|a leader|the leader|a visionary|a challenger|a top|as one of|in|the best|best|#1|no\.? ?1)\b'
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
      - '\bfast company\b'
      - '\bmagic quadrant\b'
      - '\bforrester wave\b'
      - '\bg2 (?:leader|badge|grid|award)\b'
      - '\b(?:made|making|make|makes) (?:the|their|it onto the|it to the|it on the) (?:[\w''&-]+ ){0,4}(?:list|ranking|rankings)\b'
      - '\bshortlisted\b'
      - '\bfinalist\b'
      - '\bhonou?red (?:as|by|with)\b'
      - '\b(?:took|taking) home (?:the |an? )?(?:\w+ ){0,3}(?:award|prize)\b'
      - '\bcongrat\w* on (?:the |your |being |making |winning |earning |landing )?(?:[\w.''’&-]+ ){0,5}(?:recognition|accolade|accolades|honou?r|honou?rs|award|awards|ranking|rankings|badge|nod|shout-?out|listing)\b'
      - '\b(?:gartner|forrester|idc|g2|forbes|inc\.?|fortune|deloitte|glassdoor|built ?in|comparably|capterra|trustradius|fast company|crain''s|techcrunch|cnbc) (?:[\w.''’&-]+ ){0,3}(?:recognition|nod|shout-?out|accolade|honou?r|badge|listing|ranking|award|list)\b'
      - '\b(?:made|making|make|makes|landed on|landing on|landed a spot on|named to|featured on|featured in|included in|appeared on|earned a spot on|cracked|onto) (?:the |their |it onto the |it to the |it on the |this year''s |a spot on the |forbes'' |inc\.''s )?(?:[\w.''’&-]+ ){0,6}(?:list|ranking|rankings|index)\b(?! of)'
      - '\btop[- ]\d+ (?:\w+ )?(?:ranking|spot|slot|position|placement|finish|list|companies|startups|employers|vendors|workplaces|places)\b'
      - '\b(?:company|startup|product|vendor|employer|partner|brand|app|team|solution|platform|innovator|innovation|workplace|tool|business|scaleup|scale-up|ceo|founder|entrepreneur|leader|retailer|manufacturer|agency|supplier) of the year\b'
      - '\b(?:won|winning|wins|took home|taking home|bagged|scooped|earned|earning|received|receiving|picked up|clinched|snagged|collected) (?:the |an? |this year''s |last year''s |their |your )?(?:[\w.''’&-]+ ){0,5}(?:award|awards|prize|trophy|medal|honou?rs?|recognition|badge|of the year)\b'
      - '\bbest (?:workplaces?|(?:startup |large |midsize |mid-size |small )?employers?)\b'
      - '\b(?:cool vendor|peer insights|customers'' choice)\b'
      - '(?:#|\bno\.? ?|\bnumber )\d+ (?:spot|slot|position|place|ranking|rank)\b'
      - '\bplac(?:ed|ing) (?:\d+(?:st|nd|rd|th)|first|second|third|top \d+) (?:on|in|at)\b'
    exceptions:
      - '\b(?:mailing|email|e-mail|wait|distribution|contact|call|to-do|todo|priority|target|invite|guest|shopping|reading|price|pricing|feature|integration|customer|reference|suppression|do-not-contact|allow|block|deny) ?list\b'
      - '\b(?:our|we|we''re|we''ve|ourco)\b[^.!?]{0,40}\b(?:award|list|ranking|recogni|named|won)'
    about: 'prospect'
    facts: 'award|won|winner|prize|named|recogni|rank|list|top|best|honou?r|finalist|shortlist|quadrant|wave|forbes|\binc\b|fortune|g2|badge|great place'
    message: 'claims an award or ranking ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congrats on winning the Best Workplace award.'
        - 'Saw you were named a leader in the Gartner Magic Quadrant!'
        - 'Congrats on making the Inc. 5000 list.'
        - 'Kudos on being ranked #3 on the Forbes Cloud 100.'
        - {"text": "Congrats on the Fintech Innovation Award!", "facts": ["Won the 2024 Data Innovation Award"]}
      pass:
        - {"text": "Winning the Data Innovation Award must have been a proud moment for your team.", "facts": ["Won the 2024 Data Innovation Award"]}
        - 'We were named one of the top 50 startups.'
        - 'Our award-winning support team is here for you.'
        - 'Our platform was recognized by Gartner.'
        - 'Happy to share the award criteria we use internally.'
  - id: claim.expansion
    kind: unverified_claim
    severity: warn
    keywords:
      - 'office'
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
      - 'footprint'
      - 'doors'
      - 'shop in'
      - 'outpost'
      - 'ribbon'
      - 'grand opening'
      - 'warming'
      - 'countries'
      - 'markets'
      - 'cities'
      - 'states'
      - 'continents'
      - 'congrat'
    patterns:
      - '\b(?:new|opened|opening|open|opens|launched|launching|launch|unveiled|built|building) (?:up )?(?:a |an |your |the |their |its |that |this )?(?:new |second |third |first |european |emea |apac |us |uk |east coast |west coast )?(?:[A-Za-z]+ )?(?:office|offices|hq|headquarters|location|locations|hub|facility|campus|studio|warehouse|warehouses|plant|factory|store|stores|branch|data center|lab|distribution center)\b'
      - '\b(?:office|hq|headquarters|hub|facility|campus|warehouse|plant|factory|store|branch)s? (?:opening|launch|expansion|move|relocation)\b'
      - {regex: '\b(?:expand(?:ed|ing|s)?|expansion|moved|moving|relocat(?:ed|ing|ion)|entered|entering|launched|launching|launch) (?:\w+ ){0,2}?(?:into|to|in) (?:the )?(?:[a-z]+ ){0,2}?(?:market|markets|region|europe|emea|apac|asia|latam|north america|us|u\.s\.|uk|canada|germany|france|india|japan|australia|brazil|mexico|spain|italy|the netherlands|singapore|new york|london|berlin|paris|tokyo|toronto|austin|denver|chicago|boston|seattle|dublin|amsterdam|miami|atlanta|dallas|sydney|bangalore|new countries|new cities)\b', keywords: ['expan', 'moved', 'moving', 'relocat', 'entered', 'entering', 'launch']}
      - {regex: '\bnew (?:markets?|regions?|countries|territories)\b', keywords: ['new market', 'new region', 'new countr', 'new territor']}
      - {regex: '\binternational expansion\b', keywords: ['international expansion']}
      - {regex: '\bglobal expansion\b', keywords: ['global expansion']}
      - {regex: '\bplant(?:ing|ed)? (?:a|the|your|its) flag\b', keywords: ['flag']}
      - '\b(?:have|has|having|got|with) (?:a|an|your|its|the) (?:new )?(?:office|hq|hub|team|presence|site) in\b'
      - {regex: '\b(?:entered|entering|enters|entry into|launch(?:ed|ing)? in) (?:the )?(?:[a-z-]+ ){1,2}market\b', keywords: ['enter', 'entry', 'launch']}
      - '\bopen(?:ed|ing|s)? (?:its|their|your|the) doors in\b'
      - '\bset(?:ting|s)? up shop in\b'
      - '\b(?:growing|expanding|expanded|new|bigger|larger|global|international) (?:\w+ )?footprint\b'
      - '\bnew (?:\w+ )?outpost\b'
      - '\bribbon[- ]cutting\b'
      - '\bgrand opening\b'
      - '\b(?:office|hq|hub|store|warehouse|facility|campus) ?(?:warming|opening party|launch party)\b'
      - '\b(?:in|across|to|into) (?:over |more than |nearly |now )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of) (?:new )?(?:countries|markets|cities|states|regions|continents)\b'
      - '\b(?:congrat\w*|kudos|hats off) (?:on|about) (?:the |your )?(?:\w+ )?(?:expansion|move|relocation|office opening|new digs)\b'
    exceptions:
      - '\bif you (?:ever |later |eventually )?(?:expand|open|move|grow|launch|go)\b'
      - '\bwhen(?:ever)? (?:you|teams|companies|orgs) (?:expand|open|move into|grow into)\b'
    about: 'prospect'
    facts: 'office|opened|open|\bhq\b|headquarter|location|hub|expan|launch|market|moved|reloca|facility|campus|warehouse|plant|store|branch|region'
    message: 'claims an office opening or expansion ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congrats on entering the Canadian market.'
        - 'Congrats on opening the Austin office!'
        - 'Saw you are expanding into Europe.'
        - 'Heard about the new London hub.'
        - 'Congrats on the new headquarters.'
        - {"text": "Congrats on opening a new office in Austin!", "facts": ["Opened an office in Denver"]}
      pass:
        - {"text": "Congrats on entering the Canadian market.", "facts": ["Expanded into the Canadian market in 2025"]}
        - {"text": "I noticed you opened an office in Denver.", "facts": ["Opened an office in Denver"]}
        - 'We just opened a new office in London.'
        - 'Our data center in Frankfurt keeps your data in the EU.'
        - 'If you ever expand into new regions, we scale with you.'
        - 'Happy to help as you expand the team.'
        - 'We are expanding into Europe next year.'
  - id: claim.expansion-named
    kind: unverified_claim
    severity: warn
    description: 'office openings and expansion told with the place''s name: "your new Dublin team", "expanding into Lisbon" (case-sensitive: the place is capitalized)'
    case_sensitive: true
    patterns:
      - {regex: '(?i:\b(?:your|the|its|their|a|an)\s+(?:brand[- ]new|new|second|third|first|latest|newest)\s+)(?!(?:Sales|Marketing|Engineering|Product|Support|Success|Customer|Customers|RevOps|Ops|Operations|Finance|Legal|Security|Data|Design|Growth|Enablement|SDR|BDR|AE|AEs|SDRs|BDRs|HR|People|IT|Partnerships|Partner|Platform|Leadership|Revenue|Account|Accounts|Inside|Field|Outbound|Inbound|Demand|Content|Brand|Analytics|Research|Talent|Recruiting|CS|Solutions|Pre-Sales|Presales|Enterprise|Mid-Market|SMB|Commercial|Exec|Executive|Review|Onboarding|Implementation|Services|Pilot|Trial|Beta|AI|ML|Dev|DevOps|QA|Compliance|Procurement|Admin|Management|Board|Slack|Salesforce|HubSpot|Gong|Outreach|Salesloft)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:\s+(?!(?:Sales|Marketing|Engineering|Product|Support|Success|Customer|Customers|RevOps|Ops|Operations|Finance|Legal|Security|Data|Design|Growth|Enablement|SDR|BDR|AE|AEs|SDRs|BDRs|HR|People|IT|Partnerships|Partner|Platform|Leadership|Revenue|Account|Accounts|Inside|Field|Outbound|Inbound|Demand|Content|Brand|Analytics|Research|Talent|Recruiting|CS|Solutions|Pre-Sales|Presales|Enterprise|Mid-Market|SMB|Commercial|Exec|Executive|Review|Onboarding|Implementation|Services|Pilot|Trial|Beta|AI|ML|Dev|DevOps|QA|Compliance|Procurement|Admin|Management|Board|Slack|Salesforce|HubSpot|Gong|Outreach|Salesloft)\b)\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}(?:\s+(?i:engineering|sales|support|r&d|research|tech|product|customer|operations|ops|innovation|design|regional|european|global|international|distribution|fulfillment|fulfilment|manufacturing|service|delivery|success))?\s+(?i:team|office|offices|hub|site|location|studio|hq|headquarters|warehouse|store|branch|presence|campus|facility|outpost|base|footprint|crew)\b', keywords: ['team', 'office', 'hub', 'site', 'location', 'studio', 'hq', 'headquarters', 'warehouse', 'store', 'branch', 'presence', 'campus', 'facility', 'outpost', 'base', 'footprint', 'crew']}
      - {regex: '(?i:\b(?:expand(?:ed|ing|s)?|expansion|relocat(?:ed|ing|ion)|entered|entering|enters|entry|launched|launching|launch|landed|landing|arrived|arriving|debut(?:ed|ing)?|opened|opening|open|set up|setting up|stood up|standing up|spun up|spinning up|planted|planting)(?: [a-z]+){0,3}? (?:into|to|in))\s+(?:the\s+)?(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,2}', keywords: ['expan', 'relocat', 'enter', 'entry', 'launch', 'landed', 'landing', 'arriv', 'debut', 'open', 'set up', 'setting up', 'stood up', 'standing up', 'spun up', 'spinning up', 'plant']}
      - {regex: '(?i:\bmov(?:ed|ing|es)? (?:your |its |the |their )?(?:hq|headquarters|head office|main office|offices?) (?:to|into))\s+\p{Lu}[\p{L}\p{N}&.''’-]*', keywords: ['mov']}
      - {regex: '(?i:\b(?:teams?|offices?|people|staff|presence|hubs?|employees|reps|folks) (?:now|newly|recently) (?:in|across|based in|on the ground in))\s+\p{Lu}[\p{L}\p{N}&.''’-]*', keywords: ['now in', 'now across', 'now based', 'newly', 'recently']}
    exceptions:
      - '\bif you (?:ever |later |eventually )?(?:expand|open|move|grow|launch|go|enter)\b'
      - '\bwhen(?:ever)? (?:you|teams|companies|orgs) (?:expand|open|move into|grow into|enter|launch)\b'
      - '\b(?:our|we|we''re|we''ve|ourco|us)\b[^.!?]{0,40}\b(?:expan|open|launch|enter|office|hub|team|relocat|set up|land|arriv)'
      - '\b(?:launch(?:ed|ing)?|open(?:ed|ing)?|set(?:ting)? up|spun up|stood up) (?:in|into|to) (?:the )?(?:slack|salesforce|hubspot|sandbox|production|staging|beta|trial|pilot|workspace|app|ui|browser|console|dashboard|crm)\b'
    about: 'prospect'
    facts: 'office|opened|open|\bhq\b|headquarter|location|hub|expan|launch|market|moved|reloca|facility|campus|warehouse|plant|store|branch|region|team|entered|presence'
    message: 'claims an office opening or expansion ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'With your new Dublin team up and running, time zones must be a challenge.'
        - 'Congrats on expanding into Lisbon!'
        - 'Saw that Acme Analytics is launching in Brazil next quarter.'
        - 'Saw you moved your HQ to Raleigh.'
        - 'Heard about the new Kraków engineering hub.'
        - {"text": "Congrats on opening in Lisbon!", "facts": ["Opened an office in Denver"]}
      pass:
        - {"text": "Congrats on expanding into Lisbon!", "facts": ["Expanded into Lisbon in 2025"]}
        - 'Our new Dublin team covers EMEA hours.'
        - 'With your new Sales team ramping, onboarding matters.'
        - 'Since you are moving to HubSpot, the sync is ready.'
        - 'We launched in Slack last year.'
        - 'Happy to help the new SDR team ramp faster.'
        - 'If you expand into Canada, we scale with you.'
  - id: claim.growth-figures
    kind: unverified_claim
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
      - 'grow'
      - 'team of'
      - 'company of'
      - 'org of'
      - 'workforce of'
      - 'staff of'
      - 'headcount of'
      - 'force of'
      - 'jumped'
      - 'surged'
      - 'soared'
      - 'skyrocket'
      - 'ballooned'
      - 'exploded'
      - 'figure'
      - 'gmv'
      - 'run rate'
      - 'run-rate'
      - 'exceeded'
      - 'cleared'
    patterns:
      - '\b(?:\d[\d,.]*\+?\s?(?:k|m)?|hundreds|thousands|millions|tens of thousands) (?:of )?(?:new |paying |active |enterprise |happy |global )?(?:customers|clients|users|employees|people|staff|engineers|sales reps|reps|members|subscribers|downloads|merchants|hires|team members|stores|locations|drivers|sellers)\b'
      - {regex: '\b(?:crossed|crossing|hit|hitting|reached|reaching|passed|passing|surpassed|topped|broke) (?:\w+ ){0,2}(?:\d[\d,.]*\s?(?:k|m|million|billion)?\+?|the) (?:\w+ ){0,2}?(?:customers|users|employees|subscribers|downloads|merchants|arr|mrr|in revenue|revenue|milestone|mark)\b', keywords: ['crossed', 'crossing', 'hit', 'hitting', 'reached', 'reaching', 'passed', 'passing', 'surpassed', 'topped', 'broke']}
      - {regex: '\b(?:doubled|doubling|tripled|tripling|quadrupled|quadrupling|grew|grown|scaled) (?:your |the |its |their )?(?:team|headcount|revenue|arr|mrr|customer base|user base|workforce|staff|sales|engineering team|sales team|business)\b', keywords: ['doubled', 'doubling', 'tripled', 'tripling', 'quadrupled', 'quadrupling', 'grew', 'growing', 'grown', 'scaled', 'scaling']}
      - {regex: '[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|b|bn|billion)? (?:in )?(?:arr|mrr|revenue|annual revenue|annual recurring revenue|sales|bookings)\b', keywords: ['arr', 'mrr', 'revenue', 'sales', 'bookings']}
      - {regex: '\b(?:hiring spree|hypergrowth|hyper-growth)\b', keywords: ['hiring spree', 'hypergrowth', 'hyper-growth']}
      - {regex: '\b\d+(?:\.\d+)?(?:%|x) (?:revenue |customer |user |headcount |yoy |year-over-year )?(?:growth|increase in (?:revenue|customers|users|headcount))\b', keywords: ['growth', 'increase']}
      - {regex: '\b(?:grew|growing|grown|increased|doubled|tripled) (?:your |its |the |their )?(?:revenue|arr|sales|bookings|headcount|team|customer base)(?: by)? \d+(?:\.\d+)?(?:%|x)', keywords: ['grew', 'growing', 'grown', 'increased', 'doubled', 'tripled']}
      - {regex: '\b(?:team|headcount|company|org|workforce|staff|customer base|user base|sales team|engineering team|sales org) (?:has |have |)(?:grown|grew|doubled|tripled|quadrupled|expanded|scaled|ballooned) (?:to (?:over |more than |nearly |almost |about )?\d[\d,.]*\s?(?:k|m)?\+?|since (?:last|the)|this year|in the (?:last|past)|over the (?:past|last)|(?:\d+|two|three|four)x)', keywords: ['grown', 'grew', 'doubled', 'tripled', 'quadrupled', 'expanded', 'scaled', 'ballooned']}
      - {regex: '\b\d[\d.,]*\s?(?:million|billion|thousand)\+? (?:of )?(?:\w+ )?(?:customers|clients|users|employees|subscribers|members|merchants|downloads|sellers|drivers)\b', keywords: ['million', 'billion', 'thousand']}
      - {regex: '\bheadcount (?:is |has )?(?:up|grown|grew|growing|increased|jumped|doubled) (?:by )?\d+(?:\.\d+)?(?:%| percent)', keywords: ['headcount']}
      - {regex: '\b(?:grew|grown|growing|grow|scaled|scaling|expanded|expanding|doubled|tripled|increased|increasing) (?:\w+ ){0,3}?(?:by |over |more than |nearly |almost |roughly )?\d+(?:\.\d+)?(?:x|%| percent)(?! (?:faster|more|less|fewer|quicker|cheaper|better))', keywords: ['grew', 'grown', 'growing', 'grow', 'scaled', 'scaling', 'expanded', 'expanding', 'doubled', 'tripled', 'increased', 'increasing']}
      - {regex: '\b(?:a|your|the|its) (?:\w+ )?(?:team|company|org|organization|workforce|staff|headcount|sales force|salesforce|sales org) of (?:over |more than |nearly |about |almost |around |roughly |some )?(?:\d{1,3}(?:,\d{3})+|\d{3,})\+?', keywords: ['team of', 'company of', 'org of', 'organization of', 'workforce of', 'staff of', 'headcount of', 'force of', 'sales org of']}
      - {regex: '\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a|half a|a quarter|several|a couple) (?:million|billion|hundred thousand)\+? (?:of )?(?:new |paying |active |monthly |daily |happy )?(?:customers|clients|users|subscribers|members|merchants|downloads|sellers|drivers|shoppers|patients|students|learners|players|installs)\b', keywords: ['million', 'billion', 'hundred thousand']}
      - {regex: '\b(?:headcount|team|workforce|staff|customer base|user base|revenue|arr|mrr|sales team|engineering team|sales org|employee count|customer count|user count|company|business) (?:has |have |had |just |nearly |almost |more than |roughly |basically |already |reportedly )*(?:doubled|tripled|quadrupled|ballooned|exploded|skyrocketed|surged|jumped|soared)\b', keywords: ['doubled', 'tripled', 'quadrupled', 'ballooned', 'exploded', 'skyrocket', 'surged', 'jumped', 'soared']}
      - {regex: '\b\d[\d,]{2,}(?:st|nd|rd|th) (?:customer|client|user|employee|hire|store|location|member|subscriber|merchant|seller)\b', keywords: ['customer', 'client', 'user', 'employee', 'hire', 'store', 'location', 'member', 'subscriber', 'merchant', 'seller']}
      - {regex: '\b(?:eight|nine|ten|8|9|10)[- ]figures?\b', keywords: ['figure']}
      - {regex: '\b(?:crossed|crossing|hit|hitting|reached|reaching|passed|passing|surpassed|surpassing|topped|topping|broke|breaking|cleared|exceeded|exceeding) (?:the )?[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|b|bn|billion)?\+? (?:in |of )?(?:arr|mrr|revenue|sales|bookings|gmv|tpv|gross merchandise|payment volume|payments|transactions|run rate|run-rate|annual revenue)\b', keywords: ['crossed', 'crossing', 'hit', 'hitting', 'reached', 'reaching', 'passed', 'passing', 'surpass', 'topped', 'topping', 'broke', 'breaking', 'cleared', 'exceed']}
      - {regex: '\b(?:arr|mrr|revenue|sales|bookings|gmv|run rate|run-rate|customer count|user count|headcount) (?:just |has |have |recently |officially |finally |now )*(?:crossed|hit|passed|surpassed|topped|reached|broke|cleared|exceeded)\b', keywords: ['arr', 'mrr', 'revenue', 'sales', 'bookings', 'gmv', 'run rate', 'run-rate', 'count', 'headcount']}
      - {regex: '\b(?:arr|mrr|revenue|sales|bookings|gmv|run rate|run-rate|valuation) (?:of |over |above |north of |past |at |near |approaching |topping |exceeding |beyond |now at |now over )(?:more than |over |about |nearly |roughly )?[$€£]\s?\d[\d.,]*\s?(?:k|m|mm|million|b|bn|billion)\b', keywords: ['arr', 'mrr', 'revenue', 'sales', 'bookings', 'gmv', 'run rate', 'run-rate', 'valuation']}
    exceptions:
      - '\b(?:when|as|once|if|until) (?:teams|companies|orgs|organizations|you|a team|your team) (?:\w+ )?(?:grow|grows|scale|scales|reach|reaches|hit|hits|pass|passes|cross|crosses|get to|gets to)\b'
      - '\bif you (?:ever )?(?:grow|scale|expand|hire|raise|reach|hit)\b'
      - '\b(?:help|helps|helping|helped|can|could|will|would|should|might|let|lets|to help|use us to|used us to|using us to) (?:you |your team |teams |them |the team |companies |customers )?(?:\w+ )?(?:grow|scale|double|triple|increase)\b'
      - '\b(?:scales?|handles?|supports?|serves?|built for|designed for) (?:up )?to (?:a |one |several )?(?:million|billion)\b'
    about: 'prospect'
    facts: 'customer|client|user|employee|people|staff|headcount|team|revenue|\barr\b|\bmrr\b|grew|growth|double|triple|member|subscriber|download|hire|hiring|engineer|rep|merchant|store|location|profit|break-?even|cash'
    message: 'claims a customer, headcount or revenue figure ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'With your headcount up 50% this year, onboarding is tough.'
        - 'With 2 million customers on your platform, scale matters.'
        - 'Congrats on crossing 10,000 customers!'
        - 'Saw that you now have 500 employees.'
        - 'Impressive that you doubled your headcount this year.'
        - 'Now that your team has grown to 400, review gets harder.'
        - 'Your team has tripled since last year.'
        - 'Congrats on hitting $50M in ARR.'
      pass:
        - 'One of our customers just crossed 2 million users.'
        - {"text": "Congrats on crossing 10,000 customers!", "facts": ["Serves more than 10,000 customers"]}
        - 'Most teams of 40 to 60 reps are live in 2 weeks.'
        - 'We now serve 3,000 customers.'
        - 'Our plan covers up to 25 users.'
        - 'When teams grow past 400 reps, review gets hard.'
        - 'Our team has grown to 50 people.'
        - 'Teams like yours usually cut ramp time by 30 percent.'
  - id: claim.launch
    kind: unverified_claim
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
      - 'shipped'
      - 'shipping'
      - 'went live'
      - 'going live'
      - 'general availability'
    patterns:
      - '\b(?:launch(?:ed|es|ing)?|unveil(?:ed|ing|s)?|rolled out|rolling out|released|debut(?:ed|s)?|introduc(?:ed|ing)|announc(?:ed|ing))(?: of)? (?:your|the|a|an|its|their) (?:brand[- ])?(?:new |first |latest )?(?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|tool|suite|program)\b'
      - '\b(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|tool|suite) (?:launch|release|debut|unveiling|announcement)\b'
      - {regex: '\b(?:your|its|their) (?:brand[- ])?new (?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|copilot|agent|extension|sdk|portal|suite|tool)\b', keywords: ['product', 'app', 'platform', 'feature', 'plan', 'add-on', 'offering', 'tier', 'module', 'version', 'service', 'marketplace', 'assistant', 'integration', 'api', 'dashboard', 'line', 'copilot', 'agent', 'extension', 'sdk', 'portal', 'suite', 'tool']}
      - {regex: '\b(?:congrat\w*|kudos|saw|seen|loved|love|loving|read|noticed|heard|caught|watched|excited|exciting|impressive|nice|cool|awesome) (?:[\w-]+ ){0,4}?the (?:brand[- ])?new (?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|copilot|agent|extension|sdk|portal|suite|tool)\b', keywords: ['product', 'app', 'platform', 'feature', 'plan', 'add-on', 'offering', 'tier', 'module', 'version', 'service', 'marketplace', 'assistant', 'integration', 'api', 'dashboard', 'line', 'copilot', 'agent', 'extension', 'sdk', 'portal', 'suite', 'tool']}
      - {regex: '\bthe (?:brand[- ])?new (?:[\w-]+ ){0,2}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|copilot|agent|extension|sdk|portal|suite|tool) (?:looks|looked|seems|sounds) (?:great|amazing|awesome|slick|impressive|fantastic|cool|excellent|really|super|so)\b', keywords: ['product', 'app', 'platform', 'feature', 'plan', 'add-on', 'offering', 'tier', 'module', 'version', 'service', 'marketplace', 'assistant', 'integration', 'api', 'dashboard', 'line', 'copilot', 'agent', 'extension', 'sdk', 'portal', 'suite', 'tool']}
      - '\b(?:shipped|shipping|went live with|going live with|rolled out|rolling out|unveiled|unveiling|released|releasing|launched|launching)(?: of)? (?:your|the|a|an|its|their) (?:brand[- ])?(?:new |first |latest |long-awaited )?(?:[\w-]+ ){0,3}?(?:product|app|platform|feature|plan|add-on|offering|tier|module|version|service|marketplace|assistant|integration|api|dashboard|line|tool|suite|program|copilot|agent|extension|sdk|portal|experience)\b'
      - '\b(?:general availability|went ga|is now ga|now generally available)\b'
    exceptions:
      - '\b(?:our|we|we''ve|we''re|we just|relaylane|ourco)\b[^.!?]{0,40}\b(?:launch|unveil|roll|releas|debut|introduc|announc)'
      - '\blaunch (?:checklist|plan|timeline|date|call|meeting|kit)\b'
    about: 'prospect'
    facts: 'launch|unveil|roll|releas|debut|introduc|announc'
    facts_share_words: true
    message: 'claims a product launch ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Saw the mobile app launch on LinkedIn.'
        - {"text": "Loved the launch post for your new self-serve plan.", "facts": ["Launched a mobile app in 2025"]}
        - 'Loved the launch post for your new self-serve plan.'
        - 'Congrats on launching the AI assistant!'
      pass:
        - {"text": "Congrats on launching the AI assistant!", "facts": ["Launched an AI assistant in 2025"]}
        - 'We just launched a new dashboard for reviewers.'
        - 'Our new release ships next week.'
        - 'Happy to walk you through the launch checklist we use.'
  - id: claim.launch-named
    kind: unverified_claim
    severity: warn
    description: 'product launches told with the product''s name: "the launch of Acme Insights", "unveiled Copilot Studio" (case-sensitive: the product is capitalized)'
    case_sensitive: true
    patterns:
      - {regex: '(?i:\b(?:launch|launching|unveiling|release|debut|rollout|roll-out|introduction|general availability) of)\s+(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,3}', keywords: ['launch', 'unveil', 'release', 'debut', 'rollout', 'roll-out', 'introduction', 'general availability']}
      - {regex: '(?i:\b(?:launched|unveiled|released|introduced|debuted|rolled out|shipped|announced))\s+(?!(?:HubSpot|Salesforce|Gong|Outreach|Salesloft|Slack|Zoom|Notion|Jira|Zendesk|Intercom|Marketo|Pardot|Apollo|ZoomInfo|LinkedIn|Microsoft|Google|Office|Teams|Copilot|ChatGPT|Q[1-4]|H[12]|I|Monday|Tuesday|Wednesday|Thursday|Friday|January|February|March|April|May|June|July|August|September|October|November|December|The|Our|A|An)\b)\p{Lu}[\p{L}\p{N}&.''’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.''’-]*){0,3}\b(?!\s+(?i:numbers|results|earnings|report|figures|guidance|update))', keywords: ['launched', 'unveiled', 'released', 'introduced', 'debuted', 'rolled out', 'shipped', 'announced']}
    exceptions:
      - '\b(?:our|we|we''ve|we''re|we just|ourco|us)\b[^.!?]{0,40}\b(?:launch|unveil|roll|releas|debut|introduc|announc|ship)'
    about: 'prospect'
    facts: 'launch|unveil|roll|releas|debut|introduc|announc|ship|available'
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
    severity: warn
    keywords:
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
      - '\b(?:stepped|stepping|steps|step) (?:down|aside)\b'
      - '\b(?:ceo|cto|cfo|cro|coo|cmo|cpo|ciso|cio|cdo|chro|chief [a-z]+(?: [a-z]+)? officer|vp(?: of)?(?: [a-z]+){0,2}|svp(?: of)?(?: [a-z]+){0,2}|evp(?: of)?(?: [a-z]+){0,2}|vice president(?: of)?(?: [a-z]+){0,2}|head of [a-z]+(?: [a-z]+)?|president|chair(?:man|woman|person)?|general counsel|general manager|managing director|founder|co-founder|board member|director of [a-z]+|(?:sales|revenue|marketing|engineering|product|customer success|growth|finance|people|operations|revops|gtm|go-to-market|security|data|technology|executive|business) leader)(?:''s)? (?:departure|resignation|exit|retirement|transition)\b'
      - '\b(?:resigned|retired|departed|ousted|was fired|were fired|left the company|leaving the company|parted ways)\b'
      - {regex: '\b(?:your|its|the) (?:ceo|cto|cfo|cro|coo|cmo|cpo|president|founder|co-founder|chief [a-z]+(?: [a-z]+)? officer|vp(?: of [a-z]+)?|head of [a-z]+) (?:left|leaving|is leaving|has left|departed|stepped back|moved on|exited)\b', keywords: ['left', 'leaving', 'departed', 'stepped back', 'moved on', 'exited']}
    exceptions:
      - '\b(?:step|stepped|stepping) (?:down|aside) (?:from|the) (?:the )?(?:call|meeting|project)\b'
      - '\b(?:i|we|i''m|i am|we''re|we are)\b(?:(?!\b(?:that|your|their|its|the|his|her)\b)[^.!?]){0,24}\b(?:step|stepped|stepping) (?:down|aside)\b'
    about: 'prospect'
    facts: 'step(?:ped|s|ping)? (?:down|aside)|resign|retir|depart|ousted|fired|left|parted|exit|transition'
    message: 'claims a leadership departure ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'I read that your CEO is stepping down.'
        - 'I saw your CTO left for Google.'
        - 'Heard your CEO stepped down last month.'
        - 'Saw that Jordan Lee stepped down as CEO.'
        - {"text": "Heard your CEO stepped down last month.", "facts": ["Appointed Jordan Lee as CEO in January 2025"]}
      pass:
        - 'We are stepping down the pilot to one team.'
        - {"text": "I saw your CTO left for Google.", "facts": ["Their CTO left for Google in 2025"]}
        - {"text": "Sorry to hear your CEO stepped down.", "facts": ["CEO Maria Diaz stepped down in March 2025"]}
        - 'I stepped down from the call early, sorry.'
        - 'I am happy to step aside if someone else owns this.'
  - id: claim.profitability
    kind: unverified_claim
    severity: warn
    keywords:
      - 'profitab'
      - 'cash flow'
      - 'cash-flow'
      - 'break-even'
      - 'break even'
      - 'in the black'
    patterns:
      - '\b(?:becoming|became|become|turned|turning|now|being|reached|reaching|hit|hitting) (?:cash[- ]flow )?(?:profitable|cash[- ]flow positive|break[- ]even)\b'
      - '\bprofitability\b'
      - '\bin the black\b'
      - {regex: '\bcash[- ]flow positive\b', keywords: ['cash']}
    about: 'prospect'
    facts: 'profit|break-?even|cash[- ]flow positive|in the black'
    message: 'claims profitability ("{match}") that no verified fact about {account} supports'
    examples:
      fire:
        - 'Congrats on your first cash-flow positive quarter.'
        - 'Congrats on becoming profitable this year.'
        - 'Saw you hit profitability last quarter.'
      pass:
        - {"text": "Congrats on your first cash-flow positive quarter.", "facts": ["Became cash-flow positive in 2025"]}
        - {"text": "Congrats on becoming profitable!", "facts": ["Became profitable in 2024"]}
        - 'Our customers reach profitability on the pilot within months.'
        - 'We became profitable in 2022.'
`;
