// `npm run herinneringen -- --op <ISO>` runs the job once against a running stack,
// found through a stack file of environment variables, and prints the JSON summary last.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { sluitClients } from "#functions/data/clients.js";
import { omgevingsvariabelen } from "#lokaal/demo.js";
import { gebruikEmulators, uniek } from "../fixture/index.js";
import { aanvraag, lid, mails } from "./omgeving.js";

gebruikEmulators();
const map = mkdtempSync(join(tmpdir(), "herinneringen-"));
afterAll(() => {
  sluitClients();
  rmSync(map, { recursive: true, force: true });
});

const lokaal = inject("lokaal");
const stack = join(map, "stack.json");
writeFileSync(
  stack,
  JSON.stringify({
    ...omgevingsvariabelen({ lokaal, inrichting: inject("inrichting") }),
    COGNITO_USER_POOL_ID: lokaal.cognito.userPoolId,
    COGNITO_ENDPOINT: lokaal.cognito.endpoint,
    PORTAAL_URL: "https://portaal.test",
    MAIL_AFZENDER: inject("inrichting").afzender,
  }),
);

// The child gets only the stack file: none of this process's emulator variables.
const schoon = Object.fromEntries(
  Object.entries(process.env).filter(
    ([k]) => !/ENDPOINT|TABEL_NAAM|BUCKET|COGNITO|PORTAAL|AFZENDER/.test(k),
  ),
);

const cli = (...args: string[]) =>
  promisify(execFile)("node_modules/.bin/tsx", ["cli/herinneringen.ts", ...args], {
    env: schoon,
  });

// Each CLI run is a fresh tsx process that loads the AWS SDK (about 3 s of CPU): on the shared
// 2-core machine under load one run took up to 15 s, so two runs need more than the default 30 s.
const SPAWN_TIJD = 90_000;

describe("npm run herinneringen", () => {
  it(
    "draait de job één keer op --op en eindigt met de JSON-samenvatting",
    async () => {
      const sinds = Math.floor(Date.now() / 1000) - 5;
      const zorgkantoorId = uniek("zk");
      const aanbiederId = uniek("aanbieder");
      const a = await lid({ rol: "aanbieder", aanbiederId });
      await aanvraag({
        aanbiederId,
        zorgkantoorId,
        jaar: 2020,
        toestand: "vastgelegd",
        afspraak: true,
      });
      const args = [
        "--op",
        "2020-05-28T08:30:00+02:00",
        "--stack",
        stack,
        "--zorgkantoor",
        zorgkantoorId,
      ];
      const eerste = await cli(...args);
      expect(eerste.stdout.trim().split("\n").at(-1)).toBe(
        '{"verstuurd":1,"overgeslagen":0,"mislukt":0}',
      );
      const tweede = await cli(...args);
      expect(tweede.stdout.trim().split("\n").at(-1)).toBe(
        '{"verstuurd":0,"overgeslagen":1,"mislukt":0}',
      );
      const m = await mails(sinds, [a.email]);
      expect(m).toHaveLength(1);
      expect(m[0]!.subject).toContain("31-05-2020");
    },
    SPAWN_TIJD,
  );

  it(
    "weigert een --op zonder offset met exitcode 2",
    async () => {
      await expect(cli("--op", "2020-05-28", "--stack", stack)).rejects.toMatchObject({ code: 2 });
    },
    SPAWN_TIJD,
  );
});
