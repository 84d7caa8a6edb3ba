// An operation's Antwoord as an HTTP API result. JSON unless the operation says
// otherwise (CSV as a string with its content-type, XLSX/PDF as bytes, base64 as API Gateway
// expects); never cached (personal and financial data); the correlation id on every answer.
import { CORRELATIE_HEADER, type HttpResultaat, JSON_TYPE } from "./http.js";
import { KLOK_HEADER } from "./middleware/klok.js";
import type { Staat } from "./middleware/staat.js";
import type { Antwoord } from "./verzoek.js";

const kleineLetters = (h: Readonly<Record<string, string>> = {}): Record<string, string> =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));

export function naarHttp(
  a: Antwoord,
  staat: Pick<Staat, "correlatieId" | "nu" | "klokIngesteld">,
): HttpResultaat {
  const statusCode = a.status ?? 200;
  const headers: Record<string, string> = {
    "cache-control": "no-store",
    ...kleineLetters(a.headers),
    [CORRELATIE_HEADER]: staat.correlatieId,
  };
  if (staat.klokIngesteld && staat.nu) headers[KLOK_HEADER] = staat.nu.toISOString();
  if (statusCode === 204 || a.body === undefined) return { statusCode, headers };
  if (a.body instanceof Uint8Array) {
    headers["content-type"] ??= "application/octet-stream";
    return {
      statusCode,
      headers,
      body: Buffer.from(a.body).toString("base64"),
      isBase64Encoded: true,
    };
  }
  if (typeof a.body === "string" && headers["content-type"] !== undefined) {
    return { statusCode, headers, body: a.body };
  }
  headers["content-type"] = JSON_TYPE;
  return { statusCode, headers, body: JSON.stringify(a.body) };
}
