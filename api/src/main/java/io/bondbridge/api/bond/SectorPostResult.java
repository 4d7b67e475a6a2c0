package io.bondbridge.api.bond;

import java.util.List;

/** What {@code trade sector-post} answers: the figure as stored and the resets of the series linked to it. */
public record SectorPostResult(String txId, SectorFigure figure, List<RateReset> resets) {}
