import { spawn } from "node:child_process";
import { childProcessEnvironment } from "@/lib/env";
import { needsBuild } from "@/scripts/needs-build";
import { progress } from "../support/progress";

/** `next build` when there is no build or the sources are newer (scripts/needs-build.ts); its output on stderr. */
export async function buildPortalIfNeeded(benchmark: string): Promise<void> {
  if (!needsBuild(process.cwd())) return;
  progress(benchmark, "building the portal (next build)…");
  await new Promise<void>((resolve, reject) => {
    spawn("node_modules/.bin/next", ["build"], { stdio: ["ignore", process.stderr, process.stderr], env: childProcessEnvironment({}) }).on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (exit ${code ?? "?"})`)),
    );
  });
}
