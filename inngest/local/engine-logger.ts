/** Where the engine reports what it does; `console` by default. */
export type EngineLogger = {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string, error?: unknown) => void;
};

export const consoleEngineLogger: EngineLogger = {
  info: (message) => console.info(`[local-engine] ${message}`),
  warn: (message) => console.warn(`[local-engine] ${message}`),
  error: (message, error) => console.error(`[local-engine] ${message}`, ...(error === undefined ? [] : [error])),
};

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
