package org.partnerengine;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Zeebe gateway on loopback standing in for a remote cluster (no REST search API), one database
 * for the app instances started against it, and bearer tokens from a test identity provider. The
 * database is H2 in this JVM, or in the mariadb profile the shared MariaDB schema, emptied first as
 * a new install has it.
 */
public final class RemoteCluster implements AutoCloseable {

  private final ZeebeTestEngine gateway;
  private final TestIdentityProvider identityProvider = new TestIdentityProvider();
  private final Map<String, Object> properties = new HashMap<>();

  private RemoteCluster(String databaseName) {
    int port = freePort();
    gateway = EngineFactory.create(port);
    gateway.start();
    properties.putAll(identityProvider.appProperties());
    properties.put("ZEEBE_GRPC_ADDRESS", "http://127.0.0.1:" + port);
    if (System.getProperty("spring.datasource.url") == null) {
      properties.put("DATABASE_URL", "jdbc:h2:mem:" + databaseName + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
      properties.put("DATABASE_USERNAME", "sa");
    } else {
      Flyway.configure()
          .dataSource(
              System.getProperty("spring.datasource.url"),
              System.getProperty("spring.datasource.username"),
              System.getProperty("spring.datasource.password"))
          .cleanDisabled(false)
          .load()
          .clean();
    }
  }

  /** Starts the gateway; {@code databaseName} names the H2 database its app instances share. */
  public static RemoteCluster start(String databaseName) {
    return new RemoteCluster(databaseName);
  }

  /** Adds a setting every app instance started after this gets (for example the REST address). */
  public RemoteCluster with(String property, Object value) {
    properties.put(property, value);
    return this;
  }

  /** An app instance in remote mode on a free port; arguments outrank the profile's files. */
  public ConfigurableApplicationContext startApp(String... arguments) {
    String[] withPort = new String[arguments.length + 1];
    withPort[0] = "--server.port=0";
    System.arraycopy(arguments, 0, withPort, 1, arguments.length);
    return new SpringApplicationBuilder(PartnerEngineApplication.class).profiles("remote").properties(properties).run(withPort);
  }

  public ZeebeTestEngine engine() {
    return gateway;
  }

  public TestIdentityProvider identityProvider() {
    return identityProvider;
  }

  @Override
  public void close() {
    gateway.stop();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
