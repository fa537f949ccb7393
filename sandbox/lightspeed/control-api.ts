import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { createFaultRule, faultRuleInputSchema } from "./faults";
import { parseRequestBody, readRequestText, sendJson } from "./http-io";
import { issueRefreshToken } from "./oauth";
import { resetData, type SandboxRuntime } from "./sandbox-runtime";
import { applySeed, seedInputSchema } from "./seed-state";
import { ringUpTillRefund, ringUpTillSale, tillRefundInputSchema, tillSaleInputSchema } from "./till";

/** A whole catalogue is seeded in one call (50,000 items with their stock is ~15 MB). */
const CONTROL_BODY_LIMIT_BYTES = 256 * 1024 * 1024;

/**
 * `/_control/…`: the test and demo handle on the sandbox (JSON in, JSON out, plain numbers, no rate limit, no
 * auth: it listens on loopback only). Never part of the simulated API.
 *
 * POST reset            {seed?}                  fresh account (defaults + seed); tokens and request log kept
 * POST seed             {shops, employees, paymentTypes, items, customers}
 * GET  state            counts, bucket, faults, latency
 * GET  sales | items | item-shops | customers | payment-types | tokens
 * GET  requests?since=N the request log (with each request's cost and status)
 * POST till-sale        {shopID?, registerID?, lines:[{itemID, quantity, unitPrice?}], …}  a sale at the register
 * POST till-refund      {saleID, lines?:[{saleLineID, quantity}]}
 * POST faults           one rule or a list (see faults.ts);  DELETE faults;  GET faults
 * POST latency          {ms, jitterMs?}
 * POST time-scale       {timeScale}
 * POST tokens/issue     → {refreshToken}: a fresh refresh token, as if the owner reconnected
 * POST tokens/expire    every access token expires now
 */
export async function handleControlRequest(
  runtime: SandboxRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const method = (request.method ?? "GET").toUpperCase();
  const route = url.pathname.slice("/_control/".length);
  const body = parseRequestBody(await readRequestText(request, CONTROL_BODY_LIMIT_BYTES), request.headers["content-type"]);
  const { state } = runtime;
  const now = runtime.config.now();
  const ok = (payload: unknown) => sendJson(response, 200, payload);
  const invalid = (message: string) => sendJson(response, 400, { error: message });

  const parse = <Schema extends z.ZodType>(schema: Schema): z.output<Schema> | undefined => {
    const parsed = schema.safeParse(body ?? {});
    if (parsed.success) return parsed.data;
    invalid(parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; "));
    return undefined;
  };

  switch (`${method} ${route}`) {
    case "POST reset": {
      const input = parse(z.object({ seed: seedInputSchema.optional() }));
      if (input === undefined) return;
      resetData(runtime, input.seed);
      return ok({ reset: true });
    }
    case "POST seed": {
      const input = parse(seedInputSchema);
      if (input === undefined) return;
      return ok(applySeed(state, input, now));
    }
    case "GET state":
      return ok({
        accountId: state.accountId,
        counts: {
          shops: state.shops.size,
          items: state.items.size,
          itemShops: state.itemShops.size,
          sales: state.sales.size,
          customers: state.customers.size,
          paymentTypes: state.paymentTypes.size,
          requests: state.requestLog.length,
        },
        bucket: bucketView(runtime),
        faults: runtime.faults,
        latency: runtime.latency,
      });
    case "GET sales":
      return ok([...state.sales.values()]);
    case "GET items":
      return ok([...state.items.values()]);
    case "GET item-shops":
      return ok([...state.itemShops.values()]);
    case "GET customers":
      return ok([...state.customers.values()]);
    case "GET payment-types":
      return ok([...state.paymentTypes.values()]);
    case "GET tokens":
      return ok({
        refreshTokens: [...state.refreshTokens.values()],
        accessTokens: [...state.accessTokens.values()],
        refreshes: state.refreshes.length,
      });
    case "GET requests": {
      const since = Number(url.searchParams.get("since") ?? "0");
      return ok(state.requestLog.filter((entry) => entry.seq > since));
    }
    case "POST till-sale": {
      const input = parse(tillSaleInputSchema);
      if (input === undefined) return;
      const outcome = ringUpTillSale(state, input, now);
      return outcome.ok ? ok(outcome.sale) : sendJson(response, outcome.status, { error: outcome.message });
    }
    case "POST till-refund": {
      const input = parse(tillRefundInputSchema);
      if (input === undefined) return;
      const outcome = ringUpTillRefund(state, input, now);
      return outcome.ok ? ok(outcome.sale) : sendJson(response, outcome.status, { error: outcome.message });
    }
    case "GET faults":
      return ok(runtime.faults);
    case "POST faults": {
      const input = parse(z.union([faultRuleInputSchema, z.array(faultRuleInputSchema)]));
      if (input === undefined) return;
      const rules = (Array.isArray(input) ? input : [input]).map(createFaultRule);
      runtime.faults.push(...rules);
      return ok(rules);
    }
    case "DELETE faults":
      runtime.faults = [];
      return ok({ cleared: true });
    case "POST latency": {
      const input = parse(z.object({ ms: z.number().min(0), jitterMs: z.number().min(0).default(0) }));
      if (input === undefined) return;
      runtime.latency = input;
      return ok(runtime.latency);
    }
    case "POST time-scale": {
      const input = parse(z.object({ timeScale: z.number().positive() }));
      if (input === undefined) return;
      runtime.bucket.setTimeScale(input.timeScale, Date.now());
      return ok(bucketView(runtime));
    }
    case "POST tokens/issue":
      return ok({ refreshToken: issueRefreshToken(state, now) });
    case "POST tokens/expire":
      for (const token of state.accessTokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
      return ok({ expired: state.accessTokens.size });
    default:
      return sendJson(response, 404, { error: `No control endpoint ${method} /_control/${route}` });
  }
}

function bucketView(runtime: SandboxRuntime) {
  const realNow = Date.now();
  return {
    level: runtime.bucket.level(realNow),
    size: runtime.bucket.size,
    dripRate: runtime.bucket.effectiveDripRate(),
    timeScale: runtime.bucket.timeScale(),
    burstLimit: runtime.bucket.burstLimit,
    burstLevel: runtime.bucket.burstCount(realNow),
  };
}
