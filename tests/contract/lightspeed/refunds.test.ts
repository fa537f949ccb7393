import { afterEach, describe, expect, it } from "vitest";
import type { LightspeedAdapter } from "@/lib/connectors/lightspeed";
import { items, startHarness, type Harness } from "./lightspeed-harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const PLACE = { shopId: "1", registerId: "1", employeeId: "1" };

async function sell(adapter: LightspeedAdapter, referenceNumber: string) {
  const { sale } = await adapter.createCompletedSale({
    ...PLACE,
    referenceNumber,
    referenceNumberSource: "stripe",
    lines: [
      { itemId: "1", quantity: 2, unitPrice: 10 },
      { itemId: "2", quantity: 1, unitPrice: 20 },
    ],
    payments: [{ paymentTypeId: "2", amount: 40 }],
  });
  return sale;
}

function qoh(h: Harness, itemId: number): number | undefined {
  return [...h.sandbox.state.itemShops.values()].find((row) => row.itemId === itemId && row.shopId === 1)?.qoh;
}

function refundsOf(h: Harness, saleId: string) {
  return [...h.sandbox.state.sales.values()].filter((sale) => sale.refundOfSaleId === Number(saleId));
}

async function start() {
  harness = await startHarness({ seed: { items: items(2, 10) } });
  return harness;
}

describe("Lightspeed refunds", () => {
  it("refunds a whole sale as a new completed sale with negative lines, which restocks", async () => {
    const h = await start();
    const sale = await sell(h.adapter, "pi_1");
    expect([qoh(h, 1), qoh(h, 2)]).toEqual([8, 9]);

    const { sale: refund, outcome } = await h.adapter.refundSale({
      ...PLACE,
      saleId: sale.saleId,
      paymentTypeId: "2",
      referenceNumber: "re_1",
      referenceNumberSource: "stripe",
    });

    expect(outcome).toBe("created");
    expect(refund.saleId).not.toBe(sale.saleId);
    expect(refund).toMatchObject({ completed: true, total: -40, referenceNumber: "re_1", referenceNumberSource: "stripe" });
    expect(refund.lines.map((line) => [line.itemId, line.unitQuantity])).toEqual([
      ["1", -2],
      ["2", -1],
    ]);
    expect(refund.lines.every((line) => line.parentSaleLineId !== null)).toBe(true);
    expect([qoh(h, 1), qoh(h, 2)]).toEqual([10, 10]);
    expect(h.sandbox.state.requestLog.find((entry) => entry.path.endsWith("/refund.json"))?.cost).toBe(10);
  });

  it("refunds selected lines only, restocking only those units", async () => {
    const h = await start();
    const sale = await sell(h.adapter, "pi_2");

    const { sale: refund } = await h.adapter.refundSale({
      ...PLACE,
      saleId: sale.saleId,
      paymentTypeId: "2",
      referenceNumber: "re_2",
      referenceNumberSource: "stripe",
      lines: [{ itemId: "1", quantity: 1 }],
    });

    expect(refund).toMatchObject({ total: -10, referenceNumber: "re_2" });
    expect(refund.lines).toEqual([expect.objectContaining({ itemId: "1", unitQuantity: -1, unitPrice: 10 })]);
    expect([qoh(h, 1), qoh(h, 2)]).toEqual([9, 9]);
  });

  it("refunds once per external refund id, even after a lost response", async () => {
    const h = await start();
    const sale = await sell(h.adapter, "pi_3");
    await h.control.post("faults", { kind: "lost-response", method: "POST", path: "/refund.json", count: 1 });
    const input = { ...PLACE, saleId: sale.saleId, paymentTypeId: "2", referenceNumber: "re_3", referenceNumberSource: "stripe" };

    const first = await h.adapter.refundSale(input);
    const again = await h.adapter.refundSale(input);

    expect(first.outcome).toBe("recovered");
    expect(again).toMatchObject({ outcome: "existing", posts: 0 });
    expect(again.sale.saleId).toBe(first.sale.saleId);
    expect(refundsOf(h, sale.saleId)).toHaveLength(1);
    expect([qoh(h, 1), qoh(h, 2)]).toEqual([10, 10]);
  });

  it("refuses to refund more units than remain, with the API's error", async () => {
    const h = await start();
    const sale = await sell(h.adapter, "pi_4");
    const line = { ...PLACE, saleId: sale.saleId, paymentTypeId: "2", referenceNumberSource: "stripe", lines: [{ itemId: "2", quantity: 1 }] };
    await h.adapter.refundSale({ ...line, referenceNumber: "re_4a" });

    await expect(h.adapter.refundSale({ ...line, referenceNumber: "re_4b" })).rejects.toMatchObject({
      name: "LightspeedHttpError",
      status: 400,
    });
    await expect(
      h.adapter.refundSale({ ...PLACE, saleId: sale.saleId, paymentTypeId: "2", referenceNumber: "re_4c", referenceNumberSource: "stripe" }),
    ).resolves.toMatchObject({ sale: { total: -20 } });
    expect(refundsOf(h, sale.saleId)).toHaveLength(2);
    expect([qoh(h, 1), qoh(h, 2)]).toEqual([10, 10]);
  });
});
