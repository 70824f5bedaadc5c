package dev.baton.directory;

import static dev.baton.directory.SystemRole.ADMIN;
import static dev.baton.directory.SystemRole.ANALYST;
import static dev.baton.directory.SystemRole.DESIGNER;

import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty directory with a small demo company (seven departments, fifteen active
 * people and one who has left; every password is {@code demo}) so the shipped processes
 * can be tried at once. Runs before every other startup runner, in one transaction, and
 * only while the users table is empty, so restarts and a directory that was ever filled
 * are left alone. Switched off with {@code baton.demo.enabled=false} (the mysql profile's
 * production setting).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "baton.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoOrganisation implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisation.class);

	private record Dept(String id, String nameZh, String nameEn, String head) {
	}

	private record Member(String id, String name, String department, String manager, Set<String> roles,
			Set<SystemRole> systemRoles, boolean active) {
	}

	private static final List<Dept> DEPARTMENTS = List.of(new Dept("gm", "总经办", "General Management", "zhouming"),
			new Dept("sales", "销售部", "Sales", "lina"), new Dept("delivery", "交付部", "Delivery", "chenjie"),
			new Dept("finance", "财务部", "Finance", "wangfang"),
			new Dept("procurement", "采购部", "Procurement", "huangqiang"), new Dept("hr", "人力资源部", "HR", "sunli"),
			new Dept("it", "信息技术部", "IT", "xuhao"));

	private static final List<Role> ROLES = List.of(new Role("general-manager", "总经理", "General Manager"),
			new Role("department-head", "部门负责人", "Department Head"),
			new Role("finance-manager", "财务经理", "Finance Manager"), new Role("accountant", "会计", "Accountant"),
			new Role("purchaser", "采购员", "Purchaser"), new Role("hr-specialist", "人事专员", "HR Specialist"),
			new Role("delivery-manager", "交付经理", "Delivery Manager"),
			new Role("it-admin", "IT管理员", "IT Administrator"));

	/** Managers before the people they manage: a manager must exist first. */
	private static final List<Member> PEOPLE = List.of(
			member("zhouming", "周明", "gm", null, Set.of("general-manager", "department-head"), Set.of(ANALYST)),
			member("lina", "李娜", "sales", "zhouming", Set.of("department-head"), Set.of(ANALYST)),
			member("zhangwei", "张伟", "sales", "lina", Set.of(), Set.of()),
			member("liuyang", "刘洋", "sales", "lina", Set.of(), Set.of()),
			member("wangfang", "王芳", "finance", "zhouming", Set.of("finance-manager", "department-head"),
					Set.of(ANALYST)),
			member("zhaolei", "赵磊", "finance", "wangfang", Set.of("accountant"), Set.of()),
			member("chenjie", "陈杰", "delivery", "zhouming", Set.of("delivery-manager", "department-head"), Set.of()),
			// a team lead between an engineer and the head: "manager" and "department
			// head" differ here
			member("gaojian", "高健", "delivery", "chenjie", Set.of(), Set.of()),
			member("yangxue", "杨雪", "delivery", "gaojian", Set.of(), Set.of()),
			member("huangqiang", "黄强", "procurement", "zhouming", Set.of("purchaser", "department-head"), Set.of()),
			member("wujing", "吴静", "procurement", "huangqiang", Set.of("purchaser"), Set.of()),
			member("sunli", "孙丽", "hr", "zhouming", Set.of("department-head"), Set.of()),
			member("zhouting", "周婷", "hr", "sunli", Set.of("hr-specialist"), Set.of()),
			member("xuhao", "徐浩", "it", "zhouming", Set.of("it-admin", "department-head"), Set.of()),
			member("admin", "系统管理员", "it", "xuhao", Set.of("it-admin"), Set.of(ADMIN)),
			member("designer", "郑雨", "gm", "zhouming", Set.of(), Set.of(DESIGNER)),
			new Member("qianjun", "钱军", "sales", "lina", Set.of(), Set.of(), false));

	/** The logins of the demo people. */
	static Set<String> logins() {
		return PEOPLE.stream().map(Member::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** The demo departments, parents first. */
	static List<String> departmentIds() {
		return DEPARTMENTS.stream().map(Dept::id).toList();
	}

	static List<String> roleIds() {
		return ROLES.stream().map(Role::id).toList();
	}

	private final JpaDirectoryAdmin admin;

	private final PersonRepository people;

	private final Passwords passwords;

	private final TransactionTemplate transaction;

	DemoOrganisation(JpaDirectoryAdmin admin, PersonRepository people, Passwords passwords,
			TransactionTemplate transaction) {
		this.admin = admin;
		this.people = people;
		this.passwords = passwords;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		seedIfEmpty();
	}

	/**
	 * @return whether the demo organisation was created now
	 */
	boolean seedIfEmpty() {
		Boolean seeded = transaction.execute(status -> {
			if (people.count() > 0) {
				return false;
			}
			seed();
			return true;
		});
		if (Boolean.TRUE.equals(seeded)) {
			log.info("Created the demo organisation: {} departments, {} people; every password is '{}'",
					DEPARTMENTS.size(), PEOPLE.size(), PASSWORD);
		}
		return Boolean.TRUE.equals(seeded);
	}

	private void seed() {
		int sortOrder = 0;
		for (Dept department : DEPARTMENTS) {
			String parent = department.id().equals("gm") ? null : "gm";
			admin.createDepartment(
					new NewDepartment(department.id(), department.nameZh(), department.nameEn(), parent, sortOrder));
			sortOrder += 10;
		}
		ROLES.forEach(admin::createRole);
		String hash = passwords.hash(PASSWORD); // BCrypt is slow on purpose: once for
												// everybody
		int phone = 1;
		for (Member member : PEOPLE) {
			admin.createPersonWithHash(new NewPerson(member.id(), member.name(), member.id() + "@demo.baton.dev",
					String.format("138%08d", phone++), member.department(), member.manager(), member.active(),
					member.systemRoles(), member.roles()), hash);
		}
		for (Dept department : DEPARTMENTS) {
			admin.appointHead(department.id(), department.head());
		}
	}

	private static Member member(String id, String name, String department, String manager, Set<String> roles,
			Set<SystemRole> systemRoles) {
		return new Member(id, name, department, manager, roles, systemRoles, true);
	}

}
