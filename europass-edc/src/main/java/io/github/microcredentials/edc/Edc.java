package io.github.microcredentials.edc;

import java.net.URI;

/** The identifiers a Europass European Digital Credential declares. */
public final class Edc {

    /** The EDC application profile JSON-LD context (exactly this: {@code http}, no file suffix). */
    public static final URI CONTEXT = URI.create("http://data.europa.eu/snb/model/context/edc-ap");

    /** The W3C Verifiable Credentials Data Model 1.1 context, first in every EDC's {@code @context}. */
    public static final URI VC_V1_CONTEXT = URI.create("https://www.w3.org/2018/credentials/v1");

    /** The SHACL application profile a generic EDC declares as its {@code credentialSchema}. */
    public static final URI GENERIC_FULL_SCHEMA = URI.create("http://data.europa.eu/snb/model/ap/edc-generic-full");

    private Edc() {
    }
}
