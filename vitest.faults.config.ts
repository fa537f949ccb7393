import path from "node:path";
import { defineConfig } from "vitest/config";

/** The fault sweep (tests/faults): chaos runs against the built portal, one at a time, minutes each. */
export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["tests/faults/**/*.test.ts"],
    environment: "node",
    testTimeout: 15 * 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    fileParallelism: false,
  },
});
