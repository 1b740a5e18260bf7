"""The first examiner's portal furniture: address, other articles linked from
sidebars, related lists and listings.  None of it may leak into a body.
"""

from __future__ import annotations

from ..portal import HOST, article_path

ADDRESS_VI = "Số 36 Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, thành phố Hà Nội"
ADDRESS_EN = "No. 36 Cau Giay street, Quan Hoa ward, Cau Giay district, Ha Noi"
PHONE = "024.37.564.542"
SITE_VI = "CỔNG THÔNG TIN ĐIỆN TỬ QUẬN CẦU GIẤY"

OTHERS = [
    (
        5262210,
        "quan-uy-cau-giay-trien-khai-nhiem-vu-cong-tac-tuyen-giao-nam-2022",
        "Quận ủy Cầu Giấy triển khai nhiệm vụ công tác tuyên giáo năm 2022",
        "05/01/2022",
        "2.345",
    ),
    (
        5260078,
        "ban-thuong-vu-quan-uy-lam-viec-voi-dang-uy-phuong-trung-hoa",
        "Ban Thường vụ Quận ủy làm việc với Đảng ủy phường Trung Hòa",
        "28/12/2021",
        "987",
    ),
    (
        5258841,
        "hoi-nghi-ban-thuong-vu-quan-uy-mo-rong-thang-12-2021",
        "Hội nghị Ban Thường vụ Quận ủy mở rộng tháng 12/2021",
        "20/12/2021",
        "1.502",
    ),
    (
        5255120,
        "dang-bo-phuong-dich-vong-hau-to-chuc-dai-hoi-diem",
        "Đảng bộ phường Dịch Vọng Hậu tổ chức Đại hội điểm",
        "14/12/2021",
        "3.118",
    ),
    (
        5251003,
        "trao-quyet-dinh-ket-nap-dang-vien-cho-hoc-sinh-truong-thpt-yen-hoa",
        "Trao quyết định kết nạp đảng viên cho học sinh Trường THPT Yên Hòa",
        "09/12/2021",
        "764",
    ),
    (
        5249987,
        "be-giang-lop-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi",
        "Bế giảng lớp bồi dưỡng lý luận chính trị cho đảng viên mới khóa 2",
        "02/12/2021",
        "612",
    ),
    (
        5247310,
        "giao-ban-cong-tac-dan-van-quy-iv-nam-2021",
        "Giao ban công tác dân vận quý IV năm 2021",
        "25/11/2021",
        "455",
    ),
    (
        5243356,
        "tong-ket-10-nam-thuc-hien-chi-thi-05-ct-tw",
        "Quận Cầu Giấy tổng kết 5 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị",
        "18/11/2021",
        "1.876",
    ),
    (
        5240124,
        "toa-dam-ve-cong-tac-phat-trien-dang-vien-trong-doanh-nghiep",
        "Tọa đàm về công tác phát triển đảng viên trong doanh nghiệp ngoài nhà nước",
        "11/11/2021",
        "533",
    ),
    (
        5236718,
        "hoi-thao-nang-cao-chat-luong-sinh-hoat-chi-bo",
        "Hội thảo nâng cao chất lượng sinh hoạt chi bộ khu dân cư",
        "04/11/2021",
        "890",
    ),
]


def other_url(i: int, en: bool = False, absolute: bool = False) -> str:
    aid, slug, *_ = OTHERS[i]
    path = article_path(aid, slug, "en" if en else "vi")
    return HOST + path if absolute else path


def en_view_count(vi_count: str) -> str:
    return vi_count.replace(".", ",")
