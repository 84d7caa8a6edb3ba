// The aanbieder's own uploads in the dossier (docs/regels.md §12): accepted ones to download (and
// to withdraw while the aanvraag can still change), refused ones apart with the reason — the same
// overview as the wizard's document step (lib/documenten.ts).
import type { Antwoord } from "../../lib/apiTypen.js";
import { type Document, documentenOverzicht, verstuurdeDocumenten } from "../../lib/documenten.js";
import { h, melding, vervang } from "../../lib/dom.js";
import { foutTekst } from "../../lib/pagina.js";

type Zaak = Pick<Antwoord<"leesAanvraag">, "id" | "toestand">;

/**
 * The section; loaded before the dossier renders. Never rejects. `documenten`: the dossier's one
 * read of the case's documents, for the first view; after a withdrawal it reads again.
 */
export async function eigenDocumenten(
  z: Zaak,
  documenten: Promise<Document[]>,
): Promise<HTMLElement> {
  const plek = h("div", {});
  const status = h("div", {});
  let eerste: Promise<Document[]> | null = documenten;
  const lees = () => {
    const d = eerste ?? verstuurdeDocumenten(z.id);
    eerste = null;
    return d;
  };
  const toon = async () =>
    vervang(
      plek,
      documentenOverzicht({
        aanvraagId: z.id,
        docs: await lees(),
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
