package th.wastebank.server.dashboard;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import th.wastebank.deposit.ReceiptNumber;
import th.wastebank.ledger.EntryKind;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.server.auth.DeviceNames;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.ledger.LedgerEntries;
import th.wastebank.server.member.Members;
import th.wastebank.server.product.Products;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.review.ReviewQueue;
import th.wastebank.server.web.Texts;
import th.wastebank.server.welfare.WelfareQueries;
import th.wastebank.validation.Dates;

/**
 * A review flag as an officer reads it: one sentence in the reader's language with the member's
 * name, amounts in baht, the Buddhist-era date and the phone's name, and the member whose ledger to
 * open. The stored detail (satang and ids) stays for experts behind a toggle; a flag of a kind this
 * class does not know, or whose subject is gone, still reads as its kind's title.
 */
@Singleton
public class FlagSentences {
    private final Reads reads;
    private final JsonMapper json;

    public FlagSentences(Database database, JsonMapper json) {
        this.reads = database.reads();
        this.json = json;
    }

    /** A flag with its sentence; {@code memberId} (may be null) is whose ledger the sentence links to. */
    public record Worded(ReviewQueue.Flag flag, String sentence, @Nullable UUID memberId, @Nullable String memberName) {
    }

    public List<Worded> words(long orgId, List<ReviewQueue.Flag> flags, Texts t) {
        return reads.with(c -> {
            Lookup look = new Lookup(c, orgId);
            List<Worded> out = new ArrayList<>();
            for (ReviewQueue.Flag f : flags) {
                out.add(word(look, f, detail(f.detail()), t));
            }
            return out;
        });
    }

    private Map<String, Object> detail(String text) {
        try {
            Map<String, Object> m = json.readValue(text, Argument.mapOf(String.class, Object.class));
            return m == null ? Map.of() : m;
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static Worded word(Lookup look, ReviewQueue.Flag f, Map<String, Object> d, Texts t) throws SQLException {
        boolean th = t.isThai();
        String phone = look.device(uuid(d.get("deviceId")));
        String by = phone == null ? "" : " (" + phone + ")";
        String when = t.date(LocalDate.ofInstant(f.createdAt(), Dates.THAI));
        UUID subject = f.subjectId();
        switch (f.kind()) {
            case ReviewFlags.NEGATIVE_BALANCE -> {
                String name = look.member(subject);
                LedgerEntries.Entry e = look.entry(uuid(d.get("entryId")));
                String what = e == null ? (th ? "รายการล่าสุด" : "the latest entry")
                        : th ? "การ" + e.kind().nameTh() : "a " + e.kind().nameEn().toLowerCase();
                String on = e == null ? when : t.date(LocalDate.ofInstant(e.at(), Dates.THAI));
                String baht = t.baht(Math.abs(number(d.get("balance"))));
                return member(f, subject, name, th
                        ? "ยอดเงินของ " + name + " ติดลบ " + baht + " บาท หลัง" + what + "เมื่อ " + on + by
                        : name + "'s balance is " + baht + " baht below zero after " + what + " on " + on + by);
            }
            case ReviewFlags.MEMBER_CONFLICT -> {
                String name = look.member(subject);
                return member(f, subject, name, th
                        ? "ข้อมูลของ " + name + " ถูกแก้ไขจากสองเครื่องพร้อมกัน ระบบเก็บฉบับที่ส่งมาเมื่อ " + when + by
                                + " โปรดตรวจว่าถูกต้อง"
                        : name + "'s record was edited on two phones at once; the copy sent on " + when + by
                                + " was kept. Please check it.");
            }
            case ReviewFlags.POSSIBLE_DUPLICATE_MEMBER -> {
                String name = look.member(subject);
                int same = d.get("sameNameAs") instanceof List<?> l ? l.size() : 0;
                return member(f, subject, name, th
                        ? "สมาชิกใหม่ " + name + " ที่เพิ่มเมื่อ " + when + by + " มีชื่อเดียวกับสมาชิกเดิม "
                                + same + " คน อาจเป็นคนเดียวกัน"
                        : "New member " + name + ", added on " + when + by + ", has the same name as " + same
                                + " existing member(s): possibly the same person");
            }
            case ReviewFlags.PRODUCT_CONFLICT -> {
                String name = look.product(subject);
                return plain(f, th
                        ? "ผลิตภัณฑ์ \"" + name + "\" ถูกแก้ไขจากสองเครื่องพร้อมกัน ระบบเก็บฉบับที่ส่งมาเมื่อ " + when + by
                        : "Product \"" + name + "\" was edited on two phones at once; the copy sent on " + when + by
                                + " was kept");
            }
            case ReviewFlags.VIDEO_TOO_LONG -> {
                long seconds = number(d.get("seconds"));
                long max = number(d.get("maxSeconds"));
                return plain(f, th
                        ? "วิดีโอที่บันทึกเมื่อ " + when + by + " ยาว " + clock(seconds) + " นาที เกินกำหนด "
                                + clock(max) + " นาที"
                        : "The video recorded on " + when + by + " runs " + clock(seconds) + " min, longer than the "
                                + clock(max) + " min allowed");
            }
            case ReviewFlags.VIDEO_FILE_NAME -> {
                String file = String.valueOf(d.get("fileName"));
                String prefix = String.valueOf(d.get("expectedPrefix"));
                return plain(f, th
                        ? "ไฟล์วิดีโอชื่อ \"" + file + "\" ที่บันทึกเมื่อ " + when + by + " ไม่ขึ้นต้นด้วย \"" + prefix
                                + "\" ตามหนังสือสั่งการ"
                        : "The video file \"" + file + "\" recorded on " + when + by + " does not start with \""
                                + prefix + "\" as the ministry's letter asks");
            }
            case ReviewFlags.WELFARE_SCHEME_CONFLICT -> {
                String name = look.scheme(subject);
                return plain(f, th
                        ? "สวัสดิการ \"" + name + "\" ถูกแก้ไขจากสองเครื่องพร้อมกัน ระบบเก็บฉบับที่ส่งมาเมื่อ " + when + by
                        : "Welfare scheme \"" + name + "\" was edited on two phones at once; the copy sent on " + when
                                + by + " was kept");
            }
            case ReviewFlags.WELFARE_NOT_ELIGIBLE, ReviewFlags.WELFARE_DUPLICATE_CLAIM, ReviewFlags.WELFARE_FUND_NEGATIVE,
                    ReviewFlags.WELFARE_DOUBLE_PAYOUT, ReviewFlags.WELFARE_PAYOUT_ABOVE_RULE -> {
                return claim(look, f, d, t, by, when);
            }
            case ReviewFlags.LEVY_MISMATCH -> {
                String scheme = look.scheme(uuid(d.get("schemeId")));
                StringBuilder s = new StringBuilder(th
                        ? "การหักเงินสมทบ \"" + scheme + "\" (" + d.get("event") + ") เมื่อ " + when + by
                        + " ไม่ตรงกับระเบียบ:"
                        : "The levy for \"" + scheme + "\" (" + d.get("event") + ") on " + when + by
                        + " differs from the scheme:");
                if (d.containsKey("notLevied")) {
                    s.append(th ? " ไม่ได้หักจากสมาชิก " + d.get("notLevied") + " คน" + sample(d) 
                            : " " + d.get("notLevied") + " member(s) not levied" + sample(d));
                }
                if (d.containsKey("basis")) {
                    s.append(th ? " หักแบบ " + d.get("basis") + " แต่ระเบียบกำหนดแบบ " + d.get("schemeFunding")
                            : " levied as " + d.get("basis") + " but the scheme says " + d.get("schemeFunding"));
                }
                if (d.containsKey("linesNotAtSchemeAmount")) {
                    String amount = t.baht(number(d.get("schemeLevyAmount")));
                    s.append(th ? " " + d.get("linesNotAtSchemeAmount") + " รายการไม่ใช่ " + amount + " บาทตามระเบียบ"
                            : " " + d.get("linesNotAtSchemeAmount") + " line(s) not at the scheme's " + amount + " baht");
                }
                if (d.containsKey("linesNotAtDepositShare")) {
                    String percent = BigDecimal.valueOf(number(d.get("schemeDepositShareBp")), 2)
                            .stripTrailingZeros().toPlainString();
                    s.append(th ? " " + d.get("linesNotAtDepositShare") + " รายการไม่ตรงกับส่วนแบ่ง " + percent
                            + "% ของยอดฝากในช่วงนั้นตามระเบียบ"
                            : " " + d.get("linesNotAtDepositShare") + " line(s) not at the scheme's " + percent
                            + "% share of the period's deposits");
                }
                return plain(f, s.toString());
            }
            case ReviewFlags.PRICE_OFF_BOARD -> {
                UUID memberId = uuid(d.get("memberId"));
                String name = look.member(memberId);
                Object day = d.get("day");
                String on = day == null ? when : t.date(LocalDate.parse(day.toString()));
                List<String> lines = new ArrayList<>();
                if (d.get("lines") instanceof List<?> l) {
                    for (Object o : l) {
                        if (o instanceof Map<?, ?> line) {
                            String code = String.valueOf(line.get("materialCode"));
                            String material = MaterialCatalogue.find(code).map(m -> m.name(th)).orElse(code);
                            lines.add(th ? material + " " + t.baht(number(line.get("pricePerKg"))) + " บาท/กก. (ราคาประกาศ "
                                    + t.baht(number(line.get("boardPricePerKg"))) + " บาท/กก.)"
                                    : material + " " + t.baht(number(line.get("pricePerKg"))) + " baht/kg (board "
                                    + t.baht(number(line.get("boardPricePerKg"))) + " baht/kg)");
                        }
                    }
                }
                return member(f, memberId, name, th
                        ? "รับซื้อขยะจาก " + name + " เมื่อ " + on + by + " ในราคาต่างจากราคาประกาศเกิน 20%: "
                                + String.join(", ", lines)
                        : "Waste bought from " + name + " on " + on + by + " at a price more than 20% off the board: "
                                + String.join(", ", lines));
            }
            case ReviewFlags.RECEIPT_NO_DUPLICATE -> {
                UUID memberId = uuid(d.get("memberId"));
                String name = look.member(memberId);
                UUID entryId = uuid(d.get("entryId"));
                LedgerEntries.Entry mine = look.entry(entryId);
                LedgerEntries.Entry holder = look.entry(uuid(d.get("holderEntryId")));
                String on = mine == null ? when : t.date(LocalDate.ofInstant(mine.at(), Dates.THAI));
                String holderName = holder == null ? "?" : look.member(holder.memberId());
                String holderOn = holder == null ? when : t.date(LocalDate.ofInstant(holder.at(), Dates.THAI));
                String no = String.valueOf(d.get("receiptNo"));
                String instead = entryId == null ? "?" : ReceiptNumber.legacy(entryId);
                boolean withdrawal = mine != null && mine.kind() == EntryKind.WITHDRAWAL;
                boolean holderWithdrew = holder != null && holder.kind() == EntryKind.WITHDRAWAL;
                return member(f, memberId, name, th
                        ? (withdrawal ? "เลขที่การถอนเงิน " : "เลขที่ใบรับฝาก ") + no + " ที่ " + name + " ได้รับเมื่อ "
                                + on + by + " ซ้ำกับรายการ" + (holderWithdrew ? "ถอน" : "ฝาก") + "ของ " + holderName
                                + " เมื่อ " + holderOn + " ระบบบันทึกการ" + (withdrawal ? "ถอน" : "ฝาก")
                                + "แล้ว โดยใช้เลขที่ " + instead + " แทน"
                        : "Receipt number " + no + ", given to " + name + " on " + on + by + ", is already that of "
                                + holderName + "'s " + (holderWithdrew ? "withdrawal" : "deposit") + " of " + holderOn
                                + "; the " + (withdrawal ? "withdrawal" : "deposit") + " was recorded under number "
                                + instead + " instead");
            }
            default -> {
                return plain(f, t.get("review.kind." + f.kind()) + " " + when + by);
            }
        }
    }

    /** The five welfare flags are about a claim: whose, for which scheme. */
    private static Worded claim(Lookup look, ReviewQueue.Flag f, Map<String, Object> d, Texts t, String by,
                                String when) throws SQLException {
        boolean th = t.isThai();
        WelfareQueries.ClaimSubject c = look.claim(f.subjectId());
        UUID memberId = c == null ? uuid(d.get("memberId")) : c.memberId();
        String name = look.member(memberId);
        String scheme = c == null ? "?" : c.scheme();
        String event = c == null ? when : t.date(c.eventDate());
        LedgerEntries.Entry payout = look.entry(uuid(d.get("entryId")));
        String paidOn = payout == null ? when : t.date(LocalDate.ofInstant(payout.at(), Dates.THAI));
        String paid = payout == null ? "" : t.baht(Math.abs(payout.amount()));
        String sentence = switch (f.kind()) {
            case ReviewFlags.WELFARE_NOT_ELIGIBLE -> {
                Object unmet = d.get(th ? "unmet" : "unmetEn");
                String why = unmet instanceof List<?> l && !l.isEmpty()
                        ? String.join(" ", l.stream().map(String::valueOf).toList())
                        : Boolean.TRUE.equals(d.get("schemePaused")) ? (th ? "สวัสดิการนี้หยุดชั่วคราว" : "the scheme is paused") : "";
                yield th ? name + " ยื่นขอรับ \"" + scheme + "\" สำหรับวันที่ " + event + by + " แต่ไม่ผ่านเงื่อนไข: " + why
                        : name + " claimed \"" + scheme + "\" for " + event + by + " but is not eligible: " + why;
            }
            case ReviewFlags.WELFARE_DUPLICATE_CLAIM -> th
                    ? name + " ยื่นขอรับ \"" + scheme + "\" สำหรับวันที่ " + event + " ซ้ำกับคำขอที่มีอยู่แล้ว (ส่งเมื่อ "
                            + when + by + ")"
                    : name + " claimed \"" + scheme + "\" for " + event + " a second time (sent on " + when + by + ")";
            case ReviewFlags.WELFARE_FUND_NEGATIVE -> th
                    ? "กองทุนสวัสดิการติดลบ " + t.baht(Math.abs(number(d.get("fundBalance")))) + " บาท หลังการจ่าย \""
                            + scheme + "\" " + paid + " บาท ให้ " + name + " เมื่อ " + paidOn + by
                    : "The welfare fund is " + t.baht(Math.abs(number(d.get("fundBalance")))) + " baht below zero after \""
                            + scheme + "\" paid " + paid + " baht to " + name + " on " + paidOn + by;
            case ReviewFlags.WELFARE_DOUBLE_PAYOUT -> th
                    ? name + " ได้รับ \"" + scheme + "\" ซ้ำ: จ่ายไปแล้ว " + t.baht(number(d.get("paidBefore")))
                            + " บาท และจ่ายอีก " + paid + " บาท เมื่อ " + paidOn + by
                    : name + " was paid \"" + scheme + "\" twice: " + t.baht(number(d.get("paidBefore")))
                            + " baht before and " + paid + " baht more on " + paidOn + by;
            default -> th
                    ? "จ่าย \"" + scheme + "\" ให้ " + name + " รวม " + t.baht(number(d.get("paid")))
                            + " บาท เกินที่ระเบียบกำหนด " + t.baht(number(d.get("schemeAllows"))) + " บาท (จ่ายเมื่อ "
                            + paidOn + by + ")"
                    : "\"" + scheme + "\" paid " + name + " " + t.baht(number(d.get("paid"))) + " baht in all, more than the "
                            + t.baht(number(d.get("schemeAllows"))) + " baht the scheme allows (paid on " + paidOn + by + ")";
        };
        return member(f, memberId, name, sentence);
    }

    private static String sample(Map<String, Object> d) {
        return d.get("notLeviedSample") instanceof List<?> l && !l.isEmpty()
                ? " (" + String.join(", ", l.stream().map(String::valueOf).toList()) + ")" : "";
    }

    private static Worded member(ReviewQueue.Flag f, UUID memberId, String name, String sentence) {
        return new Worded(f, sentence, memberId, name);
    }

    private static Worded plain(ReviewQueue.Flag f, String sentence) {
        return new Worded(f, sentence, null, null);
    }

    private static String clock(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static UUID uuid(Object value) {
        try {
            return value == null ? null : UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Names, entries and claims of one org, each read once per page from its owner, on the page's connection. */
    private static final class Lookup {
        /** A read on the page's connection. */
        @FunctionalInterface
        private interface Read<T> {
            Optional<T> of(Connection c, long orgId, UUID id) throws SQLException;
        }

        private final Connection c;
        private final long orgId;
        private final Map<String, Object> seen = new HashMap<>();

        Lookup(Connection c, long orgId) {
            this.c = c;
            this.orgId = orgId;
        }

        /** The member's name, or "?" when gone. */
        String member(UUID id) throws SQLException {
            return orUnknown(read("member", id, Members::name));
        }

        String device(UUID id) throws SQLException {
            return read("device", id, DeviceNames::name);
        }

        /** The product's name, or "?" when gone. */
        String product(UUID id) throws SQLException {
            return orUnknown(read("product", id, Products::name));
        }

        /** The scheme's name, or "?" when gone. */
        String scheme(UUID id) throws SQLException {
            return orUnknown(read("scheme", id, WelfareQueries::schemeName));
        }

        LedgerEntries.Entry entry(UUID id) throws SQLException {
            return read("entry", id, LedgerEntries::find);
        }

        WelfareQueries.ClaimSubject claim(UUID id) throws SQLException {
            return read("claim", id, WelfareQueries::claim);
        }

        private static String orUnknown(String name) {
            return name == null ? "?" : name;
        }

        /** The row (null when gone, or for no id), read once per page. */
        @SuppressWarnings("unchecked")
        private <T> T read(String kind, UUID id, Read<T> read) throws SQLException {
            if (id == null) {
                return null;
            }
            String key = kind + id;
            if (!seen.containsKey(key)) {
                seen.put(key, read.of(c, orgId, id).orElse(null));
            }
            return (T) seen.get(key);
        }
    }
}
