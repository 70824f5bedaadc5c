package dev.baton.modeling;

import dev.baton.modeling.ProcessCatalog.Localized;
import org.w3c.dom.Element;

/** Reads a draft's names back from its BPMN, for lists. */
final class DraftNames {

	private DraftNames() {
	}

	/**
	 * The names a draft's BPMN gives its process (name, {@code baton.name.en}), or
	 * {@code null} if unreadable.
	 */
	static Localized of(String xml, String key) {
		try {
			Element root = ModelXml.dom(xml).getDocumentElement();
			Element found = null;
			for (Element process : ModelDom.elements(root, ModelDiff.BPMN_NS, "process")) {
				if (key.equals(process.getAttribute("id")) || found == null) {
					found = process;
				}
			}
			if (found == null) {
				return null;
			}
			String zh = found.getAttribute("name").strip();
			String en = null;
			for (Element property : ModelDom.elements(found, ModelDom.CAMUNDA_NS, "property")) {
				if (ProcessCatalog.ENGLISH_NAME.equals(property.getAttribute("name"))
						&& property.getParentNode().getParentNode().getParentNode() == found) {
					en = property.getAttribute("value").strip();
				}
			}
			zh = zh.isEmpty() ? key : zh;
			return new Localized(zh, en == null || en.isEmpty() ? zh : en);
		}
		catch (ModelXml.Invalid unreadable) {
			return null;
		}
	}

}
