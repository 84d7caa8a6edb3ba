// Local stack: DynamoDB Local 3.x is a Java 17 program. A fresh machine (or CI) may lack Java,
// and only Debian's packages can be installed, so install `openjdk-17-jre-headless` when needed.
// Non-interactive on purpose: CI has no stdin.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";

const MINIMALE_VERSIE = 17;
const PAKKET = "openjdk-17-jre-headless";

/** The major version of `java` on PATH (17 for "17.0.15", 8 for "1.8.0_402"), or undefined. */
export function javaVersie(java = "java"): number | undefined {
  const r = spawnSync(java, ["-version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) return undefined;
  return leesJavaVersie(`${r.stderr}\n${r.stdout}`);
}

/** Parses `java -version` output; old Javas report "1.8", where the major is the second part. */
export function leesJavaVersie(uitvoer: string): number | undefined {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(uitvoer);
  if (!m) return undefined;
  const eerste = Number.parseInt(m[1]!, 10);
  return eerste === 1 && m[2] ? Number.parseInt(m[2], 10) : eerste;
}

function voerUit(commando: string, args: string[]): void {
  const r = spawnSync(commando, args, {
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (r.error || r.status !== 0) {
    throw new Error(
      `'${commando} ${args.join(" ")}' mislukte (${r.error?.message ?? `exitcode ${r.status}`}). ` +
        `Installeer Java ${MINIMALE_VERSIE} of nieuwer handmatig: apt-get install -y ${PAKKET}`,
    );
  }
}

/** Candidates in order: PATH, $JAVA_HOME, then Debian's /usr/lib/jvm (an older default Java
 * on PATH does not hide an installed 17). */
function kandidaten(): string[] {
  const lijst = ["java"];
  if (process.env.JAVA_HOME) lijst.push(join(process.env.JAVA_HOME, "bin", "java"));
  const jvm = "/usr/lib/jvm";
  if (existsSync(jvm)) {
    for (const d of readdirSync(jvm).sort().reverse()) lijst.push(join(jvm, d, "bin", "java"));
  }
  return lijst;
}

/** The first java command of version ≥ 17, or undefined. */
export function vindJava(): string | undefined {
  return kandidaten().find((j) => (javaVersie(j) ?? 0) >= MINIMALE_VERSIE);
}

/**
 * Makes sure Java ≥ 17 exists; installs Debian's JRE when it is missing or too old.
 * Returns the java command to use. Idempotent and fast (one `java -version`) when Java is there.
 */
export function zorgVoorJava(meld: (tekst: string) => void = (t) => console.error(t)): string {
  const gevonden = vindJava();
  if (gevonden) return gevonden;
  const versie = javaVersie();

  if (process.platform !== "linux" || spawnSync("apt-get", ["--version"]).status !== 0) {
    throw new Error(
      `Java ${MINIMALE_VERSIE}+ is nodig voor DynamoDB Local` +
        `${versie === undefined ? " en niet gevonden" : `, gevonden: Java ${versie}`}; ` +
        "installeer het en zorg dat `java` op PATH staat.",
    );
  }
  const root = process.getuid?.() === 0;
  const apt = root ? "apt-get" : "sudo";
  const voor = root ? [] : ["-n", "apt-get"];
  meld(
    `Java ${MINIMALE_VERSIE}+ ontbreekt${versie === undefined ? "" : ` (gevonden: ${versie})`}; ` +
      `${PAKKET} wordt geïnstalleerd (eenmalig, kan een minuut duren)...`,
  );
  // Slim Debian images drop /usr/share/man; the JRE's postinst then fails on a missing man1 dir.
  if (root) mkdirSync("/usr/share/man/man1", { recursive: true });
  voerUit(apt, [...voor, "update", "-q"]);
  voerUit(apt, [...voor, "install", "-y", "-q", "--no-install-recommends", PAKKET]);

  const na = vindJava();
  if (!na)
    throw new Error(`Na installatie van ${PAKKET} is Java ${MINIMALE_VERSIE}+ niet te vinden.`);
  meld(`Java ${javaVersie(na)} geïnstalleerd (${na}).`);
  return na;
}
