import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "@/lib/db/open-database";
import { connections } from "@/lib/db/schema";

const cursorSchema = z.object({ sales: z.string().optional() }).catch({});

/** Where the Lightspeed poll has read sales up to; null before its first poll. */
export async function readPollSalesCursor(db: Executor, account: string): Promise<string | null> {
  const [connection] = await db.select({ cursor: connections.cursor }).from(connections).where(eq(connections.account, account));
  return cursorSchema.parse(connection?.cursor ?? {}).sales ?? null;
}
