package dev.baton.directory;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<PersonEntity, String> {

	List<PersonEntity> findByIdIn(Collection<String> ids);

	/**
	 * People by id with their roles and system roles joined: one statement for a page of
	 * people (the collections are otherwise fetched in a batch each).
	 */
	@Query("select distinct p from PersonEntity p left join fetch p.roleIds left join fetch p.systemRoles"
			+ " where p.id in :ids")
	List<PersonEntity> findWithRolesByIdIn(@Param("ids") Collection<String> ids);

	List<PersonEntity> findByDepartmentIdAndActiveTrueOrderByIdAsc(String departmentId);

	List<PersonEntity> findByManagerIdAndActiveTrueOrderByIdAsc(String managerId);

	@Query("select p from PersonEntity p join p.roleIds r where r = :roleId and p.active = true order by p.id")
	List<PersonEntity> findActiveHolders(@Param("roleId") String roleId);

	@Query("select p from PersonEntity p join p.systemRoles s where s = :systemRole and p.active = true order by p.id")
	List<PersonEntity> findActiveWithSystemRole(@Param("systemRole") String systemRole);

	/**
	 * {@code pattern} and {@code prefix} are lower case LIKE patterns escaped with
	 * {@code \}; people who left are found only with {@code includeLeft}; a
	 * {@code departmentId} or {@code roleId} keeps only the department's members or the
	 * role's holders.
	 */
	@Query("""
			select p from PersonEntity p
			where (p.active = true or :includeLeft = true)
			  and (lower(p.id) like :pattern escape '\\'
			       or lower(p.displayName) like :pattern escape '\\'
			       or lower(p.email) like :pattern escape '\\')
			  and (:departmentId is null or p.departmentId = :departmentId)
			  and (:roleId is null or :roleId member of p.roleIds)
			order by case when lower(p.id) like :prefix escape '\\' then 0 else 1 end, p.active desc, p.id
			""")
	List<PersonEntity> search(@Param("pattern") String pattern, @Param("prefix") String prefix,
			@Param("includeLeft") boolean includeLeft, @Param("departmentId") String departmentId,
			@Param("roleId") String roleId, Pageable page);

}
