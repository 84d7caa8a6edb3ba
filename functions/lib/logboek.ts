// Structured JSON logs: one Powertools Logger per Lambda, created at module scope (no
// user data in it), and per request a child carrying the correlation id on every line. A child per
// request rather than appendKeys: the local gateway runs many requests at once in one process.
import { Logger } from "@aws-lambda-powertools/logger";

// Powertools reads POWERTOOLS_LOG_LEVEL itself (default INFO). Only under vitest, when no level
// is set, the logger is silent so test output stays readable. (The one env read outside
// config.ts: it is the logging library's own variable, and must hold before any request.)
const stilInTests = (): "SILENT" | undefined =>
  !process.env.POWERTOOLS_LOG_LEVEL && process.env.VITEST ? "SILENT" : undefined;

export const basisLogger = new Logger({ serviceName: "kwaliteitsbudget", logLevel: stilInTests() });

export function verzoekLogger(
  basis: Logger,
  correlatieId: string,
  sleutels: Record<string, string>,
): Logger {
  return basis.createChild({ persistentKeys: { correlation_id: correlatieId, ...sleutels } });
}
