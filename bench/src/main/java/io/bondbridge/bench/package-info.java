/**
 * Benchmarks of the client library over the embedded ledger ({@code scripts/bench.sh} runs them all): each prints
 * its settings and compares against a baseline measured in the same run. Kept out of the library's jar.
 */
package io.bondbridge.bench;
