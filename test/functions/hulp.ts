// Unit tests of the HTTP core: API Gateway v2 events built by hand (as API Gateway sends them),
// and an in-memory stand-in for functions/data/lidmaatschappen.ts `leesLidmaatschappen`.
import type { Gebeurtenis, HttpResultaat } from "#functions/lib/http.js";
import type { Lidmaatschap } from "#shared/toegang/lidmaatschap.js";

export interface EventOpties {
  headers?: Record<string, string>;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: string;
  isBase64Encoded?: boolean;
  /** JWT claims as the HTTP API authorizer passes them; absent → no authorizer context. */
  claims?: Record<string, string>;
  requestId?: string;
}

export function event(routeKey: string, o: EventOpties = {}): Gebeurtenis {
  const [methode, pad] = routeKey.split(" ") as [string, string];
  const rawPath = pad.replace(/\{([^}]+)\}/g, (_, n: string) => o.params?.[n] ?? n);
  return {
    version: "2.0",
    routeKey,
    rawPath,
    rawQueryString: new URLSearchParams(o.query ?? {}).toString(),
    headers: { host: "api.example", ...o.headers },
    ...(o.query ? { queryStringParameters: o.query } : {}),
    ...(o.params ? { pathParameters: o.params } : {}),
    requestContext: {
      accountId: "123456789012",
      apiId: "api",
      domainName: "api.example",
      domainPrefix: "api",
      http: {
        method: methode,
        path: rawPath,
        protocol: "HTTP/1.1",
        sourceIp: "10.0.0.1",
        userAgent: "vitest",
      },
      requestId: o.requestId ?? "verzoek-1",
      routeKey,
      stage: "$default",
      time: "12/Mar/2020:19:03:58 +0000",
      timeEpoch: 1584039838000,
      ...(o.claims
        ? {
            authorizer: {
              principalId: "",
              integrationLatency: 0,
              jwt: { claims: o.claims, scopes: null },
            },
          }
        : {}),
    },
    ...(o.body === undefined ? {} : { body: o.body }),
    isBase64Encoded: o.isBase64Encoded ?? false,
  };
}

/** The stand-in of the data layer's `leesLidmaatschappen(sub)`: a map, and a call counter. */
export function lidmaatschappenUit(tabel: Record<string, Lidmaatschap[]>) {
  const aanroepen: string[] = [];
  const lees = async (sub: string): Promise<Lidmaatschap[]> => {
    aanroepen.push(sub);
    return tabel[sub] ?? [];
  };
  return { lees, aanroepen };
}

export const json = (r: HttpResultaat): Record<string, unknown> => JSON.parse(r.body ?? "null");
