package org.clinicdesk.app;

import java.io.File;
import java.io.IOException;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.clinicdesk.app.cli.Cli;
import org.clinicdesk.app.cli.CliEnvironment;

/**
 * The training run that the class archive (AppCDS) is made from, at build or install time, under
 * {@code -XX:ArchiveClassesAtExit}: runs one command as {@link Main} does (opening a store, signing in, searching),
 * then loads, without initialising, the window's classes (JavaFX, its theme, every class of this program) so that
 * the window's start maps them from the archive too. Loading needs no display; nothing of the window runs.
 */
public final class ClassArchiveTraining {
    private ClassArchiveTraining() {
    }

    public static void main(String[] args) {
        int exit = Cli.run(CliEnvironment.system(), args);
        ClassLoader loader = ClassArchiveTraining.class.getClassLoader();
        int loaded = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = new File(entry).getName();
            if (name.startsWith("javafx-") || name.startsWith("atlantafx-") || name.startsWith("clinicdesk-app")) {
                loaded += loadClasses(entry, name.startsWith("clinicdesk-app") ? "org/clinicdesk/app/" : "", loader);
            }
        }
        System.err.println("class archive training: loaded " + loaded + " window classes");
        System.exit(exit);
    }

    private static int loadClasses(String jar, String under, ClassLoader loader) {
        int loaded = 0;
        try (JarFile file = new JarFile(jar)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String path = entries.nextElement().getName();
                if (path.endsWith(".class") && path.startsWith(under) && !path.contains("module-info")
                        && !path.startsWith("org/clinicdesk/app/gui/tools/")) {
                    try {
                        Class.forName(path.substring(0, path.length() - 6).replace('/', '.'), false, loader);
                        loaded++;
                    } catch (LinkageError | ClassNotFoundException e) {
                        // a class for another platform or an optional library: not needed here
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("class archive training: cannot read " + jar + ": " + e.getMessage());
        }
        return loaded;
    }
}
