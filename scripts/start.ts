/** `npm start`. Loaded lazily so that an invalid environment is reported as one clear message. */
import("./start-portal")
  .then(({ startPortal }) => startPortal())
  .catch((error: unknown) => {
    console.error(`[tillbridge] could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
