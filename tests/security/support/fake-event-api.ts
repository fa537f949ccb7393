import { createServer } from "node:http";
import { z } from "zod";

const sentEventsSchema = z.array(z.object({ id: z.string().optional(), name: z.string() }).loose());

export type SentEvent = z.infer<typeof sentEventsSchema>[number];

export type FakeEventApi = { port: number; events: SentEvent[]; close: () => Promise<void> };

/** A stand-in for the engine's event API (`POST /e/{eventKey}`): keeps every event the portal sends. */
export async function startFakeEventApi(): Promise<FakeEventApi> {
  const events: SentEvent[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const parsed = z
        .string()
        .transform((text, context) => {
          try {
            return JSON.parse(text) as unknown;
          } catch {
            context.addIssue({ code: "custom", message: "not JSON" });
            return z.NEVER;
          }
        })
        .pipe(sentEventsSchema)
        .safeParse(Buffer.concat(chunks).toString("utf8"));
      const sent = parsed.success ? parsed.data : [];
      events.push(...sent);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ ids: sent.map((event) => event.id ?? event.name), status: 200 }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the fake event API has no port");
  return { port: address.port, events, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
