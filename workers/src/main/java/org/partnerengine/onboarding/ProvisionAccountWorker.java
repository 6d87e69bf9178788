package org.partnerengine.onboarding;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import org.partnerengine.account.AccountService;
import org.partnerengine.account.PortalAccount;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.PartnerHistory;
import org.partnerengine.partner.Partners;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Gives the approved partner its portal account, where it opens and signs the agreement; the account sends the invitation: one of each, ever. */
@Component
public class ProvisionAccountWorker {

  static final String JOB_TYPE = "onboarding.provision-account";
  private final Partners partners;
  private final AccountService accounts;
  private final PartnerHistory history;

  public ProvisionAccountWorker(Partners partners, AccountService accounts, PartnerHistory history) {
    this.partners = partners;
    this.accounts = accounts;
    this.history = history;
  }

  @JobWorker(type = JOB_TYPE)
  @Transactional
  public void provision(@Variable long partnerId) {
    Partner partner = partners.require(partnerId);
    PortalAccount account = accounts.provision(partnerId, partner.getContactEmail());
    String key = "partner-" + partnerId + ":portal-invitation";
    // The account service mails the invitation (once, with the token): nothing secret goes here.
    history.recordOnce(key, partner, "PORTAL_ACCOUNT_INVITED", "system", "account " + account.getId());
  }
}
