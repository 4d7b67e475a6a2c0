/**
 * {@code bondbridge serve}: the HTTP API of one organization, and the reserve transparency page.
 *
 * <p>The server knows no command by name. A {@link io.bondbridge.client.http.Commands} table (the CLI's, built from
 * its command model) lists every resource and runs it; {@link io.bondbridge.client.http.ApiServer} maps each to a
 * GET (queries) or POST (submissions), answers with the JSON the CLI prints with {@code --json}, maps the ledger's
 * error codes to HTTP statuses, and serves {@code /openapi.json} generated from the same table. {@link
 * io.bondbridge.client.http.ReservePage} renders {@code GET /reserves/CUR} (and {@code audit report --html}): charts
 * as server-side SVG, the inclusion proofs checked in the browser with WebCrypto. Nothing here is loaded unless
 * {@code serve} or {@code audit report} runs.
 */
package io.bondbridge.client.http;
