# ntx-split, Vietnamese news prose: format in tests/cli/README.md.
#
# Each expected sentence is one `out:` line ending in \n; `out: \n` is the
# blank line between two paragraphs.
#
# The expected lines are what a careful Vietnamese reader would split, and
# where the behaviour is a convention (ellipsis, lists, line breaks, quotes)
# they follow the ntx-split conventions and the "Sentence boundaries" section
# of VIETNAMESE.md.  About half the cases are traps: a period, ! or ? where a
# naive splitter would cut and must not, or a boundary it would miss.
# Except the seed article and a line of Hồ Chí Minh's 1945 letter to pupils,
# people and figures are invented; all text is NFC, as norm leaves it.
# Most cases give `-l vi`, so that the language guess is tested only in the
# group made for it.

# ======================================================================
# Plain terminators . ! ? and their runs
# ======================================================================

case: two sentences ended by periods
args: -l vi
in: Chiều 30/11, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một. Hội nghị diễn ra trong một ngày.\n
out: Chiều 30/11, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một.\n
out: Hội nghị diễn ra trong một ngày.\n

case: a question mark ends a sentence
args: -l vi
in: Vì sao giá rau xanh tăng mạnh sau mưa lũ? Theo các tiểu thương, nguồn cung từ Đà Lạt giảm gần một nửa.\n
out: Vì sao giá rau xanh tăng mạnh sau mưa lũ?\n
out: Theo các tiểu thương, nguồn cung từ Đà Lạt giảm gần một nửa.\n

case: an exclamation mark ends a sentence
args: -l vi
in: Đây là mùa vải được giá nhất từ trước đến nay! Nhiều hộ dân ở Lục Ngạn thu về hàng trăm triệu đồng.\n
out: Đây là mùa vải được giá nhất từ trước đến nay!\n
out: Nhiều hộ dân ở Lục Ngạn thu về hàng trăm triệu đồng.\n

case: the run ?! stays whole at the end of its sentence
args: -l vi
in: Một bó rau muống giá 30.000 đồng?! Đó là thực tế tại nhiều chợ dân sinh ở Hà Nội sau bão số 3.\n
out: Một bó rau muống giá 30.000 đồng?!\n
out: Đó là thực tế tại nhiều chợ dân sinh ở Hà Nội sau bão số 3.\n

case: the runs !! and ?? stay whole, spaces after them are trimmed
args: -l vi
in: Bạn đọc Hoàng Minh viết: Không thể chấp nhận được!! Người dân phải chờ hơn 5 tiếng mới làm xong thủ tục. Ai chịu trách nhiệm??   Câu hỏi này đến nay vẫn chưa có lời đáp.\n
out: Bạn đọc Hoàng Minh viết: Không thể chấp nhận được!!\n
out: Người dân phải chờ hơn 5 tiếng mới làm xong thủ tục.\n
out: Ai chịu trách nhiệm??\n
out: Câu hỏi này đến nay vẫn chưa có lời đáp.\n

# Spaces between sentences go; a double space inside a sentence stays.
case: spaces and a tab between sentences are trimmed, inner double space kept
args: -l vi
in: Một số nhiệm vụ vượt kế hoạch đề ra.   Tốc độ tăng trưởng ngành kinh  tế chủ yếu đạt 12,2%.\tThu ngân sách vượt 29% dự toán.\n
out: Một số nhiệm vụ vượt kế hoạch đề ra.\n
out: Tốc độ tăng trưởng ngành kinh  tế chủ yếu đạt 12,2%.\n
out: Thu ngân sách vượt 29% dự toán.\n

case: leading and trailing spaces of a one-sentence line are trimmed
args: -l vi
in:    Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.   \n
out: Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.\n

case: input without a final newline still ends every line with one
args: -l vi
in: Hội nghị kết thúc lúc 11 giờ 30 cùng ngày. Sáng mai, đoàn công tác sẽ làm việc tại huyện Cao Lộc.
out: Hội nghị kết thúc lúc 11 giờ 30 cùng ngày.\n
out: Sáng mai, đoàn công tác sẽ làm việc tại huyện Cao Lộc.\n

# "Yahoo!" is followed by a lowercase word: not a boundary.
case: an exclamation mark inside a brand name before a lowercase word
args: -l vi
in: Dịch vụ nhắn tin Yahoo! từng rất phổ biến tại Việt Nam trong những năm 2000.\n
out: Dịch vụ nhắn tin Yahoo! từng rất phổ biến tại Việt Nam trong những năm 2000.\n

# ======================================================================
# Closing quotes and brackets stay with their sentence
# ======================================================================

case: a closing curly quote after the period stays with the sentence
args: -l vi
in: Ông nhấn mạnh: “Đây là nhiệm vụ chính trị.” Tiếp đó, hội nghị thảo luận ở tổ.\n
out: Ông nhấn mạnh: “Đây là nhiệm vụ chính trị.”\n
out: Tiếp đó, hội nghị thảo luận ở tổ.\n

case: a period right after a closing parenthesis ends the sentence
args: -l vi
in: Chiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một (mở rộng). Đồng chí Bí thư Thành ủy chủ trì hội nghị.\n
out: Chiều 30/11/2022, Thành ủy Lạng Sơn tổ chức hội nghị Ban Chấp hành lần thứ mười một (mở rộng).\n
out: Đồng chí Bí thư Thành ủy chủ trì hội nghị.\n

case: a sentence wholly in parentheses is a sentence of its own
args: -l vi
in: Giá xăng RON 95 giảm 410 đồng/lít từ 15h chiều nay. (Giá mới do liên Bộ Công Thương – Tài chính công bố.) Đây là lần giảm thứ ba liên tiếp.\n
out: Giá xăng RON 95 giảm 410 đồng/lít từ 15h chiều nay.\n
out: (Giá mới do liên Bộ Công Thương – Tài chính công bố.)\n
out: Đây là lần giảm thứ ba liên tiếp.\n

# ======================================================================
# Numbers, dates, times: no boundary inside them; a period after one can
# end a sentence, and a sentence can start with one
# ======================================================================

case: decimal commas and a percent range
args: -l vi
in: Tốc độ tăng trưởng một số ngành kinh tế chủ yếu đạt 12,2% (mục tiêu 10-11%). Thu ngân sách ước đạt hơn 500 tỷ đồng, vượt 38,8% dự toán tỉnh giao.\n
out: Tốc độ tăng trưởng một số ngành kinh tế chủ yếu đạt 12,2% (mục tiêu 10-11%).\n
out: Thu ngân sách ước đạt hơn 500 tỷ đồng, vượt 38,8% dự toán tỉnh giao.\n

case: thousands dots and a grouped decimal stay inside the sentence
args: -l vi
in: Năm 2023, thành phố phấn đấu đón 2.865 nghìn lượt khách du lịch, thu nội địa đạt 1.250,5 tỷ đồng.\n
out: Năm 2023, thành phố phấn đấu đón 2.865 nghìn lượt khách du lịch, thu nội địa đạt 1.250,5 tỷ đồng.\n

case: a decimal point in the English style stays inside the sentence
args: -l vi
in: Kim ngạch xuất nhập khẩu qua cửa khẩu Hữu Nghị đạt 3.5 tỷ USD trong 9 tháng, tăng 4.2% so với cùng kỳ.\n
out: Kim ngạch xuất nhập khẩu qua cửa khẩu Hữu Nghị đạt 3.5 tỷ USD trong 9 tháng, tăng 4.2% so với cùng kỳ.\n

case: a dotted date at the start of a sentence
args: -l vi
in: Ngày 01.12.2022, UBND tỉnh ban hành kế hoạch tổ chức các hoạt động chào mừng năm mới.\n
out: Ngày 01.12.2022, UBND tỉnh ban hành kế hoạch tổ chức các hoạt động chào mừng năm mới.\n

case: a dotted date ends a sentence
args: -l vi
in: Quyết định có hiệu lực từ ngày 01.01.2023. Các quy định trước đây trái với quyết định này đều bị bãi bỏ.\n
out: Quyết định có hiệu lực từ ngày 01.01.2023.\n
out: Các quy định trước đây trái với quyết định này đều bị bãi bỏ.\n

case: slashed dates inside two sentences
args: -l vi
in: Chiều 30/11/2022, hội nghị bế mạc. Ngày 1/12, các đại biểu đi khảo sát thực tế tại xã Mai Pha.\n
out: Chiều 30/11/2022, hội nghị bế mạc.\n
out: Ngày 1/12, các đại biểu đi khảo sát thực tế tại xã Mai Pha.\n

case: a clock time with seconds inside a sentence
args: -l vi
in: Camera của cửa hàng ghi lại thời điểm đám cháy bùng phát lúc 15:12:13 ngày 01.12.2022.\n
out: Camera của cửa hàng ghi lại thời điểm đám cháy bùng phát lúc 15:12:13 ngày 01.12.2022.\n

case: a clock time ends a sentence
args: -l vi
in: Chuyến bay VN601 hạ cánh an toàn xuống sân bay Nội Bài lúc 23:45. Toàn bộ 186 hành khách đều an toàn.\n
out: Chuyến bay VN601 hạ cánh an toàn xuống sân bay Nội Bài lúc 23:45.\n
out: Toàn bộ 186 hành khách đều an toàn.\n

case: phone numbers grouped with dots
args: -l vi
in: Người dân có thể phản ánh qua đường dây nóng 0205.3812.345 hoặc tổng đài 1900.9095 từ 7h30 đến 17h hằng ngày.\n
out: Người dân có thể phản ánh qua đường dây nóng 0205.3812.345 hoặc tổng đài 1900.9095 từ 7h30 đến 17h hằng ngày.\n

case: a grouped number right before the period ends the sentence
args: -l vi
in: Đến cuối năm 2022, số hộ nghèo toàn huyện còn 1.250. Con số này giảm gần một nửa so với năm 2020.\n
out: Đến cuối năm 2022, số hộ nghèo toàn huyện còn 1.250.\n
out: Con số này giảm gần một nửa so với năm 2020.\n

case: a sentence may start with a ratio
args: -l vi
in: Năm 2022, thành phố đề ra 22 chỉ tiêu về kinh tế – xã hội. 19/22 chỉ tiêu đã đạt và vượt kế hoạch.\n
out: Năm 2022, thành phố đề ra 22 chỉ tiêu về kinh tế – xã hội.\n
out: 19/22 chỉ tiêu đã đạt và vượt kế hoạch.\n

case: a sentence may start with a year
args: -l vi
in: Thị trường bất động sản đã trải qua một năm đầy biến động. 2023 được dự báo là năm bản lề để thị trường phục hồi.\n
out: Thị trường bất động sản đã trải qua một năm đầy biến động.\n
out: 2023 được dự báo là năm bản lề để thị trường phục hồi.\n

case: a sentence may start with a percentage
args: -l vi
in: Cuộc khảo sát được thực hiện trên 1.200 doanh nghiệp. 65% trong số đó cho biết đang thiếu vốn lưu động.\n
out: Cuộc khảo sát được thực hiện trên 1.200 doanh nghiệp.\n
out: 65% trong số đó cho biết đang thiếu vốn lưu động.\n

case: ratios, a decimal comma and a range between semicolons and periods
args: -l vi
in: Năm 2023, thành phố duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%. Tốc độ tăng trưởng phấn đấu đạt 11-12%.\n
out: Năm 2023, thành phố duy trì 8/8 xã đạt bộ tiêu chí quốc gia về y tế xã; tỷ lệ hộ nghèo giảm 0,2%.\n
out: Tốc độ tăng trưởng phấn đấu đạt 11-12%.\n

case: a decree number ends a sentence
args: -l vi
in: Mức phạt được quy định tại Nghị định 100/2019/NĐ-CP. Theo đó, người điều khiển xe máy vượt đèn đỏ bị phạt từ 800.000 đồng đến 1 triệu đồng.\n
out: Mức phạt được quy định tại Nghị định 100/2019/NĐ-CP.\n
out: Theo đó, người điều khiển xe máy vượt đèn đỏ bị phạt từ 800.000 đồng đến 1 triệu đồng.\n

case: COVID-19 and a decimal comma at sentence ends
args: -l vi
in: Tỉnh đã tiêm hơn 2,1 triệu liều vắc xin phòng COVID-19. Tỷ lệ người dân được tiêm mũi 3 đạt 92,5%.\n
out: Tỉnh đã tiêm hơn 2,1 triệu liều vắc xin phòng COVID-19.\n
out: Tỷ lệ người dân được tiêm mũi 3 đạt 92,5%.\n

case: a road number with a letter ends a sentence
args: -l vi
in: Vụ tai nạn xảy ra trên Quốc lộ 1A. Lực lượng chức năng đã có mặt kịp thời để phân luồng giao thông.\n
out: Vụ tai nạn xảy ra trên Quốc lộ 1A.\n
out: Lực lượng chức năng đã có mặt kịp thời để phân luồng giao thông.\n

case: a price with a glued đ ends a sentence, a decimal height follows
args: -l vi
in: Giá vé vào cổng khu du lịch là 25.000đ. Trẻ em cao dưới 1,2 m được miễn phí.\n
out: Giá vé vào cổng khu du lịch là 25.000đ.\n
out: Trẻ em cao dưới 1,2 m được miễn phí.\n

# A Roman numeral after a lowercase word is not a name initial.
case: the Roman numeral I after quý ends a sentence
args: -l vi
in: Dự án dự kiến hoàn thành trong quý I. Tuy nhiên, tiến độ giải phóng mặt bằng vẫn còn chậm.\n
out: Dự án dự kiến hoàn thành trong quý I.\n
out: Tuy nhiên, tiến độ giải phóng mặt bằng vẫn còn chậm.\n

case: the Roman numeral XV after khóa ends a sentence
args: -l vi
in: Luật Đất đai sửa đổi được thông qua tại kỳ họp bất thường lần thứ năm của Quốc hội khóa XV. Luật có hiệu lực từ ngày 1/8/2024.\n
out: Luật Đất đai sửa đổi được thông qua tại kỳ họp bất thường lần thứ năm của Quốc hội khóa XV.\n
out: Luật có hiệu lực từ ngày 1/8/2024.\n

# ======================================================================
# URLs, e-mail addresses, domains, file names; a period glued to the next
# capitalised word is a boundary in prose, but not in TP.HCM or PGS.TS
# ======================================================================

case: a URL inside a sentence
args: -l vi
in: Người dân có thể nộp hồ sơ trực tuyến tại https://dichvucong.gov.vn/p/home/dvc-trang-chu.html mà không cần đến bộ phận một cửa.\n
out: Người dân có thể nộp hồ sơ trực tuyến tại https://dichvucong.gov.vn/p/home/dvc-trang-chu.html mà không cần đến bộ phận một cửa.\n

case: a URL alone as a paragraph is left as it is
args: -l vi
in: https://baolangson.vn/chinh-tri/544403-ban-chap-hanh-dang-bo-thanh-pho-lang-son-trien-khai-nhiem-vu-nam-2023.html\n
out: https://baolangson.vn/chinh-tri/544403-ban-chap-hanh-dang-bo-thanh-pho-lang-son-trien-khai-nhiem-vu-nam-2023.html\n

case: a domain name ends a sentence
args: -l vi
in: Toàn văn nghị quyết được đăng trên baolangson.vn. Bạn đọc có thể tra cứu miễn phí.\n
out: Toàn văn nghị quyết được đăng trên baolangson.vn.\n
out: Bạn đọc có thể tra cứu miễn phí.\n

case: a capitalised domain in the lead of an article
args: -l vi
in: (Chinhphu.vn) - Sáng 12/5, Thủ tướng Chính phủ chủ trì cuộc họp về tình hình cung ứng điện. Cuộc họp được kết nối trực tuyến với 63 tỉnh, thành phố.\n
out: (Chinhphu.vn) - Sáng 12/5, Thủ tướng Chính phủ chủ trì cuộc họp về tình hình cung ứng điện.\n
out: Cuộc họp được kết nối trực tuyến với 63 tỉnh, thành phố.\n

case: www and a mixed-case domain inside a sentence
args: -l vi
in: Độc giả gửi câu hỏi qua www.chinhphu.vn hoặc trang VnExpress.net trước 17h ngày 15/12.\n
out: Độc giả gửi câu hỏi qua www.chinhphu.vn hoặc trang VnExpress.net trước 17h ngày 15/12.\n

case: an e-mail address inside a sentence
args: -l vi
in: Bài dự thi gửi về địa chỉ thư điện tử toasoan@baolangson.vn trước ngày 15/12/2023.\n
out: Bài dự thi gửi về địa chỉ thư điện tử toasoan@baolangson.vn trước ngày 15/12/2023.\n

# "Lan.HT": a capital right after a dot, but inside an e-mail address.
case: an e-mail address with a capital after its inner dot
args: -l vi
in: Mọi thắc mắc xin liên hệ chị Hoàng Thị Lan qua hộp thư Lan.HT@langson.gov.vn hoặc số điện thoại 0205.3870.125.\n
out: Mọi thắc mắc xin liên hệ chị Hoàng Thị Lan qua hộp thư Lan.HT@langson.gov.vn hoặc số điện thoại 0205.3870.125.\n

case: an e-mail address ends a sentence
args: -l vi
in: Hồ sơ đăng ký gửi về hộp thư tuyensinh@dhqghn.edu.vn. Hạn cuối nhận hồ sơ là ngày 30/6.\n
out: Hồ sơ đăng ký gửi về hộp thư tuyensinh@dhqghn.edu.vn.\n
out: Hạn cuối nhận hồ sơ là ngày 30/6.\n

case: file names and a bare extension inside a sentence
args: -l vi
in: Thí sinh tải mẫu đơn Mau-don-dang-ky.docx, điền đầy đủ thông tin rồi chuyển sang định dạng .pdf trước khi nộp.\n
out: Thí sinh tải mẫu đơn Mau-don-dang-ky.docx, điền đầy đủ thông tin rồi chuyển sang định dạng .pdf trước khi nộp.\n

case: a file name with an uppercase extension
args: -l vi
in: Bức ảnh có tên IMG_2045.JPG được chia sẻ trên mạng xã hội từ tối 12/5.\n
out: Bức ảnh có tên IMG_2045.JPG được chia sẻ trên mạng xã hội từ tối 12/5.\n

case: a period glued to a capitalised word in prose is a boundary
args: -l vi
in: Thành phố sẽ rà soát lại toàn bộ kế hoạch.Theo đó, các dự án chậm tiến độ sẽ bị thu hồi.\n
out: Thành phố sẽ rà soát lại toàn bộ kế hoạch.\n
out: Theo đó, các dự án chậm tiến độ sẽ bị thu hồi.\n

case: a period glued between a year and a capitalised word is a boundary
args: -l vi
in: Dự án được khởi công từ năm 2019 và dự kiến hoàn thành trong năm 2023.Trong đó, hạng mục cầu vượt đã đạt 80% khối lượng.\n
out: Dự án được khởi công từ năm 2019 và dự kiến hoàn thành trong năm 2023.\n
out: Trong đó, hạng mục cầu vượt đã đạt 80% khối lượng.\n

case: a period glued between a percent sign and a capitalised word is a boundary
args: -l vi
in: Chỉ số giá tiêu dùng tháng 11 tăng 0,3%.Nguyên nhân chủ yếu do giá xăng dầu điều chỉnh tăng.\n
out: Chỉ số giá tiêu dùng tháng 11 tăng 0,3%.\n
out: Nguyên nhân chủ yếu do giá xăng dầu điều chỉnh tăng.\n

case: TP.HCM carries no boundary
args: -l vi
in: Đoàn công tác của TP.HCM đã làm việc với UBND tỉnh Lạng Sơn về hợp tác phát triển du lịch.\n
out: Đoàn công tác của TP.HCM đã làm việc với UBND tỉnh Lạng Sơn về hợp tác phát triển du lịch.\n

case: TP.HCM ends a sentence
args: -l vi
in: Hội chợ hàng Việt năm nay được tổ chức tại TP.HCM. Hơn 500 doanh nghiệp đã đăng ký tham gia.\n
out: Hội chợ hàng Việt năm nay được tổ chức tại TP.HCM.\n
out: Hơn 500 doanh nghiệp đã đăng ký tham gia.\n

case: PGS.TS without a final dot before a name
args: -l vi
in: PGS.TS Nguyễn Văn Thắng, Viện trưởng Viện Kinh tế, cho rằng lãi suất cho vay sẽ còn giảm.\n
out: PGS.TS Nguyễn Văn Thắng, Viện trưởng Viện Kinh tế, cho rằng lãi suất cho vay sẽ còn giảm.\n

case: ThS.BS and TP. glued to the name
args: -l vi
in: ThS.BS Lê Thị Hoa, Bệnh viện Đa khoa TP.Lạng Sơn, khuyến cáo người dân không tự ý dùng kháng sinh.\n
out: ThS.BS Lê Thị Hoa, Bệnh viện Đa khoa TP.Lạng Sơn, khuyến cáo người dân không tự ý dùng kháng sinh.\n

# Signature block of an official document: ALLCAPS pairs glued by a dot.
case: KT.CHỦ TỊCH and TM.ỦY BAN are not cut at the dot
args: -l vi
in: TM.ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n
out: TM.ỦY BAN NHÂN DÂN\nKT.CHỦ TỊCH\nPHÓ CHỦ TỊCH\n

# ======================================================================
# Abbreviations: titles and place prefixes before a name or number
# ======================================================================

case: TP. before a city name
args: -l vi
in: Sáng 5/6, UBND TP. Lạng Sơn tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới.\n
out: Sáng 5/6, UBND TP. Lạng Sơn tổ chức lễ mít tinh hưởng ứng Ngày Môi trường thế giới.\n

case: Tp. and TX. before place names
args: -l vi
in: Đoàn đã đến thăm một số mô hình kinh tế tập thể tại Tp. Hồ Chí Minh và TX. Sơn Tây trong hai ngày 12 và 13/5.\n
out: Đoàn đã đến thăm một số mô hình kinh tế tập thể tại Tp. Hồ Chí Minh và TX. Sơn Tây trong hai ngày 12 và 13/5.\n

case: TT. for thị trấn and H. for huyện
args: -l vi
in: Chợ phiên TT. Đồng Đăng, H. Cao Lộc họp vào các ngày chẵn trong tháng.\n
out: Chợ phiên TT. Đồng Đăng, H. Cao Lộc họp vào các ngày chẵn trong tháng.\n

case: X. for xã and H. for huyện in an address
args: -l vi
in: Đối tượng cư trú tại thôn Bản Cắp, X. Hợp Thành, H. Cao Lộc, tỉnh Lạng Sơn.\n
out: Đối tượng cư trú tại thôn Bản Cắp, X. Hợp Thành, H. Cao Lộc, tỉnh Lạng Sơn.\n

case: P. and Q. before names
args: -l vi
in: Cửa hàng nằm trên phố Hàng Bông, P. Hàng Gai, Q. Hoàn Kiếm, Hà Nội, mở cửa từ 8h đến 22h.\n
out: Cửa hàng nằm trên phố Hàng Bông, P. Hàng Gai, Q. Hoàn Kiếm, Hà Nội, mở cửa từ 8h đến 22h.\n

case: P. and Q. before numbers
args: -l vi
in: Trụ sở công ty đặt tại số 59 Nguyễn Thị Minh Khai, P. 6, Q. 3, TP. Hồ Chí Minh.\n
out: Trụ sở công ty đặt tại số 59 Nguyễn Thị Minh Khai, P. 6, Q. 3, TP. Hồ Chí Minh.\n

case: a sentence ending in a place name after TP. is still cut
args: -l vi
in: Đoàn công tác đã trở về TP. Hồ Chí Minh. Sáng nay, đoàn tiếp tục làm việc với Sở Du lịch.\n
out: Đoàn công tác đã trở về TP. Hồ Chí Minh.\n
out: Sáng nay, đoàn tiếp tục làm việc với Sở Du lịch.\n

case: TS. before a name after a lowercase word
args: -l vi
in: Theo TS. Nguyễn Huy Cường, Viện Dinh dưỡng quốc gia, trẻ em cần được bổ sung đủ vi chất.\n
out: Theo TS. Nguyễn Huy Cường, Viện Dinh dưỡng quốc gia, trẻ em cần được bổ sung đủ vi chất.\n

case: TS. starts a new sentence after a period
args: -l vi
in: Tình trạng thừa cân ở trẻ em thành thị đang gia tăng. TS. Nguyễn Huy Cường cho biết, tỷ lệ này đã tăng gấp đôi sau 10 năm.\n
out: Tình trạng thừa cân ở trẻ em thành thị đang gia tăng.\n
out: TS. Nguyễn Huy Cường cho biết, tỷ lệ này đã tăng gấp đôi sau 10 năm.\n

case: PGS. and ThS. before names
args: -l vi
in: Tham gia hội đồng có PGS. Trần Đình Phong và ThS. Lê Minh Khuê, giảng viên Trường Đại học Kinh tế Quốc dân.\n
out: Tham gia hội đồng có PGS. Trần Đình Phong và ThS. Lê Minh Khuê, giảng viên Trường Đại học Kinh tế Quốc dân.\n

case: PGS.TS. before a name
args: -l vi
in: Phát biểu chỉ đạo, PGS.TS. Nguyễn Đình Hòa, Phó Chủ tịch UBND tỉnh, đề nghị các địa phương chủ động phòng, chống thiên tai.\n
out: Phát biểu chỉ đạo, PGS.TS. Nguyễn Đình Hòa, Phó Chủ tịch UBND tỉnh, đề nghị các địa phương chủ động phòng, chống thiên tai.\n

case: GS.TSKH. and GS. before names
args: -l vi
in: Hội thảo có sự tham dự của GS.TSKH. Đỗ Văn Khang và GS. Phạm Ngọc Tuấn cùng hơn 200 nhà khoa học trong và ngoài nước.\n
out: Hội thảo có sự tham dự của GS.TSKH. Đỗ Văn Khang và GS. Phạm Ngọc Tuấn cùng hơn 200 nhà khoa học trong và ngoài nước.\n

case: BS. at the start and ThS.BS. inside
args: -l vi
in: BS. Trần Văn Sơn và ThS.BS. Nguyễn Thị Hoa đã trực tiếp thăm khám cho hơn 300 người dân xã Mẫu Sơn.\n
out: BS. Trần Văn Sơn và ThS.BS. Nguyễn Thị Hoa đã trực tiếp thăm khám cho hơn 300 người dân xã Mẫu Sơn.\n

case: KS. and CN. before names
args: -l vi
in: Nhóm nghiên cứu gồm KS. Phạm Văn Long, CN. Hoàng Thị Lan và 5 sinh viên năm cuối.\n
out: Nhóm nghiên cứu gồm KS. Phạm Văn Long, CN. Hoàng Thị Lan và 5 sinh viên năm cuối.\n

case: Nxb. before a name and tr. before a page number in a citation
args: -l vi
in: Nội dung này được trình bày trong cuốn Lịch sử Đảng bộ tỉnh Lạng Sơn (Nxb. Chính trị quốc gia Sự thật, 2021, tr. 125). Sách dày hơn 600 trang.\n
out: Nội dung này được trình bày trong cuốn Lịch sử Đảng bộ tỉnh Lạng Sơn (Nxb. Chính trị quốc gia Sự thật, 2021, tr. 125).\n
out: Sách dày hơn 600 trang.\n

case: Nxb. starts a sentence after a number and a period
args: -l vi
in: Bộ sách đã được tái bản lần thứ 3. Nxb. Trẻ cho biết sẽ phát hành thêm phiên bản điện tử trong năm nay.\n
out: Bộ sách đã được tái bản lần thứ 3.\n
out: Nxb. Trẻ cho biết sẽ phát hành thêm phiên bản điện tử trong năm nay.\n

# ======================================================================
# General abbreviations: v.v. and English ones in Vietnamese text end a
# sentence only when a capitalised word follows
# ======================================================================

case: v.v. followed by a capitalised sentence is a boundary
args: -l vi
in: Các sản phẩm đặc trưng của Lạng Sơn gồm hồi, quế, na, thạch đen v.v. Nhờ đó, thu nhập của người dân vùng cao ngày càng tăng.\n
out: Các sản phẩm đặc trưng của Lạng Sơn gồm hồi, quế, na, thạch đen v.v.\n
out: Nhờ đó, thu nhập của người dân vùng cao ngày càng tăng.\n

case: v.v. followed by a lowercase word is no boundary
args: -l vi
in: Các mặt hàng nông sản như hồi, quế, thạch đen v.v. của tỉnh đã có mặt tại nhiều siêu thị lớn.\n
out: Các mặt hàng nông sản như hồi, quế, thạch đen v.v. của tỉnh đã có mặt tại nhiều siêu thị lớn.\n

case: v.v. before a closing parenthesis
args: -l vi
in: Các loại cây ăn quả (na, hồng, mận v.v.) đều cho năng suất cao hơn năm trước.\n
out: Các loại cây ăn quả (na, hồng, mận v.v.) đều cho năng suất cao hơn năm trước.\n

case: Mr. before a Vietnamese name
args: -l vi
in: Nam ca sĩ Lâm Quang Huy, được khán giả quen gọi là Mr. Huy, vừa ra mắt album mới.\n
out: Nam ca sĩ Lâm Quang Huy, được khán giả quen gọi là Mr. Huy, vừa ra mắt album mới.\n

case: Dr. in a brand name
args: -l vi
in: Nhãn hàng trà thảo mộc Dr. Hoàng được bày bán tại hầu hết các siêu thị trên địa bàn.\n
out: Nhãn hàng trà thảo mộc Dr. Hoàng được bày bán tại hầu hết các siêu thị trên địa bàn.\n

case: U.S. followed by a capitalised sentence is a boundary
args: -l vi
in: Ông Trần Minh Quân từng làm việc nhiều năm tại U.S. Hiện ông là giám đốc một công ty công nghệ ở Đà Nẵng.\n
out: Ông Trần Minh Quân từng làm việc nhiều năm tại U.S.\n
out: Hiện ông là giám đốc một công ty công nghệ ở Đà Nẵng.\n

case: Inc. followed by a lowercase word is no boundary
args: -l vi
in: Công ty Sunrise Tech Inc. vừa công bố kế hoạch mở nhà máy thứ hai tại Bắc Ninh.\n
out: Công ty Sunrise Tech Inc. vừa công bố kế hoạch mở nhà máy thứ hai tại Bắc Ninh.\n

case: Inc. followed by a capitalised sentence is a boundary
args: -l vi
in: Khoản đầu tư đến từ tập đoàn Apple Inc. Đây là lần đầu tiên hãng mở văn phòng đại diện tại Hà Nội.\n
out: Khoản đầu tư đến từ tập đoàn Apple Inc.\n
out: Đây là lần đầu tiên hãng mở văn phòng đại diện tại Hà Nội.\n

case: Co., Ltd. followed by a lowercase word is no boundary
args: -l vi
in: Công ty Hoa Sen Co., Ltd. đã ký hợp đồng xuất khẩu 5.000 tấn thép sang Úc.\n
out: Công ty Hoa Sen Co., Ltd. đã ký hợp đồng xuất khẩu 5.000 tấn thép sang Úc.\n

case: Ltd. followed by a capitalised sentence is a boundary
args: -l vi
in: Hợp đồng được ký với Công ty Kim Long Co., Ltd. Giá trị hợp đồng khoảng 12 triệu USD.\n
out: Hợp đồng được ký với Công ty Kim Long Co., Ltd.\n
out: Giá trị hợp đồng khoảng 12 triệu USD.\n

case: St. before a city name
args: -l vi
in: Diễn đàn Kinh tế quốc tế St. Petersburg năm 2023 diễn ra từ ngày 14 đến 17/6 tại Nga.\n
out: Diễn đàn Kinh tế quốc tế St. Petersburg năm 2023 diễn ra từ ngày 14 đến 17/6 tại Nga.\n

case: p.m. followed by a lowercase word is no boundary
args: -l vi
in: Trận chung kết bắt đầu lúc 8 p.m. theo giờ địa phương, tức 2h sáng ngày 19/12 theo giờ Việt Nam.\n
out: Trận chung kết bắt đầu lúc 8 p.m. theo giờ địa phương, tức 2h sáng ngày 19/12 theo giờ Việt Nam.\n

# ======================================================================
# Name initials, and a single capital letter ending a sentence
# ======================================================================

case: initials Nguyễn V. A. before a lowercase word
args: -l vi
in: Theo lời khai của Nguyễn V. A. tại cơ quan điều tra, số tiền chiếm đoạt đã được chuyển ra nước ngoài.\n
out: Theo lời khai của Nguyễn V. A. tại cơ quan điều tra, số tiền chiếm đoạt đã được chuyển ra nước ngoài.\n

case: initials Trần T. H. Mai before a capitalised given name
args: -l vi
in: Bệnh nhân Trần T. H. Mai (28 tuổi) đã được xuất viện sau 10 ngày điều trị.\n
out: Bệnh nhân Trần T. H. Mai (28 tuổi) đã được xuất viện sau 10 ngày điều trị.\n

# The police-news style: full family and middle name, then an initial.
case: an initial after a full name, before a parenthesis
args: -l vi
in: Công an TP. Lạng Sơn đã tạm giữ hình sự Trần Văn H. (SN 1985, trú tại phường Chi Lăng) để điều tra về hành vi trộm cắp tài sản.\n
out: Công an TP. Lạng Sơn đã tạm giữ hình sự Trần Văn H. (SN 1985, trú tại phường Chi Lăng) để điều tra về hành vi trộm cắp tài sản.\n

case: an initial after a full name, before a verb
args: -l vi
in: Chị Nguyễn Thị M. cho biết gia đình đã chờ quyết định bồi thường suốt 3 năm.\n
out: Chị Nguyễn Thị M. cho biết gia đình đã chờ quyết định bồi thường suốt 3 năm.\n

case: an initial after a full name ends the sentence before a capitalised word
args: -l vi
in: Cơ quan công an đã bắt giữ Nguyễn Văn H. Tại cơ quan điều tra, H. khai nhận toàn bộ hành vi phạm tội.\n
out: Cơ quan công an đã bắt giữ Nguyễn Văn H.\n
out: Tại cơ quan điều tra, H. khai nhận toàn bộ hành vi phạm tội.\n

# H. is also huyện; after a word for a person it is an initial.
case: an initial after a word for a person ends the sentence
args: -l vi
in: Công an đã triệu tập đối tượng H. Sau khi được giải thích, đối tượng đã thừa nhận hành vi.\n
out: Công an đã triệu tập đối tượng H.\n
out: Sau khi được giải thích, đối tượng đã thừa nhận hành vi.\n

case: H. for huyện after a lowercase preposition stays a place prefix
args: -l vi
in: Đoàn công tác đã đến H. Cao Lộc để kiểm tra tiến độ dự án.\n
out: Đoàn công tác đã đến H. Cao Lộc để kiểm tra tiến độ dự án.\n

# One capitalised word before the letter: an English name.
case: an English middle initial in Vietnamese text
args: -l vi
in: Cựu Tổng thống George W. Bush từng thăm Hà Nội năm 2006.\n
out: Cựu Tổng thống George W. Bush từng thăm Hà Nội năm 2006.\n

case: a single capital letter after a lowercase word ends the sentence
args: -l vi
in: Năm học trước, trường được xếp loại A. Năm nay, nhà trường đặt mục tiêu giữ vững danh hiệu này.\n
out: Năm học trước, trường được xếp loại A.\n
out: Năm nay, nhà trường đặt mục tiêu giữ vững danh hiệu này.\n

case: vitamin C ends the sentence
args: -l vi
in: Cam, bưởi và ổi là những loại quả giàu vitamin C. Ngoài ra, người dân nên ăn thêm rau xanh trong bữa ăn hằng ngày.\n
out: Cam, bưởi và ổi là những loại quả giàu vitamin C.\n
out: Ngoài ra, người dân nên ăn thêm rau xanh trong bữa ăn hằng ngày.\n

case: a group letter ends the sentence
args: -l vi
in: Đội tuyển Việt Nam nằm ở bảng D. Các đối thủ cùng bảng gồm Nhật Bản, Iraq và Indonesia.\n
out: Đội tuyển Việt Nam nằm ở bảng D.\n
out: Các đối thủ cùng bảng gồm Nhật Bản, Iraq và Indonesia.\n

# ======================================================================
# Ellipsis: … and ... end a sentence before a capitalised word, not before
# a lowercase one; (…) and [...] mark an omission
# ======================================================================

case: an ellipsis character before a lowercase word is no boundary
args: -l vi
in: Các mặt hàng như rau, củ, quả… đều tăng giá từ 10-15% so với tuần trước.\n
out: Các mặt hàng như rau, củ, quả… đều tăng giá từ 10-15% so với tuần trước.\n

case: three dots before a lowercase word are no boundary
args: -l vi
in: Nhiều người đổ xô đi mua vàng... nhưng chỉ vài ngày sau giá đã giảm mạnh.\n
out: Nhiều người đổ xô đi mua vàng... nhưng chỉ vài ngày sau giá đã giảm mạnh.\n

case: an ellipsis character before a capitalised word ends the sentence
args: -l vi
in: Công tác xây dựng Đảng, xây dựng hệ thống chính trị được củng cố… Bên cạnh đó, vẫn còn một số hạn chế cần khắc phục.\n
out: Công tác xây dựng Đảng, xây dựng hệ thống chính trị được củng cố…\n
out: Bên cạnh đó, vẫn còn một số hạn chế cần khắc phục.\n

case: three dots before a capitalised word end the sentence
args: -l vi
in: Khách du lịch đến Mẫu Sơn ngày càng đông... Tuy nhiên, hạ tầng giao thông lên đỉnh núi vẫn chưa được nâng cấp.\n
out: Khách du lịch đến Mẫu Sơn ngày càng đông...\n
out: Tuy nhiên, hạ tầng giao thông lên đỉnh núi vẫn chưa được nâng cấp.\n

case: an ellipsis at the end of a paragraph
args: -l vi
in: Bên cạnh những kết quả đạt được, vẫn còn một số dự án đầu tư xây dựng chậm tiến độ…\n\nTại hội nghị, các đại biểu đã thảo luận về nhiệm vụ năm 2023.\n
out: Bên cạnh những kết quả đạt được, vẫn còn một số dự án đầu tư xây dựng chậm tiến độ…\n
out: \n
out: Tại hội nghị, các đại biểu đã thảo luận về nhiệm vụ năm 2023.\n

case: a list ending in a semicolon and an ellipsis before a capitalised sentence
args: -l vi
in: Các chỉ tiêu năm 2023 gồm: thu nội địa đạt 400 tỷ đồng; tỷ lệ hộ nghèo giảm 0,2%;… Đây là những chỉ tiêu có tính thách thức cao.\n
out: Các chỉ tiêu năm 2023 gồm: thu nội địa đạt 400 tỷ đồng; tỷ lệ hộ nghèo giảm 0,2%;…\n
out: Đây là những chỉ tiêu có tính thách thức cao.\n

case: a parenthesis, a semicolon and an ellipsis end a paragraph
args: -l vi
in: Phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\n\n\nĐồng chí Bí thư Thành ủy phát biểu tại hội nghị\n
out: Phấn đấu 90% tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên (trong đó 20% hoàn thành xuất sắc nhiệm vụ);…\n
out: \n
out: Đồng chí Bí thư Thành ủy phát biểu tại hội nghị\n

case: an ellipsis and a closing quote, then a new sentence
args: -l vi
in: “Các tổ công tác trực 24/24 giờ, xe chở vải được ưu tiên qua cửa khẩu…” Đó là khẳng định của ông Hoàng Văn Thủy, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn.\n
out: “Các tổ công tác trực 24/24 giờ, xe chở vải được ưu tiên qua cửa khẩu…”\n
out: Đó là khẳng định của ông Hoàng Văn Thủy, Phó Giám đốc Sở Nông nghiệp và Phát triển nông thôn.\n

case: an ellipsis and a closing quote, then a comma and the speaker
args: -l vi
in: “Các tổ công tác trực 24/24 giờ, xe chở vải được ưu tiên qua cửa khẩu…”, ông Hoàng Văn Thủy cho biết.\n
out: “Các tổ công tác trực 24/24 giờ, xe chở vải được ưu tiên qua cửa khẩu…”, ông Hoàng Văn Thủy cho biết.\n

case: an omission mark (…) before a capitalised word is no boundary
args: -l vi
in: Trong thư gửi học sinh nhân ngày khai trường năm 1945, Bác viết: “(…) Non sông Việt Nam có trở nên tươi đẹp hay không, dân tộc Việt Nam có bước tới đài vinh quang để sánh vai với các cường quốc năm châu được hay không, chính là nhờ một phần lớn ở công học tập của các em.”\n
out: Trong thư gửi học sinh nhân ngày khai trường năm 1945, Bác viết: “(…) Non sông Việt Nam có trở nên tươi đẹp hay không, dân tộc Việt Nam có bước tới đài vinh quang để sánh vai với các cường quốc năm châu được hay không, chính là nhờ một phần lớn ở công học tập của các em.”\n

case: an omission mark [...] before a capitalised name is no boundary
args: -l vi
in: “UBND tỉnh đề nghị [...] Bộ Giao thông vận tải sớm bố trí vốn cho dự án”, văn bản nêu.\n
out: “UBND tỉnh đề nghị [...] Bộ Giao thông vận tải sớm bố trí vốn cho dự án”, văn bản nêu.\n

# ======================================================================
# Quotations: quoted speech of several sentences is several lines; a quote
# that closes and goes on in lowercase or with a dash attribution is not cut
# ======================================================================

case: a quoted paragraph of two sentences
args: -l vi
in: “Chúng tôi đã làm hết sức mình. Kết quả năm nay rất đáng khích lệ.”\n
out: “Chúng tôi đã làm hết sức mình.\n
out: Kết quả năm nay rất đáng khích lệ.”\n

case: a quote of two sentences after a colon, the period outside the quote
args: -l vi
in: Ông Lương Văn Hùng, Chủ tịch UBND xã, cho biết: “Năm nay thời tiết thuận lợi nên bà con được mùa. Xã sẽ tiếp tục hỗ trợ giống cho các hộ nghèo”.\n
out: Ông Lương Văn Hùng, Chủ tịch UBND xã, cho biết: “Năm nay thời tiết thuận lợi nên bà con được mùa.\n
out: Xã sẽ tiếp tục hỗ trợ giống cho các hộ nghèo”.\n

case: a quote of two sentences, then a comma and the speaker
args: -l vi
in: “Chúng tôi đã chuẩn bị kỹ phương án phân luồng. Người dân yên tâm di chuyển trong dịp nghỉ lễ”, ông Nguyễn Văn Bình, Trưởng Phòng Cảnh sát giao thông, nói.\n
out: “Chúng tôi đã chuẩn bị kỹ phương án phân luồng.\n
out: Người dân yên tâm di chuyển trong dịp nghỉ lễ”, ông Nguyễn Văn Bình, Trưởng Phòng Cảnh sát giao thông, nói.\n

case: a quote of two sentences, then an en dash attribution
args: -l vi
in: “Năm nay vải được mùa, được giá. Gia đình tôi thu về hơn 200 triệu đồng” – anh Thắng chia sẻ.\n
out: “Năm nay vải được mùa, được giá.\n
out: Gia đình tôi thu về hơn 200 triệu đồng” – anh Thắng chia sẻ.\n

case: a period and a closing quote, then an en dash attribution
args: -l vi
in: “Nhờ có đường bê tông, nông sản của bà con bán được giá hơn.” – anh Thắng chia sẻ.\n
out: “Nhờ có đường bê tông, nông sản của bà con bán được giá hơn.” – anh Thắng chia sẻ.\n

case: an exclamation and a closing quote, then a hyphen attribution
args: -l vi
in: “Đây là niềm vui lớn của cả bản!” - ông Hoàng Văn Páo, Trưởng thôn Khuổi Phầy, phấn khởi nói.\n
out: “Đây là niềm vui lớn của cả bản!” - ông Hoàng Văn Páo, Trưởng thôn Khuổi Phầy, phấn khởi nói.\n

case: an exclamation and a closing quote, then a comma and the speaker
args: -l vi
in: “Không có gì quý hơn sức khỏe của người dân!”, bác sĩ Lê Văn Hùng nhấn mạnh.\n
out: “Không có gì quý hơn sức khỏe của người dân!”, bác sĩ Lê Văn Hùng nhấn mạnh.\n

case: a period and a closing quote, then a lowercase word
args: -l vi
in: “Được mùa rồi.” anh Lục Văn Sáng cười nói khi dẫn chúng tôi đi thăm vườn hồng.\n
out: “Được mùa rồi.” anh Lục Văn Sáng cười nói khi dẫn chúng tôi đi thăm vườn hồng.\n

case: a quoted question that is the subject of the sentence
args: -l vi
in: “Bao giờ đường mới làm xong?” là câu hỏi mà người dân thôn Nà Tâm đã đặt ra suốt 5 năm qua.\n
out: “Bao giờ đường mới làm xong?” là câu hỏi mà người dân thôn Nà Tâm đã đặt ra suốt 5 năm qua.\n

case: a quoted question, then a new sentence
args: -l vi
in: “Bao giờ đường mới làm xong?” Đó là câu hỏi mà người dân thôn Nà Tâm đã đặt ra suốt 5 năm qua.\n
out: “Bao giờ đường mới làm xong?”\n
out: Đó là câu hỏi mà người dân thôn Nà Tâm đã đặt ra suốt 5 năm qua.\n

case: a quoted title ending in a question mark inside a sentence
args: -l vi
in: Hội thảo “Làm gì để giữ chân người lao động?” thu hút hơn 300 doanh nghiệp tham dự.\n
out: Hội thảo “Làm gì để giữ chân người lao động?” thu hút hơn 300 doanh nghiệp tham dự.\n

case: an opening quote after a period starts a new sentence
args: -l vi
in: Tỷ lệ hộ nghèo của huyện đã giảm xuống còn 8,5%. “Đây là kết quả của cả hệ thống chính trị”, ông Hùng nói.\n
out: Tỷ lệ hộ nghèo của huyện đã giảm xuống còn 8,5%.\n
out: “Đây là kết quả của cả hệ thống chính trị”, ông Hùng nói.\n

case: a closing quote, then the period, then a new sentence
args: -l vi
in: Ông khẳng định sẽ “xử lý nghiêm, không có vùng cấm”. Cơ quan điều tra đã khởi tố 5 bị can.\n
out: Ông khẳng định sẽ “xử lý nghiêm, không có vùng cấm”.\n
out: Cơ quan điều tra đã khởi tố 5 bị can.\n

case: straight quotes around two sentences, then the speaker
args: -l vi
in: "Chúng tôi rất vui. Mọi người đều phấn khởi", chị Hoàng Thị Hoa nói.\n
out: "Chúng tôi rất vui.\n
out: Mọi người đều phấn khởi", chị Hoàng Thị Hoa nói.\n

case: a straight quote closing after a period, then a lowercase word
args: -l vi
in: Ông chỉ nói "Cảm ơn." rồi lặng lẽ rời khỏi hội trường.\n
out: Ông chỉ nói "Cảm ơn." rồi lặng lẽ rời khỏi hội trường.\n

case: a straight opening quote after a period starts a new sentence
args: -l vi
in: Giá vàng SJC tăng lên 74,5 triệu đồng/lượng. "Tôi chưa bao giờ thấy giá vàng cao như vậy", một khách hàng nói.\n
out: Giá vàng SJC tăng lên 74,5 triệu đồng/lượng.\n
out: "Tôi chưa bao giờ thấy giá vàng cao như vậy", một khách hàng nói.\n

case: a straight-quoted question, then a new sentence
args: -l vi
in: "Tại sao phải chờ lâu như vậy?" Nhiều người dân đặt câu hỏi khi đến làm thủ tục cấp đổi sổ đỏ.\n
out: "Tại sao phải chờ lâu như vậy?"\n
out: Nhiều người dân đặt câu hỏi khi đến làm thủ tục cấp đổi sổ đỏ.\n

# ======================================================================
# Parentheses and photo credits
# ======================================================================

case: no boundary inside a closed pair of parentheses
args: -l vi
in: Dự án (được khởi công từ tháng 3/2021. Đến nay mới đạt khoảng 40% khối lượng) đang bị cử tri phản ánh nhiều lần.\n
out: Dự án (được khởi công từ tháng 3/2021. Đến nay mới đạt khoảng 40% khối lượng) đang bị cử tri phản ánh nhiều lần.\n

case: an exclamation mark in parentheses inside a sentence
args: -l vi
in: Mỗi hộ dân phải đóng tới 5 triệu đồng (!) tiền điện trong tháng 6 khiến nhiều người bức xúc.\n
out: Mỗi hộ dân phải đóng tới 5 triệu đồng (!) tiền điện trong tháng 6 khiến nhiều người bức xúc.\n

case: a question mark in parentheses inside a sentence
args: -l vi
in: Một người tự xưng là “thần y” (?) đã bán hàng trăm hộp thuốc không rõ nguồn gốc.\n
out: Một người tự xưng là “thần y” (?) đã bán hàng trăm hộp thuốc không rõ nguồn gốc.\n

case: a photo credit in parentheses after the caption's period
args: -l vi
in: Thủ tướng phát biểu tại hội nghị. (Ảnh: Minh Đức/TTXVN)\n
out: Thủ tướng phát biểu tại hội nghị.\n
out: (Ảnh: Minh Đức/TTXVN)\n

case: a photo credit in parentheses in a caption without a period
args: -l vi
in: Quang cảnh hội nghị (Ảnh: TTXVN)\n
out: Quang cảnh hội nghị (Ảnh: TTXVN)\n

case: a caption credit after the caption's period
args: -l vi
in: Đồng chí Bí thư Thành ủy kiểm tra tiến độ thi công dự án. Ảnh: Trí Dũng\n
out: Đồng chí Bí thư Thành ủy kiểm tra tiến độ thi công dự án.\n
out: Ảnh: Trí Dũng\n

case: a caption with its credit, then the body
args: -l vi
in: Lãnh đạo tỉnh thăm gian hàng tại hội chợ. Ảnh: Hoàng Cường\n\nHội chợ thương mại quốc tế Việt – Trung năm 2023 thu hút hơn 300 gian hàng.\n
out: Lãnh đạo tỉnh thăm gian hàng tại hội chợ.\n
out: Ảnh: Hoàng Cường\n
out: \n
out: Hội chợ thương mại quốc tế Việt – Trung năm 2023 thu hút hơn 300 gian hàng.\n

# ======================================================================
# ; and : never end a sentence; inline lists stay one sentence
# ======================================================================

case: semicolons never end a sentence
args: -l vi
in: Thu ngân sách đạt 465 tỷ đồng; giải phóng mặt bằng đạt tiến độ; trật tự an toàn xã hội được bảo đảm.\n
out: Thu ngân sách đạt 465 tỷ đồng; giải phóng mặt bằng đạt tiến độ; trật tự an toàn xã hội được bảo đảm.\n

case: a colon or semicolon before a capitalised word is no boundary
args: -l vi
in: Hội nghị thống nhất ba nội dung như sau: Thứ nhất, đẩy nhanh giải ngân vốn đầu tư công; Thứ hai, tập trung giải phóng mặt bằng; Thứ ba, cải thiện môi trường đầu tư.\n
out: Hội nghị thống nhất ba nội dung như sau: Thứ nhất, đẩy nhanh giải ngân vốn đầu tư công; Thứ hai, tập trung giải phóng mặt bằng; Thứ ba, cải thiện môi trường đầu tư.\n

case: an inline list a) b) c) in lowercase
args: -l vi
in: Nghị quyết đề ra ba nhóm giải pháp gồm: a) đẩy mạnh cải cách hành chính; b) phát triển hạ tầng giao thông; c) nâng cao chất lượng nguồn nhân lực.\n
out: Nghị quyết đề ra ba nhóm giải pháp gồm: a) đẩy mạnh cải cách hành chính; b) phát triển hạ tầng giao thông; c) nâng cao chất lượng nguồn nhân lực.\n

case: an inline list a) b) c) with capitalised items
args: -l vi
in: Kế hoạch gồm ba nhiệm vụ: a) Tăng cường công tác tuyên truyền; b) Đẩy mạnh chuyển đổi số; c) Nâng cao chất lượng dịch vụ công trực tuyến.\n
out: Kế hoạch gồm ba nhiệm vụ: a) Tăng cường công tác tuyên truyền; b) Đẩy mạnh chuyển đổi số; c) Nâng cao chất lượng dịch vụ công trực tuyến.\n

case: an inline list 1) 2) 3)
args: -l vi
in: Người dân cần chuẩn bị: 1) Căn cước công dân; 2) Giấy chứng nhận quyền sử dụng đất; 3) Tờ khai theo mẫu.\n
out: Người dân cần chuẩn bị: 1) Căn cước công dân; 2) Giấy chứng nhận quyền sử dụng đất; 3) Tờ khai theo mẫu.\n

# ======================================================================
# Numbered and bulleted items: a marker is not a sentence of its own
# ======================================================================

case: numbered items as paragraphs stay one line each
args: -l vi
in: 1. Tăng cường công tác tuyên truyền, vận động nhân dân.\n\n2. Đẩy mạnh cải cách thủ tục hành chính.\n\n3. Nâng cao chất lượng sinh hoạt chi bộ.\n
out: 1. Tăng cường công tác tuyên truyền, vận động nhân dân.\n
out: \n
out: 2. Đẩy mạnh cải cách thủ tục hành chính.\n
out: \n
out: 3. Nâng cao chất lượng sinh hoạt chi bộ.\n

case: numbered items on the lines of one paragraph
args: -l vi
in: Hội nghị đề ra các nhiệm vụ trọng tâm sau:\n1. Tiếp tục thực hiện tốt công tác phòng, chống dịch;\n2. Tập trung giải phóng mặt bằng các dự án;\n3. Đẩy mạnh cải cách thủ tục hành chính.\n
out: Hội nghị đề ra các nhiệm vụ trọng tâm sau:\n
out: 1. Tiếp tục thực hiện tốt công tác phòng, chống dịch;\n
out: 2. Tập trung giải phóng mặt bằng các dự án;\n
out: 3. Đẩy mạnh cải cách thủ tục hành chính.\n

case: dash items on the lines of one paragraph
args: -l vi
in: Các giải pháp chính gồm:\n- Rà soát quỹ đất sạch;\n- Đẩy nhanh giải ngân vốn đầu tư công;\n- Hỗ trợ doanh nghiệp tiếp cận tín dụng.\n
out: Các giải pháp chính gồm:\n
out: - Rà soát quỹ đất sạch;\n
out: - Đẩy nhanh giải ngân vốn đầu tư công;\n
out: - Hỗ trợ doanh nghiệp tiếp cận tín dụng.\n

case: bulleted numbered items as paragraphs
args: -l vi
in: • 1. Hoàn thành dự án cụm công nghiệp Quảng Lạc.\n\n• 2. Khởi công đường vành đai phía Bắc.\n
out: • 1. Hoàn thành dự án cụm công nghiệp Quảng Lạc.\n
out: \n
out: • 2. Khởi công đường vành đai phía Bắc.\n

case: the next marker in sequence starts a new item in the same paragraph
args: -l vi
in: 1. Tăng cường công tác tuyên truyền 2. Đẩy mạnh cải cách hành chính\n
out: 1. Tăng cường công tác tuyên truyền\n
out: 2. Đẩy mạnh cải cách hành chính\n

case: a lettered item holding two sentences
args: -l vi
in: a) Đối với hộ nghèo: hỗ trợ 100% kinh phí mua bảo hiểm y tế. Hộ cận nghèo được hỗ trợ 70%.\n
out: a) Đối với hộ nghèo: hỗ trợ 100% kinh phí mua bảo hiểm y tế.\n
out: Hộ cận nghèo được hỗ trợ 70%.\n

# ======================================================================
# Headings, date lines, counters, captions, bylines: paragraphs of their own
# ======================================================================

case: a heading without final punctuation
args: -l vi
in: Ban Chấp hành Đảng bộ thành phố Lạng Sơn triển khai nhiệm vụ năm 2023\n
out: Ban Chấp hành Đảng bộ thành phố Lạng Sơn triển khai nhiệm vụ năm 2023\n

case: a heading with TP. and a colon
args: -l vi
in: TP. Lạng Sơn: Khánh thành cầu Kỳ Cùng mới\n
out: TP. Lạng Sơn: Khánh thành cầu Kỳ Cùng mới\n

case: an uppercase heading with a Roman numeral
args: -l vi
in: KỲ HỌP THỨ 5, QUỐC HỘI KHÓA XV: THẢO LUẬN VỀ DỰ ÁN LUẬT ĐẤT ĐAI (SỬA ĐỔI)\n
out: KỲ HỌP THỨ 5, QUỐC HỘI KHÓA XV: THẢO LUẬN VỀ DỰ ÁN LUẬT ĐẤT ĐAI (SỬA ĐỔI)\n

case: a date line and a view counter on two lines of one paragraph
args: -l vi
in: Thứ 5, 01.12.2022 | 15:12:13\n1,117 lượt xem\n
out: Thứ 5, 01.12.2022 | 15:12:13\n
out: 1,117 lượt xem\n

case: a byline with the site name
args: -l vi
in: TRÍ DŨNG - HOÀNG CƯỜNG/baolangson.vn\n
out: TRÍ DŨNG - HOÀNG CƯỜNG/baolangson.vn\n

case: a question heading, then the lead
args: -l vi
in: Vì sao giá xăng tăng liên tục?\n\nTừ 15h chiều nay, giá xăng E5 RON 92 tăng 520 đồng/lít. Giá dầu diesel giữ nguyên.\n
out: Vì sao giá xăng tăng liên tục?\n
out: \n
out: Từ 15h chiều nay, giá xăng E5 RON 92 tăng 520 đồng/lít.\n
out: Giá dầu diesel giữ nguyên.\n

case: an outlet tag leading the first sentence
args: -l vi
in: TTO - Sáng 5-6, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Đường bộ. Phiên họp do Chủ tịch Quốc hội chủ trì.\n
out: TTO - Sáng 5-6, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật Đường bộ.\n
out: Phiên họp do Chủ tịch Quốc hội chủ trì.\n

case: an outlet domain leading the first sentence
args: -l vi
in: VTV.vn - Mưa lớn kéo dài khiến nhiều tuyến đường tại Lạng Sơn bị ngập sâu. Hàng trăm hộ dân phải sơ tán khẩn cấp.\n
out: VTV.vn - Mưa lớn kéo dài khiến nhiều tuyến đường tại Lạng Sơn bị ngập sâu.\n
out: Hàng trăm hộ dân phải sơ tán khẩn cấp.\n

case: a whole article head, body and byline
args: -l vi
in: Xuất khẩu nông sản 6 tháng đầu năm tăng 15,4%\n\nThứ Hai, 19/06/2023 - 08:15\n3,056 lượt đọc\n\n
in: Sáng 17/6/2023, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị sơ kết. ThS. Hoàng Văn Thủy, Phó Giám đốc Sở, chủ trì hội nghị.\n\n
in: Quang cảnh hội nghị\n\n
in: Giá trị xuất khẩu ước đạt 412,8 triệu USD, tăng 15,4% so với cùng kỳ.\n\n
in: THU HIỀN - ĐỨC MẠNH\n
out: Xuất khẩu nông sản 6 tháng đầu năm tăng 15,4%\n
out: \n
out: Thứ Hai, 19/06/2023 - 08:15\n
out: 3,056 lượt đọc\n
out: \n
out: Sáng 17/6/2023, Sở Nông nghiệp và Phát triển nông thôn tổ chức hội nghị sơ kết.\n
out: ThS. Hoàng Văn Thủy, Phó Giám đốc Sở, chủ trì hội nghị.\n
out: \n
out: Quang cảnh hội nghị\n
out: \n
out: Giá trị xuất khẩu ước đạt 412,8 triệu USD, tăng 15,4% so với cùng kỳ.\n
out: \n
out: THU HIỀN - ĐỨC MẠNH\n

# ======================================================================
# Paragraphs: blank lines separate them; runs collapse; none at the ends
# ======================================================================

case: runs of blank lines collapse, none at the start or the end
args: -l vi
in: \n\n\nHội nghị lần này tập trung thảo luận nhiệm vụ năm 2023.\n\n\n\nNghị quyết được thông qua với 100% đại biểu tán thành.\n\n\n
out: Hội nghị lần này tập trung thảo luận nhiệm vụ năm 2023.\n
out: \n
out: Nghị quyết được thông qua với 100% đại biểu tán thành.\n

case: a line of spaces and tabs separates paragraphs
args: -l vi
in: Đoạn đầu nói về kết quả năm 2022. Kết quả rất khả quan.\n \t \nĐoạn sau nói về nhiệm vụ năm 2023.\n
out: Đoạn đầu nói về kết quả năm 2022.\n
out: Kết quả rất khả quan.\n
out: \n
out: Đoạn sau nói về nhiệm vụ năm 2023.\n

# ======================================================================
# Line breaks inside a paragraph, default mode: a line without final
# punctuation followed by a lowercase line goes on (one space); otherwise
# the break ends the sentence
# ======================================================================

case: default: a line ending in a comma goes on before a lowercase line
args: -l vi
in: Hội nghị lần này tập trung thảo luận, đánh giá về công tác lãnh đạo,\nchỉ đạo, kết quả thực hiện nhiệm vụ năm 2022.\n
out: Hội nghị lần này tập trung thảo luận, đánh giá về công tác lãnh đạo, chỉ đạo, kết quả thực hiện nhiệm vụ năm 2022.\n

case: default: a line ending in a word goes on before a lowercase line
args: -l vi
in: Năm 2022, Ban Chấp hành Đảng bộ thành phố đã tập trung lãnh đạo\nthực hiện các mục tiêu đã đề ra.\n
out: Năm 2022, Ban Chấp hành Đảng bộ thành phố đã tập trung lãnh đạo thực hiện các mục tiêu đã đề ra.\n

case: default: spaces around a joined line break become one space
args: -l vi
in: Tổng lượng khách du lịch đạt 2.865   \n   nghìn lượt, tăng 12% so với năm trước.\n
out: Tổng lượng khách du lịch đạt 2.865 nghìn lượt, tăng 12% so với năm trước.\n

case: default: a heading line before a capitalised line is a sentence of its own
args: -l vi
in: Lạng Sơn: Xuất khẩu qua cửa khẩu tăng mạnh\nSáng 12/5, Sở Công Thương tổ chức họp báo thông tin về tình hình xuất nhập khẩu.\n
out: Lạng Sơn: Xuất khẩu qua cửa khẩu tăng mạnh\n
out: Sáng 12/5, Sở Công Thương tổ chức họp báo thông tin về tình hình xuất nhập khẩu.\n

case: default: verse lines with a capital each stay lines
args: -l vi
in: Đồng Đăng có phố Kỳ Lừa,\nCó nàng Tô Thị, có chùa Tam Thanh.\n
out: Đồng Đăng có phố Kỳ Lừa,\n
out: Có nàng Tô Thị, có chùa Tam Thanh.\n

case: default: a line ending in TS. goes on with the name
args: -l vi
in: Chủ trì hội nghị có TS.\nNguyễn Văn Hùng, Giám đốc Sở Khoa học và Công nghệ.\n
out: Chủ trì hội nghị có TS. Nguyễn Văn Hùng, Giám đốc Sở Khoa học và Công nghệ.\n

case: default: a line ending in TP. goes on with the city name
args: -l vi
in: Lễ hội được tổ chức tại TP.\nLạng Sơn từ ngày 10 đến 12/2.\n
out: Lễ hội được tổ chức tại TP. Lạng Sơn từ ngày 10 đến 12/2.\n

case: default: a line goes on before a lowercase brand
args: -l vi
in: Sản phẩm được quan tâm nhất trong đợt giảm giá là\niPhone 15 Pro Max.\n
out: Sản phẩm được quan tâm nhất trong đợt giảm giá là iPhone 15 Pro Max.\n

case: default: a line ending in a period before a capitalised line
args: -l vi
in: Hội nghị bế mạc chiều cùng ngày.\nSáng 1/12, các đại biểu đi khảo sát thực tế tại xã Mai Pha.\n
out: Hội nghị bế mạc chiều cùng ngày.\n
out: Sáng 1/12, các đại biểu đi khảo sát thực tế tại xã Mai Pha.\n

# ======================================================================
# Line breaks under -b (every line is a block) and -w (wrapped prose)
# ======================================================================

case: -b: a line ending in a comma still ends the block
args: -l vi -b
in: Hội nghị lần này tập trung thảo luận, đánh giá về công tác lãnh đạo,\nchỉ đạo, kết quả thực hiện nhiệm vụ năm 2022.\n
out: Hội nghị lần này tập trung thảo luận, đánh giá về công tác lãnh đạo,\n
out: chỉ đạo, kết quả thực hiện nhiệm vụ năm 2022.\n

case: -b: a line ending in TS. still ends the block
args: -l vi -b
in: Chủ trì hội nghị có TS.\nNguyễn Văn Hùng, Giám đốc Sở Khoa học và Công nghệ.\n
out: Chủ trì hội nghị có TS.\n
out: Nguyễn Văn Hùng, Giám đốc Sở Khoa học và Công nghệ.\n

case: -b: sentences inside one line are still cut
args: -l vi -b
in: Thứ 5, 01.12.2022 | 15:12:13\nChiều 30/11/2022, Thành ủy tổ chức hội nghị. Đồng chí Bí thư Thành ủy chủ trì.\n
out: Thứ 5, 01.12.2022 | 15:12:13\n
out: Chiều 30/11/2022, Thành ủy tổ chức hội nghị.\n
out: Đồng chí Bí thư Thành ủy chủ trì.\n

case: -w: a line break before a capitalised line is just a space
args: -l vi -w
in: Lạng Sơn: Xuất khẩu qua cửa khẩu tăng mạnh\nSáng 12/5, Sở Công Thương tổ chức họp báo.\n
out: Lạng Sơn: Xuất khẩu qua cửa khẩu tăng mạnh Sáng 12/5, Sở Công Thương tổ chức họp báo.\n

case: -w: wrapped lines are rejoined and cut at the periods
args: -l vi -w
in: Hội nghị lần này tập trung thảo luận, đánh giá về công tác\nlãnh đạo, chỉ đạo năm 2022. Đồng thời, hội nghị đề ra các\nnhiệm vụ, giải pháp năm 2023.\n
out: Hội nghị lần này tập trung thảo luận, đánh giá về công tác lãnh đạo, chỉ đạo năm 2022.\n
out: Đồng thời, hội nghị đề ra các nhiệm vụ, giải pháp năm 2023.\n

case: -w: a period at the end of a line still ends the sentence
args: -l vi -w
in: Hội nghị bế mạc chiều cùng ngày.\nSáng 1/12, các đại biểu đi khảo sát thực tế tại xã Mai Pha.\n
out: Hội nghị bế mạc chiều cùng ngày.\n
out: Sáng 1/12, các đại biểu đi khảo sát thực tế tại xã Mai Pha.\n

case: -w: an ellipsis at the end of a line before a lowercase word
args: -l vi -w
in: Các mặt hàng như rau, củ, quả…\nđều tăng giá từ 10-15% so với tuần trước.\n
out: Các mặt hàng như rau, củ, quả… đều tăng giá từ 10-15% so với tuần trước.\n

case: -w: TP. at the end of a line before the city name
args: -l vi -w
in: Lễ hội được tổ chức tại TP.\nLạng Sơn từ ngày 10 đến 12/2. Ban tổ chức dự kiến\nđón 50.000 lượt khách.\n
out: Lễ hội được tổ chức tại TP. Lạng Sơn từ ngày 10 đến 12/2.\n
out: Ban tổ chức dự kiến đón 50.000 lượt khách.\n

case: -w: blank lines still separate paragraphs
args: -l vi -w
in: Thu ngân sách năm 2022 đạt\n465 tỷ đồng.\n\nNăm 2023, thành phố phấn đấu\nthu 400 tỷ đồng.\n
out: Thu ngân sách năm 2022 đạt 465 tỷ đồng.\n
out: \n
out: Năm 2023, thành phố phấn đấu thu 400 tỷ đồng.\n

# ======================================================================
# A lowercase brand with a capital inside can start a sentence
# ======================================================================

case: eKYC starts a sentence
args: -l vi
in: Khách hàng có thể mở tài khoản trực tuyến chỉ trong vài phút. eKYC giúp ngân hàng xác thực danh tính mà không cần gặp trực tiếp.\n
out: Khách hàng có thể mở tài khoản trực tuyến chỉ trong vài phút.\n
out: eKYC giúp ngân hàng xác thực danh tính mà không cần gặp trực tiếp.\n

case: iPhone starts a sentence
args: -l vi
in: Apple vừa ra mắt thế hệ điện thoại mới. iPhone 15 sẽ được bán tại Việt Nam từ ngày 29/9.\n
out: Apple vừa ra mắt thế hệ điện thoại mới.\n
out: iPhone 15 sẽ được bán tại Việt Nam từ ngày 29/9.\n

case: iPad starts a sentence
args: -l vi
in: Giá máy tính bảng giảm mạnh trong dịp cuối năm. iPad Air thế hệ mới chỉ còn khoảng 14 triệu đồng.\n
out: Giá máy tính bảng giảm mạnh trong dịp cuối năm.\n
out: iPad Air thế hệ mới chỉ còn khoảng 14 triệu đồng.\n

case: iOS starts a sentence after a question
args: -l vi
in: Ứng dụng VNeID có chạy trên mọi điện thoại không? iOS và Android đều được hỗ trợ từ phiên bản 2.0.\n
out: Ứng dụng VNeID có chạy trên mọi điện thoại không?\n
out: iOS và Android đều được hỗ trợ từ phiên bản 2.0.\n

# ======================================================================
# Language: no -l, so the rules come from the lang header key or from a
# guess on the text; header lines are copied unchanged
# ======================================================================

case: guess: diacritics make it Vietnamese, so ThS. and Tp. hold
in: Theo ThS. Lê Minh Khuê, giảng viên một trường đại học tại Tp. Hồ Chí Minh, thị trường lao động đang phục hồi.\n
out: Theo ThS. Lê Minh Khuê, giảng viên một trường đại học tại Tp. Hồ Chí Minh, thị trường lao động đang phục hồi.\n

case: guess: Vietnamese, so Inc. before any capitalised word ends the sentence
in: Khoản đầu tư đến từ tập đoàn Apple Inc. Đây là lần đầu tiên hãng mở văn phòng đại diện tại Hà Nội.\n
out: Khoản đầu tư đến từ tập đoàn Apple Inc.\n
out: Đây là lần đầu tiên hãng mở văn phòng đại diện tại Hà Nội.\n

case: guess: Vietnamese, so U.S. before Hiện ends the sentence
in: Ông Trần Minh Quân từng làm việc nhiều năm tại U.S. Hiện ông là giám đốc một công ty công nghệ ở Đà Nẵng.\n
out: Ông Trần Minh Quân từng làm việc nhiều năm tại U.S.\n
out: Hiện ông là giám đốc một công ty công nghệ ở Đà Nẵng.\n

case: guess: no diacritics make it English, so U.S. Embassy holds
in: Officials at the U.S. Embassy in Hanoi said the visa service would reopen on Monday.\n
out: Officials at the U.S. Embassy in Hanoi said the visa service would reopen on Monday.\n

case: -l auto is the default
args: -l auto
in: Các sản phẩm đặc trưng của Lạng Sơn gồm hồi, quế, na, thạch đen v.v. Nhờ đó, thu nhập của người dân vùng cao ngày càng tăng.\n
out: Các sản phẩm đặc trưng của Lạng Sơn gồm hồi, quế, na, thạch đen v.v.\n
out: Nhờ đó, thu nhập của người dân vùng cao ngày càng tăng.\n

# Vietnamese typed without diacritics: only the header says it is Vietnamese.
case: header lang=vi gives Vietnamese rules to text without diacritics
in: \flang=vi\tsource=a.txt\nTheo TS. Nguyen Van Hung, gia xang se con giam trong tuan toi.\n
out: \flang=vi\tsource=a.txt\nTheo TS. Nguyen Van Hung, gia xang se con giam trong tuan toi.\n

case: header lang=vi-VN gives Vietnamese rules to Inc. before a capital
in: \flang=vi-VN\tsource=a.txt\nKhoan dau tu den tu tap doan Apple Inc. Day la lan dau tien hang mo van phong tai Ha Noi.\n
out: \flang=vi-VN\tsource=a.txt\nKhoan dau tu den tu tap doan Apple Inc.\nDay la lan dau tien hang mo van phong tai Ha Noi.\n

case: header lang=en gives English rules to text with Vietnamese names
in: \flang=en\tsource=b.txt\nMr. Nguyễn Văn Thắng, who works for the U.S. Embassy in Hà Nội, said the new rules would take effect next month.\n
out: \flang=en\tsource=b.txt\nMr. Nguyễn Văn Thắng, who works for the U.S. Embassy in Hà Nội, said the new rules would take effect next month.\n

case: each document of a stream follows its own lang key
in: \flang=vi\tsource=a.txt\nÔng Trần Minh Quân từng làm việc tại U.S. Hiện ông sống ở Đà Nẵng.\n
in: \flang=en\tsource=b.txt\nShe works for the U.S. Embassy in Hanoi. How long will she stay?\n
out: \flang=vi\tsource=a.txt\n
out: Ông Trần Minh Quân từng làm việc tại U.S.\n
out: Hiện ông sống ở Đà Nẵng.\n
out: \flang=en\tsource=b.txt\n
out: She works for the U.S. Embassy in Hanoi.\n
out: How long will she stay?\n

case: each document without a lang key gets its own guess
in: \fsource=a.txt\nKhoản đầu tư đến từ tập đoàn Apple Inc. Đây là lần đầu tiên hãng mở văn phòng tại Hà Nội.\n
in: \fsource=b.txt\nOfficials at the U.S. Embassy in Hanoi said the visa service would reopen on Monday.\n
out: \fsource=a.txt\n
out: Khoản đầu tư đến từ tập đoàn Apple Inc.\n
out: Đây là lần đầu tiên hãng mở văn phòng tại Hà Nội.\n
out: \fsource=b.txt\n
out: Officials at the U.S. Embassy in Hanoi said the visa service would reopen on Monday.\n

case: -l vi overrides a lang=en header
args: -l vi
in: \flang=en\tsource=c.txt\nÔng Trần Minh Quân từng làm việc tại U.S. Hiện ông sống ở Đà Nẵng.\n
out: \flang=en\tsource=c.txt\nÔng Trần Minh Quân từng làm việc tại U.S.\nHiện ông sống ở Đà Nẵng.\n

# A title with a period in it belongs to the header: it is not segmented.
case: a header line with sentences in its title is copied unchanged
args: -l vi
in: \ftitle=Lạng Sơn đón 2.865 nghìn lượt khách. Doanh thu tăng 15%\tlang=vi\tsource=a.txt\nDoanh thu du lịch đạt 1.250 tỷ đồng. Đây là mức cao nhất từ trước đến nay.\n
out: \ftitle=Lạng Sơn đón 2.865 nghìn lượt khách. Doanh thu tăng 15%\tlang=vi\tsource=a.txt\n
out: Doanh thu du lịch đạt 1.250 tỷ đồng.\n
out: Đây là mức cao nhất từ trước đến nay.\n

case: no blank line right after or right before a header line
args: -l vi
in: \flang=vi\tsource=a.txt\n\n\nTiêu đề bài viết thứ nhất\n\nHội nghị bế mạc. Các đại biểu ra về.\n\n\n
in: \flang=vi\tsource=b.txt\n\nTiêu đề bài viết thứ hai\n
out: \flang=vi\tsource=a.txt\n
out: Tiêu đề bài viết thứ nhất\n
out: \n
out: Hội nghị bế mạc.\n
out: Các đại biểu ra về.\n
out: \flang=vi\tsource=b.txt\n
out: Tiêu đề bài viết thứ hai\n

# ======================================================================
# The seed article, samples/seed-langson.txt (a byte copy of the shared
# seed; no final newline; two blank lines in places; NO-BREAK SPACEs,
# written \xc2\xa0 below, at the end of both caption lines and inside
# two sentences; two leading spaces before "• Từ khóa").  A NO-BREAK
# SPACE at the end of a sentence is trimmed like a space; inside, kept.
# tests/cli/seed-langson.split is the article as a careful reader splits
# it, written by hand.
# ======================================================================

case: the seed article, one sentence a line
args: -l vi
in-file: samples/seed-langson.txt
out-file: tests/cli/seed-langson.split

# The same article as the pipeline gives it to split: ntx-norm first turns
# every NO-BREAK SPACE into a space, squeezes spaces and trims the lines.
case: the seed article after ntx-norm
args: -l vi
in-cmd: bin/ntx-norm samples/seed-langson.txt
out-cmd: sed 's/\xc2\xa0/ /g; s/  */ /g' tests/cli/seed-langson.split

# ======================================================================
# After a general abbreviation a Vietnamese word (with a Vietnamese
# letter, an acronym, or an ASCII word that could be one syllable) starts
# a sentence; an English name goes on.
# ======================================================================

case: U.S. Steel is one name in Vietnamese text
args: -l vi
in: Tập đoàn U.S. Steel đã đồng ý bán lại cho Nippon Steel với giá 14,9 tỷ USD.\n
out: Tập đoàn U.S. Steel đã đồng ý bán lại cho Nippon Steel với giá 14,9 tỷ USD.\n

case: J.K. Rowling is one name
args: -l vi
in: Bộ truyện của nhà văn J.K. Rowling đã được dịch ra hơn 80 ngôn ngữ.\n
out: Bộ truyện của nhà văn J.K. Rowling đã được dịch ra hơn 80 ngôn ngữ.\n

case: Pte. Ltd. is one company form
args: -l vi
in: Nhà đầu tư là Công ty Foxconn Singapore Pte. Ltd. với tổng vốn 383 triệu USD.\n
out: Nhà đầu tư là Công ty Foxconn Singapore Pte. Ltd. với tổng vốn 383 triệu USD.\n

case: dotted initials before the year of birth go on
args: -l vi
in: Công an đã bắt giữ đối tượng Đ.V.T. (SN 1995) trú tại xã Yên Trạch.\n
out: Công an đã bắt giữ đối tượng Đ.V.T. (SN 1995) trú tại xã Yên Trạch.\n

case: Theo after v.v. starts a sentence though it has no diacritic
args: -l vi
in: Cửa hàng bán rau, củ, quả v.v. Theo chủ cửa hàng, giá đã tăng 10%.\n
out: Cửa hàng bán rau, củ, quả v.v.\nTheo chủ cửa hàng, giá đã tăng 10%.\n

case: TP.HCM at the end of a sentence before a number
args: -l vi
in: Số ca mắc tập trung chủ yếu tại TP.HCM. 70% số ca bệnh là trẻ em dưới 15 tuổi.\n
out: Số ca mắc tập trung chủ yếu tại TP.HCM.\n70% số ca bệnh là trẻ em dưới 15 tuổi.\n

case: a full name with an initial, then the initial starting the next sentence
args: -l vi
in: Qua xác minh, công an xác định chủ chiếc xe là Hà Văn Q. Q. đã bị bắt giữ vài giờ sau đó.\n
out: Qua xác minh, công an xác định chủ chiếc xe là Hà Văn Q.\nQ. đã bị bắt giữ vài giờ sau đó.\n

case: a full name with an initial, then Anh starting the next sentence
args: -l vi
in: Người điều khiển xe máy là anh Hà Văn T. Anh T. bị thương nặng.\n
out: Người điều khiển xe máy là anh Hà Văn T.\nAnh T. bị thương nặng.\n

# ======================================================================
# Q. P. H. X. are place prefixes and letters: a common sentence starter
# after one (starters-vi.txt) starts a sentence, a place name does not.
# ======================================================================

case: X. as a name, then a sentence
args: -l vi
in: Ông tuyên bố sẽ thu phí người dùng mạng xã hội X. Theo ông, đây là cách chống tài khoản ảo.\n
out: Ông tuyên bố sẽ thu phí người dùng mạng xã hội X.\nTheo ông, đây là cách chống tài khoản ảo.\n

case: Q. before a district whose name starts like a number word
args: -l vi
in: Trụ sở mới đặt tại Q. Ba Đình, gần Lăng Chủ tịch Hồ Chí Minh.\n
out: Trụ sở mới đặt tại Q. Ba Đình, gần Lăng Chủ tịch Hồ Chí Minh.\n
