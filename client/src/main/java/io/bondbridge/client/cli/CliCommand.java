package io.bondbridge.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Base of every leaf command: finds the session of this invocation. Subclasses validate their own arguments with the
 * api's parsers (whose INVALID_ARGUMENT is bad usage until the ledger is opened) or a {@link UsageException}, before
 * calling {@link Session#bridge()}, so bad input never opens the ledger.
 * Not called {@code Command}: that name belongs to picocli's {@code @Command}, which every subclass carries.
 */
abstract class CliCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    Session session() {
        return ((Main) spec.root().userObject()).session();
    }

    @Override
    public final Integer call() {
        Session session = session();
        session.validate();
        run(session);
        return 0;
    }

    abstract void run(Session s);
}
