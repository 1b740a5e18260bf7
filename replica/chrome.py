"""Page furniture of the replica: theme CSS, Liferay bootstrap scripts,
menus, labels, footer. None of it belongs to an article; all of it is
there because a Liferay 6.2 government portal carries it, and a parser must
look past it.

The office's contact details in the footer are illustrative.
"""

from __future__ import annotations

import html
from urllib.parse import quote

SITE_NAME = {"vi": "Cổng giao tiếp điện tử quận Cầu Giấy", "en": "Cầu Giấy District Portal"}
PORTLET_ID = "101_INSTANCE_cTdang"
LANG_ATTR = {"vi": "vi", "en": "en-US"}
LANGUAGE_ID = {"vi": "vi_VN", "en": "en_US"}

#: Interface labels per locale. Article text never changes with the locale.
LABELS: dict[str, dict[str, str]] = {
    "vi": {
        "published": "Ngày đăng",
        "views": "Lượt xem:",
        "first": "Đầu",
        "previous": "Trước",
        "next": "Sau",
        "last": "Cuối",
        "featured": "Tin nổi bật",
        "most_read": "Đọc nhiều nhất",
        "related": "Tin liên quan",
        "other": "Tin khác",
        "print": "In bài",
        "email": "Gửi email",
        "share": "Chia sẻ:",
        "back": "Quay lại",
        "home": "Trang chủ",
        "search": "Tìm kiếm",
        "search_placeholder": "Nhập từ khóa tìm kiếm...",
        "login": "Đăng nhập",
        "skip": "Bỏ qua nội dung",
        "not_found_title": "Không tìm thấy trang",
        "not_found_text": "Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại địa chỉ.",
        "back_home": "Quay về trang chủ",
        "soft_404": "Bài viết không tồn tại hoặc đã bị xóa.",
        "gone_title": "Bài viết đã bị gỡ bỏ",
        "gone_text": "Bài viết này đã bị gỡ bỏ khỏi Cổng giao tiếp điện tử.",
        "showing": "Hiển thị {a} - {b} của {n} kết quả.",
        "page_of": "Trang {p} / {n}",
        "no_results": "Không có bài viết nào.",
        "more": "Xem thêm",
        "documents": "Văn bản mới",
        "links": "Liên kết website",
        "poll": "Thăm dò ý kiến",
        "poll_question": "Bạn đánh giá thế nào về Cổng giao tiếp điện tử quận Cầu Giấy?",
        "vote": "Biểu quyết",
        "poll_results": "Xem kết quả",
        "stats": "Thống kê truy cập",
        "online": "Đang truy cập:",
        "total_visits": "Tổng lượt truy cập:",
        "hotline": "Đường dây nóng:",
        "language": "Ngôn ngữ",
        "font": "Cỡ chữ",
        "search_results": "Kết quả tìm kiếm",
        "search_none": "Không tìm thấy kết quả nào phù hợp với từ khóa",
        "owner": "Cơ quan chủ quản: Ủy ban nhân dân quận Cầu Giấy",
        "address": "Địa chỉ: Số 36 phố Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, thành phố Hà Nội",
        "phone": "Điện thoại: 024.3767.3556 - Fax: 024.3767.3557",
        "responsible": "Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND quận Cầu Giấy",
        "licence": "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông Hà Nội cấp",
        "copyright": "© Bản quyền thuộc Ủy ban nhân dân quận Cầu Giấy",
        "reuse": "Ghi rõ nguồn “Cổng giao tiếp điện tử quận Cầu Giấy” khi phát hành lại thông tin từ website này.",
        "login_title": "Đăng nhập hệ thống",
        "username": "Tên đăng nhập",
        "password": "Mật khẩu",
        "weather": "Thời tiết Hà Nội",
    },
    "en": {
        "published": "Publish date",
        "views": "View count:",
        "first": "First",
        "previous": "Previous",
        "next": "Next",
        "last": "Last",
        "featured": "Featured news",
        "most_read": "Most read",
        "related": "Related news",
        "other": "Other news",
        "print": "Print",
        "email": "Email",
        "share": "Share:",
        "back": "Back",
        "home": "Home",
        "search": "Search",
        "search_placeholder": "Search...",
        "login": "Sign In",
        "skip": "Skip to Content",
        "not_found_title": "Page not found",
        "not_found_text": "The requested resource could not be found. Please check the address.",
        "back_home": "Back to the home page",
        "soft_404": "The article does not exist or has been deleted.",
        "gone_title": "Article removed",
        "gone_text": "This article has been removed from the portal.",
        "showing": "Showing {a} - {b} of {n} results.",
        "page_of": "Page {p} of {n}",
        "no_results": "No articles.",
        "more": "More",
        "documents": "New documents",
        "links": "Links",
        "poll": "Poll",
        "poll_question": "How useful is the Cầu Giấy District Portal to you?",
        "vote": "Vote",
        "poll_results": "See results",
        "stats": "Visitor statistics",
        "online": "Online:",
        "total_visits": "Total visits:",
        "hotline": "Hotline:",
        "language": "Language",
        "font": "Font size",
        "search_results": "Search results",
        "search_none": "No results were found for",
        "owner": "Managed by: People's Committee of Cầu Giấy District",
        "address": "Address: 36 Cầu Giấy Street, Quan Hoa Ward, Cầu Giấy District, Hà Nội",
        "phone": "Phone: 024.3767.3556 - Fax: 024.3767.3557",
        "responsible": "Responsible: Chief of Office of the District People's Council and People's Committee",
        "licence": "Licence No. 12/GP-TTĐT issued by the Hanoi Department of Information and Communications",
        "copyright": "© Copyright People's Committee of Cầu Giấy District",
        "reuse": "Please cite “Cầu Giấy District Portal” when republishing information from this website.",
        "login_title": "Sign in",
        "username": "Screen name",
        "password": "Password",
        "weather": "Hà Nội weather",
    },
}

#: The sidebar poll's answers per locale.
POLL_OPTIONS: dict[str, tuple[str, ...]] = {
    "vi": ("Rất hữu ích", "Hữu ích", "Bình thường", "Chưa hữu ích"),
    "en": ("Very useful", "Useful", "Average", "Not useful"),
}

# The mega-menu: (label vi, label en, path, children). Paths other than the
# section's own answer 404 on the replica, as pages a crawler must not walk.
MENU = (
    (
        "Giới thiệu",
        "About",
        "/gioi-thieu",
        (
            ("Tổng quan quận Cầu Giấy", "Overview", "/tong-quan"),
            ("Lịch sử hình thành", "History", "/lich-su-hinh-thanh"),
            ("Cơ cấu tổ chức", "Organisation", "/co-cau-to-chuc"),
            ("Quận ủy", "District Party Committee", "/quan-uy"),
            ("HĐND quận", "District People's Council", "/hdnd-quan"),
            ("UBND quận", "District People's Committee", "/ubnd-quan"),
            ("Các phường", "Wards", "/cac-phuong"),
            ("Bản đồ hành chính", "Administrative map", "/ban-do-hanh-chinh"),
        ),
    ),
    (
        "Tin tức - Sự kiện",
        "News - Events",
        "/tin-tuc-su-kien",
        (
            ("Tin trong quận", "District news", "/tin-trong-quan"),
            ("Tin Hà Nội", "Hà Nội news", "/tin-ha-noi"),
            ("Kinh tế", "Economy", "/kinh-te"),
            ("Văn hóa - Xã hội", "Culture - Society", "/van-hoa-xa-hoi"),
            ("Giáo dục - Đào tạo", "Education", "/giao-duc-dao-tao"),
            ("Y tế", "Health", "/y-te"),
            ("An ninh - Quốc phòng", "Security - Defence", "/an-ninh-quoc-phong"),
            ("Thông báo", "Announcements", "/thong-bao"),
        ),
    ),
    (
        "Đảng - Đoàn thể",
        "Party - Unions",
        "/dang-doan-the",
        (
            ("Công tác Đảng", "Party work", "/dang-doan-the"),
            ("Mặt trận Tổ quốc", "Fatherland Front", "/mat-tran-to-quoc"),
            ("Đoàn Thanh niên", "Youth Union", "/doan-thanh-nien"),
            ("Hội Liên hiệp Phụ nữ", "Women's Union", "/hoi-lien-hiep-phu-nu"),
            ("Hội Cựu chiến binh", "Veterans' Association", "/hoi-cuu-chien-binh"),
            ("Liên đoàn Lao động", "Labour Federation", "/lien-doan-lao-dong"),
        ),
    ),
    (
        "Chính quyền",
        "Government",
        "/chinh-quyen",
        (
            ("Lịch công tác", "Work schedule", "/lich-cong-tac"),
            ("Chỉ đạo điều hành", "Directives", "/chi-dao-dieu-hanh"),
            ("Văn bản pháp quy", "Legal documents", "/van-ban-phap-quy"),
            ("Tiếp công dân", "Citizen reception", "/tiep-cong-dan"),
            ("Phát ngôn báo chí", "Press releases", "/phat-ngon-bao-chi"),
            ("Cải cách hành chính", "Administrative reform", "/cai-cach-hanh-chinh"),
        ),
    ),
    (
        "Dịch vụ công",
        "Public services",
        "/dich-vu-cong",
        (
            ("Thủ tục hành chính", "Procedures", "/thu-tuc-hanh-chinh"),
            ("Dịch vụ công trực tuyến", "Online services", "https://dichvucong.hanoi.gov.vn/"),
            ("Tra cứu hồ sơ", "Track an application", "/tra-cuu-ho-so"),
            ("Hỏi đáp", "Questions and answers", "/hoi-dap"),
            ("Góp ý, kiến nghị", "Feedback", "/gop-y-kien-nghi"),
        ),
    ),
    (
        "Công khai - Minh bạch",
        "Transparency",
        "/cong-khai-minh-bach",
        (
            ("Quy hoạch - Kế hoạch", "Planning", "/quy-hoach-ke-hoach"),
            ("Công khai ngân sách", "Budget", "/cong-khai-ngan-sach"),
            ("Dự án đầu tư", "Investment projects", "/du-an-dau-tu"),
            ("Đấu thầu - Mua sắm công", "Procurement", "/dau-thau-mua-sam-cong"),
            ("Thống kê", "Statistics", "/thong-ke"),
        ),
    ),
    (
        "Đầu tư - Doanh nghiệp",
        "Business",
        "/dau-tu-doanh-nghiep",
        (
            ("Môi trường đầu tư", "Investment climate", "/moi-truong-dau-tu"),
            ("Hỗ trợ doanh nghiệp", "Business support", "/ho-tro-doanh-nghiep"),
            ("Xúc tiến thương mại", "Trade promotion", "/xuc-tien-thuong-mai"),
        ),
    ),
    ("Liên hệ", "Contact", "/lien-he", ()),
)

OFFSITE_LINKS = (
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Cổng giao tiếp điện tử Hà Nội", "https://hanoi.gov.vn/"),
    ("Báo điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn/"),
    ("Báo Hànộimới", "https://hanoimoi.vn/"),
    ("Cổng Dịch vụ công Quốc gia", "https://dichvucong.gov.vn/"),
    ("Thành ủy Hà Nội", "https://thanhuyhanoi.vn/"),
)

NEW_DOCUMENTS = (
    (
        "Kế hoạch số 12-KH/QU về tổ chức các hoạt động kỷ niệm",
        "/documents/10180/123456/ke-hoach-so-12.pdf",
    ),
    (
        "Hướng dẫn số 05-HD/BTGQU về sinh hoạt chuyên đề năm 2022",
        "/documents/10180/123456/huong-dan-so-05-hd-btg.doc",
    ),
    (
        "Đề cương tuyên truyền kỷ niệm 25 năm thành lập quận",
        "/documents/10180/654321/de-cuong-tuyen-truyen.docx",
    ),
    (
        "Thông báo kết luận số 318-TB/QU của Ban Thường vụ Quận ủy",
        "/documents/10180/654321/thong-bao-ket-luan-so-318.pdf",
    ),
)

# A theme build of a Liferay 6.2 portal inlines a lot of CSS; so does this.
THEME_CSS = """
html,body{margin:0;padding:0}body{font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:1.5;color:#222;background:#f3f3f3 url(/caugiay-theme/images/bg-body.png) repeat-x top}
a{color:#0b4a8b;text-decoration:none}a:hover,a:focus{color:#c4161c;text-decoration:underline}
img{border:0;max-width:100%;height:auto}h1,h2,h3,h4,h5,h6{font-family:Arial,Helvetica,sans-serif;font-weight:bold;margin:0 0 10px}
.clearfix:after{content:"";display:table;clear:both}.hide{display:none!important}.helper-hidden-accessible{position:absolute;left:-9999em}
#skip-to-content{position:absolute;top:-40px;left:0;background:#c4161c;color:#fff;padding:8px;z-index:100}#skip-to-content:focus{top:0}
#wrapper{max-width:1200px;margin:0 auto;background:#fff;box-shadow:0 0 6px rgba(0,0,0,.15)}
#banner{position:relative;background:#b71c1c url(/caugiay-theme/images/banner-trong-dong.png) no-repeat right center;height:150px}
#banner .logo{position:absolute;left:20px;top:18px;display:flex;align-items:center}#banner .logo img{width:110px;height:110px}
#banner .site-title{margin-left:15px;color:#ffeb3b;text-transform:uppercase;font-size:26px;font-weight:bold;text-shadow:1px 1px 2px #000;line-height:1.3}
#banner .site-title small{display:block;color:#fff;font-size:15px;text-transform:none}
.top-bar{background:#8e0000;color:#fff;font-size:12px;height:30px;line-height:30px;padding:0 15px}.top-bar a{color:#fff;margin-left:10px}
.top-bar .hotline{float:left}.top-bar .lang-switch{float:right}.top-bar .lang-switch img{vertical-align:middle;margin-right:3px}
.search-box{position:absolute;right:20px;bottom:15px}.search-box input[type=text]{width:220px;height:28px;border:1px solid #ddd;border-radius:14px;padding:0 32px 0 12px}
.search-box button{position:absolute;right:4px;top:3px;background:transparent url(/caugiay-theme/images/icon-search.png) no-repeat center;width:24px;height:24px;border:0;cursor:pointer;text-indent:-9999em}
#navigation{background:linear-gradient(#d32f2f,#b71c1c);border-top:2px solid #ffc107;position:relative;z-index:50}
#navigation>ul{list-style:none;margin:0;padding:0 10px;display:flex;flex-wrap:wrap}#navigation>ul>li{position:relative}
#navigation>ul>li>a{display:block;color:#fff;font-weight:bold;text-transform:uppercase;font-size:13px;padding:11px 14px}
#navigation>ul>li>a:hover,#navigation>ul>li.selected>a{background:#ffc107;color:#b71c1c;text-decoration:none}
#navigation .child-menu{display:none;position:absolute;left:0;top:100%;min-width:240px;background:#fff;border:1px solid #ddd;border-top:3px solid #ffc107;list-style:none;margin:0;padding:5px 0;box-shadow:0 4px 8px rgba(0,0,0,.2)}
#navigation li:hover>.child-menu{display:block}#navigation .child-menu a{display:block;padding:7px 15px;color:#333;border-bottom:1px dotted #e0e0e0}
#navigation .child-menu a:hover{background:#fff8e1;color:#b71c1c}#navigation .home-icon{background:url(/caugiay-theme/images/icon-home.png) no-repeat center;width:40px;text-indent:-9999em}
.news-ticker{background:#fffde7;border-bottom:1px solid #ffe082;padding:6px 15px;font-size:13px;overflow:hidden;white-space:nowrap}
.news-ticker .ticker-label{color:#c4161c;font-weight:bold;margin-right:10px;text-transform:uppercase}
.breadcrumb{list-style:none;margin:0;padding:10px 15px;background:#fafafa;border-bottom:1px solid #eee;font-size:12px}
.breadcrumb li{display:inline}.breadcrumb li+li:before{content:"\\203A";padding:0 6px;color:#999}.breadcrumb .active{color:#777}
#content{padding:15px}.row{display:flex;flex-wrap:wrap;margin:0 -10px}.col-md-8{width:66.666%;padding:0 10px;box-sizing:border-box}.col-md-4{width:33.333%;padding:0 10px;box-sizing:border-box}
.portlet{margin-bottom:20px}.portlet-topper{border-bottom:2px solid #c4161c;margin-bottom:12px;position:relative}
.portlet-title{display:inline-block;background:#c4161c;color:#fff;font-size:15px;padding:7px 15px;margin:0;text-transform:uppercase}
.portlet-title-default{font-size:15px;font-weight:bold;color:#c4161c;border-bottom:1px solid #ddd;padding-bottom:6px;margin:18px 0 10px;text-transform:uppercase}
.portlet-content{padding:0}.portlet-msg-error,.alert-error{background:#fdecea;border:1px solid #f5c6cb;color:#a94442;padding:15px;border-radius:3px}
.portlet-msg-info,.alert-info{background:#e8f4fd;border:1px solid #bee5eb;color:#0c5460;padding:15px;border-radius:3px}
.asset-full-content .header-title{font-size:22px;line-height:1.35;color:#0b4a8b;margin:5px 0 8px}.taglib-header .header-back-to{float:right;font-size:12px}
.news-meta{color:#777;font-size:12px;margin-bottom:12px;padding-bottom:8px;border-bottom:1px dotted #ccc}.news-meta .label{font-weight:normal}.news-meta .value{color:#555}
.journal-content-article{font-size:15px;line-height:1.6;text-align:justify}.journal-content-article p{margin:0 0 10px}
.journal-content-article img{display:inline-block;margin:5px auto}.journal-content-article table{border-collapse:collapse;margin:8px auto}
.journal-content-article figure.image{display:table;margin:10px auto}.journal-content-article figure.image figcaption{display:table-caption;caption-side:bottom;text-align:center;font-style:italic;font-size:13px;color:#555;padding:4px 0}
.journal-content-article em,.journal-content-article i{color:#333}
.news-tools{border-top:1px solid #eee;margin-top:15px;padding-top:10px;display:flex;align-items:center;flex-wrap:wrap;gap:8px}
.news-tools a,.news-tools button{display:inline-block;font-size:12px;border:1px solid #ddd;border-radius:3px;padding:3px 9px;background:#fafafa;color:#333;cursor:pointer}
.news-tools .share-facebook{background:#3b5998;color:#fff;border-color:#3b5998}.news-tools .share-zalo{background:#0068ff;color:#fff;border-color:#0068ff}
.news-tools .share-twitter{background:#1da1f2;color:#fff;border-color:#1da1f2}.news-tools .share-label{font-weight:bold;font-size:12px}
.related-list,.other-list{list-style:none;margin:0;padding:0}.related-list li,.other-list li{padding:6px 0 6px 14px;border-bottom:1px dotted #ddd;background:url(/caugiay-theme/images/bullet.png) no-repeat 0 13px}
.related-list .date,.other-list .date{color:#999;font-size:12px;margin-left:4px}
.asset-publisher-list .news-item{padding:12px 0;border-bottom:1px solid #eee}.asset-publisher-list .news-image{float:left;width:180px;margin-right:15px}
.asset-publisher-list .news-image img{width:180px;height:120px;object-fit:cover}.asset-publisher-list .news-title{font-size:16px;margin:0 0 4px;line-height:1.35}
.asset-publisher-list .news-date{color:#999;font-size:12px;margin-bottom:5px}.asset-publisher-list .news-summary{color:#444;font-size:13px;line-height:1.5}
.taglib-page-iterator{margin:15px 0;font-size:13px}.taglib-page-iterator .search-results{color:#777;margin-bottom:6px}
.pager{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px}.pager li a,.pager li span{display:block;min-width:28px;text-align:center;padding:4px 8px;border:1px solid #ddd;border-radius:2px}
.pager li.active span{background:#c4161c;color:#fff;border-color:#c4161c}.pager li.disabled a{color:#bbb;cursor:default;pointer-events:none}
.sidebar .portlet-title{font-size:13px}.sidebar .box{background:#fff;border:1px solid #e5e5e5;margin-bottom:18px}
.sidebar .box-title{background:linear-gradient(#fafafa,#ececec);border-bottom:2px solid #c4161c;padding:8px 12px;font-weight:bold;color:#c4161c;text-transform:uppercase;font-size:13px}
.sidebar .box-body{padding:8px 12px}.featured-list,.most-read-list,.document-list,.link-list{list-style:none;margin:0;padding:0}
.featured-list li{overflow:hidden;padding:7px 0;border-bottom:1px dotted #ddd}.featured-list img{float:left;width:80px;height:55px;margin-right:8px;object-fit:cover}
.featured-list a{font-size:13px;line-height:1.35}.most-read-list{counter-reset:mr}.most-read-list li{counter-increment:mr;padding:7px 0 7px 28px;position:relative;border-bottom:1px dotted #ddd;font-size:13px}
.most-read-list li:before{content:counter(mr);position:absolute;left:0;top:7px;width:20px;height:20px;line-height:20px;border-radius:50%;background:#c4161c;color:#fff;text-align:center;font-size:11px}
.most-read-list .views{display:block;color:#999;font-size:11px}.document-list li{padding:6px 0 6px 22px;background:url(/caugiay-theme/images/icon-doc.png) no-repeat 0 8px;border-bottom:1px dotted #ddd;font-size:13px}
.link-list li{padding:5px 0;font-size:13px}.poll-form label{display:block;font-size:13px;margin:4px 0}.poll-form .btn{margin-top:6px}
.btn{display:inline-block;padding:5px 12px;font-size:13px;border-radius:3px;border:1px solid #b71c1c;background:#c4161c;color:#fff;cursor:pointer}
.stats-box td{padding:3px 6px;font-size:13px}.stats-box .num{font-weight:bold;color:#c4161c;text-align:right}
.banner-list a{display:block;margin-bottom:8px}.banner-list img{width:100%;height:auto;border:1px solid #eee}
.weather-widget{font-size:12px;color:#555}.weather-widget .temp{font-size:20px;color:#c4161c;font-weight:bold}
#footer{background:#7f0000;color:#f5f5f5;padding:20px 25px;font-size:13px;line-height:1.7;border-top:4px solid #ffc107}
#footer a{color:#ffeb3b}#footer .footer-menu{list-style:none;margin:0 0 10px;padding:0 0 10px;border-bottom:1px solid rgba(255,255,255,.2)}
#footer .footer-menu li{display:inline-block;margin-right:15px}#footer .footer-info p{margin:0}#footer .copyright{margin-top:10px;font-size:12px;color:#ddd}
.back-to-top{position:fixed;right:20px;bottom:20px;width:40px;height:40px;background:#c4161c url(/caugiay-theme/images/icon-top.png) no-repeat center;border-radius:50%;display:none;z-index:99}
.login-form label{display:block;margin:8px 0 3px}.login-form input{width:100%;padding:6px;border:1px solid #ccc;box-sizing:border-box}
.search-page .search-result{padding:8px 0;border-bottom:1px dotted #ddd}
@media (max-width:979px){.col-md-8,.col-md-4{width:100%}#banner{height:auto;min-height:110px}#banner .site-title{font-size:18px}
#navigation>ul{display:block}#navigation>ul>li>a{padding:10px}#navigation .child-menu{position:static;box-shadow:none;border:0}.search-box{position:static;padding:10px}}
@media (max-width:767px){.asset-publisher-list .news-image{float:none;width:100%;margin:0 0 8px}.asset-publisher-list .news-image img{width:100%;height:auto}
#banner .logo img{width:70px;height:70px}.top-bar .hotline{display:none}.news-tools{font-size:11px}}
@media print{#banner,#navigation,.sidebar,#footer,.news-tools,.related-news,.other-news,.breadcrumb,.news-ticker{display:none!important}#wrapper{box-shadow:none}.col-md-8{width:100%}}
.aui .tooltip{position:absolute;z-index:1030;display:block;font-size:11px;opacity:0}.aui .tooltip.in{opacity:.8}.aui .tooltip-inner{max-width:200px;padding:8px;color:#fff;text-align:center;background-color:#000;border-radius:4px}
.aui .dropdown-menu{position:absolute;top:100%;left:0;z-index:1000;display:none;float:left;min-width:160px;padding:5px 0;margin:2px 0 0;list-style:none;background-color:#fff;border:1px solid rgba(0,0,0,.2);border-radius:6px}
.aui .modal{position:fixed;top:10%;left:50%;z-index:1050;width:560px;margin-left:-280px;background-color:#fff;border:1px solid rgba(0,0,0,.3);border-radius:6px;outline:none}
.aui .modal-backdrop{position:fixed;top:0;right:0;bottom:0;left:0;z-index:1040;background-color:#000}.aui .modal-backdrop.fade{opacity:0}.aui .modal-backdrop.in{opacity:.8}
.lfr-spa-loading-bar{position:fixed;top:0;left:0;height:3px;background:#ffc107;z-index:2000;transition:width .3s}
.portlet-borderless-container{min-height:1em}.portlet-dropzone{min-height:1em}.lfr-meta-actions{float:right;font-size:11px}
.taglib-icon{white-space:nowrap}.taglib-icon img{vertical-align:middle;margin-right:3px}.lfr-panel-titlebar{cursor:pointer}
.font-size-controls button{border:1px solid #ccc;background:#fff;font-size:11px;padding:1px 5px;margin-left:2px;cursor:pointer}
"""


def head_scripts(lang: str, current_path: str, plid: int) -> str:
    """The bootstrap Liferay 6.2 prints in every page head."""
    language_id = LANGUAGE_ID[lang]
    escaped_path = current_path.replace("/", "\\u002f")
    encoded_path = quote(current_path, safe="")
    return f"""	<script type="text/javascript">
	/*<![CDATA[*/
		var Liferay = {{
			Browser: {{
				acceptsGzip: function() {{ return true; }},
				getMajorVersion: function() {{ return 0.0; }},
				getRevision: function() {{ return ""; }},
				getVersion: function() {{ return ""; }},
				isAir: function() {{ return false; }},
				isChrome: function() {{ return false; }},
				isFirefox: function() {{ return false; }},
				isGecko: function() {{ return false; }},
				isIe: function() {{ return false; }},
				isIphone: function() {{ return false; }},
				isLinux: function() {{ return false; }},
				isMac: function() {{ return false; }},
				isMobile: function() {{ return false; }},
				isMozilla: function() {{ return false; }},
				isOpera: function() {{ return false; }},
				isRtf: function() {{ return true; }},
				isSafari: function() {{ return false; }},
				isSun: function() {{ return false; }},
				isWap: function() {{ return false; }},
				isWapXhtml: function() {{ return false; }},
				isWebKit: function() {{ return false; }},
				isWindows: function() {{ return false; }},
				isWml: function() {{ return false; }}
			}},
			Data: {{
				NAV_SELECTOR: '#navigation',
				isCustomizationView: function() {{ return false; }},
				notices: [null]
			}},
			ThemeDisplay: {{
				getLayoutId: function() {{ return "27"; }},
				getLayoutURL: function() {{ return "{"/en" if lang == "en" else ""}/dang-doan-the"; }},
				getParentLayoutId: function() {{ return "0"; }},
				isPrivateLayout: function() {{ return "false"; }},
				isVirtualLayout: function() {{ return false; }},
				getBCP47LanguageId: function() {{ return "{LANG_ATTR[lang]}"; }},
				getCDNBaseURL: function() {{ return ""; }},
				getCDNDynamicResourcesHost: function() {{ return ""; }},
				getCDNHost: function() {{ return ""; }},
				getCompanyId: function() {{ return "10154"; }},
				getCompanyGroupId: function() {{ return "10194"; }},
				getDefaultLanguageId: function() {{ return "vi_VN"; }},
				getDoAsUserIdEncoded: function() {{ return ""; }},
				getLanguageId: function() {{ return "{language_id}"; }},
				getParentGroupId: function() {{ return "10180"; }},
				getPathContext: function() {{ return ""; }},
				getPathImage: function() {{ return "/image"; }},
				getPathJavaScript: function() {{ return "/html/js"; }},
				getPathMain: function() {{ return "/c"; }},
				getPathThemeImages: function() {{ return "/caugiay-theme/images"; }},
				getPathThemeRoot: function() {{ return "/caugiay-theme"; }},
				getPlid: function() {{ return "{plid}"; }},
				getPortalURL: function() {{ return ""; }},
				getPortletSetupShowBordersDefault: function() {{ return true; }},
				getScopeGroupId: function() {{ return "10180"; }},
				getScopeGroupIdOrLiveGroupId: function() {{ return "10180"; }},
				getSessionId: function() {{ return ""; }},
				getSiteGroupId: function() {{ return "10180"; }},
				getURLControlPanel: function() {{ return "/group/control_panel?refererPlid={plid}"; }},
				getURLHome: function() {{ return "\\u002fweb\\u002fguest"; }},
				getUserId: function() {{ return "10158"; }},
				getUserName: function() {{ return ""; }},
				isAddSessionIdToURL: function() {{ return false; }},
				isFreeformLayout: function() {{ return false; }},
				isImpersonated: function() {{ return false; }},
				isSignedIn: function() {{ return false; }},
				isStateExclusive: function() {{ return false; }},
				isStateMaximized: function() {{ return false; }},
				isStatePopUp: function() {{ return false; }}
			}},
			PropsValues: {{
				NTLM_AUTH_ENABLED: false
			}}
		}};

		var themeDisplay = Liferay.ThemeDisplay;

		Liferay.AUI = {{
			getAvailableLangPath: function() {{ return 'available_languages.jsp?browserId=other&themeId=caugiay_WAR_caugiaytheme&colorSchemeId=01&languageId={language_id}&b=6210&t=1641519960000'; }},
			getCombine: function() {{ return true; }},
			getComboPath: function() {{ return '/combo/?browserId=other&minifierType=&languageId={language_id}&b=6210&t=1641519960000&'; }},
			getFilter: function() {{ return 'min'; }},
			getJavaScriptRootPath: function() {{ return '/html/js'; }},
			getLangPath: function() {{ return 'aui_lang.jsp?browserId=other&themeId=caugiay_WAR_caugiaytheme&colorSchemeId=01&languageId={language_id}&b=6210&t=1641519960000'; }}
		}};

		Liferay.authToken = 'Xb9tQ2Lp';
		Liferay.currentURL = '{escaped_path}';
		Liferay.currentURLEncoded = '{encoded_path}';
	/*]]>*/
	</script>

	<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=caugiay_WAR_caugiaytheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId={language_id}&amp;b=6210&amp;t=1641519960000" type="text/javascript"></script>

	<script type="text/javascript">
	/*<![CDATA[*/
		Liferay.Portlet.list = ['56_INSTANCE_hdr01', '{PORTLET_ID}', '101_INSTANCE_tinNB', '101_INSTANCE_docNN', '110_INSTANCE_vbMoi', '25_INSTANCE_poll1', '56_INSTANCE_lkWeb', '56_INSTANCE_stats', '71_INSTANCE_navFt'];
	/*]]>*/
	</script>
"""


ANALYTICS = """	<script type="text/javascript">
		var _gaq = _gaq || [];
		_gaq.push(['_setAccount', 'UA-35561234-1']);
		_gaq.push(['_trackPageview']);
		(function() {
			var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
			ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
			var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
		})();
	</script>
	<script async src="https://www.googletagmanager.com/gtag/js?id=G-CGHN2022XY"></script>
	<script>
		window.dataLayer = window.dataLayer || [];
		function gtag(){dataLayer.push(arguments);}
		gtag('js', new Date());
		gtag('config', 'G-CGHN2022XY', { 'anonymize_ip': true });
	</script>
"""


def body_end_scripts(lang: str, plid: int) -> str:
    """Portlet initialisation and theme widgets printed before ``</body>``."""
    portlets = (
        "56_INSTANCE_hdr01",
        PORTLET_ID,
        "101_INSTANCE_tinNB",
        "101_INSTANCE_docNN",
        "110_INSTANCE_vbMoi",
        "25_INSTANCE_poll1",
        "56_INSTANCE_lkWeb",
        "56_INSTANCE_stats",
    )
    onload = "\n".join(
        f"""		Liferay.Portlet.onLoad(
			{{
				canEditTitle: false,
				columnPos: {n},
				isStatic: 'end',
				namespacedId: 'p_p_id_{pid}_',
				portletId: '{pid}',
				refreshURL: '\\u002fc\\u002fportal\\u002frender_portlet?p_l_id={plid}&p_p_id={pid}&p_p_lifecycle=0&p_t_lifecycle=0&p_p_state=normal&p_p_mode=view&p_p_col_id=column-{1 + n % 2}&p_p_col_pos={n}&p_p_col_count=8&p_p_isolated=1&currentURL=%2Fdang-doan-the'
			}}
		);"""
        for n, pid in enumerate(portlets)
    )
    weather = LABELS[lang]["weather"]
    return f"""	<script type="text/javascript">
	/*<![CDATA[*/
{onload}

		AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{
			(function() {{
				Liferay.Util.addInputType();
				Liferay.Portlet.ready(
					function(portletId, node) {{
						Liferay.Util.addInputType(node);
					}}
				);
				if (A.UA.mobile) {{
					Liferay.Util.addInputCancel();
				}}
			}})();
			(function() {{
				new Liferay.Menu();
				var liferayNotices = Liferay.Data.notices;
				for (var i = 1; i < liferayNotices.length; i++) {{
					new Liferay.Notice(liferayNotices[i]);
				}}
			}})();
			(function() {{
				Liferay.Session = new Liferay.SessionBase(
					{{
						autoExtend: true,
						sessionLength: 30,
						redirectOnExpire: false,
						redirectUrl: '\\u002fweb\\u002fguest',
						warningLength: 1
					}}
				);
			}})();
		}});
	/*]]>*/
	</script>

	<script type="text/javascript">
		// Lazy images: the theme swaps data-src into src when the photo scrolls into view.
		(function() {{
			var imgs = document.querySelectorAll('img.lazy[data-src]');
			function show() {{
				for (var i = 0; i < imgs.length; i++) {{
					var r = imgs[i].getBoundingClientRect();
					if (r.top < window.innerHeight + 200 && !imgs[i].getAttribute('data-loaded')) {{
						imgs[i].src = imgs[i].getAttribute('data-src');
						imgs[i].setAttribute('data-loaded', '1');
					}}
				}}
			}}
			window.addEventListener('scroll', show);
			window.addEventListener('load', show);
		}})();

		// Weather box: builds its own markup.
		(function() {{
			var box = document.getElementById('weather-widget');
			if (!box) return;
			var t = 27, desc = 'Nhiều mây';
			box.innerHTML = '<div class="title">{weather}</div><p><span class="temp">' + t + '&deg;C</span> ' + desc + '</p>';
		}})();

		// Font size buttons of the article tools.
		(function() {{
			var size = 15;
			var buttons = document.querySelectorAll('.btn-font-size');
			for (var i = 0; i < buttons.length; i++) {{
				buttons[i].onclick = function() {{
					size += parseInt(this.getAttribute('data-size'), 10);
					var el = document.querySelector('.journal-content-article');
					if (el) el.style.fontSize = size + 'px';
				}};
			}}
		}})();

		// Back to top.
		(function() {{
			var btn = document.querySelector('.back-to-top');
			window.onscroll = function() {{
				if (btn) btn.style.display = (document.documentElement.scrollTop > 300) ? 'block' : 'none';
			}};
		}})();
	</script>

	<script src="https://sp.zalo.me/plugins/sdk.js" async></script>
	<div id="fb-root"></div>
	<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v12.0"></script>
"""


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)
