package io.bondbridge.client.embedded;

/**
 * A chaincode event of a committed transaction.
 *
 * @param height ledger height of the transaction (its position in the log, from 1)
 * @param txId the transaction
 * @param name event name
 * @param payload event payload (JSON text)
 */
public record LedgerEvent(long height, String txId, String name, String payload) {}
