import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from "../json";
import { findObjectById, type SandboxState } from "../sandbox-state";
import type { FormValue } from "./parse-form-params";
import { cannotExpand, invalidParameter } from "./stripe-api-error";

/** Fields Stripe lets you expand, per object type (only those the sandbox can resolve). */
const EXPANDABLE: Readonly<Record<string, readonly string[]>> = {
  payment_intent: ["customer", "latest_charge"],
  charge: ["customer", "payment_intent"],
  refund: ["charge", "payment_intent"],
  "checkout.session": ["customer", "payment_intent", "line_items"],
  price: ["product"],
};

/** Stripe allows at most four levels of expansion. */
const MAX_DEPTH = 4;

export type ExpandDeps = {
  state: SandboxState;
  livemode: boolean;
  /** The line items list of a session, for `expand[]=line_items`. */
  lineItemsList: (sessionId: string) => JsonObject;
};

/** Reads `expand[]` (indexed array, or a single string) from request parameters. */
export function expandParam(value: FormValue | undefined): string[] {
  if (value === undefined) return [];
  if (typeof value === "string") return value === "" ? [] : [value];
  if (Array.isArray(value)) {
    return value.map((item) => {
      if (typeof item !== "string") throw invalidParameter("expand", "Invalid array");
      return item;
    });
  }
  throw invalidParameter("expand", "Invalid array");
}

function expandOne(deps: ExpandDeps, holder: JsonObject, segments: readonly string[], fullPath: string): void {
  const [field, ...rest] = segments;
  if (field === undefined) return;
  const value: JsonValue | undefined = holder[field];
  if (holder.object === "list" && field === "data" && Array.isArray(value)) {
    for (const item of value) if (isJsonObject(item)) expandOne(deps, item, rest, fullPath);
    return;
  }
  const type = typeof holder.object === "string" ? holder.object : "";
  const expandable = EXPANDABLE[type]?.includes(field) ?? false;
  if (isJsonObject(value)) {
    expandOne(deps, value, rest, fullPath);
    return;
  }
  if (!expandable) throw cannotExpand(fullPath);
  if (field === "line_items" && typeof holder.id === "string") {
    holder[field] = deps.lineItemsList(holder.id);
  } else if (typeof value === "string") {
    const found = findObjectById(deps.state, value);
    if (found && found.livemode === deps.livemode) holder[field] = cloneJson(found);
  }
  const expanded = holder[field];
  if (isJsonObject(expanded)) expandOne(deps, expanded, rest, fullPath);
}

/** Applies `expand[]` paths (dotted, `data.` for lists) to a copy of `object`. */
export function applyExpansions(deps: ExpandDeps, object: JsonObject, paths: readonly string[]): JsonObject {
  const copy = cloneJson(object);
  for (const path of paths) {
    const segments = path.split(".");
    if (segments.length > MAX_DEPTH + (copy.object === "list" ? 1 : 0)) throw cannotExpand(path);
    expandOne(deps, copy, segments, path);
  }
  return copy;
}
