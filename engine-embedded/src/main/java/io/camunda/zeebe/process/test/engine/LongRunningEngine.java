package io.camunda.zeebe.process.test.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientConfiguration;
import io.camunda.client.impl.CamundaClientImpl;
import io.camunda.client.impl.util.ExecutorResource;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.logstreams.log.LogStreamReader;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.scheduler.ActorScheduler;
import io.camunda.zeebe.scheduler.clock.ControlledActorClock;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded engine for a process that runs for months: its log keeps only the records that the
 * stream processor and every {@link RecordFollower} have not yet passed, so memory follows the
 * live state rather than the history. Whoever needs the history folds it from a follower. The
 * log is trimmed when a follower releases what it read, so an engine nobody follows keeps it all.
 *
 * <p>{@link #getRecordStreamSource()} therefore answers only the records still in the log: the
 * recent ones, not everything since the start as in Zeebe Process Test.
 */
public class LongRunningEngine extends InMemoryEngine {

  private static final Logger log = LoggerFactory.getLogger(LongRunningEngine.class);

  private final Server toolsGateway;
  private final Server inProcessServer;
  private final String inProcessName;
  private final LogStream logStream;
  private final TrimmedLogStorage logStorage;
  private final StreamProcessor streamProcessor;
  private final List<RecordFollower> followers = new CopyOnWriteArrayList<>();

  LongRunningEngine(
      Server grpcServer,
      Server inProcessServer,
      String inProcessName,
      StreamProcessor streamProcessor,
      GrpcToLogStreamGateway gateway,
      ZeebeDb<ZbColumnFamilies> database,
      LogStream logStream,
      TrimmedLogStorage logStorage,
      ActorScheduler scheduler,
      ControlledActorClock clock,
      EngineStateMonitor stateMonitor) {
    super(grpcServer, streamProcessor, gateway, database, logStream, scheduler, retainedRecords(logStream), clock, stateMonitor);
    this.toolsGateway = grpcServer;
    this.inProcessServer = inProcessServer;
    this.inProcessName = inProcessName;
    this.logStream = logStream;
    this.logStorage = logStorage;
    this.streamProcessor = streamProcessor;
  }

  @Override
  public void start() {
    try {
      inProcessServer.start();
    } catch (IOException e) {
      throw new UncheckedIOException("The in-process gateway did not start", e);
    }
    super.start();
  }

  @Override
  public void stop() {
    inProcessServer.shutdownNow();
    super.stop();
  }

  /**
   * A client that reaches the gateway within this process, with the given configuration (the
   * Spring SDK's, made from {@code camunda.client.*}, for the app). It skips what loopback gRPC
   * costs: the engine's actor thread writing every answer to a socket, and HTTP/2 framing and
   * protobuf encoding on both sides (messages are handed over as they are). Answers are delivered
   * on gRPC's shared executor, never on the engine's thread.
   */
  public CamundaClient newInProcessClient(CamundaClientConfiguration configuration) {
    ManagedChannel channel = InProcessChannelBuilder.forName(inProcessName).intercept(new JobStreamPrefetch()).build();
    if (configuration.jobWorkerExecutor() == null) {
      return new CamundaClientImpl(configuration, channel);
    }
    // As the Spring SDK builds its client: the job workers run on the executor it configured.
    return new CamundaClientImpl(
        configuration,
        channel,
        CamundaClientImpl.buildGatewayStub(channel, configuration),
        new ExecutorResource(configuration.jobWorkerExecutor(), configuration.ownsJobWorkerExecutor()));
  }

  /**
   * The gateway pushes a job to a stream only while the stream is ready, and yields it back to
   * the engine otherwise, where it waits for the worker's next poll. Over a socket a stream is
   * ready while its send buffer has room (32 KiB, some dozens of jobs); in-process only while its
   * client has asked for more, and a stream observer asks for one message at a time. So a job
   * stream asks for {@value #JOB_STREAM_PREFETCH} messages ahead, as a socket would buffer them.
   */
  private static final class JobStreamPrefetch implements ClientInterceptor {

    static final int JOB_STREAM_PREFETCH = 32;

    @Override
    public <Q, A> ClientCall<Q, A> interceptCall(MethodDescriptor<Q, A> method, CallOptions options, Channel next) {
      ClientCall<Q, A> call = next.newCall(method, options);
      if (!method.getFullMethodName().equals(GatewayGrpc.getStreamActivatedJobsMethod().getFullMethodName())) {
        return call;
      }
      return new ForwardingClientCall.SimpleForwardingClientCall<>(call) {
        @Override
        public void start(Listener<A> listener, Metadata headers) {
          super.start(listener, headers);
          super.request(JOB_STREAM_PREFETCH);
        }
      };
    }
  }

  /** Where tools outside this process reach the gateway: no address when only this process may. */
  public List<InetSocketAddress> toolsGatewayAddresses() {
    return toolsGateway.getListenSockets().stream()
        .filter(InetSocketAddress.class::isInstance)
        .map(InetSocketAddress.class::cast)
        .toList();
  }

  /** A follower from the oldest record still in the log; the log keeps what it has not read. */
  public RecordFollower follow() {
    RecordFollower follower = new RecordFollower(logStream.newLogStreamReader(), logStream.getPartitionId(), this);
    followers.add(follower);
    return follower;
  }

  void unfollow(RecordFollower follower) {
    followers.remove(follower);
  }

  /** Blocks in the log, for tests that check it is trimmed. */
  int logBlocks() {
    return logStorage.blockCount();
  }

  /** Drops the log up to the lowest position both the stream processor and every follower passed. */
  void trimLog() {
    long passed;
    try {
      passed = streamProcessor.getLastProcessedPositionAsync().join(5, TimeUnit.SECONDS);
    } catch (Exception e) {
      // Zeebe's futures rethrow a timeout unchecked, hence Exception. A busy engine answers late.
      log.debug("The stream processor did not tell its position; the log is trimmed next time", e);
      return;
    }
    for (RecordFollower follower : followers) {
      passed = Math.min(passed, follower.position());
    }
    if (passed >= 0) {
      logStorage.trimUpTo(passed);
    }
  }

  /**
   * Each call reads the log as it is now; nothing is kept between calls. One reader serves all
   * calls because the log stream holds on to every reader it hands out.
   */
  private static RecordStreamSource retainedRecords(LogStream logStream) {
    LogStreamReader reader = logStream.newLogStreamReader();
    return () -> {
      List<Record<?>> records = new ArrayList<>();
      synchronized (reader) {
        reader.seekToFirstEvent();
        reader.forEachRemaining(event -> records.add(RecordFollower.toRecord(event, logStream.getPartitionId())));
      }
      return records;
    };
  }
}
