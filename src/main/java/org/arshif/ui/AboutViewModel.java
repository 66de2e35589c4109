package org.arshif.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.arshif.model.BuildInfo;

/**
 * What Help → About shows: this build (version, date), the Java run-time, the bundled components with their licences,
 * and where the archive lives.
 */
final class AboutViewModel {

    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper built = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper javaRuntime = new ReadOnlyStringWrapper();
    /** Where the archive is (its folder, or a shared archive's address); null when the window has no archive (yet). */
    private final ReadOnlyObjectWrapper<org.arshif.archive.ArchiveLocation> archive = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BuildInfo.Component> components = FXCollections.observableArrayList();
    /** The open archive's format version ({@code Archive.formatVersion()}, read in the background); empty until read. */
    final StringProperty archiveFormatVersion = new SimpleStringProperty("");

    AboutViewModel(BuildInfo build, org.arshif.archive.ArchiveLocation archive) {
        version.set(build.version());
        built.set(build.built());
        javaRuntime.set(BuildInfo.javaRuntime());
        this.archive.set(archive);
        components.setAll(build.components());
    }

    ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    ReadOnlyStringProperty builtProperty() {
        return built.getReadOnlyProperty();
    }

    ReadOnlyStringProperty javaRuntimeProperty() {
        return javaRuntime.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<org.arshif.archive.ArchiveLocation> archiveProperty() {
        return archive.getReadOnlyProperty();
    }

    ObservableList<BuildInfo.Component> components() {
        return FXCollections.unmodifiableObservableList(components);
    }
}
