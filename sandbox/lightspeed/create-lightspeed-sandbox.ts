import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { handleApiRequest } from "./api-pipeline";
import { handleControlRequest } from "./control-api";
import { lightspeedErrorBody, sendJson } from "./http-io";
import { resolveSandboxConfig, type LightspeedSandboxOptions } from "./sandbox-options";
import { createSandboxRuntime, type SandboxRuntime } from "./sandbox-runtime";
import type { SandboxState } from "./sandbox-state";

export type LightspeedSandbox = {
  /** `http://127.0.0.1:<port>`; the control API is under `/_control/`. */
  url: string;
  /** What a client puts in its config: the V3 root and the token endpoint. */
  apiBaseUrl: string;
  tokenUrl: string;
  accountId: string;
  clientId: string;
  clientSecret: string;
  initialRefreshToken: string;
  /** The live in-memory account, for tests that want to look without going through HTTP. */
  state: SandboxState;
  runtime: SandboxRuntime;
  close(): Promise<void>;
};

/**
 * Starts a simulated Lightspeed R-Series account on loopback: the `/API/V3/Account/{id}/…` endpoints the portal
 * uses, the OAuth token endpoint, the rate limiter, the JSON quirks, and faults on demand.
 */
export async function createLightspeedSandbox(options: LightspeedSandboxOptions = {}): Promise<LightspeedSandbox> {
  const config = resolveSandboxConfig(options);
  const runtime = createSandboxRuntime(config, {
    timeScale: options.timeScale ?? 1,
    seedDefaults: options.seedDefaults ?? true,
    seed: options.seed,
  });

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? "127.0.0.1"}`);
    const handler = url.pathname.startsWith("/_control/") ? handleControlRequest : handleApiRequest;
    handler(runtime, request, response, url).catch((error: unknown) => {
      if (response.headersSent || response.destroyed) return;
      const message = error instanceof Error ? error.message : String(error);
      sendJson(response, 500, lightspeedErrorBody(500, `Sandbox error: ${message}`));
    });
  });

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address: AddressInfo | string | null = server.address();
  if (address === null || typeof address === "string") {
    throw new Error("The Lightspeed sandbox is not listening on a TCP port");
  }
  const url = `http://${host}:${address.port}`;

  return {
    url,
    apiBaseUrl: `${url}/API/V3`,
    tokenUrl: `${url}/auth/oauth/token`,
    accountId: String(config.accountId),
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    initialRefreshToken: config.initialRefreshToken,
    state: runtime.state,
    runtime,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Hung requests (the timeout fault) and idle keep-alive sockets would hold close() open.
        server.closeAllConnections();
      }),
  };
}
