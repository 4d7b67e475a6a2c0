package io.bondbridge.client.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command takes (docs/CLI.md, "Global options"); accepted before or after the subcommand. */
final class GlobalOptions {
    @Option(
            names = "--ledger",
            scope = ScopeType.INHERIT,
            paramLabel = "DIR",
            description = "embedded ledger directory (default: ./.bondbridge); created on first use")
    Path ledger;

    @Option(
            names = "--fabric",
            scope = ScopeType.INHERIT,
            paramLabel = "PROFILE",
            description =
                    "use a Fabric network: a connection profile (or its directory) written by scripts/network.sh up")
    Path fabric;

    @Option(
            names = "--as",
            scope = ScopeType.INHERIT,
            paramLabel = "ORG",
            description =
                    "act as this organization: centralbank, hkcentralbank, banka, bankb, regulator, or an MSP ID (default: centralbank)")
    String as;

    @Option(
            names = "--at",
            scope = ScopeType.INHERIT,
            paramLabel = "INSTANT",
            description = "embedded ledger only: the transaction timestamp (ISO-8601), e.g. 2030-06-30T00:00:00Z")
    String at;

    @Option(names = "--json", scope = ScopeType.INHERIT, description = "print exactly one JSON object on stdout")
    boolean json;
}
