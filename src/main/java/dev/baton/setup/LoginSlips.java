package dev.baton.setup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.baton.directory.Directory;
import dev.baton.directory.DirectoryAdmin;
import dev.baton.directory.Person;
import dev.baton.web.ProblemException;
import dev.baton.web.ProblemException.FieldProblem;

/**
 * A sheet of login slips (.xlsx: name, login, first password) for the people an
 * administrator picked: each gets a freshly generated password, set as the
 * administrator's password reset sets it (which ends their open logins); the passwords
 * exist only in this one answer.
 */
@Service
class LoginSlips {

	static final int MAX_PEOPLE = 500;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final int PASSWORD_LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	private final Directory directory;

	private final DirectoryAdmin admin;

	LoginSlips(Directory directory, DirectoryAdmin admin) {
		this.directory = directory;
		this.admin = admin;
	}

	/** Checks the logins, sets new passwords and writes the sheet, all or nothing. */
	@Transactional
	byte[] issue(List<String> logins, String administrator) {
		List<Person> people = check(logins, administrator);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("登录信息");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("姓名");
			header.createCell(1).setCellValue("账号");
			header.createCell(2).setCellValue("初始密码");
			int row = 1;
			for (Person person : people) {
				String password = password();
				admin.setPassword(person.id(), password, true);
				Row line = sheet.createRow(row++);
				line.createCell(0).setCellValue(person.displayName());
				line.createCell(1).setCellValue(person.id());
				line.createCell(2).setCellValue(password);
			}
			for (int column = 0; column < 3; column++) {
				sheet.setColumnWidth(column, 20 * 256);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private List<Person> check(List<String> logins, String administrator) {
		List<FieldProblem> problems = new ArrayList<>();
		if (logins == null || logins.isEmpty()) {
			problems.add(new FieldProblem("logins", "setup.slips.none"));
		}
		else if (logins.size() > MAX_PEOPLE) {
			problems.add(new FieldProblem("logins", "setup.slips.tooMany", MAX_PEOPLE));
		}
		List<Person> people = new ArrayList<>();
		if (problems.isEmpty()) {
			List<String> distinct = List.copyOf(new LinkedHashSet<>(logins));
			for (int i = 0; i < distinct.size(); i++) {
				String login = distinct.get(i);
				Person person = login == null ? null : directory.person(login.trim()).orElse(null);
				String field = "logins[" + i + "]";
				if (person == null) {
					problems.add(new FieldProblem(field, "setup.slips.unknown", String.valueOf(login)));
				}
				else if (!person.active()) {
					problems.add(new FieldProblem(field, "setup.slips.inactive", person.id()));
				}
				else if (person.id().equals(administrator)) {
					problems.add(new FieldProblem(field, "setup.slips.self", person.id()));
				}
				else {
					people.add(person);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "error.invalidFields", problems);
		}
		return people;
	}

	private String password() {
		StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
		for (int i = 0; i < PASSWORD_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
