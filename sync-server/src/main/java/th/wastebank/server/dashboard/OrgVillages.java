package th.wastebank.server.dashboard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import th.wastebank.member.Membership;
import th.wastebank.server.member.Members;
import th.wastebank.server.village.Villages;

/**
 * The org page's villages section: each หมู่ที่ of the อปท.'s list with the members active today who
 * live there (two villages with one number are one row, as they are one village in the count:
 * ADR 0018), then one line for members whose village is in no village of the list and one for
 * members who named none. The rows add up to the members counted above them.
 */
public final class OrgVillages {
    private OrgVillages() {
    }

    /** One หมู่ที่ of the list; {@code names} its names ("" for one with only a number), {@code retired} when all are. */
    public record Row(int number, List<String> names, boolean retired, long members) {
        /** "หมู่ที่ 4 บ้านหนองบัว" (two names joined by " / "). */
        public String label() {
            String joined = String.join(" / ", names.stream().filter(n -> !n.isBlank()).toList());
            return "หมู่ที่ " + number + (joined.isEmpty() ? "" : " " + joined);
        }

        public boolean twice() {
            return names.size() > 1;
        }
    }

    public record Section(List<Row> rows, long notListed, long withoutVillage) {
        public boolean empty() {
            return rows.isEmpty() && notListed == 0 && withoutVillage == 0;
        }
    }

    /** Lays the list of villages over where the members live. */
    public static Section of(List<Villages.Village> list, Members.Residents residents) {
        Map<Integer, List<Villages.Village>> byNumber = new LinkedHashMap<>();
        list.forEach(v -> byNumber.computeIfAbsent(v.number(), n -> new ArrayList<>()).add(v));
        List<Row> rows = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        byNumber.forEach((number, villages) -> {
            String key = Membership.villageKey(number, null);
            listed.add(key);
            rows.add(new Row(number, villages.stream().map(v -> v.name() == null ? "" : v.name()).toList(),
                    villages.stream().allMatch(Villages.Village::retired), residents.byVillage().getOrDefault(key, 0L)));
        });
        long notListed = residents.byVillage().entrySet().stream().filter(e -> !listed.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        return new Section(rows, notListed, residents.withoutVillage());
    }
}
