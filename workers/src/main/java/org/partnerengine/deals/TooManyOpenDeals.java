package org.partnerengine.deals;

/** A partner holds as many open registrations as it may: customers are not locked away in bulk. */
public class TooManyOpenDeals extends RuntimeException {

  public TooManyOpenDeals(long partnerId, int limit) {
    super("Partner " + partnerId + " already holds " + limit + " open deal registrations; close or lose one before registering another");
  }
}
