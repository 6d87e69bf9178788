package org.partnerengine.partner;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A repository fragment rather than a default method of {@link Partners}: Spring Data calls a
 * default method through a method handle it adapts again on every call, and the default method
 * then goes through the whole repository proxy a second time for {@code findById}.
 */
class PartnerLookupImpl implements PartnerLookup {

  private final EntityManager entityManager;

  PartnerLookupImpl(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional(readOnly = true)
  public Partner require(long id) {
    Partner partner = entityManager.find(Partner.class, id);
    if (partner == null) {
      throw new PartnerNotFound(id);
    }
    return partner;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public Partner requireForUpdate(long id) {
    Partner partner = entityManager.find(Partner.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (partner == null) {
      throw new PartnerNotFound(id);
    }
    return partner;
  }
}
