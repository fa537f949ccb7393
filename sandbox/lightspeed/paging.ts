/**
 * Cursor paging as R-Series does it: at most 100 records a page, and `@attributes.next` / `previous` holding full
 * URLs with opaque `after` / `before` cursors ("" at either end). The cursor here is the (sort value, id) of the
 * record at the edge, so records inserted meanwhile neither repeat nor vanish.
 */

export type SortKey = { value: string | number | boolean | null; id: number };

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify([key.value, key.id])).toString("base64url");
}

export function decodeCursor(cursor: string): SortKey | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [value, id] = parsed;
    if (typeof id !== "number") return null;
    if (value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
      return { value, id };
    }
    return null;
  } catch {
    return null;
  }
}

/** Orders two keys by value (nulls first), then by id; `descending` reverses the value order only. */
export function compareKeys(a: SortKey, b: SortKey, descending: boolean): number {
  const byValue = compareValues(a.value, b.value);
  if (byValue !== 0) return descending ? -byValue : byValue;
  return a.id - b.id;
}

function compareValues(a: SortKey["value"], b: SortKey["value"]): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

export const MAX_PAGE_SIZE = 100;
