import { describe, expect, it } from "vitest";
import { describeSourceEvent } from "@/lib/stock/queries/describe-source-event";
import { inboxEntryMatches, inboxSourceMatch } from "@/lib/stock/queries/inbox-source-match";

describe("describeSourceEvent", () => {
  it("names each kind of source event", () => {
    expect(describeSourceEvent("lightspeed:sale:50491")).toBe("Lightspeed sale 50491");
    expect(describeSourceEvent("lightspeed:order:5126")).toBe("Purchase order 5126");
    expect(describeSourceEvent("lightspeed:inventory-count:318")).toBe("Stock count 318");
    expect(describeSourceEvent("lightspeed:item-shop:2641:2026-11-22T08:34:53.093Z")).toBe("Lightspeed level correction");
    expect(describeSourceEvent("shopify:shop.myshopify.com:order:6012350046368")).toBe("Shopify order 6012350046368");
    expect(describeSourceEvent("shopify:shop.myshopify.com:refund:987002163101")).toBe("Shopify refund 987002163101");
    expect(describeSourceEvent("stripe:pi_3ulieeu3dJTao8DPQKdd4eMs")).toBe("Stripe payment pi_3ulieeu3dJTao8DPQKdd4eMs");
    expect(describeSourceEvent("stripe:re_31BOzR10hi1kDFoSb2Av7a6P")).toBe("Stripe refund re_31BOzR10hi1kDFoSb2Av7a6P");
    expect(describeSourceEvent("portal:override:MUG:2026-11-19T04:00:00.000Z")).toBe("Owner override");
    expect(describeSourceEvent("something:else")).toBe("something:else");
  });
});

describe("inboxSourceMatch", () => {
  const entry = { provider: "shopify", shopDomain: "a.myshopify.com", topic: "orders/create", rawBody: '{"id":6012350046368,"line_items":[]}' };

  it("finds a Shopify order's webhook by store, topic and id, and not a longer id", () => {
    const match = inboxSourceMatch("shopify:a.myshopify.com:order:6012350046368");
    expect(match).not.toBeNull();
    if (!match) return;
    expect(inboxEntryMatches(match, entry)).toBe(true);
    expect(inboxEntryMatches(match, { ...entry, shopDomain: "b.myshopify.com" })).toBe(false);
    expect(inboxEntryMatches(match, { ...entry, topic: "refunds/create" })).toBe(false);
    const shorter = inboxSourceMatch("shopify:a.myshopify.com:order:601235004636");
    if (!shorter) throw new Error("no match");
    expect(inboxEntryMatches(shorter, entry)).toBe(false);
  });

  it("finds a Stripe payment's events by the quoted id", () => {
    const match = inboxSourceMatch("stripe:pi_3ulieeu3dJTao8DPQKdd4eMs");
    if (!match) throw new Error("no match");
    const event = { provider: "stripe", shopDomain: null, topic: "payment_intent.succeeded", rawBody: '{"data":{"object":{"id":"pi_3ulieeu3dJTao8DPQKdd4eMs"}}}' };
    expect(inboxEntryMatches(match, event)).toBe(true);
    expect(inboxEntryMatches(match, { ...event, rawBody: '{"id":"pi_3ulieeu3dJTao8DPQKdd4eMsX"}' })).toBe(false);
  });

  it("has nothing to look for where no webhook exists or the key is malformed", () => {
    expect(inboxSourceMatch("lightspeed:sale:50491")).toBeNull();
    expect(inboxSourceMatch("portal:override:MUG")).toBeNull();
    expect(inboxSourceMatch("shopify:a.myshopify.com:order:12%")).toBeNull();
    expect(inboxSourceMatch("stripe:pi_1'or'1")).toBeNull();
  });
});
