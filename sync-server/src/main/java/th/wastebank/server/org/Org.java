package th.wastebank.server.org;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;

/** An อปท., the tenant: everything a device writes belongs to exactly one. */
@Serdeable
@MappedEntity("org")
public record Org(@Id @GeneratedValue @Nullable Long id,
                  String code,
                  String nameTh,
                  String kind,
                  @Nullable String subDistrictCode,
                  String districtCode,
                  String provinceCode,
                  boolean demo,
                  Instant createdAt) {
}
