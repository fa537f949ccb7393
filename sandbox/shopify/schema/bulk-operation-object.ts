import { graphObject, type GraphObject } from "../graphql/graph-object";
import { gid } from "../state/gid";
import type { BulkOperationState } from "../state/store-state";
import { graphqlDateTime } from "./graphql-time";
import type { RequestContext } from "./request-context";

/** The download path of a finished bulk operation's JSONL, with its secret token (a signed URL stand-in). */
export function bulkDownloadUrl(request: RequestContext, operation: BulkOperationState): string {
  return `${request.sandbox.baseUrl()}/store/${request.store.domain}/bulk/${operation.id}.jsonl?token=${operation.token}`;
}

export function bulkOperationObject(request: RequestContext, operation: BulkOperationState): GraphObject {
  const finished = operation.status === "COMPLETED";
  return graphObject(
    "BulkOperation",
    {
      id: () => gid("BulkOperation", operation.id),
      status: () => operation.status,
      errorCode: () => operation.errorCode,
      type: () => operation.type,
      query: () => operation.query,
      createdAt: () => graphqlDateTime(operation.createdAt),
      completedAt: () => (operation.completedAt === null ? null : graphqlDateTime(operation.completedAt)),
      // UnsignedInt64 is serialised as a string.
      objectCount: () => String(operation.objectCount),
      rootObjectCount: () => String(operation.rootObjectCount),
      fileSize: () => (operation.jsonl === null || !finished ? null : String(Buffer.byteLength(operation.jsonl))),
      // Shopify answers null when the query matched nothing.
      url: () => (finished && operation.objectCount > 0 ? bulkDownloadUrl(request, operation) : null),
      partialDataUrl: () => null,
    },
    { interfaces: ["Node"] },
  );
}
