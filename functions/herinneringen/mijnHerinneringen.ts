// The reminders mailed to the caller, and the ones that failed for them, newest first.
// Read from gsi1 (HERINNERINGEN#<sub>); a reminder still being sent ("bezig") is not shown yet.
import { herinneringenVan } from "../data/herinneringen.js";
import type { Operatie } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";

/** [portal rule] The screen shows the newest 100; a user gets about 30 a year per obligation kind. */
const LIMIET = 100;

export const mijnHerinneringen: Operatie<RouteVan<"mijnHerinneringen">> = async (v) => {
  const records = await herinneringenVan(v.gebruiker.sub);
  const zichtbaar = records.flatMap((r) =>
    r.status === "bezig" ? [] : [{ ...r, status: r.status }],
  );
  // Newest first by the reminder's moment (§10), the record's last change where an old record has none.
  const wanneer = (r: { moment?: string; bijgewerktOp: string }) => r.moment ?? r.bijgewerktOp;
  zichtbaar.sort((a, b) => wanneer(b).localeCompare(wanneer(a)));
  return {
    body: {
      herinneringen: zichtbaar.slice(0, LIMIET).map((r) => ({
        sleutel: r.sleutel,
        verplichting: r.verplichting,
        soort: r.verplichtingSoort,
        aanleiding: r.aanleiding,
        moment: r.moment,
        deadline: r.deadline,
        link: r.link,
        status: r.status,
        pogingen: r.pogingen,
        fout: r.fout,
        bijgewerktOp: r.bijgewerktOp,
      })),
    },
  };
};
