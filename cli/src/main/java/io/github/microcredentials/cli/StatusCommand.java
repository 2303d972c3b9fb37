package io.github.microcredentials.cli;

import io.github.microcredentials.core.model.BitstringStatusListEntry;
import io.github.microcredentials.core.model.StatusPurpose;
import io.github.microcredentials.signing.Cryptosuite;
import io.github.microcredentials.signing.DataIntegritySigner;
import io.github.microcredentials.signing.KeyType;
import io.github.microcredentials.signing.SigningException;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.status.FileStatusStore;
import io.github.microcredentials.status.ListDefinition;
import io.github.microcredentials.status.StatusException;
import io.github.microcredentials.status.StatusList;
import io.github.microcredentials.status.StatusListPublisher;
import io.github.microcredentials.status.StatusListSigner;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Status lists of an issuer (W3C Bitstring Status List), kept in a crash-safe file store. */
@Command(name = "status", mixinStandardHelpOptions = true,
        header = "Manage revocation and suspension lists (W3C Bitstring Status List v1.0).",
        description = {"Manage status lists in a file store: create a list, allocate the random index of each issued "
            + "credential, revoke, suspend or reinstate, and publish the signed list credential to serve at the list's URL.",
            "Revocation is irreversible; only suspension lists reinstate."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  microcredentials status create --store lists --list https://example.edu/status/1",
            "  microcredentials status allocate --store lists --list https://example.edu/status/1",
            "  microcredentials status revoke --store lists --list https://example.edu/status/1 94567",
            "  microcredentials status publish --store lists --list https://example.edu/status/1 --key issuer.pem --out 1"},
        subcommands = {StatusCommand.Create.class, StatusCommand.Allocate.class, StatusCommand.Revoke.class,
            StatusCommand.Suspend.class, StatusCommand.Reinstate.class, StatusCommand.Publish.class})
final class StatusCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The store and list every subcommand works on. */
    static final class ListOptions {
        @Option(names = "--store", paramLabel = "DIR", required = true, description = "The status store directory.")
        Path store;

        @Option(names = "--list", paramLabel = "URL", required = true,
                description = "The list's URL, where its status list credential is published.")
        URI list;

        URI url() {
            if (!list.isAbsolute() || list.getFragment() != null) {
                throw new CliException(Main.USAGE, "--list needs an absolute URL without fragment, not " + list);
            }
            return list;
        }
    }

    interface StoreAction<T> {
        T run(FileStatusStore store) throws StatusException, SigningException, IOException;
    }

    static <T> T withStore(Path dir, StoreAction<T> action) {
        try (FileStatusStore store = FileStatusStore.open(dir)) {
            return action.run(store);
        } catch (StatusException e) {
            throw new CliException(Main.FINDINGS, e.getMessage(), e);
        } catch (SigningException e) {
            throw new CliException(Main.USAGE, "cannot sign the status list: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a status list in the store.")
    static final class Create implements Callable<Integer> {
        @Mixin
        ListOptions options;

        @Option(names = "--purpose", paramLabel = "PURPOSE", defaultValue = "revocation",
                description = "revocation (default), suspension, or another statusPurpose.")
        String purpose;

        @Option(names = "--entries", paramLabel = "N", defaultValue = "131072",
                description = "The number of entries: at least 131072 (the default), a multiple of 8.")
        long entries;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            ListDefinition definition;
            try {
                definition = ListDefinition.generate(options.url(), StatusPurpose.of(purpose), 1, entries, new SecureRandom());
            } catch (IllegalArgumentException e) {
                throw new CliException(Main.USAGE, e.getMessage(), e);
            }
            withStore(options.store, store -> StatusList.create(store, definition));
            spec.commandLine().getOut().println("created " + definition);
            return Main.OK;
        }
    }

    @Command(name = "allocate", mixinStandardHelpOptions = true,
            description = "Allocate a random, never reused index; prints the credentialStatus entry (JSON) to put in the credential.")
    static final class Allocate implements Callable<Integer> {
        @Mixin
        ListOptions options;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            BitstringStatusListEntry entry = withStore(options.store, store -> StatusList.open(store, options.url()).allocate());
            PrintWriter out = spec.commandLine().getOut();
            out.println("{");
            out.println("  \"id\": \"" + entry.idOrListFragment() + "\",");
            out.println("  \"type\": \"BitstringStatusListEntry\",");
            out.println("  \"statusPurpose\": \"" + entry.statusPurpose() + "\",");
            out.println("  \"statusListIndex\": \"" + entry.statusListIndex() + "\",");
            out.println("  \"statusListCredential\": \"" + entry.statusListCredential() + "\"");
            out.println("}");
            return Main.OK;
        }
    }

    /** A change of one index's status. */
    abstract static class Change implements Callable<Integer> {
        @Mixin
        ListOptions options;

        @Parameters(paramLabel = "INDEX", description = "The credential's statusListIndex.")
        long index;

        @Spec
        CommandSpec spec;

        abstract void apply(StatusList list, long index) throws StatusException;

        abstract String done();

        @Override
        public Integer call() {
            withStore(options.store, store -> {
                apply(StatusList.open(store, options.url()), index);
                return null;
            });
            spec.commandLine().getOut().println(done() + " index " + index + " of " + options.list
                    + " (publish the list for verifiers to see it)");
            return Main.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a credential, for good (revocation lists).")
    static final class Revoke extends Change {
        @Override
        void apply(StatusList list, long index) throws StatusException {
            list.revoke(index);
        }

        @Override
        String done() {
            return "revoked";
        }
    }

    @Command(name = "suspend", mixinStandardHelpOptions = true, description = "Suspend a credential (suspension lists).")
    static final class Suspend extends Change {
        @Override
        void apply(StatusList list, long index) throws StatusException {
            list.suspend(index);
        }

        @Override
        String done() {
            return "suspended";
        }
    }

    @Command(name = "reinstate", mixinStandardHelpOptions = true,
            description = "Lift a suspension (suspension lists only: revocation is irreversible).")
    static final class Reinstate extends Change {
        @Override
        void apply(StatusList list, long index) throws StatusException {
            list.reinstate(index);
        }

        @Override
        String done() {
            return "reinstated";
        }
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = {"Write the signed BitstringStatusListCredential of a list (Data Integrity proof with the key;",
                "the issuer is the key's did:key). Serve it at the list's URL, cacheable, before validUntil."})
    static final class Publish implements Callable<Integer> {
        @Mixin
        ListOptions options;

        @Option(names = "--key", paramLabel = "FILE", required = true,
                description = "The issuer's private key (PKCS#8 PEM), the one its credentials are signed with.")
        Path keyFile;

        @Option(names = "--validity", paramLabel = "DURATION", defaultValue = "P1D",
                description = "How long the list is valid (ISO-8601, default P1D); republish before it ends.")
        String validity;

        @Option(names = "--ttl", paramLabel = "DURATION", defaultValue = "PT1H",
                description = "How long verifiers may cache it (ISO-8601, default PT1H).")
        String ttl;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default: standard output).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SigningKey key = SigningOptions.readKey(keyFile);
            if (key.type() == KeyType.RSA) {
                throw new CliException(Main.USAGE, "no Data Integrity suite signs with RSA keys");
            }
            Cryptosuite suite = key.type() == KeyType.P256 || key.type() == KeyType.P384
                    ? Cryptosuite.ECDSA_RDFC_2019 : Cryptosuite.EDDSA_RDFC_2022;
            StatusListPublisher publisher;
            try {
                publisher = StatusListPublisher.builder(key.publicKey().did(),
                        StatusListSigner.dataIntegrity(DataIntegritySigner.builder(suite, key.signer()).build()))
                        .validity(Duration.parse(validity)).ttl(Duration.parse(ttl)).build();
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new CliException(Main.USAGE, "--validity and --ttl need positive ISO-8601 durations such as P1D: "
                        + e.getMessage(), e);
            }
            byte[] signed = withStore(options.store, store -> publisher.publish(StatusList.open(store, options.url())));
            if (out == null) {
                spec.commandLine().getOut().print(new String(signed, StandardCharsets.UTF_8) + "\n");
            } else {
                try {
                    Files.write(out, signed);
                } catch (IOException e) {
                    throw new CliException(Main.USAGE, "cannot write " + out + ": " + e.getMessage(), e);
                }
                spec.commandLine().getOut().println("published " + options.list + " to " + out);
            }
            return Main.OK;
        }
    }
}
