package dev.baton.settings;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image types a logo may have, recognised by the file's first bytes, never by the
 * name or the type the browser claims. SVG is refused: it can carry scripts.
 */
enum Logo {

	PNG("image/png", new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
	JPEG("image/jpeg", new int[] { 0xFF, 0xD8, 0xFF }), WEBP("image/webp", null);

	/** Large enough for any logo, small enough to send with every login page. */
	static final int MAX_BYTES = 256 * 1024;

	private final String mediaType;

	private final int[] magic;

	Logo(String mediaType, int[] magic) {
		this.mediaType = mediaType;
		this.magic = magic;
	}

	String mediaType() {
		return mediaType;
	}

	/** The type of an image by its content; empty when it is none of these. */
	static Optional<Logo> of(byte[] bytes) {
		return Arrays.stream(values()).filter(type -> type.matches(bytes)).findFirst();
	}

	private boolean matches(byte[] bytes) {
		if (this == WEBP) {
			// RIFF....WEBP
			return bytes.length >= 12 && startsWith(bytes, 0, new int[] { 'R', 'I', 'F', 'F' })
					&& startsWith(bytes, 8, new int[] { 'W', 'E', 'B', 'P' });
		}
		return startsWith(bytes, 0, magic);
	}

	private static boolean startsWith(byte[] bytes, int offset, int[] expected) {
		if (bytes.length < offset + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[offset + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

}
