import { createInngestClient, type InngestClientConfig } from "./create-inngest-client";
import { readOrCreateSigningKey } from "./local/read-or-create-signing-key";

export { createInngestClient, inngestAppId, inngestClientConfigSchema } from "./create-inngest-client";
export type { InngestClient, InngestClientConfig } from "./create-inngest-client";

/**
 * Until lib/env.ts provides the INNGEST_* settings: local mode, with the engine's API on 127.0.0.1:8288 and a
 * per-install signing key kept in `.data/inngest-signing-key` (the local engine must be started with the same).
 */
export const defaultInngestClientConfig: InngestClientConfig = {
  signingKey: readOrCreateSigningKey(".data/inngest-signing-key"),
  eventKey: "tillbridge-local",
  baseUrl: "http://127.0.0.1:8288",
};

/** The app's Inngest client: send events only through the typed definitions in ./events. */
export const inngest = createInngestClient(defaultInngestClientConfig);
