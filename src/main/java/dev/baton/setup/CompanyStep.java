package dev.baton.setup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.baton.settings.CompanySettings;
import dev.baton.settings.Settings;

/**
 * "Your company's name and logo": done once an administrator named the company in the
 * settings (the logo is optional; the checklist says whether there is one).
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
		Settings current = settings.current();
		boolean named = current.companyName() != null && !current.companyName().isBlank();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put("companyName", named ? current.companyName() : "—");
		facts.put("logo", current.hasLogo());
		return new Status(named, facts);
	}

}
