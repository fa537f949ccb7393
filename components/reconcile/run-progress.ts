import { z } from "zod";

/** What the progress route answers (and what the page hands the progress bar first). */
export const runProgressSchema = z.object({
  id: z.number(),
  status: z.enum(["queued", "running", "completed", "failed", "cancelled"]),
  totalSkus: z.number(),
  checkedSkus: z.number(),
  driftingSkus: z.number(),
  percent: z.number(),
});

export type RunProgressView = z.infer<typeof runProgressSchema>;

export const isFinished = (status: RunProgressView["status"]): boolean => status === "completed" || status === "failed" || status === "cancelled";
