import { NextRequest } from "next/server";
import { afterAll, describe, expect, it, vi } from "vitest";
import { GET, POST, PUT } from "@/app/api/inngest/route";
import { localEventKey } from "@/inngest/local/local-event-key";
import { signBody } from "@/inngest/local/request-signature";
import { closeDatabase, getDb } from "@/lib/db";
import { webhookInbox } from "@/lib/db/schema";
import { sweepSigningKey } from "./support/security-environment";
import { tableCounts } from "./support/table-counts";

const sweep = await vi.hoisted(async () => (await import("./support/security-environment")).prepareSecurityEnvironment());

const otherKey = "signkey-test-0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de0badc0de";
const handlers = { GET, POST, PUT };
type Method = keyof typeof handlers;

/** A call to `/api/inngest` as the engine makes it: run the inbox sweep (POST), sync (PUT) or introspect (GET). */
function engineCall(method: Method, signature: (body: string) => string | null, tamper: (body: string) => string = (body) => body) {
  const body = method === "GET" ? "" : JSON.stringify({ event: { name: "inngest/scheduled.timer", data: {} }, events: [], steps: {}, ctx: { run_id: "01SWEEP", attempt: 0 } });
  const headers = new Headers({ "content-type": "application/json" });
  const signed = signature(body);
  if (signed !== null) headers.set("x-inngest-signature", signed);
  const query = method === "POST" ? "?fnId=tillbridge-sweep-inbox&stepId=step" : "";
  const request = new NextRequest(`http://portal.test/api/inngest${query}`, { method, headers, ...(method === "GET" ? {} : { body: tamper(body) }) });
  return handlers[method](request, undefined);
}

describe("/api/inngest runs nothing for a caller without the signing key", () => {
  afterAll(async () => {
    await closeDatabase();
    await sweep.close();
  });

  const refusals: [string, (body: string) => string | null, ((body: string) => string)?][] = [
    ["unsigned", () => null],
    ["an empty signature", () => ""],
    ["a garbled signature", () => "t=abc&s=xyz"],
    ["another key", (body) => signBody(body, otherKey, new Date())],
    ["a stale signature (10 minutes old)", (body) => signBody(body, sweepSigningKey, new Date(Date.now() - 10 * 60_000))],
    ["a tampered body", (body) => signBody(body, sweepSigningKey, new Date()), (body) => body.replace("01SWEEP", "01OTHER")],
  ];

  it.each(refusals)("refuses %s with 401 on every method (a tampered body: every method with one), changing nothing", async (_name, signature, tamper) => {
    silenceTheSdk();
    const before = await tableCounts(getDb());
    const methods: Method[] = tamper ? ["POST", "PUT"] : ["GET", "POST", "PUT"];
    for (const method of methods) {
      const response = await engineCall(method, signature, tamper);
      expect({ method, status: response.status }).toEqual({ method, status: 401 });
      expect(await response.text()).not.toMatch(/tillbridge-|signkey|function/i);
    }
    expect(await tableCounts(getDb())).toEqual(before);
    expect(await getDb().select().from(webhookInbox)).toEqual([]);
  });

  it("answers a call signed with the installation's key (the refusals above are the signature's doing)", async () => {
    const response = await engineCall("GET", (body) => signBody(body, sweepSigningKey, new Date()));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ authentication_succeeded: true });
  });
});

describe("the local engine's event API", () => {
  it("expects an event key derived from the signing key when none is configured, not a constant anyone could send with", async () => {
    vi.stubEnv("INNGEST_EVENT_KEY", undefined);
    vi.resetModules();
    const { inngestClientConfig } = await import("@/inngest/client");
    expect(inngestClientConfig.eventKey).toBe(localEventKey(sweepSigningKey));
    expect(inngestClientConfig.eventKey).not.toBe(localEventKey(otherKey));
    expect(inngestClientConfig.eventKey).toMatch(/^[0-9a-f]{64}$/);
  });
});

/** The SDK reports each refused call on the console with a stack trace: expected here, so kept out of the output. */
function silenceTheSdk() {
  vi.spyOn(console, "error").mockImplementation(() => {});
  vi.spyOn(console, "warn").mockImplementation(() => {});
}
