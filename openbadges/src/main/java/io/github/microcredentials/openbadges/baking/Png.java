package io.github.microcredentials.openbadges.baking;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Baking and unbaking PNG (ISO/IEC 15948, W3C PNG §5 and §11.3.4.5): the chunk layout is walked
 * and every CRC checked; image data is never decompressed.
 */
final class Png {

    static final String KEYWORD = "openbadgecredential";
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] KEYWORD_BYTES = KEYWORD.getBytes(StandardCharsets.ISO_8859_1);

    /** A chunk: where it starts (its length field), its type and where and how long its data is. */
    record Chunk(int offset, String type, int dataOffset, int length) {
        int end() {
            return dataOffset + length + 4;
        }
    }

    private Png() {
    }

    static boolean isPng(byte[] image) {
        if (image.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (image[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The chunks of a PNG datastream, checked: lengths within the data, CRCs, {@code IHDR} first
     * with no more pixels than allowed, {@code IEND} last with nothing after it.
     *
     * @throws BakingException naming the first structural problem found
     */
    static List<Chunk> chunks(byte[] png, long maxPixels) throws BakingException {
        List<Chunk> chunks = new ArrayList<>();
        int pos = SIGNATURE.length;
        CRC32 crc = new CRC32();
        while (true) {
            if (png.length - pos < 12) {
                throw problem(BakingProblem.Code.TRUNCATED, "the PNG ends at byte " + png.length + " before its IEND chunk");
            }
            long length = readUint(png, pos);
            String type = new String(png, pos + 4, 4, StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE || !isChunkType(type)) {
                throw problem(BakingProblem.Code.MALFORMED, "no valid chunk header at byte " + pos);
            }
            if (length > png.length - pos - 12L) {
                throw problem(BakingProblem.Code.TRUNCATED, "chunk " + type + " at byte " + pos + " declares " + length
                        + " bytes of data, but only " + Math.max(0, png.length - pos - 12) + " remain");
            }
            Chunk chunk = new Chunk(pos, type, pos + 8, (int) length);
            crc.reset();
            crc.update(png, pos + 4, 4 + chunk.length());
            if (crc.getValue() != readUint(png, chunk.dataOffset() + chunk.length())) {
                throw problem(BakingProblem.Code.CORRUPT, "chunk " + type + " at byte " + pos + " fails its CRC");
            }
            if (chunks.isEmpty()) {
                checkHeader(png, chunk, maxPixels);
            }
            chunks.add(chunk);
            pos = chunk.end();
            if (type.equals("IEND")) {
                if (pos != png.length) {
                    throw problem(BakingProblem.Code.MALFORMED, (png.length - pos) + " bytes after the IEND chunk");
                }
                return chunks;
            }
        }
    }

    /** Checks {@code IHDR}: first, 13 bytes, non-zero size, at most {@code maxPixels} pixels. */
    private static void checkHeader(byte[] png, Chunk chunk, long maxPixels) throws BakingException {
        if (!chunk.type().equals("IHDR") || chunk.length() != 13) {
            throw problem(BakingProblem.Code.MALFORMED, "the first chunk is " + chunk.type() + ", not a 13-byte IHDR");
        }
        long width = readUint(png, chunk.dataOffset());
        long height = readUint(png, chunk.dataOffset() + 4);
        if (width == 0 || height == 0) {
            throw problem(BakingProblem.Code.MALFORMED, "the image has no pixels (" + width + " x " + height + ")");
        }
        if (width * height > maxPixels) {
            throw problem(BakingProblem.Code.TOO_MANY_PIXELS, "the image declares " + width + " x " + height + " = "
                    + width * height + " pixels; the limit is " + maxPixels + " (not decoded)");
        }
    }

    static UnbakeResult unbake(byte[] png, long maxPixels, long maxCredentialBytes) {
        List<Chunk> credentials = new ArrayList<>();
        try {
            for (Chunk chunk : chunks(png, maxPixels)) {
                if (chunk.type().equals("iTXt") && hasCredentialKeyword(png, chunk)) {
                    credentials.add(chunk);
                }
            }
            if (credentials.isEmpty()) {
                return UnbakeResult.failed(BakingProblem.Code.NOT_BAKED, "the PNG has no iTXt chunk '" + KEYWORD + "'");
            }
            if (credentials.size() > 1) {
                return UnbakeResult.failed(BakingProblem.Code.DUPLICATE_CREDENTIAL, credentials.size() + " iTXt chunks '"
                        + KEYWORD + "', at bytes " + offsets(credentials) + "; Open Badges 3.0 allows one");
            }
            return UnbakeResult.found(credential(png, credentials.get(0), maxCredentialBytes));
        } catch (BakingException e) {
            return UnbakeResult.failed(List.of(e.problem()));
        }
    }

    /** Reads the {@code iTXt} header (keyword, compression, language, translated keyword) and the text. */
    private static BakedCredential credential(byte[] png, Chunk chunk, long maxBytes) throws BakingException {
        int end = chunk.dataOffset() + chunk.length();
        int pos = chunk.dataOffset() + KEYWORD_BYTES.length + 1;
        if (end - pos < 2) {
            throw problem(BakingProblem.Code.MALFORMED, "the iTXt header at byte " + chunk.offset() + " is cut short");
        }
        if (png[pos] != 0 || png[pos + 1] != 0) {
            throw problem(BakingProblem.Code.COMPRESSED, "the iTXt chunk at byte " + chunk.offset()
                    + " is compressed; Open Badges 3.0 forbids compression");
        }
        pos = skipNul(png, skipNul(png, pos + 2, end, chunk), end, chunk);
        byte[] text = java.util.Arrays.copyOfRange(png, pos, end);
        if (text.length > maxBytes) {
            throw problem(BakingProblem.Code.TOO_LARGE, "the credential has " + text.length + " bytes; the limit is " + maxBytes);
        }
        try {
            BakedCredential.Form form = CredentialText.classify(CredentialText.decode(text)).orElseThrow(() -> problem(
                    BakingProblem.Code.NOT_A_CREDENTIAL, "the iTXt text is neither a JSON object nor a compact JWS"));
            return new BakedCredential(form, BakedCredential.ImageFormat.PNG, text);
        } catch (CharacterCodingException e) {
            throw problem(BakingProblem.Code.INVALID_TEXT, "the iTXt text at byte " + chunk.offset() + " is not valid UTF-8");
        }
    }

    /** The position after the next NUL byte (a null-terminated iTXt field) before {@code end}. */
    private static int skipNul(byte[] png, int from, int end, Chunk chunk) throws BakingException {
        for (int i = from; i < end; i++) {
            if (png[i] == 0) {
                return i + 1;
            }
        }
        throw problem(BakingProblem.Code.MALFORMED, "the iTXt header at byte " + chunk.offset() + " is cut short");
    }

    static byte[] bake(byte[] png, byte[] credential, long maxPixels) throws BakingException {
        List<Chunk> chunks = chunks(png, maxPixels);
        for (Chunk chunk : chunks) {
            if (chunk.type().equals("iTXt") && hasCredentialKeyword(png, chunk)) {
                throw problem(BakingProblem.Code.ALREADY_BAKED, "the PNG already has an iTXt chunk '" + KEYWORD
                        + "' at byte " + chunk.offset());
            }
        }
        // Right after IHDR: an extractor that stops at the first credential chunk finds it at once.
        int afterHeader = chunks.get(0).end();
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + credential.length + 64);
        out.write(png, 0, afterHeader);
        writeCredentialChunk(out, credential);
        out.write(png, afterHeader, png.length - afterHeader);
        return out.toByteArray();
    }

    /** An uncompressed {@code iTXt} chunk: keyword, NUL, flag 0, method 0, empty language and translation. */
    private static void writeCredentialChunk(ByteArrayOutputStream out, byte[] text) {
        ByteArrayOutputStream data = new ByteArrayOutputStream(text.length + 32);
        data.writeBytes("iTXt".getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(KEYWORD_BYTES);
        data.writeBytes(new byte[] {0, 0, 0, 0, 0});
        data.writeBytes(text);
        byte[] typeAndData = data.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(typeAndData);
        writeUint(out, typeAndData.length - 4);
        out.writeBytes(typeAndData);
        writeUint(out, crc.getValue());
    }

    private static boolean hasCredentialKeyword(byte[] png, Chunk chunk) {
        if (chunk.length() <= KEYWORD_BYTES.length) {
            return false;
        }
        for (int i = 0; i < KEYWORD_BYTES.length; i++) {
            if (png[chunk.dataOffset() + i] != KEYWORD_BYTES[i]) {
                return false;
            }
        }
        return png[chunk.dataOffset() + KEYWORD_BYTES.length] == 0;
    }

    private static boolean isChunkType(String type) {
        for (int i = 0; i < 4; i++) {
            char c = type.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z')) {
                return false;
            }
        }
        return true;
    }

    private static String offsets(List<Chunk> chunks) {
        return String.join(", ", chunks.stream().map(c -> Integer.toString(c.offset())).toList());
    }

    private static long readUint(byte[] b, int pos) {
        return ((b[pos] & 0xffL) << 24) | ((b[pos + 1] & 0xffL) << 16) | ((b[pos + 2] & 0xffL) << 8) | (b[pos + 3] & 0xffL);
    }

    private static void writeUint(ByteArrayOutputStream out, long value) {
        out.write((int) (value >>> 24) & 0xff);
        out.write((int) (value >>> 16) & 0xff);
        out.write((int) (value >>> 8) & 0xff);
        out.write((int) value & 0xff);
    }

    private static BakingException problem(BakingProblem.Code code, String message) {
        return new BakingException(new BakingProblem(code, message));
    }
}
