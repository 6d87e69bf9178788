package org.partnerengine.config;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Configuration;

/** Binds every {@code partner-engine.*} settings record found in the project's packages. */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesScan("org.partnerengine")
class SettingsConfiguration {}
