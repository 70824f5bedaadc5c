package dev.baton.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.GroupQueryProperty;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.UserQueryProperty;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers the engine's identity questions from Baton's tables, for
 * {@link DirectoryIdentityProvider}.
 *
 * <p>
 * Users: Camunda's first name is the person's display name and the last name is empty
 * (Baton keeps one name, written as people write it, e.g. 张伟), so last-name criteria only
 * match an empty name. Groups: every department (type {@code department}) and every role
 * (type {@code role}); a group's name is its Chinese name, and name criteria match the
 * Chinese or the English name. Only active people are members of groups. Camunda tenants
 * and "potential starter" criteria are not used by Baton and match nothing. Like-patterns
 * use {@code %} and {@code _}, ignoring case.
 */
@Component
@Transactional(readOnly = true)
class EngineIdentities {

	static final String DEPARTMENT = "department";
	static final String ROLE = "role";

	private final EntityManager entityManager;

	private final PersonRepository people;

	private final Directory directory;

	private final Passwords passwords;

	EngineIdentities(EntityManager entityManager, PersonRepository people, Directory directory, Passwords passwords) {
		this.entityManager = entityManager;
		this.people = people;
		this.directory = directory;
		this.passwords = passwords;
	}

	// users
	// ///////////////////////////////////////////////////////////////////////////////////////

	List<User> users(DirectoryUserQuery query, Page page) {
		if (matchesNothing(query)) {
			return List.of();
		}
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<PersonEntity> select = cb.createQuery(PersonEntity.class);
		Root<PersonEntity> person = select.from(PersonEntity.class);
		select.select(person).where(userCriteria(query, cb, person)).orderBy(userOrder(query, cb, person));
		TypedQuery<PersonEntity> typed = entityManager.createQuery(select)
			.setFirstResult(firstResult(query, page))
			.setMaxResults(maxResults(query, page));
		return typed.getResultList().stream().map(EngineIdentities::toEngineUser).toList();
	}

	long countUsers(DirectoryUserQuery query) {
		if (matchesNothing(query)) {
			return 0;
		}
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Long> count = cb.createQuery(Long.class);
		Root<PersonEntity> person = count.from(PersonEntity.class);
		count.select(cb.count(person)).where(userCriteria(query, cb, person));
		return entityManager.createQuery(count).getSingleResult();
	}

	/**
	 * The password is right and the person active; unknown, inactive and password-less
	 * people fail.
	 */
	boolean checkPassword(String userId, String password) {
		return JpaAccounts.normalize(userId)
			.flatMap(people::findById)
			.filter(PersonEntity::active)
			.map(person -> passwords.matches(password, person.passwordHash()))
			.orElse(false);
	}

	private static boolean matchesNothing(DirectoryUserQuery query) {
		return query.getTenantId() != null || query.potentialStarterOf() != null
				|| (query.getIds() != null && query.getIds().length == 0)
				|| (query.getLastName() != null && !query.getLastName().isEmpty())
				|| (query.getLastNameLike() != null && !LikePatterns.matches(query.getLastNameLike(), ""));
	}

	private static Predicate[] userCriteria(DirectoryUserQuery query, CriteriaBuilder cb, Root<PersonEntity> person) {
		List<Predicate> where = new ArrayList<>();
		if (query.getId() != null) {
			where.add(cb.equal(person.get("id"), query.getId()));
		}
		if (query.getIds() != null) {
			where.add(person.get("id").in(Arrays.asList(query.getIds())));
		}
		if (query.getFirstName() != null) {
			where.add(cb.equal(person.get("displayName"), query.getFirstName()));
		}
		if (query.getFirstNameLike() != null) {
			where.add(like(cb, person.get("displayName"), query.getFirstNameLike()));
		}
		if (query.getEmail() != null) {
			where.add(cb.equal(person.get("email"), query.getEmail()));
		}
		if (query.getEmailLike() != null) {
			where.add(like(cb, person.get("email"), query.getEmailLike()));
		}
		if (query.getGroupId() != null) {
			where.add(cb.isTrue(person.get("active")));
			where.add(cb.or(cb.equal(person.get("departmentId"), query.getGroupId()),
					cb.isMember(query.getGroupId(), person.<List<String>>get("roleIds"))));
		}
		return where.toArray(Predicate[]::new);
	}

	private static Predicate like(CriteriaBuilder cb, Expression<String> column, String pattern) {
		return cb.like(cb.lower(column), pattern.toLowerCase(Locale.ROOT));
	}

	private static List<Order> userOrder(DirectoryUserQuery query, CriteriaBuilder cb, Root<PersonEntity> person) {
		List<Order> order = new ArrayList<>();
		for (QueryOrderingProperty property : query.getOrderingProperties()) {
			String attribute = null;
			if (UserQueryProperty.USER_ID.equals(property.getQueryProperty())) {
				attribute = "id";
			}
			else if (UserQueryProperty.FIRST_NAME.equals(property.getQueryProperty())) {
				attribute = "displayName";
			}
			else if (UserQueryProperty.EMAIL.equals(property.getQueryProperty())) {
				attribute = "email";
			} // LAST_NAME: always empty, nothing to order by
			if (attribute != null) {
				order.add(property.getDirection() == Direction.DESCENDING ? cb.desc(person.get(attribute))
						: cb.asc(person.get(attribute)));
			}
		}
		order.add(cb.asc(person.get("id"))); // stable pages
		return order;
	}

	private static User toEngineUser(PersonEntity person) {
		UserEntity user = new UserEntity(person.id());
		user.setFirstName(person.displayName());
		user.setLastName("");
		user.setEmail(person.email());
		return user;
	}

	/**
	 * The engine passes the page on the query itself ({@code listPage}); an explicit
	 * {@link Page} wins.
	 */
	private static int firstResult(ListQueryParameterObject query, Page page) {
		return Math.max(0, page != null ? page.getFirstResult() : query.getFirstResult());
	}

	private static int maxResults(ListQueryParameterObject query, Page page) {
		return Math.max(0, page != null ? page.getMaxResults() : query.getMaxResults());
	}

	// groups
	// //////////////////////////////////////////////////////////////////////////////////////

	/** A department or role as the engine sees it. */
	private record EngineGroup(String id, String nameZh, String nameEn, String type) {

		Group toGroup() {
			GroupEntity group = new GroupEntity(id);
			group.setName(nameZh);
			group.setType(type);
			return group;
		}

		boolean named(String name) {
			return name.equals(nameZh) || name.equals(nameEn);
		}

		boolean nameLike(String pattern) {
			return LikePatterns.matches(pattern, nameZh) || LikePatterns.matches(pattern, nameEn);
		}
	}

	List<Group> groups(DirectoryGroupQuery query, Page page) {
		return matchingGroups(query).stream()
			.sorted(groupOrder(query))
			.skip(firstResult(query, page))
			.limit(maxResults(query, page))
			.map(EngineGroup::toGroup)
			.toList();
	}

	long countGroups(DirectoryGroupQuery query) {
		return matchingGroups(query).size();
	}

	private List<EngineGroup> matchingGroups(DirectoryGroupQuery query) {
		if (query.getTenantId() != null || query.potentialStarterOf() != null
				|| (query.getIds() != null && query.getIds().length == 0)) {
			return List.of();
		}
		List<String> memberOf = query.getUserId() == null ? null : directory.groupIdsOf(query.getUserId());
		List<String> ids = query.getIds() == null ? null : Arrays.asList(query.getIds());
		return allGroups().stream()
			.filter(group -> query.getId() == null || group.id().equals(query.getId()))
			.filter(group -> ids == null || ids.contains(group.id()))
			.filter(group -> query.getName() == null || group.named(query.getName()))
			.filter(group -> query.getNameLike() == null || group.nameLike(query.getNameLike()))
			.filter(group -> query.getType() == null || group.type().equals(query.getType()))
			.filter(group -> memberOf == null || memberOf.contains(group.id()))
			.toList();
	}

	private List<EngineGroup> allGroups() {
		List<EngineGroup> groups = new ArrayList<>();
		directory.departments()
			.forEach(department -> groups
				.add(new EngineGroup(department.id(), department.nameZh(), department.nameEn(), DEPARTMENT)));
		directory.roles().forEach(role -> groups.add(new EngineGroup(role.id(), role.nameZh(), role.nameEn(), ROLE)));
		return groups;
	}

	private static Comparator<EngineGroup> groupOrder(DirectoryGroupQuery query) {
		Comparator<EngineGroup> order = null;
		for (QueryOrderingProperty property : query.getOrderingProperties()) {
			Function<EngineGroup, String> key = null;
			if (GroupQueryProperty.GROUP_ID.equals(property.getQueryProperty())) {
				key = EngineGroup::id;
			}
			else if (GroupQueryProperty.NAME.equals(property.getQueryProperty())) {
				key = EngineGroup::nameZh;
			}
			else if (GroupQueryProperty.TYPE.equals(property.getQueryProperty())) {
				key = EngineGroup::type;
			}
			if (key != null) {
				Comparator<EngineGroup> next = Comparator.comparing(key);
				if (property.getDirection() == Direction.DESCENDING) {
					next = next.reversed();
				}
				order = order == null ? next : order.thenComparing(next);
			}
		}
		Comparator<EngineGroup> byId = Comparator.comparing(EngineGroup::id);
		return order == null ? byId : order.thenComparing(byId);
	}

}
