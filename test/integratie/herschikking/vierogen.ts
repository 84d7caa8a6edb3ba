// docs/regels.md §15.2 in the HTTP tests: a herschikking decision is a proposal by one
// zorgkantoor-beheer user and the approval by ANOTHER. The refusal of the first step that refuses
// is the answer (a 422 on the proposal leaves nothing stored, as the old single decision did).
import type { Api } from "../http/api.js";
import { vraag } from "../http/api.js";

export async function besluitMetVierOgen(
  gw: Api,
  pad: string,
  o: {
    voorsteller: string;
    goedkeurder: string;
    headers?: Record<string, string>;
    body: unknown;
  },
) {
  const v = await vraag(gw, `${pad}/voorstel`, {
    methode: "POST",
    token: o.voorsteller,
    headers: o.headers,
    body: o.body,
  });
  if (v.status !== 201) return v;
  return vraag(gw, `${pad}/goedkeuring`, {
    methode: "POST",
    token: o.goedkeurder,
    headers: o.headers,
    body: { versie: v.body!.versie },
  });
}
