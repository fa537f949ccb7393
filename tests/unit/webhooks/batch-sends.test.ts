import { describe, expect, it } from "vitest";
import { batchSends } from "@/lib/webhooks/batch-sends";
import type { InboxEvent } from "@/lib/webhooks/inbox-event";

/** Lets the batcher start its next request once the last one has settled. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

const event = (inboxId: number): InboxEvent => ({ id: `shopify:${inboxId}`, data: { inboxId, provider: "shopify", topic: "orders/create" } });

function controlledEngine() {
  const calls: { ids: string[]; settle: (error?: Error) => void }[] = [];
  const sendMany = (events: InboxEvent[]) =>
    new Promise<void>((resolve, reject) => calls.push({ ids: events.map((sent) => sent.id), settle: (error) => (error ? reject(error) : resolve()) }));
  return { calls, sendMany };
}

describe("batchSends", () => {
  it("sends a lone event at once, and the events that arrive meanwhile together in the next request", async () => {
    const engine = controlledEngine();
    const send = batchSends(engine.sendMany);
    const first = send(event(1));
    const rest = [send(event(2)), send(event(3)), send(event(4))];
    expect(engine.calls.map((call) => call.ids)).toEqual([["shopify:1"]]);
    engine.calls[0]?.settle();
    await first;
    await nextTurn();
    expect(engine.calls.map((call) => call.ids)).toEqual([["shopify:1"], ["shopify:2", "shopify:3", "shopify:4"]]);
    engine.calls[1]?.settle();
    await Promise.all(rest);
  });

  it("caps a request at maxBatch events", async () => {
    const engine = controlledEngine();
    const send = batchSends(engine.sendMany, 2);
    const sends = [1, 2, 3, 4, 5].map((inboxId) => send(event(inboxId)));
    engine.calls[0]?.settle();
    await sends[0];
    await nextTurn();
    engine.calls[1]?.settle();
    await Promise.all(sends.slice(1, 3));
    await nextTurn();
    engine.calls[2]?.settle();
    await Promise.all(sends.slice(3));
    expect(engine.calls.map((call) => call.ids.length)).toEqual([1, 2, 2]);
  });

  it("rejects every send of a failed request, and goes on with the next", async () => {
    const engine = controlledEngine();
    const send = batchSends(engine.sendMany);
    const first = send(event(1));
    const second = [send(event(2)), send(event(3))];
    engine.calls[0]?.settle(new Error("engine down"));
    await expect(first).rejects.toThrow("engine down");
    await nextTurn();
    engine.calls[1]?.settle(new Error("still down"));
    await Promise.all(second.map((sent) => expect(sent).rejects.toThrow("still down")));
    await nextTurn();
    const third = send(event(4));
    engine.calls[2]?.settle();
    await third;
    expect(engine.calls).toHaveLength(3);
  });
});
