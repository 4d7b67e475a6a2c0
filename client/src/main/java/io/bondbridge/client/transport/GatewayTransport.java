package io.bondbridge.client.transport;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Timestamp;
import io.bondbridge.api.ErrorCode;
import io.grpc.CallOptions;
import io.grpc.ChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.channel.EventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.nio.NioEventLoopGroup;
import io.grpc.netty.shaded.io.netty.channel.socket.nio.NioSocketChannel;
import io.grpc.netty.shaded.io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.hyperledger.fabric.client.ChaincodeEvent;
import org.hyperledger.fabric.client.CloseableIterator;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.Contract;
import org.hyperledger.fabric.client.EndorseException;
import org.hyperledger.fabric.client.FileCheckpointer;
import org.hyperledger.fabric.client.Gateway;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.Hash;
import org.hyperledger.fabric.client.Network;
import org.hyperledger.fabric.client.Proposal;
import org.hyperledger.fabric.client.Status;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.client.SubmittedTransaction;
import org.hyperledger.fabric.client.Transaction;
import org.hyperledger.fabric.client.identity.Identities;
import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.hyperledger.fabric.client.identity.X509Identity;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.common.ChannelHeader;
import org.hyperledger.fabric.protos.common.Header;
import org.hyperledger.fabric.protos.gateway.ProposedTransaction;
import org.hyperledger.fabric.protos.peer.SignedProposal;

/**
 * {@link Transport} to a Fabric network through the Gateway of one organization's peer, acting as the identity in
 * that organization's {@link FabricProfile}.
 *
 * <pre>{@code
 * FabricProfile banka = FabricProfile.load(Path.of("network/.local/profiles"), "banka");
 * try (GatewayTransport fabric = GatewayTransport.connect(banka)) {
 *     TxResult opened = fabric.submit("governance", "openAccount", "trading");
 *     String account = fabric.evaluate("governance", "getAccount", "banka:trading");
 * } catch (BondBridgeException e) {
 *     // e.code() is the chaincode's code (FORBIDDEN, INSUFFICIENT_FUNDS, ...), CONFLICT or UNAVAILABLE
 * }
 * }</pre>
 *
 * <p>A submit that loses a race to a concurrent transaction (committed as {@code MVCC_READ_CONFLICT} or
 * {@code PHANTOM_READ_CONFLICT}, or refused at endorsement because an endorser read an older value) runs again,
 * under the {@link Retry} policy of {@link Options#retry()} (exponential backoff and jitter, up to
 * {@link Options#maxAttempts()} attempts); then it fails with
 * {@link ErrorCode#CONFLICT}. A chaincode rejection is never retried: it fails with the chaincode's code, as on
 * the embedded ledger. A network that does not answer within the call's deadline is {@link ErrorCode#UNAVAILABLE}.
 *
 * <p>Thread-safe: one instance serves concurrent callers over one gRPC channel.
 */
public final class GatewayTransport implements Transport {

    /**
     * Deadlines per Gateway call and the retry policy of {@link #submit}.
     *
     * @param evaluateTimeout one evaluate (a read on one peer)
     * @param endorseTimeout collecting the endorsements of one submit
     * @param submitTimeout handing the endorsed transaction to the orderer
     * @param commitStatusTimeout waiting for the transaction to commit
     * @param maxAttempts attempts of a submit that keeps losing to concurrent transactions (at least 1)
     * @param firstBackoff pause before the first retry; doubles with each further retry
     * @param maxBackoff longest pause between two attempts
     */
    public record Options(
            Duration evaluateTimeout,
            Duration endorseTimeout,
            Duration submitTimeout,
            Duration commitStatusTimeout,
            int maxAttempts,
            Duration firstBackoff,
            Duration maxBackoff) {

        /** Evaluate 10 s, endorse 30 s, submit 10 s, commit status 60 s; 5 attempts, backoff 100 ms doubling to 2 s. */
        public static final Options DEFAULTS = new Options(
                Duration.ofSeconds(10),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                Duration.ofSeconds(60),
                5,
                Duration.ofMillis(100),
                Duration.ofSeconds(2));

        public Options {
            requirePositive(evaluateTimeout, "evaluateTimeout");
            requirePositive(endorseTimeout, "endorseTimeout");
            requirePositive(submitTimeout, "submitTimeout");
            requirePositive(commitStatusTimeout, "commitStatusTimeout");
            requirePositive(firstBackoff, "firstBackoff");
            requirePositive(maxBackoff, "maxBackoff");
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
            }
        }

        /** The retry policy of {@link GatewayTransport#submit}: these attempts and backoffs. */
        public Retry retry() {
            return Retry.withBackoff(maxAttempts, firstBackoff, maxBackoff);
        }

        private static void requirePositive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, not " + d);
            }
        }
    }

    /**
     * One chaincode event.
     *
     * @param blockNumber block that committed the transaction
     * @param txId transaction that emitted the event
     * @param name event name set by the chaincode
     * @param payload event payload, UTF-8 text (the chaincode's JSON)
     */
    public record Event(long blockNumber, String txId, String name, String payload) {}

    /** Receives chaincode events in ledger order. */
    @FunctionalInterface
    public interface EventHandler {
        /**
         * Handles one event; it is checkpointed when this returns. An exception stops following before the
         * checkpoint, so the same event comes first next time.
         *
         * @return true to go on following, false to stop after this event
         */
        boolean onEvent(Event event);
    }

    private final FabricProfile profile;
    private final Retry retry;
    private final ManagedChannel channel;
    private final EventLoopGroup loop;
    private final Gateway gateway;
    private final Signer signer;
    private final Network network;
    private volatile Instant fixedTime;
    private final ConcurrentMap<String, Contract> contracts = new ConcurrentHashMap<>();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * Per channel, the newest block in which a submit of this process committed. Fabric promises read-your-writes
     * only on the peer that reported the commit: another organization's peer may be a block behind, so its next
     * endorsement would not see the write (a bank subscribes, and the treasury's issue, endorsed a moment later on
     * the treasury's peer, finds no subscription). Every call first waits, briefly, for its own peer to reach that
     * block.
     */
    private static final ConcurrentMap<String, AtomicLong> NEWEST_COMMIT = new ConcurrentHashMap<>();

    private static final Duration CATCH_UP_LIMIT = Duration.ofSeconds(10);
    private final AtomicLong peerHeightSeen = new AtomicLong();

    private GatewayTransport(
            FabricProfile profile,
            Options options,
            ManagedChannel channel,
            EventLoopGroup loop,
            Gateway gateway,
            Signer signer) {
        this.profile = profile;
        this.retry = options.retry();
        this.channel = channel;
        this.loop = loop;
        this.gateway = gateway;
        this.signer = signer;
        this.network = gateway.getNetwork(profile.channel());
    }

    /** Connects with {@link Options#DEFAULTS}. */
    public static GatewayTransport connect(FabricProfile profile) {
        return connect(profile, Options.DEFAULTS);
    }

    /**
     * Opens a TLS gRPC channel to the profile's peer (trusting its TLS CA, checking the certificate against
     * {@link FabricProfile#peerHostOverride()}) and a Gateway signing as the profile's identity. Nothing is sent
     * until the first call, so an unreachable peer shows there, as {@link ErrorCode#UNAVAILABLE}.
     *
     * @throws BondBridgeException {@link ErrorCode#INVALID_ARGUMENT} when the certificate, key or TLS CA cannot be
     *     read
     */
    public static GatewayTransport connect(FabricProfile profile, Options options) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(options, "options");
        ChannelCredentials tls;
        try {
            tls = TlsChannelCredentials.newBuilder()
                    .trustManager(profile.tlsCaCertPath().toFile())
                    .build();
        } catch (IOException e) {
            throw new BondBridgeException(
                    ErrorCode.INVALID_ARGUMENT, "cannot read TLS CA " + profile.tlsCaCertPath() + ": " + e, null, e);
        }
        // The transport's own event loop, shut down by close(): a JVM exiting while a thread sits in epoll_wait (the
        // shared gRPC loop) waits 300 ms for it, a third of a CLI command.
        EventLoopGroup loop = new NioEventLoopGroup(1, new DefaultThreadFactory("bondbridge-grpc", true));
        ManagedChannel channel = NettyChannelBuilder.forTarget(profile.peerEndpoint(), tls)
                .eventLoopGroup(loop)
                .channelType(NioSocketChannel.class)
                .overrideAuthority(profile.peerHostOverride())
                .build();
        // Connect and shake hands now, on the event loop, while this thread reads the identity and builds the Gateway
        // and the caller its first proposal.
        channel.getState(true);
        try {
            X509Certificate certificate = readCertificate(profile.certPath());
            PrivateKey key = readKey(profile.keyPath());
            Signer signer = key instanceof ECPrivateKey ec ? new EcdsaSigner(ec) : Signers.newPrivateKeySigner(key);
            Gateway gateway = Gateway.newInstance()
                    .identity(new X509Identity(profile.mspId(), certificate))
                    .signer(signer)
                    .hash(Hash.SHA256)
                    .connection(channel)
                    .evaluateOptions(deadline(options.evaluateTimeout()))
                    .endorseOptions(deadline(options.endorseTimeout()))
                    .submitOptions(deadline(options.submitTimeout()))
                    .commitStatusOptions(deadline(options.commitStatusTimeout()))
                    .connect();
            return new GatewayTransport(profile, options, channel, loop, gateway, signer);
        } catch (RuntimeException e) {
            channel.shutdownNow();
            loop.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
    }

    @Override
    public TxResult submit(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(transientData, "transientData");
        catchUp();
        return retry.run(
                contract + ":" + function,
                attempt -> {
                    if (attempt > 1) {
                        retries.incrementAndGet();
                    }
                    return submitOnce(contract, function, args, transientData);
                },
                (attempts, last) -> new BondBridgeException(
                        ErrorCode.CONFLICT,
                        String.format(
                                Locale.ROOT,
                                "%s:%s lost to concurrent transactions %d times; last: %s",
                                contract,
                                function,
                                attempts,
                                last.getMessage()),
                        last.txId(),
                        last.getCause()));
    }

    private TxResult submitOnce(String contract, String function, List<String> args, Map<String, byte[]> transientData)
            throws Retry.Stale {
        Proposal proposal = proposal(contract, function, args, transientData);
        String txId = proposal.getTransactionId();
        Transaction transaction;
        try {
            transaction = proposal.endorse();
        } catch (EndorseException e) {
            if (GatewayErrors.isEndorsementShortfall(e.getStatus())) {
                throw new Retry.Stale(txId, GatewayErrors.summary(e.getStatus(), e.getDetails()), e);
            }
            throw failed(e, txId);
        }
        SubmittedTransaction submitted;
        Status status;
        try {
            submitted = transaction.submitAsync();
            status = submitted.getStatus();
        } catch (SubmitException | CommitStatusException e) {
            throw failed(e, txId);
        }
        if (status.isSuccessful()) {
            long block = status.getBlockNumber();
            NEWEST_COMMIT
                    .computeIfAbsent(profile.channel(), c -> new AtomicLong(-1))
                    .accumulateAndGet(block, Math::max);
            peerHeightSeen.accumulateAndGet(block + 1, Math::max); // committed on this transport's own peer
            return new TxResult(txId, utf8(submitted.getResult()));
        }
        if (GatewayErrors.isRetryable(status.getCode())) {
            throw new Retry.Stale(txId, "transaction " + txId + " invalidated as " + status.getCode(), null);
        }
        throw new BondBridgeException(
                ErrorCode.INTERNAL,
                "transaction " + txId + " committed invalid in block " + status.getBlockNumber() + ": "
                        + status.getCode(),
                txId,
                null);
    }

    @Override
    public String evaluate(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(transientData, "transientData");
        catchUp();
        try {
            return utf8(proposal(contract, function, args, transientData).evaluate());
        } catch (GatewayException e) {
            throw failed(e, null);
        }
    }

    /**
     * What the caller of a failed Gateway call sees ({@link GatewayErrors#translate}), after readying the channel for
     * the next call. A call that got no answer in time leaves its connection suspect: through a network cut an open
     * TCP connection stays silent until its next retransmission, whose interval grew during the cut (a peer's host
     * cut off 15 s served a long-lived client again only 46 s after it was back, a new connection at once). So the
     * next call dials afresh (calls under way on the old connection go on). After an unreachable peer, the next call
     * dials at once instead of waiting out gRPC's reconnect backoff.
     */
    private BondBridgeException failed(GatewayException e, String txId) {
        io.grpc.Status.Code code = e.getStatus().getCode();
        if (code == io.grpc.Status.Code.DEADLINE_EXCEEDED) {
            channel.enterIdle();
        } else if (code == io.grpc.Status.Code.UNAVAILABLE) {
            channel.resetConnectBackoff();
        }
        return GatewayErrors.translate(e.getStatus(), e.getDetails(), txId, e);
    }

    /**
     * Follows the chaincode's events, resuming after the last event recorded in {@code checkpointFile}, so a
     * listener that stops and starts again neither misses an event nor sees one twice. The file is created on
     * first use; {@code startBlock} says where a listener without a checkpoint begins (0: the whole history).
     * Blocks until the handler returns false, the thread is interrupted, or this transport is closed.
     *
     * <pre>{@code
     * FabricProfile regulator = FabricProfile.load(Path.of("network/.local/profiles"), "regulator");
     * try (GatewayTransport fabric = GatewayTransport.connect(regulator)) {
     *     fabric.followEvents(Path.of("regulator-events.checkpoint"), 0, event -> {
     *         System.out.printf("block %d %s %s %s%n",
     *                 event.blockNumber(), event.txId(), event.name(), event.payload());
     *         return true; // false stops following; the next run resumes after this event
     *     });
     * }
     * }</pre>
     *
     * <p>The checkpoint is written (not synced to disk) after each event, so it survives a crash of the process;
     * a crash between the handler's return and that write delivers that one event again.
     *
     * @throws BondBridgeException {@link ErrorCode#UNAVAILABLE} when the peer cannot be reached or drops the
     *     stream; {@link ErrorCode#INTERNAL} when the checkpoint file cannot be used
     */
    public void followEvents(Path checkpointFile, long startBlock, EventHandler handler) {
        Objects.requireNonNull(checkpointFile, "checkpointFile");
        Objects.requireNonNull(handler, "handler");
        if (startBlock < 0) {
            throw new IllegalArgumentException("startBlock must not be negative, not " + startBlock);
        }
        try (FileCheckpointer checkpointer = new FileCheckpointer(checkpointFile);
                CloseableIterator<ChaincodeEvent> events = network.newChaincodeEventsRequest(profile.chaincode())
                        .startBlock(startBlock) // used only while the checkpoint is empty
                        .checkpoint(checkpointer)
                        .build()
                        .getEvents()) {
            while (events.hasNext()) {
                ChaincodeEvent event = events.next();
                boolean more = handler.onEvent(new Event(
                        event.getBlockNumber(),
                        event.getTransactionId(),
                        event.getEventName(),
                        utf8(event.getPayload())));
                checkpointer.checkpointChaincodeEvent(event);
                if (!more) {
                    return;
                }
            }
        } catch (GatewayRuntimeException e) {
            if (closed.get()
                    || Thread.currentThread().isInterrupted()
                    || e.getStatus().getCode() == io.grpc.Status.Code.CANCELLED) {
                return; // asked to stop
            }
            throw GatewayErrors.translate(e.getStatus(), e.getDetails(), null, e);
        } catch (IOException e) {
            throw new BondBridgeException(
                    ErrorCode.INTERNAL, "event checkpoint " + checkpointFile + ": " + e.getMessage(), null, e);
        }
    }

    /**
     * Proposals from now on carry this transaction time instead of the clock's (null: the clock again), as
     * {@code EmbeddedTransport.at} does: for trying record dates and maturities on a test network.
     *
     * <p>Fabric takes a transaction's time from the submitting client's signed header ({@code getTxTimestamp()})
     * and the peers do not compare it with their own clocks, so this needs nothing from the network. The flip
     * side: the chaincode's notion of "now" is the submitter's word, bounded by nothing on Fabric today.
     */
    public GatewayTransport at(Instant timestamp) {
        this.fixedTime = timestamp;
        return this;
    }

    /**
     * Waits until this transport's peer holds the newest block a submit of this process committed in (see
     * {@link #NEWEST_COMMIT}), polling its height, at most {@link #CATCH_UP_LIMIT}; then goes on regardless (the
     * endorsement may still see the older state and be refused or retried, as before). Free when nothing newer was
     * committed through another peer.
     */
    private void catchUp() {
        AtomicLong newest = NEWEST_COMMIT.get(profile.channel());
        long needed = newest == null ? 0 : newest.get() + 1;
        if (needed <= peerHeightSeen.get()) {
            return;
        }
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        while (peerHeightSeen.accumulateAndGet(height(), Math::max) < needed) {
            if (System.nanoTime() > deadline) {
                peerHeightSeen.accumulateAndGet(needed, Math::max); // do not wait for the same block again
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * The channel's height on this transport's peer (the system chaincode qscc's {@code GetChainInfo}): the number
     * of the next block.
     */
    public long height() {
        try {
            byte[] info = network.getContract("qscc").evaluateTransaction("GetChainInfo", profile.channel());
            return BlockchainInfo.parseFrom(info).getHeight();
        } catch (GatewayException e) {
            throw GatewayErrors.translate(e.getStatus(), e.getDetails(), null, e);
        } catch (InvalidProtocolBufferException e) {
            throw new BondBridgeException(ErrorCode.INTERNAL, "unreadable chain info: " + e.getMessage(), null, e);
        }
    }

    /**
     * Every block of the channel from {@code fromBlock} up to the height the peer reports now, serialized as every
     * channel member holds them: the raw material for checking what is public (arguments, write sets, events and
     * responses) and what is not.
     */
    public List<byte[]> blocks(long fromBlock) {
        if (fromBlock < 0) {
            throw new IllegalArgumentException("fromBlock must not be negative, not " + fromBlock);
        }
        long height = height();
        List<byte[]> blocks = new ArrayList<>();
        if (fromBlock >= height) {
            return blocks;
        }
        try (CloseableIterator<Block> events =
                network.newBlockEventsRequest().startBlock(fromBlock).build().getEvents()) {
            while (events.hasNext()) {
                Block block = events.next();
                blocks.add(block.toByteArray());
                if (block.getHeader().getNumber() >= height - 1) {
                    break;
                }
            }
        } catch (GatewayRuntimeException e) {
            throw GatewayErrors.translate(e.getStatus(), e.getDetails(), null, e);
        }
        return blocks;
    }

    @Override
    public String mspId() {
        return profile.mspId();
    }

    public FabricProfile profile() {
        return profile;
    }

    /** Submit attempts repeated so far because a concurrent transaction won (for monitoring and tests). */
    public long retriedAttempts() {
        return retries.get();
    }

    /** Closes the Gateway and shuts the gRPC channel and its event loop down; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            gateway.close();
        } finally {
            channel.shutdownNow();
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
                loop.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Pause before retry number {@code retry} under {@code options}: {@link Retry#pauseMillis} of its policy. */
    static long backoffMillis(int retry, Options options, double random) {
        return options.retry().pauseMillis(retry, random);
    }

    private Proposal proposal(String contract, String function, List<String> args, Map<String, byte[]> transientData) {
        // The contract name selects the chaincode's @Contract; the function name then stays plain.
        Contract target = contracts.computeIfAbsent(contract, name -> network.getContract(profile.chaincode(), name));
        Proposal proposal = target.newProposal(function)
                .addArguments(args.toArray(String[]::new))
                .putAllTransient(transientData)
                .build();
        Instant time = fixedTime;
        return time == null ? proposal : restamped(proposal, time);
    }

    /**
     * The same proposal (same transaction id: it derives from the nonce and creator only) with {@code time} in its
     * channel header, signed again: the Gateway's offline-signing entry point takes it from there.
     */
    private Proposal restamped(Proposal proposal, Instant time) {
        try {
            ProposedTransaction proposed = ProposedTransaction.parseFrom(proposal.getBytes());
            var inner = org.hyperledger.fabric.protos.peer.Proposal.parseFrom(
                    proposed.getProposal().getProposalBytes());
            Header header = Header.parseFrom(inner.getHeader());
            ChannelHeader channelHeader = ChannelHeader.parseFrom(header.getChannelHeader()).toBuilder()
                    .setTimestamp(Timestamp.newBuilder()
                            .setSeconds(time.getEpochSecond())
                            .setNanos(time.getNano()))
                    .build();
            ByteString bytes = inner.toBuilder()
                    .setHeader(header.toBuilder()
                            .setChannelHeader(channelHeader.toByteString())
                            .build()
                            .toByteString())
                    .build()
                    .toByteString();
            byte[] signature = signer.sign(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
            ProposedTransaction signed = proposed.toBuilder()
                    .setProposal(SignedProposal.newBuilder().setProposalBytes(bytes))
                    .build();
            return gateway.newSignedProposal(signed.toByteArray(), signature);
        } catch (InvalidProtocolBufferException | GeneralSecurityException e) {
            throw new BondBridgeException(
                    ErrorCode.INTERNAL, "cannot stamp the proposal with " + time + ": " + e, null, e);
        }
    }

    /** Applied at each call, so every call gets the full timeout from its own start. */
    private static UnaryOperator<CallOptions> deadline(Duration timeout) {
        long millis = timeout.toMillis();
        return callOptions -> callOptions.withDeadlineAfter(millis, TimeUnit.MILLISECONDS);
    }

    /*
     * Certificate and key are read with the JDK: fabric-gateway's Identities reads them through Bouncy Castle's PEM
     * parser, some 700 classes and a good part of a command's start-up. A key in any other PEM form than PKCS#8
     * (which cryptogen and Fabric CAs write) still goes to Identities.
     */
    private static X509Certificate readCertificate(Path file) {
        try (var in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException | ClassCastException e) {
            throw new BondBridgeException(
                    ErrorCode.INVALID_ARGUMENT, "cannot read certificate " + file + ": " + e, null, e);
        }
    }

    private static final String PKCS8_BEGIN = "-----BEGIN PRIVATE KEY-----";
    private static final String PKCS8_END = "-----END PRIVATE KEY-----";

    private static PrivateKey readKey(Path file) {
        try {
            String pem = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (pem.startsWith(PKCS8_BEGIN) && pem.endsWith(PKCS8_END)) {
                byte[] der = Base64.getMimeDecoder()
                        .decode(pem.substring(PKCS8_BEGIN.length(), pem.length() - PKCS8_END.length()));
                return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            }
            try (Reader reader = new java.io.StringReader(pem)) {
                return Identities.readPrivateKey(reader);
            }
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new BondBridgeException(
                    ErrorCode.INVALID_ARGUMENT, "cannot read private key " + file + ": " + e, null, e);
        }
    }

    private static String utf8(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
