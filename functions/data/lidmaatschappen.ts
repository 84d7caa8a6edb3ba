// docs/regels.md §1: the memberships of a user (role + organisation), stored on the server and read on
// every request — what a user may see never follows from the token alone. One item per
// membership in the user's partition (read all with one strongly consistent Query, so a revoked
// membership stops working at once), and in gsi1 per organisation (who works here).
import { type Lidmaatschap, LidmaatschapSchema } from "#shared/toegang/lidmaatschap.js";
import { zoek } from "./lezen.js";
import { gebruikerPk, LID_PREFIX, ledenGsi1, lidSleutel, type Organisatie } from "./sleutels.js";
import { type Schrijfcontext, schrijfTransactie, type TransactieUitkomst } from "./transactie.js";
import { nieuw, verwijder } from "./voorwaarden.js";

export const organisatieVan = (l: Lidmaatschap): Organisatie =>
  l.rol === "aanbieder"
    ? { soort: "aanbieder", id: l.aanbiederId }
    : l.rol === "landelijk-beheer"
      ? { soort: "landelijk" }
      : { soort: "zorgkantoor", id: l.zorgkantoorId };

const sleutelVan = (sub: string, l: Lidmaatschap) => lidSleutel(sub, l.rol, organisatieVan(l));

/** What is stored of a membership beside its keys: exactly the Lidmaatschap fields. */
const velden = (l: Lidmaatschap): Lidmaatschap => LidmaatschapSchema.parse(l);

/** All memberships of a user; [] for an unknown user (deny by default). Strongly consistent. */
export async function leesLidmaatschappen(sub: string): Promise<Lidmaatschap[]> {
  const items = await zoek({ pk: gebruikerPk(sub), begintMet: LID_PREFIX });
  // A stored item that is not a membership is a bug in a writer: fail loudly, never widen access.
  return items.map((i) => LidmaatschapSchema.parse(i.lidmaatschap));
}

export interface Lid {
  sub: string;
  lidmaatschap: Lidmaatschap;
}

/** The users of an organisation (gsi1; eventually consistent: for lists, not for access). */
export async function ledenVan(o: Organisatie): Promise<Lid[]> {
  const items = await zoek({ index: "gsi1", pk: ledenGsi1(o) });
  return items.map((i) => ({
    sub: String(i.sub),
    lidmaatschap: LidmaatschapSchema.parse(i.lidmaatschap),
  }));
}

const betrokkenVan = (l: Lidmaatschap) => ({
  aanbiederId: l.rol === "aanbieder" ? l.aanbiederId : undefined,
  zorgkantoorId: "zorgkantoorId" in l ? l.zorgkantoorId : undefined,
});

/**
 * Grants a membership, with its audit record. Granting one that exists changes nothing and
 * answers "bestond_al" (idempotent: the demo loader and a retried request rely on it).
 */
export async function schrijfLidmaatschap(
  sub: string,
  lidmaatschap: Lidmaatschap,
  ctx: Schrijfcontext,
  reden?: string,
): Promise<TransactieUitkomst<"aangemaakt" | "bestond_al">> {
  const l = velden(lidmaatschap);
  const o = organisatieVan(l);
  const r = await schrijfTransactie(
    [
      nieuw(
        {
          ...sleutelVan(sub, l),
          soort: "lidmaatschap",
          sub,
          lidmaatschap: l,
          gsi1pk: ledenGsi1(o),
          gsi1sk: `${sub}#${l.rol}`,
          aangemaaktOp: ctx.nu.toISOString(),
        },
        { status: 409, code: "LIDMAATSCHAP_BESTAAT_AL", melding: "dit lidmaatschap bestaat al" },
      ),
    ],
    {
      gebeurtenis: "lidmaatschap_gewijzigd",
      onderwerp: gebruikerPk(sub),
      betrokken: betrokkenVan(l),
      na: { toegekend: l },
      reden,
    },
    ctx,
  );
  if (r.ok) return { ok: true, waarde: "aangemaakt" };
  if (r.weigering.code === "LIDMAATSCHAP_BESTAAT_AL") return { ok: true, waarde: "bestond_al" };
  return r;
}

/** Revokes a membership, with its audit record; an absent one answers NIET_GEVONDEN. */
export async function verwijderLidmaatschap(
  sub: string,
  lidmaatschap: Lidmaatschap,
  ctx: Schrijfcontext,
  reden?: string,
): Promise<TransactieUitkomst<void>> {
  const l = velden(lidmaatschap);
  const r = await schrijfTransactie(
    [
      verwijder(sleutelVan(sub, l), undefined, {
        status: 404,
        code: "NIET_GEVONDEN",
        melding: "dit lidmaatschap bestaat niet",
      }),
    ],
    {
      gebeurtenis: "lidmaatschap_gewijzigd",
      onderwerp: gebruikerPk(sub),
      betrokken: betrokkenVan(l),
      voor: { ingetrokken: l },
      reden,
    },
    ctx,
  );
  return r.ok ? { ok: true, waarde: undefined } : r;
}
