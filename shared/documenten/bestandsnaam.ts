// docs/regels.md §12: the user's file name is kept only as a label, for display and as
// the name a download is saved under — never in an object key. Before it is stored it is
// sanitised: a name is untrusted text that ends up in screens, in a Content-Disposition header
// and on the user's disk, so it must not carry paths, control or bidi characters (which can
// disguise "rapport‮fdp.exe" as "rapportexe.pdf"), Windows-reserved characters, or be too long.

export const STANDAARD_MAX_NAAMLENGTE = 120;
export const NAAM_ZONDER_INHOUD = "document";

// Tabs and line breaks separate words: they become a space rather than glue two words together.
const REGELEINDE = /[\t\n\v\f\r\u0085\p{Zl}\p{Zp}]/gu;
// Control (Cc), format (Cf: bidi overrides, zero-width, BOM) and separator (Zl, Zp) characters.
const ONZICHTBAAR = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Not allowed in a Windows file name; " and \ would also break a quoted header value.
const GERESERVEERD = /[<>:"/\\|?*]/g;
// Device names Windows refuses as a file name, with or without extension.
const APPARAAT = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i;
// An extension worth keeping when the name is cut: a dot and 1–10 letters or digits.
const EXTENSIE = /\.[\p{L}\p{N}]{1,10}$/u;

/** Cuts to at most `max` code points (never halves a surrogate pair), keeping the extension. */
function kort(naam: string, max: number): string {
  const tekens = Array.from(naam);
  if (tekens.length <= max) return naam;
  const ext = Array.from(EXTENSIE.exec(naam)?.[0] ?? "");
  if (ext.length >= max) return tekens.slice(0, max).join("");
  const stam = tekens.slice(0, tekens.length - ext.length);
  return `${stam
    .slice(0, max - ext.length)
    .join("")
    .trimEnd()}${ext.join("")}`;
}

/**
 * The label kept for a document: the last path segment of what the browser sent, in Unicode
 * NFC, without invisible characters, with Windows-reserved characters as "_", whitespace runs as
 * one space, no leading dots or trailing dots/spaces, at most `max` code points, and never empty.
 */
export function saneerBestandsnaam(naam: string, max = STANDAARD_MAX_NAAMLENGTE): string {
  // Lone surrogates would make encodeURIComponent throw later: replace them (U+FFFD) first.
  const heel = naam.replace(/\p{Cs}/gu, "\uFFFD").normalize("NFC");
  const segment =
    heel
      .split(/[/\\]/)
      .filter((s) => s.trim() !== "")
      .pop() ?? "";
  const schoon = segment
    .replace(REGELEINDE, " ")
    .replace(ONZICHTBAAR, "")
    .replace(GERESERVEERD, "_")
    .replace(/\s+/gu, " ")
    .replace(/^[\s.]+/u, "")
    .replace(/[\s.]+$/u, "");
  const veilig = APPARAAT.test(schoon) ? `_${schoon}` : schoon;
  // Cutting can expose a trailing dot or space again (Windows drops those silently).
  const resultaat = kort(veilig, Math.max(1, max)).replace(/[\s.]+$/u, "");
  return resultaat === "" ? NAAM_ZONDER_INHOUD : resultaat;
}

/** The name a download is saved under: sanitised, with ".pdf" added for a PDF that lacks it. */
export function downloadnaam(naam: string, contentType: string): string {
  const schoon = saneerBestandsnaam(naam);
  return contentType === "application/pdf" && !/\.pdf$/i.test(schoon) ? `${schoon}.pdf` : schoon;
}

// RFC 5987 attr-char: what may stay unencoded in filename*; encodeURIComponent leaves ' ( ) * !
// unencoded, which attr-char does not allow.
const rfc5987 = (s: string): string =>
  encodeURIComponent(s).replace(
    /['()*!]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

/**
 * `attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266): old
 * clients read the ASCII name, every current browser the exact Unicode one. The name is sanitised
 * again here, so no caller can put a quote, CR or LF into the header.
 */
export function contentDisposition(naam: string): string {
  const schoon = saneerBestandsnaam(naam);
  const ascii = schoon.replace(/[^\x20-\x7e]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(schoon)}`;
}
