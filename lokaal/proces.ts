// Local stack: child processes for the emulators, without orphans. Each child runs in its own
// process group (detached) so the whole group can be killed, including grandchildren. Three
// safety nets: stop(), the parent's exit/signal handlers, and a "bewaker" (watchdog) process that
// kills the groups when the parent dies without running any handler (kill -9, OOM).
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

/** Asks the OS for a free loopback port (listen on port 0, read it, close). */
export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const adres = server.address();
      const poort = typeof adres === "object" && adres ? adres.port : 0;
      server.close(() => (poort ? resolve(poort) : reject(new Error("geen vrije poort"))));
    });
  });
}

/** The last part of a log file, for error messages. */
export function staartVan(log: string, tekens = 3000): string {
  try {
    const inhoud = readFileSync(log, "utf8");
    return inhoud.length > tekens ? `…${inhoud.slice(-tekens)}` : inhoud;
  } catch {
    return "(geen log)";
  }
}

export interface Kind {
  readonly naam: string;
  readonly proces: ChildProcess;
  readonly log: string;
  /** Set once the child has exited (code or signal), for early-exit detection. */
  readonly einde: Promise<string>;
  beëindigd: boolean;
}

// Every live child of this process, for the exit and signal handlers.
const levend = new Set<Kind>();

function doodGroep(pid: number | undefined, signaal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signaal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

const opruimen = (): void => {
  for (const k of levend) doodGroep(k.proces.pid, "SIGTERM");
};

let handlersGeregistreerd = false;
function registreerHandlers(): void {
  if (handlersGeregistreerd) return;
  handlersGeregistreerd = true;
  process.on("exit", opruimen);
  for (const signaal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    const handler = (): void => {
      opruimen();
      // With no other listener (vitest, start.ts) keep the default behaviour: die of the signal.
      if (process.listenerCount(signaal) === 1) {
        process.removeListener(signaal, handler);
        process.kill(process.pid, signaal);
      }
    };
    process.on(signaal, handler);
  }
}

export interface KindOpties {
  naam: string;
  commando: string;
  args: string[];
  cwd: string;
  log: string;
  env?: NodeJS.ProcessEnv;
}

/** Starts a child in its own process group, stdout and stderr into a log file. */
export function startKind(o: KindOpties, bewaker?: Bewaker): Kind {
  registreerHandlers();
  const fd = openSync(o.log, "a");
  let proces: ChildProcess;
  try {
    proces = spawn(o.commando, o.args, {
      cwd: o.cwd,
      env: { ...process.env, ...o.env },
      stdio: ["ignore", fd, fd],
      detached: true,
    });
  } finally {
    closeSync(fd);
  }
  proces.unref();
  const kind: Kind = {
    naam: o.naam,
    proces,
    log: o.log,
    beëindigd: false,
    einde: new Promise((resolve) => {
      const klaar = (tekst: string): void => {
        kind.beëindigd = true;
        levend.delete(kind);
        bewaker?.vergeet(proces.pid);
        resolve(tekst);
      };
      proces.once("error", (e) => klaar(`kon niet starten: ${e.message}`));
      proces.once("exit", (code, sig) => klaar(sig ? `signaal ${sig}` : `exitcode ${code}`));
    }),
  };
  levend.add(kind);
  bewaker?.bewaak(proces.pid);
  return kind;
}

/** Stops a child's process group: SIGTERM, then SIGKILL after `wachtMs`. */
export async function stopKind(kind: Kind, wachtMs = 5000): Promise<void> {
  if (kind.beëindigd) return;
  doodGroep(kind.proces.pid, "SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const te_laat = new Promise<"te laat">((r) => {
    timer = setTimeout(() => r("te laat"), wachtMs);
  });
  const uitkomst = await Promise.race([kind.einde, te_laat]);
  clearTimeout(timer);
  if (uitkomst === "te laat") {
    doodGroep(kind.proces.pid, "SIGKILL");
    await kind.einde;
  }
  // The group may hold children that outlived the leader (a shell, npx): kill them too.
  doodGroep(kind.proces.pid, "SIGKILL");
}

export interface WachtOpties {
  /** One readiness check; true when the emulator answers as it should. */
  probeer: () => Promise<boolean>;
  timeoutMs: number;
  intervalMs?: number;
}

/** Polls until the child answers; fails early, with its log, when it exits or times out. */
export async function wachtTotKlaar(kind: Kind, o: WachtOpties): Promise<void> {
  const start = Date.now();
  for (;;) {
    if (kind.beëindigd) {
      throw new Error(
        `${kind.naam} stopte tijdens het starten (${await kind.einde}). Log ${kind.log}:\n${staartVan(kind.log)}`,
      );
    }
    if (await o.probeer().catch(() => false)) return;
    if (Date.now() - start > o.timeoutMs) {
      throw new Error(
        `${kind.naam} antwoordde niet binnen ${o.timeoutMs} ms. Log ${kind.log}:\n${staartVan(kind.log)}`,
      );
    }
    await new Promise((r) => setTimeout(r, o.intervalMs ?? 100));
  }
}

/** True when a plain HTTP GET gets any answer matching `goed` within a second. */
export async function antwoordt(url: string, goed: (status: number) => boolean): Promise<boolean> {
  const r = await fetch(url, { signal: AbortSignal.timeout(1000) });
  await r.body?.cancel();
  return goed(r.status);
}

// The watchdog: a detached node process reading lines on stdin ("123" watch process group 123,
// "-123" forget it, "bewaar" keep the work folder). When stdin closes — the parent ended in any
// way — it kills what is left and removes the work folder given as its argument.
const BEWAKER_SCRIPT = `
const map = process.argv[1]; const groepen = new Set(); let buf = ""; let bewaar = false;
const dood = (s) => { for (const g of groepen) { try { process.kill(-g, s); } catch {} } };
const ruimOp = () => { if (map && !bewaar) require("node:fs").rmSync(map, { recursive: true, force: true }); };
const einde = () => { if (!groepen.size) { ruimOp(); process.exit(0); } dood("SIGTERM");
  setTimeout(() => { dood("SIGKILL"); ruimOp(); process.exit(0); }, 2000); };
process.on("SIGINT", () => {}); process.on("SIGTERM", einde);
process.stdin.setEncoding("utf8");
process.stdin.on("data", (d) => { buf += d; let i;
  while ((i = buf.indexOf("\\n")) >= 0) { const r = buf.slice(0, i); buf = buf.slice(i + 1);
    if (r === "bewaar") bewaar = true;
    const n = Number(r); if (n > 0) groepen.add(n); else if (n < 0) groepen.delete(-n); } });
process.stdin.on("end", einde);
`;

export class Bewaker {
  private readonly proces: ChildProcess;

  /** `werkmap`: removed by the watchdog if the parent dies without stopping cleanly. */
  constructor(werkmap?: string) {
    this.proces = spawn(process.execPath, ["-e", BEWAKER_SCRIPT, werkmap ?? ""], {
      stdio: ["pipe", "ignore", "ignore"],
      detached: true,
    });
    this.proces.on("error", () => {}); // a missing watchdog only loses the kill -9 safety net
    this.proces.stdin?.on("error", () => {});
    this.proces.unref();
    // Do not keep the parent alive just because the pipe is open.
    (this.proces.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  }

  bewaak(pid: number | undefined): void {
    if (pid) this.proces.stdin?.write(`${pid}\n`);
  }

  vergeet(pid: number | undefined): void {
    if (pid && this.proces.stdin?.writable) this.proces.stdin.write(`-${pid}\n`);
  }

  /** Ends the watchdog after a normal stop; `bewaarMap` keeps the work folder (logs). */
  sluit(bewaarMap = false): void {
    if (bewaarMap) this.proces.stdin?.write("bewaar\n");
    this.proces.stdin?.end();
  }
}
