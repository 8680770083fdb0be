import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: a few files at a time; each integration file has its own database.
    pool: 'forks',
    maxWorkers: process.env.CI ? 2 : 3,
    reporters: ['default'],
  },
});
