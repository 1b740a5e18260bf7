"""Vietnamese building blocks for the replica's synthetic articles.

Everything here is written to read like the party-work news of a Hanoi
district portal. The people named in synthetic articles are fictional (only
the offices are real), so no statement is put in a real official's mouth.
The two real articles live in ``content.py``.

Placeholders are filled with ``str.format``: ``{buoi}`` (Sáng/Chiều),
``{dm}`` (day/month of the event), ``{year}``, ``{ky}`` (the reporting
period), ``{ward}``, ``{chibo}``, ``{p1}``/``{p2}`` (a fictional official:
"Name - role"), ``{khoa}``, ``{lan}``, ``{n}``, ``{n_dv}``, ``{n_cb}``,
``{pct}``, ``{k}``, ``{topic}``, ``{doc}``, ``{yn}`` (years since), ...
(see ``content._values`` for the full list).
"""

from __future__ import annotations

from typing import NotRequired, TypedDict


class Event(TypedDict):
    """A kind of news event and the sentences its articles are made of."""

    key: str
    short: str
    #: (title, lead) pairs.
    forms: tuple[tuple[str, str], ...]
    body: tuple[str, ...]
    list_intro: tuple[str, ...]
    list: tuple[str, ...]
    captions: tuple[str, ...]
    #: Only in these months ...
    months: NotRequired[tuple[int, ...]]
    #: ... or only between these two ISO dates.
    dates: NotRequired[tuple[str, str]]


WARDS = (
    "Dịch Vọng",
    "Dịch Vọng Hậu",
    "Mai Dịch",
    "Nghĩa Đô",
    "Nghĩa Tân",
    "Quan Hoa",
    "Trung Hòa",
    "Yên Hòa",
)

# Fictional officials; roles are the district's real offices.
OFFICIALS = (
    ("Nguyễn Minh Tuấn", "Phó Bí thư Quận ủy"),
    ("Lê Thị Thu Hằng", "Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Quận ủy"),
    ("Phạm Quang Huy", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Quận ủy"),
    ("Đỗ Thị Lan Anh", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Quận ủy"),
    ("Vũ Đức Thắng", "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Quận ủy"),
    ("Ngô Quốc Khánh", "Ủy viên Ban Thường vụ Quận ủy, Phó Chủ tịch Thường trực UBND quận"),
    ("Đặng Thị Mai", "Quận ủy viên, Phó Chủ tịch HĐND quận"),
    ("Tạ Minh Đức", "Quận ủy viên, Giám đốc Trung tâm Chính trị quận"),
    ("Trịnh Thu Trang", "Quận ủy viên, Phó Trưởng Ban Tuyên giáo Quận ủy"),
    ("Hoàng Văn Nam", "Quận ủy viên, Bí thư Đảng ủy phường {ward}"),
    ("Lương Thị Hồng", "Bí thư Đảng ủy phường {ward}"),
    ("Cao Xuân Trường", "Phó Bí thư Thường trực Đảng ủy phường {ward}"),
)

CHI_BO = (
    "Tổ dân phố số {n}",
    "Khu dân cư số {n}",
    "Tổ dân phố {n}A",
    "Tổ dân phố {n}B",
    "Khu tập thể số {n}",
)

TOPICS = (
    "Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư",
    "Phát huy vai trò nêu gương của đảng viên nơi cư trú",
    "Xây dựng tổ dân phố văn minh, sạch đẹp",
    "Học tập và làm theo tấm gương đạo đức Hồ Chí Minh về tinh thần đoàn kết",
    "Đảng viên gương mẫu trong công tác bảo vệ môi trường",
    "Chi bộ lãnh đạo thực hiện quy tắc ứng xử nơi công cộng",
)

ATTENDEES = (
    "các đồng chí trong Ban Thường vụ Quận ủy",
    "các đồng chí Quận ủy viên",
    "lãnh đạo các ban xây dựng Đảng Quận ủy",
    "đại diện Thường trực HĐND, UBND, Ủy ban MTTQ quận",
    "Bí thư các Đảng ủy, chi bộ trực thuộc",
    "đại diện lãnh đạo các phòng, ban, ngành, đoàn thể quận",
    "đồng chí Bí thư Đảng ủy, Chủ tịch UBND phường {ward}",
    "đông đảo cán bộ, đảng viên của Đảng bộ phường {ward}",
)

# Sentences that fit almost any party-work report.
GENERIC = (
    "Thời gian qua, công tác xây dựng Đảng, xây dựng hệ thống chính trị trên địa bàn quận tiếp tục được quan tâm, triển khai đồng bộ và đạt nhiều kết quả tích cực.",
    "Các cấp ủy, tổ chức đảng đã chủ động xây dựng kế hoạch, cụ thể hóa nhiệm vụ phù hợp với tình hình thực tiễn của từng đơn vị.",
    "Công tác tuyên truyền được đổi mới về nội dung và hình thức, góp phần tạo sự đồng thuận cao trong cán bộ, đảng viên và các tầng lớp nhân dân.",
    "Chất lượng sinh hoạt chi bộ từng bước được nâng lên; nhiều chi bộ đã lựa chọn chuyên đề sát với thực tế, thu hút đảng viên tham gia thảo luận.",
    "Vai trò tiên phong, gương mẫu của cán bộ, đảng viên, nhất là người đứng đầu cấp ủy, tiếp tục được phát huy.",
    "Công tác kiểm tra, giám sát được tiến hành chặt chẽ, đúng quy định, kịp thời phát hiện và chấn chỉnh những thiếu sót ngay từ cơ sở.",
    "Đảng bộ phường {ward} hiện có {n_cb} chi bộ trực thuộc với {n_dv} đảng viên, trong đó nhiều đảng viên đã có trên 40 năm tuổi Đảng.",
    "Tỷ lệ đảng viên tham gia sinh hoạt đầy đủ đạt {pct}%, cao hơn so với cùng kỳ năm trước.",
    "Việc ứng dụng công nghệ thông tin trong quản lý đảng viên và sinh hoạt chi bộ được đẩy mạnh, bảo đảm thuận tiện và hiệu quả.",
    "Mối quan hệ giữa chi bộ với Ban công tác Mặt trận và các đoàn thể ở khu dân cư ngày càng gắn bó, chặt chẽ.",
    "Những kết quả đó đã góp phần quan trọng vào việc hoàn thành thắng lợi nhiệm vụ chính trị của quận.",
    "Bên cạnh những kết quả đạt được, các ý kiến cũng thẳng thắn chỉ ra một số hạn chế cần sớm khắc phục, nhất là ở khâu tổ chức thực hiện.",
    "Một số chi bộ chưa thật sự chủ động, nội dung sinh hoạt có lúc còn đơn điệu, chưa thu hút được đảng viên trẻ.",
    "Công tác nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân được thực hiện thường xuyên, kịp thời định hướng dư luận xã hội.",
    "Các phong trào thi đua yêu nước được phát động sâu rộng, xuất hiện nhiều gương điển hình tiên tiến trên các lĩnh vực.",
    "Quận đã chỉ đạo rà soát, bổ sung quy hoạch cán bộ, bảo đảm sự chuyển tiếp liên tục giữa các thế hệ.",
    "Công tác cải cách hành chính tiếp tục được đẩy mạnh, chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính được nâng lên.",
    "An ninh chính trị, trật tự an toàn xã hội trên địa bàn được giữ vững, không để xảy ra tình huống bị động, bất ngờ.",
    "Các chế độ, chính sách đối với người có công, gia đình chính sách và hộ nghèo được thực hiện đầy đủ, kịp thời.",
    "Nhiều mô hình hay, cách làm sáng tạo ở cơ sở đã được nhân rộng, tạo sức lan tỏa trong toàn Đảng bộ.",
)

GENERIC_CLOSE = (
    "Phát biểu chỉ đạo, đồng chí {p1} đề nghị các cấp ủy tiếp tục quán triệt sâu sắc các chủ trương của Đảng, cụ thể hóa thành chương trình, kế hoạch hành động phù hợp với điều kiện của từng đơn vị.",
    "Kết luận {short_lower}, đồng chí {p1} ghi nhận những kết quả đạt được và yêu cầu các đơn vị khẩn trương khắc phục hạn chế, hoàn thành tốt nhiệm vụ trong thời gian tới.",
    "Đồng chí {p1} nhấn mạnh, mỗi cán bộ, đảng viên cần nêu cao tinh thần trách nhiệm, gương mẫu đi đầu trong thực hiện nhiệm vụ, góp phần xây dựng Đảng bộ quận trong sạch, vững mạnh.",
    "Thay mặt Ban Thường vụ Quận ủy, đồng chí {p1} đề nghị các tổ chức đảng tăng cường kiểm tra, đôn đốc việc thực hiện, định kỳ báo cáo kết quả về Quận ủy.",
)

# The captions any event can use; event-specific ones come first.
GENERIC_CAPTIONS = (
    "Đồng chí {p1} phát biểu tại {short}",
    "Quang cảnh {short}",
    "Các đại biểu dự {short}",
    "Các đại biểu chụp ảnh lưu niệm",
)

UPPER_SIGNATURES = (
    "VĂN PHÒNG QUẬN ỦY",
    "BAN TUYÊN GIÁO QUẬN ỦY",
    "BAN TỔ CHỨC QUẬN ỦY",
    "ỦY BAN KIỂM TRA QUẬN ỦY",
    "BAN DÂN VẬN QUẬN ỦY",
    "TRUNG TÂM CHÍNH TRỊ QUẬN",
)

MIXED_SIGNATURES = (
    "Minh Anh - Ban Tuyên giáo Quận ủy",
    "Thu Hà - Văn phòng Quận ủy",
    "Quang Minh - Đảng ủy phường {ward}",
    "Hồng Nhung - Trung tâm Văn hóa - Thông tin và Thể thao quận",
)

DOCUMENT_LINKS = (
    (
        "/documents/10180/123456/ke-hoach-so-12.pdf",
        "Kế hoạch số 12-KH/QU của Ban Thường vụ Quận ủy",
    ),
    ("/documents/10180/123456/huong-dan-so-05-hd-btg.doc", "Hướng dẫn số 05-HD/BTGQU"),
    ("/documents/10180/654321/de-cuong-tuyen-truyen.docx", "Đề cương tuyên truyền"),
    ("/documents/10180/654321/thong-bao-ket-luan-so-318.pdf", "Thông báo kết luận số 318-TB/QU"),
)

# Resolutions and directives, with the date from which a district would be
# studying them (so a 2019 article never quotes a 2021 resolution).
RESOLUTIONS = (
    (
        "2019-01-01",
        "2020-12-31",
        "Chỉ thị số 35-CT/TW của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
    ),
    ("2019-01-01", "2020-06-30", "các Nghị quyết Hội nghị Trung ương khóa XII"),
    (
        "2020-11-01",
        "2022-12-31",
        "Nghị quyết Đại hội đại biểu Đảng bộ thành phố Hà Nội lần thứ XVII",
    ),
    ("2021-03-01", "2022-12-31", "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng"),
    (
        "2021-12-01",
        "2022-12-31",
        "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII",
    ),
    (
        "2022-03-01",
        "2022-12-31",
        "Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    ),
)


# Each event: when it may happen (event-level ``months`` or ISO ``dates``
# range, or per form), its forms (a title with the lead that goes with it),
# body sentences that fit every form, an optional list, and what the photos
# show. ``short`` names the gathering in captions and closing sentences.
EVENTS: tuple[Event, ...] = (
    {
        "key": "bch",
        "short": "Hội nghị",
        "forms": (
            (
                "Hội nghị Ban Chấp hành Đảng bộ quận Cầu Giấy lần thứ {lan}",
                "{buoi} ngày {dm}, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa {khoa}) tổ chức Hội nghị lần thứ {lan} nhằm đánh giá tình hình thực hiện nhiệm vụ {ky} và cho ý kiến vào một số nội dung quan trọng.",
            ),
            (
                "Ban Chấp hành Đảng bộ quận Cầu Giấy họp Hội nghị lần thứ {lan}",
                "{buoi} ngày {dm}, tại Trung tâm Hội nghị quận, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa {khoa}) đã tổ chức Hội nghị lần thứ {lan}. Đồng chí {p1} chủ trì Hội nghị.",
            ),
            (
                "Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ {lan} (khóa {khoa})",
                "{buoi} ngày {dm}, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa {khoa}) họp Hội nghị lần thứ {lan} để thảo luận và thông qua các nội dung theo chương trình công tác.",
            ),
        ),
        "body": (
            "Tại Hội nghị, các đại biểu đã nghe báo cáo tình hình thực hiện nhiệm vụ chính trị {ky} và phương hướng, nhiệm vụ trọng tâm thời gian tới.",
            "Hội nghị đã thống nhất thông qua Báo cáo kết quả công tác xây dựng Đảng, xây dựng hệ thống chính trị {ky}; Báo cáo công tác kiểm tra, giám sát và thi hành kỷ luật đảng.",
            "Kinh tế quận tiếp tục tăng trưởng khá, thu ngân sách trên địa bàn đạt {pct}% dự toán thành phố giao; công tác quản lý trật tự xây dựng, trật tự đô thị có nhiều chuyển biến tích cực.",
            "Có {k} ý kiến phát biểu thảo luận, đóng góp vào các dự thảo văn bản; các ý kiến đều tâm huyết, trách nhiệm và sát với thực tiễn của quận.",
            "Hội nghị đã tiến hành biểu quyết thông qua các nội dung với tỷ lệ đồng thuận cao.",
        ),
        "list_intro": (
            "Hội nghị thống nhất một số nhiệm vụ trọng tâm trong thời gian tới:",
            "Ban Chấp hành Đảng bộ quận yêu cầu các cấp ủy tập trung thực hiện tốt các nhiệm vụ sau:",
        ),
        "list": (
            "Tiếp tục đẩy mạnh công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị trong sạch, vững mạnh.",
            "Tập trung tháo gỡ khó khăn, vướng mắc để đẩy nhanh tiến độ các dự án trọng điểm trên địa bàn.",
            "Tăng cường quản lý trật tự xây dựng, trật tự đô thị, vệ sinh môi trường.",
            "Làm tốt công tác an sinh xã hội, chăm lo đời sống vật chất, tinh thần của nhân dân.",
            "Giữ vững an ninh chính trị, trật tự an toàn xã hội, không để xảy ra điểm nóng.",
        ),
        "captions": (
            "Đồng chí {p1} phát biểu tại Hội nghị",
            "Quang cảnh Hội nghị Ban Chấp hành Đảng bộ quận lần thứ {lan}",
            "Các đại biểu biểu quyết thông qua các nội dung tại Hội nghị",
        ),
    },
    {
        "key": "nghi_quyet_quan",
        "short": "Hội nghị",
        "forms": (
            (
                "Hội nghị học tập, quán triệt {doc}",
                "{buoi} ngày {dm}, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị học tập, quán triệt và triển khai {doc} tới cán bộ chủ chốt của quận.",
            ),
            (
                "Quận ủy Cầu Giấy triển khai học tập {doc}",
                "{buoi} ngày {dm}, Quận ủy Cầu Giấy tổ chức Hội nghị trực tuyến học tập, quán triệt {doc} cho cán bộ, đảng viên toàn Đảng bộ quận.",
            ),
        ),
        "body": (
            "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tới {k} điểm cầu tại các Đảng bộ, chi bộ trực thuộc.",
            "Tại Hội nghị, đồng chí {p2} đã truyền đạt những nội dung cơ bản, cốt lõi và những điểm mới của văn kiện.",
            "Báo cáo viên đã phân tích sâu sắc mục tiêu, quan điểm chỉ đạo, các nhiệm vụ và giải pháp chủ yếu, liên hệ với thực tiễn của Thủ đô và của quận.",
            "Sau Hội nghị, các cấp ủy sẽ tổ chức cho cán bộ, đảng viên viết bài thu hoạch, bảo đảm ít nhất {pct}% đảng viên tham gia.",
            "Việc học tập, quán triệt nhằm giúp cán bộ, đảng viên nắm vững tinh thần nghị quyết, tạo sự thống nhất cao về nhận thức và hành động.",
        ),
        "list_intro": ("Ban Thường vụ Quận ủy yêu cầu các cấp ủy, tổ chức đảng:",),
        "list": (
            "Xây dựng chương trình hành động cụ thể, phù hợp với điều kiện của từng đơn vị.",
            "Tổ chức học tập nghiêm túc, bảo đảm đúng thời gian, đúng thành phần theo hướng dẫn.",
            "Gắn việc học tập nghị quyết với thực hiện nhiệm vụ chính trị của địa phương, đơn vị.",
            "Thường xuyên kiểm tra, đôn đốc, kịp thời biểu dương những tập thể, cá nhân làm tốt.",
        ),
        "captions": (
            "Đồng chí {p2} quán triệt các nội dung tại Hội nghị",
            "Cán bộ chủ chốt của quận dự Hội nghị",
        ),
    },
    {
        "key": "nghi_quyet_phuong",
        "short": "Hội nghị",
        "forms": (
            (
                "Đảng bộ phường {ward} quán triệt, triển khai {doc}",
                "{buoi} ngày {dm}, Đảng ủy phường {ward} tổ chức Hội nghị học tập, quán triệt {doc} cho cán bộ, đảng viên trong toàn Đảng bộ.",
            ),
        ),
        "body": (
            "Hội nghị có {n} đồng chí là bí thư, phó bí thư các chi bộ và đảng viên của Đảng bộ phường tham dự.",
            "Báo cáo viên của Quận ủy đã truyền đạt những nội dung cơ bản, cốt lõi của văn kiện và liên hệ với thực tiễn của phường.",
            "Sau Hội nghị, các chi bộ sẽ tổ chức thảo luận và xây dựng kế hoạch thực hiện phù hợp với đặc điểm của từng khu dân cư.",
            "Đảng ủy phường yêu cầu 100% đảng viên viết bài thu hoạch, gắn với bản đăng ký làm theo của cá nhân.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Quang cảnh Hội nghị tại phường {ward}",
            "Đảng viên phường {ward} nghiên cứu tài liệu tại Hội nghị",
        ),
    },
    {
        "key": "ket_nap",
        "short": "Lễ kết nạp",
        "forms": (
            (
                "Chi bộ {chibo} phường {ward} kết nạp đảng viên mới",
                "{buoi} ngày {dm}, Chi bộ {chibo} thuộc Đảng bộ phường {ward} đã long trọng tổ chức Lễ kết nạp đảng viên mới đối với quần chúng ưu tú.",
            ),
            (
                "Đảng ủy phường {ward} tổ chức Lễ kết nạp {k} đảng viên mới",
                "{buoi} ngày {dm}, Đảng ủy phường {ward} tổ chức Lễ kết nạp {k} quần chúng ưu tú vào Đảng Cộng sản Việt Nam.",
            ),
            (
                "Lễ kết nạp đảng viên mới tại Chi bộ {chibo}, phường {ward}",
                "{buoi} ngày {dm}, Chi bộ {chibo} (Đảng bộ phường {ward}) tổ chức Lễ kết nạp đảng viên mới.",
            ),
        ),
        "body": (
            "Buổi lễ được tổ chức trang trọng theo đúng quy định của Điều lệ Đảng và hướng dẫn của Ban Tổ chức Trung ương.",
            "Các quần chúng được kết nạp đều là những người tiêu biểu, có phẩm chất đạo đức tốt, luôn hoàn thành xuất sắc nhiệm vụ được giao và được nhân dân nơi cư trú tín nhiệm.",
            "Thay mặt Đảng ủy, đồng chí {p2} đã trao Quyết định kết nạp và giao nhiệm vụ cho các đảng viên mới.",
            "Trước cờ Đảng và chân dung Chủ tịch Hồ Chí Minh, các đảng viên mới đã đọc lời tuyên thệ, hứa suốt đời phấn đấu vì mục tiêu, lý tưởng của Đảng.",
            "Từ đầu năm đến nay, Đảng bộ phường đã kết nạp được {k} đảng viên mới, đạt {pct}% chỉ tiêu năm.",
            "Chi bộ sẽ phân công đảng viên chính thức giúp đỡ các đảng viên mới trong thời gian dự bị.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đồng chí {p2} trao Quyết định kết nạp cho đảng viên mới",
            "Đảng viên mới tuyên thệ dưới cờ Đảng",
            "Các đảng viên mới chụp ảnh lưu niệm cùng lãnh đạo Đảng ủy phường {ward}",
        ),
    },
    {
        "key": "huy_hieu",
        "short": "Lễ trao Huy hiệu Đảng",
        "forms": (
            (
                "Trao tặng Huy hiệu Đảng đợt {dot} năm {year} tại phường {ward}",
                "{buoi} ngày {dm}, Đảng ủy phường {ward} tổ chức Lễ trao tặng Huy hiệu Đảng đợt {dot} năm {year} cho {k} đồng chí đảng viên.",
            ),
            (
                "Quận ủy Cầu Giấy trao Huy hiệu Đảng đợt {dot} năm {year}",
                "Nhân dịp kỷ niệm ngày {dot}, {buoi_lower} ngày {dm}, Quận ủy Cầu Giấy tổ chức trao Huy hiệu Đảng cho các đồng chí đảng viên lão thành.",
            ),
            (
                "Đảng bộ phường {ward} trao Huy hiệu Đảng cho {k} đảng viên",
                "{buoi} ngày {dm}, Đảng bộ phường {ward} long trọng tổ chức Lễ trao Huy hiệu Đảng đợt {dot} cho {k} đảng viên.",
            ),
        ),
        "body": (
            "Trong đợt này, các đồng chí được nhận Huy hiệu 30, 40, 45, 50, 55, 60 và 65 năm tuổi Đảng.",
            "Các đồng chí đảng viên được trao Huy hiệu đều là những người đã trải qua nhiều cương vị công tác, có nhiều đóng góp cho sự nghiệp cách mạng của Đảng và dân tộc.",
            "Dù tuổi cao, các đồng chí vẫn luôn gương mẫu, tích cực tham gia sinh hoạt chi bộ, là tấm gương sáng để thế hệ trẻ học tập, noi theo.",
            "Đại diện các đảng viên được trao Huy hiệu bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục giữ gìn phẩm chất, tư cách của người đảng viên.",
            "Đối với những đảng viên tuổi cao, sức yếu, cấp ủy đã trao Huy hiệu tại nhà riêng, thể hiện sự quan tâm, tri ân đối với các đồng chí.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đồng chí {p1} trao Huy hiệu Đảng cho các đảng viên",
            "Trao Huy hiệu 50 năm tuổi Đảng cho đảng viên lão thành",
        ),
    },
    {
        "key": "ky_niem",
        "months": (1, 2),
        "short": "Lễ kỷ niệm",
        "forms": (
            (
                "Kỷ niệm {yn} năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/{year})",
                "{buoi} ngày {dm}, Quận ủy - HĐND - UBND - Ủy ban MTTQ quận Cầu Giấy long trọng tổ chức Lễ kỷ niệm {yn} năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/{year}).",
            ),
            (
                "Phường {ward} tổ chức các hoạt động chào mừng {yn} năm Ngày thành lập Đảng",
                "Hướng tới kỷ niệm {yn} năm Ngày thành lập Đảng Cộng sản Việt Nam, Đảng bộ phường {ward} đã tổ chức nhiều hoạt động thiết thực, ý nghĩa.",
            ),
        ),
        "body": (
            "Đồng chí {p1} đã ôn lại truyền thống vẻ vang của Đảng Cộng sản Việt Nam qua các chặng đường lịch sử.",
            "Dưới sự lãnh đạo của Đảng, nhân dân ta đã giành được những thắng lợi to lớn, có ý nghĩa lịch sử trong sự nghiệp giải phóng dân tộc và xây dựng, bảo vệ Tổ quốc.",
            "Các phường đã treo cờ, băng rôn, khẩu hiệu trên các tuyến phố chính, tạo không khí phấn khởi trong nhân dân.",
            "Chương trình văn nghệ chào mừng với nhiều tiết mục đặc sắc ca ngợi Đảng, ca ngợi Bác Hồ và quê hương đất nước.",
            "Dịp này, cấp ủy đã tổ chức thăm hỏi, tặng quà các đảng viên lão thành và gia đình chính sách trên địa bàn.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đồng chí {p1} ôn lại truyền thống của Đảng",
            "Tiết mục văn nghệ chào mừng kỷ niệm {yn} năm Ngày thành lập Đảng",
        ),
    },
    {
        "key": "dai_hoi_chi_bo",
        "dates": ("2019-10-01", "2020-05-15"),
        "short": "Đại hội",
        "forms": (
            (
                "Đại hội Chi bộ {chibo} phường {ward} nhiệm kỳ 2020 - 2022",
                "{buoi} ngày {dm}, Chi bộ {chibo} thuộc Đảng bộ phường {ward} tổ chức Đại hội nhiệm kỳ 2020 - 2022, là chi bộ được chọn tổ chức đại hội điểm của Đảng bộ phường.",
            ),
        ),
        "body": (
            "Nhiệm kỳ qua, Chi bộ đã lãnh đạo hoàn thành tốt các chỉ tiêu mà Nghị quyết Đại hội đề ra; nhiều năm liền được công nhận chi bộ trong sạch, vững mạnh.",
            "Đại hội đã thảo luận, đóng góp ý kiến vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ phường và Đại hội đại biểu Đảng bộ quận lần thứ VI.",
            "Đại hội đã bầu chi ủy nhiệm kỳ mới gồm 3 đồng chí và bầu đồng chí Bí thư, Phó Bí thư Chi bộ.",
            "Công tác chuẩn bị Đại hội được tiến hành chu đáo, đúng hướng dẫn của Ban Thường vụ Quận ủy và Chỉ thị số 35-CT/TW của Bộ Chính trị.",
        ),
        "list_intro": ("Đại hội đề ra các chỉ tiêu chủ yếu nhiệm kỳ mới:",),
        "list": (
            "Hằng năm, Chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
            "Kết nạp từ 2 đảng viên mới trở lên trong nhiệm kỳ.",
            "Trên 90% hộ gia đình đạt danh hiệu Gia đình văn hóa.",
            "Không có đảng viên vi phạm phải xử lý kỷ luật.",
        ),
        "captions": (
            "Quang cảnh Đại hội Chi bộ",
            "Chi ủy nhiệm kỳ 2020 - 2022 ra mắt Đại hội",
        ),
    },
    {
        "key": "dai_hoi_phuong",
        "dates": ("2020-04-15", "2020-07-31"),
        "short": "Đại hội",
        "forms": (
            (
                "Đại hội đại biểu Đảng bộ phường {ward} lần thứ {roman}, nhiệm kỳ 2020 - 2025",
                "{buoi} ngày {dm}, Đảng bộ phường {ward} long trọng tổ chức Đại hội đại biểu lần thứ {roman}, nhiệm kỳ 2020 - 2025 với sự tham dự của {n} đại biểu chính thức.",
            ),
        ),
        "body": (
            "Nhiệm kỳ qua, Đảng bộ đã lãnh đạo hoàn thành và hoàn thành vượt mức {k}/{k} chỉ tiêu chủ yếu mà Nghị quyết Đại hội đề ra.",
            "Đại hội đã thảo luận, đóng góp ý kiến vào dự thảo Báo cáo chính trị của Ban Chấp hành Đảng bộ quận trình Đại hội đại biểu Đảng bộ quận lần thứ VI.",
            "Đại hội đã bầu Ban Chấp hành nhiệm kỳ mới gồm {n_cb} đồng chí và bầu đoàn đại biểu đi dự Đại hội Đảng bộ quận.",
            "Đại hội xác định phương châm hành động: Đoàn kết - Kỷ cương - Dân chủ - Đổi mới - Phát triển.",
        ),
        "list_intro": ("Đại hội đề ra các mục tiêu, chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025:",),
        "list": (
            "Hằng năm, {pct}% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.",
            "Kết nạp từ {k} đảng viên mới trở lên trong nhiệm kỳ.",
            "Trên 90% hộ gia đình đạt danh hiệu Gia đình văn hóa.",
            "Giữ vững danh hiệu Đảng bộ trong sạch, vững mạnh.",
        ),
        "captions": (
            "Quang cảnh Đại hội",
            "Ban Chấp hành Đảng bộ phường {ward} nhiệm kỳ 2020 - 2025 ra mắt Đại hội",
            "Đồng chí {p1} phát biểu chỉ đạo Đại hội",
        ),
    },
    {
        "key": "tong_ket",
        "months": (12, 1, 2),
        "short": "Hội nghị",
        "forms": (
            (
                "Đảng bộ phường {ward} tổng kết công tác xây dựng Đảng năm {report_year}",
                "{buoi} ngày {dm}, Đảng ủy phường {ward} tổ chức Hội nghị tổng kết công tác xây dựng Đảng năm {report_year} và triển khai nhiệm vụ năm {report_year_next}.",
            ),
            (
                "Quận ủy Cầu Giấy tổng kết công tác xây dựng Đảng năm {report_year}",
                "{buoi} ngày {dm}, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị năm {report_year}.",
            ),
        ),
        "body": (
            "Năm qua, các cấp ủy đã bám sát chỉ đạo của cấp trên, lãnh đạo thực hiện đạt và vượt {k} chỉ tiêu chủ yếu.",
            "Kết quả đánh giá, xếp loại cho thấy {pct}% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.",
            "Công tác phát triển đảng viên được quan tâm, nhất là trong đối tượng là học sinh, sinh viên và người lao động trong doanh nghiệp ngoài nhà nước.",
            "Hội nghị đã khen thưởng các tổ chức đảng và đảng viên có thành tích xuất sắc trong năm.",
        ),
        "list_intro": ("Nhiệm vụ trọng tâm năm {report_year_next} gồm:",),
        "list": (
            "Nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề.",
            "Làm tốt công tác quản lý đảng viên, đảng viên sinh hoạt nơi cư trú.",
            "Đẩy mạnh công tác tuyên truyền, định hướng thông tin trên không gian mạng.",
            "Triển khai có hiệu quả chương trình kiểm tra, giám sát năm {report_year_next}.",
        ),
        "captions": (
            "Đồng chí {p1} phát biểu tại Hội nghị",
            "Khen thưởng các tổ chức đảng có thành tích xuất sắc năm {report_year}",
        ),
    },
    {
        "key": "so_ket",
        "months": (6, 7, 8),
        "short": "Hội nghị",
        "forms": (
            (
                "Sơ kết công tác xây dựng Đảng 6 tháng đầu năm {year}",
                "{buoi} ngày {dm}, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị sơ kết công tác xây dựng Đảng, xây dựng hệ thống chính trị 6 tháng đầu năm {year}.",
            ),
        ),
        "body": (
            "Sáu tháng đầu năm, các cấp ủy đã triển khai đồng bộ các nhiệm vụ theo chương trình công tác năm của Ban Chấp hành Đảng bộ quận.",
            "Toàn Đảng bộ đã kết nạp {k} đảng viên mới, đạt {pct}% kế hoạch năm.",
            "Hội nghị chỉ rõ một số nhiệm vụ còn chậm tiến độ và đề ra giải pháp khắc phục trong những tháng cuối năm.",
        ),
        "list_intro": ("Nhiệm vụ 6 tháng cuối năm tập trung vào:",),
        "list": (
            "Nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề.",
            "Làm tốt công tác quản lý đảng viên, đảng viên sinh hoạt nơi cư trú.",
            "Đẩy mạnh công tác tuyên truyền, định hướng thông tin trên không gian mạng.",
        ),
        "captions": ("Đồng chí {p1} phát biểu tại Hội nghị",),
    },
    {
        "key": "giao_ban",
        "months": (1, 4, 7, 10),
        "short": "Hội nghị giao ban",
        "forms": (
            (
                "Giao ban công tác xây dựng Đảng quý {q} năm {q_year}",
                "{buoi} ngày {dm}, Thường trực Quận ủy Cầu Giấy chủ trì Hội nghị giao ban công tác xây dựng Đảng quý {q} năm {q_year} với Bí thư các Đảng ủy, chi bộ trực thuộc.",
            ),
        ),
        "body": (
            "Các Đảng ủy, chi bộ đã báo cáo kết quả thực hiện nhiệm vụ trong quý và những khó khăn, vướng mắc cần tháo gỡ.",
            "Trong quý, các tổ chức đảng đã tổ chức sinh hoạt chuyên đề đúng kế hoạch; công tác phát triển đảng viên có chuyển biến tích cực.",
            "Thường trực Quận ủy đã trả lời, giải đáp các kiến nghị của cơ sở tại Hội nghị.",
        ),
        "list_intro": (),
        "list": (),
        "captions": ("Quang cảnh Hội nghị giao ban",),
    },
    {
        "key": "giam_sat",
        "short": "buổi làm việc",
        "forms": (
            (
                "Ủy ban Kiểm tra Quận ủy giám sát chuyên đề tại Đảng ủy phường {ward}",
                "{buoi} ngày {dm}, Đoàn giám sát của Ủy ban Kiểm tra Quận ủy do đồng chí {p1} làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy phường {ward}.",
            ),
        ),
        "body": (
            "Nội dung giám sát tập trung vào việc lãnh đạo, chỉ đạo thực hiện quy chế làm việc, nguyên tắc tập trung dân chủ và công tác quản lý đảng viên.",
            "Qua giám sát, Đoàn đánh giá Đảng ủy phường đã thực hiện nghiêm túc các quy định của Đảng, không có dấu hiệu vi phạm.",
            "Đoàn đề nghị Đảng ủy phường tiếp tục kiện toàn hồ sơ, tài liệu và tăng cường công tác tự kiểm tra của chi bộ.",
            "Từ đầu năm, Ủy ban Kiểm tra các cấp đã tiến hành kiểm tra {k} tổ chức đảng và {n} đảng viên.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đồng chí {p1} phát biểu tại buổi làm việc",
            "Quang cảnh buổi làm việc",
        ),
    },
    {
        "key": "tap_huan",
        "months": (2, 3, 4, 5),
        "short": "Hội nghị tập huấn",
        "forms": (
            (
                "Hội nghị tập huấn nghiệp vụ công tác kiểm tra, giám sát năm {year}",
                "{buoi} ngày {dm}, Ủy ban Kiểm tra Quận ủy Cầu Giấy tổ chức Hội nghị tập huấn nghiệp vụ công tác kiểm tra, giám sát năm {year} cho cán bộ làm công tác kiểm tra của các tổ chức đảng.",
            ),
        ),
        "body": (
            "Các học viên được truyền đạt những nội dung cơ bản về kỹ năng, quy trình tiến hành một cuộc kiểm tra, giám sát.",
            "Báo cáo viên đã giới thiệu những điểm mới trong các quy định của Trung ương về công tác kiểm tra, giám sát và kỷ luật của Đảng.",
            "Hội nghị có {n} học viên là ủy viên ủy ban kiểm tra đảng ủy cơ sở và chi ủy viên phụ trách công tác kiểm tra.",
        ),
        "list_intro": (),
        "list": (),
        "captions": ("Quang cảnh Hội nghị tập huấn",),
    },
    {
        "key": "khai_giang",
        "short": "Lễ khai giảng",
        "forms": (
            (
                "Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm {year}",
                "{buoi} ngày {dm}, Trung tâm Chính trị quận Cầu Giấy tổ chức khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm {year}.",
            ),
        ),
        "body": (
            "Lớp học có {n} học viên là đảng viên mới của các Đảng bộ, chi bộ trực thuộc Quận ủy.",
            "Trong thời gian học tập, học viên được nghiên cứu các chuyên đề về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, Cương lĩnh và Điều lệ Đảng.",
            "Đồng chí {p2} đề nghị học viên chấp hành nghiêm nội quy lớp học, tích cực nghiên cứu, trao đổi để vận dụng vào thực tiễn công tác.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đồng chí {p2} phát biểu tại Lễ khai giảng",
            "Các học viên dự lớp bồi dưỡng",
        ),
    },
    {
        "key": "be_giang",
        "short": "Lễ bế giảng",
        "forms": (
            (
                "Bế giảng lớp bồi dưỡng nhận thức về Đảng khóa {k} năm {year}",
                "{buoi} ngày {dm}, Trung tâm Chính trị quận tổ chức bế giảng lớp bồi dưỡng nhận thức về Đảng cho {n} quần chúng ưu tú.",
            ),
        ),
        "body": (
            "Qua 5 ngày học tập, các học viên đã được nghiên cứu những nội dung cơ bản về Đảng Cộng sản Việt Nam, quyền và nhiệm vụ của đảng viên.",
            "Kết thúc khóa học, {pct}% học viên đạt kết quả khá, giỏi.",
            "Đây là nguồn quan trọng để các chi bộ xem xét, bồi dưỡng và kết nạp vào Đảng trong thời gian tới.",
        ),
        "list_intro": (),
        "list": (),
        "captions": ("Trao giấy chứng nhận cho các học viên",),
    },
    {
        "key": "giao_ban_dan_van",
        "short": "Hội nghị",
        "forms": (
            (
                "Hội nghị giao ban công tác dân vận {ky}",
                "{buoi} ngày {dm}, Ban Dân vận Quận ủy Cầu Giấy tổ chức Hội nghị giao ban công tác dân vận {ky}.",
            ),
        ),
        "body": (
            "Công tác dân vận của các cơ quan nhà nước, chính quyền các cấp tiếp tục có chuyển biến tích cực, gắn với cải cách hành chính và thực hiện Quy chế dân chủ ở cơ sở.",
            "Ủy ban MTTQ và các đoàn thể đã phát huy tốt vai trò giám sát và phản biện xã hội, tập hợp, đoàn kết các tầng lớp nhân dân.",
            "Các đại biểu đã trao đổi kinh nghiệm trong việc giải quyết những vấn đề bức xúc, phát sinh ở cơ sở.",
        ),
        "list_intro": (),
        "list": (),
        "captions": ("Đồng chí {p1} phát biểu tại Hội nghị",),
    },
    {
        "key": "dan_van_kheo",
        "months": (11, 12, 1),
        "short": "Hội nghị",
        "forms": (
            (
                "Tổng kết phong trào thi đua “Dân vận khéo” năm {report_year}",
                "{buoi} ngày {dm}, Ban Chỉ đạo phong trào thi đua “Dân vận khéo” quận Cầu Giấy tổ chức Hội nghị tổng kết phong trào năm {report_year}.",
            ),
        ),
        "body": (
            "Trong năm, toàn quận đã xây dựng và đăng ký {k} mô hình “Dân vận khéo” trên các lĩnh vực.",
            "Nhiều mô hình được nhân dân đồng tình hưởng ứng như: tuyến phố văn minh, chi hội phụ nữ phân loại rác tại nguồn, nhóm thanh niên tình nguyện hỗ trợ người cao tuổi.",
            "Hội nghị đã khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đồng chí {p1} phát biểu tại Hội nghị",
            "Khen thưởng các tập thể, cá nhân tiêu biểu trong phong trào “Dân vận khéo”",
        ),
    },
    {
        "key": "chi_thi_05",
        "short": "Hội nghị",
        "forms": (
            (
                "Sơ kết {n5} năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị tại phường {ward}",
                "{buoi} ngày {dm}, Đảng ủy phường {ward} tổ chức Hội nghị sơ kết {n5} năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            ),
            (
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {year}",
                "{buoi} ngày {dm}, Ban Thường vụ Quận ủy Cầu Giấy tổ chức Hội nghị chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm {year}.",
            ),
        ),
        "body": (
            "Việc học tập và làm theo Bác đã trở thành nội dung thường xuyên trong sinh hoạt của các chi bộ.",
            "Các cấp ủy đã chỉ đạo xây dựng kế hoạch làm theo gắn với nhiệm vụ chính trị của từng đơn vị, tạo chuyển biến rõ nét về ý thức trách nhiệm của cán bộ, đảng viên.",
            "Nhiều tập thể, cá nhân điển hình đã được biểu dương, khen thưởng, lan tỏa những việc làm tốt trong cộng đồng.",
            "Mỗi cán bộ, đảng viên đã đăng ký nội dung làm theo cụ thể, gắn với nhiệm vụ được giao.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đồng chí {p1} phát biểu tại Hội nghị",
            "Biểu dương các tập thể, cá nhân tiêu biểu trong học tập và làm theo Bác",
        ),
    },
    {
        "key": "bau_cu",
        "dates": ("2021-01-05", "2021-05-20"),
        "short": "buổi kiểm tra",
        "forms": (
            (
                "Ban Thường vụ Quận ủy kiểm tra công tác chuẩn bị bầu cử tại phường {ward}",
                "{buoi} ngày {dm}, Đoàn kiểm tra của Ban Thường vụ Quận ủy do đồng chí {p1} làm trưởng đoàn đã kiểm tra công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021 - 2026 tại phường {ward}.",
            ),
        ),
        "body": (
            "Phường {ward} có {k} khu vực bỏ phiếu với trên {n_voters} cử tri.",
            "Công tác lập danh sách cử tri, niêm yết danh sách và tuyên truyền về cuộc bầu cử được triển khai đúng tiến độ.",
            "Đoàn kiểm tra đề nghị phường tiếp tục rà soát danh sách cử tri, chuẩn bị chu đáo cơ sở vật chất và phương án phòng, chống dịch tại các khu vực bỏ phiếu.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đoàn kiểm tra làm việc tại phường {ward}",
            "Kiểm tra khu vực bỏ phiếu tại phường {ward}",
        ),
    },
    {
        "key": "covid",
        "dates": ("2020-03-10", "2021-12-31"),
        "short": "buổi kiểm tra",
        "forms": (
            (
                "Ban Thường vụ Quận ủy kiểm tra công tác phòng, chống dịch Covid-19 tại phường {ward}",
                "{buoi} ngày {dm}, đồng chí {p1} đã kiểm tra công tác phòng, chống dịch Covid-19 tại phường {ward}.",
            ),
            (
                "Đảng bộ phường {ward} lãnh đạo thực hiện mục tiêu kép trong phòng, chống dịch Covid-19",
                "Thực hiện chỉ đạo của Thành ủy, thời gian qua Đảng bộ phường {ward} đã lãnh đạo triển khai quyết liệt các biện pháp phòng, chống dịch Covid-19.",
            ),
        ),
        "body": (
            "Phường đã thành lập {k} tổ Covid cộng đồng, huy động đảng viên, đoàn viên thanh niên tham gia hỗ trợ người dân.",
            "Các chốt kiểm soát được duy trì nghiêm túc; công tác truy vết, khoanh vùng được thực hiện nhanh chóng, kịp thời.",
            "Đồng chí {p1} đề nghị phường tuyệt đối không chủ quan, lơ là, thực hiện nghiêm các chỉ đạo của Thành phố và của quận.",
            "Nhiều đảng viên đã gương mẫu đi đầu, vận động gia đình và bà con thực hiện tốt thông điệp 5K.",
        ),
        "list_intro": (),
        "list": (),
        "captions": (
            "Đồng chí {p1} kiểm tra công tác phòng, chống dịch tại phường {ward}",
            "Tổ Covid cộng đồng phường {ward} hỗ trợ người dân",
        ),
    },
    {
        "key": "sinh_hoat",
        "short": "buổi sinh hoạt",
        "forms": (
            (
                "Chi bộ {chibo} phường {ward} sinh hoạt chuyên đề “{topic}”",
                "{buoi} ngày {dm}, Chi bộ {chibo} thuộc Đảng bộ phường {ward} tổ chức sinh hoạt chuyên đề với chủ đề “{topic}”.",
            ),
            (
                "Sinh hoạt chi bộ mẫu tại Chi bộ {chibo}, phường {ward}",
                "Nhằm nâng cao chất lượng sinh hoạt chi bộ, {buoi_lower} ngày {dm}, Đảng ủy phường {ward} tổ chức sinh hoạt chi bộ mẫu tại Chi bộ {chibo}.",
            ),
        ),
        "body": (
            "Buổi sinh hoạt diễn ra dân chủ, cởi mở, có {n_small} đảng viên tham dự.",
            "Các đảng viên đã thẳng thắn trao đổi, nêu những việc làm cụ thể của bản thân và đề xuất giải pháp để chi bộ lãnh đạo thực hiện tốt hơn.",
            "Chi bộ hiện có {n_small} đảng viên, trong đó có {k} đảng viên được miễn sinh hoạt do tuổi cao, sức yếu.",
            "Qua buổi sinh hoạt, các chi bộ trong Đảng bộ phường rút ra nhiều kinh nghiệm để đổi mới nội dung, hình thức sinh hoạt.",
        ),
        "list_intro": ("Chi bộ thống nhất một số nội dung cần tập trung thực hiện:",),
        "list": (
            "Mỗi đảng viên gương mẫu thực hiện và vận động gia đình thực hiện tốt quy định nơi cư trú.",
            "Phối hợp với Ban công tác Mặt trận, các chi hội đoàn thể tổ chức ra quân vệ sinh môi trường hằng tháng.",
            "Kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân, phản ánh với cấp ủy cấp trên.",
        ),
        "captions": (
            "Quang cảnh buổi sinh hoạt chi bộ",
            "Đảng viên phát biểu ý kiến tại buổi sinh hoạt",
        ),
    },
)
