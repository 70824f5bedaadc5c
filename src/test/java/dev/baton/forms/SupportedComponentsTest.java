package dev.baton.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SupportedComponentsTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void namesEveryUnsupportedComponentAlsoInsideGroupsByLabelKeyOrId() throws Exception {
		// given a form with a file picker, and an iframe and html inside a group
		JsonNode schema = JSON.readTree("""
				{"components": [
				  {"type": "textfield", "key": "title", "label": "标题"},
				  {"type": "filepicker", "key": "receipt", "label": "发票"},
				  {"type": "group", "label": "更多", "components": [
				    {"type": "iframe", "id": "Field_site"},
				    {"type": "html", "key": "banner"},
				    {"type": "number", "key": "amount"}
				  ]}
				]}""");
		// when / then
		assertThat(SupportedComponents.in(schema)).containsExactly(
				new SupportedComponents.Unsupported("filepicker", "发票"),
				new SupportedComponents.Unsupported("iframe", "Field_site"),
				new SupportedComponents.Unsupported("html", "banner"));
	}

	@Test
	void findsNothingInAFormOfSupportedComponents() throws Exception {
		JsonNode schema = JSON.readTree("""
				{"components": [{"type": "text", "text": "hi"}, {"type": "dynamiclist", "path": "items",
				  "components": [{"type": "number", "key": "quantity"}]}, {"type": "separator"}]}""");
		assertThat(SupportedComponents.in(schema)).isEmpty();
	}

}
