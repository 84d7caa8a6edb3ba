// §4.3: while an aanvraag waits for aanvulling, the zorgkantoor's question stands at the top of
// the aanbieder's dossier and wizard, not only at the bottom of the audit trail.
import { h, melding } from "./dom.js";

export function aanvullingMelding(aanvulling: { reden: string } | null): HTMLElement | null {
  if (!aanvulling) return null;
  return melding(
    "warning",
    h("strong", {}, "Het zorgkantoor vraagt om aanvulling. "),
    `Reden: ${aanvulling.reden}`,
  );
}
