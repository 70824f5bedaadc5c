package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import dev.baton.web.ProblemException;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.http.HttpStatus;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * BPMN text from designers, handled safely. Before anything parses it,
 * {@link #requireAcceptable} refuses text over 2 MB and any document type declaration (no
 * DOCTYPE, so no entities, so no XXE or entity expansion). Both parsers used afterwards
 * refuse DOCTYPE on their own as well: Camunda's model API ({@link #read}) and the plain
 * DOM parser for comparing versions ({@link #dom}).
 */
final class ModelXml {

	/** The largest BPMN a draft may hold, in UTF-8 bytes. */
	static final int MAX_BYTES = 2 * 1024 * 1024;

	/**
	 * The model could not be read; the message is the parser's, and the line and column
	 * (from 1) say where, when the parser said so.
	 */
	static final class Invalid extends RuntimeException {

		private final Integer line;

		private final Integer column;

		Invalid(String message, Throwable cause, Integer line, Integer column) {
			super(message, cause);
			this.line = line;
			this.column = column;
		}

		Integer line() {
			return line;
		}

		Integer column() {
			return column;
		}

		/**
		 * {@code modeling.check.bpmn.invalid}, or {@code modeling.check.bpmn.invalidAt}
		 * with the line and column.
		 */
		Finding finding() {
			if (line == null) {
				return Finding.error(null, "modeling.check.bpmn.invalid", getMessage());
			}
			return Finding
				.error(null, "modeling.check.bpmn.invalidAt", getMessage(), line, column == null ? "?" : column)
				.at(line, column);
		}

	}

	/** The namespaces of XInclude (the recommendation and its 2003 draft). */
	private static final List<String> XINCLUDE_NAMESPACES = List.of("http://www.w3.org/2001/xinclude",
			"http://www.w3.org/2003/xinclude");

	/** How the model API reports a schema error: {@code Error: URI=null Line=5: …}. */
	private static final Pattern SAX_PREFIX = Pattern.compile("^Error: URI=\\S* Line=(\\d+):\\s*");

	private ModelXml() {
	}

	/**
	 * 400 {@code modeling.bpmn.missing}, {@code modeling.bpmn.tooLarge},
	 * {@code modeling.bpmn.doctype} or {@code modeling.bpmn.xinclude}.
	 */
	static void requireAcceptable(String xml) {
		if (xml == null || xml.isBlank()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "modeling.bpmn.missing");
		}
		// a UTF-8 byte is at least a quarter of a char: only long texts need counting
		if (xml.length() > MAX_BYTES / 4 && xml.getBytes(UTF_8).length > MAX_BYTES) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "modeling.bpmn.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String lower = xml.toLowerCase(Locale.ROOT);
		if (lower.contains("<!doctype") || lower.contains("<!entity")) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "modeling.bpmn.doctype");
		}
		if (XINCLUDE_NAMESPACES.stream().anyMatch(lower::contains)) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "modeling.bpmn.xinclude");
		}
	}

	/**
	 * Camunda's model API (which validates against the BPMN schema and refuses DOCTYPE
	 * itself).
	 */
	static BpmnModelInstance read(String xml) {
		try {
			return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(UTF_8)));
		}
		catch (RuntimeException e) {
			throw invalid(e);
		}
	}

	/**
	 * A namespace-aware DOM of the text, with DOCTYPE, external entities and XInclude all
	 * refused.
	 */
	static Document dom(String xml) {
		try {
			return secureBuilder().parse(new InputSource(new StringReader(xml)));
		}
		catch (Exception e) {
			throw invalid(e);
		}
	}

	static DocumentBuilder secureBuilder() throws ParserConfigurationException {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXIncludeAware(false);
		factory.setExpandEntityReferences(false);
		DocumentBuilder builder = factory.newDocumentBuilder();
		builder.setErrorHandler(null);
		return builder;
	}

	/** The parser's failure, with the line and column it names. */
	private static Invalid invalid(Throwable error) {
		String message = innermostMessage(error);
		Integer line = null;
		Integer column = null;
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SAXParseException parse && parse.getLineNumber() > 0) {
				line = parse.getLineNumber();
				column = parse.getColumnNumber() > 0 ? parse.getColumnNumber() : null;
				break;
			}
		}
		Matcher prefix = SAX_PREFIX.matcher(message);
		if (prefix.find()) {
			line = line == null ? Integer.valueOf(prefix.group(1)) : line;
			message = message.substring(prefix.end());
		}
		return new Invalid(message, error, line, column);
	}

	private static String innermostMessage(Throwable error) {
		String message = error.getMessage();
		Throwable cause = error.getCause();
		while (cause != null && cause != error) {
			if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
				message = cause.getMessage();
			}
			error = cause;
			cause = cause.getCause();
		}
		return message == null ? error.getClass().getSimpleName() : message;
	}

}
