package dev.baton.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The few errors the servlet container answers itself, before any of Baton's code runs —
 * an address it cannot read ({@code %00}, an encoded slash), a malformed request line —
 * are problem details in the caller's language too, instead of Tomcat's HTML page. Every
 * other error already has a body (Spring Boot's error page, Baton's filters) and is left
 * alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		Locale locale = LocaleConfiguration.resolve(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		String key = status >= 500 ? "error.internal" : EngineRestErrorFilter.keyFor(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemWriter.TYPE_PREFIX + key.replace('.', '-'));
		problem.put("title", text(locale, "problem.title." + status, "Error"));
		problem.put("status", status);
		problem.put("detail", text(locale, key, key));
		problem.put("code", key);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
			OutputStream out = response.getOutputStream();
			out.write(JSON.writeValueAsBytes(problem));
			out.flush();
		}
		catch (IOException | IllegalStateException unwritable) {
			// the connection is gone or the response committed: nothing more to say
		}
	}

	private static String text(Locale locale, String key, String fallback) {
		try {
			return ResourceBundle
				.getBundle("i18n/messages", locale,
						ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
				.getString(key);
		}
		catch (MissingResourceException missing) {
			return fallback;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Replaces the host's HTML error report with this one. */
		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReport() {
			return factory -> factory.addContextCustomizers(context -> {
				if (context.getParent() instanceof StandardHost host) {
					boolean present = false;
					for (Valve valve : host.getPipeline().getValves()) {
						if (valve instanceof ProblemErrorReportValve) {
							present = true;
						}
						else if (valve instanceof ErrorReportValve) {
							host.getPipeline().removeValve(valve);
						}
					}
					if (!present) {
						host.getPipeline().addValve(new ProblemErrorReportValve());
					}
					// the host adds a valve of this class on start unless one is there
					host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
				}
			});
		}

	}

}
