import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The whole environment, validated once. Nothing else in the code base reads `process.env`.
 * A bad environment stops start-up with one message naming every missing or invalid variable.
 */
const optionalUrl = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.string().url().optional())
  .optional();

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Postgres server to use. Unset: the embedded PGlite database under PGLITE_DIR. */
  DATABASE_URL: optionalUrl,
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  /** The portal's public address (https://…), where Shopify is told to deliver webhooks. */
  PUBLIC_URL: optionalUrl,
  /** Port `npm start` serves the portal on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Signs session cookies; at least 32 characters. Required with a real shop; the demo keeps one in .data/. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Lock-out after this many failed sign-ins for one account (or 4× for one address) within the window. */
  SIGN_IN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  /** The shop's locale, currency, time zone and country (default for phone numbers). */
  SHOP_NAME: z.string().min(1).default("Tillbridge Demo Shop"),
  SHOP_LOCALE: z.string().min(2).default("en-US"),
  SHOP_CURRENCY: z.string().length(3).default("USD"),
  SHOP_TIME_ZONE: z.string().min(1).default("America/New_York"),
  SHOP_COUNTRY: z.string().length(2).default("US"),
  /** Demo mode (`npm start` without real credentials): first of three loopback ports for the simulated Lightspeed,
   * Shopify and Stripe (0 = any free ports), and how many simulated shop events a minute to play (0 = none). */
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65533).default(0),
  DEMO_TRAFFIC_EVENTS_PER_MINUTE: z.coerce.number().min(0).max(600).default(4),
  /** Set by `npm start` when it runs the portal against the sandbox: the banner then says "demo data". */
  TILLBRIDGE_DEMO: z.enum(["true", "false"]).default("false").transform((value) => value === "true"),

  /** Lightspeed R-Series. Unset account: the portal runs on demo data. */
  LIGHTSPEED_ACCOUNT_ID: z.string().min(1).optional(),
  LIGHTSPEED_CLIENT_ID: z.string().min(1).optional(),
  LIGHTSPEED_CLIENT_SECRET: z.string().min(1).optional(),
  /** The first refresh token; rotated tokens are kept in the `connections` table from then on. */
  LIGHTSPEED_REFRESH_TOKEN: z.string().min(1).optional(),
  LIGHTSPEED_API_BASE_URL: z.url().default("https://api.lightspeedapp.com/API/V3"),
  LIGHTSPEED_TOKEN_URL: z.url().default("https://cloud.lightspeedapp.com/auth/oauth/token"),
  /** The register and employee online sales are rung up under in Lightspeed. */
  LIGHTSPEED_REGISTER_ID: z.string().regex(/^\d+$/).default("1"),
  LIGHTSPEED_EMPLOYEE_ID: z.string().regex(/^\d+$/).default("1"),

  /**
   * Shopify stores as JSON: `[{ "domain": "shop.myshopify.com", "accessToken": "shpat_…", "webhookSecret": "…",
   * "endpoint"?: "https://…" }]` (endpoint only to point a store at the sandbox).
   */
  SHOPIFY_STORES: z
    .string()
    .default("[]")
    .transform((value, context) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "must be a JSON array of stores" });
        return z.NEVER;
      }
    })
    .pipe(
      z.array(
        z.object({
          domain: z.string().regex(/^[a-z0-9][a-z0-9-]*\.myshopify\.com$/, "must be a *.myshopify.com domain"),
          accessToken: z.string().min(1),
          webhookSecret: z.string().min(1),
          endpoint: z.url().optional(),
        }),
      ),
    ),

  /** Stripe: secret key, webhook signing secrets (comma-separated during rotation), and an API host for the sandbox. */
  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_/, "must be a Stripe secret key").optional(),
  STRIPE_WEBHOOK_SECRETS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((secret) => secret.trim()).filter((secret) => secret.length > 0)),
  STRIPE_API_URL: z.url().optional(),

  /** Inngest: `local` runs the built-in engine in the portal's process; `cloud` uses Inngest Cloud or INNGEST_BASE_URL. */
  INNGEST_MODE: z.enum(["local", "cloud"]).default("local"),
  INNGEST_SIGNING_KEY: z.string().regex(/^signkey-[a-z0-9]+-[0-9a-f]+$/i, "must look like signkey-<env>-<hex>").optional(),
  INNGEST_SIGNING_KEY_FALLBACK: z.string().regex(/^signkey-[a-z0-9]+-[0-9a-f]+$/i).optional(),
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  /** A self-hosted Inngest server; unset with `cloud` means Inngest Cloud. */
  INNGEST_BASE_URL: z.url().optional(),
  INNGEST_ENV: z.string().min(1).optional(),
  /** Port of the local engine's event API (local mode). */
  INNGEST_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(8288),
});

const validatedSchema = environmentSchema.superRefine((value, context) => {
  const require = (key: keyof typeof value, message: string) => {
    if (value[key] === undefined) context.addIssue({ code: "custom", path: [key], message });
  };
  if (value.LIGHTSPEED_ACCOUNT_ID !== undefined && !value.TILLBRIDGE_DEMO) {
    require("AUTH_SECRET", "required when a real shop is connected");
  }
  if (value.LIGHTSPEED_ACCOUNT_ID !== undefined) {
    for (const key of ["LIGHTSPEED_CLIENT_ID", "LIGHTSPEED_CLIENT_SECRET", "LIGHTSPEED_REFRESH_TOKEN"] as const) {
      require(key, "required with LIGHTSPEED_ACCOUNT_ID");
    }
  }
  if (value.INNGEST_MODE === "cloud") {
    require("INNGEST_SIGNING_KEY", "required when INNGEST_MODE=cloud");
    require("INNGEST_EVENT_KEY", "required when INNGEST_MODE=cloud");
  }
});

export type Environment = Omit<z.infer<typeof environmentSchema>, "AUTH_SECRET"> & { AUTH_SECRET: string };

/** The demo's session secret: generated once and kept beside the embedded database. */
function demoAuthSecret(): string {
  const file = path.resolve(".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function parseEnvironment(source: Record<string, string | undefined>): Environment {
  const result = validatedSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment; fix these variables:\n${problems.join("\n")}`);
  }
  return { ...result.data, AUTH_SECRET: result.data.AUTH_SECRET ?? demoAuthSecret() };
}

export const env: Environment = parseEnvironment(process.env);

/**
 * Every secret value the environment configures (session, Lightspeed, Shopify, Stripe and Inngest keys and tokens):
 * what the Activity screen hides wherever such a value turns up in a stored payload or error.
 */
export const configuredSecrets: readonly string[] = [
  env.AUTH_SECRET,
  env.LIGHTSPEED_CLIENT_SECRET,
  env.LIGHTSPEED_REFRESH_TOKEN,
  ...env.SHOPIFY_STORES.flatMap((store) => [store.accessToken, store.webhookSecret]),
  env.STRIPE_SECRET_KEY,
  ...env.STRIPE_WEBHOOK_SECRETS,
  env.INNGEST_SIGNING_KEY,
  env.INNGEST_SIGNING_KEY_FALLBACK,
  env.INNGEST_EVENT_KEY,
].filter((value): value is string => value !== undefined && value.length > 0);

/** Demo mode: no real shop connected (or only the sandbox), the portal shows seeded demo data. */
export const isDemo = env.TILLBRIDGE_DEMO || env.LIGHTSPEED_ACCOUNT_ID === undefined;

/** The environment for a child process of ours (the portal server started by `npm start`), plus `extra`. */
export function childProcessEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
