import type { Executor } from "@/lib/db/open-database";
import { localEngineFunctions } from "@/lib/db/schema";
import { functionConfigSchema, toEngineFunction, type EngineFunction } from "./function-config";

/** The functions of every synced app, as stored by the last sync (so the engine works before it re-syncs). */
export async function loadFunctions(db: Executor): Promise<Map<string, EngineFunction>> {
  const rows = await db.select().from(localEngineFunctions);
  const functions = new Map<string, EngineFunction>();
  for (const row of rows) {
    const parsed = functionConfigSchema.safeParse(row.config);
    if (parsed.success) functions.set(row.id, toEngineFunction(parsed.data, row.appUrl));
  }
  return functions;
}
