// Every request gets a correlation id — the caller's x-correlation-id when it is a
// plain token, else API Gateway's request id — so one click can be followed through the logs of
// every Lambda it touches. It is echoed in the response and sits on every log line.
import { randomUUID } from "node:crypto";
import type { Logger } from "@aws-lambda-powertools/logger";
import type { Functie } from "../../routes.js";
import { CORRELATIE_HEADER, type Gebeurtenis } from "../http.js";
import { verzoekLogger } from "../logboek.js";
import type { KbContext, KbMiddleware } from "./staat.js";

// Only a plain token is taken over: a header is caller input and ends up in every log line.
const GELDIG = /^[A-Za-z0-9._:-]{1,128}$/;

export function correlatieIdVan(event: Partial<Gebeurtenis>, context: Partial<KbContext>): string {
  const kop = event.headers?.[CORRELATIE_HEADER];
  if (kop !== undefined && GELDIG.test(kop)) return kop;
  return event.requestContext?.requestId || context.awsRequestId || randomUUID();
}

export const correlatie = (functie: Functie, basis: Logger): KbMiddleware => ({
  name: "correlatie",
  before(request) {
    const correlatieId = correlatieIdVan(request.event, request.context);
    request.context.kb = {
      functie,
      correlatieId,
      logger: verzoekLogger(basis, correlatieId, { functie }),
      begin: performance.now(),
    };
  },
});
