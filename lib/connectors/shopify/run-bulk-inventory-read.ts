import { z } from "zod";
import { backoffDelayMs } from "./backoff-delay";
import type { ResolvedShopifyConfig } from "./client-config";
import type { GraphqlExecutor } from "./execute-graphql";
import { parseBulkInventory, type BulkInventoryItem } from "./parse-bulk-inventory";
import { fail, succeed, type ShopifyResult } from "./shopify-result";

export type BulkInventorySnapshot = { operationId: string; objectCount: number; items: BulkInventoryItem[] };

/** Every inventory item with its variants and its `available` at every location, in one bulk operation. */
export const bulkInventoryQuery = `{
  inventoryItems {
    edges {
      node {
        id
        sku
        tracked
        variants { edges { node { id title displayName product { id } } } }
        inventoryLevels { edges { node { id location { id } quantities(names: ["available"]) { name quantity } } } }
      }
    }
  }
}`;

const startMutation = `mutation BulkInventoryRead($query: String!) {
  bulkOperationRunQuery(query: $query) {
    bulkOperation { id status }
    userErrors { field message code }
  }
}`;

const statusQuery = `query BulkOperationStatus($id: ID!) {
  node(id: $id) {
    ... on BulkOperation { id status errorCode objectCount url }
  }
}`;

const currentQuery = `query CurrentBulkOperation {
  currentBulkOperation(type: QUERY) { id status query createdAt }
}`;

const startSchema = z.object({
  bulkOperationRunQuery: z.object({
    bulkOperation: z.object({ id: z.string(), status: z.string() }).nullable(),
    userErrors: z.array(z.object({ field: z.array(z.string()).nullable(), message: z.string(), code: z.string().nullable() })),
  }),
});
const operationSchema = z.object({
  id: z.string(),
  status: z.enum(["CREATED", "RUNNING", "COMPLETED", "CANCELING", "CANCELED", "FAILED", "EXPIRED"]),
  errorCode: z.string().nullable(),
  // UnsignedInt64 comes as a string.
  objectCount: z.coerce.number(),
  url: z.string().nullable(),
});
const statusSchema = z.object({ node: operationSchema.nullable() });
const currentSchema = z.object({
  currentBulkOperation: z.object({ id: z.string(), status: z.string(), query: z.string(), createdAt: z.string() }).nullable(),
});

/** How far Shopify's clock may be from ours when judging whether an operation is the one we just started. */
const clockSlackMs = 60_000;

/**
 * Starts the bulk query, polls it, downloads the JSONL and rebuilds the items. bulkOperationRunQuery has no
 * idempotency key, so when its answer is lost the current operation is looked up before starting another.
 */
export async function runBulkInventoryRead(
  execute: GraphqlExecutor,
  config: ResolvedShopifyConfig,
  options: { onProgress?: (objectCount: number) => void } = {},
): Promise<ShopifyResult<BulkInventorySnapshot>> {
  const started = await startBulkOperation(execute);
  if (!started.ok) return started;
  const operationId = started.value;

  const deadline = config.now() + config.bulk.timeoutMs;
  let url: string | null = null;
  let objectCount = 0;
  for (;;) {
    if (config.now() > deadline) return fail({ code: "TIMEOUT", message: `bulk operation ${operationId} did not finish in time` });
    await config.sleep(config.bulk.pollIntervalMs);
    const polled = await execute({
      operationName: "BulkOperationStatus",
      query: statusQuery,
      variables: { id: operationId },
      cost: 1,
      data: statusSchema,
      retry: "always",
    });
    if (!polled.ok) return polled;
    const operation = polled.value.data.node;
    if (operation === null) return fail({ code: "INVALID_RESPONSE", message: `bulk operation ${operationId} not found` });
    objectCount = operation.objectCount;
    options.onProgress?.(objectCount);
    if (operation.status === "COMPLETED") {
      url = operation.url;
      break;
    }
    if (operation.status === "FAILED" || operation.status === "CANCELED" || operation.status === "EXPIRED") {
      return fail({ code: "BULK_OPERATION_FAILED", message: `bulk operation ${operation.status}`, status: operation.status, errorCode: operation.errorCode });
    }
  }
  if (url === null) return succeed({ operationId, objectCount, items: [] });
  const downloaded = await downloadText(config, url);
  if (!downloaded.ok) return downloaded;
  const items = parseBulkInventory(downloaded.value);
  return items.ok ? succeed({ operationId, objectCount, items: items.value }) : items;
}

async function startBulkOperation(execute: GraphqlExecutor): Promise<ShopifyResult<string>> {
  const startedAt = Date.now();
  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const result = await execute({
      operationName: "BulkInventoryRead",
      query: startMutation,
      variables: { query: bulkInventoryQuery },
      cost: 10,
      data: startSchema,
      retry: "unsafe",
    });
    if (result.ok) {
      const { bulkOperation, userErrors } = result.value.data.bulkOperationRunQuery;
      if (bulkOperation !== null) return succeed(bulkOperation.id);
      return fail({ code: "USER_ERRORS", message: userErrors.map((error) => error.message).join("; "), userErrors });
    }
    const ambiguous = ["NETWORK_ERROR", "TIMEOUT", "HTTP_ERROR", "INVALID_RESPONSE"].includes(result.error.code);
    if (!ambiguous || attempt === 3) return result;
    // The answer was lost: the operation may have started. Adopt it rather than starting a second one.
    const current = await execute({ operationName: "CurrentBulkOperation", query: currentQuery, variables: {}, cost: 1, data: currentSchema, retry: "always" });
    if (!current.ok) return current;
    const operation = current.value.data.currentBulkOperation;
    const ours =
      operation !== null &&
      operation.query === bulkInventoryQuery &&
      ["CREATED", "RUNNING", "COMPLETED"].includes(operation.status) &&
      Date.parse(operation.createdAt) >= startedAt - clockSlackMs;
    if (ours) return succeed(operation.id);
  }
  return fail({ code: "NETWORK_ERROR", message: "could not start the bulk operation" });
}

/** GET of the result file (a signed URL: no access token is sent), retried since reading is safe. */
async function downloadText(config: ResolvedShopifyConfig, url: string): Promise<ShopifyResult<string>> {
  for (let attempt = 1; ; attempt += 1) {
    const last = attempt >= config.retry.maxAttempts;
    try {
      const response = await config.fetch(url, { signal: AbortSignal.timeout(Math.max(config.timeoutMs, 120_000)) });
      if (response.ok) return succeed(await response.text());
      if (response.status < 500 || last) {
        return fail({ code: "HTTP_ERROR", status: response.status, message: `bulk result download answered ${response.status}` });
      }
    } catch (error) {
      if (last) return fail({ code: "NETWORK_ERROR", message: error instanceof Error ? error.message : String(error) });
    }
    await config.sleep(backoffDelayMs(attempt, config.retry, config.random));
  }
}
