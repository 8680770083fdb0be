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
    description: 'Dutch citizen service number (BSN, burgerservicenummer, sofinummer) after its label: 9 digits, 11-proef'
    keywords: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer']
    patterns:
      - '\b(?:bsn|burgerservicenummer|sofi-?nummer)\b(?:\s*(?:#|no\.|no\b|nr\.|nr\b|number\b|nummer\b|is\b|was\b|:|-|\())*\s*(?<m>\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{8,9})(?![\d-]|\.\d)'
    validator: 'bsn'
    message: 'Dutch citizen service number (BSN)'
    examples:
      fire:
        - 'BSN 471978735 staat op het formulier.'
        - 'burgerservicenummer: 4724.23.101'
        - 'Her BSN is 092 250 385.'
        - 'bsn nr. 55181661'
      pass:
        - 'BSN 471978736 fails the check.'
        - 'Invoice 471978735 is attached.'
        - 'We never store a BSN in the CRM.'
  - id: pii.es-dni
    kind: pii
    severity: critical
    description: 'Spanish DNI / NIE / NIF after its label: 8 digits (or X/Y/Z + 7) and the check letter (number mod 23)'
    keywords: ['dni', 'nie', 'nif', 'd.n.i', 'documento nacional']
    patterns:
      - '\b(?:dni|nie|nif|d\.n\.i\.?|documento nacional de identidad)(?:\s*(?:#|n[ºo°]\.?|number|n[úu]mero|is|es|:|-|\())*\s*(?<m>(?:\d{8}|[xyz][ -]?\d{7})[ -]?[a-z])(?![\w-])'
    validator: 'es-dni'
    message: 'Spanish DNI / NIE number'
    examples:
      fire:
        - 'DNI 93932823H para el contrato.'
        - 'NIE: Y-3194475-L'
        - 'Mi DNI es 08054029-G.'
        - 'nif 92338344Z'
      pass:
        - 'DNI 93932823A is not valid.'
        - 'Order 93932823H shipped.'
        - 'Bring your DNI to the event.'
  - id: pii.passport-number
    kind: pii
    severity: critical
    description: 'a passport number right after a passport label (any of several languages): 6–9 letters and digits with at least five digits'
    keywords: ['passport', 'pasaporte', 'passeport', 'reisepass', 'paspoort', 'passaporto', 'passaporte']
    patterns:
      - '\b(?:passport|pasaporte|passeport|reisepass|paspoort|passaporto|passaporte)(?:\s+(?:no\.?|nr\.?|number|num\.?|n[ºo°]\.?|n[úu]mero|num[ée]ro|nummer|id))?\s*(?:[:#]|is|was)?\s*(?:[:#]\s*)?(?<m>(?=[a-z]{0,3}\d)(?![a-z]*\d*(?:19|20)\d{2}[-/.])(?!(?:19|20)\d{6}(?!\d))(?=(?:[a-z]*\d){5})[a-z]{0,3}\d[a-z0-9]{4,8})(?![\w-])'
    message: 'passport number'
    examples:
      fire:
        - 'Passport no. 550193744 for the visa letter.'
        - 'passport number: C03005988'
        - 'Her passport is X12877065.'
        - 'Reisepass Nr. C01X00T47'
        - 'Passport #: 912004417'
      pass:
        - 'Bring your passport to the offsite.'
        - 'Passport number format is 9 digits.'
        - 'Passport renewal takes 6 weeks.'
        - 'Passport expires 2027-03-14.'
        - 'We scan 12000 passport pages a day.'
  - id: pii.date-of-birth
    kind: pii
    severity: critical
    description: 'a date of birth right after its label (DOB, date of birth, born on, several languages)'
    keywords: ['dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'born on', 'geburtsdatum', 'fecha de nacimiento', 'date de naissance', 'data de nascimento', 'geboortedatum']
    patterns:
      - '\b(?:dob|d\.o\.b\.?|date of birth|birth ?date|born on|geburtsdatum|fecha de nacimiento|date de naissance|data de nascimento|geboortedatum)(?:\s*(?:[:=(-]|is|was|of))*\s*(?<m>\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\.? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,? (?:19|20)\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2})(?![\d/])'
    exceptions:
      - '\b(?:we|our company|the company|our team|ourco|the idea|the product|the project|it|this)\s+(?:were|was|got)\s+born on\b'
      - '\b(?:mm|dd)[/.-](?:mm|dd)[/.-]yy'
    message: 'date of birth'
    examples:
      fire:
        - 'DOB 11/02/1984 per the form.'
        - 'Date of birth: 1990-07-23'
        - 'His d.o.b. is 3 March 1975.'
        - 'born on July 4, 1968 in Ohio'
        - 'Geburtsdatum: 14.02.1981'
      pass:
        - 'The DOB field is optional.'
        - 'Date of birth: MM/DD/YYYY'
        - 'We never ask for a date of birth.'
        - 'The webinar on 03/14/2025 covers birth date fields.'
        - 'We were born on 03/14/2015 as a two-person startup.'
`;
