import { z } from "zod";
import { recordIdSchema } from "@/lib/db/record-id";

/** Why the owner merges or un-merges: required, so the audit log can answer "why?" later. */
export const mergeReasonSchema = z
  .string()
  .trim()
  .min(3, "Say why, in a few words")
  .max(500, "Keep the reason under 500 characters");

/** The owner's merge form: `mergedId` is folded into `survivorId`. */
export const mergeCustomersInputSchema = z.object({
  survivorId: recordIdSchema,
  mergedId: recordIdSchema,
  reason: mergeReasonSchema,
});

/** The owner's undo form. */
export const undoMergeInputSchema = z.object({
  mergeId: recordIdSchema,
  reason: mergeReasonSchema,
});

export type MergeCustomersInput = z.infer<typeof mergeCustomersInputSchema>;
export type UndoMergeInput = z.infer<typeof undoMergeInputSchema>;
