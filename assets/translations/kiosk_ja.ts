<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>Anpi</name>
    <message>
        <source>At this shelter (inside)</source>
        <translation>在所（避難所内）</translation>
    </message>
    <message>
        <source>At this shelter (in a vehicle)</source>
        <translation>在所（車中泊）</translation>
    </message>
    <message>
        <source>At this shelter (staying at home)</source>
        <translation>在所（在宅）</translation>
    </message>
    <message>
        <source>At this shelter (elsewhere)</source>
        <translation>在所（その他）</translation>
    </message>
    <message>
        <source>Out for now</source>
        <translation>外出中</translation>
    </message>
    <message>
        <source>Has left this shelter</source>
        <translation>退所</translation>
    </message>
</context>
<context>
    <name>BackupAge</name>
    <message>
        <source>Backup failed: folder not found</source>
        <translation>バックアップ失敗：フォルダーが見つかりません</translation>
    </message>
    <message>
        <source>Backup failed: folder cannot be written</source>
        <translation>バックアップ失敗：フォルダーに書き込めません</translation>
    </message>
    <message>
        <source>Backup failed: drive full</source>
        <translation>バックアップ失敗：ドライブが満杯です</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n}分前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n}時間前</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップ失敗</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>バックアップはまだありません</translation>
    </message>
    <message>
        <source>Last backup: {age}</source>
        <translation>最終バックアップ：{age}</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>バックアップはまだ作成されていません。</translation>
    </message>
    <message>
        <source>The last good backup is {path} ({age}).</source>
        <translation>最後の正常なバックアップは {path} です（{age}）。</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>お知らせ</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>BirthDateInput</name>
    <message>
        <source>Western year
(e.g. 1973)</source>
        <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step&apos;s page (rebuilt when a step depends on the one before)</extracomment>
        <translation>西暦
（例：1973年）</translation>
    </message>
    <message>
        <source>That is not a date. Type it like 1973/5/3.</source>
        <translation>日付ではありません。1973/5/3 のように入力してください。</translation>
    </message>
    <message>
        <source>When were you born? Choose how you count years.</source>
        <translation>お生まれはいつですか。年の数え方を選んでください。</translation>
    </message>
    <message>
        <source>Choose the years.</source>
        <translation>年の範囲を選んでください。</translation>
    </message>
    <message>
        <source>Choose the year.</source>
        <translation>年を選んでください。</translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation>月を選んでください。</translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation>日を選んでください。</translation>
    </message>
    <message>
        <source>Is this your birth date?</source>
        <translation>この生年月日でよろしいですか？</translation>
    </message>
    <message>
        <source>Yes, this is correct</source>
        <translation>はい、これで正しいです</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>最初からやり直す</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Or type it in numbers, e.g. 1973/5/3:</source>
        <translation>または数字で入力（例：1973/5/3）：</translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation>この日付にする</translation>
    </message>
    <message>
        <source>Birth date in numbers</source>
        <translation>生年月日（数字）</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>前の手順に戻る</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera test skipped. Press Finish to create the kiosk.</source>
        <translation>カメラテストを省略しました。「完了」を押すとキオスクを作成します。</translation>
    </message>
    <message>
        <source>A QR code was read: the camera works.</source>
        <translation>QRコードを読み取りました。カメラは正常です。</translation>
    </message>
    <message>
        <source>No camera picture. You can skip this test.</source>
        <translation>カメラの映像がありません。このテストは省略できます。</translation>
    </message>
    <message>
        <source>Camera test</source>
        <translation>カメラテスト</translation>
    </message>
    <message>
        <source>Hold a QR code in front of the camera to check the picture.</source>
        <translation>QRコードをカメラの前にかざして映り方を確認してください。</translation>
    </message>
    <message>
        <source>No camera preview is available here. Press Finish to create the kiosk.</source>
        <translation>ここではカメラ映像を表示できません。「完了」を押すとキオスクを作成します。</translation>
    </message>
    <message>
        <source>If the picture is sharp, the camera is ready. Press Finish to create the kiosk.</source>
        <translation>映像がはっきりしていればカメラは使えます。「完了」を押すとキオスクを作成します。</translation>
    </message>
    <message>
        <source>Skip the camera test</source>
        <translation>カメラテストを省略</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera preview</source>
        <translation>カメラ映像</translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera.</source>
        <translation>QRコードをカメラの前にかざしてください。</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>カメラを起動しています…</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Paper entry: type what is written on the paper card No. {slip}. Saved, the QR printed on it finds this person from now on.</source>
        <extracomment>The draft is written this long after the last change (and at once when the form hides). Paper-entry mode: the slip id printed on the blank paper card being typed in. What :meth:`focus_missing` focused, to scroll into view once the card shows. The open &quot;continue the unsaved card?&quot; question, if any.</extracomment>
        <translation>紙のカードの入力：カード No. {slip} に書かれた内容を入力してください。保存すると、このカードに印刷されたQRコードでこの方を呼び出せるようになります。</translation>
    </message>
    <message>
        <source>Read from the My Number card: {name}, born {birth}. Still to fill in: the phone and the consent.</source>
        <translation>マイナンバーカードから読み取りました：{name}、生年月日 {birth}。残りは電話番号と同意の記入です。</translation>
    </message>
    <message>
        <source>Saved and checked in.</source>
        <translation>登録し、入所受付しました。</translation>
    </message>
    <message>
        <source>Unsaved card</source>
        <translation>保存していないカード</translation>
    </message>
    <message>
        <source>Continue the unsaved card from {time}?</source>
        <translation>{time} に入力途中だったカードの続きを入力しますか？</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続きを入力</translation>
    </message>
    <message>
        <source>Start new</source>
        <translation>新しく始める</translation>
    </message>
    <message>
        <source>The unfinished card is back. To start another, press Clear.</source>
        <translation>入力途中のカードを表示しました。別の世帯を入力するときは「クリア」を押してください。</translation>
    </message>
    <message>
        <source>Evacuee card — paper entry (No. {slip})</source>
        <translation>避難者カード — 紙のカードの入力（No. {slip}）</translation>
    </message>
    <message>
        <source>Evacuee card</source>
        <translation>避難者カード</translation>
    </message>
    <message>
        <source>Household members (the first is the representative)</source>
        <translation>世帯員（1人目が世帯主・代表者）</translation>
    </message>
    <message>
        <source>Add member (Ctrl+N)</source>
        <translation>世帯員を追加（Ctrl+N）</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>世帯員を追加</translation>
    </message>
    <message>
        <source>Print a slip for each person</source>
        <translation>一人ずつ受付票を印刷</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear the card</source>
        <translation>カードをクリア</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>キャンセル（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Save and check in (Ctrl+S)</source>
        <translation>保存して受付（Ctrl+S）</translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation>保存して受付</translation>
    </message>
</context>
<context>
    <name>CardLinkDialog</name>
    <message>
        <source>Ask {name} to put their IC card on the reader now.</source>
        <translation>{name}さんに、ICカードを今カードリーダーに置いてもらってください。</translation>
    </message>
    <message>
        <source>Linked. From now on one tap of this card finds {name}.</source>
        <translation>登録しました。今後はこのカードをかざすだけで{name}さんが見つかります。</translation>
    </message>
    <message>
        <source>The card is unlinked.</source>
        <translation>カードの登録を解除しました。</translation>
    </message>
    <message>
        <source>{name} has no IC card linked.</source>
        <translation>{name}さんにはICカードが登録されていません。</translation>
    </message>
    <message>
        <source>{name} has an IC card linked ({kind}) since {when}.</source>
        <translation>{name}さんには{when}からICカード（{kind}）が登録されています。</translation>
    </message>
    <message>
        <source>Waiting for the card…</source>
        <translation>カードを待っています…</translation>
    </message>
    <message>
        <source>Replace the IC card</source>
        <translation>ICカードを登録し直す</translation>
    </message>
    <message>
        <source>Link an IC card</source>
        <translation>ICカードを登録</translation>
    </message>
    <message>
        <source>FeliCa, e.g. a transit card</source>
        <translation>FeliCa、交通系ICカードなど</translation>
    </message>
    <message>
        <source>ISO 14443 type A</source>
        <translation>ISO 14443 タイプA</translation>
    </message>
    <message>
        <source>ISO 14443</source>
        <translation>ISO 14443</translation>
    </message>
    <message>
        <source>IC card</source>
        <translation>ICカード</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>登録解除</translation>
    </message>
    <message>
        <source>Unlink the IC card</source>
        <translation>ICカードの登録を解除</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>CardPinDialog</name>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>The card holder types the card&apos;s 4-digit PIN (the one for filling in forms), then OK. Staff do not look.</source>
        <translation>カードの持ち主が、カードの4桁の暗証番号（券面事項入力補助用）を入力して「決定」を押してください。職員は見ません。</translation>
    </message>
    <message>
        <source>Staff: allow the last try</source>
        <translation>職員：最後の1回の入力を許可する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Tries left before the card locks: {count}</source>
        <translation>カードがロックされるまでの残り回数：{count}</translation>
    </message>
    <message>
        <source>Only 1 try left: a wrong PIN now locks the card until the city office unlocks it. Ask the holder whether they are sure of the PIN.</source>
        <translation>残り1回です。ここで間違えるとカードがロックされ、市区町村の窓口で解除するまで使えません。暗証番号に確信があるか持ち主に確認してください。</translation>
    </message>
    <message>
        <source>Only 1 try left: a wrong PIN now locks the card. Please ask staff.</source>
        <translation>残り1回です。間違えるとカードがロックされます。職員にお声がけください。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>暗証番号が違います。</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Home</source>
        <translation>自宅</translation>
    </message>
    <message>
        <source>Relatives or friends</source>
        <translation>親戚・知人宅</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>Another shelter</source>
        <translation>他の避難所</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Check out</source>
        <extracomment>(value stored, label shown); &quot;&quot; is &quot;Other&quot;: staff type the destination.</extracomment>
        <translation>退所</translation>
    </message>
    <message>
        <source>Check out: {names}</source>
        <translation>退所：{names}</translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation>行き先(&amp;D)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>行き先</translation>
    </message>
    <message>
        <source>Where are they going?</source>
        <translation>行き先を入力</translation>
    </message>
    <message>
        <source>Check out (Enter)</source>
        <translation>退所する（Enter）</translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation>キャンセル（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>CityOsPage</name>
    <message>
        <source>City OS connection</source>
        <translation>都市OSとの接続</translation>
    </message>
    <message>
        <source>Where this kiosk sends check-ins. Everything here can be set later.</source>
        <translation>受付情報の送信先です。ここはすべて後で設定できます。</translation>
    </message>
    <message>
        <source>Set this up later</source>
        <translation>後で設定する</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <source>Cancel (Esc)</source>
        <extracomment>The one big default button of the card and the dialogs: white on dark green (7:1), a thick black frame when it has the keyboard focus, grey when there is nothing to confirm. Big choice buttons of the dialogs (destinations, items): the chosen one in white on blue. Badge colours (text, background): always together with words, never colour alone.</extracomment>
        <translation>キャンセル（Esc）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Fill in evacuee card (Enter)</source>
        <translation>避難者カードを記入（Enter）</translation>
    </message>
    <message>
        <source>Fill in evacuee card</source>
        <translation>避難者カードを記入</translation>
    </message>
    <message>
        <source>IC card…</source>
        <translation>ICカード…</translation>
    </message>
    <message>
        <source>Link or unlink an IC card</source>
        <translation>ICカードの登録・解除</translation>
    </message>
    <message>
        <source>Support needed (要支援)</source>
        <translation>要支援</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>要支援</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>受付の確認</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる（Esc）</translation>
    </message>
    <message>
        <source>Pre-printed paper card</source>
        <translation>事前印刷の紙カード</translation>
    </message>
    <message>
        <source>Disaster app code</source>
        <translation>防災アプリのコード</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>Kiosk slip</source>
        <translation>受付票</translation>
    </message>
    <message>
        <source>Found by search</source>
        <translation>検索で選択</translation>
    </message>
    <message>
        <source>City OS roster: confirm the details, then check in</source>
        <translation>都市OS名簿：内容を確認して受付してください</translation>
    </message>
    <message numerus="yes">
        <source>(%n people)</source>
        <translation>
            <numerusform>（%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered with this slip. Fill in the evacuee card first.</source>
        <translation>この受付票の登録がありません。先に避難者カードを記入してください。</translation>
    </message>
    <message>
        <source>Nobody is registered with this card yet. Fill in the evacuee card: it will be linked to this card.</source>
        <translation>このカードの登録はまだありません。避難者カードを記入してください（このカードと紐付けます）。</translation>
    </message>
    <message>
        <source>Already checked in.</source>
        <translation>受付済みです。</translation>
    </message>
    <message>
        <source>Already checked in at {time}.</source>
        <translation>{time}に受付済みです。</translation>
    </message>
    <message>
        <source>Everyone here is already checked in.</source>
        <translation>全員受付済みです。</translation>
    </message>
    <message>
        <source>Everyone here is already checked in (the last at {time}).</source>
        <translation>全員受付済みです（最後の受付 {time}）。</translation>
    </message>
    <message>
        <source>Esc closes; F4 checks out.</source>
        <translation>Escで閉じる／F4で退所。</translation>
    </message>
    <message numerus="yes">
        <source>%n already checked in (not ticked).</source>
        <translation>
            <numerusform>%n人は受付済みです（チェックなし）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n歳</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>Back from leave</source>
        <translation>外出から帰所</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Support: {needs}</source>
        <translation>要支援：{needs}</translation>
    </message>
    <message numerus="yes">
        <source>Check in %n people (Enter)</source>
        <translation>
            <numerusform>%n人を受付（Enter）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check in %n people</source>
        <translation>
            <numerusform>%n人を受付</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crowding</name>
    <message>
        <source>Available (under 30%)</source>
        <translation>空きあり（30%未満）</translation>
    </message>
    <message>
        <source>Some space (30–60%)</source>
        <translation>やや混雑（30〜60%）</translation>
    </message>
    <message>
        <source>Crowded (60–80%)</source>
        <translation>混雑（60〜80%）</translation>
    </message>
    <message>
        <source>Full (80% and over)</source>
        <translation>満員（80%以上）</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Age unknown</source>
        <translation>年齢不明</translation>
    </message>
    <message>
        <source>0–5</source>
        <translation>0〜5歳</translation>
    </message>
    <message>
        <source>6–12</source>
        <translation>6〜12歳</translation>
    </message>
    <message>
        <source>13–17</source>
        <translation>13〜17歳</translation>
    </message>
    <message>
        <source>18–64</source>
        <translation>18〜64歳</translation>
    </message>
    <message>
        <source>65–74</source>
        <translation>65〜74歳</translation>
    </message>
    <message>
        <source>75 and over</source>
        <translation>75歳以上</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Inside / capacity</source>
        <extracomment>How often the figures are recomputed while the dashboard is visible. The tiles, left to right (object names; their titles are in ``_tile_titles``).</extracomment>
        <translation>避難所内 / 定員</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>In vehicles</source>
        <translation>車中泊</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>在宅避難</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>世帯数</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>ペット</translation>
    </message>
    <message>
        <source>Need care</source>
        <translation>要配慮者</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>未送信の要望</translation>
    </message>
    <message>
        <source>Shelter dashboard</source>
        <translation>避難所の状況</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>最新の情報に更新（F5）</translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation>数値を最新の情報に更新</translation>
    </message>
    <message>
        <source>Check-ins and check-outs per hour (last 48 hours)</source>
        <translation>1時間ごとの入所・退所（直近48時間）</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>入所</translation>
    </message>
    <message>
        <source>Check-outs (dashed)</source>
        <translation>退所（破線）</translation>
    </message>
    <message>
        <source>Check-ins and check-outs per hour</source>
        <translation>1時間ごとの入所・退所</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>People checked in by age and sex</source>
        <translation>年齢層・性別ごとの受付済み人数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>配慮が必要な事項</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>滞在場所</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状況</translation>
    </message>
    <message>
        <source>People needing care</source>
        <translation>要配慮者</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Of them outside</source>
        <translation>うち避難所外</translation>
    </message>
    <message>
        <source>Next 24 hours</source>
        <translation>今後24時間の必要量</translation>
    </message>
    <message>
        <source>Supply estimate for the next 24 hours</source>
        <translation>今後24時間の物資の必要量の見込み</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答内容</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>アンケート結果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>回答者</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要望</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>困りごと</translation>
    </message>
    <message>
        <source>Requests and problems from the survey</source>
        <translation>アンケートの要望と困りごと</translation>
    </message>
    <message>
        <source>Supplies (24 h)</source>
        <translation>物資（24時間）</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation>（匿名）</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>{time} 更新</translation>
    </message>
    <message>
        <source>on leave: {n}</source>
        <translation>外出中：{n}</translation>
    </message>
    <message numerus="yes">
        <source>cars of %n households</source>
        <translation>
            <numerusform>%n 世帯の車</numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere: {n}</source>
        <translation>その他：{n}</translation>
    </message>
    <message numerus="yes">
        <source>in %n households</source>
        <translation>
            <numerusform>%n 世帯</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers in all</source>
        <translation>
            <numerusform>回答 計 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>By need: {counts}</source>
        <translation>配慮事項別：{counts}</translation>
    </message>
    <message>
        <source>In</source>
        <translation>在所</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>外出中</translation>
    </message>
    <message>
        <source>Answers: {responses} (people: {respondents}, anonymous: {anonymous}) · with requests or problems: {flagged} · not yet sent to the city: {open} · latest: {latest}</source>
        <translation>回答：{responses} 件（回答者 {respondents} 人、匿名 {anonymous} 件）・要望や困りごとあり：{flagged} 件・市へ未送信：{open} 件・最新：{latest}</translation>
    </message>
    <message numerus="yes">
        <source>%n written answers</source>
        <translation>
            <numerusform>記述回答 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>平均 {mean}</translation>
    </message>
    <message>
        <source>yes {yes} · no {no}</source>
        <translation>はい {yes}・いいえ {no}</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Single resident (見本 太郎)</source>
        <translation>単身の住民（見本 太郎）</translation>
    </message>
    <message>
        <source>Resident needing support, with her son (見本 花子)</source>
        <translation>要支援の住民と息子（見本 花子）</translation>
    </message>
    <message>
        <source>Household of six (テスト 一郎)</source>
        <translation>6人世帯（テスト 一郎）</translation>
    </message>
    <message>
        <source>Expired code</source>
        <translation>期限切れのコード</translation>
    </message>
    <message>
        <source>Code from a key nobody trusts</source>
        <translation>信頼されていない鍵のコード</translation>
    </message>
    <message>
        <source>Walk-in slip, support needed</source>
        <translation>受付票（要支援）</translation>
    </message>
    <message>
        <source>Single resident, code from the previous City key</source>
        <translation>単身の住民（市の旧鍵のコード）</translation>
    </message>
</context>
<context>
    <name>DeskLinks</name>
    <message>
        <source>not reachable</source>
        <translation>接続できません</translation>
    </message>
    <message>
        <source>refused: check the pairing</source>
        <translation>拒否されました：ペアリングを確認してください</translation>
    </message>
    <message>
        <source>sent changes this kiosk cannot read</source>
        <translation>この端末で読めない変更が送られました</translation>
    </message>
    <message>
        <source>never</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation>{n}分前</translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation>{n}時間前</translation>
    </message>
    <message>
        <source>Desk {id}</source>
        <translation>窓口 {id}</translation>
    </message>
    <message>
        <source>{n} behind</source>
        <translation>未送信 {n}件</translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation>アドレス：{address}</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>Last exchange: {age}</source>
        <translation>最後の同期：{age}</translation>
    </message>
    <message>
        <source>Changes it has not received: {n}</source>
        <translation>相手に未送信の変更：{n}件</translation>
    </message>
    <message>
        <source>Last try: {reason}</source>
        <translation>前回の試行：{reason}</translation>
    </message>
    <message>
        <source>Other desks</source>
        <translation>他の受付窓口</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>&amp;Search by name (kanji or kana), phone or birth date (F2)</source>
        <extracomment>Search-as-you-type waits this long after the last key before asking the store. A scanned code takes the keyboard only after the search box was left alone this long. Result rows: state → background (the state is also written in words on the row).</extracomment>
        <translation>氏名（漢字・かな）、電話番号、生年月日で検索(&amp;S)（F2）</translation>
    </message>
    <message>
        <source>e.g. さとう はなこ</source>
        <translation>例：さとう はなこ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近の受付</translation>
    </message>
    <message>
        <source>New walk-in card (F3)</source>
        <translation>避難者カードを新規作成（F3）</translation>
    </message>
    <message>
        <source>New walk-in card</source>
        <translation>避難者カードを新規作成</translation>
    </message>
    <message>
        <source>Check out (F4)</source>
        <translation>退所（F4）</translation>
    </message>
    <message>
        <source>Supply pickup (F5)</source>
        <translation>物資受取（F5）</translation>
    </message>
    <message>
        <source>Survey (F6)</source>
        <translation>アンケート（F6）</translation>
    </message>
    <message>
        <source>Life survey</source>
        <translation>避難生活アンケート</translation>
    </message>
    <message>
        <source>Hold the app&apos;s QR code, the back of the My Number card or the slip up to the camera.</source>
        <translation>アプリのQRコード、マイナンバーカードの裏面、または受付票をカメラにかざしてください。</translation>
    </message>
    <message>
        <source>No camera. Type or search instead (F2).</source>
        <translation>カメラがありません。入力または検索してください（F2）。</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>カメラ映像</translation>
    </message>
    <message>
        <source>Too many codes waiting. Deal with them first (F12), then scan again.</source>
        <translation>待機中のコードが多すぎます。先に待機中のコードを処理して（F12）から、もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>Paper entry (F7): scan the QR code printed on the paper card; its form opens with the card&apos;s number.</source>
        <translation>紙のカードの入力（F7）：紙のカードに印刷されたQRコードを読み取ってください。カード番号付きの入力画面が開きます。</translation>
    </message>
    <message numerus="yes">
        <source>(%n newly registered)</source>
        <translation>
            <numerusform>（うち新規登録%n人）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n were already in)</source>
        <translation>
            <numerusform>（%n人は受付済み）</numerusform>
        </translation>
    </message>
    <message>
        <source>Shelter: {level} ({present} / {capacity})</source>
        <translation>避難所：{level}（{present}／{capacity}人）</translation>
    </message>
    <message>
        <source>In</source>
        <comment>person state</comment>
        <translation>在所</translation>
    </message>
    <message>
        <source>Away</source>
        <comment>person state</comment>
        <translation>外出中</translation>
    </message>
    <message>
        <source>Checked out</source>
        <comment>person state</comment>
        <translation>退所済み</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <comment>person state</comment>
        <translation>未受付</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n歳</numerusform>
        </translation>
    </message>
    <message>
        <source>Support: {needs}</source>
        <translation>要支援：{needs}</translation>
    </message>
    <message>
        <source>City OS roster — not registered here yet</source>
        <translation>都市OS名簿（この避難所では未登録）</translation>
    </message>
    <message>
        <source>Not checked in: {names}</source>
        <translation>受付されていません：{names}</translation>
    </message>
    <message numerus="yes">
        <source>Checked out: %n people</source>
        <translation>
            <numerusform>%n人が退所しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey answers saved.</source>
        <translation>アンケートの回答を保存しました。</translation>
    </message>
    <message>
        <source>In</source>
        <translation>入所</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>退所</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>外出</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>帰所</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation>受取</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>要支援</translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %n people</source>
        <translation>
            <numerusform>%n人を受付しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the person first (F2).</source>
        <translation>先に対象の方を検索してください（F2）。</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>退所</translation>
    </message>
    <message>
        <source>Supply pickup</source>
        <translation>物資受取</translation>
    </message>
    <message>
        <source>Pickup recorded: {item} × {n}</source>
        <translation>受取を記録しました：{item} × {n}</translation>
    </message>
</context>
<context>
    <name>DesksPage</name>
    <message>
        <source>Desks</source>
        <translation>受付端末</translation>
    </message>
    <message>
        <source>Desks of this shelter</source>
        <translation>この避難所の受付端末</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>受付端末</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Paired</source>
        <translation>ペアリング日時</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最終通信</translation>
    </message>
    <message>
        <source>Changes it lacks</source>
        <translation>未反映の変更</translation>
    </message>
    <message>
        <source>Paired desks</source>
        <translation>ペアリング済みの受付端末</translation>
    </message>
    <message>
        <source>Unpair this desk…</source>
        <translation>この端末のペアリングを解除…</translation>
    </message>
    <message>
        <source>Show pairing code</source>
        <translation>ペアリングコードを表示</translation>
    </message>
    <message>
        <source>Scan a pairing code</source>
        <translation>ペアリングコードを読み取る</translation>
    </message>
    <message>
        <source>Read from file…</source>
        <translation>ファイルから読み込む…</translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation>ファイルに保存…</translation>
    </message>
    <message>
        <source>paired</source>
        <translation>ペアリング済み</translation>
    </message>
    <message>
        <source>unpaired</source>
        <translation>解除済み</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Unpair desk {desk}? Its changes are refused from now on, and it cannot pair again with the same key.</source>
        <translation>受付端末 {desk} のペアリングを解除しますか？以後この端末の変更は受け付けず、同じ鍵で再びペアリングすることはできません。</translation>
    </message>
    <message>
        <source>Desk {desk} unpaired.</source>
        <translation>受付端末 {desk} のペアリングを解除しました。</translation>
    </message>
    <message>
        <source>The pairing code expired. Show a new one.</source>
        <translation>ペアリングコードの有効期限が切れました。新しいコードを表示してください。</translation>
    </message>
    <message>
        <source>Valid for {minutes}:{seconds:02d}</source>
        <translation>有効期限まで {minutes}:{seconds:02d}</translation>
    </message>
    <message>
        <source>At the second desk, the manager opens Desks and scans this code (or reads it from a file). Both desks are then paired over the network; if that desk shows a reply instead, scan it here.</source>
        <translation>2台目の受付端末で、管理者が「受付端末」画面を開き、このコードを読み取ります（またはファイルから読み込みます）。これでネットワーク経由で両方の端末がペアリングされます。その端末に応答コードが表示された場合は、こちらで読み取ってください。</translation>
    </message>
    <message>
        <source>Paired on this side. Show this reply to the first desk&apos;s camera (or save it to a file and read it there) to finish.</source>
        <translation>こちら側のペアリングが済みました。この応答コードを1台目の端末のカメラに見せて（またはファイルに保存してそちらで読み込んで）完了してください。</translation>
    </message>
    <message>
        <source>Hold the other desk&apos;s pairing code or reply to the camera.</source>
        <translation>相手の端末のペアリングコードまたは応答コードをカメラにかざしてください。</translation>
    </message>
    <message>
        <source>To pair a new desk: show a pairing code here, or scan the code another desk of this shelter shows.</source>
        <translation>新しい受付端末とペアリングするには、ここでペアリングコードを表示するか、この避難所の別の端末が表示するコードを読み取ってください。</translation>
    </message>
    <message>
        <source>This is not a pairing code. Check people in at the Desk page.</source>
        <translation>これはペアリングコードではありません。受付は「受付」画面で行ってください。</translation>
    </message>
    <message>
        <source>Could not reach desk {desk} over the network — show this code to it.</source>
        <translation>ネットワーク経由で受付端末 {desk} に接続できませんでした。このコードをその端末に見せてください。</translation>
    </message>
    <message>
        <source>Paired with desk {desk}.</source>
        <translation>受付端末 {desk} とペアリングしました。</translation>
    </message>
    <message>
        <source>The other desk paired with this one over the network.</source>
        <translation>相手の受付端末がネットワーク経由でこの端末とペアリングしました。</translation>
    </message>
    <message>
        <source>Read a pairing code</source>
        <translation>ペアリングコードを読み込む</translation>
    </message>
    <message>
        <source>Save the pairing code</source>
        <translation>ペアリングコードを保存</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>{path} に保存しました。</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Blank cards hold no personal data, but filled-in cards do: collect them at reception and keep them locked away until they are entered.</source>
        <translation>白紙のカードに個人情報はありませんが、記入済みのカードには含まれます。受付で回収し、入力が終わるまで鍵のかかる場所に保管してください。</translation>
    </message>
    <message>
        <source>This file holds personal data: keep it on an encrypted or locked medium, do not send it by e-mail, and delete or shred it when it is no longer needed.</source>
        <translation>このファイルには個人情報が含まれます。暗号化または施錠した媒体で保管し、メールで送らず、不要になったら削除または裁断してください。</translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>確認してください</translation>
    </message>
    <message>
        <source>Staff called</source>
        <translation>職員呼び出し</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Where staying</source>
        <translation>避難場所</translation>
    </message>
    <message>
        <source>Place details</source>
        <translation>場所の詳細</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>配慮が必要なこと</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>行き先</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>収容人数</translation>
    </message>
    <message>
        <source>Shelter id</source>
        <translation>避難所ID</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>避難所名</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>ナンバー</translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation>車種</translation>
    </message>
    <message>
        <source>Number of pets</source>
        <translation>ペットの数</translation>
    </message>
    <message>
        <source>Damage to home</source>
        <translation>住家被害</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>対象者</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Staff label</source>
        <translation>職員名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアントシークレット</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>City OS platform</source>
        <translation>都市OSの種類</translation>
    </message>
    <message>
        <source>City OS context broker URL</source>
        <translation>都市OSブローカーのURL</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL</source>
        <translation>OpenID ConnectのURL</translation>
    </message>
    <message>
        <source>Lock the desk after idle seconds</source>
        <translation>無操作でロックするまでの秒数</translation>
    </message>
    <message>
        <source>Self check-in idle seconds</source>
        <translation>セルフ受付の待ち秒数</translation>
    </message>
    <message>
        <source>Changes per request</source>
        <translation>1回に送る変更数</translation>
    </message>
    <message>
        <source>District of the resident roster</source>
        <translation>住民名簿の地区</translation>
    </message>
    <message>
        <source>Roster refresh interval</source>
        <translation>名簿の更新間隔</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <source>Backup interval</source>
        <translation>バックアップの間隔</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保持するバックアップの数</translation>
    </message>
    <message>
        <source>Tenant (Fiware-Service)</source>
        <translation>テナント（Fiware-Service）</translation>
    </message>
    <message>
        <source>Service path (Fiware-ServicePath)</source>
        <translation>サービスパス（Fiware-ServicePath）</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Audience (resource indicator)</source>
        <translation>オーディエンス（リソースインジケーター）</translation>
    </message>
    <message>
        <source>Client authentication method</source>
        <translation>クライアント認証方式</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>CA証明書ファイル</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up the shelter kiosk</source>
        <translation>避難所キオスクの初期設定</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>2つのパスフレーズが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation>2つのPINが一致しません。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Creating the kiosk… this takes a few seconds.</source>
        <translation>キオスクを作成しています…数秒かかります。</translation>
    </message>
</context>
<context>
    <name>HouseholdPart</name>
    <message>
        <source>Household</source>
        <extracomment>Languages offered, each in its own language (an endonym is not translated). The part&apos;s free-text fields (attribute names, also the draft&apos;s keys). A car in the shelter&apos;s lot, whatever the stay (a household inside with its car parked outside); staying in the vehicle implies it, so the box hides then.</extracomment>
        <translation>世帯</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>ペット</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Car parked here</source>
        <translation>車を駐車</translation>
    </message>
    <message>
        <source>A car parked at the shelter</source>
        <translation>避難所に車を駐車している</translation>
    </message>
    <message>
        <source>e.g. dog, cat</source>
        <translation>例：犬、猫</translation>
    </message>
    <message>
        <source>e.g. white minivan</source>
        <translation>例：白のミニバン</translation>
    </message>
    <message>
        <source>We agree that staff may tell people who ask about us
that we are here and safe (安否情報の開示)</source>
        <translation>問い合わせがあったとき、私たちがここに避難していて無事であることを
職員が伝えてもよい（安否情報の開示）</translation>
    </message>
    <message>
        <source>Who may receive our card&apos;s data:</source>
        <translation>このカードの情報を受け取ってよい相手：</translation>
    </message>
</context>
<context>
    <name>KioskError</name>
    <message>
        <source>This card or slip is not registered yet: fill in the evacuee card first.</source>
        <translation>このカード・受付票はまだ登録されていません。先に避難者カードを記入してください。</translation>
    </message>
    <message>
        <source>Choose at least one person.</source>
        <translation>少なくとも1人を選んでください。</translation>
    </message>
    <message>
        <source>The backup to {folder} failed. Check the backup folder in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation>{folder} へのバックアップに失敗しました。設定でバックアップの保存先を確認してください。{minutes}分後にもう一度試します。</translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there — was the USB drive removed? Plug it back in or choose another backup folder in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation>バックアップの保存先 {folder} が見つかりません。USBドライブが抜かれていませんか。差し直すか、設定で別の保存先を選んでください。{minutes}分後にもう一度試します。</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written (a read-only drive, or no permission). Choose another backup folder in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation>バックアップの保存先 {folder} に書き込めません（読み取り専用のドライブか、権限がありません）。設定で別の保存先を選んでください。{minutes}分後にもう一度試します。</translation>
    </message>
    <message>
        <source>The drive of the backup folder {folder} is full. Free some space, keep fewer backups or choose another drive in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation>バックアップの保存先 {folder} のドライブが満杯です。空き容量を作るか、保持する数を減らすか、設定で別のドライブを選んでください。{minutes}分後にもう一度試します。</translation>
    </message>
    <message>
        <source>The backup to {folder} could not be written and checked ({why}). Check the drive or choose another backup folder in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation>{folder} へのバックアップを書き込んで確認できませんでした（{why}）。ドライブを確認するか、設定で別の保存先を選んでください。{minutes}分後にもう一度試します。</translation>
    </message>
    <message>
        <source>The backup {name} cannot be used ({why}). Choose another backup; nothing was changed.</source>
        <translation>バックアップ {name} は使えません（{why}）。別のバックアップを選んでください。何も変更していません。</translation>
    </message>
    <message>
        <source>Use 1 to {n} plain letters A-Z, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (no spaces, no Japanese characters, no &apos;/&apos;, &apos;#&apos;, &apos;&amp;&apos; or &apos;?&apos;), e.g. {example}; the City OS refuses other ids.</source>
        <translation>半角英字 A-Z・数字・「-」「_」「.」だけで 1〜{n} 文字にしてください（空白・日本語・「/」「#」「&amp;」「?」は使えません）。例：{example}。これ以外の ID は都市OSが受け付けません。</translation>
    </message>
    <message>
        <source>Use up to {n} lower-case letters a-z, digits or &apos;_&apos; (no spaces, &apos;-&apos; or Japanese characters), e.g. {example}, exactly as the City OS gave it; or leave it empty.</source>
        <translation>半角小文字 a-z・数字・「_」だけで {n} 文字以内にしてください（空白・「-」・日本語は使えません）。例：{example}。都市OSから指定されたとおりに入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Start with &apos;/&apos; and use at most {levels} levels of 1 to {n} letters, digits or &apos;_&apos;, e.g. {example}; use / when the City OS named none.</source>
        <translation>「/」で始め、各階層を半角英数字と「_」の 1〜{n} 文字で、{levels} 階層までにしてください。例：{example}。都市OSから指定がなければ / にしてください。</translation>
    </message>
    <message>
        <source>The card cannot be read. Take it off the reader and try again.</source>
        <translation>カードを読み取れません。カードをリーダーから離して、もう一度置いてください。</translation>
    </message>
    <message>
        <source>The card reader service is not running. Ask the operator to start pcscd.</source>
        <translation>カードリーダーのサービスが動いていません。担当者に pcscd の起動を依頼してください。</translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader.</source>
        <translation>カードリーダーが接続されていません。カードリーダーをつないでください。</translation>
    </message>
    <message>
        <source>No card is on the reader. Place the card on the reader.</source>
        <translation>リーダーにカードがありません。カードをリーダーに置いてください。</translation>
    </message>
    <message>
        <source>The card was taken off the reader too early. Place it again and wait.</source>
        <translation>読み取りの途中でカードが離れました。もう一度置いて、そのままお待ちください。</translation>
    </message>
    <message>
        <source>This is not a My Number card, or its card-information application cannot be used.</source>
        <translation>マイナンバーカードではないか、券面事項入力補助の機能が使えないカードです。</translation>
    </message>
    <message>
        <source>PIN: type the 4 digits of the card&apos;s PIN.</source>
        <translation>暗証番号：カードの暗証番号（数字4桁）を入力してください。</translation>
    </message>
    <message>
        <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
        <translation>暗証番号が違います。カードがロックされるまで残り{tries_left}回です。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
        <translation>暗証番号を3回間違えたため、カードがロックされています。市区町村の窓口で解除できます。避難者カードは職員が手で記入できます。</translation>
    </message>
    <message>
        <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
        <translation>残り1回です。間違えるとカードがロックされます。入力の前に職員の確認が必要です。</translation>
    </message>
    <message>
        <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
        <translation>このカードはタッチするたびに異なるIDを示すため（スマートフォン、マイナンバーカード、プライバシー保護カードなど）、登録できません。交通系ICカードか市のカードを使ってください。</translation>
    </message>
    <message>
        <source>This card is not linked to anyone. Staff can link it on the person&apos;s card.</source>
        <translation>このカードはだれにも登録されていません。職員がその方のカードに登録できます。</translation>
    </message>
    <message>
        <source>This card is already linked to another person. Unlink it there first.</source>
        <translation>このカードは別の方に登録済みです。先にそちらの登録を解除してください。</translation>
    </message>
    <message>
        <source>No card is linked to this person.</source>
        <translation>この方にはカードが登録されていません。</translation>
    </message>
    <message>
        <source>This shelter is closed: check-ins are not accepted.</source>
        <translation>この避難所は閉鎖中のため、受付できません。</translation>
    </message>
    <message>
        <source>This person is not checked in (person {id}).</source>
        <translation>この方は受付されていません（対象者 {id}）。</translation>
    </message>
    <message>
        <source>Say where the person is going (home, hospital, ...).</source>
        <translation>行き先（自宅、病院など）を入力してください。</translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation>{limit}文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Name the item picked up.</source>
        <translation>受け取った品目を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number from 1 to 1000.</source>
        <translation>1〜1000の数を入力してください。</translation>
    </message>
    <message>
        <source>The card&apos;s PIN can only be typed on a terminal (it is never an argument).</source>
        <translation>カードの暗証番号は端末でのみ入力できます（引数では渡せません）。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>2回の入力が一致しません。</translation>
    </message>
    <message>
        <source>Only a My Number card or a kiosk slip can be linked here.</source>
        <translation>ここで紐づけできるのはマイナンバーカードか受付票だけです。</translation>
    </message>
    <message>
        <source>Give the destination with --to.</source>
        <translation>--to で行き先を指定してください。</translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation>画像にQRコードが見つかりません。</translation>
    </message>
    <message>
        <source>Give a person id, --qr or --image.</source>
        <translation>対象者ID、--qr または --image を指定してください。</translation>
    </message>
    <message>
        <source>Use the form {example}.</source>
        <translation>{example} の形式で入力してください。</translation>
    </message>
    <message>
        <source>Write each as LABEL:ROLE:PIN.</source>
        <translation>名前:役割:PIN の形式で入力してください。</translation>
    </message>
    <message>
        <source>Desk {desk} sent changes this kiosk cannot read. Update both kiosks to the same version and sync again.</source>
        <translation>窓口 {desk} から届いた変更を読み取れません。両方のキオスクを同じバージョンに更新してから、もう一度同期してください。</translation>
    </message>
    <message>
        <source>This is not a readable pairing code. Show a new pairing code on the first desk and scan it again.</source>
        <translation>読み取れるペアリングコードではありません。最初の受付端末で新しいペアリングコードを表示し、もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>This pairing code has expired. Show a new one on the first desk and scan it right away.</source>
        <translation>このペアリングコードは有効期限が切れています。最初の受付端末で新しいコードを表示し、すぐに読み取ってください。</translation>
    </message>
    <message>
        <source>This pairing code belongs to shelter {found}, but this kiosk serves {own}. Pair only desks of the same shelter.</source>
        <translation>このペアリングコードは避難所 {found} のものですが、この端末は {own} の端末です。同じ避難所の受付端末どうしだけをペアリングしてください。</translation>
    </message>
    <message>
        <source>This pairing code was made by this kiosk. Scan it at the other desk.</source>
        <translation>このペアリングコードはこの端末が作成したものです。もう一方の受付端末で読み取ってください。</translation>
    </message>
    <message>
        <source>This pairing reply is not valid for a code of this kiosk (damaged, or made for another code). Pair the second desk again.</source>
        <translation>このペアリング応答は、この端末のコードに対して有効ではありません（破損しているか、別のコードへの応答です）。2台目の受付端末でもう一度ペアリングしてください。</translation>
    </message>
    <message>
        <source>This pairing reply answers no open pairing code of this kiosk (it expired or was already used). Show a new pairing code and pair again.</source>
        <translation>このペアリング応答に対応する有効なペアリングコードがこの端末にありません（期限切れか、使用済みです）。新しいペアリングコードを表示して、もう一度ペアリングしてください。</translation>
    </message>
    <message>
        <source>Desk {desk} is not paired with this kiosk.</source>
        <translation>受付端末 {desk} はこの端末とペアリングされていません。</translation>
    </message>
    <message>
        <source>Desk {desk} was unpaired; its changes are refused. It cannot pair again with the same key.</source>
        <translation>受付端末 {desk} はペアリングが解除されています。その端末からの変更は受け付けません。同じ鍵で再びペアリングすることはできません。</translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves. Pick two people.</source>
        <translation>同じ人どうしは統合できません。2人を選んでください。</translation>
    </message>
    <message>
        <source>These two people are not flagged as possibly the same person (the flag was already resolved, or never raised).</source>
        <translation>この2人は同一人物の可能性として登録されていません（すでに処理済みか、検出されていません）。</translation>
    </message>
    <message>
        <source>The exchange with the desk at {address} did not complete ({reason}). Check that it is running and paired, then sync again.</source>
        <translation>{address} の窓口とのやり取りが完了しませんでした（{reason}）。その窓口が起動していてペアリング済みか確認し、もう一度同期してください。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>{label}: {hint}</source>
        <translation>{label}：{hint}</translation>
    </message>
    <message>
        <source>No {what} with id {id}.</source>
        <translation>ID {id} の{what}はありません。</translation>
    </message>
    <message>
        <source>The data store cannot be used.</source>
        <translation>データを使用できません。</translation>
    </message>
    <message>
        <source>No kiosk data store in {home}. Create one with &apos;kiosk init&apos; or choose another --home.</source>
        <translation>{home} にキオスクのデータがありません。&apos;kiosk init&apos; で作成するか、別の --home を指定してください。</translation>
    </message>
    <message>
        <source>A kiosk data store already exists in {home}; it was left untouched.</source>
        <translation>{home} にはすでにキオスクのデータがあります。変更していません。</translation>
    </message>
    <message>
        <source>Wrong passphrase for the kiosk data store. Nothing was changed.</source>
        <translation>パスフレーズが違います。何も変更していません。</translation>
    </message>
    <message>
        <source>The kiosk data store is damaged ({detail}). Restore a backup or ask support; the file was left as it is.</source>
        <translation>キオスクのデータが破損しています（{detail}）。バックアップから復元するか、サポートに連絡してください。ファイルはそのまま残しています。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s data folder {home} cannot be written (a read-only disk, or no permission). Nothing was changed. Put the data on a writable disk or fix its permissions, then start again.</source>
        <translation>受付端末のデータフォルダ {home} に書き込めません（読み取り専用のディスク、または権限がありません）。何も変更していません。書き込めるディスクにデータを移すか権限を直してから、もう一度起動してください。</translation>
    </message>
    <message>
        <source>The disk holding the kiosk&apos;s data is full: the last change was not saved (everything saved before is safe). Free some space, for example old exports, then try again.</source>
        <translation>受付端末のデータがあるディスクがいっぱいです。最後の変更は保存されていません（それまでに保存したデータは無事です）。古い書き出しファイルなどを削除して空きを作り、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The data store was written by a newer kiosk (schema {found}, this kiosk knows up to {known}). Update the kiosk software.</source>
        <translation>このデータは新しいキオスクで作成されています（スキーマ {found}、このキオスクは {known} まで対応）。ソフトウェアを更新してください。</translation>
    </message>
    <message>
        <source>No passphrase: set KIOSK_PASSPHRASE or run the command in a terminal.</source>
        <translation>パスフレーズがありません。KIOSK_PASSPHRASE を設定するか、端末で実行してください。</translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}). No file was left behind.</source>
        <translation>{path} を書き込めませんでした（{reason}）。ファイルは残っていません。</translation>
    </message>
    <message>
        <source>No Japanese font for PDF files was found. Install IPAGothic (ipag.ttf) or set KIOSK_PDF_FONT to a .ttf file.</source>
        <translation>PDF用の日本語フォントが見つかりません。IPAゴシック（ipag.ttf）をインストールするか、KIOSK_PDF_FONT に .ttf ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Row {row} ({column}) has a character Shift_JIS cannot hold. Export as UTF-8, or choose to replace such characters with 〓.</source>
        <translation>{row}行目（{column}）に Shift_JIS で表せない文字があります。UTF-8 で出力するか、その文字を〓に置き換える設定を選んでください。</translation>
    </message>
    <message>
        <source>This shelter&apos;s data is already open in another kiosk window on this computer. Switch to that window (Alt+Tab), or close it first.</source>
        <translation>この避難所のデータは、このパソコンの別の受付画面ですでに開かれています。その画面に切り替える（Alt+Tab）か、先に閉じてください。</translation>
    </message>
    <message>
        <source>The identity code cannot be used.</source>
        <translation>このコードは使用できません。</translation>
    </message>
    <message>
        <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
        <translation>このコードは読み取れません。破損しているか、避難所受付用のコードではありません。職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
        <translation>このコードは新しい形式（{prefix}）です。キオスクを更新するか、職員が手入力で登録してください。</translation>
    </message>
    <message>
        <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
        <translation>このコードは、このキオスクが信頼していない鍵で署名されています（鍵ID {kid}）。最新の信頼リストを取り込むか、職員が手入力で登録してください。</translation>
    </message>
    <message>
        <source>This code&apos;s signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
        <translation>このコードの署名が正しくありません。改ざんされたか、市が発行したものではありません。職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
        <translation>このコードは {expired} に期限切れになりました。アプリで新しいコードを表示するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code is not valid yet (issued {issued}). Check the kiosk&apos;s date and time, or ask staff.</source>
        <translation>このコードはまだ有効ではありません（発行 {issued}）。キオスクの日時を確認するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
        <translation>このコードは {retired} に廃止された鍵で署名されています（鍵ID {kid}）。アプリで新しいコードを表示するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk&apos;s date and time, or ask staff.</source>
        <translation>このコードの鍵は {valid_from} から有効です（鍵ID {kid}）。キオスクの日時を確認するか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
        <translation>この受付票は別の避難所（{shelter}）で発行されたものです。職員にお声がけください。</translation>
    </message>
    <message>
        <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
        <translation>この控えは、以前の開設のときのもの（{issued} 発行）なので、使えません。受付の職員に新しい控えをもらってください。</translation>
    </message>
    <message>
        <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
        <translation>この控えは {issued} に発行されました。この避難所では控えの有効期間は {days} 日です。受付の職員に新しい控えをもらってください。</translation>
    </message>
    <message>
        <source>The code is too large for a readable QR code (version {version}, at most {limit}). Issue codes for fewer household members.</source>
        <translation>コードが大きすぎて読み取れるQRコードになりません（バージョン {version}、上限 {limit}）。世帯人数を分けて発行してください。</translation>
    </message>
    <message>
        <source>The code cannot be issued: field {field} is not valid.</source>
        <translation>コードを発行できません：項目 {field} が正しくありません。</translation>
    </message>
    <message>
        <source>The trust list cannot be used.</source>
        <translation>信頼リストを使用できません。</translation>
    </message>
    <message>
        <source>The trust-list file is not valid (entry {entry}, field {field}). Nothing was imported.</source>
        <translation>信頼リストのファイルが正しくありません（項目 {entry}、{field}）。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>The trust-list file {path} cannot be read.</source>
        <translation>信頼リストのファイル {path} を読み込めません。</translation>
    </message>
    <message>
        <source>The key file {path} is not an Ed25519 private key.</source>
        <translation>鍵ファイル {path} は Ed25519 の秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
        <translation>有効なマイナンバーではありません。カードの裏面をもう一度かざすか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
        <translation>マイナンバーは12桁ですが、{count}桁でした。カードの裏面をもう一度かざすか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
        <translation>マイナンバーは数字だけです。カード裏面のQRコードをかざすか、職員にお声がけください。</translation>
    </message>
    <message>
        <source>This My Number&apos;s check digit is wrong: it was misread or mistyped. Try again.</source>
        <translation>マイナンバーのチェックデジットが合いません。読み取りか入力の誤りです。もう一度お試しください。</translation>
    </message>
    <message>
        <source>My Number cards cannot be read on this kiosk: its token key is not set up.</source>
        <translation>このキオスクではマイナンバーカードを読み取れません（照合用の鍵が未設定です）。</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} bytes, too large for this kind of file.</source>
        <translation>{path} は {limit} バイトを超えており、この種類のファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>{path} is inside the kiosk&apos;s own data folder, where it could destroy the store. Choose a folder outside it, such as a USB stick.</source>
        <translation>{path} は受付端末自身のデータフォルダの中にあり、保存データを壊すおそれがあります。USBメモリなど、その外のフォルダを選んでください。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a folder or a device). Choose a file name.</source>
        <translation>{path} は通常のファイルではありません（フォルダまたはデバイスです）。ファイル名を選んでください。</translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or replace it on purpose (--force).</source>
        <translation>{path} はすでにあります。別の名前を選ぶか、意図して置き換えてください（--force）。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>必須項目です。</translation>
    </message>
    <message>
        <source>Remove the invisible or control character ({char}) and type it again.</source>
        <translation>見えない文字または制御文字（{char}）を削除して、入力し直してください。</translation>
    </message>
    <message>
        <source>Write the reading in kana only.</source>
        <translation>ふりがなはかなで入力してください。</translation>
    </message>
    <message>
        <source>Choose F, M or X.</source>
        <translation>女性・男性・その他から選んでください。</translation>
    </message>
    <message>
        <source>Use a real date of birth, e.g. {example}.</source>
        <translation>正しい生年月日を入力してください（例：{example}）。</translation>
    </message>
    <message>
        <source>Enter 10 or 11 digits, e.g. {example}.</source>
        <translation>10桁か11桁で入力してください（例：{example}）。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {minutes} minutes.</source>
        <translation>PINの誤りが多すぎます。{minutes}分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 minute.</source>
        <translation>PINの誤りが多すぎます。1分後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The image {source} is too large to read (over {limit} megapixels).</source>
        <translation>画像 {source} は大きすぎて読み取れません（{limit} メガピクセル超）。</translation>
    </message>
    <message>
        <source>Enter 0 (until the next opening) to 3650 days.</source>
        <translation>0（次の開設まで）から 3650 日の間で入力してください。</translation>
    </message>
    <message>
        <source>Use the https:// address: over http:// the client secret and people&apos;s data would cross the network unencrypted (http:// is only for this machine, or for a lab with the setting “Lab only: allow http:// to other machines” turned on).</source>
        <translation>https:// のアドレスを入力してください。http:// ではクライアントシークレットと個人のデータが暗号化されずにネットワークを流れます（http:// はこのパソコン自身宛て、または設定「検証環境のみ：他のマシンへの http:// を許可」をオンにした検証環境でだけ使えます）。</translation>
    </message>
    <message>
        <source>Choose one of: {values}.</source>
        <translation>次のいずれかを選んでください：{values}。</translation>
    </message>
    <message>
        <source>Write the scopes the City OS named, separated by single spaces, without quotes or backslashes, e.g. {example}.</source>
        <translation>都市OSから指定されたスコープを、半角スペース1つずつで区切って入力してください（引用符・バックスラッシュは使えません）。例：{example}。</translation>
    </message>
    <message>
        <source>Enter the absolute URI the City OS named for its broker, e.g. {example}, or leave it empty.</source>
        <translation>都市OSがブローカー用に指定した絶対URIを入力するか、空欄にしてください。例：{example}。</translation>
    </message>
    <message>
        <source>No file at this path. Choose the PEM file of CA certificates the City OS gave you, or leave it empty to use the system&apos;s.</source>
        <translation>このパスにファイルがありません。都市OSから受け取ったCA証明書のPEMファイルを選ぶか、空欄にしてシステムの証明書を使ってください。</translation>
    </message>
    <message>
        <source>Enter 5 to 1440 minutes.</source>
        <translation>5～1440分で入力してください。</translation>
    </message>
    <message>
        <source>Enter at most 64 characters.</source>
        <translation>64文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Enter a full folder path such as {example}, or leave it empty.</source>
        <translation>{example} のようにフォルダーのフルパスを入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Enter a shorter folder path.</source>
        <translation>もっと短いフォルダーのパスを入力してください。</translation>
    </message>
    <message>
        <source>Enter 1 to 1440 minutes.</source>
        <translation>1〜1440分で入力してください。</translation>
    </message>
    <message>
        <source>Enter a time zone such as {example}.</source>
        <translation>{example} のようなタイムゾーン名を入力してください。</translation>
    </message>
    <message>
        <source>The national shelter ID has exactly 14 digits; leave it empty if there is none.</source>
        <translation>全国共通避難所IDはちょうど14桁の数字です。IDがない場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>The My Number key file must hold at least {n} bytes; it holds {m}.</source>
        <translation>マイナンバー用の鍵ファイルには {n} バイト以上が必要です（現在 {m} バイト）。</translation>
    </message>
    <message>
        <source>The My Number key file must hold at most {n} bytes; it holds {m}.</source>
        <translation>マイナンバー用の鍵ファイルは {n} バイト以下にしてください（現在 {m} バイト）。</translation>
    </message>
    <message>
        <source>This person&apos;s card already has a birth date. Staff can correct it on the card.</source>
        <translation>この方のカードには生年月日がすでにあります。訂正は職員がカードで行います。</translation>
    </message>
    <message>
        <source>The City OS keys have not been imported yet, so no bundle can be sealed. Press “Import City OS keys…” here on the Sync page and choose the key file the City OS gave you (in a terminal: kiosk sync cityos-keys FILE).</source>
        <translation>都市OSの鍵がまだ取り込まれていないため、暗号化データを作成できません。この「同期」画面の「都市OSの鍵を取り込む…」を押し、都市OSから受け取った鍵ファイルを選んでください（端末では kiosk sync cityos-keys ファイル名）。</translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {why}.</source>
        <translation>鍵ファイル {path} を使用できません：{why}。</translation>
    </message>
    <message>
        <source>The import stopped: {why}. No receipt was written; running it again is safe.</source>
        <translation>取り込みを中断しました：{why}。受領書は作成されていません。もう一度実行しても問題ありません。</translation>
    </message>
    <message>
        <source>The City OS cannot be reached now (no network, or no answer). Nothing is lost: queued changes and the roster on this laptop are kept. Try again later.</source>
        <translation>現在、都市OSに接続できません（ネットワークがないか、応答がありません）。データは失われません。送信待ちの変更とこのパソコンの住民名簿はそのまま保持されます。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>{url} is not an https:// address, so the client secret and people&apos;s data would cross the network unencrypted; nothing was sent. Enter the City OS&apos;s https:// address in the sync settings.</source>
        <translation>{url} は https:// のアドレスではないため、クライアントシークレットと個人のデータが暗号化されずにネットワークを流れてしまいます。何も送信していません。同期の設定に都市OSの https:// のアドレスを入力してください。</translation>
    </message>
    <message>
        <source>The certificate of {url} is not trusted, so nothing was sent. If the City OS uses its own certificate authority, choose its CA certificates file in the sync settings.</source>
        <translation>{url} の証明書を信頼できないため、何も送信していません。都市OSが独自の認証局を使っている場合は、同期の設定でそのCA証明書ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The City OS refused this kiosk access (HTTP 403), even after signing in again. Nothing was sent and nothing is lost: the changes stay queued. Ask the City OS administrator to allow this kiosk&apos;s client, then push again.</source>
        <translation>都市OSがこのキオスクのアクセスを拒否しました（HTTP 403）。再度サインインしても同じでした。何も送信されておらず、データは失われません。変更は送信待ちのまま保持されます。都市OSの管理者にこのキオスクのクライアントを許可するよう依頼してから、もう一度送信してください。</translation>
    </message>
    <message>
        <source>The City OS did not send the shelter record or resident list ({reason}); the copy already on this laptop is kept.</source>
        <translation>都市OSから避難所情報または住民名簿を受け取れませんでした（{reason}）。このパソコンにある名簿をそのまま使います。</translation>
    </message>
    <message>
        <source>The trust list file cannot be read. Choose it again.</source>
        <translation>信頼リストのファイルを読み込めません。もう一度選んでください。</translation>
    </message>
    <message>
        <source>The file cannot be written or read there. Check the USB stick and choose the place again.</source>
        <translation>そのファイルに書き込み・読み込みができません。USBメモリを確認して、場所を選び直してください。</translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation>一覧から選んでください。</translation>
    </message>
    <message>
        <source>Choose shelter, vehicle, home or other.</source>
        <translation>避難所内・車中泊・在宅・その他から選んでください。</translation>
    </message>
    <message>
        <source>Use only these values: {values}.</source>
        <translation>次の値だけを使ってください：{values}。</translation>
    </message>
    <message>
        <source>Unknown consent scope.</source>
        <translation>不明な同意の範囲です。</translation>
    </message>
    <message>
        <source>Use a language code such as ja or en.</source>
        <translation>ja や en などの言語コードを入力してください。</translation>
    </message>
    <message>
        <source>Enter a number from 0 to 100.</source>
        <translation>0〜100の数を入力してください。</translation>
    </message>
    <message>
        <source>Add at least one person.</source>
        <translation>少なくとも1人を追加してください。</translation>
    </message>
    <message>
        <source>This code is not one of this shelter&apos;s pre-printed paper cards.</source>
        <translation>このコードは、この避難所で事前に印刷した紙の避難者カードのものではありません。</translation>
    </message>
    <message>
        <source>This paper card has already been entered. Scan its QR code to find the person.</source>
        <translation>この紙のカードはすでに入力済みです。QRコードを読み取ると、その方の情報が表示されます。</translation>
    </message>
    <message>
        <source>This code already belongs to another person (id {other}).</source>
        <translation>このコードはすでに別の方に紐づいています（ID {other}）。</translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation>{n}文字以上で入力してください。</translation>
    </message>
    <message>
        <source>Create at least one shelter manager PIN.</source>
        <translation>避難所責任者のPINを少なくとも1つ作成してください。</translation>
    </message>
    <message>
        <source>Choose a PIN nobody else uses.</source>
        <translation>他の人が使っていないPINにしてください。</translation>
    </message>
    <message>
        <source>Use 4 to 12 digits.</source>
        <translation>4〜12桁の数字にしてください。</translation>
    </message>
    <message>
        <source>Choose staff, operator or manager.</source>
        <translation>受付職員・同期担当・避難所責任者から選んでください。</translation>
    </message>
    <message>
        <source>The camera or file {source} cannot be opened.</source>
        <translation>カメラまたはファイル {source} を開けません。</translation>
    </message>
    <message>
        <source>Enter a full URL such as {example}.</source>
        <translation>{example} のような完全なURLを入力してください。</translation>
    </message>
    <message>
        <source>Choose ja or en.</source>
        <translation>ja か en を選んでください。</translation>
    </message>
    <message>
        <source>Choose ngsi-v2 or ngsi-ld.</source>
        <translation>ngsi-v2 か ngsi-ld を選んでください。</translation>
    </message>
    <message>
        <source>Enter 0 to 86400 seconds.</source>
        <translation>0〜86400秒で入力してください。</translation>
    </message>
    <message>
        <source>Enter 5 to 3600 seconds.</source>
        <translation>5〜3600秒で入力してください。</translation>
    </message>
    <message>
        <source>Enter 1 to 1000.</source>
        <translation>1〜1000で入力してください。</translation>
    </message>
    <message>
        <source>Enter the shelter&apos;s name.</source>
        <translation>避難所名を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number from 0 to 100000.</source>
        <translation>0〜100000の数を入力してください。</translation>
    </message>
    <message>
        <source>Your role may not do this. Ask a shelter manager.</source>
        <translation>この操作の権限がありません。避難所責任者に依頼してください。</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PINが違います。もう一度入力してください。</translation>
    </message>
    <message>
        <source>Give a short label such as 受付1.</source>
        <translation>「受付1」のような短い名前を付けてください。</translation>
    </message>
    <message>
        <source>Enter a number from 1 to {limit}.</source>
        <translation>1から{limit}までの数を入力してください。</translation>
    </message>
    <message>
        <source>Choose from the listed answers.</source>
        <translation>一覧から選んでください。</translation>
    </message>
    <message>
        <source>&apos;None of these&apos; cannot go with other answers.</source>
        <translation>「どれもない」はほかの回答と一緒に選べません。</translation>
    </message>
    <message>
        <source>There is no such question in the survey.</source>
        <translation>アンケートにその質問はありません。</translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation>少なくとも1つの質問に答えてください。</translation>
    </message>
    <message>
        <source>Choose a number from 1 to 5.</source>
        <translation>1から5の数字を選んでください。</translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation>「はい」か「いいえ」で答えてください。</translation>
    </message>
    <message>
        <source>Write the answer as text.</source>
        <translation>文字で入力してください。</translation>
    </message>
    <message>
        <source>Choose one of the listed answers.</source>
        <translation>一覧から1つ選んでください。</translation>
    </message>
    <message>
        <source>The bundle cannot be used: {why}.</source>
        <translation>バンドルを使用できません：{why}。</translation>
    </message>
    <message>
        <source>The City OS cannot be reached now; changes stay queued.</source>
        <translation>現在、都市OSに接続できません。変更は送信待ちのまま保持されます。</translation>
    </message>
    <message>
        <source>The login service at {issuer} does not look like the City OS OpenID provider. Check the issuer URL in the sync settings.</source>
        <translation>{issuer} のログインサービスは都市OSのOpenIDプロバイダではないようです。同期設定のURLを確認してください。</translation>
    </message>
    <message>
        <source>The City OS refused this kiosk&apos;s client id or secret. Check the sync settings.</source>
        <translation>都市OSがこのキオスクのクライアントIDまたはシークレットを拒否しました。同期設定を確認してください。</translation>
    </message>
    <message>
        <source>The City OS login service refused a token ({error}). Check the sync settings.</source>
        <translation>都市OSのログインサービスがトークンを拒否しました（{error}）。同期設定を確認してください。</translation>
    </message>
    <message>
        <source>Sync is not set up: enter the City OS URL, login service and client id in the settings.</source>
        <translation>同期が設定されていません。設定で都市OSのURL、ログインサービス、クライアントIDを入力してください。</translation>
    </message>
    <message>
        <source>Something went wrong. The data already saved is safe; please try again.</source>
        <translation>問題が発生しました。保存済みのデータは無事です。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
        <translation>言語を選んでください</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back without changing the language</source>
        <translation>言語を変えずに戻る</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shelter reception</source>
        <extracomment>Set while self check-in runs: only a staff PIN clears it (see request_leave...).</extracomment>
        <translation>避難所受付</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>受付</translation>
    </message>
    <message>
        <source>Self check-in mode</source>
        <translation>セルフ受付モード</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同期</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>ロック</translation>
    </message>
    <message>
        <source>People in the shelter</source>
        <translation>避難所内の人数</translation>
    </message>
    <message>
        <source>City OS queue</source>
        <translation>都市OS送信待ち</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>ログイン中の職員</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Dismiss the call for staff</source>
        <translation>職員の呼び出しを確認済みにする</translation>
    </message>
    <message>
        <source>This is a desk pairing code: a shelter manager pairs desks (Settings, Desks of this shelter).</source>
        <translation>これは受付端末のペアリングコードです。ペアリングは避難所の管理者が行います（設定の「この避難所の受付端末」）。</translation>
    </message>
    <message>
        <source>Someone at self check-in asked for staff (at {times}).</source>
        <translation>セルフ受付で職員の呼び出しがありました（{times}）。</translation>
    </message>
    <message>
        <source>Inside {present} / {capacity} — {level} · vehicle {vehicle} · home {home}</source>
        <translation>避難所内 {present} / {capacity} — {level} ・車中泊 {vehicle} ・在宅 {home}</translation>
    </message>
    <message>
        <source>City OS queue: {n}</source>
        <translation>都市OS送信待ち：{n}</translation>
    </message>
    <message>
        <source>Demo shelter — PINs: {pins}</source>
        <translation>デモ避難所 — PIN：{pins}</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>e.g. 山田 花子</source>
        <extracomment>Flags whose detail is written on the card, and the Needs field holding it. The kana suggestion waits this long after the last key of the name.</extracomment>
        <translation>例：山田 花子</translation>
    </message>
    <message>
        <source>From the name</source>
        <translation>氏名から自動入力</translation>
    </message>
    <message>
        <source>19500401 / S25.4.1</source>
        <translation>19500401 / S25.4.1</translation>
    </message>
    <message>
        <source>F · Female</source>
        <translation>F・女性</translation>
    </message>
    <message>
        <source>M · Male</source>
        <translation>M・男性</translation>
    </message>
    <message>
        <source>X · Other</source>
        <translation>X・その他</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation>この世帯員を削除</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>要介護度</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>病名</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>服薬内容</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>アレルギーの内容</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>食事の配慮</translation>
    </message>
    <message>
        <source>My Number card: {masked}</source>
        <translation>マイナンバーカード：{masked}</translation>
    </message>
    <message>
        <source>Kiosk slip: {slip}</source>
        <translation>受付票：{slip}</translation>
    </message>
    <message>
        <source>Disaster app code</source>
        <translation>防災アプリのコード</translation>
    </message>
    <message>
        <source>Not a date yet</source>
        <translation>日付として読めません</translation>
    </message>
    <message>
        <source>Suggested from the name: check it</source>
        <translation>氏名からの推定です。確認してください</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>The same person registered at two desks?</source>
        <translation>2つの受付で同じ人が登録されていませんか？</translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation>検出理由</translation>
    </message>
    <message>
        <source>Left card</source>
        <translation>左のカード</translation>
    </message>
    <message>
        <source>Right card</source>
        <translation>右のカード</translation>
    </message>
    <message>
        <source>People flagged as possibly the same</source>
        <translation>同一人物の可能性がある人</translation>
    </message>
    <message>
        <source>Keep the left card</source>
        <translation>左のカードを残す</translation>
    </message>
    <message>
        <source>Keep the right card</source>
        <translation>右のカードを残す</translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>別人です</translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation>氏名と生年月日が同じ</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <source>same code or card</source>
        <translation>同じコードまたはカード</translation>
    </message>
    <message>
        <source>Merge {drop} into {keep}? Stays, pickups and codes move to the card kept; the other card is deleted here, at the other desks and at the City OS.</source>
        <translation>{drop} を {keep} に統合しますか？滞在記録・物資の受け取り・コードは残すカードに移り、もう一方のカードはこの端末・他の受付端末・都市OSから削除されます。</translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation>統合しました。</translation>
    </message>
    <message>
        <source>Kept as two people.</source>
        <translation>別人として残しました。</translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Write sealed bundle</source>
        <extracomment>``(parent, suggested path) -&gt; chosen path or None`` (cancelled). ``(parent, start folder) -&gt; chosen path or None`` (cancelled). ``KioskActions.retry_conflict`` or ``skip_conflict``: ``(seq, done, failed)``. What the queue holds, by record type, as the operator reads it.</extracomment>
        <translation>暗号化データの書き出し</translation>
    </message>
    <message>
        <source>Sealed bundle (*.jwe)</source>
        <translation>暗号化データ (*.jwe)</translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation>受領書の取り込み</translation>
    </message>
    <message>
        <source>City OS receipt (*.jws);;All files (*)</source>
        <translation>都市OSの受領書 (*.jws);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import City OS keys</source>
        <translation>都市OSの鍵を取り込む</translation>
    </message>
    <message>
        <source>City OS keys (*.jwks *.json);;All files (*)</source>
        <translation>都市OSの鍵 (*.jwks *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Send to the City OS now</source>
        <translation>今すぐ都市OSに送信</translation>
    </message>
    <message>
        <source>Send this change again</source>
        <translation>この変更を再送する</translation>
    </message>
    <message>
        <source>Skip this change</source>
        <translation>この変更を送らない</translation>
    </message>
    <message>
        <source>Changes the City OS refused</source>
        <translation>都市OSが受け付けなかった変更</translation>
    </message>
    <message>
        <source>Write sealed bundle…</source>
        <translation>暗号化データを書き出す…</translation>
    </message>
    <message>
        <source>Import receipt…</source>
        <translation>受領書を取り込む…</translation>
    </message>
    <message>
        <source>Import City OS keys…</source>
        <translation>都市OSの鍵を取り込む…</translation>
    </message>
    <message>
        <source>No network? Write the queue to a USB stick as a sealed bundle for the City OS, then import the receipt it gives back.</source>
        <translation>ネットワークが使えないときは、送信待ちのデータを暗号化してUSBメモリに書き出し、都市OSへ届けてください。都市OSから受け取った受領書を取り込むと、送信済みになります。</translation>
    </message>
    <message>
        <source>Refresh the roster now</source>
        <translation>名簿を今すぐ更新</translation>
    </message>
    <message>
        <source>Queued: {pending} ({by_type})
Sent: {sent} · refused: {conflicts} (holding back {blocked}) · skipped: {skipped}
Last success: {last}</source>
        <translation>送信待ち：{pending}（{by_type}）
送信済み：{sent} ・拒否：{conflicts}（保留中 {blocked}）・送信しない：{skipped}
最終送信成功：{last}</translation>
    </message>
    <message numerus="yes">
        <source>Resident roster from the City OS: %n people, fetched {when}</source>
        <translation>
            <numerusform>都市OSの住民名簿：%n人（取得 {when}）</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the roster…</source>
        <translation>名簿を取得しています…</translation>
    </message>
    <message>
        <source>Shelter record fetched; no roster district is set in the settings.</source>
        <translation>避難所情報を取得しました。設定で名簿の地区が指定されていないため、名簿は取得していません。</translation>
    </message>
    <message numerus="yes">
        <source>Roster updated: %n people (+{added}, −{removed}).</source>
        <translation>
            <numerusform>名簿を更新しました：%n人（追加 {added}、削除 {removed}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n changes sent</source>
        <translation>
            <numerusform>送信中…%n件送信済み</numerusform>
        </translation>
    </message>
    <message>
        <source>City OS keys imported: sealed bundles can be written now.</source>
        <translation>都市OSの鍵を取り込みました。暗号化データを書き出せるようになりました。</translation>
    </message>
    <message>
        <source>Everything queued has been sent.</source>
        <translation>送信待ちはすべて送信しました。</translation>
    </message>
    <message>
        <source>Writing the sealed bundle…</source>
        <translation>暗号化データを書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to {path}. The file holds personal data (encrypted for the City OS only): hand the stick over in person and delete the file once the receipt is imported.</source>
        <translation>
            <numerusform>%n件の変更を {path} に書き出しました。このファイルには個人情報が含まれています（都市OSだけが読めるよう暗号化済み）。USBメモリは必ず手渡しし、受領書を取り込んだらファイルを削除してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) confirmed by the City OS and marked delivered.</source>
        <translation>
            <numerusform>都市OSが受け取りを確認した%n件を送信済みにしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>shelter record</source>
        <translation>避難所情報</translation>
    </message>
    <message>
        <source>households</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>people</source>
        <translation>避難者</translation>
    </message>
    <message>
        <source>check-ins and other events</source>
        <translation>入退所などの記録</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>アンケート回答</translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>Relationship</source>
        <translation>続柄</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>ふりがな</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>妊娠中</translation>
    </message>
    <message>
        <source>Infant</source>
        <translation>乳幼児</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>障がい</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>聴覚障がい</translation>
    </message>
    <message>
        <source>Visual</source>
        <translation>視覚障がい</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>車いす</translation>
    </message>
    <message>
        <source>Nursing care</source>
        <translation>要介護</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>病気</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>服薬</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事制限</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市役所</translation>
    </message>
    <message>
        <source>Neighbourhood group</source>
        <translation>自主防災組織</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>病院</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>受付日時</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>受付者</translation>
    </message>
    <message>
        <source>Household and contact</source>
        <translation>世帯・連絡先</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>緊急連絡先（氏名・電話）</translation>
    </message>
    <message>
        <source>People</source>
        <translation>避難する人</translation>
    </message>
    <message>
        <source>Where you stay</source>
        <translation>滞在場所</translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation>車のナンバー</translation>
    </message>
    <message>
        <source>Car type, colour</source>
        <translation>車種・色</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>その他の場所</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>配慮が必要なこと</translation>
    </message>
    <message>
        <source>Care level</source>
        <translation>要介護度</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>話す言語</translation>
    </message>
    <message>
        <source>Pets and damage to home</source>
        <translation>ペット・住まいの被害</translation>
    </message>
    <message>
        <source>Pets: kind, number</source>
        <translation>ペット（種類・数）</translation>
    </message>
    <message>
        <source>Damage to home</source>
        <translation>住まいの被害</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>情報の提供への同意</translation>
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
        <translation>職員記入欄</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>入力日</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>入力者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Evacuee card</source>
        <translation>避難者カード</translation>
    </message>
    <message>
        <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
        <translation>ご記入のうえ受付にお出しください。あとで職員がQRコードを読み取って入力します。</translation>
    </message>
    <message>
        <source>No. 1 is the representative</source>
        <translation>1 が代表者</translation>
    </message>
    <message>
        <source>In the shelter</source>
        <translation>避難所内</translation>
    </message>
    <message>
        <source>In a vehicle</source>
        <translation>車中泊</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>在宅</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Write the No.</source>
        <translation>該当する人の No. を記入</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>一部損壊</translation>
    </message>
    <message>
        <source>Half</source>
        <translation>半壊</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>全壊</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>May we tell people who ask about you that you are here?</source>
        <translation>安否の問い合わせに、この避難所にいることを答えてよいですか</translation>
    </message>
    <message>
        <source>I agree that my card may be shared with (tick each that applies):</source>
        <translation>カードの情報を次の相手に提供することに同意します（該当するものすべてに印）：</translation>
    </message>
    <message>
        <source>Peacetime</source>
        <translation>平常時</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>災害時</translation>
    </message>
    <message>
        <source>Strike through when entered</source>
        <translation>入力したら線を引く</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>印刷</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>本人（代表）</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Too short</source>
        <translation>短すぎます</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation>強さ：{word}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>The passphrase unlocks everything this kiosk stores.</source>
        <translation>パスフレーズは、このキオスクに保存されるすべてのデータの鍵です。</translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase: not the city, not support. If it is lost, the data in this kiosk is lost. Use at least 10 characters (a few ordinary words work well), write it down and keep it sealed with the shelter&apos;s emergency kit.</source>
        <translation>このパスフレーズは市もサポートも復元できません。忘れると、このキオスクのデータは失われます。10文字以上（普通の単語をいくつか並べると覚えやすい）にして、紙に書いて避難所の非常用品と一緒に封をして保管してください。</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>もう一度入力</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>パスフレーズ（確認）</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>入力内容を表示</translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Water</source>
        <translation>水</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食料</translation>
    </message>
    <message>
        <source>Blanket</source>
        <translation>毛布</translation>
    </message>
    <message>
        <source>Infant formula</source>
        <translation>乳児用ミルク</translation>
    </message>
    <message>
        <source>Diapers</source>
        <translation>おむつ</translation>
    </message>
    <message>
        <source>Hygiene products</source>
        <translation>衛生用品</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Supply pickup</source>
        <extracomment>(value stored, label shown); &quot;&quot; is &quot;Other&quot;: staff type the item.</extracomment>
        <translation>物資受取</translation>
    </message>
    <message>
        <source>Supply pickup: {name}</source>
        <translation>物資受取：{name}</translation>
    </message>
    <message>
        <source>Other &amp;item</source>
        <translation>その他の品目(&amp;I)</translation>
    </message>
    <message>
        <source>Other item</source>
        <translation>その他の品目</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Record pickup (Enter)</source>
        <translation>受取を記録（Enter）</translation>
    </message>
    <message>
        <source>Record pickup</source>
        <translation>受取を記録</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>職員PIN</translation>
    </message>
    <message>
        <source>Staff only: enter your PIN to leave self check-in.</source>
        <translation>職員専用：セルフ受付を終了するにはPINを入力してください。</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN pad</source>
        <translation>PIN入力</translation>
    </message>
    <message>
        <source>Type the digits of your PIN, then press Enter. Backspace deletes one.</source>
        <translation>暗証番号の数字を入力し、Enterを押してください。Backspaceで1文字消します。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>消す</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>最後の数字を消す</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation>PINを確定</translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n桁入力済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestartNote</name>
    <message>
        <source>Restarted after a fault at {time}</source>
        <translation>{time} に障害が発生したため再起動しました</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Reception staff</source>
        <translation>受付職員</translation>
    </message>
    <message>
        <source>Sync operator</source>
        <translation>同期担当</translation>
    </message>
    <message>
        <source>Shelter manager</source>
        <translation>避難所責任者</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
</context>
<context>
    <name>ScanNotice</name>
    <message>
        <source>Show it (F12)</source>
        <extracomment>At most this many scanned codes wait behind the one showing; a further one is refused. Dark text on amber (contrast over 9:1), a thick frame: seen at a glance next to the search.</extracomment>
        <translation>表示する（F12）</translation>
    </message>
    <message>
        <source>Show the scanned code</source>
        <translation>読み取ったコードを表示</translation>
    </message>
    <message>
        <source>Scanned code waiting</source>
        <translation>読み取ったコードが待機中</translation>
    </message>
    <message>
        <source>A code was scanned: {who}</source>
        <translation>コードを読み取りました：{who}</translation>
    </message>
    <message numerus="yes">
        <source>A code was scanned: {who}. %n more waiting.</source>
        <translation>
            <numerusform>コードを読み取りました：{who}。ほかに%n件待機中です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more codes waiting: they show after this confirmation.</source>
        <translation>
            <numerusform>ほかに%n件のコードが待機中です。この確認の後に表示します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckinScreen</name>
    <message>
        <source>Welcome. Please check in here.</source>
        <extracomment>The languages with a button of their own in the top bar; the others are on the page the &quot;more languages&quot; button opens (its label is the other languages&apos; own names). How long the thanks after a survey stays before the welcome page comes back. The shelter&apos;s language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
        <translation>ようこそ。こちらで受付をしてください。</translation>
    </message>
    <message>
        <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
        <translation>防災アプリのQRコード、またはマイナンバーカード裏面のQRコードをカメラにかざしてください。</translation>
    </message>
    <message>
        <source>No code? Press “Call staff”. We will help you.</source>
        <translation>コードがない方は「職員を呼ぶ」を押してください。お手伝いします。</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>職員用</translation>
    </message>
    <message>
        <source>Staff: leave self check-in (PIN)</source>
        <translation>職員用：セルフ受付を終了（PIN）</translation>
    </message>
    <message>
        <source>Staff are on their way. Please wait here.</source>
        <translation>職員が参ります。ここでお待ちください。</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>ご本人で間違いありませんか？</translation>
    </message>
    <message>
        <source>Is this you and your household?</source>
        <translation>あなたとご家族で間違いありませんか？</translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation>違います</translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translation>受付の職員にお声がけください。</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>最初に戻る</translation>
    </message>
    <message>
        <source>Answer a short survey</source>
        <translation>かんたんなアンケートに答える</translation>
    </message>
    <message>
        <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
        <translation>このカードはまだ登録されていません。職員が避難者カードの記入をお手伝いします。</translation>
    </message>
    <message>
        <source>{name} (already checked in)</source>
        <translation>{name}（受付済み）</translation>
    </message>
    <message>
        <source>Staff will come to help you.</source>
        <translation>職員がお手伝いに伺います。</translation>
    </message>
    <message numerus="yes">
        <source>Yes, check in (%n people)</source>
        <translation>
            <numerusform>はい、受付する（%n人）</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you. You are checked in.</source>
        <translation>ありがとうございました。受付が完了しました。</translation>
    </message>
    <message>
        <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
        <translation>中へお進みください。混雑しているため、職員が場所をご案内します。</translation>
    </message>
    <message>
        <source>Please go inside.</source>
        <translation>中へお進みください。</translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation>ご回答ありがとうございました。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Large type</source>
        <translation>大きな文字</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>ハイコントラスト</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>音</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Lock the desk after idle seconds</source>
        <translation>無操作でロックするまでの秒数</translation>
    </message>
    <message>
        <source>Self check-in returns to welcome after seconds</source>
        <translation>セルフ受付が最初の画面に戻るまでの秒数</translation>
    </message>
    <message>
        <source>Slips valid for days (0: until the next opening)</source>
        <translation>控えの有効日数（0: 次の開設まで）</translation>
    </message>
    <message>
        <source>Keep a log file (no personal data)</source>
        <translation>ログファイルを残す（個人情報なし）</translation>
    </message>
    <message>
        <source>City OS platform</source>
        <translation>都市OSの種類</translation>
    </message>
    <message>
        <source>City OS context broker URL</source>
        <translation>都市OSブローカーのURL</translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL</source>
        <translation>OpenID ConnectのURL</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>クライアントID</translation>
    </message>
    <message>
        <source>Tenant (Fiware-Service)</source>
        <translation>テナント（Fiware-Service）</translation>
    </message>
    <message>
        <source>Service path (Fiware-ServicePath)</source>
        <translation>サービスパス（Fiware-ServicePath）</translation>
    </message>
    <message>
        <source>Scopes to ask for (space-separated)</source>
        <translation>要求するスコープ（半角スペース区切り）</translation>
    </message>
    <message>
        <source>Audience (resource indicator)</source>
        <translation>オーディエンス（リソースインジケーター）</translation>
    </message>
    <message>
        <source>Client authentication method</source>
        <translation>クライアント認証方式</translation>
    </message>
    <message>
        <source>CA certificates file (PEM)</source>
        <translation>CA証明書ファイル（PEM）</translation>
    </message>
    <message>
        <source>Lab only: allow http:// to other machines</source>
        <translation>検証環境のみ：他のマシンへの http:// を許可</translation>
    </message>
    <message>
        <source>Changes per request</source>
        <translation>1回に送る変更数</translation>
    </message>
    <message>
        <source>Send automatically when online</source>
        <translation>オンライン時に自動送信</translation>
    </message>
    <message>
        <source>District of the resident roster</source>
        <translation>住民名簿の地区</translation>
    </message>
    <message>
        <source>Refresh the roster every minutes</source>
        <translation>名簿を更新する間隔（分）</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <source>Back up every minutes</source>
        <translation>バックアップの間隔（分）</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>保持するバックアップの数</translation>
    </message>
    <message>
        <source>Time zone of the shelter</source>
        <translation>避難所のタイムゾーン</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Backup folder</source>
        <extracomment>Settings whose value is one of a fixed set: (value, what the combo box shows). Language names are shown in their own language; platform names are product names.</extracomment>
        <translation>バックアップの保存先</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Desks of this shelter…</source>
        <translation>この避難所の受付端末…</translation>
    </message>
    <message>
        <source>Replace client secret</source>
        <translation>クライアントシークレットを置き換える</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>空欄なら保存済みのシークレットを使い続けます</translation>
    </message>
    <message>
        <source>Cannot be replaced in this version</source>
        <translation>このバージョンでは置き換えできません</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Use the USB drive</source>
        <translation>USBドライブを使う</translation>
    </message>
    <message>
        <source>Back up to the USB drive plugged in last</source>
        <translation>最後に差し込んだUSBドライブにバックアップします</translation>
    </message>
    <message>
        <source>backups in the kiosk folder</source>
        <translation>キオスクのフォルダー内の backups</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>設定を保存</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>変更を取り消す</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>The shelter</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>Which shelter this kiosk serves. You can change it later.</source>
        <translation>このキオスクを使う避難所です。後で変更できます。</translation>
    </message>
    <message>
        <source>Shelter id</source>
        <translation>避難所ID</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>避難所名</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>収容人数（人）</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Disaster types</source>
        <translation>対象とする災害</translation>
    </message>
    <message>
        <source>for example aizu-hs-01</source>
        <translation>例：aizu-hs-01</translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation>地震</translation>
    </message>
    <message>
        <source>Tsunami</source>
        <translation>津波</translation>
    </message>
    <message>
        <source>Flood</source>
        <translation>洪水</translation>
    </message>
    <message>
        <source>Landslide</source>
        <translation>土砂災害</translation>
    </message>
    <message>
        <source>Large fire</source>
        <translation>大規模火災</translation>
    </message>
    <message>
        <source>Volcano</source>
        <translation>火山</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Reception is locked</source>
        <translation>受付はロック中です</translation>
    </message>
    <message>
        <source>Staff: enter your PIN and press OK (or Enter).</source>
        <translation>職員の方：PINを入力してOK（またはEnter）を押してください。</translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation>PINを確認しています…</translation>
    </message>
</context>
<context>
    <name>SlipPrint</name>
    <message>
        <source>Evacuee slip</source>
        <extracomment>The slip&apos;s paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window&apos;s language. The person&apos;s language (their card&apos;s): the slip&apos;s words and date are printed in it; empty for the window&apos;s language.</extracomment>
        <translation>避難者受付票</translation>
    </message>
    <message>
        <source>Checked in: {time}</source>
        <translation>入所：{time}</translation>
    </message>
    <message>
        <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
        <translation>この票は大切に保管し、外出・帰所・物資の受け取りのときに見せてください。</translation>
    </message>
    <message>
        <source>Slip {slip_id}</source>
        <translation>受付票番号 {slip_id}</translation>
    </message>
    <message>
        <source>Print slips</source>
        <translation>受付票の印刷</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff PINs</source>
        <translation>職員のPIN</translation>
    </message>
    <message>
        <source>Staff sign in at the desk with a PIN of 4 to 12 digits.</source>
        <translation>職員は4〜12桁のPINで受付にサインインします。</translation>
    </message>
    <message>
        <source>A shelter manager PIN is required. Reception staff and sync operator PINs are optional; more can be added later. Each PIN is typed twice and never shown.</source>
        <translation>避難所責任者のPINは必須です。受付職員と同期担当のPINは任意で、後から追加できます。PINは2回入力し、画面には表示されません。</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN（確認）</translation>
    </message>
    <message>
        <source>Shelter manager (required)</source>
        <translation>避難所責任者（必須）</translation>
    </message>
    <message>
        <source>Reception staff</source>
        <translation>受付職員</translation>
    </message>
    <message>
        <source>Sync operator</source>
        <translation>同期担当</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Reception 1</source>
        <translation>受付1</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>同期担当</translation>
    </message>
    <message>
        <source>{role}: label</source>
        <translation>{role}：名前</translation>
    </message>
    <message>
        <source>{role}: PIN</source>
        <translation>{role}：PIN</translation>
    </message>
    <message>
        <source>{role}: PIN again</source>
        <translation>{role}：PIN（確認）</translation>
    </message>
</context>
<context>
    <name>Supplies</name>
    <message>
        <source>Meals</source>
        <translation>食事</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>食</translation>
    </message>
    <message>
        <source>Three meals a day: Cabinet Office shelter-operation guidelines (避難所運営ガイドライン) and common stockpile guidance.</source>
        <translation>1日3食：内閣府「避難所運営ガイドライン」および一般的な備蓄の目安。</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation>飲料水</translation>
    </message>
    <message>
        <source>litres</source>
        <translation>リットル</translation>
    </message>
    <message>
        <source>About 3 litres per person per day for drinking and cooking: common stockpile guidance in Japan.</source>
        <translation>飲用・調理用に1人1日約3リットル：国内の一般的な備蓄の目安。</translation>
    </message>
    <message>
        <source>Allergy-safe meals</source>
        <translation>アレルギー対応食</translation>
    </message>
    <message>
        <source>Replaces the three ordinary meals one for one (assumption of this kiosk); the allergens are on each card.</source>
        <translation>通常の3食を1食ずつ置き換える（本キオスクの想定）。アレルゲンは各カードに記載。</translation>
    </message>
    <message>
        <source>Special-diet meals</source>
        <translation>特別食</translation>
    </message>
    <message>
        <source>Replaces the three ordinary meals one for one (assumption of this kiosk): soft, low-salt, diabetic or religious diets as noted on each card.</source>
        <translation>通常の3食を1食ずつ置き換える（本キオスクの想定）：やわらか食・減塩食・糖尿病食・宗教上の食事など、各カードの記載による。</translation>
    </message>
    <message>
        <source>Infant formula</source>
        <translation>乳児用ミルク</translation>
    </message>
    <message>
        <source>ml prepared</source>
        <translation>ml（調乳後）</translation>
    </message>
    <message>
        <source>Upper planning figure: about 1 litre of prepared formula a day covers a baby under one on manufacturers&apos; feeding charts; toddlers need less, breastfed babies may need none. Ask the parents.</source>
        <translation>上限の目安：メーカーの授乳量の目安では、1歳未満は調乳後1日約1リットル。幼児はより少なく、母乳の場合は不要なこともある。保護者に確認してください。</translation>
    </message>
    <message>
        <source>Diapers</source>
        <translation>おむつ</translation>
    </message>
    <message>
        <source>pieces</source>
        <translation>枚</translation>
    </message>
    <message>
        <source>About 8 a day (6 to 10 by age): common household-stockpile guidance for babies.</source>
        <translation>1日約8枚（月齢により6〜10枚）：乳児向けの一般的な家庭備蓄の目安。</translation>
    </message>
    <message>
        <source>Medication checks</source>
        <translation>服薬確認</translation>
    </message>
    <message>
        <source>consultations</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Not a supply: one check a day with each person on regular medication (nurse or pharmacist) so nobody runs out (assumption of this kiosk).</source>
        <translation>物資ではない：常用薬のある方に1日1回、看護師または薬剤師が確認し、薬切れを防ぐ（本キオスクの想定）。</translation>
    </message>
    <message>
        <source>Everyone checked in, except infants and special diets</source>
        <translation>受付済みの全員（乳幼児・特別食の方を除く）</translation>
    </message>
    <message>
        <source>Everyone checked in</source>
        <translation>受付済みの全員</translation>
    </message>
    <message>
        <source>People with a food allergy (not infants)</source>
        <translation>食物アレルギーのある方（乳幼児を除く）</translation>
    </message>
    <message>
        <source>People with dietary needs (no allergy, not infants)</source>
        <translation>食事に配慮が必要な方（アレルギー・乳幼児を除く）</translation>
    </message>
    <message>
        <source>Infants</source>
        <translation>乳幼児</translation>
    </message>
    <message>
        <source>People on regular medication</source>
        <translation>常用薬のある方</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Your current state</source>
        <translation>現在の状況</translation>
    </message>
    <message>
        <source>How are you doing? Skip any question you prefer not to answer.</source>
        <translation>いまの状況を教えてください。答えたくない質問は飛ばしてかまいません。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>要望</translation>
    </message>
    <message>
        <source>What would help you? Requests are passed on to the city.</source>
        <translation>どんな支援があると助かりますか。要望は市に伝えられます。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>困りごと</translation>
    </message>
    <message>
        <source>Tell us what is difficult. Problems are passed on to the city.</source>
        <translation>困っていることを教えてください。市に伝えられます。</translation>
    </message>
    <message>
        <source>How satisfied are you with life in the shelter?</source>
        <translation>避難所での生活にどのくらい満足していますか。</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>とても不満</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>とても満足</translation>
    </message>
    <message>
        <source>How is your physical health?</source>
        <translation>体の調子はいかがですか。</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>とても悪い</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>とても良い</translation>
    </message>
    <message>
        <source>How well can you sleep?</source>
        <translation>よく眠れていますか。</translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation>まったく眠れない</translation>
    </message>
    <message>
        <source>Very well</source>
        <translation>よく眠れる</translation>
    </message>
    <message>
        <source>How much stress or worry do you feel?</source>
        <translation>ストレスや不安をどのくらい感じていますか。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>まったくない</translation>
    </message>
    <message>
        <source>Very much</source>
        <translation>とても強い</translation>
    </message>
    <message>
        <source>Are you getting enough food and water?</source>
        <translation>食事と水は足りていますか。</translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation>いま、次のような症状はありますか。</translation>
    </message>
    <message>
        <source>What do you need most now?</source>
        <translation>いま一番必要なものは何ですか。</translation>
    </message>
    <message>
        <source>Would you like to talk to a nurse, counsellor or staff member?</source>
        <translation>看護師・相談員・職員と話したいですか。</translation>
    </message>
    <message>
        <source>Other requests to the city or the shelter</source>
        <translation>市や避難所へのその他の要望</translation>
    </message>
    <message>
        <source>Is any of these a problem for you?</source>
        <translation>次のことで困っていますか。</translation>
    </message>
    <message>
        <source>Have you felt unsafe or been harassed in the shelter?</source>
        <translation>避難所で身の危険や嫌がらせを感じたことはありますか。</translation>
    </message>
    <message>
        <source>Describe any other problem</source>
        <translation>その他の困りごとをお書きください</translation>
    </message>
    <message>
        <source>Fever</source>
        <translation>発熱</translation>
    </message>
    <message>
        <source>Cough or sore throat</source>
        <translation>せき・のどの痛み</translation>
    </message>
    <message>
        <source>Diarrhoea or vomiting</source>
        <translation>下痢・おう吐</translation>
    </message>
    <message>
        <source>Swollen or painful legs</source>
        <translation>足のむくみや痛み</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>どれもない</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食料</translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation>飲み水</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>薬</translation>
    </message>
    <message>
        <source>Hygiene products</source>
        <translation>衛生用品</translation>
    </message>
    <message>
        <source>Clothing or underwear</source>
        <translation>衣類・下着</translation>
    </message>
    <message>
        <source>Bedding or a mat</source>
        <translation>寝具・マット</translation>
    </message>
    <message>
        <source>Baby supplies</source>
        <translation>乳幼児用品</translation>
    </message>
    <message>
        <source>Partitions for privacy</source>
        <translation>プライバシー用の間仕切り</translation>
    </message>
    <message>
        <source>Information about support</source>
        <translation>支援に関する情報</translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation>トイレ</translation>
    </message>
    <message>
        <source>Noise or light at night</source>
        <translation>夜間の騒音や明かり</translation>
    </message>
    <message>
        <source>Too little space</source>
        <translation>スペースが狭い</translation>
    </message>
    <message>
        <source>Too hot or too cold</source>
        <translation>暑さ・寒さ</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>衛生・清掃</translation>
    </message>
    <message>
        <source>Pets</source>
        <translation>ペット</translation>
    </message>
    <message>
        <source>Rules or relations with others</source>
        <translation>ルールや人間関係</translation>
    </message>
    <message>
        <source>Access for wheelchairs or disabilities</source>
        <translation>車いす・障害のある方の移動のしやすさ</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Life survey</source>
        <translation>避難生活アンケート</translation>
    </message>
</context>
<context>
    <name>SurveyWidget</name>
    <message>
        <source>Yes</source>
        <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button&apos;s text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Your birth date</source>
        <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <source>Who is answering?</source>
        <translation>どなたが回答しますか？</translation>
    </message>
    <message>
        <source>Stop the survey</source>
        <translation>アンケートをやめる</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Skip this part</source>
        <translation>この項目をとばす</translation>
    </message>
    <message>
        <source>Skip the birth date</source>
        <translation>生年月日をとばす</translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation>回答を送る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Stop the survey without sending</source>
        <translation>送らずにアンケートをやめる</translation>
    </message>
    <message>
        <source>Back to the previous part</source>
        <translation>前の項目に戻る</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>次の項目へ</translation>
    </message>
    <message>
        <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
        <translation>カードに生年月日がありません。年齢がわかると、職員が年齢に合った支援や物資（赤ちゃん用、高齢の方用など）を用意できます。とばしてもかまいません。</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Trust list file</source>
        <translation>信頼リストのファイル</translation>
    </message>
    <message>
        <source>Trust lists (*.json);;All files (*)</source>
        <translation>信頼リスト (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>No file chosen: codes can be checked after a trust list is imported.</source>
        <translation>ファイルが選ばれていません。信頼リストを取り込むとコードを確認できるようになります。</translation>
    </message>
    <message>
        <source>Trust list (optional)</source>
        <translation>信頼リスト（任意）</translation>
    </message>
    <message>
        <source>The City OS keys that make resident QR codes trustworthy.</source>
        <translation>住民のQRコードが本物であることを確かめるための都市OSの鍵です。</translation>
    </message>
    <message>
        <source>Choose the trust list file your city gave you (on a USB stick, for example). You can also import it later.</source>
        <translation>市から受け取った信頼リストのファイル（USBメモリなど）を選んでください。後から取り込むこともできます。</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>ファイルを選ぶ…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>外す</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Passphrase of the shelter&apos;s data</source>
        <translation>避難所データのパスフレーズ</translation>
    </message>
    <message>
        <source>Unlock the kiosk</source>
        <translation>キオスクのロック解除</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Opening the shelter&apos;s data… this takes a moment.</source>
        <translation>避難所のデータを開いています…しばらくお待ちください。</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>パスフレーズが違います。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Female</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男性</translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation>その他・回答しない</translation>
    </message>
    <message>
        <source>In the shelter</source>
        <translation>避難所内</translation>
    </message>
    <message>
        <source>In a vehicle</source>
        <translation>車中泊</translation>
    </message>
    <message>
        <source>At home</source>
        <translation>在宅避難</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>その他の場所</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>妊娠中</translation>
    </message>
    <message>
        <source>Infant</source>
        <translation>乳幼児</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Hearing impairment</source>
        <translation>聴覚障害</translation>
    </message>
    <message>
        <source>Visual impairment</source>
        <translation>視覚障害</translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation>車いす</translation>
    </message>
    <message>
        <source>Needs nursing care</source>
        <translation>要介護</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>服薬</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>食事への配慮</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家族</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <source>Neighbourhood group</source>
        <translation>自主防災組織</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Peacetime</source>
        <translation>平常時</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>災害時</translation>
    </message>
    <message>
        <source>Safety status may be disclosed to inquirers</source>
        <translation>安否情報を照会者に開示してよい</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>世帯主（代表者）</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶者</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>親</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孫</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姉妹</translation>
    </message>
    <message>
        <source>Other relative or companion</source>
        <translation>その他の親族・同行者</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>No damage</source>
        <translation>被害なし</translation>
    </message>
    <message>
        <source>Partial damage</source>
        <translation>一部損壊</translation>
    </message>
    <message>
        <source>Half destroyed</source>
        <translation>半壊</translation>
    </message>
    <message>
        <source>Totally destroyed</source>
        <translation>全壊</translation>
    </message>
</context>
</TS>
