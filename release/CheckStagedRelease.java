import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks a staged release (the Maven repository that {@code mvn -Prelease deploy
 * -DskipPublishing=true} writes to {@code target/staging-repository}) the way Maven Central and a
 * careful user would: every published module is there, with a POM that carries complete metadata
 * itself (name, description, the project's URL, licence, developers, SCM, no parent left to
 * resolve), the jar, a sources jar and a Javadoc jar (no internal package, a footer that agrees
 * with the licence), checksums, and signatures when {@code --signed} is given; and nothing that
 * must not be published (examples, benchmarks). Titanium JSON-LD is shaded into the signing jar:
 * no published POM may depend on {@code com.apicatalog}, and the signing jar must hold Titanium's
 * classes relocated (none left under {@code com/apicatalog/}), its licence and NOTICE, and a module
 * descriptor that requires no {@code titanium.*} module and exports no internal package.
 *
 * <p>Run with the JDK alone: {@code java release/CheckStagedRelease.java target/staging-repository [--signed]}.
 * Exit status 0 when every check passes, 1 otherwise; each problem is printed on one line.
 */
public final class CheckStagedRelease {

    static final String GROUP = "io.github.microcredentials";
    static final String URL = "https://github.com/microcredentials/microcredentials-java";
    static final String SCM_CONNECTION = "scm:git:https://github.com/microcredentials/microcredentials-java.git";
    static final String SCM_DEVELOPER_CONNECTION = "scm:git:git@github.com:microcredentials/microcredentials-java.git";
    static final String LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0.txt";

    /** The published modules and whether each has a jar (a POM-only module has not). */
    static final List<String[]> PUBLISHED = List.of(
            new String[] {"microcredentials-bom", "pom"},
            new String[] {"microcredentials-parent", "pom"},
            new String[] {"microcredentials-core", "jar"},
            new String[] {"microcredentials-europass-edc", "jar"},
            new String[] {"microcredentials-openbadges", "jar"},
            new String[] {"microcredentials-signing", "jar"},
            new String[] {"microcredentials-seals", "jar"},
            new String[] {"microcredentials-status", "jar"},
            new String[] {"microcredentials-render", "jar"},
            new String[] {"microcredentials-wallet", "jar"},
            new String[] {"microcredentials-test", "jar"},
            new String[] {"microcredentials-cli", "jar"});

    /** Where signing's build relocates Titanium (signing/pom.xml, maven-shade-plugin). */
    static final String TITANIUM_RELOCATED = "io/github/microcredentials/signing/internal/titanium/";

    /** One class of each shaded Titanium artifact, relocated. */
    static final List<String> TITANIUM_SAMPLE_CLASSES = List.of(
            "jsonld/JsonLd.class",         // titanium-json-ld
            "jcs/JsonCanonicalizer.class", // titanium-jcs
            "rdf/api/RdfQuadConsumer.class", // titanium-rdf-api
            "rdf/nquads/NQuadsReader.class"); // titanium-rdf-n-quads

    static final List<String> NOT_PUBLISHED = List.of("microcredentials-examples", "microcredentials-benchmarks",
            "microcredentials-internal-test-fixtures");

    private final List<String> problems = new ArrayList<>();
    private int checks;

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: java release/CheckStagedRelease.java STAGING-REPOSITORY [--signed]");
            System.exit(2);
        }
        Path repository = Path.of(args[0]);
        boolean signed = List.of(args).contains("--signed");
        CheckStagedRelease check = new CheckStagedRelease();
        check.run(repository, signed);
        check.problems.forEach(p -> System.out.println("FAIL " + p));
        System.out.println("checked the staged release in " + repository);
        System.out.println("staged-release: " + (check.checks - check.problems.size()) + " passed, " + check.problems.size() + " failed");
        System.exit(check.problems.isEmpty() ? 0 : 1);
    }

    void run(Path repository, boolean signed) throws Exception {
        Path group = repository.resolve(GROUP.replace('.', '/'));
        if (!expect(Files.isDirectory(group), "no " + GROUP + " in " + repository + " (run mvn -Prelease deploy -DskipPublishing=true)")) {
            return;
        }
        for (String[] module : PUBLISHED) {
            checkModule(group.resolve(module[0]), module[0], module[1].equals("jar"), signed);
        }
        for (String artifactId : NOT_PUBLISHED) {
            expect(!Files.exists(group.resolve(artifactId)), artifactId + " is staged but must not be published");
        }
    }

    private void checkModule(Path directory, String artifactId, boolean jar, boolean signed) throws Exception {
        Optional<Path> versionDirectory = onlyVersion(directory);
        if (!expect(versionDirectory.isPresent(), artifactId + ": not staged (or staged in more than one version)")) {
            return;
        }
        Path dir = versionDirectory.get();
        Optional<Path> pom = file(dir, ".pom");
        if (expect(pom.isPresent(), artifactId + ": no POM")) {
            checkPom(pom.get(), artifactId);
            checkSidecars(pom.get(), signed);
        }
        if (!jar) {
            return;
        }
        for (String suffix : List.of(".jar", "-sources.jar", "-javadoc.jar")) {
            Optional<Path> file = file(dir, suffix);
            if (expect(file.isPresent(), artifactId + ": no " + suffix.substring(1))) {
                checkSidecars(file.get(), signed);
                expect(Files.size(file.get()) > 1000, artifactId + ": " + file.get().getFileName() + " is nearly empty");
            }
        }
        file(dir, "-javadoc.jar").ifPresent(javadoc -> checkJavadoc(javadoc, artifactId));
        file(dir, "-sources.jar").ifPresent(sources -> expect(hasEntry(sources, ".java"), artifactId + ": the sources jar has no .java file"));
        file(dir, ".jar").ifPresent(main -> checkManifest(main, artifactId));
        if (artifactId.equals("microcredentials-signing")) {
            file(dir, ".jar").ifPresent(this::checkShadedTitanium);
        }
    }

    /** The signing jar carries Titanium relocated, with its licence, and a descriptor without it. */
    private void checkShadedTitanium(Path file) {
        String where = "microcredentials-signing jar";
        try (JarFile jar = new JarFile(file.toFile())) {
            List<String> unrelocated = jar.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("com/apicatalog/")).limit(3).toList();
            expect(unrelocated.isEmpty(), where + ": Titanium classes left unrelocated: " + unrelocated);
            for (String sample : TITANIUM_SAMPLE_CLASSES) {
                expect(jar.getEntry(TITANIUM_RELOCATED + sample) != null, where + ": no shaded " + TITANIUM_RELOCATED + sample);
            }
            ZipEntry licence = jar.getEntry("META-INF/LICENSE");
            expect(licence != null && read(jar, licence).contains("Apache License") && read(jar, licence).contains("Version 2.0"),
                    where + ": no Apache-2.0 META-INF/LICENSE for the shaded Titanium");
            ZipEntry notice = jar.getEntry("META-INF/NOTICE");
            expect(notice != null && read(jar, notice).contains("titanium-json-ld"),
                    where + ": no META-INF/NOTICE naming the shaded Titanium");
            ZipEntry info = jar.getEntry("module-info.class");
            if (expect(info != null, where + ": no module descriptor")) {
                ModuleDescriptor descriptor;
                try (InputStream in = jar.getInputStream(info)) {
                    descriptor = ModuleDescriptor.read(in);
                }
                Set<String> titanium = new TreeSet<>();
                descriptor.requires().stream().map(ModuleDescriptor.Requires::name)
                        .filter(n -> n.startsWith("titanium") || n.startsWith("com.apicatalog")).forEach(titanium::add);
                expect(titanium.isEmpty(), where + ": the module descriptor still requires " + titanium);
                expect(descriptor.requires().stream().anyMatch(r -> r.name().equals("java.logging")),
                        where + ": the module descriptor does not require java.logging (the shaded Titanium logs through it)");
                // An internal package may be shared with a sibling module of this project (qualified export),
                // never with everyone or with a module outside the project.
                List<String> internal = descriptor.exports().stream()
                        .filter(e -> e.source().contains(".internal"))
                        .filter(e -> !e.isQualified() || !e.targets().stream().allMatch(t -> t.startsWith("io.github.microcredentials.")))
                        .map(ModuleDescriptor.Exports::source).toList();
                expect(internal.isEmpty(), where + ": the module descriptor exports internal packages " + internal);
            }
        } catch (IOException e) {
            expect(false, where + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String read(JarFile jar, ZipEntry entry) throws IOException {
        try (InputStream in = jar.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void checkPom(Path pom, String artifactId) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(pom.toFile());
        Element project = document.getDocumentElement();
        String where = artifactId + " POM";
        expect(text(project, "parent").isEmpty(), where + ": still has a <parent> (metadata must be in the published POM itself)");
        expect(text(project, "groupId").equals(GROUP), where + ": groupId " + text(project, "groupId"));
        expect(text(project, "artifactId").equals(artifactId), where + ": artifactId " + text(project, "artifactId"));
        expect(!text(project, "version").isBlank(), where + ": no version");
        expect(!text(project, "name").isBlank(), where + ": no name");
        expect(!text(project, "description").isBlank(), where + ": no description");
        expect(text(project, "url").equals(URL), where + ": url is '" + text(project, "url") + "', expected " + URL);
        Element licenses = child(project, "licenses");
        Element license = licenses == null ? null : child(licenses, "license");
        expect(license != null && text(license, "name").contains("Apache License, Version 2.0")
                && text(license, "url").equals(LICENCE_URL), where + ": no Apache-2.0 licence with its URL");
        Element developers = child(project, "developers");
        Element developer = developers == null ? null : child(developers, "developer");
        expect(developer != null && !text(developer, "name").isBlank(), where + ": no developer with a name");
        Element scm = child(project, "scm");
        expect(scm != null && text(scm, "url").equals(URL), where + ": scm url is '" + (scm == null ? "" : text(scm, "url")) + "', expected " + URL);
        expect(scm != null && text(scm, "connection").equals(SCM_CONNECTION), where + ": scm connection is '"
                + (scm == null ? "" : text(scm, "connection")) + "'");
        expect(scm != null && text(scm, "developerConnection").equals(SCM_DEVELOPER_CONNECTION), where + ": scm developerConnection is '"
                + (scm == null ? "" : text(scm, "developerConnection")) + "'");
        String raw = Files.readString(pom, StandardCharsets.UTF_8);
        expect(!raw.contains("${"), where + ": an unresolved ${...} expression");
        NodeList dependencies = project.getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String id = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
            expect(!text(dependency, "version").isBlank(), where + ": dependency " + id + " has no version");
            expect(!text(dependency, "scope").equals("test"), where + ": test dependency " + id + " is published");
            // Titanium is shaded into signing; its original jars are filename-based automatic modules.
            expect(!text(dependency, "groupId").equals("com.apicatalog"), where + ": depends on " + id
                    + " (Titanium is shaded into microcredentials-signing)");
        }
    }

    private void checkJavadoc(Path javadoc, String artifactId) {
        try (JarFile jar = new JarFile(javadoc.toFile())) {
            expect(jar.getEntry("index.html") != null, artifactId + ": the Javadoc jar has no index.html");
            List<String> internal = jar.stream().map(ZipEntry::getName).filter(n -> n.contains("/internal/")).limit(3).toList();
            expect(internal.isEmpty(), artifactId + ": internal package in the published Javadoc: " + internal);
            ZipEntry index = jar.getEntry("index-all.html") != null ? jar.getEntry("index-all.html") : jar.getEntry("index.html");
            if (index != null) {
                String html;
                try (InputStream in = jar.getInputStream(index)) {
                    html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                expect(!html.contains("All rights reserved"), artifactId + ": the Javadoc footer says \"All rights reserved\"");
                expect(html.contains("Apache License, Version 2.0"), artifactId + ": the Javadoc footer does not name the licence");
            }
        } catch (IOException e) {
            expect(false, artifactId + ": cannot read " + javadoc + ": " + e.getMessage());
        }
    }

    private void checkManifest(Path file, String artifactId) {
        try (JarFile jar = new JarFile(file.toFile())) {
            Manifest manifest = jar.getManifest();
            String version = manifest == null ? null : manifest.getMainAttributes().getValue("Implementation-Version");
            expect(version != null && !version.isBlank(), artifactId + ": the jar manifest has no Implementation-Version");
            expect(jar.getEntry("module-info.class") != null || artifactId.equals("microcredentials-cli"),
                    artifactId + ": not a named module (no module-info.class)");
        } catch (IOException e) {
            expect(false, artifactId + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    private void checkSidecars(Path file, boolean signed) {
        for (String sidecar : signed ? List.of(".md5", ".sha1", ".asc") : List.of(".md5", ".sha1")) {
            expect(Files.isRegularFile(file.resolveSibling(file.getFileName() + sidecar)), file.getFileName() + ": no " + sidecar);
        }
    }

    private static Optional<Path> onlyVersion(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> versions = entries.filter(Files::isDirectory).toList();
            return versions.size() == 1 ? Optional.of(versions.get(0)) : Optional.empty();
        }
    }

    /** The newest file with the suffix (a snapshot directory may hold several deployments). */
    private static Optional<Path> file(Path dir, String suffix) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> {
                String name = p.getFileName().toString();
                if (!name.endsWith(suffix)) {
                    return false;
                }
                String rest = name.substring(0, name.length() - suffix.length());
                // "x-1.0.jar" must not match "-sources.jar"/"-javadoc.jar" files
                return suffix.startsWith("-") || !(rest.endsWith("-sources") || rest.endsWith("-javadoc"));
            }).max(Path::compareTo);
        }
    }

    private static boolean hasEntry(Path jarFile, String suffix) {
        try (JarFile jar = new JarFile(jarFile.toFile())) {
            return jar.stream().anyMatch(e -> e.getName().endsWith(suffix));
        } catch (IOException e) {
            return false;
        }
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }

    private boolean expect(boolean condition, String problem) {
        checks++;
        if (!condition) {
            problems.add(problem);
        }
        return condition;
    }
}
