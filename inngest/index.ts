import { answerEnginePing } from "./functions/answer-engine-ping";

/** Every function the app serves from /api/inngest. */
export const functions = [answerEnginePing];
