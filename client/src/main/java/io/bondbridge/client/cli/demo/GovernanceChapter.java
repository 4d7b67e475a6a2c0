package io.bondbridge.client.cli.demo;

import io.bondbridge.api.governance.Participant;

/** Participants, accounts, a freeze by the regulator, and a bank that tries what it may not. */
final class GovernanceChapter implements Demo.Chapter {
    @Override
    public String title() {
        return "Participants and accounts";
    }

    @Override
    public void run(Demo demo) {
        var init = demo.as("centralbank").governance().init();
        demo.say(
                "the central bank bootstraps the ledger: %s",
                init.created() ? "5 participants registered" : "already done");
        for (Participant p : demo.as("regulator").governance().participants()) {
            demo.say("  %-14s %-17s %s  %s", p.alias(), p.mspId(), p.jurisdiction(), p.roles());
        }
        demo.as("banka").governance().openAccount("treasury");
        demo.as("bankb").governance().openAccount("treasury");
        demo.say("Bank A and Bank B open treasury accounts: BankAMSP:treasury, BankBMSP:treasury");
        demo.expectRejected(
                "Bank A tries to freeze Bank B's account",
                () -> demo.as("banka").governance().freeze("bankb:main", "no reason", null));
        var frozen = demo.as("regulator").governance().freeze("bankb:treasury", "sanctions screening", "ORD-2026-17");
        demo.say(
                "the regulator freezes %s under order %s",
                frozen.value().id(), frozen.value().orderRef());
        demo.as("regulator").governance().unfreeze("bankb:treasury");
        demo.say("...and lifts the freeze after review");
    }
}
