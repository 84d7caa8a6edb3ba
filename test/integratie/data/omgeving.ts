// The data layer's tests write at one fixed moment (20 February 2020) unless told otherwise; the
// rest of their setup comes from the integration fixture (../fixture/).
import { ctxOp } from "../fixture/index.js";

export const ctx = ctxOp(new Date("2020-02-20T09:00:00Z"));
