import { collectFields } from "../graphql/collect-fields";
import type { DocumentNode, SelectionNode } from "../graphql/document-nodes";

function isConnectionSelection(selections: readonly SelectionNode[], document: DocumentNode): boolean {
  return collectFields(selections, null, document.fragments, {}).some((field) => field.name === "edges" || field.name === "nodes");
}

/**
 * Shopify's limits on a bulk query: one query operation with at least one connection, at most five
 * connections in all, and connections nested at most two deep. Returns the problem, or null.
 */
export function bulkQueryProblem(document: DocumentNode): string | null {
  const operations = document.operations;
  const operation = operations[0];
  if (operations.length !== 1 || operation === undefined || operation.operation !== "query") {
    return "Bulk queries must contain exactly one query operation.";
  }
  let connections = 0;
  let deepest = 0;
  const walk = (selections: readonly SelectionNode[], depth: number): void => {
    for (const field of collectFields(selections, null, document.fragments, {})) {
      if (field.selectionSet === undefined) continue;
      const isConnection = isConnectionSelection(field.selectionSet, document);
      if (isConnection) {
        connections += 1;
        deepest = Math.max(deepest, depth + 1);
      }
      walk(field.selectionSet, isConnection ? depth + 1 : depth);
    }
  };
  walk(operation.selectionSet, 0);
  if (connections === 0) return "Bulk queries must contain at least one connection.";
  if (connections > 5) return "Bulk queries cannot contain more than 5 connections.";
  if (deepest > 2) return "Bulk queries cannot contain connections with a nesting depth greater than 2.";
  return null;
}
