import { createHash } from "node:crypto";
import { z } from "zod";

/** A step operation the SDK reports in a 206 answer (SDK spec §5.1.1). */
export const stepOpSchema = z.looseObject({
  id: z.string().min(1),
  op: z.string().min(1),
  displayName: z.string().nullish(),
  name: z.string().nullish(),
  opts: z.record(z.string(), z.unknown()).nullish(),
  data: z.unknown().optional(),
  error: z.unknown().optional(),
});

export type StepOp = z.infer<typeof stepOpSchema>;

/** A serialised error as the SDK sends and expects it back: `{ name, message, stack? }`. */
export const serializedErrorSchema = z.looseObject({
  name: z.string().catch("Error"),
  message: z.string().catch("Unknown error"),
  stack: z.string().optional().catch(undefined),
});

export type SerializedError = z.infer<typeof serializedErrorSchema>;

const errorLikeSchema = z.looseObject({
  name: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
  error: z.string().optional().catch(undefined),
  stack: z.string().optional().catch(undefined),
});

/** Reads whatever an app or SDK sent as an error into `{ name, message, stack? }`, keeping any extra fields. */
export function toSerializedError(value: unknown, fallbackMessage: string): SerializedError {
  const parsed = errorLikeSchema.safeParse(value);
  if (parsed.success) {
    const { name, message, error, stack, ...rest } = parsed.data;
    return { ...rest, name: name ?? "Error", message: message ?? error ?? fallbackMessage, ...(stack === undefined ? {} : { stack }) };
  }
  return { name: "Error", message: typeof value === "string" && value !== "" ? value : fallbackMessage };
}

/** The step a run is waiting on, kept on the run until it has a memoised result. */
export const pendingOpSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("StepPlanned"), id: z.string(), displayName: z.string().nullish() }),
  z.object({ op: z.literal("Sleep"), id: z.string(), displayName: z.string().nullish(), wakeAt: z.iso.datetime({ offset: true }) }),
  z.object({ op: z.literal("WaitForEvent"), id: z.string(), displayName: z.string().nullish(), wakeAt: z.iso.datetime({ offset: true }) }),
  z.object({
    op: z.literal("InvokeFunction"),
    id: z.string(),
    displayName: z.string().nullish(),
    wakeAt: z.iso.datetime({ offset: true }),
    childRunId: z.string().nullable(),
  }),
]);

export type PendingOp = z.infer<typeof pendingOpSchema>;

export function parsePending(value: unknown): PendingOp[] {
  return z.array(pendingOpSchema).parse(value);
}

/** The SDK's step id for the run's own outcome (`hashId("complete")`), used when it reports a function error as an op. */
export const runCompleteStepId = createHash("sha1").update("complete").digest("hex");
