package io.bondbridge.client.embedded;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The embedded ledger's append-only, hash-chained transaction log.
 *
 * <p>Each record is a frame: a 4-byte big-endian length N, N bytes of payload, and 32 bytes
 * {@code SHA-256(previous frame's hash || payload)} (the first frame chains from 32 zero bytes). A record is
 * durable once its frame is written and forced to disk.
 *
 * <p>Group commit: {@link #write} puts a frame in the file without forcing it, {@link #awaitDurable} returns once
 * a force covering that frame has completed. Threads waiting at the same time share one force: the first becomes
 * the leader and forces everything written so far, the others wait for it (and the next leader takes whatever was
 * written meanwhile). So an acknowledged record is always on disk, and N concurrent submitters pay one fsync
 * between them instead of N in a row. Frames reach the file in record order, so whatever a crash leaves is a prefix.
 * A failed force poisons the log: the written frames may or may not be on disk, so every later wait fails and the
 * ledger must be reopened (which keeps exactly the frames that made it).
 *
 * <p>On open every frame is checked. A crash mid-write leaves a torn last frame (cut short, or complete but with
 * a hash that does not match): it is dropped and the file truncated, so the ledger opens at the last whole
 * transaction and nothing half-written is applied. A bad frame followed by more frames is not a crash but
 * corruption: opening fails and nothing is changed.
 */
final class TxLog implements Closeable {
    static final int HASH_BYTES = 32;
    private static final int MAX_RECORD = 64 * 1024 * 1024;

    private final FileChannel channel;
    private final boolean sync;
    /** Written under the ledger's write lock; read without it by proposals (for transaction ids) and leaders. */
    private volatile byte[] head;

    private volatile long records;
    private final long droppedBytes;

    private final Object syncMonitor = new Object();
    /** Records known to be on disk (guarded by syncMonitor). */
    private long durable;
    /** True while a leader forces the file (guarded by syncMonitor). */
    private boolean syncing;
    /** The force that failed, after which nothing more is acknowledged (guarded by syncMonitor). */
    private IOException syncFailure;
    /** Forces issued so far (guarded by syncMonitor): fewer than records when commits shared them. */
    private long forces;

    private TxLog(FileChannel channel, boolean sync, byte[] head, long records, long droppedBytes) {
        this.channel = channel;
        this.sync = sync;
        this.head = head;
        this.records = records;
        this.durable = records;
        this.droppedBytes = droppedBytes;
    }

    /** Opens (creating) the log, hands every whole record's payload to {@code replay} in order. */
    static TxLog open(Path file, boolean sync, Consumer<byte[]> replay) throws IOException {
        FileChannel channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long size = channel.size();
            long position = 0;
            byte[] head = new byte[HASH_BYTES];
            long records = 0;
            while (position < size) {
                Frame frame = readFrame(channel, position, size, head);
                if (frame == null) {
                    break; // torn tail: everything from position on is dropped below
                }
                if (!frame.valid()) {
                    if (frame.end() < size) {
                        throw new IOException(String.format(
                                "ledger log %s is corrupt: record %d at offset %d fails its hash check and is not "
                                        + "the last record",
                                file, records + 1, position));
                    }
                    break;
                }
                replay.accept(frame.payload());
                head = frame.hash();
                records++;
                position = frame.end();
            }
            long dropped = size - position;
            if (dropped > 0) {
                channel.truncate(position);
                channel.force(true);
            }
            channel.position(position);
            return new TxLog(channel, sync, head, records, dropped);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private record Frame(byte[] payload, byte[] hash, long end, boolean valid) {}

    /** The frame at {@code position}, or null when the file ends inside it. */
    private static Frame readFrame(FileChannel channel, long position, long size, byte[] previous) throws IOException {
        if (size - position < 4) {
            return null;
        }
        ByteBuffer lengthBuffer = ByteBuffer.allocate(4);
        readFully(channel, lengthBuffer, position);
        int length = lengthBuffer.flip().getInt();
        if (length < 0 || length > MAX_RECORD) {
            // A length no writer produces: garbage at the tail, or corruption when more follows.
            return new Frame(null, null, size, false);
        }
        long end = position + 4 + length + HASH_BYTES;
        if (end > size) {
            return null;
        }
        ByteBuffer body = ByteBuffer.allocate(length + HASH_BYTES);
        readFully(channel, body, position + 4);
        byte[] all = body.array();
        byte[] payload = Arrays.copyOfRange(all, 0, length);
        byte[] stored = Arrays.copyOfRange(all, length, length + HASH_BYTES);
        byte[] expected = chain(previous, payload);
        return new Frame(payload, expected, end, MessageDigest.isEqual(stored, expected));
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw new IOException("unexpected end of ledger log");
            }
        }
    }

    static byte[] chain(byte[] previous, byte[] payload) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previous);
            sha.update(payload);
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends one record; durable (when sync is on) before it returns. One writer at a time. */
    void append(byte[] payload) throws IOException {
        awaitDurable(write(payload));
    }

    /**
     * Writes one record's frame, not yet forced, and returns its number (from 1): pass it to {@link
     * #awaitDurable} before acknowledging the record. One writer at a time (the ledger's write lock).
     */
    long write(byte[] payload) throws IOException {
        byte[] hash = chain(head, payload);
        ByteBuffer frame = ByteBuffer.allocate(4 + payload.length + HASH_BYTES);
        frame.putInt(payload.length).put(payload).put(hash).flip();
        long start = channel.position();
        try {
            while (frame.hasRemaining()) {
                channel.write(frame);
            }
        } catch (IOException e) {
            // Leave no partial frame behind for the next write to chain onto.
            channel.truncate(start);
            channel.position(start);
            throw e;
        }
        head = hash;
        return ++records;
    }

    /**
     * Returns once record {@code record} (and so every record before it) is on disk; immediately when sync is off.
     * Concurrent callers share one force (see the class comment).
     *
     * @throws IOException when a force failed, this one or an earlier one: the log is then unusable
     */
    void awaitDurable(long record) throws IOException {
        if (!sync) {
            return;
        }
        boolean interrupted = false;
        try {
            while (true) {
                long target;
                synchronized (syncMonitor) {
                    while (true) {
                        if (syncFailure != null) {
                            throw new IOException(
                                    "the ledger log could not be forced to disk (" + syncFailure.getMessage()
                                            + "); reopen the ledger",
                                    syncFailure);
                        }
                        if (durable >= record) {
                            return;
                        }
                        if (!syncing) {
                            break;
                        }
                        try {
                            syncMonitor.wait();
                        } catch (InterruptedException e) {
                            // The record is written and applied: waiting on is the only honest answer.
                            interrupted = true;
                        }
                    }
                    syncing = true;
                    forces++;
                    // Every record counted here has its frame written, so the force below covers it.
                    target = records;
                }
                IOException failed = null;
                try {
                    channel.force(false);
                } catch (IOException e) {
                    failed = e;
                }
                synchronized (syncMonitor) {
                    syncing = false;
                    if (failed != null) {
                        syncFailure = failed;
                    } else {
                        durable = Math.max(durable, target);
                    }
                    syncMonitor.notifyAll();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Hash of the last record (32 zero bytes for an empty log). */
    byte[] head() {
        return head.clone();
    }

    long records() {
        return records;
    }

    /** Forces issued since open. */
    long forces() {
        synchronized (syncMonitor) {
            return forces;
        }
    }

    /** Bytes of a torn tail dropped when the log was opened (0 when it closed cleanly). */
    long droppedBytes() {
        return droppedBytes;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
