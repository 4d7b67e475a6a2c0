package io.bondbridge.api.governance;

import java.util.List;

/** What {@code governance init} answers: which participants it created (none when already done). */
public record BootstrapResult(boolean created, List<String> participants) {}
