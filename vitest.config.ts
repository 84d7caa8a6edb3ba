import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // 2-core machines: keep the pool small so property tests and CLI tests do not starve each other.
    maxWorkers: 2,
  },
});
