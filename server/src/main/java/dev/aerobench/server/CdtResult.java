package dev.aerobench.server;

/**
 * What a list or map operation did to one value: its result code, the value's new state
 * ({@code null}: unchanged) and the value it returns to the client ({@code null}: none).
 */
record CdtResult(int resultCode, MsgValue updated, MsgValue returned) {

    static CdtResult error(int resultCode) {
        return new CdtResult(resultCode, null, null);
    }

    static CdtResult read(MsgValue returned) {
        return new CdtResult(ResultCode.OK, null, returned);
    }

    static CdtResult write(MsgValue updated, MsgValue returned) {
        return new CdtResult(ResultCode.OK, updated, returned);
    }

    boolean ok() {
        return resultCode == ResultCode.OK;
    }
}
