package dev.aerobench.server;

/** Result codes of the Aerospike server that this server sends, with the client's names. */
final class ResultCode {
    static final int OK = 0;
    static final int KEY_NOT_FOUND = 2;
    static final int GENERATION_ERROR = 3;
    static final int PARAMETER_ERROR = 4;
    static final int KEY_EXISTS = 5;
    static final int BIN_TYPE_ERROR = 12;
    static final int RECORD_TOO_BIG = 13;
    static final int UNSUPPORTED_FEATURE = 16;
    static final int INVALID_NAMESPACE = 20;
    static final int BIN_NAME_TOO_LONG = 21;
    static final int ELEMENT_NOT_FOUND = 23;
    static final int ELEMENT_EXISTS = 24;
    static final int ENTERPRISE_ONLY = 25;
    static final int OP_NOT_APPLICABLE = 26;
    static final int SECURITY_NOT_ENABLED = 52;
    static final int INDEX_FOUND = 200;
    static final int INDEX_NOTFOUND = 201;
    static final int INDEX_MAXCOUNT = 206;

    private ResultCode() {}
}
