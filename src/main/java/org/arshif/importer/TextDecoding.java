package org.arshif.importer;

import org.arshif.model.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds a text file's encoding from its bytes and decodes it: UTF-8 with or without a byte-order mark, UTF-16 with
 * one, and Windows-1256 (the legacy Arabic code page) recognised without being told. Anything else is refused with
 * a reason — never decoded into mojibake.
 */
final class TextDecoding {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** The bytes could not be read as text in any encoding that can be told apart with confidence. */
    static final class UndecidableEncodingException extends RefusedInputException {
        UndecidableEncodingException(Problem problem) {
            super(problem);
        }
    }

    /** An encoding found and where the text starts (after a byte-order mark). */
    record Detected(Charset charset, int offset) {
    }

    private TextDecoding() {
    }

    static String decode(byte[] bytes) throws UndecidableEncodingException {
        Detected detected = detect(bytes, bytes.length);
        try {
            return strict(detected.charset()).decode(ByteBuffer.wrap(bytes, detected.offset(),
                    bytes.length - detected.offset())).toString();
        } catch (CharacterCodingException e) {
            throw new UndecidableEncodingException(Problem.of(Problem.Code.NOT_VALID_TEXT, detected.charset().name()));
        }
    }

    /**
     * The encoding of text whose first {@code length} bytes are given (a whole file, or the head of a large one). A
     * byte-order mark decides; else valid UTF-8 is UTF-8; else bytes that read as Arabic in Windows-1256 are that;
     * NUL bytes without a mark mean binary data (or UTF-16 without a mark, which cannot be told from it safely).
     */
    static Detected detect(byte[] bytes, int length) throws UndecidableEncodingException {
        if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, length, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(bytes, length, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                throw new UndecidableEncodingException(Problem.of(Problem.Code.BINARY_OR_UTF16));
            }
        }
        if (isUtf8(bytes, length)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        if (readsAsArabic(bytes, length)) {
            return new Detected(WINDOWS_1256, 0);
        }
        throw new UndecidableEncodingException(Problem.of(Problem.Code.ENCODING_UNDECIDABLE));
    }

    /** A strict decoder: malformed or unmappable input is an error, never a replacement character. */
    static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Valid UTF-8, allowing the last few bytes to be a character cut by the end of a head. */
    private static boolean isUtf8(byte[] bytes, int length) {
        var decoder = strict(StandardCharsets.UTF_8);
        CharBuffer out = CharBuffer.allocate(length + 1);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        var result = decoder.decode(in, out, false);
        return !result.isError() && in.remaining() < 4;
    }

    /**
     * True when the bytes, read as Windows-1256, are text in Arabic letters: most characters beyond ASCII are
     * Arabic letters, marks or punctuation (Latin-1 or Cyrillic text read this way gives accented Latin letters or
     * unrelated letters instead), and no control characters appear.
     */
    private static boolean readsAsArabic(byte[] bytes, int length) {
        String text = new String(bytes, 0, length, WINDOWS_1256);
        int beyondAscii = 0;
        int arabic = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (c >= 0x80) {
                beyondAscii++;
                arabic += (c >= 0x0600 && c <= 0x06FF) || c == 0x200C || c == 0x200D || c == 0x200E || c == 0x200F
                        || c == 0x00AB || c == 0x00BB ? 1 : 0;
            }
        }
        return beyondAscii > 0 && arabic >= 0.9 * beyondAscii;
    }

    private static boolean startsWith(byte[] bytes, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
