package io.bondbridge.client.embedded;

import io.bondbridge.api.ErrorCode;
import io.bondbridge.api.Json;
import io.bondbridge.api.governance.DefaultParticipants;
import io.bondbridge.client.transport.BondBridgeException;
import io.bondbridge.client.transport.TxResult;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.hyperledger.fabric.shim.Chaincode;

/**
 * A single-node ledger in this process that runs the bondbridge chaincode through the shim's own routing and
 * execution ({@link EmbeddedRouter}), the code path a peer's chaincode server runs, against an in-memory
 * {@link org.hyperledger.fabric.shim.ChaincodeStub}.
 *
 * <p>Like a peer it endorses ({@link #simulate}) and validates ({@link #commit}) separately: a transaction whose
 * reads went stale, or whose range reads would now return other keys, is rejected whole with
 * {@link ErrorCode#CONFLICT}. Committed transactions go to a hash-chained log in the ledger directory (see
 * {@link TxLog}), and are replayed on open. One process at a time may open a directory.
 *
 * <p>Group commit: a commit validates, writes its log frame and applies its writes under the write lock, then
 * releases the lock and waits for a force of the log that covers its frame before it returns; concurrent commits
 * share that force. So no transaction is acknowledged before it is on disk, while the next ones validate and write
 * during the force. A simulation may read a transaction not yet on disk: it is earlier in the log than anything
 * the simulation leads to, so a crash loses neither or the later one only (never an acknowledged one); and
 * {@link EmbeddedTransport#evaluate} waits until what it read is on disk before it answers.
 *
 * <pre>{@code
 * try (EmbeddedLedger ledger = EmbeddedLedger.open(Path.of(".bondbridge"))) {
 *     Transport bankA = ledger.transport("banka");
 *     bankA.submit("governance", "openAccount", "trading");
 * }
 * }</pre>
 */
public final class EmbeddedLedger implements AutoCloseable {
    public static final String CHANNEL = "bondbridge";
    public static final String CHAINCODE = "bondbridge";
    static final String LOG_FILE = "ledger.log";
    static final String LOCK_FILE = "LOCK";

    /**
     * @param sync force every committed transaction to disk before returning (off only for benchmarks);
     *     concurrent commits share a force
     */
    public record Options(boolean sync) {
        public static final Options DEFAULT = new Options(true);
    }

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final TxLog log;
    private final WorldState state = new WorldState();
    private final List<LedgerEvent> events = new ArrayList<>();
    private final Set<String> committedTxIds = new java.util.HashSet<>();
    private final ReentrantReadWriteLock stateLock = new ReentrantReadWriteLock();
    private final AtomicLong proposals = new AtomicLong();
    private final Identities identities = new Identities();
    private final Collections collections = Collections.bundled();
    private final EmbeddedRouter router = EmbeddedRouter.INSTANCE;
    private volatile boolean closed;
    /** Set when a log force failed: nothing after it can be acknowledged, the ledger must be reopened. */
    private volatile BondBridgeException broken;

    private EmbeddedLedger(Path dir, FileChannel lockChannel, FileLock lock, TxLog log) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.log = log;
    }

    /** A ledger kept only in memory (tests, benchmarks, throw-away demos). */
    public static EmbeddedLedger inMemory() {
        return new EmbeddedLedger(null, null, null, null);
    }

    public static EmbeddedLedger open(Path dir) {
        return open(dir, Options.DEFAULT);
    }

    /**
     * Opens (creating) the ledger stored in {@code dir} and replays its log.
     *
     * @throws LedgerLockedException when another process has it open
     * @throws BondBridgeException {@link ErrorCode#UNAVAILABLE} when it cannot be read
     */
    public static EmbeddedLedger open(Path dir, Options options) {
        Objects.requireNonNull(dir, "dir");
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(dir);
            lockChannel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new LedgerLockedException("ledger " + dir.toAbsolutePath()
                        + " is open in another process; close it first (one process at a time)");
            }
            EmbeddedLedger[] holder = new EmbeddedLedger[1];
            List<TxRecord> replayed = new ArrayList<>();
            TxLog log = TxLog.open(
                    dir.resolve(LOG_FILE), options.sync(), payload -> replayed.add(Json.read(payload, TxRecord.class)));
            holder[0] = new EmbeddedLedger(dir, lockChannel, lock, log);
            for (TxRecord tx : replayed) {
                holder[0].apply(tx);
            }
            holder[0].proposals.set(log.records());
            return holder[0];
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new BondBridgeException(
                    ErrorCode.UNAVAILABLE, "cannot open ledger " + dir + ": " + e.getMessage(), null, e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    /** A transport acting as {@code org} (a default alias such as {@code banka}, or any MSP ID). */
    public EmbeddedTransport transport(String org) {
        String mspId = DefaultParticipants.mspId(org);
        return new EmbeddedTransport(this, mspId == null ? org : mspId);
    }

    /** Builds a proposal; the transaction id is derived from the ledger position and the request. */
    public Proposal propose(
            String mspId,
            String contract,
            String function,
            List<String> args,
            Map<String, byte[]> transientData,
            Instant timestamp) {
        ensureOpen();
        String fn = contract + ":" + function;
        byte[] head = log == null ? new byte[TxLog.HASH_BYTES] : log.head();
        String txId = txId(head, proposals.incrementAndGet(), mspId, fn, args, timestamp);
        return new Proposal(txId, timestamp, mspId, identities.creator(mspId), fn, args, transientData);
    }

    private static String txId(byte[] head, long n, String mspId, String fn, List<String> args, Instant ts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(head);
            sha.update(Json.bytes(List.of(Long.toString(n), mspId, fn, args, ts.toString())));
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the chaincode on the proposal against committed state; nothing is written. */
    public Endorsement simulate(Proposal proposal) {
        ensureOpen();
        stateLock.readLock().lock();
        try {
            EmbeddedStub stub = new EmbeddedStub(proposal, state, collections);
            Chaincode.Response response = router.invoke(stub);
            return new Endorsement(
                    proposal,
                    response.getStatus().getCode(),
                    response.getMessage(),
                    response.getPayload(),
                    stub,
                    state.height());
        } finally {
            stateLock.readLock().unlock();
        }
    }

    /**
     * Validates the endorsement's reads against current state and, when still valid, logs and applies its
     * writes. A stale read, a phantom in a range, or a repeated transaction id rejects it whole.
     *
     * @throws BondBridgeException {@link ErrorCode#CONFLICT} when invalid; the chaincode's code when the chaincode
     *     rejected the proposal
     */
    public TxResult commit(Endorsement endorsement) {
        ensureOpen();
        if (!endorsement.ok()) {
            throw BondBridgeException.fromChaincodeMessage(endorsement.message(), endorsement.txId(), null);
        }
        Proposal p = endorsement.proposal();
        long record;
        stateLock.writeLock().lock();
        try {
            ensureOpen();
            validate(endorsement);
            var event = endorsement.event();
            TxRecord tx = new TxRecord(
                    state.height() + 1,
                    p.txId(),
                    p.timestamp(),
                    p.mspId(),
                    p.function(),
                    p.args(),
                    endorsement.writes(),
                    endorsement.privateWrites(),
                    event == null
                            ? null
                            : new TxRecord.Event(
                                    event.getEventName(), event.getPayload().toStringUtf8()));
            if (log != null) {
                try {
                    record = log.write(Json.bytes(tx));
                } catch (IOException e) {
                    throw new BondBridgeException(
                            ErrorCode.UNAVAILABLE,
                            "ledger log write failed, transaction not committed: " + e.getMessage(),
                            p.txId(),
                            e);
                }
            } else {
                record = tx.seq();
            }
            apply(tx);
        } finally {
            stateLock.writeLock().unlock();
        }
        awaitDurable(record, p.txId());
        return new TxResult(p.txId(), endorsement.payload());
    }

    /** Returns once the first {@code height} transactions are on disk (at once in memory or without sync). */
    private void awaitDurable(long height, String txId) {
        if (log == null) {
            return;
        }
        try {
            log.awaitDurable(height);
        } catch (IOException e) {
            // The frame may or may not be on disk; state already has it. Only a reopen tells which.
            BondBridgeException failure = new BondBridgeException(
                    ErrorCode.UNAVAILABLE,
                    "ledger log sync failed, transaction may not be committed; reopen the ledger: " + e.getMessage(),
                    txId,
                    e);
            broken = failure;
            throw failure;
        }
    }

    /** Waits until what {@code endorsement} read is on disk, so a query never reports what a crash could undo. */
    void awaitReadDurable(Endorsement endorsement) {
        awaitDurable(endorsement.readHeight(), endorsement.txId());
    }

    private void validate(Endorsement endorsement) {
        String txId = endorsement.txId();
        if (committedTxIds.contains(txId)) {
            throw conflict(txId, "DUPLICATE_TXID: transaction " + txId + " is already committed");
        }
        EmbeddedStub stub = endorsement.stub();
        for (Map.Entry<String, Long> read : stub.reads.entrySet()) {
            WorldState.Versioned now = state.get(read.getKey());
            if ((now == null ? 0L : now.version()) != read.getValue()) {
                throw conflict(
                        txId, "MVCC_READ_CONFLICT: key " + printable(read.getKey()) + " changed after it was read");
            }
        }
        for (Map.Entry<String, Long> read : stub.privateReads.entrySet()) {
            String[] ck = read.getKey().split("\u0000", 2);
            WorldState.Versioned now = state.getPrivate(ck[0], ck[1]);
            if ((now == null ? 0L : now.version()) != read.getValue()) {
                throw conflict(
                        txId,
                        "MVCC_READ_CONFLICT: private key " + printable(ck[1]) + " in " + ck[0]
                                + " changed after it was read");
            }
        }
        for (EmbeddedStub.RangeRead range : stub.rangeReads) {
            NavigableMap<String, WorldState.Versioned> now = range.collection() == null
                    ? state.range(range.start(), range.end())
                    : state.privateRange(range.collection(), range.start(), range.end());
            List<String> keys = new ArrayList<>(now.keySet());
            List<Long> versions =
                    now.values().stream().map(WorldState.Versioned::version).toList();
            if (!keys.equals(range.keys()) || !versions.equals(range.versions())) {
                throw conflict(
                        txId,
                        "PHANTOM_READ_CONFLICT: range from " + printable(range.start())
                                + " returns other keys or versions now");
            }
        }
    }

    private static BondBridgeException conflict(String txId, String message) {
        return new BondBridgeException(ErrorCode.CONFLICT, message, txId, null);
    }

    private static String printable(String key) {
        return key.replace('\u0000', '/');
    }

    private void apply(TxRecord tx) {
        state.apply(tx);
        committedTxIds.add(tx.txId());
        if (tx.event() != null) {
            events.add(new LedgerEvent(
                    tx.seq(), tx.txId(), tx.event().name(), tx.event().payload()));
        }
    }

    /** Number of committed transactions. */
    public long height() {
        stateLock.readLock().lock();
        try {
            return state.height();
        } finally {
            stateLock.readLock().unlock();
        }
    }

    /** The committed value of a public key (its encoded form) as UTF-8 text, or null when absent: for tests and tools. */
    public String committed(String key) {
        stateLock.readLock().lock();
        try {
            WorldState.Versioned v = state.get(key);
            return v == null ? null : new String(v.value(), java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            stateLock.readLock().unlock();
        }
    }

    /** SHA-256 of the whole committed state (public and private): equal digests mean equal state. */
    public String stateDigest() {
        stateLock.readLock().lock();
        try {
            return state.digest();
        } finally {
            stateLock.readLock().unlock();
        }
    }

    /** Chaincode events of transactions committed after {@code afterHeight}, oldest first. */
    public List<LedgerEvent> events(long afterHeight) {
        stateLock.readLock().lock();
        try {
            return events.stream().filter(e -> e.height() > afterHeight).toList();
        } finally {
            stateLock.readLock().unlock();
        }
    }

    /** Bytes of a torn last record dropped when the ledger was opened (0 after a clean close). */
    public long droppedBytesOnOpen() {
        return log == null ? 0 : log.droppedBytes();
    }

    /** Log forces (fsyncs) since open, 0 in memory: fewer than commits when concurrent commits shared them. */
    long logForces() {
        return log == null ? 0 : log.forces();
    }

    /** The ledger directory, or null for an in-memory ledger. */
    public Path directory() {
        return dir;
    }

    private void ensureOpen() {
        if (closed) {
            throw new BondBridgeException(ErrorCode.UNAVAILABLE, "ledger is closed");
        }
        BondBridgeException failure = broken;
        if (failure != null) {
            throw new BondBridgeException(ErrorCode.UNAVAILABLE, failure.getMessage(), null, failure);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stateLock.writeLock().lock();
        try {
            if (log != null) {
                if (broken == null) {
                    // Commits still waiting for their force get it; nothing new is written under this lock.
                    log.awaitDurable(log.records());
                }
                log.close();
            }
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            throw new BondBridgeException(ErrorCode.UNAVAILABLE, "closing ledger failed: " + e.getMessage(), null, e);
        } finally {
            closeQuietly(lockChannel);
            stateLock.writeLock().unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
