import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

const sourceRoots = ["app", "components", "lib", "inngest", "next.config.ts", "instrumentation.ts", "package.json", "postcss.config.mjs"];

function newestModification(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(entry).reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), stats.mtimeMs);
}

/** True when there is no production build, or a source file changed after it was made. */
export function needsBuild(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return sourceRoots.some((entry) => newestModification(path.join(root, entry)) > builtAt);
}
