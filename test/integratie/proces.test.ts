// Local stack: emulator processes fail loudly (with their log) and leave no orphans behind.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startKind, stopKind, vrijePoort, wachtTotKlaar } from "#lokaal/proces.js";

const map = mkdtempSync(join(tmpdir(), "kb-proces-test-"));
afterAll(() => rmSync(map, { recursive: true, force: true }));

/** Alive and not a zombie (a killed process whose parent died waits for init to reap it). */
const leeft = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true; // no /proc: signal 0 said it exists
  }
};

describe("emulatorprocessen", () => {
  it("geeft een vrije poort op 127.0.0.1", async () => {
    const poort = await vrijePoort();
    expect(poort).toBeGreaterThan(1024);
    expect(poort).toBeLessThan(65536);
  });

  it("meldt een emulator die tijdens het starten stopt, met zijn stderr", async () => {
    const kind = startKind({
      naam: "kapot",
      commando: process.execPath,
      args: ["-e", "console.error('poort bezet: kapot'); process.exit(3)"],
      cwd: map,
      log: join(map, "kapot.log"),
    });
    await expect(
      wachtTotKlaar(kind, { probeer: async () => false, timeoutMs: 10_000 }),
    ).rejects.toThrow(/kapot stopte tijdens het starten \(exitcode 3\)[\s\S]*poort bezet: kapot/);
  });

  it("meldt een emulator die niet op tijd antwoordt, en stopt hem met zijn kinderen", async () => {
    const log = join(map, "traag.log");
    // A child that starts a grandchild and never answers: stopKind must kill the whole group.
    const kind = startKind({
      naam: "traag",
      commando: process.execPath,
      args: [
        "-e",
        "const c = require('node:child_process').spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'inherit' }); console.log('kleinkind ' + c.pid); setInterval(() => {}, 1000);",
      ],
      cwd: map,
      log,
    });
    const inhoud = (): string => readFileSync(log, "utf8");
    // Wait until the grandchild exists (a busy machine may need a while to start two nodes).
    await expect.poll(inhoud, { timeout: 10_000 }).toMatch(/kleinkind \d+/);
    await expect(
      wachtTotKlaar(kind, { probeer: async () => false, timeoutMs: 300, intervalMs: 50 }),
    ).rejects.toThrow(/traag antwoordde niet binnen 300 ms[\s\S]*kleinkind \d+/);
    const kleinkind = Number(/kleinkind (\d+)/.exec(inhoud())![1]);
    expect(leeft(kleinkind)).toBe(true);
    await stopKind(kind, 2000);
    expect(kind.beëindigd).toBe(true);
    await expect.poll(() => leeft(kleinkind), { timeout: 3000 }).toBe(false);
  });
});
