package io.bondbridge.api.governance;

import static io.bondbridge.api.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountIdTest {
    @Test
    void parsesTheOwnerAsWrittenAndTheName() {
        assertThat(AccountId.parse("banka:main", "account")).isEqualTo(new AccountId("banka", "main"));
        assertThat(AccountId.parse(" BankAMSP:treasury.1 ", "--to")).isEqualTo(new AccountId("BankAMSP", "treasury.1"));
        // the name is what follows the last colon
        assertThat(AccountId.parse("a:b:c", "account")).isEqualTo(new AccountId("a:b", "c"));
        assertThat(AccountId.parse("banka:" + "n".repeat(64), "account").name()).hasSize(64);
    }

    @Test
    void rejectsAReferenceWithoutOwnerOrName() {
        rejects(() -> AccountId.parse("banka", "--to"), "--to 'banka' is not of the form ORG:name");
        rejects(() -> AccountId.parse(":main", "from"), "from ':main' is not of the form ORG:name");
        rejects(() -> AccountId.parse("banka:", "from"), "from 'banka:' is not of the form ORG:name");
        rejects(() -> AccountId.parse(" ", "account"), "account is required");
        rejects(() -> AccountId.parse(null, "account"), "account is required");
    }

    @Test
    void rejectsAnInvalidName() {
        rejects(
                () -> AccountId.parse("banka:has space", "account"),
                "invalid account name 'has space' (letters, digits, '.', '_', '-'; at most 64)");
        rejects(
                () -> AccountId.parse("banka:" + "n".repeat(65), "account"),
                "invalid account name '" + "n".repeat(65) + "' (letters, digits, '.', '_', '-'; at most 64)");
    }
}
