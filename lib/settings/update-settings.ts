import { inArray } from "drizzle-orm";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Executor } from "@/lib/db/open-database";
import { settings } from "@/lib/db/schema";
import { settingDefinitions, settingKeys, storedSettingsSchema, type SettingKey, type ShopSettings } from "./setting-definitions";

const settingsChangeSchema = z
  .object({
    poll_interval_seconds: settingDefinitions.poll_interval_seconds.schema,
    default_lead_time_days: settingDefinitions.default_lead_time_days.schema,
    safety_stock_days: settingDefinitions.safety_stock_days.schema,
    edit_policy: settingDefinitions.edit_policy.schema,
  })
  .partial();

/**
 * Writes the shop-wide settings that differ from what is in force (each validated by its schema, which throws on a
 * bad value), one audit row per changed key with its before and after, in one transaction.
 */
export async function updateSettings(
  db: Executor,
  { changes, reason }: { changes: Partial<ShopSettings>; reason: string | null },
  actorUserId: number,
): Promise<{ changed: SettingKey[] }> {
  const next = settingsChangeSchema.parse(changes);
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(settings).where(inArray(settings.key, settingKeys)).for("update");
    const stored = new Map(rows.map((row) => [row.key, row.value]));
    const inForce = storedSettingsSchema.parse(Object.fromEntries(stored));
    const changed: SettingKey[] = [];
    for (const key of settingKeys) {
      const value = next[key];
      if (value === undefined) continue;
      const storedValid = stored.has(key) && settingDefinitions[key].schema.safeParse(stored.get(key)).success;
      if (value === inForce[key] && (storedValid || !stored.has(key))) continue;
      const now = new Date();
      await tx
        .insert(settings)
        .values({ key, value, updatedAt: now, updatedBy: actorUserId })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now, updatedBy: actorUserId } });
      await recordAudit(tx, {
        actorUserId,
        action: "setting.update",
        subjectType: "setting",
        subjectId: key,
        before: { value: stored.has(key) ? stored.get(key) : null, inForce: inForce[key] },
        after: { value },
        ...(reason ? { reason } : {}),
      });
      changed.push(key);
    }
    return { changed };
  });
}
