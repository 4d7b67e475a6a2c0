package io.bondbridge.client.transport;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.bondbridge.api.ErrorCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How one organization reaches a Fabric network through the Gateway: its peer, the TLS CA to trust, and the
 * identity (certificate and private key) to sign with. {@code scripts/network.sh up} writes one per organization
 * to {@code network/.local/profiles/ORG.json}:
 *
 * <pre>{@code
 * {"org":"banka","mspId":"BankAMSP","peerEndpoint":"127.0.0.1:7351",
 *  "peerHostOverride":"peer0.banka.bondbridge.local","tlsCaCertPath":"/abs/tlsca.pem",
 *  "certPath":"/abs/signcert.pem","keyPath":"/abs/priv_sk","channel":"bondbridge","chaincode":"bondbridge"}
 * }</pre>
 *
 * Relative paths in a profile are resolved against the profile's directory. {@code channel} and {@code chaincode}
 * default to {@link Transport#CHANNEL} and {@link Transport#CHAINCODE}.
 *
 * @param org organization short name, e.g. {@code banka}
 * @param mspId MSP ID, e.g. {@code BankAMSP}
 * @param peerEndpoint {@code host:port} of the organization's peer
 * @param peerHostOverride host name the peer's TLS certificate was issued for
 * @param tlsCaCertPath PEM of the CA that issued the peer's TLS certificate
 * @param certPath PEM certificate of the client identity
 * @param keyPath PEM (PKCS#8) private key of the client identity
 * @param channel channel name
 * @param chaincode chaincode name on the channel
 */
public record FabricProfile(
        String org,
        String mspId,
        String peerEndpoint,
        String peerHostOverride,
        Path tlsCaCertPath,
        Path certPath,
        Path keyPath,
        String channel,
        String chaincode) {

    public FabricProfile {
        requireText(org, "org");
        requireText(mspId, "mspId");
        requireText(peerEndpoint, "peerEndpoint");
        requireText(peerHostOverride, "peerHostOverride");
        Objects.requireNonNull(tlsCaCertPath, "tlsCaCertPath");
        Objects.requireNonNull(certPath, "certPath");
        Objects.requireNonNull(keyPath, "keyPath");
        requireText(channel, "channel");
        requireText(chaincode, "chaincode");
    }

    /**
     * Loads the profile of {@code orgOrMspId}.
     *
     * <ul>
     *   <li>{@code fileOrDir} is a profile file: used as is when {@code orgOrMspId} is null or names the same
     *       organization; otherwise the profile of {@code orgOrMspId} next to it is loaded (so {@code --fabric
     *       profiles/banka.json --as bankb} acts as bankb).
     *   <li>{@code fileOrDir} is a directory: {@code DIR/ORG.json}, ORG being the short name; an MSP ID is found
     *       among the directory's profiles.
     * </ul>
     *
     * @param fileOrDir a profile file or the directory holding one per organization
     * @param orgOrMspId short name ({@code banka}) or MSP ID ({@code BankAMSP}), any case; may be null for a file
     * @throws BondBridgeException {@link ErrorCode#INVALID_ARGUMENT} when there is no such profile or it is not
     *     valid
     */
    public static FabricProfile load(Path fileOrDir, String orgOrMspId) {
        Objects.requireNonNull(fileOrDir, "fileOrDir");
        String wanted = orgOrMspId == null || orgOrMspId.isBlank() ? null : orgOrMspId.trim();
        if (Files.isRegularFile(fileOrDir)) {
            FabricProfile profile = read(fileOrDir);
            if (wanted == null || profile.isFor(wanted)) {
                return profile;
            }
            Path dir = fileOrDir.toAbsolutePath().getParent();
            return find(dir, wanted);
        }
        if (Files.isDirectory(fileOrDir)) {
            if (wanted == null) {
                throw invalid("%s is a directory of profiles: name the organization (--as ORG)", fileOrDir);
            }
            return find(fileOrDir, wanted);
        }
        throw invalid("no Fabric connection profile at %s (scripts/network.sh up writes them)", fileOrDir);
    }

    /** Reads one profile file. */
    public static FabricProfile read(Path file) {
        JsonObject json;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonElement parsed = JsonParser.parseReader(reader);
            if (!parsed.isJsonObject()) {
                throw invalid("%s is not a JSON object", file);
            }
            json = parsed.getAsJsonObject();
        } catch (IOException e) {
            throw new BondBridgeException(
                    ErrorCode.INVALID_ARGUMENT, "cannot read profile " + file + ": " + e.getMessage(), null, e);
        } catch (JsonParseException e) {
            throw new BondBridgeException(
                    ErrorCode.INVALID_ARGUMENT, "profile " + file + " is not valid JSON: " + e.getMessage(), null, e);
        }
        Path base = file.toAbsolutePath().getParent();
        try {
            return new FabricProfile(
                    string(json, "org", null, file),
                    string(json, "mspId", null, file),
                    string(json, "peerEndpoint", null, file),
                    string(json, "peerHostOverride", null, file),
                    base.resolve(string(json, "tlsCaCertPath", null, file)),
                    base.resolve(string(json, "certPath", null, file)),
                    base.resolve(string(json, "keyPath", null, file)),
                    string(json, "channel", Transport.CHANNEL, file),
                    string(json, "chaincode", Transport.CHAINCODE, file));
        } catch (IllegalArgumentException e) {
            throw new BondBridgeException(
                    ErrorCode.INVALID_ARGUMENT, "profile " + file + ": " + e.getMessage(), null, e);
        }
    }

    /** True when {@code orgOrMspId} names this profile's organization (short name or MSP ID, any case). */
    public boolean isFor(String orgOrMspId) {
        return org.equalsIgnoreCase(orgOrMspId) || mspId.equalsIgnoreCase(orgOrMspId);
    }

    private static FabricProfile find(Path dir, String wanted) {
        Path direct = dir.resolve(wanted.toLowerCase(Locale.ROOT) + ".json");
        if (Files.isRegularFile(direct)) {
            FabricProfile profile = read(direct);
            if (profile.isFor(wanted)) {
                return profile;
            }
        }
        List<String> known = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                FabricProfile profile;
                try {
                    profile = read(file);
                } catch (BondBridgeException notAProfile) {
                    continue; // another JSON file in the same directory
                }
                if (profile.isFor(wanted)) {
                    return profile;
                }
                known.add(profile.org() + " (" + profile.mspId() + ")");
            }
        } catch (IOException e) {
            throw new BondBridgeException(
                    ErrorCode.INVALID_ARGUMENT, "cannot list profiles in " + dir + ": " + e.getMessage(), null, e);
        }
        known.sort(null);
        throw invalid(
                "no profile for organization '%s' in %s%s",
                wanted, dir, known.isEmpty() ? "" : "; profiles there: " + String.join(", ", known));
    }

    private static String string(JsonObject json, String field, String fallback, Path file) {
        JsonElement value = json.get(field);
        if (value == null || value.isJsonNull()) {
            if (fallback != null) {
                return fallback;
            }
            throw invalid("profile %s has no \"%s\"", file, field);
        }
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw invalid("profile %s: \"%s\" must be a string", file, field);
        }
        return value.getAsString();
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }

    private static BondBridgeException invalid(String format, Object... args) {
        return new BondBridgeException(ErrorCode.INVALID_ARGUMENT, String.format(Locale.ROOT, format, args));
    }
}
