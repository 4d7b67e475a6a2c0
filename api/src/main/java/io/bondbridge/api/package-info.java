/**
 * What crosses the wire between the bondbridge chaincode and its clients, shared by both: the records every
 * transaction function takes and returns (in the feature packages {@code governance}, {@code stable}, {@code bond},
 * {@code payment} and {@code audit}), their names ({@link io.bondbridge.api.Functions}), and the core values:
 * {@link io.bondbridge.api.Amount} and {@link io.bondbridge.api.Currencies} (exact money),
 * {@link io.bondbridge.api.ErrorCode} and {@link io.bondbridge.api.LedgerException} (coded rejections),
 * {@link io.bondbridge.api.Json}, the one codec whose bytes every peer must agree on, and the parsers of input text
 * shared by the chaincode's contracts and the command line: {@link io.bondbridge.api.Parse} for plain values, and a
 * static factory on each value type ({@code Amount.positive}, {@code Units.positive}, {@code AccountId.parse},
 * {@code Series.requireId}, {@code Currencies.require}).
 *
 * <p>Values and their own validation only: the ledger's rules stay in the chaincode, and nothing here depends on
 * Fabric, the chaincode or the client (its ArchitectureTest checks it). The JSON field names are the record
 * component names; renaming one changes the wire format and the stored state.
 */
package io.bondbridge.api;
