'use strict';

// A stable transfer of 0.01 CNY between the two accounts of one slot: disjoint rows per transaction in flight.
const { AccountsWorkload, BANK } = require('./accounts');

class Transfer extends AccountsWorkload {
    async submitTransaction() {
        const i = this.take();
        return this.submit(BANK, 'stable:transfer', ['CNY', this.account(i, 'a'), this.account(i, 'b'), '0.01']);
    }
}

module.exports.createWorkloadModule = () => new Transfer();
