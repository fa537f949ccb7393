import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { unexpectedActionError } from "@/lib/auth/define-action";
import { getDb } from "@/lib/db";
import { discoverRouteHandlers, discoverServerActions, formOf } from "./support/discover-entry-points";
import { actionAccess, validActionForm } from "./support/entry-point-policy";
import { hostileNumbers, hostileStrings, unknownId } from "./support/hostile-values";
import type { SweepShop } from "./support/seed-sweep-shop";
import { signInAs } from "./support/session-stub";
import { withSweepShop } from "./support/sweep-shop-lifecycle";
import { tableCounts } from "./support/table-counts";

const sweep = await vi.hoisted(async () => (await import("./support/security-environment")).prepareSecurityEnvironment());
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: (await import("./support/session-stub")).stubbedAuth,
}));

const actions = await discoverServerActions();
const routes = await discoverRouteHandlers();
const ownerActions = [...actions.keys()].filter((key) => actionAccess[key] !== "open");

const actionResultSchema = z.union([
  z.object({ ok: z.literal(true), message: z.string() }).strict(),
  z.object({ ok: z.literal(false), error: z.string().min(1), fieldErrors: z.record(z.string(), z.array(z.string()).optional()).optional() }).strict(),
]);

/** The fields of a form that hold whole numbers (ids, counts, units): their valid value is all digits. */
const numericFields = (form: Record<string, string>) => Object.keys(form).filter((field) => /^\d+(,\d+)*$/.test(form[field] ?? ""));

/** Ids (`storeId`, `itemIds`…) refuse every hostile number; counts may legitimately be 0 or blank. */
const hostileValuesFor = (field: string) => (/Ids?$/.test(field) ? hostileNumbers : hostileNumbers.filter((value) => value !== "0" && value !== ""));

/** The answer an action gives only when it crashed: hostile input must be refused by validation before that. */
const expectNoCrash = (result: z.infer<typeof actionResultSchema>) => expect(result.ok ? "" : result.error).not.toBe(unexpectedActionError);

/** A query string or path segment as a browser would encode it (lone surrogates become U+FFFD, as they do there). */
const encoded = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);

describe("hostile input, as the owner: an error result or a 4xx, never a thrown 500, nothing half-written", () => {
  let shop: SweepShop;
  withSweepShop(sweep, (seeded) => {
    shop = seeded;
  });
  beforeEach(() => signInAs(shop.ownerId));

  it.each(ownerActions)("%s refuses hostile numbers in every number field and changes nothing for an unknown id", async (key) => {
    const action = actions.get(key);
    if (!action) throw new Error(key);
    const valid = validActionForm(key, shop);
    const before = await tableCounts(getDb());
    for (const field of numericFields(valid)) {
      for (const value of hostileValuesFor(field)) {
        const result = actionResultSchema.parse(await action({ ok: true, message: "" }, formOf({ ...valid, [field]: value })));
        expect({ field, value: value.slice(0, 40), ok: result.ok }).toEqual({ field, value: value.slice(0, 40), ok: false });
        expectNoCrash(result);
      }
      if (/Ids?$/.test(field)) expectNoCrash(actionResultSchema.parse(await action({ ok: true, message: "" }, formOf({ ...valid, [field]: unknownId }))));
    }
    expect(await tableCounts(getDb())).toEqual(before);
  });

  it.each(ownerActions)("%s answers hostile text in every field, a missing field, a file and a repeated field with a result, never a throw", async (key) => {
    const action = actions.get(key);
    if (!action) throw new Error(key);
    const valid = validActionForm(key, shop);
    const forms: FormData[] = [formOf({}), formOf({ ...valid, unexpected: "x".repeat(10_000), __proto__: "polluted", constructor: "x" })];
    const numbers = numericFields(valid);
    for (const field of Object.keys(valid)) {
      // Number fields met hostile numbers (injection strings, NUL, blanks among them) in the test above.
      if (!numbers.includes(field)) for (const value of hostileStrings) forms.push(formOf({ ...valid, [field]: value }));
      forms.push(formOf({ ...valid, [field]: new Blob(["not a field"]) }));
      const { [field]: _missing, ...withoutField } = valid;
      forms.push(formOf(withoutField));
      const repeated = formOf(valid);
      repeated.append(field, "-1");
      forms.push(repeated);
    }
    let before = await tableCounts(getDb());
    for (const form of forms) {
      const result = actionResultSchema.parse(await action({ ok: true, message: "" }, form));
      expectNoCrash(result);
      const after = await tableCounts(getDb());
      if (!result.ok) expect(after).toEqual(before);
      before = after;
    }
  });

  const routeQueries: [string, (value: string) => { url: string; params: Record<string, string> }][] = [
    ["app/api/customers/search/route.ts GET", (value) => ({ url: `/api/customers/search?q=${encoded(value)}`, params: {} })],
    ["app/api/reconcile/[runId]/route.ts GET", (value) => ({ url: `/api/reconcile/${encoded(value)}`, params: { runId: value } })],
    ["app/(portal)/dashboard/reorder.csv/route.ts GET", (value) => ({ url: `/dashboard/reorder.csv?window=${encoded(value)}&scope=${encoded(value)}`, params: {} })],
  ];

  it.each(routeQueries)("%s answers hostile query values with a status under 500", async (key, target) => {
    const handler = routes.get(key);
    if (!handler) throw new Error(key);
    for (const value of [...hostileStrings, ...hostileNumbers, unknownId]) {
      const { url, params } = target(value);
      const response = await handler(new NextRequest(`http://portal.test${url}`), { params: Promise.resolve(params) });
      expect({ value: value.slice(0, 40), status: response.status < 500 }).toEqual({ value: value.slice(0, 40), status: true });
      await response.arrayBuffer();
    }
  });

  it("reconciliation progress refuses a run id that is not one with 400 and an unknown run with 404", async () => {
    const handler = routes.get("app/api/reconcile/[runId]/route.ts GET");
    if (!handler) throw new Error("no progress route");
    const answer = async (runId: string) =>
      (await handler(new NextRequest(`http://portal.test/api/reconcile/${encoded(runId)}`), { params: Promise.resolve({ runId }) })).status;
    for (const runId of hostileNumbers) expect({ runId, status: await answer(runId) }).toEqual({ runId, status: 400 });
    expect(await answer(unknownId)).toBe(404);
  });
});
