package th.wastebank.server.org;

import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface OrgRepository extends CrudRepository<Org, Long> {
    Optional<Org> findByCode(String code);
}
