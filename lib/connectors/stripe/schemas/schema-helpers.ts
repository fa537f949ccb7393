import { z } from "zod";

/**
 * A field that old API versions leave out and new ones send as null: both read as null.
 * (Webhook payloads keep the API version of the endpoint, e.g. 2018-11-08, so fields come and go.)
 */
export function nullable<Schema extends z.ZodType>(schema: Schema) {
  return schema.nullish().transform((value): z.output<Schema> | null => value ?? null);
}

/** An expandable reference: the id as a string, or the object when the request asked to expand it. */
export function expandable<Schema extends z.ZodType>(schema: Schema) {
  return nullable(z.union([z.string(), schema]));
}

/** An expandable reference the portal only ever needs the id of: an expanded object is reduced to its id. */
export function expandableId() {
  return nullable(z.union([z.string(), z.object({ id: z.string() }).transform((object) => object.id)]));
}
