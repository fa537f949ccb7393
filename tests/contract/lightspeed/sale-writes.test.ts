import { afterEach, describe, expect, it } from "vitest";
import type { CreateCompletedSaleInput } from "@/lib/connectors/lightspeed";
import { all, items, startHarness, type Harness } from "./lightspeed-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function order(referenceNumber: string): CreateCompletedSaleInput {
  return {
    shopId: "1",
    registerId: "1",
    employeeId: "1",
    referenceNumber,
    referenceNumberSource: "shopify",
    lines: [
      { itemId: "1", quantity: 2, unitPrice: 10 },
      { itemId: "2", quantity: 1, unitPrice: 20 },
    ],
    payments: [{ paymentTypeId: "2", amount: 40 }],
  };
}

function salesWith(h: Harness, referenceNumber: string) {
  return [...h.sandbox.state.sales.values()].filter((sale) => sale.referenceNumber === referenceNumber);
}

function qoh(h: Harness, itemId: number): number | undefined {
  return [...h.sandbox.state.itemShops.values()].find((row) => row.itemId === itemId && row.shopId === 1)?.qoh;
}

function posts(h: Harness) {
  return h.sandbox.state.requestLog.filter((entry) => entry.method === "POST" && entry.path.endsWith("/Sale.json"));
}

async function start() {
  harness = await startHarness({ seed: { items: items(2, 10) } });
  return harness;
}

describe("Lightspeed completed sales", () => {
  it("posts a completed sale that removes the stock, carrying the order id as reference", async () => {
    const h = await start();

    const result = await h.adapter.createCompletedSale(order("5001"));

    expect(result).toMatchObject({ outcome: "created", posts: 1 });
    expect(result.sale).toMatchObject({ completed: true, referenceNumber: "5001", referenceNumberSource: "shopify", total: 40 });
    expect([qoh(h, 1), qoh(h, 2)]).toEqual([8, 9]);
    const summary = [...h.sandbox.state.itemShops.values()].find((row) => row.itemId === 1 && row.shopId === 0);
    expect(summary?.qoh).toBe(8);
  });

  it("after a lost response, finds the sale by reference number and never creates it twice", async () => {
    const h = await start();
    await h.control.post("faults", { kind: "lost-response", method: "POST", path: "/Sale.json", count: 1 });

    const result = await h.adapter.createCompletedSale(order("5002"));

    expect(result).toMatchObject({ outcome: "recovered", posts: 1 });
    expect(salesWith(h, "5002")).toHaveLength(1);
    expect(result.sale.saleId).toBe(String(salesWith(h, "5002")[0]?.saleId));
    expect([qoh(h, 1), qoh(h, 2)]).toEqual([8, 9]);
    expect(posts(h)).toHaveLength(1);
  });

  it("after a time-out on a write that landed, finds it instead of posting again", async () => {
    const h = await start();
    const adapter = h.newAdapter({ timeoutMs: 300 });
    await h.control.post("faults", { kind: "timeout", applyWrite: true, method: "POST", path: "/Sale.json", count: 1 });

    const result = await adapter.createCompletedSale(order("5003"));

    expect(result.outcome).toBe("recovered");
    expect(salesWith(h, "5003")).toHaveLength(1);
    expect(qoh(h, 1)).toBe(8);
  });

  it("after a 5xx that did not land, looks first, then posts again: exactly one sale", async () => {
    const h = await start();
    await h.control.post("faults", { kind: "500", method: "POST", path: "/Sale.json", count: 1 });

    const result = await h.adapter.createCompletedSale(order("5004"));

    expect(result).toMatchObject({ outcome: "created", posts: 2 });
    expect(salesWith(h, "5004")).toHaveLength(1);
    expect(qoh(h, 1)).toBe(8);
    const trail = h.sandbox.state.requestLog
      .filter((entry) => entry.path.endsWith("/Sale.json"))
      .map((entry) => `${entry.method} ${String(entry.status)}`);
    expect(trail).toEqual(["GET 200", "POST 500", "GET 200", "POST 200"]);
  });

  it("never retries a POST by itself, while a GET meeting a 503 is retried", async () => {
    const h = await start();
    const adapter = h.newAdapter({ maxWriteAttempts: 1 });
    await h.control.post("faults", { kind: "503", method: "POST", path: "/Sale.json", count: 1 });

    await expect(adapter.createCompletedSale({ ...order("5005"), checkExistingFirst: false })).rejects.toMatchObject({
      name: "LightspeedWriteOutcomeUnknown",
      referenceNumber: "shopify:5005",
    });
    expect(posts(h)).toHaveLength(1);
    expect(salesWith(h, "5005")).toHaveLength(0);

    await h.control.post("faults", { kind: "503", method: "GET", path: "/Item.json", count: 2 });
    expect(await all(adapter.listItems())).toHaveLength(2);
    expect(h.sandbox.state.requestLog.filter((entry) => entry.path.endsWith("/Item.json")).map((entry) => entry.status)).toEqual([
      503, 503, 200,
    ]);
  });

  it("a sale posted again under the same reference (a retried job step) is found, not duplicated", async () => {
    const h = await start();
    await h.adapter.createCompletedSale(order("5006"));

    const again = await h.adapter.createCompletedSale(order("5006"));

    expect(again).toMatchObject({ outcome: "existing", posts: 0 });
    expect(salesWith(h, "5006")).toHaveLength(1);
    expect(qoh(h, 1)).toBe(8);
  });

  it("refuses an unbalanced sale with the API's validation error, posting once and changing nothing", async () => {
    const h = await start();

    await expect(
      h.adapter.createCompletedSale({ ...order("5007"), payments: [{ paymentTypeId: "2", amount: 30 }] }),
    ).rejects.toMatchObject({ name: "LightspeedHttpError", status: 400, apiMessage: expect.stringMatching(/payments/i) });
    expect(posts(h)).toHaveLength(1);
    expect(salesWith(h, "5007")).toHaveLength(0);
    expect(qoh(h, 1)).toBe(10);
  });
});
