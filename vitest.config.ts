import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // 2-core machines: keep the pool small so property tests and CLI tests do not starve each other.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          // Pure rules and builders: files share their workers instead of importing every module
          // again per file (import was ~90% of this project's time; a third of the CPU).
          isolate: false,
          exclude: [...configDefaults.exclude, "test/integratie/**", "test/web/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integratie",
          include: ["test/integratie/**/*.test.ts"],
          // Starts the AWS emulators once for all integration files (lokaal/emulators.ts).
          globalSetup: ["test/integratie/globalSetup.ts"],
          // A cold JVM on a busy 2-core machine: emulator calls can take seconds.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "web",
          include: ["test/web/**/*.test.ts"],
          // Emulators + demo data + the built site behind the local gateway, once (test/web/).
          globalSetup: ["test/web/globalSetup.ts"],
          // One Chromium per file, two files at a time in the same two workers (vitest queues the
          // projects by name, so after the others): one by one they alone took longer than the rest.
          // Beside integration files a browser step can take several times its quiet duration.
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
