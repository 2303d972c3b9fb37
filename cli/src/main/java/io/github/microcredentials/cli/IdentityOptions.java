package io.github.microcredentials.cli;

import io.github.microcredentials.signing.KeyResolver;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.Signer;
import io.github.microcredentials.signing.VerificationMethod;
import io.github.microcredentials.signing.identity.ControllerDocument;
import io.github.microcredentials.signing.identity.DocumentStore;
import io.github.microcredentials.signing.identity.HttpsFetcher;
import io.github.microcredentials.signing.identity.IdentifierResolver;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Who signs: {@code --issuer-id} and the DID or controller documents ({@code --did-document}) that tie it to the key. */
final class IdentityOptions {

    /** The issuer id credentials get, the method id proofs name, and the resolver that checks them as a verifier will. */
    record Identity(URI issuer, URI verificationMethod, KeyResolver resolver) {
    }

    @Option(names = "--issuer-id", paramLabel = "URI",
            description = "Sign as this issuer (for example did:web:example.edu); its DID or controller document must be "
                    + "given with --did-document and list the key under assertionMethod. Default: the key's did:key.")
    String issuerId;

    @Option(names = "--did-document", paramLabel = "FILE|DIR",
            description = "A DID document or controller document (did.json, as keygen --did-web writes it), or a folder of "
                    + "them (*.json); repeatable. Used offline, never fetched.")
    List<Path> documents = List.of();

    DocumentStore store() {
        if (documents.isEmpty()) {
            return DocumentStore.empty();
        }
        try {
            return DocumentStore.files(documents);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            throw new CliException(Main.USAGE, "--did-document: " + e.getMessage(), e);
        }
    }

    /**
     * The identity a key signs as.
     *
     * @param key the signer (a key file's or a PKCS#11 token's)
     * @return the issuer id, the verification method and the checking resolver
     * @throws CliException (usage) if the issuer's document is missing or does not list the key, with what to do
     */
    Identity identity(Signer key) {
        DocumentStore store = store();
        IdentifierResolver resolver = IdentifierResolver.offline(store);
        if (issuerId == null) {
            return new Identity(key.publicKey().did(), key.publicKey().didKeyVerificationMethod(), resolver.keys());
        }
        URI issuer;
        try {
            issuer = new URI(issuerId);
        } catch (URISyntaxException e) {
            throw new CliException(Main.USAGE, "--issuer-id needs a URI such as did:web:example.edu, not " + issuerId, e);
        }
        if (!issuer.isAbsolute() || issuer.getRawFragment() != null) {
            throw new CliException(Main.USAGE, "--issuer-id needs an absolute URI without fragment, such as did:web:example.edu");
        }
        Optional<ControllerDocument> document;
        try {
            document = resolver.resolve(issuer);
        } catch (SigningException e) {
            throw new CliException(Main.USAGE, "--issuer-id " + issuer + ": " + e.getMessage(), e);
        }
        if (document.isEmpty()) {
            throw new CliException(Main.USAGE, "nothing was signed: --issuer-id " + issuer + " needs its DID document or "
                    + "controller document, to check that it lists the key " + key.publicKey().multikey()
                    + "; give it with --did-document FILE (keygen --did-web writes one)");
        }
        Optional<VerificationMethod> method = document.get().assertionMethodOf(key.publicKey());
        if (method.isEmpty()) {
            throw new CliException(Main.USAGE, "nothing was signed: the document of " + issuer + " does not list the key "
                    + key.publicKey().multikey() + " under assertionMethod, so verifiers would reject the proof; add the key "
                    + "to the document you publish (or sign with the key it lists)");
        }
        return new Identity(issuer, method.get().id(), resolver.keys());
    }

    /**
     * The resolver verification uses: {@code did:key}, {@code did:jwk}, the given documents, and with
     * {@code fetch} the network.
     *
     * @param fetch whether documents not given may be fetched over HTTPS
     * @return the key resolver
     */
    KeyResolver verificationResolver(boolean fetch) {
        IdentifierResolver.Builder builder = IdentifierResolver.builder().documents(store());
        if (fetch) {
            builder.fetchOverHttps(HttpsFetcher.builder().build());
        }
        return builder.build().keys();
    }
}
