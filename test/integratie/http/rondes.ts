// National scale: how many DynamoDB round trips a request makes one after another. An SDK
// middleware on the Lambdas' own DocumentClients records when each call starts and ends; a call's
// round is one more than the highest round of the calls that had ended before it started. The
// request's number of sequential rounds is the highest round of its calls: three calls in one
// Promise.all are one round, `await a; await b` are two.
import { performance } from "node:perf_hooks";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

export interface Aanroep {
  readonly commando: string;
  readonly begin: number;
  readonly eind: number;
}

export function rondesVan(aanroepen: readonly Aanroep[]): number {
  const gesorteerd = [...aanroepen].sort((a, b) => a.begin - b.begin);
  const ronde: number[] = [];
  gesorteerd.forEach((a, i) => {
    let vorige = 0;
    for (let j = 0; j < i; j++) {
      if (gesorteerd[j]!.eind <= a.begin) vorige = Math.max(vorige, ronde[j]!);
    }
    ronde.push(vorige + 1);
  });
  return Math.max(0, ...ronde);
}

/** Records every call of these clients while `meten` is on; `aanroepen()` hands them over. */
export function meetAanroepen(clients: readonly DynamoDBDocumentClient[]) {
  let lijst: Aanroep[] = [];
  let aan = false;
  for (const c of clients) {
    c.middlewareStack.add(
      (next, context) => async (args) => {
        if (!aan) return next(args);
        const begin = performance.now();
        try {
          return await next(args);
        } finally {
          lijst.push({ commando: context.commandName ?? "?", begin, eind: performance.now() });
        }
      },
      { step: "initialize", name: "kbRondeMeter", override: true },
    );
  }
  return {
    start(): void {
      lijst = [];
      aan = true;
    },
    stop(): Aanroep[] {
      aan = false;
      return lijst;
    },
  };
}
