<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Anpi</name>
    <message>
        <source>At this shelter (inside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this shelter (in a vehicle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this shelter (staying at home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this shelter (elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has left this shelter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupAge</name>
    <message>
        <source>Backup failed: folder not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: drive full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last good backup is {path} ({age}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthDateInput</name>
    <message>
        <source>Western year
(e.g. 1973)</source>
        <extracomment>The oldest year of birth offered (a person of 115). the buttons of each step&apos;s page (rebuilt when a step depends on the one before)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a date. Type it like 1973/5/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When were you born? Choose how you count years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this your birth date?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type it in numbers, e.g. 1973/5/3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Camera test skipped. Press Finish to create the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code was read: the camera works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera picture. You can skip this test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a QR code in front of the camera to check the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera preview is available here. Press Finish to create the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the picture is sharp, the camera is ready. Press Finish to create the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the camera test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code in front of the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <source>Paper entry: type what is written on the paper card No. {slip}. Saved, the QR printed on it finds this person from now on.</source>
        <extracomment>The draft is written this long after the last change (and at once when the form hides). Paper-entry mode: the slip id printed on the blank paper card being typed in. What :meth:`focus_missing` focused, to scroll into view once the card shows. The open &quot;continue the unsaved card?&quot; question, if any.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the My Number card: {name}, born {birth}. Still to fill in: the phone and the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the unsaved card from {time}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unfinished card is back. To start another, press Clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuee card — paper entry (No. {slip})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuee card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household members (the first is the representative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a slip for each person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and check in (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and check in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardLinkDialog</name>
    <message>
        <source>Ask {name} to put their IC card on the reader now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked. From now on one tap of this card finds {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is unlinked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no IC card linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an IC card linked ({kind}) since {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the IC card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an IC card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FeliCa, e.g. a transit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 14443 type A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO 14443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the IC card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPinDialog</name>
    <message>
        <source>My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holder types the card&apos;s 4-digit PIN (the one for filling in forms), then OK. Staff do not look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: allow the last try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries left before the card locks: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 try left: a wrong PIN now locks the card until the city office unlocks it. Ask the holder whether they are sure of the PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 try left: a wrong PIN now locks the card. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatives or friends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <extracomment>(value stored, label shown); &quot;&quot; is &quot;Other&quot;: staff type the destination.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are they going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceDialog</name>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CityOsPage</name>
    <message>
        <source>City OS connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this kiosk sends check-ins. Everything here can be set later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set this up later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmCard</name>
    <message>
        <source>Cancel (Esc)</source>
        <extracomment>The one big default button of the card and the dialogs: white on dark green (7:1), a thick black frame when it has the keyboard focus, grey when there is nothing to confirm. Big choice buttons of the dialogs (destinations, items): the chosen one in white on blue. Badge colours (text, background): always together with words, never colour alone.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in evacuee card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in evacuee card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IC card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or unlink an IC card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needed (要支援)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-printed paper card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster app code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS roster: confirm the details, then check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n people)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is registered with this slip. Fill in the evacuee card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is registered with this card yet. Fill in the evacuee card: it will be linked to this card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone here is already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone here is already checked in (the last at {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc closes; F4 checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n already checked in (not ticked).</source>
        <translation>
            <numerusform>%n already checked in (not ticked).</numerusform>
            <numerusform>%n already checked in (not ticked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Already checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support: {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Check in %n people (Enter)</source>
        <translation>
            <numerusform>Check in %n person (Enter)</numerusform>
            <numerusform>Check in %n people (Enter)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check in %n people</source>
        <translation>
            <numerusform>Check in %n person</numerusform>
            <numerusform>Check in %n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crowding</name>
    <message>
        <source>Available (under 30%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some space (30–60%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crowded (60–80%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full (80% and over)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13–17</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18–64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65–74</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>75 and over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <source>Inside / capacity</source>
        <extracomment>How often the figures are recomputed while the dashboard is visible. The tiles, left to right (object names; their titles are in ``_tile_titles``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins and check-outs per hour (last 48 hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-outs (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins and check-outs per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People checked in by age and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People needing care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of them outside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply estimate for the next 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests and problems from the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on leave: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cars of %n households</source>
        <translation>
            <numerusform>cars of %n household</numerusform>
            <numerusform>cars of %n households</numerusform>
        </translation>
    </message>
    <message>
        <source>elsewhere: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n households</source>
        <translation>
            <numerusform>in %n household</numerusform>
            <numerusform>in %n households</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers in all</source>
        <translation>
            <numerusform>%n answer in all</numerusform>
            <numerusform>%n answers in all</numerusform>
        </translation>
    </message>
    <message>
        <source>By need: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers: {responses} (people: {respondents}, anonymous: {anonymous}) · with requests or problems: {flagged} · not yet sent to the city: {open} · latest: {latest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n written answers</source>
        <translation>
            <numerusform>%n written answer</numerusform>
            <numerusform>%n written answers</numerusform>
        </translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes {yes} · no {no}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Single resident (見本 太郎)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident needing support, with her son (見本 花子)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household of six (テスト 一郎)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from a key nobody trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in slip, support needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single resident, code from the previous City key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskLinks</name>
    <message>
        <source>not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: check the pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent changes this kiosk cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exchange: {age}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes it has not received: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last try: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other desks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <source>&amp;Search by name (kanji or kana), phone or birth date (F2)</source>
        <extracomment>Search-as-you-type waits this long after the last key before asking the store. A scanned code takes the keyboard only after the search box was left alone this long. Result rows: state → background (the state is also written in words on the row).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. さとう はなこ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New walk-in card (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New walk-in card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply pickup (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the app&apos;s QR code, the back of the My Number card or the slip up to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera. Type or search instead (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many codes waiting. Deal with them first (F12), then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper entry (F7): scan the QR code printed on the paper card; its form opens with the card&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n newly registered)</source>
        <translation>
            <numerusform>(%n newly registered)</numerusform>
            <numerusform>(%n newly registered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n were already in)</source>
        <translation>
            <numerusform>(%n were already in)</numerusform>
            <numerusform>(%n were already in)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shelter: {level} ({present} / {capacity})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <comment>person state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <comment>person state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <comment>person state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in</source>
        <comment>person state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Support: {needs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS roster — not registered here yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked out: %n people</source>
        <translation>
            <numerusform>Checked out: %n person</numerusform>
            <numerusform>Checked out: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Survey answers saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked in: %n people</source>
        <translation>
            <numerusform>Checked in: %n person</numerusform>
            <numerusform>Checked in: %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the person first (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup recorded: {item} × {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesksPage</name>
    <message>
        <source>Desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks of this shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes it lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair this desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpair desk {desk}? Its changes are refused from now on, and it cannot pair again with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk {desk} unpaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing code expired. Show a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for {minutes}:{seconds:02d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the second desk, the manager opens Desks and scans this code (or reads it from a file). Both desks are then paired over the network; if that desk shows a reply instead, scan it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired on this side. Show this reply to the first desk&apos;s camera (or save it to a file and read it there) to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the other desk&apos;s pairing code or reply to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pair a new desk: show a pairing code here, or scan the code another desk of this shelter shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a pairing code. Check people in at the Desk page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach desk {desk} over the network — show this code to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired with desk {desk}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other desk paired with this one over the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Blank cards hold no personal data, but filled-in cards do: collect them at reception and keep them locked away until they are entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds personal data: keep it on an encrypted or locked medium, do not send it by e-mail, and delete or shred it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Feedback</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff called</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where staying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS context broker URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk after idle seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self check-in idle seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District of the resident roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation></translation>
    </message>
    <message>
        <source>Tenant (Fiware-Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service path (Fiware-ServicePath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience (resource indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up the shelter kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the kiosk… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdPart</name>
    <message>
        <source>Household</source>
        <extracomment>Languages offered, each in its own language (an endonym is not translated). The part&apos;s free-text fields (attribute names, also the draft&apos;s keys). A car in the shelter&apos;s lot, whatever the stay (a household inside with its car parked outside); staying in the vehicle implies it, so the box hides then.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car parked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A car parked at the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. dog, cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. white minivan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We agree that staff may tell people who ask about us
that we are here and safe (安否情報の開示)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may receive our card&apos;s data:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskError</name>
    <message>
        <source>This card or slip is not registered yet: fill in the evacuee card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to {folder} failed. Check the backup folder in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {folder} is not there — was the USB drive removed? Plug it back in or choose another backup folder in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be written (a read-only drive, or no permission). Choose another backup folder in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive of the backup folder {folder} is full. Free some space, keep fewer backups or choose another drive in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to {folder} could not be written and checked ({why}). Check the drive or choose another backup folder in Settings; the kiosk tries again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {name} cannot be used ({why}). Choose another backup; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to {n} plain letters A-Z, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (no spaces, no Japanese characters, no &apos;/&apos;, &apos;#&apos;, &apos;&amp;&apos; or &apos;?&apos;), e.g. {example}; the City OS refuses other ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use up to {n} lower-case letters a-z, digits or &apos;_&apos; (no spaces, &apos;-&apos; or Japanese characters), e.g. {example}, exactly as the City OS gave it; or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &apos;/&apos; and use at most {levels} levels of 1 to {n} letters, digits or &apos;_&apos;, e.g. {example}; use / when the City OS named none.</source>
        <translation></translation>
    </message>
    <message>
        <source>The card cannot be read. Take it off the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader service is not running. Ask the operator to start pcscd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card reader is connected. Plug in the card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card is on the reader. Place the card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was taken off the reader too early. Place it again and wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a My Number card, or its card-information application cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN: type the 4 digits of the card&apos;s PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. {tries_left} tries left before the card locks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s PIN is locked after 3 wrong tries. The city office can unlock it; staff can fill in the card by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only 1 try left: a wrong PIN now locks the card. Staff must confirm before trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card shows a different ID at every tap (a phone, a My Number card or a privacy card), so it cannot be linked. Use a transit IC card or a city card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not linked to anyone. Staff can link it on the person&apos;s card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is already linked to another person. Unlink it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card is linked to this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shelter is closed: check-ins are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not checked in (person {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the person is going (home, hospital, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the item picked up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s PIN can only be typed on a terminal (it is never an argument).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a My Number card or a kiosk slip can be linked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the destination with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a person id, --qr or --image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the form {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each as LABEL:ROLE:PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk {desk} sent changes this kiosk cannot read. Update both kiosks to the same version and sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable pairing code. Show a new pairing code on the first desk and scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing code has expired. Show a new one on the first desk and scan it right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing code belongs to shelter {found}, but this kiosk serves {own}. Pair only desks of the same shelter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing code was made by this kiosk. Scan it at the other desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing reply is not valid for a code of this kiosk (damaged, or made for another code). Pair the second desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pairing reply answers no open pairing code of this kiosk (it expired or was already used). Show a new pairing code and pair again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk {desk} is not paired with this kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk {desk} was unpaired; its changes are refused. It cannot pair again with the same key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be merged with themselves. Pick two people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These two people are not flagged as possibly the same person (the flag was already resolved, or never raised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange with the desk at {address} did not complete ({reason}). Check that it is running and paired, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No {what} with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk data store in {home}. Create one with &apos;kiosk init&apos; or choose another --home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kiosk data store already exists in {home}; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase for the kiosk data store. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk data store is damaged ({detail}). Restore a backup or ask support; the file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kiosk&apos;s data folder {home} cannot be written (a read-only disk, or no permission). Nothing was changed. Put the data on a writable disk or fix its permissions, then start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the kiosk&apos;s data is full: the last change was not saved (everything saved before is safe). Free some space, for example old exports, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store was written by a newer kiosk (schema {found}, this kiosk knows up to {known}). Update the kiosk software.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase: set KIOSK_PASSPHRASE or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path} ({reason}). No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Japanese font for PDF files was found. Install IPAGothic (ipag.ttf) or set KIOSK_PDF_FONT to a .ttf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} ({column}) has a character Shift_JIS cannot hold. Export as UTF-8, or choose to replace such characters with 〓.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shelter&apos;s data is already open in another kiosk window on this computer. Switch to that window (Alt+Tab), or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity code cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code cannot be read: it is damaged or not a shelter reception code. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code uses a newer format ({prefix}) than this kiosk knows. Update the kiosk software, or ask staff to register by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was signed with a key this kiosk does not trust (key id {kid}). Import the current trust list, or ask staff to register by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code&apos;s signature is not valid: it was altered or not issued by the City. Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code expired on {expired}. Open the app to show a fresh code, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not valid yet (issued {issued}). Check the kiosk&apos;s date and time, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was signed with a key retired on {retired} (key id {kid}). Open the app to show a fresh code, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was signed with a key valid only from {valid_from} (key id {kid}). Check the kiosk&apos;s date and time, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slip was issued by another shelter ({shelter}). Please ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slip is from an earlier opening of the shelter (printed {issued}) and is no longer valid. Please ask staff at the desk for a new slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slip was printed {issued} and slips are valid for {days} days here. Please ask staff at the desk for a new slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is too large for a readable QR code (version {version}, at most {limit}). Issue codes for fewer household members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code cannot be issued: field {field} is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust list cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust-list file is not valid (entry {entry}, field {field}). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust-list file {path} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} is not an Ed25519 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid My Number. Show the back of the card again, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A My Number has 12 digits; this one has {count}. Show the back of the card again, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A My Number has only digits. Show the QR code on the back of the card, or ask staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This My Number&apos;s check digit is wrong: it was misread or mistyped. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number cards cannot be read on this kiosk: its token key is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is larger than {limit} bytes, too large for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is inside the kiosk&apos;s own data folder, where it could destroy the store. Choose a folder outside it, such as a USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a folder or a device). Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists. Choose another name, or replace it on purpose (--force).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the invisible or control character ({char}) and type it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reading in kana only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose F, M or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a real date of birth, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 10 or 11 digits, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {minutes} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image {source} is too large to read (over {limit} megapixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 0 (until the next opening) to 3650 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the https:// address: over http:// the client secret and people&apos;s data would cross the network unencrypted (http:// is only for this machine, or for a lab with the setting “Lab only: allow http:// to other machines” turned on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the scopes the City OS named, separated by single spaces, without quotes or backslashes, e.g. {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the absolute URI the City OS named for its broker, e.g. {example}, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file at this path. Choose the PEM file of CA certificates the City OS gave you, or leave it empty to use the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 5 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full folder path such as {example}, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a shorter folder path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 1 to 1440 minutes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a time zone such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national shelter ID has exactly 14 digits; leave it empty if there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The My Number key file must hold at least {n} bytes; it holds {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The My Number key file must hold at most {n} bytes; it holds {m}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s card already has a birth date. Staff can correct it on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City OS keys have not been imported yet, so no bundle can be sealed. Press “Import City OS keys…” here on the Sync page and choose the key file the City OS gave you (in a terminal: kiosk sync cityos-keys FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file {path} cannot be used: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import stopped: {why}. No receipt was written; running it again is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City OS cannot be reached now (no network, or no answer). Nothing is lost: queued changes and the roster on this laptop are kept. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not an https:// address, so the client secret and people&apos;s data would cross the network unencrypted; nothing was sent. Enter the City OS&apos;s https:// address in the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of {url} is not trusted, so nothing was sent. If the City OS uses its own certificate authority, choose its CA certificates file in the sync settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>The City OS refused this kiosk access (HTTP 403), even after signing in again. Nothing was sent and nothing is lost: the changes stay queued. Ask the City OS administrator to allow this kiosk&apos;s client, then push again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City OS did not send the shelter record or resident list ({reason}); the copy already on this laptop is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trust list file cannot be read. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written or read there. Check the USB stick and choose the place again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose shelter, vehicle, home or other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only these values: {values}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown consent scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a language code such as ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not one of this shelter&apos;s pre-printed paper cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This paper card has already been entered. Scan its QR code to find the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code already belongs to another person (id {other}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create at least one shelter manager PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PIN nobody else uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose staff, operator or manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera or file {source} cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a full URL such as {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose ja or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose ngsi-v2 or ngsi-ld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 0 to 86400 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 5 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the shelter&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 0 to 100000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not do this. Ask a shelter manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a short label such as 受付1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 1 to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the listed answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;None of these&apos; cannot go with other answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such question in the survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer at least one question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the answer as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the listed answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle cannot be used: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City OS cannot be reached now; changes stay queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login service at {issuer} does not look like the City OS OpenID provider. Check the issuer URL in the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City OS refused this kiosk&apos;s client id or secret. Check the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City OS login service refused a token ({error}). Check the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not set up: enter the City OS URL, login service and client id in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. The data already saved is safe; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Choose your language</source>
        <extracomment>The smallest touch target on an evacuee screen, in pixels (WCAG 2.5.5: 44 CSS pixels). (code, button) in the order of :data:`kiosk.basics.languages.EVACUEE_LANGUAGES`</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back without changing the language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Shelter reception</source>
        <extracomment>Set while self check-in runs: only a staff PIN clears it (see request_leave...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self check-in mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the call for staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a desk pairing code: a shelter manager pairs desks (Settings, Desks of this shelter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone at self check-in asked for staff (at {times}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside {present} / {capacity} — {level} · vehicle {vehicle} · home {home}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS queue: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shelter — PINs: {pins}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>e.g. 山田 花子</source>
        <extracomment>Flags whose detail is written on the card, and the Needs field holding it. The kana suggestion waits this long after the last key of the name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>19500401 / S25.4.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F · Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M · Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X · Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Number card: {masked}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk slip: {slip}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster app code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the name: check it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>The same person registered at two desks?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People flagged as possibly the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the left card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the right card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same code or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge {drop} into {keep}? Stays, pickups and codes move to the card kept; the other card is deleted here, at the other desks and at the City OS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as two people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorPanel</name>
    <message>
        <source>Write sealed bundle</source>
        <extracomment>``(parent, suggested path) -&gt; chosen path or None`` (cancelled). ``(parent, start folder) -&gt; chosen path or None`` (cancelled). ``KioskActions.retry_conflict`` or ``skip_conflict``: ``(seq, done, failed)``. What the queue holds, by record type, as the operator reads it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed bundle (*.jwe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS receipt (*.jws);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import City OS keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS keys (*.jwks *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the City OS now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this change again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the City OS refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write sealed bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import City OS keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network? Write the queue to a USB stick as a sealed bundle for the City OS, then import the receipt it gives back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the roster now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued: {pending} ({by_type})
Sent: {sent} · refused: {conflicts} (holding back {blocked}) · skipped: {skipped}
Last success: {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resident roster from the City OS: %n people, fetched {when}</source>
        <translation>
            <numerusform>Resident roster from the City OS: %n person, fetched {when}</numerusform>
            <numerusform>Resident roster from the City OS: %n people, fetched {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter record fetched; no roster district is set in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Roster updated: %n people (+{added}, −{removed}).</source>
        <translation>
            <numerusform>Roster updated: %n person (+{added}, −{removed}).</numerusform>
            <numerusform>Roster updated: %n people (+{added}, −{removed}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n changes sent</source>
        <translation>
            <numerusform>Sending… %n changes sent</numerusform>
            <numerusform>Sending… %n changes sent</numerusform>
        </translation>
    </message>
    <message>
        <source>City OS keys imported: sealed bundles can be written now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything queued has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the sealed bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to {path}. The file holds personal data (encrypted for the City OS only): hand the stick over in person and delete the file once the receipt is imported.</source>
        <translation>
            <numerusform>%n change written to {path}. The file holds personal data (encrypted for the City OS only): hand the stick over in person and delete the file once the receipt is imported.</numerusform>
            <numerusform>%n changes written to {path}. The file holds personal data (encrypted for the City OS only): hand the stick over in person and delete the file once the receipt is imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) confirmed by the City OS and marked delivered.</source>
        <translation>
            <numerusform>%n change confirmed by the City OS and marked delivered.</numerusform>
            <numerusform>%n changes confirmed by the City OS and marked delivered.</numerusform>
        </translation>
    </message>
    <message>
        <source>shelter record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins and other events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperCard</name>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nursing care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number plate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car type, colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets and damage to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets: kind, number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damage to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evacuee card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in and hand to reception. Staff scan the QR code later to enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. 1 is the representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May we tell people who ask about you that you are here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree that my card may be shared with (tick each that applies):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peacetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strike through when entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase unlocks everything this kiosk stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody can recover this passphrase: not the city, not support. If it is lost, the data in this kiosk is lost. Use at least 10 characters (a few ordinary words work well), write it down and keep it sealed with the shelter&apos;s emergency kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PickupDialog</name>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blanket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diapers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply pickup</source>
        <extracomment>(value stored, label shown); &quot;&quot; is &quot;Other&quot;: staff type the item.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply pickup: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record pickup (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record pickup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: enter your PIN to leave self check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>PIN pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the digits of your PIN, then press Enter. Backspace deletes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n digit(s) typed</source>
        <translation>
            <numerusform>%n digit(s) typed</numerusform>
            <numerusform>%n digit(s) typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestartNote</name>
    <message>
        <source>Restarted after a fault at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Reception staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanNotice</name>
    <message>
        <source>Show it (F12)</source>
        <extracomment>At most this many scanned codes wait behind the one showing; a further one is refused. Dark text on amber (contrast over 9:1), a thick frame: seen at a glance next to the search.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the scanned code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanned code waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was scanned: {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A code was scanned: {who}. %n more waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more codes waiting: they show after this confirmation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfCheckinScreen</name>
    <message>
        <source>Welcome. Please check in here.</source>
        <extracomment>The languages with a button of their own in the top bar; the others are on the page the &quot;more languages&quot; button opens (its label is the other languages&apos; own names). How long the thanks after a survey stays before the welcome page comes back. The shelter&apos;s language: the welcome page goes back to it when idle, so the next person is not greeted in the language the last one chose. The language the evacuee pressed during this visit (written on their card with the check-in); empty when they pressed none. Who was just checked in: the only people the survey may be answered for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the QR code of the disaster app or of your My Number card up to the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No code? Press “Call staff”. We will help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: leave self check-in (PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff are on their way. Please wait here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this you and your household?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please ask the staff at the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a short survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card is not registered yet. Staff will fill in your evacuee card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (already checked in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff will come to help you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Yes, check in (%n people)</source>
        <translation>
            <numerusform>Yes, check in (%n person)</numerusform>
            <numerusform>Yes, check in (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you. You are checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please go inside. The shelter is crowded: staff will show you where to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please go inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the desk after idle seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self check-in returns to welcome after seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slips valid for days (0: until the next opening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a log file (no personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City OS context broker URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant (Fiware-Service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service path (Fiware-ServicePath)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes to ask for (space-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience (resource indicator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab only: allow http:// to other machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes per request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send automatically when online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District of the resident roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the roster every minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the shelter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Backup folder</source>
        <extracomment>Settings whose value is one of a fixed set: (value, what the combo box shows). Language names are shown in their own language; platform names are product names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desks of this shelter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be replaced in this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the USB drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up to the USB drive plugged in last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backups in the kiosk folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShelterPage</name>
    <message>
        <source>The shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which shelter this kiosk serves. You can change it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example aizu-hs-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earthquake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tsunami</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landslide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volcano</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Reception is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: enter your PIN and press OK (or Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the PIN…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlipPrint</name>
    <message>
        <source>Evacuee slip</source>
        <extracomment>The slip&apos;s paper (see the module docstring for why A6). The support tag is bilingual on every slip, whatever the window&apos;s language. The person&apos;s language (their card&apos;s): the slip&apos;s words and date are printed in it; empty for the window&apos;s language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this slip. Show it when you leave, come back or collect supplies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slip {slip_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print slips</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff sign in at the desk with a PIN of 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shelter manager PIN is required. Reception staff and sync operator PINs are optional; more can be added later. Each PIN is typed twice and never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter manager (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role}: PIN again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Supplies</name>
    <message>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three meals a day: Cabinet Office shelter-operation guidelines (避難所運営ガイドライン) and common stockpile guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>litres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 3 litres per person per day for drinking and cooking: common stockpile guidance in Japan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy-safe meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the three ordinary meals one for one (assumption of this kiosk); the allergens are on each card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special-diet meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the three ordinary meals one for one (assumption of this kiosk): soft, low-salt, diabetic or religious diets as noted on each card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ml prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper planning figure: about 1 litre of prepared formula a day covers a baby under one on manufacturers&apos; feeding charts; toddlers need less, breastfed babies may need none. Ask the parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diapers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About 8 a day (6 to 10 by age): common household-stockpile guidance for babies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a supply: one check a day with each person on regular medication (nurse or pharmacist) so nobody runs out (assumption of this kiosk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone checked in, except infants and special diets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with a food allergy (not infants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People with dietary needs (no allergy, not infants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on regular medication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Your current state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you doing? Skip any question you prefer not to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help you? Requests are passed on to the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell us what is difficult. Problems are passed on to the city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with life in the shelter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your physical health?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well can you sleep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much stress or worry do you feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you getting enough food and water?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do you have any of these now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need most now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would you like to talk to a nurse, counsellor or staff member?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other requests to the city or the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is any of these a problem for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you felt unsafe or been harassed in the shelter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe any other problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cough or sore throat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diarrhoea or vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swollen or painful legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinking water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hygiene products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing or underwear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bedding or a mat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baby supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partitions for privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information about support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toilets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noise or light at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too hot or too cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules or relations with others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access for wheelchairs or disabilities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Life survey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurveyWidget</name>
    <message>
        <source>Yes</source>
        <extracomment>Answer buttons: large, the chosen one white on blue with a black frame (not colour alone: the chosen button&apos;s text also gets a check mark). (answer value, its button): a score, True/False, or an option id</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your birth date</source>
        <extracomment>(person id or None, name, whether their card lacks a birth date) Respondents (by index) already asked for their birth date (given or skipped). The questions, or before them the birth date of a respondent whose card has none.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is answering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the survey without sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card has no birth date. With it, staff can prepare help and supplies for your age (for babies and for older people). You may skip it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <source>Trust list file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust lists (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen: codes can be checked after a trust list is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust list (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The City OS keys that make resident QR codes trustworthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the trust list file your city gave you (on a USB stick, for example). You can also import it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Passphrase of the shelter&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the shelter&apos;s data… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other / not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing impairment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visual impairment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs nursing care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbourhood group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peacetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety status may be disclosed to inquirers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other relative or companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial damage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totally destroyed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
