import { createServer } from "node:http";

export type ReceivedWebhook = { body: string; signature: string | undefined; headers: Record<string, string>; at: number };

/**
 * A stand-in for the portal's webhook route: records every POST with its raw body. `answer` decides the status
 * (default 200), so a test can make the first attempts fail.
 */
export async function startWebhookReceiver(answer: (webhook: ReceivedWebhook, index: number) => number = () => 200) {
  const received: ReceivedWebhook[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) if (typeof value === "string") headers[name] = value;
      const webhook = { body: Buffer.concat(chunks).toString("utf8"), signature: headers["stripe-signature"], headers, at: Date.now() };
      const status = answer(webhook, received.length);
      received.push(webhook);
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify({ received: status < 300 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("server is not listening on a TCP port");
  const { port } = address;
  return {
    url: `http://127.0.0.1:${port}/api/webhooks/stripe`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
