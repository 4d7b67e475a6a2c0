'use strict';

// The issuer mints 0.01 CNY to a worker's accounts, round-robin: distinct recipients per transaction in flight.
// Each mint names its headroom shard (stable:mintOnShard), as the client library does: worker w takes shards
// w*128, w*128+1, ... (mod 256), so no two mints in flight share a shard row.
const { AccountsWorkload, ISSUER } = require('./accounts');

const SHARDS = 256;

class Mint extends AccountsWorkload {
    constructor() {
        super();
        this.minted = 0;
    }

    async submitTransaction() {
        const shard = (this.workerIndex * (SHARDS / 2) + this.minted++) % SHARDS;
        return this.submit(ISSUER, 'stable:mintOnShard', ['CNY', this.account(this.take(), 'a'), '0.01', String(shard)]);
    }
}

module.exports.createWorkloadModule = () => new Mint();
