import type { SeededRandom } from "./seeded-random";

/**
 * At-least-once webhook delivery with fault knobs, shared by every simulated service.
 *
 *   const queue = createWebhookDelivery({ random: createSeededRandom(7), send: postWebhook });
 *   queue.enqueue({ id, url, body, headers });   // already signed by the service
 *   await queue.settle();                         // every copy delivered, dropped or out of retries
 *
 * A copy answered with a non-2xx status (or not answered) is retried with exponential backoff until
 * `retry.maxAttempts`. Faults act on whole deliveries: a dropped one is never sent, a duplicated one is sent
 * twice (same id and headers, as a real redelivery), a delay holds a copy back, a shuffle window releases
 * the copies it collected in a random order. Every decision is drawn from `random`, so a seed replays a run.
 * The service signs: a `send` that re-signs per attempt (Stripe's timestamped scheme) is passed in by it.
 */
export type WebhookDelivery = {
  /** Unique per delivery; an injected duplicate keeps it. */
  id: string;
  url: string;
  body: string;
  headers: Readonly<Record<string, string>>;
  /** What it carries (a topic or event type), for the log. */
  label?: string;
};

/** One HTTP attempt; resolves with the receiver's status, rejects when nothing usable came back. */
export type SendWebhook = (delivery: WebhookDelivery, attempt: number) => Promise<{ status: number }>;

export type DeliveryFaults = {
  duplicateProbability?: number;
  dropProbability?: number;
  /** Each copy waits a uniform draw from [min, max] ms before its first attempt. */
  delayMs?: readonly [number, number];
  /** Collect deliveries for this many ms, then release them shuffled (0 or absent: in order). */
  shuffleWindowMs?: number;
};

export type DeliveryRetryPolicy = { maxAttempts: number; initialDelayMs: number; maxDelayMs: number };

export type DeliveryAttempt = { copy: number; attempt: number; status: number | null; at: number };

export type DeliveryRecord = {
  id: string;
  url: string;
  label: string | undefined;
  outcome: "pending" | "delivered" | "dropped" | "failed";
  /** 2 when the duplicate knob fired. */
  copies: number;
  attempts: DeliveryAttempt[];
};

export type WebhookDeliveryQueue = {
  enqueue: (delivery: WebhookDelivery) => void;
  setFaults: (faults: DeliveryFaults) => void;
  /** Resolves once no copy is waiting, in flight or due for a retry. */
  settle: () => Promise<void>;
  records: () => readonly DeliveryRecord[];
  /** Delivery ids in the order their copies were released for sending (duplicates appear twice). */
  releaseOrder: () => readonly string[];
  /** Cancels every timer; pending copies are abandoned. */
  close: () => void;
};

export type WebhookDeliveryOptions = {
  send: SendWebhook;
  random: SeededRandom;
  faults?: DeliveryFaults;
  retry?: Partial<DeliveryRetryPolicy>;
  /** Divides every retry wait (not the fault delays): 60 turns Shopify's hours into minutes. Read at each wait. */
  timeScale?: number | (() => number);
};

/** Shopify's schedule since 2024-09: 8 retries over about 4 hours. */
export const defaultDeliveryRetry: DeliveryRetryPolicy = { maxAttempts: 9, initialDelayMs: 60_000, maxDelayMs: 3_600_000 };

export function createWebhookDelivery(options: WebhookDeliveryOptions): WebhookDeliveryQueue {
  const { send, random } = options;
  const retry: DeliveryRetryPolicy = { ...defaultDeliveryRetry, ...options.retry };
  const scale = options.timeScale ?? 1;
  const timeScale = (): number => (typeof scale === "function" ? scale() : scale);
  let faults: DeliveryFaults = { ...options.faults };
  const records: DeliveryRecord[] = [];
  const released: string[] = [];
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let shuffleBuffer: { delivery: WebhookDelivery; record: DeliveryRecord; copy: number }[] = [];
  let shuffleTimer: ReturnType<typeof setTimeout> | null = null;
  let pending = 0;
  let closed = false;
  let waiters: (() => void)[] = [];

  const later = (ms: number, run: () => void): ReturnType<typeof setTimeout> => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!closed) run();
    }, Math.max(0, ms));
    timers.add(timer);
    return timer;
  };

  const finishCopy = (): void => {
    pending -= 1;
    if (pending > 0) return;
    const done = waiters;
    waiters = [];
    for (const resolve of done) resolve();
  };

  const settleOutcome = (record: DeliveryRecord): void => {
    const copiesDone = new Set(
      record.attempts.filter((a) => a.status !== null && a.status >= 200 && a.status < 300).map((a) => a.copy),
    );
    if (copiesDone.size > 0) record.outcome = "delivered";
  };

  const attempt = (delivery: WebhookDelivery, record: DeliveryRecord, copy: number, number: number): void => {
    const recordAttempt = (status: number | null): void => {
      record.attempts.push({ copy, attempt: number, status, at: Date.now() });
      if (status !== null && status >= 200 && status < 300) {
        settleOutcome(record);
        finishCopy();
        return;
      }
      if (number >= retry.maxAttempts) {
        if (record.outcome === "pending") record.outcome = "failed";
        finishCopy();
        return;
      }
      const wait = Math.min(retry.maxDelayMs, retry.initialDelayMs * 2 ** (number - 1)) / timeScale();
      later(wait, () => attempt(delivery, record, copy, number + 1));
    };
    let sent: Promise<{ status: number }>;
    try {
      sent = send(delivery, number);
    } catch {
      recordAttempt(null);
      return;
    }
    sent.then(
      (response) => recordAttempt(response.status),
      () => recordAttempt(null),
    );
  };

  const release = (delivery: WebhookDelivery, record: DeliveryRecord, copy: number): void => {
    released.push(delivery.id);
    const [min, max] = faults.delayMs ?? [0, 0];
    const delay = max > 0 ? min + random.next() * (max - min) : 0;
    if (delay > 0) later(delay, () => attempt(delivery, record, copy, 1));
    else attempt(delivery, record, copy, 1);
  };

  const flushShuffle = (): void => {
    shuffleTimer = null;
    const batch = random.shuffle(shuffleBuffer);
    shuffleBuffer = [];
    for (const entry of batch) release(entry.delivery, entry.record, entry.copy);
  };

  return {
    enqueue: (delivery) => {
      if (closed) return;
      const record: DeliveryRecord = {
        id: delivery.id,
        url: delivery.url,
        label: delivery.label,
        outcome: "pending",
        copies: 1,
        attempts: [],
      };
      records.push(record);
      if (random.chance(faults.dropProbability ?? 0)) {
        record.outcome = "dropped";
        record.copies = 0;
        return;
      }
      if (random.chance(faults.duplicateProbability ?? 0)) record.copies = 2;
      for (let copy = 1; copy <= record.copies; copy += 1) {
        pending += 1;
        const window = faults.shuffleWindowMs ?? 0;
        if (window > 0) {
          shuffleBuffer.push({ delivery, record, copy });
          shuffleTimer ??= later(window, flushShuffle);
        } else {
          release(delivery, record, copy);
        }
      }
    },
    setFaults: (next) => {
      faults = { ...next };
      if ((faults.shuffleWindowMs ?? 0) <= 0 && shuffleTimer !== null) {
        clearTimeout(shuffleTimer);
        timers.delete(shuffleTimer);
        flushShuffle();
      }
    },
    settle: () => (pending === 0 ? Promise.resolve() : new Promise<void>((resolve) => waiters.push(resolve))),
    records: () => records,
    releaseOrder: () => released,
    close: () => {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      pending = 0;
      const done = waiters;
      waiters = [];
      for (const resolve of done) resolve();
    },
  };
}
