// The names the metrics are published under (functions/lib/metrieken.ts) and the alarms read them
// by (infra/alarmen.ts): one place, so an alarm never watches a metric nobody writes.
export const METRIEK_NAAMRUIMTE = "Kwaliteitsbudget";
export const METRIEK_DIENST = "kwaliteitsbudget";

/** Per scheduled job, its counts; a failure count above 0 raises an alarm. */
export const TAAKMETRIEKEN = {
  "voorschot-maandrun": { aantal: "betaalopdrachten_aangemaakt", fouten: "maandrun_fouten" },
  herinneringen: { aantal: "herinneringen_verstuurd", fouten: "herinneringen_mislukt" },
} as const;
export type Taak = keyof typeof TAAKMETRIEKEN;
