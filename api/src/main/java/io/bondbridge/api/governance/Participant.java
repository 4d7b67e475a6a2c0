package io.bondbridge.api.governance;

import io.bondbridge.api.Currencies;
import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.LedgerException;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Fabric organization taking part in the ledger.
 *
 * @param mspId the organization's MSP ID, its identity on the ledger
 * @param alias short lower-case name used in account references ({@code banka:main})
 * @param jurisdiction ISO 3166 alpha-2 code
 * @param currencies currencies it holds or issues, sorted
 * @param roles what it may do, sorted
 */
public record Participant(String mspId, String alias, String jurisdiction, List<String> currencies, List<Role> roles) {
    private static final Pattern MSP = Pattern.compile("[A-Za-z][A-Za-z0-9.-]{0,63}");
    private static final Pattern ALIAS = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}");

    public Participant {
        if (mspId == null || !MSP.matcher(mspId).matches()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "invalid MSP ID '%s'", mspId);
        }
        if (alias == null || !ALIAS.matcher(alias).matches()) {
            throw LedgerException.of(
                    ErrorCode.INVALID_ARGUMENT, "invalid alias '%s' (lower-case letters, digits, -)", alias);
        }
        if (jurisdiction == null || !JURISDICTION.matcher(jurisdiction).matches()) {
            throw LedgerException.of(ErrorCode.INVALID_ARGUMENT, "invalid jurisdiction '%s'", jurisdiction);
        }
        currencies = Objects.requireNonNullElse(currencies, List.<String>of()).stream()
                .map(Currencies::require)
                .distinct()
                .sorted()
                .toList();
        roles = Objects.requireNonNullElse(roles, List.<Role>of()).stream()
                .distinct()
                .sorted()
                .toList();
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean issues(String currency) {
        return currencies.contains(currency) && (has(Role.CENTRAL_BANK) || has(Role.STABLE_ISSUER));
    }

    public Participant withRoles(List<Role> newRoles) {
        return new Participant(mspId, alias, jurisdiction, currencies, newRoles);
    }

    /** Whether {@code reference} has an alias's form (lower-case letters, digits, -): only such a one can be one. */
    public static boolean aliasShaped(String reference) {
        return reference != null && ALIAS.matcher(reference).matches();
    }
}
