package io.bondbridge.client.payment;

import io.bondbridge.api.Amount;
import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.payment.Alert;
import io.bondbridge.api.payment.Block;
import io.bondbridge.api.payment.Corridor;
import io.bondbridge.api.payment.Parameter;
import io.bondbridge.client.transport.Transport;
import java.util.List;
import java.util.Objects;

/**
 * Corridors and the compliance settings: block list (regulator), alerts (regulator and auditor), alert threshold.
 *
 * <pre>{@code
 * regulator.payments().corridors().set("CN-AE", "CN,AE", "CNY,AED", "20000000.00");
 * List<Alert> alerts = regulator.payments().corridors().alerts().alerts();
 * }</pre>
 */
public final class CorridorClient {
    private final Transport transport;

    public CorridorClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Sets a corridor; {@code currencies} (CSV) and {@code dailyLimitUsd} may be null. */
    public Corridor set(String id, String jurisdictions, String currencies, String dailyLimitUsd) {
        return Json.read(
                transport
                        .submit(
                                Functions.Corridor.NAME,
                                Functions.Corridor.SET,
                                id,
                                jurisdictions,
                                currencies == null ? "" : currencies,
                                dailyLimitUsd == null ? "" : dailyLimitUsd)
                        .payload(),
                Corridor.class);
    }

    public Corridor get(String id) {
        return Json.read(transport.evaluate(Functions.Corridor.NAME, Functions.Corridor.GET, id), Corridor.class);
    }

    public List<Corridor> list() {
        return Json.read(transport.evaluate(Functions.Corridor.NAME, Functions.Corridor.LIST), Corridors.class)
                .corridors();
    }

    public Block block(String participant, String reason) {
        return Json.read(
                transport
                        .submit(Functions.Corridor.NAME, Functions.Corridor.BLOCK, participant, reason)
                        .payload(),
                Block.class);
    }

    public Block unblock(String participant) {
        return Json.read(
                transport
                        .submit(Functions.Corridor.NAME, Functions.Corridor.UNBLOCK, participant)
                        .payload(),
                Block.class);
    }

    public List<Block> blocked() {
        return Json.read(transport.evaluate(Functions.Corridor.NAME, Functions.Corridor.BLOCKED), Blocked.class)
                .blocked();
    }

    /** @param alerts every alert, in end-to-end id order @param thresholdUsd the threshold in force */
    public record Alerts(List<Alert> alerts, Amount thresholdUsd) {}

    public Alerts alerts() {
        return Json.read(transport.evaluate(Functions.Corridor.NAME, Functions.Corridor.ALERTS), Alerts.class);
    }

    public Parameter setAlertThreshold(String usd) {
        return Json.read(
                transport
                        .submit(Functions.Corridor.NAME, Functions.Corridor.SET_ALERT_THRESHOLD, usd)
                        .payload(),
                Parameter.class);
    }

    private record Corridors(List<Corridor> corridors) {}

    private record Blocked(List<Block> blocked) {}
}
