import type { IncomingMessage, ServerResponse } from "node:http";
import { answerFaultBeforeCall, loseResponse, waitMs } from "../../faults";
import { supportedApiVersions, type SandboxContext } from "../sandbox-context";
import { readRawBody, sendJson } from "./http-io";
import { graphqlBodySchema, runGraphql } from "./run-graphql";

const faultBodies = {
  rateLimit: JSON.stringify({ errors: "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service." }),
  serverError: JSON.stringify({ errors: "Internal Server Error" }),
};

/** The version a request gets: the one asked for when supported, else (as Shopify does) the oldest supported. */
function servedVersion(requested: string): string {
  return supportedApiVersions.some((version) => version === requested) ? requested : supportedApiVersions[0];
}

/** POST /store/{domain}/admin/api/{version}/graphql.json */
export async function handleGraphql(
  context: SandboxContext,
  request: IncomingMessage,
  response: ServerResponse,
  domain: string,
  requestedVersion: string,
): Promise<void> {
  const raw = await readRawBody(request);
  const body = graphqlBodySchema.safeParse((() => {
    try {
      return JSON.parse(raw);
    } catch {
      return null;
    }
  })());
  const operationName = body.success ? (body.data.operationName ?? /(?:query|mutation)\s+(\w+)/.exec(body.data.query)?.[1] ?? "") : "";
  const decision = context.faults.decide(`${domain} ${operationName}`);
  await waitMs(decision.latencyMs);
  if (answerFaultBeforeCall(response, decision.fault, faultBodies)) return;

  const store = context.stores.get(domain);
  if (store === undefined) return sendJson(response, 404, { errors: "Not Found" });
  if (request.headers["x-shopify-access-token"] !== store.accessToken) {
    return sendJson(response, 401, { errors: "[API] Invalid API key or access token (unrecognized login or wrong password)" });
  }
  if (!body.success) return sendJson(response, 400, { errors: { query: "Required parameter missing or invalid" } });
  store.stats.requests += 1;
  const version = servedVersion(requestedVersion);
  const result = runGraphql(context, store, version, body.data);
  if (decision.fault?.kind === "lost-response") return loseResponse(response);
  sendJson(response, 200, result, { "x-shopify-api-version": version, "x-request-id": context.random.uuid() });
}
