package io.github.microcredentials.cli;

import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.signing.identity.ControllerDocument;
import io.github.microcredentials.signing.identity.DidWeb;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Generates a signing key pair into a PKCS#8 PEM file readable only by its owner. */
@Command(name = "keygen", mixinStandardHelpOptions = true,
        header = "Generate a signing key pair; print its public key and did:key.",
        description = "Writes the private key as unencrypted PKCS#8 PEM (for Ed25519 the RFC 8410 form without the "
                + "public key, which OpenSSL and Python's cryptography read) to a new file readable only by its "
                + "owner, and prints the public key (Multikey, JWK) and its did:key; never prints the private key. "
                + "sign --key reads this file and the keys OpenSSL writes ('openssl genpkey -algorithm ed25519').",
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials keygen --out issuer.pem",
            "  microcredentials keygen --type p256 --out issuer-p256.pem",
            "  microcredentials keygen --did-web example.edu --out issuer.pem   (also writes did.json to publish)",
            "  microcredentials keygen --pkcs11-config hsm.cfg --pkcs11-alias issuer --pin-file pin.txt --did-web example.edu",
            "      (no new key: prints the token key's public key and did:key, and writes its did.json)",
            "  openssl pkey -in issuer.pem -noout -text"})
final class KeygenCommand implements Callable<Integer> {

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "ed25519",
            description = "Key type: ed25519 (default), p256, p384 or rsa (2048 bits).")
    String type;

    @Option(names = "--out", paramLabel = "FILE", description = "The new private key file (must not exist).")
    Path out;

    @Mixin
    Pkcs11Options pkcs11;

    @Option(names = "--did-web", paramLabel = "DOMAIN[/PATH]",
            description = "Also write the did:web DID document of the key (did:web:DOMAIN[:PATH]) to publish at "
                    + "https://DOMAIN/.well-known/did.json (or https://DOMAIN/PATH/did.json).")
    String didWeb;

    @Option(names = "--did-out", paramLabel = "FILE",
            description = "With --did-web: where to write the DID document (default: did.json beside --out; must not exist).")
    Path didOut;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean token = pkcs11.enabled();
        if (token == (out != null)) {
            throw new CliException(Main.USAGE, token ? "--out goes without --pkcs11-config: a token key stays on the token"
                    : "keygen needs --out FILE (or --pkcs11-config FILE --pkcs11-alias LABEL for a key on a token)");
        }
        URI did = null;
        Path documentFile = null;
        if (didWeb != null) {
            try {
                did = DidWeb.fromDomain(didWeb);
            } catch (IllegalArgumentException e) {
                throw new CliException(Main.USAGE, "--did-web: " + e.getMessage(), e);
            }
            Path parent = token ? null : out.toAbsolutePath().getParent();
            documentFile = didOut != null ? didOut : parent == null ? Path.of("did.json") : parent.resolve("did.json");
            if (Files.exists(documentFile)) {
                throw new CliException(Main.USAGE, "refusing to overwrite " + documentFile + " (choose another with --did-out)");
            }
        } else if (didOut != null) {
            throw new CliException(Main.USAGE, "--did-out goes with --did-web");
        }
        VerificationKey pub;
        PrintWriter stdout = spec.commandLine().getOut();
        if (token) {
            // Nothing is generated: the token's key is described so that its DID document can be published.
            pub = pkcs11.signer().publicKey();
            stdout.println(pub.type().label() + " key '" + pkcs11.alias + "' on the PKCS#11 token (it never leaves the token)");
        } else {
            SigningKey key = SigningKey.generate(keyType(type));
            writeSecret(out, key.toPkcs8Pem().getBytes(StandardCharsets.US_ASCII));
            pub = key.publicKey();
            stdout.println(pub.type().label() + " private key written to " + out + " (readable only by its owner)");
        }
        stdout.println("public key (Multikey): " + pub.multikey());
        stdout.println("did:key:               " + pub.did());
        stdout.println("verification method:   " + pub.didKeyVerificationMethod());
        stdout.println("public key (JWK):      " + pub.jwk());
        if (did != null) {
            Files.writeString(documentFile, ControllerDocument.minimal(did, pub) + "\n", StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            stdout.println("did:web:               " + did);
            stdout.println("its method (sign as):  " + did + "#key-1");
            stdout.println("DID document written to " + documentFile + "; publish it at " + DidWeb.toUrl(did)
                    + " (HTTPS, served as application/json), then sign with --issuer-id " + did + " --did-document "
                    + documentFile);
        }
        stdout.flush();
        return Main.OK;
    }

    static KeyType keyType(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "ed25519":
                return KeyType.ED25519;
            case "p256":
            case "p-256":
                return KeyType.P256;
            case "p384":
            case "p-384":
                return KeyType.P384;
            case "rsa":
                return KeyType.RSA;
            default:
                throw new CliException(Main.USAGE, "unknown key type '" + name + "' (expected ed25519, p256, p384 or rsa)");
        }
    }

    /** Creates the file with owner-only permissions before any secret byte is written. */
    private static void writeSecret(Path file, byte[] content) throws IOException {
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            throw new CliException(Main.USAGE, "refusing to overwrite " + file, e);
        }
        try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            stream.write(content);
        }
    }
}
