import type { IncomingMessage, ServerResponse } from "node:http";
import { answerFaultBeforeCall, loseResponse, waitMs, type ApiFaults } from "../../faults";
import type { JsonObject } from "../json";
import type { SandboxCore } from "../sandbox-core";
import type { RequestLogEntry } from "../sandbox-state";
import type { ApiRoute } from "./api-route";
import { authenticateRequest, type ApiKeyPolicy } from "./authenticate-request";
import type { IdempotencyStore, StoredResponse } from "./idempotency-store";
import { fingerprintParams, parseFormParams } from "./parse-form-params";
import { chargeRoutes } from "./routes/charge-routes";
import { checkoutSessionRoutes } from "./routes/checkout-session-routes";
import { customerRoutes } from "./routes/customer-routes";
import { paymentIntentRoutes } from "./routes/payment-intent-routes";
import { refundRoutes } from "./routes/refund-routes";
import {
  apiErrorBody,
  idempotencyEndpointMismatch,
  idempotencyKeyInUse,
  idempotencyParamsMismatch,
  invalidApiVersion,
  invalidParameter,
  rateLimitErrorBody,
  StripeApiError,
  unknownParameter,
  unrecognizedUrl,
} from "./stripe-api-error";

const ROUTES: readonly ApiRoute[] = [
  ...paymentIntentRoutes,
  ...checkoutSessionRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...customerRoutes,
];

const API_VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}(\.[a-z]+)?$/;

export type ApiDeps = {
  core: SandboxCore;
  idempotency: IdempotencyStore;
  faults: ApiFaults;
  acceptsKey: ApiKeyPolicy;
  defaultApiVersion: string;
};

type Answer = { status: number; body: string; headers: Record<string, string>; outcome: RequestLogEntry["outcome"] };

type RequestFacts = {
  method: string;
  path: string;
  query: string;
  rawBody: string;
  authorization: string | undefined;
  stripeVersion: string | null;
  idempotencyKey: string | null;
  requestId: string;
};

function headerOf(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === "string" && value !== "" ? value : null;
}

function json(body: JsonObject): string {
  return JSON.stringify(body, null, 2);
}

function errorAnswer(deps: ApiDeps, facts: RequestFacts, livemode: boolean, error: StripeApiError): StoredResponse {
  const logUrl = `https://dashboard.stripe.com/${livemode ? "" : "test/"}logs/${facts.requestId}?t=${Math.floor(deps.core.now() / 1000)}`;
  return { status: error.status, body: json({ error: { ...error.error, request_log_url: logUrl } }), requestId: facts.requestId };
}

function matchRoute(method: string, path: string): { route: ApiRoute; captures: string[] } {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, captures: match.slice(1).map((part) => decodeURIComponent(part ?? "")) };
  }
  throw unrecognizedUrl(method, path);
}

/** Authenticates, validates, applies idempotency and runs the endpoint. Latency is spent while the key is held. */
async function answerApiCall(deps: ApiDeps, facts: RequestFacts, latencyMs: number): Promise<Answer> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "request-id": facts.requestId,
    "stripe-version": facts.stripeVersion ?? deps.defaultApiVersion,
  };
  let livemode = false;
  let heldKey: string | null = null;
  try {
    livemode = authenticateRequest(facts.authorization, deps.acceptsKey).livemode;
    if (facts.stripeVersion !== null && !API_VERSION_PATTERN.test(facts.stripeVersion)) {
      throw invalidApiVersion(facts.stripeVersion);
    }
    const params = parseFormParams(facts.method === "POST" ? facts.rawBody : facts.query);
    const { route, captures } = matchRoute(facts.method, facts.path);
    for (const name of Object.keys(params)) if (!route.params.includes(name)) throw unknownParameter(name);

    // Idempotency keys only mean something on POST; Stripe ignores them on GET and DELETE.
    const key = facts.method === "POST" ? facts.idempotencyKey : null;
    if (key !== null) {
      if (key.length > 255) throw invalidParameter("Idempotency-Key", "Idempotency-Key must be at most 255 characters.");
      headers["idempotency-key"] = key;
      const begin = deps.idempotency.begin({
        key,
        livemode,
        method: facts.method,
        path: facts.path,
        fingerprint: fingerprintParams(params),
      });
      if (begin.kind === "replay") {
        await waitMs(latencyMs);
        const replayHeaders = { ...headers, "idempotent-replayed": "true", "original-request": begin.response.requestId };
        return { status: begin.response.status, body: begin.response.body, headers: replayHeaders, outcome: "replayed" };
      }
      if (begin.kind === "in_flight") throw idempotencyKeyInUse(key);
      if (begin.kind === "params_mismatch") throw idempotencyParamsMismatch(key);
      if (begin.kind === "endpoint_mismatch") throw idempotencyEndpointMismatch(key, facts.path, begin.firstPath);
      heldKey = key;
      headers["original-request"] = facts.requestId;
    }

    await waitMs(latencyMs);
    const result = route.handle({
      core: deps.core,
      params,
      livemode,
      requestId: facts.requestId,
      idempotencyKey: key,
      path: captures,
    });
    const stored: StoredResponse = { status: result.status, body: json(result.body), requestId: facts.requestId };
    if (heldKey !== null) deps.idempotency.complete(livemode, heldKey, stored);
    return { ...stored, headers, outcome: "executed" };
  } catch (error) {
    if (!(error instanceof StripeApiError)) throw error;
    const answer = errorAnswer(deps, facts, livemode, error);
    if (heldKey !== null) {
      if (error.storable) deps.idempotency.complete(livemode, heldKey, answer);
      else deps.idempotency.abandon(livemode, heldKey);
    }
    return { ...answer, headers: { ...headers, ...error.headers }, outcome: error.storable ? "executed" : "rejected" };
  }
}

/**
 * One request to `/v1/…`: faults decided first (a 429/5xx or a hang never reaches the endpoint; a lost response
 * runs it and then cuts the connection), then answerApiCall. Every request is logged in the state.
 */
export async function handleApiRequest(
  deps: ApiDeps,
  request: IncomingMessage,
  response: ServerResponse,
  rawBody: string,
): Promise<void> {
  const url = new URL(request.url ?? "/", "http://sandbox.invalid");
  const facts: RequestFacts = {
    method: request.method ?? "GET",
    path: url.pathname,
    query: url.search.slice(1),
    rawBody,
    authorization: request.headers.authorization,
    stripeVersion: headerOf(request, "stripe-version"),
    idempotencyKey: headerOf(request, "idempotency-key"),
    requestId: deps.core.ids.request(),
  };
  const log = (status: number, outcome: RequestLogEntry["outcome"], fault: string | null): void => {
    deps.core.state.requests.push({
      at: deps.core.now(),
      requestId: facts.requestId,
      method: facts.method,
      path: facts.path,
      idempotencyKey: facts.idempotencyKey,
      stripeVersion: facts.stripeVersion,
      status,
      outcome,
      fault,
    });
  };

  const decision = deps.faults.decide(`${facts.method} ${facts.path}`);
  const bodies = { rateLimit: json(rateLimitErrorBody), serverError: json(apiErrorBody) };
  if (answerFaultBeforeCall(response, decision.fault, bodies)) {
    log(decision.fault?.kind === "timeout" ? 0 : (decision.fault?.status ?? 0), "fault", decision.fault?.kind ?? null);
    return;
  }
  const answer = await answerApiCall(deps, facts, decision.latencyMs);
  if (decision.fault?.kind === "lost-response") {
    log(answer.status, answer.outcome, "lost-response");
    loseResponse(response);
    return;
  }
  log(answer.status, answer.outcome, null);
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}
