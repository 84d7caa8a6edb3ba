// The one confirmation step before an irreversible action (UX issue: "confirmations before every
// irreversible action, saying what will happen"). It replaces the action buttons in `plek` with a
// warning that says what will happen, a "Ja, …" button and Annuleren; Annuleren (or a failed
// action, through `terug`) puts the buttons back. Inline, not a modal: the warning stays in reading
// order for screen readers and keyboard users, and focus moves to it.
import { h, melding, vervang } from "./dom.js";
import { knop } from "./invoer.js";

export interface Bevestiging {
  /** What will happen, in full sentences; "Dit kan niet ongedaan worden gemaakt." is added. */
  gevolg: string;
  /** The text of the confirming button, e.g. "Ja, indienen". */
  ja: string;
  /** The action itself. */
  doe: () => void | Promise<void>;
  /** Puts the original buttons back (Annuleren). */
  terug: () => void;
  /** Extra content between the text and the buttons (a summary table). */
  details?: HTMLElement | null;
}

/** Shows the confirmation in `plek`; the action runs only after "Ja". */
export function vraagBevestiging(plek: HTMLElement, b: Bevestiging): void {
  const nee = knop("Annuleren", b.terug, "secondary");
  // One click acts once: a double click on "Ja" would send the irreversible request twice.
  const ja = knop(
    b.ja,
    () => {
      ja.disabled = nee.disabled = true;
      void Promise.resolve()
        .then(b.doe)
        .finally(() => {
          ja.disabled = nee.disabled = false;
        });
    },
    "primary",
  );
  const vraag = melding(
    "warning",
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Weet u het zeker? ${b.gevolg} Dit kan niet ongedaan worden gemaakt.`,
    ),
    b.details ?? null,
    h("div", { class: "utrecht-button-group" }, ja, nee),
  );
  vraag.tabIndex = -1;
  vervang(plek, vraag);
  vraag.focus();
}
