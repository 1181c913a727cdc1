<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fil">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>Nasa evacuation center na ito (sa loob)</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>Nasa evacuation center na ito (sa sasakyan)</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>Nasa evacuation center na ito (nasa bahay)</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>Nasa evacuation center na ito (sa ibang lugar)</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>Lumabas muna</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>Umalis na sa evacuation center na ito</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>Taon sa kalendaryong Kanluranin
(hal. 1973)</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>Hindi iyan petsa. I-type ito nang ganito: 1973/5/3.</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>Kailan ka ipinanganak? Piliin kung paano mo binibilang ang taon.</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>Piliin ang hanay ng mga taon.</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>Piliin ang taon.</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>Piliin ang buwan.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>Piliin ang araw.</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>Ito ba ang petsa ng kapanganakan mo?</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>Oo, tama ito</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>Magsimula ulit</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Bumalik</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>O i-type sa numero, hal. 1973/5/3:</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>Gamitin ang petsang ito</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>Petsa ng kapanganakan sa numero</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Bumalik sa nakaraang hakbang</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>Hindi mabasa ang code na ito: sira ito o hindi ito code ng pagtanggap sa evacuation center. Magtanong po sa staff.</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>Gumagamit ang code na ito ng mas bagong format ({prefix}) kaysa alam ng kiosk na ito. I-update ang software ng kiosk, o hilingin sa staff na irehistro kayo nang mano-mano.</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>Nilagdaan ang code na ito gamit ang susing hindi pinagkakatiwalaan ng kiosk na ito (key id {kid}). I-import ang kasalukuyang trust list, o hilingin sa staff na irehistro kayo nang mano-mano.</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>Hindi valid ang lagda ng code na ito: binago ito o hindi inisyu ng Lungsod. Magtanong po sa staff.</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>Nag-expire ang code na ito noong {expired}. Buksan ang app para magpakita ng bagong code, o magtanong sa staff.</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Hindi pa valid ang code na ito (inisyu noong {issued}). Tingnan ang petsa at oras ng kiosk, o magtanong sa staff.</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>Nilagdaan ang code na ito gamit ang susing itinigil noong {retired} (key id {kid}). Buksan ang app para magpakita ng bagong code, o magtanong sa staff.</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>Nilagdaan ang code na ito gamit ang susing valid lamang mula {valid_from} (key id {kid}). Tingnan ang petsa at oras ng kiosk, o magtanong sa staff.</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>Inisyu ang slip na ito ng ibang evacuation center ({shelter}). Magtanong po sa staff.</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>Ang slip na ito ay mula sa naunang pagbubukas ng evacuation center (na-print noong {issued}) at hindi na valid. Humingi ng bagong slip sa staff sa desk.</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>Na-print ang slip na ito noong {issued}, at {days} araw lang valid ang mga slip dito. Humingi ng bagong slip sa staff sa desk.</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>Hindi ito valid na My Number. Ipakita muli ang likod ng card, o magtanong sa staff.</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>May 12 digit ang My Number; {count} ang mayroon ito. Ipakita muli ang likod ng card, o magtanong sa staff.</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>Mga digit lang ang My Number. Ipakita ang QR code sa likod ng card, o magtanong sa staff.</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>Mali ang check digit ng My Number na ito: nagkamali ng basa o ng type. Subukan muli.</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>Sarado ang evacuation center na ito: hindi tumatanggap ng check-in.</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>Walang card sa reader. Ilagay ang card sa reader.</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>Masyadong maagang inalis ang card sa reader. Ilagay itong muli at maghintay.</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>Hindi mabasa ang card. Alisin ito sa reader at subukan muli.</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>Hindi ito My Number card, o hindi magamit ang card-information application nito.</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>PIN: i-type ang 4 na digit ng PIN ng card.</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>Maling PIN. {tries_left} subok na lang bago ma-lock ang card.</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>Naka-lock ang PIN ng card pagkatapos ng 3 maling subok. Maa-unlock ito sa city office; mapupunan ng staff ang card nang mano-mano.</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>1 subok na lang: kapag mali ang PIN ngayon, mala-lock ang card. Kailangang kumpirmahin muna ng staff bago subukan.</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>Iba-iba ang ID na ipinapakita ng card na ito sa bawat tap (isang phone, My Number card o privacy card), kaya hindi ito maiuugnay. Gumamit ng transit IC card o city card.</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>Hindi nakaugnay ang card na ito sa sinuman. Maiuugnay ito ng staff sa card ng tao.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>Piliin ang iyong wika</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Bumalik</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>Bumalik nang hindi binabago ang wika</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>Relasyon</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Pangalan</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>Basa (kana)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>Kasarian</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Petsa ng kapanganakan</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>Buntis</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>Sanggol o maliit na bata</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>Kapansanan</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>May problema sa pandinig</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>May problema sa paningin</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>Wheelchair</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>Kailangan ng pag-aalaga</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>Sakit</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>Gamot</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>Allergy</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>Paghihigpit sa pagkain</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Pamilya</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Munisipyo</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>Grupo ng barangay para sa kalamidad</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>Ospital</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>Evacuation center</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>Pagdating</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>Sambahayan at contact</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Tirahan</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telepono</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>Emergency contact (pangalan, telepono)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Mga tao</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>Saan ka tumutuloy</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>Plaka ng sasakyan</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>Uri at kulay ng sasakyan</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>Ibang lugar</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>Mga espesyal na pangangailangan</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>Antas ng pag-aalaga</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>Mga allergy</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Wika</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>Alagang hayop at pinsala sa bahay</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>Alagang hayop: uri, bilang</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>Pinsala sa bahay</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Pahintulot</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oo</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>Para sa staff</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>Petsa ng pag-encode</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>Nag-encode</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Mga tala</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>Card ng evacuee</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>Punan at ibigay sa reception. Babasahin ng staff ang QR code mamaya para i-encode.</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>Ang No. 1 ang kinatawan</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>Sa evacuation center</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>Sa sasakyan</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>Sa bahay</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Sa ibang lugar</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>Isulat ang No.</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Wala</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>Bahagya</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>Kalahati</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Buo</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Hindi alam</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>Puwede ba naming sabihin sa nagtatanong tungkol sa iyo na narito ka?</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>Pumapayag akong ibahagi ang aking card sa (lagyan ng tsek ang lahat ng naaangkop):</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>Sa karaniwang panahon</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>Sa panahon ng kalamidad</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>Guhitan kapag na-encode na</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>na-print</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Ikaw (kinatawan)</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>Maligayang pagdating. Magpatala rito.</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>Itapat sa camera ang QR code ng disaster app o ang QR code sa likod ng iyong My Number card.</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>Walang code? Pindutin ang “Tumawag ng staff”. Tutulungan ka namin.</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>Tumawag ng staff</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>Staff: umalis sa self check-in (PIN)</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>Hindi ako ito</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>Bumalik sa simula</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>Sumagot sa maikling survey</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name} (nakapagpatala na)</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>Darating ang staff para tumulong sa iyo.</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>Salamat sa iyong mga sagot.</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>Salamat. Nakapagpatala ka na.</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>Pumasok na po kayo.</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>Pumasok na po kayo. Maraming tao sa evacuation center: ituturo ng staff kung saan kayo pupunta.</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>Papunta na ang staff. Maghintay po rito.</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>Magtanong po sa staff sa desk.</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>Hindi pa nakarehistro ang card na ito. Pupunan ng staff ang iyong evacuee card.</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>Ikaw ba ito?</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>Ikaw ba at ang iyong pamilya ito?</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>Oo, magpatala (%n tao)</numerusform>
                <numerusform>Oo, magpatala (%n tao)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>Itago ang slip na ito. Ipakita ito kapag aalis, babalik o kukuha ng mga supply.</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>Slip ng evacuee</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>Slip {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>Nagpatala: {time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>I-print ang mga slip</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>Ang kalagayan mo ngayon</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>Kumusta ka? Puwede mong laktawan ang tanong na ayaw mong sagutin.</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Mga kahilingan</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>Ano ang makakatulong sa iyo? Ipapaabot sa lungsod ang mga kahilingan.</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Mga problema</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>Sabihin sa amin kung ano ang mahirap. Ipapaabot sa lungsod ang mga problema.</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>Gaano ka nasisiyahan sa buhay sa evacuation center?</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>Lubhang hindi nasisiyahan</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>Lubhang nasisiyahan</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>Kumusta ang kalusugan ng iyong katawan?</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>Napakasama</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>Napakabuti</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>Nakakatulog ka ba nang maayos?</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>Hindi talaga</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>Napakahusay</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>Gaano kalaki ang stress o pag-aalala mo?</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Wala</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>Napakalaki</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>Sapat ba ang iyong pagkain at tubig?</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>Mayroon ka bang alinman sa mga ito ngayon?</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>Ano ang pinakakailangan mo ngayon?</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>Gusto mo bang makipag-usap sa nars, tagapayo o staff?</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>Iba pang kahilingan sa lungsod o sa evacuation center</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>Problema ba sa iyo ang alinman sa mga ito?</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>Nakaramdam ka ba ng panganib o ginulo ka ba sa evacuation center?</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>Ilarawan ang iba pang problema</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>Lagnat</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>Ubo o masakit na lalamunan</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>Pagtatae o pagsusuka</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>Namamaga o masakit na binti</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>Wala sa mga ito</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>Pagkain</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>Inuming tubig</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>Gamot</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>Mga gamit sa kalinisan</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>Damit o panloob</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>Kumot o banig</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>Mga gamit ng sanggol</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>Mga partisyon para sa privacy</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>Impormasyon tungkol sa tulong</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>Mga palikuran</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>Ingay o ilaw sa gabi</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>Masyadong masikip</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>Masyadong mainit o malamig</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>Kalinisan</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>Mga alagang hayop</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>Mga patakaran o pakikitungo sa iba</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>Daanan para sa wheelchair o may kapansanan</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>Oo</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Hindi</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>Ang petsa ng iyong kapanganakan</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>Bahagi {n} ng {total}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>Sino ang sumasagot?</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>Itigil ang survey</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Bumalik</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>Laktawan ang bahaging ito</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>Laktawan ang petsa ng kapanganakan</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>Ipadala ang mga sagot</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Susunod</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>Itigil ang survey nang hindi ipinapadala</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>Bumalik sa nakaraang bahagi</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>Susunod na bahagi</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>Walang petsa ng kapanganakan ang iyong card. Kapag mayroon nito, makapaghahanda ang staff ng tulong at supply para sa iyong edad (para sa mga sanggol at matatanda). Maaari mo itong laktawan.</translation>
        </message>
    </context>
</TS>
