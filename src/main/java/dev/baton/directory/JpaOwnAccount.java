package dev.baton.directory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link OwnAccount} on Baton's tables. */
@Service
@Transactional
class JpaOwnAccount implements OwnAccount {

	private final PersonRepository people;

	private final Passwords passwords;

	private final AccessChanges accessChanges;

	private final DirectoryChanges changes;

	JpaOwnAccount(PersonRepository people, Passwords passwords, AccessChanges accessChanges, DirectoryChanges changes) {
		this.people = people;
		this.passwords = passwords;
		this.accessChanges = accessChanges;
		this.changes = changes;
	}

	@Override
	public void changePassword(String userId, String currentPassword, String newPassword) {
		PersonEntity person = existing(userId);
		Violations violations = new Violations();
		if (!passwords.matches(currentPassword, person.passwordHash())) {
			violations.invalid("currentPassword", "directory.password.wrong", "The current password is not right");
		}
		DirectoryRules.checkPassword(violations, "newPassword", newPassword);
		if (newPassword != null && newPassword.equals(currentPassword)) {
			violations.invalid("newPassword", "directory.password.unchanged",
					"The new password must differ from the current one");
		}
		violations.throwIfAny();
		person.setOwnPasswordHash(passwords.hash(newPassword));
		accessChanges.passwordChanged(person);
		changes.passwordChanged(userId);
	}

	@Override
	public void setLanguage(String userId, String language) {
		PersonEntity person = existing(userId);
		if (language != null && !LANGUAGES.contains(language)) {
			Violations violations = new Violations();
			violations.invalid("language", "directory.language.unknown",
					"'" + language + "' is not a language Baton speaks", language);
			violations.throwIfAny();
		}
		person.setLanguage(language);
	}

	private PersonEntity existing(String userId) {
		return people.findById(String.valueOf(userId))
			.orElseThrow(() -> Violations.notFound("id", "directory.person.notFound",
					"Person '" + userId + "' does not exist", userId));
	}

}
