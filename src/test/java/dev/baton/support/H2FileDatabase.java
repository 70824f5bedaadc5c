package dev.baton.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An H2 database file in a fresh temporary folder, as Baton uses by default under ./data.
 */
public final class H2FileDatabase implements TestDatabase {

	private final Path folder;

	public H2FileDatabase() {
		try {
			folder = Files.createTempDirectory("baton-h2-");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("spring.datasource.url",
				"jdbc:h2:file:" + folder.resolve("baton") + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=0");
	}

	@Override
	public String[] profiles() {
		return new String[0];
	}

	@Override
	public void close() {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
