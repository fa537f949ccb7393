/**
 * The Stripe API version every request is pinned to, and the version webhook endpoints should be registered
 * with. It is the version stripe@23.1.0 ships as its default (`Stripe.API_VERSION`); a contract test fails if
 * the installed SDK drifts from it, so an SDK upgrade is a deliberate change of this constant.
 */
export const STRIPE_API_VERSION = "2026-10-28.endive";
