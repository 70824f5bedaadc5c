package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Publishes every model in {@code processes/} (copied onto the classpath by the build)
 * with the forms from {@code forms/} it references, one deployment per process. Runs
 * before Baton takes requests; a model that cannot be published stops the start with a
 * message naming it. A process whose latest version was published in the designer is left
 * alone: the designer's version stays the one new requests use, even when a newer Baton
 * ships a changed file.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ShippedProcesses implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ShippedProcesses.class);

	private final ProcessPublisher publisher;

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	ShippedProcesses(ProcessPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void run(ApplicationArguments args) {
		publish(resources("classpath*:processes/**/*.bpmn"), FormCatalog.load(resources("classpath*:forms/**/*.form")));
	}

	void publish(List<Resource> models, FormCatalog forms) {
		for (Resource bpmn : models) {
			ProcessBundle bundle = ModelFiles.bundle(bpmn.getFilename(), read(bpmn), forms);
			if (publisher.latestIsFromDesigner(bundle.name())) {
				// a designer changed the process since: a newer shipped file must not
				// replace their version
				log.info(
						"Process {}: its latest version was published in the designer; the shipped model is left unpublished",
						bundle.name());
				continue;
			}
			ProcessPublisher.PublishResult result = publisher.publish(bundle);
			log.info("Process {}: {}", bundle.name(),
					result.newVersion() ? "published a new version" : "unchanged, nothing deployed");
		}
	}

	private List<Resource> resources(String pattern) {
		try {
			List<Resource> found = new ArrayList<>(Arrays.asList(resolver.getResources(pattern)));
			found.sort(Comparator.comparing(Resource::getFilename));
			return found;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list " + pattern, e);
		}
	}

	static byte[] read(Resource resource) {
		try (var in = resource.getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
		}
	}

	static String text(byte[] bytes) {
		return new String(bytes, UTF_8);
	}

}
