// Schema-valid ISO 8601 instants with any offset, for the berekening property tests of
// kalender and herinneringen.
import fc from "fast-check";

const twee = (n: number) => String(n).padStart(2, "0");

/** An instant written with a UTC offset between −12:00 and +14:00, or as Z (with milliseconds). */
export const isoTijdstip = (
  min = Date.UTC(1, 0, 1),
  max = Date.UTC(9998, 11, 31),
): fc.Arbitrary<string> =>
  fc.oneof(
    fc.integer({ min, max }).map((ms) => new Date(ms).toISOString()),
    fc
      .tuple(fc.integer({ min, max }), fc.integer({ min: -48, max: 56 }), fc.boolean())
      .map(([ms, kwartier, seconden]) => {
        const offset = kwartier * 15;
        const w = new Date(ms + offset * 60_000); // wall clock at that offset, read as UTC
        const teken = offset < 0 ? "-" : "+";
        const o = Math.abs(offset);
        const datum = `${String(w.getUTCFullYear()).padStart(4, "0")}-${twee(w.getUTCMonth() + 1)}-${twee(w.getUTCDate())}`;
        const tijd = `${twee(w.getUTCHours())}:${twee(w.getUTCMinutes())}${seconden ? `:${twee(w.getUTCSeconds())}` : ""}`;
        return `${datum}T${tijd}${teken}${twee(Math.floor(o / 60))}:${twee(o % 60)}`;
      }),
  );
