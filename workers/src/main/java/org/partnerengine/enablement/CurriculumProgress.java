package org.partnerengine.enablement;

/** What the enablement process needs to know after each step: is every required course done? */
public record CurriculumProgress(boolean curriculumComplete) {}
