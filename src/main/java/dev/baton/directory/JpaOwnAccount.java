package dev.baton.directory;

import java.util.List;

import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link OwnAccount} on Baton's tables. The new password follows the rules an
 * administrator's does ({@link DirectoryRules#checkPassword}).
 */
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
		throwIfAny(violations);
		person.setOwnPasswordHash(passwords.hash(newPassword));
		accessChanges.passwordChanged(person);
		changes.passwordChanged(userId);
	}

	@Override
	public void setLanguage(String userId, String language) {
		PersonEntity person = existing(userId);
		if (language != null && !LANGUAGES.contains(language)) {
			throwIfAny(new Violations().invalid("language", "directory.language.unknown",
					"'" + language + "' is not a language Baton speaks", language));
		}
		person.setLanguage(language);
	}

	private PersonEntity existing(String userId) {
		return people.findById(String.valueOf(userId))
			.orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "directory.person.notFound", userId));
	}

	/** 400 naming each field, in the caller's language. */
	private static void throwIfAny(Violations violations) {
		if (!violations.isEmpty()) {
			List<FieldProblem> fields = violations.list()
				.stream()
				.map(violation -> new FieldProblem(violation.field(), violation.code(),
						violation.arguments().toArray()))
				.toList();
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", fields);
		}
	}

}
