// The end of every request. A thrown HttpProbleem (or a 4xx from a middy middleware)
// becomes application/problem+json and a GemaakteWeigering is sent as made; anything else is a
// bug: logged in full, answered as a 500 without internals. Every answer carries the correlation
// id; one log line closes each request.
import type { Logger } from "@aws-lambda-powertools/logger";
import { type ProbleemInhoud, probleemResultaat } from "../http.js";
import { verzoekLogger } from "../logboek.js";
import { GemaakteWeigering, HttpProbleem } from "../probleem.js";
import { correlatieIdVan } from "./correlatie.js";
import type { KbMiddleware } from "./staat.js";

const JSON_PARSER = "@middy/http-json-body-parser";

interface MiddyFout {
  statusCode: number;
  message: string;
  cause?: { package?: string };
}

const isMiddyFout = (e: unknown): e is MiddyFout =>
  e instanceof Error && typeof (e as Partial<MiddyFout>).statusCode === "number";

/** The problem a 4xx error stands for; undefined for anything that is a bug (→ 500). */
export function alsProbleem(fout: unknown): ProbleemInhoud | undefined {
  if (fout instanceof HttpProbleem) return fout.status >= 500 ? undefined : fout;
  if (!isMiddyFout(fout) || fout.statusCode >= 500 || fout.statusCode < 400) return undefined;
  if (fout.cause?.package === JSON_PARSER && fout.statusCode === 415) {
    return {
      status: 415,
      code: "ONGELDIG_MEDIATYPE",
      melding: "Stuur de inhoud als JSON, met de header Content-Type: application/json",
    };
  }
  if (fout.cause?.package === JSON_PARSER && fout.statusCode === 422) {
    return {
      status: 422,
      code: "ONGELDIGE_JSON",
      melding: "De inhoud van het verzoek is geen geldige JSON",
    };
  }
  return { status: fout.statusCode, code: `HTTP_${fout.statusCode}`, melding: fout.message };
}

export const afronding = (basis: Logger): KbMiddleware => ({
  name: "afronding",
  after(request) {
    const kb = request.context.kb;
    kb?.logger.info("verzoek afgehandeld", {
      routeKey: request.event.routeKey,
      status: request.response?.statusCode,
      duurMs: Math.round(performance.now() - kb.begin),
    });
  },
  onError(request) {
    const kb = request.context.kb;
    const correlatieId = kb?.correlatieId ?? correlatieIdVan(request.event, request.context);
    const logger = kb?.logger ?? verzoekLogger(basis, correlatieId, {});
    const p = alsProbleem(request.error);
    const duurMs = kb ? Math.round(performance.now() - kb.begin) : undefined;
    const fout = request.error;
    if (fout instanceof GemaakteWeigering) {
      const status = fout.antwoord.statusCode;
      logger[status >= 500 ? "error" : "info"]("verzoek geweigerd", {
        routeKey: request.event?.routeKey,
        status,
        reden: fout.message,
        duurMs,
      });
      request.response = fout.antwoord;
      return;
    }
    if (p) {
      logger.info("verzoek geweigerd", {
        routeKey: request.event?.routeKey,
        status: p.status,
        code: p.code,
        veld: p.veld,
        duurMs,
      });
      request.response = probleemResultaat(p, correlatieId);
      return;
    }
    logger.error("onverwachte fout", {
      routeKey: request.event?.routeKey,
      duurMs,
      error: request.error ?? undefined,
    });
    request.response = probleemResultaat(
      {
        status: 500,
        code: "INTERNE_FOUT",
        melding: `Er ging aan onze kant iets mis. Noem bij vragen het correlatie-id ${correlatieId}.`,
      },
      correlatieId,
    );
  },
});
