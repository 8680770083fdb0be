/**
 * A note to a colleague left in the draft: a line that opens by addressing someone who is not
 * the recipient ("Marcus — can you confirm they're still on the old plan?", "Hey Elena, feel free
 * to tweak the opener", "@Sam: fill in the date"). Phrase rules cannot see who the recipient and
 * the sender are; this detector can.
 *
 * - A line addressed to the SENDER by first name (from the mailbox, first.last@ or first@) is a
 *   note to the author: the sender never writes to themself. Any content fires.
 * - A line addressed to another name-like word that is not the recipient fires only when the rest
 *   asks for something about the draft (can you / please / confirm / double-check / tweak /
 *   before this goes out …): a prospect's colleague on copy is addressed with a question too,
 *   so this branch uses the rule's severity lowered to warn, and a person decides.
 * - A note in parentheses or brackets addressed to a name that is not the recipient, anywhere in
 *   a line ("(Hannah: soften if she's still upset about the outage)", "[Raj - double-check the
 *   headcount]"), fires when it opens with an editing or checking request (soften, tone down,
 *   trim, tweak, punch up, cut, swap, check, verify …) or asks whether the text works ("is this
 *   too pushy?"). A bracketed name with a description ("(Priya: our solutions engineer) will
 *   join") carries no request and does not match.
 * The greeting line is the greeting detector's; sign-off lines (a name alone, or a name and a
 * title) do not match because they carry no request.
 */
import { escapeRegExp, QUOTED_PART_START } from './normalize.js';
import { accountNameWords, addFinding, type FieldText, type ScanContext } from './context.js';
import { MALAY_INDONESIAN_TITLES, sameName } from './recipient.js';
import type { DraftInput } from './types.js';
import { ownerListLines } from './owner-list.js';
import { isEnglishWord } from './model/detect.js';
import { lineEndOf, lineStartOf } from './text-index.js';

// Optional bullet marks (a quoted line, "> …", is someone else's words and never matches), optional "hey/hi", then "@name" or a capitalised word (a Hebrew or Arabic word: those scripts have no capitals) and a separator.
// An Indonesian or Malay courtesy title may stand before the name ("Mas Rizky, tolong cek lagi").
const COURTESY = MALAY_INDONESIAN_TITLES.map((t) => `${t[0]!.toUpperCase()}${t.slice(1)}`).join('|');
// A P.S. may open the line ("P.S. Sneha — only 30 seats, so prioritise the big hospital groups", forty-first session, AL),
// and so may an FYI ("FYI Brian - this is the guy who ghosted us last year, go easy.", forty-sixth session, UG).
const ADDRESS_RE = new RegExp(String.raw`(?:^[ \t*•—–-]*|(?<=(?<![\p{L}])(?!(?:[MmDdSsJj][rs]s?|[Mm]s|[Mm]x|[Pp]rof|[Ee]ng|[Hh]on|[Mm]essrs|[Dd]ott|[Ii]ng)[.])\p{L}{2,}[.!?][ \t]+))(?:[Pp]\.?[ \t]?[Ss]\.?[ \t]*[:,]?[ \t]+)?(?:(?:[Hh]ey|[Hh]i|[Yy]o|FYI|[Ff]yi|[Hh]eads[ -]up)[ \t]*,?[ \t]+)?(?:(?:${COURTESY})[ \t]+)?(?:@(\p{L}[\p{L}'’]+)[ \t]*[—–:,-]?|(\p{Lu}[\p{L}'’]+|[\p{sc=Hebrew}\p{sc=Arabic}]{2,})(?:[ \t]*[—–:]|[ \t]+-[ \t]|,))[ \t]*(\S.*)$`, 'gmu');

/** A vocative inside a paragraph counts when the words after it ask that person straight away ("Sofia, is this the right person…?"). */
const ASKED_STRAIGHT_RE = /^(?:(?:can|could|would|will|did|do) you\b|pls\b|plz\b|please\b|make sure\b|remember to\b|don'?t forget\b|is (?:this|that|he|she|it) (?:the right|ok|okay|right|correct)\b|should (?:this|it|i|we)\b|(?:bcc|cc) me\b|loop me in\b|keep me (?:posted|in the loop)\b)/i;

const REQUEST_RE =
  /^(?:(?:can|could|would|will|did|do) you|pls|plz|please|make sure|remember|don'?t forget|feel free|let'?s (?:double|check|confirm)|is (?:this|that|it) (?:ok|okay|right|correct)|is (?:this|that|he|she|it) the right (?:person|contact|one|address|team)|should (?:this|it|i) (?:go|be sent|be addressed) to|(?:bcc|cc) me\b|loop me in|keep me (?:posted|in the loop))\b|(?<!\b(?:will|'ll|would|shall|to|we|they|he|she|who|which|then) )\b(?:please|go easy|be gentle|tread (?:carefully|lightly)|careful with (?:her|him|them)|feel free to (?:re-?use|use|tweak|edit|adapt|copy|send|forward) (?:it |this |that )?for (?:the|your|our) [\w -]{1,30}(?:list|campaign|sequence|accounts|prospects|segment|region|territory)|double[- ]check|sanity[- ]check|fact[- ]check|confirm|verify|fill in|prioriti[sz]e|de-?prioriti[sz]e|lean on|tweak|swap|fix|adjust|soften|shorten|tighten|rephrase|reword|tone (?:it |this |that )?down|punch (?:it |this |that )?up|warm (?:it |this |that )?up|dial (?:it |this |that )?(?:back|down)|edit|update the|add (?:the|a|your|in)|drop (?:the|this)|remove (?:the|this)|delete (?:the|this)|trim (?:the|this|it)|cut (?:the|this|it)|before (?:this|it) (?:goes|go|is sent|gets sent|ships)|before (?:sending|we send|you send|send)|see (?:below|above|the thread|thread)\b[^.!?\n]{0,10}\b(?:can|could|would) you|(?:can|could|would) you (?:reply|respond|answer|get back) to (?:her|him|them)\b)\b/i;

/**
 * The same asks in other languages (a word boundary needs letters on both sides, so not `\b`):
 * check, change, remove, and "before it is sent" in Portuguese, Spanish, Dutch, German,
 * Italian, Greek, Hebrew and Estonian ("Rafa, confere se esse desconto foi aprovado antes de
 * mandar", "Γιώργο, βγάλε αυτή την παράγραφο", "יוסי, תבדוק שהמחיר מאושר"), Polish and Swedish; Hausa "don Allah ka duba … kafin ka aika", Wolof "bul ko yónnee balaa X xool ko"
 * and Yoruba "jọ̀ọ́ ṣàyẹ̀wò … kí o tó fi ránṣẹ́" (please check, before you send: fifty-fourth session, NAQ); Bislama "plis jekem … bifo yu sanem" and Samoan "fa'amolemole siaki … a'o le'i auina atu" (NAW);
 * Latvian "lūdzu pārbaudi … pirms sūtām", Lithuanian "prašau patikrinti … prieš išsiunčiant", Finnish "tarkista … ennen lähettämistä". Forms that are also a
 * statement ("¿Eso cambia el costo?", "verifica", "confirma") are left out: a prospect's colleague
 * is addressed with those too.
 */
const FOREIGN_REQUEST_RE =
  /(?<![\p{L}])(?:confere|confira|verifique|revise|cheque|ajuste|tire|apague|compruebe|antes de (?:mandar|enviar|disparar|mandarmos|enviarmos|que (?:salga|saia|se env[íi]e))|controleer|check(?:en)? (?:even|of)|even checken|pas (?:dit|het|die|deze) aan|haal (?:dit|het|die|deze)|verwijder|voor(?:dat)? (?:we|ik) (?:dit|het|deze|hem) (?:versturen|sturen|verzenden|eruit doen)|prüf(?:e|en sie)?|bitte (?:prüfen|ändern|entfernen|checken)|vor dem (?:versand|senden|abschicken)|controlla|togli|prima di (?:inviare|mandare)|βγάλε|σβήσε|άλλαξε|έλεγξε|τσέκαρε|διόρθωσε|πρόσθεσε|επιβεβαίωσε|πριν (?:το )?(?:στείλ|στάλ)|תבדוק|תבדקי|תשנה|תמחק|תוריד|לפני ששולחים|לפני השליחה|kontrolli|kustuta|muuda|enne saatmist|podkreśl|sprawdź|potwierdź|zmień|usuń|zapytaj|zanim (?:to )?wyślemy|fråga|ändra|ta bort|lägg till|dubbelkolla|innan (?:det här|detta|mejlet|mailet) skickas|confirmar con|pregúntale|pregunta a|consulta con|(?:lūdzu )?pārbaudi|pirms (?:sūtām|nosūtīšanas|sūtīšanas|nosūtām)|(?:prašau )?patikrin(?:k|ti)|prieš (?:siunčiant|išsiunčiant|išsiųsdami|siųsdami)|tarkista(?:tko)?|ennen (?:lähettämistä|kuin lähetä\p{L}*)|antes de (?:enviarlo|enviarla|enviarlos|mandarlo|mandarla|enviarle)|plis (?:jekem|jekim|checkim|lukluk)|bifo yu (?:sanem|sendem|salem)|fa['ʻ’]?amolemole siaki|a['ʻ’]?o le['ʻ’]?i (?:auina|lafo)|don allah (?:ka|ki|ku) (?:duba|gyara|tabbatar|cire)|kafin (?:ka|ki|ku) (?:aika|tura)|bul (?:ko|leen) (?:yónnee|yonnee|yónne)|balaa [\p{L}]+ (?:xool|seet)|kí o tó (?:fi )?(?:rán|ran)|ṣàyẹ̀wò|sayewo|tolong|mohon (?:dicek|dicheck|diperiksa|diganti|diubah|dihapus|ditambahkan|disiapkan|dikonfirmasi)|cek (?:lagi|ulang|dulu)|siapkan|sebelum (?:dikirim|kirim|mengirim)|jangan (?:sebut|kirim|lupa))(?![\p{L}])/iu;

/**
 * Whether the rest of a line addressed to a name asks for something. A request word written in
 * capitals is an acronym or a name ("converted at Banxico FIX rates", "the EDIT log"), not a request.
 */
const REQUEST_ALL = new RegExp(REQUEST_RE.source, 'gi');
function asksSomething(rest: string): boolean {
  if (!REQUEST_RE.test(rest)) return FOREIGN_REQUEST_RE.test(rest);
  for (const m of rest.matchAll(REQUEST_ALL)) if (!(/[A-Z]{2}/.test(m[0]) && m[0] === m[0].toUpperCase())) return true;
  return FOREIGN_REQUEST_RE.test(rest);
}

/**
 * What a bracketed note to a name opens with when it asks for an edit or a check: an editing or
 * checking verb, maybe after a softener ("maybe trim", "pls verify", "could you punch up").
 */
const BRACKET_REQUEST_RE =
  /^(?:(?:maybe|perhaps|pls|plz|please|just|can you|could you|would you|mind|feel free to|might want to|may want to|we should|let'?s|worth|probably|prob|try to|quick|quickly)\s+)*(?!check out\b)(?:can we|could we|should we|do we|are we|ok to|okay to|soften|tone|trim|tweak|punch|cut|swap|shorten|tighten|rephrase|reword|rewrite|redo|fix|check|double[- ]?check|sanity[- ]?check|fact[- ]?check|verify|confirm|add|drop|remove|delete|replace|change|update|make|keep|lose|move|warm|lighten|adjust|edit|polish|review|approve|sign off|fill|insert|plug|personali[sz]e|flag|ask|ping|loop|chase|nix|kill|scrap|dial|simplify|clean up|smooth|reword|fix up|look at|look over|ok|okay|thoughts|gut[- ]check|sense[- ]check|is (?:this|that|it)|is (?:[\w-]+ ){1,3}(?:realistic|doable|feasible|achievable)|is (?:[^\s?]+ ){1,3}(?:still )?(?:right|correct|accurate|current|up to date|the latest)\b(?=[^?]{0,30}\?)|does (?:this|that|it)|should (?:we|i|this)|too (?:long|short|pushy|salesy|much|formal|casual|stiff)|lead with|open with|close with|end with|mention|avoid|skip|include|reference|name-?drop|cite)\b/i;

/**
 * A task on the text handed to a named colleague in square brackets: "[Hannah to add NZ pricing here]",
 * "[Mei and Tom to double-check the SLA figures]": an editing verb after "to" or "please" (add, insert, fill in,
 * update, swap, tweak …). A recap's owners in round brackets ("(Sofia to confirm by Tuesday.)", "(Jakub to
 * check the drawings)") tell the reader who does what and do not match; nor does "confirm" or "check" alone.
 * Words that take "to" before a verb ("[Click to update]", "[Happy to add more]") are not names
 * (NOT_ASSIGNED) (fifty-fourth session, NAK).
 */
const BRACKET_ASSIGN_RE = /\[[ \t]*@?(\p{Lu}[\p{L}'’]+)(?:[ \t]+(?:and|&)[ \t]+\p{Lu}[\p{L}'’]+)?[ \t]+(?:to|pls|plz|please)[ \t]+((?:add|insert|fill in|fill|paste|drop in|drop|put|plug in|update|fix|swap|rewrite|reword|tweak|soften|trim|cut|write|finish|complete|double[- ]check|sanity[- ]check|fact[- ]check|punch up|tone down)\b[^()[\]{}\n]{0,200})\]/gu;

/** Capitalised words that take "to" and a verb in an aside to the reader: "(Click to confirm)", "(Happy to adjust the dates)", "(Subject to change)". */
const NOT_ASSIGNED = new Set(`
click tap press reply scroll swipe hover select choose scan call text email mail phone visit book sign log register subscribe
remember need needs want wants have has going plan plans try hope like love prefer happy glad ready able easy hard simple quick
free time nothing something anything everything due up subject open next prior back close closer link note feel welcome sure
keen right best better good nice great fine ok okay worth how what where when who why which this that these those it we you they
he she i there here also and or but so if just see read go come get yes no thanks thank set make ask order refer listen
`.trim().split(/\s+/));

/** A bracketed or parenthesized note opening with a name and a separator: "(Hannah: …)", "[Raj - …]", "[ATTN Élodie: …]" (fifty-fourth session, NBY). */
const BRACKET_RE = /[([{][ \t]*(?:(?:ATTN|Attn|FAO|Fao|attn|fao)[:.]?[ \t]+)?@?(\p{Lu}[\p{L}'’]+)[ \t]*(?::|-|—|–|,)[ \t]*([^()[\]{}\n]{1,200})[)\]}]/gu;

/** Later in a bracketed note: an editing or checking request put as a question or a maybe ("this bit might land badly, maybe reword?"). */
const BRACKET_LATER_RE =
  /\b(?:maybe|perhaps|could|should|might|can we|could we|should we|do we|ok to|okay to|worth)\b[^?!.]{0,40}?\b(?:soften|reword|rephrase|trim|cut|tweak|swap|punch (?:it |this )?up|tone (?:it |this )?down|shorten|tighten|rewrite|drop|lose|check|verify|confirm|say|mention|use|claim|keep|remove|delete|change)\b|\b(?:soften|reword|rephrase|trim|cut|tweak|swap|shorten|tighten|rewrite|drop|lose)\s*\?|\b(?:can|could|should|do|may) we (?:still )?(?:throw in|offer|give|waive|discount|include|bundle|comp|extend|match|drop|do|promise|say|claim|name|mention|use)\b[^?!.]{0,60}\?|[,;—–-]\s*(?:pls |please )?(?:update|fix|check|replace|confirm|verify|change)(?: (?:it|this|that))?\s*[.!]?$/i;

/**
 * A bracketed question to a name that speaks of the reader as "them": "[Ravi, is six weeks realistic
 * for Oracle Cloud? I told them eight last time]". A question put to the prospect's colleague on
 * copy ("(Maria, does that work for your side too?)") does not talk about the reader that way.
 */
const BRACKET_ABOUT_READER_RE = /\?[^?]*\b(?:i|we)(?:'ve| have)? (?:told|promised|quoted|offered|said to|gave|showed|sent|warned) (?:them|him|her|the (?:client|customer|prospect))\b|\b(?:i|we)(?:'ve| have)? (?:told|promised|quoted|offered|said to|gave|showed|sent|warned) (?:them|him|her|the (?:client|customer|prospect))\b[^?]*\?/i;

/** A bracketed name followed by who they are ("(Priya: our solutions engineer)", "[Sam: Account Executive, Ourco]"), or contact details. */
const ROLE_RE =
  /^(?:our |the |my |your )?(?:[\p{L}&-]+ ){0,4}?(?:executive|engineer|manager|director|vp|head|ceo|cto|cfo|coo|cro|cmo|founder|co-founder|lead|specialist|partner|consultant|architect|representative|rep|sdr|bdr|ae|csm|success|support|sales|marketing|counsel|officer|president|analyst|advisor|adviser)\b|@|\d{3}/iu;


/**
 * A bracketed note giving a name a check to make and asking it about us: "[Sandra to verify — are we
 * actually ISO 27001 certified for the Singapore region yet?]". An action item in a recap ("(Priya
 * to confirm the date)") asks no question and does not match.
 */
const BRACKET_CHECK_RE = /[([{][ \t]*@?(\p{Lu}[\p{L}'’]+) to (?:verify|check|double[- ]?check|confirm|sanity[- ]?check|fact[- ]?check|look into|find out)\b([^()[\]{}\n]{0,200}\?[^()[\]{}\n]{0,40})[)\]}]/gu;
/** The question of such a note is about us: "are we", "do we", "did we", "can we", "is our". */
const ABOUT_US_RE = /\b(?:are|do|did|can|could|have|has|were|was|is) (?:we|our|ourco)\b|\b(?:whether|if) (?:we|our)\b/i;

/** Bracket openers that are labels for the reader, not names. */
const NOT_A_NAME_BRACKET = new Set('tip tips hint hints step optional bonus example examples source sources pro caveat warning disclaimer footnote edit edited updated faq answer translation psst eta cc bcc aka ie eg'.split(' '));

/** Sentence openers that are capitalised and take a comma or colon but address nobody. */
const NOT_A_NAME = new Set(`
also however honestly otherwise meanwhile anyway anyways finally first firstly second secondly third next then plus so ok okay
yes no sure great thanks thank note notes ps fyi btw re fw fwd quick again today tomorrow tonight yesterday please sorry
actually ideally alternatively separately lastly importantly additionally frankly basically happily unfortunately
fortunately luckily instead still and but or if when while because since after before once now here there this that these
those it its we our us you your they their he she his her i my me hello hi hey dear team all everyone folks both update
reminder terms conditions payment validity warranty delivery important importante wichtig nota ojo atención atencion aviso attention urgente subject option options version draft summary context background agenda goal goals question
questions answer answers step steps example examples result results pricing price prices timeline timing budget cost costs
arrival arrivals venue location address parking directions access dress attire format duration length scope status owner
owners outcome outcomes decision decisions deliverables attendees logistics travel lunch dinner breakfast catering where
what who why how date time place room link links login dial wifi contact contacts cost fee fees total deadline deadlines
action actions next requirements prerequisites recap highlights takeaways feedback issue issues fix cause resolution impact
attached attachment attachments enclosed enclosure included below above overview template templates sow msa dpa nda po invoice quote proposal
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
october november december q1 q2 q3 q4 in on at for with from to of by as about also regards best cheers warmly sincerely
sir madam maam ma'am sirs gentlemen ladies friend friends colleagues partner partners boss chief mate buddy bud
apologies apology correction corrections clarification confession oops disclosure disclaimer caveat warning heads
perfect brilliant excellent understood noted right absolutely agreed lovely wonderful fantastic awesome cool fine fair good
nice certainly definitely exactly indeed sounds done correct true well oh ah wow congratulations congrats welcome morning
afternoon evening delighted excited glad happy overall personally incidentally similarly likewise regardless naturally
obviously interestingly surprisingly sadly hopefully thankfully admittedly generally typically usually often sometimes
currently previously recently later earlier soon brilliant super splendid marvellous terrific superb totally
nothing none nobody nowhere everything anything something either neither
`.split(/\s+/).filter(Boolean));

/** Endings of label nouns that are almost never first names ("Registration:", "Management —"). */
const LABEL_SUFFIX = /(?:tion|sion|ment|ness|ity|ship|ics|ival|ings)$/;


/**
 * Words that place a third person on the mail beside the reader: copied or introduced ("I've
 * copied Jess", "Pieter (in cc)", "I put Ignacio and Paula in this reply", "Samuel is copied
 * here"), named with the reader ("my apologies to you and Javier", "with you, Régis and
 * Nathalie") or thanked ("thanks, Olga, for checking the database side").
 */
const INTRODUCED_RE = /\b(?:copying in|copied in|copying|copied|cc'?ing|cc'?d|cc:|in cc|\(cc\)|cc\b|bcc'?d|looping in|looped in|loop in|introduc\w*|meet|i've added|i have added|adding|added|joined by|welcome|put (?:[\p{L}'’-]+ ){1,5}in (?:this|the|my) (?:reply|e-?mail|thread|loop|conversation)|on (?:this|the) (?:thread|e-?mail|reply|conversation)|you and|and you\b|with you\b|to you\b|you,|thanks?,?(?: (?:also|again|too))?(?: to)?(?=\s+\p{Lu})|thank you,)/iu;

/**
 * Whether the mail itself brings `name` in: the greeting line greets them too ("Hi Mel, hi
 * Priyanka,"); another sentence of the mail copies, introduces or thanks them, or names them with
 * the reader ("I'm copying in my colleague Priya Nair", "Samuel is copied here", "you and
 * Javier"); the recipient is named with them ("Nikolai and Ekaterina"); or the earlier message
 * quoted below names them ("> Tom and I wanted to let you know…"): they are on the thread.
 */
/** A line of a form: a label of one to four words, a colon and its value ("Payment terms: Net 30", "Year founded: 2017"). */
const LABEL_LINE = /^[ \t*•-]*\p{Lu}[\p{L}\d()/&'’-]*(?: [\p{L}\d()/&'’-]+){0,3}:[ \t]+\S/u;

/** Whether the line above or below the line holding `at` is a form's label line. */
function besideLabelLine(text: string, at: number): boolean {
  const start = lineStartOf(text, at);
  const end = lineEndOf(text, at);
  return (start > 0 && LABEL_LINE.test(text.slice(lineStartOf(text, start - 1), start - 1))) ||
    (end < text.length && LABEL_LINE.test(text.slice(end + 1, lineEndOf(text, end + 1))));
}

function addressedInMail(text: string, greetingEnd: number, at: number, name: string, toFirst: string, quotedFrom: number): boolean {
  const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u');
  if (word.test(text.slice(0, greetingEnd))) return true;
  if (word.test(text.slice(quotedFrom))) return true;
  const withRecipient = toFirst.length < 2 ? null
    : new RegExp(`(?<![\\p{L}])(?:${escapeRegExp(toFirst)}(?:,| and| &) (?:[\\p{L}'’-]+ ){0,2}?${escapeRegExp(name)}|${escapeRegExp(name)}(?:,| and| &) (?:[\\p{L}'’-]+ ){0,2}?${escapeRegExp(toFirst)})(?![\\p{L}])`, 'iu');
  const lineEnd = text.indexOf('\n', at);
  const before = text.slice(greetingEnd, at);
  const after = lineEnd < 0 ? '' : text.slice(lineEnd, quotedFrom);
  for (const sentence of `${before}\n${after}`.split(/(?<=[.!?])\s+|\n/)) {
    if (!word.test(sentence)) continue;
    if (INTRODUCED_RE.test(sentence) || withRecipient?.test(sentence) === true) return true;
  }
  return false;
}

/** The doubt's shapes, with the name each one asks about (compared with the recipient's, not compiled per draft). */
const DOUBT_RE = /(?<![\p{L}])(?:(?:is|was|are) (?:this|that|she|he|it|they) (?:the )?(?:right|correct|same) ([\p{L}'’-]+)(?![\p{L}])\s*\?|(?:not sure|unsure|no idea|double-check|check) (?:if |whether )?(?:this|that|she|he|it)(?:'s| is) (?:the )?(?:right|correct|same) ([\p{L}'’-]+)(?![\p{L}])|(?:there are|there's|we have|found) (?:two|2|three|3|several|multiple) ([\p{L}'’-]+)s(?![\p{L}]))/gu;

/**
 * The author wondering whether the draft reaches the right person: "is this the right Sibusiso?
 * There are two at this company on LinkedIn", "not sure this is the right Maria", "there are two
 * Marias here". Only with the recipient's own first name: "is this the right approach?" asks the
 * reader.
 */
function doubtAboutRecipient(ctx: ScanContext, f: FieldText, rule: NonNullable<ReturnType<ScanContext['rules']['detector']>>, toFirst: string): void {
  if (toFirst.length < 2 || !/^\p{L}[\p{L}'’-]+$/u.test(toFirst)) return;
  const lower = f.text.lower;
  const name = toFirst.toLowerCase();
  if (!lower.includes(name)) return;
  const m = [...lower.matchAll(DOUBT_RE)].find((hit) => (hit[1] ?? hit[2] ?? hit[3]) === name);
  if (m === undefined) return;
  const lineStart = lower.lastIndexOf('\n', m.index) + 1;
  const lineEnd = lower.indexOf('\n', m.index);
  addFinding(ctx, f, rule.rule.kind, rule.severity, lineStart, lineEnd < 0 ? lower.length : lineEnd,
    `a question whether the recipient (${toFirst}) is the right person, left in the draft`, rule.rule.id);
}

/** The sender's first name from the mailbox: first.last@, first_last@ or first@. */
function senderFirstName(from: string | undefined): string | undefined {
  const local = (from ?? '').split('@')[0] ?? '';
  const m = /^([a-z]{2,})(?:[._-][a-z]{2,})?$/i.exec(local);
  return m?.[1];
}

/** "[Hannah to add NZ pricing here]": a task in brackets given to someone who is not the recipient (BRACKET_ASSIGN_RE). */
function assignedInBrackets(ctx: ScanContext, f: FieldText, rule: NonNullable<ReturnType<ScanContext['rules']['detector']>>, text: string, toName: string, sender: string | undefined, companyWords: ReadonlySet<string>, stop: number): void {
  if (!text.includes('[')) return;
  BRACKET_ASSIGN_RE.lastIndex = 0;
  for (let m = BRACKET_ASSIGN_RE.exec(text); m !== null && m.index < stop; m = BRACKET_ASSIGN_RE.exec(text)) {
    const name = m[1] as string;
    const low = name.toLowerCase();
    if (NOT_A_NAME.has(low) || NOT_A_NAME_BRACKET.has(low) || NOT_ASSIGNED.has(low) || low.endsWith('ly') || companyWords.has(low) || /^\p{Lu}+$/u.test(name)) continue;
    if (toName !== '' && sameName(name, toName)) continue;
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^[ \t]*>/.test(text.slice(lineStart, m.index + 1))) continue;
    const toSender = sender !== undefined && sameName(name, sender);
    addFinding(ctx, f, rule.rule.kind, toSender ? rule.severity : 'warn', m.index, m.index + m[0].length,
      toSender ? `a task in brackets given to the sender (${name}) left in the draft` : `a task in brackets given to ${name}, who is not the recipient`,
      rule.rule.id);
  }
}

export function detectAddressedNote(ctx: ScanContext, f: FieldText, draft: Pick<DraftInput, 'to' | 'from'>): void {
  if (f.field === 'subject') return;
  const rule = ctx.rules.detector('addressed-note');
  if (rule === undefined) return;
  const text = f.text.folded;
  const toName = draft.to.name?.trim() ?? '';
  const toFirst = toName.split(/\s+/)[0] ?? '';
  doubtAboutRecipient(ctx, f, rule, toFirst);
  const sender = senderFirstName(draft.from);
  const companyWords = accountNameWords(ctx.account);
  // A quoted earlier message ("On Tue, Dana wrote:", "-----Original Message-----", "From: …") is
  // the prospect's words to us: it may well address the sender by name.
  const quoted = QUOTED_PART_START.exec(text);
  const stop = quoted === null ? text.length : quoted.index;
  assignedInBrackets(ctx, f, rule, text, toName, sender, companyWords, stop);
  if (!/[—–:,@]|\s-\s/.test(text)) return;
  // The first non-empty line is the greeting (the greeting detector's business).
  const firstLine = /\S/.exec(text);
  const greetingEnd = firstLine === null ? 0 : text.indexOf('\n', firstLine.index);
  if (greetingEnd < 0) return;
  // "- Karin: confirm whether the Tampere team joins" in a list of owners is a recap's action item.
  const ownerItems = ownerListLines(f);
  ADDRESS_RE.lastIndex = greetingEnd;
  for (let m = ADDRESS_RE.exec(text); m !== null && m.index < stop; m = ADDRESS_RE.exec(text)) {
    const name = (m[1] ?? m[2]) as string;
    const rest = m[3] as string;
    // After a sentence inside a paragraph, only a name and a comma ("… for Acme. Sofia, is this the
    // right person?", forty-fourth session, OS): "Synonyms: go to Search" there is a label.
    if (m.index > 0 && text.charCodeAt(m.index - 1) !== 10 && (!/^[ \t]*,/.test(m[0].slice(m[0].indexOf(name) + name.length)) || !ASKED_STRAIGHT_RE.test(rest))) continue;
    const low = name.toLowerCase();
    if (NOT_A_NAME.has(low) || low.endsWith('ly') || LABEL_SUFFIX.test(low) || companyWords.has(low)) continue;
    if (m[1] === undefined && /^\p{Lu}+$/u.test(name)) continue; // an acronym: "CRM: …", "ROI, …"
    // A field of a settings block, its value aligned in a column: "Port:          11112".
    if (m[1] === undefined && /^[ \t]{2,}/.test(m[0].slice(m[0].indexOf(name) + name.length).replace(/^[ \t]*:/, ''))) continue;
    if (toName !== '' && sameName(name, toName)) continue;
    const toSender = sender !== undefined && sameName(name, sender);
    if (!toSender && !asksSomething(rest)) continue;
    // A field of a form: "Payment terms: Net 30\nRemittance: ACH details are on our W-9; please confirm
    // them by phone" (a supplier questionnaire's answers): an English word over a value, with a
    // label line beside it, is the form's next field, not a colleague asked.
    if (!toSender && m[2] !== undefined && isEnglishWord(low) && besideLabelLine(text, m.index)) continue;
    // An introduction: the mail greets or copies in this person ("Hi Mel, hi Priyanka,", "I'm
    // copying in my colleague Priya"), so a line to them is part of the mail.
    if (!toSender && addressedInMail(text, greetingEnd, m.index, name, toFirst, stop)) continue;
    // In a list of owners the sender names themself like everyone else ("- Sam: book the rooms").
    if (ownerItems.has(text.lastIndexOf('\n', m.index + (m[0].length - m[0].trimStart().length)) + 1)) continue;
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].length;
    addFinding(ctx, f, rule.rule.kind, toSender ? rule.severity : 'warn', start, end,
      toSender ? `a note addressed to the sender (${name}) left in the draft` : `a request addressed to ${name}, who is not the recipient`,
      rule.rule.id);
  }
  if (!/[([{]/.test(text)) return;
  if (text.includes(' to ') && text.includes('?')) {
    BRACKET_CHECK_RE.lastIndex = greetingEnd;
    for (let m = BRACKET_CHECK_RE.exec(text); m !== null && m.index < stop; m = BRACKET_CHECK_RE.exec(text)) {
      const name = m[1] as string;
      const low = name.toLowerCase();
      if (NOT_A_NAME.has(low) || NOT_A_NAME_BRACKET.has(low) || companyWords.has(low) || /^\p{Lu}+$/u.test(name)) continue;
      if ((toName !== '' && sameName(name, toName)) || !ABOUT_US_RE.test(m[2] as string)) continue;
      const toSender = sender !== undefined && sameName(name, sender);
      addFinding(ctx, f, rule.rule.kind, toSender ? rule.severity : 'warn', m.index, m.index + m[0].length,
        `a check in brackets given to ${name}, about us: a note for the team left in the draft`, rule.rule.id);
    }
  }
  BRACKET_RE.lastIndex = greetingEnd;
  for (let m = BRACKET_RE.exec(text); m !== null && m.index < stop; m = BRACKET_RE.exec(text)) {
    const name = m[1] as string;
    const rest = (m[2] as string).trim();
    const low = name.toLowerCase();
    if (NOT_A_NAME.has(low) || NOT_A_NAME_BRACKET.has(low) || low.endsWith('ly') || companyWords.has(low)) continue;
    if (/^\p{Lu}+$/u.test(name)) continue; // an acronym: "(CRM: …)", "(ROI - …)"
    if (toName !== '' && sameName(name, toName)) continue;
    // A quoted line ("> …") is someone else's words.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    if (/^[ \t]*>/.test(text.slice(lineStart, m.index + 1))) continue;
    if (!BRACKET_REQUEST_RE.test(rest) && ROLE_RE.test(rest)) continue;
    const toSender = sender !== undefined && sameName(name, sender);
    // "(Rob, is $4/student still right for 2025-26? — S.)": a question to a colleague signed with the writer's initial (forty-ninth session, YN).
    const signed = /\?[ \t]*[—–-][ \t]*\p{Lu}\.?[ \t]*$/u.test(rest);
    if (!toSender && !signed && !BRACKET_REQUEST_RE.test(rest) && !BRACKET_LATER_RE.test(rest) && !BRACKET_ABOUT_READER_RE.test(rest)) continue;
    if (!toSender && addressedInMail(text, greetingEnd, m.index, name, toFirst, stop)) continue;
    addFinding(ctx, f, rule.rule.kind, toSender ? rule.severity : 'warn', m.index, m.index + m[0].length,
      toSender ? `a note addressed to the sender (${name}) left in the draft` : `a request in brackets addressed to ${name}, who is not the recipient`,
      rule.rule.id);
  }
}
