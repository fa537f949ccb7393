/**
 * Runs once when the server starts. `NEXT_RUNTIME` is a build-time constant that Next.js inlines, so the
 * Node-only start-up below is left out of the edge bundle.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startNodeServer } = await import("./instrumentation-node");
    await startNodeServer();
  }
}
