package io.bondbridge.client.cli;

import io.bondbridge.client.transport.Transport;
import io.bondbridge.client.transport.TxResult;
import java.util.List;
import java.util.Map;

/**
 * A long-lived transport (of {@code serve} or {@code connect}) lent to one command's session: closing the session
 * leaves it open.
 */
record Borrowed(Transport inner) implements Transport {
    @Override
    public TxResult submit(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
        return inner.submit(contract, function, args, transientData);
    }

    @Override
    public String evaluate(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
        return inner.evaluate(contract, function, args, transientData);
    }

    @Override
    public String mspId() {
        return inner.mspId();
    }

    @Override
    public void close() {}
}
