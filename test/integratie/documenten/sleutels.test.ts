// Object keys never contain user-supplied names. Whatever the browser calls the file
// (paths, unicode, control characters, header injection, very long), the keys are built from the
// two server ids only, the whole upload → check → download path works, and the download is
// saved under the sanitised name.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import {
  downloadLink,
  maakUploadverzoek,
  type Opslag,
  verwerkUpload,
} from "#functions/data/documentopslag.js";
import { downloadnaam } from "#shared/documenten/bestandsnaam.js";
import { controleerAankondiging } from "#shared/documenten/controle.js";
import { documentSleutels } from "#shared/documenten/sleutel.js";
import { clients, omgeving } from "../fixture/index.js";
import { kleinePdf, uploadViaFormulier } from "./hulp.js";

const c = clients();
afterAll(() => c.destroy());
const opslag: Opslag = { s3: c.s3, bucket: omgeving().inrichting.bucket };

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const UPLOAD = new RegExp(`^uploads/zaken/${UUID}/${UUID}$`);
const DOCUMENT = new RegExp(`^zaken/${UUID}/documenten/${UUID}$`);

const NARE_NAMEN = [
  "../../etc/passwd",
  "..\\..\\windows\\system32\\config\\SAM",
  "/absolute/pad/plan.pdf",
  "plan.pdf\r\nContent-Type: text/html\r\n\r\n<script>",
  'plan"; filename="evil.exe',
  "rapport\u202Efdp.exe",
  "Kwaliteitsplan Zorggroep Ëlckerlyc — 2020 ✓.pdf",
  "计划书 2020.pdf",
  "😀😀😀.pdf",
  "CON.pdf",
  "   ",
  "%2e%2e%2fgeheim.pdf",
  "a\u0000b.pdf",
  "\uD800losse-surrogaat.pdf",
  `${"heel-lang-".repeat(200)}.pdf`,
];

const naam = fc.oneof(
  fc.constantFrom(...NARE_NAMEN),
  fc.string({ unit: "binary", minLength: 1, maxLength: 300 }),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }),
  fc
    .array(fc.constantFrom("..", "/", "\\", "a", "é", "\n", "\u202E", " ", ".pdf", "%00"), {
      minLength: 1,
      maxLength: 30,
    })
    .map((d) => d.join("")),
);

/** The name in filename* of a Content-Disposition header, decoded. */
const naamUitHeader = (h: string): string =>
  decodeURIComponent(/filename\*=UTF-8''([^;]+)$/.exec(h)?.[1] ?? "");

describe("documentsleutels bevatten nooit de naam van de gebruiker (§12)", () => {
  it("bouwt elke sleutel alleen uit de ids, ook bij kwaadaardige namen, en de download werkt", async () => {
    const pdf = kleinePdf();
    await fc.assert(
      fc.asyncProperty(naam, async (bestandsnaam) => {
        const aankondiging = controleerAankondiging({
          soort: "kwaliteitsplan",
          bestandsnaam,
          grootte: pdf.length,
          contentType: "application/pdf",
        });
        if (!aankondiging.ok) throw new Error(aankondiging.fout.melding);
        const zaakId = randomUUID();
        const documentId = randomUUID();
        const s = documentSleutels(zaakId, documentId);
        if (!s.ok) throw new Error(s.fout.melding);
        expect(s.waarde).toEqual({
          upload: `uploads/zaken/${zaakId}/${documentId}`,
          document: `zaken/${zaakId}/documenten/${documentId}`,
        });
        const verzoek = await maakUploadverzoek(opslag, {
          sleutel: s.waarde.upload,
          contentType: aankondiging.waarde.contentType,
          maxBytes: aankondiging.waarde.eisen.maxBytes,
        });
        expect(verzoek.velden.key).toMatch(UPLOAD);
        // The browser sends the raw name along with the file; S3 must ignore it.
        await uploadViaFormulier(verzoek, pdf, bestandsnaam);
        const r = await verwerkUpload(opslag, s.waarde, aankondiging.waarde.eisen);
        if (!r.ok) throw new Error(r.fout.melding);
        expect(r.waarde.sleutel).toMatch(DOCUMENT);
        const link = await downloadLink(opslag, r.waarde.sleutel, {
          bestandsnaam: aankondiging.waarde.weergavenaam,
        });
        expect(new URL(link).pathname).toBe(`/${opslag.bucket}/${r.waarde.sleutel}`);
        // The keys S3 got are exactly the ones built from the server's ids (asserted above), so
        // nothing of the user's name can be in them. (A substring test gave false alarms: the name
        // "/a" occurs in ".../a15f…" when an id happens to start with "a".)
        expect(verzoek.velden.key).toBe(s.waarde.upload);
        expect(r.waarde.sleutel).toBe(s.waarde.document);
        const antwoord = await fetch(link);
        expect(antwoord.status).toBe(200);
        expect(new Uint8Array(await antwoord.arrayBuffer())).toEqual(pdf);
        const header = antwoord.headers.get("content-disposition") ?? "";
        expect(header.startsWith("attachment; ")).toBe(true);
        expect(naamUitHeader(header)).toBe(
          downloadnaam(aankondiging.waarde.weergavenaam, "application/pdf"),
        );
      }),
      { numRuns: 40, examples: NARE_NAMEN.map((n) => [n]) },
    );
  });
});
