import { afterEach, describe, expect, it } from "vitest";
import type { InventoryCountInput } from "@/lib/connectors/lightspeed";
import { all, items, startHarness, type Harness } from "./lightspeed-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

function count(name: string, quantity: number): InventoryCountInput {
  return { name, shopId: "1", itemId: "1", employeeId: "1", quantity };
}

function row(h: Harness, itemId: number, shopId: number) {
  return [...h.sandbox.state.itemShops.values()].find((candidate) => candidate.itemId === itemId && candidate.shopId === shopId);
}

function postsTo(h: Harness, resource: string) {
  return h.sandbox.state.requestLog.filter((entry) => entry.method === "POST" && entry.path.endsWith(`/${resource}.json`));
}

async function start() {
  harness = await startHarness({ seed: { items: items(2, 10) } });
  return harness;
}

describe("Lightspeed inventory counts", () => {
  it("sets the on-hand by count, item and reconcile, moving qoh and timeStamp so a poller sees it", async () => {
    const h = await start();
    const before = row(h, 1, 1)?.timeStamp ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 1_100));

    const result = await h.adapter.postInventoryCount(count("Tillbridge override:a", 14));

    expect(result).toMatchObject({ qohChange: 4, outcome: "created" });
    expect(row(h, 1, 1)?.qoh).toBe(14);
    expect(row(h, 1, 0)?.qoh).toBe(14);
    expect(row(h, 1, 1)?.timeStamp).toBeGreaterThan(before);
    expect(row(h, 2, 1)?.qoh).toBe(10);
    const changed = await all(h.adapter.listItemShops({ since: new Date(before + 1_000) }));
    expect(changed.map((reading) => [reading.itemId, reading.qoh])).toEqual([["1", 14]]);
    expect([...h.sandbox.state.inventoryCounts.values()].map((c) => c.name)).toEqual(["Tillbridge override:a"]);
    expect(h.sandbox.state.requestLog.find((entry) => entry.path.endsWith("/InventoryCountReconcile.json") && entry.method === "POST")?.cost).toBe(10);
  });

  it("after a lost answer to the reconcile, finds it applied and never reconciles twice", async () => {
    const h = await start();
    await h.control.post("faults", { kind: "lost-response", method: "POST", path: "/InventoryCountReconcile.json", count: 1 });

    const result = await h.adapter.postInventoryCount(count("Tillbridge override:b", 3));

    expect(result).toMatchObject({ qohChange: -7, outcome: "recovered" });
    expect(postsTo(h, "InventoryCountReconcile")).toHaveLength(1);
    expect(h.sandbox.state.inventoryCountReconciles.size).toBe(1);
    expect(row(h, 1, 1)?.qoh).toBe(3);
  });

  it("a 5xx before the count was created: looks, posts again, one count with one line", async () => {
    const h = await start();
    await h.control.post("faults", { kind: "500", method: "POST", path: "/InventoryCount.json", count: 1 });

    await h.adapter.postInventoryCount(count("Tillbridge override:c", 8));

    expect(postsTo(h, "InventoryCount")).toHaveLength(2);
    expect(h.sandbox.state.inventoryCounts.size).toBe(1);
    expect(h.sandbox.state.inventoryCountItems.size).toBe(1);
    expect(row(h, 1, 1)?.qoh).toBe(8);
  });

  it("posted again under the same name (a retried step), finds the reconcile and leaves later till sales alone", async () => {
    const h = await start();
    await h.adapter.postInventoryCount(count("Tillbridge override:d", 12));
    await h.control.post("till-sale", { shopID: 1, lines: [{ itemID: 1, quantity: 2 }] });
    const postsBefore = h.sandbox.state.requestLog.filter((entry) => entry.method === "POST").length;

    const again = await h.adapter.postInventoryCount(count("Tillbridge override:d", 12));

    expect(again).toMatchObject({ outcome: "existing", qohChange: 2 });
    expect(h.sandbox.state.requestLog.filter((entry) => entry.method === "POST")).toHaveLength(postsBefore);
    expect(row(h, 1, 1)?.qoh).toBe(10);
  });

  it("refuses a negative count before sending anything", async () => {
    const h = await start();
    await expect(h.adapter.postInventoryCount(count("Tillbridge override:e", -1))).rejects.toThrow(/whole number/);
    expect(h.sandbox.state.requestLog).toHaveLength(0);
  });
});
