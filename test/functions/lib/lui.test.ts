// An operation module loads with the first request of its route, once, and a failed
// import is tried again (functions/lib/lui.ts).
import { describe, expect, it, vi } from "vitest";
import { lui } from "#functions/lib/lui.js";
import type { Verzoek } from "#functions/lib/verzoek.js";

const verzoek = {} as Verzoek;

describe("lui geladen operaties", () => {
  it("laadt de module pas bij het eerste verzoek, en maar één keer", async () => {
    const laad = vi.fn(async () => ({ x: async (_: Verzoek) => ({ body: { ok: true } }) }));
    const op = lui(laad, "x");
    expect(laad).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([op(verzoek), op(verzoek)]);
    await op(verzoek);
    expect(a).toEqual({ body: { ok: true } });
    expect(b).toEqual(a);
    expect(laad).toHaveBeenCalledTimes(1);
  });

  it("geeft de fout van een mislukte import door en probeert het bij het volgende verzoek opnieuw", async () => {
    const laad = vi
      .fn<() => Promise<{ x: (_: Verzoek) => { body: string } }>>()
      .mockRejectedValueOnce(new Error("module ontbreekt"))
      .mockResolvedValue({ x: () => ({ body: "tweede keer" }) });
    const op = lui(laad, "x");
    await expect(op(verzoek)).rejects.toThrow("module ontbreekt");
    await expect(op(verzoek)).resolves.toEqual({ body: "tweede keer" });
    expect(laad).toHaveBeenCalledTimes(2);
  });

  it("geeft de operatie het verzoek ongewijzigd", async () => {
    const x = vi.fn((_: Verzoek) => ({ status: 204 }));
    await lui(async () => ({ x }), "x")(verzoek);
    expect(x).toHaveBeenCalledWith(verzoek);
  });
});
