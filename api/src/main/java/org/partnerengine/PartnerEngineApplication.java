package org.partnerengine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Partner Engine: the partner lifecycle as BPMN on Camunda 8, with its workers, API and web page.
 *
 * <p>The BPMN, DMN and form files under {@code processes/} are deployed at startup by
 * {@code deployment.StartupDeployment}, which remembers them for the task inbox.
 */
@SpringBootApplication
public class PartnerEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(PartnerEngineApplication.class, args);
  }
}
