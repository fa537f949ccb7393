/**
 * The security headers every response of the portal carries (wired in next.config.ts `headers()`).
 *
 * The Content-Security-Policy allows only the portal's own origin. Scripts and styles also allow inline code:
 * Next.js streams its RSC payload in inline `<script>` tags and Recharts styles elements inline; a per-request nonce
 * (a proxy that sets one, every page rendered dynamically) would remove `'unsafe-inline'` for scripts. Development
 * (`next dev`) also needs `eval` and a websocket for fast refresh.
 */
export function contentSecurityPolicy(options: { development: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", ...(options.development ? ["ws:"] : [])],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([directive, sources]) => `${directive} ${sources.join(" ")}`)
    .join("; ");
}

export type HeaderRule = {
  source: string;
  has?: { type: "header"; key: string; value: string }[];
  headers: { key: string; value: string }[];
};

/** Two years, as the HSTS preload list asks. */
const strictTransportSecurity = "max-age=63072000; includeSubDomains";

/**
 * Every path gets the headers; Strict-Transport-Security only on requests that came over https (a TLS-terminating
 * proxy says so in `X-Forwarded-Proto`), since browsers ignore it over http and a plain-http demo must stay usable.
 */
export function securityHeaderRules(options: { development: boolean }): HeaderRule[] {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
        { key: "X-Frame-Options", value: "DENY" },
        { key: "X-Content-Type-Options", value: "nosniff" },
        { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
        { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      ],
    },
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "Strict-Transport-Security", value: strictTransportSecurity }],
    },
  ];
}
