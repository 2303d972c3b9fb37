package io.github.microcredentials.cli;

import io.github.microcredentials.core.model.MicroCredential;
import io.github.microcredentials.signing.SigningKey;
import io.github.microcredentials.signing.VerificationKey;
import io.github.microcredentials.wallet.SdJwtException;
import io.github.microcredentials.wallet.SdJwtProblem;
import io.github.microcredentials.wallet.SdJwtVcIssuer;
import io.github.microcredentials.wallet.SdJwtVerification;
import io.github.microcredentials.wallet.SdJwtVerifier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The CLI's SD-JWT VC side: issuing from a converted credential, and recognising and verifying SD-JWTs. */
final class SdJwtFiles {

    /** A compact JWS followed by {@code ~}: an SD-JWT (RFC 9901 §4). */
    private static final Pattern SD_JWT = Pattern.compile("\\s*[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+~.*", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SdJwtFiles() {
    }

    static boolean isSdJwt(byte[] input) {
        return input.length > 0 && input[0] != '{' && input[0] != '<'
                && SD_JWT.matcher(new String(input, 0, Math.min(input.length, 4096), StandardCharsets.US_ASCII)).matches();
    }

    static byte[] issue(MicroCredential credential, Path key, Path certificates, String issuer, Path holderKey) {
        if (key == null || issuer == null) {
            throw new CliException(Main.USAGE, "--to sd-jwt-vc needs --key (the issuer's PKCS#8 PEM key) and --issuer (its URL)");
        }
        SigningKey signingKey = SigningOptions.readKey(key);
        SdJwtVcIssuer.Builder builder = SdJwtVcIssuer.builder(signingKey.signer(), issuer);
        if (certificates != null) {
            try {
                builder.certificateChain(certificates(certificates));
            } catch (IllegalArgumentException e) {
                throw new CliException(Main.USAGE, certificates + ": " + e.getMessage(), e);
            }
        }
        VerificationKey holder = null;
        if (holderKey != null) {
            try {
                holder = VerificationKey.fromJwk(new String(Inputs.read(holderKey), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new CliException(Main.USAGE, holderKey + ": not a public JWK", e);
            }
        }
        try {
            return builder.build().issue(credential, holder, null).getBytes(StandardCharsets.US_ASCII);
        } catch (SdJwtException e) {
            throw new CliException(Main.USAGE, e.getMessage(), e);
        }
    }

    static List<X509Certificate> certificates(Path pem) {
        List<X509Certificate> list = new ArrayList<>();
        try {
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(Inputs.read(pem)))) {
                list.add((X509Certificate) c);
            }
        } catch (CertificateException e) {
            throw new CliException(Main.USAGE, pem + ": not a PEM certificate", e);
        }
        return list;
    }

    static VerifyCommand.Verdict verify(byte[] input, List<X509Certificate> anchors, Path issuerKey, String audience,
            String nonce, Path statusToken) {
        SdJwtVerifier.Builder builder = SdJwtVerifier.builder().trustAnchors(anchors);
        if (issuerKey != null) {
            try {
                builder.issuerKey(VerificationKey.fromJwk(new String(Inputs.read(issuerKey), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                throw new CliException(Main.USAGE, issuerKey + ": not a public JWK", e);
            }
        }
        if (statusToken != null) {
            String token = new String(Inputs.read(statusToken), StandardCharsets.US_ASCII).strip();
            builder.statusResolver(uri -> token);
        }
        if ((audience == null) != (nonce == null)) {
            throw new CliException(Main.USAGE, "a presentation is checked with both --audience and --nonce");
        }
        String text = new String(input, StandardCharsets.US_ASCII).strip();
        SdJwtVerifier verifier = builder.build();
        SdJwtVerification result = audience == null ? verifier.verify(text) : verifier.verifyPresentation(text, audience, nonce);
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("format", "sd-jwt-vc");
        report.put("indication", result.indication().name());
        List<Map<String, String>> problems = new ArrayList<>();
        for (SdJwtProblem p : result.problems()) {
            problems.add(Map.of("code", p.code().name(), "location", p.location(), "message", p.message()));
        }
        report.put("problems", problems);
        result.claims().ifPresent(c -> report.put("claims", c));
        result.status().ifPresent(s -> report.put("status", s.name()));
        report.put("keyBound", result.isKeyBound());
        String json;
        try {
            json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String summary = "SD-JWT VC " + result.summary();
        return new VerifyCommand.Verdict(result.isValid() ? Main.OK : Main.FINDINGS, summary, json);
    }
}
