"""Boilerplate the pages share: link titles for related and most-read
lists, reader comments, menus, footers, and the scripts and styles that
make real pages heavy.  All invented."""

VI_HEADLINES = [
    "Giá vàng miếng tiếp tục lập đỉnh mới, chênh lệch với thế giới lên gần 15 triệu đồng mỗi lượng",
    "Hà Nội công bố phương án tuyển sinh lớp 10 năm học mới, thi ba môn trong hai ngày",
    "Cận cảnh cây cầu vượt sông dài nhất miền Tây sau hai năm thi công, dự kiến thông xe cuối năm",
    "Người dân phố cổ hối hả dọn dẹp sau trận mưa lớn kéo dài suốt đêm qua",
    "Bộ Y tế khuyến cáo người dân chủ động phòng bệnh sốt xuất huyết khi số ca mắc tăng mạnh",
    "Xuất khẩu gạo bốn tháng đầu năm đạt kỷ lục, thương lái đổ về đồng bằng thu mua lúa hè thu",
    "Đội tuyển bóng đá nữ tập trung chuẩn bị cho vòng loại giải châu Á với nhiều gương mặt trẻ",
    "Tài xế xe tải ngủ gật gây tai nạn liên hoàn trên cao tốc, ba ô tô hư hỏng nặng",
    "Ngân hàng đồng loạt giảm lãi suất huy động kỳ hạn ngắn, có nơi chỉ còn dưới 3% mỗi năm",
    "Thủ tướng yêu cầu đẩy nhanh tiến độ giải ngân vốn đầu tư công trong những tháng cuối năm",
    "Phát hiện đường dây làm giả giấy phép lái xe quy mô lớn hoạt động xuyên nhiều tỉnh thành",
    "Giá thuê căn hộ quanh các khu công nghiệp tăng 20% so với cùng kỳ, công nhân chật vật tìm chỗ ở",
    "Mưa đá bất ngờ trút xuống nhiều huyện vùng cao, hàng trăm ngôi nhà bị tốc mái",
    "Học sinh tiểu học được miễn học phí từ học kỳ tới theo nghị quyết mới của HĐND thành phố",
    "Sân bay quốc tế lớn nhất cả nước đón lượng khách kỷ lục trong dịp nghỉ lễ kéo dài năm ngày",
    "Nông dân trồng sầu riêng thu tiền tỷ nhờ đơn hàng xuất khẩu chính ngạch sang thị trường mới",
    "Chuyên gia cảnh báo chiêu lừa đảo mạo danh nhân viên điện lực gọi điện đòi tiền thanh toán",
    "Thành phố chi hơn 2.000 tỷ đồng cải tạo kênh rạch, trả lại không gian xanh cho người dân",
    "Cháy nhà trọ lúc rạng sáng, người dân phá cửa cứu bốn người mắc kẹt ra ngoài an toàn",
    "Khởi công tuyến cao tốc nối cảng biển với cửa khẩu, rút ngắn một nửa thời gian vận chuyển hàng hóa",
    "Giáo viên vùng cao vượt hơn 30 km đường đèo mỗi ngày để giữ con chữ cho học trò",
    "Bảng giá đất mới dự kiến tăng bình quân 30%, nhiều hộ dân lo ngại tiền sử dụng đất đội lên",
    "Phim Việt chiếu dịp cuối tuần thu hơn 100 tỷ đồng, lập kỷ lục doanh thu phòng vé trong nước",
    "Siêu thị giảm giá hàng nghìn mặt hàng thiết yếu để kích cầu tiêu dùng dịp cuối năm",
    "Công an truy tìm nhóm thanh niên dùng hung khí hỗn chiến giữa đêm trên quốc lộ",
    "Bệnh viện tuyến cuối quá tải, người bệnh phải nằm ghép hai, ba người một giường",
    "Hơn 500 doanh nghiệp tham gia hội chợ thương mại quốc tế, nhiều hợp đồng được ký ngay tại chỗ",
    "Chủ tịch UBND tỉnh đối thoại với nông dân về chính sách bồi thường khi thu hồi đất làm dự án",
    "Đề xuất cho phép xe máy đi vào làn khẩn cấp trên một số đoạn quốc lộ vào giờ cao điểm",
    "Những ngôi làng cổ bên sông Hồng lặng lẽ giữ nghề truyền thống giữa nhịp sống đô thị hóa",
    "Giá xăng dầu có thể tăng mạnh trong kỳ điều hành chiều nay do giá thế giới leo thang",
    "Thí sinh đạt điểm 10 môn Ngữ văn chia sẻ bí quyết ôn thi trong những tháng cuối cùng",
    "Lũ quét cuốn trôi cầu tạm, hàng trăm hộ dân ở bản vùng cao bị cô lập hoàn toàn",
    "Điện thoại gập thế hệ mới bán tại Việt Nam với giá từ 40 triệu đồng, khách xếp hàng từ sớm",
    "Chính thức tăng lương cơ sở từ đầu tháng tới, hàng triệu cán bộ, công chức được hưởng lợi",
    "Cảng cá nhộn nhịp ngày đầu biển lặng, ngư dân trúng đậm mẻ cá ngừ đại dương",
    "Hai nhà khoa học Việt được vinh danh trong danh sách nhà nghiên cứu có ảnh hưởng nhất thế giới",
    "Khách du lịch quốc tế đến Việt Nam tăng mạnh, nhiều khách sạn ven biển kín phòng đến cuối tháng",
    "Bộ Giáo dục lấy ý kiến về việc bỏ xếp loại học lực, thay bằng đánh giá năng lực toàn diện",
    "Sạt lở bờ sông uy hiếp hàng chục căn nhà, chính quyền khẩn cấp di dời người dân trong đêm",
    "Tòa tuyên án vụ chiếm đoạt hơn 300 tỷ đồng của nhà đầu tư qua sàn tiền ảo không phép",
    "Loạt dự án nhà ở xã hội được khởi công, giá bán dự kiến từ 15 triệu đồng mỗi mét vuông",
    "Nắng nóng gay gắt kéo dài, nhu cầu tiêu thụ điện tăng lên mức cao nhất trong lịch sử",
    "Trận derby thủ đô kết thúc với tỷ số hòa kịch tính sau hai bàn thắng trong năm phút cuối",
    "Những quán phở gia truyền hơn nửa thế kỷ vẫn giữ được hương vị xưa giữa lòng Hà Nội",
    "Thanh tra phát hiện hàng loạt sai phạm trong đấu thầu thiết bị y tế tại nhiều bệnh viện",
    "Ùn tắc kéo dài hàng cây số ở cửa ngõ phía Nam thành phố trong ngày đầu tuần",
    "Doanh nghiệp dệt may thiếu đơn hàng, hàng nghìn lao động phải nghỉ luân phiên không lương",
    "Phát hiện quần thể voọc quý hiếm hơn 100 cá thể trong khu bảo tồn thiên nhiên",
    "Tỉnh miền núi đặt mục tiêu xóa nhà tạm, nhà dột nát cho hộ nghèo trước cuối năm nay",
    "Nhiều trường đại học công bố điểm sàn xét tuyển, ngành sư phạm tiếp tục tăng điểm",
    "Cặp vợ chồng U70 mở lớp học miễn phí cho trẻ em nghèo suốt hai mươi năm qua",
    "Công bố kết quả điều tra vụ tàu cá bị đâm chìm trên vùng biển Hoàng Sa của Việt Nam",
    "Thị trường ô tô tháng qua tăng trưởng nhẹ, xe điện chiếm tỷ trọng ngày càng lớn",
    "Bão số 3 giật cấp 12 hướng vào đất liền, các tỉnh ven biển cấm tàu thuyền ra khơi",
    "Nghệ nhân làng gốm kể chuyện giữ lửa lò nung qua bốn thế hệ trong gia đình",
    "Ứng dụng ví điện tử bị lỗi thanh toán trong nhiều giờ, khách hàng phản ánh bị trừ tiền hai lần",
    "Nhà ga ngầm đầu tiên của tuyến metro số 1 hoàn thiện, chuẩn bị vận hành thương mại",
    "Khánh thành bệnh viện đa khoa 1.000 giường hiện đại nhất khu vực Tây Nguyên",
    "Nông dân miền Tây phấn khởi vì giá lúa tăng cao nhất trong mười năm trở lại đây",
    "Kiểm tra nồng độ cồn xuyên đêm, hàng trăm tài xế bị xử phạt chỉ trong một tuần",
    "Người phụ nữ nhặt được túi tiền hơn 200 triệu đồng, tìm trả lại cho người đánh rơi",
    "Thành lập tổ công tác đặc biệt tháo gỡ vướng mắc cho các dự án năng lượng tái tạo",
    "Lãi suất cho vay mua nhà giảm về quanh mức 8%, thị trường bất động sản có dấu hiệu ấm lên",
    "Mở đường bay thẳng mới kết nối Đà Nẵng với ba thành phố lớn của Hàn Quốc và Nhật Bản",
    "Cựu chiến binh dành dụm tiền lương hưu xây cầu dân sinh cho bà con vùng sâu",
    "Giải chạy marathon quốc tế thu hút hơn 10.000 vận động viên từ 40 quốc gia tham dự",
    "Thu ngân sách nhà nước mười tháng vượt dự toán cả năm nhờ nguồn thu từ đất tăng mạnh",
    "Trường học vùng lũ khẩn trương dọn bùn non, đón học sinh trở lại lớp sau một tuần nghỉ",
    "Những con số biết nói về bức tranh kinh tế – xã hội năm qua qua báo cáo của Tổng cục Thống kê",
    "Vì sao học sinh lớp 1 vẫn phải đi học thêm dù chương trình đã giảm tải?",
    "Đưa con đi khám vì ho kéo dài, người mẹ bàng hoàng khi biết con hóc hạt lạc suốt ba tháng",
    "Tăng cường xử lý tình trạng lấn chiếm vỉa hè làm nơi kinh doanh, trông giữ xe trái phép",
    "Chợ nổi miền Tây tấp nập từ tờ mờ sáng, thương hồ buôn bán trái cây đầu mùa",
    "Khai mạc lễ hội hoa với hàng triệu bông hoa khoe sắc trên các tuyến phố trung tâm",
    "Đề xuất đánh thuế nhà, đất thứ hai để hạn chế đầu cơ bất động sản, chuyên gia nói gì?",
    "Chàng trai khuyết tật mở xưởng làm đồ gỗ, tạo việc làm cho hơn 20 lao động địa phương",
    "Các địa phương phía Bắc chủ động phương án chống rét cho trâu bò, gia súc trong đợt lạnh sâu",
    "Từ tháng sau, người dân làm thủ tục cấp đổi giấy phép lái xe hoàn toàn trực tuyến",
    "Cục Hàng không yêu cầu các hãng bay báo cáo nguyên nhân chậm, hủy chuyến dịp cao điểm",
]

VI_TEASERS = [
    "Theo báo cáo vừa công bố, con số này tăng gần gấp đôi so với cùng kỳ năm trước và là mức cao nhất từ trước đến nay.",
    "Nhiều người dân cho biết họ đã chờ đợi công trình này suốt hơn mười năm qua.",
    "Cơ quan chức năng đang khẩn trương xác minh, làm rõ nguyên nhân vụ việc.",
    "Lãnh đạo địa phương cam kết sẽ hoàn thành dứt điểm trước ngày 31/12.",
    "Chuyên gia cho rằng cần có giải pháp căn cơ thay vì chỉ xử lý tình thế như hiện nay.",
    "Sau nhiều lần lỡ hẹn, dự án cuối cùng đã được khởi công trong niềm vui của người dân.",
    "Đây là lần đầu tiên một sản phẩm nông nghiệp của tỉnh được xuất khẩu sang thị trường khó tính này.",
    "Ông cho biết sẽ tiếp tục theo đuổi công việc này chừng nào còn đủ sức khỏe.",
    "Thông tin được đưa ra tại cuộc họp báo thường kỳ chiều qua.",
    "Người dân được khuyến cáo hạn chế ra đường trong thời gian cao điểm.",
    "Mức giá mới áp dụng từ 0 giờ ngày mai trên phạm vi toàn quốc.",
    "Vụ việc đã gây xôn xao dư luận trong nhiều ngày qua.",
]

VI_COMMENTS = [
    ("Nguyễn Văn Hùng", "Bài viết rất hay và thiết thực. Mong các cơ quan chức năng sớm có giải pháp cụ thể để người dân được hưởng lợi, chứ cứ hứa hẹn mãi thì dân cũng mệt mỏi lắm rồi."),
    ("Trần Thị Mai", "Ở quê tôi tình trạng này cũng y hệt, năm nào cũng nói mà chẳng thấy thay đổi gì. Đề nghị báo tiếp tục theo dõi và phản ánh."),
    ("Lê Minh Tuấn", "Cảm ơn phóng viên đã đưa tin kịp thời. Tôi nghĩ cần có thêm ý kiến của người trong cuộc thì bài viết sẽ khách quan hơn."),
    ("Phạm Quốc Bảo", "Nói thì dễ, làm mới khó. Quan trọng là người đứng đầu có quyết tâm hay không thôi."),
    ("Hoàng Thu Trang", "Mình ủng hộ chủ trương này 100%. Đi đâu cũng thấy các nước họ làm từ lâu rồi, mình làm muộn còn hơn không."),
    ("Đỗ Văn Long", "Giá cả cái gì cũng tăng, chỉ có lương là không tăng. Người làm công ăn lương như chúng tôi xoay xở rất vất vả."),
    ("Vũ Hải Yến", "Con tôi học lớp 5, mỗi tuần đi học thêm ba buổi mà về vẫn phải làm bài đến 11 giờ đêm. Thương con lắm nhưng không biết làm sao."),
    ("Bùi Đức Anh", "Đề nghị công khai danh sách các đơn vị vi phạm để người dân biết mà tránh."),
    ("Ngô Thanh Hà", "Tôi đã từng gặp trường hợp tương tự và phải mất gần một tháng mới giải quyết xong thủ tục. Rất mong quy trình được rút gọn."),
    ("Đặng Văn Phúc", "Thông tin hữu ích, cảm ơn báo. Nhưng con số thống kê hình như chưa khớp với bài hôm trước thì phải?"),
    ("Trịnh Ngọc Ánh", "Hồi nhỏ tôi sống ở khu này, giờ đọc bài thấy nhớ quá. Mong mọi thứ sẽ tốt đẹp hơn."),
    ("Lý Quang Vinh", "Làm đường xong rồi lại đào lên, năm nào cũng thế. Ai chịu trách nhiệm về sự lãng phí này?"),
    ("Mai Anh Thư", "Đọc mà rưng rưng nước mắt. Chúc các thầy cô vùng cao luôn mạnh khỏe để tiếp tục gieo chữ."),
    ("Cao Văn Sơn", "Cần xử lý nghiêm, không có vùng cấm. Có như vậy mới lấy lại được lòng tin của nhân dân."),
    ("Hà Thị Lan", "Tôi thấy ý kiến của chuyên gia trong bài rất xác đáng. Cần học hỏi kinh nghiệm của các nước đi trước."),
    ("Phan Đình Khoa", "Mỗi lần mưa lớn là nhà tôi lại ngập nửa mét. Dự án chống ngập bao giờ mới xong đây?"),
    ("Tạ Minh Châu", "Nên có chính sách hỗ trợ cụ thể cho người lao động tự do, họ là những người chịu ảnh hưởng nặng nề nhất."),
    ("Dương Thùy Linh", "Bài viết phân tích kỹ và dễ hiểu. Mong báo có thêm nhiều bài như thế này."),
    ("Kiều Văn Thắng", "Thực tế ở cơ sở khác xa so với báo cáo. Lãnh đạo nên xuống tận nơi mà xem."),
    ("Lâm Bảo Ngọc", "Tôi làm nghề này hơn mười năm, xin góp ý là khâu kiểm tra đầu vào còn rất lỏng lẻo."),
    ("Triệu Văn Hải", "Đồng ý với bạn Hùng. Hứa nhiều quá rồi, giờ dân chỉ cần thấy kết quả thôi."),
    ("Quách Thị Hồng", "Năm ngoái nhà tôi cũng được hỗ trợ, thủ tục nhanh gọn, cán bộ xã nhiệt tình. Cảm ơn chính quyền địa phương."),
    ("Âu Dương Minh", "Mấy chục năm rồi vẫn điệp khúc cũ. Phải thay đổi tư duy quản lý thì mới mong khác được."),
    ("Nghiêm Xuân Trường", "Xin hỏi tòa soạn: chính sách này áp dụng cho cả người đang làm hợp đồng ngắn hạn hay không?"),
    ("Thái Hoàng Nam", "Hy vọng lần này không phải là đánh trống bỏ dùi như các lần trước."),
    ("La Thị Bích", "Chúc mừng các em học sinh! Thành quả xứng đáng với những nỗ lực không ngừng nghỉ."),
    ("Khúc Văn Thành", "Nên tổ chức lấy ý kiến rộng rãi của người dân trước khi triển khai, tránh tình trạng làm rồi lại sửa."),
    ("Doãn Thu Hương", "Bạn nào biết thủ tục đăng ký ở đâu thì chỉ giúp mình với, cảm ơn nhiều ạ."),
    ("Giang Văn Lực", "Người dân cần minh bạch thông tin, nhất là những khoản thu chi liên quan đến tiền thuế của dân."),
    ("Ông Thị Nguyệt", "Đọc xong thấy vừa mừng vừa lo. Mừng vì có chủ trương đúng, lo vì không biết bao giờ mới làm được."),
    ("Tôn Thất Bình", "Tôi là giáo viên đã nghỉ hưu, thấy các em bây giờ học vất vả hơn chúng tôi ngày xưa nhiều."),
    ("Mạc Đăng Khoa", "Giá như ở mọi địa phương đều làm được như thế này thì tốt biết bao."),
    ("Văn Thị Diệu", "Cảm ơn bài viết. Tôi sẽ chia sẻ cho người thân cùng đọc để phòng tránh."),
    ("Lưu Quang Huy", "Số liệu trong bảng rất rõ ràng, dễ theo dõi. Nhờ báo cập nhật thêm khi có số liệu chính thức cả năm."),
]

VI_MENU = ["Thời sự", "Góc nhìn", "Thế giới", "Kinh doanh", "Bất động sản", "Khoa học",
           "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe", "Đời sống",
           "Du lịch", "Số hóa", "Xe", "Ý kiến", "Tâm sự", "Thư giãn", "Podcasts", "Video"]

VI_SUBMENU = {
    "Thời sự": ["Chính trị", "Dân sinh", "Lao động - Việc làm", "Giao thông", "Mekong", "Quỹ Hy vọng"],
    "Kinh doanh": ["Quốc tế", "Doanh nghiệp", "Chứng khoán", "Ebank", "Vĩ mô", "Tiền của tôi", "Hàng hóa"],
    "Giáo dục": ["Tin tức", "Tuyển sinh", "Chân dung", "Du học", "Thảo luận", "Học tiếng Anh"],
    "Sức khỏe": ["Tin tức", "Tư vấn", "Dinh dưỡng", "Khỏe đẹp", "Đàn ông", "Các bệnh"],
    "Thể thao": ["Bóng đá", "Marathon", "Tennis", "Các môn khác", "Hậu trường", "Lịch thi đấu"],
    "Pháp luật": ["Hồ sơ phá án", "Tư vấn", "Video"],
}

VI_FOOTER = [
    "Cơ quan chủ quản: Bộ Thông tin và Truyền thông",
    "Tổng biên tập: Nguyễn Văn Thành",
    "Giấy phép hoạt động báo điện tử số 548/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày 24/8/2021",
    "Địa chỉ: Tầng 10, Tòa nhà FPT, số 17 phố Duy Tân, phường Dịch Vọng Hậu, quận Cầu Giấy, Hà Nội",
    "Điện thoại: 024 7300 8899 - máy lẻ 4500. Email: toasoan@baomau.example",
    "© Bản quyền thuộc về báo. Cấm sao chép dưới mọi hình thức nếu không có sự chấp thuận bằng văn bản.",
    "Liên hệ quảng cáo: 0903 123 456 - Chính sách bảo mật - Điều khoản sử dụng",
]

EN_HEADLINES = [
    "Heatwave warning extended as temperatures set to top 35C for a third day",
    "Central bank holds interest rates steady but signals cuts could come sooner than expected",
    "Man charged after police chase ends in crash on motorway slip road",
    "Inside the tiny village where every house is powered by a single community wind turbine",
    "Record number of students apply for nursing degrees amid staff shortages",
    "Shares in carmaker slump after it cuts forecast for electric vehicle sales",
    "Why your grocery bill is still going up even as inflation slows",
    "Teenager's invention to clean microplastics from rivers wins national science prize",
    "Council approves controversial plan for 2,000 homes on former airfield site",
    "Flights cancelled across Europe as air traffic control strike enters second day",
    "The forgotten railway line that could be reopened to ease commuter misery",
    "Star striker ruled out for six weeks with hamstring injury ahead of cup final",
    "Watch: Moment rescuers pull hiker from mountain ravine after two nights",
    "Hospital waiting lists fall for first time in two years, new figures show",
    "Tech giant fined $400 million over children's data privacy failings",
    "What we know so far about the warehouse fire that shut down the port",
    "Drought forces farmers to sell cattle early as feed prices soar",
    "Mayor unveils plan to make downtown buses free for a year-long trial",
    "Scientists discover new species of frog in cloud forest",
    "Thousands march through capital demanding action on housing costs",
    "How a small-town bakery became an unlikely internet sensation",
    "School district to add later start times after parents' campaign",
    "Supreme court agrees to hear challenge to state voting maps",
    "Lottery winner who scooped $2 million says she will keep her job at the diner",
    "Opinion: We need to talk honestly about the cost of our aging bridges",
    "Police appeal for witnesses after jewelry store raided in broad daylight",
    "Union members vote to accept pay deal ending months of disruption",
    "Five things to do in the city this weekend, from jazz to a night market",
    "Former minister to stand as independent in next year's election",
    "Rare comet visible to the naked eye for the first time in 80 years",
    "County fair returns with new rides, a pie contest and extended hours",
    "Electricity prices to fall by 12% from next month, regulator confirms",
    "Investigation launched after toxic algae bloom closes popular lake",
    "The quiet revolution in how we pay for things, and who is left behind",
    "Pilot praised for emergency landing on highway after engine failure",
    "High school robotics team heads to world championship for first time",
    "City's oldest bookshop saved from closure by crowdfunding campaign",
    "New rules mean landlords must fix damp and mould within 14 days",
    "Wildfire smoke prompts air quality alerts across three states",
    "Factory output grows at fastest pace in 18 months as orders recover",
    "Analysis: What the new trade deal means for farmers and consumers",
    "Veteran, 101, receives high school diploma 80 years after leaving to serve",
    "Coastal town votes to ban cars from seafront during summer months",
    "Oil prices climb after producers agree to extend output cuts",
    "Live updates: Storm makes landfall with winds of 120mph",
    "Ambulance response times worst on record in rural areas, report finds",
    "Football club appoints youngest manager in its 140-year history",
    "Judge blocks construction of pipeline pending environmental review",
    "Long-lost painting found in attic sells for $1.3 million at auction",
    "The commuters who swapped trains for e-bikes, and never looked back",
    "Ferry service suspended after vessel runs aground in fog",
    "Tenants win rent freeze after months-long dispute with property firm",
    "Museum returns looted artifacts to country of origin in historic ceremony",
    "State lawmakers pass bill requiring cursive handwriting in schools",
    "Family dog credited with saving couple from house fire in the night",
    "Experts warn of shortage of qualified electricians as homes go green",
    "Shoppers urged to check freezers after ice cream recall over plastic pieces",
    "Marathon runner completes race in record time despite losing a shoe",
    "Bridge closure will add 40 minutes to commutes for the next three months",
    "The neighborhood restaurant that has served the same breakfast since 1962",
]

EN_TEASERS = [
    "Officials said the decision was made after months of consultation with residents.",
    "The figures were published on Tuesday by the national statistics office.",
    "Police said no one else was being sought in connection with the incident.",
    "Critics say the plan does not go far enough to address the underlying problem.",
    "The company said it expects the new facility to be fully operational by spring.",
    "It is the first time the event has been held since the pandemic.",
    "Residents have been told to expect delays for several weeks.",
    "The move has been welcomed by campaigners who have fought for it for a decade.",
]

EN_COMMENTS = [
    ("RiverCityRick", "This is exactly what I've been saying for years. Nobody listens until something goes wrong, and then everyone acts surprised. Same story every time."),
    ("margaret_h", "Thank you for covering this. My family has lived on that street for three generations and we were never once consulted about any of it."),
    ("TruthSeeker88", "I'll believe it when I see it. They promised the same thing in 2015 and nothing happened. Follow the money."),
    ("Dave in Ohio", "Interesting article but it would have been good to hear from the people who actually have to do the work. Management always has a rosy picture."),
    ("quietreader", "Anyone know if this applies to people renting as well or only homeowners? The article doesn't say."),
    ("J. Alvarez", "We moved here for the schools and the parks. If they keep cutting, what exactly are we paying property taxes for?"),
    ("Pete_the_Builder", "As someone in the trade, the cost estimates quoted here are wildly optimistic. Materials alone have gone up 30 percent since last year."),
    ("Linda K.", "Such a lovely story. It's nice to read something positive for a change. More of this please!"),
    ("NorthShoreNed", "Reply to Dave: agreed. The people on the ground always know best but they're the last to be asked."),
    ("sam_w", "I drove past there yesterday and the traffic was already backed up to the interchange. Can't imagine what it'll be like when the work starts."),
    ("GreenThumbGrace", "I tried this method last spring and it worked really well for my tomatoes. Only thing I'd add is to water early in the morning."),
    ("OldSchoolEd", "In my day we didn't need an app to tell us how to do this. Just common sense and a bit of patience."),
    ("Priya S.", "Great write-up. Would love a follow-up piece in six months to see whether any of the promises were kept."),
    ("BobTheBaker", "Been baking for forty years and I still learned something from this. Thanks for sharing your process so clearly."),
    ("taxpayer_tom", "Another consultant's report, another million dollars. How about we just fix the roads?"),
    ("Karen M", "Our neighborhood association wrote to the council about this six months ago and never got a reply."),
    ("mountainmike", "The photos in this piece are stunning. Who was the photographer?"),
    ("Hannah B", "I disagree with most of the comments here. Change is hard but this is clearly the right direction long term."),
    ("Greg from accounting", "Did anyone actually read the whole thing? The second half answers half the questions people are asking."),
    ("Susan Q.", "My son goes to that school and the teachers are fantastic. They deserve every bit of support they can get."),
    ("westside_walker", "The sidewalks on my block have been broken for years. Maybe start there before building anything new."),
    ("Marcus T", "Good to see local journalism still doing this kind of reporting. Subscribed."),
    ("Helen R.", "Does anyone know where the public meeting will be held? The link in the article doesn't seem to work."),
    ("cyclingsteve", "Would be good to see the accident statistics before and after. Data, not anecdotes."),
    ("AnnaP", "I've made this recipe three times now. The second rise really is the key, don't rush it."),
    ("Frank Delgado", "Just another way to squeeze money out of working people. Nothing will change for the better."),
    ("mel_in_the_garden", "Tip for anyone trying this: use a bit of rye flour in the starter, it makes it so much more active."),
    ("Rob", "Reply to Frank: to be fair the numbers in the article suggest most households will pay less, not more."),
]

EN_MENU = ["Home", "News", "Sport", "Business", "Innovation", "Culture", "Travel", "Earth",
           "Video", "Live", "Opinion", "Politics", "Health", "Science", "Local", "Weather"]

EN_FOOTER = [
    "Terms of Use", "About us", "Privacy Policy", "Cookies", "Accessibility Help",
    "Contact us", "Advertise with us", "Do not share or sell my info", "Help & FAQs",
]


def pick(rnd, pool, n):
    """n items of pool, in a random but repeatable order."""
    items = list(pool)
    rnd.shuffle(items)
    while len(items) < n:
        more = list(pool)
        rnd.shuffle(more)
        items += more
    return items[:n]


def slug(text):
    import unicodedata
    t = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    out, dash = [], False
    for c in t:
        if c.isalnum() and c.isascii():
            out.append(c)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:80]


CSS_RULES = [
    "body{margin:0;font-family:{font};color:#222;background:#fff}",
    ".container{max-width:1130px;margin:0 auto;padding:0 15px}",
    ".header{border-bottom:1px solid #e5e5e5;background:#fff;position:sticky;top:0;z-index:100}",
    ".logo img{height:40px;width:auto}",
    ".menu ul{display:flex;list-style:none;margin:0;padding:0}",
    ".menu li a{display:block;padding:12px 10px;font-size:14px;color:#222;text-decoration:none}",
    ".menu li a:hover{color:{accent}}",
    ".breadcrumb{font-size:13px;color:#757575;margin:16px 0}",
    "h1{font-size:32px;line-height:1.25;font-weight:700;margin:10px 0 12px}",
    ".lead,.sapo,.description{font-size:18px;line-height:1.6;font-weight:600}",
    "p{font-size:18px;line-height:1.7;margin:0 0 1em}",
    "figure{margin:1.5em 0}figcaption{font-size:14px;color:#666;padding:8px 0;background:#f7f7f7}",
    "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:6px}",
    ".sidebar{width:300px;float:right}.col-main{width:760px;float:left}",
    ".list-news li{padding:10px 0;border-bottom:1px solid #eee}",
    ".list-news .title{font-size:15px;font-weight:700;line-height:1.4}",
    ".comment-item{padding:12px 0;border-bottom:1px dashed #ddd}",
    ".comment-item .name{font-weight:700}.comment-item .time{color:#999;font-size:12px}",
    ".footer{background:#f2f2f2;padding:30px 0;font-size:13px;color:#555;margin-top:40px}",
    ".ads,.banner{text-align:center;margin:20px auto;min-height:90px}",
    ".btn{display:inline-block;padding:6px 14px;border-radius:3px;border:1px solid #ccc}",
    ".share a{display:inline-block;width:32px;height:32px;border-radius:50%;margin-right:6px}",
    ".tags a{display:inline-block;padding:4px 10px;background:#f1f1f1;margin:0 6px 6px 0;border-radius:14px}",
    "@media (max-width:767px){.sidebar,.col-main{width:auto;float:none}h1{font-size:24px}}",
    ".clearfix:after{content:'';display:table;clear:both}",
    ".hidden{display:none!important}.visible-mobile{display:none}",
    ".icon{display:inline-block;width:16px;height:16px;background-size:contain;vertical-align:middle}",
    ".thumb{position:relative;overflow:hidden;padding-top:60%}.thumb img{position:absolute;top:0;left:0;width:100%}",
    ".pagination a{padding:4px 8px;border:1px solid #ddd;margin:0 2px}",
    ".cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:12px}",
]


def css(rnd, n=30, font="Arial,sans-serif", accent="#9f224e", prefix=""):
    rules = pick(rnd, CSS_RULES, n)
    out = []
    for r in rules:
        r = r.replace("{font}", font).replace("{accent}", accent)
        if prefix and r.startswith("."):
            r = "." + prefix + r[1:]
        out.append(r)
    return "\n".join(out)


def tracking_js(rnd, site):
    gid = "G-%06X" % rnd.randrange(1 << 24)
    return f"""<script async src="https://www.googletagmanager.example/gtag/js?id={gid}"></script>
<script>
window.dataLayer = window.dataLayer || [];
function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date());
gtag('config', '{gid}', {{ 'page_type': 'article', 'site': '{site}' }});
(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.example/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-{gid[2:]}');
</script>"""


def ads_js(rnd, slots):
    lines = ["<script>", "window.googletag = window.googletag || {cmd: []};", "googletag.cmd.push(function() {"]
    for i, s in enumerate(slots):
        lines.append(f"  googletag.defineSlot('/21{rnd.randrange(10**8):08d}/{s}', [[300, 250], [728, 90], [970, 250]], 'div-gpt-ad-{s}-{i}').addService(googletag.pubads());")
    lines += ["  googletag.pubads().enableSingleRequest();", "  googletag.pubads().collapseEmptyDivs();",
              "  googletag.enableServices();", "});", "</script>"]
    return "\n".join(lines)


def app_state_js(rnd, n=40):
    """A blob of page state, as server-rendered apps inline it."""
    import json
    items = []
    for i in range(n):
        items.append({"id": rnd.randrange(10**6, 10**7), "type": rnd.choice(["story", "video", "gallery", "promo"]),
                      "slot": "slot-%d" % i, "ttl": rnd.randrange(60, 3600), "ab": rnd.choice(["a", "b", "control"]),
                      "hash": "%016x" % rnd.randrange(1 << 64)})
    return json.dumps({"config": {"env": "production", "build": "%08x" % rnd.randrange(1 << 32),
                                  "features": {"comments": True, "liveblog": False, "paywall": rnd.choice([True, False])}},
                       "modules": items}, separators=(",", ":"))
