<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>在本避難所（室內）</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>在本避難所（車內）</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>在本避難所（在家）</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>在本避難所（其他地方）</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>暫時外出</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>已離開本避難所</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>西元年份
（例：1973）</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>這不是日期。請按 1973/5/3 的格式輸入。</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>您是什麼時候出生的？請選擇紀年方式。</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>請選擇年份範圍。</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>請選擇年份。</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>請選擇月份。</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>請選擇日期。</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>這是您的出生日期嗎？</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>是的，正確</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>重新開始</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>或用數字輸入，例如 1973/5/3：</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>使用這個日期</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>出生日期（數字）</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>返回上一步</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>無法讀取此QR碼：QR碼已損壞，或不是避難所接待用的QR碼。請詢問工作人員。</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>此QR碼使用了本機尚不支援的新格式（{prefix}）。請更新本機軟體，或請工作人員手動登記。</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>此QR碼的簽章金鑰不受本機信任（金鑰ID {kid}）。請匯入最新的信任清單，或請工作人員手動登記。</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>此QR碼的簽章無效：已被竄改，或並非由市政府發行。請詢問工作人員。</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>此QR碼已於 {expired} 過期。請開啟應用程式顯示新的QR碼，或詢問工作人員。</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>此QR碼尚未生效（發行於 {issued}）。請檢查本機的日期和時間，或詢問工作人員。</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>此QR碼的簽章金鑰已於 {retired} 停用（金鑰ID {kid}）。請開啟應用程式顯示新的QR碼，或詢問工作人員。</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>此QR碼的簽章金鑰自 {valid_from} 起才有效（金鑰ID {kid}）。請檢查本機的日期和時間，或詢問工作人員。</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>此登記單由其他避難所（{shelter}）發行。請詢問工作人員。</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>此登記單來自本避難所之前的一次開設（列印於 {issued}），已經失效。請到服務台向工作人員領取新的登記單。</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>此登記單列印於 {issued}，本處登記單的有效期為 {days} 天。請到服務台向工作人員領取新的登記單。</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>這不是有效的個人編號。請再次出示卡片背面，或詢問工作人員。</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>個人編號有 12 位數字，此編號有 {count} 位。請再次出示卡片背面，或詢問工作人員。</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>個人編號只由數字組成。請出示卡片背面的QR碼，或詢問工作人員。</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>此個人編號的檢查碼不正確：可能讀錯或輸入錯誤。請再試一次。</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>本避難所已關閉：不接受登記。</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>讀卡機上沒有卡片。請把卡片放在讀卡機上。</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>卡片拿開得太早了。請重新放上並稍候。</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>無法讀取此卡片。請把卡片拿開後再試一次。</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>這不是個人編號卡，或此卡的卡片資訊應用程式無法使用。</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>密碼：請輸入卡片密碼的 4 位數字。</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>密碼錯誤。還剩 {tries_left} 次機會，之後卡片將被鎖定。</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>密碼連續錯誤 3 次，卡片已被鎖定。市公所窗口可以解鎖；工作人員可以手動填寫登記卡。</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>只剩 1 次機會：現在輸錯密碼會鎖定此卡。嘗試前須由工作人員確認。</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>此卡每次感應時顯示的ID都不同（手機、個人編號卡或隱私保護卡），因此無法連結。請使用交通IC卡或市政卡。</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>此卡未與任何人連結。工作人員可以在本人的登記卡上連結此卡。</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>請選擇您的語言</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>不變更語言並返回</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>關係</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>假名讀音</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性別</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>懷孕</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>嬰幼兒</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>身心障礙</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>聽力障礙</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>視力障礙</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>輪椅</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>需要照護</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>疾病</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>服藥</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>過敏</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>飲食限制</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>家人</translation>
        </message>
        <message>
            <source>City</source>
            <translation>市政府</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>社區防災組織</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>醫院</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>避難所</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>抵達時間</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>接待人員</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>家庭與聯絡方式</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>緊急聯絡人（姓名、電話）</translation>
        </message>
        <message>
            <source>People</source>
            <translation>避難人員</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>住在哪裡</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>車牌號碼</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>車型、顏色</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>其他地點</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>需要照顧的事項</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>照護等級</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>過敏</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>使用語言</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>寵物與住家受損</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>寵物（種類、數量）</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>住家受損</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意提供資訊</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>工作人員填寫</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>輸入日期</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>輸入人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>備註</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>避難者登記卡</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>填寫後請交給接待處。工作人員稍後會掃描QR碼輸入。</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>1號是代表人</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>在避難所內</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>在車內</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>在家</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>其他地方</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>請寫上相關人員的編號</translation>
        </message>
        <message>
            <source>None</source>
            <translation>無</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>部分損壞</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>半毀</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>全毀</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不清楚</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>有人詢問您的安危時，可以告訴對方您在這裡嗎？</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>我同意將我的登記卡資訊提供給（請勾選所有適用項目）：</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>平時</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>災害時</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>輸入後劃線</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>列印</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>本人（代表）</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>歡迎。請在這裡辦理登記。</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>請將防災應用程式的QR碼或個人編號卡（My Number卡）背面的QR碼對準攝影機。</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>沒有QR碼？請按「呼叫工作人員」。我們會協助您。</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>呼叫工作人員</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人員</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>工作人員：退出自助登記（PIN）</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>這不是我</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>回到開始</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>回答簡短問卷</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name}（已登記）</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>工作人員會來協助您。</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>感謝您的回答。</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>謝謝。您已完成登記。</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>請進入裡面。</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>請進入裡面。避難所很擁擠：工作人員會為您帶路。</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>工作人員馬上就來。請在這裡等候。</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>請詢問服務台的工作人員。</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>這張卡尚未登記。工作人員會協助您填寫避難者登記卡。</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>這是您本人嗎？</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>這是您和您的家人嗎？</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>是的，登記（%n人）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>請保管好此單。外出、返回或領取物資時請出示。</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>避難者登記單</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>登記單號碼 {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>登記時間：{time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>列印登記單</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>您目前的狀況</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>您現在怎麼樣？不想回答的問題可以跳過。</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>需求</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>什麼樣的協助對您有幫助？需求會轉達給市政府。</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>困難</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>請告訴我們您遇到的困難。困難會轉達給市政府。</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>您對避難所的生活滿意嗎？</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>非常不滿意</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>非常滿意</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>您的身體狀況如何？</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>非常差</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>非常好</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>您睡得好嗎？</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>完全睡不著</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>睡得很好</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>您感到多大的壓力或擔心？</translation>
        </message>
        <message>
            <source>None</source>
            <translation>沒有</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>非常大</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>您的食物和飲用水夠嗎？</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>您現在有以下症狀嗎？</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>您現在最需要什麼？</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>您想和護理師、諮詢員或工作人員談談嗎？</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>對市政府或避難所的其他需求</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>以下哪些事讓您感到困擾？</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>您在避難所是否感到不安全或受到騷擾？</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>請描述其他困難</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>發燒</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>咳嗽或喉嚨痛</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>腹瀉或嘔吐</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>腿部腫脹或疼痛</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>以上皆無</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>食物</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>飲用水</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>藥品</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>衛生用品</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>衣服或內衣</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>寢具或墊子</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>嬰兒用品</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>保護隱私的隔板</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>有關援助的資訊</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>廁所</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>夜間的噪音或燈光</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>空間太小</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>太熱或太冷</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>清潔衛生</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>寵物</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>規則或與他人的關係</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>輪椅使用者或身心障礙者的通行</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>是</translation>
        </message>
        <message>
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>您的出生日期</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>第{n}部分，共{total}部分</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>誰來回答？</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>停止問卷</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>跳過這部分</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>跳過出生日期</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>送出回答</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>不送出並停止問卷</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>返回上一部分</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>下一部分</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>您的卡片上沒有出生日期。有了它，工作人員可以依您的年齡準備協助和物資（例如嬰兒用品、長者用品）。您也可以跳過。</translation>
        </message>
    </context>
</TS>
