/**
 * Trigger keywords: lower-case fragments that every phrasing a keyword detector looks for must
 * contain. They ride in the book's automaton, so one pass over the text tells which detectors
 * can possibly fire and the others are skipped without touching the text again.
 *
 * What must stay true: if a detector's regex can match, at least one of its triggers occurs in
 * the folded lower-case text. When you add a phrasing to a detector, add its trigger here.
 */

export const TRIGGER = {
  secret: 1,
  internal: 2,
  claim: 4,
  tone: 8,
  link: 16,
  placeholder: 32,
} as const;

export const TRIGGER_WORDS: Record<keyof typeof TRIGGER, string[]> = {
  secret: [
    'akia', 'asia', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'xox', 'sk_live', 'sk_test',
    'rk_live', 'aiza', 'private key', 'password', 'passwd', 'passcode', 'pwd', 'eyj', 'sk-',
    'secret', 'api_key', 'api key', 'apikey', 'token',
  ],
  internal: [
    'internal', 'confidential', 'do not share', 'do not forward', 'do not distribute', "don't share",
    'not for external', 'not for distribution', 'eyes only', 'system prompt', 'instruction',
    'language model', 'as an ai', 'you are a', 'you are an', 'note to self', 'todo', 'assistant:',
    '<system', 'system:', 'prompt', 'agent note', 'crm note', 'rep note', 'draft note',
  ],
  claim: [
    'congrat', 'series', 'raise', 'raising', 'funding', 'funded', 'round', 'acqui', 'ipo', 'went public',
    'going public', 'public offering', 'hire', 'hiring', 'appoint', 'joined', 'joins', 'new ceo', 'new cto',
    'new cfo', 'new cro', 'new coo', 'new vp', 'new head', 'new chief', 'layoff', 'laid off', 'lay off',
    'layoffs', 'restructur', 'award', 'won ', 'winning', 'named ', 'recogni',
  ],
  tone: [
    'act now', 'act fast', 'last chance', 'expire', 'limited time', 'only ', 'hurry', 'urgent',
    'immediately', 'right now', 'miss out', 'offer ends', 'today only', 'ends today', 'ends tonight',
    'guarantee', 'risk-free', 'risk free', 'no risk', 'double your', 'triple your', '10x your',
    'competitor', 'regret', 'everyone else', 'before it', '!!', 'final notice', 'final offer',
    'running out', "don't be the", 'do not be the', 'you must', 'within 24', 'within 48',
    'within 12', 'next hour', 'left at this price', 'spots left', 'seats left', 'once in a lifetime',
    'foolish', 'crazy not', 'if you cared', 'if you really cared', 'fired',
  ],
  link: ['http', 'www.'],
  placeholder: ['{', '[', '<', '%', 'xxx', 'tbd', 'insert', '${'],
};
