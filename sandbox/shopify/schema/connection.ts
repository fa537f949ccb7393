import { z } from "zod";
import { graphObject, type GraphArgs, type GraphObject } from "../graphql/graph-object";
import { GraphqlRequestError } from "../graphql/graphql-error";
import { parseArgs } from "./parse-args";
import type { RequestContext } from "./request-context";

const pageArgs = z.object({
  first: z.number().int().min(0).optional(),
  after: z.string().optional().nullable(),
  last: z.number().int().min(0).optional(),
  before: z.string().optional().nullable(),
  reverse: z.boolean().optional(),
});

export const maxPageSize = 250;

export function encodeCursor(id: number): string {
  return Buffer.from(JSON.stringify({ last_id: id, last_value: String(id) })).toString("base64");
}

function decodeCursor(cursor: string): number {
  const parsed = z.object({ last_id: z.number() }).safeParse(
    (() => {
      try {
        return JSON.parse(Buffer.from(cursor, "base64").toString("utf8"));
      } catch {
        return null;
      }
    })(),
  );
  if (!parsed.success) throw new GraphqlRequestError("Invalid cursor for current pagination.", { code: "BAD_REQUEST" });
  return parsed.data.last_id;
}

/**
 * A Relay connection over `items` (sorted by id), paged with first/after or last/before and opaque cursors.
 * Inside a bulk operation the page arguments are ignored and every item is returned.
 */
export function connection<T>(
  typename: string,
  items: readonly T[],
  args: GraphArgs,
  request: RequestContext,
  idOf: (item: T) => number,
  toNode: (item: T) => GraphObject,
): GraphObject {
  const { first, after, last, before, reverse } = parseArgs(pageArgs, args, typename);
  let list = reverse === true ? [...items].reverse() : [...items];
  let hasNextPage = false;
  let hasPreviousPage = false;
  if (!request.bulk) {
    if (first === undefined && last === undefined) {
      throw new GraphqlRequestError("you must provide one of first or last", { code: "BAD_REQUEST" });
    }
    const size = first ?? last ?? 0;
    if (size > maxPageSize) {
      throw new GraphqlRequestError(`The ${first !== undefined ? "first" : "last"} argument must be at most ${maxPageSize}.`, {
        code: "BAD_REQUEST",
      });
    }
    if (after !== undefined && after !== null) {
      const id = decodeCursor(after);
      const index = list.findIndex((item) => idOf(item) === id);
      hasPreviousPage = true;
      list = index >= 0 ? list.slice(index + 1) : list.filter((item) => (reverse === true ? idOf(item) < id : idOf(item) > id));
    }
    if (before !== undefined && before !== null) {
      const id = decodeCursor(before);
      const index = list.findIndex((item) => idOf(item) === id);
      hasNextPage = true;
      list = index >= 0 ? list.slice(0, index) : list.filter((item) => (reverse === true ? idOf(item) > id : idOf(item) < id));
    }
    if (first !== undefined) {
      hasNextPage = list.length > first;
      list = list.slice(0, first);
    } else if (last !== undefined) {
      hasPreviousPage = list.length > last;
      list = list.slice(Math.max(0, list.length - last));
    }
  }
  const nodes = list.map((item) => ({ cursor: encodeCursor(idOf(item)), node: toNode(item) }));
  const firstNode = nodes[0];
  const lastNode = nodes[nodes.length - 1];
  return graphObject(
    typename,
    {
      edges: () => nodes.map((edge) => graphObject(typename.replace(/Connection$/, "Edge"), { cursor: () => edge.cursor, node: () => edge.node }, { cost: 0 })),
      nodes: () => nodes.map((edge) => edge.node),
      pageInfo: () =>
        graphObject(
          "PageInfo",
          {
            hasNextPage: () => hasNextPage,
            hasPreviousPage: () => hasPreviousPage,
            startCursor: () => firstNode?.cursor ?? null,
            endCursor: () => lastNode?.cursor ?? null,
          },
          { cost: 0 },
        ),
    },
    { cost: 2 },
  );
}
