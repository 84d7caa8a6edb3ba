// Benchmarks at national scale: how many DynamoDB calls a request or a job makes, and what they
// consume. Calls are counted on the client side where every SDK in this process sends them —
// the HTTP agent — so the handlers' own bundled SDK clients are counted too, without touching
// their code. Consumed capacity is asked of DynamoDB (ReturnConsumedCapacity = TOTAL) by a
// middleware on the data layer's client, which the jobs use when run in-process.
import http from "node:http";
import { dynamo, dynamoExact } from "#functions/data/clients.js";

export interface Telling {
  aanroepen: number;
  perSoort: Record<string, number>;
  leeseenheden: number;
  schrijfeenheden: number;
}

const leeg = (): Telling => ({ aanroepen: 0, perSoort: {}, leeseenheden: 0, schrijfeenheden: 0 });
let huidig = leeg();
let poort: string | undefined;

/** Counts every HTTP request of this process to the DynamoDB endpoint from now on. */
export function telDynamoAanroepen(endpoint: string): void {
  poort = new URL(endpoint).port;
  const proto = http.Agent.prototype as unknown as {
    addRequest: (req: http.ClientRequest, opties: { port?: number | string }) => void;
  };
  const origineel = proto.addRequest;
  proto.addRequest = function (req, opties) {
    if (String(opties.port) === poort) {
      huidig.aanroepen++;
      const doel = String(req.getHeader("x-amz-target") ?? "?").replace(/^DynamoDB_\d+\./, "");
      huidig.perSoort[doel] = (huidig.perSoort[doel] ?? 0) + 1;
    }
    return origineel.call(this, req, opties);
  };
}

type Capaciteit = {
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
  CapacityUnits?: number;
};
const gemeten = new WeakSet<object>();

/** Asks DynamoDB for the consumed capacity of every call of the data layer's clients. */
export function meetCapaciteit(): void {
  for (const client of [dynamo(), dynamoExact()]) meetOp(client);
}

function meetOp(client: ReturnType<typeof dynamo>): void {
  if (gemeten.has(client.middlewareStack)) return;
  gemeten.add(client.middlewareStack);
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      input.ReturnConsumedCapacity ??= "TOTAL";
      const uit = await next(args);
      const c = (uit.output as { ConsumedCapacity?: Capaciteit | Capaciteit[] }).ConsumedCapacity;
      for (const x of Array.isArray(c) ? c : c ? [c] : []) {
        // Without per-kind figures (DynamoDB Local): a write call's units are write units.
        const schrijven = /Put|Update|Delete|Write/.test(context.commandName ?? "");
        huidig.leeseenheden += x.ReadCapacityUnits ?? (schrijven ? 0 : (x.CapacityUnits ?? 0));
        huidig.schrijfeenheden += x.WriteCapacityUnits ?? (schrijven ? (x.CapacityUnits ?? 0) : 0);
      }
      return uit;
    },
    { step: "initialize", name: "bench-capaciteit" },
  );
}

/** Resets the counters and returns what they held. */
export function lees(): Telling {
  const t = huidig;
  huidig = leeg();
  return t;
}

/** Waits until no DynamoDB call has been made for `rustMs` (requests left running by a load
 * generator still hit the database after it stopped), at most `maxMs`. */
export async function wachtOpRust(rustMs = 1000, maxMs = 60_000): Promise<void> {
  const eind = Date.now() + maxMs;
  let vorige = -1;
  while (Date.now() < eind) {
    if (huidig.aanroepen === vorige) return;
    vorige = huidig.aanroepen;
    await new Promise((r) => setTimeout(r, rustMs));
  }
}
