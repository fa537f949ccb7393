import { isRecord } from "../webhooks/is-record";

type Json = Record<string, unknown>;

function connectionNodes(value: unknown): Json[] | null {
  if (!isRecord(value)) return null;
  const keys = Object.keys(value);
  if (keys.length === 0 || !keys.every((key) => key === "edges" || key === "nodes" || key === "pageInfo")) return null;
  const nodes: Json[] = [];
  if (Array.isArray(value.edges)) {
    for (const edge of value.edges) if (isRecord(edge) && isRecord(edge.node)) nodes.push(edge.node);
  }
  if (Array.isArray(value.nodes)) for (const node of value.nodes) if (isRecord(node)) nodes.push(node);
  return Array.isArray(value.edges) || Array.isArray(value.nodes) ? nodes : null;
}

/**
 * A bulk query's result as Shopify writes it: one JSON object per line for every node of every connection;
 * a nested connection's nodes leave their parent's line and become lines of their own carrying
 * `__parentId` (the enclosing node's id). Parents are written before their children.
 */
export function flattenToJsonl(data: Json): { jsonl: string; objectCount: number; rootObjectCount: number } {
  const lines: string[] = [];
  let rootObjectCount = 0;

  const emit = (node: Json, parentId: string | undefined): void => {
    const children: Json[] = [];
    const strip = (object: Json): Json => {
      const out: Json = {};
      for (const [key, value] of Object.entries(object)) {
        const nested = connectionNodes(value);
        if (nested !== null) children.push(...nested);
        else if (isRecord(value)) out[key] = strip(value);
        else out[key] = value;
      }
      return out;
    };
    const line = strip(node);
    if (parentId !== undefined) line.__parentId = parentId;
    lines.push(JSON.stringify(line));
    const id = typeof node.id === "string" ? node.id : parentId;
    for (const child of children) emit(child, id);
  };

  for (const value of Object.values(data)) {
    const roots = connectionNodes(value);
    if (roots === null) continue;
    rootObjectCount += roots.length;
    for (const node of roots) emit(node, undefined);
  }
  return { jsonl: lines.length === 0 ? "" : `${lines.join("\n")}\n`, objectCount: lines.length, rootObjectCount };
}
