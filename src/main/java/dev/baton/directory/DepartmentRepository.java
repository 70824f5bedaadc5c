package dev.baton.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DepartmentRepository extends JpaRepository<DepartmentEntity, String> {

	List<DepartmentEntity> findAllByOrderBySortOrderAscIdAsc();

	/**
	 * The highest sort order so far, 0 without departments: new departments go after it.
	 */
	@Query("select coalesce(max(d.sortOrder), 0) from DepartmentEntity d")
	int maxSortOrder();

}
