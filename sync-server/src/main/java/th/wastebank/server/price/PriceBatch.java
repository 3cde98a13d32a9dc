package th.wastebank.server.price;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import th.wastebank.material.MaterialCatalogue;
import th.wastebank.price.PriceSet;
import th.wastebank.server.db.Jdbc;
import th.wastebank.server.sync.Batch;
import th.wastebank.server.sync.BatchState;
import th.wastebank.server.sync.WriteOrder;

/**
 * Price rows a push writes, the price ids already taken, the org's own material codes, and the
 * bank's price board (the price in force for a material on a day) for the deposits of the push.
 */
public final class PriceBatch implements BatchState {
    /** A deposit priced further than this from the board is flagged for review. */
    public static final int OFF_BOARD_PERCENT = 20;
    private static final LocalDate BEFORE_ANY_PRICE = LocalDate.of(2000, 1, 1);

    private final Set<UUID> wanted = new HashSet<>();
    private final Set<String> boardMaterials = new HashSet<>();
    private LocalDate boardFrom;
    private LocalDate boardTo;
    /** Per material, the price from each date on (the last one set that day). */
    private final Map<String, TreeMap<LocalDate, Long>> board = new HashMap<>();
    private final Set<UUID> taken = new HashSet<>();
    private Set<String> customCodes;
    private boolean customCodesWanted;
    private final List<Object[]> rows = new ArrayList<>();

    public static PriceBatch of(Batch batch) {
        return batch.state(PriceBatch.class, PriceBatch::new);
    }

    void wantId(UUID id) {
        wanted.add(id);
    }

    /** Asks for the org's own material codes to be loaded (only pushes that use one pay for it). */
    public void wantCustomCodes() {
        customCodesWanted = true;
    }

    /** Asks for the price board of {@code materialCode} on {@code day} to be loaded. */
    public void wantBoard(String materialCode, LocalDate day) {
        boardMaterials.add(materialCode);
        boardFrom = boardFrom == null || day.isBefore(boardFrom) ? day : boardFrom;
        boardTo = boardTo == null || day.isAfter(boardTo) ? day : boardTo;
    }

    /**
     * The price per kg in force for the org on {@code day} (set before or earlier in this push), or
     * null when the bank has never priced the material by then. Asked for with {@link #wantBoard}.
     */
    public Long boardPrice(String materialCode, LocalDate day) {
        TreeMap<LocalDate, Long> prices = board.get(materialCode);
        Map.Entry<LocalDate, Long> inForce = prices == null ? null : prices.floorEntry(day);
        return inForce == null ? null : inForce.getValue();
    }

    /** Whether {@code pricePerKg} is more than {@value #OFF_BOARD_PERCENT} % away from the board's {@code boardPrice}. */
    public static boolean offBoard(long pricePerKg, long boardPrice) {
        return Math.abs(pricePerKg - boardPrice) * 100 > boardPrice * OFF_BOARD_PERCENT;
    }

    boolean taken(UUID id) {
        return taken.contains(id);
    }

    /** True for a standard material or one this org has priced (before or earlier in this push). */
    public boolean knownMaterial(String code) {
        return MaterialCatalogue.isStandard(code) || (customCodes != null && customCodes.contains(code));
    }

    void add(Batch batch, UUID id, PriceSet price, long seq) {
        rows.add(new Object[] {Jdbc.bytes(id), batch.orgId(), price.materialCode(), price.pricePerKg(),
                price.effectiveFrom(), price.nameTh(), price.nameEn(), seq});
        taken.add(id);
        board.computeIfAbsent(price.materialCode(), m -> new TreeMap<>()).put(price.effectiveFrom(), price.pricePerKg());
        if (!MaterialCatalogue.isStandard(price.materialCode())) {
            if (customCodes == null) {
                customCodes = new HashSet<>();
            }
            customCodes.add(price.materialCode());
        }
    }

    @Override
    public WriteOrder order() {
        return WriteOrder.PRICES;
    }

    @Override
    public void load(Batch batch) throws SQLException {
        if (!wanted.isEmpty()) {
            try (PreparedStatement ps = batch.connection().prepareStatement(
                    "SELECT id FROM price WHERE id IN (" + Jdbc.placeholders(wanted.size()) + ")")) {
                Jdbc.bindIds(ps, 1, wanted);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        taken.add(Jdbc.uuid(rs.getBytes(1)));
                    }
                }
            }
        }
        if (!boardMaterials.isEmpty()) {
            loadBoard(batch);
        }
        if (customCodesWanted) {
            customCodes = new HashSet<>();
            try (PreparedStatement ps = batch.connection().prepareStatement(
                    "SELECT DISTINCT material_code FROM price WHERE org_id = ?")) {
                ps.setLong(1, batch.orgId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        customCodes.add(rs.getString(1));
                    }
                }
            }
        }
    }

    /**
     * The board's rows from the last one in force on the earliest day wanted to the latest day
     * wanted, for the wanted materials only; same-day rows in server order, so the last set wins.
     */
    private void loadBoard(Batch batch) throws SQLException {
        try (PreparedStatement ps = batch.connection().prepareStatement("SELECT p.material_code, p.effective_from,"
                + " p.price_per_kg FROM price p WHERE p.org_id = ? AND p.material_code IN ("
                + Jdbc.placeholders(boardMaterials.size()) + ") AND p.effective_from <= ? AND p.effective_from >="
                + " COALESCE((SELECT MAX(q.effective_from) FROM price q WHERE q.org_id = p.org_id"
                + " AND q.material_code = p.material_code AND q.effective_from <= ?), ?)"
                + " ORDER BY p.effective_from, p.op_seq")) {
            int i = 1;
            ps.setLong(i++, batch.orgId());
            for (String code : boardMaterials) {
                ps.setString(i++, code);
            }
            ps.setObject(i++, boardTo);
            ps.setObject(i++, boardFrom);
            ps.setObject(i, BEFORE_ANY_PRICE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    board.computeIfAbsent(rs.getString(1), m -> new TreeMap<>())
                            .put(rs.getObject(2, LocalDate.class), rs.getLong(3));
                }
            }
        }
    }

    @Override
    public void flush(Batch batch) throws SQLException {
        Jdbc.batch(batch.connection(), "INSERT INTO price (id, org_id, material_code, price_per_kg, effective_from,"
                + " name_th, name_en, op_seq) VALUES (?,?,?,?,?,?,?,?)", rows);
    }
}
