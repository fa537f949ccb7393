import { Inngest, type Logger } from "inngest";
import { z } from "zod";
import { signingKeyPattern } from "./local/request-signature";

/**
 * How the app reaches its Inngest server. The same shape serves the local engine and Inngest Cloud (or a
 * self-hosted Inngest server): only the values differ.
 *
 * - local engine: `baseUrl` = the engine's API (`http://127.0.0.1:<port>`), `signingKey` = the local key the engine
 *   signs with, `eventKey` = any non-empty string the engine is told to expect.
 * - Inngest Cloud: no `baseUrl`, the environment's signing key and event key.
 * - self-hosted Inngest: `baseUrl` = its URL, with the keys it was started with.
 *
 * Signature checks are never off: the client always runs in cloud mode (`isDev: false`), so `/api/inngest` refuses
 * any call not signed with `signingKey` (or `signingKeyFallback` while rotating keys).
 */
export const inngestClientConfigSchema = z.object({
  signingKey: z.string().regex(signingKeyPattern, "must look like signkey-<env>-<hex digits>"),
  signingKeyFallback: z.string().regex(signingKeyPattern).optional(),
  eventKey: z.string().min(1),
  baseUrl: z.url().optional(),
  /** Inngest Cloud branch environment, if any. */
  env: z.string().min(1).optional(),
});

export type InngestClientConfig = z.infer<typeof inngestClientConfigSchema>;

export const inngestAppId = "tillbridge";

/** `logger` receives the SDK's own messages and is `ctx.logger` in functions; the SDK logs to the console without one. */
export function createInngestClient(config: InngestClientConfig, options: { logger?: Logger } = {}) {
  const parsed = inngestClientConfigSchema.parse(config);
  return new Inngest({
    id: inngestAppId,
    ...(options.logger ? { logger: options.logger } : {}),
    isDev: false,
    signingKey: parsed.signingKey,
    ...(parsed.signingKeyFallback ? { signingKeyFallback: parsed.signingKeyFallback } : {}),
    eventKey: parsed.eventKey,
    ...(parsed.baseUrl ? { baseUrl: parsed.baseUrl } : {}),
    ...(parsed.env ? { env: parsed.env } : {}),
  });
}

export type InngestClient = ReturnType<typeof createInngestClient>;
