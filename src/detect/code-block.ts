/**
 * Code in mail: fenced blocks (a line opening with three backticks, up to the next such line),
 * indented blocks that read as code (a run of lines indented by two spaces or a tab, at least half
 * of them a YAML key, an assignment, a shell command or a command-line flag), and an unindented
 * command line with a flag or an HTTP request with its headers: a log excerpt, a config file, a
 * query or a sample API call pasted for an engineer. Rules that read prose for slots left unfilled or
 * notes for the team stay silent inside one (`not_in: [code]`): `<your-token>` in a values.yaml is
 * where the reader puts their own token, `[agent]` in a log line is the program's tag. Secrets are
 * still read there (a real key in a pasted config is a leak).
 */

/**
 * An indented line that reads as code: a YAML key ("  region: us-east-1") or a YAML list item with
 * one value ("  - name: order_id"), an assignment, a command-line flag, a pipe or redirect, a shell
 * command, a trailing "# comment" or a line that is a comment; a call ending its line
 * ("client.promote(stage=…)", "@check("), a Python, JavaScript or SQL keyword opening it (def,
 * import, return, FROM, ORDER BY…), or brackets alone (")", "});"). Bullets and numbered lines are
 * prose, as is a line of words ending in a full stop.
 */
const CODE_LINE = new RegExp(
  String.raw`^(?: {2,}|\t)(?![*•·]\s|-\s(?![\w.-]+:\s+[^\s:]+\s*$)|\d{1,2}[.)]\s|>)` +
    String.raw`(?:[\w.-]+:(?:\s|$)|"[\w.-]+"\s*:|-\s[\w.-]+:\s|[^\n]*(?:[\w\]]\s*=\s*\S|\s--?[a-z][\w-]*|\$\(|\s\|\s*\w|\s>\s*\S+\.\w+|\S {2,}#\s)|` +
    String.raw`(?:#|\/\/|--)\s|[)\]}]+[,;]?\s*$|@?[\w.]+\([^\n]*$|` +
    String.raw`(?:async )?def \w+\(|class \w+[(:]|import [\w.{*]|from [\w.]+ import\b|return\b[^\n.]*$|function\*? ?\w*\(|` +
    String.raw`(?:from|join|left join|inner join|update|into) [\w.]+(?: \w+)?\s*;?\s*$|(?:order|group) by \w|limit \d+;?\s*$|on [\w.]+\s*\(|` +
    String.raw`(?:where|and|or) [\w.]+\s*(?:=|<|>|!=|in\b|is\b|like\b|between\b)|` +
    String.raw`\w+\s+(?:string|int|integer|bigint|smallint|text|varchar(?:\(\d+\))?|boolean|bool|float|double|decimal|numeric|date|timestamp|vector\(\d+\)|json|jsonb|uuid)\b[^\n]*$|` +
    String.raw`(?:\$ )?(?:docker|kubectl|helm|npm|npx|pip3?|brew|curl|wget|git|export|terraform|aws|gcloud|az|python3?|node|cargo|make|sudo|cd|ls|cat|echo|ssh|scp|psql|mysql|redis-cli|mvn|gradle|yarn|pnpm|apt|apt-get|yum|dnf|choco|winget|pwsh|setx|select|insert|update|create|alter|ourco)\s)`,
  'i',
);
const INDENTED = /^(?: {2,}|\t)\S/;

/** Commands a reader is asked to run on a line of their own, unindented (`COMMAND_LINE`). */
const RUN_COMMANDS = String.raw`curl|wget|http|grpcurl|docker|kubectl|helm|npm|npx|pip3?|brew|git|terraform|aws|gcloud|az|python3?|node|ssh|psql|mysql|redis-cli|yarn|pnpm|ourco|openssl|snmpwalk|snmpget|nslookup|dig|ping|traceroute|tracert|netstat|nc|telnet|systemctl|journalctl|tail|grep|msiexec|reg|sc|netsh|ipconfig|certutil|robocopy|rsync|tar|ansible|ansible-playbook|nmap|powershell|pwsh|bash|sh|sudo|chmod|chown|find`;

/** A PowerShell cmdlet opening a line ("Test-NetConnection relay.ourco.com -Port 443", "Get-Service -Name OurcoAgent"). */
const CMDLET = String.raw`(?:get|set|new|remove|test|invoke|start|stop|restart|add|enable|disable|install|uninstall|import|export|update|register|resolve)-[a-z][a-z0-9]+`;
const HTTP_METHODS = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS';

/**
 * An unindented command line for the reader to run: a known command with at least one flag
 * ("curl -H …", "kubectl apply -f …") or continued on the next line ("curl https://… \\"), or after
 * a prompt ("$ ourco login"). With the lines that continue it (a trailing backslash) it is a block
 * of code.
 */
const COMMAND_LINE = new RegExp(String.raw`^[ \t]*(?:\$ [a-z][\w.-]*(?:\s|$)|(?:${RUN_COMMANDS})\s(?:[^\n]*\s)?(?:--?[A-Za-z]|\/[a-z]{1,3}\b|\\[ \t]*$)|${CMDLET}\b[^\n]*(?:\s-[a-z]|\|))`, 'i');

/**
 * An HTTP request written out for the reader ("POST https://api.ourco.com/v2/inspections"): with
 * the header and body lines after it, up to a blank line, it is a block of code.
 */
const REQUEST_LINE = new RegExp(String.raw`^[ \t]*(?:${HTTP_METHODS}) (?:https?:\/\/|\/)\S*(?: HTTP\/[\d.]+)?[ \t]*$`, 'i');

/**
 * A line (lower-cased, as the scan reads it) that only program text reads like, indented or not: it opens or closes a block ("… => {",
 * "ourco.cardForm.show { result ->", "});"), ends a statement with ";" after a call or an
 * assignment, calls a method on an object ("res.status(200).end()"), declares with "=" or a call
 * ("val ourco = Ourco(…)", "const sig = …", "import x from 'y'"), or maps with "=>" / "->". Prose
 * has none of these; a paragraph of them is code pasted for an engineer.
 */
const PROGRAM_LINE = new RegExp(
  String.raw`^[ \t]*(?:[)\]}]|` +
    String.raw`(?:const|let|var|val|auto|final)\s+[\w{\[][^\n]*=|(?:def|func|fn|function)\s+\w+\(|` +
    String.raw`(?:import|export)\s+(?:\{|\*|default\b|[\w.]+\s*;?\s*$|[\w.]+\s+from\s+['"])|(?:if|while|for|switch|catch)\s*\([^\n]*\)\s*(?:\{|return\b)|return\b[^\n]*;\s*$|` +
    String.raw`[^\n]*(?:[{(\[]|->)[ \t]*$|[^\n]*[(=][^\n]*[)\w"'\]][ \t]*;[ \t]*$|[^\n]*\w\.\w+\([^\n]*\)|[^\n]*=>|[^\n]*->\s*\w+\(|` +
    // A Python or shell assignment of a literal or a call ("api_key = "your_api_key"", "url = f"…"");
    // SQL's clauses in their shapes ("select", "from ourco_export.public.orders", "group by 1").
    String.raw`[a-z_][a-z0-9_]*\s*=\s*(?:[rfb]?["'\[{(]|\d|[a-z_][\w.]*\()|` +
    String.raw`select\b(?:\s*$|\s+(?:\*|distinct\b|count\(|sum\(|avg\(|min\(|max\(|[a-z_]+\.[a-z_]+|[a-z_]+\s*,))|from\s+[a-z_][\w.]*(?:\s+[a-z_]+)?\s*;?\s*$|where\s+[\w.]+\s*(?:=|<|>|!=|>=|<=|in\b|is\b|like\b)|(?:group|order) by\s+[\w.]+(?:\s*,\s*[\w.]+)*\s*;?\s*$|(?:left |inner |outer )?join\s+[\w.]+\s+(?:[a-z_]+\s+)?on\b)`,
);

/**
 * A CSV header written out for the reader ("first_name,last_name,email,phone"): three or more
 * column names (identifiers, no spaces) split by commas, semicolons or tabs, alone on their line.
 * With the rows under it (lines with as many separators or more, up to a blank line) it is data,
 * not prose.
 */
const CSV_HEADER = /^[ \t]*[a-z_][\w.-]*(?:([,;\t])[a-z_][\w.-]*)(?:\1[a-z_][\w.-]*)+[ \t]*$/i;

/** Whether some line of a text may open a command or a request: the cheap test before reading each line. */
const MAY_HOLD_COMMAND = new RegExp(String.raw`(?:^|\n)[ \t]*(?:\$ |(?:${RUN_COMMANDS})\s|${CMDLET}\b|(?:${HTTP_METHODS}) |#!\/|\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2})`, 'i');

/** A log line: it opens on a timestamp ("2025-05-14T02:13:07Z [ourco-backup] ERROR job=…"). */
const LOG_LINE = /^[ \t]*\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/;

/** A script's first line ("#!/usr/bin/env bash"): the script runs to the next blank line. */
const SHEBANG = /^[ \t]*#!\/\S+/;

const BLANK_LINE = /^[ \t]*$/;

/**
 * Adds to `blocks` each run of lines that opens on a line `opens` answers with a test, and goes on
 * over the lines after it while that test (the line before, the next line) holds.
 */
function openedBlocks(text: string, blocks: Array<[number, number]>, opens: (line: string) => ((prev: string, next: string) => boolean) | null): void {
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    const continues = opens(line);
    if (continues !== null) {
      let last = end;
      let prev = line;
      while (last < text.length) {
        const next = text.indexOf('\n', last + 1);
        const lineEnd = next < 0 ? text.length : next;
        const following = text.slice(last + 1, lineEnd);
        if (!continues(prev, following)) break;
        prev = following;
        last = lineEnd;
      }
      blocks.push([pos, last]);
      pos = last + 1;
      continue;
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
}

/** Start and end of each code block of the text, in order (memoized for the last text asked). */
let lastText: string | null = null;
let lastBlocks: Array<[number, number]> = [];

function blocksOf(text: string): Array<[number, number]> {
  if (text === lastText) return lastBlocks;
  const blocks: Array<[number, number]> = [];
  // Fenced: from the end of the opening fence's line (its language tag is not code) to the
  // closing fence, or to the end of the text when unclosed.
  let open = -1;
  let at = text.indexOf('```');
  while (at >= 0) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, at))) {
      if (open < 0) {
        const lineEnd = text.indexOf('\n', at);
        open = lineEnd < 0 ? text.length : lineEnd + 1;
      } else {
        blocks.push([open, at]);
        open = -1;
      }
    }
    at = text.indexOf('```', at + 3);
  }
  if (open >= 0) blocks.push([open, text.length]);
  // Indented: runs of indented lines, half of them or more reading as code.
  if (/\n(?: {2,}|\t)\S/.test(text)) {
    let runStart = -1;
    let lines = 0;
    let code = 0;
    let pos = 0;
    let runEnd = 0;
    const close = (end: number): void => {
      if (runStart >= 0 && code > 0 && code * 2 >= lines) blocks.push([runStart, end]);
      runStart = -1;
      lines = 0;
      code = 0;
    };
    while (pos <= text.length) {
      const nl = text.indexOf('\n', pos);
      const end = nl < 0 ? text.length : nl;
      const line = text.slice(pos, end);
      if (INDENTED.test(line)) {
        if (runStart < 0) runStart = pos;
        lines++;
        if (CODE_LINE.test(line)) code++;
        runEnd = end;
      } else if (runStart < 0 || !/^[ \t]*$/.test(line)) {
        // A blank line inside an indented block belongs to it (a function, then its call);
        // the block ends at its last indented line.
        close(runEnd);
      }
      if (nl < 0) break;
      pos = nl + 1;
    }
    close(runEnd);
  }
  // Unindented program text: a paragraph (lines between blank lines) of two lines or more, at least
  // two of them and half of all reading as program text (PROGRAM_LINE, or an indented CODE_LINE).
  // Read when the text holds a brace, a semicolon, an arrow, a method call ("resp.json()") or a
  // line opening on Python's import, def or class: prose holds none of them.
  if (/[{;]|=>|->|\w\.\w+\(|^[ \t]*(?:import|from|def|class)[ \t]+\w/m.test(text)) {
    let pos = 0;
    while (pos < text.length) {
      let end = pos;
      let lines = 0;
      let program = 0;
      let code = 0;
      let lastProgram = false;
      while (end < text.length) {
        const nl = text.indexOf('\n', end);
        const lineEnd = nl < 0 ? text.length : nl;
        const line = text.slice(end, lineEnd);
        if (/^[ \t]*$/.test(line)) {
          // A blank line between two lines of program text (Python's "import requests", a blank
          // line, "api_key = …") stays inside the block.
          const after = nl < 0 ? -1 : text.indexOf('\n', nl + 1);
          const next = nl < 0 ? '' : text.slice(nl + 1, after < 0 ? text.length : after);
          if (!lastProgram || !PROGRAM_LINE.test(next)) break;
          end = nl + 1;
          continue;
        }
        lines++;
        lastProgram = PROGRAM_LINE.test(line);
        if (lastProgram) program++;
        else if (CODE_LINE.test(line)) code++;
        end = nl < 0 ? text.length : nl + 1;
      }
      if (lines >= 2 && program >= 2 && (program + code) * 2 >= lines) blocks.push([pos, Math.max(pos, end - 1)]);
      const nl = text.indexOf('\n', end);
      pos = end >= text.length ? text.length : end === pos ? (nl < 0 ? text.length : nl + 1) : end;
    }
  }
  // A CSV header and its rows: lines with as many separators or more, up to a blank line.
  if (/[,;\t][a-z_][\w.-]*[,;\t]/i.test(text)) {
    openedBlocks(text, blocks, (line) => {
      const header = CSV_HEADER.exec(line);
      if (header === null) return null;
      const sep = header[1] as string;
      const fields = line.split(sep).length;
      return (_prev, row) => !BLANK_LINE.test(row) && row.split(sep).length >= fields;
    });
  }
  // Unindented commands and requests: the line, and the lines that continue it. A command goes on
  // while its line ends with a backslash; a request runs to a blank line.
  if (MAY_HOLD_COMMAND.test(text)) {
    openedBlocks(text, blocks, (line) => {
      if (COMMAND_LINE.test(line)) return (prev) => /\\\s*$/.test(prev);
      if (REQUEST_LINE.test(line)) return (_prev, next) => !BLANK_LINE.test(next);
      // Log lines run on while lines open on a timestamp; a script from its "#!" line to a blank line.
      if (LOG_LINE.test(line)) return (_prev, next) => LOG_LINE.test(next);
      if (SHEBANG.test(line)) return (_prev, next) => !BLANK_LINE.test(next);
      return null;
    });
  }
  blocks.sort((a, b) => a[0] - b[0]);
  lastText = text;
  lastBlocks = blocks;
  return blocks;
}

/** Whether `at` lies inside a code block of the text (fenced or indented). */
export function inCodeBlock(text: string, at: number): boolean {
  for (const [start, end] of blocksOf(text)) {
    if (at < start) return false;
    if (at < end) return true;
  }
  return false;
}
