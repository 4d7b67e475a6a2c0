package io.bondbridge.api.payment;

import static io.bondbridge.api.Rejections.rejects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bondbridge.api.Json;
import io.bondbridge.api.LedgerException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A corridor has two or more jurisdictions; a two-member row stored before that still reads and works. */
class CorridorTest {
    @Test
    void linksAnyTwoDifferentMembersEitherWay() {
        Corridor c = new Corridor("CN-CA-RU", List.of("RU", "CN", "KZ", "KG"), null, null, null, null, null);
        assertThat(c.jurisdictions()).containsExactly("CN", "KG", "KZ", "RU");
        assertThat(c.links("CN", "RU")).isTrue();
        assertThat(c.links("RU", "KZ")).isTrue();
        assertThat(c.links("KG", "CN")).isTrue();
        assertThat(c.links("CN", "CN")).as("within one jurisdiction").isFalse();
        assertThat(c.links("CN", "HK")).as("HK is not a member").isFalse();
    }

    @Test
    void aTwoMemberCorridorStoredBeforeIsTheSpecialCase() {
        // the bytes a two-jurisdiction corridor was stored as
        Corridor old = Json.read(
                "{\"currencies\":[\"CNY\",\"HKD\"],\"dailyLimitUsd\":\"100000000.00\",\"id\":\"CN-HK\","
                        + "\"jurisdictions\":[\"CN\",\"HK\"]}",
                Corridor.class);
        assertThat(old.links("HK", "CN")).isTrue();
        assertThat(old.links("CN", "SG")).isFalse();
        assertThat(old.dailyLimitUsd().toPlainString()).isEqualTo("100000000.00");
    }

    @Test
    void needsTwoToThirtyTwoJurisdictions() {
        rejects(
                () -> new Corridor("CN", List.of("CN", "CN"), null, null, null, null, null),
                "corridor CN needs 2 to 32 different jurisdictions (ISO 3166 codes such as CN,HK or CN,KZ,RU), got [CN]");
        List<String> many = new ArrayList<>();
        for (char a = 'A'; many.size() < 33; a++) {
            for (char b = 'A'; b <= 'Z' && many.size() < 33; b++) {
                many.add("" + a + b);
            }
        }
        assertThatThrownBy(() -> new Corridor("BIG", many, null, null, null, null, null))
                .isInstanceOf(LedgerException.class)
                .hasMessageContaining("corridor BIG needs 2 to 32 different jurisdictions");
        assertThat(new Corridor("BIG", many.subList(0, 32), null, null, null, null, null).jurisdictions())
                .hasSize(32);
    }
}
