package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.transport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Functions;
import io.bondbridge.client.transport.BondBridgeException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The access matrix on the network, one function per feature: the organization the rules forbid is FORBIDDEN
 * through the Gateway, and what it tried to change is unchanged when the peers answer again (the full matrix, every
 * function by every organization, runs on the embedded ledger: AccessMatrixTest).
 */
class AccessNetworkIT extends LiveNetworkTest {
    private static void forbidden(String org, boolean submit, String contract, String function, String... args) {
        assertThatThrownBy(() -> {
                    if (submit) {
                        transport(org).submit(contract, function, args);
                    } else {
                        transport(org).evaluate(contract, function, args);
                    }
                })
                .as("%s calling %s:%s", org, contract, function)
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
    }

    @Test
    void aBankMayNotMintNorChangeReservesRatesOrBondsAndNothingMoves() {
        String supply = Functions.Stable.SUPPLY;
        String before = transport("regulator").evaluate(Functions.Stable.NAME, supply, "CNY");
        forbidden("banka", true, Functions.Stable.NAME, Functions.Stable.MINT, "CNY", "banka:main", "1.00");
        forbidden("banka", true, Functions.Fx.NAME, Functions.Fx.SET_REFERENCE, "CNY", "1");
        forbidden(
                "banka",
                true,
                Functions.Reserve.NAME,
                Functions.Reserve.ADD_ASSET,
                "{\"id\":\"IT-ACCESS-" + FabricNetwork.runId()
                        + "\",\"assetClass\":\"CASH\",\"currency\":\"CNY\",\"quantity\":\"1\",\"unitPrice\":\"1\"}");
        forbidden("bankb", true, Functions.Bond.NAME, Functions.Bond.POST_TRADE, "2020-01", "1", "1", "1", "");
        assertThat(transport("regulator").evaluate(Functions.Stable.NAME, supply, "CNY"))
                .isEqualTo(before);
    }

    @Test
    void onlyTheRegulatorFreezesAndTheAccountIsUnchanged() {
        String before = transport("regulator")
                .evaluate(Functions.Governance.NAME, Functions.Governance.GET_ACCOUNT, "bankb:main");
        forbidden(
                "centralbank",
                true,
                Functions.Governance.NAME,
                Functions.Governance.FREEZE_ACCOUNT,
                "bankb:main",
                "x",
                "");
        assertThat(transport("regulator")
                        .evaluate(Functions.Governance.NAME, Functions.Governance.GET_ACCOUNT, "bankb:main"))
                .isEqualTo(before);
    }

    @Test
    void supervisoryReadsAreForbiddenToBanksAndOpenToTheRegulator() {
        forbidden("banka", false, Functions.Payment.NAME, Functions.Payment.USAGE, "CN-HK", "");
        forbidden("banka", false, Functions.Corridor.NAME, Functions.Corridor.ALERTS);
        forbidden("bankb", false, Functions.Netting.NAME, Functions.Netting.SHOW_SWAP_LINE, "SL-ANY");
        forbidden("bankb", true, Functions.Netting.NAME, Functions.Netting.OPEN, "C-IT-" + FabricNetwork.runId());
        forbidden("bankb", false, Functions.Audit.NAME, Functions.Audit.HISTORY, "account", "banka:main");
        // The regulator passes the access check: the answer is the usage, or NOT_FOUND for a corridor not set yet.
        try {
            transport("regulator").evaluate(Functions.Payment.NAME, Functions.Payment.USAGE, "CN-HK", "");
        } catch (BondBridgeException e) {
            assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND);
        }
    }

    @Test
    void aCallWithTheWrongNumberOfArgumentsIsInvalid() {
        assertThatThrownBy(() -> transport("regulator")
                        .evaluate(Functions.Audit.NAME, Functions.Audit.RESERVES, List.of(), java.util.Map.of()))
                .isInstanceOfSatisfying(
                        BondBridgeException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT));
    }
}
