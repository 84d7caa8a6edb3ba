// docs/regels.md §8: an edited herschikking that breaks a constraint answers 422 listing EVERY
// violation (code, field of the request body, Dutch message); nothing is stored.
import type { Fout } from "#shared/resultaat.js";
import { PROBLEEM_TYPE, probleem } from "../lib/http.js";
import type { Antwoord } from "../lib/verzoek.js";

/** shared/ names a line's id "id"; the request body calls it "aanvraagId". */
const veldInBody = (veld: string): string =>
  veld.replace(/^(voorstel\[\d+\])\.id$/, "$1.aanvraagId");

export function overtredingenAntwoord(fouten: readonly Fout[], correlatieId: string): Antwoord {
  const lijst = fouten.map((f) => ({ code: f.code, veld: veldInBody(f.veld), melding: f.melding }));
  const p = probleem(
    {
      status: 422,
      code: "HERSCHIKKING_VOLDOET_NIET",
      melding: `De herschikking voldoet niet aan §8 (${lijst.length} ${
        lijst.length === 1 ? "punt" : "punten"
      }): ${lijst.map((f) => f.melding).join(" ")}`,
      veld: lijst[0]!.veld,
    },
    correlatieId,
  );
  return {
    status: 422,
    headers: { "content-type": PROBLEEM_TYPE },
    body: JSON.stringify({ ...p, overtredingen: lijst }),
  };
}
