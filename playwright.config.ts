import { defineConfig, devices } from "@playwright/test";

// A separate port (and embedded database) per checkout lets several worktrees run their e2e tests at once.
const port = Number(process.env["E2E_PORT"] ?? 3100);

/**
 * End-to-end tests in Debian's Chromium against the portal started by `npm start` itself (production build,
 * fresh embedded database seeded with the demo shop), at desktop and tablet sizes.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "on",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1440, height: 900 } } },
    // The live sync test drives the shared sandbox and waits on polling: once, at desktop size, is enough.
    { name: "tablet-portrait", testIgnore: /live-sync/, use: { viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: false } },
    { name: "tablet-landscape", testIgnore: /live-sync/, use: { viewport: { width: 1180, height: 820 }, hasTouch: true, isMobile: false } },
  ],
  webServer: {
    command: `rm -rf .data/e2e-${port} && npm start`,
    url: `http://localhost:${port}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      INNGEST_LOCAL_PORT: String(port + 1000),
      SANDBOX_PORT: String(port + 2000),
      // No simulated traffic: the tests assert figures, and drive the sandbox themselves where they need activity.
      DEMO_TRAFFIC_EVENTS_PER_MINUTE: "0",
      PGLITE_DIR: `.data/e2e-${port}/pglite`,
      SIGN_IN_MAX_FAILURES: "5",
    },
  },
});
