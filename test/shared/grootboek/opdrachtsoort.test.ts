// docs/regels.md §15.4, §15.7: the zorgkantoor's payment-order page names each order's kind in Dutch.
import { describe, expect, it } from "vitest";
import { OPDRACHTSOORT_LABEL, opdrachtsoort } from "#shared/grootboek/opdrachtsoort.js";

describe("soort van een betaalopdracht", () => {
  it("voorschot, nabetaling na vaststelling of uit het landelijk restant", () => {
    expect(opdrachtsoort("voorschot", "x#restantverdeling:landelijk-2020#1")).toBe("voorschot");
    expect(opdrachtsoort("nabetaling", "nabetaling_besteld#a#z#2020#vaststelling:a1#1")).toBe(
      "nabetaling",
    );
    const s = opdrachtsoort(
      "nabetaling",
      "nabetaling_besteld#a#z#2020#restantverdeling:landelijk-2020#1",
    );
    expect(s).toBe("restantverdeling");
    expect(OPDRACHTSOORT_LABEL[s]).toBe("Nabetaling uit het landelijk restant");
  });
});
