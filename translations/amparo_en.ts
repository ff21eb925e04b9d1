<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>CapturePage</name>
        <message>
            <source>Record what happened</source>
            <translation>Record what happened</translation>
        </message>
        <message>
            <source>To keep notes safe, first create a vault with a passphrase. It takes a minute.</source>
            <translation>To keep notes safe, first create a vault with a passphrase. It takes a minute.</translation>
        </message>
        <message>
            <source>Create a vault</source>
            <translation>Create a vault</translation>
        </message>
        <message>
            <source>Write what happened while you remember it. It is sealed at once; only your passphrase opens it.</source>
            <translation>Write what happened while you remember it. It is sealed at once; only your passphrase opens it.</translation>
        </message>
        <message>
            <source>What happened? Who was there? What did they say or do?</source>
            <translation>What happened? Who was there? What did they say or do?</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Attached: %1</source>
            <translation>Attached: %1</translation>
        </message>
        <message>
            <source>Attach a photo, recording or file</source>
            <translation>Attach a photo, recording or file</translation>
        </message>
        <message>
            <source>Seal into the vault</source>
            <translation>Seal into the vault</translation>
        </message>
        <message>
            <source>Sealed. You can read it after you unlock the vault.</source>
            <translation>Sealed. You can read it after you unlock the vault.</translation>
        </message>
        <message>
            <source>Unlock to see and edit notes</source>
            <translation>Unlock to see and edit notes</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphrasePage</name>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Current passphrase</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <source>Type the new one again</source>
            <translation>Type the new one again</translation>
        </message>
        <message>
            <source>Passphrase changed.</source>
            <translation>Passphrase changed.</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotice</name>
        <message>
            <source>On a computer, Amparo protects less</source>
            <translation>On a computer, Amparo protects less</translation>
        </message>
        <message>
            <source>Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.</source>
            <translation>Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.</translation>
        </message>
        <message>
            <source>Memory can be written to swap on the disk: use full-disk encryption.</source>
            <translation>Memory can be written to swap on the disk: use full-disk encryption.</translation>
        </message>
        <message>
            <source>A keyring on this computer adds a second lock to the vault.</source>
            <translation>A keyring on this computer adds a second lock to the vault.</translation>
        </message>
        <message>
            <source>No keyring was found: only your passphrase protects the vault.</source>
            <translation>No keyring was found: only your passphrase protects the vault.</translation>
        </message>
        <message>
            <source>This app cannot block screenshots on a computer.</source>
            <translation>This app cannot block screenshots on a computer.</translation>
        </message>
    </context>
    <context>
        <name>EncounterPage</name>
        <message>
            <source>What to say</source>
            <translation>What to say</translation>
        </message>
        <message>
            <source>Show only English to the officer</source>
            <translation>Show only English to the officer</translation>
        </message>
        <message>
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>This advice is not yet available in your language. It is shown in English.</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>The rights content could not be loaded.</translation>
        </message>
        <message>
            <source>For you</source>
            <translation>For you</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>Stop reading</translation>
        </message>
        <message>
            <source>Read aloud in English</source>
            <translation>Read aloud in English</translation>
        </message>
        <message>
            <source>More for where you are</source>
            <translation>More for where you are</translation>
        </message>
        <message>
            <source>Street, car, home, airport, work, phone search</source>
            <translation>Street, car, home, airport, work, phone search</translation>
        </message>
        <message>
            <source>Content: %1, version %2, published %3</source>
            <translation>Content: %1, version %2, published %3</translation>
        </message>
        <message>
            <source>over a year old</source>
            <translation>over a year old</translation>
        </message>
    </context>
    <context>
        <name>FilePickerList</name>
        <message>
            <source>No photos, recordings or documents found in your folders.</source>
            <translation>No photos, recordings or documents found in your folders.</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Where are you?</source>
            <translation>Where are you?</translation>
        </message>
        <message>
            <source>About you (optional)</source>
            <translation>About you (optional)</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>The rights content could not be loaded.</translation>
        </message>
        <message>
            <source>Some rights depend on your status. This choice is not saved anywhere.</source>
            <translation>Some rights depend on your status. This choice is not saved anywhere.</translation>
        </message>
        <message>
            <source>Skip: show advice for everyone</source>
            <translation>Skip: show advice for everyone</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>For: %1</translation>
        </message>
        <message>
            <source>Show what to say</source>
            <translation>Show what to say</translation>
        </message>
        <message>
            <source>Big card for this place, with English</source>
            <translation>Big card for this place, with English</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Amparo</source>
            <translation>Amparo</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>I'm being stopped now</source>
            <translation>I'm being stopped now</translation>
        </message>
        <message>
            <source>What to say, in your language and in English</source>
            <translation>What to say, in your language and in English</translation>
        </message>
        <message>
            <source>Know my rights</source>
            <translation>Know my rights</translation>
        </message>
        <message>
            <source>Choose where you are and see what to do</source>
            <translation>Choose where you are and see what to do</translation>
        </message>
        <message>
            <source>Record what happened</source>
            <translation>Record what happened</translation>
        </message>
        <message>
            <source>Your private notes</source>
            <translation>Your private notes</translation>
        </message>
        <message>
            <source>Write it down now. Only your passphrase opens it.</source>
            <translation>Write it down now. Only your passphrase opens it.</translation>
        </message>
        <message>
            <source>No vault yet</source>
            <translation>No vault yet</translation>
        </message>
        <message>
            <source>Vault is open</source>
            <translation>Vault is open</translation>
        </message>
        <message>
            <source>Vault is locked</source>
            <translation>Vault is locked</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>Lock now</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>Unlock the vault</translation>
        </message>
        <message>
            <source>No internet. No tracking. Nothing leaves this phone unless you send it.</source>
            <translation>No internet. No tracking. Nothing leaves this phone unless you send it.</translation>
        </message>
    </context>
    <context>
        <name>IncidentFormPage</name>
        <message>
            <source>Give this a short name</source>
            <translation>Give this a short name</translation>
        </message>
        <message>
            <source>For example: Stopped at the bus station</source>
            <translation>For example: Stopped at the bus station</translation>
        </message>
        <message>
            <source>When did it happen?</source>
            <translation>When did it happen?</translation>
        </message>
        <message>
            <source>Date and time, as well as you remember</source>
            <translation>Date and time, as well as you remember</translation>
        </message>
        <message>
            <source>Where did it happen?</source>
            <translation>Where did it happen?</translation>
        </message>
        <message>
            <source>Street, building, airport, city</source>
            <translation>Street, building, airport, city</translation>
        </message>
        <message>
            <source>Who stopped you?</source>
            <translation>Who stopped you?</translation>
        </message>
        <message>
            <source>Names, badge numbers or vehicles you saw</source>
            <translation>Names, badge numbers or vehicles you saw</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>One per line</translation>
        </message>
        <message>
            <source>What did they do?</source>
            <translation>What did they do?</translation>
        </message>
        <message>
            <source>Choose all that happened</source>
            <translation>Choose all that happened</translation>
        </message>
        <message>
            <source>Did they use a phone, camera or app on you?</source>
            <translation>Did they use a phone, camera or app on you?</translation>
        </message>
        <message>
            <source>What it looked like, if you saw</source>
            <translation>What it looked like, if you saw</translation>
        </message>
        <message>
            <source>Did they ask for your permission?</source>
            <translation>Did they ask for your permission?</translation>
        </message>
        <message>
            <source>Did they ask about your citizenship or status?</source>
            <translation>Did they ask about your citizenship or status?</translation>
        </message>
        <message>
            <source>Did they give you a number or paper?</source>
            <translation>Did they give you a number or paper?</translation>
        </message>
        <message>
            <source>Reference or case number</source>
            <translation>Reference or case number</translation>
        </message>
        <message>
            <source>How long were you held?</source>
            <translation>How long were you held?</translation>
        </message>
        <message>
            <source>For example: about 2 hours</source>
            <translation>For example: about 2 hours</translation>
        </message>
        <message>
            <source>What did they say? What did you say?</source>
            <translation>What did they say? What did you say?</translation>
        </message>
        <message>
            <source>Was anything taken?</source>
            <translation>Was anything taken?</translation>
        </message>
        <message>
            <source>Phone, papers, money</source>
            <translation>Phone, papers, money</translation>
        </message>
        <message>
            <source>Who saw it?</source>
            <translation>Who saw it?</translation>
        </message>
        <message>
            <source>Names or how to find them</source>
            <translation>Names or how to find them</translation>
        </message>
        <message>
            <source>Were you or anyone hurt?</source>
            <translation>Were you or anyone hurt?</translation>
        </message>
        <message>
            <source>Anything else, in your own words</source>
            <translation>Anything else, in your own words</translation>
        </message>
        <message>
            <source>ICE</source>
            <translation>ICE</translation>
        </message>
        <message>
            <source>CBP (border, airport)</source>
            <translation>CBP (border, airport)</translation>
        </message>
        <message>
            <source>Local police or sheriff</source>
            <translation>Local police or sheriff</translation>
        </message>
        <message>
            <source>TSA (airport security)</source>
            <translation>TSA (airport security)</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Someone else</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>I don't know</translation>
        </message>
        <message>
            <source>Took my photo or scanned my face</source>
            <translation>Took my photo or scanned my face</translation>
        </message>
        <message>
            <source>Took my fingerprints</source>
            <translation>Took my fingerprints</translation>
        </message>
        <message>
            <source>Scanned my eyes</source>
            <translation>Scanned my eyes</translation>
        </message>
        <message>
            <source>Unlocked my phone with my face or finger</source>
            <translation>Unlocked my phone with my face or finger</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>I'm not sure</source>
            <translation>I'm not sure</translation>
        </message>
        <message>
            <source>Check and save</source>
            <translation>Check and save</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>Skip</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>Skip this question</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Check your answers. Tap one to change it.</source>
            <translation>Check your answers. Tap one to change it.</translation>
        </message>
        <message>
            <source>(skipped)</source>
            <translation>(skipped)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Amparo</source>
            <translation>Amparo</translation>
        </message>
    </context>
    <context>
        <name>NoteDetailPage</name>
        <message>
            <source>Note written while locked</source>
            <translation>Note written while locked</translation>
        </message>
        <message numerus="yes">
            <source>Edited %n time(s)</source>
            <translation>
                <numerusform>Edited once</numerusform>
                <numerusform>Edited %n times</numerusform>
            </translation>
        </message>
        <message>
            <source>Not edited</source>
            <translation>Not edited</translation>
        </message>
        <message>
            <source>history intact</source>
            <translation>history intact</translation>
        </message>
        <message>
            <source>history could not be verified</source>
            <translation>history could not be verified</translation>
        </message>
        <message>
            <source>Written while the vault was locked.</source>
            <translation>Written while the vault was locked.</translation>
        </message>
        <message>
            <source>Edit or add details</source>
            <translation>Edit or add details</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Add a photo, recording or file</source>
            <translation>Add a photo, recording or file</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <source>Your notes</source>
            <translation>Your notes</translation>
        </message>
        <message>
            <source>New incident report</source>
            <translation>New incident report</translation>
        </message>
        <message>
            <source>One question at a time. Skip anything.</source>
            <translation>One question at a time. Skip anything.</translation>
        </message>
        <message numerus="yes">
            <source>%n note(s) written while locked were added.</source>
            <translation>
                <numerusform>%n note written while locked was added.</numerusform>
                <numerusform>%n notes written while locked were added.</numerusform>
            </translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>No notes yet.</translation>
        </message>
        <message>
            <source>Note written while locked</source>
            <translation>Note written while locked</translation>
        </message>
        <message numerus="yes">
            <source>edited %n time(s)</source>
            <translation>
                <numerusform>edited once</numerusform>
                <numerusform>edited %n times</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message>
            <source>written while locked</source>
            <translation>written while locked</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Lock the vault</source>
            <translation>Lock the vault</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>LTR</translation>
        </message>
    </context>
    <context>
        <name>RightsCard</name>
        <message>
            <source>Unsettled</source>
            <translation>Unsettled</translation>
        </message>
        <message>
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>This advice is not yet available in your language. It is shown in English.</translation>
        </message>
        <message>
            <source>Say this</source>
            <translation>Say this</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>Do</translation>
        </message>
        <message>
            <source>Don't</source>
            <translation>Don't</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Last reviewed: %1</source>
            <translation>Last reviewed: %1</translation>
        </message>
    </context>
    <context>
        <name>ScreenHeader</name>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
        <message>
            <source>Hide: lock the vault and go to the start screen</source>
            <translation>Hide: lock the vault and go to the start screen</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>This translation is a draft. Please check important words with someone you trust.</source>
            <translation>This translation is a draft. Please check important words with someone you trust.</translation>
        </message>
        <message>
            <source>Lock the vault after</source>
            <translation>Lock the vault after</translation>
        </message>
        <message>
            <source>The vault also locks when you leave the app.</source>
            <translation>The vault also locks when you leave the app.</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Display</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>Dark theme</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>Vault</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>Change passphrase</translation>
        </message>
        <message>
            <source>Unlock the vault to change its passphrase.</source>
            <translation>Unlock the vault to change its passphrase.</translation>
        </message>
        <message>
            <source>No vault yet.</source>
            <translation>No vault yet.</translation>
        </message>
        <message>
            <source>What this app does not do</source>
            <translation>What this app does not do</translation>
        </message>
        <message>
            <source>It never connects to the internet.</source>
            <translation>It never connects to the internet.</translation>
        </message>
        <message>
            <source>It does not track you or collect statistics.</source>
            <translation>It does not track you or collect statistics.</translation>
        </message>
        <message>
            <source>It keeps nothing in a cloud. Your notes stay on this device.</source>
            <translation>It keeps nothing in a cloud. Your notes stay on this device.</translation>
        </message>
        <message>
            <source>It does not share where officers are.</source>
            <translation>It does not share where officers are.</translation>
        </message>
        <message>
            <source>It never unlocks with your face or fingerprint.</source>
            <translation>It never unlocks with your face or fingerprint.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>About</translation>
        </message>
        <message>
            <source>Rights content: %1, version %2, published %3 by %4.</source>
            <translation>Rights content: %1, version %2, published %3 by %4.</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>The rights content could not be loaded.</translation>
        </message>
        <message>
            <source>This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.</source>
            <translation>This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.</translation>
        </message>
        <message>
            <source>The Arabic translation is a draft.</source>
            <translation>The Arabic translation is a draft.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <source>Licenses</source>
            <translation>Licenses</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>At least %1 characters (%2 so far)</source>
            <translation>At least %1 characters (%2 so far)</translation>
        </message>
        <message>
            <source>Very weak</source>
            <translation>Very weak</translation>
        </message>
        <message>
            <source>Weak: add more words</source>
            <translation>Weak: add more words</translation>
        </message>
        <message>
            <source>Fair: longer is better</source>
            <translation>Fair: longer is better</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock your vault</source>
            <translation>Unlock your vault</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Wait %1 seconds before the next try.</source>
            <translation>Wait %1 seconds before the next try.</translation>
        </message>
        <message>
            <source>This pause only slows down this screen. Your passphrase is what protects the vault.</source>
            <translation>This pause only slows down this screen. Your passphrase is what protects the vault.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
    </context>
    <context>
        <name>VaultCreatePage</name>
        <message>
            <source>Create your vault</source>
            <translation>Create your vault</translation>
        </message>
        <message>
            <source>Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.</source>
            <translation>Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.</translation>
        </message>
        <message>
            <source>If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.</source>
            <translation>If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Type it again</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>Suggest a passphrase</translation>
        </message>
        <message>
            <source>Write this down now:</source>
            <translation>Write this down now:</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <source>Amparo never unlocks with your face or fingerprint: those can be forced.</source>
            <translation>Amparo never unlocks with your face or fingerprint: those can be forced.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::RightsBridge</name>
        <message>
            <source>Settled law</source>
            <translation>Settled law</translation>
        </message>
        <message>
            <source>Unsettled: courts have not decided this clearly</source>
            <translation>Unsettled: courts have not decided this clearly</translation>
        </message>
        <message>
            <source>Unsettled: courts disagree about this</source>
            <translation>Unsettled: courts disagree about this</translation>
        </message>
        <message>
            <source>Unsettled: this depends on where you are</source>
            <translation>Unsettled: this depends on where you are</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::VaultBridge</name>
        <message>
            <source>That passphrase did not open the vault. Check it and try again.</source>
            <translation>That passphrase did not open the vault. Check it and try again.</translation>
        </message>
        <message>
            <source>Too many tries. Wait a moment, then try again.</source>
            <translation>Too many tries. Wait a moment, then try again.</translation>
        </message>
        <message>
            <source>A vault already exists on this device.</source>
            <translation>A vault already exists on this device.</translation>
        </message>
        <message>
            <source>There is no vault on this device yet.</source>
            <translation>There is no vault on this device yet.</translation>
        </message>
        <message>
            <source>The vault files are damaged or were changed. Nothing was overwritten.</source>
            <translation>The vault files are damaged or were changed. Nothing was overwritten.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>The vault is locked. Unlock it first.</translation>
        </message>
        <message>
            <source>A note needs a title or a description.</source>
            <translation>A note needs a title or a description.</translation>
        </message>
        <message>
            <source>That file is too large.</source>
            <translation>That file is too large.</translation>
        </message>
        <message>
            <source>An attached file is damaged.</source>
            <translation>An attached file is damaged.</translation>
        </message>
        <message>
            <source>Warning: the vault's capture key was changed. Captures were not saved.</source>
            <translation>Warning: the vault's capture key was changed. Captures were not saved.</translation>
        </message>
        <message>
            <source>This device's keystore is not available. The vault cannot be opened here right now.</source>
            <translation>This device's keystore is not available. The vault cannot be opened here right now.</translation>
        </message>
        <message>
            <source>The vault is busy. Try again in a moment.</source>
            <translation>The vault is busy. Try again in a moment.</translation>
        </message>
        <message>
            <source>Something in the input is not accepted.</source>
            <translation>Something in the input is not accepted.</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>That note no longer exists.</translation>
        </message>
        <message>
            <source>Something went wrong with the vault. Your notes were not changed.</source>
            <translation>Something went wrong with the vault. Your notes were not changed.</translation>
        </message>
        <message>
            <source>Use at least 10 characters.</source>
            <translation>Use at least 10 characters.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>The two passphrases are not the same.</translation>
        </message>
        <message>
            <source>The vault is not part of this build.</source>
            <translation>The vault is not part of this build.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>Type your passphrase.</translation>
        </message>
        <message>
            <source>Warning: the vault's capture key file was changed by someone. Captures made since then may not be yours.</source>
            <translation>Warning: the vault's capture key file was changed by someone. Captures made since then may not be yours.</translation>
        </message>
        <message>
            <source>Create a vault first. Then you can record while it is locked.</source>
            <translation>Create a vault first. Then you can record while it is locked.</translation>
        </message>
        <message>
            <source>That file could not be read.</source>
            <translation>That file could not be read.</translation>
        </message>
        <message>
            <source>Write something or attach a file first.</source>
            <translation>Write something or attach a file first.</translation>
        </message>
        <message>
            <source>Incident on %1</source>
            <translation>Incident on %1</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>Not sure</translation>
        </message>
        <message>
            <source>ICE</source>
            <translation>ICE</translation>
        </message>
        <message>
            <source>CBP</source>
            <translation>CBP</translation>
        </message>
        <message>
            <source>Local police (287(g))</source>
            <translation>Local police (287(g))</translation>
        </message>
        <message>
            <source>TSA</source>
            <translation>TSA</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>Officers</translation>
        </message>
        <message>
            <source>face photo or scan</source>
            <translation>face photo or scan</translation>
        </message>
        <message>
            <source>fingerprints</source>
            <translation>fingerprints</translation>
        </message>
        <message>
            <source>iris scan</source>
            <translation>iris scan</translation>
        </message>
        <message>
            <source>phone unlocked with face or finger</source>
            <translation>phone unlocked with face or finger</translation>
        </message>
        <message>
            <source>Biometrics</source>
            <translation>Biometrics</translation>
        </message>
        <message>
            <source>Officer's device or app</source>
            <translation>Officer's device or app</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Asked for consent</source>
            <translation>Asked for consent</translation>
        </message>
        <message>
            <source>Asked about status</source>
            <translation>Asked about status</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>Reference number</translation>
        </message>
        <message>
            <source>Held for</source>
            <translation>Held for</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>What was said</translation>
        </message>
        <message>
            <source>What was taken</source>
            <translation>What was taken</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>Witnesses</translation>
        </message>
        <message>
            <source>Injuries</source>
            <translation>Injuries</translation>
        </message>
        <message>
            <source>Version %1 – saved %2</source>
            <translation>Version %1 – saved %2</translation>
        </message>
    </context>
</TS>
