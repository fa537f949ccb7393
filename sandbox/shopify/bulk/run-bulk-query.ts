import { z } from "zod";
import { executeOperation, prepareOperation } from "../graphql/execute-operation";
import { graphObject, type GraphArgs, type GraphObject } from "../graphql/graph-object";
import { GraphqlRequestError } from "../graphql/graphql-error";
import { parseDocument } from "../graphql/parse-document";
import { userErrorObject } from "../schema/user-error-object";
import { bulkOperationObject } from "../schema/bulk-operation-object";
import { parseArgs } from "../schema/parse-args";
import { queryRoot } from "../schema/query-root";
import type { RequestContext } from "../schema/request-context";
import type { BulkOperationState, UserErrorState } from "../state/store-state";
import { bulkFinishPayload } from "../webhooks/bulk-finish-payload";
import { emitWebhook } from "../webhooks/emit-webhook";
import { flattenToJsonl } from "./flatten-to-jsonl";
import { bulkQueryProblem } from "./validate-bulk-query";

/**
 * bulkOperationRunQuery: checks the query, answers CREATED at once, runs it `bulkOperationDurationMs` later
 * (scaled) against the store as it is then, keeps the JSONL for download and fires bulk_operations/finish.
 */
export function bulkOperationRunQuery(request: RequestContext, args: GraphArgs): GraphObject {
  const { store, sandbox } = request;
  const { query } = parseArgs(z.object({ query: z.string(), groupObjects: z.boolean().nullish() }), args, "bulkOperationRunQuery");
  const fail = (message: string, code: string): GraphObject => payload(request, null, [{ field: ["query"], message, code }]);

  let problem: string | null;
  try {
    problem = bulkQueryProblem(parseDocument(query));
  } catch (error) {
    if (!(error instanceof GraphqlRequestError)) throw error;
    problem = `Invalid bulk query: ${error.message}`;
  }
  if (problem !== null) return fail(problem, "INVALID");
  const running = [...store.bulkOperations.values()].filter((op) => op.type === "QUERY" && (op.status === "CREATED" || op.status === "RUNNING"));
  if (running.length >= sandbox.settings.bulkConcurrencyLimit) {
    const [first] = running;
    return fail(`A bulk query operation for this app and shop is already in progress: gid://shopify/BulkOperation/${first?.id ?? 0}.`, "OPERATION_IN_PROGRESS");
  }

  const operation: BulkOperationState = {
    id: sandbox.nextId(),
    type: "QUERY",
    status: "CREATED",
    errorCode: null,
    query,
    createdAt: sandbox.now(),
    completedAt: null,
    objectCount: 0,
    rootObjectCount: 0,
    jsonl: null,
    token: sandbox.random.uuid().replace(/-/g, ""),
  };
  store.bulkOperations.set(operation.id, operation);
  const duration = sandbox.settings.bulkOperationDurationMs / sandbox.settings.timeScale;
  sandbox.later(0, () => {
    operation.status = "RUNNING";
  });
  sandbox.later(duration, () => {
    try {
      const prepared = prepareOperation(parseDocument(query), undefined, {});
      const { data } = executeOperation(prepared, queryRoot({ ...request, bulk: true }));
      const result = flattenToJsonl(data);
      operation.jsonl = result.jsonl;
      operation.objectCount = result.objectCount;
      operation.rootObjectCount = result.rootObjectCount;
      operation.status = "COMPLETED";
    } catch {
      operation.status = "FAILED";
      operation.errorCode = "INTERNAL_SERVER_ERROR";
    }
    operation.completedAt = sandbox.now();
    emitWebhook(sandbox, store, "bulk_operations/finish", bulkFinishPayload(operation));
  });
  return payload(request, operation, []);
}

function payload(request: RequestContext, operation: BulkOperationState | null, errors: UserErrorState[]): GraphObject {
  return graphObject(
    "BulkOperationRunQueryPayload",
    {
      bulkOperation: () => (operation === null ? null : bulkOperationObject(request, operation)),
      userErrors: () => errors.map((error) => userErrorObject("BulkOperationUserError", error)),
    },
    { cost: 0 },
  );
}
