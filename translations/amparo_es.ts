<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>CapturePage</name>
        <message>
            <location filename="../ui/qml/CapturePage.qml" line="+17" />
            <source>Record what happened</source>
            <translation>Anotar lo que pasó</translation>
        </message>
        <message>
            <location line="+33" />
            <source>To keep notes safe, first create a vault with a passphrase. It takes a minute.</source>
            <translation>Para guardar notas seguras, primero cree una bóveda con una frase de contraseña. Toma un minuto.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Create a vault</source>
            <translation>Crear una bóveda</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Write what happened while you remember it. It is sealed at once; only your passphrase opens it.</source>
            <translation>Escriba lo que pasó mientras lo recuerda. Se sella enseguida; solo su frase de contraseña lo abre.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>What happened? Who was there? What did they say or do?</source>
            <translation>¿Qué pasó? ¿Quién estaba? ¿Qué dijeron o hicieron?</translation>
        </message>
        <message>
            <location line="+11" />
            <source>What happened</source>
            <translation>Qué pasó</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Attached: %1</source>
            <translation>Adjunto: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attach a photo, recording or file</source>
            <translation>Adjuntar una foto, grabación o archivo</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Seal into the vault</source>
            <translation>Sellar en la bóveda</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Sealed. You can read it after you unlock the vault.</source>
            <translation>Sellada. Podrá leerla cuando abra la bóveda.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Unlock to see and edit notes</source>
            <translation>Abrir para ver y editar notas</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphrasePage</name>
        <message>
            <location filename="../ui/qml/ChangePassphrasePage.qml" line="+14" />
            <location line="+74" />
            <source>Change passphrase</source>
            <translation>Cambiar frase de contraseña</translation>
        </message>
        <message>
            <location line="-37" />
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <location line="+8" />
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Type the new one again</source>
            <translation>Escriba la nueva otra vez</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Passphrase changed.</source>
            <translation>Frase de contraseña cambiada.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Changing the passphrase…</source>
            <translation>Cambiando la frase de contraseña…</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <location filename="../ui/src/displaydate.h" line="+18" />
            <source>d MMMM yyyy</source>
            <comment>date pattern: day, month name, year</comment>
            <translation>d 'de' MMMM 'de' yyyy</translation>
        </message>
    </context>
    <context>
        <name>DesktopNotice</name>
        <message>
            <location filename="../ui/qml/DesktopNotice.qml" line="+26" />
            <source>On a computer, Amparo protects less</source>
            <translation>En una computadora, Amparo protege menos</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Programs you run on this computer may capture the screen and read the vault, the keyring and the app's memory.</source>
            <translation>Los programas que usa en esta computadora pueden capturar la pantalla y leer la bóveda, el llavero y la memoria de la aplicación.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The computer may save parts of its memory on the disk. Turn on full-disk encryption.</source>
            <translation>La computadora puede guardar partes de su memoria en el disco. Active el cifrado de todo el disco.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>A keyring on this computer adds a second lock to the vault.</source>
            <translation>Un llavero en esta computadora agrega un segundo candado a la bóveda.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No keyring was found: only your passphrase protects the vault.</source>
            <translation>No se encontró un llavero: solo su frase de contraseña protege la bóveda.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This app cannot block screenshots on a computer.</source>
            <translation>Esta aplicación no puede impedir capturas de pantalla en una computadora.</translation>
        </message>
    </context>
    <context>
        <name>EncounterPage</name>
        <message>
            <location filename="../ui/qml/EncounterPage.qml" line="+35" />
            <source>What to say</source>
            <translation>Qué decir</translation>
        </message>
        <message>
            <location line="+32" />
            <source>Show only English to the officer</source>
            <translation>Mostrar solo inglés al agente</translation>
        </message>
        <message>
            <location line="+9" />
            <source>For: %1</source>
            <translation>Para: %1</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../ui/qml/GuidePage.qml" line="+85" />
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>Este consejo todavía no está en su idioma. Se muestra en inglés.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The rights content could not be loaded.</source>
            <translation>No se pudo cargar el contenido de derechos.</translation>
        </message>
        <message>
            <location line="+49" />
            <source>For you</source>
            <translation>Para usted</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Stop reading</source>
            <translation>Dejar de leer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Read aloud in English</source>
            <translation>Leer en voz alta en inglés</translation>
        </message>
        <message>
            <location line="+13" />
            <source>No sound output was found on this device. Show the card to the officer instead.</source>
            <translation>No se encontró ninguna salida de sonido en este dispositivo. Muestre la tarjeta al agente.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No English voice is installed for reading aloud. Show the card to the officer instead.</source>
            <translation>No hay ninguna voz en inglés instalada para leer en voz alta. Muestre la tarjeta al agente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The card could not be read aloud. Show the card to the officer instead.</source>
            <translation>No se pudo leer la tarjeta en voz alta. Muestre la tarjeta al agente.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>More for where you are</source>
            <translation>Más según dónde está</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Street, car, home, airport, work, phone search</source>
            <translation>Calle, auto, casa, aeropuerto, trabajo, revisión del teléfono</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Rights information for %1, updated %2</source>
            <translation>Información sobre sus derechos en %1, actualizada el %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>over a year old</source>
            <translation>tiene más de un año</translation>
        </message>
    </context>
    <context>
        <name>FileChooser</name>
        <message>
            <location filename="../ui/qml/FileChooser.qml" line="+25" />
            <source>Choose a file</source>
            <translation>Elegir un archivo</translation>
        </message>
    </context>
    <context>
        <name>FilePickerList</name>
        <message>
            <location filename="../ui/qml/FilePickerList.qml" line="+17" />
            <source>Photos and videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.3gp)</source>
            <translation>Fotos y videos (*.jpg *.jpeg *.png *.heic *.webp *.mp4 *.mov *.3gp)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audio recordings (*.m4a *.mp3 *.ogg *.opus *.wav *.aac *.amr)</source>
            <translation>Grabaciones de audio (*.m4a *.mp3 *.ogg *.opus *.wav *.aac *.amr)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Documents (*.pdf *.txt *.doc *.docx *.odt)</source>
            <translation>Documentos (*.pdf *.txt *.doc *.docx *.odt)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All files (*)</source>
            <translation>Todos los archivos (*)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>Choose file…</source>
            <translation>Elegir archivo…</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Recent in your folders:</source>
            <translation>Recientes en sus carpetas:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>No photos, recordings or documents found in your folders.</source>
            <translation>No se encontraron fotos, grabaciones ni documentos en sus carpetas.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Or type the file's location</source>
            <translation>O escriba la ubicación del archivo</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Use</source>
            <translation>Usar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Use this file</source>
            <translation>Usar este archivo</translation>
        </message>
    </context>
    <context>
        <name>FolderPicker</name>
        <message>
            <location filename="../ui/qml/FolderPicker.qml" line="+20" />
            <source>Choose where to save the sealed file</source>
            <translation>Elija dónde guardar el archivo sellado</translation>
        </message>
    </context>
    <context>
        <name>GuidePage</name>
        <message>
            <location filename="../ui/qml/GuidePage.qml" line="-33" />
            <source>Where are you?</source>
            <translation>¿Dónde está?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>About you (optional)</source>
            <translation>Sobre usted (opcional)</translation>
        </message>
        <message>
            <location line="+22" />
            <source>The rights content could not be loaded.</source>
            <translation>No se pudo cargar el contenido de derechos.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Some rights depend on your status. This choice is not saved anywhere.</source>
            <translation>Algunos derechos dependen de su estatus. Esta elección no se guarda en ningún lugar.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Skip: show advice for everyone</source>
            <translation>Saltar: ver consejos para todos</translation>
        </message>
        <message>
            <location line="+15" />
            <source>For: %1</source>
            <translation>Para: %1</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Show what to say</source>
            <translation>Mostrar qué decir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Big card for this place, with English</source>
            <translation>Tarjeta grande para este lugar, con inglés</translation>
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
            <translation>Ajustes</translation>
        </message>
        <message>
            <location line="+27" />
            <source>I'm being stopped now</source>
            <translation>Me están deteniendo ahora</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What to say, in your language and in English</source>
            <translation>Qué decir, en su idioma y en inglés</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Know my rights</source>
            <translation>Conocer mis derechos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose where you are and see what to do</source>
            <translation>Elija dónde está y vea qué hacer</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Record what happened</source>
            <translation>Anotar lo que pasó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your private notes</source>
            <translation>Sus notas privadas</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Write it down now. Only your passphrase opens it.</source>
            <translation>Escríbalo ahora. Solo su frase de contraseña lo abre.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>No vault yet</source>
            <translation>Todavía no hay bóveda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vault is open</source>
            <translation>La bóveda está abierta</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Vault is locked</source>
            <translation>La bóveda está bloqueada</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Lock now</source>
            <translation>Bloquear ahora</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Create a vault</source>
            <translation>Crear una bóveda</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Create a vault to keep notes safe</source>
            <translation>Crear una bóveda para guardar notas seguras</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Unlock</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unlock the vault</source>
            <translation>Abrir la bóveda</translation>
        </message>
        <message>
            <location line="+9" />
            <source>No internet. No tracking. Nothing leaves this phone unless you send it.</source>
            <translation>Sin internet. Sin rastreo. Nada sale de este teléfono si usted no lo envía.</translation>
        </message>
    </context>
    <context>
        <name>HotlineList</name>
        <message>
            <location filename="../ui/qml/HotlineList.qml" line="+11" />
            <location line="+4" />
            <source>Phone numbers</source>
            <translation>Números de teléfono</translation>
        </message>
        <message>
            <location line="+14" />
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <location line="+19" />
            <source>Hours: %1</source>
            <translation>Horario: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>This number could not be confirmed. Check it before you rely on it.</source>
            <translation>No se pudo confirmar este número. Verifíquelo antes de confiar en él.</translation>
        </message>
    </context>
    <context>
        <name>IncidentFormPage</name>
        <message>
            <location filename="../ui/qml/IncidentFormPage.qml" line="+20" />
            <source>Give this a short name</source>
            <translation>Póngale un nombre corto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For example: Stopped at the bus station</source>
            <translation>Por ejemplo: Me pararon en la estación de autobuses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When did it happen?</source>
            <translation>¿Cuándo pasó?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Date and time, as well as you remember</source>
            <translation>Fecha y hora, como las recuerde</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where did it happen?</source>
            <translation>¿Dónde pasó?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Street, building, airport, city</source>
            <translation>Calle, edificio, aeropuerto, ciudad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who stopped you?</source>
            <translation>¿Quién le hizo parar?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Names, badge numbers or vehicles you saw</source>
            <translation>Nombres, números de placa o vehículos que vio</translation>
        </message>
        <message>
            <location line="+0" />
            <source>One per line</source>
            <translation>Uno por línea</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What did they do?</source>
            <translation>¿Qué le hicieron?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Choose all that happened</source>
            <translation>Elija todo lo que pasó</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they use a phone, camera or app on you?</source>
            <translation>¿Usaron un teléfono, cámara o aplicación con usted?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>What it looked like, if you saw</source>
            <translation>Cómo era, si lo vio</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they ask for your permission?</source>
            <translation>¿Le pidieron permiso?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they ask about your citizenship or status?</source>
            <translation>¿Le preguntaron por su ciudadanía o estatus?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Did they give you a number or paper?</source>
            <translation>¿Le dieron un número o un papel?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Reference or case number</source>
            <translation>Número de referencia o de caso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>How long were you held?</source>
            <translation>¿Cuánto tiempo lo retuvieron?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>For example: about 2 hours</source>
            <translation>Por ejemplo: unas 2 horas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What did they say? What did you say?</source>
            <translation>¿Qué dijeron ellos? ¿Qué dijo usted?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Was anything taken?</source>
            <translation>¿Se llevaron algo?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Phone, papers, money</source>
            <translation>Teléfono, papeles, dinero</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who saw it?</source>
            <translation>¿Quién lo vio?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Names or how to find them</source>
            <translation>Nombres o cómo encontrarlos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Were you or anyone hurt?</source>
            <translation>¿Usted u otra persona salió herida?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Anything else, in your own words</source>
            <translation>Algo más, con sus propias palabras</translation>
        </message>
        <message>
            <location line="+3" />
            <source>ICE</source>
            <translation>ICE</translation>
        </message>
        <message>
            <location line="+0" />
            <source>CBP (border, airport)</source>
            <translation>CBP (frontera, aeropuerto)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local police or sheriff</source>
            <translation>Policía local o sheriff</translation>
        </message>
        <message>
            <location line="+0" />
            <source>TSA (airport security)</source>
            <translation>TSA (seguridad del aeropuerto)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Someone else</source>
            <translation>Otra persona o agencia</translation>
        </message>
        <message>
            <location line="+0" />
            <source>I don't know</source>
            <translation>No sé</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Took my photo or scanned my face</source>
            <translation>Me tomaron una foto o escanearon mi cara</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Took my fingerprints</source>
            <translation>Me tomaron las huellas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Scanned my eyes</source>
            <translation>Me escanearon los ojos</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Unlocked my phone with my face or finger</source>
            <translation>Abrieron mi teléfono con mi cara o mi dedo</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+0" />
            <source>I'm not sure</source>
            <translation>No estoy seguro</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Check and save</source>
            <translation>Revisar y guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Question %1 of %2</source>
            <translation>Pregunta %1 de %2</translation>
        </message>
        <message>
            <location line="+104" />
            <source>Skip</source>
            <translation>Saltar</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Skip this question</source>
            <translation>Saltar esta pregunta</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Next</source>
            <translation>Siguiente</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Check your answers. Tap one to change it.</source>
            <translation>Revise sus respuestas. Toque una para cambiarla.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>(skipped)</source>
            <translation>(omitida)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Save</source>
            <translation>Guardar</translation>
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
            <translation>Nota escrita con la bóveda bloqueada</translation>
        </message>
        <message numerus="yes">
            <location line="+25" />
            <source>Edited %n time(s)</source>
            <translation>
                <numerusform>Editada %n vez</numerusform>
                <numerusform>Editada %n veces</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>Not edited</source>
            <translation>Sin ediciones</translation>
        </message>
        <message>
            <location line="+1" />
            <source>history intact</source>
            <translation>historial intacto</translation>
        </message>
        <message>
            <location line="+0" />
            <source>history could not be verified</source>
            <translation>no se pudo verificar el historial</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Written while the vault was locked.</source>
            <translation>Escrita con la bóveda bloqueada.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Edit or add details</source>
            <translation>Editar o agregar detalles</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Send to…</source>
            <translation>Enviar a…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Files</source>
            <translation>Archivos</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Add a photo, recording or file</source>
            <translation>Agregar una foto, grabación o archivo</translation>
        </message>
        <message>
            <location line="+24" />
            <source>History</source>
            <translation>Historial</translation>
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
            <translation>Sus notas</translation>
        </message>
        <message>
            <location line="+23" />
            <source>New incident report</source>
            <translation>Nuevo informe de incidente</translation>
        </message>
        <message>
            <location line="+1" />
            <source>One question at a time. Skip anything.</source>
            <translation>Una pregunta a la vez. Puede saltar cualquiera.</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n note(s) written while locked were added.</source>
            <translation>
                <numerusform>Se agregó %n nota escrita con la bóveda bloqueada.</numerusform>
                <numerusform>Se agregaron %n notas escritas con la bóveda bloqueada.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>No notes yet.</source>
            <translation>Todavía no hay notas.</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+7" />
            <source>Note written while locked</source>
            <translation>Nota escrita con la bóveda bloqueada</translation>
        </message>
        <message numerus="yes">
            <location line="+10" />
            <source>edited %n time(s)</source>
            <translation>
                <numerusform>editada %n vez</numerusform>
                <numerusform>editada %n veces</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n archivo</numerusform>
                <numerusform>%n archivos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>written while locked</source>
            <translation>escrita con la bóveda bloqueada</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Send to…</source>
            <translation>Enviar a…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Send all notes to an organization</source>
            <translation>Enviar todas las notas a una organización</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lock</source>
            <translation>Bloquear</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Lock the vault</source>
            <translation>Bloquear la bóveda</translation>
        </message>
    </context>
    <context>
        <name>OrgReviewPage</name>
        <message>
            <location filename="../ui/qml/OrgReviewPage.qml" line="+31" />
            <source>Check the organization</source>
            <translation>Revisar la organización</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Warning: this organization's keys changed</source>
            <translation>Atención: las claves de esta organización cambiaron</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Someone may be pretending to be this organization. Nothing will be sent to it until you call the organization at a number you already know and confirm the new safety number below.</source>
            <translation>Alguien podría estar haciéndose pasar por esta organización. No se le enviará nada hasta que llame a la organización a un número que ya conozca y confirme el nuevo número de seguridad de abajo.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This card is already on your list.</source>
            <translation>Esta tarjeta ya está en su lista.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Region</source>
            <translation>Región</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hotline</source>
            <translation>Línea de ayuda</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Card valid until</source>
            <translation>Tarjeta válida hasta</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Safety number</source>
            <translation>Número de seguridad</translation>
        </message>
        <message>
            <location line="+33" />
            <source>Call the organization at a number you already know. Read these 30 digits aloud together. They must be exactly the same on both sides.</source>
            <translation>Llame a la organización a un número que ya conozca. Lean juntos estos 30 dígitos en voz alta. Deben ser exactamente iguales en ambos lados.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Previous safety number: %1</source>
            <translation>Número de seguridad anterior: %1</translation>
        </message>
        <message>
            <location line="+9" />
            <source>This organization is now trusted. You can send notes to it.</source>
            <translation>Ahora esta organización es de confianza. Puede enviarle notas.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>We read the numbers aloud over the phone and they match</source>
            <translation>Leímos los números en voz alta por teléfono y coinciden</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Your passphrase, to confirm it is you</source>
            <translation>Su frase de contraseña, para confirmar que es usted</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Trust this organization</source>
            <translation>Confiar en esta organización</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Checking passphrase…</source>
            <translation>Comprobando la frase de contraseña…</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Keep without confirming</source>
            <translation>Guardar sin confirmar</translation>
        </message>
        <message>
            <location line="+12" />
            <source>It stays on your list, but nothing can be sent to it until you confirm its safety number.</source>
            <translation>Queda en su lista, pero no se le puede enviar nada hasta que confirme su número de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseField</name>
        <message>
            <location filename="../ui/qml/PassphraseField.qml" line="+131" />
            <source>Hide passphrase</source>
            <translation>Ocultar la frase de contraseña</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show passphrase</source>
            <translation>Mostrar la frase de contraseña</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Show</source>
            <translation>Mostrar</translation>
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
            <translation>Solo para: %1</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Unsettled</source>
            <translation>No resuelto</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This advice is not yet available in your language. It is shown in English.</source>
            <translation>Este consejo todavía no está en su idioma. Se muestra en inglés.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Say this</source>
            <translation>Diga esto</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Only if you are: %1</source>
            <translation>Solo si usted es: %1</translation>
        </message>
        <message>
            <location filename="../ui/qml/EncounterPage.qml" line="+17" />
            <location filename="../ui/qml/RightsCard.qml" line="+35" />
            <source>Do</source>
            <translation>Haga</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../ui/qml/RightsCard.qml" line="+16" />
            <source>Don't</source>
            <translation>No haga</translation>
        </message>
        <message>
            <location filename="../ui/qml/RightsCard.qml" line="+29" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
    </context>
    <context>
        <name>ScanPage</name>
        <message>
            <location filename="../ui/qml/ScanPage.qml" line="+27" />
            <source>Scan the QR code</source>
            <translation>Escanear el código QR</translation>
        </message>
        <message>
            <location line="+36" />
            <source>No camera found on this device — add the card from a file or a photo.</source>
            <translation>No se encontró ninguna cámara en este dispositivo: agregue la tarjeta desde un archivo o una foto.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Back to trusted organizations</source>
            <translation>Volver a organizaciones de confianza</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Hold the organization's QR code inside the frame. It is read on this device; no picture is saved.</source>
            <translation>Mantenga el código QR de la organización dentro del marco. Se lee en este dispositivo; no se guarda ninguna imagen.</translation>
        </message>
        <message>
            <location line="+51" />
            <source>That QR code is not an organization card. Scan the code on the organization's card.</source>
            <translation>Ese código QR no es una tarjeta de organización. Escanee el código de la tarjeta de la organización.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The camera could not be started. Add the card from a file or a photo instead.</source>
            <translation>No se pudo iniciar la cámara. Agregue la tarjeta desde un archivo o una foto.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scan again</source>
            <translation>Escanear de nuevo</translation>
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
            <translation>Atrás</translation>
        </message>
        <message>
            <location filename="../ui/qml/ScreenHeader.qml" line="+40" />
            <source>Hide</source>
            <translation>Ocultar</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hide: lock the vault and go to the start screen</source>
            <translation>Ocultar: cerrar la bóveda e ir a la pantalla de inicio</translation>
        </message>
    </context>
    <context>
        <name>SendToPage</name>
        <message>
            <location filename="../ui/qml/SendToPage.qml" line="+52" />
            <source>Send to…</source>
            <translation>Enviar a…</translation>
        </message>
        <message>
            <location line="+21" />
            <source>All your notes, with their history and files, are sealed into one file that only the organization you choose can open.</source>
            <translation>Todas sus notas, con su historial y archivos, se sellan en un archivo que solo la organización que elija puede abrir.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This note, with its history and files, is sealed into a file that only the organization you choose can open.</source>
            <translation>Esta nota, con su historial y archivos, se sella en un archivo que solo la organización que elija puede abrir.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No trusted organizations yet. Add one first.</source>
            <translation>Todavía no hay organizaciones de confianza. Agregue una primero.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Trusted organizations</source>
            <translation>Organizaciones de confianza</translation>
        </message>
        <message>
            <location line="+15" />
            <source>keys changed: confirm first</source>
            <translation>las claves cambiaron: confirme primero</translation>
        </message>
        <message>
            <location line="+0" />
            <source>not confirmed</source>
            <translation>sin confirmar</translation>
        </message>
        <message>
            <location line="+67" />
            <location line="+23" />
            <source>Save in this folder</source>
            <translation>Guardar en esta carpeta</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Choose folder…</source>
            <translation>Elegir carpeta…</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Your passphrase, to confirm it is you</source>
            <translation>Su frase de contraseña, para confirmar que es usted</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Saved “%1” for %2. Only %2 can open it. Give them the file, for example in person or by a secure messenger.</source>
            <translation>Se guardó “%1” para %2. Solo %2 puede abrirlo. Entrégueles el archivo, por ejemplo en persona o por una aplicación de mensajes segura.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Seal and save</source>
            <translation>Sellar y guardar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Seal and share</source>
            <translation>Sellar y compartir</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Checking passphrase…</source>
            <translation>Comprobando la frase de contraseña…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Share the sealed file again</source>
            <translation>Compartir de nuevo el archivo sellado</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Show in folder</source>
            <translation>Mostrar en la carpeta</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The folder could not be opened. The file is saved in: %1</source>
            <translation>No se pudo abrir la carpeta. El archivo está guardado en: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The share sheet could not be opened. The sealed file is saved; you can send it from your files.</source>
            <translation>No se pudo abrir el menú para compartir. El archivo sellado está guardado; puede enviarlo desde sus archivos.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/qml/SettingsPage.qml" line="+14" />
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+0" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <location line="+17" />
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <location line="+25" />
            <source>This translation is a draft. Please check important words with someone you trust.</source>
            <translation>Esta traducción es un borrador. Revise las palabras importantes con alguien de confianza.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Legal-aid organizations</source>
            <translation>Organizaciones de ayuda legal</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trusted organizations</source>
            <translation>Organizaciones de confianza</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+26" />
            <source>Lock the vault after</source>
            <translation>Bloquear la bóveda después de</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault also locks when you leave the app.</source>
            <translation>La bóveda también se cierra cuando sale de la aplicación.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Display</source>
            <translation>Pantalla</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Dark theme</source>
            <translation>Tema oscuro</translation>
        </message>
        <message>
            <location line="+12" />
            <source>High contrast</source>
            <translation>Alto contraste</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Vault</source>
            <translation>Bóveda</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Change passphrase</source>
            <translation>Cambiar frase de contraseña</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Unlock the vault to change its passphrase.</source>
            <translation>Abra la bóveda para cambiar su frase de contraseña.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No vault yet.</source>
            <translation>Todavía no hay bóveda.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>What this app does not do</source>
            <translation>Lo que esta aplicación no hace</translation>
        </message>
        <message>
            <location line="+2" />
            <source>It never connects to the internet.</source>
            <translation>Nunca se conecta a internet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It does not track you or collect statistics.</source>
            <translation>No lo rastrea ni recoge estadísticas.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It keeps nothing in a cloud. Your notes stay on this device.</source>
            <translation>No guarda nada en la nube. Sus notas se quedan en este dispositivo.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It does not share where officers are.</source>
            <translation>No comparte dónde están los agentes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>It never unlocks with your face or fingerprint.</source>
            <translation>Nunca se abre con su cara ni su huella.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>About</source>
            <translation>Acerca de</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Rights information for %1, version %2, published %3 by %4.</source>
            <translation>Información sobre sus derechos en %1, versión %2, publicada el %3 por %4.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The rights content could not be loaded.</source>
            <translation>No se pudo cargar el contenido de derechos.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>This is general information, not legal advice. For your case, talk to a lawyer or a legal-aid hotline.</source>
            <translation>Esto es información general, no asesoría legal. Para su caso, hable con un abogado o una línea de ayuda legal.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The Arabic translation is a draft.</source>
            <translation>La traducción al árabe es un borrador.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Licenses</source>
            <translation>Licencias</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../ui/qml/StrengthMeter.qml" line="+39" />
            <source>At least %1 characters (%2 so far)</source>
            <translation>Al menos %1 caracteres (lleva %2)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Very weak</source>
            <translation>Muy débil</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Weak: add more words</source>
            <translation>Débil: agregue más palabras</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Fair: longer is better</source>
            <translation>Regular: más larga es mejor</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Good</source>
            <translation>Buena</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Strong</source>
            <translation>Fuerte</translation>
        </message>
    </context>
    <context>
        <name>TrustedOrgsPage</name>
        <message>
            <location filename="../ui/qml/TrustedOrgsPage.qml" line="+19" />
            <source>Trusted organizations</source>
            <translation>Organizaciones de confianza</translation>
        </message>
        <message>
            <location line="+46" />
            <source>Notes can only be sent to organizations on this list. Add one from the card it gave you, then compare its safety number with it over the phone.</source>
            <translation>Solo se pueden enviar notas a las organizaciones de esta lista. Agregue una con la tarjeta que le dio y luego compare su número de seguridad con ella por teléfono.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No trusted organizations yet.</source>
            <translation>Todavía no hay organizaciones de confianza.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Checking passphrase…</source>
            <translation>Comprobando la frase de contraseña…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>Warning: this organization's keys changed. Sending is blocked until you confirm the new safety number.</source>
            <translation>Atención: las claves de esta organización cambiaron. No se puede enviar nada hasta que confirme el nuevo número de seguridad.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed, but the card has expired</source>
            <translation>Confirmada, pero la tarjeta venció</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Confirmed</source>
            <translation>Confirmada</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not confirmed yet: nothing can be sent</source>
            <translation>Aún sin confirmar: no se puede enviar nada</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Show safety number</source>
            <translation>Ver número de seguridad</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Compare and confirm</source>
            <translation>Comparar y confirmar</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Tap again to remove</source>
            <translation>Toque otra vez para quitarla</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location line="+17" />
            <source>Add an organization</source>
            <translation>Agregar una organización</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Scan with camera</source>
            <translation>Escanear con la cámara</translation>
        </message>
        <message>
            <location line="+12" />
            <source>No camera found on this device — add the card from a file or a photo.</source>
            <translation>No se encontró ninguna cámara en este dispositivo: agregue la tarjeta desde un archivo o una foto.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Choose the card file the organization sent you, or a picture of its QR code, from your files, or type its location.</source>
            <translation>Elija en sus archivos el archivo de tarjeta que le envió la organización, o una foto de su código QR, o escriba dónde está.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose the card file the organization sent you from your files, or type its location.</source>
            <translation>Elija en sus archivos el archivo de tarjeta que le envió la organización, o escriba dónde está.</translation>
        </message>
        <message>
            <location line="+49" />
            <location line="+11" />
            <source>Or paste the card text the organization sent you</source>
            <translation>O pegue el texto de la tarjeta que le envió la organización</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Choose from my files</source>
            <translation>Elegir entre mis archivos</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Location of the card file</source>
            <translation>Ubicación del archivo de la tarjeta</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Open this card</source>
            <translation>Abrir esta tarjeta</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Read pasted card</source>
            <translation>Leer la tarjeta pegada</translation>
        </message>
    </context>
    <context>
        <name>UnlockPage</name>
        <message>
            <location filename="../ui/qml/UnlockPage.qml" line="+15" />
            <source>Unlock your vault</source>
            <translation>Abra su bóveda</translation>
        </message>
        <message>
            <location line="+38" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Wait %1 seconds before the next try.</source>
            <translation>Espere %1 segundos antes del próximo intento.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This pause only slows down this screen. Your passphrase is what protects the vault.</source>
            <translation>Esta pausa solo hace más lenta esta pantalla. Lo que protege la bóveda es su frase de contraseña.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Unlock</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Opening the vault…</source>
            <translation>Abriendo la bóveda…</translation>
        </message>
    </context>
    <context>
        <name>VaultCreatePage</name>
        <message>
            <location filename="../ui/qml/VaultCreatePage.qml" line="+16" />
            <source>Create your vault</source>
            <translation>Cree su bóveda</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Your notes are locked with a passphrase: a long password, at least %1 characters. A few words you can remember work well.</source>
            <translation>Sus notas se cierran con una frase de contraseña: una contraseña larga, de al menos %1 caracteres. Unas cuantas palabras que pueda recordar funcionan bien.</translation>
        </message>
        <message>
            <location line="+14" />
            <source>If you forget your passphrase, nobody can open your notes again. Not us, not anyone. Write it down and keep it somewhere safe.</source>
            <translation>Si olvida su frase de contraseña, nadie podrá volver a abrir sus notas. Ni nosotros ni nadie. Escríbala y guárdela en un lugar seguro.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Type it again</source>
            <translation>Escríbala otra vez</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Suggest a passphrase</source>
            <translation>Sugerir una frase de contraseña</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Write this down now:</source>
            <translation>Anote esto ahora:</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Create vault</source>
            <translation>Crear bóveda</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Creating the vault…</source>
            <translation>Creando la bóveda…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Amparo never unlocks with your face or fingerprint: those can be forced.</source>
            <translation>Amparo nunca se abre con su cara ni su huella: se las pueden obligar a dar.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::OrgsBridge</name>
        <message>
            <location filename="../ui/src/orgsbridge.cpp" line="+61" />
            <source>This is not a valid organization card.</source>
            <translation>Esta no es una tarjeta de organización válida.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card was made by a newer version of Amparo. Update the app.</source>
            <translation>Esta tarjeta se hizo con una versión más nueva de Amparo. Actualice la aplicación.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+253" />
            <source>This card is too large to be a real organization card.</source>
            <translation>Esta tarjeta es demasiado grande para ser una tarjeta de organización real.</translation>
        </message>
        <message>
            <location line="-251" />
            <source>This card contains hidden or invalid characters and was refused.</source>
            <translation>Esta tarjeta contiene caracteres ocultos o no válidos y fue rechazada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card is not signed by the organization and was refused.</source>
            <translation>Esta tarjeta no está firmada por la organización y fue rechazada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card's signature does not match: it was changed or forged.</source>
            <translation>La firma de esta tarjeta no coincide: fue cambiada o falsificada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card has expired. Ask the organization for a new one.</source>
            <translation>Esta tarjeta venció. Pida una nueva a la organización.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This card's dates are not valid. Check your device's date.</source>
            <translation>Las fechas de esta tarjeta no son válidas. Revise la fecha de su dispositivo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This organization's keys changed. Nothing is sent until you compare the new safety number with them and confirm it.</source>
            <translation>Las claves de esta organización cambiaron. No se envía nada hasta que compare con ellos el nuevo número de seguridad y lo confirme.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Confirm this organization's safety number before sending anything.</source>
            <translation>Confirme el número de seguridad de esta organización antes de enviar algo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There are no notes to send.</source>
            <translation>No hay notas para enviar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A file with that name already exists in that folder.</source>
            <translation>Ya existe un archivo con ese nombre en esa carpeta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The file could not be written. Check the folder and free space.</source>
            <translation>No se pudo escribir el archivo. Revise la carpeta y el espacio libre.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The notes could not be read from the vault. Nothing was sent.</source>
            <translation>No se pudieron leer las notas de la bóveda. No se envió nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something went wrong. Nothing was sent.</source>
            <translation>Algo salió mal. No se envió nada.</translation>
        </message>
        <message>
            <location line="+184" />
            <location line="+81" />
            <location line="+20" />
            <location line="+13" />
            <location line="+39" />
            <location line="+17" />
            <source>The vault is locked. Unlock it first.</source>
            <translation>La bóveda está bloqueada. Desbloquéela primero.</translation>
        </message>
        <message>
            <location line="-139" />
            <location line="+75" />
            <location line="+31" />
            <location line="+24" />
            <location line="+76" />
            <source>Sending to organizations is not available in this build.</source>
            <translation>Enviar a organizaciones no está disponible en esta versión.</translation>
        </message>
        <message>
            <location line="-196" />
            <source>That file could not be opened.</source>
            <translation>No se pudo abrir ese archivo.</translation>
        </message>
        <message>
            <location line="+9" />
            <location line="+4" />
            <source>That image is too large.</source>
            <translation>Esa imagen es demasiado grande.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>That image could not be opened.</source>
            <translation>No se pudo abrir esa imagen.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No organization QR code was found in that image.</source>
            <translation>No se encontró un código QR de organización en esa imagen.</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Reading QR codes from images is not available in this build.</source>
            <translation>Leer códigos QR de imágenes no está disponible en esta versión.</translation>
        </message>
        <message>
            <location line="+68" />
            <source>First read the safety number aloud with the organization and tick the box.</source>
            <translation>Primero lea el número de seguridad en voz alta con la organización y marque la casilla.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your passphrase to trust this organization.</source>
            <translation>Escriba su frase de contraseña para confiar en esta organización.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>That passphrase is not right. Nothing was changed.</source>
            <translation>Esa frase de contraseña no es correcta. No se cambió nada.</translation>
        </message>
        <message>
            <location line="-262" />
            <source>Open an organization card first.</source>
            <translation>Primero abra una tarjeta de organización.</translation>
        </message>
        <message>
            <location line="-5" />
            <location line="+284" />
            <location line="+9" />
            <location line="+17" />
            <source>That organization is no longer in your list.</source>
            <translation>Esa organización ya no está en su lista.</translation>
        </message>
        <message>
            <location line="-87" />
            <source>Something went wrong with the vault. Nothing was changed.</source>
            <translation>Algo salió mal con la bóveda. No se cambió nada.</translation>
        </message>
        <message>
            <location line="+93" />
            <source>That folder does not exist.</source>
            <translation>Esa carpeta no existe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type your passphrase to send notes.</source>
            <translation>Escriba su frase de contraseña para enviar notas.</translation>
        </message>
        <message>
            <location line="+43" />
            <source>That passphrase is not right. Nothing was sent.</source>
            <translation>Esa frase de contraseña no es correcta. No se envió nada.</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::RightsBridge</name>
        <message>
            <location filename="../ui/src/rightsbridge.cpp" line="+168" />
            <source>Settled law</source>
            <translation>Ley establecida</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: courts have not decided this clearly</source>
            <translation>No resuelto: los tribunales no lo han decidido con claridad</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: courts disagree about this</source>
            <translation>No resuelto: los tribunales no están de acuerdo</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Unsettled: this depends on where you are</source>
            <translation>No resuelto: depende de dónde esté</translation>
        </message>
        <message>
            <location line="+19" />
            <source>undated; read on %1</source>
            <translation>sin fecha; consultado el %1</translation>
        </message>
        <message>
            <location line="+35" />
            <source>Reviewed by %1 on %2</source>
            <translation>Revisado por %1 el %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Draft, not yet reviewed by a lawyer</source>
            <translation>Borrador, todavía no revisado por un abogado</translation>
        </message>
        <message>
            <location line="+41" />
            <source>the United States</source>
            <translation>Estados Unidos</translation>
        </message>
    </context>
    <context>
        <name>amparo::ui::VaultBridge</name>
        <message>
            <location filename="../ui/src/vaultbridge.cpp" line="+56" />
            <source>That passphrase did not open the vault. Check it and try again.</source>
            <translation>Esa frase de contraseña no abrió la bóveda. Revísela e intente de nuevo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too many tries. Wait a moment, then try again.</source>
            <translation>Demasiados intentos. Espere un momento y vuelva a intentar.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A vault already exists on this device.</source>
            <translation>Ya existe una bóveda en este dispositivo.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>There is no vault on this device yet.</source>
            <translation>Todavía no hay una bóveda en este dispositivo.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>The vault files are damaged or were changed. Nothing was overwritten.</source>
            <translation>Los archivos de la bóveda están dañados o fueron cambiados. No se sobrescribió nada.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The vault is locked. Unlock it first.</source>
            <translation>La bóveda está bloqueada. Desbloquéela primero.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>A note needs a title or a description.</source>
            <translation>Una nota necesita un título o una descripción.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That file is too large.</source>
            <translation>Ese archivo es demasiado grande.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>An attached file is damaged.</source>
            <translation>Un archivo adjunto está dañado.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Warning: the vault's capture key was changed. Captures were not saved.</source>
            <translation>Aviso: la clave de captura de la bóveda fue cambiada. La nota no se guardó.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This device's keystore is not available. The vault cannot be opened here right now.</source>
            <translation>El almacén de claves de este dispositivo no está disponible. Ahora no se puede abrir la bóveda aquí.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>The vault is busy. Try again in a moment.</source>
            <translation>La bóveda está ocupada. Intente de nuevo en un momento.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something in the input is not accepted.</source>
            <translation>Algo de lo que escribió no se acepta.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>That note no longer exists.</source>
            <translation>Esa nota ya no existe.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Something went wrong with the vault. Your notes were not changed.</source>
            <translation>Algo falló en la bóveda. Sus notas no cambiaron.</translation>
        </message>
        <message>
            <location line="+200" />
            <location line="+49" />
            <source>Use at least 10 characters.</source>
            <translation>Use al menos 10 caracteres.</translation>
        </message>
        <message>
            <location line="-45" />
            <location line="+49" />
            <source>The two passphrases are not the same.</source>
            <translation>Las dos frases de contraseña no son iguales.</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+25" />
            <location line="+279" />
            <source>The vault is not part of this build.</source>
            <translation>La bóveda no forma parte de esta versión.</translation>
        </message>
        <message>
            <location line="-288" />
            <source>Type your passphrase.</source>
            <translation>Escriba su frase de contraseña.</translation>
        </message>
        <message>
            <location line="+143" />
            <source>Your vault was created, then locked. Open it with your new passphrase.</source>
            <translation>Su bóveda se creó y luego se bloqueó. Ábrala con su nueva frase de contraseña.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Warning: the vault's capture key file was changed by someone. Captures made since then may not be yours.</source>
            <translation>Aviso: alguien cambió el archivo de la clave de captura. Las notas capturadas desde entonces podrían no ser suyas.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The vault locked while your passphrase was being changed. The new passphrase now opens it.</source>
            <translation>La bóveda se bloqueó mientras se cambiaba su frase de contraseña. Ahora se abre con la frase nueva.</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Create a vault first. Then you can record while it is locked.</source>
            <translation>Primero cree una bóveda. Después podrá escribir aunque esté bloqueada.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>That file could not be read.</source>
            <translation>No se pudo leer ese archivo.</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Only files on this device can be attached.</source>
            <translation>Solo se pueden adjuntar archivos de este dispositivo.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Write something or attach a file first.</source>
            <translation>Primero escriba algo o adjunte un archivo.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Incident on %1</source>
            <translation>Incidente del %1</translation>
        </message>
        <message>
            <location line="+99" />
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+22" />
            <source>Not sure</source>
            <translation>No está seguro</translation>
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
            <translation>Policía local (287(g))</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TSA</source>
            <translation>TSA</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Other</source>
            <translation>Otra</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Officers</source>
            <translation>Agentes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>face photo or scan</source>
            <translation>foto o escaneo de la cara</translation>
        </message>
        <message>
            <location line="+1" />
            <source>fingerprints</source>
            <translation>huellas</translation>
        </message>
        <message>
            <location line="+1" />
            <source>iris scan</source>
            <translation>escaneo del iris</translation>
        </message>
        <message>
            <location line="+1" />
            <source>phone unlocked with face or finger</source>
            <translation>teléfono abierto con cara o dedo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Biometrics</source>
            <translation>Biometría</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Officer's device or app</source>
            <translation>Aparato o aplicación del agente</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Asked for consent</source>
            <translation>Pidieron permiso</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked about status</source>
            <translation>Preguntaron por su estatus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reference number</source>
            <translation>Número de referencia</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held for</source>
            <translation>Tiempo retenido</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was said</source>
            <translation>Lo que se dijo</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was taken</source>
            <translation>Lo que se llevaron</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Witnesses</source>
            <translation>Testigos</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Injuries</source>
            <translation>Heridas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Version %1 – saved %2</source>
            <translation>Versión %1 – guardada el %2</translation>
        </message>
    </context>
</TS>
