package io.bondbridge.client.cli;

import io.bondbridge.client.BondBridge;
import io.bondbridge.client.cli.demo.Demo;
import io.bondbridge.client.embedded.EmbeddedLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code demo}: the guided scenario on a fresh embedded ledger, or on the network with {@code --fabric}. */
@Command(name = "demo", description = "The guided scenario: every feature once, as the organizations that do it.")
final class DemoCommand extends CliCommand {
    /** How far back the story starts on Fabric: a one-year bond plus a month for the chapters after it. */
    private static final Duration FABRIC_STORY_DAYS = Duration.ofDays(400);

    @Override
    void run(Session s) {
        if (s.options.at != null) {
            throw new UsageException("demo sets its own transaction times; drop --at");
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        if (s.options.fabric != null) {
            s.opening();
            summary.put("ledger", "fabric:" + s.options.fabric);
            Demo demo = new Demo(s.out, s.json(), (org, at) -> {
                s.options.as = org;
                return BondBridge.open(FabricConnector.connect(s).at(at));
            });
            // The story spans a year (a bond from issue to maturity). Fabric takes a transaction's time from the
            // client's signed header, so the demo stamps its transactions from FABRIC_STORY_DAYS ago: by now the
            // coupon date and the maturity have passed, and every step is a real transaction on the network.
            Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(FABRIC_STORY_DAYS);
            demo.at(start.plus(Duration.ofHours(9)));
            summary.put("storyStart", demo.now().toString());
            if (!s.json()) {
                s.out.printf(
                        "bondbridge demo on Fabric (%s); transactions stamped from %s on (the story spans a year)%n",
                        s.options.fabric, demo.now());
            }
            runDemo(s, demo, summary);
            if (s.json()) {
                s.print(summary, () -> {});
            }
            return;
        }
        Path dir = freshDirectory(s);
        s.opening();
        summary.put("ledger", dir.toString());
        if (!s.json()) {
            s.out.println("bondbridge demo on a fresh embedded ledger in " + dir);
        }
        try (EmbeddedLedger ledger = EmbeddedLedger.open(dir)) {
            Demo demo = new Demo(
                    s.out,
                    s.json(),
                    (org, at) -> BondBridge.open(ledger.transport(org).at(at)));
            runDemo(s, demo, summary);
            summary.put("transactions", ledger.height());
            summary.put("stateDigest", ledger.stateDigest());
            if (!s.json()) {
                s.out.printf("%n%d transactions committed; state digest %s%n", ledger.height(), ledger.stateDigest());
            }
        }
        if (s.json()) {
            s.print(summary, () -> {});
        }
    }

    private static void runDemo(Session s, Demo demo, Map<String, Object> summary) {
        Progress progress = Progress.of(s, "demo");
        try {
            demo.run((number, title) -> progress.step(number, Demo.CHAPTERS.size(), title));
            progress.done(Demo.CHAPTERS.size() + " chapters");
        } finally {
            demo.closeAll();
        }
        summary.put("steps", demo.steps());
    }

    /** The demo never runs on a ledger that already has transactions. */
    private static Path freshDirectory(Session s) {
        try {
            if (s.options.ledger == null) {
                return Files.createTempDirectory("bondbridge-demo-");
            }
            Path dir = s.options.ledger;
            if (Files.isDirectory(dir) && Files.list(dir).findAny().isPresent()) {
                throw new UsageException("demo needs a fresh ledger; " + dir + " is not empty");
            }
            return dir;
        } catch (IOException e) {
            throw new UsageException("cannot create a ledger directory: " + e.getMessage());
        }
    }
}
