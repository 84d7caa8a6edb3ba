// Authorisation-matrix examples for the parameters routes (see ../voorbeelden.ts). Parameters and
// kaders have no tenant: landelijk-beheer keeps them, everyone (parameters) or the zorgkantoren
// (their own kader) read them. Releasing the margin is tenant-bound: zorgkantoor-beheer of the
// kader's own zorgkantoor. Writes go to far years (2091–2100) with values that change nothing
// material: an entered version repeats the values in force, a kader is one euro.

import { leesKader } from "#functions/data/kaders.js";
import { parametersJson } from "#functions/parameters/weergave.js";
import { parametersVoor } from "#shared/parameters/jaarparameters.js";
import { uniek, zorgVoorKader, zorgVoorZorgkantoor } from "../../fixture/index.js";
import type { Voorbeelden } from "../matrix.js";

const verJaar = (): number => 2091 + Math.floor(Math.random() * 10);

/** The values in force (as the API would have given them), entered again: a new version number only. */
export function zelfdeParameters(jaar: number) {
  const { versie: _versie, ...rest } = parametersJson(parametersVoor(jaar));
  return rest;
}

export const PARAMETERS_VOORBEELDEN: Partial<Voorbeelden> = {
  parametersVanJaar: { tenantgebonden: false, verzoek: () => ({ pad: "/api/parameters/2020" }) },
  parameterversies: {
    tenantgebonden: false,
    verzoek: () => ({ pad: "/api/parameters/2020/versies" }),
  },
  parametersInvoeren: {
    tenantgebonden: false,
    verzoek: () => {
      const jaar = verJaar();
      return { pad: `/api/parameters/${jaar}`, body: zelfdeParameters(jaar) };
    },
  },
  regionaleKaders: { tenantgebonden: false, verzoek: () => ({ pad: "/api/kaders/2020" }) },
  kaderInstellen: {
    tenantgebonden: false,
    verzoek: async ({ beller }) => {
      const zorgkantoorId = uniek("zk");
      if (beller === "landelijk-beheer") await zorgVoorZorgkantoor(zorgkantoorId);
      return { pad: `/api/kaders/${verJaar()}/${zorgkantoorId}`, body: { bedrag: "1.00" } };
    },
  },
  margeVrijgeven: {
    tenantgebonden: true,
    verzoek: async ({ zaak, beller }) => {
      // A far year whose margin is still closed: a release is once, so each success uses one up.
      let jaar = 2091;
      if (beller === "zorgkantoor-beheer") {
        while ((await leesKader(zaak.zorgkantoorId, jaar))?.margeVrijgegeven) jaar++;
        await zorgVoorKader(zaak.zorgkantoorId, jaar, "1.00");
      }
      return {
        pad: `/api/kaders/${jaar}/${zaak.zorgkantoorId}/margevrijgave`,
        body: { reden: "Voorbeeld van de autorisatiematrix." },
      };
    },
  },
};
