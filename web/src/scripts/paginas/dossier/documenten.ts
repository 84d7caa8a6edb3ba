// The aanbieder's own uploads in the dossier (docs/regels.md §12): accepted ones to download (and
// to withdraw while the aanvraag can still change), refused ones apart with the reason — the same
// overview as the wizard's document step (lib/documenten.ts).
import type { Antwoord } from "../../lib/apiTypen.js";
import { documentenOverzicht, verstuurdeDocumenten } from "../../lib/documenten.js";
import { h, melding, vervang } from "../../lib/dom.js";
import { foutTekst } from "../../lib/pagina.js";

type Zaak = Pick<Antwoord<"leesAanvraag">, "id" | "toestand">;

/** The section; loaded before the dossier renders. Never rejects. */
export async function eigenDocumenten(z: Zaak): Promise<HTMLElement> {
  const plek = h("div", {});
  const status = h("div", {});
  const toon = async () =>
    vervang(
      plek,
      documentenOverzicht({
        aanvraagId: z.id,
        docs: await verstuurdeDocumenten(z.id),
        intrekbaar: z.toestand === "concept" || z.toestand === "aanvulling_gevraagd",
        kop: "h3",
        gewijzigd: toon,
        status,
      }),
    );
  await toon().catch((e) =>
    vervang(plek, melding("warning", `De documenten konden niet worden geladen: ${foutTekst(e)}`)),
  );
  return h(
    "section",
    { "aria-labelledby": "kb-documenten" },
    h("h2", { class: "utrecht-heading-2", id: "kb-documenten" }, "Documenten"),
    plek,
    status,
  );
}
