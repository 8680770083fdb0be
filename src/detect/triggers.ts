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
  tone: 8,
  link: 16,
  placeholder: 32,
  claimFunding: 64,
  claimAcquisition: 128,
  claimIpo: 256,
  claimExecutive: 512,
  claimLayoffs: 1024,
  claimAward: 2048,
} as const;

export const TRIGGER_WORDS: Record<keyof typeof TRIGGER, string[]> = {
  secret: [
    'akia', 'asia', 'ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_', 'xox', 'sk_live', 'sk_test',
    'rk_live', 'aiza', 'private key', 'password', 'passwd', 'passcode', 'pwd', 'eyj', 'sk-',
    'secret', 'api_key', 'api key', 'api-key', 'apikey', 'access token', 'access_token', 'auth token', 'auth_token',
  ],
  internal: [
    'internal', 'confidential', 'do not share', 'do not forward', 'do not distribute', "don't share",
    "don't forward", "don't distribute", 'not for ', 'eyes only', 'system prompt', 'instructions',
    'language model', 'as an ai', 'i am an ai', 'you are a', 'note to self', 'todo:', 'system:',
    'assistant:', 'user:', '<system', '</system', 'prompt', 'notes:', 'note:',
  ],
  claimFunding: ['series', 'seed round', 'funding', 'fundrais', 'raise', 'raising', 'closed', 'secured', 'landed', 'recent round', 'latest round', 'new round'],
  claimAcquisition: ['acqui', 'merger', 'merged', 'being bought'],
  claimIpo: ['ipo', 'public', 'listing on', 'listed on'],
  claimExecutive: ['ceo', 'cto', 'cfo', 'cro', 'coo', 'cmo', 'cpo', 'ciso', 'chief', 'vp', 'vice president', 'head of', 'president', 'chair', 'appointment of'],
  claimLayoffs: ['layoff', 'laid off', 'lay off', 'laying off', 'reduction in force', 'restructuring', 'downsizing', 'job cuts', 'headcount cuts'],
  claimAward: ['award', 'won ', 'winner of', 'named one of', 'named to', 'recogni', 'ranked'],
  tone: [
    'act now', 'act fast', 'act today', 'last chance', 'expire', 'limited', ' left', ' remaining', 'hurry', 'urgent',
    'immediately', 'right now', 'miss out', 'offer ends', 'today only', 'ends today', 'ends tonight',
    'guarantee', 'risk-free', 'risk free', 'no risk', 'double your', 'triple your', '10x your',
    'competitor', 'regret', 'everyone else', 'before it', '!!', 'final notice', 'final offer',
    'running out', "don't be the", 'do not be the', 'you must', 'within 24', 'within 48',
    'within 12', 'next hour', 'left at this price', 'spots left', 'seats left', 'once in a lifetime',
    'foolish', 'crazy', 'if you cared', 'if you really cared', 'fired', 'too late', 'zero risk',
    'guaranteed', 'definitely', 'certainly', 'absolutely', '5x your', "you'll regret", 'you will regret',
  ],
  link: ['http', 'www.'],
  placeholder: ['{', '[', '<', '%', 'xxx', 'tbd', 'insert', '${'],
};
