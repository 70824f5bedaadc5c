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
import org.xml.sax.Locator;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;
import org.xml.sax.ext.Locator2;

/**
 * A model file read for the safety policy, before the engine reads it: refused at the
 * first DOCTYPE (so no entity is ever declared or expanded and no external file is ever
 * opened) and at the first XInclude element, without schema or external DTDs, and only up
 * to a nesting depth. Elements keep their namespace, local name, attributes, text and
 * where their start tag begins (line and column), like the engine's own reader, which
 * matches elements by local name in any namespace.
 */
final class PolicyXml {

	/** How the file could not be read; {@code null} when it was read. */
	enum Failure {

		DOCTYPE, XINCLUDE, MALFORMED, TOO_DEEP

	}

	/** The namespaces of XInclude (the recommendation and its 2003 draft). */
	static final java.util.Set<String> XINCLUDE_NAMESPACES = java.util.Set.of("http://www.w3.org/2001/XInclude",
			"http://www.w3.org/2003/XInclude");

	record Attribute(String uri, String localName, String qName, String value) {
	}

	static final class Node {

		final String uri;

		final String localName;

		final List<Attribute> attributes;

		final Node parent;

		final List<Node> children = new ArrayList<>();

		final StringBuilder text = new StringBuilder();

		/** Where the start tag begins, from 1; 0 when unknown. */
		int line;

		int column;

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

	/**
	 * @param line where the failure is, from 1 ({@code null} when unknown)
	 * @param encoding the encoding the reader found ({@code null} when unknown)
	 */
	record Result(Node root, Failure failure, String problem, Integer line, Integer column, String encoding) {

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
				return new Result(null, Failure.MALFORMED, "no root element", null, null, handler.encoding);
			}
			XmlPositions positions = XmlPositions.of(bytes, handler.encoding);
			for (Node node : handler.nodes) {
				XmlPositions.Position start = positions.markupStart(node.line, node.column);
				node.line = start.line();
				node.column = start.column();
			}
			return new Result(handler.root, null, null, null, null, handler.encoding);
		}
		catch (Stop stop) {
			XmlPositions.Position start = XmlPositions.of(bytes, handler.encoding).markupStart(stop.line, stop.column);
			return new Result(null, stop.failure, null, start.line(), start.column(), handler.encoding);
		}
		catch (SAXParseException malformed) {
			Integer line = malformed.getLineNumber() > 0 ? malformed.getLineNumber() : null;
			Integer column = malformed.getColumnNumber() > 0 ? malformed.getColumnNumber() : null;
			return new Result(null, Failure.MALFORMED,
					(line == null ? "" : "line " + line + ": ") + malformed.getMessage(), line, column,
					handler.encoding);
		}
		catch (SAXException | IOException | ParserConfigurationException malformed) {
			return new Result(null, Failure.MALFORMED, String.valueOf(malformed.getMessage()), null, null,
					handler.encoding);
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

		final int line;

		final int column;

		Stop(Failure failure, Locator locator) {
			super(failure.name());
			this.failure = failure;
			this.line = locator == null ? 0 : locator.getLineNumber();
			this.column = locator == null ? 0 : locator.getColumnNumber();
		}

	}

	private static final class TreeHandler extends DefaultHandler2 {

		private final int maxDepth;

		private Node root;

		private Node current;

		private int depth;

		private final List<Node> nodes = new ArrayList<>();

		private Locator locator;

		private String encoding;

		TreeHandler(int maxDepth) {
			this.maxDepth = maxDepth;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		/** The encoding the reader found, known once reading has begun. */
		private void noteEncoding() {
			if (encoding == null && locator instanceof Locator2 found) {
				encoding = found.getEncoding();
			}
		}

		@Override
		public void startDTD(String name, String publicId, String systemId) throws SAXException {
			noteEncoding();
			throw new Stop(Failure.DOCTYPE, locator);
		}

		@Override
		public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
				throws SAXException {
			noteEncoding();
			throw new Stop(Failure.DOCTYPE, locator);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			noteEncoding();
			if (++depth > maxDepth) {
				throw new Stop(Failure.TOO_DEEP, locator);
			}
			if (uri != null && XINCLUDE_NAMESPACES.contains(uri)) {
				throw new Stop(Failure.XINCLUDE, locator);
			}
			List<Attribute> copied = new ArrayList<>(attributes.getLength());
			for (int i = 0; i < attributes.getLength(); i++) {
				copied.add(new Attribute(attributes.getURI(i) == null ? "" : attributes.getURI(i),
						attributes.getLocalName(i).isEmpty() ? attributes.getQName(i) : attributes.getLocalName(i),
						attributes.getQName(i), attributes.getValue(i)));
			}
			Node node = new Node(uri, localName.isEmpty() ? qName : localName, copied, current);
			if (locator != null) {
				node.line = locator.getLineNumber();
				node.column = locator.getColumnNumber();
			}
			nodes.add(node);
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
