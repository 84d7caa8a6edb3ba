// The wizard's frame: step list, one visible step at a time (the others stay in the DOM, hidden,
// so a finding can be put next to a field on any step), save on every step move, and submit.
// The step is in the URL (?stap=1…5): a reload opens the same step and Back/Forward move between
// steps, saving first like every other step move.
import { link } from "#shared/paginas.js";
import { leesbareMelding } from "#shared/veldnamen.js";
import { aanvullingMelding } from "../../lib/aanvulling.js";
import { ApiFout, api, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { vraagBevestiging } from "../../lib/bevestiging.js";
import { h, melding, tijdstip, vervang } from "../../lib/dom.js";
import { type FoutRegel, foutSamenvatting, knop, meldStatus } from "../../lib/invoer.js";
import { foutTekst } from "../../lib/pagina.js";
import { stapBegroting, toonTotalen } from "./begroting.js";
import { stapDocumenten } from "./documenten.js";
import { stapLocaties } from "./locaties.js";
import { naarServer, uitServer } from "./model.js";
import { indienGevolg, ontvangstbewijs } from "./ontvangen.js";
import { samenvatting } from "./samenvatting.js";
import { onderbouwingNodig, stapVerklaringen } from "./verklaringen.js";
import { type Bevinding, toonBevindingen, veldVoor, type Wizard } from "./wizard.js";

export type Aanvraag = Antwoord<"leesAanvraag">;

const TITELS = [
  "Locaties en verbeterparagraaf",
  "Begroting",
  "Verklaringen en onderbouwing",
  "Documenten",
  "Controleren en indienen",
];
/** Where a step move comes from: a click (new history entry), the page's start, or Back/Forward. */
type Geschiedenis = "push" | "replace" | "geen";

/** The step the URL names (1-based in the URL); absent or not a step opens the first. */
function stapUitUrl(): number {
  const n = Number(new URL(location.href).searchParams.get("stap"));
  return Number.isInteger(n) && n >= 1 && n <= TITELS.length ? n - 1 : 0;
}

const ERNST: Record<string, string> = {
  blokkeert: "blokkeert",
  waarschuwt: "waarschuwing",
  informeert: "ter informatie",
};

export class Stappen {
  private huidig = 0;
  private readonly w: Wizard;
  private readonly status = h("div", {});
  private readonly samenvatting = h("div", {});
  private readonly secties = TITELS.map((t, i) =>
    h(
      "section",
      { "aria-labelledby": `kb-stap-${i}` },
      h(
        "h2",
        { class: "utrecht-heading-2", id: `kb-stap-${i}`, tabindex: -1 },
        `Stap ${i + 1} van ${TITELS.length}: ${t}`,
      ),
    ),
  );
  private readonly inhoud = TITELS.map(() => h("div", {}));
  private readonly lijst = h("ol", {
    class: "kb-stappen",
    "aria-label": "Stappen van de aanvraag",
  });
  private readonly totaalPlekken = new Map<number, HTMLElement>();
  /** The field errors on screen, put back after a re-render. */
  private getoond: Bevinding[] = [];
  private onderbouwing: { stap: HTMLElement; onderbouwing: HTMLElement; uitleg: HTMLElement } = {
    stap: h("div", {}),
    onderbouwing: h("div", {}),
    uitleg: h("div", {}),
  };

  /** Back/Forward: the step of the entry, after saving; removed once the aanvraag is submitted. */
  private readonly volgGeschiedenis = () => void this.terugVooruit();

  constructor(
    private readonly plek: HTMLElement,
    private a: Aanvraag,
    richtlijn: string | null,
  ) {
    this.w = {
      aanvraagId: a.id,
      jaar: a.jaar,
      richtlijn,
      model: uitServer(a.huidigeVersie?.inhoud, a.jaar),
      velden: new Map(),
      gewijzigd: () => this.gewijzigd(),
      herteken: (pad) => this.herteken(pad),
    };
  }

  toon(): void {
    this.secties.forEach((s, i) => {
      s.append(this.inhoud[i]!);
    });
    vervang(this.inhoud[3]!, stapDocumenten(this.w));
    this.herteken();
    const knoppen = h(
      "div",
      { class: "utrecht-button-group" },
      knop("Vorige stap", () => void this.naar(this.huidig - 1)),
      knop("Concept opslaan", () => void this.bewaar(true)),
      knop("Volgende stap", () => void this.naar(this.huidig + 1), "primary"),
    );
    vervang(
      this.plek,
      h(
        "p",
        { class: "utrecht-paragraph" },
        `Aanvraag ${this.a.jaar}. Uw concept wordt opgeslagen bij elke stap; u kunt later verdergaan.`,
      ),
      aanvullingMelding(this.a.aanvulling),
      this.status,
      this.samenvatting,
      h("nav", { "aria-label": "Stappen" }, this.lijst),
      ...this.secties,
      knoppen,
    );
    this.kies(stapUitUrl(), false, "replace");
    addEventListener("popstate", this.volgGeschiedenis);
  }

  private herteken(focusPad?: string): void {
    this.w.velden = new Map([...this.w.velden].filter(([, v]) => v.stap === 3));
    vervang(this.inhoud[0]!, stapLocaties(this.w));
    vervang(this.inhoud[1]!, stapBegroting(this.w, this.totaalPlekken));
    this.onderbouwing = stapVerklaringen(this.w);
    vervang(this.inhoud[2]!, this.onderbouwing.stap);
    if (this.huidig === 4) this.tekenControle();
    this.gewijzigd();
    toonBevindingen(this.w, this.getoond);
    if (focusPad) this.w.velden.get(focusPad)?.veld.invoer.focus();
  }

  private gewijzigd(): void {
    this.w.model.begroting.forEach((j, i) => {
      const plek = this.totaalPlekken.get(i);
      if (plek) toonTotalen(this.w, j, plek);
    });
    const nodig = onderbouwingNodig(this.w);
    this.onderbouwing.onderbouwing.hidden = !nodig;
    this.onderbouwing.uitleg.hidden = nodig;
  }

  private kies(i: number, focus = true, geschiedenis: Geschiedenis = "push"): void {
    this.huidig = Math.max(0, Math.min(TITELS.length - 1, i));
    if (geschiedenis !== "geen") this.zetUrl(geschiedenis);
    this.secties.forEach((s, k) => {
      s.hidden = k !== this.huidig;
    });
    vervang(
      this.lijst,
      ...TITELS.map((t, k) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "utrecht-button utrecht-button--subtle-action",
              "aria-current": k === this.huidig ? "step" : null,
              onclick: (() => void this.naar(k)) as EventListener,
            },
            `${k + 1}. ${t}`,
          ),
        ),
      ),
    );
    if (this.huidig === 4) this.tekenControle();
    if (focus) document.getElementById(`kb-stap-${this.huidig}`)?.focus();
  }

  private async naar(i: number): Promise<void> {
    if (await this.bewaar(false)) this.kies(i);
  }

  /** The shown step into the URL; a move to the step already shown adds no history entry. */
  private zetUrl(manier: "push" | "replace"): void {
    const url = new URL(location.href);
    url.searchParams.set("stap", String(this.huidig + 1));
    if (url.href === location.href) return;
    if (manier === "push") history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  private async terugVooruit(): Promise<void> {
    const doel = stapUitUrl();
    if (doel === this.huidig) return;
    if (await this.bewaar(false)) this.kies(doel, true, "geen");
    // Not saved: the step with the errors stays on screen, and the URL says which one it is.
    else this.zetUrl("replace");
  }

  /** PUT the concept; true when saved. Conversion errors and refusals show at their fields. */
  private async bewaar(melden: boolean): Promise<boolean> {
    const { inhoud, fouten } = naarServer(this.w.model);
    if (fouten.length > 0) {
      this.toonFouten(fouten.map((f) => ({ veld: f.veld, melding: f.tekst })));
      return false;
    }
    try {
      this.a = await api<Aanvraag>("PUT", `/api/aanvragen/${seg(this.a.id)}/inhoud`, {
        versie: this.a.versie,
        inhoud,
      });
      vervang(this.samenvatting);
      this.getoond = [];
      toonBevindingen(this.w, []);
      if (melden) meldStatus(this.status, `Concept opgeslagen (versie ${this.a.versie}).`, true);
      return true;
    } catch (e) {
      this.toonServerFout(e);
      return false;
    }
  }

  private toonServerFout(e: unknown): void {
    if (e instanceof ApiFout && e.status === 409) {
      vervang(
        this.samenvatting,
        melding(
          "error",
          "Deze aanvraag is intussen door iemand anders gewijzigd of ingediend. Uw laatste wijzigingen zijn niet opgeslagen. ",
          h(
            "a",
            { class: "utrecht-link", href: link.aanvraag(this.a.id) },
            "Laad de aanvraag opnieuw",
          ),
        ),
      );
      this.samenvatting.querySelector<HTMLElement>("[role=alert]")?.setAttribute("tabindex", "-1");
      this.samenvatting.querySelector<HTMLElement>("[role=alert]")?.focus();
      return;
    }
    if (e instanceof ApiFout && e.bevindingen.length > 0)
      this.toonFouten(e.bevindingen.map((b) => ({ ...b, veld: b.veld ?? "" })));
    else if (e instanceof ApiFout && e.veld) {
      const pad = e.veld.replace(/^inhoud\.?/, "").replace(/\.(\d+)/g, "[$1]");
      this.toonFouten([{ veld: pad, melding: e.message }]);
    } else foutSamenvatting(this.samenvatting, [{ tekst: foutTekst(e) }]);
  }

  /** Blocking findings and field errors: next to the field and in the summary with links. */
  private toonFouten(lijst: readonly { veld: string; melding: string; ernst?: string }[]): void {
    const blokkerend = lijst.filter((b) => b.ernst === undefined || b.ernst === "blokkeert");
    this.getoond = blokkerend.map((b) => ({
      code: "",
      ernst: "blokkeert",
      veld: b.veld,
      melding: b.melding,
    }));
    toonBevindingen(this.w, this.getoond);
    const regels: FoutRegel[] = blokkerend.map((b) => ({
      veld: veldVoor(this.w, b.veld)?.veld,
      tekst: b.melding,
    }));
    foutSamenvatting(this.samenvatting, regels, (v) => {
      const stap = [...this.w.velden.values()].find((x) => x.veld === v)?.stap;
      if (stap !== undefined) this.kies(stap, false);
    });
  }

  /** Step 5: the read-only summary, the checks of the last saved version and the submit button. */
  private tekenControle(): void {
    const bevindingen = this.a.bevindingen;
    const acties = h("div", {});
    const knoppen = () =>
      vervang(
        acties,
        knop("Aanvraag indienen", () => this.indienen(acties, knoppen), "primary"),
      );
    knoppen();
    vervang(
      this.inhoud[4]!,
      samenvatting(this.w),
      h("h3", { class: "utrecht-heading-3" }, "Controle bij de laatst opgeslagen versie"),
      h("p", { class: "utrecht-paragraph" }, `Gereserveerd bedrag: ${euro(this.a.reservering)}.`),
      this.a.laatVenster
        ? melding(
            "info",
            `Het zorgkantoor heeft een laat indieningsvenster geopend: u kunt indienen tot en met ${tijdstip(
              new Date(new Date(this.a.laatVenster.tot).getTime() - 60_000).toISOString(),
            )} (Amsterdamse tijd).`,
          )
        : null,
      bevindingen.length === 0
        ? h("p", { class: "utrecht-paragraph" }, "Geen bevindingen.")
        : h(
            "ul",
            { class: "utrecht-unordered-list" },
            ...bevindingen.map((b) =>
              // The rulebook source is for the team, not for the aanbieder.
              h("li", {}, `${leesbareMelding(b.melding, b.veld)} (${ERNST[b.ernst] ?? b.ernst})`),
            ),
          ),
      acties,
    );
  }

  /**
   * Asks first, saying what submitting does. With a blocking finding the server refuses and nothing
   * irreversible can happen, so the attempt goes straight on and the findings show at their fields.
   */
  private indienen(acties: HTMLElement, knoppen: () => void): void {
    if (!this.a.kanIndienen) {
      void this.dienIn(knoppen);
      return;
    }
    vraagBevestiging(acties, {
      gevolg: indienGevolg(this.a),
      ja: "Ja, aanvraag indienen",
      doe: () => this.dienIn(knoppen),
      terug: () => {
        knoppen();
        acties.querySelector("button")?.focus();
      },
    });
  }

  /** Saves, then submits; a refusal puts the button back and shows why. */
  private async dienIn(knoppen: () => void): Promise<void> {
    if (!(await this.bewaar(false))) return knoppen();
    try {
      const a = await api<Aanvraag>("POST", `/api/aanvragen/${seg(this.a.id)}/indiening`, {
        versie: this.a.versie,
      });
      this.ontvangen(a);
    } catch (e) {
      knoppen();
      this.toonServerFout(e);
    }
  }

  private ontvangen(a: Aanvraag): void {
    removeEventListener("popstate", this.volgGeschiedenis);
    ontvangstbewijs(this.plek, a);
  }
}
