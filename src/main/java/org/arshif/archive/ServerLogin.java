package org.arshif.archive;

/**
 * A user and password given for one archive a server keeps (typed in the window's dialog), in place of those the
 * environment or the credentials file give. Never shown: {@link #toString} is the user.
 *
 * @param user     the user name
 * @param password the password
 * @param remember whether to keep them for later runs, where the provider keeps such things (a file only its owner
 *                 may read)
 */
public record ServerLogin(String user, String password, boolean remember) {

    @Override
    public String toString() {
        return user;
    }
}
