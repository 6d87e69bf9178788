package org.partnerengine.prediction;

import java.time.LocalDate;

/** A snapshot whose outcome is known: what the model learns from and is tested on. */
public record LabelledSnapshot(long partnerId, LocalDate asOf, SnapshotFeatures features, boolean churned) {}
