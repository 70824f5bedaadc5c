package dev.baton.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<DepartmentEntity, String> {

    List<DepartmentEntity> findAllByOrderBySortOrderAscIdAsc();
}
