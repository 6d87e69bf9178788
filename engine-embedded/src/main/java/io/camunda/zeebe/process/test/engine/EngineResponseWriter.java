package io.camunda.zeebe.process.test.engine;

import com.google.protobuf.GeneratedMessage;
import com.google.rpc.Status;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.util.buffer.BufferUtil;
import io.camunda.zeebe.util.buffer.BufferWriter;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.StreamObserver;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Answers the gateway's requests from the stream processor's responses. Zeebe Process Test's
 * {@code GrpcResponseWriter} keeps the response's key, intent and value in static fields, shared by
 * every engine in the JVM: with two engines answering at once (the test contexts each run one), a
 * response was mapped from another engine's bytes and never reached its caller. Everything here
 * belongs to one engine and is used on that engine's processing thread only.
 */
final class EngineResponseWriter implements CommandResponseWriter {

  private final GatewayRequestStore requests;
  private final GrpcResponseMapper responses = new GrpcResponseMapper();
  private final ExpandableArrayBuffer valueBuffer = new ExpandableArrayBuffer();
  private final DirectBuffer value = new UnsafeBuffer();
  private long key = -1;
  private Intent intent = Intent.UNKNOWN;
  private RejectionType rejectionType = RejectionType.NULL_VAL;
  private String rejectionReason = "";

  EngineResponseWriter(GatewayRequestStore requests) {
    this.requests = requests;
  }

  @Override
  public CommandResponseWriter partitionId(int partitionId) {
    return this;
  }

  @Override
  public CommandResponseWriter key(long key) {
    this.key = key;
    return this;
  }

  @Override
  public CommandResponseWriter intent(Intent intent) {
    this.intent = intent;
    return this;
  }

  @Override
  public CommandResponseWriter recordType(RecordType type) {
    return this;
  }

  @Override
  public CommandResponseWriter valueType(ValueType valueType) {
    return this;
  }

  @Override
  public CommandResponseWriter rejectionType(RejectionType rejectionType) {
    this.rejectionType = rejectionType;
    return this;
  }

  @Override
  public CommandResponseWriter rejectionReason(DirectBuffer rejectionReason) {
    this.rejectionReason = BufferUtil.bufferAsString(rejectionReason);
    return this;
  }

  @Override
  public CommandResponseWriter valueWriter(BufferWriter writer) {
    writer.write(valueBuffer, 0);
    value.wrap(valueBuffer, 0, writer.getLength());
    return this;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void tryWriteResponse(int requestStreamId, long requestId) {
    GatewayRequestStore.Request request = requests.removeRequest(requestId);
    try {
      if (request == null) {
        return;
      }
      StreamObserver<GeneratedMessage> caller = (StreamObserver<GeneratedMessage>) request.responseObserver();
      if (rejectionType != RejectionType.NULL_VAL) {
        Status rejection = responses.createRejectionResponse(rejectionType, intent, rejectionReason);
        caller.onError(StatusProto.toStatusException(rejection));
        return;
      }
      caller.onNext(responses.map(request.requestType(), value, key, intent));
      caller.onCompleted();
    } catch (Exception e) {
      throw new IllegalStateException("Could not answer request " + requestId, e);
    } finally {
      // Each response sets what it needs; a rejection must not carry over to the next one.
      rejectionType = RejectionType.NULL_VAL;
      rejectionReason = "";
    }
  }
}
