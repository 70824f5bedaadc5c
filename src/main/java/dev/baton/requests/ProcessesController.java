package dev.baton.requests;

import dev.baton.modeling.ProcessCatalog;
import java.util.List;

import dev.baton.forms.FormSchemas;
import dev.baton.requests.RequestJson.LocalizedText;
import dev.baton.requests.RequestJson.StartableProcess;
import dev.baton.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The processes a person can start a request of, with their start forms. */
@RestController
@RequestMapping("/api/processes")
@Tag(name = "Processes")
class ProcessesController {

	private final CurrentUser currentUser;

	private final StartableProcesses processes;

	private final ProcessCatalog catalog;

	private final FormSchemas forms;

	ProcessesController(CurrentUser currentUser, StartableProcesses processes, ProcessCatalog catalog,
			FormSchemas forms) {
		this.currentUser = currentUser;
		this.processes = processes;
		this.catalog = catalog;
		this.forms = forms;
	}

	@GetMapping
	@Operation(summary = "The latest version of each process the caller may start, with its start form")
	List<StartableProcess> startable() {
		return processes.startableBy(currentUser.id()).stream().map(definition -> {
			ProcessCatalog.ProcessInfo process = catalog.of(definition);
			return new StartableProcess(definition.getKey(), LocalizedText.of(process.name()),
					LocalizedText.of(process.description()), definition.getVersion(), definition.getId(),
					forms.startForm(definition.getId()).orElse(null));
		}).toList();
	}

}
