package dev.aerobench.server;

import dev.aerobench.server.Expression.InvalidExpression;

/**
 * Filter expressions (FILTER_EXP field, {@code Policy.filterExp}): a command on a record the
 * filter does not match answers {@link ResultCode#FILTERED_OUT}, a scan skips the record. As on
 * the real server the filter applies to existing records only (a write that creates a record
 * ignores it), a filter must be a boolean expression, and one that evaluates to unknown (a missing
 * bin, a bin of another type) does not match.
 */
final class FilterExpression {

    private FilterExpression() {}

    /** The filter {@code msg} carries, or {@code null}. */
    static Expression of(Message msg) throws InvalidExpression {
        if (!msg.has(Wire.FIELD_FILTER_EXP)) {
            return null;
        }
        Expression filter = Expression.parse(
                msg.buf, msg.fieldOffset(Wire.FIELD_FILTER_EXP), msg.fieldLength(Wire.FIELD_FILTER_EXP));
        if (filter.type() != Expression.Type.BOOL) {
            throw new InvalidExpression("a filter must be a boolean expression, not " + filter.type());
        }
        return filter;
    }

    /** {@link ResultCode#OK} when {@code msg} has no filter or a valid one, else why it is refused. */
    static int validate(Message msg) {
        try {
            of(msg);
            return ResultCode.OK;
        } catch (InvalidExpression invalid) {
            return invalid.resultCode;
        }
    }

    /**
     * {@link ResultCode#OK} when {@code record} passes the filter of {@code msg} (or, if it has
     * none, {@code inherited}, a batch's filter), else why not.
     */
    static int check(Message msg, Expression inherited, StoredRecord record, Digest digest, long nowMillis) {
        Expression filter;
        try {
            filter = msg.has(Wire.FIELD_FILTER_EXP) ? of(msg) : inherited;
        } catch (InvalidExpression invalid) {
            return invalid.resultCode;
        }
        if (filter == null || ExpEvaluator.matches(filter, ExpRecord.of(record, digest, nowMillis))) {
            return ResultCode.OK;
        }
        return ResultCode.FILTERED_OUT;
    }
}
