package dev.baton.setup;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.baton.settings.CompanySettings;
import dev.baton.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * "Name your company": the first item of the getting-started checklist, done once the
 * company has a name and a logo (both shown on the login page and in the top bar).
 */
@Component
class CompanyStep implements SetupStep {

	private final CompanySettings settings;

	CompanyStep(CompanySettings settings) {
		this.settings = settings;
	}

	@Override
	public String id() {
		return "company";
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String link() {
		return "/admin/settings";
	}

	@Override
	public Status status() {
		Settings now = settings.current();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("name", now.companyName() == null ? "" : now.companyName());
		facts.put("logo", now.hasLogo());
		return new Status(now.companyName() != null && now.hasLogo(), facts);
	}

}
