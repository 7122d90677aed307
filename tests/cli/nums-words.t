# ntx-nums, version 2: number words, Roman numerals and weekdays, in
# Vietnamese and English news sentences: format in tests/cli/README.md.
#
# Pending: these cases are written against the "Version 2 additions" of the
# ntx-nums spec (number words, Roman numerals, weekdays); the program reads
# none of them yet.  Everything else a sentence holds (digits, dates, money…)
# follows version 1 and the conventions of nums-vi.t and nums-en.t, so that
# the mixed sentences check that the two readings sit side by side, rows in
# the order the expressions start.
#
# Every output starts with the header line; a row has 14 TAB-separated
# fields, and without a document header line it ends in seven empty
# metadata fields.  Each case gives -l vi or -l en.
#
# Conventions these cases follow where the spec leaves the choice open (each
# one is also said at a case that depends on it):
# - text of number words: the words as written, with what makes the kind
#   (multiplier, rưỡi, currency, percent word, unit, counted noun), as for
#   digits; a capital at the start of a sentence is kept (Năm người).  The
#   value is a plain decimal, as for digits.
# - Two or more number words with no unit or noun after them, or before a
#   noun that is not in the spec's lists, are a number (kind number); ONE
#   number word in that place gives no row (the spec's rule for one word).
# - An ordinal keeps thứ in its text (thứ mười một, like thứ 5 in version 1);
#   an English ordinal word leaves out "the" (third, like 21st).
# - A Roman numeral's text is the numeral with the noun right before it,
#   the noun that allows the reading: quý IV (like quý 4), khóa XV (also in
#   Quốc hội khóa XV), Đại hội XIII, thế kỷ XXI.  Without its noun, XV tells
#   a reader of the table nothing.
# - A weekday's text is the weekday as written (Thứ 5, thứ Hai, Chủ nhật,
#   CN, Monday) without the cue word before it (sáng, vào, hôm, ngày, on,
#   last).  Its value is always XXXX-WXX-N: the spec gives the published
#   year to a quarter, not to a weekday.  The date after it is its own row.
# - A reading that is not safe gives no row: a spreadsheet is better off
#   without a row than with a wrong value (không = not, một = a, năm = year,
#   ba = father, names such as Ba Tư, Năm Căn, chú Ba, The Sunday Times).
# People, figures and web addresses are invented.

# ======================================================================
# Vietnamese number words: two or more together make a number
# (mươi, mốt, tư, lăm, nhăm, linh, lẻ, không trăm; colloquial hai mốt, ba tư)
# ======================================================================

# Two number words with nothing after them: a number, like a bare 11.
case: mười một alone is a number
args: -l vi
in: Số người thiệt mạng trong vụ cháy đã tăng lên mười một.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười một\tnumber\t11\t\t\tSố người thiệt mạng trong vụ cháy đã tăng lên mười một.\t\t\t\t\t\t\t\n

case: hai mươi lăm before tuổi
args: -l vi
in: Nạn nhân hai mươi lăm tuổi, quê ở huyện Diễn Châu, tỉnh Nghệ An.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai mươi lăm tuổi\tquantity\t25\ttuổi\t\tNạn nhân hai mươi lăm tuổi, quê ở huyện Diễn Châu, tỉnh Nghệ An.\t\t\t\t\t\t\t\n

case: ba mươi tư before tỉnh
args: -l vi
in: Sau sắp xếp, cả nước còn ba mươi tư tỉnh, thành phố.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba mươi tư tỉnh\tquantity\t34\ttỉnh\t\tSau sắp xếp, cả nước còn ba mươi tư tỉnh, thành phố.\t\t\t\t\t\t\t\n

# Năm of Năm nay is the year (no row); năm after linh is five.
case: một trăm linh năm after năm nay
args: -l vi
in: Năm nay cụ bà Lương Thị Mai đã một trăm linh năm tuổi.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmột trăm linh năm tuổi\tquantity\t105\ttuổi\t\tNăm nay cụ bà Lương Thị Mai đã một trăm linh năm tuổi.\t\t\t\t\t\t\t\n

case: hai nghìn không trăm lẻ tám before hộ
args: -l vi
in: Toàn huyện còn hai nghìn không trăm lẻ tám hộ nghèo.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai nghìn không trăm lẻ tám hộ\tquantity\t2008\thộ\t\tToàn huyện còn hai nghìn không trăm lẻ tám hộ nghèo.\t\t\t\t\t\t\t\n

# The spec gives the value 2008 but not the kind.  Chosen: after the cue năm, a number in
# words is a year, as năm 2023 is; the text leaves out năm, as for digits.
case: a year written in words after năm
args: -l vi
in: Cây cầu được khởi công vào năm hai nghìn không trăm lẻ tám.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai nghìn không trăm lẻ tám\tdate\t2008\t\t\tCây cầu được khởi công vào năm hai nghìn không trăm lẻ tám.\t\t\t\t\t\t\t\n

# Read by the compound rule: a number, as thế kỷ XXI is.  The spec makes the text of
# number words the words as written; thế kỷ is no unit or counted noun, so it stays out.
case: thế kỷ hai mươi mốt is a number
args: -l vi
in: Việt Nam bước vào thế kỷ hai mươi mốt với nhiều cơ hội mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai mươi mốt\tnumber\t21\t\t\tViệt Nam bước vào thế kỷ hai mươi mốt với nhiều cơ hội mới.\t\t\t\t\t\t\t\n

case: colloquial hai mốt before tuổi, then money in digits
args: -l vi
in: Cô gái hai mốt tuổi bị lừa mất 300 triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai mốt tuổi\tquantity\t21\ttuổi\t\tCô gái hai mốt tuổi bị lừa mất 300 triệu đồng.\t\t\t\t\t\t\t\n
out: 1\t300 triệu đồng\tmoney\t300000000\tVND\t\tCô gái hai mốt tuổi bị lừa mất 300 triệu đồng.\t\t\t\t\t\t\t\n

case: colloquial ba tư before tuổi
args: -l vi
in: Tài xế ba tư tuổi đã bị tạm giữ để điều tra.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba tư tuổi\tquantity\t34\ttuổi\t\tTài xế ba tư tuổi đã bị tạm giữ để điều tra.\t\t\t\t\t\t\t\n

case: nhăm after mươi is five
args: -l vi
in: Nghi phạm hai mươi nhăm tuổi đã ra đầu thú.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai mươi nhăm tuổi\tquantity\t25\ttuổi\t\tNghi phạm hai mươi nhăm tuổi đã ra đầu thú.\t\t\t\t\t\t\t\n

case: mười lăm before xã
args: -l vi
in: Huyện có mười lăm xã đạt chuẩn nông thôn mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười lăm xã\tquantity\t15\txã\t\tHuyện có mười lăm xã đạt chuẩn nông thôn mới.\t\t\t\t\t\t\t\n

# The first năm is five (before mươi), the last is the counted noun năm (years).
case: năm mươi năm: fifty, then years
args: -l vi
in: Trường vừa tổ chức lễ kỷ niệm năm mươi năm ngày thành lập.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm mươi năm\tquantity\t50\tnăm\t\tTrường vừa tổ chức lễ kỷ niệm năm mươi năm ngày thành lập.\t\t\t\t\t\t\t\n

case: Hai mươi năm is twenty years, hai mươi lăm hộ is twenty-five, then digits
args: -l vi
in: Hai mươi năm trước, xã chỉ có hai mươi lăm hộ dân; nay đã có 1.200 hộ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tHai mươi năm\tquantity\t20\tnăm\t\tHai mươi năm trước, xã chỉ có hai mươi lăm hộ dân; nay đã có 1.200 hộ.\t\t\t\t\t\t\t\n
out: 1\thai mươi lăm hộ\tquantity\t25\thộ\t\tHai mươi năm trước, xã chỉ có hai mươi lăm hộ dân; nay đã có 1.200 hộ.\t\t\t\t\t\t\t\n
out: 1\t1.200 hộ\tquantity\t1200\thộ\t\tHai mươi năm trước, xã chỉ có hai mươi lăm hộ dân; nay đã có 1.200 hộ.\t\t\t\t\t\t\t\n

case: hai mươi năm is not twenty-five
args: -l vi
in: Sau hai mươi năm, dự án vẫn chỉ nằm trên giấy.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai mươi năm\tquantity\t20\tnăm\t\tSau hai mươi năm, dự án vẫn chỉ nằm trên giấy.\t\t\t\t\t\t\t\n

case: mười lăm năm of prison
args: -l vi
in: Bị cáo bị tuyên phạt mười lăm năm tù về tội tham ô tài sản.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười lăm năm\tquantity\t15\tnăm\t\tBị cáo bị tuyên phạt mười lăm năm tù về tội tham ô tài sản.\t\t\t\t\t\t\t\n

case: mười năm, then gấp ba lần
args: -l vi
in: Sau mười năm, thu nhập bình quân đầu người của tỉnh tăng gấp ba lần.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười năm\tquantity\t10\tnăm\t\tSau mười năm, thu nhập bình quân đầu người của tỉnh tăng gấp ba lần.\t\t\t\t\t\t\t\n
out: 1\tba lần\tquantity\t3\tlần\t\tSau mười năm, thu nhập bình quân đầu người của tỉnh tăng gấp ba lần.\t\t\t\t\t\t\t\n

case: ba trăm lẻ năm before hộ
args: -l vi
in: Xã đã hỗ trợ ba trăm lẻ năm hộ làm nhà mới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba trăm lẻ năm hộ\tquantity\t305\thộ\t\tXã đã hỗ trợ ba trăm lẻ năm hộ làm nhà mới.\t\t\t\t\t\t\t\n

# As with digits, a listed noun followed by more words keeps only the listed noun (người).
case: năm inside a compound is five
args: -l vi
in: Nhà máy tuyển thêm hai nghìn năm trăm người lao động.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai nghìn năm trăm người\tquantity\t2500\tngười\t\tNhà máy tuyển thêm hai nghìn năm trăm người lao động.\t\t\t\t\t\t\t\n

case: chín mươi chín phần trăm
args: -l vi
in: Tỷ lệ học sinh tốt nghiệp đạt chín mươi chín phần trăm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tchín mươi chín phần trăm\tpercent\t99\t%\t\tTỷ lệ học sinh tốt nghiệp đạt chín mươi chín phần trăm.\t\t\t\t\t\t\t\n

case: mười hai tháng as a duration, then a percent
args: -l vi
in: Trong mười hai tháng qua, giá thép tăng 20%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười hai tháng\tquantity\t12\ttháng\t\tTrong mười hai tháng qua, giá thép tăng 20%.\t\t\t\t\t\t\t\n
out: 1\t20%\tpercent\t20\t%\t\tTrong mười hai tháng qua, giá thép tăng 20%.\t\t\t\t\t\t\t\n

# ======================================================================
# One number word before a multiplier, rưỡi, a percent word, a currency or
# a unit; compounds before them
# ======================================================================

case: ba tỷ rưỡi đồng
args: -l vi
in: Gia đình ông đã chi ba tỷ rưỡi đồng để mua mảnh đất này.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba tỷ rưỡi đồng\tmoney\t3500000000\tVND\t\tGia đình ông đã chi ba tỷ rưỡi đồng để mua mảnh đất này.\t\t\t\t\t\t\t\n

# một before a multiplier is one, not the article (the article rule is for một before a counted noun).
case: một triệu rưỡi đồng
args: -l vi
in: Giá vé máy bay chặng Hà Nội - Thành phố Hồ Chí Minh tăng thêm một triệu rưỡi đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmột triệu rưỡi đồng\tmoney\t1500000\tVND\t\tGiá vé máy bay chặng Hà Nội - Thành phố Hồ Chí Minh tăng thêm một triệu rưỡi đồng.\t\t\t\t\t\t\t\n

case: một tỷ đồng
args: -l vi
in: Mỗi xã đặc biệt khó khăn được hỗ trợ một tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmột tỷ đồng\tmoney\t1000000000\tVND\t\tMỗi xã đặc biệt khó khăn được hỗ trợ một tỷ đồng.\t\t\t\t\t\t\t\n

# lẻ of bán lẻ (retail) is no number word here: it is one only after trăm.
case: ba phần trăm, after bán lẻ
args: -l vi
in: Giá điện bán lẻ bình quân tăng ba phần trăm từ ngày mai.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba phần trăm\tpercent\t3\t%\t\tGiá điện bán lẻ bình quân tăng ba phần trăm từ ngày mai.\t\t\t\t\t\t\t\n

case: năm before phần trăm is five
args: -l vi
in: Doanh nghiệp được giảm năm phần trăm tiền thuê đất.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm phần trăm\tpercent\t5\t%\t\tDoanh nghiệp được giảm năm phần trăm tiền thuê đất.\t\t\t\t\t\t\t\n

case: hai điểm phần trăm is percentage points
args: -l vi
in: Tỷ lệ hộ nghèo đa chiều giảm hai điểm phần trăm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai điểm phần trăm\tpercent\t2\tpp\t\tTỷ lệ hộ nghèo đa chiều giảm hai điểm phần trăm.\t\t\t\t\t\t\t\n

case: hai triệu người
args: -l vi
in: Dự kiến có hai triệu người về quê đón Tết.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai triệu người\tquantity\t2000000\tngười\t\tDự kiến có hai triệu người về quê đón Tết.\t\t\t\t\t\t\t\n

case: năm nghìn tỷ đồng: năm before a multiplier is five
args: -l vi
in: Ngân hàng dành gói tín dụng năm nghìn tỷ đồng cho nhà ở xã hội.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm nghìn tỷ đồng\tmoney\t5000000000000\tVND\t\tNgân hàng dành gói tín dụng năm nghìn tỷ đồng cho nhà ở xã hội.\t\t\t\t\t\t\t\n

case: hai tỉ đồng with the spelling tỉ
args: -l vi
in: Công ty bị truy thu hai tỉ đồng tiền thuế.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai tỉ đồng\tmoney\t2000000000\tVND\t\tCông ty bị truy thu hai tỉ đồng tiền thuế.\t\t\t\t\t\t\t\n

case: năm ngàn đồng with ngàn
args: -l vi
in: Mỗi ổ bánh mì tăng thêm năm ngàn đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm ngàn đồng\tmoney\t5000\tVND\t\tMỗi ổ bánh mì tăng thêm năm ngàn đồng.\t\t\t\t\t\t\t\n

case: mười đô la
args: -l vi
in: Vé tham quan dành cho khách nước ngoài có giá mười đô la.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười đô la\tmoney\t10\tUSD\t\tVé tham quan dành cho khách nước ngoài có giá mười đô la.\t\t\t\t\t\t\t\n

case: hai triệu USD
args: -l vi
in: Dự án nhận khoản tài trợ hai triệu USD từ Ngân hàng Thế giới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai triệu USD\tmoney\t2000000\tUSD\t\tDự án nhận khoản tài trợ hai triệu USD từ Ngân hàng Thế giới.\t\t\t\t\t\t\t\n

# Like 2 tỷ 300 triệu đồng in version 1: one amount, one row.
case: hai tỷ ba trăm triệu đồng adds up
args: -l vi
in: Căn hộ được rao bán với giá hai tỷ ba trăm triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai tỷ ba trăm triệu đồng\tmoney\t2300000000\tVND\t\tCăn hộ được rao bán với giá hai tỷ ba trăm triệu đồng.\t\t\t\t\t\t\t\n

case: mười lăm triệu đồng
args: -l vi
in: Người vi phạm bị phạt mười lăm triệu đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười lăm triệu đồng\tmoney\t15000000\tVND\t\tNgười vi phạm bị phạt mười lăm triệu đồng.\t\t\t\t\t\t\t\n

case: năm trăm nghìn đồng
args: -l vi
in: Mức phạt đối với hành vi này là năm trăm nghìn đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm trăm nghìn đồng\tmoney\t500000\tVND\t\tMức phạt đối với hành vi này là năm trăm nghìn đồng.\t\t\t\t\t\t\t\n

case: ba trăm đồng, after bán lẻ and fuel grades
args: -l vi
in: Giá bán lẻ xăng E5 RON 92 giảm ba trăm đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba trăm đồng\tmoney\t300\tVND\t\tGiá bán lẻ xăng E5 RON 92 giảm ba trăm đồng.\t\t\t\t\t\t\t\n

# tư of đầu tư (invest) is not four and does not join the number after it.
case: đầu tư before an amount in words
args: -l vi
in: Tập đoàn cam kết đầu tư hai nghìn tỷ đồng vào khu công nghiệp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai nghìn tỷ đồng\tmoney\t2000000000000\tVND\t\tTập đoàn cam kết đầu tư hai nghìn tỷ đồng vào khu công nghiệp.\t\t\t\t\t\t\t\n

case: hai tấn
args: -l vi
in: Lực lượng quản lý thị trường thu giữ hai tấn thịt lợn không rõ nguồn gốc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai tấn\tquantity\t2\ttấn\t\tLực lượng quản lý thị trường thu giữ hai tấn thịt lợn không rõ nguồn gốc.\t\t\t\t\t\t\t\n

case: mười độ C after dưới
args: -l vi
in: Nhiệt độ tại Sa Pa xuống dưới mười độ C.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười độ C\tquantity\t10\tđộ C\tdưới\tNhiệt độ tại Sa Pa xuống dưới mười độ C.\t\t\t\t\t\t\t\n

case: ba lít after tối đa
args: -l vi
in: Mỗi xe máy chỉ được bán tối đa ba lít xăng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba lít\tquantity\t3\tlít\ttối đa\tMỗi xe máy chỉ được bán tối đa ba lít xăng.\t\t\t\t\t\t\t\n

# Mỗi năm (every year) is the year, no row.
case: năm mươi nghìn tấn after Mỗi năm
args: -l vi
in: Mỗi năm, nhà máy chế biến năm mươi nghìn tấn cà phê.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm mươi nghìn tấn\tquantity\t50000\ttấn\t\tMỗi năm, nhà máy chế biến năm mươi nghìn tấn cà phê.\t\t\t\t\t\t\t\n

# As 15 ngàn in nums-vi.t: a bare multiplier in a price needs a currency word to be
# money; it is then a number, multiplied.
case: hai triệu without a currency word is a number, multiplied
args: -l vi
in: Mỗi chiếc áo khoác được bán với giá hai triệu.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai triệu\tnumber\t2000000\t\t\tMỗi chiếc áo khoác được bán với giá hai triệu.\t\t\t\t\t\t\t\n

# ======================================================================
# One number word before a counted noun; một as an article, năm as the year,
# ba as father, and other words that only look like numbers
# ======================================================================

case: hai người
args: -l vi
in: Vụ tai nạn làm hai người bị thương nặng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai người\tquantity\t2\tngười\t\tVụ tai nạn làm hai người bị thương nặng.\t\t\t\t\t\t\t\n

case: ba xã
args: -l vi
in: Mưa lũ gây sạt lở nghiêm trọng tại ba xã vùng cao.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba xã\tquantity\t3\txã\t\tMưa lũ gây sạt lở nghiêm trọng tại ba xã vùng cao.\t\t\t\t\t\t\t\n

case: bảy ngày
args: -l vi
in: Người tiếp xúc gần phải tự theo dõi sức khỏe trong bảy ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tbảy ngày\tquantity\t7\tngày\t\tNgười tiếp xúc gần phải tự theo dõi sức khỏe trong bảy ngày.\t\t\t\t\t\t\t\n

case: bốn dự án
args: -l vi
in: Thành phố thu hồi bốn dự án chậm tiến độ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tbốn dự án\tquantity\t4\tdự án\t\tThành phố thu hồi bốn dự án chậm tiến độ.\t\t\t\t\t\t\t\n

# Năm before người cannot be the year: five people.  một gia đình is the article.
case: Năm người at the start is five people
args: -l vi
in: Năm người trong một gia đình bị ngộ độc nấm rừng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm người\tquantity\t5\tngười\t\tNăm người trong một gia đình bị ngộ độc nấm rừng.\t\t\t\t\t\t\t\n

case: sáu tháng as a duration
args: -l vi
in: Công trình phải tạm dừng thi công sáu tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tsáu tháng\tquantity\t6\ttháng\t\tCông trình phải tạm dừng thi công sáu tháng.\t\t\t\t\t\t\t\n

case: Tám học sinh
args: -l vi
in: Tám học sinh của trường đoạt giải trong kỳ thi học sinh giỏi quốc gia.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tTám học sinh\tquantity\t8\thọc sinh\t\tTám học sinh của trường đoạt giải trong kỳ thi học sinh giỏi quốc gia.\t\t\t\t\t\t\t\n

case: chín ca mắc
args: -l vi
in: Trong ngày, tỉnh ghi nhận thêm chín ca mắc sốt xuất huyết.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tchín ca mắc\tquantity\t9\tca mắc\t\tTrong ngày, tỉnh ghi nhận thêm chín ca mắc sốt xuất huyết.\t\t\t\t\t\t\t\n

case: một người is the article: no row
args: -l vi
in: Một người đàn ông đã bị bắt giữ khi đang vận chuyển hàng cấm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: một số: no row
args: -l vi
in: Một số doanh nghiệp vẫn chậm trả lương cho người lao động.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: một trong những: no row
args: -l vi
in: Đây là một trong những dự án trọng điểm của tỉnh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# The spec makes no exception for a duration: một before a counted noun, năm included,
# gives no row.
case: một năm is the article too: no row
args: -l vi
in: Sau một năm triển khai, mô hình đã được nhân rộng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: năm nay and năm ngoái are the year
args: -l vi
in: Năm nay, tỉnh đón hai triệu lượt khách, tăng ba phần trăm so với năm ngoái.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai triệu lượt khách\tquantity\t2000000\tlượt khách\t\tNăm nay, tỉnh đón hai triệu lượt khách, tăng ba phần trăm so với năm ngoái.\t\t\t\t\t\t\t\n
out: 1\tba phần trăm\tpercent\t3\t%\t\tNăm nay, tỉnh đón hai triệu lượt khách, tăng ba phần trăm so với năm ngoái.\t\t\t\t\t\t\t\n

case: năm 2023 is a year, năm xã is five communes
args: -l vi
in: Năm 2023, năm xã của huyện đạt chuẩn nông thôn mới nâng cao.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tNăm 2023\tdate\t2023\t\t\tNăm 2023, năm xã của huyện đạt chuẩn nông thôn mới nâng cao.\t\t\t\t\t\t\t\n
out: 1\tnăm xã\tquantity\t5\txã\t\tNăm 2023, năm xã của huyện đạt chuẩn nông thôn mới nâng cao.\t\t\t\t\t\t\t\n

# năm tháng (the years, time gone by) is one word: năm is the year here, so no row.
case: năm tháng is the years, not five months
args: -l vi
in: Những năm tháng gian khó của ngành dệt may đã lùi xa.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Năm học is the school year, then a count
args: -l vi
in: Năm học này, trường tuyển mới ba trăm học sinh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba trăm học sinh\tquantity\t300\thọc sinh\t\tNăm học này, trường tuyển mới ba trăm học sinh.\t\t\t\t\t\t\t\n

case: Ba as father, then an age in words
args: -l vi
in: Ba của nạn nhân cho biết cháu mới mười lăm tuổi.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười lăm tuổi\tquantity\t15\ttuổi\t\tBa của nạn nhân cho biết cháu mới mười lăm tuổi.\t\t\t\t\t\t\t\n

case: ba mẹ: no row
args: -l vi
in: Ba mẹ em đều là công nhân khu công nghiệp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Chú Ba is a name, then a hedged duration in digits
args: -l vi
in: Chú Ba bán bánh mì ở đầu hẻm đã hơn 30 năm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30 năm\tquantity\t30\tnăm\thơn\tChú Ba bán bánh mì ở đầu hẻm đã hơn 30 năm.\t\t\t\t\t\t\t\n

# Ba Tư with capitals in the middle of a sentence is the name (Persia): reading it as the
# colloquial 34 is not safe.
case: Ba Tư is Persia, not thirty-four
args: -l vi
in: Giá dầu Brent tăng 3% do căng thẳng ở vùng Vịnh Ba Tư.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t3%\tpercent\t3\t%\t\tGiá dầu Brent tăng 3% do căng thẳng ở vùng Vịnh Ba Tư.\t\t\t\t\t\t\t\n

# A capitalised place name after huyện: căn is a counted noun, but this is no count.
case: Năm Căn is a place, not five căn
args: -l vi
in: Triều cường làm ngập 200 ha lúa tại huyện Năm Căn.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t200 ha\tquantity\t200\tha\t\tTriều cường làm ngập 200 ha lúa tại huyện Năm Căn.\t\t\t\t\t\t\t\n

# One number word gives a row only before a multiplier, a percent word, a currency, a
# unit or a counted noun; nước and văn kiện are none of these.
case: hai nước and năm văn kiện: nouns outside the lists give no row
args: -l vi
in: Lãnh đạo hai nước đã chứng kiến lễ ký kết năm văn kiện hợp tác.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# đồng of đồng chí (comrade) is no currency, and đồng chí is not a counted noun.
case: hai đồng chí is not two đồng
args: -l vi
in: Hai đồng chí được bầu bổ sung vào Ban Thường vụ Tỉnh ủy.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# không alone is the negation; it is zero only inside a compound (không trăm).
case: không đồng ý is not zero đồng
args: -l vi
in: Có 38 hộ dân không đồng ý với phương án bồi thường.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t38 hộ\tquantity\t38\thộ\t\tCó 38 hộ dân không đồng ý với phương án bồi thường.\t\t\t\t\t\t\t\n

case: máy bay không người lái is not zero people
args: -l vi
in: Lực lượng cứu hộ dùng máy bay không người lái để tìm kiếm nạn nhân.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# mốt is one only after mươi or in hai mốt; alone it gives no row.
case: ngày mốt is the day after tomorrow
args: -l vi
in: Đoàn công tác sẽ lên đường vào ngày mốt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# tỷ of tỷ lệ (a rate) is no multiplier.
case: một tỷ lệ is a share, not a billion
args: -l vi
in: Chỉ một tỷ lệ nhỏ doanh nghiệp tiếp cận được gói vay ưu đãi.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# triệu of triệu chứng (a symptom) is no multiplier; triệu chứng is not a counted noun.
case: hai triệu chứng is two symptoms, not two million
args: -l vi
in: Bệnh nhân có hai triệu chứng điển hình là sốt cao và phát ban.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# chín right after the noun it describes (xoài … chín cây, ripened on the tree) is the
# adjective ripe: the reading nine cây is not safe.
case: chín cây is tree-ripened, not nine trees
args: -l vi
in: Xoài cát chín cây được bán với giá 60.000 đồng/kg.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t60.000 đồng/kg\tmoney\t60000\tVND/kg\t\tXoài cát chín cây được bán với giá 60.000 đồng/kg.\t\t\t\t\t\t\t\n

case: Linh is a name, then an age in words
args: -l vi
in: Chị Nguyễn Thùy Linh, hai mươi tám tuổi, là người phát hiện vụ việc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai mươi tám tuổi\tquantity\t28\ttuổi\t\tChị Nguyễn Thùy Linh, hai mươi tám tuổi, là người phát hiện vụ việc.\t\t\t\t\t\t\t\n

# As bão số 3 in nums-vi.t: a number that names something is no value.
case: bão số ba names a storm
args: -l vi
in: Bão số ba gây mưa lớn ở các tỉnh phía Bắc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# The spec lists vài, mấy, dăm as vague; mươi alone (ten or so) is vague the same way.
case: mươi alone is about ten
args: -l vi
in: Mỗi ngày chỉ có mươi khách ghé quán.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# ======================================================================
# Vague amounts give no row (vài, mấy, dăm, hàng trăm, hàng nghìn, vài chục)
# ======================================================================

case: vài trăm người
args: -l vi
in: Vài trăm người dân đã tập trung trước trụ sở xã.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: mấy nghìn lượt khách
args: -l vi
in: Mỗi dịp cuối tuần, khu du lịch đón mấy nghìn lượt khách.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# dăm ba is one vague word (a few): ba ngày inside it is no count.
case: dăm ba ngày
args: -l vi
in: Đợt mưa lớn có thể kéo dài dăm ba ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: vài ba người
args: -l vi
in: Chỉ vài ba người dân đến dự buổi tiếp xúc cử tri.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: hàng trăm tỷ đồng
args: -l vi
in: Dự án bỏ hoang gây lãng phí hàng trăm tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: vài chục triệu đồng
args: -l vi
in: Mỗi tháng, gia đình chị thu về vài chục triệu đồng từ vườn cam.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: hàng chục nghìn người
args: -l vi
in: Hàng chục nghìn người đổ về quảng trường xem bắn pháo hoa.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a vague amount, then an exact count in words
args: -l vi
in: Hàng trăm người dân đến dự, trong đó có hai mươi đại biểu khách mời.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai mươi đại biểu\tquantity\t20\tđại biểu\t\tHàng trăm người dân đến dự, trong đó có hai mươi đại biểu khách mời.\t\t\t\t\t\t\t\n

# ======================================================================
# Ordinals: a number word after thứ (thứ nhất 1, thứ nhì 2, thứ tư 4)
# ======================================================================

case: lần thứ mười một in the seed article
args: -l vi
in: Chiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một (mở rộng).\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30/11/2022\tdate\t2022-11-30\t\t\tChiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một (mở rộng).\t\t\t\t\t\t\t\n
out: 1\tthứ mười một\tordinal\t11\t\t\tChiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một (mở rộng).\t\t\t\t\t\t\t\n

case: lần thứ hai
args: -l vi
in: Đây là lần thứ hai trong tháng giá xăng được điều chỉnh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ hai\tordinal\t2\t\t\tĐây là lần thứ hai trong tháng giá xăng được điều chỉnh.\t\t\t\t\t\t\t\n

case: Kỳ họp thứ nhất, then khóa XVII
args: -l vi
in: Kỳ họp thứ nhất Hội đồng nhân dân tỉnh khóa XVII đã bầu các chức danh chủ chốt.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ nhất\tordinal\t1\t\t\tKỳ họp thứ nhất Hội đồng nhân dân tỉnh khóa XVII đã bầu các chức danh chủ chốt.\t\t\t\t\t\t\t\n
out: 1\tkhóa XVII\tnumber\t17\t\t\tKỳ họp thứ nhất Hội đồng nhân dân tỉnh khóa XVII đã bầu các chức danh chủ chốt.\t\t\t\t\t\t\t\n

case: xếp thứ nhì
args: -l vi
in: Đội tuyển bóng chuyền nữ xếp thứ nhì chung cuộc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ nhì\tordinal\t2\t\t\tĐội tuyển bóng chuyền nữ xếp thứ nhì chung cuộc.\t\t\t\t\t\t\t\n

case: lần thứ tư
args: -l vi
in: Cuộc cách mạng công nghiệp lần thứ tư mở ra nhiều cơ hội cho doanh nghiệp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ tư\tordinal\t4\t\t\tCuộc cách mạng công nghiệp lần thứ tư mở ra nhiều cơ hội cho doanh nghiệp.\t\t\t\t\t\t\t\n

# After the noun năm (year), thứ năm is the fifth, not Thursday.
case: năm thứ năm liên tiếp, then a hedged quantity
args: -l vi
in: Đây là năm thứ năm liên tiếp Việt Nam xuất khẩu trên 6 triệu tấn gạo.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ năm\tordinal\t5\t\t\tĐây là năm thứ năm liên tiếp Việt Nam xuất khẩu trên 6 triệu tấn gạo.\t\t\t\t\t\t\t\n
out: 1\t6 triệu tấn\tquantity\t6000000\ttấn\ttrên\tĐây là năm thứ năm liên tiếp Việt Nam xuất khẩu trên 6 triệu tấn gạo.\t\t\t\t\t\t\t\n

case: tuần thứ bảy liên tiếp
args: -l vi
in: Giá vàng thế giới tăng tuần thứ bảy liên tiếp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ bảy\tordinal\t7\t\t\tGiá vàng thế giới tăng tuần thứ bảy liên tiếp.\t\t\t\t\t\t\t\n

# ngày can be the cue of a weekday (ngày thứ Bảy), but liên tiếp (in a row) fits only
# an ordinal: the fourth day in a row.
case: ngày thứ tư liên tiếp is an ordinal, not Wednesday
args: -l vi
in: Đây là ngày thứ tư liên tiếp chỉ số VN-Index giảm điểm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ tư\tordinal\t4\t\t\tĐây là ngày thứ tư liên tiếp chỉ số VN-Index giảm điểm.\t\t\t\t\t\t\t\n

case: lần thứ mười lăm, then a hedged count
args: -l vi
in: Hội chợ hàng Việt lần thứ mười lăm thu hút hơn 2.000 người tham gia.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ mười lăm\tordinal\t15\t\t\tHội chợ hàng Việt lần thứ mười lăm thu hút hơn 2.000 người tham gia.\t\t\t\t\t\t\t\n
out: 1\t2.000 người\tquantity\t2000\tngười\thơn\tHội chợ hàng Việt lần thứ mười lăm thu hút hơn 2.000 người tham gia.\t\t\t\t\t\t\t\n

case: lần thứ hai and hai lần in one sentence
args: -l vi
in: Đây là lần thứ hai giá xăng tăng, sau hai lần giảm liên tiếp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ hai\tordinal\t2\t\t\tĐây là lần thứ hai giá xăng tăng, sau hai lần giảm liên tiếp.\t\t\t\t\t\t\t\n
out: 1\thai lần\tquantity\t2\tlần\t\tĐây là lần thứ hai giá xăng tăng, sau hai lần giảm liên tiếp.\t\t\t\t\t\t\t\n

# Thứ nhất, Thứ hai… at the head of a sentence number the points of a speech (firstly,
# secondly): no noun before thứ, no date after it.  Not a fact a spreadsheet wants: no row.
case: Thứ nhất opening a list of tasks
args: -l vi
in: Thứ nhất, tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: Thứ hai opening a list of tasks is not Monday
args: -l vi
in: Thứ hai, đẩy mạnh giải ngân vốn đầu tư công.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# ======================================================================
# Roman numerals after quý, khóa, Đại hội / đại hội, thế kỷ; Roman-looking
# letters elsewhere give no row; English does not read Roman numerals
# ======================================================================

case: quý IV without a published date
args: -l vi
in: Dự án dự kiến hoàn thành trong quý IV.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý IV\tdate\tXXXX-Q4\t\t\tDự án dự kiến hoàn thành trong quý IV.\t\t\t\t\t\t\t\n

case: quý IV takes the year of published
args: -l vi
in: \fpublished=2023-10-05T08:00:00+07:00\tlang=vi\n
in: Nhà máy sẽ đi vào vận hành thương mại trong quý IV.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý IV\tdate\t2023-Q4\t\t\tNhà máy sẽ đi vào vận hành thương mại trong quý IV.\t\t\t2023-10-05T08:00:00+07:00\t\tvi\t\t\n

case: quý I/2023, then a percent
args: -l vi
in: GDP quý I/2023 tăng 3,32% so với cùng kỳ năm trước.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý I/2023\tdate\t2023-Q1\t\t\tGDP quý I/2023 tăng 3,32% so với cùng kỳ năm trước.\t\t\t\t\t\t\t\n
out: 1\t3,32%\tpercent\t3.32\t%\t\tGDP quý I/2023 tăng 3,32% so với cùng kỳ năm trước.\t\t\t\t\t\t\t\n

case: Quý II năm 2024 at the start, then money
args: -l vi
in: Quý II năm 2024, lợi nhuận của ngân hàng đạt 5.200 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tQuý II năm 2024\tdate\t2024-Q2\t\t\tQuý II năm 2024, lợi nhuận của ngân hàng đạt 5.200 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t5.200 tỷ đồng\tmoney\t5200000000000\tVND\t\tQuý II năm 2024, lợi nhuận của ngân hàng đạt 5.200 tỷ đồng.\t\t\t\t\t\t\t\n

case: quý IV/2022 keeps its own year whatever the published date
args: -l vi
in: \fpublished=2023-02-10T09:00:00+07:00\tlang=vi\n
in: Lợi nhuận quý IV/2022 của tập đoàn giảm 25%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý IV/2022\tdate\t2022-Q4\t\t\tLợi nhuận quý IV/2022 của tập đoàn giảm 25%.\t\t\t2023-02-10T09:00:00+07:00\t\tvi\t\t\n
out: 1\t25%\tpercent\t25\t%\t\tLợi nhuận quý IV/2022 của tập đoàn giảm 25%.\t\t\t2023-02-10T09:00:00+07:00\t\tvi\t\t\n

case: quý III and quý IV with a published date
args: -l vi
in: \fpublished=2023-07-05T09:30:00+07:00\tlang=vi\n
in: Xuất khẩu được dự báo phục hồi trong quý III và quý IV.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý III\tdate\t2023-Q3\t\t\tXuất khẩu được dự báo phục hồi trong quý III và quý IV.\t\t\t2023-07-05T09:30:00+07:00\t\tvi\t\t\n
out: 1\tquý IV\tdate\t2023-Q4\t\t\tXuất khẩu được dự báo phục hồi trong quý III và quý IV.\t\t\t2023-07-05T09:30:00+07:00\t\tvi\t\t\n

# The text is the numeral and the noun right before it (khóa XV, as quý IV); Quốc hội
# is left out like any other word before the expression.
case: Quốc hội khóa XV, then a count
args: -l vi
in: Quốc hội khóa XV có 499 đại biểu.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tkhóa XV\tnumber\t15\t\t\tQuốc hội khóa XV có 499 đại biểu.\t\t\t\t\t\t\t\n
out: 1\t499 đại biểu\tquantity\t499\tđại biểu\t\tQuốc hội khóa XV có 499 đại biểu.\t\t\t\t\t\t\t\n

case: Đại hội XIII, then a year
args: -l vi
in: Nghị quyết Đại hội XIII của Đảng đặt mục tiêu đến năm 2045 Việt Nam trở thành nước phát triển.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tĐại hội XIII\tnumber\t13\t\t\tNghị quyết Đại hội XIII của Đảng đặt mục tiêu đến năm 2045 Việt Nam trở thành nước phát triển.\t\t\t\t\t\t\t\n
out: 1\tnăm 2045\tdate\t2045\t\t\tNghị quyết Đại hội XIII của Đảng đặt mục tiêu đến năm 2045 Việt Nam trở thành nước phát triển.\t\t\t\t\t\t\t\n

case: đại hội XIV in lower case
args: -l vi
in: Tỉnh ủy tập trung chuẩn bị nhân sự cho đại hội XIV của Đảng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tđại hội XIV\tnumber\t14\t\t\tTỉnh ủy tập trung chuẩn bị nhân sự cho đại hội XIV của Đảng.\t\t\t\t\t\t\t\n

case: thế kỷ XXI
args: -l vi
in: Đây là công trình thủy lợi lớn nhất đầu thế kỷ XXI.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthế kỷ XXI\tnumber\t21\t\t\tĐây là công trình thủy lợi lớn nhất đầu thế kỷ XXI.\t\t\t\t\t\t\t\n

case: thế kỷ XX
args: -l vi
in: Ngôi chùa được trùng tu nhiều lần trong thế kỷ XX.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthế kỷ XX\tnumber\t20\t\t\tNgôi chùa được trùng tu nhiều lần trong thế kỷ XX.\t\t\t\t\t\t\t\n

# After the noun kỳ họp, thứ 6 is the sixth session (version 1), not a weekday.
case: kỳ họp thứ 6 is no Friday, then khóa XV and a date
args: -l vi
in: Kỳ họp thứ 6, Quốc hội khóa XV khai mạc sáng 23/10.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ 6\tordinal\t6\t\t\tKỳ họp thứ 6, Quốc hội khóa XV khai mạc sáng 23/10.\t\t\t\t\t\t\t\n
out: 1\tkhóa XV\tnumber\t15\t\t\tKỳ họp thứ 6, Quốc hội khóa XV khai mạc sáng 23/10.\t\t\t\t\t\t\t\n
out: 1\t23/10\tdate\tXXXX-10-23\t\t\tKỳ họp thứ 6, Quốc hội khóa XV khai mạc sáng 23/10.\t\t\t\t\t\t\t\n

case: a vote: a date, khóa XV and a ratio of deputies
args: -l vi
in: Chiều 29/11, Quốc hội khóa XV biểu quyết thông qua nghị quyết với 469/470 đại biểu tán thành.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t29/11\tdate\tXXXX-11-29\t\t\tChiều 29/11, Quốc hội khóa XV biểu quyết thông qua nghị quyết với 469/470 đại biểu tán thành.\t\t\t\t\t\t\t\n
out: 1\tkhóa XV\tnumber\t15\t\t\tChiều 29/11, Quốc hội khóa XV biểu quyết thông qua nghị quyết với 469/470 đại biểu tán thành.\t\t\t\t\t\t\t\n
out: 1\t469/470 đại biểu\tratio\t469/470\tđại biểu\t\tChiều 29/11, Quốc hội khóa XV biểu quyết thông qua nghị quyết với 469/470 đại biểu tán thành.\t\t\t\t\t\t\t\n

case: chữ I is a shape
args: -l vi
in: Dầm cầu bằng thép chữ I bị võng sau trận lũ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# vùng is not among the nouns that take a Roman numeral: vùng I names a region, like
# Phường 5.  tối thiểu is not next to the amount, so it qualifies nothing.
case: vùng I names a wage region
args: -l vi
in: Lương tối thiểu vùng I tăng lên 4,96 triệu đồng/tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t4,96 triệu đồng/tháng\tmoney\t4960000\tVND/tháng\t\tLương tối thiểu vùng I tăng lên 4,96 triệu đồng/tháng.\t\t\t\t\t\t\t\n

case: đô thị loại I is a class
args: -l vi
in: Thành phố được công nhận là đô thị loại I trực thuộc tỉnh.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: vitamin C
args: -l vi
in: Trẻ em cần được bổ sung vitamin C và kẽm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: a Roman heading number is a label
args: -l vi
in: II. Nhiệm vụ, giải pháp năm 2024\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tnăm 2024\tdate\t2024\t\t\tII. Nhiệm vụ, giải pháp năm 2024\t\t\t\t\t\t\t\n

case: English: the pronoun I
args: -l en
in: I think prices will keep falling next year, the minister said.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: English: World War II is not read, a duration is
args: -l en
in: The ceremony marked 80 years since the end of World War II.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t80 years\tquantity\t80\tyears\t\tThe ceremony marked 80 years since the end of World War II.\t\t\t\t\t\t\t\n

case: English: Phase III is not read, a count is
args: -l en
in: The Phase III trial enrolled 30,000 people.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t30,000 people\tquantity\t30000\tpeople\t\tThe Phase III trial enrolled 30,000 people.\t\t\t\t\t\t\t\n

# ======================================================================
# Weekdays: Thứ 2 … Thứ 7, Thứ Hai … Thứ Bảy, Chủ nhật, CN → XXXX-WXX-N
# (Monday 1 … Sunday 7); a weekday before a date gives two rows
# ======================================================================

case: Thứ 5 before a date: the seed article's date line
args: -l vi
in: Thứ 5, 01.12.2022 | 15:12:13\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tThứ 5\tdate\tXXXX-WXX-4\t\t\tThứ 5, 01.12.2022 | 15:12:13\t\t\t\t\t\t\t\n
out: 1\t01.12.2022\tdate\t2022-12-01\t\t\tThứ 5, 01.12.2022 | 15:12:13\t\t\t\t\t\t\t\n
out: 1\t15:12:13\ttime\t15:12:13\t\t\tThứ 5, 01.12.2022 | 15:12:13\t\t\t\t\t\t\t\n

case: Thứ Năm before a date
args: -l vi
in: Thứ Năm, 07/12/2023 09:30\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tThứ Năm\tdate\tXXXX-WXX-4\t\t\tThứ Năm, 07/12/2023 09:30\t\t\t\t\t\t\t\n
out: 1\t07/12/2023\tdate\t2023-12-07\t\t\tThứ Năm, 07/12/2023 09:30\t\t\t\t\t\t\t\n
out: 1\t09:30\ttime\t09:30\t\t\tThứ Năm, 07/12/2023 09:30\t\t\t\t\t\t\t\n

case: Thứ 2 is Monday, weekday 1
args: -l vi
in: Thứ 2, 04/12/2023 | 14:20\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tThứ 2\tdate\tXXXX-WXX-1\t\t\tThứ 2, 04/12/2023 | 14:20\t\t\t\t\t\t\t\n
out: 1\t04/12/2023\tdate\t2023-12-04\t\t\tThứ 2, 04/12/2023 | 14:20\t\t\t\t\t\t\t\n
out: 1\t14:20\ttime\t14:20\t\t\tThứ 2, 04/12/2023 | 14:20\t\t\t\t\t\t\t\n

case: Thứ 7 is Saturday, weekday 6
args: -l vi
in: Thứ 7, 09/12/2023\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tThứ 7\tdate\tXXXX-WXX-6\t\t\tThứ 7, 09/12/2023\t\t\t\t\t\t\t\n
out: 1\t09/12/2023\tdate\t2023-12-09\t\t\tThứ 7, 09/12/2023\t\t\t\t\t\t\t\n

# The date takes the published year; the weekday keeps XXXX-WXX-1 (the spec gives a
# weekday no year or week).
case: sáng thứ Hai with its date in brackets and a published date
args: -l vi
in: \fpublished=2023-12-05T07:00:00+07:00\tlang=vi\n
in: Sáng thứ Hai (4/12), giá vàng SJC tăng ba trăm nghìn đồng, lên 74,5 triệu đồng/lượng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ Hai\tdate\tXXXX-WXX-1\t\t\tSáng thứ Hai (4/12), giá vàng SJC tăng ba trăm nghìn đồng, lên 74,5 triệu đồng/lượng.\t\t\t2023-12-05T07:00:00+07:00\t\tvi\t\t\n
out: 1\t4/12\tdate\t2023-12-04\t\t\tSáng thứ Hai (4/12), giá vàng SJC tăng ba trăm nghìn đồng, lên 74,5 triệu đồng/lượng.\t\t\t2023-12-05T07:00:00+07:00\t\tvi\t\t\n
out: 1\tba trăm nghìn đồng\tmoney\t300000\tVND\t\tSáng thứ Hai (4/12), giá vàng SJC tăng ba trăm nghìn đồng, lên 74,5 triệu đồng/lượng.\t\t\t2023-12-05T07:00:00+07:00\t\tvi\t\t\n
out: 1\t74,5 triệu đồng/lượng\tmoney\t74500000\tVND/lượng\t\tSáng thứ Hai (4/12), giá vàng SJC tăng ba trăm nghìn đồng, lên 74,5 triệu đồng/lượng.\t\t\t2023-12-05T07:00:00+07:00\t\tvi\t\t\n

case: vào thứ Hai
args: -l vi
in: Kết quả kỳ thi sẽ được công bố vào thứ Hai tuần tới.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ Hai\tdate\tXXXX-WXX-1\t\t\tKết quả kỳ thi sẽ được công bố vào thứ Hai tuần tới.\t\t\t\t\t\t\t\n

case: hôm thứ Ba and tối thứ Tư
args: -l vi
in: Giá vàng giảm mạnh hôm thứ Ba nhưng tăng trở lại vào tối thứ Tư.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ Ba\tdate\tXXXX-WXX-2\t\t\tGiá vàng giảm mạnh hôm thứ Ba nhưng tăng trở lại vào tối thứ Tư.\t\t\t\t\t\t\t\n
out: 1\tthứ Tư\tdate\tXXXX-WXX-3\t\t\tGiá vàng giảm mạnh hôm thứ Ba nhưng tăng trở lại vào tối thứ Tư.\t\t\t\t\t\t\t\n

case: ngày thứ Bảy and Chủ nhật
args: -l vi
in: Các điểm tiêm vẫn mở cửa ngày thứ Bảy và Chủ nhật.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ Bảy\tdate\tXXXX-WXX-6\t\t\tCác điểm tiêm vẫn mở cửa ngày thứ Bảy và Chủ nhật.\t\t\t\t\t\t\t\n
out: 1\tChủ nhật\tdate\tXXXX-WXX-7\t\t\tCác điểm tiêm vẫn mở cửa ngày thứ Bảy và Chủ nhật.\t\t\t\t\t\t\t\n

case: sáng Chủ nhật with its date; hàng nghìn gives no row
args: -l vi
in: Sáng Chủ nhật (3/12), hàng nghìn người tham gia giải chạy vì người nghèo.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tChủ nhật\tdate\tXXXX-WXX-7\t\t\tSáng Chủ nhật (3/12), hàng nghìn người tham gia giải chạy vì người nghèo.\t\t\t\t\t\t\t\n
out: 1\t3/12\tdate\tXXXX-12-03\t\t\tSáng Chủ nhật (3/12), hàng nghìn người tham gia giải chạy vì người nghèo.\t\t\t\t\t\t\t\n

case: Chủ Nhật with a capital N
args: -l vi
in: Tối Chủ Nhật, hàng trăm người dân đổ ra đường xem pháo hoa.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tChủ Nhật\tdate\tXXXX-WXX-7\t\t\tTối Chủ Nhật, hàng trăm người dân đổ ra đường xem pháo hoa.\t\t\t\t\t\t\t\n

case: CN before a date
args: -l vi
in: CN, 03/12/2023 08:15\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tCN\tdate\tXXXX-WXX-7\t\t\tCN, 03/12/2023 08:15\t\t\t\t\t\t\t\n
out: 1\t03/12/2023\tdate\t2023-12-03\t\t\tCN, 03/12/2023 08:15\t\t\t\t\t\t\t\n
out: 1\t08:15\ttime\t08:15\t\t\tCN, 03/12/2023 08:15\t\t\t\t\t\t\t\n

# CN-XD is công nghiệp – xây dựng (industry and construction): CN is Sunday only as a
# weekday, before a date or after a cue word.
case: CN in CN-XD is industry, not Sunday
args: -l vi
in: Khu vực CN-XD tăng trưởng 7,8%.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t7,8%\tpercent\t7.8\t%\t\tKhu vực CN-XD tăng trưởng 7,8%.\t\t\t\t\t\t\t\n

# lần thứ 5 stays an ordinal: after lần, thứ 5 is the fifth time, not Thursday.
case: hôm thứ Sáu, its date, lần thứ 5 and quý IV
args: -l vi
in: Hôm thứ Sáu (8/12), giá xăng được điều chỉnh lần thứ 5 trong quý IV.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ Sáu\tdate\tXXXX-WXX-5\t\t\tHôm thứ Sáu (8/12), giá xăng được điều chỉnh lần thứ 5 trong quý IV.\t\t\t\t\t\t\t\n
out: 1\t8/12\tdate\tXXXX-12-08\t\t\tHôm thứ Sáu (8/12), giá xăng được điều chỉnh lần thứ 5 trong quý IV.\t\t\t\t\t\t\t\n
out: 1\tthứ 5\tordinal\t5\t\t\tHôm thứ Sáu (8/12), giá xăng được điều chỉnh lần thứ 5 trong quý IV.\t\t\t\t\t\t\t\n
out: 1\tquý IV\tdate\tXXXX-Q4\t\t\tHôm thứ Sáu (8/12), giá xăng được điều chỉnh lần thứ 5 trong quý IV.\t\t\t\t\t\t\t\n

# Many papers write weekdays in lower case; the cue vào makes thứ sáu a weekday all the same.
case: a weekday in lower case after vào
args: -l vi
in: Cuộc họp báo sẽ diễn ra vào thứ sáu tuần này.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ sáu\tdate\tXXXX-WXX-5\t\t\tCuộc họp báo sẽ diễn ra vào thứ sáu tuần này.\t\t\t\t\t\t\t\n

case: sáng thứ Hai and lần thứ hai in one sentence
args: -l vi
in: Sáng thứ Hai, Hội đồng nhân dân thành phố họp lần thứ hai trong tháng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthứ Hai\tdate\tXXXX-WXX-1\t\t\tSáng thứ Hai, Hội đồng nhân dân thành phố họp lần thứ hai trong tháng.\t\t\t\t\t\t\t\n
out: 1\tthứ hai\tordinal\t2\t\t\tSáng thứ Hai, Hội đồng nhân dân thành phố họp lần thứ hai trong tháng.\t\t\t\t\t\t\t\n

case: a document: a weekday date line, then words, Roman numerals and ordinals
args: -l vi
in: \furl=https://baotinh.example/thoi-su/be-mac-ky-hop.html\tpublished=2023-12-08T10:05:00+07:00\tlang=vi\tsite=Báo Tỉnh\n
in: Thứ Sáu, 08/12/2023 10:05\n
in: Chiều 7/12, Hội đồng nhân dân tỉnh khóa XVII bế mạc kỳ họp thứ mười lăm.\n
in: Kỳ họp có năm mươi hai đại biểu tham dự.\n
in: Các đại biểu đã thảo luận trong hai ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tThứ Sáu\tdate\tXXXX-WXX-5\t\t\tThứ Sáu, 08/12/2023 10:05\thttps://baotinh.example/thoi-su/be-mac-ky-hop.html\t\t2023-12-08T10:05:00+07:00\t\tvi\tBáo Tỉnh\t\n
out: 1\t08/12/2023\tdate\t2023-12-08\t\t\tThứ Sáu, 08/12/2023 10:05\thttps://baotinh.example/thoi-su/be-mac-ky-hop.html\t\t2023-12-08T10:05:00+07:00\t\tvi\tBáo Tỉnh\t\n
out: 1\t10:05\ttime\t10:05\t\t\tThứ Sáu, 08/12/2023 10:05\thttps://baotinh.example/thoi-su/be-mac-ky-hop.html\t\t2023-12-08T10:05:00+07:00\t\tvi\tBáo Tỉnh\t\n
out: 2\t7/12\tdate\t2023-12-07\t\t\tChiều 7/12, Hội đồng nhân dân tỉnh khóa XVII bế mạc kỳ họp thứ mười lăm.\thttps://baotinh.example/thoi-su/be-mac-ky-hop.html\t\t2023-12-08T10:05:00+07:00\t\tvi\tBáo Tỉnh\t\n
out: 2\tkhóa XVII\tnumber\t17\t\t\tChiều 7/12, Hội đồng nhân dân tỉnh khóa XVII bế mạc kỳ họp thứ mười lăm.\thttps://baotinh.example/thoi-su/be-mac-ky-hop.html\t\t2023-12-08T10:05:00+07:00\t\tvi\tBáo Tỉnh\t\n
out: 2\tthứ mười lăm\tordinal\t15\t\t\tChiều 7/12, Hội đồng nhân dân tỉnh khóa XVII bế mạc kỳ họp thứ mười lăm.\thttps://baotinh.example/thoi-su/be-mac-ky-hop.html\t\t2023-12-08T10:05:00+07:00\t\tvi\tBáo Tỉnh\t\n
out: 3\tnăm mươi hai đại biểu\tquantity\t52\tđại biểu\t\tKỳ họp có năm mươi hai đại biểu tham dự.\thttps://baotinh.example/thoi-su/be-mac-ky-hop.html\t\t2023-12-08T10:05:00+07:00\t\tvi\tBáo Tỉnh\t\n
out: 4\thai ngày\tquantity\t2\tngày\t\tCác đại biểu đã thảo luận trong hai ngày.\thttps://baotinh.example/thoi-su/be-mac-ky-hop.html\t\t2023-12-08T10:05:00+07:00\t\tvi\tBáo Tỉnh\t\n

# ======================================================================
# English number words: zero … nineteen, tens, hundred, thousand, million,
# billion, with hyphens and "and"; one word alone only before a unit or a
# counted noun, or after "the" as an ordinal (first … twentieth)
# ======================================================================

case: English: Eleven people, then a weekday
args: -l en
in: Eleven people were injured in the blast on Friday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tEleven people\tquantity\t11\tpeople\t\tEleven people were injured in the blast on Friday.\t\t\t\t\t\t\t\n
out: 1\tFriday\tdate\tXXXX-WXX-5\t\t\tEleven people were injured in the blast on Friday.\t\t\t\t\t\t\t\n

case: English: twenty-five years
args: -l en
in: He was sentenced to twenty-five years in prison.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttwenty-five years\tquantity\t25\tyears\t\tHe was sentenced to twenty-five years in prison.\t\t\t\t\t\t\t\n

case: English: one hundred and five people
args: -l en
in: The plane carried one hundred and five people.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tone hundred and five people\tquantity\t105\tpeople\t\tThe plane carried one hundred and five people.\t\t\t\t\t\t\t\n

# twenty-five and ninety-three are two number words joined by a hyphen: a compound, read
# alone, unlike a single word.
case: English: a hyphenated compound alone is a number
args: -l en
in: The oldest runner in the race was ninety-three.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tninety-three\tnumber\t93\t\t\tThe oldest runner in the race was ninety-three.\t\t\t\t\t\t\t\n

case: English: three million people
args: -l en
in: The floods affected three million people.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthree million people\tquantity\t3000000\tpeople\t\tThe floods affected three million people.\t\t\t\t\t\t\t\n

case: English: one before a multiplier is a number
args: -l en
in: The festival drew one million people.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tone million people\tquantity\t1000000\tpeople\t\tThe festival drew one million people.\t\t\t\t\t\t\t\n

case: English: two hundred and fifty homes
args: -l en
in: The storm destroyed two hundred and fifty homes.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttwo hundred and fifty homes\tquantity\t250\thomes\t\tThe storm destroyed two hundred and fifty homes.\t\t\t\t\t\t\t\n

case: English: twelve million residents
args: -l en
in: The city of twelve million residents still has no metro.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttwelve million residents\tquantity\t12000000\tresidents\t\tThe city of twelve million residents still has no metro.\t\t\t\t\t\t\t\n

case: English: Sixteen students at the start
args: -l en
in: Sixteen students passed the exam.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tSixteen students\tquantity\t16\tstudents\t\tSixteen students passed the exam.\t\t\t\t\t\t\t\n

case: English: ninety-nine votes
args: -l en
in: The motion received ninety-nine votes.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tninety-nine votes\tquantity\t99\tvotes\t\tThe motion received ninety-nine votes.\t\t\t\t\t\t\t\n

case: English: seven days
args: -l en
in: Visitors must quarantine for seven days.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tseven days\tquantity\t7\tdays\t\tVisitors must quarantine for seven days.\t\t\t\t\t\t\t\n

case: English: three times
args: -l en
in: The plant has been inspected three times this year.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthree times\tquantity\t3\ttimes\t\tThe plant has been inspected three times this year.\t\t\t\t\t\t\t\n

case: English: zero deaths has the value 0
args: -l en
in: The province reported zero deaths last week.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tzero deaths\tquantity\t0\tdeaths\t\tThe province reported zero deaths last week.\t\t\t\t\t\t\t\n

case: English: two percent
args: -l en
in: Unemployment fell to two percent.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttwo percent\tpercent\t2\t%\t\tUnemployment fell to two percent.\t\t\t\t\t\t\t\n

case: English: five per cent
args: -l en
in: Wages rose five per cent.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tfive per cent\tpercent\t5\t%\t\tWages rose five per cent.\t\t\t\t\t\t\t\n

case: English: nearly ten percent
args: -l en
in: Rice prices jumped nearly ten percent.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tten percent\tpercent\t10\t%\tnearly\tRice prices jumped nearly ten percent.\t\t\t\t\t\t\t\n

case: English: About at the start of the sentence
args: -l en
in: About two hundred people attended the funeral.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttwo hundred people\tquantity\t200\tpeople\tabout\tAbout two hundred people attended the funeral.\t\t\t\t\t\t\t\n

case: English: More than three thousand workers
args: -l en
in: More than three thousand workers lost their jobs.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthree thousand workers\tquantity\t3000\tworkers\tmore than\tMore than three thousand workers lost their jobs.\t\t\t\t\t\t\t\n

# euros is the plural of the spec's euro, as in nums-en.t.
case: English: two billion euros
args: -l en
in: The EU pledged two billion euros in aid.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttwo billion euros\tmoney\t2000000000\tEUR\t\tThe EU pledged two billion euros in aid.\t\t\t\t\t\t\t\n

case: English: the third
args: -l en
in: It was the third rate cut this year.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tthird\tordinal\t3\t\t\tIt was the third rate cut this year.\t\t\t\t\t\t\t\n

case: English: the first, a year and a number
args: -l en
in: It is the first time since 2019 that the index has reached 1,300.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tfirst\tordinal\t1\t\t\tIt is the first time since 2019 that the index has reached 1,300.\t\t\t\t\t\t\t\n
out: 1\t2019\tdate\t2019\t\t\tIt is the first time since 2019 that the index has reached 1,300.\t\t\t\t\t\t\t\n
out: 1\t1,300\tnumber\t1300\t\t\tIt is the first time since 2019 that the index has reached 1,300.\t\t\t\t\t\t\t\n

case: English: the twentieth, then a year
args: -l en
in: The city will mark the twentieth anniversary of the bridge in 2025.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttwentieth\tordinal\t20\t\t\tThe city will mark the twentieth anniversary of the bridge in 2025.\t\t\t\t\t\t\t\n
out: 1\t2025\tdate\t2025\t\t\tThe city will mark the twentieth anniversary of the bridge in 2025.\t\t\t\t\t\t\t\n

case: English: First without the gives no row
args: -l en
in: First, the committee will review the budget.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: English: One as a pronoun gives no row
args: -l en
in: One of the suspects remains at large.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: English: no one gives no row, a count does
args: -l en
in: No one was hurt, but the fire destroyed 12 homes.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\t12 homes\tquantity\t12\thomes\t\tNo one was hurt, but the fire destroyed 12 homes.\t\t\t\t\t\t\t\n

# leaders is neither a unit nor a counted noun of the spec, and two is a single word.
case: English: one word before a noun outside the lists gives no row
args: -l en
in: The two leaders met in Hanoi.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

case: English: hundreds and thousands are vague
args: -l en
in: Hundreds of people were evacuated and thousands of homes lost power.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n

# ======================================================================
# English weekdays: Monday 1 … Sunday 7, without the cue word (on, last)
# ======================================================================

case: English: on Thursday
args: -l en
in: The results will be published on Thursday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tThursday\tdate\tXXXX-WXX-4\t\t\tThe results will be published on Thursday.\t\t\t\t\t\t\t\n

case: English: last Sunday
args: -l en
in: Voters went to the polls last Sunday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tSunday\tdate\tXXXX-WXX-7\t\t\tVoters went to the polls last Sunday.\t\t\t\t\t\t\t\n

case: English: Tuesday and Wednesday
args: -l en
in: Talks continue on Tuesday and Wednesday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tTuesday\tdate\tXXXX-WXX-2\t\t\tTalks continue on Tuesday and Wednesday.\t\t\t\t\t\t\t\n
out: 1\tWednesday\tdate\tXXXX-WXX-3\t\t\tTalks continue on Tuesday and Wednesday.\t\t\t\t\t\t\t\n

# Two rows; the date takes the published year, the weekday keeps XXXX-WXX-6.
case: English: a weekday before a date with a published year
args: -l en
in: \fpublished=2023-06-28\tlang=en\n
in: The new rules take effect on Saturday, July 1.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tSaturday\tdate\tXXXX-WXX-6\t\t\tThe new rules take effect on Saturday, July 1.\t\t\t2023-06-28\t\ten\t\t\n
out: 1\tJuly 1\tdate\t2023-07-01\t\t\tThe new rules take effect on Saturday, July 1.\t\t\t2023-06-28\t\ten\t\t\n

# A weekday inside a newspaper's name is no day: a spreadsheet wants no row for it.
case: English: The Sunday Times is a name, Friday is a day
args: -l en
in: The Sunday Times reported on Friday that talks had stalled.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tFriday\tdate\tXXXX-WXX-5\t\t\tThe Sunday Times reported on Friday that talks had stalled.\t\t\t\t\t\t\t\n

# ======================================================================
# Sentences that mix version 1 expressions with version 2 ones: rows in the
# order the expressions start
# ======================================================================

case: GDP quý IV/2023, a percent, ba năm
args: -l vi
in: GDP quý IV/2023 tăng 6,72%, mức cao nhất trong ba năm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tquý IV/2023\tdate\t2023-Q4\t\t\tGDP quý IV/2023 tăng 6,72%, mức cao nhất trong ba năm.\t\t\t\t\t\t\t\n
out: 1\t6,72%\tpercent\t6.72\t%\t\tGDP quý IV/2023 tăng 6,72%, mức cao nhất trong ba năm.\t\t\t\t\t\t\t\n
out: 1\tba năm\tquantity\t3\tnăm\t\tGDP quý IV/2023 tăng 6,72%, mức cao nhất trong ba năm.\t\t\t\t\t\t\t\n

# 6 tháng đầu năm 2023 is the first half-year in version 1; in words it is the same.
case: sáu tháng đầu năm 2023 in words, a count in words, money in digits
args: -l vi
in: Trong sáu tháng đầu năm 2023, tỉnh thu hút mười lăm dự án với tổng vốn 1.200 tỷ đồng.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tsáu tháng đầu năm 2023\tdate\t2023-H1\t\t\tTrong sáu tháng đầu năm 2023, tỉnh thu hút mười lăm dự án với tổng vốn 1.200 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\tmười lăm dự án\tquantity\t15\tdự án\t\tTrong sáu tháng đầu năm 2023, tỉnh thu hút mười lăm dự án với tổng vốn 1.200 tỷ đồng.\t\t\t\t\t\t\t\n
out: 1\t1.200 tỷ đồng\tmoney\t1200000000000\tVND\t\tTrong sáu tháng đầu năm 2023, tỉnh thu hút mười lăm dự án với tổng vốn 1.200 tỷ đồng.\t\t\t\t\t\t\t\n

# The spec is silent on month names in words.  Chosen: tháng Ba is March, read like
# tháng 3 (no year here and no published date: XXXX-03).
case: ba tháng is a duration, tháng Ba is March
args: -l vi
in: Sau ba tháng thi công, cây cầu được thông xe vào tháng Ba.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba tháng\tquantity\t3\ttháng\t\tSau ba tháng thi công, cây cầu được thông xe vào tháng Ba.\t\t\t\t\t\t\t\n
out: 1\ttháng Ba\tdate\tXXXX-03\t\t\tSau ba tháng thi công, cây cầu được thông xe vào tháng Ba.\t\t\t\t\t\t\t\n

# 3 giờ chiều is a time in version 1; in words it is the same time, not three hours.
case: ba giờ chiều is a time, then a date
args: -l vi
in: Lễ khánh thành diễn ra lúc ba giờ chiều ngày 15/12.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba giờ chiều\ttime\t15:00\t\t\tLễ khánh thành diễn ra lúc ba giờ chiều ngày 15/12.\t\t\t\t\t\t\t\n
out: 1\t15/12\tdate\tXXXX-12-15\t\t\tLễ khánh thành diễn ra lúc ba giờ chiều ngày 15/12.\t\t\t\t\t\t\t\n

# rưỡi after a counted noun adds half of it, as ba tỷ rưỡi adds half a tỷ: two and a half
# years.
case: hai năm rưỡi, then a length in digits
args: -l vi
in: Sau hai năm rưỡi thi công, tuyến cao tốc dài 63,37 km đã được thông xe.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\thai năm rưỡi\tquantity\t2.5\tnăm\t\tSau hai năm rưỡi thi công, tuyến cao tốc dài 63,37 km đã được thông xe.\t\t\t\t\t\t\t\n
out: 1\t63,37 km\tquantity\t63.37\tkm\t\tSau hai năm rưỡi thi công, tuyến cao tốc dài 63,37 km đã được thông xe.\t\t\t\t\t\t\t\n

# Like từ 5 đến 7 ngày: one row, the noun of the right end applies to both ends.
case: từ hai đến ba ngày is a range
args: -l vi
in: Thời gian cấp đổi giấy phép lái xe được rút ngắn còn từ hai đến ba ngày.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\ttừ hai đến ba ngày\tquantity\t2..3\tngày\t\tThời gian cấp đổi giấy phép lái xe được rút ngắn còn từ hai đến ba ngày.\t\t\t\t\t\t\t\n

case: Hơn ba nghìn người
args: -l vi
in: Hơn ba nghìn người lao động được hỗ trợ tìm việc làm.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba nghìn người\tquantity\t3000\tngười\thơn\tHơn ba nghìn người lao động được hỗ trợ tìm việc làm.\t\t\t\t\t\t\t\n

case: Gần một triệu người
args: -l vi
in: Gần một triệu người đã theo dõi trực tiếp lễ khai mạc.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmột triệu người\tquantity\t1000000\tngười\tgần\tGần một triệu người đã theo dõi trực tiếp lễ khai mạc.\t\t\t\t\t\t\t\n

case: Khoảng ba trăm hộ
args: -l vi
in: Khoảng ba trăm hộ dân phải di dời khẩn cấp.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tba trăm hộ\tquantity\t300\thộ\tkhoảng\tKhoảng ba trăm hộ dân phải di dời khẩn cấp.\t\t\t\t\t\t\t\n

case: mười tám tuổi trở lên
args: -l vi
in: Công dân từ mười tám tuổi trở lên được tham gia bầu cử.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tmười tám tuổi\tquantity\t18\ttuổi\ttrở lên\tCông dân từ mười tám tuổi trở lên được tham gia bầu cử.\t\t\t\t\t\t\t\n

case: English: a weekday, percentage points and the third
args: -l en
in: On Monday, the bank cut its key rate by 0.5 percentage points, the third cut this year.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tMonday\tdate\tXXXX-WXX-1\t\t\tOn Monday, the bank cut its key rate by 0.5 percentage points, the third cut this year.\t\t\t\t\t\t\t\n
out: 1\t0.5 percentage points\tpercent\t0.5\tpp\t\tOn Monday, the bank cut its key rate by 0.5 percentage points, the third cut this year.\t\t\t\t\t\t\t\n
out: 1\tthird\tordinal\t3\t\t\tOn Monday, the bank cut its key rate by 0.5 percentage points, the third cut this year.\t\t\t\t\t\t\t\n

case: English: words, digits and a weekday
args: -l en
in: The storm killed eleven people and destroyed 2,500 homes on Sunday.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\televen people\tquantity\t11\tpeople\t\tThe storm killed eleven people and destroyed 2,500 homes on Sunday.\t\t\t\t\t\t\t\n
out: 1\t2,500 homes\tquantity\t2500\thomes\t\tThe storm killed eleven people and destroyed 2,500 homes on Sunday.\t\t\t\t\t\t\t\n
out: 1\tSunday\tdate\tXXXX-WXX-7\t\t\tThe storm killed eleven people and destroyed 2,500 homes on Sunday.\t\t\t\t\t\t\t\n

# ======================================================================
# Fractions in words: a ratio (ba phần trăm stays a percent)
# ======================================================================

case: Vietnamese fractions in words
args: -l vi
in: Hai phần ba số hộ đã thoát nghèo, một phần tư còn khó khăn, ba phần trăm chưa rõ.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tHai phần ba\tratio\t2/3\t\t\tHai phần ba số hộ đã thoát nghèo, một phần tư còn khó khăn, ba phần trăm chưa rõ.\t\t\t\t\t\t\t\n
out: 1\tmột phần tư\tratio\t1/4\t\t\tHai phần ba số hộ đã thoát nghèo, một phần tư còn khó khăn, ba phần trăm chưa rõ.\t\t\t\t\t\t\t\n
out: 1\tba phần trăm\tpercent\t3\t%\t\tHai phần ba số hộ đã thoát nghèo, một phần tư còn khó khăn, ba phần trăm chưa rõ.\t\t\t\t\t\t\t\n

case: English fractions in words
args: -l en
in: Two thirds of voters and one quarter of firms agreed, one third did not.\n
out: sentence_no\ttext\tkind\tvalue\tunit\tqualifier\tsentence\turl\ttitle\tpublished\tauthor\tlang\tsite\tsource\n
out: 1\tTwo thirds\tratio\t2/3\t\t\tTwo thirds of voters and one quarter of firms agreed, one third did not.\t\t\t\t\t\t\t\n
out: 1\tone quarter\tratio\t1/4\t\t\tTwo thirds of voters and one quarter of firms agreed, one third did not.\t\t\t\t\t\t\t\n
out: 1\tone third\tratio\t1/3\t\t\tTwo thirds of voters and one quarter of firms agreed, one third did not.\t\t\t\t\t\t\t\n
