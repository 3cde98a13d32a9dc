package th.wastebank.server.dashboard;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import th.wastebank.committee.Roster;
import th.wastebank.deposit.ReceiptNumber;
import th.wastebank.dividend.DividendPlan;
import th.wastebank.ledger.EntryKind;
import th.wastebank.material.MaterialCatalogue;
import th.wastebank.progress.VideoChecklist;
import th.wastebank.progress.VideoLogo;
import th.wastebank.server.auth.DeviceNames;
import th.wastebank.server.committee.CommitteeReads;
import th.wastebank.server.db.Database;
import th.wastebank.server.db.Reads;
import th.wastebank.server.ledger.LedgerEntries;
import th.wastebank.server.member.Members;
import th.wastebank.server.product.Products;
import th.wastebank.server.review.ReviewFlags;
import th.wastebank.server.review.ReviewQueue;
import th.wastebank.server.sale.SaleReads;
import th.wastebank.server.web.Texts;
import th.wastebank.server.welfare.WelfareQueries;
import th.wastebank.sync.OpType;
import th.wastebank.validation.Dates;
import th.wastebank.year.FiscalYear;

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
            case ReviewFlags.MERGED_MEMBER_ACTIVITY -> {
                String name = look.member(subject);
                LedgerEntries.Entry e = look.entry(uuid(d.get("entryId")));
                String what = e == null ? (th ? "รายการ" : "an entry") : th ? e.kind().nameTh() : e.kind().nameEn();
                String baht = t.baht(Math.abs(number(d.get("amount"))));
                String merged = d.get("mergedOn") == null ? when : t.date(LocalDate.parse(String.valueOf(d.get("mergedOn"))));
                return member(f, subject, name, th
                        ? "มีการบันทึก" + what + " " + baht + " บาท ของ " + name + " ซึ่งรวมบัญชีไปแล้วเมื่อ " + merged
                                + by + " ยอดนี้ยังอยู่ที่ " + name + " กรุณารวมบัญชีอีกครั้ง"
                        : what + " of " + baht + " baht was recorded for " + name + ", merged on " + merged + by
                                + "; it stays with " + name + ": please merge again");
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
                String file = d.get("fileName") == null ? null : String.valueOf(d.get("fileName"));
                String prefix = String.valueOf(d.get("expectedPrefix"));
                VideoChecklist.Unmet why = unmet(d.get("reason")).orElse(VideoChecklist.Unmet.FILE_NAME_WRONG_START);
                if (file == null) {
                    return plain(f, th
                            ? "วิดีโอที่บันทึกเมื่อ " + when + by + " " + why.th()
                            : "The video recorded on " + when + by + ": " + why.en());
                }
                if (why == VideoChecklist.Unmet.FILE_NAME_WRONG_START) {
                    return plain(f, th
                            ? "ไฟล์วิดีโอชื่อ \"" + file + "\" ที่บันทึกเมื่อ " + when + by + " ไม่ขึ้นต้นด้วย \"" + prefix
                                    + "\" ตามหนังสือสั่งการ"
                            : "The video file \"" + file + "\" recorded on " + when + by + " does not start with \""
                                    + prefix + "\" as the ministry's letter asks");
                }
                return plain(f, th
                        ? "ไฟล์วิดีโอชื่อ \"" + file + "\" ที่บันทึกเมื่อ " + when + by + ": " + why.th()
                        : "The video file \"" + file + "\" recorded on " + when + by + ": " + why.en());
            }
            case ReviewFlags.VIDEO_PRESENTER -> {
                VideoChecklist.Unmet why = unmet(d.get("reason")).orElse(VideoChecklist.Unmet.PRESENTER_NOT_HEAD);
                String name = d.get("presenterName") == null ? "" : " (" + d.get("presenterName") + ")";
                return plain(f, th
                        ? "วิดีโอที่บันทึกเมื่อ " + when + by + name + ": " + why.th() + " ให้แก้ไขวิดีโอแล้วบันทึกขั้นที่ 4 ใหม่ในแอป"
                        : "The video recorded on " + when + by + name + ": " + why.en()
                                + ". Fix the video and record step 4 again in the app");
            }
            case ReviewFlags.VIDEO_LOGOS -> {
                List<VideoLogo> missing = d.get("missing") instanceof List<?> l
                        ? l.stream().map(String::valueOf).map(VideoLogo::parse).flatMap(Optional::stream).toList()
                        : List.of();
                VideoChecklist.Result r = new VideoChecklist.Result(List.of(VideoChecklist.Unmet.LOGOS_MISSING), missing);
                return plain(f, th
                        ? "วิดีโอที่บันทึกเมื่อ " + when + by + ": " + r.reason(VideoChecklist.Unmet.LOGOS_MISSING, true)
                                + " (ตราสัญลักษณ์ 5 ตามลำดับ: กระทรวงมหาดไทย กรมส่งเสริมการปกครองท้องถิ่น จังหวัด อปท."
                                + " อาสาสมัครท้องถิ่นรักษ์โลก)"
                        : "The video recorded on " + when + by + ": " + r.reason(VideoChecklist.Unmet.LOGOS_MISSING, false));
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
                    String percent = percent(number(d.get("schemeDepositShareBp")));
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
                            String material = material(code, th);
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
            case ReviewFlags.SALE_OVERSOLD -> {
                return plain(f, oversold(look, d, t, by, when));
            }
            case ReviewFlags.APPROVERS_NOT_ON_COMMITTEE -> {
                return approvers(look, f, d, t, by, when);
            }
            case ReviewFlags.MARGIN_RUN_ABOVE_MARGIN -> {
                String scheme = look.scheme(uuid(d.get("schemeId")));
                String month = month(d.get("month"), t);
                String amount = t.baht(number(d.get("amount")));
                String server = t.baht(number(d.get("serverMargin")));
                String phoneMargin = t.baht(number(d.get("phoneMargin")));
                String on = entryDay(look, subject, t, when);
                return plain(f, th
                        ? "โอนกำไรจากการขายของเดือน " + month + " เข้าสวัสดิการ \"" + scheme + "\" " + amount
                                + " บาท (โอนเมื่อ " + on + by + ") เกินกำไรของเดือนนั้นที่ระบบคำนวณจากการขายที่ได้รับ "
                                + server + " บาท (ในเครื่องแสดงกำไร " + phoneMargin + " บาท)"
                        : amount + " baht of " + month + "'s sale margin was moved into \"" + scheme + "\" (on "
                                + on + by + "), more than the " + server + " baht margin the server finds in the sales"
                                + " it holds (the phone showed " + phoneMargin + " baht)");
            }
            case ReviewFlags.DIVIDEND_ABOVE_MARGIN -> {
                String year = fiscalYear(d.get("fiscalYear"), t);
                long serverMargin = number(d.get("serverMargin"));
                long shareBp = number(d.get("shareBp"));
                String total = t.baht(number(d.get("total")));
                String margin = t.baht(serverMargin);
                String pool = t.baht(DividendPlan.pool(serverMargin, shareBp));
                String phoneMargin = t.baht(number(d.get("phoneMargin")));
                String on = entryDay(look, subject, t, when);
                return plain(f, th
                        ? "ปันผล" + year + " รวม " + total + " บาท (จ่ายเมื่อ " + on + by + ") เกิน " + percent(shareBp)
                                + "% ของกำไรจากการขายทั้งปีที่ระบบคำนวณได้ " + margin + " บาท ซึ่งปันผลได้ไม่เกิน " + pool
                                + " บาท (ในเครื่องแสดงกำไร " + phoneMargin + " บาท)"
                        : "The dividend of " + year + ", " + total + " baht in all (paid on " + on + by
                                + "), is more than " + percent(shareBp) + "% of the year's sale margin of " + margin
                                + " baht the server finds, which allows at most " + pool + " baht (the phone showed a"
                                + " margin of " + phoneMargin + " baht)");
            }
            case ReviewFlags.DIVIDEND_MISMATCH -> {
                String year = fiscalYear(d.get("fiscalYear"), t);
                String total = d.containsKey("total") ? t.baht(number(d.get("total"))) : null;
                long lines = number(d.get("linesNotAtPlan"));
                String rule = String.valueOf(d.get("rule"));
                String on = entryDay(look, subject, t, when);
                return plain(f, th
                        ? "ปันผล" + year + (total == null ? "" : " รวม " + total + " บาท") + " (จ่ายเมื่อ " + on + by
                                + ") มี " + lines + " รายการไม่ตรงกับการแบ่ง" + DividendPlan.Rule.parse(rule)
                                .map(DividendPlan.Rule::nameTh).orElse(rule) + " ที่ระบบคำนวณจากสมาชิกและยอดฝากที่ได้รับ"
                        : "The dividend of " + year + (total == null ? "" : ", " + total + " baht in all") + " (paid on "
                                + on + by + "), has " + lines + " line(s) that differ from the split "
                                + ("EQUAL".equals(rule) ? "equally among the members at the year's end"
                                : "BY_DEPOSITS".equals(rule) ? "by each member's deposits in the year" : rule)
                                + " that the server makes from the members and deposits it holds");
            }
            case ReviewFlags.VILLAGE_NUMBER_TWICE -> {
                String label = String.valueOf(d.get("label"));
                String others = d.get("sameNumberAs") instanceof List<?> l
                        ? String.join("\", \"", l.stream().map(String::valueOf).toList()) : "?";
                return plain(f, th
                        ? "หมู่บ้าน \"" + label + "\" ที่เพิ่มเมื่อ " + when + by + " มีเลขหมู่ที่ " + number(d.get("number"))
                                + " ซ้ำกับ \"" + others + "\" ระบบเก็บไว้ทั้งหมดและนับสมาชิกเป็นหมู่บ้านเดียวกัน"
                                + " หากซ้ำโดยไม่ตั้งใจ ให้แก้ไขหรือเลิกใช้รายการหนึ่งในแอป"
                        : "Village \"" + label + "\", added on " + when + by + ", has the number "
                                + number(d.get("number")) + " of \"" + others + "\": all are kept and their members"
                                + " counted as one village. If this was a mistake, edit or retire one of them in the app");
            }
            case ReviewFlags.INCOME_MODEL_WASTE_BANK -> {
                String model = String.valueOf(d.get("incomeModel"));
                return plain(f, th
                        ? "ขั้นที่ 1 ที่บันทึกเมื่อ " + when + by + " ระบุรูปแบบการสร้างรายได้ว่า \"" + model
                                + "\" ซึ่งเป็นธนาคารขยะ หนังสือสั่งการให้เลือกรูปแบบการสร้างรายได้จากขยะนอกเหนือจากธนาคารขยะ"
                                + " ให้บันทึกขั้นที่ 1 ใหม่ในแอป"
                        : "Step 1, recorded on " + when + by + ", gives \"" + model + "\" as the income model: that is"
                                + " the waste bank, and the letter asks for a model other than the waste bank."
                                + " Record step 1 again in the app");
            }
            default -> {
                return plain(f, t.get("review.kind." + f.kind()) + " " + when + by);
            }
        }
    }

    /** A sale of more than the stock: to whom, on which day, and per material the kilograms sold and held. */
    private static String oversold(Lookup look, Map<String, Object> d, Texts t, String by, String when)
            throws SQLException {
        boolean th = t.isThai();
        String buyer = look.buyer(uuid(d.get("buyerId")));
        String on = day(d.get("day"), t, when);
        String soldBy = d.get("soldBy") instanceof String s && !s.isBlank() ? s : null;
        List<String> lines = new ArrayList<>();
        if (d.get("materials") instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map<?, ?> line) {
                    String material = material(String.valueOf(line.get("materialCode")), th);
                    String sold = t.kg(number(line.get("grams")));
                    String held = t.kg(number(line.get("stockGrams")));
                    lines.add(th ? material + " ขาย " + sold + " กก. แต่มีในคลังก่อนขาย " + held + " กก."
                            : material + ": " + sold + " kg sold with " + held + " kg in stock before the sale");
                }
            }
        }
        return th
                ? "ขายขยะให้ " + buyer + " เมื่อ " + on + (soldBy == null ? "" : " โดย " + soldBy) + by
                        + " เกินยอดคงเหลือในคลัง: " + String.join("; ", lines)
                : "Waste sold to " + buyer + " on " + on + (soldBy == null ? "" : " by " + soldBy) + by
                        + " is more than the stock held: " + String.join("; ", lines);
    }

    /**
     * Money approved by roster ids that are not two different committee members in term that day:
     * what was paid (to whom, how much), who approved, and what is wrong with each approver.
     */
    private static Worded approvers(Lookup look, ReviewQueue.Flag f, Map<String, Object> d, Texts t, String by,
                                    String when) throws SQLException {
        boolean th = t.isThai();
        String on = day(d.get("day"), t, when);
        OpType op = OpType.fromWire(String.valueOf(d.get("op"))).orElse(null);
        LedgerEntries.Entry entry = look.entry(uuid(d.get("entityId")));
        UUID memberId = entry == null ? null : entry.memberId();
        String scheme = null;
        if (op == OpType.WELFARE_PAYOUT_RECORD) {
            WelfareQueries.ClaimSubject claim = look.claim(f.subjectId());
            if (claim != null) {
                memberId = claim.memberId();
                scheme = claim.scheme();
            }
        }
        String name = memberId == null ? null : look.member(memberId);
        StringBuilder s = new StringBuilder(opName(op, th, String.valueOf(d.get("op"))));
        if (scheme != null) {
            s.append(" \"").append(scheme).append('"');
        }
        if (entry != null) {
            s.append(' ').append(t.baht(Math.abs(entry.amount()))).append(th ? " บาท" : " baht");
        }
        if (name != null) {
            s.append(th ? (op == OpType.WITHDRAWAL_RECORD ? " ของ " : " ให้ ") : (op == OpType.WITHDRAWAL_RECORD
                    ? " by " : " to ")).append(name);
        }
        List<String> approvers = new ArrayList<>();
        if (d.get("approverIds") instanceof List<?> ids) {
            for (Object id : ids) {
                approvers.add(approver(look, uuid(id), String.valueOf(id), t));
            }
        }
        List<String> problems = new ArrayList<>();
        if (d.get("problems") instanceof List<?> l) {
            for (Object o : l) {
                problems.add(problem(look, String.valueOf(o), approvers.size(), t));
            }
        }
        s.append(th ? " เมื่อ " : " on ").append(on).append(by).append(th ? " ยืนยันโดย " : " was approved by ")
                .append(String.join(th ? " และ " : " and ", approvers))
                .append(th ? " ซึ่งไม่ใช่กรรมการสองคนที่ต่างกันและอยู่ในวาระในวันนั้น: "
                        : ", who are not two different committee members in term that day: ")
                .append(String.join("; ", problems));
        return name == null ? plain(f, s.toString()) : member(f, memberId, name, s.toString());
    }

    private static String opName(OpType op, boolean th, String wire) {
        if (op == null) {
            return wire;
        }
        return switch (op) {
            case WITHDRAWAL_RECORD -> th ? "การถอนเงิน" : "The withdrawal";
            case WELFARE_PAYOUT_RECORD -> th ? "การจ่ายสวัสดิการ" : "The welfare payout";
            case WELFARE_LEVY_RUN -> th ? "การหักเงินสมทบสวัสดิการ" : "The welfare levy";
            case WELFARE_MARGIN_RUN -> th ? "การโอนกำไรจากการขายเข้ากองทุนสวัสดิการ"
                    : "The sale margin moved into the welfare fund";
            case DIVIDEND_RUN -> th ? "การจ่ายปันผล" : "The dividend";
            default -> wire;
        };
    }

    /** "นายสมชาย ประธาน (ประธาน)", or the roster id when the bank's roster has no such seat. */
    private static String approver(Lookup look, UUID id, String raw, Texts t) throws SQLException {
        CommitteeReads.Seat seat = look.seat(id);
        if (seat == null) {
            return (t.isThai() ? "รหัส " : "roster id ") + raw;
        }
        return seat.role() == null ? seat.name()
                : seat.name() + " (" + (t.isThai() ? seat.role().nameTh() : seat.role().nameEn()) + ")";
    }

    /** One stored finding, "NOT_ON_COMMITTEE:&lt;id&gt;", in words. */
    private static String problem(Lookup look, String stored, int approvers, Texts t) throws SQLException {
        boolean th = t.isThai();
        int colon = stored.indexOf(':');
        String code = colon < 0 ? stored : stored.substring(0, colon);
        String raw = colon < 0 ? null : stored.substring(colon + 1);
        Roster.Problem problem = Arrays.stream(Roster.Problem.values()).filter(p -> p.name().equals(code)).findFirst()
                .orElse(null);
        if (problem == null) {
            return stored;
        }
        UUID id = uuid(raw);
        String who = raw == null ? "" : approver(look, id, raw, t);
        return switch (problem) {
            case NOT_TWO -> th ? "มีผู้ยืนยัน " + approvers + " คน ไม่ใช่สองคน" : approvers + " approver(s), not two";
            case UNKNOWN -> th ? who + " ไม่อยู่ในรายชื่อคณะกรรมการของธนาคาร" : who + " is not on the bank's committee roster";
            case SAME_PERSON -> th ? who + " ยืนยันทั้งสองครั้ง" : who + " approved twice";
            case NOT_ON_COMMITTEE -> {
                CommitteeReads.Seat seat = look.seat(id);
                String term = seat == null ? "" : th
                        ? " (วาระ " + t.date(seat.from()) + " ถึง " + (seat.to() == null ? "ปัจจุบัน" : t.date(seat.to())) + ")"
                        : " (term " + t.date(seat.from()) + " to " + (seat.to() == null ? "now" : t.date(seat.to())) + ")";
                yield th ? who + " ไม่ได้อยู่ในวาระในวันนั้น" + term : who + " was not on the committee that day" + term;
            }
        };
    }

    private static String material(String code, boolean th) {
        return MaterialCatalogue.find(code).map(m -> m.name(th)).orElse(code);
    }

    /** Basis points as a percent: 3333 → "33.33", 5000 → "50". */
    private static String percent(long bp) {
        return BigDecimal.valueOf(bp, 2).stripTrailingZeros().toPlainString();
    }

    /** The day of the ledger entry with this id (a run's), or {@code fallback} when there is none. */
    private static String entryDay(Lookup look, UUID entryId, Texts t, String fallback) throws SQLException {
        LedgerEntries.Entry e = look.entry(entryId);
        return e == null ? fallback : t.date(LocalDate.ofInstant(e.at(), Dates.THAI));
    }

    /** A stored ISO day in words, or {@code fallback} when there is none. */
    private static String day(Object iso, Texts t, String fallback) {
        try {
            return iso == null ? fallback : t.date(LocalDate.parse(iso.toString()));
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** A stored "2026-10" as "ต.ค. 2569". */
    private static String month(Object stored, Texts t) {
        try {
            return t.monthYear(YearMonth.parse(String.valueOf(stored)));
        } catch (DateTimeParseException e) {
            return String.valueOf(stored);
        }
    }

    /** A stored Buddhist-era fiscal year as "ปีงบประมาณ 2570 (ต.ค. 2569 – ก.ย. 2570)". */
    private static String fiscalYear(Object stored, Texts t) {
        FiscalYear year = new FiscalYear((int) number(stored));
        String months = " (" + t.monthYear(year.firstMonth()) + " – " + t.monthYear(year.lastMonth()) + ")";
        return t.isThai() ? year.nameTh() + months : "fiscal year " + year.buddhistYear() + " B.E." + months;
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

    /** The checklist item a flag's detail names, when it names one this server knows. */
    private static Optional<VideoChecklist.Unmet> unmet(Object reason) {
        return Arrays.stream(VideoChecklist.Unmet.values()).filter(u -> u.name().equals(String.valueOf(reason))).findFirst();
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

        /** The buyer's name, or "?" when gone. */
        String buyer(UUID id) throws SQLException {
            return orUnknown(read("buyer", id, SaleReads::buyerName));
        }

        /** The org's roster seat, or null. */
        CommitteeReads.Seat seat(UUID id) throws SQLException {
            return read("seat", id, CommitteeReads::seat);
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
