package io.camunda.zeebe.process.test.engine;

import io.camunda.search.clients.SearchClientsProxy;
import io.camunda.security.auth.BrokerRequestAuthorizationConverter;
import io.camunda.security.configuration.SecurityConfiguration;
import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory.SharedRocksDbResources;
import io.camunda.zeebe.engine.Engine;
import io.camunda.zeebe.engine.EngineConfiguration;
import io.camunda.zeebe.engine.processing.EngineProcessors;
import io.camunda.zeebe.engine.processing.message.command.SubscriptionCommandSender;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.ControllableStreamClockImpl;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.camunda.zeebe.util.FeatureFlags;
import io.grpc.Server;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.netty.NettyServerBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The embedded engine wired as Zeebe Process Test's {@link EngineFactory} wires it, with two
 * differences that matter for running rather than testing. The engine's state lives in RocksDB,
 * the broker's own store, in a temporary directory that is deleted on stop: Zeebe Process Test's
 * in-memory store copies and walks the whole state on every prefix scan, so each engine step
 * gets slower with every partner that is alive; RocksDB seeks. And the log forgets what has been
 * processed and followed ({@link LongRunningEngine}), where Zeebe Process Test's keeps every
 * record until the engine stops. And the gateway also serves clients in this process without a
 * socket ({@link LongRunningEngine#newInProcessClient}), beside the port that tools outside use.
 *
 * <p>It sits in Zeebe Process Test's package because the gateway and writers it wires are
 * package-private there.
 */
public final class LongRunningEngineFactory {

  /** RocksDB's block cache and write buffers together; the broker's default is 512 MiB. */
  static final long STATE_MEMORY_BYTES = 64L * 1024 * 1024;

  private LongRunningEngineFactory() {}

  /**
   * An engine whose gRPC gateway will listen on {@code port} of the loopback interface once
   * started, and never on another interface: the gateway has no login, so whoever reaches it can
   * deploy, start, publish and complete anything.
   */
  public static LongRunningEngine create(int port) {
    return create(
        port, NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
  }

  /**
   * An engine with no socket at all: only clients in this process reach it ({@link
   * LongRunningEngine#newInProcessClient}).
   */
  public static LongRunningEngine createInProcessOnly() {
    // Zeebe Process Test's engine starts and stops a gateway server of its own; here it is one
    // more in-process server whose name nobody knows.
    return create(0, InProcessServerBuilder.forName("partner-engine-unreachable-" + UUID.randomUUID()));
  }

  private static LongRunningEngine create(int port, io.grpc.ServerBuilder<?> toolsGateway) {
    int partitionId = 1;
    int partitionCount = 1;
    ControlledActorClock clock = new ControlledActorClock();
    ActorScheduler scheduler = ActorScheduler.newActorScheduler().setActorClock(clock).build();
    scheduler.start();
    TrimmedLogStorage logStorage = new TrimmedLogStorage();
    LogStream logStream =
        LogStream.builder()
            .withPartitionId(partitionId)
            .withLogStorage(logStorage)
            .withClock(clock)
            .withMeterRegistry(new SimpleMeterRegistry())
            .build();
    CommandWriter commandWriter = new CommandWriter(logStream.newLogStreamWriter());
    CommandSender commandSender = new CommandSender(commandWriter);
    GatewayRequestStore gatewayRequestStore = new GatewayRequestStore();
    InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(commandWriter);
    GrpcToLogStreamGateway gateway =
        new GrpcToLogStreamGateway(commandWriter, partitionId, partitionCount, port, gatewayRequestStore, jobStreamer);
    Server grpcServer = toolsGateway.addService(gateway).build();
    // The gateway only appends commands and parks the caller's observer, so it runs on the caller's
    // thread; answers come back on the client's own executor, never blocking the engine's actor.
    String inProcessName = "partner-engine-" + UUID.randomUUID();
    Server inProcessServer = InProcessServerBuilder.forName(inProcessName).directExecutor().addService(gateway).build();
    EngineResponseWriter responseWriter = new EngineResponseWriter(gatewayRequestStore);
    Path stateDirectory = temporaryDirectory();
    ZeebeDb<ZbColumnFamilies> state = rocksDb(stateDirectory);

    SecurityConfiguration security = new SecurityConfiguration();
    security.getAuthorizations().setEnabled(false);
    StreamProcessor streamProcessor =
        StreamProcessor.builder()
            .logStream(logStream)
            .zeebeDb(state)
            .commandResponseWriter(responseWriter)
            .partitionCommandSender(commandSender)
            .recordProcessors(
                List.of(
                    new Engine(
                        context ->
                            EngineProcessors.createEngineProcessors(
                                context,
                                partitionCount,
                                new SubscriptionCommandSender(context.getPartitionId(), commandSender),
                                commandSender,
                                FeatureFlags.createDefault(),
                                jobStreamer,
                                SearchClientsProxy.noop(),
                                new BrokerRequestAuthorizationConverter(security)),
                        new EngineConfiguration(),
                        security)))
            .actorSchedulingService(scheduler)
            .clock(new ControllableStreamClockImpl(clock))
            .meterRegistry(new SimpleMeterRegistry())
            .build();
    EngineStateMonitor stateMonitor = new EngineStateMonitor(logStorage, streamProcessor);
    return new LongRunningEngine(
        grpcServer, inProcessServer, inProcessName, streamProcessor, gateway, state, logStream, logStorage, scheduler, clock, stateMonitor) {
      @Override
      public void stop() {
        try {
          super.stop();
        } finally {
          deleteRecursively(stateDirectory);
        }
      }
    };
  }

  private static ZeebeDb<ZbColumnFamilies> rocksDb(Path directory) {
    RocksDbConfiguration configuration = new RocksDbConfiguration().setMemoryLimit(STATE_MEMORY_BYTES);
    ZeebeRocksDbFactory<ZbColumnFamilies> factory =
        new ZeebeRocksDbFactory<>(
            configuration,
            new ConsistencyChecksSettings(),
            new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, 1),
            SimpleMeterRegistry::new,
            SharedRocksDbResources.allocate(STATE_MEMORY_BYTES),
            1);
    return factory.createDb(directory.toFile());
  }

  private static Path temporaryDirectory() {
    try {
      Path directory = Files.createTempDirectory("partner-engine-state-");
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the engine's state directory", e);
    }
  }

  private static void deleteRecursively(Path directory) {
    try (var paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless; the next start makes a new one.
    }
  }
}
