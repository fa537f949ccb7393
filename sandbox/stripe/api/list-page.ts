import type { JsonObject } from "../json";
import type { FormObject } from "./parse-form-params";
import { invalidParameter, resourceMissing } from "./stripe-api-error";

function stringParam(params: FormObject, name: string): string | undefined {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw invalidParameter(name, `Invalid string: ${name}`);
  return value;
}

/**
 * One page of a Stripe list: `limit` (1–100, default 10), cursor `starting_after` or `ending_before` (an id in the
 * list), answered as `{object: "list", data, has_more, url}`.
 */
export function listPage(items: readonly JsonObject[], params: FormObject, url: string, kind: string): JsonObject {
  const limitText = stringParam(params, "limit");
  const limit = limitText === undefined ? 10 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    throw invalidParameter("limit", "Invalid integer: limit must be between 1 and 100");
  }
  const after = stringParam(params, "starting_after");
  const before = stringParam(params, "ending_before");
  let start = 0;
  let end = items.length;
  if (after !== undefined) {
    const index = items.findIndex((item) => item.id === after);
    if (index < 0) throw resourceMissing(kind, after, "starting_after");
    start = index + 1;
  } else if (before !== undefined) {
    const index = items.findIndex((item) => item.id === before);
    if (index < 0) throw resourceMissing(kind, before, "ending_before");
    end = index;
    start = Math.max(0, end - limit);
  }
  const data = items.slice(start, Math.min(end, start + limit));
  const hasMore = before !== undefined ? start > 0 : start + limit < end;
  return { object: "list", data: [...data], has_more: hasMore, url };
}
