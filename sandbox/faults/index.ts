/** Shared API fault injection for the simulated services: see api-faults.ts for the contract. */
export {
  apiFaultKinds,
  apiFaultPlanSchema,
  apiFaultRuleSchema,
  createApiFaults,
  type ApiFault,
  type ApiFaultDecision,
  type ApiFaultKind,
  type ApiFaultPlan,
  type ApiFaultRule,
  type ApiFaults,
} from "./api-faults";
export { answerFaultBeforeCall, loseResponse, waitMs } from "./http-fault-response";
