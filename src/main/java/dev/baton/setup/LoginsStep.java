package dev.baton.setup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.baton.directory.LoginHistory;
import dev.baton.directory.Person;

/**
 * "Hand out logins": done when every active person has logged in at least once; until
 * then the checklist shows how many have not (a sheet of login slips gives them a first
 * password).
 */
@Component
class LoginsStep implements SetupStep {

	private final LoginHistory logins;

	LoginsStep(LoginHistory logins) {
		this.logins = logins;
	}

	@Override
	public String id() {
		return "logins";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public String link() {
		return "/admin/setup/logins";
	}

	@Override
	public Status status() {
		List<Person> waiting = logins.neverLoggedIn();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("neverLoggedIn", waiting.size());
		return new Status(waiting.isEmpty(), facts);
	}

}
