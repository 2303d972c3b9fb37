/**
 * Certificates people can hold: a micro-credential rendered as a PDF/A-3b certificate that carries
 * the signed credential as an associated file and a QR code, sealed PAdES-BASELINE-B or -T, and
 * checked again (the seal and the embedded credential); PNG pages of the same certificate.
 *
 * <p>Start with {@link io.github.microcredentials.render.CertificateRenderer}, seal with
 * {@link io.github.microcredentials.render.PdfSealer}, check with
 * {@link io.github.microcredentials.render.CertificateVerifier}. Badge images for Open Badges baking
 * are made by {@link io.github.microcredentials.render.BadgeImages}; baking itself is in
 * {@code io.github.microcredentials.openbadges.baking}.
 *
 * @see <a href="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022H0627(02)">Council Recommendation
 *     2022/C 243/02, Annex I</a>
 * @see <a href="https://www.etsi.org/deliver/etsi_en/319100_319199/31914201/">ETSI EN 319 142-1 (PAdES)</a>
 */
@NullMarked
package io.github.microcredentials.render;

import org.jspecify.annotations.NullMarked;
