package th.wastebank.server.backup;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import th.wastebank.json.CanonicalJson;

/**
 * One backup file: a ZIP (any unzip tool opens it) holding {@value #DATABASE} (the SQL dump),
 * the photo store under {@value #PHOTOS}, and last {@value #MANIFEST} (format, created-at, schema
 * and server version, and every other entry's size and SHA-256). The ZIP comment carries the SHA-256
 * of every byte before the ZIP's directory, so one reading pass tells a tampered or damaged file from
 * a whole one before anything is unpacked; a truncated copy has lost the directory at the end and
 * does not open at all.
 *
 * <p>Everything streams: the dump goes from {@code mariadb-dump}'s output into the file and from the
 * file into {@code mariadb}'s input without being held in memory.
 */
final class BackupArchive {
    static final String DATABASE = "database.sql";
    static final String PHOTOS = "photo-store/";
    static final String MANIFEST = "manifest.json";
    static final int FORMAT = 1;
    private static final String COMMENT_PREFIX = "wastebank-backup " + FORMAT;
    private static final Pattern COMMENT = Pattern.compile(
            "wastebank-backup (\\d+) sha256=([0-9a-f]{64}) bytes=(\\d+)");
    private static final JsonMapper JSON = JsonMapper.createDefault();

    private BackupArchive() {
    }

    /** One entry as the manifest lists it. */
    record Entry(String name, long bytes, String sha256) {
        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("bytes", bytes);
            m.put("sha256", sha256);
            return m;
        }
    }

    /**
     * What a backup says about itself.
     *
     * @param schemaVersion the database's latest applied Flyway migration
     * @param photos {@code included}, or why the photos are not in the file
     */
    record Manifest(int format, String createdAt, String schemaVersion, String serverVersion, String photos,
                    List<Entry> files) {
        String toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", format);
            m.put("createdAt", createdAt);
            m.put("schemaVersion", schemaVersion);
            m.put("serverVersion", serverVersion);
            m.put("photos", photos);
            m.put("files", files.stream().map(Entry::toJson).toList());
            return CanonicalJson.write(m);
        }

        @SuppressWarnings("unchecked")
        static Manifest parse(InputStream in) throws IOException {
            Map<String, Object> m = (Map<String, Object>) JSON.readValue(in, Argument.of(Object.class));
            List<Entry> files = new ArrayList<>();
            for (Object o : (List<Object>) m.get("files")) {
                Map<String, Object> f = (Map<String, Object>) o;
                files.add(new Entry((String) f.get("name"), ((Number) f.get("bytes")).longValue(), (String) f.get("sha256")));
            }
            return new Manifest(((Number) m.get("format")).intValue(), (String) m.get("createdAt"),
                    (String) m.get("schemaVersion"), (String) m.get("serverVersion"), (String) m.get("photos"), files);
        }
    }

    /** The file's size and SHA-256 (what {@code sha256sum} prints), once written, and what it says of the photos. */
    record Written(long bytes, String sha256, String photos) {
    }

    /** Writes a backup file entry by entry; {@link #finish} adds the manifest and the checksum. */
    static final class Writer implements AutoCloseable {
        private final MessageDigest whole = sha256();
        private final Counting counted;
        private final ZipOutputStream zip;
        private final List<Entry> entries = new ArrayList<>();

        Writer(Path target) throws IOException {
            counted = new Counting(new BufferedOutputStream(Files.newOutputStream(target), 1 << 16), whole);
            zip = new ZipOutputStream(counted, StandardCharsets.UTF_8);
        }

        /** Adds {@code name} with the bytes of {@code in} (read to its end), compressed or not (photos are already). */
        Entry add(String name, InputStream in, boolean compress) throws IOException {
            MessageDigest digest = sha256();
            zip.setLevel(compress ? Deflater.BEST_SPEED : Deflater.NO_COMPRESSION);
            zip.putNextEntry(new ZipEntry(name));
            long bytes;
            try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
                bytes = digesting.transferTo(zip);
            }
            zip.closeEntry();
            Entry entry = new Entry(name, bytes, HexFormat.of().formatHex(digest.digest()));
            entries.add(entry);
            return entry;
        }

        Written finish(String createdAt, String schemaVersion, String serverVersion, String photos) throws IOException {
            Manifest manifest = new Manifest(FORMAT, createdAt, schemaVersion, serverVersion, photos, List.copyOf(entries));
            zip.setLevel(Deflater.DEFAULT_COMPRESSION);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(manifest.toJson().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.flush();
            String entriesSha = HexFormat.of().formatHex(copyOf(whole).digest());
            zip.setComment(COMMENT_PREFIX + " sha256=" + entriesSha + " bytes=" + counted.count);
            zip.finish();
            zip.flush();
            long size = counted.count;
            zip.close();
            return new Written(size, HexFormat.of().formatHex(whole.digest()), photos);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /**
     * Opens {@code file} and checks it whole (the checksum over its entries, each entry's size and
     * SHA-256 against the manifest, no entry the manifest does not list) before the caller unpacks
     * anything from it.
     */
    static Verified verify(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw RestoreRefused.notABackup(file, "there is no such file");
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (startsLikeZip(file)) {
                throw RestoreRefused.truncated(file);
            }
            throw RestoreRefused.notABackup(file, "it is not a ZIP file");
        }
        try {
            Matcher comment = COMMENT.matcher(zip.getComment() == null ? "" : zip.getComment());
            if (!comment.matches()) {
                throw RestoreRefused.notABackup(file, "it has no waste-bank backup checksum");
            }
            if (Integer.parseInt(comment.group(1)) > FORMAT) {
                throw RestoreRefused.newerFormat(file, comment.group(1));
            }
            long covered = Long.parseLong(comment.group(3));
            if (covered > Files.size(file)) {
                throw RestoreRefused.truncated(file);
            }
            if (!comment.group(2).equals(sha256Of(file, covered))) {
                throw RestoreRefused.tampered(file, "its checksum does not match its contents");
            }
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw RestoreRefused.tampered(file, "it has no " + MANIFEST);
            }
            Manifest manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = Manifest.parse(in);
            } catch (IOException | RuntimeException e) {
                throw RestoreRefused.tampered(file, MANIFEST + " cannot be read");
            }
            checkEntries(file, zip, manifest);
            return new Verified(zip, manifest);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static void checkEntries(Path file, ZipFile zip, Manifest manifest) throws IOException {
        Set<String> listed = new HashSet<>();
        for (Entry expected : manifest.files()) {
            listed.add(expected.name());
            ZipEntry entry = zip.getEntry(expected.name());
            if (entry == null) {
                throw RestoreRefused.tampered(file, expected.name() + " is missing");
            }
            MessageDigest digest = sha256();
            long bytes;
            try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
                bytes = in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw RestoreRefused.tampered(file, expected.name() + " is damaged");
            }
            if (bytes != expected.bytes() || !HexFormat.of().formatHex(digest.digest()).equals(expected.sha256())) {
                throw RestoreRefused.tampered(file, expected.name() + " is not what the manifest says");
            }
        }
        for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
            String name = all.nextElement().getName();
            if (!name.equals(MANIFEST) && !listed.contains(name)) {
                throw RestoreRefused.tampered(file, name + " is not in the manifest");
            }
        }
    }

    /** A backup file whose checksums all hold; its entries may be unpacked. */
    static final class Verified implements AutoCloseable {
        private final ZipFile zip;
        private final Manifest manifest;

        private Verified(ZipFile zip, Manifest manifest) {
            this.zip = zip;
            this.manifest = manifest;
        }

        Manifest manifest() {
            return manifest;
        }

        InputStream open(String name) throws IOException {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException("no " + name + " in the backup");
            }
            return zip.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** What the manifest says of the photos ({@code included}, or why not), without checking the file; null if unreadable. */
    static String photosOf(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(MANIFEST);
            if (entry == null) {
                return null;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Manifest.parse(in).photos();
            }
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }

    static String sha256Of(Path file, long length) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long left = length;
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                digest.update(buffer, 0, n);
                left -= n;
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean startsLikeZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static MessageDigest copyOf(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    /** Counts and digests every byte on its way to the file. */
    private static final class Counting extends FilterOutputStream {
        private final MessageDigest digest;
        private long count;

        Counting(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }
    }
}
