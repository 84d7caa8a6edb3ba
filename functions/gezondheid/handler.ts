// Issue #3: the health check — public, no token, no database: it says the Lambda and its
// middleware stack answer, nothing more (a probe must be cheap and cannot leak data).
import { maakHandler } from "../lib/handler.js";

export const handler = maakHandler("gezondheid", {
  gezondheid: () => ({ body: { status: "ok" } }),
});
