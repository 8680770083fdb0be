/**
 * Credentials written in prose (the abbreviations and sentence shapes people use) and provider
 * tokens beyond the first provider list; passwords as a topic must pass.
 */
import { describe, expect, it } from 'vitest';
import { scanExample } from '../../src/detect/rules/examples.js';
import { defaultPolicy } from '../../src/policy/schema.js';

const policy = defaultPolicy();
const secrets = (text: string): number => scanExample(text, policy).filter((f) => f.kind === 'secret').length;

describe('credentials in prose', () => {
  it.each([
    'p/w: Maple86$xua', 'pswd: Maple86$xua', 'Password (case-sensitive): Tr0ub4dor&3', 'Password is: Summer2025!',
    'password="hunter22!"', 'I reset your password to Welcome123.', 'You can sign in with jdoe@acme.com and Maple86$xua.',
    'Use admin / admin123! to log in to the sandbox.', "It's jdoe / Maple86$xua for the demo workspace.", 'jdoe@acme.com / Maple86$xua',
    'Creds are admin and Blue40!cwu.', 'u: jdoe p: ch4ngeMe!', 'user jdoe pass ch4ngeMe!', 'The passphrase is correct-horse-battery-staple.',
    'curl -u jdoe:Maple86xua https://api.acme.io', 'Password for the portal: Welcome1!', 'login jdoe, pass Maple86$xua',
    'admin / Maple86$xua (change it after first login)', 'Use jdoe as the username and Maple86$xua as the password.',
    'Type Welcome1! when it asks for a password.', 'The sandbox password, Maple86$xua, expires Friday.', 'Password → Maple86$xua',
    'The pass code is 7731-ab.', 'Key for the sandbox is 8f4Kq2Lm9Xv3Rt7Nw5Jp1Zx.', 'You can log in as jdoe with the password Maple86$xua until we set up SSO.',
  ])('fires: %s', (text) => {
    expect(secrets(text)).toBeGreaterThan(0);
  });

  it.each([
    'Reset your password at ourco.com/reset.', 'Your password must be at least 12 characters.', 'Password: see the secure note.',
    'Password requirements: 12+ characters.', 'Log in with Google / Microsoft, both work.', 'Reach me at sam@ourco.com / 415-555-0198.',
    'Use the code XMAS2025 to get 10% off.', 'Secret: 100% of drafts are reviewed.', 'Set your password to something only you know.',
    'Our pass rate is 98% on first review.', 'Reps log in / out of Slack all day.', 'Support is 24/7 on every plan.',
    'The key for most teams is consistency across all reps.', 'Pricing: $12,000 / year.', 'Jan / Feb cohorts are full.',
    "I'll send the password separately via 1Password.", 'Password managers like 1Password are supported.',
  ])('passes: %s', (text) => {
    expect(secrets(text)).toBe(0);
  });
});

describe('provider tokens', () => {
  it.each([
    'PMAK-6e0e30f328549c488e00a4ff-1125cf5ec72ba694165beaecba0afa707e',
    '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',
    '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',
    'dt0c01.ZVCPMACI6O1GBDUEHH5I71AL.O8J86H7W5EWNOERLAQRECM6D09XRAUC38S9V0RZ1U80YJYY0JAP6QYPMHFCDZ9U2',
    'https://hooks.zapier.com/hooks/catch/123456/abcde1f/',
    'hf_lpkd6XgaNJQ8mjAmHMPGPPA0NlGtetOd4U',
  ])('fires: %s', (text) => {
    expect(secrets(`Here is the key for the sandbox: ${text}`)).toBeGreaterThan(0);
  });

  it('a public Mapbox token and an Okta mention pass', () => {
    expect(secrets('pk.eyJ1IjoiYWNtZSJ9.publictoken is a public Mapbox token.')).toBe(0);
    expect(secrets('Our Okta integration takes 10 minutes.')).toBe(0);
  });
});
