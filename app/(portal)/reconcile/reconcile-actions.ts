"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { overrideRecorded, reconcileRequested } from "@/inngest/events";
import { inngest } from "@/inngest/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { defineAction } from "@/lib/auth/define-action";
import { getConnectors } from "@/lib/connections/process-connectors";
import { getDb } from "@/lib/db";
import { recordIdSchema } from "@/lib/db/record-id";
import { overrideOnHand } from "@/lib/reconcile/override-on-hand";
import { repairDrift, type RepairDriftResult } from "@/lib/reconcile/repair-drift";
import { resolveAttentionItem } from "@/lib/reconcile/resolve-attention-item";
import { createReconciliationRun, failUnfinishedRun } from "@/lib/reconcile/reconciliation-run";

const reconcilePath = "/reconcile";

export const startReconciliationAction = defineAction("reconcile:run", z.object({}), async (_input, user) => {
  const db = getDb();
  const runId = await db.transaction(async (tx) => {
    const id = await createReconciliationRun(tx, { triggeredBy: user.id, now: new Date() });
    await recordAudit(tx, { actorUserId: user.id, action: "reconcile.start", subjectType: "reconciliation_run", subjectId: String(id) });
    return id;
  });
  try {
    await inngest.send(reconcileRequested.create({ runId, requestedBy: user.id }, { id: `reconcile:${runId}` }));
  } catch {
    await failUnfinishedRun(db, runId, new Date());
    revalidatePath(reconcilePath);
    return { ok: false, error: "The background engine did not take the run. Try again in a moment." };
  }
  revalidatePath(reconcilePath);
  return { ok: true, message: `Reconciliation #${runId} started.` };
});

const itemIdsSchema = z
  .string()
  .transform((value) => value.split(",").map((part) => part.trim()).filter((part) => part !== ""))
  .pipe(z.array(recordIdSchema).min(1, "Select at least one SKU").max(1_000));

const repairMessage = (result: RepairDriftResult) =>
  result.items === 0
    ? "Nothing open to repair."
    : `Repaired ${result.repaired} report${result.repaired === 1 ? "" : "s"} on ${result.items} SKU${result.items === 1 ? "" : "s"}` +
      (result.stillOpen > 0 ? `; ${result.stillOpen} still open (the store refused or is not connected).` : ".");

export const repairDriftAction = defineAction("reconcile:run", z.object({ itemIds: itemIdsSchema }), async (input, user) => {
  try {
    const result = await repairDrift(getDb(), getConnectors().shopify, { itemIds: input.itemIds }, { userId: user.id });
    revalidatePath(reconcilePath);
    return { ok: true, message: repairMessage(result) };
  } catch (error) {
    return { ok: false, error: `The repair did not finish: ${error instanceof Error ? error.message : "a store did not answer"}. Try again.` };
  }
});

export const repairAllDriftAction = defineAction("reconcile:run", z.object({}), async (_input, user) => {
  try {
    const result = await repairDrift(getDb(), getConnectors().shopify, { all: true }, { userId: user.id });
    revalidatePath(reconcilePath);
    return { ok: true, message: repairMessage(result) };
  } catch (error) {
    return { ok: false, error: `The repair did not finish: ${error instanceof Error ? error.message : "a store did not answer"}. Try again.` };
  }
});

const overrideSchema = z.object({
  sku: z.string().trim().min(1, "Enter a SKU").max(100),
  lightspeedShopId: recordIdSchema,
  onHand: z.coerce.number().int("Whole units only").min(0, "Cannot be negative").max(1_000_000),
  reason: z.string().trim().min(3, "Say why (at least 3 characters)").max(500),
});

export const overrideOnHandAction = defineAction("stock:override", overrideSchema, async (input, user) => {
  const result = await overrideOnHand(getDb(), input, { userId: user.id });
  if (!result.changed) {
    if (result.reason === "unknown-sku") return { ok: false, error: "No item has that SKU.", fieldErrors: { sku: ["Unknown SKU"] } };
    if (result.reason === "unknown-shop") return { ok: false, error: "That Lightspeed shop is not connected." };
    return { ok: true, message: `${input.sku} is already at ${input.onHand}; nothing changed.` };
  }
  try {
    await inngest.send(overrideRecorded.create({ movementId: result.movementId, itemId: result.itemId }, { id: `override:${result.movementId}` }));
  } catch {
    revalidatePath(reconcilePath);
    return { ok: false, error: `Recorded ${input.sku} at ${result.counted}, but the engine did not take it yet; it stays pending and is handed on again within a few minutes.` };
  }
  revalidatePath(reconcilePath);
  return {
    ok: true,
    message: `${input.sku}: counted ${result.counted} (was ${result.before}, ${result.delta > 0 ? "+" : ""}${result.delta}). Posting to Lightspeed as an inventory count; every store follows once Lightspeed has it.`,
  };
});

export const resolveAttentionAction = defineAction(
  "reconcile:run",
  z.object({ attentionItemId: recordIdSchema, resolution: z.string().trim().min(3, "Say what was done").max(500) }),
  async (input, user) => {
    const resolved = await resolveAttentionItem(getDb(), input, { userId: user.id });
    revalidatePath(reconcilePath);
    return resolved ? { ok: true, message: "Resolved." } : { ok: false, error: "That item was already resolved." };
  },
);
