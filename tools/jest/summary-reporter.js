// Prints the totals as the last line in the form CI reads: `tests: 212 passed, 0 failed`.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failedSuites =
      results.numRuntimeErrorTestSuites +
      (results.testResults || []).filter((r) => r.failureMessage && r.numFailingTests === 0).length;
    // A suite that failed to load counts as a failure, so a broken import cannot pass as "0 failed".
    const failed = results.numFailedTests + failedSuites;
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = SummaryReporter;
