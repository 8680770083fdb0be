/**
 * pii: identifiers a sales email must never carry, each with the validator that keeps false alarms
 * out (Presidio's recognizers): card numbers of every major network's ranges and lengths with Luhn
 * (incl. 16–19-digit Maestro and UnionPay), IBANs with mod-97, SSNs in any separator with the SSA
 * rules, UK NI numbers; national identifiers behind their label (Presidio's context words) with their
 * checksums: Canadian SIN (Luhn), UK NHS number (mod 11), Aadhaar (Verhoeff), Dutch BSN (11-proef),
 * Spanish DNI/NIE (check letter); passport numbers and dates of birth after their label. Published
 * sandbox card numbers next to a test context are samples (validator "card"). Phone numbers are not
 * PII to block in a sales email: no rule.
 */
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
      pass:
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
  - id: pii.us-ssn
    kind: pii
    severity: critical
    patterns:
      - '(?<![\w-])\d{3}([- .])\d{2}\1\d{4}(?![\w-]|\.\d)'
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
      - '\b(?:bsn|burgerservicenummer|sofi-?nummer)\b[^\d\n]{0,30}?(?<![\d.,-])(?<m>\d{4}([ .])\d{2}\2\d{3}|\d{3}([ .])\d{3}\3\d{3}|\d{8,9})(?![\d-]|[.,]\d)'
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
      - '(?:\b(?:dni|nie|nif)\b|\bd\.n\.i\.?|\bdocumento nacional de identidad\b)[^\d\n]{0,30}?(?<![a-z0-9-])(?<m>(?:\d{8}|[xyz][ -]?\d{7})[ -]?[a-z])(?![\w-])'
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
      - '\b(?:tfn|tax file (?:number|no\.?|#))\b[^\d\n]{0,30}?(?<![\d.,-])(?<m>\d{2,3}([ -]?)\d{3}\2\d{2,3})(?![\d-]|[.,]\d)'
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
      - '\bcpf\b[^\d\n]{0,30}?(?<![\d.,/-])(?<m>\d{3}([.\s]?)\d{3}\2\d{3}[-.\s]?\d{2})(?![\d/-]|[.,]\d)'
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
      - '\b(?:nric|fin(?=\s*(?:no\.?|number|#|is\b|[:=]))|(?:her|his|their|the) fin)\b[^\d\n]{0,30}?(?<![a-z0-9-])(?<m>[stfgm]\d{7}[a-z])(?![\w-])'
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
      - '\b(?:personnummer|personnr\.?|samordningsnummer|personal identity (?:number|no\.?))[^\d\n]{0,30}?(?<![\d.,-])(?<m>(?:(?:18|19|20)\d{6}|\d{6})[-+]?\d{4})(?![\d-]|[.,]\d)'
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
`;
