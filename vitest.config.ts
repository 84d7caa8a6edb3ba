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
          // One Chromium per file, files one after another: the browser needs the cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
