package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.util.Locale;

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

	/** The model could not be read; the message is the parser's. */
	static final class Invalid extends RuntimeException {

		Invalid(String message, Throwable cause) {
			super(message, cause);
		}

	}

	private ModelXml() {
	}

	/**
	 * 400 {@code modeling.bpmn.missing}, {@code modeling.bpmn.tooLarge} or
	 * {@code modeling.bpmn.doctype}.
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
			throw new Invalid(innermostMessage(e), e);
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
			throw new Invalid(innermostMessage(e), e);
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
