<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>ひなんじょに います（なか）</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>ひなんじょに います（くるまの なか）</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>ひなんじょに います（いえに いる）</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>ひなんじょに います（ほかの ばしょ）</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>いま そとに でています</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>ひなんじょを でました</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>西暦（せいれき）
（れい：1973年（ねん））</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>ひづけでは ありません。1973/5/3 のように かいてください。</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>いつ 生（う）まれましたか。
年（ねん）の かぞえかたを えらんでください。</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>年（ねん）の はんいを えらんでください。</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>年（ねん）を えらんでください。</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>月（がつ）を えらんでください。</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>日（にち）を えらんでください。</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>あなたの 生年月日（せいねんがっぴ）は これですか。</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>はい、これで いいです</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>はじめから やりなおす</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>もどる</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>すうじで かいても いいです（れい：1973/5/3）：</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>この ひに する</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>うまれた ひ（すうじ）</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>まえに もどる</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>この コードは よめません。こわれているか、ひなんじょの うけつけの コードでは ありません。スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>この コードは あたらしい かたち（{prefix}）です。この きかいでは よめません。スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>この コードは しらない かぎ（{kid}）で つくられました。つかえません。スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>この コードは ただしく ありません。かえられたか、市（し）が つくった コードでは ありません。スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>この コードは {expired}で おわりました。アプリで あたらしい コードを だしてください。または スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>この コードは まだ つかえません（{issued}に つくられました）。スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>この コードは ふるい かぎで つくられました（{retired}まで、かぎ {kid}）。アプリで あたらしい コードを だしてください。または スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>この コードは まだ つかえません（{valid_from}から、かぎ {kid}）。スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>この かみは ほかの ひなんじょ（{shelter}）の かみです。スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>この かみは まえの ときの かみです（{issued}に いんさつ）。もう つかえません。受付（うけつけ）の スタッフに あたらしい かみを もらってください。</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>この かみは {issued}に いんさつしました。ここでは {days}にち だけ つかえます。受付（うけつけ）の スタッフに あたらしい かみを もらってください。</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>この マイナンバーは ただしく ありません。もう いちど カードの うらを みせてください。または スタッフに きいてください。</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>マイナンバーは 12けたです。これは {count}けたです。もう いちど カードの うらを みせてください。または スタッフに きいてください。</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>マイナンバーは すうじ だけです。カードの うらの QRコードを みせてください。または スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>マイナンバーを ただしく よめませんでした。もう いちど してください。</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>この ひなんじょは しまっています。いまは うけつけ できません。</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>カードが ありません。カードを よみとりきの うえに おいてください。</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>カードを はやく とりました。もう いちど おいて、まってください。</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>カードが よめません。カードを とって、もう いちど おいてください。</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>これは マイナンバーカードでは ありません。または この カードは つかえません。</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>カードの あんしょうばんごう（4けたの すうじ）を いれてください。</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>あんしょうばんごうが ちがいます。あと {tries_left}かい まちがえると、カードが とまります。</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>あんしょうばんごうを 3かい まちがえたので、カードが とまりました。市役所（しやくしょ）で なおせます。スタッフが かみに かいて うけつけします。</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>あと 1かい だけです。まちがえると カードが とまります。まず スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>この カードは つかう たびに ばんごうが かわります（スマホ、マイナンバーカードなど）。つかえません。こうつうけい ICカードか 市（し）の カードを つかってください。</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>この カードは だれの カードか わかりません。スタッフに きいてください。</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>ことばを えらんでください</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>もどる</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>ことばを かえないで もどる</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>かぞくの なかの たちば</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>なまえ</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>なまえの よみかた（ひらがな）</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>せいべつ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>うまれた ひ</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>おなかに あかちゃんが いる</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>ちいさい こども</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>しょうがい</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>みみが きこえにくい</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>めが みえにくい</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>くるまいす</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>かいごが ひつよう</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>びょうき</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>のんでいる くすり</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>アレルギー</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>たべられない もの</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>かぞく</translation>
        </message>
        <message>
            <source>City</source>
            <translation>しやくしょ</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>ちいきの ぼうさいの グループ</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>びょういん</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>ひなんじょ</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>うけつけした じかん</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>うけつけの スタッフ</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>かぞくと れんらくさき</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>じゅうしょ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>でんわばんごう</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>きんきゅうの れんらくさき（なまえ・でんわ）</translation>
        </message>
        <message>
            <source>People</source>
            <translation>ひなんする ひと</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>どこに いますか</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>くるまの ナンバー</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>くるまの しゅるい・いろ</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>ほかの ばしょ</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>てつだいが ひつような こと</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>かいごの レベル</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>アレルギー</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>はなす ことば</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>ペット・いえの ひがい</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>ペット（しゅるい・かず）</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>いえの ひがい</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>じょうほうを わたして いいか</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>スタッフが かく ところ</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>いれた ひ</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>いれた ひと</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>ひなんしゃ カード</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>かいて うけつけに だしてください。あとで スタッフが QRコードを よんで いれます。</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>1ばんが だいひょうの ひと</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>ひなんじょの なか</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>くるまの なか</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>いえ</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>ほか</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>あてはまる ひとの ばんごうを かく</translation>
        </message>
        <message>
            <source>None</source>
            <translation>ない</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>すこし こわれた</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>はんぶん こわれた</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>ぜんぶ こわれた</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>わからない</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>あなたの ことを きいた ひとに、ここに いると いって いいですか</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>カードの じょうほうを つぎの ひとに わたして いいです（あてはまる ものに しるし）：</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>ふだん</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>さいがいの とき</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>いれたら せんを ひく</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>いんさつ</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>ほんにん（だいひょう）</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>ようこそ。ここで 受付（うけつけ）を します。</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>スマートフォンの QRコードを カメラに みせてください。マイナンバーカードの うらの QRコードでも いいです。</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>コードが ありませんか。「スタッフを よぶ」を おしてください。てつだいます。</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>スタッフを よぶ</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>スタッフ よう</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>スタッフ よう：セルフ受付（うけつけ）を おわる（PIN）</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>わたしでは ありません</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>はじめに もどる</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>かんたんな しつもんに こたえる</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name}（もう 受付（うけつけ）しました）</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>スタッフが てつだいに きます。</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>こたえて くれて ありがとうございます。</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>ありがとうございます。受付（うけつけ）が おわりました。</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>なかに はいってください。</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>なかに はいってください。人（ひと）が おおいです。スタッフが ばしょを おしえます。</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>スタッフが きます。ここで まってください。</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>受付（うけつけ）の スタッフに きいてください。</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>この カードは まだ 登録（とうろく）して いません。スタッフが カードを かくのを てつだいます。</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>あなたですか。</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>あなたと あなたの かぞくですか。</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>はい、受付（うけつけ）します（%n人（にん））</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>この かみを なくさないで ください。そとに でるとき、もどるとき、ものを もらうときに みせてください。</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>避難（ひなん）した 人（ひと）の 受付票（うけつけひょう）</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>ばんごう {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>受付（うけつけ）：{time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>受付票（うけつけひょう）を いんさつ</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>いまの あなたの ようす</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>いま どうですか。こたえたくない しつもんは とばして いいです。</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>ほしい もの・してほしい こと</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>どんな てつだいが あると いいですか。市（し）に つたえます。</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>こまって いること</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>こまって いることを おしえてください。市（し）に つたえます。</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>ひなんじょの せいかつは どうですか。</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>とても わるい</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>とても いい</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>からだの ちょうしは どうですか。</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>とても わるい</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>とても いい</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>よく ねむれますか。</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>ぜんぜん ねむれない</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>よく ねむれる</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>しんぱいや ストレスは ありますか。</translation>
        </message>
        <message>
            <source>None</source>
            <translation>ない</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>とても ある</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>たべものと 水（みず）は たりて いますか。</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>いま、この なかに ある ものは ありますか。</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>いま いちばん ほしい ものは 何（なん）ですか。</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>かんごしや スタッフと はなしたいですか。</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>市（し）や ひなんじょに ほかに してほしい こと</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>この なかで こまって いることは ありますか。</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>ひなんじょで こわい ことや いやな ことが ありましたか。</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>ほかに こまって いることを かいてください</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>ねつが ある</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>せきが でる・のどが いたい</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>げりを して いる・はいた</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>あしが はれて いる・いたい</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>どれも ない</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>たべもの</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>のむ 水（みず）</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>くすり</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>せいけつに する もの（せっけん など）</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>ふく・したぎ</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>ふとん・マット</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>あかちゃんの もの</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>まわりから みえない しきり</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>てつだいの じょうほう</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>トイレ</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>よるの おとや あかり</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>ばしょが せまい</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>あつい・さむい</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>きれいでは ない</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>ペット</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>ルールや まわりの 人（ひと）との こと</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>くるまいすや しょうがいの ある 人（ひと）が うごきにくい</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>生（う）まれた 日（ひ）</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>{n} / {total}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>だれが こたえますか。</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>こたえるのを やめる</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>もどる</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>この ページを とばす</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>生（う）まれた 日（ひ）を とばす</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>こたえを おくる</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>つぎへ</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>おくらないで やめる</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>まえの ページに もどる</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>つぎの ページへ</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>カードに 生（う）まれた 日（ひ）が ありません。としが わかると、スタッフが あなたに あう てつだいや ものを よういできます（あかちゃん、おとしよりなど）。とばしても いいです。</translation>
        </message>
    </context>
</TS>
