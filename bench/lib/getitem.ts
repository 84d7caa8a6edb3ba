// The benchmarks' yardstick: a bare DynamoDB GetItem of one case item, from `verbindingen`
// concurrent loops for `seconden`, on the same emulator and in the same run as the routes it is
// compared with (bench/api.ts, bench/api-landelijk.ts).
import { performance } from "node:perf_hooks";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { lokaleClients } from "#lokaal/aws.js";
import type { omgevingVan } from "#lokaal/emulators.js";

export interface GetItemMeting {
  p50: number;
  p99: number;
  perSeconde: number;
}

export async function kaleGetItem(
  lokaal: ReturnType<typeof omgevingVan>,
  tabel: string,
  id: string,
  o: { verbindingen: number; seconden: number },
): Promise<GetItemMeting> {
  const { doc } = lokaleClients(lokaal);
  const lees = () =>
    doc.send(new GetCommand({ TableName: tabel, Key: { pk: `AANVRAAG#${id}`, sk: "META" } }));
  for (let i = 0; i < 200; i++) await lees(); // warm-up
  const tijden: number[] = [];
  const eind = performance.now() + o.seconden * 1000;
  await Promise.all(
    Array.from({ length: o.verbindingen }, async () => {
      while (performance.now() < eind) {
        const t0 = performance.now();
        await lees();
        tijden.push(performance.now() - t0);
      }
    }),
  );
  tijden.sort((a, b) => a - b);
  const q = (p: number) =>
    tijden[Math.min(tijden.length - 1, Math.floor((p / 100) * tijden.length))]!;
  return { p50: q(50), p99: q(99), perSeconde: tijden.length / o.seconden };
}
