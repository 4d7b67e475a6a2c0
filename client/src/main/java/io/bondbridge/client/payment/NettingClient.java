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
 *
 * pboc.payments().netting().createSwapLine("PBOC-HKMA", "centralbank,hkcentralbank", "CNY,HKD",
 *         "400000000000.00", "1.0870", "2.50", "centralbank:swap");
 * SwapLineView v = hkma.payments().netting().draw("PBOC-HKMA", "1000000.00", null);  // v.drawing().number()
 * hkma.payments().netting().repay("PBOC-HKMA", 1, "400000.00");                       // v.interest()
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

    /**
     * Creates a funded swap line as its lender (the caller issues the first currency).
     *
     * @param rate units of the second currency escrowed per unit of the first drawn
     * @param interestPercent percent a year, ACT/360
     * @param account the caller's account it lends from; null for its main account
     */
    public SwapLineView createSwapLine(
            String id,
            String between,
            String currencies,
            String limit,
            String rate,
            String interestPercent,
            String account) {
        return Json.read(
                transport
                        .submit(
                                Functions.Netting.NAME,
                                Functions.Netting.CREATE_SWAP_LINE,
                                id,
                                between,
                                currencies,
                                limit,
                                rate,
                                interestPercent,
                                account == null ? "" : account)
                        .payload(),
                SwapLineView.class);
    }

    /** The drawer draws {@code amount} (first currency) into {@code account} (null: its main account). */
    public SwapLineView draw(String id, String amount, String account) {
        return Json.read(
                transport
                        .submit(
                                Functions.Netting.NAME,
                                Functions.Netting.DRAW_SWAP_LINE,
                                id,
                                amount,
                                account == null ? "" : account)
                        .payload(),
                SwapLineView.class);
    }

    /**
     * The drawer repays {@code amount} of drawing {@code drawing}'s principal (0: the oldest with something
     * outstanding), with interest (the view's {@code interest}).
     */
    public SwapLineView repay(String id, int drawing, String amount) {
        return Json.read(
                transport
                        .submit(
                                Functions.Netting.NAME,
                                Functions.Netting.REPAY_SWAP_LINE,
                                id,
                                drawing == 0 ? "" : Integer.toString(drawing),
                                amount)
                        .payload(),
                SwapLineView.class);
    }

    public SwapLineView swapLine(String id) {
        return Json.read(
                transport.evaluate(Functions.Netting.NAME, Functions.Netting.SHOW_SWAP_LINE, id), SwapLineView.class);
    }
}
