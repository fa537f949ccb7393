import { z } from "zod";

/**
 * R-Series JSON is XML turned inside out, and these helpers undo its quirks at the boundary:
 * - numbers and booleans arrive as strings ("12.50", "true");
 * - a list of one arrives as the bare object, and an empty list as "" or not at all;
 * - nested lists sit in a container named after the element: `"SaleLines": {"SaleLine": [...]}`;
 * - an unset reference is "0" and an unset text is "".
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || value === "";
}

/** A list that may arrive as an array, a bare object (one element), "" or nothing (no elements). */
export function asArray<Item extends z.ZodType>(item: Item) {
  return z.preprocess((value) => {
    if (isBlank(value)) return [];
    return Array.isArray(value) ? value : [value];
  }, z.array(item));
}

/** A nested list in its container, e.g. `nestedList("SaleLine", saleLine)` for `"SaleLines": {"SaleLine": …}`. */
export function nestedList<Item extends z.ZodType>(elementName: string, item: Item) {
  return z.preprocess((value) => (isRecord(value) ? value[elementName] : value), asArray(item));
}

/** A number sent as a string (or, by a friendlier server, as a number). */
export const numeric = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
  z.number().finite(),
);

/** A number that may be missing or "": read as null. */
export const optionalNumeric = z.preprocess((value) => (isBlank(value) ? null : value), numeric.nullable());

/** A boolean sent as "true"/"false"; missing reads as false. */
export const booleanish = z.preprocess((value) => {
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0" || isBlank(value)) return false;
  return value;
}, z.boolean());

/** An id, kept as the opaque string the API uses. */
export const id = z.union([z.string().min(1), z.number()]).transform(String);

/** A reference that may be unset ("0", "" or missing): read as null. */
export const optionalId = z.preprocess(
  (value) => (isBlank(value) || value === "0" || value === 0 ? null : value),
  id.nullable(),
);

/** Free text that may be missing; "" reads as null. */
export const optionalText = z.preprocess(
  (value) => (isBlank(value) ? null : typeof value === "number" ? String(value) : value),
  z.string().nullable(),
);

/** A time (R-Series sends `2026-03-15T14:30:00+00:00`), normalised to an ISO string in UTC. */
export const timestamp = z.string().transform((value, context) => {
  const millis = Date.parse(value);
  if (Number.isNaN(millis)) {
    context.addIssue({ code: "custom", message: `not a time: ${value}` });
    return z.NEVER;
  }
  return new Date(millis).toISOString();
});

/** A time that may be missing or "": read as null. */
export const optionalTimestamp = z.preprocess((value) => (isBlank(value) ? null : value), timestamp.nullable());
