import { asc } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { lightspeedShops } from "@/lib/db/schema";

/** The Lightspeed shops an override can be counted in. */
export async function listLightspeedShops(db: Executor): Promise<Array<{ id: number; name: string }>> {
  return db.select({ id: lightspeedShops.id, name: lightspeedShops.name }).from(lightspeedShops).orderBy(asc(lightspeedShops.id));
}
