import { env } from "@/lib/env";
import { createInngestClient, type InngestClientConfig } from "./create-inngest-client";
import { localEventKey } from "./local/local-event-key";
import { readOrCreateSigningKey } from "./local/read-or-create-signing-key";

export { createInngestClient, inngestAppId, inngestClientConfigSchema } from "./create-inngest-client";
export type { InngestClient, InngestClientConfig } from "./create-inngest-client";

/**
 * How this installation reaches its Inngest server, from the environment. Local mode: the engine in this process
 * (`inngest/local`), on 127.0.0.1:INNGEST_LOCAL_PORT, signing with INNGEST_SIGNING_KEY or a per-install key kept
 * in `.data/inngest-signing-key`, and an event key derived from it unless INNGEST_EVENT_KEY is set. Cloud mode:
 * Inngest Cloud, or the self-hosted server at INNGEST_BASE_URL.
 */
export const inngestClientConfig: InngestClientConfig =
  env.INNGEST_MODE === "local"
    ? localClientConfig(env.INNGEST_SIGNING_KEY ?? readOrCreateSigningKey(".data/inngest-signing-key"))
    : {
        signingKey: env.INNGEST_SIGNING_KEY ?? "",
        eventKey: env.INNGEST_EVENT_KEY ?? "",
        ...(env.INNGEST_SIGNING_KEY_FALLBACK ? { signingKeyFallback: env.INNGEST_SIGNING_KEY_FALLBACK } : {}),
        ...(env.INNGEST_BASE_URL ? { baseUrl: env.INNGEST_BASE_URL } : {}),
        ...(env.INNGEST_ENV ? { env: env.INNGEST_ENV } : {}),
      };

function localClientConfig(signingKey: string): InngestClientConfig {
  return { signingKey, eventKey: env.INNGEST_EVENT_KEY ?? localEventKey(signingKey), baseUrl: `http://127.0.0.1:${env.INNGEST_LOCAL_PORT}` };
}

/** The app's Inngest client: send events only through the typed definitions in ./events. */
export const inngest = createInngestClient(inngestClientConfig);
