<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>이 대피소에 있음 (실내)</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>이 대피소에 있음 (차 안)</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>이 대피소에 있음 (자택)</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>이 대피소에 있음 (다른 곳)</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>잠시 외출 중</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>이 대피소를 떠남</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>서기 연도
(예: 1973)</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>날짜가 아닙니다. 1973/5/3 처럼 입력하세요.</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>언제 태어나셨나요? 연도를 세는 방법을 고르세요.</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>연도 범위를 고르세요.</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>연도를 고르세요.</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>월을 고르세요.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>일을 고르세요.</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>이것이 생년월일이 맞습니까?</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>네, 맞습니다</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>처음부터 다시</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>뒤로</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>또는 숫자로 입력하세요 (예: 1973/5/3):</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>이 날짜로 하기</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>생년월일 (숫자)</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>이전 단계로 돌아가기</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>이 코드를 읽을 수 없습니다. 손상되었거나 피난소 접수용 코드가 아닙니다. 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>이 코드는 이 키오스크가 모르는 새 형식({prefix})입니다. 키오스크 소프트웨어를 업데이트하거나 직원에게 수기 등록을 요청하세요.</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>이 코드는 이 키오스크가 신뢰하지 않는 키(키 ID {kid})로 서명되었습니다. 최신 신뢰 목록을 가져오거나 직원에게 수기 등록을 요청하세요.</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>이 코드의 서명이 유효하지 않습니다. 변조되었거나 시에서 발급한 코드가 아닙니다. 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>이 코드는 {expired}에 만료되었습니다. 앱을 열어 새 코드를 보여 주거나 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>이 코드는 아직 유효하지 않습니다(발급: {issued}). 키오스크의 날짜와 시간을 확인하거나 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>이 코드는 {retired}에 폐기된 키(키 ID {kid})로 서명되었습니다. 앱을 열어 새 코드를 보여 주거나 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>이 코드는 {valid_from}부터 유효한 키(키 ID {kid})로 서명되었습니다. 키오스크의 날짜와 시간을 확인하거나 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>이 접수표는 다른 피난소({shelter})에서 발급되었습니다. 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>이 접수표는 이전에 피난소를 열었을 때의 것(인쇄: {issued})이라 더 이상 유효하지 않습니다. 접수처 직원에게 새 접수표를 받으세요.</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>이 접수표는 {issued}에 인쇄되었고, 이곳의 접수표는 {days}일 동안 유효합니다. 접수처 직원에게 새 접수표를 받으세요.</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>유효한 마이넘버가 아닙니다. 카드 뒷면을 다시 보여 주거나 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>마이넘버는 12자리인데 이 번호는 {count}자리입니다. 카드 뒷면을 다시 보여 주거나 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>마이넘버는 숫자로만 되어 있습니다. 카드 뒷면의 QR 코드를 보여 주거나 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>이 마이넘버의 검사 숫자가 맞지 않습니다. 잘못 읽혔거나 잘못 입력되었습니다. 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>이 피난소는 닫혀 있어 접수를 받지 않습니다.</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>리더기에 카드가 없습니다. 카드를 리더기 위에 올려 주세요.</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>카드를 너무 일찍 뗐습니다. 다시 올려놓고 기다려 주세요.</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>카드를 읽을 수 없습니다. 카드를 뗀 후 다시 시도하세요.</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>마이넘버 카드가 아니거나 카드의 정보 애플리케이션을 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>PIN: 카드 PIN 4자리를 입력하세요.</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>PIN이 틀렸습니다. 카드가 잠기기까지 {tries_left}번 남았습니다.</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>PIN을 3번 틀려 카드가 잠겼습니다. 시청 창구에서 잠금을 풀 수 있으며, 직원이 카드를 직접 작성할 수 있습니다.</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>1번만 남았습니다. 지금 PIN을 틀리면 카드가 잠깁니다. 시도하기 전에 직원의 확인이 필요합니다.</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>이 카드는 댈 때마다 다른 ID가 나옵니다(휴대전화, 마이넘버 카드, 개인정보 보호 카드). 그래서 연결할 수 없습니다. 교통카드나 시 카드를 사용하세요.</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>이 카드는 아무에게도 연결되어 있지 않습니다. 직원이 본인 카드에 연결할 수 있습니다.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>언어를 선택하세요</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>뒤로</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>언어를 바꾸지 않고 돌아가기</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>관계</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>후리가나(읽는 법)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>성별</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>임신 중</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>영유아</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>장애</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>청각 장애</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>시각 장애</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>휠체어</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>요양 필요</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>질병</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>복용 중인 약</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>알레르기</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>식사 제한</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>가족</translation>
        </message>
        <message>
            <source>City</source>
            <translation>시청</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>지역 자율방재조직</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>병원</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>대피소</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>도착 일시</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>접수 직원</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>세대·연락처</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>주소</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>전화번호</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>비상 연락처 (이름·전화)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>대피하는 사람</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>머무는 곳</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>차량 번호</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>차종·색상</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>다른 장소</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>배려가 필요한 사항</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>요양 등급</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>알레르기</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>사용 언어</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>반려동물·주택 피해</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>반려동물 (종류·수)</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>주택 피해</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>정보 제공 동의</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>직원 기입란</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>입력일</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>입력자</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>비고</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>피난자 카드</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>작성 후 접수처에 제출해 주세요. 나중에 직원이 QR 코드를 읽어 입력합니다.</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>1번이 대표자</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>대피소 안</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>차 안</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>자택</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>기타</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>해당하는 사람의 번호를 기입</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>일부 파손</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>반파</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>전파</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>모름</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>누군가 당신의 안부를 물으면 이 대피소에 있다고 알려도 될까요?</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>내 카드 정보를 다음에 제공하는 데 동의합니다 (해당하는 것에 모두 표시):</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>평상시</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>재해 시</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>입력 후 줄을 그음</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>인쇄</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>본인 (대표)</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>어서 오세요. 여기에서 접수하세요.</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>방재 앱의 QR 코드 또는 마이넘버 카드 뒷면의 QR 코드를 카메라에 대 주세요.</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>코드가 없으신가요? "직원 호출"을 누르세요. 도와드리겠습니다.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>직원 호출</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>직원용</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>직원용: 셀프 접수 종료 (PIN)</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>제가 아닙니다</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>처음으로 돌아가기</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>간단한 설문에 답하기</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name} (이미 접수됨)</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>직원이 도와드리러 갑니다.</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>답변해 주셔서 감사합니다.</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>감사합니다. 접수가 완료되었습니다.</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>안으로 들어가세요.</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>안으로 들어가세요. 대피소가 혼잡합니다: 직원이 자리를 안내해 드립니다.</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>직원이 오고 있습니다. 여기에서 기다려 주세요.</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>접수처 직원에게 문의하세요.</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>이 카드는 아직 등록되지 않았습니다. 직원이 피난자 카드 작성을 도와드립니다.</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>본인이 맞습니까?</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>본인과 가족이 맞습니까?</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>네, 접수합니다 (%n명)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>이 표를 잘 보관하세요. 외출, 귀소, 물자를 받을 때 보여 주세요.</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>피난자 접수표</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>접수표 번호 {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>접수: {time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>접수표 인쇄</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>현재 상태</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>지금 어떠세요? 답하고 싶지 않은 질문은 건너뛰어도 됩니다.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>요청</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>어떤 도움이 필요하세요? 요청은 시에 전달됩니다.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>어려운 점</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>어려운 점을 알려 주세요. 시에 전달됩니다.</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>대피소 생활에 얼마나 만족하세요?</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>매우 불만족</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>매우 만족</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>몸 상태는 어떠세요?</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>매우 나쁨</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>매우 좋음</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>잠은 잘 주무세요?</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>전혀 못 잠</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>아주 잘 잠</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>스트레스나 걱정을 얼마나 느끼세요?</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>매우 많음</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>음식과 물은 충분한가요?</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>지금 다음 증상이 있나요?</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>지금 가장 필요한 것은 무엇인가요?</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>간호사, 상담원 또는 직원과 이야기하고 싶으세요?</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>시나 대피소에 대한 기타 요청</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>다음 중 곤란한 점이 있나요?</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>대피소에서 위험을 느끼거나 괴롭힘을 당한 적이 있나요?</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>다른 어려운 점을 적어 주세요</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>발열</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>기침 또는 목 통증</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>설사 또는 구토</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>다리 부기 또는 통증</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>해당 없음</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>음식</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>마실 물</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>약</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>위생용품</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>옷 또는 속옷</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>침구 또는 매트</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>아기 용품</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>사생활 보호용 칸막이</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>지원에 관한 정보</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>화장실</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>밤의 소음이나 불빛</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>공간이 너무 좁음</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>너무 덥거나 추움</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>청결</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>반려동물</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>규칙이나 다른 사람과의 관계</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>휠체어 사용자나 장애인의 이동</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>예</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>생년월일</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>{n} / {total}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>누가 답하나요?</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>설문 그만두기</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>뒤로</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>이 부분 건너뛰기</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>생년월일 건너뛰기</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>답변 보내기</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>다음</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>보내지 않고 설문 그만두기</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>이전 부분으로 돌아가기</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>다음 부분</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>카드에 생년월일이 없습니다. 생년월일이 있으면 직원이 나이에 맞는 도움과 물자(아기용, 어르신용 등)를 준비할 수 있습니다. 건너뛰어도 됩니다.</translation>
        </message>
    </context>
</TS>
