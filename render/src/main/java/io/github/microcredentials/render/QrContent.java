package io.github.microcredentials.render;

import io.github.microcredentials.core.model.MicroCredential;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the certificate's QR code carries: a verification link, the compact credential itself (a
 * VC-JWT small enough for a QR code), the credential identifier, or nothing.
 */
public final class QrContent {

    private enum Kind { ID, LINK, COMPACT, NONE }

    private final Kind kind;
    private final Function<MicroCredential, URI> link;

    private QrContent(Kind kind, Function<MicroCredential, URI> link) {
        this.kind = kind;
        this.link = link;
    }

    /**
     * The credential identifier (the default): a registry that knows the identifier can show the
     * credential.
     *
     * @return the content choice
     */
    public static QrContent credentialId() {
        return new QrContent(Kind.ID, mc -> mc.id());
    }

    /**
     * A verification link computed from the credential.
     *
     * @param link the link of a credential, for example the issuer's verification page for it
     * @return the content choice
     */
    public static QrContent link(Function<MicroCredential, URI> link) {
        return new QrContent(Kind.LINK, Objects.requireNonNull(link, "link"));
    }

    /**
     * A verification page with the credential identifier as query parameter {@code credential}:
     * {@code page?credential=<id, URL-encoded>}.
     *
     * @param page the issuer's verification page
     * @return the content choice
     */
    public static QrContent verificationPage(URI page) {
        Objects.requireNonNull(page, "page");
        return link(mc -> URI.create(page + (page.getRawQuery() == null ? "?" : "&") + "credential="
                + URLEncoder.encode(mc.id().toString(), StandardCharsets.UTF_8)));
    }

    /**
     * The signed credential itself, when it is a VC-JWT that fits in a QR code (about 2,300
     * characters at error correction level M); rendering fails otherwise.
     *
     * @return the content choice
     */
    public static QrContent compactCredential() {
        return new QrContent(Kind.COMPACT, mc -> mc.id());
    }

    /**
     * No QR code.
     *
     * @return the content choice
     */
    public static QrContent none() {
        return new QrContent(Kind.NONE, mc -> mc.id());
    }

    /** The text to encode, or empty for no QR code. */
    Optional<String> text(MicroCredential credential, Optional<SignedCredential> signed) throws RenderException {
        switch (kind) {
            case NONE:
                return Optional.empty();
            case COMPACT:
                if (signed.isEmpty() || signed.get().form() != SignedCredential.Form.VC_JWT) {
                    throw new RenderException("a QR code with the compact credential needs a VC-JWT signed credential");
                }
                return Optional.of(signed.get().text().strip());
            default:
                return Optional.of(Objects.requireNonNull(link.apply(credential), "link").toString());
        }
    }
}
