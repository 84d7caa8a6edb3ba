// Small DOM helpers. Everything the pages show is built with these (textContent, never innerHTML),
// so data from the API can never be interpreted as markup.

type Kind = Node | string | number | null | undefined | false;
type Attributen = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Creates an element: attributes (on* functions become listeners; false/null are left out). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributen: Attributen = {},
  ...kinderen: Kind[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [naam, waarde] of Object.entries(attributen)) {
    if (waarde === false || waarde === null || waarde === undefined) continue;
    if (typeof waarde === "function") el.addEventListener(naam.slice(2), waarde);
    else if (waarde === true) el.setAttribute(naam, "");
    else el.setAttribute(naam, String(waarde));
  }
  voegToe(el, ...kinderen);
  return el;
}

export function voegToe(el: Element, ...kinderen: Kind[]): void {
  for (const k of kinderen) {
    if (k === null || k === undefined || k === false) continue;
    el.append(typeof k === "number" ? String(k) : k);
  }
}

/** Replaces the children of an element. */
export function vervang(el: Element, ...kinderen: Kind[]): void {
  el.replaceChildren();
  voegToe(el, ...kinderen);
}

/** The element with this id; a page without it is a build error, so fail loudly. */
export function element<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`element #${id} ontbreekt op deze pagina`);
  return el as T;
}

/** A query-string parameter of the current page. */
export function parameter(naam: string): string | null {
  return new URL(location.href).searchParams.get(naam);
}

/** dd-mm-jjjj of an ISO date or instant, in Europe/Amsterdam (§3: every deadline is Dutch time). */
export function datum(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) {
    const [j, m, d] = iso.split("-");
    return `${d}-${m}-${j}`;
  }
  return new Intl.DateTimeFormat("nl-NL", {
    timeZone: "Europe/Amsterdam",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date(iso));
}

/** dd-mm-jjjj uu:mm in Europe/Amsterdam. */
export function tijdstip(iso: string): string {
  return new Intl.DateTimeFormat("nl-NL", {
    timeZone: "Europe/Amsterdam",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

/** An NL Design System alert; role=alert for errors so screen readers announce them at once. */
export function melding(
  soort: "info" | "ok" | "warning" | "error",
  ...inhoud: Kind[]
): HTMLElement {
  return h(
    "div",
    {
      class: `utrecht-alert utrecht-alert--${soort}`,
      role: soort === "error" ? "alert" : "status",
    },
    h(
      "div",
      { class: "utrecht-alert__content" },
      h("div", { class: "utrecht-alert__message" }, ...inhoud),
    ),
  );
}

/** A status badge (neutral, safe, warning, danger). */
export function badge(
  soort: "neutral" | "safe" | "warning" | "danger",
  tekst: string,
): HTMLElement {
  return h("span", { class: `utrecht-badge-status utrecht-badge-status--${soort}` }, tekst);
}

/** An NL Design System data list: label and value pairs; values of class kb-bedrag when asked. */
export function gegevens(
  paren: readonly (readonly [string, Kind])[],
  waardeKlasse = "",
): HTMLElement {
  return h(
    "dl",
    { class: "utrecht-data-list" },
    ...paren.map(([k, v]) =>
      h(
        "div",
        { class: "utrecht-data-list__item" },
        h("dt", { class: "utrecht-data-list__item-key" }, k),
        h("dd", { class: `utrecht-data-list__item-value ${waardeKlasse}`.trim() }, v),
      ),
    ),
  );
}

/** A plain NL Design System table: headers and rows of cells; amounts get class kb-bedrag. */
export function tabel(
  bijschrift: string,
  koppen: readonly string[],
  rijen: readonly (readonly Kind[])[],
  bedragKolommen: readonly number[] = [],
): HTMLElement {
  const cel = (tag: "th" | "td", inhoud: Kind, i: number) =>
    h(
      tag,
      {
        class: `utrecht-table__${tag === "th" ? "header-cell" : "cell"}${bedragKolommen.includes(i) ? " kb-bedrag" : ""}`,
        ...(tag === "th" ? { scope: "col" } : {}),
      },
      inhoud,
    );
  const rol = h(
    "div",
    { class: "kb-tabel-rol" },
    h(
      "table",
      { class: "utrecht-table utrecht-table--html-table" },
      h("caption", { class: "utrecht-table__caption" }, bijschrift),
      h(
        "thead",
        { class: "utrecht-table__header" },
        h("tr", { class: "utrecht-table__row" }, ...koppen.map((k, i) => cel("th", k, i))),
      ),
      h(
        "tbody",
        { class: "utrecht-table__body" },
        ...rijen.map((r) =>
          h("tr", { class: "utrecht-table__row" }, ...r.map((c, i) => cel("td", c, i))),
        ),
      ),
    ),
  );
  schuifbaarAlsBreed(rol, bijschrift);
  return rol;
}

/**
 * A table wider than the page scrolls sideways in its wrapper; only then the wrapper becomes a
 * named region in the tab order, so keyboard users can scroll it too (WCAG 2.1.1; axe
 * scrollable-region-focusable). A table that fits adds no extra tab stop.
 */
function schuifbaarAlsBreed(rol: HTMLElement, naam: string): void {
  const pas = () => {
    if (rol.scrollWidth > rol.clientWidth) {
      rol.tabIndex = 0;
      rol.setAttribute("role", "region");
      rol.setAttribute("aria-label", naam);
    } else {
      for (const a of ["tabindex", "role", "aria-label"]) rol.removeAttribute(a);
    }
  };
  const waarneming = new ResizeObserver(pas);
  waarneming.observe(rol);
  if (rol.firstElementChild) waarneming.observe(rol.firstElementChild);
}
