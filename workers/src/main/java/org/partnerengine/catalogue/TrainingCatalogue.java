package org.partnerengine.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses and exams managers describe for partners. The catalogue says what an entry is and,
 * for an exam, the pass mark and attempts that the certification applies; which courses a partner
 * must take is the training-curriculum decision's answer, not the catalogue's.
 */
@Service
public class TrainingCatalogue {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final CatalogueEntries entries;
  private final Clock clock;

  public TrainingCatalogue(CatalogueEntries entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CatalogueEntry> list(boolean includeRetired) {
    return includeRetired ? entries.findAllByOrderByKindAscIdAsc() : entries.findByRetiredAtIsNullOrderByKindAscIdAsc();
  }

  @Transactional(readOnly = true)
  public CatalogueEntry require(String id) {
    return entries.findById(id).orElseThrow(() -> new CatalogueEntryNotFound(id));
  }

  @Transactional
  public CatalogueEntry add(String id, TrainingKind kind, CatalogueDescription description) {
    check(kind, description);
    if (entries.existsById(id)) {
      throw new CatalogueEntryExists(id);
    }
    try {
      return entries.saveAndFlush(new CatalogueEntry(id, kind, description, clock.instant()));
    } catch (DataIntegrityViolationException raced) {
      throw new CatalogueEntryExists(id);
    }
  }

  @Transactional
  public CatalogueEntry describe(String id, CatalogueDescription description) {
    CatalogueEntry entry = require(id);
    check(entry.getKind(), description);
    entry.describe(description, clock.instant());
    return entry;
  }

  /** Retires the entry; retiring it again changes nothing. */
  @Transactional
  public CatalogueEntry retire(String id) {
    CatalogueEntry entry = require(id);
    entry.retire(clock.instant());
    return entry;
  }

  /**
   * The pass mark and attempts of a catalogued exam, retired or not: an attempt that is under way
   * when a manager retires the exam is still judged by its rules.
   */
  @Transactional(readOnly = true)
  public Optional<CatalogueEntry> exam(String examId) {
    return examId == null ? Optional.empty() : entries.findById(examId).filter(e -> e.getKind() == TrainingKind.EXAM);
  }

  private static void check(TrainingKind kind, CatalogueDescription description) {
    if (kind == TrainingKind.EXAM) {
      if (description.passMark() == null) {
        throw new InvalidCatalogueEntry("passMark", "is required for an exam");
      }
      if (description.passMark().signum() < 0 || description.passMark().compareTo(HUNDRED) > 0) {
        throw new InvalidCatalogueEntry("passMark", "must be a score from 0 to 100");
      }
      if (description.passMark().stripTrailingZeros().scale() > 2) {
        throw new InvalidCatalogueEntry("passMark", "must have at most two decimals");
      }
      if (description.maxAttempts() == null) {
        throw new InvalidCatalogueEntry("maxAttempts", "is required for an exam");
      }
      if (description.maxAttempts() < 1) {
        throw new InvalidCatalogueEntry("maxAttempts", "must be at least 1");
      }
    } else {
      if (description.passMark() != null) {
        throw new InvalidCatalogueEntry("passMark", "belongs to exams only");
      }
      if (description.maxAttempts() != null) {
        throw new InvalidCatalogueEntry("maxAttempts", "belongs to exams only");
      }
    }
  }
}
