import { inngest } from "../client";
import { enginePing } from "../events";

/** Answers `tillbridge/engine.ping` with its nonce: proves events reach functions and steps are memoised. */
export const answerEnginePing = inngest.createFunction(
  { id: "answer-engine-ping", retries: 0, triggers: [enginePing] },
  async ({ event, step }) => {
    const answeredAt = await step.run("answer", () => new Date().toISOString());
    return { nonce: event.data.nonce, answeredAt };
  },
);
