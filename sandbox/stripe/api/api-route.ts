import type { JsonObject } from "../json";
import type { SandboxCore } from "../sandbox-core";
import type { FormObject } from "./parse-form-params";

export type ApiCall = {
  core: SandboxCore;
  params: FormObject;
  /** From the API key: a test key sees only test objects, a live key only live ones. */
  livemode: boolean;
  requestId: string;
  idempotencyKey: string | null;
  /** Path captures, e.g. the object id. */
  path: string[];
};

export type ApiRoute = {
  method: "GET" | "POST";
  pattern: RegExp;
  /** Every parameter the endpoint takes; anything else is a 400 parameter_unknown, as in Stripe. */
  params: readonly string[];
  handle: (call: ApiCall) => { status: number; body: JsonObject };
};
