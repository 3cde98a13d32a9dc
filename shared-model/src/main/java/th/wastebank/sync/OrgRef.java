package th.wastebank.sync;

/** Who a paired device works for: the อปท.'s code and names, with its district and province. */
public record OrgRef(String code, String nameTh, String districtTh, String provinceTh) {
}
