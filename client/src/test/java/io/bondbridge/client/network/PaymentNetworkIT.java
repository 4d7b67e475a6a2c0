package io.bondbridge.client.network;

import static io.bondbridge.client.network.FabricNetwork.as;
import static io.bondbridge.client.network.FabricNetwork.eventually;
import static io.bondbridge.client.network.FabricNetwork.openIfAbsent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.Amount;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.payment.Alert;
import io.bondbridge.api.payment.NettingReport;
import io.bondbridge.api.stable.AssetClass;
import io.bondbridge.api.stable.AssetSpec;
import io.bondbridge.client.payment.PaymentClient;
import io.bondbridge.client.payment.SendRequest;
import io.bondbridge.client.transport.BondBridgeException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cross-border payments on CN-HK through the Gateway: Bank A (CN) and Bank B (HK) as the agents, Bank B's FX desk
 * as the PvP provider, the central banks as netting operator and swap-line parties, the regulator for alerts.
 * Private details are read through each organization's own peer.
 */
class PaymentNetworkIT extends LiveNetworkTest {
    @BeforeAll
    static void referenceRatesAndReserves() {
        if (FabricNetwork.profiles() == null) {
            return;
        }
        String run = FabricNetwork.runId();
        as("centralbank").fx().setReference("CNY", "0.1391130154");
        as("hkcentralbank").fx().setReference("HKD", "0.1282051282");
        as("centralbank").reserves().add(cash("IT-PAY-CNY-" + run, "CNY", "2000000"));
        as("hkcentralbank").reserves().add(cash("IT-PAY-HKD-" + run, "HKD", "2000000"));
    }

    /**
     * 400,000.00 CNY from Bank A to Bank B's FX desk and 434,000.00 HKD (x 1.0850) from the desk to Bank B, in one
     * transaction; worth USD 55,645.21 at 0.1391130154, so the regulator gets an alert.
     */
    @Test
    void pvpMovesBothLegsInOneTransactionAndRaisesAnAlert() {
        String run = FabricNetwork.runId();
        String desk = "fx" + run.toLowerCase(java.util.Locale.ROOT);
        openIfAbsent("bankb", desk);
        as("centralbank").stableUnits().mint("CNY", "banka:main", "400000.00");
        as("hkcentralbank").stableUnits().mint("HKD", "bankb:" + desk, "500000.00");
        as("bankb")
                .payments()
                .quote(
                        "bankb:" + desk,
                        "CNY",
                        "HKD",
                        "1.0850",
                        Instant.now().plus(Duration.ofDays(1)).toString());
        Map<String, Amount> before = balances();

        String e2eId = "PVP-" + run;
        var sent = as("banka")
                .payments()
                .send(SendRequest.of(e2eId, "CN-HK", "banka:main", "bankb:main", "400000.00", "CNY")
                        .withFx("HKD", "1.0850", "bankb:" + desk)
                        .withParties("Shenzhen Battery Co", "Kowloon Trading Ltd")
                        .withPurpose("GDDS", "invoice " + run));

        assertThat(sent.status().name()).isEqualTo("SETTLED");
        assertThat(sent.alert()).isTrue();
        assertBalance("banka", "CNY", "banka:main", before.get("CNY banka:main").minus(cny("400000.00")));
        assertBalance("bankb", "CNY", "bankb:" + desk, cny("400000.00"));
        assertBalance("bankb", "HKD", "bankb:" + desk, cny("66000.00"));
        assertBalance("bankb", "HKD", "bankb:main", before.get("HKD bankb:main").plus(cny("434000.00")));

        var view = eventually(() -> as("bankb").payments().show(e2eId));
        assertThat(view.settleAmount().toPlainString()).isEqualTo("434000.00");
        List<String> alerted = eventually(
                        () -> as("regulator").payments().corridors().alerts().alerts(),
                        list -> list.stream().anyMatch(a -> a.e2eId().equals(e2eId)))
                .stream()
                .map(Alert::e2eId)
                .toList();
        assertThat(alerted).contains(e2eId);
        expectCode(ErrorCode.FORBIDDEN, () -> as("banka").payments().corridors().alerts());
        expectCode(ErrorCode.ALREADY_EXISTS, () -> as("banka")
                .payments()
                .send(SendRequest.of(e2eId, "CN-HK", "banka:main", "bankb:main", "1.00", "CNY")));
    }

    /**
     * Bank A pays Bank B; the details go to {@code pd_BankAMSP_BankBMSP}. Bank B and the regulator read them
     * through their own peers (which received the private data) and they match the channel's hash; the two central
     * banks, not members, get FORBIDDEN from the chaincode before their peers (which hold no copy) are asked.
     */
    @Test
    void aThirdOrganizationCannotReadPaymentDetailsWhileTheMembersAndTheRegulatorCan() {
        String run = FabricNetwork.runId();
        as("centralbank").stableUnits().mint("CNY", "banka:main", "10.00");
        String e2eId = "IT-" + run;

        var sent = as("banka")
                .payments()
                .send(SendRequest.of(e2eId, "CN-HK", "banka:main", "bankb:main", "7.50", "CNY")
                        .withPurpose("GDDS", "network suite " + run));

        assertThat(sent.status().name()).isEqualTo("SETTLED");
        assertThat(sent.alert()).isFalse();
        for (String member : List.of("bankb", "regulator", "banka")) {
            PaymentClient payments = as(member).payments();
            var view = eventually(() -> payments.show(e2eId));
            assertThat(view.visible()).as(member).isTrue();
            assertThat(view.amount().toPlainString()).as(member).isEqualTo("7.50");
            assertThat(view.remittanceInfo()).as(member).isEqualTo("network suite " + run);
            assertThat(payments.verify(e2eId).matches()).as(member).isTrue();
        }
        var details = as("bankb").payments().details(e2eId);
        var altered = PaymentClient.verify(e2eId, details, sent.hash()).matches();
        assertThat(altered).as("the details as stored match the public hash").isTrue();
        for (String outsider : List.of("centralbank", "hkcentralbank")) {
            PaymentClient payments = as(outsider).payments();
            expectCode(ErrorCode.FORBIDDEN, () -> eventually(() -> payments.details(e2eId)));
            var view = eventually(() -> payments.show(e2eId));
            assertThat(view.visible()).as(outsider).isFalse();
            assertThat(view.amount()).as(outsider).isNull();
            assertThat(view.hash()).as(outsider).isEqualTo(sent.hash());
        }
    }

    /**
     * Three queued payments between two fresh accounts, worked by hand: A pays 1,000.00 and 200.00, B pays 700.00;
     * A's net is -500.00, B's +500.00; gross 1,900.00, net 500.00, saved 1,400.00. A holds 499.99 at first: the close
     * settles nothing and the cycle stays open; with one more fen it settles the nets only.
     */
    @Test
    void aNettingCycleSettlesOnlyTheNetsAndNothingWhileANetDebtorIsShort() {
        String run = FabricNetwork.runId();
        String lower = run.toLowerCase(java.util.Locale.ROOT);
        String a = "banka:na" + lower;
        String b = "bankb:nb" + lower;
        openIfAbsent("banka", "na" + lower);
        openIfAbsent("bankb", "nb" + lower);
        as("centralbank").stableUnits().mint("CNY", a, "499.99");
        String cycle = "NET-" + run;
        as("centralbank").payments().netting().open(cycle);
        queue("banka", "N1-" + run, a, b, "1000.00", cycle);
        queue("bankb", "N2-" + run, b, a, "700.00", cycle);
        queue("banka", "N3-" + run, a, b, "200.00", cycle);

        expectCode(
                ErrorCode.INSUFFICIENT_FUNDS,
                () -> as("centralbank").payments().netting().close(cycle));
        assertThat(as("banka").stableUnits().balance("CNY", a).balance()).isEqualTo(cny("499.99"));

        as("centralbank").stableUnits().mint("CNY", a, "0.01");
        var closed = as("centralbank").payments().netting().close(cycle);

        assertThat(closed.payments()).isEqualTo(3);
        assertThat(closed.gross().get("CNY")).isEqualTo(cny("1900.00"));
        assertThat(closed.net().get("CNY")).isEqualTo(cny("500.00"));
        assertThat(closed.saved().get("CNY")).isEqualTo(cny("1400.00"));
        Map<String, Amount> nets = closed.positions().stream()
                .collect(Collectors.toMap(NettingReport.Position::account, NettingReport.Position::net));
        assertThat(nets)
                .containsOnly(
                        Map.entry("BankAMSP:na" + lower, cny("-500.00")),
                        Map.entry("BankBMSP:nb" + lower, cny("500.00")));
        assertBalance("bankb", "CNY", b, cny("500.00"));
        assertBalance("banka", "CNY", a, cny("0.00"));
    }

    /**
     * A funded swap line: the PBOC lends 600.00 CNY from its swap account; in the same transaction 600.00 x 1.0870 =
     * 652.20 HKD of the HKMA's leave its account into escrow. 90 days later (a transaction stamped drawnAt + 90 days)
     * the HKMA repays 240.00 with 240.00 x 2.50% x 90/360 = 1.50 CNY interest and gets 652.20 x 240/600 = 260.88 HKD
     * back.
     */
    @Test
    void aFundedSwapLineDrawMovesBothCurrenciesAndARepayPaysAct360Interest() {
        String run = FabricNetwork.runId();
        String lower = run.toLowerCase(java.util.Locale.ROOT);
        String lenderAccount = "centralbank:sw" + lower;
        String drawerAccount = "hkcentralbank:hw" + lower;
        openIfAbsent("centralbank", "sw" + lower);
        openIfAbsent("hkcentralbank", "hw" + lower);
        as("centralbank").stableUnits().mint("CNY", lenderAccount, "10000.00");
        as("hkcentralbank").stableUnits().mint("HKD", drawerAccount, "2000.00");
        String line = "SWAP-" + run;
        as("centralbank")
                .payments()
                .netting()
                .createSwapLine(
                        line, "centralbank,hkcentralbank", "CNY,HKD", "1000.00", "1.0870", "2.50", lenderAccount);

        var drawn = as("hkcentralbank").payments().netting().draw(line, "600.00", drawerAccount);
        assertThat(drawn.drawn()).isEqualTo(cny("600.00"));
        assertThat(drawn.available()).isEqualTo(cny("400.00"));
        assertThat(drawn.escrowed()).isEqualTo(cny("652.20"));
        assertBalance("regulator", "CNY", lenderAccount, cny("9400.00"));
        assertBalance("regulator", "CNY", drawerAccount, cny("600.00"));
        assertBalance("regulator", "HKD", drawerAccount, cny("1347.80"));
        expectCode(
                ErrorCode.LIMIT_EXCEEDED,
                () -> as("hkcentralbank").payments().netting().draw(line, "400.01", drawerAccount));
        expectCode(ErrorCode.FORBIDDEN, () -> as("banka").payments().netting().draw(line, "1.00", null));
        expectCode(
                ErrorCode.FORBIDDEN,
                () -> as("centralbank").payments().netting().draw(line, "1.00", null));

        Instant later = drawn.drawing().drawnAt().plus(Duration.ofDays(90));
        try (var hkma = FabricNetwork.at("hkcentralbank", later)) {
            var repaid = io.bondbridge.client.BondBridge.open(hkma)
                    .payments()
                    .netting()
                    .repay(line, 1, "240.00");
            assertThat(repaid.interest()).isEqualTo(cny("1.50"));
            assertThat(repaid.drawing().escrowed()).isEqualTo(cny("391.32"));
        }
        // lender 9,400 + 241.50; drawer 600 - 241.50 CNY, 1,347.80 + 260.88 HKD
        assertBalance("regulator", "CNY", lenderAccount, cny("9641.50"));
        assertBalance("regulator", "CNY", drawerAccount, cny("358.50"));
        assertBalance("regulator", "HKD", drawerAccount, cny("1608.68"));
        var shown = eventually(() -> as("regulator").payments().netting().swapLine(line), v -> v.drawn()
                .equals(cny("360.00")));
        assertThat(shown.utilisation()).isEqualByComparingTo("0.36");
        assertThat(shown.escrowed()).isEqualTo(cny("391.32"));
    }

    private static void queue(String org, String id, String from, String to, String amount, String cycle) {
        var r = as(org).payments()
                .send(SendRequest.of(id, "CN-HK", from, to, amount, "CNY").inCycle(cycle));
        assertThat(r.status().name()).isEqualTo("INITIATED");
    }

    /** The balance as {@code org} reads it through its own peer, once that peer has the latest block. */
    private static void assertBalance(String org, String currency, String account, Amount expected) {
        Amount seen = eventually(
                () -> as(org).stableUnits().balance(currency, account).balance(), x -> x.equals(expected));
        assertThat(seen).as("%s %s read by %s", currency, account, org).isEqualTo(expected);
    }

    private static Map<String, Amount> balances() {
        return Map.of(
                "CNY banka:main",
                        as("banka").stableUnits().balance("CNY", "banka:main").balance(),
                "HKD bankb:main",
                        as("bankb").stableUnits().balance("HKD", "bankb:main").balance());
    }

    private static void expectCode(ErrorCode code, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BondBridgeException.class, e -> assertThat(e.code())
                .isEqualTo(code));
    }

    private static Amount cny(String text) {
        return Amount.parseExact(text);
    }

    private static AssetSpec cash(String id, String currency, String quantity) {
        return new AssetSpec(
                id,
                currency,
                AssetClass.CASH,
                currency,
                new BigDecimal(quantity),
                BigDecimal.ONE,
                null,
                null,
                "IT",
                null);
    }
}
