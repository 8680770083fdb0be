import { defineConfig } from 'drizzle-kit';

// Only used by `npm run db:generate`; runtime migrations are applied by `draftgate migrate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './migrations',
});
