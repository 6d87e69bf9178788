package org.partnerengine.cosell;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One partner's share of a split deal, in percent of its revenue. */
@Embeddable
public record SplitShare(long partnerId, @Enumerated(EnumType.STRING) SplitRole role, BigDecimal sharePercent) {}
