/**
 * recipient_mismatch from the greeting: the name the draft greets against `to.name`.
 *
 * Same person: the same name, a nickname from the table (Bob ↔ Robert, Peggy ↔ Margaret), a
 * spelling or transliteration variant (Jon ↔ John, Sara ↔ Sarah, Aleksandr ↔ Alexander), the name
 * typed without its accents (José ↔ Jose, Müller ↔ Mueller), a clear short form (Chris ↔ Christopher: the full
 * name starts with it and is at least two letters longer), or the surname after a title.
 * A different person: anything else — in particular a near-name one or two letters away that
 * is another real name (Jon ↔ Joan, Dan ↔ Dana, Eric ↔ Erica) and a title with another surname
 * ("Dear Ms. Chen" to Laura Patel).
 *
 * The recipient's DOMAIN against the book is a separate detector (recipient-domain.ts).
 */
import { OTHER_SALUTATIONS } from './language.js';
import type { DraftInput } from './types.js';
import { accountNameWords, addFinding, type FieldText, type ScanContext } from './context.js';
import { foldText, normalizeTerm, stripMarks } from './normalize.js';

/** Formal name → common English nicknames and short forms. */
const NICKNAMES: Record<string, string[]> = {
  abigail: ['abby', 'abbie', 'gail'], abraham: ['abe', 'bram'], alexander: ['alex', 'al', 'xander', 'sandy', 'lex', 'alec', 'sasha'],
  alexandra: ['alex', 'lexi', 'lexie', 'sandra', 'sandy', 'sasha', 'ally', 'alexa'], alexis: ['alex', 'lexi'],
  alfred: ['al', 'alf', 'fred', 'freddie'], albert: ['al', 'bert', 'bertie'], allison: ['ally', 'allie'], alison: ['ally', 'allie'],
  amanda: ['mandy', 'amy', 'manda'], andrew: ['andy', 'drew', 'dre'], andrea: ['andi', 'andie', 'drea'], angela: ['angie', 'angel'],
  anthony: ['tony', 'ant'], antonio: ['tony', 'toni'], arthur: ['art', 'artie'], barbara: ['barb', 'barbie', 'babs'],
  benjamin: ['ben', 'benny', 'benji'], bernard: ['bernie', 'bern'], beverly: ['bev'], bradley: ['brad'], brandon: ['bran'],
  calvin: ['cal'], cameron: ['cam'], caroline: ['carrie', 'carol', 'caro'], carolyn: ['carrie', 'carol', 'lyn'],
  catherine: ['cathy', 'kate', 'cat', 'katie', 'cate', 'kathy'], charles: ['charlie', 'chuck', 'chas', 'chaz', 'chip'],
  charlotte: ['charlie', 'lottie', 'char'], christina: ['chris', 'tina', 'chrissy', 'christy'],
  christine: ['chris', 'tina', 'chrissy', 'christy'], christopher: ['chris', 'kit', 'topher', 'cris'], clifford: ['cliff'],
  cynthia: ['cindy', 'cyn'], daniel: ['dan', 'danny'], danielle: ['dani', 'elle'], david: ['dave', 'davey', 'davy'],
  deborah: ['deb', 'debbie', 'debby'], debra: ['deb', 'debbie'], dennis: ['denny'], dominic: ['dom', 'nic'], donald: ['don', 'donny'],
  dorothy: ['dot', 'dottie', 'dolly', 'dot'], douglas: ['doug'], edward: ['ed', 'eddie', 'ted', 'teddy', 'ned'],
  edwin: ['ed', 'eddie'], eleanor: ['ellie', 'nell', 'nora', 'elle'], elizabeth: ['liz', 'beth', 'betsy', 'eliza', 'lizzie', 'betty', 'bess', 'libby', 'elle', 'liza', 'lisa'],
  emily: ['em', 'emmy', 'millie'], emma: ['em', 'emmy'], eugene: ['gene'], evelyn: ['evie', 'eve'],
  francis: ['frank', 'fran'], frances: ['fran', 'frannie'], frederick: ['fred', 'freddie', 'rick'], gabriel: ['gabe'],
  gabriella: ['gabby', 'ella', 'gabi'], gabrielle: ['gabby', 'gabi', 'elle'], geoffrey: ['geoff', 'jeff'], gerald: ['gerry', 'jerry'],
  gregory: ['greg'], harold: ['harry', 'hal'], henry: ['hank', 'harry', 'hal'], herbert: ['herb', 'bert'], howard: ['howie'],
  isabella: ['bella', 'izzy', 'isa'], isabel: ['bella', 'izzy', 'isa'], isaac: ['ike', 'zack'], jacob: ['jake', 'jay', 'coby'],
  jacqueline: ['jackie', 'jacqui'], james: ['jim', 'jimmy', 'jamie', 'jay', 'jem'], janet: ['jan'], jeffrey: ['jeff'],
  jennifer: ['jen', 'jenny', 'jenn', 'jennie'], jessica: ['jess', 'jessie'], joanne: ['jo'], joanna: ['jo'], john: ['jack', 'johnny', 'jon'],
  jonathan: ['jon', 'john', 'jonny', 'johnny', 'nathan'], joseph: ['joe', 'joey', 'jo'], josephine: ['jo', 'josie', 'jojo'],
  joshua: ['josh'], judith: ['judy', 'jude'], julia: ['jules', 'julie'], julian: ['jules'], katherine: ['kate', 'katie', 'kathy', 'kat', 'kit', 'kay', 'kitty'],
  kathryn: ['kate', 'katie', 'kathy', 'kat'], kathleen: ['kathy', 'kate', 'kat', 'katie'], kenneth: ['ken', 'kenny'],
  kimberly: ['kim', 'kimmy'], lawrence: ['larry', 'laurie'], laurence: ['larry', 'laurie'], leonard: ['leo', 'len', 'lenny'],
  leslie: ['les'], lillian: ['lily', 'lil'], louis: ['lou'], louise: ['lou'], lucas: ['luke'], madeline: ['maddie', 'maddy'],
  madison: ['maddie', 'maddy'], margaret: ['maggie', 'peggy', 'meg', 'megan', 'marge', 'margie', 'greta', 'daisy', 'molly'],
  martha: ['marty', 'mattie'], martin: ['marty'], matthew: ['matt', 'matty'], melissa: ['mel', 'missy', 'lissa'],
  melanie: ['mel'], michael: ['mike', 'mikey', 'mick', 'mickey', 'mitch'], michelle: ['shelly', 'micky', 'chelle'],
  miriam: ['mimi'], mitchell: ['mitch'], nathan: ['nate'], nathaniel: ['nate', 'nat', 'nathan'], nicholas: ['nick', 'nicky', 'nico', 'nic'],
  nicolas: ['nick', 'nico'], nicole: ['nicky', 'nikki', 'nic', 'cole'], oliver: ['ollie', 'olly'], olivia: ['liv', 'livvy', 'olive'],
  pamela: ['pam'], patricia: ['pat', 'patty', 'trish', 'tricia', 'patsy', 'trisha'], patrick: ['pat', 'paddy', 'rick'],
  penelope: ['penny'], peter: ['pete'], philip: ['phil', 'pip'], phillip: ['phil'], rachel: ['rach'], raymond: ['ray'],
  rebecca: ['becky', 'becca', 'beck'], richard: ['rick', 'rich', 'dick', 'richie', 'ricky'], robert: ['bob', 'bobby', 'rob', 'robbie', 'bert', 'robby'],
  roberta: ['bobbie', 'robbie'], ronald: ['ron', 'ronnie'], rosemary: ['rose', 'rosie'], samantha: ['sam', 'sammy', 'sami'],
  samuel: ['sam', 'sammy'], sandra: ['sandy'], sarah: ['sally', 'sadie'], stephanie: ['steph', 'stephie'], stephen: ['steve', 'stevie'],
  steven: ['steve', 'stevie'], stuart: ['stu'], stewart: ['stu'], susan: ['sue', 'susie', 'suzy'], suzanne: ['sue', 'suzy'],
  sylvia: ['syl'], terence: ['terry'], terrence: ['terry'], theodore: ['ted', 'teddy', 'theo'], theresa: ['terry', 'tess', 'tessa', 'tracy'],
  teresa: ['terry', 'tess', 'tessa'], thomas: ['tom', 'tommy'], timothy: ['tim', 'timmy'], tobias: ['toby'],
  valerie: ['val'], veronica: ['ronnie', 'nica'], victoria: ['vicky', 'tori', 'vic', 'vickie'], vincent: ['vince', 'vinny'],
  virginia: ['ginny', 'ginger'], walter: ['walt', 'wally'], wendy: ['wen'], william: ['will', 'bill', 'billy', 'liam', 'willie', 'willy'],
  zachary: ['zach', 'zack', 'zak'],
  alan: ['al'], allan: ['al'], edmund: ['ed', 'eddie', 'ned'], gerard: ['gerry'], jeremy: ['jerry', 'jez'], maximilian: ['max'],
  maxwell: ['max'], benedict: ['ben'], sebastian: ['seb', 'bastian'], victor: ['vic'], annabel: ['anna', 'bel'],
  mohammed: ['mo'], muhammad: ['mo'], mohamed: ['mo'], rajesh: ['raj'], vikram: ['vik'], abhishek: ['abhi'], siddharth: ['sid'],
  // Other languages' everyday short forms (a greeting in Italian, Spanish, German, Polish, Russian, Dutch…).
  eduardo: ['edu', 'lalo'], roberto: ['beto'], alberto: ['beto'], fernando: ['nando'], santiago: ['santi'], guadalupe: ['lupe'],
  daniela: ['dani'], gabriela: ['gabi', 'gaby'], alejandra: ['ale'],
  giovanni: ['gianni', 'nino', 'vanni'], giuseppe: ['beppe', 'peppe', 'pino'], francesco: ['franco', 'cesco', 'checco'],
  alessandro: ['sandro', 'ale'], alessandra: ['sandra', 'ale'], salvatore: ['toto', 'turi'], vincenzo: ['enzo'],
  francisco: ['paco', 'pancho', 'cisco', 'fran', 'curro'], jose: ['pepe', 'chema'], manuel: ['manolo', 'manu'],
  enrique: ['quique'], guillermo: ['memo', 'guille'], alejandro: ['alex', 'ale', 'jandro'], ignacio: ['nacho'],
  dolores: ['lola'], concepcion: ['concha', 'conchi'], rosario: ['charo'], jesus: ['chuy', 'chucho'],
  johannes: ['hannes', 'jan', 'hans'], friedrich: ['fritz'], katharina: ['kathi', 'kati', 'katja'], margarethe: ['grete'],
  wolfgang: ['wolf'], hendrik: ['henk'], cornelis: ['kees'], jacobus: ['koos', 'jaap'], wilhelmina: ['mien', 'wilma'],
  katarzyna: ['kasia'], malgorzata: ['gosia', 'malgosia'], aleksandra: ['ola', 'ala'], wojciech: ['wojtek'],
  krzysztof: ['krzys'], magdalena: ['magda'], agnieszka: ['aga'], jozef: ['jozek'],
  ekaterina: ['katya'], yekaterina: ['katya'], anastasia: ['nastya', 'stacy'], mikhail: ['misha'], vladimir: ['vova', 'volodya'],
  dmitri: ['dima'], nikolai: ['kolya'], ivan: ['vanya'], svetlana: ['sveta'], tatiana: ['tanya'], natalia: ['natasha'],
  elena: ['lena'], olga: ['olya'], maria: ['masha', 'mia'], joao: ['joca'], antonia: ['toni'],
  // Greek: the everyday form of a formal (church) name.
  konstantinos: ['kostas', 'kostis', 'costas', 'dinos'], georgios: ['giorgos', 'yiorgos', 'george'], dimitrios: ['dimitris', 'mitsos'],
  panagiotis: ['panos', 'takis'], ioannis: ['giannis', 'yannis', 'john'], athanasios: ['thanasis', 'thanos'], nikolaos: ['nikos', 'nick'],
  evangelos: ['vangelis'], vasileios: ['vasilis'], alexandros: ['alexis', 'alex'], michail: ['michalis'], christos: ['chris'],
  theodoros: ['thodoris', 'theo'], spyridon: ['spyros'], emmanouil: ['manolis'], anastasios: ['tasos'], aikaterini: ['katerina'],
};

/** Spellings of one name (not nicknames): never a mismatch. */
const VARIANTS: string[][] = [
  ['jon', 'john'], ['sara', 'sarah'], ['ann', 'anne'], ['steven', 'stephen'], ['philip', 'phillip'], ['alan', 'allan', 'allen'],
  ['geoff', 'jeff'], ['geoffrey', 'jeffrey'], ['zach', 'zack', 'zak'], ['isabel', 'isabelle', 'isobel'], ['marc', 'mark'],
  ['carl', 'karl'], ['eric', 'erik'], ['rebecca', 'rebekah'], ['nicholas', 'nicolas'], ['teresa', 'theresa'],
  ['lindsay', 'lindsey'], ['katherine', 'catherine', 'kathryn', 'katharine'], ['kate', 'cate'], ['katie', 'katy', 'katey'],
  ['jeffery', 'jeffrey'], ['aaron', 'aron'], ['mohammed', 'muhammad', 'mohammad', 'mohamed'], ['sean', 'shaun', 'shawn'],
  ['brian', 'bryan'], ['jakob', 'jacob'], ['michele', 'michelle'], ['tracy', 'tracey'], ['stuart', 'stewart'],
  ['jenny', 'jennie'], ['vicky', 'vickie', 'vikki'], ['nikki', 'nicky'], ['debbie', 'debby'], ['sophia', 'sofia'],
  ['elisabeth', 'elizabeth'], ['gray', 'grey'], ['madeline', 'madeleine'], ['caitlin', 'kaitlyn', 'katelyn'],
  // One name written in another language or transliterated from another script.
  ['alexander', 'aleksandr', 'aleksander', 'alexandr'],
  ['alexei', 'alexey', 'aleksei', 'aleksey'], ['andrei', 'andrey', 'andrej'], ['sergei', 'sergey', 'serguei'],
  ['dmitri', 'dmitry', 'dmitrii', 'dimitri'], ['yuri', 'yury', 'yuriy', 'iurii'], ['nikolai', 'nikolay'],
  ['evgeny', 'evgeniy', 'yevgeny', 'evgenii'], ['natalia', 'natalya', 'nataliya'], ['tatiana', 'tatyana', 'tatjana'],
  ['ahmed', 'ahmad'], ['hussein', 'hussain', 'husain', 'hossein'], ['yusuf', 'yousef', 'youssef', 'yosef'],
  ['anna', 'ana'], ['hannah', 'hanna'], ['sophie', 'sofie'], ['jonathan', 'jonathon'], ['matthew', 'mathew'],
  ['matthias', 'mathias'], ['natalie', 'nathalie'], ['caroline', 'karoline'], ['christina', 'kristina'],
  ['christine', 'kristine'], ['lucas', 'lukas'], ['marcus', 'markus'], ['niklas', 'nicklas', 'niclas'],
  ['henrik', 'hendrik'], ['frederick', 'frederik', 'fredrik', 'frederic'], ['christopher', 'kristoffer', 'christoffer', 'kristopher', 'cristopher', 'kristofer'],
  ['alexandra', 'aleksandra'], ['michael', 'michal', 'mikael', 'mikhail', 'michel'],
  ['joanna', 'johanna'], ['kristin', 'kristen', 'kirsten', 'kirstin'],
];

const SAME = new Map<string, Set<string>>();
function link(a: string, b: string): void {
  if (!SAME.has(a)) SAME.set(a, new Set());
  if (!SAME.has(b)) SAME.set(b, new Set());
  (SAME.get(a) as Set<string>).add(b);
  (SAME.get(b) as Set<string>).add(a);
}
for (const [formal, nicks] of Object.entries(NICKNAMES)) for (const n of nicks) link(formal, n);
for (const group of VARIANTS) for (const a of group) for (const b of group) if (a !== b) link(a, b);

const FORMAL = new Set(Object.keys(NICKNAMES));

/** Every name in the tables: a short form is only accepted when it is not itself another name. */
const KNOWN = new Set<string>([...SAME.keys()]);

/** Latin letters NFD does not decompose, written the way an English keyboard writes them. */
const PLAIN_LETTER: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
const GERMAN_DIGRAPH: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * The ways a name is typed without its accents: "José" as "Jose", "Zoë" as "Zoe", "Søren" as
 * "Soren", and German umlauts either dropped or spelled out ("Müller" as "Muller" or "Mueller").
 * A greeting that drops an accent greets the same person.
 */
function spellings(name: string): string[] {
  const low = normalizeTerm(name);
  const strip = (s: string) => stripMarks(s).replace(/[øłđðþßæœı]/g, (c) => PLAIN_LETTER[c] ?? c);
  const plain = strip(low);
  const digraph = strip(low.replace(/[äöü]/g, (c) => GERMAN_DIGRAPH[c] ?? c));
  return [...new Set([low, plain, digraph])];
}

/** The names of a full name; "Xiaoming (Sam) Li", 'Katarzyna "Kasia" Nowak': a nickname in brackets or quotes is one of them. */
function nameTokens(fullName: string): string[] {
  return fullName.split(/[\s.,()"“”«»]+/).map((t) => t.replace(/^['‘’]+|['‘’]+$/g, '')).filter((t) => t.length > 0);
}

/** True when the greeted name refers to the same person as one of the recipient's name tokens. */
export function sameName(greeted: string, fullName: string, opts: { surnameOnly?: boolean } = {}): boolean {
  // A pure answer asked once or twice per draft, mostly about the same few names across a
  // campaign ("Jane" to "Jane Doe"): remembered, bounded by clearing when full.
  const key = `${opts.surnameOnly === true ? 's' : 'g'}${greeted}\u0000${fullName}`;
  const known = sameNames.get(key);
  if (known !== undefined) return known;
  const full = spellings(fullName);
  const same = spellings(greeted).some((g) => full.some((f) => sameSpelledName(g, f, opts)));
  if (sameNames.size >= SAME_NAMES_MAX) sameNames.clear();
  sameNames.set(key, same);
  return same;
}

const SAME_NAMES_MAX = 4096;
const sameNames = new Map<string, boolean>();

/**
 * The given names of a full name: every name but the last ("Lars Nilsson" → Lars), or after the
 * comma of "Nilsson, Lars"; a one-word name is its own. Only given names have short forms: "Hi
 * Nils," to Lars Nilsson greets someone else.
 */
function givenNames(fullName: string, familyFirst = false): string[] {
  const comma = fullName.indexOf(',');
  if (comma > 0 && nameTokens(fullName.slice(comma + 1)).length > 0) return nameTokens(fullName.slice(comma + 1));
  const tokens = nameTokens(fullName);
  if (tokens.length < 2) return tokens;
  return familyFirst ? tokens.slice(1) : tokens.slice(0, -1);
}

/** A Hungarian salutation: Hungarian names are written family name first ("Kedves Erzsi!" to Nagy Erzsébet). */
const HUNGARIAN_SALUTATION = /^\s*(?:kedves|tisztelt)(?![\p{L}])/iu;

/** sameName for one folded spelling of each side. */
function sameSpelledName(g: string, fullName: string, opts: { surnameOnly?: boolean }): boolean {
  const tokens = nameTokens(fullName);
  const given = new Set(givenNames(fullName));
  const candidates = opts.surnameOnly === true ? tokens.slice(1).concat(tokens.flatMap((t) => t.split('-'))) : tokens;
  for (const t of candidates) {
    if (t === g) return true;
    if (opts.surnameOnly === true) continue;
    if (SAME.get(t)?.has(g) === true) return true;
    // Two hops through a formal name: Bobby ↔ Robert ↔ Bob, Kate ↔ Katherine ↔ Catherine. Never
    // through a shared nickname: Francis and Frances are both "Fran", Louis and Louise "Lou".
    for (const mid of SAME.get(t) ?? []) if (FORMAL.has(mid) && SAME.get(mid)?.has(g) === true) return true;
    // A clear short form the tables do not list: Chris ↔ Christopher, Max ↔ Maximilian.
    const [short, long] = g.length < t.length ? [g, t] : [t, g];
    if (given.has(t) && short.length >= 3 && long.startsWith(short) && long.length - short.length >= 2 &&
        !(KNOWN.has(short) && KNOWN.has(long) && SAME.get(short)?.has(long) !== true && long.length - short.length <= 2) &&
        !otherGenderForm(short, long)) {
      return true;
    }
    // Hyphenated first names: Mary-Kate greeted as Mary.
    if (t.includes('-') && t.split('-').includes(g)) return true;
    // A given name the CRM holds as its initial ("J. Smith"): any name with that letter may be it.
    if (t.length === 1 && given.has(t) && g.length > 1 && g.startsWith(t)) return true;
  }
  // The initials of the given names: JP for Jean-Paul or Jean Paul, AJ for Anthony James.
  const parts = [...given].flatMap((n) => n.split('-')).filter((n) => n.length > 0);
  if (g.length >= 2 && g.length <= 3 && parts.length === g.length && parts.every((n, i) => n[0] === g[i])) return true;
  return false;
}

/**
 * Salutations, English first, then those of the languages a multinational team writes in
 * ("Ciao Gina,", "Bonjour Sylvie,", "Hola Manuel,", "Hej Lars,", "Sehr geehrte Frau Weber,").
 */
const ENGLISH_SALUTATIONS = [
  'hi', 'hello', 'hey', 'hiya', 'howdy', 'hi there', 'hey there', 'dear', 'good morning', 'good afternoon', 'good evening',
  'good day', 'greetings', 'morning', 'afternoon', 'yo',
];
/**
 * Salutations only the greeting check reads. OTHER_SALUTATIONS (language.ts) also tell the
 * language reader that an email greets its reader in another language, which the sentence model's
 * training reads (its weights are hashed with language.ts): a word added there needs
 * `npm run train-model`; one added here does not.
 */
const GREETING_ONLY_SALUTATIONS = [
  // Indonesian and Malay: Halo Budi, Hai Sari, Selamat pagi Pak Budi, Yth. Ibu Sari.
  'halo', 'hai', 'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'salam sejahtera', 'yth.', 'yth', 'yang terhormat',
  // Dutch and Flemish, Finnish, Spanish, Catalan and French everyday forms.
  'dag', 'goedendag', 'moi', 'buenas', 'bon dia', 'coucou',
  // Greetings written in Latin letters: Arabic, Swahili, Russian, Filipino, South and Southeast Asian, Korean, Japanese, Chinese.
  'marhaba', 'assalamualaikum', 'assalamu alaikum', 'as-salamu alaykum', 'habari', 'jambo', 'privet', 'zdravstvuyte',
  'kumusta', 'kamusta', 'magandang araw', 'magandang umaga', 'magandang hapon', 'namaskar', 'namaskaram', 'vanakkam', 'sawasdee', 'sawatdee',
  'annyeong', 'annyeonghaseyo', 'konnichiwa', 'ni hao', 'xin chào', 'chào', 'kính gửi',
  // Baltic, Nordic and Central European everyday forms: Labdien Līga, Sveiki Rasa, Tere Mari, Hejsan Anna, Grüß Gott, Dobrý deň.
  'labdien', 'labrīt', 'labvakar', 'sveiki', 'sveika', 'sveikas', 'laba diena', 'labas', 'tere', 'tervist', 'hyvää päivää', 'terve',
  'hejsan', 'halló', 'góðan dag', 'grüß gott', 'grüss gott', 'griaß di', 'dobrý deň', 'dobar dan', 'dober dan', 'zdravo', 'pozdrav',
  // Southern, East and West African greetings: isiZulu, isiXhosa, Sesotho and Setswana, Xitsonga, Afrikaans; Swahili; Hausa, Yoruba, Igbo
  // ("Sawubona Mandla,", "Dumela Thabo,", "Goeie môre Johan,", "Hujambo Amina,", "Sannu Musa,"; forty-fifth session, TL).
  'sawubona', 'sanibonani', 'molo', 'molweni', 'dumela', 'dumelang', 'avuxeni', 'goeie môre', 'goeiemôre', 'goeie middag', 'goeiemiddag',
  'hujambo', 'shikamoo', 'sannu', 'ndewo', 'bawo ni',
  // Greek: "Καλημέρα Νίκο,", "Γεια σας κύριε Παπαδόπουλε," (forty-fifth session, TQ).
  'καλημέρα', 'καλησπέρα', 'γεια σας', 'γεια σου', 'γειά σας', 'χαίρετε', 'αγαπητέ', 'αγαπητή',
  // Quechua and Aymara: "Allillanchu Rosa,", "Kamisaraki Juan," (forty-sixth session, UR).
  'allillanchu', 'rimaykullayki', 'napaykullayki', 'kamisaraki',
  // Bemba, with its respectful "mukwai": "Mwapoleni mukwai Mr Musonda," (fifty-fourth session, NAL).
  'mwapoleni mukwai', 'mwashibukeni mukwai', 'mwapoleni', 'mwashibukeni',
];
/**
 * Indonesian and Malay courtesy titles before a given name: Pak Budi, Ibu Sari, Mas Rizky (a younger
 * man), Mbak Dewi, Kak Andi, Bang Yusuf, Dik Putri, Encik Amir, Puan Aishah. A greeting reads the
 * name after them; a note line may open with one ("Mas Rizky, tolong cek lagi", addressed-note.ts).
 */
export const MALAY_INDONESIAN_TITLES = ['pak', 'bapak', 'ibu', 'bu', 'mas', 'mbak', 'kak', 'bang', 'dik', 'encik', 'cik', 'puan', 'tuan'] as const;
export const SALUTATIONS = [...ENGLISH_SALUTATIONS, ...OTHER_SALUTATIONS, ...GREETING_ONLY_SALUTATIONS];
/** One-word salutations: a subject opening on one ("Labdien, Līga – your question") greets, it names nobody. */
// As the folded text spells them too: Greek and Cyrillic letters with Latin look-alikes are folded
// before a subject is read ("Καλημέρα, and the details from Tuesday", forty-fifth session, TQ).
const SALUTATION_WORDS: ReadonlySet<string> = new Set(SALUTATIONS.filter((w) => !w.includes(' ')).flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()].map((v) => foldText(v).folded.toLowerCase())));
/** Titles before a surname, English and the languages above (Frau, Herr, Sra., Mme, Dott.…). */
export const TITLES = [
  'mr', 'mrs', 'ms', 'miss', 'mx', 'm', 'dr', 'prof', 'professor', 'frau', 'herr', 'sr', 'sra', 'srta', 'señor', 'señora',
  'senhor', 'senhora', 'mme', 'mlle', 'monsieur', 'madame', 'signor', 'signora', 'sig', 'sig.ra', 'dott', 'dott.ssa',
  'ing', 'pan', 'pani', 'paní', 'pane', 'panie', 'slečno', 'mevrouw', 'meneer', 'heer', 'dhr', 'mevr', 'domnule', 'doamnă', 'doamna',
  // Professional titles of Portuguese, Spanish and Dutch letters: Eng.º Rui, Dra. Ana, Lic. García, Arq. Silva, Ir. de Boer
  // (NFKC folds º and ª to o and a: the folded text reads Eng.o).
  'eng', 'eng.º', 'eng.ª', 'engº', 'engª', 'eng.o', 'eng.a', 'dra', 'dr.ª', 'dr.a', 'lic', 'licda', 'licdo', 'lcda', 'lcdo', 'arq', 'mtro', 'mtra', 'ir', 'drs', 'mag', 'mgr', 'c.p', 'c.P', 'cp', 'CP',
  // Courtesy titles before a GIVEN name: Thai (Khun Somchai), Indonesian and Malay (above), Greek
  // (Kyrie Nikos), Turkish (Sayın Demir).
  'khun', ...MALAY_INDONESIAN_TITLES, 'kyrie', 'kyria', 'sayın', 'sayin',
  // Indian honorifics (Shri Rahul, Smt. Priya, Kumari Anjali) and "Sir" before a given name (Hello Sir Rahul, Dear Sir John).
  'shri', 'sri', 'shrimati', 'smt', 'kumari', 'sir',
  // Malaysian honours (Dato' Krishnan, Tan Sri Lim, Haji Ismail) and Nigerian professional forms of
  // address (Barrister Bello, Engr. Okafor, Alhaji Musa).
  "dato'", 'dato’', 'dato', 'datuk', 'datin', 'tan Sri', 'puan Sri', 'haji', 'hajah', 'alhaji', 'barrister', 'engr',
  // Offices, ranks, the clergy and the law before a surname or a given name (Hon. Smith, Rev. Jones,
  // Capt. Reyes, Chief Okafor, Sheikha Fatima, Atty. Cruz, Judge Harris, Cllr Patel, Ma'am Grace).
  // Not the words that are also first names or surnames (Dean, Major, General, Lord, Lady, Justice, Bishop).
  'hon', "hon'ble", 'rev', 'revd', 'fr', 'father', 'pastor', 'rabbi', 'imam', 'capt', 'captain', 'col', 'colonel',
  'maj', 'lt', 'sgt', 'cmdr', 'cdr', 'adm', 'admiral', 'gov', 'governor', 'senator', 'amb', 'ambassador', 'cllr', 'councillor',
  'councilor', 'mayor', 'judge', 'chief', 'sheikh', 'sheikha', 'shaikh', 'atty', 'adv', "ma'am", 'ma’am', 'maam',
  'ustaz', 'ustazah',
];
/** A Japanese, Korean or Indian honorific after a name ("Tanaka-san", "Min-jun-ssi", "Agarwal-ji"): the name before it may be a surname. */
const HONORIFIC_SUFFIX = /-(?:san|sama|sensei|kun|chan|senpai|nim|ssi|ji|jee|sahib|saheb)$/i;
/** `word` with its first letter in either case (the rest as written: names follow in capitals). */
const eitherCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]!.toLowerCase()}]${w.slice(1).replace(/[.]/g, '\\.').replace(/ /g, '\\s+')}`;
const byLength = (xs: readonly string[]): string[] => [...xs].sort((a, b) => b.length - a.length);
const SALUTATION_SRC = byLength(SALUTATIONS).map(eitherCase).join('|');
const TITLE_SRC = byLength(TITLES).map(eitherCase).join('|');
/**
 * An honorific written after the name, in lower case: Latvian "Labdien, Kalniņa kungs!" (the
 * surname in the genitive), Telugu and Hindi "Ravi garu", "Sharma ji", Turkish "Ayşe hanım"
 * (fifty-first session, EZ). The name before it may be a surname.
 */
const AFTER_NAME = ['kungs', 'kundze', 'jaunkundze', 'garu', 'gaaru', 'ji', 'jee', 'sahab', 'saheb', 'sahib', 'hanım', 'hanim', 'bey', 'efendi', 'bəy', 'xanım', 'müəllim', 'müəllimə'];
const AFTER_NAME_SRC = String.raw`[ \t]+(?:${AFTER_NAME.join('|')})[ \t]*[,:!.\n]`;
const AFTER_NAME_RE = new RegExp(String.raw`^${AFTER_NAME_SRC}`, 'u');
/** Latvian honorifics, which take the surname in the genitive. */
const LATVIAN_AFTER_NAME_RE = /^[ \t]+(?:kungs|kundze|jaunkundze)\b/u;

/** Nominatives a Latvian genitive surname may come from: Kalniņa → Kalniņš, Ozola → Ozols, Bērziņas → Bērziņa, Liepas → Liepa. */
function latvianNominatives(g: string): string[] {
  if (/as$|es$/i.test(g)) return [g.slice(0, -1)];
  if (/a$/i.test(g)) return [`${g.slice(0, -1)}š`, `${g.slice(0, -1)}s`, `${g.slice(0, -1)}is`];
  return [];
}

const GREETING_RE = new RegExp(
  String.raw`^\s*(?:(?:${SALUTATION_SRC})(?![\p{L}])[ \t,]*)?(?:(?:${TITLE_SRC})\.?\s+){0,2}(?:(?:[Dd]e|[Vv]an|[Vv]on|[Dd]er|[Dd]en|[Dd]a|[Dd]i|[Dd]u|[Dd]el|[Dd]ella|[Ll]e|[Ll]a|[Aa]l|[Ee]l|bin|ibn|[Tt]er|[Tt]en|[Dd]os|[Dd]as|[Dd]o)\s+){0,3}(?!(?:${TITLE_SRC})(?![\p{L}]))(\p{Lu}[\p{L}'’-]*)(?=[ \t]*[,:!.\n—–-]|[ \t]+(?:\p{Lu}[\p{L}'’-]*[ \t]*)?[,:!\n]|${AFTER_NAME_SRC})`,
  'du',
);
const HAS_SALUTATION = new RegExp(String.raw`^\s*(?:${SALUTATIONS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\p{L}])`, 'iu');
const TITLE_RE = new RegExp(String.raw`^\s*(?:[\p{L} ]+?[ \t,]+)?(?:${TITLES.map((w) => w.replace(/[.]/g, '\\.')).join('|')})\.?\s+$`, 'iu');
const GENERIC_GREETING = new Set([
  'team', 'there', 'all', 'everyone', 'folks', 'friend', 'friends', 'sir', 'madam', 'colleagues', 'both', 'again',
  'guys', "y'all", 'you', 'hiring', 'hello', 'hi', 'hey', 'dear', 'thanks', 'thank', 'quick', 'just', 'hope', 'i',
  'great', 'good', 'congrats', 'congratulations', 'happy', 'welcome', 'following', 'circling', 'checking', 'sorry',
  'apologies', 'per', 'as', 'it', 'we', 'our', 'this', 'that', 'reaching', 'wanted', 'sir/madam', 'partner', 'partners',
  'leadership', 'ops', 'sales', 'marketing', 'finance', 'revops', 'engineering', 'support',
  // Indonesian and Malay: "Yth. Bapak/Ibu {{last_name}}", "Halo rekan-rekan", "Selamat pagi semua".
  'yth', 'halo', 'hai', 'selamat', 'rekan', 'rekan-rekan', 'semua', 'sekalian',
  // Welsh and Irish thanks and greetings ("Diolch am anfon y ffurflen", forty-first session, AK).
  'diolch', 'helo', 'shwmae', 'dia',
  // West African English and Pidgin forms of address ("Chale, how be?", "Oga, good morning", forty-second session, MP).
  'chale', 'oga', 'bros', 'abeg',
  // Hungarian congratulations opening the mail ("Gratulálok a …", forty-fifth session, TR).
  'gratulálok', 'gratulálunk',
  // "Liebe Kolleginnen und Kollegen", "Sehr geehrte Damen und Herren", "Hola equipo", "Ciao a tutti".
  'kolleginnen', 'kollegen', 'zusammen', 'allerseits', 'alle', 'damen', 'herren', 'team', 'equipo', 'todos', 'todas',
  'équipe', 'equipe', 'tous', 'tutti', 'colleghi', 'collègues', 'kollega', 'kollegor', 'allemaal', 'iedereen', 'wszystkim',
  'państwo', 'panstwo', 'amigos', 'amici', 'senhores', 'señores', 'signori', 'messieurs', 'mesdames',
]);

/** The first name-ish token of an address like laura.patel@…, when the local part is first.last. */
function nameFromEmail(email: string): string | undefined {
  const local = email.split('@')[0] ?? '';
  const m = /^([a-z]{2,})[._]([a-z]{2,})$/i.exec(local);
  return m === null ? undefined : `${m[1]} ${m[2]}`;
}

/** Words that open a subject with a comma without addressing anyone ("Quick, …", "Re: …"). */
const SUBJECT_OPENERS = new Set([
  'quick', 're', 'fwd', 'fw', 'update', 'following', 'question', 'thoughts', 'idea', 'ideas', 'congrats', 'congratulations',
  'thanks', 'hello', 'hi', 'hey', 'welcome', 'reminder', 'important', 'urgent', 'today', 'tomorrow', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'also', 'plus', 'so', 'ok', 'okay', 'yes', 'no', 'again', 'finally', 'first', 'next',
  'team', 'all', 'everyone', 'folks', 'friends', 'sorry', 'apologies', 'great', 'good', 'happy', 'one', 'two', 'three',
  // A reply that acknowledges ("Understood, and thank you", "Received, thank you", "Noted, with thanks").
  'understood', 'received', 'noted', 'confirmed', 'agreed', 'done', 'sorted', 'fixed', 'resolved', 'approved', 'accepted',
  'delivered', 'booked', 'scheduled', 'rescheduled', 'cancelled', 'canceled', 'postponed', 'updated', 'correction',
  'corrected', 'signed', 'paid', 'farewell', 'goodbye', 'cheers', 'status', 'recap', 'summary',
  // Thanks, greetings and goodbyes in other languages ("Obrigado, and all the best", "Merci, à bientôt").
  'obrigado', 'obrigada', 'gracias', 'merci', 'danke', 'grazie', 'dank', 'bedankt', 'tack', 'takk', 'tak', 'kiitos', 'dziękuję',
  'dziekuje', 'děkuji', 'dekuji', 'teşekkürler', 'tesekkurler', 'shukran', 'hola', 'bonjour', 'hallo', 'ciao', 'olá', 'ola', 'salut',
  // German warmth opening a subject: "Schön, Sie in Salzburg kennengelernt zu haben!" (forty-sixth session, UV).
  'schön', 'schon', 'toll', 'prima', 'super',
  // A yes opening a reply's subject: "Sí, podemos trabajar con tu apicultor actual" (UZ).
  'sí', 'si', 'aye', 'yep', 'yup', 'sim', 'oui', 'ja', 'nee', 'nej', 'não', 'nao', 'non',
  'adiós', 'adios', 'tchau', 'saludos', 'diolch', 'helo', 'shwmae', 'dia', 'slán', 'slan', 'abraços', 'abrazos', 'felicidades', 'enhorabuena', 'parabéns', 'félicitations',
  // Congratulations in other languages ("Gratulerer, og en kort presentasjon", forty-eighth session, XM).
  // Interjections opening a subject ("Ah, one thing I forgot!", XI).
  'ah', 'oh', 'ahh', 'ooh', 'oops', 'whoops', 'um', 'hmm', 'psst', 'btw', 'fyi', 'ps',
  // "Ha, that hoist!" (forty-ninth session, YS).
  'ha', 'haha', 'hah', 'heh', 'wow', 'phew', 'yay', 'hooray', 'lol',
  'gratulerer', 'grattis', 'gratulerar', 'tillykke', 'onnittelut', 'onneksi', 'gefeliciteerd', 'proficiat', 'glückwunsch', 'gluckwunsch', 'herzlichen', 'congratulazioni', 'complimenti', 'felicitaciones', 'gratulacje', 'gratuluji', 'tebrikler', 'llongyfarchiadau', 'comhghairdeas',
  // Apologies, reminders and alerts in other languages ("Ursäkta, fel datum", "Rappel, webinaire jeudi").
  'ursäkta', 'förlåt', 'beklager', 'undskyld', 'entschuldigung', 'verzeihung', 'sorry', 'excuses', 'pardon', 'désolé', 'désolée',
  'perdón', 'perdon', 'disculpa', 'disculpe', 'disculpas', 'desculpe', 'desculpa', 'scusa', 'scusate', 'scusi', 'anteeksi',
  'rappel', 'recordatorio', 'lembrete', 'promemoria', 'erinnerung', 'herinnering', 'påminnelse', 'påminnelse', 'påmindelse',
  'achtung', 'atención', 'atencion', 'attention', 'attenzione', 'atenção', 'wichtig', 'importante', 'dringend', 'urgente',
  'bevestigd', 'bestätigt', 'confirmado', 'confirmé', 'confermato', 'bekräftat', 'bekreftet', 'bekræftet',
  // A date that opens the subject ("July, as agreed", "Spring, then"); April, May and June are names too.
  'saturday', 'sunday', 'january', 'february', 'march', 'july', 'august', 'september', 'october', 'november', 'december',
  'spring', 'summer', 'autumn', 'fall', 'winter',
  // A topic that opens the subject ("Webinar, 12 March: …", "Pricing, as discussed", "Prices, in a table as requested": forty-seventh session, WK).
  'webinar', 'invitation', 'invite', 'event', 'demo', 'pricing', 'prices', 'price', 'rates', 'costs', 'fees', 'proposal', 'quote', 'quotes', 'agenda', 'renewal', 'contract',
  'invoice', 'report', 'newsletter', 'roadmap', 'release', 'launch', 'workshop', 'training', 'pilot', 'trial', 'security',
  'compliance', 'integration', 'migration', 'feedback', 'survey', 'dinner', 'lunch', 'breakfast', 'call', 'meeting',
  'follow-up', 'intro', 'introduction', 'reference', 'references', 'case', 'checklist', 'timeline', 'budget', 'forecast',
  // A sentence adverb or an aside that opens the subject ("Honestly, I don't think we're your best fit").
  'honestly', 'frankly', 'candidly', 'seriously', 'really', 'actually', 'basically', 'briefly', 'personally', 'respectfully',
  'unfortunately', 'fortunately', 'sadly', 'happily', 'hopefully', 'thankfully', 'luckily', 'admittedly', 'clearly',
  'obviously', 'surprisingly', 'interestingly', 'ideally', 'realistically', 'practically', 'technically', 'officially',
  'meanwhile', 'however', 'anyway', 'besides', 'otherwise', 'instead', 'still', 'well', 'look', 'listen', 'oops', 'whoops',
  // A list of questions opening the subject ("Why, what, how much, what next", fifty-fourth session, NAX).
  'why', 'what', 'how', 'when', 'where', 'who', 'which',
  // Maltese "friend" opening a subject ("Ħabib, hawn il-link li tlabt", NBP).
  'ħabib', 'ħabiba', 'habib',
  // Filipino greetings and thanks ("Kamusta, Jerome!", NBV).
  'kamusta', 'kumusta', 'salamat', 'mabuhay',
]);

/**
 * A long word in -ing or -ed ("Snowboarding, apparently", "Onboarding, week two", "Attached, as
 * promised") is a topic or a participle, not a person the tables know.
 */
const PARTICIPLE = /^\p{L}{5,}ing$|^\p{L}{4,}ed$/u;

/** A subject that opens with a choice of capitalised words: "Starter, Growth or Enterprise", "Basic, Pro, or Max?". */
const SUBJECT_CHOICE = /^\s*(\p{Lu}[\p{L}'’-]+)\s*,\s*(\p{Lu}[\p{L}'’-]+)(?:\s*,\s*\p{Lu}[\p{L}'’-]+)*,?\s+(?:or|and|vs\.?|versus)\s+(\p{Lu}[\p{L}'’-]+)/u;

/** A subject that opens with a list: "Word, lower-case item(s) and/or/& item"; an item may be an acronym ("Backups, RPO and RTO"); the "and" of other languages too ("Ceol, córacha agus cláir ama", fifty-fourth session, NBL). */
const SUBJECT_LIST = /^\s*\p{Lu}[\p{L}'’-]+\s*,\s*(?:\p{Ll}[\p{L}'’-]*|\p{Lu}{2,}\p{N}*s?)(?:\s+\p{Ll}[\p{L}'’-]*){0,2}\s*(?:,\s*(?:\p{Ll}[\p{L}'’-]*|\p{Lu}{2,}\p{N}*s?)(?:\s+\p{Ll}[\p{L}'’-]*){0,2}\s*)*,?\s*(?:and|or|&|agus|ac|y|e|et|und|en|och|og|ja|és|și|ou|oder|eller|ve|dan|na)\s+\S/u;

/** Salutations of English: after another language's, an unknown short form of the name is likely its diminutive or vocative. */
const ENGLISH_SALUTATION = new RegExp(String.raw`^\s*(?:${ENGLISH_SALUTATIONS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\p{L}])`, 'iu');

/**
 * After a salutation in another language, a name form no table knows ("Ahoj Jirko" to Jiří, "Hej
 * Kattis" to Katarina, "Hej Fredde" to Fredrik) that shares its first three letters (accents
 * dropped) with one of the recipient's names is taken as that name's diminutive or vocative. A
 * name the tables know stays a different person (Mark is not Mary in any language).
 */
function foreignShortForm(greeted: string, toName: string, familyFirst: boolean): boolean {
  const g = stripMarks(normalizeTerm(greeted));
  if (g.length < 3 || KNOWN.has(g)) return false;
  return givenNames(toName, familyFirst).some((t) => {
    const n = stripMarks(normalizeTerm(t));
    // One letter apart is another person, not a diminutive: Gino / Gina, Mark / Mary; so is the
    // other gender's form (Carla / Carlos, Joana / João) and another compound (Jean-Marc / Jean-Luc).
    if (n.length < 3 || n.slice(0, 3) !== g.slice(0, 3) || g.includes('-') || n.includes('-') || otherGenderForm(g, n)) return false;
    const d = editDistance(g, n);
    return d > 1 && !(g.endsWith('a') !== n.endsWith('a') && d <= 2);
  });
}

/** Feminine endings of given names in the European languages (Stefanie, Juliette, Daniela, Christiane). */
const FEMININE_END = /(?:a|ie|ine|ina|ette|elle|enne|ienne|iane)$/;

/**
 * The other gender's form of one name, which greets someone else: Stefan / Stefanie, Julien /
 * Juliette, Daniel / Daniela, Christian / Christiane. Both at least five letters with the first four
 * shared, one ending as a feminine name does and the other not. The nickname tables are read
 * first, so a short form they list (Chris for Christine) never gets here.
 */
function otherGenderForm(a: string, b: string): boolean {
  if (a.length < 5 || b.length < 5 || a.slice(0, 4) !== b.slice(0, 4)) return false;
  const fa = FEMININE_END.test(a);
  if (fa === FEMININE_END.test(b)) return false;
  // A pet form ending in -i or -y (Zsuzsi for Zsuzsanna, Danny, Gabi) is no masculine name.
  return !/[iy]$/.test(fa ? b : a);
}

/** Levenshtein distance of two short words. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * A Polish, Czech or Slovak salutation: the name after it is in the vocative ("Cześć Gosiu," to
 * Gosia, "Pani Małgorzato" to Małgorzata, "Vážený pane Procházko" to Procházka, "Ahoj Petře" to Petr).
 */
const VOCATIVE_SALUTATION = /^\s*(?:cześć|czesc|dzień dobry|dzien dobry|witam|szanown[ay]|drog[ai]|v[áa][žz]en[ýáíyai]|dobr[ýy] de[nň]|ahoj|mil[ýáya])(?![\p{L}])/iu;

/**
 * Nominative forms a Polish, Czech or Slovak vocative may stand for: Gosiu → Gosia, Małgorzato →
 * Małgorzata, Piotrze → Piotr, Marku → Marek, Tomaszu → Tomasz; Procházko → Procházka, Petře →
 * Petr, Pavle → Pavel, Novotný stays, Tomáši → Tomáš, Lukáši → Lukáš.
 */
function vocativeNominatives(g: string): string[] {
  const out: string[] = [];
  if (/[ou]$/i.test(g)) out.push(`${g.slice(0, -1)}a`, g.slice(0, -1));
  if (/(?:ze|ie|e)$/i.test(g)) out.push(g.replace(/(?:ze|ie|e)$/i, ''));
  if (/ku$/i.test(g)) out.push(`${g.slice(0, -2)}ek`);
  if (/ře$/i.test(g)) out.push(`${g.slice(0, -2)}r`);
  if (/[^aeiouyáéíóúý]le$/i.test(g)) out.push(`${g.slice(0, -2)}el`);
  if (/i$/i.test(g)) out.push(g.slice(0, -1));
  return out.filter((x) => x.length >= 2);
}

export function detectRecipient(ctx: ScanContext, f: FieldText, draft: Pick<DraftInput, 'to'>): void {
  const rule = ctx.rules.detector('greeting');
  if (rule === undefined) return;
  const toName = draft.to.name?.trim() || nameFromEmail(draft.to.email ?? '');
  if (toName === undefined || toName === '') return;
  if (f.field === 'subject') {
    // A subject that addresses the reader: "Priya, quick question".
    const m = /^\s*(\p{Lu}[\p{L}'’-]+)\s*,\s*\S/du.exec(f.text.folded);
    const at = m?.indices?.[1];
    if (m === null || at === undefined) return;
    const name = m[1] as string;
    const low = name.toLowerCase();
    if (SUBJECT_OPENERS.has(low) || GENERIC_GREETING.has(low) || SALUTATION_WORDS.has(low) || (PARTICIPLE.test(low) && !KNOWN.has(low))) return;
    if (accountNameWords(ctx.account).has(low)) return;
    if (ctx.book.indexOf(ctx.account.id) >= 0 && name.length > 1 && /^[A-Z]+$/.test(name)) return; // an acronym
    if (sameName(name, toName)) return;
    // "Chapel, hearse and celebrant diaries": the first item of a list of things, not a name
    // (unless it is a name the nickname table knows).
    if (SUBJECT_LIST.test(f.text.folded) && !KNOWN.has(low)) return;
    // "Starter, Growth or Enterprise: which fits you": a choice between capitalised things (plans,
    // editions, options), none of them the nickname table's names.
    const choice = SUBJECT_CHOICE.exec(f.text.folded);
    if (choice !== null && ![choice[1], choice[2], choice[3]].some((w) => w !== undefined && KNOWN.has(w.toLowerCase()))) return;
    addFinding(ctx, f, rule.rule.kind, rule.severity, at[0], at[1], `the subject addresses "${name}" but the recipient is ${toName}`, rule.rule.id);
    return;
  }
  const head = f.text.folded.slice(0, 200);
  const m = GREETING_RE.exec(head);
  const indices = m?.indices?.[1];
  if (m === null || indices === undefined) return;
  // Without a salutation word, only a name alone on its first line ("Laura,") is a greeting.
  if (!HAS_SALUTATION.test(head) && !/^\s*\p{Lu}[\p{L}'’-]*[ \t]*,[ \t]*\n/u.test(head)) return;
  const suffix = HONORIFIC_SUFFIX.exec(m[1] as string);
  const greeted = suffix === null ? (m[1] as string) : (m[1] as string).slice(0, suffix.index);
  const g = greeted.toLowerCase();
  if (GENERIC_GREETING.has(g)) return;
  if (accountNameWords(ctx.account).has(g)) return;
  const after = head.slice(indices[1]);
  const titled = suffix !== null || TITLE_RE.test(head.slice(0, indices[0])) || AFTER_NAME_RE.test(after);
  if (titled ? sameName(greeted, toName, { surnameOnly: true }) || sameName(greeted, toName) : sameName(greeted, toName)) return;
  if (LATVIAN_AFTER_NAME_RE.test(after) && latvianNominatives(greeted).some((n) => sameName(n, toName, { surnameOnly: true }))) return;
  // Not after a title: "Frau Dr. Schneider" is a surname, and surnames have no diminutives.
  if (!titled && !ENGLISH_SALUTATION.test(head) && HAS_SALUTATION.test(head) && foreignShortForm(greeted, toName, HUNGARIAN_SALUTATION.test(head))) return;
  if (VOCATIVE_SALUTATION.test(head) && vocativeNominatives(greeted).some((n) => sameName(n, toName) || (titled && sameName(n, toName, { surnameOnly: true })))) return;
  addFinding(ctx, f, rule.rule.kind, rule.severity, indices[0], indices[1],
    `greets "${greeted}" but the recipient is ${toName}`, rule.rule.id);
}
