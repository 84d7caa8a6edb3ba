// Local stack: DynamoDB Local needs Java 17+; lokaal/java.ts finds it (or installs Debian's JRE).
import { describe, expect, it } from "vitest";
import { javaVersie, leesJavaVersie, vindJava, zorgVoorJava } from "#lokaal/java.js";

describe("Java voor DynamoDB Local", () => {
  it("leest de hoofdversie uit `java -version`, ook in het oude 1.x-formaat", () => {
    expect(leesJavaVersie('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(leesJavaVersie('openjdk version "21" 2023-09-19')).toBe(21);
    expect(leesJavaVersie('java version "1.8.0_402"')).toBe(8);
    expect(leesJavaVersie("bash: java: command not found")).toBeUndefined();
  });

  it("vindt een Java van versie 17 of hoger zonder iets te installeren", () => {
    const meldingen: string[] = [];
    const java = zorgVoorJava((t) => meldingen.push(t));
    expect(java).toBe(vindJava());
    expect(javaVersie(java)).toBeGreaterThanOrEqual(17);
    // Java is there already (globalSetup made sure of it): nothing was installed.
    expect(meldingen).toEqual([]);
  });
});
