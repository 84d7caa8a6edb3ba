// Errors as application/problem+json (RFC 9457) with a stable code and a Dutch message naming
// the field. Operations throw an HttpProbleem; the middleware renders it. Anything else that
// escapes is a bug and answers 500 without details.
import type { Fout } from "#shared/resultaat.js";
import type { HttpResultaat } from "./http.js";

export class HttpProbleem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly melding: string,
    readonly veld?: string,
  ) {
    super(melding);
    this.name = "HttpProbleem";
  }
}

/**
 * A refusal whose whole answer is already made — status, headers and body — and is sent as it
 * is: another API's refusal passed on unchanged, or a 502 when it cannot be reached
 * (functions/stukken). `reden` is for the log only.
 */
export class GemaakteWeigering extends Error {
  constructor(
    readonly antwoord: HttpResultaat,
    reden: string,
  ) {
    super(reden);
    this.name = "GemaakteWeigering";
  }
}

/** A Fout of a shared/ rule as a 4xx: 422 by default (the input was understood but breaks a rule). */
export const uitFout = (fout: Fout, status = 422): HttpProbleem =>
  new HttpProbleem(status, fout.code, fout.melding, fout.veld);

/** Outside the caller's scope answers exactly as a missing object (§1). */
export const nietGevonden = (wat = "object"): HttpProbleem =>
  new HttpProbleem(404, "NIET_GEVONDEN", `${wat} bestaat niet of u heeft er geen toegang toe`);

export const geenToegang = (reden: string): HttpProbleem =>
  new HttpProbleem(403, "GEEN_TOEGANG", reden);

export const conflict = (
  melding = "het object is intussen door iemand anders gewijzigd; laad het opnieuw",
): HttpProbleem => new HttpProbleem(409, "CONFLICT", melding);
