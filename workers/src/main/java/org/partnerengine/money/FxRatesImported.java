package org.partnerengine.money;

/** Published after an import stored rates: amounts waiting for a rate can be converted now. */
public record FxRatesImported(int added) {}
