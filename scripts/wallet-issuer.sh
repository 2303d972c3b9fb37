#!/usr/bin/env bash
# Starts the example OpenID4VCI 1.0 issuer (examples/.../WalletIssuerServer.java): the sample micro-credential
# as an SD-JWT VC through the pre-authorized code and the authorization code flows (PAR, PKCE S256, DPoP).
# Usage: scripts/wallet-issuer.sh [--port 8080] [--host 127.0.0.1] [--public-url https://issuer.example]
# It compiles the examples module and what it depends on, then runs the server in the foreground; Ctrl-C stops it.
# An example, not a product: plain HTTP on the loopback interface, a PKI made at start, every visitor of
# /authorize logged in as one demo learner. Set MVN_ARGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=examples/target/wallet-issuer.classpath
# shellcheck disable=SC2086
# compile, not package: in the reactor the classpath names the modules' target/classes directories
mvn -B -q ${MVN_ARGS:-} -pl examples -am compile dependency:build-classpath \
    -Dmdep.outputFile="$PWD/$cp_file" -Dmdep.includeScope=runtime
exec java -cp "examples/target/classes:$(cat "$cp_file")" io.github.microcredentials.examples.WalletIssuerServer "$@"
