package io.github.microcredentials.core.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.microcredentials.core.CredentialParseException;
import io.github.microcredentials.core.CredentialParseException.Problem;
import io.github.microcredentials.core.model.CourseDesign;
import io.github.microcredentials.core.model.Document;
import io.github.microcredentials.core.model.LearningOpportunity;
import io.github.microcredentials.core.model.LearningPathway;
import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.core.model.MicroCredentialPathway;
import java.util.List;
import java.util.Optional;

/**
 * The documents of the native format and their {@code "type"} names: the one place that maps a
 * model class to its JSON form.
 */
public final class NativeCodec {

    /** One kind of top-level document. */
    private record Kind<T extends Document>(String name, Class<T> type, BodyReader<T> reader, BodyWriter<T> writer) {
    }

    @FunctionalInterface
    private interface BodyReader<T extends Document> {
        T read(JsonIn in) throws CredentialParseException;
    }

    @FunctionalInterface
    private interface BodyWriter<T extends Document> {
        JsonOut write(JsonOut out, T document);
    }

    private static final List<Kind<?>> KINDS = List.of(
            new Kind<>("MicroCredential", MicroCredential.class, CredentialCodec::read, CredentialCodec::write),
            new Kind<>("LearningOpportunity", LearningOpportunity.class, OpportunityCodec::read, OpportunityCodec::write),
            new Kind<>("LearningPathway", LearningPathway.class, OpportunityCodec::readLearningPathway,
                    OpportunityCodec::writeLearningPathway),
            new Kind<>("MicroCredentialPathway", MicroCredentialPathway.class,
                    OpportunityCodec::readMicroCredentialPathway, OpportunityCodec::writeMicroCredentialPathway),
            new Kind<>("CourseDesign", CourseDesign.class, OpportunityCodec::readCourseDesign,
                    OpportunityCodec::writeCourseDesign));

    private NativeCodec() {
    }

    /**
     * The {@code "type"} names of the documents of the format.
     *
     * @return the names, for example {@code "MicroCredential"}
     */
    public static List<String> typeNames() {
        return KINDS.stream().map(Kind::name).toList();
    }

    /**
     * The {@code "type"} of a parsed document, if it is an object with a string {@code "type"}.
     *
     * @param tree the parsed document
     * @return the type name, or empty
     */
    public static Optional<String> typeOf(JsonNode tree) {
        JsonNode type = tree.get("type");
        return type != null && type.isTextual() ? Optional.of(type.textValue()) : Optional.empty();
    }

    /**
     * Reads a document of an expected class.
     *
     * @param tree the parsed document
     * @param type the expected class, one of the model's document classes
     * @param context the read in progress
     * @param <T> the document type
     * @return the document
     * @throws CredentialParseException if the tree is not a document of that class
     * @throws IllegalArgumentException if the class is not a document class of the format
     */
    public static <T extends Document> T read(JsonNode tree, Class<T> type, ReadContext context) throws CredentialParseException {
        Kind<T> kind = kind(type);
        try {
            JsonIn in = JsonIn.object(tree, "", context);
            String name = in.required("type", Decoders.TEXT);
            if (!name.equals(kind.name())) {
                throw new CredentialParseException(Problem.UNSUPPORTED, "/type",
                        "expected a document of type \"" + kind.name() + "\", found \"" + name + "\"");
            }
            return kind.reader().read(in);
        } catch (RuntimeException e) {
            throw defect(e);
        }
    }

    /** A runtime exception no check foresaw: a parse failure, never thrown to the caller as it is. */
    private static CredentialParseException defect(RuntimeException e) {
        return new CredentialParseException(Problem.INVALID_VALUE, "",
                "cannot read the document (a defect of this library; please report it): " + e, e);
    }

    /**
     * Reads a document of whatever type its {@code "type"} member names.
     *
     * @param tree the parsed document
     * @param context the read in progress
     * @return the document: a {@code MicroCredential}, {@code LearningOpportunity}, …
     * @throws CredentialParseException if the tree is not a document of the format
     */
    public static Document readAny(JsonNode tree, ReadContext context) throws CredentialParseException {
        try {
            JsonIn in = JsonIn.object(tree, "", context);
            String name = in.required("type", Decoders.TEXT);
            for (Kind<?> kind : KINDS) {
                if (kind.name().equals(name)) {
                    return kind.reader().read(in);
                }
            }
            throw new CredentialParseException(Problem.UNSUPPORTED, "/type",
                    "unknown document type \"" + name + "\", expected one of " + typeNames());
        } catch (RuntimeException e) {
            throw defect(e);
        }
    }

    /**
     * Writes a document.
     *
     * @param document a document of the model: {@code MicroCredential}, {@code LearningOpportunity}, …
     * @return the JSON object, {@code "type"} first
     */
    public static ObjectNode write(Document document) {
        return write(kindOf(document), document);
    }

    private static <T extends Document> ObjectNode write(Kind<T> kind, Document document) {
        JsonOut out = JsonOut.object().put("type", kind.name(), Encoders.STRING);
        return kind.writer().write(out, kind.type().cast(document)).node();
    }

    @SuppressWarnings("unchecked")
    private static <T extends Document> Kind<T> kind(Class<T> type) {
        for (Kind<?> kind : KINDS) {
            if (kind.type().equals(type)) {
                return (Kind<T>) kind;
            }
        }
        throw new IllegalArgumentException(type.getName() + " is not a document of the native format");
    }

    private static Kind<?> kindOf(Document document) {
        for (Kind<?> kind : KINDS) {
            if (kind.type().isInstance(document)) {
                return kind;
            }
        }
        throw new IllegalArgumentException(document.getClass().getName() + " is not a document of the native format");
    }
}
