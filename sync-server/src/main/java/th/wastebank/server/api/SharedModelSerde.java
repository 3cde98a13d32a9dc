package th.wastebank.server.api;

import io.micronaut.serde.annotation.SerdeImport;

import th.wastebank.sync.OpResult;
import th.wastebank.sync.OrgRef;
import th.wastebank.sync.PairRequest;
import th.wastebank.sync.PairResponse;
import th.wastebank.sync.PushResponse;
import th.wastebank.sync.Reason;

/** Makes the framework-free contract records of shared-model (de)serialisable by Micronaut Serde. */
@SerdeImport(PairRequest.class)
@SerdeImport(PairResponse.class)
@SerdeImport(OrgRef.class)
@SerdeImport(PushResponse.class)
@SerdeImport(OpResult.class)
@SerdeImport(Reason.class)
public final class SharedModelSerde {
    private SharedModelSerde() {
    }
}
