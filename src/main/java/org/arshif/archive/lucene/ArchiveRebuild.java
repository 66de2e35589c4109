package org.arshif.archive.lucene;

import org.arshif.archive.ArchiveException;
import org.arshif.archive.ArchiveLocation;
import org.arshif.archive.ArchiveLockedException;
import org.arshif.archive.ArchiveRebuilding;
import org.arshif.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The index side of rebuilding an archive: taking it from every other process, refusing a sound one, moving the
 * damaged index aside, and recording that a rebuild is under way until it has finished. A rebuild killed midway
 * leaves its marker: every open then says the rebuild is unfinished, and running it again finishes it (re-importing
 * the same originals into the partly rebuilt index gives the same archive: imports update by id).
 */
public final class ArchiveRebuild implements ArchiveRebuilding {

    /** Present from the moment the damaged index is moved aside until the rebuilt one is complete. */
    static final String MARKER = "arshif.rebuilding";
    private static final String MOVING = "moving";
    private static final String IMPORTING = "importing";

    private final Path folder;

    ArchiveRebuild(Path folder) {
        this.folder = folder;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public boolean isUnfinished() {
        return Files.exists(folder.resolve(MARKER));
    }

    /**
     * Starts (or resumes) a rebuild: takes the archive's write lock (failing when another window or command has it),
     * refuses a sound archive unless {@code force}, moves the index aside into {@code damaged-DATE}, and opens an empty
     * archive in its place. The import history's copy and the collections beside the index stay.
     */
    @Override
    public Started start(boolean force) throws ArchiveException {
        Path aside;
        try (Directory directory = FSDirectory.open(folder);
             Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            if (isUnfinished()) {
                String[] marker = marker(folder);
                aside = folder.resolve(marker[marker.length - 1]);
                if (marker[0].equals(MOVING)) {
                    moveIndexFiles(folder, aside); // stopped while moving: finish the move first
                    Files.writeString(folder.resolve(MARKER), IMPORTING + " " + aside.getFileName(), StandardCharsets.UTF_8);
                }
            } else {
                if (!force && isSound(folder)) {
                    throw new ArchiveException(Problem.of(Problem.Code.REBUILD_NOT_NEEDED, folder), null);
                }
                aside = moveIndexAside(folder);
            }
            lock.ensureValid();
        } catch (LockObtainFailedException e) {
            throw new ArchiveLockedException(Problem.of(Problem.Code.ARCHIVE_LOCKED_REBUILD, folder), e);
        } catch (IOException e) {
            throw new ArchiveException(Problem.of(Problem.Code.REBUILD_UNSTARTABLE, folder, e.getMessage()), e);
        }
        return new Started(LuceneArchive.openForRebuild(folder), aside);
    }

    /** The marker's words: the stage ("moving" or "importing"; none in a marker of the first version) and the aside folder. */
    private static String[] marker(Path folder) throws IOException {
        return Files.readString(folder.resolve(MARKER), StandardCharsets.UTF_8).strip().split(" ", 2);
    }

    @Override
    public void finish() throws ArchiveException {
        try {
            Files.deleteIfExists(folder.resolve(MARKER));
        } catch (IOException e) {
            throw new ArchiveException(Problem.of(Problem.Code.REBUILD_UNFINISHABLE, folder, e.getMessage()), e);
        }
    }

    /**
     * The import history kept in the index's last commit, when that commit can still be read (a damaged data file
     * leaves it readable): the rebuild trusts it over the copy beside the index, which anyone could have edited.
     * During a rebuild, the commit of the index set aside.
     */
    @Override
    public Optional<List<String>> committedHistory() {
        Path index = folder;
        if (isUnfinished()) {
            // A rebuild under way: the folder holds the new, partial index; the old one's commit is in the aside folder.
            try {
                String[] marker = marker(folder);
                index = folder.resolve(marker[marker.length - 1]);
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        try (Directory directory = FSDirectory.open(index)) {
            var data = SegmentInfos.readLatestCommit(directory).getUserData();
            return CommitState.isKept(data) ? Optional.of(CommitState.of(data).history()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isSound(Path folder) {
        try (LuceneArchive archive = LuceneArchive.openReadOnly(folder)) {
            archive.verify();
            return true;
        } catch (ArchiveException e) {
            return false;
        }
    }

    /**
     * Moves every file of the index (not the history, the collections, the lock or markers) into a new {@code damaged-DATE} folder. The
     * marker says "moving" until every file is there, then "importing": a rebuild stopped while moving finishes the
     * move when run again, one stopped while importing imports again into the partly rebuilt index.
     */
    private static Path moveIndexAside(Path folder) throws IOException {
        Path aside = folder.resolve("damaged-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        Files.createDirectories(aside);
        Files.writeString(folder.resolve(MARKER), MOVING + " " + aside.getFileName(), StandardCharsets.UTF_8);
        moveIndexFiles(folder, aside);
        Files.writeString(folder.resolve(MARKER), IMPORTING + " " + aside.getFileName(), StandardCharsets.UTF_8);
        return aside;
    }

    private static void moveIndexFiles(Path folder, Path aside) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (!name.equals(ArchiveLocation.HISTORY_COPY) && !name.equals(IndexWriter.WRITE_LOCK_NAME)
                        && !name.equals(MARKER) && !name.equals(CollectionFile.NAME)) {
                    Files.move(file, aside.resolve(name));
                }
            }
        }
    }
}
