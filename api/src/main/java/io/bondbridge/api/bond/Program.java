package io.bondbridge.api.bond;

import java.util.List;

/**
 * The bond programs and the use-of-proceeds tags each allows. A series of a program with tags must
 * name one of them; proceeds of a series may not fund anything outside its tag. A tag outside the program is
 * INVALID_ARGUMENT (the terms are malformed, as a wrong day count would be).
 *
 * <p>Export bonds fund new-energy vehicles, lithium batteries, photovoltaics and semiconductors; import bonds chip
 * equipment, medical equipment and precision instruments. Ultra-long bonds fund major strategic projects and
 * security capacity; investment bonds infrastructure and urban renewal; consumption bonds social security and
 * household consumption. RESERVE bonds are a store of value and carry no tag.
 */
public enum Program {
    TRADE_EXPORT(List.of("NEW_ENERGY_VEHICLES", "LITHIUM_BATTERIES", "PHOTOVOLTAICS", "SEMICONDUCTORS")),
    TRADE_IMPORT(List.of("CHIP_EQUIPMENT", "MEDICAL_EQUIPMENT", "PRECISION_INSTRUMENTS")),
    ULTRA_LONG(List.of("MAJOR_STRATEGIC_PROJECTS", "SECURITY_CAPACITY")),
    INVESTMENT(List.of("INFRASTRUCTURE", "URBAN_RENEWAL")),
    CONSUMPTION(List.of("SOCIAL_SECURITY", "HOUSEHOLD_CONSUMPTION")),
    RESERVE(List.of());

    /** Ultra-long special bonds run exactly this many years: 20, 30 or 50. */
    public static final List<Integer> ULTRA_LONG_YEARS = List.of(20, 30, 50);

    private final List<String> tags;

    Program(List<String> tags) {
        this.tags = tags;
    }

    public List<String> tags() {
        return tags;
    }
}
