package org.partnerengine.recruitment;

/** What recruitment answers the lifecycle: was the applicant taken on. */
public record RecruitmentDecision(boolean approved) {}
