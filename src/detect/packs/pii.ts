/**
 * pii: identifiers a sales email must never carry, each with the validator that keeps false alarms
 * out (Presidio's recognizers): card numbers of every major network's ranges and lengths with Luhn
 * (incl. 16–19-digit Maestro and UnionPay), IBANs with mod-97, SSNs in any separator with the SSA
 * rules, UK NI numbers. Phone numbers are not PII to block in a sales email: no rule.
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
      pass:
        - 'Server 192.168.100.200 is up.'
        - 'Not a card: 4111 1111 1111 1112'
        - 'Call +1 (415) 555-0199 or 415-555-0132.'
        - 'Order 2024-118-4471 shipped.'
        - 'Tracking 1234567890123 is not a card.'
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
`;
