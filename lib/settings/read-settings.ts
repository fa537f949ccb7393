import { inArray } from "drizzle-orm";
import type { Executor } from "@/lib/db/open-database";
import { settings } from "@/lib/db/schema";
import { settingDefinitions, settingKeys, storedSettingsSchema, type SettingKey, type ShopSettings } from "./setting-definitions";

export type SettingsSnapshot = {
  values: ShopSettings;
  /** When each stored setting last changed; absent keys use their default. */
  updatedAt: Partial<Record<SettingKey, Date>>;
  /** Stored values that failed their schema (the default is used instead). */
  invalid: SettingKey[];
};

/** The shop-wide settings, each validated by its schema; a missing or invalid value falls back to its default. */
export async function readSettings(db: Executor): Promise<SettingsSnapshot> {
  const rows = await db.select().from(settings).where(inArray(settings.key, settingKeys));
  const stored = new Map(rows.map((row) => [row.key, row]));
  const updatedAt: Partial<Record<SettingKey, Date>> = {};
  const invalid: SettingKey[] = [];
  for (const key of settingKeys) {
    const row = stored.get(key);
    if (!row) continue;
    updatedAt[key] = row.updatedAt;
    if (!settingDefinitions[key].schema.safeParse(row.value).success) invalid.push(key);
  }
  const values = storedSettingsSchema.parse(Object.fromEntries(rows.map((row) => [row.key, row.value])));
  return { values, updatedAt, invalid };
}

/** One setting, validated; its default when missing or invalid. */
export async function readSetting<Key extends SettingKey>(db: Executor, key: Key): Promise<ShopSettings[Key]> {
  return (await readSettings(db)).values[key];
}
