/**
 * Which sentences are written in English, by their function words: enough to tell an email
 * written in Spanish, German, French, Portuguese, Dutch, Italian, Swedish, Norwegian or Danish
 * from an English one, without a language model. The learned sentence model (model/detect.ts) is
 * trained on English: a sentence in another language is read through a word-for-word lexicon
 * (model/lexicon.ts), and in an English email it is often a note for the team (a colleague's
 * aside in German); in an email written in that language it is just the email.
 */


/** English function words, without the ones other languages write too (in, a, me, is, so, was, also, an, will, no). */
export const ENGLISH = new Set('the and to of are you your we our for with this that it on be have has would can could should i my as at by from if not or were do does all about any us they their there what when which who how more just but please thanks thank hi hello best regards here let know into than then them these those been being its it\'s i\'m we\'re you\'re don\'t can\'t'.split(' '));

/** Function words of the other languages, without the ones English shares (a, in, is, on, me, die, den...). */
const OTHER = new Set([
  // Shared by several of them
  ...'de e o y à há ou só'.split(' '),
  // Spanish
  ...'el la los las del que y en un una por para con su sus es al lo como más pero ya muy nos les se te tu usted ustedes está están este esta estos estas gracias hola saludos también cuando donde sobre hay mi qué cómo le ha han hemos puede podemos sería nuestro nuestra nuestros vamos tiene tienen'.split(' '),
  // German
  ...'der das und ist nicht ich sie wir ihr ihnen ihre mit für auf dem des ein eine einen zu von im es sich auch noch wie bei oder aber wenn uns unser unsere haben hat sind werden wird gerne gern danke vielen grüße grüßen hallo herr frau sehr können freundlichen gibt nach über'.split(' '),
  // French
  ...'les des du et est une pour qui dans sur avec pas vous nous votre vos notre nos ce cette ces au aux je il elle sont être avoir mais ou plus bien merci bonjour cordialement ne très peut pouvez sommes avons êtes été'.split(' '),
  // Portuguese
  ...'os da dos das em um uma não mais seu sua você vocês nós na nas é muito obrigado obrigada olá ao aos mas já eu estamos podemos para com'.split(' '),
  // Dutch
  ...'het een en van dat op te met voor niet je jullie uw wij ik zijn er aan ook als bij om naar maar dan nog wel graag bedankt groet hallo deze dit hebben kunnen'.split(' '),
  // Italian
  ...'il gli di della che è per con non sono ci ti vi suo nostro nostra alla anche come più ma se grazie ciao buongiorno cordiali saluti questo questa siamo possiamo dal dalla nel nella quella quello vostro vostra vostri tuo tua mio mia da tra fra'.split(' '),
  // Swedish, Norwegian and Danish (not "men", "for", "at", "i", "her", "till", "er": English words too)
  ...'och att det som jag inte är för med på av om ett har vi ni kan ska skulle vill också eller från när där här hur vad vår våra era ert dina sin sina hej tack hälsningar mvh gärna bara redan även efter innan utan alla något någon mycket'.split(' '),
  ...'og ikke med til på av af om et har vi dere kan skal skulle vil også eller fra når der hvordan hva hvad vår våre vores deres jeres dine hei takk tak hilsen gjerne gerne bare allerede etter efter før uten uden alle noe noget noen nogen mye meget jeg det som'.split(' '),
].filter((w) => !ENGLISH.has(w)));

const WORD = /[\p{L}']+/gu;

/** Whether a sentence reads as written in another language than English (two or more of its function words, more than English ones). */
export function notEnglish(text: string): boolean {
  let en = 0;
  let other = 0;
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (ENGLISH.has(w)) en++;
    else if (OTHER.has(w)) other++;
  }
  return other >= 2 && other > en;
}

/** Share of an email's sentences (of three words or more) at which the email counts as written in another language too. */
export const OTHER_LANGUAGE_SHARE = 0.4;

/**
 * Salutations of the other languages ("Ciao Gina,", "Bonjour Sylvie,", "Hola Manuel,", "Hej Lars,",
 * "Sehr geehrte Frau Weber,"): the greeting check (recipient.ts) reads them, and here they tell an
 * email that greets its reader in another language. Here, not in recipient.ts, so that the model's
 * training-inputs hash (which covers this file) covers them.
 */
export const OTHER_SALUTATIONS = [
  'ciao', 'salve', 'buongiorno', 'buonasera', 'caro', 'cara', 'gentile', 'gentilissima', 'gentilissimo', 'egregio',
  'bonjour', 'bonsoir', 'salut', 'cher', 'chère', 'hola', 'buenos días', 'buenos dias', 'buenas tardes', 'buen día',
  'estimado', 'estimada', 'querido', 'querida', 'hallo', 'guten tag', 'guten morgen', 'moin', 'servus', 'grüezi',
  'liebe', 'lieber', 'sehr geehrte', 'sehr geehrter', 'hej', 'hei', 'hallå', 'kære', 'kjære', 'käre', 'bästa', 'beste',
  'goedemorgen', 'goedemiddag', 'hoi', 'olá', 'ola', 'oi', 'bom dia', 'boa tarde', 'prezado', 'prezada', 'caríssimo',
  'cześć', 'dzień dobry', 'witam', 'szanowna', 'szanowny', 'droga', 'drogi', 'merhaba', 'namaste', 'ahoj', 'dobrý den',
  'geachte', 'vážený', 'vážená', 'vážení', 'milý', 'milá', 'kedves', 'tisztelt', 'sayın', 'değerli', 'sevgili',
  'bună ziua', 'bună', 'dragă', 'stimate', 'stimată', 'hyvä', 'saludos', 'salam',
];

/** A line that opens with another language's salutation and a name or a comma ("Hola Rosa,", "Sehr geehrter Herr Weber,"). */
const OTHER_GREETING = new RegExp(String.raw`(?:^|\n)[ \t]*(?:${OTHER_SALUTATIONS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\p{L}])[ \t]*(?:,|\p{Lu})`, 'iu');

/** The email's first three lines with text: where it greets its reader ("Saludos,\nAlejandra" at its end is a sign-off). */
function opening(text: string): string {
  const lines: string[] = [];
  for (const line of text.split('\n', 40)) {
    if (line.trim() === '') continue;
    lines.push(line);
    if (lines.length === 3) break;
  }
  return lines.join('\n');
}

/**
 * Whether a text is written in another language than English, wholly or as one of two
 * languages side by side: it greets the reader in another language somewhere and holds two
 * sentences or more in one ("Hola Rosa," before a paragraph in Spanish), or at least
 * OTHER_LANGUAGE_SHARE of its sentences of three words or more are in one. `isOther` tells a
 * sentence in another language (by default `notEnglish`; the model's reader also counts languages
 * the function-word lists do not cover, model/detect.ts `unknownLanguage`).
 */
export function writtenInOtherLanguage(text: string, sentences: readonly string[], isOther: (sentence: string) => boolean = notEnglish): boolean {
  let counted = 0;
  let other = 0;
  for (const s of sentences) {
    if ((s.match(WORD) ?? []).length < 3) continue;
    counted++;
    if (isOther(s)) other++;
  }
  // A greeting in another language (in the opening lines) counts with a paragraph in it (two sentences or more): "Hej
  // Birgitte," over an English email is a Danish rep's habit, and the one Danish line after the
  // signature ("Sendes først, når Jens har godkendt SLA-teksten") is a note, not the email.
  if (other >= 2 && OTHER_GREETING.test(opening(text))) return true;
  return counted > 0 && other / counted >= OTHER_LANGUAGE_SHARE;
}
