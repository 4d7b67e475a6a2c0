'use strict';

// The issuer mints 0.01 CNY to a worker's accounts, round-robin: distinct recipients per transaction in flight.
const { AccountsWorkload, ISSUER } = require('./accounts');

class Mint extends AccountsWorkload {
    async submitTransaction() {
        return this.submit(ISSUER, 'stable:mint', ['CNY', this.account(this.take(), 'a'), '0.01']);
    }
}

module.exports.createWorkloadModule = () => new Mint();
