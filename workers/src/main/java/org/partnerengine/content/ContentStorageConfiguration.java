package org.partnerengine.content;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Picks the storage the settings name; an unknown name stops the app at start. */
@Configuration(proxyBeanMethods = false)
class ContentStorageConfiguration {

  @Bean
  ContentStorage contentStorage(ContentSettings settings, JdbcTemplate jdbc) {
    return switch (settings.storage()) {
      case "database" -> new DatabaseContentStorage(jdbc);
      case "file-system" -> new FileSystemContentStorage(settings.directory());
      default ->
          throw new IllegalStateException(
              "partner-engine.content.storage is " + settings.storage() + "; expected database or file-system");
    };
  }
}
