import { z } from "zod";
import { executeOperation, prepareOperation, type PreparedOperation } from "../graphql/execute-operation";
import { GraphqlRequestError } from "../graphql/graphql-error";
import { parseDocument } from "../graphql/parse-document";
import type { SandboxContext } from "../sandbox-context";
import { mutationRoot } from "../schema/mutation-root";
import { queryRoot } from "../schema/query-root";
import type { StoreState } from "../state/store-state";

export const maxSingleQueryCost = 1000;

export const graphqlBodySchema = z.object({
  query: z.string().min(1),
  variables: z.record(z.string(), z.unknown()).nullish(),
  operationName: z.string().nullish(),
});
export type GraphqlBody = z.infer<typeof graphqlBodySchema>;

/**
 * One GraphQL request against one store, with Shopify's cost rules: a query over 1000 points is refused
 * (MAX_COST_EXCEEDED); one whose requested cost is not in the bucket is refused with THROTTLED and costs
 * nothing; otherwise the requested cost is taken, the query runs, and the unused part is refunded.
 * Every answer but a parse error carries `extensions.cost`.
 */
export function runGraphql(context: SandboxContext, store: StoreState, apiVersion: string, body: GraphqlBody): Record<string, unknown> {
  let prepared: PreparedOperation;
  try {
    prepared = prepareOperation(parseDocument(body.query), body.operationName ?? undefined, body.variables ?? {});
  } catch (error) {
    if (error instanceof GraphqlRequestError) return { errors: [error.toJSON()] };
    throw error;
  }
  const requested = prepared.requestedCost;
  const cost = (actual: number | null) => ({
    cost: { requestedQueryCost: requested, actualQueryCost: actual, throttleStatus: store.bucket.status() },
  });
  if (requested > maxSingleQueryCost) {
    return {
      errors: [
        {
          message: `Query cost is ${requested}, which exceeds the single query max cost limit (${maxSingleQueryCost}).\n\nSee https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\ncost of a query is calculated.\n\nTo query larger amounts of data with fewer limits, bulk operations should be used instead.\nSee https://shopify.dev/tutorials/perform-bulk-operations-with-admin-api for usage details.\n`,
          extensions: { code: "MAX_COST_EXCEEDED", cost: requested, maxCost: maxSingleQueryCost },
        },
      ],
      extensions: cost(null),
    };
  }
  if (!store.bucket.take(requested)) {
    store.stats.throttled += 1;
    return {
      errors: [{ message: "Throttled", extensions: { code: "THROTTLED", documentation: "https://shopify.dev/api/usage/rate-limits" } }],
      extensions: cost(null),
    };
  }
  const request = { sandbox: context, store, apiVersion, bulk: false };
  const root = prepared.operation.operation === "mutation" ? mutationRoot(request) : queryRoot(request);
  try {
    const { data, actualCost } = executeOperation(prepared, root);
    store.bucket.refund(requested - actualCost);
    return { data, extensions: cost(actualCost) };
  } catch (error) {
    if (!(error instanceof GraphqlRequestError)) throw error;
    store.bucket.refund(requested);
    return { errors: [error.toJSON()], extensions: cost(0) };
  }
}
