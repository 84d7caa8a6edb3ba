// The letters use PDF's standard fonts (WinAnsi: Dutch letters, "€", quotes and dashes are in it).
// No font with more glyphs can be embedded: pdf-lib needs @pdf-lib/fontkit for that, which is not a
// dependency. So a character outside WinAnsi is written as its nearest readable form — a name with
// "ő" or "ș" stays recognisable ("ö", "s") — rather than dropped or failing the PDF.

/** Characters whose decomposition does not give a readable WinAnsi form. */
const VERVANG: Record<string, string> = {
  ő: "ö",
  Ő: "Ö",
  ű: "ü",
  Ű: "Ü",
  ł: "l",
  Ł: "L",
  ĳ: "ij",
  Ĳ: "IJ",
  đ: "d",
  Đ: "D",
  ı: "i",
  ħ: "h",
  Ħ: "H",
  ŀ: "l",
  Ŀ: "L",
  ŉ: "'n",
  ĸ: "k",
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2015": "—",
  "\u2212": "-",
  "\u2032": "'",
  "\u2033": '"',
  "\u201B": "'",
  "\u201F": '"',
  "\u2007": " ",
  "\u2009": " ",
  "\u202F": " ",
  "\u2002": " ",
  "\u2003": " ",
  "\t": " ",
  "\u200B": "",
  "\u00AD": "",
  "\uFEFF": "",
  "\r": "",
};

/**
 * `tekst` with only characters `kan` accepts: itself, a replacement above, the letter without its
 * accents (NFD) or its compatibility form (NFKD: "ﬁ" → "fi"); anything else (an emoji) is "?".
 * Newlines stay: the layout breaks lines on them.
 */
export function leesbaar(tekst: string, kan: (codepunt: number) => boolean): string {
  const past = (s: string) => [...s].every((c) => c === "\n" || kan(c.codePointAt(0)!));
  return [...tekst]
    .map((c) => {
      if (c === "\n" || kan(c.codePointAt(0)!)) return c;
      const vervang = VERVANG[c];
      if (vervang !== undefined && past(vervang)) return vervang;
      for (const vorm of ["NFD", "NFKD"] as const) {
        const kaal = c.normalize(vorm).replace(/\p{M}/gu, "");
        if (kaal !== "" && kaal !== c && past(kaal)) return kaal;
      }
      return "?";
    })
    .join("");
}
