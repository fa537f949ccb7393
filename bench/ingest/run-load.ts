import { firstLineOf, startTsxChild } from "./child-process";
import { loadReportSchema, type LoadPlan, type LoadReport } from "./load-plan";

/** Runs one load plan in its own process (load-generator.ts) and answers its report. */
export async function runLoad(plan: LoadPlan): Promise<LoadReport> {
  const child = startTsxChild("bench/ingest/load-generator.ts", ["--plan", JSON.stringify(plan)]);
  return loadReportSchema.parse(JSON.parse(await firstLineOf(child)));
}
