import { describe, expect, it } from "vitest";
import { inboxEventId } from "@/lib/webhooks/inbox-event";

describe("inboxEventId", () => {
  it("is the provider and its event id for the first hand-off (and its repeats)", () => {
    expect(inboxEventId({ provider: "shopify", providerEventId: "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043", attempts: 0 })).toBe(
      "shopify:b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
    );
    expect(inboxEventId({ provider: "stripe", providerEventId: "evt_1Gib6dHLwdCOCoR7mbMhSVu0", attempts: 0 })).toBe("stripe:evt_1Gib6dHLwdCOCoR7mbMhSVu0");
  });

  it("is new for every later hand-off, since the engine drops an id it has seen within 24 h", () => {
    const ids = [0, 1, 2, 3].map((attempts) => inboxEventId({ provider: "stripe", providerEventId: "evt_1", attempts }));
    expect(ids).toEqual(["stripe:evt_1", "stripe:evt_1:sweep-1", "stripe:evt_1:sweep-2", "stripe:evt_1:sweep-3"]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
