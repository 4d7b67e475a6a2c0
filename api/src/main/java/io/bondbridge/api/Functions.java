package io.bondbridge.api;

/**
 * The chaincode's contracts and their transaction functions, by the names a transport calls them with:
 * {@code transport.submit(Functions.Stable.NAME, Functions.Stable.MINT, "CNY", "banka:main", "100.00")}.
 *
 * <p>One nested class per contract: {@code NAME} is the contract's name, every other constant the name of one of
 * its transaction functions, in upper snake case ({@code addParticipant} is {@code ADD_PARTICIPANT}). The chaincode's
 * tests hold these to its {@code @Contract} and {@code @Transaction} annotations both ways, so renaming a transaction
 * function, or adding one, fails the build until it is named here too.
 */
public final class Functions {
    private Functions() {}

    /** Participants, roles, accounts, freezes and the governed parameters. */
    public static final class Governance {
        public static final String NAME = "governance";
        public static final String INIT = "init";
        public static final String ADD_PARTICIPANT = "addParticipant";
        public static final String SET_ROLES = "setRoles";
        public static final String LIST_PARTICIPANTS = "listParticipants";
        public static final String OPEN_ACCOUNT = "openAccount";
        public static final String GET_ACCOUNT = "getAccount";
        public static final String LIST_ACCOUNTS = "listAccounts";
        public static final String FREEZE_ACCOUNT = "freezeAccount";
        public static final String UNFREEZE_ACCOUNT = "unfreezeAccount";
        public static final String SET_PARAMETER = "setParameter";
        public static final String LIST_PARAMETERS = "listParameters";
        public static final String PARAMETER_HISTORY = "parameterHistory";

        private Governance() {}
    }

    /** USD reference rates. */
    public static final class Fx {
        public static final String NAME = "fx";
        public static final String SET_REFERENCE = "setReference";
        public static final String GET_REFERENCE = "getReference";
        public static final String REFERENCE_HISTORY = "referenceHistory";
        public static final String LIST_REFERENCES = "listReferences";

        private Fx() {}
    }

    /** Stable units: mint, transfer, redeem, balances, supply, rebalance (the mint headroom). */
    public static final class Stable {
        public static final String NAME = "stable";
        public static final String MINT = "mint";
        /** A mint drawing on the headroom shard the client names (see {@code HeadroomShards}). */
        public static final String MINT_ON_SHARD = "mintOnShard";

        public static final String TRANSFER = "transfer";
        public static final String REDEEM = "redeem";
        public static final String BALANCE = "balance";
        public static final String BALANCES = "balances";
        public static final String SUPPLY = "supply";
        public static final String REBALANCE = "rebalance";

        private Stable() {}
    }

    /** Reserve assets (custodians) and reserve policy (the issuer). */
    public static final class Reserve {
        public static final String NAME = "reserve";
        public static final String ADD_ASSET = "addAsset";
        public static final String ADD_ASSETS = "addAssets";
        public static final String UPDATE_ASSET = "updateAsset";
        public static final String REMOVE_ASSET = "removeAsset";
        public static final String GET_ASSET = "getAsset";
        public static final String LIST_ASSETS = "listAssets";
        public static final String SET_POLICY = "setPolicy";
        public static final String GET_POLICY = "getPolicy";

        private Reserve() {}
    }

    /** Bond series and units, offers, coupons, buybacks and the trade-balance rate index. */
    public static final class Bond {
        public static final String NAME = "bond";
        public static final String CREATE = "create";
        public static final String SUBSCRIBE = "subscribe";
        public static final String ISSUE = "issue";
        public static final String TRANSFER = "transfer";
        public static final String OFFER = "offer";
        public static final String ACCEPT = "accept";
        public static final String CANCEL = "cancel";
        public static final String GET_OFFER = "getOffer";
        public static final String COUPON = "coupon";
        public static final String CLAIM = "claim";
        public static final String REDEEM = "redeem";
        public static final String TENDER = "tender";
        public static final String BUYBACK = "buyback";
        public static final String DISBURSE = "disburse";
        public static final String DISBURSEMENTS = "disbursements";
        public static final String SHOW = "show";
        public static final String HOLDINGS = "holdings";
        public static final String RATES = "rates";
        public static final String POST_TRADE = "postTrade";
        public static final String TRADE_MONTHS = "tradeMonths";
        public static final String SIGNALS = "signals";
        public static final String TRANCHE = "tranche";
        public static final String LINK_INDEX = "linkIndex";
        public static final String POST_SECTOR = "postSector";
        public static final String SECTOR_FIGURES = "sectorFigures";

        private Bond() {}
    }

    /** Cross-border payments and FX quotes. */
    public static final class Payment {
        public static final String NAME = "payment";
        public static final String SEND = "send";
        public static final String REJECT = "reject";
        public static final String RETURN_PAYMENT = "returnPayment";
        public static final String SHOW = "show";
        public static final String DETAILS = "details";
        public static final String LIST = "list";
        public static final String QUOTE = "quote";
        public static final String QUOTES = "quotes";
        public static final String USAGE = "usage";

        private Payment() {}
    }

    /** Corridors, the block list, compliance alerts and the alert threshold. */
    public static final class Corridor {
        public static final String NAME = "corridor";
        public static final String SET = "set";
        public static final String GET = "get";
        public static final String LIST = "list";
        public static final String BLOCK = "block";
        public static final String UNBLOCK = "unblock";
        public static final String BLOCKED = "blocked";
        public static final String ALERTS = "alerts";
        public static final String SET_ALERT_THRESHOLD = "setAlertThreshold";

        private Corridor() {}
    }

    /** Netting cycles and swap lines. */
    public static final class Netting {
        public static final String NAME = "netting";
        public static final String OPEN = "open";
        public static final String CLOSE = "close";
        public static final String SHOW = "show";
        public static final String CREATE_SWAP_LINE = "createSwapLine";
        public static final String DRAW_SWAP_LINE = "drawSwapLine";
        public static final String REPAY_SWAP_LINE = "repaySwapLine";
        public static final String SHOW_SWAP_LINE = "showSwapLine";

        private Netting() {}
    }

    /** Read-only audits: reserve composition, stress tests, key histories. */
    public static final class Audit {
        public static final String NAME = "audit";
        public static final String RESERVES = "reserves";
        public static final String STRESS = "stress";
        public static final String HISTORY = "history";

        private Audit() {}
    }
}
