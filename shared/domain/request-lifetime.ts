/**
 * The longest a request runs after API Gateway received it: Lambda starts a function within 10 seconds (its limit
 * for initialisation) and stops it after its timeout, 10 seconds more (`infra/constructs/handler-function.ts`).
 * Whatever a request stores, it has stored by then, or never will.
 */
export const REQUEST_LIFETIME_MS = 20_000;
