package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReadError;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * What is inside a ZIP package (an OFD, a .docx, a new-style .wps are all ZIPs). Nothing in it is
 * trusted: names are listed from the central directory without inflating anything, entry names are
 * checked before anything is written, and what is unpacked is bounded in size and count.
 */
final class ZipContainer {
    /** Unpacked XML beyond this is a zip bomb, not a report (a 300-page OFD has a few MB of XML). */
    static final long MAX_UNPACKED = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 50_000;

    private ZipContainer() {
    }

    /**
     * The entry names from the central directory at the end of the ZIP, read without inflating
     * anything; empty when the bytes are not a ZIP or its directory is missing (a truncated file).
     */
    static Set<String> names(byte[] b) {
        Set<String> names = new LinkedHashSet<>();
        if (!FormatSniffer.isZip(b)) {
            return names;
        }
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return names;
        }
        int count = u16(b, eocd + 10);
        long offset = u32(b, eocd + 16);
        int p = (int) Math.min(offset, Integer.MAX_VALUE);
        for (int k = 0; k < count && k < MAX_ENTRIES; k++) {
            if (p < 0 || p + 46 > b.length || !(b[p] == 'P' && b[p + 1] == 'K' && b[p + 2] == 1 && b[p + 3] == 2)) {
                break;
            }
            int nameLen = u16(b, p + 28);
            int extraLen = u16(b, p + 30);
            int commentLen = u16(b, p + 32);
            if (p + 46 + nameLen > b.length) {
                break;
            }
            boolean utf8 = (u16(b, p + 8) & 0x800) != 0;
            names.add(new String(b, p + 46, nameLen, utf8 ? StandardCharsets.UTF_8 : TextDecoder.GB18030));
            p += 46 + nameLen + extraLen + commentLen;
        }
        return names;
    }

    private static int u16(byte[] b, int i) {
        return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
    }

    private static long u32(byte[] b, int i) {
        return (u16(b, i) | (long) u16(b, i + 2) << 16);
    }

    static boolean contains(Set<String> names, String name) {
        for (String n : names) {
            String s = n.startsWith("/") ? n.substring(1) : n;
            if (s.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Unpacks the entries whose names end with one of {@code suffixes} into {@code dir}. Refuses names
     * that would leave the folder and packages that unpack beyond {@link #MAX_UNPACKED}.
     */
    static void unpack(byte[] bytes, Path dir, String what, String... suffixes) throws ReadException {
        Path root = dir.toAbsolutePath().normalize();
        long total = 0;
        Path copy = null;
        try {
            // ZipFile reads the central directory and opens only the entries asked for, so entries that
            // are skipped (fonts, images) are never inflated.
            copy = Files.createTempFile("fazhi-zip-", ".zip");
            Files.write(copy, bytes);
            try (ZipFile zip = new ZipFile(copy.toFile(), StandardCharsets.UTF_8)) {
                if (zip.size() > MAX_ENTRIES) {
                    throw unsafe(what, "it holds more than " + MAX_ENTRIES + " entries");
                }
                byte[] buf = new byte[64 * 1024];
                for (var it = zip.entries(); it.hasMoreElements(); ) {
                    ZipEntry e = it.nextElement();
                    String name = e.getName().replace('\\', '/');
                    while (name.startsWith("/")) {
                        name = name.substring(1);
                    }
                    if (e.isDirectory() || !endsWithAny(name, suffixes)) {
                        continue;
                    }
                    Path target = root.resolve(name).normalize();
                    if (!target.startsWith(root) || name.contains("..") || name.indexOf(':') >= 0) {
                        throw unsafe(what, "an entry's name points outside the package (" + e.getName() + ")");
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = zip.getInputStream(e); OutputStream out = Files.newOutputStream(target)) {
                        int n;
                        while ((n = in.read(buf)) > 0) {
                            total += n;
                            if (total > MAX_UNPACKED) {
                                throw unsafe(what, "it expands far beyond its size (a zip bomb)");
                            }
                            out.write(buf, 0, n);
                        }
                    }
                }
            }
        } catch (ReadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ReadException(ReadError.Kind.CORRUPT,
                    "the " + what + " is damaged or truncated and cannot be opened (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temporary file
                }
            }
        }
    }

    private static boolean endsWithAny(String name, String... suffixes) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String s : suffixes) {
            if (lower.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    private static ReadException unsafe(String what, String why) {
        return new ReadException(ReadError.Kind.UNSAFE, "refused as unsafe: the " + what + " was not read because " + why);
    }

    /** Deletes a folder made for unpacking, quietly: a left-over temporary file is not the user's problem. */
    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // the OS cleans its temporary folder eventually
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // as above
        }
    }

}
