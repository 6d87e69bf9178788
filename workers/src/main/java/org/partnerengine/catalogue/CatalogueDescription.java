package org.partnerengine.catalogue;

import java.math.BigDecimal;

/**
 * What a manager says about a course or an exam. {@code passMark} (a score out of 100) and
 * {@code maxAttempts} belong to exams only; {@link TrainingCatalogue} checks that they are there
 * for an exam and absent for a course.
 */
public record CatalogueDescription(String title, String description, String link, BigDecimal passMark, Integer maxAttempts) {}
