<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CapturePage</name>
        <message>
            <location filename="../ui/qml/CapturePage.qml" line="+17" />
            <source>Record what happened</source>
            <translation>Record what happened</translation>
        </message>
        <message>
            <location line="+33" />
            <source>To keep notes safe, first create a vault with a passphrase. It takes a minute.</source>
            <translation>To keep notes safe, first create a vault with a passphrase. It takes a minute.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create a vault</source>
            <translation>Create a vault</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write what happened while you remember it. It is sealed at once; only your passphrase opens it.</source>
            <translation>Write what happened while you remember it. It is sealed at once; only your passphrase opens it.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What happened? Who was there? What did they say or do?</source>
            <translation>What happened? Who was there? What did they say or do?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attached: %1</source>
            <translation>Attached: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attach a photo, recording or file</source>
            <translation>Attach a photo, recording or file</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Seal into the vault</source>
            <translation>Seal into the vault</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sealed. You can read it after you unlock the vault.</source>
            <translation>Sealed. You can read it after you unlock the vault.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Unlock to see and edit notes</source>
            <translation>Unlock to see and edit notes</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphrasePage</name>
        <message>
            <location filename="../ui/qml/ChangePassphrasePage.qml" line="+14" />
            <location line="+74" />
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location line="-37" />
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type the new one again</source>
            <translation>Type the new one again</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Passphrase changed.</source>
            <translation>Passphrase changed.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Changing the passphrase…</source>
            <translation>Changing the passphrase…</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../ui/src/displaydate.h" line="+18" />
            <source>d MMMM yyyy</source>
            <comment>date pattern: day, month name, year</comment>
            <translation>d MMMM yyyy</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotice</name>
        <message>
            <location filename="../ui/qml/DesktopNotice.qml" line="+26" />
            <source>On a computer, Amparo protects less</source>
            <translation>On a computer, Amparo protects less</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.</source>
            <translation>Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The computer may save parts of its memory on the disk. Turn on full-disk encryption.</source>
            <translation>The computer may save parts of its memory on the disk. Turn on full-disk encryption.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A keyring on this computer adds a second lock to the vault.</source>
            <translation>A keyring on this computer adds a second lock to the vault.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No keyring was found: only your passphrase protects the vault.</source>
            <translation>No keyring was found: only your passphrase protects the vault.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This app cannot block screenshots on a computer.</source>
            <translation>This app cannot block screenshots on a computer.</translation>
        </message>
    </context>
    <context>
        <name>EncounterPage</name>
        <message>
            <location filename="../ui/qml/EncounterPage.qml" line="+35" />
            <source>What to say</source>
            <translation>What to say</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Show only English to the officer</source>
            <translation>Show only English to the officer</translation>
        </message>
        <message>
            <location line="+9" />
            <source>For: %1</source>
            <translation>For: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../ui/qml/GuidePage.qml" line="+85" />
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>This advice is not yet available in your language. It is shown in English.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The rights content could not be loaded.</source>
            <translation>The rights content could not be loaded.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>For you</source>
            <translation>For you</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Stop reading</source>
            <translation>Stop reading</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Read aloud in English</source>
            <translation>Read aloud in English</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No sound output was found on this device. Show the card to the officer instead.</source>
            <translation>No sound output was found on this device. Show the card to the officer instead.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No English voice is installed for reading aloud. Show the card to the officer instead.</source>
            <translation>No English voice is installed for reading aloud. Show the card to the officer instead.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The card could not be read aloud. Show the card to the officer instead.</source>
            <translation>The card could not be read aloud. Show the card to the officer instead.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>More for where you are</source>
            <translation>More for where you are</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street, car, home, airport, work, phone search</source>
            <translation>Street, car, home, airport, work, phone search</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rights information for %1, updated %2</source>
            <translation>Rights information for %1, updated %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>over a year old</source>
            <translation>over a year old</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <location filename="../ui/qml/FileChooser.qml" line="+25" />
            <source>Choose a file</source>
            <translation>Choose a file</translation>
        </message>
    </context>
    <context>
        <name>FilePickerList</name>
        <message>
            <location filename="../ui/qml/FilePickerList.qml" line="+17" />
            <source>Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.3gp)</source>
            <translation>Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.3gp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audio recordings (*.m4a *.mp3 *.ogg *.opus *.wav *.aac *.amr)</source>
            <translation>Audio recordings (*.m4a *.mp3 *.ogg *.opus *.wav *.aac *.amr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents (*.pdf *.txt *.doc *.docx *.odt)</source>
            <translation>Documents (*.pdf *.txt *.doc *.docx *.odt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Choose file…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recent in your folders:</source>
            <translation>Recent in your folders:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No photos, recordings or documents found in your folders.</source>
            <translation>No photos, recordings or documents found in your folders.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Or type the file's location</source>
            <translation>Or type the file's location</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Use</source>
            <translation>Use</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use this file</source>
            <translation>Use this file</translation>
        </message>
    </context>
    <context>
        <name>FolderPicker</name>
        <message>
            <location filename="../ui/qml/FolderPicker.qml" line="+20" />
            <source>Choose where to save the sealed file</source>
            <translation>Choose where to save the sealed file</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../ui/qml/GuidePage.qml" line="-33" />
            <source>Where are you?</source>
            <translation>Where are you?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About you (optional)</source>
            <translation>About you (optional)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The rights content could not be loaded.</source>
            <translation>The rights content could not be loaded.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Some rights depend on your status. This choice is not saved anywhere.</source>
            <translation>Some rights depend on your status. This choice is not saved anywhere.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skip: show advice for everyone</source>
            <translation>Skip: show advice for everyone</translation>
        </message>
        <message>
            <location line="+15" />
            <source>For: %1</source>
            <translation>For: %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Show what to say</source>
            <translation>Show what to say</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Big card for this place, with English</source>
            <translation>Big card for this place, with English</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../ui/qml/HomePage.qml" line="+20" />
            <source>Amparo</source>
            <translation>Amparo</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+27" />
            <source>I'm being stopped now</source>
            <translation>I'm being stopped now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say, in your language and in English</source>
            <translation>What to say, in your language and in English</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Know my rights</source>
            <translation>Know my rights</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where you are and see what to do</source>
            <translation>Choose where you are and see what to do</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Record what happened</source>
            <translation>Record what happened</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your private notes</source>
            <translation>Your private notes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Write it down now. Only your passphrase opens it.</source>
            <translation>Write it down now. Only your passphrase opens it.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No vault yet</source>
            <translation>No vault yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vault is open</source>
            <translation>Vault is open</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Vault is locked</source>
            <translation>Vault is locked</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lock now</source>
            <translation>Lock now</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Create a vault</source>
            <translation>Create a vault</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a vault to keep notes safe</source>
            <translation>Create a vault to keep notes safe</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock the vault</source>
            <translation>Unlock the vault</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No internet. No tracking. Nothing leaves this phone unless you send it.</source>
            <translation>No internet. No tracking. Nothing leaves this phone unless you send it.</translation>
        </message>
    </context>
    <context>
        <name>HotlineList</name>
        <message>
            <location filename="../ui/qml/HotlineList.qml" line="+11" />
            <location line="+4" />
            <source>Phone numbers</source>
            <translation>Phone numbers</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Hours: %1</source>
            <translation>Hours: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This number could not be confirmed. Check it before you rely on it.</source>
            <translation>This number could not be confirmed. Check it before you rely on it.</translation>
        </message>
    </context>
    <context>
        <name>IncidentFormPage</name>
        <message>
            <location filename="../ui/qml/IncidentFormPage.qml" line="+20" />
            <source>Give this a short name</source>
            <translation>Give this a short name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For example: Stopped at the bus station</source>
            <translation>For example: Stopped at the bus station</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When did it happen?</source>
            <translation>When did it happen?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date and time, as well as you remember</source>
            <translation>Date and time, as well as you remember</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where did it happen?</source>
            <translation>Where did it happen?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Street, building, airport, city</source>
            <translation>Street, building, airport, city</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who stopped you?</source>
            <translation>Who stopped you?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names, badge numbers or vehicles you saw</source>
            <translation>Names, badge numbers or vehicles you saw</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One per line</source>
            <translation>One per line</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What did they do?</source>
            <translation>What did they do?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose all that happened</source>
            <translation>Choose all that happened</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they use a phone, camera or app on you?</source>
            <translation>Did they use a phone, camera or app on you?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What it looked like, if you saw</source>
            <translation>What it looked like, if you saw</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they ask for your permission?</source>
            <translation>Did they ask for your permission?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they ask about your citizenship or status?</source>
            <translation>Did they ask about your citizenship or status?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they give you a number or paper?</source>
            <translation>Did they give you a number or paper?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reference or case number</source>
            <translation>Reference or case number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long were you held?</source>
            <translation>How long were you held?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For example: about 2 hours</source>
            <translation>For example: about 2 hours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What did they say? What did you say?</source>
            <translation>What did they say? What did you say?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Was anything taken?</source>
            <translation>Was anything taken?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone, papers, money</source>
            <translation>Phone, papers, money</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who saw it?</source>
            <translation>Who saw it?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Names or how to find them</source>
            <translation>Names or how to find them</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Were you or anyone hurt?</source>
            <translation>Were you or anyone hurt?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything else, in your own words</source>
            <translation>Anything else, in your own words</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ICE</source>
            <translation>ICE</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CBP (border, airport)</source>
            <translation>CBP (border, airport)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local police or sheriff</source>
            <translation>Local police or sheriff</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TSA (airport security)</source>
            <translation>TSA (airport security)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone else</source>
            <translation>Someone else</translation>
        </message>
        <message>
            <location line="+0" />
            <source>I don't know</source>
            <translation>I don't know</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Took my photo or scanned my face</source>
            <translation>Took my photo or scanned my face</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took my fingerprints</source>
            <translation>Took my fingerprints</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scanned my eyes</source>
            <translation>Scanned my eyes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlocked my phone with my face or finger</source>
            <translation>Unlocked my phone with my face or finger</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+0" />
            <source>I'm not sure</source>
            <translation>I'm not sure</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Check and save</source>
            <translation>Check and save</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question %1 of %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Skip this question</source>
            <translation>Skip this question</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Check your answers. Tap one to change it.</source>
            <translation>Check your answers. Tap one to change it.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>(skipped)</source>
            <translation>(skipped)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../ui/qml/Main.qml" line="+19" />
            <location line="+100" />
            <source>Amparo</source>
            <translation>Amparo</translation>
        </message>
    </context>
    <context>
        <name>NoteDetailPage</name>
        <message>
            <location filename="../ui/qml/NoteDetailPage.qml" line="+15" />
            <source>Note written while locked</source>
            <translation>Note written while locked</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>Edited %n time(s)</source>
            <translation>
                <numerusform>Edited once</numerusform>
                <numerusform>Edited %n times</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not edited</source>
            <translation>Not edited</translation>
        </message>
        <message>
            <location line="+1" />
            <source>history intact</source>
            <translation>history intact</translation>
        </message>
        <message>
            <location line="+0" />
            <source>history could not be verified</source>
            <translation>history could not be verified</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Written while the vault was locked.</source>
            <translation>Written while the vault was locked.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit or add details</source>
            <translation>Edit or add details</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send to…</source>
            <translation>Send to…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add a photo, recording or file</source>
            <translation>Add a photo, recording or file</translation>
        </message>
        <message>
            <location line="+24" />
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <location line="-76" />
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <location filename="../ui/qml/NotesPage.qml" line="+13" />
            <source>Your notes</source>
            <translation>Your notes</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New incident report</source>
            <translation>New incident report</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One question at a time. Skip anything.</source>
            <translation>One question at a time. Skip anything.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n note(s) written while locked were added.</source>
            <translation>
                <numerusform>%n note written while locked was added.</numerusform>
                <numerusform>%n notes written while locked were added.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No notes yet.</source>
            <translation>No notes yet.</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+7" />
            <source>Note written while locked</source>
            <translation>Note written while locked</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>edited %n time(s)</source>
            <translation>
                <numerusform>edited once</numerusform>
                <numerusform>edited %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>written while locked</source>
            <translation>written while locked</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Send to…</source>
            <translation>Send to…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Send all notes to an organization</source>
            <translation>Send all notes to an organization</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lock the vault</source>
            <translation>Lock the vault</translation>
        </message>
    </context>
    <context>
        <name>OrgReviewPage</name>
        <message>
            <location filename="../ui/qml/OrgReviewPage.qml" line="+31" />
            <source>Check the organization</source>
            <translation>Check the organization</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Warning: this organization's keys changed</source>
            <translation>Warning: this organization's keys changed</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Someone may be pretending to be this organization. Nothing will be sent to it until you call the organization at a number you already know and confirm the new safety number below.</source>
            <translation>Someone may be pretending to be this organization. Nothing will be sent to it until you call the organization at a number you already know and confirm the new safety number below.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This card is already on your list.</source>
            <translation>This card is already on your list.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hotline</source>
            <translation>Hotline</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Languages</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Card valid until</source>
            <translation>Card valid until</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Safety number</source>
            <translation>Safety number</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Call the organization at a number you already know. Read these 30 digits aloud together. They must be exactly the same on both sides.</source>
            <translation>Call the organization at a number you already know. Read these 30 digits aloud together. They must be exactly the same on both sides.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Previous safety number: %1</source>
            <translation>Previous safety number: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This organization is now trusted. You can send notes to it.</source>
            <translation>This organization is now trusted. You can send notes to it.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>We read the numbers aloud over the phone and they match</source>
            <translation>We read the numbers aloud over the phone and they match</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Your passphrase, to confirm it is you</source>
            <translation>Your passphrase, to confirm it is you</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Trust this organization</source>
            <translation>Trust this organization</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Checking passphrase…</source>
            <translation>Checking passphrase…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep without confirming</source>
            <translation>Keep without confirming</translation>
        </message>
        <message>
            <location line="+12" />
            <source>It stays on your list, but nothing can be sent to it until you confirm its safety number.</source>
            <translation>It stays on your list, but nothing can be sent to it until you confirm its safety number.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <location filename="../ui/qml/PassphraseField.qml" line="+131" />
            <source>Hide passphrase</source>
            <translation>Hide passphrase</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show passphrase</source>
            <translation>Show passphrase</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>Show</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <location filename="../ui/src/languagecontroller.cpp" line="+18" />
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>RightsCard</name>
        <message>
            <location filename="../ui/qml/RightsCard.qml" line="+57" />
            <source>Only for: %1</source>
            <translation>Only for: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unsettled</source>
            <translation>Unsettled</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>This advice is not yet available in your language. It is shown in English.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Say this</source>
            <translation>Say this</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Only if you are: %1</source>
            <translation>Only if you are: %1</translation>
        </message>
        <message>
            <location filename="../ui/qml/EncounterPage.qml" line="+17" />
            <location filename="../ui/qml/RightsCard.qml" line="+35" />
            <source>Do</source>
            <translation>Do</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../ui/qml/RightsCard.qml" line="+16" />
            <source>Don't</source>
            <translation>Don't</translation>
        </message>
        <message>
            <location filename="../ui/qml/RightsCard.qml" line="+29" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
    </context>
    <context>
        <name>ScanPage</name>
        <message>
            <location filename="../ui/qml/ScanPage.qml" line="+27" />
            <source>Scan the QR code</source>
            <translation>Scan the QR code</translation>
        </message>
        <message>
            <location line="+36" />
            <source>No camera found on this device — add the card from a file or a photo.</source>
            <translation>No camera found on this device — add the card from a file or a photo.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Back to trusted organizations</source>
            <translation>Back to trusted organizations</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hold the organization's QR code inside the frame. It is read on this device; no picture is saved.</source>
            <translation>Hold the organization's QR code inside the frame. It is read on this device; no picture is saved.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>That QR code is not an organization card. Scan the code on the organization's card.</source>
            <translation>That QR code is not an organization card. Scan the code on the organization's card.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The camera could not be started. Add the card from a file or a photo instead.</source>
            <translation>The camera could not be started. Add the card from a file or a photo instead.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scan again</source>
            <translation>Scan again</translation>
        </message>
    </context>
    <context>
        <name>ScreenHeader</name>
        <message>
            <location filename="../ui/qml/LightHeader.qml" line="+31" />
            <location line="+5" />
            <location filename="../ui/qml/ScreenHeader.qml" line="+33" />
            <location line="+9" />
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../ui/qml/ScreenHeader.qml" line="+40" />
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide: lock the vault and go to the start screen</source>
            <translation>Hide: lock the vault and go to the start screen</translation>
        </message>
    </context>
    <context>
        <name>SendToPage</name>
        <message>
            <location filename="../ui/qml/SendToPage.qml" line="+52" />
            <source>Send to…</source>
            <translation>Send to…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>All your notes, with their history and files, are sealed into one file that only the organization you choose can open.</source>
            <translation>All your notes, with their history and files, are sealed into one file that only the organization you choose can open.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This note, with its history and files, is sealed into a file that only the organization you choose can open.</source>
            <translation>This note, with its history and files, is sealed into a file that only the organization you choose can open.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No trusted organizations yet. Add one first.</source>
            <translation>No trusted organizations yet. Add one first.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trusted organizations</source>
            <translation>Trusted organizations</translation>
        </message>
        <message>
            <location line="+15" />
            <source>keys changed: confirm first</source>
            <translation>keys changed: confirm first</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not confirmed</source>
            <translation>not confirmed</translation>
        </message>
        <message>
            <location line="+67" />
            <location line="+23" />
            <source>Save in this folder</source>
            <translation>Save in this folder</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose folder…</source>
            <translation>Choose folder…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Your passphrase, to confirm it is you</source>
            <translation>Your passphrase, to confirm it is you</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved “%1” for %2. Only %2 can open it. Give them the file, for example in person or by a secure messenger.</source>
            <translation>Saved “%1” for %2. Only %2 can open it. Give them the file, for example in person or by a secure messenger.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Seal and save</source>
            <translation>Seal and save</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Seal and share</source>
            <translation>Seal and share</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Checking passphrase…</source>
            <translation>Checking passphrase…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Share the sealed file again</source>
            <translation>Share the sealed file again</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show in folder</source>
            <translation>Show in folder</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The folder could not be opened. The file is saved in: %1</source>
            <translation>The folder could not be opened. The file is saved in: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The share sheet could not be opened. The sealed file is saved; you can send it from your files.</source>
            <translation>The share sheet could not be opened. The sealed file is saved; you can send it from your files.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/qml/SettingsPage.qml" line="+14" />
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This translation is a draft. Please check important words with someone you trust.</source>
            <translation>This translation is a draft. Please check important words with someone you trust.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Legal-aid organizations</source>
            <translation>Legal-aid organizations</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trusted organizations</source>
            <translation>Trusted organizations</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+26" />
            <source>Lock the vault after</source>
            <translation>Lock the vault after</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault also locks when you leave the app.</source>
            <translation>The vault also locks when you leave the app.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Display</source>
            <translation>Display</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dark theme</source>
            <translation>Dark theme</translation>
        </message>
        <message>
            <location line="+12" />
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Vault</source>
            <translation>Vault</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Unlock the vault to change its passphrase.</source>
            <translation>Unlock the vault to change its passphrase.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No vault yet.</source>
            <translation>No vault yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What this app does not do</source>
            <translation>What this app does not do</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It never connects to the internet.</source>
            <translation>It never connects to the internet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It does not track you or collect statistics.</source>
            <translation>It does not track you or collect statistics.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It keeps nothing in a cloud. Your notes stay on this device.</source>
            <translation>It keeps nothing in a cloud. Your notes stay on this device.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It does not share where officers are.</source>
            <translation>It does not share where officers are.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It never unlocks with your face or fingerprint.</source>
            <translation>It never unlocks with your face or fingerprint.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rights information for %1, version %2, published %3 by %4.</source>
            <translation>Rights information for %1, version %2, published %3 by %4.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The rights content could not be loaded.</source>
            <translation>The rights content could not be loaded.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.</source>
            <translation>This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The Arabic translation is a draft.</source>
            <translation>The Arabic translation is a draft.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Licenses</source>
            <translation>Licenses</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../ui/qml/StrengthMeter.qml" line="+39" />
            <source>At least %1 characters (%2 so far)</source>
            <translation>At least %1 characters (%2 so far)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very weak</source>
            <translation>Very weak</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Weak: add more words</source>
            <translation>Weak: add more words</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fair: longer is better</source>
            <translation>Fair: longer is better</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
    </context>
    <context>
        <name>TrustedOrgsPage</name>
        <message>
            <location filename="../ui/qml/TrustedOrgsPage.qml" line="+19" />
            <source>Trusted organizations</source>
            <translation>Trusted organizations</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Notes can only be sent to organizations on this list. Add one from the card it gave you, then compare its safety number with it over the phone.</source>
            <translation>Notes can only be sent to organizations on this list. Add one from the card it gave you, then compare its safety number with it over the phone.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No trusted organizations yet.</source>
            <translation>No trusted organizations yet.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checking passphrase…</source>
            <translation>Checking passphrase…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Warning: this organization's keys changed. Sending is blocked until you confirm the new safety number.</source>
            <translation>Warning: this organization's keys changed. Sending is blocked until you confirm the new safety number.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed, but the card has expired</source>
            <translation>Confirmed, but the card has expired</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not confirmed yet: nothing can be sent</source>
            <translation>Not confirmed yet: nothing can be sent</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show safety number</source>
            <translation>Show safety number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Compare and confirm</source>
            <translation>Compare and confirm</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Tap again to remove</source>
            <translation>Tap again to remove</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Add an organization</source>
            <translation>Add an organization</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scan with camera</source>
            <translation>Scan with camera</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No camera found on this device — add the card from a file or a photo.</source>
            <translation>No camera found on this device — add the card from a file or a photo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the card file the organization sent you, or a picture of its QR code, from your files, or type its location.</source>
            <translation>Choose the card file the organization sent you, or a picture of its QR code, from your files, or type its location.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the card file the organization sent you from your files, or type its location.</source>
            <translation>Choose the card file the organization sent you from your files, or type its location.</translation>
        </message>
        <message>
            <location line="+49" />
            <location line="+11" />
            <source>Or paste the card text the organization sent you</source>
            <translation>Or paste the card text the organization sent you</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Choose from my files</source>
            <translation>Choose from my files</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Location of the card file</source>
            <translation>Location of the card file</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open this card</source>
            <translation>Open this card</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Read pasted card</source>
            <translation>Read pasted card</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../ui/qml/UnlockPage.qml" line="+15" />
            <source>Unlock your vault</source>
            <translation>Unlock your vault</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Wait %1 seconds before the next try.</source>
            <translation>Wait %1 seconds before the next try.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This pause only slows down this screen. Your passphrase is what protects the vault.</source>
            <translation>This pause only slows down this screen. Your passphrase is what protects the vault.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening the vault…</source>
            <translation>Opening the vault…</translation>
        </message>
    </context>
    <context>
        <name>VaultCreatePage</name>
        <message>
            <location filename="../ui/qml/VaultCreatePage.qml" line="+16" />
            <source>Create your vault</source>
            <translation>Create your vault</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.</source>
            <translation>Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.</source>
            <translation>If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Type it again</source>
            <translation>Type it again</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Suggest a passphrase</source>
            <translation>Suggest a passphrase</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Write this down now:</source>
            <translation>Write this down now:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Create vault</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Creating the vault…</source>
            <translation>Creating the vault…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Amparo never unlocks with your face or fingerprint: those can be forced.</source>
            <translation>Amparo never unlocks with your face or fingerprint: those can be forced.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::OrgsBridge</name>
        <message>
            <location filename="../ui/src/orgsbridge.cpp" line="+61" />
            <source>This is not a valid organization card.</source>
            <translation>This is not a valid organization card.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card was made by a newer version of Amparo. Update the app.</source>
            <translation>This card was made by a newer version of Amparo. Update the app.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+253" />
            <source>This card is too large to be a real organization card.</source>
            <translation>This card is too large to be a real organization card.</translation>
        </message>
        <message>
            <location line="-251" />
            <source>This card contains hidden or invalid characters and was refused.</source>
            <translation>This card contains hidden or invalid characters and was refused.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card is not signed by the organization and was refused.</source>
            <translation>This card is not signed by the organization and was refused.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card's signature does not match: it was changed or forged.</source>
            <translation>This card's signature does not match: it was changed or forged.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card has expired. Ask the organization for a new one.</source>
            <translation>This card has expired. Ask the organization for a new one.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card's dates are not valid. Check your device's date.</source>
            <translation>This card's dates are not valid. Check your device's date.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This organization's keys changed. Nothing is sent until you compare the new safety number with them and confirm it.</source>
            <translation>This organization's keys changed. Nothing is sent until you compare the new safety number with them and confirm it.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Confirm this organization's safety number before sending anything.</source>
            <translation>Confirm this organization's safety number before sending anything.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There are no notes to send.</source>
            <translation>There are no notes to send.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A file with that name already exists in that folder.</source>
            <translation>A file with that name already exists in that folder.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file could not be written. Check the folder and free space.</source>
            <translation>The file could not be written. Check the folder and free space.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notes could not be read from the vault. Nothing was sent.</source>
            <translation>The notes could not be read from the vault. Nothing was sent.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something went wrong. Nothing was sent.</source>
            <translation>Something went wrong. Nothing was sent.</translation>
        </message>
        <message>
            <location line="+184" />
            <location line="+81" />
            <location line="+20" />
            <location line="+13" />
            <location line="+39" />
            <location line="+17" />
            <source>The vault is locked. Unlock it first.</source>
            <translation>The vault is locked. Unlock it first.</translation>
        </message>
        <message>
            <location line="-139" />
            <location line="+75" />
            <location line="+31" />
            <location line="+24" />
            <location line="+76" />
            <source>Sending to organizations is not available in this build.</source>
            <translation>Sending to organizations is not available in this build.</translation>
        </message>
        <message>
            <location line="-196" />
            <source>That file could not be opened.</source>
            <translation>That file could not be opened.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+4" />
            <source>That image is too large.</source>
            <translation>That image is too large.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>That image could not be opened.</source>
            <translation>That image could not be opened.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No organization QR code was found in that image.</source>
            <translation>No organization QR code was found in that image.</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Reading QR codes from images is not available in this build.</source>
            <translation>Reading QR codes from images is not available in this build.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>First read the safety number aloud with the organization and tick the box.</source>
            <translation>First read the safety number aloud with the organization and tick the box.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your passphrase to trust this organization.</source>
            <translation>Type your passphrase to trust this organization.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That passphrase is not right. Nothing was changed.</source>
            <translation>That passphrase is not right. Nothing was changed.</translation>
        </message>
        <message>
            <location line="-262" />
            <source>Open an organization card first.</source>
            <translation>Open an organization card first.</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+284" />
            <location line="+9" />
            <location line="+17" />
            <source>That organization is no longer in your list.</source>
            <translation>That organization is no longer in your list.</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Something went wrong with the vault. Nothing was changed.</source>
            <translation>Something went wrong with the vault. Nothing was changed.</translation>
        </message>
        <message>
            <location line="+93" />
            <source>That folder does not exist.</source>
            <translation>That folder does not exist.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your passphrase to send notes.</source>
            <translation>Type your passphrase to send notes.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That passphrase is not right. Nothing was sent.</source>
            <translation>That passphrase is not right. Nothing was sent.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::RightsBridge</name>
        <message>
            <location filename="../ui/src/rightsbridge.cpp" line="+168" />
            <source>Settled law</source>
            <translation>Settled law</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: courts have not decided this clearly</source>
            <translation>Unsettled: courts have not decided this clearly</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: courts disagree about this</source>
            <translation>Unsettled: courts disagree about this</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: this depends on where you are</source>
            <translation>Unsettled: this depends on where you are</translation>
        </message>
        <message>
            <location line="+19" />
            <source>undated; read on %1</source>
            <translation>undated; read on %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reviewed by %1 on %2</source>
            <translation>Reviewed by %1 on %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft, not yet reviewed by a lawyer</source>
            <translation>Draft, not yet reviewed by a lawyer</translation>
        </message>
        <message>
            <location line="+41" />
            <source>the United States</source>
            <translation>the United States</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::VaultBridge</name>
        <message>
            <location filename="../ui/src/vaultbridge.cpp" line="+56" />
            <source>That passphrase did not open the vault. Check it and try again.</source>
            <translation>That passphrase did not open the vault. Check it and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too many tries. Wait a moment, then try again.</source>
            <translation>Too many tries. Wait a moment, then try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A vault already exists on this device.</source>
            <translation>A vault already exists on this device.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no vault on this device yet.</source>
            <translation>There is no vault on this device yet.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault files are damaged or were changed. Nothing was overwritten.</source>
            <translation>The vault files are damaged or were changed. Nothing was overwritten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault is locked. Unlock it first.</source>
            <translation>The vault is locked. Unlock it first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A note needs a title or a description.</source>
            <translation>A note needs a title or a description.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That file is too large.</source>
            <translation>That file is too large.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An attached file is damaged.</source>
            <translation>An attached file is damaged.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning: the vault's capture key was changed. Captures were not saved.</source>
            <translation>Warning: the vault's capture key was changed. Captures were not saved.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This device's keystore is not available. The vault cannot be opened here right now.</source>
            <translation>This device's keystore is not available. The vault cannot be opened here right now.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The vault is busy. Try again in a moment.</source>
            <translation>The vault is busy. Try again in a moment.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something in the input is not accepted.</source>
            <translation>Something in the input is not accepted.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That note no longer exists.</source>
            <translation>That note no longer exists.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something went wrong with the vault. Your notes were not changed.</source>
            <translation>Something went wrong with the vault. Your notes were not changed.</translation>
        </message>
        <message>
            <location line="+200" />
            <location line="+49" />
            <source>Use at least 10 characters.</source>
            <translation>Use at least 10 characters.</translation>
        </message>
        <message>
            <location line="-45" />
            <location line="+49" />
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+25" />
            <location line="+279" />
            <source>The vault is not part of this build.</source>
            <translation>The vault is not part of this build.</translation>
        </message>
        <message>
            <location line="-288" />
            <source>Type your passphrase.</source>
            <translation>Type your passphrase.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>Your vault was created, then locked. Open it with your new passphrase.</source>
            <translation>Your vault was created, then locked. Open it with your new passphrase.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Warning: the vault's capture key file was changed by someone. Captures made since then may not be yours.</source>
            <translation>Warning: the vault's capture key file was changed by someone. Captures made since then may not be yours.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault locked while your passphrase was being changed. The new passphrase now opens it.</source>
            <translation>The vault locked while your passphrase was being changed. The new passphrase now opens it.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Create a vault first. Then you can record while it is locked.</source>
            <translation>Create a vault first. Then you can record while it is locked.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>That file could not be read.</source>
            <translation>That file could not be read.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Only files on this device can be attached.</source>
            <translation>Only files on this device can be attached.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Write something or attach a file first.</source>
            <translation>Write something or attach a file first.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Incident on %1</source>
            <translation>Incident on %1</translation>
        </message>
        <message>
            <location line="+99" />
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>Not sure</source>
            <translation>Not sure</translation>
        </message>
        <message>
            <location line="-22" />
            <source>ICE</source>
            <translation>ICE</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CBP</source>
            <translation>CBP</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Local police (287(g))</source>
            <translation>Local police (287(g))</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TSA</source>
            <translation>TSA</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Officers</source>
            <translation>Officers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>face photo or scan</source>
            <translation>face photo or scan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fingerprints</source>
            <translation>fingerprints</translation>
        </message>
        <message>
            <location line="+1" />
            <source>iris scan</source>
            <translation>iris scan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone unlocked with face or finger</source>
            <translation>phone unlocked with face or finger</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Biometrics</source>
            <translation>Biometrics</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer's device or app</source>
            <translation>Officer's device or app</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Asked for consent</source>
            <translation>Asked for consent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked about status</source>
            <translation>Asked about status</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference number</source>
            <translation>Reference number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held for</source>
            <translation>Held for</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was said</source>
            <translation>What was said</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was taken</source>
            <translation>What was taken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Witnesses</source>
            <translation>Witnesses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Injuries</source>
            <translation>Injuries</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Version %1 – saved %2</source>
            <translation>Version %1 – saved %2</translation>
        </message>
    </context>
</TS>
