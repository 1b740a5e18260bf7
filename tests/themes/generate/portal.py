# ruff: noqa: E501  # article text stays one paragraph a line, as the portal has it
"""What every examiner shares: where the portal and the fixtures live, and the
text of the one real article (shared/portal/000_30f86087a6ec7e8e.txt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

HOST = "https://caugiay.hanoi.gov.vn"
# one UI language's labels for a theme: a text, or a list of texts (menus, crumbs)
Labels = dict[str, Any]
# tests/themes/, where each theme's cases are written
THEMES_DIR = Path(__file__).resolve().parent.parent
# the scraped reader text of the real article; checked when it is at hand


def article_path(article_id: int, slug: str, lang: str = "vi") -> str:
    """Where the portal shows an article in the "Đảng - Đoàn thể" section,
    root-relative; the English UI puts /en in front."""
    prefix = "/en" if lang == "en" else ""
    return f"{prefix}/dang-doan-the/-/view_content/{article_id}-{slug}.html"


REAL_ARTICLE_SOURCE = Path("/work/shared/portal/000_30f86087a6ec7e8e.txt")

# The real article as a reader reads it, verbatim: section, title with the
# meta line, then paragraphs, the two photo captions and the signature,
# separated by blank lines.
REAL_ARTICLE_TEXT = """CÔNG TÁC ĐẢNG

Đảng bộ quận Cầu Giấy tổ chức Hội nghị Ban Chấp hành lần thứ 12
Publish date 07/01/2022 | 15:27  | View count: 171

Sáng ngày 07-01, Ban Chấp hành Đảng bộ quận Cầu Giấy (khóa VI) đã tổ chức Hội nghị lần thứ 12 để thảo luận và thông qua các nội dung theo chương trình công tác đã đề ra. Đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy; đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy, Chủ tịch HĐND quận; đồng chí Bùi Tuấn Anh - Phó Bí thư Quận ủy, Chủ tịch UBND quận chủ trì Hội nghị.

Tham dự Hội nghị có các đồng chí đại diện các ban xây dựng Đảng Thành ủy; Ủy viên Ban Thường vụ Quận uỷ; Thường trực HĐND, Lãnh đạo UBND quận; các đồng chí Quận ủy viên và ủy viên UBKT Quận ủy.

Đồng chí Nguyễn Văn Chiến - Phó Bí thư Thường trực Quận ủy - Chủ tịch HĐND quận phát biểu tai Hội nghị

Tại hội nghị, đã có 11 ý kiến phát biểu thảo luận, đóng góp vào các vấn đề và đã thống nhất thông qua các văn bản do Ban Thường vụ Quận ủy trình tại hội nghị: Báo cáo kiểm điểm công tác lãnh đạo, chỉ đạo của Ban Thường vụ Quận ủy năm 2021. Báo cáo tổng kết công tác xây dựng Đảng, xây dựng hệ thống chính trị năm 2021. Báo cáo kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức Đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý năm 2021. Chương trình công tác của Ban Chấp hành Đảng bộ quận, Ban Thường vụ, Thường trực Quận ủy năm 2022. Báo cáo công tác tài chính Đảng năm 2021; nhiệm vụ công tác tài chính Đảng năm 2022.

Phát biểu kết luận tại Hội nghị, đồng chí Trần Thị Phương Hoa - Thành ủy viên, Bí thư Quận ủy thay mặt Ban Chấp hành Đảng bộ quận ghi nhận, đánh giá cao sự chuẩn bị của Ban Thường vụ Quận ủy, các Ban Đảng Quận ủy. Năm 2021, trong bối cảnh chịu sự tác động nặng nề của đại dịch Covid-19, khối lượng công việc lớn, có nhiều việc mới, việc khó, phức tạp phát sinh từ thực tiễn, nhưng Đảng bộ quận đã chủ động, sáng tạo, nỗ lực phấn đấu đoàn kết, quyết tâm cao, tranh thủ thuận lợi, thời cơ, vượt qua khó khăn, thách thức, đạt được những kết quả quan trọng, toàn diện: Quận đã thực hiện 13/13 chỉ tiêu đạt và vượt chỉ tiêu thành phố giao. Kinh tế quận tiếp tục duy trì và đạt mức tăng trưởng khá. Đầu tư xây dựng, quản lý và phát triển đô thị có chuyển biến tích cực. Công tác văn hóa - xã hội được quan tâm chỉ đạo, an sinh xã hội được đảm bảo, đặc biệt trong thời kỳ dịch bệnh với tinh thần tương thân tương ái, đoàn kết, giúp đỡ nhau. Công tác giáo dục – đào tạo phát triển mạnh cả về quy mô và chất lượng. An ninh chính trị, trật tự an toàn xã hội được giữ vững. Công tác xây dựng Đảng và xây dựng hệ thống chính trị có nhiều đổi mới và đạt kết quả quan trọng; phương pháp lãnh đạo, chỉ đạo, điều hành của Thường trực, Ban Thường vụ Quận ủy có nhiều đổi mới, sáng tạo, hiệu quả. Năm 2021, Đảng bộ quận Cầu Giấy giữ vững là đơn vị trong sạch, vững mạnh; các Ban xây dựng Đảng, UBND, UBMTTQ và các đoàn thể chính trị - xã hội Quận được cấp trên đánh giá Hoàn thành Xuất sắc nhiệm vụ năm 2021. Toàn Đảng bộ có 42/44 tổ chức cơ sở đảng hoàn thành tốt và hoàn thành xuất sắc nhiệm vụ, không có tổ chức cơ sở đảng yếu kém.

Quang cảnh Hội nghị

Về nhiệm vụ công tác năm 2022, đồng chí Bí thư Quận ủy yêu cầu các cấp ủy Đảng, chính quyền, lực lượng vũ trang, cơ quan, đơn vị trên địa bàn quận cần tập trung cao độ, phát huy vai trò, trách nhiệm của người đứng đầu để khẩn trương thực hiện đồng bộ các nhiệm vụ, giải pháp, quyết tâm thực hiện thắng lợi, toàn diện các nhiệm vụ được giao. Tiếp tục ưu tiên nhân lực, thời gian và nguồn lực để kiểm soát hiệu quả dịch bệnh Covid -19. Nỗ lực cao nhất để phục hồi lấy lại đà tăng trưởng. Phát triển sự nghiệp văn hóa, xã hội. Đảm bảo an sinh xã hội, ổn định đời sống của Nhân dân. Đảm bảo an ninh chính trị, trật tự an toàn xã hội, quốc phòng và quân sự địa phương. Hoàn thành chỉ tiêu giao quân năm 2022. Toàn Quận sẽ tập trung thực hiện tốt các nhiệm vụ chủ yếu sau:

- Lãnh đạo triển khai thực hiện các chỉ tiêu, nhiệm vụ về công tác xây dựng Đảng, xây dựng hệ thống chính trị quận gắn với chủ đề công tác năm 2022 “Kỷ cương, trách nhiệm, hành động, sáng tạo, phát triển”. Lãnh đạo hoàn thành và hoàn thành vượt mức: 04 chỉ tiêu về công tác xây dựng Đảng, MTTQ và các tổ chức chính trị - xã hội; 21 chỉ tiêu về phát triển kinh tế - xã hội và 02 chỉ tiêu về nhiệm vụ an ninh - quốc phòng; phấn đấu hoàn thành xuất sắc các nhiệm vụ chính trị của Đảng bộ quận năm 2022.

- Lãnh đạo, chỉ đạo triển khai và thực hiện tốt Kế hoạch tổ chức các hoạt động thi đua lập thành tích chào mừng kỷ niệm 25 năm ngày thành lập Quận (01/9/1997 - 01/9/2022). Chỉ đạo thực hiện bảo đảm chất lượng, tiến độ các dự án trọng điểm trong đó có dự án xây dựng trụ sở Quận ủy - HĐND - UBND quận..

- Duy trì thực hiện nghiêm túc, hiệu quả các biện pháp phòng, chống và giảm thiểu thiệt hại do đại dịch Covid-19; chủ động xây dựng, triển khai các kịch bản phòng, chống theo các cấp độ của dịch; hạn chế tối đa tác động tiêu cực đến các hoạt động kinh tế - xã hội và đời sống người dân.

- Tiếp tục đổi mới phương thức lãnh đạo, bảo đảm khoa học, hiệu quả, thiết thực. Làm tốt công tác dự báo, nắm bắt tình hình cơ sở; định hướng tư tưởng, hướng dẫn dư luận; tăng cường đối thoại, lắng nghe, tiếp thu ý kiến góp ý tích cực của tổ chức, đảng viên và nhân dân để lãnh đạo, chỉ đạo, sâu sát, kịp thời, có trọng tâm, trọng điểm. Phát huy vai trò của Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội trong giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền. Thực hiện tốt nguyên tắc tập trung dân chủ; phát huy vai trò tập thể lãnh đạo, cá nhân phụ trách, vai trò, trách nhiệm của người đứng đầu; phân công rõ người, rõ việc, rõ trách nhiệm; sâu sát cơ sở, tập trung khắc phục những hạn chế, khuyết điểm, chỉ đạo giải quyết, tháo gỡ vướng mắc, khó khăn cho cơ sở.

Năm 2022 kỷ niệm 25 năm thành lập quận, Ban Chấp hành Đảng bộ quận yêu cầu các cấp ủy Đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội từ quận đến cơ sở; cán bộ, đảng viên, lực lượng vũ trang và các tầng lớp nhân dân quận tiếp tục phát huy truyền thống đoàn kết, với quyết tâm chính trị cao nhất, phấn đấu hoàn thành toàn diện các mục tiêu, chỉ tiêu nhiệm vụ năm 2022; trước mắt tổ chức phục vụ nhân dân vui Xuân, đón Tết Nhâm Dần 2022 bảo đảm vui tươi, lành mạnh, an toàn, tiết kiệm, đảm bảo mọi nhà đều có Tết.

VĂN PHÒNG QUẬN ỦY"""
REAL_ARTICLE_BLOCKS = REAL_ARTICLE_TEXT.split("\n\n")


def check_real_article() -> None:
    """The embedded copy must equal the real text."""
    if REAL_ARTICLE_SOURCE.exists():
        real = REAL_ARTICLE_SOURCE.read_text(encoding="utf-8")
        assert real == REAL_ARTICLE_TEXT, "REAL_ARTICLE_TEXT drifted from the real article"
