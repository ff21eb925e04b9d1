<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>CapturePage</name>
        <message>
            <location filename="../ui/qml/CapturePage.qml" line="+17" />
            <source>Record what happened</source>
            <translation>سجّل ما حدث</translation>
        </message>
        <message>
            <location line="+33" />
            <source>To keep notes safe, first create a vault with a passphrase. It takes a minute.</source>
            <translation>لحفظ الملاحظات بأمان، أنشئ أولًا خزنة بعبارة مرور. يستغرق ذلك دقيقة.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create a vault</source>
            <translation>أنشئ خزنة</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write what happened while you remember it. It is sealed at once; only your passphrase opens it.</source>
            <translation>اكتب ما حدث وأنت تتذكره. يُختم فورًا؛ عبارة المرور وحدها تفتحه.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What happened? Who was there? What did they say or do?</source>
            <translation>ماذا حدث؟ من كان هناك؟ ماذا قالوا أو فعلوا؟</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What happened</source>
            <translation>ما حدث</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attached: %1</source>
            <translation>مرفق: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attach a photo, recording or file</source>
            <translation>أرفق صورة أو تسجيلًا أو ملفًا</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Seal into the vault</source>
            <translation>اختم في الخزنة</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sealed. You can read it after you unlock the vault.</source>
            <translation>تم الختم. يمكنك قراءتها بعد فتح الخزنة.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Unlock to see and edit notes</source>
            <translation>افتح لرؤية الملاحظات وتعديلها</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphrasePage</name>
        <message>
            <location filename="../ui/qml/ChangePassphrasePage.qml" line="+14" />
            <location line="+74" />
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <location line="-37" />
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type the new one again</source>
            <translation>اكتب الجديدة مرة أخرى</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Passphrase changed.</source>
            <translation>تم تغيير عبارة المرور.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Changing the passphrase…</source>
            <translation>جارٍ تغيير عبارة المرور…</translation>
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
            <translation>على الحاسوب، يحميك أمبارو بدرجة أقل</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.</source>
            <translation>البرامج التي تشغّلها على هذا الحاسوب قد تلتقط الشاشة وتقرأ الخزنة وسلسلة المفاتيح وذاكرة التطبيق.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The computer may save parts of its memory on the disk. Turn on full-disk encryption.</source>
            <translation>قد يحفظ الحاسوب أجزاءً من ذاكرته على القرص. فعّل تشفير القرص بالكامل.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A keyring on this computer adds a second lock to the vault.</source>
            <translation>سلسلة المفاتيح على هذا الحاسوب تضيف قفلًا ثانيًا للخزنة.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No keyring was found: only your passphrase protects the vault.</source>
            <translation>لم يتم العثور على سلسلة مفاتيح: عبارة المرور وحدها تحمي الخزنة.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This app cannot block screenshots on a computer.</source>
            <translation>لا يستطيع هذا التطبيق منع لقطات الشاشة على الحاسوب.</translation>
        </message>
    </context>
    <context>
        <name>EncounterPage</name>
        <message>
            <location filename="../ui/qml/EncounterPage.qml" line="+35" />
            <source>What to say</source>
            <translation>ماذا تقول</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Show only English to the officer</source>
            <translation>اعرض الإنجليزية فقط للضابط</translation>
        </message>
        <message>
            <location line="+9" />
            <source>For: %1</source>
            <translation>لـ: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../ui/qml/GuidePage.qml" line="+85" />
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>هذه النصيحة غير متوفرة بلغتك بعد. تُعرض بالإنجليزية.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The rights content could not be loaded.</source>
            <translation>تعذّر تحميل محتوى الحقوق.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>For you</source>
            <translation>لك أنت</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Stop reading</source>
            <translation>أوقف القراءة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Read aloud in English</source>
            <translation>اقرأ بصوت عالٍ بالإنجليزية</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No sound output was found on this device. Show the card to the officer instead.</source>
            <translation>لم يُعثر على مخرج صوت في هذا الجهاز. اعرض البطاقة على الضابط بدلاً من ذلك.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No English voice is installed for reading aloud. Show the card to the officer instead.</source>
            <translation>لا يوجد صوت إنجليزي مثبّت للقراءة بصوت عالٍ. اعرض البطاقة على الضابط بدلاً من ذلك.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The card could not be read aloud. Show the card to the officer instead.</source>
            <translation>تعذّرت قراءة البطاقة بصوت عالٍ. اعرض البطاقة على الضابط بدلاً من ذلك.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>More for where you are</source>
            <translation>المزيد حسب مكانك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street, car, home, airport, work, phone search</source>
            <translation>الشارع، السيارة، البيت، المطار، العمل، تفتيش الهاتف</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rights information for %1, updated %2</source>
            <translation>معلومات الحقوق في %1، حُدّثت في %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>over a year old</source>
            <translation>عمره أكثر من سنة</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <location filename="../ui/qml/FileChooser.qml" line="+25" />
            <source>Choose a file</source>
            <translation>اختر ملفًا</translation>
        </message>
    </context>
    <context>
        <name>FilePickerList</name>
        <message>
            <location filename="../ui/qml/FilePickerList.qml" line="+17" />
            <source>Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.3gp)</source>
            <translation>صور وفيديوهات (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.3gp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audio recordings (*.m4a *.mp3 *.ogg *.opus *.wav *.aac *.amr)</source>
            <translation>تسجيلات صوتية (*.m4a *.mp3 *.ogg *.opus *.wav *.aac *.amr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents (*.pdf *.txt *.doc *.docx *.odt)</source>
            <translation>مستندات (*.pdf *.txt *.doc *.docx *.odt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All files (*)</source>
            <translation>كل الملفات (*)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Choose file…</source>
            <translation>اختر ملفًا…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recent in your folders:</source>
            <translation>الأحدث في مجلداتك:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No photos, recordings or documents found in your folders.</source>
            <translation>لم يتم العثور على صور أو تسجيلات أو مستندات في مجلداتك.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Or type the file's location</source>
            <translation>أو اكتب مكان الملف</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Use</source>
            <translation>استخدم</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use this file</source>
            <translation>استخدم هذا الملف</translation>
        </message>
    </context>
    <context>
        <name>FolderPicker</name>
        <message>
            <location filename="../ui/qml/FolderPicker.qml" line="+20" />
            <source>Choose where to save the sealed file</source>
            <translation>اختر مكان حفظ الملف المختوم</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../ui/qml/GuidePage.qml" line="-33" />
            <source>Where are you?</source>
            <translation>أين أنت؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About you (optional)</source>
            <translation>عنك (اختياري)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The rights content could not be loaded.</source>
            <translation>تعذّر تحميل محتوى الحقوق.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Some rights depend on your status. This choice is not saved anywhere.</source>
            <translation>بعض الحقوق تعتمد على وضعك. هذا الاختيار لا يُحفظ في أي مكان.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skip: show advice for everyone</source>
            <translation>تخطَّ: اعرض النصائح للجميع</translation>
        </message>
        <message>
            <location line="+15" />
            <source>For: %1</source>
            <translation>لـ: %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Show what to say</source>
            <translation>اعرض ماذا تقول</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Big card for this place, with English</source>
            <translation>بطاقة كبيرة لهذا المكان، مع الإنجليزية</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../ui/qml/HomePage.qml" line="+20" />
            <source>Amparo</source>
            <translation>أمبارو</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+2" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <location line="+27" />
            <source>I'm being stopped now</source>
            <translation>يتم إيقافي الآن</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say, in your language and in English</source>
            <translation>ماذا تقول، بلغتك وبالإنجليزية</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Know my rights</source>
            <translation>اعرف حقوقي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where you are and see what to do</source>
            <translation>اختر مكانك واعرف ماذا تفعل</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Record what happened</source>
            <translation>سجّل ما حدث</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your private notes</source>
            <translation>ملاحظاتك الخاصة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Write it down now. Only your passphrase opens it.</source>
            <translation>اكتبه الآن. عبارة المرور وحدها تفتحه.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No vault yet</source>
            <translation>لا توجد خزنة بعد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vault is open</source>
            <translation>الخزنة مفتوحة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Vault is locked</source>
            <translation>الخزنة مقفلة</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lock now</source>
            <translation>اقفل الآن</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Create a vault</source>
            <translation>أنشئ خزنة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a vault to keep notes safe</source>
            <translation>أنشئ خزنة لحفظ الملاحظات بأمان</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unlock</source>
            <translation>افتح</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock the vault</source>
            <translation>افتح الخزنة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No internet. No tracking. Nothing leaves this phone unless you send it.</source>
            <translation>بلا إنترنت. بلا تتبع. لا يخرج شيء من هذا الهاتف إلا إذا أرسلته أنت.</translation>
        </message>
    </context>
    <context>
        <name>HotlineList</name>
        <message>
            <location filename="../ui/qml/HotlineList.qml" line="+11" />
            <location line="+4" />
            <source>Phone numbers</source>
            <translation>أرقام الهاتف</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Hours: %1</source>
            <translation>الساعات: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This number could not be confirmed. Check it before you rely on it.</source>
            <translation>لم يتسنَّ التأكد من هذا الرقم. تحقق منه قبل الاعتماد عليه.</translation>
        </message>
    </context>
    <context>
        <name>IncidentFormPage</name>
        <message>
            <location filename="../ui/qml/IncidentFormPage.qml" line="+20" />
            <source>Give this a short name</source>
            <translation>أعطِ هذا اسمًا قصيرًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For example: Stopped at the bus station</source>
            <translation>مثال: أوقفوني في محطة الحافلات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When did it happen?</source>
            <translation>متى حدث ذلك؟</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date and time, as well as you remember</source>
            <translation>التاريخ والوقت، كما تتذكر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where did it happen?</source>
            <translation>أين حدث ذلك؟</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Street, building, airport, city</source>
            <translation>الشارع، المبنى، المطار، المدينة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who stopped you?</source>
            <translation>من أوقفك؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names, badge numbers or vehicles you saw</source>
            <translation>أسماء أو أرقام شارات أو مركبات رأيتها</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One per line</source>
            <translation>واحد في كل سطر</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What did they do?</source>
            <translation>ماذا فعلوا؟</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose all that happened</source>
            <translation>اختر كل ما حدث</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they use a phone, camera or app on you?</source>
            <translation>هل استخدموا هاتفًا أو كاميرا أو تطبيقًا معك؟</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What it looked like, if you saw</source>
            <translation>كيف كان شكله، إن رأيته</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they ask for your permission?</source>
            <translation>هل طلبوا إذنك؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they ask about your citizenship or status?</source>
            <translation>هل سألوا عن جنسيتك أو وضعك؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they give you a number or paper?</source>
            <translation>هل أعطوك رقمًا أو ورقة؟</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reference or case number</source>
            <translation>رقم مرجعي أو رقم قضية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long were you held?</source>
            <translation>كم من الوقت احتجزوك؟</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For example: about 2 hours</source>
            <translation>مثال: حوالي ساعتين</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What did they say? What did you say?</source>
            <translation>ماذا قالوا؟ وماذا قلت أنت؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Was anything taken?</source>
            <translation>هل أُخذ منك شيء؟</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone, papers, money</source>
            <translation>الهاتف، الأوراق، المال</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who saw it?</source>
            <translation>من رأى ذلك؟</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Names or how to find them</source>
            <translation>الأسماء أو كيف تجدهم</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Were you or anyone hurt?</source>
            <translation>هل أُصبت أنت أو أي شخص؟</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything else, in your own words</source>
            <translation>أي شيء آخر، بكلماتك</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ICE</source>
            <translation>ICE (الهجرة والجمارك)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CBP (border, airport)</source>
            <translation>CBP (الحدود، المطار)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local police or sheriff</source>
            <translation>الشرطة المحلية أو الشريف</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TSA (airport security)</source>
            <translation>TSA (أمن المطار)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone else</source>
            <translation>جهة أخرى</translation>
        </message>
        <message>
            <location line="+0" />
            <source>I don't know</source>
            <translation>لا أعرف</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Took my photo or scanned my face</source>
            <translation>صوّروني أو مسحوا وجهي</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took my fingerprints</source>
            <translation>أخذوا بصماتي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scanned my eyes</source>
            <translation>مسحوا عينيّ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlocked my phone with my face or finger</source>
            <translation>فتحوا هاتفي بوجهي أو بإصبعي</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>I'm not sure</source>
            <translation>لست متأكدًا</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Check and save</source>
            <translation>راجع واحفظ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question %1 of %2</source>
            <translation>السؤال %1 من %2</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Skip</source>
            <translation>تخطَّ</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Skip this question</source>
            <translation>تخطَّ هذا السؤال</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Check your answers. Tap one to change it.</source>
            <translation>راجع إجاباتك. اضغط على إجابة لتغييرها.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>(skipped)</source>
            <translation>(تم التخطي)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save</source>
            <translation>احفظ</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <location filename="../ui/qml/Main.qml" line="+19" />
            <location line="+100" />
            <source>Amparo</source>
            <translation>أمبارو</translation>
        </message>
    </context>
    <context>
        <name>NoteDetailPage</name>
        <message>
            <location filename="../ui/qml/NoteDetailPage.qml" line="+15" />
            <source>Note written while locked</source>
            <translation>ملاحظة كُتبت والخزنة مقفلة</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>Edited %n time(s)</source>
            <translation>
                <numerusform>لم تُعدَّل</numerusform>
                <numerusform>عُدِّلت مرة واحدة</numerusform>
                <numerusform>عُدِّلت مرتين</numerusform>
                <numerusform>عُدِّلت %n مرات</numerusform>
                <numerusform>عُدِّلت %n مرة</numerusform>
                <numerusform>عُدِّلت %n مرة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not edited</source>
            <translation>لم تُعدَّل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>history intact</source>
            <translation>السجل سليم</translation>
        </message>
        <message>
            <location line="+0" />
            <source>history could not be verified</source>
            <translation>تعذّر التحقق من السجل</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Written while the vault was locked.</source>
            <translation>كُتبت والخزنة مقفلة.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit or add details</source>
            <translation>عدّل أو أضف تفاصيل</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send to…</source>
            <translation>إرسال إلى…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Files</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add a photo, recording or file</source>
            <translation>أضف صورة أو تسجيلًا أو ملفًا</translation>
        </message>
        <message>
            <location line="+24" />
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <location line="-76" />
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <location filename="../ui/qml/NotesPage.qml" line="+13" />
            <source>Your notes</source>
            <translation>ملاحظاتك</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New incident report</source>
            <translation>تقرير حادثة جديد</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One question at a time. Skip anything.</source>
            <translation>سؤال واحد في كل مرة. يمكنك تخطي أي سؤال.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n note(s) written while locked were added.</source>
            <translation>
                <numerusform>لم تُضف أي ملاحظة</numerusform>
                <numerusform>أُضيفت ملاحظة واحدة كُتبت والخزنة مقفلة.</numerusform>
                <numerusform>أُضيفت ملاحظتان كُتبتا والخزنة مقفلة.</numerusform>
                <numerusform>أُضيفت %n ملاحظات كُتبت والخزنة مقفلة.</numerusform>
                <numerusform>أُضيفت %n ملاحظة كُتبت والخزنة مقفلة.</numerusform>
                <numerusform>أُضيفت %n ملاحظة كُتبت والخزنة مقفلة.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No notes yet.</source>
            <translation>لا توجد ملاحظات بعد.</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+7" />
            <source>Note written while locked</source>
            <translation>ملاحظة كُتبت والخزنة مقفلة</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>edited %n time(s)</source>
            <translation>
                <numerusform>لم تُعدَّل</numerusform>
                <numerusform>عُدِّلت مرة واحدة</numerusform>
                <numerusform>عُدِّلت مرتين</numerusform>
                <numerusform>عُدِّلت %n مرات</numerusform>
                <numerusform>عُدِّلت %n مرة</numerusform>
                <numerusform>عُدِّلت %n مرة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>لا ملفات</numerusform>
                <numerusform>ملف واحد</numerusform>
                <numerusform>ملفان</numerusform>
                <numerusform>%n ملفات</numerusform>
                <numerusform>%n ملفًا</numerusform>
                <numerusform>%n ملف</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>written while locked</source>
            <translation>كُتبت والخزنة مقفلة</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Send to…</source>
            <translation>إرسال إلى…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Send all notes to an organization</source>
            <translation>إرسال كل الملاحظات إلى منظمة</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lock</source>
            <translation>اقفل</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lock the vault</source>
            <translation>اقفل الخزنة</translation>
        </message>
    </context>
    <context>
        <name>OrgReviewPage</name>
        <message>
            <location filename="../ui/qml/OrgReviewPage.qml" line="+31" />
            <source>Check the organization</source>
            <translation>تحقق من المنظمة</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Warning: this organization's keys changed</source>
            <translation>تحذير: تغيّرت مفاتيح هذه المنظمة</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Someone may be pretending to be this organization. Nothing will be sent to it until you call the organization at a number you already know and confirm the new safety number below.</source>
            <translation>قد يكون شخص ما ينتحل صفة هذه المنظمة. لن يُرسل إليها أي شيء حتى تتصل بالمنظمة على رقم تعرفه مسبقًا وتؤكد رقم الأمان الجديد أدناه.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This card is already on your list.</source>
            <translation>هذه البطاقة موجودة في قائمتك بالفعل.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Region</source>
            <translation>المنطقة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hotline</source>
            <translation>خط المساعدة</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>اللغات</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Card valid until</source>
            <translation>البطاقة صالحة حتى</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Safety number</source>
            <translation>رقم الأمان</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Call the organization at a number you already know. Read these 30 digits aloud together. They must be exactly the same on both sides.</source>
            <translation>اتصل بالمنظمة على رقم تعرفه مسبقًا. اقرآ هذه الأرقام الثلاثين بصوت عالٍ معًا. يجب أن تكون متطابقة تمامًا لدى الطرفين.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Previous safety number: %1</source>
            <translation>رقم الأمان السابق: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This organization is now trusted. You can send notes to it.</source>
            <translation>أصبحت هذه المنظمة موثوقة. يمكنك إرسال الملاحظات إليها.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>We read the numbers aloud over the phone and they match</source>
            <translation>قرأنا الأرقام بصوت عالٍ عبر الهاتف وهي متطابقة</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Your passphrase, to confirm it is you</source>
            <translation>عبارة المرور، للتأكد من أنك أنت</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Trust this organization</source>
            <translation>الوثوق بهذه المنظمة</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Checking passphrase…</source>
            <translation>جارٍ التحقق من عبارة المرور…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep without confirming</source>
            <translation>الاحتفاظ دون تأكيد</translation>
        </message>
        <message>
            <location line="+12" />
            <source>It stays on your list, but nothing can be sent to it until you confirm its safety number.</source>
            <translation>تبقى في قائمتك، لكن لا يمكن إرسال أي شيء إليها حتى تؤكّد رقم الأمان الخاص بها.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <location filename="../ui/qml/PassphraseField.qml" line="+131" />
            <source>Hide passphrase</source>
            <translation>إخفاء عبارة المرور</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show passphrase</source>
            <translation>إظهار عبارة المرور</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <location filename="../ui/src/languagecontroller.cpp" line="+18" />
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>RightsCard</name>
        <message>
            <location filename="../ui/qml/RightsCard.qml" line="+57" />
            <source>Only for: %1</source>
            <translation>فقط لـ: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unsettled</source>
            <translation>غير محسوم</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>هذه النصيحة غير متوفرة بلغتك بعد. تُعرض بالإنجليزية.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Say this</source>
            <translation>قل هذا</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Only if you are: %1</source>
            <translation>فقط إذا كنت: %1</translation>
        </message>
        <message>
            <location filename="../ui/qml/EncounterPage.qml" line="+17" />
            <location filename="../ui/qml/RightsCard.qml" line="+35" />
            <source>Do</source>
            <translation>افعل</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../ui/qml/RightsCard.qml" line="+16" />
            <source>Don't</source>
            <translation>لا تفعل</translation>
        </message>
        <message>
            <location filename="../ui/qml/RightsCard.qml" line="+29" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
    </context>
    <context>
        <name>ScanPage</name>
        <message>
            <location filename="../ui/qml/ScanPage.qml" line="+27" />
            <source>Scan the QR code</source>
            <translation>امسح رمز QR</translation>
        </message>
        <message>
            <location line="+36" />
            <source>No camera found on this device — add the card from a file or a photo.</source>
            <translation>لم يتم العثور على كاميرا في هذا الجهاز — أضف البطاقة من ملف أو من صورة.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Back to trusted organizations</source>
            <translation>العودة إلى المنظمات الموثوقة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hold the organization's QR code inside the frame. It is read on this device; no picture is saved.</source>
            <translation>ضع رمز QR الخاص بالمنظمة داخل الإطار. تتم قراءته على هذا الجهاز، ولا تُحفظ أي صورة.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>That QR code is not an organization card. Scan the code on the organization's card.</source>
            <translation>رمز QR هذا ليس بطاقة منظمة. امسح الرمز الموجود على بطاقة المنظمة.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The camera could not be started. Add the card from a file or a photo instead.</source>
            <translation>تعذّر تشغيل الكاميرا. أضف البطاقة من ملف أو من صورة بدلاً من ذلك.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scan again</source>
            <translation>امسح مرة أخرى</translation>
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
            <translation>رجوع</translation>
        </message>
        <message>
            <location filename="../ui/qml/ScreenHeader.qml" line="+40" />
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide: lock the vault and go to the start screen</source>
            <translation>إخفاء: اقفل الخزنة وارجع إلى شاشة البداية</translation>
        </message>
    </context>
    <context>
        <name>SendToPage</name>
        <message>
            <location filename="../ui/qml/SendToPage.qml" line="+52" />
            <source>Send to…</source>
            <translation>إرسال إلى…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>All your notes, with their history and files, are sealed into one file that only the organization you choose can open.</source>
            <translation>تُختم كل ملاحظاتك، مع سجلها وملفاتها، في ملف واحد لا يفتحه إلا المنظمة التي تختارها.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This note, with its history and files, is sealed into a file that only the organization you choose can open.</source>
            <translation>تُختم هذه الملاحظة، مع سجلها وملفاتها، في ملف لا يفتحه إلا المنظمة التي تختارها.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No trusted organizations yet. Add one first.</source>
            <translation>لا توجد منظمات موثوقة بعد. أضف واحدة أولًا.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trusted organizations</source>
            <translation>المنظمات الموثوقة</translation>
        </message>
        <message>
            <location line="+15" />
            <source>keys changed: confirm first</source>
            <translation>تغيّرت المفاتيح: أكّد أولًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not confirmed</source>
            <translation>غير مؤكدة</translation>
        </message>
        <message>
            <location line="+67" />
            <location line="+23" />
            <source>Save in this folder</source>
            <translation>الحفظ في هذا المجلد</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose folder…</source>
            <translation>اختر مجلدًا…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Your passphrase, to confirm it is you</source>
            <translation>عبارة المرور، للتأكد من أنك أنت</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved “%1” for %2. Only %2 can open it. Give them the file, for example in person or by a secure messenger.</source>
            <translation>تم حفظ «%1» لـ %2. لا يفتحه إلا %2. سلّمهم الملف، مثلًا شخصيًا أو عبر تطبيق مراسلة آمن.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Seal and save</source>
            <translation>اختم واحفظ</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Seal and share</source>
            <translation>اختم وشارك</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Checking passphrase…</source>
            <translation>جارٍ التحقق من عبارة المرور…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Share the sealed file again</source>
            <translation>شارك الملف المختوم مرة أخرى</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show in folder</source>
            <translation>أظهر في المجلد</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The folder could not be opened. The file is saved in: %1</source>
            <translation>تعذّر فتح المجلد. الملف محفوظ في: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The share sheet could not be opened. The sealed file is saved; you can send it from your files.</source>
            <translation>تعذّر فتح قائمة المشاركة. الملف المختوم محفوظ، ويمكنك إرساله من ملفاتك.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/qml/SettingsPage.qml" line="+14" />
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n ثانية</numerusform>
                <numerusform>ثانية واحدة</numerusform>
                <numerusform>ثانيتان</numerusform>
                <numerusform>%n ثوانٍ</numerusform>
                <numerusform>%n ثانية</numerusform>
                <numerusform>%n ثانية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>دقيقة واحدة</numerusform>
                <numerusform>دقيقتان</numerusform>
                <numerusform>%n دقائق</numerusform>
                <numerusform>%n دقيقة</numerusform>
                <numerusform>%n دقيقة</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This translation is a draft. Please check important words with someone you trust.</source>
            <translation>هذه الترجمة مسودة. راجع الكلمات المهمة مع شخص تثق به.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Legal-aid organizations</source>
            <translation>منظمات المساعدة القانونية</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trusted organizations</source>
            <translation>المنظمات الموثوقة</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+26" />
            <source>Lock the vault after</source>
            <translation>اقفل الخزنة بعد</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault also locks when you leave the app.</source>
            <translation>تُقفل الخزنة أيضًا عندما تغادر التطبيق.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Display</source>
            <translation>العرض</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dark theme</source>
            <translation>المظهر الداكن</translation>
        </message>
        <message>
            <location line="+12" />
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Vault</source>
            <translation>الخزنة</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Unlock the vault to change its passphrase.</source>
            <translation>افتح الخزنة لتغيير عبارة المرور.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No vault yet.</source>
            <translation>لا توجد خزنة بعد.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What this app does not do</source>
            <translation>ما لا يفعله هذا التطبيق</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It never connects to the internet.</source>
            <translation>لا يتصل بالإنترنت أبدًا.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It does not track you or collect statistics.</source>
            <translation>لا يتتبعك ولا يجمع إحصاءات.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It keeps nothing in a cloud. Your notes stay on this device.</source>
            <translation>لا يحفظ شيئًا في السحابة. ملاحظاتك تبقى على هذا الجهاز.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It does not share where officers are.</source>
            <translation>لا يشارك أماكن الضباط.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It never unlocks with your face or fingerprint.</source>
            <translation>لا يُفتح أبدًا بوجهك أو ببصمتك.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>About</source>
            <translation>حول التطبيق</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rights information for %1, version %2, published %3 by %4.</source>
            <translation>معلومات الحقوق في %1، الإصدار %2، نُشرت في %3 من %4.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The rights content could not be loaded.</source>
            <translation>تعذّر تحميل محتوى الحقوق.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.</source>
            <translation>هذه معلومات عامة وليست استشارة قانونية. لحالتك، تحدث مع محامٍ أو خط مساعدة قانونية.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The Arabic translation is a draft.</source>
            <translation>الترجمة العربية مسودة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Licenses</source>
            <translation>التراخيص</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../ui/qml/StrengthMeter.qml" line="+39" />
            <source>At least %1 characters (%2 so far)</source>
            <translation>على الأقل %1 حرفًا (كتبت %2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very weak</source>
            <translation>ضعيفة جدًا</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Weak: add more words</source>
            <translation>ضعيفة: أضف كلمات أكثر</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fair: longer is better</source>
            <translation>مقبولة: الأطول أفضل</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Good</source>
            <translation>جيدة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strong</source>
            <translation>قوية</translation>
        </message>
    </context>
    <context>
        <name>TrustedOrgsPage</name>
        <message>
            <location filename="../ui/qml/TrustedOrgsPage.qml" line="+19" />
            <source>Trusted organizations</source>
            <translation>المنظمات الموثوقة</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Notes can only be sent to organizations on this list. Add one from the card it gave you, then compare its safety number with it over the phone.</source>
            <translation>لا يمكن إرسال الملاحظات إلا إلى المنظمات الموجودة في هذه القائمة. أضف منظمة من البطاقة التي أعطتك إياها، ثم قارن رقم الأمان معها عبر الهاتف.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No trusted organizations yet.</source>
            <translation>لا توجد منظمات موثوقة بعد.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checking passphrase…</source>
            <translation>جارٍ التحقق من عبارة المرور…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Warning: this organization's keys changed. Sending is blocked until you confirm the new safety number.</source>
            <translation>تحذير: تغيّرت مفاتيح هذه المنظمة. الإرسال متوقف حتى تؤكد رقم الأمان الجديد.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed, but the card has expired</source>
            <translation>مؤكدة، لكن البطاقة منتهية الصلاحية</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmed</source>
            <translation>مؤكدة</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not confirmed yet: nothing can be sent</source>
            <translation>لم تُؤكد بعد: لا يمكن إرسال أي شيء</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show safety number</source>
            <translation>عرض رقم الأمان</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Compare and confirm</source>
            <translation>قارن وأكّد</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Tap again to remove</source>
            <translation>اضغط مرة أخرى للإزالة</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Add an organization</source>
            <translation>إضافة منظمة</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scan with camera</source>
            <translation>المسح بالكاميرا</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No camera found on this device — add the card from a file or a photo.</source>
            <translation>لم يتم العثور على كاميرا في هذا الجهاز — أضف البطاقة من ملف أو من صورة.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the card file the organization sent you, or a picture of its QR code, from your files, or type its location.</source>
            <translation>اختر من ملفاتك ملف البطاقة الذي أرسلته لك المنظمة، أو صورة رمز QR الخاص بها، أو اكتب مكانه.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the card file the organization sent you from your files, or type its location.</source>
            <translation>اختر من ملفاتك ملف البطاقة الذي أرسلته لك المنظمة، أو اكتب مكانه.</translation>
        </message>
        <message>
            <location line="+49" />
            <location line="+11" />
            <source>Or paste the card text the organization sent you</source>
            <translation>أو الصق نص البطاقة الذي أرسلته لك المنظمة</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Choose from my files</source>
            <translation>اختر من ملفاتي</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Location of the card file</source>
            <translation>مكان ملف البطاقة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open this card</source>
            <translation>افتح هذه البطاقة</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Read pasted card</source>
            <translation>اقرأ البطاقة الملصوقة</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../ui/qml/UnlockPage.qml" line="+15" />
            <source>Unlock your vault</source>
            <translation>افتح خزنتك</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Wait %1 seconds before the next try.</source>
            <translation>انتظر %1 ثانية قبل المحاولة التالية.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This pause only slows down this screen. Your passphrase is what protects the vault.</source>
            <translation>هذا الانتظار يبطئ هذه الشاشة فقط. عبارة المرور هي ما يحمي الخزنة.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unlock</source>
            <translation>افتح</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening the vault…</source>
            <translation>جارٍ فتح الخزنة…</translation>
        </message>
    </context>
    <context>
        <name>VaultCreatePage</name>
        <message>
            <location filename="../ui/qml/VaultCreatePage.qml" line="+16" />
            <source>Create your vault</source>
            <translation>أنشئ خزنتك</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.</source>
            <translation>ملاحظاتك مقفلة بعبارة مرور: كلمة سر طويلة من %1 حرفًا على الأقل. بضع كلمات تتذكرها تكفي.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.</source>
            <translation>إذا نسيت عبارة المرور فلن يستطيع أحد فتح ملاحظاتك مرة أخرى. لا نحن ولا أي أحد. اكتبها واحفظها في مكان آمن.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Type it again</source>
            <translation>اكتبها مرة أخرى</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Suggest a passphrase</source>
            <translation>اقترح عبارة مرور</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Write this down now:</source>
            <translation>اكتب هذا الآن:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Create vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Creating the vault…</source>
            <translation>جارٍ إنشاء الخزنة…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Amparo never unlocks with your face or fingerprint: those can be forced.</source>
            <translation>لا يُفتح أمبارو أبدًا بوجهك أو ببصمتك: يمكن إجبارك عليهما.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::OrgsBridge</name>
        <message>
            <location filename="../ui/src/orgsbridge.cpp" line="+61" />
            <source>This is not a valid organization card.</source>
            <translation>هذه ليست بطاقة منظمة صالحة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card was made by a newer version of Amparo. Update the app.</source>
            <translation>أُنشئت هذه البطاقة بإصدار أحدث من Amparo. حدّث التطبيق.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+253" />
            <source>This card is too large to be a real organization card.</source>
            <translation>هذه البطاقة أكبر من أن تكون بطاقة منظمة حقيقية.</translation>
        </message>
        <message>
            <location line="-251" />
            <source>This card contains hidden or invalid characters and was refused.</source>
            <translation>تحتوي هذه البطاقة على أحرف مخفية أو غير صالحة وقد رُفضت.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card is not signed by the organization and was refused.</source>
            <translation>هذه البطاقة غير موقّعة من المنظمة وقد رُفضت.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card's signature does not match: it was changed or forged.</source>
            <translation>توقيع هذه البطاقة غير مطابق: لقد غُيّرت أو زُوّرت.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card has expired. Ask the organization for a new one.</source>
            <translation>انتهت صلاحية هذه البطاقة. اطلب من المنظمة بطاقة جديدة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card's dates are not valid. Check your device's date.</source>
            <translation>تواريخ هذه البطاقة غير صالحة. تحقق من تاريخ جهازك.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This organization's keys changed. Nothing is sent until you compare the new safety number with them and confirm it.</source>
            <translation>تغيّرت مفاتيح هذه المنظمة. لن يُرسل شيء حتى تقارن رقم الأمان الجديد معهم وتؤكده.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Confirm this organization's safety number before sending anything.</source>
            <translation>أكّد رقم الأمان لهذه المنظمة قبل إرسال أي شيء.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There are no notes to send.</source>
            <translation>لا توجد ملاحظات لإرسالها.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A file with that name already exists in that folder.</source>
            <translation>يوجد ملف بهذا الاسم في ذلك المجلد بالفعل.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file could not be written. Check the folder and free space.</source>
            <translation>تعذّرت كتابة الملف. تحقق من المجلد والمساحة الفارغة.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notes could not be read from the vault. Nothing was sent.</source>
            <translation>تعذّرت قراءة الملاحظات من الخزنة. لم يُرسل شيء.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something went wrong. Nothing was sent.</source>
            <translation>حدث خطأ ما. لم يُرسل شيء.</translation>
        </message>
        <message>
            <location line="+184" />
            <location line="+81" />
            <location line="+20" />
            <location line="+13" />
            <location line="+39" />
            <location line="+17" />
            <source>The vault is locked. Unlock it first.</source>
            <translation>الخزنة مقفلة. افتحها أولًا.</translation>
        </message>
        <message>
            <location line="-139" />
            <location line="+75" />
            <location line="+31" />
            <location line="+24" />
            <location line="+76" />
            <source>Sending to organizations is not available in this build.</source>
            <translation>الإرسال إلى المنظمات غير متاح في هذا الإصدار.</translation>
        </message>
        <message>
            <location line="-196" />
            <source>That file could not be opened.</source>
            <translation>تعذّر فتح ذلك الملف.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+4" />
            <source>That image is too large.</source>
            <translation>تلك الصورة كبيرة جدًا.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>That image could not be opened.</source>
            <translation>تعذّر فتح تلك الصورة.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No organization QR code was found in that image.</source>
            <translation>لم يُعثر على رمز QR لمنظمة في تلك الصورة.</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Reading QR codes from images is not available in this build.</source>
            <translation>قراءة رموز QR من الصور غير متاحة في هذا الإصدار.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>First read the safety number aloud with the organization and tick the box.</source>
            <translation>اقرأ أولًا رقم الأمان بصوت عالٍ مع المنظمة وضع علامة في المربع.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your passphrase to trust this organization.</source>
            <translation>اكتب عبارة المرور للوثوق بهذه المنظمة.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That passphrase is not right. Nothing was changed.</source>
            <translation>عبارة المرور هذه غير صحيحة. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <location line="-262" />
            <source>Open an organization card first.</source>
            <translation>افتح بطاقة منظمة أولًا.</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+284" />
            <location line="+9" />
            <location line="+17" />
            <source>That organization is no longer in your list.</source>
            <translation>تلك المنظمة لم تعد في قائمتك.</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Something went wrong with the vault. Nothing was changed.</source>
            <translation>حدث خطأ في الخزنة. لم يتغيّر شيء.</translation>
        </message>
        <message>
            <location line="+93" />
            <source>That folder does not exist.</source>
            <translation>ذلك المجلد غير موجود.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your passphrase to send notes.</source>
            <translation>اكتب عبارة المرور لإرسال الملاحظات.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That passphrase is not right. Nothing was sent.</source>
            <translation>عبارة المرور هذه غير صحيحة. لم يُرسل شيء.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::RightsBridge</name>
        <message>
            <location filename="../ui/src/rightsbridge.cpp" line="+168" />
            <source>Settled law</source>
            <translation>قانون ثابت</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: courts have not decided this clearly</source>
            <translation>غير محسوم: لم تحسمه المحاكم بوضوح</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: courts disagree about this</source>
            <translation>غير محسوم: المحاكم مختلفة في هذا</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: this depends on where you are</source>
            <translation>غير محسوم: يعتمد على مكانك</translation>
        </message>
        <message>
            <location line="+19" />
            <source>undated; read on %1</source>
            <translation>بلا تاريخ؛ قُرئ في %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reviewed by %1 on %2</source>
            <translation>راجعه %1 في %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft, not yet reviewed by a lawyer</source>
            <translation>مسودة، لم يراجعها محامٍ بعد</translation>
        </message>
        <message>
            <location line="+41" />
            <source>the United States</source>
            <translation>الولايات المتحدة</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::VaultBridge</name>
        <message>
            <location filename="../ui/src/vaultbridge.cpp" line="+56" />
            <source>That passphrase did not open the vault. Check it and try again.</source>
            <translation>عبارة المرور هذه لم تفتح الخزنة. تحقق منها وحاول مرة أخرى.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too many tries. Wait a moment, then try again.</source>
            <translation>محاولات كثيرة. انتظر لحظة ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A vault already exists on this device.</source>
            <translation>توجد خزنة على هذا الجهاز بالفعل.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no vault on this device yet.</source>
            <translation>لا توجد خزنة على هذا الجهاز بعد.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault files are damaged or were changed. Nothing was overwritten.</source>
            <translation>ملفات الخزنة تالفة أو تم تغييرها. لم يُكتب فوق أي شيء.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault is locked. Unlock it first.</source>
            <translation>الخزنة مقفلة. افتحها أولًا.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A note needs a title or a description.</source>
            <translation>تحتاج الملاحظة إلى عنوان أو وصف.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That file is too large.</source>
            <translation>ذلك الملف كبير جدًا.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An attached file is damaged.</source>
            <translation>أحد الملفات المرفقة تالف.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning: the vault's capture key was changed. Captures were not saved.</source>
            <translation>تحذير: تم تغيير مفتاح الالتقاط في الخزنة. لم تُحفظ الملاحظة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This device's keystore is not available. The vault cannot be opened here right now.</source>
            <translation>مخزن المفاتيح في هذا الجهاز غير متاح. لا يمكن فتح الخزنة هنا الآن.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The vault is busy. Try again in a moment.</source>
            <translation>الخزنة مشغولة. حاول بعد لحظة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something in the input is not accepted.</source>
            <translation>شيء مما كتبته غير مقبول.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That note no longer exists.</source>
            <translation>تلك الملاحظة لم تعد موجودة.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something went wrong with the vault. Your notes were not changed.</source>
            <translation>حدث خطأ في الخزنة. لم تتغير ملاحظاتك.</translation>
        </message>
        <message>
            <location line="+200" />
            <location line="+49" />
            <source>Use at least 10 characters.</source>
            <translation>استخدم 10 أحرف على الأقل.</translation>
        </message>
        <message>
            <location line="-45" />
            <location line="+49" />
            <source>The two passphrases are not the same.</source>
            <translation>عبارتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+25" />
            <location line="+279" />
            <source>The vault is not part of this build.</source>
            <translation>الخزنة ليست جزءًا من هذا الإصدار.</translation>
        </message>
        <message>
            <location line="-288" />
            <source>Type your passphrase.</source>
            <translation>اكتب عبارة المرور.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>Your vault was created, then locked. Open it with your new passphrase.</source>
            <translation>أُنشئت خزنتك ثم قُفلت. افتحها بعبارة المرور الجديدة.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Warning: the vault's capture key file was changed by someone. Captures made since then may not be yours.</source>
            <translation>تحذير: غيّر أحدهم ملف مفتاح الالتقاط في الخزنة. الملاحظات الملتقطة منذ ذلك الحين قد لا تكون لك.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault locked while your passphrase was being changed. The new passphrase now opens it.</source>
            <translation>قُفلت الخزنة أثناء تغيير عبارة المرور. عبارة المرور الجديدة هي التي تفتحها الآن.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Create a vault first. Then you can record while it is locked.</source>
            <translation>أنشئ خزنة أولًا. بعدها يمكنك الكتابة وهي مقفلة.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>That file could not be read.</source>
            <translation>تعذّرت قراءة ذلك الملف.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Only files on this device can be attached.</source>
            <translation>يمكن إرفاق الملفات الموجودة على هذا الجهاز فقط.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Write something or attach a file first.</source>
            <translation>اكتب شيئًا أو أرفق ملفًا أولًا.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Incident on %1</source>
            <translation>حادثة في %1</translation>
        </message>
        <message>
            <location line="+99" />
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>Not sure</source>
            <translation>غير متأكد</translation>
        </message>
        <message>
            <location line="-22" />
            <source>ICE</source>
            <translation>ICE (الهجرة والجمارك)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CBP</source>
            <translation>CBP (الجمارك وحماية الحدود)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Local police (287(g))</source>
            <translation>الشرطة المحلية (287(g))</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TSA</source>
            <translation>TSA (أمن النقل)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Officers</source>
            <translation>الضباط</translation>
        </message>
        <message>
            <location line="+2" />
            <source>face photo or scan</source>
            <translation>صورة الوجه أو مسحه</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fingerprints</source>
            <translation>البصمات</translation>
        </message>
        <message>
            <location line="+1" />
            <source>iris scan</source>
            <translation>مسح القزحية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone unlocked with face or finger</source>
            <translation>فُتح الهاتف بالوجه أو الإصبع</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Biometrics</source>
            <translation>البيانات الحيوية</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer's device or app</source>
            <translation>جهاز الضابط أو تطبيقه</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Asked for consent</source>
            <translation>طلبوا إذنك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked about status</source>
            <translation>سألوا عن وضعك</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference number</source>
            <translation>الرقم المرجعي</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held for</source>
            <translation>مدة الاحتجاز</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was said</source>
            <translation>ما قيل</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was taken</source>
            <translation>ما أُخذ</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Witnesses</source>
            <translation>الشهود</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Injuries</source>
            <translation>الإصابات</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Version %1 – saved %2</source>
            <translation>الإصدار %1 – حُفظ في %2</translation>
        </message>
    </context>
</TS>
