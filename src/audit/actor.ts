/** Who did it. Every audit row names one of these; the union is closed on purpose. */
import { z } from 'zod';

export const Actor = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rep'), slackUserId: z.string(), teamId: z.string().optional() }),
  z.object({ type: z.literal('token'), tokenId: z.string(), name: z.string() }),
  z.object({ type: z.literal('agent'), tokenId: z.string(), name: z.string(), via: z.literal('mcp') }),
  z.object({ type: z.literal('system'), component: z.string() }),
  z.object({ type: z.literal('guard'), monitor: z.string() }),
  z.object({ type: z.literal('webhook'), source: z.string() }),
  z.object({ type: z.literal('cli'), user: z.string() }),
]);
export type Actor = z.infer<typeof Actor>;

export const systemActor = (component: string): Actor => ({ type: 'system', component });

/** A person acting from Slack (button, modal, slash command). */
export const repActor = (slackUserId: string, teamId?: string): Actor => ({ type: 'rep', slackUserId, ...(teamId ? { teamId } : {}) });

/** Short human label: "rep U123", "token cowork", "guard rejection". */
export function describeActor(a: Actor): string {
  switch (a.type) {
    case 'rep':
      return `rep ${a.slackUserId}`;
    case 'token':
      return `token ${a.name}`;
    case 'agent':
      return `agent ${a.name} (mcp)`;
    case 'system':
      return `system ${a.component}`;
    case 'guard':
      return `guard ${a.monitor}`;
    case 'webhook':
      return `webhook ${a.source}`;
    case 'cli':
      return `cli ${a.user}`;
  }
}
