'use strict';

// Accounts of one Caliper worker: a pair (a, b) per transaction it may have in flight, used round-robin, so no
// two transactions in flight touch the same balance row (Caliper's fixed-load keeps at most that many outstanding).
const { WorkloadModuleBase } = require('@hyperledger/caliper-core');

const BANK = 'BankAMSP';
const ISSUER = 'CentralBankMSP';

class AccountsWorkload extends WorkloadModuleBase {
    async initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext) {
        await super.initializeWorkloadModule(workerIndex, totalWorkers, roundIndex, roundArguments, sutAdapter, sutContext);
        this.count = roundArguments.accountsPerWorker;
        this.prefix = `cal${roundArguments.run}r${roundIndex}w${workerIndex}n`;
        this.next = 0;
        for (let i = 0; i < this.count; i++) {
            for (const side of ['a', 'b']) {
                await this.setUp(BANK, 'governance:openAccount', [this.name(i, side)]);
            }
        }
        if (roundArguments.funded) {
            for (let i = 0; i < this.count; i++) {
                await this.setUp(ISSUER, 'stable:mint', ['CNY', this.account(i, 'a'), '1000000.00']);
            }
        }
    }

    /**
     * A setup step that must commit. An endorsing peer a block behind another organization's fresh commit answers
     * as if it had not happened (account not found), so try again for a few seconds.
     */
    async setUp(mspId, fn, args) {
        for (let attempt = 1; attempt <= 20; attempt++) {
            const status = await this.submit(mspId, fn, args);
            if (status.GetStatus() === 'success') {
                return;
            }
            await new Promise(resolve => setTimeout(resolve, 250));
        }
        throw new Error(`setup ${fn} ${args} did not commit`);
    }

    name(i, side) {
        return `${this.prefix}${i}${side}`;
    }

    account(i, side) {
        return `banka:${this.name(i, side)}`;
    }

    /** The next account, round-robin. */
    take() {
        const i = this.next;
        this.next = (this.next + 1) % this.count;
        return i;
    }

    submit(mspId, fn, args) {
        return this.sutAdapter.sendRequests({
            contractId: 'bondbridge',
            contractFunction: fn,
            contractArguments: args,
            invokerMspId: mspId,
            invokerIdentity: 'User1',
            readOnly: false,
        });
    }
}

module.exports = { AccountsWorkload, BANK, ISSUER };
