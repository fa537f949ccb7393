import { eq } from "drizzle-orm";
import type { LightspeedTokenStore } from "@/lib/connectors/lightspeed";
import type { Executor } from "@/lib/db/open-database";
import { connections } from "@/lib/db/schema";

/**
 * Keeps Lightspeed's rotating refresh token in the account's `connections` row. The first token comes from the
 * environment; every rotated one is saved here before it is used, so a restart never holds a revoked token.
 */
export function createLightspeedTokenStore(db: Executor, account: { accountId: string; initialRefreshToken: string }): LightspeedTokenStore {
  const key = `lightspeed:${account.accountId}`;
  return {
    load: async () => {
      const [row] = await db.select({ refreshToken: connections.refreshToken }).from(connections).where(eq(connections.account, key));
      return row?.refreshToken ?? account.initialRefreshToken;
    },
    save: async (refreshToken) => {
      await db
        .insert(connections)
        .values({ system: "lightspeed", account: key, refreshToken })
        .onConflictDoUpdate({ target: connections.account, set: { refreshToken } });
    },
  };
}
