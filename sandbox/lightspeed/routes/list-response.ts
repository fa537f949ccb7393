import { lightspeedErrorBody } from "../http-io";
import { costOfRead } from "../request-cost";
import { compareKeys, decodeCursor, encodeCursor, MAX_PAGE_SIZE, type SortKey } from "../paging";
import { parseCondition, type Condition, type FieldSpec } from "../query-filters";
import { oneOrMany, str, type JsonObject } from "../r-series-json";
import type { ApiRequest, RouteResult } from "./route-types";

export type ResourceSpec<Record> = {
  /** The key records sit under, e.g. "Item". */
  name: string;
  id: (record: Record) => number;
  fields: { [field: string]: FieldSpec<Record> };
  relations: readonly string[];
  archived?: (record: Record) => boolean;
  serialize: (record: Record, relations: readonly string[]) => JsonObject;
};

/** Query parameters that are not field filters. */
const RESERVED = new Set(["limit", "after", "before", "sort", "load_relations", "archived", "count", "offset", "or"]);

export function badRequest(message: string): RouteResult {
  return { status: 400, body: lightspeedErrorBody(400, message, "Exception\\InvalidQuery") };
}

export function notFound(message: string): RouteResult {
  return { status: 404, body: lightspeedErrorBody(404, message, "Exception\\NotFound") };
}

/** `load_relations=["SaleLines","SalePayments"]`, checked against what the resource has. */
export function parseRelations(query: URLSearchParams, allowed: readonly string[]): string[] | { error: string } {
  const raw = query.get("load_relations");
  if (raw === null || raw === "") return [];
  if (raw === "all") return [...allowed];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { error: `load_relations must be a JSON array, e.g. ["${allowed[0] ?? "Relation"}"]` };
  }
  if (!Array.isArray(parsed) || parsed.some((relation) => typeof relation !== "string")) {
    return { error: "load_relations must be a JSON array of relation names" };
  }
  const relations = parsed.filter((relation): relation is string => typeof relation === "string");
  const unknown = relations.find((relation) => !allowed.includes(relation));
  return unknown === undefined ? relations : { error: `Unknown relation: ${unknown}` };
}

/** What a list request costs: its relations (doubled on a list), or 10 for `count=1`. */
export function listCost(request: ApiRequest, allowed: readonly string[]): number {
  return costOfRead(relationsOrNone(request.query, allowed), true, request.query.get("count") === "1");
}

/** The relations a request loads, or none when they are invalid (the handler then answers 400). */
export function relationsOrNone(query: URLSearchParams, allowed: readonly string[]): string[] {
  const parsed = parseRelations(query, allowed);
  return Array.isArray(parsed) ? parsed : [];
}

function archivedFilter<Record>(
  spec: ResourceSpec<Record>,
  mode: string | null,
): ((record: Record) => boolean) | { error: string } {
  const archived = spec.archived;
  if (archived === undefined || mode === "true") return () => true;
  if (mode === null || mode === "false") return (record) => !archived(record);
  if (mode === "only") return (record) => archived(record);
  return { error: `archived must be true, false or only` };
}

/**
 * A list endpoint's answer: filters (archived, field conditions), `count=1`, sort, cursor paging and the JSON
 * quirks. Unknown filter fields and relations are refused with 400 rather than ignored.
 */
export function listResponse<Record>(
  spec: ResourceSpec<Record>,
  records: Iterable<Record>,
  request: ApiRequest,
): RouteResult {
  const { query } = request;
  if (query.has("offset")) return badRequest("offset paging is no longer supported: follow @attributes.next");
  const relations = parseRelations(query, spec.relations);
  if (!Array.isArray(relations)) return badRequest(relations.error);
  const keepArchived = archivedFilter(spec, query.get("archived"));
  if (typeof keepArchived !== "function") return badRequest(keepArchived.error);

  const conditions: Array<{ field: FieldSpec<Record>; condition: Condition }> = [];
  for (const [name, raw] of query) {
    if (RESERVED.has(name)) continue;
    const field = spec.fields[name];
    if (field === undefined) return badRequest(`Invalid search field: ${name}`);
    const condition = parseCondition(field.kind, raw);
    if (typeof condition !== "function") return badRequest(`${name}: ${condition.error}`);
    conditions.push({ field, condition });
  }
  const matching = [...records].filter(
    (record) => keepArchived(record) && conditions.every(({ field, condition }) => condition(field.get(record))),
  );

  if (query.get("count") === "1") return { status: 200, body: { "@attributes": { count: str(matching.length) } } };

  const sortParam = query.get("sort") ?? "";
  const descending = sortParam.startsWith("-");
  const sortName = descending ? sortParam.slice(1) : sortParam;
  const sortField = sortName === "" ? undefined : spec.fields[sortName];
  if (sortName !== "" && (sortField === undefined || sortField.sortable !== true)) {
    return badRequest(`Cannot sort by ${sortName}`);
  }
  const keyOf = (record: Record): SortKey => {
    const value = sortField?.get(record) ?? null;
    return { value: Array.isArray(value) ? (value[0] ?? null) : value, id: spec.id(record) };
  };
  const ordered = matching
    .map((record) => ({ record, key: keyOf(record) }))
    .sort((a, b) => compareKeys(a.key, b.key, descending));

  const limitText = query.get("limit");
  const limit = limitText === null ? MAX_PAGE_SIZE : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) return badRequest("limit must be a positive whole number");
  const pageSize = Math.min(limit, MAX_PAGE_SIZE);

  let start = 0;
  let end = ordered.length;
  const after = query.get("after");
  const before = query.get("before");
  if (after !== null) {
    const cursor = decodeCursor(after);
    if (cursor === null) return badRequest("Invalid after cursor");
    start = ordered.findIndex((entry) => compareKeys(entry.key, cursor, descending) > 0);
    if (start < 0) start = ordered.length;
    end = Math.min(ordered.length, start + pageSize);
  } else if (before !== null) {
    const cursor = decodeCursor(before);
    if (cursor === null) return badRequest("Invalid before cursor");
    end = ordered.findIndex((entry) => compareKeys(entry.key, cursor, descending) >= 0);
    if (end < 0) end = ordered.length;
    start = Math.max(0, end - pageSize);
  } else {
    end = Math.min(ordered.length, pageSize);
  }
  const page = ordered.slice(start, end);
  const first = page[0];
  const last = page[page.length - 1];

  const link = (cursorName: "after" | "before", key: SortKey) => {
    const params = new URLSearchParams(query);
    params.delete("after");
    params.delete("before");
    params.set(cursorName, encodeCursor(key));
    return `${request.origin}${request.pathname}?${params.toString()}`;
  };
  const body: JsonObject = {
    "@attributes": {
      next: last !== undefined && end < ordered.length ? link("after", last.key) : "",
      previous: first !== undefined && start > 0 ? link("before", first.key) : "",
    },
  };
  if (page.length > 0) body[spec.name] = oneOrMany(page.map((entry) => spec.serialize(entry.record, relations)));
  return { status: 200, body };
}

/** A single record: `{"Sale": {…}}`, with its requested relations. */
export function recordResponse<Record>(
  spec: ResourceSpec<Record>,
  record: Record | undefined,
  request: ApiRequest,
  what: string,
): RouteResult {
  if (record === undefined) return notFound(`${spec.name} ${what} not found`);
  const relations = parseRelations(request.query, spec.relations);
  if (!Array.isArray(relations)) return badRequest(relations.error);
  return { status: 200, body: { [spec.name]: spec.serialize(record, relations) } };
}
