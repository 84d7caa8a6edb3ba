// Prints vitest's totals as the plain closing line CI understands ("N passed, N failed").
// A file that fails before any test runs (an import error) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const file = process.argv[2];
if (!existsSync(file)) {
  console.log("Tests: 0 passed, 1 failed");
  process.exit(1);
}
const r = JSON.parse(readFileSync(file, "utf8"));
const kapotteBestanden = r.testResults.filter(
  (f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed"),
).length;
const failed = r.numFailedTests + kapotteBestanden;
const skipped = r.numPendingTests + r.numTodoTests;
console.log(`Tests: ${r.numPassedTests} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || r.numPassedTests === 0 ? 1 : 0);
