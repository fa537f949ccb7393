import { describe, expect, it } from "vitest";
import { compileExpression, ExpressionError, expressionValueToKey } from "@/inngest/local/expression";

const event = { name: "shop/stock.changed", data: { sku: "SKU-1", qty: 3, store: { id: 7 }, tags: ["a", "b"] } };

describe("expressions", () => {
  it("reads event paths for concurrency and idempotency keys", () => {
    expect(compileExpression("event.data.sku").evaluate({ event })).toBe("SKU-1");
    expect(compileExpression("event.data.store.id").evaluate({ event })).toBe(7);
    expect(compileExpression('event.data["sku"] + "-" + event.name').evaluate({ event })).toBe("SKU-1-shop/stock.changed");
    expect(compileExpression("event.data.missing.deeper").evaluate({ event })).toBeNull();
    expect(expressionValueToKey(compileExpression("event.data.store").evaluate({ event }))).toBe('{"id":7}');
  });

  it("evaluates trigger and wait conditions", () => {
    const async = { name: "shop/approved", data: { sku: "SKU-1" } };
    expect(compileExpression("event.data.sku == async.data.sku").evaluate({ event, async })).toBe(true);
    expect(compileExpression("event.data.qty > 2 && event.data.qty <= 3").evaluate({ event })).toBe(true);
    expect(compileExpression("!(event.data.qty == 3) || event.name != 'x'").evaluate({ event })).toBe(true);
    expect(compileExpression("event.data.function_id == 'tillbridge-post-sale'").evaluate({ event: { data: { function_id: "tillbridge-post-sale" } } })).toBe(true);
    expect(compileExpression("'b' in event.data.tags").evaluate({ event })).toBe(true);
  });

  it("refuses what it does not support instead of guessing", () => {
    expect(() => compileExpression("size(event.data.tags) > 1")).toThrow(ExpressionError);
    expect(() => compileExpression("event.data.sku ==")).toThrow(ExpressionError);
    expect(() => compileExpression("event.data.sku ? 1 : 2")).toThrow(ExpressionError);
  });
});
