package io.bondbridge.client.stable;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.governance.ReferenceRate;
import io.bondbridge.client.transport.Transport;
import java.util.List;
import java.util.Objects;

/**
 * USD reference rates (the USD value of one unit of a currency), set by the currency's issuer or the regulator.
 * Reserves use them to value assets held in another currency; payments will use them for USD thresholds.
 */
public final class FxClient {
    private final Transport transport;

    public FxClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** Sets the USD value of one unit of {@code currency}, e.g. {@code ("CNY", "0.1391130154")}. */
    public ReferenceRate setReference(String currency, String usd) {
        return Json.read(
                transport
                        .submit(Functions.Fx.NAME, Functions.Fx.SET_REFERENCE, currency, usd)
                        .payload(),
                ReferenceRate.class);
    }

    public ReferenceRate reference(String currency) {
        return Json.read(
                transport.evaluate(Functions.Fx.NAME, Functions.Fx.GET_REFERENCE, currency), ReferenceRate.class);
    }

    /** Every rate the currency had, oldest first. */
    public List<ReferenceRate> history(String currency) {
        return Json.read(transport.evaluate(Functions.Fx.NAME, Functions.Fx.REFERENCE_HISTORY, currency), Rates.class)
                .rates();
    }

    public List<ReferenceRate> all() {
        return Json.read(transport.evaluate(Functions.Fx.NAME, Functions.Fx.LIST_REFERENCES), Rates.class)
                .rates();
    }

    private record Rates(List<ReferenceRate> rates) {}
}
