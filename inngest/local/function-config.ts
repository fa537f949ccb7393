import { z } from "zod";
import { compileExpression, type Expression } from "./expression";
import { parseCron, type CronSchedule } from "./cron-schedule";

/** One function as the SDK reports it when syncing (SDK spec §4.3.2); unknown fields are kept but ignored. */
const concurrencyOptionSchema = z.object({
  limit: z.number().int(),
  key: z.string().optional(),
  scope: z.enum(["fn", "env", "account"]).optional(),
});

export const functionConfigSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string().optional(),
  triggers: z
    .array(
      z.union([
        z.looseObject({ event: z.string().min(1), expression: z.string().optional() }),
        z.looseObject({ cron: z.string().min(1), jitter: z.string().optional() }),
      ]),
    )
    .default([]),
  steps: z.record(
    z.string(),
    z.looseObject({
      id: z.string(),
      runtime: z.looseObject({ type: z.string(), url: z.string() }),
      retries: z.looseObject({ attempts: z.number().int().min(0).optional() }).optional(),
    }),
  ),
  idempotency: z.string().optional(),
  concurrency: z.union([z.number().int(), concurrencyOptionSchema, z.array(concurrencyOptionSchema)]).optional(),
  priority: z.looseObject({ run: z.string().optional() }).optional(),
});

export type FunctionConfig = z.infer<typeof functionConfigSchema>;

/** Inngest retries a function or a step 4 times after the first attempt unless the function says otherwise. */
export const defaultRetries = 4;

/** Settings the SDK can declare that this engine does not enforce; they are reported when syncing. */
const unsupportedSettings = ["batchEvents", "rateLimit", "throttle", "debounce", "cancel", "timeouts", "singleton"];

export type EventTrigger = { kind: "event"; event: string; expression: Expression | null };
export type CronTrigger = { kind: "cron"; cron: string; schedule: CronSchedule };

export type ConcurrencyRule = { limit: number; key: Expression | null; scope: "fn" | "env" | "account" };

/** A synced function, ready for the engine: expressions compiled, crons parsed, retries resolved. */
export type EngineFunction = {
  id: string;
  name: string | null;
  url: string;
  triggers: (EventTrigger | CronTrigger)[];
  maxAttempts: number;
  concurrency: ConcurrencyRule[];
  idempotency: Expression | null;
  /** `priority.run`: seconds (−600…600) a run is moved ahead of other due runs, from its event. */
  priority: Expression | null;
  /** What the engine could not honour (unsupported settings, expressions or crons it could not read). */
  problems: string[];
};

export function toEngineFunction(config: FunctionConfig, fallbackUrl: string): EngineFunction {
  const problems: string[] = [];
  const attempt = <T>(what: string, build: () => T): T | null => {
    try {
      return build();
    } catch (error) {
      problems.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  };
  const triggers: (EventTrigger | CronTrigger)[] = [];
  for (const trigger of config.triggers) {
    if ("cron" in trigger && typeof trigger.cron === "string") {
      const cron = trigger.cron;
      const schedule = attempt(`cron "${cron}"`, () => parseCron(cron));
      if (schedule) triggers.push({ kind: "cron", cron, schedule });
      if (trigger.jitter) problems.push(`cron jitter "${String(trigger.jitter)}" is ignored`);
    } else if ("event" in trigger && typeof trigger.event === "string") {
      const source = typeof trigger.expression === "string" && trigger.expression.trim() !== "" ? trigger.expression : null;
      const expression = source === null ? null : attempt(`trigger expression "${source}"`, () => compileExpression(source));
      if (source === null || expression) triggers.push({ kind: "event", event: trigger.event, expression });
    }
  }
  const step = config.steps.step ?? Object.values(config.steps)[0];
  const retries = step?.retries?.attempts ?? defaultRetries;
  const rawConcurrency = config.concurrency;
  const options =
    rawConcurrency === undefined ? [] : typeof rawConcurrency === "number" ? [{ limit: rawConcurrency }] : Array.isArray(rawConcurrency) ? rawConcurrency : [rawConcurrency];
  const concurrency: ConcurrencyRule[] = [];
  for (const option of options) {
    if (option.limit <= 0) continue;
    const source = option.key;
    const key = source === undefined ? null : attempt(`concurrency key "${source}"`, () => compileExpression(source));
    if (source !== undefined && key === null) continue;
    concurrency.push({ limit: option.limit, key, scope: option.scope ?? "fn" });
  }
  const idempotencySource = config.idempotency;
  const idempotency =
    idempotencySource === undefined ? null : attempt(`idempotency "${idempotencySource}"`, () => compileExpression(idempotencySource));
  const prioritySource = config.priority?.run;
  const priority = prioritySource === undefined ? null : attempt(`priority "${prioritySource}"`, () => compileExpression(prioritySource));
  for (const setting of unsupportedSettings) {
    if (config[setting] !== undefined && config[setting] !== null) problems.push(`"${setting}" is not enforced by the local engine`);
  }
  return {
    id: config.id,
    name: config.name ?? null,
    url: step?.runtime.url ?? fallbackUrl,
    triggers,
    maxAttempts: retries + 1,
    concurrency,
    idempotency,
    priority,
    problems,
  };
}

/** Whether an event name matches a trigger: exact, or a `prefix/*` wildcard. */
export function eventNameMatches(pattern: string, name: string): boolean {
  if (pattern === name) return true;
  return pattern.endsWith("*") && name.startsWith(pattern.slice(0, -1));
}
