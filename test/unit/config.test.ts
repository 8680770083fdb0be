import { describe, expect, it } from 'vitest';
import { parseConfig, ConfigError } from '../../src/config-schema.js';

const base = { DATABASE_URL: 'postgres://u@localhost:5432/db', REDIS_URL: 'redis://localhost:6379' };

describe('config', () => {
  it('parses a minimal environment with defaults', () => {
    const c = parseConfig(base);
    expect(c.PORT).toBe(3000);
    expect(c.SEND_TRANSPORT).toBe('outbox');
    expect(c.SMTP_REQUIRE_TLS).toBe(true);
  });

  it('names every missing or invalid variable', () => {
    try {
      parseConfig({ PORT: 'eighty', SLACK_BOT_TOKEN: 'nope' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const text = (e as ConfigError).issues.join('\n');
      expect(text).toMatch(/^DATABASE_URL: is required/m);
      expect(text).toMatch(/^REDIS_URL: is required/m);
      expect(text).toMatch(/^PORT: /m);
      expect(text).toMatch(/^SLACK_BOT_TOKEN: must be a Slack bot token/m);
    }
  });

  it('rejects a non-postgres DATABASE_URL and cross-field gaps', () => {
    expect(() => parseConfig({ ...base, DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL: must be a postgres/);
    expect(() => parseConfig({ ...base, SEND_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL: is required when SEND_TRANSPORT=smtp/);
    expect(() => parseConfig({ ...base, SMTP_MAILBOXES: '{not json' })).toThrow(/SMTP_MAILBOXES/);
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig({ ...base, POLICY_FILE: '', SLACK_BOT_TOKEN: '' }).SLACK_BOT_TOKEN).toBeUndefined();
  });
});
