package org.arshif.text;

import java.util.Arrays;

/**
 * A MinHash fingerprint of an article's body, for finding copies of the same text (a wire story printed by several
 * papers, a report re-published with a new headline). The body is read as runs of three folded words ("shingles"),
 * so spelling variants, marks and punctuation do not separate copies, while a changed sentence only changes the
 * shingles it touches.
 *
 * <p>Two fingerprints give an estimate of the Jaccard similarity of the two bodies' shingle sets. The fingerprint
 * has two parts: {@linkplain #bandKeys() band keys}, indexed so that bodies sharing many shingles meet under at
 * least one key (locality-sensitive hashing: {@value #BANDS} bands of {@value #ROWS} values each), and a
 * {@linkplain #sketch() sketch} of one byte per hash function, kept to verify a candidate pair.
 */
public final class Fingerprint {

    /** Number of hash functions. */
    static final int HASHES = 64;
    /** Bands × rows use the first 32 values: a pair at similarity 0.5 meets in some band with probability 0.99. */
    static final int BANDS = 16;
    static final int ROWS = 2;
    /** Bodies shorter than this many shingles are too short to call anything a copy of them. */
    static final int MIN_SHINGLES = 8;

    private static final long[] SEEDS = new long[HASHES];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < HASHES; i++) {
            seed = mix(seed + 0x632BE59BD9B4E019L);
            SEEDS[i] = seed;
        }
    }

    private final long[] minima;

    private Fingerprint(long[] minima) {
        this.minima = minima;
    }

    /** The fingerprint of a body, or null when the body is too short to have copies worth grouping. */
    public static Fingerprint of(String body) {
        long[] words = wordHashes(body);
        if (words.length - 2 < MIN_SHINGLES) {
            return null;
        }
        long[] minima = new long[HASHES];
        Arrays.fill(minima, Long.MAX_VALUE);
        for (int i = 0; i + 2 < words.length; i++) {
            long shingle = words[i] ^ Long.rotateLeft(words[i + 1], 21) ^ Long.rotateLeft(words[i + 2], 42);
            for (int h = 0; h < HASHES; h++) {
                long value = mix(shingle ^ SEEDS[h]);
                if (value < minima[h]) {
                    minima[h] = value;
                }
            }
        }
        return new Fingerprint(minima);
    }

    /** One key per band: bodies with the same key in any band are candidates for being copies. */
    public String[] bandKeys() {
        String[] keys = new String[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long combined = mix(minima[band * ROWS] ^ Long.rotateLeft(minima[band * ROWS + 1], 29));
            keys[band] = Integer.toString(band, 36) + Long.toString(combined >>> 16, 36);
        }
        return keys;
    }

    /** The low byte of every hash minimum: enough to estimate similarity (b-bit MinHash). */
    public byte[] sketch() {
        byte[] sketch = new byte[HASHES];
        for (int h = 0; h < HASHES; h++) {
            sketch[h] = (byte) minima[h];
        }
        return sketch;
    }

    /**
     * The estimated Jaccard similarity of two bodies' shingles from their sketches: the share of equal bytes,
     * corrected for bytes that are equal by chance (1 in 256).
     */
    public static double similarity(byte[] a, byte[] b) {
        int equal = 0;
        for (int h = 0; h < HASHES; h++) {
            equal += a[h] == b[h] ? 1 : 0;
        }
        double chance = 1.0 / 256;
        return Math.max(0, ((double) equal / HASHES - chance) / (1 - chance));
    }

    /** Hashes of the body's words, folded so that spelling variants and marks do not count as differences. */
    private static long[] wordHashes(String body) {
        long[] hashes = new long[16];
        int count = 0;
        int start = -1;
        for (int i = 0; i <= body.length(); i++) {
            boolean inWord = i < body.length() && isWordChar(body.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                if (count == hashes.length) {
                    hashes = Arrays.copyOf(hashes, count * 2);
                }
                hashes[count++] = mix(ArabicFolding.foldedHash(body, start, i));
                start = -1;
            }
        }
        return Arrays.copyOf(hashes, count);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || ArabicFolding.isIgnorableMark(c);
    }

    /** A 64-bit finaliser (SplitMix64): spreads every input bit over the whole value. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
