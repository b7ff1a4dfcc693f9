package dev.aerobench.server;

import java.io.IOException;
import java.io.OutputStream;

/** Dispatches one AS_MSG request of a connection to the single-record, batch or scan command. */
final class MessageHandler {

    private final ServerState state;
    private final Message msg = new Message();
    private final BatchCommand batch;
    private final ScanCommand scan;

    MessageHandler(ServerState state) {
        this.state = state;
        this.batch = new BatchCommand(state);
        this.scan = new ScanCommand(state);
    }

    /**
     * Serves the AS_MSG in {@code body[0, length)} and leaves its complete response in {@code out}
     * (earlier groups of a long stream may already have been written to {@code socket}).
     *
     * @throws ProtocolException when the message cannot be parsed; nothing of it has been answered
     */
    void handle(byte[] body, int length, ResponseWriter out, OutputStream socket)
            throws IOException, ProtocolException {
        msg.parse(body, 0, length);
        if (msg.has(Wire.FIELD_BATCH_INDEX)) {
            if (hasUnsupportedField(msg)) {
                writeLast(out, ResultCode.UNSUPPORTED_FEATURE);
            } else {
                batch.execute(msg, out, socket);
            }
        } else if (!msg.has(Wire.FIELD_DIGEST)) {
            scan.execute(msg, out, socket);
        } else {
            single(out);
        }
    }

    private void single(ResponseWriter out) {
        out.beginGroup(Wire.TYPE_MESSAGE);
        Namespace namespace = state.namespace(msg.fieldString(Wire.FIELD_NAMESPACE));
        if (namespace == null) {
            RecordCommands.error(out, ResultCode.INVALID_NAMESPACE, 0);
        } else if (msg.fieldLength(Wire.FIELD_DIGEST) != Wire.DIGEST_SIZE) {
            RecordCommands.error(out, ResultCode.PARAMETER_ERROR, 0);
        } else if (hasUnsupportedField(msg)) {
            RecordCommands.error(out, ResultCode.UNSUPPORTED_FEATURE, 0);
        } else {
            Digest digest = Digest.read(msg.buf, msg.fieldOffset(Wire.FIELD_DIGEST));
            state.records().execute(namespace, digest, msg, out, 0);
        }
        out.endGroup();
    }

    /** Fields of features this server does not implement: UDFs, transactions. */
    private static final int[] UNSUPPORTED_FIELDS = {
        Wire.FIELD_UDF_PACKAGE_NAME,
        Wire.FIELD_UDF_FUNCTION,
        Wire.FIELD_UDF_ARGLIST,
        Wire.FIELD_UDF_OP,
        Wire.FIELD_TXN_ID,
        Wire.FIELD_TXN_DEADLINE,
        Wire.FIELD_RECORD_VERSION
    };

    /** Whether {@code message} asks for a feature this server does not implement (checked per request). */
    static boolean hasUnsupportedField(Message message) {
        return message.hasAnyField(UNSUPPORTED_FIELDS);
    }

    /** A group of its own holding the message that ends a multi-record stream. */
    static void writeLast(ResponseWriter out, int resultCode) {
        out.beginGroup(Wire.TYPE_MESSAGE);
        out.messageHeader(Wire.INFO3_LAST, resultCode, 0, 0, 0, 0, 0);
        out.endGroup();
    }
}
