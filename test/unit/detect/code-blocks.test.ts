/**
 * Fenced code blocks in mail to engineers (seventeenth session, read clean emails CX): a config
 * with `<your-token>` where the reader puts their own, a log whose lines carry `[agent]` and
 * double spaces, SQL's INSERT OVERWRITE. The slot, note and model readings stay silent inside a
 * fence; a key pasted in one is still a leak; a fence that wraps the whole draft is the agent's.
 */
import { describe, expect, it } from 'vitest';
import { buildBook } from '../../../src/detect/book.js';
import { inCodeBlock } from '../../../src/detect/code-block.js';
import { scanDraft } from '../../../src/detect/scan.js';
import { makeAccount, testPolicy } from '../../fixtures/detect/book.js';

const account = makeAccount({ id: 't', name: 'Target Co', domain: 'target.example' });
const book = buildBook([account]);
const FENCE = '```';

function findings(body: string): string[] {
  return scanDraft({ subject: 'The collector config', body, to: { email: 'dana@target.example', name: 'Dana Reyes' }, from: 'sam@ourco.com' }, account, book, testPolicy())
    .filter((f) => f.severity !== 'info')
    .map((f) => `${f.kind}/${f.rule ?? ''}`);
}

describe('inCodeBlock', () => {
  const text = `Intro line\n${FENCE}yaml\nkey: <value>\n${FENCE}\nAfter the block`;
  it('is true only between an opening fence line and its closing fence', () => {
    expect(inCodeBlock(text, text.indexOf('<value>'))).toBe(true);
    expect(inCodeBlock(text, text.indexOf('yaml'))).toBe(false); // the opening fence's language tag
    expect(inCodeBlock(text, text.indexOf('Intro'))).toBe(false);
    expect(inCodeBlock(text, text.indexOf('After'))).toBe(false);
  });
  it('runs an unclosed fence to the end, and ignores backticks inside a line', () => {
    const open = `Run this:\n${FENCE}\nprocessors: <pan>`;
    expect(inCodeBlock(open, open.indexOf('<pan>'))).toBe(true);
    const inline = 'Use the ```x``` marker <here>';
    expect(inCodeBlock(inline, inline.indexOf('<here>'))).toBe(false);
  });
});

describe('a CSV header and its rows', () => {
  const text = "Here's the format; only first_name and email are mandatory.\n\nfirst_name,last_name,email,phone,notes\nAna,Silva,ana@example.com,+351910000001,Prefers high floor\nJohn,Doe,john@example.com,,\n\nA few tips:\n- Save as UTF-8";
  it('is data from the header to the blank line after its rows', () => {
    expect(inCodeBlock(text, text.indexOf('first_name,'))).toBe(true);
    expect(inCodeBlock(text, text.indexOf('Prefers'))).toBe(true);
    expect(inCodeBlock(text, text.indexOf('John'))).toBe(true);
    expect(inCodeBlock(text, text.indexOf('Here'))).toBe(false);
    expect(inCodeBlock(text, text.indexOf('A few tips'))).toBe(false);
  });
  it('a line of words with commas, or two names, is prose', () => {
    const prose = 'Thanks, Ana, for the notes.\nSSO,SAML\nWe met Ana, John, Priya and Lee on Monday.';
    for (const at of ['Thanks', 'SSO', 'We met']) expect(inCodeBlock(prose, prose.indexOf(at))).toBe(false);
  });
});

describe('clean mail with code', () => {
  it('a config with a slot for the reader and a log with tags pass', () => {
    const body = [
      'Hi Dana,', '',
      'Here is the minimal values.yaml we discussed:', '',
      FENCE, 'ingest:', '  token: <your-token>', '  endpoint: https://ingest.ourco.com', FENCE, '',
      'And the lines from your agent log:', '',
      FENCE, 'WARN  [agent] clock skew detected: delta=65s', 'WARN  queue: sending_queue is full', FENCE, '',
      'Jobs writing with INSERT OVERWRITE on dynamic partitions need a review.', '',
      'Best,', 'Sam',
    ].join('\n');
    expect(findings(body)).toEqual([]);
  });
  it('the same slot in prose is still a placeholder', () => {
    expect(findings('Hi Dana,\n\nYour token is <your-token> and the endpoint is ready.\n\nBest,\nSam')).toContain('placeholder/placeholder.bracket-field');
  });
  it('a key pasted inside a fence is still a secret', () => {
    const body = `Hi Dana,\n\n${FENCE}\naws_access_key_id = AKIAZ7QWERTY3XKLM4PQ\n${FENCE}\n\nBest,\nSam`;
    expect(findings(body).some((f) => f.startsWith('secret/'))).toBe(true);
  });
  it('a fence wrapping the whole draft is the agent\'s output', () => {
    const body = `${FENCE}\nSubject: A faster close for Target Co\n\nHi Dana,\nShort note on month-end.\n${FENCE}`;
    expect(findings(body)).toContain('internal_marker/internal.agent-trace');
  });
});

describe('indented code (eighteenth session, read clean emails DE)', () => {
  const yaml = 'Here is the minimal config:\n\n  api_key: <YOUR_API_KEY>        # from Settings > API Keys\n  region: us-east-1\n  service_name: <YOUR_SERVICE>\n\nSwap in your own values.';
  const shell = "Here's the shortest path:\n\n  brew install ourco/tap/ourco\n  ourco login            # opens your browser for SSO\n  ourco scan --path . --format sarif > results.sarif\n\nThat's it.";
  const helm = 'The values file:\n\n  collector:\n    endpoint: {{ .Values.ourco.endpoint }}\n    tenantId: {{ .Values.ourco.tenantId }}\n';

  it('is a run of indented lines, half of them or more a key, a command, a flag or an assignment', () => {
    expect(inCodeBlock(yaml, yaml.indexOf('<YOUR_API_KEY>'))).toBe(true);
    expect(inCodeBlock(shell, shell.indexOf('ourco login'))).toBe(true);
    expect(inCodeBlock(helm, helm.indexOf('{{'))).toBe(true);
    expect(inCodeBlock(yaml, yaml.indexOf('Swap'))).toBe(false);
  });

  it('is not an indented quote, signature or bullet list', () => {
    const quote = 'You wrote:\n\n  Thanks for the call, [First Name] sounds right.\n  Can you send the deck?\n\nBest';
    expect(inCodeBlock(quote, quote.indexOf('[First Name]'))).toBe(false);
    const bullets = 'Next steps:\n  - Send {{first_name}} the deck\n  - Book the call\n';
    expect(inCodeBlock(bullets, bullets.indexOf('{{'))).toBe(false);
  });

  it('keeps a config\'s slots and a template\'s tags from reading as unfilled fields', () => {
    for (const body of [yaml, shell, helm]) expect(findings(`Hi Dana,\n\n${body}\n\nBest,\nSam`).filter((f) => f.startsWith('placeholder')), body).toEqual([]);
    // Unindented prose still reports them.
    expect(findings('Hi Dana,\n\nYour key is <YOUR_API_KEY> and the region is {{region}}.\n\nBest,\nSam').some((f) => f.startsWith('placeholder'))).toBe(true);
  });
});

// Indented snippets in mail to data engineers (nineteenth session, clean emails DO): blank lines
// inside the block, method calls, decorators, keyword arguments and SQL in capitals.
describe('indented code with blank lines, calls and SQL', () => {
  it('a Python snippet of our SDK passes', () => {
    const body = [
      'Hi Dana,', '', 'Here is the snippet you asked for:', '',
      '    from ourco import Client', '',
      '    client = Client(region="us-east-1")', '',
      '    model = client.registry.get_model("churn_classifier")',
      '    candidate = model.get_version(14)', '',
      '    candidate.run_checks(["schema_match", "drift_below_threshold"])',
      '    candidate.promote(stage="production", note="Q2 retrain")', '',
      'promote() fails if any check fails.', '', 'Best,', 'Sam',
    ].join('\n');
    expect(findings(body)).toEqual([]);
  });
  it('a decorated function and a query in capitals pass', () => {
    const body = [
      'Hi Dana,', '', 'A sample feature:', '',
      '    @stream_feature(source="payments_topic", entity="card", window="10m")',
      '    def txn_count_10m(events):', '        return events.count()', '',
      'And the index:', '',
      '    CREATE VECTOR INDEX kb_chunks_idx',
      '      ON docs.kb_chunks (embedding)',
      '      USING HNSW WITH (m = 16, ef_construction = 200);', '',
      'Best,', 'Sam',
    ].join('\n');
    expect(findings(body)).toEqual([]);
  });
  it('the same call in prose is a tool call left in', () => {
    expect(findings('Hi Dana,\n\nlookup_account(name="Target Co") returned 3 contacts.\n\nBest,\nSam')).toContain('internal_marker/internal.tool-call');
  });
  it('an indented prose paragraph is not code', () => {
    const text = 'Hi Dana,\n\n  For the pilot we suggest two sites, and\n  a short review after the first week.\n\nBest';
    expect(inCodeBlock(text, text.indexOf('pilot'))).toBe(false);
  });
});

// Sample API calls in onboarding mail (twenty-first session, read clean emails EE): an unindented
// curl command (continued with a backslash) or a written-out request with its headers holds the
// reader's own key as YOUR_API_KEY; a real key there is still a leak, and the same slot in prose
// is still a field left unfilled.
describe('unindented commands and requests', () => {
  const curl = 'To check it arrived:\n\ncurl -H "Authorization: Bearer YOUR_API_KEY" \\\n  "https://api.ourco.com/v2/tags?line=LINE-01&limit=10"\n\nIf you see a list, you are done.';
  const request = 'A sample request:\n\nPOST https://api.ourco.com/v2/inspections\nAuthorization: Bearer YOUR_API_KEY\n{"serial": "SAMPLE-0001", "result": "PASS"}\n\nPlease keep real keys out of email.';

  it('is the command line and the lines it continues, or the request up to a blank line', () => {
    for (const t of [curl, request, curl.toLowerCase(), request.toLowerCase()]) {
      expect(inCodeBlock(t, t.indexOf('YOUR_API_KEY') >= 0 ? t.indexOf('YOUR_API_KEY') : t.indexOf('your_api_key')), t).toBe(true);
      expect(inCodeBlock(t, t.search(/if you see|please keep/i)), t).toBe(false);
    }
    expect(inCodeBlock(curl, curl.indexOf('LINE-01'))).toBe(true); // the continued line
    expect(inCodeBlock(request, request.indexOf('SAMPLE-0001'))).toBe(true); // the body
  });

  it('is not prose that names a command, nor a price after a dollar sign', () => {
    for (const t of ['curl is what most of your team uses, I think.', 'Git workflows stay as they are.', '$ 12,000 per year for [SEATS] seats']) {
      expect(inCodeBlock(t.toLowerCase(), t.length - 3), t).toBe(false);
    }
  });

  it('keeps the reader\'s slot quiet, and still reports a real key in the same command', () => {
    for (const body of [curl, request]) expect(findings(`Hi Dana,\n\n${body}\n\nBest,\nSam`), body).toEqual([]);
    const leaked = 'Hi Dana,\n\ncurl -H "Authorization: Bearer sk_live_51HxQ2bKq8ZrT4mN6pL0vW3yJ" https://api.ourco.com/v2/tags\n\nBest,\nSam';
    expect(findings(leaked).some((f) => f.startsWith('secret/'))).toBe(true);
    expect(findings('Hi Dana,\n\nUse the key YOUR_API_KEY when you log in.\n\nBest,\nSam').some((f) => f.startsWith('placeholder'))).toBe(true);
  });
});

// Program text pasted without indentation (twenty-second session, read clean emails EK): a
// JavaScript route whose body carries a comment, a Kotlin call with the reader's key slot.
describe('unindented program text', () => {
  const js = "In Express, the fix looks like this:\n\napp.post('/webhooks/ourco', express.raw({ type: 'application/json' }), (req, res) => {\n  const sig = req.header('Ourco-Signature');\n  // handle event\n  res.status(200).end();\n});\n\nLet me know if it still fails.";
  const kotlin = 'Sample code for the Android SDK (Kotlin):\n\nval ourco = Ourco(context, publishableKey = "YOUR_PUBLISHABLE_KEY")\nourco.cardForm.show { result ->\n    when (result) {\n        is CardResult.Success -> sendTokenToServer(result.token)\n    }\n}\n\nRegards';
  it('is a paragraph of two lines or more, half of them or more reading as program text', () => {
    const lower = js.toLowerCase();
    expect(inCodeBlock(lower, lower.indexOf('// handle'))).toBe(true);
    expect(inCodeBlock(lower, lower.indexOf('app.post'))).toBe(true);
    expect(inCodeBlock(lower, lower.indexOf('in express'))).toBe(false);
    expect(inCodeBlock(lower, lower.indexOf('let me know'))).toBe(false);
    const k = kotlin.toLowerCase();
    expect(inCodeBlock(k, k.indexOf('your_publishable_key'))).toBe(true);
  });
  it('is not a list of terms ending in semicolons, nor prose with a bracket or an arrow', () => {
    const terms = 'The terms, as agreed:\n- implementation by March;\n- training in April (two sessions);\n- go-live in May.\n\nBest,';
    expect(inCodeBlock(terms, terms.indexOf('training'))).toBe(false);
    const prose = 'If (and only if) the pilot works, we expand.\nSettings -> Integrations -> Slack is where you connect it.';
    expect(inCodeBlock(prose.toLowerCase(), prose.toLowerCase().indexOf('settings'))).toBe(false);
  });
  it('keeps its comments and slots quiet; the same comment in prose is a note', () => {
    expect(findings(`Hi Dana,\n\n${js}\n\nSam`).filter((f) => f.startsWith('internal_marker/') || f.startsWith('placeholder/'))).toEqual([]);
    expect(findings(`Hi Dana,\n\n${kotlin}\n\nSam`).filter((f) => f.startsWith('placeholder/'))).toEqual([]);
    expect(findings('Hi Dana,\n\n// remember to mention the discount only if they push\nThe pilot starts Monday.\n\nSam')).toContain('internal_marker/internal.code-comment');
  });
});
