// Operational metrics (CloudWatch, Embedded Metric Format through the logs; Powertools Metrics):
// a count per money decision or payment step (shared/gebeurtenissen.ts GELDGEBEURTENISSEN), taken
// from the audit records of every committed transaction, and the outcome of each scheduled job.
// docs/runbook.md says what to watch. Published at once, not at the end of the request: the local
// gateway serves many requests in one process, and a request without money events writes nothing.
import { Metrics, MetricUnit } from "@aws-lambda-powertools/metrics";
import { GELDGEBEURTENISSEN } from "#shared/gebeurtenissen.js";
import { METRIEK_DIENST, METRIEK_NAAMRUIMTE, type Taak } from "./metriekNamen.js";

// Outside Lambda (tests, the local stack, the national loader with its thousands of decisions)
// no EMF lines unless POWERTOOLS_METRICS_DISABLED=false asks for them; the library reads that
// variable itself.
const stil =
  !("POWERTOOLS_METRICS_DISABLED" in process.env) && !process.env.AWS_LAMBDA_FUNCTION_NAME;

// Made on first use: most requests decide no money, and a cold start should not pay for it.
let instantie: Metrics | undefined;
const metrieken = (): Metrics =>
  (instantie ??= new Metrics({ namespace: METRIEK_NAAMRUIMTE, serviceName: METRIEK_DIENST }));

const GELD: ReadonlySet<string> = new Set(GELDGEBEURTENISSEN);

function publiceer(): void {
  const m = metrieken();
  if (stil) m.clearMetrics();
  else if (m.hasStoredMetrics()) m.publishStoredMetrics();
}

/** Counts the money events among the event types of one committed transaction. */
export function telGeldgebeurtenissen(gebeurtenissen: readonly string[]): void {
  const geteld = gebeurtenissen.filter((g) => GELD.has(g));
  if (geteld.length === 0) return;
  for (const g of geteld) metrieken().addMetric(g, MetricUnit.Count, 1);
  publiceer();
}

/** The outcome of one run of a scheduled job: counts under the job's name as dimension. */
export function telTaak(taak: Taak, tellingen: Readonly<Record<string, number>>): void {
  const m = metrieken();
  m.addDimension("taak", taak);
  for (const [naam, n] of Object.entries(tellingen)) m.addMetric(naam, MetricUnit.Count, n);
  publiceer();
}
