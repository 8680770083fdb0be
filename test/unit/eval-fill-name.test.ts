/**
 * The scorer's filling of a writer's `{NAME}` (bench/eval/emails.ts): the account's name in prose,
 * its domain or the domain's first label where the writer made it part of a host, so a link stays
 * a link to the prospect's own site.
 */
import { describe, expect, it } from 'vitest';
import { fillName } from '../../bench/eval/emails.js';
import { makeAccount } from '../fixtures/detect/book.js';

const account = makeAccount({ id: 'a', name: 'Pinecrest Payroll', domain: 'pinecrest.example' });

describe('fillName', () => {
  it('puts the name in prose and the domain where the writer wrote a host', () => {
    expect(fillName('the team at {NAME}', account)).toBe('the team at Pinecrest Payroll');
    expect(fillName('https://{NAME}.example/blog', account)).toBe('https://pinecrest.example/blog');
    expect(fillName('https://{NAME}.ourco.app', account)).toBe('https://pinecrest.ourco.app');
  });
  it('fills a host that goes on after a hyphen with the label, and leaves a hyphenated word in prose to the name', () => {
    expect(fillName('Your sandbox is live: https://{NAME}-sandbox.ourco.com', account)).toBe('Your sandbox is live: https://pinecrest-sandbox.ourco.com');
    expect(fillName('hooks.{NAME}-prod.example.net', account)).toBe('hooks.pinecrest-prod.example.net');
    expect(fillName('{NAME}-wide rollout', account)).toBe('Pinecrest Payroll-wide rollout');
  });
});
