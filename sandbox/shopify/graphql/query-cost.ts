import type { FragmentNode, SelectionNode } from "./document-nodes";
import { collectFields } from "./collect-fields";
import { resolveArguments, type Variables } from "./resolve-values";

/**
 * Requested cost, computed from the document before anything runs, with Shopify's published rules: a scalar
 * or enum 0, an object 1, a connection 2 plus its page size times the cost of one node, a mutation 10.
 * Field types are read off the document's shape (a selection set = an object; `first`/`last` = a connection),
 * which fits every query the sandbox answers.
 */
export const mutationCost = 10;

export function requestedCost(
  selections: readonly SelectionNode[],
  operation: "query" | "mutation" | "subscription",
  fragments: ReadonlyMap<string, FragmentNode>,
  variables: Variables,
): number {
  if (operation === "mutation") return collectFields(selections, null, fragments, variables).length * mutationCost;
  return selectionCost(selections, fragments, variables);
}

function selectionCost(selections: readonly SelectionNode[], fragments: ReadonlyMap<string, FragmentNode>, variables: Variables): number {
  let total = 0;
  for (const field of collectFields(selections, null, fragments, variables)) {
    if (field.selectionSet === undefined) continue;
    const args = resolveArguments(field.arguments, variables);
    const pageSize = typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : undefined;
    if (pageSize !== undefined) {
      total += 2 + pageSize * nodeCost(field.selectionSet, fragments, variables);
    } else {
      total += 1 + selectionCost(field.selectionSet, fragments, variables);
    }
  }
  return total;
}

/** The cost of one node of a connection: its `edges { node }` or `nodes` selection; `pageInfo` is free. */
function nodeCost(selections: readonly SelectionNode[], fragments: ReadonlyMap<string, FragmentNode>, variables: Variables): number {
  let total = 0;
  for (const field of collectFields(selections, null, fragments, variables)) {
    if (field.name === "nodes" && field.selectionSet !== undefined) total += 1 + selectionCost(field.selectionSet, fragments, variables);
    if (field.name === "edges" && field.selectionSet !== undefined) {
      for (const inner of collectFields(field.selectionSet, null, fragments, variables)) {
        if (inner.name === "node" && inner.selectionSet !== undefined) total += 1 + selectionCost(inner.selectionSet, fragments, variables);
      }
    }
  }
  return total;
}
