import { gid } from "../state/gid";
import type { BulkOperationState } from "../state/store-state";
import { shopifyTimestamp } from "./shopify-time";

export function bulkFinishPayload(operation: BulkOperationState): Record<string, unknown> {
  return {
    admin_graphql_api_id: gid("BulkOperation", operation.id),
    completed_at: shopifyTimestamp(operation.completedAt ?? operation.createdAt),
    created_at: shopifyTimestamp(operation.createdAt),
    error_code: operation.errorCode === null ? null : operation.errorCode.toLowerCase(),
    status: operation.status.toLowerCase(),
    type: operation.type.toLowerCase(),
  };
}
