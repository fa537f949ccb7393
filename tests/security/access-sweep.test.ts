import { describe, expect, it, vi } from "vitest";
import { can, permissions, type Permission } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { discoverPages, discoverRouteHandlers, discoverServerActions, formOf, readSource } from "./support/discover-entry-points";
import { actionAccess, pageAccess, routeAccess, routeRequest, validActionForm, type Access } from "./support/entry-point-policy";
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

const routes = await discoverRouteHandlers();
const actions = await discoverServerActions();

const isPermission = (access: Access): access is Permission => access in permissions;
const guardedRoutes = [...routes.keys()].filter((key) => isPermission(routeAccess[key] ?? "open"));
const guardedActions = [...actions.keys()].filter((key) => isPermission(actionAccess[key] ?? "open"));

type Caller = { name: "signed-out" | "staff"; userId: (shop: SweepShop) => number | null };
const refusedCallers: Caller[] = [
  { name: "signed-out", userId: () => null },
  { name: "staff", userId: (shop) => shop.staffId },
];

describe("every route handler and server action checks the caller on the server", () => {
  let shop: SweepShop;
  withSweepShop(sweep, (seeded) => {
    shop = seeded;
  });

  it("knows who may call every route handler and server action found on disk (a new one must be added to the policy)", () => {
    expect([...routes.keys()].sort()).toEqual(Object.keys(routeAccess).sort());
    expect([...actions.keys()].sort()).toEqual(Object.keys(actionAccess).sort());
  });

  it("every page checks its permission on the server, and a streaming page's layout checks it too", () => {
    const { pages, streamingFolders } = discoverPages();
    expect(pages.sort()).toEqual(Object.keys(pageAccess).sort());
    for (const page of pages) {
      const access = pageAccess[page];
      if (access === "open" || access === undefined) continue;
      expect({ page, guarded: readSource(page).includes(`requirePagePermission("${access}")`) }).toEqual({ page, guarded: true });
    }
    for (const folder of streamingFolders) {
      const access = pageAccess[`${folder}/page.tsx`];
      const layout = `${folder}/layout.tsx`;
      expect({ layout, guarded: readSource(layout).includes(`requirePagePermission("${access}")`) }).toEqual({ layout, guarded: true });
    }
  });

  describe.each(refusedCallers)("as $name", (caller) => {
    it.each(guardedRoutes)("%s refuses unless the role may", async (key) => {
      const permission = routeAccess[key];
      const handler = routes.get(key);
      if (!permission || !isPermission(permission) || !handler) throw new Error(`${key} is not a guarded route`);
      const userId = caller.userId(shop);
      signInAs(userId);
      const before = await tableCounts(getDb());
      const { request, context } = routeRequest(key, shop);
      const response = await handler(request, context);
      if (userId === null) expect(response.status).toBe(401);
      else if (!can("staff", permission)) expect(response.status).toBe(403);
      else expect(response.status).toBe(200);
      expect(await tableCounts(getDb())).toEqual(before);
    });

    it.each(guardedActions)("%s refuses unless the role may, changing nothing", async (key) => {
      const permission = actionAccess[key];
      const action = actions.get(key);
      if (!permission || !isPermission(permission) || !action) throw new Error(`${key} is not a guarded action`);
      const userId = caller.userId(shop);
      signInAs(userId);
      const before = await tableCounts(getDb());
      const result = await action({ ok: true, message: "" }, formOf(validActionForm(key, shop)));
      if (userId === null) expect(result).toEqual({ ok: false, error: "Your session has ended. Sign in again." });
      else if (!can("staff", permission)) expect(result).toEqual({ ok: false, error: "Only the owner may do this." });
      expect(await tableCounts(getDb())).toEqual(before);
    });
  });

  it.each(guardedRoutes)("%s answers the owner", async (key) => {
    signInAs(shop.ownerId);
    const { request, context } = routeRequest(key, shop);
    const response = await routes.get(key)?.(request, context);
    expect(response?.status).toBe(200);
  });

  it.each([...routes.keys()].filter((key) => routeAccess[key] === "signed"))("%s refuses an unsigned call from anyone, storing nothing", async (key) => {
    for (const userId of [null, shop.staffId, shop.ownerId]) {
      signInAs(userId);
      const before = await tableCounts(getDb());
      const { request, context } = routeRequest(key, shop);
      const response = await routes.get(key)?.(request, context);
      expect(response?.status).toBeGreaterThanOrEqual(400);
      expect(response?.status).toBeLessThan(500);
      expect(await tableCounts(getDb())).toEqual(before);
    }
  });

  it("the open routes answer a stranger without revealing anything", async () => {
    signInAs(null);
    for (const key of ["app/api/health/route.ts GET", "app/api/auth/[...nextauth]/route.ts GET"]) {
      const { request, context } = routeRequest(key, shop);
      const response = await routes.get(key)?.(request, context);
      expect(response?.status).toBe(200);
      expect(await response?.json()).toEqual(key.includes("health") ? { status: "ok" } : null);
    }
  });
});
