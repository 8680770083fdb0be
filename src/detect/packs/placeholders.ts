/**
 * placeholders: template variables and bracketed fields the agent never filled ({{first_name}},
 * [Company Name], <FIRST NAME>, %FIRST_NAME%), filler (XXX, TBD, lorem ipsum) and the marks of a
 * failed merge ("Hi undefined,", "Hi ,").
 */
export const PLACEHOLDERS_PACK = String.raw`
pack: placeholders
description: 'Unfilled template fields and filler.'
rules:
  - id: placeholder.template-variable
    kind: placeholder
    severity: warn
    keywords:
      - '{'
      - '%'
      - '[['
      - '<<'
      - '__'
      - '*|'
    patterns:
      - '\{\{[^{}\n]{0,60}\}\}'
      - '\$\{[^{}\n]{1,40}\}'
      - '\{[a-z_][a-z0-9_.-]{1,40}\}'
      - '%[a-z]+(?:_[a-z]+)*%'
      - '\[\[[^\[\]\n]{1,40}\]\]'
      - '<<\s*[a-z_]+(?:[ _][a-z]+){0,3}\s*>>'
      - '\*\|[a-z_0-9]+\|\*'
      - '\{[a-z][a-z ]{1,30}\}'
      - '\b__+[a-z]+(?:_[a-z]+)*__+'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - 'Hi {{first_name}}, quick note.'
        - 'Your {company} team.'
        - 'Dear %FIRST_NAME%,'
        - "Hello \x24{firstName},"
        - 'Hi [[Name]],'
        - 'About <<COMPANY>> today.'
        - 'Hi __FIRST_NAME__,'
      pass:
        - 'We grew 50% year over year and 20% this quarter.'
        - 'Use the {} button in the editor.'
  - id: placeholder.bracket-field
    kind: placeholder
    severity: warn
    keywords:
      - '['
      - '<'
      - '(insert'
      - '(add'
      - '(enter'
      - '(fill'
      - '(your'
      - '(their'
      - '(prospect'
      - '(company'
    patterns:
      - '\[[^\[\]\n]{0,40}\b(?:name|names|company|first|last|title|role|date|time|insert|your|their|recipient|prospect|contact|industry|city|product|link|url|number|amount|placeholder|customer|account|todo|tbd|x{2,}|pain point|value prop|metric|competitor|personali[sz]ation|personali[sz]ed|fill|add|enter|choose|pick|specific|relevant|example|case study|stat|statistic|figure|percentage|quote|logo|detail|details|here|something|location|team|department|goal|challenge|tool|feature|event|meeting|day|month|year|price|discount|budget|signature|sender|rep|email|phone)\b[^\[\]\n]{0,40}\]'
      - '\[[a-z]+(?:_[a-z]+)+\]'
      - '<[^<>\n]{0,30}\b(?:name|names|company|first|last|title|role|date|time|insert|your|their|recipient|prospect|contact|industry|city|product|link|url|number|amount|placeholder|customer|account|todo|tbd|x{2,}|pain point|value prop|metric|competitor|personali[sz]ation|personali[sz]ed|fill|add|enter|choose|pick|specific|relevant|example|case study|stat|statistic|figure|percentage|quote|logo|detail|details|here|something|location|team|department|goal|challenge|tool|feature|event|meeting|day|month|year|price|discount|budget|signature|sender|rep|email|phone)\b[^<>\n]{0,30}>'
      - '\((?:insert|add|enter|fill in|your|their|prospect''s|company) [^()\n]{1,40}\)'
      - '\[x{1,3}\]'
      - '\[(?:\?+|\.\.\.|…|_+|-+)\]'
    exceptions:
      - '<\/?(?:a|b|i|p|br|div|span|strong|em|ul|li|ol|html|body|table|tr|td|img|h[1-6])\b'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - 'I work with [Company Name] teams.'
        - 'Hi [first name],'
        - 'See [link to case study].'
        - 'We help <company> ramp.'
        - 'Hi [recipient_name],'
        - 'Teams like (insert company) love it.'
        - '[Insert relevant stat here]'
      pass:
        - 'See the deck [PDF, 2 pages].'
        - 'We support SSO (SAML and OIDC).'
        - 'Our <b>new</b> plan.'
        - 'Pricing [annual, billed yearly].'
  - id: placeholder.caps-field
    kind: placeholder
    severity: warn
    case_sensitive: true
    keywords:
      - '<'
      - '['
      - 'insert'
      - 'fill in'
    patterns:
      - '<[A-Z]{2,}(?:[ _][A-Z]{2,}){0,4}>'
      - '\[[A-Z]{2,}(?:[ _][A-Z]{2,}){0,4}\]'
      - '\b(?:INSERT|FILL IN|ADD|ENTER) [A-Z][A-Z ]{2,30}\b'
    exceptions:
      - '\[(?:pdf|ppt|pptx|doc|docx|xls|xlsx|csv|soc|iso|gdpr|hipaa|api|sso|ai|us|uk|eu|faq|roi|nda|msa|sow|pov|poc)\]'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - 'Hi <FIRST NAME>,'
        - 'Welcome [COMPANY_NAME] team.'
        - 'INSERT CASE STUDY HERE'
      pass:
        - 'Attached [PDF] for review.'
        - 'We are SOC 2 compliant.'
  - id: placeholder.filler
    kind: placeholder
    severity: warn
    case_sensitive: true
    keywords:
      - 'xx'
      - 'tbd'
      - 'tbc'
      - 'tktk'
      - 'lorem'
      - 'undefined'
      - 'null'
      - 'nan'
      - '[object'
      - '??'
    patterns:
      - '\bX{2,}\b(?! ?(?:l|s)\b)'
      - '\bTBD\b'
      - '\bTBC\b'
      - '\bTKTK\b'
      - '(?i:\blorem ipsum\b)'
      - '\bundefined\b'
      - '\b(?:NULL|null|NaN)\b'
      - '\[object Object\]'
      - '(?<=\s)\?\?+(?=[\s,.])'
    exceptions:
      - '\bnull (?:and|&) void\b'
      - '\b(?:null|undefined) (?:value|values|field|fields|check|pointer|hypothesis)\b'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - 'Pricing is XXX per seat.'
        - 'Go-live date TBD.'
        - 'Hi undefined,'
        - 'Dear null,'
        - 'Lorem ipsum dolor sit amet.'
        - 'We saved ?? hours last month.'
      pass:
        - 'Go-live date to be decided together.'
        - 'Exxon and Xerox are fine.'
        - 'None of that matters unless it helps you.'
        - 'The contract is null and void only if both sides agree.'
  - id: placeholder.empty-greeting
    kind: placeholder
    severity: warn
    scope: [greeting]
    keywords:
      - ' ,'
      - ' —'
      - ' –'
      - ' -'
      - '  '
    patterns:
      - '^\s*(?:hi|hello|hey|dear)(?: +,| +[—–-](?!\w)| {2,}\S)'
    message: 'the greeting has an empty name: "{match}"'
    examples:
      fire:
        - "Hi ,\n\nQuick note."
        - "Hi  —\n\nFollowing up."
      pass:
        - "Hi Dana,\n\nQuick note."
        - "Hello!\n\nQuick note."
        - "Hello,\n\nQuick note."
`;
