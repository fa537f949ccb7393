export { createLightspeedSandbox, type LightspeedSandbox } from "./create-lightspeed-sandbox";
export type { LightspeedSandboxOptions } from "./sandbox-options";
export type { SeedInput } from "./seed-state";
export type { FaultRuleInput } from "./faults";
export type { SandboxState, SimSale, SimItemShop, SimCustomer, LoggedRequest } from "./sandbox-state";
