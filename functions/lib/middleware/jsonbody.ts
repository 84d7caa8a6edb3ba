// JSON bodies, parsed by @middy/http-json-body-parser (415 on another content type,
// 422 on malformed JSON or a __proto__ key) — but only for routes that declare a body, so a GET
// without a Content-Type is not refused. A body sent to a route without one is ignored.
import httpJsonBodyParser from "@middy/http-json-body-parser";
import type { Gebeurtenis } from "../http.js";
import { type KbMiddleware, type KbRequest, staatVan } from "./staat.js";

const parser = httpJsonBodyParser();

export const jsonBody = (): KbMiddleware => ({
  name: "jsonBody",
  async before(request) {
    const staat = staatVan(request);
    if (!staat.route!.body) return;
    await parser.before!(request as unknown as Parameters<NonNullable<typeof parser.before>>[0]);
    staat.body = (request as KbRequest & { event: Gebeurtenis & { body?: unknown } }).event.body;
  },
});
