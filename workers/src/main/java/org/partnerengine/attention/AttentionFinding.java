package org.partnerengine.attention;

/** One row of the {@code partner-attention} decision's output. */
public record AttentionFinding(String reason, AttentionKind kind) {}
