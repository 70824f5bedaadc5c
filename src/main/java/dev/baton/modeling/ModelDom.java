package dev.baton.modeling;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Finding elements in a model's DOM (see {@link ModelXml#dom}) and writing it back as
 * text.
 */
final class ModelDom {

	static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

	private ModelDom() {
	}

	/** Every element below {@code root} with this name, in document order. */
	static List<Element> elements(Element root, String namespace, String localName) {
		NodeList list = root.getElementsByTagNameNS(namespace, localName);
		List<Element> found = new ArrayList<>();
		for (int i = 0; i < list.getLength(); i++) {
			found.add((Element) list.item(i));
		}
		return found;
	}

	/** The direct children of {@code parent} with this name, in document order. */
	static List<Element> children(Element parent, String namespace, String localName) {
		List<Element> found = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
					&& localName.equals(element.getLocalName())) {
				found.add(element);
			}
		}
		return found;
	}

	/** The document as UTF-8 XML text, declared standalone. */
	static String serialize(Document document) {
		try {
			TransformerFactory factory = TransformerFactory.newInstance();
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
			Transformer transformer = factory.newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			document.setXmlStandalone(true);
			StringWriter out = new StringWriter();
			transformer.transform(new DOMSource(document), new StreamResult(out));
			return out.toString();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot write the copied model", e);
		}
	}

}
