package org.partnerengine.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerengine.enablement.Enrolments;
import org.partnerengine.onboarding.PartnerAgreements;
import org.partnerengine.partner.PartnerSignals;
import org.partnerengine.partner.Partners;
import org.partnerengine.recruitment.PartnerApplications;
import org.partnerengine.tasks.TaskInbox;

/**
 * The demo data bean is there either way; only demo-data.enabled=true starts the seeding
 * (DemoDataTest takes it through the real processes).
 */
class DemoDataSwitchTest {

  final PartnerApplications applications = mock(PartnerApplications.class);
  final TaskInbox inbox = mock(TaskInbox.class);
  final PartnerSignals signals = mock(PartnerSignals.class);
  final Partners partners = mock(Partners.class);
  final Enrolments enrolments = mock(Enrolments.class);
  final PartnerAgreements agreements = mock(PartnerAgreements.class);

  /** What the app would have started on the demo-data thread; started here by nobody. */
  final List<Runnable> started = new ArrayList<>();

  @Test
  void switchedOffTheReadyAppSeedsNothing() {
    demoData(false).seed();

    assertThat(started).isEmpty();
    verifyNoInteractions(applications, inbox, signals, partners, enrolments, agreements);
  }

  @Test
  void switchedOnTheReadyAppStartsSeeding() {
    demoData(true).seed();

    assertThat(started).hasSize(1);
  }

  private DemoData demoData(boolean enabled) {
    return new DemoData(enabled, applications, inbox, signals, partners, enrolments, agreements) {
      @Override
      void inBackground(Runnable seeding) {
        started.add(seeding);
      }
    };
  }
}
