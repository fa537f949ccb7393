import { describe, expect, it } from "vitest";
import { answerWebhookRequest } from "@/lib/webhooks/answer-webhook-request";
import { readCappedBody, WEBHOOK_BODY_LIMIT_BYTES } from "@/lib/webhooks/read-capped-body";
import { acknowledged } from "@/lib/webhooks/webhook-answer";
import type { WebhookDelivery } from "@/lib/webhooks/webhook-delivery";

const url = "http://portal.test/api/webhooks/shopify";

/** A request whose body arrives in chunks, with no Content-Length (as a chunked upload would). */
function streamedRequest(chunks: Uint8Array[]): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
  // Node needs `duplex` for a stream body; the DOM typings do not know it, hence the separate object.
  const init = { method: "POST", body, duplex: "half" };
  return new Request(url, init);
}

describe("readCappedBody", () => {
  it("is 1 MiB by default", () => {
    expect(WEBHOOK_BODY_LIMIT_BYTES).toBe(1_048_576);
  });

  it("returns the exact bytes, up to and including the limit", async () => {
    const bytes = new Uint8Array([0x7b, 0xc3, 0xa9, 0x00, 0x7d]);
    const result = await readCappedBody(new Request(url, { method: "POST", body: bytes }), 5);
    expect(result).toEqual({ ok: true, bytes });
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = new Request(url, { method: "POST", body: "x".repeat(11), headers: { "content-length": "11" } });
    expect(await readCappedBody(request, 10)).toEqual({ ok: false, reason: "too_large" });
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses a body over the limit when no length is declared, counting the bytes read", async () => {
    const chunk = new Uint8Array(4).fill(0x61);
    expect(await readCappedBody(streamedRequest([chunk, chunk, chunk]), 10)).toEqual({ ok: false, reason: "too_large" });
    expect(await readCappedBody(streamedRequest([chunk, chunk]), 10)).toMatchObject({ ok: true });
  });

  it("reads an empty body as no bytes", async () => {
    expect(await readCappedBody(new Request(url, { method: "POST" }))).toEqual({ ok: true, bytes: new Uint8Array(0) });
  });
});

describe("answerWebhookRequest", () => {
  it("answers 413 for an oversized body and never calls the acceptance logic", async () => {
    let called = false;
    const response = await answerWebhookRequest(streamedRequest([new Uint8Array(WEBHOOK_BODY_LIMIT_BYTES + 1)]), async () => {
      called = true;
      return acknowledged("recorded");
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "payload too large" });
    expect(called).toBe(false);
  });

  it("hands the headers and raw bytes over, and answers what it is told as JSON", async () => {
    let seen: WebhookDelivery | null = null;
    const request = new Request(url, { method: "POST", body: "{\"a\":1}", headers: { "x-shopify-topic": "orders/create" } });
    const response = await answerWebhookRequest(request, async (delivery) => {
      seen = delivery;
      return acknowledged("duplicate");
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ received: true, outcome: "duplicate" });
    expect(seen).toMatchObject({ rawBody: new TextEncoder().encode("{\"a\":1}") });
  });
});
