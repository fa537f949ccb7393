const startedAt = Date.now();

/** Progress on stderr (stdout is kept for the one JSON result line). */
export function chaosLog(message: string): void {
  process.stderr.write(`[chaos ${((Date.now() - startedAt) / 1000).toFixed(1).padStart(6)}s] ${message}\n`);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
