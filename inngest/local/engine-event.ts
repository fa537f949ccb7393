import { z } from "zod";
import { ulid } from "./ulid";

/** An event as clients send it (SDK spec §1.3.4); extra fields the SDK adds (e.g. `meta`) are kept. */
export const incomingEventSchema = z.looseObject({
  name: z.string().trim().min(1).max(256),
  data: z.record(z.string(), z.unknown()).nullish(),
  id: z.string().trim().min(1).max(256).optional(),
  ts: z.number().int().nonnegative().optional(),
  user: z.record(z.string(), z.unknown()).nullish(),
  v: z.string().optional(),
});

export type IncomingEvent = z.infer<typeof incomingEventSchema>;

/** An event as the engine stores it and hands it to functions: always with an id, a timestamp and data. */
export type EngineEvent = Record<string, unknown> & { id: string; name: string; data: Record<string, unknown>; ts: number };

export const engineEventSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  data: z.record(z.string(), z.unknown()),
  ts: z.number(),
});

export function normalizeEvent(event: IncomingEvent, fallbackId: string | undefined, now: Date): EngineEvent {
  const { user, ...rest } = event;
  return {
    ...rest,
    ...(user ? { user } : {}),
    id: event.id ?? fallbackId ?? ulid(now),
    name: event.name,
    data: event.data ?? {},
    ts: event.ts ?? now.getTime(),
  };
}

/** The events the engine emits itself. */
export const internalEventNames = {
  scheduledTimer: "inngest/scheduled.timer",
  functionInvoked: "inngest/function.invoked",
  functionFailed: "inngest/function.failed",
} as const;
