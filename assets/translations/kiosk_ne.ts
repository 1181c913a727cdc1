<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ne">
    <context>
        <name>Anpi</name>
        <message>
            <source>At this shelter (inside)</source>
            <translation>यही आश्रयस्थलमा (भित्र)</translation>
        </message>
        <message>
            <source>At this shelter (in a vehicle)</source>
            <translation>यही आश्रयस्थलमा (गाडीमा)</translation>
        </message>
        <message>
            <source>At this shelter (staying at home)</source>
            <translation>यही आश्रयस्थलमा (घरमै)</translation>
        </message>
        <message>
            <source>At this shelter (elsewhere)</source>
            <translation>यही आश्रयस्थलमा (अन्य ठाउँमा)</translation>
        </message>
        <message>
            <source>Out for now</source>
            <translation>अहिले बाहिर गएको</translation>
        </message>
        <message>
            <source>Has left this shelter</source>
            <translation>यो आश्रयस्थल छोडिसकेको</translation>
        </message>
    </context>
    <context>
        <name>BirthDateInput</name>
        <message>
            <source>Western year
(e.g. 1973)</source>
            <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step's page (rebuilt when a step depends on the one before)</extracomment>
            <translation>ईस्वी संवत् वर्ष
(जस्तै 1973)</translation>
        </message>
        <message>
            <source>That is not a date. Type it like 1973/5/3.</source>
            <translation>यो मिति होइन। 1973/5/3 जस्तै लेख्नुहोस्।</translation>
        </message>
        <message>
            <source>When were you born? Choose how you count years.</source>
            <translation>तपाईं कहिले जन्मनुभएको हो? वर्ष कसरी गन्नुहुन्छ, छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose the years.</source>
            <translation>वर्षको दायरा छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose the year.</source>
            <translation>वर्ष छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose the month.</source>
            <translation>महिना छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>गते छान्नुहोस्।</translation>
        </message>
        <message>
            <source>Is this your birth date?</source>
            <translation>के यो तपाईंको जन्म मिति हो?</translation>
        </message>
        <message>
            <source>Yes, this is correct</source>
            <translation>हो, यो सही हो</translation>
        </message>
        <message>
            <source>Start again</source>
            <translation>फेरि सुरु गर्नुहोस्</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>पछाडि</translation>
        </message>
        <message>
            <source>Or type it in numbers, e.g. 1973/5/3:</source>
            <translation>वा अङ्कमा लेख्नुहोस्, जस्तै 1973/5/3:</translation>
        </message>
        <message>
            <source>Use this date</source>
            <translation>यो मिति प्रयोग गर्नुहोस्</translation>
        </message>
        <message>
            <source>Birth date in numbers</source>
            <translation>जन्म मिति अङ्कमा</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>अघिल्लो चरणमा फर्कनुहोस्</translation>
        </message>
    </context>
    <context>
        <name>EvacueeError</name>
        <message>
            <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
            <translation>यो कोड पढ्न सकिँदैन: यो बिग्रिएको छ वा आश्रयस्थलको दर्ता कोड होइन। कृपया कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
            <translation>यो कोडले यो किओस्कले नचिनेको नयाँ ढाँचा ({prefix}) प्रयोग गर्छ। किओस्कको सफ्टवेयर अद्यावधिक गर्नुहोस्, वा कर्मचारीलाई हातैले दर्ता गर्न भन्नुहोस्।</translation>
        </message>
        <message>
            <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
            <translation>यो कोड यो किओस्कले विश्वास नगर्ने कुञ्जीले हस्ताक्षर गरिएको छ (कुञ्जी ID {kid})। हालको विश्वास सूची आयात गर्नुहोस्, वा कर्मचारीलाई हातैले दर्ता गर्न भन्नुहोस्।</translation>
        </message>
        <message>
            <source>This code's signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
            <translation>यो कोडको हस्ताक्षर मान्य छैन: यो परिवर्तन गरिएको छ वा नगरले जारी गरेको होइन। कृपया कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
            <translation>यो कोडको म्याद {expired} मा सकियो। नयाँ कोड देखाउन एप खोल्नुहोस्, वा कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This code is not valid yet (issued {issued}). Check the kiosk's date and time, or ask staff.</source>
            <translation>यो कोड अझै मान्य छैन (जारी मिति {issued})। किओस्कको मिति र समय जाँच्नुहोस्, वा कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
            <translation>यो कोड {retired} मा खारेज गरिएको कुञ्जीले हस्ताक्षर गरिएको छ (कुञ्जी ID {kid})। नयाँ कोड देखाउन एप खोल्नुहोस्, वा कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk's date and time, or ask staff.</source>
            <translation>यो कोड {valid_from} देखि मात्र मान्य हुने कुञ्जीले हस्ताक्षर गरिएको छ (कुञ्जी ID {kid})। किओस्कको मिति र समय जाँच्नुहोस्, वा कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
            <translation>यो पर्ची अर्को आश्रयस्थल ({shelter}) ले जारी गरेको हो। कृपया कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
            <translation>यो पर्ची आश्रयस्थल पहिले खुलेको बेलाको हो ({issued} मा छापिएको) र अब मान्य छैन। कृपया डेस्कका कर्मचारीसँग नयाँ पर्ची माग्नुहोस्।</translation>
        </message>
        <message>
            <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
            <translation>यो पर्ची {issued} मा छापिएको हो र यहाँ पर्ची {days} दिनसम्म मात्र मान्य हुन्छ। कृपया डेस्कका कर्मचारीसँग नयाँ पर्ची माग्नुहोस्।</translation>
        </message>
        <message>
            <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
            <translation>यो मान्य My Number होइन। कार्डको पछाडिको भाग फेरि देखाउनुहोस्, वा कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
            <translation>My Number मा 12 अङ्क हुन्छन्; यसमा {count} अङ्क छन्। कार्डको पछाडिको भाग फेरि देखाउनुहोस्, वा कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
            <translation>My Number मा अङ्क मात्र हुन्छन्। कार्डको पछाडिको QR कोड देखाउनुहोस्, वा कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This My Number's check digit is wrong: it was misread or mistyped. Try again.</source>
            <translation>यो My Number को जाँच अङ्क गलत छ: गलत पढिएको वा गलत टाइप गरिएको हो। फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This shelter is closed: check-ins are not accepted.</source>
            <translation>यो आश्रयस्थल बन्द छ: दर्ता स्वीकार गरिँदैन।</translation>
        </message>
        <message>
            <source>No card is on the reader. Place the card on the reader.</source>
            <translation>रिडरमा कुनै कार्ड छैन। कार्ड रिडरमा राख्नुहोस्।</translation>
        </message>
        <message>
            <source>The card was taken off the reader too early. Place it again and wait.</source>
            <translation>कार्ड रिडरबाट धेरै चाँडो हटाइयो। फेरि राख्नुहोस् र पर्खनुहोस्।</translation>
        </message>
        <message>
            <source>The card cannot be read. Take it off the reader and try again.</source>
            <translation>कार्ड पढ्न सकिँदैन। रिडरबाट हटाएर फेरि प्रयास गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This is not a My Number card, or its card-information application cannot be used.</source>
            <translation>यो My Number कार्ड होइन, वा यसको कार्ड-जानकारी एप्लिकेसन प्रयोग गर्न सकिँदैन।</translation>
        </message>
        <message>
            <source>PIN: type the 4 digits of the card's PIN.</source>
            <translation>PIN: कार्डको PIN का 4 अङ्क टाइप गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
            <translation>PIN गलत भयो। कार्ड लक हुनुअघि {tries_left} पटक प्रयास बाँकी छ।</translation>
        </message>
        <message>
            <source>The card's PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
            <translation>3 पटक गलत प्रयासपछि कार्डको PIN लक भयो। नगरपालिका कार्यालयले यसलाई खोल्न सक्छ; कर्मचारीले कार्ड हातैले भर्न सक्छन्।</translation>
        </message>
        <message>
            <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
            <translation>1 पटक मात्र प्रयास बाँकी छ: अहिले गलत PIN हाले कार्ड लक हुन्छ। प्रयास गर्नुअघि कर्मचारीले पुष्टि गर्नुपर्छ।</translation>
        </message>
        <message>
            <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
            <translation>यो कार्डले हरेक पटक छुवाउँदा फरक ID देखाउँछ (फोन, My Number कार्ड वा गोपनीयता कार्ड), त्यसैले यसलाई जोड्न सकिँदैन। यातायात IC कार्ड वा नगरको कार्ड प्रयोग गर्नुहोस्।</translation>
        </message>
        <message>
            <source>This card is not linked to anyone. Staff can link it on the person's card.</source>
            <translation>यो कार्ड कसैसँग पनि जोडिएको छैन। कर्मचारीले यसलाई व्यक्तिको कार्डमा जोड्न सक्छन्।</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>Choose your language</source>
            <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
            <translation>आफ्नो भाषा छान्नुहोस्</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>पछाडि</translation>
        </message>
        <message>
            <source>Back without changing the language</source>
            <translation>भाषा नबदली फर्कनुहोस्</translation>
        </message>
    </context>
    <context>
        <name>PaperCard</name>
        <message>
            <source>Relationship</source>
            <translation>नाता</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>नाम</translation>
        </message>
        <message>
            <source>Kana</source>
            <translation>उच्चारण (काना)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>लिङ्ग</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>जन्म मिति</translation>
        </message>
        <message>
            <source>Pregnancy</source>
            <translation>गर्भवती</translation>
        </message>
        <message>
            <source>Infant</source>
            <translation>शिशु वा साना बालबालिका</translation>
        </message>
        <message>
            <source>Disability</source>
            <translation>अपाङ्गता</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>सुन्न गाह्रो</translation>
        </message>
        <message>
            <source>Visual</source>
            <translation>देख्न गाह्रो</translation>
        </message>
        <message>
            <source>Wheelchair</source>
            <translation>ह्वीलचेयर</translation>
        </message>
        <message>
            <source>Nursing care</source>
            <translation>हेरचाह चाहिने</translation>
        </message>
        <message>
            <source>Illness</source>
            <translation>रोग</translation>
        </message>
        <message>
            <source>Medication</source>
            <translation>औषधि</translation>
        </message>
        <message>
            <source>Allergy</source>
            <translation>एलर्जी</translation>
        </message>
        <message>
            <source>Dietary needs</source>
            <translation>खानामा प्रतिबन्ध</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>परिवार</translation>
        </message>
        <message>
            <source>City</source>
            <translation>नगरपालिका</translation>
        </message>
        <message>
            <source>Neighbourhood group</source>
            <translation>टोल विपद् समूह</translation>
        </message>
        <message>
            <source>Hospital</source>
            <translation>अस्पताल</translation>
        </message>
        <message>
            <source>Shelter</source>
            <translation>आश्रयस्थल</translation>
        </message>
        <message>
            <source>Arrival</source>
            <translation>आगमन</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>कर्मचारी</translation>
        </message>
        <message>
            <source>Household and contact</source>
            <translation>परिवार र सम्पर्क</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>ठेगाना</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>फोन</translation>
        </message>
        <message>
            <source>Emergency contact</source>
            <translation>आपतकालीन सम्पर्क (नाम, फोन)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>व्यक्तिहरू</translation>
        </message>
        <message>
            <source>Where you stay</source>
            <translation>कहाँ बस्नुहुन्छ</translation>
        </message>
        <message>
            <source>Number plate</source>
            <translation>गाडी नम्बर</translation>
        </message>
        <message>
            <source>Car type, colour</source>
            <translation>गाडीको किसिम, रङ</translation>
        </message>
        <message>
            <source>Other place</source>
            <translation>अन्य ठाउँ</translation>
        </message>
        <message>
            <source>Special needs</source>
            <translation>विशेष आवश्यकता</translation>
        </message>
        <message>
            <source>Care level</source>
            <translation>हेरचाहको तह</translation>
        </message>
        <message>
            <source>Allergies</source>
            <translation>एलर्जी</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>भाषा</translation>
        </message>
        <message>
            <source>Pets and damage to home</source>
            <translation>घरपालुवा जनावर र घरको क्षति</translation>
        </message>
        <message>
            <source>Pets: kind, number</source>
            <translation>घरपालुवा जनावर: किसिम, संख्या</translation>
        </message>
        <message>
            <source>Damage to home</source>
            <translation>घरको क्षति</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>सहमति</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>हो</translation>
        </message>
        <message>
            <source>No</source>
            <translation>होइन</translation>
        </message>
        <message>
            <source>For staff</source>
            <translation>कर्मचारीका लागि</translation>
        </message>
        <message>
            <source>Entered on</source>
            <translation>प्रविष्ट मिति</translation>
        </message>
        <message>
            <source>Entered by</source>
            <translation>प्रविष्ट गर्ने</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>टिप्पणी</translation>
        </message>
        <message>
            <source>Evacuee card</source>
            <translation>विस्थापित कार्ड</translation>
        </message>
        <message>
            <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
            <translation>भरेर रिसेप्शनमा दिनुहोस्। पछि कर्मचारीले QR कोड पढेर प्रविष्ट गर्नेछन्।</translation>
        </message>
        <message>
            <source>No. 1 is the representative</source>
            <translation>नम्बर 1 प्रतिनिधि हो</translation>
        </message>
        <message>
            <source>In the shelter</source>
            <translation>आश्रयस्थलभित्र</translation>
        </message>
        <message>
            <source>In a vehicle</source>
            <translation>गाडीमा</translation>
        </message>
        <message>
            <source>At home</source>
            <translation>घरमा</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>अन्यत्र</translation>
        </message>
        <message>
            <source>Write the No.</source>
            <translation>नम्बर लेख्नुहोस्</translation>
        </message>
        <message>
            <source>None</source>
            <translation>छैन</translation>
        </message>
        <message>
            <source>Partial</source>
            <translation>आंशिक</translation>
        </message>
        <message>
            <source>Half</source>
            <translation>आधा</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>पूर्ण</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>थाहा छैन</translation>
        </message>
        <message>
            <source>May we tell people who ask about you that you are here?</source>
            <translation>तपाईंबारे सोध्नेलाई तपाईं यहाँ हुनुहुन्छ भनेर भन्न मिल्छ?</translation>
        </message>
        <message>
            <source>I agree that my card may be shared with (tick each that applies):</source>
            <translation>म मेरो कार्डको जानकारी यिनीहरूलाई दिन सहमत छु (लागू हुने सबैमा चिनो लगाउनुहोस्):</translation>
        </message>
        <message>
            <source>Peacetime</source>
            <translation>सामान्य</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>विपद्मा</translation>
        </message>
        <message>
            <source>Strike through when entered</source>
            <translation>प्रविष्ट गरेपछि काट्नुहोस्</translation>
        </message>
        <message>
            <source>printed</source>
            <translation>छापिएको</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>तपाईं (प्रतिनिधि)</translation>
        </message>
    </context>
    <context>
        <name>SelfCheckinScreen</name>
        <message>
            <source>Welcome. Please check in here.</source>
            <extracomment>The languages with a button of their own in the top bar; the others are on the page the "more languages" button opens (its label is the other languages' own names). How long the thanks after a survey stays before the welcome page comes back. The shelter's language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
            <translation>स्वागत छ। कृपया यहाँ दर्ता गर्नुहोस्।</translation>
        </message>
        <message>
            <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
            <translation>विपद् एपको QR कोड वा आफ्नो My Number कार्डको पछाडिको QR कोड क्यामेरातिर देखाउनुहोस्।</translation>
        </message>
        <message>
            <source>No code? Press “Call staff”. We will help you.</source>
            <translation>कोड छैन? “कर्मचारी बोलाउनुहोस्” थिच्नुहोस्। हामी तपाईंलाई सहयोग गर्छौं।</translation>
        </message>
        <message>
            <source>Call staff</source>
            <translation>कर्मचारी बोलाउनुहोस्</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>कर्मचारी</translation>
        </message>
        <message>
            <source>Staff: leave self check-in (PIN)</source>
            <translation>कर्मचारी: स्व-दर्ता बन्द गर्नुहोस् (PIN)</translation>
        </message>
        <message>
            <source>This is not me</source>
            <translation>यो म होइन</translation>
        </message>
        <message>
            <source>Back to the start</source>
            <translation>सुरुमा फर्कनुहोस्</translation>
        </message>
        <message>
            <source>Answer a short survey</source>
            <translation>छोटो सर्वेक्षणको जवाफ दिनुहोस्</translation>
        </message>
        <message>
            <source>{name} (already checked in)</source>
            <translation>{name} (दर्ता भइसकेको)</translation>
        </message>
        <message>
            <source>Staff will come to help you.</source>
            <translation>कर्मचारी तपाईंलाई सहयोग गर्न आउनेछन्।</translation>
        </message>
        <message>
            <source>Thank you for your answers.</source>
            <translation>तपाईंको जवाफका लागि धन्यवाद।</translation>
        </message>
        <message>
            <source>Thank you. You are checked in.</source>
            <translation>धन्यवाद। तपाईंको दर्ता भयो।</translation>
        </message>
        <message>
            <source>Please go inside.</source>
            <translation>कृपया भित्र जानुहोस्।</translation>
        </message>
        <message>
            <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
            <translation>कृपया भित्र जानुहोस्। आश्रयस्थलमा भीड छ: कर्मचारीले तपाईंलाई ठाउँ देखाउनेछन्।</translation>
        </message>
        <message>
            <source>Staff are on their way. Please wait here.</source>
            <translation>कर्मचारी आउँदै छन्। कृपया यहीँ पर्खनुहोस्।</translation>
        </message>
        <message>
            <source>Please ask the staff at the desk.</source>
            <translation>कृपया डेस्कका कर्मचारीलाई सोध्नुहोस्।</translation>
        </message>
        <message>
            <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
            <translation>यो कार्ड अझै दर्ता भएको छैन। कर्मचारीले तपाईंको विस्थापित कार्ड भर्नेछन्।</translation>
        </message>
        <message>
            <source>Is this you?</source>
            <translation>के यो तपाईं हो?</translation>
        </message>
        <message>
            <source>Is this you and your household?</source>
            <translation>के यो तपाईं र तपाईंको परिवार हो?</translation>
        </message>
        <message numerus="yes">
            <source>Yes, check in (%n people)</source>
            <translation>
                <numerusform>हो, दर्ता गर्नुहोस् (%n जना)</numerusform>
                <numerusform>हो, दर्ता गर्नुहोस् (%n जना)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipPrint</name>
        <message>
            <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
            <translation>यो पर्ची सुरक्षित राख्नुहोस्। बाहिर जाँदा, फर्कंदा वा सामग्री लिँदा देखाउनुहोस्।</translation>
        </message>
        <message>
            <source>Evacuee slip</source>
            <extracomment>The slip's paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window's language. The person's language (their card's): the slip's words and date are printed in it; empty for the window's language.</extracomment>
            <translation>विस्थापित दर्ता पर्ची</translation>
        </message>
        <message>
            <source>Slip {slip_id}</source>
            <translation>पर्ची {slip_id}</translation>
        </message>
        <message>
            <source>Checked in: {time}</source>
            <translation>दर्ता: {time}</translation>
        </message>
        <message>
            <source>Print slips</source>
            <translation>पर्ची छाप्नुहोस्</translation>
        </message>
    </context>
    <context>
        <name>Survey</name>
        <message>
            <source>Your current state</source>
            <translation>तपाईंको हालको अवस्था</translation>
        </message>
        <message>
            <source>How are you doing? Skip any question you prefer not to answer.</source>
            <translation>तपाईंलाई कस्तो छ? जवाफ दिन नचाहेको प्रश्न छोड्न सक्नुहुन्छ।</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>अनुरोधहरू</translation>
        </message>
        <message>
            <source>What would help you? Requests are passed on to the city.</source>
            <translation>तपाईंलाई केले सहयोग गर्छ? अनुरोधहरू नगरपालिकालाई पठाइन्छ।</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>समस्याहरू</translation>
        </message>
        <message>
            <source>Tell us what is difficult. Problems are passed on to the city.</source>
            <translation>के गाह्रो छ, हामीलाई भन्नुहोस्। समस्याहरू नगरपालिकालाई पठाइन्छ।</translation>
        </message>
        <message>
            <source>How satisfied are you with life in the shelter?</source>
            <translation>आश्रयस्थलको जीवनमा तपाईं कत्तिको सन्तुष्ट हुनुहुन्छ?</translation>
        </message>
        <message>
            <source>Very dissatisfied</source>
            <translation>धेरै असन्तुष्ट</translation>
        </message>
        <message>
            <source>Very satisfied</source>
            <translation>धेरै सन्तुष्ट</translation>
        </message>
        <message>
            <source>How is your physical health?</source>
            <translation>तपाईंको शारीरिक स्वास्थ्य कस्तो छ?</translation>
        </message>
        <message>
            <source>Very poor</source>
            <translation>धेरै नराम्रो</translation>
        </message>
        <message>
            <source>Very good</source>
            <translation>धेरै राम्रो</translation>
        </message>
        <message>
            <source>How well can you sleep?</source>
            <translation>तपाईं कत्तिको राम्ररी सुत्न सक्नुहुन्छ?</translation>
        </message>
        <message>
            <source>Not at all</source>
            <translation>पटक्कै सक्दिनँ</translation>
        </message>
        <message>
            <source>Very well</source>
            <translation>धेरै राम्ररी</translation>
        </message>
        <message>
            <source>How much stress or worry do you feel?</source>
            <translation>तपाईंलाई कत्तिको तनाव वा चिन्ता छ?</translation>
        </message>
        <message>
            <source>None</source>
            <translation>छैन</translation>
        </message>
        <message>
            <source>Very much</source>
            <translation>धेरै छ</translation>
        </message>
        <message>
            <source>Are you getting enough food and water?</source>
            <translation>के तपाईंसँग पर्याप्त खाना र पानी छ?</translation>
        </message>
        <message>
            <source>Do you have any of these now?</source>
            <translation>के तपाईंलाई अहिले यीमध्ये कुनै छ?</translation>
        </message>
        <message>
            <source>What do you need most now?</source>
            <translation>तपाईंलाई अहिले सबभन्दा बढी के चाहिन्छ?</translation>
        </message>
        <message>
            <source>Would you like to talk to a nurse, counsellor or staff member?</source>
            <translation>के तपाईं नर्स, परामर्शदाता वा कर्मचारीसँग कुरा गर्न चाहनुहुन्छ?</translation>
        </message>
        <message>
            <source>Other requests to the city or the shelter</source>
            <translation>नगरपालिका वा आश्रयस्थललाई अन्य अनुरोध</translation>
        </message>
        <message>
            <source>Is any of these a problem for you?</source>
            <translation>के यीमध्ये कुनै कुरा तपाईंका लागि समस्या हो?</translation>
        </message>
        <message>
            <source>Have you felt unsafe or been harassed in the shelter?</source>
            <translation>के तपाईंलाई आश्रयस्थलमा असुरक्षित महसुस भयो वा दुर्व्यवहार भयो?</translation>
        </message>
        <message>
            <source>Describe any other problem</source>
            <translation>अन्य कुनै समस्या लेख्नुहोस्</translation>
        </message>
        <message>
            <source>Fever</source>
            <translation>ज्वरो</translation>
        </message>
        <message>
            <source>Cough or sore throat</source>
            <translation>खोकी वा घाँटी दुख्ने</translation>
        </message>
        <message>
            <source>Diarrhoea or vomiting</source>
            <translation>पखाला वा बान्ता</translation>
        </message>
        <message>
            <source>Swollen or painful legs</source>
            <translation>खुट्टा सुन्निने वा दुख्ने</translation>
        </message>
        <message>
            <source>None of these</source>
            <translation>यीमध्ये कुनै पनि होइन</translation>
        </message>
        <message>
            <source>Food</source>
            <translation>खाना</translation>
        </message>
        <message>
            <source>Drinking water</source>
            <translation>पिउने पानी</translation>
        </message>
        <message>
            <source>Medicine</source>
            <translation>औषधि</translation>
        </message>
        <message>
            <source>Hygiene products</source>
            <translation>सरसफाइका सामग्री</translation>
        </message>
        <message>
            <source>Clothing or underwear</source>
            <translation>लुगा वा भित्री लुगा</translation>
        </message>
        <message>
            <source>Bedding or a mat</source>
            <translation>ओछ्यान वा चटाई</translation>
        </message>
        <message>
            <source>Baby supplies</source>
            <translation>शिशुका सामग्री</translation>
        </message>
        <message>
            <source>Partitions for privacy</source>
            <translation>गोपनीयताका लागि पर्दा</translation>
        </message>
        <message>
            <source>Information about support</source>
            <translation>सहयोगबारे जानकारी</translation>
        </message>
        <message>
            <source>Toilets</source>
            <translation>शौचालय</translation>
        </message>
        <message>
            <source>Noise or light at night</source>
            <translation>रातिको आवाज वा उज्यालो</translation>
        </message>
        <message>
            <source>Too little space</source>
            <translation>ठाउँ धेरै साँघुरो</translation>
        </message>
        <message>
            <source>Too hot or too cold</source>
            <translation>धेरै गर्मी वा धेरै जाडो</translation>
        </message>
        <message>
            <source>Cleanliness</source>
            <translation>सरसफाइ</translation>
        </message>
        <message>
            <source>Pets</source>
            <translation>घरपालुवा जनावर</translation>
        </message>
        <message>
            <source>Rules or relations with others</source>
            <translation>नियम वा अरूसँगको सम्बन्ध</translation>
        </message>
        <message>
            <source>Access for wheelchairs or disabilities</source>
            <translation>ह्वीलचेयर वा अपाङ्गता भएकाहरूको पहुँच</translation>
        </message>
    </context>
    <context>
        <name>SurveyWidget</name>
        <message>
            <source>Yes</source>
            <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button's text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
            <translation>हो</translation>
        </message>
        <message>
            <source>No</source>
            <translation>होइन</translation>
        </message>
        <message>
            <source>Your birth date</source>
            <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
            <translation>तपाईंको जन्म मिति</translation>
        </message>
        <message>
            <source>Part {n} of {total}</source>
            <translation>{total} मध्ये भाग {n}</translation>
        </message>
        <message>
            <source>Who is answering?</source>
            <translation>कसले जवाफ दिँदै हुनुहुन्छ?</translation>
        </message>
        <message>
            <source>Stop the survey</source>
            <translation>सर्वेक्षण रोक्नुहोस्</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>पछाडि</translation>
        </message>
        <message>
            <source>Skip this part</source>
            <translation>यो भाग छोड्नुहोस्</translation>
        </message>
        <message>
            <source>Skip the birth date</source>
            <translation>जन्म मिति छोड्नुहोस्</translation>
        </message>
        <message>
            <source>Send answers</source>
            <translation>जवाफ पठाउनुहोस्</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>अर्को</translation>
        </message>
        <message>
            <source>Stop the survey without sending</source>
            <translation>नपठाई सर्वेक्षण रोक्नुहोस्</translation>
        </message>
        <message>
            <source>Back to the previous part</source>
            <translation>अघिल्लो भागमा फर्कनुहोस्</translation>
        </message>
        <message>
            <source>Next part</source>
            <translation>अर्को भाग</translation>
        </message>
        <message>
            <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
            <translation>तपाईंको कार्डमा जन्म मिति छैन। यो भए कर्मचारीले तपाईंको उमेर अनुसार सहयोग र सामग्री (शिशु र वृद्धवृद्धाका लागि) तयार गर्न सक्छन्। तपाईं यो छोड्न सक्नुहुन्छ।</translation>
        </message>
    </context>
</TS>
