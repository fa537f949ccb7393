import { createRSeriesAdapter, type LightspeedAdapter, type LightspeedConfig } from "@/lib/connectors/lightspeed";
import { createLightspeedSandbox, type LightspeedSandbox, type LightspeedSandboxOptions } from "@/sandbox/lightspeed";

/** A refresh-token store in memory that remembers every token it was given, in order. */
export function memoryTokenStore(initial: string) {
  const saved: string[] = [];
  let current = initial;
  return {
    saved,
    current: () => current,
    onSave: (_token: string) => {},
    async load() {
      return current;
    },
    async save(token: string) {
      current = token;
      saved.push(token);
      this.onSave(token);
    },
  };
}

export type Harness = {
  sandbox: LightspeedSandbox;
  adapter: LightspeedAdapter;
  tokens: ReturnType<typeof memoryTokenStore>;
  control: {
    get(path: string): Promise<unknown>;
    post(path: string, body?: unknown): Promise<unknown>;
  };
  /** Another adapter on the same account (a second process), with its own options. */
  newAdapter(overrides?: Partial<LightspeedConfig>): LightspeedAdapter;
  close(): Promise<void>;
};

/** A sandbox (drip 20× faster by default) and an R-Series adapter pointed at it with test-friendly timings. */
export async function startHarness(
  options: LightspeedSandboxOptions = {},
  overrides: Partial<LightspeedConfig> = {},
): Promise<Harness> {
  const sandbox = await createLightspeedSandbox({ timeScale: 20, ...options });
  const tokens = memoryTokenStore(sandbox.initialRefreshToken);
  const newAdapter = (more: Partial<LightspeedConfig> = {}) =>
    createRSeriesAdapter({
      accountId: sandbox.accountId,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      apiBaseUrl: sandbox.apiBaseUrl,
      tokenUrl: sandbox.tokenUrl,
      tokenStore: tokens,
      timeoutMs: 1_500,
      writeSettleMs: 50,
      retry: { maxAttempts: 4, baseDelayMs: 20, maxDelayMs: 200 },
      ...overrides,
      ...more,
    });
  const call = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const response = await fetch(`${sandbox.url}/_control/${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`control ${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  return {
    sandbox,
    adapter: newAdapter(),
    tokens,
    newAdapter,
    control: { get: (path) => call("GET", path), post: (path, body) => call("POST", path, body) },
    close: () => sandbox.close(),
  };
}

/** Drains an async iterable. */
export async function all<T>(records: AsyncIterable<T>): Promise<T[]> {
  const list: T[] = [];
  for await (const record of records) list.push(record);
  return list;
}

/** Items with stock in shop 1, e.g. `items(3, 10)` = three items with 10 on hand each, priced 10, 20, 30. */
export function items(count: number, qoh: number) {
  return Array.from({ length: count }, (_, index) => ({
    description: `Item ${index + 1}`,
    customSku: `SKU-${String(index + 1).padStart(4, "0")}`,
    price: 10 * (index + 1),
    stock: [{ shopID: 1, qoh }],
  }));
}
