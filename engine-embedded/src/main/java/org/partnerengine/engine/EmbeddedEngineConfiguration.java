package org.partnerengine.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.spring.configuration.CamundaClientProdAutoConfiguration;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.LongRunningEngineFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: the Zeebe engine (the same stream processor as a broker) runs in this
 * process, and the app's own client reaches it without a socket. Its log keeps only records not yet processed and followed; what the app shows of past
 * instances it folds from a follower as records arrive.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EngineMode.PROPERTY, havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedEngineConfiguration.class);

  static final String ENGINE_BEAN = "embeddedEngine";

  /** The bean that declares the Spring SDK's client. */
  private static final String AUTO_CONFIGURED_CLIENT = CamundaClientProdAutoConfiguration.class.getName();

  /**
   * The engine, with no socket unless a tools gateway is asked for: that gateway has no login, so
   * it listens on the loopback interface only, for Camunda Modeler on the same machine.
   */
  @Bean(name = ENGINE_BEAN, destroyMethod = "stop")
  LongRunningEngine embeddedEngine(
      @Value("${" + EmbeddedEngineEnvironment.GATEWAY_ENABLED_PROPERTY + ":false}") boolean toolsGateway,
      @Value("${" + EmbeddedEngineEnvironment.GATEWAY_PORT_PROPERTY + ":26500}") int port) {
    LongRunningEngine engine =
        toolsGateway ? LongRunningEngineFactory.create(port) : LongRunningEngineFactory.createInProcessOnly();
    engine.start();
    if (toolsGateway) {
      log.warn("The embedded engine's gateway listens on 127.0.0.1:{} without a login, for tools on this machine", port);
    }
    return engine;
  }

  /**
   * The Spring SDK's client is made by the engine instead ({@link LongRunningEngine#newInProcessClient}),
   * from the configuration the SDK built, on an in-process channel: the SDK offers no hook for the
   * channel. The engine being the client's factory also orders them: the engine starts first and
   * stops last.
   */
  @Bean
  static BeanFactoryPostProcessor camundaClientInProcessWithEmbeddedEngine() {
    return beanFactory -> {
      BeanDefinitionRegistry registry = (BeanDefinitionRegistry) beanFactory;
      for (String name : beanFactory.getBeanNamesForType(CamundaClient.class, true, false)) {
        BeanDefinition definition = registry.getBeanDefinition(name);
        if (AUTO_CONFIGURED_CLIENT.equals(definition.getFactoryBeanName())) {
          registry.removeBeanDefinition(name);
          registry.registerBeanDefinition(name, inProcessClient(definition.isPrimary()));
        }
      }
    };
  }

  private static RootBeanDefinition inProcessClient(boolean primary) {
    RootBeanDefinition client = new RootBeanDefinition();
    client.setFactoryBeanName(ENGINE_BEAN);
    client.setFactoryMethodName("newInProcessClient");
    client.setTargetType(CamundaClient.class);
    client.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
    client.setDestroyMethodName("close");
    client.setPrimary(primary);
    return client;
  }
}
