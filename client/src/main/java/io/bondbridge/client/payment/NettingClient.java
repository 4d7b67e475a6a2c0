package io.bondbridge.client.payment;

import io.bondbridge.chaincode.ledger.Json;
import io.bondbridge.chaincode.payment.Cycle;
import io.bondbridge.chaincode.payment.Netting;
import io.bondbridge.chaincode.payment.Queued;
import io.bondbridge.chaincode.payment.SwapLines;
import io.bondbridge.client.transport.Transport;
import java.util.List;
import java.util.Objects;

/**
 * Netting cycles (a central bank operates them) and central-bank swap lines.
 *
 * <pre>{@code
 * pboc.payments().netting().open("C-2026-01-05");
 * // banks: payments().send(SendRequest.of(...).inCycle("C-2026-01-05"))
 * Netting.Closed c = pboc.payments().netting().close("C-2026-01-05");   // c.saved().get("CNY")
 * }</pre>
 */
public final class NettingClient {
    static final String CONTRACT = "netting";
    private final Transport transport;

    public NettingClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** A committed change and the record it left. */
    public record Opened(String txId, Cycle cycle) {}

    public Opened open(String cycle) {
        var r = transport.submit(CONTRACT, "open", cycle);
        return new Opened(r.txId(), Json.read(r.payload(), Cycle.class));
    }

    /** Settles the cycle's net positions; INSUFFICIENT_FUNDS (and nothing moved) when a net debtor is short. */
    public Netting.Closed close(String cycle) {
        return Json.read(transport.submit(CONTRACT, "close", cycle).payload(), Netting.Closed.class);
    }

    /** @param cycle the cycle @param queue its queued payments' interbank legs */
    public record CycleView(Cycle cycle, List<Queued> queue) {}

    public CycleView show(String cycle) {
        return Json.read(transport.evaluate(CONTRACT, "show", cycle), CycleView.class);
    }

    public SwapLines.View createSwapLine(String id, String between, String currencies, String limit) {
        return Json.read(
                transport
                        .submit(CONTRACT, "createSwapLine", id, between, currencies, limit)
                        .payload(),
                SwapLines.View.class);
    }

    public SwapLines.View draw(String id, String amount) {
        return Json.read(transport.submit(CONTRACT, "drawSwapLine", id, amount).payload(), SwapLines.View.class);
    }

    public SwapLines.View repay(String id, String amount) {
        return Json.read(transport.submit(CONTRACT, "repaySwapLine", id, amount).payload(), SwapLines.View.class);
    }

    public SwapLines.View swapLine(String id) {
        return Json.read(transport.evaluate(CONTRACT, "showSwapLine", id), SwapLines.View.class);
    }
}
