// The vaststelling on the nacalculatie page (§9.3, §15.4): once vastgesteld its figures and letter;
// before that proposing it, and approving a proposal by a second, different zorgkantoor-beheer
// user (the server's 403 reason is shown). Both ask first, saying the amount to be fixed and what
// follows — nabetaling, verrekening or terugvordering, and the vaststellingsbrief — as the
// herziening does (herziening.ts).
import { leesbareMelding } from "#shared/veldnamen.js";
import { api, download } from "../../lib/api.js";
import { centen, euro } from "../../lib/bedrag.js";
import { vraagBevestiging } from "../../lib/bevestiging.js";
import { h, melding, vervang } from "../../lib/dom.js";
import type { Context } from "../../lib/pagina.js";
import { knop, toonServerFout } from "../../lib/velden.js";
import { type Berekening, type Nacalculatie, vaststellingTabel } from "./tabellen.js";

/** The saldo against the voorschotten paid, in one sentence. */
const saldoZin = (u: Berekening): string =>
  `Met ${euro(u.betaaldeVoorschotten)} aan betaalde voorschotten is het saldo ${euro(u.saldo)}.`;

/** §15.4: what the second signature sets in motion for this saldo. */
function afwikkeling(u: Berekening): string {
  const saldo = centen(u.saldo) ?? 0n;
  if (u.saldoSoort === "nabetaling")
    return `wordt ${euro(saldo)} nabetaald met een betaalopdracht, die wordt betaald zodra een betaalbatch is vrijgegeven (een open vordering van de aanbieder uit een ander jaar wordt eerst daarmee verrekend)`;
  if (u.saldoSoort === "terugvordering")
    return `wordt ${euro(-saldo)} eerst verrekend met betalingen die het zorgkantoor de aanbieder voor een ander jaar nog moet doen; wat overblijft wordt teruggevorderd, te betalen binnen 30 dagen`;
  return "wordt niets nabetaald, verrekend of teruggevorderd";
}

/** What proposing does, said before it is done. */
function voorstelGevolg(n: Nacalculatie): string {
  const u = n.berekening;
  if (!u)
    return `De vaststelling over ${n.jaar} wordt voorgesteld; een andere medewerker van zorgkantoor-beheer keurt haar goed.`;
  return `De vaststelling over ${n.jaar} wordt voorgesteld op ${euro(u.vastgesteld)}. ${saldoZin(u)} Na de goedkeuring door een andere medewerker van zorgkantoor-beheer ${afwikkeling(u)}, en krijgt de aanbieder de vaststellingsbrief.`;
}

/** What approving does, said before it is done. */
function goedkeurGevolg(n: Nacalculatie, u: Berekening): string {
  return `De nacalculatie over ${n.jaar} wordt vastgesteld op ${euro(u.vastgesteld)}. ${saldoZin(u)} Daarna ${afwikkeling(u)}, en krijgt de aanbieder de vaststellingsbrief. Het jaarverslag en de oordelen liggen dan vast; corrigeren kan alleen nog met een herziening.`;
}

/**
 * One action behind a confirmation: the button in `acties`, replaced by the question; after "Ja"
 * the request, then `klaar` (the page reloads) or the refusal in `fout` with the button back.
 */
function metBevestiging(
  fout: HTMLElement,
  tekst: string,
  ja: string,
  gevolg: () => string,
  doe: () => Promise<void>,
): HTMLElement {
  const acties = h("div");
  const knoppen = () => vervang(acties, knop(tekst, bevestig, "primary"));
  const uitvoeren = () =>
    doe().catch((e) => {
      knoppen();
      toonServerFout(fout, [], e);
    });
  const bevestig = () =>
    vraagBevestiging(acties, { gevolg: gevolg(), ja, doe: uitvoeren, terug: knoppen });
  knoppen();
  return acties;
}

export function vaststellingActies(
  pad: string,
  n: Nacalculatie,
  c: Context,
  klaar: (t: string) => void,
): HTMLElement {
  const fout = h("div");
  if (n.vaststelling)
    return h(
      "div",
      {},
      fout,
      vaststellingTabel(n.vaststelling),
      // §15.6: after a herziening the letter of the version in force is the herzieningsbrief.
      knop(n.vaststelling.herziening ? "Herzieningsbrief (PDF)" : "Vaststelling (PDF)", () => {
        const naam = n.vaststelling?.herziening
          ? `herzieningsbrief-versie-${n.vaststelling.versie ?? 2}.pdf`
          : "vaststelling.pdf";
        download(`${pad}/pdf/vaststelling`, naam).catch((e) => toonServerFout(fout, [], e));
      }),
    );
  if (n.voorstel) {
    const v = n.voorstel;
    const eigen = v.voorgesteldDoor.sub === c.mij.sub;
    return h(
      "div",
      {},
      fout,
      melding(
        "info",
        `De vaststelling is voorgesteld en wacht op de tweede handtekening${eigen ? "; u deed het voorstel, dus een andere medewerker van zorgkantoor-beheer moet goedkeuren" : ""}.`,
      ),
      metBevestiging(
        fout,
        "Vaststelling goedkeuren",
        "Ja, vaststelling goedkeuren",
        () => goedkeurGevolg(n, v.uitkomst),
        () =>
          api("POST", `${pad}/vaststelling/goedkeuring`, { versie: n.versie }).then(() =>
            klaar("De vaststelling is goedgekeurd."),
          ),
      ),
    );
  }
  return h(
    "div",
    {},
    fout,
    n.ontbreekt.length > 0
      ? melding(
          "warning",
          "Voor de vaststelling ontbreekt nog: ",
          h(
            "ul",
            { class: "utrecht-unordered-list" },
            ...n.ontbreekt.map((o) => h("li", {}, leesbareMelding(o, o.split(": ")[0]))),
          ),
        )
      : null,
    metBevestiging(
      fout,
      "Vaststelling voorstellen",
      "Ja, vaststelling voorstellen",
      () => voorstelGevolg(n),
      () =>
        api("POST", `${pad}/vaststelling/voorstel`, { versie: n.versie }).then(() =>
          klaar(
            "De vaststelling is voorgesteld; een andere medewerker van zorgkantoor-beheer keurt haar goed.",
          ),
        ),
    ),
  );
}
