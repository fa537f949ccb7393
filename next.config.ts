import type { NextConfig } from "next";
import { env } from "./lib/env";
import { securityHeaderRules } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["@electric-sql/pglite", "postgres"],
  experimental: { authInterrupts: true },
  // `npm test` type-checks the whole repository (tsc --noEmit); the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  headers: async () => securityHeaderRules({ development: env.NODE_ENV === "development" }),
};

export default nextConfig;
