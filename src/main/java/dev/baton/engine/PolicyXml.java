package dev.baton.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * A model file read for the safety policy, before the engine reads it: refused at the
 * first DOCTYPE (so no entity is ever declared or expanded and no external file is ever
 * opened), without schema, XInclude or external DTDs, and only up to a nesting depth.
 * Elements keep their namespace, local name, attributes and text, like the engine's own
 * reader, which matches elements by local name in any namespace.
 */
final class PolicyXml {

	/** How the file could not be read; {@code null} when it was read. */
	enum Failure {

		DOCTYPE, MALFORMED, TOO_DEEP

	}

	record Attribute(String uri, String localName, String qName, String value) {
	}

	static final class Node {

		final String uri;

		final String localName;

		final List<Attribute> attributes;

		final Node parent;

		final List<Node> children = new ArrayList<>();

		final StringBuilder text = new StringBuilder();

		Node(String uri, String localName, List<Attribute> attributes, Node parent) {
			this.uri = uri == null ? "" : uri;
			this.localName = localName;
			this.attributes = attributes;
			this.parent = parent;
		}

		String attribute(String name) {
			for (Attribute attribute : attributes) {
				if (attribute.uri().isEmpty() && attribute.localName().equals(name)) {
					return attribute.value();
				}
			}
			return null;
		}

		String text() {
			return text.toString();
		}

		boolean is(String name) {
			return localName.equals(name);
		}

	}

	record Result(Node root, Failure failure, String problem) {
	}

	private PolicyXml() {
	}

	static Result read(byte[] bytes, int maxDepth) {
		TreeHandler handler = new TreeHandler(maxDepth);
		try {
			SAXParser parser = factory().newSAXParser();
			parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			InputSource source = new InputSource(new ByteArrayInputStream(bytes));
			parser.parse(source, handler);
			if (handler.root == null) {
				return new Result(null, Failure.MALFORMED, "no root element");
			}
			return new Result(handler.root, null, null);
		}
		catch (Stop stop) {
			return new Result(null, stop.failure, null);
		}
		catch (SAXParseException malformed) {
			return new Result(null, Failure.MALFORMED,
					"line " + malformed.getLineNumber() + ": " + malformed.getMessage());
		}
		catch (SAXException | IOException | ParserConfigurationException malformed) {
			return new Result(null, Failure.MALFORMED, String.valueOf(malformed.getMessage()));
		}
	}

	private static SAXParserFactory factory() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		return factory;
	}

	/** Aborts reading: thrown from the handler, so it surfaces unchanged. */
	private static final class Stop extends SAXException {

		private static final long serialVersionUID = 1L;

		final transient Failure failure;

		Stop(Failure failure) {
			super(failure.name());
			this.failure = failure;
		}

	}

	private static final class TreeHandler extends DefaultHandler2 {

		private final int maxDepth;

		private Node root;

		private Node current;

		private int depth;

		TreeHandler(int maxDepth) {
			this.maxDepth = maxDepth;
		}

		@Override
		public void startDTD(String name, String publicId, String systemId) throws SAXException {
			throw new Stop(Failure.DOCTYPE);
		}

		@Override
		public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
				throws SAXException {
			throw new Stop(Failure.DOCTYPE);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (++depth > maxDepth) {
				throw new Stop(Failure.TOO_DEEP);
			}
			List<Attribute> copied = new ArrayList<>(attributes.getLength());
			for (int i = 0; i < attributes.getLength(); i++) {
				copied.add(new Attribute(attributes.getURI(i) == null ? "" : attributes.getURI(i),
						attributes.getLocalName(i).isEmpty() ? attributes.getQName(i) : attributes.getLocalName(i),
						attributes.getQName(i), attributes.getValue(i)));
			}
			Node node = new Node(uri, localName.isEmpty() ? qName : localName, copied, current);
			if (current == null) {
				root = node;
			}
			else {
				current.children.add(node);
			}
			current = node;
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			depth--;
			current = current.parent;
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (current != null) {
				current.text.append(ch, start, length);
			}
		}

	}

}
