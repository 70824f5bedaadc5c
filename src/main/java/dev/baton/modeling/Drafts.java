package dev.baton.modeling;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.baton.directory.Directory;
import dev.baton.modeling.ModelingJson.DraftView;
import dev.baton.modeling.ModelingJson.FormBody;
import dev.baton.modeling.ModelingJson.FormView;
import dev.baton.modeling.ModelingJson.NewProcess;
import dev.baton.modeling.ModelingJson.SaveDraft;
import dev.baton.modeling.ProcessCatalog.Localized;
import dev.baton.security.CurrentUser;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of process models, kept on the server: one per process key, created blank, as a
 * copy of another process, or from a version of the process itself; saved whole with the
 * revision the designer edited, so that two designers never silently overwrite each
 * other.
 */
@Service
class Drafts {

	static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{2,63}");
	static final Pattern FORM_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
	static final int MAX_NAME = 200;
	static final int MAX_FORMS = 50;
	static final int MAX_FORM_CHARS = 1024 * 1024;

	private static final ObjectMapper JSON = new ObjectMapper();

	/** A draft with its forms parsed. */
	record Content(DraftStore.Draft draft, Map<String, JsonNode> forms) {

		String key() {
			return draft.key();
		}

		/** The draft as one deployment: {@code <key>.bpmn} and {@code <form id>.form}. */
		ProcessBundle bundle() {
			Map<String, byte[]> resources = new LinkedHashMap<>();
			forms.forEach((id, schema) -> resources.put(id + ProcessVersions.FORM_SUFFIX,
					schema.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			return new ProcessBundle(draft.key(), draft.key() + ".bpmn",
					draft.bpmnXml().getBytes(java.nio.charset.StandardCharsets.UTF_8), resources);
		}
	}

	private final DraftStore store;

	private final ProcessVersions versions;

	private final CurrentUser currentUser;

	private final Directory directory;

	private final ApplicationEventPublisher events;

	Drafts(DraftStore store, ProcessVersions versions, CurrentUser currentUser, Directory directory,
			ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.versions = versions;
		this.currentUser = currentUser;
		this.directory = directory;
	}

	@Transactional
	DraftView create(NewProcess body) {
		List<FieldProblem> problems = new ArrayList<>();
		String key = body == null || body.key() == null ? "" : body.key().trim();
		if (!KEY.matcher(key).matches()) {
			problems.add(new FieldProblem("key", "modeling.key.invalid"));
		}
		String zh = body == null || body.name() == null ? null : blankToNull(body.name().zh());
		String en = body == null || body.name() == null ? null : blankToNull(body.name().en());
		if (zh == null) {
			problems.add(new FieldProblem("name.zh", "validation.notblank"));
		}
		else if (zh.length() > MAX_NAME) {
			problems.add(new FieldProblem("name.zh", "modeling.name.tooLong", MAX_NAME));
		}
		if (en != null && en.length() > MAX_NAME) {
			problems.add(new FieldProblem("name.en", "modeling.name.tooLong", MAX_NAME));
		}
		if (body != null && body.copyOf() != null && blankToNull(body.copyOf().key()) == null) {
			problems.add(new FieldProblem("copyOf.key", "validation.notblank"));
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		if (versions.exists(key) || store.exists(key)) {
			throw new ProblemException(HttpStatus.CONFLICT, "modeling.key.taken", key);
		}
		Localized name = new Localized(zh, en == null ? zh : en);
		ProcessModel model;
		if (body.copyOf() == null) {
			model = BlankProcess.create(key, name);
		}
		else {
			String sourceKey = body.copyOf().key().trim();
			ProcessVersions.Content source = versions.content(versions.require(sourceKey, body.copyOf().version()));
			model = ProcessCopy.of(source.bpmnXml(), source.forms(), sourceKey, key, name);
		}
		return insert(key, name, model, null);
	}

	/**
	 * A draft of an existing process, from one of its versions (the latest without one).
	 */
	@Transactional
	DraftView edit(String key, Integer version) {
		if (!versions.exists(key)) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "modeling.process.notFound", key);
		}
		if (store.exists(key)) {
			throw new ProblemException(HttpStatus.CONFLICT, "modeling.draft.exists", key);
		}
		ProcessDefinition definition = versions.require(key, version);
		ProcessVersions.Content content = versions.content(definition);
		Localized names = DraftNames.of(content.bpmnXml(), key);
		return insert(key, names == null ? new Localized(key, key) : names,
				new ProcessModel(content.bpmnXml(), content.forms()), definition.getVersion());
	}

	@Transactional(readOnly = true)
	DraftView view(String key) {
		Content content = content(key);
		return view(content.draft(), content.forms());
	}

	/** The draft and its forms; 404 {@code modeling.draft.notFound}. */
	@Transactional(readOnly = true)
	Content content(String key) {
		DraftStore.Draft draft = store.find(key)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "modeling.draft.notFound", key));
		Map<String, JsonNode> forms = new LinkedHashMap<>();
		store.forms(key).forEach((id, json) -> forms.put(id, parse(json)));
		return new Content(draft, forms);
	}

	@Transactional
	DraftView save(String key, SaveDraft body) {
		if (body == null || body.revision() == null) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("revision", "validation.notnull")));
		}
		ModelXml.requireAcceptable(body.bpmnXml());
		Map<String, String> forms = forms(body.forms());
		DraftStore.Draft current = store.find(key)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "modeling.draft.notFound", key));
		if (current.revision() != body.revision()) {
			throw new DraftStaleException(current);
		}
		Localized names = DraftNames.of(body.bpmnXml(), key);
		String zh = names == null ? current.nameZh() : limit(names.zh());
		String en = names == null ? current.nameEn() : limit(names.en());
		Instant now = now();
		if (!store.update(key, body.revision(), zh, en, body.bpmnXml(), forms, currentUser.id(), now)) {
			// someone saved between our read and our write
			throw new DraftStaleException(store.find(key)
				.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "modeling.draft.notFound", key)));
		}
		return view(key);
	}

	@Transactional
	void delete(String key, Integer revision) {
		DraftStore.Draft current = store.find(key)
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "modeling.draft.notFound", key));
		if (revision != null && current.revision() != revision) {
			throw new DraftStaleException(current);
		}
		if (!store.delete(key, revision)) {
			store.find(key).ifPresent(changed -> {
				throw new DraftStaleException(changed);
			});
			return; // someone else discarded it meanwhile
		}
		events.publishEvent(new ProcessModelChanged(ProcessModelChanged.Kind.DRAFT_DISCARDED, key, null,
				current.baseVersion(), null, currentUser.id()));
	}

	DraftView view(DraftStore.Draft draft, Map<String, JsonNode> forms) {
		List<FormView> formViews = new ArrayList<>();
		forms.forEach((id, schema) -> formViews.add(new FormView(id, schema)));
		return new DraftView(draft.key(), new Localized(draft.nameZh(), draft.nameEn()), draft.revision(),
				draft.baseVersion(), draft.bpmnXml(), formViews, directory.ref(draft.createdBy()), draft.createdAt(),
				directory.ref(draft.updatedBy()), draft.updatedAt());
	}

	private DraftView insert(String key, Localized name, ProcessModel model, Integer baseVersion) {
		Map<String, String> forms = new LinkedHashMap<>();
		model.forms().forEach((id, schema) -> forms.put(id, schema.toString()));
		String user = currentUser.id();
		Instant now = now();
		DraftStore.Draft draft = new DraftStore.Draft(key, limit(name.zh()), limit(name.en()), model.bpmnXml(),
				baseVersion, 1, user, now, user, now);
		try {
			store.insert(draft, forms);
		}
		catch (DuplicateKeyException raced) {
			throw new ProblemException(HttpStatus.CONFLICT, "modeling.draft.exists", key);
		}
		return view(draft, model.forms());
	}

	/** The forms of a save as JSON text by id; 400 listing every bad form. */
	private static Map<String, String> forms(List<FormBody> bodies) {
		Map<String, String> forms = new LinkedHashMap<>();
		List<FieldProblem> problems = new ArrayList<>();
		List<FormBody> list = bodies == null ? List.of() : bodies;
		if (list.size() > MAX_FORMS) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields",
					List.of(new FieldProblem("forms", "modeling.form.tooMany", MAX_FORMS)));
		}
		for (int i = 0; i < list.size(); i++) {
			FormBody form = list.get(i);
			String field = "forms[" + i + "]";
			String id = form == null || form.id() == null ? "" : form.id().trim();
			if (!FORM_ID.matcher(id).matches()) {
				problems.add(new FieldProblem(field + ".id", "modeling.form.id.invalid"));
				continue;
			}
			if (forms.containsKey(id)) {
				problems.add(new FieldProblem(field + ".id", "modeling.form.id.duplicate", id));
				continue;
			}
			if (!(form.schema() instanceof ObjectNode schema)) {
				problems.add(new FieldProblem(field + ".schema", "modeling.form.schema.invalid"));
				continue;
			}
			JsonNode schemaId = schema.get("id");
			if (schemaId != null && !schemaId.isNull() && !id.equals(schemaId.asText())) {
				problems.add(new FieldProblem(field + ".schema.id", "modeling.form.id.mismatch", id));
				continue;
			}
			ObjectNode stored = schema.deepCopy();
			stored.put("id", id);
			String json = stored.toString();
			if (json.length() > MAX_FORM_CHARS) {
				problems
					.add(new FieldProblem(field + ".schema", "modeling.form.schema.tooLarge", MAX_FORM_CHARS / 1024));
				continue;
			}
			forms.put(id, json);
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		return forms;
	}

	private static JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("A stored draft form is not JSON", e);
		}
	}

	private static Instant now() {
		// the columns keep milliseconds: what a caller is told is what is stored
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	private static String limit(String text) {
		return text.length() > 255 ? text.substring(0, 255) : text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
