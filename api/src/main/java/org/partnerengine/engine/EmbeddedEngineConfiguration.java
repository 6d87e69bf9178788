package org.partnerengine.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.spring.configuration.CamundaClientProdAutoConfiguration;
import io.camunda.zeebe.process.test.engine.LongRunningEngine;
import io.camunda.zeebe.process.test.engine.LongRunningEngineFactory;
import java.util.Arrays;
import java.util.stream.Stream;
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
 * process with a gRPC gateway on localhost for tools, and the app's own client reaches it without
 * a socket. Its log keeps only records not yet processed and followed; what the app shows of past
 * instances it folds from a follower as records arrive.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = EngineMode.PROPERTY, havingValue = "embedded", matchIfMissing = true)
class EmbeddedEngineConfiguration {

  static final String ENGINE_BEAN = "embeddedEngine";

  /** The bean that declares the Spring SDK's client. */
  private static final String AUTO_CONFIGURED_CLIENT = CamundaClientProdAutoConfiguration.class.getName();

  @Bean(name = ENGINE_BEAN, destroyMethod = "stop")
  LongRunningEngine embeddedEngine(@Value("${" + EmbeddedEngineEnvironment.PORT_PROPERTY + "}") int port) {
    LongRunningEngine engine = LongRunningEngineFactory.create(port);
    engine.start();
    return engine;
  }

  /**
   * The auto-configured client is made by {@link EmbeddedEngineClient} instead, on an in-process
   * channel; the Spring SDK offers no hook for the channel. Any other client must not be made
   * before the engine listens, since a client connects on creation.
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
        } else {
          String[] dependsOn = definition.getDependsOn() == null ? new String[0] : definition.getDependsOn();
          if (!Arrays.asList(dependsOn).contains(ENGINE_BEAN)) {
            definition.setDependsOn(
                Stream.concat(Arrays.stream(dependsOn), Stream.of(ENGINE_BEAN)).toArray(String[]::new));
          }
        }
      }
    };
  }

  private static RootBeanDefinition inProcessClient(boolean primary) {
    RootBeanDefinition client = new RootBeanDefinition(EmbeddedEngineClient.class);
    client.setFactoryMethodName("connect");
    client.setTargetType(CamundaClient.class);
    client.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
    client.setDestroyMethodName("close");
    client.setDependsOn(ENGINE_BEAN);
    client.setPrimary(primary);
    return client;
  }
}
