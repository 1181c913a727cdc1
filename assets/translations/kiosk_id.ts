<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>Di tempat pengungsian ini (di dalam)</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>Di tempat pengungsian ini (di kendaraan)</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>Di tempat pengungsian ini (di rumah)</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>Di tempat pengungsian ini (di tempat lain)</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>Sedang keluar</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>Sudah meninggalkan tempat pengungsian ini</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>Tahun Masehi
(mis. 1973)</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>Itu bukan tanggal. Ketik seperti 1973/5/3.</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>Kapan Anda lahir? Pilih cara Anda menghitung tahun.</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>Pilih rentang tahun.</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>Pilih tahun.</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>Pilih bulan.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>Pilih tanggal.</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>Apakah ini tanggal lahir Anda?</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>Ya, ini benar</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Mulai lagi</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>Atau ketik dengan angka, mis. 1973/5/3:</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>Pakai tanggal ini</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>Tanggal lahir dalam angka</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Kembali ke langkah sebelumnya</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>Kode ini tidak dapat dibaca: rusak atau bukan kode pendaftaran tempat pengungsian. Silakan bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>Kode ini memakai format yang lebih baru ({prefix}) daripada yang dikenal kios ini. Perbarui perangkat lunak kios, atau minta petugas mendaftarkan secara manual.</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>Kode ini ditandatangani dengan kunci yang tidak dipercaya kios ini (ID kunci {kid}). Impor daftar tepercaya terbaru, atau minta petugas mendaftarkan secara manual.</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>Tanda tangan kode ini tidak sah: kode telah diubah atau tidak diterbitkan oleh Kota. Silakan bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>Kode ini kedaluwarsa pada {expired}. Buka aplikasi untuk menampilkan kode baru, atau bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Kode ini belum berlaku (diterbitkan {issued}). Periksa tanggal dan jam kios, atau bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>Kode ini ditandatangani dengan kunci yang dinonaktifkan pada {retired} (ID kunci {kid}). Buka aplikasi untuk menampilkan kode baru, atau bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Kode ini ditandatangani dengan kunci yang baru berlaku mulai {valid_from} (ID kunci {kid}). Periksa tanggal dan jam kios, atau bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>Slip ini diterbitkan oleh tempat pengungsian lain ({shelter}). Silakan bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>Slip ini berasal dari pembukaan tempat pengungsian sebelumnya (dicetak {issued}) dan tidak berlaku lagi. Mintalah slip baru kepada petugas di meja.</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>Slip ini dicetak {issued} dan slip di sini berlaku selama {days} hari. Mintalah slip baru kepada petugas di meja.</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>Ini bukan My Number yang sah. Tunjukkan lagi bagian belakang kartu, atau bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>My Number terdiri dari 12 angka; yang ini {count} angka. Tunjukkan lagi bagian belakang kartu, atau bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>My Number hanya berisi angka. Tunjukkan kode QR di bagian belakang kartu, atau bertanya kepada petugas.</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>Angka pemeriksa My Number ini salah: salah terbaca atau salah ketik. Coba lagi.</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>Tempat pengungsian ini tutup: pendaftaran tidak diterima.</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>Tidak ada kartu di pembaca. Letakkan kartu di pembaca.</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>Kartu diangkat dari pembaca terlalu cepat. Letakkan lagi dan tunggu.</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>Kartu tidak dapat dibaca. Angkat dari pembaca lalu coba lagi.</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>Ini bukan kartu My Number, atau aplikasi informasi kartunya tidak dapat digunakan.</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>PIN: ketik 4 angka PIN kartu.</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>PIN salah. Sisa {tries_left} kali percobaan sebelum kartu terkunci.</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>PIN kartu terkunci setelah 3 kali salah. Kantor kota dapat membukanya; petugas dapat mengisi kartu secara manual.</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>Tinggal 1 kali percobaan: PIN yang salah sekarang akan mengunci kartu. Petugas harus mengonfirmasi sebelum mencoba.</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>Kartu ini menampilkan ID yang berbeda setiap kali ditempelkan (ponsel, kartu My Number, atau kartu privasi), jadi tidak dapat ditautkan. Gunakan kartu IC transportasi atau kartu kota.</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>Kartu ini tidak ditautkan ke siapa pun. Petugas dapat menautkannya pada kartu orang tersebut.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>Pilih bahasa Anda</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Kembali tanpa mengganti bahasa</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>Hubungan</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>Cara baca (kana)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Jenis kelamin</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Tanggal lahir</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Hamil</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>Bayi atau balita</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Disabilitas</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>Gangguan pendengaran</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>Gangguan penglihatan</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>Kursi roda</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>Perlu perawatan</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>Penyakit</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Obat</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Alergi</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>Pantangan makanan</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Keluarga</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Pemerintah kota</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>Kelompok siaga bencana lingkungan</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Rumah sakit</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Tempat pengungsian</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Kedatangan</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Petugas</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>Keluarga dan kontak</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Alamat</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepon</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Kontak darurat (nama, telepon)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Orang yang mengungsi</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>Tempat Anda tinggal</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>Nomor pelat</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>Jenis dan warna mobil</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>Tempat lain</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>Kebutuhan khusus</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Tingkat perawatan</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Alergi</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Bahasa</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>Hewan peliharaan dan kerusakan rumah</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>Hewan peliharaan: jenis, jumlah</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>Kerusakan rumah</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Persetujuan</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>Untuk petugas</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Dimasukkan pada</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Dimasukkan oleh</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Catatan</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>Kartu pengungsi</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>Isi dan serahkan ke meja pendaftaran. Petugas akan memindai kode QR nanti untuk memasukkannya.</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>No. 1 adalah perwakilan</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>Di tempat pengungsian</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>Di kendaraan</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>Di rumah</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Di tempat lain</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>Tulis No.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Sebagian</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>Setengah</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Seluruhnya</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Tidak tahu</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>Bolehkah kami memberi tahu orang yang menanyakan Anda bahwa Anda ada di sini?</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>Saya setuju kartu saya dibagikan kepada (centang semua yang sesuai):</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>Saat normal</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Saat bencana</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>Coret setelah dimasukkan</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>dicetak</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Anda (perwakilan)</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>Selamat datang. Silakan mendaftar di sini.</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>Arahkan kode QR dari aplikasi kebencanaan atau kode QR di bagian belakang kartu My Number Anda ke kamera.</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>Tidak punya kode? Tekan “Panggil petugas”. Kami akan membantu Anda.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Panggil petugas</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Petugas</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>Petugas: keluar dari pendaftaran mandiri (PIN)</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>Ini bukan saya</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Kembali ke awal</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>Jawab survei singkat</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name} (sudah terdaftar)</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>Petugas akan datang membantu Anda.</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>Terima kasih atas jawaban Anda.</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>Terima kasih. Anda sudah terdaftar.</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>Silakan masuk.</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>Silakan masuk. Tempat pengungsian sedang penuh: petugas akan menunjukkan tempat Anda.</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>Petugas sedang menuju ke sini. Mohon tunggu di sini.</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>Silakan bertanya kepada petugas di meja.</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>Kartu ini belum terdaftar. Petugas akan mengisi kartu pengungsi Anda.</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>Apakah ini Anda?</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>Apakah ini Anda dan keluarga Anda?</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>Ya, daftarkan (%n orang)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>Simpan slip ini. Tunjukkan saat keluar, kembali, atau mengambil bantuan.</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>Slip pengungsi</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>Slip {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>Terdaftar: {time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>Cetak slip</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>Keadaan Anda saat ini</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>Bagaimana kabar Anda? Lewati pertanyaan yang tidak ingin Anda jawab.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Permintaan</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>Apa yang dapat membantu Anda? Permintaan akan disampaikan kepada pemerintah kota.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Masalah</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>Ceritakan apa yang sulit. Masalah akan disampaikan kepada pemerintah kota.</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>Seberapa puas Anda dengan kehidupan di tempat pengungsian?</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>Sangat tidak puas</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>Sangat puas</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>Bagaimana kesehatan fisik Anda?</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>Sangat buruk</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>Sangat baik</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>Apakah Anda bisa tidur nyenyak?</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>Sama sekali tidak</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>Sangat nyenyak</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>Seberapa besar stres atau kekhawatiran Anda?</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>Sangat besar</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>Apakah makanan dan air Anda cukup?</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>Apakah sekarang Anda mengalami salah satu gejala ini?</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>Apa yang paling Anda butuhkan sekarang?</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>Apakah Anda ingin berbicara dengan perawat, konselor, atau petugas?</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>Permintaan lain kepada kota atau tempat pengungsian</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>Apakah salah satu hal ini menjadi masalah bagi Anda?</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>Apakah Anda merasa tidak aman atau mengalami pelecehan di tempat pengungsian?</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>Jelaskan masalah lainnya</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>Demam</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>Batuk atau sakit tenggorokan</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>Diare atau muntah</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>Kaki bengkak atau sakit</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>Tidak ada satu pun</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Makanan</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>Air minum</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Obat</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>Perlengkapan kebersihan</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>Pakaian atau pakaian dalam</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>Alas tidur atau tikar</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>Perlengkapan bayi</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>Sekat untuk privasi</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>Informasi tentang bantuan</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>Toilet</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>Kebisingan atau cahaya di malam hari</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>Tempat terlalu sempit</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>Terlalu panas atau terlalu dingin</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>Kebersihan</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>Hewan peliharaan</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>Aturan atau hubungan dengan orang lain</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>Akses untuk kursi roda atau penyandang disabilitas</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>Ya</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>Tanggal lahir Anda</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>Bagian {n} dari {total}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>Siapa yang menjawab?</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>Hentikan survei</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>Lewati bagian ini</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>Lewati tanggal lahir</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>Kirim jawaban</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Berikutnya</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>Hentikan survei tanpa mengirim</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>Kembali ke bagian sebelumnya</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>Bagian berikutnya</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>Kartu Anda tidak memiliki tanggal lahir. Dengan tanggal lahir, petugas dapat menyiapkan bantuan dan perlengkapan sesuai usia Anda (untuk bayi dan untuk lansia). Anda boleh melewatinya.</translation>
        </message>
    </context>
</TS>
