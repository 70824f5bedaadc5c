package dev.baton.modeling;

import java.net.URI;
import java.util.List;

import dev.baton.directory.Directory;
import dev.baton.modeling.ModelingJson.CheckRequest;
import dev.baton.modeling.ModelingJson.CheckResult;
import dev.baton.modeling.ModelingJson.DiffView;
import dev.baton.modeling.ModelingJson.DraftView;
import dev.baton.modeling.ModelingJson.EditProcess;
import dev.baton.modeling.ModelingJson.FormView;
import dev.baton.modeling.ModelingJson.NewProcess;
import dev.baton.modeling.ModelingJson.PreviewRequest;
import dev.baton.modeling.ModelingJson.PreviewResult;
import dev.baton.modeling.ModelingJson.ProcessOverview;
import dev.baton.modeling.ModelingJson.PublishRequest;
import dev.baton.modeling.ModelingJson.Published;
import dev.baton.modeling.ModelingJson.SaveDraft;
import dev.baton.modeling.ModelingJson.VersionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The process designer's API (docs/api.md, "Modeling"): process designers and
 * administrators only.
 */
@RestController
@RequestMapping("/api/modeling/processes")
@PreAuthorize("hasAnyRole('DESIGNER','ADMIN')")
@Tag(name = "Modeling",
		description = "Drafts, checks, route preview, publish, versions, diff and rollback; designers and administrators")
class ModelingController {

	private final ProcessVersions versions;

	private final Drafts drafts;

	private final DraftVerification verification;

	private final Publishing publishing;

	private final VersionDiffs diffs;

	private final Directory directory;

	ModelingController(ProcessVersions versions, Drafts drafts, DraftVerification verification, Publishing publishing,
			VersionDiffs diffs, Directory directory) {
		this.versions = versions;
		this.drafts = drafts;
		this.verification = verification;
		this.publishing = publishing;
		this.diffs = diffs;
		this.directory = directory;
	}

	@GetMapping
	@Operation(
			summary = "Every process with its published versions (newest first), running requests per version and its draft")
	List<ProcessOverview> list() {
		return versions.overview();
	}

	@PostMapping
	@Operation(summary = "A new process as a draft: blank, or a copy of a published version (copyOf)")
	@ApiResponse(responseCode = "201", description = "the draft; Location names it")
	@ApiResponse(responseCode = "400",
			description = "bad key (a-z, 0-9 and '-', 3 to 64, starting with a letter) or name")
	@ApiResponse(responseCode = "404", description = "the version to copy does not exist")
	@ApiResponse(responseCode = "409", description = "a process or a draft has this key already")
	ResponseEntity<DraftView> create(@RequestBody NewProcess body) {
		DraftView draft = drafts.create(body);
		return ResponseEntity.created(draftLocation(draft.key())).body(draft);
	}

	@PostMapping("/{key}/draft")
	@Operation(summary = "Start a draft of an existing process from one of its versions (default: the latest)")
	@ApiResponse(responseCode = "201", description = "the draft")
	@ApiResponse(responseCode = "404", description = "no such process or version")
	@ApiResponse(responseCode = "409", description = "the process has a draft already")
	ResponseEntity<DraftView> edit(@PathVariable String key, @RequestBody(required = false) EditProcess body) {
		DraftView draft = drafts.edit(key, body == null ? null : body.version());
		return ResponseEntity.created(draftLocation(key)).body(draft);
	}

	@GetMapping("/{key}/draft")
	@Operation(summary = "The draft: BPMN, forms, revision and who saved it last")
	@ApiResponse(responseCode = "404", description = "no draft")
	DraftView draft(@PathVariable String key) {
		return drafts.view(key);
	}

	@PutMapping("/{key}/draft")
	@Operation(summary = "Save the draft over the revision it was edited from")
	@ApiResponse(responseCode = "400", description = "no revision, BPMN over 2 MB or with a DOCTYPE, or bad forms")
	@ApiResponse(responseCode = "409",
			description = "modeling.draft.stale: someone saved meanwhile (who and when are named)")
	DraftView save(@PathVariable String key, @RequestBody SaveDraft body) {
		return drafts.save(key, body);
	}

	@DeleteMapping("/{key}/draft")
	@Operation(summary = "Discard the draft; with revision, only if nobody saved since")
	@ApiResponse(responseCode = "204", description = "discarded")
	ResponseEntity<Void> discard(@PathVariable String key, @RequestParam(required = false) Integer revision) {
		drafts.delete(key, revision);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{key}/draft/check")
	@Operation(summary = "Baton's checks and the engine's verdict on the saved draft, per element")
	CheckResult check(@PathVariable String key, @RequestBody(required = false) CheckRequest body) {
		return verification.check(key, body == null ? null : body.initiator());
	}

	@PostMapping("/{key}/draft/preview")
	@Operation(summary = "The steps and people a request with these values would pass; nothing is started")
	PreviewResult preview(@PathVariable String key, @RequestBody(required = false) PreviewRequest body) {
		return verification.preview(key, body == null ? null : body.initiator(), body == null ? null : body.data());
	}

	@PostMapping("/{key}/draft/publish")
	@Operation(summary = "Publish the draft as a new version (BPMN and forms in one deployment) and delete the draft")
	@ApiResponse(responseCode = "201", description = "published; Location names the version")
	@ApiResponse(responseCode = "409", description = "modeling.draft.stale")
	@ApiResponse(responseCode = "422", description = "modeling.publish.blocked: findings lists the errors")
	ResponseEntity<Published> publish(@PathVariable String key, @RequestBody(required = false) PublishRequest body) {
		Published published = publishing.publish(key, body == null ? null : body.revision(),
				body == null ? null : body.initiator());
		return ResponseEntity.created(versionLocation(key, published.version())).body(published);
	}

	@GetMapping("/{key}/versions/{version}")
	@Operation(summary = "A published version's BPMN and forms")
	@ApiResponse(responseCode = "404", description = "no such version")
	VersionView version(@PathVariable String key, @PathVariable int version) {
		ProcessVersions.Content content = versions.content(versions.require(key, version));
		var publication = versions.publication(content.definition().getDeploymentId());
		return new VersionView(key, version, content.definition().getId(), content.definition().getDeploymentId(),
				content.deployment() == null || content.deployment().getDeploymentTime() == null ? null
						: content.deployment().getDeploymentTime().toInstant(),
				publication.map(p -> directory.ref(p.publishedBy())).orElse(null), content.bpmnXml(),
				content.forms().entrySet().stream().map(form -> new FormView(form.getKey(), form.getValue())).toList());
	}

	@GetMapping("/{key}/diff")
	@Operation(summary = "Element and form ids added, removed and changed between two versions ('draft' for the draft)")
	DiffView diff(@PathVariable String key, @RequestParam String from, @RequestParam String to) {
		return diffs.diff(key, from, to);
	}

	@PostMapping("/{key}/versions/{version}/republish")
	@Operation(summary = "Roll back: publish that version's BPMN and forms again, as a new version")
	@ApiResponse(responseCode = "201", description = "published")
	@ApiResponse(responseCode = "422", description = "the engine refuses the old model now (e.g. a stricter policy)")
	ResponseEntity<Published> republish(@PathVariable String key, @PathVariable int version) {
		Published published = publishing.republish(key, version);
		return ResponseEntity.created(versionLocation(key, published.version())).body(published);
	}

	private static URI draftLocation(String key) {
		return URI.create("/api/modeling/processes/" + key + "/draft");
	}

	private static URI versionLocation(String key, int version) {
		return URI.create("/api/modeling/processes/" + key + "/versions/" + version);
	}

}
