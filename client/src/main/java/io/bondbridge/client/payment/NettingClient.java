package io.bondbridge.client.payment;

import io.bondbridge.api.Functions;
import io.bondbridge.api.Json;
import io.bondbridge.api.payment.Cycle;
import io.bondbridge.api.payment.CycleClosed;
import io.bondbridge.api.payment.Queued;
import io.bondbridge.api.payment.SwapLineView;
import io.bondbridge.client.transport.Transport;
import java.util.List;
import java.util.Objects;

/**
 * Netting cycles (a central bank operates them) and central-bank swap lines.
 *
 * <pre>{@code
 * pboc.payments().netting().open("C-2026-01-05");
 * // banks: payments().send(SendRequest.of(...).inCycle("C-2026-01-05"))
 * CycleClosed c = pboc.payments().netting().close("C-2026-01-05");   // c.saved().get("CNY")
 * }</pre>
 */
public final class NettingClient {
    private final Transport transport;

    public NettingClient(Transport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /** A committed change and the record it left. */
    public record Opened(String txId, Cycle cycle) {}

    public Opened open(String cycle) {
        var r = transport.submit(Functions.Netting.NAME, Functions.Netting.OPEN, cycle);
        return new Opened(r.txId(), Json.read(r.payload(), Cycle.class));
    }

    /** Settles the cycle's net positions; INSUFFICIENT_FUNDS (and nothing moved) when a net debtor is short. */
    public CycleClosed close(String cycle) {
        return Json.read(
                transport
                        .submit(Functions.Netting.NAME, Functions.Netting.CLOSE, cycle)
                        .payload(),
                CycleClosed.class);
    }

    /** @param cycle the cycle @param queue its queued payments' interbank legs */
    public record CycleView(Cycle cycle, List<Queued> queue) {}

    public CycleView show(String cycle) {
        return Json.read(transport.evaluate(Functions.Netting.NAME, Functions.Netting.SHOW, cycle), CycleView.class);
    }

    public SwapLineView createSwapLine(String id, String between, String currencies, String limit) {
        return Json.read(
                transport
                        .submit(
                                Functions.Netting.NAME,
                                Functions.Netting.CREATE_SWAP_LINE,
                                id,
                                between,
                                currencies,
                                limit)
                        .payload(),
                SwapLineView.class);
    }

    public SwapLineView draw(String id, String amount) {
        return Json.read(
                transport
                        .submit(Functions.Netting.NAME, Functions.Netting.DRAW_SWAP_LINE, id, amount)
                        .payload(),
                SwapLineView.class);
    }

    public SwapLineView repay(String id, String amount) {
        return Json.read(
                transport
                        .submit(Functions.Netting.NAME, Functions.Netting.REPAY_SWAP_LINE, id, amount)
                        .payload(),
                SwapLineView.class);
    }

    public SwapLineView swapLine(String id) {
        return Json.read(
                transport.evaluate(Functions.Netting.NAME, Functions.Netting.SHOW_SWAP_LINE, id), SwapLineView.class);
    }
}
