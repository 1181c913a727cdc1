<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>Ở nơi sơ tán này (bên trong)</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>Ở nơi sơ tán này (trong xe)</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>Ở nơi sơ tán này (ở nhà)</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>Ở nơi sơ tán này (nơi khác)</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>Đang ra ngoài</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>Đã rời nơi sơ tán này</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>Năm dương lịch
(ví dụ: 1973)</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>Đây không phải ngày. Hãy nhập như 1973/5/3.</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>Bạn sinh khi nào? Hãy chọn cách tính năm.</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>Hãy chọn khoảng năm.</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>Hãy chọn năm.</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>Hãy chọn tháng.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>Hãy chọn ngày.</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>Đây có phải ngày sinh của bạn không?</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>Đúng, chính xác</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Làm lại từ đầu</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>Hoặc nhập bằng số, ví dụ 1973/5/3:</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>Dùng ngày này</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>Ngày sinh bằng số</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Quay lại bước trước</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>Không đọc được mã này: mã bị hỏng hoặc không phải là mã tiếp nhận của nơi sơ tán. Hãy hỏi nhân viên.</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>Mã này dùng định dạng mới ({prefix}) mà máy này chưa biết. Hãy cập nhật phần mềm của máy, hoặc nhờ nhân viên đăng ký bằng tay.</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>Mã này được ký bằng một khóa mà máy này không tin cậy (mã khóa {kid}). Hãy nhập danh sách tin cậy mới nhất, hoặc nhờ nhân viên đăng ký bằng tay.</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>Chữ ký của mã này không hợp lệ: mã đã bị sửa đổi hoặc không do Thành phố cấp. Hãy hỏi nhân viên.</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>Mã này đã hết hạn vào {expired}. Hãy mở ứng dụng để hiện mã mới, hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Mã này chưa có hiệu lực (cấp ngày {issued}). Hãy kiểm tra ngày giờ của máy, hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>Mã này được ký bằng một khóa đã ngừng dùng từ {retired} (mã khóa {kid}). Hãy mở ứng dụng để hiện mã mới, hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Mã này được ký bằng một khóa chỉ có hiệu lực từ {valid_from} (mã khóa {kid}). Hãy kiểm tra ngày giờ của máy, hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>Phiếu này do một nơi sơ tán khác ({shelter}) cấp. Hãy hỏi nhân viên.</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>Phiếu này là của lần mở nơi sơ tán trước đây (in ngày {issued}) và không còn hiệu lực. Hãy xin nhân viên ở quầy tiếp nhận một phiếu mới.</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>Phiếu này được in ngày {issued}, và ở đây phiếu chỉ có hiệu lực {days} ngày. Hãy xin nhân viên ở quầy tiếp nhận một phiếu mới.</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>Đây không phải là mã số My Number hợp lệ. Hãy đưa lại mặt sau của thẻ, hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>Mã số My Number có 12 chữ số; mã này có {count} chữ số. Hãy đưa lại mặt sau của thẻ, hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>Mã số My Number chỉ gồm chữ số. Hãy đưa mã QR ở mặt sau thẻ, hoặc hỏi nhân viên.</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>Chữ số kiểm tra của mã số My Number này bị sai: đã đọc hoặc nhập nhầm. Hãy thử lại.</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>Nơi sơ tán này đã đóng: không nhận tiếp nhận.</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>Không có thẻ trên đầu đọc. Hãy đặt thẻ lên đầu đọc.</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>Thẻ đã được lấy ra khỏi đầu đọc quá sớm. Hãy đặt lại và chờ.</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>Không đọc được thẻ. Hãy lấy thẻ ra khỏi đầu đọc rồi thử lại.</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>Đây không phải là thẻ My Number, hoặc không thể dùng ứng dụng thông tin của thẻ.</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>Mã PIN: hãy nhập 4 chữ số mã PIN của thẻ.</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>Sai mã PIN. Còn {tries_left} lần thử trước khi thẻ bị khóa.</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>Mã PIN của thẻ đã bị khóa sau 3 lần nhập sai. Văn phòng thành phố có thể mở khóa; nhân viên có thể điền thẻ bằng tay.</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>Chỉ còn 1 lần thử: nếu nhập sai mã PIN bây giờ, thẻ sẽ bị khóa. Nhân viên phải xác nhận trước khi thử.</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>Thẻ này hiện một ID khác mỗi lần chạm (điện thoại, thẻ My Number hoặc thẻ bảo mật), nên không thể liên kết. Hãy dùng thẻ IC giao thông hoặc thẻ của thành phố.</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>Thẻ này chưa được liên kết với ai. Nhân viên có thể liên kết thẻ trong phiếu của người đó.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>Hãy chọn ngôn ngữ của bạn</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Quay lại, không đổi ngôn ngữ</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>Quan hệ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Họ tên</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>Cách đọc (kana)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Giới tính</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Ngày sinh</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Đang mang thai</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>Trẻ nhỏ</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Khuyết tật</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Khiếm thính</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>Khiếm thị</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>Xe lăn</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>Cần chăm sóc</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>Bệnh</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Thuốc đang dùng</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Dị ứng</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>Hạn chế ăn uống</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Gia đình</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Thành phố</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>Tổ phòng chống thiên tai khu phố</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Bệnh viện</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Nơi sơ tán</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Thời gian đến</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Nhân viên tiếp nhận</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>Hộ gia đình và liên lạc</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Liên lạc khẩn cấp (tên, điện thoại)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Người sơ tán</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>Bạn ở đâu</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>Biển số xe</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>Loại xe, màu</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>Nơi khác</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>Điều cần hỗ trợ</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Mức độ chăm sóc</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Dị ứng</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>Thú cưng và thiệt hại nhà</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>Thú cưng: loại, số lượng</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>Thiệt hại nhà</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Đồng ý cung cấp thông tin</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>Phần của nhân viên</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Ngày nhập</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Người nhập</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>Thẻ người sơ tán</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>Điền rồi nộp cho quầy tiếp nhận. Sau đó nhân viên sẽ quét mã QR để nhập.</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>Số 1 là người đại diện</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>Trong nơi sơ tán</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>Trong xe</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>Ở nhà</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Nơi khác</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>Ghi số của người liên quan</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Hư hại một phần</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>Hư hại một nửa</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Hư hại hoàn toàn</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Không rõ</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>Khi có người hỏi thăm, chúng tôi có thể nói bạn đang ở đây không?</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>Tôi đồng ý cung cấp thông tin thẻ cho (đánh dấu tất cả mục phù hợp):</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>Lúc bình thường</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Khi có thảm họa</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>Gạch đi khi đã nhập</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>đã in</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Bản thân (đại diện)</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>Xin chào. Hãy làm thủ tục tiếp nhận tại đây.</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>Hãy đưa mã QR của ứng dụng phòng chống thiên tai hoặc mã QR ở mặt sau thẻ My Number lên trước camera.</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>Không có mã? Hãy bấm “Gọi nhân viên”. Chúng tôi sẽ giúp bạn.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Gọi nhân viên</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Nhân viên</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>Nhân viên: thoát chế độ tự tiếp nhận (PIN)</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>Đây không phải tôi</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Quay lại từ đầu</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>Trả lời một khảo sát ngắn</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name} (đã tiếp nhận)</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>Nhân viên sẽ đến giúp bạn.</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>Cảm ơn bạn đã trả lời.</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>Cảm ơn. Bạn đã được tiếp nhận.</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>Xin mời vào trong.</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>Xin mời vào trong. Nơi sơ tán đang đông: nhân viên sẽ chỉ chỗ cho bạn.</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>Nhân viên đang đến. Hãy đợi ở đây.</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>Hãy hỏi nhân viên ở quầy tiếp nhận.</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>Thẻ này chưa được đăng ký. Nhân viên sẽ giúp bạn điền thẻ người sơ tán.</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>Đây có phải là bạn không?</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>Đây có phải là bạn và gia đình bạn không?</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>Đúng, tiếp nhận (%n người)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>Hãy giữ phiếu này. Xuất trình khi ra ngoài, khi quay về hoặc khi nhận đồ cứu trợ.</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>Phiếu tiếp nhận người sơ tán</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>Phiếu số {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>Tiếp nhận lúc: {time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>In phiếu tiếp nhận</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>Tình trạng hiện tại của bạn</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>Bạn thế nào? Bạn có thể bỏ qua câu hỏi không muốn trả lời.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Yêu cầu</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>Điều gì sẽ giúp ích cho bạn? Yêu cầu sẽ được chuyển đến thành phố.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Khó khăn</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>Hãy cho chúng tôi biết điều gì khó khăn. Khó khăn sẽ được chuyển đến thành phố.</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>Bạn hài lòng thế nào với cuộc sống ở nơi sơ tán?</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>Rất không hài lòng</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>Rất hài lòng</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>Sức khỏe thể chất của bạn thế nào?</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>Rất kém</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>Rất tốt</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>Bạn ngủ có ngon không?</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>Hoàn toàn không ngủ được</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>Ngủ rất ngon</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>Bạn cảm thấy căng thẳng hoặc lo lắng đến mức nào?</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Không có</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>Rất nhiều</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>Bạn có đủ thức ăn và nước uống không?</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>Hiện bạn có triệu chứng nào sau đây không?</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>Bây giờ bạn cần gì nhất?</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>Bạn có muốn nói chuyện với y tá, người tư vấn hoặc nhân viên không?</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>Yêu cầu khác gửi thành phố hoặc nơi sơ tán</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>Điều nào sau đây là khó khăn với bạn?</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>Bạn có cảm thấy không an toàn hoặc bị quấy rối ở nơi sơ tán không?</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>Hãy mô tả khó khăn khác</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>Sốt</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>Ho hoặc đau họng</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>Tiêu chảy hoặc nôn</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>Chân sưng hoặc đau</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>Không có điều nào</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Thức ăn</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>Nước uống</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Thuốc</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>Đồ vệ sinh</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>Quần áo hoặc đồ lót</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>Chăn nệm hoặc tấm trải</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>Đồ dùng cho em bé</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>Vách ngăn riêng tư</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>Thông tin về hỗ trợ</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>Nhà vệ sinh</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>Tiếng ồn hoặc ánh sáng ban đêm</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>Chỗ quá chật</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>Quá nóng hoặc quá lạnh</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>Vệ sinh sạch sẽ</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>Thú cưng</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>Quy định hoặc quan hệ với người khác</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>Đi lại cho xe lăn hoặc người khuyết tật</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>Có</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Không</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>Ngày sinh của bạn</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>Phần {n}/{total}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>Ai đang trả lời?</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>Dừng khảo sát</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>Bỏ qua phần này</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>Bỏ qua ngày sinh</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>Gửi câu trả lời</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Tiếp</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>Dừng khảo sát, không gửi</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>Quay lại phần trước</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>Phần tiếp theo</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>Thẻ của bạn chưa có ngày sinh. Có ngày sinh, nhân viên có thể chuẩn bị hỗ trợ và vật dụng phù hợp với tuổi của bạn (cho em bé và cho người cao tuổi). Bạn có thể bỏ qua.</translation>
        </message>
    </context>
</TS>
