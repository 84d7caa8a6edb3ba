// docs/regels.md §15.4 and §15.7: a payment order of a month is a voorschot (§6), a nabetaling after
// a vaststelling, or an allotment from the national remainder booked as a nabetaling. The
// zorgkantoor's page names which in Dutch; the kind of a nabetaling is read from its key, which
// names its cause (boekingSleutel: "…#restantverdeling:landelijk-2020#1").
export type Opdrachtsoort = "voorschot" | "nabetaling" | "restantverdeling";

export function opdrachtsoort(soort: "voorschot" | "nabetaling", sleutel: string): Opdrachtsoort {
  if (soort === "voorschot") return "voorschot";
  return sleutel.split("#").some((d) => d.startsWith("restantverdeling:"))
    ? "restantverdeling"
    : "nabetaling";
}

export const OPDRACHTSOORT_LABEL: Readonly<Record<Opdrachtsoort, string>> = {
  voorschot: "Voorschot",
  nabetaling: "Nabetaling na vaststelling",
  restantverdeling: "Nabetaling uit het landelijk restant",
};
