/** A decoded Stripe request parameter: `a[b][0]=x` nests into objects and arrays. */
export type FormValue = string | FormValue[] | FormObject;
export type FormObject = { [key: string]: FormValue };

type Node = { kind: "array"; items: Map<number, Node | string> } | { kind: "object"; fields: Map<string, Node | string> };

function segmentsOf(key: string): string[] {
  const open = key.indexOf("[");
  if (open <= 0) return [key];
  const segments = [key.slice(0, open)];
  const rest = key.slice(open);
  const pattern = /\[([^\]]*)\]/g;
  for (let match = pattern.exec(rest); match; match = pattern.exec(rest)) {
    segments.push(match[1] ?? "");
  }
  return segments;
}

function childNode(nextSegment: string): Node {
  return nextSegment === "" || /^\d+$/.test(nextSegment)
    ? { kind: "array", items: new Map() }
    : { kind: "object", fields: new Map() };
}

function get(node: Node, segment: string): Node | string | undefined {
  if (node.kind === "array") return node.items.get(segment === "" ? node.items.size : Number(segment));
  return node.fields.get(segment);
}

function set(node: Node, segment: string, value: Node | string): void {
  if (node.kind === "array") node.items.set(segment === "" ? node.items.size : Number(segment), value);
  else node.fields.set(segment, value);
}

function toValue(node: Node | string): FormValue {
  if (typeof node === "string") return node;
  if (node.kind === "array") return [...node.items.entries()].sort(([a], [b]) => a - b).map(([, item]) => toValue(item));
  const out: FormObject = {};
  for (const [key, value] of node.fields) out[key] = toValue(value);
  return out;
}

/**
 * Decodes `application/x-www-form-urlencoded` (or a query string) the way Stripe reads it: `metadata[k]=v` is an
 * object, `expand[0]=a` / `expand[]=a` an array. stripe-node sends indexed arrays and bracketed objects.
 */
export function parseFormParams(encoded: string): FormObject {
  const root: Node = { kind: "object", fields: new Map() };
  for (const [key, value] of new URLSearchParams(encoded)) {
    const segments = segmentsOf(key);
    let node: Node = root;
    for (let index = 0; index < segments.length; index += 1) {
      const segment = segments[index] ?? "";
      const next = segments[index + 1];
      if (next === undefined) {
        set(node, segment, value);
        break;
      }
      const existing = get(node, segment);
      if (existing !== undefined && typeof existing !== "string" && !(segment === "" && node.kind === "array")) {
        node = existing;
        continue;
      }
      const created = childNode(next);
      set(node, segment, created);
      node = created;
    }
  }
  const value = toValue(root);
  return typeof value === "object" && !Array.isArray(value) ? value : {};
}

/** A canonical string of parameters (keys sorted), to compare a retried request with the first one. */
export function fingerprintParams(params: FormValue): string {
  if (typeof params === "string") return JSON.stringify(params);
  if (Array.isArray(params)) return `[${params.map(fingerprintParams).join(",")}]`;
  const keys = Object.keys(params).sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${fingerprintParams(params[key] ?? "")}`).join(",")}}`;
}
