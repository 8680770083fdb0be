/**
 * placeholders: template variables and bracketed fields the agent never filled ({{first_name}},
 * [Company Name], <FIRST NAME>, %FIRST_NAME%), filler (XXX, TBD, lorem ipsum) and the marks of a
 * failed merge ("Hi undefined,", "Hi ,").
 */
import { LABELLED_LANGUAGE, TEXT_FOLLOWS } from '../disclaimers.js';
import { anyCase, OWNER_TAG } from './shared.js';

/** A command-line flag's value left for the reader ("--from-prometheus <YOUR_PROMETHEUS_URL>"), for both bracket rules. */
const FLAG_SLOT = String.raw`(?:^|\s)--?[a-z][\w-]*[ =]<[^<>\n]{1,40}>`;
/** What the reader types into a form of their own system ("- Host: <your SAP Gateway host>"), for both bracket rules. */
/** A time zone after a time, in square brackets ("Tuesday 9 September at 14:00 [Prague time]"): a note, not a slot, for both bracket rules. */
const TIME_ZONE_AFTER_TIME = String.raw`\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?[\[(][\p{L} ]{2,30}? time\s*[\])]`;
/**
 * An attachment named in brackets, for both bracket rules: a file name with its type
 * ("[Saltmeadow_MNDA.pdf]", "[Beispiel_Arbeitsvertrag.docx]"), what is attached ("[Quote PDF
 * attached]", "[attached as PDF]", "[revised quote enclosed]") or "attached" in the language the
 * email is written in ("[w załączniku]", "[im Anhang]", "[en pièce jointe]"): the reader's copy is
 * with the email, no slot was left to fill (forty-second session, MC MD MF MG).
 */
/** A date's format spelt out, in brackets or after "format": "Date of birth (DD/MM/YYYY)" (forty-seventh session, WS), for both filler rules; "on MM/DD/YYYY" stays a slot. */
const DATE_FORMAT_SPELT = String.raw`\((?:dd|mm|yyyy|yy)(?:[/.-](?:dd|mm|yyyy|yy)){2}\)|\b(?:format|formatted as|written as|in the form)\s*:?\s*(?:dd|mm|yyyy|yy)(?:[/.-](?:dd|mm|yyyy|yy)){2}\b`;
/**
 * "Attached" in Russian, Ukrainian and Greek, as the scan's folded text spells them (anyCase):
 * "[у вкладенні]", "[в приложении]", "[συνημμένο]" (forty-third session, NO).
 */
const ATTACHED_CYRILLIC_GREEK = anyCase(['в приложении', 'во вложении', 'вложение', 'приложение', 'у вкладенні', 'вкладення', 'у додатку', 'додаток', 'додається', 'прикріплено', 'συνημμένο', 'στο συνημμένο']);
const ATTACHMENT_SLOT = String.raw`\[[^\[\]\n]{1,80},[ \t]*(?:pdf|docx?|xlsx?|word|excel|powerpoint|pptx?|csv|zip)(?:,? (?:[\d.,]+ ?[kmg]b|\d{1,3} pages?))?\]|\[[^\[\]\n]{0,80}\.(?:pdf|docx?|xlsx?|xlsm|csv|pptx?|key|pages|numbers|odt|ods|odp|rtf|txt|zip|7z|rar|png|jpe?g|gif|svg|heic|ics|eml|msg|mp4|mov|mp3|wav|json|xml|html?)(?:,? [\d.,]+ ?[kmg]b)?\]|\[(?:[\p{L}\d''’&-]+ ){0,8}(?:attached|enclosed|included|sent separately)(?: (?:as|in) (?:an? )?[\p{L}\d.-]+(?: (?:file|document|format))?| (?:below|above|here|separately|to this email)|:[ \t](?![^\[\]\n]{0,40}\b(?:insert|fill in|add|tbd|tbc|todo|to do|xx+|name of|customer name|company name)\b)[^\[\]\n]{1,80})?\.?\]|\[(?:attached|enclosed|see attached|see attachment|see enclosed)(?: (?:as|in) (?:an? )?[\p{L}\d.-]+| [\p{L}\d.-]+(?: (?:file|document|version|copy))?|(?: again)?(?: below| above| here)?(?: for (?:reference|your reference|convenience|ease)))?\]|\[(?:[\p{L}\d.-]+ ){0,2}(?:w załączniku|załącznik|im anhang|siehe anhang|anhang|anbei|en pièce jointe|pièce jointe|ci-joint|adjunto|ver adjunto|en adjunto|archivo adjunto|em anexo|anexo|segue em anexo|in allegato|allegato|bijgevoegd|in de bijlage|bijlage|bifogad|bifogat|bilaga|vedhæftet|vedlagt|vedlegg|liitteenä|liite|přiloženo|v příloze|příloha|mellékelve|melléklet|anexat|în atașament|ekte|ekli|lampiran|terlampir|添付|添付ファイル|附件|见附件|첨부|첨부 파일|المرفقات|المرفق|مرفق|w zał\.|přílohou|מצורף|מצורפת|מצורפים|בקובץ המצורף|קובץ מצורף|u prilogu|prilog|ceangaltán|ceangailte|iatán|atodiad|ynghlwm|atodedig|${ATTACHED_CYRILLIC_GREEK.regex})(?: [^\[\]\n]{0,40})?\]|\[(?:(?:ملف|קובץ|dosya|fichier|archivo|arquivo|datei|file|plik|soubor|bestand|fil) (?:pdf|excel|word|docx?|xlsx?|pptx?|csv|zip)|(?:pdf|excel|word|docx?|xlsx?|pptx?|csv|zip) (?:file|document|copy|version|ملف))\]`;
/**
 * A redaction mark in a forwarded or quoted message: "From: [name and address removed at his
 * request]", "[redacted]" (fifty-third session, KO). Something was taken out on purpose, no slot left.
 */
const REDACTION_MARK = String.raw`\[[^\[\]\n]{0,40}\b(?:removed|redacted|withheld|omitted|anonymi[sz]ed)\b[^\[\]\n]{0,40}\]`;
/** Where a link is, said in brackets: "[link in the Teams meeting chat]" (fifty-third session, RZ), for both bracket rules. */
/** A screenshot or image captioned in brackets, or a bracket saying where the real one is: "[Screenshot 2: the invitation email as parents see it]", "[a proper diagram is in the attached PDF]" (fifty-fourth session, NAP, NAL). */
const IMAGE_CAPTION = String.raw`\[(?:screenshot|image|figure|fig\.?|photo|picture|diagram|chart|graphic|video|gif|map)s?(?: \d{1,2})?(?:\s*[:–—-]\s*[^\]\n]{2,100}| (?:below|above|inside|attached|enclosed))\]|\[[^\]\n]{0,60}\b(?:is|are) in the attached\b`;
/** French words that, within 300 characters of a space before "!", "?" or ";", say the text is French, whose typography puts the space there (placeholder.empty-merge). */
const FRENCH_NEAR = String.raw`vous|nous|votre|vos|notre|nos|merci|bonjour|bonsoir|cordialement|avec|pour|est|sont|les|des|une|cette|je|tu|très|dans|chez|être|salut|bonne|nouveau|nouveaux|nouvelle|nouvelles|quel|quelle|quels|quelles|pourquoi|comment|déjà|toujours|aussi|durée|mois|jusqu`;
const LINK_LOCATION = String.raw`\[(?:the )?link (?:is )?(?:in|on) (?:the |your )?[\p{L} -]{1,30}?(?:chat|invite|invitation|calendar|portal|email|message|thread|channel)\]`;
/**
 * A checklist's status tag opening its line, with whose it is: "[DONE] Staff logins created", "[TO
 * DO – Target Co] Publish the website update" (forty-second session, NH), for both bracket rules.
 */
const STATUS_TAG_LINE = String.raw`(?:^|\n)[ \t]*\[(?:done|to ?do|open|closed|pending|in progress|blocked|complete|completed|ongoing|wip|n/a|ok|yes|no|live|scheduled)(?:[ \t]*[–—-][ \t]*[^\]\n]{1,40})?\][ \t]+\S`;
const READER_FORM_SLOT = String.raw`(?:^|\n)[ \t]*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?(?:[\p{L}-]+ )?(?:host|hostname|url|base url|server|client|client id|tenant|tenant id|domain|subdomain|endpoint|instance|account id|project|project id|region|bucket|port|username|user|org|organi[sz]ation|workspace|site|site id|database|schema|api key|token|key|secret|ip|path|realm|issuer|entity id|metadata url|redirect uri|callback url)(?: \([^()\n]{1,20}\))?:[ \t]*<your[ _-][^<>\n]{1,40}>`;
/** The reader's own host in a URL ("https://<your-maximo-host>/maximo/oslc"), for both bracket rules. */
const READER_URL_SLOT = String.raw`https?://[^\s<>]{0,60}<your[-_][^<>\s]{1,40}>`;
/** The reader's id in a URL's path in setup steps ("https://login.ourco.com/saml/<TENANT_ID>"), for the bracket and capitals rules. */
const READER_URL_ID = String.raw`https?://[^\s<>]{0,80}/<[a-z][a-z0-9]*(?:_[a-z0-9]+)*_(?:id|key|token|host|domain|region|url|secret|code|guid|uuid)>`;

export const PLACEHOLDERS_PACK = String.raw`
pack: placeholders
description: 'Unfilled template fields and filler.'
rules:
  - id: placeholder.template-variable
    kind: placeholder
    severity: warn
    not_in: [mention, code]
    # '%' and '$' only with what a slot's patterns need after them: a price ("$12,000") or a share
    # ("30% of") calls up none of them.
    keywords: ['{', '}', '[[', '<<', '__', '*|', '##', '((', '<%', '&lt;', '@@', '^^', '_name', '_title', '_company', '_email',
      '%%', '%a', '%b', '%c', '%d', '%e', '%f', '%g', '%h', '%i', '%j', '%k', '%l', '%m', '%n', '%o', '%p', '%q', '%r', '%s', '%t', '%u', '%v', '%w', '%x', '%y', '%z',
      "\x24{", '$(', '$$', '$a', '$b', '$c', '$d', '$e', '$f', '$g', '$h', '$i', '$j', '$k', '$l', '$m', '$n', '$o', '$p', '$q', '$r', '$s', '$t', '$u', '$v', '$w', '$x', '$y', '$z']
    # A path parameter of an API or a URL ("GET /v2/spend/cubes/{cube_id}/export") is the reader's
    # value to fill in a request, not a slot of this draft left empty (the negative lookaheads below).
    patterns:
      - {regex: '\{\{\s*[#/^]\s*[\w.]+[^{}\n]{0,60}\}\}', keywords: ['{{']}
      - '\{\{[^{}\n]{0,60}\}\}'
      - '\$\{[^{}\n]{1,40}\}'
      - '(?!(?<=/)\{[^{}\s]{1,42}\}/)(?!(?<=\b(?:GET|POST|PUT|PATCH|DELETE|get|post|put|patch|delete) /[^\s{}]{0,80})\{)\{[\p{Ll}_][\p{Ll}\p{N}_.-]{1,40}\}'
      - '%[a-z]+(?:_[a-z]+)*%'
      - '\[\[[^\[\]\n]{1,40}\]\]'
      - '<<\s*(?!(?:and|or|to|then|the)\s*>>)[a-z_]+(?:[ _][a-z]+){0,3}\s*>>'
      - '\*\|[a-z_0-9]+\|\*'
      - '(?!(?<=/)\{[^{}\s]{1,42}\}/)(?!(?<=\b(?:GET|POST|PUT|PATCH|DELETE|get|post|put|patch|delete) /[^\s{}]{0,80})\{)\{[a-z][a-z ]{1,30}\}'
      - '\b__+[a-z]+(?:_[a-z]+)*__+'
      - '(?!(?<=/)\{[^{}\s]{1,42}\}/)(?!(?<=\b(?:GET|POST|PUT|PATCH|DELETE|get|post|put|patch|delete) /[^\s{}]{0,80})\{)\{\s*[a-z_][a-z0-9_.-]{1,40}\s*\}'
      - '\{![a-z_]+(?:\.[a-z_]+)+\}'
      - '\{\{\s*[a-z_][a-z0-9_.]{1,40}'
      - '(?<![\w{])[a-z_][a-z0-9_.]{1,40}\s*\}\}'
      - '\{%[^%\n]{1,60}%\}'
      - '<%=?[^%\n]{1,60}%>'
      - '(?<![\w$])\$[a-z][a-z_]*\$(?![\w$])'
      - '\$\([a-z_][a-z0-9_.]{1,40}\)'
      - '##[a-z_]{2,40}##'
      - '\(\(\s*[a-z_][a-z0-9_. ]{1,40}\s*\)\)'
      - '(?<![\w./@:])[@:](?:first|last|full|company|contact|account|sender|recipient|prospect|job|rep)_(?:name|title|company|email)\b'
      - '&lt;\s*[a-z][a-z _]{0,30}(?:name|company|title)[a-z _]{0,20}\s*&gt;'
      - '(?<![\w@])@@[a-z_][a-z0-9_.-]{1,40}@@(?![\w@])'
      - '(?<![\w%])%%[a-z_][a-z0-9_.-]{1,40}%%(?![\w%])'
      - '(?<![\w$])\$\$[a-z_][a-z0-9_.-]{1,40}\$\$(?![\w$])'
      - '\^\^[a-z_][a-z0-9_.-]{1,40}\^\^'
      - '(?<![\w$])\$(?:first_?name|last_?name|full_?name|name|company(?:_?name)?|title|account(?:_?name)?|contact(?:_?name)?|email|city|sender(?:_?name)?|fname|lname)\b(?!\$)'
      # Positional format slots left by a mail-merge or a code template: "Hello {0}, your demo is on {1}".
      - '(?<![\w\\)\]}$])\{\d{1,2}\}'
    exceptions:
      # A path parameter of an API listed for a developer: "GET /patients/{id}/studies", "({id} is the patients ID)" (fifty-third session, KH).
      - '\b(?:get|post|put|patch|delete|head)\s+/[^\s{}]*\{[a-z][a-z0-9_]{0,30}\}|/\{(?:[a-z]+_)?(?:id|uuid|guid|slug|key|code|number)\}(?:/|\s|$)|(?<![#$%])\{(?:[a-z]+_)?(?:id|uuid|guid|slug|key|code|number)\} is (?:the|a|an|your)\b'
      # A path parameter of an API endpoint, named after it (forty-fourth session, PF): "GET https://api.orchardly.io/v2/blocks/{block_id}/forecast … Here {block_id} is the ID shown next to each block".
      - '\b(?:get|post|put|patch|delete)\s+(?:https?://)?[\w.-]+(?:/[\w.{}-]*)*\{[\w.-]+\}|\bhere,? \{[\w.-]+\} (?:is|means|stands for)\b'
      # The slot named to explain it: "{lineId} is the path parameter for the production line".
      - '\{[\w.-]+\}\s+(?:is|are) (?:the|a|an) (?:path |query |url |route |request |template )?(?:parameter|param|placeholder|variable)\b'
      - '%(?:appdata|localappdata|userprofile|programfiles|programdata|temp|tmp|homepath|homedrive|systemroot|windir|path|username|computername|public|allusersprofile)%'
      # A GUID in braces is an identifier, not a slot: "{A49C13EA-31EC-4F4A-8B77-41D2005C3727}".
      - '\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - '{{#if is_regulated}}We''re also IRAP assessed at PROTECTED level.{{/if}}'
        - 'Hi {{first_name}}, quick note.'
        - 'Your {company} team.'
        - 'Dear %FIRST_NAME%,'
        - "Hello \x24{firstName},"
        - 'Hi [[Name]],'
        - 'About <<COMPANY>> today.'
        - 'Hi __FIRST_NAME__,'
        - 'Hi {!Contact.FirstName},'
        - 'Hello {{ contact.first_name }},'
        - 'Hi $FirstName$,'
        - 'Hi { first_name },'
        - 'Hi {{first_name,'
        - 'Hi ##FirstName##,'
        - 'Hi ((first_name)),'
        - 'Hi @first_name,'
        - 'Hi <%= first_name %>,'
        - 'Hello &lt;First Name&gt;,'
        - 'How is $company handling review?'
        - 'Hi $first_name,'
        - 'I have looped in @@SDR_NAME@@ for scheduling.'
        - 'Great to see %%company%% growing.'
        - 'Hi $$FirstName$$,'
        - 'Your rep ^^owner.name^^ will follow up.'
        - 'Hello {0}, your demo with our team is confirmed for {1}.'
      pass:
        - 'It''s ~/.config/ourco/config.toml on Linux and macOS, %APPDATA%\ourco\config.toml on Windows.'
        - 'We grew 50% year over year and 20% this quarter.'
        - 'The COM class ID is {A49C13EA-31EC-4F4A-8B77-41D2005C3727} if your IT team needs it.'
        - 'The pattern \d{3} matches the three-digit area code.'
        - 'Use << and >> to move between pages.'
        - 'In the email template, {{first_name}} is replaced automatically with each contact''s first name.'
        - 'Use the {} button in the editor.'
        - 'It costs $12 and $15 per seat.'
        - 'Ping @sam_ortiz on Slack.'
        - 'Our API returns JSON.'
        - 'Email sam@@ourco.com was a typo.'
        - 'Margins moved 40%% to 50%% (sic) in the old report.'
        - 'Ratio is 3:1 in most pilots.'
  - id: placeholder.bracket-field
    kind: placeholder
    severity: warn
    not_in: [mention, code]
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
      - '⟨'
      - '«'
      - '【'
      - '〈'
      - '‹'
      - '「'
      - '(name'
      - '(first'
      - '(last'
      - '(full'
      - '(contact'
      - '(recipient'
      - '(number'
      - '(amount'
      - '(price'
      - '(#'
      - '(n)'
      - '(x)'
      - '(date'
      - '(time'
      - '(percent'
      - '(%'
      - '(metric'
      - '(stat'
      - '(link'
      - '(url'
      - '(calendar'
      - '(booking'
    patterns:
      - {regex: '\[(?:ad|soyad|ad soyad|isim|şirket|şirket adı|firma|firma adı|unvan)\]', keywords: ['[ad', '[soyad', '[isim', '[şirket', '[firma', '[unvan']}
      - '\[[^\[\]\n]{0,40}\b(?:name|names|company|first|last|title|role|date|time|insert|your|their|recipient|prospect|contact|industry|city|product|link|url|number|amount|placeholder|customer|account|todo|tbd|x{2,}|pain point|value prop|metric|competitor|personali[sz]ation|personali[sz]ed|fill|add|enter|choose|pick|specific|relevant|example|case study|stat|statistic|figure|percentage|quote|logo|detail|details|here|something|location|team|department|goal|challenge|tool|feature|event|meeting|day|month|year|price|discount|budget|signature|sender|rep|email|phone)\b[^\[\]\n]{0,40}\]'
      - '\[[a-z]+(?:_[a-z]+)+\]'
      - '<[^<>\n]{0,30}\b(?:name|names|company|first|last|title|role|date|time|insert|your|their|recipient|prospect|contact|industry|city|product|link|url|number|amount|placeholder|customer|account|todo|tbd|x{2,}|pain point|value prop|metric|competitor|personali[sz]ation|personali[sz]ed|fill|add|enter|choose|pick|specific|relevant|example|case study|stat|statistic|figure|percentage|quote|logo|detail|details|here|something|location|team|department|goal|challenge|tool|feature|event|meeting|day|month|year|price|discount|budget|signature|sender|rep|email|phone)\b[^<>\n]{0,30}>'
      # A field has no full stop inside: "(Your reply goes to the Ourco sales team.)" is a sentence.
      - '\((?:insert|add|enter|fill in|your|their|prospect''s|company) [^()\n]{1,40}(?<![.!?])\)'
      - '\[x{1,3}\]'
      - '\[(?:\?+|\.\.\.|…|_+|-+)\]'
      - '\((?:first |last |full |company |your |their |contact |recipient |prospect )?name\)'
      - '[⟨«【〈‹「][^⟩»】〉›」\n]{0,30}(?:name|company|first|last|title|role|date|time|insert|your|their|recipient|prospect|contact|industry|city|product|link|url|number|amount|placeholder|customer|account)[^⟩»】〉›」\n]{0,30}[⟩»】〉›」]'
      - '\((?:number|amount|price|#|n|x|date|time|percent|%|metric|stat|link|url|link here|calendar link|booking link|insert link)\)'
      - '\[(?:n|#+|\$|%|\s*)\]'
    exceptions:
      # An empty checkbox opening a checklist's line beside ticked ones: "[  ] Baseline simulation scheduled." (fifty-fourth session, NBT).
      - '(?:^|\n)[ \t]*\[ ?\]?[ \t]*\][ \t]+\S|(?:^|\n)[ \t]*\[[ \t]{1,3}\][ \t]+\S'
      # An open item's owner in a list of questions: "Should Ro-Ro trailers be included from day one? (Your team to decide)" (fifty-fourth session, NBJ).
      - '\((?:your|their) [\p{L}]+ to (?:decide|confirm|choose|advise|check|review)\)'
      # A screenshot or image captioned in brackets: "[Screenshot 2: the invitation email as parents see it]", "[screenshot 1 below]", "[screenshots inside]" (fifty-fourth session, NAP);
      # a bracket telling where the real one is: "[a proper diagram is in the attached PDF]" (NAL).
      - '${IMAGE_CAPTION}'
      # A remark in brackets with its own verb, the readers figure told back: "(your IT team estimated one week each)" (fifty-third session, RZ).
      - '\(your (?:[\p{L}-]+ ){1,3}(?:estimated|said|told us|mentioned|confirmed|asked|agreed|quoted|reported|suggested|measured|counted)\b[^()\n]{0,60}\)'
      # Where a link is, said in brackets: "[link in the Teams meeting chat]" (fifty-third session, RZ).
      - '${LINK_LOCATION}'
      # Where something came from, in brackets: "(your reply to our customer survey in November)" (fifty-first session, GY).
      - '\(your (?:reply|answer|response|note|email|message|comment|feedback|words|question|request|survey answers?) (?:to|on|in|from|at|during|about)\b[^()\n]{0,60}\)'
      # The marks of a checklist named in prose: "The [x] items are done; the [ ] items are still open." (fifty-first session, EY).
      - '\b(?:the|an?|each|every|any) \[[ xX✓✔]?\] (?:items?|boxes|box|lines?|entries|entry|ones|marks?|rows?|tasks?)\b'
      # A comparison named in brackets: "Total payroll cost (their previous two providers vs Kilnworth) went up by roughly 6%" (forty-seventh session, VV).
      - '\((?:your|their|our) [^()\n]{1,40}\b(?:vs\.?|versus|compared (?:with|to)|against)\b[^()\n]{1,40}\)'
      # Where a figure came from, in brackets: "31% less time spent on paperwork per funeral (their own time logs)" (forty-sixth session, UQ).
      - '\((?:their|our|your|his|her|its) own [\p{L} -]{2,30}\)'
      # A blank sheet described, with who fills it and when: "a laminated wash sheet [blank – we'll fill it in together at the changeover visit]" (forty-ninth session, ZE).
      - '\[[^\]\n]{0,20}[–—-] (?:we''ll|we will|i''ll|you''ll|we can|we''ve) [^\]\n]{1,60}\]'
      - '\[attached (?:to this (?:email|message)|here|below|separately)(?: as (?:a |an )?[^\]\n]{1,30})?\]'
      # A colleague's role abbreviated in brackets: "Amir (their TM) wants to know…" (forty-ninth session, YS).
      - '\((?:their|your|his|her|our|the) (?:tm|cto|ceo|cfo|coo|cio|ciso|hr|it|pm|md|gm|ops|hod|dpo|fm|qa|qc|ehs|hse|cmo|vp|svp|evp|cso|pa|ea|sm|dm|am|csm|ae|sdr|bdr|se|cs)\)'
      # A document referred to by its number: "our quote for the roll-out attached [quote BC-Q-2025-044, 3 pages]" (forty-ninth session, YK);
      # an example given in brackets: "a room in one of your offices (your Ngongotahā office, for example)" (YM).
      - '\[[^\[\]\n]{0,30}(?<![\p{L}\d])[a-z]{1,5}(?:-[a-z0-9]{1,6}){0,3}-\d{2,}(?![\p{L}])[^\[\]\n]{0,30}\]'
      - '\((?:your|their) [^()\n]{1,40},? (?:for example|for instance|e\.g\.|say|perhaps|maybe)\)'
      # An action item's owner tag: "Share the Xero integration guide. [Owner: me, attached to this email]" (forty-fifth session, TY).
      - '\[owners?\s*:\s*[^\]\n]{1,60}\]'
      # A company's registration number given: "Ourco Ltd (company no. 516384201)" (forty-fifth session, TT).
      - '\(company (?:no\.?|number|reg(?:istration)?\.?(?: no\.?| number)?|id|registration) ?[:#]? ?[\da-z]{0,3}\d'
      # Whose request or idea a change was: "Appointment book now remembers the last vet you filtered by (your nurse Jade's request)" (forty-fifth session, TQ).
      - '\((?:at |per |on |from )?(?:your|their) [^()\n]{0,40}(?:request|suggestion|idea|ask|wish|feedback|question|point)\)'
      # A redaction, marked as one: "To: [customer name removed]", "[details redacted]" (forty-fourth session, OP).
      - '\[[^\]\n]{1,40}\b(?:removed|redacted|withheld|omitted|anonymi[sz]ed|hidden|blanked|deleted for privacy)\]'
      # An instruction to the reader in brackets: "ROI worksheet (fill in your own numbers)" (forty-third session, NU).
      - '\((?:please )?(?:fill in|enter|add|use|insert|plug in) (?:your own|your)\b[^)\n]{0,30}\)'
      # A change marked for the reader in a revised proposal: "12 months [was 24 months; the multi-year discount no longer applies]" (forty-third session, NQ).
      - '\[(?:was|previously|formerly|before|old|changed from|updated from|up from|down from|moved from|now)\b[^\]\n]{1,160}\]'
      # A remark in brackets, with its verb: "(your procurement team signed one in June)" (thirty-eighth session, XA).
      - '\((?:your|their) [^()\n]{0,40}\b(?:signed|said|mentioned|asked|told|sent|shared|has|have|had|is|are|was|were|did|does|will|can|uses|used|needs|needed|agreed|approved|confirmed|already|still)\b[^()\n]{0,40}\)'
      # A role named by who plays it, then its verb: "the controller (your practice) must report a notifiable breach".
      - '\b[a-z][\w-]+ \((?:your|their) [\w-]+(?: [\w-]+)?\) (?:must|should|is|are|has|have|will|can|may|needs?|remains?|decides?|owns?|signs?)\b'
      # An aside with its own verb and object: "a dedicated batch system (your current controls vendor offers one)".
      - '\((?:your|their) (?:[\w-]+ ){1,4}[a-z]+s (?:one|this|that|it|the|them|us|our|each|every|all|a|an|some|these|those|both)\b[^()\n]*\)'
      - '${TIME_ZONE_AFTER_TIME}'
      - '${ATTACHMENT_SLOT}'
      - '${REDACTION_MARK}'
      - '\(your (?:[\w-]+ ){0,3}(?:called|said|asked|named|described|mentioned|wanted|flagged|reported|chose|picked)\b[^)\n]*\)'
      - '\(your (?:ref(?:erence)?\.?|ref no\.?|ticket|case|matter|po|order|invoice|file)(?: (?:no\.?|number|#))?:? [a-z0-9][\w./-]*\d[\w./-]*\)|\(your [^()\n]*\d[^()\n]*\)'
      - '\((?:your |our |the )?(?:po|order|ref|reference|invoice|ticket|case|quote|quotation|contract)(?: no\.?| number| #)?\s*#?\s*[\d][\d -]{3,}\)'
      - '[a-z][\w''’.-]+ \(your (?:[\w.-]+ ){0,4}[\w-]+\)(?=\s*[:,;.)])'
      - '\b[a-z][\w''’.-]+ \((?:your|their) (?:team|side|company|org|organi[sz]ation|it|it team|legal|finance|procurement|security|security team|end|office|cfo|ceo|cto|ciso)\)(?=\s*(?:[:,;.)]|to\b|will\b|and\b|&|$))'
      - '\((?:your|their) [^()\n]{0,30}(?:→|->|=>)[^()\n]{0,30}\)'
      - '<[^<>\s@]+@[^<>\s@]+\.[a-z]{2,}>'
      - '\((?:your|their) (?:[\w''’-]+ ){0,3}(?:survey|figures?|numbers|data|estimates?|reports?|words|measure(?:ment)?s?|count|source|calculations?|study|benchmark|dashboard|records?|audit|reading|results|stats)\)'
      - '\((?:your|their) [^()\n]{0,40}\b(?:we|us|i|i''ll|we''ll|you)\b[^()\n]{0,30}\)'
      - '\((?:your|their) (?:[\w-]+ ){1,2}[a-z]+s (?:this|that|it|the|them|us|our|each|every|all)\b'
      - '\d[\d,.]* [\p{L}-]+ \((?:your|their|the) (?:current|latest|actual|reported|own|existing|live|today''s|present) [\p{L} -]{2,40} (?:in|on|from|per|as of|at) [^()\n]{1,40}\)'
      # A time zone after a time: "Friday at 15:00 (your time)".
      - '\((?:your|my|our|local|their) time(?: zone)?\)'
      # A note on a value just given: "US cards: 2.7% + 25¢ (your negotiated rate)".
      - '(?:\d|%|¢|[$€£¥₺₦₹])\s*\((?:your|their) [^()\n]{1,40}\)'
      - '[\p{L}\d] \((?:%|\$|€|£|¥|usd|eur|gbp|chf|kg|g|lb|km|mi|m|h|hrs?|days?|mins?|ms|mb|gb|tb|units?|qty)\)'
      - '(?:authorization:\s*bearer|bearer|\bexport\s+[a-z_][a-z0-9_]*=|\b[a-z_][a-z0-9_]*=)\s*["'']?<[^<>\n]{1,40}>'
      # What the reader types into a form or a URL of their own system: "- Host: <your SAP Gateway host>", "https://<your-maximo-host>/maximo/oslc".
      - '${READER_FORM_SLOT}'
      - '${READER_URL_SLOT}'
      - '${READER_URL_ID}'
      - '[a-z][\w''’.-]+ \(your (?:[\w-]+ ){0,3}[\w-]+\)(?=\s*(?:[:,;.)]|and\b|&|$))'
      - '\((?:your|their) [^()\n]{0,30}\b(?:has|have|had|is|are|was|were|can|could|will|would|gets?|got|needs?|did|does|already|still|usually|normally|typically|often|generally|also|probably|likely|may|might|should|works?|stays?|applies|apply|counts?|shows?|fits?|runs?)\b[^()\n]{0,40}\)'
      - '\(your [\p{L}-]+ (?:property|site|office|plant|store|hotel|warehouse|depot|facility|location|branch|campus|clinic|hospital|factory|mill|yard|team|region|division|entity|subsidiary|brand)\)'
      - '\((?:your|their) (?:team|legal|it|finance|cfo|ceo|procurement|security team|admins?) (?:agreed|said|asked|confirmed|mentioned|noted|requested|prefers|wants|decided)\b'
      - '\((?:your|their) (?:own )?(?:number|template|list|spreadsheet|format|version|count|headcount|estimate|figure)\b|\((?:your|their) [\w-]+(?: [\w-]+)?,'
      # An aside that goes on after a comma: "(your existing dbt models, unchanged)"; "(your company name, city)" stays a field.
      - '\((?:your|their) (?:[\w-]+ ){2,4}[\w-]+, (?!(?:name|title|role|company|email|phone|date|city|address|position|country)\b)[a-z]'
      - '\((?:your|their) [^()\n]{0,40}[:;][^()\n]*\)'
      - '\((?:your|their) (?:own )?(?:numbers|figures|data|words|estimate|estimates|baseline|request|quote|stats|metrics|survey|results|experience|term|phrase|wording|team''s numbers)\b'
      - '\((?:your|their) (?:new |dedicated |main |primary |named |day-to-day )?(?:csm|am|ae|account manager|account executive|success manager|customer success manager|engineer|consultant|rep|representative|solutions engineer|project manager|point of contact|sponsor|executive sponsor|admin|administrator|it lead|champion|trainer|implementation lead|support engineer)\)'
      - '\((?:your|their) [^()\n]{0,30}(?:\+|&|\band\b|\bvs\.?\b|\bplus\b) (?:our|my|the)\b'
      - '^\s*(?:[-*•]\s*)?\[ ?[xX✓]?\]\s+\S'
      - '\((?:your|their) [^()\n]{0,30}\bv?\d+(?:\.\d+)+\)'
      - '\b(?:exhibit|appendix|schedule|annex|attachment|section|clause|tab|sheet|file|document|item|slide|page|table|figure)\s+[\w.-]{1,6}\s*\((?:your|their)\b'
      - '<\/?(?:a|b|i|p|br|div|span|strong|em|ul|li|ol|html|body|table|tr|td|img|h[1-6])\b'
      - '(?:^|\s)[-*•]\s+\[[ x]?\]'
      - '\x60[^\x60\n]*[<\[][^\x60\n]*\x60'
      - '[\w=]<[a-z][^<>\n]{0,40}>'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - 'Merhaba [Ad],'
        - 'We help (your company name) teams cut onboarding time.'
        - 'Teams like (your company name) use it daily.'
        - 'I work with [Company Name] teams.'
        - 'Hi [first name],'
        - 'See [link to case study].'
        - 'We help <company> ramp.'
        - 'Hi [recipient_name],'
        - 'Teams like (insert company) love it.'
        - '[Insert relevant stat here]'
        - 'Hi (Name),'
        - 'Hi «first_name»,'
        - 'Hi 【Company】,'
        - 'This saves (number) hours a week.'
        - 'We helped [N] teams.'
        - 'This saves [#] hours a week.'
        - 'Quick idea on [ ].'
        - 'Here is the deck: (link)'
        - 'Pricing is [$] per seat.'
      pass:
        - "Best regards,\nNova\nAI sales assistant, Ourco\n(Your reply goes to the Ourco sales team.)"
        - 'Delivery is confirmed for week 14 (your PO 4510 2277 6593 0018).'
        - '- HSM integration for the root key (your PCI DSS 4.0 requirement): Shira to confirm supported models'
        - '- Sidecar resource limits in production: Yossi (your team) to review'
        - "Inbound (your sources → collector)\n- UDP/TCP 514 and TCP 6514 (syslog, syslog over TLS)"
        - 'From: Lauren Price <lauren.price@ourco.com>'
        - 'Near-misses dropped from 31 to 12 (your safety team''s figures).'
        - 'Forklift incidents fell 40% in the first year (their safety manager''s estimate).'
        - '9:45 – Your current handover process (your team leads this, we listen)'
        - '10:30 – Budget review (their finance lead runs this part)'
        - 'export OURCO_API_KEY="<your-api-key>"'
        - '- Kelsey (your QA lead): review them and flag anything that is off.'
        - 'Sunil (your side), Grace (Ourco) | 3 March'
        - 'The dashboard is shared across the workspace (your whole team has access), so nobody needs a separate login.'
        - '- One hotel (your Hamburg property), 42 housekeeping staff'
        - '- Draft work orders older than six months (your team agreed these can be archived)'
        - 'The completed questionnaire (your template, all 212 rows) is attached.'
        - '- 14 dispatchers (your number)'
        - '1. Data retention after termination (your request: 30 days; ours: 90 days)'
        - 'Dwell time fell from 2h40 to 1h55 in six months (their numbers; every yard is different).'
        - 'Cost today (your numbers from our call)'
        - '- Problem and current cost (your figures)'
        - '- Me (your CSM) to schedule the kickoff'
        - 'Priya (your solutions engineer) will join on Thursday.'
        - 'They''d like a combined proposal (your services + our licences) rather than two separate ones.'
        - '[ ] Kick-off call (booked for Tuesday 9 April, 2:00 pm EST)'
        - '- [x] Set up SSO with Azure AD'
        - 'Attached is the completed security questionnaire (your template v4.2), along with:'
        - '- Exhibit B (your updated insurance requirements)'
        - 'See Appendix 2 (your signed data processing terms).'
        - 'See the deck [PDF, 2 pages].'
        - 'We support SSO (SAML and OIDC).'
        - 'Our <b>new</b> plan.'
        - 'Pricing [annual, billed yearly].'
        - 'I am at a conference (SaaStr) this week.'
        - 'The price is $12,000 (annual).'
        - "Task list:\n- [ ] sign the order form\n- [x] security review"
        - 'The link (below) has the details.'
        - 'Reply with (1) your timeline and (2) your budget.'
        - "The CLI will prompt you with \x60password: <your password>\x60 the first time you run \x60ourco login\x60."
        - 'Run export STRIPE_SECRET_KEY=sk_test_<your test key> before starting the sample app.'
  - id: placeholder.bracket-words
    kind: placeholder
    severity: warn
    not_in: [mention, code]
    description: 'a bracketed slot of plain words ("[recent news]", "<pain point>") the agent never filled; file types, e-mail tags, time zones, citations and Markdown links pass'
    keywords:
      - '['
      - '<'
    patterns:
      - {regex: '\((?:insert |add |put |paste |place )?(?:the )?(?:customer|client|company|partner|prospect)?\s?(?:logo|image|screenshot|photo|chart|graph|quote|testimonial|stat|statistic|case study|video|gif)s? (?:here|goes here|to come|tbd|tbc)\)', keywords: ['logo', 'image', 'screenshot', 'photo', 'chart', 'graph', 'quote', 'testimonial', 'stat', 'case study', 'video', 'gif']}
      - {regex: '<\s*(?:insert|add|include|put|paste|enter|fill in|mention|drop in|use)\b[^<>\n]{1,100}>', keywords: ['<']}
      - '\[(?!(?:sic|sp|pdf|ppt|pptx|docx?|xlsx?|csv|zip|png|jpe?g|gif|mp4|video|audio|image|photo|slides|recording|attachment|attached|external|ext|internal|secure|encrypted|encrypt|spam|suspected spam|caution|warning|fyi|reminder|update|updated|new|important|urgent|action required|ps|p\.s\.|ad|sponsored|beta|alpha|preview|draft|redacted|removed|edited|translated|laughs|laughter|pt|et|ct|mt|pst|est|cst|mst|pdt|edt|cdt|mdt|utc|gmt|cet|cest|bst|ist|jst|aest|am|pm|eu|us|uk|emea|apac|latam|ai|api|sso|faq|roi|nda|msa|sow|dpa|baa|poc|pov|soc ?2|iso|gdpr|hipaa|ccpa|x|ok|yes|no|done|open|closed|complete|completed|pending|in progress|blocked|ongoing|resolved|live|not started|on hold|on track|at risk|late|n/a|webinar|invitation|invite|event|guide|report|demo|free trial|case study|last chance|ebook|e-book|podcast|blog|whitepaper|survey|offer|promo|sale|announcement|press release|job|hiring|newsletter|video call|live|recap|follow-up|follow up|intro|introduction)\])[\p{L}][\p{L} _''/&.-]{1,40}\](?!\()'
      - '<(?!\/|(?:a|b|i|u|p|s|q|br|hr|div|span|strong|em|ul|li|ol|html|body|table|tr|td|th|img|h[1-6]|blockquote|pre|code|small|sup|sub|font|center|head|style|script|meta|link|tbody|thead|tfoot|caption|section|article|header|footer|nav|main|label|input|button|form|iframe|video|audio|source|svg|path|wbr|mark|del|ins|abbr|cite|dfn|kbd|samp|var|time|o:p|st1)\b)[a-z][a-z _''/&-]{1,30}>'
      - {regex: '(?:○○|〇〇|●●|××|△△)(?:株式会社|様|さん|社|部|課|市|県|円|名)?|【(?:要入力|要記入|要確認|入力|記入|tbd|todo)[^】\n]{0,30}】', keywords: ['○○', '〇〇', '●●', '××', '△△', '【要', '【入力', '【記入', '【tbd', '【todo']}
    exceptions:
      # A screenshot or image captioned in brackets: "[Screenshot 2: the invitation email as parents see it]", "[screenshot 1 below]", "[screenshots inside]" (fifty-fourth session, NAP);
      # a bracket telling where the real one is: "[a proper diagram is in the attached PDF]" (NAL).
      - '${IMAGE_CAPTION}'
      # Where a link is, said in brackets: "[link in the Teams meeting chat]" (fifty-third session, RZ).
      - '${LINK_LOCATION}'
      # Vietnamese "attached" in brackets: "bảng giá cho X [đính kèm]" (fifty-first session, IG).
      - '\[(?:tệp |file )?(?:đính kèm|đã đính kèm)\]'
      # A form's field marked as required or optional: "[REQUIRED] Serial number or your own inventory number", "[optional] Maker/model" (fifty-first session, GW).
      - '^\s*\[(?:required|optional|mandatory|if available|if applicable|if known)\]\s+\p{L}'
      # Owner tags of a shared checklist: "[ ] [YOU] Confirm the opening-day price list", "[US]", "[BOTH]" (fiftieth session, SE).
      - '${OWNER_TAG}'
      # Owner tags on action items: "[Gladwyn] Omar: send network test instructions to Andre by Friday" (forty-ninth session, ZF).
      - '(?:^|\n)[ \t]*(?:[-*•][ \t]*)?\[[^\]\n]{2,40}\][ \t]+[\p{L}][\p{L}''’-]+[ \t]*:[ \t]*(?:send|set up|share|confirm|book|check|draft|review|prepare|schedule|call|email|update|upload|invite|test|ship|deliver|arrange|write|run|announce|sign|order|collect|provide|agree|circulate|complete|finish)\b'
      # Which language follows, in brackets: "[Cymraeg isod / English below]", "[English follows]" (forty-seventh session, WN).
      - '\[[^\]\n]{0,30}\b${LABELLED_LANGUAGE}\b[^\]\n]{0,30}\b${TEXT_FOLLOWS}\b[^\]\n]{0,30}\]|\[[^\]\n]{0,30}\b(?:isod|thíos|ci-dessous|abajo|unten|hieronder|poniżej|sotto|abaixo)\b[^\]\n]{0,40}\]'
      # A tag in brackets opening a subject in Korean, Japanese or Chinese: "[회의 일정 확인] 6월 12일(목) 오전 10시" (forty-seventh session, VX).
      - '^\s*\[(?![^\]\n]*(?:名|日付|金額|担当|회사명|이름|날짜|성함|금액|담당))[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\d ・·/]{2,24}\]'
      # An attachment told in brackets, and a blank sheet described: "SDS sheets on the dairy wall [attached to this email as PDFs]", "a laminated wash sheet [blank – we'll fill it in together at the changeover visit]" (forty-ninth session, ZE).
      - '\[attached (?:to this (?:email|message)|here|below|separately)(?: as (?:a |an )?[^\]\n]{1,30})?\]|\[[^\]\n]{0,20}[–—-] (?:we''ll|we will|i''ll|you''ll|we can|we''ve) [^\]\n]{1,60}\]'
      # Vietnamese "[xem tệp đính kèm]" (see the attached file, ZF).
      - '\[(?:xem|vui lòng xem) (?:tệp|file) đính kèm\]'
      # Where to look, told in brackets: "[see attached XML and PDF]", Swahili "[tazama kiambatisho]" (forty-ninth session, YU, YT).
      - '\[(?:please )?(?:see|refer to|find) (?:the )?(?:attached|enclosed|attachments?)\b[^\]\n]{0,40}\]|\[(?:tazama|angalia) (?:kiambatisho|viambatisho)\]'
      # "[attached as a separate PDF]" (UZ).
      - '\[attached as (?:a |an )?(?:separate |second |single )?(?:pdf|file|document|spreadsheet|excel|word (?:file|document)|link)\]'
      # An attachment named in brackets, in English, Spanish or Catalan: "[attached again for convenience]", "[adjunta]" (forty-sixth session, UU), "[adjunt]" (forty-seventh session, VV).
      - '\[(?:attached|enclosed)(?: again| here| below)?(?: for (?:convenience|reference|your records))?\]|\[(?:adjunt(?:[oa]s?|s)?|anexad?[oa]s?|en anexo|ci-joint(?:e|s|es)?|allegat[oio]|anbei|bijlage|w załączniku)\]'
      # A note in brackets we make to the reader, with its verb: "You'll get a spreadsheet [we'll send it as an attachment] to check" (forty-fifth session, TQ);
      # "attached" in Tagalog and Malay: "ipinadala ko na ang brochure [naka-attach]" (TP).
      - '\[(?:we''ll|we will|i''ll|i will|we''ve|i''ve|we have|we can|you''ll|you will|you can) [^\]\n]{1,60}\]'
      - '\[(?:naka-?attach|nakalakip|kalakip|dilampirkan|lampiran)\]'
      # A redaction, marked as one: "To: [customer name removed]" (forty-fourth session, OP).
      - '\[[^\]\n]{1,40}\b(?:removed|redacted|withheld|omitted|anonymi[sz]ed|hidden|blanked)\]'
      # A language's name labelling its part of a bilingual email: "[한국어]" over the Korean, "[English]" over the English (forty-third session, OK).
      - '\[(?:english|한국어|deutsch|español|espanol|français|francais|italiano|português|portugues|nederlands|日本語|中文|简体中文|繁體中文|العربية|bahasa(?: [\p{L}]+)?|svenska|polski|türkçe|turkce|tiếng việt|ไทย|русский|українська|ελληνικά|magyar|čeština|română|dansk|norsk|suomi)(?: version)?\]'
      # How the changes are marked, told to the reader: "Changes are marked in [brackets]" (forty-third session, NQ).
      - '\b(?:marked|shown|highlighted|noted|flagged|written|set out|indicated) (?:in|with|by) \[[^\]\n]{1,24}\]'
      # A checklist's status tag opening its line, with whose it is: "[TO DO – Target Co] Publish the website update" (forty-second session, NH).
      - '${STATUS_TAG_LINE}'
      # A request to the reader in brackets on a checklist: "Bridge PC has a fixed IP address [please send it to us]".
      - '\[please (?:send|share|confirm|let us know|tell us|email|attach|forward|upload|add)\b[^\]\n]{0,60}\]'
      # An action item's owner in brackets, then what they do: "- [Kara] Send a sample of last month's export, by March 20".
      - '(?:^|\n)\s*(?:[-*•]|\d+[.)])?\s*\[(?!(?:name|first name|last name|full name|your name|company|company name|contact|rep|owner|person|sender|recipient|x+|tbd|tbc|someone|client|customer|prospect)\])[\p{L}][\p{L}''’.-]+(?: [\p{L}][\p{L}''’.-]+)?\]\s+(?:to )?(?:send|sends|set|sets|share|shares|book|books|confirm|confirms|schedule|schedules|review|reviews|update|updates|check|checks|sign|signs|call|calls|email|emails|prepare|prepares|draft|drafts|circulate|circulates|arrange|arranges|invite|invites|provide|provides|upload|uploads|export|exports|create|creates|add|adds|run|runs|test|tests|agree|agrees|approve|approves|follow|follows|organi[sz]e|organi[sz]es|collect|collects|order|orders|load|loads|map|maps|train|trains)\b'
      - '${TIME_ZONE_AFTER_TIME}'
      - '${ATTACHMENT_SLOT}'
      - '${REDACTION_MARK}'
      - '${FLAG_SLOT}'
      - '(?:authorization:\s*bearer|bearer|\bexport\s+[a-z_][a-z0-9_]*=|\b[a-z_][a-z0-9_]*=)\s*["'']?<[^<>\n]{1,40}>'
      - '${READER_FORM_SLOT}'
      - '${READER_URL_SLOT}'
      - '${READER_URL_ID}'
      - '\[(?:the |our |full |api |product )?(?:documentation|docs|link|links|details|pricing|price list|slides|deck|recording|video|guide|diagram|screenshot|case study|agenda|brochure|datasheet|one-pager|reference|references|specs?|sample|samples)s? (?:is |are )?(?:linked|attached|below|above|enclosed|included|in the footer)(?: below| above| here)?\]'
      - '\[(?:[\w-]+ ){0,3}(?:attached|enclosed|included|sent separately|to follow|unaudited|audited|estimated|estimate|approx\.?|approximate|approximately|preliminary|provisional|rounded|annualised|annualized|not to scale|illustrative|emphasis (?:added|mine)|my emphasis)\]'
      - '^\s*>'
      - '\x60[^\x60\n]*[<\[][^\x60\n]*\x60'
      - '[\w=]<[a-z][^<>\n]{0,40}>'
      - '^\s*(?:(?:re|fwd?|aw|wg|sv|vs|rv|tr)\s*:\s*)*\[(?!(?:company|company name|name|first|firstname|first name|last name|surname|prospect|client|customer|contact|title|role|industry|city|country|date|day|time|product|topic|pain|competitor|event|link|url|number|amount|price|metric|stat|sender|rep|signature|team|department|position|vertical|sector|region|location|season|month|quarter|year|feature|benefit|result|outcome|goal|challenge|tool|platform|software|solution|account|organization|organisation|org|business|brand|school|university|hospital|clinic|practice|store|restaurant|hotel|venue|insert|placeholder|tbd|tbc|todo|x|y|z|nombre|empresa|compañía|prénom|nom|entreprise|société|firma|vorname|unternehmen|nome|azienda|naam|bedrijf|imię|이름|회사|회사명|会社名|名前|公司|姓名|名字|tên|công ty)\])[\p{sc=Hangul}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Cyrillic}\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Greek}]{1,12}\][ \t]*[-–—:|]?[ \t]*[\p{L}\d"''“]'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - '(insert screenshot here)'
        - '(customer logo here)'
        - 'Bonjour [Prénom], je me permets de vous écrire.'
        - 'Kính gửi anh/chị [Tên],'
        - 'Our API is REST-based [insert documentation link], and most customers integrate within a week.'
        - 'I saw that [recent news].'
        - 'Congrats on [recent achievement]!'
        - 'I saw your post about [topic].'
        - 'Hi Dana, [personalize this line].'
        - 'I will send the [deck/one-pager] over.'
        - 'Quick idea on <pain point>.'
        - 'Here is how we helped [similar company].'
        - 'Teams like <company_name> usually cut review time in half.'
      pass:
        - 'A: Run ourco estimate --from-prometheus <YOUR_PROMETHEUS_URL> against your current Prometheus.'
        - 'The customer logo here is the one from your brand kit.'
        - 'curl -H "Authorization: Bearer <token>" https://api.ourco.com/v2/contacts'
        - 'Our API is REST-based [documentation linked below], and most customers have a basic integration running within a week.'
        - 'See the deck [PDF].'
        - '[EXTERNAL] Re: pricing'
        - 'The meeting is 10:00-10:30 [PT].'
        - 'See the [pricing page](https://ourco.com/pricing) for details.'
        - 'Our <b>new</b> plan.'
        - 'Pricing [annual, billed yearly].'
        - 'We saw a 3x lift [source: internal data].'
        - 'See [1] and [2] below.'
        - 'Contact me at <sam@ourco.com>.'
        - "[Webinar] How Globex cut review time"
        - 'Join our [webinar] next week.'
        - "Every request needs an \x60Authorization: Bearer <token>\x60 header."
        - "Call \x60GET /v2/drafts/[draft id]\x60 to fetch one."
        - 'Set OURCO_TOKEN=<token> in your shell.'
  - id: placeholder.caps-field
    kind: placeholder
    severity: warn
    not_in: [mention, code]
    case_sensitive: true
    keywords:
      - '<'
      - '['
      - 'insert'
      - 'fill in'
      - 'name'
      - 'fname'
      - 'lname'
      - 'company_name'
      - 'companyname'
      - 'firstname'
      - 'lastname'
      - 'fullname'
      - 'first_name'
      - 'last_name'
      - 'full_name'
      - 'sender_name'
      - 'rep_name'
      - 'recipient_name'
      - 'prospect_name'
      - 'job_title'
      - 'account_name'
      - 'contact_name'
      - 'placeholder'
      - 'here'
      - 'company'
      - 'city'
      - 'industry'
      - 'prospect'
      - 'first'
      - 'contact'
      - 'client'
      - 'customer'
      - 'recipient'
    patterns:
      - {regex: '(?i:(?<![\w#])#(?:first_?name|last_?name|company_?name|companyname|firstname|lastname|full_?name|account_?name|job_?title|title|company|city|industry|name)#)(?!\w)', keywords: ['#']}
      - {regex: '#[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*#', keywords: ['#']}
      - {regex: '\b(?:INSERT|ADD|PASTE|PUT|YOUR|ENTER)_[A-Z0-9_]{3,}\b', keywords: ['insert_', 'add_', 'paste_', 'put_', 'your_', 'enter_']}
      - '<[A-Z]{2,}(?:[ _][A-Z]{2,}){0,4}>'
      # A merge token left bare in lower-case prose ("the proposal I sent over to COMPANY last week")
      # or as the greeted name ("Hi NAME,").
      - '(?<=\b[a-z][a-z''’]*,? )(?:NAME|COMPANY|CITY|INDUSTRY|PROSPECT)(?=(?:''s|’s)?(?:[ ,.;:!?)]|$))(?! ?[A-Z]{2,})'
      - '(?:^|\n)[ \t]*(?:Hi|Hello|Hey|Dear|Hiya|Morning)[ \t]+(?:NAME|FIRST|FIRSTNAME|CONTACT|COMPANY|CLIENT|CUSTOMER|PROSPECT|RECIPIENT)[ \t]*[,!:]'
      - '\[[A-Z]{2,}(?:[ _][A-Z]{2,}){0,4}\]'
      - '\b(?:INSERT|FILL IN|ADD|ENTER) (?!(?:INTO|OVERWRITE|IGNORE|ALL|OR|COLUMN|CONSTRAINT|INDEX|PARTITION|VALUES)\b)[A-Z][A-Z ]{2,30}\b'
      - {regex: '\b(?:INSERT|FILL|ADD|ENTER|PUT|YOUR|THEIR|CLIENT|PROSPECT|CUSTOMER|TARGET)_(?:[A-Z]+_){0,2}(?:NAME|FIRSTNAME|COMPANY|COMPANYNAME|TITLE|ROLE|INDUSTRY|CITY|METRIC|PAIN|POINT|LINK|URL|DATE|PRODUCT|CONTACT|ACCOUNT|LOGO|SIGNATURE|STAT|NUMBER|TEAM|GOAL|CHALLENGE)\b', keywords: ['insert_', 'fill_', 'add_', 'enter_', 'put_', 'your_', 'their_', 'client_', 'prospect_', 'customer_', 'target_']}
      - '\b(?:FIRST_?NAME|LAST_?NAME|FULL_?NAME|COMPANY_?NAME|FNAME|LNAME|ACCOUNT_NAME|CONTACT_NAME|JOB_TITLE|SENDER_NAME|REP_NAME|RECIPIENT_NAME|PROSPECT_NAME)\b'
      - '\bPLACEHOLDER\b'
      - '(?i:\bplaceholder (?:text|copy|name|company|link|line|value|here|sentence|paragraph)\b)'
      - '\b(?:LINK|URL|CTA|LOGO|IMAGE|SIGNATURE|DATE|PRICE|NAME|COMPANY|CALENDAR LINK|BOOKING LINK) HERE\b'
      - '(?i:\b(?:insert|add|paste|put|drop) (?:the |your |a )?(?:link|url|calendar link|booking link|name|logo|image|signature) here\b)'
      - {regex: '(?<!\b(?:format|formatted|formats|as|in|use|uses|using|like|e\.g\.|style|pattern|field)[:\s]\s?(?:[\w-]+\s){0,2})\b(?:TT\.MM\.JJJJ|DD\.MM\.YYYY|DD/MM/YYYY|MM/DD/YYYY|JJ\.MM\.AAAA|DD-MM-YYYY)\b', keywords: ['tt.mm', 'dd.mm', 'dd/mm', 'mm/dd', 'jj.mm', 'dd-mm']}
      - {regex: '(?<![A-Za-z0-9])NN ?%', keywords: ['nn']}
    exceptions:
      # A question about entering something again: "WILL MEMBERS HAVE TO RE-ENTER THEIR CARDS?" (fifty-first session, IH).
      - '\bre-?enter\b'
      # A form's field marked as required or optional: "[REQUIRED] Serial number or your own inventory number" (fifty-first session, GW).
      - '^\s*\[(?:required|optional|mandatory|if available|if applicable|if known)\]\s+\p{L}'
      # Owner tags of a shared checklist: "[ ] [YOU] Confirm the opening-day price list", "[BOTH]" (fiftieth session, SE).
      - '${OWNER_TAG}'
      # A date's format spelt out: "DD/MM/YYYY" (forty-seventh session, WS).
      - '${DATE_FORMAT_SPELT}'
      # A status tag opening a checklist's line: "[DONE] Staff logins created", "[TO DO – Target Co] Publish the website update" (forty-second session, NH).
      - '${STATUS_TAG_LINE}'
      # A date format asked for: "Dates: DD/MM/YYYY format." (forty-first session, AN).
      - '\b(?:dd|mm|yyyy)(?:[/.-](?:dd|mm|yyyy|yy)){1,2} format\b|\bdates?\s*:\s*(?:dd|mm|yyyy)\b'
      # The reader's own id in a URL's path in setup steps ("https://login.ourco.com/saml/<TENANT_ID>").
      - '${READER_URL_ID}'
      - '\b(?:format|formats?|set (?:it |"?[\w ]+"? )?to|as|in|use|using|like|e\.g\.|such as)\b[^.!?\n]{0,20}(?:dd|mm)[/.-](?:mm|dd)[/.-](?:yyyy|yy)\b'
      - '${FLAG_SLOT}'
      - '(?i:\b(?:put|paste|add|insert|leave|drop) the (?:link|url|address) here\s*:?\s*https?://)'
      - '\[(?:pdf|ppt|pptx|doc|docx|xls|xlsx|csv|soc|iso|gdpr|hipaa|api|sso|ai|us|uk|eu|faq|roi|nda|msa|sow|pov|poc)\]'
      - '\[(?:pt|et|ct|mt|pst|est|cst|mst|pdt|edt|cdt|mdt|utc|gmt|cet|cest|bst|ist|jst|aest|external|ext|internal|secure|encrypt|encrypted|spam|caution|warning|fyi|reminder|update|updated|new|urgent|important|action required|ps|am|pm)\]'
      - '\x60[^\x60\n]*[<\[][^\x60\n]*\x60'
      - '[\w=]<[a-z][^<>\n]{0,40}>'
      - '\b(?:replace|swap|substitute|change) (?:the )?(?:<|\[|\{)?your_[a-z0-9_]+(?:>|\]|\})? (?:with|for|by)\b'
      # The writer says the slot stands in for the reader's own value: "in the examples below I've written YOUR_SANDBOX_KEY".
      - '\b(?:i(?:''ve| have)? (?:written|used|put|shown)|(?:is|are) (?:written|shown) as|stands? (?:in )?for|shown as|replaces?|in place of)\b[^.!?\n]{0,30}\byour_[a-z0-9_]+'
      # A credential slot in a technical sentence: "an HMAC-SHA256 of the raw body using YOUR_WEBHOOK_SECRET".
      - '\b(?:hmac|sha-?256|signature|signing|header|bearer|env(?:ironment)? var\w*|config\w*|in your code|sdk|payload|api call|request body)\b[^\n]{0,80}\byour_[a-z0-9_]*(?:key|secret|token)\b|\byour_[a-z0-9_]*(?:key|secret|token)\b[^\n]{0,80}\b(?:hmac|header|env(?:ironment)? var\w*|in your code|sdk|payload|request body)\b'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - 'A quick idea for #CompanyName#'
        - 'Hi team at #COMPANY#, quick note on payroll.'
        - 'Clients typically cut review time by NN% in the first quarter.'
        - 'Ihr Onboarding startet am TT.MM.JJJJ, wir melden uns vorher.'
        - 'Hi INSERT_NAME,'
        - 'Great to meet the team at PROSPECT_COMPANY last week.'
        - 'Hi <FIRST NAME>,'
        - 'Welcome [COMPANY_NAME] team.'
        - 'INSERT CASE STUDY HERE'
        - 'Hi FIRST_NAME,'
        - 'Hi FNAME, quick note.'
        - 'Hi FIRSTNAME, I wanted to follow up on the pilot.'
        - 'Thanks again, LASTNAME team.'
        - 'This is placeholder text.'
        - 'Here is the deck: LINK HERE'
        - 'Book a slot: insert calendar link here'
        - 'Hi NAME, quick follow-up on the proposal I sent over.'
        - 'A quick follow-up on the proposal I sent over to COMPANY last week.'
      pass:
        - 'A: Run ourco estimate --from-prometheus <YOUR_PROMETHEUS_URL> against your current Prometheus.'
        - 'Our DPA already has a clause for Brazil and I put the link here: https://ourco.com/legal/dpa-lgpd'
        - '- Jobs writing with INSERT OVERWRITE on dynamic partitions need a review.'
        - 'Ticket #4521 is closed, and #ops has the details.'
        - 'The NN model scored 92% on the benchmark.'
        - 'The export uses DD/MM/YYYY for every date column.'
        - 'Type your company name in the COMPANY field of the form.'
        - 'It was good to see the whole team at the ANZ offices in Melbourne.'
        - 'Set the CUSTOMER_ID environment variable before you run the importer.'
        - 'Attached [PDF] for review.'
        - 'We are SOC 2 compliant.'
        - 'The meeting is 10:00-10:30 [PT].'
        - '[EXTERNAL] Re: pricing'
        - 'Your NAME field maps to the CRM first name.'
        - 'The link is here: ourco.com/deck'
        - "Send \x60Authorization: Bearer <API_TOKEN>\x60 with each call."
  - id: placeholder.filler
    kind: placeholder
    severity: warn
    not_in: [mention, code]
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
      - 'x%'
      - 'n%'
      - '$x'
      - 'xk'
      - 'tk'
      - 'dolor'
      - 'consectetur'
      - 'eiusmod'
      - '___'
      - 'mm/dd'
      - 'dd/mm'
      - 'yyyy'
      - '##'
      - 'n-'
      - 'x-'
      - 'xx '
      - 'q?'
      - 'qx'
      - 'q#'
      - '20xx'
      - '19xx'
      - '20??'
      - 'fyxx'
      - 'fy xx'
      - 'todo'
    patterns:
      - {regex: '(?<![\p{L}\d])(?:[$€£¥₹₦]|USD|EUR|GBP|AED|CHF|SEK|NZD|AUD|CAD|INR|TRY|IDR)\s?\?{2,}(?![\p{L}\d])|(?<![\p{L}\d?])\?{2,}\s?(?:%|[$€£¥₹]|USD|EUR|GBP)(?![\p{L}\d])', keywords: ['??']}
      - {regex: '(?<![\w/])_{2}[/.-]_{2}[/.-]_{2,4}(?![\w/])|[€$£₹¥₩₽₺₪₦₱฿]\s?_{2,}|(?<!_)_{2,}\s?(?:€|eur|usd|\$|%)|(?:^|[\s(])(?:rs\.?|inr|sgd|aud|cad|chf|zar|brl|r\$|mxn|sek|nok|dkk|pln|kr)\s?_{2,}', keywords: ['€_', '$_', '£_', '€ _', '$ _', '£ _', '__']}
      - {regex: '\bNN (?:merchants|clients|companies|accounts|teams|stores|sites|locations|hospitals|clinics|schools|partners|brands|retailers|members|agents|reps|agencies|banks|firms|practices|restaurants)\b', keywords: ['NN']}
      - {regex: '\b(?:by|of|to|at|is|are|was|from|with|about|around|saves?|saved|cut|reduced by|up) #{2,}(?=\s|[.,;:)%]|$)', keywords: ['##']}
      - {regex: '\bNN(?:[.,]N+)? ?(?:%|percent\b|seconds\b|secs?\b|minutes\b|mins?\b|hours\b|hrs?\b|days\b|weeks\b|months\b|years\b|x\b|times\b|customers\b|users\b|staff\b|employees\b)', keywords: ['NN']}
      - {regex: '(?:^|[\n.!?:]\s*)(?i:(?:insert|add|paste|put|drop) (?:a |an |the |your |one )?(?:personali[sz]ed|custom|relevant|specific|short|catchy|tailored|strong|punchy)? ?(?:opening|intro|introduction|first|hook|closing|case study|stat|statistic|line|sentence|paragraph|greeting|compliment|reference)\b[\w -]{0,30}? here)\b', keywords: ['insert', 'add', 'paste', 'put', 'drop']}
      - '\bX{2,}\b(?! ?(?:l|s)\b)'
      # An open item whose next sentence says who settles it and when is a status, not a blank: "3. Go-live.
      # Date is TBD. We will decide after the test phase.", "Dates: TBD. Once you have a shortlist, send them over".
      # (Nor "TBC" as a dairy's total bacterial count: "a TBC or SCC problem", "the TBC results", "TBC (cfu/ml)", "TBC BEFORE | TBC AFTER" (forty-ninth session, ZE).)
      - '(?<!\b(?:a|the|your|their|our|its|his|her|high|low|average|monthly|weekly|bulk|herd) |[''’]s )\bTB[DC]\b(?!,? (?:(?:or|and) (?:[A-Z]{2,}|[a-z]+ (?:results?|counts?|levels?|figures?|readings?)|thermodurics?|somatic)|results?|levels?|counts?|figures?|readings?|scores?|dropped|rose|fell|went|stayed|creeps?|problems?|control|BEFORE|AFTER|CHANGE|\((?:cfu|CFU)))(?![ ]?/[ ]?[A-Z]{3,})(?![.;]?\s+(?:(?:We|I)(?:''ll| will| can| would| should)? (?:decide|confirm|agree|fix|set|send|share|update|let you know|book|schedule)|(?:Once|When|As soon as|After) (?:you|your|we|the|our)\b))'
      - '\bTKTK\b'
      - '(?i:\blorem ipsum\b)'
      - '\bundefined\b'
      - '\b(?:NULL|null|NaN)\b'
      - '\[object Object\]'
      - '(?<=\s)\?\?+(?=[\s,.])'
      - '(?<![\w.])[XN]{1,3}(?:\.X+)?%'
      - '(?<![\w])\$X+(?:[,.]X+)*(?:k|K|m|M)?\b'
      - '\bX{2,}(?:k|K|m|M)\b'
      - '(?<=(?:\bis|\bare|\bwas|:|=|\bon|\bby|\bat|\bof|\bfor|\bto|\bin|\babout|\baround|\bdate|\bdeadline)\s{1,3})TK(?=\s*(?:[.,;:)!?\n]|$))'
      - '(?i:\b(?:dolor sit amet|consectetur adipiscing|sed do eiusmod|ut labore et dolore)\b)'
      - '(?<=[ \t$(])_{3,}'
      # Two underscores for a number left blank: "takes __ weeks", "__% of", "$__k".
      - {regex: '(?<=[ \t$(~])_{2}(?=\s*(?:%|k\b|percent\b|hours?\b|days?\b|weeks?\b|months?\b|years?\b|minutes?\b|reps?\b|people\b|teams?\b|customers?\b|seats?\b|users?\b|sites?\b|stores?\b|x\b))', keywords: ['__']}
      # A slot in capitals inside a link: "ourco.com/videos/INSERT-VIDEO-SLUG", "?id=YOUR_ID_HERE".
      - {regex: '(?<=[/=#?&])(?:INSERT|ADD|YOUR|PASTE|REPLACE)[-_][A-Z][A-Z_-]{1,30}\b', keywords: ['insert-', 'insert_', 'add-', 'add_', 'your-', 'your_', 'paste-', 'paste_', 'replace-', 'replace_']}
      # A date format asked of the reader is no blank: "Dates must be YYYY-MM-DD", "入社日 should be YYYY-MM-DD".
      - '(?i:(?<![=])(?<!\b(?:be|in|as|use|uses|used|using|like|format|formatted|e\.g\.|expected|expects|expecting|requires|required|accepts|accepted|into|iso|:)\s{1,2})(?<!(?:\bdates?|_date|_dates|_at|_on|\bdob|\bbirth)\s{0,2}\()\b(?:mm/dd/yyyy|dd/mm/yyyy|mm/dd/yy|dd/mm/yy|yyyy-mm-dd|mm-dd-yyyy|dd\.mm\.yyyy)\b(?! format))'
      - '(?<=[ \t$~])#{2,}(?=\s*(?:%|percent\b|hours\b|days\b|weeks\b|months\b|minutes\b|reps\b|people\b|teams\b|customers\b|seats\b|users\b|x\b))'
      - '\b[NX]-(?:day|week|month|hour|minute|year|person|seat|rep|fold|point|step)\b'
      - '(?<![\w.])x{1,3}%'
      - '\bxx+ (?:days|hours|weeks|months|minutes|percent|reps|people|customers|seats|users|teams)\b'
      - '\bQ[?X#](?=\s*(?:20\d\d|20[Xx]{2}|20\?\?|FY|''\d\d)\b)'
      - '(?<=\b(?i:in|for|by|of|during|until|before|after|next|this|last|end of|from|to)\s)Q[?X#](?![\w?#])'
      - '(?:\b|(?<=FY))(?:19|20)(?:[Xx]{2}|\?\?)(?![\w?])'
      - '\bFY ?(?:[Xx]{2}|\?\?)(?![\w?])'
      - '(?<![\w.@/-])x{4,}(?![\w.@/-])'
      - '(?<=\b(?:from|and|at|with|of|like|for|to|is|are|by|on|in|as)\s)xxx(?![\w.@/-])'
      - '(?i:\b(?:link|url|stat|statistic|quote|logo|date|number|figure|case study|reference|customer|example|price|deadline|amount|name|title|testimonial)\b)[^\n:.!?]{0,20}:[ \t]*(?:TODO|TBD|TBC|TK|XXX)\b(?:[ \t]+(?i:add|insert|fill(?: in)?|put|paste|drop|find|get|link|update|confirm|before|once|when|pending)\b[^.\n]{0,40})?'
    exceptions:
      # A number's format explained: "LAB-2025-XXXX, where XXXX is a running number" (fifty-fourth session, NAR).
      - '(?i:\bx{2,}\b[^.!?\n]{0,6}\b(?:is|are|stands for|means|=) (?:a |the )?(?:running|sequential|serial|random|unique|auto-?incremented|consecutive|four-digit|3-digit|4-digit|5-digit)? ?(?:number|digits?|counter|id|sequence)\b)'
      # A date's format spelt out: "Date of birth (DD/MM/YYYY)" (forty-seventh session, WS).
      - '${DATE_FORMAT_SPELT}'
      # An unknown percentage asked about: "Can you guarantee the forecast will be within X%?" (forty-fourth session, PF).
      - '\b(?:within|by|to|of|at|over|under|above|below) x ?%\s*\?'
      - '\b(?:comes?|came|is|are|was|were|be|returns?|returned|stays?) (?:back )?(?:as )?null\b'
      - '\btbd\b[,;:]?\s+(?:(?:for now|at the moment|for the moment|still),?\s+)?(?:because|after|until|depending on|we(?:''ll| will) (?:decide|confirm|let you know|agree|set)|i(?:''ll| will) (?:confirm|inform|let you know|update|send)|as soon as)\b|\b(?:so|because|since) (?:it|the date|the dates|that|this|the venue|the time) (?:is|are) (?:still )?tbd\b|\bmarked (?:as )?tbd\b'
      - '\b(?:dd|mm)[/.-](?:mm|dd)[/.-](?:yyyy|yy)\b (?:[\w-]+ ){0,2}(?:date|dates|format|field|column|convention|style|entries|values)\b|\b(?:format|formats|formatted|convention)\b[^.!?\n]{0,30}\b(?:dd|mm)[/.-](?:mm|dd)[/.-](?:yyyy|yy)\b|\b(?:as|in|using) (?:dd|mm)[/.-](?:mm|dd)[/.-](?:yyyy|yy)\b'
      - '\bnull (?:and|&) void\b'
      - '\b(?:null|undefined) (?:value|values|field|fields|check|checks|pointer|hypothesis|spikes?|rates?|counts?|percentages?|ratios?|rows?|records?|entries|handling|columns?|ids?|keys?)\b|\bnot[ _]null\b|\bnon-null\b'
      # A null value in technical prose: "orders with a null shipping_address", "returns null", "set to null".
      - '\b(?:a|any|no|is|are|be|or|returns?|set to|sets? (?:it|them) to|defaults? to) null\b|\bnull [a-z]+_[a-z]'
      - '\btbd (?:items?|list|questions|points|column)\b'
      # An open item with its reason or its owner: "Go-live date: TBC (we'll confirm once your payroll cut-off is fixed)".
      - '\b(?:tbc|tbd|tba)\b\s*(?:[(,;:-]\s*)?(?:we''ll|we will|i''ll|i will|to be (?:agreed|confirmed|decided|set) (?:with you|together|on the call)|(?:until|pending|once|after|when|depending on|subject to|as soon as|awaiting) (?:you|your)|with you|by you|your (?:call|choice|decision|side))\b'
      # A format described to the reader: "(format EMP-XXXXX)", "e.g. GB-XXXX".
      - '\b(?:format|formatted|formats|e\.g\.|eg|for example|such as|looks? like|in the form)\b[^.!?\n]{0,20}?\b[a-z]{0,6}-?x{3,}\b'
      - '\b(?:marked|put|set|left|kept|listed|shown|noted|entered|flagged)\b[^.!?\n]{0,60}\bas tbd\b|\b(?:still|remains?|stays?) tbd\b'
      - '\b(?:dates?|timing|start|schedule|slot|venue|location|week|weekend|day|time|milestones?|kick-?off|go-live|session|workshop|training|webinar|meeting|call|seminar|onboarding)\b[^.!?\n]{0,40}\b(?:(?:is|are|was|were) (?:still|currently|deliberately)|remains?|stays?|still|marked(?: as)?|listed as|shown as|left as|put (?:[\w-]+ ){0,4}?(?:down )?as) tbd\b|\b(?:dates?|timing|start|schedule|slot|venue|location|week|weekend|day|time|milestones?|kick-?off|go-live|session|workshop|training|webinar|meeting|call|seminar|onboarding)\b[^.!?\n]{0,20}\btbd\b[,;]? (?:for now|until|because|depending|pending|while|since|as (?:we|they|you))\b'
    message: 'unfilled placeholder {match}'
    examples:
      fire:
        - '- Ourco Learn for up to 900 students at €??? per active learner per year'
        - '€__ per camera al mese, IVA esclusa.'
        - 'We already serve NN merchants in your region.'
        - 'Teams save ### hours a month.'
        - 'Batch review time reduced by ### in the pilot.'
        - 'Approvals now take NN seconds instead of days.'
        - 'Pricing is XXX per seat.'
        - 'Go-live date TBD.'
        - 'Hi undefined,'
        - 'Dear null,'
        - 'Lorem ipsum dolor sit amet.'
        - 'We saved ?? hours last month.'
        - 'We cut review time by X%.'
        - 'We can save you $X per year.'
        - 'Our plan costs $XXk per year.'
        - 'The kickoff date is TK.'
        - 'Dolor sit amet consectetur.'
        - 'Join us on ____ at ____.'
        - 'Your renewal is on MM/DD/YYYY.'
        - 'That saves ## hours a week.'
        - 'Customers see a N-day reduction in review time.'
        - 'This saves each rep x% a week.'
        - 'Customers typically see a xx days reduction in review time.'
        - 'We are planning the next intake for Q? 20XX.'
        - 'The renewal lands in Q# of next year.'
        - 'Budgets for FY20XX are set in the fall.'
        - 'Teams at xxxxx and xxxxx cut review time in half.'
        - 'We work with teams like xxx and Globex.'
        - 'Customer quote: TODO get sign-off from marketing'
        - 'Case study link: TBD once legal approves'
      pass:
        - 'Prices in €? Yes, we invoice in euros.'
        - 'Date of birth (DD/MM/YYYY) is optional.'
        - '- start_date and maturity_date (YYYY-MM-DD)'
        - 'File names like report__final.pdf are kept as they are.'
        - 'The NN model scores each reply.'
        - 'Call us at #555 from any office phone.'
        - '## Next steps'
        - '3. Go-live. Date is TBD; we will decide after the test phase.'
        - '2. Decide whether to retire the two legacy dashboards. Owner: Kwame. Target: TBD, after he''s spoken with the finance leads.'
        - 'Regarding the seminar date, we are still waiting for the venue to confirm, so it is TBD.'
        - 'Our NN model scores each invoice in under two seconds.'
        - 'Our engineering team found the cause: a date-format mismatch for leases entered with a DD/MM/YYYY commencement date.'
        - 'Go-live date to be decided together.'
        - 'Exxon and Xerox are fine.'
        - 'None of that matters unless it helps you.'
        - 'The contract is null and void only if both sides agree.'
        - 'TK Maxx is one of our customers.'
        - 'She is the TK lead there.'
        - 'We cover the TBD items in the SOW together.'
        - 'Our XL plan covers unlimited reviewers.'
        - 'You can also find us on X (formerly Twitter).'
        - 'Use code XMAS for 10% off.'
        - 'Dates in the export use MM/DD/YYYY format.'
        - "## Pricing\nThe plan is $12,000 per year."
        - 'Book an X-ray of your pipeline.'
        - 'Any Q? Just reply to this email.'
        - 'Your card ending xxxx-4421 was not charged.'
        - 'Thanks so much, Sam xxx'
        - 'Our 2025 roadmap covers Q3 and Q4.'
        - 'Your account id is xxxx@acme.io masked in the export.'
        - 'My todo list for the pilot: kickoff, SSO, training.'
        - 'The start date for onboarding is still TBD because it depends on your release calendar.'
        - '- Workshop with the second team: the date stays TBD until their managers confirm.'
        - 'I have put the cut-over weekend down as TBD until your IT team confirms.'
        - 'A couple of points are still TBD: the exact go-live week and who signs the order form.'
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
      - 'name'
      - 'contact'
      - 'recipient'
      - 'xx'
      - 'n/a'
      - ' !'
      - '{'
      - '['
      - '<'
      - '%%'
      - '('
      - 'firstname'
      - 'first name'
      - 'contactname'
      - 'recipientname'
    patterns:
      - '^\s*(?:hi|hello|hey|dear|hiya|morning|good morning|good afternoon|greetings)(?: +[,!]| +[—–-](?!\w)| {2,}\S|\s*(?:\{\s*\}|\[\s*\]|<\s*>|%%|\(\s*\)))'
      - '^\s*(?:hi|hello|hey|dear|hiya|morning|good morning|greetings)\s+(?:name|first ?name|contact ?name|contact|recipient|recipient ?name|x{2,}|n/a)\s*(?:[,!:.-]|$)'
    message: 'the greeting has an empty name: "{match}"'
    examples:
      fire:
        - "Hi ,\n\nQuick note."
        - "Hi  —\n\nFollowing up."
        - "Hi NAME,\n\nQuick note."
        - "Hi xxx,\n\nQuick note."
        - "Hi !\n\nQuick note."
        - "Good morning ,\n\nQuick note."
        - "Hi {},\n\nQuick note."
        - "Hi [],\n\nQuick note."
        - "Hi FIRSTNAME,\n\nQuick note."
      pass:
        - "Hi Dana,\n\nQuick note."
        - "Hello!\n\nQuick note."
        - "Hello,\n\nQuick note."
        - "Hello team,\n\nQuick note."
        - "Hey!\n\nQuick note."
  - id: placeholder.empty-merge
    kind: placeholder
    severity: warn
    not_in: [code]
    description: 'the gap a merge field leaves when its value is empty: two spaces between words ("Teams like  usually…"), a space before a comma or full stop ("at ."), or before "!" or "?" outside French, whose typography puts a space there, a possessive with no name (" ''s team")'
    patterns:
      # Not in a column of a plain-text table: a line next to it with a gap of three spaces or more between words (thirty-seventh session, TC).
      - {regex: '(?<!\S {3,}\S[^\n]{0,300}\n(?:[^\n]{0,300}\n)?[^\n]{0,300})[\p{L}\p{N}]+[ \t]{2,}(?!\d{5}(?:-\d{4})?\b)(?![^\n]{0,300}\n(?:[^\n]{0,300}\n)?[^\n]{0,300}?\S {3,}\S)[\p{L}\p{N}'']+', keywords: ['  ', " \t"]}
      - {regex: '[\p{L}]+[ \t]+(?:,|\.(?!\.))(?=\s|$)', keywords: [' ,', ' .']}
      # A space before ";" too, unless French is within reach, as for "!" and "?" below ("- durée : 3 mois ;", fifty-fourth session, NBY).
      - {regex: '(?<!(?<![\p{L}])(?:${FRENCH_NEAR})(?![\p{L}])[\s\S]{0,300})[\p{L}]+[ \t]+;(?=\s|$)(?![\s\S]{0,300}(?<![\p{L}])(?:${FRENCH_NEAR})(?![\p{L}]))', keywords: [' ;']}
      # After a word, a space before "!" or "?", unless French is within reach (its function words, three hundred
      # characters either side): French sets them apart with a space ("Aïd Moubarak !", "Ça va ?", forty-seventh session, VO).
      - {regex: '(?<!(?<![\p{L}])(?:${FRENCH_NEAR})(?![\p{L}])[\s\S]{0,300})[\p{L}]+[ \t]+[!?](?=\s|$)(?![\s\S]{0,300}(?<![\p{L}])(?:${FRENCH_NEAR})(?![\p{L}]))', keywords: [' !', ' ?']}
      # After a preposition the mark has lost what it was about, in any language ("How are things at ?", "Ça se passe comment chez ?").
      - {regex: '(?<![\p{L}])(?:at|for|with|from|to|about|like|of|chez|avec|pour|sur|dans|bei|mit|für|von|con|para|por)[ \t]+[!?](?=\s|$)', keywords: [' !', ' ?']}
      - {regex: '(?<=\s)''s\b', keywords: [' ''s']}
    exceptions:
      # A plan's dates as a column: "Week of 5 May    Kick-off call (45 min)", "12 May   Your data export arrives".
      - '^[ \t]*(?:[-*•][ \t]*)?(?:(?:week|w/c|wc|month) (?:of |commencing |starting )?)?\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?(?: \d{4})?[ \t]{2,}\S'
      # A log line's level, padded to a column: "2025-06-18T07:14:02Z WARN  ourco-agent tls: …".
      - '\b(?:info|warn|warning|error|debug|trace|fatal|notice|crit)[ \t]{2,}\S'
      # Dutch "'s" (des): "'s ochtends", "'s middags", "'s-Hertogenbosch".
      - '(?<=\s)''s[- ](?:ochtends|morgens|middags|avonds|nachts|zomers|winters|werelds|lands|maandags|dinsdags|woensdags|donderdags|vrijdags|zaterdags|zondags|hertogenbosch|gravenhage)\b'
      # A questionnaire's item code, then its question ("SEC-14  MFA enforced for all staff?", "Req 4.1  The system shall…").
      - '(?:^|\n)\s*[a-z]{1,8}[-_. ]?\d{1,4}(?:[.-]\d+)*[ \t]{2,}\S'
      - '^[ \t]*(?:[-*•][ \t]*)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]*(?:[-–—]|to)[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?[ \t]{2,}\S'
      - '^[ \t]*(?:[-*•][ \t]*)?(?:done|open|todo|to do|ok|n/a|yes|no|pass|fail|passed|failed|wip|tbc|closed|pending|complete|completed|live|ready|blocked|in progress|not started|green|amber|red|✓|✔|✗|☐|☑|x)[ \t]{2,}\S'
      - 'https?://\S+ [.,;:!?]'
      - '\b(?:bic|swift)(?: code)?\b[^.!?\n]{0,30}\b[a-z]{6}[a-z0-9]{2}(?:xxx|[a-z0-9]{3})?\b'
      - '^[ \t]*(?:[-*•][ \t]*)?(?:\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?|(?:weeks?|wks?|days?|steps?|phases?|stages?|sprints?|months?|q)[ \t]?\d{1,2}(?:[ \t]?(?:[-–—/&+]|to|and)[ \t]?\d{1,2})?|\d{1,3}[.)]?|[a-z][.)])[ \t]{2,}\S'
      - '^[ \t]{2,}\S[^\n]*?\S[ \t]{2,}\S'
      # A price or figure column, with its unit or a word or three after it: "Onboarding, training, data import   4,500 one-off".
      - '\S[ \t]{2,}(?:[a-z]{0,3}[$€£₹]|[$€£₹])?\d[\d,.%]*(?:[ \t]*(?:\([^)\n]{0,60}\)|[\p{L}][\p{L}/.-]*)){0,3}[ \t]*\n?$'
      - '\S[ \t]{2,}\S[^\n]*?\S[ \t]{2,}\S'
      - '[\p{L}\p{N}][ \t]{4,}[\p{L}\p{N}]'
      # French typography puts a space before ? ! ; and : in a sentence written in French.
      - '(?<![\p{L}])(?:vous|nous|je|est|pas|les|des|une|un|pour|votre|vos|notre|avec|dans|sur|merci|bonjour|cordialement|très|à|être|peut|pouvez|serait|sinon|même|tu|te|ton|ta|tes|le|la|du|au|aux|et|mais|donc|cette|ces|il|elle|ils|elles|qui|que|c''est|ou|où|chez|sans|selon|en|bonne|bon|bonnes|bons|mes|leur|leurs|tout|toute|tous|toutes|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|bientôt|de|dont|ont|avons|avez|utilise|utilisent)(?![\p{L}])(?:[^.!?\n]*\p{L})?[ \t]+[?!;]'
      # French typography's space before "!" and ";" where the French words come after it or the
      # line is a French greeting ("Bienvenue ! Vos premiers pas…", "OpenID Connect ; MFA obligatoire pour les comptes").
      - '^\s*(?:bienvenue|merci|bravo|bonjour|bonsoir|f[ée]licitations|attention|rappel|voil[àa]|salut|bonne (?:journ[ée]e|ann[ée]e|semaine|r[ée]ception))[ \t]+[!?;:]|[\p{L}\p{N}][ \t]+[;!?][ \t]+[^.!?\n]*\b(?:vous|nous|les|des|pour|votre|vos|notre|avec|dans|est|sont|obligatoire|disponible|possible|merci|une|du|aux)(?![\p{L}])'
    message: 'an empty merge field: "{match}"'
    examples:
      fire:
        - 'Hope the team at  is doing well this week.'
        - 'Teams like  usually cut review time in half.'
        - 'I noticed  is hiring SDRs.'
        - 'How is the team at  handling review?'
        - 'Happy to share how teams like yours work at .'
        - 'Curious how ''s team handles review today.'
      pass:
        - 'here''s the case study i mentioned, https://ourco.com/customers/hartwell . tl;dr they cut their forecast call in half'
        - 'Pour le virement, notre BIC est BNPAFRPPXXX ; merci d''indiquer la référence de facture.'
        - '12 months   US$9.50'
        - '- 8:00  Breakfast'
        - '10:00  Introductions and goals for the day'
        - 'Week 1   Admin setup, user import, SSO with your Google Workspace'
        - 'Weeks 1–2   Kick-off, system access, data extraction from SAP'
        - 'Days 3-5   Data model and first forecast'
        - 'Support tickets opened   14'
        - '  P1 incidents             0'
        - '3   Pilot at the Chennai plant: 2 dispatchers'
        - '9.30am  Coffee and introductions'
        - 'Plan          Users   Price per user/month   Annual total'
        - 'Sales             90          84'
        - 'Standard      35      USD 28                 USD 11,760'
        - 'Teams like yours usually cut review time in half.'
        - 'Serait-il possible de faire la réunion en visioconférence à la même heure ?'
        - 'It was good to hear how the Acme team is thinking about next year.'
        - 'Ready when you are... just say the word.'
        - 'Name:  Sam Ortiz'
        - 'Acme''s team handles review in Slack.'
        - '500 Howard St, San Francisco, CA  94105'
  - id: placeholder.empty-merge-pair
    kind: placeholder
    severity: warn
    not_in: [code]
    description: 'two empty merge fields in a row: a preposition, a gap of two spaces or more, and another preposition or a dash ("meeting you at  on  - as promised"). Columns of a table never put "at" and "on" side by side.'
    keywords: ['  ', " \t"]
    patterns:
      - '\b(?:at|in|on|for|from|with|like|to|by|of)[ \t]{2,}(?:at|in|on|for|from|with|like|to|by|of|and|[-\u2013\u2014])(?=[ \t,.]|$)'
    message: 'an empty merge field: "{match}"'
    examples:
      fire:
        - 'It was great meeting you at  on  - as promised, here is the deck we discussed.'
        - 'Congratulations on the move from  to  this spring.'
      pass:
        - '09:00  Arrival and coffee'
        - 'Price for  10 seats:  $4,900'
  - id: placeholder.empty-subject-merge
    kind: placeholder
    severity: warn
    scope: [subject]
    description: 'a subject line that starts or ends where a merge field was left empty (", quick thought", "Quick question for", "+ Ourco")'
    patterns:
      - {regex: '^\s*(?:[,+&:|]|<>|x(?= )|-(?= ))', keywords: [',', '+', '&', ':', '|', '<>', 'x ', '- ']}
      # Not a verb's own "with" ("…a patch policy that clients can live with").
      - {regex: '(?:\b(?:for|(?<!\b(?:live|deal|cope|comply|agree|stick|put up|keep up|catch up|get along|go along|play|help|start|begin|end|do|work|come up|get on|bear|side|part|reckon|wrestle|struggle|grapple|experiment|tinker|be happy|be comfortable|be done) )with|(?<!\b(?:looking|look|looked|aimed|aiming|good|great|bad) )at|to|from|(?<!\b(?:know|knowing|talk|talking|think|thinking|worry|worrying|care|caring|hear|hearing|learn|learning|ask|asking|forget|bring|excited|curious|wondering|read|reading) )about|and|x|re|fwd|fw)|\+|<>|&|:)\s*$', keywords: ['for', 'with', 'at', 'to', 'from', 'about', 'and', 'x', 're', 'fwd', 'fw', '+', '<>', '&', ':']}
    exceptions:
      # A wishs own "to", the verb left understood: "Would you be a reference? Only if youd like to" (fifty-third session, KV).
      - '\b(?:like|love|want|wish|prefer|need|have|able|happy|glad|free|going|used|ought|meant|due|welcome|willing|keen|ready)(?: (?:it|them|us|me|this|that|him|her))? to\s*$'
      # What a thing was about, said in a relative clause: "…, and the customer it was really about" (forty-fifth session, TM).
      - '\b(?:it|this|that|they|he|she) (?:was|is|were|are|''s|''re)(?: really| actually| all| mostly| partly| truly)? about\s*$'
      # A phrasal verb's own "to": "Your questions from the webinar that we didn't get to" (forty-third session, OK).
      - '\b(?:get|got|gotten|getting|come|came|go|went|look forward|listen|talk|speak|reply|respond|turn|return|returned) to\s*$'
      # A subject that ends on an adjective's own "to": "A small favour, only if you're happy to".
      - '\b(?:happy|glad|willing|able|keen|free|welcome|ready|pleased|allowed|unable) to\s*$'
      - '\d\.x\s*$'
      - '\bwhere (?:we|you|things|it|everything)(?:''ve| have| are|''re)? (?:got|gotten|come|landed|ended up) to\s*$'
      - '\b(?:choose|pick|select|hear|learn|benefit|come|comes|came|stem|stems|derive|derives|borrow|steal) from\s*$|\b[a-z]+ed (?:at|from|with|about|into|of|for|on)\s*$'
      - '\b(?:you|we|i)(?:''d|''ll|''re|''ve)? (?:\w+ )?(?:asked|looked|waited|hoped|applied|signed up|registered|qualify|qualified|apply|pay|paid|budget|budgeted|account|care|prepare|plan|planned|look|wait|hope) for\s*$'
      - '\b(?:what|everything|anything|all|the (?:things?|one|ones|data|evidence|reports?|documents?|answers?|features?))(?: (?!for\b)[\w''-]+){1,3} (?:ask|asks|asked|look|looks|looked|wait|waits|waited|pay|pays|paid|hope|hopes|hoped|care|cares|cared|plan|plans|planned|budget|budgets|account|accounts|apply|applies|applied|stand|stands|call|calls|called|vote|votes|push|pushes|pushed|aim|aims|go|goes|shop|shops|search|searches|work|works|worked|compete|competes|test|tests|check|checks|screen|screens|audit|audits) for\s*$|\bworth (?:waiting|paying|asking|fighting|looking|planning) for\s*$'
      - '\b(?:you|we|i) (?:\w+ )?(?:asked|talked|spoke|wrote|mentioned|enquired|inquired|emailed|called|wondered|chatted|heard) about\s*$|\b(?:thinking|curious|excited|worried|questions?) about\s*$'
      - '\b(?:ask|asks|asked|asking|talk|talks|talking|care|cares|worry|worries|think|thinks|know|knew|hear|heard|forget|forgets|wonder|wonders|learn|learns|learned|complain|complains|argue|argues|read|reads|bring up|brings up|get asked|gets asked|all) about\s*$'
      - '\b(?:speak|spoke|speaking|talk|talked|talking|chat|chatted|reach out|reached out|write|wrote|listen|listened|refer|referred|reply|replied|respond|responded|turn|turned|report|reported|belong|belongs|sign up|signed up|subscribe|subscribed|switch|switched|move|moved|commit|committed|agree|agreed|point you|introduce you|connect you) to\s*$'
      # A preposition English leaves at the end: "what to warn staff about", "14 devices to look at" (development set JC).
      - '\b(?:what|who|whom|which|where)\b[^.!?\n]{0,40}\b(?:about|at|for|with|of|on|to|from|in|into)\s*$|\bto \w+ (?:at|about|for|with|on|into|up|out|over|through|after)\s*$'
    message: 'the subject has an empty merge field: "{match}"'
    examples:
      fire:
        - {"text": ", quick thought", "field": "subject"}
        - {"text": "Quick question for ", "field": "subject"}
        - {"text": "+ Ourco", "field": "subject"}
        - {"text": "Idea for", "field": "subject"}
        - {"text": "<> Ourco: review in Slack", "field": "subject"}
      pass:
        - {"text": "Giving your auditors what they ask for", "field": "subject"}
        - {"text": "The evidence your auditors look for", "field": "subject"}
        - 'Recap of today''s demo, with the screens we looked at'
        - 'Admin training: two dates to choose from'
        - {"text": "Maintenance agreements and what buyers ask about", "field": "subject"}
        - {"text": "Resources you asked for", "field": "subject"}
        - {"text": "The template library you asked about", "field": "subject"}
        - {"text": "The integration we talked about", "field": "subject"}
        - {"text": "Quick question for you", "field": "subject"}
        - {"text": "Re: pilot plan", "field": "subject"}
        - {"text": "Acme + Ourco", "field": "subject"}
        - {"text": "Idea for your sales team", "field": "subject"}
        - {"text": "Following up: pricing", "field": "subject"}
        - {"text": "A customer you could speak to", "field": "subject"}
        - {"text": "Someone on our team you can talk to", "field": "subject"}
`;
