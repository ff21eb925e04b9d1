<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>CapturePage</name>
        <message>
            <source>Record what happened</source>
            <translation>سجّل ما حدث</translation>
        </message>
        <message>
            <source>To keep notes safe, first create a vault with a passphrase. It takes a minute.</source>
            <translation>لحفظ الملاحظات بأمان، أنشئ أولًا خزنة بعبارة مرور. يستغرق ذلك دقيقة.</translation>
        </message>
        <message>
            <source>Create a vault</source>
            <translation>أنشئ خزنة</translation>
        </message>
        <message>
            <source>Write what happened while you remember it. It is sealed at once; only your passphrase opens it.</source>
            <translation>اكتب ما حدث وأنت تتذكره. يُختم فورًا؛ عبارة المرور وحدها تفتحه.</translation>
        </message>
        <message>
            <source>What happened? Who was there? What did they say or do?</source>
            <translation>ماذا حدث؟ من كان هناك؟ ماذا قالوا أو فعلوا؟</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>ما حدث</translation>
        </message>
        <message>
            <source>Attached: %1</source>
            <translation>مرفق: %1</translation>
        </message>
        <message>
            <source>Attach a photo, recording or file</source>
            <translation>أرفق صورة أو تسجيلًا أو ملفًا</translation>
        </message>
        <message>
            <source>Seal into the vault</source>
            <translation>اختم في الخزنة</translation>
        </message>
        <message>
            <source>Sealed. You can read it after you unlock the vault.</source>
            <translation>تم الختم. يمكنك قراءتها بعد فتح الخزنة.</translation>
        </message>
        <message>
            <source>Unlock to see and edit notes</source>
            <translation>افتح لرؤية الملاحظات وتعديلها</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphrasePage</name>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Type the new one again</source>
            <translation>اكتب الجديدة مرة أخرى</translation>
        </message>
        <message>
            <source>Passphrase changed.</source>
            <translation>تم تغيير عبارة المرور.</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotice</name>
        <message>
            <source>On a computer, Amparo protects less</source>
            <translation>على الحاسوب، يحميك أمبارو بدرجة أقل</translation>
        </message>
        <message>
            <source>Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.</source>
            <translation>البرامج التي تشغّلها على هذا الحاسوب قد تلتقط الشاشة وتقرأ الخزنة وسلسلة المفاتيح وذاكرة التطبيق.</translation>
        </message>
        <message>
            <source>Memory can be written to swap on the disk: use full-disk encryption.</source>
            <translation>قد تُكتب الذاكرة على القرص (swap): استخدم تشفير القرص بالكامل.</translation>
        </message>
        <message>
            <source>A keyring on this computer adds a second lock to the vault.</source>
            <translation>سلسلة المفاتيح على هذا الحاسوب تضيف قفلًا ثانيًا للخزنة.</translation>
        </message>
        <message>
            <source>No keyring was found: only your passphrase protects the vault.</source>
            <translation>لم يتم العثور على سلسلة مفاتيح: عبارة المرور وحدها تحمي الخزنة.</translation>
        </message>
        <message>
            <source>This app cannot block screenshots on a computer.</source>
            <translation>لا يستطيع هذا التطبيق منع لقطات الشاشة على الحاسوب.</translation>
        </message>
    </context>
    <context>
        <name>EncounterPage</name>
        <message>
            <source>What to say</source>
            <translation>ماذا تقول</translation>
        </message>
        <message>
            <source>Show only English to the officer</source>
            <translation>اعرض الإنجليزية فقط للضابط</translation>
        </message>
        <message>
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>هذه النصيحة غير متوفرة بلغتك بعد. تُعرض بالإنجليزية.</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>تعذّر تحميل محتوى الحقوق.</translation>
        </message>
        <message>
            <source>For you</source>
            <translation>لك أنت</translation>
        </message>
        <message>
            <source>Stop reading</source>
            <translation>أوقف القراءة</translation>
        </message>
        <message>
            <source>Read aloud in English</source>
            <translation>اقرأ بصوت عالٍ بالإنجليزية</translation>
        </message>
        <message>
            <source>More for where you are</source>
            <translation>المزيد حسب مكانك</translation>
        </message>
        <message>
            <source>Street, car, home, airport, work, phone search</source>
            <translation>الشارع، السيارة، البيت، المطار، العمل، تفتيش الهاتف</translation>
        </message>
        <message>
            <source>Content: %1, version %2, published %3</source>
            <translation>المحتوى: %1، الإصدار %2، نُشر في %3</translation>
        </message>
        <message>
            <source>over a year old</source>
            <translation>عمره أكثر من سنة</translation>
        </message>
    </context>
    <context>
        <name>FilePickerList</name>
        <message>
            <source>No photos, recordings or documents found in your folders.</source>
            <translation>لم يتم العثور على صور أو تسجيلات أو مستندات في مجلداتك.</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <source>Where are you?</source>
            <translation>أين أنت؟</translation>
        </message>
        <message>
            <source>About you (optional)</source>
            <translation>عنك (اختياري)</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>تعذّر تحميل محتوى الحقوق.</translation>
        </message>
        <message>
            <source>Some rights depend on your status. This choice is not saved anywhere.</source>
            <translation>بعض الحقوق تعتمد على وضعك. هذا الاختيار لا يُحفظ في أي مكان.</translation>
        </message>
        <message>
            <source>Skip: show advice for everyone</source>
            <translation>تخطَّ: اعرض النصائح للجميع</translation>
        </message>
        <message>
            <source>For: %1</source>
            <translation>لـ: %1</translation>
        </message>
        <message>
            <source>Show what to say</source>
            <translation>اعرض ماذا تقول</translation>
        </message>
        <message>
            <source>Big card for this place, with English</source>
            <translation>بطاقة كبيرة لهذا المكان، مع الإنجليزية</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <source>Amparo</source>
            <translation>أمبارو</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message>
            <source>I'm being stopped now</source>
            <translation>يتم إيقافي الآن</translation>
        </message>
        <message>
            <source>What to say, in your language and in English</source>
            <translation>ماذا تقول، بلغتك وبالإنجليزية</translation>
        </message>
        <message>
            <source>Know my rights</source>
            <translation>اعرف حقوقي</translation>
        </message>
        <message>
            <source>Choose where you are and see what to do</source>
            <translation>اختر مكانك واعرف ماذا تفعل</translation>
        </message>
        <message>
            <source>Record what happened</source>
            <translation>سجّل ما حدث</translation>
        </message>
        <message>
            <source>Your private notes</source>
            <translation>ملاحظاتك الخاصة</translation>
        </message>
        <message>
            <source>Write it down now. Only your passphrase opens it.</source>
            <translation>اكتبه الآن. عبارة المرور وحدها تفتحه.</translation>
        </message>
        <message>
            <source>No vault yet</source>
            <translation>لا توجد خزنة بعد</translation>
        </message>
        <message>
            <source>Vault is open</source>
            <translation>الخزنة مفتوحة</translation>
        </message>
        <message>
            <source>Vault is locked</source>
            <translation>الخزنة مقفلة</translation>
        </message>
        <message>
            <source>Lock now</source>
            <translation>اقفل الآن</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>افتح</translation>
        </message>
        <message>
            <source>Unlock the vault</source>
            <translation>افتح الخزنة</translation>
        </message>
        <message>
            <source>No internet. No tracking. Nothing leaves this phone unless you send it.</source>
            <translation>بلا إنترنت. بلا تتبع. لا يخرج شيء من هذا الهاتف إلا إذا أرسلته أنت.</translation>
        </message>
    </context>
    <context>
        <name>IncidentFormPage</name>
        <message>
            <source>Give this a short name</source>
            <translation>أعطِ هذا اسمًا قصيرًا</translation>
        </message>
        <message>
            <source>For example: Stopped at the bus station</source>
            <translation>مثال: أوقفوني في محطة الحافلات</translation>
        </message>
        <message>
            <source>When did it happen?</source>
            <translation>متى حدث ذلك؟</translation>
        </message>
        <message>
            <source>Date and time, as well as you remember</source>
            <translation>التاريخ والوقت، كما تتذكر</translation>
        </message>
        <message>
            <source>Where did it happen?</source>
            <translation>أين حدث ذلك؟</translation>
        </message>
        <message>
            <source>Street, building, airport, city</source>
            <translation>الشارع، المبنى، المطار، المدينة</translation>
        </message>
        <message>
            <source>Who stopped you?</source>
            <translation>من أوقفك؟</translation>
        </message>
        <message>
            <source>Names, badge numbers or vehicles you saw</source>
            <translation>أسماء أو أرقام شارات أو مركبات رأيتها</translation>
        </message>
        <message>
            <source>One per line</source>
            <translation>واحد في كل سطر</translation>
        </message>
        <message>
            <source>What did they do?</source>
            <translation>ماذا فعلوا؟</translation>
        </message>
        <message>
            <source>Choose all that happened</source>
            <translation>اختر كل ما حدث</translation>
        </message>
        <message>
            <source>Did they use a phone, camera or app on you?</source>
            <translation>هل استخدموا هاتفًا أو كاميرا أو تطبيقًا معك؟</translation>
        </message>
        <message>
            <source>What it looked like, if you saw</source>
            <translation>كيف كان شكله، إن رأيته</translation>
        </message>
        <message>
            <source>Did they ask for your permission?</source>
            <translation>هل طلبوا إذنك؟</translation>
        </message>
        <message>
            <source>Did they ask about your citizenship or status?</source>
            <translation>هل سألوا عن جنسيتك أو وضعك؟</translation>
        </message>
        <message>
            <source>Did they give you a number or paper?</source>
            <translation>هل أعطوك رقمًا أو ورقة؟</translation>
        </message>
        <message>
            <source>Reference or case number</source>
            <translation>رقم مرجعي أو رقم قضية</translation>
        </message>
        <message>
            <source>How long were you held?</source>
            <translation>كم من الوقت احتجزوك؟</translation>
        </message>
        <message>
            <source>For example: about 2 hours</source>
            <translation>مثال: حوالي ساعتين</translation>
        </message>
        <message>
            <source>What did they say? What did you say?</source>
            <translation>ماذا قالوا؟ وماذا قلت أنت؟</translation>
        </message>
        <message>
            <source>Was anything taken?</source>
            <translation>هل أُخذ منك شيء؟</translation>
        </message>
        <message>
            <source>Phone, papers, money</source>
            <translation>الهاتف، الأوراق، المال</translation>
        </message>
        <message>
            <source>Who saw it?</source>
            <translation>من رأى ذلك؟</translation>
        </message>
        <message>
            <source>Names or how to find them</source>
            <translation>الأسماء أو كيف تجدهم</translation>
        </message>
        <message>
            <source>Were you or anyone hurt?</source>
            <translation>هل أُصبت أنت أو أي شخص؟</translation>
        </message>
        <message>
            <source>Anything else, in your own words</source>
            <translation>أي شيء آخر، بكلماتك</translation>
        </message>
        <message>
            <source>ICE</source>
            <translation>ICE (الهجرة والجمارك)</translation>
        </message>
        <message>
            <source>CBP (border, airport)</source>
            <translation>CBP (الحدود، المطار)</translation>
        </message>
        <message>
            <source>Local police or sheriff</source>
            <translation>الشرطة المحلية أو الشريف</translation>
        </message>
        <message>
            <source>TSA (airport security)</source>
            <translation>TSA (أمن المطار)</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>جهة أخرى</translation>
        </message>
        <message>
            <source>I don't know</source>
            <translation>لا أعرف</translation>
        </message>
        <message>
            <source>Took my photo or scanned my face</source>
            <translation>صوّروني أو مسحوا وجهي</translation>
        </message>
        <message>
            <source>Took my fingerprints</source>
            <translation>أخذوا بصماتي</translation>
        </message>
        <message>
            <source>Scanned my eyes</source>
            <translation>مسحوا عينيّ</translation>
        </message>
        <message>
            <source>Unlocked my phone with my face or finger</source>
            <translation>فتحوا هاتفي بوجهي أو بإصبعي</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>I'm not sure</source>
            <translation>لست متأكدًا</translation>
        </message>
        <message>
            <source>Check and save</source>
            <translation>راجع واحفظ</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>السؤال %1 من %2</translation>
        </message>
        <message>
            <source>Skip</source>
            <translation>تخطَّ</translation>
        </message>
        <message>
            <source>Skip this question</source>
            <translation>تخطَّ هذا السؤال</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>التالي</translation>
        </message>
        <message>
            <source>Check your answers. Tap one to change it.</source>
            <translation>راجع إجاباتك. اضغط على إجابة لتغييرها.</translation>
        </message>
        <message>
            <source>(skipped)</source>
            <translation>(تم التخطي)</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>احفظ</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>Amparo</source>
            <translation>أمبارو</translation>
        </message>
    </context>
    <context>
        <name>NoteDetailPage</name>
        <message>
            <source>Note written while locked</source>
            <translation>ملاحظة كُتبت والخزنة مقفلة</translation>
        </message>
        <message numerus="yes">
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
            <source>Not edited</source>
            <translation>لم تُعدَّل</translation>
        </message>
        <message>
            <source>history intact</source>
            <translation>السجل سليم</translation>
        </message>
        <message>
            <source>history could not be verified</source>
            <translation>تعذّر التحقق من السجل</translation>
        </message>
        <message>
            <source>Written while the vault was locked.</source>
            <translation>كُتبت والخزنة مقفلة.</translation>
        </message>
        <message>
            <source>Edit or add details</source>
            <translation>عدّل أو أضف تفاصيل</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>الملفات</translation>
        </message>
        <message>
            <source>Add a photo, recording or file</source>
            <translation>أضف صورة أو تسجيلًا أو ملفًا</translation>
        </message>
        <message>
            <source>History</source>
            <translation>السجل</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
    </context>
    <context>
        <name>NotesPage</name>
        <message>
            <source>Your notes</source>
            <translation>ملاحظاتك</translation>
        </message>
        <message>
            <source>New incident report</source>
            <translation>تقرير حادثة جديد</translation>
        </message>
        <message>
            <source>One question at a time. Skip anything.</source>
            <translation>سؤال واحد في كل مرة. يمكنك تخطي أي سؤال.</translation>
        </message>
        <message numerus="yes">
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
            <source>No notes yet.</source>
            <translation>لا توجد ملاحظات بعد.</translation>
        </message>
        <message>
            <source>Note written while locked</source>
            <translation>ملاحظة كُتبت والخزنة مقفلة</translation>
        </message>
        <message numerus="yes">
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
            <source>written while locked</source>
            <translation>كُتبت والخزنة مقفلة</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>اقفل</translation>
        </message>
        <message>
            <source>Lock the vault</source>
            <translation>اقفل الخزنة</translation>
        </message>
    </context>
    <context>
        <name>QGuiApplication</name>
        <message>
            <source>QT_LAYOUT_DIRECTION</source>
            <translation>RTL</translation>
        </message>
    </context>
    <context>
        <name>RightsCard</name>
        <message>
            <source>Unsettled</source>
            <translation>غير محسوم</translation>
        </message>
        <message>
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>هذه النصيحة غير متوفرة بلغتك بعد. تُعرض بالإنجليزية.</translation>
        </message>
        <message>
            <source>Say this</source>
            <translation>قل هذا</translation>
        </message>
        <message>
            <source>Do</source>
            <translation>افعل</translation>
        </message>
        <message>
            <source>Don't</source>
            <translation>لا تفعل</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Last reviewed: %1</source>
            <translation>آخر مراجعة: %1</translation>
        </message>
    </context>
    <context>
        <name>ScreenHeader</name>
        <message>
            <source>Back</source>
            <translation>رجوع</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>إخفاء</translation>
        </message>
        <message>
            <source>Hide: lock the vault and go to the start screen</source>
            <translation>إخفاء: اقفل الخزنة وارجع إلى شاشة البداية</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>الإعدادات</translation>
        </message>
        <message numerus="yes">
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
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>This translation is a draft. Please check important words with someone you trust.</source>
            <translation>هذه الترجمة مسودة. راجع الكلمات المهمة مع شخص تثق به.</translation>
        </message>
        <message>
            <source>Lock the vault after</source>
            <translation>اقفل الخزنة بعد</translation>
        </message>
        <message>
            <source>The vault also locks when you leave the app.</source>
            <translation>تُقفل الخزنة أيضًا عندما تغادر التطبيق.</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>العرض</translation>
        </message>
        <message>
            <source>Dark theme</source>
            <translation>المظهر الداكن</translation>
        </message>
        <message>
            <source>High contrast</source>
            <translation>تباين عالٍ</translation>
        </message>
        <message>
            <source>Vault</source>
            <translation>الخزنة</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Unlock the vault to change its passphrase.</source>
            <translation>افتح الخزنة لتغيير عبارة المرور.</translation>
        </message>
        <message>
            <source>No vault yet.</source>
            <translation>لا توجد خزنة بعد.</translation>
        </message>
        <message>
            <source>What this app does not do</source>
            <translation>ما لا يفعله هذا التطبيق</translation>
        </message>
        <message>
            <source>It never connects to the internet.</source>
            <translation>لا يتصل بالإنترنت أبدًا.</translation>
        </message>
        <message>
            <source>It does not track you or collect statistics.</source>
            <translation>لا يتتبعك ولا يجمع إحصاءات.</translation>
        </message>
        <message>
            <source>It keeps nothing in a cloud. Your notes stay on this device.</source>
            <translation>لا يحفظ شيئًا في السحابة. ملاحظاتك تبقى على هذا الجهاز.</translation>
        </message>
        <message>
            <source>It does not share where officers are.</source>
            <translation>لا يشارك أماكن الضباط.</translation>
        </message>
        <message>
            <source>It never unlocks with your face or fingerprint.</source>
            <translation>لا يُفتح أبدًا بوجهك أو ببصمتك.</translation>
        </message>
        <message>
            <source>About</source>
            <translation>حول التطبيق</translation>
        </message>
        <message>
            <source>Rights content: %1, version %2, published %3 by %4.</source>
            <translation>محتوى الحقوق: %1، الإصدار %2، نُشر في %3 من %4.</translation>
        </message>
        <message>
            <source>The rights content could not be loaded.</source>
            <translation>تعذّر تحميل محتوى الحقوق.</translation>
        </message>
        <message>
            <source>This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.</source>
            <translation>هذه معلومات عامة وليست استشارة قانونية. لحالتك، تحدث مع محامٍ أو خط مساعدة قانونية.</translation>
        </message>
        <message>
            <source>The Arabic translation is a draft.</source>
            <translation>الترجمة العربية مسودة.</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>المصادر</translation>
        </message>
        <message>
            <source>Licenses</source>
            <translation>التراخيص</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <source>At least %1 characters (%2 so far)</source>
            <translation>على الأقل %1 حرفًا (كتبت %2)</translation>
        </message>
        <message>
            <source>Very weak</source>
            <translation>ضعيفة جدًا</translation>
        </message>
        <message>
            <source>Weak: add more words</source>
            <translation>ضعيفة: أضف كلمات أكثر</translation>
        </message>
        <message>
            <source>Fair: longer is better</source>
            <translation>مقبولة: الأطول أفضل</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>جيدة</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>قوية</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <source>Unlock your vault</source>
            <translation>افتح خزنتك</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Wait %1 seconds before the next try.</source>
            <translation>انتظر %1 ثانية قبل المحاولة التالية.</translation>
        </message>
        <message>
            <source>This pause only slows down this screen. Your passphrase is what protects the vault.</source>
            <translation>هذا الانتظار يبطئ هذه الشاشة فقط. عبارة المرور هي ما يحمي الخزنة.</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>افتح</translation>
        </message>
    </context>
    <context>
        <name>VaultCreatePage</name>
        <message>
            <source>Create your vault</source>
            <translation>أنشئ خزنتك</translation>
        </message>
        <message>
            <source>Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.</source>
            <translation>ملاحظاتك مقفلة بعبارة مرور: كلمة سر طويلة من %1 حرفًا على الأقل. بضع كلمات تتذكرها تكفي.</translation>
        </message>
        <message>
            <source>If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.</source>
            <translation>إذا نسيت عبارة المرور فلن يستطيع أحد فتح ملاحظاتك مرة أخرى. لا نحن ولا أي أحد. اكتبها واحفظها في مكان آمن.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>اكتبها مرة أخرى</translation>
        </message>
        <message>
            <source>Suggest a passphrase</source>
            <translation>اقترح عبارة مرور</translation>
        </message>
        <message>
            <source>Write this down now:</source>
            <translation>اكتب هذا الآن:</translation>
        </message>
        <message>
            <source>Create vault</source>
            <translation>إنشاء الخزنة</translation>
        </message>
        <message>
            <source>Amparo never unlocks with your face or fingerprint: those can be forced.</source>
            <translation>لا يُفتح أمبارو أبدًا بوجهك أو ببصمتك: يمكن إجبارك عليهما.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::RightsBridge</name>
        <message>
            <source>Settled law</source>
            <translation>قانون ثابت</translation>
        </message>
        <message>
            <source>Unsettled: courts have not decided this clearly</source>
            <translation>غير محسوم: لم تحسمه المحاكم بوضوح</translation>
        </message>
        <message>
            <source>Unsettled: courts disagree about this</source>
            <translation>غير محسوم: المحاكم مختلفة في هذا</translation>
        </message>
        <message>
            <source>Unsettled: this depends on where you are</source>
            <translation>غير محسوم: يعتمد على مكانك</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::VaultBridge</name>
        <message>
            <source>That passphrase did not open the vault. Check it and try again.</source>
            <translation>عبارة المرور هذه لم تفتح الخزنة. تحقق منها وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>Too many tries. Wait a moment, then try again.</source>
            <translation>محاولات كثيرة. انتظر لحظة ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>A vault already exists on this device.</source>
            <translation>توجد خزنة على هذا الجهاز بالفعل.</translation>
        </message>
        <message>
            <source>There is no vault on this device yet.</source>
            <translation>لا توجد خزنة على هذا الجهاز بعد.</translation>
        </message>
        <message>
            <source>The vault files are damaged or were changed. Nothing was overwritten.</source>
            <translation>ملفات الخزنة تالفة أو تم تغييرها. لم يُكتب فوق أي شيء.</translation>
        </message>
        <message>
            <source>The vault is locked. Unlock it first.</source>
            <translation>الخزنة مقفلة. افتحها أولًا.</translation>
        </message>
        <message>
            <source>A note needs a title or a description.</source>
            <translation>تحتاج الملاحظة إلى عنوان أو وصف.</translation>
        </message>
        <message>
            <source>That file is too large.</source>
            <translation>ذلك الملف كبير جدًا.</translation>
        </message>
        <message>
            <source>An attached file is damaged.</source>
            <translation>أحد الملفات المرفقة تالف.</translation>
        </message>
        <message>
            <source>Warning: the vault's capture key was changed. Captures were not saved.</source>
            <translation>تحذير: تم تغيير مفتاح الالتقاط في الخزنة. لم تُحفظ الملاحظة.</translation>
        </message>
        <message>
            <source>This device's keystore is not available. The vault cannot be opened here right now.</source>
            <translation>مخزن المفاتيح في هذا الجهاز غير متاح. لا يمكن فتح الخزنة هنا الآن.</translation>
        </message>
        <message>
            <source>The vault is busy. Try again in a moment.</source>
            <translation>الخزنة مشغولة. حاول بعد لحظة.</translation>
        </message>
        <message>
            <source>Something in the input is not accepted.</source>
            <translation>شيء مما كتبته غير مقبول.</translation>
        </message>
        <message>
            <source>That note no longer exists.</source>
            <translation>تلك الملاحظة لم تعد موجودة.</translation>
        </message>
        <message>
            <source>Something went wrong with the vault. Your notes were not changed.</source>
            <translation>حدث خطأ في الخزنة. لم تتغير ملاحظاتك.</translation>
        </message>
        <message>
            <source>Use at least 10 characters.</source>
            <translation>استخدم 10 أحرف على الأقل.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>عبارتا المرور غير متطابقتين.</translation>
        </message>
        <message>
            <source>The vault is not part of this build.</source>
            <translation>الخزنة ليست جزءًا من هذا الإصدار.</translation>
        </message>
        <message>
            <source>Type your passphrase.</source>
            <translation>اكتب عبارة المرور.</translation>
        </message>
        <message>
            <source>Warning: the vault's capture key file was changed by someone. Captures made since then may not be yours.</source>
            <translation>تحذير: غيّر أحدهم ملف مفتاح الالتقاط في الخزنة. الملاحظات الملتقطة منذ ذلك الحين قد لا تكون لك.</translation>
        </message>
        <message>
            <source>Create a vault first. Then you can record while it is locked.</source>
            <translation>أنشئ خزنة أولًا. بعدها يمكنك الكتابة وهي مقفلة.</translation>
        </message>
        <message>
            <source>That file could not be read.</source>
            <translation>تعذّرت قراءة ذلك الملف.</translation>
        </message>
        <message>
            <source>Write something or attach a file first.</source>
            <translation>اكتب شيئًا أو أرفق ملفًا أولًا.</translation>
        </message>
        <message>
            <source>Incident on %1</source>
            <translation>حادثة في %1</translation>
        </message>
        <message>
            <source>When</source>
            <translation>متى</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>أين</translation>
        </message>
        <message>
            <source>Not sure</source>
            <translation>غير متأكد</translation>
        </message>
        <message>
            <source>ICE</source>
            <translation>ICE (الهجرة والجمارك)</translation>
        </message>
        <message>
            <source>CBP</source>
            <translation>CBP (الجمارك وحماية الحدود)</translation>
        </message>
        <message>
            <source>Local police (287(g))</source>
            <translation>الشرطة المحلية (287(g))</translation>
        </message>
        <message>
            <source>TSA</source>
            <translation>TSA (أمن النقل)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>أخرى</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>من</translation>
        </message>
        <message>
            <source>Officers</source>
            <translation>الضباط</translation>
        </message>
        <message>
            <source>face photo or scan</source>
            <translation>صورة الوجه أو مسحه</translation>
        </message>
        <message>
            <source>fingerprints</source>
            <translation>البصمات</translation>
        </message>
        <message>
            <source>iris scan</source>
            <translation>مسح القزحية</translation>
        </message>
        <message>
            <source>phone unlocked with face or finger</source>
            <translation>فُتح الهاتف بالوجه أو الإصبع</translation>
        </message>
        <message>
            <source>Biometrics</source>
            <translation>البيانات الحيوية</translation>
        </message>
        <message>
            <source>Officer's device or app</source>
            <translation>جهاز الضابط أو تطبيقه</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Asked for consent</source>
            <translation>طلبوا إذنك</translation>
        </message>
        <message>
            <source>Asked about status</source>
            <translation>سألوا عن وضعك</translation>
        </message>
        <message>
            <source>Reference number</source>
            <translation>الرقم المرجعي</translation>
        </message>
        <message>
            <source>Held for</source>
            <translation>مدة الاحتجاز</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>ما قيل</translation>
        </message>
        <message>
            <source>What was taken</source>
            <translation>ما أُخذ</translation>
        </message>
        <message>
            <source>Witnesses</source>
            <translation>الشهود</translation>
        </message>
        <message>
            <source>Injuries</source>
            <translation>الإصابات</translation>
        </message>
        <message>
            <source>Version %1 – saved %2</source>
            <translation>الإصدار %1 – حُفظ في %2</translation>
        </message>
    </context>
</TS>
