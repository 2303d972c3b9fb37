package io.github.microcredentials.edc.internal.read;

import io.github.microcredentials.edc.internal.elm.RuleIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.Organisation;
import io.github.microcredentials.core.validation.Finding;
import io.github.microcredentials.core.validation.ReaderFindings;
import io.github.microcredentials.core.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What one read keeps besides the model: which members of which objects were read (so that the
 * rest can be reported), the nodes by identifier (to follow references), and the findings.
 */
final class ReadState {

    private final Map<ObjectNode, Set<String>> consumed = new IdentityHashMap<>();
    private final Map<String, Obj> byId = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();
    private final Map<ObjectNode, Organisation> organisations = new IdentityHashMap<>();
    private final ReaderFindings rules;

    /**
     * Starts a read.
     *
     * @param rules the policy and language of the findings
     */
    ReadState(ReaderFindings rules) {
        this.rules = rules;
    }

    /** The view of an object, registered as visited. */
    Obj obj(ObjectNode node, String pointer) {
        consumed.computeIfAbsent(node, n -> new HashSet<>());
        return new Obj(node, pointer, this);
    }

    void consume(ObjectNode node, String member) {
        consumed.computeIfAbsent(node, n -> new HashSet<>()).add(member);
    }

    /** Marks an object and everything in it as read. */
    void consumeTree(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Set<String> members = consumed.computeIfAbsent(object, n -> new HashSet<>());
            object.fieldNames().forEachRemaining(members::add);
        }
        node.forEach(this::consumeTree);
    }

    boolean visited(ObjectNode node) {
        return consumed.containsKey(node);
    }

    boolean consumed(ObjectNode node, String member) {
        Set<String> members = consumed.get(node);
        return members != null && members.contains(member);
    }

    /** Indexes the node objects of the document by identifier (first full occurrence wins). */
    void index(JsonNode node, String pointer) {
        if (node instanceof ObjectNode object) {
            JsonNode id = object.get("id");
            if (id != null && id.isTextual() && object.size() > 2) {
                byId.putIfAbsent(id.asText(), new Obj(object, pointer, this));
            }
            object.properties().forEach(e -> index(e.getValue(), pointer + "/" + Obj.escape(e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                index(node.get(i), pointer + "/" + i);
            }
        }
    }

    /** The node with this identifier, for a reference; registered as visited when used. */
    Optional<Obj> node(String id) {
        Obj found = byId.get(id);
        return found == null ? Optional.empty() : Optional.of(obj(found.node(), found.pointer()));
    }

    /**
     * The organisation a node stands for, read once: a node that is both the issuer and an
     * awarding body reports what it cannot carry once.
     */
    Organisation organisation(ObjectNode node, Supplier<Organisation> read) {
        Organisation known = organisations.get(node);
        if (known == null) {
            known = read.get();
            organisations.put(node, known);
        }
        return known;
    }

    /**
     * Records a finding, unless the policy switches its rule off.
     *
     * @param rule the rule id, one of {@link RuleIds}
     * @param variant the message variant, or {@code null} for the rule's main message
     * @param severity the severity unless the policy sets the rule's
     * @param pointer the input member
     * @param value the offending value
     * @param args the message arguments
     */
    void finding(String rule, @Nullable String variant, Severity severity, String pointer, Optional<String> value,
            Object... args) {
        rules.create(rule, variant, severity, pointer, value.orElse(null), args).ifPresent(findings::add);
    }

    /** Input the model has no place for: a warning of {@link RuleIds#UNMAPPED}. */
    void unmapped(String pointer, @Nullable String variant, Object... args) {
        finding(RuleIds.UNMAPPED, variant, Severity.WARNING, pointer, Optional.empty(), args);
    }

    /** A finding of less weight: information, unless the policy sets the rule's severity. */
    void info(String rule, String variant, String pointer, Optional<String> value, Object... args) {
        finding(rule, variant, Severity.INFO, pointer, value, args);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    static CredentialParseException error(Problem problem, String pointer, String detail) {
        return new CredentialParseException(problem, pointer, detail);
    }
}
