package org.arshif.importer;

import org.arshif.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** One file to read: on disk, or an entry of a ZIP file (read in place, never extracted). */
interface ImportInput {

    /** The name shown in messages: a path, or {@code archive.zip!/entry}. */
    String name();

    /** The size in bytes, as declared (a ZIP entry's may lie; its stream is bounded anyway). */
    long size() throws IOException;

    InputStream open() throws IOException;

    /** The input beside this one with the same name and another extension, or null. */
    ImportInput sibling(String extension);

    /** Why this input must not be opened (see {@link ImportRoots}), or null. */
    default Problem refusal() throws IOException {
        return null;
    }

    default String extension() {
        String name = name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot <= slash ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String withExtension(String name, String extension) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return (dot <= slash ? name : name.substring(0, dot)) + "." + extension;
    }

    /** A file on disk, found under the roots of an import. */
    record OnDisk(Path path, ImportRoots roots) implements ImportInput {
        @Override
        public String name() {
            return path.toString();
        }

        @Override
        public long size() throws IOException {
            return Files.size(path);
        }

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(roots.pathToOpen(path), LinkOption.NOFOLLOW_LINKS);
        }

        /** A sibling that is a link is returned unfollowed: {@link #refusal} says whether it may be read. */
        @Override
        public ImportInput sibling(String extension) {
            Path other = path.resolveSibling(withExtension(path.getFileName().toString(), extension));
            return Files.exists(other, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(other)
                    ? new OnDisk(other, roots) : null;
        }

        @Override
        public Problem refusal() throws IOException {
            return roots.refusal(path);
        }
    }

    /** An entry of an open ZIP file; its stream stops a ZIP bomb (see {@link ZipBudget}). */
    record InZip(ZipFile zip, ZipEntry entry, Map<String, ZipEntry> entries, ZipBudget budget) implements ImportInput {
        @Override
        public String name() {
            return zip.getName() + "!/" + entry.getName();
        }

        @Override
        public long size() {
            return Math.max(0, entry.getSize());
        }

        @Override
        public InputStream open() throws IOException {
            return budget.limit(zip.getInputStream(entry), entry.getName());
        }

        @Override
        public ImportInput sibling(String extension) {
            ZipEntry other = entries.get(withExtension(entry.getName(), extension));
            return other == null ? null : new InZip(zip, other, entries, budget);
        }
    }
}
