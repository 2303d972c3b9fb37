import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolvedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;

/**
 * Resolves a root module on a module path, as {@code java --module-path ... -m ROOT} would, and
 * lists every automatic module in the graph whose name comes from its file name (no module
 * descriptor, no {@code Automatic-Module-Name}): the modules Maven warns must not be published as
 * {@code requires}, because the name changes with the file name. Modules listed in a "known" file
 * are reported but tolerated (a decision pending elsewhere); any other fails the check.
 *
 * <p>{@code java release/ModulePathCheck.java ROOT-MODULE MODULE-PATH [KNOWN-FILE] [--strict]}: exit 1 when
 * an unknown filename-based automatic module is required (with {@code --strict}: when any is).
 */
public final class ModulePathCheck {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java release/ModulePathCheck.java ROOT-MODULE MODULE-PATH [KNOWN-FILE] [--strict]");
            System.exit(2);
        }
        boolean strict = List.of(args).contains("--strict");
        Set<String> known = new TreeSet<>();
        if (args.length > 2 && !args[2].equals("--strict")) {
            for (String line : Files.readAllLines(Path.of(args[2]))) {
                if (!line.isBlank() && !line.strip().startsWith("#")) {
                    known.add(line.strip());
                }
            }
        }
        List<Path> path = new ArrayList<>();
        for (String entry : args[1].split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                path.add(Path.of(entry));
            }
        }
        ModuleFinder finder = ModuleFinder.of(path.toArray(Path[]::new));
        Configuration graph = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(args[0]));
        int unknown = 0;
        int tolerated = 0;
        for (ResolvedModule module : graph.modules().stream().sorted(java.util.Comparator.comparing(ResolvedModule::name)).toList()) {
            ModuleReference reference = module.reference();
            ModuleDescriptor descriptor = reference.descriptor();
            if (!descriptor.isAutomatic() || hasAutomaticModuleName(reference)) {
                continue;
            }
            List<String> requiredBy = graph.modules().stream()
                    .filter(m -> m.reads().contains(module) && !m.reference().descriptor().isAutomatic()
                            && m.reference().descriptor().requires().stream().anyMatch(r -> r.name().equals(descriptor.name())))
                    .map(ResolvedModule::name).sorted().toList();
            String where = reference.location().map(Object::toString).orElse("?");
            if (known.contains(descriptor.name()) && !strict) {
                tolerated++;
                System.out.println("KNOWN   filename-based automatic module " + descriptor.name() + " (" + where.substring(where.lastIndexOf('/') + 1)
                        + "), required by " + requiredBy);
            } else {
                unknown++;
                System.out.println("WARNING filename-based automatic module " + descriptor.name() + " (" + where.substring(where.lastIndexOf('/') + 1)
                        + "), required by " + requiredBy);
            }
        }
        System.out.println("module graph of " + args[0] + ": " + graph.modules().size() + " modules, " + unknown
                + " filename-based automatic module" + (unknown == 1 ? "" : "s") + " not allowed, " + tolerated + " known");
        System.exit(unknown == 0 ? 0 : 1);
    }

    private static boolean hasAutomaticModuleName(ModuleReference reference) throws IOException {
        Path file = Path.of(reference.location().orElseThrow());
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (JarFile jar = new JarFile(file.toFile())) {
            return jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name") != null;
        }
    }
}
