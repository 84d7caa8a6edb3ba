// The health check — public, no token, no database: it says the Lambda and its
// middleware stack answer, nothing more (a probe must be cheap and cannot leak data).
import { maakLambda } from "../lib/lambda.js";
import { GEZONDHEID_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "gezondheid",
  {
    gezondheid: () => ({ body: { status: "ok" } }),
  },
  { routes: GEZONDHEID_ROUTES },
);
