/**
 * pii: identifiers a sales email must never carry, each with the validator that keeps false alarms
 * out (Presidio's recognizers): card numbers of every major network's ranges and lengths with Luhn
 * (incl. 16–19-digit Maestro and UnionPay), IBANs with mod-97, SSNs in any separator with the SSA
 * rules, UK NI numbers; national identifiers behind their label (Presidio's context words) with their
 * checksums: Canadian SIN (Luhn), UK NHS number (mod 11), Aadhaar (Verhoeff), Dutch BSN (11-proef),
 * Spanish DNI/NIE (check letter), French NIR, German Steuer-ID and SV number, Italian codice fiscale,
 * PESEL, Belgian national number, Danish CPR (date only), Norwegian fødselsnummer, Finnish HETU,
 * Portuguese NIF and Argentine CUIL / Chilean RUT of persons (company numbers are public), Swiss AHV
 * (the dotted 756.xxxx.xxxx.xx form even without a label), Chinese resident ID, Korean RRN (date only),
 * My Number, Taiwan ID, HKID, Teudat Zehut, TCKN, South African ID, CURP, Irish PPSN, rodné číslo,
 * Romanian CNP; passport numbers and dates of birth after their label. Published
 * sandbox card numbers next to a test context are samples (validator "card"). Phone numbers are not
 * PII to block in a sales email: no rule.
 */
/** A bank code's label and its optional "number"/"code" word and separator ("sort code: ", "BSB #", "routing number is "), after the label's own words. */
const BANK_CODE_TAIL = String.raw`(?:\s+(?:number|no\.?|nr|#|code))?\s*(?:[:#]|is)?\s*`;
/** An account number after its label ("account 12345678", "Acct #: 1234-5678"), the number as the report group `m`. */
const ACCOUNT_NUMBER = String.raw`\b(?:account|acct|a/c)\b(?:\s*(?:number|no\.?|#|nr))?\s*(?:[:#]|is)?\s*(?<m>\d(?:[ -]?\d){5,16})(?![\d])`;
/** The bank-code labels that pair with an account number, for ours (pii.bank-account) and for anyone's (pii.bank-account-theirs, which reads two more). */
const BANK_CODES = 'routing|aba|sort code|bsb|transit';
const BANK_CODES_THEIRS = `${BANK_CODES}|branch code|institution`;

export const PII_PACK = String.raw`
pack: pii
description: 'Personal identifiers with validators.'
rules:
  - id: pii.payment-card
    kind: pii
    severity: critical
    patterns:
      - '(?<![\w.,/-])\d(?:[ .-]?\d){11,18}(?![\w-]|[.,]\d)'
    validator: 'card'
    min_digits: 12
    message: 'payment card number (a real network range, passes the Luhn check)'
    examples:
      fire:
        - 'Order number 4539-1488-0343-6467, paid with the Visa ending 6467.'
        - 'Card 4111 1111 1111 1111 on file.'
        - 'Card: 4111.1111.1111.1111 (exp 02/31)'
        - 'Diners 3056.930902.5904'
        - 'amex 378282246310005'
        - 'Mastercard 5555-5555-5555-4444'
        - 'Discover 6011 1111 1111 1117'
        - 'JCB 3530111333300000'
        - 'Maestro 6759 6498 2643 8453'
        - 'UnionPay 6212 3456 7890 1232'
        - 'UnionPay 19 digits 6212 3456 7890 1234 569'
        - 'Diners 3056 9309 0259 04'
        - 'Her card on file is 4242 4242 4242 4242, exp 09/28.'
        - 'Visa 4556 7375 8689 9855 for the test order.'
        - 'u can use my company card 4425081268726881 11/26 cvv 417, name on card Aisha Bello'
      pass:
        - 'Your order number is 4539-1488-0343-6467, in case finance asks for it when matching the invoice.'
        - 'Server 192.168.100.200 is up.'
        - 'Not a card: 4111 1111 1111 1112'
        - 'Call +1 (415) 555-0199 or 415-555-0132.'
        - 'Order 2024-118-4471 shipped.'
        - 'Tracking 1234567890123 is not a card.'
        - 'In sandbox mode, card 4242 4242 4242 4242 with any future expiry and any CVC simulates a successful payment.'
        - 'Use the Braintree test card 4111 1111 1111 1111 in the sandbox.'
        - 'Adyen test number 5555 4444 3333 1111 simulates a Mastercard.'
  - id: pii.iban
    kind: pii
    severity: critical
    patterns:
      - '(?<![a-z0-9])[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?'
    validator: 'mod97'
    min_digits: 6
    message: 'bank account number (IBAN, passes mod-97)'
    examples:
      fire:
        - 'IBAN DE89 3704 0044 0532 0130 00 please.'
        - 'wire to GB82WEST12345698765432 today'
        - 'FR14 2004 1010 0505 0001 3M02 606'
      pass:
        - 'DE89 3704 0044 0532 0130 01 is wrong.'
        - 'Flight LH1234 lands at 10.'
  - id: pii.card-with-expiry
    kind: pii
    severity: critical
    description: 'a card number given with its expiry date or its security code: card data whatever its check digit (a mistyped customer card still leaks the rest of it)'
    patterns:
      - '(?<![\w.,/-])\d{4}(?:[ .-]?\d{4}){2}[ .-]?\d{1,7}(?![\w-]|[.,]\d)(?=[^.\n]{0,40}?\b(?:exp|expiry|expires|expiration|valid thru|valid through|vence|venc|ablauf|g[üu]ltig bis)\b\.?[^.\n]{0,12}?\d{1,2}\s*/\s*\d{2,4}|[^\n]{0,80}?\b(?:cvc|cvv|cvc2|cvv2|csc|security code|c[óo]digo de seguridad|pr[üu]fnummer)\b\D{0,4}\d{3,4}\b)'
    min_digits: 12
    exceptions:
      - '\b(?:sandbox|test(?:ing)? card|test mode|simulat\w*|any (?:future )?(?:expiry|date|cvc|cvv)|dummy|sample|fake|documentation)\b'
    message: 'payment card details (a card number with its expiry or security code)'
    examples:
      fire:
        - 'Card: 4532 7153 2083 6471, exp 09/27, CVC 418'
        - 'use 5400 1234 5678 9012 expiry 11/26 cvv 123 for the deposit'
        - 'For your records, the card we charged was 4532 7611 0954 3398, exp 11/26, for CA$19,800 plus GST.'
        - 'Card 5400 1234 5678 9013, CVV 123'
      pass:
        - 'Use the test card 4242 4242 4242 4242 with any future expiry and any CVC.'
        - 'Order 4532 7153 2083 6471 shipped on 09/27.'
        - 'The card ending 6471 expires 09/27.'
        - 'The reference on the card we mailed is 4532 7153 2083 6472.'
  - id: pii.labelled-id-number
    kind: pii
    severity: critical
    description: 'a national identity or tax number given right after its label, whether or not its check digits hold (a mistyped one still identifies a person): SSN, SIN, TFN, NI number, Aadhaar, PAN, PPSN, CPF, BSN, DNI/NIE, NIF, PESEL, personnummer, TC Kimlik (not company tax numbers such as a Portuguese NIF, which are public)'
    keywords:
      - 'ssn'
      - 'sin'
      - 'tfn'
      - 'social security'
      - 'social insurance'
      - 'tax file'
      - 'national insurance'
      - 'aadhaar'
      - 'ppsn'
      - 'pps number'
      - 'cpf'
      - 'bsn'
      - 'pesel'
      - 'personnummer'
      - 'kimlik'
      - 'tckn'
      - 'fødselsnummer'
      - 'fodselsnummer'
      - 'iqama'
      - 'national id'
      - 'resident id'
    patterns:
      - '\b(?:ssn|sin|tfn|social security (?:number|no\.?|#)|social insurance (?:number|no\.?|#)|tax file (?:number|no\.?|#)|aadhaar(?: (?:number|no\.?))?|ppsn|pps (?:number|no\.?)|cpf|bsn|pesel|personnummer|f[øo]dselsnummer|iqama|national id|resident id|t\.?c\.? kimlik(?: no\.?| numaras[ıi])?|tckn)(?:[’'']s)?\b(?: (?:is|was|number|no\.?|#|nr\.?))?\s*[:#,]?\s*(?<m>\d(?:[ .-]?\d){7,12})(?![\d-])'
      # Recorded "as" a number, and Japan's My Number, the UAE's Emirates ID ("we've noted your Aadhaar number as 4821 7730 9156").
      - {regex: '\b(?:aadhaar|aadhar|my number|individual number|emirates id|ssn|social security number|social insurance number|tax file number|tfn)(?: (?:number|no\.?|card number))?(?:[’'']s)?\s+(?:as|is|was|reads|of)\s+(?<m>\d(?:[ .-]?\d){7,14})(?![\d-])', keywords: ['aadhaar', 'aadhar', 'my number', 'individual number', 'emirates id', 'ssn', 'social security', 'social insurance', 'tax file', 'tfn']}
      - {regex: '\bemirates id\b[^\n]{0,40}?(?<![\d-])(?<m>784-?\d{4}-?\d{7}-?\d)(?![\d-])', keywords: ['emirates id']}
      # Entered as the reader sent it: "our provider needed your fødselsnummer, so I have entered 14038549217".
      - {regex: '\b(?:f[øo]dselsnummer|personnummer|iqama|national id|resident id|aadhaar|ssn|social security number|social insurance number|tax file number|pesel|cpf|bsn|ppsn)\b[^\n.!?]{0,40}?\b(?:entered|recorded|noted|saved|used|put in|typed in|filled in|registered|stored|added)\s+(?:it |this |that )?(?:as )?(?<m>\d(?:[ .-]?\d){7,14})(?![\d-])', keywords: ['fødselsnummer', 'fodselsnummer', 'personnummer', 'iqama', 'national id', 'resident id', 'aadhaar', 'ssn', 'social security', 'social insurance', 'tax file', 'pesel', 'cpf', 'bsn', 'ppsn']}
    min_digits: 8
    exceptions:
      - '\b(?:example|sample|dummy|fake|test|format|such as|e\.g\.|like)\b[^.!?\n]{0,30}\d'
    message: 'a national identity or tax number after its label'
    examples:
      fire:
        - 'Mr. Tran''s SIN, 527 916 384, is on the attached form.'
        - 'Her TFN: 459 821 637'
        - 'T.C. Kimlik No 38472916504 for the contract.'
      pass:
        - 'We never ask for an SSN by email.'
        - 'The SIN field takes 9 digits, for example 123 456 789.'
        - 'Invoice 2024-118-4471 is attached.'
  - id: pii.labelled-id-code
    kind: pii
    severity: critical
    description: 'a national identity number right after its label whatever its check digits or letters (a mistyped one still identifies a person; the rules with validators also find it further from its label): CURP, NRIC / FIN, codice fiscale, PPS number, UK National Insurance number, Finnish HETU, HKID, Swiss AHV, My Number, Philippine SSS, Estonian isikukood, Nigerian NIN, South African ID, Danish CPR, Belgian national number, German tax id, French NIR, Romanian CNP, and any "national ID number"'
    keywords:
      - 'curp'
      - 'nric'
      - 'fin '
      - 'fin:'
      - 'fin#'
      - 'fin.'
      - 'codice fiscale'
      - 'cod. fisc'
      - 'c.f.'
      - 'pps '
      - 'pps:'
      - 'ppsn'
      - 'personal public service'
      - 'national insurance'
      - 'ni number'
      - 'ni no'
      - 'nino'
      - 'henkilötunnus'
      - 'hetu '
      - 'hetu:'
      - 'hkid'
      - 'ahv'
      - 'avs '
      - 'avs:'
      - 'sozialversicherungsnummer'
      - 'マイナンバー'
      - '個人番号'
      - 'my number'
      - 'individual number'
      - 'sss '
      - 'sss:'
      - 'sss#'
      - 'isikukood'
      - 'nin '
      - 'nin:'
      - 'nin#'
      - 'national identification'
      - 'sa id'
      - 'rsa id'
      - 'south african id'
      - 'identity number'
      - 'id number'
      - 'id no'
      - 'id-nommer'
      - 'id nommer'
      - 'identiteitsnommer'
      - 'cpr '
      - 'cpr-'
      - 'cpr:'
      - 'cprnr'
      - 'rijksregisternummer'
      - 'national register'
      - 'steuer-id'
      - 'steuerid'
      - 'identifikationsnummer'
      - 'numéro de sécu'
      - 'n° de sécu'
      - 'nir '
      - 'nir:'
      - 'cnp '
      - 'cnp:'
      - 'national id'
      - 'identity card'
      - 'id card'
      - 'citizen id'
      - 'personal id'
    patterns:
      - '\bcurp\b(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>[a-zñ&]{4}\d{6}[hmx][a-z]{5}[0-9a-z]\d)(?![\w-])'
      # Words between the label and the code ("El CURP de la empleada es GOML850612MDFNRS07"): the code's shape is strict enough.
      - '\bcurp\b[^\n]{1,40}?(?<![\w-])(?<m>[a-zñ&]{4}\d{6}[hmx][a-z]{5}[0-9a-z]\d)(?![\w-])'
      - '\b(?:nric(?:/fin)?|fin)\b(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>[stfgm]\d{7}[a-z])(?![\w-])'
      - '(?:\bcodice fiscale\b|\bcod\. ?fisc\.|\bc\.f\.)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>[a-z]{6}\d{2}[a-z]\d{2}[a-z]\d{3}[a-z])(?![\w-])'
      - '(?:\bppsn?\b|\bpersonal public service number\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{7} ?[a-w][abhw]?)(?![\w-])'
      - '(?:\bnational insurance\b|\bni (?=number|no\b)|\bnino\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d])(?![\w-])'
      # Words between the label and the number ("my National Insurance number for the speaker fee, which is QH 48 27 91 D").
      - '\b(?:national insurance|nino)\b[^\n]{1,50}?(?<![\w])(?<m>[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d])(?![\w])'
      - '(?:\bhenkilötunnus\b|\bhetu\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{6}[-+a]\d{3}[0-9a-y])(?![\w-])'
      - '\bhkid\b(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>[a-z]{1,2}\d{6} ?\(?[0-9a]\)?)(?![\w-])'
      - '(?:\bahv(?:n13)?(?:-?nr\.?|-?nummer)?|\bavs\b|\bsozialversicherungsnummer\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>756[ .]?\d{4}[ .]?\d{4}[ .]?\d{2})(?![\d/-]|[.,]\d)'
      - '(?:マイナンバー(?:カード)?|個人番号|\bmy number(?: card)?\b|\bindividual number\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{4}[- ]?\d{4}[- ]?\d{4})(?![\d/-]|[.,]\d)'
      - '\bsss\b(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{2}-?\d{7}-?\d)(?![\d-])'
      - '\bisikukood\w*(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>[1-6]\d{10})(?![\d-])'
      - '(?:\bnin\b|\bnational identification number\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{11})(?![\d-])'
      - '(?:\b(?:sa|rsa|south african) id\b|\bidentity number\b|\bid (?=number|no\b)|\bid[- ]nommer\b|\bidentiteitsnommer\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]) ?\d{4} ?\d{3})(?![\d/-]|[.,]\d)'
      - '\bcpr(?:-?nr\.?|-?nummer)?(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{6}-?\d{4})(?![\d-])'
      - '(?:\brijksregisternummer\b|\bnational register number\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{2}\.?\d{2}\.?\d{2}-?\d{3}\.?\d{2})(?![\d-])'
      - '(?:\bsteuer-?id\b|\b(?:steuerliche )?identifikationsnummer\b|\bsteuer-identifikationsnummer\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>\d{2} ?\d{3} ?\d{3} ?\d{3})(?![\d-])'
      - '(?:\bnuméro de sécurité sociale\b|\bnuméro de sécu\b|\bn° de sécu\b|\bnir\b)(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>[12] ?\d{2} ?\d{2} ?(?:\d{2}|2a|2b) ?\d{3} ?\d{3} ?\d{2})(?![\d-])'
      - '\bcnp\b(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>[1-8]\d{12})(?![\d-])'
      - '\b(?:national id(?:entity|entification)?(?: card)?|identity card|id card|citizen id|personal id(?:entification)?)\b(?:[’'']s)?[^\w\n]{0,3}(?:(?:no|nr|number|num|is|was|n[ºo°])\.?[^\w\n]{0,3}){0,2}(?<m>(?=[a-z0-9-]*\d{5})[a-z0-9][a-z0-9-]{6,18}[a-z0-9])(?![\w-])'
    exceptions:
      - '\b(?:example|sample|dummy|fake|test|format|such as|e\.g\.|like)\b[^.!?\n]{0,30}\d'
    message: 'a national identity number after its label'
    examples:
      fire:
        - 'CURP: GOML880412MDFRRS09'
        - 'Name: Tan Wei Ming, NRIC S8734512D, role: Safety Supervisor'
        - 'Giuseppe Bianchi, codice fiscale BNCGPP68L04H501W, nato a Roma il 4 luglio 1968.'
        - 'The employee, Aoife Brennan (PPSN 8264519TA), was set up before her notification came through.'
        - 'We''ve now entered Mr. Patel''s National Insurance number, QH 47 29 18 C, from the new starter form.'
        - 'Marco Bernasconi, AHV-Nr. 756.4821.3907.52, Eintritt 01.09.2024.'
        - 'My Number: 6198 7237 9991'
        - 'Our trainer will be Jomar Reyes, SSS no. 29-4189833-4.'
        - 'Allkirjastaja väljale märkisin enda andmed: Kristi Org, isikukood 48603142712.'
        - 'NIN: 48213907765'
        - 'Guardian: Mr Suresh Pillay, SA ID 8803155123087'
        - 'Willem Jacobus Steyn, ID number 8105125087083, director of the Bothaville operation.'
        - 'CPR-nr. 120384-1234 for lønsedlen'
        - 'Steuer-ID: 12 345 678 901'
        - 'Numéro de sécurité sociale : 1 85 05 78 006 084 36'
        - 'HKID A123456(3) on the form'
        - 'Her national ID number is 90-004512-K-47.'
      pass:
        - 'We never ask for a CURP or an NRIC by email.'
        - 'Fin de semana: S3560255J'
        - 'The SSS contribution table changed in January.'
        - 'My number is below if a call is easier.'
        - 'ID number format: YYMMDDSSSSCAZ, for example 8001015009087.'
        - 'Your customer ID is 48213907765.'
        - 'The national ID field is masked in every export.'
        - 'NIN verification runs through NIMC''s API.'
        - 'Order 8264519TA shipped.'
  - id: pii.iban-labelled
    kind: pii
    severity: critical
    description: 'an IBAN given as someone''s account (after "IBAN" or an account word) whatever its check digits: its country''s exact length is enough (a mistyped account number still names an account). Published example IBANs near an example or test context are samples.'
    patterns:
      - '(?:\biban\b|\b(?:account|acct|konto|kontonummer|bankverbindung|cuenta|conta|compte|rekening|conto|rachunek|rachunku|rachunkiem|tilille|tili)\b[^.!?\n]{0,40}?)[^\w\n]{0,3}(?:(?:no|nr|number|is|was)\.?[^\w\n]{0,3})?(?<![a-z0-9])(?<m>[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?: ?[a-z0-9]{1,4})?)'
    validator: 'iban-format'
    min_digits: 6
    exceptions:
      # A companys own account, named by its legal form before the IBAN: "Bank details, for reference: Keiss GmbH, IBAN DE44 …" (fifty-third session, KV).
      - '\b(?:gmbh|ltd|limited|inc|llc|s\.a\.|sa|b\.v\.|bv|ag|sas|sarl|srl|oy|ab|a/s|aps|pty|plc|kg|gbr|ug|sp\. z o\.o\.|s\.r\.o\.)\.?,? iban\b'
      # Our own account for the prospect to pay into: an invoice's bank details (a valid one is still
      # reported by pii.iban).
      - '\bour (?:bank )?(?:account|iban|bank details|details)\b|\b[a-z]+[’'']s (?:bank )?(?:account|iban)\b(?=[^.!?\n]{0,40}\b(?:pay|remit|transfer))|\b(?:payable|pay|remit|transfer(?: it)?) (?:to|into) (?:us|our)\b'
    message: 'bank account number (IBAN)'
    examples:
      fire:
        - 'We''ve set up the direct debit from the account you provided, IBAN GB47 BARC 2031 5573 9184 06, and the first collection follows.'
        - 'The overpaid premium has been refunded today to the account on file, IE64 BOFI 9058 3812 4475 20, and should arrive this week.'
        - 'The transfer will be made to the account you gave us on the phone, PL27 1140 2004 0000 3102 7834 5621.'
        - 'a partir da conta que nos indicou: IBAN PT50 0035 0651 0000 4821 7302 9'
      pass:
        - 'Our remittance reference for the refund is DE12 3456 7890 1234 5678 90.'
        - 'Test IBAN for SEPA debits: DE89 3704 0044 0532 0130 00 (the standard example IBAN).'
        - 'Payouts are T+2 to any Spanish IBAN at no extra cost.'
        - 'Your account number AB12 3456 7890 is on the portal.'
        - 'The IBAN field accepts spaces.'
        - 'Please pay into our account, IBAN GB47 BARC 2031 5573 9184 07, quoting the invoice number.'
  - id: pii.us-ssn
    kind: pii
    severity: critical
    patterns:
      # Not a group of a longer number: "+856 20 5555 0412", a phone with its country code (forty-eighth session, XW).
      # (Not the end of a phone number's groups: "Dial-in: +49 69 365 05 4419", fifty-third session, KV.)
      - '(?<![\w+-])(?<!\+\s)(?<!\d )\d{3}([- .])\d{2}\1\d{4}(?![\w-]|\.\d|\1\d)'
    validator: 'ssn'
    min_digits: 5
    message: 'US Social Security number'
    examples:
      fire:
        - 'SSN 123-45-6788 for the form.'
        - 'social 219 09 9990'
        - 'her number is 536.22.1234'
      pass:
        - '666-12-3456 is not valid.'
        - '000-12-3456'
        - 'Call 415-555-0132.'
        - 'Ticket 123-00-4567.'
  - id: pii.us-ssn-unseparated
    kind: pii
    severity: critical
    keywords:
      - 'ssn'
      - 'social'
      - 'ss#'
      - 'tax id'
      - 'tin'
    patterns:
      - '\b(?:ssn|ss#|social(?: security)?(?: number| no\.?| #)?|social sec(?:urity)? #?|tax id|tin)\D{0,20}(?<m>\d{9})(?!\d)'
    validator: 'ssn'
    message: 'US Social Security number'
    examples:
      fire:
        - 'SSN: 536221234'
        - 'her social security number is 536221234.'
      pass:
        - 'Invoice 536221234 is attached.'
        - 'SSN: 000121234'
  - id: pii.uk-nino
    kind: pii
    severity: critical
    patterns:
      - '(?<![a-z0-9])(?!bg|gb|nk|kn|tn|nt|zz)[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z] ?\d{2} ?\d{2} ?\d{2} ?[a-d](?![a-z0-9])'
    min_digits: 6
    message: 'UK National Insurance number'
    examples:
      fire:
        - 'NI number AB 12 34 56 C on file.'
        - 'nino: JG103759A'
      pass:
        - 'Room AB 12, floor 3.'
        - 'GB 12 34 56 A is not issued.'
  - id: pii.ca-sin
    kind: pii
    severity: critical
    description: 'Canadian Social Insurance Number after its label (SIN, social insurance number, NAS): 9 digits, Luhn, first digit not 0 or 8'
    keywords: ['sin', 'social insurance', 'nas', 'assurance sociale']
    patterns:
      - '\b(?:sin|social insurance|nas|num[ée]ro d[''’]assurance sociale)\b(?:\s*(?:#|no\.|no\b|number\b|is\b|was\b|:|-|\())*\s*(?<m>\d{3}([ -]?)\d{3}\2\d{3})(?![\d-]|\.\d)'
    validator: 'ca-sin'
    message: 'Canadian Social Insurance Number'
    examples:
      fire:
        - 'His SIN is 468 111 919 if payroll needs it.'
        - 'Social Insurance Number: 377-709-126'
        - 'SIN# 225967611 for the onboarding form.'
        - 'Her social insurance no. (433 663 838) is on the T4.'
        - 'NAS : 468-111-919'
      pass:
        - 'His SIN is 468 111 918 per the form.'
        - 'SIN 046 454 286 is the sample on the government site.'
        - 'Call 468 111 919 to reach the front desk.'
        - 'Ticket 377709126 is closed.'
        - 'It would be a sin to miss 225 967 611 impressions.'
  - id: pii.uk-nhs-number
    kind: pii
    severity: critical
    description: 'UK NHS number after its label: 10 digits (3-3-4), mod-11 check digit'
    keywords: ['nhs']
    patterns:
      - '\bnhs\b(?:\s*(?:#|no\.|no\b|number\b|id\b|is\b|was\b|:|-|\())*\s*(?<m>\d{3}([ -]?)\d{3}\2\d{4})(?![\d-]|\.\d)'
    validator: 'nhs'
    message: 'UK NHS number'
    examples:
      fire:
        - 'NHS number (773 321 4254) is on the referral.'
        - 'nhs no: 2603487353'
        - 'Patient NHS number is 266-254-1393.'
        - 'NHS 150 388 4554'
      pass:
        - 'NHS number 773 321 4255 failed the check.'
        - 'We work with 14 NHS trusts across 2603487353 records.'
        - 'Call the NHS on 0300 311 2233.'
        - 'The NHS number field maps to patient_id.'
  - id: pii.in-aadhaar
    kind: pii
    severity: critical
    description: 'Indian Aadhaar number after its label: 12 digits, first 2–9, Verhoeff check digit'
    keywords: ['aadhaar', 'aadhar', 'uidai', 'uid']
    patterns:
      - '\b(?:aadhaa?r|uidai|uid)\b(?:\s*(?:#|no\.|no\b|card\b|number\b|id\b|is\b|was\b|:|-|\())*\s*(?<m>[2-9]\d{3}([ -]?)\d{4}\2\d{4})(?![\d-]|\.\d)'
    validator: 'aadhaar'
    message: 'Indian Aadhaar number'
    examples:
      fire:
        - 'Aadhaar 8456 9899 2716 for the KYC form.'
        - 'aadhar number: 585402232597'
        - 'His Aadhaar card no. is 6143-4929-6567.'
        - 'UID 8252 9252 0079'
      pass:
        - 'Aadhaar 8456 9899 2717 did not verify.'
        - 'We support Aadhaar e-KYC for 585402232597 users.'
        - 'Order 8456 9899 2716 shipped.'
        - 'UID 1456 9899 2716 is a test id.'
  - id: pii.nl-bsn
    kind: pii
    severity: critical
    description: 'Dutch citizen service number (BSN, burgerservicenummer, sofinummer) after its label, words allowed between (van de medewerker): 9 digits, plain or grouped 4.2.3 / 3.3.3 with dots or spaces, 11-proef'
    keywords: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer']
    patterns:
      - '\b(?:bsn|burgerservicenummer|sofi-?nummer)\b[^\d\n]{0,60}?(?<![\d.,-])(?<m>\d{4}([ .])\d{2}\2\d{3}|\d{3}([ .])\d{3}\3\d{3}|\d{8,9})(?![\d-]|[.,]\d)'
    validator: 'bsn'
    message: 'Dutch citizen service number (BSN)'
    examples:
      fire:
        - 'BSN 471978735 staat op het formulier.'
        - 'burgerservicenummer: 4724.23.101'
        - 'Her BSN is 092 250 385.'
        - 'bsn nr. 55181661'
        - 'BSN van de medewerker: 2265.43.353'
        - 'Het BSN van de nieuwe collega is 3957 79 510.'
        - 'BSN van de nieuwe medewerker Daan Jansen: 327705668.'
      pass:
        - 'BSN 471978736 fails the check.'
        - 'Invoice 471978735 is attached.'
        - 'We never store a BSN in the CRM.'
        - 'BSN van de medewerker: 4514.27.127'
        - 'Our KvK number is 2614 99 488 and the VAT id follows.'
  - id: pii.es-dni
    kind: pii
    severity: critical
    description: 'Spanish DNI / NIE / NIF after its label, words allowed between (del titular): 8 digits (or X/Y/Z + 7) and the check letter (number mod 23)'
    keywords: ['dni', 'nie', 'nif', 'd.n.i', 'documento nacional']
    patterns:
      - '(?:\b(?:dni|nie|nif)\b|\bd\.n\.i\.?|\bdocumento nacional de identidad\b)[^\d\n]{0,60}?(?<![a-z0-9-])(?<m>(?:\d{8}|[xyz][ -]?\d{7})[ -]?[a-z])(?![\w-])'
    validator: 'es-dni'
    message: 'Spanish DNI / NIE number'
    examples:
      fire:
        - 'DNI 93932823H para el contrato.'
        - 'NIE: Y-3194475-L'
        - 'Mi DNI es 08054029-G.'
        - 'nif 92338344Z'
        - 'DNI del titular: 31528146E'
        - 'El DNI de la persona de contacto es 44902687V.'
      pass:
        - 'DNI 93932823A is not valid.'
        - 'Order 93932823H shipped.'
        - 'Bring your DNI to the event.'
        - 'DNI del titular: 39248882B'
        - 'Our company NIF is B12345678 for the invoice.'
  - id: pii.passport-number
    kind: pii
    severity: critical
    description: 'a passport number right after a passport label (Reisepass(nummer), Passnummer, numéro de passeport, número de pasaporte, passaporto, paspoortnummer, numer paszportu, …): 6–9 letters and digits with at least five digits, or 8–9 starting with a letter with at least three (German GF536NNHV)'
    keywords: ['passport', 'pasaporte', 'passeport', 'reisepass', 'passnummer', 'paspoort', 'passaporto', 'passaporte', 'paszport']
    patterns:
      - '\b(?:passport|pasaporte|passeport|reisepass(?:nummer)?|passnummer|paspoort(?:nummer)?|passaporto|passaporte|paszport[uy]?)(?:\s+(?:no\.?|nr\.?|n\.|number|num\.?|n[ºo°]\.?|n[úu]mero|num[ée]ro|nummer|id))?\s*(?:[:#]|is|was)?\s*(?:[:#]\s*)?(?<m>(?=[a-z]{0,3}\d)(?![a-z]*\d*(?:19|20)\d{2}[-/.])(?!(?:19|20)\d{6}(?!\d))(?=(?:[a-z]*\d){5})[a-z]{0,3}\d[a-z0-9]{4,8}|(?=[a-z0-9]{8,9}(?![\w-]))(?=(?:[a-z]*\d){3})[a-z][a-z0-9]{7,8})(?![\w-])'
    message: 'passport number'
    examples:
      fire:
        - 'Passport no. 550193744 for the visa letter.'
        - 'passport number: C03005988'
        - 'Her passport is X12877065.'
        - 'Reisepass Nr. C01X00T47'
        - 'Passport #: 912004417'
        - 'Reisepassnummer: GF536NNHV, ausgestellt in Köln.'
        - 'Passnummer C4J7R8K21 liegt der Buchung bei.'
        - 'Son numéro de passeport : 12AB34567'
        - 'Número de pasaporte: PAA123456'
        - 'passaporto n. YA1234567'
        - 'Paspoortnummer NW92BD1F4 staat in de bijlage.'
        - 'Numer paszportu: EA1234567'
      pass:
        - 'Bring your passport to the offsite.'
        - 'Passport number format is 9 digits.'
        - 'Passport renewal takes 6 weeks.'
        - 'Passport expires 2027-03-14.'
        - 'We scan 12000 passport pages a day.'
        - 'Reisepassnummer: bitte mitbringen.'
        - 'Our passport scanner model PX2000 handles 40 pages.'
        - 'Order GF536NNHV shipped on Monday.'
  - id: pii.travel-document-mrz
    kind: pii
    severity: critical
    case_sensitive: true
    description: 'the machine-readable zone of a passport or identity card pasted from a scan: a 44-character passport line (P<GBRSTEVENS<<EMMA<<<…) or a 30-character identity-card line (IDD<<T22000129…), letters, digits and filler "<" only'
    keywords: ['<<']
    patterns:
      - '(?<![A-Z0-9<])(?=P[A-Z<][A-Z]{3}[A-Z<]{39}(?![A-Z0-9<]))P[A-Z<][A-Z]{3}[A-Z]+<<[A-Z<]+'
      - '(?<![A-Z0-9<])(?=[IAC][A-Z<][A-Z<]{3}[A-Z0-9<]{25}(?![A-Z0-9<]))[IAC][A-Z<][A-Z<]{3}[A-Z0-9<]*<<<[A-Z0-9<]*'
      - '(?<![A-Z0-9<])(?=[A-Z0-9<]{9}\d[A-Z]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<]))[A-Z0-9<]{9}\d[A-Z]{3}\d{7}[MFX<]\d{7}[A-Z0-9<]{14}[\d<]\d'
    message: 'the machine-readable zone of a passport or identity card'
    examples:
      fire:
        - 'Passport scan for the hotel booking (Emma Stevens): P<GBRSTEVENS<<EMMA<LOUISE<<<<<<<<<<<<<<<<<<<'
        - '0136008129GBR8703226F3309151<<<<<<<<<<<<<<<2'
        - 'ID card: IDD<<T220001293<<<<<<<<<<<<<<<'
      pass:
        - 'Press the << button to go back a page.'
        - 'The MRZ is the two lines of letters and < signs at the bottom of the photo page.'
        - 'Ticket P<123 was closed.'
  - id: pii.date-of-birth
    kind: pii
    severity: critical
    description: 'a date of birth right after its label (DOB, date of birth, born on; geboren am, Geburtsdatum, né(e) le, date de naissance, nacido/a el, fecha de nacimiento, nato/a il, data di nascita, nascido/a em, data de nascimento, geboortedatum, data urodzenia, födelsedatum), numeric or with a month name in those languages'
    keywords: ['dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'born on', 'geboren am', 'geboren op', 'geburtsdatum', 'né le', 'née le', 'date de naissance', 'nacido el', 'nacida el', 'fecha de nacimiento', 'nato il', 'nata il', 'data di nascita', 'nascido em', 'nascida em', 'data de nascimento', 'geboortedatum', 'data urodzenia', 'födelsedatum']
    patterns:
      - '\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born on|geboren (?:am|op)|geburtsdatum|(?:né|née) le|date de naissance|nacid[oa] el|fecha de nacimiento|nat[oa] il|data di nascita|nascid[oa] em|data de nascimento|geboortedatum|data urodzenia|födelsedatum)(?:\s*(?:[:=(-]|is|was|of))*\s*(?<m>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}(?:st|nd|rd|th|er|º|o)?\.? (?:de )?(?:jan|feb|f[ée]v|m[äa]r|maa|apr|avr|abr|ma[iyj]|mag|mei|jun|jui|giu|jul|lug|aug|ago|ao[ûu]|sep|set|sie|wrz|o[ck]t|ott|out|pa[źz]|nov|lis|de[zc]|d[ée]c|dic|gen|ene|sty|lut|kwi|cze|lip|gru)\p{L}*\.?,? (?:de )?(?:19|20)\d{2}|(?:jan|feb|f[ée]v|m[äa]r|maa|apr|avr|abr|ma[iyj]|mag|mei|jun|jui|giu|jul|lug|aug|ago|ao[ûu]|sep|set|sie|wrz|o[ck]t|ott|out|pa[źz]|nov|lis|de[zc]|d[ée]c|dic|gen|ene|sty|lut|kwi|cze|lip|gru)\p{L}*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2})(?![\d/])'
    exceptions:
      - '\b(?:we|our company|the company|our team|ourco|the idea|the product|the project|it|this)\s+(?:were|was|got)\s+born on\b'
      - '\b(?:mm|dd)[/.-](?:mm|dd)[/.-]yy'
      - '\b(?:tt|jj|gg)[/.-]mm[/.-](?:jj|aa|yy)'
    message: 'date of birth'
    examples:
      fire:
        - 'DOB 11/02/1984 per the form.'
        - 'Date of birth: 1990-07-23'
        - 'His d.o.b. is 3 March 1975.'
        - 'born on July 4, 1968 in Ohio'
        - 'Geburtsdatum: 14.02.1981'
        - 'Stefan Weber, geboren am 02.09.1976 in Dresden.'
        - 'Claire Martin, née le 3 mars 1975 à Lyon.'
        - 'Fecha de nacimiento: 12 de marzo de 1985'
        - 'Marco Rossi, nato il 21/06/1979 a Torino.'
        - 'Data de nascimento: 05/11/1982'
        - 'Data urodzenia: 14 lutego 1980'
      pass:
        - 'The DOB field is optional.'
        - 'Date of birth: MM/DD/YYYY'
        - 'We never ask for a date of birth.'
        - 'The webinar on 03/14/2025 covers birth date fields.'
        - 'We were born on 03/14/2015 as a two-person startup.'
        - 'Geburtsdatum: TT.MM.JJJJ'
        - 'Das Produkt ist am 02.09.2016 in Dresden gestartet.'
        - 'Le champ date de naissance est facultatif depuis le 3 mars 2024.'
  - id: pii.au-tfn
    kind: pii
    severity: critical
    description: 'Australian Tax File Number after its label (TFN, tax file number): 9 digits (older TFNs 8), grouped 3-3-3 or plain, mod-11 check (weights 1,4,3,7,5,8,6,9,10)'
    keywords: ['tfn', 'tax file']
    patterns:
      - '\b(?:tfn|tax file (?:number|no\.?|#))\b[^\d\n]{0,60}?(?<![\d.,-])(?<m>\d{2,3}([ -]?)\d{3}\2\d{2,3})(?![\d-]|[.,]\d)'
    validator: 'au-tfn'
    message: 'Australian Tax File Number'
    examples:
      fire:
        - 'TFN: 108 607 211 (for the superannuation form)'
        - 'Her tax file number is 123 456 782.'
        - 'TFN for payroll: 547984813'
        - 'Tax file no. 325-067-439 is on the declaration.'
      pass:
        - 'TFN: 108 607 212 did not pass the check.'
        - 'Invoice 108 607 211 is attached.'
        - 'We never ask for a TFN over email.'
        - 'Our ABN is 51 824 753 556 for the invoice.'
  - id: pii.br-cpf
    kind: pii
    severity: critical
    description: 'Brazilian CPF after its label (words allowed between: CPF do responsável): 11 digits as 000.000.000-00 or plain, two mod-11 check digits'
    keywords: ['cpf']
    patterns:
      - '\bcpf\b[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{3}([.\s]?)\d{3}\2\d{3}[-.\s]?\d{2})(?![\d/-]|[.,]\d)'
    validator: 'br-cpf'
    message: 'Brazilian CPF number'
    examples:
      fire:
        - 'CPF do responsável: 396.513.292-03'
        - 'CPF 529.982.247-25 para o cadastro.'
        - 'O CPF do cliente é 36954517003.'
        - 'cpf: 058 698 391 06'
      pass:
        - 'CPF 529.982.247-26 não confere.'
        - 'CPF 111.111.111-11 is the placeholder.'
        - 'Pedido 396.513.292-03 enviado.'
        - 'Our CNPJ is 11.222.333/0001-81 for the invoice.'
  - id: pii.in-pan
    kind: pii
    severity: critical
    description: 'Indian PAN (permanent account number) after its label (PAN, PAN card, permanent account number): 5 letters (4th the holder type), 4 digits, a letter'
    keywords: ['pan', 'permanent account']
    patterns:
      - '\b(?:pan(?![\w-])(?: card)?|permanent account (?:number|no\.?))(?:\s*(?:#|no\.|no\b|number\b|num\b|is\b|was\b|of\b|:|-|\(|\)))*\s*(?<m>[a-z]{3}[abcfghljpt][a-z]\d{4}[a-z])(?![\w-])'
    message: 'Indian PAN (permanent account number)'
    examples:
      fire:
        - 'PAN card no. PRHPS3878G'
        - 'His PAN is ABCPE1234F for the TDS form.'
        - 'Permanent Account Number: AAAPL1234C'
        - 'PAN: BNZPM2501F'
      pass:
        - 'PAN card no. ABCDE1234F is a format sample with an invalid holder type.'
        - 'Reference PRHPS3878G is on the invoice.'
        - 'We verify PAN and GST details during onboarding.'
        - 'Our GSTIN is 27AAPFU0939F1ZV.'
        - 'Our pan-European plan code is EURPX2024Q.'
  - id: pii.sg-nric
    kind: pii
    severity: critical
    description: 'Singapore NRIC / FIN after its label: S/T/F/G/M, 7 digits, a check letter (weights 2,7,6,5,4,3,2 with the series offset)'
    keywords: ['nric', 'fin']
    patterns:
      - '\b(?:nric|fin(?=\s*(?:no\.?|number|#|is\b|[:=]))|(?:her|his|their|the) fin)\b[^\d\n]{0,60}?(?<![a-z0-9-])(?<m>[stfgm]\d{7}[a-z])(?![\w-])'
    validator: 'sg-nric'
    message: 'Singapore NRIC / FIN'
    examples:
      fire:
        - 'NRIC S3560255J'
        - 'NRIC/FIN: T8791569C'
        - 'Her FIN is G8974965X for the work pass.'
        - 'nric no. of the director: S6465814Z'
      pass:
        - 'Fin de semana: S3560255J'
        - 'NRIC S3560255A fails the check.'
        - 'Ticket S3560255J was closed.'
        - 'We mask the NRIC in every export.'
        - 'Our UEN is 201912345K for the invoice.'
  - id: pii.se-personnummer
    kind: pii
    severity: critical
    description: 'Swedish personnummer / samordningsnummer after its label: YYMMDD-NNNC or YYYYMMDD-NNNC (- or +), a real month and day, Luhn over the 10-digit form'
    keywords: ['personnummer', 'personnr', 'samordningsnummer', 'personal identity']
    patterns:
      - '\b(?:personnummer|personnr\.?|samordningsnummer|personal identity (?:number|no\.?))[^\d\n]{0,60}?(?<![\d.,-])(?<m>(?:(?:18|19|20)\d{6}|\d{6})[-+]?\d{4})(?![\d-]|[.,]\d)'
    validator: 'se-pnr'
    message: 'Swedish personal identity number (personnummer)'
    examples:
      fire:
        - 'Personnummer: 19770907-8484'
        - 'personnummer 811228-9874 till avtalet'
        - 'Her personal identity number is 760405-6148.'
        - 'Personnr 6012206931'
      pass:
        - 'Personnummer: 19770907-8485'
        - 'Order 19770907-8484 shipped.'
        - 'We never store a personnummer in the CRM.'
        - 'Our organisationsnummer is 556036-0793.'
  - id: pii.uk-driving-licence
    kind: pii
    severity: critical
    description: 'UK driving licence number after its label (driving licence, driver''s license, licence number): 5 surname characters, 6 digits with a real month and day, 2 initials, a digit, 2 letters'
    keywords: ['licence', 'license']
    patterns:
      - '\b(?:(?:uk )?driving licen[cs]e|driver(?:''s|s)? licen[cs]e|licen[cs]e)\b(?:\s*(?:#|no\.|no\b|number\b|num\b|is\b|was\b|:|-|\())*\s*(?<m>[a-z9]{5} ?\d(?:[05][1-9]|[16][0-2])(?:0[1-9]|[12]\d|3[01])\d ?[a-z9]{2}\d[a-z]{2})(?![\w-])'
    message: 'UK driving licence number'
    examples:
      fire:
        - 'UK driving licence number MORGA761218SM9VM'
        - 'Driver''s license: SMITH802154JA9AB'
        - 'Licence number JONES 710096 PA8XY on the hire form.'
        - 'His driving licence is OX999751050OX7KL.'
      pass:
        - 'UK driving licence number MORGA713218SM9VM'
        - 'Reference MORGA761218SM9VM is on the invoice.'
        - 'Your license key is ABCDE-12345-FGHIJ.'
        - 'We need a copy of the driving licence before the test drive.'
  - id: pii.driver-license
    kind: pii
    severity: critical
    description: 'a driver''s license number after its label (driver''s license, driver license, DL, license no.) as US states and other countries write it: 6 to 20 letters and digits, maybe grouped by hyphens or spaces, with at least five digits (CA D1234567, FL D123-456-78-901-0, NY 123 456 789)'
    keywords: ['license', 'licence', 'dl#', 'dl no', 'dl:', 'dl number']
    patterns:
      - '\b(?:driver(?:''s|s)?|driving)\s+licen[cs]e\b(?:\s*(?:#|no\.|no\b|nr\.?|number\b|num\b|id\b))*\s*(?:[:#]|is\b|was\b|-)?\s*(?<m>(?=(?:[a-z-]*[0-9 -]*){0,3}(?:[a-z -]*\d){5})[a-z0-9](?:[a-z0-9]|[- ](?=[a-z0-9])){5,21})(?![\w-])'
      - '\bdl(?:\s*#|\s+no\.?|\s+number|\s*:)\s*(?<m>(?=(?:[a-z -]*\d){5})[a-z0-9](?:[a-z0-9]|[- ](?=[a-z0-9])){5,21})(?![\w-])'
    exceptions:
      - '\b(?:licen[cs]e) (?:key|plan|tier|seat|fee|cost|count|server)'
    message: 'driver''s license number'
    examples:
      fire:
        - 'Driver''s license D1234-56789-01234 for the rental.'
        - 'Her driver license number is D1234567.'
        - 'Driver''s license #: F123-456-78-901-0'
        - 'DL# 123 456 789 (NY)'
        - 'Driving licence no. 12345678, issued in Dublin.'
      pass:
        - 'We need a copy of the driver''s license before the test drive.'
        - 'Driver''s license renewal takes 6 weeks.'
        - 'Driver''s license scanning is built into our app (2024 release).'
        - 'Your license key is ABCDE-12345-FGHIJ.'
        - 'The license covers 25 seats.'
  - id: pii.bank-account
    kind: pii
    severity: info
    description: 'a bank account number beside its routing number, sort code or BSB (in either order): shown to the reviewer, setting no tier — our own remittance details are legitimate in a payment email, someone else''s are not; raise it with severity: in the policy where outreach never carries bank details'
    keywords: ['routing', 'aba', 'sort code', 'bsb', 'transit number']
    patterns:
      - '\b(?:${BANK_CODES})${BANK_CODE_TAIL}[\d -]{6,12}[^\n]{0,30}?${ACCOUNT_NUMBER}'
      - '${ACCOUNT_NUMBER}[^\n]{0,30}?\b(?:${BANK_CODES})\b${BANK_CODE_TAIL}\d'
    message: 'bank account details'
    examples:
      fire:
        - 'Routing number 021000021, account 123456789012.'
        - 'Sort code 20-00-00, account number 55779911.'
        - 'Account 123456789012 (ABA 021000021) is the one on file.'
        - 'BSB 062-000, account 1234 5678'
      pass:
        - 'Routing rules decide which rep gets each account.'
        - 'The account has 120 seats; routing is by territory.'
        - 'Your account manager will share the sort code of our UK entity when you sign.'
  - id: pii.bank-account-theirs
    kind: pii
    severity: critical
    description: 'a bank account that is not ours to give: the reader''s own read back to them ("the bank details from your signed order form", "from the void cheque you sent"), or a named person''s or an employee''s ("Aisha''s real account, BSB 062-914 account 1038 4762"); our own remittance details (pii.bank-account) stay a note'
    keywords: ['routing', 'aba', 'sort code', 'bsb', 'transit', 'institution', 'branch code', 'account', 'acct', 'tài khoản', 'tai khoan']
    patterns:
      - '\b(?:${BANK_CODES_THEIRS})${BANK_CODE_TAIL}[\d -]{3,12}[^\n]{0,40}?${ACCOUNT_NUMBER}'
      - '${ACCOUNT_NUMBER}[^\n]{0,30}?\b(?:${BANK_CODES_THEIRS})\b${BANK_CODE_TAIL}\d'
      # A person's account: "Thabo''s salary account (FNB, account 62841937502, …)", "Mr Lim''s account at DBS, 072-345678-9".
      - '\b(?:[a-z]+[''’]s|his|her|the employee[''’]s|an employee[''’]s|the worker[''’]s)\s+(?:(?:real|personal|own|salary|payroll|wage|bank|checking|savings|current|cheque|chequing)\s+){0,3}(?:bank\s+)?(?:account|acct|a/c)\b[^.\n]{0,50}?(?<![\d-])(?<m>\d(?:[ -]?\d){6,16})(?![\d])'
      # Vietnamese: "số tài khoản 0071001234567".
      - {regex: '(?<![\p{L}])s[ốo] t[àa]i kho[ảa]n\s*:?\s*(?<m>\d(?:[ .-]?\d){7,18})(?![\d])', keywords: ['tài khoản', 'tai khoan']}
    context:
      near: ['cá nhân', 'cung cấp', 'your bank details', 'your bank account', 'your account details', 'your order form', 'order form', 'you sent', 'void cheque', 'void check', 'voided cheque', 'voided check', 'direct deposit', 'salary', 'payroll', 'employee', 'employees', 'staff member', 'real account', 'personal account', 'test deposit', '''s account', '’s account', '''s bank', '’s bank']
      window: 200
    exceptions:
      - '\b(?:our (?:bank|banking|account|accounts|remittance|payment|wire|details)|ours\b|remit|remittance|payable to|pay to|beneficiary|wire (?:to|payment to)|ourco)\b'
    message: 'someone else''s bank account details'
    examples:
      fire:
        - 'For the test deposit I used Aisha''s real account, BSB 062-914 account 1038 4762, so you can check it landed.'
        - 'I''ve entered the bank details from your signed order form for ACH debit. Routing number 021000021, account number 483920175563.'
      pass:
        - 'Our bank details for the transfer: routing number 021000021, account 123456789012.'
        - 'Payroll runs from your bank account on the 25th; routing rules decide which approver sees it.'
  - id: pii.fr-nir
    kind: pii
    severity: critical
    description: 'French social security number (NIR, numéro de sécurité sociale / de sécu, numéro INSEE, carte Vitale) after its label: sex, YY, MM, department (2A/2B for Corsica), commune, order, 2-digit key = 97 − (13 digits mod 97)'
    keywords: ['nir', 'sécu', 'secu', 'insee', 'social security', 'carte vitale']
    patterns:
      - '(?:\bnir\b|\bs[ée]cu\b|\bs[ée]curit[ée] sociale\b|\binsee\b|\bsocial security\b|\bcarte vitale\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>[1-478][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[ab])[ .]?\d{3}[ .]?\d{3}[ .]?(?:[-/] ?)?\d{2})(?![\d/-]|[.,]\d)'
    validator: 'fr-nir'
    message: 'French social security number (NIR)'
    examples:
      fire:
        - 'Son numéro de sécurité sociale : 1 89 11 75 513 177 95'
        - 'NIR 260038926134609 pour la mutuelle.'
        - 'N° de sécu de la salariée : 2 10 03 2B 606 419 64'
        - 'Her French social security number (NIR) is 1 42 04 95 406 623 48.'
        - 'Numéro INSEE: 1 21 02 36 324 476 07'
        - 'Carte Vitale n° 2 45 11 45 218 424 71, à jour.'
      pass:
        - 'Son numéro de sécurité sociale : 1 89 11 75 513 177 96'
        - 'Commande 189117551317795 expédiée hier.'
        - 'Numéro de sécurité sociale : X XX XX XX XXX XXX XX'
        - 'Nous ne demandons jamais le NIR ou le numéro de sécu par e-mail.'
        - 'La Sécurité sociale a remboursé 1 250 000 euros en 2023.'
        - 'Call the INSEE desk on 01 41 17 50 50 about the survey.'
  - id: pii.de-steuer-id
    kind: pii
    severity: critical
    description: 'German tax identification number (Steuer-ID, Steuer-IdNr, IdNr, (steuerliche) Identifikationsnummer, Steueridentifikationsnummer, tax ID) after its label: 11 digits, plain or 2-3-3-3, one digit of the first ten repeated, ISO 7064 MOD 11,10 check digit'
    keywords: ['steuer', 'identifikationsnummer', 'idnr', 'tax id', 'tax identification']
    patterns:
      - '(?:\bsteuer[- ]?id(?:[- ]?nr)?\b|\bsteuer-?identifikationsnummer\b|\b(?:steuerliche )?identifikationsnummer\b|\bidnr\b|\btax id(?:entification number)?\b|\btax identification number\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>[1-9]\d(?:[ ./]?\d{3}){3}|[1-9]\d{2}(?:[ ./]?\d{3}){2}[ ./]?\d{2})(?![\d/-]|[.,]\d)'
    validator: 'de-steuer-id'
    message: 'German tax identification number (Steuer-ID)'
    examples:
      fire:
        - 'Steuer-ID: 75 016 023 946'
        - 'Meine Steueridentifikationsnummer lautet 15910623472.'
        - 'Die steuerliche Identifikationsnummer des Mitarbeiters ist 61 087 263 491.'
        - 'IdNr 62105847033 für die Lohnabrechnung'
        - 'Her German tax ID is 10 273 454 682.'
        - 'Steuer-IdNr. (10285976452) liegt dem Vertrag bei.'
      pass:
        - 'Steuer-ID: 75 016 023 940'
        - 'Rechnung 75016023946 ist bezahlt.'
        - 'Bitte schicken Sie uns keine Steuer-ID per E-Mail.'
        - 'Steuer-ID: 12 345 678 901'
        - 'Unsere Steuernummer ist 143/256/78901.'
        - 'Our tax ID is DE 123 456 789 for the invoice.'
  - id: pii.de-svnr
    kind: pii
    severity: critical
    description: 'German social / pension insurance number (Sozialversicherungsnummer, Rentenversicherungsnummer, SV-Nummer) after its label: area 2 digits, birth date DDMMYY, the initial of the birth name, serial 2 digits, check digit (letter as 01–26, weights 2,1,2,5,7,1,2,1,2,1,2,1, digit sums, mod 10)'
    keywords: ['sozialversicherungsnummer', 'rentenversicherungsnummer', 'versicherungsnummer', 'sv-nummer', 'sv-nr', 'svnr', 'social security', 'social insurance']
    patterns:
      - '(?:\b(?:sozial|renten)?versicherungsnummer\b|\bsv-(?:nummer|nr)\b|\bsvnr\b|\bsocial (?:security|insurance) (?:number|no)\b)[^\d\n]{0,60}?(?<![a-z0-9-])(?<m>\d{2} ?\d{6} ?[a-z] ?\d{2} ?\d)(?![\w-])'
    validator: 'de-svnr'
    message: 'German social insurance number (Sozialversicherungsnummer)'
    examples:
      fire:
        - 'Sozialversicherungsnummer: 68 220589 U 525'
        - 'Seine Rentenversicherungsnummer ist 23121094N949.'
        - 'SV-Nummer des neuen Mitarbeiters: 17 100145 D 668'
        - 'His German social security number is 26 180974 H 923.'
        - 'Versicherungsnummer (77200154Y580) bitte in die Personalakte.'
      pass:
        - 'Sozialversicherungsnummer: 68 220589 U 520'
        - 'Artikelnummer 68220589U525 ist ausverkauft.'
        - 'Die Sozialversicherungsnummer steht auf dem Ausweis der Rentenversicherung.'
        - 'Sozialversicherungsnummer: 12 345678 A 123'
        - 'SV-Nummer: 00 000000 X 000'
  - id: pii.it-codice-fiscale
    kind: pii
    severity: critical
    description: 'Italian codice fiscale (CF, cod. fisc., tax code, fiscal code) after its label: 6 letters, YY, month letter, day (+40 for women), cadastral code, check letter (odd/even table, mod 26); omocodia letters accepted'
    keywords: ['codice fiscale', 'cod. fisc', 'cod fisc', 'c.f', 'cf', 'fiscal code', 'tax code']
    patterns:
      - '(?:\bcodice fiscale\b|\bcod\.? ?fisc\b\.?|\bc\.f\b\.?|\bcf\b|\bfiscal code\b|\btax code\b)[^\d\n]{0,60}?(?<![a-z0-9])(?<m>[a-z]{6}[\dlmnp-v]{2}[abcdehlmprst][\dlmnp-v]{2}[a-z][\dlmnp-v]{3}[a-z])(?![\w-])'
    validator: 'it-codice-fiscale'
    message: 'Italian tax code (codice fiscale)'
    examples:
      fire:
        - 'Codice fiscale: BNCGPP72C45F205C'
        - 'Il mio codice fiscale è VRDLCU80A01H501G.'
        - 'CF del cliente - FRRGLI91E52L219F'
        - 'Her Italian tax code is CLMMRC68R12F839L, see the contract.'
        - 'C.F. RSSMRA85T10A56NH (omocodia)'
        - 'cod. fisc. (RSSMRA85T10A562S) per la fattura'
        - 'Codice fiscale del legale rappresentante (Marco Bianchi, nato a Milano): BNCMRC78C14F205Z.'
      pass:
        - 'Codice fiscale: BNCGPP72C45F205A'
        - 'Ordine BNCGPP72C45F205C spedito.'
        - 'Codice fiscale: XXXXXXXXXXXXXXXX'
        - 'Non chiediamo mai il codice fiscale via email.'
        - 'The new tax code applies from 1 March 2025.'
  - id: pii.pl-pesel
    kind: pii
    severity: critical
    description: 'Polish PESEL after its label (PESEL, numer PESEL, nr PESEL): 11 digits, a real birth date (month + 20 / 40 / 60 / 80 for other centuries), check digit with weights 1,3,7,9'
    keywords: ['pesel']
    patterns:
      - '\bpesel\b[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{11})(?![\d/-]|[.,]\d)'
    validator: 'pl-pesel'
    message: 'Polish national identification number (PESEL)'
    examples:
      fire:
        - 'PESEL: 85121042166'
        - 'Numer PESEL pracownika to 84010949609.'
        - 'Her PESEL number is 57102856378.'
        - 'nr PESEL 06230899911 (dziecko)'
        - 'PESEL klienta – 76061080509'
      pass:
        - 'PESEL: 85121042160'
        - 'Zamówienie 85121042166 zostało wysłane.'
        - 'Nigdy nie prosimy o numer PESEL w mailu.'
        - 'PESEL: 00000000000'
        - 'PESEL: 85131042166'
  - id: pii.be-nrn
    kind: pii
    severity: critical
    description: 'Belgian national register number (rijksregisternummer, numéro de registre national, INSZ / NISS, NN) after its label: YY.MM.DD-SSS.CC or plain, CC = 97 − (9 digits mod 97), with a leading 2 for births from 2000'
    keywords: ['rijksregister', 'registre national', 'national regist', 'national number', 'nationaal nummer', 'numéro national', 'insz', 'niss', 'nn']
    patterns:
      - '(?:\brijksregister(?:nummer|nr)?\b|\b(?:num[ée]ro (?:de |du )?)?registre national\b|\bnational regist(?:er|ry) (?:number|no)\b|\bnational number\b|\bnationaal nummer\b|\bnum[ée]ro national\b|\binsz\b|\bniss\b|\bnn\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{2}\.?\d{2}\.?\d{2}[- ]?\d{3}[. -]?\d{2})(?![\d/-]|[.,]\d)'
    validator: 'be-nrn'
    message: 'Belgian national register number'
    examples:
      fire:
        - 'Rijksregisternummer: 62.09.21-426.18'
        - 'Numéro de registre national : 71.08.24-815.12'
        - 'INSZ 88112315414 voor de loonfiche.'
        - 'His Belgian national register number is 07.05.18-624.17.'
        - 'NN : 16.09.18-390.51'
      pass:
        - 'Rijksregisternummer: 62.09.21-426.19'
        - 'Factuurnummer 62092142618 is betaald.'
        - 'Vul uw rijksregisternummer in via itsme, niet per mail.'
        - 'Rijksregisternummer: 00.00.00-000.00'
        - 'Ons ondernemingsnummer is 0403.170.701.'
  - id: pii.dk-cpr
    kind: pii
    severity: critical
    description: 'Danish CPR number after its label (CPR, CPR-nr., CPR-nummer): DDMMYY-SSSS; no mod-11 check since 2007, so a real date (century from the serial) is required'
    keywords: ['cpr']
    patterns:
      - '\bcpr(?:[- ]?(?:nr|nummer|number|no)\b\.?)?[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{6}[- ]?\d{4})(?![\d/-]|[.,]\d)'
    validator: 'dk-cpr'
    message: 'Danish personal identification number (CPR)'
    examples:
      fire:
        - 'CPR-nr.: 070589-1846'
        - 'Hendes CPR-nummer er 311270-2417.'
        - 'CPR 1503024128 til lønsedlen'
        - 'His Danish CPR number is 240677-0391.'
        - 'cpr nr 010195 3319'
      pass:
        - 'CPR-nr.: 310289-1846'
        - 'CPR-nummer: DDMMÅÅ-XXXX'
        - 'Vi beder aldrig om dit CPR-nummer på mail.'
        - 'Ordrenummer 070589-1846 er afsendt.'
        - 'CPR-nr.: 000000-0000'
  - id: pii.no-fnr
    kind: pii
    severity: critical
    description: 'Norwegian national identity number (fødselsnummer, F.nr., D-nummer) after its label: DDMMYY + 5 digits (day + 40 for D-numbers), two mod-11 check digits'
    keywords: ['fødselsnummer', 'fodselsnummer', 'fnr', 'f.nr', 'd-nummer', 'norwegian']
    patterns:
      - '(?:\bf[øo]dselsnummer\b|\bf\.nr\b\.?|\bfnr\b|\bd-nummer\b|\bnorwegian (?:national )?id(?:entity)? (?:number|no)\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{6} ?\d{5})(?![\d/-]|[.,]\d)'
    validator: 'no-fnr'
    message: 'Norwegian national identity number (fødselsnummer)'
    examples:
      fire:
        - 'Fødselsnummer: 130698 84215'
        - 'Hans fødselsnummer er 15038695786.'
        - 'F.nr. 10019420286 til lønnssystemet'
        - 'Her Norwegian national ID number is 130641 87486.'
        - 'D-nummer: 41038510086'
      pass:
        - 'Fødselsnummer: 130698 84210'
        - 'Ordre 13069884215 er sendt.'
        - 'Send aldri fødselsnummer på e-post.'
        - 'Fødselsnummer: 11 siffer, DDMMÅÅ og 5 siffer.'
        - 'Fødselsnummer: 00000000000'
  - id: pii.fi-hetu
    kind: pii
    severity: critical
    description: 'Finnish personal identity code (henkilötunnus, HETU, sotu, personbeteckning) after its label: DDMMYY, century sign (+ - A–F U–Y), 3 digits, check character (mod 31)'
    keywords: ['henkilötunnu', 'henkilotunnu', 'hetu', 'sotu', 'personbeteckning', 'personal identity code', 'personal id code', 'finnish']
    patterns:
      - '(?:\bhenkil[öo]tunnu\p{L}*|\bhetu\b|\bsotu\b|\bpersonbeteckning\b|\bpersonal id(?:entity)? code\b|\bfinnish (?:personal )?id\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{6}[-+a-fu-y]\d{3}[0-9a-y])(?![\w-])'
    validator: 'fi-hetu'
    message: 'Finnish personal identity code (henkilötunnus)'
    examples:
      fire:
        - 'Henkilötunnus: 050171-109V'
        - 'Hänen henkilötunnuksensa on 121277-816L.'
        - 'HETU 030510A382V (lapsi)'
        - 'Her Finnish personal identity code is 150459-738X.'
        - 'sotu: 230867-3595'
      pass:
        - 'Henkilötunnus: 050171-1090'
        - 'Tilaus 050171-109V on lähetetty.'
        - 'Emme koskaan kysy henkilötunnusta sähköpostilla.'
        - 'Henkilötunnus: PPKKVV-NNNT'
        - 'HETU 310271-109V'
  - id: pii.pt-nif
    kind: pii
    severity: critical
    description: 'Portuguese NIF of a person (NIF, número de contribuinte, número de identificação fiscal) after its label: 9 digits starting 1–3 or 45, mod-11 check digit; company NIFs (5, 6, 9…) are public and not reported'
    keywords: ['nif', 'contribuinte', 'identificação fiscal', 'identificacao fiscal', 'portuguese']
    patterns:
      - '(?:\bnif\b|\bcontribuinte\b|\bidentifica[çc][ãa]o fiscal\b|\bportuguese (?:tax (?:id|number)|nif)\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{3}[ .]?\d{3}[ .]?\d{3})(?![\d/-]|[.,]\d)'
    validator: 'pt-nif'
    message: 'Portuguese tax number of a person (NIF)'
    examples:
      fire:
        - 'NIF: 310 192 625'
        - 'O meu número de contribuinte é 108085678.'
        - 'Contribuinte n.º 228 866 090 para a fatura'
        - 'Her Portuguese NIF is 163466467.'
        - 'NIF do cliente (160 665 469)'
      pass:
        - 'NIF: 310 192 620'
        - 'Encomenda 310192625 enviada.'
        - 'O NIF da empresa é 501 964 843.'
        - 'Nunca pedimos o NIF por email.'
        - 'Contribuinte: 000 000 000'
  - id: pii.ch-ahv
    kind: pii
    severity: critical
    description: 'Swiss AHV / AVS social security number: 756.XXXX.XXXX.XX with an EAN-13 check digit. The dotted 756 form is reported without a label (that exact grouping is used for nothing else); plain or spaced only after a label (AHV-Nr., AHVN13, numéro AVS, Sozialversicherungsnummer, social security number)'
    keywords: ['ahv', 'avs', 'sozialversicherungsnummer', 'social security']
    patterns:
      - regex: '(?<![\w.,/-])(?<m>756\.\d{4}\.\d{4}\.\d{2})(?![\w-]|[.,]\d)'
        keywords: ['756.']
      - '(?:\bahv(?:n13)?\b|\bavs\b|\bsozialversicherungsnummer\b|\bsocial security\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>756[ .]?\d{4}[ .]?\d{4}[ .]?\d{2})(?![\d/-]|[.,]\d)'
    validator: 'ch-ahv'
    message: 'Swiss social security number (AHV / AVS)'
    examples:
      fire:
        - 'AHV-Nr. 756.4451.0652.83'
        - 'Numéro AVS : 756.8534.0510.88'
        - 'Her Swiss social security number is 7566036038590.'
        - 'Sozialversicherungsnummer 756 7180 7446 41 für die Lohnabrechnung'
        - 'Please update the employee record: 756.6898.5990.86.'
      pass:
        - 'AHV-Nr. 756.4451.0652.80'
        - 'Rechnung 7564451065283 ist bezahlt.'
        - 'AHV-Nr.: 756.XXXX.XXXX.XX'
        - 'Wir fragen nie nach der AHV-Nummer per E-Mail.'
        - 'Firmware 756.1234.5678.90 is out.'
        - 'The total was CHF 4,756.00 for 12 seats.'
  - id: pii.cn-ric
    kind: pii
    severity: critical
    description: 'Chinese resident identity card number after its label (身份证, 身份证号码, 公民身份号码, resident ID, Chinese ID card): 6-digit area, birth date YYYYMMDD, sequence, ISO 7064 MOD 11-2 check (X for 10)'
    keywords: ['身份证', '公民身份号码', 'resident id', 'resident identity', 'chinese id', 'prc id', 'id card']
    patterns:
      - '(?:身份证(?:号码|号)?|公民身份号码|\bresident id(?:entity)?(?: card)?\b|\b(?:chinese|prc) (?:national )?id\b|\bid card\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>[1-8]\d{5} ?(?:19|20)\d{6} ?\d{3}[\dx])(?![\w-])'
    validator: 'cn-ric'
    message: 'Chinese resident identity card number'
    examples:
      fire:
        - '身份证号：330106197204268394'
        - '他的身份证号码是 51010719920401924X，请核对。'
        - 'Resident ID card number: 110105198012138963'
        - 'Her Chinese ID card is 440305 20021108 1530.'
        - '公民身份号码 310104200102068402'
      pass:
        - '身份证号：330106197204268390'
        - '订单号 330106197204268394 已发货。'
        - '请不要通过邮件发送身份证号码。'
        - '身份证号：XXXXXXXXXXXXXXXXXX'
        - 'ID card printers ship from 1 March 2025.'
  - id: pii.kr-rrn
    kind: pii
    severity: critical
    description: 'South Korean resident registration number after its label (주민등록번호, 주민번호, RRN, resident registration number): YYMMDD-SNNNNNN with a real date and sex/century digit 1–8 (no check digit: numbers since 2020 carry none)'
    keywords: ['주민등록번호', '주민번호', 'resident registration', 'rrn']
    patterns:
      - '(?:주민등록번호|주민번호|\bresident registration (?:number|no)\b|\brrn\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{6}[- ]?[1-8]\d{6})(?![\d/-]|[.,]\d)'
    validator: 'kr-rrn'
    message: 'South Korean resident registration number'
    examples:
      fire:
        - '주민등록번호: 850412-1538217'
        - '고객님의 주민번호는 920830-2047114입니다.'
        - 'Resident registration number: 010305-3120458'
        - 'RRN 7711192654301 for the visa form'
      pass:
        - '주민등록번호: 851312-1538217'
        - '주문번호 850412-1538217 배송 완료.'
        - '주민등록번호는 이메일로 보내지 마세요.'
        - '주민등록번호: 000000-0000000'
  - id: pii.jp-my-number
    kind: pii
    severity: critical
    description: 'Japanese individual number (マイナンバー, 個人番号, My Number card, individual number) after its label: 12 digits, plain or 4-4-4, mod-11 check digit'
    keywords: ['マイナンバー', '個人番号', 'my number card', 'individual number']
    patterns:
      - '(?:マイナンバー(?:カード)?|個人番号|\bmy number card\b|\bindividual number\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{4}[- ]?\d{4}[- ]?\d{4})(?![\d/-]|[.,]\d)'
    validator: 'jp-my-number'
    message: 'Japanese individual number (My Number)'
    examples:
      fire:
        - 'マイナンバー：8237 0046 8921'
        - '個人番号は730292432362です。'
        - 'My Number card: 6204-8992-1748'
        - 'Her Japanese individual number is 2361 4951 3292.'
      pass:
        - 'マイナンバー：8237 0046 8920'
        - '注文番号 823700468921 を発送しました。'
        - 'マイナンバーはメールで送らないでください。'
        - 'Call 0120-123-456 about your My Number card.'
  - id: pii.tw-id
    kind: pii
    severity: critical
    description: 'Taiwanese national identification number after its label (身分證字號, 身分證號碼, Taiwan ID, national ID number): a letter, 1/2 (8/9 for residents), 8 digits, weighted mod-10 check'
    keywords: ['身分證', '身份證', 'taiwan', 'roc id', 'national id']
    patterns:
      - '(?:身[分份]證(?:字號|號碼|號)?|\btaiwan(?:ese)? (?:national )?id\b|\broc id\b|\bnational id (?:card )?(?:number|no)\b)[^\d\n]{0,60}?(?<![a-z0-9])(?<m>[a-z][1289]\d{8})(?![\w-])'
    validator: 'tw-id'
    message: 'Taiwanese national identification number'
    examples:
      fire:
        - '身分證字號：S163867654'
        - '她的身分證號碼是 M226588860。'
        - 'Taiwan ID number: R219280997'
        - 'Her Taiwanese national ID is Q164658791.'
      pass:
        - '身分證字號：S163867650'
        - '訂單編號 S163867654 已出貨。'
        - '請勿以電子郵件傳送身分證字號。'
        - '身分證字號：A1XXXXXXXX'
  - id: pii.hk-hkid
    kind: pii
    severity: critical
    description: 'Hong Kong identity card number after its label (HKID, Hong Kong ID / identity card, 香港身份證): 1–2 letters, 6 digits, check digit or A in brackets (weights 9..2, mod 11)'
    keywords: ['hkid', 'hong kong id', 'hong kong identity', '身份證']
    patterns:
      - '(?:\bhkid\b|\bhong kong id(?:entity card)?\b|身份證(?:號碼|號)?)[^\d\n]{0,60}?(?<![a-z0-9])(?<m>[a-z]{1,2}\d{6} ?(?:\([\da]\)|[\da]))(?![\w-])'
    validator: 'hk-hkid'
    message: 'Hong Kong identity card number'
    examples:
      fire:
        - 'HKID: E241660(7)'
        - 'His HKID card number is UV656580(7).'
        - 'Hong Kong ID A795373(1) for the account opening'
        - '香港身份證號碼：F837664(2)'
        - 'HKID YS1540481'
      pass:
        - 'HKID: E241660(0)'
        - 'Order E2416607 shipped.'
        - 'We never collect HKID numbers by email.'
        - 'HKID: A123456(X)'
  - id: pii.il-tz
    kind: pii
    severity: critical
    description: 'Israeli identity number after its label (teudat zehut, mispar zehut, תעודת זהות, מספר זהות, ת.ז., Israeli ID): 9 digits (or 8-1), Luhn check'
    keywords: ['teudat zehut', 'mispar zehut', 'תעודת זהות', 'מספר זהות', 'ת.ז', 'ת"ז', 'israeli id']
    patterns:
      - '(?:\bteudat zehut\b|\bmispar zehut\b|תעודת זהות|מספר זהות|ת\.ז\.?|ת"ז|\bisraeli id\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{8}-?\d)(?![\d/-]|[.,]\d)'
    validator: 'il-tz'
    message: 'Israeli identity number (teudat zehut)'
    examples:
      fire:
        - 'Teudat Zehut: 686740895'
        - 'מספר תעודת זהות: 618034680'
        - 'ת.ז. 942087131 של הלקוח'
        - 'Her Israeli ID number is 76015743-8.'
      pass:
        - 'Teudat Zehut: 686740890'
        - 'Order 686740895 shipped.'
        - 'Please do not email your teudat zehut number.'
        - 'ת.ז. 000000000'
  - id: pii.tr-tckn
    kind: pii
    severity: critical
    description: 'Turkish identity number after its label (T.C. Kimlik No, kimlik numarası, TCKN, Turkish ID): 11 digits, first not 0, two check digits (7·odd − even mod 10; sum mod 10)'
    keywords: ['kimlik', 'tckn', 't.c. no', 'tc no', 'turkish']
    patterns:
      - '(?:\bkimlik\b|\btckn\b|\bt\.c\. no\b|\btc no\b|\bturkish (?:national )?id\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>[1-9]\d{10})(?![\d/-]|[.,]\d)'
    validator: 'tr-tckn'
    message: 'Turkish identity number (T.C. Kimlik No)'
    examples:
      fire:
        - 'T.C. Kimlik No: 88727270012'
        - 'TC kimlik numarası 22606995290 olan müşteri'
        - 'Her Turkish ID number is 11584693748.'
        - 'TCKN (56975022400) sözleşmede yazıyor.'
      pass:
        - 'T.C. Kimlik No: 88727270010'
        - 'Sipariş 88727270012 kargoya verildi.'
        - 'Kimlik numaranızı e-posta ile göndermeyin.'
        - 'T.C. Kimlik No: 12345678901'
  - id: pii.za-id
    kind: pii
    severity: critical
    description: 'South African identity number after its label (SA / RSA ID, South African ID, ID number, identity number, ID-nommer): 13 digits YYMMDD SSSS C A Z, a real date, citizenship 0–2, Luhn'
    keywords: ['sa id', 'rsa id', 'south african id', 'identity number', 'id number', 'id no', 'id-nommer', 'id nommer', 'identiteitsnommer']
    patterns:
      - '(?:\b(?:sa|rsa|south african) id\b|\bidentity number\b|\bid (?:number|no)\b|\bid[- ]nommer\b|\bidentiteitsnommer\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{6} ?\d{4} ?\d{3})(?![\d/-]|[.,]\d)'
    validator: 'za-id'
    message: 'South African identity number'
    examples:
      fire:
        - 'SA ID number: 8009108778187'
        - 'Her South African ID is 990127 1859 183.'
        - 'ID number 6204208411084 for the FICA documents'
        - 'Identiteitsnommer: 6807047575081'
      pass:
        - 'SA ID number: 8009108778180'
        - 'Tracking 8009108778187 is in transit.'
        - 'Bring your SA ID book to the branch.'
        - 'ID number: YYMMDDSSSSCAZ'
        - 'ID number 8013108778187'
  - id: pii.mx-curp
    kind: pii
    severity: critical
    description: 'Mexican CURP after its label: 4 letters, birth date YYMMDD, sex H/M/X, state, 3 consonants, homoclave, check digit (weights 18..2, mod 10)'
    keywords: ['curp']
    patterns:
      - '\bcurp\b[^\d\n]{0,60}?(?<![a-z0-9])(?<m>[a-zñ&]{4}\d{6}[hmx][a-z]{2}[a-zñ&]{3}[0-9a-z]\d)(?![\w-])'
    validator: 'mx-curp'
    message: 'Mexican population registry code (CURP)'
    examples:
      fire:
        - 'CURP: GOML800412HDFMPS08'
        - 'Mi CURP es HERM921130MJCRDR06.'
        - 'Her CURP (LOPJ750923HNLPRN03) is on the contract.'
        - 'curp de la clienta - MAGA010305MMCRNNA4'
      pass:
        - 'CURP: GOML800412HDFMPS00'
        - 'Pedido GOML800412HDFMPS08 enviado.'
        - 'Nunca pedimos la CURP por correo.'
        - 'CURP: XXXX000000XXXXXX00'
  - id: pii.ar-cuil
    kind: pii
    severity: critical
    description: 'Argentine CUIL / CUIT of a person after its label: XX-XXXXXXXX-X with prefix 20, 23, 24 or 27, mod-11 check digit; company CUITs (30, 33, 34) are public and not reported'
    keywords: ['cuil', 'cuit']
    patterns:
      - '\bcui[lt]\b[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{2}-?\d{8}-?\d)(?![\d/-]|[.,]\d)'
    validator: 'ar-cuit'
    message: 'Argentine CUIL / CUIT of a person'
    examples:
      fire:
        - 'CUIL: 27-40506399-4'
        - 'Mi CUIT es 20-39277667-3.'
        - 'cuil del empleado 23190910830'
        - 'Her CUIL number is 20-17979343-2.'
      pass:
        - 'CUIL: 27-40506399-0'
        - 'CUIT de la empresa: 30-71234567-1'
        - 'Pedido 27-40506399-4 enviado.'
        - 'Nunca pedimos el CUIL por mail.'
  - id: pii.cl-rut
    kind: pii
    severity: critical
    description: 'Chilean RUT / RUN of a person after its label (RUT, rol único tributario / nacional): XX.XXX.XXX-K, mod-11 check (K for 10); company RUTs (50.000.000 and up) are public and not reported'
    keywords: ['rut', 'rol único', 'rol unico']
    patterns:
      - '(?:\brut\b|\brol [úu]nico (?:tributario|nacional)\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{1,2}\.?\d{3}\.?\d{3}-?[\dk])(?![\w/-]|[.,]\d)'
    validator: 'cl-rut'
    message: 'Chilean RUT / RUN of a person'
    examples:
      fire:
        - 'RUT: 16.285.247-7'
        - 'Mi RUT es 17.844.166-3.'
        - 'RUT 9.408.457-1 para la boleta'
        - 'Her Chilean RUT is 12.172.026-4.'
      pass:
        - 'RUT: 16.285.247-0'
        - 'Pedido 16.285.247-7 enviado.'
        - 'RUT empresa: 76.086.428-5'
        - 'Nunca pedimos tu RUT por correo.'
  - id: pii.ie-ppsn
    kind: pii
    severity: critical
    description: 'Irish PPS number after its label (PPSN, PPS number, personal public service number): 7 digits, a check letter (mod 23), optionally A / B / H / W'
    keywords: ['ppsn', 'pps', 'personal public service']
    patterns:
      - '(?:\bppsn?\b|\bpersonal public service (?:number|no)\b)[^\d\n]{0,60}?(?<![a-z0-9])(?<m>\d{7} ?[a-w][abhw]?)(?![\w-])'
    validator: 'ie-ppsn'
    message: 'Irish PPS number'
    examples:
      fire:
        - 'PPSN: 2799328N'
        - 'Her PPS number is 5783685C.'
        - 'PPS No. 3325178QA on the P60'
        - 'Personal Public Service Number 6544197K'
      pass:
        - 'PPSN: 2799328A'
        - 'Order 2799328N shipped.'
        - 'We never ask for a PPSN by email.'
        - 'PPSN: 1234567X'
  - id: pii.cz-rodne-cislo
    kind: pii
    severity: critical
    description: 'Czech / Slovak birth number (rodné číslo, R.Č., birth number) after its label: YYMMDD/SSSC (month + 50 for women), a real date, divisible by 11'
    keywords: ['rodn', 'r.č', 'birth number']
    patterns:
      - '(?:\brodn(?:é|e|ého|eho|ým|ym) (?:č|c)[íi]sl(?:o|a|em)\b|\br\.\s?č\.|\b(?:czech |slovak )?birth number\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>\d{6}/?\d{4})(?![\d/-]|[.,]\d)'
    validator: 'cz-rc'
    message: 'Czech / Slovak birth number (rodné číslo)'
    examples:
      fire:
        - 'Rodné číslo: 855824/0218'
        - 'Jeho rodné číslo je 700306/9953.'
        - 'R.Č. 8952232113 (zaměstnanec)'
        - 'Her Czech birth number is 786124/3225.'
      pass:
        - 'Rodné číslo: 855824/0219'
        - 'Objednávka 855824/0218 byla odeslána.'
        - 'Rodné číslo nikdy neposílejte e-mailem.'
        - 'Rodné číslo: RRMMDD/XXXX'
  - id: pii.ro-cnp
    kind: pii
    severity: critical
    description: 'Romanian personal numeric code (CNP, cod numeric personal) after its label: 13 digits, sex/century, a real date, county, weighted mod-11 check (279146358279)'
    keywords: ['cnp', 'cod numeric personal', 'codul numeric personal', 'personal numeric code']
    patterns:
      - '(?:\bcnp\b|\bcod(?:ul)? numeric personal\b|\bpersonal numeric code\b)[^\d\n]{0,60}?(?<![\d.,/-])(?<m>[1-9]\d{12})(?![\d/-]|[.,]\d)'
    validator: 'ro-cnp'
    message: 'Romanian personal numeric code (CNP)'
    examples:
      fire:
        - 'CNP: 2500109200820'
        - 'Codul numeric personal al clientului este 1111223064435.'
        - 'CNP 2890806339479 pentru contract'
        - 'Her Romanian personal numeric code is 1241109147961.'
      pass:
        - 'CNP: 2500109200821'
        - 'Comanda 2500109200820 a fost expediată.'
        - 'Nu trimiteți niciodată CNP-ul prin e-mail.'
        - 'CNP: 1XXXXXXXXXXXX'
`;
