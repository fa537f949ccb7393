import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { EngineRunsTable } from "@/components/activity/engine-runs-table";
import { InboxEntryDetailCard } from "@/components/activity/inbox-entry-detail";
import { InboxTable } from "@/components/activity/inbox-table";
import { ConnectionsTable } from "@/components/settings/connections-table";
import { getDb } from "@/lib/db";
import { connections, engineRuns, webhookInbox } from "@/lib/db/schema";
import { parseActivitySearch } from "@/lib/operations/activity-search";
import { getInboxEntry } from "@/lib/operations/get-inbox-entry";
import { listEngineRuns } from "@/lib/operations/list-engine-runs";
import { listInbox } from "@/lib/operations/list-inbox";
import { listConnections } from "@/lib/settings/list-settings-data";
import { stripeEvent } from "../unit/webhooks/support/deliveries";
import { discoverRouteHandlers, discoverServerActions, formOf } from "./support/discover-entry-points";
import { routeRequest, validActionForm } from "./support/entry-point-policy";
import type { SweepShop } from "./support/seed-sweep-shop";
import { sweepSecretValues, sweepStores } from "./support/security-environment";
import { signInAs } from "./support/session-stub";
import { withSweepShop } from "./support/sweep-shop-lifecycle";
import { shopifyRequest, stripeRequest } from "./support/webhook-requests";

// Outside a Next request there is no `after()`: the hand-off to the engine runs at once, as it would after the answer.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<typeof import("next/server")>()), after: (task: () => unknown) => void task() }));

const sweep = await vi.hoisted(async () => (await import("./support/security-environment")).prepareSecurityEnvironment());
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: (await import("./support/session-stub")).stubbedAuth,
}));

const [storeA] = sweepStores;

/** Everything the process writes while `flow` runs: console calls and raw writes to stdout and stderr. */
async function captureOutput(flow: () => Promise<void>): Promise<string> {
  const captured: string[] = [];
  const keep = (...args: unknown[]) => {
    captured.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack ?? ""}\n${String(arg.cause ?? "")}` : typeof arg === "string" ? arg : JSON.stringify(arg) ?? String(arg))).join(" "));
  };
  const spies = [
    ...(["log", "info", "warn", "error", "debug"] as const).map((method) => vi.spyOn(console, method).mockImplementation(keep)),
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (keep(String(chunk)), true)),
    vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (keep(String(chunk)), true)),
  ];
  try {
    await flow();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return captured.join("\n");
}

function expectNoSecretIn(text: string, where: string) {
  for (const secret of sweepSecretValues) expect({ where, leaks: text.includes(secret) ? secret : null }).toEqual({ where, leaks: null });
}

describe("secrets never reach a log, a response or a page", () => {
  let shop: SweepShop;
  withSweepShop(sweep, (seeded) => {
    shop = seeded;
  });

  it("webhooks, the engine endpoint, every route and every action, refused or served, log and answer no secret", async () => {
    const answers: string[] = [];
    const routes = await discoverRouteHandlers();
    const actions = await discoverServerActions();
    const output = await captureOutput(async () => {
      const { POST: shopifyPost } = await import("@/app/api/webhooks/shopify/route");
      const { POST: stripePost } = await import("@/app/api/webhooks/stripe/route");
      const order = JSON.stringify({ id: 1, note: "hello", line_items: [] });
      for (const request of [
        shopifyRequest({ body: order }).request,
        shopifyRequest({ body: order, secret: "forged" }).request,
        shopifyRequest({ body: "{\"broken\":" }).request,
        stripeRequest({ body: stripeEvent("payment_intent.succeeded") }),
        stripeRequest({ body: stripeEvent("payment_intent.succeeded"), secret: "whsec_forged" }),
      ]) {
        const response = await (request.url.endsWith("shopify") ? shopifyPost(request) : stripePost(request));
        answers.push(`${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
      }
      for (const userId of [null, shop.staffId, shop.ownerId]) {
        signInAs(userId);
        for (const [key, handler] of routes) {
          if (key.includes("[...nextauth]")) continue;
          const { request, context } = routeRequest(key, shop);
          const response = await handler(request, context);
          answers.push(`${key} ${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
        }
        for (const [key, action] of actions) {
          if (key.includes("sign-in-action") || key.includes("sign-out-action")) continue;
          answers.push(`${key} ${JSON.stringify(await action({ ok: true, message: "" }, formOf(validActionForm(key, shop))))}`);
        }
      }
    });
    expect(answers.length).toBeGreaterThan(20);
    expectNoSecretIn(answers.join("\n"), "responses and action results");
    expectNoSecretIn(output, "log output");
  });

  it("Activity and Settings show stored payloads, errors, engine runs and connection errors with every configured secret hidden", async () => {
    const leakyJson = JSON.stringify({
      id: 99,
      note: `pasted by mistake: ${storeA.accessToken}`,
      nested: { client_secret: "pi_123_secret_abc", hint: `key=${sweepSecretValues[1]}` },
      list: [sweepSecretValues[0]],
    });
    const leakyText = `not json, Authorization: Bearer ${storeA.accessToken} and ${storeA.webhookSecret}`;
    const inserted = await getDb()
      .insert(webhookInbox)
      .values([
        { provider: "shopify", providerEventId: "leak-json", topic: "orders/create", shopDomain: storeA.domain, headers: { "x-shopify-topic": "orders/create" }, rawBody: leakyJson, status: "failed", lastError: `401 from Shopify for token ${storeA.accessToken}` },
        { provider: "shopify", providerEventId: "leak-text", topic: "orders/create", shopDomain: storeA.domain, headers: {}, rawBody: leakyText, status: "ignored", statusReason: `malformed payload near ${storeA.webhookSecret}` },
      ])
      .returning({ id: webhookInbox.id });
    await getDb().insert(engineRuns).values({
      runId: "01LEAKY",
      functionId: "tillbridge-handle-shopify-order",
      eventName: "shopify/webhook.received",
      eventId: "shopify:leak-json",
      inboxId: inserted[0]?.id ?? null,
      status: "failed",
      attempts: 1,
      error: `Lightspeed refused refresh token ${sweepSecretValues.find((value) => value.includes("REFRESH")) ?? ""}`,
    });

    await getDb().insert(connections).values({ system: "shopify", account: storeA.domain, lastErrorAt: new Date(), lastError: `GraphQL 401 for X-Shopify-Access-Token ${storeA.accessToken}` });

    const search = parseActivitySearch({});
    const pages: string[] = [];
    for (const { id } of inserted) {
      const entry = await getInboxEntry(getDb(), id);
      if (!entry) throw new Error(`no entry ${id}`);
      pages.push(renderToStaticMarkup(createElement(InboxEntryDetailCard, { entry, search })));
    }
    pages.push(renderToStaticMarkup(createElement(InboxTable, { rows: (await listInbox(getDb(), search)).rows, search })));
    pages.push(renderToStaticMarkup(createElement(EngineRunsTable, { rows: (await listEngineRuns(getDb(), search)).rows })));

    pages.push(renderToStaticMarkup(createElement(ConnectionsTable, { rows: await listConnections(getDb()) })));

    const html = pages.join("\n");
    expect(html).toContain("pasted by mistake");
    expect(html).toContain("401 from Shopify for token");
    expect(html).toContain("Lightspeed refused refresh token");
    expect(html).toContain("GraphQL 401 for X-Shopify-Access-Token");
    expect(html).not.toContain("pi_123_secret_abc");
    expectNoSecretIn(html, "Activity");
  });
});
