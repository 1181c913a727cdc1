<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>在本避难所（室内）</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>在本避难所（车内）</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>在本避难所（在家）</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>在本避难所（其他地方）</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>暂时外出</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>已离开本避难所</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>公历年份
（例：1973）</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>这不是日期。请按 1973/5/3 的格式输入。</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>您是什么时候出生的？请选择纪年方式。</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>请选择年份范围。</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>请选择年份。</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>请选择月份。</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>请选择日期。</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>这是您的出生日期吗？</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>是的，正确</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>重新开始</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>或用数字输入，例如 1973/5/3：</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>使用这个日期</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>出生日期（数字）</translation>
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
            <translation>无法读取此二维码：二维码已损坏，或不是避难所接待用的二维码。请询问工作人员。</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>此二维码使用了本机尚不支持的新格式（{prefix}）。请更新本机软件，或请工作人员手动登记。</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>此二维码的签名密钥不受本机信任（密钥ID {kid}）。请导入最新的信任列表，或请工作人员手动登记。</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>此二维码的签名无效：已被篡改，或并非由市政府发行。请询问工作人员。</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>此二维码已于 {expired} 过期。请打开应用程序显示新的二维码，或询问工作人员。</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>此二维码尚未生效（发行于 {issued}）。请检查本机的日期和时间，或询问工作人员。</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>此二维码的签名密钥已于 {retired} 停用（密钥ID {kid}）。请打开应用程序显示新的二维码，或询问工作人员。</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>此二维码的签名密钥自 {valid_from} 起才有效（密钥ID {kid}）。请检查本机的日期和时间，或询问工作人员。</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>此登记票由其他避难所（{shelter}）发行。请询问工作人员。</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>此登记票来自本避难所之前的一次开设（打印于 {issued}），已经失效。请到服务台向工作人员领取新的登记票。</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>此登记票打印于 {issued}，本处登记票的有效期为 {days} 天。请到服务台向工作人员领取新的登记票。</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>这不是有效的个人编号。请再次出示卡的背面，或询问工作人员。</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>个人编号有 12 位数字，此编号有 {count} 位。请再次出示卡的背面，或询问工作人员。</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>个人编号只由数字组成。请出示卡背面的二维码，或询问工作人员。</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>此个人编号的校验位不正确：可能读错或输错了。请再试一次。</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>本避难所已关闭：不接受登记。</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>读卡器上没有卡。请把卡放在读卡器上。</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>卡拿开得太早了。请重新放上并稍候。</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>无法读取此卡。请把卡拿开后再试一次。</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>这不是个人编号卡，或此卡的卡片信息应用无法使用。</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>密码：请输入卡密码的 4 位数字。</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>密码错误。还剩 {tries_left} 次机会，之后卡将被锁定。</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>密码连续错误 3 次，卡已被锁定。市政府窗口可以解锁；工作人员可以手动填写登记卡。</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>只剩 1 次机会：现在输错密码会锁定此卡。尝试前须由工作人员确认。</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>此卡每次读取时显示的ID都不同（手机、个人编号卡或隐私保护卡），因此无法关联。请使用交通IC卡或市政卡。</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>此卡未与任何人关联。工作人员可以在本人的登记卡上关联此卡。</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>请选择您的语言</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>不更改语言并返回</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>关系</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>假名读音</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>怀孕</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>婴幼儿</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>残障</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>听力障碍</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>视力障碍</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>轮椅</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>需要护理</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>疾病</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>服药</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>过敏</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>饮食限制</translation>
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
            <translation>社区防灾组织</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>避难所</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>到达时间</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>接待人员</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>家庭和联系方式</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>紧急联系人（姓名、电话）</translation>
        </message>
        <message>
            <source>People</source>
            <translation>避难人员</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>住在哪里</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>车牌号</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>车型、颜色</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>其他地点</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>需要照顾的事项</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>护理等级</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>过敏</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>使用语言</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>宠物和住房受损</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>宠物（种类、数量）</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>住房受损</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>同意提供信息</translation>
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
            <translation>工作人员填写</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>录入日期</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>录入人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>避难者登记卡</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>填写后请交给接待处。工作人员稍后会扫描二维码录入。</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>1号是代表人</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>在避难所内</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>在车内</translation>
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
            <translation>请写上相关人员的编号</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>部分损坏</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>半毁</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>全毁</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不清楚</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>有人询问您的安危时，可以告诉对方您在这里吗？</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>我同意将我的登记卡信息提供给（请在所有适用项打勾）：</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>平时</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>灾害时</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>录入后划线</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>打印</translation>
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
            <translation>欢迎。请在这里办理登记。</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>请将防灾应用程序的二维码或个人编号卡（My Number卡）背面的二维码对准摄像头。</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>没有二维码？请按“呼叫工作人员”。我们会帮助您。</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>呼叫工作人员</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>工作人员</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>工作人员：退出自助登记（PIN）</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>这不是我</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>返回开始</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>回答简短问卷</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name}（已登记）</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>工作人员会来帮助您。</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>感谢您的回答。</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>谢谢。您已完成登记。</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>请进入里面。</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>请进入里面。避难所很拥挤：工作人员会为您带路。</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>工作人员马上就来。请在这里等候。</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>请询问服务台的工作人员。</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>这张卡尚未登记。工作人员会帮您填写避难者登记卡。</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>这是您本人吗？</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>这是您和您的家人吗？</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>是的，登记（%n人）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>请保管好此票。外出、返回或领取物资时请出示。</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>避难者登记票</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>登记票号码 {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>登记时间：{time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>打印登记票</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>您目前的状况</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>您现在怎么样？不想回答的问题可以跳过。</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>需求</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>什么样的帮助对您有用？需求会转达给市政府。</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>困难</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>请告诉我们您遇到的困难。困难会转达给市政府。</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>您对避难所的生活满意吗？</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>非常不满意</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>非常满意</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>您的身体状况如何？</translation>
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
            <translation>您睡得好吗？</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>完全睡不着</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>睡得很好</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>您感到多大的压力或担心？</translation>
        </message>
        <message>
            <source>None</source>
            <translation>没有</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>非常大</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>您的食物和饮用水够吗？</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>您现在有以下症状吗？</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>您现在最需要什么？</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>您想和护士、咨询员或工作人员谈谈吗？</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>对市政府或避难所的其他需求</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>以下哪些事让您感到困扰？</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>您在避难所是否感到不安全或受到骚扰？</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>请描述其他困难</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>发烧</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>咳嗽或喉咙痛</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>腹泻或呕吐</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>腿部肿胀或疼痛</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>以上都没有</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>食物</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>饮用水</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>药品</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>卫生用品</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>衣服或内衣</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>被褥或垫子</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>婴儿用品</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>保护隐私的隔板</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>有关援助的信息</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>厕所</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>夜间的噪音或灯光</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>空间太小</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>太热或太冷</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>清洁卫生</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>宠物</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>规则或与他人的关系</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>轮椅使用者或残障人士的通行</translation>
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
            <translation>谁来回答？</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>停止问卷</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>返回</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>跳过这部分</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>跳过出生日期</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>发送回答</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>不发送并停止问卷</translation>
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
            <translation>您的卡上没有出生日期。有了它，工作人员可以按您的年龄准备帮助和物资（例如婴儿用品、老年人用品）。您也可以跳过。</translation>
        </message>
    </context>
</TS>
