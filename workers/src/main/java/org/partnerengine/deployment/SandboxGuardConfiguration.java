package org.partnerengine.deployment;

import io.camunda.client.CamundaClient;
import io.camunda.client.annotation.value.JobWorkerValue;
import io.camunda.client.api.worker.BackoffSupplier;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobWorkerManager;
import io.camunda.client.jobhandling.parameter.ParameterResolverStrategy;
import io.camunda.client.jobhandling.result.ResultProcessorStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link SandboxGuard} in front of every {@code @JobWorker}. The Camunda Spring SDK opens
 * each annotated worker through its {@code jobWorkerManager} bean, which it declares without a
 * back-off condition; this replaces that bean's definition with a manager that wraps each
 * handler. {@code SecurityAttackSandboxTest} (the sandbox job ends in an incident) fails loudly if
 * an SDK upgrade renames or reshapes that bean.
 */
@Configuration(proxyBeanMethods = false)
class SandboxGuardConfiguration {

  static final String JOB_WORKER_MANAGER = "jobWorkerManager";

  @Bean
  SandboxGuard sandboxGuard(TrustedProcesses trusted) {
    return new SandboxGuard(trusted);
  }

  @Bean
  static BeanDefinitionRegistryPostProcessor guardedJobWorkerManagerDefinition() {
    return new BeanDefinitionRegistryPostProcessor() {
      @Override
      public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
        if (registry.containsBeanDefinition(JOB_WORKER_MANAGER)) {
          registry.removeBeanDefinition(JOB_WORKER_MANAGER);
          RootBeanDefinition guarded = new RootBeanDefinition(GuardedJobWorkerManager.class);
          guarded.setAutowireMode(RootBeanDefinition.AUTOWIRE_CONSTRUCTOR);
          registry.registerBeanDefinition(JOB_WORKER_MANAGER, guarded);
        }
      }

      @Override
      public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
    };
  }

  /** The SDK's manager with every handler it opens passed through the guard. */
  static class GuardedJobWorkerManager extends JobWorkerManager {

    private final ObjectProvider<SandboxGuard> guard;

    GuardedJobWorkerManager(
        CommandExceptionHandlingStrategy commands,
        MetricsRecorder metrics,
        ParameterResolverStrategy parameters,
        ResultProcessorStrategy results,
        BackoffSupplier backoff,
        JobExceptionHandlingStrategy exceptions,
        ObjectProvider<SandboxGuard> guard) {
      super(commands, metrics, parameters, results, backoff, exceptions);
      this.guard = guard;
    }

    @Override
    public JobWorker openWorker(CamundaClient client, JobWorkerValue value, JobHandler handler) {
      return super.openWorker(client, value, guard.getObject().guard(handler));
    }
  }
}
