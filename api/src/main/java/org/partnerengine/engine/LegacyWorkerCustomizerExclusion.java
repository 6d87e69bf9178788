package org.partnerengine.engine;

import org.springframework.beans.factory.aot.BeanRegistrationExcludeFilter;
import org.springframework.beans.factory.support.RegisteredBean;

/**
 * Leaves the Camunda SDK's bridge for the deprecated {@code ZeebeWorkerValueCustomizer} out of
 * Spring's AOT code. The bridge looks for beans of that type by asking whether a bean's type is
 * a supertype of it, so in AOT mode, where a factory method's bean is typed by its declared
 * return type, it takes SpringDoc's {@code initExtraSchemas} (an {@code Object}, whose value is
 * null) for one and the job workers fail to start. The app has no such customizer, so the bridge
 * has nothing to do in either mode.
 */
class LegacyWorkerCustomizerExclusion implements BeanRegistrationExcludeFilter {

  static final String LEGACY_CUSTOMIZER_BRIDGE =
      "io.camunda.client.spring.annotation.customizer.LegacyJobWorkerValueCustomizerBeanDefinitionRegistryPostProcessor";

  @Override
  public boolean isExcludedFromAotProcessing(RegisteredBean registeredBean) {
    return registeredBean.getBeanClass().getName().equals(LEGACY_CUSTOMIZER_BRIDGE);
  }
}
