import { NextRequest } from "next/server";
import type { Permission } from "@/lib/auth/permissions";
import type { SweepShop } from "./seed-sweep-shop";

/**
 * Who may call each entry point, as the sweep expects it. A route handler or server action missing here fails the
 * sweep: adding one means saying here who may call it, and the sweep then checks the server refuses everyone else.
 *
 * - a permission: signed-out callers get 401 (actions: an error result), roles without it 403 (an error result);
 * - `signed`: no session involved, every call must carry the provider's or the engine's signature;
 * - `open`: anyone (liveness; Auth.js's own endpoints; the sign-in form).
 */
export type Access = Permission | "signed" | "open";

export const routeAccess: Record<string, Access> = {
  "app/(portal)/dashboard/reorder.csv/route.ts GET": "dashboard:view",
  "app/api/auth/[...nextauth]/route.ts GET": "open",
  "app/api/auth/[...nextauth]/route.ts POST": "open",
  "app/api/customers/search/route.ts GET": "customers:view",
  "app/api/health/route.ts GET": "open",
  "app/api/inngest/route.ts GET": "signed",
  "app/api/inngest/route.ts POST": "signed",
  "app/api/inngest/route.ts PUT": "signed",
  "app/api/reconcile/[runId]/route.ts GET": "reconcile:view",
  "app/api/webhooks/shopify/route.ts POST": "signed",
  "app/api/webhooks/stripe/route.ts POST": "signed",
};

/** A request a legitimate caller of each route would make (the route's dynamic segments in `params`). */
export function routeRequest(key: string, shop: SweepShop): { request: Request; context: { params: Promise<Record<string, string | string[]>> } } {
  const [file = ""] = key.split(" ");
  const method = key.slice(file.length + 1);
  const urls: Record<string, { url: string; params: Record<string, string | string[]> }> = {
    "app/(portal)/dashboard/reorder.csv/route.ts": { url: "/dashboard/reorder.csv?scope=all", params: {} },
    "app/api/auth/[...nextauth]/route.ts": { url: "/api/auth/session", params: { nextauth: ["session"] } },
    "app/api/customers/search/route.ts": { url: "/api/customers/search?q=ada", params: {} },
    "app/api/health/route.ts": { url: "/api/health", params: {} },
    "app/api/inngest/route.ts": { url: "/api/inngest", params: {} },
    "app/api/reconcile/[runId]/route.ts": { url: `/api/reconcile/${shop.reconciliationRunId}`, params: { runId: String(shop.reconciliationRunId) } },
    "app/api/webhooks/shopify/route.ts": { url: "/api/webhooks/shopify", params: {} },
    "app/api/webhooks/stripe/route.ts": { url: "/api/webhooks/stripe", params: {} },
  };
  const target = urls[file];
  if (!target) throw new Error(`no request for ${file}: add one to entry-point-policy.ts`);
  const body = method === "GET" || method === "HEAD" ? null : "{}";
  return { request: new NextRequest(`http://portal.test${target.url}`, { method, body }), context: { params: Promise.resolve(target.params) } };
}

/**
 * Who may open each page. A page with a permission must call `requirePagePermission` with it; a page that streams
 * behind a `loading.tsx` must be guarded by its segment's layout too (so a refused visitor gets 403, not a streamed
 * 200). Open pages decide for themselves where a visitor goes (sign-in, or the area the role may see).
 */
export const pageAccess: Record<string, Permission | "open"> = {
  "app/(portal)/activity/page.tsx": "activity:view",
  "app/(portal)/customers/[id]/page.tsx": "customers:view",
  "app/(portal)/customers/page.tsx": "customers:view",
  "app/(portal)/dashboard/orders/page.tsx": "dashboard:view",
  "app/(portal)/dashboard/page.tsx": "dashboard:view",
  "app/(portal)/inventory/[sku]/page.tsx": "inventory:view",
  "app/(portal)/inventory/page.tsx": "inventory:view",
  "app/(portal)/reconcile/page.tsx": "reconcile:view",
  "app/(portal)/settings/page.tsx": "settings:view",
  "app/(portal)/settings/staff/page.tsx": "staff:manage",
  "app/page.tsx": "open",
  "app/sign-in/page.tsx": "open",
};

export const actionAccess: Record<string, Access> = {
  "app/(portal)/activity/replay-action.ts#replayInboxEntryAction": "events:replay",
  "app/(portal)/customers/[id]/merge-actions.ts#mergeCustomersAction": "customers:merge",
  "app/(portal)/customers/[id]/merge-actions.ts#undoMergeAction": "customers:merge",
  "app/(portal)/reconcile/reconcile-actions.ts#overrideOnHandAction": "stock:override",
  "app/(portal)/reconcile/reconcile-actions.ts#repairAllDriftAction": "reconcile:run",
  "app/(portal)/reconcile/reconcile-actions.ts#repairDriftAction": "reconcile:run",
  "app/(portal)/reconcile/reconcile-actions.ts#resolveAttentionAction": "reconcile:run",
  "app/(portal)/reconcile/reconcile-actions.ts#startReconciliationAction": "reconcile:run",
  "app/(portal)/settings/settings-actions.ts#removeSafetyBufferAction": "settings:edit",
  "app/(portal)/settings/settings-actions.ts#setLeadTimeAction": "settings:edit",
  "app/(portal)/settings/settings-actions.ts#setSafetyBufferAction": "settings:edit",
  "app/(portal)/settings/settings-actions.ts#updateShopSettingsAction": "settings:edit",
  "app/(portal)/settings/settings-actions.ts#updateStoreAction": "settings:edit",
  "app/(portal)/settings/staff/staff-actions.ts#createStaffAction": "staff:manage",
  "app/(portal)/settings/staff/staff-actions.ts#resetStaffPasswordAction": "staff:manage",
  "app/(portal)/settings/staff/staff-actions.ts#setStaffActiveAction": "staff:manage",
  "app/sign-in/sign-in-action.ts#signInAction": "open",
  "components/shell/sign-out-action.ts#signOutAction": "open",
};

/** A form the owner could legitimately post to each action: refused callers must change nothing with it. */
export function validActionForm(key: string, shop: SweepShop): Record<string, string> {
  const [storeId = 0] = shop.storeIds;
  const [survivorId = 0, mergedId = 0] = shop.customerIds;
  const forms: Record<string, Record<string, string>> = {
    "app/(portal)/activity/replay-action.ts#replayInboxEntryAction": { inboxId: String(shop.failedInboxId), reason: "sweep" },
    "app/(portal)/customers/[id]/merge-actions.ts#mergeCustomersAction": { survivorId: String(survivorId), mergedId: String(mergedId), reason: "same person" },
    "app/(portal)/customers/[id]/merge-actions.ts#undoMergeAction": { mergeId: "1", reason: "not the same person" },
    "app/(portal)/reconcile/reconcile-actions.ts#overrideOnHandAction": { sku: "SWEEP-1", lightspeedShopId: String(shop.shopId), onHand: "5", reason: "counted" },
    "app/(portal)/reconcile/reconcile-actions.ts#repairAllDriftAction": {},
    "app/(portal)/reconcile/reconcile-actions.ts#repairDriftAction": { itemIds: String(shop.itemId) },
    "app/(portal)/reconcile/reconcile-actions.ts#resolveAttentionAction": { attentionItemId: String(shop.attentionItemId), resolution: "assigned by hand" },
    "app/(portal)/reconcile/reconcile-actions.ts#startReconciliationAction": {},
    "app/(portal)/settings/settings-actions.ts#removeSafetyBufferAction": { storeId: String(storeId), itemId: String(shop.itemId) },
    "app/(portal)/settings/settings-actions.ts#setLeadTimeAction": { sku: "SWEEP-1", leadTimeDays: "9" },
    "app/(portal)/settings/settings-actions.ts#setSafetyBufferAction": { storeId: String(storeId), sku: "SWEEP-1", units: "3" },
    "app/(portal)/settings/settings-actions.ts#updateShopSettingsAction": {
      poll_interval_seconds: "10",
      default_lead_time_days: "21",
      safety_stock_days: "5",
      edit_policy: "lightspeed_wins",
    },
    "app/(portal)/settings/settings-actions.ts#updateStoreAction": { storeId: String(storeId), lightspeedShopId: String(shop.shopId), defaultSafetyBuffer: "2" },
    "app/(portal)/settings/staff/staff-actions.ts#createStaffAction": { name: "Intruder", email: "intruder@sweep.test", role: "owner", password: "a-long-enough-password" },
    "app/(portal)/settings/staff/staff-actions.ts#resetStaffPasswordAction": { userId: String(shop.ownerId), password: "a-long-enough-password" },
    "app/(portal)/settings/staff/staff-actions.ts#setStaffActiveAction": { userId: String(shop.ownerId), active: "false" },
    "app/sign-in/sign-in-action.ts#signInAction": { email: "owner@sweep.test", password: "not-the-password" },
    "components/shell/sign-out-action.ts#signOutAction": {},
  };
  const form = forms[key];
  if (!form) throw new Error(`no form for ${key}: add one to entry-point-policy.ts`);
  return form;
}
