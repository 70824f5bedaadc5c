package dev.baton.modeling;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;

/**
 * form-js files indexed by the top-level {@code id} that {@code camunda:formRef} points
 * at.
 */
final class FormCatalog {

	private static final ObjectMapper JSON = new ObjectMapper();

	record FormFile(String id, String resourceName, byte[] json) {
	}

	private final Map<String, FormFile> byId;

	private FormCatalog(Map<String, FormFile> byId) {
		this.byId = byId;
	}

	static FormCatalog load(List<Resource> resources) {
		Map<String, FormFile> byId = new HashMap<>();
		for (Resource resource : resources) {
			byte[] json = ShippedProcesses.read(resource);
			String id = idOf(resource.getFilename(), json);
			FormFile previous = byId.put(id, new FormFile(id, resource.getFilename(), json));
			if (previous != null) {
				throw new ModelFileException("Forms " + previous.resourceName() + " and " + resource.getFilename()
						+ " both have the id '" + id + "'; form ids must be unique");
			}
		}
		return new FormCatalog(byId);
	}

	Optional<FormFile> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	private static String idOf(String fileName, byte[] json) {
		try {
			JsonNode id = JSON.readTree(json).path("id");
			if (!id.isTextual() || id.asText().isBlank()) {
				throw new ModelFileException(
						"Form " + fileName + " has no top-level \"id\"; camunda:formRef needs one");
			}
			return id.asText();
		}
		catch (IOException e) {
			throw new ModelFileException("Form " + fileName + " is not valid JSON: " + e.getMessage());
		}
	}

}
