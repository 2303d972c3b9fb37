#!/usr/bin/env bash
# Uses the staged release the way a consumer does, with nothing from this build but the staged
# repository (target/staging-repository, made by: mvn -B -Prelease clean deploy -DskipPublishing=true):
#
#  1. the examples (examples/src/main/java) compiled as a consumer project against the staged
#     artifacts, on the class path and on the module path (module io.github.microcredentials.examples),
#     and run (io.github.microcredentials.examples.Tour) both ways;
#  2. a check of the module path: no filename-based automatic module may be required, and the build
#     may print no automatic-module warning; release/known-automatic-modules.txt lists those still
#     tolerated (none at present, see the file), STRICT=1 tolerates none;
#  3. the runtime class path of each published module alone, as a Markdown table
#     (target/consumer/classpath-table.md, the README's "Class path per module").
#
# Usage: release/check-consumer.sh [STAGING-REPOSITORY]      (STRICT=1 for no tolerated modules)
# The consumer builds use their own local repository (target/consumer/m2), so the staged snapshot
# never reaches ~/.m2; third-party artifacts come from ~/.m2/repository when there, else Maven Central.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
STAGED=$(cd "${1:-$ROOT/target/staging-repository}" && pwd)
WORK=$ROOT/target/consumer
GROUP_DIR=$STAGED/io/github/microcredentials
[ -d "$GROUP_DIR/microcredentials-bom" ] || { echo "no staged release in $STAGED (run: mvn -B -Prelease clean deploy -DskipPublishing=true)" >&2; exit 2; }
VERSION=$(find "$GROUP_DIR/microcredentials-bom" -mindepth 1 -maxdepth 1 -type d -printf "%f\n" | sort | tail -1)
STRICT_FLAG=${STRICT:+--strict}
rm -rf "$WORK" && mkdir -p "$WORK"
failures=0

cat > "$WORK/settings.xml" <<EOF
<settings>
  <profiles>
    <profile>
      <id>staged</id>
      <repositories>
        <repository><id>staged</id><url>file://$STAGED</url>
          <snapshots><enabled>true</enabled></snapshots></repository>
        <repository><id>local-cache</id><url>file://$HOME/.m2/repository</url></repository>
      </repositories>
      <pluginRepositories>
        <pluginRepository><id>local-cache</id><url>file://$HOME/.m2/repository</url></pluginRepository>
      </pluginRepositories>
    </profile>
  </profiles>
  <activeProfiles><activeProfile>staged</activeProfile></activeProfiles>
</settings>
EOF

# pom DIR ARTIFACT-ID DEPENDENCIES-XML
pom() {
  mkdir -p "$1"
  cat > "$1/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.consumer</groupId>
  <artifactId>$2</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencyManagement>
    <dependencies>
      <dependency>
        <groupId>io.github.microcredentials</groupId>
        <artifactId>microcredentials-bom</artifactId>
        <version>$VERSION</version>
        <type>pom</type>
        <scope>import</scope>
      </dependency>
    </dependencies>
  </dependencyManagement>
  <dependencies>
$3
  </dependencies>
  <build>
    <plugins>
      <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
      <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version>
        <configuration><compilerArgs><arg>-Xlint:all</arg></compilerArgs><showWarnings>true</showWarnings></configuration></plugin>
      <plugin><artifactId>maven-jar-plugin</artifactId><version>3.4.2</version></plugin>
      <plugin><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version></plugin>
      <plugin><artifactId>maven-dependency-plugin</artifactId><version>3.8.1</version></plugin>
    </plugins>
  </build>
</project>
EOF
}

dep() { echo "    <dependency><groupId>io.github.microcredentials</groupId><artifactId>$1</artifactId></dependency>"; }

# build DIR: compiles the project and writes DIR/runtime.path (its runtime dependencies)
build() {
  if ! mvn -B -s "$WORK/settings.xml" -Dmaven.repo.local="$WORK/m2" -f "$1/pom.xml" package dependency:build-classpath \
      -Dmdep.outputFile="$1/runtime.path" -Dmdep.includeScope=runtime > "$1/build.log" 2>&1; then
    echo "FAIL build of $1 (log: $1/build.log)"; tail -30 "$1/build.log"; return 1
  fi
}

EXAMPLE_DEPS="$(dep microcredentials-core)
$(dep microcredentials-europass-edc)
$(dep microcredentials-openbadges)
$(dep microcredentials-signing)
$(dep microcredentials-seals)
$(dep microcredentials-status)
$(dep microcredentials-render)
$(dep microcredentials-wallet)
    <dependency><groupId>jakarta.validation</groupId><artifactId>jakarta.validation-api</artifactId><version>3.1.1</version></dependency>"

for mode in classpath modulepath; do
  dir=$WORK/examples-$mode
  pom "$dir" "examples-$mode" "$EXAMPLE_DEPS"
  mkdir -p "$dir/src/main/java"
  cp -r "$ROOT/examples/src/main/java/." "$dir/src/main/java/"
  [ "$mode" = classpath ] && rm "$dir/src/main/java/module-info.java"
  if ! build "$dir"; then failures=$((failures + 1)); continue; fi
  path="$dir/target/classes:$(cat "$dir/runtime.path")"
  if [ "$mode" = classpath ]; then
    run=(java -cp "$path" io.github.microcredentials.examples.Tour)
  else
    run=(java --module-path "$path" -m io.github.microcredentials.examples/io.github.microcredentials.examples.Tour)
  fi
  if "${run[@]}" > "$dir/run.log" 2>&1 && grep -q "tour completed" "$dir/run.log"; then
    echo "ok   examples compiled and run against the staged release on the $mode: $(tail -1 "$dir/run.log")"
  else
    echo "FAIL examples on the $mode (log: $dir/run.log)"; cat "$dir/run.log"; failures=$((failures + 1))
  fi
  # Any automatic-module warning of the compiler or the JVM; names listed as known are tolerated unless STRICT.
  warnings=$(grep -iE "automodule|automatic module|requires-automatic" "$dir/build.log" "$dir/run.log" || true)
  if [ -n "$warnings" ]; then
    # the known names (a.b) as they appear in a jar's file name (a-b-…)
    known=$(grep -vE '^\s*(#|$)' "$ROOT/release/known-automatic-modules.txt" | sed 's/\./[.-]/g' | paste -sd'|' -)
    if [ -z "$STRICT_FLAG" ] && [ -n "$known" ] && ! echo "$warnings" | grep -vqiE "$known"; then
      echo "KNOWN automatic-module warning on the $mode (release/known-automatic-modules.txt): $(echo "$warnings" | head -1 | cut -c1-200)"
    else
      echo "FAIL automatic-module warning on the $mode:"; echo "$warnings"; failures=$((failures + 1))
    fi
  else
    echo "ok   no automatic-module warning while compiling or running on the $mode"
  fi
  if [ "$mode" = modulepath ]; then
    if ! java "$ROOT/release/ModulePathCheck.java" io.github.microcredentials.examples "$path" \
        "$ROOT/release/known-automatic-modules.txt" $STRICT_FLAG; then
      failures=$((failures + 1))
    fi
  fi
done

# The runtime class path of each published module alone.
table=$WORK/classpath-table.md
{
  echo "| module alone | jars on the runtime class path | size | third-party jars |"
  echo "|---|---:|---:|---|"
} > "$table"
for module in microcredentials-core microcredentials-europass-edc microcredentials-openbadges microcredentials-signing microcredentials-seals microcredentials-status microcredentials-render microcredentials-wallet microcredentials-test microcredentials-cli; do
  dir=$WORK/alone-$module
  pom "$dir" "alone-$module" "$(dep $module)"
  mkdir -p "$dir/src/main/java"
  if ! build "$dir"; then failures=$((failures + 1)); continue; fi
  jars=$(tr ':' '\n' < "$dir/runtime.path" | grep -v '^$' || true)
  # Santuario and its XML stack belong to microcredentials-seals: Data Integrity users never get them.
  if [ "$module" = microcredentials-signing ] && echo "$jars" | grep -q '/xmlsec-'; then
    echo "FAIL microcredentials-signing alone brings Santuario (xmlsec) onto the class path"; failures=$((failures + 1))
  fi
  count=$(echo "$jars" | grep -c . || true)
  bytes=$(echo "$jars" | xargs -r stat -c %s | awk '{s+=$1} END {print s+0}')
  own=$(echo "$jars" | xargs -r -n1 basename | grep -E '^microcredentials-' | sed -E 's/-[0-9].*//' | tr '\n' ' ')
  third=$(echo "$jars" | xargs -r -n1 basename | grep -vE '^microcredentials-' | sed -E 's/-[0-9][^-]*(-[A-Za-z]+)?\.jar$//' | sort | tr '\n' ',' | sed 's/,$//; s/,/, /g')
  printf '| `%s` | %d (%s) | %s MB | %s |\n' "$module" "$count" "${own% }" "$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1000000 }')" "$third" >> "$table"
done
echo "class path per module (also in $table):"
cat "$table"

if [ "$failures" -ne 0 ]; then
  echo "consumer check: $failures failed"
  exit 1
fi
echo "consumer check: passed"
