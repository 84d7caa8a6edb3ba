// docs/regels.md §1: grants a membership in a deployed stage — the one step after inviting a
// user in Cognito, because the handlers authorise against memberships in DynamoDB, never on the
// token alone. Written through functions/data/lidmaatschappen.ts, so the audit record (§12) is
// stored in the same transaction. Uses the caller's AWS credentials; run it once for the first
// beheerder, who can then work in the portal:
//
//   npx tsx infra/lid-toekennen.ts --tabel kwaliteitsbudget-prod --sub <cognito sub> \
//     --rol zorgkantoor-beheer --zorgkantoor <zorgkantoorId> [--regio eu-west-1]
import { randomUUID } from "node:crypto";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { z } from "zod";
import { type Resultaat, valideer } from "#shared/resultaat.js";
import { ROLLEN } from "#shared/rollen.js";
import { type Lidmaatschap, LidmaatschapSchema } from "#shared/toegang/lidmaatschap.js";

const ArgumentenSchema = z
  .object({
    tabel: z.string().regex(/^[A-Za-z0-9_.-]{3,255}$/, { error: "geen geldige tabelnaam" }),
    sub: z.string().trim().min(1, { error: "geef de Cognito-sub van de gebruiker" }),
    rol: z.enum(ROLLEN),
    zorgkantoor: z.string().min(1).optional(),
    aanbieder: z.string().min(1).optional(),
    regio: z.string().default("eu-west-1"),
  })
  .transform((a, ctx) => {
    const l = LidmaatschapSchema.safeParse({
      rol: a.rol,
      zorgkantoorId: a.zorgkantoor,
      aanbiederId: a.aanbieder,
    });
    if (!l.success) {
      ctx.addIssue({
        code: "custom",
        path: [a.rol === "aanbieder" ? "aanbieder" : "zorgkantoor"],
        message: `rol ${a.rol} hoort bij een ${a.rol === "aanbieder" ? "--aanbieder" : "--zorgkantoor"}`,
      });
      return z.NEVER;
    }
    return { tabel: a.tabel, sub: a.sub, regio: a.regio, lidmaatschap: l.data as Lidmaatschap };
  });

export type Toekenning = z.output<typeof ArgumentenSchema>;

/** The command line, validated: a typed Fout naming the option, never an exception. */
export function leesArgumenten(argv: readonly string[]): Resultaat<Toekenning> {
  let waarden: Record<string, unknown>;
  try {
    waarden = parseArgs({
      args: [...argv],
      options: {
        tabel: { type: "string" },
        sub: { type: "string" },
        rol: { type: "string" },
        zorgkantoor: { type: "string" },
        aanbieder: { type: "string" },
        regio: { type: "string" },
      },
    }).values;
  } catch (e) {
    return { ok: false, fout: { code: "ONGELDIGE_OPTIE", veld: "", melding: String(e) } };
  }
  return valideer(ArgumentenSchema, waarden);
}

async function main(): Promise<number> {
  const a = leesArgumenten(process.argv.slice(2));
  if (!a.ok) {
    console.error(a.fout.melding);
    return 2;
  }
  process.env.TABEL_NAAM = a.waarde.tabel;
  process.env.AWS_REGION = a.waarde.regio;
  // Imported only now: the data layer reads its configuration on first use.
  const { schrijfLidmaatschap } = await import("#functions/data/lidmaatschappen.js");
  const r = await schrijfLidmaatschap(
    a.waarde.sub,
    a.waarde.lidmaatschap,
    {
      wie: { sub: "systeem", rol: "systeem" },
      nu: new Date(),
      correlatieId: `infra-lid-${randomUUID()}`,
    },
    "eerste beheerder na uitrol (infra/lid-toekennen.ts)",
  );
  console.log(JSON.stringify(r));
  return r.ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  process.exitCode = await main();
