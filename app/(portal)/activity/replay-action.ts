"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/auth/define-action";
import { getDb } from "@/lib/db";
import { replayRequestSchema, requestReplay } from "@/lib/operations/request-replay";

/**
 * Replays a failed or ignored inbox event (owner only, audited). The entry is reset to `received` and the inbox
 * sweep re-sends every `received` entry to the engine. When the sync engine's `sendInboxEntryToEngine` exists, call
 * it here with `result.send` (it carries the replay's own engine event id) to send at once rather than at the sweep.
 */
export const replayInboxEntryAction = defineAction("events:replay", replayRequestSchema, async (input, user) => {
  const result = await requestReplay(getDb(), input, user.id);
  if (!result.queued) {
    return {
      ok: false,
      error:
        result.reason === "not-found"
          ? "That inbox entry no longer exists."
          : `Only a failed or ignored event can be replayed; this one is ${result.status}.`,
    };
  }
  revalidatePath("/activity");
  return {
    ok: true,
    message: "Queued for replay. The inbox sweep sends it to the engine again; its status here changes once the engine has run it.",
  };
});
