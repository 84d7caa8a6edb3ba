// The accountantsrapport in the dossier (docs/regels.md §3.2, §9.3): the rapport van feitelijke
// bevindingen of the accountant, which the zorgkantoor needs before the vaststelling. The §10
// reminder for it deep-links to this page (shared/herinneringen/afleiding.ts: link.dossier), so
// the upload lives here. The section shows what was received (the document API gives name, moment,
// size and status; it does not say who uploaded), the deadline while it is open, and the upload
// with the shared field of lib/upload.ts.
//
// Choices [portal rule]:
// - Shown only while an agreement is in force (addendum getekend or vastgelegd): that is when
//   functions/documenten accepts the kind (eisUploadMoment); the server still decides.
// - The deadline comes from GET /api/verplichtingen (the same rule as the reminders), which lists
//   an obligation only while it is open: once the report is in, the section says so instead.
// - Everything is loaded before the dossier renders, so nothing shifts when the data arrive.
// - The upload is offered only once year t is over (§3.2: the report comes with the year report,
//   realisatie gehele jaar from 1 January t+1); before, the section says from when. "Now" is the
//   portal's clock as the server answered it (haalMetNu).
import { jaarVoorbij } from "#shared/kalender/jaareinde.ts";
import { haalMetNu } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { type Document, verstuurdeDocumenten } from "../../lib/documenten.js";
import { badge, datum, h, melding, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { foutTekst } from "../../lib/pagina.js";
import { termijnBadge } from "../../lib/termijn.js";
import { uploadVeld, zonderVeld } from "../../lib/upload.js";

/** What the section reads of the case. */
type Zaak = Pick<Antwoord<"leesAanvraag">, "id" | "jaar" | "toestand">;

const MET_AFSPRAAK = ["addendum_getekend", "vastgelegd"];
const SOORT = "rapport_feitelijke_bevindingen";

/** Sizes as a file manager shows them: whole kilobytes, rounded up, Dutch digit grouping. */
const kilobytes = (b: number | null): string =>
  b === null ? "" : `${Math.ceil(b / 1024).toLocaleString("nl-NL")} kB`;

async function laad(id: string, documenten: Promise<Document[]>) {
  const [docs, pl] = await Promise.all([
    documenten,
    haalMetNu<Antwoord<"mijnVerplichtingen">>("/api/verplichtingen"),
  ]);
  return {
    rapporten: docs.filter((d) => d.soort === SOORT),
    termijn: pl.body.verplichtingen.find(
      (v) => v.soort === "accountantsrapport" && v.aanvraagId === id,
    ),
    nu: pl.nu,
  };
}

/** Received or not, and the deadline: a data list, then the received files as a table. */
function stand(z: Zaak, s: Awaited<ReturnType<typeof laad>>): HTMLElement[] {
  const ontvangen = s.rapporten.some((d) => d.status === "geaccepteerd");
  const rij = (k: string, ...v: (Node | string)[]) =>
    h(
      "div",
      { class: "utrecht-data-list__item" },
      h("dt", { class: "utrecht-data-list__item-key" }, k),
      h("dd", { class: "utrecht-data-list__item-value" }, ...v),
    );
  const lijst = h(
    "dl",
    { class: "utrecht-data-list" },
    rij("Stand", ontvangen ? badge("safe", "ontvangen") : badge("warning", "nog niet ontvangen")),
    s.termijn
      ? rij(
          "Uiterlijk aanleveren op",
          `${datum(s.termijn.deadline)} `,
          termijnBadge(s.termijn.deadline, s.nu),
        )
      : ontvangen
        ? null
        : rij(
            "Termijn",
            `Er staat geen open termijn meer voor het accountantsrapport over ${z.jaar}.`,
          ),
  );
  if (s.rapporten.length === 0) return [lijst];
  return [
    lijst,
    tabel(
      `Aangeleverde accountantsrapporten over ${z.jaar}`,
      ["Bestand", "Ontvangen op", "Grootte", "Status"],
      s.rapporten.map((d) => [
        d.naam,
        tijdstip(d.aangemaaktOp),
        kilobytes(d.grootte),
        d.status === "geaccepteerd"
          ? badge("safe", "geaccepteerd")
          : h("span", {}, badge("danger", "afgekeurd"), d.reden ? ` ${zonderVeld(d.reden)}` : null),
      ]),
    ),
  ];
}

/**
 * The section, or null when the case has no agreement in force. Never rejects. `documenten`: the
 * dossier's one read of the case's documents, for the first view; after an upload it reads again.
 */
export async function accountantsrapport(
  z: Zaak,
  documenten: Promise<Document[]>,
): Promise<HTMLElement | null> {
  if (!MET_AFSPRAAK.includes(z.toestand)) return null;
  const plek = h("div", {});
  // Without an answer from the server, the browser's clock decides.
  let nu = new Date();
  let eerste: Promise<Document[]> | null = documenten;
  const toon = async () => {
    const s = await laad(z.id, eerste ?? verstuurdeDocumenten(z.id));
    eerste = null;
    nu = s.nu;
    vervang(plek, ...stand(z, s));
  };
  try {
    await toon();
  } catch (e) {
    vervang(
      plek,
      melding(
        "warning",
        `De stand van het accountantsrapport kon niet worden geladen: ${foutTekst(e)}`,
      ),
    );
  }
  const upload = uploadVeld({
    aanvraagId: z.id,
    id: "kb-rapport",
    label: "Accountantsrapport (PDF, hoogstens 25 MB)",
    naam: "Accountantsrapport",
    dataVeld: "documenten",
    knopTekst: "Accountantsrapport uploaden",
    soort: () => SOORT,
    gecontroleerd: () => toon().catch(() => undefined), // the upload itself succeeded
  });
  return h(
    "section",
    { "aria-labelledby": "kb-accountantsrapport" },
    h("h2", { class: "utrecht-heading-2", id: "kb-accountantsrapport" }, "Accountantsrapport"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Het rapport van feitelijke bevindingen van uw accountant over ${z.jaar}. Het zorgkantoor heeft het nodig voor de vaststelling van het kwaliteitsbudget.`,
    ),
    plek,
    jaarVoorbij(z.jaar, nu)
      ? upload.blok
      : h(
          "p",
          { class: "utrecht-paragraph" },
          `U kunt het accountantsrapport uploaden vanaf 1 januari ${z.jaar + 1}, samen met de realisatie over het hele jaar ${z.jaar}.`,
        ),
  );
}
