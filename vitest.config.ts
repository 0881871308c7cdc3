// Test runner configuration: tests run on the TypeScript sources (the CLI tests run the built bin/minutes.js).
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20000,
    reporters: ["default", "./test/plain-summary-reporter.ts"],
  },
});
