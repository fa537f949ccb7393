import { z } from "zod";
import { nulCharacter } from "@/lib/db/storable-text";

export const maximumSearchLength = 100;

/** What someone typed into the customer search: NULs dropped, trimmed, inner spaces collapsed, at most 100 characters. */
export const customerSearchQuerySchema = z
  .string()
  .transform((value) => value.replaceAll(nulCharacter, " ").replace(/\s+/g, " ").trim())
  .pipe(z.string().max(maximumSearchLength));

/** The `?q=` of the search route and the customers page (a missing or repeated `q` reads as empty). */
export const customerSearchParamsSchema = z.object({
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((value) => (typeof value === "string" ? value : ""))
    .pipe(customerSearchQuerySchema),
});
