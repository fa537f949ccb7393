/**
 * The R-Series JSON quirks, applied on the way out so clients meet them as they would in production:
 * numbers and booleans as strings, a list of one as the bare object, no key at all for an empty top-level list,
 * and "" for an empty nested container.
 */

export type JsonObject = { [key: string]: JsonValue };
export type JsonValue = string | JsonObject | JsonValue[];

export function str(value: number | string | boolean): string {
  return typeof value === "string" ? value : String(value);
}

/** Money as R-Series shows it: a string with two decimals. */
export function money(value: number): string {
  return value.toFixed(2);
}

/** A list of one becomes the object itself. */
export function oneOrMany(records: JsonObject[]): JsonObject | JsonObject[] {
  return records.length === 1 && records[0] !== undefined ? records[0] : records;
}

/** A nested container such as `"SaleLines": {"SaleLine": …}`; "" when empty. */
export function nested(elementName: string, records: JsonObject[]): JsonValue {
  return records.length === 0 ? "" : { [elementName]: oneOrMany(records) };
}
