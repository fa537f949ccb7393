import { z } from "zod";
import { booleanish, id, optionalText } from "./normalise-json";

/** A Lightspeed shop (a physical store). */
export const shopSchema = z
  .object({ shopID: id, name: z.string(), timeZone: optionalText.optional(), archived: booleanish.optional() })
  .transform((raw) => ({
    shopId: raw.shopID,
    name: raw.name,
    timeZone: raw.timeZone ?? null,
    archived: raw.archived ?? false,
  }));

export type LightspeedShop = z.output<typeof shopSchema>;
