package io.bondbridge.client.payment;

import static org.assertj.core.api.Assertions.assertThat;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.payment.SwapDrawing;
import io.bondbridge.api.payment.SwapLineView;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Funded swap lines (issue 14 item 7). The PBOC lends CNY from {@code centralbank:swap} (2,000,000.00 CNY minted into
 * it through the coverage check); the HKMA holds 2,000,000.00 HKD on {@code hkcentralbank:main}. Line SL-1: limit
 * 1,000,000.00 CNY, 1 CNY = 1.0870 HKD escrowed, 2.50% a year ACT/360. The first drawing is made on 2026-01-05.
 */
class SwapLineTest extends PaymentFixture {

    private NettingClient pboc() {
        return as("centralbank").payments().netting();
    }

    private NettingClient hkma() {
        return as("hkcentralbank").payments().netting();
    }

    @BeforeEach
    void line() {
        as("centralbank").governance().openAccount("swap");
        tick();
        as("centralbank").stableUnits().mint("CNY", "centralbank:swap", "2000000.00");
        as("hkcentralbank").stableUnits().mint("HKD", "hkcentralbank:main", "2000000.00");
        tick();
        pboc().createSwapLine(
                        "SL-1",
                        "centralbank,hkcentralbank",
                        "CNY,HKD",
                        "1000000.00",
                        "1.0870",
                        "2.50",
                        "centralbank:swap");
        tick();
    }

    @Nested
    class Draw {
        @Test
        void creditsTheLendersUnitsAndEscrowsTheDrawersOwnCurrencyInOneTransaction() {
            SwapLineView v = hkma().draw("SL-1", "600000.00", null);

            // 600,000.00 x 1.0870 = 652,200.00 HKD escrowed
            assertThat(v.drawing().number()).isEqualTo(1);
            assertThat(v.drawing().account()).isEqualTo("HKCentralBankMSP:main");
            assertThat(v.drawing().escrowed().toPlainString()).isEqualTo("652200.00");
            assertThat(v.escrowed().toPlainString()).isEqualTo("652200.00");
            // 600,000 of 1,000,000: 400,000.00 available, utilisation 0.6000
            assertThat(v.drawn().toPlainString()).isEqualTo("600000.00");
            assertThat(v.available().toPlainString()).isEqualTo("400000.00");
            assertThat(v.utilisation()).isEqualByComparingTo("0.6");
            // both currencies' balances show it: lender 2,000,000 - 600,000; drawer +600,000 CNY, 2,000,000 - 652,200
            // HKD
            assertThat(balance("centralbank:swap", "CNY")).isEqualTo("1400000.00");
            assertThat(balance("hkcentralbank:main", "CNY")).isEqualTo("600000.00");
            assertThat(balance("hkcentralbank:main", "HKD")).isEqualTo("1347800.00");
        }

        @Test
        void beyondTheUndrawnLimitIsRejectedAndWritesNothing() {
            hkma().draw("SL-1", "600000.00", null);
            tick();
            // 600,000 + 400,000.01 = 1,000,000.01 > 1,000,000.00
            assertRejected(
                    ErrorCode.LIMIT_EXCEEDED,
                    "drawing 400000.01 CNY on swap line SL-1 would bring it to 1000000.01, above its limit 1000000.00"
                            + " (400000.00 available)",
                    () -> hkma().draw("SL-1", "400000.01", null));
            SwapLineView full = hkma().draw("SL-1", "400000.00", null);
            assertThat(full.drawing().number()).isEqualTo(2);
            assertThat(full.available().toPlainString()).isEqualTo("0.00");
            assertThat(full.utilisation()).isEqualByComparingTo("1");
            // 652,200.00 + 400,000.00 x 1.0870 = 652,200.00 + 434,800.00 = 1,087,000.00 HKD
            assertThat(full.escrowed().toPlainString()).isEqualTo("1087000.00");
            tick();
            assertRejected(ErrorCode.LIMIT_EXCEEDED, () -> hkma().draw("SL-1", "0.01", null));
        }

        @Test
        void isBothLegsOrNeither() {
            // the drawer's account that would escrow holds no HKD: the CNY leg does not happen either
            as("hkcentralbank").governance().openAccount("empty");
            tick();
            assertRejected(
                    ErrorCode.INSUFFICIENT_FUNDS,
                    "account HKCentralBankMSP:empty holds 0.00 HKD and cannot pay 10870.00",
                    () -> hkma().draw("SL-1", "10000.00", "hkcentralbank:empty"));
            assertThat(balance("centralbank:swap", "CNY")).isEqualTo("2000000.00");
            assertThat(hkma().swapLine("SL-1").drawn().toPlainString()).isEqualTo("0.00");
        }

        @Test
        void neverMintsTheLenderPaysFromUnitsItAlreadyHolds() {
            // the lender's account is short: the draw is rejected rather than creating units
            as("centralbank").stableUnits().transfer("CNY", "centralbank:swap", "banka:main", "1999000.00");
            tick();
            String supply = as("regulator")
                    .stableUnits()
                    .supply("CNY")
                    .unitsOutstanding()
                    .toPlainString();
            assertRejected(
                    ErrorCode.INSUFFICIENT_FUNDS,
                    "account CentralBankMSP:swap holds 1000.00 CNY and cannot pay 1000.01",
                    () -> hkma().draw("SL-1", "1000.01", null));
            hkma().draw("SL-1", "1000.00", null);
            assertThat(as("regulator")
                            .stableUnits()
                            .supply("CNY")
                            .unitsOutstanding()
                            .toPlainString())
                    .isEqualTo(supply);
        }

        @Test
        void onlyTheDrawerDrawsIntoItsOwnAccount() {
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP is not a party to swap line SL-1",
                    () -> as("banka").payments().netting().draw("SL-1", "1.00", null));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "CentralBankMSP lends on swap line SL-1; only HKCentralBankMSP may draw on it",
                    () -> pboc().draw("SL-1", "1.00", null));
            assertRejected(
                    ErrorCode.FORBIDDEN, "HKCentralBankMSP may not act on account BankBMSP:main", () -> hkma().draw(
                                    "SL-1", "1.00", "bankb:main"));
        }
    }

    @Nested
    class Repay {
        @BeforeEach
        void draw() {
            hkma().draw("SL-1", "600000.00", null); // 2026-01-05
            tick();
        }

        @Test
        void partThenAllWithInterestByActualDaysOver360AndTheEscrowBackProRata() {
            // 2026-01-05 to 2026-03-05: 26 + 28 + 5 = 59 actual days (30/360 would count 60, ACT/365 divide by 365)
            now = Instant.parse("2026-03-05T08:00:00Z");
            SwapLineView part = hkma().repay("SL-1", 1, "240000.00");
            // 240,000.00 x 2.50% x 59/360 = 6,000 x 59/360 = 983.333... -> 983.33 (HALF_EVEN)
            assertThat(part.interest().toPlainString()).isEqualTo("983.33");
            // escrow back 652,200.00 x 240,000/600,000 = 260,880.00; 391,320.00 stays for the 360,000.00 outstanding
            assertThat(part.drawing().outstanding().toPlainString()).isEqualTo("360000.00");
            assertThat(part.drawing().escrowed().toPlainString()).isEqualTo("391320.00");
            assertThat(part.drawn().toPlainString()).isEqualTo("360000.00");
            assertThat(part.escrowed().toPlainString()).isEqualTo("391320.00");
            // lender 1,400,000 + 240,983.33; drawer 600,000 - 240,983.33 CNY and 1,347,800 + 260,880 HKD
            assertThat(balance("centralbank:swap", "CNY")).isEqualTo("1640983.33");
            assertThat(balance("hkcentralbank:main", "CNY")).isEqualTo("359016.67");
            assertThat(balance("hkcentralbank:main", "HKD")).isEqualTo("1608680.00");

            // 2026-01-05 to 2026-07-03: 26 + 28 + 31 + 30 + 31 + 30 + 3 = 179 days;
            // 360,000.00 x 2.50% x 179/360 = 9,000 x 179/360 = 4,475.00; due 364,475.00 but 359,016.67 held
            now = Instant.parse("2026-07-03T10:00:00Z");
            assertRejected(
                    ErrorCode.INSUFFICIENT_FUNDS,
                    "account HKCentralBankMSP:main holds 359016.67 CNY and cannot pay 364475.00",
                    () -> hkma().repay("SL-1", 1, "360000.00"));
            as("centralbank").stableUnits().mint("CNY", "hkcentralbank:main", "10000.00");
            now = now.plusSeconds(60);
            SwapLineView all = hkma().repay("SL-1", 1, "360000.00");
            assertThat(all.interest().toPlainString()).isEqualTo("4475.00");
            assertThat(all.drawing().outstanding().toPlainString()).isEqualTo("0.00");
            assertThat(all.drawing().escrowed().toPlainString()).isEqualTo("0.00");
            assertThat(all.drawing().interestPaid().toPlainString()).isEqualTo("5458.33");
            assertThat(all.drawn().toPlainString()).isEqualTo("0.00");
            assertThat(all.escrowed().toPlainString()).isEqualTo("0.00");
            // lender: 2,000,000 + 983.33 + 4,475.00 interest; drawer: 369,016.67 - 364,475.00; all its HKD back
            assertThat(balance("centralbank:swap", "CNY")).isEqualTo("2005458.33");
            assertThat(balance("hkcentralbank:main", "CNY")).isEqualTo("4541.67");
            assertThat(balance("hkcentralbank:main", "HKD")).isEqualTo("2000000.00");
        }

        @Test
        void onTheDayOfTheDrawingNoInterestIsDue() {
            // 0 days: 600,000.00 x 2.50% x 0/360 = 0.00
            SwapLineView v = hkma().repay("SL-1", 1, "600000.00");
            assertThat(v.interest().toPlainString()).isEqualTo("0.00");
            assertThat(balance("centralbank:swap", "CNY")).isEqualTo("2000000.00");
        }

        @Test
        void aRepaymentStampedBeforeTheDrawingOwesNothingRatherThanLess() {
            // a client-set timestamp 30 days before the drawing: 0 days, never -30 (which would shave 1,250.00)
            now = Instant.parse("2025-12-06T09:00:00Z");
            SwapLineView v = hkma().repay("SL-1", 1, "600000.00");
            assertThat(v.interest().toPlainString()).isEqualTo("0.00");
            assertThat(balance("centralbank:swap", "CNY")).isEqualTo("2000000.00");
        }

        @Test
        void noMoreThanIsOutstandingAndOnlyByTheDrawer() {
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "repaying 600000.01 CNY of drawing 1 on swap line SL-1 is more than the 600000.00 outstanding",
                    () -> hkma().repay("SL-1", 1, "600000.01"));
            assertRejected(ErrorCode.NOT_FOUND, "drawing 2 of swap line SL-1", () -> hkma().repay("SL-1", 2, "1.00"));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "CentralBankMSP lends on swap line SL-1; only HKCentralBankMSP may repay on it",
                    () -> pboc().repay("SL-1", 1, "1.00"));
        }

        @Test
        void withoutADrawingNumberRepaysTheOldestWithSomethingOutstanding() {
            hkma().draw("SL-1", "100000.00", null);
            tick();
            hkma().repay("SL-1", 1, "600000.00");
            tick();
            // drawing 1 is repaid, so drawing 2 is the oldest open one
            SwapLineView v = hkma().repay("SL-1", 0, "30000.00");
            assertThat(v.drawing().number()).isEqualTo(2);
            assertThat(v.drawing().outstanding().toPlainString()).isEqualTo("70000.00");
            tick();
            hkma().repay("SL-1", 0, "70000.00");
            tick();
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT, "nothing is drawn on swap line SL-1 to repay", () -> hkma().repay(
                                    "SL-1", 0, "0.01"));
        }

        @Test
        void showListsTheDrawings() {
            hkma().draw("SL-1", "100000.00", null);
            tick();
            SwapLineView v = hkma().swapLine("SL-1");
            assertThat(v.drawings()).extracting(SwapDrawing::number).containsExactly(1, 2);
            assertThat(v.drawings())
                    .extracting(d -> d.principal().toPlainString())
                    .containsExactly("600000.00", "100000.00");
            assertThat(v.dayCount()).isEqualTo("ACT/360");
            assertThat(v.lender()).isEqualTo("CentralBankMSP");
            assertThat(v.drawer()).isEqualTo("HKCentralBankMSP");
        }
    }

    @Nested
    class Create {
        @Test
        void theLenderCreatesItInACurrencyItIssuesAgainstTheDrawersOwn() {
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "the creator of a swap line lends the first currency, which it must issue: HKCentralBankMSP issues"
                            + " [HKD], not CNY",
                    () -> hkma().createSwapLine(
                                    "SL-2", "centralbank,hkcentralbank", "CNY,HKD", "1.00", "1.0870", "2.50", null));
            assertRejected(
                    ErrorCode.INVALID_ARGUMENT,
                    "the drawer escrows the second currency, which it must issue: HKCentralBankMSP issues [HKD], not USD",
                    () -> pboc().createSwapLine(
                                    "SL-2", "centralbank,hkcentralbank", "CNY,USD", "1.00", "1.0870", "2.50", null));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "CentralBankMSP may not act on account BankAMSP:main",
                    () -> pboc().createSwapLine(
                                    "SL-2",
                                    "centralbank,hkcentralbank",
                                    "CNY,HKD",
                                    "1.00",
                                    "1.0870",
                                    "2.50",
                                    "banka:main"));
            assertRejected(
                    ErrorCode.FORBIDDEN,
                    "BankAMSP may not create swap lines: needs role CENTRAL_BANK",
                    () -> as("banka")
                            .payments()
                            .netting()
                            .createSwapLine("SL-2", "banka,bankb", "CNY,HKD", "1.00", "1", "1", null));
            assertRejected(ErrorCode.INVALID_ARGUMENT, "BankAMSP is not a central bank", () -> pboc().createSwapLine(
                            "SL-2", "centralbank,banka", "CNY,HKD", "1.00", "1", "1", null));
            assertRejected(ErrorCode.ALREADY_EXISTS, () -> pboc().createSwapLine(
                            "SL-1", "centralbank,hkcentralbank", "CNY,HKD", "1.00", "1", "1", null));
        }

        @Test
        void defaultsToTheLendersMainAccount() {
            SwapLineView v =
                    pboc().createSwapLine("SL-2", "centralbank,hkcentralbank", "CNY,HKD", "1.00", "1.087", "0", null);
            assertThat(v.lenderAccount()).isEqualTo("CentralBankMSP:main");
            assertThat(v.rate()).isEqualByComparingTo("1.087");
            assertThat(v.interestRate().toPlainString()).isEqualTo("0.00");
        }
    }
}
