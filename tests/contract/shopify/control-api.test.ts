import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { ShopifySandbox } from "@/sandbox/shopify";
import { rawGraphql, startReceiver, startSandbox, storeSeed } from "./shopify-fixture";

describe("Shopify sandbox control API over HTTP (for the traffic generator)", () => {
  let sandbox: ShopifySandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  const store = storeSeed("control-shop.myshopify.com", 2);
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sandbox.url}/_control/${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await response.json();
    return { status: response.status, json };
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
    await receiver.close();
  });

  it("seeds a store, takes orders, refunds and admin edits, and shows the state", async () => {
    expect((await call("POST", "stores", store)).status).toBe(201);
    expect((await call("PUT", "settings", { defaultWebhookTarget: receiver.url })).status).toBe(200);

    const order = await call("POST", `stores/${store.domain}/orders`, { lines: [{ sku: "SKU-0002", quantity: 1 }], phone: "+15555550100" });
    expect(order).toMatchObject({ status: 201, json: { name: "#1001", lines: [{ sku: "SKU-0002", quantity: 1 }] } });
    const refused = await call("POST", `stores/${store.domain}/orders`, { lines: [{ sku: "SKU-0002", quantity: 5 }] });
    expect(refused).toMatchObject({ status: 422, json: { error: expect.stringContaining("only 0 available") } });
    expect((await call("POST", `stores/${store.domain}/orders`, { lines: [{ sku: "NOPE", quantity: 1 }] })).status).toBe(404);
    expect((await call("POST", `stores/${store.domain}/orders`, { lines: [] })).status).toBe(400);

    const orderId = z.object({ id: z.string() }).parse(order.json).id;
    const refund = await call("POST", `stores/${store.domain}/refunds`, { orderId, lines: [{ sku: "SKU-0002", quantity: 1, restockType: "cancel" }] });
    expect(refund).toMatchObject({ status: 201, json: { restocked: 1 } });
    expect((await call("POST", `stores/${store.domain}/levels`, { sku: "SKU-0001", available: 17 })).json).toMatchObject({ available: 17 });

    const state = await call("GET", `stores/${store.domain}`);
    expect(state.json).toMatchObject({
      orders: [{ phone: "+15555550100", lines: [{ refundedQuantity: 1 }] }],
      refunds: [{ lines: [{ restockType: "cancel" }] }],
      levels: [
        { sku: "SKU-0001", available: 17 },
        { sku: "SKU-0002", available: 1, committed: 0 },
      ],
    });
    expect((await call("POST", "webhooks/settle")).status).toBe(200);
    const sent = await call("GET", "webhooks");
    const topics = z.array(z.object({ topic: z.string(), outcome: z.string() })).parse(sent.json);
    expect(topics.map((w) => w.topic).sort()).toEqual([
      "inventory_levels/update",
      "inventory_levels/update",
      "inventory_levels/update",
      "orders/create",
      "refunds/create",
    ]);
    expect(topics.every((w) => w.outcome === "delivered")).toBe(true);
  });

  it("injects API faults on demand", async () => {
    expect((await call("PUT", "faults", { api: { rules: [{ kind: "server-error", next: 1, status: 502 }] } })).status).toBe(200);
    const query = { query: "{ shop { name } }" };
    expect((await rawGraphql(sandbox, store, query)).status).toBe(502);
    expect(await rawGraphql(sandbox, store, query)).toMatchObject({ status: 200, json: { data: { shop: { name: "control-shop" } } } });
    expect((await call("PUT", "faults", { api: { rules: [{ kind: "teleport" }] } })).status).toBe(400);
  });
});
