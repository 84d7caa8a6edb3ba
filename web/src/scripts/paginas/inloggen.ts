// Login, with the Cognito challenges an invited user meets: a new password on first login, and
// for zorgkantoor roles setting up and then using an authenticator app (MFA is required there).
import { element, melding, parameter, vervang } from "../lib/dom.js";
import { beantwoord, InlogFout, inloggen, type Sessie, type Uitdaging } from "../lib/sessie.js";

const meldingen = element("kb-inlog-melding");
const inlog = element<HTMLFormElement>("kb-inlogformulier");
const uitdagingForm = element<HTMLFormElement>("kb-uitdaging");
const antwoordVeld = element<HTMLInputElement>("antwoord");

const reden = parameter("reden");
if (reden === "verlopen")
  vervang(
    meldingen,
    melding(
      "warning",
      "Uw sessie is verlopen. Log opnieuw in; daarna gaat u verder op de pagina waar u was.",
    ),
  );
if (reden === "uitgelogd") vervang(meldingen, melding("ok", "U bent uitgelogd."));

/** Only a path on this site: never an open redirect to another origin. */
function terug(): string {
  const t = parameter("terug");
  return t?.startsWith("/") && !t.startsWith("//") && !t.startsWith("/inloggen/") ? t : "/";
}

const UITLEG: Record<Uitdaging["soort"], [string, string, string]> = {
  NEW_PASSWORD_REQUIRED: [
    "U logt voor het eerst in. Kies een nieuw wachtwoord van minstens 12 tekens met hoofdletters, kleine letters, cijfers en leestekens.",
    "Nieuw wachtwoord",
    "new-password",
  ],
  MFA_SETUP: [
    "Voor uw rol is tweestapsverificatie verplicht. Voeg de sleutel hieronder toe aan uw authenticator-app en vul de zescijferige code in.",
    "Code uit de app",
    "one-time-code",
  ],
  SOFTWARE_TOKEN_MFA: [
    "Vul de zescijferige code uit uw authenticator-app in.",
    "Code uit de app",
    "one-time-code",
  ],
};

let uitdaging: Uitdaging | null = null;

function verder(r: Sessie | Uitdaging): void {
  if ("accessToken" in r) {
    location.assign(terug());
    return;
  }
  uitdaging = r;
  const [uitleg, label, autocomplete] = UITLEG[r.soort];
  element("kb-uitdaging-uitleg").textContent = uitleg;
  element("kb-uitdaging-label").textContent = label;
  antwoordVeld.type = r.soort === "NEW_PASSWORD_REQUIRED" ? "password" : "text";
  antwoordVeld.autocomplete = autocomplete as AutoFill;
  antwoordVeld.value = "";
  const geheim = element("kb-uitdaging-geheim");
  geheim.hidden = !r.geheim;
  geheim.textContent = r.geheim ? `Sleutel: ${r.geheim}` : "";
  inlog.hidden = true;
  uitdagingForm.hidden = false;
  antwoordVeld.focus();
}

function fout(e: unknown): void {
  vervang(
    meldingen,
    melding(
      "error",
      e instanceof InlogFout ? e.message : "Inloggen is niet gelukt; probeer het opnieuw.",
    ),
  );
}

inlog.addEventListener("submit", async (e) => {
  e.preventDefault();
  const data = new FormData(inlog);
  const email = String(data.get("email") ?? "").trim();
  const wachtwoord = String(data.get("wachtwoord") ?? "");
  if (!email || !wachtwoord) {
    vervang(
      meldingen,
      melding("error", !email ? "Vul uw e-mailadres in." : "Vul uw wachtwoord in."),
    );
    element(!email ? "email" : "wachtwoord").focus();
    return;
  }
  try {
    verder(await inloggen(email, wachtwoord));
  } catch (err) {
    fout(err);
  }
});

uitdagingForm.addEventListener("submit", async (e) => {
  e.preventDefault();
  if (!uitdaging) return;
  try {
    verder(await beantwoord(uitdaging, antwoordVeld.value.trim()));
  } catch (err) {
    fout(err);
  }
});
