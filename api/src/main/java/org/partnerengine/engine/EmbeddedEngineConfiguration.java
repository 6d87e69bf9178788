package org.partnerengine.engine;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.LongRunningEngineFactory;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: the Zeebe engine (the same stream processor as a broker) runs in this
 * process with a gRPC gateway on localhost. Its log keeps only records not yet processed and
 * followed; what the app shows of past instances it folds from a follower as records arrive.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EngineMode.PROPERTY, havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

  static final String ENGINE_BEAN = "embeddedEngine";

  @Bean(name = ENGINE_BEAN, destroyMethod = "stop")
  LongRunningEngine embeddedEngine(@Value("${" + EmbeddedEngineEnvironment.PORT_PROPERTY + "}") int port) {
    LongRunningEngine engine = LongRunningEngineFactory.create(port);
    engine.start();
    return engine;
  }

  /** The client connects on creation, so it must not be made before the engine listens. */
  @Bean
  static BeanFactoryPostProcessor camundaClientStartsAfterEmbeddedEngine() {
    return beanFactory -> {
      for (String name : beanFactory.getBeanNamesForType(CamundaClient.class, true, false)) {
        var definition = beanFactory.getBeanDefinition(name);
        String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
        if (!Arrays.asList(dependsOn).contains(ENGINE_BEAN)) {
          definition.setDependsOn(
              Stream.concat(Arrays.stream(dependsOn), Stream.of(ENGINE_BEAN)).toArray(String[]::new));
        }
      }
    };
  }
}
