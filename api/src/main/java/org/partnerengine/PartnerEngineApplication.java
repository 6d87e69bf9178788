package org.partnerengine;

import io.camunda.client.annotation.Deployment;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Partner Engine: the partner lifecycle as BPMN on Camunda 8, with its workers, API and web page. */
@SpringBootApplication
@Deployment(
    resources = {
      "classpath*:/processes/**/*.bpmn",
      "classpath*:/processes/**/*.dmn",
      "classpath*:/processes/**/*.form"
    })
public class PartnerEngineApplication {

  public static void main(String[] args) {
    SpringApplication.run(PartnerEngineApplication.class, args);
  }
}
