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

  /**
   * Carrier threads of the virtual threads that serve requests, per core. The engine's, the gRPC
   * and the job workers' threads are platform threads the operating system schedules alongside
   * the carriers, one share each: with one carrier per core (the JDK's default), a busy engine
   * leaves requests a small share of the CPU and their latency climbs. A few carriers per core
   * keep requests near a fair share; idle carriers cost nothing.
   */
  static final int CARRIERS_PER_CORE = 4;

  public static void main(String[] args) {
    // Read once, when the first virtual thread starts; a -D on the command line wins.
    if (System.getProperty("jdk.virtualThreadScheduler.parallelism") == null) {
      int carriers = CARRIERS_PER_CORE * Runtime.getRuntime().availableProcessors();
      System.setProperty("jdk.virtualThreadScheduler.parallelism", Integer.toString(carriers));
    }
    SpringApplication.run(PartnerEngineApplication.class, args);
  }
}
