export type StoredResponse = { status: number; body: string; requestId: string };

export type IdempotencyRecord = {
  key: string;
  livemode: boolean;
  method: string;
  path: string;
  fingerprint: string;
  firstSeenAt: number;
  /** null while the first request is still running. */
  response: StoredResponse | null;
  replays: number;
  conflicts: number;
};

export type IdempotencyBegin =
  | { kind: "new" }
  | { kind: "replay"; response: StoredResponse }
  | { kind: "in_flight" }
  | { kind: "params_mismatch" }
  | { kind: "endpoint_mismatch"; firstPath: string };

/**
 * Stripe's idempotency layer (docs.stripe.com/idempotency): a key, per mode, binds to the first request's endpoint and
 * parameters; the first result (successes, 404s and 500s alike) is replayed to every retry; a reuse with other
 * parameters or another endpoint is an `idempotency_error`; a reuse while the first is running is a 409. Keys are
 * pruned after `ttlMs` (24 h in Stripe), after which the key is new again.
 */
export function createIdempotencyStore(options: { now: () => number; ttlMs?: number }) {
  const ttlMs = options.ttlMs ?? 24 * 3600 * 1000;
  const records = new Map<string, IdempotencyRecord>();
  const scoped = (livemode: boolean, key: string): string => `${livemode ? "live" : "test"}:${key}`;

  return {
    begin(input: { key: string; livemode: boolean; method: string; path: string; fingerprint: string }): IdempotencyBegin {
      const id = scoped(input.livemode, input.key);
      const existing = records.get(id);
      if (existing && options.now() - existing.firstSeenAt > ttlMs) records.delete(id);
      const record = records.get(id);
      if (!record) {
        records.set(id, {
          key: input.key,
          livemode: input.livemode,
          method: input.method,
          path: input.path,
          fingerprint: input.fingerprint,
          firstSeenAt: options.now(),
          response: null,
          replays: 0,
          conflicts: 0,
        });
        return { kind: "new" };
      }
      if (record.method !== input.method || record.path !== input.path) {
        record.conflicts += 1;
        return { kind: "endpoint_mismatch", firstPath: record.path };
      }
      if (record.fingerprint !== input.fingerprint) {
        record.conflicts += 1;
        return { kind: "params_mismatch" };
      }
      if (record.response === null) return { kind: "in_flight" };
      record.replays += 1;
      return { kind: "replay", response: record.response };
    },
    complete(livemode: boolean, key: string, response: StoredResponse): void {
      const record = records.get(scoped(livemode, key));
      if (record) record.response = response;
    },
    /** The request never started executing (validation failed): nothing is kept, the key is free again. */
    abandon(livemode: boolean, key: string): void {
      records.delete(scoped(livemode, key));
    },
    log(): IdempotencyRecord[] {
      return [...records.values()].map((record) => ({ ...record }));
    },
    reset(): void {
      records.clear();
    },
  };
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;
