package org.partnerengine.analytics;

import java.time.Duration;

/**
 * One user task type (its BPMN element id).
 *
 * @param completed tasks completed in the window the median is taken over
 * @param medianToComplete from creation to completion; null when none was completed in the window
 */
public record TaskTypeStats(String elementId, long open, long overdue, long completed, Duration medianToComplete) {}
