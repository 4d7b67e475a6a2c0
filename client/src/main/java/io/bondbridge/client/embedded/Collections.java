package io.bondbridge.client.embedded;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Private data collections and their member organizations, read from the same {@code collections_config.json}
 * the network deploys with (bundled into the client jar), so the embedded ledger enforces the membership a peer
 * enforces: only members read a collection's values; anyone may read the hash.
 */
final class Collections {
    static final String RESOURCE = "/bondbridge/collections_config.json";
    private static final Pattern MEMBER = Pattern.compile("'([A-Za-z0-9.-]+)\\.member'");

    private final Map<String, Set<String>> members;

    private Collections(Map<String, Set<String>> members) {
        this.members = members;
    }

    static Collections bundled() {
        try (InputStream in = Collections.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new Collections(Map.of());
            }
            return parse(JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    static Collections parse(JsonElement config) {
        Map<String, Set<String>> members = new TreeMap<>();
        JsonArray array = config.getAsJsonArray();
        for (JsonElement e : array) {
            JsonObject c = e.getAsJsonObject();
            Set<String> orgs = new TreeSet<>();
            Matcher m = MEMBER.matcher(c.get("policy").getAsString());
            while (m.find()) {
                orgs.add(m.group(1));
            }
            members.put(c.get("name").getAsString(), orgs);
        }
        return new Collections(members);
    }

    /** Fails as a peer does for a collection that is not defined. */
    void requireDefined(String collection) {
        if (!members.containsKey(collection)) {
            throw new IllegalArgumentException("collection " + collection + " is not defined for chaincode bondbridge");
        }
    }

    /** Fails as a peer does when a non-member reads private values (memberOnlyRead). */
    void requireMember(String collection, String mspId) {
        requireDefined(collection);
        if (!members.get(collection).contains(mspId)) {
            throw new IllegalStateException("tx creator does not have read access permission on privatedata in "
                    + "chaincodeName:bondbridge collectionName: " + collection);
        }
    }
}
