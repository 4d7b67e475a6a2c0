/**
 * The records of governance: participants and their roles, accounts and account references, the default
 * participants of a new ledger, and USD reference rates.
 */
package io.bondbridge.api.governance;
