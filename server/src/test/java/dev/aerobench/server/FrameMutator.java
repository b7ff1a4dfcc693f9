package dev.aerobench.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * Turns captured request frames into broken ones: flipped bytes, cut frames, lying sizes and
 * counts, foreign versions and types, spliced and pipelined frames, corrupt compression, noise.
 * Every case comes from its own {@link Random}, so a failing case is reproduced from its seed alone.
 */
final class FrameMutator {

    /** A broken request and how it was made, for failure messages. */
    record Case(String mutation, byte[] bytes) {}

    private static final int MESSAGE_START = WireFrames.HEADER_SIZE;
    private static final int FIRST_FIELD = WireFrames.HEADER_SIZE + WireFrames.MESSAGE_HEADER_SIZE;

    private final List<byte[]> corpus;

    FrameMutator(List<byte[]> corpus) {
        this.corpus = List.copyOf(corpus);
    }

    Case mutate(Random random) {
        byte[] frame = corpus.get(random.nextInt(corpus.size())).clone();
        return switch (random.nextInt(12)) {
            case 0 -> new Case("flip bytes", flip(random, frame, frame.length));
            case 1 -> new Case("flip header bytes", flip(random, frame, Math.min(frame.length, FIRST_FIELD + 16)));
            case 2 -> new Case("truncate", Arrays.copyOf(frame, random.nextInt(frame.length)));
            case 3 -> new Case("lying size", withSize(frame, lyingSize(random, frame.length)));
            case 4 -> new Case("version or type", versionOrType(random, frame));
            case 5 -> new Case("lying counts", lyingCounts(random, frame));
            case 6 -> new Case("lying field size", lyingFieldSize(random, frame));
            case 7 -> new Case("noise", noise(random));
            case 8 -> new Case("splice", splice(random, frame));
            case 9 ->
                new Case(
                        "valid then broken",
                        WireFrames.concat(frame, mutate(random).bytes()));
            case 10 -> new Case("corrupt compression", corruptCompression(random, frame));
            default -> new Case("insert or delete bytes", insertOrDelete(random, frame));
        };
    }

    private static byte[] flip(Random random, byte[] frame, int within) {
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            frame[random.nextInt(within)] ^= (byte) (1 + random.nextInt(255));
        }
        return frame;
    }

    private static long lyingSize(Random random, int length) {
        return switch (random.nextInt(6)) {
            case 0 -> 0;
            case 1 -> Math.max(0, length - WireFrames.HEADER_SIZE - 1 - random.nextInt(20));
            case 2 -> length + random.nextInt(100);
            case 3 -> random.nextLong() & 0xFFFF_FFFF_FFFFL;
            case 4 -> EmbeddedAerospikeServer.Builder.DEFAULT_MAX_REQUEST_BYTES + 1L;
            default -> random.nextInt(1 << 20);
        };
    }

    private static byte[] withSize(byte[] frame, long size) {
        byte[] header = WireFrames.header(frame[0], frame[1], size);
        System.arraycopy(header, 0, frame, 0, WireFrames.HEADER_SIZE);
        return frame;
    }

    private static byte[] versionOrType(Random random, byte[] frame) {
        frame[random.nextBoolean() ? 0 : 1] = (byte) random.nextInt(256);
        return frame;
    }

    private static byte[] lyingCounts(Random random, byte[] frame) {
        if (frame.length < FIRST_FIELD || frame[1] != WireFrames.TYPE_MESSAGE) {
            return flip(random, frame, frame.length);
        }
        int offset = MESSAGE_START + 18 + (random.nextBoolean() ? 0 : 2);
        ByteBuffer.wrap(frame).putShort(offset, (short) random.nextInt(random.nextBoolean() ? 8 : 65_536));
        return frame;
    }

    private static byte[] lyingFieldSize(Random random, byte[] frame) {
        if (frame.length < FIRST_FIELD + 4 || frame[1] != WireFrames.TYPE_MESSAGE) {
            return flip(random, frame, frame.length);
        }
        int size = random.nextBoolean() ? random.nextInt() : random.nextInt(64);
        ByteBuffer.wrap(frame).putInt(FIRST_FIELD, size);
        return frame;
    }

    private static byte[] noise(Random random) {
        byte[] bytes = new byte[1 + random.nextInt(2048)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            // A plausible header in front of the noise gets past the first checks.
            byte[] header = WireFrames.header(WireFrames.VERSION, 1 + random.nextInt(4), bytes.length - 8L);
            System.arraycopy(header, 0, bytes, 0, Math.min(header.length, bytes.length));
        }
        return bytes;
    }

    private byte[] splice(Random random, byte[] frame) {
        byte[] other = corpus.get(random.nextInt(corpus.size()));
        int cut = random.nextInt(frame.length);
        int from = random.nextInt(other.length);
        return WireFrames.concat(Arrays.copyOf(frame, cut), Arrays.copyOfRange(other, from, other.length));
    }

    private static byte[] corruptCompression(Random random, byte[] frame) {
        byte[] inner = frame.clone();
        inner[1] = WireFrames.TYPE_MESSAGE;
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        deflater.setInput(inner);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        long declared = random.nextInt(3) == 0 ? random.nextInt(1 << 16) : inner.length;
        byte[] body = WireFrames.concat(ByteBuffer.allocate(8).putLong(declared).array(), compressed.toByteArray());
        if (random.nextBoolean()) {
            flip(random, body, body.length);
        }
        return WireFrames.frame(WireFrames.VERSION, WireFrames.TYPE_COMPRESSED, body);
    }

    private static byte[] insertOrDelete(Random random, byte[] frame) {
        int at = random.nextInt(frame.length);
        if (random.nextBoolean()) {
            byte[] inserted = new byte[1 + random.nextInt(16)];
            random.nextBytes(inserted);
            return WireFrames.concat(
                    WireFrames.concat(Arrays.copyOf(frame, at), inserted), Arrays.copyOfRange(frame, at, frame.length));
        }
        int end = Math.min(frame.length, at + 1 + random.nextInt(16));
        return WireFrames.concat(Arrays.copyOf(frame, at), Arrays.copyOfRange(frame, end, frame.length));
    }
}
