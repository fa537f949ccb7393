import type { ResolvedLightspeedConfig } from "../lightspeed-config";
import { LightspeedError, LightspeedWriteOutcomeUnknown } from "../lightspeed-errors";
import type { LightspeedSale, SaleWriteResult, WriteOutcome } from "../lightspeed-adapter";

/** What a write that lands at most once returns: the record, how it was reached, and the POSTs it took. */
export type WrittenOnce<Written> = { record: Written; outcome: WriteOutcome; posts: number };

/** A sale or refund written at most once, as the adapter reports it. */
export function asSaleWriteResult({ record, outcome, posts }: WrittenOnce<LightspeedSale>): SaleWriteResult {
  return { sale: record, outcome, posts };
}

/**
 * Posts a write that R-Series cannot de-duplicate (no idempotency key) so that it lands at most once, found again
 * by what identifies it (a sale's reference number, a count's name):
 *
 * 1. optionally look the reference up first (a job step retried after a crash finds its own earlier sale);
 * 2. POST once; the transport never repeats a POST;
 * 3. on a failure that leaves the outcome open (time-out, dropped connection, 5xx) or a 429, wait for a write
 *    still in flight to land, then look the reference up: found means done; not found means post again;
 * 4. a definite refusal (4xx) is thrown at once; after `maxWriteAttempts` posts the outcome is reported as
 *    unknown (LightspeedWriteOutcomeUnknown), and calling again later is safe because step 1 looks first.
 */
export async function writeAtMostOnce<Written>(
  config: ResolvedLightspeedConfig,
  write: {
    reference: string;
    checkExistingFirst: boolean;
    lookup: () => Promise<Written | null>;
    post: () => Promise<Written>;
    signal?: AbortSignal;
  },
): Promise<WrittenOnce<Written>> {
  if (write.checkExistingFirst) {
    const existing = await write.lookup();
    if (existing) return { record: existing, outcome: "existing", posts: 0 };
  }
  let lastFailure: LightspeedError | undefined;
  for (let posts = 0; posts < config.maxWriteAttempts; ) {
    if (lastFailure) {
      const found = await settleAndLookUp(config, write, lastFailure);
      if (found) return { record: found, outcome: "recovered", posts };
    }
    posts += 1;
    try {
      return { record: await write.post(), outcome: "created", posts };
    } catch (error) {
      if (!(error instanceof LightspeedError) || !error.retryable) throw error;
      lastFailure = error;
    }
  }
  if (lastFailure) {
    const found = await settleAndLookUp(config, write, lastFailure);
    if (found) return { record: found, outcome: "recovered", posts: config.maxWriteAttempts };
  }
  throw new LightspeedWriteOutcomeUnknown(write.reference, lastFailure);
}

async function settleAndLookUp<Written>(
  config: ResolvedLightspeedConfig,
  write: { lookup: () => Promise<Written | null>; signal?: AbortSignal },
  failure: LightspeedError,
): Promise<Written | null> {
  // A refused request (429) was never processed: nothing can be in flight, so no need to wait.
  if (failure.ambiguous) await config.sleep(config.writeSettleMs, write.signal);
  return write.lookup();
}
