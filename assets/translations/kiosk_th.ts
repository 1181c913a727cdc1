<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>อยู่ที่ศูนย์พักพิงนี้ (ข้างใน)</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>อยู่ที่ศูนย์พักพิงนี้ (ในรถ)</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>อยู่ที่ศูนย์พักพิงนี้ (อยู่บ้าน)</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>อยู่ที่ศูนย์พักพิงนี้ (ที่อื่น)</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>ออกไปข้างนอกชั่วคราว</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>ออกจากศูนย์พักพิงนี้แล้ว</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>ปีคริสต์ศักราช
(เช่น 1973)</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>นี่ไม่ใช่วันที่ พิมพ์แบบนี้: 1973/5/3</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>คุณเกิดเมื่อไร? เลือกวิธีนับปีของคุณ</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>เลือกช่วงปี</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>เลือกปี</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>เลือกเดือน</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>เลือกวันที่</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>นี่คือวันเกิดของคุณใช่ไหม?</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>ใช่ ถูกต้อง</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>เริ่มใหม่</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>กลับ</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>หรือพิมพ์เป็นตัวเลข เช่น 1973/5/3:</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>ใช้วันที่นี้</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>วันเกิดเป็นตัวเลข</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>กลับไปขั้นตอนก่อนหน้า</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>ไม่สามารถอ่านโค้ดนี้ได้ โค้ดเสียหายหรือไม่ใช่โค้ดลงทะเบียนของศูนย์พักพิง กรุณาสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>โค้ดนี้ใช้รูปแบบใหม่ ({prefix}) ที่เครื่องนี้ยังไม่รู้จัก กรุณาอัปเดตซอฟต์แวร์ของเครื่อง หรือขอให้เจ้าหน้าที่ลงทะเบียนด้วยมือ</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>โค้ดนี้ลงนามด้วยกุญแจที่เครื่องนี้ไม่เชื่อถือ (รหัสกุญแจ {kid}) กรุณานำเข้ารายการที่เชื่อถือล่าสุด หรือขอให้เจ้าหน้าที่ลงทะเบียนด้วยมือ</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>ลายเซ็นของโค้ดนี้ไม่ถูกต้อง โค้ดถูกแก้ไขหรือไม่ได้ออกโดยเทศบาล กรุณาสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>โค้ดนี้หมดอายุเมื่อ {expired} กรุณาเปิดแอปเพื่อแสดงโค้ดใหม่ หรือสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>โค้ดนี้ยังใช้ไม่ได้ (ออกเมื่อ {issued}) กรุณาตรวจสอบวันที่และเวลาของเครื่อง หรือสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>โค้ดนี้ลงนามด้วยกุญแจที่เลิกใช้เมื่อ {retired} (รหัสกุญแจ {kid}) กรุณาเปิดแอปเพื่อแสดงโค้ดใหม่ หรือสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>โค้ดนี้ลงนามด้วยกุญแจที่ใช้ได้ตั้งแต่ {valid_from} เท่านั้น (รหัสกุญแจ {kid}) กรุณาตรวจสอบวันที่และเวลาของเครื่อง หรือสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>ใบลงทะเบียนนี้ออกโดยศูนย์พักพิงอื่น ({shelter}) กรุณาสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>ใบลงทะเบียนนี้มาจากการเปิดศูนย์พักพิงครั้งก่อน (พิมพ์เมื่อ {issued}) และใช้ไม่ได้แล้ว กรุณาขอใบใหม่จากเจ้าหน้าที่ที่โต๊ะลงทะเบียน</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>ใบลงทะเบียนนี้พิมพ์เมื่อ {issued} และที่นี่ใบลงทะเบียนใช้ได้ {days} วัน กรุณาขอใบใหม่จากเจ้าหน้าที่ที่โต๊ะลงทะเบียน</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>นี่ไม่ใช่หมายเลข My Number ที่ถูกต้อง กรุณาแสดงด้านหลังบัตรอีกครั้ง หรือสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>หมายเลข My Number มี 12 หลัก แต่หมายเลขนี้มี {count} หลัก กรุณาแสดงด้านหลังบัตรอีกครั้ง หรือสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>หมายเลข My Number มีแต่ตัวเลข กรุณาแสดงคิวอาร์โค้ดด้านหลังบัตร หรือสอบถามเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>เลขตรวจสอบของหมายเลข My Number นี้ไม่ถูกต้อง อาจอ่านผิดหรือพิมพ์ผิด กรุณาลองอีกครั้ง</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>ศูนย์พักพิงนี้ปิดแล้ว ไม่รับลงทะเบียน</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>ไม่มีบัตรบนเครื่องอ่าน กรุณาวางบัตรบนเครื่องอ่าน</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>นำบัตรออกจากเครื่องอ่านเร็วเกินไป กรุณาวางอีกครั้งแล้วรอสักครู่</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>ไม่สามารถอ่านบัตรได้ กรุณานำบัตรออกจากเครื่องอ่านแล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>นี่ไม่ใช่บัตร My Number หรือไม่สามารถใช้แอปพลิเคชันข้อมูลบัตรได้</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>PIN: กรุณาพิมพ์ PIN ของบัตร 4 หลัก</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>PIN ไม่ถูกต้อง เหลืออีก {tries_left} ครั้งก่อนบัตรจะถูกล็อก</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>PIN ของบัตรถูกล็อกหลังใส่ผิด 3 ครั้ง สำนักงานเทศบาลปลดล็อกได้ เจ้าหน้าที่กรอกบัตรด้วยมือให้ได้</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>เหลือเพียง 1 ครั้ง หากใส่ PIN ผิดตอนนี้บัตรจะถูกล็อก เจ้าหน้าที่ต้องยืนยันก่อนลอง</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>บัตรนี้แสดง ID ต่างกันทุกครั้งที่แตะ (โทรศัพท์ บัตร My Number หรือบัตรความเป็นส่วนตัว) จึงผูกไม่ได้ กรุณาใช้บัตร IC สำหรับการเดินทางหรือบัตรของเทศบาล</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>บัตรนี้ยังไม่ได้ผูกกับใคร เจ้าหน้าที่ผูกบัตรกับบัตรของบุคคลนั้นได้</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>เลือกภาษาของคุณ</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>กลับ</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>กลับโดยไม่เปลี่ยนภาษา</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>ความสัมพันธ์</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>คำอ่าน (คานะ)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>ตั้งครรภ์</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>ทารกหรือเด็กเล็ก</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>ความพิการ</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>บกพร่องทางการได้ยิน</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>บกพร่องทางการมองเห็น</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>รถเข็น</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>ต้องการการดูแล</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>โรค</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>ยาที่ใช้</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>ภูมิแพ้</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>ข้อจำกัดด้านอาหาร</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>ครอบครัว</translation>
        </message>
        <message>
            <source>City</source>
            <translation>เทศบาล</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>กลุ่มป้องกันภัยชุมชน</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>โรงพยาบาล</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>ศูนย์พักพิง</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>เวลาที่มาถึง</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>เจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>ครอบครัวและการติดต่อ</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ที่อยู่</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>ผู้ติดต่อฉุกเฉิน (ชื่อ โทรศัพท์)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>ผู้อพยพ</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>พักที่ไหน</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>ทะเบียนรถ</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>ประเภทและสีรถ</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>สถานที่อื่น</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>ความต้องการพิเศษ</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>ระดับการดูแล</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>ภูมิแพ้</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>สัตว์เลี้ยงและความเสียหายของบ้าน</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>สัตว์เลี้ยง: ชนิด จำนวน</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>ความเสียหายของบ้าน</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ความยินยอม</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>สำหรับเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>วันที่บันทึก</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>ผู้บันทึก</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>บัตรผู้อพยพ</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>กรอกแล้วส่งที่โต๊ะลงทะเบียน เจ้าหน้าที่จะสแกนคิวอาร์โค้ดเพื่อบันทึกภายหลัง</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>หมายเลข 1 คือผู้แทน</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>ในศูนย์พักพิง</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>ในรถ</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>ที่บ้าน</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>ที่อื่น</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>เขียนหมายเลข</translation>
        </message>
        <message>
            <source>None</source>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>เสียหายบางส่วน</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>เสียหายครึ่งหนึ่ง</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>เสียหายทั้งหมด</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>ถ้ามีคนถามถึงคุณ เราบอกได้ไหมว่าคุณอยู่ที่นี่?</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>ฉันยินยอมให้ข้อมูลในบัตรแก่ (ทำเครื่องหมายทุกข้อที่ตรง):</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>ยามปกติ</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>ยามเกิดภัย</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>ขีดฆ่าเมื่อบันทึกแล้ว</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>ตัวคุณ (ผู้แทน)</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>ยินดีต้อนรับ กรุณาลงทะเบียนที่นี่</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>กรุณาแสดงคิวอาร์โค้ดของแอปป้องกันภัยพิบัติ หรือคิวอาร์โค้ดด้านหลังบัตร My Number ต่อกล้อง</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>ไม่มีโค้ดใช่ไหม? กด “เรียกเจ้าหน้าที่” เราจะช่วยคุณ</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>เรียกเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>เจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>เจ้าหน้าที่: ออกจากการลงทะเบียนด้วยตนเอง (PIN)</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>นี่ไม่ใช่ฉัน</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>กลับไปเริ่มต้น</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>ตอบแบบสอบถามสั้น ๆ</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name} (ลงทะเบียนแล้ว)</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>เจ้าหน้าที่จะมาช่วยคุณ</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>ขอบคุณสำหรับคำตอบ</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>ขอบคุณ คุณลงทะเบียนเรียบร้อยแล้ว</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>เชิญเข้าไปข้างใน</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>เชิญเข้าไปข้างใน ศูนย์พักพิงมีคนมาก เจ้าหน้าที่จะพาคุณไปที่พัก</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>เจ้าหน้าที่กำลังมา กรุณารอที่นี่</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>กรุณาสอบถามเจ้าหน้าที่ที่โต๊ะลงทะเบียน</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>บัตรนี้ยังไม่ได้ลงทะเบียน เจ้าหน้าที่จะช่วยกรอกบัตรผู้อพยพของคุณ</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>นี่คือคุณใช่ไหม?</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>นี่คือคุณและครอบครัวของคุณใช่ไหม?</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>ใช่ ลงทะเบียน (%n คน)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>กรุณาเก็บใบนี้ไว้ แสดงเมื่อออกไปข้างนอก กลับเข้ามา หรือรับสิ่งของ</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>ใบลงทะเบียนผู้อพยพ</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>ใบลงทะเบียนเลขที่ {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>ลงทะเบียนเมื่อ: {time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>พิมพ์ใบลงทะเบียน</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>สภาพของคุณตอนนี้</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>คุณเป็นอย่างไรบ้าง? ข้ามคำถามที่ไม่อยากตอบได้</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>คำขอ</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>อะไรจะช่วยคุณได้บ้าง? คำขอจะถูกส่งต่อไปยังเทศบาล</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>บอกเราว่าอะไรที่ลำบาก ปัญหาจะถูกส่งต่อไปยังเทศบาล</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>คุณพอใจกับชีวิตในศูนย์พักพิงแค่ไหน?</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>ไม่พอใจมาก</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>พอใจมาก</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>สุขภาพร่างกายของคุณเป็นอย่างไร?</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>แย่มาก</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>ดีมาก</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>คุณนอนหลับได้ดีแค่ไหน?</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>นอนไม่หลับเลย</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>หลับดีมาก</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>คุณรู้สึกเครียดหรือกังวลแค่ไหน?</translation>
        </message>
        <message>
            <source>None</source>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>มากที่สุด</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>คุณมีอาหารและน้ำพอไหม?</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>ตอนนี้คุณมีอาการเหล่านี้ไหม?</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>ตอนนี้คุณต้องการอะไรมากที่สุด?</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>คุณอยากคุยกับพยาบาล ผู้ให้คำปรึกษา หรือเจ้าหน้าที่ไหม?</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>คำขออื่น ๆ ถึงเทศบาลหรือศูนย์พักพิง</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>เรื่องเหล่านี้เป็นปัญหาสำหรับคุณไหม?</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>คุณเคยรู้สึกไม่ปลอดภัยหรือถูกคุกคามในศูนย์พักพิงไหม?</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>อธิบายปัญหาอื่น ๆ</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>มีไข้</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>ไอหรือเจ็บคอ</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>ท้องเสียหรืออาเจียน</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>ขาบวมหรือเจ็บขา</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>ไม่มีเลย</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>อาหาร</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>น้ำดื่ม</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>ยา</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>ของใช้อนามัย</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>เสื้อผ้าหรือชุดชั้นใน</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>เครื่องนอนหรือเสื่อ</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>ของใช้เด็กทารก</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>ฉากกั้นเพื่อความเป็นส่วนตัว</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>ข้อมูลเกี่ยวกับความช่วยเหลือ</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>ห้องน้ำ</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>เสียงหรือแสงไฟตอนกลางคืน</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>ที่แคบเกินไป</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>ร้อนหรือหนาวเกินไป</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>ความสะอาด</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>สัตว์เลี้ยง</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>กฎหรือความสัมพันธ์กับผู้อื่น</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>การเข้าถึงสำหรับรถเข็นหรือผู้พิการ</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>วันเกิดของคุณ</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>ส่วนที่ {n} จาก {total}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>ใครเป็นผู้ตอบ?</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>หยุดทำแบบสอบถาม</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>กลับ</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>ข้ามส่วนนี้</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>ข้ามวันเกิด</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>ส่งคำตอบ</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>ถัดไป</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>หยุดทำแบบสอบถามโดยไม่ส่ง</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>กลับไปส่วนก่อนหน้า</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>ส่วนถัดไป</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>บัตรของคุณไม่มีวันเกิด หากมีวันเกิด เจ้าหน้าที่จะเตรียมความช่วยเหลือและสิ่งของให้เหมาะกับอายุของคุณได้ (สำหรับทารกและผู้สูงอายุ) คุณข้ามได้</translation>
        </message>
    </context>
</TS>
