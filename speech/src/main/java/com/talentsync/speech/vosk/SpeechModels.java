package com.talentsync.speech.vosk;

import com.talentsync.core.resume.InputError.Kind;
import com.talentsync.core.resume.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Where speech models come from: the default English model that ships inside the app, or a
 * user's own model folder or downloaded zip. Either way the result is a validated folder in the
 * cache, unpacked once and reused.
 */
public final class SpeechModels {

    /** The model that ships with the app (Apache 2.0, from Maven Central's vosk-model-en aar). */
    public static final String DEFAULT_MODEL_NAME = "vosk-model-small-en-us-0.15";

    static final String DEFAULT_MODEL_RESOURCE = "/talentsync/speech/" + DEFAULT_MODEL_NAME + ".zip";
    /** Where the model sits inside the Android aar; {@code uuid} there is Android-only. */
    private static final String AAR_MODEL_PREFIX = "assets/model-en-us/";
    private static final Set<String> ANDROID_ONLY = Set.of("uuid");
    /** The model root may sit a few folders down in a user's zip ("vosk-model-x/", "models/x/"). */
    private static final int MAX_ROOT_DEPTH = 3;
    private static final String CHOOSE = "(choose a Vosk model folder or its .zip)";

    private static final Object UNPACK_LOCK = new Object();

    private SpeechModels() {}

    /**
     * The default model, unpacked from the app's class path into
     * {@code cacheFolder/vosk-model-small-en-us-0.15/} the first time and reused afterwards.
     *
     * @throws InputException UNAVAILABLE when the build lacks the model or the cache is not writable
     */
    public static Path defaultModel(Path cacheFolder) throws InputException {
        Path target = cacheFolder.resolve(DEFAULT_MODEL_NAME);
        synchronized (UNPACK_LOCK) {
            if (ModelUnzipper.isComplete(target)) {
                return target;
            }
            try (InputStream zip = SpeechModels.class.getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
                if (zip == null) {
                    throw new InputException(Kind.UNAVAILABLE, "the built-in speech model is missing from this build: "
                            + "choose a Vosk model folder or its .zip in the settings");
                }
                unpackInto(target, tmp -> new ModelUnzipper().unpack(zip, AAR_MODEL_PREFIX, tmp, ANDROID_ONLY));
            } catch (IOException e) {
                throw cannotUnpack(DEFAULT_MODEL_NAME, cacheFolder, e);
            }
        }
        ModelLayout.validate(target);
        return target;
    }

    /**
     * A model the user chose: a folder is validated and returned as it is; a zip is unpacked
     * safely into {@code cacheFolder} (once per zip file) and the model root inside it returned.
     *
     * @throws InputException NOT_FOUND, UNSUPPORTED (not a model, not a zip), CORRUPT (broken zip
     *                        or model), TOO_LARGE (zip bomb), UNAVAILABLE (cache not writable)
     */
    public static Path prepare(Path folderOrZip, Path cacheFolder) throws InputException {
        if (!Files.exists(folderOrZip)) {
            throw new InputException(Kind.NOT_FOUND, "speech model folder not found: " + folderOrZip + " " + CHOOSE);
        }
        if (Files.isDirectory(folderOrZip)) {
            ModelLayout.validate(folderOrZip);
            return folderOrZip;
        }
        String fileName = folderOrZip.getFileName().toString();
        if (!looksLikeZip(folderOrZip)) {
            throw new InputException(Kind.UNSUPPORTED, "not a Vosk model: " + fileName
                    + " is neither a model folder nor a .zip " + CHOOSE);
        }
        Path target = cacheFolder.resolve(cacheName(folderOrZip));
        synchronized (UNPACK_LOCK) {
            if (!ModelUnzipper.isComplete(target)) {
                try {
                    unpackInto(target, tmp -> {
                        try (InputStream in = Files.newInputStream(folderOrZip)) {
                            return new ModelUnzipper().unpack(in, "", tmp, Set.of());
                        }
                    });
                } catch (ModelUnzipper.UnsafeZipException e) {
                    Kind kind = e.getMessage().contains("more than") ? Kind.TOO_LARGE : Kind.CORRUPT;
                    throw new InputException(kind, "refused model zip: " + fileName + " is unsafe to unpack: "
                            + e.getMessage(), e);
                } catch (ZipException | java.io.EOFException e) {
                    throw new InputException(Kind.CORRUPT, "corrupt model zip: " + fileName
                            + " cannot be unpacked (" + e.getMessage() + "); download it again", e);
                } catch (IOException e) {
                    throw cannotUnpack(fileName, cacheFolder, e);
                }
            }
        }
        Path root;
        try {
            root = ModelUnzipper.findModelRoot(target, MAX_ROOT_DEPTH).orElse(null);
        } catch (IOException e) {
            throw cannotUnpack(fileName, cacheFolder, e);
        }
        if (root == null) {
            ModelUnzipper.deleteQuietly(target);
            throw new InputException(Kind.UNSUPPORTED, "not a Vosk model: " + fileName
                    + " holds no am/final.mdl (a Vosk model zip holds a folder with am/, conf/ and graph/)");
        }
        ModelLayout.validate(root);
        return root;
    }

    @FunctionalInterface
    private interface Unpack {
        boolean into(Path tmp) throws IOException;
    }

    /**
     * Unpacks into a fresh temporary folder beside {@code target}, marks it complete, then moves it
     * into place in one step, so {@code target} is either absent or whole.
     */
    private static void unpackInto(Path target, Unpack unpack) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".unpacking-");
        try {
            unpack.into(tmp);
            ModelUnzipper.mark(tmp);
            // A stale, incomplete target (an old interrupted run) goes first.
            ModelUnzipper.deleteQuietly(target);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                // Another process finished first; theirs is as good as ours when complete.
                if (!ModelUnzipper.isComplete(target)) {
                    throw e;
                }
            }
        } finally {
            ModelUnzipper.deleteQuietly(tmp);
        }
    }

    private static boolean looksLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        } catch (IOException e) {
            return false;
        }
    }

    /** "name-hash": one cache folder per zip file, changed when the file is replaced. */
    private static String cacheName(Path zip) throws InputException {
        String base = zip.getFileName().toString().replaceFirst("(?i)\\.zip$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        try {
            BasicFileAttributes attributes = Files.readAttributes(zip, BasicFileAttributes.class);
            String identity = zip.toAbsolutePath().normalize() + "|" + attributes.size() + "|"
                    + attributes.lastModifiedTime().toMillis();
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return base + "-" + HexFormat.of().formatHex(digest, 0, 6);
        } catch (IOException e) {
            throw new InputException(Kind.UNREADABLE, "cannot read the speech model zip: " + zip
                    + " (check its permissions)", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    private static InputException cannotUnpack(String what, Path cacheFolder, IOException e) {
        return new InputException(Kind.UNAVAILABLE, "cannot unpack the speech model " + what + " into " + cacheFolder
                + ": " + String.valueOf(e.getMessage()).replace('\n', ' ') + " (check free disk space and permissions)", e);
    }
}
