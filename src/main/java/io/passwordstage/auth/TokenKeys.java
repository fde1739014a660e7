package io.passwordstage.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Generates token keys as authentik does (60 letters and digits) and digests them for
 * storage.
 */
final class TokenKeys {

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * One digest per thread: looking the algorithm up on every request showed in
	 * profiles.
	 */
	private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	});

	private TokenKeys() {
	}

	static String generate() {
		StringBuilder key = new StringBuilder(60);
		for (int i = 0; i < 60; i++) {
			key.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return key.toString();
	}

	static String digest(String key) {
		// digest() resets the instance, so the next use starts clean
		return HexFormat.of().formatHex(SHA_256.get().digest(key.getBytes(StandardCharsets.UTF_8)));
	}

	/** Compares two digests in time independent of where they differ. */
	static boolean sameDigest(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

}
